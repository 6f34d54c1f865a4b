//! Link-layer and IP decoding over every link type nuage reads. The first byte picks the
//! link type; the rest is the captured frame.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// Every LINKTYPE_* value `decode` accepts, plus one it refuses.
const LINK_TYPES: [u32; 12] = [1, 113, 276, 101, 12, 14, 228, 229, 0, 108, 9, 147];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, frame)) = data.split_first() else {
        return;
    };
    let link_type = LINK_TYPES[usize::from(pick) % LINK_TYPES.len()];
    let wire_len = u32::try_from(frame.len()).unwrap_or(u32::MAX);
    if let Ok(packet) = nuage::decode::decode(link_type, 0, wire_len, frame) {
        // The payload borrows the frame: it must lie inside it.
        assert!(packet.payload.len() <= frame.len());
        std::hint::black_box(format!("{packet:?}"));
    }
});
