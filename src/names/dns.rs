//! DNS messages (RFC 1035), as seen in responses on UDP/TCP port 53 and mDNS (UDP 5353).
//!
//! Two layers, smoltcp style: [`Message`] is a view over the bytes whose accessors check
//! lengths and never panic; [`parse`] validates a whole message into a [`Response`] whose
//! names are known to be well formed (compression pointers only go backwards, at most
//! [`MAX_POINTERS`] of them, labels ≤ 63 bytes, names ≤ 255 bytes). Counts are checked against
//! the bytes left before anything is allocated, so an absurd count costs nothing.
//! [`Response::resolve`] follows CNAME chains and gives each address the name that was asked.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// DNS over UDP and TCP.
pub const PORT: u16 = 53;
/// Multicast DNS (RFC 6762).
pub const MDNS_PORT: u16 = 5353;
/// DNS header length.
pub const HEADER_LEN: usize = 12;
/// Longest name on the wire (RFC 1035 §2.3.4), length octets included.
pub const MAX_NAME_LEN: usize = 255;
/// Longest label.
pub const MAX_LABEL_LEN: usize = 63;
/// Compression pointers followed in one name; real messages need one or two.
pub const MAX_POINTERS: usize = 16;
/// CNAMEs followed from the asked name (resolvers give up around 8–16 too).
pub const MAX_CHAIN: usize = 12;

pub const TYPE_A: u16 = 1;
pub const TYPE_CNAME: u16 = 5;
pub const TYPE_PTR: u16 = 12;
pub const TYPE_TXT: u16 = 16;
pub const TYPE_AAAA: u16 = 28;
pub const TYPE_SRV: u16 = 33;

/// Why a message was refused. Offsets are byte offsets in the DNS message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DnsError {
    #[error("DNS message truncated in the {0} at byte {1}")]
    Truncated(&'static str, usize),
    #[error("DNS {section} count {count} cannot fit in the {left} bytes left")]
    AbsurdCount {
        section: &'static str,
        count: u16,
        left: usize,
    },
    #[error("DNS label at byte {0} is longer than 63 bytes or uses a reserved label type")]
    BadLabel(usize),
    #[error("DNS name at byte {0} is longer than 255 bytes")]
    NameTooLong(usize),
    #[error("DNS compression pointer at byte {0} does not point backwards (a loop)")]
    PointerLoop(usize),
    #[error("DNS name at byte {0} follows more than 16 compression pointers")]
    TooManyPointers(usize),
    #[error("DNS record at byte {offset} has type {rtype} with a {len}-byte rdata")]
    BadRdata { offset: usize, rtype: u16, len: u16 },
    #[error("DNS TCP message length {0} is larger than the bytes captured")]
    TcpTruncated(usize),
}

/// A read-only view over a DNS message's bytes.
#[derive(Debug, Clone, Copy)]
pub struct Message<'a> {
    buf: &'a [u8],
}

impl<'a> Message<'a> {
    /// Checks that the header is there; the rest is checked by [`parse`].
    pub fn new_checked(buf: &'a [u8]) -> Result<Self, DnsError> {
        if buf.len() < HEADER_LEN {
            return Err(DnsError::Truncated("header", buf.len()));
        }
        Ok(Self { buf })
    }

    fn u16_at(&self, at: usize) -> Option<u16> {
        let b = self.buf.get(at..at.checked_add(2)?)?;
        Some(u16::from_be_bytes([b[0], b[1]]))
    }

    fn header_u16(&self, at: usize) -> u16 {
        self.u16_at(at).unwrap_or(0)
    }

    pub fn id(&self) -> u16 {
        self.header_u16(0)
    }
    pub fn flags(&self) -> u16 {
        self.header_u16(2)
    }
    /// QR bit: a response, not a query.
    pub fn is_response(&self) -> bool {
        self.flags() & 0x8000 != 0
    }
    /// RCODE (0 = no error, 3 = NXDOMAIN).
    pub fn rcode(&self) -> u8 {
        (self.flags() & 0x000f) as u8
    }
    pub fn qdcount(&self) -> u16 {
        self.header_u16(4)
    }
    pub fn ancount(&self) -> u16 {
        self.header_u16(6)
    }
    pub fn nscount(&self) -> u16 {
        self.header_u16(8)
    }
    pub fn arcount(&self) -> u16 {
        self.header_u16(10)
    }
    pub fn bytes(&self) -> &'a [u8] {
        self.buf
    }
}

