//! Builds one `PrefixTable` from every layer of range data and answers lookups with an
//! explanation.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::Arc;

use ipnetwork::IpNetwork;

use super::attribution::{Attribution, Origin, RangeId};
use super::prefix_table::{PrefixTable, PrefixTableBuilder};
use crate::ranges::{Catalogue, ParsedRange};

/// Maps IPv4-mapped (`::ffff:a.b.c.d`) and NAT64 (`64:ff9b::a.b.c.d`) addresses to the IPv4
/// address they carry, so they classify like it.
pub fn normalise_address(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return IpAddr::V4(v4);
            }
            let bits = u128::from(v6);
            if bits >> 32 == u128::from(Ipv6Addr::new(0x64, 0xff9b, 0, 0, 0, 0, 0, 0)) >> 32 {
                return IpAddr::V4(Ipv4Addr::from(bits as u32));
            }
            addr
        }
        IpAddr::V4(_) => addr,
    }
}

#[derive(Debug, Clone)]
struct Entry {
    provider: u16,
    product: Option<u32>,
    region: Option<u32>,
    source: u32,
    origin: Origin,
    prefix: IpNetwork,
}

/// Gathers layers of range data; `build` makes the immutable `Classifier`.
#[derive(Debug)]
pub struct ClassifierBuilder {
    catalogue: Arc<Catalogue>,
    table: PrefixTableBuilder,
    entries: Vec<Entry>,
    strings: Vec<Box<str>>,
    string_ids: HashMap<Box<str>, u32>,
}

impl ClassifierBuilder {
    pub fn new(catalogue: Arc<Catalogue>) -> Self {
        Self {
            catalogue,
            table: PrefixTableBuilder::new(),
            entries: Vec::new(),
            strings: Vec::new(),
            string_ids: HashMap::new(),
        }
    }

    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    fn intern(&mut self, text: &str) -> u32 {
        if let Some(&id) = self.string_ids.get(text) {
            return id;
        }
        let id = self.strings.len() as u32;
        self.strings.push(text.into());
        self.string_ids.insert(text.into(), id);
        id
    }

    /// Adds ranges from one source. With `provider` given every range belongs to it; without,
    /// each range's ASN decides, and ranges of ASNs the catalogue does not know are skipped.
    /// Returns how many ranges were added.
    pub fn add_ranges(
        &mut self,
        source_id: &str,
        provider: Option<&str>,
        origin: Origin,
        priority: u8,
        ranges: &[ParsedRange],
    ) -> usize {
        let fixed_provider = provider.and_then(|id| self.catalogue.provider_index(id));
        if provider.is_some() && fixed_provider.is_none() {
            return 0;
        }
        let source = self.intern(source_id);
        let precedence = ((origin as u32) << 8) | u32::from(priority);
        let mut added = 0;
        for range in ranges {
            let provider = match fixed_provider {
                Some(p) => p,
                None => match range
                    .asn
                    .and_then(|a| self.catalogue.provider_index_for_asn(a))
                {
                    Some(p) => p,
                    None => continue,
                },
            };
            let product = range.product.as_deref().map(|p| self.intern(p));
            let region = range.region.as_deref().map(|r| self.intern(r));
            let id = self.entries.len() as u32;
            self.entries.push(Entry {
                provider: provider as u16,
                product,
                region,
                source,
                origin,
                prefix: range.net,
            });
            self.table.insert(range.net, precedence, id);
            added += 1;
        }
        added
    }

    pub fn build(self) -> Classifier {
        Classifier {
            catalogue: self.catalogue,
            table: self.table.build(),
            entries: self.entries,
            strings: self.strings,
        }
    }
}

/// Immutable lookup structure; share it behind an `Arc` and swap the whole on update.
#[derive(Debug)]
pub struct Classifier {
    catalogue: Arc<Catalogue>,
    table: PrefixTable,
    entries: Vec<Entry>,
    strings: Vec<Box<str>>,
}

impl Classifier {
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// Number of range entries loaded.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The hot path: which range, if any, covers `addr`.
    pub fn lookup(&self, addr: IpAddr) -> Option<RangeId> {
        self.table.lookup(normalise_address(addr)).map(RangeId)
    }

