//! The service against a real store: the retention schedule against a fake wall clock
//! (pruned at start once the clock is sane, then once a day, never twice the same day); a
//! flush written whole or not at all; privacy made stricter by a reload while counts wait;
//! snapshots built only while someone watches.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::time::Duration;

use rusqlite::Connection;
use tokio::sync::{mpsc, watch};

use super::capture::{Batch, Event, Reloadable};
use super::ledger::Ledger;
use super::service::Service;
use super::store_link::StoreLink;
use crate::classify::load_classifier;
use crate::config::Privacy;
use crate::flow::usage_rows::pseudonym;
use crate::flow::{Counts, Direction};
use crate::store::{DeviceRecord, LocalDays, Store, StoreOptions};
use crate::usage::{InterfaceHealth, UsageKey};

/// 2027-03-08 00:00 UTC, in minutes.
const DAY: i64 = 1_804_464_000 / 60;
const MICROS_PER_MINUTE: i64 = 60_000_000;

fn service(db: &std::path::Path, clock: Arc<AtomicI64>) -> Service {
    service_with(db, clock, Privacy::DevicesAnonymous)
}

fn service_with(db: &std::path::Path, clock: Arc<AtomicI64>, privacy: Privacy) -> Service {
    service_parts(db, clock, privacy).0
}

