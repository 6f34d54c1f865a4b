//! The flow stage: from decoded packets to accounted, attributed flows and per-minute
//! aggregates.
//!
//! `key` and `table` hold the bidirectional flow table, `locality` decides which side is ours,
//! `devices` (with `dhcp`) who inside the place a flow belongs to, `fragments` maps later
//! fragments to their flow, `aggregate` keeps the per-minute counts, and `pipeline` glues
//! decode → table → aggregates for one capture source.

pub mod aggregate;
pub mod devices;
pub mod dhcp;
pub mod fragments;
pub mod hash;
pub mod index;
pub mod key;
pub mod locality;
pub mod pipeline;
pub mod table;
pub mod usage_rows;

pub use aggregate::{Aggregates, Attr, Counts, Direction, Scope, Summary, UpDown};
pub use devices::{Device, DeviceNameSource, DeviceTable, MacAddr};
pub use key::{Endpoint, FlowKey, NO_VLAN, addr_bits, bits_addr};
pub use locality::Locality;
pub use pipeline::{Accounted, FlowContext, Pipeline, PipelineConfig, PipelineStats};
pub use table::{
    DirCounts, EndReason, Flow, FlowKind, FlowLimits, FlowTable, NameSource, TableStats,
};
