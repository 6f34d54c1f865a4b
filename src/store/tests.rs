//! Store tests: round trips, upserts, migrations, refusals that leave files untouched,
//! retention, local days.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use jiff::civil::date;
use proptest::prelude::*;
use rusqlite::Connection;

use super::*;
use crate::flow::{Counts, Direction, Scope};
use crate::usage::{BigTechRule, DayUsage, Naming, Origin, UsageKey};

fn options() -> StoreOptions {
    StoreOptions {
        busy_timeout: Duration::from_millis(50),
        ..StoreOptions::default()
    }
}

fn key(minute: i64, direction: Direction, device: &str, provider: Option<&str>) -> UsageKey {
    let mut k = UsageKey::internet(minute, direction);
    k.device = Some(device.into());
    k.provider = provider.map(Into::into);
    k
}

fn counts(bytes: u64) -> Counts {
    Counts {
        bytes,
        packets: bytes.div_ceil(1000),
        new_flows: 1,
    }
}

fn full_key(minute: i64) -> UsageKey {
    UsageKey {
        minute,
        scope: Scope::Internet,
        direction: Direction::Down,
        device: Some("3c:22:fb:10:00:0a".into()),
        provider: Some("amazon".into()),
        product: Some("EC2".into()),
        network: Some("Belnet".into()),
        service: Some("zoom".into()),
        domain: Some("example.org".into()),
        name_source: Some("tls-sni".into()),
        origin: Some(Origin::Official),
    }
}

/// Sums rows by key, for comparing what went in with what came out.
fn totals<'a>(
    rows: impl IntoIterator<Item = &'a (UsageKey, Counts)>,
) -> BTreeMap<UsageKey, Counts> {
    let mut out: BTreeMap<UsageKey, Counts> = BTreeMap::new();
    for (k, c) in rows {
        out.entry(k.clone()).or_default().add(c);
    }
    out
}

fn grand_total(rows: &[(UsageKey, Counts)]) -> Counts {
    let mut t = Counts::default();
    for (_, c) in rows {
        t.add(c);
    }
    t
}

#[test]
fn rows_round_trip_with_every_dimension() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nuage.db");
    let mut store = Store::open(&path, options()).unwrap();
    let lan = UsageKey::lan(100, Direction::Up);
    let mut origins = full_key(100);
    origins.origin = Some(Origin::Mmdb);
    origins.domain = None;
    let empty_text = UsageKey {
        product: Some("".into()),
        ..UsageKey::internet(101, Direction::Up)
    };
    let rows = vec![
        (full_key(100), counts(1500)),
        (lan, counts(60)),
        (origins, counts(70)),
        (empty_text, counts(80)),
        (key(99, Direction::Up, "d", None), counts(5)),
    ];
    store.write_minutes(&rows).unwrap();
    let back = store.rows(0, 1000).unwrap();
    assert_eq!(totals(&back), totals(&rows));
    // the span is half-open
    assert_eq!(store.rows(100, 101).unwrap().len(), 3);
    assert!(store.rows(102, 200).unwrap().is_empty());
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);

    // a second connection (read-only) reads the same, including names it never interned
    let reader = Store::open_read_only(&path).unwrap();
    assert_eq!(totals(&reader.rows(0, 1000).unwrap()), totals(&rows));
    let err = Store::open_read_only(&path)
        .unwrap()
        .set_meta("k", "v")
        .unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err}");
}

#[test]
fn writes_add_to_stored_rows_and_skip_empty_ones() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("n.db"), options()).unwrap();
    let rows = vec![(full_key(5), counts(100)), (full_key(6), counts(200))];
    store.write_minutes(&rows).unwrap();
    store.write_minutes(&rows[..1]).unwrap();
    store
        .write_minutes(&[(full_key(7), Counts::default())])
        .unwrap();
    store.write_minutes(&[]).unwrap();
    let back = totals(&store.rows(0, 10).unwrap());
    assert_eq!(back.len(), 2, "the empty row was not stored");
    assert_eq!(back[&full_key(5)].bytes, 200);
    assert_eq!(back[&full_key(5)].new_flows, 2);
    assert_eq!(back[&full_key(6)].bytes, 200);
}

