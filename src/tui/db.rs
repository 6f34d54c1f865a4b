//! `nuage top --db PATH`: the dashboard read straight from a database file, without a
//! daemon (a copied database, a Pi's card in a laptop, or beside a running `nuage run`).
//!
//! The day shown first is today when the database has data for it, else the last day it
//! has data for. Nothing here is live: no rates, no flows, and the header says so. The
//! day shown is read again every [`REREAD_MICROS`], so a database a daemon is writing
//! keeps moving.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::ToSpan as _;
use jiff::civil::Date;

use super::terminal::Source;
use crate::names::ServiceCatalogue;
use crate::ranges::Catalogue;
use crate::store::{LocalDays, Store, StoreError, baseline_dates, day_usage};
use crate::usage::{
    Baseline, BigTechRule, CaptureHealth, DayUsage, LiveSnapshot, Naming, USAGE_SCHEMA_VERSION,
};

/// How often the day shown is read again (µs of the source's clock).
pub const REREAD_MICROS: i64 = 10_000_000;
/// Timeline slices, as the live dashboard uses.
const BUCKET_MINUTES: u32 = 10;

/// Why a database cannot be shown.
#[derive(Debug, thiserror::Error)]
pub enum DatabaseSourceError {
    #[error("no database at {} (`nuage run` creates nuage.db in its data dir)", .0.display())]
    Missing(PathBuf),
    #[error("cannot read the database {}: {source}{}", path.display(), ShmHint(shm.as_deref()))]
    Open {
        path: PathBuf,
        source: Box<StoreError>,
        /// The `-shm` file of a running daemon this user cannot write, when that is what
        /// stands in the way.
        shm: Option<PathBuf>,
    },
}

/// Where the clock comes from: the system's, or a fixed moment (tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    System,
    Fixed(i64),
}

impl Clock {
    fn now_micros(self) -> i64 {
        match self {
            Clock::Fixed(t) => t,
            Clock::System => {
                let now = time::OffsetDateTime::now_utc();
                i64::try_from(now.unix_timestamp_nanos() / 1000).unwrap_or(i64::MAX)
            }
        }
    }
}

pub struct DatabaseSource {
    store: Store,
    days: LocalDays,
    catalogue: Catalogue,
    services: ServiceCatalogue,
    rule: BigTechRule,
    place: Option<String>,
    clock: Clock,
    /// The day offset 0 means.
    anchor: Date,
    latest: Option<Arc<LiveSnapshot>>,
    read_at: i64,
}

/// Beside a running daemon, SQLite needs to write the `-shm` file even to read: the file,
/// when that is what stands in the way.
fn unwritable_shm(path: &Path) -> Option<PathBuf> {
    let mut shm = path.as_os_str().to_owned();
    shm.push("-shm");
    let shm = PathBuf::from(shm);
    (shm.exists() && rustix::fs::access(&shm, rustix::fs::Access::WRITE_OK).is_err()).then_some(shm)
}

/// What to do about an unwritable `-shm` file, in English (for logs).
struct ShmHint<'a>(Option<&'a Path>);

impl std::fmt::Display for ShmHint<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Some(shm) => write!(
                f,
                " ({} belongs to a running `nuage run` and this user cannot write it, which \
                 reading beside the daemon needs: run as the daemon's user (`sudo -u nuage`), \
                 or use `nuage top` without --db, over the daemon's socket)",
                shm.display()
            ),
            None => Ok(()),
        }
    }
}

impl DatabaseSource {
    /// Opens `path` read-only and reads the first day to show, so a database that cannot
    /// be read is refused here, before the terminal is taken over.
    pub fn open(
        path: &Path,
        days: LocalDays,
        catalogue: Catalogue,
        services: ServiceCatalogue,
        place: Option<String>,
        clock: Clock,
    ) -> Result<DatabaseSource, DatabaseSourceError> {
        if !path.exists() {
            return Err(DatabaseSourceError::Missing(path.to_path_buf()));
        }
        let open_error = |source: StoreError| DatabaseSourceError::Open {
            path: path.to_path_buf(),
            shm: unwritable_shm(path),
            source: Box::new(source),
        };
        let store = Store::open_read_only(path).map_err(open_error)?;
        let rule = BigTechRule::new(&catalogue, &services);
        let now = clock.now_micros();
        let today = days.date_of(now.div_euclid(60_000_000));
        let mut source = DatabaseSource {
            store,
            days,
            catalogue,
            services,
            rule,
            place,
            clock,
            anchor: today,
            latest: None,
            read_at: now,
        };
        source.anchor = source.first_day(today).map_err(open_error)?;
        let snap = source.read(now).map_err(open_error)?;
        source.latest = Some(Arc::new(snap));
        Ok(source)
    }

