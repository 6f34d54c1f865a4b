//! What the views show, derived from a snapshot: the provider categories, the timeline at
//! the chosen resolution, sorted lists, the local time of day. Pure functions, tested here
//! apart from drawing.

use std::borrow::Cow;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use time::{Date, Weekday};

use super::app::Sort;
use super::text;
use crate::i18n::Localizer;
use crate::usage::{
    DayUsage, DeviceUsage, FlowRow, LiveSnapshot, ProviderUsage, ServiceUsage, TimeBucket,
};

/// The eight rows of the providers panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Amazon,
    Google,
    Microsoft,
    Meta,
    Apple,
    OtherClouds,
    OtherNetworks,
    Lan,
}

impl Category {
    pub const ALL: [Category; 8] = [
        Category::Amazon,
        Category::Google,
        Category::Microsoft,
        Category::Meta,
        Category::Apple,
        Category::OtherClouds,
        Category::OtherNetworks,
        Category::Lan,
    ];

    /// The row's name: a company's own name, or a translated description.
    pub fn label(self, l10n: &Localizer) -> String {
        match self {
            Category::Amazon => text::CAT_AMAZON.to_string(),
            Category::Google => text::CAT_GOOGLE.to_string(),
            Category::Microsoft => text::CAT_MICROSOFT.to_string(),
            Category::Meta => text::CAT_META.to_string(),
            Category::Apple => text::CAT_APPLE.to_string(),
            Category::OtherClouds => l10n.tr(text::CAT_OTHER_CLOUDS),
            Category::OtherNetworks => l10n.tr(text::CAT_OTHER_NETWORKS),
            Category::Lan => l10n.tr(text::CAT_LAN),
        }
    }

    fn index(self) -> usize {
        Category::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

    pub fn is_big_tech(self) -> bool {
        self.index() < 5
    }

    /// By the company running the infrastructure, so GitHub counts under Microsoft.
    fn of_company(company: Option<&str>) -> Category {
        match company {
            Some("Amazon") => Category::Amazon,
            Some("Alphabet") | Some("Google") => Category::Google,
            Some("Microsoft") => Category::Microsoft,
            Some("Meta Platforms") | Some("Meta") => Category::Meta,
            Some("Apple") => Category::Apple,
            _ => Category::OtherClouds,
        }
    }

    pub fn of_provider(p: &ProviderUsage) -> Category {
        match p.id {
            None => Category::OtherNetworks,
            Some(_) => Category::of_company(p.company.as_deref()),
        }
    }

    /// For a provider id alone (rates), looking its company up in the day's providers.
    fn of_id(day: &DayUsage, id: Option<&str>) -> Category {
        match id {
            None => Category::OtherNetworks,
            Some(id) => match day.provider(id) {
                Some(p) => Category::of_provider(p),
                None => match id {
                    "amazon" => Category::Amazon,
                    "google" => Category::Google,
                    "microsoft" => Category::Microsoft,
                    "meta" => Category::Meta,
                    "apple" => Category::Apple,
                    _ => Category::OtherClouds,
                },
            },
        }
    }
}

/// One row of the providers panel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CategoryRow {
    pub category: Category,
    pub bytes: u64,
    /// Of Internet bytes; `None` for the LAN, which is not Internet traffic.
    pub share: Option<f64>,
    /// Bytes per second now, when live.
    pub rate: Option<f64>,
}

pub fn categories(snap: &LiveSnapshot, live: bool) -> Vec<CategoryRow> {
    let day = &snap.today;
    let mut rows: Vec<CategoryRow> = Category::ALL
        .iter()
        .map(|c| CategoryRow {
            category: *c,
            bytes: 0,
            share: (*c != Category::Lan).then_some(0.0),
            rate: (live && *c != Category::Lan).then_some(0.0),
        })
        .collect();
    for p in &day.providers {
        let row = &mut rows[Category::of_provider(p).index()];
        row.bytes += p.traffic.bytes();
        row.share = row.share.map(|s| s + p.share);
    }
    rows[Category::Lan.index()].bytes = day.lan.bytes();
    if live {
        for r in &snap.rates {
            let row = &mut rows[Category::of_id(day, r.provider.as_deref()).index()];
            row.rate = row
                .rate
                .map(|v| v + r.up_bytes_per_sec + r.down_bytes_per_sec);
        }
    }
    rows
}

