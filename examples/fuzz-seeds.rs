//! Writes the seed corpora of the fuzz targets (`fuzz/`) into `fuzz/corpus/<target>/` from
//! the project's own builders (demo household traffic, DNS/TLS/QUIC message builders, the
//! pcap writers, the hand-written range fixtures and the README's config). Nothing comes
//! from captured traffic. `cargo run --example fuzz-seeds`.

#[path = "../tests/common/mmdb_writer.rs"]
mod mmdb_writer;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::{Path, PathBuf};

use nuage::capture::pcap_writer::{Endian, PcapWriter, PcapngWriter, TsPrecision};
use nuage::demo::wire;

fn main() -> std::io::Result<()> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("fuzz/corpus");
    let mut seeds = Seeds { corpus, count: 0 };

    // A small demo day: Ethernet frames (DNS, TLS, QUIC, bulk data, DHCP, mDNS…).
    let frames = nuage::demo::household_day(8, 1_804_464_000, 24);
    for (i, frame) in frames.iter().enumerate().step_by(7).take(60) {
        // decode: first byte 0 picks Ethernet.
        let mut input = vec![0u8];
        input.extend_from_slice(&frame.data);
        seeds.put("decode", &format!("demo-{i}"), &input);
    }
    // The same IP packets over the other link types.
    if let Some(frame) = frames.iter().find(|f| f.data.len() > 60) {
        let ip = &frame.data[14..];
        let mut sll = vec![1u8, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0x08, 0x00];
        sll.extend_from_slice(ip);
        seeds.put("decode", "sll", &sll);
        let mut sll2 = vec![
            2u8, 0x08, 0x00, 0, 0, 0, 0, 0, 2, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0,
        ];
        sll2.extend_from_slice(ip);
        seeds.put("decode", "sll2", &sll2);
        seeds.put("decode", "raw", &[&[3u8][..], ip].concat());
        seeds.put("decode", "ipv4", &[&[6u8][..], ip].concat());
        seeds.put("decode", "null", &[&[8u8, 2, 0, 0, 0][..], ip].concat());
        seeds.put(
            "decode",
            "ppp",
            &[&[10u8, 0xff, 0x03, 0x00, 0x21][..], ip].concat(),
        );
    }

    // DNS: responses (A, AAAA), a query, the same framed for TCP.
    let v4 = IpAddr::V4(Ipv4Addr::new(142, 250, 184, 14));
    let v6 = IpAddr::V6(Ipv6Addr::new(
        0x2a00, 0x1450, 0x4003, 0x80b, 0, 0, 0, 0x200e,
    ));
    let answers = [
        wire::dns_response(1, "www.youtube.com", v4, 300),
        wire::dns_response(2, "fonts.gstatic.com", v6, 60),
        wire::dns_response(3, "kitchen-speaker.local", v4, 120),
        wire::dns_query(4, "netflix.com", false),
    ];
    for (i, message) in answers.iter().enumerate() {
        seeds.put("dns", &format!("udp-{i}"), message);
        let mut tcp = u16::try_from(message.len())
            .unwrap_or(0)
            .to_be_bytes()
            .to_vec();
        tcp.extend_from_slice(message);
        tcp.extend_from_slice(&u16::try_from(message.len()).unwrap_or(0).to_be_bytes());
        tcp.extend_from_slice(message);
        seeds.put("dns", &format!("tcp-{i}"), &tcp);
    }

    // TLS: the record stream and the bare handshake message.
    let hellos = [
        wire::tls_client_hello("www.netflix.com", [1; 32]),
        wire::tls_client_hello("a.b.example", [2; 32]),
    ];
    for (i, records) in hellos.iter().enumerate() {
        seeds.put("tls", &format!("records-{i}"), records);
        if let Some(message) = records.get(5..) {
            seeds.put("tls", &format!("message-{i}"), message);
        }
        // tcp_names: SYN, then the hello cut in two segments, second first.
        let mut input = Vec::new();
        segment(&mut input, 0, 1000, 1, &[]);
        let cut = records.len() / 2;
        segment(
            &mut input,
            0,
            1001 + u32::try_from(cut).unwrap_or(0),
            0,
            &records[cut..],
        );
        segment(&mut input, 0, 1001, 0, &records[..cut]);
        segment(
            &mut input,
            1,
            5000,
            0,
            b"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n",
        );
        seeds.put("tcp_names", &format!("split-{i}"), &input);
    }

    // QUIC: a ClientHello in one CRYPTO frame, and in two out of order, as plaintext frames
    // for the sealing mode; and one sealed datagram for the raw mode.
    let message = hellos[0].get(5..).unwrap_or(&[]).to_vec();
    let whole = crypto_frame(0, &message);
    let half = message.len() / 2;
    let second = crypto_frame(half as u64, &message[half..]);
    let first = crypto_frame(0, &message[..half]);
    let mut input = Vec::new();
    datagram(&mut input, 1, &[whole.clone(), vec![0; 64]].concat());
    seeds.put("quic", "one", &input);
    let mut input = Vec::new();
    datagram(&mut input, 1 | (1 << 3), &second);
    datagram(&mut input, 1 | (1 << 3), &first);
    seeds.put("quic", "two-v2", &input);
    if let Some(packet) = nuage::names::quic_crypto::seal_initial(
        nuage::names::quic_crypto::QuicVersion::V1,
        &[9; 8],
        &[7; 4],
        &[],
        0,
        1,
        &whole,
    ) {
        let mut input = Vec::new();
        datagram(&mut input, 0, &packet);
        seeds.put("quic", "raw", &input);
    }
    seeds.put("quic", "frames", &whole);

    // Capture files: classic pcap (micro, nano), pcapng, a snaplen-cut record.
    let mut pcap = PcapWriter::new(1);
    let mut nano = PcapWriter::with_format(1, Endian::Big, TsPrecision::Nano, 65535);
    let mut ng = PcapngWriter::new(1, false);
    for frame in frames.iter().take(6) {
        pcap.packet(frame.ts_micros, &frame.data);
        nano.packet(frame.ts_micros, &frame.data);
        ng.packet(frame.ts_micros, &frame.data);
    }
    if let Some(frame) = frames.first() {
        pcap.truncated(frame.ts_micros, &frame.data, 20);
    }
    seeds.put("savefile", "pcap", pcap.bytes());
    seeds.put("savefile", "pcap-nano", nano.bytes());
    seeds.put("savefile", "pcapng", ng.bytes());

    // Range files: the hand-written fixtures, with the format byte the target expects.
    let fixtures = root.join("tests/fixtures/ranges");
    let files = [
        (0u8, "aws.json"),
        (1, "google-cloud.json"),
        (1, "google-goog.json"),
        (2, "azure-service-tags.json"),
        (3, "microsoft365.json"),
        (4, "cidr-list.txt"),
        (5, "oracle.json"),
        (6, "geofeed.csv"),
        (7, "fastly.json"),
        (8, "github-meta.json"),
    ];
    for (pick, name) in files {
        let bytes = std::fs::read(fixtures.join(name))?;
        seeds.put("ranges", name, &[&[pick][..], &bytes].concat());
    }
    let db = mmdb_writer::build(
        6,
        &[
            mmdb_writer::entry("8.8.8.0/24", 15169, "Google LLC"),
            mmdb_writer::entry("2001:4860::/32", 15169, "Google LLC"),
        ],
        true,
        1_900_000_000,
    );
    seeds.put("ranges", "asn.mmdb", &[&[9u8][..], &db].concat());

    // Config: the README's examples.
    seeds.put("config", "readme", README_CONFIG.as_bytes());
    seeds.put("config", "control", b"[control]\nsocket = \"/run/nuage/nuage.sock\"\n[metrics]\nlisten = \"127.0.0.1:9847\"\nallow-remote = false\n");

    // Control protocol: each request, and a few replies.
    for line in [
        r#"{"version":1,"request":"hello"}"#,
        r#"{"version":1,"request":"subscribe"}"#,
        r#"{"version":1,"request":"days"}"#,
        r#"{"version":1,"request":"day","date":"2027-03-08"}"#,
        r#"{"version":1,"request":"baseline","date":"2027-03-08"}"#,
        r#"{"version":1,"reply":"days","days":["2027-03-08"]}"#,
        r#"{"version":1,"reply":"error","request":"day","error":{"code":"not-found","message":"no data"}}"#,
    ]
    .iter()
    .enumerate()
    {
        seeds.put("control", &format!("line-{}", line.0), line.1.as_bytes());
    }
    println!(
        "wrote {} seeds under {}",
        seeds.count,
        seeds.corpus.display()
    );
    Ok(())
}

