//! Cost of reading DNS responses: parse alone, parse + CNAME resolution, and feeding the
//! address → name cache, on hand-built messages (a plain A answer and a 3-name CNAME chain).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::net::IpAddr;

use criterion::{Criterion, criterion_group, criterion_main};
use nuage::demo::wire::dns_response;
use nuage::names::dns::{self, TYPE_CNAME};
use nuage::names::dns_cache::DnsCache;

fn push_name(out: &mut Vec<u8>, name: &str) -> usize {
    let at = out.len();
    for l in name.split('.') {
        out.push(l.len() as u8);
        out.extend_from_slice(l.as_bytes());
    }
    out.push(0);
    at
}

fn rr_header(out: &mut Vec<u8>, owner: usize, rtype: u16, rdlen: usize) {
    out.extend_from_slice(&(0xc000u16 | owner as u16).to_be_bytes());
    out.extend_from_slice(&rtype.to_be_bytes());
    out.extend_from_slice(&[0, 1, 0, 0, 0, 60]);
    out.extend_from_slice(&(rdlen as u16).to_be_bytes());
}

/// www.netflix.com → www.dradis.netflix.com → an amazonaws.com name → 3 addresses.
fn cname_chain() -> Vec<u8> {
    let mut m = vec![0x12, 0x34, 0x81, 0x80, 0, 1, 0, 5, 0, 0, 0, 0];
    let q = push_name(&mut m, "www.netflix.com");
    m.extend_from_slice(&[0, 1, 0, 1]);
    let mut owner = q;
    for target in [
        "www.dradis.netflix.com",
        "apiproxy-website-nlb-prod-1.us-east-1.amazonaws.com",
    ] {
        rr_header(&mut m, owner, TYPE_CNAME, target.len() + 2);
        owner = push_name(&mut m, target);
    }
    for a in [[3, 211, 157, 115], [54, 237, 226, 164], [52, 3, 144, 142]] {
        rr_header(&mut m, owner, dns::TYPE_A, 4);
        m.extend_from_slice(&a);
    }
    m
}

fn bench(c: &mut Criterion) {
    let simple = dns_response(7, "www.example.org", "192.0.2.1".parse().unwrap(), 300);
    let chain = cname_chain();
    assert_eq!(dns::parse(&chain).unwrap().resolve().len(), 3);
    c.bench_function("dns/parse_a", |b| {
        b.iter(|| dns::parse(black_box(&simple)).unwrap().records.len())
    });
    c.bench_function("dns/parse_resolve_a", |b| {
        b.iter(|| dns::parse(black_box(&simple)).unwrap().resolve().len())
    });
    c.bench_function("dns/parse_resolve_cname_chain", |b| {
        b.iter(|| dns::parse(black_box(&chain)).unwrap().resolve().len())
    });
    c.bench_function("dns/reject_truncated", |b| {
        b.iter(|| dns::parse(black_box(&chain[..chain.len() - 1])).is_err())
    });
    let mut cache = DnsCache::default();
    let names = DnsCache::chain(&["www.netflix.com", "www.dradis.netflix.com"]);
    let mut named = Vec::new();
    let mut i = 0u32;
    c.bench_function("dns/cache_insert_full_then_lookup", |b| {
        b.iter(|| {
            i = i.wrapping_add(0x9e37_79b9);
            let addr = IpAddr::from(i.to_be_bytes());
            cache.insert(addr, &names, 60, i64::from(i), &mut named);
            cache.lookup(black_box(addr), i64::from(i)).is_some()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
