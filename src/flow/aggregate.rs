//! Per-minute aggregates: bytes, packets and new flows keyed by (minute, device, provider,
//! product, service or domain, direction) and a few one-byte facts about the attribution.
//!
//! Counts are added per packet as the flow table accounts it, so a flow that expires or is
//! evicted has already given everything it carried. Strings (products, services) are interned
//! once per flow creation or naming, never per packet.

use std::collections::BTreeMap;
use std::ops::{Bound, RangeBounds};

use serde::{Deserialize, Serialize};

use super::hash::FxHashMap;
use super::table::NameSource;
use crate::usage::{DecidedBy, Name, Origin};

/// Marks "none" in the compact id fields below.
pub const NONE: u32 = u32::MAX;
/// No provider (`Attr::provider`).
pub const NO_PROVIDER: u16 = u16::MAX;

pub const MICROS_PER_MINUTE: i64 = 60_000_000;
pub const MINUTES_PER_DAY: i64 = 1440;

/// Minutes since the Unix epoch (UTC) of a packet timestamp.
#[inline]
pub fn minute_of(ts_micros: i64) -> i64 {
    ts_micros.div_euclid(MICROS_PER_MINUTE)
}

/// Up: from the local side (or the client, when both or neither are local) to the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Up,
    Down,
}

/// Where the traffic goes: inside the place, or out to the Internet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    Lan,
    Internet,
}

/// What a flow's packets are aggregated under (besides minute and direction). Compact ids:
/// `provider` indexes the classifier's catalogue, `product`/`service`/`domain`/`network` the
/// aggregates' interned strings, `device` the device table; `NONE`/`NO_PROVIDER` when
/// unknown. 28 bytes, so a row key stays small.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Attr {
    pub scope: Scope,
    pub provider: u16,
    pub product: u32,
    /// The service catalogue's id of the flow's service (`zoom`, `youtube`…).
    pub service: u32,
    /// The registrable domain of a name no service rule knows (`NONE` when a service
    /// matched or the flow has no name).
    pub domain: u32,
    /// The AS organisation of an address no provider list or catalogue ASN knows (from the
    /// ASN database), so other networks are named too.
    pub network: u32,
    pub device: u32,
    /// Which layer named the flow.
    pub name_source: Option<NameSource>,
    /// What decided the provider (`None`: nothing knew the address).
    pub origin: Option<Origin>,
    /// DNS over TLS/QUIC/HTTPS to a resolver: names hidden from nuage.
    pub encrypted_dns: bool,
}

impl Attr {
    pub const LAN: Attr = Attr {
        scope: Scope::Lan,
        provider: NO_PROVIDER,
        product: NONE,
        service: NONE,
        domain: NONE,
        network: NONE,
        device: NONE,
        name_source: None,
        origin: None,
        encrypted_dns: false,
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AggKey {
    pub minute: i64,
    pub attr: Attr,
    pub direction: Direction,
}

/// Bytes (on the wire), packets and flows started.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub bytes: u64,
    pub packets: u64,
    pub new_flows: u64,
}

impl Counts {
    pub fn add(&mut self, other: &Counts) {
        self.bytes += other.bytes;
        self.packets += other.packets;
        self.new_flows += other.new_flows;
    }
}

/// Up and down together.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct UpDown {
    pub up: Counts,
    pub down: Counts,
}

impl UpDown {
    pub fn bytes(&self) -> u64 {
        self.up.bytes + self.down.bytes
    }

    fn add(&mut self, direction: Direction, counts: &Counts) {
        match direction {
            Direction::Up => self.up.add(counts),
            Direction::Down => self.down.add(counts),
        }
    }
}

/// Interned strings (products, services): the aggregates keep ids, not copies.
#[derive(Debug, Default, Clone)]
pub struct Interner {
    ids: FxHashMap<Name, u32>,
    /// Shared with the usage rows labelled from them (see [`Name`]).
    strings: Vec<Name>,
}