#[test]
fn reopening_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.db");
    {
        let mut store = Store::open(&path, options()).unwrap();
        store.write_minutes(&[(full_key(5), counts(100))]).unwrap();
        store.set_meta("ranges_version", "2027-03-01").unwrap();
        store.checkpoint().unwrap();
    }
    let mut store = Store::open(&path, options()).unwrap();
    assert_eq!(
        store.meta("ranges_version").unwrap().as_deref(),
        Some("2027-03-01")
    );
    assert_eq!(store.meta("nope").unwrap(), None);
    store.set_meta("ranges_version", "2027-04-01").unwrap();
    assert_eq!(
        store.meta("ranges_version").unwrap().as_deref(),
        Some("2027-04-01")
    );
    // names interned by the earlier connection are reused, not duplicated
    store.write_minutes(&[(full_key(5), counts(1))]).unwrap();
    let names: i64 = store
        .conn
        .query_row("SELECT count(*) FROM names", [], |r| r.get(0))
        .unwrap();
    assert_eq!(names, 8);
    assert_eq!(store.rows(0, 10).unwrap()[0].1.bytes, 101);
    assert_eq!(store.last_minute().unwrap(), Some(5));
    let (db, wal) = store.file_sizes();
    assert!(db > 0 && wal > 0, "{db} {wal}");
    store.checkpoint().unwrap();
    assert_eq!(store.file_sizes().1, 0, "a checkpoint truncates the WAL");
}

#[test]
fn devices_keep_first_sighting_and_known_names() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("n.db"), options()).unwrap();
    let laptop = DeviceRecord {
        id: "3c:22:fb:10:00:0a".into(),
        last_ip: Some("192.168.1.10".into()),
        name: Some("kitchen-laptop".into()),
        first_seen: 1000,
        last_seen: 2000,
    };
    store.upsert_devices(std::slice::from_ref(&laptop)).unwrap();
    store
        .upsert_devices(&[DeviceRecord {
            last_ip: Some("192.168.1.20".into()),
            name: None,
            first_seen: 3000,
            last_seen: 4000,
            ..laptop.clone()
        }])
        .unwrap();
    // an older sighting arriving late moves nothing forward
    store
        .upsert_devices(&[DeviceRecord {
            last_ip: Some("192.168.1.99".into()),
            name: Some("old".into()),
            first_seen: 500,
            last_seen: 600,
            ..laptop.clone()
        }])
        .unwrap();
    let devices = store.devices().unwrap();
    assert_eq!(
        devices,
        vec![DeviceRecord {
            id: laptop.id.clone(),
            last_ip: Some("192.168.1.20".into()),
            name: Some("kitchen-laptop".into()),
            first_seen: 500,
            last_seen: 4000,
        }]
    );
    let anon = laptop
        .as_privacy_allows(crate::config::Privacy::DevicesAnonymous)
        .unwrap();
    assert_eq!((anon.last_ip, anon.name), (None, None));
    assert!(
        laptop
            .as_privacy_allows(crate::config::Privacy::Aggregate)
            .is_none()
    );
}

#[test]
fn one_flush_writes_rows_health_and_devices_together_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("n.db"), options()).unwrap();
    let device = DeviceRecord {
        id: "device-0a1b2c3d".into(),
        last_ip: None,
        name: None,
        first_seen: 60,
        last_seen: 120,
    };
    let health = HealthSample {
        ts: 120,
        interface: "eth0".into(),
        packets_received: 5,
        dropped_by_kernel: 0,
        dropped_by_interface: 0,
        undecodable: 1,
        offload_suspected: false,
    };
    store
        .write_flush(
            &[(full_key(1), counts(10))],
            std::slice::from_ref(&health),
            std::slice::from_ref(&device),
            &[],
        )
        .unwrap();
    assert_eq!(store.rows(0, 10).unwrap().len(), 1);
    assert_eq!(store.health(0, 1000).unwrap(), vec![health.clone()]);
    assert_eq!(store.devices().unwrap(), vec![device.clone()]);

    // a count SQLite cannot hold fails the whole flush before anything is written
    let huge = Counts {
        bytes: u64::MAX,
        packets: 1,
        new_flows: 0,
    };
    let err = store
        .write_flush(
            &[(full_key(2), counts(10)), (full_key(3), huge)],
            &[HealthSample { ts: 180, ..health }],
            &[],
            &[],
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::InvalidData { .. }), "{err}");
    assert!(err.to_string().contains("does not fit"), "{err}");
    assert_eq!(store.rows(0, 10).unwrap().len(), 1);
    assert_eq!(store.health(0, 1000).unwrap().len(), 1);
}

