//! The schema and its migrations. `PRAGMA user_version` is the schema version;
//! `PRAGMA application_id` marks the file as nuage's so a wrong path is refused, not migrated.
//!
//! Layout choices (measured, see `examples/store-day.rs` and `benches/store.rs`):
//! - Text dimensions (device, provider, product, network, service, domain, name source,
//!   origin) are interned in `names`; `0` means none.
//! - Since v3 the ten dimensions of a row (scope, direction and the eight names) are
//!   interned once more, as a row of `usage_keys`, and the usage tables `minute_usage` and
//!   `hour_usage` hold only (minute or hour, key id, counts), `WITHOUT ROWID` with that pair
//!   as primary key: a household has a few hundred distinct keys, so each upsert compares two
//!   integers instead of eleven and a row takes half the bytes. The views `usage_minute` and
//!   `usage_hour` show the rows with every dimension, as the tables of v1 and v2 did, for
//!   anyone querying the file by hand.
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
    // v3: the dimensions of usage rows interned in `usage_keys`; usage rows keyed by
    // (minute or hour, key id). The old tables become views with the same columns.
    "
    CREATE TABLE usage_keys (
        id INTEGER PRIMARY KEY,
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
        UNIQUE (scope, direction, device, provider, product, network, service, domain,
                name_source, origin)
    );
    INSERT INTO usage_keys (scope, direction, device, provider, product, network, service,
                            domain, name_source, origin)
        SELECT scope, direction, device, provider, product, network, service, domain,
               name_source, origin FROM usage_minute
        UNION
        SELECT scope, direction, device, provider, product, network, service, domain,
               name_source, origin FROM usage_hour
        ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10;
    CREATE TABLE minute_usage (
        minute INTEGER NOT NULL,
        usage_key INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        packets INTEGER NOT NULL,
        new_flows INTEGER NOT NULL,
        PRIMARY KEY (minute, usage_key)
    ) WITHOUT ROWID;
    CREATE TABLE hour_usage (
        hour INTEGER NOT NULL,
        usage_key INTEGER NOT NULL,
        bytes INTEGER NOT NULL,
        packets INTEGER NOT NULL,
        new_flows INTEGER NOT NULL,
        PRIMARY KEY (hour, usage_key)
    ) WITHOUT ROWID;
    INSERT INTO minute_usage
        SELECT u.minute, k.id, u.bytes, u.packets, u.new_flows
        FROM usage_minute u JOIN usage_keys k USING (scope, direction, device, provider,
             product, network, service, domain, name_source, origin)
        ORDER BY 1, 2;
    INSERT INTO hour_usage
        SELECT u.hour, k.id, u.bytes, u.packets, u.new_flows
        FROM usage_hour u JOIN usage_keys k USING (scope, direction, device, provider,
             product, network, service, domain, name_source, origin)
        ORDER BY 1, 2;
    DROP TABLE usage_minute;
    DROP TABLE usage_hour;
    CREATE VIEW usage_minute AS
        SELECT u.minute, k.scope, k.direction, k.device, k.provider, k.product, k.network,
               k.service, k.domain, k.name_source, k.origin, u.bytes, u.packets, u.new_flows
        FROM minute_usage u JOIN usage_keys k ON k.id = u.usage_key;
    CREATE VIEW usage_hour AS
        SELECT u.hour, k.scope, k.direction, k.device, k.provider, k.product, k.network,
               k.service, k.domain, k.name_source, k.origin, u.bytes, u.packets, u.new_flows
        FROM hour_usage u JOIN usage_keys k ON k.id = u.usage_key;
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
