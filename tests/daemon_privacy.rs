#![allow(clippy::unwrap_used, clippy::expect_used)]
//! What `nuage run` keeps about devices under each privacy setting, read back from the
//! database with plain SQL: `full` keeps the device table (MAC, last address, announced name,
//! first/last seen) and MACs in the per-minute rows; `devices-anonymous` (the default) keeps
//! pseudonyms and times only; `aggregate` keeps no device at all.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use rusqlite::Connection;

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/demo/household.pcap");

#[derive(Debug)]
struct DeviceRow {
    last_ip: Option<String>,
    name: Option<String>,
    first_seen: i64,
    last_seen: i64,
}

struct Run {
    _dir: tempfile::TempDir,
    db: PathBuf,
}

/// Runs the demo capture through the daemon with `privacy` in a fresh data dir.
fn run(privacy: Option<&str>) -> Run {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = dir.path().join("nuage.toml");
    let privacy = privacy.map_or(String::new(), |p| format!("privacy = \"{p}\"\n"));
    std::fs::write(
        &config,
        format!("{privacy}[daemon]\ntz = \"UTC\"\nuser = \"root\"\n"),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .arg("--data-dir")
        .arg(&data)
        .arg("--config")
        .arg(&config)
        .arg("--socket")
        .arg(dir.path().join("nuage.sock"))
        .args(["run", "--pcap", DEMO, "--speed", "max"])
        .env_remove("NUAGE_LOG")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Run {
        db: data.join("nuage.db"),
        _dir: dir,
    }
}

fn devices(db: &Connection) -> BTreeMap<String, DeviceRow> {
    let mut stmt = db
        .prepare("SELECT id, last_ip, name, first_seen, last_seen FROM devices")
        .unwrap();
    stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            DeviceRow {
                last_ip: r.get(1)?,
                name: r.get(2)?,
                first_seen: r.get(3)?,
                last_seen: r.get(4)?,
            },
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// The device column of the per-minute rows: label (NULL: none) → (first, last) minute.
fn row_devices(db: &Connection) -> BTreeMap<Option<String>, (i64, i64)> {
    let mut stmt = db
        .prepare(
            "SELECT n.text, min(u.minute), max(u.minute) FROM usage_minute u
             LEFT JOIN names n ON n.id = u.device GROUP BY n.text",
        )
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn is_mac(s: &str) -> bool {
    let parts: Vec<&str> = s.split(':').collect();
    parts.len() == 6
        && parts
            .iter()
            .all(|p| p.len() == 2 && p.chars().all(|c| c.is_ascii_hexdigit()))
}

fn is_pseudonym(s: &str) -> bool {
    s.strip_prefix("device-")
        .is_some_and(|h| h.len() == 8 && h.chars().all(|c| c.is_ascii_hexdigit()))
}

fn file_bytes(db: &Path) -> Vec<u8> {
    let mut bytes = std::fs::read(db).unwrap();
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    if let Ok(more) = std::fs::read(PathBuf::from(wal)) {
        bytes.extend(more);
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn each_privacy_setting_keeps_what_it_promises_about_devices() {
    // full: the device table as the network showed it
    let full = run(Some("full"));
    let db = Connection::open(&full.db).unwrap();
    let table = devices(&db);
    let in_rows = row_devices(&db);
    assert!(table.len() >= 5, "{table:?}");
    for (id, d) in &table {
        assert!(is_mac(id), "{id}");
        let ip = d.last_ip.as_deref().expect("full keeps the last address");
        assert!(ip.parse::<std::net::IpAddr>().is_ok(), "{ip}");
        // first/last seen are the minutes of the device's own rows
        let (first, last) = in_rows[&Some(id.clone())];
        assert_eq!((d.first_seen, d.last_seen), (first * 60, last * 60), "{id}");
    }
    let names: BTreeSet<&str> = table.values().filter_map(|d| d.name.as_deref()).collect();
    assert!(
        names.contains("kitchen-laptop") && names.contains("anas-phone"),
        "the names devices announced over DHCP: {names:?}"
    );
    let labelled: BTreeSet<String> = in_rows.keys().flatten().cloned().collect();
    assert!(labelled.iter().all(|d| is_mac(d)), "{labelled:?}");
    assert_eq!(
        labelled,
        table.keys().cloned().collect(),
        "every device of the rows is in the table"
    );
    let secrets: Vec<String> = table
        .iter()
        .flat_map(|(id, d)| [Some(id.clone()), d.name.clone(), d.last_ip.clone()])
        .flatten()
        .collect();
    drop(db);

    // devices-anonymous, the default: pseudonyms and times, nothing that names a device
    for privacy in [Some("devices-anonymous"), None] {
        let anon = run(privacy);
        let db = Connection::open(&anon.db).unwrap();
        let table = devices(&db);
        let in_rows = row_devices(&db);
        assert_eq!(table.len(), labelled.len(), "{privacy:?}: one per device");
        for (id, d) in &table {
            assert!(is_pseudonym(id), "{id}");
            assert_eq!((d.last_ip.as_deref(), d.name.as_deref()), (None, None));
            let (first, last) = in_rows[&Some(id.clone())];
            assert_eq!((d.first_seen, d.last_seen), (first * 60, last * 60));
        }
        let pseudonyms: BTreeSet<String> = in_rows.keys().flatten().cloned().collect();
        assert_eq!(pseudonyms, table.keys().cloned().collect());
        drop(db);
        let bytes = file_bytes(&anon.db);
        for secret in &secrets {
            assert!(
                !contains(&bytes, secret),
                "{privacy:?}: {secret:?} is in the database file"
            );
        }
    }

    // aggregate: no device anywhere
    let agg = run(Some("aggregate"));
    let db = Connection::open(&agg.db).unwrap();
    assert!(devices(&db).is_empty());
    let in_rows = row_devices(&db);
    assert_eq!(
        in_rows.keys().collect::<Vec<_>>(),
        vec![&None],
        "no row has a device"
    );
    let bytes = file_bytes(&agg.db);
    for secret in &secrets {
        assert!(!contains(&bytes, secret), "{secret:?} is in the database");
    }
}