#[test]
fn health_and_gaps_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("n.db"), options()).unwrap();
    let sample = |ts, iface: &str| HealthSample {
        ts,
        interface: iface.into(),
        packets_received: 10_000,
        dropped_by_kernel: 3,
        dropped_by_interface: 1,
        undecodable: 2,
        offload_suspected: iface == "wan",
    };
    let samples = vec![sample(60, "eth0"), sample(60, "wan"), sample(120, "eth0")];
    store.write_health(&samples).unwrap();
    assert_eq!(store.health(0, 1000).unwrap(), samples);
    assert_eq!(store.health(61, 1000).unwrap(), samples[2..].to_vec());

    store.record_gap(10, 20, "eth0 down").unwrap();
    store.record_gap(10, 20, "eth0 down").unwrap();
    store.record_gap(30, 35, "daemon stopped").unwrap();
    assert_eq!(store.gaps(0, 100).unwrap().len(), 2);
    assert_eq!(
        store.gaps(19, 31).unwrap(),
        vec![
            Gap {
                start_minute: 10,
                end_minute: 20,
                reason: "eth0 down".into()
            },
            Gap {
                start_minute: 30,
                end_minute: 35,
                reason: "daemon stopped".into()
            }
        ]
    );
    assert!(
        store.gaps(20, 30).unwrap().is_empty(),
        "spans are half-open"
    );
    let err = store.record_gap(5, 5, "empty").unwrap_err();
    assert!(err.to_string().contains("must end after"), "{err}");
}

/// A v1 file (as the first release wrote it) is migrated on open and keeps its rows.
#[test]
fn migrates_a_version_1_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    {
        let mut conn = Connection::open(&path).unwrap();
        schema::migrate(&mut conn, &path, 0, 1).unwrap();
        conn.execute_batch(
            "INSERT INTO names (id, text) VALUES (1, 'aa:bb:cc:dd:ee:ff'), (2, 'google'), (3, 'official');
             INSERT INTO usage_minute VALUES (600, 1, 1, 1, 2, 0, 0, 0, 0, 0, 3, 12345, 10, 1);
             INSERT INTO meta VALUES ('ranges_version', '2027-01-01');",
        )
        .unwrap();
        let v: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(v, 1);
    }
    let err = Store::open_read_only(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::TooOld { found: 1, .. }),
        "a reader does not migrate: {err}"
    );
    let mut store = Store::open(&path, options()).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let rows = store.rows(0, 1000).unwrap();
    let mut expected = key(600, Direction::Down, "aa:bb:cc:dd:ee:ff", Some("google"));
    expected.origin = Some(Origin::Official);
    assert_eq!(
        rows,
        vec![(
            expected,
            Counts {
                bytes: 12345,
                packets: 10,
                new_flows: 1
            }
        )]
    );
    assert_eq!(
        store.meta("ranges_version").unwrap().as_deref(),
        Some("2027-01-01")
    );
    // the v2 tables work
    store.prune(600 + 40 * 1440).unwrap();
    assert_eq!(grand_total(&store.rows(0, 1000).unwrap()).bytes, 12345);
}

/// Rows in statements of every batch size, with keys repeated inside one flush, add up.
#[test]
fn a_flush_of_any_size_adds_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("b.db"), options()).unwrap();
    for n in [1usize, 2, 3, 31, 32, 33, 63, 64, 65, 100] {
        let rows: Vec<(UsageKey, Counts)> = (0..n)
            .map(|i| {
                // every fifth row repeats the key of the row before it
                let j = i - usize::from(i % 5 == 4);
                let device = format!("device-{}", j % 7);
                (
                    key(
                        10_000 * n as i64 + j as i64 / 7,
                        Direction::Up,
                        &device,
                        None,
                    ),
                    counts(1000 + i as u64),
                )
            })
            .collect();
        store.write_minutes(&rows).unwrap();
        store.write_minutes(&rows).unwrap();
        let span = 10_000 * n as i64;
        let back = store.rows(span, span + 10_000).unwrap();
        let mut twice = rows.clone();
        twice.extend(rows.iter().cloned());
        assert_eq!(totals(&back), totals(&twice), "{n} rows");
    }
}

fn assert_untouched(path: &Path, before: &[u8]) {
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "{} was changed",
        path.display()
    );
    for suffix in ["-wal", "-journal"] {
        let side = format!("{}{suffix}", path.display());
        let len = std::fs::metadata(&side).map(|m| m.len()).unwrap_or(0);
        assert_eq!(len, 0, "{side} was written");
    }
}

#[test]
fn a_garbage_file_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    for (name, content) in [
        ("short.db", b"not a database at all\n".to_vec()),
        ("long.db", b"nuage? no: garbage bytes ".repeat(400)),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, &content).unwrap();
        let err = Store::open(&path, options()).unwrap_err();
        assert!(matches!(err, StoreError::Corrupt { .. }), "{name}: {err}");
        let msg = err.to_string();
        assert!(
            msg.contains(name) && msg.contains("left untouched"),
            "{msg}"
        );
        assert_untouched(&path, &content);
        let err = Store::open_read_only(&path).unwrap_err();
        assert!(matches!(err, StoreError::Corrupt { .. }), "{name}: {err}");
        assert_untouched(&path, &content);
    }
}

