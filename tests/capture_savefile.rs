//! Savefiles end to end: hand-written pcap/pcapng files read back through `open_savefile`
//! and `decode`, for every link type, byte order, precision, truncation and corruption.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::{Path, PathBuf};

use nuage::capture::pcap_writer::{Endian, PcapWriter, PcapngWriter, TsPrecision};
use nuage::capture::{CaptureError, PacketSource, open_savefile};
use nuage::decode::frames::{self, Ipv4Options, Ipv6Ext};
use nuage::decode::{DecodeError, DecodedPacket, FragmentInfo, Transport, decode};

const MAC_A: [u8; 6] = [0x02, 0, 0, 0, 0, 0x0a];
const MAC_B: [u8; 6] = [0x02, 0, 0, 0, 0, 0x0b];
const V4_A: Ipv4Addr = Ipv4Addr::new(192, 168, 1, 10);
const V4_B: Ipv4Addr = Ipv4Addr::new(142, 250, 74, 36);
const V6_A: Ipv6Addr = Ipv6Addr::new(0x2001, 0xdb8, 0, 1, 0, 0, 0, 0x10);
const V6_B: Ipv6Addr = Ipv6Addr::new(0x2a00, 0x1450, 0, 0, 0, 0, 0, 0x200e);
const TS: i64 = 1_764_230_400_123_456;

fn tcp_v4(payload: &[u8]) -> Vec<u8> {
    frames::ipv4(V4_A, V4_B, 6, &frames::tcp(51000, 443, 0x18, &[], payload))
}

fn udp_v6() -> Vec<u8> {
    frames::ipv6(V6_A, V6_B, 17, &frames::udp(40000, 443, b"quic"))
}

/// Every packet of a file, decoded, with its wire length and capture length.
struct Read {
    link_type: u32,
    packets: Vec<(i64, u32, Vec<u8>)>,
    error: Option<CaptureError>,
}

fn read_all(path: &Path) -> Read {
    let mut src = open_savefile(path).unwrap();
    let link_type = src.link_type();
    assert_eq!(src.stats(), None);
    let mut packets = Vec::new();
    loop {
        match src.next_packet() {
            Ok(Some(p)) => packets.push((p.ts_micros, p.wire_len, p.data.to_vec())),
            Ok(None) => {
                return Read {
                    link_type,
                    packets,
                    error: None,
                };
            }
            Err(e) => {
                // The error ends the file: later calls report the end.
                assert!(src.next_packet().unwrap().is_none());
                return Read {
                    link_type,
                    packets,
                    error: Some(e),
                };
            }
        }
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn decode_one(link_type: u32, p: &(i64, u32, Vec<u8>)) -> Result<DecodedPacket<'_>, DecodeError> {
    decode(link_type, p.0, p.1, &p.2)
}

#[test]
fn every_link_type_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let v4 = tcp_v4(b"hello");
    let v6 = udp_v6();
    let eth = |et, p: &[u8]| frames::ethernet(MAC_B, MAC_A, &[], et, p);
    let cases: Vec<(u32, Vec<u8>, Vec<u8>)> = vec![
        (1, eth(0x0800, &v4), eth(0x86dd, &v6)),
        (
            113,
            frames::linux_sll(0, MAC_A, 0x0800, &v4),
            frames::linux_sll(4, MAC_A, 0x86dd, &v6),
        ),
        (
            276,
            frames::linux_sll2(0, MAC_A, 0x0800, &v4),
            frames::linux_sll2(4, MAC_A, 0x86dd, &v6),
        ),
        (101, v4.clone(), v6.clone()),
        (12, v4.clone(), v6.clone()),
        (14, v4.clone(), v6.clone()),
        (
            228,
            v4.clone(),
            frames::ipv4(V4_B, V4_A, 6, &frames::tcp(443, 51000, 0x10, &[], &[])),
        ),
        (
            229,
            frames::ipv6(V6_A, V6_B, 6, &frames::tcp(51000, 443, 0x18, &[], b"hello")),
            v6.clone(),
        ),
        (
            0,
            frames::bsd_loopback(2, false, &v4),
            frames::bsd_loopback(30, false, &v6),
        ),
        (
            108,
            frames::bsd_loopback(2, true, &v4),
            frames::bsd_loopback(24, true, &v6),
        ),
        (
            9,
            frames::ppp(true, 0x21, &v4),
            frames::ppp(false, 0x57, &v6),
        ),
    ];
    for (lt, first, second) in cases {
        let mut w = PcapWriter::new(lt);
        w.packet(TS, &first).packet(TS + 1, &second);
        let path = write(dir.path(), &format!("lt{lt}.pcap"), w.bytes());
        let read = read_all(&path);
        assert!(read.error.is_none(), "link type {lt}: {:?}", read.error);
        let expected = if lt == 12 || lt == 14 { 101 } else { lt };
        assert_eq!(read.link_type, expected);
        assert_eq!(read.packets.len(), 2);
        let a = decode_one(lt, &read.packets[0]).unwrap();
        let b = decode_one(lt, &read.packets[1]).unwrap();
        assert_eq!(a.ts_micros, TS);
        assert_eq!(b.ts_micros, TS + 1);
        assert_eq!(a.wire_len as usize, first.len(), "link type {lt}");
        assert_eq!(b.wire_len as usize, second.len());
        if lt != 229 {
            assert_eq!(a.src, IpAddr::V4(V4_A), "link type {lt}");
            assert_eq!(a.payload, b"hello");
        }
        assert!(matches!(
            a.transport,
            Transport::Tcp {
                src_port: 51000,
                dst_port: 443,
                ..
            }
        ));
        if lt != 228 {
            assert_eq!(
                b.transport,
                Transport::Udp {
                    src_port: 40000,
                    dst_port: 443
                },
                "link type {lt}"
            );
            assert_eq!(b.dst, IpAddr::V6(V6_B));
        }
    }
}

