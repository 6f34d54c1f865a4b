#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `nuage run --tui` in a real terminal (tmux): the daemon replays the demo capture while
//! the dashboard shows it live in the same process; ← browses the database, q quits, the
//! terminal is restored and what was counted is in the database. The same when SIGTERM
//! ends it. Skips with a note when tmux is not installed.

use std::path::Path;
use std::process::Command;

use nuage::store::Store;

const DEMO: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/demo/household.pcap");

#[path = "common/tmux.rs"]
mod tmux_session;
use tmux_session::Session;

fn stored_bytes(data_dir: &Path) -> u64 {
    let store = Store::open_read_only(&data_dir.join("nuage.db")).unwrap();
    store
        .rows(i64::MIN / 2, i64::MAX / 2)
        .unwrap()
        .iter()
        .map(|(_, c)| c.bytes)
        .sum()
}

/// Starts `nuage run --tui` in a detached tmux session; the shell writes nuage's pid to
/// `pid` and, after it exits, `NUAGE-EXITED <status>`.
fn start(name: &str, dir: &Path, speed: &str) -> Session {
    let bin = env!("CARGO_BIN_EXE_nuage");
    let config = dir.join("nuage.toml");
    std::fs::write(
        &config,
        "place = \"Casal Run\"\n[daemon]\ntz = \"UTC\"\nflush-secs = 1\n",
    )
    .unwrap();
    let command = format!(
        "env LANG=C.UTF-8 LC_ALL= NO_COLOR= NUAGE_LOG= {bin} --config {} --data-dir {} --socket {} run --pcap {DEMO} --speed {speed} --tui & echo $! > {}; wait; echo NUAGE-EXITED $?; sleep 30",
        config.display(),
        dir.join("data").display(),
        dir.join("nuage.sock").display(),
        dir.join("pid").display(),
    );
    let status = Command::new("tmux")
        .args([
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            "100",
            "-y",
            "30",
            &command,
        ])
        .status()
        .unwrap();
    assert!(status.success());
    Session(name.to_string())
}

fn have_tmux() -> bool {
    let ok = Command::new("tmux").arg("-V").output().is_ok();
    if !ok {
        eprintln!("note: tmux is not installed; skipping the nuage run --tui end-to-end test");
    }
    ok
}

#[test]
fn run_tui_shows_the_capture_live_and_quitting_writes_the_database() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let session = start(
        &format!("nuage-run-tui-{}", std::process::id()),
        dir.path(),
        "600",
    );
    let live = session.wait_for(60, "the live dashboard", |s| {
        s.contains("Casal Run")
            && s.contains("Mon 08/03/2027")
            && s.contains("  live  ")
            && s.contains("household.pcap")
    });
    assert!(session.alternate_on(), "{live}");
    assert!(
        live.contains("household.pcap"),
        "the capture's health row:\n{live}"
    );
    // The day before has no data in this database.
    session.keys(&["Left"]);
    session.wait_for(10, "the day before", |s| {
        s.contains("history") && s.contains("No data stored for this day")
    });
    session.keys(&["t"]);
    session.wait_for(10, "today again", |s| s.contains("  live  "));
    session.keys(&["q"]);
    let after = session.wait_for(30, "nuage to exit", |s| s.contains("NUAGE-EXITED"));
    assert!(after.contains("NUAGE-EXITED 0"), "{after}");
    assert!(
        !session.alternate_on(),
        "quitting leaves the alternate screen"
    );
    assert!(stored_bytes(&dir.path().join("data")) > 0);
}

#[test]
fn sigterm_ends_run_tui_restores_the_terminal_and_keeps_the_counts() {
    if !have_tmux() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let session = start(
        &format!("nuage-run-tui-term-{}", std::process::id()),
        dir.path(),
        "600",
    );
    session.wait_for(60, "the live dashboard", |s| {
        s.contains("  live  ") && s.contains("household.pcap")
    });
    let pid = std::fs::read_to_string(dir.path().join("pid")).unwrap();
    let status = Command::new("kill")
        .args(["-TERM", pid.trim()])
        .status()
        .unwrap();
    assert!(status.success());
    let after = session.wait_for(30, "nuage to exit", |s| s.contains("NUAGE-EXITED"));
    assert!(after.contains("NUAGE-EXITED 0"), "{after}");
    assert!(
        !session.alternate_on(),
        "SIGTERM leaves the alternate screen"
    );
    assert!(stored_bytes(&dir.path().join("data")) > 0);
}