#[test]
fn another_applications_database_and_a_newer_schema_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.db");
    {
        let conn = Connection::open(&other).unwrap();
        conn.execute_batch("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT);")
            .unwrap();
    }
    let before = std::fs::read(&other).unwrap();
    let err = Store::open(&other, options()).unwrap_err();
    assert!(
        matches!(err, StoreError::NotNuage { tables: 1, .. }),
        "{err}"
    );
    assert_untouched(&other, &before);

    let newer = dir.path().join("newer.db");
    {
        let mut store = Store::open(&newer, options()).unwrap();
        store.write_minutes(&[(full_key(1), counts(1))]).unwrap();
        store
            .conn
            .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
            .unwrap();
        store.checkpoint().unwrap();
    }
    let before = std::fs::read(&newer).unwrap();
    let err = Store::open(&newer, options()).unwrap_err();
    assert!(matches!(err, StoreError::TooNew { .. }), "{err}");
    assert!(err.to_string().contains("upgrade nuage"), "{err}");
    assert_eq!(std::fs::read(&newer).unwrap(), before);
    assert!(matches!(
        Store::open_read_only(&newer).unwrap_err(),
        StoreError::TooNew { .. }
    ));
}

#[test]
fn a_locked_database_gives_a_clear_error_and_a_retry_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.db");
    let mut store = Store::open(&path, options()).unwrap();
    store.write_minutes(&[(full_key(1), counts(10))]).unwrap();

    // another writer holds the write lock: the flush fails, nothing half-written
    let other = Connection::open(&path).unwrap();
    other
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO meta VALUES ('x', 'y');")
        .unwrap();
    let rows = vec![(full_key(2), counts(20)), (full_key(3), counts(30))];
    let err = store.write_minutes(&rows).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err}");
    assert!(err.is_transient());
    assert!(err.to_string().contains("locked"), "{err}");
    other.execute_batch("ROLLBACK").unwrap();
    store.write_minutes(&rows).unwrap();
    assert_eq!(grand_total(&store.rows(0, 10).unwrap()).bytes, 60);
    drop(store);

    // a process holding the file exclusively: opening fails, the file is kept
    other
        .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; INSERT INTO meta VALUES ('x', 'y'); COMMIT;")
        .unwrap();
    let err = Store::open(&path, options()).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err}");
    drop(other);
    let store = Store::open(&path, options()).unwrap();
    assert_eq!(grand_total(&store.rows(0, 10).unwrap()).bytes, 60);
}

#[test]
fn unwritable_places_are_named_in_the_error() {
    // /proc takes no new files, even for root.
    let path = Path::new("/proc/nuage-store-test.db");
    let err = Store::open(path, options()).unwrap_err();
    assert!(
        err.to_string().contains("/proc/nuage-store-test.db"),
        "{err}"
    );
    assert!(err.is_transient(), "{err:?}");

    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-dir").join("n.db");
    let err = Store::open(&missing, options()).unwrap_err();
    assert!(matches!(err, StoreError::CannotOpen { .. }), "{err}");
    let err = Store::open_read_only(&dir.path().join("absent.db")).unwrap_err();
    assert!(matches!(err, StoreError::CannotOpen { .. }), "{err}");
    assert!(
        !dir.path().join("absent.db").exists(),
        "a reader creates nothing"
    );
}

