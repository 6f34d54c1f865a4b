//! Writes: usage rows added in one transaction per flush, devices, health samples, gaps,
//! settings. Every write is all or nothing: on error nothing of it is in the file and the
//! caller still holds the data to retry.

use rusqlite::{TransactionBehavior, params};

use super::error::{StoreError, at};
use super::names::Interner;
use super::records::{DeviceRecord, HealthSample};
use super::{Store, read};
use crate::flow::Counts;
use crate::usage::UsageKey;

pub(crate) const UPSERT_MINUTE: &str = "
    INSERT INTO usage_minute (minute, scope, direction, device, provider, product, network,
                              service, domain, name_source, origin, bytes, packets, new_flows)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
    ON CONFLICT (minute, scope, direction, device, provider, product, network, service, domain,
                 name_source, origin)
    DO UPDATE SET bytes = bytes + excluded.bytes,
                  packets = packets + excluded.packets,
                  new_flows = new_flows + excluded.new_flows";

fn count(store: &Store, what: &str, value: u64) -> Result<i64, StoreError> {
    i64::try_from(value).map_err(|_| StoreError::InvalidData {
        path: store.path.clone(),
        what: format!("{what} {value} does not fit a stored integer"),
    })
}

impl Store {
    /// Adds every row to what is stored for its key (bytes, packets and new flows are
    /// summed), in one transaction. Rows with nothing counted are skipped.
    pub fn write_minutes(&mut self, rows: &[(UsageKey, Counts)]) -> Result<(), StoreError> {
        self.writable("writing usage rows")?;
        let rows: Vec<&(UsageKey, Counts)> = rows
            .iter()
            .filter(|(_, c)| c.bytes != 0 || c.packets != 0 || c.new_flows != 0)
            .collect();
        if rows.is_empty() {
            return Ok(());
        }
        let mut values = Vec::with_capacity(rows.len());
        for (_, c) in &rows {
            values.push([
                count(self, "bytes", c.bytes)?,
                count(self, "packets", c.packets)?,
                count(self, "new flows", c.new_flows)?,
            ]);
        }
        let path = self.path.clone();
        let what = "writing usage rows";
        let names = self.names.get_mut();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(at(&path, what))?;
        let mut interner = Interner {
            names,
            fresh: Default::default(),
        };
        {
            let mut stmt = tx.prepare_cached(UPSERT_MINUTE).map_err(at(&path, what))?;
            for ((key, _), [bytes, packets, flows]) in rows.iter().zip(values) {
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
                    *id = interner.id(&tx, &path, text)?;
                }
                stmt.execute(params![
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
                    bytes,
                    packets,
                    flows,
                ])
                .map_err(at(&path, what))?;
            }
        }
        let fresh = interner.fresh;
        tx.commit().map_err(at(&path, what))?;
        self.names.get_mut().extend(fresh);
        Ok(())
    }

    /// Adds or updates devices: the first sighting is kept, the last one moves forward, and
    /// a missing address or name does not erase a known one.
    pub fn upsert_devices(&mut self, devices: &[DeviceRecord]) -> Result<(), StoreError> {
        self.writable("writing devices")?;
        if devices.is_empty() {
            return Ok(());
        }
        let what = "writing devices";
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(at(&self.path, what))?;
        {
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
                        last_seen = max(last_seen, excluded.last_seen)",
                )
                .map_err(at(&self.path, what))?;
            for d in devices {
                stmt.execute(params![
                    d.id,
                    d.last_ip,
                    d.name,
                    d.first_seen.min(d.last_seen),
                    d.last_seen.max(d.first_seen)
                ])
                .map_err(at(&self.path, what))?;
            }
        }
        tx.commit().map_err(at(&self.path, what))
    }

    /// Stores capture-health samples; a second sample for the same interface and second
    /// replaces the first.
    pub fn write_health(&mut self, samples: &[HealthSample]) -> Result<(), StoreError> {
        self.writable("writing capture health")?;
        if samples.is_empty() {
            return Ok(());
        }
        let mut values = Vec::with_capacity(samples.len());
        for s in samples {
            values.push([
                count(self, "packets received", s.packets_received)?,
                count(self, "kernel drops", s.dropped_by_kernel)?,
                count(self, "interface drops", s.dropped_by_interface)?,
                count(self, "undecodable packets", s.undecodable)?,
            ]);
        }
        let what = "writing capture health";
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(at(&self.path, what))?;
        {
            let mut stmt = tx
                .prepare_cached(
                    "INSERT OR REPLACE INTO health (ts, interface, packets_received,
                        dropped_by_kernel, dropped_by_interface, undecodable, offload_suspected)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                )
                .map_err(at(&self.path, what))?;
            for (s, [received, kernel, interface, undecodable]) in samples.iter().zip(values) {
                stmt.execute(params![
                    s.ts,
                    s.interface,
                    received,
                    kernel,
                    interface,
                    undecodable,
                    s.offload_suspected
                ])
                .map_err(at(&self.path, what))?;
            }
        }
        tx.commit().map_err(at(&self.path, what))
    }

    /// Records minutes `[start_minute, end_minute)` when nothing was captured. Recording the
    /// same gap twice keeps one.
    pub fn record_gap(
        &mut self,
        start_minute: i64,
        end_minute: i64,
        reason: &str,
    ) -> Result<(), StoreError> {
        self.writable("recording a gap")?;
        if end_minute <= start_minute {
            return Err(StoreError::InvalidData {
                path: self.path.clone(),
                what: format!(
                    "a gap must end after it starts (minutes {start_minute}..{end_minute})"
                ),
            });
        }
        self.conn
            .prepare_cached(
                "INSERT OR IGNORE INTO gaps (start_minute, end_minute, reason) VALUES (?1, ?2, ?3)",
            )
            .and_then(|mut s| s.execute(params![start_minute, end_minute, reason]))
            .map_err(at(&self.path, "recording a gap"))?;
        Ok(())
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
