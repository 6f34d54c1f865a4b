//! The control socket: how dashboards and `nuage report` talk to a running daemon.
//!
//! A Unix socket (0660, group `nuage`) carrying a versioned JSON-lines protocol, documented in
//! `docs/control-protocol.md`: `hello`, `subscribe` (a [`LiveSnapshot`](crate::usage::LiveSnapshot)
//! pushed once a second), and queries for past days (`day`, `days`, `baseline`).
//!
//! - [`protocol`]: the wire format, parsed and written in one place.
//! - [`ControlServer`]: the tokio server, serving from any [`SnapshotSource`].
//! - [`ControlClient`]: the blocking client.
//! - [`LiveDemand`]: who wants live snapshots, so the daemon builds them only then.

mod client;
mod demand;
pub mod protocol;
mod server;
mod socket;
mod source;

use std::path::PathBuf;

pub use client::{ClientError, ControlClient, DEFAULT_TIMEOUT, MAX_REPLY_BYTES, Subscription};
pub use demand::{LiveDemand, Watching};
pub use protocol::{ErrorCode, ErrorReply, PROTOCOL_VERSION, ServerInfo};
pub use server::{ControlOptions, ControlServer, ControlStats};
pub use socket::{MAX_SOCKET_PATH, SOCKET_GROUP, SOCKET_MODE, group_id, resolve_socket_path};
pub use source::{SnapshotSource, SourceError};

#[derive(Debug, thiserror::Error)]
pub enum ControlError {
    #[error("control socket {path}: {message}")]
    Socket { path: PathBuf, message: String },
    #[error("cannot listen on control socket {path}: {source}")]
    Bind {
        path: PathBuf,
        source: std::io::Error,
    },
}
