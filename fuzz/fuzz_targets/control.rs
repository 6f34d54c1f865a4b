//! The control-socket protocol: request lines as the daemon reads them, reply lines as a
//! client reads them. An accepted request must survive a round trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nuage::control::protocol::{parse_reply, parse_request};

fuzz_target!(|data: &[u8]| {
    if let Ok(request) = parse_request(data) {
        let line = request.to_line();
        let again = parse_request(line.trim_end().as_bytes());
        assert_eq!(again.ok(), Some(request));
    }
    std::hint::black_box(parse_reply(data).is_ok());
});
