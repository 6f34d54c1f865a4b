//! The Prometheus endpoint over loopback: every line of the exposition parses, every family
//! has HELP and TYPE, counters only grow, and bad requests get HTTP errors without hurting
//! the server.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddr;
use std::sync::Arc;

use nuage::flow::{Counts, Direction};
use nuage::metrics::{MetricsError, MetricsRegistry, MetricsServer};
use nuage::ranges::Group;
use nuage::usage::{CaptureHealth, InterfaceHealth, UsageKey};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn request(addr: SocketAddr, raw: &[u8]) -> (u16, String, String) {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(raw).await.unwrap();
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).await.unwrap();
    let reply = String::from_utf8(reply).unwrap();
    let (head, body) = reply.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, head.to_string(), body.to_string())
}

async fn scrape(addr: SocketAddr) -> String {
    let (status, head, body) = request(
        addr,
        b"GET /metrics HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n",
    )
    .await;
    assert_eq!(status, 200, "{head}");
    assert!(
        head.contains("Content-Type: text/plain; version=0.0.4; charset=utf-8"),
        "{head}"
    );
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("Content-Length: "))
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(length, body.len());
    body
}

fn is_metric_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == ':')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':')
}

/// Parses `{a="x",b="y\"z"}`, returning the labels and the rest of the line.
fn parse_labels(text: &str) -> (Vec<(String, String)>, &str) {
    let mut labels = Vec::new();
    let mut rest = text.strip_prefix('{').unwrap();
    loop {
        if let Some(after) = rest.strip_prefix('}') {
            return (labels, after);
        }
        let eq = rest.find('=').unwrap();
        let name = &rest[..eq];
        assert!(
            is_metric_name(name) && !name.contains(':'),
            "label name {name:?}"
        );
        rest = rest[eq + 1..]
            .strip_prefix('"')
            .expect("label value not quoted");
        let mut value = String::new();
        let mut chars = rest.char_indices();
        let end = loop {
            let (i, c) = chars.next().expect("unterminated label value");
            match c {
                '\\' => match chars.next().unwrap().1 {
                    '\\' => value.push('\\'),
                    '"' => value.push('"'),
                    'n' => value.push('\n'),
                    other => panic!("bad escape \\{other}"),
                },
                '"' => break i,
                '\n' => panic!("raw newline in a label value"),
                c => value.push(c),
            }
        };
        labels.push((name.to_string(), value));
        rest = &rest[end + 1..];
        rest = rest.strip_prefix(',').unwrap_or(rest);
    }
}

/// Checks every line of an exposition and returns the samples (series → value) and types.
fn parse_exposition(text: &str) -> (BTreeMap<String, f64>, BTreeMap<String, String>) {
    assert!(text.ends_with('\n'), "exposition must end with a newline");
    let mut help = BTreeSet::new();
    let mut types = BTreeMap::new();
    let mut samples = BTreeMap::new();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("# HELP ") {
            let (name, doc) = rest.split_once(' ').unwrap();
            assert!(is_metric_name(name) && !doc.is_empty(), "{line}");
            assert!(help.insert(name.to_string()), "HELP twice: {line}");
            continue;
        }
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').unwrap();
            assert!(
                ["counter", "gauge", "histogram", "summary", "untyped"].contains(&kind),
                "{line}"
            );
            assert!(
                types.insert(name.to_string(), kind.to_string()).is_none(),
                "TYPE twice: {line}"
            );
            continue;
        }
        assert!(
            !line.starts_with('#') && !line.is_empty(),
            "stray line {line:?}"
        );
        let name_end = line.find(['{', ' ']).unwrap();
        let name = &line[..name_end];
        assert!(is_metric_name(name), "{line}");
        assert!(help.contains(name), "no HELP before {line}");
        let kind = types
            .get(name)
            .unwrap_or_else(|| panic!("no TYPE before {line}"));
        if kind == "counter" {
            assert!(name.ends_with("_total"), "counter not named _total: {line}");
        }
        let (labels, rest) = if line[name_end..].starts_with('{') {
            parse_labels(&line[name_end..])
        } else {
            (vec![], &line[name_end..])
        };
        let value = rest.strip_prefix(' ').unwrap();
        let value: f64 = match value {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            v => v.parse().unwrap_or_else(|_| panic!("bad value in {line}")),
        };
        let series = format!("{name}{labels:?}");
        assert!(
            samples.insert(series, value).is_none(),
            "duplicate series: {line}"
        );
    }
    (samples, types)
}

