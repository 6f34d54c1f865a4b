//! `nuage run`: the long-lived service.
//!
//! The daemon owns the running capture: one thread per interface or file ([`capture`]) feeds
//! its own [`Pipeline`](crate::flow::Pipeline); everything else runs on a small tokio
//! runtime ([`service`]): the flush timer writing the pending rows to the [`Store`] in one
//! transaction per interval, signals, and the [`LiveSnapshot`] published once a second
//! while anybody watches (nobody watching, none is built: see [`LiveDemand`]).
//!
//! Numbers survive anything short of losing the disk: rows are written as additive deltas
//! every flush interval (a crash loses at most one interval), a store that cannot be
//! written keeps them in memory and retries (never deleting the database), a restart
//! continues the day from the database, and timestamps from before the clock was set are
//! held back instead of being written into 1970 ([`ledger`]).
//!
//! Readers (the control socket, the in-process dashboard) say they watch with
//! [`DaemonHandle::watch`], then take snapshots from [`DaemonHandle::snapshots`] (which keeps
//! the last one built, also after the run):
//!
//! ```no_run
//! # fn demo(settings: nuage::daemon::DaemonSettings) -> Result<(), nuage::daemon::DaemonError> {
//! let handle = nuage::daemon::start(settings)?;
//! let _watching = handle.watch();
//! let mut snapshots = handle.snapshots.clone();
//! // in async code: snapshots.changed().await, then snapshots.borrow().today.share()
//! println!("Big Tech share so far: {:.0}%", snapshots.borrow_and_update().today.share() * 100.0);
//! handle.wait()?;
//! # Ok(()) }
//! ```
//!
//! [`Store`]: crate::store::Store
//! [`LiveDemand`]: crate::control::LiveDemand

mod capture;
mod clients;
pub mod clock;
mod device_records;
pub mod fold;
pub mod gaps;
pub mod ledger;
pub mod offload;
pub mod pacing;
mod privacy;
pub mod privileges;
pub mod rates;
pub mod retention;
pub mod secret;
mod service;
#[cfg(test)]
mod service_tests;
mod store_link;

pub use capture::Reloadable;
pub use pacing::Speed;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use tokio::sync::{mpsc, watch};

use crate::capture::{LiveOptions, PacketSource, interface_addresses, open_live, open_savefile};
use crate::classify::load_classifier;
use crate::config::Config;
use crate::control::{LiveDemand, Watching};
use crate::flow::PipelineConfig;
use crate::store::{LocalDays, StoreOptions};
use crate::usage::{CaptureHealth, DayUsage, LiveSnapshot, USAGE_SCHEMA_VERSION, UsageSpan};

