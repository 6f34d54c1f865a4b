//! What the daemon serves to its clients: the control socket (live snapshots, and past days
//! read from the database) and, when configured, the Prometheus endpoint.

use std::path::PathBuf;
use std::sync::Arc;

use tokio::sync::watch;

use super::capture::Reloadable;
use crate::control::{LiveDemand, SnapshotSource, SourceError};
use crate::names::ServiceCatalogue;
use crate::store::Store;
use crate::store::days::{LocalDays, baseline_dates, day_usage, days_with_data, period_usage};
use crate::usage::{Baseline, BigTechRule, DayUsage, LiveSnapshot, Naming, PeriodUsage};

/// Timeline slices of days served over the socket, as the live view uses.
const BUCKET_MINUTES: u32 = 10;
/// Timeline slices of periods: reports draw hours, and a year stays a few MiB.
const PERIOD_BUCKET_MINUTES: u32 = 60;

/// The control socket's view of a running daemon: the snapshot channel, and the database
/// (opened read-only per query, so a slow client never holds the writer's lock).
pub struct DaemonSource {
    pub snapshots: watch::Receiver<Arc<LiveSnapshot>>,
    /// Subscribers register here: the service builds snapshots only while someone watches.
    pub demand: Arc<LiveDemand>,
    pub reloadable: watch::Receiver<Arc<Reloadable>>,
    pub database: PathBuf,
    pub days: LocalDays,
    pub services: Arc<ServiceCatalogue>,
}

fn to_jiff(date: time::Date) -> Result<jiff::civil::Date, SourceError> {
    let (year, month, day) = (date.year(), u8::from(date.month()), date.day());
    i16::try_from(year)
        .ok()
        .and_then(|y| jiff::civil::Date::new(y, month as i8, day as i8).ok())
        .ok_or_else(|| SourceError::NotFound(format!("{date} is out of range")))
}

fn to_time(date: jiff::civil::Date) -> Option<time::Date> {
    let month = time::Month::try_from(u8::try_from(date.month()).ok()?).ok()?;
    time::Date::from_calendar_date(
        i32::from(date.year()),
        month,
        u8::try_from(date.day()).ok()?,
    )
    .ok()
}

impl DaemonSource {
    fn with_store<T>(
        &self,
        f: impl FnOnce(&Store, Naming<'_>) -> Result<T, crate::store::StoreError>,
    ) -> Result<T, SourceError> {
        if !self.database.exists() {
            return Err(SourceError::NotFound(format!(
                "no database yet at {}",
                self.database.display()
            )));
        }
        let store = Store::open_read_only(&self.database)
            .map_err(|e| SourceError::Unavailable(e.to_string()))?;
        let reloadable = self.reloadable.borrow().clone();
        let catalogue = reloadable.classifier.catalogue();
        let rule = BigTechRule::new(catalogue, &self.services);
        let naming = Naming {
            catalogue,
            services: &self.services,
            rule: &rule,
        };
        f(&store, naming).map_err(|e| SourceError::Unavailable(e.to_string()))
    }
}

impl SnapshotSource for DaemonSource {
    fn snapshots(&self) -> watch::Receiver<Arc<LiveSnapshot>> {
        self.snapshots.clone()
    }

    fn demand(&self) -> Option<Arc<LiveDemand>> {
        Some(self.demand.clone())
    }

    fn day(&self, date: time::Date) -> Result<DayUsage, SourceError> {
        let date = to_jiff(date)?;
        self.with_store(|s, naming| day_usage(s, &self.days, date, naming, BUCKET_MINUTES))
    }

    fn days(&self) -> Result<Vec<time::Date>, SourceError> {
        match self.with_store(|s, _| days_with_data(s, &self.days)) {
            Ok(days) => Ok(days.into_iter().filter_map(to_time).collect()),
            Err(SourceError::NotFound(_)) => Ok(Vec::new()),
            Err(e) => Err(e),
        }
    }

    fn period(&self, from: time::Date, to: time::Date) -> Result<PeriodUsage, SourceError> {
        let (from, to) = (to_jiff(from)?, to_jiff(to)?);
        let period = self.with_store(|s, naming| {
            period_usage(s, &self.days, (from, to), naming, PERIOD_BUCKET_MINUTES)
        })?;
        if period.is_empty() {
            return Err(SourceError::NotFound(format!(
                "no traffic recorded from {from} to {to}"
            )));
        }
        Ok(period)
    }

    fn baseline(&self, date: time::Date) -> Result<Option<Baseline>, SourceError> {
        let date = to_jiff(date)?;
        self.with_store(|s, naming| {
            let usual = baseline_dates(s, &self.days, date)?
                .into_iter()
                .map(|d| day_usage(s, &self.days, d, naming, BUCKET_MINUTES))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Baseline::from_days(&usual))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_convert_both_ways() {
        let d = time::Date::from_calendar_date(2027, time::Month::March, 8).unwrap();
        let j = to_jiff(d).unwrap();
        assert_eq!((j.year(), j.month(), j.day()), (2027, 3, 8));
        assert_eq!(to_time(j), Some(d));
    }
}
