//! The counters behind `/metrics`, and their text exposition (format 0.0.4).
//!
//! The daemon feeds the registry per flush (usage rows) and per snapshot (health, share), never
//! per packet, so one mutex is cheap enough. Labels only take bounded values (catalogue
//! provider and service ids, groups, interfaces), never domains or devices, so the number of
//! series stays small.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{Mutex, PoisonError};

use crate::flow::{Counts, Direction, Scope};
use crate::ranges::Group;
use crate::usage::{CaptureHealth, LiveSnapshot, USAGE_SCHEMA_VERSION, UsageKey};

/// Label value for what is not known (no provider list matched, no service named).
pub const UNKNOWN_LABEL: &str = "none";

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct TrafficLabels {
    direction: Direction,
    provider: String,
    group: String,
    service: String,
}

#[derive(Debug, Clone, Copy, Default)]
struct TrafficCounters {
    bytes: u64,
    packets: u64,
    flows: u64,
}

impl TrafficCounters {
    fn add(&mut self, counts: &Counts) {
        self.bytes = self.bytes.saturating_add(counts.bytes);
        self.packets = self.packets.saturating_add(counts.packets);
        self.flows = self.flows.saturating_add(counts.new_flows);
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct InterfaceCounters {
    packets: u64,
    dropped_by_kernel: u64,
    dropped_by_interface: u64,
    undecodable: u64,
}

#[derive(Debug, Default)]
struct Inner {
    traffic: BTreeMap<TrafficLabels, TrafficCounters>,
    lan: BTreeMap<Direction, TrafficCounters>,
    big_tech_share: Option<f64>,
    interfaces: BTreeMap<String, InterfaceCounters>,
    store_errors: u64,
}

/// Counters since the daemon started, shared between the daemon and the metrics server.
#[derive(Debug, Default)]
pub struct MetricsRegistry {
    inner: Mutex<Inner>,
}

impl MetricsRegistry {
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        // A panic elsewhere while holding the lock leaves plain counters: still usable.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Adds one flush's usage rows. `group_of` gives a provider id's group (`None` for a
    /// provider the catalogue does not know, which counts as `other`).
    pub fn add_rows<'a>(
        &self,
        rows: impl IntoIterator<Item = (&'a UsageKey, &'a Counts)>,
        group_of: impl Fn(&str) -> Option<Group>,
    ) {
        // A batch has a row per minute, device and name: sum them per label set first, so
        // label strings are made once per series, not once per row.
        let mut lan: BTreeMap<Direction, Counts> = BTreeMap::new();
        let mut traffic: BTreeMap<(Direction, Option<&str>, Option<&str>), Counts> =
            BTreeMap::new();
        for (key, counts) in rows {
            if key.scope == Scope::Lan {
                lan.entry(key.direction).or_default().add(counts);
            } else {
                let labels = (
                    key.direction,
                    key.provider.as_deref(),
                    key.service.as_deref(),
                );
                traffic.entry(labels).or_default().add(counts);
            }
        }
        let mut inner = self.lock();
        for (direction, counts) in lan {
            inner.lan.entry(direction).or_default().add(&counts);
        }
        for ((direction, provider, service), counts) in traffic {
            let (provider, group) = match provider {
                Some(p) => (p, group_of(p).unwrap_or(Group::Other).id()),
                None => (UNKNOWN_LABEL, UNKNOWN_LABEL),
            };
            let labels = TrafficLabels {
                direction,
                provider: provider.to_string(),
                group: group.to_string(),
                service: service.unwrap_or(UNKNOWN_LABEL).to_string(),
            };
            inner.traffic.entry(labels).or_default().add(&counts);
        }
    }

    /// Takes the share and capture health from a snapshot.
    pub fn observe_snapshot(&self, snapshot: &LiveSnapshot) {
        self.set_big_tech_share(snapshot.today.big_tech.share);
        self.observe_health(&snapshot.health);
    }

    /// Today's Big Tech share of Internet bytes (0..=1).
    pub fn set_big_tech_share(&self, share: f64) {
        self.lock().big_tech_share = share.is_finite().then_some(share);
    }

    /// Takes per-interface counters (totals since the daemon started). A counter never goes
    /// down: a smaller value (a reopened capture starting from zero) is ignored.
    pub fn observe_health(&self, health: &CaptureHealth) {
        let mut inner = self.lock();
        for interface in &health.interfaces {
            let c = inner.interfaces.entry(interface.name.clone()).or_default();
            c.packets = c.packets.max(interface.packets_received);
            c.dropped_by_kernel = c.dropped_by_kernel.max(interface.dropped_by_kernel);
            c.dropped_by_interface = c.dropped_by_interface.max(interface.dropped_by_interface);
            c.undecodable = c.undecodable.max(interface.undecodable);
        }
    }

    /// Counts failed writes to the store.
    pub fn add_store_errors(&self, n: u64) {
        let mut inner = self.lock();
        inner.store_errors = inner.store_errors.saturating_add(n);
    }

    /// The text exposition format, version 0.0.4.
    pub fn render(&self) -> String {
        let inner = self.lock();
        let mut out = String::with_capacity(4096 + inner.traffic.len() * 3 * 120);
        let traffic =
            |out: &mut String, name: &str, help: &str, value: fn(&TrafficCounters) -> u64| {
                family(out, name, help, "counter");
                for (l, c) in &inner.traffic {
                    sample(
                        out,
                        name,
                        &[
                            ("direction", direction_id(l.direction)),
                            ("provider", &l.provider),
                            ("group", &l.group),
                            ("service", &l.service),
                        ],
                        &value(c).to_string(),
                    );
                }
            };
        traffic(
            &mut out,
            "nuage_bytes_total",
            "Bytes to and from the Internet since nuage started, by provider, provider group and service.",
            |c| c.bytes,
        );
        traffic(
            &mut out,
            "nuage_packets_total",
            "Packets to and from the Internet since nuage started.",
            |c| c.packets,
        );
        traffic(
            &mut out,
            "nuage_flows_total",
            "Internet flows started since nuage started.",
            |c| c.flows,
        );
        family(
            &mut out,
            "nuage_lan_bytes_total",
            "Bytes that stayed inside the local network since nuage started.",
            "counter",
        );
        for (direction, c) in &inner.lan {
            sample(
                &mut out,
                "nuage_lan_bytes_total",
                &[("direction", direction_id(*direction))],
                &c.bytes.to_string(),
            );
        }
        family(
            &mut out,
            "nuage_big_tech_share",
            "Share of today's Internet bytes that leaned on the Big Tech Cloud (0 to 1).",
            "gauge",
        );
        if let Some(share) = inner.big_tech_share {
            sample(&mut out, "nuage_big_tech_share", &[], &float(share));
        }
        family(
            &mut out,
            "nuage_capture_packets_total",
            "Packets the capture received, per interface.",
            "counter",
        );
        for (name, c) in &inner.interfaces {
            sample(
                &mut out,
                "nuage_capture_packets_total",
                &[("interface", name)],
                &c.packets.to_string(),
            );
        }
        family(
            &mut out,
            "nuage_capture_dropped_total",
            "Packets lost before nuage saw them, per interface, by the kernel or the interface.",
            "counter",
        );
        for (name, c) in &inner.interfaces {
            for (by, value) in [
                ("kernel", c.dropped_by_kernel),
                ("interface", c.dropped_by_interface),
            ] {
                sample(
                    &mut out,
                    "nuage_capture_dropped_total",
                    &[("interface", name), ("by", by)],
                    &value.to_string(),
                );
            }
        }
        family(
            &mut out,
            "nuage_undecodable_packets_total",
            "Packets nuage could not decode (counted, not attributed).",
            "counter",
        );
        let undecodable: u64 = inner.interfaces.values().map(|c| c.undecodable).sum();
        sample(
            &mut out,
            "nuage_undecodable_packets_total",
            &[],
            &undecodable.to_string(),
        );
        family(
            &mut out,
            "nuage_store_errors_total",
            "Failed writes to the database (counting goes on in memory meanwhile).",
            "counter",
        );
        sample(
            &mut out,
            "nuage_store_errors_total",
            &[],
            &inner.store_errors.to_string(),
        );
        family(
            &mut out,
            "nuage_build_info",
            "The running nuage: version and the versions of its data formats.",
            "gauge",
        );
        sample(
            &mut out,
            "nuage_build_info",
            &[
                ("version", env!("CARGO_PKG_VERSION")),
                ("protocol", &crate::control::PROTOCOL_VERSION.to_string()),
                ("usage_schema", &USAGE_SCHEMA_VERSION.to_string()),
            ],
            "1",
        );
        out
    }
}

fn direction_id(direction: Direction) -> &'static str {
    match direction {
        Direction::Up => "up",
        Direction::Down => "down",
    }
}

