#![allow(clippy::unwrap_used, clippy::expect_used)]
//! nuage's flows against the ground truth of `../shared/tools/gen-household-pcap` (skipped
//! with a note when the tool or its Python dependencies are absent): every flow's client,
//! server, per-direction packets and wire bytes must match exactly; provider attribution is
//! compared and reported.

#[path = "common/shared.rs"]
mod shared;
use shared::shared_path;
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

fn tool() -> Option<PathBuf> {
    shared_path("tools/gen-household-pcap")
}

/// (proto, client, client_port, server, server_port) → (provider, [up pk, up by, down pk, down by])
type Flows = HashMap<(String, String, u64, String, u64), (String, [u64; 4])>;

#[test]
fn flows_match_the_generators_ground_truth() {
    let Some(tool) = tool() else {
        eprintln!("note: shared/tools/gen-household-pcap not found; skipping");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let pcap = dir.path().join("day.pcap");
    let truth = dir.path().join("truth.tsv");
    let generated = Command::new(&tool)
        .arg("--out")
        .arg(&pcap)
        .arg("--truth")
        .arg(&truth)
        .args(["--packets", "20000", "--seed", "3"])
        .output();
    match generated {
        Ok(out) if out.status.success() => {}
        other => {
            eprintln!(
                "note: {} could not run ({other:?}); skipping",
                tool.display()
            );
            return;
        }
    }
    let mut expected: Flows = HashMap::new();
    for line in std::fs::read_to_string(&truth).unwrap().lines().skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        let n = |i: usize| c[i].parse::<u64>().unwrap();
        let key = (
            c[0].to_uppercase(),
            c[1].to_string(),
            n(2),
            c[3].to_string(),
            n(4),
        );
        let e = expected.entry(key).or_insert((c[5].to_string(), [0; 4]));
        for (k, i) in [8, 9, 10, 11].into_iter().enumerate() {
            e.1[k] += n(i);
        }
    }
    let out = Command::new(env!("CARGO_BIN_EXE_nuage"))
        .args(["replay", "--flows", "--data-dir"])
        .arg(dir.path().join("data"))
        .arg(&pcap)
        .env("NUAGE_LOG", "error")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut got: Flows = HashMap::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let s = |k: &str| v[k].as_str().unwrap_or("").to_string();
        let n = |k: &str| v[k].as_u64().unwrap();
        let key = (
            s("proto"),
            s("client"),
            n("client_port"),
            s("server"),
            n("server_port"),
        );
        let e = got.entry(key).or_insert((s("provider"), [0; 4]));
        for (k, f) in ["up_packets", "up_bytes", "down_packets", "down_bytes"]
            .into_iter()
            .enumerate()
        {
            e.1[k] += n(f);
        }
    }
    let mut wrong = Vec::new();
    let (mut same_provider, mut attributed) = (0usize, 0usize);
    for (key, (provider, counts)) in &expected {
        match got.get(key) {
            Some((p, c)) if c == counts => {
                if provider != "other" {
                    attributed += 1;
                    same_provider += usize::from(p == provider);
                }
            }
            Some((_, c)) => wrong.push(format!("{key:?}: truth {counts:?}, nuage {c:?}")),
            None => wrong.push(format!("{key:?}: no nuage flow with this client/server")),
        }
    }
    eprintln!(
        "ground truth: {} of {} flows with identical roles and counts; provider agrees on {same_provider} of {attributed} flows the generator drew from a provider's list",
        expected.len() - wrong.len(),
        expected.len()
    );
    assert!(wrong.is_empty(), "{wrong:#?}");
    // attribution itself is the classifier's; this guards that the flow stage asks it about
    // the server side
    assert!(
        same_provider * 10 >= attributed * 9,
        "{same_provider} of {attributed}"
    );
}
