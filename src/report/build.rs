//! From [`DayUsage`] to a [`Report`]: every figure is copied or derived from the usage model,
//! so a report agrees with the dashboard and the control socket for the same day.

use std::collections::BTreeSet;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use time::Date;
use time::macros::format_description;

use super::model::{
    BaselineSection, BigTech, Change, DaySummary, DecisionRow, Gap, Health, HourRow,
    InfrastructureRow, LayerRow, Methods, NetworkRow, Period, ProviderChange, Report, ReportKind,
    ServiceRow, Summary,
};
use crate::config::Privacy;
use crate::usage::{Baseline, DayUsage, OTHER_NETWORKS, relative_change};

/// The usual day to compare with, and how its days were chosen.
#[derive(Debug, Clone)]
pub struct BaselineInput {
    /// `same-weekday` or `range`.
    pub method: String,
    pub baseline: Baseline,
}

/// What the store knows about the capture over the period.
#[derive(Debug, Clone, Default)]
pub struct HealthInput {
    /// True when read through the daemon's control socket (no gaps, drops or jumps known).
    pub from_daemon: bool,
    /// UTC epoch minute spans `[start, end)` with nothing captured, and why.
    pub gaps: Vec<(i64, i64, String)>,
    pub dropped_packets: Option<u64>,
    pub clock_jumps: Option<u64>,
    /// Date (`YYYY-MM-DD`) of the provider range data in use.
    pub ranges_version: Option<String>,
}

/// Everything a report is made of.
#[derive(Debug, Clone)]
pub struct ReportInput<'a> {
    pub place: Option<String>,
    /// The whole period as one span (the day itself for a one-day report).
    pub period: &'a DayUsage,
    /// Each local day of the period, in order.
    pub days: &'a [DayUsage],
    pub baseline: Option<BaselineInput>,
    pub health: HealthInput,
    /// Asked for, and allowed by `privacy` (anything but `aggregate`).
    pub per_device: bool,
    pub privacy: Privacy,
    pub big_tech_companies: Vec<String>,
    /// The program that wrote it (`nuage 0.1.0`).
    pub generator: String,
}

fn summary(d: &DayUsage) -> Summary {
    Summary {
        totals: d.totals,
        lan: d.lan,
        big_tech_share: d.big_tech.share,
        big_tech: BigTech {
            bytes: d.big_tech.bytes,
            flows: d.big_tech.flows,
            flows_share: d.big_tech.flows_share,
            active_minutes: d.big_tech.active_minutes,
            active_minutes_share: d.big_tech.active_minutes_share,
            bytes_by_infrastructure: d.big_tech.bytes_by_infrastructure,
            bytes_by_service_only: d.big_tech.bytes_by_service_only,
        },
        minutes_with_data: d.minutes_with_data,
    }
}

/// The zone of a day's span, when it names one jiff knows (`UTC` included).
fn zone_of(d: &DayUsage) -> Option<TimeZone> {
    TimeZone::get(&d.span.time_zone).ok()
}

/// A UTC minute on the wall clock of `tz`: (`YYYY-MM-DD`, `HH:MM`, `+01:00`).
fn wall_clock(tz: &TimeZone, minute: i64) -> Option<(String, String, String)> {
    let zoned = Timestamp::from_second(minute.checked_mul(60)?)
        .ok()?
        .to_zoned_datetime(tz.clone());
    let offset = zoned.offset().seconds();
    let sign = if offset < 0 { '-' } else { '+' };
    let offset = offset.unsigned_abs();
    Some((
        zoned.date().to_string(),
        format!("{:02}:{:02}", zoned.hour(), zoned.minute()),
        format!("{sign}{:02}:{:02}", offset / 3600, offset % 3600 / 60),
    ))
}

