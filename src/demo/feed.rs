//! The demo's live feed: replays a capture through the real pipeline on a clock the caller
//! moves (faster than real time), and builds the snapshots a dashboard shows, as a running
//! capture would. The capture loops, one day later each time, so the demo never runs dry;
//! finished days go to history, so `←` and the baseline have days to show.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;

use super::DemoFrame;
use crate::capture::{CaptureError, PacketSource, RawPacket, open_savefile};
use crate::classify::Classifier;
use crate::config::Privacy;
use crate::flow::aggregate::{NO_PROVIDER, NONE};
use crate::flow::{Counts, Flow, Pipeline, PipelineConfig, bits_addr};
use crate::names::ServiceCatalogue;
use crate::usage::{
    Baseline, BigTechRule, CaptureHealth, DayUsage, FlowRow, InterfaceHealth, LiveSnapshot, Naming,
    ProviderRate, USAGE_SCHEMA_VERSION, UsageKey, UsageSpan,
};

const DAY_MICROS: i64 = 86_400_000_000;
/// The flows view shows at most this many flows, busiest first.
const MAX_FLOWS: usize = 200;

/// Identifies a flow across snapshots (for its rate): protocol, endpoints, start.
type FlowId = (u8, u128, u16, u128, u16, i64);

/// Per provider id, (bytes up, bytes down) so far today.
type ProviderTotals = BTreeMap<Option<String>, (u64, u64)>;

#[derive(Debug, thiserror::Error)]
pub enum FeedError {
    #[error(transparent)]
    Capture(#[from] CaptureError),
    #[error("the demo capture {0} holds no packets")]
    Empty(String),
    #[error(transparent)]
    Services(#[from] crate::names::ServiceCatalogueError),
}

pub struct DemoFeed {
    pipeline: Pipeline,
    services: ServiceCatalogue,
    rule: BigTechRule,
    frames: Vec<DemoFrame>,
    link_type: u32,
    name: String,
    next: usize,
    /// Added to the file's timestamps: one loop later, the same day a day later.
    offset: i64,
    /// How far one loop moves time: the capture's span rounded up to whole days.
    period: i64,
    privacy: Privacy,
    secret: Vec<u8>,
    place: Option<String>,
    /// UTC day (days since the epoch) being counted.
    day: i64,
    history: BTreeMap<i64, DayUsage>,
    packets: u64,
    last_rates: Option<(i64, ProviderTotals)>,
    last_flows: HashMap<FlowId, (u64, u64)>,
    last_flows_at: i64,
}

fn day_of(micros: i64) -> i64 {
    micros.div_euclid(DAY_MICROS)
}

/// The UTC day `day` as a usage span labelled `YYYY-MM-DD`.
pub fn day_span(day: i64) -> UsageSpan {
    let label = time::OffsetDateTime::from_unix_timestamp(day * 86_400)
        .map(|t| {
            let d = t.date();
            format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
        })
        .unwrap_or_else(|_| day.to_string());
    UsageSpan {
        label,
        time_zone: "UTC".into(),
        start_minute: day * 1440,
        end_minute: (day + 1) * 1440,
    }
}

impl DemoFeed {
    /// Reads the whole capture (the bundled one is 2 MB) and sets up the pipeline.
    pub fn open(
        path: &Path,
        classifier: Arc<Classifier>,
        privacy: Privacy,
        place: Option<String>,
    ) -> Result<DemoFeed, FeedError> {
        let mut source = open_savefile(path)?;
        let link_type = source.link_type();
        let mut frames = Vec::new();
        while let Some(raw) = source.next_packet()? {
            frames.push(DemoFrame {
                ts_micros: raw.ts_micros,
                wire_len: raw.wire_len,
                data: raw.data.to_vec(),
            });
        }
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into(),
        );
        Self::from_frames(&name, link_type, frames, classifier, privacy, place)
    }

    /// The same from frames in memory (the demo household made on the spot).
    pub fn from_frames(
        name: &str,
        link_type: u32,
        mut frames: Vec<DemoFrame>,
        classifier: Arc<Classifier>,
        privacy: Privacy,
        place: Option<String>,
    ) -> Result<DemoFeed, FeedError> {
        frames.sort_by_key(|f| f.ts_micros);
        let (first, last) = match (frames.first(), frames.last()) {
            (Some(f), Some(l)) => (f.ts_micros, l.ts_micros),
            _ => return Err(FeedError::Empty(name.to_string())),
        };
        let period = (day_of(last) - day_of(first) + 1) * DAY_MICROS;
        let services = ServiceCatalogue::bundled()?;
        let rule = BigTechRule::new(classifier.catalogue(), &services);
        let pipeline = Pipeline::new(classifier, link_type, &PipelineConfig::default());
        Ok(DemoFeed {
            pipeline,
            services,
            rule,
            frames,
            link_type,
            name: name.to_string(),
            next: 0,
            offset: 0,
            period,
            privacy,
            secret: b"nuage-demo".to_vec(),
            place,
            day: day_of(first),
            history: BTreeMap::new(),
            packets: 0,
            last_rates: None,
            last_flows: HashMap::new(),
            last_flows_at: first,
        })
    }

    /// Time of the capture's first packet (µs).
    pub fn start_micros(&self) -> i64 {
        self.frames.first().map_or(0, |f| f.ts_micros)
    }

    /// Days of history known, besides today.
    pub fn add_history(&mut self, days: impl IntoIterator<Item = (i64, DayUsage)>) {
        for (day, usage) in days {
            if day != self.day {
                self.history.entry(day).or_insert(usage);
            }
        }
    }

    fn naming(&self) -> Naming<'_> {
        Naming {
            catalogue: self.pipeline.classifier().catalogue(),
            services: &self.services,
            rule: &self.rule,
        }
    }

