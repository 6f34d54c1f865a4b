//! Glue for one capture: decode → flow table → aggregates.
//!
//! Per packet: decode, find or create the flow (attribution, locality and device are decided
//! once, at creation), count the packet to the flow and to its minute's aggregate row. A frame
//! that cannot be decoded is counted by reason; a non-IP frame (ARP, LLDP…) is LAN traffic.
//! Nothing on this path allocates once the tables have grown to their working size, except
//! naming: a DNS response (UDP/TCP port 53, mDNS 5353) is parsed into small vectors and
//! feeds the address → name cache, and a flow named at creation (or late, when its answer
//! follows within seconds) holds its name. Packets without DNS pay three port comparisons.
//!
//! A named flow gets its service from the service catalogue (longest suffix; when the name has
//! no rule, the other names of its DNS CNAME chain), or else its registrable domain; its later
//! packets are aggregated under them. An address no range knows is looked up once, at flow
//! creation, in the ASN database when there is one. mDNS announcements name devices.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::sync::Arc;

use ipnetwork::IpNetwork;

use super::aggregate::{Aggregates, Attr, Direction, NO_PROVIDER, NONE, Scope};
use super::devices::{DeviceNameSource, DeviceTable, MacAddr};
use super::dhcp;
use super::fragments::{Datagram, FragmentMap};
use super::hash::FxHashMap;
use super::key::{Endpoint, FlowKey, NO_VLAN, addr_bits};
use super::locality::{ICMPV6_ROUTER_ADVERTISEMENT, Locality};
use super::table::{
    DirCounts, Flow, FlowKind, FlowLimits, FlowTable, NameSource, TCP_ACK, TCP_SYN,
};
use crate::classify::{AsnDatabase, Classifier};
use crate::decode::{DecodeError, DecodedPacket, Transport};
use crate::names::dns;
use crate::names::dns_cache::{Chain, DnsCache, Waiting};
use crate::names::encrypted_dns::{self, Proto};
use crate::names::quic::QuicNamer;
use crate::names::tcp_names::{TcpName, TcpNamer, TcpNaming};
use crate::names::tcp_reassembly::ReassemblyLimits;
use crate::names::{ServiceCatalogue, registrable_domain};
use crate::usage::{BigTechRule, Name, Origin};

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
    /// Fold closed minutes into per-day rows as packet time goes on (a replay needs no
    /// per-minute rows, and a long capture would otherwise keep one per minute).
    pub fold_minutes: bool,
    /// Bounds on TCP reassembly for reading ClientHellos and HTTP requests.
    pub reassembly: ReassemblyLimits,
    /// Do not read names from TCP payloads (TLS SNI, HTTP Host): lets DNS naming be
    /// measured alone.
    pub skip_payload_names: bool,
    /// Name → service rules; the bundled catalogue when `None`.
    pub services: Option<Arc<ServiceCatalogue>>,
    /// The ASN fallback for addresses no range knows (none: such flows stay unattributed).
    pub asn_database: Option<Arc<AsnDatabase>>,
}

/// Addresses remembered from ASN database lookups before the cache starts over.
const ASN_CACHE_CAPACITY: usize = 16_384;

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
    /// DNS responses read, and those refused as malformed.
    pub dns_responses: u64,
    pub dns_errors: u64,
    /// Flows to encrypted-DNS endpoints (DoT, DoQ, DoH to public resolvers).
    pub encrypted_dns_flows: u64,
    /// ASN database lookups (one per new address, not per flow), and those it answered.
    pub asn_lookups: u64,
    pub asn_found: u64,
    /// Device names read from mDNS announcements.
    pub mdns_names: u64,
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
    pub services: &'a ServiceCatalogue,
    /// What makes a flow Big Tech (from the two catalogues).
    pub big_tech: &'a BigTechRule,
}

pub struct Pipeline {
    classifier: Arc<Classifier>,
    link_type: u32,
    locality: Locality,
    table: FlowTable,
    devices: DeviceTable,
    aggregates: Aggregates,
    fragments: FragmentMap,
    /// RangeId → (provider index, interned product, origin), so a flow's creation costs no
    /// string hashing after the first flow of a range.
    ranges: FxHashMap<u32, (u16, u32, Option<Origin>)>,
    services: Arc<ServiceCatalogue>,
    big_tech: BigTechRule,
    asn_database: Option<Arc<AsnDatabase>>,
    /// Server address → (provider index, interned AS organisation) from the ASN database.
    asn_cache: FxHashMap<u128, (u16, u32)>,
    stats: PipelineStats,
    fold_minutes: bool,
    /// The latest minute seen, for folding.
    minute: i64,
    /// Names from TCP payloads (TLS SNI, HTTP Host).
    tcp_namer: TcpNamer,
    /// Per flow slot: how far reading a name from the client's TCP stream got.
    tcp_naming: Vec<TcpNaming>,
    skip_payload_names: bool,
    /// Names from QUIC client Initials (SNI), keyed by flow slot.
    quic_namer: QuicNamer<u32>,
    /// Address → name from DNS answers; flows waiting for a late answer.
    dns: DnsCache,
    /// Scratch list of flows a DNS answer names (kept to avoid allocating per answer).
    dns_named: Vec<Waiting>,
    /// The catalogue's provider ids as shared names, by provider index, for usage rows.
    provider_names: Vec<Name>,
}

