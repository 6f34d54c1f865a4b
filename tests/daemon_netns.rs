#![allow(clippy::unwrap_used, clippy::expect_used)]
//! An interface that disappears and comes back is reopened without a restart, a link that
//! goes down and up is followed, and the time away is recorded as a gap. Live capture counts
//! every packet sent over a veth pair, and packets the kernel drops while nuage is stalled
//! show up in its capture health. Runs `nuage run` inside network namespaces these tests
//! create (a veth pair between two of them); traffic never leaves them. Needs root and
//! `ip`; skipped with a note otherwise.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use nuage::control::ControlClient;
use nuage::store::Store;
use nuage::usage::InterfaceHealth;

struct Namespaces([String; 2]);

impl Namespaces {
    /// Two fresh namespaces named after this process and `suffixes`; `None`, with a note
    /// printed, where this machine cannot make them (not root, no `ip` or bash).
    fn create(suffixes: [&str; 2]) -> Option<Self> {
        if !is_root() || !run(&["ip", "-V"]) || !run(&["bash", "-c", "true"]) {
            eprintln!("note: skipped, needs root, `ip` and bash");
            return None;
        }
        let id = std::process::id();
        let ns = Namespaces(suffixes.map(|suffix| format!("nuage-t{id}-{suffix}")));
        if !run(&["ip", "netns", "add", &ns.0[0]]) || !run(&["ip", "netns", "add", &ns.0[1]]) {
            eprintln!("note: skipped, cannot create network namespaces here");
            return None;
        }
        Some(ns)
    }
}

impl Drop for Namespaces {
    fn drop(&mut self) {
        for ns in &self.0 {
            let _ = Command::new("ip").args(["netns", "del", ns]).status();
        }
    }
}

fn run(args: &[&str]) -> bool {
    Command::new(args[0])
        .args(&args[1..])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find(|l| l.starts_with("Uid:"))
        .and_then(|l| l.split_whitespace().nth(2))
        == Some("0")
}

/// veth-a (10.99.0.1) in the first namespace, veth-b (10.99.0.2) in the second.
fn make_pair(ns: &Namespaces) {
    let [a, b] = &ns.0;
    for cmd in [
        vec![
            "ip", "netns", "exec", a, "ip", "link", "add", "veth-a", "type", "veth", "peer",
            "name", "veth-b", "netns", b,
        ],
        vec![
            "ip",
            "netns",
            "exec",
            a,
            "ip",
            "addr",
            "add",
            "10.99.0.1/24",
            "dev",
            "veth-a",
        ],
        vec![
            "ip", "netns", "exec", a, "ip", "link", "set", "veth-a", "up",
        ],
        vec![
            "ip",
            "netns",
            "exec",
            b,
            "ip",
            "addr",
            "add",
            "10.99.0.2/24",
            "dev",
            "veth-b",
        ],
        vec![
            "ip", "netns", "exec", b, "ip", "link", "set", "veth-b", "up",
        ],
    ] {
        assert!(run(&cmd), "{cmd:?}");
    }
}

/// 100 UDP datagrams from veth-a to veth-b's address (discard port).
fn send_traffic(ns: &Namespaces) {
    let script = "for i in $(seq 100); do echo nuage-test > /dev/udp/10.99.0.2/9; done";
    assert!(run(&[
        "ip", "netns", "exec", &ns.0[0], "bash", "-c", script
    ]));
}

fn stored_bytes(data: &Path) -> u64 {
    let store = Store::open_read_only(&data.join("nuage.db")).unwrap();
    store
        .rows(i64::MIN / 2, i64::MAX / 2)
        .unwrap()
        .iter()
        .map(|(_, c)| c.bytes)
        .sum()
}

