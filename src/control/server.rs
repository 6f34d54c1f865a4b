//! The control server: accepts clients on the Unix socket, answers their requests, and pushes
//! snapshots to subscribers.
//!
//! Each client is one task, so a slow or stuck client only ever waits on itself: its frames
//! go through a small queue, snapshots that do not fit are dropped for that client alone, and
//! a client that accepts nothing for `write_timeout` is disconnected.

use std::future::Future;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::UnixListener;
use tokio::net::UnixStream;
use tokio::net::unix::OwnedWriteHalf;
use tokio::sync::{OwnedSemaphorePermit, Semaphore, mpsc, oneshot};
use tokio::task::JoinSet;

use super::protocol::{
    DEFAULT_MAX_REQUEST_BYTES, ErrorCode, ErrorReply, OutReply, Request, ServerInfo, format_date,
    parse_request,
};
use super::socket;
use super::{ControlError, SnapshotSource, SourceError};
use crate::usage::LiveSnapshot;

/// Longest a new subscriber's first frame waits for a snapshot built for it (a daemon busy
/// writing a fast replay's rows may take a moment).
const FIRST_SNAPSHOT_WAIT: Duration = Duration::from_secs(3);

/// Limits and pacing; the defaults suit a daemon.
#[derive(Debug, Clone)]
pub struct ControlOptions {
    /// Longest request line accepted, newline included.
    pub max_request_bytes: usize,
    /// Clients connected at once; more are told `busy` and closed.
    pub max_clients: usize,
    /// How often subscribers get a snapshot.
    pub push_interval: Duration,
    /// Frames queued for one client; snapshots beyond it are dropped for that client.
    pub queue_frames: usize,
    /// A client that takes longer than this to accept one frame is disconnected.
    pub write_timeout: Duration,
}

impl Default for ControlOptions {
    fn default() -> Self {
        ControlOptions {
            max_request_bytes: DEFAULT_MAX_REQUEST_BYTES,
            max_clients: 64,
            push_interval: Duration::from_secs(1),
            queue_frames: 4,
            write_timeout: Duration::from_secs(30),
        }
    }
}

/// What the server has done, for logs, metrics and tests.
#[derive(Debug, Default)]
pub struct ControlStats {
    clients: AtomicUsize,
    snapshots_sent: AtomicU64,
    snapshots_dropped: AtomicU64,
    refused_busy: AtomicU64,
}

impl ControlStats {
    /// Clients connected now.
    pub fn clients(&self) -> usize {
        self.clients.load(Ordering::Relaxed)
    }

    /// Snapshots queued to subscribers.
    pub fn snapshots_sent(&self) -> u64 {
        self.snapshots_sent.load(Ordering::Relaxed)
    }

    /// Snapshots dropped because a subscriber's queue was full.
    pub fn snapshots_dropped(&self) -> u64 {
        self.snapshots_dropped.load(Ordering::Relaxed)
    }

    /// Clients turned away because too many were connected.
    pub fn refused_busy(&self) -> u64 {
        self.refused_busy.load(Ordering::Relaxed)
    }
}

type Line = Arc<[u8]>;

struct Shared {
    source: Arc<dyn SnapshotSource>,
    options: ControlOptions,
    info: ServerInfo,
    stats: Arc<ControlStats>,
    /// The last snapshot sent and its line: every subscriber shares one encoding.
    encoded: Mutex<Option<(Arc<LiveSnapshot>, Line)>>,
}

impl Shared {
    fn snapshot_line(&self, snapshot: &Arc<LiveSnapshot>) -> Line {
        let mut cache = self.encoded.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((cached, line)) = cache.as_ref() {
            if Arc::ptr_eq(cached, snapshot) {
                return line.clone();
            }
        }
        let line: Line = OutReply::Snapshot { snapshot }.to_line().into();
        *cache = Some((snapshot.clone(), line.clone()));
        line
    }
}

/// A bound control socket, ready to serve.
pub struct ControlServer {
    listener: UnixListener,
    socket: SocketFile,
    shared: Arc<Shared>,
}

