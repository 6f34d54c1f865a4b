//! The list views: services, devices and current flows. Each draws a rule, a header row and
//! as many rows as fit, scrolled so the selected row stays visible.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::app::{App, View};
use super::draw::{bar, fit, put, put_right, rule, width};
use super::model;
use super::text;
use crate::config::Privacy;
use crate::usage::LiveSnapshot;

/// A column: title, width, right-aligned.
struct Col {
    title: &'static str,
    width: u16,
    right: bool,
}

/// Lays out columns left to right from `x`, the first (flexible) one taking what is left.
fn columns(area: Rect, fixed: &[Col], lead: u16) -> (u16, Vec<u16>) {
    let fixed_w: u16 = fixed.iter().map(|c| c.width + 1).sum();
    let flex = area.width.saturating_sub(2 + lead + fixed_w);
    let mut xs = Vec::with_capacity(fixed.len());
    let mut x = area.x + 1 + lead + flex + 1;
    for c in fixed {
        xs.push(x);
        x += c.width + 1;
    }
    (flex, xs)
}

fn header(
    buf: &mut Buffer,
    area: Rect,
    app: &App,
    first: &str,
    lead: u16,
    fixed: &[Col],
    xs: &[u16],
) {
    let theme = &app.theme;
    let y = area.y + 1;
    put(
        buf,
        area.x + 1 + lead,
        y,
        &theme.fold(&app.t(first)),
        area.width / 2,
        theme.bold(),
    );
    for (c, x) in fixed.iter().zip(xs) {
        let t = app.t(c.title);
        let t = theme.fold(&t);
        let t = fit(&t, c.width, theme);
        if c.right {
            put_right(buf, *x, x + c.width, y, &t, theme.bold());
        } else {
            put(buf, *x, y, &t, c.width, theme.bold());
        }
    }
}

/// First visible row so `selected` is shown in `visible` rows.
fn scroll(selected: usize, visible: usize) -> usize {
    if visible == 0 {
        0
    } else {
        selected.saturating_sub(visible - 1)
    }
}

/// "3/40" on the rule when the list is longer than the screen.
fn position(selected: usize, len: usize, visible: usize) -> String {
    if len > visible {
        format!("{}/{len}", selected + 1)
    } else {
        String::new()
    }
}

/// A line in place of the list; `msg` is already translated.
fn message(buf: &mut Buffer, area: Rect, app: &App, msg: &str) {
    if area.height > 1 {
        let s = app.theme.fold(msg);
        put(
            buf,
            area.x + 1,
            area.y + 1,
            &s,
            area.width.saturating_sub(2),
            app.theme.dim(),
        );
    }
}

fn row_style(app: &App, selectable: bool, selected: bool) -> Style {
    if selectable && selected {
        app.theme.selected()
    } else {
        Style::new()
    }
}

fn no_data(app: &App, snap: &LiveSnapshot) -> Option<&'static str> {
    if snap.today.is_empty() {
        Some(if app.live_view() {
            text::EMPTY_LIST
        } else {
            text::NO_DAY_DATA
        })
    } else {
        None
    }
}

