//! Decoder unit tests: every link type, tag, tunnel and truncation, and a no-panic proptest.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use proptest::prelude::*;

use super::frames::{self, Ipv4Options, Ipv6Ext};
use super::{DecodeError, FragmentInfo, Transport, decode};

const MAC_A: [u8; 6] = [0x02, 0, 0, 0, 0, 0x0a];
const MAC_B: [u8; 6] = [0x02, 0, 0, 0, 0, 0x0b];
const V4_A: Ipv4Addr = Ipv4Addr::new(192, 168, 1, 10);
const V4_B: Ipv4Addr = Ipv4Addr::new(93, 184, 216, 34);
const V6_A: Ipv6Addr = Ipv6Addr::new(0x2001, 0xdb8, 0, 1, 0, 0, 0, 0x10);
const V6_B: Ipv6Addr = Ipv6Addr::new(0x2606, 0x4700, 0, 0, 0, 0, 0, 0x1111);
const SYN: u8 = 0x02;

fn tcp_v4() -> Vec<u8> {
    frames::ipv4(V4_A, V4_B, 6, &frames::tcp(50000, 443, SYN, &[], b"hello"))
}

fn udp_v6() -> Vec<u8> {
    frames::ipv6(V6_A, V6_B, 17, &frames::udp(5353, 53, b"query"))
}

fn eth(ethertype: u16, payload: &[u8]) -> Vec<u8> {
    frames::ethernet(MAC_B, MAC_A, &[], ethertype, payload)
}

fn assert_tcp_v4(link_type: u32, frame: &[u8]) {
    let len = u32::try_from(frame.len()).unwrap();
    let p = decode(link_type, 7, len, frame).unwrap();
    assert_eq!(p.src, IpAddr::V4(V4_A), "link type {link_type}");
    assert_eq!(p.dst, IpAddr::V4(V4_B));
    assert_eq!(
        p.transport,
        Transport::Tcp {
            src_port: 50000,
            dst_port: 443,
            flags: SYN,
            seq: 1,
        }
    );
    assert_eq!(p.payload, b"hello");
    assert_eq!(p.wire_len, len);
    assert_eq!(p.ts_micros, 7);
    assert_eq!(p.fragment, None);
}

fn assert_udp_v6(link_type: u32, frame: &[u8]) {
    let p = decode(link_type, 0, 999, frame).unwrap();
    assert_eq!(p.src, IpAddr::V6(V6_A), "link type {link_type}");
    assert_eq!(p.dst, IpAddr::V6(V6_B));
    assert_eq!(
        p.transport,
        Transport::Udp {
            src_port: 5353,
            dst_port: 53
        }
    );
    assert_eq!(p.payload, b"query");
    assert_eq!(p.wire_len, 999);
}

#[test]
fn ethernet_ipv4_tcp_and_ipv6_udp() {
    let f = eth(frames::ETHERTYPE_IPV4, &tcp_v4());
    assert_tcp_v4(1, &f);
    let p = decode(1, 0, 0, &f).unwrap();
    assert_eq!(p.src_mac, Some(MAC_A));
    assert_eq!(p.dst_mac, Some(MAC_B));
    assert_eq!(p.vlan, None);
    assert_udp_v6(1, &eth(frames::ETHERTYPE_IPV6, &udp_v6()));
}

#[test]
fn etherparse_built_packet_decodes() {
    let builder = etherparse::PacketBuilder::ethernet2(MAC_A, MAC_B)
        .ipv4(V4_A.octets(), V4_B.octets(), 64)
        .tcp(50000, 443, 1, 1000)
        .syn();
    let mut frame = Vec::new();
    builder.write(&mut frame, b"hello").unwrap();
    assert_tcp_v4(1, &frame);
}

