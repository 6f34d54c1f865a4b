#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Cost of reading names from TCP payloads: a Chrome-like 1.5 KB TLS 1.3 ClientHello parsed
//! as a handshake message and as TLS records, and the `TcpNamer` path for a hello in one
//! segment and split over two segments (the reassembly path).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use nuage::names::http::request_host;
use nuage::names::tcp_names::{TcpNamer, TcpNaming};
use nuage::names::tcp_reassembly::ReassemblyLimits;
use nuage::names::tls::{parse_client_hello, parse_client_hello_records};

fn ext(ext_type: u16, body: &[u8]) -> Vec<u8> {
    let mut out = ext_type.to_be_bytes().to_vec();
    out.extend_from_slice(&(body.len() as u16).to_be_bytes());
    out.extend_from_slice(body);
    out
}

/// A hello shaped like Chrome's: GREASE, many small extensions, a 1.2 KB post-quantum key
/// share, and the SNI last.
fn chrome_like_hello(name: &str) -> Vec<u8> {
    let mut exts = vec![
        ext(0x0a0a, &[]),
        ext(43, &[6, 0x1a, 0x1a, 0x03, 0x04, 0x03, 0x03]),
        ext(10, &[0, 8, 0x11, 0xec, 0, 0x1d, 0, 0x17, 0, 0x18]),
        ext(13, &[0, 8, 4, 3, 8, 4, 4, 1, 5, 3]),
        ext(51, &[0x42; 1250]),
        ext(16, b"\x00\x0c\x02h2\x08http/1.1"),
        ext(23, &[]),
        ext(65281, &[0]),
        ext(45, &[1, 1]),
        ext(27, &[2, 0, 2]),
        ext(0xfe0d, &[0; 200]),
    ];
    let mut sni = vec![0u8];
    sni.extend_from_slice(&(name.len() as u16).to_be_bytes());
    sni.extend_from_slice(name.as_bytes());
    let mut body = (sni.len() as u16).to_be_bytes().to_vec();
    body.extend_from_slice(&sni);
    exts.push(ext(0, &body));
    let mut hello = vec![0x03, 0x03];
    hello.extend_from_slice(&[0x11; 32]);
    hello.push(32);
    hello.extend_from_slice(&[0x22; 32]);
    hello.extend_from_slice(&[0, 32]);
    hello.extend_from_slice(&[0x13; 32]);
    hello.extend_from_slice(&[1, 0]);
    let exts = exts.concat();
    hello.extend_from_slice(&(exts.len() as u16).to_be_bytes());
    hello.extend_from_slice(&exts);
    let len = (hello.len() as u32).to_be_bytes();
    let mut msg = vec![1, len[1], len[2], len[3]];
    msg.extend_from_slice(&hello);
    msg
}

fn record(msg: &[u8]) -> Vec<u8> {
    let mut out = vec![22, 3, 1];
    out.extend_from_slice(&(msg.len() as u16).to_be_bytes());
    out.extend_from_slice(msg);
    out
}

fn bench(c: &mut Criterion) {
    let msg = chrome_like_hello("rr3---sn-5hne6nzk.googlevideo.com");
    let stream = record(&msg);
    let mut group = c.benchmark_group("tls");
    group.throughput(Throughput::Bytes(stream.len() as u64));
    group.bench_function("parse_client_hello", |b| {
        b.iter(|| {
            parse_client_hello(std::hint::black_box(&msg))
                .unwrap()
                .server_name
        })
    });
    let mut scratch = Vec::new();
    group.bench_function("parse_client_hello_records", |b| {
        b.iter(|| {
            parse_client_hello_records(std::hint::black_box(&stream), &mut scratch)
                .unwrap()
                .server_name
                .map(str::len)
        })
    });
    let mut namer = TcpNamer::new(ReassemblyLimits::default());
    group.bench_function("namer_one_segment", |b| {
        b.iter(|| {
            let mut state = TcpNaming::Fresh;
            namer.segment(&mut state, 1000, false, std::hint::black_box(&stream))
        })
    });
    let (first, second) = stream.split_at(1200);
    group.bench_function("namer_two_segments_reassembled", |b| {
        b.iter(|| {
            let mut state = TcpNaming::Fresh;
            namer.segment(&mut state, 1000, false, std::hint::black_box(first));
            namer.segment(&mut state, 2200, false, std::hint::black_box(second))
        })
    });
    group.finish();
    let request = b"GET /watch?v=x HTTP/1.1\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64)\r\nAccept: */*\r\nHost: www.example.org\r\n\r\n";
    c.bench_function("http/request_host", |b| {
        b.iter(|| request_host(std::hint::black_box(request)).unwrap().len())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
