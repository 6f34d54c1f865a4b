//! Glue for one capture: decode → flow table → aggregates.
//!
//! Per packet: decode, find or create the flow (attribution, locality and device are decided
//! once, at creation), count the packet to the flow and to its minute's aggregate row. A frame
//! that cannot be decoded is counted by reason; a non-IP frame (ARP, LLDP…) is LAN traffic.
//! Nothing on this path allocates once the tables have grown to their working size.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::sync::Arc;

use ipnetwork::IpNetwork;

use super::aggregate::{Aggregates, Attr, Direction, NO_PROVIDER, NONE, Scope};
use super::devices::{DeviceNameSource, DeviceTable, MacAddr};
use super::dhcp;
use super::fragments::FragmentMap;
use super::hash::FxHashMap;
use super::key::{Endpoint, FlowKey, NO_VLAN, addr_bits};
use super::locality::{ICMPV6_ROUTER_ADVERTISEMENT, Locality};
use super::table::{
    DirCounts, Flow, FlowKind, FlowLimits, FlowTable, NameSource, TCP_ACK, TCP_SYN,
};
use crate::classify::Classifier;
use crate::decode::{DecodeError, DecodedPacket, Transport};

/// What a pipeline needs to know about the place.
#[derive(Debug, Clone, Default)]
pub struct PipelineConfig {
    pub limits: FlowLimits,
    /// Configured LAN prefixes (`lan = [...]`, `--lan`).
    pub lan: Vec<IpNetwork>,
    /// The capture interfaces' own addresses.
    pub interface_addresses: Vec<IpAddr>,
    /// Names from the config, by MAC.
    pub device_names: BTreeMap<MacAddr, String>,
    /// Keep every finished flow for `take_finished` (`--flows`).
    pub keep_finished: bool,
}

/// Counters of everything the pipeline saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PipelineStats {
    /// Every frame handed in.
    pub frames: DirCounts,
    /// Decoded IP packets (all went to a flow).
    pub decoded: DirCounts,
    /// Non-IP frames, counted as LAN traffic.
    pub non_ip: DirCounts,
    /// Frames that could not be decoded, by reason.
    pub undecodable: Vec<(DecodeError, DirCounts)>,
    /// Later fragments whose first fragment was not seen (counted by address pair).
    pub unmatched_fragments: u64,
    pub first_seen: Option<i64>,
    pub last_seen: Option<i64>,
}

impl PipelineStats {
    pub fn undecodable_total(&self) -> DirCounts {
        let mut t = DirCounts::default();
        for (_, c) in &self.undecodable {
            t.packets += c.packets;
            t.bytes += c.bytes;
        }
        t
    }
}

/// Where a packet went: the flow's slot in the table and the packet's direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accounted {
    pub slot: u32,
    pub direction: Direction,
    pub new_flow: bool,
}

/// Lookups that turn a flow's compact ids into names.
#[derive(Clone, Copy)]
pub struct FlowContext<'a> {
    pub classifier: &'a Classifier,
    pub aggregates: &'a Aggregates,
    pub devices: &'a DeviceTable,
}

pub struct Pipeline {
    classifier: Arc<Classifier>,
    link_type: u32,
    locality: Locality,
    table: FlowTable,
    devices: DeviceTable,
    aggregates: Aggregates,
    fragments: FragmentMap,
    /// RangeId → (provider index, interned product), so a flow's creation costs no string
    /// hashing after the first flow of a range.
    ranges: FxHashMap<u32, (u16, u32)>,
    stats: PipelineStats,
}

impl Pipeline {
    pub fn new(classifier: Arc<Classifier>, link_type: u32, config: &PipelineConfig) -> Self {
        let mut locality = Locality::new();
        for net in &config.lan {
            locality.add_prefix(*net);
        }
        for addr in &config.interface_addresses {
            locality.add_address(*addr);
        }
        let mut table = FlowTable::new(config.limits);
        table.keep_finished(config.keep_finished);
        Self {
            classifier,
            link_type,
            locality,
            table,
            devices: DeviceTable::new(&config.device_names),
            aggregates: Aggregates::new(),
            fragments: FragmentMap::default(),
            ranges: FxHashMap::default(),
            stats: PipelineStats::default(),
        }
    }

    /// The next frames come from a source with this link type (the next file of a replay).
    pub fn set_link_type(&mut self, link_type: u32) {
        self.link_type = link_type;
    }

    pub fn link_type(&self) -> u32 {
        self.link_type
    }

    pub fn classifier(&self) -> &Classifier {
        &self.classifier
    }

