//! The IP layer (through etherparse's lax slicer, which tolerates snaplen-cut payloads and
//! walks IPv6 extension headers), the transport header, and tunnels looked through.
//!
//! TCP/UDP/ICMP are read by hand: etherparse's TCP slice insists on complete options, while
//! ports and flags sit in the fixed header, which is all a snaplen-cut segment may keep.

use std::net::IpAddr;

use etherparse::err::Layer;
use etherparse::err::ip::LaxHeaderSliceError;
use etherparse::err::ipv6_exts::HeaderSliceError;
use etherparse::{Ipv6ExtensionSlice, LaxIpSlice};

use super::bytes::{array_at, be16, rest, u8_at};
use super::link::{self, ETHERTYPE_IPV4, ETHERTYPE_IPV6, IpVersion};
use super::{DecodeError, FragmentInfo, Transport};

const PROTO_ICMP: u8 = 1;
const PROTO_IPIP: u8 = 4;
const PROTO_TCP: u8 = 6;
const PROTO_UDP: u8 = 17;
const PROTO_IPV6_IN_IP: u8 = 41;
const PROTO_GRE: u8 = 47;
const PROTO_ICMPV6: u8 = 58;

const VXLAN_PORT: u16 = 4789;
const GRE_TRANSPARENT_ETHERNET: u16 = 0x6558;
const GRE_PPP: u16 = 0x880b;
/// Tunnels nested deeper than this are counted by their outer headers.
const MAX_TUNNEL_DEPTH: u8 = 3;

/// What the IP and transport layers say.
#[derive(Debug, Clone, Copy)]
pub(crate) struct IpFacts<'a> {
    pub src: IpAddr,
    pub dst: IpAddr,
    pub transport: Transport,
    pub fragment: Option<FragmentInfo>,
    pub payload: &'a [u8],
}

fn layer_name(layer: Layer) -> &'static str {
    match layer {
        Layer::IpAuthHeader => "IP authentication",
        Layer::Ipv6FragHeader => "IPv6 fragment",
        Layer::Ipv6HopByHopHeader => "IPv6 hop-by-hop options",
        Layer::Ipv6RouteHeader => "IPv6 routing",
        Layer::Ipv6DestOptionsHeader => "IPv6 destination options",
        _ => "IPv6 extension",
    }
}

