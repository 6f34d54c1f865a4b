//! The DNS parser: a UDP message, the same bytes as a TCP stream of length-prefixed
//! messages, and the mDNS device-name reader.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nuage::names::dns;

fn one(message: &[u8]) {
    if let Ok(response) = dns::parse(message) {
        for resolved in response.resolve() {
            assert!(!resolved.chain.is_empty());
        }
        std::hint::black_box(dns::mdns_device_names(&response));
    }
}

fuzz_target!(|data: &[u8]| {
    one(data);
    for message in dns::tcp_messages(data).take(64) {
        match message {
            Ok(message) => one(message),
            Err(_) => break,
        }
    }
});
