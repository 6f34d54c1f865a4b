//! Fixed snapshots for the rendering tests: a Monday, 8 March 2027, at 14:32:05 UTC, built
//! with [`DayUsage::build`] over hand-made rows so the numbers are the real pipeline's sums.

use crate::flow::{Counts, Direction};
use crate::names::ServiceCatalogue;
use crate::ranges::Catalogue;
use crate::usage::{
    Baseline, BigTechRule, CaptureHealth, DayUsage, FlowRow, InterfaceHealth, LiveSnapshot, Naming,
    Origin, ProviderBaseline, ProviderRate, USAGE_SCHEMA_VERSION, UsageKey, UsageSpan,
};

/// 2027-03-08 00:00 UTC in epoch minutes.
pub const DAY_START_MINUTE: i64 = 1_804_464_000 / 60;
/// 14:32:05 that day, in µs.
pub const NOW_MICROS: i64 = (1_804_464_000 + 14 * 3600 + 32 * 60 + 5) * 1_000_000;

const DEVICES: [&str; 4] = [
    "device-3fa1c2d9",
    "device-91b07e44",
    "device-c0ffee12",
    "device-5d6e7f80",
];

/// (provider, service, domain, name source, base bytes a minute, first hour, last hour).
type Pattern = (
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    u64,
    i64,
    i64,
);

#[rustfmt::skip]
const PATTERN: &[Pattern] = &[
    (Some("amazon"), Some("zoom"), None, Some("tls-sni"), 900_000, 9, 12),
    (Some("amazon"), Some("prime-video"), None, Some("tls-sni"), 400_000, 12, 15),
    (Some("google"), Some("youtube"), None, Some("quic-sni"), 1_500_000, 7, 15),
    (Some("google"), Some("gmail"), None, Some("dns"), 30_000, 7, 15),
    (Some("microsoft"), Some("teams"), None, Some("tls-sni"), 350_000, 8, 12),
    (Some("github"), Some("github"), None, Some("tls-sni"), 60_000, 10, 14),
    (Some("akamai"), Some("whatsapp"), None, Some("dns"), 80_000, 7, 15),
    (Some("meta"), Some("instagram"), None, Some("quic-sni"), 250_000, 12, 15),
    (Some("apple"), Some("icloud"), None, Some("tls-sni"), 120_000, 6, 15),
    (Some("cloudflare"), Some("wikipedia"), None, Some("tls-sni"), 90_000, 9, 15),
    (Some("hetzner"), None, Some("framasoft.org"), Some("dns"), 200_000, 10, 14),
    (None, None, Some("mastodon.coop"), Some("tls-sni"), 110_000, 8, 15),
    (None, None, None, None, 40_000, 0, 15),
];

fn naming_parts() -> (Catalogue, ServiceCatalogue) {
    // The bundled catalogues are part of the binary; failing to parse them is a build bug.
    #[allow(clippy::expect_used)]
    let catalogue = Catalogue::bundled().expect("bundled catalogue");
    #[allow(clippy::expect_used)]
    let services = ServiceCatalogue::bundled().expect("bundled services");
    (catalogue, services)
}

fn rows(now_minute: i64) -> Vec<(UsageKey, Counts)> {
    let mut rows = Vec::new();
    for minute in DAY_START_MINUTE..now_minute {
        let m = minute - DAY_START_MINUTE;
        let hour = m / 60;
        for (i, (provider, service, domain, source, base, from, to)) in PATTERN.iter().enumerate() {
            if hour < *from || hour > *to || (m + i as i64) % 3 == 0 {
                continue;
            }
            let bytes = base * (1 + ((m * 7 + i as i64 * 13) % 5) as u64) / 3;
            for (direction, part) in [(Direction::Down, 9), (Direction::Up, 1)] {
                let mut k = UsageKey::internet(minute, direction);
                k.provider = provider.map(Into::into);
                k.service = service.map(Into::into);
                k.domain = domain.map(Into::into);
                k.name_source = source.map(Into::into);
                k.origin = provider.map(|_| Origin::Official);
                k.network = provider.is_none().then(|| "Belnet".into());
                k.device = Some(DEVICES[(i + usize::from(hour % 2 == 0)) % DEVICES.len()].into());
                rows.push((
                    k,
                    Counts {
                        bytes: bytes * part / 10,
                        packets: bytes * part / 10 / 1200 + 1,
                        new_flows: u64::from(m % 10 == 0 && direction == Direction::Up),
                    },
                ));
            }
        }
        if hour >= 7 && m % 4 == 0 {
            let mut k = UsageKey::lan(minute, Direction::Up);
            k.device = Some(DEVICES[2].into());
            rows.push((
                k,
                Counts {
                    bytes: 2_000_000,
                    packets: 1500,
                    new_flows: 0,
                },
            ));
        }
    }
    rows
}

