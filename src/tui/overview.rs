//! The main view: the headline share with its comparison, the providers, the day's timeline
//! and, in a large terminal, the top services and devices under them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use super::app::App;
use super::draw::{bar, fit, put, put_right, rule, width};
use super::model::{self, Category};
use super::tables;
use super::text;
use super::units::signed_percent;
use crate::usage::{LiveSnapshot, relative_change};

const HEADLINE_ROWS: u16 = 3;
const PROVIDER_ROWS: u16 = 9;

pub fn draw(buf: &mut Buffer, area: Rect, app: &App, snap: &LiveSnapshot, now_micros: i64) {
    let mut y = area.y;
    let rows = |h: u16, y: u16| Rect::new(area.x, y, area.width, h.min(area.bottom() - y));
    headline(buf, rows(HEADLINE_ROWS, y), app, snap);
    y += HEADLINE_ROWS;
    if y >= area.bottom() {
        return;
    }
    providers(buf, rows(PROVIDER_ROWS, y), app, snap);
    y += PROVIDER_ROWS;
    if y + 4 > area.bottom() {
        return;
    }
    let left = area.bottom() - y;
    // A tall terminal also gets the top services and devices.
    let timeline_rows = if left >= 22 { 12 } else { left };
    timeline(buf, rows(timeline_rows, y), app, snap, now_micros);
    y += timeline_rows;
    if y + 4 <= area.bottom() {
        let rest = Rect::new(area.x, y, area.width, area.bottom() - y);
        if area.width >= 120 {
            let half = area.width / 2;
            tables::services(
                buf,
                Rect {
                    width: half - 1,
                    ..rest
                },
                app,
                snap,
                false,
            );
            let right = Rect {
                x: area.x + half + 1,
                width: area.width - half - 1,
                ..rest
            };
            tables::devices(buf, right, app, snap, false);
        } else {
            tables::services(buf, rest, app, snap, false);
        }
    }
}

fn headline(buf: &mut Buffer, area: Rect, app: &App, snap: &LiveSnapshot) {
    let theme = &app.theme;
    let day = &snap.today;
    let lang = app.l10n.lang();
    rule(buf, area, &app.t(text::HEADLINE_TITLE), "", theme);
    if area.height < 2 {
        return;
    }
    let y = area.y + 1;
    let right = area.right().saturating_sub(1);
    if day.totals.bytes() == 0 {
        let msg = if app.live_view() {
            text::HEADLINE_NO_DATA
        } else {
            text::NO_DAY_DATA
        };
        put(
            buf,
            area.x + 1,
            y,
            &theme.fold(&app.t(msg)),
            right - area.x,
            theme.dim(),
        );
        return;
    }
    let share = day.share();
    let pct = format!(" {:>4} ", app.percent(share));
    let amounts = text::share_of(
        &app.l10n,
        &app.amount(day.big_tech.bytes),
        &app.amount(day.totals.bytes()),
    );
    let x = put(
        buf,
        area.x + 1,
        y,
        &pct,
        right - area.x,
        theme
            .big_tech()
            .add_modifier(Modifier::BOLD | Modifier::REVERSED),
    );
    let gauge_w = right
        .saturating_sub(x + 2 + width(&amounts) + 1)
        .clamp(0, 60);
    let gx = x + 1;
    for i in 0..gauge_w {
        put(buf, gx + i, y, theme.glyph_empty(), 1, theme.dim());
    }
    bar(
        buf,
        gx,
        y,
        gauge_w,
        share,
        (theme.glyph_big_tech(), theme.big_tech()),
        theme,
    );
    put(
        buf,
        gx + gauge_w + 2,
        y,
        &amounts,
        right.saturating_sub(gx + gauge_w + 2),
        theme.bold(),
    );

    if area.height < 3 {
        return;
    }
    let y = y + 1;
    let comparison = snap.baseline.as_ref().and_then(|b| {
        relative_change(share, b.big_tech_share).map(|change| {
            text::vs_usual(
                &app.l10n,
                &signed_percent(lang, change),
                model::baseline_weekday(snap),
                &app.percent(b.big_tech_share),
            )
        })
    });
    let indent = area.x + 1 + width(&pct) + 1;
    match comparison {
        Some(c) => {
            let c = theme.fold(&c);
            put(
                buf,
                indent,
                y,
                &c,
                right.saturating_sub(indent),
                theme.bold(),
            );
        }
        None => {
            let s = app.t(text::NO_BASELINE);
            let s = theme.fold(&s);
            put(
                buf,
                indent,
                y,
                &s,
                right.saturating_sub(indent),
                theme.dim(),
            );
        }
    }
}

