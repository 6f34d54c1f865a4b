//! Capture errors: each names the file or interface it is about.

use std::path::PathBuf;

/// Why a capture source could not be opened or read.
#[derive(Debug, thiserror::Error)]
pub enum CaptureError {
    #[error("cannot open capture file {}: {message}", path.display())]
    OpenFile { path: PathBuf, message: String },
    #[error(
        "cannot open capture file {}: file is {bytes} bytes long, too short for a capture file header",
        path.display()
    )]
    TooShort { path: PathBuf, bytes: usize },
    /// A truncated or corrupt record. `offset` is the byte offset of the bad record in a
    /// classic pcap file; pcapng files only tell how many packets were read before it.
    #[error(
        "capture file {} is truncated or corrupt {}: {message}",
        path.display(),
        match offset {
            Some(offset) => format!("at byte offset {offset} (after {packets} packets)"),
            None => format!("after {packets} packets"),
        }
    )]
    Corrupt {
        path: PathBuf,
        offset: Option<u64>,
        packets: u64,
        message: String,
    },
    #[error("cannot capture on interface {interface}: {message}")]
    OpenInterface { interface: String, message: String },
    #[error("invalid capture filter {filter:?} on interface {interface}: {message}")]
    Filter {
        interface: String,
        filter: String,
        message: String,
    },
    #[error("reading from interface {interface} failed: {message}")]
    Read { interface: String, message: String },
    #[error(
        "no default route found in /proc/net/route or /proc/net/ipv6_route; name the interface to capture on"
    )]
    NoDefaultInterface,
    /// A live source had nothing buffered and waited up to its read timeout: not a
    /// failure, call again.
    #[error("no packet within the read timeout")]
    Timeout,
}

impl CaptureError {
    /// True for the idle read timeout of a live source, which is not a failure.
    pub fn is_timeout(&self) -> bool {
        matches!(self, CaptureError::Timeout)
    }
}
