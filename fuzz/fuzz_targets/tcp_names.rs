//! TCP reassembly and naming (TLS SNI, HTTP Host) over segments in any order. The input is
//! a list of segments: flow (1 byte), sequence number (4), flags (1: bit 0 SYN, bit 1 end of
//! flow), length (1), payload.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nuage::names::tcp_names::{TcpNamer, TcpNaming};
use nuage::names::tcp_reassembly::ReassemblyLimits;

const FLOWS: usize = 4;

fuzz_target!(|data: &[u8]| {
    // Small limits so the fuzzer reaches every bound quickly.
    let limits = ReassemblyLimits {
        max_segments: 4,
        max_bytes: 2048,
        max_streams: 2,
    };
    let mut namer = TcpNamer::new(limits);
    let mut flows = [TcpNaming::Fresh; FLOWS];
    let mut rest = data;
    while let [flow, s0, s1, s2, s3, flags, len, tail @ ..] = rest {
        let len = usize::from(*len).min(tail.len());
        let (payload, next) = tail.split_at(len);
        rest = next;
        let state = &mut flows[usize::from(*flow) % FLOWS];
        let seq = u32::from_be_bytes([*s0, *s1, *s2, *s3]);
        std::hint::black_box(namer.segment(state, seq, flags & 1 != 0, payload));
        if flags & 2 != 0 {
            namer.forget(state);
            *state = TcpNaming::Fresh;
        }
        assert!(namer.reassembly().live() <= limits.max_streams);
    }
    for state in &mut flows {
        namer.forget(state);
    }
    assert_eq!(namer.reassembly().live(), 0);
});
