//! Official files imported into the data dir (`<data-dir>/ranges/<source file>`).

use std::path::Path;

use super::catalogue::{Catalogue, Source, SourceFormat};
use super::parse::{ParsedSource, parse_asn_mmdb_filtered, parse_source};

/// Reads every source file present in `dir`. Files that fail to parse are reported in the
/// returned warnings and left out; missing files are simply not imported yet.
pub fn read_imported<'c>(
    catalogue: &'c Catalogue,
    dir: &Path,
) -> (Vec<(&'c Source, ParsedSource)>, Vec<String>) {
    let mut imported = Vec::new();
    let mut warnings = Vec::new();
    for source in catalogue.sources() {
        let path = dir.join(&source.file);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                warnings.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        let parsed = match source.format {
            // Only the ASNs of catalogued providers are kept: a full database would hold
            // half a million networks nuage has no use for.
            SourceFormat::AsnMmdb => parse_asn_mmdb_filtered(&bytes, |asn| {
                catalogue.provider_index_for_asn(asn).is_some()
            }),
            format => parse_source(format, &bytes),
        };
        match parsed {
            Ok(parsed) => imported.push((source, parsed)),
            Err(e) => warnings.push(format!("{}: {e}; left out", path.display())),
        }
    }
    (imported, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ranges::parse::mmdb_writer::{build, entry};

    const CATALOGUE: &str = r#"
[[provider]]
id = "google"
name = "Google"
company = "Alphabet"
group = "big-tech"
asns = [15169]

[[source]]
id = "dbip-asn"
url = "https://example.invalid/dbip-asn-lite.mmdb.gz"
format = "asn-mmdb"
file = "dbip-asn.mmdb"
cadence_days = 30

[[source]]
id = "google-goog"
provider = "google"
url = "https://example.invalid/goog.json"
format = "google-json"
file = "google-goog.json"
cadence_days = 7
"#;

    #[test]
    fn asn_database_keeps_only_catalogued_asns_and_bad_files_are_warned() {
        let catalogue = Catalogue::from_toml(CATALOGUE, "test").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let db = build(
            6,
            &[
                entry("8.8.8.0/24", 15169, "Google LLC"),
                entry("3.0.0.0/9", 16509, "Amazon.com, Inc."),
                entry("2001:4860::/32", 15169, "Google LLC"),
            ],
            true,
            1_926_244_800,
        );
        std::fs::write(dir.path().join("dbip-asn.mmdb"), db).unwrap();
        std::fs::write(
            dir.path().join("google-goog.json"),
            br#"{"prefixes":[{"ipv4Prefix":"#,
        )
        .unwrap();

        let (imported, warnings) = read_imported(&catalogue, dir.path());
        assert_eq!(imported.len(), 1);
        let (source, parsed) = &imported[0];
        assert_eq!(source.id, "dbip-asn");
        let mut nets: Vec<String> = parsed.ranges.iter().map(|r| r.net.to_string()).collect();
        nets.sort();
        assert_eq!(nets, ["2001:4860::/32", "8.8.8.0/24"]);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("google-goog.json"), "{warnings:?}");
    }
}
