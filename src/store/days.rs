//! Local days: a day is midnight to midnight in one IANA time zone (the system's unless
//! configured), so it lasts 23 or 25 hours when the clocks change. Everything that says
//! "today" or "a Monday" goes through [`LocalDays`].

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp};

use super::{HealthSample, Store, StoreError};
use crate::flow::aggregate::MINUTES_PER_DAY;
use crate::usage::{CaptureGap, DayUsage, Naming, PeriodHealth, PeriodUsage, UsageSpan};

/// How many same weekdays a default baseline averages, and how far back it looks for them.
const BASELINE_DAYS: usize = 4;
const BASELINE_WEEKS_BACK: i64 = 8;

/// Turns dates into spans of UTC minutes and back, in one time zone.
#[derive(Debug, Clone)]
pub struct LocalDays {
    tz: TimeZone,
    name: String,
}

impl LocalDays {
    /// The days of the IANA zone `name` (`Europe/Brussels`, `UTC`); the system's zone when
    /// `name` is `None` or empty.
    pub fn new(name: Option<&str>) -> Result<LocalDays, StoreError> {
        match name.map(str::trim).filter(|n| !n.is_empty()) {
            None => Ok(LocalDays::system()),
            Some(name) => {
                let tz = TimeZone::get(name).map_err(|source| StoreError::TimeZone {
                    name: name.to_string(),
                    source,
                })?;
                Ok(LocalDays {
                    name: tz.iana_name().unwrap_or(name).to_string(),
                    tz,
                })
            }
        }
    }

    /// The system's zone (`/etc/localtime`, `TZ`), or UTC with a warning when it cannot be
    /// found (a router without zone data still counts days, in UTC).
    pub fn system() -> LocalDays {
        match TimeZone::try_system() {
            Ok(tz) => LocalDays {
                name: tz.iana_name().unwrap_or("local").to_string(),
                tz,
            },
            Err(e) => {
                tracing::warn!(error = %e, "cannot find the system time zone; days are UTC days");
                LocalDays::utc()
            }
        }
    }

    pub fn utc() -> LocalDays {
        LocalDays {
            tz: TimeZone::UTC,
            name: "UTC".to_string(),
        }
    }

    /// The zone's IANA name (`local` when the system's zone has none).
    pub fn time_zone_name(&self) -> &str {
        &self.name
    }

    /// The UTC minute holding the local midnight that starts `date` (the first moment of the
    /// day when midnight itself is skipped by a clock change).
    pub fn start_minute(&self, date: Date) -> i64 {
        date.to_zoned_datetime(self.tz.clone())
            .and_then(|z| z.start_of_day())
            .map(|z| z.timestamp().as_second().div_euclid(60))
            // Only at the ends of the representable range: count it as a UTC day.
            .unwrap_or_else(|_| utc_days(date) * MINUTES_PER_DAY)
    }

    /// The day `date` as a span of UTC minutes, labelled `YYYY-MM-DD`.
    pub fn span(&self, date: Date) -> UsageSpan {
        let start_minute = self.start_minute(date);
        let end_minute = date
            .tomorrow()
            .map_or(start_minute + MINUTES_PER_DAY, |d| self.start_minute(d));
        UsageSpan {
            label: date.to_string(),
            time_zone: self.name.clone(),
            start_minute,
            end_minute: end_minute.max(start_minute),
        }
    }

    /// The local date of a UTC minute.
    pub fn date_of(&self, minute: i64) -> Date {
        let ts = Timestamp::from_second(minute.saturating_mul(60)).unwrap_or(if minute < 0 {
            Timestamp::MIN
        } else {
            Timestamp::MAX
        });
        self.tz.to_datetime(ts).date()
    }
}

