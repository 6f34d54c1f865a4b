//! `nuage run --tui`: the dashboard in the daemon's own process. The capture threads and
//! the service never wait for it: the service publishes each snapshot as an `Arc` on a
//! watch channel, and the dashboard only clones the latest one (a pointer copy under the
//! channel's lock, never held while drawing). Past days come from the database, read on
//! the dashboard's thread through a read-only connection of its own.

use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::watch;

use super::db::{Clock, DatabaseSource};
use super::session::Source;
use crate::names::ServiceCatalogue;
use crate::ranges::Catalogue;
use crate::store::LocalDays;
use crate::usage::{Baseline, DayUsage, LiveSnapshot};

pub struct WatchSource {
    snapshots: watch::Receiver<Arc<LiveSnapshot>>,
    latest: Option<Arc<LiveSnapshot>>,
    database: PathBuf,
    days: LocalDays,
    history: Option<DatabaseSource>,
}

impl WatchSource {
    pub fn new(
        snapshots: watch::Receiver<Arc<LiveSnapshot>>,
        database: PathBuf,
        days: LocalDays,
    ) -> WatchSource {
        WatchSource {
            snapshots,
            latest: None,
            database,
            days,
            history: None,
        }
    }

    /// The date `offset` days from the day the daemon is counting.
    fn date(&self, offset: i64) -> Option<jiff::civil::Date> {
        let label = &self.latest.as_ref()?.today.span.label;
        let today: jiff::civil::Date = label.parse().ok()?;
        today.checked_add(jiff::Span::new().days(offset)).ok()
    }

    /// The database, opened at the first look back (the daemon creates it at its first
    /// flush).
    fn history(&mut self) -> Option<&DatabaseSource> {
        if self.history.is_none() {
            match DatabaseSource::open(
                &self.database,
                self.days.clone(),
                Catalogue::bundled().ok()?,
                ServiceCatalogue::bundled().ok()?,
                None,
                Clock::System,
            ) {
                Ok(db) => self.history = Some(db),
                Err(e) => tracing::info!(error = %e, "no history yet"),
            }
        }
        self.history.as_ref()
    }
}

impl Source for WatchSource {
    fn poll(&mut self) -> Option<Arc<LiveSnapshot>> {
        // The service dropped its sender: the daemon has ended (a file fully counted).
        // Its last numbers stay on screen, no longer marked live.
        let ended = self.snapshots.has_changed().is_err();
        let snap = self.snapshots.borrow_and_update().clone();
        // Before its first packet a replayed file has no clock yet (the epoch): nothing to
        // show, rather than 1 January 1970.
        if snap.now_micros <= 0 {
            return self.latest.clone();
        }
        let snap = if ended && snap.live {
            let mut ended = LiveSnapshot::clone(&snap);
            ended.live = false;
            ended.rates.clear();
            ended.flows.clear();
            Arc::new(ended)
        } else {
            snap
        };
        self.latest = Some(snap);
        self.latest.clone()
    }

    fn day(&mut self, offset: i64) -> Option<DayUsage> {
        let date = self.date(offset)?;
        match self.history()?.day_at(date) {
            Ok(day) => Some(day),
            Err(e) => {
                tracing::warn!(error = %e, %date, "reading a day from the database");
                None
            }
        }
    }

    fn baseline(&mut self, offset: i64) -> Option<Baseline> {
        let date = self.date(offset)?;
        self.history()?.baseline_at(date).ok().flatten()
    }

    /// The capture's clock: a file replayed fast shows the file's time of day.
    fn now_micros(&self) -> i64 {
        self.latest.as_ref().map_or(0, |s| s.now_micros)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::fixtures;

    #[test]
    fn snapshots_are_taken_as_published_and_marked_ended() {
        let (tx, rx) = watch::channel(Arc::new(fixtures::monday()));
        let dir = tempfile::tempdir().unwrap();
        let mut source = WatchSource::new(rx, dir.path().join("nuage.db"), LocalDays::utc());
        let first = source.poll().unwrap();
        assert!(first.live);
        assert_eq!(source.now_micros(), fixtures::NOW_MICROS);
        let mut later = fixtures::monday();
        later.now_micros += 1_000_000;
        tx.send_replace(Arc::new(later));
        assert_eq!(
            source.poll().unwrap().now_micros,
            fixtures::NOW_MICROS + 1_000_000
        );
        drop(tx);
        let last = source.poll().unwrap();
        assert!(!last.live && last.flows.is_empty() && last.rates.is_empty());
        // No database yet: no history, and no panic.
        assert!(source.day(-1).is_none());
    }
}