impl Interner {
    pub fn intern(&mut self, text: &str) -> u32 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let id = self.strings.len() as u32;
        let name = Name::from(text);
        self.strings.push(name.clone());
        self.ids.insert(name, id);
        id
    }

    pub fn get(&self, id: u32) -> Option<&str> {
        self.strings.get(id as usize).map(Name::as_str)
    }

    pub fn name(&self, id: u32) -> Option<&Name> {
        self.strings.get(id as usize)
    }
}

/// Totals over a span of minutes, grouped the ways reports need.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub internet: UpDown,
    pub lan: UpDown,
    /// Internet traffic per provider (`NO_PROVIDER` = no list matched).
    pub by_provider: BTreeMap<u16, UpDown>,
    /// Internet traffic per (provider, product).
    pub by_product: BTreeMap<(u16, u32), UpDown>,
    /// Internet traffic per service (`NONE` = not named, or no service rule).
    pub by_service: BTreeMap<u32, UpDown>,
    /// Internet traffic per (provider, service): both layers of an attribution.
    pub by_provider_service: BTreeMap<(u16, u32), UpDown>,
    /// Internet traffic per registrable domain of names no service rule knows.
    pub by_domain: BTreeMap<u32, UpDown>,
    /// Internet traffic per AS organisation of addresses no provider list knows.
    pub by_network: BTreeMap<u32, UpDown>,
    /// Internet traffic per what decided the provider (`None`: nothing knew the address).
    pub by_origin: BTreeMap<Option<Origin>, UpDown>,
    /// Internet traffic per naming layer (`None` = not named).
    pub by_name_source: BTreeMap<Option<NameSource>, UpDown>,
    /// Encrypted DNS (DoH/DoT/DoQ) to resolvers.
    pub encrypted_dns: UpDown,
    /// Internet traffic per device (`NONE` = no device known).
    pub by_device: BTreeMap<u32, UpDown>,
    /// LAN traffic per device.
    pub lan_by_device: BTreeMap<u32, UpDown>,
}

impl Summary {
    /// Internet traffic per Big Tech layer; `layer` decides for a (provider, service) pair
    /// (see `usage::BigTechRule::decide`).
    pub fn by_big_tech_layer(
        &self,
        mut layer: impl FnMut(u16, u32) -> DecidedBy,
    ) -> BTreeMap<DecidedBy, UpDown> {
        let mut out: BTreeMap<DecidedBy, UpDown> = BTreeMap::new();
        for (&(provider, service), c) in &self.by_provider_service {
            let entry = out.entry(layer(provider, service)).or_default();
            entry.up.add(&c.up);
            entry.down.add(&c.down);
        }
        out
    }
}

/// The per-minute table, plus per-day rows for minutes folded away (`fold_before`).
#[derive(Debug, Default)]
pub struct Aggregates {
    minutes: FxHashMap<AggKey, Counts>,
    /// Keyed like `minutes` with `minute` holding the day's first minute.
    days: FxHashMap<AggKey, Counts>,
    strings: Interner,
}

impl Aggregates {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn intern(&mut self, text: &str) -> u32 {
        self.strings.intern(text)
    }

    pub fn string(&self, id: u32) -> Option<&str> {
        self.strings.get(id)
    }

    /// The interned string `id` as a shared [`Name`].
    pub fn name(&self, id: u32) -> Option<&Name> {
        self.strings.name(id)
    }

    /// Number of rows held (per-minute and folded per-day).
    pub fn len(&self) -> usize {
        self.minutes.len() + self.days.len()
    }

    pub fn is_empty(&self) -> bool {
        self.minutes.is_empty() && self.days.is_empty()
    }

    /// Accounts one packet.
    #[inline]
    pub fn add_packet(&mut self, ts_micros: i64, attr: Attr, direction: Direction, bytes: u32) {
        let key = AggKey {
            minute: minute_of(ts_micros),
            attr,
            direction,
        };
        let c = self.minutes.entry(key).or_default();
        c.bytes += u64::from(bytes);
        c.packets += 1;
    }

