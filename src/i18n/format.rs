//! Numbers, percentages, byte sizes and times of day as each language writes them.
//!
//! Small hand-written tables instead of an ICU dependency: nine languages, a Raspberry Pi,
//! and conventions taken from CLDR (grouping, decimal mark, the space before `%`).
//! Words (weekday and month names, date patterns) live in the `.ftl` files instead.

use super::Lang;

/// No-break space: between digit groups (fr, pt) and before `%`, so a number never wraps.
const NBSP: char = '\u{a0}';
/// The minus sign (U+2212), wider and clearer than a hyphen in a signed change.
pub const MINUS: char = '\u{2212}';

/// How a language writes a decimal number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    pub group: char,
    pub decimal: char,
    /// Digits the integer part needs before it is grouped at all: 5 for Spanish and
    /// Portuguese (`1234` but `12.345`), 4 for the others.
    pub grouping_from: usize,
    /// Whether `%` is set off by a (no-break) space: `37 %` in fr, de, es, ca, ro.
    pub space_before_percent: bool,
}

impl NumberStyle {
    pub fn of(lang: Lang) -> Self {
        let (group, decimal, grouping_from, space_before_percent) = match lang {
            Lang::En => (',', '.', 4, false),
            Lang::Es => ('.', ',', 5, true),
            Lang::Ca => ('.', ',', 4, true),
            Lang::Fr => (NBSP, ',', 4, true),
            Lang::De => ('.', ',', 4, true),
            // European Portuguese (CLDR pt-PT): space-grouped, from five digits.
            Lang::Pt => (NBSP, ',', 5, false),
            Lang::El => ('.', ',', 4, false),
            Lang::Ro => ('.', ',', 4, true),
            Lang::It => ('.', ',', 4, false),
        };
        Self {
            group,
            decimal,
            grouping_from,
            space_before_percent,
        }
    }
}

/// How many fraction digits to show, and whether to group the integer part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberOptions {
    pub min_fraction: usize,
    pub max_fraction: usize,
    pub grouping: bool,
    pub min_integer: usize,
}

impl Default for NumberOptions {
    /// As Fluent and ECMA-402 do by default: up to three fraction digits, grouped.
    fn default() -> Self {
        Self {
            min_fraction: 0,
            max_fraction: 3,
            grouping: true,
            min_integer: 1,
        }
    }
}

impl NumberOptions {
    /// Exactly `digits` fraction digits.
    pub fn fixed(digits: usize) -> Self {
        Self {
            min_fraction: digits,
            max_fraction: digits,
            ..Self::default()
        }
    }
}

/// Formats `value` the way `lang` writes numbers. Not-a-number and infinities, which no
/// count produces, come out as Rust writes them rather than as a wrong number.
pub fn number(lang: Lang, value: f64, options: NumberOptions) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let style = NumberStyle::of(lang);
    let max_fraction = options.max_fraction.max(options.min_fraction).min(20);
    // Half away from zero, as people (and ECMA-402) round; `format!` alone rounds half to
    // even on the binary value. Huge values have no fraction left to round.
    let scale = 10f64.powi(i32::try_from(max_fraction).unwrap_or(20));
    let scaled = value.abs() * scale;
    let abs = if scaled < 1e15 {
        scaled.round() / scale
    } else {
        value.abs()
    };
    let rounded = format!("{:.*}", max_fraction, abs);
    let (int_part, frac_part) = rounded.split_once('.').unwrap_or((&rounded, ""));
    let mut frac = frac_part.to_string();
    while frac.len() > options.min_fraction && frac.ends_with('0') {
        frac.pop();
    }
    let mut int_digits = int_part.to_string();
    while int_digits.len() < options.min_integer {
        int_digits.insert(0, '0');
    }
    let negative = value < 0.0 && (int_digits.bytes().any(|b| b != b'0') || !frac.is_empty());
    let mut out = String::new();
    if negative {
        out.push(MINUS);
    }
    if options.grouping && int_digits.len() >= style.grouping_from {
        for (i, c) in int_digits.chars().enumerate() {
            if i > 0 && (int_digits.len() - i) % 3 == 0 {
                out.push(style.group);
            }
            out.push(c);
        }
    } else {
        out.push_str(&int_digits);
    }
    if !frac.is_empty() {
        out.push(style.decimal);
        out.push_str(&frac);
    }
    out
}

