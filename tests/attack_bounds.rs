//! Resource bounds under attack, through the real decode → flow → naming pipeline: a SYN
//! flood from random sources, a flood of DNS answers with random names, thousands of
//! ClientHellos that never finish, and capture records claiming absurd lengths. Each test
//! prints what it measured (`cargo test --test attack_bounds -- --nocapture`); the figures
//! are in docs/security.md.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::{IpAddr, Ipv4Addr};
use std::sync::Arc;

use nuage::capture::pcap_writer::PcapWriter;
use nuage::capture::{PacketSource, RawPacket, open_savefile};
use nuage::classify::{Classifier, load_classifier};
use nuage::flow::pipeline::{Pipeline, PipelineConfig};
use nuage::flow::table::{FlowLimits, FlowTable};
use nuage::names::dns_cache::DEFAULT_CAPACITY;
use nuage::names::tcp_reassembly::ReassemblyLimits;

/// xorshift64*: a deterministic "random" attacker.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

fn classifier() -> Arc<Classifier> {
    Arc::new(load_classifier(None, &[]).unwrap().0)
}

const ROUTER_MAC: [u8; 6] = [0x02, 0, 0, 0, 0, 1];
const LAPTOP_MAC: [u8; 6] = [0x02, 0, 0, 0, 0, 2];
const LAPTOP: [u8; 4] = [192, 168, 1, 20];

/// An Ethernet + IPv4 frame around a transport header and payload.
fn frame(src_mac: [u8; 6], src: [u8; 4], dst: [u8; 4], protocol: u8, l4: &[u8]) -> Vec<u8> {
    let mut f = Vec::with_capacity(34 + l4.len());
    f.extend_from_slice(&ROUTER_MAC);
    f.extend_from_slice(&src_mac);
    f.extend_from_slice(&[0x08, 0x00]);
    let total = u16::try_from(20 + l4.len()).unwrap();
    let mut ip = vec![0x45, 0];
    ip.extend_from_slice(&total.to_be_bytes());
    ip.extend_from_slice(&[0, 0, 0x40, 0, 64, protocol, 0, 0]);
    ip.extend_from_slice(&src);
    ip.extend_from_slice(&dst);
    let sum = ip
        .chunks(2)
        .map(|w| u32::from(u16::from_be_bytes([w[0], w[1]])))
        .sum::<u32>();
    let folded = !(((sum & 0xffff) + (sum >> 16)) as u16);
    ip[10..12].copy_from_slice(&folded.to_be_bytes());
    f.extend_from_slice(&ip);
    f.extend_from_slice(l4);
    f
}

fn tcp(sport: u16, dport: u16, seq: u32, flags: u8, payload: &[u8]) -> Vec<u8> {
    let mut t = Vec::with_capacity(20 + payload.len());
    t.extend_from_slice(&sport.to_be_bytes());
    t.extend_from_slice(&dport.to_be_bytes());
    t.extend_from_slice(&seq.to_be_bytes());
    t.extend_from_slice(&0u32.to_be_bytes());
    t.extend_from_slice(&[0x50, flags, 0xff, 0xff, 0, 0, 0, 0]);
    t.extend_from_slice(payload);
    t
}

fn udp(sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
    let mut u = Vec::with_capacity(8 + payload.len());
    u.extend_from_slice(&sport.to_be_bytes());
    u.extend_from_slice(&dport.to_be_bytes());
    u.extend_from_slice(&u16::try_from(8 + payload.len()).unwrap().to_be_bytes());
    u.extend_from_slice(&[0, 0]);
    u.extend_from_slice(payload);
    u
}

fn feed(p: &mut Pipeline, ts: i64, data: &[u8]) {
    let raw = RawPacket {
        ts_micros: ts,
        wire_len: u32::try_from(data.len()).unwrap(),
        data,
    };
    p.process(&raw);
}

const SYN: u8 = 0x02;
const ACK: u8 = 0x10;
const PSH: u8 = 0x08;

