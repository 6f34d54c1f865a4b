//! QUIC client Initial packets → the TLS ClientHello they carry → its server name.
//!
//! Owns long-header parsing (checked accessors, never an unchecked index), Initial
//! decryption (keys in [`super::quic_crypto`]), the frames an Initial may hold, CRYPTO stream
//! reassembly across frames and packets (out of order, bounded), and a bounded table of
//! connections in progress. It reads only what any on-path observer can: Initial keys come
//! from the cleartext connection ID. Nothing decrypted is kept once a name is found.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;

use super::gquic::{gquic_sni, is_gquic_client_packet};
use super::quic_crypto::{InitialKeys, QuicVersion, SAMPLE_LEN, TAG_LEN};

/// Longest connection ID QUIC v1/v2 allow.
pub const MAX_CID_LEN: usize = 20;
/// CRYPTO stream bytes kept per connection: a post-quantum ClientHello is ~2 KB.
pub const MAX_CRYPTO_BYTES: usize = 16 * 1024;
/// Client Initial packets looked at per connection before giving up.
pub const MAX_INITIALS: u8 = 8;
/// Separate CRYPTO ranges kept per connection (out-of-order pieces awaiting a gap).
const MAX_RANGES: usize = 32;
/// Connections in progress; the oldest is dropped to make room.
pub const MAX_CONNECTIONS: usize = 1024;
/// A connection not finished this long after its first Initial is dropped.
pub const IDLE_MICROS: i64 = 30_000_000;

/// Why a QUIC packet could not be read. Counted by [`QuicNamer`], never fatal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum QuicError {
    #[error("not a QUIC long-header packet")]
    NotLongHeader,
    #[error("QUIC packet truncated in its {0}")]
    Truncated(&'static str),
    #[error("QUIC version {0:#010x} is not one nuage can open")]
    UnsupportedVersion(u32),
    #[error("QUIC connection ID of {0} bytes (at most 20)")]
    ConnectionIdTooLong(usize),
    #[error("QUIC Retry packet has no payload to read")]
    Retry,
    #[error("QUIC Initial does not decrypt with the keys of its connection")]
    Decrypt,
    #[error("QUIC frame type {0:#x} is not allowed in an Initial packet")]
    UnexpectedFrame(u64),
    #[error("QUIC {0} frame is malformed")]
    MalformedFrame(&'static str),
}

/// Bounds-checked reader over a byte slice.
struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn new(buf: &'a [u8]) -> Self {
        Reader { buf, pos: 0 }
    }

    fn u8(&mut self) -> Option<u8> {
        let b = *self.buf.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.pos.checked_add(n)?;
        let out = self.buf.get(self.pos..end)?;
        self.pos = end;
        Some(out)
    }

    /// RFC 9000 §16 variable-length integer.
    fn varint(&mut self) -> Option<u64> {
        let first = self.u8()?;
        let extra = (1usize << (first >> 6)) - 1;
        let mut value = u64::from(first & 0x3f);
        for &b in self.bytes(extra)? {
            value = (value << 8) | u64::from(b);
        }
        Some(value)
    }

    /// A varint used as a length within this buffer.
    fn len(&mut self) -> Option<usize> {
        usize::try_from(self.varint()?).ok()
    }

    fn remaining(&self) -> usize {
        self.buf.len().saturating_sub(self.pos)
    }
}

/// The packet types of a long header, version-independent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LongType {
    Initial,
    ZeroRtt,
    Handshake,
    Retry,
}

/// A parsed long header (RFC 9000 §17.2), still header-protected: the packet number and the
/// low bits of the first byte are only known after [`open_initial`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LongHeader<'a> {
    pub version: QuicVersion,
    pub packet_type: LongType,
    pub dcid: &'a [u8],
    pub scid: &'a [u8],
    /// Initial packets only; empty otherwise.
    pub token: &'a [u8],
    /// Offset of the (protected) packet number from the packet's first byte.
    pub pn_offset: usize,
    /// Bytes of this packet in the datagram, header included: the next coalesced packet
    /// starts there.
    pub packet_len: usize,
}

