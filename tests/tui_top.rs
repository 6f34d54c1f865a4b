#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `nuage top` in a real terminal (tmux) against a control server on a temporary socket,
//! served from memory: it shows the daemon's snapshot, browses a day the daemon does not
//! know, and quits back to the normal screen. Skips with a note when tmux is absent.

use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use nuage::control::{ControlOptions, ControlServer, SnapshotSource, SourceError};
use nuage::flow::{Counts, Direction};
use nuage::names::ServiceCatalogue;
use nuage::ranges::Catalogue;
use nuage::usage::{
    Baseline, BigTechRule, CaptureHealth, DayUsage, LiveSnapshot, Naming, USAGE_SCHEMA_VERSION,
    UsageKey, UsageSpan,
};
use time::Date;
use tokio::sync::watch;

const DAY_START_MINUTE: i64 = 1_804_464_000 / 60;

fn snapshot() -> LiveSnapshot {
    let catalogue = Catalogue::bundled().unwrap();
    let services = ServiceCatalogue::bundled().unwrap();
    let rule = BigTechRule::new(&catalogue, &services);
    let mut rows = Vec::new();
    for (i, (provider, bytes)) in [("google", 7_000_000u64), ("hetzner", 3_000_000)]
        .iter()
        .enumerate()
    {
        let mut k = UsageKey::internet(DAY_START_MINUTE + 600 + i as i64, Direction::Down);
        k.provider = Some((*provider).into());
        rows.push((
            k,
            Counts {
                bytes: *bytes,
                packets: 100,
                new_flows: 1,
            },
        ));
    }
    let today = DayUsage::build(
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
    );
    LiveSnapshot {
        schema_version: USAGE_SCHEMA_VERSION,
        now_micros: (DAY_START_MINUTE + 700) * 60_000_000,
        live: true,
        place: Some("Salle des fêtes".into()),
        today,
        baseline: None,
        rates: vec![],
        health: CaptureHealth::default(),
        flows: vec![],
    }
}

struct Memory(watch::Sender<Arc<LiveSnapshot>>);

impl SnapshotSource for Memory {
    fn snapshots(&self) -> watch::Receiver<Arc<LiveSnapshot>> {
        self.0.subscribe()
    }
    fn day(&self, date: Date) -> Result<DayUsage, SourceError> {
        Err(SourceError::NotFound(format!("no data for {date}")))
    }
    fn days(&self) -> Result<Vec<Date>, SourceError> {
        Ok(vec![])
    }
    fn baseline(&self, _: Date) -> Result<Option<Baseline>, SourceError> {
        Ok(None)
    }
}

#[path = "common/tmux.rs"]
mod tmux_session;
use tmux_session::{Session, tmux};

#[test]
fn top_shows_the_daemons_snapshot() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("note: tmux is not installed; skipping the nuage top end-to-end test");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("nuage.sock");
    let (tx, _rx) = watch::channel(Arc::new(snapshot()));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let options = ControlOptions {
        push_interval: Duration::from_millis(200),
        ..ControlOptions::default()
    };
    let server = runtime
        .block_on(async { ControlServer::bind(&socket, Arc::new(Memory(tx)), options) })
        .unwrap();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let served = runtime.spawn(server.run_until(async {
        let _ = stop_rx.await;
    }));

    let name = format!("nuage-top-{}", std::process::id());
    let bin = env!("CARGO_BIN_EXE_nuage");
    let command = format!(
        "env LANG=C.UTF-8 {bin} --data-dir {} --socket {} top; echo NUAGE-EXITED $?; sleep 30",
        dir.path().display(),
        socket.display()
    );
    assert!(
        Command::new("tmux")
            .args([
                "new-session",
                "-d",
                "-s",
                &name,
                "-x",
                "80",
                "-y",
                "24",
                &command
            ])
            .status()
            .unwrap()
            .success()
    );
    let session = Session(name);
    let screen = session.wait_for(30, "the dashboard", |s| s.contains("Salle des fêtes"));
    for needle in [
        "live",
        "70%",
        "Google",
        "Other clouds/CDNs",
        "Through the day",
    ] {
        assert!(screen.contains(needle), "{needle} missing:\n{screen}");
    }
    tmux(&["send-keys", "-t", &session.0, "Left"]);
    session.wait_for(10, "an empty past day", |s| {
        s.contains("Sun 07/03/2027") && s.contains("No data stored for this day")
    });
    tmux(&["send-keys", "-t", &session.0, "t"]);
    session.wait_for(10, "today again", |s| s.contains("70%"));
    tmux(&["send-keys", "-t", &session.0, "q"]);
    let after = session.wait_for(10, "nuage to exit", |s| s.contains("NUAGE-EXITED"));
    assert!(after.contains("NUAGE-EXITED 0"), "{after}");
    let _ = stop_tx.send(());
    runtime.block_on(served).unwrap();
}

#[test]
fn top_without_a_daemon_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(["--data-dir"])
        .arg(dir.path())
        .arg("--socket")
        .arg(dir.path().join("none.sock"))
        .arg("top")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("none.sock") && err.contains("nuage run") && err.contains("nuage demo"),
        "{err}"
    );
}