#[test]
fn syn_flood_from_random_sources_keeps_the_flow_table_at_its_cap() {
    const CAP: usize = 4096;
    const SYNS: usize = 200_000;
    let config = PipelineConfig {
        limits: FlowLimits {
            max_flows: CAP,
            ..FlowLimits::default()
        },
        ..PipelineConfig::default()
    };
    let mut p = Pipeline::new(classifier(), 1, &config);
    let mut rng = Rng(0x5eed);
    let mut ts = 1_800_000_000_000_000i64;
    let mut checkpoints = Vec::new();
    for i in 0..SYNS {
        // Random public sources and ports at the laptop's SSH port, 20 µs apart (50k SYN/s):
        // no flow idles out during the flood, only the cap holds the table.
        let r = rng.next();
        let src = [
            (r >> 56) as u8 | 1,
            (r >> 48) as u8,
            (r >> 40) as u8,
            (r >> 32) as u8,
        ];
        let syn = tcp((r >> 16) as u16, 22, r as u32, SYN, &[]);
        feed(&mut p, ts, &frame(ROUTER_MAC, src, LAPTOP, 6, &syn));
        ts += 20;
        if (i + 1) % 50_000 == 0 {
            checkpoints.push((i + 1, p.table().len(), p.table().heap_bytes()));
        }
    }
    let bound = FlowTable::memory_bound(CAP);
    eprintln!(
        "SYN flood: {SYNS} SYNs from random sources, cap {CAP}: (SYNs, flows, table heap bytes) = {checkpoints:?}; bound {bound} bytes; evicted {}",
        p.table().stats().evicted
    );
    for &(_, flows, heap) in &checkpoints {
        assert!(flows <= CAP, "{flows} flows");
        assert!(heap <= bound, "{heap} > {bound}");
    }
    // Flat: once full, the table never grows again.
    let first_full = checkpoints[0].2;
    assert!(
        checkpoints.iter().all(|c| c.2 == first_full),
        "{checkpoints:?}"
    );
    // Nothing counted is lost: every SYN's bytes are in the aggregates.
    let s = p.aggregates().summary(..);
    let packets =
        s.internet.up.packets + s.internet.down.packets + s.lan.up.packets + s.lan.down.packets;
    assert_eq!(packets, SYNS as u64);
    assert_eq!(p.stats().decoded.packets, SYNS as u64);
}

#[test]
fn dns_answer_flood_with_random_names_keeps_the_name_cache_bounded() {
    const ANSWERS: usize = 60_000;
    let mut p = Pipeline::new(classifier(), 1, &PipelineConfig::default());
    let mut rng = Rng(0xd115);
    let mut ts = 1_800_000_000_000_000i64;
    let mut peak = 0usize;
    let mut checkpoints = Vec::new();
    for i in 0..ANSWERS {
        let r = rng.next();
        // A fresh 40-letter name and address every answer, long TTL: nothing expires.
        let name: String = (0..40)
            .map(|k| char::from(b'a' + ((r >> (k % 60)) as u8 ^ k as u8) % 26))
            .collect();
        let name = format!("{name}{i}.flood.example");
        let addr = IpAddr::V4(Ipv4Addr::from((r >> 32) as u32 | 0x0100_0000));
        let answer = nuage::demo::wire::dns_response(r as u16, &name, addr, 86_400);
        let u = udp(53, 40_000 + (i % 1000) as u16, &answer);
        feed(
            &mut p,
            ts,
            &frame(ROUTER_MAC, [192, 168, 1, 1], LAPTOP, 17, &u),
        );
        ts += 100;
        if i % 500 == 0 {
            peak = peak.max(p.dns_cache().heap_bytes());
        }
        if (i + 1) % 20_000 == 0 {
            checkpoints.push((i + 1, p.dns_cache().len(), p.dns_cache().heap_bytes()));
        }
    }
    eprintln!(
        "DNS flood: {ANSWERS} answers with random names, capacity {DEFAULT_CAPACITY}: (answers, cached, heap bytes) = {checkpoints:?}; peak (sampled every 500) {peak} bytes; evictions {}",
        p.dns_cache().stats().evictions
    );
    assert!(p.dns_cache().len() <= DEFAULT_CAPACITY);
    assert!(p.dns_cache().stats().evictions > 0);
    // Bounded: the last two thirds of the flood (cache full) grow nothing but the names'
    // lengths, which differ by a digit at most.
    let (_, _, full) = checkpoints[0];
    for &(_, cached, heap) in &checkpoints {
        assert!(cached <= DEFAULT_CAPACITY);
        assert!(heap <= full + full / 10, "{heap} vs {full}");
    }
}

