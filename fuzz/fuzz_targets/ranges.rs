//! Every official range-file parser. The first byte picks the format; the rest is the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nuage::ranges::{SourceFormat, parse_source};

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

fuzz_target!(|data: &[u8]| {
    let Some((&pick, file)) = data.split_first() else {
        return;
    };
    let format = FORMATS[usize::from(pick) % FORMATS.len()];
    if let Ok(parsed) = parse_source(format, file) {
        assert!(!parsed.ranges.is_empty());
    }
});
