//! The control socket end to end, over real Unix sockets in a temporary folder, served from an
//! in-memory source (the seam the daemon implements over its store).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use nuage::control::{
    ClientError, ControlClient, ControlOptions, ControlServer, ControlStats, ErrorCode, LiveDemand,
    SnapshotSource, SourceError,
};
use nuage::usage::{
    Baseline, BigTechShare, CaptureHealth, DayUsage, FlowRow, LiveSnapshot, Traffic,
    USAGE_SCHEMA_VERSION, UsageSpan,
};
use time::Date;
use time::macros::date;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::UnixStream;
use tokio::sync::watch;

fn day(label: &str, bytes: u64, big: u64) -> DayUsage {
    DayUsage {
        span: UsageSpan {
            label: label.into(),
            time_zone: "UTC".into(),
            start_minute: 0,
            end_minute: 1440,
        },
        totals: Traffic {
            bytes_down: bytes,
            ..Traffic::default()
        },
        lan: Traffic::default(),
        big_tech: BigTechShare {
            bytes: big,
            share: big as f64 / bytes.max(1) as f64,
            ..BigTechShare::default()
        },
        groups: vec![],
        providers: vec![],
        services: vec![],
        devices: vec![],
        networks: vec![],
        layers: vec![],
        decided_by: vec![],
        bucket_minutes: 10,
        timeline: vec![],
        minutes_with_data: u64::from(bytes > 0),
    }
}

fn snapshot(now_micros: i64, flows: usize) -> LiveSnapshot {
    LiveSnapshot {
        schema_version: USAGE_SCHEMA_VERSION,
        now_micros,
        live: true,
        place: Some("Ateneu".into()),
        today: day("2027-03-08", 1000, 400),
        baseline: None,
        rates: vec![],
        health: CaptureHealth::default(),
        flows: (0..flows)
            .map(|i| FlowRow {
                device: Some(format!("device-{i}")),
                remote: format!("[2001:db8::{i:x}]:443"),
                protocol: "tcp".into(),
                provider: Some("google".into()),
                service: Some("youtube".into()),
                name: Some("rr1---sn-abc.googlevideo.com".into()),
                name_source: Some("tls-sni".into()),
                bytes_up: i as u64,
                bytes_down: 1000 * i as u64,
                up_bytes_per_sec: 1.5,
                down_bytes_per_sec: 2.5,
            })
            .collect(),
    }
}

/// The test seam: snapshots from a watch channel, days from a map.
struct MemorySource {
    snapshots: watch::Sender<Arc<LiveSnapshot>>,
    days: BTreeMap<Date, DayUsage>,
    store_broken: bool,
    /// Set: snapshots are built on demand, as the daemon does.
    demand: Option<Arc<LiveDemand>>,
}

impl MemorySource {
    fn new(flows: usize) -> Self {
        let mut days = BTreeMap::new();
        days.insert(date!(2027 - 03 - 01), day("2027-03-01", 2000, 1500));
        days.insert(date!(2027 - 03 - 08), day("2027-03-08", 1000, 400));
        MemorySource {
            snapshots: watch::channel(Arc::new(snapshot(1, flows))).0,
            days,
            store_broken: false,
            demand: None,
        }
    }
}

impl SnapshotSource for MemorySource {
    fn snapshots(&self) -> watch::Receiver<Arc<LiveSnapshot>> {
        self.snapshots.subscribe()
    }

    fn demand(&self) -> Option<Arc<LiveDemand>> {
        self.demand.clone()
    }

    fn day(&self, date: Date) -> Result<DayUsage, SourceError> {
        if self.store_broken {
            return Err(SourceError::Unavailable("database is locked".into()));
        }
        self.days
            .get(&date)
            .cloned()
            .ok_or_else(|| SourceError::NotFound(format!("no data for {date}")))
    }

    fn days(&self) -> Result<Vec<Date>, SourceError> {
        Ok(self.days.keys().copied().collect())
    }

    fn baseline(&self, date: Date) -> Result<Option<Baseline>, SourceError> {
        Ok(Baseline::from_days(self.days.range(..date).map(|(_, d)| d)))
    }
}

/// A server on its own runtime thread, for the blocking client.
struct Running {
    _dir: tempfile::TempDir,
    path: PathBuf,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    runtime: Option<tokio::runtime::Runtime>,
}

