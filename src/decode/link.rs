//! Link layers: from a frame to its IP packet, with MACs and the outermost VLAN id.
//! Hand-written because etherparse has no BSD loopback, PPP, PPPoE or SLL2, and a single
//! loop over ethertypes handles VLAN stacks of any depth the same way for every link type.

use super::bytes::{array_at, be16, be32, le32, rest, u8_at};
use super::{DecodeError, LinkType};

pub(crate) const ETHERTYPE_IPV4: u16 = 0x0800;
pub(crate) const ETHERTYPE_IPV6: u16 = 0x86dd;
const ETHERTYPE_VLAN: u16 = 0x8100;
const ETHERTYPE_QINQ: u16 = 0x88a8;
const ETHERTYPE_QINQ_OLD1: u16 = 0x9100;
const ETHERTYPE_QINQ_OLD2: u16 = 0x9200;
const ETHERTYPE_PPPOE_SESSION: u16 = 0x8864;
/// More stacked tags than this is not a real frame.
const MAX_VLAN_TAGS: usize = 8;

const PPP_IPV4: u16 = 0x0021;
const PPP_IPV6: u16 = 0x0057;

/// IP version a link header announced; checked against the IP header's version nibble.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IpVersion {
    V4,
    V6,
    /// Raw IP link types: the version nibble decides.
    Any,
}

/// What the link layer says about a frame. MAC addresses are read by [`macs`] once the
/// frame is known to be IP: carrying `Option<[u8; 6]>` through here cost store-forwarding
/// stalls.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Link<'a> {
    pub vlan: Option<u16>,
    pub version: IpVersion,
    pub ip: &'a [u8],
}

impl<'a> Link<'a> {
    fn bare(version: IpVersion, ip: &'a [u8]) -> Self {
        Link {
            vlan: None,
            version,
            ip,
        }
    }
}

/// Source and destination MACs of a frame whose link header was already validated.
#[inline(always)]
pub(crate) fn macs(kind: LinkType, data: &[u8]) -> (Option<[u8; 6]>, Option<[u8; 6]>) {
    match kind {
        LinkType::Ethernet => (array_at(data, 6), array_at(data, 0)),
        // Cooked captures carry the sender's address only, for Ethernet devices.
        LinkType::LinuxSll if be16(data, 2) == Some(1) && be16(data, 4) == Some(6) => {
            (array_at(data, 6), None)
        }
        LinkType::LinuxSll2 if be16(data, 8) == Some(1) && u8_at(data, 11) == Some(6) => {
            (array_at(data, 12), None)
        }
        _ => (None, None),
    }
}

/// Ethernet II (LINKTYPE_ETHERNET), with VLAN tags and PPPoE sessions.
#[inline(always)]
pub(crate) fn ethernet(data: &[u8]) -> Result<Link<'_>, DecodeError> {
    let ethertype = be16(data, 12).ok_or(DecodeError::Truncated("Ethernet"))?;
    by_ethertype(ethertype, rest(data, 14))
}

/// Linux cooked capture v1 (LINKTYPE_LINUX_SLL): 16-byte header, source address only.
#[inline(always)]
pub(crate) fn linux_sll(data: &[u8]) -> Result<Link<'_>, DecodeError> {
    let protocol = be16(data, 14).ok_or(DecodeError::Truncated("Linux cooked (SLL)"))?;
    by_ethertype(protocol, rest(data, 16))
}

/// Linux cooked capture v2 (LINKTYPE_LINUX_SLL2): 20-byte header, protocol first.
#[inline(always)]
pub(crate) fn linux_sll2(data: &[u8]) -> Result<Link<'_>, DecodeError> {
    const T: DecodeError = DecodeError::Truncated("Linux cooked (SLL2)");
    array_at::<20>(data, 0).ok_or(T)?;
    let protocol = be16(data, 0).ok_or(T)?;
    by_ethertype(protocol, rest(data, 20))
}

/// Raw IP link types: no header at all.
#[inline(always)]
pub(crate) fn raw_ip(data: &[u8], version: IpVersion) -> Link<'_> {
    Link::bare(version, data)
}

