//! A minimal HTTP/1.1 server for `GET /metrics`: one request per connection, bounded in
//! size, time and number of connections, so a scanner on the network cannot hurt the daemon.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

use super::{MetricsError, MetricsRegistry};
use crate::control::LiveDemand;

/// Largest request head (request line and headers) read.
pub const MAX_REQUEST_HEAD: usize = 8 * 1024;

/// Connections served at once; more wait in the kernel's backlog.
const MAX_CONNECTIONS: usize = 16;

/// Time a client has to send its request, and to take the reply.
const IO_TIMEOUT: Duration = Duration::from_secs(5);

/// How long, and how much, to read after replying before closing.
const LINGER: Duration = Duration::from_secs(1);
const MAX_DRAIN: usize = 1024 * 1024;

/// Longest a scrape waits for the daemon to sum today's usage (the Big Tech share); past it,
/// the last share known is served.
const SCRAPE_WAIT: Duration = Duration::from_secs(2);
/// A share summed this recently is served as is.
const SCRAPE_FRESH: Duration = Duration::from_secs(1);

/// The exposition format's content type.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// A bound metrics listener.
pub struct MetricsServer {
    listener: TcpListener,
    registry: Arc<MetricsRegistry>,
    /// Asked for a snapshot on each scrape: the daemon builds none for nobody.
    demand: Option<Arc<LiveDemand>>,
}

impl MetricsServer {
    /// Listens on `addr`. A non-loopback address is refused unless `allow_remote` (then it
    /// is logged as a warning: the counters say how a household uses the Internet).
    pub async fn bind(
        addr: SocketAddr,
        allow_remote: bool,
        registry: Arc<MetricsRegistry>,
    ) -> Result<Self, MetricsError> {
        if !addr.ip().is_loopback() {
            if !allow_remote {
                return Err(MetricsError::NotLoopback { addr });
            }
            tracing::warn!(%addr, "metrics are served to other machines (allow-remote = true)");
        }
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| MetricsError::Bind { addr, source })?;
        tracing::info!(%addr, "metrics listening");
        Ok(MetricsServer {
            listener,
            registry,
            demand: None,
        })
    }

    /// Binds what `[metrics]` says; `None` when metrics are off (no `listen`).
    pub async fn from_config(
        config: &crate::config::MetricsConfig,
        registry: Arc<MetricsRegistry>,
    ) -> Result<Option<Self>, MetricsError> {
        match config.listen {
            None => Ok(None),
            Some(addr) => Self::bind(addr, config.allow_remote, registry)
                .await
                .map(Some),
        }
    }

    /// Has the daemon sum today's usage for each scrape (or serve one summed within the
    /// last second), so the share is current although no snapshot is built for nobody.
    pub fn with_demand(self, demand: Arc<LiveDemand>) -> Self {
        MetricsServer {
            demand: Some(demand),
            ..self
        }
    }

    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until `shutdown` completes. Errors of single connections never stop it.
    pub async fn run_until(self, shutdown: impl Future<Output = ()>) {
        let limit = Arc::new(Semaphore::new(MAX_CONNECTIONS));
        let mut tasks = JoinSet::new();
        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                () = &mut shutdown => break,
                permit = limit.clone().acquire_owned() => {
                    let Ok(permit) = permit else { break };
                    tokio::select! {
                        () = &mut shutdown => break,
                        accepted = self.listener.accept() => match accepted {
                            Ok((stream, _)) => {
                                let registry = self.registry.clone();
                                let demand = self.demand.clone();
                                tasks.spawn(async move {
                                    let _permit = permit;
                                    if let Err(e) = serve_one(stream, &registry, demand.as_deref()).await {
                                        tracing::debug!(error = %e, "metrics request failed");
                                    }
                                });
                            }
                            Err(e) => {
                                tracing::warn!(error = %e, "metrics: cannot accept a connection");
                                tokio::time::sleep(Duration::from_millis(100)).await;
                            }
                        },
                    }
                }
                Some(_) = tasks.join_next(), if !tasks.is_empty() => {}
            }
        }
        tasks.shutdown().await;
    }
}

async fn serve_one(
    mut stream: TcpStream,
    registry: &MetricsRegistry,
    demand: Option<&LiveDemand>,
) -> io::Result<()> {
    let response = match tokio::time::timeout(IO_TIMEOUT, read_head(&mut stream)).await {
        Err(_) => response(
            408,
            "Request Timeout",
            "text/plain",
            "request timed out\n",
            true,
        ),
        Ok(Err(e)) => return Err(e),
        Ok(Ok(None)) => response(
            431,
            "Request Header Fields Too Large",
            "text/plain",
            "request too large\n",
            true,
        ),
        Ok(Ok(Some(head))) => match parse_request_line(&head) {
            Err(()) => response(400, "Bad Request", "text/plain", "bad request\n", true),
            Ok((method, path)) => {
                if let (Some(demand), "/metrics") = (demand, path) {
                    demand.fresh(SCRAPE_FRESH, SCRAPE_WAIT).await;
                }
                route(method, path, registry)
            }
        },
    };
    tokio::time::timeout(IO_TIMEOUT, async {
        stream.write_all(&response).await?;
        stream.shutdown().await
    })
    .await
    .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "client did not take the reply"))??;
    // Read what the client still sends (the rest of an oversized request) before closing:
    // closing with unread input resets the connection and can destroy the reply in flight.
    let _ = tokio::time::timeout(LINGER, async {
        let mut sink = [0u8; 4096];
        let mut drained = 0usize;
        while drained < MAX_DRAIN {
            match stream.read(&mut sink).await {
                Ok(0) | Err(_) => break,
                Ok(n) => drained += n,
            }
        }
    })
    .await;
    Ok(())
}

