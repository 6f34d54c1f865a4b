//! Names from the first bytes a TCP client sends: the TLS SNI, or the HTTP `Host`. Drives
//! [`ReassemblyTable`] only for streams that start like a handshake or a request.
//!
//! The flow stage keeps one [`TcpNaming`] per flow (a few bytes, no allocation) and calls
//! [`TcpNamer::segment`] for client → server segments until the state is `Done`.

use super::http::{self, HttpError};
use super::tcp_reassembly::{Push, ReassemblyLimits, ReassemblyTable, StreamHandle};
use super::tls::{self, EchKind, TlsError};

/// First byte of a TLS handshake record.
const TLS_HANDSHAKE: u8 = 0x16;

/// Per-flow naming progress, owned by the flow stage.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TcpNaming {
    /// No client payload seen yet.
    #[default]
    Fresh,
    /// The client's SYN was seen: stream byte 0 has this sequence number.
    Synced { first_seq: u32 },
    /// Segments are being reassembled.
    Waiting(StreamHandle),
    /// Named, or nothing to find: later segments are not looked at.
    Done,
}

impl TcpNaming {
    pub fn is_done(&self) -> bool {
        matches!(self, TcpNaming::Done)
    }
}

/// A name found in a stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TcpName {
    /// The ClientHello's server name; `ech` when an encrypted_client_hello extension made it
    /// the outer (public) name.
    Tls {
        name: String,
        ech: bool,
    },
    Http {
        host: String,
    },
}

/// What became of streams, for diagnostics.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TcpNamerStats {
    pub named_tls: u64,
    pub named_http: u64,
    /// ClientHellos without a usable server name.
    pub tls_unnamed: u64,
    /// Streams given up: malformed, too long, too many segments or evicted.
    pub gave_up: u64,
}

/// Reads names from client → server TCP streams.
#[derive(Debug)]
pub struct TcpNamer {
    table: ReassemblyTable,
    scratch: Vec<u8>,
    stats: TcpNamerStats,
}

enum Outcome {
    Named(TcpName),
    Wait,
    Nothing,
}

impl TcpNamer {
    pub fn new(limits: ReassemblyLimits) -> Self {
        Self {
            table: ReassemblyTable::new(limits),
            scratch: Vec::new(),
            stats: TcpNamerStats::default(),
        }
    }

    pub fn stats(&self) -> TcpNamerStats {
        self.stats
    }

    pub fn reassembly(&self) -> &ReassemblyTable {
        &self.table
    }

    /// Feeds one client → server segment (`syn` set for the SYN itself). Returns the name
    /// once found; `state` then turns `Done`.
    pub fn segment(
        &mut self,
        state: &mut TcpNaming,
        seq: u32,
        syn: bool,
        payload: &[u8],
    ) -> Option<TcpName> {
        match *state {
            TcpNaming::Done => None,
            TcpNaming::Fresh | TcpNaming::Synced { .. } if syn => {
                // Data on a SYN (TCP Fast Open) starts right after the SYN's own number.
                let first_seq = seq.wrapping_add(1);
                *state = TcpNaming::Synced { first_seq };
                if payload.is_empty() {
                    None
                } else {
                    self.first_payload(state, first_seq, first_seq, payload)
                }
            }
            _ if payload.is_empty() => None,
            TcpNaming::Fresh => self.first_payload(state, seq, seq, payload),
            TcpNaming::Synced { first_seq } => self.first_payload(state, first_seq, seq, payload),
            TcpNaming::Waiting(handle) => self.more(state, handle, seq, payload),
        }
    }

    /// Forgets a flow's stream (the flow ended).
    pub fn forget(&mut self, state: &mut TcpNaming) {
        if let TcpNaming::Waiting(handle) = *state {
            self.table.release(handle);
        }
        *state = TcpNaming::Done;
    }