#[test]
fn ethernet_padding_is_not_payload() {
    let mut f = eth(
        frames::ETHERTYPE_IPV4,
        &frames::ipv4(V4_A, V4_B, 6, &frames::tcp(1, 2, 0x10, &[], &[])),
    );
    f.resize(60, 0);
    let p = decode(1, 0, 60, &f).unwrap();
    assert!(p.payload.is_empty());
}

#[test]
fn vlan_and_qinq_report_outermost_id() {
    let f = frames::ethernet(
        MAC_B,
        MAC_A,
        &[(frames::TPID_8021Q, 42)],
        frames::ETHERTYPE_IPV4,
        &tcp_v4(),
    );
    assert_tcp_v4(1, &f);
    assert_eq!(decode(1, 0, 0, &f).unwrap().vlan, Some(42));
    let tags = [(frames::TPID_8021AD, 100), (frames::TPID_8021Q, 7)];
    let f = frames::ethernet(MAC_B, MAC_A, &tags, frames::ETHERTYPE_IPV6, &udp_v6());
    assert_udp_v6(1, &f);
    assert_eq!(decode(1, 0, 0, &f).unwrap().vlan, Some(100));
}

#[test]
fn vlan_stack_too_deep_is_malformed() {
    let tags = [(frames::TPID_8021Q, 1); 12];
    let f = frames::ethernet(MAC_B, MAC_A, &tags, frames::ETHERTYPE_IPV4, &tcp_v4());
    assert_eq!(
        decode(1, 0, 0, &f),
        Err(DecodeError::Malformed("802.1Q VLAN tag stack"))
    );
}

#[test]
fn pppoe_session_ipv4_and_ipv6() {
    let f = eth(0x8864, &frames::pppoe_session(7, 0x0021, &tcp_v4()));
    assert_tcp_v4(1, &f);
    let f = frames::ethernet(
        MAC_B,
        MAC_A,
        &[(frames::TPID_8021Q, 7)],
        0x8864,
        &frames::pppoe_session(7, 0x0057, &udp_v6()),
    );
    assert_udp_v6(1, &f);
    // LCP inside the session and PPPoE discovery are LAN control traffic.
    let lcp = eth(0x8864, &frames::pppoe_session(7, 0xc021, &[1, 1, 0, 4]));
    assert_eq!(decode(1, 0, 0, &lcp), Err(DecodeError::NotIp(0x8864)));
    let padi = eth(0x8863, &[0x11, 0x09, 0, 0, 0, 0]);
    assert_eq!(decode(1, 0, 0, &padi), Err(DecodeError::NotIp(0x8863)));
}

#[test]
fn pppoe_with_ethernet_padding() {
    let small = frames::ipv4(V4_A, V4_B, 6, &frames::tcp(50000, 443, SYN, &[], &[]));
    let mut f = eth(0x8864, &frames::pppoe_session(7, 0x0021, &small));
    f.resize(64, 0xee);
    let p = decode(1, 0, 64, &f).unwrap();
    assert!(p.payload.is_empty());
}

#[test]
fn arp_is_not_ip() {
    let f = eth(frames::ETHERTYPE_ARP, &[0u8; 28]);
    assert_eq!(decode(1, 0, 42, &f), Err(DecodeError::NotIp(0x0806)));
    // 802.3 length field with LLC (e.g. STP).
    let f = eth(0x0026, &[0x42, 0x42, 0x03]);
    assert_eq!(decode(1, 0, 60, &f), Err(DecodeError::NotIp(0x0026)));
}