/// Parses the long header at the start of `packet` (which may hold further coalesced
/// packets after it).
pub fn parse_long_header(packet: &[u8]) -> Result<LongHeader<'_>, QuicError> {
    let mut r = Reader::new(packet);
    let first = r.u8().ok_or(QuicError::NotLongHeader)?;
    if first & 0x80 == 0 {
        return Err(QuicError::NotLongHeader);
    }
    let wire = r.bytes(4).ok_or(QuicError::Truncated("version"))?;
    let wire = u32::from_be_bytes([wire[0], wire[1], wire[2], wire[3]]);
    let version = QuicVersion::from_wire(wire).ok_or(QuicError::UnsupportedVersion(wire))?;
    let mut cid = |what: &'static str| -> Result<&[u8], QuicError> {
        let len = usize::from(r.u8().ok_or(QuicError::Truncated(what))?);
        if len > MAX_CID_LEN {
            return Err(QuicError::ConnectionIdTooLong(len));
        }
        r.bytes(len).ok_or(QuicError::Truncated(what))
    };
    let dcid = cid("destination connection ID")?;
    let scid = cid("source connection ID")?;
    let bits = (first >> 4) & 0b11;
    // RFC 9369 §3.2 rotates the type codes by one.
    let packet_type = match (version == QuicVersion::V2, bits) {
        (false, 0) | (true, 1) => LongType::Initial,
        (false, 1) | (true, 2) => LongType::ZeroRtt,
        (false, 2) | (true, 3) => LongType::Handshake,
        _ => LongType::Retry,
    };
    if packet_type == LongType::Retry {
        return Err(QuicError::Retry);
    }
    let mut token: &[u8] = &[];
    if packet_type == LongType::Initial {
        let len = r.len().ok_or(QuicError::Truncated("token length"))?;
        token = r.bytes(len).ok_or(QuicError::Truncated("token"))?;
    }
    let length = r.len().ok_or(QuicError::Truncated("length"))?;
    let pn_offset = r.pos;
    if length > r.remaining() {
        return Err(QuicError::Truncated("payload"));
    }
    Ok(LongHeader {
        version,
        packet_type,
        dcid,
        scid,
        token,
        pn_offset,
        packet_len: pn_offset + length,
    })
}

/// RFC 9000 §A.3: the full packet number closest to the next one expected.
fn decode_packet_number(largest: Option<u64>, truncated: u64, pn_len: usize) -> u64 {
    // Packet numbers are below 2^62 (RFC 9000 §12.3).
    let expected = largest.map_or(0, |l| l.min((1 << 62) - 1) + 1);
    let bits = 8 * pn_len as u32;
    let win = 1u64 << bits;
    let hwin = win / 2;
    let candidate = (expected & !(win - 1)) | truncated;
    let full = if candidate.saturating_add(hwin) <= expected && candidate < (1u64 << 62) - win {
        candidate + win
    } else if candidate > expected.saturating_add(hwin) && candidate >= win {
        candidate - win
    } else {
        candidate
    };
    full.min((1 << 62) - 1)
}

/// Removes header protection and decrypts the Initial `packet` (exactly `hdr.packet_len`
/// bytes) into `scratch`. Returns the packet number and the plaintext payload's range in
/// `scratch`.
pub fn open_initial(
    packet: &[u8],
    hdr: &LongHeader<'_>,
    keys: &InitialKeys,
    largest_pn: Option<u64>,
    scratch: &mut Vec<u8>,
) -> Result<(u64, std::ops::Range<usize>), QuicError> {
    let packet = packet
        .get(..hdr.packet_len)
        .ok_or(QuicError::Truncated("payload"))?;
    let sample_at = hdr.pn_offset + 4;
    let sample: [u8; SAMPLE_LEN] = packet
        .get(sample_at..sample_at + SAMPLE_LEN)
        .and_then(|s| s.try_into().ok())
        .ok_or(QuicError::Truncated("header-protection sample"))?;
    let mask = keys.mask(&sample);
    scratch.clear();
    scratch.extend_from_slice(packet);
    let first = scratch.first_mut().ok_or(QuicError::NotLongHeader)?;
    *first ^= mask[0] & 0x0f;
    let pn_len = usize::from(*first & 0b11) + 1;
    let header_len = hdr.pn_offset + pn_len;
    let mut truncated = 0u64;
    let pn_bytes = scratch
        .get_mut(hdr.pn_offset..header_len)
        .ok_or(QuicError::Truncated("packet number"))?;
    for (b, m) in pn_bytes.iter_mut().zip(&mask[1..]) {
        *b ^= m;
        truncated = (truncated << 8) | u64::from(*b);
    }
    let packet_number = decode_packet_number(largest_pn, truncated, pn_len);
    if scratch.len() < header_len + TAG_LEN {
        return Err(QuicError::Truncated("payload"));
    }
    let (aad, body) = scratch.split_at_mut(header_len);
    if !keys.open(packet_number, aad, body) {
        return Err(QuicError::Decrypt);
    }
    Ok((packet_number, header_len..scratch.len() - TAG_LEN))
}

