//! The pure drawing function: one frame from the state, a snapshot and the time. No I/O, no
//! clock of its own, so a frame is a function of its inputs and can be snapshot-tested.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::app::{App, View};
use super::draw::{clear, fit, put, put_right, width};
use super::layout::{HEADER_ROWS, MIN_HEIGHT, MIN_WIDTH, TABS_ROW, tab_label, tab_spans};
use super::model;
use super::text;
use super::{overview, tables};
use crate::usage::LiveSnapshot;

/// Draws the dashboard. `now_micros` is the clock to show (the capture's clock in a demo).
pub fn render(frame: &mut Frame<'_>, app: &App, snap: &LiveSnapshot, now_micros: i64) {
    let area = frame.area();
    draw(frame.buffer_mut(), area, app, snap, now_micros);
}

/// The same on a bare buffer (benches, tests).
pub fn draw(buf: &mut Buffer, area: Rect, app: &App, snap: &LiveSnapshot, now_micros: i64) {
    let theme = &app.theme;
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = text::too_small(&app.l10n);
        let msg = theme.fold(&msg);
        for (i, line) in msg.lines().enumerate() {
            let y = area.y + u16::try_from(i).unwrap_or(0);
            put(buf, area.x, y, line, area.width, theme.normal());
        }
        return;
    }
    header(buf, area, app, snap, now_micros);
    tabs(buf, area, app);
    let body = Rect {
        x: area.x,
        y: area.y + TABS_ROW + 1,
        width: area.width,
        height: area.height.saturating_sub(HEADER_ROWS + 2),
    };
    match app.view {
        View::Overview => overview::draw(buf, body, app, snap, now_micros),
        View::Services => tables::services(buf, body, app, snap, true),
        View::Devices => tables::devices(buf, body, app, snap, true),
        View::Flows => tables::flows(buf, body, app, snap),
    }
    footer(buf, area, app);
    if app.help {
        help(buf, area, app);
    }
}

/// The state word and its style: live, paused, history or not live.
fn state(app: &App, snap: &LiveSnapshot) -> &'static str {
    if !app.live_view() {
        text::HISTORY
    } else if app.paused {
        text::PAUSED
    } else if snap.live {
        text::LIVE
    } else {
        text::NOT_LIVE
    }
}

fn header(buf: &mut Buffer, area: Rect, app: &App, snap: &LiveSnapshot, now_micros: i64) {
    let theme = &app.theme;
    let (x0, right) = (area.x, area.right());
    let y = area.y;
    // Right: "● live  14:32:05"
    let state_id = state(app, snap);
    let state_word = app.t(state_id);
    let clock = model::clock(&snap.today, now_micros);
    let right_text = format!("{state_word}  {clock}");
    let state_style = match state_id {
        text::LIVE => theme.good().add_modifier(ratatui::style::Modifier::BOLD),
        text::PAUSED | text::HISTORY => theme.warning(),
        _ => theme.dim(),
    };
    let rw = width(&right_text);
    let rx = right.saturating_sub(rw + 1);
    let after_state = put(buf, rx, y, &state_word, rw, state_style);
    put(
        buf,
        after_state,
        y,
        &format!("  {clock}"),
        right - after_state,
        theme.bold(),
    );

    // Left: "nuage · Ateneu Popular · Mon 08/03/2027"
    let no_place = app.t(text::NO_PLACE);
    let place = snap.place.as_deref().unwrap_or(&no_place);
    let label = &snap.today.span.label;
    let day = match model::date(label) {
        Some(d) => format!(
            "{} {}",
            app.l10n.weekday_short(d.weekday()),
            app.l10n.date_short(d)
        ),
        None => label.clone(),
    };
    let sep = theme.fold(" · ").into_owned();
    let budget = rx.saturating_sub(x0 + 2);
    let x = put(buf, x0 + 1, y, text::APP_NAME, budget, theme.title());
    let x = put(buf, x, y, &sep, rx.saturating_sub(x), theme.dim());
    let day_w = width(&day) + width(&sep);
    let place = fit(place, rx.saturating_sub(x + day_w + 1), theme);
    let x = put(buf, x, y, &place, rx.saturating_sub(x), theme.bold());
    let x = put(buf, x, y, &sep, rx.saturating_sub(x), theme.dim());
    put(buf, x, y, &day, rx.saturating_sub(x), theme.bold());

    health(buf, area, app, snap);
}