    /// Feeds every packet up to `now` (µs) through the pipeline, looping the capture.
    pub fn advance_to(&mut self, now: i64) {
        loop {
            let Some(ts) = self
                .frames
                .get(self.next)
                .map(|f| f.ts_micros + self.offset)
            else {
                self.next = 0;
                self.offset += self.period;
                continue;
            };
            if ts > now {
                break;
            }
            let day = day_of(ts);
            if day > self.day {
                self.close_days_before(day);
            }
            let Some(frame) = self.frames.get(self.next) else {
                break;
            };
            let raw = RawPacket {
                ts_micros: ts,
                wire_len: frame.wire_len,
                data: &frame.data,
            };
            self.pipeline.process(&raw);
            self.packets += 1;
            self.next += 1;
        }
        if day_of(now) > self.day {
            self.close_days_before(day_of(now));
        }
    }

    /// Moves the rows of finished days into history.
    fn close_days_before(&mut self, day: i64) {
        let rows = self
            .pipeline
            .drain_usage_before(day * 1440, self.privacy, &self.secret);
        let mut by_day: BTreeMap<i64, Vec<(UsageKey, Counts)>> = BTreeMap::new();
        for (k, c) in rows {
            by_day
                .entry(k.minute.div_euclid(1440))
                .or_default()
                .push((k, c));
        }
        for (d, rows) in by_day {
            let usage = DayUsage::build(
                day_span(d),
                rows.iter().map(|(k, c)| (k, c)),
                self.naming(),
                10,
            );
            self.history.insert(d, usage);
        }
        self.day = day;
        self.last_rates = None;
    }

    /// The day `offset` days from today, from history (empty when nothing was counted).
    pub fn day(&self, offset: i64) -> DayUsage {
        let day = self.day + offset;
        self.history.get(&day).cloned().unwrap_or_else(|| {
            DayUsage::build(day_span(day), std::iter::empty(), self.naming(), 10)
        })
    }

    /// What a dashboard shows at `now` (µs).
    pub fn snapshot(&mut self, now: i64) -> LiveSnapshot {
        let rows = self
            .pipeline
            .usage_labeller(self.privacy, &self.secret)
            .rows(self.pipeline.aggregates().rows());
        let today = DayUsage::build(
            day_span(self.day),
            rows.iter().map(|(k, c)| (k, c)),
            self.naming(),
            10,
        );
        let baseline =
            Baseline::from_days((1..=4).filter_map(|w| self.history.get(&(self.day - 7 * w))));
        let rates = self.rates(&today, now);
        let flows = self.flows(now);
        let stats = self.pipeline.stats();
        LiveSnapshot {
            schema_version: USAGE_SCHEMA_VERSION,
            now_micros: now,
            live: true,
            place: self.place.clone(),
            today,
            baseline,
            rates,
            health: CaptureHealth {
                interfaces: vec![InterfaceHealth {
                    name: self.name.clone(),
                    up: true,
                    packets_received: self.packets,
                    undecodable: stats.undecodable_total().packets,
                    ..InterfaceHealth::default()
                }],
                gaps: Vec::new(),
                store_error: None,
                store_error_kind: None,
                store_rows_folded: 0,
                ranges_version: None,
            },
            flows,
        }
    }

