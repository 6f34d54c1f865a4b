//! Malformed capture files through the real binary: `nuage replay` names what is wrong and
//! where, exits non-zero, never panics, and still reports what it read before the damage.
//! Every file is written here by hand.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use nuage::capture::pcap_writer::{PcapWriter, PcapngWriter};

/// A UDP/IPv4 Ethernet frame from a LAN device to 1.1.1.1 (60 bytes).
fn frame() -> Vec<u8> {
    let mut f = vec![0x02, 0, 0, 0, 0, 1, 0x02, 0, 0, 0, 0, 2, 0x08, 0x00];
    f.extend_from_slice(&[0x45, 0, 0, 46, 0, 0, 0x40, 0, 64, 17, 0, 0]);
    f.extend_from_slice(&[192, 168, 1, 20, 1, 1, 1, 1]);
    f.extend_from_slice(&[0xc3, 0x50, 0, 53, 0, 26, 0, 0]);
    f.extend_from_slice(&[0u8; 18]);
    f
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn replay(dir: &Path, file: &Path) -> (Output, serde_json::Value) {
    std::fs::write(dir.join("nuage.toml"), "").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .arg("replay")
        .arg("--json")
        .arg("--config")
        .arg(dir.join("nuage.toml"))
        .arg("--data-dir")
        .arg(dir.join("data"))
        .arg(file)
        .env("NUAGE_LOG", "error")
        .env("RUST_BACKTRACE", "0")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(out.status.code(), Some(101), "panic exit: {stderr}");
    let json = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not the JSON report ({e}); stderr: {stderr}"));
    (out, json)
}

/// Replays `bytes` and checks: exit 1, stderr names the file and contains `expect`, and the
/// report counts `packets` good packets read before the damage.
fn refused(name: &str, bytes: &[u8], expect: &str, packets: u64) {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), name, bytes);
    let (out, json) = replay(dir.path(), &path);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{name}: {stderr}");
    assert!(
        stderr.contains(name),
        "{name}: file not named in {stderr:?}"
    );
    assert!(
        stderr.contains(expect),
        "{name}: {expect:?} not in {stderr:?}"
    );
    assert_eq!(json["files"][0]["packets"], packets, "{name}: {json}");
    assert_eq!(json["frames"]["packets"], packets, "{name}: {json}");
    assert!(json["files"][0]["error"].is_string(), "{name}: {json}");
}

fn good_pcap(n: usize) -> PcapWriter {
    let mut w = PcapWriter::new(1);
    for i in 0..n {
        w.packet(1_800_000_000_000_000 + i as i64, &frame());
    }
    w
}

#[test]
fn a_good_file_replays_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "good.pcap", good_pcap(3).bytes());
    let (out, json) = replay(dir.path(), &path);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(json["frames"]["packets"], 3);
}

#[test]
fn truncated_file_header() {
    let whole = good_pcap(1);
    refused(
        "short-header.pcap",
        &whole.bytes()[..2],
        "too short for a capture file header",
        0,
    );
    refused("cut-header.pcap", &whole.bytes()[..14], "truncated", 0);
}

#[test]
fn truncated_record() {
    let whole = good_pcap(3);
    let bytes = whole.bytes();
    // Cut in the third record's data, then in its header.
    let third = 24 + 2 * (16 + frame().len());
    refused(
        "cut-data.pcap",
        &bytes[..third + 16 + 10],
        &format!("at byte offset {third} (after 2 packets)"),
        2,
    );
    refused(
        "cut-record-header.pcap",
        &bytes[..third + 7],
        &format!("at byte offset {third} (after 2 packets)"),
        2,
    );
}

#[test]
fn caplen_beyond_snaplen() {
    let mut w = good_pcap(1);
    // A record claiming 300,000 captured bytes in a file whose snaplen is 65,535 (libpcap
    // trims records up to its own 262,144-byte maximum to the snaplen; beyond is damage).
    let mut header = Vec::new();
    for v in [1_800_000_000u32, 0, 300_000, 300_000] {
        header.extend_from_slice(&v.to_le_bytes());
    }
    w.raw(&header).raw(&[0u8; 64]);
    refused("caplen.pcap", w.bytes(), "bigger than snaplen", 1);
}

#[test]
fn absurd_wire_length() {
    let mut w = good_pcap(2);
    w.record_nanos(1_800_000_000_000_000_000, u32::MAX, &frame());
    refused(
        "wire-len.pcap",
        w.bytes(),
        "4294967295 bytes on the wire",
        2,
    );
}

#[test]
fn wrong_magic() {
    let mut bytes = good_pcap(2).bytes().to_vec();
    bytes[..4].copy_from_slice(b"GIF8");
    refused("magic.pcap", &bytes, "cannot open capture file", 0);
    refused(
        "text.pcap",
        b"this is not a capture file at all\n",
        "cannot open capture file",
        0,
    );
}

/// Zero-length records are readable: each is an undecodable frame, counted and reported,
/// and the packets after them are still read (the file is not damaged).
#[test]
fn zero_length_packets_are_counted_as_undecodable() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = good_pcap(1);
    w.record_nanos(1_800_000_001_000_000_000, 0, &[]);
    w.record_nanos(1_800_000_001_000_000_000, 60, &[]);
    w.packet(1_800_000_002_000_000, &frame());
    let path = write(dir.path(), "zero.pcap", w.bytes());
    let (out, json) = replay(dir.path(), &path);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(json["frames"]["packets"], 4, "{json}");
    assert_eq!(json["undecodable"]["packets"], 2, "{json}");
    assert_eq!(json["undecodable"]["bytes"], 60, "{json}");
}

/// pcapng blocks of unknown types are skipped as the format requires; a block whose length
/// is impossible is damage.
#[test]
fn pcapng_with_unknown_and_broken_blocks() {
    let dir = tempfile::tempdir().unwrap();
    // Unknown block type 0x0BADF00D: 12 bytes of header/trailer and 8 of body.
    let mut unknown = Vec::new();
    unknown.extend_from_slice(&0x0BAD_F00Du32.to_le_bytes());
    unknown.extend_from_slice(&20u32.to_le_bytes());
    unknown.extend_from_slice(b"whatever");
    unknown.extend_from_slice(&20u32.to_le_bytes());
    let mut w = PcapngWriter::new(1, false);
    w.packet(1_800_000_000_000_000, &frame());
    w.raw(&unknown);
    w.packet(1_800_000_000_000_001, &frame());
    let path = write(dir.path(), "unknown-block.pcapng", w.bytes());
    let (out, json) = replay(dir.path(), &path);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(json["frames"]["packets"], 2, "{json}");

    // The same unknown block claiming 7 bytes (less than a block header, not a multiple of 4).
    let mut broken = unknown.clone();
    broken[4..8].copy_from_slice(&7u32.to_le_bytes());
    let mut w = PcapngWriter::new(1, false);
    w.packet(1_800_000_000_000_000, &frame());
    w.raw(&broken);
    w.packet(1_800_000_000_000_001, &frame());
    refused("broken-block.pcapng", w.bytes(), "after 1 packet", 1);

    // An Enhanced Packet Block cut short at the end of the file.
    let mut w = PcapngWriter::new(1, false);
    w.packet(1_800_000_000_000_000, &frame());
    w.packet(1_800_000_000_000_001, &frame());
    let bytes = w.bytes();
    refused(
        "cut.pcapng",
        &bytes[..bytes.len() - 30],
        "after 1 packet",
        1,
    );
}