/// Second header row: each interface and what is wrong, if anything.
fn health(buf: &mut Buffer, area: Rect, app: &App, snap: &LiveSnapshot) {
    let theme = &app.theme;
    let y = area.y + 1;
    let right = area.right().saturating_sub(1);
    let mut x = area.x + 1;
    let h = &snap.health;
    let l10n = &app.l10n;
    let item = |buf: &mut Buffer, x: &mut u16, s: &str, style| {
        if *x >= right {
            return;
        }
        let s = theme.fold(s);
        let s = fit(&s, right - *x, theme);
        *x = put(buf, *x, y, &s, right - *x, style);
        *x = put(buf, *x, y, "  ", right.saturating_sub(*x), theme.normal());
    };
    if let Some(note) = &app.source_note {
        item(buf, &mut x, note, theme.dim());
    } else if h.interfaces.is_empty() {
        item(buf, &mut x, &app.t(text::NO_INTERFACES), theme.dim());
    }
    for i in &h.interfaces {
        let dropped = i.dropped_by_kernel + i.dropped_by_interface;
        let label = if !i.up {
            format!("{} {}", i.name, l10n.tr(text::HEALTH_DOWN))
        } else if dropped > 0 {
            format!("{} {}", i.name, text::dropped(l10n, dropped))
        } else {
            format!("{} {}", i.name, l10n.tr(text::HEALTH_OK))
        };
        let style = if !i.up || dropped > 0 {
            theme.warning()
        } else {
            theme.dim()
        };
        item(buf, &mut x, &label, style);
        if let Some(w) = text::offload(l10n, i) {
            item(buf, &mut x, &format!("{}: {w}", i.name), theme.warning());
        }
    }
    if let Some(e) = text::store_error(l10n, h) {
        item(buf, &mut x, &e, theme.warning());
    }
    if let Some(v) = &h.ranges_version {
        let s = text::ranges_version(l10n, v);
        if x + width(&s) < right {
            put_right(buf, x, right, y, &s, theme.dim());
        }
    }
}

fn tabs(buf: &mut Buffer, area: Rect, app: &App) {
    let theme = &app.theme;
    let y = area.y + TABS_ROW;
    for (view, (start, end)) in View::ALL
        .iter()
        .zip(tab_spans(area.width, theme, &app.l10n))
    {
        if end == 0 {
            continue;
        }
        let style = if *view == app.view {
            theme.tab_active()
        } else {
            theme.normal()
        };
        put(
            buf,
            area.x + start,
            y,
            &tab_label(*view, theme, &app.l10n),
            end - start,
            style,
        );
    }
    let hint = app.t(text::TAB_HELP_HINT);
    let hint = theme.fold(&hint);
    let last = tab_spans(area.width, theme, &app.l10n)
        .iter()
        .map(|s| s.1)
        .max()
        .unwrap_or(0);
    if last + width(&hint) + 3 < area.width {
        put_right(buf, area.x + last, area.right() - 1, y, &hint, theme.dim());
    }
}

fn footer(buf: &mut Buffer, area: Rect, app: &App) {
    let theme = &app.theme;
    let y = area.bottom() - 1;
    let hints = app.t(text::FOOTER_HINTS);
    let hints = theme.fold(&hints);
    let x = put(
        buf,
        area.x + 1,
        y,
        &hints,
        area.width.saturating_sub(2),
        theme.dim(),
    );
    let status = format!(
        "{}  {}",
        text::sorted_by(&app.l10n, &app.t(app.sort(app.view).label(app.view))),
        text::units_label(&app.l10n, &app.t(app.units.label()))
    );
    let status = theme.fold(&status);
    if x + width(&status) + 3 <= area.right() {
        put_right(buf, x, area.right() - 1, y, &status, theme.dim());
    }
}

/// A centred box listing every key.
fn help(buf: &mut Buffer, area: Rect, app: &App) {
    let theme = &app.theme;
    let keys: Vec<(String, String)> = text::help_keys(&app.l10n)
        .iter()
        .map(|(k, d)| (theme.fold(k).into_owned(), theme.fold(d).into_owned()))
        .collect();
    let key_w = keys.iter().map(|(k, _)| width(k)).max().unwrap_or(0);
    let desc_w = keys.iter().map(|(_, d)| width(d)).max().unwrap_or(0);
    let close = app.t(text::HELP_CLOSE);
    let close = theme.fold(&close);
    let inner_w = (key_w + 2 + desc_w).max(width(&close));
    let w = (inner_w + 4).min(area.width);
    let h = (u16::try_from(keys.len()).unwrap_or(0) + 4).min(area.height);
    let x = area.x + (area.width - w) / 2;
    let y = area.y + (area.height - h) / 2;
    let rect = Rect::new(x, y, w, h);
    clear(buf, rect, theme.normal());
    let v = theme.glyph_vertical();
    let dash = theme.glyph_rule();
    for cx in x..x + w {
        put(buf, cx, y, dash, 1, theme.bold());
        put(buf, cx, y + h - 1, dash, 1, theme.bold());
    }
    for cy in y..y + h {
        put(buf, x, cy, v, 1, theme.bold());
        put(buf, x + w - 1, cy, v, 1, theme.bold());
    }
    let (tl, tr, bl, br) = theme.glyph_corners();
    put(buf, x, y, tl, 1, theme.bold());
    put(buf, x + w - 1, y, tr, 1, theme.bold());
    put(buf, x, y + h - 1, bl, 1, theme.bold());
    put(buf, x + w - 1, y + h - 1, br, 1, theme.bold());
    let title = format!(" {} ", theme.fold(&app.t(text::HELP_TITLE)));
    put(buf, x + 2, y, &title, w.saturating_sub(4), theme.title());
    let inner = w.saturating_sub(4);
    for (i, (k, d)) in keys.iter().enumerate() {
        let row = y + 1 + u16::try_from(i).unwrap_or(0);
        if row >= y + h - 2 {
            break;
        }
        let nx = put(buf, x + 2, row, k, inner, theme.bold());
        let dx = (x + 2 + key_w + 2).max(nx);
        put(
            buf,
            dx,
            row,
            d,
            (x + 2 + inner).saturating_sub(dx),
            theme.normal(),
        );
    }
    put(buf, x + 2, y + h - 2, &close, inner, theme.dim());
}