    pub fn table(&self) -> &FlowTable {
        &self.table
    }

    pub fn table_mut(&mut self) -> &mut FlowTable {
        &mut self.table
    }

    pub fn devices(&self) -> &DeviceTable {
        &self.devices
    }

    pub fn aggregates(&self) -> &Aggregates {
        &self.aggregates
    }

    pub fn locality(&self) -> &Locality {
        &self.locality
    }

    pub fn stats(&self) -> &PipelineStats {
        &self.stats
    }

    /// Decodes and accounts one captured frame.
    #[inline]
    pub fn process(&mut self, raw: &crate::capture::RawPacket<'_>) -> Option<Accounted> {
        match crate::decode::decode(self.link_type, raw.ts_micros, raw.wire_len, raw.data) {
            Ok(packet) => Some(self.process_decoded(&packet)),
            Err(error) => {
                self.process_undecodable(raw.ts_micros, raw.wire_len, error);
                None
            }
        }
    }

    #[inline]
    fn see_frame(&mut self, ts: i64, wire_len: u32) {
        let s = &mut self.stats;
        s.frames.packets += 1;
        s.frames.bytes += u64::from(wire_len);
        s.first_seen = Some(s.first_seen.map_or(ts, |f| f.min(ts)));
        s.last_seen = Some(s.last_seen.map_or(ts, |l| l.max(ts)));
    }

    /// Counts a frame the decoder refused: non-IP frames as LAN traffic, the rest by reason.
    pub fn process_undecodable(&mut self, ts: i64, wire_len: u32, error: DecodeError) {
        self.see_frame(ts, wire_len);
        let counts = if let DecodeError::NotIp(_) = error {
            self.table.advance(ts);
            self.aggregates.add_packet(ts, Attr::LAN, Direction::Up, wire_len);
            &mut self.stats.non_ip
        } else {
            let list = &mut self.stats.undecodable;
            let i = match list.iter().position(|(e, _)| *e == error) {
                Some(i) => i,
                None => {
                    list.push((error, DirCounts::default()));
                    list.len() - 1
                }
            };
            &mut list[i].1
        };
        counts.packets += 1;
        counts.bytes += u64::from(wire_len);
    }

    /// Accounts one decoded IP packet.
    pub fn process_decoded(&mut self, p: &DecodedPacket<'_>) -> Accounted {
        let ts = p.ts_micros;
        self.see_frame(ts, p.wire_len);
        self.stats.decoded.packets += 1;
        self.stats.decoded.bytes += u64::from(p.wire_len);
        self.table.advance(ts);

        let src = addr_bits(p.src);
        let dst = addr_bits(p.dst);
        let (proto, src_port, dst_port, flags) = match p.transport {
            Transport::Tcp {
                src_port,
                dst_port,
                flags,
            } => (6, src_port, dst_port, flags),
            Transport::Udp { src_port, dst_port } => (17, src_port, dst_port, 0),
            Transport::Icmp { icmp_type, .. } => {
                let v6 = p.src.is_ipv6();
                if v6 && icmp_type == ICMPV6_ROUTER_ADVERTISEMENT && p.fragment.is_none() {
                    self.locality.learn_from_router_advertisement(p.payload);
                }
                (if v6 { 58 } else { 1 }, 0, 0, 0)
            }
            Transport::Other { protocol } => (protocol, 0, 0, 0),
        };
        if proto == 17 && dst_port == dhcp::DHCP_SERVER_PORT && src_port == dhcp::DHCP_CLIENT_PORT {
            self.read_dhcp(p.payload, src);
        }
        let vlan = p.vlan.unwrap_or(NO_VLAN);
        let built = || {
            FlowKey::from_packet(
                proto,
                Endpoint {
                    addr: src,
                    port: src_port,
                },
                Endpoint {
                    addr: dst,
                    port: dst_port,
                },
                vlan,
            )
        };
        let (key, forward) = match p.fragment {
            Some(frag) if frag.offset > 0 => {
                match self.fragments.lookup(src, dst, proto, frag.id, ts) {
                    Some(found) => found,
                    None => {
                        self.stats.unmatched_fragments += 1;
                        built()
                    }
                }
            }
            Some(frag) => {
                let (key, forward) = built();
                if frag.more_fragments {
                    self.fragments.remember(src, dst, proto, frag.id, key, forward, ts);
                }
                (key, forward)
            }
            None => built(),
        };

        let (slot, new_flow) = self.table.upsert(&key, forward, ts, flags);
        if new_flow {
            self.init_flow(slot, p, src, dst, forward, proto, flags);
        }
        let direction = self.table.account(slot, forward, p.wire_len, ts, flags);
        let attr = self.table.get(slot).map_or(Attr::LAN, |f| f.attr);
        self.aggregates.add_packet(ts, attr, direction, p.wire_len);
        Accounted {
            slot,
            direction,
            new_flow,
        }
    }

