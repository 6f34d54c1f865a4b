//! Optional Prometheus exposition (`[metrics] listen = "127.0.0.1:9847"`, off by default).
//!
//! - [`MetricsRegistry`]: counters since the daemon started, fed per flush and per snapshot.
//! - [`MetricsServer`]: `GET /metrics` over a minimal HTTP/1.1 server, loopback only unless
//!   the config says `allow-remote = true`.

mod http;
mod registry;

use std::net::SocketAddr;

pub use http::{CONTENT_TYPE, MAX_REQUEST_HEAD, MetricsServer};
pub use registry::{MetricsRegistry, UNKNOWN_LABEL, escape_label};

/// The port nuage suggests (`127.0.0.1:9847`).
pub const DEFAULT_PORT: u16 = 9847;

#[derive(Debug, thiserror::Error)]
pub enum MetricsError {
    #[error(
        "metrics listen address {addr} is not a loopback address; set allow-remote = true under [metrics] to serve other machines"
    )]
    NotLoopback { addr: SocketAddr },
    #[error("cannot listen for metrics on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
}
