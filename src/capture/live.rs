//! Live capture on one interface. Several interfaces are several `Live` sources, each read
//! by its own thread.

use std::net::IpAddr;
use std::os::fd::OwnedFd;

use pcap::{Active, Capture};
use rustix::event::{PollFd, PollFlags};

use super::{
    CaptureError, CaptureStats, PacketSource, RawPacket, default_route_interface,
    linktype_from_dlt, ts_micros,
};

/// Default snaplen. A full 1500-byte-MTU Ethernet frame is 1514 bytes, plus up to two VLAN
/// tags (8), a PPPoE+PPP header (8) or a Linux cooked v2 header (20 instead of 14): about
/// 1540. 2048 keeps a whole segment, hence any TLS ClientHello's first segment, with
/// headroom, while capping what GRO super-frames (up to 64 KiB) cost in the ring buffer.
pub const DEFAULT_SNAPLEN: u32 = 2048;

/// Default read timeout: with immediate mode off the kernel hands packets over in batches at
/// least this often, and an idle `next_packet` returns `CaptureError::Timeout` after at
/// most this long, so the caller can tick a few times a second.
pub const DEFAULT_TIMEOUT_MS: u32 = 250;

/// How to open a live capture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveOptions {
    /// Interface name; `None`: the interface of the default route.
    pub interface: Option<String>,
    pub promiscuous: bool,
    pub snaplen: u32,
    /// Kernel buffer size in bytes; `None`: libpcap's default (2 MiB on Linux).
    pub buffer_size: Option<u32>,
    /// BPF filter expression (tcpdump syntax).
    pub filter: Option<String>,
    /// Read timeout in milliseconds.
    pub timeout_ms: u32,
}

impl Default for LiveOptions {
    fn default() -> Self {
        LiveOptions {
            interface: None,
            promiscuous: true,
            snaplen: DEFAULT_SNAPLEN,
            buffer_size: None,
            filter: None,
            timeout_ms: DEFAULT_TIMEOUT_MS,
        }
    }
}

/// An open live capture.
///
/// The handle is non-blocking and waits with `poll` itself: with TPACKET_V3 (Linux, immediate
/// mode off) libpcap's own read timeout never fires while no packet arrives, which would
/// block an idle source forever.
pub struct Live {
    cap: Capture<Active>,
    interface: String,
    link_type: u32,
    timeout: rustix::event::Timespec,
    /// A duplicate of the capture socket to poll on (a separate field, so waiting does not
    /// conflict with the borrow of `cap` that a returned packet holds).
    poll_fd: OwnedFd,
    stats: WideStats,
}

impl std::fmt::Debug for Live {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Live")
            .field("interface", &self.interface)
            .field("link_type", &self.link_type)
            .finish_non_exhaustive()
    }
}

fn clamp_i32(value: u32) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

/// libpcap's statistics are 32-bit counters that wrap: after 4.3 billion packets, under three
/// hours at 400 000 packets/s or some weeks on a busy home link. These are 64-bit totals
/// since the capture opened, advanced by the difference between two readings.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct WideStats {
    /// libpcap's last reading: received, dropped by the kernel, dropped by the interface.
    last: [u32; 3],
    total: CaptureStats,
}

impl WideStats {
    fn update(&mut self, now: [u32; 3]) -> CaptureStats {
        // Readings come at least once a second, so a step past 2^31 is no wrap but a
        // counter that went back (libpcap derives interface drops from the interface's own
        // counter, which a driver may reset): it adds nothing.
        let step = |i: usize| {
            let d = now[i].wrapping_sub(self.last[i]);
            if d > i32::MAX.unsigned_abs() {
                0
            } else {
                u64::from(d)
            }
        };
        self.total.received += step(0);
        self.total.dropped_kernel += step(1);
        self.total.dropped_interface += step(2);
        self.last = now;
        self.total
    }
}

