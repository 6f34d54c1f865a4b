//! Amounts as people read them: bytes or bits, with SI (kB = 1000) or IEC (KiB = 1024)
//! prefixes, three significant digits.

use super::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Units {
    #[default]
    BytesSi,
    BytesIec,
    BitsSi,
    BitsIec,
}

impl Units {
    /// The next mode for the `u` key.
    pub fn next(self) -> Units {
        match self {
            Units::BytesSi => Units::BytesIec,
            Units::BytesIec => Units::BitsSi,
            Units::BitsSi => Units::BitsIec,
            Units::BitsIec => Units::BytesSi,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Units::BytesSi => text::UNITS_BYTES_SI,
            Units::BytesIec => text::UNITS_BYTES_IEC,
            Units::BitsSi => text::UNITS_BITS_SI,
            Units::BitsIec => text::UNITS_BITS_IEC,
        }
    }

    fn bits(self) -> bool {
        matches!(self, Units::BitsSi | Units::BitsIec)
    }

    /// An amount of bytes: "1.23 GB", "940 KiB", "8.4 Mbit".
    pub fn amount(self, bytes: u64) -> String {
        self.format(bytes as f64, "")
    }

    /// A rate: "1.2 MB/s", "9.6 Mbit/s".
    pub fn rate(self, bytes_per_sec: f64) -> String {
        self.format(bytes_per_sec, "/s")
    }

    fn format(self, bytes: f64, suffix: &str) -> String {
        let (value, unit) = if self.bits() {
            (bytes * 8.0, "bit")
        } else {
            (bytes, "B")
        };
        let value = if value.is_finite() {
            value.max(0.0)
        } else {
            0.0
        };
        let (base, prefixes): (f64, [&str; 6]) = match self {
            Units::BytesSi => (1000.0, ["", "k", "M", "G", "T", "P"]),
            Units::BitsSi => (1000.0, ["", "k", "M", "G", "T", "P"]),
            Units::BytesIec | Units::BitsIec => (1024.0, ["", "Ki", "Mi", "Gi", "Ti", "Pi"]),
        };
        let mut scaled = value;
        let mut i = 0;
        // Step up before rounding would show "1000 kB".
        while i + 1 < prefixes.len() && scaled >= base - 0.5 * base / 1000.0 {
            scaled /= base;
            i += 1;
        }
        let number = if i == 0 {
            format!("{scaled:.0}")
        } else if scaled < 9.995 {
            format!("{scaled:.2}")
        } else if scaled < 99.95 {
            format!("{scaled:.1}")
        } else {
            format!("{scaled:.0}")
        };
        format!("{number} {}{unit}{suffix}", prefixes[i])
    }
}

/// A share (0..=1) as a whole percentage: "63%".
pub fn percent(share: f64) -> String {
    let share = if share.is_finite() { share } else { 0.0 };
    format!("{:.0}%", (share * 100.0).clamp(0.0, 100.0))
}

/// A relative change as a signed percentage with a true minus sign: "−37%", "+5%", "±0%".
pub fn signed_percent(change: f64) -> String {
    let p = (change * 100.0).round();
    if !p.is_finite() || p == 0.0 {
        "±0%".to_string()
    } else if p < 0.0 {
        format!("−{:.0}%", -p)
    } else {
        format!("+{p:.0}%")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_each_unit() {
        assert_eq!(Units::BytesSi.amount(0), "0 B");
        assert_eq!(Units::BytesSi.amount(999), "999 B");
        assert_eq!(Units::BytesSi.amount(1000), "1.00 kB");
        assert_eq!(Units::BytesSi.amount(999_999), "1.00 MB");
        assert_eq!(Units::BytesSi.amount(2_345_678_901), "2.35 GB");
        assert_eq!(Units::BytesSi.amount(45_600_000), "45.6 MB");
        assert_eq!(Units::BytesIec.amount(1024), "1.00 KiB");
        assert_eq!(Units::BytesIec.amount(1536 * 1024), "1.50 MiB");
        assert_eq!(Units::BitsSi.amount(1000), "8.00 kbit");
        assert_eq!(Units::BitsIec.amount(128), "1.00 Kibit");
        assert_eq!(Units::BitsSi.rate(125_000.0), "1.00 Mbit/s");
        assert_eq!(Units::BytesSi.rate(f64::NAN), "0 B/s");
        let mut u = Units::default();
        for _ in 0..4 {
            u = u.next();
        }
        assert_eq!(u, Units::BytesSi);
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(0.634), "63%");
        assert_eq!(percent(1.2), "100%");
        assert_eq!(signed_percent(-0.37), "−37%");
        assert_eq!(signed_percent(0.051), "+5%");
        assert_eq!(signed_percent(0.001), "±0%");
    }
}