#[test]
fn linux_cooked_v1_and_v2() {
    let f = frames::linux_sll(4, MAC_A, frames::ETHERTYPE_IPV4, &tcp_v4());
    assert_tcp_v4(113, &f);
    let p = decode(113, 0, 0, &f).unwrap();
    assert_eq!((p.src_mac, p.dst_mac), (Some(MAC_A), None));
    assert_udp_v6(
        113,
        &frames::linux_sll(0, MAC_A, frames::ETHERTYPE_IPV6, &udp_v6()),
    );
    let f = frames::linux_sll2(4, MAC_A, frames::ETHERTYPE_IPV4, &tcp_v4());
    assert_tcp_v4(276, &f);
    assert_eq!(decode(276, 0, 0, &f).unwrap().src_mac, Some(MAC_A));
    assert_udp_v6(
        276,
        &frames::linux_sll2(0, MAC_A, frames::ETHERTYPE_IPV6, &udp_v6()),
    );
    let arp = frames::linux_sll2(0, MAC_A, frames::ETHERTYPE_ARP, &[0; 28]);
    assert_eq!(decode(276, 0, 0, &arp), Err(DecodeError::NotIp(0x0806)));
}

#[test]
fn etherparse_linux_sll_decodes() {
    let builder = etherparse::PacketBuilder::linux_sll(
        etherparse::LinuxSllPacketType::OUTGOING,
        6,
        [2, 0, 0, 0, 0, 0x0a, 0, 0],
    )
    .ipv4(V4_A.octets(), V4_B.octets(), 64)
    .tcp(50000, 443, 1, 1000)
    .syn();
    let mut frame = Vec::new();
    builder.write(&mut frame, b"hello").unwrap();
    assert_tcp_v4(113, &frame);
}

#[test]
fn raw_ip_link_types() {
    for lt in [101, 12, 14] {
        assert_tcp_v4(lt, &tcp_v4());
        assert_udp_v6(lt, &udp_v6());
    }
    assert_tcp_v4(228, &tcp_v4());
    assert_udp_v6(229, &udp_v6());
    assert_eq!(
        decode(228, 0, 0, &udp_v6()),
        Err(DecodeError::Malformed("IP version"))
    );
    assert_eq!(
        decode(229, 0, 0, &tcp_v4()),
        Err(DecodeError::Malformed("IP version"))
    );
    assert_eq!(
        decode(101, 0, 0, &[0x50; 30]),
        Err(DecodeError::Malformed("IP version"))
    );
}

#[test]
fn bsd_loopback_both_byte_orders_and_inet6_values() {
    for lt in [0, 108] {
        for big in [false, true] {
            assert_tcp_v4(lt, &frames::bsd_loopback(2, big, &tcp_v4()));
            for family in [24, 28, 30, 10] {
                assert_udp_v6(lt, &frames::bsd_loopback(family, big, &udp_v6()));
            }
        }
        assert_eq!(
            decode(lt, 0, 0, &frames::bsd_loopback(7, true, &[0; 20])),
            Err(DecodeError::NotIp(7))
        );
    }
}

#[test]
fn ppp_with_and_without_hdlc_framing() {
    for hdlc in [false, true] {
        assert_tcp_v4(9, &frames::ppp(hdlc, 0x0021, &tcp_v4()));
        assert_udp_v6(9, &frames::ppp(hdlc, 0x0057, &udp_v6()));
    }
    // Protocol-field compression: one byte 0x21.
    let mut f = vec![0x21];
    f.extend_from_slice(&tcp_v4());
    assert_tcp_v4(9, &f);
    assert_eq!(
        decode(9, 0, 0, &frames::ppp(true, 0xc021, &[1, 2, 0, 4])),
        Err(DecodeError::NotIp(0xc021))
    );
}

#[test]
fn unsupported_link_type() {
    assert_eq!(
        decode(127, 0, 0, &tcp_v4()),
        Err(DecodeError::UnsupportedLinkType(127))
    );
}

#[test]
fn ipv4_options_are_skipped() {
    let opts = Ipv4Options {
        options: vec![0x94, 0x04, 0, 0, 0x01], // router alert + NOP
        ..Ipv4Options::default()
    };
    let p = frames::ipv4_with(
        V4_A,
        V4_B,
        6,
        &opts,
        &frames::tcp(50000, 443, SYN, &[], b"hello"),
    );
    assert_tcp_v4(101, &p);
}

