//! Parses the real provider files kept in `../shared/data/provider-ranges` (when present)
//! and checks each parser's count against the file's own contents, counted here
//! independently with `serde_json::Value` or plain line splitting.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "common/shared.rs"]
mod shared;
use shared::shared_path;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use nuage::ranges::{ParsedSource, SourceFormat, parse_source};
use serde_json::Value;

fn shared_ranges() -> Option<PathBuf> {
    shared_path("data/provider-ranges")
}

macro_rules! shared_or_skip {
    () => {
        match shared_ranges() {
            Some(dir) => dir,
            None => {
                println!(
                    "note: ../shared/data/provider-ranges not found; shared range tests skipped"
                );
                return;
            }
        }
    };
}

fn parse_file(path: &Path, format: SourceFormat) -> ParsedSource {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let parsed = parse_source(format, &bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    summarise(path, &parsed);
    parsed
}

/// Prints counts (no timings): ranges per family, published, most common products.
fn summarise(path: &Path, parsed: &ParsedSource) {
    let v4 = parsed.ranges.iter().filter(|r| r.net.is_ipv4()).count();
    let mut products: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &parsed.ranges {
        *products
            .entry(r.product.as_deref().unwrap_or("-"))
            .or_default() += 1;
    }
    let mut top: Vec<_> = products.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    top.truncate(5);
    let with_region = parsed.ranges.iter().filter(|r| r.region.is_some()).count();
    println!(
        "{}: {} ranges ({v4} IPv4, {} IPv6), {with_region} with region, published {:?}, top products {top:?}",
        path.file_name().unwrap().to_string_lossy(),
        parsed.ranges.len(),
        parsed.ranges.len() - v4,
        parsed.published,
    );
}

fn json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn strings<'v>(value: &'v Value, key: &str) -> impl Iterator<Item = &'v str> {
    value[key]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
}

fn distinct_nets(parsed: &ParsedSource) -> usize {
    parsed
        .ranges
        .iter()
        .map(|r| r.net)
        .collect::<HashSet<_>>()
        .len()
}

#[test]
fn aws() {
    let dir = shared_or_skip!();
    let path = dir.join("aws/ip-ranges.json");
    let parsed = parse_file(&path, SourceFormat::AwsJson);
    let file = json(&path);
    let mut all = HashSet::new();
    let mut amazon = HashSet::new();
    let mut elsewhere = HashSet::new();
    for (list, key) in [("prefixes", "ip_prefix"), ("ipv6_prefixes", "ipv6_prefix")] {
        for entry in file[list].as_array().unwrap() {
            let prefix = entry[key].as_str().unwrap();
            all.insert(prefix);
            if entry["service"] == "AMAZON" {
                amazon.insert(prefix);
            } else {
                elsewhere.insert(prefix);
            }
        }
    }
    assert_eq!(parsed.ranges.len(), all.len());
    assert_eq!(distinct_nets(&parsed), all.len());
    let amazon_only = amazon.difference(&elsewhere).count();
    let labelled_amazon = parsed
        .ranges
        .iter()
        .filter(|r| r.product.as_deref() == Some("AMAZON"))
        .count();
    assert_eq!(labelled_amazon, amazon_only);
    assert_eq!(parsed.published.as_deref(), file["createDate"].as_str());
    assert!(parsed.ranges.iter().all(|r| r.region.is_some()));
}

#[test]
fn google() {
    let dir = shared_or_skip!();
    for (name, cloud) in [("cloud.json", true), ("goog.2024-04.json", false)] {
        let path = dir.join("google").join(name);
        let parsed = parse_file(&path, SourceFormat::GoogleJson);
        let file = json(&path);
        let distinct: HashSet<&str> = file["prefixes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                p["ipv4Prefix"]
                    .as_str()
                    .or(p["ipv6Prefix"].as_str())
                    .unwrap()
            })
            .collect();
        assert_eq!(parsed.ranges.len(), distinct.len(), "{name}");
        assert_eq!(parsed.published.as_deref(), file["creationTime"].as_str());
        assert!(
            parsed
                .ranges
                .iter()
                .all(|r| r.region.is_some() == cloud && r.product.is_some() == cloud),
            "{name}"
        );
    }
}

