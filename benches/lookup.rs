//! Longest-prefix-match benchmark: nuage's `PrefixTable` against prefix-trie's `PrefixMap`,
//! both holding the full provider-range data set from `../shared/data/provider-ranges`
//! (a synthetic table of the same size when that directory is absent).
//!
//! Measures 1M lookups (half IPv4, half IPv6, about half inside known prefixes) and the
//! build time, and prints the table's size. Before timing, every one of the 1M answers is
//! checked to be the same in both structures.
//!
//! `LOOKUP_DIAG=1` instead times the same addresses in several family orders (one family,
//! strict alternation, blocks, random, pre-split arrays) round-robin, to tell what mixing the
//! families costs; see `diagnose`.
//!
//! `LOOKUP_LINES=all|v4|v6` instead replays the lookups through `PrefixTable::lines_read`
//! and models the cache lines they read; see `lines_model`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/common/shared.rs"]
mod shared;
use shared::shared_path;
use std::hint::black_box;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ipnetwork::IpNetwork;
use nuage::classify::{LineRead, Origin, PrefixTable, PrefixTableBuilder, TablePart};
use nuage::ranges::{SourceFormat, parse_source};
use prefix_trie::PrefixMap;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const LOOKUPS: usize = 1_000_000;
/// Size of the synthetic table used when the shared data is absent.
const SYNTHETIC_PREFIXES: usize = 300_000;

/// One prefix as the classifier would insert it.
#[derive(Clone, Copy)]
struct Row {
    net: IpNetwork,
    precedence: u32,
    value: u32,
}

fn shared_ranges_dir() -> Option<PathBuf> {
    shared_path("data/provider-ranges")
}

fn precedence(origin: Origin) -> u32 {
    (origin as u32) << 8
}

/// The official format a file of the shared snapshot is in, if it is one.
fn official_format(name: &str) -> Option<SourceFormat> {
    Some(match name {
        "ip-ranges.json" => SourceFormat::AwsJson,
        "cloud.json" => SourceFormat::GoogleJson,
        n if n.starts_with("goog.") && n.ends_with(".json") => SourceFormat::GoogleJson,
        n if n.starts_with("ServiceTags_Public") => SourceFormat::AzureServiceTags,
        "public_ip_ranges.json" => SourceFormat::OracleJson,
        "public-ip-list.json" => SourceFormat::FastlyJson,
        "meta.json" => SourceFormat::GithubMeta,
        "google.csv" | "geoip.linode.com.csv" => SourceFormat::Geofeed,
        n if n.starts_with("lord-alfred-") && n.ends_with(".txt") => SourceFormat::CidrList,
        n if n.starts_with("akamai_") && n.ends_with(".txt") => SourceFormat::CidrList,
        "ips-v4.txt" | "ips-v6.txt" => SourceFormat::CidrList,
        _ => return None,
    })
}

/// Splits the inclusive range `[start, end]` of a `width`-bit family into CIDR blocks.
fn range_to_cidrs(mut start: u128, end: u128, width: u32, out: &mut Vec<(u128, u8)>) {
    loop {
        let by_alignment = if start == 0 {
            width
        } else {
            start.trailing_zeros().min(width)
        };
        let span = end - start;
        let by_size = if span == u128::MAX {
            128
        } else {
            127 - (span + 1).leading_zeros()
        };
        let host = by_alignment.min(by_size);
        out.push((start, (width - host) as u8));
        if host == 128 {
            return;
        }
        let last = start + ((1u128 << host) - 1);
        if last >= end {
            return;
        }
        start = last + 1;
    }
}

/// Rows `start,end,asn,org` of an ip-location-db ASN file, as CIDRs.
fn parse_asn_csv(text: &str) -> Vec<IpNetwork> {
    let mut out = Vec::new();
    let mut blocks = Vec::new();
    for line in text.lines().skip(1) {
        let mut fields = line.split(',');
        let (Some(start), Some(end)) = (fields.next(), fields.next()) else {
            continue;
        };
        let (Ok(start), Ok(end)) = (start.parse::<IpAddr>(), end.parse::<IpAddr>()) else {
            eprintln!("note: skipping ASN row {line:?}");
            continue;
        };
        blocks.clear();
        match (start, end) {
            (IpAddr::V4(s), IpAddr::V4(e)) if s <= e => {
                range_to_cidrs(u32::from(s).into(), u32::from(e).into(), 32, &mut blocks);
                out.extend(
                    blocks.iter().map(|&(a, len)| {
                        IpNetwork::new(IpAddr::V4((a as u32).into()), len).unwrap()
                    }),
                );
            }
            (IpAddr::V6(s), IpAddr::V6(e)) if s <= e => {
                range_to_cidrs(s.into(), e.into(), 128, &mut blocks);
                out.extend(
                    blocks
                        .iter()
                        .map(|&(a, len)| IpNetwork::new(IpAddr::V6(a.into()), len).unwrap()),
                );
            }
            _ => eprintln!("note: skipping ASN row {line:?}"),
        }
    }
    out
}

