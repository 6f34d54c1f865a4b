//! Flow-table conservation from raw frames: whatever the traffic (TCP, UDP, ICMP, IPv4 and
//! IPv6, fragments, damaged frames, time jumps, a tiny table that evicts), the bytes of all
//! flows equal the wire bytes of the frames the decoder accepted, and the packets likewise.
//! The decoder is run independently here, so the pipeline's own counters are not trusted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::{Arc, OnceLock};

use nuage::capture::RawPacket;
use nuage::classify::load_classifier;
use nuage::flow::pipeline::{Pipeline, PipelineConfig};
use nuage::flow::table::FlowLimits;
use proptest::prelude::*;

const V4: [[u8; 4]; 4] = [
    [192, 168, 1, 20],
    [192, 168, 1, 21],
    [142, 250, 1, 1],
    [1, 1, 1, 1],
];
const V6: [[u8; 16]; 2] = [
    [0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20],
    [0x2a, 0, 0x14, 0x50, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x0e],
];

#[derive(Debug, Clone)]
struct Gen {
    dt: i64,
    v6: bool,
    src: usize,
    dst: usize,
    proto: u8,
    sport: u16,
    dport: u16,
    flags: u8,
    pad: usize,
    /// 0: whole; 1: IPv4 first fragment; 2: IPv4 later fragment.
    frag: u8,
    /// Bytes cut from the end (damage), 0 for none.
    cut: usize,
}

fn frame_gen() -> impl Strategy<Value = Gen> {
    (
        prop_oneof![8 => 0i64..5_000_000, 1 => -100_000_000i64..0, 1 => 0i64..900_000_000],
        proptest::bool::weighted(0.3),
        0usize..4,
        0usize..4,
        prop_oneof![Just(6u8), Just(17), Just(1), Just(47)],
        prop_oneof![Just(443u16), Just(53), 40000u16..40004],
        prop_oneof![Just(443u16), Just(53), 40000u16..40004],
        any::<u8>(),
        0usize..200,
        prop_oneof![6 => Just(0u8), 1 => Just(1), 1 => Just(2)],
        prop_oneof![8 => Just(0usize), 1 => 1usize..60],
    )
        .prop_map(
            |(dt, v6, src, dst, proto, sport, dport, flags, pad, frag, cut)| Gen {
                dt,
                v6,
                src,
                dst,
                proto,
                sport,
                dport,
                flags,
                pad,
                frag,
                cut,
            },
        )
}

fn l4(g: &Gen) -> Vec<u8> {
    let mut t = Vec::new();
    match g.proto {
        6 => {
            t.extend_from_slice(&g.sport.to_be_bytes());
            t.extend_from_slice(&g.dport.to_be_bytes());
            t.extend_from_slice(&[
                0, 0, 0, 1, 0, 0, 0, 0, 0x50, g.flags, 0xff, 0xff, 0, 0, 0, 0,
            ]);
        }
        17 => {
            t.extend_from_slice(&g.sport.to_be_bytes());
            t.extend_from_slice(&g.dport.to_be_bytes());
            t.extend_from_slice(&u16::try_from(8 + g.pad).unwrap().to_be_bytes());
            t.extend_from_slice(&[0, 0]);
        }
        1 => t.extend_from_slice(&[8, 0, 0, 0, 0, 1, 0, 1]),
        _ => t.extend_from_slice(&[0, 0, 0x08, 0x00]),
    }
    t.extend(std::iter::repeat_n(0xa5u8, g.pad));
    t
}

fn frame(g: &Gen) -> Vec<u8> {
    let mut f = vec![0x02, 0, 0, 0, 0, 1, 0x02, 0, 0, 0, 0, 2];
    let body = l4(g);
    if g.v6 {
        f.extend_from_slice(&[0x86, 0xdd, 0x60, 0, 0, 0]);
        f.extend_from_slice(&u16::try_from(body.len()).unwrap().to_be_bytes());
        f.extend_from_slice(&[g.proto, 64]);
        f.extend_from_slice(&V6[g.src % 2]);
        f.extend_from_slice(&V6[g.dst % 2]);
    } else {
        f.extend_from_slice(&[0x08, 0x00, 0x45, 0]);
        f.extend_from_slice(&u16::try_from(20 + body.len()).unwrap().to_be_bytes());
        let frag: u16 = match g.frag {
            1 => 0x2000,
            2 => 185,
            _ => 0x4000,
        };
        f.extend_from_slice(&[0, 7]);
        f.extend_from_slice(&frag.to_be_bytes());
        f.extend_from_slice(&[64, g.proto, 0, 0]);
        f.extend_from_slice(&V4[g.src]);
        f.extend_from_slice(&V4[g.dst]);
    }
    f.extend_from_slice(&body);
    let keep = f.len().saturating_sub(g.cut);
    f.truncate(keep);
    f
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn flow_bytes_equal_the_bytes_of_decoded_frames(gens in proptest::collection::vec(frame_gen(), 1..250)) {
        // Loading the bundled lists is the slow part: once for all cases.
        static CLASSIFIER: OnceLock<Arc<nuage::classify::Classifier>> = OnceLock::new();
        let classifier = CLASSIFIER
            .get_or_init(|| Arc::new(load_classifier(None, &[]).unwrap().0))
            .clone();
        let config = PipelineConfig {
            keep_finished: true,
            limits: FlowLimits { max_flows: 6, ..FlowLimits::default() },
            ..PipelineConfig::default()
        };
        let mut p = Pipeline::new(classifier, 1, &config);
        let mut ts = 1_800_000_000_000_000i64;
        let (mut want_bytes, mut want_packets) = (0u64, 0u64);
        let (mut got_bytes, mut got_packets) = (0u64, 0u64);
        for g in &gens {
            ts += g.dt;
            let data = frame(g);
            let wire_len = u32::try_from(data.len()).unwrap();
            if nuage::decode::decode(1, ts, wire_len, &data).is_ok() {
                want_bytes += u64::from(wire_len);
                want_packets += 1;
            }
            p.process(&RawPacket { ts_micros: ts, wire_len, data: &data });
            p.drain_finished(|f, _| {
                got_bytes += f.up.bytes + f.down.bytes;
                got_packets += f.up.packets + f.down.packets;
            });
        }
        p.finish();
        p.drain_finished(|f, _| {
            got_bytes += f.up.bytes + f.down.bytes;
            got_packets += f.up.packets + f.down.packets;
        });
        prop_assert!(p.table().is_empty());
        prop_assert_eq!((got_bytes, got_packets), (want_bytes, want_packets));
    }
}