/// The provider ids of `classifier`'s catalogue, by index.
fn provider_names(classifier: &Classifier) -> Vec<Name> {
    classifier
        .catalogue()
        .providers()
        .iter()
        .map(|p| Name::from(p.id.as_str()))
        .collect()
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
        let services = config.services.clone().unwrap_or_else(bundled_services);
        let big_tech = BigTechRule::new(classifier.catalogue(), &services);
        Self {
            provider_names: provider_names(&classifier),
            classifier,
            link_type,
            locality,
            table,
            devices: DeviceTable::new(&config.device_names),
            aggregates: Aggregates::new(),
            fragments: FragmentMap::default(),
            ranges: FxHashMap::default(),
            services,
            big_tech,
            asn_database: config.asn_database.clone(),
            asn_cache: FxHashMap::default(),
            stats: PipelineStats::default(),
            fold_minutes: config.fold_minutes,
            minute: i64::MIN,
            tcp_namer: TcpNamer::new(config.reassembly),
            tcp_naming: Vec::new(),
            skip_payload_names: config.skip_payload_names,
            quic_namer: QuicNamer::new(),
            dns: DnsCache::default(),
            dns_named: Vec::new(),
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

    /// Swaps in reloaded ranges: flows created from now on are attributed with them; flows
    /// already in the table keep the provider they were given.
    pub fn set_classifier(&mut self, classifier: Arc<Classifier>) {
        self.provider_names = provider_names(&classifier);
        self.classifier = classifier;
        // range ids belong to the classifier that issued them
        self.ranges.clear();
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

    pub fn dns_cache(&self) -> &DnsCache {
        &self.dns
    }

    pub fn services(&self) -> &ServiceCatalogue {
        &self.services
    }

    pub fn big_tech(&self) -> &BigTechRule {
        &self.big_tech
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
        if self.fold_minutes {
            let minute = super::aggregate::minute_of(ts);
            if minute > self.minute {
                // keep the previous minute too: packets arrive slightly out of order
                self.aggregates.fold_before(minute.saturating_sub(1));
                self.minute = minute;
            }
        }
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
            self.aggregates
                .add_packet(ts, Attr::LAN, Direction::Up, wire_len);
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
        let mut tcp_seq = 0;
        let (proto, src_port, dst_port, flags) = match p.transport {
            Transport::Tcp {
                src_port,
                dst_port,
                flags,
                seq,
            } => {
                tcp_seq = seq;
                (6, src_port, dst_port, flags)
            }
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
        // DNS responses (and mDNS) name the addresses they carry; a first fragment has the
        // message's start, later ones are skipped.
        if (src_port == dns::PORT && (proto == 17 || proto == 6)
            || proto == 17 && src_port == dns::MDNS_PORT)
            && p.fragment.is_none_or(|f| f.offset == 0)
        {
            let mdns = (src_port == dns::MDNS_PORT).then_some((p.src_mac, src));
            self.read_dns(proto, p.payload, ts, mdns);
        }
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
                match self.fragments.lookup(
                    Datagram {
                        src,
                        dst,
                        proto,
                        id: frag.id,
                    },
                    ts,
                ) {
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
                    self.fragments.remember(
                        Datagram {
                            src,
                            dst,
                            proto,
                            id: frag.id,
                        },
                        (key, forward),
                        ts,
                    );
                }
                (key, forward)
            }
            None => built(),
        };

        let (slot, new_flow) = self.table.upsert(&key, forward, ts, flags);
        if new_flow {
            self.init_flow(slot, p, src, dst, forward, proto, flags);
        }
        if proto == 6 && p.fragment.is_none() && !self.skip_payload_names {
            self.name_from_tcp(slot, new_flow, forward, tcp_seq, flags, p.payload);
        }
        if proto == 17 && p.fragment.is_none() && !self.skip_payload_names {
            self.name_from_quic(slot, new_flow, forward, ts, p.payload);
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
        let server_ip = super::key::bits_addr(server);
        let mut attr = Attr {
            scope: Scope::Internet,
            device,
            ..Attr::LAN
        };
        let mut range = None;
        if kind == FlowKind::Lan {
            attr.scope = Scope::Lan;
        } else {
            match self.classifier.lookup(server_ip) {
                Some(id) => {
                    (attr.provider, attr.product, attr.origin) = self.range_attr(id);
                    range = Some(id);
                }
                None => {
                    (attr.provider, attr.network) = self.asn_fallback(server);
                    if attr.provider != NO_PROVIDER {
                        attr.origin = Some(Origin::Mmdb);
                    }
                }
            }
            let (src_port, dst_port) = match p.transport {
                Transport::Tcp {
                    src_port, dst_port, ..
                }
                | Transport::Udp { src_port, dst_port } => (src_port, dst_port),
                _ => (0, 0),
            };
            let server_port = if client_is_src { dst_port } else { src_port };
            let transport = match proto {
                6 => Some(Proto::Tcp),
                17 => Some(Proto::Udp),
                _ => None,
            };
            if transport.is_some_and(|t| encrypted_dns::is_encrypted_dns(server_ip, t, server_port))
            {
                attr.encrypted_dns = true;
                self.stats.encrypted_dns_flows += 1;
            }
        }
        // A name from an earlier DNS answer for the server, or wait a moment for one.
        let named = if kind != FlowKind::Lan && (proto == 6 || proto == 17) {
            match self.dns.lookup(server_ip, p.ts_micros) {
                Some(chain) => Some(chain.clone()),
                None => {
                    self.dns
                        .note_unnamed(server_ip, u64::from(slot), p.ts_micros);
                    None
                }
            }
        } else {
            None
        };
        let name = named.as_ref().and_then(|chain| chain.first().cloned());
        if let (Some(name), Some(chain)) = (&name, &named) {
            (attr.service, attr.domain) = self.service_of(name, Some(chain));
            attr.name_source = Some(NameSource::Dns);
        }
        if let Some(f) = self.table.get_mut(slot) {
            f.client_is_a = forward == client_is_src;
            f.kind = kind;
            f.range = range;
            f.attr = attr;
            if let Some(name) = name {
                f.set_name(&name, NameSource::Dns);
            }
        }
        self.aggregates.add_flow(p.ts_micros, attr);
    }

    /// Reads a DNS payload (UDP, or TCP with length prefixes), feeds the cache and names
    /// the flows that were waiting for these addresses.
    /// `mdns` holds the sender (MAC, address) of an mDNS packet: its names go to the devices.
    fn read_dns(
        &mut self,
        proto: u8,
        payload: &[u8],
        ts: i64,
        mdns: Option<(Option<[u8; 6]>, u128)>,
    ) {
        if proto == 6 {
            for message in dns::tcp_messages(payload) {
                match message {
                    Ok(m) => self.read_dns_message(m, ts, None),
                    Err(e) => {
                        // a segment carrying the rest of an earlier message, or cut short
                        tracing::trace!("DNS over TCP: {e}");
                        break;
                    }
                }
            }
        } else {
            self.read_dns_message(payload, ts, mdns);
        }
    }

    fn read_dns_message(&mut self, message: &[u8], ts: i64, mdns: Option<(Option<[u8; 6]>, u128)>) {
        let Ok(view) = dns::Message::new_checked(message) else {
            self.stats.dns_errors += 1;
            return;
        };
        if !view.is_response() || view.ancount() == 0 && view.arcount() == 0 {
            return;
        }
        let response = match dns::parse(message) {
            Ok(r) => r,
            Err(e) => {
                tracing::debug!("DNS response refused: {e}");
                self.stats.dns_errors += 1;
                return;
            }
        };
        self.stats.dns_responses += 1;
        if let Some((mac, sender)) = mdns {
            // `.local` names only ever name LAN devices: kept off the DNS cache, where a
            // chatty household's announcements would push out the names of remote servers.
            self.read_mdns_names(&response, mac, sender);
            return;
        }
        let mut named = std::mem::take(&mut self.dns_named);
        let mut last: Option<(Vec<String>, crate::names::dns_cache::Chain)> = None;
        for resolved in response.resolve() {
            // the addresses of one answer share one chain
            let chain = match &last {
                Some((names, chain)) if *names == resolved.chain => chain.clone(),
                _ => {
                    let chain = DnsCache::chain(&resolved.chain);
                    last = Some((resolved.chain.clone(), chain.clone()));
                    chain
                }
            };
            named.clear();
            self.dns
                .insert(resolved.addr, &chain, resolved.ttl, ts, &mut named);
            let server = addr_bits(resolved.addr);
            for w in &named {
                let Ok(slot) = u32::try_from(w.id) else {
                    continue;
                };
                // the slot may hold another flow by now
                let same = self.table.get(slot).is_some_and(|f| {
                    f.first_seen == w.since && f.server().addr == server && f.name.is_none()
                });
                if same {
                    if let Some(name) = chain.first() {
                        self.name_flow_with_chain(slot, name, NameSource::Dns, Some(&chain));
                    }
                }
            }
        }
        named.clear();
        self.dns_named = named;
    }

    fn range_attr(&mut self, id: crate::classify::RangeId) -> (u16, u32, Option<Origin>) {
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
            (
                provider,
                a.product.map(str::to_owned),
                Some(a.origin.into()),
            )
        });
        let value = match found {
            Some((provider, product, origin)) => (
                provider,
                product.map_or(NONE, |p| self.aggregates.intern(&p)),
                origin,
            ),
            None => (NO_PROVIDER, NONE, None),
        };
        self.ranges.insert(id.0, value);
        value
    }

    /// The ASN database's answer for a server no range knows: (catalogue provider of its
    /// AS, or `NO_PROVIDER` and the AS organisation's interned name). Once per address.
    fn asn_fallback(&mut self, server: u128) -> (u16, u32) {
        let Some(db) = &self.asn_database else {
            return (NO_PROVIDER, NONE);
        };
        if let Some(&cached) = self.asn_cache.get(&server) {
            return cached;
        }
        self.stats.asn_lookups += 1;
        let value = match db.lookup(super::key::bits_addr(server)) {
            Some(record) => {
                self.stats.asn_found += 1;
                let provider = self
                    .classifier
                    .catalogue()
                    .provider_index_for_asn(record.asn)
                    .and_then(|i| u16::try_from(i).ok());
                match (provider, record.organisation) {
                    (Some(p), _) => (p, NONE),
                    (None, Some(org)) => (NO_PROVIDER, self.aggregates.intern(&org)),
                    (None, None) => (
                        NO_PROVIDER,
                        self.aggregates.intern(&format!("AS{}", record.asn)),
                    ),
                }
            }
            None => (NO_PROVIDER, NONE),
        };
        if self.asn_cache.len() >= ASN_CACHE_CAPACITY {
            self.asn_cache.clear();
        }
        self.asn_cache.insert(server, value);
        value
    }

    /// (service, registrable domain) ids for a name: the catalogue's service for the name,
    /// else for the other names of its DNS chain (when `chain` holds the name), else the
    /// name's registrable domain.
    fn service_of(&mut self, name: &str, chain: Option<&Chain>) -> (u32, u32) {
        let found = self.services.lookup(name).or_else(|| {
            let chain = chain.filter(|c| c.iter().any(|n| n.eq_ignore_ascii_case(name)))?;
            chain.iter().find_map(|n| self.services.lookup(n))
        });
        if let Some(m) = found {
            let id = m.service.id.clone();
            return (self.aggregates.intern(&id), NONE);
        }
        match registrable_domain(name) {
            Some(domain) => (NONE, self.aggregates.intern(&domain)),
            None => (NONE, NONE),
        }
    }

    /// Device names from an mDNS response: names whose records include the sender's own
    /// address name the sender's MAC; other names (a proxy announcing for a sleeping device)
    /// name the device last seen at that address.
    fn read_mdns_names(
        &mut self,
        response: &dns::Response<'_>,
        mac: Option<[u8; 6]>,
        sender: u128,
    ) {
        let names = dns::mdns_device_names(response);
        for (addr, name) in &names {
            let addr = addr_bits(*addr);
            let own = names
                .iter()
                .any(|(a, n)| n == name && addr_bits(*a) == sender);
            let named = match (own, mac) {
                (true, Some(mac)) => {
                    self.devices
                        .set_name(mac, sender, name, DeviceNameSource::Mdns)
                }
                _ => self
                    .devices
                    .set_name_by_ip(addr, name, DeviceNameSource::Mdns),
            };
            if named {
                self.stats.mdns_names += 1;
            }
        }
    }

    fn read_dhcp(&mut self, payload: &[u8], src: u128) {
        if let Some(request) = dhcp::parse_request(payload) {
            if let Some(name) = request.host_name {
                self.devices
                    .set_name(request.client_mac, src, name, DeviceNameSource::Dhcp);
            }
        }
    }

    /// Reads the TLS SNI or HTTP Host from the client's first TCP bytes. Flows already done
    /// cost one vector read; only streams that start like a handshake or request buffer.
    fn name_from_tcp(
        &mut self,
        slot: u32,
        new_flow: bool,
        forward: bool,
        seq: u32,
        flags: u8,
        payload: &[u8],
    ) {
        let i = slot as usize;
        if i >= self.tcp_naming.len() {
            self.tcp_naming.resize(i + 1, TcpNaming::Fresh);
        }
        let Some(state) = self.tcp_naming.get_mut(i) else {
            return;
        };
        if new_flow {
            // The slot's previous flow may have left a stream in reassembly.
            self.tcp_namer.forget(state);
            *state = TcpNaming::Fresh;
        }
        // A SYN-ACK seen first made the flow; its client SYN was not seen.
        let syn = flags & (TCP_SYN | TCP_ACK) == TCP_SYN;
        // Bare ACKs and named flows cost nothing more.
        if state.is_done() || (payload.is_empty() && !syn) {
            return;
        }
        let Some(flow) = self.table.get(slot) else {
            return;
        };
        if forward != flow.client_is_a {
            return;
        }
        let found = self.tcp_namer.segment(state, seq, syn, payload);
        let (name, source) = match &found {
            Some(TcpName::Tls { name, ech: false }) => (name.as_str(), NameSource::TlsSni),
            Some(TcpName::Tls { name, ech: true }) => (name.as_str(), NameSource::TlsSniEchOuter),
            Some(TcpName::Http { host }) => (host.as_str(), NameSource::HttpHost),
            None => return,
        };
        self.name_flow(slot, name, source, None);
    }

    /// Reads the SNI from the client's QUIC Initial packets. Short-header packets (most of a
    /// QUIC flow) and flows already named by an SNI stop at a first-byte or rank test.
    fn name_from_quic(
        &mut self,
        slot: u32,
        new_flow: bool,
        forward: bool,
        ts: i64,
        payload: &[u8],
    ) {
        if new_flow {
            // The slot's previous flow may have left an Initial in progress.
            self.quic_namer.forget(&slot);
        }
        let Some(flow) = self.table.get(slot) else {
            return;
        };
        let named = flow
            .name_source
            .is_some_and(|s| s.rank() >= NameSource::QuicSni.rank());
        if forward != flow.client_is_a || named {
            return;
        }
        if let Some(name) = self.quic_namer.on_client_datagram(&slot, payload, ts) {
            self.name_flow(slot, &name, NameSource::QuicSni, None);
        }
    }

    /// How QUIC naming went (Initials opened, names found, connections given up).
    pub fn quic_namer(&self) -> &QuicNamer<u32> {
        &self.quic_namer
    }

    /// How TCP naming went (names found, streams given up, reassembly use).
    pub fn tcp_namer(&self) -> &TcpNamer {
        &self.tcp_namer
    }

    /// Labels aggregate rows as usage rows (stable string ids, devices as `privacy` allows).
    pub fn usage_labeller<'a>(
        &'a self,
        privacy: crate::config::Privacy,
        secret: &'a [u8],
    ) -> super::usage_rows::UsageLabeller<'a> {
        super::usage_rows::UsageLabeller {
            catalogue: self.classifier.catalogue(),
            aggregates: &self.aggregates,
            devices: &self.devices,
            privacy,
            secret,
            provider_names: &self.provider_names,
        }
    }

    /// Removes the rows of minutes before `minute` (closed minutes, for the store) and returns
    /// them as usage rows.
    pub fn drain_usage_before(
        &mut self,
        minute: i64,
        privacy: crate::config::Privacy,
        secret: &[u8],
    ) -> Vec<(crate::usage::UsageKey, super::Counts)> {
        let drained = self.aggregates.drain_before(minute);
        self.usage_labeller(privacy, secret)
            .rows(drained.iter().map(|(k, c)| (k, c)))
    }

    /// The naming stage's hook: gives the flow in `slot` a name and, optionally, a service;
    /// its later packets are aggregated under that service. A name from a less trusted source
    /// does not replace one from a more trusted source (see [`NameSource::rank`]).
    /// Without `service`, the catalogue decides (see [`Pipeline::services`]).
    pub fn name_flow(&mut self, slot: u32, name: &str, source: NameSource, service: Option<&str>) {
        match service {
            Some(service) => {
                if self.outranked(slot, source) {
                    return;
                }
                let service = self.aggregates.intern(service);
                self.set_flow_name(slot, name, source, (service, NONE));
            }
            None => self.name_flow_with_chain(slot, name, source, None),
        }
    }

    fn outranked(&self, slot: u32, source: NameSource) -> bool {
        self.table
            .get(slot)
            .and_then(|f| f.name_source)
            .is_some_and(|old| old.rank() > source.rank())
    }

    /// Names a flow and sets its service from the catalogue; `chain` is the DNS chain the
    /// name came from, or else the cache's chain for the server is used.
    fn name_flow_with_chain(
        &mut self,
        slot: u32,
        name: &str,
        source: NameSource,
        chain: Option<&Chain>,
    ) {
        let Some(flow) = self.table.get(slot) else {
            return;
        };
        if flow
            .name_source
            .is_some_and(|old| old.rank() > source.rank())
        {
            return;
        }
        let (server, seen) = (flow.server().addr, flow.last_seen);
        let cached;
        let chain = match chain {
            Some(c) => Some(c),
            None => {
                cached = self
                    .dns
                    .lookup(super::key::bits_addr(server), seen)
                    .cloned();
                cached.as_ref()
            }
        };
        let ids = self.service_of(name, chain);
        self.set_flow_name(slot, name, source, ids);
    }

    fn set_flow_name(&mut self, slot: u32, name: &str, source: NameSource, ids: (u32, u32)) {
        if let Some(f) = self.table.get_mut(slot) {
            f.set_name(name, source);
            // LAN flows are not named into services: they stay LAN rows.
            if f.attr.scope == Scope::Internet {
                (f.attr.service, f.attr.domain) = ids;
                f.attr.name_source = Some(source);
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
            services: &self.services,
            big_tech: &self.big_tech,
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

/// The bundled service catalogue, or an empty one (logged) if it could not be read: naming
/// then still gives domains.
fn bundled_services() -> Arc<ServiceCatalogue> {
    match ServiceCatalogue::bundled_shared() {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!("service catalogue: {e}");
            Arc::new(ServiceCatalogue::empty())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::{ClassifierBuilder, Origin};
    use crate::decode::FragmentInfo;
    use crate::ranges::{Catalogue, ParsedRange};
    use proptest::prelude::*;

    const LAPTOP: [u8; 6] = [2, 0, 0, 0, 0, 1];
    const ROUTER: [u8; 6] = [2, 0, 0, 0, 0, 0xfe];

    fn classifier() -> Arc<Classifier> {
        let mut b = ClassifierBuilder::new(Arc::new(Catalogue::bundled().unwrap()));
        let r = |s: &str, product: Option<&str>| ParsedRange {
            product: product.map(str::to_string),
            ..ParsedRange::bare(s.parse().unwrap())
        };
        b.add_ranges(
            "t",
            Some("amazon"),
            Origin::Official,
            0,
            &[r("52.0.0.0/8", Some("EC2"))],
        );
        b.add_ranges(
            "t",
            Some("google"),
            Origin::Official,
            0,
            &[r("8.8.8.0/24", None)],
        );
        Arc::new(b.build())
    }

    fn pipeline(keep: bool) -> Pipeline {
        let config = PipelineConfig {
            keep_finished: keep,
            ..PipelineConfig::default()
        };
        Pipeline::new(classifier(), 1, &config)
    }

    #[allow(clippy::too_many_arguments)]
    fn pkt<'a>(
        ts: i64,
        len: u32,
        src: &str,
        dst: &str,
        transport: Transport,
        src_mac: [u8; 6],
        dst_mac: [u8; 6],
        payload: &'a [u8],
    ) -> DecodedPacket<'a> {
        DecodedPacket {
            ts_micros: ts,
            wire_len: len,
            src_mac: Some(src_mac),
            dst_mac: Some(dst_mac),
            vlan: None,
            src: src.parse().unwrap(),
            dst: dst.parse().unwrap(),
            transport,
            fragment: None,
            payload,
        }
    }

    fn tcp(src_port: u16, dst_port: u16, flags: u8) -> Transport {
        Transport::Tcp {
            src_port,
            dst_port,
            flags,
            seq: 0,
        }
    }

    #[test]
    fn internet_flow_is_attributed_to_the_remote_provider_and_the_local_device() {
        let mut p = pipeline(true);
        // the server's packet arrives first: the local side is still the client
        p.process_decoded(&pkt(
            0,
            1500,
            "52.1.2.3",
            "192.168.1.10",
            tcp(443, 50000, TCP_ACK),
            ROUTER,
            LAPTOP,
            &[],
        ));
        p.process_decoded(&pkt(
            1,
            100,
            "192.168.1.10",
            "52.1.2.3",
            tcp(50000, 443, TCP_ACK),
            LAPTOP,
            ROUTER,
            &[],
        ));
        let f = p.table().iter().next().unwrap().clone();
        assert_eq!(f.kind, FlowKind::Internet);
        assert_eq!(bits_addr_str(f.client().addr), "192.168.1.10");
        assert_eq!((f.up.bytes, f.down.bytes), (100, 1500));
        let a = p.classifier().attribution(f.range.unwrap()).unwrap();
        assert_eq!((a.provider.id.as_str(), a.product), ("amazon", Some("EC2")));
        let device = p.devices().get(f.attr.device).unwrap();
        assert_eq!(device.mac, Some(MacAddr(LAPTOP)));
        let s = p.aggregates().summary(..);
        assert_eq!((s.internet.up.bytes, s.internet.down.bytes), (100, 1500));
        let amazon = p.classifier().catalogue().provider_index("amazon").unwrap() as u16;
        assert_eq!(s.by_provider[&amazon].bytes(), 1600);
        assert_eq!(s.by_device[&f.attr.device].bytes(), 1600);
        let product = p
            .aggregates()
            .summary(..)
            .by_product
            .keys()
            .next()
            .copied()
            .unwrap();
        assert_eq!(p.aggregates().string(product.1), Some("EC2"));
    }

    fn bits_addr_str(bits: u128) -> String {
        crate::flow::key::bits_addr(bits).to_string()
    }

    #[test]
    fn transit_flows_use_initiator_roles() {
        let mut p = pipeline(false);
        // SYN-ACK seen first: its receiver is the client
        p.process_decoded(&pkt(
            0,
            60,
            "8.8.8.8",
            "203.0.113.5",
            tcp(443, 40000, TCP_SYN | TCP_ACK),
            ROUTER,
            LAPTOP,
            &[],
        ));
        // UDP: the first sender is the client
        p.process_decoded(&pkt(
            1,
            80,
            "203.0.113.5",
            "8.8.8.8",
            Transport::Udp {
                src_port: 5353,
                dst_port: 53,
            },
            LAPTOP,
            ROUTER,
            &[],
        ));
        for f in p.table().iter() {
            assert_eq!(f.kind, FlowKind::Transit);
            assert_eq!(bits_addr_str(f.client().addr), "203.0.113.5");
            let a = p.classifier().attribution(f.range.unwrap()).unwrap();
            assert_eq!(a.provider.id, "google");
        }
        let s = p.aggregates().summary(..);
        assert_eq!((s.internet.up.bytes, s.internet.down.bytes), (80, 60));
    }

    #[test]
    fn lan_non_ip_and_undecodable_are_counted_apart() {
        let mut p = pipeline(false);
        p.process_decoded(&pkt(
            0,
            200,
            "192.168.1.10",
            "192.168.1.20",
            tcp(5000, 445, TCP_SYN),
            LAPTOP,
            ROUTER,
            &[],
        ));
        p.process_decoded(&pkt(
            0,
            90,
            "192.168.1.10",
            "224.0.0.251",
            Transport::Udp {
                src_port: 5353,
                dst_port: 5353,
            },
            LAPTOP,
            ROUTER,
            &[],
        ));
        p.process_undecodable(1, 60, DecodeError::NotIp(0x0806));
        p.process_undecodable(2, 70, DecodeError::Truncated("IPv4"));
        p.process_undecodable(3, 71, DecodeError::Truncated("IPv4"));
        p.process_undecodable(4, 72, DecodeError::Malformed("TCP"));
        let s = p.aggregates().summary(..);
        assert_eq!(s.internet.bytes(), 0);
        assert_eq!(s.lan.bytes(), 350);
        assert_eq!(s.lan.up.new_flows, 2);
        let st = p.stats();
        assert_eq!((st.non_ip.packets, st.non_ip.bytes), (1, 60));
        assert_eq!(st.undecodable.len(), 2);
        assert_eq!(
            st.undecodable[0],
            (
                DecodeError::Truncated("IPv4"),
                DirCounts {
                    packets: 2,
                    bytes: 141
                }
            )
        );
        assert_eq!(st.undecodable_total().bytes, 213);
        assert_eq!(
            (st.first_seen, st.last_seen, st.frames.packets),
            (Some(0), Some(4), 6)
        );
    }

    #[test]
    fn router_advertisements_make_their_prefix_local() {
        let mut p = pipeline(false);
        let icmp = Transport::Icmp {
            icmp_type: 134,
            code: 0,
        };
        let mut body = vec![64, 0, 7, 8, 0, 0, 0, 0, 0, 0, 0, 0, 3, 4, 64, 0xc0];
        body.extend_from_slice(&[0; 12]);
        body.extend_from_slice(
            &"2001:db8:42::"
                .parse::<std::net::Ipv6Addr>()
                .unwrap()
                .octets(),
        );
        p.process_decoded(&pkt(
            0, 120, "fe80::1", "ff02::1", icmp, ROUTER, LAPTOP, &body,
        ));
        p.process_decoded(&pkt(
            1,
            100,
            "2001:db8:42::10",
            "2a00:1450::1",
            tcp(50000, 443, TCP_SYN),
            LAPTOP,
            ROUTER,
            &[],
        ));
        let f = p.table().iter().find(|f| f.key.proto == 6).unwrap();
        assert_eq!(f.kind, FlowKind::Internet);
        assert_eq!(bits_addr_str(f.client().addr), "2001:db8:42::10");
    }

    #[test]
    fn dhcp_requests_name_devices() {
        let mut p = pipeline(false);
        let request = crate::flow::dhcp::tests::request(
            LAPTOP,
            &[53, 1, 3, 12, 6, b'l', b'a', b'p', b't', b'o', b'p'],
        );
        let udp = Transport::Udp {
            src_port: 68,
            dst_port: 67,
        };
        p.process_decoded(&pkt(
            0,
            342,
            "0.0.0.0",
            "255.255.255.255",
            udp,
            LAPTOP,
            [0xff; 6],
            &request,
        ));
        p.process_decoded(&pkt(
            1,
            100,
            "192.168.1.10",
            "52.1.2.3",
            tcp(50000, 443, TCP_SYN),
            LAPTOP,
            ROUTER,
            &[],
        ));
        let f = p.table().iter().find(|f| f.key.proto == 6).unwrap();
        assert_eq!(
            p.devices().get(f.attr.device).unwrap().name.as_deref(),
            Some("laptop")
        );
    }

    #[test]
    fn later_fragments_count_to_the_first_fragments_flow() {
        let mut p = pipeline(false);
        let udp = Transport::Udp {
            src_port: 53,
            dst_port: 40000,
        };
        let mut first = pkt(0, 1514, "8.8.8.8", "192.168.1.10", udp, ROUTER, LAPTOP, &[]);
        first.fragment = Some(FragmentInfo {
            id: 7,
            offset: 0,
            more_fragments: true,
        });
        let mut later = pkt(
            1,
            300,
            "8.8.8.8",
            "192.168.1.10",
            Transport::Other { protocol: 17 },
            ROUTER,
            LAPTOP,
            &[],
        );
        later.fragment = Some(FragmentInfo {
            id: 7,
            offset: 1480,
            more_fragments: false,
        });
        p.process_decoded(&first);
        p.process_decoded(&later);
        assert_eq!(p.table().len(), 1);
        let f = p.table().iter().next().unwrap();
        assert_eq!((f.down.packets, f.down.bytes, f.key.proto), (2, 1814, 17));
        // a later fragment of an unknown datagram: counted by address pair, no ports
        let mut orphan = later.clone();
        orphan.fragment = Some(FragmentInfo {
            id: 8,
            offset: 1480,
            more_fragments: false,
        });
        p.process_decoded(&orphan);
        assert_eq!(p.table().len(), 2);
        assert_eq!(p.stats().unmatched_fragments, 1);
        let o = p
            .table()
            .iter()
            .find(|f| f.key.a_port == 0 && f.key.b_port == 0)
            .unwrap();
        assert_eq!(o.down.bytes, 300);
    }

    #[test]
    fn naming_hook_sets_name_and_service_for_later_packets() {
        let mut p = pipeline(false);
        let a = p.process_decoded(&pkt(
            0,
            100,
            "192.168.1.10",
            "8.8.8.8",
            tcp(50000, 443, TCP_SYN),
            LAPTOP,
            ROUTER,
            &[],
        ));
        p.name_flow(a.slot, "dns.google", NameSource::TlsSni, Some("google-dns"));
        p.process_decoded(&pkt(
            1,
            200,
            "8.8.8.8",
            "192.168.1.10",
            tcp(443, 50000, TCP_ACK),
            ROUTER,
            LAPTOP,
            &[],
        ));
        let f = p.table().get(a.slot).unwrap();
        assert_eq!(
            (f.name.as_deref(), f.name_source),
            (Some("dns.google"), Some(NameSource::TlsSni))
        );
        let s = p.aggregates().summary(..);
        let service = s.by_service.iter().find(|(id, _)| **id != NONE).unwrap();
        assert_eq!(p.aggregates().string(*service.0), Some("google-dns"));
        assert_eq!(service.1.bytes(), 200);
        assert_eq!(s.by_service[&NONE].bytes(), 100);
    }

    fn tcp_seq(src_port: u16, dst_port: u16, flags: u8, seq: u32) -> Transport {
        Transport::Tcp {
            src_port,
            dst_port,
            flags,
            seq,
        }
    }

    #[test]
    fn quic_initials_name_the_flow_from_the_client_side_only() {
        use crate::names::quic_crypto::{QuicVersion, seal_initial};
        use crate::names::tls::build;
        let hello = build::chrome_like("quic.example.org");
        let frame = |offset: usize, data: &[u8]| {
            let mut f = vec![0x06, 0x40 | (offset >> 8) as u8, offset as u8];
            f.extend_from_slice(&[0x40 | (data.len() >> 8) as u8, data.len() as u8]);
            f.extend_from_slice(data);
            f.resize(1150, 0);
            f
        };
        let cut = hello.len() / 2;
        let dcid = [7u8; 8];
        let first = seal_initial(
            QuicVersion::V1,
            &dcid,
            &[1],
            &[],
            0,
            1,
            &frame(0, &hello[..cut]),
        )
        .unwrap();
        let second = seal_initial(
            QuicVersion::V1,
            &dcid,
            &[1],
            &[],
            1,
            1,
            &frame(cut, &hello[cut..]),
        )
        .unwrap();
        let mut p = pipeline(false);
        let (c, s) = ("192.168.1.10", "8.8.4.4");
        let udp = |sp, dp| Transport::Udp {
            src_port: sp,
            dst_port: dp,
        };
        let a = p.process_decoded(&pkt(0, 1250, c, s, udp(50000, 443), LAPTOP, ROUTER, &first));
        // The server's reply, even if it carried the same bytes, is not read.
        p.process_decoded(&pkt(
            1,
            1250,
            s,
            c,
            udp(443, 50000),
            ROUTER,
            LAPTOP,
            &second,
        ));
        assert_eq!(p.table().get(a.slot).unwrap().name_source, None);
        p.process_decoded(&pkt(
            2,
            1250,
            c,
            s,
            udp(50000, 443),
            LAPTOP,
            ROUTER,
            &second,
        ));
        let f = p.table().get(a.slot).unwrap();
        assert_eq!(
            (f.name.as_deref(), f.name_source),
            (Some("quic.example.org"), Some(NameSource::QuicSni))
        );
        assert_eq!(p.quic_namer().stats().names, 1);
    }

    #[test]
    fn tls_sni_split_across_segments_names_the_flow_and_outranks_dns() {
        use crate::names::tls::build;
        let hello = build::records(&build::chrome_like("www.example.org"), 16384);
        let (first, second) = hello.split_at(1000);
        let mut p = pipeline(false);
        let (c, s) = ("192.168.1.10", "8.8.8.8");
        let syn = p.process_decoded(&pkt(
            0,
            60,
            c,
            s,
            tcp_seq(50000, 443, TCP_SYN, 99),
            LAPTOP,
            ROUTER,
            &[],
        ));
        p.name_flow(syn.slot, "dns.example", NameSource::Dns, None);
        p.process_decoded(&pkt(
            1,
            60,
            s,
            c,
            tcp_seq(443, 50000, TCP_SYN | TCP_ACK, 7),
            ROUTER,
            LAPTOP,
            &[],
        ));
        // Second segment first, then the first; the server's reply is ignored.
        p.process_decoded(&pkt(
            2,
            1100,
            c,
            s,
            tcp_seq(50000, 443, TCP_ACK, 1100),
            LAPTOP,
            ROUTER,
            second,
        ));
        p.process_decoded(&pkt(
            3,
            1100,
            s,
            c,
            tcp_seq(443, 50000, TCP_ACK, 8),
            ROUTER,
            LAPTOP,
            first,
        ));
        let f = p.table().get(syn.slot).unwrap();
        assert_eq!(f.name_source, Some(NameSource::Dns));
        p.process_decoded(&pkt(
            4,
            1100,
            c,
            s,
            tcp_seq(50000, 443, TCP_ACK, 100),
            LAPTOP,
            ROUTER,
            first,
        ));
        let f = p.table().get(syn.slot).unwrap();
        assert_eq!(
            (f.name.as_deref(), f.name_source),
            (Some("www.example.org"), Some(NameSource::TlsSni))
        );
        // A later DNS answer does not replace the SNI.
        p.name_flow(syn.slot, "other.example", NameSource::Dns, None);
        let f = p.table().get(syn.slot).unwrap();
        assert_eq!(f.name.as_deref(), Some("www.example.org"));
        assert_eq!(p.tcp_namer().stats().named_tls, 1);
        assert_eq!(p.tcp_namer().reassembly().live(), 0);
    }

    #[test]
    fn http_host_names_a_plain_http_flow_and_other_tcp_is_left_alone() {
        let mut p = pipeline(false);
        let (c, s) = ("192.168.1.10", "8.8.8.8");
        let req = b"GET / HTTP/1.1\r\nHost: Plain.Example:80\r\n\r\n";
        let a = p.process_decoded(&pkt(
            0,
            100,
            c,
            s,
            tcp_seq(50001, 80, TCP_ACK, 5),
            LAPTOP,
            ROUTER,
            req,
        ));
        let f = p.table().get(a.slot).unwrap();
        assert_eq!(
            (f.name.as_deref(), f.name_source),
            (Some("plain.example"), Some(NameSource::HttpHost))
        );
        let b = p.process_decoded(&pkt(
            1,
            100,
            c,
            s,
            tcp_seq(50002, 22, TCP_ACK, 5),
            LAPTOP,
            ROUTER,
            b"SSH-2.0-x\r\n",
        ));
        assert_eq!(p.table().get(b.slot).unwrap().name, None);
        assert_eq!(p.tcp_namer().reassembly().stats().started, 0);
    }

    fn dns_answer(p: &mut Pipeline, ts: i64, name: &str, addr: &str, tcp_framed: bool) {
        let msg = crate::demo::wire::dns_response(1, name, addr.parse().unwrap(), 30);
        let (transport, payload) = if tcp_framed {
            let mut framed = (msg.len() as u16).to_be_bytes().to_vec();
            framed.extend_from_slice(&msg);
            (tcp(53, 40001, TCP_ACK), framed)
        } else {
            (
                Transport::Udp {
                    src_port: 53,
                    dst_port: 40000,
                },
                msg,
            )
        };
        let len = payload.len() as u32 + 42;
        p.process_decoded(&pkt(
            ts,
            len,
            "192.168.1.1",
            "192.168.1.10",
            transport,
            ROUTER,
            LAPTOP,
            &payload,
        ));
    }

    fn syn(p: &mut Pipeline, ts: i64, server: &str, port: u16) -> Accounted {
        p.process_decoded(&pkt(
            ts,
            60,
            "192.168.1.10",
            server,
            tcp(port, 443, TCP_SYN),
            LAPTOP,
            ROUTER,
            &[],
        ))
    }

    #[test]
    fn dns_answers_name_later_flows_and_flows_just_before_them() {
        let config = PipelineConfig {
            lan: vec!["192.168.1.0/24".parse().unwrap()],
            ..PipelineConfig::default()
        };
        let mut p = Pipeline::new(classifier(), 1, &config);
        let s = 1_000_000;
        dns_answer(&mut p, 0, "www.Zoom.us", "52.1.2.3", false);
        let early = syn(&mut p, s, "52.1.2.3", 50000);
        // the answer comes 1 s after the connection: named late
        let late = syn(&mut p, 2 * s, "52.9.9.9", 50001);
        dns_answer(&mut p, 3 * s, "late.example", "52.9.9.9", true);
        // 10 s after: too late
        let stale = syn(&mut p, 4 * s, "52.7.7.7", 50002);
        dns_answer(&mut p, 14 * s, "never.example", "52.7.7.7", false);
        // the 30 s TTL is floored to 5 minutes
        let reuse = syn(&mut p, 200 * s, "52.1.2.3", 50003);
        let name = |a: Accounted| {
            let f = p.table().get(a.slot).unwrap();
            (f.name.as_deref().map(str::to_owned), f.name_source)
        };
        assert_eq!(
            name(early),
            (Some("www.zoom.us".into()), Some(NameSource::Dns))
        );
        assert_eq!(
            name(late),
            (Some("late.example".into()), Some(NameSource::Dns))
        );
        assert_eq!(name(stale), (None, None));
        assert_eq!(name(reuse).0.as_deref(), Some("www.zoom.us"));
        assert_eq!((p.stats().dns_responses, p.stats().dns_errors), (3, 0));
        assert_eq!(p.dns_cache().len(), 3);
    }

    #[test]
    fn malformed_dns_is_counted_not_fatal() {
        let mut p = pipeline(false);
        let mut bad =
            crate::demo::wire::dns_response(1, "x.example", "52.1.2.3".parse().unwrap(), 30);
        bad.truncate(bad.len() - 2);
        let udp = Transport::Udp {
            src_port: 53,
            dst_port: 40000,
        };
        p.process_decoded(&pkt(
            0,
            90,
            "8.8.8.8",
            "192.168.1.10",
            udp,
            ROUTER,
            LAPTOP,
            &bad,
        ));
        p.process_decoded(&pkt(
            1,
            60,
            "8.8.8.8",
            "192.168.1.10",
            udp,
            ROUTER,
            LAPTOP,
            &[1, 2],
        ));
        assert_eq!(p.stats().dns_errors, 2);
        assert_eq!(p.stats().decoded.packets, 2);
    }

    fn udp_from(p: &mut Pipeline, ts: i64, src: &str, sport: u16, payload: &[u8]) {
        let udp = Transport::Udp {
            src_port: sport,
            dst_port: 40000,
        };
        p.process_decoded(&pkt(
            ts,
            payload.len() as u32 + 42,
            src,
            "192.168.1.10",
            udp,
            ROUTER,
            LAPTOP,
            payload,
        ));
    }

    fn lan_pipeline(config: PipelineConfig) -> Pipeline {
        let config = PipelineConfig {
            lan: vec!["192.168.1.0/24".parse().unwrap()],
            ..config
        };
        Pipeline::new(classifier(), 1, &config)
    }

    fn string_of(p: &Pipeline, id: u32) -> Option<&str> {
        (id != NONE).then(|| p.aggregates().string(id)).flatten()
    }

    #[test]
    fn named_flows_carry_their_service_or_registrable_domain_into_the_aggregates() {
        let mut p = lan_pipeline(PipelineConfig::default());
        dns_answer(&mut p, 0, "us05web.zoom.us", "52.1.2.3", false);
        let zoom = syn(&mut p, 1, "52.1.2.3", 50000);
        dns_answer(&mut p, 2, "post.lurk.org", "52.4.4.4", false);
        let other = syn(&mut p, 3, "52.4.4.4", 50001);
        let f = p.table().get(zoom.slot).unwrap().attr;
        assert_eq!(string_of(&p, f.service), Some("zoom"));
        assert_eq!((f.domain, f.name_source), (NONE, Some(NameSource::Dns)));
        assert_eq!(f.origin, Some(crate::usage::Origin::Official));
        let f = p.table().get(other.slot).unwrap().attr;
        assert_eq!(
            (f.service, string_of(&p, f.domain)),
            (NONE, Some("lurk.org"))
        );
        // the new-flow count is already under the service
        let s = p.aggregates().summary(..);
        let zoom_id = p.table().get(zoom.slot).unwrap().attr.service;
        assert_eq!(s.by_service[&zoom_id].up.new_flows, 1);
        let amazon = p.classifier().catalogue().provider_index("amazon").unwrap() as u16;
        assert_eq!(s.by_provider_service[&(amazon, zoom_id)].bytes(), 60);
        assert_eq!(s.by_name_source[&Some(NameSource::Dns)].bytes(), 120);
    }

    #[test]
    fn a_name_without_a_rule_takes_the_service_of_its_cname_chain() {
        use crate::names::dns::tests::Builder;
        let mut p = lan_pipeline(PipelineConfig::default());
        let mut b = Builder::response(9, 1, 2, 0, 0);
        let q = b.question("video.example.org", dns::TYPE_A);
        let c = b.cname_at(q, "rr1---sn-ab5l6n7s.googlevideo.com");
        b.addr_at(c, "52.8.8.8".parse().unwrap(), 300);
        udp_from(&mut p, 0, "192.168.1.1", 53, &b.buf);
        let by_dns = syn(&mut p, 1, "52.8.8.8", 50000);
        let attr = p.table().get(by_dns.slot).unwrap().attr;
        assert_eq!(string_of(&p, attr.service), Some("youtube"));
        // the same name from another layer (an HTTP Host) finds the chain in the cache
        let req = b"GET / HTTP/1.1\r\nHost: video.example.org\r\n\r\n";
        let http = p.process_decoded(&pkt(
            2,
            100,
            "192.168.1.10",
            "52.8.8.8",
            tcp_seq(50001, 80, TCP_ACK, 5),
            LAPTOP,
            ROUTER,
            req,
        ));
        let f = p.table().get(http.slot).unwrap();
        assert_eq!(f.attr.name_source, Some(NameSource::HttpHost));
        assert_eq!(string_of(&p, f.attr.service), Some("youtube"));
        // a name not in the address's chain does not borrow it (shared CDN addresses)
        let req = b"GET / HTTP/1.1\r\nHost: unrelated.example.net\r\n\r\n";
        let other = p.process_decoded(&pkt(
            3,
            100,
            "192.168.1.10",
            "52.8.8.8",
            tcp_seq(50002, 80, TCP_ACK, 5),
            LAPTOP,
            ROUTER,
            req,
        ));
        let a = p.table().get(other.slot).unwrap().attr;
        assert_eq!(
            (a.service, string_of(&p, a.domain)),
            (NONE, Some("example.net"))
        );
    }

    #[test]
    fn flows_to_encrypted_dns_endpoints_are_flagged() {
        let mut p = lan_pipeline(PipelineConfig::default());
        let doh = syn(&mut p, 0, "8.8.8.8", 50000);
        let https = syn(&mut p, 1, "52.1.2.3", 50001);
        let dot = p.process_decoded(&pkt(
            2,
            60,
            "192.168.1.10",
            "52.1.2.3",
            tcp(50002, 853, TCP_SYN),
            LAPTOP,
            ROUTER,
            &[],
        ));
        let flag = |a: Accounted| p.table().get(a.slot).unwrap().attr.encrypted_dns;
        assert_eq!((flag(doh), flag(https), flag(dot)), (true, false, true));
        assert_eq!(p.stats().encrypted_dns_flows, 2);
        assert_eq!(p.aggregates().summary(..).encrypted_dns.bytes(), 120);
    }

    #[test]
    fn asn_database_names_addresses_no_range_knows_once_per_address() {
        use crate::ranges::parse::mmdb_writer::{build, entry};
        let db = build(
            6,
            &[
                entry("198.51.100.0/24", 16509, "Amazon.com, Inc."),
                entry("203.0.113.0/24", 2611, "Belnet"),
                entry("52.0.0.0/8", 64512, "Not consulted"),
            ],
            true,
            0,
        );
        let db = AsnDatabase::from_bytes(db, std::path::Path::new("t.mmdb")).unwrap();
        let mut p = lan_pipeline(PipelineConfig {
            asn_database: Some(Arc::new(db)),
            ..PipelineConfig::default()
        });
        let aws = syn(&mut p, 0, "198.51.100.7", 50000);
        let belnet = syn(&mut p, 1, "203.0.113.9", 50001);
        let again = syn(&mut p, 2, "203.0.113.9", 50002);
        let ranged = syn(&mut p, 3, "52.1.2.3", 50003);
        let unknown = syn(&mut p, 4, "192.0.2.1", 50004);
        let attr = |a: Accounted| p.table().get(a.slot).unwrap().attr;
        let amazon = p.classifier().catalogue().provider_index("amazon").unwrap() as u16;
        assert_eq!(
            (attr(aws).provider, attr(aws).origin, attr(aws).network),
            (amazon, Some(crate::usage::Origin::Mmdb), NONE)
        );
        assert_eq!(attr(belnet).provider, NO_PROVIDER);
        assert_eq!(string_of(&p, attr(belnet).network), Some("Belnet"));
        assert_eq!(attr(again).network, attr(belnet).network);
        assert_eq!(attr(ranged).origin, Some(crate::usage::Origin::Official));
        assert_eq!((attr(unknown).origin, attr(unknown).network), (None, NONE));
        // the range table answered 52.1.2.3; the database was asked once per other address
        assert_eq!((p.stats().asn_lookups, p.stats().asn_found), (3, 2));
        let s = p.aggregates().summary(..);
        assert_eq!(s.by_network[&attr(belnet).network].up.new_flows, 2);
    }

    #[test]
    fn mdns_announcements_name_devices_below_dhcp_and_config() {
        use crate::names::dns::tests::Builder;
        let announce = |name: &str, addr: &str| {
            let mut b = Builder::response(0, 0, 1, 0, 0);
            b.buf[2] = 0x84;
            let at = b.name(name);
            b.pointer(at);
            b.buf.truncate(b.buf.len() - 2);
            let ip: std::net::Ipv4Addr = addr.parse().unwrap();
            b.rr_tail(dns::TYPE_A, 120, &ip.octets());
            b.buf
        };
        let tv = [2, 0, 0, 0, 0, 7];
        let mut configured = BTreeMap::new();
        configured.insert(MacAddr(ROUTER), "Router".to_string());
        let mut p = lan_pipeline(PipelineConfig {
            device_names: configured,
            ..PipelineConfig::default()
        });
        let mdns = |p: &mut Pipeline, ts: i64, src: &str, mac: [u8; 6], msg: &[u8]| {
            let udp = Transport::Udp {
                src_port: 5353,
                dst_port: 5353,
            };
            p.process_decoded(&pkt(
                ts,
                100,
                src,
                "224.0.0.251",
                udp,
                mac,
                [1, 0, 0x5e, 0, 0, 0xfb],
                msg,
            ));
        };
        mdns(
            &mut p,
            0,
            "192.168.1.42",
            tv,
            &announce("Living-Room-TV.local", "192.168.1.42"),
        );
        mdns(
            &mut p,
            1,
            "192.168.1.1",
            ROUTER,
            &announce("router.local", "192.168.1.1"),
        );
        // `.local` names stay off the DNS cache that names remote servers
        assert_eq!(p.dns_cache().len(), 0);
        let name_of = |p: &Pipeline, mac: [u8; 6]| {
            p.devices()
                .iter()
                .find(|(_, d)| d.mac == Some(MacAddr(mac)))
                .map(|(_, d)| (d.name.as_deref().map(str::to_owned), d.name_source))
        };
        assert_eq!(
            name_of(&p, tv),
            Some((Some("living-room-tv".into()), Some(DeviceNameSource::Mdns)))
        );
        // the config's name stays
        assert_eq!(
            name_of(&p, ROUTER),
            Some((Some("Router".into()), Some(DeviceNameSource::Config)))
        );
        // DHCP outranks mDNS, and a later mDNS name does not replace it
        let request =
            crate::flow::dhcp::tests::request(tv, &[53, 1, 3, 12, 4, b'b', b'r', b'a', b'v']);
        let udp = Transport::Udp {
            src_port: 68,
            dst_port: 67,
        };
        p.process_decoded(&pkt(
            2,
            342,
            "0.0.0.0",
            "255.255.255.255",
            udp,
            tv,
            [0xff; 6],
            &request,
        ));
        mdns(
            &mut p,
            3,
            "192.168.1.42",
            tv,
            &announce("Other-Name.local", "192.168.1.42"),
        );
        assert_eq!(
            name_of(&p, tv),
            Some((Some("brav".into()), Some(DeviceNameSource::Dhcp)))
        );
        assert_eq!(p.stats().mdns_names, 1);
    }

    #[derive(Debug, Clone)]
    struct Gen {
        dt: i64,
        len: u32,
        src: usize,
        dst: usize,
        kind: u8,
        sport: u16,
        dport: u16,
        flags: u8,
        frag: u8,
    }

    const ADDRS: [&str; 6] = [
        "192.168.1.10",
        "192.168.1.11",
        "52.1.2.3",
        "8.8.8.8",
        "fd00::1",
        "2001:db8::9",
    ];

    fn packet_strategy() -> impl Strategy<Value = Gen> {
        (
            prop_oneof![0i64..2_000_000, 0i64..400_000_000],
            40u32..1600,
            0usize..6,
            0usize..6,
            0u8..5,
            prop_oneof![Just(443u16), Just(53), 1024u16..1030],
            prop_oneof![Just(443u16), Just(53), 1024u16..1030],
            any::<u8>(),
            0u8..6,
        )
            .prop_map(|(dt, len, src, dst, kind, sport, dport, flags, frag)| Gen {
                dt,
                len,
                src,
                dst,
                kind,
                sport,
                dport,
                flags,
                frag,
            })
    }

    fn process_generated(p: &mut Pipeline, g: &Gen, ts: i64) {
        // keep both ends in one address family
        let v6 = |i: usize| ADDRS[i].contains(':');
        let dst = if v6(g.src) { 4 + g.dst % 2 } else { g.dst % 4 };
        let transport = match g.kind {
            0 => tcp(g.sport, g.dport, g.flags),
            1 => Transport::Udp {
                src_port: g.sport,
                dst_port: g.dport,
            },
            2 => Transport::Icmp {
                icmp_type: 8,
                code: 0,
            },
            _ => Transport::Other { protocol: 47 },
        };
        let mut d = pkt(
            ts,
            g.len,
            ADDRS[g.src],
            ADDRS[dst],
            transport,
            LAPTOP,
            ROUTER,
            &[],
        );
        d.fragment = match g.frag {
            0 => Some(FragmentInfo {
                id: 1,
                offset: 0,
                more_fragments: true,
            }),
            1 => {
                d.transport = Transport::Other {
                    protocol: if g.kind == 0 { 6 } else { 17 },
                };
                Some(FragmentInfo {
                    id: 1,
                    offset: 1480,
                    more_fragments: false,
                })
            }
            _ => None,
        };
        p.process_decoded(&d);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn bytes_are_conserved_through_expiry_eviction_and_fragments(packets in proptest::collection::vec(packet_strategy(), 1..300)) {
            let config = PipelineConfig {
                keep_finished: true,
                fold_minutes: true,
                limits: FlowLimits { max_flows: 8, ..FlowLimits::default() },
                ..PipelineConfig::default()
            };
            let mut p = Pipeline::new(classifier(), 1, &config);
            let mut finished = DirCounts::default();
            let mut ts = 1_700_000_000_000_000i64;
            let mut non_ip = 0u64;
            for g in &packets {
                ts += g.dt;
                if g.kind == 4 {
                    p.process_undecodable(ts, g.len, DecodeError::NotIp(0x0806));
                    non_ip += u64::from(g.len);
                } else {
                    process_generated(&mut p, g, ts);
                }
                p.drain_finished(|f, _| {
                    finished.packets += f.up.packets + f.down.packets;
                    finished.bytes += f.up.bytes + f.down.bytes;
                });
            }
            let live: u64 = p.table().iter().map(|f| f.up.bytes + f.down.bytes).sum();
            let st = *p.table().stats();
            let retired = st.retired_up.bytes + st.retired_down.bytes;
            prop_assert_eq!(retired, finished.bytes);
            prop_assert_eq!(live + retired, p.stats().decoded.bytes);
            prop_assert!(p.table().len() <= 8);
            let s = p.aggregates().summary(..);
            prop_assert_eq!(s.internet.bytes() + s.lan.bytes(), p.stats().decoded.bytes + non_ip);
            prop_assert_eq!(
                s.internet.up.packets + s.internet.down.packets + s.lan.up.packets + s.lan.down.packets,
                p.stats().frames.packets
            );
            p.finish();
            p.drain_finished(|f, _| {
                finished.packets += f.up.packets + f.down.packets;
                finished.bytes += f.up.bytes + f.down.bytes;
            });
            prop_assert_eq!(finished.bytes, p.stats().decoded.bytes);
            prop_assert_eq!(finished.packets, p.stats().decoded.packets);
            prop_assert!(p.table().is_empty());
        }
    }
}
