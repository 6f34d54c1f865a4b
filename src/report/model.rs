//! The report's data: plain numbers with stable field names, serialised as the JSON schema.
//!
//! Rows whose shape is the same in the usage model and in the report (groups, providers,
//! products, devices) are the usage model's types, so a report copies them as they are.
//! The report keeps its own types where its JSON differs from the usage model's, because
//! the report schema is versioned and promised stable to scripts while the usage model may
//! change with the control protocol: the headline ([`Summary`], with `big_tech_share` at the
//! top), services and networks (objects instead of the usage model's pairs), hours (with the
//! local clock time), and everything the usage model does not have (baseline changes,
//! health, methods, places). The golden JSON file in `tests/golden/report/` catches any
//! change to the shared rows' JSON.

use serde::{Deserialize, Serialize};

use crate::usage::Traffic;

/// A whole report: one place (or, merged, several) over one or more local days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema_version: u32,
    /// `place` for one place's report, `collective` for a merge of several.
    pub kind: ReportKind,
    /// The program that wrote it (`nuage 0.1.0`).
    pub generator: String,
    pub place: Option<String>,
    pub period: Period,
    /// The whole period.
    pub summary: Summary,
    /// Each local day of the period, in order.
    pub days: Vec<DaySummary>,
    pub groups: Vec<GroupRow>,
    pub providers: Vec<ProviderRow>,
    pub services: Vec<ServiceRow>,
    /// AS organisations of traffic no provider list knows, largest first.
    pub networks: Vec<NetworkRow>,
    /// Per local day and hour.
    pub hours: Vec<HourRow>,
    /// Only with `--per-device` and when the privacy setting keeps devices; never in a
    /// collective report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<DeviceRow>>,
    pub baseline: Option<BaselineSection>,
    pub health: Health,
    pub methods: Methods,
    /// The places a collective report combines; empty for one place.
    #[serde(default)]
    pub places: Vec<PlaceRow>,
    /// The spread across places (collective reports only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spread: Option<Spread>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportKind {
    Place,
    Collective,
}

/// The local days covered, both ends included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    pub from: String,
    pub to: String,
    /// IANA time zone of the days (`Europe/Brussels`) or `UTC`.
    pub time_zone: String,
    pub days: u32,
}

impl Period {
    /// `2027-03-08`, or `2027-03-01/2027-03-07` (ISO 8601 interval) for several days.
    pub fn label(&self) -> String {
        if self.from == self.to {
            self.from.clone()
        } else {
            format!("{}/{}", self.from, self.to)
        }
    }
}

/// Headline numbers of a span.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Internet traffic; field names as in `nuage replay --json`.
    pub totals: Traffic,
    /// Traffic that stayed inside the place.
    pub lan: Traffic,
    /// Big Tech Cloud share of Internet bytes, 0..=1.
    pub big_tech_share: f64,
    pub big_tech: BigTech,
    /// Minutes with any traffic at all.
    pub minutes_with_data: u64,
}

/// The Big Tech Cloud part, three ways.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct BigTech {
    pub bytes: u64,
    pub flows: u64,
    /// Share of flows started, 0..=1.
    pub flows_share: f64,
    /// Minutes in which any Big Tech Cloud traffic flowed…
    pub active_minutes: u64,
    /// …out of the minutes with any Internet traffic, 0..=1.
    pub active_minutes_share: f64,
    /// Bytes counted because of the infrastructure (the address).
    pub bytes_by_infrastructure: u64,
    /// Bytes counted only because a Big Tech company owns the service.
    pub bytes_by_service_only: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DaySummary {
    pub day: String,
    pub summary: Summary,
}

/// A provider group: the usage model's own row (same fields, same JSON).
pub type GroupRow = crate::usage::GroupUsage;

/// A product or region of a provider: the usage model's own row.
pub type ProductRow = crate::usage::ProductUsage;

/// One provider; `id: null` is the traffic no provider list knows, named
/// [`OTHER_NETWORKS`](crate::usage::OTHER_NETWORKS) in JSON and translated by the human
/// formats. The usage model's own row.
pub type ProviderRow = crate::usage::ProviderUsage;

/// Bytes carried by one provider's infrastructure (`provider: null`: unknown networks).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InfrastructureRow {
    pub provider: Option<String>,
    pub bytes: u64,
}

/// One service, or a registrable domain no rule knows (`known: false`), or the unnamed
/// rest (`id: null`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceRow {
    pub id: Option<String>,
    pub name: String,
    pub owner: Option<String>,
    pub known: bool,
    pub big_tech: bool,
    pub traffic: Traffic,
    pub share: f64,
    pub infrastructure: Vec<InfrastructureRow>,
    pub name_source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkRow {
    pub network: String,
    pub bytes: u64,
}