const README_CONFIG: &str = r#"place = "Ateneu Popular"
lan = ["203.0.113.0/24"]
privacy = "devices-anonymous"
devices = { "3c:22:fb:10:00:0a" = "Kitchen laptop" }

[[provider-ranges]]
prefix = "198.51.100.0/24"
provider = "our-server"
name = "Our own server"

[flows]
max-flows = 65536
tcp-idle-secs = 300
udp-idle-secs = 60
other-idle-secs = 60
closed-linger-secs = 10
"#;

struct Seeds {
    corpus: PathBuf,
    count: usize,
}

impl Seeds {
    fn put(&mut self, target: &str, name: &str, bytes: &[u8]) {
        let dir = self.corpus.join(target);
        let write = std::fs::create_dir_all(&dir).and_then(|()| write(&dir.join(name), bytes));
        match write {
            Ok(()) => self.count += 1,
            Err(e) => eprintln!("cannot write seed {target}/{name}: {e}"),
        }
    }
}

fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::write(path, bytes)
}

/// One `tcp_names` segment: flow, sequence number, flags, length, payload (≤ 255 bytes per
/// segment, so longer payloads are split).
fn segment(out: &mut Vec<u8>, flow: u8, seq: u32, flags: u8, payload: &[u8]) {
    if payload.is_empty() {
        out.push(flow);
        out.extend_from_slice(&seq.to_be_bytes());
        out.extend_from_slice(&[flags, 0]);
        return;
    }
    let mut seq = seq;
    for chunk in payload.chunks(255) {
        out.push(flow);
        out.extend_from_slice(&seq.to_be_bytes());
        out.push(flags);
        out.push(u8::try_from(chunk.len()).unwrap_or(255));
        out.extend_from_slice(chunk);
        seq = seq.wrapping_add(u32::try_from(chunk.len()).unwrap_or(0));
    }
}

/// A QUIC CRYPTO frame (type 6) with two-byte varints.
fn crypto_frame(offset: u64, data: &[u8]) -> Vec<u8> {
    let mut frame = vec![0x06];
    frame.extend_from_slice(&(u16::try_from(offset).unwrap_or(0) | 0x4000).to_be_bytes());
    frame.extend_from_slice(&(u16::try_from(data.len()).unwrap_or(0) | 0x4000).to_be_bytes());
    frame.extend_from_slice(data);
    frame
}

/// One `quic` target datagram: control byte, length, body.
fn datagram(out: &mut Vec<u8>, control: u8, body: &[u8]) {
    out.push(control);
    out.extend_from_slice(&u16::try_from(body.len()).unwrap_or(u16::MAX).to_be_bytes());
    out.extend_from_slice(body);
}