    fn first_payload(
        &mut self,
        state: &mut TcpNaming,
        first_seq: u32,
        seq: u32,
        payload: &[u8],
    ) -> Option<TcpName> {
        if seq != first_seq {
            // The stream start is missing (out of order, or lost before capture): buffer
            // when byte 0 is known to come, otherwise there is nothing to anchor on.
            if matches!(state, TcpNaming::Synced { .. }) {
                let handle = self.table.start(first_seq);
                return self.more(state, handle, seq, payload);
            }
        }
        // Only streams starting like a handshake or a request are worth a look.
        let worth = payload.first() == Some(&TLS_HANDSHAKE) || http::looks_like_request(payload);
        if !worth {
            *state = TcpNaming::Done;
            return None;
        }
        match self.examine(payload) {
            Outcome::Named(name) => {
                *state = TcpNaming::Done;
                Some(name)
            }
            Outcome::Nothing => {
                *state = TcpNaming::Done;
                None
            }
            Outcome::Wait => {
                let handle = self.table.start(seq);
                self.more(state, handle, seq, payload)
            }
        }
    }

    fn more(
        &mut self,
        state: &mut TcpNaming,
        handle: StreamHandle,
        seq: u32,
        payload: &[u8],
    ) -> Option<TcpName> {
        let max_bytes = usize::from(self.table.limits().max_bytes);
        let bytes = match self.table.push(handle, seq, payload) {
            Push::Data(bytes) => bytes,
            Push::GaveUp | Push::Gone => {
                self.stats.gave_up += 1;
                *state = TcpNaming::Done;
                return None;
            }
        };
        // Nothing contiguous yet: keep waiting for byte 0.
        if bytes.is_empty() {
            *state = TcpNaming::Waiting(handle);
            return None;
        }
        let full = bytes.len() >= max_bytes;
        let worth = bytes.first() == Some(&TLS_HANDSHAKE) || http::looks_like_request(bytes);
        let outcome = if worth {
            examine(&mut self.scratch, &mut self.stats, bytes, max_bytes)
        } else {
            Outcome::Nothing
        };
        match outcome {
            Outcome::Wait if !full => {
                *state = TcpNaming::Waiting(handle);
                None
            }
            Outcome::Wait => {
                self.stats.gave_up += 1;
                self.table.release(handle);
                *state = TcpNaming::Done;
                None
            }
            Outcome::Named(name) => {
                self.table.release(handle);
                *state = TcpNaming::Done;
                Some(name)
            }
            Outcome::Nothing => {
                self.table.release(handle);
                *state = TcpNaming::Done;
                None
            }
        }
    }

    fn examine(&mut self, bytes: &[u8]) -> Outcome {
        let max_bytes = usize::from(self.table.limits().max_bytes);
        examine(&mut self.scratch, &mut self.stats, bytes, max_bytes)
    }
}

