//! Fastly's `public-ip-list`: `{"addresses": [...], "ipv6_addresses": [...]}`. The file states
//! no date and no product.

use serde::Deserialize;

use super::{ParseError, ParsedRange, ParsedSource, Ranges, Text, entry_prefix, from_json};

#[derive(Deserialize)]
struct File<'a> {
    #[serde(borrow, default)]
    addresses: Vec<Text<'a>>,
    #[serde(borrow, default)]
    ipv6_addresses: Vec<Text<'a>>,
}

pub fn parse(bytes: &[u8]) -> Result<ParsedSource, ParseError> {
    let file: File<'_> = from_json(bytes, "Fastly public IP list JSON")?;
    let mut ranges = Ranges::with_capacity(file.addresses.len() + file.ipv6_addresses.len());
    for (key, list) in [
        ("addresses", &file.addresses),
        ("ipv6_addresses", &file.ipv6_addresses),
    ] {
        for (index, text) in list.iter().enumerate() {
            let net = entry_prefix(text.as_str(), || format!("{key}[{index}]"))?;
            ranges.offer(ParsedRange::bare(net), ());
        }
    }
    Ok(ParsedSource {
        ranges: ranges.into_ranges(),
        published: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &[u8] = include_bytes!("../../../tests/fixtures/ranges/fastly.json");

    #[test]
    fn both_families_without_duplicates() {
        let parsed = parse(FIXTURE).unwrap();
        let nets: Vec<String> = parsed.ranges.iter().map(|r| r.net.to_string()).collect();
        assert_eq!(
            nets,
            [
                "23.235.32.0/20",
                "151.101.0.0/16",
                "199.232.0.0/16",
                "2a04:4e40::/32",
                "2a04:4e42::/32"
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
    fn bad_address_is_named() {
        let err =
            parse(br#"{"addresses":["151.101.0.0/16"],"ipv6_addresses":["2a04:4e40::/129"]}"#)
                .unwrap_err()
                .to_string();
        assert!(err.contains("ipv6_addresses[0]"), "{err}");
    }

    #[test]
    fn truncated_file_is_a_syntax_error() {
        assert!(matches!(
            parse(&FIXTURE[..30]),
            Err(ParseError::Syntax { .. })
        ));
    }

    #[test]
    fn empty_lists_are_empty() {
        assert_eq!(
            super::super::parse_source(
                crate::ranges::SourceFormat::FastlyJson,
                br#"{"addresses":[],"ipv6_addresses":[]}"#
            ),
            Err(ParseError::Empty)
        );
    }
}
