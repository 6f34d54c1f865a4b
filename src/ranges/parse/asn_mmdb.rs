//! An ASN database in MaxMind DB form (DB-IP's ASN Lite, GeoLite2-ASN): every network with
//! its `autonomous_system_number`.
//!
//! Networks come out with `asn` set and nothing else. IPv4 networks, stored by IPv6
//! databases under `::/96`, come out as IPv4; their aliases (`::ffff:0:0/96`…) are skipped,
//! so each appears once. Records without an AS number (unannounced space) are left out.
//! `published` is the database's build date (`YYYY-MM-DD`, UTC).
//!
//! A real database holds about half a million networks while nuage only needs those of the
//! providers it knows: `parse_asn_mmdb_filtered` keeps only the ASNs asked for, so the rest
//! never reach memory.

use std::collections::HashMap;

use maxminddb::{Reader, WithinOptions};
use serde::Deserialize;

use super::{ParseError, ParsedRange, ParsedSource};

const FORMAT: &str = "MaxMind DB";

#[derive(Deserialize)]
struct AsnRecord {
    autonomous_system_number: Option<u32>,
}

/// Parses an ASN database, keeping the networks whose AS number `keep` accepts. An empty
/// result is `ParseError::Empty`, as with `parse_source`.
pub fn parse_asn_mmdb_filtered(
    bytes: &[u8],
    keep: impl Fn(u32) -> bool,
) -> Result<ParsedSource, ParseError> {
    let parsed = parse(bytes, keep)?;
    if parsed.ranges.is_empty() {
        return Err(ParseError::Empty);
    }
    Ok(parsed)
}

pub(super) fn parse(bytes: &[u8], keep: impl Fn(u32) -> bool) -> Result<ParsedSource, ParseError> {
    let syntax = |e: maxminddb::MaxMindDbError| ParseError::Syntax {
        format: FORMAT,
        message: e.to_string(),
    };
    let reader = Reader::from_source(bytes).map_err(syntax)?;
    let metadata = reader.metadata();
    // A tree of N nodes has at most 2N leaves; walking more means the file links nodes in a
    // loop or a lattice, which would otherwise take practically forever. Leaves without data
    // are walked (and counted) too, so that no stretch of the walk goes uncounted.
    let max_leaves = u64::from(metadata.node_count)
        .saturating_mul(2)
        .saturating_add(2);
    let options = WithinOptions::default().include_networks_without_data();

    let mut asn_at: HashMap<usize, Option<u32>> = HashMap::new();
    let mut ranges = Vec::new();
    let mut leaves = 0_u64;
    for item in reader.networks(options).map_err(syntax)? {
        let lookup = item.map_err(syntax)?;
        leaves += 1;
        if leaves > max_leaves {
            return Err(ParseError::Syntax {
                format: FORMAT,
                message: format!(
                    "the search tree has more leaves than its {} nodes allow (a loop?)",
                    metadata.node_count
                ),
            });
        }
        let Some(offset) = lookup.offset() else {
            continue;
        };
        let net = lookup.network().map_err(syntax)?;
        let asn = match asn_at.get(&offset) {
            Some(asn) => *asn,
            None => {
                let record: Option<AsnRecord> = lookup.decode().map_err(|e| ParseError::Entry {
                    entry: format!("network {net}"),
                    message: e.to_string(),
                })?;
                let asn = record.and_then(|r| r.autonomous_system_number);
                asn_at.insert(offset, asn);
                asn
            }
        };
        let Some(asn) = asn else { continue };
        if !keep(asn) {
            continue;
        }
        ranges.push(ParsedRange {
            asn: Some(asn),
            ..ParsedRange::bare(net)
        });
    }
    Ok(ParsedSource {
        ranges,
        published: build_date(metadata.build_epoch),
    })
}

