//! Reads the host name a device announces in its DHCP requests (option 12).
//!
//! Only client messages (BOOTREQUEST, Ethernet hardware addresses) are read. Every field is
//! reached through a length-checked accessor; a malformed message yields `None`.

/// UDP ports: clients send from 68 to 67.
pub const DHCP_SERVER_PORT: u16 = 67;
pub const DHCP_CLIENT_PORT: u16 = 68;

const BOOTREQUEST: u8 = 1;
const HTYPE_ETHERNET: u8 = 1;
/// op, htype, hlen, hops, xid, secs, flags, ciaddr, yiaddr, siaddr, giaddr, chaddr, sname, file
const FIXED_LEN: usize = 236;
const CHADDR: usize = 28;
const MAGIC: [u8; 4] = [99, 130, 83, 99];
const OPT_PAD: u8 = 0;
const OPT_HOST_NAME: u8 = 12;
const OPT_END: u8 = 255;
/// Host names longer than this are cut (a DNS label is at most 63 bytes).
pub const MAX_HOST_NAME: usize = 63;

/// What a DHCP request tells about its sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DhcpRequest<'a> {
    pub client_mac: [u8; 6],
    /// Option 12, trimmed of trailing NULs; `None` when absent, empty or not printable text.
    pub host_name: Option<&'a str>,
}

/// Parses a UDP payload sent to port 67.
pub fn parse_request(payload: &[u8]) -> Option<DhcpRequest<'_>> {
    let fixed = payload.get(..FIXED_LEN)?;
    if fixed[0] != BOOTREQUEST || fixed[1] != HTYPE_ETHERNET || fixed[2] != 6 {
        return None;
    }
    let mut client_mac = [0u8; 6];
    client_mac.copy_from_slice(fixed.get(CHADDR..CHADDR + 6)?);
    if payload.get(FIXED_LEN..FIXED_LEN + 4)? != MAGIC {
        return None;
    }
    let mut options = payload.get(FIXED_LEN + 4..)?;
    let mut host_name = None;
    while let Some((&code, rest)) = options.split_first() {
        match code {
            OPT_PAD => {
                options = rest;
                continue;
            }
            OPT_END => break,
            _ => {}
        }
        let (&len, rest) = rest.split_first()?;
        let value = rest.get(..usize::from(len))?;
        options = &rest[usize::from(len)..];
        if code == OPT_HOST_NAME {
            host_name = clean_host_name(value);
        }
    }
    Some(DhcpRequest {
        client_mac,
        host_name,
    })
}

fn clean_host_name(value: &[u8]) -> Option<&str> {
    let end = value.iter().position(|&b| b == 0).unwrap_or(value.len());
    let text = std::str::from_utf8(&value[..end]).ok()?.trim();
    let text = match text.char_indices().nth(MAX_HOST_NAME) {
        Some((cut, _)) => &text[..cut],
        None => text,
    };
    if text.is_empty() || text.chars().any(char::is_control) {
        return None;
    }
    Some(text)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A DHCPREQUEST from `mac` with the given raw options (without the end option).
    pub(crate) fn request(mac: [u8; 6], options: &[u8]) -> Vec<u8> {
        let mut p = vec![0u8; FIXED_LEN];
        p[0] = BOOTREQUEST;
        p[1] = HTYPE_ETHERNET;
        p[2] = 6;
        p[4..8].copy_from_slice(&[0x12, 0x34, 0x56, 0x78]);
        p[CHADDR..CHADDR + 6].copy_from_slice(&mac);
        p.extend_from_slice(&MAGIC);
        p.extend_from_slice(options);
        p.push(OPT_END);
        p
    }

    const MAC: [u8; 6] = [0xaa, 0xbb, 0xcc, 0x00, 0x11, 0x22];

    #[test]
    fn host_name_is_read_after_other_options() {
        let opts = [
            53, 1, 3, 0, 0, 50, 4, 192, 168, 1, 20, 12, 6, b'k', b'i', b't', b'c', b'h', 0,
        ];
        let msg = request(MAC, &opts);
        let r = parse_request(&msg).unwrap();
        assert_eq!(r.client_mac, MAC);
        assert_eq!(r.host_name, Some("kitch"));
    }

    #[test]
    fn no_host_name() {
        let msg = request(MAC, &[53, 1, 1]);
        let r = parse_request(&msg).unwrap();
        assert_eq!(r.host_name, None);
    }

    #[test]
    fn malformed_messages_are_refused_not_panicking() {
        let good = request(MAC, &[12, 4, b'a', b'b', b'c', b'd']);
        // every truncation of a good message
        for cut in 0..good.len() - 1 {
            let r = parse_request(&good[..cut]);
            if cut < FIXED_LEN + 4 {
                assert_eq!(r, None, "cut {cut}");
            }
        }
        // option length runs past the end
        assert_eq!(parse_request(&request(MAC, &[12, 200, b'a'])), None);
        // a reply, not a request
        let mut reply = good.clone();
        reply[0] = 2;
        assert_eq!(parse_request(&reply), None);
        // bad magic cookie
        let mut bad = good.clone();
        bad[FIXED_LEN] = 0;
        assert_eq!(parse_request(&bad), None);
        // not UTF-8, control characters, empty
        for opt in [
            &[12u8, 2, 0xff, 0xfe][..],
            &[12, 3, b'a', 7, b'b'],
            &[12, 0],
            &[12, 2, 0, 0],
        ] {
            let msg = request(MAC, opt);
            let r = parse_request(&msg).unwrap();
            assert_eq!(r.host_name, None, "{opt:?}");
        }
        // overlong names are cut
        let mut long = vec![12u8, 100];
        long.extend(std::iter::repeat_n(b'x', 100));
        let msg = request(MAC, &long);
        let r = parse_request(&msg).unwrap();
        assert_eq!(r.host_name.map(str::len), Some(MAX_HOST_NAME));
        // random bytes never panic
        let mut state = 7u64;
        for _ in 0..2000 {
            let mut p = good.clone();
            for _ in 0..4 {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1);
                let i = (state >> 33) as usize % p.len();
                p[i] = (state >> 13) as u8;
            }
            let _ = parse_request(&p);
        }
    }
}
