//! No parser panics, whatever the bytes: arbitrary input, and damaged copies of valid files.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/mmdb_writer.rs"]
mod mmdb_writer;

use nuage::ranges::{SourceFormat, parse_source};
use proptest::prelude::*;

const FORMATS: [SourceFormat; 10] = [
    SourceFormat::AwsJson,
    SourceFormat::GoogleJson,
    SourceFormat::AzureServiceTags,
    SourceFormat::Microsoft365Json,
    SourceFormat::CidrList,
    SourceFormat::OracleJson,
    SourceFormat::Geofeed,
    SourceFormat::FastlyJson,
    SourceFormat::GithubMeta,
    SourceFormat::AsnMmdb,
];

/// A valid sample of each format.
fn samples() -> Vec<(SourceFormat, Vec<u8>)> {
    let fixture = |name: &str| {
        std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/ranges")
                .join(name),
        )
        .unwrap()
    };
    let db = mmdb_writer::build(
        6,
        &[
            mmdb_writer::entry("8.8.8.0/24", 15169, "Google LLC"),
            mmdb_writer::entry("17.0.0.0/8", 714, "Apple Inc."),
            mmdb_writer::entry("2001:4860::/32", 15169, "Google LLC"),
        ],
        true,
        1_900_000_000,
    );
    vec![
        (SourceFormat::AwsJson, fixture("aws.json")),
        (SourceFormat::GoogleJson, fixture("google-cloud.json")),
        (
            SourceFormat::AzureServiceTags,
            fixture("azure-service-tags.json"),
        ),
        (SourceFormat::Microsoft365Json, fixture("microsoft365.json")),
        (SourceFormat::CidrList, fixture("cidr-list.txt")),
        (SourceFormat::OracleJson, fixture("oracle.json")),
        (SourceFormat::Geofeed, fixture("geofeed.csv")),
        (SourceFormat::FastlyJson, fixture("fastly.json")),
        (SourceFormat::GithubMeta, fixture("github-meta.json")),
        (SourceFormat::AsnMmdb, db),
    ]
}

#[test]
fn samples_parse() {
    for (format, bytes) in samples() {
        let parsed = parse_source(format, &bytes).unwrap();
        assert!(!parsed.ranges.is_empty(), "{format:?}");
    }
}

proptest! {
    // Integration tests have no lib.rs beside them to persist failures next to.
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        for format in FORMATS {
            let _ = parse_source(format, &bytes);
        }
    }

    #[test]
    fn damaged_samples_never_panic(
        which in 0..FORMATS.len(),
        cut in any::<prop::sample::Index>(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..8),
    ) {
        let (format, mut bytes) = samples().swap_remove(which);
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        let len = cut.index(bytes.len() + 1);
        let _ = parse_source(format, &bytes[..len]);
        let _ = parse_source(format, &bytes);
    }
}
