//! `nuage report` end to end: a database filled with known minutes (a baseline, gaps, a
//! clock jump), every format checked against golden files (`UPDATE_GOLDEN=1` rewrites
//! them), well-formed HTML/SVG, the same numbers in every format and in the dashboard's
//! DayUsage, clear errors, and the HTML drawn by headless Chromium when it is installed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use jiff::civil::Date;
use nuage::flow::{Counts, Direction};
use nuage::i18n::{Lang, Localizer};
use nuage::names::ServiceCatalogue;
use nuage::ranges::Catalogue;
use nuage::report::{self, Report, format};
use nuage::store::{self, LocalDays, Store, StoreOptions};
use nuage::usage::{BigTechRule, Naming, Origin, UsageKey};

const ZONE: &str = "Europe/Brussels";
const DAY: &str = "2026-03-09";

struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn db(&self) -> PathBuf {
        self.dir.path().join("nuage.db")
    }

    fn config(&self, privacy: &str) -> PathBuf {
        let path = self.dir.path().join(format!("nuage-{privacy}.toml"));
        std::fs::write(
            &path,
            format!(
                "place = \"Ateneu <Popular> & Casal's \\\"9 Barris\\\"\"\nprivacy = \"{privacy}\"\n\n[devices]\n\"aa:bb:cc:00:00:01\" = \"Kitchen laptop\"\n"
            ),
        )
        .unwrap();
        path
    }
}

/// One stored row: minute offset from local midnight of `date`.
#[allow(clippy::too_many_arguments)]
fn row(
    days: &LocalDays,
    date: &str,
    local_minute: i64,
    direction: Direction,
    device: &str,
    provider: Option<&str>,
    service: Option<&str>,
    bytes: u64,
) -> (UsageKey, Counts) {
    let start = days.span(date.parse::<Date>().unwrap()).start_minute;
    let mut k = UsageKey::internet(start + local_minute, direction);
    k.device = Some(device.into());
    k.provider = provider.map(Into::into);
    k.service = service.map(Into::into);
    k.origin = provider.map(|p| {
        if p == "cloudflare" {
            Origin::Asn
        } else {
            Origin::Official
        }
    });
    k.name_source = service.map(|_| "tls-sni".into());
    let counts = Counts {
        bytes,
        packets: bytes.div_ceil(1200),
        new_flows: u64::from(local_minute % 30 == 0 && direction == Direction::Up),
    };
    (k, counts)
}

/// A day's traffic; `scale` makes the baseline days busier or quieter.
fn day_rows(days: &LocalDays, date: &str, scale: u64) -> Vec<(UsageKey, Counts)> {
    let mut rows = Vec::new();
    let dev_a = "aa:bb:cc:00:00:01";
    let dev_b = "aa:bb:cc:00:00:02";
    // 08:00-08:59 YouTube on Google (Big Tech both ways).
    for m in 8 * 60..9 * 60 {
        rows.push(row(
            days,
            date,
            m,
            Direction::Down,
            dev_a,
            Some("google"),
            Some("youtube"),
            1_000_000 * scale,
        ));
        rows.push(row(
            days,
            date,
            m,
            Direction::Up,
            dev_a,
            Some("google"),
            Some("youtube"),
            20_000 * scale,
        ));
    }
    // 12:00-12:29 Zoom on Amazon (Big Tech by infrastructure only).
    for m in 12 * 60..12 * 60 + 30 {
        rows.push(row(
            days,
            date,
            m,
            Direction::Down,
            dev_b,
            Some("amazon"),
            Some("zoom"),
            500_000,
        ));
        rows.push(row(
            days,
            date,
            m,
            Direction::Up,
            dev_b,
            Some("amazon"),
            Some("zoom"),
            200_000,
        ));
    }
    // 18:00-18:59 WhatsApp on Akamai (Big Tech by service only), unnamed Cloudflare, and an
    // unknown network with a comma in its name.
    for m in 18 * 60..19 * 60 {
        rows.push(row(
            days,
            date,
            m,
            Direction::Down,
            dev_b,
            Some("akamai"),
            Some("whatsapp"),
            100_000,
        ));
        rows.push(row(
            days,
            date,
            m,
            Direction::Down,
            dev_a,
            Some("cloudflare"),
            None,
            300_000,
        ));
        let mut k = UsageKey::internet(
            days.span(date.parse::<Date>().unwrap()).start_minute + m,
            Direction::Down,
        );
        k.device = Some(dev_a.into());
        k.network = Some("Belnet, \"Brussels\"".into());
        k.domain = Some("example.org".into());
        k.name_source = Some("dns".into());
        rows.push((
            k,
            Counts {
                bytes: 50_000,
                packets: 42,
                new_flows: 0,
            },
        ));
    }
    // 10:00-10:09 printing on the LAN.
    for m in 10 * 60..10 * 60 + 10 {
        let start = days.span(date.parse::<Date>().unwrap()).start_minute;
        let mut k = UsageKey::lan(start + m, Direction::Up);
        k.device = Some(dev_b.into());
        rows.push((
            k,
            Counts {
                bytes: 200_000,
                packets: 170,
                new_flows: 0,
            },
        ));
    }
    rows
}

fn local_minute(days: &LocalDays, date: &str, m: i64) -> i64 {
    days.span(date.parse::<Date>().unwrap()).start_minute + m
}

