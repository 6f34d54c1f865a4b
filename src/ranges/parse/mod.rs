//! Parsers for the official range publications, one file per format.
//!
//! Every parser reads the whole file and either returns every range in it or an error that
//! names the entry that was wrong; a half-read list is never returned, so a bad download can
//! never replace good data.

mod cidr_list;

use ipnetwork::IpNetwork;

use super::catalogue::SourceFormat;

/// One prefix from an official file, with whatever the file says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedRange {
    pub net: IpNetwork,
    /// Product or service inside the provider (`EC2`, `S3`, `AzureFrontDoor`, `google-cloud`…).
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

/// Parses one official file of the given format.
pub fn parse_source(format: SourceFormat, bytes: &[u8]) -> Result<ParsedSource, ParseError> {
    let parsed = match format {
        SourceFormat::CidrList => cidr_list::parse(bytes)?,
        other => {
            return Err(ParseError::Syntax {
                format: "a supported format",
                message: format!("{other:?} files are not read by this build"),
            });
        }
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
    let net: IpNetwork = text
        .parse()
        .map_err(|e| format!("{text:?} is not a prefix ({e})"))?;
    IpNetwork::new(net.network(), net.prefix()).map_err(|e| format!("{text:?}: {e}"))
}
