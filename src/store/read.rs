//! Reads: usage rows of a span (minute rows and hourly rollups), gaps, settings, devices,
//! health samples.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, Row, params};

use super::Store;
use super::error::{StoreError, at};
use super::records::{DeviceRecord, Gap, HealthSample};
use crate::flow::{Counts, Direction, Scope};
use crate::usage::{Origin, UsageKey};

pub(crate) fn scope_code(scope: Scope) -> i64 {
    match scope {
        Scope::Lan => 0,
        Scope::Internet => 1,
    }
}

pub(crate) fn direction_code(direction: Direction) -> i64 {
    match direction {
        Direction::Up => 0,
        Direction::Down => 1,
    }
}

const SELECT_MINUTES: &str = "
    SELECT minute, scope, direction, device, provider, product, network, service, domain,
           name_source, origin, bytes, packets, new_flows
    FROM usage_minute WHERE minute >= ?1 AND minute < ?2";
const SELECT_HOURS: &str = "
    SELECT hour, scope, direction, device, provider, product, network, service, domain,
           name_source, origin, bytes, packets, new_flows
    FROM usage_hour WHERE hour >= ?1 AND hour < ?2";

/// One stored row before its names are looked up.
struct RawRow {
    minute: i64,
    scope: i64,
    direction: i64,
    dims: [i64; 8],
    counts: [i64; 3],
}

fn raw_row(r: &Row<'_>) -> rusqlite::Result<RawRow> {
    let mut dims = [0i64; 8];
    for (i, d) in dims.iter_mut().enumerate() {
        *d = r.get(3 + i)?;
    }
    Ok(RawRow {
        minute: r.get(0)?,
        scope: r.get(1)?,
        direction: r.get(2)?,
        dims,
        counts: [r.get(11)?, r.get(12)?, r.get(13)?],
    })
}

fn unsigned(store: &Store, what: &str, value: i64) -> Result<u64, StoreError> {
    u64::try_from(value).map_err(|_| StoreError::InvalidData {
        path: store.path.clone(),
        what: format!("a stored {what} is negative ({value})"),
    })
}

impl Store {
    /// Usage rows of minutes `[start_minute, end_minute)`: minute rows, plus hourly rows
    /// (keyed by their hour's first minute) for hours already rolled up whose first minute
    /// is in the span. Each key appears once.
    pub fn rows(
        &self,
        start_minute: i64,
        end_minute: i64,
    ) -> Result<Vec<(UsageKey, Counts)>, StoreError> {
        let mut out = Vec::new();
        self.raw_rows(SELECT_MINUTES, start_minute, end_minute, &mut out)?;
        let minute_rows = out.len();
        self.raw_rows(SELECT_HOURS, start_minute, end_minute, &mut out)?;
        if out.len() == minute_rows {
            return Ok(out);
        }
        // An hour rolled up while late minutes of it were still written: add them together.
        let mut merged: BTreeMap<UsageKey, Counts> = BTreeMap::new();
        for (k, c) in out {
            merged.entry(k).or_default().add(&c);
        }
        Ok(merged.into_iter().collect())
    }

    fn raw_rows(
        &self,
        sql: &str,
        start: i64,
        end: i64,
        out: &mut Vec<(UsageKey, Counts)>,
    ) -> Result<(), StoreError> {
        let what = "reading usage rows";
        let mut stmt = self
            .conn
            .prepare_cached(sql)
            .map_err(at(&self.path, what))?;
        let rows = stmt
            .query_map(params![start, end], raw_row)
            .map_err(at(&self.path, what))?;
        let mut names = self.names.borrow_mut();
        for row in rows {
            let raw = row.map_err(at(&self.path, what))?;
            let mut text = [const { None }; 8];
            for (t, id) in text.iter_mut().zip(raw.dims) {
                *t = names.text(&self.conn, &self.path, id)?;
            }
            let [
                device,
                provider,
                product,
                network,
                service,
                domain,
                name_source,
                origin,
            ] = text;
            let origin = origin.and_then(|o| {
                let parsed = Origin::from_id(&o);
                if parsed.is_none() {
                    tracing::warn!(path = %self.path.display(), origin = %o, "unknown origin in a stored row; read as unknown");
                }
                parsed
            });
            let scope = match raw.scope {
                0 => Scope::Lan,
                1 => Scope::Internet,
                other => return Err(self.bad_code("scope", other)),
            };
            let direction = match raw.direction {
                0 => Direction::Up,
                1 => Direction::Down,
                other => return Err(self.bad_code("direction", other)),
            };
            let key = UsageKey {
                minute: raw.minute,
                scope,
                direction,
                device,
                provider,
                product,
                network,
                service,
                domain,
                name_source,
                origin,
            };
            let counts = Counts {
                bytes: unsigned(self, "byte count", raw.counts[0])?,
                packets: unsigned(self, "packet count", raw.counts[1])?,
                new_flows: unsigned(self, "flow count", raw.counts[2])?,
            };
            out.push((key, counts));
        }
        Ok(())
    }