/// Services with their infrastructure, bytes, share and naming layer.
pub fn services(buf: &mut Buffer, area: Rect, app: &App, snap: &LiveSnapshot, selectable: bool) {
    let theme = &app.theme;
    let day = &snap.today;
    let sort = app.sort(View::Services);
    let list = model::sorted_services(day, sort);
    let visible = usize::from(area.height.saturating_sub(2));
    let selected = if selectable {
        app.selected(View::Services)
            .min(list.len().saturating_sub(1))
    } else {
        0
    };
    rule(
        buf,
        area,
        &app.t(text::SERVICES_TITLE),
        &position(selected, list.len(), visible),
        theme,
    );
    if let Some(msg) = no_data(app, snap) {
        return message(buf, area, app, &app.t(msg));
    }
    let source_w = [
        text::SOURCE_DNS.to_string(),
        text::SOURCE_SNI.to_string(),
        text::SOURCE_QUIC.to_string(),
        text::SOURCE_HTTP.to_string(),
        app.t(text::SOURCE_ADDRESS),
        app.t(text::COL_NAMED_BY),
    ]
    .iter()
    .map(|s| width(s))
    .max()
    .unwrap_or(8)
    .min(area.width / 4);
    let narrow = area.width < 70;
    // Columns as wide as their translated titles, within reason.
    let bytes_w = width(&app.t(text::COL_BYTES)).clamp(9, 12);
    let share_w = width(&app.t(text::COL_SHARE)).clamp(5, 12);
    let mut fixed = vec![
        Col {
            title: text::COL_BYTES,
            width: bytes_w,
            right: true,
        },
        Col {
            title: text::COL_SHARE,
            width: share_w,
            right: true,
        },
    ];
    if !narrow {
        fixed.push(Col {
            title: text::COL_NAMED_BY,
            width: source_w,
            right: false,
        });
    }
    let lead = 2;
    let (flex, xs) = columns(area, &fixed, lead);
    header(buf, area, app, text::COL_SERVICE, lead, &fixed, &xs);
    let offset = scroll(selected, visible);
    for (i, s) in list.iter().enumerate().skip(offset).take(visible) {
        let y = area.y + 2 + u16::try_from(i - offset).unwrap_or(0);
        let style = row_style(app, selectable, i == selected);
        buf.set_style(Rect::new(area.x, y, area.width, 1), style);
        if model::service_is_big_tech(day, s) {
            put(
                buf,
                area.x + 1,
                y,
                theme.glyph_big_tech(),
                1,
                theme.big_tech(),
            );
        }
        let label = theme
            .fold(&model::service_label(day, s, &app.l10n))
            .into_owned();
        put(
            buf,
            area.x + 1 + lead,
            y,
            &fit(&label, flex, theme),
            flex,
            theme.normal(),
        );
        put_right(
            buf,
            xs[0],
            xs[0] + bytes_w,
            y,
            &app.amount(s.traffic.bytes()),
            theme.normal(),
        );
        put_right(
            buf,
            xs[1],
            xs[1] + share_w,
            y,
            &app.percent(s.share),
            theme.bold(),
        );
        if let Some(x) = xs.get(2) {
            let src = model::name_source(s.name_source.as_deref(), &app.l10n);
            put(
                buf,
                *x,
                y,
                &fit(&src, source_w, theme),
                source_w,
                theme.dim(),
            );
        }
    }
}

/// How a device is shown: its configured name with `full` privacy, else its label.
fn device_name(app: &App, id: &str) -> String {
    match app.privacy {
        Privacy::Full => app
            .device_names
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string()),
        _ => id.to_string(),
    }
}

/// Devices with their Big Tech share (hidden with privacy `aggregate`).
pub fn devices(buf: &mut Buffer, area: Rect, app: &App, snap: &LiveSnapshot, selectable: bool) {
    let theme = &app.theme;
    let day = &snap.today;
    let sort = app.sort(View::Devices);
    let list = model::sorted_devices(day, sort, |id| device_name(app, id));
    let visible = usize::from(area.height.saturating_sub(2));
    let selected = if selectable {
        app.selected(View::Devices)
            .min(list.len().saturating_sub(1))
    } else {
        0
    };
    rule(
        buf,
        area,
        &app.t(text::DEVICES_TITLE),
        &position(selected, list.len(), visible),
        theme,
    );
    if app.privacy == Privacy::Aggregate {
        return message(buf, area, app, &text::devices_hidden(&app.l10n));
    }
    if let Some(msg) = no_data(app, snap) {
        return message(buf, area, app, &app.t(msg));
    }
    let gauge_w = if area.width >= 70 { 12 } else { 6 };
    // "100 %" is five cells in the languages that space the sign.
    const PCT_W: u16 = 5;
    let bytes_w = width(&app.t(text::COL_BYTES)).clamp(9, 12);
    let lan_w = width(&app.t(text::COL_LAN)).clamp(9, 12);
    let fixed = [
        Col {
            title: text::COL_BYTES,
            width: bytes_w,
            right: true,
        },
        Col {
            title: text::COL_BIG_TECH,
            width: gauge_w + PCT_W + 1,
            right: false,
        },
        Col {
            title: text::COL_LAN,
            width: lan_w,
            right: true,
        },
    ];
    let (flex, xs) = columns(area, &fixed, 0);
    header(buf, area, app, text::COL_DEVICE, 0, &fixed, &xs);
    let offset = scroll(selected, visible);
    for (i, d) in list.iter().enumerate().skip(offset).take(visible) {
        let y = area.y + 2 + u16::try_from(i - offset).unwrap_or(0);
        let style = row_style(app, selectable, i == selected);
        buf.set_style(Rect::new(area.x, y, area.width, 1), style);
        let name = device_name(app, &d.id);
        put(
            buf,
            area.x + 1,
            y,
            &fit(&name, flex, theme),
            flex,
            theme.normal(),
        );
        put_right(
            buf,
            xs[0],
            xs[0] + bytes_w,
            y,
            &app.amount(d.traffic.bytes()),
            theme.normal(),
        );
        put_right(
            buf,
            xs[1],
            xs[1] + PCT_W,
            y,
            &app.percent(d.big_tech_share),
            theme.bold(),
        );
        let gx = xs[1] + PCT_W + 1;
        for dx in 0..gauge_w {
            put(buf, gx + dx, y, theme.glyph_empty(), 1, theme.dim());
        }
        bar(
            buf,
            gx,
            y,
            gauge_w,
            d.big_tech_share,
            (theme.glyph_big_tech(), theme.big_tech()),
            theme,
        );
        put_right(
            buf,
            xs[2],
            xs[2] + lan_w,
            y,
            &app.amount(d.lan_bytes),
            theme.dim(),
        );
    }
}

