//! QUIC server names from the real captures in `../shared/data/pcaps/`: every QUIC connection
//! that nDPI (`ndpi/FLOWS.tsv`), Zeek (`other/ref/*quic.log`) or ja4 (`other/ref/*.snap`)
//! names must get the same name from `QuicNamer`. Prints the agreement per file. Passes with
//! a note when `../shared` is absent.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/shared.rs"]
mod shared;
use shared::shared_root;
use std::collections::{BTreeMap, HashMap};
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use nuage::capture::{PacketSource, open_savefile};
use nuage::decode::{Transport, decode};
use nuage::names::quic::QuicNamer;

fn shared_dir() -> Option<PathBuf> {
    shared_root("data/pcaps")
}

/// An unordered UDP conversation: the smaller endpoint first.
type Pair = (SocketAddr, SocketAddr);

fn pair(a: SocketAddr, b: SocketAddr) -> Pair {
    if a <= b { (a, b) } else { (b, a) }
}

/// Every server name `QuicNamer` finds in a capture, per conversation. The client is the
/// endpoint that sent the conversation's first packet.
fn names_in(path: &Path) -> HashMap<Pair, String> {
    let mut file = open_savefile(path).unwrap();
    let link = file.link_type();
    let mut client: HashMap<Pair, SocketAddr> = HashMap::new();
    let mut namer: QuicNamer<Pair> = QuicNamer::new();
    let mut found = HashMap::new();
    while let Some(raw) = file.next_packet().unwrap() {
        let Ok(p) = decode(link, raw.ts_micros, raw.wire_len, raw.data) else {
            continue;
        };
        let Transport::Udp { src_port, dst_port } = p.transport else {
            continue;
        };
        let (src, dst) = (
            SocketAddr::new(p.src, src_port),
            SocketAddr::new(p.dst, dst_port),
        );
        let key = pair(src, dst);
        if *client.entry(key).or_insert(src) != src {
            continue;
        }
        if let Some(name) = namer.on_client_datagram(&key, p.payload, p.ts_micros) {
            found.insert(key, name);
        }
    }
    eprintln!("  {}: {:?}", path.display(), namer.stats());
    found
}

/// (file, conversation, expected name) from nDPI's table: UDP flows it calls QUIC and names.
fn ndpi_expectations(shared: &Path) -> Vec<(String, Pair, String)> {
    let table = std::fs::read_to_string(shared.join("data/pcaps/ndpi/FLOWS.tsv")).unwrap();
    let mut out = Vec::new();
    for line in table.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 15 || cols[3] != "UDP" || !cols[10].starts_with("QUIC") {
            continue;
        }
        let name = cols[14];
        let (Ok(a), Ok(b)) = (cols[4].parse::<SocketAddr>(), cols[6].parse::<SocketAddr>()) else {
            continue;
        };
        if !name.is_empty() {
            out.push((cols[0].to_string(), pair(a, b), name.to_string()));
        }
    }
    out
}