impl Running {
    fn start(source: MemorySource, options: ControlOptions) -> Running {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("run/nuage.sock");
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let server = runtime
            .block_on(async { ControlServer::bind(&path, Arc::new(source), options) })
            .unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        runtime.spawn(server.run_until(async {
            let _ = stopped.await;
        }));
        Running {
            _dir: dir,
            path,
            stop: Some(stop),
            runtime: Some(runtime),
        }
    }

    fn stop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_timeout(Duration::from_secs(5));
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.stop();
    }
}

fn server_code(result: Result<impl std::fmt::Debug, ClientError>) -> ErrorCode {
    match result {
        Err(ClientError::Server { error, .. }) => error.code,
        other => panic!("expected an error reply, got {other:?}"),
    }
}

#[test]
fn queries_round_trip_through_the_blocking_client() {
    let running = Running::start(MemorySource::new(3), ControlOptions::default());
    let mut client = ControlClient::connect(&running.path).unwrap();
    let info = client.hello().unwrap();
    assert_eq!(info.software, "nuage");
    assert_eq!(info.protocol_versions, vec![1]);
    assert_eq!(info.usage_schema_version, USAGE_SCHEMA_VERSION);
    assert!(info.requests.iter().any(|r| r == "subscribe"));

    assert_eq!(
        client.days().unwrap(),
        vec![date!(2027 - 03 - 01), date!(2027 - 03 - 08)]
    );
    let d = client.day(date!(2027 - 03 - 08)).unwrap();
    assert_eq!(d, day("2027-03-08", 1000, 400));
    let b = client.baseline(date!(2027 - 03 - 08)).unwrap().unwrap();
    assert_eq!(b.days, vec!["2027-03-01"]);
    assert!((b.big_tech_share - 0.75).abs() < 1e-9);
    assert_eq!(client.baseline(date!(2027 - 01 - 01)).unwrap(), None);
    // An error reply leaves the connection usable.
    let err = client.day(date!(2026 - 01 - 01));
    assert_eq!(server_code(err), ErrorCode::NotFound);
    assert_eq!(client.days().unwrap().len(), 2);
}

#[test]
fn no_daemon_is_told_apart_so_callers_can_read_the_database_instead() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nuage.sock");
    match ControlClient::connect(&path) {
        Err(ClientError::NotRunning { path: p, .. }) => assert_eq!(p, path),
        Err(other) => panic!("{other}"),
        Ok(_) => panic!("connected to nothing"),
    }
}

#[test]
fn a_broken_store_is_an_error_reply_not_a_dropped_connection() {
    let mut source = MemorySource::new(0);
    source.store_broken = true;
    let running = Running::start(source, ControlOptions::default());
    let mut client = ControlClient::connect(&running.path).unwrap();
    let err = client.day(date!(2027 - 03 - 08));
    match &err {
        Err(ClientError::Server { error, request }) => {
            assert_eq!(error.code, ErrorCode::Unavailable);
            assert!(error.message.contains("locked"), "{}", error.message);
            assert_eq!(request, "day 2027-03-08");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(client.hello().unwrap().software, "nuage");
}

#[test]
fn the_socket_is_0660_for_the_nuage_group_and_removed_at_the_end() {
    let mut running = Running::start(MemorySource::new(0), ControlOptions::default());
    let meta = std::fs::metadata(&running.path).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o660);
    match nuage::control::group_id("nuage") {
        // Only root (or a member) may hand it over; the test runs as either or neither.
        Some(gid) if rustix::process::geteuid().is_root() => assert_eq!(meta.gid(), gid),
        _ => eprintln!("note: no nuage group (or not root): group ownership not checked"),
    }
    let path = running.path.clone();
    running.stop();
    assert!(!path.exists(), "socket file left behind");
}

#[test]
fn a_stale_socket_is_replaced_and_a_live_one_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nuage.sock");
    // A crashed daemon leaves its socket file behind.
    drop(std::os::unix::net::UnixListener::bind(&path).unwrap());
    assert!(path.exists());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let first = ControlServer::bind(
            &path,
            Arc::new(MemorySource::new(0)),
            ControlOptions::default(),
        )
        .unwrap();
        let second = ControlServer::bind(
            &path,
            Arc::new(MemorySource::new(0)),
            ControlOptions::default(),
        );
        let err = second
            .err()
            .expect("a second server took over a live socket");
        assert!(err.to_string().contains("already serving"), "{err}");
        assert!(path.exists());
        drop(first);
    });
}

