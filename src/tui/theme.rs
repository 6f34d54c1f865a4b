//! How the dashboard draws: with or without colour (`NO_COLOR`, monochrome terminals), and
//! with Unicode blocks or plain ASCII (a terminal whose locale is not UTF-8). Every glyph
//! and style comes from here, so the views stay readable in all four combinations: colour
//! only ever doubles a difference that glyphs already show.

use std::borrow::Cow;

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    pub ascii: bool,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            color: true,
            ascii: false,
        }
    }
}

impl Theme {
    /// From the environment: `NO_COLOR` (any non-empty value) turns colour off; ASCII when
    /// the first set of `LC_ALL`, `LC_CTYPE`, `LANG` does not name UTF-8.
    pub fn from_env() -> Theme {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let no_color = var("NO_COLOR").is_some();
        let locale = var("LC_ALL")
            .or_else(|| var("LC_CTYPE"))
            .or_else(|| var("LANG"));
        Theme {
            color: !no_color,
            ascii: !locale.as_deref().is_some_and(is_utf8_locale),
        }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    pub fn normal(&self) -> Style {
        Style::new()
    }

    pub fn dim(&self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }

    pub fn bold(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn title(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn big_tech(&self) -> Style {
        self.fg(Color::LightRed)
    }

    pub fn other(&self) -> Style {
        self.fg(Color::LightBlue)
    }

    pub fn lan(&self) -> Style {
        self.fg(Color::Green)
    }

    pub fn good(&self) -> Style {
        self.fg(Color::Green)
    }

    /// Warnings stand out by reversing, which monochrome terminals show too.
    pub fn warning(&self) -> Style {
        if self.color {
            Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        }
    }

    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    pub fn tab_active(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    /// A full cell of a bar for Big Tech traffic.
    pub fn glyph_big_tech(&self) -> &'static str {
        if self.ascii { "#" } else { "█" }
    }

    /// A full cell of a bar for other traffic: a different texture, not only a colour.
    pub fn glyph_other(&self) -> &'static str {
        if self.ascii { "=" } else { "▒" }
    }

    pub fn glyph_lan(&self) -> &'static str {
        if self.ascii { "~" } else { "░" }
    }

    /// The unfilled part of a gauge.
    pub fn glyph_empty(&self) -> &'static str {
        if self.ascii { "." } else { "·" }
    }

    pub fn glyph_rule(&self) -> &'static str {
        if self.ascii { "-" } else { "─" }
    }

    pub fn glyph_now(&self) -> &'static str {
        if self.ascii { "^" } else { "▲" }
    }

    /// Box corners: top left, top right, bottom left, bottom right.
    pub fn glyph_corners(&self) -> (&'static str, &'static str, &'static str, &'static str) {
        if self.ascii {
            ("+", "+", "+", "+")
        } else {
            ("┌", "┐", "└", "┘")
        }
    }

    pub fn glyph_vertical(&self) -> &'static str {
        if self.ascii { "|" } else { "│" }
    }

    /// Left-aligned partial block for eighths of a cell (1..=7), for smooth bars.
    pub fn glyph_eighth(&self, eighths: u8) -> &'static str {
        if self.ascii {
            return if eighths >= 4 { "#" } else { "" };
        }
        match eighths {
            1 => "▏",
            2 => "▎",
            3 => "▍",
            4 => "▌",
            5 => "▋",
            6 => "▊",
            7 => "▉",
            _ => "",
        }
    }

    /// The text as this terminal can show it: arrows, dots and dashes become ASCII.
    pub fn fold<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if !self.ascii || text.is_ascii() {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '←' => out.push('<'),
                '→' => out.push('>'),
                '↑' => out.push('^'),
                '↓' => out.push('v'),
                '·' | '−' | '–' | '—' | '─' => out.push('-'),
                '…' => out.push_str("..."),
                '×' => out.push('x'),
                c if c.is_ascii() => out.push(c),
                // Names (a place, a device) keep their letters; a terminal without UTF-8
                // shows them as best it can, which beats dropping them.
                c => out.push(c),
            }
        }
        Cow::Owned(out)
    }
}

/// `en_GB.UTF-8`, `C.utf8`, `UTF-8`: whether a locale name says UTF-8.
pub fn is_utf8_locale(locale: &str) -> bool {
    let lower = locale.to_ascii_lowercase();
    lower.contains("utf-8") || lower.contains("utf8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_and_folding() {
        assert!(is_utf8_locale("en_GB.UTF-8"));
        assert!(is_utf8_locale("C.utf8"));
        assert!(!is_utf8_locale("C"));
        assert!(!is_utf8_locale("POSIX"));
        assert!(!is_utf8_locale("de_DE.ISO-8859-1"));
        let ascii = Theme {
            color: false,
            ascii: true,
        };
        assert_eq!(ascii.fold("←/→ day · −37%"), "</> day - -37%");
        assert_eq!(Theme::default().fold("←"), "←");
        assert_eq!(ascii.fold("Zoë"), "Zoë");
    }

    #[test]
    fn without_colour_no_style_has_a_colour() {
        let t = Theme {
            color: false,
            ascii: false,
        };
        for s in [
            t.title(),
            t.big_tech(),
            t.other(),
            t.lan(),
            t.warning(),
            t.dim(),
            t.good(),
        ] {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
        assert!(t.warning().add_modifier.contains(Modifier::REVERSED));
    }
}
