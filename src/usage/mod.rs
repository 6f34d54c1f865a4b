//! The shared usage model: what the pipeline hands to the store, and what the dashboard, the
//! control socket and reports show.
//!
//! - [`UsageKey`] + [`Counts`](crate::flow::Counts): one per-minute row, with every id spelled
//!   out as a stable string (catalogue ids, service ids), so rows survive restarts and catalogue
//!   edits and can be stored as they are. The ids are [`Name`]s, shared not copied.
//! - [`DayUsage`]: the totals of a span of minutes (usually a local day), grouped the ways
//!   people look at them. Built by one function ([`DayUsage::build`]) so every output agrees.
//! - [`LiveSnapshot`]: a day plus what only a running capture knows (rates now, capture
//!   health, current flows), pushed to dashboards once a second.
//! - [`PeriodUsage`]: several days at once with the capture's gaps and drops, for reports.
//! - [`Baseline`]: what a "usual" day looks like, for "−37% vs usual Mondays".

mod baseline;
mod big_tech;
mod build;
mod day;
mod key;
mod live;
mod name;
mod period;

pub use baseline::{Baseline, ProviderBaseline, relative_change};
pub use big_tech::{BigTechRule, DecidedBy};
pub use build::Naming;
pub use day::{
    BigTechShare, DayUsage, DeviceUsage, GroupUsage, LayerUsage, OTHER_NETWORKS, ProductUsage,
    ProviderUsage, ServiceUsage, TimeBucket, Traffic, UNNAMED, UsageSpan,
};
pub use key::{Origin, UsageKey};
pub use live::{
    CaptureHealth, FlowRow, InterfaceHealth, LiveSnapshot, OffloadSuspicion, ProviderRate,
};
pub use name::Name;
pub use period::{CaptureGap, PeriodHealth, PeriodUsage};

/// Version of the serialised forms of [`LiveSnapshot`] and [`DayUsage`] (control socket, JSON).
pub const USAGE_SCHEMA_VERSION: u32 = 1;