/// Sums a day's timeline into hours since local midnight, each labelled with the time on
/// the clock when it starts (on the days the clocks change, hour 2 is 03:00 or 02:00 again).
fn hours(d: &DayUsage) -> Vec<HourRow> {
    let count = (d.span.minutes() + 59) / 60;
    let zone = zone_of(d);
    let mut rows: Vec<HourRow> = (0..count)
        .map(|h| {
            let clock = zone
                .as_ref()
                .and_then(|tz| wall_clock(tz, d.span.start_minute + h * 60));
            let (local_time, utc_offset) = match clock {
                Some((_, time, offset)) => (time, offset),
                // A zone jiff does not know (`local`): count from midnight, as before.
                None => (format!("{:02}:00", h % 24), String::new()),
            };
            HourRow {
                day: d.span.label.clone(),
                hour: u32::try_from(h).unwrap_or(u32::MAX),
                local_time,
                utc_offset,
                big_tech_bytes: 0,
                other_bytes: 0,
                lan_bytes: 0,
            }
        })
        .collect();
    for b in &d.timeline {
        let index = usize::try_from((b.start_minute - d.span.start_minute).div_euclid(60)).ok();
        if let Some(row) = index.and_then(|i| rows.get_mut(i)) {
            row.big_tech_bytes += b.big_tech_bytes;
            row.other_bytes += b.other_bytes;
            row.lan_bytes += b.lan_bytes;
        }
    }
    rows
}

fn parse_date(text: &str) -> Option<Date> {
    Date::parse(text, format_description!("[year]-[month]-[day]")).ok()
}

/// `2027-03-08 13:20` for a minute, on the wall clock of the local day that holds it.
fn local_label(days: &[DayUsage], minute: i64) -> String {
    match days.iter().find(|d| d.span.contains(minute)) {
        Some(d) => match zone_of(d).and_then(|tz| wall_clock(&tz, minute)) {
            Some((_, time, _)) => format!("{} {time}", d.span.label),
            None => {
                let m = minute - d.span.start_minute;
                format!("{} {:02}:{:02}", d.span.label, m / 60, m % 60)
            }
        },
        None => format!("minute {minute}"),
    }
}

fn health(input: &ReportInput<'_>) -> Health {
    let p = input.period;
    let mut gaps: Vec<Gap> = input
        .health
        .gaps
        .iter()
        .filter_map(|(start, end, reason)| {
            let (start, end) = (
                (*start).max(p.span.start_minute),
                (*end).min(p.span.end_minute),
            );
            (start < end).then(|| Gap {
                start_minute: start,
                end_minute: end,
                start_local: local_label(input.days, start),
                minutes: u64::try_from(end - start).unwrap_or(0),
                reason: reason.clone(),
            })
        })
        .collect();
    gaps.sort_by_key(|g| g.start_minute);
    let unattributed_bytes = p
        .layers
        .iter()
        .filter(|l| l.origin.is_none())
        .map(|l| l.bytes)
        .sum();
    let total = p.totals.bytes();
    let ranges_age_days = input
        .health
        .ranges_version
        .as_deref()
        .and_then(parse_date)
        .zip(input.days.last().and_then(|d| parse_date(&d.span.label)))
        .map(|(version, last)| (last - version).whole_days());
    Health {
        source: if input.health.from_daemon {
            "daemon"
        } else {
            "database"
        }
        .to_string(),
        period_minutes: u64::try_from(p.span.minutes()).unwrap_or(0),
        minutes_with_data: p.minutes_with_data,
        gap_minutes: gaps.iter().map(|g| g.minutes).sum(),
        gaps,
        dropped_packets: input.health.dropped_packets,
        clock_jumps: input.health.clock_jumps,
        unattributed_bytes,
        unattributed_share: share(unattributed_bytes, total),
        unnamed_bytes: p
            .services
            .iter()
            .filter(|s| s.id.is_none())
            .map(|s| s.traffic.bytes())
            .sum(),
        ranges_version: input.health.ranges_version.clone(),
        ranges_age_days,
        layers: p
            .layers
            .iter()
            .map(|l| LayerRow {
                layer: l.origin.map_or("unattributed", |o| o.id()).to_string(),
                bytes: l.bytes,
            })
            .collect(),
        decided_by: p
            .decided_by
            .iter()
            .map(|(d, bytes)| DecisionRow {
                decided_by: d.id().to_string(),
                bytes: *bytes,
            })
            .collect(),
    }
}

