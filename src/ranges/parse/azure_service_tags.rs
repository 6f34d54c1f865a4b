//! Azure Service Tags (`ServiceTags_Public_YYYYMMDD.json`).
//!
//! One prefix sits in many tags at once: `AzureCloud`, `AzureCloud.westeurope`, `Storage`,
//! `Storage.WestEurope`… One range comes out per prefix, described by its most specific tag:
//! a tag naming a `systemService` beats a named tag without one (`AzureFrontDoor.Frontend`),
//! which beats the generic `AzureCloud` space; between tags of the same kind the one with
//! fewer prefixes is the narrower and wins, then the first listed. The product is the
//! `systemService`, or the tag's name without its region suffix, or none for `AzureCloud`.
//! The region is the winning tag's `properties.region`, else the first region any other tag
//! gives the prefix (`AzureCloud.westeurope` gives one to a prefix only `Storage` names).
//! `published` is the file's `changeNumber` ("change 363"); mirrors that rebuilt the file
//! set it to null, and then the file states none.
//!
//! Strings are borrowed from the input, so the 4–5 MB file is parsed without a `String` per
//! prefix.

use serde::Deserialize;

use super::{Draft, ParseError, ParsedSource, Ranges, Text, entry_prefix, from_json};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct File<'a> {
    change_number: Option<u64>,
    #[serde(borrow, default)]
    values: Vec<Tag<'a>>,
}

#[derive(Deserialize)]
struct Tag<'a> {
    #[serde(borrow)]
    name: Option<Text<'a>>,
    #[serde(borrow)]
    properties: Option<Properties<'a>>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Properties<'a> {
    #[serde(borrow)]
    region: Option<Text<'a>>,
    #[serde(borrow)]
    system_service: Option<Text<'a>>,
    #[serde(borrow, default)]
    address_prefixes: Option<Vec<Text<'a>>>,
}

/// How specific a tag is; higher wins.
#[derive(PartialEq, PartialOrd)]
struct Rank {
    class: u8,
    /// Negated prefix count, so that the smaller tag ranks higher.
    narrowness: i64,
}

pub fn parse(bytes: &[u8]) -> Result<ParsedSource, ParseError> {
    let file: File<'_> = from_json(bytes, "Azure Service Tags JSON")?;
    let total: usize = file
        .values
        .iter()
        .filter_map(|t| t.properties.as_ref()?.address_prefixes.as_ref())
        .map(Vec::len)
        .sum();
    // About two listings in three are distinct prefixes; sizing for all of them once costs
    // less than growing the table while reading.
    let mut ranges = Ranges::with_capacity(total);
    for (index, tag) in file.values.iter().enumerate() {
        let name = tag.name.as_ref().map(Text::as_str).unwrap_or("").trim();
        let Some(properties) = &tag.properties else {
            return Err(ParseError::Entry {
                entry: format!("values[{index}] ({name})"),
                message: "has no properties".into(),
            });
        };
        let Some(prefixes) = &properties.address_prefixes else {
            continue;
        };
        let region = properties
            .region
            .as_ref()
            .map(|r| r.as_str().trim())
            .filter(|r| !r.is_empty());
        let service = properties
            .system_service
            .as_ref()
            .map(|s| s.as_str().trim())
            .filter(|s| !s.is_empty());
        let (class, product) = describe(name, service, region.is_some());
        let narrowness = -i64::try_from(prefixes.len()).unwrap_or(i64::MAX);
        for (p, prefix) in prefixes.iter().enumerate() {
            let net = entry_prefix(prefix.as_str(), || {
                format!("values[{index}] ({name}) addressPrefixes[{p}]")
            })?;
            let draft = Draft {
                net,
                product,
                region,
            };
            ranges.offer_with(draft, Rank { class, narrowness }, super::keep_draft_region);
        }
    }
    Ok(ParsedSource {
        ranges: ranges.into_ranges(),
        published: file.change_number.map(|n| format!("change {n}")),
    })
}

/// The tag's rank class and the product it names.
fn describe<'t>(name: &'t str, service: Option<&'t str>, regional: bool) -> (u8, Option<&'t str>) {
    if let Some(service) = service {
        return (3, Some(service));
    }
    if name.is_empty() || name == "AzureCloud" || name.starts_with("AzureCloud.") {
        return (1, None);
    }
    // `Foo.westeurope` names the service `Foo`; `AzureFrontDoor.Frontend` is a name of its own.
    let product = match name.rsplit_once('.') {
        Some((base, _)) if regional => base,
        _ => name,
    };
    (2, Some(product))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &[u8] = include_bytes!("../../../tests/fixtures/ranges/azure-service-tags.json");

    fn rows(parsed: &ParsedSource) -> Vec<String> {
        parsed
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
            .collect()
    }

    #[test]
    fn most_specific_tag_wins_and_regions_are_kept() {
        let parsed = parse(FIXTURE).unwrap();
        assert_eq!(parsed.published.as_deref(), Some("change 412"));
        assert_eq!(
            rows(&parsed),
            [
                // AzureCloud, AzureCloud.westeurope, Storage, Storage.WestEurope.
                "20.38.108.0/23 AzureStorage westeurope",
                "2603:1020:5::/48 AzureStorage westeurope",
                // Only in AzureCloud: generic Azure space, no product.
                "52.96.0.0/14 - westeurope",
                // AzureFrontDoor (4 prefixes) and AzureMonitor (1) both name a service.
                "20.42.4.208/28 AzureMonitor westeurope",
                // Storage (no region) and AzureCloud.northeurope: the region comes from the latter.
                "20.150.26.0/24 AzureStorage northeurope",
                "40.90.0.0/16 - -",
                "13.107.246.0/24 AzureFrontDoor.Frontend -",
                "13.73.248.8/29 AzureFrontDoor -",
                "20.21.37.40/29 AzureFrontDoor -",
                "20.36.120.104/29 AzureFrontDoor -",
            ]
        );
    }

    #[test]
    fn null_change_number_is_no_date() {
        let text = br#"{"changeNumber":null,"cloud":"Public","values":[{"name":"AzureCloud","id":"AzureCloud","properties":{"changeNumber":1,"region":"","regionId":0,"platform":"Azure","systemService":"","addressPrefixes":["40.90.0.0/16"],"networkFeatures":null}}]}"#;
        let parsed = parse(text).unwrap();
        assert_eq!(parsed.published, None);
        assert_eq!(rows(&parsed), ["40.90.0.0/16 - -"]);
    }

    #[test]
    fn bad_prefix_is_named_with_its_tag() {
        let text = br#"{"changeNumber":1,"values":[{"name":"Storage","properties":{"systemService":"AzureStorage","addressPrefixes":["20.38.108.0/23","20.38.300.0/23"]}}]}"#;
        let err = parse(text).unwrap_err();
        assert!(
            matches!(&err, ParseError::Entry { entry, .. } if entry == "values[0] (Storage) addressPrefixes[1]"),
            "{err}"
        );
    }

    #[test]
    fn truncated_file_is_a_syntax_error() {
        for cut in [1, FIXTURE.len() / 3, FIXTURE.len() - 3] {
            assert!(
                matches!(parse(&FIXTURE[..cut]), Err(ParseError::Syntax { .. })),
                "{cut}"
            );
        }
    }

    #[test]
    fn no_prefixes_is_empty() {
        let text = br#"{"changeNumber":1,"cloud":"Public","values":[{"name":"X","properties":{"addressPrefixes":[]}}]}"#;
        assert_eq!(
            super::super::parse_source(crate::ranges::SourceFormat::AzureServiceTags, text),
            Err(ParseError::Empty)
        );
    }
}
