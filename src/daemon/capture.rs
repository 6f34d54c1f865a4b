//! The capture threads: one per interface or file, each with its own [`Pipeline`].
//!
//! A thread reads packets as fast as they come and, about once a second of wall time, drains
//! its usage rows (labelled as the privacy setting allows) and sends them with its health
//! and busiest flows to the service. Interfaces that fail are reopened with exponential
//! backoff; the time they were away is sent as a gap. Files go through the same path, paced
//! by their timestamps.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tokio::sync::{mpsc, watch};

use super::clock::{minute_of_micros, wall_micros};
use super::offload::{OffloadWatch, interface_bytes};
use super::pacing::{LATE, LoopShift, Pacer, Speed};
use crate::capture::{
    CaptureStats, Live, LiveOptions, PacketSource, RawPacket, Savefile, open_live, open_savefile,
};
use crate::classify::Classifier;
use crate::config::Privacy;
use crate::flow::aggregate::NO_PROVIDER;
use crate::flow::{Counts, Pipeline, PipelineConfig, bits_addr};
use crate::names::registrable_domain;
use crate::usage::{FlowRow, InterfaceHealth, UsageKey};

/// How often a thread hands its counts over.
const TICK: Duration = Duration::from_secs(1);
/// Reopen backoff: first wait and cap.
const BACKOFF_START: Duration = Duration::from_millis(500);
const BACKOFF_CAP: Duration = Duration::from_secs(30);
/// A reopened interface is back once it has stayed up this long (or delivered a packet).
const REOPEN_CONFIRM: Duration = Duration::from_secs(3);
/// Flows shown in the live view.
const TOP_FLOWS: usize = 10;
/// A flow counts as current when it carried a packet this recently.
const CURRENT_MICROS: i64 = 10_000_000;
/// Check the clock for a tick every this many packets.
const PACKETS_PER_CHECK: u32 = 256;

/// What SIGHUP can change without a restart.
#[derive(Debug, Clone)]
pub struct Reloadable {
    pub classifier: Arc<Classifier>,
    pub privacy: Privacy,
}

/// One thread's handover.
#[derive(Debug)]
pub struct Batch {
    pub source: String,
    /// Capture time: the last packet's timestamp for a file, the wall clock live.
    pub now_micros: i64,
    pub rows: Vec<(UsageKey, Counts)>,
    /// The devices of `rows`, as the privacy setting allows.
    pub devices: Vec<crate::store::DeviceRecord>,
    /// The privacy setting `rows` and `devices` were labelled under (a reload may have made
    /// it stricter since).
    pub privacy: Privacy,
    pub health: InterfaceHealth,
    pub flows: Vec<FlowRow>,
}

#[derive(Debug)]
pub enum Event {
    Batch(Batch),
    /// Nothing was captured on `source` during `[start, end)` (UTC minutes).
    Gap {
        source: String,
        start_minute: i64,
        end_minute: i64,
        reason: String,
    },
    /// A file ended (and was not looped); `error` when it ended early.
    Ended {
        source: String,
        error: Option<String>,
    },
}

/// What every capture thread shares.
#[derive(Clone)]
pub struct Shared {
    pub reloadable: watch::Receiver<Arc<Reloadable>>,
    pub events: mpsc::Sender<Event>,
    pub stop: Arc<AtomicBool>,
    pub pipeline: PipelineConfig,
    pub secret: Arc<Vec<u8>>,
    /// Where interface byte counters are read (`/sys/class/net`).
    pub sys_class_net: PathBuf,
}

/// An opened source, ready to be moved to its thread.
pub enum Opened {
    Interface {
        name: String,
        options: LiveOptions,
        /// `None`: it could not be opened at start; the thread keeps trying.
        live: Option<Live>,
    },
    File {
        path: PathBuf,
        file: Savefile,
        speed: Speed,
        looped: bool,
    },
}

/// Per-thread state besides the pipeline.
struct Worker {
    shared: Shared,
    name: String,
    pipeline: Pipeline,
    reloadable: Arc<Reloadable>,
    last_tick: Instant,
    /// Capture statistics of handles closed earlier (they restart at zero on reopen).
    stats_base: CaptureStats,
    stats_now: CaptureStats,
    up: bool,
    captured_bytes: u64,
    offload: OffloadWatch,
    offload_warning: Option<crate::usage::OffloadSuspicion>,
    is_interface: bool,
    /// Bytes of the flows shown last time, for their rates: (key hash, first seen) →
    /// (up, down, when).
    flow_bytes: HashMap<(u64, i64), (u64, u64, i64)>,
    last_ts: i64,
    /// The interface's link went down (capture stays open and resumes by itself; the time
    /// down is a gap).
    link_down_since: Option<i64>,
}

