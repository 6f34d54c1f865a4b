//! Decodes every real capture in ../shared/data/pcaps (ndpi/ and other/) when present:
//! no panic, and decode errors stay a small fraction. Prints a table of outcomes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/shared.rs"]
mod shared;
use shared::shared_root;
use std::collections::BTreeMap;
use std::path::PathBuf;

use nuage::capture::{PacketSource, open_savefile};
use nuage::decode::{DecodeError, decode};

fn shared_dir() -> Option<PathBuf> {
    shared_root("data/pcaps")
}

fn error_kind(e: &DecodeError) -> String {
    match e {
        DecodeError::Truncated(layer) => format!("truncated {layer}"),
        DecodeError::UnsupportedLinkType(lt) => format!("unsupported link type {lt}"),
        DecodeError::NotIp(_) => "not IP (LAN bytes)".to_string(),
        DecodeError::Malformed(what) => format!("malformed {what}"),
    }
}

#[test]
fn every_shared_capture_decodes() {
    let Some(shared) = shared_dir() else {
        eprintln!("note: ../shared/data/pcaps not found; shared capture decode test skipped");
        return;
    };
    let mut files: Vec<PathBuf> = ["ndpi", "other"]
        .iter()
        .filter_map(|d| std::fs::read_dir(shared.join("data/pcaps").join(d)).ok())
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "pcap" || x == "pcapng"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no captures under {}", shared.display());

    let mut totals: BTreeMap<String, u64> = BTreeMap::new();
    let mut link_types: BTreeMap<u32, u64> = BTreeMap::new();
    let (mut packets, mut failed) = (0u64, 0u64);
    for path in &files {
        let mut src = match open_savefile(path) {
            Ok(s) => s,
            Err(e) => {
                println!("open error: {e}");
                *totals.entry("file open error".into()).or_default() += 1;
                continue;
            }
        };
        let lt = src.link_type();
        let mut per_file: BTreeMap<String, u64> = BTreeMap::new();
        let mut n = 0u64;
        loop {
            match src.next_packet() {
                Ok(Some(p)) => {
                    n += 1;
                    match decode(lt, p.ts_micros, p.wire_len, p.data) {
                        Ok(d) => assert_eq!(d.wire_len, p.wire_len),
                        Err(e) => *per_file.entry(error_kind(&e)).or_default() += 1,
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    println!("read error: {e}");
                    *totals.entry("file read error".into()).or_default() += 1;
                    break;
                }
            }
        }
        packets += n;
        *link_types.entry(lt).or_default() += 1;
        for (kind, count) in per_file {
            if kind != "not IP (LAN bytes)" {
                failed += count;
                println!(
                    "{:<50} {kind:<40} {count:>7} / {n}",
                    path.file_name().unwrap().to_string_lossy()
                );
            }
            *totals.entry(kind).or_default() += count;
        }
    }
    println!(
        "\n{} files, {packets} packets, link types {link_types:?}",
        files.len()
    );
    println!("{:<45} {:>9}", "outcome", "count");
    for (kind, count) in &totals {
        println!("{kind:<45} {count:>9}");
    }
    println!("{:<45} {:>9}", "decode errors (excluding non-IP)", failed);
    assert!(packets > 0);
    assert!(
        (failed as f64) < 0.01 * packets as f64,
        "{failed} of {packets} packets failed to decode"
    );
}
