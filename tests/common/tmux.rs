//! A tmux session for the dashboard's end-to-end tests: start, type, read the screen, and
//! always kill the session, even when the test fails.
// Each test crate includes this file and uses part of it.
#![allow(dead_code)]

use std::process::Command;
use std::time::{Duration, Instant};

pub fn tmux(args: &[&str]) -> String {
    let out = Command::new("tmux")
        .args(args)
        .output()
        .expect("running tmux");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub struct Session(pub String);

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.0])
            .output();
    }
}

impl Session {
    pub fn capture(&self) -> String {
        tmux(&["capture-pane", "-p", "-t", &self.0])
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.0];
        args.extend_from_slice(keys);
        tmux(&args);
    }

    /// Waits (polling the pane, at most `secs`) until `pred` holds; returns the last screen.
    pub fn wait_for(&self, secs: u64, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let screen = self.capture();
            if pred(&screen) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what}:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    pub fn alternate_on(&self) -> bool {
        tmux(&["display-message", "-p", "-t", &self.0, "#{alternate_on}"]).trim() == "1"
    }
}
