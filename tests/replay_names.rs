#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `nuage replay` end to end for the naming layer: services with their owner and
//! infrastructure, registrable domains, encrypted DNS, the Big Tech rule's layers, and the
//! ASN database fallback (a small MMDB written by the test, found through the config or the
//! data dir), and the single notice when there is none.

#[path = "common/mmdb_writer.rs"]
mod mmdb_writer;

use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use nuage::capture::pcap_writer::PcapWriter;
use nuage::decode::frames;
use nuage::demo::wire;

const LAPTOP: [u8; 6] = [2, 0, 0, 0, 0, 1];
const ROUTER: [u8; 6] = [2, 0, 0, 0, 0, 0xfe];
const T0: i64 = 1_700_000_000_000_000;
const SYN: u8 = 0x02;
const ACK: u8 = 0x10;

fn ip(s: &str) -> Ipv4Addr {
    s.parse().unwrap()
}

fn eth_tcp(src: &str, dst: &str, sport: u16, dport: u16, flags: u8, payload: usize) -> Vec<u8> {
    let (src_mac, dst_mac) = if src.starts_with("192.168.") {
        (LAPTOP, ROUTER)
    } else {
        (ROUTER, LAPTOP)
    };
    let seg = frames::tcp(sport, dport, flags, &[], &vec![0u8; payload]);
    let packet = frames::ipv4(ip(src), ip(dst), 6, &seg);
    frames::ethernet(dst_mac, src_mac, &[], frames::ETHERTYPE_IPV4, &packet)
}

fn dns_answer(name: &str, addr: &str) -> Vec<u8> {
    let msg = wire::dns_response(1, name, addr.parse().unwrap(), 300);
    let packet = frames::ipv4(
        ip("192.168.1.1"),
        ip("192.168.1.10"),
        17,
        &frames::udp(53, 40000, &msg),
    );
    frames::ethernet(LAPTOP, ROUTER, &[], frames::ETHERTYPE_IPV4, &packet)
}

/// Five connections from the laptop, 1000 bytes down each:
/// Zoom on Amazon (named by DNS), a name without a service rule on Amazon, DoH to 8.8.8.8,
/// an address only the ASN database knows (Belnet), and one its AS maps to Amazon.
fn capture(path: &Path) {
    let mut w = PcapWriter::new(1);
    let mut ts = T0;
    let mut step = |w: &mut PcapWriter, frame: Vec<u8>| {
        ts += 1000;
        w.packet(ts, &frame);
    };
    step(&mut w, dns_answer("us05web.zoom.us", "52.1.2.3"));
    step(
        &mut w,
        dns_answer("files.example-collective.org", "52.1.2.4"),
    );
    for (i, server) in [
        "52.1.2.3",
        "52.1.2.4",
        "8.8.8.8",
        "192.0.2.10",
        "198.18.0.5",
    ]
    .iter()
    .enumerate()
    {
        let port = 50000 + i as u16;
        step(&mut w, eth_tcp("192.168.1.10", server, port, 443, SYN, 0));
        step(&mut w, eth_tcp(server, "192.168.1.10", 443, port, ACK, 946));
    }
    w.write_to(path).unwrap();
}

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new(config: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let db = mmdb_writer::build(
            6,
            &[
                mmdb_writer::entry("192.0.2.0/24", 2611, "Belnet"),
                mmdb_writer::entry("198.18.0.0/24", 16509, "Amazon.com, Inc."),
            ],
            true,
            1_700_000_000,
        );
        std::fs::write(dir.path().join("asn.mmdb"), db).unwrap();
        let config = config.replace("{dir}", dir.path().to_str().unwrap());
        std::fs::write(dir.path().join("nuage.toml"), config).unwrap();
        capture(&dir.path().join("c.pcap"));
        Self { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn replay(&self, args: &[&str], log: &str) -> Output {
        let out = Command::new(env!("CARGO_BIN_EXE_nuage"))
            .args(args)
            .arg("replay")
            .arg("--config")
            .arg(self.path("nuage.toml"))
            .arg("--data-dir")
            .arg(self.path("data"))
            .arg(self.path("c.pcap"))
            .env("NUAGE_LOG", log)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }
}

fn flows(env: &Env) -> Vec<serde_json::Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(["replay", "--flows", "--config"])
        .arg(env.path("nuage.toml"))
        .arg("--data-dir")
        .arg(env.path("data"))
        .arg(env.path("c.pcap"))
        .env("NUAGE_LOG", "error")
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|v: &serde_json::Value| v["proto"] == "TCP")
        .collect()
}

fn flow<'a>(flows: &'a [serde_json::Value], server: &str) -> &'a serde_json::Value {
    flows.iter().find(|f| f["server"] == server).unwrap()
}

#[test]
fn flows_carry_service_owner_domain_origin_network_and_encrypted_dns() {
    let env = Env::new("[ranges]\nasn-mmdb = \"{dir}/asn.mmdb\"\n");
    let flows = flows(&env);
    let zoom = flow(&flows, "52.1.2.3");
    assert_eq!(zoom["service"], "zoom");
    assert_eq!(zoom["service_owner"], "Zoom Communications");
    assert_eq!(zoom["provider"], "amazon");
    assert_eq!(zoom["name_source"], "dns");
    assert_eq!(zoom["origin"], "asn");
    assert_eq!(zoom["big_tech"], "infrastructure");
    assert_eq!(zoom["domain"], serde_json::Value::Null);
    let other = flow(&flows, "52.1.2.4");
    assert_eq!(other["service"], serde_json::Value::Null);
    assert_eq!(other["domain"], "example-collective.org");
    let doh = flow(&flows, "8.8.8.8");
    assert_eq!(
        (&doh["encrypted_dns"], &doh["origin"]),
        (&true.into(), &"official".into())
    );
    assert_eq!(zoom["encrypted_dns"], false);
    let belnet = flow(&flows, "192.0.2.10");
    assert_eq!(belnet["provider"], serde_json::Value::Null);
    assert_eq!(belnet["network"], "Belnet");
    assert_eq!(belnet["origin"], "none");
    let mapped = flow(&flows, "198.18.0.5");
    assert_eq!(
        (&mapped["provider"], &mapped["origin"]),
        (&"amazon".into(), &"mmdb".into())
    );
}