/// Opens a live capture (needs CAP_NET_RAW or root).
pub fn open_live(opts: &LiveOptions) -> Result<Live, CaptureError> {
    let interface = match &opts.interface {
        Some(name) => name.clone(),
        None => default_route_interface()?,
    };
    let open_err = |e: pcap::Error| CaptureError::OpenInterface {
        interface: interface.clone(),
        message: e.to_string(),
    };
    let mut inactive = Capture::from_device(interface.as_str())
        .map_err(open_err)?
        .promisc(opts.promiscuous)
        .snaplen(clamp_i32(opts.snaplen))
        .timeout(clamp_i32(opts.timeout_ms))
        .immediate_mode(false);
    if let Some(size) = opts.buffer_size {
        inactive = inactive.buffer_size(clamp_i32(size));
    }
    let mut cap = inactive
        .open()
        .map_err(open_err)?
        .setnonblock()
        .map_err(open_err)?;
    if let Some(filter) = &opts.filter {
        cap.filter(filter, true).map_err(|e| CaptureError::Filter {
            interface: interface.clone(),
            filter: filter.clone(),
            message: e.to_string(),
        })?;
    }
    let link_type = linktype_from_dlt(cap.get_datalink().0);
    tracing::info!(%interface, link_type, snaplen = opts.snaplen, "live capture opened");
    let poll_fd = rustix::io::dup(&cap).map_err(|e| CaptureError::OpenInterface {
        interface: interface.clone(),
        message: format!("cannot duplicate the capture descriptor: {e}"),
    })?;
    let timeout_ms = i64::from(opts.timeout_ms.max(1));
    Ok(Live {
        cap,
        interface,
        link_type,
        poll_fd,
        timeout: rustix::event::Timespec {
            tv_sec: timeout_ms / 1000,
            tv_nsec: (timeout_ms % 1000) * 1_000_000,
        },
        stats: WideStats::default(),
    })
}

/// The addresses configured on an interface (empty when it has none or cannot be listed),
/// so the flow stage can treat them as local.
pub fn interface_addresses(interface: &str) -> Vec<IpAddr> {
    match pcap::Device::list() {
        Ok(devices) => devices
            .into_iter()
            .filter(|d| d.name == interface)
            .flat_map(|d| d.addresses.into_iter().map(|a| a.addr))
            .collect(),
        Err(e) => {
            tracing::warn!(%interface, error = %e, "cannot list interface addresses");
            Vec::new()
        }
    }
}

const _: () = {
    const fn assert_send<T: Send>() {}
    assert_send::<Live>();
};

impl PacketSource for Live {
    fn name(&self) -> &str {
        &self.interface
    }

    fn link_type(&self) -> u32 {
        self.link_type
    }

    fn next_packet(&mut self) -> Result<Option<RawPacket<'_>>, CaptureError> {
        match self.cap.next_packet() {
            Ok(packet) => Ok(Some(RawPacket {
                ts_micros: ts_micros(packet.header, false),
                wire_len: packet.header.len,
                data: packet.data,
            })),
            // Non-blocking read found nothing buffered: wait for the kernel to hand over a
            // batch, or the timeout, then let the caller tick before reading again.
            Err(pcap::Error::TimeoutExpired) => {
                let mut fds = [PollFd::new(&self.poll_fd, PollFlags::IN)];
                match rustix::event::poll(&mut fds, Some(&self.timeout)) {
                    Ok(_) | Err(rustix::io::Errno::INTR) => Err(CaptureError::Timeout),
                    Err(e) => Err(CaptureError::Read {
                        interface: self.interface.clone(),
                        message: format!("poll: {e}"),
                    }),
                }
            }
            Err(e) => Err(CaptureError::Read {
                interface: self.interface.clone(),
                message: e.to_string(),
            }),
        }
    }

    fn stats(&mut self) -> Option<CaptureStats> {
        match self.cap.stats() {
            Ok(s) => Some(self.stats.update([s.received, s.dropped, s.if_dropped])),
            Err(e) => {
                tracing::warn!(interface = %self.interface, error = %e, "cannot read capture statistics");
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statistics_keep_counting_past_the_32_bit_wrap() {
        let mut w = WideStats::default();
        // a billion packets between readings (far more than a second brings)
        for n in 1..=4u32 {
            let s = w.update([n * 1_000_000_000, n * 1_000_000_000, 0]);
            assert_eq!(s.received, u64::from(n) * 1_000_000_000);
            assert_eq!(s.dropped_kernel, u64::from(n) * 1_000_000_000);
        }
        // 400 million packets later libpcap's counter has wrapped to 105 032 704
        let wrapped = 4_000_000_000u32.wrapping_add(400_000_000);
        assert_eq!(wrapped, 105_032_704);
        let s = w.update([wrapped, wrapped, 3]);
        assert_eq!(s.received, 4_400_000_000);
        assert_eq!(s.dropped_kernel, 4_400_000_000);
        assert_eq!(s.dropped_interface, 3);
        let s = w.update([wrapped + 5, wrapped + 2, 3]);
        assert_eq!(s.received, 4_400_000_005);
        assert_eq!(s.dropped_kernel, 4_400_000_002);
    }

    #[test]
    fn a_counter_that_goes_back_adds_nothing() {
        let mut w = WideStats::default();
        w.update([100, 0, 50]);
        let s = w.update([120, 0, 7]);
        assert_eq!(s.received, 120);
        assert_eq!(s.dropped_interface, 50);
        // and counts on from the new reading
        let s = w.update([130, 0, 9]);
        assert_eq!(s.dropped_interface, 52);
    }
}