/// Walks the frames of a decrypted Initial payload, handing every CRYPTO frame's offset and
/// data to `each`. Frames before a malformed one are still delivered.
pub fn crypto_frames(payload: &[u8], mut each: impl FnMut(u64, &[u8])) -> Result<(), QuicError> {
    let mut r = Reader::new(payload);
    while r.remaining() > 0 {
        let frame = r.varint().ok_or(QuicError::MalformedFrame("type"))?;
        match frame {
            0x00 | 0x01 => {} // PADDING, PING
            0x02 | 0x03 => {
                let bad = QuicError::MalformedFrame("ACK");
                let _largest = r.varint().ok_or(bad)?;
                let _delay = r.varint().ok_or(bad)?;
                let ranges = r.varint().ok_or(bad)?;
                let _first = r.varint().ok_or(bad)?;
                // Each further range is two varints of at least one byte: a count larger
                // than what is left is a lie, caught before looping on it.
                if ranges > (r.remaining() / 2) as u64 {
                    return Err(bad);
                }
                for _ in 0..ranges * 2 {
                    r.varint().ok_or(bad)?;
                }
                if frame == 0x03 {
                    for _ in 0..3 {
                        r.varint().ok_or(bad)?;
                    }
                }
            }
            0x06 => {
                let bad = QuicError::MalformedFrame("CRYPTO");
                let offset = r.varint().ok_or(bad)?;
                let len = r.len().ok_or(bad)?;
                let data = r.bytes(len).ok_or(bad)?;
                each(offset, data);
            }
            0x1c => {
                let bad = QuicError::MalformedFrame("CONNECTION_CLOSE");
                r.varint().ok_or(bad)?;
                r.varint().ok_or(bad)?;
                let len = r.len().ok_or(bad)?;
                r.bytes(len).ok_or(bad)?;
            }
            other => return Err(QuicError::UnexpectedFrame(other)),
        }
    }
    Ok(())
}

/// The client's CRYPTO stream, reassembled from pieces arriving in any order, duplicated or
/// overlapping, up to [`MAX_CRYPTO_BYTES`].
#[derive(Debug, Default, Clone)]
pub struct CryptoStream {
    data: Vec<u8>,
    /// Received byte ranges, sorted and merged.
    ranges: Vec<(usize, usize)>,
}

impl CryptoStream {
    /// Adds a piece. False when it lies beyond the bound or the stream is too fragmented:
    /// the connection is not worth following further.
    pub fn insert(&mut self, offset: u64, piece: &[u8]) -> bool {
        let Ok(start) = usize::try_from(offset) else {
            return false;
        };
        let Some(end) = start.checked_add(piece.len()) else {
            return false;
        };
        if end > MAX_CRYPTO_BYTES {
            return false;
        }
        if piece.is_empty() {
            return true;
        }
        if self.data.len() < end {
            self.data.resize(end, 0);
        }
        if let Some(slot) = self.data.get_mut(start..end) {
            slot.copy_from_slice(piece);
        }
        self.ranges.push((start, end));
        self.ranges.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(self.ranges.len());
        for &(s, e) in &self.ranges {
            match merged.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => merged.push((s, e)),
            }
        }
        self.ranges = merged;
        self.ranges.len() <= MAX_RANGES
    }

    /// The bytes received without a gap from offset 0.
    pub fn contiguous(&self) -> &[u8] {
        match self.ranges.first() {
            Some(&(0, end)) => self.data.get(..end).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// What the ClientHello parser made of the contiguous CRYPTO bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelloStep {
    /// A complete hello, with its server name if it has one.
    Done(Option<String>),
    /// More bytes are needed.
    NeedMore,
    /// Not a ClientHello, or a malformed one: stop following the connection.
    Invalid,
}

/// Reads the server name with the TLS ClientHello parser, once the whole message is there.
pub fn read_hello(stream: &[u8]) -> HelloStep {
    match super::tls::parse_client_hello(stream) {
        Ok(hello) => HelloStep::Done(hello.server_name.map(str::to_owned)),
        Err(super::tls::TlsError::Incomplete { .. }) => HelloStep::NeedMore,
        Err(_) => HelloStep::Invalid,
    }
}

/// Counters, so a replay can tell how many QUIC connections were read and why others were
/// not.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuicStats {
    /// Client Initial packets decrypted.
    pub initials_opened: u64,
    /// Initials whose AEAD tag did not verify with any candidate key.
    pub decrypt_failures: u64,
    /// Long-header packets that could not be parsed (truncated, bad lengths, bad frames).
    pub malformed: u64,
    /// Datagrams shaped like a long header with a version nuage cannot open: other UDP
    /// protocols (DNS, games), version negotiation, newer QUIC versions.
    pub unknown_versions: u64,
    /// ClientHellos read to the end (with or without a server name).
    pub hellos: u64,
    /// Server names returned.
    pub names: u64,
    /// Connections abandoned (too many packets, too large, not a hello).
    pub given_up: u64,
    /// Connections dropped from a full table or after [`IDLE_MICROS`].
    pub evicted: u64,
}

struct Active {
    keys: InitialKeys,
    largest_pn: Option<u64>,
    packets: u8,
    stream: CryptoStream,
}

struct Conn {
    generation: u64,
    /// `None` once finished (named or abandoned): later Initials are ignored cheaply.
    active: Option<Box<Active>>,
}

/// Follows client Initials per connection and returns each connection's server name once.
///
/// `K` is the caller's connection key (the flow's 5-tuple): the client changes its
/// Destination Connection ID after the server's first Initial, but the keys stay those of
/// the first one, so they are kept per key.
pub struct QuicNamer<K> {
    conns: HashMap<K, Conn>,
    /// Insertion order with creation time, for FIFO eviction and idle expiry.
    order: VecDeque<(K, u64, i64)>,
    next_generation: u64,
    max_connections: usize,
    scratch: Vec<u8>,
    stats: QuicStats,
}