#[test]
fn tcp_options_are_skipped() {
    let seg = frames::tcp(50000, 443, SYN, &[2, 4, 5, 0xb4, 1, 3, 3, 7], b"hello");
    assert_tcp_v4(101, &frames::ipv4(V4_A, V4_B, 6, &seg));
}

#[test]
fn ipv4_fragments() {
    let seg = frames::tcp(50000, 443, SYN, &[], b"first part");
    let first = frames::ipv4_with(
        V4_A,
        V4_B,
        6,
        &Ipv4Options {
            id: 0x1234,
            frag_offset: 0,
            more_fragments: true,
            ..Default::default()
        },
        &seg,
    );
    let p = decode(101, 0, 0, &first).unwrap();
    assert!(matches!(
        p.transport,
        Transport::Tcp {
            src_port: 50000,
            dst_port: 443,
            ..
        }
    ));
    assert_eq!(
        p.fragment,
        Some(FragmentInfo {
            id: 0x1234,
            offset: 0,
            more_fragments: true
        })
    );
    let second = frames::ipv4_with(
        V4_A,
        V4_B,
        6,
        &Ipv4Options {
            id: 0x1234,
            frag_offset: 32,
            more_fragments: false,
            ..Default::default()
        },
        b"rest of data",
    );
    let p = decode(101, 0, 0, &second).unwrap();
    assert_eq!(p.transport, Transport::Other { protocol: 6 });
    assert_eq!(
        p.fragment,
        Some(FragmentInfo {
            id: 0x1234,
            offset: 32,
            more_fragments: false
        })
    );
    assert_eq!(p.payload, b"rest of data");
    // A first fragment too small for the TCP header.
    let tiny = frames::ipv4_with(
        V4_A,
        V4_B,
        6,
        &Ipv4Options {
            id: 1,
            more_fragments: true,
            ..Default::default()
        },
        &seg[..8],
    );
    assert_eq!(decode(101, 0, 0, &tiny), Err(DecodeError::Truncated("TCP")));
}

#[test]
fn ipv6_extension_headers() {
    let exts = [
        Ipv6Ext::HopByHop,
        Ipv6Ext::Routing,
        Ipv6Ext::DestinationOptions,
    ];
    let p = frames::ipv6_with(V6_A, V6_B, &exts, 17, &frames::udp(5353, 53, b"query"));
    assert_udp_v6(229, &p);
}

#[test]
fn ipv6_fragments() {
    let dgram = frames::udp(5353, 53, b"first");
    let first = frames::ipv6_with(
        V6_A,
        V6_B,
        &[
            Ipv6Ext::HopByHop,
            Ipv6Ext::Fragment {
                id: 0xdead_beef,
                offset: 0,
                more: true,
            },
        ],
        17,
        &dgram,
    );
    let p = decode(229, 0, 0, &first).unwrap();
    assert_eq!(
        p.transport,
        Transport::Udp {
            src_port: 5353,
            dst_port: 53
        }
    );
    assert_eq!(
        p.fragment,
        Some(FragmentInfo {
            id: 0xdead_beef,
            offset: 0,
            more_fragments: true
        })
    );
    let last = frames::ipv6_with(
        V6_A,
        V6_B,
        &[Ipv6Ext::Fragment {
            id: 0xdead_beef,
            offset: 1448,
            more: false,
        }],
        17,
        b"tail",
    );
    let p = decode(229, 0, 0, &last).unwrap();
    assert_eq!(p.transport, Transport::Other { protocol: 17 });
    assert_eq!(
        p.fragment,
        Some(FragmentInfo {
            id: 0xdead_beef,
            offset: 1448,
            more_fragments: false
        })
    );
    // An atomic fragment (offset 0, no more fragments) is a whole packet.
    let atomic = frames::ipv6_with(
        V6_A,
        V6_B,
        &[Ipv6Ext::Fragment {
            id: 5,
            offset: 0,
            more: false,
        }],
        17,
        &frames::udp(5353, 53, b"query"),
    );
    assert_udp_v6(229, &atomic);
}