#[test]
fn vlan_qinq_pppoe_fragments_ext_headers_and_tunnels_from_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let v4 = tcp_v4(b"hello");
    let frag_opts = Ipv4Options {
        id: 77,
        more_fragments: true,
        ..Default::default()
    };
    let tail_opts = Ipv4Options {
        id: 77,
        frag_offset: 24,
        ..Default::default()
    };
    let inner_eth = frames::ethernet(MAC_B, MAC_A, &[], 0x0800, &v4);
    let outer_v4 = |proto, payload: &[u8]| {
        frames::ipv4(
            Ipv4Addr::new(10, 9, 9, 1),
            Ipv4Addr::new(10, 9, 9, 2),
            proto,
            payload,
        )
    };
    let frames_in: Vec<Vec<u8>> = vec![
        frames::ethernet(MAC_B, MAC_A, &[(0x8100, 10)], 0x0800, &v4),
        frames::ethernet(MAC_B, MAC_A, &[(0x88a8, 200), (0x8100, 10)], 0x0800, &v4),
        frames::ethernet(
            MAC_B,
            MAC_A,
            &[],
            0x8864,
            &frames::pppoe_session(3, 0x21, &v4),
        ),
        frames::ethernet(
            MAC_B,
            MAC_A,
            &[],
            0x0800,
            &frames::ipv4_with(
                V4_A,
                V4_B,
                6,
                &frag_opts,
                &frames::tcp(51000, 443, 0x18, &[], b"0123"),
            ),
        ),
        frames::ethernet(
            MAC_B,
            MAC_A,
            &[],
            0x0800,
            &frames::ipv4_with(V4_A, V4_B, 6, &tail_opts, b"4567"),
        ),
        frames::ethernet(
            MAC_B,
            MAC_A,
            &[],
            0x86dd,
            &frames::ipv6_with(
                V6_A,
                V6_B,
                &[
                    Ipv6Ext::HopByHop,
                    Ipv6Ext::Routing,
                    Ipv6Ext::DestinationOptions,
                ],
                17,
                &frames::udp(40000, 443, b"quic"),
            ),
        ),
        frames::ethernet(MAC_B, MAC_A, &[], 0x0800, &outer_v4(41, &udp_v6())),
        frames::ethernet(
            MAC_B,
            MAC_A,
            &[],
            0x0800,
            &outer_v4(47, &frames::gre(0x6558, None, None, &inner_eth)),
        ),
        frames::ethernet(
            MAC_B,
            MAC_A,
            &[],
            0x0800,
            &outer_v4(17, &frames::udp(50000, 4789, &frames::vxlan(1, &inner_eth))),
        ),
    ];
    let mut w = PcapWriter::new(1);
    for (i, f) in frames_in.iter().enumerate() {
        w.packet(TS + i as i64, f);
    }
    let path = write(dir.path(), "mix.pcap", w.bytes());
    let read = read_all(&path);
    assert!(read.error.is_none());
    let d: Vec<DecodedPacket<'_>> = read
        .packets
        .iter()
        .map(|p| decode_one(1, p).unwrap())
        .collect();
    assert_eq!(d[0].vlan, Some(10));
    assert_eq!(d[1].vlan, Some(200));
    assert_eq!(d[2].src, IpAddr::V4(V4_A));
    assert_eq!(
        d[3].fragment,
        Some(FragmentInfo {
            id: 77,
            offset: 0,
            more_fragments: true
        })
    );
    assert!(matches!(
        d[3].transport,
        Transport::Tcp {
            src_port: 51000,
            ..
        }
    ));
    assert_eq!(
        d[4].fragment,
        Some(FragmentInfo {
            id: 77,
            offset: 24,
            more_fragments: false
        })
    );
    assert_eq!(d[4].transport, Transport::Other { protocol: 6 });
    assert_eq!(
        d[5].transport,
        Transport::Udp {
            src_port: 40000,
            dst_port: 443
        }
    );
    assert_eq!(d[6].src, IpAddr::V6(V6_A), "6in4 looked through");
    for (i, p) in d.iter().enumerate().skip(7) {
        assert_eq!(p.src, IpAddr::V4(V4_A), "tunnel {i} looked through");
        assert_eq!(
            p.wire_len as usize,
            frames_in[i].len(),
            "outer frame's length kept"
        );
    }
}

