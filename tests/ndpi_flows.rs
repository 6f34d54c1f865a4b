#![allow(clippy::unwrap_used, clippy::expect_used)]
//! nuage's flows against nDPI's reference output over the nDPI test captures in
//! `../shared/data/pcaps/ndpi/` (skipped with a note when absent).
//!
//! Flows are compared by protocol and endpoint pair (nuage splits a TCP flow on FIN/RST and
//! re-opens it on a new SYN; nDPI does not, so both sides are summed per 5-tuple), with
//! packets and bytes per direction.

#[path = "common/shared.rs"]
mod shared;
use shared::shared_root;
use std::collections::HashMap;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::Command;

fn shared_dir() -> Option<PathBuf> {
    shared_root("data/pcaps/ndpi")
}

type Endpoint = (IpAddr, u16);
/// (protocol, lower endpoint, higher endpoint)
type Key = (String, Endpoint, Endpoint);
/// [lower → higher, higher → lower] as (packets, bytes)
type Counts = [(u64, u64); 2];

fn endpoint(text: &str) -> Option<Endpoint> {
    let (addr, port) = if let Some(rest) = text.strip_prefix('[') {
        let (addr, port) = rest.split_once("]:")?;
        // pinterest.pcap.out prints one address invalidly (see the README)
        let addr = if addr == "2600:1901::7a0b::" {
            "2600:1901:0:7a0b::"
        } else {
            addr
        };
        (addr, port)
    } else {
        text.rsplit_once(':')?
    };
    Some((addr.parse().ok()?, port.parse().ok()?))
}

fn proto_id(name: &str) -> String {
    match name {
        "IGMP" => "2".into(),
        other => other.to_string(),
    }
}

fn add(
    map: &mut HashMap<Key, Counts>,
    proto: String,
    src: Endpoint,
    dst: Endpoint,
    fwd: (u64, u64),
    back: (u64, u64),
) {
    let (key, fwd_i) = if src <= dst {
        ((proto, src, dst), 0)
    } else {
        ((proto, dst, src), 1)
    };
    let c = map.entry(key).or_default();
    c[fwd_i].0 += fwd.0;
    c[fwd_i].1 += fwd.1;
    c[1 - fwd_i].0 += back.0;
    c[1 - fwd_i].1 += back.1;
}

/// The `[a pkts/b bytes <-> c pkts/d bytes]` field.
fn packet_counts(line: &str) -> Option<((u64, u64), (u64, u64))> {
    line.split('[').find_map(|field| {
        let field = field.split(']').next()?;
        let flat = field.replace('/', " ");
        let w: Vec<&str> = flat.split_whitespace().collect();
        // a pkts b bytes <-> c pkts d bytes
        if w.len() != 9 || w[1] != "pkts" || w[3] != "bytes" || w[6] != "pkts" {
            return None;
        }
        if w[4] != "<->" && w[4] != "->" {
            return None;
        }
        Some((
            (w[0].parse().ok()?, w[2].parse().ok()?),
            (w[5].parse().ok()?, w[7].parse().ok()?),
        ))
    })
}

/// Reference flows of one `.out` file, with the line of each for messages.
fn reference(out: &str) -> (HashMap<Key, Counts>, HashMap<Key, String>) {
    let mut flows = HashMap::new();
    let mut lines = HashMap::new();
    for line in out.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.len() < 6
            || words[0].parse::<u32>().is_err()
            || !(words[3] == "<->" || words[3] == "->")
        {
            continue;
        }
        let (Some(src), Some(dst)) = (endpoint(words[2]), endpoint(words[4])) else {
            panic!("unreadable reference line: {line}");
        };
        let Some((fwd, back)) = packet_counts(line) else {
            panic!("no packet counts in reference line: {line}");
        };
        let proto = proto_id(words[1]);
        add(&mut flows, proto.clone(), src, dst, fwd, back);
        let key = if src <= dst {
            (proto, src, dst)
        } else {
            (proto, dst, src)
        };
        lines.insert(key, line.chars().take(160).collect());
    }
    (flows, lines)
}

fn nuage_flows(capture: &Path, data_dir: &Path) -> HashMap<Key, Counts> {
    let output = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(["replay", "--flows", "--data-dir"])
        .arg(data_dir)
        .arg(capture)
        .env("NUAGE_LOG", "error")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}: {}",
        capture.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    let mut flows = HashMap::new();
    for line in String::from_utf8(output.stdout).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let ep = |a: &str, p: &str| -> Endpoint {
            (
                v[a].as_str().unwrap().parse().unwrap(),
                v[p].as_u64().unwrap() as u16,
            )
        };
        let counts = |p: &str, b: &str| (v[p].as_u64().unwrap(), v[b].as_u64().unwrap());
        add(
            &mut flows,
            v["proto"].as_str().unwrap().to_string(),
            ep("client", "client_port"),
            ep("server", "server_port"),
            counts("up_packets", "up_bytes"),
            counts("down_packets", "down_bytes"),
        );
    }
    flows
}

#[test]
fn flows_match_ndpi_reference() {
    let Some(shared) = shared_dir() else {
        eprintln!("note: ../shared/data/pcaps/ndpi not found; skipping the nDPI comparison");
        return;
    };
    let dir = shared.join("data/pcaps/ndpi");
    let data_dir = tempfile::tempdir().unwrap();
    let mut captures: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            (name.ends_with(".pcap") || name.ends_with(".pcapng"))
                && p.with_file_name(format!("{name}.out")).exists()
        })
        .collect();
    captures.sort();
    let (mut total, mut matched) = (0usize, 0usize);
    let mut exceptions = Vec::new();
    for capture in &captures {
        let name = capture.file_name().unwrap().to_string_lossy().to_string();
        let out = std::fs::read_to_string(capture.with_file_name(format!("{name}.out"))).unwrap();
        let (expected, lines) = reference(&out);
        let got = nuage_flows(capture, data_dir.path());
        for (key, want) in &expected {
            total += 1;
            match got.get(key) {
                Some(have) if have == want => matched += 1,
                Some(have) => {
                    let more = (0..2).all(|d| have[d].0 >= want[d].0 && have[d].1 >= want[d].1);
                    let reason = if more {
                        "nuage counts more: later IP fragments go to the first fragment's flow, nDPI leaves them out"
                    } else {
                        "counts differ"
                    };
                    exceptions.push(format!(
                        "{name}: {reason}: nDPI {want:?}, nuage {have:?}: {}",
                        lines[key]
                    ))
                }
                None => exceptions.push(format!("{name}: no nuage flow for: {}", lines[key])),
            }
        }
    }
    let rate = matched as f64 / total.max(1) as f64;
    eprintln!(
        "nDPI comparison: {matched} of {total} reference flows match ({:.2}%) over {} captures",
        rate * 100.0,
        captures.len()
    );
    for e in &exceptions {
        eprintln!("  exception: {e}");
    }
    assert!(total > 0, "no reference flows read");
    assert!(rate >= 0.99, "match rate {rate:.4} under 99%");
}
