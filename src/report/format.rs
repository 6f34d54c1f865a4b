//! Numbers as people read them in the report's language: byte sizes, shares as percentages,
//! signed changes, hours of the day. Every human format uses these, so the same figure reads
//! the same everywhere; the conventions themselves live in [`crate::i18n::format`].

use crate::i18n::Localizer;
use crate::i18n::format::{MINUS, NumberOptions, number};
use crate::report::model::HourRow;

/// `0 B`, `950 B`, `1.2 kB`, `45.6 MB`, `1,5 Go` (SI units, one decimal).
pub fn bytes(l: &Localizer, n: u64) -> String {
    l.bytes(n)
}

/// [`bytes`] for a mean or a difference (baseline figures are means over days).
pub fn bytes_f(l: &Localizer, n: f64) -> String {
    let abs = n.abs().round();
    // Means of u64 counts fit in u64; the cast saturates on anything absurd.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let text = l.bytes(abs as u64);
    if n < 0.0 && abs > 0.0 {
        format!("{MINUS}{text}")
    } else {
        text
    }
}

/// A signed byte difference: `+1.2 GB`, `−350.0 MB`.
pub fn signed_bytes(l: &Localizer, n: f64) -> String {
    if n >= 0.0 {
        format!("+{}", bytes_f(l, n))
    } else {
        bytes_f(l, n)
    }
}

/// A share 0..=1 as `42.3%` / `42,3 %`.
pub fn percent(l: &Localizer, share: f64) -> String {
    l.percent(share, 1)
}

/// A relative change as `+12.0%` / `−37.0%`.
pub fn signed_percent(l: &Localizer, change: f64) -> String {
    l.signed_percent(change, 1)
}

/// A share difference in percentage points, signed: `+3.2`, `−12.0`.
pub fn points(l: &Localizer, diff: f64) -> String {
    let n = number(l.lang(), diff * 100.0, NumberOptions::fixed(1));
    let is_zero = !n.chars().any(|c| c.is_ascii_digit() && c != '0');
    if is_zero || n.starts_with(MINUS) {
        n
    } else {
        format!("+{n}")
    }
}

/// A share difference in percentage points, without its sign (the sentence says which way).
pub fn points_abs(l: &Localizer, diff: f64) -> String {
    number(l.lang(), (diff * 100.0).abs(), NumberOptions::fixed(1))
}

/// The clock time an hour row starts at (`03:00`), with its UTC offset when the same time
/// comes twice that day (`02:00 (+02:00)`, `02:00 (+01:00)` the night the clocks go back).
pub fn hour(row: &HourRow, hours: &[HourRow]) -> String {
    if row.local_time.is_empty() {
        // Files from before the clock time was recorded.
        return format!("{:02}:00", row.hour % 24);
    }
    let twice = hours
        .iter()
        .filter(|h| h.day == row.day && h.local_time == row.local_time)
        .count()
        > 1;
    if twice && !row.utc_offset.is_empty() {
        format!("{} ({})", row.local_time, row.utc_offset)
    } else {
        row.local_time.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn row(hour: u32, local: &str, offset: &str) -> HourRow {
        HourRow {
            day: "2027-10-31".into(),
            hour,
            local_time: local.into(),
            utc_offset: offset.into(),
            big_tech_bytes: 0,
            other_bytes: 0,
            lan_bytes: 0,
        }
    }

    #[test]
    fn bytes_and_shares_follow_the_language() {
        let en = Localizer::new(Lang::En);
        let fr = Localizer::new(Lang::Fr);
        assert_eq!(bytes(&en, 0), "0 B");
        assert_eq!(bytes(&en, 1_234_567), "1.2 MB");
        assert_eq!(bytes(&fr, 1_500_000_000), "1,5 Go");
        assert_eq!(bytes_f(&en, -350e6), "\u{2212}350.0 MB");
        assert_eq!(signed_bytes(&en, 1.2e9), "+1.2 GB");
        assert_eq!(signed_bytes(&en, 0.0), "+0 B");
        assert_eq!(percent(&en, 0.4234), "42.3%");
        assert_eq!(percent(&fr, 0.4234), "42,3\u{a0}%");
        assert_eq!(signed_percent(&en, -0.37), "\u{2212}37.0%");
        assert_eq!(points(&en, -0.12), "\u{2212}12.0");
        assert_eq!(points(&en, 0.032), "+3.2");
        assert_eq!(points(&en, 0.0), "0.0");
        assert_eq!(points_abs(&fr, -0.125), "12,5");
    }

    #[test]
    fn hours_show_the_clock_and_tell_a_repeated_hour_apart() {
        let hours = [
            row(1, "01:00", "+02:00"),
            row(2, "02:00", "+02:00"),
            row(3, "02:00", "+01:00"),
            row(4, "03:00", "+01:00"),
        ];
        assert_eq!(hour(&hours[0], &hours), "01:00");
        assert_eq!(hour(&hours[1], &hours), "02:00 (+02:00)");
        assert_eq!(hour(&hours[2], &hours), "02:00 (+01:00)");
        assert_eq!(hour(&row(7, "", ""), &hours), "07:00");
    }
}