/// The timeline regrouped to `target` minutes a bucket (a multiple of the day's own size;
/// if the day's buckets are coarser they are kept). Buckets count from the day's first
/// moment, so a 23- or 25-hour day has 23 or 25 hourly buckets.
pub fn timeline(day: &DayUsage, target: u32) -> (u32, Vec<TimeBucket>) {
    let source = day.bucket_minutes.max(1);
    if target <= source || target % source != 0 {
        return (source, day.timeline.clone());
    }
    let factor = (target / source) as usize;
    let buckets = day
        .timeline
        .chunks(factor)
        .map(|chunk| {
            let mut b = TimeBucket {
                start_minute: chunk.first().map_or(0, |c| c.start_minute),
                ..TimeBucket::default()
            };
            for c in chunk {
                b.big_tech_bytes += c.big_tech_bytes;
                b.other_bytes += c.other_bytes;
                b.lan_bytes += c.lan_bytes;
            }
            b
        })
        .collect();
    (target, buckets)
}

/// The day's time zone (its IANA name, as the store and the daemon give it); `None` when
/// this build does not know it, and the clock then counts from the day's start.
fn zone(day: &DayUsage) -> Option<TimeZone> {
    match day.span.time_zone.as_str() {
        "local" => TimeZone::try_system().ok(),
        name => TimeZone::get(name).ok(),
    }
}

/// Seconds since the local midnight that starts the day shown, counted in elapsed time
/// (what the clock shows only on days the clocks do not change).
pub fn time_of_day_secs(day: &DayUsage, now_micros: i64) -> i64 {
    (now_micros.div_euclid(1_000_000) - day.span.start_minute * 60).rem_euclid(86_400)
}

/// The wall clock in the day's zone at `micros`: (hour, minute, second). On the days the
/// clocks change it jumps as the clocks on the wall do.
pub fn local_time(day: &DayUsage, micros: i64) -> (u8, u8, u8) {
    let wall = zone(day).and_then(|tz| {
        let t = tz.to_datetime(Timestamp::from_microsecond(micros).ok()?);
        Some((t.hour(), t.minute(), t.second()))
    });
    match wall {
        Some((h, m, s)) => (
            u8::try_from(h).unwrap_or(0),
            u8::try_from(m).unwrap_or(0),
            u8::try_from(s).unwrap_or(0),
        ),
        None => {
            let s = time_of_day_secs(day, micros);
            let part = |v: i64| u8::try_from(v).unwrap_or(0);
            (part(s / 3600), part(s % 3600 / 60), part(s % 60))
        }
    }
}

pub fn clock(day: &DayUsage, now_micros: i64) -> String {
    let (h, m, s) = local_time(day, now_micros);
    format!("{h:02}:{m:02}:{s:02}")
}

/// Where the hour labels go under a timeline: (minutes from the day's start, local hour),
/// for each whole local hour that is a multiple of `step`. On a 25-hour day one hour comes
/// twice; on a 23-hour day one is missing.
pub fn hour_marks(day: &DayUsage, step: u32) -> Vec<(i64, u8)> {
    let step = step.max(1);
    let tz = zone(day);
    let hours = day.span.minutes().div_euclid(60);
    (0..hours)
        .filter_map(|e| {
            let offset = e * 60;
            let (h, m) = match &tz {
                Some(tz) => {
                    let t = tz.to_datetime(
                        Timestamp::from_second((day.span.start_minute + offset) * 60).ok()?,
                    );
                    (u8::try_from(t.hour()).ok()?, u8::try_from(t.minute()).ok()?)
                }
                None => (u8::try_from(e % 24).ok()?, 0),
            };
            (m == 0 && u32::from(h) % step == 0).then_some((offset, h))
        })
        .collect()
}

