//! The bundled offline snapshot, compiled into the binary so that nuage classifies well on
//! first start with no internet: published facts (`provider-ranges/published.txt`) and the
//! ASN-derived prefixes (`provider-ranges/snapshot-asn.txt`, rebuilt by
//! `scripts/build-snapshot`).

use super::parse::{ParseError, ParsedRange, parse_prefix};

pub const PUBLISHED: &str = include_str!("../../provider-ranges/published.txt");
pub const ASN_SNAPSHOT: &str = include_str!("../../provider-ranges/snapshot-asn.txt");

/// A published range with the provider it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedRange {
    pub provider: String,
    pub range: ParsedRange,
}

fn data_lines(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            None
        } else {
            Some((i + 1, line.split('\t').collect()))
        }
    })
}

/// Parses `prefix<TAB>provider[<TAB>product]` lines.
pub fn parse_published(text: &str, origin: &str) -> Result<Vec<PublishedRange>, ParseError> {
    data_lines(text)
        .map(|(line, fields)| {
            let entry = || format!("{origin} line {line}");
            let (Some(prefix), Some(provider)) = (fields.first(), fields.get(1)) else {
                return Err(ParseError::Entry {
                    entry: entry(),
                    message: "expected prefix<TAB>provider".into(),
                });
            };
            let net = parse_prefix(prefix).map_err(|message| ParseError::Entry {
                entry: entry(),
                message,
            })?;
            let mut range = ParsedRange::bare(net);
            range.product = fields
                .get(2)
                .filter(|p| !p.is_empty())
                .map(|p| p.to_string());
            Ok(PublishedRange {
                provider: provider.to_string(),
                range,
            })
        })
        .collect()
}

/// Parses `prefix<TAB>asn` lines.
pub fn parse_asn_snapshot(text: &str, origin: &str) -> Result<Vec<ParsedRange>, ParseError> {
    data_lines(text)
        .map(|(line, fields)| {
            let entry = || format!("{origin} line {line}");
            let (Some(prefix), Some(asn)) = (fields.first(), fields.get(1)) else {
                return Err(ParseError::Entry {
                    entry: entry(),
                    message: "expected prefix<TAB>asn".into(),
                });
            };
            let net = parse_prefix(prefix).map_err(|message| ParseError::Entry {
                entry: entry(),
                message,
            })?;
            let asn = asn.parse().map_err(|_| ParseError::Entry {
                entry: entry(),
                message: format!("{asn:?} is not an AS number"),
            })?;
            Ok(ParsedRange {
                asn: Some(asn),
                ..ParsedRange::bare(net)
            })
        })
        .collect()
}

/// The snapshot's own header line `# date: YYYY-MM-DD`, if present.
pub fn asn_snapshot_date() -> Option<&'static str> {
    ASN_SNAPSHOT
        .lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix("# date: "))
        .map(str::trim)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ipnetwork::IpNetwork;

    #[test]
    fn bundled_files_parse() {
        let published = parse_published(PUBLISHED, "published.txt").unwrap();
        assert!(
            published
                .iter()
                .any(|r| r.provider == "apple" && r.range.net.to_string() == "17.0.0.0/8")
        );
        parse_asn_snapshot(ASN_SNAPSHOT, "snapshot-asn.txt").unwrap();
    }

    /// The count the header states, e.g. `# prefixes: 23157 IPv4, 9050 IPv6`.
    fn header_count(family: &str) -> usize {
        let line = ASN_SNAPSHOT
            .lines()
            .find_map(|l| l.strip_prefix("# prefixes: "))
            .unwrap();
        line.split(", ")
            .find_map(|part| part.strip_suffix(&format!(" {family}")))
            .unwrap()
            .parse()
            .unwrap()
    }

    #[test]
    fn asn_snapshot_is_dated_attributed_and_counted() {
        let date = asn_snapshot_date().unwrap();
        let format = time::macros::format_description!("[year]-[month]-[day]");
        time::Date::parse(date, format).unwrap();
        let header: String = ASN_SNAPSHOT
            .lines()
            .take_while(|l| l.starts_with('#'))
            .collect();
        for needle in [
            "@ip-location-db/asn",
            "sha256",
            "CC BY 4.0",
            "RouteViews",
            "NRO",
            "DB-IP",
        ] {
            assert!(header.contains(needle), "header lacks {needle}");
        }
        let ranges = parse_asn_snapshot(ASN_SNAPSHOT, "snapshot-asn.txt").unwrap();
        let v4 = ranges.iter().filter(|r| r.net.is_ipv4()).count();
        assert_eq!(v4, header_count("IPv4"));
        assert_eq!(ranges.len() - v4, header_count("IPv6"));
        assert!(
            v4 > 1000 && ranges.len() - v4 > 1000,
            "{v4} v4 of {}",
            ranges.len()
        );
    }

    #[test]
    fn asn_snapshot_is_sorted_disjoint_and_only_catalogue_asns() {
        let catalogue = crate::ranges::Catalogue::bundled().unwrap();
        let ranges = parse_asn_snapshot(ASN_SNAPSHOT, "snapshot-asn.txt").unwrap();
        let mut seen = std::collections::HashSet::new();
        for pair in ranges.windows(2) {
            let (a, b) = (&pair[0].net, &pair[1].net);
            // Same family: b must start after a ends. IPv4 all come before IPv6.
            let ordered = match (a, b) {
                (IpNetwork::V4(a), IpNetwork::V4(b)) => a.broadcast() < b.network(),
                (IpNetwork::V6(a), IpNetwork::V6(b)) => a.broadcast() < b.network(),
                (IpNetwork::V4(_), IpNetwork::V6(_)) => true,
                (IpNetwork::V6(_), IpNetwork::V4(_)) => false,
            };
            assert!(ordered, "{a} then {b}");
        }
        for r in &ranges {
            // Prefixes are written as their network address, as collapse_addresses gives them.
            assert_eq!(r.net.network(), r.net.ip(), "{}", r.net);
            let asn = r.asn.unwrap();
            assert!(
                catalogue.provider_index_for_asn(asn).is_some(),
                "AS{asn} is not in the catalogue"
            );
            seen.insert(catalogue.provider_index_for_asn(asn));
        }
        // Every provider with an ASN is represented, so none is silently missing offline.
        for p in catalogue.providers() {
            assert!(
                seen.contains(&catalogue.provider_index(&p.id)),
                "no prefix for {}",
                p.id
            );
        }
    }

    #[test]
    fn published_providers_are_in_the_catalogue() {
        let catalogue = crate::ranges::Catalogue::bundled().unwrap();
        for p in parse_published(PUBLISHED, "published.txt").unwrap() {
            assert!(catalogue.provider(&p.provider).is_some(), "{}", p.provider);
        }
    }

    #[test]
    fn bad_line_is_named() {
        let err = parse_asn_snapshot("1.0.0.0/8\tAS1\n", "x")
            .unwrap_err()
            .to_string();
        assert!(err.contains("x line 1") && err.contains("AS1"), "{err}");
    }
}