    /// Accounts a new flow (under its initiating direction, up).
    pub fn add_flow(&mut self, ts_micros: i64, attr: Attr) {
        let key = AggKey {
            minute: minute_of(ts_micros),
            attr,
            direction: Direction::Up,
        };
        self.minutes.entry(key).or_default().new_flows += 1;
    }

    /// Every row, in no particular order.
    pub fn rows(&self) -> impl Iterator<Item = (&AggKey, &Counts)> {
        self.minutes.iter()
    }

    /// Removes and returns the rows of minutes before `minute` (for persisting closed
    /// minutes), sorted by key.
    pub fn drain_before(&mut self, minute: i64) -> Vec<(AggKey, Counts)> {
        let mut out: Vec<(AggKey, Counts)> = self
            .minutes
            .iter()
            .filter(|(k, _)| k.minute < minute)
            .map(|(k, c)| (*k, *c))
            .collect();
        for (k, _) in &out {
            self.minutes.remove(k);
        }
        out.sort_by_key(|row| row.0);
        out
    }

    /// Folds the rows of minutes before `minute` into per-day rows, so a long replay keeps
    /// one row per (day, key) instead of one per minute. Folded minutes count in a summary
    /// only when its range covers their whole day.
    pub fn fold_before(&mut self, minute: i64) {
        let days = &mut self.days;
        self.minutes.retain(|k, c| {
            if k.minute >= minute {
                return true;
            }
            let day_key = AggKey {
                minute: k.minute.div_euclid(MINUTES_PER_DAY) * MINUTES_PER_DAY,
                ..*k
            };
            days.entry(day_key).or_default().add(c);
            false
        });
    }

    /// Totals over the minutes in `minutes`.
    pub fn summary(&self, minutes: impl RangeBounds<i64>) -> Summary {
        let mut s = Summary::default();
        let whole_day = |k: &&AggKey| {
            minutes.contains(&k.minute) && minutes.contains(&(k.minute + MINUTES_PER_DAY - 1))
        };
        let minute_rows = self
            .minutes
            .iter()
            .filter(|(k, _)| minutes.contains(&k.minute));
        let day_rows = self.days.iter().filter(|(k, _)| whole_day(k));
        for (k, c) in minute_rows.chain(day_rows) {
            let a = &k.attr;
            match a.scope {
                Scope::Lan => {
                    s.lan.add(k.direction, c);
                    s.lan_by_device
                        .entry(a.device)
                        .or_default()
                        .add(k.direction, c);
                }
                Scope::Internet => {
                    s.internet.add(k.direction, c);
                    s.by_provider
                        .entry(a.provider)
                        .or_default()
                        .add(k.direction, c);
                    s.by_product
                        .entry((a.provider, a.product))
                        .or_default()
                        .add(k.direction, c);
                    s.by_service
                        .entry(a.service)
                        .or_default()
                        .add(k.direction, c);
                    s.by_device.entry(a.device).or_default().add(k.direction, c);
                    s.by_provider_service
                        .entry((a.provider, a.service))
                        .or_default()
                        .add(k.direction, c);
                    if a.domain != NONE {
                        s.by_domain.entry(a.domain).or_default().add(k.direction, c);
                    }
                    if a.network != NONE {
                        s.by_network
                            .entry(a.network)
                            .or_default()
                            .add(k.direction, c);
                    }
                    s.by_origin.entry(a.origin).or_default().add(k.direction, c);
                    s.by_name_source
                        .entry(a.name_source)
                        .or_default()
                        .add(k.direction, c);
                    if a.encrypted_dns {
                        s.encrypted_dns.add(k.direction, c);
                    }
                }
            }
        }
        s
    }

    /// Totals of one UTC day (`day` = days since the Unix epoch).
    pub fn day_summary(&self, day: i64) -> Summary {
        let start = day * MINUTES_PER_DAY;
        self.summary((
            Bound::Included(start),
            Bound::Excluded(start + MINUTES_PER_DAY),
        ))
    }