fn share(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// The period per day against the baseline; "per day" divides by the days that had data.
fn baseline_section(input: &ReportInput<'_>, b: &BaselineInput) -> BaselineSection {
    let p = input.period;
    let days_with_data = input.days.iter().filter(|d| !d.is_empty()).count().max(1) as f64;
    let bytes = p.totals.bytes() as f64 / days_with_data;
    let big_bytes = p.big_tech.bytes as f64 / days_with_data;
    let usual = &b.baseline;
    let mut providers: Vec<ProviderChange> = p
        .providers
        .iter()
        .map(|pr| {
            let now = pr.traffic.bytes() as f64 / days_with_data;
            let before = usual.provider_mean(pr.id.as_deref());
            ProviderChange {
                id: pr.id.clone(),
                name: pr.name.clone(),
                big_tech: pr.big_tech,
                bytes: now,
                baseline_bytes: before,
                change_bytes: now - before,
                change_relative: relative_change(now, before),
            }
        })
        .collect();
    let seen: BTreeSet<Option<String>> = p.providers.iter().map(|pr| pr.id.clone()).collect();
    for gone in usual.providers.iter().filter(|u| !seen.contains(&u.id)) {
        providers.push(ProviderChange {
            id: gone.id.clone(),
            // The baseline keeps ids only: the catalogue's name is found by the renderers.
            name: gone
                .id
                .clone()
                .unwrap_or_else(|| OTHER_NETWORKS.to_string()),
            big_tech: false,
            bytes: 0.0,
            baseline_bytes: gone.mean_bytes,
            change_bytes: -gone.mean_bytes,
            change_relative: relative_change(0.0, gone.mean_bytes),
        });
    }
    BaselineSection {
        method: b.method.clone(),
        days: usual.days.clone(),
        big_tech_share: usual.big_tech_share,
        mean_bytes: usual.mean_bytes,
        mean_big_tech_bytes: usual.mean_big_tech_bytes,
        change: Change {
            big_tech_share_points: p.big_tech.share - usual.big_tech_share,
            big_tech_share_relative: relative_change(p.big_tech.share, usual.big_tech_share),
            bytes: bytes - usual.mean_bytes,
            bytes_relative: relative_change(bytes, usual.mean_bytes),
            big_tech_bytes: big_bytes - usual.mean_big_tech_bytes,
            big_tech_bytes_relative: relative_change(big_bytes, usual.mean_big_tech_bytes),
        },
        providers,
    }
}

/// Builds the report. Devices appear only when asked for and the privacy setting keeps them.
pub fn build(input: &ReportInput<'_>) -> Report {
    let p = input.period;
    let from = input
        .days
        .first()
        .map_or_else(|| p.span.label.clone(), |d| d.span.label.clone());
    let to = input
        .days
        .last()
        .map_or_else(|| p.span.label.clone(), |d| d.span.label.clone());
    let show_devices = input.per_device && input.privacy != Privacy::Aggregate;
    Report {
        schema_version: super::REPORT_SCHEMA_VERSION,
        kind: ReportKind::Place,
        generator: input.generator.clone(),
        place: input.place.clone(),
        period: Period {
            from,
            to,
            time_zone: p.span.time_zone.clone(),
            days: u32::try_from(input.days.len().max(1)).unwrap_or(u32::MAX),
        },
        summary: summary(p),
        days: input
            .days
            .iter()
            .map(|d| DaySummary {
                day: d.span.label.clone(),
                summary: summary(d),
            })
            .collect(),
        groups: p.groups.clone(),
        providers: p.providers.clone(),
        services: p
            .services
            .iter()
            .map(|s| ServiceRow {
                id: s.id.clone(),
                name: s.name.clone(),
                owner: s.owner.clone(),
                known: s.known,
                big_tech: s.big_tech,
                traffic: s.traffic,
                share: s.share,
                infrastructure: s
                    .infrastructure
                    .iter()
                    .map(|(provider, bytes)| InfrastructureRow {
                        provider: provider.clone(),
                        bytes: *bytes,
                    })
                    .collect(),
                name_source: s.name_source.clone(),
            })
            .collect(),
        networks: p
            .networks
            .iter()
            .map(|(network, bytes)| NetworkRow {
                network: network.clone(),
                bytes: *bytes,
            })
            .collect(),
        hours: input.days.iter().flat_map(hours).collect(),
        devices: show_devices.then(|| p.devices.clone()),
        baseline: input.baseline.as_ref().map(|b| baseline_section(input, b)),
        health: health(input),
        methods: Methods {
            big_tech_rule: "infrastructure-or-service-owner".to_string(),
            big_tech_companies: input.big_tech_companies.clone(),
            privacy: input.privacy.id().to_string(),
        },
        places: Vec::new(),
        spread: None,
    }
}

/// The companies whose infrastructure or services count as Big Tech Cloud, from the
/// catalogue, sorted.
pub fn big_tech_companies(catalogue: &crate::ranges::Catalogue) -> Vec<String> {
    let set: BTreeSet<String> = catalogue
        .providers()
        .iter()
        .filter(|p| p.group == crate::ranges::Group::BigTech)
        .map(|p| p.company.clone())
        .collect();
    set.into_iter().collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::flow::{Counts, Direction};
    use crate::names::ServiceCatalogue;
    use crate::ranges::Catalogue;
    use crate::usage::{BigTechRule, Naming, Origin, UsageKey, UsageSpan};

    /// A one-day report over a few known rows: `google_bytes` of YouTube at 08:00 and 100
    /// bytes unattributed at 20:00, on device `dev-a`.
    pub(crate) fn sample(label: &str, google_bytes: u64, privacy: Privacy) -> Report {
        let catalogue = Catalogue::bundled().unwrap();
        let services = ServiceCatalogue::bundled().unwrap();
        let rule = BigTechRule::new(&catalogue, &services);
        let naming = Naming {
            catalogue: &catalogue,
            services: &services,
            rule: &rule,
        };
        let span = UsageSpan {
            label: label.into(),
            time_zone: "UTC".into(),
            start_minute: 0,
            end_minute: 1440,
        };
        let mut yt = UsageKey::internet(8 * 60, Direction::Down);
        yt.provider = Some("google".into());
        yt.service = Some("youtube".into());
        yt.origin = Some(Origin::Official);
        yt.device = Some("dev-a".into());
        let mut other = UsageKey::internet(20 * 60, Direction::Up);
        other.device = Some("dev-a".into());
        let rows = [
            (
                yt,
                Counts {
                    bytes: google_bytes,
                    packets: 10,
                    new_flows: 1,
                },
            ),
            (
                other,
                Counts {
                    bytes: 100,
                    packets: 1,
                    new_flows: 1,
                },
            ),
        ];
        let day = DayUsage::build(span, rows.iter().map(|(k, c)| (k, c)), naming, 10);
        let usual = Baseline::from_days([&day]).unwrap();
        let days = [day.clone()];
        build(&ReportInput {
            place: Some(format!("place {label}")),
            period: &day,
            days: &days,
            baseline: Some(BaselineInput {
                method: "range".into(),
                baseline: Baseline {
                    days: vec!["2027-03-01".into()],
                    mean_bytes: usual.mean_bytes * 2.0,
                    ..usual
                },
            }),
            health: HealthInput {
                gaps: vec![
                    (-30, 30, "daemon stopped".into()),
                    (2000, 2100, "later".into()),
                ],
                dropped_packets: Some(3),
                clock_jumps: Some(0),
                ranges_version: Some("2027-02-26".into()),
                from_daemon: false,
            },
            per_device: true,
            privacy,
            big_tech_companies: big_tech_companies(&catalogue),
            generator: "nuage test".into(),
        })
    }

    #[test]
    fn hours_gaps_and_health_come_from_the_day() {
        let r = sample("2027-03-08", 1000, Privacy::Full);
        assert_eq!(r.hours.len(), 24);
        assert_eq!(r.hours[8].big_tech_bytes, 1000);
        assert_eq!(r.hours[20].other_bytes, 100);
        // The gap is clipped to the day; the one after it is left out.
        assert_eq!(r.health.gaps.len(), 1);
        assert_eq!(r.health.gaps[0].start_local, "2027-03-08 00:00");
        assert_eq!(r.health.gap_minutes, 30);
        assert_eq!(r.health.ranges_age_days, Some(10));
        assert_eq!(r.health.unattributed_bytes, 100);
        assert_eq!(r.health.unnamed_bytes, 100);
        assert!(
            r.methods
                .big_tech_companies
                .contains(&"Alphabet".to_string())
        );
    }

    /// Madrid's clock changes of 2027: 23 hours on 28 March, 25 on 31 October.
    #[test]
    fn hours_carry_the_clock_time_on_the_days_the_clocks_change() {
        let catalogue = Catalogue::bundled().unwrap();
        let services = ServiceCatalogue::bundled().unwrap();
        let rule = BigTechRule::new(&catalogue, &services);
        let naming = Naming {
            catalogue: &catalogue,
            services: &services,
            rule: &rule,
        };
        let days = crate::store::LocalDays::new(Some("Europe/Madrid")).unwrap();
        let clock = |date: &str| -> Vec<(String, String)> {
            let span = days.span(date.parse().unwrap());
            let day = DayUsage::build(span, std::iter::empty(), naming, 60);
            hours(&day)
                .into_iter()
                .map(|h| (h.local_time, h.utc_offset))
                .collect()
        };
        let spring = clock("2027-03-28");
        assert_eq!(spring.len(), 23);
        let times: Vec<&str> = spring.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(&times[..4], ["00:00", "01:00", "03:00", "04:00"]);
        assert_eq!(times[22], "23:00");
        let autumn = clock("2027-10-31");
        assert_eq!(autumn.len(), 25);
        let pairs: Vec<(&str, &str)> = autumn
            .iter()
            .map(|(t, o)| (t.as_str(), o.as_str()))
            .collect();
        assert_eq!(
            &pairs[1..5],
            [
                ("01:00", "+02:00"),
                ("02:00", "+02:00"),
                ("02:00", "+01:00"),
                ("03:00", "+01:00")
            ]
        );
        assert_eq!(pairs[24], ("23:00", "+01:00"));
        // A zone jiff does not know counts from midnight, as before.
        let mut odd = DayUsage::build(
            UsageSpan {
                label: "2027-03-28".into(),
                time_zone: "local".into(),
                start_minute: 0,
                end_minute: 120,
            },
            std::iter::empty(),
            naming,
            60,
        );
        odd.timeline.clear();
        let h = hours(&odd);
        assert_eq!(
            (h[1].local_time.as_str(), h[1].utc_offset.as_str()),
            ("01:00", "")
        );
    }

    #[test]
    fn baseline_changes_are_per_day_against_the_usual() {
        let r = sample("2027-03-08", 1000, Privacy::Full);
        let b = r.baseline.unwrap();
        assert_eq!(b.mean_bytes, 2200.0);
        assert_eq!(b.change.bytes, -1100.0);
        assert_eq!(b.change.bytes_relative, Some(-0.5));
        assert_eq!(b.change.big_tech_share_points, 0.0);
        let google = &b.providers[0];
        assert_eq!(google.id.as_deref(), Some("google"));
        assert_eq!(google.change_relative, Some(0.0));
    }

    #[test]
    fn devices_only_when_the_privacy_setting_keeps_them() {
        assert!(sample("d", 10, Privacy::Full).devices.is_some());
        assert!(sample("d", 10, Privacy::DevicesAnonymous).devices.is_some());
        assert!(sample("d", 10, Privacy::Aggregate).devices.is_none());
    }
}
