//! Small drawing primitives on a ratatui buffer: clipped text, fitted cells, bars and
//! section rules. Writing cells directly keeps a frame cheap (no widget allocations).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::theme::Theme;

/// Display width of `s` in cells.
pub fn width(s: &str) -> u16 {
    u16::try_from(s.width()).unwrap_or(u16::MAX)
}

/// Writes `s` at (x, y), clipped to `max` cells and to the buffer; returns the next x.
pub fn put(buf: &mut Buffer, x: u16, y: u16, s: &str, max: u16, style: Style) -> u16 {
    let area = buf.area;
    if y >= area.bottom() || x >= area.right() || max == 0 {
        return x;
    }
    let max = max.min(area.right() - x);
    let (nx, _) = buf.set_stringn(x, y, s, usize::from(max), style);
    nx
}

/// Writes `s` so it ends at column `end` (exclusive), clipped at `start`.
pub fn put_right(buf: &mut Buffer, start: u16, end: u16, y: u16, s: &str, style: Style) {
    let w = width(s).min(end.saturating_sub(start));
    put(buf, end.saturating_sub(w), y, s, w, style);
}

/// `s` cut to `w` cells, with an ellipsis when cut.
pub fn fit(s: &str, w: u16, theme: &Theme) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    let ellipsis = if theme.ascii { "." } else { "…" };
    let budget = usize::from(w.saturating_sub(1));
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw > budget {
            break;
        }
        used += cw;
        out.push(c);
    }
    if w > 0 {
        out.push_str(ellipsis);
    }
    out
}

/// A section rule across `area`'s first row: "── Title ──────── right".
pub fn rule(buf: &mut Buffer, area: Rect, title: &str, right: &str, theme: &Theme) {
    if area.height == 0 || area.width < 4 {
        return;
    }
    let y = area.y;
    let dash = theme.glyph_rule();
    for x in area.x..area.right() {
        put(buf, x, y, dash, 1, theme.dim());
    }
    let title = theme.fold(title);
    let title = fit(&title, area.width.saturating_sub(4), theme);
    let x = put(buf, area.x + 2, y, " ", 1, theme.normal());
    let x = put(buf, x, y, &title, area.right() - x, theme.title());
    let after = put(buf, x, y, " ", 1, theme.normal());
    if !right.is_empty() {
        let right = format!(" {} ", theme.fold(right));
        let w = width(&right);
        if after + w + 2 <= area.right() {
            put_right(buf, after, area.right() - 1, y, &right, theme.dim());
        }
    }
}

/// A horizontal bar `fraction` (0..=1) of `w` cells long, with eighth-cell precision in
/// Unicode; the rest is left as it is.
pub fn bar(
    buf: &mut Buffer,
    x: u16,
    y: u16,
    w: u16,
    fraction: f64,
    (glyph, style): (&str, Style),
    theme: &Theme,
) {
    let fraction = if fraction.is_finite() {
        fraction.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let mut eighths = (fraction * f64::from(w) * 8.0).round() as u32;
    if fraction > 0.0 && eighths == 0 && w > 0 {
        eighths = 1;
    }
    let full = u16::try_from(eighths / 8).unwrap_or(w).min(w);
    for i in 0..full {
        put(buf, x + i, y, glyph, 1, style);
    }
    let rest = (eighths % 8) as u8;
    if full < w && rest > 0 {
        // Partial cells exist only for the solid glyph; textured bars round instead.
        let partial = if glyph == theme.glyph_big_tech() {
            theme.glyph_eighth(rest)
        } else if rest >= 4 {
            glyph
        } else {
            ""
        };
        if !partial.is_empty() {
            put(buf, x + full, y, partial, 1, style);
        } else if eighths > 0 && full == 0 {
            // Something, however small, is never drawn as nothing.
            put(buf, x, y, glyph_min(theme), 1, style);
        }
    }
}

fn glyph_min(theme: &Theme) -> &'static str {
    if theme.ascii { "|" } else { "▏" }
}

/// Fills `area` with spaces in `style` (overlays).
pub fn clear(buf: &mut Buffer, area: Rect, style: Style) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            if let Some(cell) = buf.cell_mut((x, y)) {
                cell.reset();
                cell.set_style(style);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_with_an_ellipsis() {
        let t = Theme::default();
        assert_eq!(fit("Amazon", 10, &t), "Amazon");
        assert_eq!(fit("Microsoft Teams", 6, &t), "Micro…");
        let a = Theme {
            color: false,
            ascii: true,
        };
        assert_eq!(fit("Microsoft Teams", 6, &a), "Micro.");
    }

    #[test]
    fn bars_fill_in_eighths_and_never_overflow() {
        let t = Theme::default();
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        bar(&mut buf, 0, 0, 4, 0.5, ("█", Style::new()), &t);
        assert_eq!(buf[(0, 0)].symbol(), "█");
        assert_eq!(buf[(1, 0)].symbol(), "█");
        assert_eq!(buf[(2, 0)].symbol(), " ");
        bar(&mut buf, 0, 0, 4, 0.6, ("█", Style::new()), &t);
        assert_eq!(buf[(2, 0)].symbol(), "▍");
        bar(&mut buf, 0, 0, 4, 7.0, ("█", Style::new()), &t);
        assert_eq!(buf[(4, 0)].symbol(), " ");
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        bar(&mut buf, 0, 0, 4, 0.01, ("▒", Style::new()), &t);
        assert_eq!(buf[(0, 0)].symbol(), "▏", "tiny amounts stay visible");
    }
}
