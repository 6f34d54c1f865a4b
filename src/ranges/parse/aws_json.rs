//! AWS `ip-ranges.json`.
//!
//! Every AWS prefix is listed once under service `AMAZON` (all of Amazon's space) and again
//! under each service that uses it (`EC2`, `S3`, `CLOUDFRONT`…). One range comes out per
//! prefix, described by its most specific service: any named service beats `EC2` (the
//! general compute pool other services also draw from), which beats `AMAZON`; between two
//! named services the one listing fewer prefixes in the file is the narrower and wins.
//! `AMAZON` is the product only for prefixes listed under nothing else (Amazon's own space:
//! retail, Alexa…). `region` is the file's region (`GLOBAL` included); `published` is
//! `createDate`.

use std::collections::HashMap;

use serde::Deserialize;

use super::{
    Draft, ParseError, ParsedSource, Ranges, Text, entry_prefix, from_json, non_blank, non_empty,
};

#[derive(Deserialize)]
struct File<'a> {
    #[serde(borrow, rename = "createDate")]
    create_date: Option<Text<'a>>,
    #[serde(borrow, default)]
    prefixes: Vec<Entry<'a>>,
    #[serde(borrow, default)]
    ipv6_prefixes: Vec<Entry<'a>>,
}

#[derive(Deserialize)]
struct Entry<'a> {
    #[serde(borrow, alias = "ipv6_prefix")]
    ip_prefix: Option<Text<'a>>,
    #[serde(borrow)]
    region: Option<Text<'a>>,
    #[serde(borrow)]
    service: Option<Text<'a>>,
}

/// How specific a service is; higher wins.
#[derive(PartialEq, PartialOrd)]
struct Rank {
    class: u8,
    /// Negated listing count, so that the narrower service ranks higher.
    narrowness: i64,
}

pub fn parse(bytes: &[u8]) -> Result<ParsedSource, ParseError> {
    let file: File<'_> = from_json(bytes, "AWS ip-ranges JSON")?;
    let lists = [
        ("prefixes", "ip_prefix", &file.prefixes),
        ("ipv6_prefixes", "ipv6_prefix", &file.ipv6_prefixes),
    ];

    let mut listings: HashMap<&str, i64> = HashMap::new();
    for (_, _, list) in lists {
        for entry in list {
            if let Some(service) = &entry.service {
                *listings.entry(service.as_str()).or_default() += 1;
            }
        }
    }

    let mut ranges = Ranges::with_capacity(file.prefixes.len() / 2 + file.ipv6_prefixes.len() / 2);
    for (list_name, key, list) in lists {
        for (index, entry) in list.iter().enumerate() {
            let name = || format!("{list_name}[{index}] ({key})");
            let Some(prefix) = &entry.ip_prefix else {
                return Err(ParseError::Entry {
                    entry: name(),
                    message: format!("has no {key}"),
                });
            };
            let net = entry_prefix(prefix.as_str(), name)?;
            let service = non_blank(entry.service.as_ref());
            let rank = match service {
                None => Rank {
                    class: 0,
                    narrowness: i64::MIN,
                },
                Some("AMAZON") => Rank {
                    class: 1,
                    narrowness: 0,
                },
                Some("EC2") => Rank {
                    class: 2,
                    narrowness: 0,
                },
                Some(other) => Rank {
                    class: 3,
                    narrowness: -listings.get(other).copied().unwrap_or(0),
                },
            };
            let draft = Draft {
                net,
                product: service,
                region: non_blank(entry.region.as_ref()),
            };
            ranges.offer_with(draft, rank, super::keep_draft_region);
        }
    }
    Ok(ParsedSource {
        ranges: ranges.into_ranges(),
        published: non_empty(file.create_date.as_ref()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &[u8] = include_bytes!("../../../tests/fixtures/ranges/aws.json");

    fn products(parsed: &ParsedSource) -> Vec<(String, String, String)> {
        parsed
            .ranges
            .iter()
            .map(|r| {
                (
                    r.net.to_string(),
                    r.product.clone().unwrap_or_default(),
                    r.region.clone().unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn one_range_per_prefix_with_the_most_specific_service() {
        let parsed = parse(FIXTURE).unwrap();
        assert_eq!(parsed.published.as_deref(), Some("2031-02-03-04-05-06"));
        let got = products(&parsed);
        let want = [
            ("3.5.140.0/22", "S3", "ap-northeast-2"),
            ("13.34.0.0/24", "EC2", "eu-west-3"),
            ("52.94.0.0/22", "AMAZON", "us-east-1"),
            ("120.52.22.96/27", "CLOUDFRONT", "GLOBAL"),
            ("15.177.0.0/18", "ROUTE53_HEALTHCHECKS", "GLOBAL"),
            ("2600:1f14::/35", "EC2", "us-west-2"),
            ("2a05:d07a:a000::/40", "AMAZON", "eu-south-1"),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn between_named_services_the_narrower_wins() {
        let text = br#"{"createDate":"x","prefixes":[
            {"ip_prefix":"13.224.0.0/14","region":"GLOBAL","service":"CLOUDFRONT"},
            {"ip_prefix":"13.113.196.64/26","region":"GLOBAL","service":"CLOUDFRONT"},
            {"ip_prefix":"120.52.22.96/27","region":"GLOBAL","service":"CLOUDFRONT"},
            {"ip_prefix":"120.52.22.96/27","region":"GLOBAL","service":"CLOUDFRONT_ORIGIN_FACING"},
            {"ip_prefix":"120.52.22.96/27","region":"GLOBAL","service":"EC2"}]}"#;
        let parsed = parse(text).unwrap();
        let products: Vec<_> = parsed
            .ranges
            .iter()
            .map(|r| r.product.clone().unwrap())
            .collect();
        assert_eq!(
            products,
            ["CLOUDFRONT", "CLOUDFRONT", "CLOUDFRONT_ORIGIN_FACING"]
        );
    }

    #[test]
    fn missing_prefix_is_named() {
        let text = br#"{"createDate":"x","prefixes":[{"ip_prefix":"1.2.3.0/24","service":"AMAZON"},{"region":"x","service":"EC2"}]}"#;
        let err = parse(text).unwrap_err();
        assert_eq!(
            err,
            ParseError::Entry {
                entry: "prefixes[1] (ip_prefix)".into(),
                message: "has no ip_prefix".into()
            }
        );
    }

    #[test]
    fn bad_ipv6_prefix_is_named() {
        let text = br#"{"prefixes":[],"ipv6_prefixes":[{"ipv6_prefix":"2600:zz::/32","service":"AMAZON"}]}"#;
        let err = parse(text).unwrap_err().to_string();
        assert!(
            err.contains("ipv6_prefixes[0] (ipv6_prefix)") && err.contains("2600:zz"),
            "{err}"
        );
    }

    #[test]
    fn truncated_file_is_a_syntax_error() {
        let cut = &FIXTURE[..FIXTURE.len() / 2];
        assert!(matches!(parse(cut), Err(ParseError::Syntax { .. })));
    }

    #[test]
    fn no_prefixes_is_empty() {
        let text = br#"{"syncToken":"1","createDate":"x","prefixes":[],"ipv6_prefixes":[]}"#;
        assert_eq!(
            super::super::parse_source(crate::ranges::SourceFormat::AwsJson, text),
            Err(ParseError::Empty)
        );
    }
}
