//! With nothing but the data compiled into nuage (no data dir, no config), well-known
//! addresses classify to the provider that really serves them. Each case is a check of the
//! bundled snapshot (`provider-ranges/`), not of the classifier's logic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::IpAddr;

use nuage::classify::{Origin, load_classifier};
use nuage::ranges::snapshot;

/// (address, provider, origin of the answer)
const CASES: &[(&str, &str, Origin)] = &[
    // Published facts where they are more specific than any ASN prefix: public DNS
    // resolvers and parts of Cloudflare's list.
    ("8.8.8.8", "google", Origin::Official),
    ("2001:4860:4860::8888", "google", Origin::Official),
    ("1.1.1.1", "cloudflare", Origin::Official),
    ("2606:4700:4700::1111", "cloudflare", Origin::Official),
    ("173.245.48.1", "cloudflare", Origin::Official),
    ("2c0f:f248::1", "cloudflare", Origin::Official),
    // ASN-derived, from @ip-location-db/asn (it covers Apple's whole 17.0.0.0/8 in finer
    // prefixes, so those answer before published.txt's /8).
    ("17.0.0.1", "apple", Origin::AsnDerived),
    ("8.8.4.5", "google", Origin::AsnDerived),
    ("142.250.0.1", "google", Origin::AsnDerived),
    ("157.240.0.1", "meta", Origin::AsnDerived),
    ("31.13.64.1", "meta", Origin::AsnDerived),
    ("2a03:2880::1", "meta", Origin::AsnDerived),
    ("13.107.42.14", "microsoft", Origin::AsnDerived),
    ("20.70.0.1", "microsoft", Origin::AsnDerived),
    ("52.94.0.1", "amazon", Origin::AsnDerived),
    ("54.239.28.85", "amazon", Origin::AsnDerived),
    ("17.253.144.10", "apple", Origin::AsnDerived),
    ("1.1.1.2", "cloudflare", Origin::AsnDerived),
    ("151.101.1.1", "fastly", Origin::AsnDerived),
    ("2001:4860:4802:32::1", "google", Origin::AsnDerived),
    ("23.0.0.1", "akamai", Origin::AsnDerived),
    ("23.192.0.1", "akamai", Origin::AsnDerived),
    ("45.55.1.1", "digitalocean", Origin::AsnDerived),
    ("140.82.112.3", "github", Origin::AsnDerived),
    ("45.79.0.1", "linode", Origin::AsnDerived),
    ("2a01:4f8::1", "hetzner", Origin::AsnDerived),
    ("51.91.0.1", "ovh", Origin::AsnDerived),
    ("2603:1026:c0d:1a::2", "microsoft", Origin::AsnDerived),
    ("18.165.183.84", "amazon", Origin::AsnDerived),
    ("45.57.90.1", "netflix", Origin::AsnDerived),
    ("2a00:1450:4007:80b::200e", "google", Origin::AsnDerived),
];

#[test]
fn well_known_addresses_classify_with_bundled_data_alone() {
    let (classifier, report) = load_classifier(None, &[]).unwrap();
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let mut wrong = Vec::new();
    for &(text, provider, origin) in CASES {
        let addr: IpAddr = text.parse().unwrap();
        match classifier.explain(addr) {
            Some(a) if a.provider.id == provider && a.origin == origin => {}
            Some(a) => wrong.push(format!(
                "{text}: {} via {} ({:?}), expected {provider} ({origin:?})",
                a.provider.id, a.prefix, a.origin
            )),
            None => wrong.push(format!("{text}: no provider, expected {provider}")),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn public_dns_carries_its_product() {
    let (classifier, _) = load_classifier(None, &[]).unwrap();
    let a = classifier.explain("8.8.4.4".parse().unwrap()).unwrap();
    assert_eq!(
        (a.provider.id.as_str(), a.product),
        ("google", Some("Public DNS"))
    );
}

#[test]
fn addresses_outside_every_provider_stay_unclassified() {
    let (classifier, _) = load_classifier(None, &[]).unwrap();
    // Documentation ranges, private space, and Quad9 (AS19281, not a catalogue provider).
    for text in ["192.0.2.1", "10.1.2.3", "2001:db8::1", "9.9.9.9"] {
        let found = classifier.explain(text.parse().unwrap());
        assert!(
            found.is_none(),
            "{text}: {:?}",
            found.map(|a| a.provider.id.clone())
        );
    }
}

#[test]
fn every_bundled_prefix_reaches_the_classifier() {
    let (_, report) = load_classifier(None, &[]).unwrap();
    let asn = snapshot::parse_asn_snapshot(snapshot::ASN_SNAPSHOT, "snapshot-asn.txt").unwrap();
    let published = snapshot::parse_published(snapshot::PUBLISHED, "published.txt").unwrap();
    let layer = |id: &str| report.layers.iter().find(|(l, _)| l == id).map(|(_, n)| *n);
    // Fewer would mean an ASN or provider of the data is missing from the catalogue.
    assert_eq!(layer("bundled-asn"), Some(asn.len()));
    assert_eq!(layer("bundled-published"), Some(published.len()));
}
