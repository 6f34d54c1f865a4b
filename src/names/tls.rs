//! TLS ClientHello parsing: the server name (SNI), ALPN and ECH presence, from a handshake
//! message (as QUIC CRYPTO frames carry it) or from a stream of TLS records (as TCP carries it).
//!
//! Parsers never index blindly: every read goes through [`Cursor`], which checks lengths and
//! names the field that did not fit.

/// Handshake message type of a ClientHello.
const CLIENT_HELLO: u8 = 1;
/// TLS record content type for handshake messages.
const CONTENT_HANDSHAKE: u8 = 22;
const HANDSHAKE_HEADER: usize = 4;
const RECORD_HEADER: usize = 5;
/// Real ClientHellos are a few KB (post-quantum key shares ≈ 1.5–2 KB); anything longer than
/// this is treated as garbage rather than waited for.
pub const MAX_CLIENT_HELLO: usize = 64 * 1024;
/// A record may carry at most 2^14 bytes of plaintext (RFC 8446 §5.1).
const MAX_RECORD: usize = 1 << 14;

const EXT_SERVER_NAME: u16 = 0;
const EXT_ALPN: u16 = 16;
const EXT_SUPPORTED_VERSIONS: u16 = 43;
/// encrypted_client_hello (RFC 9849 / draft-ietf-tls-esni-18+).
const EXT_ECH: u16 = 0xfe0d;

/// Why bytes are not (yet) a usable ClientHello.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TlsError {
    /// The message goes on past the bytes given: at least `needed` bytes (counted from the
    /// start of the input) are required. Reassembly should wait for more.
    #[error("ClientHello incomplete: at least {needed} bytes needed")]
    Incomplete { needed: usize },
    #[error("not a TLS handshake record (content type {0})")]
    NotHandshake(u8),
    #[error("not a ClientHello (handshake type {0})")]
    NotClientHello(u8),
    #[error("unsupported TLS record version {0:#06x}")]
    BadRecordVersion(u16),
    #[error("ClientHello length {0} is beyond any real hello")]
    TooLong(usize),
    #[error("malformed ClientHello: {what} at byte {offset}")]
    Malformed { what: &'static str, offset: usize },
    #[error("server name is not a valid host name")]
    InvalidServerName,
}

/// Public names of ECH deployments: the outer SNI a client sends when it really encrypts the
/// inner hello. Cloudflare serves every ECH-enabled zone under one public name
/// (<https://blog.cloudflare.com/announcing-encrypted-client-hello/>).
pub const KNOWN_ECH_PUBLIC_NAMES: &[&str] = &["cloudflare-ech.com"];

/// Whether `name` is a known ECH public name (case-insensitive, trailing dot ignored).
pub fn is_known_ech_public_name(name: &str) -> bool {
    let name = name.trim_end_matches('.');
    KNOWN_ECH_PUBLIC_NAMES
        .iter()
        .any(|known| known.eq_ignore_ascii_case(name))
}

/// What the encrypted_client_hello extension says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EchKind {
    /// The ClientHelloOuter: the SNI is the public (outer) name, the real one is encrypted.
    /// Browsers also send this shape as "GREASE ECH" with the real name in the SNI; the two
    /// cannot be told apart on the wire, so the name is only known to be the outer one.
    Outer,
    /// The ClientHelloInner (only seen after decryption).
    Inner,
    /// Present, but with an unknown or empty type byte.
    Unrecognised,
}

/// The facts nuage reads from a ClientHello. Borrows from the parsed bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientHello<'a> {
    /// legacy_version of the hello (0x0303 for TLS 1.2 and 1.3 hellos).
    pub legacy_version: u16,
    /// The host name from server_name, validated (ASCII letters, digits, `-`, `_`, `.`,
    /// 1..=255 bytes), without a trailing dot.
    pub server_name: Option<&'a str>,
    /// The ALPN list's wire form, already validated; read it with [`ClientHello::alpn`].
    alpn_list: &'a [u8],
    /// supported_versions offers TLS 1.3 (0x0304).
    pub offers_tls13: bool,
    pub ech: Option<EchKind>,
    /// Bytes of input the handshake message used (header included).
    pub message_len: usize,
}

