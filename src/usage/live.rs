//! The live snapshot: a day's usage plus what only a running capture knows.

use serde::{Deserialize, Serialize};

use super::{Baseline, DayUsage};

/// Bytes per second over the last few seconds for one provider (`None`: other networks).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderRate {
    pub provider: Option<String>,
    pub up_bytes_per_sec: f64,
    pub down_bytes_per_sec: f64,
}

/// One capture interface's health since the daemon started.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InterfaceHealth {
    pub name: String,
    /// Whether the capture is open now.
    pub up: bool,
    pub packets_received: u64,
    pub dropped_by_kernel: u64,
    pub dropped_by_interface: u64,
    pub undecodable: u64,
    /// Set when the interface's own counters show much more traffic than capture sees
    /// (hardware flow offloading hides traffic from capture).
    pub offload_warning: Option<String>,
    /// The same as figures, for dashboards to say in their language (absent from older
    /// daemons: then the English `offload_warning` is shown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offload: Option<OffloadSuspicion>,
}

/// The interface counted much more than capture saw over the last window.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OffloadSuspicion {
    pub interface_bytes: u64,
    pub captured_bytes: u64,
    pub window_secs: u64,
}

impl std::fmt::Display for OffloadSuspicion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the interface counted {} bytes in the last {}s but capture saw only {}: hardware or software flow offloading may hide traffic (turn it off to count everything)",
            self.interface_bytes, self.window_secs, self.captured_bytes
        )
    }
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// How trustworthy the numbers are right now.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CaptureHealth {
    pub interfaces: Vec<InterfaceHealth>,
    /// Spans of UTC minutes `[start, end)` when nothing was captured (interface down, daemon
    /// stopped).
    pub gaps: Vec<(i64, i64)>,
    /// The last storage error, while the store cannot be written (counting goes on in memory).
    pub store_error: Option<String>,
    /// What kind of storage error (`StoreError::kind`: `disk-full`, `locked`…), for
    /// dashboards to say in their language; absent from older daemons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_error_kind: Option<String>,
    /// Rows waiting for the store that were folded into hourly rows to save memory.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub store_rows_folded: u64,
    /// Version (date) of the range data in use.
    pub ranges_version: Option<String>,
}

/// One current flow, for the flows view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlowRow {
    pub device: Option<String>,
    /// Remote address and port (`[2001:db8::1]:443`).
    pub remote: String,
    pub protocol: String,
    pub provider: Option<String>,
    pub service: Option<String>,
    pub name: Option<String>,
    pub name_source: Option<String>,
    pub bytes_up: u64,
    pub bytes_down: u64,
    pub up_bytes_per_sec: f64,
    pub down_bytes_per_sec: f64,
}

/// What the daemon pushes to dashboards once a second.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LiveSnapshot {
    pub schema_version: u32,
    /// Capture time of the snapshot (µs since the epoch): the wall clock live, the file's
    /// clock in a replay.
    pub now_micros: i64,
    /// False when the view comes from the database alone (no capture running).
    pub live: bool,
    pub place: Option<String>,
    pub today: DayUsage,
    pub baseline: Option<Baseline>,
    /// Per provider, largest first.
    pub rates: Vec<ProviderRate>,
    pub health: CaptureHealth,
    /// Current flows, busiest first (empty when privacy hides them).
    pub flows: Vec<FlowRow>,
}