pub fn day(now_micros: i64) -> DayUsage {
    let (catalogue, services) = naming_parts();
    let rule = BigTechRule::new(&catalogue, &services);
    let rows = rows(now_micros.div_euclid(60_000_000));
    DayUsage::build(
        UsageSpan {
            label: "2027-03-08".into(),
            time_zone: "UTC".into(),
            start_minute: DAY_START_MINUTE,
            end_minute: DAY_START_MINUTE + 1440,
        },
        rows.iter().map(|(k, c)| (k, c)),
        Naming {
            catalogue: &catalogue,
            services: &services,
            rule: &rule,
        },
        10,
    )
}

fn flow(
    device: usize,
    remote: &str,
    provider: Option<&str>,
    service: Option<&str>,
    down: f64,
) -> FlowRow {
    FlowRow {
        device: Some(DEVICES[device].into()),
        remote: remote.into(),
        protocol: "tcp".into(),
        provider: provider.map(str::to_string),
        service: service.map(str::to_string),
        name: None,
        name_source: Some("tls-sni".into()),
        bytes_up: (down * 30.0) as u64,
        bytes_down: (down * 300.0) as u64,
        up_bytes_per_sec: down / 10.0,
        down_bytes_per_sec: down,
    }
}

/// The Monday, live, with a baseline of three earlier Mondays, rates and flows.
pub fn monday() -> LiveSnapshot {
    let today = day(NOW_MICROS);
    LiveSnapshot {
        schema_version: USAGE_SCHEMA_VERSION,
        now_micros: NOW_MICROS,
        live: true,
        place: Some("Ateneu Popular".into()),
        today,
        baseline: Some(Baseline {
            days: vec![
                "2027-02-15".into(),
                "2027-02-22".into(),
                "2027-03-01".into(),
            ],
            big_tech_share: 0.81,
            mean_bytes: 9.1e9,
            mean_big_tech_bytes: 7.4e9,
            providers: vec![ProviderBaseline {
                id: Some("google".into()),
                mean_bytes: 4.0e9,
            }],
        }),
        rates: vec![
            ProviderRate {
                provider: Some("google".into()),
                up_bytes_per_sec: 12_000.0,
                down_bytes_per_sec: 2_400_000.0,
            },
            ProviderRate {
                provider: Some("amazon".into()),
                up_bytes_per_sec: 40_000.0,
                down_bytes_per_sec: 610_000.0,
            },
            ProviderRate {
                provider: Some("meta".into()),
                up_bytes_per_sec: 3_000.0,
                down_bytes_per_sec: 52_000.0,
            },
            ProviderRate {
                provider: None,
                up_bytes_per_sec: 800.0,
                down_bytes_per_sec: 9_500.0,
            },
        ],
        health: CaptureHealth {
            interfaces: vec![InterfaceHealth {
                name: "eth0".into(),
                up: true,
                packets_received: 48_211_090,
                dropped_by_kernel: 0,
                dropped_by_interface: 0,
                undecodable: 3,
                offload_warning: None,
                offload: None,
            }],
            gaps: vec![],
            store_error: None,
            store_error_kind: None,
            store_rows_folded: 0,
            ranges_version: Some("2027-03-01".into()),
        },
        flows: vec![
            flow(
                0,
                "[2a00:1450:4007:80e::200e]:443",
                Some("google"),
                Some("youtube"),
                2_300_000.0,
            ),
            flow(
                1,
                "52.84.12.33:443",
                Some("amazon"),
                Some("zoom"),
                600_000.0,
            ),
            flow(
                2,
                "157.240.3.35:443",
                Some("meta"),
                Some("instagram"),
                51_000.0,
            ),
            flow(
                3,
                "104.16.12.1:443",
                Some("cloudflare"),
                Some("wikipedia"),
                9_000.0,
            ),
            flow(1, "195.201.9.2:443", Some("hetzner"), None, 4_000.0),
            flow(
                0,
                "17.253.144.10:443",
                Some("apple"),
                Some("icloud"),
                1_000.0,
            ),
        ],
    }
}