#[test]
fn icmp_and_icmpv6() {
    let echo = frames::ipv4(V4_A, V4_B, 1, &frames::icmp(8, 0, &[0, 1, 0, 2, b'x']));
    let p = decode(101, 0, 0, &echo).unwrap();
    assert_eq!(
        p.transport,
        Transport::Icmp {
            icmp_type: 8,
            code: 0
        }
    );
    assert_eq!(p.payload, &[0, 1, 0, 2, b'x']);
    // A Router Advertisement: the flow stage reads prefixes from the payload.
    let ra_body = [64, 0, 0x07, 0x08, 0, 0, 0, 0, 0, 0, 0, 0];
    let ra = frames::ipv6(
        V6_A,
        "ff02::1".parse().unwrap(),
        58,
        &frames::icmp(134, 0, &ra_body),
    );
    let p = decode(229, 0, 0, &ra).unwrap();
    assert_eq!(
        p.transport,
        Transport::Icmp {
            icmp_type: 134,
            code: 0
        }
    );
    assert_eq!(p.payload, &ra_body);
    let cut = frames::ipv4(V4_A, V4_B, 1, &[8, 0]);
    assert_eq!(decode(101, 0, 0, &cut), Err(DecodeError::Truncated("ICMP")));
}

#[test]
fn other_protocols_by_address_pair() {
    let esp = frames::ipv4(V4_A, V4_B, 50, &[0u8; 16]);
    let p = decode(101, 0, 0, &esp).unwrap();
    assert_eq!(p.transport, Transport::Other { protocol: 50 });
    assert_eq!((p.src, p.dst), (IpAddr::V4(V4_A), IpAddr::V4(V4_B)));
}

#[test]
fn six_in_four_reports_inner() {
    let outer = frames::ipv4(
        Ipv4Addr::new(10, 0, 0, 1),
        Ipv4Addr::new(203, 0, 113, 1),
        41,
        &udp_v6(),
    );
    let f = eth(frames::ETHERTYPE_IPV4, &outer);
    assert_udp_v6(1, &f);
    // Unreadable inner packet: counted by the outer pair.
    let bad = frames::ipv4(
        Ipv4Addr::new(10, 0, 0, 1),
        Ipv4Addr::new(203, 0, 113, 1),
        41,
        &[0x60, 0, 0],
    );
    let p = decode(101, 0, 0, &bad).unwrap();
    assert_eq!(p.transport, Transport::Other { protocol: 41 });
    assert_eq!(p.src, IpAddr::V4(Ipv4Addr::new(10, 0, 0, 1)));
}

#[test]
fn gre_ip_and_ethernet_payloads() {
    let outer_a = Ipv4Addr::new(10, 0, 0, 1);
    let outer_b = Ipv4Addr::new(198, 51, 100, 1);
    let g = frames::gre(frames::ETHERTYPE_IPV4, None, None, &tcp_v4());
    assert_tcp_v4(101, &frames::ipv4(outer_a, outer_b, 47, &g));
    let g = frames::gre(frames::ETHERTYPE_IPV6, Some(9), Some(1), &udp_v6());
    assert_udp_v6(101, &frames::ipv4(outer_a, outer_b, 47, &g));
    let inner_eth = eth(frames::ETHERTYPE_IPV4, &tcp_v4());
    let g = frames::gre(0x6558, Some(1), None, &inner_eth);
    let f = frames::ethernet(
        MAC_B,
        MAC_A,
        &[(frames::TPID_8021Q, 5)],
        frames::ETHERTYPE_IPV6,
        &frames::ipv6(V6_B, V6_A, 47, &g),
    );
    assert_tcp_v4(1, &f);
    let p = decode(1, 0, 0, &f).unwrap();
    assert_eq!(
        (p.src_mac, p.vlan),
        (Some(MAC_A), Some(5)),
        "outer MACs and VLAN are kept"
    );
    let unknown = frames::gre(0x88be, None, None, &[0; 20]);
    let packet = frames::ipv4(outer_a, outer_b, 47, &unknown);
    let p = decode(101, 0, 0, &packet).unwrap();
    assert_eq!(p.transport, Transport::Other { protocol: 47 });
}