impl<'a> ClientHello<'a> {
    /// The ALPN protocol ids offered, in order; non-UTF-8 ids (GREASE) are skipped.
    pub fn alpn(&self) -> impl Iterator<Item = &'a str> + 'a {
        let mut rest = self.alpn_list;
        std::iter::from_fn(move || {
            loop {
                let (&len, tail) = rest.split_first()?;
                let (id, tail) = tail.split_at_checked(usize::from(len))?;
                rest = tail;
                if let Ok(id) = std::str::from_utf8(id) {
                    return Some(id);
                }
            }
        })
    }
}

/// A bounds-checked reader over a byte slice, tracking the absolute offset for errors.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// Offset of `bytes[0]` in the caller's input.
    base: usize,
}

impl<'a> Cursor<'a> {
    fn new(bytes: &'a [u8], base: usize) -> Self {
        Self {
            bytes,
            pos: 0,
            base,
        }
    }

    fn offset(&self) -> usize {
        self.base + self.pos
    }

    fn malformed(&self, what: &'static str) -> TlsError {
        TlsError::Malformed {
            what,
            offset: self.offset(),
        }
    }

    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], TlsError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len())
            .ok_or_else(|| self.malformed(what))?;
        let out = self
            .bytes
            .get(self.pos..end)
            .ok_or_else(|| self.malformed(what))?;
        self.pos = end;
        Ok(out)
    }

    fn u8(&mut self, what: &'static str) -> Result<u8, TlsError> {
        let b = self.take(1, what)?;
        b.first().copied().ok_or_else(|| self.malformed(what))
    }

    fn u16(&mut self, what: &'static str) -> Result<u16, TlsError> {
        match *self.take(2, what)? {
            [a, b] => Ok(u16::from_be_bytes([a, b])),
            _ => Err(self.malformed(what)),
        }
    }

    /// A vector with a 1-byte length prefix; returns its body as a sub-cursor.
    fn vec8(&mut self, what: &'static str) -> Result<Cursor<'a>, TlsError> {
        let len = usize::from(self.u8(what)?);
        let base = self.offset();
        Ok(Cursor::new(self.take(len, what)?, base))
    }

    /// A vector with a 2-byte length prefix.
    fn vec16(&mut self, what: &'static str) -> Result<Cursor<'a>, TlsError> {
        let len = usize::from(self.u16(what)?);
        let base = self.offset();
        Ok(Cursor::new(self.take(len, what)?, base))
    }

    fn is_empty(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    fn rest(&self) -> &'a [u8] {
        self.bytes.get(self.pos..).unwrap_or(&[])
    }
}

/// Reads the 4-byte handshake header: (type, body length).
fn handshake_header(bytes: &[u8]) -> Option<(u8, usize)> {
    match *bytes.get(..HANDSHAKE_HEADER)? {
        [t, a, b, c] => Some((
            t,
            usize::from(a) << 16 | usize::from(b) << 8 | usize::from(c),
        )),
        _ => None,
    }
}

/// Parses a ClientHello handshake message starting at its 4-byte header (type 1, 24-bit
/// length), as carried in QUIC CRYPTO frames or reassembled from TLS records. Bytes after the
/// message are ignored.
pub fn parse_client_hello(handshake: &[u8]) -> Result<ClientHello<'_>, TlsError> {
    // Even the type byte tells whether this can be a hello.
    if let Some(&t) = handshake.first() {
        if t != CLIENT_HELLO {
            return Err(TlsError::NotClientHello(t));
        }
    }
    let Some((_, len)) = handshake_header(handshake) else {
        return Err(TlsError::Incomplete {
            needed: HANDSHAKE_HEADER,
        });
    };
    if len > MAX_CLIENT_HELLO {
        return Err(TlsError::TooLong(len));
    }
    let total = HANDSHAKE_HEADER + len;
    let Some(body) = handshake.get(HANDSHAKE_HEADER..total) else {
        return Err(TlsError::Incomplete { needed: total });
    };
    parse_body(body, total)
}