/// Why the daemon could not start (or stopped).
#[derive(Debug, thiserror::Error)]
pub enum DaemonError {
    #[error("[metrics] listen: {0}")]
    Metrics(#[from] crate::metrics::MetricsError),
    #[error("[daemon] tz / --tz: {0}")]
    TimeZone(crate::store::StoreError),
    #[error(transparent)]
    Capture(#[from] crate::capture::CaptureError),
    /// Opening a live capture was refused: this user may not capture.
    #[error("{0}: capture needs root or CAP_NET_RAW (see README: running as a service)")]
    CapturePermission(crate::capture::CaptureError),
    #[error("dropping privileges: [daemon] user = {name:?}: no such user in /etc/passwd")]
    NoSuchUser { name: String },
    #[error("loading provider ranges: {0}")]
    Ranges(#[from] crate::classify::LoadError),
    #[error("pseudonym secret {}: {message}", path.display())]
    Secret { path: PathBuf, message: String },
    #[error("dropping privileges: {0}")]
    Privileges(String),
    #[error("{0}")]
    Setup(String),
}

/// What to capture.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// Live interfaces; empty: the interface of the default route.
    Interfaces(Vec<String>),
    /// A capture file fed through the same path, paced by its timestamps.
    File {
        path: PathBuf,
        speed: Speed,
        looped: bool,
    },
}

/// Everything `nuage run` decided from the config and the command line.
#[derive(Debug, Clone)]
pub struct DaemonSettings {
    /// The config as loaded, with command-line overrides applied.
    pub config: Config,
    /// The file SIGHUP reloads (`None`: the default path).
    pub config_path: Option<PathBuf>,
    pub data_dir: PathBuf,
    pub input: Input,
    /// Extra LAN prefixes from the command line.
    pub lan: Vec<ipnetwork::IpNetwork>,
    /// The control socket (`--socket`); `None`: the config's, else the default path.
    pub socket: Option<PathBuf>,
}

/// How the run ended.
#[derive(Debug)]
pub struct Outcome {
    /// Rows the database did not take before exit (lost).
    pub unsaved_rows: usize,
    /// The store's error at exit, if it was failing.
    pub store_error: Option<crate::store::StoreError>,
}

/// A running daemon.
pub struct DaemonHandle {
    /// The latest live snapshot: replaced once a second while anybody [watches](Self::watch),
    /// and once more at the end of the run.
    pub snapshots: watch::Receiver<Arc<LiveSnapshot>>,
    demand: Arc<LiveDemand>,
    stop: watch::Sender<bool>,
    thread: std::thread::JoinHandle<Result<Outcome, DaemonError>>,
}

impl DaemonHandle {
    /// Has a snapshot built now and then once a second until the guard is dropped.
    pub fn watch(&self) -> Watching {
        self.demand.watch()
    }

    /// Snapshots built so far (for tests and diagnostics).
    pub fn snapshots_built(&self) -> u64 {
        self.demand.builds()
    }

    /// Asks the daemon to flush and stop (as SIGTERM does).
    pub fn stop(&self) {
        self.stop.send_replace(true);
    }

    /// Waits for the daemon to end.
    pub fn wait(self) -> Result<Outcome, DaemonError> {
        self.thread
            .join()
            .map_err(|_| DaemonError::Setup("the daemon thread panicked".into()))?
    }
}

/// Starts the control socket and, when configured, the metrics endpoint on the service's
/// runtime. A socket that cannot be bound is logged, not fatal: counting matters more than
/// the dashboard. A metrics address that cannot be bound is a configuration error.
fn serve_clients(
    runtime: &tokio::runtime::Runtime,
    config: &Config,
    socket: Option<PathBuf>,
    service: &service::Service,
    snapshots: &watch::Receiver<Arc<LiveSnapshot>>,
    metrics: Arc<crate::metrics::MetricsRegistry>,
) -> Result<(), DaemonError> {
    let _entered = runtime.enter();
    let path =
        crate::control::resolve_socket_path(socket.as_deref(), config.control.socket.as_deref());
    let source = clients::DaemonSource {
        snapshots: snapshots.clone(),
        demand: service.demand.clone(),
        reloadable: service.reloadable.subscribe(),
        database: crate::paths::database_path(&service.data_dir),
        days: service.days.clone(),
        services: crate::names::ServiceCatalogue::bundled_shared()
            .map_err(|e| DaemonError::Setup(format!("bundled service catalogue: {e}")))?,
    };
    match crate::control::ControlServer::bind(
        &path,
        Arc::new(source),
        crate::control::ControlOptions::default(),
    ) {
        Ok(server) => {
            runtime.spawn(server.run_until(std::future::pending()));
        }
        Err(e) => tracing::error!(error = %e, "no control socket: `nuage top` cannot connect"),
    }
    let server = runtime
        .block_on(crate::metrics::MetricsServer::from_config(
            &config.metrics,
            metrics,
        ))
        .map_err(DaemonError::Metrics)?;
    if let Some(server) = server {
        let server = server.with_demand(service.demand.clone());
        runtime.spawn(server.run_until(std::future::pending()));
    }
    Ok(())
}

fn empty_snapshot(days: &LocalDays, place: Option<String>) -> LiveSnapshot {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_micros()).unwrap_or(0));
    let span: UsageSpan = days.span(days.date_of(now.div_euclid(60_000_000)));
    LiveSnapshot {
        schema_version: USAGE_SCHEMA_VERSION,
        now_micros: now,
        live: true,
        place,
        today: DayUsage {
            span,
            totals: Default::default(),
            lan: Default::default(),
            big_tech: Default::default(),
            groups: vec![],
            providers: vec![],
            services: vec![],
            devices: vec![],
            networks: vec![],
            layers: vec![],
            decided_by: vec![],
            bucket_minutes: 10,
            timeline: vec![],
            minutes_with_data: 0,
        },
        baseline: None,
        rates: vec![],
        health: CaptureHealth::default(),
        flows: vec![],
    }
}

