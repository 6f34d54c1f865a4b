#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The flow stage alone: decoded packets through `Pipeline::process_decoded` (flow lookup,
//! accounting, LRU, aggregates), without capture or decode. 2,000 concurrent flows of a
//! household, 100,000 packets per iteration spanning 50 s of packet time.

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nuage::classify::load_classifier;
use nuage::decode::{DecodedPacket, Transport};
use nuage::flow::{Pipeline, PipelineConfig};

const PACKETS: usize = 100_000;
const FLOWS: u32 = 2_000;

fn packets() -> Vec<DecodedPacket<'static>> {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    (0..PACKETS)
        .map(|i| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let flow = (state % u64::from(FLOWS)) as u32;
            let local = IpAddr::V4(Ipv4Addr::new(192, 168, 1, 10 + (flow % 12) as u8));
            let remote = IpAddr::V4(Ipv4Addr::from(0x3400_0000 + flow * 7919));
            let up = state & 3 == 0;
            let (src, dst, sp, dp) = if up {
                (local, remote, 40_000 + flow as u16, 443)
            } else {
                (remote, local, 443, 40_000 + flow as u16)
            };
            DecodedPacket {
                ts_micros: 1_700_000_000_000_000 + i as i64 * 500,
                wire_len: if up { 66 } else { 1514 },
                src_mac: Some([2, 0, 0, 0, 0, (flow % 12) as u8]),
                dst_mac: Some([2, 0, 0, 0, 0, 0xfe]),
                vlan: None,
                src,
                dst,
                transport: Transport::Tcp {
                    src_port: sp,
                    dst_port: dp,
                    flags: 0x10,
                    seq: 0,
                },
                fragment: None,
                payload: &[],
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let (classifier, _) = load_classifier(None, &[]).unwrap();
    let classifier = Arc::new(classifier);
    let packets = packets();
    let mut group = c.benchmark_group("flow");
    group.throughput(Throughput::Elements(PACKETS as u64));
    group.bench_function("process_decoded", |b| {
        b.iter_batched_ref(
            || {
                let mut p = Pipeline::new(classifier.clone(), 1, &PipelineConfig::default());
                // warm: every flow exists, so the iteration measures steady-state packets
                for packet in &packets {
                    p.process_decoded(packet);
                }
                p
            },
            |p| {
                for packet in &packets {
                    p.process_decoded(packet);
                }
            },
            criterion::BatchSize::LargeInput,
        );
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