fn parse_body(body: &[u8], message_len: usize) -> Result<ClientHello<'_>, TlsError> {
    let mut c = Cursor::new(body, HANDSHAKE_HEADER);
    let legacy_version = c.u16("legacy_version")?;
    c.take(32, "random")?;
    let session_id = c.vec8("legacy_session_id")?;
    if session_id.bytes.len() > 32 {
        return Err(c.malformed("legacy_session_id longer than 32"));
    }
    let suites = c.vec16("cipher_suites")?;
    if suites.bytes.is_empty() || suites.bytes.len() % 2 != 0 {
        return Err(c.malformed("cipher_suites length"));
    }
    let compression = c.vec8("legacy_compression_methods")?;
    if compression.bytes.is_empty() {
        return Err(c.malformed("legacy_compression_methods empty"));
    }
    let mut hello = ClientHello {
        legacy_version,
        server_name: None,
        alpn_list: &[],
        offers_tls13: false,
        ech: None,
        message_len,
    };
    // SSL 3.0/TLS 1.0-era hellos may end without an extensions block.
    if c.is_empty() {
        return Ok(hello);
    }
    let mut extensions = c.vec16("extensions")?;
    if !c.is_empty() {
        return Err(c.malformed("bytes after extensions"));
    }
    // Duplicate extensions are forbidden (RFC 8446 §4.2); a repeat of one nuage reads is
    // refused so a second SNI cannot shadow the first.
    let mut seen = [false; 4];
    while !extensions.is_empty() {
        let ext_type = extensions.u16("extension type")?;
        let mut data = extensions.vec16("extension data")?;
        let index = match ext_type {
            EXT_SERVER_NAME => 0,
            EXT_ALPN => 1,
            EXT_SUPPORTED_VERSIONS => 2,
            EXT_ECH => 3,
            _ => continue,
        };
        if std::mem::replace(&mut seen[index], true) {
            return Err(data.malformed("duplicate extension"));
        }
        match ext_type {
            EXT_SERVER_NAME => hello.server_name = server_name(&mut data)?,
            EXT_ALPN => hello.alpn_list = alpn(&mut data)?,
            EXT_SUPPORTED_VERSIONS => hello.offers_tls13 = supported_versions(&mut data)?,
            _ => {
                hello.ech = Some(match data.rest().first() {
                    Some(0) => EchKind::Outer,
                    Some(1) => EchKind::Inner,
                    _ => EchKind::Unrecognised,
                })
            }
        }
    }
    Ok(hello)
}

fn server_name<'a>(data: &mut Cursor<'a>) -> Result<Option<&'a str>, TlsError> {
    // An empty server_name extension is what servers echo back; accept it from clients too.
    if data.is_empty() {
        return Ok(None);
    }
    let mut list = data.vec16("server_name_list")?;
    if !data.is_empty() {
        return Err(data.malformed("bytes after server_name_list"));
    }
    let mut host = None;
    while !list.is_empty() {
        let name_type = list.u8("server name type")?;
        let name = list.vec16("server name")?;
        // Only host_name (0) is defined; a second host_name is forbidden (RFC 6066 §3).
        if name_type == 0 {
            if host.is_some() {
                return Err(list.malformed("two host names"));
            }
            host = Some(valid_host_name(name.bytes).ok_or(TlsError::InvalidServerName)?);
        }
    }
    Ok(host)
}

/// A host name as nuage accepts it: ASCII letters, digits, `-`, `_` and `.`, 1..=255 bytes,
/// no empty label; a single trailing dot is dropped.
pub fn valid_host_name(bytes: &[u8]) -> Option<&str> {
    let bytes = bytes.strip_suffix(b".").unwrap_or(bytes);
    if bytes.is_empty() || bytes.len() > 255 {
        return None;
    }
    let ok = bytes
        .iter()
        .all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'));
    if !ok || bytes.split(|&b| b == b'.').any(<[u8]>::is_empty) {
        return None;
    }
    std::str::from_utf8(bytes).ok()
}

fn alpn<'a>(data: &mut Cursor<'a>) -> Result<&'a [u8], TlsError> {
    let list = data.vec16("ALPN list")?;
    if !data.is_empty() {
        return Err(data.malformed("bytes after ALPN list"));
    }
    // Check every entry now so `ClientHello::alpn` can iterate without errors.
    let mut entries = Cursor::new(list.bytes, list.base);
    while !entries.is_empty() {
        let id = entries.vec8("ALPN protocol id")?;
        if id.bytes.is_empty() {
            return Err(entries.malformed("empty ALPN protocol id"));
        }
    }
    Ok(list.bytes)
}

