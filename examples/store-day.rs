//! Measures what the store costs a flash card: simulated household days (the demo generator)
//! go through the real `Pipeline`, usage rows are drained as minutes close and written every
//! flush interval of simulated time, with a health sample each flush and devices upserted, as
//! the daemon does. Prints, per day, the bytes written (from /proc/self/io) and the file
//! sizes, and the same rows' size in two text-keyed layouts for comparison.
//!
//! `cargo run --release --example store-day -- [--days N] [--flows N] [--flush-secs S]
//!  [--privacy full|devices-anonymous|aggregate] [--health-every FLUSHES] [--dir DIR]`

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use nuage::capture::RawPacket;
use nuage::config::Privacy;
use nuage::flow::aggregate::minute_of;
use nuage::flow::{Counts, Pipeline, PipelineConfig};
use nuage::store::{DeviceRecord, HealthSample, Store, StoreOptions};
use nuage::usage::UsageKey;
use rusqlite::{Connection, params};

const DAY_SECS: i64 = 86_400;
/// 2027-03-01 00:00 UTC, a Monday.
const FIRST_DAY: i64 = 1_803_859_200;

struct Args {
    days: u32,
    flows: usize,
    flush_secs: i64,
    privacy: Privacy,
    dir: Option<PathBuf>,
    /// Write a health sample every N flushes (0: never).
    health_every: u64,
}

fn parse_args() -> Result<Args, String> {
    let mut a = Args {
        days: 3,
        flows: 1000,
        flush_secs: 60,
        privacy: Privacy::DevicesAnonymous,
        dir: None,
        health_every: 1,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let value = it.next().ok_or(format!("{arg} needs a value"))?;
        let bad = |e: &dyn std::fmt::Display| format!("{arg} {value:?}: {e}");
        match arg.as_str() {
            "--days" => a.days = value.parse().map_err(|e| bad(&e))?,
            "--flows" => a.flows = value.parse().map_err(|e| bad(&e))?,
            "--flush-secs" => a.flush_secs = value.parse().map_err(|e| bad(&e))?,
            "--dir" => a.dir = Some(PathBuf::from(value)),
            "--health-every" => a.health_every = value.parse().map_err(|e| bad(&e))?,
            "--privacy" => {
                a.privacy = match value.as_str() {
                    "full" => Privacy::Full,
                    "devices-anonymous" => Privacy::DevicesAnonymous,
                    "aggregate" => Privacy::Aggregate,
                    _ => return Err(bad(&"unknown privacy")),
                }
            }
            _ => return Err(format!("unknown argument {arg}")),
        }
    }
    if a.flush_secs <= 0 {
        return Err("--flush-secs must be positive".into());
    }
    Ok(a)
}

/// (wchar, write_bytes) of this process: bytes handed to write(2) and bytes sent to storage.
fn io_counters() -> (u64, u64) {
    let text = std::fs::read_to_string("/proc/self/io").unwrap_or_default();
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0)
    };
    (field("wchar:"), field("write_bytes:"))
}

