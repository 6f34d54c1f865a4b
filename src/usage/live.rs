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
