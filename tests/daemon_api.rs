#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The daemon as a library: [`nuage::daemon::start`] and the snapshots its handle publishes
//! (what the control socket and the dashboard read).

use std::path::Path;

use nuage::capture::pcap_writer::PcapWriter;
use nuage::config::Config;
use nuage::daemon::{DaemonSettings, Input, Speed, start};
use nuage::demo::household_day;
use nuage::store::Store;

/// 2027-03-08 00:00 UTC, a Monday.
const MONDAY: i64 = 1_804_464_000;
const WEEK: i64 = 7 * 86_400;

fn write_day(path: &Path, day_start: i64) {
    let mut w = PcapWriter::new(1);
    for f in household_day(5, day_start, 60) {
        w.record_nanos(f.ts_micros * 1000, f.wire_len, &f.data);
    }
    w.write_to(path).unwrap();
}

fn settings(data_dir: &Path, pcap: &Path) -> DaemonSettings {
    let mut config = Config::default();
    config.daemon.tz = Some("UTC".into());
    // stay as we are: the test harness has threads, and dropping root is for the binary
    config.daemon.user = Some("root".into());
    DaemonSettings {
        config,
        config_path: None,
        data_dir: data_dir.to_path_buf(),
        input: Input::File {
            path: pcap.to_path_buf(),
            speed: Speed::Max,
            looped: false,
        },
        lan: vec![],
        socket: Some(data_dir.join("nuage.sock")),
    }
}

#[test]
fn the_last_snapshot_shows_the_stored_day_and_compares_it_with_the_usual_day() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let week_before = dir.path().join("before.pcap");
    let today = dir.path().join("today.pcap");
    write_day(&week_before, MONDAY - WEEK);
    write_day(&today, MONDAY);

    let outcome = start(settings(&data, &week_before))
        .unwrap()
        .wait()
        .unwrap();
    assert_eq!(outcome.unsaved_rows, 0);
    let handle = start(settings(&data, &today)).unwrap();
    let snapshots = handle.snapshots.clone();
    let outcome = handle.wait().unwrap();
    assert_eq!(outcome.unsaved_rows, 0);
    assert!(outcome.store_error.is_none(), "{:?}", outcome.store_error);

    let snapshot = snapshots.borrow().clone();
    assert!(snapshot.live);
    assert_eq!(snapshot.today.span.label, "2027-03-08");
    let store = Store::open_read_only(&data.join("nuage.db")).unwrap();
    let rows = store
        .rows(
            snapshot.today.span.start_minute,
            snapshot.today.span.end_minute,
        )
        .unwrap();
    let stored: u64 = rows
        .iter()
        .filter(|(k, _)| k.scope == nuage::flow::Scope::Internet)
        .map(|(_, c)| c.bytes)
        .sum();
    assert!(stored > 0);
    assert_eq!(snapshot.today.totals.bytes(), stored);
    let baseline = snapshot
        .baseline
        .as_ref()
        .expect("the Monday before is the usual day");
    assert_eq!(baseline.days, vec!["2027-03-01".to_string()]);
    assert!(baseline.mean_bytes > 0.0);
    let health = &snapshot.health;
    assert_eq!(health.interfaces.len(), 1);
    assert!(health.interfaces[0].packets_received > 0);
    assert_eq!(health.store_error, None);
}