fn row(direction: Direction, provider: Option<&str>, service: Option<&str>) -> UsageKey {
    UsageKey {
        provider: provider.map(str::to_string),
        service: service.map(str::to_string),
        ..UsageKey::internet(29_000_000, direction)
    }
}

fn feed(registry: &MetricsRegistry, scale: u64) {
    let rows = [
        (
            row(Direction::Down, Some("google"), Some("youtube")),
            1_000 * scale,
        ),
        (
            row(Direction::Up, Some("google"), Some("youtube")),
            40 * scale,
        ),
        (row(Direction::Down, Some("cloudflare"), None), 300 * scale),
        (row(Direction::Down, None, None), 7 * scale),
        (
            row(Direction::Down, Some("weird\\\"id\nx"), Some("a\"b")),
            scale,
        ),
        (UsageKey::lan(29_000_000, Direction::Up), 55 * scale),
    ];
    let rows: Vec<(UsageKey, Counts)> = rows
        .into_iter()
        .map(|(k, bytes)| {
            (
                k,
                Counts {
                    bytes,
                    packets: bytes / 10 + 1,
                    new_flows: 1,
                },
            )
        })
        .collect();
    let group = |p: &str| match p {
        "google" => Some(Group::BigTech),
        "cloudflare" => Some(Group::Cdn),
        _ => None,
    };
    registry.add_rows(rows.iter().map(|(k, c)| (k, c)), group);
    registry.observe_health(&CaptureHealth {
        interfaces: vec![InterfaceHealth {
            name: "eth0".into(),
            up: true,
            packets_received: 10_000 * scale,
            dropped_by_kernel: scale,
            dropped_by_interface: 0,
            undecodable: 2 * scale,
            offload_warning: None,
            offload: None,
        }],
        ..CaptureHealth::default()
    });
    registry.set_big_tech_share(0.8);
}

async fn start(registry: Arc<MetricsRegistry>) -> SocketAddr {
    let server = MetricsServer::bind("127.0.0.1:0".parse().unwrap(), false, registry)
        .await
        .unwrap();
    let addr = server.local_addr().unwrap();
    tokio::spawn(server.run_until(std::future::pending()));
    addr
}

#[tokio::test]
async fn the_exposition_parses_and_counters_only_grow() {
    let registry = Arc::new(MetricsRegistry::new());
    let addr = start(registry.clone()).await;

    // Before any traffic: families are there, with build info.
    let (empty, _) = parse_exposition(&scrape(addr).await);
    assert!(empty.keys().any(|k| k.starts_with("nuage_build_info")));

    feed(&registry, 1);
    let first_text = scrape(addr).await;
    let (first, types) = parse_exposition(&first_text);
    for family in [
        "nuage_bytes_total",
        "nuage_packets_total",
        "nuage_flows_total",
        "nuage_big_tech_share",
        "nuage_capture_packets_total",
        "nuage_capture_dropped_total",
        "nuage_undecodable_packets_total",
        "nuage_store_errors_total",
        "nuage_build_info",
    ] {
        assert!(
            types.contains_key(family),
            "{family} missing:\n{first_text}"
        );
    }
    assert_eq!(types["nuage_big_tech_share"], "gauge");
    let google_down = "nuage_bytes_total[(\"direction\", \"down\"), (\"provider\", \"google\"), (\"group\", \"big-tech\"), (\"service\", \"youtube\")]";
    assert_eq!(first[google_down], 1000.0, "{first_text}");
    let weird = "nuage_bytes_total[(\"direction\", \"down\"), (\"provider\", \"weird\\\\\\\"id\\nx\"), (\"group\", \"other\"), (\"service\", \"a\\\"b\")]";
    assert_eq!(first[weird], 1.0, "{first_text}");
    assert_eq!(first["nuage_big_tech_share[]"], 0.8);

    feed(&registry, 3);
    registry.add_store_errors(1);
    let (second, _) = parse_exposition(&scrape(addr).await);
    for (series, value) in &first {
        if types[series.split('[').next().unwrap()] == "counter" {
            assert!(second[series] >= *value, "{series} went down");
        }
    }
    assert_eq!(second[google_down], 4000.0);
    assert_eq!(second["nuage_store_errors_total[]"], 1.0);
    assert_eq!(
        second["nuage_capture_dropped_total[(\"interface\", \"eth0\"), (\"by\", \"kernel\")]"],
        3.0
    );
}

