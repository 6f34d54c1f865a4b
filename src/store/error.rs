//! What can go wrong with the database, always naming the file and the step that failed.
//!
//! Nothing here ever deletes or rewrites a database the store could not use: a corrupt,
//! foreign, too new or locked file is reported and left exactly as it was.

use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

/// A storage failure. Every variant names the database file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process holds the database (another nuage, a `sqlite3` shell…).
    #[error(
        "{}: {what}: the database is locked by another process (is another nuage running?)",
        path.display()
    )]
    Locked {
        path: PathBuf,
        what: String,
        #[source]
        source: rusqlite::Error,
    },
    /// Not an SQLite database, or damaged. The file is left untouched.
    #[error(
        "{}: {what}: the file is not a readable SQLite database (corrupt or something else); \
         it was left untouched: move it aside to start a new one",
        path.display()
    )]
    Corrupt {
        path: PathBuf,
        what: String,
        #[source]
        source: rusqlite::Error,
    },
    /// An SQLite database that is not nuage's (another application's tables).
    #[error(
        "{}: an SQLite database that is not nuage's (application id {application_id:#x}, {tables} tables); \
         it was left untouched: give nuage a path of its own",
        path.display()
    )]
    NotNuage {
        path: PathBuf,
        application_id: i64,
        tables: i64,
    },
    /// Written by a newer nuage: this one does not know its schema and will not touch it.
    #[error(
        "{}: schema version {found} is newer than this nuage understands ({supported}); \
         it was left untouched: upgrade nuage",
        path.display()
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// A read-only open of a database that still needs migrating.
    #[error(
        "{}: schema version {found} is older than {supported}, and a read-only open cannot upgrade it; \
         start `nuage run` once to upgrade it",
        path.display()
    )]
    TooOld {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The file or its directory cannot be written (read-only filesystem, permissions).
    #[error("{}: {what}: the database cannot be written (read-only file, directory or filesystem)", path.display())]
    ReadOnly {
        path: PathBuf,
        what: String,
        #[source]
        source: Option<rusqlite::Error>,
    },
    /// The disk (or the quota) is full.
    #[error("{}: {what}: the disk is full", path.display())]
    DiskFull {
        path: PathBuf,
        what: String,
        #[source]
        source: rusqlite::Error,
    },
    /// The file could not be opened or created (missing directory, permissions).
    #[error("{}: {what}: cannot open or create the database file", path.display())]
    CannotOpen {
        path: PathBuf,
        what: String,
        #[source]
        source: rusqlite::Error,
    },
    /// The system failed to read or write the file (SQLITE_IOERR: a failing card or disk,
    /// a removed USB stick, a network filesystem gone away).
    #[error("{}: {what}: input/output error on the database file", path.display())]
    Io {
        path: PathBuf,
        what: String,
        #[source]
        source: rusqlite::Error,
    },
    /// A stored value this nuage cannot read back (a dimension id with no name, a count
    /// that does not fit).
    #[error("{}: {what}", path.display())]
    InvalidData { path: PathBuf, what: String },
    /// Any other SQLite failure.
    #[error("{}: {what}", path.display())]
    Sqlite {
        path: PathBuf,
        what: String,
        #[source]
        source: rusqlite::Error,
    },
    /// An unknown IANA time zone name.
    #[error("time zone {name:?}: {source}")]
    TimeZone {
        name: String,
        #[source]
        source: jiff::Error,
    },
}

impl StoreError {
    /// A stable word for what went wrong, for the dashboard to say in its language:
    /// `locked`, `disk-full`, `read-only`, `cannot-open`, `io`, `unusable` (a file nuage
    /// will not touch) or `failed`.
    pub fn kind(&self) -> &'static str {
        match self {
            StoreError::Locked { .. } => "locked",
            StoreError::DiskFull { .. } => "disk-full",
            StoreError::ReadOnly { .. } => "read-only",
            StoreError::CannotOpen { .. } => "cannot-open",
            StoreError::Io { .. } => "io",
            StoreError::Corrupt { .. }
            | StoreError::NotNuage { .. }
            | StoreError::TooNew { .. }
            | StoreError::TooOld { .. } => "unusable",
            StoreError::InvalidData { .. }
            | StoreError::Sqlite { .. }
            | StoreError::TimeZone { .. } => "failed",
        }
    }

    /// The database file concerned (`None` for time zone errors).
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::Locked { path, .. }
            | StoreError::Corrupt { path, .. }
            | StoreError::NotNuage { path, .. }
            | StoreError::TooNew { path, .. }
            | StoreError::TooOld { path, .. }
            | StoreError::ReadOnly { path, .. }
            | StoreError::DiskFull { path, .. }
            | StoreError::CannotOpen { path, .. }
            | StoreError::Io { path, .. }
            | StoreError::InvalidData { path, .. }
            | StoreError::Sqlite { path, .. } => Some(path),
            StoreError::TimeZone { .. } => None,
        }
    }

    /// Worth retrying later with the same data: the lock may be released, space freed, the
    /// filesystem remounted. The caller keeps counting in memory meanwhile.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            StoreError::Locked { .. }
                | StoreError::ReadOnly { .. }
                | StoreError::DiskFull { .. }
                | StoreError::CannotOpen { .. }
                | StoreError::Io { .. }
        )
    }

    /// Sorts an SQLite error by what the user can do about it.
    pub(crate) fn sqlite(path: &Path, what: impl Into<String>, source: rusqlite::Error) -> Self {
        let path = path.to_path_buf();
        let what = what.into();
        match source.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                StoreError::Locked { path, what, source }
            }
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
                StoreError::Corrupt { path, what, source }
            }
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly {
                path,
                what,
                source: Some(source),
            },
            Some(ErrorCode::DiskFull) => StoreError::DiskFull { path, what, source },
            Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
                StoreError::CannotOpen { path, what, source }
            }
            Some(ErrorCode::SystemIoFailure) => StoreError::Io { path, what, source },
            _ => StoreError::Sqlite { path, what, source },
        }
    }
}

/// `.map_err(at(path, "what"))` for rusqlite results.
pub(crate) fn at<'a>(
    path: &'a Path,
    what: &'a str,
) -> impl FnOnce(rusqlite::Error) -> StoreError + 'a {
    move |e| StoreError::sqlite(path, what, e)
}