fn is_permission_error(e: &crate::capture::CaptureError) -> bool {
    let m = e.to_string().to_ascii_lowercase();
    m.contains("permission") || m.contains("not permitted")
}

/// Makes the data dir, and hands a fresh one to the account nuage will become.
fn prepare_data_dir(
    data_dir: &Path,
    owner: Option<&privileges::Account>,
) -> Result<(), DaemonError> {
    let existed = data_dir.exists();
    if let Err(e) = std::fs::create_dir_all(data_dir) {
        // a read-only or missing data dir is survivable: counting goes on in memory
        tracing::error!(path = %data_dir.display(), error = %e, "cannot create the data dir");
        return Ok(());
    }
    if !existed && let Some(a) = owner {
        rustix::fs::chown(
            data_dir,
            Some(rustix::process::Uid::from_raw(a.uid)),
            Some(rustix::process::Gid::from_raw(a.gid)),
        )
        .map_err(|e| DaemonError::Privileges(format!("chown {}: {e}", data_dir.display())))?;
    }
    Ok(())
}

/// Whatever the daemon creates (database, imported ranges, the pseudonym key) is for its
/// own account and group: a `nuage run` started by hand from a shell with umask 022 must not
/// leave the household's traffic world-readable. A stricter umask is kept.
fn private_umask() {
    use rustix::fs::Mode;
    let old = rustix::process::umask(Mode::from_bits_truncate(0o027));
    rustix::process::umask(old | Mode::from_bits_truncate(0o027));
}

