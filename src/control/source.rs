//! What the control server serves from: the seam between the socket and the daemon's store.
//!
//! The daemon implements [`SnapshotSource`] over its store and live pipeline; tests implement
//! it in memory. Queries are blocking (SQLite); the server runs them off the async threads.

use std::sync::Arc;

use time::Date;
use tokio::sync::watch;

use super::LiveDemand;
use crate::usage::{Baseline, DayUsage, LiveSnapshot, PeriodUsage};

/// Why a query could not be answered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SourceError {
    /// Nothing is known about what was asked (a day without data).
    #[error("{0}")]
    NotFound(String),
    /// The store cannot be read right now; the message says why.
    #[error("{0}")]
    Unavailable(String),
}

/// The daemon's data, as the control socket needs it.
pub trait SnapshotSource: Send + Sync + 'static {
    /// The latest live snapshot; the daemon replaces it (about once a second).
    fn snapshots(&self) -> watch::Receiver<Arc<LiveSnapshot>>;

    /// Where subscribers say they watch, for a source that builds snapshots only when
    /// someone does (the daemon); `None`: the snapshots come anyway (tests, demos).
    fn demand(&self) -> Option<Arc<LiveDemand>> {
        None
    }

    /// One local day's usage.
    fn day(&self, date: Date) -> Result<DayUsage, SourceError>;

    /// The local days with any data, oldest first.
    fn days(&self) -> Result<Vec<Date>, SourceError>;

    /// The usual day to compare `date` with (`None` when there is no history yet).
    fn baseline(&self, date: Date) -> Result<Option<Baseline>, SourceError>;

    /// Local days `from..=to` (checked by the protocol: in order, at most a year), each and
    /// together, with the capture's gaps and drops. `NotFound` when no day has data.
    /// Sources without a store (tests, demos) may leave the default, which says so.
    fn period(&self, from: Date, to: Date) -> Result<PeriodUsage, SourceError> {
        let _ = (from, to);
        Err(SourceError::Unavailable(
            "this source serves no periods".to_string(),
        ))
    }
}