/// The database: three baseline Mondays with data (one more without), the day itself with a
/// gap and a clock jump, and the day before.
fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let fx = Fixture { dir };
    let days = LocalDays::new(Some(ZONE)).unwrap();
    let mut store = Store::open(&fx.db(), StoreOptions::default()).unwrap();
    for (date, scale) in [
        ("2026-02-16", 2),
        ("2026-02-23", 3),
        ("2026-03-02", 2),
        ("2026-03-08", 1),
        (DAY, 1),
    ] {
        store.write_minutes(&day_rows(&days, date, scale)).unwrap();
    }
    // The clock jumped back an hour at 19:00: 18:00-18:59 was counted a second time on
    // the same minutes (the store adds them up), and the daemon recorded the jump.
    let again: Vec<_> = day_rows(&days, DAY, 1)
        .into_iter()
        .filter(|(k, _)| {
            (local_minute(&days, DAY, 18 * 60)..local_minute(&days, DAY, 19 * 60))
                .contains(&k.minute)
        })
        .collect();
    store.write_minutes(&again).unwrap();
    store
        .record_gap(
            local_minute(&days, DAY, 19 * 60),
            local_minute(&days, DAY, 19 * 60 + 1),
            "clock jumped back 60 min",
        )
        .unwrap();
    // The interface went down 13:20-14:05.
    store
        .record_gap(
            local_minute(&days, DAY, 13 * 60 + 20),
            local_minute(&days, DAY, 14 * 60 + 5),
            "interface eth0 was down",
        )
        .unwrap();
    store.set_meta("ranges_version", "2026-02-21").unwrap();
    fx
}

fn nuage(fx: &Fixture, privacy: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nuage"))
        .arg("--config")
        .arg(fx.config(privacy))
        .arg("--data-dir")
        .arg(fx.dir.path())
        .args(args)
        .env_remove("NUAGE_LOG")
        // English unless a test asks for another language with --lang.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .output()
        .unwrap()
}

fn report_ok(fx: &Fixture, args: &[&str]) -> String {
    let db = fx.db();
    let mut all = vec!["report", "--db", db.to_str().unwrap(), "--time-zone", ZONE];
    all.extend_from_slice(args);
    let out = nuage(fx, "full", &all);
    assert!(
        out.status.success(),
        "nuage {all:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn golden_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/report")
        .join(name)
}

/// Compares with the golden file, or rewrites it with `UPDATE_GOLDEN=1`.
fn golden(name: &str, actual: &str) {
    let path = golden_path(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    });
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{} differs from the golden file at line {} (UPDATE_GOLDEN=1 rewrites it):\nexpected: {:?}\nactual:   {:?}",
            path.display(),
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

fn day_json(fx: &Fixture) -> Report {
    serde_json::from_str(&report_ok(
        fx,
        &["--day", DAY, "--per-device", "--format", "json"],
    ))
    .unwrap()
}

#[test]
fn every_format_matches_its_golden_file() {
    let fx = fixture();
    for f in ["text", "md", "json", "csv", "html"] {
        let out = report_ok(&fx, &["--day", DAY, "--per-device", "--format", f]);
        golden(&format!("day.{f}"), &out);
    }
    for f in ["text", "csv"] {
        let out = report_ok(&fx, &["--from", "2026-03-08", "--to", DAY, "--format", f]);
        golden(&format!("period.{f}"), &out);
    }
}

#[test]
fn the_report_holds_what_was_stored() {
    let fx = fixture();
    let r = day_json(&fx);
    assert_eq!(r.schema_version, report::REPORT_SCHEMA_VERSION);
    assert_eq!(r.period.from, DAY);
    assert_eq!(r.period.time_zone, ZONE);
    // 60 min × (1 MB + 20 kB) + 30 × 700 kB + 2 × 60 × (100 + 300 + 50) kB (clock jump).
    let youtube = 60 * 1_020_000;
    let zoom = 30 * 700_000;
    let evening = 2 * 60 * 450_000;
    assert_eq!(r.summary.totals.bytes(), youtube + zoom + evening);
    assert_eq!(r.summary.totals.bytes_up, 60 * 20_000 + 30 * 200_000);
    assert_eq!(r.summary.lan.bytes(), 10 * 200_000);
    let big = youtube + zoom + 2 * 60 * 100_000;
    assert_eq!(r.summary.big_tech.bytes, big);
    let share = big as f64 / (youtube + zoom + evening) as f64;
    assert!((r.summary.big_tech_share - share).abs() < 1e-12);
    assert!((0.0..=1.0).contains(&r.summary.big_tech_share));
    assert_eq!(r.summary.big_tech.bytes_by_service_only, 2 * 60 * 100_000);
    assert_eq!(r.summary.big_tech.active_minutes, 60 + 30 + 60);
    // Hours: 24 local hours, 08:00 all YouTube.
    assert_eq!(r.hours.len(), 24);
    assert_eq!(r.hours[8].big_tech_bytes, youtube);
    assert_eq!(r.hours[18].other_bytes, 2 * 60 * 350_000);
    assert_eq!(r.hours[10].lan_bytes, 2_000_000);
    // Baseline: the three previous Mondays with data, means per day.
    let b = r.baseline.as_ref().unwrap();
    assert_eq!(b.method, "same-weekday");
    assert_eq!(b.days, vec!["2026-03-02", "2026-02-23", "2026-02-16"]);
    let google_usual = (2 + 3 + 2) as f64 / 3.0 * youtube as f64;
    let google = b
        .providers
        .iter()
        .find(|p| p.id.as_deref() == Some("google"))
        .unwrap();
    assert!((google.baseline_bytes - google_usual).abs() < 1e-6);
    assert!(
        (google.change_relative.unwrap() - (youtube as f64 / google_usual - 1.0)).abs() < 1e-12
    );
    assert!(b.change.big_tech_share_points < 0.0);
    // Health: the gap and the clock jump, clipped to the day; the range data's age.
    let h = &r.health;
    assert_eq!(h.gaps.len(), 2);
    assert_eq!(h.gap_minutes, 45 + 1);
    assert_eq!(h.gaps[0].start_local, "2026-03-09 13:20");
    assert_eq!(h.clock_jumps, Some(1));
    assert_eq!(h.dropped_packets, None);
    assert_eq!(h.ranges_version.as_deref(), Some("2026-02-21"));
    assert_eq!(h.ranges_age_days, Some(16));
    assert_eq!(h.unattributed_bytes, 2 * 60 * 50_000);
    let layers: u64 = h.layers.iter().map(|l| l.bytes).sum();
    assert_eq!(layers, r.summary.totals.bytes());
    // Devices, named from the config with privacy = full.
    let devices = r.devices.as_ref().unwrap();
    assert!(
        devices
            .iter()
            .any(|d| d.id == "Kitchen laptop (aa:bb:cc:00:00:01)")
    );
}