#[test]
fn a_read_only_directory_is_refused_when_permissions_apply() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    let path = ro.join("n.db");
    {
        let mut store = Store::open(&path, options()).unwrap();
        store.write_minutes(&[(full_key(1), counts(10))]).unwrap();
        store.checkpoint().unwrap();
    }
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = ro.join("probe");
    if std::fs::write(&probe, b"x").is_ok() {
        // root ignores permissions: nothing to test here (the /proc test covers refusal)
        eprintln!("note: running as root, permissions do not apply; skipped");
        let _ = std::fs::remove_file(&probe);
    } else {
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path, options()).unwrap_err();
        assert!(err.is_transient(), "{err}");
        assert!(err.to_string().contains("n.db"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
        let err = Store::open(&ro.join("new.db"), options()).unwrap_err();
        assert!(err.is_transient(), "{err}");
    }
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn prune_rolls_minutes_into_hours_keeping_totals() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("n.db"), options()).unwrap();
    let day = 1440;
    let base = 20_000 * day; // 2024-10-04, an hour boundary
    let mut rows = Vec::new();
    for d in 0..40 {
        for m in [0, 7, 59, 60, 61, 600, 1439] {
            let minute = base + d * day + m;
            rows.push((
                key(minute, Direction::Down, "a", Some("google")),
                counts(1000 + m as u64),
            ));
            rows.push((key(minute, Direction::Up, "b", None), counts(10)));
        }
    }
    store.write_minutes(&rows).unwrap();
    let now = base + 40 * day + 30;
    let before = store.rows(base, now).unwrap();
    let stats = store.prune(now).unwrap();
    let after = store.rows(base, now).unwrap();
    assert_eq!(grand_total(&after), grand_total(&before));
    assert!(stats.minute_rows_rolled_up > 0);
    assert_eq!(stats.hourly_rows_deleted, 0);
    // rolled-up days: one row per hour and key, at the hour's first minute
    let day0 = store.rows(base, base + day).unwrap();
    let hours: Vec<i64> = day0
        .iter()
        .filter(|(k, _)| k.device.as_deref() == Some("a"))
        .map(|(k, _)| k.minute - base)
        .collect();
    assert_eq!(hours, vec![0, 60, 600, 1380]);
    let first_hour = day0
        .iter()
        .find(|(k, _)| k.minute == base && k.device.as_deref() == Some("a"))
        .unwrap();
    assert_eq!(first_hour.1.bytes, 1000 + 1007 + 1059);
    assert_eq!(first_hour.1.new_flows, 3);
    // recent days keep their minutes
    let recent = store.rows(base + 39 * day, base + 40 * day).unwrap();
    assert!(recent.iter().any(|(k, _)| (k.minute - base) % 60 == 7));
    // pruning again changes nothing; a late minute for a rolled-up hour still counts
    assert_eq!(store.prune(now).unwrap().minute_rows_rolled_up, 0);
    store
        .write_minutes(&[(
            key(base + 5, Direction::Down, "a", Some("google")),
            counts(1),
        )])
        .unwrap();
    let merged = store.rows(base, base + 60).unwrap();
    assert_eq!(
        merged
            .iter()
            .filter(|(k, _)| k.device.as_deref() == Some("a"))
            .count(),
        2
    );
    assert_eq!(
        grand_total(&store.rows(base, now).unwrap()).bytes,
        grand_total(&before).bytes + 1
    );
    store.prune(now).unwrap();
    assert_eq!(
        store
            .rows(base, base + 60)
            .unwrap()
            .iter()
            .filter(|(k, _)| k.device.as_deref() == Some("a"))
            .count(),
        1,
        "the late minute joined its hour"
    );

    // health, gaps and devices follow retention too
    store
        .write_health(&[HealthSample {
            ts: base * 60,
            interface: "eth0".into(),
            packets_received: 1,
            dropped_by_kernel: 0,
            dropped_by_interface: 0,
            undecodable: 0,
            offload_suspected: false,
        }])
        .unwrap();
    store.record_gap(base, base + 10, "down").unwrap();
    store
        .upsert_devices(&[DeviceRecord {
            id: "a".into(),
            last_ip: None,
            name: None,
            first_seen: base * 60,
            last_seen: base * 60,
        }])
        .unwrap();
    let stats = store.prune(now).unwrap();
    assert_eq!(stats.health_samples_deleted, 1);
    assert_eq!(stats.gaps_deleted, 0);
    // 400 days later everything old is gone
    let later = base + 401 * day;
    let stats = store.prune(later).unwrap();
    assert!(stats.hourly_rows_deleted > 0);
    assert_eq!((stats.gaps_deleted, stats.devices_deleted), (1, 1));
    // day 0 is past 400 days; the rest are hourly rows now, totals kept
    assert!(store.rows(base, base + day).unwrap().is_empty());
    let rest = store.rows(base + day, base + 40 * day).unwrap();
    let kept = before
        .iter()
        .filter(|(k, _)| k.minute >= base + day && k.minute < base + 40 * day);
    let mut kept_total = Counts::default();
    for (_, c) in kept {
        kept_total.add(c);
    }
    assert_eq!(grand_total(&rest), kept_total);
    assert!(rest.iter().all(|(k, _)| k.minute % 60 == 0));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// However the rows are split into flushes, the stored totals per key are the sums.
    #[test]
    fn any_batch_split_stores_the_same_totals(
        rows in proptest::collection::vec(
            (0i64..4, any::<bool>(), 0usize..3, 0usize..3, 1u64..1_000_000),
            1..60,
        ),
        cuts in proptest::collection::vec(0usize..60, 0..6),
    ) {
        let devices = ["a", "b", "02:00:00:00:00:01"];
        let providers = [None, Some("amazon"), Some("google")];
        let rows: Vec<(UsageKey, Counts)> = rows
            .into_iter()
            .map(|(m, up, d, p, b)| {
                let dir = if up { Direction::Up } else { Direction::Down };
                (key(1000 + m, dir, devices[d], providers[p]), counts(b))
            })
            .collect();
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(rows.len())).collect();
        cuts.push(0);
        cuts.push(rows.len());
        cuts.sort_unstable();
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("p.db"), options()).unwrap();
        for w in cuts.windows(2) {
            store.write_minutes(&rows[w[0]..w[1]]).unwrap();
        }
        let back = store.rows(0, 10_000).unwrap();
        prop_assert_eq!(totals(&back), totals(&rows));
    }
}