/// A name inside a validated message: where it starts. Reading it follows the pointers that
/// [`parse`] already checked.
#[derive(Debug, Clone, Copy)]
pub struct Name<'a> {
    msg: &'a [u8],
    offset: usize,
}

impl<'a> Name<'a> {
    /// The labels, in order, following compression pointers.
    pub fn labels(&self) -> Labels<'a> {
        Labels {
            msg: self.msg,
            at: self.offset,
            hops: 0,
        }
    }

    /// Dotted, ASCII-lowercased, without the trailing dot; the root is "".
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write_text(&mut out);
        out
    }

    /// Appends the dotted, lowercased name to `out`. Bytes that are not UTF-8 are replaced.
    pub fn write_text(&self, out: &mut String) {
        for (i, label) in self.labels().enumerate() {
            if i > 0 {
                out.push('.');
            }
            let start = out.len();
            out.push_str(&String::from_utf8_lossy(label));
            out[start..].make_ascii_lowercase();
        }
    }

    /// Case-insensitive comparison (DNS names are ASCII case-insensitive).
    pub fn eq_ignore_case(&self, other: &Name<'_>) -> bool {
        let mut a = self.labels();
        let mut b = other.labels();
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
                _ => return false,
            }
        }
    }
}

/// Iterator over a validated name's labels. Stops (rather than panics) on anything odd.
#[derive(Debug, Clone)]
pub struct Labels<'a> {
    msg: &'a [u8],
    at: usize,
    hops: usize,
}

impl<'a> Iterator for Labels<'a> {
    type Item = &'a [u8];
    fn next(&mut self) -> Option<&'a [u8]> {
        loop {
            let len = *self.msg.get(self.at)?;
            match len & 0xc0 {
                0x00 if len == 0 => return None,
                0x00 => {
                    let start = self.at + 1;
                    let label = self.msg.get(start..start + usize::from(len))?;
                    self.at = start + usize::from(len);
                    return Some(label);
                }
                0xc0 => {
                    let low = *self.msg.get(self.at + 1)?;
                    let target = usize::from(u16::from_be_bytes([len & 0x3f, low]));
                    self.hops += 1;
                    if target >= self.at || self.hops > MAX_POINTERS {
                        return None;
                    }
                    self.at = target;
                }
                _ => return None,
            }
        }
    }
}

/// Checks the name at `offset`; returns the offset just after it in place.
fn check_name(msg: &[u8], offset: usize) -> Result<usize, DnsError> {
    let mut at = offset;
    let mut end = None;
    let mut hops = 0;
    // length on the wire: each label's length octet and bytes, plus the root octet
    let mut total = 1usize;
    loop {
        let len = *msg.get(at).ok_or(DnsError::Truncated("name", at))?;
        match len & 0xc0 {
            0x00 if len == 0 => return Ok(end.unwrap_or(at + 1)),
            0x00 => {
                total += usize::from(len) + 1;
                if total > MAX_NAME_LEN {
                    return Err(DnsError::NameTooLong(offset));
                }
                let next = at + 1 + usize::from(len);
                if next > msg.len() {
                    return Err(DnsError::Truncated("name", at));
                }
                at = next;
            }
            0xc0 => {
                let low = *msg.get(at + 1).ok_or(DnsError::Truncated("name", at))?;
                let target = usize::from(u16::from_be_bytes([len & 0x3f, low]));
                if end.is_none() {
                    end = Some(at + 2);
                }
                hops += 1;
                if hops > MAX_POINTERS {
                    return Err(DnsError::TooManyPointers(offset));
                }
                // Only backward pointers: every real encoder points to an earlier name,
                // and it makes loops impossible.
                if target >= at {
                    return Err(DnsError::PointerLoop(at));
                }
                at = target;
            }
            _ => return Err(DnsError::BadLabel(at)),
        }
    }
}

/// Which part of the message a record came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Answer,
    Authority,
    Additional,
}

