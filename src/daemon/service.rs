//! The daemon's tokio side: takes the capture threads' batches into the [`Ledger`], writes
//! the pending rows every flush interval, publishes a [`LiveSnapshot`] when someone wants
//! one (once a second while anybody watches, see [`LiveDemand`]), and handles signals
//! (SIGTERM/SIGINT: flush and exit; SIGHUP: reload ranges and privacy).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tokio::signal::unix::{Signal, SignalKind, signal};
use tokio::sync::{mpsc, watch};

use super::capture::{Batch, Event, Reloadable};
use super::clock::minute_of_micros;
use super::gaps::GapList;
use super::ledger::Ledger;
use super::rates::RateWindow;
use super::retention::RetentionSchedule;
use super::store_link::StoreLink;
use super::{DaemonError, Outcome};
use crate::classify::load_classifier;
use crate::config::Config;
use crate::config::Privacy;
use crate::control::LiveDemand;
use crate::names::ServiceCatalogue;
use crate::store::{DeviceRecord, Gap, HealthSample, LocalDays, baseline_dates, day_usage};
use crate::usage::{
    Baseline, BigTechRule, CaptureHealth, DayUsage, FlowRow, InterfaceHealth, LiveSnapshot, Naming,
    USAGE_SCHEMA_VERSION,
};

/// Timeline slices of the live view.
const BUCKET_MINUTES: u32 = 10;
/// Flows shown, over every source.
const TOP_FLOWS: usize = 10;
/// How long to wait for capture threads to hand over their last counts at shutdown.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);

/// The signals the service handles, registered as early as possible: until they are, the
/// default action (ending the process without a flush) applies.
pub struct Signals {
    sigterm: Option<Signal>,
    sigint: Option<Signal>,
    sighup: Option<Signal>,
}

impl Signals {
    /// Registers the handlers; must be called inside `runtime`'s context.
    pub fn register(runtime: &tokio::runtime::Runtime) -> Result<Self, DaemonError> {
        let _context = runtime.enter();
        let sig = |kind: SignalKind, name: &str| {
            signal(kind).map_err(|e| DaemonError::Setup(format!("cannot handle {name}: {e}")))
        };
        Ok(Self {
            sigterm: Some(sig(SignalKind::terminate(), "SIGTERM")?),
            sigint: Some(sig(SignalKind::interrupt(), "SIGINT")?),
            sighup: Some(sig(SignalKind::hangup(), "SIGHUP")?),
        })
    }

    /// No signal handled: tests stop the service with a stop request.
    #[cfg(test)]
    pub fn none() -> Self {
        Self {
            sigterm: None,
            sigint: None,
            sighup: None,
        }
    }
}

/// The next delivery of `signal`; never, when it is not handled.
async fn received(signal: &mut Option<Signal>) {
    match signal {
        Some(signal) => {
            signal.recv().await;
        }
        None => std::future::pending().await,
    }
}

/// Everything the service loop owns.
pub struct Service {
    pub ledger: Ledger,
    pub store: StoreLink,
    pub days: LocalDays,
    pub floor_minute: Option<i64>,
    pub flush_interval: Duration,
    pub events: mpsc::Receiver<Event>,
    pub stop: Arc<AtomicBool>,
    pub stop_requests: watch::Receiver<bool>,
    pub snapshots: watch::Sender<Arc<LiveSnapshot>>,
    /// Who wants snapshots: nobody watching, none is built (a fast replay would spend most
    /// of its time summing today's rows for nobody).
    pub demand: Arc<LiveDemand>,
    pub reloadable: watch::Sender<Arc<Reloadable>>,
    pub config_path: Option<PathBuf>,
    pub data_dir: PathBuf,
    pub place: Option<String>,
    pub ranges_version: Option<String>,
    pub started: Instant,
    /// Prometheus counters, fed per batch and per snapshot.
    pub metrics: Option<Arc<crate::metrics::MetricsRegistry>>,
    services: Arc<ServiceCatalogue>,
    health: BTreeMap<String, InterfaceHealth>,
    flows: BTreeMap<String, Vec<FlowRow>>,
    /// Gaps waiting to be recorded, and those of this run (for the dashboard).
    pub(super) pending_gaps: GapList,
    gaps: GapList,
    pub(super) pending_devices: BTreeMap<String, DeviceRecord>,
    /// The pseudonym key, to relabel waiting rows when privacy becomes stricter.
    pub secret: Arc<Vec<u8>>,
    rates: RateWindow,
    now_micros: i64,
    retention: RetentionSchedule,
    /// The wall clock (Unix microseconds) for live captures, read when no packet says what
    /// time it is; `None` for a capture file, whose packets are its clock. Tests pass a fake.
    pub wall_clock: Option<Arc<dyn Fn() -> i64 + Send + Sync>>,
    /// The usual day to compare today with, computed when a day starts.
    baseline: Option<Baseline>,
}