/// Zeek quic.log rows: orig/resp addresses and ports, server_name.
fn zeek_expectations(log: &Path) -> Vec<(Pair, String)> {
    let text = std::fs::read_to_string(log).unwrap();
    let mut fields: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for line in text.lines() {
        if let Some(names) = line.strip_prefix("#fields\t") {
            fields = names.split('\t').collect();
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let col = |name: &str| fields.iter().position(|f| *f == name).map(|i| cols[i]);
        let addr = |h: &str, p: &str| -> SocketAddr {
            SocketAddr::new(
                col(h).unwrap().parse::<IpAddr>().unwrap(),
                col(p).unwrap().parse().unwrap(),
            )
        };
        let name = col("server_name").unwrap();
        if name != "-" {
            out.push((
                pair(
                    addr("id.orig_h", "id.orig_p"),
                    addr("id.resp_h", "id.resp_p"),
                ),
                name.to_string(),
            ));
        }
    }
    out
}

/// ja4 snapshot entries with `transport: udp` and a `tls_server_name`.
fn ja4_expectations(snap: &Path) -> Vec<(Pair, String)> {
    let text = std::fs::read_to_string(snap).unwrap();
    let mut out = Vec::new();
    for entry in text.split("\n- stream:").skip(1) {
        let field = |name: &str| {
            entry.lines().find_map(|l| {
                l.trim()
                    .strip_prefix(name)
                    .and_then(|rest| rest.strip_prefix(": "))
                    .map(str::to_string)
            })
        };
        if field("transport").as_deref() != Some("udp") {
            continue;
        }
        let Some(name) = field("tls_server_name") else {
            continue;
        };
        let addr = |h: &str, p: &str| -> SocketAddr {
            SocketAddr::new(
                field(h).unwrap().parse().unwrap(),
                field(p).unwrap().parse().unwrap(),
            )
        };
        out.push((pair(addr("src", "src_port"), addr("dst", "dst_port")), name));
    }
    out
}

#[test]
fn quic_server_names_match_the_references() {
    let Some(shared) = shared_dir() else {
        eprintln!("note: ../shared not found; skipping the QUIC capture comparison");
        return;
    };
    let pcaps = shared.join("data/pcaps");
    let other = pcaps.join("other");
    let reference = other.join("ref");
    // file → expectations.
    let mut expected: BTreeMap<PathBuf, Vec<(Pair, String)>> = BTreeMap::new();
    for (file, key, name) in ndpi_expectations(&shared) {
        expected
            .entry(pcaps.join("ndpi").join(file))
            .or_default()
            .push((key, name));
    }
    let zeek = [
        (
            "zeek__curl-8.1.2-dev-http3-www-google-de.pcap",
            "zeek__scripts.base.protocols.quic.curl-http3__quic.log",
        ),
        (
            "zeek__firefox-102.13.0esr-blog-cloudflare-com.pcap",
            "zeek__scripts.base.protocols.quic.firefox__quic.log",
        ),
    ];
    for (file, log) in zeek {
        expected
            .entry(other.join(file))
            .or_default()
            .extend(zeek_expectations(&reference.join(log)));
    }
    for file in [
        "chrome-cloudflare-quic-with-secrets.pcapng",
        "tls3.pcapng",
        "latest.pcapng",
    ] {
        let snap = reference.join(format!("ja4__insta@{file}.snap"));
        expected
            .entry(other.join(format!("ja4__{file}")))
            .or_default()
            .extend(ja4_expectations(&snap));
    }

    let (mut total, mut agreed) = (0, 0);
    let mut disagreements = Vec::new();
    eprintln!("QUIC server names, nuage vs reference:");
    for (file, wanted) in &expected {
        if wanted.is_empty() {
            continue;
        }
        let found = names_in(file);
        let ok = wanted
            .iter()
            .filter(|(key, name)| found.get(key) == Some(name))
            .count();
        eprintln!("  {:>2}/{:<2} {}", ok, wanted.len(), file.display());
        for (key, name) in wanted {
            if found.get(key) != Some(name) {
                disagreements.push(format!(
                    "{}: {} <-> {}: reference {name}, nuage {:?}",
                    file.display(),
                    key.0,
                    key.1,
                    found.get(key)
                ));
            }
        }
        total += wanted.len();
        agreed += ok;
    }
    // The post-quantum ClientHello spanning several Initials has no reference file: its
    // single QUIC connection must still be named (Chrome to a gstatic host).
    let kyber = names_in(&other.join("retina__quic_kyber.pcapng"));
    eprintln!(
        "  retina__quic_kyber.pcapng: {:?}",
        kyber.values().collect::<Vec<_>>()
    );
    for line in &disagreements {
        eprintln!("  DISAGREE {line}");
    }
    eprintln!("agreement: {agreed}/{total}");
    assert!(!kyber.is_empty(), "no name in the post-quantum capture");
    assert!(total > 0);
    assert_eq!(disagreements, Vec::<String>::new());
}