/// Record data nuage reads; every other type is skipped by its length.
#[derive(Debug, Clone, Copy)]
pub enum RData<'a> {
    A(Ipv4Addr),
    Aaaa(Ipv6Addr),
    Cname(Name<'a>),
    /// PTR, SRV, TXT and anything else: only the type is kept.
    Other(u16),
}

#[derive(Debug, Clone, Copy)]
pub struct Record<'a> {
    pub section: Section,
    pub name: Name<'a>,
    pub rtype: u16,
    /// Class without mDNS's cache-flush bit.
    pub class: u16,
    pub ttl: u32,
    pub data: RData<'a>,
}

#[derive(Debug, Clone, Copy)]
pub struct Question<'a> {
    pub name: Name<'a>,
    pub qtype: u16,
    pub qclass: u16,
}

/// A validated message.
#[derive(Debug, Clone)]
pub struct Response<'a> {
    pub id: u16,
    pub is_response: bool,
    pub rcode: u8,
    pub questions: Vec<Question<'a>>,
    /// Answer, authority and additional records, in order.
    pub records: Vec<Record<'a>>,
}

/// Smallest question: root name (1) + type + class.
const MIN_QUESTION: usize = 5;
/// Smallest record: root name (1) + type, class, ttl, rdlength.
const MIN_RECORD: usize = 11;

/// Validates a whole message (UDP payload, or one TCP message without its length prefix).
pub fn parse(buf: &[u8]) -> Result<Response<'_>, DnsError> {
    let m = Message::new_checked(buf)?;
    let left = buf.len() - HEADER_LEN;
    let qd = m.qdcount();
    let rr = [
        (Section::Answer, m.ancount()),
        (Section::Authority, m.nscount()),
        (Section::Additional, m.arcount()),
    ];
    let need_q = usize::from(qd) * MIN_QUESTION;
    if need_q > left {
        return Err(DnsError::AbsurdCount {
            section: "question",
            count: qd,
            left,
        });
    }
    let records: usize = rr.iter().map(|(_, c)| usize::from(*c)).sum();
    if need_q + records * MIN_RECORD > left {
        let (section, count) = rr
            .iter()
            .find(|(_, c)| *c > 0)
            .map_or(("answer", 0), |(s, c)| (section_name(*s), *c));
        return Err(DnsError::AbsurdCount {
            section,
            count,
            left,
        });
    }
    let mut at = HEADER_LEN;
    let mut questions = Vec::with_capacity(usize::from(qd));
    for _ in 0..qd {
        let name = Name {
            msg: buf,
            offset: at,
        };
        at = check_name(buf, at)?;
        let qtype = m.u16_at(at).ok_or(DnsError::Truncated("question", at))?;
        let qclass = m
            .u16_at(at + 2)
            .ok_or(DnsError::Truncated("question", at))?;
        at += 4;
        questions.push(Question {
            name,
            qtype,
            qclass,
        });
    }
    let mut out = Vec::with_capacity(records);
    for (section, count) in rr {
        for _ in 0..count {
            let (record, next) = parse_record(buf, at, section)?;
            out.push(record);
            at = next;
        }
    }
    Ok(Response {
        id: m.id(),
        is_response: m.is_response(),
        rcode: m.rcode(),
        questions,
        records: out,
    })
}

fn section_name(s: Section) -> &'static str {
    match s {
        Section::Answer => "answer",
        Section::Authority => "authority",
        Section::Additional => "additional",
    }
}

