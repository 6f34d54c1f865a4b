//! Retention, run daily: minute rows older than `minute_retention_days` are folded into
//! hourly rows (same keys, hour = the hour's first UTC minute, totals unchanged) and hourly
//! rows older than `hourly_retention_days` are deleted, with old health samples, gaps and
//! devices. Freed pages are reused by new rows; the file is never rewritten (VACUUM would
//! rewrite all of it on flash).
//!
//! Hours are UTC hours: in a zone whose offset is not a whole number of hours (India, Nepal,
//! parts of Australia) a rolled-up hour that straddles local midnight counts in the day
//! holding its first minute; its total is never split or lost.

use rusqlite::{TransactionBehavior, params};

use super::Store;
use super::error::{StoreError, at};
use super::records::PruneStats;
use crate::flow::aggregate::MINUTES_PER_DAY;

const ROLL_UP: &str = "
    INSERT INTO usage_hour (hour, scope, direction, device, provider, product, network, service,
                            domain, name_source, origin, bytes, packets, new_flows)
    SELECT minute - ((minute % 60) + 60) % 60 AS h, scope, direction, device, provider, product,
           network, service, domain, name_source, origin, sum(bytes), sum(packets), sum(new_flows)
    FROM usage_minute WHERE minute < ?1
    GROUP BY h, scope, direction, device, provider, product, network, service, domain,
             name_source, origin
    ON CONFLICT (hour, scope, direction, device, provider, product, network, service, domain,
                 name_source, origin)
    DO UPDATE SET bytes = bytes + excluded.bytes,
                  packets = packets + excluded.packets,
                  new_flows = new_flows + excluded.new_flows";

/// The first minute of the hour holding `minute`.
pub(crate) fn hour_of(minute: i64) -> i64 {
    minute - minute.rem_euclid(60)
}

impl Store {
    /// Applies retention as of `now_minute`, in one transaction.
    pub fn prune(&mut self, now_minute: i64) -> Result<PruneStats, StoreError> {
        self.writable("pruning old rows")?;
        let minute_cutoff = hour_of(
            now_minute
                .saturating_sub(i64::from(self.options.minute_retention_days) * MINUTES_PER_DAY),
        );
        let hour_cutoff = now_minute
            .saturating_sub(i64::from(self.options.hourly_retention_days) * MINUTES_PER_DAY);
        let what = "pruning old rows";
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(at(&path, what))?;
        let count = |sql: &str, value: i64| -> Result<u64, StoreError> {
            tx.execute(sql, params![value])
                .map(|n| n as u64)
                .map_err(at(&path, what))
        };
        let stats = PruneStats {
            hourly_rows_written: count(ROLL_UP, minute_cutoff)?,
            minute_rows_rolled_up: count(
                "DELETE FROM usage_minute WHERE minute < ?1",
                minute_cutoff,
            )?,
            hourly_rows_deleted: count("DELETE FROM usage_hour WHERE hour < ?1", hour_cutoff)?,
            health_samples_deleted: count(
                "DELETE FROM health WHERE ts < ?1",
                minute_cutoff.saturating_mul(60),
            )?,
            gaps_deleted: count("DELETE FROM gaps WHERE end_minute <= ?1", hour_cutoff)?,
            devices_deleted: count(
                "DELETE FROM devices WHERE last_seen < ?1",
                hour_cutoff.saturating_mul(60),
            )?,
        };
        tx.commit().map_err(at(&path, what))?;
        if stats != PruneStats::default() {
            tracing::info!(path = %path.display(), ?stats, "old rows pruned");
        }
        Ok(stats)
    }
}