    /// The full answer for a handle returned by `lookup`.
    pub fn attribution(&self, id: RangeId) -> Option<Attribution<'_>> {
        let entry = self.entries.get(id.0 as usize)?;
        let text = |i: Option<u32>| i.and_then(|i| self.strings.get(i as usize)).map(|s| &**s);
        Some(Attribution {
            provider: self
                .catalogue
                .providers()
                .get(usize::from(entry.provider))?,
            product: text(entry.product),
            region: text(entry.region),
            prefix: entry.prefix,
            source: text(Some(entry.source)).unwrap_or(""),
            origin: entry.origin,
        })
    }

    /// `lookup` and `attribution` in one call, for the command line and the dashboard.
    pub fn explain(&self, addr: IpAddr) -> Option<Attribution<'_>> {
        self.lookup(addr).and_then(|id| self.attribution(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(s: &str) -> IpNetwork {
        s.parse().unwrap()
    }

    fn builder() -> ClassifierBuilder {
        ClassifierBuilder::new(Arc::new(Catalogue::bundled().unwrap()))
    }

    #[test]
    fn user_beats_official_beats_asn_at_equal_length_and_specific_wins_otherwise() {
        let mut b = builder();
        let asn = ParsedRange {
            asn: Some(16509),
            ..ParsedRange::bare(net("52.0.0.0/16"))
        };
        b.add_ranges("bundled-asn", None, Origin::AsnDerived, 0, &[asn]);
        b.add_ranges(
            "aws",
            Some("amazon"),
            Origin::Official,
            0,
            &[ParsedRange {
                product: Some("EC2".into()),
                ..ParsedRange::bare(net("52.0.0.0/16"))
            }],
        );
        b.add_ranges(
            "asn-more-specific",
            Some("google"),
            Origin::AsnDerived,
            0,
            &[ParsedRange::bare(net("52.0.1.0/24"))],
        );
        b.add_ranges(
            "config",
            Some("cloudflare"),
            Origin::User,
            0,
            &[ParsedRange::bare(net("52.0.2.0/24"))],
        );
        let c = b.build();
        let a = c.explain("52.0.0.1".parse().unwrap()).unwrap();
        assert_eq!(
            (a.provider.id.as_str(), a.product, a.origin),
            ("amazon", Some("EC2"), Origin::Official)
        );
        assert_eq!(
            c.explain("52.0.1.1".parse().unwrap()).unwrap().provider.id,
            "google"
        );
        assert_eq!(
            c.explain("52.0.2.1".parse().unwrap()).unwrap().source,
            "config"
        );
        assert!(c.explain("53.0.0.1".parse().unwrap()).is_none());
    }

    #[test]
    fn mapped_and_nat64_addresses_classify_as_their_ipv4() {
        let mut b = builder();
        b.add_ranges(
            "apple",
            Some("apple"),
            Origin::Official,
            0,
            &[ParsedRange::bare(net("17.0.0.0/8"))],
        );
        let c = b.build();
        for text in ["::ffff:17.1.2.3", "64:ff9b::17.1.2.3", "17.1.2.3"] {
            let a = c.explain(text.parse().unwrap()).unwrap();
            assert_eq!(a.provider.id, "apple", "{text}");
        }
        assert!(c.explain("2001:db8::17.1.2.3".parse().unwrap()).is_none());
    }

    #[test]
    fn ipv6_ranges_over_the_mapped_space_leave_ipv4_to_ipv4_ranges() {
        // A mapped address classifies as its IPv4 address, by IPv4 ranges only: IPv6 entries
        // covering ::ffff:0:0/96 (a default route, the mapped prefix itself) answer IPv6
        // addresses and never IPv4 ones.
        let mut b = builder();
        b.add_ranges(
            "apple",
            Some("apple"),
            Origin::Official,
            0,
            &[ParsedRange::bare(net("17.0.0.0/8"))],
        );
        b.add_ranges(
            "v6-lists",
            Some("google"),
            Origin::Official,
            0,
            &[
                ParsedRange::bare(net("::/0")),
                ParsedRange::bare(net("::ffff:0:0/96")),
            ],
        );
        let c = b.build();
        for text in ["::ffff:17.1.2.3", "17.1.2.3"] {
            assert_eq!(
                c.explain(text.parse().unwrap()).unwrap().provider.id,
                "apple"
            );
        }
        for text in [
            "::ffff:18.1.2.3",
            "18.1.2.3",
            "64:ff9b::18.1.2.3",
            "0.0.0.0",
        ] {
            assert!(c.explain(text.parse().unwrap()).is_none(), "{text}");
        }
        let a = c.explain("2001:db8::1".parse().unwrap()).unwrap();
        assert_eq!((a.provider.id.as_str(), a.prefix), ("google", net("::/0")));
    }

    #[test]
    fn unknown_asn_is_skipped() {
        let mut b = builder();
        let r = ParsedRange {
            asn: Some(64512),
            ..ParsedRange::bare(net("10.0.0.0/8"))
        };
        assert_eq!(
            b.add_ranges("bundled-asn", None, Origin::AsnDerived, 0, &[r]),
            0
        );
    }
}