fn build_date(epoch: u64) -> Option<String> {
    let seconds = i64::try_from(epoch).ok()?;
    let date = time::OffsetDateTime::from_unix_timestamp(seconds)
        .ok()?
        .date();
    date.format(time::macros::format_description!("[year]-[month]-[day]"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::super::mmdb_writer::{Entry, build, entry};
    use super::*;

    // 2031-01-15 12:00:00 UTC.
    const EPOCH: u64 = 1_926_244_800;

    fn sample() -> Vec<Entry> {
        vec![
            entry("3.0.0.0/9", 16509, "Amazon.com, Inc."),
            entry("8.8.8.0/24", 15169, "Google LLC"),
            entry("8.8.4.0/24", 15169, "Google LLC"),
            entry("17.0.0.0/8", 714, "Apple Inc."),
            entry("192.0.2.0/24", 64496, "Documentation"),
            entry("2600:1f00::/24", 16509, "Amazon.com, Inc."),
            entry("2001:4860::/32", 15169, "Google LLC"),
            Entry {
                net: "198.51.100.0/24".parse().unwrap(),
                asn: None,
                org: "no number",
            },
        ]
    }

    fn rows(parsed: &ParsedSource) -> Vec<String> {
        let mut rows: Vec<String> = parsed
            .ranges
            .iter()
            .map(|r| format!("{} AS{}", r.net, r.asn.unwrap()))
            .collect();
        rows.sort();
        rows
    }

    #[test]
    fn ipv6_database_gives_ipv4_networks_once_with_asns() {
        let db = build(6, &sample(), true, EPOCH);
        let parsed = parse_asn_mmdb_filtered(&db, |_| true).unwrap();
        assert_eq!(parsed.published.as_deref(), Some("2031-01-15"));
        assert_eq!(
            rows(&parsed),
            [
                "17.0.0.0/8 AS714",
                "192.0.2.0/24 AS64496",
                "2001:4860::/32 AS15169",
                "2600:1f00::/24 AS16509",
                "3.0.0.0/9 AS16509",
                "8.8.4.0/24 AS15169",
                "8.8.8.0/24 AS15169",
            ]
        );
        assert!(
            parsed
                .ranges
                .iter()
                .all(|r| r.product.is_none() && r.region.is_none())
        );
    }

    #[test]
    fn ipv4_database_reads_too() {
        let v4: Vec<Entry> = sample().into_iter().filter(|e| e.net.is_ipv4()).collect();
        let db = build(4, &v4, false, EPOCH);
        let parsed = parse_source_mmdb(&db);
        assert_eq!(parsed.len(), 5);
    }

    fn parse_source_mmdb(db: &[u8]) -> Vec<String> {
        let parsed = super::super::parse_source(crate::ranges::SourceFormat::AsnMmdb, db).unwrap();
        rows(&parsed)
    }

    #[test]
    fn filter_keeps_only_the_asked_asns() {
        let db = build(6, &sample(), true, EPOCH);
        let parsed = parse_asn_mmdb_filtered(&db, |asn| asn == 15169).unwrap();
        assert_eq!(
            rows(&parsed),
            [
                "2001:4860::/32 AS15169",
                "8.8.4.0/24 AS15169",
                "8.8.8.0/24 AS15169"
            ]
        );
        assert_eq!(
            parse_asn_mmdb_filtered(&db, |asn| asn == 1),
            Err(ParseError::Empty)
        );
    }

    #[test]
    fn truncated_or_damaged_database_is_an_error_not_a_panic() {
        let db = build(6, &sample(), true, EPOCH);
        for cut in [0, 10, db.len() / 2, db.len() - 5] {
            assert!(parse(&db[..cut], |_| true).is_err(), "cut at {cut}");
        }
        // Every single-byte corruption either still parses or fails cleanly.
        for i in 0..db.len() {
            let mut bad = db.clone();
            bad[i] ^= 0xa5;
            let _ = parse(&bad, |_| true);
        }
    }

    #[test]
    fn not_a_database_is_a_syntax_error() {
        let err = parse(b"{\"not\": \"mmdb\"}", |_| true).unwrap_err();
        assert!(
            matches!(
                err,
                ParseError::Syntax {
                    format: "MaxMind DB",
                    ..
                }
            ),
            "{err}"
        );
    }
}
