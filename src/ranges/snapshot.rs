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

    #[test]
    fn bad_line_is_named() {
        let err = parse_asn_snapshot("1.0.0.0/8\tAS1\n", "x")
            .unwrap_err()
            .to_string();
        assert!(err.contains("x line 1") && err.contains("AS1"), "{err}");
    }
}
