//! RFC 8805 geofeeds (DigitalOcean, Linode, Vultr): CSV lines
//! `prefix,country,region,city,postal`, trailing columns optional, `#` starts a comment line.
//!
//! The region is a readable place built from what the line gives: the ISO 3166-2 region
//! (`US-TX`) or else the country (`NL`), then the city: `US-TX Richardson`, `NL Amsterdam`.
//! Feeds name no product. `published` is the `# Last modified:` comment some feeds carry.

use super::{ParseError, ParsedRange, ParsedSource, Ranges, entry_prefix, utf8_text};

pub fn parse(bytes: &[u8]) -> Result<ParsedSource, ParseError> {
    let text = utf8_text(bytes, "geofeed CSV")?;
    let mut ranges = Ranges::with_capacity(text.len() / 40);
    let mut published = None;
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if let Some(comment) = line.strip_prefix('#') {
            if published.is_none() {
                published = last_modified(comment);
            }
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let mut fields = line.split(',').map(str::trim);
        let prefix = fields.next().unwrap_or("");
        let net = entry_prefix(prefix, || format!("line {}", index + 1))?;
        let country = fields.next().unwrap_or("");
        let region = fields.next().unwrap_or("");
        let city = fields.next().unwrap_or("");
        let place = [if region.is_empty() { country } else { region }, city]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let range = ParsedRange {
            region: (!place.is_empty()).then_some(place),
            ..ParsedRange::bare(net)
        };
        // A feed listing a prefix twice keeps its first place.
        ranges.offer(range, ());
    }
    Ok(ParsedSource {
        ranges: ranges.into_ranges(),
        published,
    })
}

/// The value of a `Last modified: …` comment, however it is capitalised.
fn last_modified(comment: &str) -> Option<String> {
    let comment = comment.trim();
    let key = "last modified:";
    let head = comment.get(..key.len())?;
    if !head.eq_ignore_ascii_case(key) {
        return None;
    }
    let value = comment.get(key.len()..)?.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &[u8] = include_bytes!("../../../tests/fixtures/ranges/geofeed.csv");

    #[test]
    fn places_from_short_and_full_lines() {
        let parsed = parse(FIXTURE).unwrap();
        assert_eq!(
            parsed.published.as_deref(),
            Some("2031-01-02 03:04:05.678901")
        );
        let rows: Vec<String> = parsed
            .ranges
            .iter()
            .map(|r| format!("{} {}", r.net, r.region.as_deref().unwrap_or("-")))
            .collect();
        assert_eq!(
            rows,
            [
                "2600:3c00::/32 US-TX Richardson",
                "5.101.96.0/21 NL-NH Amsterdam",
                "24.144.64.0/22 NL",
                "45.79.0.0/21 US-CA",
                "139.162.0.0/21 -",
                "172.105.0.0/20 DE Frankfurt",
            ]
        );
        assert!(parsed.ranges.iter().all(|r| r.product.is_none()));
    }

    #[test]
    fn bad_line_is_named() {
        let err = parse(b"# feed\n5.101.96.0/21,NL\nAmsterdam,NL\n").unwrap_err();
        assert!(
            matches!(&err, ParseError::Entry { entry, .. } if entry == "line 3"),
            "{err}"
        );
    }

    #[test]
    fn truncated_line_is_named_not_a_panic() {
        // A download cut mid-prefix leaves a bad last line.
        let cut = b"5.101.96.0/21,NL,NL-NH,Amsterdam,1098 XH\n24.144.6";
        let err = parse(cut).unwrap_err().to_string();
        assert!(err.contains("line 2"), "{err}");
    }

    #[test]
    fn comments_only_is_empty() {
        assert_eq!(
            super::super::parse_source(
                crate::ranges::SourceFormat::Geofeed,
                b"# Last modified: x\n\n"
            ),
            Err(ParseError::Empty)
        );
    }
}
