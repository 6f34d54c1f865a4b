#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `nuage replay` end to end: hand-built captures through the real binary.

use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use nuage::capture::pcap_writer::PcapWriter;
use nuage::decode::frames;

const LAPTOP: [u8; 6] = [2, 0, 0, 0, 0, 1];
const PHONE: [u8; 6] = [2, 0, 0, 0, 0, 2];
const ROUTER: [u8; 6] = [2, 0, 0, 0, 0, 0xfe];
const T0: i64 = 1_700_000_000_000_000;

const CONFIG: &str = r#"
devices = { "02:00:00:00:00:02" = "Phone" }

[[provider-ranges]]
prefix = "198.51.100.0/24"
provider = "amazon"
product = "EC2"

[[provider-ranges]]
prefix = "203.0.113.0/24"
provider = "our-host"
name = "Our host"
"#;

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("nuage.toml"), CONFIG).unwrap();
        Self { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn replay(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_nuage"))
            .arg("replay")
            .arg("--config")
            .arg(self.path("nuage.toml"))
            .arg("--data-dir")
            .arg(self.path("data"))
            .args(args)
            .env("NUAGE_LOG", "error")
            // These tests read the English texts, whatever the developer's locale.
            .env("LC_ALL", "C")
            .output()
            .unwrap()
    }

    fn json(&self, args: &[&str]) -> (serde_json::Value, Output) {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let out = self.replay(&all);
        let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!("{e}: {}", String::from_utf8_lossy(&out.stderr));
        });
        (v, out)
    }
}

fn ip(s: &str) -> Ipv4Addr {
    s.parse().unwrap()
}

#[allow(clippy::too_many_arguments)]
fn eth_tcp(
    src_mac: [u8; 6],
    dst_mac: [u8; 6],
    src: &str,
    dst: &str,
    sport: u16,
    dport: u16,
    flags: u8,
    payload: usize,
) -> Vec<u8> {
    let seg = frames::tcp(sport, dport, flags, &[], &vec![0u8; payload]);
    let packet = frames::ipv4(ip(src), ip(dst), 6, &seg);
    frames::ethernet(dst_mac, src_mac, &[], frames::ETHERTYPE_IPV4, &packet)
}

fn eth_udp(
    src_mac: [u8; 6],
    dst_mac: [u8; 6],
    src: &str,
    dst: &str,
    sport: u16,
    dport: u16,
    payload: &[u8],
) -> Vec<u8> {
    let packet = frames::ipv4(ip(src), ip(dst), 17, &frames::udp(sport, dport, payload));
    frames::ethernet(dst_mac, src_mac, &[], frames::ETHERTYPE_IPV4, &packet)
}

/// A small household: the laptop talks to Amazon, the phone to "our host", the laptop
/// prints on the LAN, plus an ARP frame and a frame cut too short to decode.
fn household(path: &Path) -> (u64, u64, u64, u64) {
    let mut w = PcapWriter::new(1);
    let mut up = (0u64, 0u64);
    let mut down = (0u64, 0u64);
    let mut add = |w: &mut PcapWriter, ts: i64, frame: Vec<u8>, is_up: Option<bool>| {
        match is_up {
            Some(true) => {
                up.0 += 1;
                up.1 += frame.len() as u64;
            }
            Some(false) => {
                down.0 += 1;
                down.1 += frame.len() as u64;
            }
            None => {}
        }
        w.packet(ts, &frame);
    };
    let (l, a) = ("192.168.1.10", "198.51.100.7");
    add(
        &mut w,
        T0,
        eth_tcp(LAPTOP, ROUTER, l, a, 50000, 443, 0x02, 0),
        Some(true),
    );
    add(
        &mut w,
        T0 + 10,
        eth_tcp(ROUTER, LAPTOP, a, l, 443, 50000, 0x12, 0),
        Some(false),
    );
    add(
        &mut w,
        T0 + 20,
        eth_tcp(LAPTOP, ROUTER, l, a, 50000, 443, 0x10, 300),
        Some(true),
    );
    for i in 0..5 {
        add(
            &mut w,
            T0 + 30 + i,
            eth_tcp(ROUTER, LAPTOP, a, l, 443, 50000, 0x10, 1400),
            Some(false),
        );
    }
    let (p, h) = ("192.168.1.20", "203.0.113.9");
    add(
        &mut w,
        T0 + 100,
        eth_udp(PHONE, ROUTER, p, h, 40000, 4433, &[1; 100]),
        Some(true),
    );
    add(
        &mut w,
        T0 + 200,
        eth_udp(ROUTER, PHONE, h, p, 4433, 40000, &[2; 900]),
        Some(false),
    );
    // LAN: laptop to printer
    add(
        &mut w,
        T0 + 300,
        eth_tcp(LAPTOP, PHONE, l, "192.168.1.30", 50001, 631, 0x02, 0),
        None,
    );
    // ARP (non-IP, LAN)
    let arp = frames::ethernet([0xff; 6], LAPTOP, &[], frames::ETHERTYPE_ARP, &[0u8; 28]);
    add(&mut w, T0 + 400, arp, None);
    // too short for its IPv4 header
    let short = frames::ethernet(ROUTER, LAPTOP, &[], frames::ETHERTYPE_IPV4, &[0x45, 0]);
    add(&mut w, T0 + 60_000_000, short, None);
    w.write_to(path).unwrap();
    (up.0, up.1, down.0, down.1)
}

