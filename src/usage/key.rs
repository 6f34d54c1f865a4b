//! One per-minute usage row's key, with ids as stable strings.

use serde::{Deserialize, Serialize};

use super::Name;
use crate::flow::{Direction, Scope};

/// What decided a flow's provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Origin {
    /// A `provider-ranges` override in the user's config.
    User,
    /// A provider's official range list.
    Official,
    /// The bundled ASN-derived snapshot.
    Asn,
    /// An ASN database (MMDB) looked up when no range list knew the address.
    Mmdb,
}

impl Origin {
    pub fn id(self) -> &'static str {
        match self {
            Origin::User => "user",
            Origin::Official => "official",
            Origin::Asn => "asn",
            Origin::Mmdb => "mmdb",
        }
    }

    pub fn from_id(id: &str) -> Option<Origin> {
        [Origin::User, Origin::Official, Origin::Asn, Origin::Mmdb]
            .into_iter()
            .find(|o| o.id() == id)
    }
}

/// The key of one per-minute row. `None` means unknown (or withheld by the privacy setting).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct UsageKey {
    /// Minutes since the Unix epoch (UTC).
    pub minute: i64,
    pub scope: Scope,
    pub direction: Direction,
    /// The local device: a MAC (`aa:bb:…`) or a pseudonym, as the privacy setting allows.
    pub device: Option<Name>,
    /// Catalogue provider id (`amazon`, `cloudflare`…).
    pub provider: Option<Name>,
    /// Product or region inside the provider (`EC2`, `Microsoft 365`…).
    pub product: Option<Name>,
    /// The AS organisation's name when no catalogue provider matched ("Belnet").
    pub network: Option<Name>,
    /// Service catalogue id (`zoom`, `youtube`…).
    pub service: Option<Name>,
    /// Registrable domain of a name no service rule knows.
    pub domain: Option<Name>,
    /// Which layer named the flow (`dns`, `tls-sni`, `quic-sni`, `http-host`…).
    pub name_source: Option<Name>,
    /// What decided the provider.
    pub origin: Option<Origin>,
}

impl UsageKey {
    /// An Internet row with nothing known but the minute and direction.
    pub fn internet(minute: i64, direction: Direction) -> Self {
        UsageKey {
            minute,
            scope: Scope::Internet,
            direction,
            device: None,
            provider: None,
            product: None,
            network: None,
            service: None,
            domain: None,
            name_source: None,
            origin: None,
        }
    }

    /// A LAN row.
    pub fn lan(minute: i64, direction: Direction) -> Self {
        UsageKey {
            scope: Scope::Lan,
            ..Self::internet(minute, direction)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_ids_round_trip() {
        for o in [Origin::User, Origin::Official, Origin::Asn, Origin::Mmdb] {
            assert_eq!(Origin::from_id(o.id()), Some(o));
        }
        assert_eq!(Origin::from_id("nope"), None);
    }
}
