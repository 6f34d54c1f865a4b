//! The embedded database: per-minute usage rows, devices, capture health, gaps and a few
//! settings, in one SQLite file in the data directory.
//!
//! Flash-friendly by construction: the daemon keeps a flush interval's rows in memory and
//! hands them to [`Store::write_flush`] (or [`Store::write_minutes`]), one transaction per
//! flush; the file is in WAL mode with `synchronous=NORMAL` and 1 KiB pages. A power cut can
//! lose the commits the kernel had not yet written back (about one flush), never the file's
//! consistency. Measured with `examples/store-day.rs` on the demo household (1000 flows,
//! 105k frames, 4000 rows a day): 5.6 MiB written a day flushing every 60 s with a health
//! sample each flush, 3.7 MiB with health every 15 min, 1.8 MiB flushing every 5 min; the
//! file grows by about 150 KiB a day.
//! Old minutes are folded into hourly rows and old hours deleted by [`Store::prune`].
//! Local days (time zones, DST) are in [`days`].
//!
//! A database the store cannot use — corrupt, another application's, written by a newer
//! nuage, locked, read-only — is reported with its path and never deleted or rewritten.

pub mod days;
mod error;
mod names;
mod read;
mod records;
mod retention;
mod schema;
mod write;

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, MAIN_DB, OpenFlags};

pub use days::{
    LocalDays, MAX_PERIOD_DAYS, baseline_dates, day_usage, days_with_data, period_usage,
};
pub use error::StoreError;
pub use records::{DeviceRecord, Gap, HealthSample, PruneStats};
pub use schema::{APPLICATION_ID, SCHEMA_VERSION};

use error::at;
use names::Names;

/// Database page size for new files. Each commit appends every page it dirtied to the WAL, and
/// a flush dirties a few pages (the newest usage leaf, health, devices): 1 KiB pages write a
/// third of what 4 KiB pages do for a household day (measured with examples/store-day.rs:
/// 5.6 MiB against 17 MiB a day), at the price of slightly deeper trees.
const PAGE_SIZE: i64 = 1024;
/// Prepared statements kept per connection: the usage upserts of each batch size (see
/// `write.rs`) and every other statement of a flush, a prune and a day's read stay prepared.
const STATEMENT_CACHE: usize = 32;
/// The WAL file is truncated back to this after a checkpoint, so it cannot stay large.
const JOURNAL_SIZE_LIMIT: i64 = 4 * 1024 * 1024;

/// How long rows are kept, and how long to wait for a lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StoreOptions {
    /// Minute rows older than this are folded into hourly rows.
    pub minute_retention_days: u32,
    /// Hourly rows (and gaps, devices not seen since) older than this are deleted.
    pub hourly_retention_days: u32,
    /// How long a write waits for another process's lock before failing with
    /// [`StoreError::Locked`].
    pub busy_timeout: Duration,
    /// Hold the database for this store alone (`locking_mode=EXCLUSIVE`): SQLite then keeps
    /// the WAL index in memory instead of a shared `-shm` file, whose pages the kernel would
    /// otherwise write back to flash after every commit. Other processes cannot read the
    /// database meanwhile (they get [`StoreError::Locked`]): for a daemon whose clients ask
    /// it over the control socket.
    pub exclusive: bool,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            minute_retention_days: 35,
            hourly_retention_days: 400,
            busy_timeout: Duration::from_secs(5),
            exclusive: false,
        }
    }
}

/// An open database. Not shared between threads: the daemon's writer owns one, readers
/// open their own (see [`Store::open_read_only`]).
pub struct Store {
    conn: Connection,
    path: PathBuf,
    options: StoreOptions,
    read_only: bool,
    /// The name dictionary as far as this connection has read it (ids only ever grow).
    names: RefCell<Names>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("options", &self.options)
            .field("read_only", &self.read_only)
            .finish_non_exhaustive()
    }
}

/// Mode of a new database file: the household's traffic is nobody else's business. SQLite
/// gives its WAL and journal files the database file's mode.
pub const DATABASE_MODE: u32 = 0o640;