/// A count, grouped: `9,215`, `9.215`, `9 215`.
pub fn integer(lang: Lang, n: u64) -> String {
    // Counts beyond 2^53 do not occur (bytes of a day); f64 keeps every smaller integer.
    #[allow(clippy::cast_precision_loss)]
    let value = n as f64;
    number(lang, value, NumberOptions::fixed(0))
}

/// A ratio (0.372) as a percentage with `digits` fraction digits: `37.2%`, `37,2 %`.
pub fn percent(lang: Lang, ratio: f64, digits: usize) -> String {
    let n = number(lang, ratio * 100.0, NumberOptions::fixed(digits));
    with_percent_sign(lang, n)
}

/// A change as a signed percentage: `+12 %`, `−37 %`, `0 %` (no sign for no change).
pub fn signed_percent(lang: Lang, ratio: f64, digits: usize) -> String {
    let n = number(lang, ratio * 100.0, NumberOptions::fixed(digits));
    let is_zero = !n.chars().any(|c| c.is_ascii_digit() && c != '0');
    let signed = if is_zero || n.starts_with(MINUS) {
        n
    } else {
        format!("+{n}")
    };
    with_percent_sign(lang, signed)
}

fn with_percent_sign(lang: Lang, mut n: String) -> String {
    if NumberStyle::of(lang).space_before_percent {
        n.push(NBSP);
    }
    n.push('%');
    n
}

/// Decimal (kB = 1000 B, what the traffic counters and operators use) or binary
/// (KiB = 1024 B, what disk tools show) multiples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ByteUnits {
    Si,
    Iec,
}

/// Unit symbols; French writes octets (`o`, `ko`, `Mo`, `Go`).
fn byte_symbols(lang: Lang, units: ByteUnits) -> [&'static str; 6] {
    match (lang, units) {
        (Lang::Fr, ByteUnits::Si) => ["o", "ko", "Mo", "Go", "To", "Po"],
        (Lang::Fr, ByteUnits::Iec) => ["o", "Kio", "Mio", "Gio", "Tio", "Pio"],
        (_, ByteUnits::Si) => ["B", "kB", "MB", "GB", "TB", "PB"],
        (_, ByteUnits::Iec) => ["B", "KiB", "MiB", "GiB", "TiB", "PiB"],
    }
}

/// A byte count for people: `512 B`, `17.2 MB`, `1,5 Go`, `3,4 MiB`.
pub fn bytes(lang: Lang, n: u64, units: ByteUnits) -> String {
    let symbols = byte_symbols(lang, units);
    let step = match units {
        ByteUnits::Si => 1000.0,
        ByteUnits::Iec => 1024.0,
    };
    // One decimal is all a person reads; the precision lost above 2^53 B is irrelevant.
    #[allow(clippy::cast_precision_loss)]
    let mut value = n as f64;
    let mut unit = 0;
    while value >= step && unit + 1 < symbols.len() {
        value /= step;
        unit += 1;
    }
    // 999.96 kB rounds to "1000.0 kB"; say "1.0 MB" instead.
    if unit > 0 && unit + 1 < symbols.len() && (value * 10.0).round() >= step * 10.0 {
        value /= step;
        unit += 1;
    }
    if unit == 0 {
        format!("{} {}", integer(lang, n), symbols[0])
    } else {
        format!(
            "{} {}",
            number(lang, value, NumberOptions::fixed(1)),
            symbols[unit]
        )
    }
}

