//! A synthetic but plausible day of a household's traffic, made deterministically from a seed.
//!
//! A dozen devices behind a router (IPv4 and IPv6: the /64 is announced in a Router
//! Advertisement at dawn, names are announced in DHCP requests), DNS answers before
//! connections, TLS connections whose ClientHello names the service, video calls over UDP,
//! and flow sizes with a heavy tail, busiest in the evening. Server addresses sit in the
//! networks that really serve these names, so attribution has something true to find.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use etherparse::PacketBuilder;

use super::wire;

/// One frame of the demo capture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoFrame {
    pub ts_micros: i64,
    /// Length on the wire; `data` may be shorter (payload beyond the headers is not kept).
    pub wire_len: u32,
    pub data: Vec<u8>,
}

/// Bytes of each frame kept past the headers of bulk data segments, like a capture with a
/// small snaplen: keeps the shipped file small while wire lengths stay true.
const BULK_CAPLEN: usize = 96;

const ROUTER_MAC: [u8; 6] = [0x02, 0x00, 0x5e, 0x00, 0x00, 0x01];
const ROUTER_V4: [u8; 4] = [192, 168, 1, 1];
const LAN_V6_PREFIX: [u8; 8] = [0x20, 0x01, 0x0d, 0xb8, 0xca, 0xfe, 0x00, 0x01];

struct Device {
    name: &'static str,
    /// How often this device starts a connection, relative to the others.
    weight: u64,
    mac: [u8; 6],
    v4: [u8; 4],
    v6: bool,
}

const DEVICES: &[Device] = &[
    Device {
        name: "kitchen-laptop",
        weight: 8,
        mac: [0x3c, 0x22, 0xfb, 0x10, 0x00, 0x0a],
        v4: [192, 168, 1, 10],
        v6: true,
    },
    Device {
        name: "anas-phone",
        weight: 10,
        mac: [0xa4, 0x83, 0xe7, 0x10, 0x00, 0x0b],
        v4: [192, 168, 1, 11],
        v6: true,
    },
    Device {
        name: "living-room-tv",
        weight: 6,
        mac: [0x70, 0x2a, 0xd5, 0x10, 0x00, 0x0c],
        v4: [192, 168, 1, 12],
        v6: false,
    },
    Device {
        name: "study-desktop",
        weight: 8,
        mac: [0xd8, 0xbb, 0xc1, 0x10, 0x00, 0x0d],
        v4: [192, 168, 1, 13],
        v6: true,
    },
    Device {
        name: "leos-tablet",
        weight: 7,
        mac: [0x9c, 0x20, 0x7b, 0x10, 0x00, 0x0e],
        v4: [192, 168, 1, 14],
        v6: false,
    },
    Device {
        name: "grans-phone",
        weight: 6,
        mac: [0x50, 0x1a, 0xc5, 0x10, 0x00, 0x0f],
        v4: [192, 168, 1, 15],
        v6: true,
    },
    Device {
        name: "printer",
        weight: 1,
        mac: [0x00, 0x1b, 0xa9, 0x10, 0x00, 0x10],
        v4: [192, 168, 1, 16],
        v6: false,
    },
    Device {
        name: "speaker",
        weight: 2,
        mac: [0x44, 0x65, 0x0d, 0x10, 0x00, 0x11],
        v4: [192, 168, 1, 17],
        v6: false,
    },
];

#[derive(Clone, Copy)]
enum Kind {
    /// HTTPS download of about `kib` KiB, heavy-tailed.
    Web { kib: u32 },
    /// A call: UDP both ways for about `seconds`.
    Call { seconds: u32 },
}

struct Service {
    name: &'static str,
    v4: [u8; 4],
    v6: Option<[u16; 8]>,
    kind: Kind,
    weight: u32,
}