impl Worker {
    fn new(shared: Shared, name: String, link_type: u32, is_interface: bool) -> Self {
        let reloadable = shared.reloadable.borrow().clone();
        let pipeline = Pipeline::new(reloadable.classifier.clone(), link_type, &shared.pipeline);
        Self {
            shared,
            name,
            pipeline,
            reloadable,
            last_tick: Instant::now(),
            stats_base: CaptureStats::default(),
            stats_now: CaptureStats::default(),
            up: true,
            captured_bytes: 0,
            offload: OffloadWatch::default(),
            offload_warning: None,
            is_interface,
            flow_bytes: HashMap::new(),
            last_ts: 0,
            link_down_since: None,
        }
    }

    fn stopping(&self) -> bool {
        self.shared.stop.load(Ordering::Relaxed)
    }

    #[inline]
    fn process(&mut self, raw: &RawPacket<'_>) {
        self.captured_bytes += u64::from(raw.wire_len);
        self.last_ts = raw.ts_micros;
        self.pipeline.process(raw);
    }

    fn tick_due(&self) -> bool {
        self.last_tick.elapsed() >= TICK
    }

    /// Hands the counts over. Returns false when the service is gone.
    fn tick(&mut self) -> bool {
        self.last_tick = Instant::now();
        if self.shared.reloadable.has_changed().unwrap_or(false) {
            self.reloadable = self.shared.reloadable.borrow_and_update().clone();
            self.pipeline
                .set_classifier(self.reloadable.classifier.clone());
            tracing::info!(source = %self.name, "using reloaded ranges for new flows");
        }
        let now = if self.is_interface {
            wall_micros()
        } else {
            self.last_ts
        };
        if self.is_interface
            && let Some(counter) = interface_bytes(&self.shared.sys_class_net, &self.name)
        {
            let warning = self.offload.sample(now, counter, self.captured_bytes);
            if warning.is_some() != self.offload_warning.is_some() {
                match &warning {
                    Some(w) => tracing::warn!(interface = %self.name, "{w}"),
                    None => {
                        tracing::info!(interface = %self.name, "capture sees the interface's traffic again")
                    }
                }
            }
            self.offload_warning = warning;
        }
        if self.is_interface && (self.up || self.link_down_since.is_some()) {
            self.check_link(now);
        }
        let privacy = self.reloadable.privacy;
        let rows = self
            .pipeline
            .drain_usage_before(i64::MAX, privacy, &self.shared.secret);
        let devices = super::device_records::seen(&rows, self.pipeline.devices(), privacy);
        let flows = self.top_flows(now);
        let stats = self.pipeline.stats();
        let health = InterfaceHealth {
            name: self.name.clone(),
            up: self.up,
            packets_received: if self.is_interface {
                self.stats_base.received + self.stats_now.received
            } else {
                stats.frames.packets
            },
            dropped_by_kernel: self.stats_base.dropped_kernel + self.stats_now.dropped_kernel,
            dropped_by_interface: self.stats_base.dropped_interface
                + self.stats_now.dropped_interface,
            undecodable: stats.undecodable_total().packets,
            offload_warning: self.offload_warning.map(|o| o.to_string()),
            offload: self.offload_warning,
        };
        let batch = Batch {
            source: self.name.clone(),
            now_micros: now,
            rows,
            devices,
            privacy,
            health,
            flows,
        };
        self.shared
            .events
            .blocking_send(Event::Batch(batch))
            .is_ok()
    }

    /// Follows the link state (`operstate`): an interface that is down but not gone keeps
    /// its capture open and simply sees nothing, so the time down is recorded as a gap here.
    fn check_link(&mut self, now: i64) {
        let path = self.shared.sys_class_net.join(&self.name).join("operstate");
        let Ok(state) = std::fs::read_to_string(path) else {
            return;
        };
        let down = state.trim() == "down" || state.trim() == "lowerlayerdown";
        match (down, self.link_down_since) {
            (true, None) => {
                tracing::warn!(interface = %self.name, "link down; counting resumes when it is back");
                self.link_down_since = Some(now);
                self.up = false;
            }
            (false, Some(since)) => {
                tracing::warn!(interface = %self.name, "link up again; counting");
                self.link_down_since = None;
                self.up = true;
                self.send(Event::Gap {
                    source: self.name.clone(),
                    start_minute: minute_of_micros(since),
                    end_minute: minute_of_micros(now) + 1,
                    reason: format!("interface {} link was down", self.name),
                });
            }
            _ => {}
        }
    }

