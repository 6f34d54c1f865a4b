//! `nuage report merge`: several places' JSON reports combined into one collective report.
//!
//! Sums are exact; shares are recomputed from the sums (so a busy place weighs more), and
//! the spread across places (lowest and highest share) is kept beside them. Device details
//! never cross: the collective report has none.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use time::Date;
use time::macros::format_description;

use super::REPORT_SCHEMA_VERSION;
use super::model::{
    BaselineSection, BigTech, Change, DaySummary, DecisionRow, GroupRow, Health, HourRow,
    InfrastructureRow, LayerRow, Methods, NetworkRow, Period, PlaceRow, ProductRow, ProviderChange,
    ProviderRow, Range, Report, ReportKind, ServiceRow, Spread, Summary,
};
use crate::usage::{Traffic, relative_change};

#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("reading {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a nuage report (JSON): {source}")]
    Parse {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{path} has no schema_version: is it a `nuage report --format json` file?")]
    NoVersion { path: PathBuf },
    #[error(
        "{path} has report schema version {found}, this nuage reads version {expected}: write it again with the same nuage version"
    )]
    Version {
        path: PathBuf,
        found: u64,
        expected: u32,
    },
    #[error("{path} is already a collective report: merge the places' own reports instead")]
    Collective { path: PathBuf },
    #[error("nothing to merge: give at least one report")]
    Empty,
}

/// Reads and checks one place's JSON report.
pub fn load(path: &Path) -> Result<Report, MergeError> {
    let text = std::fs::read_to_string(path).map_err(|source| MergeError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&text, path)
}

/// Checks the version before the shape, so an old or newer file gets the helpful message.
pub fn parse(text: &str, path: &Path) -> Result<Report, MergeError> {
    let parse_err = |source| MergeError::Parse {
        path: path.to_path_buf(),
        source,
    };
    let value: serde_json::Value = serde_json::from_str(text).map_err(parse_err)?;
    let version = value
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| MergeError::NoVersion {
            path: path.to_path_buf(),
        })?;
    if version != u64::from(REPORT_SCHEMA_VERSION) {
        return Err(MergeError::Version {
            path: path.to_path_buf(),
            found: version,
            expected: REPORT_SCHEMA_VERSION,
        });
    }
    let report: Report = serde_json::from_value(value).map_err(parse_err)?;
    if report.kind == ReportKind::Collective {
        return Err(MergeError::Collective {
            path: path.to_path_buf(),
        });
    }
    Ok(report)
}

fn share(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Sums summaries. `active_minutes` counts place-minutes; its share is the mean of the
/// places' shares weighted by their minutes with data.
fn sum_summaries<'a>(items: impl IntoIterator<Item = &'a Summary>) -> Summary {
    let mut s = Summary::default();
    let mut weighted_active = 0.0;
    for x in items {
        s.totals.add(&x.totals);
        s.lan.add(&x.lan);
        s.big_tech.bytes += x.big_tech.bytes;
        s.big_tech.flows += x.big_tech.flows;
        s.big_tech.active_minutes += x.big_tech.active_minutes;
        s.big_tech.bytes_by_infrastructure += x.big_tech.bytes_by_infrastructure;
        s.big_tech.bytes_by_service_only += x.big_tech.bytes_by_service_only;
        s.minutes_with_data += x.minutes_with_data;
        weighted_active += x.big_tech.active_minutes_share * x.minutes_with_data as f64;
    }
    s.big_tech_share = share(s.big_tech.bytes, s.totals.bytes());
    s.big_tech = BigTech {
        flows_share: share(s.big_tech.flows, s.totals.flows),
        active_minutes_share: if s.minutes_with_data == 0 {
            0.0
        } else {
            weighted_active / s.minutes_with_data as f64
        },
        ..s.big_tech
    };
    s
}