impl ControlServer {
    /// Binds the socket at `path` (0660, group `nuage` when it exists). Must be called inside
    /// a tokio runtime.
    pub fn bind(
        path: &Path,
        source: Arc<dyn SnapshotSource>,
        options: ControlOptions,
    ) -> Result<Self, ControlError> {
        socket::prepare(path)?;
        let listener = UnixListener::bind(path).map_err(|source| ControlError::Bind {
            path: path.to_path_buf(),
            source,
        })?;
        let socket = SocketFile::new(path);
        socket::restrict(path)?;
        tracing::info!(path = %path.display(), "control socket listening");
        let info = ServerInfo::this_build(
            options.max_request_bytes,
            u64::try_from(options.push_interval.as_millis()).unwrap_or(u64::MAX),
        );
        Ok(ControlServer {
            listener,
            socket,
            shared: Arc::new(Shared {
                source,
                options,
                info,
                stats: Arc::default(),
                encoded: Mutex::new(None),
            }),
        })
    }

    /// Binds `path` with the default options and serves until the task is dropped.
    pub async fn serve(path: &Path, source: Arc<dyn SnapshotSource>) -> Result<(), ControlError> {
        let server = Self::bind(path, source, ControlOptions::default())?;
        server.run_until(std::future::pending()).await;
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.socket.path
    }

    pub fn stats(&self) -> Arc<ControlStats> {
        self.shared.stats.clone()
    }

    /// Serves until `shutdown` completes, then closes every connection and removes the socket
    /// file. Errors of single clients or of accepting never stop the server.
    pub async fn run_until(self, shutdown: impl Future<Output = ()>) {
        let ControlServer {
            listener,
            socket,
            shared,
        } = self;
        let clients = Arc::new(Semaphore::new(shared.options.max_clients.max(1)));
        let mut tasks = JoinSet::new();
        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                () = &mut shutdown => break,
                accepted = listener.accept() => match accepted {
                    Ok((stream, _)) => match clients.clone().try_acquire_owned() {
                        Ok(permit) => {
                            tasks.spawn(connection(stream, shared.clone(), permit));
                        }
                        Err(_) => {
                            shared.stats.refused_busy.fetch_add(1, Ordering::Relaxed);
                            tasks.spawn(refuse_busy(stream));
                        }
                    },
                    Err(e) => {
                        // Out of file descriptors, usually: wait a little, never give up.
                        tracing::warn!(error = %e, "control socket: cannot accept a client");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                    }
                },
                Some(_) = tasks.join_next(), if !tasks.is_empty() => {}
            }
        }
        tasks.shutdown().await;
        drop(socket);
    }
}

/// Removes the socket file when the server ends, unless another server has replaced it.
struct SocketFile {
    path: PathBuf,
    identity: Option<(u64, u64)>,
}

impl SocketFile {
    fn new(path: &Path) -> Self {
        SocketFile {
            path: path.to_path_buf(),
            identity: identity(path),
        }
    }
}

fn identity(path: &Path) -> Option<(u64, u64)> {
    std::fs::symlink_metadata(path)
        .ok()
        .map(|m| (m.dev(), m.ino()))
}

