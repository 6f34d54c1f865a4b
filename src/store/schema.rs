//! The schema and its migrations. `PRAGMA user_version` is the schema version;
//! `PRAGMA application_id` marks the file as nuage's so a wrong path is refused, not migrated.
//!
//! Layout choices (measured, see `examples/store-day.rs`):
//! - Usage tables are `WITHOUT ROWID` with the whole key as primary key, so a row is stored
//!   once (no separate UNIQUE index duplicating the key).
//! - Text dimensions (device, provider, product, network, service, domain, name source,
//!   origin) are interned in `names`; usage rows hold small integers, `0` meaning none. SQLite
//!   stores 0 and 1 in the record header alone, so an unknown dimension costs one byte.
//! - `scope`: 0 LAN, 1 Internet. `direction`: 0 up, 1 down.

use std::path::Path;

use rusqlite::Connection;

use super::error::{StoreError, at};

/// "nuag" in ASCII.
pub const APPLICATION_ID: i64 = 0x6e75_6167;

/// Each entry moves the schema from version `i` to `i + 1`. Never edit a released entry:
/// add a new one.
pub(crate) const MIGRATIONS: &[&str] = &[
    // v1: per-minute usage, the name dictionary, devices, gaps, meta.
    "
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE names (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL UNIQUE
    );
    CREATE TABLE usage_minute (
        minute INTEGER NOT NULL,
        scope INTEGER NOT NULL,
        direction INTEGER NOT NULL,
        device INTEGER NOT NULL,
        provider INTEGER NOT NULL,
        product INTEGER NOT NULL,
        network INTEGER NOT NULL,
        service INTEGER NOT NULL,
        domain INTEGER NOT NULL,
        name_source INTEGER NOT NULL,
        origin INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        packets INTEGER NOT NULL,
        new_flows INTEGER NOT NULL,
        PRIMARY KEY (minute, scope, direction, device, provider, product, network, service,
                     domain, name_source, origin)
    ) WITHOUT ROWID;
    CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        last_ip TEXT,
        name TEXT,
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE gaps (
        start_minute INTEGER NOT NULL,
        end_minute INTEGER NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (start_minute, end_minute, reason)
    ) WITHOUT ROWID;
    ",
    // v2: hourly rollups for old minutes, and capture-health samples.
    "
    CREATE TABLE usage_hour (
        hour INTEGER NOT NULL,
        scope INTEGER NOT NULL,
        direction INTEGER NOT NULL,
        device INTEGER NOT NULL,
        provider INTEGER NOT NULL,
        product INTEGER NOT NULL,
        network INTEGER NOT NULL,
        service INTEGER NOT NULL,
        domain INTEGER NOT NULL,
        name_source INTEGER NOT NULL,
        origin INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        packets INTEGER NOT NULL,
        new_flows INTEGER NOT NULL,
        PRIMARY KEY (hour, scope, direction, device, provider, product, network, service,
                     domain, name_source, origin)
    ) WITHOUT ROWID;
    CREATE TABLE health (
        ts INTEGER NOT NULL,
        interface TEXT NOT NULL,
        packets_received INTEGER NOT NULL,
        dropped_by_kernel INTEGER NOT NULL,
        dropped_by_interface INTEGER NOT NULL,
        undecodable INTEGER NOT NULL,
        offload_suspected INTEGER NOT NULL,
        PRIMARY KEY (ts, interface)
    ) WITHOUT ROWID;
    ",
];

/// The schema version this nuage writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// What the file holds before any change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Header {
    pub version: i64,
    pub application_id: i64,
    /// Tables in the file (0 for a new, empty file).
    pub tables: i64,
}

/// Reads the header without writing anything: a garbage file fails here, untouched.
pub(crate) fn read_header(conn: &Connection, path: &Path) -> Result<Header, StoreError> {
    let version = conn
        .pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))
        .map_err(at(path, "reading the schema version"))?;
    let application_id = conn
        .pragma_query_value(None, "application_id", |r| r.get::<_, i64>(0))
        .map_err(at(path, "reading the application id"))?;
    let tables = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
            [],
            |r| r.get::<_, i64>(0),
        )
        .map_err(at(path, "listing tables"))?;
    Ok(Header {
        version,
        application_id,
        tables,
    })
}

/// Refuses files that are not nuage's or are too new; `Ok` for a new file or any version
/// up to ours.
pub(crate) fn check_header(header: Header, path: &Path) -> Result<(), StoreError> {
    let fresh = header.version == 0 && header.tables == 0 && header.application_id == 0;
    if !fresh && header.application_id != APPLICATION_ID {
        return Err(StoreError::NotNuage {
            path: path.to_path_buf(),
            application_id: header.application_id,
            tables: header.tables,
        });
    }
    if header.version > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: header.version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Applies the migrations after `from`, up to `to`, each in its own transaction with its
/// version bump, so a crash leaves the file at one version or the next.
pub(crate) fn migrate(
    conn: &mut Connection,
    path: &Path,
    from: i64,
    to: i64,
) -> Result<(), StoreError> {
    for version in from.max(0)..to.min(SCHEMA_VERSION) {
        let Some(sql) = usize::try_from(version)
            .ok()
            .and_then(|i| MIGRATIONS.get(i))
        else {
            break;
        };
        let what = format!("migrating the schema to version {}", version + 1);
        let tx = conn.transaction().map_err(at(path, &what))?;
        if version == 0 {
            tx.pragma_update(None, "application_id", APPLICATION_ID)
                .map_err(at(path, &what))?;
        }
        tx.execute_batch(sql).map_err(at(path, &what))?;
        tx.pragma_update(None, "user_version", version + 1)
            .map_err(at(path, &what))?;
        tx.commit().map_err(at(path, &what))?;
        tracing::info!(path = %path.display(), version = version + 1, "database schema migrated");
    }
    Ok(())
}
