//! Parse time of the largest official files (Azure Service Tags, AWS ip-ranges), read from
//! `../shared/data/provider-ranges` when it is there, and of a generated ASN database the
//! size of DB-IP's (300,000 networks) filtered down to a few ASNs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/common/mmdb_writer.rs"]
mod mmdb_writer;

#[path = "../tests/common/shared.rs"]
mod shared;
use shared::shared_path;
use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use nuage::ranges::parse::parse_asn_mmdb_filtered;
use nuage::ranges::{SourceFormat, parse_source};

fn shared_ranges() -> Option<PathBuf> {
    shared_path("data/provider-ranges")
}

fn parse_files(c: &mut Criterion) {
    let Some(dir) = shared_ranges() else {
        println!("note: ../shared/data/provider-ranges not found; nothing to benchmark");
        return;
    };
    let files = [
        (
            "azure-service-tags",
            "azure/ServiceTags_Public.reassembled-2026-06.json",
            SourceFormat::AzureServiceTags,
        ),
        ("aws-ip-ranges", "aws/ip-ranges.json", SourceFormat::AwsJson),
    ];
    let mut group = c.benchmark_group("parse");
    group.sample_size(20);
    for (name, file, format) in files {
        let Ok(bytes) = std::fs::read(dir.join(file)) else {
            println!("note: {file} missing; skipped");
            continue;
        };
        // The floor: serde_json reading the same bytes while keeping nothing.
        group.bench_function(format!("{name}/json-only"), |b| {
            b.iter(|| {
                serde_json::from_slice::<serde::de::IgnoredAny>(std::hint::black_box(&bytes))
                    .unwrap()
            })
        });
        group.bench_function(name, |b| {
            b.iter(|| parse_source(format, std::hint::black_box(&bytes)).unwrap())
        });
    }
    group.finish();
}

fn parse_asn_database(c: &mut Criterion) {
    const ORGS: [&str; 4] = [
        "Example Net A",
        "Example Net B",
        "Example Net C",
        "Example Net D",
    ];
    // Consecutive /24s from 1.0.0.0 over 3,000 invented ASNs, and 20,000 IPv6 /48s.
    let mut entries: Vec<mmdb_writer::Entry> = (0..280_000_u32)
        .map(|i| mmdb_writer::Entry {
            net: ipnetwork::IpNetwork::new(
                std::net::Ipv4Addr::from((1 << 24) + (i << 8)).into(),
                24,
            )
            .unwrap(),
            asn: Some(64_512 + i % 3_000),
            org: ORGS[(i % 4) as usize],
        })
        .collect();
    entries.extend((0..20_000_u128).map(|i| {
        mmdb_writer::Entry {
            net: ipnetwork::IpNetwork::new(
                std::net::Ipv6Addr::from((0x2a00_u128 << 112) + (i << 80)).into(),
                48,
            )
            .unwrap(),
            asn: Some(64_512 + (i % 3_000) as u32),
            org: ORGS[(i % 4) as usize],
        }
    }));
    let db = mmdb_writer::build(6, &entries, true, 1_900_000_000);
    let keep = |asn: u32| (64_512..64_522).contains(&asn);
    let kept = parse_asn_mmdb_filtered(&db, keep).unwrap().ranges.len();
    println!(
        "generated ASN database: {} bytes, {} networks, {kept} kept",
        db.len(),
        entries.len()
    );
    let mut group = c.benchmark_group("parse");
    group.sample_size(10);
    group.bench_function("asn-mmdb-300k-filtered", |b| {
        b.iter(|| parse_asn_mmdb_filtered(std::hint::black_box(&db), keep).unwrap())
    });
    group.finish();
}

criterion_group!(benches, parse_files, parse_asn_database);
criterion_main!(benches);