/// A time of day on the 24-hour clock, which all nine languages use in writing: `14:05`.
pub fn time_of_day(hour: u8, minute: u8) -> String {
    format!("{hour:02}:{minute:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const NB: &str = "\u{a0}";

    #[test]
    fn numbers_per_language() {
        let opts = NumberOptions {
            max_fraction: 1,
            ..NumberOptions::default()
        };
        let expect = [
            (Lang::En, "1,234.5"),
            (Lang::Es, "1234,5"),
            (Lang::Ca, "1.234,5"),
            (Lang::Fr, "1\u{a0}234,5"),
            (Lang::De, "1.234,5"),
            (Lang::Pt, "1234,5"),
            (Lang::El, "1.234,5"),
            (Lang::Ro, "1.234,5"),
            (Lang::It, "1.234,5"),
        ];
        for (lang, want) in expect {
            assert_eq!(number(lang, 1234.5, opts), want, "{lang}");
        }
        assert_eq!(integer(Lang::Es, 12_345), "12.345");
        assert_eq!(integer(Lang::Pt, 12_345), "12\u{a0}345");
        assert_eq!(integer(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(integer(Lang::De, 999), "999");
        assert_eq!(integer(Lang::Fr, 0), "0");
        assert_eq!(number(Lang::En, 0.5, NumberOptions::default()), "0.5");
        assert_eq!(number(Lang::De, 2.0, NumberOptions::default()), "2");
        assert_eq!(number(Lang::It, 2.125, NumberOptions::fixed(2)), "2,13");
        assert_eq!(
            number(Lang::En, -1234.0, NumberOptions::fixed(0)),
            "\u{2212}1,234"
        );
        // Rounded to nothing, a negative number loses its sign.
        assert_eq!(number(Lang::En, -0.01, NumberOptions::fixed(0)), "0");
        let padded = NumberOptions {
            min_integer: 2,
            grouping: false,
            ..NumberOptions::fixed(0)
        };
        assert_eq!(number(Lang::En, 7.0, padded), "07");
        assert_eq!(number(Lang::En, 2026.0, padded), "2026");
    }

    #[test]
    fn percentages_per_language() {
        let expect = [
            (Lang::En, "37%".to_string()),
            (Lang::Es, format!("37{NB}%")),
            (Lang::Ca, format!("37{NB}%")),
            (Lang::Fr, format!("37{NB}%")),
            (Lang::De, format!("37{NB}%")),
            (Lang::Pt, "37%".to_string()),
            (Lang::El, "37%".to_string()),
            (Lang::Ro, format!("37{NB}%")),
            (Lang::It, "37%".to_string()),
        ];
        for (lang, want) in expect {
            assert_eq!(percent(lang, 0.37, 0), want, "{lang}");
        }
        assert_eq!(percent(Lang::En, 0.5922, 1), "59.2%");
        assert_eq!(percent(Lang::Fr, 0.5922, 1), format!("59,2{NB}%"));
    }

    #[test]
    fn signed_changes() {
        assert_eq!(
            signed_percent(Lang::Fr, -0.37, 0),
            format!("\u{2212}37{NB}%")
        );
        assert_eq!(signed_percent(Lang::En, -0.37, 0), "\u{2212}37%");
        assert_eq!(signed_percent(Lang::De, 0.12, 0), format!("+12{NB}%"));
        assert_eq!(signed_percent(Lang::It, 0.125, 1), "+12,5%");
        assert_eq!(signed_percent(Lang::En, 0.0, 0), "0%");
        assert_eq!(signed_percent(Lang::En, -0.001, 0), "0%");
    }

    #[test]
    fn byte_sizes_per_language() {
        assert_eq!(bytes(Lang::En, 512, ByteUnits::Si), "512 B");
        assert_eq!(bytes(Lang::En, 17_200_000, ByteUnits::Si), "17.2 MB");
        assert_eq!(bytes(Lang::Fr, 1_500_000_000, ByteUnits::Si), "1,5 Go");
        assert_eq!(bytes(Lang::Fr, 512, ByteUnits::Si), "512 o");
        assert_eq!(bytes(Lang::Fr, 40_500, ByteUnits::Si), "40,5 ko");
        assert_eq!(bytes(Lang::Fr, 3 << 20, ByteUnits::Iec), "3,0 Mio");
        assert_eq!(bytes(Lang::De, 1_500_000_000, ByteUnits::Si), "1,5 GB");
        assert_eq!(bytes(Lang::El, 40_500, ByteUnits::Si), "40,5 kB");
        assert_eq!(bytes(Lang::En, 1536, ByteUnits::Iec), "1.5 KiB");
        assert_eq!(bytes(Lang::En, 999_960, ByteUnits::Si), "1.0 MB");
        assert_eq!(bytes(Lang::En, 999_940, ByteUnits::Si), "999.9 kB");
        assert_eq!(bytes(Lang::Es, 4_500, ByteUnits::Si), "4,5 kB");
        assert_eq!(bytes(Lang::En, u64::MAX, ByteUnits::Si), "18,446.7 PB");
    }

    #[test]
    fn times_of_day() {
        assert_eq!(time_of_day(9, 5), "09:05");
        assert_eq!(time_of_day(23, 59), "23:59");
    }
}