// Addresses inside the networks that serve these names (their operators' own prefixes).
const SERVICES: &[Service] = &[
    Service {
        name: "rr3---sn-5hne6nzk.googlevideo.com",
        v4: [173, 194, 160, 8],
        v6: Some([0x2a00, 0x1450, 0x4007, 0x80b, 0, 0, 0, 0x200e]),
        kind: Kind::Web { kib: 6000 },
        weight: 10,
    },
    Service {
        name: "www.youtube.com",
        v4: [142, 250, 179, 78],
        v6: Some([0x2a00, 0x1450, 0x4007, 0x818, 0, 0, 0, 0x200e]),
        kind: Kind::Web { kib: 300 },
        weight: 6,
    },
    Service {
        name: "mail.google.com",
        v4: [142, 250, 201, 5],
        v6: Some([0x2a00, 0x1450, 0x4007, 0x80e, 0, 0, 0, 0x2005]),
        kind: Kind::Web { kib: 120 },
        weight: 5,
    },
    Service {
        name: "meet.google.com",
        v4: [142, 250, 82, 110],
        v6: None,
        kind: Kind::Call { seconds: 120 },
        weight: 1,
    },
    Service {
        name: "drive.google.com",
        v4: [142, 251, 37, 14],
        v6: None,
        kind: Kind::Web { kib: 900 },
        weight: 2,
    },
    Service {
        name: "web.whatsapp.com",
        v4: [157, 240, 202, 60],
        v6: Some([0x2a03, 0x2880, 0xf22d, 0xc3, 0xface, 0xb00c, 0, 0x167]),
        kind: Kind::Web { kib: 80 },
        weight: 6,
    },
    Service {
        name: "scontent-cdg4-1.cdninstagram.com",
        v4: [157, 240, 202, 63],
        v6: Some([0x2a03, 0x2880, 0xf02d, 0x12, 0xface, 0xb00c, 0, 0x3]),
        kind: Kind::Web { kib: 2500 },
        weight: 6,
    },
    Service {
        name: "www.facebook.com",
        v4: [31, 13, 84, 36],
        v6: None,
        kind: Kind::Web { kib: 400 },
        weight: 3,
    },
    Service {
        name: "outlook.office365.com",
        v4: [52, 97, 146, 162],
        v6: Some([0x2603, 0x1026, 0xc0d, 0x1a, 0, 0, 0, 0x2]),
        kind: Kind::Web { kib: 200 },
        weight: 4,
    },
    Service {
        name: "teams.microsoft.com",
        v4: [52, 113, 194, 132],
        v6: None,
        kind: Kind::Call { seconds: 120 },
        weight: 1,
    },
    Service {
        name: "onedrive.live.com",
        v4: [13, 107, 42, 13],
        v6: None,
        kind: Kind::Web { kib: 1500 },
        weight: 2,
    },
    Service {
        name: "www.amazon.fr",
        v4: [54, 239, 33, 91],
        v6: None,
        kind: Kind::Web { kib: 700 },
        weight: 3,
    },
    Service {
        name: "d2lk4w4l5x2y0b.cloudfront.net",
        v4: [18, 165, 183, 84],
        v6: None,
        kind: Kind::Web { kib: 1200 },
        weight: 3,
    },
    Service {
        name: "gateway.icloud.com",
        v4: [17, 248, 210, 66],
        v6: None,
        kind: Kind::Web { kib: 300 },
        weight: 3,
    },
    Service {
        name: "apps.apple.com",
        v4: [17, 253, 144, 10],
        v6: None,
        kind: Kind::Web { kib: 1500 },
        weight: 1,
    },
    Service {
        name: "cdnjs.cloudflare.com",
        v4: [104, 17, 24, 14],
        v6: Some([0x2606, 0x4700, 0, 0, 0, 0, 0x6811, 0x180e]),
        kind: Kind::Web { kib: 150 },
        weight: 3,
    },
    Service {
        name: "www.reddit.com",
        v4: [151, 101, 1, 140],
        v6: None,
        kind: Kind::Web { kib: 600 },
        weight: 2,
    },
    Service {
        name: "ipv4-c001-par001-ix.1.oca.nflxvideo.net",
        v4: [45, 57, 90, 1],
        v6: None,
        kind: Kind::Web { kib: 9000 },
        weight: 4,
    },
    Service {
        name: "fr.wikipedia.org",
        v4: [185, 15, 58, 224],
        v6: None,
        kind: Kind::Web { kib: 250 },
        weight: 3,
    },
    Service {
        name: "mastodon.social",
        v4: [88, 198, 37, 77],
        v6: None,
        kind: Kind::Web { kib: 150 },
        weight: 2,
    },
    Service {
        name: "framapad.org",
        v4: [51, 91, 27, 120],
        v6: None,
        kind: Kind::Web { kib: 100 },
        weight: 1,
    },
    Service {
        name: "jitsi.example-collective.org",
        v4: [45, 90, 13, 200],
        v6: None,
        kind: Kind::Call { seconds: 120 },
        weight: 1,
    },
];

