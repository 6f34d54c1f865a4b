//! The HTML report's charts, drawn as inline SVG: a share gauge, provider bars, the timeline
//! and the baseline comparison. Two colours (Big Tech, other) plus greys; all text escaped.

use std::fmt::Write as _;

use super::html::escape;
use crate::i18n::Localizer;
use crate::report::format;
use crate::report::model::{BaselineSection, HourRow, ProviderRow};
use crate::report::strings as s;

pub const BIG: &str = "#24466f";
pub const OTHER: &str = "#a8bdd4";
pub const GREY: &str = "#8a8a8a";
const TRACK: &str = "#e4e4e4";

fn open(width: u32, height: u32, label: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" font-family=\"system-ui, sans-serif\" role=\"img\" aria-label=\"{l}\"><title>{l}</title>",
        l = escape(label)
    )
}

/// A ring filled to `share` (0..=1) with the percentage in the middle.
pub fn gauge(l: &Localizer, share: f64) -> String {
    let share = share.clamp(0.0, 1.0);
    let r = 50.0_f64;
    let c = 2.0 * std::f64::consts::PI * r;
    let mut out = open(120, 120, &l.tr("report-chart-gauge"));
    let _ = write!(
        out,
        "<circle cx=\"60\" cy=\"60\" r=\"50\" fill=\"none\" stroke=\"{TRACK}\" stroke-width=\"14\"/>\
<circle cx=\"60\" cy=\"60\" r=\"50\" fill=\"none\" stroke=\"{BIG}\" stroke-width=\"14\" stroke-dasharray=\"{:.2} {:.2}\" transform=\"rotate(-90 60 60)\"/>\
<text x=\"60\" y=\"67\" text-anchor=\"middle\" font-size=\"20\" font-weight=\"bold\" fill=\"#222\">{}</text></svg>",
        share * c,
        c,
        escape(&format::percent(l, share))
    );
    out
}

/// `name` cut to `max` characters, with an ellipsis.
fn cut(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_string()
    } else {
        let mut t: String = name.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

/// Horizontal bars, one per provider (at most `limit`), Big Tech dark.
pub fn providers(l: &Localizer, rows: &[ProviderRow], limit: usize) -> String {
    let rows = &rows[..rows.len().min(limit)];
    let row_h = 20u32;
    let height = row_h * u32::try_from(rows.len()).unwrap_or(0) + 4;
    let max = rows
        .iter()
        .map(|p| p.traffic.bytes())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let mut out = open(480, height.max(24), &l.tr("report-chart-providers"));
    for (i, p) in rows.iter().enumerate() {
        let y = 2 + row_h * u32::try_from(i).unwrap_or(0);
        let w = 230.0 * p.traffic.bytes() as f64 / max;
        let colour = if p.big_tech { BIG } else { OTHER };
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{ty}\" font-size=\"12\" fill=\"#222\">{name}</text>\
<rect x=\"140\" y=\"{y}\" width=\"{w:.1}\" height=\"14\" fill=\"{colour}\"/>\
<text x=\"{vx:.1}\" y=\"{ty}\" font-size=\"11\" fill=\"#222\">{value}</text>",
            ty = y + 11,
            name = escape(&cut(&s::provider_name(l, p.id.as_deref(), &p.name), 20)),
            vx = 144.0 + w,
            value = escape(&format!(
                "{} · {}",
                format::bytes(l, p.traffic.bytes()),
                format::percent(l, p.share)
            )),
        );
    }
    out.push_str("</svg>");
    out
}

/// Hour rows summed per day (`hour` 0), for periods too long to draw hour by hour.
fn per_day(hours: &[HourRow]) -> Vec<HourRow> {
    let mut out: Vec<HourRow> = Vec::new();
    for h in hours {
        match out.last_mut() {
            Some(d) if d.day == h.day => {
                d.big_tech_bytes += h.big_tech_bytes;
                d.other_bytes += h.other_bytes;
                d.lan_bytes += h.lan_bytes;
            }
            _ => out.push(HourRow {
                hour: 0,
                ..h.clone()
            }),
        }
    }
    out
}

/// The hour on the clock a row starts at (hours since midnight for older files).
fn clock_hour(h: &HourRow) -> u32 {
    h.local_time
        .get(..2)
        .and_then(|t| t.parse().ok())
        .unwrap_or(h.hour % 24)
}

/// Most hour bars drawn; longer periods get a bar per day (keeps the page small).
const MAX_HOUR_BARS: usize = 7 * 24;
/// Most axis labels, so they never overlap.
const MAX_LABELS: usize = 8;