#[test]
fn never_finished_client_hellos_keep_reassembly_bounded() {
    const FLOWS: u32 = 20_000;
    let limits = ReassemblyLimits::default();
    let config = PipelineConfig {
        reassembly: limits,
        ..PipelineConfig::default()
    };
    let mut p = Pipeline::new(classifier(), 1, &config);
    let hello = nuage::demo::wire::tls_client_hello("never.finished.example", [7; 32]);
    // The first 100 bytes: a record header promising more than is ever sent.
    let part = &hello[..100];
    let server = [142, 250, 184, 14];
    let mut ts = 1_800_000_000_000_000i64;
    let mut peak = (0u32, 0usize);
    for i in 0..FLOWS {
        let sport = 1024 + (i % 60_000) as u16;
        let client = [192, 168, 1, 20 + (i / 60_000) as u8];
        let seq = i.wrapping_mul(7919);
        let syn = tcp(sport, 443, seq, SYN, &[]);
        feed(&mut p, ts, &frame(LAPTOP_MAC, client, server, 6, &syn));
        let data = tcp(sport, 443, seq.wrapping_add(1), ACK | PSH, part);
        feed(&mut p, ts + 1, &frame(LAPTOP_MAC, client, server, 6, &data));
        ts += 50;
        let r = p.tcp_namer().reassembly();
        peak = (peak.0.max(r.live()), peak.1.max(r.buffered_capacity()));
    }
    let bound = limits.max_streams as usize * usize::from(limits.max_bytes);
    eprintln!(
        "Unfinished ClientHellos: {FLOWS} flows sending 100 of {} hello bytes: peak {} streams (max {}), peak {} buffered bytes (bound {bound})",
        hello.len(),
        peak.0,
        limits.max_streams,
        peak.1
    );
    assert!(peak.0 <= limits.max_streams);
    assert!(peak.1 <= bound, "{} > {bound}", peak.1);
}

#[test]
fn capture_records_with_absurd_lengths_are_refused_without_allocating_them() {
    let dir = tempfile::tempdir().unwrap();
    // Record headers claiming 4 GiB captured / on the wire, after one good packet.
    let good = frame(LAPTOP_MAC, LAPTOP, [1, 1, 1, 1], 17, &udp(5000, 53, b"x"));
    for (name, caplen, wire_len) in [
        ("caplen-4g.pcap", u32::MAX, u32::MAX),
        ("caplen-1g.pcap", 1 << 30, 1 << 30),
        ("wire-4g.pcap", 60, u32::MAX),
    ] {
        let mut w = PcapWriter::new(1);
        w.packet(1_000_000, &good);
        let mut header = Vec::new();
        header.extend_from_slice(&2u32.to_le_bytes());
        header.extend_from_slice(&0u32.to_le_bytes());
        header.extend_from_slice(&caplen.to_le_bytes());
        header.extend_from_slice(&wire_len.to_le_bytes());
        w.raw(&header).raw(&[0u8; 60]);
        let path = dir.path().join(name);
        w.write_to(&path).unwrap();
        let mut source = open_savefile(&path).unwrap();
        let first = source.next_packet().unwrap().map(|p| p.data.len());
        assert_eq!(first, Some(good.len()));
        let second = source.next_packet();
        eprintln!(
            "{name}: second record -> {:?}",
            second
                .as_ref()
                .map(|p| p.as_ref().map(|p| (p.data.len(), p.wire_len)))
        );
        match (caplen, second) {
            // 60 bytes captured of 4 GiB on the wire: no link carries that, and counting it
            // would add 4 GiB to the day.
            (_, Err(e)) => assert!(e.to_string().contains("after 1 packets"), "{e}"),
            (_, Ok(p)) => panic!("{name}: accepted {:?}", p.map(|p| p.data.len())),
        }
    }
}