/// A service, with the ends the capture threads and a stop request would hold.
fn service_parts(
    db: &std::path::Path,
    clock: Arc<AtomicI64>,
    privacy: Privacy,
) -> (Service, mpsc::Sender<Event>, watch::Sender<bool>) {
    let days = LocalDays::new(Some("UTC")).unwrap();
    let (events_tx, events_rx) = mpsc::channel(8);
    let (stop_tx, stop_rx) = watch::channel(false);
    let (snap_tx, _) = watch::channel(Arc::new(super::empty_snapshot(&days, None)));
    let (classifier, _) = load_classifier(None, &[]).unwrap();
    let (reload_tx, _) = watch::channel(Arc::new(Reloadable {
        classifier: Arc::new(classifier),
        privacy,
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
    s.secret = Arc::new(SECRET.to_vec());
    (s, events_tx, stop_tx)
}

const SECRET: &[u8] = b"test-secret";

/// A capture thread's handover at `minute`: `bytes` down per device, labelled under
/// `privacy` (as the thread labels them: MACs with `full`).
fn batch(minute: i64, devices: &[&str], bytes: u64, privacy: Privacy) -> Event {
    let label = |mac: &str| match privacy {
        Privacy::Full => Some(mac.to_string()),
        Privacy::DevicesAnonymous => Some(pseudonym(SECRET, mac)),
        Privacy::Aggregate => None,
    };
    let rows = devices
        .iter()
        .map(|mac| {
            let mut k = UsageKey::internet(minute, Direction::Down);
            k.device = label(mac);
            let c = Counts {
                bytes,
                packets: 1,
                new_flows: 1,
            };
            (k, c)
        })
        .collect();
    let records = devices
        .iter()
        .filter_map(|mac| {
            Some(DeviceRecord {
                id: label(mac)?,
                last_ip: (privacy == Privacy::Full).then(|| "192.168.1.10".to_string()),
                name: (privacy == Privacy::Full).then(|| "laptop".to_string()),
                first_seen: minute * 60,
                last_seen: minute * 60,
            })
        })
        .collect();
    Event::Batch(Batch {
        source: "eth0".into(),
        now_micros: minute * MICROS_PER_MINUTE,
        rows,
        devices: records,
        privacy,
        health: InterfaceHealth {
            name: "eth0".into(),
            up: true,
            packets_received: 10,
            dropped_by_kernel: 0,
            dropped_by_interface: 0,
            undecodable: 0,
            offload_warning: None,
            offload: None,
        },
        flows: vec![],
    })
}

fn count(db: &std::path::Path, sql: &str) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
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

/// A new store at `db` whose gap inserts fail until the returned connection runs
/// `DROP TRIGGER no_gaps`: a flush then fails on its last part.
fn store_refusing_gaps(db: &std::path::Path) -> Connection {
    drop(Store::open(db, StoreOptions::default()).unwrap());
    let conn = Connection::open(db).unwrap();
    conn.execute_batch(
        "CREATE TRIGGER no_gaps BEFORE INSERT ON gaps BEGIN SELECT RAISE(ABORT, 'injected'); END;",
    )
    .unwrap();
    conn
}

/// The flush is one transaction: a failure while writing its last part (the gaps) leaves
/// nothing of it in the file and everything still pending; the next flush writes it all.
#[test]
fn a_flush_that_fails_midway_writes_nothing_and_keeps_everything_for_the_retry() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("nuage.db");
    let fail_gaps = store_refusing_gaps(&db);
    let mut s = service(&db, Arc::new(AtomicI64::new(0)));
    let mac = "02:00:00:00:00:01";
    s.on_event(batch(DAY + 10, &[mac], 700, Privacy::DevicesAnonymous));
    s.on_event(Event::Gap {
        source: "eth0".into(),
        start_minute: DAY + 3,
        end_minute: DAY + 5,
        reason: "interface eth0 was down".into(),
    });
    s.flush();
    assert!(s.store.error().is_some(), "the flush failed");
    for table in ["usage_minute", "devices", "gaps", "health"] {
        let rows = count(&db, &format!("SELECT count(*) FROM {table}"));
        assert_eq!(rows, 0, "{table}: nothing half-written");
    }
    let pending: u64 = s.ledger.pending().values().map(|c| c.bytes).sum();
    assert_eq!(pending, 700, "the rows still wait");
    assert_eq!(s.pending_gaps.len(), 1);
    assert_eq!(s.pending_devices.len(), 1);

    // counting goes on meanwhile; the retry writes both batches' rows at once
    s.on_event(batch(DAY + 11, &[mac], 300, Privacy::DevicesAnonymous));
    fail_gaps.execute_batch("DROP TRIGGER no_gaps;").unwrap();
    s.flush();
    assert!(s.store.error().is_none());
    assert_eq!(stored_bytes(&db), 1000);
    assert_eq!(count(&db, "SELECT count(*) FROM gaps"), 1);
    assert_eq!(count(&db, "SELECT count(*) FROM health"), 1);
    let (first, last): (i64, i64) = Connection::open(&db)
        .unwrap()
        .query_row("SELECT first_seen, last_seen FROM devices", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((first, last), ((DAY + 10) * 60, (DAY + 11) * 60));
    assert!(s.ledger.pending().is_empty() && s.pending_gaps.is_empty());
    assert!(s.pending_devices.is_empty());
}

fn stored_devices(db: &std::path::Path) -> Vec<(String, Option<String>, Option<String>)> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare("SELECT id, last_ip, name FROM devices ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Every string the database holds for usage rows (device labels among them).
fn stored_names(db: &std::path::Path) -> Vec<String> {
    let conn = Connection::open(db).unwrap();
    let mut stmt = conn.prepare("SELECT text FROM names").unwrap();
    stmt.query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// SIGHUP makes privacy stricter while counts labelled under the old setting wait, in the
/// ledger and in the channel from the capture threads: none is stored more detailed than the
/// setting in force when it is written, and no byte is lost.
#[test]
fn a_reload_to_stricter_privacy_relabels_what_waits_for_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("nuage.db");
    let config = dir.path().join("nuage.toml");
    let mut s = service_with(&db, Arc::new(AtomicI64::new(0)), Privacy::Full);
    s.config_path = Some(config.clone());
    s.data_dir = dir.path().to_path_buf();
    let (laptop, phone) = ("02:00:00:00:00:01", "02:00:00:00:00:02");

    // counted under `full`, not yet written
    s.on_event(batch(DAY + 10, &[laptop, phone], 100, Privacy::Full));
    std::fs::write(&config, "privacy = \"devices-anonymous\"\n").unwrap();
    s.reload();
    assert_eq!(s.reloadable.borrow().privacy, Privacy::DevicesAnonymous);
    // a batch the capture thread labelled before it saw the reload
    s.on_event(batch(DAY + 11, &[laptop], 10, Privacy::Full));
    let macs = |keys: &mut dyn Iterator<Item = &UsageKey>| {
        keys.filter_map(|k| k.device.clone())
            .filter(|d| d.contains(':'))
            .count()
    };
    assert_eq!(macs(&mut s.ledger.today().keys()), 0, "the live view too");
    s.flush();
    assert!(s.store.error().is_none());
    let anon = |mac| pseudonym(SECRET, mac);
    let mut expected = vec![(anon(laptop), None, None), (anon(phone), None, None)];
    expected.sort();
    assert_eq!(stored_devices(&db), expected);
    let names = stored_names(&db);
    assert!(names.contains(&anon(laptop)) && names.contains(&anon(phone)));
    assert!(
        !names.iter().any(|n| n.contains(':') || n == "laptop"),
        "{names:?}"
    );
    let rows = Store::open_read_only(&db)
        .unwrap()
        .rows(DAY, DAY + 1440)
        .unwrap();
    let laptop_bytes: u64 = rows
        .iter()
        .filter(|(k, _)| k.device == Some(anon(laptop)))
        .map(|(_, c)| c.bytes)
        .sum();
    assert_eq!(
        laptop_bytes, 110,
        "the in-flight batch joined the same device"
    );

    // then to `aggregate`: no device at all, rows of two devices summed
    s.on_event(batch(
        DAY + 20,
        &[laptop, phone],
        1000,
        Privacy::DevicesAnonymous,
    ));
    std::fs::write(&config, "privacy = \"aggregate\"\n").unwrap();
    s.reload();
    s.on_event(batch(DAY + 21, &[laptop, phone], 5, Privacy::Full));
    assert!(s.pending_devices.is_empty());
    assert!(
        s.ledger
            .pending()
            .keys()
            .all(|k| k.device.is_none() && k.minute >= DAY + 20)
    );
    s.flush();
    assert_eq!(stored_devices(&db), expected, "no device record added");
    let rows = Store::open_read_only(&db)
        .unwrap()
        .rows(DAY + 20, DAY + 22)
        .unwrap();
    assert_eq!(rows.len(), 2, "one row a minute: {rows:?}");
    assert!(rows.iter().all(|(k, _)| k.device.is_none()));
    assert_eq!(stored_bytes(&db), 210 + 2000 + 10);
    assert!(!stored_names(&db).iter().any(|n| n.contains(':')));

    // relaxing privacy again labels only what comes after it in more detail
    std::fs::write(&config, "privacy = \"full\"\n").unwrap();
    s.reload();
    assert_eq!(s.reloadable.borrow().privacy, Privacy::Full);
}

/// An interface bouncing all through a long store outage: the gaps waiting for the store stay
/// capped, and once it is back every outage minute is inside a stored gap.
#[test]
fn gaps_waiting_through_a_long_outage_stay_capped() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("nuage.db");
    let fail_gaps = store_refusing_gaps(&db);
    let mut s = service(&db, Arc::new(AtomicI64::new(0)));
    // four days of a one-minute outage every four minutes, a flush failing every hour
    let outages: Vec<i64> = (0..4 * 360).map(|i| DAY + i * 4).collect();
    for (i, start) in outages.iter().enumerate() {
        s.on_event(Event::Gap {
            source: "eth0".into(),
            start_minute: *start,
            end_minute: start + 1,
            reason: "interface eth0 was down".into(),
        });
        if i % 15 == 0 {
            s.flush();
        }
        assert!(s.pending_gaps.len() <= super::gaps::MAX_PENDING_GAPS);
    }
    assert_eq!(s.pending_gaps.len(), super::gaps::MAX_PENDING_GAPS);
    fail_gaps.execute_batch("DROP TRIGGER no_gaps;").unwrap();
    s.flush();
    assert!(s.pending_gaps.is_empty());
    let stored = Store::open_read_only(&db)
        .unwrap()
        .gaps(DAY, DAY + 5 * 1440)
        .unwrap();
    assert_eq!(stored.len(), super::gaps::MAX_PENDING_GAPS);
    assert!(outages.iter().all(|m| {
        stored
            .iter()
            .any(|g| g.start_minute <= *m && *m < g.end_minute)
    }));
}

/// Today's Internet bytes in the latest snapshot.
fn snapshot_bytes(snapshots: &watch::Receiver<Arc<crate::usage::LiveSnapshot>>) -> u64 {
    snapshots.borrow().today.totals.bytes()
}

#[test]
fn nobody_watching_no_snapshot_is_built_but_the_health_still_reaches_the_metrics() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = service(&dir.path().join("nuage.db"), Arc::new(AtomicI64::new(0)));
    let metrics = Arc::new(crate::metrics::MetricsRegistry::new());
    s.metrics = Some(metrics.clone());
    let snapshots = s.snapshots.subscribe();
    s.on_event(batch(
        DAY + 10,
        &["aa:bb:cc:00:00:01"],
        1000,
        Privacy::DevicesAnonymous,
    ));
    for _ in 0..5 {
        s.tick();
    }
    assert_eq!(s.demand.builds(), 0);
    assert!(!snapshots.has_changed().unwrap());
    assert_eq!(snapshot_bytes(&snapshots), 0);
    assert!(
        metrics
            .render()
            .contains("nuage_capture_packets_total{interface=\"eth0\"} 10\n")
    );

    let watching = s.demand.watch();
    s.tick();
    assert_eq!(s.demand.builds(), 1);
    assert_eq!(snapshot_bytes(&snapshots), 1000);
    assert!(metrics.render().contains("\nnuage_big_tech_share "));
    s.tick();
    assert_eq!(s.demand.builds(), 2);

    drop(watching);
    s.tick();
    s.tick();
    assert_eq!(s.demand.builds(), 2, "the watcher went: no more builds");
}

#[tokio::test(start_paused = true)]
async fn a_watcher_gets_a_snapshot_at_once_then_every_second_until_it_goes() {
    let dir = tempfile::tempdir().unwrap();
    let (s, events, stop) = service_parts(
        &dir.path().join("nuage.db"),
        Arc::new(AtomicI64::new(0)),
        Privacy::DevicesAnonymous,
    );
    let demand = s.demand.clone();
    let mut snapshots = s.snapshots.subscribe();
    events
        .send(batch(
            DAY + 10,
            &["aa:bb:cc:00:00:01"],
            1000,
            Privacy::DevicesAnonymous,
        ))
        .await
        .unwrap();
    let watcher = async {
        tokio::time::sleep(Duration::from_millis(5500)).await;
        assert_eq!(demand.builds(), 0, "five ticks with nobody watching");
        assert!(!snapshots.has_changed().unwrap());

        let asked = tokio::time::Instant::now();
        let watching = demand.watch();
        snapshots.changed().await.unwrap();
        assert!(
            asked.elapsed() < Duration::from_secs(1),
            "the first snapshot comes before the next tick"
        );
        assert_eq!(snapshots.borrow_and_update().today.totals.bytes(), 1000);
        let first = demand.builds();
        tokio::time::sleep(Duration::from_secs(5)).await;
        let built = demand.builds() - first;
        assert!(
            (4..=6).contains(&built),
            "{built} snapshots in 5 s of watching"
        );

        drop(watching);
        let left = demand.builds();
        tokio::time::sleep(Duration::from_secs(5)).await;
        assert_eq!(demand.builds(), left, "none after the watcher left");
        stop.send_replace(true);
        left
    };
    let (outcome, left) = tokio::join!(s.run(super::service::Signals::none()), watcher);
    assert_eq!(outcome.unwrap().unsaved_rows, 0);
    assert_eq!(
        demand.builds(),
        left + 1,
        "the run ends with one last snapshot"
    );
    assert_eq!(snapshot_bytes(&snapshots), 1000);
}