#[test]
fn the_blocking_subscription_yields_pushed_snapshots() {
    let source = MemorySource::new(2);
    let updates = source.snapshots.clone();
    let options = ControlOptions {
        push_interval: Duration::from_millis(20),
        ..ControlOptions::default()
    };
    let running = Running::start(source, options);
    let mut snapshots = ControlClient::connect(&running.path)
        .unwrap()
        .subscribe()
        .unwrap();
    let first = snapshots.next().unwrap().unwrap();
    assert_eq!(first, snapshot(1, 2));
    updates.send_replace(Arc::new(snapshot(2, 2)));
    // Pushes go on once a (shortened) interval; the new one shows up within a few.
    let later = snapshots
        .by_ref()
        .take(50)
        .map(Result::unwrap)
        .find(|s| s.now_micros == 2);
    assert!(later.is_some(), "the updated snapshot never arrived");
}

async fn read_reply(reader: &mut BufReader<tokio::net::unix::OwnedReadHalf>) -> serde_json::Value {
    let mut line = String::new();
    let n = reader.read_line(&mut line).await.unwrap();
    assert!(n > 0, "server closed the connection");
    assert!(line.ends_with('\n'));
    serde_json::from_str(&line).unwrap()
}

async fn connect(
    path: &Path,
) -> (
    BufReader<tokio::net::unix::OwnedReadHalf>,
    tokio::net::unix::OwnedWriteHalf,
) {
    let (r, w) = UnixStream::connect(path).await.unwrap().into_split();
    (BufReader::new(r), w)
}

fn start_in_runtime(
    source: MemorySource,
    options: ControlOptions,
) -> (tempfile::TempDir, PathBuf, Arc<ControlStats>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nuage.sock");
    let server = ControlServer::bind(&path, Arc::new(source), options).unwrap();
    let stats = server.stats();
    tokio::spawn(server.run_until(std::future::pending()));
    (dir, path, stats)
}

#[tokio::test(start_paused = true)]
async fn a_subscriber_gets_the_snapshot_at_once_then_every_second() {
    let source = MemorySource::new(1);
    let updates = source.snapshots.clone();
    let (_dir, path, _) = start_in_runtime(source, ControlOptions::default());
    let (mut reader, mut writer) = connect(&path).await;
    writer
        .write_all(b"{\"version\":1,\"request\":\"subscribe\"}\n")
        .await
        .unwrap();
    let start = tokio::time::Instant::now();
    let first = read_reply(&mut reader).await;
    assert_eq!(first["version"], 1);
    assert_eq!(first["reply"], "snapshot");
    assert_eq!(first["snapshot"]["now_micros"], 1);
    assert_second(start, 0); // the first snapshot does not wait for a tick

    updates.send_replace(Arc::new(snapshot(2, 1)));
    let second = read_reply(&mut reader).await;
    assert_eq!(second["snapshot"]["now_micros"], 2);
    assert_second(start, 1);
    let third = read_reply(&mut reader).await;
    assert_eq!(third["reply"], "snapshot");
    assert_second(start, 2);

    // Requests still work on a subscribed connection; replies interleave with pushes.
    writer
        .write_all(b"{\"version\":1,\"request\":\"days\"}\n")
        .await
        .unwrap();
    let mut seen_days = false;
    for _ in 0..3 {
        let reply = read_reply(&mut reader).await;
        if reply["reply"] == "days" {
            assert_eq!(
                reply["days"],
                serde_json::json!(["2027-03-01", "2027-03-08"])
            );
            seen_days = true;
            break;
        }
    }
    assert!(seen_days);
}

