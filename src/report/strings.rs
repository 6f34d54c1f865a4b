//! Every sentence and label a report shows people, from the Fluent catalogue (`i18n/*.ftl`,
//! the `report-*` messages) in the run's language. JSON keys and CSV headers are not here:
//! they stay English and stable. Numbers come formatted by [`format`].

use time::Date;
use time::macros::format_description;

use super::format;
use super::model::{Health, Methods, Period, Report, ReportKind};
use crate::i18n::Localizer;
use crate::tr;

/// Shown where a change cannot be computed (the usual value was zero).
pub const NO_VALUE: &str = "—";

fn date(text: &str) -> Option<Date> {
    Date::parse(text, format_description!("[year]-[month]-[day]")).ok()
}

/// A local day as the language writes it in a sentence (`lundi 9 mars 2026`).
pub fn day_long(l: &Localizer, day: &str) -> String {
    date(day).map_or_else(|| day.to_string(), |d| l.date_long(d))
}

/// A local day as the language writes it in a table (`09/03/2026`, `09.03.2026`).
pub fn day_short(l: &Localizer, day: &str) -> String {
    date(day).map_or_else(|| day.to_string(), |d| l.date_short(d))
}

/// `Monday 9 March 2026`, or `From 08/03/2026 to 09/03/2026` for several days.
pub fn period(l: &Localizer, p: &Period) -> String {
    if p.from == p.to {
        day_long(l, &p.from)
    } else {
        tr!(
            l,
            "report-period",
            from = day_short(l, &p.from),
            to = day_short(l, &p.to)
        )
    }
}

pub fn title(l: &Localizer, kind: ReportKind) -> String {
    match kind {
        ReportKind::Place => l.tr("report-title"),
        ReportKind::Collective => l.tr("report-title-collective"),
    }
}

/// "Ateneu, Monday 9 March 2026".
pub fn subtitle(l: &Localizer, place: Option<&str>, period: &str) -> String {
    match place {
        Some(p) => tr!(l, "report-subtitle", place = p, date = period),
        None => period.to_string(),
    }
}

/// "… and 12 more" under a cut list.
pub fn more(l: &Localizer, n: usize) -> String {
    tr!(l, "report-more", count = n)
}

/// "−12.0 pts": a signed difference in percentage points.
pub fn points(l: &Localizer, diff: f64) -> String {
    tr!(l, "report-points", points = format::points(l, diff))
}

/// The headline sentence.
pub fn headline(l: &Localizer, share: f64, bytes: u64) -> String {
    tr!(
        l,
        "report-headline",
        share = format::percent(l, share),
        total = format::bytes(l, bytes)
    )
}

pub fn collective_headline(l: &Localizer, places: usize, share: f64, min: f64, max: f64) -> String {
    tr!(
        l,
        "report-headline-collective",
        places = places,
        share = format::percent(l, share),
        min = format::percent(l, min),
        max = format::percent(l, max)
    )
}

pub fn baseline_sentence(l: &Localizer, points: f64, usual_share: f64, days: usize) -> String {
    tr!(
        l,
        "report-baseline-sentence",
        direction = if points < 0.0 { "less" } else { "more" },
        points = format::points_abs(l, points),
        usual = format::percent(l, usual_share),
        days = days
    )
}

pub fn baseline_days(l: &Localizer, method: &str, days: &[String]) -> String {
    let how = tr!(l, "report-baseline-method", method = method);
    if days.is_empty() {
        tr!(l, "report-baseline-days", how = how)
    } else {
        let list: Vec<String> = days.iter().map(|d| day_short(l, d)).collect();
        tr!(
            l,
            "report-baseline-days-list",
            how = how,
            days = list.join(", ")
        )
    }
}

pub fn group_name(l: &Localizer, id: &str) -> String {
    tr!(l, "report-group", group = id)
}

pub fn layer_name(l: &Localizer, id: &str) -> String {
    tr!(l, "report-layer", layer = id)
}

pub fn decision_name(l: &Localizer, id: &str) -> String {
    tr!(l, "report-decision", decision = id)
}

/// A provider's name: the catalogue's, or the translated "Other networks" for `id: None`.
pub fn provider_name(l: &Localizer, id: Option<&str>, name: &str) -> String {
    match id {
        None => l.tr("report-other-networks"),
        Some(_) => name.to_string(),
    }
}

/// A service's name: the catalogue's or its domain, or the translated "Unnamed".
pub fn service_name(l: &Localizer, id: Option<&str>, name: &str) -> String {
    match id {
        None => l.tr("report-unnamed"),
        Some(_) => name.to_string(),
    }
}

fn or_not_recorded(l: &Localizer, n: Option<u64>) -> String {
    n.map_or_else(|| l.tr("report-not-recorded"), |n| l.integer(n))
}