/// Opens the captures, drops privileges, and starts the capture threads and the service.
/// Must be called before the process has other threads (see [`privileges`]).
pub fn start(settings: DaemonSettings) -> Result<DaemonHandle, DaemonError> {
    let DaemonSettings {
        config,
        config_path,
        data_dir,
        input,
        lan: extra_lan,
        socket,
    } = settings;
    private_umask();
    // First of all, so a SIGTERM during start-up is handled (the current-thread runtime
    // starts no thread, so privileges can still be dropped below).
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| DaemonError::Setup(format!("cannot start the runtime: {e}")))?;
    let signals = service::Signals::register(&runtime)?;
    let days = LocalDays::new(config.daemon.tz.as_deref()).map_err(DaemonError::TimeZone)?;
    let (classifier, report) = load_classifier(Some(&data_dir), &config.provider_ranges)?;
    for w in &report.warnings {
        tracing::warn!("{w}");
    }

    // Open every source while still privileged.
    let mut opened = Vec::new();
    let mut interface_addrs = Vec::new();
    let floor_minute = match &input {
        Input::Interfaces(names) => {
            let names: Vec<Option<String>> = if names.is_empty() {
                vec![None]
            } else {
                names.iter().cloned().map(Some).collect()
            };
            for name in names {
                let options = LiveOptions {
                    interface: name.clone(),
                    promiscuous: config.daemon.promiscuous,
                    buffer_size: Some(config.daemon.capture_buffer_bytes()),
                    ..LiveOptions::default()
                };
                let (name, live) = match open_live(&options) {
                    Ok(live) => (live.name().to_string(), Some(live)),
                    Err(e) if is_permission_error(&e) => {
                        return Err(DaemonError::CapturePermission(e));
                    }
                    Err(e) => match name {
                        Some(name) => {
                            tracing::error!(error = %e, "cannot capture yet; retrying with backoff");
                            (name, None)
                        }
                        None => return Err(e.into()),
                    },
                };
                interface_addrs.extend(interface_addresses(&name));
                opened.push(capture::Opened::Interface {
                    options: LiveOptions {
                        interface: Some(name.clone()),
                        ..options
                    },
                    name,
                    live,
                });
            }
            clock::sane_floor_minute()
        }
        Input::File {
            path,
            speed,
            looped,
        } => {
            let file = open_savefile(path)?;
            opened.push(capture::Opened::File {
                path: path.clone(),
                file,
                speed: *speed,
                looped: *looped,
            });
            // a file's timestamps are its own: an old capture is still counted on its days
            None
        }
    };

    // Opened while still privileged, as replay does: addresses no range knows are then named
    // by their network the same way in both.
    let asn_database =
        crate::classify::asn_db::load_logged(config.ranges.asn_mmdb.as_deref(), &data_dir)
            .map(Arc::new);

    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let target = match config.daemon.user.as_deref() {
        Some("root") => None,
        user => privileges::find_account(&passwd, user.unwrap_or(privileges::DEFAULT_USER)),
    };
    let is_root = rustix::process::geteuid().is_root();
    prepare_data_dir(&data_dir, target.as_ref().filter(|_| is_root))?;
    // a capture file is already open and is never reopened: it needs no capability
    let keep = match &input {
        Input::Interfaces(_) => privileges::CAPTURE_CAPABILITIES,
        Input::File { .. } => rustix::thread::CapabilitySet::empty(),
    };
    match privileges::drop_privileges(config.daemon.user.as_deref(), keep)? {
        privileges::Dropped::To(a) => {
            tracing::info!(user = %a.name, capabilities = ?keep, "dropped root")
        }
        privileges::Dropped::NoAccount => tracing::warn!(
            "running as root: no `nuage` user exists (create one, or set [daemon] user)"
        ),
        privileges::Dropped::StayedRoot => tracing::warn!("running as root, as configured"),
        privileges::Dropped::NotRoot => {}
    }

    let secret = match secret::load_or_create(&data_dir) {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "device pseudonyms will not be stable across restarts");
            let mut s = vec![0u8; 32];
            use std::io::Read as _;
            std::fs::File::open("/dev/urandom")
                .and_then(|mut f| f.read_exact(&mut s))
                .map_err(|e| DaemonError::Setup(format!("/dev/urandom: {e}")))?;
            s
        }
    };

    let mut lan = config.lan.clone();
    lan.extend(extra_lan);
    let pipeline = PipelineConfig {
        limits: config.flows,
        lan,
        interface_addresses: interface_addrs,
        device_names: config.devices.clone(),
        asn_database,
        ..PipelineConfig::default()
    };
    let (reload_tx, reload_rx) = watch::channel(Arc::new(Reloadable {
        classifier: Arc::new(classifier),
        privacy: config.privacy,
    }));
    let (events_tx, events_rx) = mpsc::channel(64);
    let stop = Arc::new(AtomicBool::new(false));
    let shared = capture::Shared {
        reloadable: reload_rx,
        events: events_tx,
        stop: stop.clone(),
        pipeline,
        secret: Arc::new(secret),
        sys_class_net: PathBuf::from("/sys/class/net"),
    };
    let (snap_tx, snap_rx) = watch::channel(Arc::new(empty_snapshot(&days, config.place.clone())));
    let (stop_tx, stop_rx) = watch::channel(false);
    let store_options = StoreOptions {
        minute_retention_days: config.store.minute_days,
        hourly_retention_days: config.store.hourly_days,
        ..StoreOptions::default()
    };
    let store = store_link::StoreLink::new(&crate::paths::database_path(&data_dir), store_options);
    let flush_interval = Duration::from_secs(u64::from(config.daemon.flush_secs.max(1)));
    let mut service = service::Service::new(
        ledger::Ledger::new(floor_minute).with_max_pending(config.store.max_pending_rows),
        store,
        days,
        floor_minute,
        flush_interval,
        events_rx,
        stop.clone(),
        stop_rx,
        snap_tx,
        reload_tx,
    )?;
    if matches!(input, Input::Interfaces(_)) {
        service.wall_clock = Some(Arc::new(clock::wall_micros));
    }
    service.config_path = config_path;
    service.secret = shared.secret.clone();
    service.data_dir = data_dir;
    service.place = config.place.clone();
    service.ranges_version = crate::ranges::snapshot::asn_snapshot_date().map(str::to_string);

    let metrics = Arc::new(crate::metrics::MetricsRegistry::new());
    service.metrics = Some(metrics.clone());
    serve_clients(&runtime, &config, socket, &service, &snap_rx, metrics)?;

    for source in opened {
        capture::spawn(source, shared.clone())
            .map_err(|e| DaemonError::Setup(format!("cannot start a capture thread: {e}")))?;
    }
    drop(shared);
    let demand = service.demand.clone();
    let thread = std::thread::Builder::new()
        .name("nuage-service".into())
        .spawn(move || runtime.block_on(service.run(signals)))
        .map_err(|e| DaemonError::Setup(format!("cannot start the service thread: {e}")))?;
    Ok(DaemonHandle {
        snapshots: snap_rx,
        demand,
        stop: stop_tx,
        thread,
    })
}
