#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `nuage run` started as root drops to an unprivileged user: read from /proc/PID/status of
//! the running daemon (every thread), its ids are the user's, it holds no capability on a
//! capture file and only CAP_NET_RAW + CAP_NET_ADMIN on a live interface, and it cannot
//! regain any (NoNewPrivs). What it creates is not world-readable. Skipped with a note when
//! not root.

use std::collections::BTreeMap;
use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/demo/household.pcap");
/// CAP_NET_ADMIN (12) and CAP_NET_RAW (13).
const NET_ADMIN_AND_RAW: u64 = (1 << 12) | (1 << 13);

fn is_root() -> bool {
    status_of(&std::fs::read_to_string("/proc/self/status").unwrap())["Uid"]
        .split_whitespace()
        .next()
        == Some("0")
}

fn status_of(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.to_string(), v.trim().to_string()))
        .collect()
}

/// The status of every thread of `pid`.
fn thread_statuses(pid: u32) -> Vec<BTreeMap<String, String>> {
    std::fs::read_dir(format!("/proc/{pid}/task"))
        .unwrap()
        .filter_map(|t| std::fs::read_to_string(t.unwrap().path().join("status")).ok())
        .map(|s| status_of(&s))
        .collect()
}

fn capabilities(status: &BTreeMap<String, String>, set: &str) -> u64 {
    u64::from_str_radix(&status[set], 16).unwrap()
}

fn uid_of(user: &str) -> String {
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap();
    passwd
        .lines()
        .find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.first() == Some(&user)).then(|| f[2].to_string())
        })
        .unwrap()
}

fn wait_for(limit: Duration, mut check: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if check() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

/// Kills the daemon if the test fails while it runs.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        if self.0.try_wait().ok().flatten().is_none() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

/// Checks the running daemon's every thread; returns the log so far on failure.
fn assert_dropped(child: &Running, log: &Path, expect_caps: u64) {
    let pid = child.0.id();
    let nobody = uid_of("nobody");
    // the daemon is dropped once its service thread runs (it starts after the drop)
    assert!(
        wait_for(Duration::from_secs(30), || thread_statuses(pid).len() > 1),
        "{}",
        std::fs::read_to_string(log).unwrap_or_default()
    );
    let statuses = thread_statuses(pid);
    for s in &statuses {
        let ids = |k: &str| {
            s[k].split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids("Uid"),
            vec![nobody.clone(); 4],
            "real, effective, saved, fs uid"
        );
        assert!(ids("Gid").iter().all(|g| g != "0"), "{:?}", ids("Gid"));
        assert!(
            ids("Groups").iter().all(|g| g != "0"),
            "{:?}",
            ids("Groups")
        );
        assert_eq!(capabilities(s, "CapEff"), expect_caps, "{s:?}");
        assert_eq!(capabilities(s, "CapPrm"), expect_caps, "{s:?}");
        assert_eq!(capabilities(s, "CapInh"), 0);
        assert_eq!(capabilities(s, "CapAmb"), 0);
        assert_eq!(s["NoNewPrivs"], "1");
    }
    eprintln!(
        "{} threads of pid {pid}: Uid {} CapEff {} CapPrm {}",
        statuses.len(),
        statuses[0]["Uid"],
        statuses[0]["CapEff"],
        statuses[0]["CapPrm"]
    );
}

fn sigterm(child: &mut Running) {
    assert!(
        Command::new("kill")
            .args(["-TERM", &child.0.id().to_string()])
            .status()
            .unwrap()
            .success()
    );
    let start = Instant::now();
    while child.0.try_wait().unwrap().is_none() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "exits on SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_capture_file_run_as_root_becomes_nobody_with_no_capability() {
    if !is_root() {
        eprintln!("note: skipped, dropping privileges needs root");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // `nobody` must reach its data dir, which the daemon creates and hands over
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let data = dir.path().join("data");
    let config = dir.path().join("nuage.toml");
    std::fs::write(&config, "[daemon]\ntz = \"UTC\"\nflush-secs = 1\n").unwrap();
    let log = dir.path().join("log");
    let child = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .arg("--data-dir")
        .arg(&data)
        .arg("--config")
        .arg(&config)
        .arg("--socket")
        .arg(dir.path().join("nuage.sock"))
        .args(["run", "--user", "nobody", "--pcap", DEMO, "--speed", "600"])
        .env("NUAGE_LOG", "info")
        .stderr(std::fs::File::create(&log).unwrap())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut child = Running(child);
    assert_dropped(&child, &log, 0);
    // it counts as nobody: the database appears in the data dir it was given
    let db = data.join("nuage.db");
    assert!(
        wait_for(Duration::from_secs(60), || db.exists()),
        "{}",
        std::fs::read_to_string(&log).unwrap()
    );
    sigterm(&mut child);
    assert!(child.0.try_wait().unwrap().is_some_and(|s| s.success()));
    // run by hand (a shell's umask 022): nothing it wrote is world-readable
    for file in ["nuage.db", "pseudonym.key"] {
        let m = mode(&data.join(file));
        assert_eq!(m & 0o007, 0, "{file}: {m:o}");
    }
    assert_eq!(mode(&data.join("pseudonym.key")), 0o600);
    use std::os::unix::fs::MetadataExt as _;
    assert_eq!(
        std::fs::metadata(&db).unwrap().uid().to_string(),
        uid_of("nobody")
    );
}

struct Netns(String);

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = Command::new("ip").args(["netns", "del", &self.0]).status();
    }
}

#[test]
fn a_live_capture_run_as_root_keeps_only_the_capture_capabilities() {
    if !is_root() {
        eprintln!("note: skipped, dropping privileges needs root");
        return;
    }
    let ns = format!("nuage-priv-{}", std::process::id());
    let created = Command::new("ip")
        .args(["netns", "add", &ns])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !created {
        eprintln!("note: skipped, cannot create a network namespace here");
        return;
    }
    let ns = Netns(ns);
    assert!(
        Command::new("ip")
            .args(["netns", "exec", &ns.0, "ip", "link", "set", "lo", "up"])
            .status()
            .unwrap()
            .success()
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let data = dir.path().join("data");
    let config = dir.path().join("nuage.toml");
    std::fs::write(&config, "[daemon]\ntz = \"UTC\"\nflush-secs = 1\n").unwrap();
    let log = dir.path().join("log");
    let child = Command::new("ip")
        .args(["netns", "exec", &ns.0, env!("CARGO_BIN_EXE_nuage")])
        .arg("--data-dir")
        .arg(&data)
        .arg("--config")
        .arg(&config)
        .arg("--socket")
        .arg(dir.path().join("nuage.sock"))
        .args(["run", "--user", "nobody", "--interface", "lo"])
        .env("NUAGE_LOG", "info")
        .stderr(std::fs::File::create(&log).unwrap())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut child = Running(child);
    // `ip netns exec` execs the daemon: same pid
    assert!(wait_for(Duration::from_secs(30), || {
        std::fs::read_to_string(&log)
            .unwrap_or_default()
            .contains("dropped root")
    }));
    assert_dropped(&child, &log, NET_ADMIN_AND_RAW);
    sigterm(&mut child);
    let log = std::fs::read_to_string(&log).unwrap();
    assert!(
        child.0.try_wait().unwrap().is_some_and(|s| s.success()),
        "{log}"
    );
}