#[test]
fn byte_orders_and_nanosecond_timestamps() {
    let dir = tempfile::tempdir().unwrap();
    let frame = frames::ethernet(MAC_B, MAC_A, &[], 0x0800, &tcp_v4(b"x"));
    let ts_nanos: i64 = 1_764_230_400_123_456_789;
    for endian in [Endian::Little, Endian::Big] {
        for precision in [TsPrecision::Micro, TsPrecision::Nano] {
            let mut w = PcapWriter::with_format(1, endian, precision, 65535);
            w.record_nanos(ts_nanos, 1514, &frame);
            w.record_nanos(ts_nanos + 999, 60, &frame);
            let path = write(
                dir.path(),
                &format!("{endian:?}-{precision:?}.pcap"),
                w.bytes(),
            );
            let read = read_all(&path);
            assert!(read.error.is_none());
            assert_eq!(read.link_type, 1);
            // 123_456_789 ns is 123_456 us; +999 ns is 123_457_788 ns, 123_457 us.
            assert_eq!(
                read.packets[0].0, 1_764_230_400_123_456,
                "{endian:?} {precision:?}"
            );
            assert_eq!(
                read.packets[1].0, 1_764_230_400_123_457,
                "{endian:?} {precision:?}"
            );
            assert_eq!(read.packets[0].1, 1514);
            assert_eq!(read.packets[0].2, frame);
        }
    }
}

#[test]
fn snaplen_truncated_capture_keeps_wire_length() {
    let dir = tempfile::tempdir().unwrap();
    let frame = frames::ethernet(MAC_B, MAC_A, &[], 0x0800, &tcp_v4(&[0x17; 1400]));
    let mut w = PcapWriter::with_format(1, Endian::Little, TsPrecision::Micro, 96);
    w.truncated(TS, &frame, 96);
    // Cut inside the TCP header: the decoder says which layer is missing.
    w.truncated(TS, &frame, 14 + 20 + 8);
    let path = write(dir.path(), "snap.pcap", w.bytes());
    let read = read_all(&path);
    assert!(read.error.is_none());
    let p = decode_one(1, &read.packets[0]).unwrap();
    assert_eq!(p.wire_len as usize, frame.len());
    assert_eq!(read.packets[0].2.len(), 96);
    assert!(matches!(
        p.transport,
        Transport::Tcp {
            src_port: 51000,
            dst_port: 443,
            ..
        }
    ));
    assert_eq!(p.payload.len(), 96 - 54);
    assert_eq!(
        decode_one(1, &read.packets[1]),
        Err(DecodeError::Truncated("TCP"))
    );
    assert_eq!(read.packets[1].1 as usize, frame.len());
}

#[test]
fn zero_length_packets() {
    let dir = tempfile::tempdir().unwrap();
    let mut w = PcapWriter::new(1);
    w.record_nanos(0, 0, &[]);
    w.record_nanos(0, 60, &[]);
    w.packet(
        5,
        &frames::ethernet(MAC_B, MAC_A, &[], 0x0800, &tcp_v4(b"")),
    );
    let path = write(dir.path(), "zero.pcap", w.bytes());
    let read = read_all(&path);
    assert!(read.error.is_none());
    assert_eq!(read.packets.len(), 3);
    assert!(read.packets[0].2.is_empty());
    assert_eq!(read.packets[1].1, 60);
    assert_eq!(
        decode_one(1, &read.packets[1]),
        Err(DecodeError::Truncated("Ethernet"))
    );
    assert!(decode_one(1, &read.packets[2]).is_ok());
}