#[test]
fn summary_shows_services_with_infrastructure_big_tech_layers_and_networks() {
    let env = Env::new("[ranges]\nasn-mmdb = \"{dir}/asn.mmdb\"\n");
    let out = env.replay(&["--json"], "error");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let zoom = v["services"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["service"] == "zoom")
        .unwrap();
    assert_eq!(
        (&zoom["owner"], &zoom["provider"]),
        (&"Zoom Communications".into(), &"amazon".into())
    );
    assert_eq!(v["networks"][0]["network"], "Belnet");
    assert_eq!(v["domains"][0]["domain"], "example-collective.org");
    assert_eq!(v["encrypted_dns"]["flows"], 1);
    // one database lookup per address no range knows (192.0.2.10, 198.18.0.5)
    assert_eq!(v["naming"]["asn_database_lookups"], 2);
    assert_eq!(v["naming"]["asn_database_found"], 2);
    // Amazon carries three flows (Zoom, the unnamed one, the mapped AS), Google the DoH:
    // all Big Tech by infrastructure; Belnet is neither.
    let layer = |l: &str| v["big_tech"][l]["bytes_down"].as_u64().unwrap_or(0);
    assert_eq!(layer("infrastructure"), 4 * 1000);
    assert_eq!(layer("neither"), 1000);
    let text = String::from_utf8(env.replay(&[], "error").stdout).unwrap();
    assert!(
        text.contains("Zoom (Zoom Communications) · Amazon"),
        "{text}"
    );
    assert!(text.contains("Belnet"), "{text}");
    assert!(
        text.contains("Encrypted DNS (DoH/DoT/DoQ): 1.1 kB, 1 flow\n"),
        "{text}"
    );
}

#[test]
fn asn_database_in_the_data_dir_is_found_and_its_absence_is_said_once() {
    let env = Env::new("");
    let out = env.replay(&[], "info");
    let log = String::from_utf8_lossy(&out.stderr);
    assert_eq!(log.matches("no ASN database found").count(), 1, "{log}");
    // `ranges update` puts the DB-IP file at <data>/ranges/dbip-asn.mmdb
    std::fs::create_dir_all(env.path("data/ranges")).unwrap();
    std::fs::copy(env.path("asn.mmdb"), env.path("data/ranges/dbip-asn.mmdb")).unwrap();
    let flows = flows(&env);
    assert_eq!(flow(&flows, "192.0.2.10")["network"], "Belnet");
    // a configured file that is missing is named, and nuage still runs
    let env = Env::new("[ranges]\nasn-mmdb = \"{dir}/missing.mmdb\"\n");
    let out = env.replay(&[], "warn");
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(log.contains("missing.mmdb"), "{log}");
}

#[test]
fn lookup_falls_back_to_the_asn_database_like_replay() {
    let env = Env::new("[ranges]\nasn-mmdb = \"{dir}/asn.mmdb\"\n");
    let out = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(["--json", "--config"])
        .arg(env.path("nuage.toml"))
        .arg("--data-dir")
        .arg(env.path("data"))
        .args([
            "lookup",
            "192.0.2.10",
            "198.18.0.5",
            "52.1.2.3",
            "203.0.113.1",
        ])
        .env("NUAGE_LOG", "error")
        .output()
        .unwrap();
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["network"], "Belnet");
    assert_eq!(
        (&lines[0]["asn"], &lines[0]["provider"]),
        (&2611.into(), &serde_json::Value::Null)
    );
    assert_eq!(
        (&lines[1]["provider"], &lines[1]["origin"]),
        (&"amazon".into(), &"mmdb".into())
    );
    assert_eq!(lines[2]["source"], "bundled-asn");
    assert_eq!(lines[3]["provider"], serde_json::Value::Null);
}

#[test]
fn lookup_says_which_layer_decided_in_the_users_language() {
    let env = Env::new("[ranges]\nasn-mmdb = \"{dir}/asn.mmdb\"\n");
    let text = |lang: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_nuage"))
            .args(["--lang", lang, "--config"])
            .arg(env.path("nuage.toml"))
            .arg("--data-dir")
            .arg(env.path("data"))
            .args(["lookup", "192.0.2.10", "198.18.0.5", "52.1.2.3"])
            .env("NUAGE_LOG", "error")
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let en = text("en");
    assert!(en.contains("AS2611 from the ASN database (mmdb)"), "{en}");
    assert!(en.contains("network Belnet"), "{en}");
    assert!(en.contains("(bundled network (ASN) snapshot)"), "{en}");
    let fr = text("fr");
    assert!(
        fr.contains("AS2611 d’après la base de données ASN (mmdb)"),
        "{fr}"
    );
    assert!(
        fr.contains("aucune liste de fournisseurs ne correspond ; réseau Belnet"),
        "{fr}"
    );
    assert!(
        fr.contains("(instantané intégré des réseaux (ASN))"),
        "{fr}"
    );
    assert!(fr.contains("Amazon (cloud des GAFAM)"), "{fr}");
    let el = text("el");
    assert!(
        el.contains("σύμφωνα με τη βάση δεδομένων ASN (mmdb)"),
        "{el}"
    );
    assert!(!el.contains("from the ASN database"), "{el}");
}
