//! The service's retention schedule against a fake wall clock: pruned at start once the
//! clock is sane, then once a day, never twice the same day.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::time::Duration;

use rusqlite::Connection;
use tokio::sync::{mpsc, watch};

use super::capture::Reloadable;
use super::ledger::Ledger;
use super::service::Service;
use super::store_link::StoreLink;
use crate::classify::load_classifier;
use crate::config::Privacy;
use crate::flow::{Counts, Direction};
use crate::store::{LocalDays, Store, StoreOptions};
use crate::usage::UsageKey;

/// 2027-03-08 00:00 UTC, in minutes.
const DAY: i64 = 1_804_464_000 / 60;
const MICROS_PER_MINUTE: i64 = 60_000_000;

fn service(db: &std::path::Path, clock: Arc<AtomicI64>) -> Service {
    let days = LocalDays::new(Some("UTC")).unwrap();
    let (_events_tx, events_rx) = mpsc::channel(1);
    let (_stop_tx, stop_rx) = watch::channel(false);
    let (snap_tx, _) = watch::channel(Arc::new(super::empty_snapshot(&days, None)));
    let (classifier, _) = load_classifier(None, &[]).unwrap();
    let (reload_tx, _) = watch::channel(Arc::new(Reloadable {
        classifier: Arc::new(classifier),
        privacy: Privacy::DevicesAnonymous,
    }));
    let options = StoreOptions {
        minute_retention_days: 35,
        ..StoreOptions::default()
    };
    // the clock is sane from a day before DAY
    let floor = Some(DAY - 1440);
    let mut s = Service::new(
        Ledger::new(floor),
        StoreLink::new(db, options),
        days,
        floor,
        Duration::from_secs(60),
        events_rx,
        Arc::new(AtomicBool::new(false)),
        stop_rx,
        snap_tx,
        reload_tx,
    )
    .unwrap();
    s.wall_clock = Some(Arc::new(move || clock.load(Ordering::SeqCst)));
    s
}

fn write_minute(db: &std::path::Path, minute: i64) {
    let mut store = Store::open(db, StoreOptions::default()).unwrap();
    let counts = Counts {
        bytes: 100,
        packets: 1,
        new_flows: 1,
    };
    store
        .write_minutes(&[(UsageKey::internet(minute, Direction::Down), counts)])
        .unwrap();
}

fn minute_rows_before(db: &std::path::Path, minute: i64) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM usage_minute WHERE minute < ?1",
            [minute],
            |r| r.get(0),
        )
        .unwrap()
}

fn stored_bytes(db: &std::path::Path) -> u64 {
    let store = Store::open_read_only(db).unwrap();
    store
        .rows(i64::MIN / 2, i64::MAX / 2)
        .unwrap()
        .iter()
        .map(|(_, c)| c.bytes)
        .sum()
}

#[test]
fn retention_runs_at_start_then_once_a_day_by_the_clock() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("nuage.db");
    let old = DAY - 40 * 1440;
    write_minute(&db, old);
    write_minute(&db, old + 1);
    write_minute(&db, DAY + 5);
    let clock = Arc::new(AtomicI64::new(0));
    let mut s = service(&db, clock.clone());

    // a clock that was never set (a Raspberry Pi at boot): nothing is pruned
    clock.store(90 * MICROS_PER_MINUTE, Ordering::SeqCst);
    s.apply_retention();
    assert_eq!(minute_rows_before(&db, DAY), 2);

    // the clock is set: the start's prune rolls the old minutes into their hour
    clock.store((DAY + 600) * MICROS_PER_MINUTE, Ordering::SeqCst);
    s.apply_retention();
    assert_eq!(minute_rows_before(&db, DAY), 0);
    assert_eq!(
        minute_rows_before(&db, DAY + 1440),
        1,
        "recent minutes stay"
    );
    assert_eq!(stored_bytes(&db), 300, "totals unchanged");

    // a late old row the same day waits for tomorrow's prune
    write_minute(&db, old + 2);
    clock.store((DAY + 1439) * MICROS_PER_MINUTE, Ordering::SeqCst);
    s.apply_retention();
    assert_eq!(minute_rows_before(&db, DAY), 1, "once a day only");
    clock.store((DAY + 1440 + 1) * MICROS_PER_MINUTE, Ordering::SeqCst);
    s.apply_retention();
    assert_eq!(minute_rows_before(&db, DAY), 0, "the next day's prune");
    assert_eq!(stored_bytes(&db), 400);
}