    fn top_flows(&mut self, now: i64) -> Vec<FlowRow> {
        let privacy = self.reloadable.privacy;
        if privacy == Privacy::Aggregate {
            return Vec::new();
        }
        let mut current: Vec<_> = self
            .pipeline
            .table()
            .iter()
            .filter(|f| now - f.last_seen <= CURRENT_MICROS)
            .collect();
        current.sort_by_key(|f| std::cmp::Reverse(f.up.bytes + f.down.bytes));
        current.truncate(TOP_FLOWS);
        let labeller = self.pipeline.usage_labeller(privacy, &self.shared.secret);
        let catalogue = self.pipeline.classifier().catalogue();
        let mut seen = HashMap::with_capacity(current.len());
        let rows = current
            .into_iter()
            .map(|f| {
                let id = (f.key.hash64(), f.first_seen);
                let (up0, down0, t0) =
                    self.flow_bytes
                        .get(&id)
                        .copied()
                        .unwrap_or((0, 0, f.first_seen));
                let secs = ((now - t0) as f64 / 1e6).max(1.0);
                seen.insert(id, (f.up.bytes, f.down.bytes, now));
                let server = f.server();
                let remote = match bits_addr(server.addr) {
                    std::net::IpAddr::V6(a) => format!("[{a}]:{}", server.port),
                    a => format!("{a}:{}", server.port),
                };
                let name = f.name.as_deref().and_then(|n| match privacy {
                    Privacy::Full => Some(n.to_string()),
                    _ => registrable_domain(n),
                });
                FlowRow {
                    device: labeller.device(f.attr.device),
                    remote,
                    protocol: match f.key.proto {
                        6 => "TCP".into(),
                        17 => "UDP".into(),
                        1 => "ICMP".into(),
                        58 => "ICMPv6".into(),
                        p => p.to_string(),
                    },
                    provider: (f.attr.provider != NO_PROVIDER)
                        .then(|| catalogue.providers().get(usize::from(f.attr.provider)))
                        .flatten()
                        .map(|p| p.id.clone()),
                    service: labeller
                        .aggregates
                        .string(f.attr.service)
                        .map(str::to_string),
                    name,
                    name_source: f.name_source.map(|s| s.id().to_string()),
                    bytes_up: f.up.bytes,
                    bytes_down: f.down.bytes,
                    up_bytes_per_sec: f.up.bytes.saturating_sub(up0) as f64 / secs,
                    down_bytes_per_sec: f.down.bytes.saturating_sub(down0) as f64 / secs,
                }
            })
            .collect();
        self.flow_bytes = seen;
        rows
    }

    /// Sleeps up to `d` in short slices, ticking on time; false when stopping.
    fn wait(&mut self, d: Duration) -> bool {
        let until = Instant::now() + d;
        loop {
            if self.stopping() {
                return false;
            }
            if self.tick_due() && !self.tick() {
                return false;
            }
            let left = until.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return true;
            }
            std::thread::sleep(left.min(Duration::from_millis(200)));
        }
    }

    fn send(&self, event: Event) {
        // the service is gone only when shutting down; nothing to do then
        let _ = self.shared.events.blocking_send(event);
    }
}

/// Spawns the thread reading `source`.
pub fn spawn(source: Opened, shared: Shared) -> std::io::Result<std::thread::JoinHandle<()>> {
    let name = match &source {
        Opened::Interface { name, .. } => format!("nuage-cap-{name}"),
        Opened::File { .. } => "nuage-cap-file".to_string(),
    };
    std::thread::Builder::new()
        .name(name)
        .spawn(move || match source {
            Opened::Interface {
                name,
                options,
                live,
            } => run_interface(name, options, live, shared),
            Opened::File {
                path,
                file,
                speed,
                looped,
            } => run_file(path, file, speed, looped, shared),
        })
}

