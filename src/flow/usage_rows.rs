//! From the aggregates' compact ids to [`UsageKey`] rows with stable string ids, with devices
//! shown only as the privacy setting allows. This is what leaves the flow stage for the
//! store, the dashboard and reports.
//!
//! Labelling allocates no string per row: ids are [`Name`]s shared with the aggregates'
//! interner, the pipeline's provider list and a table of naming layers.

use std::sync::LazyLock;

use sha2::{Digest, Sha256};

use super::aggregate::{AggKey, Aggregates, Counts, NO_PROVIDER, NONE};
use super::devices::DeviceTable;
use super::hash::FxHashMap;
use super::table::NameSource;
use crate::config::Privacy;
use crate::ranges::Catalogue;
use crate::usage::{Name, UsageKey};

/// Every naming layer's id as a shared name, in declaration order.
static SOURCE_NAMES: LazyLock<[Name; 7]> = LazyLock::new(|| {
    [
        NameSource::Dns,
        NameSource::TlsSni,
        NameSource::TlsSniEchOuter,
        NameSource::QuicSni,
        NameSource::HttpHost,
        NameSource::Mdns,
        NameSource::Config,
    ]
    .map(|s| Name::from(s.id()))
});

/// `source`'s id as a shared name.
fn source_name(source: NameSource) -> Name {
    match SOURCE_NAMES.get(source as usize) {
        Some(name) if name.as_str() == source.id() => name.clone(),
        _ => Name::from(source.id()),
    }
}

/// Turns aggregate keys into usage keys.
#[derive(Debug, Clone, Copy)]
pub struct UsageLabeller<'a> {
    pub catalogue: &'a Catalogue,
    pub aggregates: &'a Aggregates,
    pub devices: &'a DeviceTable,
    pub privacy: Privacy,
    /// Per-installation secret for device pseudonyms, so the same device keeps its pseudonym
    /// across days while pseudonyms from two places cannot be linked.
    pub secret: &'a [u8],
    /// The catalogue's provider ids by index, shared (see [`Name`]); an index past the end
    /// gets a fresh copy of the id.
    pub provider_names: &'a [Name],
}

impl UsageLabeller<'_> {
    pub fn key(&self, key: &AggKey) -> UsageKey {
        self.key_with_device(key, self.device(key.attr.device).map(Name::from))
    }

    fn provider(&self, index: u16) -> Option<Name> {
        if index == NO_PROVIDER {
            return None;
        }
        let index = usize::from(index);
        let provider = self.catalogue.providers().get(index)?;
        Some(match self.provider_names.get(index) {
            Some(name) if name.as_str() == provider.id => name.clone(),
            _ => Name::from(provider.id.as_str()),
        })
    }

    fn key_with_device(&self, key: &AggKey, device: Option<Name>) -> UsageKey {
        let a = &key.attr;
        let name = |id: u32| {
            (id != NONE)
                .then(|| self.aggregates.name(id).cloned())
                .flatten()
        };
        UsageKey {
            minute: key.minute,
            scope: a.scope,
            direction: key.direction,
            device,
            provider: self.provider(a.provider),
            product: name(a.product),
            network: name(a.network),
            service: name(a.service),
            domain: name(a.domain),
            name_source: a.name_source.map(source_name),
            origin: a.origin,
        }
    }

    /// The device's label: its MAC (or address) with `full`, a pseudonym with
    /// `devices-anonymous`, nothing with `aggregate`.
    pub fn device(&self, id: u32) -> Option<String> {
        if id == NONE || self.privacy == Privacy::Aggregate {
            return None;
        }
        let d = self.devices.get(id)?;
        let identity = match d.mac {
            Some(mac) => mac.to_string(),
            None => d.ip.to_string(),
        };
        match self.privacy {
            Privacy::Full => Some(identity),
            Privacy::DevicesAnonymous => Some(pseudonym(self.secret, &identity)),
            Privacy::Aggregate => None,
        }
    }

    /// Every row of `rows` as usage rows, sorted by key. Rows that fall on the same usage
    /// key (two devices hidden by `aggregate`) are summed.
    ///
    /// The daemon labels a day's rows at a time, so this is a hot path: rows are first merged
    /// on their compact keys (without what a usage key does not show), and each device is
    /// labelled once (a pseudonym is a SHA-256), before any key is made.
    pub fn rows<'r>(
        &self,
        rows: impl IntoIterator<Item = (&'r AggKey, &'r Counts)>,
    ) -> Vec<(UsageKey, Counts)> {
        let mut compact: FxHashMap<AggKey, Counts> = FxHashMap::default();
        for (k, c) in rows {
            let mut k = *k;
            // not part of a usage key
            k.attr.encrypted_dns = false;
            if self.privacy == Privacy::Aggregate {
                k.attr.device = NONE;
            }
            compact.entry(k).or_default().add(c);
        }
        let mut labels: FxHashMap<u32, Option<Name>> = FxHashMap::default();
        let mut out: Vec<(UsageKey, Counts)> = compact
            .into_iter()
            .map(|(k, c)| {
                let device = labels
                    .entry(k.attr.device)
                    .or_insert_with(|| self.device(k.attr.device).map(Name::from))
                    .clone();
                (self.key_with_device(&k, device), c)
            })
            .collect();
        out.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        // two compact keys may still share a label (a device without a MAC seen at two ids)
        out.dedup_by(|later, kept| {
            if later.0 == kept.0 {
                kept.1.add(&later.1);
                true
            } else {
                false
            }
        });
        out
    }
}