impl<K: Eq + Hash + Clone> Default for QuicNamer<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K: Eq + Hash + Clone> QuicNamer<K> {
    pub fn new() -> Self {
        Self::with_capacity(MAX_CONNECTIONS)
    }

    /// A namer following at most `max_connections` (at least 1) connections at once.
    pub fn with_capacity(max_connections: usize) -> Self {
        QuicNamer {
            conns: HashMap::new(),
            order: VecDeque::new(),
            next_generation: 0,
            max_connections: max_connections.max(1),
            scratch: Vec::new(),
            stats: QuicStats::default(),
        }
    }

    pub fn stats(&self) -> &QuicStats {
        &self.stats
    }

    /// Connections currently tracked (in progress or finished and remembered).
    pub fn tracked(&self) -> usize {
        self.conns.len()
    }

    /// Forgets a connection (its flow ended).
    pub fn forget(&mut self, key: &K) {
        self.conns.remove(key);
    }

    /// Reads one UDP payload sent by the client of connection `key` (the flow's initiator; the
    /// server's packets cannot be opened with client keys) at `ts_micros`. Returns the
    /// server name (SNI) the first time the connection's ClientHello can be read and has
    /// one; `None` for every other datagram.
    pub fn on_client_datagram(
        &mut self,
        key: &K,
        payload: &[u8],
        ts_micros: i64,
    ) -> Option<String> {
        self.on_client_datagram_with(key, payload, ts_micros, read_hello)
    }

    /// [`QuicNamer::on_client_datagram`] with another ClientHello reader; `parse`
    /// reads a ClientHello from the contiguous CRYPTO bytes. Returns the server name the
    /// first time the connection's ClientHello is complete and has one.
    pub fn on_client_datagram_with(
        &mut self,
        key: &K,
        payload: &[u8],
        ts_micros: i64,
        mut parse: impl FnMut(&[u8]) -> HelloStep,
    ) -> Option<String> {
        // Short-header (1-RTT) packets are most of a QUIC flow: one test, no hashing.
        if payload.first().is_none_or(|b| b & 0x80 == 0) {
            return self.gquic(key, payload, ts_micros);
        }
        let mut rest = payload;
        while !rest.is_empty() {
            let hdr = match parse_long_header(rest) {
                Ok(hdr) => hdr,
                Err(QuicError::NotLongHeader) => break, // padding after the last packet
                Err(QuicError::UnsupportedVersion(_)) => {
                    self.stats.unknown_versions += 1;
                    break;
                }
                Err(_) => {
                    self.stats.malformed += 1;
                    break;
                }
            };
            let (packet, next) = rest.split_at(hdr.packet_len.min(rest.len()));
            if hdr.packet_type == LongType::Initial {
                if let Some(name) = self.initial(key, packet, &hdr, ts_micros, &mut parse) {
                    return Some(name);
                }
            }
            if hdr.packet_len == 0 {
                break;
            }
            rest = next;
        }
        None
    }

    /// Older Google QUIC: a cleartext CHLO, named once per connection.
    fn gquic(&mut self, key: &K, payload: &[u8], ts: i64) -> Option<String> {
        if !is_gquic_client_packet(payload) || self.conns.contains_key(key) {
            return None;
        }
        let name = gquic_sni(payload)?;
        self.insert(key, None, ts);
        self.stats.hellos += 1;
        self.stats.names += 1;
        Some(name)
    }

    fn initial(
        &mut self,
        key: &K,
        packet: &[u8],
        hdr: &LongHeader<'_>,
        ts: i64,
        parse: &mut impl FnMut(&[u8]) -> HelloStep,
    ) -> Option<String> {
        if !self.conns.contains_key(key) {
            let keys = InitialKeys::client(hdr.version, hdr.dcid)?;
            let active = Active {
                keys,
                largest_pn: None,
                packets: 0,
                stream: CryptoStream::default(),
            };
            self.insert(key, Some(Box::new(active)), ts);
        }
        let Self {
            conns,
            scratch,
            stats,
            ..
        } = self;
        let conn = conns.get_mut(key)?;
        let active = conn.active.as_mut()?;
        active.packets = active.packets.saturating_add(1);
        let spent = active.packets >= MAX_INITIALS;
        let opened = match open_initial(packet, hdr, &active.keys, active.largest_pn, scratch) {
            Err(QuicError::Decrypt) => {
                // A new connection on the same 5-tuple, or a version change: try the keys of
                // this packet's own connection ID before calling it damaged.
                let fresh = InitialKeys::client(hdr.version, hdr.dcid);
                match fresh.map(|k| (open_initial(packet, hdr, &k, None, scratch), k)) {
                    Some((Ok(opened), k)) => {
                        **active = Active {
                            keys: k,
                            largest_pn: None,
                            packets: 1,
                            stream: CryptoStream::default(),
                        };
                        Ok(opened)
                    }
                    _ => Err(QuicError::Decrypt),
                }
            }
            other => other,
        };
        let (pn, range) = match opened {
            Ok(opened) => opened,
            Err(e) => {
                if e == QuicError::Decrypt {
                    stats.decrypt_failures += 1;
                } else {
                    stats.malformed += 1;
                }
                if spent {
                    stats.given_up += 1;
                    conn.active = None;
                }
                return None;
            }
        };
        stats.initials_opened += 1;
        active.largest_pn = Some(active.largest_pn.map_or(pn, |l| l.max(pn)));
        let payload = scratch.get(range).unwrap_or(&[]);
        let mut fits = true;
        if crypto_frames(payload, |offset, data| {
            fits &= active.stream.insert(offset, data);
        })
        .is_err()
        {
            stats.malformed += 1;
        }
        let step = if !fits {
            HelloStep::Invalid
        } else {
            let stream = active.stream.contiguous();
            if stream.is_empty() {
                HelloStep::NeedMore
            } else {
                parse(stream)
            }
        };
        match step {
            HelloStep::Done(name) => {
                stats.hellos += 1;
                conn.active = None;
                if name.is_some() {
                    stats.names += 1;
                }
                name
            }
            HelloStep::NeedMore if !spent => None,
            HelloStep::NeedMore | HelloStep::Invalid => {
                stats.given_up += 1;
                conn.active = None;
                None
            }
        }
    }

