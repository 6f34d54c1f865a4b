//! `QuicNamer` never panics: arbitrary datagrams, and valid client Initials with bytes
//! flipped, cut or appended.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use nuage::names::quic::{QuicNamer, crypto_frames, parse_long_header};
use nuage::names::quic_crypto::{QuicVersion, seal_initial};
use proptest::prelude::*;

/// A ClientHello with an SNI and a padding extension, in CRYPTO frames split at `cut`.
fn initial_frames(cut: usize) -> Vec<u8> {
    let name = b"props.example";
    let mut ext = vec![0, 0, 0, 18, 0, 16, 0, 0, 13];
    ext.extend_from_slice(name);
    ext.extend_from_slice(&[0, 0x15, 0, 100]);
    ext.extend_from_slice(&[0; 100]);
    let mut body = vec![3, 3];
    body.extend_from_slice(&[7; 32]);
    body.extend_from_slice(&[0, 0, 2, 0x13, 1, 1, 0]);
    body.extend_from_slice(&(ext.len() as u16).to_be_bytes());
    body.extend_from_slice(&ext);
    let mut hello = vec![1, 0];
    hello.extend_from_slice(&(body.len() as u16).to_be_bytes());
    hello.extend_from_slice(&body);
    let cut = cut % hello.len();
    let mut frames = Vec::new();
    for (offset, piece) in [(cut, &hello[cut..]), (0, &hello[..cut])] {
        frames.push(0x06);
        frames.extend_from_slice(&(offset as u16 | 0x4000).to_be_bytes());
        frames.extend_from_slice(&(piece.len() as u16 | 0x4000).to_be_bytes());
        frames.extend_from_slice(piece);
    }
    frames.resize(1150, 0);
    frames
}

fn version() -> impl Strategy<Value = QuicVersion> {
    prop_oneof![
        Just(QuicVersion::V1),
        Just(QuicVersion::V2),
        Just(QuicVersion::Draft29),
        Just(QuicVersion::Draft23),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_datagrams_never_panic(datagrams in prop::collection::vec(
        prop::collection::vec(any::<u8>(), 0..1400), 1..6)) {
        let mut namer = QuicNamer::with_capacity(4);
        for (i, d) in datagrams.iter().enumerate() {
            let _ = namer.on_client_datagram(&(i % 2), d, i as i64);
            let _ = parse_long_header(d);
            let _ = crypto_frames(d, |_, _| {});
        }
    }

    #[test]
    fn long_header_shaped_noise_never_panics(
        first in 0x80u8..=0xff,
        v in prop_oneof![Just(1u32), Just(0x6b33_43cf), Just(0xff00_001d)],
        rest in prop::collection::vec(any::<u8>(), 0..1300)) {
        let mut d = vec![first];
        d.extend_from_slice(&v.to_be_bytes());
        d.extend_from_slice(&rest);
        let mut namer = QuicNamer::new();
        prop_assert_eq!(namer.on_client_datagram(&0u8, &d, 0), None);
    }

    #[test]
    fn valid_initials_are_named_and_mutated_ones_never_panic(
        v in version(),
        dcid in prop::collection::vec(any::<u8>(), 0..=20),
        cut in 0usize..400,
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..4),
        keep in any::<prop::sample::Index>(),
        tail in prop::collection::vec(any::<u8>(), 0..40)) {
        let pkt = seal_initial(v, &dcid, &[5, 6], &[], 0, 2, &initial_frames(cut)).unwrap();
        let mut namer = QuicNamer::new();
        let name = namer.on_client_datagram(&1u8, &pkt, 0);
        prop_assert_eq!(name.as_deref(), Some("props.example"));

        let mut bad = pkt.clone();
        for (at, x) in &flips {
            let i = at.index(bad.len());
            bad[i] ^= x;
        }
        bad.truncate(keep.index(bad.len() + 1));
        bad.extend_from_slice(&tail);
        let mut namer = QuicNamer::new();
        let got = namer.on_client_datagram(&1u8, &bad, 0);
        // A damaged packet either fails its tag or (unchanged bytes) still gives the name.
        prop_assert!(got.is_none() || got.as_deref() == Some("props.example"));
    }
}