#[test]
fn vxlan_reports_inner() {
    let inner = eth(frames::ETHERTYPE_IPV4, &tcp_v4());
    let outer = frames::ipv4(
        Ipv4Addr::new(10, 0, 0, 1),
        Ipv4Addr::new(10, 0, 0, 2),
        17,
        &frames::udp(40000, 4789, &frames::vxlan(42, &inner)),
    );
    assert_tcp_v4(1, &eth(frames::ETHERTYPE_IPV4, &outer));
    // VNI flag missing: plain UDP.
    let mut vx = frames::vxlan(42, &inner);
    vx[0] = 0;
    let outer = frames::ipv4(
        Ipv4Addr::new(10, 0, 0, 1),
        Ipv4Addr::new(10, 0, 0, 2),
        17,
        &frames::udp(40000, 4789, &vx),
    );
    let p = decode(101, 0, 0, &outer).unwrap();
    assert_eq!(
        p.transport,
        Transport::Udp {
            src_port: 40000,
            dst_port: 4789
        }
    );
}

#[test]
fn nested_tunnels_stop_at_the_depth_limit() {
    let mut packet = tcp_v4();
    for _ in 0..6 {
        packet = frames::ipv4(
            Ipv4Addr::new(10, 0, 0, 1),
            Ipv4Addr::new(10, 0, 0, 2),
            4,
            &packet,
        );
    }
    let p = decode(101, 0, 0, &packet).unwrap();
    assert_eq!(p.transport, Transport::Other { protocol: 4 });
}

#[test]
fn snaplen_truncation_keeps_headers() {
    let f = eth(
        frames::ETHERTYPE_IPV4,
        &frames::ipv4(
            V4_A,
            V4_B,
            6,
            &frames::tcp(50000, 443, 0x18, &[], &[0xab; 1400]),
        ),
    );
    let wire = u32::try_from(f.len()).unwrap();
    let p = decode(1, 0, wire, &f[..64]).unwrap();
    assert_eq!(p.wire_len, wire);
    assert!(matches!(
        p.transport,
        Transport::Tcp {
            src_port: 50000,
            dst_port: 443,
            flags: 0x18,
            ..
        }
    ));
    assert_eq!(p.payload.len(), 64 - 14 - 20 - 20);
    // Cut inside each header: a clear error naming the layer.
    assert_eq!(
        decode(1, 0, wire, &f[..10]),
        Err(DecodeError::Truncated("Ethernet"))
    );
    assert_eq!(
        decode(1, 0, wire, &f[..14 + 12]),
        Err(DecodeError::Truncated("IPv4"))
    );
    assert_eq!(
        decode(1, 0, wire, &f[..14 + 20 + 10]),
        Err(DecodeError::Truncated("TCP"))
    );
    let v6 = eth(
        frames::ETHERTYPE_IPV6,
        &frames::ipv6_with(
            V6_A,
            V6_B,
            &[Ipv6Ext::HopByHop],
            17,
            &frames::udp(1, 2, &[0; 100]),
        ),
    );
    assert_eq!(
        decode(1, 0, 0, &v6[..14 + 40 + 4]),
        Err(DecodeError::Truncated("IPv6 hop-by-hop options"))
    );
    assert_eq!(
        decode(1, 0, 0, &v6[..14 + 48 + 4]),
        Err(DecodeError::Truncated("UDP"))
    );
    assert_eq!(
        decode(1, 0, 0, &v6[..14 + 30]),
        Err(DecodeError::Truncated("IPv6"))
    );
}

