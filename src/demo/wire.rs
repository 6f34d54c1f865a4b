//! Byte builders for the few application messages the demo household sends: DNS answers
//! and TLS ClientHellos with a server name, as real clients put them on the wire.

use std::net::IpAddr;

/// A DNS response answering `name` with `addr` (A or AAAA), with the question echoed.
pub fn dns_response(id: u16, name: &str, addr: IpAddr, ttl: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(64 + name.len());
    out.extend_from_slice(&id.to_be_bytes());
    out.extend_from_slice(&[0x81, 0x80, 0, 1, 0, 1, 0, 0, 0, 0]);
    push_name(&mut out, name);
    let qtype: u16 = if addr.is_ipv4() { 1 } else { 28 };
    out.extend_from_slice(&qtype.to_be_bytes());
    out.extend_from_slice(&[0, 1]);
    // Answer: a compression pointer to the question's name at offset 12.
    out.extend_from_slice(&[0xc0, 0x0c]);
    out.extend_from_slice(&qtype.to_be_bytes());
    out.extend_from_slice(&[0, 1]);
    out.extend_from_slice(&ttl.to_be_bytes());
    match addr {
        IpAddr::V4(a) => {
            out.extend_from_slice(&4u16.to_be_bytes());
            out.extend_from_slice(&a.octets());
        }
        IpAddr::V6(a) => {
            out.extend_from_slice(&16u16.to_be_bytes());
            out.extend_from_slice(&a.octets());
        }
    }
    out
}

/// The matching DNS query.
pub fn dns_query(id: u16, name: &str, ipv6: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(32 + name.len());
    out.extend_from_slice(&id.to_be_bytes());
    out.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    push_name(&mut out, name);
    out.extend_from_slice(if ipv6 { &[0, 28, 0, 1] } else { &[0, 1, 0, 1] });
    out
}

fn push_name(out: &mut Vec<u8>, name: &str) {
    for label in name.split('.').filter(|l| !l.is_empty()) {
        let label = &label.as_bytes()[..label.len().min(63)];
        out.push(label.len() as u8);
        out.extend_from_slice(label);
    }
    out.push(0);
}

/// A TLS 1.3 ClientHello record carrying `server_name`, shaped like a browser's.
pub fn tls_client_hello(server_name: &str, random: [u8; 32]) -> Vec<u8> {
    let name = server_name.as_bytes();
    let mut extensions = Vec::new();
    // server_name
    let mut sni = Vec::new();
    sni.extend_from_slice(&((name.len() + 3) as u16).to_be_bytes());
    sni.push(0);
    sni.extend_from_slice(&(name.len() as u16).to_be_bytes());
    sni.extend_from_slice(name);
    push_extension(&mut extensions, 0x0000, &sni);
    // supported_groups: x25519, secp256r1
    push_extension(&mut extensions, 0x000a, &[0, 4, 0x00, 0x1d, 0x00, 0x17]);
    // ALPN: h2, http/1.1
    push_extension(&mut extensions, 0x0010, b"\x00\x0c\x02h2\x08http/1.1");
    // supported_versions: TLS 1.3, 1.2
    push_extension(&mut extensions, 0x002b, &[4, 0x03, 0x04, 0x03, 0x03]);
    // key_share: x25519 with a 32-byte key
    let mut key_share = vec![0, 36, 0x00, 0x1d, 0, 32];
    key_share.extend_from_slice(&random);
    push_extension(&mut extensions, 0x0033, &key_share);

    let mut hello = Vec::new();
    hello.extend_from_slice(&[0x03, 0x03]);
    hello.extend_from_slice(&random);
    hello.push(32);
    hello.extend_from_slice(&random);
    hello.extend_from_slice(&[0, 6, 0x13, 0x01, 0x13, 0x02, 0x13, 0x03]);
    hello.extend_from_slice(&[1, 0]);
    hello.extend_from_slice(&(extensions.len() as u16).to_be_bytes());
    hello.extend_from_slice(&extensions);

    let mut record = vec![0x16, 0x03, 0x01];
    record.extend_from_slice(&((hello.len() + 4) as u16).to_be_bytes());
    record.push(0x01);
    record.extend_from_slice(&(hello.len() as u32).to_be_bytes()[1..]);
    record.extend_from_slice(&hello);
    record
}

fn push_extension(out: &mut Vec<u8>, kind: u16, body: &[u8]) {
    out.extend_from_slice(&kind.to_be_bytes());
    out.extend_from_slice(&(body.len() as u16).to_be_bytes());
    out.extend_from_slice(body);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dns_response_is_well_formed() {
        let msg = dns_response(7, "www.example.org", "192.0.2.1".parse().unwrap(), 300);
        // header 12 + name 17 + qtype/qclass 4 + answer 2+2+2+4+2+4
        assert_eq!(msg.len(), 12 + 17 + 4 + 16);
        assert_eq!(&msg[msg.len() - 4..], &[192, 0, 2, 1]);
    }

    #[test]
    fn client_hello_lengths_are_consistent() {
        let record = tls_client_hello("zoom.us", [7; 32]);
        let record_len = u16::from_be_bytes([record[3], record[4]]) as usize;
        assert_eq!(record.len(), 5 + record_len);
        let hs_len = u32::from_be_bytes([0, record[6], record[7], record[8]]) as usize;
        assert_eq!(record_len, 4 + hs_len);
        assert!(record.windows(7).any(|w| w == b"zoom.us"));
    }
}