fn parse_record(
    buf: &[u8],
    start: usize,
    section: Section,
) -> Result<(Record<'_>, usize), DnsError> {
    let m = Message { buf };
    let name = Name {
        msg: buf,
        offset: start,
    };
    let at = check_name(buf, start)?;
    let field = |o: usize| m.u16_at(at + o).ok_or(DnsError::Truncated("record", at));
    let rtype = field(0)?;
    let class = field(2)? & 0x7fff;
    let ttl = (u32::from(field(4)?) << 16) | u32::from(field(6)?);
    let rdlen = field(8)?;
    let rdata_at = at + 10;
    let end = rdata_at + usize::from(rdlen);
    let rdata = buf
        .get(rdata_at..end)
        .ok_or(DnsError::Truncated("record data", rdata_at))?;
    let bad = || DnsError::BadRdata {
        offset: start,
        rtype,
        len: rdlen,
    };
    let data = match rtype {
        TYPE_A => {
            let b: [u8; 4] = rdata.try_into().map_err(|_| bad())?;
            RData::A(Ipv4Addr::from(b))
        }
        TYPE_AAAA => {
            let b: [u8; 16] = rdata.try_into().map_err(|_| bad())?;
            RData::Aaaa(Ipv6Addr::from(b))
        }
        TYPE_CNAME => {
            // the name must lie within the rdata (its pointers may go anywhere earlier)
            let after = check_name(&buf[..end], rdata_at)?;
            if after != end {
                return Err(bad());
            }
            RData::Cname(Name {
                msg: buf,
                offset: rdata_at,
            })
        }
        other => RData::Other(other),
    };
    Ok((
        Record {
            section,
            name,
            rtype,
            class,
            ttl,
            data,
        },
        end,
    ))
}

/// One address from a response, with the names that led to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub addr: IpAddr,
    pub ttl: u32,
    /// The asked name first, then each CNAME target, ending with the address record's owner.
    /// A service lookup should try them in this order: the asked name is what the user
    /// wanted (`www.netflix.com`), the later ones are CDN names (`…akamaiedge.net`).
    pub chain: Vec<String>,
}

impl Response<'_> {
    /// Addresses with their name chains. With a question, only records reachable from the
    /// asked name by CNAMEs count (unrelated records are ignored); without one (mDNS
    /// announcements) each address record stands alone.
    pub fn resolve(&self) -> Vec<Resolved> {
        let mut out = Vec::new();
        let addr_of = |r: &Record<'_>| match r.data {
            RData::A(a) => Some(IpAddr::V4(a)),
            RData::Aaaa(a) => Some(IpAddr::V6(a)),
            _ => None,
        };
        let Some(question) = self.questions.first() else {
            for r in &self.records {
                if let Some(addr) = addr_of(r) {
                    out.push(Resolved {
                        addr,
                        ttl: r.ttl,
                        chain: vec![r.name.to_text()],
                    });
                }
            }
            return out;
        };
        let mut chain: Vec<Name<'_>> = vec![question.name];
        while chain.len() <= MAX_CHAIN {
            let Some(current) = chain.last().copied() else {
                break;
            };
            let next = self.records.iter().find_map(|r| match r.data {
                RData::Cname(target)
                    if r.section == Section::Answer && r.name.eq_ignore_case(&current) =>
                {
                    Some(target)
                }
                _ => None,
            });
            match next {
                Some(t) if !chain.iter().any(|n| n.eq_ignore_case(&t)) => chain.push(t),
                _ => break,
            }
        }
        let mut texts: Option<Vec<String>> = None;
        for r in &self.records {
            if r.section != Section::Answer {
                continue;
            }
            let Some(addr) = addr_of(r) else { continue };
            let Some(depth) = chain.iter().position(|n| n.eq_ignore_case(&r.name)) else {
                continue;
            };
            let texts = texts.get_or_insert_with(|| chain.iter().map(Name::to_text).collect());
            out.push(Resolved {
                addr,
                ttl: r.ttl,
                chain: texts[..=depth].to_vec(),
            });
        }
        out
    }
}

/// Splits a TCP segment's payload into DNS messages (RFC 1035 §4.2.2: each message is
/// preceded by its 2-byte length). A message cut by the segment's end is an error for that
/// message only; the ones before it are still given. Messages split across segments are not
/// reassembled (responses that big are rare; the next answer names the address).
pub fn tcp_messages(payload: &[u8]) -> TcpMessages<'_> {
    TcpMessages { rest: payload }
}

#[derive(Debug, Clone)]
pub struct TcpMessages<'a> {
    rest: &'a [u8],
}