/// Creates an empty database file with [`DATABASE_MODE`] (less what the umask removes) before SQLite
/// would create it with 0644. Errors are left to SQLite's open to report.
fn create_private(path: &Path) {
    use std::os::unix::fs::OpenOptionsExt as _;
    if path.exists() {
        return;
    }
    // the umask can only take more bits away
    let _ = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(DATABASE_MODE)
        .open(path);
}

impl Store {
    /// Opens the database at `path` for writing, creating it (not its directory) and
    /// migrating it to the current schema. Refuses, untouched, a file that is not a nuage
    /// database, is corrupt, or was written by a newer nuage.
    pub fn open(path: &Path, options: StoreOptions) -> Result<Store, StoreError> {
        create_private(path);
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(at(path, "opening"))?;
        conn.busy_timeout(options.busy_timeout)
            .map_err(at(path, "setting the lock timeout"))?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        // SQLite quietly opens a file it may not write read-only: say so now, not at the
        // first flush.
        if conn.is_readonly(MAIN_DB).map_err(at(path, "opening"))? {
            return Err(StoreError::ReadOnly {
                path: path.to_path_buf(),
                what: "opening for writing".into(),
                source: None,
            });
        }
        if options.exclusive {
            // Before the first read, so that no shared-memory WAL index is ever created.
            conn.pragma_update(None, "locking_mode", "EXCLUSIVE")
                .map_err(at(path, "taking the database for this process alone"))?;
        }
        let header = schema::read_header(&conn, path)?;
        schema::check_header(header, path)?;
        if header.tables == 0 {
            conn.pragma_update(None, "page_size", PAGE_SIZE)
                .map_err(at(path, "setting the page size"))?;
        }
        let mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
            .map_err(at(path, "switching to WAL mode"))?;
        if !mode.eq_ignore_ascii_case("wal") {
            tracing::warn!(path = %path.display(), mode, "WAL mode unavailable on this filesystem; writes will cost more");
        }
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(at(path, "setting synchronous=NORMAL"))?;
        conn.pragma_update(None, "journal_size_limit", JOURNAL_SIZE_LIMIT)
            .map_err(at(path, "limiting the WAL size"))?;
        conn.pragma_update(None, "temp_store", "MEMORY")
            .map_err(at(path, "keeping temporary tables in memory"))?;
        schema::migrate(&mut conn, path, header.version, SCHEMA_VERSION)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            options,
            read_only: false,
            names: RefCell::new(Names::default()),
        })
    }

    /// Opens an existing database for reading only (dashboards and reports without a
    /// daemon, or beside one). Never creates, migrates or writes anything.
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(at(path, "opening"))?;
        let options = StoreOptions::default();
        conn.busy_timeout(options.busy_timeout)
            .map_err(at(path, "setting the lock timeout"))?;
        let header = schema::read_header(&conn, path)?;
        schema::check_header(header, path)?;
        if header.version < SCHEMA_VERSION {
            return Err(StoreError::TooOld {
                path: path.to_path_buf(),
                found: header.version,
                supported: SCHEMA_VERSION,
            });
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            options,
            read_only: true,
            names: RefCell::new(Names::default()),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn options(&self) -> StoreOptions {
        self.options
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The file's schema version.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(at(&self.path, "reading the schema version"))
    }

    /// Bytes of the database file and of its WAL, for health displays.
    pub fn file_sizes(&self) -> (u64, u64) {
        let size = |p: &Path| std::fs::metadata(p).map_or(0, |m| m.len());
        let mut wal = self.path.clone().into_os_string();
        wal.push("-wal");
        (size(&self.path), size(Path::new(&wal)))
    }

    /// Copies the WAL into the database file and truncates the WAL: for a clean shutdown,
    /// so the file alone holds everything.
    pub fn checkpoint(&mut self) -> Result<(), StoreError> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(at(&self.path, "checkpointing the WAL"))
    }

    /// A read-only store refuses writes with a clear error instead of SQLite's.
    fn writable(&self, what: &str) -> Result<(), StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly {
                path: self.path.clone(),
                what: format!("{what} (opened read-only)"),
                source: None,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
