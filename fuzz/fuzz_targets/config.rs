//! The configuration file parser.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use nuage::config::Config;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(config) = Config::parse(text, Path::new("fuzz.toml")) {
        std::hint::black_box(format!("{config:?}"));
    }
});
