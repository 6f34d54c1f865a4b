#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The store on its own: one flush (the rows of one busy minute, a health sample, a dozen
//! devices) into a database already holding a day, and reading a whole local day back into a
//! `DayUsage` (what a dashboard or report does at start). The `household` benches write the
//! rows a demo household day really makes (the generator through the real `Pipeline`, every
//! dimension filled): its busiest minute, as a 60 s flush does, and the whole day in one
//! flush, as a fast replay does; throughput is in rows.

use std::collections::BTreeMap;
use std::sync::Arc;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use nuage::capture::RawPacket;
use nuage::config::Privacy;
use nuage::flow::{Counts, Direction, Pipeline, PipelineConfig};
use nuage::names::ServiceCatalogue;
use nuage::ranges::Catalogue;
use nuage::store::{DeviceRecord, HealthSample, LocalDays, Store, StoreOptions, day_usage};
use nuage::usage::{BigTechRule, Naming, UsageKey};

/// 2027-03-08 00:00 UTC in minutes.
const DAY: i64 = 30_074_400;
const PROVIDERS: [Option<&str>; 6] = [
    Some("amazon"),
    Some("google"),
    Some("microsoft"),
    Some("cloudflare"),
    Some("meta"),
    None,
];
const SERVICES: [Option<&str>; 5] = [Some("youtube"), Some("zoom"), Some("netflix"), None, None];

/// About what the demo household gives in a busy minute: 12 rows.
fn minute_rows(minute: i64) -> Vec<(UsageKey, Counts)> {
    (0..12u64)
        .map(|i| {
            let direction = if i % 2 == 0 {
                Direction::Up
            } else {
                Direction::Down
            };
            let mut k = UsageKey::internet(minute, direction);
            k.device = Some(format!("device-{:08x}", i % 6).into());
            k.provider = PROVIDERS[(i % 6) as usize].map(Into::into);
            k.service = SERVICES[(i % 5) as usize].map(Into::into);
            let c = Counts {
                bytes: 10_000 + i * 977,
                packets: 10 + i,
                new_flows: i % 3,
            };
            (k, c)
        })
        .collect()
}

fn store(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("bench.db"), StoreOptions::default()).unwrap();
    for m in 0..1440 {
        store.write_minutes(&minute_rows(DAY + m)).unwrap();
    }
    let devices: Vec<DeviceRecord> = (0..12)
        .map(|i| DeviceRecord {
            id: format!("device-{i:08x}"),
            last_ip: None,
            name: None,
            first_seen: DAY * 60,
            last_seen: DAY * 60,
        })
        .collect();
    let mut minute = DAY + 1440;
    c.bench_function("store/write_flush 12 rows + health + 12 devices", |b| {
        b.iter(|| {
            minute += 1;
            let health = HealthSample {
                ts: minute * 60,
                interface: "eth0".into(),
                packets_received: minute as u64,
                dropped_by_kernel: 0,
                dropped_by_interface: 0,
                undecodable: 0,
                offload_suspected: false,
            };
            let devices: Vec<DeviceRecord> = devices
                .iter()
                .map(|d| DeviceRecord {
                    last_seen: minute * 60,
                    ..d.clone()
                })
                .collect();
            store
                .write_flush(&minute_rows(minute), &[health], &devices, &[])
                .unwrap();
        })
    });

    let catalogue = Catalogue::bundled().unwrap();
    let services = ServiceCatalogue::bundled().unwrap();
    let rule = BigTechRule::new(&catalogue, &services);
    let naming = Naming {
        catalogue: &catalogue,
        services: &services,
        rule: &rule,
    };
    let days = LocalDays::utc();
    let date = jiff::civil::date(2027, 3, 8);
    assert_eq!(days.span(date).start_minute, DAY);
    c.bench_function("store/day_usage of 17,280 rows", |b| {
        b.iter(|| day_usage(&store, &days, date, naming, 10).unwrap())
    });
}

/// The usage rows of a demo household day (1000 flows) starting at minute `DAY`, by minute.
fn household_rows() -> BTreeMap<i64, Vec<(UsageKey, Counts)>> {
    let (classifier, _) = nuage::classify::load_classifier(None, &[]).unwrap();
    let mut pipeline = Pipeline::new(Arc::new(classifier), 1, &PipelineConfig::default());
    let mut frames = nuage::demo::household_day(8, DAY * 60, 1000);
    frames.sort_by_key(|f| f.ts_micros);
    for f in &frames {
        pipeline.process(&RawPacket {
            ts_micros: f.ts_micros,
            wire_len: f.wire_len,
            data: &f.data,
        });
    }
    let rows = pipeline.drain_usage_before(i64::MAX, Privacy::DevicesAnonymous, b"bench secret");
    let mut by_minute: BTreeMap<i64, Vec<(UsageKey, Counts)>> = BTreeMap::new();
    for (k, c) in rows {
        by_minute.entry(k.minute).or_default().push((k, c));
    }
    by_minute
}

/// `rows` moved `minutes` later.
fn shifted(rows: &[(UsageKey, Counts)], minutes: i64) -> Vec<(UsageKey, Counts)> {
    rows.iter()
        .map(|(k, c)| {
            let mut k = k.clone();
            k.minute += minutes;
            (k, *c)
        })
        .collect()
}

fn household(c: &mut Criterion) {
    let by_minute = household_rows();
    let day: Vec<(UsageKey, Counts)> = by_minute.values().flatten().cloned().collect();
    let busiest = by_minute.values().max_by_key(|r| r.len()).unwrap().clone();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("bench.db"), StoreOptions::default()).unwrap();
    // a day already stored, as on any day but the first
    store.write_minutes(&day).unwrap();

    let mut group = c.benchmark_group("store/household");
    group.throughput(Throughput::Elements(busiest.len() as u64));
    // each flush is a later minute: new rows, as the daemon writes them
    let mut offset = 1440;
    group.bench_function(
        format!("flush of its busiest minute ({} rows)", busiest.len()),
        |b| {
            b.iter_batched(
                || {
                    offset += 1;
                    shifted(&busiest, offset)
                },
                |rows| store.write_minutes(&rows).unwrap(),
                BatchSize::SmallInput,
            )
        },
    );
    group.throughput(Throughput::Elements(day.len() as u64));
    let mut days = 0;
    group.bench_function(format!("flush of a whole day ({} rows)", day.len()), |b| {
        b.iter_batched(
            || {
                days += 1;
                shifted(&day, days * 1440 * 400)
            },
            |rows| store.write_minutes(&rows).unwrap(),
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = store, household
}
criterion_main!(benches);