/// splitmix64: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn v6_of(device: &Device) -> [u8; 16] {
    let mut a = [0u8; 16];
    a[..8].copy_from_slice(&LAN_V6_PREFIX);
    a[8..14].copy_from_slice(&[0, 0, 0, 0, 0x10, 0]);
    a[14] = 0;
    a[15] = device.v4[3];
    a
}

/// A day's traffic from midnight UTC of `day_start_secs`, `flows` connections, sorted by time.
pub fn household_day(seed: u64, day_start_secs: i64, flows: usize) -> Vec<DemoFrame> {
    let mut rng = Rng(seed);
    let mut frames = Vec::new();
    let day_us = day_start_secs * 1_000_000;

    // Dawn: the router announces the IPv6 prefix, devices ask for their addresses by name.
    frames.push(router_advertisement(day_us + 5_000_000));
    for (i, device) in DEVICES.iter().enumerate() {
        frames.push(dhcp_request(
            day_us + 6_000_000 + i as i64 * 250_000,
            device,
        ));
    }

    for _ in 0..flows {
        let device = pick_weighted(&mut rng, DEVICES, |d| d.weight).unwrap_or(&DEVICES[0]);
        let service =
            pick_weighted(&mut rng, SERVICES, |s| u64::from(s.weight)).unwrap_or(&SERVICES[0]);
        let start = day_us + time_of_day_us(&mut rng);
        let use_v6 = device.v6 && service.v6.is_some() && rng.below(2) == 0;
        let (client, server): (IpAddr, IpAddr) = match (use_v6, service.v6) {
            (true, Some(segments)) => (
                IpAddr::V6(Ipv6Addr::from(v6_of(device))),
                IpAddr::V6(Ipv6Addr::from(segments)),
            ),
            _ => (
                IpAddr::V4(Ipv4Addr::from(device.v4)),
                IpAddr::V4(Ipv4Addr::from(service.v4)),
            ),
        };
        let client_port = 32768 + rng.below(28000) as u16;
        let mut conn = Conn {
            device,
            client,
            server,
            client_port,
            server_port: 443,
            frames: &mut frames,
        };
        conn.dns(start, service.name, rng.below(65536) as u16);
        let begin = start + 20_000;
        match service.kind {
            Kind::Web { kib } => {
                // Pareto-like tail: most downloads small, a few large.
                let scale = 0.2 / (1.0 - rng.unit()).max(0.02).powf(0.8);
                // Sizes are scaled down (1/16) so the shipped capture stays small.
                let bytes = ((f64::from(kib) * 64.0 * scale) as u64).clamp(2_000, 4_000_000);
                conn.https(begin, service.name, bytes, &mut rng);
            }
            Kind::Call { seconds } => {
                conn.server_port = 3478 + rng.below(500) as u16;
                let secs = u64::from(seconds / 2) + rng.below(u64::from(seconds));
                conn.call(begin, secs, &mut rng);
            }
        }
    }
    frames.sort_by_key(|f| f.ts_micros);
    frames
}

