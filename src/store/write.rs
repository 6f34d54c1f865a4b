//! Writes: usage rows, devices, health samples and gaps added in one transaction per flush,
//! settings. Every write is all or nothing: on error nothing of it is in the file and the
//! caller still holds the data to retry.

use std::path::Path;

use rusqlite::{Transaction, TransactionBehavior, params};

use super::error::{StoreError, at};
use super::names::Interner;
use super::records::{DeviceRecord, Gap, HealthSample};
use super::{Store, read};
use crate::flow::Counts;
use crate::usage::UsageKey;

/// Rows per upsert statement, largest first. Running a statement costs about half as much
/// as a row's own work, and preparing one costs about what writing 6 rows per row of it
/// does (measured with callgrind), so rows go in statements of 16, 4 and 1 rows (each
/// prepared once per connection and cached): n rows take n / 16 statements plus at most 6.
const BATCH_SIZES: [usize; 3] = [16, 4, 1];
/// Columns bound per row.
const COLUMNS: usize = 14;

/// The upsert of `rows` usage rows at once: counts are added to those already stored (also
/// when two rows of one statement have the same key).
pub(crate) fn upsert_sql(rows: usize) -> String {
    let mut sql = String::from(
        "INSERT INTO usage_minute (minute, scope, direction, device, provider, product, network,
                                   service, domain, name_source, origin, bytes, packets,
                                   new_flows) VALUES ",
    );
    for i in 0..rows {
        sql.push_str(if i == 0 { "(" } else { ",(" });
        for c in 1..=COLUMNS {
            if c > 1 {
                sql.push(',');
            }
            sql.push('?');
            sql.push_str(&(i * COLUMNS + c).to_string());
        }
        sql.push(')');
    }
    sql.push_str(
        " ON CONFLICT (minute, scope, direction, device, provider, product, network, service,
                       domain, name_source, origin)
          DO UPDATE SET bytes = bytes + excluded.bytes, packets = packets + excluded.packets,
                        new_flows = new_flows + excluded.new_flows",
    );
    sql
}

/// The cached statements' SQL, one per size of [`BATCH_SIZES`].
fn upsert_statements() -> &'static [String; BATCH_SIZES.len()] {
    static SQL: std::sync::OnceLock<[String; BATCH_SIZES.len()]> = std::sync::OnceLock::new();
    SQL.get_or_init(|| BATCH_SIZES.map(upsert_sql))
}

fn count(store: &Store, what: &str, value: u64) -> Result<i64, StoreError> {
    i64::try_from(value).map_err(|_| StoreError::InvalidData {
        path: store.path.clone(),
        what: format!("{what} {value} does not fit a stored integer"),
    })
}

fn counts_of(store: &Store, c: &Counts) -> Result<[i64; 3], StoreError> {
    Ok([
        count(store, "bytes", c.bytes)?,
        count(store, "packets", c.packets)?,
        count(store, "new flows", c.new_flows)?,
    ])
}

fn health_of(store: &Store, s: &HealthSample) -> Result<[i64; 4], StoreError> {
    Ok([
        count(store, "packets received", s.packets_received)?,
        count(store, "kernel drops", s.dropped_by_kernel)?,
        count(store, "interface drops", s.dropped_by_interface)?,
        count(store, "undecodable packets", s.undecodable)?,
    ])
}

fn upsert_rows(
    tx: &Transaction<'_>,
    path: &Path,
    interner: &mut Interner<'_>,
    rows: &[(&UsageKey, [i64; 3])],
) -> Result<(), StoreError> {
    let what = "writing usage rows";
    // every row's values, interned first so that no dictionary statement runs between a
    // batch's binds
    let mut values = Vec::with_capacity(rows.len());
    for (key, [bytes, packets, flows]) in rows {
        let dims = [
            key.device.as_deref(),
            key.provider.as_deref(),
            key.product.as_deref(),
            key.network.as_deref(),
            key.service.as_deref(),
            key.domain.as_deref(),
            key.name_source.as_deref(),
            key.origin.map(|o| o.id()),
        ];
        let mut ids = [0i64; 8];
        for (id, text) in ids.iter_mut().zip(dims) {
            *id = interner.id(tx, path, text)?;
        }
        values.push([
            key.minute,
            read::scope_code(key.scope),
            read::direction_code(key.direction),
            ids[0],
            ids[1],
            ids[2],
            ids[3],
            ids[4],
            ids[5],
            ids[6],
            ids[7],
            *bytes,
            *packets,
            *flows,
        ]);
    }
    let mut rest = values.as_slice();
    for (size, sql) in BATCH_SIZES.iter().zip(upsert_statements()) {
        if rest.len() < *size {
            continue;
        }
        let mut stmt = tx.prepare_cached(sql).map_err(at(path, what))?;
        while rest.len() >= *size {
            let (batch, tail) = rest.split_at(*size);
            // bound one by one: no parameter array or count check per row
            for (i, v) in batch.iter().flatten().enumerate() {
                stmt.raw_bind_parameter(i + 1, *v).map_err(at(path, what))?;
            }
            stmt.raw_execute().map_err(at(path, what))?;
            rest = tail;
        }
    }
    Ok(())
}

