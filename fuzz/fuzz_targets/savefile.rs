//! The capture-file reader path: the input is written to a file and read through
//! `capture::open_savefile` to the end (libpcap for classic pcap and pcapng, plus nuage's own
//! record checks), decoding every packet on the way like `nuage replay` does.
#![no_main]

use std::io::Write;

use libfuzzer_sys::fuzz_target;
use nuage::capture::{PacketSource, open_savefile};

fuzz_target!(|data: &[u8]| {
    let Ok(mut file) = tempfile::NamedTempFile::new() else {
        return;
    };
    if file.write_all(data).and_then(|()| file.flush()).is_err() {
        return;
    }
    let Ok(mut source) = open_savefile(file.path()) else {
        return;
    };
    let link_type = source.link_type();
    // A file of n bytes holds fewer than n records: more would be a reader loop.
    for _ in 0..=data.len() {
        match source.next_packet() {
            Ok(Some(packet)) => {
                std::hint::black_box(nuage::decode::decode(
                    link_type,
                    packet.ts_micros,
                    packet.wire_len,
                    packet.data,
                ))
                .ok();
            }
            Ok(None) | Err(_) => return,
        }
    }
    panic!("more records than bytes in the file");
});