/// Current flows: device, remote, provider, service, rates now.
pub fn flows(buf: &mut Buffer, area: Rect, app: &App, snap: &LiveSnapshot) {
    let theme = &app.theme;
    let list = model::sorted_flows(snap, app.sort(View::Flows), &app.l10n);
    let visible = usize::from(area.height.saturating_sub(2));
    let selected = app.selected(View::Flows).min(list.len().saturating_sub(1));
    rule(
        buf,
        area,
        &app.t(text::FLOWS_TITLE),
        &position(selected, list.len(), visible),
        theme,
    );
    if !app.live_view() || !snap.live {
        return message(buf, area, app, &app.t(text::FLOWS_NOT_LIVE));
    }
    if list.is_empty() {
        return message(buf, area, app, &app.t(text::FLOWS_HIDDEN));
    }
    let show_device = app.privacy != Privacy::Aggregate;
    let rate_w = 11;
    let fixed = [Col {
        title: text::COL_RATE,
        width: rate_w * 2 + 1,
        right: true,
    }];
    let (flex, xs) = columns(area, &fixed, 0);
    // The flexible part is shared: device, remote, provider, service.
    let weights: &[u16] = if show_device {
        &[20, 36, 20, 24]
    } else {
        &[0, 44, 24, 32]
    };
    let mut widths: Vec<u16> = weights.iter().map(|w| flex * w / 100).collect();
    let used: u16 = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += flex.saturating_sub(used);
    }
    let titles = [
        text::COL_DEVICE,
        text::COL_REMOTE,
        text::COL_PROVIDER,
        text::COL_SERVICE_ONE,
    ];
    let mut x = area.x + 1;
    let y = area.y + 1;
    let mut starts = Vec::new();
    for (t, w) in titles.iter().zip(&widths) {
        starts.push(x);
        if *w > 1 {
            let t = app.t(t);
            let t = theme.fold(&t);
            put(buf, x, y, &fit(&t, w - 1, theme), w - 1, theme.bold());
        }
        x += w;
    }
    let rate_title = app.t(text::COL_RATE);
    let rate_title = theme.fold(&rate_title);
    put_right(
        buf,
        xs[0],
        xs[0] + fixed[0].width,
        y,
        &rate_title,
        theme.bold(),
    );
    let offset = scroll(selected, visible);
    for (i, f) in list.iter().enumerate().skip(offset).take(visible) {
        let y = area.y + 2 + u16::try_from(i - offset).unwrap_or(0);
        buf.set_style(
            Rect::new(area.x, y, area.width, 1),
            row_style(app, true, i == selected),
        );
        let device = f
            .device
            .as_deref()
            .map_or_else(|| text::NO_DEVICE.to_string(), |d| device_name(app, d));
        let unnamed = || app.t(text::UNNAMED_SERVICE);
        let service = f
            .service
            .as_deref()
            .map(|id| {
                snap.today
                    .services
                    .iter()
                    .find(|s| s.id.as_deref() == Some(id))
                    .map_or_else(|| id.to_string(), |s| s.name.clone())
            })
            .or_else(|| f.name.clone())
            .unwrap_or_else(unnamed);
        let cells = [
            device,
            format!("{} {}", f.protocol, f.remote),
            model::provider_name(&snap.today, f.provider.as_deref(), &app.l10n).into_owned(),
            service,
        ];
        for ((cell, start), w) in cells.iter().zip(&starts).zip(&widths) {
            if *w > 1 {
                let cell = theme.fold(cell);
                put(
                    buf,
                    *start,
                    y,
                    &fit(&cell, w - 1, theme),
                    w - 1,
                    theme.normal(),
                );
            }
        }
        let rates = format!(
            "{:>w$} {:>w$}",
            app.rate(f.down_bytes_per_sec),
            app.rate(f.up_bytes_per_sec),
            w = usize::from(rate_w)
        );
        put_right(
            buf,
            xs[0],
            xs[0] + fixed[0].width,
            y,
            &rates,
            theme.normal(),
        );
    }
}