// ---- local days -------------------------------------------------------------------------

fn brussels() -> LocalDays {
    LocalDays::new(Some("Europe/Brussels")).unwrap()
}

#[test]
fn brussels_days_last_23_or_25_hours_when_clocks_change() {
    let days = brussels();
    assert_eq!(days.time_zone_name(), "Europe/Brussels");
    let spring = days.span(date(2027, 3, 28));
    let autumn = days.span(date(2027, 10, 31));
    let plain = days.span(date(2027, 3, 8));
    assert_eq!(spring.minutes(), 23 * 60);
    assert_eq!(autumn.minutes(), 25 * 60);
    assert_eq!(plain.minutes(), 24 * 60);
    assert_eq!(spring.label, "2027-03-28");
    assert_eq!(spring.time_zone, "Europe/Brussels");
    // 2027-03-28 00:00 CET is 2027-03-27 23:00 UTC
    let utc_midnight = jiff::Timestamp::from_second(
        date(2027, 3, 28)
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .unwrap()
            .timestamp()
            .as_second(),
    )
    .unwrap()
    .as_second()
        / 60;
    assert_eq!(spring.start_minute, utc_midnight - 60);
    assert_eq!(spring.end_minute, days.span(date(2027, 3, 29)).start_minute);
    // every minute of a span maps back to its date, and the neighbours do not
    for span in [&spring, &autumn, &plain] {
        let d: jiff::civil::Date = span.label.parse().unwrap();
        assert_eq!(days.date_of(span.start_minute), d);
        assert_eq!(days.date_of(span.end_minute - 1), d);
        assert_ne!(days.date_of(span.start_minute - 1), d);
        assert_ne!(days.date_of(span.end_minute), d);
    }
}

#[test]
fn a_day_whose_midnight_is_skipped_starts_at_its_first_moment() {
    // São Paulo moved clocks from 00:00 to 01:00 on 2018-11-04.
    let days = LocalDays::new(Some("America/Sao_Paulo")).unwrap();
    let span = days.span(date(2018, 11, 4));
    assert_eq!(span.minutes(), 23 * 60);
    assert_eq!(days.date_of(span.start_minute), date(2018, 11, 4));
    assert_eq!(days.date_of(span.start_minute - 1), date(2018, 11, 3));
}

#[test]
fn time_zone_names_are_checked() {
    let err = LocalDays::new(Some("Europe/Atlantis")).unwrap_err();
    assert!(err.to_string().contains("Europe/Atlantis"), "{err}");
    assert_eq!(
        LocalDays::new(Some("UTC"))
            .unwrap()
            .span(date(1970, 1, 2))
            .start_minute,
        1440
    );
    // the system zone (or UTC) always gives a day
    let system = LocalDays::new(None).unwrap();
    assert!(system.span(date(2027, 3, 8)).minutes() >= 23 * 60);
}

#[test]
fn the_fallback_day_arithmetic_agrees_with_jiff() {
    for d in [
        date(1970, 1, 1),
        date(2000, 2, 29),
        date(2027, 12, 31),
        date(1969, 12, 31),
    ] {
        let expected = d
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .unwrap()
            .timestamp()
            .as_second()
            / 86_400;
        assert_eq!(days::utc_days_for_test(d), expected, "{d}");
    }
}

struct Fixture {
    catalogue: crate::ranges::Catalogue,
    services: crate::names::ServiceCatalogue,
    rule: BigTechRule,
}

