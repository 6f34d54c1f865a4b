//! The TLS ClientHello parser: a bare handshake message and a record stream (which may need
//! reassembly across records).
#![no_main]

use libfuzzer_sys::fuzz_target;
use nuage::names::tls;

fuzz_target!(|data: &[u8]| {
    if let Ok(hello) = tls::parse_client_hello(data) {
        std::hint::black_box(hello.alpn().count());
        if let Some(name) = hello.server_name {
            assert!(tls::valid_host_name(name.as_bytes()).is_some());
        }
    }
    let mut scratch = Vec::new();
    if let Ok(hello) = tls::parse_client_hello_records(data, &mut scratch) {
        std::hint::black_box(hello.alpn().count());
    }
    std::hint::black_box(tls::valid_host_name(data));
});
