//! [`PeriodUsage`]: several local days at once, with what the capture recorded about them
//! (gaps, drops, clock jumps) so a report over the control socket is as complete as one read
//! from the database.

use serde::{Deserialize, Serialize};

use super::DayUsage;

/// Minutes `[start_minute, end_minute)` with nothing captured, and why (as the daemon
/// recorded it: `interface eth0 link was down`, `clock jumped back 60 min`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaptureGap {
    pub start_minute: i64,
    pub end_minute: i64,
    pub reason: String,
}

impl CaptureGap {
    /// Gaps the daemon recorded because the clock jumped.
    pub fn is_clock_jump(&self) -> bool {
        self.reason.starts_with("clock")
    }
}

/// What the store knows about the capture over a period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodHealth {
    /// Gaps overlapping the period, earliest first (not clipped).
    pub gaps: Vec<CaptureGap>,
    /// Packets dropped by the kernel or the interfaces; `None` when no sample was recorded.
    pub dropped_packets: Option<u64>,
    /// Date (`YYYY-MM-DD`) of the provider range data the daemon last used.
    pub ranges_version: Option<String>,
}

impl PeriodHealth {
    pub fn clock_jumps(&self) -> u64 {
        self.gaps.iter().filter(|g| g.is_clock_jump()).count() as u64
    }
}

/// Local days `from..=to`: each day on its own, and the whole period as one span.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodUsage {
    /// The whole period (its label `2027-03-01/2027-03-07`, or the day for one day).
    pub total: DayUsage,
    /// Each local day in order, days without data included (empty).
    pub days: Vec<DayUsage>,
    pub health: PeriodHealth,
}

impl PeriodUsage {
    pub fn is_empty(&self) -> bool {
        self.days.iter().all(DayUsage::is_empty)
    }
}