#[tokio::test(start_paused = true)]
async fn malformed_requests_get_error_replies_and_the_connection_lives_on() {
    let options = ControlOptions {
        max_request_bytes: 256,
        ..ControlOptions::default()
    };
    let (_dir, path, _) = start_in_runtime(MemorySource::new(0), options);
    let (mut reader, mut writer) = connect(&path).await;
    let cases: [(&[u8], &str); 8] = [
        (b"this is not json\n", "bad-json"),
        (b"{\"version\":1,\"request\":\"hello\"\n", "bad-json"),
        (b"\xff\xfe\n", "bad-json"),
        (b"42\n", "bad-request"),
        (
            b"{\"version\":3,\"request\":\"hello\"}\n",
            "unsupported-version",
        ),
        (
            b"{\"version\":1,\"request\":\"rm -rf\"}\n",
            "unknown-request",
        ),
        (
            b"{\"version\":1,\"request\":\"day\",\"date\":\"yesterday\"}\n",
            "bad-argument",
        ),
        (
            b"{\"version\":1,\"request\":\"day\",\"date\":\"2026-01-01\"}\n",
            "not-found",
        ),
    ];
    for (line, code) in cases {
        writer.write_all(line).await.unwrap();
        let reply = read_reply(&mut reader).await;
        assert_eq!(reply["reply"], "error", "{reply}");
        assert_eq!(reply["error"]["code"], code, "{reply}");
        assert!(!reply["error"]["message"].as_str().unwrap().is_empty());
    }
    // A line over the limit is refused and skipped to its end.
    let mut long = vec![b'x'; 10_000];
    long.push(b'\n');
    writer.write_all(&long).await.unwrap();
    let reply = read_reply(&mut reader).await;
    assert_eq!(reply["error"]["code"], "line-too-long");
    assert!(reply["error"]["message"].as_str().unwrap().contains("256"));
    // Blank lines are ignored; the connection still answers.
    writer
        .write_all(b"\n\r\n{\"version\":1,\"request\":\"hello\"}\r\n")
        .await
        .unwrap();
    let reply = read_reply(&mut reader).await;
    assert_eq!(reply["reply"], "hello");
    assert_eq!(reply["server"]["max_request_bytes"], 256);
    // A client that hangs up mid-line does not hurt the server.
    let (_r, mut w) = connect(&path).await;
    w.write_all(b"{\"version\":1,\"req").await.unwrap();
    drop(w);
    let (mut reader, mut writer) = connect(&path).await;
    writer
        .write_all(b"{\"version\":1,\"request\":\"hello\"}\n")
        .await
        .unwrap();
    assert_eq!(read_reply(&mut reader).await["reply"], "hello");
}

#[tokio::test(start_paused = true)]
async fn many_clients_at_once_and_a_busy_reply_past_the_limit() {
    let options = ControlOptions {
        max_clients: 40,
        ..ControlOptions::default()
    };
    let (_dir, path, stats) = start_in_runtime(MemorySource::new(5), options);
    let mut clients = Vec::new();
    for _ in 0..40 {
        clients.push(connect(&path).await);
    }
    let mut tasks = tokio::task::JoinSet::new();
    for (i, (mut reader, mut writer)) in clients.into_iter().enumerate() {
        tasks.spawn(async move {
            let request: &[u8] = if i % 2 == 0 {
                b"{\"version\":1,\"request\":\"subscribe\"}\n"
            } else {
                b"{\"version\":1,\"request\":\"day\",\"date\":\"2027-03-01\"}\n"
            };
            writer.write_all(request).await.unwrap();
            let reply = read_reply(&mut reader).await;
            (i, reply, reader, writer)
        });
    }
    let mut kept = Vec::new();
    while let Some(done) = tasks.join_next().await {
        let (i, reply, reader, writer) = done.unwrap();
        let expected = if i % 2 == 0 { "snapshot" } else { "day" };
        assert_eq!(reply["reply"], expected, "client {i}: {reply}");
        kept.push((reader, writer));
    }
    assert_eq!(stats.clients(), 40);
    // The 41st is told why it is turned away.
    let (mut reader, _w) = connect(&path).await;
    let reply = read_reply(&mut reader).await;
    assert_eq!(reply["error"]["code"], "busy");
    assert_eq!(stats.refused_busy(), 1);
    // Once clients leave, there is room again.
    drop(kept);
    wait_for_clients(&stats, 0).await;
    let (mut reader, mut writer) = connect(&path).await;
    writer
        .write_all(b"{\"version\":1,\"request\":\"hello\"}\n")
        .await
        .unwrap();
    assert_eq!(read_reply(&mut reader).await["reply"], "hello");
}

#[tokio::test(start_paused = true)]
async fn a_subscriber_that_never_reads_does_not_hold_up_the_others() {
    // Big snapshots (~0.8 MB) fill the stalled client's socket buffers at once.
    let options = ControlOptions {
        write_timeout: Duration::from_secs(3600),
        ..ControlOptions::default()
    };
    let (_dir, path, stats) = start_in_runtime(MemorySource::new(3000), options);
    let (_stalled_reader, mut stalled) = connect(&path).await;
    stalled
        .write_all(b"{\"version\":1,\"request\":\"subscribe\"}\n")
        .await
        .unwrap();
    let (mut reader, mut writer) = connect(&path).await;
    writer
        .write_all(b"{\"version\":1,\"request\":\"subscribe\"}\n")
        .await
        .unwrap();
    let start = tokio::time::Instant::now();
    for _ in 0..8 {
        assert_eq!(read_reply(&mut reader).await["reply"], "snapshot");
    }
    // 8 pushes, one a second, on time despite the stalled client.
    assert_second(start, 7);
    assert!(
        stats.snapshots_dropped() > 0,
        "the stalled client's snapshots should have been dropped, not queued"
    );
    // A query from a third client is answered at once.
    let (mut reader, mut writer) = connect(&path).await;
    writer
        .write_all(b"{\"version\":1,\"request\":\"hello\"}\n")
        .await
        .unwrap();
    let asked = tokio::time::Instant::now();
    assert_eq!(read_reply(&mut reader).await["reply"], "hello");
    assert_second(asked, 0);
}