#[test]
fn the_report_agrees_with_the_dashboard_day() {
    let fx = fixture();
    let r = day_json(&fx);
    let catalogue = Catalogue::bundled().unwrap();
    let services = ServiceCatalogue::bundled().unwrap();
    let rule = BigTechRule::new(&catalogue, &services);
    let naming = Naming {
        catalogue: &catalogue,
        services: &services,
        rule: &rule,
    };
    let store = Store::open_read_only(&fx.db()).unwrap();
    let days = LocalDays::new(Some(ZONE)).unwrap();
    // The dashboard's timeline is in 10-minute slices; the totals must not care.
    let day = store::day_usage(&store, &days, DAY.parse().unwrap(), naming, 10).unwrap();
    assert_eq!(day.totals, r.summary.totals);
    assert_eq!(day.lan, r.summary.lan);
    assert_eq!(day.big_tech.share, r.summary.big_tech_share);
    assert_eq!(day.big_tech.flows_share, r.summary.big_tech.flows_share);
    assert_eq!(
        day.big_tech.active_minutes_share,
        r.summary.big_tech.active_minutes_share
    );
    assert_eq!(day.providers.len(), r.providers.len());
    for (a, b) in day.providers.iter().zip(&r.providers) {
        assert_eq!((&a.id, a.traffic, a.share), (&b.id, b.traffic, b.share));
    }
    for (a, b) in day.services.iter().zip(&r.services) {
        assert_eq!((&a.id, a.traffic), (&b.id, b.traffic));
    }
    // The headline three ways, to the byte and the minute.
    assert_eq!(day.big_tech.bytes, r.summary.big_tech.bytes);
    assert_eq!(day.big_tech.flows, r.summary.big_tech.flows);
    assert_eq!(
        day.big_tech.active_minutes,
        r.summary.big_tech.active_minutes
    );
    assert_eq!(
        (
            day.big_tech.bytes_by_infrastructure,
            day.big_tech.bytes_by_service_only
        ),
        (
            r.summary.big_tech.bytes_by_infrastructure,
            r.summary.big_tech.bytes_by_service_only
        )
    );
    assert_eq!(day.minutes_with_data, r.summary.minutes_with_data);
    // Every list row: groups, providers with their products, services, devices.
    assert_eq!(day.groups, r.groups);
    assert_eq!(day.providers, r.providers);
    assert_eq!(day.services.len(), r.services.len());
    for (a, b) in day.services.iter().zip(&r.services) {
        assert_eq!(
            (&a.id, &a.name, a.traffic, a.share),
            (&b.id, &b.name, b.traffic, b.share)
        );
    }
    assert_eq!(Some(day.devices.len()), r.devices.as_ref().map(Vec::len));
    for (a, b) in day.devices.iter().zip(r.devices.as_ref().unwrap()) {
        // The report names devices from the config; the MAC stays in the name.
        assert!(b.id.contains(&a.id), "{} / {}", a.id, b.id);
        assert_eq!((a.traffic, a.big_tech_share), (b.traffic, b.big_tech_share));
    }
    // The dashboard's 10-minute slices add up to the report's hours, hour by hour.
    assert_eq!(r.hours.len(), 24);
    for h in &r.hours {
        let start = day.span.start_minute + i64::from(h.hour) * 60;
        let slices: Vec<_> = day
            .timeline
            .iter()
            .filter(|b| (start..start + 60).contains(&b.start_minute))
            .collect();
        assert_eq!(slices.len(), 6);
        let sum =
            |f: fn(&nuage::usage::TimeBucket) -> u64| slices.iter().map(|b| f(b)).sum::<u64>();
        assert_eq!(
            (h.big_tech_bytes, h.other_bytes, h.lan_bytes),
            (
                sum(|b| b.big_tech_bytes),
                sum(|b| b.other_bytes),
                sum(|b| b.lan_bytes)
            ),
            "hour {}",
            h.local_time
        );
    }
}

/// Parses RFC 4180 CSV (quotes, doubled quotes, CRLF).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

fn csv_value(rows: &[Vec<String>], day: &str, dimension: &str, key: &str, metric: &str) -> f64 {
    let hits: Vec<&Vec<String>> = rows
        .iter()
        .filter(|r| r[0] == day && r[1] == dimension && r[2] == key && r[3] == metric)
        .collect();
    assert_eq!(hits.len(), 1, "{day},{dimension},{key},{metric}");
    hits[0][4].parse().unwrap()
}

