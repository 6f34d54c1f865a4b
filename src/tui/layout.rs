//! Where things sit on the screen, computed the same way for drawing and for mapping mouse
//! clicks (so the pure state machine knows which tab a click hit without a drawn frame).

use unicode_width::UnicodeWidthStr;

use super::app::View;
use super::theme::Theme;
use crate::i18n::Localizer;

/// Rows: two of header, then the tabs.
pub const HEADER_ROWS: u16 = 2;
pub const TABS_ROW: u16 = 2;
/// Smallest terminal the dashboard draws in; below it a short message says so.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;

/// A tab's label: " 1 Overview ".
pub fn tab_label(view: View, theme: &Theme, l10n: &Localizer) -> String {
    format!(
        " {} {} ",
        view.index() + 1,
        theme.fold(&l10n.tr(view.title()))
    )
}

/// Column spans `[start, end)` of each tab, in [`View::ALL`] order. Tabs that do not fit
/// in `width` get an empty span.
pub fn tab_spans(width: u16, theme: &Theme, l10n: &Localizer) -> Vec<(u16, u16)> {
    let mut x: u16 = 1;
    View::ALL
        .iter()
        .map(|v| {
            let w = u16::try_from(tab_label(*v, theme, l10n).width()).unwrap_or(u16::MAX);
            let start = x;
            let end = x.saturating_add(w);
            x = end.saturating_add(1);
            if end <= width { (start, end) } else { (0, 0) }
        })
        .collect()
}

/// The tab under column `x`, if any.
pub fn tab_at(width: u16, theme: &Theme, l10n: &Localizer, x: u16) -> Option<View> {
    tab_spans(width, theme, l10n)
        .into_iter()
        .position(|(start, end)| (start..end).contains(&x))
        .map(|i| View::ALL[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_do_not_overlap_and_clicks_map_back() {
        let theme = Theme::default();
        let l10n = Localizer::new(crate::i18n::Lang::En);
        let spans = tab_spans(80, &theme, &l10n);
        for pair in spans.windows(2) {
            assert!(pair[0].1 < pair[1].0);
        }
        for (i, (start, end)) in spans.iter().enumerate() {
            assert_eq!(tab_at(80, &theme, &l10n, *start), Some(View::ALL[i]));
            assert_eq!(tab_at(80, &theme, &l10n, end - 1), Some(View::ALL[i]));
        }
        assert_eq!(tab_at(80, &theme, &l10n, 0), None);
        // In a very narrow terminal the tabs that do not fit cannot be clicked.
        assert_eq!(tab_at(20, &theme, &l10n, 30), None);
    }
}
