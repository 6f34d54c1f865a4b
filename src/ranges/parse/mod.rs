//! Parsers for the official range publications, one file per format.
//!
//! Every parser reads the whole file and either returns every range in it or an error that
//! names the entry that was wrong; a half-read list is never returned, so a bad download can
//! never replace good data. A prefix listed several times in one file comes out once, with
//! the most specific description the file gives it (each parser documents its rule).

mod asn_mmdb;
mod aws_json;
mod azure_service_tags;
mod cidr_list;
mod fastly_json;
mod geofeed;
mod github_meta;
mod google_json;
mod microsoft365_json;
mod oracle_json;

use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use ipnetwork::IpNetwork;
use serde::Deserialize;

use super::catalogue::SourceFormat;

pub use asn_mmdb::parse_asn_mmdb_filtered;

/// Builds small MaxMind DB files for tests; shared with the integration tests.
#[cfg(test)]
#[path = "../../../tests/common/mmdb_writer.rs"]
pub(crate) mod mmdb_writer;

/// One prefix from an official file, with whatever the file says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedRange {
    pub net: IpNetwork,
    /// Product or service inside the provider (`EC2`, `S3`, `AzureFrontDoor`, `Google Cloud`…).
    pub product: Option<String>,
    /// Region when the file gives one (`eu-west-1`, `westeurope`).
    pub region: Option<String>,
    /// Autonomous system, for ASN databases.
    pub asn: Option<u32>,
}

impl ParsedRange {
    pub fn bare(net: IpNetwork) -> Self {
        Self {
            net,
            product: None,
            region: None,
            asn: None,
        }
    }
}

/// Everything one file holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedSource {
    pub ranges: Vec<ParsedRange>,
    /// Publication date or version the file states about itself (`createDate`, `syncToken`…).
    pub published: Option<String>,
}

/// What was wrong and where; the caller adds the file's name.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ParseError {
    #[error("not valid {format}: {message}")]
    Syntax {
        format: &'static str,
        message: String,
    },
    #[error("entry {entry}: {message}")]
    Entry { entry: String, message: String },
    #[error("the file holds no ranges")]
    Empty,
}

/// Parses one official file of the given format. A blank file, or one that lists no
/// prefix, is `ParseError::Empty`.
pub fn parse_source(format: SourceFormat, bytes: &[u8]) -> Result<ParsedSource, ParseError> {
    // A zero-length or blank download is "no ranges", whatever its format.
    if bytes.trim_ascii().is_empty() {
        return Err(ParseError::Empty);
    }
    let parsed = match format {
        SourceFormat::AwsJson => aws_json::parse(bytes)?,
        SourceFormat::GoogleJson => google_json::parse(bytes)?,
        SourceFormat::AzureServiceTags => azure_service_tags::parse(bytes)?,
        SourceFormat::Microsoft365Json => microsoft365_json::parse(bytes)?,
        SourceFormat::CidrList => cidr_list::parse(bytes)?,
        SourceFormat::OracleJson => oracle_json::parse(bytes)?,
        SourceFormat::Geofeed => geofeed::parse(bytes)?,
        SourceFormat::FastlyJson => fastly_json::parse(bytes)?,
        SourceFormat::GithubMeta => github_meta::parse(bytes)?,
        SourceFormat::AsnMmdb => asn_mmdb::parse(bytes, |_| true)?,
    };
    if parsed.ranges.is_empty() {
        return Err(ParseError::Empty);
    }
    Ok(parsed)
}

/// Parses a prefix, accepting a bare address as a host route and tolerating host bits set
/// (some lists write `1.2.3.4/24`); the network is normalised to its first address.
pub(crate) fn parse_prefix(text: &str) -> Result<IpNetwork, String> {
    let text = text.trim();
    // Picking the family first spares IPv6 prefixes a failed (and allocating) IPv4 attempt.
    let net = if text.contains(':') {
        text.parse().map(IpNetwork::V6)
    } else {
        text.parse().map(IpNetwork::V4)
    }
    .map_err(|e| format!("{text:?} is not a prefix ({e})"))?;
    IpNetwork::new(net.network(), net.prefix()).map_err(|e| format!("{text:?}: {e}"))
}

/// `parse_prefix` with the failing entry named.
fn entry_prefix(text: &str, entry: impl FnOnce() -> String) -> Result<IpNetwork, ParseError> {
    parse_prefix(text).map_err(|message| ParseError::Entry {
        entry: entry(),
        message,
    })
}

/// Deserialises a whole JSON document; serde's message carries the line and column.
fn from_json<'a, T: Deserialize<'a>>(
    bytes: &'a [u8],
    format: &'static str,
) -> Result<T, ParseError> {
    serde_json::from_slice(bytes).map_err(|e| ParseError::Syntax {
        format,
        message: e.to_string(),
    })
}

/// Reads a text file as UTF-8, dropping a leading byte-order mark.
fn utf8_text<'a>(bytes: &'a [u8], format: &'static str) -> Result<&'a str, ParseError> {
    let text = std::str::from_utf8(bytes).map_err(|e| ParseError::Syntax {
        format,
        message: e.to_string(),
    })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// A JSON string borrowed from the input when it has no escapes, so that files with tens of
/// thousands of prefixes do not allocate one `String` each.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Text<'a>(Cow<'a, str>);

impl Text<'_> {
    fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: serde::de::Error>(
                self,
                v: &'de str,
            ) -> Result<Self::Value, E> {
                Ok(Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// Something held per prefix while a file is read.
trait Listing {
    fn net(&self) -> IpNetwork;
}

impl Listing for ParsedRange {
    fn net(&self) -> IpNetwork {
        self.net
    }
}

/// A range whose strings are still borrowed from the file: the big files list each prefix
/// several times, so strings are only made owned for the listing that wins.
struct Draft<'a> {
    net: IpNetwork,
    product: Option<&'a str>,
    region: Option<&'a str>,
}

impl Listing for Draft<'_> {
    fn net(&self) -> IpNetwork {
        self.net
    }
}

impl Draft<'_> {
    fn into_range(self) -> ParsedRange {
        ParsedRange {
            product: self.product.map(str::to_owned),
            region: self.region.map(str::to_owned),
            ..ParsedRange::bare(self.net)
        }
    }
}

