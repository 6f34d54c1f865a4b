//! A small MaxMind DB writer for tests, following the public "MaxMind DB File Format
//! Specification" (format 2.0): a binary search tree with 24-bit records, a 16-byte
//! separator, a data section of ASN records, then the metadata after its marker.
//!
//! Shared by the unit tests of `ranges::parse::asn_mmdb` and the integration tests, so that
//! no binary database has to be kept in the repository.
#![allow(dead_code)]

use std::net::IpAddr;

use ipnetwork::IpNetwork;

/// One network and the record it points to.
pub struct Entry {
    pub net: IpNetwork,
    pub asn: Option<u32>,
    pub org: &'static str,
}

pub fn entry(net: &str, asn: u32, org: &'static str) -> Entry {
    match net.parse() {
        Ok(net) => Entry {
            net,
            asn: Some(asn),
            org,
        },
        Err(e) => panic!("test network {net}: {e}"),
    }
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Record {
    Empty,
    Node(usize),
    Data(usize),
}

/// Builds a database. An IPv6 database stores IPv4 networks under `::/96` and, when
/// `ipv4_alias` is set, also links `::ffff:0:0/96` to them as real databases do.
pub fn build(ip_version: u16, entries: &[Entry], ipv4_alias: bool, build_epoch: u64) -> Vec<u8> {
    let mut nodes: Vec<[Record; 2]> = vec![[Record::Empty; 2]];
    let mut data = Vec::new();
    // Networks with the same record share it, as in real databases.
    let mut offsets: std::collections::HashMap<(Option<u32>, &str), usize> = Default::default();
    for e in entries {
        let offset = *offsets.entry((e.asn, e.org)).or_insert_with(|| {
            let offset = data.len();
            encode_record(&mut data, e);
            offset
        });
        let (key, depth) = key_of(ip_version, e.net);
        insert(&mut nodes, key, depth, ip_version, Record::Data(offset));
    }
    if ip_version == 6 && ipv4_alias {
        // Node reached by 96 zero bits is where IPv4 starts.
        let mut node = 0;
        for _ in 0..96 {
            match nodes[node][0] {
                Record::Node(n) => node = n,
                other => panic!("no IPv4 subtree to alias ({other:?})"),
            }
        }
        let alias_key = 0xffff_u128 << 32;
        insert(&mut nodes, alias_key, 96, 6, Record::Node(node));
    }
    serialise(&nodes, &data, ip_version, build_epoch)
}

fn key_of(ip_version: u16, net: IpNetwork) -> (u128, u32) {
    match (ip_version, net.ip()) {
        (4, IpAddr::V4(a)) => (u128::from(u32::from(a)), u32::from(net.prefix())),
        (6, IpAddr::V4(a)) => (u128::from(u32::from(a)), 96 + u32::from(net.prefix())),
        (6, IpAddr::V6(a)) => (u128::from(a), u32::from(net.prefix())),
        _ => panic!("{net} does not fit an IPv{ip_version} database"),
    }
}

fn insert(nodes: &mut Vec<[Record; 2]>, key: u128, depth: u32, ip_version: u16, record: Record) {
    assert!(depth >= 1, "a network of length 0 has no place in the tree");
    let bits = if ip_version == 4 { 32 } else { 128 };
    let bit = |i: u32| ((key >> (bits - 1 - i)) & 1) as usize;
    let mut node = 0;
    for i in 0..depth - 1 {
        let b = bit(i);
        node = match nodes[node][b] {
            Record::Node(n) => n,
            Record::Empty => {
                nodes.push([Record::Empty; 2]);
                let n = nodes.len() - 1;
                nodes[node][b] = Record::Node(n);
                n
            }
            Record::Data(_) => panic!("test networks must not overlap"),
        };
    }
    let b = bit(depth - 1);
    assert_eq!(
        nodes[node][b],
        Record::Empty,
        "test networks must not overlap"
    );
    nodes[node][b] = record;
}

fn serialise(nodes: &[[Record; 2]], data: &[u8], ip_version: u16, build_epoch: u64) -> Vec<u8> {
    let count = nodes.len();
    let value = |r: Record| -> u32 {
        let v = match r {
            Record::Empty => count,
            Record::Node(n) => n,
            Record::Data(offset) => count + 16 + offset,
        };
        assert!(v < 1 << 24, "test database too big for 24-bit records");
        v as u32
    };
    let mut out = Vec::new();
    for [left, right] in nodes {
        out.extend_from_slice(&value(*left).to_be_bytes()[1..]);
        out.extend_from_slice(&value(*right).to_be_bytes()[1..]);
    }
    out.extend_from_slice(&[0; 16]);
    out.extend_from_slice(data);
    out.extend_from_slice(b"\xab\xcd\xefMaxMind.com");
    let mut meta = Vec::new();
    control(&mut meta, 7, 9);
    string(&mut meta, "node_count");
    uint(&mut meta, 6, count as u64);
    string(&mut meta, "record_size");
    uint(&mut meta, 5, 24);
    string(&mut meta, "ip_version");
    uint(&mut meta, 5, u64::from(ip_version));
    string(&mut meta, "database_type");
    string(&mut meta, "DBIP-ASN-Lite (compat=GeoLite2-ASN)");
    string(&mut meta, "languages");
    control(&mut meta, 11, 1);
    string(&mut meta, "en");
    string(&mut meta, "binary_format_major_version");
    uint(&mut meta, 5, 2);
    string(&mut meta, "binary_format_minor_version");
    uint(&mut meta, 5, 0);
    string(&mut meta, "build_epoch");
    uint(&mut meta, 9, build_epoch);
    string(&mut meta, "description");
    control(&mut meta, 7, 1);
    string(&mut meta, "en");
    string(&mut meta, "Invented ASN test database");
    out.extend_from_slice(&meta);
    out
}

fn encode_record(out: &mut Vec<u8>, e: &Entry) {
    let pairs = usize::from(e.asn.is_some()) + 1;
    control(out, 7, pairs);
    if let Some(asn) = e.asn {
        string(out, "autonomous_system_number");
        uint(out, 6, u64::from(asn));
    }
    string(out, "autonomous_system_organization");
    string(out, e.org);
}

/// A control byte (plus extended type byte and size bytes) for `type_num` and `size`.
fn control(out: &mut Vec<u8>, type_num: u8, size: usize) {
    let (first_type, extended) = if type_num <= 7 {
        (type_num, None)
    } else {
        (0, Some(type_num - 7))
    };
    let (size_bits, extra): (u8, Vec<u8>) = if size < 29 {
        (size as u8, vec![])
    } else if size < 29 + 256 {
        (29, vec![(size - 29) as u8])
    } else if size < 285 + 65_536 {
        (30, ((size - 285) as u16).to_be_bytes().to_vec())
    } else {
        (31, ((size - 65_821) as u32).to_be_bytes()[1..].to_vec())
    };
    out.push(first_type << 5 | size_bits);
    if let Some(ext) = extended {
        out.push(ext);
    }
    out.extend_from_slice(&extra);
}

fn string(out: &mut Vec<u8>, s: &str) {
    control(out, 2, s.len());
    out.extend_from_slice(s.as_bytes());
}

/// An unsigned integer of MaxMind type 5 (uint16), 6 (uint32) or 9 (uint64), minimal bytes.
fn uint(out: &mut Vec<u8>, type_num: u8, v: u64) {
    let bytes = v.to_be_bytes();
    let skip = bytes.iter().take_while(|&&b| b == 0).count();
    control(out, type_num, 8 - skip);
    out.extend_from_slice(&bytes[skip..]);
}