fn supported_versions(data: &mut Cursor<'_>) -> Result<bool, TlsError> {
    let mut versions = data.vec8("supported_versions")?;
    if versions.bytes.len() % 2 != 0 {
        return Err(versions.malformed("supported_versions length"));
    }
    let mut tls13 = false;
    while !versions.is_empty() {
        tls13 |= versions.u16("supported version")? == 0x0304;
    }
    Ok(tls13)
}

/// Parses the ClientHello at the start of a TLS record stream (content type 22, record
/// versions 0x0300–0x0304): the hello may span several records. `scratch` holds the
/// reassembled message when it does not fit in the first record; it is reused, so the
/// steady state does not allocate.
///
/// `TlsError::Incomplete { needed }` counts stream bytes, and is a lower bound when the
/// message spans records not yet seen.
pub fn parse_client_hello_records<'a>(
    stream: &'a [u8],
    scratch: &'a mut Vec<u8>,
) -> Result<ClientHello<'a>, TlsError> {
    // Common case: the whole hello in the first record, parsed in place.
    let first = record(stream, 0)?;
    if let Some(fragment) = first.fragment {
        if let Some((_, body)) = handshake_header(fragment) {
            if HANDSHAKE_HEADER + body <= fragment.len() {
                let mut hello = parse_client_hello(fragment)?;
                hello.message_len = first.end;
                return Ok(hello);
            }
        }
    }
    // Otherwise gather fragments into `scratch` until the message is whole.
    scratch.clear();
    let mut pos = 0;
    // Message length with header, once its header has been gathered.
    let mut total: Option<usize> = None;
    loop {
        let r = record(stream, pos)?;
        let Some(fragment) = r.fragment else {
            // This record's header or body is not all there yet.
            let want = total.unwrap_or(HANDSHAKE_HEADER);
            let missing = want.saturating_sub(scratch.len() + r.partial).max(1);
            return Err(TlsError::Incomplete {
                needed: pos + RECORD_HEADER + r.partial + missing,
            });
        };
        scratch.extend_from_slice(fragment);
        pos = r.end;
        if total.is_none() {
            if let Some((t, body)) = handshake_header(scratch) {
                if t != CLIENT_HELLO {
                    return Err(TlsError::NotClientHello(t));
                }
                if body > MAX_CLIENT_HELLO {
                    return Err(TlsError::TooLong(body));
                }
                total = Some(HANDSHAKE_HEADER + body);
            } else if let Some(&t) = scratch.first() {
                if t != CLIENT_HELLO {
                    return Err(TlsError::NotClientHello(t));
                }
            }
        }
        if total.is_some_and(|t| scratch.len() >= t) {
            break;
        }
    }
    let scratch: &'a Vec<u8> = scratch;
    let mut hello = parse_client_hello(scratch)?;
    hello.message_len = pos;
    Ok(hello)
}

/// One record at `pos`: its fragment if whole, or how many fragment bytes are there.
struct Record<'a> {
    fragment: Option<&'a [u8]>,
    partial: usize,
    end: usize,
}

fn record(stream: &[u8], pos: usize) -> Result<Record<'_>, TlsError> {
    let tail = stream.get(pos..).unwrap_or(&[]);
    let waiting = Record {
        fragment: None,
        partial: 0,
        end: pos,
    };
    // Check each header byte as soon as it is there, so garbage is refused without waiting.
    let Some(&content) = tail.first() else {
        return Ok(waiting);
    };
    if content != CONTENT_HANDSHAKE {
        return Err(TlsError::NotHandshake(content));
    }
    let Some(&[v0, v1]) = tail.get(1..3).and_then(|v| <&[u8; 2]>::try_from(v).ok()) else {
        return Ok(waiting);
    };
    let version = u16::from_be_bytes([v0, v1]);
    if !(0x0300..=0x0304).contains(&version) {
        return Err(TlsError::BadRecordVersion(version));
    }
    let Some(&[l0, l1]) = tail.get(3..5).and_then(|v| <&[u8; 2]>::try_from(v).ok()) else {
        return Ok(waiting);
    };
    let len = usize::from(u16::from_be_bytes([l0, l1]));
    if len == 0 || len > MAX_RECORD {
        return Err(TlsError::Malformed {
            what: "record length",
            offset: pos + 3,
        });
    }
    let body = tail.get(RECORD_HEADER..).unwrap_or(&[]);
    let end = pos + RECORD_HEADER + len;
    Ok(match body.get(..len) {
        Some(fragment) => Record {
            fragment: Some(fragment),
            partial: len,
            end,
        },
        None => Record {
            fragment: None,
            partial: body.len(),
            end,
        },
    })
}