/// Decodes an IP packet; `depth` counts the tunnels already looked through.
pub(crate) fn ip(data: &[u8], version: IpVersion, depth: u8) -> Result<IpFacts<'_>, DecodeError> {
    let nibble = u8_at(data, 0).ok_or(DecodeError::Truncated("IP"))? >> 4;
    let name = match (version, nibble) {
        (IpVersion::V4 | IpVersion::Any, 4) => "IPv4",
        (IpVersion::V6 | IpVersion::Any, 6) => "IPv6",
        _ => return Err(DecodeError::Malformed("IP version")),
    };
    let (slice, ext_err) = LaxIpSlice::from_slice(data).map_err(|e| match e {
        LaxHeaderSliceError::Len(_) => DecodeError::Truncated(name),
        LaxHeaderSliceError::Content(_) => DecodeError::Malformed(name),
    })?;
    if let Some((err, layer)) = ext_err {
        return Err(match err {
            HeaderSliceError::Len(_) => DecodeError::Truncated(layer_name(layer)),
            HeaderSliceError::Content(_) => DecodeError::Malformed(layer_name(layer)),
        });
    }
    let (src, dst, fragment) = match &slice {
        LaxIpSlice::Ipv4(v4) => {
            let h = v4.header();
            let fragment = h.is_fragmenting_payload().then(|| FragmentInfo {
                id: u32::from(h.identification()),
                offset: h.fragments_offset().value().saturating_mul(8),
                more_fragments: h.more_fragments(),
            });
            (
                IpAddr::V4(h.source_addr()),
                IpAddr::V4(h.destination_addr()),
                fragment,
            )
        }
        LaxIpSlice::Ipv6(v6) => {
            let h = v6.header();
            let fragment = if v6.is_payload_fragmented() {
                v6.extensions()
                    .clone()
                    .into_iter()
                    .find_map(|ext| match ext {
                        Ipv6ExtensionSlice::Fragment(f) if f.is_fragmenting_payload() => {
                            Some(FragmentInfo {
                                id: f.identification(),
                                offset: f.fragment_offset().value().saturating_mul(8),
                                more_fragments: f.more_fragments(),
                            })
                        }
                        _ => None,
                    })
            } else {
                None
            };
            (
                IpAddr::V6(h.source_addr()),
                IpAddr::V6(h.destination_addr()),
                fragment,
            )
        }
    };
    let payload = slice.payload();
    let protocol = payload.ip_number.0;
    let body = payload.payload;
    let facts = |transport, payload| IpFacts {
        src,
        dst,
        transport,
        fragment,
        payload,
    };
    // A non-first fragment has no transport header: it belongs to the first one's flow.
    if fragment.is_some_and(|f| f.offset != 0) {
        return Ok(facts(Transport::Other { protocol }, body));
    }
    // Tunnels inside fragments stay outer, so all fragments land in the same flow.
    let tunnels = fragment.is_none() && depth < MAX_TUNNEL_DEPTH;
    match protocol {
        PROTO_TCP => {
            const T: DecodeError = DecodeError::Truncated("TCP");
            let header = array_at::<20>(body, 0).ok_or(T)?;
            let [s0, s1, d0, d1, ..] = header;
            let data_offset = usize::from(header[12] >> 4) * 4;
            if data_offset < 20 {
                return Err(DecodeError::Malformed("TCP"));
            }
            let transport = Transport::Tcp {
                src_port: u16::from_be_bytes([s0, s1]),
                dst_port: u16::from_be_bytes([d0, d1]),
                flags: header[13],
            };
            Ok(facts(transport, rest(body, data_offset)))
        }
        PROTO_UDP => {
            const T: DecodeError = DecodeError::Truncated("UDP");
            let src_port = be16(body, 0).ok_or(T)?;
            let dst_port = be16(body, 2).ok_or(T)?;
            array_at::<4>(body, 4).ok_or(T)?;
            let udp_payload = rest(body, 8);
            if tunnels && dst_port == VXLAN_PORT {
                if let Some(inner) = vxlan(udp_payload, depth) {
                    return Ok(inner);
                }
            }
            Ok(facts(Transport::Udp { src_port, dst_port }, udp_payload))
        }
        PROTO_ICMP | PROTO_ICMPV6 => {
            let header = array_at::<4>(body, 0).ok_or(DecodeError::Truncated(
                if protocol == PROTO_ICMP {
                    "ICMP"
                } else {
                    "ICMPv6"
                },
            ))?;
            let transport = Transport::Icmp {
                icmp_type: header[0],
                code: header[1],
            };
            Ok(facts(transport, rest(body, 4)))
        }
        PROTO_IPIP | PROTO_IPV6_IN_IP if tunnels => {
            let inner_version = if protocol == PROTO_IPIP {
                IpVersion::V4
            } else {
                IpVersion::V6
            };
            Ok(ip(body, inner_version, depth + 1)
                .unwrap_or_else(|_| facts(Transport::Other { protocol }, body)))
        }
        PROTO_GRE if tunnels => {
            Ok(gre(body, depth).unwrap_or_else(|| facts(Transport::Other { protocol }, body)))
        }
        _ => Ok(facts(Transport::Other { protocol }, body)),
    }
}

/// The inner packet of a VXLAN frame (RFC 7348), if readable.
fn vxlan(data: &[u8], depth: u8) -> Option<IpFacts<'_>> {
    const FLAG_VNI_VALID: u8 = 0x08;
    let header = array_at::<8>(data, 0)?;
    if header[0] & FLAG_VNI_VALID == 0 {
        return None;
    }
    let inner = link::ethernet(rest(data, 8)).ok()?;
    ip(inner.ip, inner.version, depth + 1).ok()
}

/// The inner packet of a GRE frame (RFC 2784/2890, and PPTP's enhanced GRE), if readable.
fn gre(data: &[u8], depth: u8) -> Option<IpFacts<'_>> {
    const CHECKSUM: u16 = 0x8000;
    const ROUTING: u16 = 0x4000;
    const KEY: u16 = 0x2000;
    const SEQUENCE: u16 = 0x1000;
    const ACK: u16 = 0x0080;
    let flags = be16(data, 0)?;
    let protocol = be16(data, 2)?;
    let version = flags & 0x7;
    if flags & ROUTING != 0 || version > 1 {
        return None;
    }
    let mut offset = 4;
    for (bit, present) in [
        (CHECKSUM, true),
        (KEY, true),
        (SEQUENCE, true),
        (ACK, version == 1),
    ] {
        if present && flags & bit != 0 {
            offset += 4;
        }
    }
    let inner = data.get(offset..)?;
    match protocol {
        ETHERTYPE_IPV4 => ip(inner, IpVersion::V4, depth + 1).ok(),
        ETHERTYPE_IPV6 => ip(inner, IpVersion::V6, depth + 1).ok(),
        GRE_TRANSPARENT_ETHERNET => {
            let link = link::ethernet(inner).ok()?;
            ip(link.ip, link.version, depth + 1).ok()
        }
        GRE_PPP => {
            let (version, packet) = link::ppp_payload(inner).ok()?;
            ip(packet, version, depth + 1).ok()
        }
        _ => None,
    }
}