/// The same day with trouble: drops, an offload warning and a store that cannot be written.
pub fn troubled() -> LiveSnapshot {
    let mut snap = monday();
    snap.place = None;
    if let Some(i) = snap.health.interfaces.first_mut() {
        i.dropped_by_kernel = 1204;
        let offload = crate::usage::OffloadSuspicion {
            interface_bytes: 10_000_000,
            captured_bytes: 1_000_000,
            window_secs: 60,
        };
        i.offload_warning = Some(offload.to_string());
        i.offload = Some(offload);
    }
    snap.health.interfaces.push(InterfaceHealth {
        name: "wlan0".into(),
        up: false,
        ..InterfaceHealth::default()
    });
    snap.health.store_error =
        Some("/var/lib/nuage/nuage.db: writing minutes: the disk is full".into());
    snap.health.store_error_kind = Some("disk-full".into());
    snap.baseline = None;
    snap
}

/// A day from history (not live), seen the next day at 09:00.
pub fn history() -> LiveSnapshot {
    let mut snap = monday();
    snap.today = day(NOW_MICROS + 10 * 3_600_000_000);
    snap.now_micros = NOW_MICROS + 19 * 3_600_000_000;
    snap.live = false;
    snap.rates.clear();
    snap.flows.clear();
    snap
}

/// A day in Europe/Madrid on which the clocks may change (2027-03-28 lasts 23 hours,
/// 2027-10-31 lasts 25), with traffic every minute from 06:00 local until `now`, seen at
/// the local time `(hour, minute, second)`.
pub fn madrid(date: jiff::civil::Date, (h, m, s): (i8, i8, i8)) -> LiveSnapshot {
    let (catalogue, services) = naming_parts();
    let rule = BigTechRule::new(&catalogue, &services);
    #[allow(clippy::expect_used)]
    let days = crate::store::LocalDays::new(Some("Europe/Madrid")).expect("Madrid");
    let span = days.span(date);
    #[allow(clippy::expect_used)]
    let tz = jiff::tz::TimeZone::get("Europe/Madrid").expect("Madrid");
    #[allow(clippy::expect_used)]
    let now_micros = tz
        .to_timestamp(date.at(h, m, s, 0))
        .expect("a time that exists")
        .as_microsecond();
    let mut rows = Vec::new();
    let now_minute = now_micros.div_euclid(60_000_000);
    for minute in span.start_minute + 6 * 60..now_minute.min(span.end_minute) {
        let hour = (minute - span.start_minute) / 60;
        let provider = if hour % 3 == 0 { "hetzner" } else { "google" };
        let mut k = UsageKey::internet(minute, Direction::Down);
        k.provider = Some(provider.into());
        k.origin = Some(Origin::Official);
        k.device = Some(DEVICES[0].into());
        rows.push((
            k,
            Counts {
                bytes: 100_000 * (1 + (hour % 4) as u64),
                packets: 100,
                new_flows: 1,
            },
        ));
    }
    let today = DayUsage::build(
        span,
        rows.iter().map(|(k, c)| (k, c)),
        Naming {
            catalogue: &catalogue,
            services: &services,
            rule: &rule,
        },
        10,
    );
    let mut snap = monday();
    snap.place = Some("Casal de Madrid".into());
    snap.today = today;
    snap.now_micros = now_micros;
    snap.baseline = None;
    snap.rates.clear();
    snap.flows.clear();
    snap
}