    /// Today when it has data, else the last day with data (else today).
    fn first_day(&self, today: Date) -> Result<Date, StoreError> {
        let span = self.days.span(today);
        if self.store.has_data(span.start_minute, span.end_minute)? {
            return Ok(today);
        }
        Ok(self
            .store
            .last_minute()?
            .map_or(today, |m| self.days.date_of(m)))
    }

    fn naming(&self) -> Naming<'_> {
        Naming {
            catalogue: &self.catalogue,
            services: &self.services,
            rule: &self.rule,
        }
    }

    fn date(&self, offset: i64) -> Option<Date> {
        self.anchor.checked_add(offset.days()).ok()
    }

    fn usage(&self, date: Date) -> Result<DayUsage, StoreError> {
        day_usage(&self.store, &self.days, date, self.naming(), BUCKET_MINUTES)
    }

    /// The local day `date` as stored.
    pub fn day_at(&self, date: Date) -> Result<DayUsage, StoreError> {
        self.usage(date)
    }

    /// The usual day to compare `date` with: the same weekday in earlier weeks with data.
    pub fn baseline_at(&self, date: Date) -> Result<Option<Baseline>, StoreError> {
        self.baseline_of(date)
    }

    fn baseline_of(&self, date: Date) -> Result<Option<Baseline>, StoreError> {
        let usual = baseline_dates(&self.store, &self.days, date)?
            .into_iter()
            .map(|d| self.usage(d))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Baseline::from_days(&usual))
    }

    fn read(&mut self, now: i64) -> Result<LiveSnapshot, StoreError> {
        // A new day with data takes over (a daemon writing beside us crossed midnight).
        let today = self.days.date_of(now.div_euclid(60_000_000));
        if today > self.anchor {
            let span = self.days.span(today);
            if self.store.has_data(span.start_minute, span.end_minute)? {
                self.anchor = today;
            }
        }
        let day = self.usage(self.anchor)?;
        let baseline = self.baseline_of(self.anchor)?;
        self.read_at = now;
        Ok(LiveSnapshot {
            schema_version: USAGE_SCHEMA_VERSION,
            now_micros: now,
            live: false,
            place: self.place.clone(),
            today: day,
            baseline,
            rates: Vec::new(),
            health: CaptureHealth::default(),
            flows: Vec::new(),
        })
    }

    /// Moves the clock (tests on a fixed clock).
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    /// The database's path, for the header.
    pub fn path(&self) -> &Path {
        self.store.path()
    }
}

impl Source for DatabaseSource {
    fn poll(&mut self) -> Option<Arc<LiveSnapshot>> {
        let now = self.clock.now_micros();
        if self.latest.is_none() || now - self.read_at >= REREAD_MICROS {
            match self.read(now) {
                Ok(snap) => self.latest = Some(Arc::new(snap)),
                // Keep showing what was read; the next refresh tries again.
                Err(e) => tracing::warn!(error = %e, "reading the database"),
            }
        }
        self.latest.clone()
    }

    fn day(&mut self, offset: i64) -> Option<DayUsage> {
        let date = self.date(offset)?;
        match self.usage(date) {
            Ok(day) => Some(day),
            Err(e) => {
                tracing::warn!(error = %e, %date, "reading a day from the database");
                None
            }
        }
    }

    fn baseline(&mut self, offset: i64) -> Option<Baseline> {
        let date = self.date(offset)?;
        self.baseline_of(date).unwrap_or_else(|e| {
            tracing::warn!(error = %e, %date, "reading the baseline from the database");
            None
        })
    }

    fn now_micros(&self) -> i64 {
        self.clock.now_micros()
    }
}
