//! Google QUIC (gQUIC Q024..=Q043): the client's first packet carries its CHLO handshake
//! message in cleartext (null encryption), with the server name under the `SNI` tag. Older
//! Chrome and Android apps still in use speak it; later gQUIC (Q046+) and IETF QUIC are
//! read by [`super::quic`].

/// Public-header flag: the packet carries a version (client packets before negotiation).
const FLAG_VERSION: u8 = 0x01;
const FLAG_RESET: u8 = 0x02;
/// 8-byte connection ID (0x0c in the oldest versions, whose 0x04 bit is now the server's
/// nonce flag: clients never set it for that).
const FLAG_CID: u8 = 0x08;
/// Null encryption's 12-byte message hash before the frames.
const HASH_LEN: usize = 12;

/// The gQUIC version number of a public header's version field ("Q043" → 43).
fn version_number(v: &[u8]) -> Option<u16> {
    match v {
        [b'Q', a, b, c] if a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit() => {
            Some(u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0'))
        }
        _ => None,
    }
}

/// Reads an unsigned integer of `len` bytes, little-endian before Q039, big-endian after.
fn uint(bytes: &[u8], big_endian: bool) -> u64 {
    let fold = |acc: u64, b: &u8| (acc << 8) | u64::from(*b);
    if big_endian {
        bytes.iter().fold(0, fold)
    } else {
        bytes.iter().rev().fold(0, fold)
    }
}

/// True when `datagram` looks like a gQUIC client packet with a version, so callers can
/// skip it quickly otherwise.
pub fn is_gquic_client_packet(datagram: &[u8]) -> bool {
    match datagram {
        [flags, rest @ ..] => {
            flags & 0xc0 == 0
                && flags & (FLAG_VERSION | FLAG_RESET) == FLAG_VERSION
                && flags & FLAG_CID != 0
                && rest.get(8..12).and_then(version_number).is_some()
        }
        [] => false,
    }
}

/// The server name of a gQUIC (Q024..=Q043) client packet whose first frame is a STREAM
/// frame holding a complete CHLO; `None` for anything else.
pub fn gquic_sni(datagram: &[u8]) -> Option<String> {
    if !is_gquic_client_packet(datagram) {
        return None;
    }
    let flags = *datagram.first()?;
    let version = version_number(datagram.get(9..13)?)?;
    if !(24..=43).contains(&version) {
        return None;
    }
    let big_endian = version >= 39;
    let pn_len = match (flags >> 4) & 0b11 {
        0 => 1,
        1 => 2,
        2 => 4,
        _ => 6,
    };
    // Before Q034 a private-flags byte (entropy) follows the hash.
    let private = usize::from(version < 34);
    let frames = datagram.get(13 + pn_len + HASH_LEN + private..)?;
    let (&frame, mut rest) = frames.split_first()?;
    // STREAM frame: 1 f d ooo ss.
    if frame & 0x80 == 0 {
        return None;
    }
    let id_len = usize::from(frame & 0b11) + 1;
    let offset_len = match (frame >> 2) & 0b111 {
        0 => 0,
        n => usize::from(n) + 1,
    };
    let stream_id = uint(rest.get(..id_len)?, big_endian);
    let offset = uint(rest.get(id_len..id_len + offset_len)?, big_endian);
    rest = rest.get(id_len + offset_len..)?;
    // Stream 1 carries the crypto handshake; only its start holds the CHLO header.
    if stream_id != 1 || offset != 0 {
        return None;
    }
    let data = if frame & 0x20 != 0 {
        let len = usize::try_from(uint(rest.get(..2)?, big_endian)).ok()?;
        rest.get(2..2 + len)?
    } else {
        rest
    };
    chlo_sni(data)
}

/// The `SNI` value of a CHLO message: tag, entry count, then (tag, end offset) pairs, all
/// little-endian, then the values.
fn chlo_sni(message: &[u8]) -> Option<String> {
    if message.get(..4)? != b"CHLO" {
        return None;
    }
    let entries = usize::from(u16::from_le_bytes([*message.get(4)?, *message.get(5)?]));
    let index = message.get(8..8 + entries * 8)?;
    let values = message.get(8 + entries * 8..)?;
    let mut start = 0usize;
    for entry in index.chunks_exact(8) {
        let end =
            usize::try_from(u32::from_le_bytes([entry[4], entry[5], entry[6], entry[7]])).ok()?;
        if end < start {
            return None;
        }
        if &entry[..4] == b"SNI\0" {
            let name = std::str::from_utf8(values.get(start..end)?).ok()?;
            let valid = !name.is_empty()
                && name.len() <= 255
                && name
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
            return valid.then(|| name.trim_end_matches('.').to_ascii_lowercase());
        }
        start = end;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A Q035 (little-endian) or Q043 (big-endian) client packet with a CHLO of `tags`.
    fn packet(version: &[u8; 4], tags: &[(&[u8; 4], &[u8])]) -> Vec<u8> {
        let big = version[2] >= b'4' || (version[2] == b'3' && version[3] >= b'9');
        let mut chlo = b"CHLO".to_vec();
        chlo.extend_from_slice(&(tags.len() as u16).to_le_bytes());
        chlo.extend_from_slice(&[0, 0]);
        let mut end = 0u32;
        for (tag, value) in tags {
            end += value.len() as u32;
            chlo.extend_from_slice(*tag);
            chlo.extend_from_slice(&end.to_le_bytes());
        }
        for (_, value) in tags {
            chlo.extend_from_slice(value);
        }
        let mut p = vec![0x09];
        p.extend_from_slice(&[0x11; 8]);
        p.extend_from_slice(version);
        p.push(1); // packet number
        p.extend_from_slice(&[0xee; HASH_LEN]);
        if version[2] < b'3' || (version[2] == b'3' && version[3] < b'4') {
            p.push(0); // private flags
        }
        p.push(0xa0); // STREAM, data length present, no offset, 1-byte id
        p.push(1);
        let len = chlo.len() as u16;
        p.extend_from_slice(&if big {
            len.to_be_bytes()
        } else {
            len.to_le_bytes()
        });
        p.extend_from_slice(&chlo);
        p.resize(1350, 0);
        p
    }

    #[test]
    fn sni_from_chlo_in_both_byte_orders() {
        let tags: &[(&[u8; 4], &[u8])] = &[
            (b"PAD\0", &[b'-'; 20]),
            (b"SNI\0", b"www.YouTube.com"),
            (b"VER\0", b"Q035"),
        ];
        assert_eq!(
            gquic_sni(&packet(b"Q035", tags)).as_deref(),
            Some("www.youtube.com")
        );
        assert_eq!(
            gquic_sni(&packet(b"Q043", tags)).as_deref(),
            Some("www.youtube.com")
        );
        assert_eq!(
            gquic_sni(&packet(b"Q024", tags)).as_deref(),
            Some("www.youtube.com")
        );
        // Q046 and later are not this format.
        assert_eq!(gquic_sni(&packet(b"Q046", tags)), None);
    }

    #[test]
    fn bad_chlos_give_nothing() {
        assert_eq!(gquic_sni(&packet(b"Q035", &[(b"PAD\0", b"xx")])), None);
        assert_eq!(
            gquic_sni(&packet(b"Q035", &[(b"SNI\0", b"bad name!")])),
            None
        );
        // Every truncation is harmless.
        let good = packet(b"Q039", &[(b"SNI\0", b"a.example")]);
        for len in 0..good.len() {
            let _ = gquic_sni(&good[..len]);
        }
        // IETF short headers are not taken for gQUIC.
        assert!(!is_gquic_client_packet(&[0x41; 40]));
    }
}