    /// Every UTC day with data, in order.
    pub fn days(&self) -> Vec<i64> {
        let mut days: Vec<i64> = self
            .minutes
            .keys()
            .chain(self.days.keys())
            .map(|k| k.minute.div_euclid(MINUTES_PER_DAY))
            .collect();
        days.sort_unstable();
        days.dedup();
        days
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn internet(provider: u16, device: u32) -> Attr {
        Attr {
            scope: Scope::Internet,
            provider,
            device,
            ..Attr::LAN
        }
    }

    const MIN: i64 = MICROS_PER_MINUTE;

    #[test]
    fn minute_buckets_sum_to_totals_across_a_day_boundary() {
        let mut agg = Aggregates::new();
        // 2024-03-01 23:58 .. 2024-03-02 00:02 UTC
        let day = 19783i64;
        let start = (day + 1) * MINUTES_PER_DAY * MIN - 2 * MIN;
        let mut up = 0u64;
        let mut down = 0u64;
        for i in 0..240i64 {
            let ts = start + i * MIN / 60;
            let len = 60 + (i as u32 % 7) * 100;
            let dir = if i % 3 == 0 {
                Direction::Down
            } else {
                Direction::Up
            };
            agg.add_packet(ts, internet((i % 2) as u16, 1), dir, len);
            match dir {
                Direction::Up => up += u64::from(len),
                Direction::Down => down += u64::from(len),
            }
        }
        agg.add_packet(start, Attr::LAN, Direction::Up, 1000);
        agg.add_flow(start, internet(0, 1));
        assert_eq!(agg.days(), vec![day, day + 1]);
        let all = agg.summary(..);
        assert_eq!((all.internet.up.bytes, all.internet.down.bytes), (up, down));
        assert_eq!(all.internet.up.packets + all.internet.down.packets, 240);
        assert_eq!(all.lan.bytes(), 1000);
        assert_eq!(all.internet.up.new_flows, 1);
        let d1 = agg.day_summary(day);
        let d2 = agg.day_summary(day + 1);
        // 2 minutes before midnight, 2 after: 120 packets each side
        assert_eq!(d1.internet.up.packets + d1.internet.down.packets, 120);
        assert_eq!(d1.internet.bytes() + d2.internet.bytes(), up + down);
        assert_eq!(
            d1.by_provider[&0].bytes() + d2.by_provider[&0].bytes(),
            all.by_provider[&0].bytes()
        );
        // per-minute rows sum to the totals too
        let rows: u64 = agg
            .rows()
            .filter(|(k, _)| k.attr.scope == Scope::Internet)
            .map(|(_, c)| c.bytes)
            .sum();
        assert_eq!(rows, up + down);
        assert_eq!(agg.summary(..).by_device[&1].bytes(), up + down);
    }

    #[test]
    fn folding_minutes_into_days_keeps_day_and_total_sums() {
        let mut agg = Aggregates::new();
        let day = 20000i64;
        let start = day * MINUTES_PER_DAY * MIN;
        for i in 0..(3 * MINUTES_PER_DAY) {
            agg.add_packet(start + i * MIN, internet(1, 1), Direction::Down, 10);
        }
        let before = agg.summary(..);
        let rows = agg.len();
        agg.fold_before(day * MINUTES_PER_DAY + 2 * MINUTES_PER_DAY + 5);
        assert!(agg.len() < rows / 2, "{} rows", agg.len());
        assert_eq!(agg.summary(..), before);
        for d in 0..3 {
            assert_eq!(
                agg.day_summary(day + d).internet.down.bytes,
                14400,
                "day {d}"
            );
        }
        assert_eq!(agg.days(), vec![day, day + 1, day + 2]);
    }

    #[test]
    fn drain_before_removes_only_closed_minutes() {
        let mut agg = Aggregates::new();
        agg.add_packet(0, Attr::LAN, Direction::Up, 10);
        agg.add_packet(MIN, Attr::LAN, Direction::Up, 20);
        agg.add_packet(-1, Attr::LAN, Direction::Up, 5); // before the epoch: minute -1
        let drained = agg.drain_before(1);
        assert_eq!(drained.len(), 2);
        assert_eq!(drained[0].0.minute, -1);
        assert_eq!(agg.summary(..).lan.up.bytes, 20);
    }

    /// One generated packet: time step (a clock jump when large or negative), attribute,
    /// direction, length; `fold` folds closed minutes after it, as a long replay does.
    #[derive(Debug, Clone)]
    struct Step {
        dt: i64,
        provider: u16,
        lan: bool,
        up: bool,
        len: u32,
        fold: bool,
    }

    fn step() -> impl proptest::strategy::Strategy<Value = Step> {
        use proptest::prelude::*;
        (
            prop_oneof![
                8 => 0i64..90 * 1_000_000,
                1 => -3 * 3600 * 1_000_000i64..0,
                1 => 0i64..2 * 86_400 * 1_000_000,
            ],
            0u16..3,
            any::<bool>(),
            any::<bool>(),
            40u32..1600,
            proptest::bool::weighted(0.05),
        )
            .prop_map(|(dt, provider, lan, up, len, fold)| Step {
                dt,
                provider,
                lan,
                up,
                len,
                fold,
            })
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

        /// Minute buckets sum to each day's totals and the days to the whole, whatever the
        /// clock does: a start minutes before midnight, jumps back (NTP) and forward (a
        /// suspended box), and folding of closed minutes in between.
        #[test]
        fn minute_buckets_sum_to_day_totals_through_clock_jumps(
            start_before_midnight in 0i64..600,
            steps in proptest::collection::vec(step(), 1..400),
        ) {
            let mut agg = Aggregates::new();
            let mut truth: BTreeMap<i64, (u64, u64)> = BTreeMap::new();
            let mut ts = 20_000 * MINUTES_PER_DAY * MIN - start_before_midnight * 1_000_000;
            let mut latest = ts;
            for s in &steps {
                ts += s.dt;
                latest = latest.max(ts);
                let attr = if s.lan { Attr::LAN } else { internet(s.provider, 1) };
                let dir = if s.up { Direction::Up } else { Direction::Down };
                agg.add_packet(ts, attr, dir, s.len);
                let day = minute_of(ts).div_euclid(MINUTES_PER_DAY);
                let t = truth.entry(day).or_default();
                t.0 += u64::from(s.len);
                t.1 += 1;
                if s.fold {
                    agg.fold_before(minute_of(latest));
                }
            }
            proptest::prop_assert_eq!(agg.days(), truth.keys().copied().collect::<Vec<_>>());
            let mut sum = (0u64, 0u64);
            for (&day, &(bytes, packets)) in &truth {
                let d = agg.day_summary(day);
                let got = d.internet.bytes() + d.lan.bytes();
                let got_packets = d.internet.up.packets
                    + d.internet.down.packets
                    + d.lan.up.packets
                    + d.lan.down.packets;
                proptest::prop_assert_eq!((got, got_packets), (bytes, packets), "day {}", day);
                // The breakdowns partition the day's Internet traffic.
                let by_provider: u64 = d.by_provider.values().map(UpDown::bytes).sum();
                proptest::prop_assert_eq!(by_provider, d.internet.bytes());
                sum.0 += got;
                sum.1 += got_packets;
            }
            let all = agg.summary(..);
            proptest::prop_assert_eq!(all.internet.bytes() + all.lan.bytes(), sum.0);
            // Folding everything changes no total.
            agg.fold_before(minute_of(latest) + MINUTES_PER_DAY);
            proptest::prop_assert_eq!(agg.summary(..), all);
        }
    }

    #[test]
    fn interner_gives_stable_ids() {
        let mut agg = Aggregates::new();
        let a = agg.intern("EC2");
        let b = agg.intern("S3");
        assert_eq!(agg.intern("EC2"), a);
        assert_ne!(a, b);
        assert_eq!(agg.string(b), Some("S3"));
        assert_eq!(agg.string(99), None);
    }
}
