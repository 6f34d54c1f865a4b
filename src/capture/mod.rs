//! Capture: one code path for live interfaces and savefiles, both read through libpcap.
//!
//! A [`PacketSource`] hands out [`RawPacket`]s (timestamp, wire length, captured bytes) one
//! at a time, borrowed from libpcap's buffer: nothing is copied or allocated per packet.
//! Savefiles end with `Ok(None)`; live sources never end: whenever their buffer runs dry they
//! wait up to the read timeout and return [`CaptureError::Timeout`], so the caller can do its
//! periodic work (stats, expiry) and call again.

mod error;
mod live;
pub mod pcap_writer;
mod route;
mod savefile;

pub use error::CaptureError;
pub use live::{
    DEFAULT_SNAPLEN, DEFAULT_TIMEOUT_MS, Live, LiveOptions, interface_addresses, open_live,
};
pub use route::{default_route_interface, parse_ipv4_default_route, parse_ipv6_default_route};
pub use savefile::{Savefile, open_savefile};

/// One captured frame, borrowed from the source until the next call to `next_packet`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawPacket<'a> {
    /// Capture timestamp, microseconds since the Unix epoch.
    pub ts_micros: i64,
    /// Bytes on the wire: the pcap header's original length (`len`), link header included.
    pub wire_len: u32,
    /// The captured bytes (`caplen` of them; fewer than `wire_len` when the snaplen cut it).
    pub data: &'a [u8],
}

/// Capture statistics as libpcap reports them (cumulative since the source was opened).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CaptureStats {
    /// Packets received by the filter.
    pub received: u64,
    /// Packets dropped because the kernel buffer was full (we read too slowly).
    pub dropped_kernel: u64,
    /// Packets dropped by the interface or its driver.
    pub dropped_interface: u64,
}

/// Anything packets can be read from: a live interface or a capture file.
pub trait PacketSource {
    /// The interface name or the file path, for messages and per-source counters.
    fn name(&self) -> &str;
    /// The pcap LINKTYPE_* value of every packet of this source (libpcap's DLT_RAW is
    /// reported as LINKTYPE_RAW, 101).
    fn link_type(&self) -> u32;
    /// The next packet. `Ok(None)`: end of file (savefiles only).
    /// `Err(CaptureError::Timeout)`: a live source had no packet buffered and waited up to
    /// its read timeout for more (returning early when some arrived); not a failure: do any
    /// periodic work and call again (see [`CaptureError::is_timeout`]).
    /// Any other error ends the source; packets returned before it stay valid.
    fn next_packet(&mut self) -> Result<Option<RawPacket<'_>>, CaptureError>;
    /// Kernel/interface statistics; `None` for savefiles.
    fn stats(&mut self) -> Option<CaptureStats>;
}

/// libpcap reports DLT_* values, which equal LINKTYPE_* values except for a few; the one
/// nuage reads is DLT_RAW (12, or 14 on OpenBSD) for LINKTYPE_RAW (101).
fn linktype_from_dlt(dlt: i32) -> u32 {
    match dlt {
        12 | 14 => 101,
        other => u32::try_from(other).unwrap_or(u32::MAX),
    }
}

/// Converts a libpcap header timestamp to microseconds. `nanos`: the source was opened with
/// nanosecond precision, so `tv_usec` holds nanoseconds.
// time_t/suseconds_t are 32-bit on some Raspberry Pi systems, hence the conversions.
#[allow(clippy::useless_conversion)]
fn ts_micros(header: &pcap::PacketHeader, nanos: bool) -> i64 {
    let secs = i64::from(header.ts.tv_sec);
    let frac = i64::from(header.ts.tv_usec);
    let micros = if nanos { frac / 1000 } else { frac };
    secs.saturating_mul(1_000_000).saturating_add(micros)
}