/// The bucket index holding `now`, when now falls in the day shown.
pub fn now_bucket(day: &DayUsage, now_micros: i64, bucket_minutes: u32) -> Option<usize> {
    let minute = now_micros.div_euclid(60_000_000);
    if !day.span.contains(minute) {
        return None;
    }
    usize::try_from((minute - day.span.start_minute) / i64::from(bucket_minutes.max(1))).ok()
}

/// The date of a day labelled `YYYY-MM-DD`.
pub fn date(label: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(label, &format).ok()
}

/// The weekday of a day labelled `YYYY-MM-DD`.
pub fn weekday(label: &str) -> Option<Weekday> {
    date(label).map(|d| d.weekday())
}

/// Whether the baseline's days all share `weekday` (so "usual Mondays" is true).
pub fn baseline_weekday(snap: &LiveSnapshot) -> Option<Weekday> {
    let today = weekday(&snap.today.span.label)?;
    let b = snap.baseline.as_ref()?;
    b.days
        .iter()
        .all(|d| weekday(d) == Some(today))
        .then_some(today)
}

/// A provider id's display name from the day, or the id itself.
pub fn provider_name<'a>(day: &'a DayUsage, id: Option<&'a str>, l10n: &Localizer) -> Cow<'a, str> {
    match id {
        None => Cow::Owned(l10n.tr(text::UNKNOWN_PROVIDER)),
        Some(id) => Cow::Borrowed(day.provider(id).map_or(id, |p| p.name.as_str())),
    }
}

/// "Zoom · Amazon": a service and the infrastructure that carried most of it.
pub fn service_label(day: &DayUsage, s: &ServiceUsage, l10n: &Localizer) -> String {
    let name = if s.id.is_none() {
        Cow::Owned(l10n.tr(text::UNNAMED_SERVICE))
    } else {
        Cow::Borrowed(s.name.as_str())
    };
    match s.infrastructure.first() {
        Some((id, _)) => format!("{name} · {}", provider_name(day, id.as_deref(), l10n)),
        None => name.into_owned(),
    }
}

/// Which naming layer gave a service its name, as people say it.
pub fn name_source(source: Option<&str>, l10n: &Localizer) -> String {
    match source {
        Some("dns") | Some("dns-cache") => text::SOURCE_DNS.into(),
        Some("tls-sni") => text::SOURCE_SNI.into(),
        Some("quic-sni") => text::SOURCE_QUIC.into(),
        Some("http-host") => text::SOURCE_HTTP.into(),
        Some(s) if s.contains("sni") => text::SOURCE_SNI.into(),
        Some(s) if s.contains("dns") => text::SOURCE_DNS.into(),
        _ => l10n.tr(text::SOURCE_ADDRESS),
    }
}

/// Whether a service's traffic counts as Big Tech Cloud: a Big Tech service, or carried
/// mostly by Big Tech infrastructure (Zoom on Amazon).
pub fn service_is_big_tech(day: &DayUsage, s: &ServiceUsage) -> bool {
    s.big_tech
        || s.infrastructure.first().is_some_and(|(id, _)| {
            id.as_deref()
                .and_then(|id| day.provider(id))
                .is_some_and(|p| p.big_tech)
        })
}

pub fn sorted_services(day: &DayUsage, sort: Sort) -> Vec<&ServiceUsage> {
    let mut v: Vec<&ServiceUsage> = day.services.iter().collect();
    match sort {
        Sort::Bytes => {}
        Sort::BigTech => v.sort_by_key(|s| !service_is_big_tech(day, s)),
        Sort::Name => v.sort_by_cached_key(|s| s.name.to_lowercase()),
    }
    v
}