impl Drop for SocketFile {
    fn drop(&mut self) {
        if self.identity.is_some() && identity(&self.path) == self.identity {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

async fn refuse_busy(mut stream: UnixStream) {
    let error = ErrorReply::new(
        ErrorCode::Busy,
        "too many clients are connected; try again later",
    );
    let line = OutReply::Error {
        request: None,
        error: &error,
    }
    .to_line();
    let _ = tokio::time::timeout(Duration::from_secs(1), stream.write_all(&line)).await;
}

struct ClientGuard(Arc<ControlStats>);

impl Drop for ClientGuard {
    fn drop(&mut self) {
        self.0.clients.fetch_sub(1, Ordering::Relaxed);
    }
}

/// One client: a reader answering requests, a writer draining the client's queue, and (once
/// subscribed) a pusher. All three live in this task, so dropping it ends them all.
async fn connection(stream: UnixStream, shared: Arc<Shared>, _permit: OwnedSemaphorePermit) {
    shared.stats.clients.fetch_add(1, Ordering::Relaxed);
    let _guard = ClientGuard(shared.stats.clone());
    let (read, write) = stream.into_split();
    let (tx, rx) = mpsc::channel::<Line>(shared.options.queue_frames.max(1));
    let (subscribe_tx, subscribe_rx) = oneshot::channel::<mpsc::Sender<Line>>();
    let reader = read_requests(BufReader::new(read), &shared, tx, subscribe_tx);
    let writer = write_frames(write, rx, shared.options.write_timeout);
    let pusher = async {
        // The reader hands over a sender on `subscribe`; without one, nothing to push.
        if let Ok(tx) = subscribe_rx.await {
            push_snapshots(&shared, tx).await;
        }
    };
    tokio::join!(reader, writer, pusher);
}

async fn read_requests(
    mut reader: BufReader<tokio::net::unix::OwnedReadHalf>,
    shared: &Arc<Shared>,
    tx: mpsc::Sender<Line>,
    subscribe: oneshot::Sender<mpsc::Sender<Line>>,
) {
    let mut subscribe = Some(subscribe);
    let mut line = Vec::new();
    let max = shared.options.max_request_bytes;
    loop {
        let read = tokio::select! {
            read = read_line(&mut reader, &mut line, max) => read,
            // The writer gave up on this client.
            () = tx.closed() => return,
        };
        let reply: Line = match read {
            Ok(LineRead::Eof) => return,
            Err(e) => {
                tracing::debug!(error = %e, "control client read failed");
                return;
            }
            Ok(LineRead::TooLong) => error_line(
                None,
                ErrorCode::LineTooLong,
                format!("a request line must be at most {max} bytes"),
            ),
            Ok(LineRead::Line) => {
                let text = line.strip_suffix(b"\r").unwrap_or(&line);
                if text.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                match parse_request(text) {
                    Err(rejected) => error_line(
                        rejected.request.as_deref(),
                        rejected.error.code,
                        rejected.error.message,
                    ),
                    Ok(Request::Subscribe) => {
                        // A second subscribe on the same connection changes nothing.
                        if let Some(subscribe) = subscribe.take() {
                            let _ = subscribe.send(tx.clone());
                        }
                        continue;
                    }
                    Ok(request) => answer(shared, request).await,
                }
            }
        };
        if tx.send(reply).await.is_err() {
            return;
        }
    }
}

fn error_line(request: Option<&str>, code: ErrorCode, message: String) -> Line {
    OutReply::Error {
        request,
        error: &ErrorReply::new(code, message),
    }
    .to_line()
    .into()
}

async fn answer(shared: &Arc<Shared>, request: Request) -> Line {
    if request == Request::Hello {
        return OutReply::Hello {
            server: &shared.info,
        }
        .to_line()
        .into();
    }
    let name = request.name();
    let source = shared.source.clone();
    // The store is blocking (SQLite): query and encode off the async threads.
    let answered = tokio::task::spawn_blocking(move || -> Result<Vec<u8>, SourceError> {
        Ok(match request {
            Request::Day(date) => {
                let day = source.day(date)?;
                OutReply::Day {
                    date: format_date(date),
                    day: &day,
                }
                .to_line()
            }
            Request::Days => OutReply::Days {
                days: source.days()?.into_iter().map(format_date).collect(),
            }
            .to_line(),
            Request::Baseline(date) => {
                let baseline = source.baseline(date)?;
                OutReply::Baseline {
                    date: format_date(date),
                    baseline: baseline.as_ref(),
                }
                .to_line()
            }
            Request::Period { from, to } => {
                let period = source.period(from, to)?;
                OutReply::Period {
                    from: format_date(from),
                    to: format_date(to),
                    period: &period,
                }
                .to_line()
            }
            // Answered by the reader itself; never sent here.
            Request::Hello | Request::Subscribe => {
                return Err(SourceError::Unavailable(format!(
                    "{} is not a query",
                    request.name()
                )));
            }
        })
    })
    .await;
    match answered {
        Ok(Ok(line)) => line.into(),
        Ok(Err(SourceError::NotFound(message))) => {
            error_line(Some(name), ErrorCode::NotFound, message)
        }
        Ok(Err(SourceError::Unavailable(message))) => {
            error_line(Some(name), ErrorCode::Unavailable, message)
        }
        Err(e) => {
            tracing::error!(request = name, error = %e, "control query failed");
            error_line(
                Some(name),
                ErrorCode::Unavailable,
                "the query failed inside the daemon".into(),
            )
        }
    }
}

/// The current snapshot at once, then the latest one every `push_interval`. A snapshot that
/// does not fit in the client's queue is dropped for this client only.
///
/// With a source that builds on demand, the subscriber is a watcher until it goes, and its
/// first frame is one built now (or within the last interval), not one from before anybody
/// watched; a source that answers nothing within [`FIRST_SNAPSHOT_WAIT`] sends what it has.
async fn push_snapshots(shared: &Shared, tx: mpsc::Sender<Line>) {
    let _watching = match shared.source.demand() {
        Some(demand) => {
            let watching = demand.watch();
            demand
                .fresh(shared.options.push_interval, FIRST_SNAPSHOT_WAIT)
                .await;
            Some(watching)
        }
        None => None,
    };
    let snapshots = shared.source.snapshots();
    let mut ticks = tokio::time::interval(shared.options.push_interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let snapshot = snapshots.borrow().clone();
        match tx.try_send(shared.snapshot_line(&snapshot)) {
            Ok(()) => {
                shared.stats.snapshots_sent.fetch_add(1, Ordering::Relaxed);
            }
            Err(mpsc::error::TrySendError::Full(_)) => {
                shared
                    .stats
                    .snapshots_dropped
                    .fetch_add(1, Ordering::Relaxed);
                tracing::trace!("control subscriber is slow: snapshot dropped for it");
            }
            Err(mpsc::error::TrySendError::Closed(_)) => return,
        }
    }
}

async fn write_frames(mut write: OwnedWriteHalf, mut rx: mpsc::Receiver<Line>, timeout: Duration) {
    while let Some(frame) = rx.recv().await {
        match tokio::time::timeout(timeout, write.write_all(&frame)).await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => {
                tracing::debug!(error = %e, "control client went away");
                return;
            }
            Err(_) => {
                tracing::info!("disconnecting a control client that stopped reading");
                return;
            }
        }
    }
    let _ = write.shutdown().await;
}

#[derive(Debug, PartialEq, Eq)]
enum LineRead {
    Line,
    /// The line was longer than allowed; it was read to its end and thrown away.
    TooLong,
    Eof,
}

/// Reads one line (without its newline) into `buf`, never holding more than `max` bytes.
async fn read_line<R: AsyncBufRead + Unpin>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<LineRead> {
    buf.clear();
    let mut too_long = false;
    loop {
        let available = reader.fill_buf().await?;
        if available.is_empty() {
            return Ok(match (too_long, buf.is_empty()) {
                (true, _) => LineRead::TooLong,
                (false, true) => LineRead::Eof,
                (false, false) => LineRead::Line,
            });
        }
        let newline = available.iter().position(|&b| b == b'\n');
        let chunk = &available[..newline.unwrap_or(available.len())];
        if !too_long {
            if buf.len() + chunk.len() + 1 > max {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(chunk);
            }
        }
        let used = chunk.len() + usize::from(newline.is_some());
        reader.consume(used);
        if newline.is_some() {
            return Ok(if too_long {
                LineRead::TooLong
            } else {
                LineRead::Line
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn lines_are_bounded_and_the_rest_of_a_long_one_is_skipped() {
        let input: &[u8] = b"short\r\nxxxxxxxxxxxxxxxxxxxx\nok\nlast";
        let mut reader = BufReader::with_capacity(4, input);
        let mut buf = Vec::new();
        assert_eq!(
            read_line(&mut reader, &mut buf, 10).await.unwrap(),
            LineRead::Line
        );
        assert_eq!(buf, b"short\r");
        assert_eq!(
            read_line(&mut reader, &mut buf, 10).await.unwrap(),
            LineRead::TooLong
        );
        assert!(buf.is_empty());
        assert_eq!(
            read_line(&mut reader, &mut buf, 10).await.unwrap(),
            LineRead::Line
        );
        assert_eq!(buf, b"ok");
        assert_eq!(
            read_line(&mut reader, &mut buf, 10).await.unwrap(),
            LineRead::Line
        );
        assert_eq!(buf, b"last");
        assert_eq!(
            read_line(&mut reader, &mut buf, 10).await.unwrap(),
            LineRead::Eof
        );
    }

    #[tokio::test]
    async fn a_line_of_exactly_the_limit_passes() {
        let input: &[u8] = b"123456789\n1234567890\n";
        let mut reader = BufReader::new(input);
        let mut buf = Vec::new();
        assert_eq!(
            read_line(&mut reader, &mut buf, 10).await.unwrap(),
            LineRead::Line
        );
        assert_eq!(
            read_line(&mut reader, &mut buf, 10).await.unwrap(),
            LineRead::TooLong
        );
    }
}