#[test]
fn azure() {
    let dir = shared_or_skip!();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("azure"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("ServiceTags_Public") && name.ends_with(".json")
        })
        .collect();
    files.sort();
    assert_eq!(files.len(), 2, "{files:?}");
    for path in files {
        let parsed = parse_file(&path, SourceFormat::AzureServiceTags);
        let file = json(&path);
        let mut all = HashSet::new();
        let mut generic = HashSet::new();
        let mut named = HashSet::new();
        for tag in file["values"].as_array().unwrap() {
            let name = tag["name"].as_str().unwrap();
            let service = tag["properties"]["systemService"].as_str().unwrap_or("");
            let is_generic =
                service.is_empty() && (name == "AzureCloud" || name.starts_with("AzureCloud."));
            for prefix in strings(&tag["properties"], "addressPrefixes") {
                all.insert(prefix);
                if is_generic {
                    generic.insert(prefix);
                } else {
                    named.insert(prefix);
                }
            }
        }
        assert_eq!(parsed.ranges.len(), all.len(), "{}", path.display());
        let without_product = parsed.ranges.iter().filter(|r| r.product.is_none()).count();
        assert_eq!(without_product, generic.difference(&named).count());
        let expected = file["changeNumber"].as_u64().map(|n| format!("change {n}"));
        assert_eq!(parsed.published, expected);
    }
}

#[test]
fn oracle() {
    let dir = shared_or_skip!();
    let path = dir.join("oracle/public_ip_ranges.json");
    let parsed = parse_file(&path, SourceFormat::OracleJson);
    let file = json(&path);
    let distinct: HashSet<&str> = file["regions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["cidrs"].as_array().unwrap())
        .map(|c| c["cidr"].as_str().unwrap())
        .collect();
    assert_eq!(parsed.ranges.len(), distinct.len());
    assert_eq!(
        parsed.published.as_deref(),
        file["last_updated_timestamp"].as_str()
    );
    assert!(parsed.ranges.iter().all(|r| r.region.is_some()));
}

#[test]
fn geofeeds() {
    let dir = shared_or_skip!();
    for name in ["digitalocean/google.csv", "linode/geoip.linode.com.csv"] {
        let path = dir.join(name);
        let parsed = parse_file(&path, SourceFormat::Geofeed);
        let text = std::fs::read_to_string(&path).unwrap();
        let distinct: HashSet<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split(',').next().unwrap().trim())
            .collect();
        assert_eq!(parsed.ranges.len(), distinct.len(), "{name}");
    }
}

#[test]
fn fastly() {
    let dir = shared_or_skip!();
    let path = dir.join("fastly/public-ip-list.json");
    let parsed = parse_file(&path, SourceFormat::FastlyJson);
    let file = json(&path);
    let distinct: HashSet<&str> = strings(&file, "addresses")
        .chain(strings(&file, "ipv6_addresses"))
        .collect();
    assert_eq!(parsed.ranges.len(), distinct.len());
}

#[test]
fn github() {
    let dir = shared_or_skip!();
    let path = dir.join("github/meta.json");
    let parsed = parse_file(&path, SourceFormat::GithubMeta);
    let file = json(&path);
    // The keys the parser documents as GitHub's own space.
    let kept = ["web", "api", "git", "packages", "pages", "hooks"];
    let distinct: HashSet<&str> = kept.iter().flat_map(|k| strings(&file, k)).collect();
    assert_eq!(parsed.ranges.len(), distinct.len());
    let actions: HashSet<&str> = strings(&file, "actions").collect();
    assert!(!actions.is_empty());
    assert!(
        parsed
            .ranges
            .iter()
            .all(|r| !actions.contains(r.net.to_string().as_str())
                || distinct.contains(r.net.to_string().as_str())),
        "an actions-only prefix was kept"
    );
}

#[test]
fn cidr_lists() {
    let dir = shared_or_skip!();
    let mut paths = vec![
        dir.join("akamai/akamai_ipv4_CIDRs.txt"),
        dir.join("akamai/akamai_ipv6_CIDRs.txt"),
        dir.join("cloudflare/ips-v4.txt"),
        dir.join("cloudflare/ips-v6.txt"),
    ];
    for provider in std::fs::read_dir(&dir).unwrap() {
        for file in std::fs::read_dir(provider.unwrap().path())
            .into_iter()
            .flatten()
        {
            let path = file.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.starts_with("lord-alfred-") && name.ends_with(".txt") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    assert!(paths.len() > 4, "no lord-alfred lists found");
    for path in paths {
        let parsed = parse_file(&path, SourceFormat::CidrList);
        let text = std::fs::read_to_string(&path).unwrap();
        let distinct: HashSet<&str> = text
            .lines()
            .map(|l| l.split('#').next().unwrap().trim())
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(parsed.ranges.len(), distinct.len(), "{}", path.display());
    }
}
