//! The IP layer (etherparse's header slices, and its walker for IPv6 extension headers), the
//! transport header, and tunnels looked through. Payload bounds are computed here so a
//! snaplen-cut packet keeps what was captured.
//!
//! TCP/UDP/ICMP are read by hand: etherparse's TCP slice insists on complete options, while
//! ports and flags sit in the fixed header, which is all a snaplen-cut segment may keep.

use std::net::IpAddr;

use etherparse::err::ipv6_exts::HeaderSliceError;
use etherparse::err::{Layer, ip_auth, ipv4, ipv6};
use etherparse::{
    IpAuthHeaderSlice, Ipv4HeaderSlice, Ipv6ExtensionSlice, Ipv6ExtensionsSlice, Ipv6HeaderSlice,
    ip_number,
};

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
// Inlined so the facts stay in registers: returning these small structs through memory
// costs store-forwarding stalls that dominated the per-packet time.
#[inline(always)]
pub(crate) fn ip(data: &[u8], version: IpVersion, depth: u8) -> Result<IpFacts<'_>, DecodeError> {
    let nibble = u8_at(data, 0).ok_or(DecodeError::Truncated("IP"))? >> 4;
    let (src, dst, fragment, protocol, body) = match (version, nibble) {
        (IpVersion::V4 | IpVersion::Any, 4) => ipv4(data)?,
        (IpVersion::V6 | IpVersion::Any, 6) => ipv6(data)?,
        _ => return Err(DecodeError::Malformed("IP version")),
    };
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
                seq: u32::from_be_bytes([header[4], header[5], header[6], header[7]]),
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
        PROTO_IPIP | PROTO_IPV6_IN_IP if tunnels => Ok(ip_in_ip(body, protocol, depth)
            .unwrap_or_else(|| facts(Transport::Other { protocol }, body))),
        PROTO_GRE if tunnels => {
            Ok(gre(body, depth).unwrap_or_else(|| facts(Transport::Other { protocol }, body)))
        }
        _ => Ok(facts(Transport::Other { protocol }, body)),
    }
}

/// Addresses, fragmentation, payload protocol and payload of an IP packet.
type IpHeader<'a> = (IpAddr, IpAddr, Option<FragmentInfo>, u8, &'a [u8]);

/// The IPv4 header (options skipped) and an authentication header if present. The total
/// length bounds the payload (Ethernet padding follows it); when it is smaller than the
/// header (segmentation offload writes 0) or larger than what was captured (snaplen), the
/// captured bytes are the payload.
#[inline(always)]
fn ipv4(data: &[u8]) -> Result<IpHeader<'_>, DecodeError> {
    let h = Ipv4HeaderSlice::from_slice(data).map_err(|e| match e {
        ipv4::HeaderSliceError::Len(_) => DecodeError::Truncated("IPv4"),
        ipv4::HeaderSliceError::Content(_) => DecodeError::Malformed("IPv4"),
    })?;
    let header_len = h.slice().len();
    let total = usize::from(h.total_len());
    let end = if total >= header_len && total <= data.len() {
        total
    } else {
        data.len()
    };
    let mut body = data.get(header_len..end).unwrap_or(&[]);
    let mut protocol = h.protocol();
    let fragment = h.is_fragmenting_payload().then(|| FragmentInfo {
        id: u32::from(h.identification()),
        offset: h.fragments_offset().value().saturating_mul(8),
        more_fragments: h.more_fragments(),
    });
    if protocol == ip_number::AUTH {
        let auth = IpAuthHeaderSlice::from_slice(body).map_err(|e| match e {
            ip_auth::HeaderSliceError::Len(_) => DecodeError::Truncated("IP authentication"),
            ip_auth::HeaderSliceError::Content(_) => DecodeError::Malformed("IP authentication"),
        })?;
        body = rest(body, auth.slice().len());
        protocol = auth.next_header();
    }
    Ok((
        IpAddr::V4(h.source_addr()),
        IpAddr::V4(h.destination_addr()),
        fragment,
        protocol.0,
        body,
    ))
}

/// The IPv6 header and its extension headers (walked by etherparse). A zero payload
/// length (jumbogram, offload) or one beyond the capture falls back to the captured bytes.
#[inline(always)]
fn ipv6(data: &[u8]) -> Result<IpHeader<'_>, DecodeError> {
    const IPV6_HEADER_LEN: usize = 40;
    let h = Ipv6HeaderSlice::from_slice(data).map_err(|e| match e {
        ipv6::HeaderSliceError::Len(_) => DecodeError::Truncated("IPv6"),
        ipv6::HeaderSliceError::Content(_) => DecodeError::Malformed("IPv6"),
    })?;
    let captured = rest(data, IPV6_HEADER_LEN);
    let payload_len = usize::from(h.payload_length());
    let mut body = match payload_len {
        0 => captured,
        len => captured.get(..len).unwrap_or(captured),
    };
    let mut protocol = h.next_header();
    let mut fragment = None;
    if matches!(
        protocol,
        ip_number::IPV6_HOP_BY_HOP
            | ip_number::IPV6_ROUTE
            | ip_number::IPV6_FRAG
            | ip_number::IPV6_DEST_OPTIONS
            | ip_number::AUTH
    ) {
        let (exts, next, payload, err) = Ipv6ExtensionsSlice::from_slice_lax(protocol, body);
        if let Some((err, layer)) = err {
            return Err(match err {
                HeaderSliceError::Len(_) => DecodeError::Truncated(layer_name(layer)),
                HeaderSliceError::Content(_) => DecodeError::Malformed(layer_name(layer)),
            });
        }
        if exts.is_fragmenting_payload() {
            fragment = exts.into_iter().find_map(|ext| match ext {
                Ipv6ExtensionSlice::Fragment(f) if f.is_fragmenting_payload() => {
                    Some(FragmentInfo {
                        id: f.identification(),
                        offset: f.fragment_offset().value().saturating_mul(8),
                        more_fragments: f.more_fragments(),
                    })
                }
                _ => None,
            });
        }
        body = payload;
        protocol = next;
    }
    Ok((
        IpAddr::V6(h.source_addr()),
        IpAddr::V6(h.destination_addr()),
        fragment,
        protocol.0,
        body,
    ))
}

/// The inner packet of 6in4 or IPIP, if readable.
#[inline(never)]
fn ip_in_ip(data: &[u8], protocol: u8, depth: u8) -> Option<IpFacts<'_>> {
    let version = if protocol == PROTO_IPIP {
        IpVersion::V4
    } else {
        IpVersion::V6
    };
    ip(data, version, depth + 1).ok()
}

/// The inner packet of a VXLAN frame (RFC 7348), if readable.
#[inline(never)]
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
#[inline(never)]
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
