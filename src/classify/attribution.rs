//! What a lookup answers: provider, product, region, matched prefix and where it came from.

use ipnetwork::IpNetwork;
use serde::Serialize;

use crate::ranges::{Group, Provider};

/// Which layer of data decided an answer. At equal prefix length the higher layer wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// Routing data: the prefix is announced by one of the provider's autonomous systems.
    AsnDerived = 0,
    /// The provider's own published list.
    Official = 1,
    /// The user's own override in the config.
    User = 2,
}

impl Origin {
    pub fn id(self) -> &'static str {
        match self {
            Origin::AsnDerived => "asn",
            Origin::Official => "official",
            Origin::User => "user",
        }
    }
}

impl From<Origin> for crate::usage::Origin {
    fn from(origin: Origin) -> Self {
        match origin {
            Origin::AsnDerived => crate::usage::Origin::Asn,
            Origin::Official => crate::usage::Origin::Official,
            Origin::User => crate::usage::Origin::User,
        }
    }
}

/// Compact handle to one range entry of a `Classifier`; what flows carry instead of strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RangeId(pub u32);

/// A lookup's full answer, borrowed from the classifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution<'a> {
    pub provider: &'a Provider,
    pub product: Option<&'a str>,
    pub region: Option<&'a str>,
    /// The prefix that matched.
    pub prefix: IpNetwork,
    /// Source id (`aws`, `bundled-asn`, `config`…).
    pub source: &'a str,
    pub origin: Origin,
}

impl Attribution<'_> {
    pub fn group(&self) -> Group {
        self.provider.group
    }
}
