//! [`DayUsage::build`]: the one computation from per-minute rows to what people see.

use std::collections::BTreeMap;

use super::day::{
    BigTechShare, DayUsage, DeviceUsage, GroupUsage, LayerUsage, ProductUsage, ProviderUsage,
    ServiceUsage, TimeBucket, Traffic, UsageSpan,
};
use super::{BigTechRule, DecidedBy, Origin, UsageKey};
use crate::flow::{Counts, Direction, Scope};
use crate::names::ServiceCatalogue;
use crate::ranges::Catalogue;

/// What the builder needs to name things.
#[derive(Debug, Clone, Copy)]
pub struct Naming<'a> {
    pub catalogue: &'a Catalogue,
    pub services: &'a ServiceCatalogue,
    pub rule: &'a BigTechRule,
}

fn traffic_of(direction: Direction, c: &Counts) -> Traffic {
    match direction {
        Direction::Up => Traffic {
            bytes_up: c.bytes,
            packets_up: c.packets,
            flows: c.new_flows,
            ..Traffic::default()
        },
        Direction::Down => Traffic {
            bytes_down: c.bytes,
            packets_down: c.packets,
            flows: c.new_flows,
            ..Traffic::default()
        },
    }
}

fn share(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// Sorted largest first, ties by key so output is deterministic.
fn by_bytes_desc<K: Ord + Clone, V>(map: BTreeMap<K, V>, bytes: impl Fn(&V) -> u64) -> Vec<(K, V)> {
    let mut v: Vec<(K, V)> = map.into_iter().collect();
    v.sort_by(|a, b| bytes(&b.1).cmp(&bytes(&a.1)).then_with(|| a.0.cmp(&b.0)));
    v
}

/// Accumulators borrow the rows' strings: the daemon rebuilds its live day once a second
/// from tens of thousands of rows, so nothing is allocated per row.
#[derive(Default)]
struct ServiceAcc<'r> {
    traffic: Traffic,
    infrastructure: BTreeMap<Option<&'r str>, u64>,
    sources: BTreeMap<&'r str, u64>,
}

/// Per minute of the span: any traffic, Internet bytes, Big Tech bytes.
const ANY: u8 = 1;
const INTERNET: u8 = 2;
const BIG: u8 = 4;

#[derive(Default)]
struct DeviceAcc {
    traffic: Traffic,
    big_tech: u64,
    lan: u64,
}