/// BSD loopback (LINKTYPE_NULL in host order, LINKTYPE_LOOP in network order; both are
/// accepted either way since captures travel between machines). AF_INET6 differs per OS.
#[inline(always)]
pub(crate) fn bsd_loopback(data: &[u8]) -> Result<Link<'_>, DecodeError> {
    const T: DecodeError = DecodeError::Truncated("BSD loopback");
    let le = le32(data, 0).ok_or(T)?;
    let family = if le < 0x100 {
        le
    } else {
        be32(data, 0).ok_or(T)?
    };
    let version = match family {
        2 => IpVersion::V4,
        // Linux, NetBSD/OpenBSD, FreeBSD, Darwin.
        10 | 24 | 28 | 30 => IpVersion::V6,
        other => return Err(DecodeError::NotIp(u16::try_from(other).unwrap_or(u16::MAX))),
    };
    Ok(Link::bare(version, rest(data, 4)))
}

/// PPP (LINKTYPE_PPP), with or without the HDLC-like 0xff 0x03 address/control bytes.
#[inline(always)]
pub(crate) fn ppp(data: &[u8]) -> Result<Link<'_>, DecodeError> {
    let (version, ip) = ppp_payload(data)?;
    Ok(Link::bare(version, ip))
}

/// A PPP frame's protocol field (possibly compressed to one byte) and its payload.
#[inline(always)]
pub(crate) fn ppp_payload(data: &[u8]) -> Result<(IpVersion, &[u8]), DecodeError> {
    const T: DecodeError = DecodeError::Truncated("PPP");
    let start = if data.starts_with(&[0xff, 0x03]) {
        2
    } else {
        0
    };
    let first = u8_at(data, start).ok_or(T)?;
    // An odd first byte is a compressed one-byte protocol (RFC 1661 section 6.5).
    let (protocol, len) = if first & 1 == 1 {
        (u16::from(first), 1)
    } else {
        (be16(data, start).ok_or(T)?, 2)
    };
    let payload = rest(data, start + len);
    match protocol {
        PPP_IPV4 => Ok((IpVersion::V4, payload)),
        PPP_IPV6 => Ok((IpVersion::V6, payload)),
        other => Err(DecodeError::NotIp(other)),
    }
}

/// Follows VLAN tags and PPPoE sessions from `ethertype` to an IP packet, keeping the
/// outermost VLAN id.
#[inline(always)]
pub(crate) fn by_ethertype(mut ethertype: u16, mut data: &[u8]) -> Result<Link<'_>, DecodeError> {
    let mut vlan = None;
    for _ in 0..=MAX_VLAN_TAGS {
        let version = match ethertype {
            ETHERTYPE_IPV4 => IpVersion::V4,
            ETHERTYPE_IPV6 => IpVersion::V6,
            ETHERTYPE_VLAN | ETHERTYPE_QINQ | ETHERTYPE_QINQ_OLD1 | ETHERTYPE_QINQ_OLD2 => {
                const T: DecodeError = DecodeError::Truncated("802.1Q VLAN tag");
                let tci = be16(data, 0).ok_or(T)?;
                vlan.get_or_insert(tci & 0x0fff);
                ethertype = be16(data, 2).ok_or(T)?;
                data = rest(data, 4);
                continue;
            }
            ETHERTYPE_PPPOE_SESSION => {
                let (version, ip) = pppoe_session(data)?;
                return Ok(Link { vlan, version, ip });
            }
            other => return Err(DecodeError::NotIp(other)),
        };
        return Ok(Link {
            vlan,
            version,
            ip: data,
        });
    }
    Err(DecodeError::Malformed("802.1Q VLAN tag stack"))
}

/// A PPPoE session frame (RFC 2516): 6-byte header, then PPP without address/control.
#[inline(never)]
fn pppoe_session(data: &[u8]) -> Result<(IpVersion, &[u8]), DecodeError> {
    const T: DecodeError = DecodeError::Truncated("PPPoE");
    let ver_type = u8_at(data, 0).ok_or(T)?;
    let length = be16(data, 4).ok_or(T)?;
    if ver_type != 0x11 {
        return Err(DecodeError::Malformed("PPPoE"));
    }
    let body = rest(data, 6);
    // The length field bounds the PPP frame; Ethernet padding may follow it.
    let body = body.get(..usize::from(length)).unwrap_or(body);
    match ppp_payload(body) {
        Err(DecodeError::NotIp(_)) => Err(DecodeError::NotIp(ETHERTYPE_PPPOE_SESSION)),
        other => other,
    }
}
