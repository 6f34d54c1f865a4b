//! Decode throughput on a generated household day (1,000,000 packets, Ethernet).
//!
//! The capture comes from `../shared/tools/gen-household-pcap --packets 1000000 --seed 1`,
//! cached as /tmp/household-1m.pcap (or `NUAGE_BENCH_PCAP`). Without the tool or the file
//! the bench prints a note and does nothing.
//!
//! Three measurements, per packet: `decode/in-memory` (decode alone, on the headers of the
//! first 50,000 packets held in memory), `savefile/read` (libpcap reading the whole file: the floor) and
//! `savefile/read+decode` (both, as replay does them).
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/common/shared.rs"]
mod shared;
use shared::shared_path;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use criterion::{Criterion, Throughput};
use nuage::capture::{PacketSource, open_savefile};
use nuage::decode::decode;

const PACKETS: &str = "1000000";
const IN_MEMORY: usize = 50_000;
const HEADROOM: usize = 160;

fn shared_tool() -> Option<PathBuf> {
    shared_path("tools/gen-household-pcap")
}

/// The cached capture, generated on first use.
fn household_pcap() -> Option<PathBuf> {
    let path = std::env::var_os("NUAGE_BENCH_PCAP")
        .map_or_else(|| PathBuf::from("/tmp/household-1m.pcap"), PathBuf::from);
    if path.is_file() {
        return Some(path);
    }
    let Some(tool) = shared_tool() else {
        eprintln!(
            "note: gen-household-pcap not found and {} absent; decode bench skipped",
            path.display()
        );
        return None;
    };
    let tmp = path.with_extension(format!("tmp-{}", std::process::id()));
    let status = Command::new(&tool)
        .args(["--packets", PACKETS, "--seed", "1", "--out"])
        .arg(&tmp)
        .status();
    match status {
        Ok(s) if s.success() => {
            std::fs::rename(&tmp, &path).ok()?;
            Some(path)
        }
        other => {
            eprintln!(
                "note: {} failed ({other:?}); decode bench skipped",
                tool.display()
            );
            let _ = std::fs::remove_file(&tmp);
            None
        }
    }
}

/// (timestamp, wire length, start, end) of each packet in one shared buffer.
type Index = Vec<(i64, u32, usize, usize)>;

/// Loads up to `limit` packets into one buffer: one allocation for all of them. Only the
/// first `HEADROOM` bytes of each are kept (wire lengths stay whole): headers are all decode
/// reads, and a packed buffer keeps the bench about decoding rather than DRAM misses, like
/// replay, where libpcap has just copied the packet into a hot buffer.
fn load(path: &Path, limit: usize) -> (u32, Vec<u8>, Index) {
    let mut src = open_savefile(path).unwrap();
    let lt = src.link_type();
    let mut buf = Vec::new();
    let mut index = Vec::with_capacity(limit);
    while index.len() < limit {
        let Some(p) = src.next_packet().unwrap() else {
            break;
        };
        let start = buf.len();
        buf.extend_from_slice(&p.data[..p.data.len().min(HEADROOM)]);
        index.push((p.ts_micros, p.wire_len, start, buf.len()));
    }
    (lt, buf, index)
}

fn count_packets(path: &Path) -> u64 {
    let mut src = open_savefile(path).unwrap();
    let mut n = 0;
    while src.next_packet().unwrap().is_some() {
        n += 1;
    }
    n
}

fn main() {
    let Some(path) = household_pcap() else { return };
    let mut c = Criterion::default()
        .configure_from_args()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));

    let (lt, buf, index) = load(&path, IN_MEMORY);
    let mut group = c.benchmark_group("decode");
    group.throughput(Throughput::Elements(index.len() as u64));
    group.bench_function("in-memory", |b| {
        b.iter(|| {
            let mut ok = 0u64;
            for &(ts, wire, start, end) in &index {
                if decode(lt, ts, wire, &buf[start..end]).is_ok() {
                    ok += 1;
                }
            }
            black_box(ok)
        });
    });
    group.finish();
    drop((buf, index));

    let total = count_packets(&path);
    let mut group = c.benchmark_group("savefile");
    group.throughput(Throughput::Elements(total));
    group.bench_function("read", |b| {
        b.iter(|| {
            let mut src = open_savefile(&path).unwrap();
            let mut bytes = 0u64;
            while let Some(p) = src.next_packet().unwrap() {
                bytes += u64::from(p.wire_len);
            }
            black_box(bytes)
        });
    });
    group.bench_function("read+decode", |b| {
        b.iter(|| {
            let mut src = open_savefile(&path).unwrap();
            let lt = src.link_type();
            let mut bytes = 0u64;
            while let Some(p) = src.next_packet().unwrap() {
                if let Ok(d) = decode(lt, p.ts_micros, p.wire_len, p.data) {
                    bytes += u64::from(d.wire_len);
                }
            }
            black_box(bytes)
        });
    });
    group.finish();
    c.final_summary();
}