#[test]
fn numbers_agree_across_formats() {
    let fx = fixture();
    let r = day_json(&fx);
    let csv = parse_csv(&report_ok(
        &fx,
        &["--day", DAY, "--per-device", "--format", "csv"],
    ));
    assert_eq!(csv[0], ["day", "dimension", "key", "metric", "value"]);
    assert!(
        csv.iter().all(|row| row.len() == 5),
        "every row has five fields"
    );
    let t = &r.summary.totals;
    assert_eq!(
        csv_value(&csv, DAY, "total", "internet", "bytes_up"),
        t.bytes_up as f64
    );
    assert_eq!(
        csv_value(&csv, DAY, "total", "internet", "bytes_down"),
        t.bytes_down as f64
    );
    assert_eq!(
        csv_value(&csv, DAY, "big_tech", "all", "share"),
        r.summary.big_tech_share
    );
    assert_eq!(
        csv_value(&csv, DAY, "big_tech", "all", "flows_share"),
        r.summary.big_tech.flows_share
    );
    for p in &r.providers {
        let id = p.id.as_deref().unwrap_or("unknown");
        assert_eq!(csv_value(&csv, DAY, "provider", id, "share"), p.share);
        assert_eq!(
            csv_value(&csv, DAY, "provider", id, "bytes_down"),
            p.traffic.bytes_down as f64
        );
    }
    // The network name with a comma and quotes survives the quoting.
    assert_eq!(
        csv_value(&csv, DAY, "network", "Belnet, \"Brussels\"", "bytes"),
        6_000_000.0
    );
    let hours: f64 = csv
        .iter()
        .filter(|r| r[1] == "hour" && r[3] == "big_tech_bytes")
        .map(|r| r[4].parse::<f64>().unwrap())
        .sum();
    assert_eq!(hours, r.summary.big_tech.bytes as f64);
    let b = r.baseline.as_ref().unwrap();
    assert_eq!(
        csv_value(&csv, DAY, "baseline", "all", "change_big_tech_share_points"),
        b.change.big_tech_share_points
    );

    // Text, Markdown and HTML print the same figures, rounded the same way.
    let en = Localizer::new(Lang::En);
    let share = format::percent(&en, r.summary.big_tech_share);
    let total = format::bytes(&en, r.summary.totals.bytes());
    let usual = format::percent(&en, b.big_tech_share);
    for f in ["text", "md", "html"] {
        let out = report_ok(&fx, &["--day", DAY, "--format", f]);
        for figure in [&share, &total, &usual] {
            assert!(out.contains(figure.as_str()), "{f} lacks {figure}");
        }
        for p in r.providers.iter().take(5) {
            assert!(
                out.contains(&format::bytes(&en, p.traffic.bytes())),
                "{f} lacks {}",
                p.name
            );
        }
    }
}

#[test]
fn html_and_svg_are_well_formed_small_and_self_contained() {
    let fx = fixture();
    let r = day_json(&fx);
    let html = report_ok(&fx, &["--day", DAY, "--per-device", "--format", "html"]);
    println!("HTML report for the fixture day: {} bytes", html.len());
    assert!(html.len() < 200 * 1024);
    let doc = roxmltree::Document::parse_with_options(
        &html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("HTML is not well-formed: {e}"));
    let svgs: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("svg"))
        .collect();
    assert_eq!(svgs.len(), 4, "gauge, providers, timeline, baseline");
    for svg in &svgs {
        // Each chart parses on its own too (as a standalone SVG file would).
        let text = &html[svg.range()];
        roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("SVG not well-formed: {e}"));
        assert!(svg.attribute("viewBox").is_some());
    }
    let gauge_text: String = svgs[0].descendants().filter_map(|n| n.text()).collect();
    let en = Localizer::new(Lang::En);
    assert!(gauge_text.contains(&format::percent(&en, r.summary.big_tech_share)));
    let bars = svgs
        .iter()
        .find(|s| s.attribute("aria-label") == Some("Traffic per provider"))
        .unwrap();
    let bars_text: String = bars.descendants().filter_map(|n| n.text()).collect();
    assert!(bars_text.contains("Google"));
    assert!(bars_text.contains(&format::bytes(&en, r.providers[0].traffic.bytes())));
    // The place's name is escaped, not markup.
    let h1_sub: String = doc
        .descendants()
        .filter(|n| n.has_tag_name("p"))
        .filter_map(|n| n.text())
        .collect();
    assert!(h1_sub.contains("Ateneu <Popular> & Casal's \"9 Barris\""));
    assert!(!html.contains("<Popular>"));
    // No scripts, no external requests, printable and phone-sized.
    assert!(
        doc.descendants().all(|n| !n.has_tag_name("script")
            && !n.has_tag_name("link")
            && !n.has_tag_name("img"))
    );
    for needle in ["http://", "https://", "url("] {
        let outside_namespaces = html
            .replace("http://www.w3.org/2000/svg", "")
            .replace("http://www.w3.org/1999/xhtml", "");
        assert!(!outside_namespaces.contains(needle), "{needle}");
    }
    assert!(html.contains("@media print") && html.contains("size:A4"));
    assert!(html.contains("width=device-width"));
}

#[test]
fn per_device_only_when_asked_and_allowed() {
    let fx = fixture();
    let without = report_ok(&fx, &["--day", DAY, "--format", "json"]);
    assert!(!without.contains("\"devices\""));
    let db = fx.db();
    let out = nuage(
        &fx,
        "aggregate",
        &[
            "report",
            "--db",
            db.to_str().unwrap(),
            "--time-zone",
            ZONE,
            "--day",
            DAY,
            "--per-device",
            "--format",
            "json",
        ],
    );
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stdout).contains("\"devices\""));
    assert!(String::from_utf8_lossy(&out.stderr).contains("aggregate"));
}