/// Hand-built ClientHellos for tests here and in the reassembly and QUIC tests.
#[cfg(test)]
pub(crate) mod build {
    /// An extension: type and body.
    pub fn ext(ext_type: u16, body: &[u8]) -> Vec<u8> {
        let mut out = ext_type.to_be_bytes().to_vec();
        out.extend_from_slice(&u16::try_from(body.len()).unwrap().to_be_bytes());
        out.extend_from_slice(body);
        out
    }

    pub fn sni(name: &str) -> Vec<u8> {
        let mut entry = vec![0u8];
        entry.extend_from_slice(&u16::try_from(name.len()).unwrap().to_be_bytes());
        entry.extend_from_slice(name.as_bytes());
        let mut body = u16::try_from(entry.len()).unwrap().to_be_bytes().to_vec();
        body.extend_from_slice(&entry);
        ext(0, &body)
    }

    pub fn alpn(ids: &[&str]) -> Vec<u8> {
        let mut list = Vec::new();
        for id in ids {
            list.push(u8::try_from(id.len()).unwrap());
            list.extend_from_slice(id.as_bytes());
        }
        let mut body = u16::try_from(list.len()).unwrap().to_be_bytes().to_vec();
        body.extend_from_slice(&list);
        ext(16, &body)
    }

    /// supported_versions offering TLS 1.3 and 1.2.
    pub fn versions13() -> Vec<u8> {
        ext(43, &[4, 0x03, 0x04, 0x03, 0x03])
    }

    /// A key_share-like padding extension of `n` bytes (post-quantum shares are ~1.2 KB).
    pub fn key_share(n: usize) -> Vec<u8> {
        ext(51, &vec![0x42; n])
    }

    /// The handshake message (header included) with these extensions, in order.
    pub fn hello(extensions: &[Vec<u8>]) -> Vec<u8> {
        let mut body = vec![0x03, 0x03];
        body.extend_from_slice(&[0x11; 32]);
        body.push(32);
        body.extend_from_slice(&[0x22; 32]);
        body.extend_from_slice(&[0, 6, 0x13, 0x01, 0x13, 0x02, 0xc0, 0x2f]);
        body.extend_from_slice(&[1, 0]);
        let exts: Vec<u8> = extensions.concat();
        body.extend_from_slice(&u16::try_from(exts.len()).unwrap().to_be_bytes());
        body.extend_from_slice(&exts);
        let len = u32::try_from(body.len()).unwrap().to_be_bytes();
        let mut msg = vec![1, len[1], len[2], len[3]];
        msg.extend_from_slice(&body);
        msg
    }

    /// `message` cut into TLS records of at most `max` bytes each.
    pub fn records(message: &[u8], max: usize) -> Vec<u8> {
        let mut out = Vec::new();
        for chunk in message.chunks(max) {
            out.extend_from_slice(&[22, 3, 1]);
            out.extend_from_slice(&u16::try_from(chunk.len()).unwrap().to_be_bytes());
            out.extend_from_slice(chunk);
        }
        out
    }

    /// A Chrome-like TLS 1.3 hello: big key share first, SNI late.
    pub fn chrome_like(name: &str) -> Vec<u8> {
        hello(&[
            ext(0x0a0a, &[]),
            versions13(),
            key_share(1250),
            alpn(&["h2", "http/1.1"]),
            sni(name),
        ])
    }
}

#[cfg(test)]
mod tests {
    use super::build::*;
    use super::*;

    #[test]
    fn tls13_hello_gives_sni_alpn_and_version() {
        let msg = chrome_like("www.example.org");
        let h = parse_client_hello(&msg).unwrap();
        assert_eq!(h.server_name, Some("www.example.org"));
        assert_eq!(h.alpn().collect::<Vec<_>>(), ["h2", "http/1.1"]);
        assert!(h.offers_tls13);
        assert_eq!(h.ech, None);
        assert_eq!(h.message_len, msg.len());
        assert_eq!(h.legacy_version, 0x0303);
    }

