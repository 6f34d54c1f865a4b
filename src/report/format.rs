//! Numbers as people read them: bytes in SI units, shares as percentages. Every human
//! format uses these, so the same figure reads the same everywhere.

/// `0 B`, `950 B`, `1.23 kB`, `45.6 MB`, `7.89 GB` (SI, three significant digits).
pub fn bytes(n: u64) -> String {
    bytes_f(n as f64)
}

/// [`bytes`] for a mean (baseline figures are means over days).
pub fn bytes_f(n: f64) -> String {
    const UNITS: [&str; 6] = ["kB", "MB", "GB", "TB", "PB", "EB"];
    let sign = if n < 0.0 { "-" } else { "" };
    let mut v = n.abs();
    if v < 1000.0 {
        return format!("{sign}{v:.0} B");
    }
    let mut unit = UNITS[0];
    for u in UNITS {
        v /= 1000.0;
        unit = u;
        if v < 999.5 {
            break;
        }
    }
    let digits = if v < 9.995 {
        2
    } else if v < 99.95 {
        1
    } else {
        0
    };
    format!("{sign}{v:.digits$} {unit}")
}

/// A share 0..=1 as `42.3%`.
pub fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

/// A relative change as `+12.0%` / `-37.0%`.
pub fn signed_percent(change: f64) -> String {
    format!("{:+.1}%", change * 100.0)
}

/// A share difference as `+3.2` / `-12.0` (percentage points).
pub fn points(diff: f64) -> String {
    format!("{:+.1}", diff * 100.0)
}

/// A signed byte difference: `+1.20 GB`, `-350 MB`.
pub fn signed_bytes(n: f64) -> String {
    if n >= 0.0 {
        format!("+{}", bytes_f(n))
    } else {
        bytes_f(n)
    }
}

/// `13:00` for an hour since local midnight.
pub fn hour(h: u32) -> String {
    format!("{h:02}:00")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_read_as_people_expect() {
        assert_eq!(bytes(0), "0 B");
        assert_eq!(bytes(999), "999 B");
        assert_eq!(bytes(1000), "1.00 kB");
        assert_eq!(bytes(1_234_567), "1.23 MB");
        assert_eq!(bytes(45_600_000), "45.6 MB");
        assert_eq!(bytes(999_600_000), "1.00 GB");
        assert_eq!(bytes(123_000_000_000), "123 GB");
        assert_eq!(bytes(u64::MAX), "18.4 EB");
        assert_eq!(bytes_f(-350e6), "-350 MB");
        assert_eq!(signed_bytes(1.2e9), "+1.20 GB");
    }

    #[test]
    fn shares_and_changes() {
        assert_eq!(percent(0.4234), "42.3%");
        assert_eq!(percent(0.0), "0.0%");
        assert_eq!(signed_percent(-0.37), "-37.0%");
        assert_eq!(signed_percent(0.12), "+12.0%");
        assert_eq!(points(-0.12), "-12.0");
        assert_eq!(hour(7), "07:00");
    }
}