fn size(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

fn side(path: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", path.display()))
}

/// The alternative layout: text key columns ('' for none) in one table.
struct TextLayout {
    conn: Connection,
    path: PathBuf,
    upsert: &'static str,
}

impl TextLayout {
    fn open(path: PathBuf, without_rowid: bool) -> rusqlite::Result<Self> {
        let conn = Connection::open(&path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let cols = "minute INTEGER NOT NULL, scope INTEGER NOT NULL, direction INTEGER NOT NULL, \
            device TEXT NOT NULL, provider TEXT NOT NULL, product TEXT NOT NULL, network TEXT NOT NULL, \
            service TEXT NOT NULL, domain TEXT NOT NULL, name_source TEXT NOT NULL, origin TEXT NOT NULL, \
            bytes INTEGER NOT NULL, packets INTEGER NOT NULL, new_flows INTEGER NOT NULL";
        let key = "minute, scope, direction, device, provider, product, network, service, domain, name_source, origin";
        if without_rowid {
            conn.execute_batch(&format!(
                "CREATE TABLE IF NOT EXISTS u ({cols}, PRIMARY KEY ({key})) WITHOUT ROWID;"
            ))?;
        } else {
            conn.execute_batch(&format!(
                "CREATE TABLE IF NOT EXISTS u ({cols}, UNIQUE ({key}));"
            ))?;
        }
        Ok(TextLayout {
            conn,
            path,
            upsert: "INSERT INTO u VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                ON CONFLICT (minute, scope, direction, device, provider, product, network, service, domain, name_source, origin)
                DO UPDATE SET bytes = bytes + excluded.bytes, packets = packets + excluded.packets,
                new_flows = new_flows + excluded.new_flows",
        })
    }

    fn write(&mut self, rows: &[(UsageKey, Counts)]) -> rusqlite::Result<()> {
        let tx = self.conn.transaction()?;
        {
            let mut stmt = tx.prepare_cached(self.upsert)?;
            for (k, c) in rows {
                let t =
                    |s: &Option<nuage::usage::Name>| s.as_deref().unwrap_or_default().to_string();
                stmt.execute(params![
                    k.minute,
                    k.scope as i64,
                    k.direction as i64,
                    t(&k.device),
                    t(&k.provider),
                    t(&k.product),
                    t(&k.network),
                    t(&k.service),
                    t(&k.domain),
                    t(&k.name_source),
                    k.origin.map(|o| o.id()).unwrap_or_default(),
                    c.bytes as i64,
                    c.packets as i64,
                    c.new_flows as i64
                ])?;
            }
        }
        tx.commit()
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("store-day: {e}");
            ExitCode::from(1)
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let args = parse_args()?;
    let tmp;
    let dir = match &args.dir {
        Some(d) => d.clone(),
        None => {
            tmp = tempfile::tempdir()?;
            tmp.path().to_path_buf()
        }
    };
    let db = dir.join("nuage.db");
    let mut store = Store::open(&db, StoreOptions::default())?;
    let mut text = TextLayout::open(dir.join("text.db"), true)?;
    let mut text_rowid = TextLayout::open(dir.join("text-rowid.db"), false)?;
    let (classifier, _) = nuage::classify::load_classifier(None, &[])?;
    let mut pipeline = Pipeline::new(Arc::new(classifier), 1, &PipelineConfig::default());
    let secret = b"store-day example secret";
    println!(
        "{} flows/day, flush every {} s, privacy {}",
        args.flows,
        args.flush_secs,
        args.privacy.id()
    );
    println!(
        "day  frames  rows  flushes  written_KiB(wchar)  storage_KiB(write_bytes)  db_KiB  wal_KiB  text_KiB  text_rowid_KiB  text_write_KiB"
    );
    let (mut total_rows, mut total_wchar) = (0u64, 0u64);
    for day in 0..i64::from(args.days) {
        let day_start = FIRST_DAY + day * DAY_SECS;
        let mut frames = nuage::demo::household_day(8 + day as u64, day_start, args.flows);
        frames.sort_by_key(|f| f.ts_micros);
        let mut next_flush = day_start + args.flush_secs;
        let (mut rows_day, mut flushes) = (0u64, 0u64);
        let (mut wchar, mut storage, mut text_wchar) = (0u64, 0u64, 0u64);
        let mut flush = |pipeline: &mut Pipeline,
                         at_secs: i64,
                         store: &mut Store,
                         rows_day: &mut u64|
         -> Result<(), Box<dyn std::error::Error>> {
            let rows =
                pipeline.drain_usage_before(minute_of(at_secs * 1_000_000), args.privacy, secret);
            let labeller = pipeline.usage_labeller(args.privacy, secret);
            let devices: Vec<DeviceRecord> = pipeline
                .devices()
                .iter()
                .filter_map(|(id, d)| {
                    let record = DeviceRecord {
                        id: labeller.device(id)?,
                        last_ip: Some(d.ip.to_string()),
                        name: d.name.as_deref().map(str::to_string),
                        first_seen: at_secs,
                        last_seen: at_secs,
                    };
                    record.as_privacy_allows(args.privacy)
                })
                .collect();
            let sample = args.health_every != 0 && flushes % args.health_every == 0;
            let health = [HealthSample {
                ts: at_secs,
                interface: "eth0".into(),
                packets_received: 0,
                dropped_by_kernel: 0,
                dropped_by_interface: 0,
                undecodable: pipeline.stats().undecodable_total().packets,
                offload_suspected: false,
            }];
            let before = io_counters();
            let health = if sample { &health[..] } else { &[] };
            store.write_flush(&rows, health, &devices, &[])?;
            let after = io_counters();
            wchar += after.0 - before.0;
            storage += after.1.saturating_sub(before.1);
            let before = io_counters();
            text.write(&rows)?;
            text_rowid.write(&rows)?;
            text_wchar += io_counters().0 - before.0;
            *rows_day += rows.len() as u64;
            flushes += 1;
            Ok(())
        };
        for f in &frames {
            while f.ts_micros >= next_flush * 1_000_000 {
                flush(&mut pipeline, next_flush, &mut store, &mut rows_day)?;
                next_flush += args.flush_secs;
            }
            pipeline.process(&RawPacket {
                ts_micros: f.ts_micros,
                wire_len: f.wire_len,
                data: &f.data,
            });
        }
        while next_flush <= day_start + DAY_SECS {
            flush(&mut pipeline, next_flush, &mut store, &mut rows_day)?;
            next_flush += args.flush_secs;
        }
        let before = io_counters();
        store.prune(minute_of((day_start + DAY_SECS) * 1_000_000))?;
        let after = io_counters();
        wchar += after.0 - before.0;
        storage += after.1.saturating_sub(before.1);
        total_rows += rows_day;
        total_wchar += wchar;
        println!(
            "{:>3}  {:>6}  {:>5}  {:>7}  {:>18}  {:>24}  {:>6}  {:>7}  {:>8}  {:>14}  {:>14}",
            day + 1,
            frames.len(),
            rows_day,
            flushes,
            wchar / 1024,
            storage / 1024,
            size(&db) / 1024,
            size(&side(&db, "-wal")) / 1024,
            (size(&text.path) + size(&side(&text.path, "-wal"))) / 1024,
            (size(&text_rowid.path) + size(&side(&text_rowid.path, "-wal"))) / 1024,
            text_wchar / 2 / 1024,
        );
    }
    store.checkpoint()?;
    text.conn
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    text_rowid
        .conn
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    let days = u64::from(args.days.max(1));
    println!(
        "after checkpoint: nuage.db {} KiB ({} B/row, {} KiB/day); text WITHOUT ROWID {} KiB; text + UNIQUE index {} KiB; {} rows; {} KiB written/day",
        size(&db) / 1024,
        size(&db) / total_rows.max(1),
        size(&db) / days / 1024,
        size(&text.path) / 1024,
        size(&text_rowid.path) / 1024,
        total_rows,
        total_wchar / days / 1024,
    );
    // What the days become once rolled up (as after 35 days): rows per day in hourly form.
    let end = minute_of((FIRST_DAY + i64::from(args.days) * DAY_SECS) * 1_000_000);
    let stats = store.prune(end + 36 * 1440)?;
    let hourly = store.rows(i64::MIN, i64::MAX)?.len() as u64;
    println!(
        "rolled up as after 35 days: {} minute rows became {} hourly rows ({} a day); nuage.db then {} KiB (freed pages are reused, not returned)",
        stats.minute_rows_rolled_up,
        hourly,
        hourly / u64::from(args.days.max(1)),
        {
            store.checkpoint()?;
            size(&db) / 1024
        },
    );
    Ok(())
}