/// Reads a name from the contiguous stream start, or says to wait for more.
fn examine(
    scratch: &mut Vec<u8>,
    stats: &mut TcpNamerStats,
    bytes: &[u8],
    max_bytes: usize,
) -> Outcome {
    if bytes.first() == Some(&TLS_HANDSHAKE) {
        return match tls::parse_client_hello_records(bytes, scratch) {
            Ok(hello) => match hello.server_name {
                Some(name) => {
                    stats.named_tls += 1;
                    Outcome::Named(TcpName::Tls {
                        name: name.to_ascii_lowercase(),
                        // GREASE ECH (Chrome and Firefox send it to every server) looks
                        // exactly like a real outer hello by design, with the real name in
                        // the SNI; so only a known ECH public name is marked as outer.
                        ech: hello.ech == Some(EchKind::Outer)
                            && tls::is_known_ech_public_name(name),
                    })
                }
                None => {
                    stats.tls_unnamed += 1;
                    Outcome::Nothing
                }
            },
            Err(TlsError::Incomplete { needed }) if needed <= max_bytes => Outcome::Wait,
            Err(error) => {
                tracing::trace!(%error, "no server name in TLS stream");
                stats.gave_up += 1;
                Outcome::Nothing
            }
        };
    }
    match http::request_host(bytes) {
        Ok(host) => {
            stats.named_http += 1;
            Outcome::Named(TcpName::Http {
                host: host.to_ascii_lowercase(),
            })
        }
        Err(HttpError::Incomplete) => Outcome::Wait,
        Err(_) => Outcome::Nothing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::tls::build;

    fn namer() -> TcpNamer {
        TcpNamer::new(ReassemblyLimits::default())
    }

    fn tls(name: &str) -> Option<TcpName> {
        Some(TcpName::Tls {
            name: name.into(),
            ech: false,
        })
    }

    /// A Chrome-like hello in one TLS record, cut into segments at `cuts`.
    fn segments(name: &str, cuts: &[usize]) -> (Vec<u8>, Vec<(usize, usize)>) {
        let stream = build::records(&build::chrome_like(name), 16384);
        let mut bounds = vec![0];
        bounds.extend_from_slice(cuts);
        bounds.push(stream.len());
        let segs = bounds.windows(2).map(|w| (w[0], w[1])).collect();
        (stream, segs)
    }

    #[test]
    fn sni_in_the_second_segment() {
        let (stream, segs) = segments("second.example.com", &[1200]);
        // The SNI extension is at the end of the hello, past the cut.
        let at = stream.windows(6).position(|w| w == b"second").unwrap();
        assert!(at > 1200);
        let mut n = namer();
        let mut state = TcpNaming::Fresh;
        assert_eq!(n.segment(&mut state, 41, true, &[]), None);
        let (a, b) = segs[0];
        assert_eq!(n.segment(&mut state, 42, false, &stream[a..b]), None);
        assert!(matches!(state, TcpNaming::Waiting(_)));
        let (a, b) = segs[1];
        let got = n.segment(&mut state, 42 + a as u32, false, &stream[a..b]);
        assert_eq!(got, tls("second.example.com"));
        assert!(state.is_done());
        assert_eq!(n.reassembly().live(), 0);
    }

    #[test]
    fn out_of_order_after_syn_and_retransmissions() {
        let (stream, segs) = segments("ooo.example.org", &[500, 1000, 1300]);
        let mut n = namer();
        let mut state = TcpNaming::Fresh;
        let isn = u32::MAX - 100; // sequence numbers wrap mid-hello
        n.segment(&mut state, isn, true, &[]);
        let seq = |a: usize| isn.wrapping_add(1).wrapping_add(a as u32);
        let mut got = None;
        // Third, first, first again (retransmit), an overlapping resend, fourth, second.
        for &i in &[2usize, 0, 0] {
            let (a, b) = segs[i];
            assert_eq!(n.segment(&mut state, seq(a), false, &stream[a..b]), None);
        }
        assert_eq!(
            n.segment(&mut state, seq(400), false, &stream[400..700]),
            None
        );
        for &i in &[3usize, 1] {
            let (a, b) = segs[i];
            got = got.or(n.segment(&mut state, seq(a), false, &stream[a..b]));
        }
        assert_eq!(got, tls("ooo.example.org"));
    }

    #[test]
    fn whole_hello_in_one_segment_uses_no_reassembly() {
        let stream = build::records(&build::hello(&[build::sni("One.Example")]), 16384);
        let mut n = namer();
        let mut state = TcpNaming::Fresh;
        assert_eq!(n.segment(&mut state, 7, false, &stream), tls("one.example"));
        assert_eq!(n.reassembly().stats().started, 0);
    }

    #[test]
    fn ech_outer_name_is_flagged_only_for_a_known_public_name() {
        let named = |sni: &str| {
            let msg = build::hello(&[
                build::sni(sni),
                build::ext(0xfe0d, &[0, 0, 1, 0, 1, 9, 0, 0, 0, 0]),
            ]);
            let mut n = namer();
            let mut state = TcpNaming::Fresh;
            n.segment(&mut state, 1, false, &build::records(&msg, 16384))
        };
        assert_eq!(
            named("Cloudflare-ECH.com"),
            Some(TcpName::Tls {
                name: "cloudflare-ech.com".into(),
                ech: true
            })
        );
        // the same extension with another name is GREASE ECH: the SNI is the real name
        assert_eq!(
            named("www.example.net"),
            Some(TcpName::Tls {
                name: "www.example.net".into(),
                ech: false
            })
        );
    }

    #[test]
    fn http_host_across_segments() {
        let req = b"GET /x HTTP/1.1\r\nUser-Agent: test\r\nHost: plain.example:8080\r\n\r\n";
        let mut n = namer();
        let mut state = TcpNaming::Fresh;
        assert_eq!(n.segment(&mut state, 10, false, &req[..30]), None);
        let got = n.segment(&mut state, 40, false, &req[30..]);
        assert_eq!(
            got,
            Some(TcpName::Http {
                host: "plain.example".into()
            })
        );
    }

    #[test]
    fn other_protocols_are_done_at_once_without_buffering() {
        let mut n = namer();
        for first in [
            &b"SSH-2.0-OpenSSH_9.6\r\n"[..],
            b"\x17\x03\x03\x00\x10",
            b"\x00",
        ] {
            let mut state = TcpNaming::Fresh;
            assert_eq!(n.segment(&mut state, 5, false, first), None);
            assert!(state.is_done());
        }
        assert_eq!(n.reassembly().stats().started, 0);
    }

    #[test]
    fn stream_start_missing_without_syn_is_not_buffered() {
        let (stream, segs) = segments("late.example", &[700]);
        let mut n = namer();
        let mut state = TcpNaming::Fresh;
        let (a, b) = segs[1];
        assert_eq!(
            n.segment(&mut state, 900 + a as u32, false, &stream[a..b]),
            None
        );
        assert!(state.is_done());
        assert_eq!(n.reassembly().stats().started, 0);
    }

    #[test]
    fn malformed_and_endless_hellos_are_given_up() {
        let mut n = namer();
        // A record claiming a 16 KB hello: never finishes within 8 KB.
        let mut state = TcpNaming::Fresh;
        let mut seq = 0u32;
        let mut head = vec![22, 3, 1, 0x40, 0, 1, 0, 0x3f, 0xfc];
        head.extend_from_slice(&[0; 1000]);
        n.segment(&mut state, seq, false, &head);
        seq += head.len() as u32;
        for _ in 0..20 {
            if state.is_done() {
                break;
            }
            n.segment(&mut state, seq, false, &[0; 1400]);
            seq += 1400;
        }
        assert!(state.is_done());
        assert_eq!(n.reassembly().live(), 0);
        // Garbage after a handshake byte.
        let mut state = TcpNaming::Fresh;
        assert_eq!(n.segment(&mut state, 0, false, &[22, 9, 9, 9, 9, 9]), None);
        assert!(state.is_done());
    }

    proptest::proptest! {
        #[test]
        fn any_segment_order_finds_the_name_or_gives_up_cleanly(
            cuts in proptest::collection::btree_set(1usize..1400, 0..5),
            order in proptest::collection::vec(proptest::num::usize::ANY, 6),
            isn in proptest::num::u32::ANY,
        ) {
            // Cuts inside the stream (a Chrome-like hello is about 1.4 KB).
            let len = build::records(&build::chrome_like("prop.example.com"), 16384).len();
            let cuts: Vec<usize> = cuts.into_iter().filter(|&c| c < len).collect();
            let (stream, mut segs) = segments("prop.example.com", &cuts);
            for (i, o) in order.iter().enumerate() {
                let j = o % segs.len();
                let k = i % segs.len();
                segs.swap(j, k);
            }
            let mut n = namer();
            let mut state = TcpNaming::Fresh;
            n.segment(&mut state, isn, true, &[]);
            let mut got = None;
            for (a, b) in segs {
                let seq = isn.wrapping_add(1).wrapping_add(a as u32);
                got = got.or(n.segment(&mut state, seq, false, &stream[a..b]));
            }
            proptest::prop_assert_eq!(got, tls("prop.example.com"));
            proptest::prop_assert_eq!(n.reassembly().live(), 0);
        }

        #[test]
        fn arbitrary_segments_never_panic(
            segs in proptest::collection::vec((proptest::num::u32::ANY, proptest::bool::ANY, proptest::collection::vec(proptest::num::u8::ANY, 0..300)), 0..12),
        ) {
            let mut n = TcpNamer::new(ReassemblyLimits { max_streams: 2, ..ReassemblyLimits::default() });
            let mut states = [TcpNaming::Fresh; 3];
            for (i, (seq, syn, bytes)) in segs.iter().enumerate() {
                let mut bytes = bytes.clone();
                if i % 2 == 0 && !bytes.is_empty() {
                    bytes[0] = 0x16;
                }
                let _ = n.segment(&mut states[i % 3], seq % 4096, *syn, &bytes);
            }
            proptest::prop_assert!(n.reassembly().live() <= 2);
        }
    }
}