fn run_interface(name: String, options: LiveOptions, mut live: Option<Live>, shared: Shared) {
    let link_type = live.as_ref().map_or(1, PacketSource::link_type);
    let mut w = Worker::new(shared, name.clone(), link_type, true);
    let mut backoff = BACKOFF_START;
    let mut down_since = live.is_none().then(wall_micros);
    // A reopened capture counts as back once it delivers a packet or stays up a while: an
    // interface that is down (not gone) opens fine and fails at the first read, and must
    // not reset the backoff or record one gap per attempt.
    let mut reopened_at: Option<Instant> = None;
    w.up = live.is_some();
    while !w.stopping() {
        let Some(source) = live.as_mut() else {
            if !w.wait(backoff) {
                break;
            }
            backoff = (backoff * 2).min(BACKOFF_CAP);
            match open_live(&options) {
                Ok(opened) => {
                    w.pipeline.set_link_type(opened.link_type());
                    w.stats_base.received += w.stats_now.received;
                    w.stats_base.dropped_kernel += w.stats_now.dropped_kernel;
                    w.stats_base.dropped_interface += w.stats_now.dropped_interface;
                    w.stats_now = CaptureStats::default();
                    live = Some(opened);
                    reopened_at = Some(Instant::now());
                }
                Err(e) => tracing::debug!(interface = %name, error = %e, "still cannot capture"),
            }
            continue;
        };
        let mut failed = None;
        let mut n = 0u32;
        loop {
            match source.next_packet() {
                Ok(Some(raw)) => {
                    w.process(&raw);
                    n += 1;
                    if n % PACKETS_PER_CHECK == 0 && (w.tick_due() || w.stopping()) {
                        break;
                    }
                }
                Ok(None) => break,
                Err(e) if e.is_timeout() => break,
                Err(e) => {
                    failed = Some(e.to_string());
                    break;
                }
            }
        }
        if let Some(stats) = source.stats() {
            w.stats_now = stats;
        }
        if let Some(error) = failed {
            if down_since.is_none() {
                tracing::error!(interface = %name, %error, "capture failed; reopening with backoff");
                // a link that went down first: the gap starts then
                down_since = Some(w.link_down_since.take().unwrap_or_else(wall_micros));
            } else {
                tracing::debug!(interface = %name, %error, "capture failed again");
            }
            live = None;
            w.up = false;
            reopened_at = None;
        } else if reopened_at.is_some_and(|t| n > 0 || t.elapsed() >= REOPEN_CONFIRM) {
            reopened_at = None;
            w.up = true;
            backoff = BACKOFF_START;
            let now = wall_micros();
            let start = down_since.take().unwrap_or(now);
            tracing::warn!(interface = %name, "capture reopened; counting again");
            w.send(Event::Gap {
                source: name.clone(),
                start_minute: minute_of_micros(start),
                end_minute: minute_of_micros(now) + 1,
                reason: format!("interface {name} was down"),
            });
        }
        if w.tick_due() && !w.tick() {
            return;
        }
    }
    w.pipeline.finish();
    w.tick();
}

fn run_file(path: PathBuf, mut file: Savefile, speed: Speed, looped: bool, shared: Shared) {
    let name = path.display().to_string();
    let mut w = Worker::new(shared, name.clone(), file.link_type(), false);
    let mut pacer = Pacer::new(speed);
    let mut shift = LoopShift::default();
    let mut error = None;
    'passes: loop {
        'file: loop {
            if w.stopping() {
                break 'passes;
            }
            if w.tick_due() && !w.tick() {
                return;
            }
            // the checks above read the clock: once per block of packets, not per packet
            for _ in 0..PACKETS_PER_CHECK {
                match file.next_packet() {
                    Ok(Some(raw)) => {
                        // only a looped replay shifts timestamps (and needs the file's span)
                        let ts = if looped {
                            shift.apply(raw.ts_micros)
                        } else {
                            raw.ts_micros
                        };
                        // a clock read costs some 50 ns, several percent of a packet's work:
                        // the pacer reads it only for a packet past what was due at its last
                        // read (never at full speed)
                        let delay = pacer.delay_with(ts, Instant::now);
                        let raw = RawPacket {
                            ts_micros: ts,
                            ..raw
                        };
                        // `raw` borrows the file; only the worker is touched while waiting
                        if !delay.is_zero() && !w.wait(delay + LATE) {
                            break 'passes;
                        }
                        w.process(&raw);
                    }
                    Ok(None) => break 'file,
                    Err(e) => {
                        tracing::error!(file = %name, error = %e, "capture file ended early");
                        error = Some(e.to_string());
                        break 'passes;
                    }
                }
            }
        }
        if !looped {
            break;
        }
        shift.next_pass();
        match open_savefile(&path) {
            Ok(f) => {
                w.pipeline.set_link_type(f.link_type());
                file = f;
            }
            Err(e) => {
                error = Some(e.to_string());
                break;
            }
        }
    }
    w.pipeline.finish();
    w.tick();
    w.send(Event::Ended {
        source: name,
        error,
    });
}