/// Picks an item with probability proportional to its weight.
fn pick_weighted<'a, T>(
    rng: &mut Rng,
    items: &'a [T],
    weight: impl Fn(&T) -> u64,
) -> Option<&'a T> {
    let total: u64 = items.iter().map(&weight).sum();
    let mut pick = rng.below(total);
    items.iter().find(|item| {
        let w = weight(item);
        if pick < w {
            true
        } else {
            pick -= w;
            false
        }
    })
}

/// An evening-heavy time of day, in microseconds after midnight.
fn time_of_day_us(rng: &mut Rng) -> i64 {
    // Hourly weights: quiet night, morning bump, evening peak.
    const WEIGHTS: [u64; 24] = [
        1, 1, 1, 1, 1, 1, 2, 4, 5, 4, 4, 4, 5, 4, 4, 4, 5, 6, 8, 10, 11, 10, 6, 3,
    ];
    let total: u64 = WEIGHTS.iter().sum();
    let mut pick = rng.below(total);
    let hour = WEIGHTS
        .iter()
        .position(|&w| {
            if pick < w {
                true
            } else {
                pick -= w;
                false
            }
        })
        .unwrap_or(20);
    (hour as i64 * 3600 + rng.below(3600) as i64) * 1_000_000 + rng.below(1_000_000) as i64
}

struct Conn<'a> {
    device: &'a Device,
    client: IpAddr,
    server: IpAddr,
    client_port: u16,
    server_port: u16,
    frames: &'a mut Vec<DemoFrame>,
}

enum Segment<'p> {
    Tcp {
        seq: u32,
        ack: Option<u32>,
        flags: u8,
        payload: &'p [u8],
    },
    Udp {
        payload: &'p [u8],
    },
}

const SYN: u8 = 1;
const FIN: u8 = 2;
const PSH: u8 = 4;

