//! Finding the interface of the default route, the one nuage captures on when none is named.

use super::CaptureError;

const RTF_UP: u32 = 0x0001;
const RTF_REJECT: u32 = 0x0200;

/// The interface of the IPv4 default route (lowest metric), else of the IPv6 one, read
/// from /proc/net/route and /proc/net/ipv6_route.
pub fn default_route_interface() -> Result<String, CaptureError> {
    let v4 = std::fs::read_to_string("/proc/net/route").unwrap_or_default();
    if let Some(iface) = parse_ipv4_default_route(&v4) {
        return Ok(iface);
    }
    let v6 = std::fs::read_to_string("/proc/net/ipv6_route").unwrap_or_default();
    parse_ipv6_default_route(&v6).ok_or(CaptureError::NoDefaultInterface)
}

/// Parses /proc/net/route: the up route with destination and mask 0 and the lowest metric.
pub fn parse_ipv4_default_route(table: &str) -> Option<String> {
    table
        .lines()
        .skip(1)
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let iface = *fields.first()?;
            let dest = u32::from_str_radix(fields.get(1)?, 16).ok()?;
            let flags = u32::from_str_radix(fields.get(3)?, 16).ok()?;
            let metric: u32 = fields.get(6)?.parse().ok()?;
            let mask = u32::from_str_radix(fields.get(7)?, 16).ok()?;
            (dest == 0 && mask == 0 && flags & RTF_UP != 0).then(|| (metric, iface.to_string()))
        })
        .min_by_key(|(metric, _)| *metric)
        .map(|(_, iface)| iface)
}

/// Parses /proc/net/ipv6_route: the up, non-reject `::/0` route off loopback with the
/// lowest metric.
pub fn parse_ipv6_default_route(table: &str) -> Option<String> {
    table
        .lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split_whitespace().collect();
            let dest = *fields.first()?;
            let plen = u8::from_str_radix(fields.get(1)?, 16).ok()?;
            let metric = u32::from_str_radix(fields.get(5)?, 16).ok()?;
            let flags = u32::from_str_radix(fields.get(8)?, 16).ok()?;
            let iface = *fields.get(9)?;
            let is_default = plen == 0 && dest.bytes().all(|b| b == b'0');
            let usable = flags & RTF_UP != 0 && flags & RTF_REJECT == 0 && iface != "lo";
            (is_default && usable).then(|| (metric, iface.to_string()))
        })
        .min_by_key(|(metric, _)| *metric)
        .map(|(_, iface)| iface)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv4_default_route_lowest_metric() {
        let table = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n\
            wlan0\t00000000\t0102A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0\n\
            eth0\t00000000\t0101A8C0\t0003\t0\t0\t100\t00000000\t0\t0\t0\n\
            eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n";
        assert_eq!(parse_ipv4_default_route(table).as_deref(), Some("eth0"));
    }

    #[test]
    fn ipv4_no_default_route() {
        let table = "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n\
            eth0\t0001A8C0\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0\n";
        assert_eq!(parse_ipv4_default_route(table), None);
        assert_eq!(parse_ipv4_default_route(""), None);
    }

    #[test]
    fn ipv6_default_route_skips_reject_and_loopback() {
        let table = "\
00000000000000000000000000000000 00 00000000000000000000000000000000 00 00000000000000000000000000000000 ffffffff 00000001 00000000 00200200       lo
00000000000000000000000000000000 00 00000000000000000000000000000000 00 fe800000000000000000000000000001 00000400 00000001 00000000 00000003     eth1
fe800000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000001 00000000 00000001     eth0
";
        assert_eq!(parse_ipv6_default_route(table).as_deref(), Some("eth1"));
    }
}
