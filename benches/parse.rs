//! Parse time of the largest official files (Azure Service Tags, AWS ip-ranges), read from
//! `../shared/data/provider-ranges` when it is there; without it there is nothing to measure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use nuage::ranges::{SourceFormat, parse_source};

fn shared_ranges() -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    [
        Some(manifest.join("../shared")),
        Some(manifest.join("../../shared")),
        std::env::var_os("NUAGE_SHARED").map(PathBuf::from),
    ]
    .into_iter()
    .flatten()
    .map(|p| p.join("data/provider-ranges"))
    .find(|p| p.is_dir())
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

criterion_group!(benches, parse_files);
criterion_main!(benches);