#[tokio::test(start_paused = true)]
async fn a_stalled_client_is_disconnected_after_the_write_timeout() {
    let options = ControlOptions {
        write_timeout: Duration::from_secs(5),
        ..ControlOptions::default()
    };
    let (_dir, path, stats) = start_in_runtime(MemorySource::new(3000), options);
    let (_stalled_reader, mut stalled) = connect(&path).await;
    stalled
        .write_all(b"{\"version\":1,\"request\":\"subscribe\"}\n")
        .await
        .unwrap();
    wait_for_clients(&stats, 1).await;
    let start = tokio::time::Instant::now();
    wait_for_clients(&stats, 0).await;
    assert!(
        start.elapsed() >= Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
}

/// Checks that the test clock says `n` seconds since `start` (within that second: the paused
/// clock jumps from timer to timer).
fn assert_second(start: tokio::time::Instant, n: u64) {
    let elapsed = start.elapsed();
    assert!(
        elapsed >= Duration::from_secs(n) && elapsed < Duration::from_secs(n + 1),
        "{elapsed:?} elapsed, expected {n} s"
    );
}

/// Waits (on the test clock, at most a minute of it) until `n` clients are connected.
async fn wait_for_clients(stats: &ControlStats, n: usize) {
    for _ in 0..600 {
        if stats.clients() == n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{} clients connected, expected {n}", stats.clients());
}

/// Builds snapshots as the daemon does: when asked, and once a second while anybody watches.
/// Each one's `now_micros` is its number (the source's first, unbuilt one is 1).
async fn build_on_demand(demand: Arc<LiveDemand>, snapshots: watch::Sender<Arc<LiveSnapshot>>) {
    let mut ticks = tokio::time::interval(Duration::from_secs(1));
    let mut built = 1;
    loop {
        let wanted = tokio::select! {
            _ = ticks.tick() => demand.watchers() > 0,
            () = demand.requested() => true,
        };
        if wanted {
            built += 1;
            snapshots.send_replace(Arc::new(snapshot(built, 0)));
            demand.built();
        }
    }
}

#[tokio::test(start_paused = true)]
async fn a_source_building_on_demand_builds_for_subscribers_only_and_the_first_at_once() {
    let demand = LiveDemand::new();
    let mut source = MemorySource::new(0);
    source.demand = Some(demand.clone());
    tokio::spawn(build_on_demand(demand.clone(), source.snapshots.clone()));
    let (_dir, path, stats) = start_in_runtime(source, ControlOptions::default());

    // a client asking only for days watches nothing
    let (mut reader, mut writer) = connect(&path).await;
    writer
        .write_all(b"{\"version\":1,\"request\":\"days\"}\n")
        .await
        .unwrap();
    assert_eq!(read_reply(&mut reader).await["reply"], "days");
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!((demand.watchers(), demand.builds()), (0, 0));

    writer
        .write_all(b"{\"version\":1,\"request\":\"subscribe\"}\n")
        .await
        .unwrap();
    let start = tokio::time::Instant::now();
    let first = read_reply(&mut reader).await;
    assert_second(start, 0);
    assert_eq!(demand.watchers(), 1);
    assert!(
        first["snapshot"]["now_micros"].as_i64().unwrap() >= 2,
        "the first frame is built for the subscriber, not the stale one: {}",
        first["snapshot"]["now_micros"]
    );
    let mut last = first["snapshot"]["now_micros"].as_i64().unwrap();
    for n in 1..=3 {
        let next = read_reply(&mut reader).await;
        assert_second(start, n);
        let built = next["snapshot"]["now_micros"].as_i64().unwrap();
        assert!(
            built > last,
            "a new snapshot every second: {built} after {last}"
        );
        last = built;
    }

    // the subscriber goes: within a couple of pushes the source stops building
    drop((reader, writer));
    wait_for_clients(&stats, 0).await;
    assert_eq!(demand.watchers(), 0);
    let left = demand.builds();
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(demand.builds(), left);
}