fn upsert_devices(
    tx: &Transaction<'_>,
    path: &Path,
    devices: &[DeviceRecord],
) -> Result<(), StoreError> {
    let what = "writing devices";
    let mut stmt = tx
        .prepare_cached(
            "INSERT INTO devices (id, last_ip, name, first_seen, last_seen)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET
                last_ip = CASE WHEN excluded.last_seen >= last_seen
                               THEN coalesce(excluded.last_ip, last_ip)
                               ELSE coalesce(last_ip, excluded.last_ip) END,
                name = CASE WHEN excluded.last_seen >= last_seen
                            THEN coalesce(excluded.name, name)
                            ELSE coalesce(name, excluded.name) END,
                first_seen = min(first_seen, excluded.first_seen),
                last_seen = max(last_seen, excluded.last_seen)
             WHERE excluded.last_seen > last_seen OR excluded.first_seen < first_seen
                OR (excluded.last_ip IS NOT NULL AND last_ip IS NOT excluded.last_ip)
                OR (excluded.name IS NOT NULL AND name IS NOT excluded.name)",
        )
        .map_err(at(path, what))?;
    for d in devices {
        stmt.execute(params![
            d.id,
            d.last_ip,
            d.name,
            d.first_seen.min(d.last_seen),
            d.last_seen.max(d.first_seen)
        ])
        .map_err(at(path, what))?;
    }
    Ok(())
}

fn insert_health(
    tx: &Transaction<'_>,
    path: &Path,
    samples: &[(&HealthSample, [i64; 4])],
) -> Result<(), StoreError> {
    let what = "writing capture health";
    let mut stmt = tx
        .prepare_cached(
            "INSERT OR REPLACE INTO health (ts, interface, packets_received,
                dropped_by_kernel, dropped_by_interface, undecodable, offload_suspected)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .map_err(at(path, what))?;
    for (s, [received, kernel, interface, undecodable]) in samples {
        stmt.execute(params![
            s.ts,
            s.interface,
            received,
            kernel,
            interface,
            undecodable,
            s.offload_suspected
        ])
        .map_err(at(path, what))?;
    }
    Ok(())
}

fn insert_gaps(tx: &Transaction<'_>, path: &Path, gaps: &[Gap]) -> Result<(), StoreError> {
    let what = "recording a gap";
    let mut stmt = tx
        .prepare_cached(
            "INSERT OR IGNORE INTO gaps (start_minute, end_minute, reason) VALUES (?1, ?2, ?3)",
        )
        .map_err(at(path, what))?;
    for g in gaps {
        stmt.execute(params![g.start_minute, g.end_minute, g.reason])
            .map_err(at(path, what))?;
    }
    Ok(())
}

impl Store {
    /// One flush of the daemon: usage rows, capture-health samples, devices and gaps in a
    /// single transaction (each commit costs whole pages in the WAL, so one commit per flush
    /// keeps flash writes down). All or nothing: on error nothing of it is in the file.
    pub fn write_flush(
        &mut self,
        rows: &[(UsageKey, Counts)],
        health: &[HealthSample],
        devices: &[DeviceRecord],
        gaps: &[Gap],
    ) -> Result<(), StoreError> {
        self.writable("writing a flush")?;
        // checked before the transaction: a gap that cannot be stored fails the flush whole
        if let Some(g) = gaps.iter().find(|g| g.end_minute <= g.start_minute) {
            return Err(StoreError::InvalidData {
                path: self.path.clone(),
                what: format!(
                    "a gap must end after it starts (minutes {}..{})",
                    g.start_minute, g.end_minute
                ),
            });
        }
        let mut usage = Vec::with_capacity(rows.len());
        for (k, c) in rows {
            if c.bytes != 0 || c.packets != 0 || c.new_flows != 0 {
                usage.push((k, counts_of(self, c)?));
            }
        }
        let mut samples = Vec::with_capacity(health.len());
        for s in health {
            samples.push((s, health_of(self, s)?));
        }
        if usage.is_empty() && samples.is_empty() && devices.is_empty() && gaps.is_empty() {
            return Ok(());
        }
        let path = self.path.clone();
        let names = self.names.get_mut();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(at(&path, "starting a write"))?;
        let mut interner = Interner {
            names,
            fresh: Default::default(),
        };
        upsert_rows(&tx, &path, &mut interner, &usage)?;
        insert_health(&tx, &path, &samples)?;
        upsert_devices(&tx, &path, devices)?;
        insert_gaps(&tx, &path, gaps)?;
        let fresh = interner.fresh;
        tx.commit().map_err(at(&path, "committing a write"))?;
        self.names.get_mut().extend(fresh);
        Ok(())
    }

    /// Adds every row to what is stored for its key (bytes, packets and new flows are
    /// summed), in one transaction. Rows with nothing counted are skipped.
    pub fn write_minutes(&mut self, rows: &[(UsageKey, Counts)]) -> Result<(), StoreError> {
        self.write_flush(rows, &[], &[], &[])
    }

    /// Adds or updates devices: the first sighting is kept, the last one moves forward, and
    /// a missing address or name does not erase a known one. A device with nothing new is
    /// not rewritten.
    pub fn upsert_devices(&mut self, devices: &[DeviceRecord]) -> Result<(), StoreError> {
        self.write_flush(&[], &[], devices, &[])
    }

    /// Stores capture-health samples; a second sample for the same interface and second
    /// replaces the first.
    pub fn write_health(&mut self, samples: &[HealthSample]) -> Result<(), StoreError> {
        self.write_flush(&[], samples, &[], &[])
    }

    /// Records minutes `[start_minute, end_minute)` when nothing was captured. Recording the
    /// same gap twice keeps one.
    pub fn record_gap(
        &mut self,
        start_minute: i64,
        end_minute: i64,
        reason: &str,
    ) -> Result<(), StoreError> {
        let gap = Gap {
            start_minute,
            end_minute,
            reason: reason.to_string(),
        };
        self.write_flush(&[], &[], &[], std::slice::from_ref(&gap))
    }

    /// Sets a setting (`ranges_version`…), replacing any earlier value.
    pub fn set_meta(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.writable("writing a setting")?;
        self.conn
            .prepare_cached("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)")
            .and_then(|mut s| s.execute([key, value]))
            .map_err(at(&self.path, "writing a setting"))?;
        Ok(())
    }
}