#[test]
fn tcp_options_cut_by_snaplen_still_give_ports() {
    let seg = frames::tcp(50000, 443, SYN, &[1; 20], b"hello");
    let p = frames::ipv4(V4_A, V4_B, 6, &seg);
    let d = decode(101, 0, 0, &p[..20 + 24]).unwrap();
    assert!(matches!(
        d.transport,
        Transport::Tcp {
            src_port: 50000,
            ..
        }
    ));
    assert!(d.payload.is_empty());
}

#[test]
fn empty_and_tiny_frames_are_errors() {
    for lt in [0, 1, 9, 12, 14, 101, 108, 113, 228, 229, 276] {
        assert!(decode(lt, 0, 0, &[]).is_err(), "link type {lt}");
        assert!(decode(lt, 0, 1, &[0x45]).is_err(), "link type {lt}");
    }
}

#[test]
fn malformed_headers() {
    let mut p = tcp_v4();
    p[0] = 0x44; // IHL 4 < 5
    assert_eq!(decode(101, 0, 0, &p), Err(DecodeError::Malformed("IPv4")));
    let mut p = tcp_v4();
    p[20 + 12] = 0x40; // TCP data offset 16 bytes
    assert_eq!(decode(101, 0, 0, &p), Err(DecodeError::Malformed("TCP")));
    // Hop-by-hop header after another extension header.
    let p = frames::ipv6_with(
        V6_A,
        V6_B,
        &[Ipv6Ext::DestinationOptions, Ipv6Ext::HopByHop],
        17,
        &frames::udp(1, 2, b"x"),
    );
    assert_eq!(
        decode(229, 0, 0, &p),
        Err(DecodeError::Malformed("IPv6 hop-by-hop options"))
    );
}

const LINK_TYPES: [u32; 11] = [0, 1, 9, 12, 14, 101, 108, 113, 228, 229, 276];

proptest! {
    #[test]
    fn decode_never_panics(lt in proptest::sample::select(LINK_TYPES.to_vec()), data in proptest::collection::vec(any::<u8>(), 0..200), wire in any::<u32>()) {
        let r = decode(lt, 0, wire, &data);
        if let Ok(p) = r {
            prop_assert_eq!(p.wire_len, wire);
        }
    }

    #[test]
    fn decode_never_panics_on_mutated_real_frames(
        cut in 0usize..200,
        flips in proptest::collection::vec((0usize..200, any::<u8>()), 0..6),
        which in 0usize..4,
    ) {
        let inner = eth(frames::ETHERTYPE_IPV4, &tcp_v4());
        let vx = frames::ipv4(V4_A, V4_B, 17, &frames::udp(1, 4789, &frames::vxlan(1, &inner)));
        let gre = frames::ipv6(V6_A, V6_B, 47, &frames::gre(0x6558, Some(1), Some(2), &inner));
        let frag = frames::ipv6_with(V6_A, V6_B, &[Ipv6Ext::HopByHop, Ipv6Ext::Fragment { id: 1, offset: 0, more: true }], 6, &frames::tcp(1, 2, 0, &[], b"x"));
        let pppoe = frames::pppoe_session(1, 0x0021, &tcp_v4());
        let mut f = match which {
            0 => eth(frames::ETHERTYPE_IPV4, &vx),
            1 => eth(frames::ETHERTYPE_IPV6, &gre),
            2 => eth(frames::ETHERTYPE_IPV6, &frag),
            _ => frames::ethernet(MAC_A, MAC_B, &[(frames::TPID_8021AD, 1), (frames::TPID_8021Q, 2)], 0x8864, &pppoe),
        };
        for (at, byte) in flips {
            if let Some(b) = f.get_mut(at) {
                *b = byte;
            }
        }
        f.truncate(cut);
        let _ = decode(1, 0, 0, &f);
    }
}
