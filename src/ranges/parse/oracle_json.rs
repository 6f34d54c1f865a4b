//! Oracle Cloud `public_ip_ranges.json`: regions, each with CIDRs and tags.
//!
//! Tags seen: `OCI` (the compute cloud), `OSN` (the Oracle Services Network) and service
//! names such as `OBJECT_STORAGE` next to `OSN`. The product is the most specific tag: a
//! named service beats `OSN`, which beats `OCI`; a CIDR without tags has no product. The
//! region is the region's name. A CIDR listed twice keeps its first listing unless the later
//! one names a more specific tag. `published` is `last_updated_timestamp`.

use serde::Deserialize;

use super::{
    ParseError, ParsedRange, ParsedSource, Ranges, Text, entry_prefix, from_json, non_empty,
};

#[derive(Deserialize)]
struct File<'a> {
    #[serde(borrow)]
    last_updated_timestamp: Option<Text<'a>>,
    #[serde(borrow, default)]
    regions: Vec<Region<'a>>,
}

#[derive(Deserialize)]
struct Region<'a> {
    #[serde(borrow)]
    region: Option<Text<'a>>,
    #[serde(borrow, default)]
    cidrs: Vec<Cidr<'a>>,
}

#[derive(Deserialize)]
struct Cidr<'a> {
    #[serde(borrow)]
    cidr: Option<Text<'a>>,
    #[serde(borrow, default)]
    tags: Vec<Text<'a>>,
}

/// Rank of a tag; higher is more specific.
fn tag_rank(tag: &str) -> u8 {
    match tag {
        "OCI" => 1,
        "OSN" => 2,
        _ => 3,
    }
}

pub fn parse(bytes: &[u8]) -> Result<ParsedSource, ParseError> {
    let file: File<'_> = from_json(bytes, "Oracle public IP ranges JSON")?;
    let mut ranges = Ranges::with_capacity(file.regions.iter().map(|r| r.cidrs.len()).sum());
    for (r, region) in file.regions.iter().enumerate() {
        let region_name = non_empty(region.region.as_ref());
        let label = region_name.as_deref().unwrap_or("");
        for (c, cidr) in region.cidrs.iter().enumerate() {
            let name = || format!("regions[{r}] ({label}) cidrs[{c}]");
            let Some(text) = &cidr.cidr else {
                return Err(ParseError::Entry {
                    entry: name(),
                    message: "has no cidr".into(),
                });
            };
            let net = entry_prefix(text.as_str(), name)?;
            // The first tag of the highest rank: `max_by_key` would keep the last.
            let mut best: Option<(&str, u8)> = None;
            for tag in cidr
                .tags
                .iter()
                .map(|t| t.as_str().trim())
                .filter(|t| !t.is_empty())
            {
                let rank = tag_rank(tag);
                if best.is_none_or(|(_, b)| rank > b) {
                    best = Some((tag, rank));
                }
            }
            let range = ParsedRange {
                product: best.map(|(tag, _)| tag.to_owned()),
                region: region_name.clone(),
                ..ParsedRange::bare(net)
            };
            ranges.offer(range, best.map_or(0, |(_, rank)| rank));
        }
    }
    Ok(ParsedSource {
        ranges: ranges.into_ranges(),
        published: non_empty(file.last_updated_timestamp.as_ref()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &[u8] = include_bytes!("../../../tests/fixtures/ranges/oracle.json");

    #[test]
    fn most_specific_tag_and_region() {
        let parsed = parse(FIXTURE).unwrap();
        assert_eq!(
            parsed.published.as_deref(),
            Some("2031-03-04T05:06:07.891011")
        );
        let rows: Vec<String> = parsed
            .ranges
            .iter()
            .map(|r| {
                format!(
                    "{} {} {}",
                    r.net,
                    r.product.as_deref().unwrap_or("-"),
                    r.region.as_deref().unwrap_or("-")
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                "129.80.0.0/16 OCI us-ashburn-1",
                "134.70.24.0/21 OBJECT_STORAGE us-ashburn-1",
                "138.1.0.0/20 OSN us-ashburn-1",
                "2603:c020::/35 OCI us-ashburn-1",
                "130.61.0.0/16 OCI eu-frankfurt-1",
                "192.29.96.0/20 - eu-frankfurt-1",
            ]
        );
    }

    #[test]
    fn bad_cidr_is_named_with_its_region() {
        let text = br#"{"regions":[{"region":"eu-frankfurt-1","cidrs":[{"cidr":"130.61.0.0/16","tags":["OCI"]},{"cidr":"130.61.0.0","tags":["OCI"]},{"cidr":"nope","tags":[]}]}]}"#;
        let err = parse(text).unwrap_err().to_string();
        assert!(
            err.contains("regions[0] (eu-frankfurt-1) cidrs[2]"),
            "{err}"
        );
    }

    #[test]
    fn truncated_file_is_a_syntax_error() {
        assert!(matches!(
            parse(&FIXTURE[..FIXTURE.len() / 2]),
            Err(ParseError::Syntax { .. })
        ));
    }

    #[test]
    fn no_cidrs_is_empty() {
        let text = br#"{"last_updated_timestamp":"x","regions":[{"region":"r","cidrs":[]}]}"#;
        assert_eq!(
            super::super::parse_source(crate::ranges::SourceFormat::OracleJson, text),
            Err(ParseError::Empty)
        );
    }
}