impl DayUsage {
    /// Totals of the rows whose minute falls in `span`, with a timeline of `bucket_minutes`
    /// (at least 1) slices. Rows outside the span are ignored.
    pub fn build<'r>(
        span: UsageSpan,
        rows: impl IntoIterator<Item = (&'r UsageKey, &'r Counts)>,
        naming: Naming<'_>,
        bucket_minutes: u32,
    ) -> DayUsage {
        let bucket_minutes = bucket_minutes.max(1);
        let buckets = span.minutes().div_euclid(i64::from(bucket_minutes))
            + i64::from(span.minutes() % i64::from(bucket_minutes) != 0);
        let mut timeline: Vec<TimeBucket> = (0..buckets)
            .map(|i| TimeBucket {
                start_minute: span.start_minute + i * i64::from(bucket_minutes),
                ..TimeBucket::default()
            })
            .collect();

        let mut totals = Traffic::default();
        let mut lan = Traffic::default();
        let mut big = BigTechShare::default();
        let mut groups: BTreeMap<&str, Traffic> = BTreeMap::new();
        let mut providers: BTreeMap<Option<&str>, (Traffic, BTreeMap<&str, Traffic>)> =
            BTreeMap::new();
        let mut services: BTreeMap<(Option<&str>, bool), ServiceAcc<'_>> = BTreeMap::new();
        let mut devices: BTreeMap<&str, DeviceAcc> = BTreeMap::new();
        let mut networks: BTreeMap<&str, u64> = BTreeMap::new();
        let mut layers: BTreeMap<Option<Origin>, u64> = BTreeMap::new();
        let mut decided: BTreeMap<DecidedBy, u64> = BTreeMap::new();
        let mut minutes = vec![0u8; usize::try_from(span.minutes()).unwrap_or(0)];
        let mut mark = |minute: i64, flag: u8| {
            if let Some(m) = usize::try_from(minute - span.start_minute)
                .ok()
                .and_then(|i| minutes.get_mut(i))
            {
                *m |= flag;
            }
        };

        for (key, counts) in rows {
            if !span.contains(key.minute) {
                continue;
            }
            let t = traffic_of(key.direction, counts);
            if t.bytes() == 0 && t.packets() == 0 && t.flows == 0 {
                continue;
            }
            mark(key.minute, ANY);
            let bucket = usize::try_from(
                (key.minute - span.start_minute).div_euclid(i64::from(bucket_minutes)),
            )
            .ok()
            .and_then(|i| timeline.get_mut(i));
            if key.scope == Scope::Lan {
                lan.add(&t);
                if let Some(b) = bucket {
                    b.lan_bytes += t.bytes();
                }
                if let Some(d) = &key.device {
                    devices.entry(d).or_default().lan += t.bytes();
                }
                continue;
            }
            totals.add(&t);
            if t.bytes() > 0 {
                mark(key.minute, INTERNET);
            }
            let decision = naming
                .rule
                .decide(key.provider.as_deref(), key.service.as_deref());
            *decided.entry(decision).or_default() += t.bytes();
            if decision.is_big_tech() {
                big.bytes += t.bytes();
                big.flows += t.flows;
                match decision {
                    DecidedBy::Service => big.bytes_by_service_only += t.bytes(),
                    _ => big.bytes_by_infrastructure += t.bytes(),
                }
                if t.bytes() > 0 {
                    mark(key.minute, BIG);
                }
            }
            if let Some(b) = bucket {
                if decision.is_big_tech() {
                    b.big_tech_bytes += t.bytes();
                } else {
                    b.other_bytes += t.bytes();
                }
            }
            let provider = key
                .provider
                .as_deref()
                .and_then(|id| naming.catalogue.provider(id));
            let group = provider.map_or("none", |p| p.group.id());
            groups.entry(group).or_default().add(&t);
            let p = providers.entry(key.provider.as_deref()).or_default();
            p.0.add(&t);
            if let Some(product) = &key.product {
                p.1.entry(product).or_default().add(&t);
            }
            if key.provider.is_none()
                && let Some(n) = &key.network
            {
                *networks.entry(n).or_default() += t.bytes();
            }
            *layers.entry(key.origin).or_default() += t.bytes();
            let service_key = match (&key.service, &key.domain) {
                (Some(s), _) => (Some(s.as_str()), true),
                (None, Some(d)) => (Some(d.as_str()), false),
                (None, None) => (None, false),
            };
            let s = services.entry(service_key).or_default();
            s.traffic.add(&t);
            *s.infrastructure.entry(key.provider.as_deref()).or_default() += t.bytes();
            if let Some(src) = &key.name_source {
                *s.sources.entry(src).or_default() += t.bytes();
            }
            if let Some(d) = &key.device {
                let d = devices.entry(d).or_default();
                d.traffic.add(&t);
                if decision.is_big_tech() {
                    d.big_tech += t.bytes();
                }
            }
        }

        let total = totals.bytes();
        big.share = share(big.bytes, total);
        big.flows_share = share(big.flows, totals.flows);
        let count = |flag: u8| minutes.iter().filter(|m| *m & flag != 0).count() as u64;
        big.active_minutes = count(BIG);
        big.active_minutes_share = share(big.active_minutes, count(INTERNET));

        let groups = by_bytes_desc(groups, Traffic::bytes)
            .into_iter()
            .map(|(group, traffic)| GroupUsage {
                share: share(traffic.bytes(), total),
                group: group.to_string(),
                traffic,
            })
            .collect();
        let providers = by_bytes_desc(providers, |p| p.0.bytes())
            .into_iter()
            .map(|(id, (traffic, products))| {
                let p = id.and_then(|id| naming.catalogue.provider(id));
                ProviderUsage {
                    name: p.map_or_else(
                        || id.unwrap_or(super::day::OTHER_NETWORKS).to_string(),
                        |p| p.name.clone(),
                    ),
                    company: p.map(|p| p.company.clone()),
                    group: p.map(|p| p.group.id().to_string()),
                    big_tech: naming.rule.decide(id, None).is_big_tech(),
                    share: share(traffic.bytes(), total),
                    products: by_bytes_desc(products, Traffic::bytes)
                        .into_iter()
                        .map(|(product, traffic)| ProductUsage {
                            product: product.to_string(),
                            traffic,
                        })
                        .collect(),
                    id: id.map(str::to_string),
                    traffic,
                }
            })
            .collect();
        let services = by_bytes_desc(services, |s| s.traffic.bytes())
            .into_iter()
            .map(|((id, known), acc)| {
                let entry = id
                    .filter(|_| known)
                    .and_then(|id| naming.services.service(id));
                ServiceUsage {
                    name: entry.map_or_else(
                        || id.unwrap_or(super::day::UNNAMED).to_string(),
                        |s| s.name.clone(),
                    ),
                    owner: entry.map(|s| s.company.clone()),
                    known,
                    big_tech: known && naming.rule.decide(None, id).is_big_tech(),
                    share: share(acc.traffic.bytes(), total),
                    infrastructure: by_bytes_desc(acc.infrastructure, |b| *b)
                        .into_iter()
                        .map(|(p, b)| (p.map(str::to_string), b))
                        .collect(),
                    name_source: by_bytes_desc(acc.sources, |b| *b)
                        .into_iter()
                        .next()
                        .map(|(s, _)| s.to_string()),
                    traffic: acc.traffic,
                    id: id.map(str::to_string),
                }
            })
            .collect();
        let devices = by_bytes_desc(devices, |d| d.traffic.bytes() + d.lan)
            .into_iter()
            .map(|(id, d)| DeviceUsage {
                id: id.to_string(),
                big_tech_share: share(d.big_tech, d.traffic.bytes()),
                traffic: d.traffic,
                big_tech_bytes: d.big_tech,
                lan_bytes: d.lan,
            })
            .collect();

        DayUsage {
            span,
            totals,
            lan,
            big_tech: big,
            groups,
            providers,
            services,
            devices,
            networks: by_bytes_desc(networks, |b| *b)
                .into_iter()
                .map(|(n, b)| (n.to_string(), b))
                .collect(),
            layers: by_bytes_desc(layers, |b| *b)
                .into_iter()
                .map(|(origin, bytes)| LayerUsage { origin, bytes })
                .collect(),
            decided_by: by_bytes_desc(decided, |b| *b),
            bucket_minutes,
            timeline,
            minutes_with_data: count(ANY),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixture {
        catalogue: Catalogue,
        services: ServiceCatalogue,
        rule: BigTechRule,
    }

    impl Fixture {
        fn new() -> Self {
            let catalogue = Catalogue::bundled().unwrap();
            let services = ServiceCatalogue::bundled().unwrap();
            let rule = BigTechRule::new(&catalogue, &services);
            Fixture {
                catalogue,
                services,
                rule,
            }
        }

        fn naming(&self) -> Naming<'_> {
            Naming {
                catalogue: &self.catalogue,
                services: &self.services,
                rule: &self.rule,
            }
        }
    }

    fn span() -> UsageSpan {
        UsageSpan {
            label: "1970-01-02".into(),
            time_zone: "UTC".into(),
            start_minute: 1440,
            end_minute: 2880,
        }
    }

    fn row(
        minute: i64,
        direction: Direction,
        provider: Option<&str>,
        service: Option<&str>,
        bytes: u64,
    ) -> (UsageKey, Counts) {
        let mut k = UsageKey::internet(minute, direction);
        k.provider = provider.map(Into::into);
        k.service = service.map(Into::into);
        k.device = Some("dev-a".into());
        k.origin = provider.map(|_| Origin::Official);
        k.name_source = service.map(|_| "tls-sni".into());
        (
            k,
            Counts {
                bytes,
                packets: 1,
                new_flows: u64::from(direction == Direction::Up),
            },
        )
    }

    #[test]
    fn shares_and_layers_follow_the_rule() {
        let f = Fixture::new();
        let rows = [
            row(1440, Direction::Up, Some("amazon"), Some("zoom"), 100),
            row(1440, Direction::Down, Some("amazon"), Some("zoom"), 300),
            row(1500, Direction::Down, None, Some("youtube"), 200),
            row(1600, Direction::Down, Some("cloudflare"), None, 400),
            // outside the span: ignored
            row(3000, Direction::Down, Some("google"), None, 1_000_000),
        ];
        let mut lan = UsageKey::lan(1441, Direction::Up);
        lan.device = Some("dev-a".into());
        let lan_row = (
            lan,
            Counts {
                bytes: 50,
                packets: 1,
                new_flows: 0,
            },
        );
        let day = DayUsage::build(
            span(),
            rows.iter()
                .chain(std::iter::once(&lan_row))
                .map(|(k, c)| (k, c)),
            f.naming(),
            10,
        );
        assert_eq!(day.totals.bytes(), 1000);
        assert_eq!((day.totals.bytes_up, day.totals.bytes_down), (100, 900));
        assert_eq!(day.lan.bytes(), 50);
        assert_eq!(day.big_tech.bytes, 600);
        assert!((day.big_tech.share - 0.6).abs() < 1e-9);
        assert_eq!(day.big_tech.bytes_by_infrastructure, 400);
        assert_eq!(day.big_tech.bytes_by_service_only, 200);
        assert_eq!(day.big_tech.active_minutes, 2);
        assert!((day.big_tech.active_minutes_share - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(day.providers[0].id.as_deref(), Some("amazon"));
        assert_eq!(day.providers[0].traffic.bytes(), 400);
        // Zoom and the unnamed Cloudflare bytes tie at 400: ties sort by key, unnamed first.
        assert_eq!(day.services[0].name, "Unnamed");
        assert_eq!(day.services[1].name, "Zoom");
        assert_eq!(
            day.services[1].infrastructure,
            vec![(Some("amazon".into()), 400)]
        );
        assert_eq!(day.services[1].name_source.as_deref(), Some("tls-sni"));
        assert_eq!(day.services[0].name_source, None);
        let youtube = day.services.iter().find(|s| s.name == "YouTube").unwrap();
        assert!(youtube.big_tech && youtube.owner.as_deref() == Some("Alphabet"));
        assert_eq!(day.timeline.len(), 144);
        assert_eq!(day.timeline[0].big_tech_bytes, 400);
        assert_eq!(day.timeline[0].lan_bytes, 50);
        assert_eq!(day.timeline[16].other_bytes, 400);
        assert_eq!(day.devices[0].id, "dev-a");
        assert_eq!(day.devices[0].big_tech_bytes, 600);
        assert_eq!(day.devices[0].lan_bytes, 50);
        assert_eq!(day.minutes_with_data, 4);
        let timeline_sum: u64 = day
            .timeline
            .iter()
            .map(|b| b.big_tech_bytes + b.other_bytes)
            .sum();
        assert_eq!(timeline_sum, day.totals.bytes());
        let groups: u64 = day.groups.iter().map(|g| g.traffic.bytes()).sum();
        assert_eq!(groups, day.totals.bytes());
    }

    #[test]
    fn unknown_names_keep_their_domain_and_empty_days_have_zero_shares() {
        let f = Fixture::new();
        let mut k = UsageKey::internet(1500, Direction::Down);
        k.domain = Some("example.org".into());
        k.network = Some("Belnet".into());
        let rows = [(
            k,
            Counts {
                bytes: 10,
                packets: 1,
                new_flows: 0,
            },
        )];
        let day = DayUsage::build(span(), rows.iter().map(|(k, c)| (k, c)), f.naming(), 60);
        assert_eq!(day.services[0].name, "example.org");
        assert!(!day.services[0].known);
        assert_eq!(day.networks, vec![("Belnet".to_string(), 10)]);
        assert_eq!(day.providers[0].name, "Other networks");
        assert_eq!(day.big_tech.share, 0.0);

        let empty = DayUsage::build(span(), std::iter::empty(), f.naming(), 10);
        assert!(empty.is_empty());
        assert_eq!(empty.big_tech.share, 0.0);
        assert_eq!(empty.timeline.len(), 144);
    }
}
