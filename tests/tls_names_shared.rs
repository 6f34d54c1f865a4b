#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Names from TLS ClientHellos and HTTP requests against references, on the shared captures
//! (skipped with a note when `../shared` is absent):
//! - nDPI's `FLOWS.tsv`: for TCP flows nDPI calls TLS with a `Hostname/SNI`, nuage's name
//!   must equal it for at least 97% (HTTP Host agreement is printed too);
//! - the ja4 snapshots in `pcaps/other/ref/`: every `tls_server_name` of a TCP stream is
//!   found by nuage on the same connection.

#[path = "common/shared.rs"]
mod shared;
use shared::shared_root;
use std::collections::HashMap;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::process::Command;

fn shared_dir() -> Option<PathBuf> {
    shared_root("data/pcaps")
}

type Endpoint = (IpAddr, u16);
/// (name, name_source) of each nuage flow of one connection.
type Names = Vec<(Option<String>, Option<String>)>;

fn endpoint(text: &str) -> Option<Endpoint> {
    let (addr, port) = match text.strip_prefix('[') {
        Some(rest) => rest.split_once("]:")?,
        None => text.rsplit_once(':')?,
    };
    // nDPI prints one address of pinterest.pcap invalidly (see tests/ndpi_flows.rs).
    let addr = if addr == "2600:1901::7a0b::" {
        "2600:1901:0:7a0b::"
    } else {
        addr
    };
    Some((addr.parse().ok()?, port.parse().ok()?))
}

fn pair(a: Endpoint, b: Endpoint) -> (Endpoint, Endpoint) {
    if a <= b { (a, b) } else { (b, a) }
}

/// nuage's TCP flows of a capture: endpoint pair → (name, name_source) of each flow.
fn nuage_names(capture: &Path, data_dir: &Path) -> HashMap<(Endpoint, Endpoint), Names> {
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
    let mut names: HashMap<_, Vec<_>> = HashMap::new();
    for line in String::from_utf8(output.stdout).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        if v["proto"].as_str() != Some("TCP") {
            continue;
        }
        let ep = |a: &str, p: &str| -> Endpoint {
            (
                v[a].as_str().unwrap().parse().unwrap(),
                v[p].as_u64().unwrap() as u16,
            )
        };
        let key = pair(ep("client", "client_port"), ep("server", "server_port"));
        let text = |k: &str| v[k].as_str().map(str::to_string);
        names
            .entry(key)
            .or_default()
            .push((text("name"), text("name_source")));
    }
    names
}

/// How one reference name compares with nuage's names on the same connection.
fn verdict(names: Option<&Names>, want: &str) -> Result<(), String> {
    let Some(flows) = names else {
        return Err("no nuage TCP flow for the connection".into());
    };
    if flows
        .iter()
        .any(|(n, _)| n.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(want)))
    {
        return Ok(());
    }
    Err(format!("nuage named it {flows:?}"))
}

#[test]
fn tls_sni_and_http_host_agree_with_ndpi() {
    let Some(shared) = shared_dir() else {
        eprintln!("note: ../shared/data/pcaps not found; skipping the nDPI name comparison");
        return;
    };
    let dir = shared.join("data/pcaps/ndpi");
    let Ok(tsv) = std::fs::read_to_string(dir.join("FLOWS.tsv")) else {
        eprintln!("note: ndpi/FLOWS.tsv not found; skipping");
        return;
    };
    let data_dir = tempfile::tempdir().unwrap();
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (file, l4, src, dst, proto, sni) = (
        col("file"),
        col("l4"),
        col("src"),
        col("dst"),
        col("proto"),
        col("hostname_sni"),
    );
    let mut by_file: HashMap<String, Vec<Vec<String>>> = HashMap::new();
    for line in lines {
        let f: Vec<String> = line.split('\t').map(str::to_string).collect();
        if f.len() == header.len() && f[l4] == "TCP" && !f[sni].is_empty() {
            by_file.entry(f[file].clone()).or_default().push(f);
        }
    }
    let mut files: Vec<_> = by_file.keys().cloned().collect();
    files.sort();
    // (agree, total) for TLS and HTTP.
    let mut tally: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut disagreements = Vec::new();
    for name in files {
        let capture = dir.join(&name);
        if !capture.exists() {
            continue;
        }
        let got = nuage_names(&capture, data_dir.path());
        for f in &by_file[&name] {
            let kind = match f[proto].split('.').next() {
                Some("TLS") => "TLS",
                Some("HTTP") => "HTTP",
                _ => continue,
            };
            let (Some(a), Some(b)) = (endpoint(&f[src]), endpoint(&f[dst])) else {
                panic!("unreadable endpoints in FLOWS.tsv: {f:?}");
            };
            let t = tally.entry(kind).or_default();
            t.1 += 1;
            match verdict(got.get(&pair(a, b)), &f[sni]) {
                Ok(()) => t.0 += 1,
                Err(why) => disagreements.push(format!(
                    "{name} {kind} {} -> {} nDPI {:?}: {why}",
                    f[src], f[dst], f[sni]
                )),
            }
        }
    }
    for (kind, (agree, total)) in &tally {
        eprintln!(
            "{kind}: nuage's name equals nDPI's Hostname/SNI on {agree} of {total} flows ({:.1}%)",
            *agree as f64 * 100.0 / (*total).max(1) as f64
        );
    }
    for d in &disagreements {
        eprintln!("  disagreement: {d}");
    }
    let (agree, total) = tally.get("TLS").copied().unwrap_or_default();
    assert!(total > 0, "no TLS flows with an SNI in FLOWS.tsv");
    assert!(
        agree * 100 >= total * 97,
        "TLS SNI agreement {agree}/{total} under 97%"
    );
}

