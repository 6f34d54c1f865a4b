#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `nuage demo` in a real terminal (tmux): the dashboard shows providers, a share, the
//! timeline and each view, keys switch views, and quitting leaves the alternate screen.
//! Skips with a note when tmux is not installed.

use std::process::Command;

#[path = "common/tmux.rs"]
mod tmux_session;
use tmux_session::Session;

#[test]
fn demo_in_tmux_shows_every_view_and_restores_the_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("note: tmux is not installed; skipping the dashboard end-to-end test");
        return;
    }
    let name = format!("nuage-tui-{}", std::process::id());
    let bin = env!("CARGO_BIN_EXE_nuage");
    let config = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(config.path(), "place = \"Casa Demo\"\n").unwrap();
    let data_dir = tempfile::tempdir().unwrap();
    let command = format!(
        "env LANG=C.UTF-8 LC_ALL= NO_COLOR= {bin} --config {} --data-dir {} demo --speed 600 --from 09:00; echo NUAGE-EXITED $?; sleep 30",
        config.path().display(),
        data_dir.path().display()
    );
    let status = Command::new("tmux")
        .args([
            "new-session",
            "-d",
            "-s",
            &name,
            "-x",
            "80",
            "-y",
            "24",
            &command,
        ])
        .status()
        .unwrap();
    assert!(status.success());
    let session = Session(name);

    let main = session.wait_for(60, "the overview", |s| {
        s.contains("Who carried the traffic") && s.contains("%")
    });
    assert!(
        session.alternate_on(),
        "the dashboard runs in the alternate screen"
    );
    for needle in [
        "Casa Demo",
        "live",
        "Big Tech Cloud share",
        "Amazon",
        "Google",
        "Microsoft",
        "Other networks",
        "Inside (LAN)",
        "Through the day",
        "▲",
    ] {
        assert!(main.contains(needle), "{needle} missing:\n{main}");
    }

    session.keys(&["Tab"]);
    session.wait_for(10, "the services view", |s| {
        s.contains("Service · carried by")
    });
    session.keys(&["Tab"]);
    session.wait_for(10, "the devices view", |s| {
        s.contains("── Devices") && s.contains("device-")
    });
    session.keys(&["Tab"]);
    session.wait_for(10, "the flows view", |s| s.contains("Current flows"));
    session.keys(&["?"]);
    session.wait_for(10, "the help", |s| s.contains("Press any key to close"));
    session.keys(&["Escape"]);
    session.wait_for(10, "help closed", |s| !s.contains("Press any key to close"));
    session.keys(&["1"]);
    session.wait_for(10, "back to the overview", |s| {
        s.contains("Who carried the traffic")
    });

    session.keys(&["q"]);
    let after = session.wait_for(10, "nuage to exit", |s| s.contains("NUAGE-EXITED"));
    assert!(after.contains("NUAGE-EXITED 0"), "{after}");
    assert!(
        !session.alternate_on(),
        "quitting leaves the alternate screen"
    );
    assert!(
        !after.contains("Who carried the traffic"),
        "the dashboard is gone from the normal screen:\n{after}"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("note: tmux is not installed; skipping the SIGTERM end-to-end test");
        return;
    }
    let name = format!("nuage-tui-term-{}", std::process::id());
    let bin = env!("CARGO_BIN_EXE_nuage");
    let data_dir = tempfile::tempdir().unwrap();
    let pid_file = data_dir.path().join("pid");
    let command = format!(
        "env LANG=C.UTF-8 {bin} --data-dir {} demo & echo $! > {}; wait; echo NUAGE-EXITED $?; sleep 30",
        data_dir.path().display(),
        pid_file.display()
    );
    let status = Command::new("tmux")
        .args([
            "new-session",
            "-d",
            "-s",
            &name,
            "-x",
            "100",
            "-y",
            "30",
            &command,
        ])
        .status()
        .unwrap();
    assert!(status.success());
    let session = Session(name);
    session.wait_for(60, "the overview", |s| {
        s.contains("Who carried the traffic")
    });
    let pid = std::fs::read_to_string(&pid_file).unwrap();
    let status = Command::new("kill")
        .args(["-TERM", pid.trim()])
        .status()
        .unwrap();
    assert!(status.success());
    let after = session.wait_for(10, "nuage to exit", |s| s.contains("NUAGE-EXITED"));
    assert!(
        !session.alternate_on(),
        "SIGTERM leaves the alternate screen:\n{after}"
    );
}