/// Every prefix of the shared snapshot, in a fixed order, with classifier-like precedences.
fn load_shared(dir: &Path) -> Vec<Row> {
    let mut files = Vec::new();
    for provider in std::fs::read_dir(dir).unwrap() {
        let provider = provider.unwrap().path();
        if provider.is_dir() {
            for file in std::fs::read_dir(&provider).unwrap() {
                files.push(file.unwrap().path());
            }
        }
    }
    files.sort();
    let mut rows = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let shown = path.strip_prefix(dir).unwrap_or(path).display().to_string();
        let bytes = std::fs::read(path).unwrap();
        let (nets, origin) = if name == "asn-derived-ip-location-db.csv" {
            (
                parse_asn_csv(&String::from_utf8_lossy(&bytes)),
                Origin::AsnDerived,
            )
        } else if let Some(format) = official_format(&name) {
            match parse_source(format, &bytes) {
                Ok(parsed) => (
                    parsed.ranges.into_iter().map(|r| r.net).collect(),
                    Origin::Official,
                ),
                Err(e) => {
                    eprintln!("note: {shown} skipped, {format:?} parser says: {e}");
                    continue;
                }
            }
        } else {
            eprintln!("note: {shown} skipped, not an official format");
            continue;
        };
        eprintln!("loaded {shown}: {} prefixes", nets.len());
        for net in nets {
            let value = rows.len() as u32;
            rows.push(Row {
                net,
                precedence: precedence(origin),
                value,
            });
        }
    }
    rows
}

/// Random prefixes shaped like provider data: mostly /16–/24 IPv4 and /32–/64 IPv6.
fn synthetic(rng: &mut StdRng) -> Vec<Row> {
    (0..SYNTHETIC_PREFIXES)
        .map(|i| {
            let net = if i % 3 == 0 {
                let len = rng.random_range(24..=64);
                let addr = (0b001u128 << 125) | (rng.random::<u128>() >> 3);
                IpNetwork::new(IpAddr::V6(addr.into()), len).unwrap()
            } else {
                let len = rng.random_range(12..=32);
                IpNetwork::new(IpAddr::V4(rng.random::<u32>().into()), len).unwrap()
            };
            let net = IpNetwork::new(net.network(), net.prefix()).unwrap();
            Row {
                net,
                precedence: precedence(if i % 4 == 0 {
                    Origin::AsnDerived
                } else {
                    Origin::Official
                }),
                value: i as u32,
            }
        })
        .collect()
}

fn build_nuage(rows: &[Row]) -> PrefixTable {
    let mut b = PrefixTableBuilder::new();
    for r in rows {
        b.insert(r.net, r.precedence, r.value);
    }
    b.build()
}

struct Trie {
    v4: PrefixMap<(u32, u8), u32>,
    v6: PrefixMap<(u128, u8), u32>,
}

impl Trie {
    /// Row indices in the order that gives the trie nuage's answers: inserted so that per
    /// prefix the highest precedence, then the first inserted, is written last. Computed
    /// outside the timed build, which favours prefix-trie slightly.
    fn insertion_order(rows: &[Row]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_by_key(|&i| (rows[i].precedence, std::cmp::Reverse(i)));
        order
    }

    fn build(rows: &[Row], order: &[usize]) -> Self {
        let mut t = Trie {
            v4: PrefixMap::new(),
            v6: PrefixMap::new(),
        };
        for &i in order {
            let r = rows[i];
            match r.net {
                IpNetwork::V4(n) => {
                    t.v4.insert((u32::from(n.network()), n.prefix()), r.value);
                }
                IpNetwork::V6(n) => {
                    t.v6.insert((u128::from(n.network()), n.prefix()), r.value);
                }
            }
        }
        t
    }