/// One hour of one local day. `hour` counts hours since local midnight, so on the days the
/// clocks change it is not the hour on the clock: `local_time` is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HourRow {
    pub day: String,
    pub hour: u32,
    /// The wall-clock time the hour starts at (`03:00`). Empty in files from before it was
    /// added; readers then fall back to `hour`.
    #[serde(default)]
    pub local_time: String,
    /// The UTC offset at that time (`+01:00`): tells apart the two `02:00` of the night the
    /// clocks go back.
    #[serde(default)]
    pub utc_offset: String,
    pub big_tech_bytes: u64,
    /// Internet bytes that were not Big Tech Cloud.
    pub other_bytes: u64,
    pub lan_bytes: u64,
}

/// One device: the usage model's own row.
pub type DeviceRow = crate::usage::DeviceUsage;

/// The usual day, and how the period compares with it. Byte figures are per day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BaselineSection {
    /// How the days were chosen: `same-weekday` (the default), `range`, or `places`.
    pub method: String,
    pub days: Vec<String>,
    pub big_tech_share: f64,
    pub mean_bytes: f64,
    pub mean_big_tech_bytes: f64,
    pub change: Change,
    /// Per provider, ordered as the period's providers, then those only the baseline had.
    pub providers: Vec<ProviderChange>,
}

/// The period (per day) against the baseline. Relative changes are `null` when the
/// baseline was zero.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Share now minus usual share (−0.12 = 12 percentage points less).
    pub big_tech_share_points: f64,
    pub big_tech_share_relative: Option<f64>,
    pub bytes: f64,
    pub bytes_relative: Option<f64>,
    pub big_tech_bytes: f64,
    pub big_tech_bytes_relative: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderChange {
    pub id: Option<String>,
    pub name: String,
    pub big_tech: bool,
    /// Mean bytes per day in the period.
    pub bytes: f64,
    pub baseline_bytes: f64,
    pub change_bytes: f64,
    pub change_relative: Option<f64>,
}

/// How far the numbers can be trusted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Health {
    /// Where the numbers were read: `database`, or `daemon` (its control socket, which
    /// does not tell gaps, drops or clock jumps).
    #[serde(default = "database")]
    pub source: String,
    /// Minutes in the period, and how many had any traffic.
    pub period_minutes: u64,
    pub minutes_with_data: u64,
    /// Spans with nothing captured (daemon stopped, interface down), clipped to the period.
    pub gaps: Vec<Gap>,
    pub gap_minutes: u64,
    /// Packets lost by the kernel or the interface; `null` when not recorded.
    pub dropped_packets: Option<u64>,
    /// Times the clock jumped while capturing; `null` when not recorded.
    pub clock_jumps: Option<u64>,
    /// Internet bytes no provider list or ASN database attributed.
    pub unattributed_bytes: u64,
    pub unattributed_share: f64,
    /// Internet bytes of flows nuage could not name (no DNS, SNI or Host seen).
    pub unnamed_bytes: u64,
    /// Date of the provider range data, and its age in days at the end of the period.
    pub ranges_version: Option<String>,
    pub ranges_age_days: Option<i64>,
    /// Bytes per attribution layer (`official`, `asn`, `mmdb`, `user`, `unattributed`).
    pub layers: Vec<LayerRow>,
    /// Bytes per decision of the Big Tech rule (`both`, `infrastructure`, `service`,
    /// `neither`).
    pub decided_by: Vec<DecisionRow>,
}

fn database() -> String {
    "database".to_string()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gap {
    /// UTC epoch minutes, `[start_minute, end_minute)`.
    pub start_minute: i64,
    pub end_minute: i64,
    /// Local day and time the gap started (`2027-03-08 13:20`).
    pub start_local: String,
    pub minutes: u64,
    /// Why, as the daemon recorded it (`interface eth0 was down`, `clock jumped…`).
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayerRow {
    pub layer: String,
    pub bytes: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DecisionRow {
    pub decided_by: String,
    pub bytes: u64,
}

/// What the numbers mean, for the methods paragraph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Methods {
    /// `infrastructure-or-service-owner`: a flow counts when a Big Tech company runs the
    /// address or owns the service.
    pub big_tech_rule: String,
    pub big_tech_companies: Vec<String>,
    /// `full`, `devices-anonymous` or `aggregate` (the capture's privacy setting).
    pub privacy: String,
}

/// One place inside a collective report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceRow {
    pub place: String,
    pub period: Period,
    pub summary: Summary,
    /// Change of the Big Tech share against the place's own baseline, in share points.
    pub big_tech_share_change_points: Option<f64>,
}

/// The spread of a figure across places.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Range {
    pub min: f64,
    pub max: f64,
}

/// Lowest and highest value of a figure across places.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Spread {
    pub big_tech_share: Range,
    /// Internet bytes per day.
    pub bytes_per_day: Range,
    /// Only over places that had a baseline.
    pub big_tech_share_change_points: Option<Range>,
}

impl Range {
    /// The smallest range holding every value; `None` for none.
    pub fn of(values: impl IntoIterator<Item = f64>) -> Option<Range> {
        values.into_iter().fold(None, |r, v| {
            Some(match r {
                None => Range { min: v, max: v },
                Some(r) => Range {
                    min: r.min.min(v),
                    max: r.max.max(v),
                },
            })
        })
    }
}