    fn insert(&mut self, key: &K, active: Option<Box<Active>>, ts: i64) {
        // Expire idle connections, then make room: both from the oldest end.
        while let Some((old_key, generation, created)) = self.order.front() {
            let stale = self
                .conns
                .get(old_key)
                .is_none_or(|c| c.generation != *generation);
            let idle = ts.saturating_sub(*created) > IDLE_MICROS;
            let full = self.conns.len() >= self.max_connections
                || self.order.len() >= 2 * self.max_connections;
            if !(stale || idle || full) {
                break;
            }
            if !stale {
                self.conns.remove(old_key);
                self.stats.evicted += 1;
            }
            self.order.pop_front();
        }
        let generation = self.next_generation;
        self.next_generation += 1;
        self.order.push_back((key.clone(), generation, ts));
        self.conns.insert(key.clone(), Conn { generation, active });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::quic_crypto::seal_initial;

    const DCID: [u8; 8] = [0x83, 0x94, 0xc8, 0xf0, 0x3e, 0x51, 0x57, 0x08];

    /// A TLS 1.3 ClientHello handshake message with `sni`, padded by a padding extension
    /// of `pad` bytes so it can be made to span several packets.
    pub(crate) fn client_hello(sni: &str, pad: usize) -> Vec<u8> {
        let mut ext = Vec::new();
        let name = sni.as_bytes();
        let n = name.len() as u16;
        ext.extend_from_slice(&[0x00, 0x00]);
        ext.extend_from_slice(&(n + 5).to_be_bytes());
        ext.extend_from_slice(&(n + 3).to_be_bytes());
        ext.push(0);
        ext.extend_from_slice(&n.to_be_bytes());
        ext.extend_from_slice(name);
        ext.extend_from_slice(&[0x00, 0x2b, 0x00, 0x03, 0x02, 0x03, 0x04]);
        ext.extend_from_slice(&[0x00, 0x15]);
        ext.extend_from_slice(&(pad as u16).to_be_bytes());
        ext.extend(std::iter::repeat_n(0u8, pad));
        let mut body = vec![0x03, 0x03];
        body.extend_from_slice(&[0x5a; 32]);
        body.push(0); // session id
        body.extend_from_slice(&[0x00, 0x02, 0x13, 0x01, 0x01, 0x00]);
        body.extend_from_slice(&(ext.len() as u16).to_be_bytes());
        body.extend_from_slice(&ext);
        let mut msg = vec![0x01];
        msg.extend_from_slice(&(body.len() as u32).to_be_bytes()[1..]);
        msg.extend_from_slice(&body);
        msg
    }

    fn crypto_frame(offset: usize, data: &[u8]) -> Vec<u8> {
        let mut out = vec![0x06];
        out.extend_from_slice(&((offset as u32) | 0x8000_0000).to_be_bytes());
        out.extend_from_slice(&((data.len() as u16) | 0x4000).to_be_bytes());
        out.extend_from_slice(data);
        out
    }

    /// A client Initial carrying `frames`, padded to 1200 bytes like real clients do.
    fn initial(version: QuicVersion, dcid: &[u8], pn: u32, frames: &[u8]) -> Vec<u8> {
        let mut payload = frames.to_vec();
        if payload.len() < 1100 {
            payload.resize(1100, 0);
        }
        seal_initial(version, dcid, &[1, 2, 3, 4], &[], pn, 2, &payload).unwrap()
    }

    /// Stands for the TLS parser: a hello is complete when its handshake length is there.
    fn whole_hello(stream: &[u8]) -> HelloStep {
        match stream {
            [1, a, b, c, ..] => {
                let len = u32::from_be_bytes([0, *a, *b, *c]) as usize;
                if stream.len() >= 4 + len {
                    HelloStep::Done(Some(format!("hello of {len} bytes")))
                } else {
                    HelloStep::NeedMore
                }
            }
            [_, ..] => HelloStep::Invalid,
            [] => HelloStep::NeedMore,
        }
    }

    #[test]
    fn rfc9001_a2_header_fields_and_protection() {
        // RFC 9001 A.2: the unprotected header, and the protected one after the mask
        // 437b9aec36 (checked in quic_crypto's tests) is applied.
        let unprotected = [
            0xc3, 0, 0, 0, 1, 8, 0x83, 0x94, 0xc8, 0xf0, 0x3e, 0x51, 0x57, 0x08, 0, 0, 0x44, 0x9e,
            0, 0, 0, 2,
        ];
        let protected = [
            0xc0, 0, 0, 0, 1, 8, 0x83, 0x94, 0xc8, 0xf0, 0x3e, 0x51, 0x57, 0x08, 0, 0, 0x44, 0x9e,
            0x7b, 0x9a, 0xec, 0x34,
        ];
        let mask = [0x43, 0x7b, 0x9a, 0xec, 0x36];
        assert_eq!(protected[0], unprotected[0] ^ (mask[0] & 0x0f));
        for i in 0..4 {
            assert_eq!(protected[18 + i], unprotected[18 + i] ^ mask[1 + i]);
        }
        // The header says 1182 payload bytes: with only the header, it is truncated.
        assert_eq!(
            parse_long_header(&protected),
            Err(QuicError::Truncated("payload"))
        );
        let mut whole = protected.to_vec();
        whole.resize(18 + 0x49e, 0);
        let hdr = parse_long_header(&whole).unwrap();
        assert_eq!(hdr.version, QuicVersion::V1);
        assert_eq!(hdr.packet_type, LongType::Initial);
        assert_eq!(hdr.dcid, DCID);
        assert!(hdr.scid.is_empty() && hdr.token.is_empty());
        assert_eq!((hdr.pn_offset, hdr.packet_len), (18, 1200));
    }

    #[test]
    fn sealed_initials_open_in_every_version() {
        let hello = client_hello("example.org", 0);
        for version in [
            QuicVersion::V1,
            QuicVersion::V2,
            QuicVersion::Draft29,
            QuicVersion::Draft23,
        ] {
            let pkt = initial(version, &DCID, 0, &crypto_frame(0, &hello));
            let hdr = parse_long_header(&pkt).unwrap();
            assert_eq!(hdr.packet_type, LongType::Initial, "{version:?}");
            let keys = InitialKeys::client(version, hdr.dcid).unwrap();
            let mut scratch = Vec::new();
            let (pn, range) = open_initial(&pkt, &hdr, &keys, None, &mut scratch).unwrap();
            assert_eq!(pn, 0);
            let mut got = Vec::new();
            crypto_frames(&scratch[range], |off, d| got.push((off, d.to_vec()))).unwrap();
            assert_eq!(got, vec![(0, hello.clone())]);
            // Another version's keys do not open it.
            let other = if version == QuicVersion::V1 {
                QuicVersion::V2
            } else {
                QuicVersion::V1
            };
            let wrong = InitialKeys::client(other, hdr.dcid).unwrap();
            assert_eq!(
                open_initial(&pkt, &hdr, &wrong, None, &mut scratch),
                Err(QuicError::Decrypt)
            );
        }
    }

    #[test]
    fn hello_in_one_initial_is_read_once() {
        let hello = client_hello("example.org", 0);
        let pkt = initial(QuicVersion::V1, &DCID, 0, &crypto_frame(0, &hello));
        let mut namer = QuicNamer::new();
        let want = format!("hello of {} bytes", hello.len() - 4);
        assert_eq!(
            namer.on_client_datagram_with(&1u32, &pkt, 0, whole_hello),
            Some(want)
        );
        // Finished: a retransmission gives nothing more.
        assert_eq!(
            namer.on_client_datagram_with(&1u32, &pkt, 1, whole_hello),
            None
        );
        assert_eq!(namer.stats().hellos, 1);
        assert_eq!(namer.stats().initials_opened, 1);
    }

    #[test]
    fn hello_across_two_initials_out_of_order_with_frames_reversed() {
        // Post-quantum sized hello: ~1.9 KB, so two Initials.
        let hello = client_hello("pq.example.org", 1800);
        let cut = 1000;
        let third = 400;
        // Packet 0 holds [0, cut) as two frames in reverse order; packet 1 the rest.
        let mut frames0 = crypto_frame(third, &hello[third..cut]);
        frames0.extend(crypto_frame(0, &hello[..third]));
        let p0 = initial(QuicVersion::V1, &DCID, 0, &frames0);
        // After the server's Initial the client uses another DCID, same keys.
        let mut p1 = seal_initial(
            QuicVersion::V1,
            &DCID,
            &[1, 2, 3, 4],
            &[],
            1,
            2,
            &crypto_frame(cut, &hello[cut..]),
        )
        .unwrap();
        p1.resize(1200, 0); // datagram padding after the packet
        let mut namer = QuicNamer::new();
        assert_eq!(
            namer.on_client_datagram_with(&7u8, &p1, 0, whole_hello),
            None
        );
        let got = namer.on_client_datagram_with(&7u8, &p0, 10, whole_hello);
        assert_eq!(got, Some(format!("hello of {} bytes", hello.len() - 4)));
        assert_eq!(namer.stats().initials_opened, 2);
    }

    #[test]
    fn server_names_come_from_the_tls_parser() {
        let hello = client_hello("pq.example.org", 1800);
        let p0 = initial(
            QuicVersion::V1,
            &DCID,
            0,
            &crypto_frame(1000, &hello[1000..]),
        );
        let p1 = initial(QuicVersion::V1, &DCID, 1, &crypto_frame(0, &hello[..1000]));
        let mut namer = QuicNamer::new();
        assert_eq!(namer.on_client_datagram(&(), &p0, 0), None);
        assert_eq!(
            namer.on_client_datagram(&(), &p1, 1).as_deref(),
            Some("pq.example.org")
        );
        assert_eq!(namer.stats().names, 1);
    }

    #[test]
    fn coalesced_packets_are_walked_by_length() {
        let hello = client_hello("coalesced.example", 1500);
        let p0 = seal_initial(
            QuicVersion::V2,
            &DCID,
            &[9],
            &[],
            0,
            1,
            &crypto_frame(0, &hello[..800]),
        )
        .unwrap();
        // A 0-RTT packet (v2 type bits 0b10) with an opaque body, then the second Initial.
        let mut zero_rtt = vec![0xe0, 0x6b, 0x33, 0x43, 0xcf, 8];
        zero_rtt.extend_from_slice(&DCID);
        zero_rtt.extend_from_slice(&[1, 9, 0x40, 30]);
        zero_rtt.extend_from_slice(&[0xaa; 30]);
        let p1 = seal_initial(
            QuicVersion::V2,
            &DCID,
            &[9],
            &[],
            1,
            1,
            &crypto_frame(800, &hello[800..]),
        )
        .unwrap();
        let mut datagram = p0;
        datagram.extend_from_slice(&zero_rtt);
        datagram.extend_from_slice(&p1);
        datagram.extend_from_slice(&[0; 40]);
        let mut namer = QuicNamer::new();
        let got = namer.on_client_datagram_with(&"flow", &datagram, 0, whole_hello);
        assert_eq!(got, Some(format!("hello of {} bytes", hello.len() - 4)));
    }

    #[test]
    fn new_connection_on_the_same_key_rekeys() {
        let hello = client_hello("a.example", 1500);
        let first = initial(QuicVersion::V1, &DCID, 0, &crypto_frame(0, &hello[..500]));
        let other_dcid = [0x11; 12];
        let second = initial(QuicVersion::V1, &other_dcid, 0, &crypto_frame(0, &hello));
        let mut namer = QuicNamer::new();
        assert_eq!(
            namer.on_client_datagram_with(&0u8, &first, 0, whole_hello),
            None
        );
        assert!(
            namer
                .on_client_datagram_with(&0u8, &second, 1, whole_hello)
                .is_some()
        );
        assert_eq!(namer.stats().decrypt_failures, 0);
    }

    #[test]
    fn undecryptable_initials_are_given_up_after_a_few() {
        let hello = client_hello("x.example", 0);
        let mut pkt = initial(QuicVersion::V1, &DCID, 0, &crypto_frame(0, &hello));
        let last = pkt.len() - 1;
        pkt[last] ^= 0x01; // break the tag
        let mut namer = QuicNamer::new();
        for i in 0..20 {
            assert_eq!(
                namer.on_client_datagram_with(&0u8, &pkt, i, whole_hello),
                None
            );
        }
        assert_eq!(namer.stats().decrypt_failures, u64::from(MAX_INITIALS));
        assert_eq!(namer.stats().given_up, 1);
    }

    #[test]
    fn not_a_hello_is_given_up_at_once() {
        let pkt = initial(
            QuicVersion::V1,
            &DCID,
            0,
            &crypto_frame(0, &[2, 0, 0, 1, 0]),
        );
        let mut namer = QuicNamer::new();
        assert_eq!(
            namer.on_client_datagram_with(&0u8, &pkt, 0, whole_hello),
            None
        );
        assert_eq!(namer.stats().given_up, 1);
    }

    #[test]
    fn the_table_stays_bounded_under_never_finished_initials() {
        // Small packets keep this quick in debug builds; the cost per connection is the
        // key derivation either way.
        let hello = client_hello("flood.example", 3000);
        let frame = crypto_frame(0, &hello[..40]);
        let pkt = seal_initial(QuicVersion::V1, &DCID, &[], &[], 0, 1, &frame).unwrap();
        let mut namer = QuicNamer::with_capacity(256);
        for i in 0..100_000u32 {
            let ts = i64::from(i) * 10; // 100,000 Initials in one second
            assert_eq!(
                namer.on_client_datagram_with(&i, &pkt, ts, whole_hello),
                None
            );
            assert!(namer.tracked() <= 256);
            assert!(namer.order.len() <= 512);
        }
        assert_eq!(namer.stats().evicted, 100_000 - 256);
        assert_eq!(namer.stats().initials_opened, 100_000);
    }

    #[test]
    fn idle_connections_expire() {
        let hello = client_hello("idle.example", 3000);
        let pkt = initial(QuicVersion::V1, &DCID, 0, &crypto_frame(0, &hello[..1000]));
        let mut namer = QuicNamer::new();
        namer.on_client_datagram_with(&1u8, &pkt, 0, whole_hello);
        namer.on_client_datagram_with(&2u8, &pkt, IDLE_MICROS + 1, whole_hello);
        assert_eq!(namer.tracked(), 1);
        assert_eq!(namer.stats().evicted, 1);
    }

    #[test]
    fn crypto_stream_bounds() {
        let mut s = CryptoStream::default();
        assert!(s.insert(5, b"world"));
        assert_eq!(s.contiguous(), b"");
        assert!(s.insert(0, b"hello"));
        assert!(s.insert(2, b"llo"));
        assert_eq!(s.contiguous(), b"helloworld");
        assert!(!s.insert(MAX_CRYPTO_BYTES as u64, b"x"));
        assert!(!s.insert(u64::MAX, b"x"));
        let mut frag = CryptoStream::default();
        let ok: Vec<bool> = (0..40u64).map(|i| frag.insert(100 + i * 2, b"a")).collect();
        assert!(ok[..MAX_RANGES].iter().all(|&b| b) && !ok[MAX_RANGES]);
    }

    #[test]
    fn frames_are_checked() {
        // PING, ACK with one extra range, ECN ACK, CONNECTION_CLOSE, CRYPTO.
        let payload = [
            0x01, 0x02, 5, 0, 1, 0, 1, 1, 0x03, 5, 0, 0, 0, 1, 2, 3, 0x1c, 0, 0, 2, b'h', b'i',
            0x06, 0, 2, b'o', b'k', 0, 0,
        ];
        let mut got = Vec::new();
        crypto_frames(&payload, |o, d| got.push((o, d.to_vec()))).unwrap();
        assert_eq!(got, vec![(0, b"ok".to_vec())]);
        // An ACK claiming 2^62 ranges in 3 bytes.
        let lying = [
            0x02, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0, 1, 1,
        ];
        assert_eq!(
            crypto_frames(&lying, |_, _| {}),
            Err(QuicError::MalformedFrame("ACK"))
        );
        assert_eq!(
            crypto_frames(&[0x06, 0, 10, 1], |_, _| {}),
            Err(QuicError::MalformedFrame("CRYPTO"))
        );
        assert_eq!(
            crypto_frames(&[0x08], |_, _| {}),
            Err(QuicError::UnexpectedFrame(8))
        );
    }

    #[test]
    fn packet_numbers_decode_near_the_expected_one() {
        assert_eq!(decode_packet_number(None, 0, 1), 0);
        assert_eq!(
            decode_packet_number(Some(0xa82f30ea), 0x9b32, 2),
            0xa82f9b32
        );
        assert_eq!(decode_packet_number(Some(255), 0, 1), 256);
        // Nonsense input stays in range instead of overflowing.
        assert!(decode_packet_number(Some(u64::MAX), 1, 4) < 1 << 62);
    }

    #[test]
    fn headers_reject_bad_input() {
        assert_eq!(parse_long_header(&[]), Err(QuicError::NotLongHeader));
        assert_eq!(parse_long_header(&[0x40, 1]), Err(QuicError::NotLongHeader));
        assert_eq!(
            parse_long_header(&[0xc0, 0, 0]),
            Err(QuicError::Truncated("version"))
        );
        assert_eq!(
            parse_long_header(&[0xc0, 0x51, 0x30, 0x35, 0x30]),
            Err(QuicError::UnsupportedVersion(0x5130_3530))
        );
        assert_eq!(
            parse_long_header(&[0xc0, 0, 0, 0, 1, 21]),
            Err(QuicError::ConnectionIdTooLong(21))
        );
        assert_eq!(
            parse_long_header(&[0xf0, 0, 0, 0, 1, 0, 0]),
            Err(QuicError::Retry)
        );
        // A token length far beyond the packet.
        assert_eq!(
            parse_long_header(&[
                0xc0, 0, 0, 0, 1, 0, 0, 0xbf, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff
            ]),
            Err(QuicError::Truncated("token"))
        );
    }

    #[test]
    fn every_truncation_of_an_initial_is_harmless() {
        let hello = client_hello("cut.example", 0);
        let pkt = initial(QuicVersion::V1, &DCID, 0, &crypto_frame(0, &hello));
        let mut namer = QuicNamer::with_capacity(4);
        for len in 0..pkt.len() {
            assert_eq!(
                namer.on_client_datagram_with(&len, &pkt[..len], 0, whole_hello),
                None
            );
        }
    }
}