#[test]
fn truncated_file_names_file_and_offset_after_good_packets() {
    let dir = tempfile::tempdir().unwrap();
    let frame = frames::ethernet(MAC_B, MAC_A, &[], 0x0800, &tcp_v4(b"hello"));
    let mut w = PcapWriter::new(1);
    w.packet(TS, &frame)
        .packet(TS + 1, &frame)
        .packet(TS + 2, &frame);
    let whole = w.bytes().to_vec();
    let third_record = 24 + 2 * (16 + frame.len());
    // Cut inside the third record's data, then inside its header.
    for (name, cut) in [
        ("cut-data.pcap", whole.len() - 3),
        ("cut-header.pcap", third_record + 7),
    ] {
        let path = write(dir.path(), name, &whole[..cut]);
        let read = read_all(&path);
        assert_eq!(
            read.packets.len(),
            2,
            "{name}: good packets delivered first"
        );
        let err = read.error.expect("truncation reported");
        match &err {
            CaptureError::Corrupt {
                path: p,
                offset,
                packets,
                ..
            } => {
                assert_eq!(p, &path);
                assert_eq!(*offset, Some(third_record as u64));
                assert_eq!(*packets, 2);
            }
            other => panic!("unexpected error {other:?}"),
        }
        let msg = err.to_string();
        assert!(
            msg.contains(name) && msg.contains(&format!("byte offset {third_record}")),
            "{msg}"
        );
    }
}

#[test]
fn bad_files_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let wrong_magic = write(dir.path(), "wrong-magic.pcap", &[0x42; 64]);
    let empty = write(dir.path(), "empty.pcap", &[]);
    let missing = dir.path().join("missing.pcap");
    for path in [wrong_magic, empty, missing] {
        let err = open_savefile(&path).unwrap_err();
        assert!(
            matches!(
                err,
                CaptureError::OpenFile { .. } | CaptureError::TooShort { .. }
            ),
            "{err:?}"
        );
        assert!(
            err.to_string().contains(&path.display().to_string()),
            "{err}"
        );
    }
    // A path libpcap cannot be given as a C string.
    {
        use std::os::unix::ffi::OsStrExt;
        let odd = dir
            .path()
            .join(std::ffi::OsStr::from_bytes(b"bad-\xff.pcap"));
        std::fs::write(&odd, PcapWriter::new(1).bytes()).unwrap();
        let err = open_savefile(&odd).unwrap_err();
        assert!(err.to_string().contains("not valid UTF-8"), "{err}");
    }
    // A valid header and nothing else: no packets, no error.
    let header_only = write(dir.path(), "header-only.pcap", PcapWriter::new(1).bytes());
    let read = read_all(&header_only);
    assert!(read.packets.is_empty() && read.error.is_none());
}

#[test]
fn pcapng_micro_and_nano() {
    let dir = tempfile::tempdir().unwrap();
    let frame = frames::ethernet(MAC_B, MAC_A, &[], 0x86dd, &udp_v6());
    let ts_nanos: i64 = 1_764_230_400_123_456_789;
    for nanos in [false, true] {
        let mut w = PcapngWriter::new(1, nanos);
        w.packet_nanos(ts_nanos, 1500, &frame).packet(TS, &frame);
        let path = write(dir.path(), &format!("ng-{nanos}.pcapng"), w.bytes());
        assert!(open_savefile(&path).unwrap().is_pcapng());
        let read = read_all(&path);
        assert!(read.error.is_none(), "{:?}", read.error);
        assert_eq!(read.link_type, 1);
        assert_eq!(read.packets.len(), 2);
        assert_eq!(read.packets[0].0, 1_764_230_400_123_456);
        assert_eq!(read.packets[0].1, 1500);
        assert_eq!(read.packets[1].0, TS);
        let p = decode_one(1, &read.packets[1]).unwrap();
        assert_eq!(
            p.transport,
            Transport::Udp {
                src_port: 40000,
                dst_port: 443
            }
        );
    }
}

#[test]
fn truncated_pcapng_counts_packets() {
    let dir = tempfile::tempdir().unwrap();
    let frame = frames::ethernet(MAC_B, MAC_A, &[], 0x0800, &tcp_v4(b"hello"));
    let mut w = PcapngWriter::new(1, false);
    w.packet(TS, &frame).packet(TS + 1, &frame);
    let whole = w.bytes();
    let path = write(dir.path(), "cut.pcapng", &whole[..whole.len() - 10]);
    let read = read_all(&path);
    assert_eq!(read.packets.len(), 1);
    let msg = read.error.expect("truncation reported").to_string();
    assert!(
        msg.contains("cut.pcapng") && msg.contains("after 1 packets"),
        "{msg}"
    );
}
