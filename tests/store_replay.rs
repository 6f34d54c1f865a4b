//! The bundled demo capture through the pipeline into the store, flushed every 60 s of
//! capture time as the daemon does: the stored day equals what the pipeline counted, and a
//! second connection opened without a clean close (as after a crash) sees every flush.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use nuage::capture::{PacketSource, open_savefile};
use nuage::config::Privacy;
use nuage::flow::aggregate::{NO_PROVIDER, minute_of};
use nuage::flow::{Counts, Direction, Pipeline, PipelineConfig, Scope};
use nuage::names::ServiceCatalogue;
use nuage::store::{LocalDays, Store, StoreOptions, day_usage, days_with_data};
use nuage::usage::{BigTechRule, DayUsage, Naming, UsageKey};

const SECRET: &[u8] = b"store test secret";

fn pipeline() -> Pipeline {
    let (classifier, _) = nuage::classify::load_classifier(None, &[]).unwrap();
    Pipeline::new(Arc::new(classifier), 1, &PipelineConfig::default())
}

fn demo() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/demo/household.pcap"))
}

#[test]
fn the_demo_day_stored_in_flushes_equals_what_the_pipeline_counted() {
    // Reference: the whole file, nothing drained.
    let mut reference = pipeline();
    let mut source = open_savefile(demo()).unwrap();
    while let Some(raw) = source.next_packet().unwrap() {
        reference.process(&raw);
    }
    reference.finish();
    let summary = reference.aggregates().summary(..);

    // The daemon's way: drain closed minutes, write every 60 s of capture time.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nuage.db");
    let mut store = Store::open(&path, StoreOptions::default()).unwrap();
    let mut p = pipeline();
    let mut source = open_savefile(demo()).unwrap();
    let mut next_flush: Option<i64> = None;
    let mut all_rows: Vec<(UsageKey, Counts)> = Vec::new();
    let mut flushes = 0;
    while let Some(raw) = source.next_packet().unwrap() {
        let ts = raw.ts_micros;
        let due = *next_flush.get_or_insert(ts + 60_000_000);
        if ts >= due {
            let rows = p.drain_usage_before(minute_of(ts), Privacy::Full, SECRET);
            store.write_minutes(&rows).unwrap();
            all_rows.extend(rows);
            next_flush = Some(due + 60_000_000);
            flushes += 1;
        }
        p.process(&raw);
    }
    p.finish();
    let rows = p.drain_usage_before(i64::MAX, Privacy::Full, SECRET);
    store.write_minutes(&rows).unwrap();
    all_rows.extend(rows);
    assert!(flushes > 100, "the demo spans many flushes ({flushes})");

    // A second connection, the first never closed cleanly (no checkpoint): all there.
    let reader = Store::open_read_only(&path).unwrap();
    let stored = reader.rows(i64::MIN, i64::MAX).unwrap();
    std::mem::forget(store);

    let mut internet = [0u64; 2];
    let mut lan = 0u64;
    let mut by_provider: BTreeMap<Option<String>, u64> = BTreeMap::new();
    for (k, c) in &stored {
        match k.scope {
            Scope::Internet => {
                internet[usize::from(k.direction == Direction::Down)] += c.bytes;
                *by_provider
                    .entry(k.provider.as_deref().map(str::to_string))
                    .or_default() += c.bytes;
            }
            Scope::Lan => lan += c.bytes,
        }
    }
    assert_eq!(internet[0], summary.internet.up.bytes);
    assert_eq!(internet[1], summary.internet.down.bytes);
    assert_eq!(lan, summary.lan.bytes());
    let catalogue = reference.classifier().catalogue();
    let expected: BTreeMap<Option<String>, u64> = summary
        .by_provider
        .iter()
        .map(|(id, t)| {
            let name =
                (*id != NO_PROVIDER).then(|| catalogue.providers()[usize::from(*id)].id.clone());
            (name, t.bytes())
        })
        .collect();
    assert_eq!(by_provider, expected);
    assert!(by_provider.len() > 3);

    // The stored UTC day equals the day built from the rows as they were drained.
    let catalogue = nuage::ranges::Catalogue::bundled().unwrap();
    let services = ServiceCatalogue::bundled().unwrap();
    let rule = BigTechRule::new(&catalogue, &services);
    let naming = Naming {
        catalogue: &catalogue,
        services: &services,
        rule: &rule,
    };
    let days = LocalDays::utc();
    let dates = days_with_data(&reader, &days).unwrap();
    assert_eq!(dates, vec![jiff::civil::date(2027, 3, 8)]);
    let day = day_usage(&reader, &days, dates[0], naming, 10).unwrap();
    let built = DayUsage::build(
        days.span(dates[0]),
        all_rows.iter().map(|(k, c)| (k, c)),
        naming,
        10,
    );
    assert_eq!(day, built);
    assert_eq!(day.totals.bytes(), internet[0] + internet[1]);
    assert!(day.big_tech.share > 0.0 && !day.devices.is_empty());
}