pub fn sorted_devices(
    day: &DayUsage,
    sort: Sort,
    name: impl Fn(&str) -> String,
) -> Vec<&DeviceUsage> {
    let mut v: Vec<&DeviceUsage> = day.devices.iter().collect();
    match sort {
        Sort::Bytes => {}
        Sort::BigTech => v.sort_by(|a, b| b.big_tech_share.total_cmp(&a.big_tech_share)),
        Sort::Name => v.sort_by_cached_key(|d| name(&d.id).to_lowercase()),
    }
    v
}

pub fn flow_rate(f: &FlowRow) -> f64 {
    f.up_bytes_per_sec + f.down_bytes_per_sec
}

pub fn sorted_flows<'a>(snap: &'a LiveSnapshot, sort: Sort, l10n: &Localizer) -> Vec<&'a FlowRow> {
    let mut v: Vec<&FlowRow> = snap.flows.iter().collect();
    match sort {
        Sort::Bytes => v.sort_by(|a, b| flow_rate(b).total_cmp(&flow_rate(a))),
        Sort::BigTech => v.sort_by_cached_key(|f| {
            provider_name(&snap.today, f.provider.as_deref(), l10n).to_lowercase()
        }),
        Sort::Name => v.sort_by_cached_key(|f| {
            f.service
                .clone()
                .or_else(|| f.name.clone())
                .unwrap_or_default()
                .to_lowercase()
        }),
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::fixtures;

    #[test]
    fn categories_add_up_to_the_day() {
        let snap = fixtures::monday();
        let rows = categories(&snap, true);
        let internet: u64 = rows
            .iter()
            .filter(|r| r.category != Category::Lan)
            .map(|r| r.bytes)
            .sum();
        assert_eq!(internet, snap.today.totals.bytes());
        let shares: f64 = rows.iter().filter_map(|r| r.share).sum();
        assert!((shares - 1.0).abs() < 1e-9);
        assert_eq!(rows[7].bytes, snap.today.lan.bytes());
        assert!(rows[0].bytes > 0 && rows[0].rate.is_some_and(|r| r > 0.0));
        // GitHub is Microsoft's.
        assert!(
            rows[2].bytes
                >= snap
                    .today
                    .provider("github")
                    .map_or(0, |p| p.traffic.bytes())
        );
        assert!(categories(&snap, false).iter().all(|r| r.rate.is_none()));
    }

    #[test]
    fn timeline_regroups_to_hours() {
        let snap = fixtures::monday();
        let (m, hours) = timeline(&snap.today, 60);
        assert_eq!((m, hours.len()), (60, 24));
        let sum =
            |b: &[TimeBucket]| -> u64 { b.iter().map(|x| x.big_tech_bytes + x.other_bytes).sum() };
        assert_eq!(sum(&hours), sum(&snap.today.timeline));
        let (m, same) = timeline(&snap.today, 10);
        assert_eq!((m, same.len()), (10, 144));
    }

    #[test]
    fn clock_weekday_and_labels() {
        let snap = fixtures::monday();
        assert_eq!(clock(&snap.today, snap.now_micros), "14:32:05");
        assert_eq!(now_bucket(&snap.today, snap.now_micros, 60), Some(14));
        assert_eq!(weekday("2027-03-08"), Some(Weekday::Monday));
        assert_eq!(weekday("March 8"), None);
        assert_eq!(baseline_weekday(&snap), Some(Weekday::Monday));
        let zoom = snap
            .today
            .services
            .iter()
            .find(|s| s.name == "Zoom")
            .unwrap();
        let en = Localizer::new(crate::i18n::Lang::En);
        assert_eq!(service_label(&snap.today, zoom, &en), "Zoom · Amazon");
        assert_eq!(name_source(Some("tls-sni"), &en), "SNI");
        assert_eq!(name_source(None, &en), "address");
    }
}