/// A stable pseudonym: `device-` and 8 hex digits of a keyed hash of the identity.
pub fn pseudonym(secret: &[u8], identity: &str) -> String {
    let mut h = Sha256::new();
    h.update(secret);
    h.update([0u8]);
    h.update(identity.as_bytes());
    let digest = h.finalize();
    let mut s = String::from("device-");
    for b in digest.iter().take(4) {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// Whether `label` is a pseudonym [`pseudonym`] made (never a MAC or an address, which have
/// colons or dots).
pub fn is_pseudonym(label: &str) -> bool {
    label
        .strip_prefix("device-")
        .is_some_and(|h| h.len() == 8 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::flow::aggregate::{Attr, Direction, Scope};
    use std::collections::BTreeMap;

    fn setup() -> (Catalogue, Aggregates, DeviceTable) {
        let catalogue = Catalogue::bundled().unwrap();
        let mut agg = Aggregates::new();
        let mut devices = DeviceTable::new(&BTreeMap::new());
        let laptop = devices.device_for(Some([2, 0, 0, 0, 0, 1]), 0x0a00_0002);
        let phone = devices.device_for(Some([2, 0, 0, 0, 0, 2]), 0x0a00_0003);
        let amazon = catalogue.provider_index("amazon").unwrap() as u16;
        let ec2 = agg.intern("EC2");
        let zoom = agg.intern("zoom");
        for device in [laptop, phone] {
            let attr = Attr {
                scope: Scope::Internet,
                provider: amazon,
                product: ec2,
                service: zoom,
                device,
                ..Attr::LAN
            };
            agg.add_packet(60_000_000, attr, Direction::Down, 100);
        }
        (catalogue, agg, devices)
    }

    #[test]
    fn privacy_decides_how_devices_appear() {
        let (catalogue, agg, devices) = setup();
        let labeller = |privacy| UsageLabeller {
            catalogue: &catalogue,
            aggregates: &agg,
            devices: &devices,
            privacy,
            secret: b"install-secret",
            provider_names: &[],
        };
        let full = labeller(Privacy::Full).rows(agg.rows());
        assert_eq!(full.len(), 2);
        assert_eq!(full[0].0.device.as_deref(), Some("02:00:00:00:00:01"));
        assert_eq!(full[0].0.provider.as_deref(), Some("amazon"));
        assert_eq!(full[0].0.product.as_deref(), Some("EC2"));
        assert_eq!(full[0].0.service.as_deref(), Some("zoom"));
        assert_eq!(full[0].0.minute, 1);

        let anon = labeller(Privacy::DevicesAnonymous).rows(agg.rows());
        let names: Vec<_> = anon.iter().filter_map(|r| r.0.device.clone()).collect();
        assert_eq!(names.len(), 2);
        assert!(
            names
                .iter()
                .all(|n| n.starts_with("device-") && !n.contains(':'))
        );
        assert_ne!(names[0], names[1]);
        // stable for one secret, unlinkable across secrets
        assert_eq!(
            pseudonym(b"install-secret", "02:00:00:00:00:01"),
            pseudonym(b"install-secret", "02:00:00:00:00:01")
        );
        assert_ne!(
            pseudonym(b"install-secret", "02:00:00:00:00:01"),
            pseudonym(b"other-place", "02:00:00:00:00:01")
        );
        assert!(names.iter().all(|n| is_pseudonym(n)));
        assert!(!is_pseudonym("02:00:00:00:00:01") && !is_pseudonym("10.0.0.5"));
        assert!(!is_pseudonym("device-0a1b2c3") && !is_pseudonym("device-0a1b2c3g"));

        assert_eq!(full[0].0.origin, None);

        let aggregate = labeller(Privacy::Aggregate).rows(agg.rows());
        assert_eq!(aggregate.len(), 1, "two devices fold into one row");
        assert_eq!(aggregate[0].0.device, None);
        assert_eq!(aggregate[0].1.bytes, 200);
    }

    #[test]
    fn rows_equal_labelling_each_row_then_summing_by_usage_key() {
        let (catalogue, mut agg, devices) = setup();
        // what usage keys do not show: rows differing only there are summed
        let laptop = agg.rows().next().unwrap().0.attr.device;
        let amazon = catalogue.provider_index("amazon").unwrap() as u16;
        for (minute, encrypted_dns) in [(1, true), (1, false), (2, true), (3, false)] {
            let attr = Attr {
                scope: Scope::Internet,
                provider: amazon,
                device: laptop,
                encrypted_dns,
                ..Attr::LAN
            };
            agg.add_packet(minute * 60_000_000, attr, Direction::Up, 7);
        }
        agg.add_packet(0, Attr::LAN, Direction::Down, 3);
        for privacy in [Privacy::Full, Privacy::DevicesAnonymous, Privacy::Aggregate] {
            let labeller = UsageLabeller {
                catalogue: &catalogue,
                aggregates: &agg,
                devices: &devices,
                privacy,
                secret: b"s",
                provider_names: &[],
            };
            let mut naive: BTreeMap<UsageKey, Counts> = BTreeMap::new();
            for (k, c) in agg.rows() {
                naive.entry(labeller.key(k)).or_default().add(c);
            }
            let naive: Vec<_> = naive.into_iter().collect();
            assert_eq!(labeller.rows(agg.rows()), naive, "{privacy:?}");
        }
    }

    #[test]
    fn naming_facts_become_strings() {
        use crate::flow::NameSource;
        let catalogue = Catalogue::bundled().unwrap();
        let mut agg = Aggregates::new();
        let devices = DeviceTable::new(&BTreeMap::new());
        let attr = Attr {
            scope: Scope::Internet,
            domain: agg.intern("lurk.org"),
            network: agg.intern("Belnet"),
            name_source: Some(NameSource::TlsSni),
            origin: Some(crate::usage::Origin::Mmdb),
            ..Attr::LAN
        };
        agg.add_packet(0, attr, Direction::Up, 10);
        let labeller = UsageLabeller {
            catalogue: &catalogue,
            aggregates: &agg,
            devices: &devices,
            privacy: Privacy::Full,
            secret: b"s",
            provider_names: &[],
        };
        let rows = labeller.rows(agg.rows());
        let k = &rows[0].0;
        assert_eq!(
            (
                k.domain.as_deref(),
                k.network.as_deref(),
                k.name_source.as_deref()
            ),
            (Some("lurk.org"), Some("Belnet"), Some("tls-sni"))
        );
        assert_eq!(k.origin, Some(crate::usage::Origin::Mmdb));
        assert_eq!(k.service, None);
    }
}