#[tokio::test]
async fn other_requests_get_http_errors_and_the_server_lives_on() {
    let registry = Arc::new(MetricsRegistry::new());
    let addr = start(registry).await;
    let (status, _, body) = request(addr, b"GET / HTTP/1.1\r\n\r\n").await;
    assert_eq!(status, 404);
    assert!(body.contains("/metrics"));
    let (status, head, _) = request(addr, b"DELETE /metrics HTTP/1.1\r\n\r\n").await;
    assert_eq!(status, 405);
    assert!(head.contains("Allow: GET, HEAD"));
    let (status, _, _) = request(addr, b"SSH-2.0-OpenSSH_9.6\r\n\r\n").await;
    assert_eq!(status, 400);
    let mut huge = b"GET /metrics HTTP/1.1\r\n".to_vec();
    for i in 0..1000 {
        huge.extend_from_slice(format!("X-Header-{i}: {}\r\n", "a".repeat(20)).as_bytes());
    }
    huge.extend_from_slice(b"\r\n");
    let (status, _, _) = request(addr, &huge).await;
    assert_eq!(status, 431);
    let (status, head, body) = request(addr, b"HEAD /metrics HTTP/1.0\r\n\r\n").await;
    assert_eq!(status, 200, "{head}");
    assert!(body.is_empty());
    // A client that connects and says nothing does not block the others.
    let _silent = TcpStream::connect(addr).await.unwrap();
    assert!(!scrape(addr).await.is_empty());
}

#[tokio::test]
async fn metrics_are_off_unless_the_config_says_listen() {
    let registry = Arc::new(MetricsRegistry::new());
    let off = nuage::config::Config::default().metrics;
    assert!(
        MetricsServer::from_config(&off, registry.clone())
            .await
            .unwrap()
            .is_none()
    );
    let on = nuage::config::Config::parse(
        "[metrics]\nlisten = \"127.0.0.1:0\"\n",
        std::path::Path::new("n.toml"),
    )
    .unwrap()
    .metrics;
    let server = MetricsServer::from_config(&on, registry)
        .await
        .unwrap()
        .unwrap();
    let addr = server.local_addr().unwrap();
    tokio::spawn(server.run_until(std::future::pending()));
    assert!(
        scrape(addr)
            .await
            .contains("# TYPE nuage_bytes_total counter\n")
    );
}

#[tokio::test]
async fn non_loopback_addresses_are_refused_without_allow_remote() {
    let registry = Arc::new(MetricsRegistry::new());
    let err = MetricsServer::bind("0.0.0.0:9847".parse().unwrap(), false, registry.clone())
        .await
        .err()
        .expect("a non-loopback address was accepted");
    assert!(matches!(err, MetricsError::NotLoopback { .. }));
    assert!(err.to_string().contains("allow-remote"), "{err}");
    // IPv6 loopback is fine.
    if let Ok(server) = MetricsServer::bind("[::1]:0".parse().unwrap(), false, registry).await {
        assert!(server.local_addr().unwrap().ip().is_loopback());
    }
}

/// A daemon that sums today's usage only on demand: a scrape asks for it, and a second scrape
/// within a second is served what the first one had built.
#[tokio::test]
async fn a_scrape_has_the_share_summed_for_it() {
    let registry = Arc::new(MetricsRegistry::new());
    let demand = nuage::control::LiveDemand::new();
    let builder = {
        let (registry, demand) = (registry.clone(), demand.clone());
        tokio::spawn(async move {
            loop {
                demand.requested().await;
                registry.set_big_tech_share(0.5);
                demand.built();
            }
        })
    };
    let server = MetricsServer::bind("127.0.0.1:0".parse().unwrap(), false, registry.clone())
        .await
        .unwrap()
        .with_demand(demand.clone());
    let addr = server.local_addr().unwrap();
    tokio::spawn(server.run_until(std::future::pending()));

    assert_eq!(demand.builds(), 0);
    let (values, _) = parse_exposition(&scrape(addr).await);
    assert_eq!(values["nuage_big_tech_share[]"], 0.5);
    assert_eq!(demand.builds(), 1);
    let (values, _) = parse_exposition(&scrape(addr).await);
    assert_eq!(values["nuage_big_tech_share[]"], 0.5);
    assert!(
        demand.builds() <= 2,
        "{} builds for two scrapes",
        demand.builds()
    );

    // a daemon that has stopped building: the scrape is still answered, after a short wait
    builder.abort();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let (status, _, _) = request(addr, b"GET /metrics HTTP/1.1\r\nHost: localhost\r\n\r\n").await;
    assert_eq!(status, 200);
}
