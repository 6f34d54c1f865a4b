#![allow(clippy::unwrap_used, clippy::expect_used)]
//! QUIC naming cost: one client Initial (1,200 bytes, a ClientHello with an SNI) through
//! `QuicNamer` as a new connection (key derivation + header protection + AES-GCM + frames +
//! ClientHello parse); opening alone with keys already derived; and the short-header packets
//! that make up the rest of a QUIC flow.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nuage::names::quic::{QuicNamer, open_initial, parse_long_header};
use nuage::names::quic_crypto::{InitialKeys, QuicVersion, seal_initial};
use std::hint::black_box;

const DCID: [u8; 8] = [0x83, 0x94, 0xc8, 0xf0, 0x3e, 0x51, 0x57, 0x08];

fn client_initial() -> Vec<u8> {
    let name = b"www.example.org";
    let mut ext = vec![0, 0, 0, 20, 0, 18, 0, 0, 15];
    ext.extend_from_slice(name);
    ext.extend_from_slice(&[0, 0x2b, 0, 3, 2, 3, 4, 0, 0x15, 1, 0]);
    ext.extend_from_slice(&[0; 256]);
    let mut body = vec![3, 3];
    body.extend_from_slice(&[7; 32]);
    body.extend_from_slice(&[0, 0, 2, 0x13, 1, 1, 0]);
    body.extend_from_slice(&(ext.len() as u16).to_be_bytes());
    body.extend_from_slice(&ext);
    let len = body.len() + 4;
    let mut frames = vec![0x06, 0x00, 0x40 | (len >> 8) as u8, len as u8];
    frames.extend_from_slice(&[1, 0]);
    frames.extend_from_slice(&(body.len() as u16).to_be_bytes());
    frames.extend_from_slice(&body);
    frames.resize(1150, 0);
    seal_initial(QuicVersion::V1, &DCID, &[1, 2, 3, 4], &[], 0, 2, &frames).unwrap()
}

fn bench(c: &mut Criterion) {
    let pkt = client_initial();
    let mut group = c.benchmark_group("quic");
    group.throughput(Throughput::Elements(1));

    let mut namer: QuicNamer<u64> = QuicNamer::new();
    let mut key = 0u64;
    assert!(namer.on_client_datagram(&key, &pkt, 0).is_some());
    group.bench_function("initial_to_sni_new_connection", |b| {
        b.iter(|| {
            key += 1;
            black_box(namer.on_client_datagram(&key, black_box(&pkt), 0))
        })
    });

    let hdr = parse_long_header(&pkt).unwrap();
    let keys = InitialKeys::client(QuicVersion::V1, hdr.dcid).unwrap();
    let mut scratch = Vec::new();
    group.bench_function("open_initial_keys_known", |b| {
        b.iter(|| {
            black_box(open_initial(
                black_box(&pkt),
                &hdr,
                &keys,
                None,
                &mut scratch,
            ))
            .is_ok()
        })
    });
    group.bench_function("derive_initial_keys", |b| {
        b.iter(|| black_box(InitialKeys::client(QuicVersion::V1, black_box(&DCID))).is_some())
    });

    let short = [0x40u8; 1200];
    group.bench_function("short_header_datagram", |b| {
        b.iter(|| black_box(namer.on_client_datagram(&1, black_box(&short), 0)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