/// Reads up to the blank line ending the head; `None` when it is larger than allowed.
async fn read_head(stream: &mut TcpStream) -> io::Result<Option<Vec<u8>>> {
    let mut head = Vec::with_capacity(512);
    let mut chunk = [0u8; 1024];
    loop {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "connection closed before the request ended",
            ));
        }
        head.extend_from_slice(&chunk[..n]);
        if let Some(end) = head_end(&head) {
            head.truncate(end);
            return Ok(Some(head));
        }
        if head.len() > MAX_REQUEST_HEAD {
            return Ok(None);
        }
    }
}

fn head_end(buf: &[u8]) -> Option<usize> {
    let crlf = buf.windows(4).position(|w| w == b"\r\n\r\n");
    let lf = buf.windows(2).position(|w| w == b"\n\n");
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The method and path (query string dropped) of a request head.
fn parse_request_line(head: &[u8]) -> Result<(&str, &str), ()> {
    let line_end = head.iter().position(|&b| b == b'\n').unwrap_or(head.len());
    let line = std::str::from_utf8(&head[..line_end]).map_err(|_| ())?;
    let mut parts = line.trim_end_matches('\r').split(' ');
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(());
    };
    if method.is_empty() || !target.starts_with('/') || !version.starts_with("HTTP/1.") {
        return Err(());
    }
    let path = target.split('?').next().unwrap_or(target);
    Ok((method, path))
}

fn route(method: &str, path: &str, registry: &MetricsRegistry) -> Vec<u8> {
    match (method, path) {
        ("GET" | "HEAD", "/metrics") => {
            // HEAD gets the same headers, including the length the body would have.
            response(200, "OK", CONTENT_TYPE, &registry.render(), method == "GET")
        }
        ("GET" | "HEAD", _) => response(
            404,
            "Not Found",
            "text/plain",
            "not found; try /metrics\n",
            method == "GET",
        ),
        _ => {
            let mut reply = response(405, "Method Not Allowed", "text/plain", "only GET\n", true);
            // Insert Allow after the status line.
            let at = reply.iter().position(|&b| b == b'\n').map_or(0, |i| i + 1);
            reply.splice(at..at, b"Allow: GET, HEAD\r\n".iter().copied());
            reply
        }
    }
}

fn head_only(status: u16, reason: &str, content_type: &str, length: usize) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n"
    )
    .into_bytes()
}

fn response(status: u16, reason: &str, content_type: &str, body: &str, with_body: bool) -> Vec<u8> {
    let mut out = head_only(status, reason, content_type, body.len());
    if with_body {
        out.extend_from_slice(body.as_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_lines_are_checked() {
        assert_eq!(
            parse_request_line(b"GET /metrics?x=1 HTTP/1.1\r\nHost: a"),
            Ok(("GET", "/metrics"))
        );
        assert_eq!(
            parse_request_line(b"GET /metrics HTTP/1.0"),
            Ok(("GET", "/metrics"))
        );
        assert!(parse_request_line(b"GET /metrics").is_err());
        assert!(parse_request_line(b"GET metrics HTTP/1.1").is_err());
        assert!(parse_request_line(b"GET /metrics HTTP/2 extra").is_err());
        assert!(parse_request_line(b"GET /metrics SSH-2.0").is_err());
        assert!(parse_request_line(b"\xff / HTTP/1.1").is_err());
        assert_eq!(head_end(b"GET / HTTP/1.1\r\n\r\nrest"), Some(14));
        assert_eq!(head_end(b"GET / HTTP/1.1\n\n"), Some(14));
        assert_eq!(head_end(b"GET / HTTP/1.1\r\n"), None);
    }

    #[test]
    fn routes() {
        let r = MetricsRegistry::new();
        let ok = String::from_utf8(route("GET", "/metrics", &r)).unwrap();
        assert!(ok.starts_with("HTTP/1.1 200 OK\r\n") && ok.contains(CONTENT_TYPE));
        assert!(ok.contains("nuage_build_info{"));
        let head = String::from_utf8(route("HEAD", "/metrics", &r)).unwrap();
        assert!(head.ends_with("\r\n\r\n"));
        let len = |s: &str| {
            s.lines()
                .find_map(|l| l.strip_prefix("Content-Length: "))
                .unwrap()
                .trim()
                .to_string()
        };
        assert_eq!(len(&head), len(&ok));
        assert!(
            String::from_utf8(route("GET", "/", &r))
                .unwrap()
                .starts_with("HTTP/1.1 404")
        );
        let post = String::from_utf8(route("POST", "/metrics", &r)).unwrap();
        assert!(post.starts_with("HTTP/1.1 405") && post.contains("\r\nAllow: GET, HEAD\r\n"));
    }
}
