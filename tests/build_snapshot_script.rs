//! `scripts/build-snapshot` on a small hand-made package tarball: it keeps only catalogue
//! ASNs, turns ranges into minimal prefixes per ASN, and writes what `snapshot.rs` reads.
//! Needs python3 (3.11+, for tomllib) and tar; without them it prints a note and passes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use nuage::ranges::snapshot::parse_asn_snapshot;

const CATALOGUE: &str = r#"
[[provider]]
id = "a"
name = "A"
company = "A"
group = "cloud"
asns = [64500, 64501]

[[provider]]
id = "b"
name = "B"
company = "B"
group = "cdn"
asns = [64502]
"#;

const PACKAGE_JSON: &str = r#"{"name": "@ip-location-db/asn", "version": "2.3.2025010203"}"#;

// start,end,asn,organisation; inclusive ranges, as the package writes them.
const IPV4: &str = "\
198.51.100.0,198.51.100.127,64500,\"Example A, Inc.\"
198.51.100.128,198.51.100.255,64500,\"Example A, Inc.\"
203.0.113.0,203.0.113.10,64501,Example A
203.0.113.11,203.0.113.255,64502,Example B
192.0.2.0,192.0.2.255,64999,Somebody else
";

const IPV6: &str = "\
2001:db8::,2001:db8:0:ffff:ffff:ffff:ffff:ffff,64502,Example B
2001:db8:1::,2001:db8:1:ffff:ffff:ffff:ffff:ffff,64502,Example B
2001:db8:2::,2001:db8:2:ffff:ffff:ffff:ffff:ffff,64999,Somebody else
";

fn tools_present() -> bool {
    let python = Command::new("python3")
        .args(["-c", "import tomllib"])
        .output()
        .is_ok_and(|o| o.status.success());
    let tar = Command::new("tar")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    python && tar
}

fn make_tarball(dir: &Path, ipv4: &str) -> PathBuf {
    let package = dir.join("package");
    std::fs::create_dir_all(&package).unwrap();
    std::fs::write(package.join("package.json"), PACKAGE_JSON).unwrap();
    std::fs::write(package.join("asn-ipv4.csv"), ipv4).unwrap();
    std::fs::write(package.join("asn-ipv6.csv"), IPV6).unwrap();
    let tarball = dir.join("pkg.tgz");
    let status = Command::new("tar")
        .current_dir(dir)
        .args(["czf", "pkg.tgz", "package"])
        .status()
        .unwrap();
    assert!(status.success());
    tarball
}

fn run_script(dir: &Path, tarball: &Path) -> (std::process::Output, PathBuf) {
    let catalogue = dir.join("catalogue.toml");
    std::fs::write(&catalogue, CATALOGUE).unwrap();
    let output = dir.join("snapshot-asn.txt");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/build-snapshot");
    let out = Command::new("python3")
        .arg(script)
        .arg("--tarball")
        .arg(tarball)
        .arg("--catalogue")
        .arg(&catalogue)
        .arg("--output")
        .arg(&output)
        .output()
        .unwrap();
    (out, output)
}

#[test]
fn keeps_catalogue_asns_as_minimal_sorted_prefixes() {
    if !tools_present() {
        eprintln!("note: python3 3.11+ or tar missing; build-snapshot script not tested");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let tarball = make_tarball(dir.path(), IPV4);
    let (out, output) = run_script(dir.path(), &tarball);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&output).unwrap();

    assert!(text.contains("# date: 2025-01-02\n"), "{text}");
    assert!(
        text.contains("@ip-location-db/asn 2.3.2025010203"),
        "{text}"
    );
    assert!(text.contains("# prefixes: 10 IPv4, 1 IPv6\n"), "{text}");
    assert!(
        text.contains("CC BY 4.0") && text.contains("DB-IP"),
        "{text}"
    );

    let got: Vec<String> = parse_asn_snapshot(&text, "out")
        .unwrap()
        .iter()
        .map(|r| format!("{} {}", r.net, r.asn.unwrap()))
        .collect();
    let expected = [
        // Two halves of one /24, same ASN: merged.
        "198.51.100.0/24 64500",
        // 203.0.113.0-10 of AS64501 is .0-7, .8-9 and .10.
        "203.0.113.0/29 64501",
        "203.0.113.8/31 64501",
        "203.0.113.10/32 64501",
        // The rest of the /24 belongs to another ASN: never merged across ASNs.
        "203.0.113.11/32 64502",
        "203.0.113.12/30 64502",
        "203.0.113.16/28 64502",
        "203.0.113.32/27 64502",
        "203.0.113.64/26 64502",
        "203.0.113.128/25 64502",
        // Two adjacent /48s of one ASN: one /47. AS64999 is in no provider: dropped.
        "2001:db8::/47 64502",
    ];
    assert_eq!(got, expected);
}

#[test]
fn a_bad_row_is_named_and_nothing_is_written() {
    if !tools_present() {
        eprintln!("note: python3 3.11+ or tar missing; build-snapshot script not tested");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bad = format!("{IPV4}203.0.114.0,203.0.113.0,64500,Backwards\n");
    let tarball = make_tarball(dir.path(), &bad);
    let (out, output) = run_script(dir.path(), &tarball);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("asn-ipv4.csv line 6") && stderr.contains("not a range"),
        "{stderr}"
    );
    assert!(!output.exists());
}