    /// Per provider, bytes a second since the last snapshot of the same day.
    fn rates(&mut self, today: &DayUsage, now: i64) -> Vec<ProviderRate> {
        let totals: ProviderTotals = today
            .providers
            .iter()
            .map(|p| (p.id.clone(), (p.traffic.bytes_up, p.traffic.bytes_down)))
            .collect();
        let mut rates = Vec::new();
        if let Some((then, before)) = &self.last_rates {
            let secs = (now - then) as f64 / 1e6;
            if secs > 0.0 {
                for (id, (up, down)) in &totals {
                    let (up0, down0) = before.get(id).copied().unwrap_or((0, 0));
                    let (du, dd) = (up.saturating_sub(up0), down.saturating_sub(down0));
                    if du + dd > 0 {
                        rates.push(ProviderRate {
                            provider: id.clone(),
                            up_bytes_per_sec: du as f64 / secs,
                            down_bytes_per_sec: dd as f64 / secs,
                        });
                    }
                }
            }
        }
        rates.sort_by(|a, b| {
            (b.up_bytes_per_sec + b.down_bytes_per_sec)
                .total_cmp(&(a.up_bytes_per_sec + a.down_bytes_per_sec))
        });
        self.last_rates = Some((now, totals));
        rates
    }

    /// The flows in the table, busiest now first. None with privacy `aggregate`.
    fn flows(&mut self, now: i64) -> Vec<FlowRow> {
        if self.privacy == Privacy::Aggregate {
            return Vec::new();
        }
        let secs = (now - self.last_flows_at) as f64 / 1e6;
        let labeller = self.pipeline.usage_labeller(self.privacy, &self.secret);
        let catalogue = self.pipeline.classifier().catalogue();
        let aggregates = self.pipeline.aggregates();
        let mut seen = HashMap::new();
        let mut rows: Vec<FlowRow> = self
            .pipeline
            .table()
            .iter()
            .map(|f: &Flow| {
                let (c, s) = (f.client(), f.server());
                let id = (f.key.proto, c.addr, c.port, s.addr, s.port, f.first_seen);
                let (up0, down0) = self.last_flows.get(&id).copied().unwrap_or((0, 0));
                seen.insert(id, (f.up.bytes, f.down.bytes));
                let rate = |now: u64, then: u64| {
                    if secs > 0.0 {
                        now.saturating_sub(then) as f64 / secs
                    } else {
                        0.0
                    }
                };
                let remote = match bits_addr(s.addr) {
                    std::net::IpAddr::V6(a) => format!("[{a}]:{}", s.port),
                    a => format!("{a}:{}", s.port),
                };
                FlowRow {
                    device: labeller.device(f.attr.device),
                    remote,
                    protocol: match f.key.proto {
                        6 => "tcp".into(),
                        17 => "udp".into(),
                        1 | 58 => "icmp".into(),
                        p => p.to_string(),
                    },
                    provider: (f.attr.provider != NO_PROVIDER)
                        .then(|| catalogue.providers().get(usize::from(f.attr.provider)))
                        .flatten()
                        .map(|p| p.id.clone()),
                    service: (f.attr.service != NONE)
                        .then(|| aggregates.string(f.attr.service))
                        .flatten()
                        .map(str::to_string),
                    name: (self.privacy == Privacy::Full)
                        .then(|| f.name.as_deref().map(str::to_string))
                        .flatten(),
                    name_source: f.name_source.map(|s| s.id().to_string()),
                    bytes_up: f.up.bytes,
                    bytes_down: f.down.bytes,
                    up_bytes_per_sec: rate(f.up.bytes, up0),
                    down_bytes_per_sec: rate(f.down.bytes, down0),
                }
            })
            .collect();
        self.last_flows = seen;
        self.last_flows_at = now;
        rows.sort_by(|a, b| {
            (b.up_bytes_per_sec + b.down_bytes_per_sec)
                .total_cmp(&(a.up_bytes_per_sec + a.down_bytes_per_sec))
                .then((b.bytes_up + b.bytes_down).cmp(&(a.bytes_up + a.bytes_down)))
        });
        rows.truncate(MAX_FLOWS);
        rows
    }