#[test]
fn merge_combines_places_without_devices() {
    let fx = fixture();
    let a = fx.dir.path().join("a.json");
    std::fs::write(
        &a,
        report_ok(&fx, &["--day", DAY, "--per-device", "--format", "json"]),
    )
    .unwrap();
    // A second place: the same day, a quieter household without a baseline.
    let mut second: Report = serde_json::from_str(&std::fs::read_to_string(&a).unwrap()).unwrap();
    second.place = Some("Casal".into());
    second.baseline = None;
    let b = fx.dir.path().join("b.json");
    std::fs::write(&b, serde_json::to_string(&second).unwrap()).unwrap();
    let merged_json = {
        let out = nuage(
            &fx,
            "full",
            &[
                "report",
                "merge",
                a.to_str().unwrap(),
                b.to_str().unwrap(),
                "--format",
                "json",
            ],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(!merged_json.contains("\"devices\""));
    assert!(!merged_json.contains("aa:bb:cc"));
    let merged: Report = serde_json::from_str(&merged_json).unwrap();
    let one: Report = serde_json::from_str(&std::fs::read_to_string(&a).unwrap()).unwrap();
    assert_eq!(merged.kind, report::ReportKind::Collective);
    assert_eq!(
        merged.summary.totals.bytes(),
        2 * one.summary.totals.bytes()
    );
    assert!((merged.summary.big_tech_share - one.summary.big_tech_share).abs() < 1e-12);
    assert_eq!(merged.places.len(), 2);
    let spread = merged.spread.unwrap();
    assert_eq!(spread.big_tech_share.min, spread.big_tech_share.max);
    assert!(merged.baseline.is_none(), "one place had no baseline");
    for f in ["md", "csv"] {
        let out = nuage(
            &fx,
            "full",
            &[
                "report",
                "merge",
                a.to_str().unwrap(),
                b.to_str().unwrap(),
                "--format",
                f,
            ],
        );
        assert!(out.status.success());
        golden(
            &format!("merged.{f}"),
            &String::from_utf8(out.stdout).unwrap(),
        );
    }
    // A place without a name goes by its file's name, in no language in particular.
    second.place = None;
    let unnamed = fx.dir.path().join("barri-nord.json");
    std::fs::write(&unnamed, serde_json::to_string(&second).unwrap()).unwrap();
    let out = nuage(
        &fx,
        "full",
        &[
            "report",
            "merge",
            a.to_str().unwrap(),
            unnamed.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert!(out.status.success());
    let merged: Report = serde_json::from_slice(&out.stdout).unwrap();
    assert!(merged.places.iter().any(|p| p.place == "barri-nord"));
}

fn fails_with(out: &Output, needle: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "should fail: {stderr}");
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains(needle), "stderr lacks {needle:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn bad_days_databases_and_files_get_clear_errors() {
    let fx = fixture();
    let db = fx.db();
    let db = db.to_str().unwrap();
    let run = |args: &[&str]| {
        let mut all = vec!["report", "--db", db, "--time-zone", ZONE];
        all.extend_from_slice(args);
        nuage(&fx, "full", &all)
    };
    fails_with(
        &run(&["--day", "2026-03-11"]),
        "no traffic recorded for 2026-03-11",
    );
    fails_with(
        &run(&["--day", "2026-03-11"]),
        "data from 2026-02-16 to 2026-03-09",
    );
    fails_with(&run(&["--day", "2999-01-01"]), "is in the future");
    // In the user's language too.
    fails_with(
        &run(&["--lang", "es", "--day", "2999-01-01"]),
        "2999-01-01 es una fecha futura",
    );
    fails_with(
        &run(&["--lang", "de", "--day", "2026-03-11"]),
        "die Datenbank hat Daten vom 2026-02-16 bis 2026-03-09",
    );
    fails_with(&run(&["--day", "8 March"]), "is not a date");
    fails_with(&run(&["--from", DAY, "--to", "2026-03-02"]), "is after");
    fails_with(
        &run(&["--day", DAY, "--baseline", "last week"]),
        "expected `none` or FROM..TO",
    );

    let corrupt = fx.dir.path().join("corrupt.db");
    std::fs::write(&corrupt, vec![0x5a; 8192]).unwrap();
    let out = nuage(
        &fx,
        "full",
        &["report", "--db", corrupt.to_str().unwrap(), "--day", DAY],
    );
    fails_with(&out, "not a readable SQLite database");
    fails_with(&out, "corrupt.db");
    let missing = fx.dir.path().join("missing.db");
    fails_with(
        &nuage(
            &fx,
            "full",
            &["report", "--db", missing.to_str().unwrap(), "--day", DAY],
        ),
        "no usage database",
    );

    let old = fx.dir.path().join("old.json");
    std::fs::write(&old, "{\"schema_version\": 99, \"kind\": \"place\"}").unwrap();
    fails_with(
        &nuage(&fx, "full", &["report", "merge", old.to_str().unwrap()]),
        "old.json has report schema version 99",
    );
    let junk = fx.dir.path().join("junk.json");
    std::fs::write(&junk, "not json").unwrap();
    fails_with(
        &nuage(&fx, "full", &["report", "merge", junk.to_str().unwrap()]),
        "junk.json is not a nuage report",
    );
}

#[test]
fn baseline_range_and_none() {
    let fx = fixture();
    let r: Report = serde_json::from_str(&report_ok(
        &fx,
        &[
            "--day",
            DAY,
            "--baseline",
            "2026-02-23..2026-03-02",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    let b = r.baseline.unwrap();
    assert_eq!(b.method, "range");
    assert_eq!(b.days, vec!["2026-02-23", "2026-03-02"]);
    let r: Report = serde_json::from_str(&report_ok(
        &fx,
        &["--day", DAY, "--baseline", "none", "--format", "json"],
    ))
    .unwrap();
    assert!(r.baseline.is_none());
}

/// Waits for `child` at most `secs` seconds, then kills it.
fn wait_or_kill(child: &mut std::process::Child, secs: u64) -> bool {
    for _ in 0..secs * 10 {
        if let Some(status) = child.try_wait().unwrap() {
            return status.success();
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    false
}

#[test]
fn chromium_draws_the_html_report() {
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .map(Path::new)
        .find(|p| p.exists());
    let Some(chromium) = chromium else {
        eprintln!(
            "note: chromium not installed; skipping the rendering check (.ci/run installs it)"
        );
        return;
    };
    let fx = fixture();
    let html = fx.dir.path().join("report.html");
    std::fs::write(&html, report_ok(&fx, &["--day", DAY, "--format", "html"])).unwrap();
    let png = fx.dir.path().join("report.png");
    let profile = fx.dir.path().join("chromium-profile");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg("--window-size=420,900")
        .arg(format!("file://{}", html.display()))
        .env("HOME", fx.dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    assert!(wait_or_kill(&mut child, 120), "chromium did not finish");
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let bytes = &buf[..info.buffer_size()];
    let channels = info.color_type.samples();
    assert_eq!((info.width, info.height), (420, 900));
    let pixels: Vec<&[u8]> = bytes.chunks(channels).collect();
    let dark = pixels
        .iter()
        .filter(|p| p.iter().take(3).all(|&c| c < 100))
        .count();
    let white = pixels
        .iter()
        .filter(|p| p.iter().take(3).all(|&c| c > 240))
        .count();
    // The page is mostly white with text and the gauge's dark ring: neither blank nor black.
    assert!(dark > pixels.len() / 200, "too few dark pixels: {dark}");
    assert!(white > pixels.len() / 2, "too few white pixels: {white}");
    // The gauge's Big Tech colour is on screen.
    let big = pixels
        .iter()
        .filter(|p| p[0] == 0x24 && p[1] == 0x46 && p[2] == 0x6f)
        .count();
    assert!(big > 100, "the share gauge is not drawn ({big} pixels)");
}

#[test]
fn a_day_the_clocks_change_has_23_hours() {
    let fx = fixture();
    let days = LocalDays::new(Some(ZONE)).unwrap();
    let mut store = Store::open(&fx.db(), StoreOptions::default()).unwrap();
    // Brussels skips 02:00-03:00 on 2026-03-29: minute 22 h after midnight is 23:00 local.
    store
        .write_minutes(&[row(
            &days,
            "2026-03-29",
            22 * 60,
            Direction::Down,
            "aa:bb:cc:00:00:01",
            Some("google"),
            Some("youtube"),
            5000,
        )])
        .unwrap();
    drop(store);
    let r: Report = serde_json::from_str(&report_ok(
        &fx,
        &[
            "--from",
            "2026-03-28",
            "--to",
            "2026-03-29",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(r.period.days, 2);
    let hours: Vec<_> = r.hours.iter().filter(|h| h.day == "2026-03-29").collect();
    assert_eq!(hours.len(), 23);
    assert_eq!(hours[22].big_tech_bytes, 5000);
    assert_eq!(r.health.period_minutes, 24 * 60 + 23 * 60);
    // The default baseline of a period is the four weeks before it.
    let b = r.baseline.unwrap();
    assert_eq!(b.method, "previous-weeks");
    assert_eq!(b.days, vec!["2026-03-02", "2026-03-08", "2026-03-09"]);
}

/// A busy household's day: eight devices, 16 hours a day, forty services over twenty
/// providers (and some unknown networks), one row per device and minute.
fn busy_rows(days: &LocalDays, date: &str, every: i64) -> Vec<(UsageKey, Counts)> {
    let catalogue = Catalogue::bundled().unwrap();
    let services = ServiceCatalogue::bundled().unwrap();
    let providers: Vec<&str> = catalogue
        .providers()
        .iter()
        .take(20)
        .map(|p| p.id.as_str())
        .collect();
    let services: Vec<&str> = services
        .services()
        .iter()
        .take(40)
        .map(|s| s.id.as_str())
        .collect();
    let mut rows = Vec::new();
    for m in (7 * 60..23 * 60).step_by(usize::try_from(every).unwrap()) {
        for d in 0..8u64 {
            let i = usize::try_from(m).unwrap() * 7 + usize::try_from(d).unwrap() * 13;
            let provider = (i % 23 < 20).then(|| providers[i % 20]);
            let service = (i % 11 != 0).then(|| services[i % 40]);
            let device = format!("aa:bb:cc:00:00:{d:02x}");
            let bytes = 20_000 + (i as u64 * 7919) % 2_000_000;
            rows.push(row(
                days,
                date,
                m,
                Direction::Down,
                &device,
                provider,
                service,
                bytes,
            ));
            rows.push(row(
                days,
                date,
                m,
                Direction::Up,
                &device,
                provider,
                service,
                bytes / 20,
            ));
        }
    }
    rows
}

#[test]
fn html_stays_small_for_a_busy_day_and_a_month() {
    let fx = fixture();
    let days = LocalDays::new(Some(ZONE)).unwrap();
    let mut store = Store::open(&fx.db(), StoreOptions::default()).unwrap();
    store
        .write_minutes(&busy_rows(&days, "2026-04-13", 1))
        .unwrap();
    let month: Vec<String> = (1..=30).map(|d| format!("2026-06-{d:02}")).collect();
    for day in &month {
        store.write_minutes(&busy_rows(&days, day, 60)).unwrap();
    }
    drop(store);
    let day = report_ok(
        &fx,
        &["--day", "2026-04-13", "--per-device", "--format", "html"],
    );
    let period = report_ok(
        &fx,
        &[
            "--from",
            "2026-06-01",
            "--to",
            "2026-06-30",
            "--per-device",
            "--format",
            "html",
        ],
    );
    println!(
        "HTML report: busy day {} bytes, 30-day period {} bytes",
        day.len(),
        period.len()
    );
    assert!(day.len() < 200 * 1024 && period.len() < 200 * 1024);
    for html in [&day, &period] {
        roxmltree::Document::parse_with_options(
            html,
            roxmltree::ParsingOptions {
                allow_dtd: true,
                ..Default::default()
            },
        )
        .unwrap();
    }
    assert!(period.contains("Traffic per day"));
}

/// The daemon's side of the control socket, answering from the fixture's database.
struct StoreSource {
    snapshots: tokio::sync::watch::Sender<std::sync::Arc<nuage::usage::LiveSnapshot>>,
    days: std::collections::BTreeMap<time::Date, nuage::usage::DayUsage>,
    baseline: Option<nuage::usage::Baseline>,
    db: PathBuf,
    catalogue: Catalogue,
    services: ServiceCatalogue,
}

impl nuage::control::SnapshotSource for StoreSource {
    fn snapshots(
        &self,
    ) -> tokio::sync::watch::Receiver<std::sync::Arc<nuage::usage::LiveSnapshot>> {
        self.snapshots.subscribe()
    }
    fn day(&self, date: time::Date) -> Result<nuage::usage::DayUsage, nuage::control::SourceError> {
        self.days
            .get(&date)
            .cloned()
            .ok_or_else(|| nuage::control::SourceError::NotFound(format!("no data for {date}")))
    }
    fn days(&self) -> Result<Vec<time::Date>, nuage::control::SourceError> {
        Ok(self.days.keys().copied().collect())
    }
    fn baseline(
        &self,
        _date: time::Date,
    ) -> Result<Option<nuage::usage::Baseline>, nuage::control::SourceError> {
        Ok(self.baseline.clone())
    }
    fn period(
        &self,
        from: time::Date,
        to: time::Date,
    ) -> Result<nuage::usage::PeriodUsage, nuage::control::SourceError> {
        let rule = BigTechRule::new(&self.catalogue, &self.services);
        let naming = Naming {
            catalogue: &self.catalogue,
            services: &self.services,
            rule: &rule,
        };
        let store = Store::open_read_only(&self.db).unwrap();
        let days = LocalDays::new(Some(ZONE)).unwrap();
        let date = |d: time::Date| d.to_string().parse::<Date>().unwrap();
        let p = store::period_usage(&store, &days, (date(from), date(to)), naming, 60).unwrap();
        if p.is_empty() {
            return Err(nuage::control::SourceError::NotFound(format!(
                "no traffic recorded from {from} to {to}"
            )));
        }
        Ok(p)
    }
}

#[test]
fn without_a_database_the_report_asks_the_running_daemon() {
    let fx = fixture();
    let catalogue = Catalogue::bundled().unwrap();
    let services = ServiceCatalogue::bundled().unwrap();
    let rule = BigTechRule::new(&catalogue, &services);
    let naming = Naming {
        catalogue: &catalogue,
        services: &services,
        rule: &rule,
    };
    let store = Store::open_read_only(&fx.db()).unwrap();
    let days = LocalDays::new(Some(ZONE)).unwrap();
    let to_time = |d: Date| {
        time::Date::parse(
            &d.to_string(),
            time::macros::format_description!("[year]-[month]-[day]"),
        )
        .unwrap()
    };
    let mut usages = std::collections::BTreeMap::new();
    for d in store::days_with_data(&store, &days).unwrap() {
        usages.insert(
            to_time(d),
            store::day_usage(&store, &days, d, naming, 10).unwrap(),
        );
    }
    let baseline_days: Vec<_> = store::baseline_dates(&store, &days, DAY.parse().unwrap())
        .unwrap()
        .into_iter()
        .map(|d| usages[&to_time(d)].clone())
        .collect();
    let today = usages[&to_time(DAY.parse().unwrap())].clone();
    let snapshot = nuage::usage::LiveSnapshot {
        schema_version: nuage::usage::USAGE_SCHEMA_VERSION,
        now_micros: 0,
        live: false,
        place: None,
        today,
        baseline: None,
        rates: vec![],
        health: nuage::usage::CaptureHealth::default(),
        flows: vec![],
    };
    let source = StoreSource {
        snapshots: tokio::sync::watch::channel(std::sync::Arc::new(snapshot)).0,
        days: usages,
        baseline: nuage::usage::Baseline::from_days(&baseline_days),
        db: fx.db(),
        catalogue: Catalogue::bundled().unwrap(),
        services: ServiceCatalogue::bundled().unwrap(),
    };
    let sockets = tempfile::tempdir().unwrap();
    let socket = sockets.path().join("nuage.sock");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = runtime
        .block_on(async {
            nuage::control::ControlServer::bind(
                &socket,
                std::sync::Arc::new(source),
                nuage::control::ControlOptions::default(),
            )
        })
        .unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    runtime.spawn(server.run_until(async {
        let _ = stopped.await;
    }));

    let empty = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_nuage"))
            .arg("--config")
            .arg(fx.config("full"))
            .arg("--data-dir")
            .arg(empty.path())
            .arg("--socket")
            .arg(&socket)
            .args(["report", "--time-zone", ZONE])
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
            .output()
            .unwrap()
    };
    let out = run(&["--day", DAY, "--per-device", "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut via_socket: Report = serde_json::from_slice(&out.stdout).unwrap();
    let via_db = day_json(&fx);
    assert_eq!(via_socket.health.source, "daemon");
    // The gaps, the clock jump and the range data's date come through the socket too.
    assert_eq!(via_socket.health.gaps.len(), 2);
    via_socket.health.source = "database".into();
    assert_eq!(via_socket, via_db);
    let text = run(&["--day", DAY]);
    assert!(!String::from_utf8_lossy(&text.stdout).contains("Read from the running daemon"));
    fails_with(
        &run(&["--day", "2026-03-11"]),
        "the daemon has data from 2026-02-16 to 2026-03-09",
    );
    // A period, with its default baseline (the four weeks before), as from the database.
    let out = run(&["--from", "2026-03-08", "--to", DAY, "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut period: Report = serde_json::from_slice(&out.stdout).unwrap();
    let from_db: Report = serde_json::from_str(&report_ok(
        &fx,
        &["--from", "2026-03-08", "--to", DAY, "--format", "json"],
    ))
    .unwrap();
    assert_eq!(period.baseline.as_ref().unwrap().method, "previous-weeks");
    period.health.source = "database".into();
    assert_eq!(period, from_db);
    fails_with(
        &run(&["--from", "2026-03-10", "--to", "2026-03-11"]),
        "no traffic recorded for 2026-03-10 to 2026-03-11 in the running daemon",
    );

    let _ = stop.send(());
    runtime.shutdown_timeout(std::time::Duration::from_secs(5));
    // With no daemon either, the message says both.
    fails_with(&run(&["--day", DAY]), "no nuage daemon at");
}

#[test]
fn the_text_report_in_every_language_matches_its_golden_file() {
    let fx = fixture();
    let english = report_ok(&fx, &["--lang", "en", "--day", DAY, "--per-device"]);
    for lang in Lang::ALL {
        let out = report_ok(&fx, &["--lang", lang.code(), "--day", DAY, "--per-device"]);
        golden(&format!("day.{}.text", lang.code()), &out);
        if lang == Lang::En {
            continue;
        }
        // Really translated: the title and the section names are not the English ones, and
        // the numbers follow the language (a decimal comma in all eight).
        let first = |t: &str| t.lines().next().unwrap_or_default().to_string();
        assert_ne!(first(&out), first(&english), "{lang}");
        for english_words in [
            "Providers",
            "How this was counted",
            "Hour by hour",
            "Usual day",
        ] {
            assert!(
                !out.contains(english_words),
                "{lang} still says {english_words:?}"
            );
        }
        let l = Localizer::new(lang);
        let r = day_json(&fx);
        assert!(
            out.contains(&format::percent(&l, r.summary.big_tech_share)),
            "{lang}"
        );
        assert!(
            out.contains(&format::bytes(&l, r.summary.totals.bytes())),
            "{lang}"
        );
    }
}

/// A fresh database in `zone` holding `rows`, with a gap.
fn dst_fixture(rows: &[(UsageKey, Counts)], gap: (i64, i64)) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let fx = Fixture { dir };
    let mut store = Store::open(&fx.db(), StoreOptions::default()).unwrap();
    store.write_minutes(rows).unwrap();
    store
        .record_gap(gap.0, gap.1, "interface eth0 was down")
        .unwrap();
    store.set_meta("ranges_version", "2026-03-01").unwrap();
    fx
}

fn madrid_report(fx: &Fixture, day: &str, format: &str) -> String {
    let db = fx.db();
    let out = nuage(
        fx,
        "full",
        &[
            "report",
            "--db",
            db.to_str().unwrap(),
            "--time-zone",
            "Europe/Madrid",
            "--day",
            day,
            "--baseline",
            "none",
            "--format",
            format,
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The days the clocks change in Madrid: hours are labelled with the time on the clock.
/// (2026's days: a report refuses days in the future, and these stay in the past.)
#[test]
fn days_the_clocks_change_show_the_clock_time_of_each_hour() {
    let days = LocalDays::new(Some("Europe/Madrid")).unwrap();
    let dev = "aa:bb:cc:00:00:01";
    // Spring, 2026-03-29: 02:00 does not exist; 23 hours. Minutes count from midnight.
    let spring = "2026-03-29";
    let rows = [
        row(
            &days,
            spring,
            90,
            Direction::Down,
            dev,
            Some("google"),
            Some("youtube"),
            1_000,
        ),
        row(
            &days,
            spring,
            150,
            Direction::Down,
            dev,
            Some("google"),
            Some("youtube"),
            2_000,
        ),
        row(
            &days,
            spring,
            22 * 60 + 30,
            Direction::Down,
            dev,
            None,
            None,
            3_000,
        ),
    ];
    let start = days.span(spring.parse().unwrap()).start_minute;
    let fx = dst_fixture(&rows, (start + 3 * 60 + 10, start + 3 * 60 + 40));
    let r: Report = serde_json::from_str(&madrid_report(&fx, spring, "json")).unwrap();
    assert_eq!(r.hours.len(), 23);
    let clock: Vec<&str> = r.hours.iter().map(|h| h.local_time.as_str()).collect();
    assert_eq!(&clock[..4], ["00:00", "01:00", "03:00", "04:00"]);
    assert_eq!(clock[22], "23:00");
    assert_eq!(r.hours[1].big_tech_bytes, 1_000);
    assert_eq!(
        (r.hours[2].local_time.as_str(), r.hours[2].big_tech_bytes),
        ("03:00", 2_000)
    );
    assert_eq!(
        (r.hours[22].local_time.as_str(), r.hours[22].other_bytes),
        ("23:00", 3_000)
    );
    assert_eq!(r.hours[2].utc_offset, "+02:00");
    assert_eq!(r.hours[1].utc_offset, "+01:00");
    // The gap starts 3 h 10 min after midnight: 04:10 on the clock.
    assert_eq!(r.health.gaps[0].start_local, "2026-03-29 04:10");
    assert_eq!(r.health.period_minutes, 23 * 60);
    golden("dst-spring.text", &madrid_report(&fx, spring, "text"));

    // Autumn, 2026-10-25: 02:00 comes twice; 25 hours.
    let autumn = "2026-10-25";
    let rows = [
        row(
            &days,
            autumn,
            150,
            Direction::Down,
            dev,
            Some("google"),
            Some("youtube"),
            4_000,
        ),
        row(
            &days,
            autumn,
            210,
            Direction::Down,
            dev,
            Some("google"),
            Some("youtube"),
            5_000,
        ),
        row(
            &days,
            autumn,
            24 * 60 + 30,
            Direction::Down,
            dev,
            None,
            None,
            6_000,
        ),
    ];
    let start = days.span(autumn.parse().unwrap()).start_minute;
    let fx = dst_fixture(&rows, (start + 3 * 60 + 10, start + 3 * 60 + 40));
    let r: Report = serde_json::from_str(&madrid_report(&fx, autumn, "json")).unwrap();
    assert_eq!(r.hours.len(), 25);
    let clock: Vec<(&str, &str)> = r
        .hours
        .iter()
        .map(|h| (h.local_time.as_str(), h.utc_offset.as_str()))
        .collect();
    assert_eq!(
        &clock[1..5],
        [
            ("01:00", "+02:00"),
            ("02:00", "+02:00"),
            ("02:00", "+01:00"),
            ("03:00", "+01:00")
        ]
    );
    assert_eq!(clock[24], ("23:00", "+01:00"));
    assert_eq!(
        (r.hours[2].big_tech_bytes, r.hours[3].big_tech_bytes),
        (4_000, 5_000)
    );
    assert_eq!(r.hours[24].other_bytes, 6_000);
    // The second 02:10 of the night.
    assert_eq!(r.health.gaps[0].start_local, "2026-10-25 02:10");
    let text = madrid_report(&fx, autumn, "text");
    assert!(
        text.contains("02:00 (+02:00)") && text.contains("02:00 (+01:00)"),
        "{text}"
    );
    golden("dst-autumn.text", &text);
    golden("dst-autumn.csv", &madrid_report(&fx, autumn, "csv"));
}