    #[test]
    fn tls12_hello_without_supported_versions() {
        let msg = hello(&[sni("legacy.example.com."), ext(13, &[0, 2, 4, 1])]);
        let h = parse_client_hello(&msg).unwrap();
        assert_eq!(h.server_name, Some("legacy.example.com"));
        assert!(!h.offers_tls13);
        assert_eq!(h.alpn().count(), 0);
    }

    #[test]
    fn hello_without_extensions_has_no_name() {
        let mut msg = hello(&[]);
        // Drop the (empty) extensions length: an old-style hello.
        msg.truncate(msg.len() - 2);
        msg[3] -= 2;
        let h = parse_client_hello(&msg).unwrap();
        assert_eq!(h.server_name, None);
    }

    #[test]
    fn ech_outer_is_marked() {
        let mut ech = vec![0u8, 0, 1, 0, 1, 7, 0, 32];
        ech.extend_from_slice(&[0x55; 32]);
        ech.extend_from_slice(&[0, 16]);
        ech.extend_from_slice(&[0x66; 16]);
        let msg = hello(&[sni("public.example.net"), versions13(), ext(0xfe0d, &ech)]);
        let h = parse_client_hello(&msg).unwrap();
        assert_eq!(h.server_name, Some("public.example.net"));
        assert_eq!(h.ech, Some(EchKind::Outer));
        let inner = hello(&[ext(0xfe0d, &[1])]);
        assert_eq!(
            parse_client_hello(&inner).unwrap().ech,
            Some(EchKind::Inner)
        );
        let odd = hello(&[ext(0xfe0d, &[])]);
        assert_eq!(
            parse_client_hello(&odd).unwrap().ech,
            Some(EchKind::Unrecognised)
        );
    }

    #[test]
    fn incomplete_says_how_much_is_needed() {
        let msg = chrome_like("a.example");
        for cut in [0, 1, 3, 4, 100, msg.len() - 1] {
            let got = parse_client_hello(&msg[..cut]);
            let needed = if cut < 4 { 4 } else { msg.len() };
            assert_eq!(got, Err(TlsError::Incomplete { needed }), "cut {cut}");
        }
    }

    #[test]
    fn malformed_inputs_are_named_errors() {
        assert_eq!(
            parse_client_hello(&[2, 0, 0, 4, 3, 3, 0, 0]),
            Err(TlsError::NotClientHello(2))
        );
        assert_eq!(
            parse_client_hello(&[1, 0xff, 0xff, 0xff]),
            Err(TlsError::TooLong(0xff_ffff))
        );
        // Extensions length overrunning the message.
        let mut msg = hello(&[sni("x.example")]);
        let ext_len_at = 4 + 2 + 32 + 33 + 8 + 2;
        msg[ext_len_at] = 0x7f;
        assert!(matches!(
            parse_client_hello(&msg),
            Err(TlsError::Malformed {
                what: "extensions",
                ..
            })
        ));
        // One extension's length overrunning the block.
        let mut msg = hello(&[ext(0x0017, &[]), sni("x.example")]);
        msg[ext_len_at + 2 + 3] = 0x40;
        assert!(matches!(
            parse_client_hello(&msg),
            Err(TlsError::Malformed { .. })
        ));
        // Session id longer than the message.
        let mut msg = hello(&[]);
        msg[4 + 2 + 32] = 0xff;
        assert!(matches!(
            parse_client_hello(&msg),
            Err(TlsError::Malformed { .. })
        ));
        // Server name list overruns its extension.
        let bad = hello(&[ext(0, &[0, 50, 0, 0, 3, b'a', b'.', b'b'])]);
        assert!(matches!(
            parse_client_hello(&bad),
            Err(TlsError::Malformed { .. })
        ));
        // Duplicate SNI extensions.
        let dup = hello(&[sni("a.example"), sni("b.example")]);
        assert!(matches!(
            parse_client_hello(&dup),
            Err(TlsError::Malformed {
                what: "duplicate extension",
                ..
            })
        ));
        // Trailing bytes inside the message after extensions.
        let mut trailing = hello(&[sni("a.example")]);
        trailing.push(0);
        trailing[3] += 1;
        assert!(matches!(
            parse_client_hello(&trailing),
            Err(TlsError::Malformed { .. })
        ));
    }