/// Sorted by bytes, largest first, ties by key.
fn sorted<K: Ord, V>(map: BTreeMap<K, V>, bytes: impl Fn(&V) -> u64) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = map.into_iter().collect();
    v.sort_by(|a, b| bytes(&b.1).cmp(&bytes(&a.1)).then_with(|| a.0.cmp(&b.0)));
    v
}

fn parse_date(text: &str) -> Option<Date> {
    Date::parse(text, format_description!("[year]-[month]-[day]")).ok()
}

fn period(reports: &[Report]) -> Period {
    let from = reports
        .iter()
        .map(|r| r.period.from.clone())
        .min()
        .unwrap_or_default();
    let to = reports
        .iter()
        .map(|r| r.period.to.clone())
        .max()
        .unwrap_or_default();
    let zones: BTreeSet<&str> = reports
        .iter()
        .map(|r| r.period.time_zone.as_str())
        .collect();
    let days = parse_date(&from)
        .zip(parse_date(&to))
        .and_then(|(f, t)| u32::try_from((t - f).whole_days() + 1).ok())
        .unwrap_or_else(|| reports.iter().map(|r| r.period.days).max().unwrap_or(1));
    Period {
        from,
        to,
        time_zone: if zones.len() == 1 {
            zones.into_iter().next().unwrap_or("UTC").to_string()
        } else {
            "mixed".to_string()
        },
        days,
    }
}

fn providers(reports: &[Report], total: u64) -> Vec<ProviderRow> {
    let mut map: BTreeMap<Option<String>, (ProviderRow, BTreeMap<String, Traffic>)> =
        BTreeMap::new();
    for p in reports.iter().flat_map(|r| &r.providers) {
        let entry = map.entry(p.id.clone()).or_insert_with(|| {
            (
                ProviderRow {
                    traffic: Traffic::default(),
                    products: Vec::new(),
                    ..p.clone()
                },
                BTreeMap::new(),
            )
        });
        entry.0.traffic.add(&p.traffic);
        for x in &p.products {
            entry
                .1
                .entry(x.product.clone())
                .or_default()
                .add(&x.traffic);
        }
    }
    sorted(map, |(p, _)| p.traffic.bytes())
        .into_iter()
        .map(|(_, (mut p, products))| {
            p.share = share(p.traffic.bytes(), total);
            p.products = sorted(products, Traffic::bytes)
                .into_iter()
                .map(|(product, traffic)| ProductRow { product, traffic })
                .collect();
            p
        })
        .collect()
}

fn services(reports: &[Report], total: u64) -> Vec<ServiceRow> {
    type Infrastructure = BTreeMap<Option<String>, u64>;
    let mut map: BTreeMap<(Option<String>, bool), (ServiceRow, Infrastructure)> = BTreeMap::new();
    for s in reports.iter().flat_map(|r| &r.services) {
        let entry = map.entry((s.id.clone(), s.known)).or_insert_with(|| {
            (
                ServiceRow {
                    traffic: Traffic::default(),
                    infrastructure: Vec::new(),
                    ..s.clone()
                },
                BTreeMap::new(),
            )
        });
        entry.0.traffic.add(&s.traffic);
        for i in &s.infrastructure {
            *entry.1.entry(i.provider.clone()).or_default() += i.bytes;
        }
    }
    sorted(map, |(s, _)| s.traffic.bytes())
        .into_iter()
        .map(|(_, (mut s, infra))| {
            s.share = share(s.traffic.bytes(), total);
            s.infrastructure = sorted(infra, |b| *b)
                .into_iter()
                .map(|(provider, bytes)| InfrastructureRow { provider, bytes })
                .collect();
            s
        })
        .collect()
}

/// Bytes per day: the period's bytes over its days with data.
fn bytes_per_day(r: &Report) -> f64 {
    let days = r
        .days
        .iter()
        .filter(|d| d.summary.minutes_with_data > 0)
        .count()
        .max(1);
    r.summary.totals.bytes() as f64 / days as f64
}

