//! The Microsoft 365 endpoints web service (`endpoints.office.com/endpoints/worldwide`): an
//! array of endpoint sets, each with a service area and, for some, IP prefixes.
//!
//! The product is the set's `serviceAreaDisplayName` ("Exchange Online", "SharePoint Online
//! and OneDrive for Business"…), else its `serviceArea`. A prefix listed by several sets keeps
//! the first set of a specific service area: `Common` ("Microsoft 365 Common and Office
//! Online") yields to Exchange, SharePoint or Skype when both list it. Sets with only URLs are
//! skipped. The service states its version on a separate endpoint, so `published` is none.

use serde::Deserialize;

use super::{
    ParseError, ParsedRange, ParsedSource, Ranges, Text, entry_prefix, from_json, non_empty,
};

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct EndpointSet<'a> {
    id: Option<u64>,
    #[serde(borrow)]
    service_area: Option<Text<'a>>,
    #[serde(borrow)]
    service_area_display_name: Option<Text<'a>>,
    #[serde(borrow, default)]
    ips: Option<Vec<Text<'a>>>,
}

pub fn parse(bytes: &[u8]) -> Result<ParsedSource, ParseError> {
    let sets: Vec<EndpointSet<'_>> = from_json(bytes, "Microsoft 365 endpoints JSON")?;
    let mut ranges = Ranges::with_capacity(sets.len() * 4);
    for (index, set) in sets.iter().enumerate() {
        let Some(ips) = &set.ips else { continue };
        let area = non_empty(set.service_area.as_ref());
        let product = non_empty(set.service_area_display_name.as_ref()).or_else(|| area.clone());
        let specific = area.as_deref() != Some("Common");
        for (i, ip) in ips.iter().enumerate() {
            let net = entry_prefix(ip.as_str(), || match set.id {
                Some(id) => format!("[{index}] (id {id}) ips[{i}]"),
                None => format!("[{index}] ips[{i}]"),
            })?;
            let range = ParsedRange {
                product: product.clone(),
                ..ParsedRange::bare(net)
            };
            ranges.offer(range, specific);
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

    const FIXTURE: &[u8] = include_bytes!("../../../tests/fixtures/ranges/microsoft365.json");

    #[test]
    fn ranges_carry_the_service_area_and_common_yields() {
        let parsed = parse(FIXTURE).unwrap();
        let rows: Vec<String> = parsed
            .ranges
            .iter()
            .map(|r| format!("{} {}", r.net, r.product.as_deref().unwrap_or("-")))
            .collect();
        assert_eq!(
            rows,
            [
                "13.107.6.152/31 Exchange Online",
                "13.107.18.10/31 Exchange Online",
                "2603:1006::/40 Exchange Online",
                "52.96.0.0/14 Exchange Online",
                "13.107.136.0/22 SharePoint Online and OneDrive for Business",
                "52.112.0.0/14 Skype",
                "20.190.128.0/18 Microsoft 365 Common and Office Online",
            ]
        );
        assert_eq!(parsed.published, None);
    }

    #[test]
    fn bad_ip_is_named_with_the_set_id() {
        let text =
            br#"[{"id":4,"serviceArea":"Exchange","ips":["13.107.6.152/31","13.107.6.152/99"]}]"#;
        let err = parse(text).unwrap_err().to_string();
        assert!(err.contains("[0] (id 4) ips[1]"), "{err}");
    }

    #[test]
    fn truncated_file_is_a_syntax_error() {
        assert!(matches!(
            parse(&FIXTURE[..FIXTURE.len() - 4]),
            Err(ParseError::Syntax { .. })
        ));
    }

    #[test]
    fn sets_without_ips_give_empty() {
        let text = br#"[{"id":9,"serviceArea":"Exchange","urls":["*.outlook.com"],"tcpPorts":"443","category":"Default","required":false}]"#;
        assert_eq!(
            super::super::parse_source(crate::ranges::SourceFormat::Microsoft365Json, text),
            Err(ParseError::Empty)
        );
    }
}