/// The lines of the health section.
pub fn health_lines(l: &Localizer, h: &Health) -> Vec<String> {
    let mut lines = vec![
        tr!(
            l,
            "report-health-minutes",
            with = l.integer(h.minutes_with_data),
            all = l.integer(h.period_minutes)
        ),
        tr!(
            l,
            "report-health-gaps",
            gaps = h.gaps.len(),
            minutes = h.gap_minutes
        ),
        tr!(
            l,
            "report-health-dropped",
            dropped = or_not_recorded(l, h.dropped_packets)
        ),
        tr!(
            l,
            "report-health-clock-jumps",
            jumps = or_not_recorded(l, h.clock_jumps)
        ),
        tr!(
            l,
            "report-health-unattributed",
            size = format::bytes(l, h.unattributed_bytes),
            share = format::percent(l, h.unattributed_share)
        ),
        tr!(
            l,
            "report-health-unnamed",
            size = format::bytes(l, h.unnamed_bytes)
        ),
        match (&h.ranges_version, h.ranges_age_days) {
            (Some(v), Some(age)) => tr!(
                l,
                "report-health-ranges",
                date = day_short(l, v),
                days = age
            ),
            _ => l.tr("report-health-ranges-undated"),
        },
    ];
    for g in &h.gaps {
        // `2027-03-08 13:20`, or `Place: 2027-03-08 13:20` in a collective report.
        let start = match g.start_local.rsplit_once(' ') {
            Some((day, time)) => match day.rsplit_once(": ") {
                Some((place, day)) => format!("{place}: {} {time}", day_short(l, day)),
                None => format!("{} {time}", day_short(l, day)),
            },
            None => g.start_local.clone(),
        };
        lines.push(tr!(
            l,
            "report-health-gap",
            start = start,
            minutes = g.minutes
        ));
    }
    lines
}

/// Warnings worth reading before quoting the numbers.
pub fn caveats(l: &Localizer, r: &Report) -> Vec<String> {
    let h = &r.health;
    let mut out = Vec::new();
    // An older daemon answers day by day, without the capture's health.
    if h.source == "daemon" && h.clock_jumps.is_none() {
        out.push(l.tr("report-caveat-daemon"));
    }
    if h.gap_minutes > 0 {
        out.push(tr!(l, "report-caveat-gap", minutes = h.gap_minutes));
    }
    if h.dropped_packets.is_some_and(|d| d > 0) {
        out.push(l.tr("report-caveat-dropped"));
    }
    if h.clock_jumps.is_some_and(|j| j > 0) {
        out.push(l.tr("report-caveat-clock"));
    }
    if h.unattributed_share > 0.10 {
        out.push(tr!(
            l,
            "report-caveat-unattributed",
            share = format::percent(l, h.unattributed_share)
        ));
    }
    if h.ranges_age_days.is_some_and(|a| a > 45) {
        out.push(l.tr("report-caveat-old-lists"));
    }
    if r.kind == ReportKind::Place && r.summary.minutes_with_data == 0 {
        out.push(l.tr("report-no-data"));
    }
    out
}

/// The methods paragraph(s).
pub fn methods(l: &Localizer, m: &Methods) -> Vec<String> {
    let companies = if m.big_tech_companies.is_empty() {
        NO_VALUE.to_string()
    } else {
        m.big_tech_companies.join(", ")
    };
    vec![
        tr!(l, "report-methods-rule", companies = companies),
        l.tr("report-methods-attribution"),
        l.tr("report-methods-blind"),
        // Two limits worth saying wherever the numbers are quoted.
        l.tr("report-caveat-cdn"),
        l.tr("report-caveat-bytes"),
        tr!(l, "report-methods-privacy", privacy = m.privacy.as_str()),
    ]
}

/// The note above a collective report's places.
pub fn merged_note(l: &Localizer, places: usize) -> String {
    tr!(l, "report-merged-note", places = places)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn sentences_choose_plurals_and_directions() {
        let en = Localizer::new(Lang::En);
        assert_eq!(
            baseline_sentence(&en, -0.125, 0.6, 1),
            "That is 12.5 percentage points less than on a usual day (60.0% over one day)."
        );
        assert!(baseline_sentence(&en, 0.02, 0.6, 3).contains("more than on a usual day"));
        assert_eq!(more(&en, 12), "… and 12 more");
        assert_eq!(provider_name(&en, None, "Other networks"), "Other networks");
        let de = Localizer::new(Lang::De);
        assert_ne!(provider_name(&de, None, "Other networks"), "Other networks");
        assert_eq!(provider_name(&de, Some("google"), "Google"), "Google");
        assert_eq!(
            period(
                &en,
                &Period {
                    from: "2027-03-08".into(),
                    to: "2027-03-08".into(),
                    time_zone: "UTC".into(),
                    days: 1,
                }
            ),
            "Monday 8 March 2027"
        );
    }
}