fn providers(buf: &mut Buffer, area: Rect, app: &App, snap: &LiveSnapshot) {
    let theme = &app.theme;
    let live = snap.live && app.live_view();
    let rows = model::categories(snap, live);
    let right_title = if live {
        format!(
            "{} · {} · {}",
            app.t(text::COL_BYTES),
            app.t(text::COL_SHARE),
            app.t(text::COL_RATE_NOW)
        )
    } else {
        format!("{} · {}", app.t(text::COL_BYTES), app.t(text::COL_SHARE))
    };
    rule(
        buf,
        area,
        &app.t(text::PROVIDERS_TITLE),
        &right_title,
        theme,
    );
    let labels: Vec<String> = rows
        .iter()
        .map(|r| theme.fold(&r.category.label(&app.l10n)).into_owned())
        .collect();
    let lan_share = app.t(text::LAN_SHARE);
    let label_w = labels
        .iter()
        .map(|l| width(l))
        .max()
        .unwrap_or(0)
        .min(area.width / 3);
    let bytes_w = 9;
    // Room for "100 %" and for the LAN row's word, one cell clear of the bytes.
    let share_w = (width(&lan_share) + 1).max(6);
    let rate_w = if live { 12 } else { 0 };
    let right = area.right().saturating_sub(1);
    let bar_x = area.x + 1 + label_w + 1;
    let bar_w = right.saturating_sub(bar_x + bytes_w + share_w + rate_w + 1);
    let max = rows.iter().map(|r| r.bytes).max().unwrap_or(0).max(1);
    for (i, (row, label)) in rows.iter().zip(&labels).enumerate() {
        let y = area.y + 1 + u16::try_from(i).unwrap_or(u16::MAX);
        if y >= area.bottom() {
            break;
        }
        let (glyph, style) = match row.category {
            Category::Lan => (theme.glyph_lan(), theme.lan()),
            c if c.is_big_tech() => (theme.glyph_big_tech(), theme.big_tech()),
            _ => (theme.glyph_other(), theme.other()),
        };
        put(
            buf,
            area.x + 1,
            y,
            &fit(label, label_w, theme),
            label_w,
            theme.normal(),
        );
        bar(
            buf,
            bar_x,
            y,
            bar_w,
            row.bytes as f64 / max as f64,
            (glyph, style),
            theme,
        );
        let mut end = bar_x + bar_w + 1 + bytes_w;
        put_right(
            buf,
            bar_x + bar_w,
            end,
            y,
            &app.amount(row.bytes),
            theme.normal(),
        );
        let share = row
            .share
            .map_or_else(|| lan_share.clone(), |s| app.percent(s));
        put_right(buf, end, end + share_w, y, &share, theme.bold());
        end += share_w;
        if let Some(rate) = row.rate {
            put_right(buf, end, end + rate_w, y, &app.rate(rate), theme.dim());
        }
    }
}

fn legend(buf: &mut Buffer, y: u16, end: u16, items: &[(&str, Style, String)], app: &App) {
    let theme = &app.theme;
    let parts: Vec<String> = items
        .iter()
        .map(|(_, _, label)| theme.fold(label).into_owned())
        .collect();
    let total: u16 = parts.iter().map(|p| width(p) + 4).sum();
    let mut x = end.saturating_sub(total);
    for ((glyph, style, _), label) in items.iter().zip(&parts) {
        x = put(buf, x, y, " ", 1, theme.normal());
        x = put(buf, x, y, glyph, 1, *style);
        x = put(buf, x, y, " ", 1, theme.normal());
        x = put(buf, x, y, label, end.saturating_sub(x), theme.dim());
        x = put(buf, x, y, " ", end.saturating_sub(x), theme.normal());
    }
}