    /// Decides roles, locality, attribution and device of a new flow from its first packet.
    #[allow(clippy::too_many_arguments)]
    fn init_flow(
        &mut self,
        slot: u32,
        p: &DecodedPacket<'_>,
        src: u128,
        dst: u128,
        forward: bool,
        proto: u8,
        flags: u8,
    ) {
        let src_local = self.locality.is_local(src);
        let dst_local = self.locality.is_local(dst);
        // The initiator is the sender, except for a SYN-ACK seen first.
        let sender_initiated = !(proto == 6 && flags & (TCP_SYN | TCP_ACK) == TCP_SYN | TCP_ACK);
        let (kind, client_is_src) = match (src_local, dst_local) {
            (true, false) => (FlowKind::Internet, true),
            (false, true) => (FlowKind::Internet, false),
            (true, true) => (FlowKind::Lan, sender_initiated),
            (false, false) => (FlowKind::Transit, sender_initiated),
        };
        let (client, client_mac, server) = if client_is_src {
            (src, p.src_mac, dst)
        } else {
            (dst, p.dst_mac, src)
        };
        let device = self.devices.device_for(client_mac, client);
        let (range, provider, product) = if kind == FlowKind::Lan {
            (None, NO_PROVIDER, NONE)
        } else {
            match self.classifier.lookup(super::key::bits_addr(server)) {
                Some(id) => {
                    let (provider, product) = self.range_attr(id);
                    (Some(id), provider, product)
                }
                None => (None, NO_PROVIDER, NONE),
            }
        };
        let attr = Attr {
            scope: if kind == FlowKind::Lan {
                Scope::Lan
            } else {
                Scope::Internet
            },
            provider,
            product,
            service: NONE,
            device,
        };
        if let Some(f) = self.table.get_mut(slot) {
            f.client_is_a = forward == client_is_src;
            f.kind = kind;
            f.range = range;
            f.attr = attr;
        }
        self.aggregates.add_flow(p.ts_micros, attr);
    }

    fn range_attr(&mut self, id: crate::classify::RangeId) -> (u16, u32) {
        if let Some(&cached) = self.ranges.get(&id.0) {
            return cached;
        }
        let found = self.classifier.attribution(id).map(|a| {
            let provider = self
                .classifier
                .catalogue()
                .provider_index(&a.provider.id)
                .and_then(|i| u16::try_from(i).ok())
                .unwrap_or(NO_PROVIDER);
            (provider, a.product.map(str::to_owned))
        });
        let value = match found {
            Some((provider, product)) => (
                provider,
                product.map_or(NONE, |p| self.aggregates.intern(&p)),
            ),
            None => (NO_PROVIDER, NONE),
        };
        self.ranges.insert(id.0, value);
        value
    }

    fn read_dhcp(&mut self, payload: &[u8], src: u128) {
        if let Some(request) = dhcp::parse_request(payload) {
            if let Some(name) = request.host_name {
                self.devices
                    .set_name(request.client_mac, src, name, DeviceNameSource::Dhcp);
            }
        }
    }

    /// The naming stage's hook: gives the flow in `slot` a name and, optionally, a service;
    /// its later packets are aggregated under that service.
    pub fn name_flow(&mut self, slot: u32, name: &str, source: NameSource, service: Option<&str>) {
        let service = service.map(|s| self.aggregates.intern(s));
        if let Some(f) = self.table.get_mut(slot) {
            f.set_name(name, source);
            if let Some(service) = service {
                f.attr.service = service;
            }
        }
    }

    /// Hands every flow that left the table since the last call (with `keep_finished`) to
    /// `each`, with what is needed to describe it.
    pub fn drain_finished(&mut self, mut each: impl FnMut(&Flow, &FlowContext<'_>)) {
        let ctx = FlowContext {
            classifier: &self.classifier,
            aggregates: &self.aggregates,
            devices: &self.devices,
        };
        for flow in self.table.take_finished() {
            each(&flow, &ctx);
        }
    }

    /// End of capture: every live flow leaves the table (to `take_finished` when kept).
    pub fn finish(&mut self) {
        self.table.flush();
    }
}