/// The places' baselines added up, when every place has one.
fn baseline(reports: &[Report], summary: &Summary) -> Option<BaselineSection> {
    let all: Vec<&BaselineSection> = reports
        .iter()
        .map(|r| r.baseline.as_ref())
        .collect::<Option<_>>()?;
    let mean_bytes: f64 = all.iter().map(|b| b.mean_bytes).sum();
    let mean_big: f64 = all.iter().map(|b| b.mean_big_tech_bytes).sum();
    let now_bytes: f64 = all.iter().map(|b| b.mean_bytes + b.change.bytes).sum();
    let now_big: f64 = all
        .iter()
        .map(|b| b.mean_big_tech_bytes + b.change.big_tech_bytes)
        .sum();
    let usual_share = if mean_bytes > 0.0 {
        mean_big / mean_bytes
    } else {
        0.0
    };
    let mut map: BTreeMap<Option<String>, ProviderChange> = BTreeMap::new();
    let mut order: Vec<Option<String>> = Vec::new();
    for p in all.iter().flat_map(|b| &b.providers) {
        let e = map.entry(p.id.clone()).or_insert_with(|| {
            order.push(p.id.clone());
            ProviderChange {
                bytes: 0.0,
                baseline_bytes: 0.0,
                ..p.clone()
            }
        });
        e.bytes += p.bytes;
        e.baseline_bytes += p.baseline_bytes;
    }
    let mut providers: Vec<ProviderChange> = order
        .into_iter()
        .filter_map(|id| map.remove(&id))
        .map(|mut p| {
            p.change_bytes = p.bytes - p.baseline_bytes;
            p.change_relative = relative_change(p.bytes, p.baseline_bytes);
            p
        })
        .collect();
    providers.sort_by(|a, b| b.bytes.total_cmp(&a.bytes).then(a.id.cmp(&b.id)));
    let days: BTreeSet<String> = all.iter().flat_map(|b| b.days.iter().cloned()).collect();
    Some(BaselineSection {
        method: "places".to_string(),
        days: days.into_iter().collect(),
        big_tech_share: usual_share,
        mean_bytes,
        mean_big_tech_bytes: mean_big,
        change: Change {
            big_tech_share_points: summary.big_tech_share - usual_share,
            big_tech_share_relative: relative_change(summary.big_tech_share, usual_share),
            bytes: now_bytes - mean_bytes,
            bytes_relative: relative_change(now_bytes, mean_bytes),
            big_tech_bytes: now_big - mean_big,
            big_tech_bytes_relative: relative_change(now_big, mean_big),
        },
        providers,
    })
}

fn place_name(r: &Report, i: usize) -> String {
    r.place
        .clone()
        .unwrap_or_else(|| format!("place {}", i + 1))
}

fn health(reports: &[Report], total: u64) -> Health {
    let sum_opt = |f: fn(&Health) -> Option<u64>| {
        reports
            .iter()
            .filter_map(|r| f(&r.health))
            .reduce(|a, b| a + b)
    };
    let mut layers: BTreeMap<String, u64> = BTreeMap::new();
    let mut decided: BTreeMap<String, u64> = BTreeMap::new();
    for h in reports.iter().map(|r| &r.health) {
        for l in &h.layers {
            *layers.entry(l.layer.clone()).or_default() += l.bytes;
        }
        for d in &h.decided_by {
            *decided.entry(d.decided_by.clone()).or_default() += d.bytes;
        }
    }
    let unattributed: u64 = reports.iter().map(|r| r.health.unattributed_bytes).sum();
    let daemon = reports.iter().any(|r| r.health.source == "daemon");
    Health {
        source: if daemon { "daemon" } else { "database" }.to_string(),
        period_minutes: reports.iter().map(|r| r.health.period_minutes).sum(),
        minutes_with_data: reports.iter().map(|r| r.health.minutes_with_data).sum(),
        gaps: reports
            .iter()
            .enumerate()
            .flat_map(|(i, r)| {
                let name = place_name(r, i);
                r.health.gaps.iter().map(move |g| super::model::Gap {
                    start_local: format!("{name}: {}", g.start_local),
                    ..g.clone()
                })
            })
            .collect(),
        gap_minutes: reports.iter().map(|r| r.health.gap_minutes).sum(),
        dropped_packets: sum_opt(|h| h.dropped_packets),
        clock_jumps: sum_opt(|h| h.clock_jumps),
        unattributed_bytes: unattributed,
        unattributed_share: share(unattributed, total),
        unnamed_bytes: reports.iter().map(|r| r.health.unnamed_bytes).sum(),
        ranges_version: reports
            .iter()
            .filter_map(|r| r.health.ranges_version.clone())
            .min(),
        ranges_age_days: reports
            .iter()
            .filter_map(|r| r.health.ranges_age_days)
            .max(),
        layers: sorted(layers, |b| *b)
            .into_iter()
            .map(|(layer, bytes)| LayerRow { layer, bytes })
            .collect(),
        decided_by: sorted(decided, |b| *b)
            .into_iter()
            .map(|(decided_by, bytes)| DecisionRow { decided_by, bytes })
            .collect(),
    }
}