/// Fills the winner's region from the loser when the winning listing gave none.
fn keep_draft_region<'a>(held: &mut Draft<'a>, other: Draft<'a>) {
    if held.region.is_none() {
        held.region = other.region;
    }
}

/// Listings in first-seen order, one per prefix. A later listing of a prefix already held
/// replaces it only when the caller's ranking says it is more specific.
struct Ranges<K, L> {
    listings: Vec<(L, K)>,
    index: HashMap<IpNetwork, usize>,
}

impl<K: PartialOrd, L: Listing> Ranges<K, L> {
    fn with_capacity(capacity: usize) -> Self {
        Self {
            listings: Vec::with_capacity(capacity),
            index: HashMap::with_capacity(capacity),
        }
    }

    /// Adds `listing` or, if its prefix is held with a lower rank, replaces the one held;
    /// on equal ranks the first listing stays.
    fn offer(&mut self, listing: L, rank: K) {
        self.offer_with(listing, rank, |_, _| {});
    }

    /// `offer`, then `merge(winner, loser)` so that details only the losing listing gives
    /// (a region) can be kept.
    fn offer_with(&mut self, listing: L, rank: K, merge: impl FnOnce(&mut L, L)) {
        match self.index.entry(listing.net()) {
            Entry::Vacant(slot) => {
                slot.insert(self.listings.len());
                self.listings.push((listing, rank));
            }
            Entry::Occupied(slot) => {
                let Some((held, held_rank)) = self.listings.get_mut(*slot.get()) else {
                    return;
                };
                if rank > *held_rank {
                    let old = std::mem::replace(held, listing);
                    *held_rank = rank;
                    merge(held, old);
                } else {
                    merge(held, listing);
                }
            }
        }
    }

    fn into_listings(self) -> impl Iterator<Item = L> {
        self.listings.into_iter().map(|(listing, _)| listing)
    }
}

impl<K: PartialOrd> Ranges<K, ParsedRange> {
    fn into_ranges(self) -> Vec<ParsedRange> {
        self.into_listings().collect()
    }
}

impl<K: PartialOrd> Ranges<K, Draft<'_>> {
    fn into_ranges(self) -> Vec<ParsedRange> {
        self.into_listings().map(Draft::into_range).collect()
    }
}

/// Fills `held.region` from `other` when the winning listing gave none.
fn keep_region(held: &mut ParsedRange, other: ParsedRange) {
    if held.region.is_none() {
        held.region = other.region;
    }
}

/// An optional JSON string, trimmed, if it says anything.
fn non_blank<'t>(text: Option<&'t Text<'_>>) -> Option<&'t str> {
    text.map(Text::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// `non_blank`, owned.
fn non_empty(text: Option<&Text<'_>>) -> Option<String> {
    non_blank(text).map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_borrows_plain_strings_and_owns_escaped_ones() {
        let texts: Vec<Text<'_>> = serde_json::from_slice(br#"["1.2.3.0/24", "a\u0062"]"#).unwrap();
        assert!(matches!(texts[0].0, Cow::Borrowed("1.2.3.0/24")));
        assert_eq!(texts[1].as_str(), "ab");
    }

    #[test]
    fn ranges_keep_first_seen_order_and_the_highest_rank() {
        let net = |s: &str| parse_prefix(s).unwrap();
        let mut ranges = Ranges::with_capacity(2);
        let with = |n: &str, p: &str| ParsedRange {
            product: Some(p.into()),
            ..ParsedRange::bare(net(n))
        };
        ranges.offer(with("10.0.0.0/8", "low"), 1);
        ranges.offer(with("10.1.0.0/16", "only"), 1);
        ranges.offer(with("10.0.0.0/8", "high"), 2);
        ranges.offer(with("10.0.0.0/8", "tie"), 2);
        let got: Vec<_> = ranges
            .into_ranges()
            .into_iter()
            .map(|r| (r.net.to_string(), r.product.unwrap()))
            .collect();
        assert_eq!(
            got,
            [
                ("10.0.0.0/8".into(), "high".into()),
                ("10.1.0.0/16".to_string(), "only".to_string())
            ]
        );
    }

    #[test]
    fn every_format_reports_empty_input() {
        use SourceFormat::*;
        for format in [
            AwsJson,
            GoogleJson,
            AzureServiceTags,
            Microsoft365Json,
            CidrList,
            OracleJson,
            Geofeed,
            FastlyJson,
            GithubMeta,
            AsnMmdb,
        ] {
            assert_eq!(
                parse_source(format, b""),
                Err(ParseError::Empty),
                "{format:?}"
            );
            assert_eq!(
                parse_source(format, b" \n"),
                Err(ParseError::Empty),
                "{format:?}"
            );
        }
        assert_eq!(
            parse_source(CidrList, b"# nothing\n"),
            Err(ParseError::Empty)
        );
    }
}