/// Days from 1970-01-01 to `date` (proleptic Gregorian), without a time zone.
fn utc_days(date: Date) -> i64 {
    // Howard Hinnant's days_from_civil.
    let (y, m, d) = (
        i64::from(date.year()),
        i64::from(date.month()),
        i64::from(date.day()),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// What the store holds for the local day `date`, built by [`DayUsage::build`].
pub fn day_usage(
    store: &Store,
    days: &LocalDays,
    date: Date,
    naming: Naming<'_>,
    bucket_minutes: u32,
) -> Result<DayUsage, StoreError> {
    let span = days.span(date);
    let rows = store.rows(span.start_minute, span.end_minute)?;
    Ok(DayUsage::build(
        span,
        rows.iter().map(|(k, c)| (k, c)),
        naming,
        bucket_minutes,
    ))
}

/// Longest period [`period_usage`] builds, in days: a year.
pub const MAX_PERIOD_DAYS: usize = 366;

/// What the store holds for the local days `from..=to` (at most [`MAX_PERIOD_DAYS`]): each
/// day and the whole period, built by [`DayUsage::build`] from one read of the rows, and
/// the capture's gaps, drops and range data over the period. Days, reports and the control
/// socket all go through here, so they agree.
pub fn period_usage(
    store: &Store,
    days: &LocalDays,
    (from, to): (Date, Date),
    naming: Naming<'_>,
    bucket_minutes: u32,
) -> Result<PeriodUsage, StoreError> {
    let mut spans = Vec::new();
    let mut d = from;
    while d <= to && spans.len() < MAX_PERIOD_DAYS {
        spans.push(days.span(d));
        match d.tomorrow() {
            Ok(next) => d = next,
            Err(_) => break,
        }
    }
    let start = spans.first().map_or(0, |s| s.start_minute);
    let end = spans.last().map_or(0, |s| s.end_minute);
    let mut rows = store.rows(start, end)?;
    rows.sort_by_key(|(k, _)| k.minute);
    let slice = |span: &UsageSpan| {
        let a = rows.partition_point(|(k, _)| k.minute < span.start_minute);
        let b = rows.partition_point(|(k, _)| k.minute < span.end_minute);
        &rows[a..b.max(a)]
    };
    let build = |span: UsageSpan, rows: &[(crate::usage::UsageKey, crate::flow::Counts)]| {
        DayUsage::build(
            span,
            rows.iter().map(|(k, c)| (k, c)),
            naming,
            bucket_minutes,
        )
    };
    let day_usages: Vec<DayUsage> = spans.iter().map(|s| build(s.clone(), slice(s))).collect();
    let total = match day_usages.as_slice() {
        [one] => one.clone(),
        _ => build(
            UsageSpan {
                label: format!("{from}/{to}"),
                time_zone: days.time_zone_name().to_string(),
                start_minute: start,
                end_minute: end,
            },
            &rows,
        ),
    };
    let gaps = store
        .gaps(start, end)?
        .into_iter()
        .map(|g| CaptureGap {
            start_minute: g.start_minute,
            end_minute: g.end_minute,
            reason: g.reason,
        })
        .collect();
    Ok(PeriodUsage {
        total,
        days: day_usages,
        health: PeriodHealth {
            gaps,
            dropped_packets: dropped(&store.health(start * 60, end * 60)?),
            ranges_version: store.meta("ranges_version")?,
        },
    })
}

/// Packets dropped over the samples, from the cumulative counters of each interface; a
/// counter that went down means the interface was reopened (counting restarts at zero).
fn dropped(samples: &[HealthSample]) -> Option<u64> {
    if samples.is_empty() {
        return None;
    }
    let mut last: std::collections::BTreeMap<&str, u64> = std::collections::BTreeMap::new();
    let mut total = 0u64;
    for s in samples {
        let now = s.dropped_by_kernel + s.dropped_by_interface;
        match last.insert(s.interface.as_str(), now) {
            Some(before) if now >= before => total += now - before,
            Some(_) => total += now,
            None => {}
        }
    }
    Some(total)
}

/// Every local day with any usage row, earliest first. One index probe per day, however
/// many rows a day holds.
pub fn days_with_data(store: &Store, days: &LocalDays) -> Result<Vec<Date>, StoreError> {
    let mut out = Vec::new();
    let mut from = i64::MIN;
    while let Some(minute) = store.first_minute_from(from)? {
        let date = days.date_of(minute);
        out.push(date);
        let Ok(next) = date.tomorrow() else { break };
        from = days.start_minute(next).max(minute + 1);
    }
    Ok(out)
}

/// The default baseline's days for `date`: the same weekday in the previous weeks that have
/// data, newest first, up to four, looking back at most eight weeks.
pub fn baseline_dates(
    store: &Store,
    days: &LocalDays,
    date: Date,
) -> Result<Vec<Date>, StoreError> {
    let mut out = Vec::new();
    for weeks in 1..=BASELINE_WEEKS_BACK {
        let Ok(day) = date.checked_sub(Span::new().weeks(weeks)) else {
            break;
        };
        let span = days.span(day);
        if store.has_data(span.start_minute, span.end_minute)? {
            out.push(day);
            if out.len() == BASELINE_DAYS {
                break;
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
pub(crate) fn utc_days_for_test(date: Date) -> i64 {
    utc_days(date)
}
