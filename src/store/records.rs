//! The small records the store keeps besides usage rows.

use serde::{Deserialize, Serialize};

use crate::config::Privacy;

/// One local device as last seen. Times are Unix seconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceRecord {
    /// The same id as in usage rows: a MAC, or a pseudonym.
    pub id: String,
    pub last_ip: Option<String>,
    /// The name from the config, or the one the device announced.
    pub name: Option<String>,
    pub first_seen: i64,
    pub last_seen: i64,
}

impl DeviceRecord {
    /// What of this record the privacy setting lets the store keep: everything with `full`;
    /// the pseudonym and times with `devices-anonymous` (no address, no announced name);
    /// nothing with `aggregate`.
    pub fn as_privacy_allows(&self, privacy: Privacy) -> Option<DeviceRecord> {
        match privacy {
            Privacy::Full => Some(self.clone()),
            Privacy::DevicesAnonymous => Some(DeviceRecord {
                last_ip: None,
                name: None,
                ..self.clone()
            }),
            Privacy::Aggregate => None,
        }
    }

    /// Adds a later sighting of the same device: the first sighting stays, the last one
    /// moves forward, and a missing address or name does not erase a known one.
    pub fn merge(&mut self, later: &DeviceRecord) {
        self.first_seen = self.first_seen.min(later.first_seen);
        if later.last_seen >= self.last_seen {
            if later.last_ip.is_some() {
                self.last_ip.clone_from(&later.last_ip);
            }
            if later.name.is_some() {
                self.name.clone_from(&later.name);
            }
        }
        self.last_seen = self.last_seen.max(later.last_seen);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(ip: Option<&str>, name: Option<&str>, first: i64, last: i64) -> DeviceRecord {
        DeviceRecord {
            id: "02:00:00:00:00:01".into(),
            last_ip: ip.map(str::to_string),
            name: name.map(str::to_string),
            first_seen: first,
            last_seen: last,
        }
    }

    #[test]
    fn merging_keeps_the_first_sighting_and_known_names() {
        let mut d = record(Some("10.0.0.1"), Some("laptop"), 100, 200);
        d.merge(&record(Some("10.0.0.2"), None, 150, 300));
        assert_eq!(d, record(Some("10.0.0.2"), Some("laptop"), 100, 300));
        // an older sighting does not overwrite newer facts
        d.merge(&record(Some("10.0.0.9"), Some("old"), 50, 60));
        assert_eq!(d, record(Some("10.0.0.2"), Some("laptop"), 50, 300));
    }

    #[test]
    fn privacy_decides_what_of_a_device_is_kept() {
        let d = record(Some("10.0.0.1"), Some("laptop"), 1, 2);
        assert_eq!(d.as_privacy_allows(Privacy::Full), Some(d.clone()));
        assert_eq!(
            d.as_privacy_allows(Privacy::DevicesAnonymous),
            Some(record(None, None, 1, 2))
        );
        assert_eq!(d.as_privacy_allows(Privacy::Aggregate), None);
    }
}

/// One capture interface's counters at one moment, as the capture reports them (cumulative
/// since the interface was opened). `ts` is Unix seconds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthSample {
    pub ts: i64,
    pub interface: String,
    pub packets_received: u64,
    pub dropped_by_kernel: u64,
    pub dropped_by_interface: u64,
    pub undecodable: u64,
    /// The interface's own counters showed much more traffic than capture saw.
    pub offload_suspected: bool,
}

/// Minutes `[start_minute, end_minute)` when nothing was captured, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Gap {
    pub start_minute: i64,
    pub end_minute: i64,
    pub reason: String,
}

/// What one [`Store::prune`](super::Store::prune) did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PruneStats {
    /// Minute rows folded into hourly rows (and deleted).
    pub minute_rows_rolled_up: u64,
    /// Hourly rows written or added to by the rollup.
    pub hourly_rows_written: u64,
    /// Hourly rows past their retention, deleted.
    pub hourly_rows_deleted: u64,
    pub health_samples_deleted: u64,
    pub gaps_deleted: u64,
    pub devices_deleted: u64,
}
