#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `nuage report --from … --to …` through a running `nuage run`'s control socket (the
//! `period` request): the same report, to the byte, as reading the daemon's database. The
//! daemon, its database and its socket all live in a temporary directory, and every command
//! is given `--config`, `--data-dir` and `--socket`, so no system path is ever used.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use nuage::capture::pcap_writer::PcapWriter;
use nuage::control::ControlClient;
use nuage::demo::household_day;
use nuage::report::Report;

fn day_start(date: &str) -> i64 {
    date.parse::<jiff::civil::Date>()
        .unwrap()
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .unwrap()
        .timestamp()
        .as_second()
}

fn write_day(path: &Path, date: &str, seed: u64) {
    let mut w = PcapWriter::new(1);
    for f in household_day(seed, day_start(date), 40) {
        w.record_nanos(f.ts_micros * 1000, f.wire_len, &f.data);
    }
    w.write_to(path).unwrap();
}

struct Dirs {
    _root: tempfile::TempDir,
    data: PathBuf,
    empty: PathBuf,
    config: PathBuf,
    socket: PathBuf,
}

fn dirs() -> Dirs {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let empty = root.path().join("elsewhere");
    std::fs::create_dir_all(&empty).unwrap();
    let socket = root.path().join("nuage.sock");
    let config = root.path().join("nuage.toml");
    std::fs::write(
        &config,
        "privacy = \"full\"\n[daemon]\ntz = \"UTC\"\nflush-secs = 1\n",
    )
    .unwrap();
    Dirs {
        data,
        empty,
        config,
        socket,
        _root: root,
    }
}

fn nuage(d: &Dirs, data_dir: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_nuage"));
    c.arg("--config")
        .arg(&d.config)
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--socket")
        .arg(&d.socket)
        .args(args)
        .env_remove("NUAGE_LOG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    c
}

fn ok(out: Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Stops the daemon when the test ends, whatever happens.
struct Daemon(Child);

impl Drop for Daemon {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(20) {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn a_period_through_the_running_daemon_is_the_report_from_its_database() {
    let d = dirs();
    // Three past days: a usual Monday, then the Sunday and Monday the report covers.
    for (date, seed) in [("2026-03-02", 1), ("2026-03-08", 2), ("2026-03-09", 3)] {
        let pcap = d.data.with_file_name(format!("{date}.pcap"));
        write_day(&pcap, date, seed);
        ok(nuage(&d, &d.data, &["run", "--pcap"])
            .arg(&pcap)
            .args(["--speed", "max"])
            .stderr(Stdio::piped())
            .output()
            .unwrap());
    }
    // The daemon stays up replaying an earlier day in real time (its frames are hours
    // apart), serving its socket; what it adds lands on 2026-01-05, outside the report.
    let slow = d.data.with_file_name("slow.pcap");
    write_day(&slow, "2026-01-05", 4);
    let _daemon = Daemon(
        nuage(&d, &d.data, &["run", "--pcap"])
            .arg(&slow)
            .args(["--speed", "1"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let start = Instant::now();
    let info = loop {
        if let Ok(info) = ControlClient::connect(&d.socket).and_then(|mut c| c.hello()) {
            break info;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "the daemon's socket never answered"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(info.requests.iter().any(|r| r == "period"), "{info:?}");

    let db = d.data.join("nuage.db");
    let period = [
        "--from",
        "2026-03-08",
        "--to",
        "2026-03-09",
        "--time-zone",
        "UTC",
    ];
    let report = |data_dir: &Path, extra: &[&str]| {
        let mut args = vec!["report"];
        args.extend_from_slice(&period);
        args.extend_from_slice(extra);
        ok(nuage(&d, data_dir, &args).output().unwrap())
    };
    // No database in `elsewhere`: the report asks the daemon.
    let json_socket = report(&d.empty, &["--per-device", "--format", "json"]);
    let json_db = report(
        &d.data,
        &[
            "--db",
            db.to_str().unwrap(),
            "--per-device",
            "--format",
            "json",
        ],
    );
    let mut via_socket: Report = serde_json::from_str(&json_socket).unwrap();
    let via_db: Report = serde_json::from_str(&json_db).unwrap();
    assert_eq!(via_socket.health.source, "daemon");
    assert_eq!(via_db.health.source, "database");
    assert_eq!(via_socket.period.days, 2);
    assert!(via_socket.summary.totals.bytes() > 100_000);
    assert_eq!(via_socket.days.len(), 2);
    assert_eq!(via_socket.hours.len(), 48);
    let baseline = via_socket.baseline.as_ref().unwrap();
    assert_eq!(baseline.method, "previous-weeks");
    assert_eq!(baseline.days, vec!["2026-03-02"]);
    assert!(via_socket.health.clock_jumps.is_some());
    // Everything else is the same, to the last byte and share.
    via_socket.health.source = via_db.health.source.clone();
    assert_eq!(via_socket, via_db);
    // The text says the same and carries no "the daemon does not tell gaps" caveat.
    let text_socket = report(&d.empty, &[]);
    assert_eq!(
        text_socket,
        report(&d.data, &["--db", db.to_str().unwrap()])
    );
    assert!(!text_socket.contains("does not tell gaps"), "{text_socket}");
    // One day and a German text through the socket too.
    let day: Report = serde_json::from_str(&ok(nuage(
        &d,
        &d.empty,
        &[
            "report",
            "--day",
            "2026-03-09",
            "--time-zone",
            "UTC",
            "--format",
            "json",
        ],
    )
    .output()
    .unwrap()))
    .unwrap();
    assert_eq!(day.summary, via_db.days[1].summary);
    let german = ok(nuage(
        &d,
        &d.empty,
        &[
            "--lang",
            "de",
            "report",
            "--from",
            "2026-03-08",
            "--to",
            "2026-03-09",
        ],
    )
    .output()
    .unwrap());
    assert!(german.contains("Von 08.03.2026 bis 09.03.2026"), "{german}");

    // A period without data: a clear message naming what the daemon has, and exit 2.
    let out = nuage(
        &d,
        &d.empty,
        &[
            "report",
            "--from",
            "2026-04-01",
            "--to",
            "2026-04-02",
            "--time-zone",
            "UTC",
        ],
    )
    .output()
    .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("no traffic recorded for 2026-04-01 to 2026-04-02 in the running daemon"),
        "{stderr}"
    );
    assert!(stderr.contains("the daemon has data from"), "{stderr}");
}
