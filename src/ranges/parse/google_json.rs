//! Google's `goog.json` (all of Google's space) and `cloud.json` (Google Cloud's customer
//! space, by region); both share one shape.
//!
//! cloud.json entries carry a `scope` (the region): they come out with product
//! `Google Cloud` (or the entry's own `service`) and region = scope. goog.json entries carry
//! neither and come out bare. `published` is `creationTime`.

use serde::Deserialize;

use super::{
    ParseError, ParsedRange, ParsedSource, Ranges, Text, entry_prefix, from_json, non_empty,
};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct File<'a> {
    #[serde(borrow)]
    creation_time: Option<Text<'a>>,
    #[serde(borrow, default)]
    prefixes: Vec<Entry<'a>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Entry<'a> {
    #[serde(borrow)]
    ipv4_prefix: Option<Text<'a>>,
    #[serde(borrow)]
    ipv6_prefix: Option<Text<'a>>,
    #[serde(borrow)]
    service: Option<Text<'a>>,
    #[serde(borrow)]
    scope: Option<Text<'a>>,
}

pub fn parse(bytes: &[u8]) -> Result<ParsedSource, ParseError> {
    let file: File<'_> = from_json(bytes, "Google IP ranges JSON")?;
    let mut ranges = Ranges::with_capacity(file.prefixes.len());
    for (index, entry) in file.prefixes.iter().enumerate() {
        let (key, prefix) = match (&entry.ipv4_prefix, &entry.ipv6_prefix) {
            (Some(v4), None) => ("ipv4Prefix", v4),
            (None, Some(v6)) => ("ipv6Prefix", v6),
            (both, _) => {
                return Err(ParseError::Entry {
                    entry: format!("prefixes[{index}]"),
                    message: if both.is_some() {
                        "has both ipv4Prefix and ipv6Prefix".into()
                    } else {
                        "has neither ipv4Prefix nor ipv6Prefix".into()
                    },
                });
            }
        };
        let net = entry_prefix(prefix.as_str(), || format!("prefixes[{index}] ({key})"))?;
        let region = non_empty(entry.scope.as_ref());
        let product = region
            .as_ref()
            .map(|_| non_empty(entry.service.as_ref()).unwrap_or_else(|| "Google Cloud".into()));
        // Keep the first listing; a later one only adds a region the first lacked.
        ranges.offer_with(
            ParsedRange {
                product,
                region,
                ..ParsedRange::bare(net)
            },
            (),
            super::keep_region,
        );
    }
    Ok(ParsedSource {
        ranges: ranges.into_ranges(),
        published: non_empty(file.creation_time.as_ref()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLOUD: &[u8] = include_bytes!("../../../tests/fixtures/ranges/google-cloud.json");
    const GOOG: &[u8] = include_bytes!("../../../tests/fixtures/ranges/google-goog.json");

    fn rows(parsed: &ParsedSource) -> Vec<String> {
        parsed
            .ranges
            .iter()
            .map(|r| format!("{} {:?} {:?}", r.net, r.product, r.region))
            .collect()
    }

    #[test]
    fn cloud_entries_have_product_and_region() {
        let parsed = parse(CLOUD).unwrap();
        assert_eq!(
            parsed.published.as_deref(),
            Some("2031-05-06T07:08:09.123456")
        );
        assert_eq!(
            rows(&parsed),
            [
                r#"34.1.208.0/20 Some("Google Cloud") Some("africa-south1")"#,
                r#"34.35.0.0/16 Some("Google Cloud") Some("africa-south1")"#,
                r#"2600:1900:8000::/44 Some("Google Cloud") Some("africa-south1")"#,
                r#"35.199.0.0/17 Some("Google Cloud") Some("us-central1")"#,
            ]
        );
    }

    #[test]
    fn goog_entries_are_bare_and_duplicates_collapse() {
        let parsed = parse(GOOG).unwrap();
        assert_eq!(
            parsed.published.as_deref(),
            Some("2031-05-06T07:08:09.654321")
        );
        assert_eq!(
            rows(&parsed),
            [
                "8.8.4.0/24 None None",
                "8.8.8.0/24 None None",
                "34.0.0.0/15 None None",
                "2001:4860::/32 None None",
            ]
        );
    }

    #[test]
    fn bad_and_ambiguous_entries_are_named() {
        let err =
            parse(br#"{"prefixes":[{"ipv4Prefix":"8.8.8.0/24"},{"ipv4Prefix":"8.8.8.0/33"}]}"#)
                .unwrap_err()
                .to_string();
        assert!(err.contains("prefixes[1] (ipv4Prefix)"), "{err}");
        let err = parse(br#"{"prefixes":[{"scope":"x"}]}"#)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("prefixes[0]") && err.contains("neither"),
            "{err}"
        );
    }

    #[test]
    fn truncated_file_is_a_syntax_error() {
        assert!(matches!(
            parse(&CLOUD[..CLOUD.len() - 10]),
            Err(ParseError::Syntax { .. })
        ));
    }

    #[test]
    fn no_prefixes_is_empty() {
        let text = br#"{"syncToken":"1","creationTime":"x","prefixes":[]}"#;
        assert_eq!(
            super::super::parse_source(crate::ranges::SourceFormat::GoogleJson, text),
            Err(ParseError::Empty)
        );
    }
}