impl Fixture {
    fn new() -> Self {
        let catalogue = crate::ranges::Catalogue::bundled().unwrap();
        let services = crate::names::ServiceCatalogue::bundled().unwrap();
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

#[test]
fn a_stored_day_agrees_with_building_the_same_rows() {
    let f = Fixture::new();
    let days = brussels();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("n.db"), options()).unwrap();
    // rows from the day before to the day after the autumn change, every 7 minutes
    let target = days.span(date(2027, 10, 31));
    let mut rows = Vec::new();
    let mut m = target.start_minute - 300;
    let mut i = 0u64;
    while m < target.end_minute + 300 {
        let provider = [Some("amazon"), Some("google"), None, Some("cloudflare")][(i % 4) as usize];
        let mut k = key(
            m,
            if i % 3 == 0 {
                Direction::Up
            } else {
                Direction::Down
            },
            ["a", "b"][(i % 2) as usize],
            provider,
        );
        k.service = (i % 5 == 0).then(|| "youtube".into());
        rows.push((k, counts(100 + i * 17)));
        m += 7;
        i += 1;
    }
    for chunk in rows.chunks(37) {
        store.write_minutes(chunk).unwrap();
    }
    let stored = day_usage(&store, &days, date(2027, 10, 31), f.naming(), 15).unwrap();
    let built = DayUsage::build(
        target.clone(),
        rows.iter().map(|(k, c)| (k, c)),
        f.naming(),
        15,
    );
    assert_eq!(stored, built);
    assert_eq!(stored.timeline.len(), 100, "25 hours of 15-minute buckets");
    assert!(!stored.is_empty());
}

#[test]
fn days_with_data_and_the_default_baseline() {
    let days = brussels();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("n.db"), options()).unwrap();
    assert!(days_with_data(&store, &days).unwrap().is_empty());
    // Mondays 2027-03-08 back 9 weeks, except 2027-02-15 (no data); plus a late-evening
    // minute that is already the next day in Brussels.
    let monday = date(2027, 3, 8);
    let mut written = Vec::new();
    for w in 1..=9 {
        let d = monday.checked_sub(jiff::Span::new().weeks(w)).unwrap();
        if d == date(2027, 2, 15) {
            continue;
        }
        let span = days.span(d);
        store
            .write_minutes(&[(
                key(span.start_minute + 600, Direction::Down, "a", None),
                counts(5),
            )])
            .unwrap();
        written.push(d);
    }
    let late = days.span(monday).start_minute - 1; // 23:59 Sunday local
    store
        .write_minutes(&[(key(late, Direction::Down, "a", None), counts(5))])
        .unwrap();
    let mut expected = written.clone();
    expected.push(date(2027, 3, 7));
    expected.sort();
    assert_eq!(days_with_data(&store, &days).unwrap(), expected);

    let baseline = baseline_dates(&store, &days, monday).unwrap();
    assert_eq!(
        baseline,
        vec![
            date(2027, 3, 1),
            date(2027, 2, 22),
            date(2027, 2, 8),
            date(2027, 2, 1)
        ]
    );
    // only weeks within 8 back count
    let sparse = baseline_dates(&store, &days, date(2027, 5, 3)).unwrap();
    assert!(sparse.iter().all(|d| *d >= date(2027, 3, 8)), "{sparse:?}");
    assert!(sparse.is_empty());
}

#[test]
fn a_store_can_move_to_a_writer_thread() {
    fn send<T: Send>() {}
    send::<Store>();
    send::<LocalDays>();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("n.db"), options()).unwrap();
    let handle = std::thread::spawn(move || {
        store.write_minutes(&[(full_key(1), counts(5))]).unwrap();
        store
    });
    let store = handle.join().unwrap();
    assert_eq!(store.rows(0, 10).unwrap().len(), 1);
}

#[test]
fn an_exclusive_store_keeps_no_shared_memory_file_and_shuts_readers_out() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.db");
    let mut store = Store::open(
        &path,
        StoreOptions {
            exclusive: true,
            ..options()
        },
    )
    .unwrap();
    store.write_minutes(&[(full_key(1), counts(5))]).unwrap();
    store.write_minutes(&[(full_key(2), counts(5))]).unwrap();
    assert!(!dir.path().join("n.db-shm").exists(), "no -shm file");
    let err = Store::open_read_only(&path).unwrap_err();
    assert!(matches!(err, StoreError::Locked { .. }), "{err}");
    drop(store);
    // after the exclusive store is gone (even without a checkpoint), everything is there
    let reader = Store::open_read_only(&path).unwrap();
    assert_eq!(grand_total(&reader.rows(0, 10).unwrap()).bytes, 10);
}

#[test]
fn names_added_by_another_writer_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.db");
    let mut a = Store::open(&path, options()).unwrap();
    let mut b = Store::open(&path, options()).unwrap();
    b.write_minutes(&[(key(1, Direction::Up, "from-b", None), counts(1))])
        .unwrap();
    a.write_minutes(&[(key(2, Direction::Up, "from-a", None), counts(1))])
        .unwrap();
    let rows = a.rows(0, 10).unwrap();
    let devices: Vec<_> = rows.iter().filter_map(|(k, _)| k.device.clone()).collect();
    assert_eq!(devices, vec!["from-b".to_string(), "from-a".to_string()]);
}

