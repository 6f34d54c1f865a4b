//! QUIC Initial decryption and CRYPTO reassembly. The input is a list of datagrams, each:
//! control (1 byte), length (2), body. With control bit 0 set the body is the plaintext
//! frames of a client Initial, sealed here with real Initial keys (so the fuzzer reaches the
//! frame parser and the CRYPTO reassembly behind the AEAD); otherwise the body is sent as
//! the raw datagram (header parsing, header protection, decryption failures, gQUIC).
//! Bits 1-2 pick the connection, bits 3-4 the QUIC version.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nuage::names::quic::{CryptoStream, QuicNamer, crypto_frames, parse_long_header, read_hello};
use nuage::names::quic_crypto::{QuicVersion, seal_initial};

const VERSIONS: [QuicVersion; 4] = [
    QuicVersion::V1,
    QuicVersion::V2,
    QuicVersion::Draft29,
    QuicVersion::Draft23,
];

fuzz_target!(|data: &[u8]| {
    let mut namer: QuicNamer<u8> = QuicNamer::with_capacity(2);
    let mut rest = data;
    let mut ts = 0i64;
    let mut pn = 0u32;
    while let [control, l0, l1, tail @ ..] = rest {
        let len = usize::from(u16::from_be_bytes([*l0, *l1])).min(tail.len());
        let (body, next) = tail.split_at(len);
        rest = next;
        let conn = (control >> 1) & 3;
        ts += 1000;
        if control & 1 != 0 {
            let version = VERSIONS[usize::from(control >> 3) & 3];
            let dcid = [conn; 8];
            pn += 1;
            if let Some(packet) = seal_initial(version, &dcid, &[7; 4], &[], pn, 2, body) {
                std::hint::black_box(namer.on_client_datagram(&conn, &packet, ts));
            }
        } else {
            std::hint::black_box(parse_long_header(body).is_ok());
            std::hint::black_box(namer.on_client_datagram(&conn, body, ts));
        }
        assert!(namer.tracked() <= 2);
    }
    // The frame walker and the CRYPTO stream on their own, over the whole input.
    let mut stream = CryptoStream::default();
    let _ = crypto_frames(data, |offset, piece| {
        if stream.insert(offset, piece) {
            std::hint::black_box(read_hello(stream.contiguous()));
        }
    });
});