fn timeline(buf: &mut Buffer, area: Rect, app: &App, snap: &LiveSnapshot, now_micros: i64) {
    let theme = &app.theme;
    let day = &snap.today;
    let avail = area.width.saturating_sub(2);
    // Ten-minute bars when a 23-, 24- or 25-hour day fits at one column each.
    let target = if i64::from(avail) * 10 >= day.span.minutes() {
        10
    } else {
        60
    };
    let (minutes, buckets) = model::timeline(day, target);
    let n = u16::try_from(buckets.len()).unwrap_or(u16::MAX).max(1);
    let cw = (avail / n).max(1);
    let peak = buckets
        .iter()
        .map(|b| b.big_tech_bytes + b.other_bytes)
        .max()
        .unwrap_or(0);
    let title = text::timeline_title(&app.l10n, minutes, &app.amount(peak));
    rule(buf, area, &title, "", theme);
    let title_end = area.x + 2 + width(&theme.fold(&title)) + 2;
    let legend_items = [
        (
            theme.glyph_big_tech(),
            theme.big_tech(),
            app.t(text::LEGEND_BIG_TECH),
        ),
        (
            theme.glyph_other(),
            theme.other(),
            app.t(text::LEGEND_OTHER),
        ),
        (theme.glyph_now(), theme.bold(), app.t(text::LEGEND_NOW)),
    ];
    let legend_w: u16 = legend_items
        .iter()
        .map(|(_, _, l)| width(&theme.fold(l)) + 4)
        .sum();
    if title_end + legend_w < area.right() {
        legend(buf, area.y, area.right() - 1, &legend_items, app);
    }
    if area.height < 3 {
        return;
    }
    let chart_rows = area.height - 2;
    let axis_y = area.bottom() - 1;
    let x0 = area.x + 1;
    let bar_w = if cw >= 3 { cw - 1 } else { cw };
    let now = model::now_bucket(day, now_micros, minutes);
    let peak = peak.max(1);
    for (i, b) in buckets.iter().enumerate() {
        let i16 = u16::try_from(i).unwrap_or(u16::MAX);
        let x = x0 + i16 * cw;
        if x + bar_w > area.right() {
            break;
        }
        let total = b.big_tech_bytes + b.other_bytes;
        let rows = u64::from(chart_rows);
        let mut h = if total == 0 {
            0
        } else {
            (total * rows).div_ceil(peak).clamp(1, rows)
        };
        let mut big_h = if total == 0 {
            0
        } else {
            ((b.big_tech_bytes * h) as f64 / total as f64).round() as u64
        };
        if b.big_tech_bytes > 0 && big_h == 0 {
            big_h = 1;
            h = h.max(1);
        }
        if b.other_bytes > 0 && big_h == h && h > 1 {
            big_h -= 1;
        }
        for r in 0..chart_rows {
            let from_bottom = u64::from(r);
            let y = axis_y - 1 - r;
            let (glyph, style) = if from_bottom < big_h {
                (theme.glyph_big_tech(), theme.big_tech())
            } else if from_bottom < h {
                (theme.glyph_other(), theme.other())
            } else if now == Some(i) {
                (theme.glyph_vertical(), theme.dim())
            } else {
                continue;
            };
            for dx in 0..bar_w {
                put(buf, x + dx, y, glyph, 1, style);
            }
        }
    }
    // Local hours under the bars, every few hours so labels never touch. A bar covers
    // elapsed time, so on the days the clocks change an hour is missing or comes twice.
    let cols_per_hour = u32::from(cw) * 60 / minutes.max(1);
    let step = [1u32, 2, 3, 4, 6, 12]
        .into_iter()
        .find(|s| s * cols_per_hour >= 4)
        .unwrap_or(24);
    let mut free_from = x0;
    for (offset, hour) in model::hour_marks(day, step) {
        let col = u32::try_from(offset).unwrap_or(u32::MAX) / minutes.max(1) * u32::from(cw);
        let x = x0.saturating_add(u16::try_from(col).unwrap_or(u16::MAX));
        if x >= free_from && x + 2 <= area.right() {
            put(buf, x, axis_y, &format!("{hour:02}"), 2, theme.dim());
            free_from = x + 3;
        }
    }
    if let Some(i) = now {
        let x = x0 + u16::try_from(i).unwrap_or(0) * cw + bar_w / 2;
        if x < area.right() {
            // Clear the label cells the marker would run into so it reads alone.
            put(buf, x.saturating_sub(1), axis_y, "   ", 3, theme.normal());
            put(buf, x, axis_y, theme.glyph_now(), 1, theme.bold());
        }
    }
}