    fn bad_code(&self, column: &str, value: i64) -> StoreError {
        StoreError::InvalidData {
            path: self.path.clone(),
            what: format!("a usage row has {column} code {value}, which this nuage does not know"),
        }
    }

    /// The first minute at or after `minute` with any usage row (minute or hourly).
    pub fn first_minute_from(&self, minute: i64) -> Result<Option<i64>, StoreError> {
        let what = "finding the next minute with data";
        let mut first = None::<i64>;
        for sql in [
            "SELECT min(minute) FROM usage_minute WHERE minute >= ?1",
            "SELECT min(hour) FROM usage_hour WHERE hour >= ?1",
        ] {
            let m: Option<i64> = self
                .conn
                .prepare_cached(sql)
                .and_then(|mut s| s.query_row([minute], |r| r.get(0)))
                .map_err(at(&self.path, what))?;
            first = match (first, m) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
        }
        Ok(first)
    }

    /// The latest minute with a minute row: where a restarted daemon's data ends.
    pub fn last_minute(&self) -> Result<Option<i64>, StoreError> {
        self.conn
            .query_row("SELECT max(minute) FROM usage_minute", [], |r| r.get(0))
            .map_err(at(&self.path, "finding the last minute with data"))
    }

    /// Whether any usage row falls in `[start_minute, end_minute)`.
    pub fn has_data(&self, start_minute: i64, end_minute: i64) -> Result<bool, StoreError> {
        Ok(self
            .first_minute_from(start_minute)?
            .is_some_and(|m| m < end_minute))
    }

    /// Gaps overlapping `[start_minute, end_minute)`, earliest first.
    pub fn gaps(&self, start_minute: i64, end_minute: i64) -> Result<Vec<Gap>, StoreError> {
        let what = "reading gaps";
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT start_minute, end_minute, reason FROM gaps
                 WHERE start_minute < ?2 AND end_minute > ?1
                 ORDER BY start_minute, end_minute, reason",
            )
            .map_err(at(&self.path, what))?;
        let rows = stmt
            .query_map(params![start_minute, end_minute], |r| {
                Ok(Gap {
                    start_minute: r.get(0)?,
                    end_minute: r.get(1)?,
                    reason: r.get(2)?,
                })
            })
            .map_err(at(&self.path, what))?;
        rows.collect::<Result<_, _>>().map_err(at(&self.path, what))
    }

    /// A setting, if set.
    pub fn meta(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.conn
            .prepare_cached("SELECT value FROM meta WHERE key = ?1")
            .and_then(|mut s| s.query_row([key], |r| r.get(0)).optional())
            .map_err(at(&self.path, "reading a setting"))
    }

    /// Every device, most recently seen first.
    pub fn devices(&self) -> Result<Vec<DeviceRecord>, StoreError> {
        let what = "reading devices";
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT id, last_ip, name, first_seen, last_seen FROM devices
                 ORDER BY last_seen DESC, id",
            )
            .map_err(at(&self.path, what))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(DeviceRecord {
                    id: r.get(0)?,
                    last_ip: r.get(1)?,
                    name: r.get(2)?,
                    first_seen: r.get(3)?,
                    last_seen: r.get(4)?,
                })
            })
            .map_err(at(&self.path, what))?;
        rows.collect::<Result<_, _>>().map_err(at(&self.path, what))
    }

    /// Health samples with `start_ts <= ts < end_ts` (Unix seconds), oldest first.
    pub fn health(&self, start_ts: i64, end_ts: i64) -> Result<Vec<HealthSample>, StoreError> {
        let what = "reading capture health";
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT ts, interface, packets_received, dropped_by_kernel, dropped_by_interface,
                        undecodable, offload_suspected
                 FROM health WHERE ts >= ?1 AND ts < ?2 ORDER BY ts, interface",
            )
            .map_err(at(&self.path, what))?;
        let rows = stmt
            .query_map(params![start_ts, end_ts], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    [
                        r.get::<_, i64>(2)?,
                        r.get::<_, i64>(3)?,
                        r.get::<_, i64>(4)?,
                        r.get::<_, i64>(5)?,
                    ],
                    r.get::<_, bool>(6)?,
                ))
            })
            .map_err(at(&self.path, what))?;
        let mut out = Vec::new();
        for row in rows {
            let (ts, interface, [received, kernel, iface, undecodable], offload) =
                row.map_err(at(&self.path, what))?;
            out.push(HealthSample {
                ts,
                interface,
                packets_received: unsigned(self, "packet count", received)?,
                dropped_by_kernel: unsigned(self, "drop count", kernel)?,
                dropped_by_interface: unsigned(self, "drop count", iface)?,
                undecodable: unsigned(self, "packet count", undecodable)?,
                offload_suspected: offload,
            });
        }
        Ok(out)
    }
}