fn family(out: &mut String, name: &str, help: &str, kind: &str) {
    let _ = writeln!(out, "# HELP {name} {}", escape_help(help));
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

fn sample(out: &mut String, name: &str, labels: &[(&str, &str)], value: &str) {
    out.push_str(name);
    if !labels.is_empty() {
        out.push('{');
        for (i, (label, v)) in labels.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            let _ = write!(out, "{label}=\"{}\"", escape_label(v));
        }
        out.push('}');
    }
    out.push(' ');
    out.push_str(value);
    out.push('\n');
}

/// Label values escape backslash, double quote and newline.
pub fn escape_label(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// HELP text escapes backslash and newline.
fn escape_help(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\n', "\\n")
}

fn float(value: f64) -> String {
    if value.is_nan() {
        "NaN".into()
    } else if value.is_infinite() {
        if value > 0.0 { "+Inf" } else { "-Inf" }.into()
    } else {
        value.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::usage::InterfaceHealth;

    fn key(direction: Direction, provider: Option<&str>, service: Option<&str>) -> UsageKey {
        UsageKey {
            provider: provider.map(Into::into),
            service: service.map(Into::into),
            ..UsageKey::internet(100, direction)
        }
    }

    fn counts(bytes: u64) -> Counts {
        Counts {
            bytes,
            packets: 2,
            new_flows: 1,
        }
    }

    #[test]
    fn rows_add_up_per_label_set() {
        let r = MetricsRegistry::new();
        let rows = [
            (
                key(Direction::Down, Some("google"), Some("youtube")),
                counts(100),
            ),
            (
                key(Direction::Down, Some("google"), Some("youtube")),
                counts(50),
            ),
            (key(Direction::Up, None, None), counts(7)),
            (key(Direction::Down, Some("our\"server"), None), counts(1)),
            (UsageKey::lan(100, Direction::Up), counts(9)),
        ];
        let group = |p: &str| (p == "google").then_some(Group::BigTech);
        r.add_rows(rows.iter().map(|(k, c)| (k, c)), group);
        let text = r.render();
        assert!(text.contains(
            "nuage_bytes_total{direction=\"down\",provider=\"google\",group=\"big-tech\",service=\"youtube\"} 150\n"
        ), "{text}");
        assert!(text.contains(
            "nuage_packets_total{direction=\"up\",provider=\"none\",group=\"none\",service=\"none\"} 2\n"
        ), "{text}");
        assert!(text.contains(
            "nuage_flows_total{direction=\"down\",provider=\"our\\\"server\",group=\"other\",service=\"none\"} 1\n"
        ), "{text}");
        assert!(
            text.contains("nuage_lan_bytes_total{direction=\"up\"} 9\n"),
            "{text}"
        );
    }

    #[test]
    fn health_counters_never_go_down() {
        let r = MetricsRegistry::new();
        let health = |packets, kernel| CaptureHealth {
            interfaces: vec![InterfaceHealth {
                name: "eth0".into(),
                up: true,
                packets_received: packets,
                dropped_by_kernel: kernel,
                dropped_by_interface: 0,
                undecodable: 3,
                offload_warning: None,
                offload: None,
            }],
            ..CaptureHealth::default()
        };
        r.observe_health(&health(1000, 5));
        r.observe_health(&health(10, 1));
        r.add_store_errors(2);
        r.set_big_tech_share(0.25);
        let text = r.render();
        assert!(
            text.contains("nuage_capture_packets_total{interface=\"eth0\"} 1000\n"),
            "{text}"
        );
        assert!(text.contains("nuage_capture_dropped_total{interface=\"eth0\",by=\"kernel\"} 5\n"));
        assert!(text.contains("nuage_undecodable_packets_total 3\n"));
        assert!(text.contains("nuage_store_errors_total 2\n"));
        assert!(text.contains("nuage_big_tech_share 0.25\n"));
        r.set_big_tech_share(f64::NAN);
        assert!(!r.render().contains("\nnuage_big_tech_share "));
    }

    #[test]
    fn escaping_follows_the_format() {
        assert_eq!(escape_label("a\\b\"c\nd"), "a\\\\b\\\"c\\nd");
        assert_eq!(escape_help("x\\y\nz"), "x\\\\y\\nz");
        assert_eq!(float(f64::INFINITY), "+Inf");
        assert_eq!(float(0.5), "0.5");
    }
}