#[test]
fn summary_json_counts_internet_lan_providers_devices_and_undecodable() {
    let env = Env::new();
    let file = env.path("home.pcap");
    let (up_p, up_b, down_p, down_b) = household(&file);
    let (v, out) = env.json(&[file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let t = &v["totals"];
    assert_eq!(t["bytes_up"], up_b);
    assert_eq!(t["bytes_down"], down_b);
    assert_eq!(t["packets_up"], up_p);
    assert_eq!(t["packets_down"], down_p);
    assert_eq!(t["flows"], 2);
    assert_eq!(v["lan"]["flows"], 1);
    assert_eq!(v["lan"]["non_ip_packets"], 1);
    assert_eq!(v["undecodable"]["packets"], 1);
    assert_eq!(v["first_seen"], "2023-11-14T22:13:20Z");
    assert_eq!(v["last_seen"], "2023-11-14T22:14:20Z");
    // Amazon is Big Tech, "our host" is not
    let providers = v["providers"].as_array().unwrap();
    let amazon = providers
        .iter()
        .find(|p| p["provider"] == "amazon")
        .unwrap();
    let amazon_bytes =
        amazon["bytes_up"].as_u64().unwrap() + amazon["bytes_down"].as_u64().unwrap();
    assert_eq!(amazon["group"], "big-tech");
    let share = v["big_tech_share"].as_f64().unwrap();
    assert!(
        (share - amazon_bytes as f64 / (up_b + down_b) as f64).abs() < 1e-9,
        "{share}"
    );
    assert!(providers.iter().any(|p| p["provider"] == "our-host"));
    let groups = v["groups"].as_array().unwrap();
    let group_bytes: u64 = groups
        .iter()
        .map(|g| g["bytes_up"].as_u64().unwrap() + g["bytes_down"].as_u64().unwrap())
        .sum();
    assert_eq!(group_bytes, up_b + down_b);
    let devices = v["devices"].as_array().unwrap();
    assert_eq!(devices.len(), 2);
    let phone = devices
        .iter()
        .find(|d| d["mac"] == "02:00:00:00:00:02")
        .unwrap();
    assert_eq!(phone["name"], "Phone");
    assert_eq!(phone["name_source"], "config");
}

#[test]
fn text_summary_names_providers_and_devices() {
    let env = Env::new();
    let file = env.path("home.pcap");
    household(&file);
    let out = env.replay(&[file.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "Internet:",
        "Share of Internet traffic on the Big Tech Cloud: 87.7%",
        "Amazon",
        "Our host",
        "Phone (02:00:00:00:00:02)",
        "Undecodable: 1 frame,",
    ] {
        assert!(text.contains(needle), "{needle} missing from:\n{text}");
    }
}

#[test]
fn flows_lists_every_flow_with_roles_and_attribution() {
    let env = Env::new();
    let file = env.path("home.pcap");
    household(&file);
    let out = env.replay(&["--flows", file.to_str().unwrap()]);
    assert!(out.status.success());
    let flows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(flows.len(), 3);
    let tcp = flows.iter().find(|f| f["server_port"] == 443).unwrap();
    assert_eq!(tcp["proto"], "TCP");
    assert_eq!(tcp["client"], "192.168.1.10");
    assert_eq!(tcp["client_port"], 50000);
    assert_eq!(tcp["server"], "198.51.100.7");
    assert_eq!(tcp["up_packets"], 2);
    assert_eq!(tcp["down_packets"], 6);
    assert_eq!(tcp["provider"], "amazon");
    assert_eq!(tcp["group"], "big-tech");
    assert_eq!(tcp["product"], "EC2");
    assert_eq!(tcp["vlan"], serde_json::Value::Null);
    assert_eq!(tcp["first_seen"], "2023-11-14T22:13:20Z");
    assert_eq!(tcp["last_seen"], "2023-11-14T22:13:20.000034Z");
    for key in ["name", "name_source", "up_bytes", "down_bytes"] {
        assert!(tcp.get(key).is_some(), "{key}");
    }
    let udp = flows.iter().find(|f| f["proto"] == "UDP").unwrap();
    assert_eq!(
        (udp["client"].as_str(), udp["server_port"].as_u64()),
        (Some("192.168.1.20"), Some(4433))
    );
}

#[test]
fn lan_option_makes_a_prefix_local() {
    let env = Env::new();
    let file = env.path("home.pcap");
    household(&file);
    let (v, out) = env.json(&["--lan", "203.0.113.0/24", file.to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(v["totals"]["flows"], 1);
    assert_eq!(v["lan"]["flows"], 2);
    let out = env.replay(&["--lan", "203.0.113.0/33", file.to_str().unwrap()]);
    assert!(!out.status.success());
}

#[test]
fn vlans_raw_ip_and_several_files_in_one_run() {
    let env = Env::new();
    let tagged = env.path("vlan.pcap");
    let mut w = PcapWriter::new(1);
    for vlan in [10u16, 20] {
        let seg = frames::udp(5000, 53, &[0; 20]);
        let packet = frames::ipv4(ip("192.168.1.10"), ip("198.51.100.53"), 17, &seg);
        let frame = frames::ethernet(
            ROUTER,
            LAPTOP,
            &[(frames::TPID_8021Q, vlan)],
            frames::ETHERTYPE_IPV4,
            &packet,
        );
        w.packet(T0, &frame);
    }
    w.write_to(&tagged).unwrap();
    let raw = env.path("raw.pcap");
    let mut w = PcapWriter::new(101);
    let packet = frames::ipv4(
        ip("10.0.0.2"),
        ip("198.51.100.80"),
        6,
        &frames::tcp(40000, 80, 0x02, &[], &[]),
    );
    w.packet(T0 + 1, &packet);
    w.write_to(&raw).unwrap();
    let out = env.replay(&["--flows", tagged.to_str().unwrap(), raw.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let flows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(flows.len(), 3);
    let mut vlans: Vec<u64> = flows.iter().filter_map(|f| f["vlan"].as_u64()).collect();
    vlans.sort();
    assert_eq!(vlans, vec![10, 20]);
    let raw_flow = flows.iter().find(|f| f["server_port"] == 80).unwrap();
    assert_eq!(raw_flow["client"], "10.0.0.2");
    assert_eq!(raw_flow["up_bytes"], packet.len());
}

#[test]
fn truncated_file_is_named_with_its_offset_and_what_was_read_is_reported() {
    let env = Env::new();
    let file = env.path("cut.pcap");
    let mut w = PcapWriter::new(1);
    let frame = eth_tcp(
        LAPTOP,
        ROUTER,
        "192.168.1.10",
        "198.51.100.7",
        50000,
        443,
        0x02,
        0,
    );
    w.packet(T0, &frame);
    w.packet(T0 + 1, &frame);
    let good_len = w.bytes().len();
    let mut bytes = w.bytes().to_vec();
    // a third record: the first one's header and 10 of its bytes, then the file ends
    bytes.extend_from_slice(&w.bytes()[24..24 + 16 + 10]);
    std::fs::write(&file, &bytes).unwrap();
    let missing = env.path("missing.pcap");
    let (v, out) = env.json(&[file.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cut.pcap") && stderr.contains(&format!("offset {good_len}")),
        "{stderr}"
    );
    assert!(stderr.contains("missing.pcap"), "{stderr}");
    assert_eq!(v["totals"]["packets_up"], 2);
    assert_eq!(v["errors"].as_array().unwrap().len(), 2);
}

#[test]
fn corrupt_and_empty_files_fail_clearly() {
    let env = Env::new();
    let junk = env.path("junk.pcap");
    std::fs::write(&junk, b"this is not a capture file at all").unwrap();
    let out = env.replay(&[junk.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("junk.pcap"));
    // Nothing was read: no all-zero summary that would pass for a quiet capture.
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let missing = env.path("missing.pcap");
    let out = env.replay(&[missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.pcap"));
    assert!(out.stdout.is_empty());
}

/// The demo household (DHCP names at dawn, the /64 announced in a Router Advertisement):
/// devices get their names, the prefix is learned, so IPv6 flows are Internet flows of the
/// announcing household, not transit.
#[test]
fn demo_household_names_devices_and_learns_its_ipv6_prefix() {
    let env = Env::new();
    let file = env.path("demo.pcap");
    let mut w = PcapWriter::new(1);
    let frames = nuage::demo::household_day(7, 1_700_006_400, 400);
    let mut frame_bytes = 0u64;
    for f in &frames {
        w.record_nanos(f.ts_micros * 1000, f.wire_len, &f.data);
        frame_bytes += u64::from(f.wire_len);
    }
    w.write_to(&file).unwrap();
    let (v, out) = env.json(&[file.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(v["frames"]["bytes"], frame_bytes);
    assert_eq!(v["undecodable"]["packets"], 0);
    let learned: Vec<&str> = v["learned_prefixes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(learned, vec!["2001:db8:cafe:1::/64"]);
    let names: Vec<&str> = v["devices"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["name"].as_str())
        .collect();
    assert!(names.contains(&"kitchen-laptop"), "{names:?}");
    assert!(
        v["devices"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["name_source"] == "dhcp")
    );
    let share = v["big_tech_share"].as_f64().unwrap();
    assert!(share > 0.0 && share < 1.0, "{share}");
    // every Internet flow has a local device: no transit flows in a household capture
    let flows = env.replay(&["--flows", file.to_str().unwrap()]);
    for line in String::from_utf8(flows.stdout).unwrap().lines() {
        let f: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_ne!(f["kind"], "transit", "{f}");
    }
}
