//! The totals of a span of minutes (usually one local day), grouped the ways people look at
//! them. Lists are sorted by bytes, largest first.

use serde::{Deserialize, Serialize};

use super::{DecidedBy, Origin};

/// The name of the provider row that gathers traffic no provider list knows (`id: None`).
/// A stable English id for JSON and CSV; the human formats show their own translated words
/// for a row whose id is `None`, never this text.
pub const OTHER_NETWORKS: &str = "Other networks";

/// The name of the service row that gathers traffic nuage could not name (`id: None`); a
/// stable English id like [`OTHER_NETWORKS`].
pub const UNNAMED: &str = "Unnamed";

/// The minutes a [`DayUsage`] covers: `[start_minute, end_minute)` in UTC epoch minutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsageSpan {
    /// What people call it: `2027-03-08` for a day.
    pub label: String,
    /// IANA time zone the span's day is local to (`Europe/Brussels`), or `UTC`.
    pub time_zone: String,
    pub start_minute: i64,
    pub end_minute: i64,
}

impl UsageSpan {
    pub fn minutes(&self) -> i64 {
        (self.end_minute - self.start_minute).max(0)
    }

    pub fn contains(&self, minute: i64) -> bool {
        (self.start_minute..self.end_minute).contains(&minute)
    }
}

/// Bytes and packets each way, and flows started. Field names match `nuage replay --json`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Traffic {
    pub bytes_up: u64,
    pub bytes_down: u64,
    pub packets_up: u64,
    pub packets_down: u64,
    pub flows: u64,
}

impl Traffic {
    pub fn bytes(&self) -> u64 {
        self.bytes_up + self.bytes_down
    }

    pub fn packets(&self) -> u64 {
        self.packets_up + self.packets_down
    }

    pub fn add(&mut self, other: &Traffic) {
        self.bytes_up += other.bytes_up;
        self.bytes_down += other.bytes_down;
        self.packets_up += other.packets_up;
        self.packets_down += other.packets_down;
        self.flows += other.flows;
    }
}

/// The headline: how much leaned on the Big Tech Cloud. Shares are between 0 and 1 (0 when
/// there was no traffic).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct BigTechShare {
    pub bytes: u64,
    pub share: f64,
    pub flows: u64,
    pub flows_share: f64,
    /// Minutes in which any Big Tech Cloud traffic flowed…
    pub active_minutes: u64,
    /// …out of the minutes with any Internet traffic.
    pub active_minutes_share: f64,
    /// Bytes counted because of the infrastructure (the address), whatever the service.
    pub bytes_by_infrastructure: u64,
    /// Bytes counted only because the service is Big Tech's (on other infrastructure).
    pub bytes_by_service_only: u64,
}

/// One provider group (`big-tech`, `cloud`, `cdn`, `streaming`, `other`), or `none` for
/// addresses no list knows ("other networks").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupUsage {
    pub group: String,
    pub traffic: Traffic,
    pub share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProductUsage {
    pub product: String,
    pub traffic: Traffic,
}

/// One provider; `id: None` gathers the traffic no provider list knows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProviderUsage {
    pub id: Option<String>,
    /// The catalogue's name ("Amazon"), or [`OTHER_NETWORKS`] for `id: None`.
    pub name: String,
    pub company: Option<String>,
    pub group: Option<String>,
    pub big_tech: bool,
    pub traffic: Traffic,
    pub share: f64,
    /// Products or regions, when the lists said.
    pub products: Vec<ProductUsage>,
}

/// One service (from the service catalogue), or one registrable domain no rule knows
/// (`known: false`), or the unnamed rest (`id: None`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceUsage {
    pub id: Option<String>,
    pub name: String,
    pub owner: Option<String>,
    pub known: bool,
    pub big_tech: bool,
    pub traffic: Traffic,
    pub share: f64,
    /// The providers whose infrastructure carried it, largest first: (provider id, bytes);
    /// `None` for addresses no list knows.
    pub infrastructure: Vec<(Option<String>, u64)>,
    /// The naming layer that named most of its bytes (`tls-sni`, `dns`…).
    pub name_source: Option<String>,
}

/// One local device (MAC or pseudonym, as the privacy setting allows).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeviceUsage {
    pub id: String,
    pub traffic: Traffic,
    pub big_tech_bytes: u64,
    pub big_tech_share: f64,
    pub lan_bytes: u64,
}

/// Bytes decided by one attribution layer: an origin of the provider (`official`, `asn`,
/// `mmdb`, `user`), or `None` when the address was not attributed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayerUsage {
    pub origin: Option<Origin>,
    pub bytes: u64,
}

/// A slice of the timeline.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeBucket {
    pub start_minute: i64,
    pub big_tech_bytes: u64,
    /// Internet bytes that were not Big Tech Cloud.
    pub other_bytes: u64,
    pub lan_bytes: u64,
}

/// Everything shown about a span of minutes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayUsage {
    pub span: UsageSpan,
    /// Internet traffic.
    pub totals: Traffic,
    /// Traffic that stayed inside the place.
    pub lan: Traffic,
    pub big_tech: BigTechShare,
    pub groups: Vec<GroupUsage>,
    pub providers: Vec<ProviderUsage>,
    pub services: Vec<ServiceUsage>,
    /// Empty when the rows carried no device (privacy `aggregate`).
    pub devices: Vec<DeviceUsage>,
    /// AS organisations of traffic no provider list knows ("Belnet"), largest first.
    pub networks: Vec<(String, u64)>,
    pub layers: Vec<LayerUsage>,
    /// Bytes per decision of the Big Tech rule (`both`, `infrastructure`, `service`, `neither`).
    pub decided_by: Vec<(DecidedBy, u64)>,
    pub bucket_minutes: u32,
    pub timeline: Vec<TimeBucket>,
    /// Minutes with any traffic at all (Internet or LAN).
    pub minutes_with_data: u64,
}

impl DayUsage {
    /// Big Tech share of Internet bytes (0..=1).
    pub fn share(&self) -> f64 {
        self.big_tech.share
    }

    pub fn provider(&self, id: &str) -> Option<&ProviderUsage> {
        self.providers.iter().find(|p| p.id.as_deref() == Some(id))
    }

    pub fn is_empty(&self) -> bool {
        self.minutes_with_data == 0
    }
}