/// Stacked bars per hour (per day for long periods), Big Tech at the bottom.
pub fn timeline(l: &Localizer, hours: &[HourRow]) -> String {
    let daily = hours.len() > MAX_HOUR_BARS;
    let collapsed;
    let bars: &[HourRow] = if daily {
        collapsed = per_day(hours);
        &collapsed
    } else {
        hours
    };
    let n = bars.len().max(1);
    let (width, plot_h, top) = (480.0_f64, 110.0_f64, 4.0_f64);
    let bar = width / n as f64;
    let max = bars
        .iter()
        .map(|h| h.big_tech_bytes + h.other_bytes)
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let title = if daily {
        l.tr("report-chart-timeline-days")
    } else {
        l.tr("report-chart-timeline")
    };
    let mut out = open(480, 134, &title);
    let _ = write!(
        out,
        "<line x1=\"0\" y1=\"{b}\" x2=\"480\" y2=\"{b}\" stroke=\"{GREY}\" stroke-width=\"0.5\"/>",
        b = top + plot_h
    );
    for (i, h) in bars.iter().enumerate() {
        let x = i as f64 * bar;
        let big = plot_h * h.big_tech_bytes as f64 / max;
        let other = plot_h * h.other_bytes as f64 / max;
        let w = (bar - 1.0).max(0.5);
        if big > 0.0 {
            let _ = write!(
                out,
                "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{big:.1}\" fill=\"{BIG}\"/>",
                top + plot_h - big
            );
        }
        if other > 0.0 {
            let _ = write!(
                out,
                "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{other:.1}\" fill=\"{OTHER}\"/>",
                top + plot_h - big - other
            );
        }
    }
    // Hours of the day for one or two days, dates beyond.
    let by_hour = bars.len() <= 48;
    let labelled: Vec<usize> = (0..bars.len())
        .filter(|&i| daily || clock_hour(&bars[i]) % 6 == 0 && (by_hour || bars[i].hour == 0))
        .collect();
    for &i in labelled
        .iter()
        .step_by(labelled.len().div_ceil(MAX_LABELS).max(1))
    {
        let h = &bars[i];
        let label = if by_hour && !daily {
            format::hour(h, bars)
        } else {
            s::day_short(l, &h.day)
                .get(..5)
                .map_or_else(|| h.day.clone(), str::to_string)
        };
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"130\" font-size=\"10\" fill=\"#444\">{}</text>",
            i as f64 * bar,
            escape(&label)
        );
    }
    out.push_str("</svg>");
    out
}

/// Pairs of bars, usual day (grey) against this time: share, all bytes, Big Tech bytes.
pub fn baseline(l: &Localizer, b: &BaselineSection, share_now: f64) -> String {
    let pairs = [
        (
            l.tr("report-row-share"),
            b.big_tech_share,
            share_now,
            format::percent(l, b.big_tech_share),
            format::percent(l, share_now),
        ),
        (
            l.tr("report-row-internet"),
            b.mean_bytes,
            b.mean_bytes + b.change.bytes,
            format::bytes_f(l, b.mean_bytes),
            format::bytes_f(l, b.mean_bytes + b.change.bytes),
        ),
        (
            l.tr("report-col-big-tech"),
            b.mean_big_tech_bytes,
            b.mean_big_tech_bytes + b.change.big_tech_bytes,
            format::bytes_f(l, b.mean_big_tech_bytes),
            format::bytes_f(l, b.mean_big_tech_bytes + b.change.big_tech_bytes),
        ),
    ];
    let (usual_word, now_word) = (l.tr("report-col-usual"), l.tr("report-col-now"));
    let mut out = open(480, 162, &l.tr("report-chart-baseline"));
    for (i, (label, usual, now, usual_text, now_text)) in pairs.iter().enumerate() {
        let y = 54.0 * i as f64;
        let max = usual.max(*now).max(f64::MIN_POSITIVE);
        let wu = 300.0 * (usual / max).clamp(0.0, 1.0);
        let wn = 300.0 * (now / max).clamp(0.0, 1.0);
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{:.1}\" font-size=\"12\" font-weight=\"bold\" fill=\"#222\">{}</text>\
<rect x=\"0\" y=\"{:.1}\" width=\"{wu:.1}\" height=\"14\" fill=\"{GREY}\"/>\
<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#222\">{} {}</text>\
<rect x=\"0\" y=\"{:.1}\" width=\"{wn:.1}\" height=\"14\" fill=\"{BIG}\"/>\
<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#222\">{} {}</text>",
            y + 12.0,
            escape(label),
            y + 16.0,
            4.0 + wu,
            y + 27.0,
            escape(&usual_word),
            escape(usual_text),
            y + 33.0,
            4.0 + wn,
            y + 44.0,
            escape(&now_word),
            escape(now_text),
        );
    }
    out.push_str("</svg>");
    out
}