/// `- stream:` blocks of a ja4 insta snapshot: (transport, src, dst, tls_server_name).
fn ja4_streams(snap: &str) -> Vec<(String, Endpoint, Endpoint, Option<String>)> {
    let mut out = Vec::new();
    let mut cur: HashMap<&str, &str> = HashMap::new();
    let mut flush = |cur: &mut HashMap<&str, &str>| {
        if let (Some(t), Some(s), Some(d), Some(sp), Some(dp)) = (
            cur.get("transport"),
            cur.get("src"),
            cur.get("dst"),
            cur.get("src_port"),
            cur.get("dst_port"),
        ) {
            out.push((
                t.to_string(),
                (s.parse().unwrap(), sp.parse().unwrap()),
                (d.parse().unwrap(), dp.parse().unwrap()),
                cur.get("tls_server_name").map(|n| n.to_string()),
            ));
        }
        cur.clear();
    };
    for line in snap.lines() {
        if line.starts_with("- stream:") {
            flush(&mut cur);
        } else if let Some(field) = line.strip_prefix("  ") {
            if field.starts_with(' ') || field.starts_with('-') {
                continue;
            }
            if let Some((k, v)) = field.split_once(": ") {
                cur.insert(k, v.trim().trim_matches('\''));
            }
        }
    }
    flush(&mut cur);
    out
}

#[test]
fn every_tls_server_name_in_the_ja4_references_is_found() {
    let Some(shared) = shared_dir() else {
        eprintln!("note: ../shared/data/pcaps not found; skipping the ja4 name comparison");
        return;
    };
    let dir = shared.join("data/pcaps/other");
    let Ok(entries) = std::fs::read_dir(dir.join("ref")) else {
        eprintln!("note: pcaps/other/ref not found; skipping");
        return;
    };
    let data_dir = tempfile::tempdir().unwrap();
    let mut snaps: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".snap"))
        .collect();
    snaps.sort();
    let (mut found, mut total) = (0, 0);
    let mut missing = Vec::new();
    for snap in snaps {
        // ja4__insta@NAME.snap describes ja4__NAME.
        let file = snap.file_name().unwrap().to_string_lossy().to_string();
        let Some(capture) = file
            .strip_prefix("ja4__insta@")
            .and_then(|c| c.strip_suffix(".snap"))
            .map(|c| dir.join(format!("ja4__{c}")))
        else {
            continue;
        };
        if !capture.exists() {
            continue;
        }
        let got = nuage_names(&capture, data_dir.path());
        for (transport, a, b, name) in ja4_streams(&std::fs::read_to_string(&snap).unwrap()) {
            // QUIC streams are the QUIC reader's.
            let (Some(name), "tcp") = (name, transport.as_str()) else {
                continue;
            };
            total += 1;
            match verdict(got.get(&pair(a, b)), &name) {
                Ok(()) => found += 1,
                Err(why) => missing.push(format!("{file}: {a:?} -> {b:?} {name}: {why}")),
            }
        }
    }
    eprintln!("ja4 references: {found} of {total} TCP TLS server names found by nuage");
    for m in &missing {
        eprintln!("  missing: {m}");
    }
    assert!(total > 0, "no TCP tls_server_name in the ja4 references");
    assert_eq!(found, total, "server names missed: {missing:#?}");
}

/// zeek's tls-ech baseline lists the connections whose ClientHello carried
/// encrypted_client_hello: nuage must mark their names as ECH outer names.
#[test]
fn ech_connections_in_the_zeek_reference_are_marked() {
    let Some(shared) = shared_dir() else {
        eprintln!("note: ../shared/data/pcaps not found; skipping the ECH comparison");
        return;
    };
    let dir = shared.join("data/pcaps/other");
    let (Ok(reference), true) = (
        std::fs::read_to_string(dir.join("ref/zeek__scripts.base.protocols.ssl.tls-ech__.stdout")),
        dir.join("zeek__tls13-ech.pcap").exists(),
    ) else {
        eprintln!("note: zeek tls13-ech capture or reference not found; skipping");
        return;
    };
    let data_dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(["replay", "--flows", "--data-dir"])
        .arg(data_dir.path())
        .arg(dir.join("zeek__tls13-ech.pcap"))
        .env("NUAGE_LOG", "error")
        .output()
        .unwrap();
    assert!(output.status.success());
    let flows: Vec<serde_json::Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut checked = 0;
    for line in reference.lines() {
        let f: Vec<&str> = line.split(", ").collect();
        if f.first() != Some(&"ssl_extension_encrypted_client_hello") || f.len() < 3 {
            continue;
        }
        let (client, server) = (f[1], f[2]);
        let marked = flows.iter().any(|v| {
            v["client"] == client
                && v["server"] == server
                && v["name_source"] == "tls-sni-ech-outer"
                && v["name"].is_string()
        });
        assert!(
            marked,
            "{client} -> {server}: no ECH-marked name in {flows:#?}"
        );
        checked += 1;
    }
    eprintln!("zeek ECH reference: {checked} ECH hellos, all marked");
    assert!(checked > 0, "no ECH line in the zeek reference");
}