/// `max_page_count` makes SQLite report a full disk exactly as a full filesystem does.
#[test]
fn a_full_disk_fails_the_flush_whole_and_a_retry_after_space_is_freed_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.db");
    let mut store = Store::open(&path, options()).unwrap();
    store.write_minutes(&[(full_key(1), counts(7))]).unwrap();
    let pages: i64 = store
        .conn
        .pragma_query_value(None, "page_count", |r| r.get(0))
        .unwrap();
    store
        .conn
        .pragma_update(None, "max_page_count", pages)
        .unwrap();
    let big: Vec<(UsageKey, Counts)> = (0..2000)
        .map(|i| {
            (
                key(100 + i, Direction::Down, &format!("device-{i}"), None),
                counts(1),
            )
        })
        .collect();
    let err = store.write_minutes(&big).unwrap_err();
    assert!(matches!(err, StoreError::DiskFull { .. }), "{err}");
    assert!(
        err.is_transient() && err.to_string().contains("disk is full"),
        "{err}"
    );
    assert_eq!(
        grand_total(&store.rows(0, 10_000).unwrap()).bytes,
        7,
        "nothing half-written"
    );
    // the names of the failed flush were rolled back with it, and are interned again
    store
        .conn
        .pragma_update(None, "max_page_count", 1_000_000)
        .unwrap();
    store.write_minutes(&big).unwrap();
    let rows = store.rows(0, 10_000).unwrap();
    assert_eq!(grand_total(&rows).bytes, 2007);
    assert!(
        rows.iter()
            .any(|(k, _)| k.device.as_deref() == Some("device-1999"))
    );
}

#[test]
fn a_new_database_is_not_world_readable() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nuage.db");
    let mut store = Store::open(&path, options()).unwrap();
    store
        .write_minutes(&[(key(10, Direction::Up, "d", None), counts(5))])
        .unwrap();
    let wal = dir.path().join("nuage.db-wal");
    for file in [&path, &wal] {
        let mode = std::fs::metadata(file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode & 0o007, 0, "{}: {mode:o}", file.display());
        assert_eq!(mode & 0o600, 0o600, "{}: {mode:o}", file.display());
    }
    drop(store);
    // an existing file keeps the mode its owner gave it
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    drop(Store::open(&path, options()).unwrap());
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

/// A failure at the last step of a flush (the gaps, written after rows, health and devices)
/// rolls back everything the flush wrote before it, interned names included.
#[test]
fn a_flush_failing_at_its_last_step_writes_nothing_and_can_be_retried() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("n.db");
    let mut store = Store::open(&path, options()).unwrap();
    let device = DeviceRecord {
        id: "device-0a1b2c3d".into(),
        last_ip: None,
        name: None,
        first_seen: 60,
        last_seen: 120,
    };
    let health = HealthSample {
        ts: 120,
        interface: "eth0".into(),
        packets_received: 5,
        dropped_by_kernel: 0,
        dropped_by_interface: 0,
        undecodable: 0,
        offload_suspected: false,
    };
    let gap = Gap {
        start_minute: 1,
        end_minute: 2,
        reason: "interface eth0 was down".into(),
    };
    let rows = [(full_key(1), counts(10)), (full_key(2), counts(20))];
    let flush = |store: &mut Store| {
        store.write_flush(
            &rows,
            std::slice::from_ref(&health),
            std::slice::from_ref(&device),
            std::slice::from_ref(&gap),
        )
    };
    // a second connection makes inserting a gap fail, as a disk error there would
    let other = Connection::open(&path).unwrap();
    other
        .execute_batch(
            "CREATE TRIGGER no_gaps BEFORE INSERT ON gaps BEGIN SELECT RAISE(ABORT, 'injected'); END;",
        )
        .unwrap();
    let err = flush(&mut store).unwrap_err();
    assert!(err.to_string().contains("recording a gap"), "{err}");
    assert!(store.rows(0, 10).unwrap().is_empty(), "no row half-written");
    assert!(store.health(0, 1000).unwrap().is_empty());
    assert!(store.devices().unwrap().is_empty());
    assert!(store.gaps(0, 10).unwrap().is_empty());
    let names: i64 = other
        .query_row("SELECT count(*) FROM names", [], |r| r.get(0))
        .unwrap();
    assert_eq!(names, 0, "the names the flush interned went with it");

    other.execute_batch("DROP TRIGGER no_gaps;").unwrap();
    flush(&mut store).unwrap();
    assert_eq!(grand_total(&store.rows(0, 10).unwrap()).bytes, 30);
    assert_eq!(store.health(0, 1000).unwrap(), vec![health]);
    assert_eq!(store.devices().unwrap(), vec![device]);
    assert_eq!(store.gaps(0, 10).unwrap(), vec![gap]);
}