impl Conn<'_> {
    fn emit(&mut self, ts: i64, up: bool, segment: Segment<'_>, keep_payload: bool) {
        let (src_mac, dst_mac) = if up {
            (self.device.mac, ROUTER_MAC)
        } else {
            (ROUTER_MAC, self.device.mac)
        };
        let (src, dst, sport, dport) = if up {
            (self.client, self.server, self.client_port, self.server_port)
        } else {
            (self.server, self.client, self.server_port, self.client_port)
        };
        let mut data = Vec::with_capacity(1600);
        let eth = PacketBuilder::ethernet2(src_mac, dst_mac);
        let ip = match (src, dst) {
            (IpAddr::V4(s), IpAddr::V4(d)) => eth.ipv4(s.octets(), d.octets(), 64),
            (IpAddr::V6(s), IpAddr::V6(d)) => eth.ipv6(s.octets(), d.octets(), 64),
            _ => return,
        };
        let written = match segment {
            Segment::Tcp {
                seq,
                ack,
                flags,
                payload,
            } => {
                let mut tcp = ip.tcp(sport, dport, seq, 64240);
                if flags & SYN != 0 {
                    tcp = tcp.syn();
                }
                if flags & FIN != 0 {
                    tcp = tcp.fin();
                }
                if flags & PSH != 0 {
                    tcp = tcp.psh();
                }
                if let Some(ack) = ack {
                    tcp = tcp.ack(ack);
                }
                tcp.write(&mut data, payload)
            }
            Segment::Udp { payload } => ip.udp(sport, dport).write(&mut data, payload),
        };
        if written.is_err() {
            return;
        }
        let wire_len = data.len() as u32;
        if !keep_payload {
            data.truncate(BULK_CAPLEN);
        }
        self.frames.push(DemoFrame {
            ts_micros: ts,
            wire_len,
            data,
        });
    }

    fn dns(&mut self, ts: i64, name: &str, id: u16) {
        let resolver = match self.client {
            IpAddr::V4(_) => IpAddr::V4(Ipv4Addr::from(ROUTER_V4)),
            IpAddr::V6(_) => {
                let mut a = [0u8; 16];
                a[..8].copy_from_slice(&LAN_V6_PREFIX);
                a[15] = 1;
                IpAddr::V6(Ipv6Addr::from(a))
            }
        };
        let mut lookup = Conn {
            device: self.device,
            client: self.client,
            server: resolver,
            client_port: self.client_port.wrapping_add(7),
            server_port: 53,
            frames: self.frames,
        };
        let query = wire::dns_query(id, name, self.server.is_ipv6());
        lookup.emit(ts, true, Segment::Udp { payload: &query }, true);
        let answer = wire::dns_response(id, name, self.server, 300);
        lookup.emit(ts + 12_000, false, Segment::Udp { payload: &answer }, true);
    }

    fn https(&mut self, start: i64, name: &str, bytes_down: u64, rng: &mut Rng) {
        const MSS: u64 = 1448;
        let rtt = 15_000 + rng.below(30_000) as i64;
        let (mut cseq, mut sseq) = (rng.next() as u32, rng.next() as u32);
        let mut t = start;
        self.emit(
            t,
            true,
            Segment::Tcp {
                seq: cseq,
                ack: None,
                flags: SYN,
                payload: &[],
            },
            true,
        );
        cseq = cseq.wrapping_add(1);
        t += rtt;
        self.emit(
            t,
            false,
            Segment::Tcp {
                seq: sseq,
                ack: Some(cseq),
                flags: SYN,
                payload: &[],
            },
            true,
        );
        sseq = sseq.wrapping_add(1);
        t += 200;
        self.emit(
            t,
            true,
            Segment::Tcp {
                seq: cseq,
                ack: Some(sseq),
                flags: 0,
                payload: &[],
            },
            true,
        );
        let mut random = [0u8; 32];
        for chunk in random.chunks_mut(8) {
            chunk.copy_from_slice(&rng.next().to_le_bytes());
        }
        let hello = wire::tls_client_hello(name, random);
        self.emit(
            t + 100,
            true,
            Segment::Tcp {
                seq: cseq,
                ack: Some(sseq),
                flags: PSH,
                payload: &hello,
            },
            true,
        );
        cseq = cseq.wrapping_add(hello.len() as u32);
        t += rtt;
        let payload = [0x17u8; MSS as usize];
        let mut left = bytes_down;
        let mut segments = 0u64;
        // Throughput between 2 and 40 Mbit/s.
        let gap = (MSS * 8 * 1_000_000 / (2_000_000 + rng.below(38_000_000))) as i64;
        while left > 0 {
            let n = left.min(MSS);
            self.emit(
                t,
                false,
                Segment::Tcp {
                    seq: sseq,
                    ack: Some(cseq),
                    flags: 0,
                    payload: &payload[..n as usize],
                },
                false,
            );
            sseq = sseq.wrapping_add(n as u32);
            left -= n;
            segments += 1;
            t += gap.max(1);
            if segments % 2 == 0 || left == 0 {
                self.emit(
                    t,
                    true,
                    Segment::Tcp {
                        seq: cseq,
                        ack: Some(sseq),
                        flags: 0,
                        payload: &[],
                    },
                    true,
                );
            }
        }
        t += rtt;
        self.emit(
            t,
            true,
            Segment::Tcp {
                seq: cseq,
                ack: Some(sseq),
                flags: FIN,
                payload: &[],
            },
            true,
        );
        cseq = cseq.wrapping_add(1);
        self.emit(
            t + rtt,
            false,
            Segment::Tcp {
                seq: sseq,
                ack: Some(cseq),
                flags: FIN,
                payload: &[],
            },
            true,
        );
        sseq = sseq.wrapping_add(1);
        self.emit(
            t + rtt + 200,
            true,
            Segment::Tcp {
                seq: cseq,
                ack: Some(sseq),
                flags: 0,
                payload: &[],
            },
            true,
        );
    }

    fn call(&mut self, start: i64, seconds: u64, rng: &mut Rng) {
        // Two packets a second each way: a call sampled down so the shipped capture stays small.
        let media = [0x80u8; 1100];
        for i in 0..seconds * 2 {
            let t = start + i as i64 * 500_000 + rng.below(5_000) as i64;
            let up_len = 200 + rng.below(900) as usize;
            let down_len = 200 + rng.below(900) as usize;
            self.emit(
                t,
                true,
                Segment::Udp {
                    payload: &media[..up_len],
                },
                false,
            );
            self.emit(
                t + 20_000,
                false,
                Segment::Udp {
                    payload: &media[..down_len],
                },
                false,
            );
        }
    }
}