    #[test]
    fn server_names_are_validated() {
        for bad in [
            "",
            "a..b",
            "exa mple.com",
            "ünï.example",
            ".lead",
            &"a".repeat(256),
        ] {
            let msg = hello(&[sni(bad)]);
            assert_eq!(
                parse_client_hello(&msg),
                Err(TlsError::InvalidServerName),
                "{bad:?}"
            );
        }
        for good in [
            "_dmarc.example.com",
            "xn--bcher-kva.example",
            "10.0.0.1",
            "Host-1.Example",
        ] {
            let msg = hello(&[sni(good)]);
            assert_eq!(parse_client_hello(&msg).unwrap().server_name, Some(good));
        }
    }

    #[test]
    fn records_one_or_many() {
        let msg = chrome_like("split.example.com");
        let mut scratch = Vec::new();
        let one = records(&msg, 16384);
        let h = parse_client_hello_records(&one, &mut scratch).unwrap();
        assert_eq!(h.server_name, Some("split.example.com"));
        assert_eq!(h.message_len, one.len());
        // Split into tiny records, even across the handshake header.
        for max in [1, 3, 100, 700] {
            let many = records(&msg, max);
            let h = parse_client_hello_records(&many, &mut scratch).unwrap();
            assert_eq!(h.server_name, Some("split.example.com"), "max {max}");
            assert_eq!(h.message_len, many.len());
        }
    }

    #[test]
    fn records_incomplete_needs_more_and_bad_headers_are_refused() {
        let msg = chrome_like("split.example.com");
        let mut scratch = Vec::new();
        for max in [500, 16384] {
            let stream = records(&msg, max);
            for cut in [0, 1, 4, 5, 6, 9, 505, 510, stream.len() - 1] {
                match parse_client_hello_records(&stream[..cut], &mut scratch) {
                    Err(TlsError::Incomplete { needed }) => {
                        assert!(
                            needed > cut && needed <= stream.len(),
                            "{max} {cut} {needed}"
                        )
                    }
                    other => panic!("{max} {cut}: {other:?}"),
                }
            }
        }
        assert_eq!(
            parse_client_hello_records(b"GET / HTTP/1.1\r\n", &mut scratch),
            Err(TlsError::NotHandshake(b'G'))
        );
        assert_eq!(
            parse_client_hello_records(&[22, 0x7f, 0x1c, 0, 4], &mut scratch),
            Err(TlsError::BadRecordVersion(0x7f1c))
        );
        assert!(matches!(
            parse_client_hello_records(&[22, 3, 1, 0xff, 0xff], &mut scratch),
            Err(TlsError::Malformed {
                what: "record length",
                ..
            })
        ));
        // A ServerHello in a record.
        assert_eq!(
            parse_client_hello_records(&[22, 3, 3, 0, 4, 2, 0, 0, 0], &mut scratch),
            Err(TlsError::NotClientHello(2))
        );
        // An alert record interleaved mid-hello.
        let mut stream = records(&msg[..100], 100);
        stream.extend_from_slice(&[21, 3, 3, 0, 2, 2, 40]);
        assert_eq!(
            parse_client_hello_records(&stream, &mut scratch),
            Err(TlsError::NotHandshake(21))
        );
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..600)) {
            let _ = parse_client_hello(&bytes);
            let mut scratch = Vec::new();
            let _ = parse_client_hello_records(&bytes, &mut scratch);
            let mut with_header = vec![22, 3, 1, 2, 0, 1, 0, 1, 0xfc];
            with_header.extend_from_slice(&bytes);
            let _ = parse_client_hello_records(&with_header, &mut scratch);
        }

        #[test]
        fn mutated_hellos_never_panic(flips in proptest::collection::vec((0usize..2000, proptest::num::u8::ANY), 1..8)) {
            let mut msg = chrome_like("mutate.example.com");
            for (at, b) in flips {
                let len = msg.len();
                msg[at % len] = b;
            }
            if let Ok(h) = parse_client_hello(&msg) {
                let _ = h.alpn().count();
            }
            let mut scratch = Vec::new();
            let _ = parse_client_hello_records(&records(&msg, 512), &mut scratch);
        }
    }
}
