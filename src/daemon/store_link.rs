//! The daemon's side of the database: opens it lazily, reopens it after a failure, and turns
//! failures into one loud log line per change of state plus a message for the dashboard.
//! It never deletes or recreates the file.

use std::path::{Path, PathBuf};

use crate::store::{Store, StoreError, StoreOptions};

pub struct StoreLink {
    path: PathBuf,
    options: StoreOptions,
    store: Option<Store>,
    /// The current failure, while there is one: kept whole so the command line can word
    /// it in the user's language at exit.
    error: Option<StoreError>,
    /// The last flush failed: only a flush that succeeds clears the error (a read or a
    /// prune that works says nothing about the counts waiting in memory).
    flush_failed: bool,
}

impl StoreLink {
    pub fn new(path: &Path, options: StoreOptions) -> Self {
        Self {
            path: path.to_path_buf(),
            options,
            store: None,
            error: None,
            flush_failed: false,
        }
    }

    /// What is wrong with the store now, for the dashboard.
    pub fn error(&self) -> Option<&StoreError> {
        self.error.as_ref()
    }

    /// The kind of the current failure ([`StoreError::kind`]), for dashboards to word.
    pub fn error_kind(&self) -> Option<&'static str> {
        self.error.as_ref().map(StoreError::kind)
    }

    /// The current failure, for the run's outcome.
    pub fn take_error(&mut self) -> Option<StoreError> {
        self.error.take()
    }

    /// Runs `f` on the store (opening it first if needed); `None` when it failed, which is
    /// logged once per change of state.
    pub fn with<T>(&mut self, f: impl FnOnce(&mut Store) -> Result<T, StoreError>) -> Option<T> {
        self.run(false, f)
    }

    /// As [`StoreLink::with`], for the write of a flush.
    pub fn flush_with<T>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Option<T> {
        self.run(true, f)
    }

    fn run<T>(
        &mut self,
        flush: bool,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Option<T> {
        if self.store.is_none() {
            match Store::open(&self.path, self.options) {
                Ok(store) => self.store = Some(store),
                Err(e) => {
                    self.failed(e);
                    return None;
                }
            }
        }
        let store = self.store.as_mut()?;
        match f(store) {
            Ok(v) => {
                if (flush || !self.flush_failed)
                    && let Some(previous) = self.error.take()
                {
                    tracing::warn!(path = %self.path.display(), %previous, "the database is writable again; counts kept in memory were saved");
                }
                self.flush_failed &= !flush;
                Some(v)
            }
            Err(e) => {
                // reopen next time: a lock, a remount or a freed disk may need a new handle
                self.store = None;
                self.flush_failed |= flush;
                self.failed(e);
                None
            }
        }
    }

    fn failed(&mut self, e: StoreError) {
        let kind = std::mem::discriminant(&e);
        if self
            .error
            .as_ref()
            .is_none_or(|old| std::mem::discriminant(old) != kind)
        {
            tracing::error!(
                transient = e.is_transient(),
                "{e}; counting goes on in memory and the write is retried every flush"
            );
        }
        self.error = Some(e);
    }

    /// Writes the WAL into the main file (clean shutdown).
    pub fn close(&mut self) {
        if let Some(mut store) = self.store.take()
            && let Err(e) = store.checkpoint()
        {
            tracing::warn!(error = %e, "could not checkpoint the database at exit");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::{Counts, Direction};
    use crate::usage::UsageKey;

    #[test]
    fn a_missing_directory_fails_then_recovers_without_losing_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("later");
        let mut link = StoreLink::new(&data.join("nuage.db"), StoreOptions::default());
        let row = (
            UsageKey::internet(100, Direction::Up),
            Counts {
                bytes: 5,
                packets: 1,
                new_flows: 1,
            },
        );
        let rows = vec![row];
        assert!(link.with(|s| s.write_minutes(&rows)).is_none());
        assert!(
            link.error()
                .is_some_and(|e| e.to_string().contains("later"))
        );
        std::fs::create_dir(&data).unwrap();
        assert!(link.with(|s| s.write_minutes(&rows)).is_some());
        assert!(link.error().is_none());
        let back = link.with(|s| s.rows(0, 1000)).unwrap();
        assert_eq!(back, rows);
    }

    #[test]
    fn only_a_flush_that_works_clears_a_failed_flush() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("nuage.db");
        let mut link = StoreLink::new(&db, StoreOptions::default());
        assert!(link.with(|s| s.rows(0, 1)).is_some());
        let bad = crate::store::Gap {
            start_minute: 5,
            end_minute: 5,
            reason: "empty".into(),
        };
        assert!(
            link.flush_with(|s| s.write_flush(&[], &[], &[], std::slice::from_ref(&bad)))
                .is_none()
        );
        assert!(link.error().is_some());
        // a read that works says nothing about the counts still waiting
        assert!(link.with(|s| s.rows(0, 1)).is_some());
        assert!(link.error().is_some());
        assert!(
            link.flush_with(|s| s.write_flush(&[], &[], &[], &[]))
                .is_some()
        );
        assert!(link.error().is_none());
    }
}
