//! GitHub's `api.github.com/meta`.
//!
//! Only the keys that describe GitHub's own services are kept, in this order of preference
//! when a prefix is listed under several: `web`, `api`, `git`, `packages`, `pages`, `hooks`;
//! the product is the key. They hold GitHub's own blocks (192.30.252.0/22, 140.82.112.0/20…)
//! and single addresses of GitHub front ends hosted elsewhere, which do serve GitHub.
//!
//! Left out on purpose: `actions`, `actions_macos` and `codespaces` list thousands of Azure
//! prefixes (whole /16s among them) that GitHub rents and shares with every other Azure
//! customer; `copilot` adds Azure-hosted addresses to the own blocks already kept;
//! `importer`, `github_enterprise_importer` and `dependabot` list the AWS/Azure machines
//! GitHub connects *from* (apart from own blocks already kept). Counting those as GitHub
//! would take Azure's and AWS's traffic away from them. The file states no date.

use serde::Deserialize;

use super::{ParseError, ParsedRange, ParsedSource, Ranges, Text, entry_prefix, from_json};

/// The kept keys, most preferred first.
pub const KEPT_KEYS: [&str; 6] = ["web", "api", "git", "packages", "pages", "hooks"];

#[derive(Deserialize)]
struct File<'a> {
    #[serde(borrow, default)]
    web: Vec<Text<'a>>,
    #[serde(borrow, default)]
    api: Vec<Text<'a>>,
    #[serde(borrow, default)]
    git: Vec<Text<'a>>,
    #[serde(borrow, default)]
    packages: Vec<Text<'a>>,
    #[serde(borrow, default)]
    pages: Vec<Text<'a>>,
    #[serde(borrow, default)]
    hooks: Vec<Text<'a>>,
}

pub fn parse(bytes: &[u8]) -> Result<ParsedSource, ParseError> {
    let file: File<'_> = from_json(bytes, "GitHub meta JSON")?;
    let lists = [
        &file.web,
        &file.api,
        &file.git,
        &file.packages,
        &file.pages,
        &file.hooks,
    ];
    let mut ranges = Ranges::with_capacity(lists.iter().map(|l| l.len()).sum());
    for (key, list) in KEPT_KEYS.iter().zip(lists) {
        for (index, text) in list.iter().enumerate() {
            let net = entry_prefix(text.as_str(), || format!("{key}[{index}]"))?;
            let range = ParsedRange {
                product: Some((*key).to_owned()),
                ..ParsedRange::bare(net)
            };
            // Keys come in order of preference, so the first listing wins.
            ranges.offer(range, ());
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

    const FIXTURE: &[u8] = include_bytes!("../../../tests/fixtures/ranges/github-meta.json");

    #[test]
    fn keeps_own_keys_once_each_and_skips_rented_space() {
        let parsed = parse(FIXTURE).unwrap();
        let rows: Vec<String> = parsed
            .ranges
            .iter()
            .map(|r| format!("{} {}", r.net, r.product.as_deref().unwrap_or("-")))
            .collect();
        assert_eq!(
            rows,
            [
                "192.30.252.0/22 web",
                "140.82.112.0/20 web",
                "2a0a:a440::/29 web",
                "20.201.28.151/32 web",
                "20.201.28.148/32 api",
                "20.201.28.152/32 git",
                "140.82.121.33/32 packages",
                "185.199.108.153/32 pages",
                "143.55.64.0/20 hooks",
            ]
        );
        assert_eq!(parsed.published, None);
    }

    #[test]
    fn bad_prefix_is_named_with_its_key() {
        let err = parse(br#"{"web":["192.30.252.0/22"],"git":["x"]}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("git[0]"), "{err}");
    }

    #[test]
    fn truncated_file_is_a_syntax_error() {
        assert!(matches!(
            parse(&FIXTURE[..FIXTURE.len() / 2]),
            Err(ParseError::Syntax { .. })
        ));
    }

    #[test]
    fn only_skipped_keys_is_empty() {
        let text =
            br#"{"verifiable_password_authentication":false,"actions":["4.148.0.0/16"],"web":[]}"#;
        assert_eq!(
            super::super::parse_source(crate::ranges::SourceFormat::GithubMeta, text),
            Err(ParseError::Empty)
        );
    }
}