fn wait_for_log(log: &Path, needle: &str, limit: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if std::fs::read_to_string(log)
            .unwrap_or_default()
            .contains(needle)
        {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

#[test]
fn an_interface_deleted_and_recreated_is_reopened_and_the_gap_recorded() {
    let Some(ns) = Namespaces::create(["a", "b"]) else {
        return;
    };
    make_pair(&ns);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = dir.path().join("nuage.toml");
    std::fs::write(
        &config,
        "[daemon]\nuser = \"root\"\ntz = \"UTC\"\nflush-secs = 1\n",
    )
    .unwrap();
    let log = dir.path().join("log");
    let mut child: Child = Command::new("ip")
        .args([
            "netns",
            "exec",
            &ns.0[0],
            env!("CARGO_BIN_EXE_nuage"),
            "-v",
            "--data-dir",
        ])
        .arg(&data)
        .arg("--config")
        .arg(&config)
        // this test's own socket, never the system's
        .arg("--socket")
        .arg(dir.path().join("nuage.sock"))
        .args(["run", "--interface", "veth-a"])
        .env("NUAGE_LOG", "info")
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let mut guard = scopeguard(&mut child);
    assert!(wait_for_log(
        &log,
        "live capture opened",
        Duration::from_secs(20)
    ));
    send_traffic(&ns);
    std::thread::sleep(Duration::from_millis(3500));
    let before = stored_bytes(&data);
    assert!(before > 0, "{}", std::fs::read_to_string(&log).unwrap());

    assert!(run(&[
        "ip", "netns", "exec", &ns.0[0], "ip", "link", "del", "veth-a"
    ]));
    assert!(wait_for_log(
        &log,
        "reopening with backoff",
        Duration::from_secs(10)
    ));
    std::thread::sleep(Duration::from_secs(2));
    make_pair(&ns);
    assert!(
        wait_for_log(&log, "capture reopened", Duration::from_secs(45)),
        "{}",
        std::fs::read_to_string(&log).unwrap()
    );
    send_traffic(&ns);
    std::thread::sleep(Duration::from_millis(3500));
    let after = stored_bytes(&data);
    assert!(after > before, "counting resumed: {before} → {after}");

    // A link that goes down without disappearing: the capture stays open.
    let link = |state: &str| {
        assert!(run(&[
            "ip", "netns", "exec", &ns.0[0], "ip", "link", "set", "veth-a", state
        ]));
    };
    link("down");
    assert!(wait_for_log(&log, "link down", Duration::from_secs(10)));
    link("up");
    assert!(wait_for_log(&log, "link up again", Duration::from_secs(10)));
    send_traffic(&ns);
    std::thread::sleep(Duration::from_millis(3500));
    let last = stored_bytes(&data);
    assert!(
        last > after,
        "counting after the link came back: {after} → {last}"
    );

    assert!(run(&["kill", "-TERM", &guard.id().to_string()]));
    let status = guard.wait().unwrap();
    assert!(status.success());
    let store = Store::open_read_only(&data.join("nuage.db")).unwrap();
    let gaps = store.gaps(i64::MIN / 2, i64::MAX / 2).unwrap();
    assert!(
        gaps.iter()
            .any(|g| g.reason.contains("veth-a") && g.end_minute > g.start_minute),
        "{gaps:?}"
    );
}

/// veth-tx (10.99.1.1) in the first namespace, veth-rx in the second with no address and
/// IPv6 off in both: the second namespace's stack neither answers nor sends anything, so
/// what crosses the pair is exactly what [`send_datagrams`] sends.
fn make_silent_pair(ns: &Namespaces) {
    let [tx, rx] = &ns.0;
    for n in [tx, rx] {
        assert!(run(&[
            "ip",
            "netns",
            "exec",
            n,
            "sysctl",
            "-qw",
            "net.ipv6.conf.all.disable_ipv6=1",
            "net.ipv6.conf.default.disable_ipv6=1",
        ]));
    }
    for cmd in [
        vec![
            "ip", "-n", tx, "link", "add", "veth-tx", "type", "veth", "peer", "name", "veth-rx",
            "netns", rx,
        ],
        vec![
            "ip",
            "-n",
            tx,
            "addr",
            "add",
            "10.99.1.1/24",
            "dev",
            "veth-tx",
        ],
        vec!["ip", "-n", tx, "link", "set", "veth-tx", "up"],
        vec!["ip", "-n", rx, "link", "set", "veth-rx", "up"],
    ] {
        assert!(run(&cmd), "{cmd:?}");
    }
    // a static neighbour: no ARP, and the frames go to veth-rx's own address
    let mac = Command::new("ip")
        .args(["netns", "exec", rx, "cat", "/sys/class/net/veth-rx/address"])
        .output()
        .unwrap();
    let mac = String::from_utf8(mac.stdout).unwrap();
    assert!(run(&[
        "ip",
        "-n",
        tx,
        "neigh",
        "replace",
        "10.99.1.2",
        "lladdr",
        mac.trim(),
        "dev",
        "veth-tx",
        "nud",
        "permanent",
    ]));
}

/// `count` UDP datagrams of `size` bytes from veth-tx to 10.99.1.2 (discard port).
fn send_datagrams(ns: &Namespaces, count: u32, size: u32) {
    let script = format!(
        "payload=$(printf '%{size}s' x); for i in $(seq {count}); do printf %s \"$payload\" > /dev/udp/10.99.1.2/9; done"
    );
    assert!(run(&[
        "ip", "netns", "exec", &ns.0[0], "bash", "-c", &script
    ]));
}

/// veth-rx's health once it stops changing (nuage has read what the kernel handed it).
fn settled_health(socket: &Path) -> InterfaceHealth {
    let mut last: Option<InterfaceHealth> = None;
    for _ in 0..30 {
        std::thread::sleep(Duration::from_millis(1200));
        let snapshot = ControlClient::connect(socket)
            .unwrap()
            .subscribe()
            .unwrap()
            .next()
            .unwrap()
            .unwrap();
        let now = snapshot
            .health
            .interfaces
            .into_iter()
            .find(|i| i.name == "veth-rx")
            .unwrap_or_default();
        if last.as_ref() == Some(&now) {
            return now;
        }
        last = Some(now);
    }
    panic!("capture health still moving: {last:?}");
}

fn stored_packets(data: &Path) -> u64 {
    let store = Store::open_read_only(&data.join("nuage.db")).unwrap();
    store
        .rows(i64::MIN / 2, i64::MAX / 2)
        .unwrap()
        .iter()
        .map(|(_, c)| c.packets)
        .sum()
}

#[test]
fn live_capture_counts_every_packet_and_reports_what_the_kernel_dropped() {
    let Some(ns) = Namespaces::create(["tx", "rx"]) else {
        return;
    };
    make_silent_pair(&ns);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let config = dir.path().join("nuage.toml");
    // the smallest kernel buffer, which the stall below overflows for sure
    std::fs::write(
        &config,
        "[daemon]\nuser = \"root\"\ntz = \"UTC\"\ncapture-buffer-mib = 1\n",
    )
    .unwrap();
    let socket = dir.path().join("nuage.sock");
    let log = dir.path().join("log");
    let mut child: Child = Command::new("ip")
        .args([
            "netns",
            "exec",
            &ns.0[1],
            env!("CARGO_BIN_EXE_nuage"),
            "--data-dir",
        ])
        .arg(&data)
        .arg("--config")
        .arg(&config)
        .arg("--socket")
        .arg(&socket)
        .args(["run", "--interface", "veth-rx"])
        .env("NUAGE_LOG", "info")
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let mut guard = scopeguard(&mut child);
    assert!(wait_for_log(
        &log,
        "live capture opened",
        Duration::from_secs(20)
    ));

    send_datagrams(&ns, 300, 100);
    let health = settled_health(&socket);
    assert_eq!(health.packets_received, 300, "{health:?}");
    assert_eq!(health.dropped_by_kernel, 0, "{health:?}");

    // Stalled, nuage reads nothing: 6000 frames of 1.4 kB overflow its 1 MiB ring.
    let pid = guard.id().to_string();
    assert!(run(&["kill", "-STOP", &pid]));
    send_datagrams(&ns, 6000, 1400);
    assert!(run(&["kill", "-CONT", &pid]));
    let health = settled_health(&socket);
    // libpcap's received count includes what the kernel then dropped
    assert_eq!(health.packets_received, 6300, "{health:?}");
    assert!(health.dropped_by_kernel > 0, "{health:?}");
    assert!(health.dropped_by_kernel < 6000, "{health:?}");

    assert!(run(&["kill", "-TERM", &pid]));
    assert!(guard.wait().unwrap().success());
    // everything not dropped was counted and stored
    assert_eq!(
        stored_packets(&data),
        health.packets_received - health.dropped_by_kernel - health.dropped_by_interface,
        "{health:?}"
    );
}

/// Kills the daemon if the test fails before stopping it.
fn scopeguard(child: &mut Child) -> Guard<'_> {
    Guard(child)
}

struct Guard<'a>(&'a mut Child);

impl Guard<'_> {
    fn id(&self) -> u32 {
        self.0.id()
    }

    fn wait(&mut self) -> std::io::Result<std::process::ExitStatus> {
        self.0.wait()
    }
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        if self.0.try_wait().ok().flatten().is_none() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}