    fn lookup(&self, addr: IpAddr) -> Option<u32> {
        match addr {
            IpAddr::V4(a) => self.lookup_v4(u32::from(a)),
            IpAddr::V6(a) => self.lookup_v6(u128::from(a)),
        }
    }

    fn lookup_v4(&self, addr: u32) -> Option<u32> {
        self.v4.get_lpm(&(addr, 32)).map(|(_, &v)| v)
    }

    fn lookup_v6(&self, addr: u128) -> Option<u32> {
        self.v6.get_lpm(&(addr, 128)).map(|(_, &v)| v)
    }
}

/// Half IPv4, half IPv6; about half inside a known prefix, the rest anywhere in IPv4 or in
/// global unicast IPv6 (2000::/3).
fn addresses(rows: &[Row], rng: &mut StdRng) -> Vec<IpAddr> {
    let v4: Vec<IpNetwork> = rows.iter().map(|r| r.net).filter(|n| n.is_ipv4()).collect();
    let v6: Vec<IpNetwork> = rows.iter().map(|r| r.net).filter(|n| n.is_ipv6()).collect();
    (0..LOOKUPS)
        .map(|i| {
            let inside = rng.random_bool(0.5);
            if i % 2 == 0 {
                let a = if inside && !v4.is_empty() {
                    let n = v4[rng.random_range(0..v4.len())];
                    let IpNetwork::V4(n) = n else { unreachable!() };
                    u32::from(n.network()) | (rng.random::<u32>() & !u32::from(n.mask()))
                } else {
                    rng.random()
                };
                IpAddr::V4(a.into())
            } else {
                let a = if inside && !v6.is_empty() {
                    let n = v6[rng.random_range(0..v6.len())];
                    let IpNetwork::V6(n) = n else { unreachable!() };
                    u128::from(n.network()) | (rng.random::<u128>() & !u128::from(n.mask()))
                } else {
                    (0b001u128 << 125) | (rng.random::<u128>() >> 3)
                };
                IpAddr::V6(a.into())
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let mut rng = StdRng::seed_from_u64(0x006e_7561_6765);
    let rows = match shared_ranges_dir() {
        Some(dir) => load_shared(&dir),
        None => {
            eprintln!(
                "note: ../shared/data/provider-ranges not found (set NUAGE_SHARED); \
                 benchmarking a synthetic table of {SYNTHETIC_PREFIXES} prefixes"
            );
            synthetic(&mut rng)
        }
    };
    let table = build_nuage(&rows);
    let order = Trie::insertion_order(&rows);
    let trie = Trie::build(&rows, &order);
    let addrs = addresses(&rows, &mut rng);

    // Load-independent counting (cachegrind/callgrind): `NUAGE_LOOKUP_ONLY=nuage|trie|none`
    // runs the 1M lookups once on one structure (or none, the baseline to subtract) and exits;
    // `NUAGE_LOOKUP_FAMILY=v4|v6` keeps only that family's half.
    if let Ok(which) = std::env::var("NUAGE_LOOKUP_ONLY") {
        let family = std::env::var("NUAGE_LOOKUP_FAMILY").unwrap_or_default();
        let addrs = of_family(&addrs, &family);
        let mut sum = 0u32;
        for &a in &addrs {
            let v = match which.as_str() {
                "nuage" => table.lookup(black_box(a)),
                "trie" => trie.lookup(black_box(a)),
                _ => black_box(None),
            };
            sum = sum.wrapping_add(v.unwrap_or(0));
        }
        eprintln!(
            "{which}: {} lookups, checksum {sum}; nuage table {} intervals, {} bytes",
            addrs.len(),
            table.len(),
            table.memory_bytes()
        );
        std::process::exit(0);
    }

    if std::env::var_os("LOOKUP_LINES").is_some() {
        lines_model(&table, &addrs);
        std::process::exit(0);
    }

    if std::env::var_os("LOOKUP_DIAG").is_some() {
        diagnose(&table, &trie, &addrs);
        std::process::exit(0);
    }

    let mut hits = 0usize;
    for &a in &addrs {
        let ours = table.lookup(a);
        assert_eq!(ours, trie.lookup(a), "answers differ at {a}");
        hits += usize::from(ours.is_some());
    }
    let v4 = rows.iter().filter(|r| r.net.is_ipv4()).count();
    eprintln!(
        "table: {} prefixes inserted ({v4} IPv4, {} IPv6), {} distinct, {} intervals, \
         {} bytes ({:.2} MiB); {hits} of {LOOKUPS} lookups hit; all answers agree with prefix-trie",
        rows.len(),
        rows.len() - v4,
        table.prefixes(),
        table.len(),
        table.memory_bytes(),
        table.memory_bytes() as f64 / (1024.0 * 1024.0),
    );

    // Alternating passes, A B A B…, with the ratio taken pair by pair: on a shared machine
    // whose speed drifts, the pairwise ratio is far steadier than the sequential criterion
    // groups below. Medians are quoted; the spread shows how noisy the run was.
    // Generic, not `&dyn Fn`: an indirect call per lookup would add the same cost to both
    // sides (the classifier calls `PrefixTable::lookup` directly) and shrink the ratio.
    fn pass(f: impl Fn(IpAddr) -> Option<u32>, only: &[IpAddr]) -> f64 {
        let t = std::time::Instant::now();
        let mut sum = 0u32;
        for &a in only {
            sum = sum.wrapping_add(f(black_box(a)).unwrap_or(0));
        }
        black_box(sum);
        t.elapsed().as_secs_f64() * 1e9 / only.len() as f64
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let pairs: usize = std::env::var("LOOKUP_PAIRS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(21);
    for (family, keep) in [("all", None), ("v4", Some(true)), ("v6", Some(false))] {
        let only: Vec<IpAddr> = addrs
            .iter()
            .copied()
            .filter(|a| keep.is_none_or(|v4| a.is_ipv4() == v4))
            .collect();
        let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..pairs {
            let a = pass(|a| table.lookup(a), &only);
            let b = pass(|a| trie.lookup(a), &only);
            ours.push(a);
            theirs.push(b);
            ratios.push(b / a);
        }
        let (lo, hi) = (
            ratios.iter().copied().fold(f64::MAX, f64::min),
            ratios.iter().copied().fold(0.0, f64::max),
        );
        eprintln!(
            "{pairs} alternating pairs, {family}: median nuage {:.1} ns/lookup, prefix-trie \
             {:.1} ns/lookup; pairwise rate ratio median {:.2}x (min {lo:.2}, max {hi:.2})",
            median(&mut ours),
            median(&mut theirs),
            median(&mut ratios),
        );
    }

    let mut group = c.benchmark_group("lookup_1M");
    group.sample_size(10);
    group.throughput(Throughput::Elements(LOOKUPS as u64));
    group.bench_function("nuage", |b| {
        b.iter(|| {
            let mut sum = 0u32;
            for &a in &addrs {
                sum = sum.wrapping_add(table.lookup(black_box(a)).unwrap_or(0));
            }
            sum
        })
    });
    group.bench_function("prefix_trie", |b| {
        b.iter(|| {
            let mut sum = 0u32;
            for &a in &addrs {
                sum = sum.wrapping_add(trie.lookup(black_box(a)).unwrap_or(0));
            }
            sum
        })
    });
    group.finish();

    // Per family, to see where the time goes.
    for (family, v4) in [("v4", true), ("v6", false)] {
        let only: Vec<IpAddr> = addrs
            .iter()
            .copied()
            .filter(|a| a.is_ipv4() == v4)
            .collect();
        let mut group = c.benchmark_group(format!("lookup_{family}"));
        group.sample_size(10);
        group.throughput(Throughput::Elements(only.len() as u64));
        group.bench_function("nuage", |b| {
            b.iter(|| {
                let mut sum = 0u32;
                for &a in &only {
                    sum = sum.wrapping_add(table.lookup(black_box(a)).unwrap_or(0));
                }
                sum
            })
        });
        group.bench_function("prefix_trie", |b| {
            b.iter(|| {
                let mut sum = 0u32;
                for &a in &only {
                    sum = sum.wrapping_add(trie.lookup(black_box(a)).unwrap_or(0));
                }
                sum
            })
        });
        group.finish();
    }

    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    group.bench_function("nuage", |b| b.iter(|| build_nuage(black_box(&rows))));
    group.bench_function("prefix_trie", |b| {
        b.iter(|| Trie::build(black_box(&rows), &order))
    });
    group.finish();
}

/// The addresses of one family (`v4` or `v6`), in order; all of them for anything else.
fn of_family(addrs: &[IpAddr], family: &str) -> Vec<IpAddr> {
    addrs
        .iter()
        .copied()
        .filter(|a| match family {
            "v4" => a.is_ipv4(),
            "v6" => a.is_ipv6(),
            _ => true,
        })
        .collect()
}

/// A diagnosis variant: its name, one timed pass, and how many lookups the pass makes.
type Variant<'a> = (&'static str, Box<dyn Fn() -> u32 + 'a>, usize);

/// `LOOKUP_DIAG=1`: where the cost of mixing the families goes. The same 500k IPv4 and
/// 500k IPv6 addresses are looked up in different orders (one family only; strict
/// alternation; blocks of n per family; a random family per address) and as pre-split
/// `u32`/`u128` arrays interleaved in the code (no family branch), nuage and prefix-trie
/// alternately; medians over `LOOKUP_PAIRS` passes (default 11).
fn diagnose(table: &PrefixTable, trie: &Trie, addrs: &[IpAddr]) {
    let v4: Vec<IpAddr> = addrs.iter().copied().filter(IpAddr::is_ipv4).collect();
    let v6: Vec<IpAddr> = addrs.iter().copied().filter(IpAddr::is_ipv6).collect();
    let blocks = |n: usize| -> Vec<IpAddr> {
        v4.chunks(n)
            .zip(v6.chunks(n))
            .flat_map(|(a, b)| a.iter().chain(b).copied())
            .collect()
    };
    let mut rng = StdRng::seed_from_u64(7);
    let (mut i, mut j) = (0, 0);
    let mut random = Vec::with_capacity(addrs.len());
    while i < v4.len() || j < v6.len() {
        if j == v6.len() || (i < v4.len() && rng.random_bool(0.5)) {
            random.push(v4[i]);
            i += 1;
        } else {
            random.push(v6[j]);
            j += 1;
        }
    }
    let v4x2: Vec<IpAddr> = v4.iter().chain(&v4).copied().collect();
    let v6x2: Vec<IpAddr> = v6.iter().chain(&v6).copied().collect();
    eprintln!("{table:?}");
    let s4: Vec<u32> = v4
        .iter()
        .map(|a| match a {
            IpAddr::V4(a) => u32::from(*a),
            IpAddr::V6(_) => 0,
        })
        .collect();
    let s6: Vec<u128> = v6
        .iter()
        .map(|a| match a {
            IpAddr::V6(a) => u128::from(*a),
            IpAddr::V4(_) => 0,
        })
        .collect();
    let rounds: usize = std::env::var("LOOKUP_PAIRS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(11);
    let time = |f: &dyn Fn() -> u32, n: usize| {
        let t = std::time::Instant::now();
        black_box(f());
        t.elapsed().as_secs_f64() * 1e9 / n as f64
    };
    let ip = |list: &[IpAddr], trie_too: bool| {
        if trie_too {
            list.iter().fold(0u32, |s, &a| {
                s.wrapping_add(trie.lookup(black_box(a)).unwrap_or(0))
            })
        } else {
            list.iter().fold(0u32, |s, &a| {
                s.wrapping_add(table.lookup(black_box(a)).unwrap_or(0))
            })
        }
    };
    // Capacity probe: IPv4 lookups each beside one independent read at a random place of a
    // buffer of 4 KiB (stays in L1) or of 256 KiB, 2 MiB (competes for the caches as the
    // other family's lines would).
    let noise: Vec<u32> = (0..v4.len()).map(|_| rng.random()).collect();
    let buffer: Vec<u32> = (0..(2 << 20) / 4).map(|i| i as u32).collect();
    let probe = |bytes: usize| {
        let mask = bytes / 4 - 1;
        v4.iter().zip(&noise).fold(0u32, |s, (&a, &n)| {
            s.wrapping_add(table.lookup(black_box(a)).unwrap_or(0))
                .wrapping_add(buffer[n as usize & mask])
        })
    };
    let b1000 = blocks(1000);
    let b8 = blocks(8);
    let variants: Vec<Variant<'_>> = vec![
        ("v4", Box::new(|| ip(&v4, false)), v4.len()),
        ("v6", Box::new(|| ip(&v6, false)), v6.len()),
        ("v4 1M", Box::new(|| ip(&v4x2, false)), v4x2.len()),
        ("v6 1M", Box::new(|| ip(&v6x2, false)), v6x2.len()),
        ("alternate", Box::new(|| ip(addrs, false)), addrs.len()),
        ("blocks 8", Box::new(|| ip(&b8, false)), b8.len()),
        ("blocks 1000", Box::new(|| ip(&b1000, false)), b1000.len()),
        ("random", Box::new(|| ip(&random, false)), random.len()),
        ("v4 + 4K reads", Box::new(|| probe(4 << 10)), v4.len()),
        ("v4 + 256K reads", Box::new(|| probe(256 << 10)), v4.len()),
        ("v4 + 2M reads", Box::new(|| probe(2 << 20)), v4.len()),
        (
            "split v4",
            Box::new(|| {
                s4.iter().fold(0u32, |s, &a| {
                    s.wrapping_add(table.lookup_v4(black_box(a)).unwrap_or(0))
                })
            }),
            s4.len(),
        ),
        (
            "split v6",
            Box::new(|| {
                s6.iter().fold(0u32, |s, &a| {
                    s.wrapping_add(table.lookup_v6(black_box(a)).unwrap_or(0))
                })
            }),
            s6.len(),
        ),
        (
            "split alt",
            Box::new(|| {
                s4.iter().zip(&s6).fold(0u32, |s, (&a, &b)| {
                    s.wrapping_add(table.lookup_v4(black_box(a)).unwrap_or(0))
                        .wrapping_add(table.lookup_v6(black_box(b)).unwrap_or(0))
                })
            }),
            s4.len() + s6.len(),
        ),
        ("trie v4", Box::new(|| ip(&v4, true)), v4.len()),
        ("trie v6", Box::new(|| ip(&v6, true)), v6.len()),
        ("trie alternate", Box::new(|| ip(addrs, true)), addrs.len()),
        (
            "trie blocks 1000",
            Box::new(|| ip(&b1000, true)),
            b1000.len(),
        ),
        ("trie random", Box::new(|| ip(&random, true)), random.len()),
    ];
    // Round-robin: each round times every variant once, so a burst of load on the shared
    // machine hits all of them; each is also quoted relative to the same round's mean of
    // the two one-family runs (nuage's for nuage, prefix-trie's for prefix-trie).
    let mut times = vec![Vec::new(); variants.len()];
    for _ in 0..rounds {
        for (i, (_, f, n)) in variants.iter().enumerate() {
            times[i].push(time(f.as_ref(), *n));
        }
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    for (i, (name, _, _)) in variants.iter().enumerate() {
        let base = if name.starts_with("trie") { 14 } else { 0 };
        let rel: Vec<f64> = (0..rounds)
            .map(|r| times[i][r] / ((times[base][r] + times[base + 1][r]) / 2.0))
            .collect();
        let mut t = times[i].clone();
        t.sort_by(f64::total_cmp);
        eprintln!(
            "diag {name:>16}: median {:6.1} ns (min {:.1}, max {:.1}); x{:.2} the round's \
             one-family mean",
            t[t.len() / 2],
            t[0],
            t[t.len() - 1],
            median(rel)
        );
    }
}

/// `LOOKUP_LINES=all|v4|v6`: the lines each lookup reads (`PrefixTable::lines_read`), per family
/// and part of the table, and how many of them miss a modelled cache of the L2's size
/// (512 KiB, 8 ways, LRU) and of twice and four times that, over the bench's own order of
/// the 1M lookups; and the commonest sequences of reads a lookup makes (R root, N node, L
/// line; lower case for a read in flight with the one before). Independent of the machine's
/// load, unlike the timings.
fn lines_model(table: &PrefixTable, addrs: &[IpAddr]) {
    use std::collections::HashSet;
    // `LOOKUP_LINES=v4|v6` models one family's half alone.
    let family = std::env::var("LOOKUP_LINES").unwrap_or_default();
    let addrs = &of_family(addrs, &family)[..];
    eprintln!("{table:?}");
    struct Cache {
        sets: Vec<Vec<u64>>,
        ways: usize,
    }
    impl Cache {
        fn new(bytes: usize) -> Self {
            let ways = 8;
            Cache {
                sets: vec![Vec::new(); bytes / 64 / ways],
                ways,
            }
        }
        /// Whether `line` was present; it becomes the most recent.
        fn touch(&mut self, line: u64) -> bool {
            let n = self.sets.len() as u64;
            let set = &mut self.sets[(line % n) as usize];
            let hit = set.iter().position(|&l| l == line);
            if let Some(i) = hit {
                set.remove(i);
            } else if set.len() == self.ways {
                set.remove(0);
            }
            set.push(line);
            hit.is_some()
        }
    }
    let caches = [512 << 10, 1 << 20, 2 << 20];
    let mut sims: Vec<Cache> = caches.iter().map(|&b| Cache::new(b)).collect();
    // IPv6's words start on the 2 MiB boundary after IPv4's (both on huge pages).
    let v6_base: u64 = 1 << 30;
    let parts = [TablePart::Root, TablePart::Node, TablePart::Line];
    let key =
        |r: &LineRead| usize::from(r.ipv6) * 3 + parts.iter().position(|&p| p == r.part).unwrap();
    let mut reads = [0u64; 6];
    let mut misses = vec![[0u64; 6]; caches.len()];
    let mut distinct: Vec<HashSet<usize>> = vec![HashSet::new(); 6];
    let mut lookups = [0u64; 2];
    // Dependent steps: reads that wait for the one before, plus the first.
    let mut depth = [[0u64; 12]; 2];
    let mut shapes: Vec<std::collections::HashMap<String, u64>> = vec![Default::default(); 2];
    // Warm the caches with one pass, then count over a second.
    for pass in 0..2 {
        for &a in addrs {
            let read = table.lines_read(a);
            if pass == 1 {
                lookups[usize::from(a.is_ipv6())] += 1;
                let steps = read.iter().filter(|r| r.waits).count() + 1;
                depth[usize::from(a.is_ipv6())][steps.min(11)] += 1;
                let shape: String = read
                    .iter()
                    .map(|r| {
                        let c = match r.part {
                            TablePart::Root => 'R',
                            TablePart::Node => 'N',
                            TablePart::Line => 'L',
                        };
                        if r.waits { c } else { c.to_ascii_lowercase() }
                    })
                    .collect();
                *shapes[usize::from(a.is_ipv6())].entry(shape).or_default() += 1;
            }
            for r in &read {
                let k = key(r);
                let line = r.line as u64 + if r.ipv6 { v6_base / 64 } else { 0 };
                for (c, sim) in sims.iter_mut().enumerate() {
                    let hit = sim.touch(line);
                    if pass == 1 && !hit {
                        misses[c][k] += 1;
                    }
                }
                if pass == 1 {
                    reads[k] += 1;
                    distinct[k].insert(r.line);
                }
            }
        }
    }
    for (f, family) in ["IPv4", "IPv6"].iter().enumerate() {
        let n = lookups[f] as f64;
        for (p, part) in parts.iter().enumerate() {
            let k = f * 3 + p;
            eprintln!(
                "lines {family} {part:?}: {:.3} reads/lookup, {} distinct lines ({} KiB); misses/lookup {}",
                reads[k] as f64 / n,
                distinct[k].len(),
                distinct[k].len() * 64 / 1024,
                caches
                    .iter()
                    .zip(&misses)
                    .map(|(b, m)| format!("{} KiB: {:.3}", b >> 10, m[k] as f64 / n))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        let hist: Vec<String> = depth[f]
            .iter()
            .enumerate()
            .filter(|(_, c)| **c > 0)
            .map(|(d, c)| format!("{d}: {:.1}%", *c as f64 * 100.0 / n))
            .collect();
        eprintln!(
            "lines {family} dependent steps per lookup: {}",
            hist.join(", ")
        );
        let mut top: Vec<(&String, &u64)> = shapes[f].iter().collect();
        top.sort_by(|a, b| b.1.cmp(a.1));
        let top: Vec<String> = top
            .iter()
            .take(12)
            .map(|(s, c)| format!("{s} {:.1}%", **c as f64 * 100.0 / n))
            .collect();
        eprintln!(
            "lines {family} read shapes (upper case waits): {}",
            top.join(", ")
        );
    }
    let total = (lookups[0] + lookups[1]) as f64;
    for (c, b) in caches.iter().enumerate() {
        eprintln!(
            "lines all: {} KiB cache: {:.3} misses/lookup ({:.3} reads/lookup)",
            b >> 10,
            misses[c].iter().sum::<u64>() as f64 / total,
            reads.iter().sum::<u64>() as f64 / total
        );
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