impl Service {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        ledger: Ledger,
        store: StoreLink,
        days: LocalDays,
        floor_minute: Option<i64>,
        flush_interval: Duration,
        events: mpsc::Receiver<Event>,
        stop: Arc<AtomicBool>,
        stop_requests: watch::Receiver<bool>,
        snapshots: watch::Sender<Arc<LiveSnapshot>>,
        reloadable: watch::Sender<Arc<Reloadable>>,
    ) -> Result<Self, DaemonError> {
        let services = ServiceCatalogue::bundled_shared()
            .map_err(|e| DaemonError::Setup(format!("bundled service catalogue: {e}")))?;
        Ok(Self {
            ledger,
            store,
            days,
            floor_minute,
            flush_interval,
            events,
            stop,
            stop_requests,
            snapshots,
            demand: LiveDemand::new(),
            reloadable,
            config_path: None,
            data_dir: PathBuf::new(),
            place: None,
            ranges_version: None,
            started: Instant::now(),
            metrics: None,
            services,
            health: BTreeMap::new(),
            flows: BTreeMap::new(),
            pending_gaps: GapList::default(),
            gaps: GapList::for_display(),
            pending_devices: BTreeMap::new(),
            secret: Arc::new(Vec::new()),
            rates: RateWindow::default(),
            now_micros: 0,
            retention: RetentionSchedule::default(),
            wall_clock: None,
            baseline: None,
        })
    }

    /// Runs until a signal, a stop request, or every source has ended.
    pub async fn run(mut self, signals: Signals) -> Result<Outcome, DaemonError> {
        let Signals {
            mut sigterm,
            mut sigint,
            mut sighup,
        } = signals;
        let mut flush = tokio::time::interval(self.flush_interval);
        flush.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        flush.tick().await;
        let mut publish = tokio::time::interval(Duration::from_secs(1));
        publish.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut stop_requests = self.stop_requests.clone();
        let demand = self.demand.clone();
        let mut sources_done = false;
        self.apply_retention();
        loop {
            tokio::select! {
                event = self.events.recv() => match event {
                    Some(event) => self.on_event(event),
                    None => { sources_done = true; break; }
                },
                _ = flush.tick() => self.flush(),
                _ = publish.tick() => self.tick(),
                () = demand.requested() => self.publish(),
                () = received(&mut sigterm) => { tracing::info!("SIGTERM: flushing and exiting"); break; }
                () = received(&mut sigint) => { tracing::info!("SIGINT: flushing and exiting"); break; }
                () = received(&mut sighup) => self.reload(),
                changed = stop_requests.changed() => {
                    if changed.is_err() || *stop_requests.borrow() { break; }
                }
            }
        }
        self.stop.store(true, Ordering::Relaxed);
        if !sources_done {
            // the capture threads hand over what they counted since their last batch
            let deadline = tokio::time::Instant::now() + DRAIN_TIMEOUT;
            while let Ok(Some(event)) = tokio::time::timeout_at(deadline, self.events.recv()).await
            {
                self.on_event(event);
            }
        }
        self.flush();
        // the last snapshot stays in the handle for whoever reads it after the run
        self.publish();
        self.store.close();
        let unsaved = self.ledger.pending_rows() + self.ledger.held_back().len();
        if unsaved > 0 {
            tracing::error!(
                rows = unsaved,
                "exiting with counts the database did not take; they are lost"
            );
        }
        Ok(Outcome {
            unsaved_rows: unsaved,
            store_error: self.store.take_error(),
        })
    }

    pub(super) fn on_event(&mut self, event: Event) {
        match event {
            Event::Batch(batch) => self.on_batch(batch),
            Event::Gap {
                source,
                start_minute,
                end_minute,
                reason,
            } => {
                tracing::info!(%source, start_minute, end_minute, "gap in capture");
                self.add_gap(Gap {
                    start_minute,
                    end_minute,
                    reason,
                });
            }
            Event::Ended { source, error } => match error {
                Some(e) => tracing::error!(%source, error = %e, "source ended early"),
                None => tracing::info!(%source, "source ended"),
            },
        }
    }

    fn on_batch(&mut self, batch: Batch) {
        let Batch {
            source,
            now_micros,
            mut rows,
            devices,
            privacy: labelled,
            health,
            mut flows,
        } = batch;
        let privacy = self.reloadable.borrow().privacy;
        if super::privacy::tighter(labelled, privacy) {
            // labelled before a reload made privacy stricter: the ledger sums what meets
            for (key, _) in &mut rows {
                super::privacy::key(key, privacy, &self.secret);
            }
            // flows are only shown: the thread's next batch brings them labelled anew
            flows.clear();
        }
        self.now_micros = self.now_micros.max(now_micros);
        self.rates.add(now_micros, &rows);
        if let Some(metrics) = &self.metrics {
            let reloadable = self.reloadable.borrow().clone();
            let catalogue = reloadable.classifier.catalogue();
            metrics.add_rows(rows.iter().map(|(k, c)| (k, c)), |p| {
                catalogue.provider(p).map(|p| p.group)
            });
        }
        let minute = minute_of_micros(now_micros);
        for device in &devices {
            if let Some(device) = super::privacy::device(device, privacy, &self.secret) {
                self.add_device(device);
            }
        }
        if let Some(set) = self.ledger.add(rows) {
            // The clock was set: the held-back traffic happened between this run's start and
            // now; its minutes are unknown, so that span is a gap and the bytes go to the
            // first sane minute.
            let elapsed = i64::try_from(self.started.elapsed().as_secs() / 60).unwrap_or(0);
            let start = set.first_sane_minute - elapsed;
            tracing::warn!(
                rows = set.rows,
                bytes = set.bytes,
                minute = set.first_sane_minute,
                "the clock was set: traffic counted before is attributed to the first minute with a sane clock"
            );
            let end = set.first_sane_minute.max(start + 1);
            self.add_gap(Gap {
                start_minute: start,
                end_minute: end,
                reason: "clock not set yet (times unknown)".into(),
            });
        }
        if self.ledger.pending_over_cap() {
            // more rows than the cap before the next flush: write them now (a fast replay),
            // or fold them if the store fails
            self.write_pending(false);
        }
        self.enter_day_of(minute);
        self.health.insert(source.clone(), health);
        self.flows.insert(source, flows);
    }

    fn clock_sane(&self, minute: i64) -> bool {
        self.floor_minute.is_none_or(|f| minute >= f)
    }

    /// Switches the live view to the local day of `minute` when it is a new day.
    fn enter_day_of(&mut self, minute: i64) {
        if !self.clock_sane(minute) || self.ledger.day().is_some_and(|d| d.contains(minute)) {
            return;
        }
        let span = self.days.span(self.days.date_of(minute));
        let stored = self
            .store
            .with(|s| s.rows(span.start_minute, span.end_minute));
        tracing::info!(day = %span.label, stored_rows = stored.as_ref().map(Vec::len), "counting a new day");
        self.ledger.enter_day(span, stored);
        let date = self.days.date_of(minute);
        let reloadable = self.reloadable.borrow().clone();
        let catalogue = reloadable.classifier.catalogue();
        let rule = BigTechRule::new(catalogue, &self.services);
        let naming = Naming {
            catalogue,
            services: &self.services,
            rule: &rule,
        };
        let days = &self.days;
        self.baseline = self
            .store
            .with(|s| {
                let usual = baseline_dates(s, days, date)?
                    .into_iter()
                    .map(|d| day_usage(s, days, d, naming, BUCKET_MINUTES))
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(Baseline::from_days(&usual))
            })
            .flatten();
    }

    fn add_gap(&mut self, gap: Gap) {
        self.gaps.push(gap.clone());
        self.pending_gaps.push(gap);
    }

    fn add_device(&mut self, device: DeviceRecord) {
        match self.pending_devices.get_mut(&device.id) {
            Some(d) => d.merge(&device),
            None => {
                self.pending_devices.insert(device.id.clone(), device);
            }
        }
    }

    /// Writes what is pending, then catches up on what a failed store left behind.
    pub(super) fn flush(&mut self) {
        self.write_pending(true);
        if self.ledger.day().is_some() && !self.ledger.day_loaded() {
            let span = self.ledger.day().cloned();
            if let Some(span) = span {
                let stored = self
                    .store
                    .with(|s| s.rows(span.start_minute, span.end_minute));
                if stored.is_some() {
                    self.ledger.reload_day(stored);
                }
            }
        }
        self.apply_retention();
    }

    /// The capture-health samples of a flush: none before the clock is known to be sane.
    fn health_samples(&self) -> Vec<HealthSample> {
        // no batch yet: no idea what time it is
        if self.now_micros == 0 || !self.clock_sane(minute_of_micros(self.now_micros)) {
            return Vec::new();
        }
        let ts = self.now_micros.div_euclid(1_000_000);
        self.health
            .values()
            .map(|h| HealthSample {
                ts,
                interface: h.name.clone(),
                packets_received: h.packets_received,
                dropped_by_kernel: h.dropped_by_kernel,
                dropped_by_interface: h.dropped_by_interface,
                undecodable: h.undecodable,
                offload_suspected: h.offload_warning.is_some(),
            })
            .collect()
    }

    /// Writes the pending rows, gaps and devices (and, with `health`, a capture-health sample)
    /// in one transaction. When it fails everything stays pending for the next try (a
    /// health sample is not kept: the next one supersedes it), and rows past the cap are
    /// folded (see [`Ledger`]'s memory bound).
    fn write_pending(&mut self, health: bool) {
        // moved out, not cloned (a day replayed fast is tens of thousands of rows), and put
        // back when the write fails
        let rows = self.ledger.take_pending();
        let gaps = self.pending_gaps.take();
        let devices: Vec<DeviceRecord> = std::mem::take(&mut self.pending_devices)
            .into_values()
            .collect();
        let samples = if health {
            self.health_samples()
        } else {
            Vec::new()
        };
        if rows.is_empty() && gaps.is_empty() && devices.is_empty() && samples.is_empty() {
            return;
        }
        let written = self
            .store
            .flush_with(|s| s.write_flush(&rows, &samples, &devices, &gaps));
        if written.is_some() {
            tracing::debug!(
                rows = rows.len(),
                gaps = gaps.len(),
                devices = devices.len(),
                "flushed"
            );
            return;
        }
        self.ledger.restore_pending(rows);
        self.ledger.bound_pending();
        self.pending_gaps.restore(gaps);
        for device in devices {
            self.add_device(device);
        }
    }

    /// A reload made privacy stricter: what waits for the store, and what the dashboard
    /// shows, is relabelled as the new setting would have labelled it.
    fn tighten_privacy(&mut self, privacy: Privacy) {
        let secret = self.secret.clone();
        self.ledger
            .relabel(|key| super::privacy::key(key, privacy, &secret));
        let devices = std::mem::take(&mut self.pending_devices);
        for device in devices.values() {
            if let Some(device) = super::privacy::device(device, privacy, &secret) {
                self.add_device(device);
            }
        }
        // the capture threads send flows labelled the new way at their next tick
        self.flows.clear();
    }

    /// Prunes old rows when due (see [`RetentionSchedule`]): at start, then daily.
    pub(super) fn apply_retention(&mut self) {
        let wall = self.wall_clock.as_ref().map_or(0, |clock| clock());
        let now = self.now_micros.max(wall);
        if now == 0 {
            return;
        }
        let minute = minute_of_micros(now);
        if !self.clock_sane(minute) || !self.retention.due(minute) {
            return;
        }
        if let Some(stats) = self.store.with(|s| s.prune(minute)) {
            tracing::info!(?stats, "retention applied");
            self.retention.done(minute);
        }
        if let Some(version) = &self.ranges_version {
            let _ = self.store.with(|s| s.set_meta("ranges_version", version));
        }
    }

    /// Once a second: the capture health for the metrics (a few counters per interface),
    /// and a snapshot when someone watches. What must happen whether or not anybody looks
    /// (rates, gaps, health, devices, the ledger) is kept up per batch, not here.
    pub(super) fn tick(&mut self) {
        if let Some(metrics) = &self.metrics {
            metrics.observe_health(&CaptureHealth {
                interfaces: self.health.values().cloned().collect(),
                ..CaptureHealth::default()
            });
        }
        if self.demand.watchers() > 0 {
            self.publish();
        }
    }

    /// Builds and publishes the live snapshot (today's totals summed from every row of
    /// the day: the costly part, hence only on demand).
    pub(super) fn publish(&mut self) {
        let reloadable = self.reloadable.borrow().clone();
        let catalogue = reloadable.classifier.catalogue();
        let rule = BigTechRule::new(catalogue, &self.services);
        let naming = Naming {
            catalogue,
            services: &self.services,
            rule: &rule,
        };
        let span = match self.ledger.day() {
            Some(span) => span.clone(),
            None => self
                .days
                .span(self.days.date_of(minute_of_micros(self.now_micros))),
        };
        let today = DayUsage::build(span, self.ledger.today(), naming, BUCKET_MINUTES);
        let mut flows: Vec<FlowRow> = self.flows.values().flatten().cloned().collect();
        flows.sort_by(|a, b| {
            (b.up_bytes_per_sec + b.down_bytes_per_sec)
                .total_cmp(&(a.up_bytes_per_sec + a.down_bytes_per_sec))
        });
        flows.truncate(TOP_FLOWS);
        let snapshot = LiveSnapshot {
            schema_version: USAGE_SCHEMA_VERSION,
            now_micros: self.now_micros,
            live: true,
            place: self.place.clone(),
            today,
            baseline: self.baseline.clone(),
            rates: self.rates.rates(self.now_micros),
            health: CaptureHealth {
                interfaces: self.health.values().cloned().collect(),
                gaps: self
                    .gaps
                    .gaps()
                    .iter()
                    .map(|g| (g.start_minute, g.end_minute))
                    .collect(),
                store_error: self.store_error(),
                store_error_kind: self.store.error_kind().map(str::to_string),
                store_rows_folded: self.ledger.folded().rows_folded,
                ranges_version: self.ranges_version.clone(),
            },
            flows,
        };
        if let Some(metrics) = &self.metrics {
            metrics.observe_snapshot(&snapshot);
        }
        self.snapshots.send_replace(Arc::new(snapshot));
        self.demand.built();
    }

    /// The store's failure for logs and older dashboards, saying when waiting counts lost
    /// detail.
    fn store_error(&self) -> Option<String> {
        let error = self.store.error()?;
        let folded = self.ledger.folded();
        Some(if folded.rows_folded > 0 {
            format!(
                "{error} ({} waiting rows folded into hourly rows to save memory; totals kept)",
                folded.rows_folded
            )
        } else {
            error.to_string()
        })
    }

    /// SIGHUP: reloads the config's privacy, place and provider overrides and every range
    /// layer; new flows use the new ranges. Other settings need a restart.
    pub(super) fn reload(&mut self) {
        tracing::info!("SIGHUP: reloading the config and the provider ranges");
        let config = match Config::load(self.config_path.as_deref()) {
            Ok(c) => c,
            Err(e) => {
                tracing::error!(error = %e, "reload refused; keeping the running config");
                return;
            }
        };
        let classifier = match load_classifier(Some(&self.data_dir), &config.provider_ranges) {
            Ok((classifier, report)) => {
                for w in &report.warnings {
                    tracing::warn!("{w}");
                }
                classifier
            }
            Err(e) => {
                tracing::error!(error = %e, "reload refused; keeping the running ranges");
                return;
            }
        };
        self.place = config.place.clone();
        let old = self.reloadable.send_replace(Arc::new(Reloadable {
            classifier: Arc::new(classifier),
            privacy: config.privacy,
        }));
        if super::privacy::tighter(old.privacy, config.privacy) {
            self.tighten_privacy(config.privacy);
        }
        tracing::info!(
            privacy = config.privacy.id(),
            "reloaded; interfaces, flush interval, time zone and user take effect at the next start"
        );
    }
}
