//! Amounts as people read them: bytes or bits, with SI (kB = 1000) or IEC (KiB = 1024)
//! prefixes, three significant digits, written the language's way (decimal comma, French
//! octets: `1,23 Go`) through [`crate::i18n::format`].

use super::text;
use crate::i18n::Lang;
use crate::i18n::format::{self, NumberOptions};

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

    /// The message id of the mode's name.
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

    /// An amount of bytes: "1.23 GB", "940 KiB", "8.4 Mbit", "1,23 Go".
    pub fn amount(self, lang: Lang, bytes: u64) -> String {
        self.format(lang, bytes as f64, "")
    }

    /// A rate: "1.2 MB/s", "9.6 Mbit/s".
    pub fn rate(self, lang: Lang, bytes_per_sec: f64) -> String {
        self.format(lang, bytes_per_sec, "/s")
    }

    fn format(self, lang: Lang, bytes: f64, suffix: &str) -> String {
        // French counts in octets (o, ko, Mo); bits are bits everywhere.
        let (value, unit) = if self.bits() {
            (bytes * 8.0, "bit")
        } else if lang == Lang::Fr {
            (bytes, "o")
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
        let digits = if i == 0 || scaled >= 99.95 {
            0
        } else if scaled < 9.995 {
            2
        } else {
            1
        };
        let number = format::number(
            lang,
            scaled,
            NumberOptions {
                grouping: false,
                ..NumberOptions::fixed(digits)
            },
        );
        format!("{number} {}{unit}{suffix}", prefixes[i])
    }
}

/// A share (0..=1) as a whole percentage: "63%", "63 %".
pub fn percent(lang: Lang, share: f64) -> String {
    let share = if share.is_finite() {
        share.clamp(0.0, 1.0)
    } else {
        0.0
    };
    format::percent(lang, share, 0)
}

/// A relative change as a signed percentage with a true minus sign: "−37%", "+5%", "0%".
pub fn signed_percent(lang: Lang, change: f64) -> String {
    let change = if change.is_finite() { change } else { 0.0 };
    format::signed_percent(lang, change, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: Lang = Lang::En;

    #[test]
    fn amounts_in_each_unit() {
        assert_eq!(Units::BytesSi.amount(EN, 0), "0 B");
        assert_eq!(Units::BytesSi.amount(EN, 999), "999 B");
        assert_eq!(Units::BytesSi.amount(EN, 1000), "1.00 kB");
        assert_eq!(Units::BytesSi.amount(EN, 999_999), "1.00 MB");
        assert_eq!(Units::BytesSi.amount(EN, 2_345_678_901), "2.35 GB");
        assert_eq!(Units::BytesSi.amount(EN, 45_600_000), "45.6 MB");
        assert_eq!(Units::BytesIec.amount(EN, 1024), "1.00 KiB");
        assert_eq!(Units::BytesIec.amount(EN, 1536 * 1024), "1.50 MiB");
        assert_eq!(Units::BitsSi.amount(EN, 1000), "8.00 kbit");
        assert_eq!(Units::BitsIec.amount(EN, 128), "1.00 Kibit");
        assert_eq!(Units::BitsSi.rate(EN, 125_000.0), "1.00 Mbit/s");
        assert_eq!(Units::BytesSi.rate(EN, f64::NAN), "0 B/s");
        assert_eq!(Units::BytesSi.amount(Lang::Fr, 2_345_678_901), "2,35 Go");
        assert_eq!(Units::BytesSi.amount(Lang::De, 45_600_000), "45,6 MB");
        assert_eq!(Units::BitsSi.rate(Lang::El, 125_000.0), "1,00 Mbit/s");
        let mut u = Units::default();
        for _ in 0..4 {
            u = u.next();
        }
        assert_eq!(u, Units::BytesSi);
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(EN, 0.634), "63%");
        assert_eq!(percent(EN, 1.2), "100%");
        assert_eq!(percent(Lang::De, 0.634), "63\u{a0}%");
        assert_eq!(signed_percent(EN, -0.37), "−37%");
        assert_eq!(signed_percent(EN, 0.051), "+5%");
        assert_eq!(signed_percent(EN, 0.001), "0%");
        assert_eq!(signed_percent(EN, f64::NAN), "0%");
    }
}