impl<'a> Iterator for TcpMessages<'a> {
    type Item = Result<&'a [u8], DnsError>;
    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.is_empty() {
            return None;
        }
        let Some(len) = self.rest.get(..2) else {
            self.rest = &[];
            return Some(Err(DnsError::TcpTruncated(2)));
        };
        let len = usize::from(u16::from_be_bytes([len[0], len[1]]));
        match self.rest.get(2..2 + len) {
            Some(msg) => {
                self.rest = &self.rest[2 + len..];
                Some(Ok(msg))
            }
            None => {
                self.rest = &[];
                Some(Err(DnsError::TcpTruncated(len)))
            }
        }
    }
}

/// Device names from an mDNS response: each A/AAAA record owned by `<name>.local` gives
/// (address, `<name>`). Service-discovery names (`_airplay._tcp.local`) carry no address
/// records of their own and are skipped.
pub fn mdns_device_names(response: &Response<'_>) -> Vec<(IpAddr, String)> {
    let mut out: Vec<(IpAddr, String)> = Vec::new();
    for r in &response.records {
        let addr = match r.data {
            RData::A(a) => IpAddr::V4(a),
            RData::Aaaa(a) => IpAddr::V6(a),
            _ => continue,
        };
        let text = r.name.to_text();
        let Some(host) = text.strip_suffix(".local") else {
            continue;
        };
        if host.is_empty() || host.starts_with('_') {
            continue;
        }
        if !out.iter().any(|(a, n)| *a == addr && n == host) {
            out.push((addr, host.to_string()));
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Builds messages by hand for tests and benches.
    pub(crate) struct Builder {
        pub buf: Vec<u8>,
    }

    impl Builder {
        pub(crate) fn response(id: u16, qd: u16, an: u16, ns: u16, ar: u16) -> Self {
            let mut buf = id.to_be_bytes().to_vec();
            buf.extend_from_slice(&[0x81, 0x80]);
            for c in [qd, an, ns, ar] {
                buf.extend_from_slice(&c.to_be_bytes());
            }
            Self { buf }
        }
        /// Appends a name; returns its offset.
        pub(crate) fn name(&mut self, name: &str) -> usize {
            let at = self.buf.len();
            for l in name.split('.').filter(|l| !l.is_empty()) {
                self.buf.push(l.len() as u8);
                self.buf.extend_from_slice(l.as_bytes());
            }
            self.buf.push(0);
            at
        }
        pub(crate) fn pointer(&mut self, to: usize) {
            self.buf
                .extend_from_slice(&(0xc000u16 | to as u16).to_be_bytes());
        }
        pub(crate) fn question(&mut self, name: &str, qtype: u16) -> usize {
            let at = self.name(name);
            self.buf.extend_from_slice(&qtype.to_be_bytes());
            self.buf.extend_from_slice(&[0, 1]);
            at
        }
        /// Record header after an owner name already written.
        pub(crate) fn rr_tail(&mut self, rtype: u16, ttl: u32, rdata: &[u8]) {
            self.buf.extend_from_slice(&rtype.to_be_bytes());
            self.buf.extend_from_slice(&[0, 1]);
            self.buf.extend_from_slice(&ttl.to_be_bytes());
            self.buf
                .extend_from_slice(&(rdata.len() as u16).to_be_bytes());
            self.buf.extend_from_slice(rdata);
        }
        /// A CNAME whose owner is a pointer and whose target is written in full.
        pub(crate) fn cname_at(&mut self, owner: usize, target: &str) -> usize {
            self.pointer(owner);
            self.buf.extend_from_slice(&TYPE_CNAME.to_be_bytes());
            self.buf.extend_from_slice(&[0, 1, 0, 0, 0, 60]);
            let len_at = self.buf.len();
            self.buf.extend_from_slice(&[0, 0]);
            let target_at = self.name(target);
            let len = (self.buf.len() - target_at) as u16;
            self.buf[len_at..len_at + 2].copy_from_slice(&len.to_be_bytes());
            target_at
        }
        pub(crate) fn addr_at(&mut self, owner: usize, addr: IpAddr, ttl: u32) {
            self.pointer(owner);
            match addr {
                IpAddr::V4(a) => self.rr_tail(TYPE_A, ttl, &a.octets()),
                IpAddr::V6(a) => self.rr_tail(TYPE_AAAA, ttl, &a.octets()),
            }
        }
    }

    /// www.netflix.com → www.dradis.netflix.com → apiproxy-….amazonaws.com → 2 addresses.
    pub(crate) fn netflix() -> Vec<u8> {
        let mut b = Builder::response(0x1234, 1, 4, 0, 0);
        let q = b.question("www.netflix.com", TYPE_A);
        let c1 = b.cname_at(q, "www.dradis.netflix.com");
        let c2 = b.cname_at(c1, "apiproxy-website-nlb-prod-1.us-east-1.amazonaws.com");
        b.addr_at(c2, "3.211.157.115".parse().unwrap(), 60);
        b.addr_at(c2, "54.237.226.164".parse().unwrap(), 60);
        b.buf
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn simple_answer() {
        let mut b = Builder::response(7, 1, 1, 0, 0);
        let q = b.question("WWW.Example.org", TYPE_A);
        b.addr_at(q, ip("192.0.2.1"), 300);
        let r = parse(&b.buf).unwrap();
        assert!(r.is_response);
        assert_eq!(r.id, 7);
        assert_eq!(r.questions[0].name.to_text(), "www.example.org");
        let res = r.resolve();
        assert_eq!(
            res,
            vec![Resolved {
                addr: ip("192.0.2.1"),
                ttl: 300,
                chain: vec!["www.example.org".into()]
            }]
        );
    }

    #[test]
    fn demo_wire_response_parses() {
        let msg = crate::demo::wire::dns_response(9, "zoom.us", ip("2001:db8::5"), 120);
        let res = parse(&msg).unwrap().resolve();
        assert_eq!(res[0].addr, ip("2001:db8::5"));
        assert_eq!(res[0].chain, vec!["zoom.us".to_string()]);
    }

    #[test]
    fn cname_chain_gives_the_asked_name_first() {
        let msg = netflix();
        let res = parse(&msg).unwrap().resolve();
        assert_eq!(res.len(), 2);
        for r in &res {
            assert_eq!(
                r.chain,
                vec![
                    "www.netflix.com",
                    "www.dradis.netflix.com",
                    "apiproxy-website-nlb-prod-1.us-east-1.amazonaws.com"
                ]
            );
            assert_eq!(r.ttl, 60);
        }
        assert_eq!(res[1].addr, ip("54.237.226.164"));
    }

    #[test]
    fn cname_loop_in_records_stops() {
        let mut b = Builder::response(1, 1, 3, 0, 0);
        let q = b.question("a.example", TYPE_A);
        let t = b.cname_at(q, "b.example");
        b.cname_at(t, "a.example");
        b.addr_at(t, ip("192.0.2.9"), 10);
        let res = parse(&b.buf).unwrap().resolve();
        assert_eq!(res.len(), 1);
        assert_eq!(res[0].chain, vec!["a.example", "b.example"]);
    }

    #[test]
    fn unrelated_records_are_not_trusted() {
        let mut b = Builder::response(1, 1, 1, 0, 0);
        b.question("asked.example", TYPE_A);
        let other = b.name("bank.example");
        b.rr_tail(TYPE_A, 60, &[192, 0, 2, 66]);
        let _ = other;
        assert!(parse(&b.buf).unwrap().resolve().is_empty());
    }

    #[test]
    fn ptr_srv_txt_are_skipped() {
        let mut b = Builder::response(1, 1, 4, 0, 1);
        let q = b.question("x.example", TYPE_A);
        b.pointer(q);
        b.rr_tail(TYPE_TXT, 5, b"\x05hello");
        b.pointer(q);
        b.rr_tail(TYPE_SRV, 5, &[0, 1, 0, 2, 0x01, 0xbb, 0]);
        b.pointer(q);
        b.rr_tail(TYPE_PTR, 5, &[0xc0, 12]);
        b.addr_at(q, ip("2001:db8::1"), 30);
        // an OPT pseudo-record in the additional section
        b.buf
            .extend_from_slice(&[0, 0, 41, 0x10, 0, 0, 0, 0, 0, 0, 0]);
        let r = parse(&b.buf).unwrap();
        assert_eq!(r.records.len(), 5);
        assert!(matches!(r.records[0].data, RData::Other(TYPE_TXT)));
        let res = r.resolve();
        assert_eq!(res.len(), 1);
        assert_eq!(res[0].addr, ip("2001:db8::1"));
    }

    #[test]
    fn compression_loops_are_errors() {
        // a pointer to itself
        let mut b = Builder::response(1, 1, 0, 0, 0);
        b.pointer(12);
        b.buf.extend_from_slice(&[0, 1, 0, 1]);
        assert_eq!(parse(&b.buf).unwrap_err(), DnsError::PointerLoop(12));
        // two names pointing at each other: the later one points back, the earlier forward
        let mut b = Builder::response(1, 2, 0, 0, 0);
        b.buf.extend_from_slice(&[1, b'a']);
        b.pointer(22);
        b.buf.extend_from_slice(&[0, 1, 0, 1]);
        b.buf.extend_from_slice(&[1, b'b']);
        b.pointer(12);
        b.buf.extend_from_slice(&[0, 1, 0, 1]);
        assert!(matches!(
            parse(&b.buf).unwrap_err(),
            DnsError::PointerLoop(_)
        ));
    }

    #[test]
    fn too_many_pointer_hops_is_an_error() {
        // a chain of 20 pointers, each to the one before, ending at a root name
        let mut b = Builder::response(1, 1, 0, 0, 0);
        b.buf.push(0);
        for i in 0..20 {
            // each pointer points at the previous one (the first at the root name)
            let prev = if i == 0 { 12 } else { b.buf.len() - 2 };
            b.pointer(prev);
        }
        assert_eq!(
            check_name(&b.buf, b.buf.len() - 2).unwrap_err(),
            DnsError::TooManyPointers(b.buf.len() - 2)
        );
        // 16 hops are fine
        assert!(check_name(&b.buf, 12 + 1 + 2 * 15).is_ok());
    }

    #[test]
    fn long_labels_and_names_are_errors() {
        let mut b = Builder::response(1, 1, 0, 0, 0);
        b.buf.push(64);
        b.buf.extend_from_slice(&[b'a'; 64]);
        b.buf.extend_from_slice(&[0, 0, 1, 0, 1]);
        assert_eq!(parse(&b.buf).unwrap_err(), DnsError::BadLabel(12));
        let mut b = Builder::response(1, 1, 0, 0, 0);
        for _ in 0..5 {
            b.buf.push(63);
            b.buf.extend_from_slice(&[b'a'; 63]);
        }
        b.buf.extend_from_slice(&[0, 0, 1, 0, 1]);
        assert_eq!(parse(&b.buf).unwrap_err(), DnsError::NameTooLong(12));
        // exactly 255 on the wire is fine: 3×64 + 62 + root
        let mut b = Builder::response(1, 1, 0, 0, 0);
        for _ in 0..3 {
            b.buf.push(63);
            b.buf.extend_from_slice(&[b'a'; 63]);
        }
        b.buf.push(61);
        b.buf.extend_from_slice(&[b'b'; 61]);
        b.buf.extend_from_slice(&[0, 0, 1, 0, 1]);
        assert_eq!(
            parse(&b.buf).unwrap().questions[0].name.to_text().len(),
            253
        );
    }

    #[test]
    fn truncated_messages_are_errors_at_every_length() {
        let msg = netflix();
        for cut in 0..msg.len() {
            assert!(parse(&msg[..cut]).is_err(), "cut at {cut}");
        }
        assert!(parse(&msg).is_ok());
    }

    #[test]
    fn absurd_counts_are_refused_before_allocating() {
        let mut b = Builder::response(1, 65535, 0, 0, 0);
        b.buf.extend_from_slice(&[0, 0, 1, 0, 1]);
        assert_eq!(
            parse(&b.buf).unwrap_err(),
            DnsError::AbsurdCount {
                section: "question",
                count: 65535,
                left: 5
            }
        );
        let b = Builder::response(1, 0, 0, 0, 65535);
        assert!(matches!(
            parse(&b.buf).unwrap_err(),
            DnsError::AbsurdCount {
                section: "additional",
                ..
            }
        ));
    }

    #[test]
    fn wrong_rdata_lengths_are_errors() {
        let mut b = Builder::response(1, 1, 1, 0, 0);
        let q = b.question("x.example", TYPE_A);
        b.pointer(q);
        b.rr_tail(TYPE_A, 1, &[1, 2, 3]);
        assert!(matches!(
            parse(&b.buf).unwrap_err(),
            DnsError::BadRdata {
                rtype: 1,
                len: 3,
                ..
            }
        ));
        // a CNAME whose name runs past its rdata
        let mut b = Builder::response(1, 1, 1, 0, 0);
        let q = b.question("x.example", TYPE_A);
        b.pointer(q);
        b.rr_tail(TYPE_CNAME, 1, &[3, b'a', b'b']);
        b.buf.extend_from_slice(&[b'c', 0]);
        assert!(parse(&b.buf).is_err());
    }

    #[test]
    fn tcp_framing_yields_each_message() {
        let one = netflix();
        let two = crate::demo::wire::dns_response(2, "a.example", ip("192.0.2.2"), 5);
        let mut seg = Vec::new();
        for m in [&one, &two] {
            seg.extend_from_slice(&(m.len() as u16).to_be_bytes());
            seg.extend_from_slice(m);
        }
        let msgs: Vec<_> = tcp_messages(&seg).collect();
        assert_eq!(msgs.len(), 2);
        assert_eq!(*msgs[1].as_ref().unwrap(), &two[..]);
        // the last message cut short: the first is still given
        let cut = &seg[..seg.len() - 3];
        let msgs: Vec<_> = tcp_messages(cut).collect();
        assert!(msgs[0].is_ok());
        assert_eq!(msgs[1], Err(DnsError::TcpTruncated(two.len())));
        assert_eq!(
            tcp_messages(&[0]).collect::<Vec<_>>(),
            vec![Err(DnsError::TcpTruncated(2))]
        );
    }

    #[test]
    fn mdns_announcement_names_devices() {
        // unsolicited response: no question, cache-flush class, names in answers and
        // additional records, plus a PTR for a service
        let mut b = Builder::response(0, 0, 2, 0, 1);
        b.buf[2] = 0x84;
        let svc = b.name("_airplay._tcp.local");
        b.rr_tail(TYPE_PTR, 4500, &[0xc0, svc as u8]);
        let host = b.name("Living-Room-TV.local");
        b.buf.extend_from_slice(&TYPE_A.to_be_bytes());
        b.buf
            .extend_from_slice(&[0x80, 1, 0, 0, 0, 120, 0, 4, 192, 168, 1, 42]);
        b.addr_at(host, ip("fe80::42"), 120);
        let r = parse(&b.buf).unwrap();
        assert_eq!(r.records[1].class, 1);
        assert_eq!(
            mdns_device_names(&r),
            vec![
                (ip("192.168.1.42"), "living-room-tv".to_string()),
                (ip("fe80::42"), "living-room-tv".to_string())
            ]
        );
        assert_eq!(r.resolve().len(), 2);
    }

    #[test]
    fn queries_parse_but_say_so() {
        let q = crate::demo::wire::dns_query(3, "example.com", false);
        let r = parse(&q).unwrap();
        assert!(!r.is_response);
        assert!(r.resolve().is_empty());
        assert!(!Message::new_checked(&q).unwrap().is_response());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
            if let Ok(r) = parse(&bytes) {
                let _ = r.resolve();
                let _ = mdns_device_names(&r);
                for rec in &r.records {
                    // invalid UTF-8 bytes become U+FFFD (3 bytes)
                    prop_assert!(rec.name.to_text().len() <= 3 * MAX_NAME_LEN);
                }
            }
            for m in tcp_messages(&bytes).flatten() {
                let _ = parse(m).map(|r| r.resolve());
            }
        }

        #[test]
        fn mutated_messages_never_panic(
            edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8),
            cut in any::<usize>(),
        ) {
            let mut msg = netflix();
            for (at, v) in edits {
                let i = at % msg.len();
                msg[i] = v;
            }
            let cut = cut % (msg.len() + 1);
            if let Ok(r) = parse(&msg[..cut]) {
                for res in r.resolve() {
                    prop_assert!(!res.chain.is_empty() && res.chain.len() <= MAX_CHAIN + 1);
                    for n in &res.chain {
                        prop_assert!(n.len() <= 3 * MAX_NAME_LEN);
                    }
                }
            }
        }
    }
}