    pub fn link_type(&self) -> u32 {
        self.link_type
    }
}

/// Days before `day` made by the demo household generator, counted through a pipeline of
/// their own: the week before and the same weekday three more weeks back, so the demo has
/// history to page through and "usual Mondays" to compare with. Slow-ish (a day is ~20k
/// packets): run it off the drawing thread.
pub fn generated_history(
    classifier: Arc<Classifier>,
    privacy: Privacy,
    day: i64,
) -> Result<Vec<(i64, DayUsage)>, FeedError> {
    let services = ServiceCatalogue::bundled()?;
    let rule = BigTechRule::new(classifier.catalogue(), &services);
    let mut out = Vec::new();
    for back in [1, 2, 3, 4, 5, 6, 7, 14, 21, 28] {
        let d = day - back;
        let mut pipeline = Pipeline::new(classifier.clone(), 1, &PipelineConfig::default());
        let seed = 1000 + u64::try_from(back).unwrap_or(0);
        for frame in super::household_day(seed, d * 86_400, 200) {
            pipeline.process(&RawPacket {
                ts_micros: frame.ts_micros,
                wire_len: frame.wire_len,
                data: &frame.data,
            });
        }
        let rows = pipeline
            .usage_labeller(privacy, b"nuage-demo")
            .rows(pipeline.aggregates().rows());
        let naming = Naming {
            catalogue: pipeline.classifier().catalogue(),
            services: &services,
            rule: &rule,
        };
        out.push((
            d,
            DayUsage::build(day_span(d), rows.iter().map(|(k, c)| (k, c)), naming, 10),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::pcap_writer::PcapWriter;
    use crate::classify::{ClassifierBuilder, Origin};
    use crate::ranges::{Catalogue, ParsedRange};

    fn classifier() -> Arc<Classifier> {
        let mut b = ClassifierBuilder::new(Arc::new(Catalogue::bundled().unwrap()));
        b.add_ranges(
            "t",
            Some("google"),
            Origin::Official,
            0,
            &[ParsedRange::bare("142.250.0.0/15".parse().unwrap())],
        );
        Arc::new(b.build())
    }

    #[test]
    fn day_spans_are_utc_days() {
        let s = day_span(1_804_464_000 / 86_400);
        assert_eq!(s.label, "2027-03-08");
        assert_eq!(s.minutes(), 1440);
    }

    #[test]
    fn a_generated_capture_replays_loops_and_fills_history() {
        let day = 1_804_464_000 / 86_400;
        let frames = super::super::household_day(3, day * 86_400, 30);
        let mut w = PcapWriter::new(1);
        for f in &frames {
            w.record_nanos(f.ts_micros * 1000, f.wire_len, &f.data);
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.pcap");
        w.write_to(&path).unwrap();

        let mut feed =
            DemoFeed::open(&path, classifier(), Privacy::DevicesAnonymous, None).unwrap();
        let start = feed.start_micros();
        feed.advance_to(start + 12 * 3_600_000_000);
        let noon = feed.snapshot(start + 12 * 3_600_000_000);
        assert!(noon.live && noon.today.totals.bytes() > 0);
        assert_eq!(noon.today.span.label, "2027-03-08");
        feed.advance_to(start + 13 * 3_600_000_000);
        let later = feed.snapshot(start + 13 * 3_600_000_000);
        assert!(later.today.totals.bytes() >= noon.today.totals.bytes());
        // Past the end: the capture loops into the next day and the first day is history.
        feed.advance_to(start + 30 * 3_600_000_000);
        let next = feed.snapshot(start + 30 * 3_600_000_000);
        assert_eq!(next.today.span.label, "2027-03-09");
        let yesterday = feed.day(-1);
        assert_eq!(yesterday.span.label, "2027-03-08");
        assert!(yesterday.totals.bytes() >= later.today.totals.bytes());
        assert!(feed.day(-5).is_empty());
    }

    #[test]
    fn an_empty_capture_is_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.pcap");
        PcapWriter::new(1).write_to(&path).unwrap();
        let err = DemoFeed::open(&path, classifier(), Privacy::Full, None)
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("empty.pcap"), "{err}");
    }
}