/// Combines places' reports. Device rows are dropped whatever the inputs hold.
pub fn merge(reports: &[Report], generator: &str) -> Result<Report, MergeError> {
    if reports.is_empty() {
        return Err(MergeError::Empty);
    }
    let summary = sum_summaries(reports.iter().map(|r| &r.summary));
    let total = summary.totals.bytes();

    let mut days: BTreeMap<String, Vec<&Summary>> = BTreeMap::new();
    for d in reports.iter().flat_map(|r| &r.days) {
        days.entry(d.day.clone()).or_default().push(&d.summary);
    }
    let mut groups: BTreeMap<String, Traffic> = BTreeMap::new();
    for g in reports.iter().flat_map(|r| &r.groups) {
        groups.entry(g.group.clone()).or_default().add(&g.traffic);
    }
    let mut networks: BTreeMap<String, u64> = BTreeMap::new();
    for n in reports.iter().flat_map(|r| &r.networks) {
        *networks.entry(n.network.clone()).or_default() += n.bytes;
    }
    let mut hours: BTreeMap<(String, u32), HourRow> = BTreeMap::new();
    for h in reports.iter().flat_map(|r| &r.hours) {
        let e = hours
            .entry((h.day.clone(), h.hour))
            .or_insert_with(|| HourRow {
                big_tech_bytes: 0,
                other_bytes: 0,
                lan_bytes: 0,
                ..h.clone()
            });
        e.big_tech_bytes += h.big_tech_bytes;
        e.other_bytes += h.other_bytes;
        e.lan_bytes += h.lan_bytes;
    }
    let places: Vec<PlaceRow> = reports
        .iter()
        .enumerate()
        .map(|(i, r)| PlaceRow {
            place: place_name(r, i),
            period: r.period.clone(),
            summary: r.summary,
            big_tech_share_change_points: r
                .baseline
                .as_ref()
                .map(|b| b.change.big_tech_share_points),
        })
        .collect();
    let privacy: BTreeSet<&str> = reports.iter().map(|r| r.methods.privacy.as_str()).collect();
    let companies: BTreeSet<String> = reports
        .iter()
        .flat_map(|r| r.methods.big_tech_companies.iter().cloned())
        .collect();
    let spread = Spread {
        big_tech_share: Range::of(reports.iter().map(|r| r.summary.big_tech_share))
            .unwrap_or(Range { min: 0.0, max: 0.0 }),
        bytes_per_day: Range::of(reports.iter().map(bytes_per_day))
            .unwrap_or(Range { min: 0.0, max: 0.0 }),
        big_tech_share_change_points: Range::of(
            places.iter().filter_map(|p| p.big_tech_share_change_points),
        ),
    };
    Ok(Report {
        schema_version: REPORT_SCHEMA_VERSION,
        kind: ReportKind::Collective,
        generator: generator.to_string(),
        place: None,
        period: period(reports),
        days: days
            .into_iter()
            .map(|(day, s)| DaySummary {
                day,
                summary: sum_summaries(s),
            })
            .collect(),
        groups: sorted(groups, Traffic::bytes)
            .into_iter()
            .map(|(group, traffic)| GroupRow {
                share: share(traffic.bytes(), total),
                group,
                traffic,
            })
            .collect(),
        providers: providers(reports, total),
        services: services(reports, total),
        networks: sorted(networks, |b| *b)
            .into_iter()
            .map(|(network, bytes)| NetworkRow { network, bytes })
            .collect(),
        hours: hours.into_values().collect(),
        devices: None,
        baseline: baseline(reports, &summary),
        health: health(reports, total),
        methods: Methods {
            big_tech_rule: reports[0].methods.big_tech_rule.clone(),
            big_tech_companies: companies.into_iter().collect(),
            privacy: if privacy.len() == 1 {
                privacy.into_iter().next().unwrap_or("mixed").to_string()
            } else {
                "mixed".to_string()
            },
        },
        summary,
        places,
        spread: Some(spread),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Privacy;
    use crate::report::build::tests::sample;

    #[test]
    fn places_add_up_and_keep_their_spread() {
        let a = sample("2027-03-08", 900, Privacy::Full);
        let b = sample("2027-03-08", 100, Privacy::Full);
        let m = merge(&[a.clone(), b.clone()], "nuage test").unwrap();
        assert_eq!(m.kind, ReportKind::Collective);
        assert!(m.devices.is_none());
        assert_eq!(m.summary.totals.bytes(), 1000 + 200);
        assert_eq!(m.summary.big_tech.bytes, 1000);
        assert!((m.summary.big_tech_share - 1000.0 / 1200.0).abs() < 1e-12);
        let spread = m.spread.unwrap();
        assert!((spread.big_tech_share.min - 0.5).abs() < 1e-12);
        assert!((spread.big_tech_share.max - 0.9).abs() < 1e-12);
        assert_eq!(m.providers[0].traffic.bytes(), 1000);
        assert_eq!(m.hours.len(), 24);
        assert_eq!(m.hours[8].big_tech_bytes, 1000);
        assert_eq!(m.health.dropped_packets, Some(6));
        assert_eq!(m.health.gaps.len(), 2);
        assert!(
            m.health.gaps[0]
                .start_local
                .starts_with("place 2027-03-08: ")
        );
        let baseline = m.baseline.unwrap();
        assert_eq!(baseline.method, "places");
        assert_eq!(baseline.mean_bytes, 2.0 * 1000.0 + 2.0 * 200.0);
        assert_eq!(m.period.days, 1);
        assert_eq!(m.places.len(), 2);
    }

    #[test]
    fn versions_and_kinds_are_checked_naming_the_file() {
        let path = Path::new("ateneu.json");
        let r = sample("2027-03-08", 1, Privacy::Aggregate);
        let text = serde_json::to_string(&r).unwrap();
        assert_eq!(parse(&text, path).unwrap(), r);
        let newer = text.replacen("\"schema_version\":1", "\"schema_version\":2", 1);
        let e = parse(&newer, path).unwrap_err().to_string();
        assert!(e.contains("ateneu.json") && e.contains("version 2"), "{e}");
        let e = parse("{\"kind\":\"place\"}", path).unwrap_err().to_string();
        assert!(e.contains("no schema_version"), "{e}");
        let e = parse("[1,", path).unwrap_err().to_string();
        assert!(e.starts_with("ateneu.json is not a nuage report"), "{e}");
        let merged = merge(&[r], "t").unwrap();
        let e = parse(&serde_json::to_string(&merged).unwrap(), path)
            .unwrap_err()
            .to_string();
        assert!(e.contains("already a collective report"), "{e}");
        assert!(matches!(merge(&[], "t"), Err(MergeError::Empty)));
    }
}