fn router_advertisement(ts: i64) -> DemoFrame {
    let mut body = Vec::with_capacity(40);
    body.extend_from_slice(&0u32.to_be_bytes()); // reachable time
    body.extend_from_slice(&0u32.to_be_bytes()); // retrans timer
    // Prefix information: on-link and autonomous, the LAN's /64.
    body.extend_from_slice(&[3, 4, 64, 0xc0]);
    body.extend_from_slice(&86_400u32.to_be_bytes());
    body.extend_from_slice(&14_400u32.to_be_bytes());
    body.extend_from_slice(&[0; 4]);
    body.extend_from_slice(&LAN_V6_PREFIX);
    body.extend_from_slice(&[0; 8]);
    let src: [u8; 16] = Ipv6Addr::new(0xfe80, 0, 0, 0, 0, 0, 0, 1).octets();
    let dst: [u8; 16] = Ipv6Addr::new(0xff02, 0, 0, 0, 0, 0, 0, 1).octets();
    let mut data = Vec::new();
    let built = PacketBuilder::ethernet2(ROUTER_MAC, [0x33, 0x33, 0, 0, 0, 1])
        .ipv6(src, dst, 255)
        .icmpv6_raw(134, 0, [64, 0, 0x07, 0x08])
        .write(&mut data, &body);
    if built.is_err() {
        data.clear();
    }
    DemoFrame {
        ts_micros: ts,
        wire_len: data.len() as u32,
        data,
    }
}

fn dhcp_request(ts: i64, device: &Device) -> DemoFrame {
    let mut bootp = vec![0u8; 236];
    bootp[0] = 1; // BOOTREQUEST
    bootp[1] = 1; // Ethernet
    bootp[2] = 6;
    bootp[4..8].copy_from_slice(&u32::from_be_bytes(device.v4).to_le_bytes());
    bootp[28..34].copy_from_slice(&device.mac);
    bootp.extend_from_slice(&[99, 130, 83, 99]); // magic cookie
    bootp.extend_from_slice(&[53, 1, 3]); // DHCPREQUEST
    bootp.extend_from_slice(&[50, 4]);
    bootp.extend_from_slice(&device.v4);
    bootp.push(12);
    bootp.push(device.name.len() as u8);
    bootp.extend_from_slice(device.name.as_bytes());
    bootp.push(255);
    let mut data = Vec::new();
    let built = PacketBuilder::ethernet2(device.mac, [0xff; 6])
        .ipv4([0, 0, 0, 0], [255, 255, 255, 255], 64)
        .udp(68, 67)
        .write(&mut data, &bootp);
    if built.is_err() {
        data.clear();
    }
    DemoFrame {
        ts_micros: ts,
        wire_len: data.len() as u32,
        data,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_day_and_sorted() {
        let a = household_day(8, 1_804_464_000, 40);
        let b = household_day(8, 1_804_464_000, 40);
        assert_eq!(a, b);
        assert!(a.windows(2).all(|w| w[0].ts_micros <= w[1].ts_micros));
        assert!(
            a.iter()
                .all(|f| !f.data.is_empty() && f.data.len() as u32 <= f.wire_len)
        );
    }

    #[test]
    fn frames_fall_inside_the_day() {
        let day = 1_804_464_000i64;
        let frames = household_day(1, day, 60);
        let first = frames.first().map(|f| f.ts_micros).unwrap_or(0);
        assert!(first >= day * 1_000_000);
        // A call or a large download may run past midnight by a few minutes at most.
        let last = frames.last().map(|f| f.ts_micros).unwrap_or(0);
        assert!(last < (day + 86_400 + 3_600) * 1_000_000);
    }
}
