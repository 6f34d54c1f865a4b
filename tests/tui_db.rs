#![allow(clippy::unwrap_used, clippy::expect_used)]
//! `nuage top --db`, end to end at the library level: a database filled through the store
//! API (five Mondays and the Sunday before the last), read by `DatabaseSource` on a fixed
//! clock, driven by key events through a `Session` and drawn on a `TestBackend`. The
//! header says the data is not live, ← shows the day before with its own numbers, the
//! baseline is the earlier Mondays, and a database that cannot be read is named.

use std::path::Path;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use nuage::config::Privacy;
use nuage::flow::{Counts, Direction};
use nuage::names::ServiceCatalogue;
use nuage::ranges::Catalogue;
use nuage::store::{LocalDays, Store, StoreOptions};
use nuage::tui::{App, Clock, DatabaseSource, Session, Step, Theme, text};
use nuage::usage::UsageKey;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// 2027-03-08 (a Monday) 00:00 UTC, in minutes.
const MONDAY: i64 = 1_804_464_000 / 60;
const DAY: i64 = 1440;

/// A day of traffic: `google` bytes on Google, `other` on Hetzner, each hour from 08 to 19.
fn day_rows(start: i64, google: u64, other: u64) -> Vec<(UsageKey, Counts)> {
    let mut rows = Vec::new();
    for hour in 8..20 {
        for (provider, bytes) in [("google", google), ("hetzner", other)] {
            let mut k = UsageKey::internet(start + hour * 60 + 5, Direction::Down);
            k.provider = Some(provider.into());
            k.device = Some("device-0a1b2c3d".into());
            rows.push((
                k,
                Counts {
                    bytes,
                    packets: bytes / 1000 + 1,
                    new_flows: 1,
                },
            ));
        }
    }
    rows
}

fn fill(path: &Path) {
    let mut store = Store::open(path, StoreOptions::default()).unwrap();
    // Today: 60% Big Tech. The Sunday before: 90%. Earlier Mondays: 80%.
    store
        .write_minutes(&day_rows(MONDAY, 6_000_000, 4_000_000))
        .unwrap();
    store
        .write_minutes(&day_rows(MONDAY - DAY, 9_000_000, 1_000_000))
        .unwrap();
    for week in 1..=4 {
        store
            .write_minutes(&day_rows(MONDAY - 7 * week * DAY, 8_000_000, 2_000_000))
            .unwrap();
    }
}

fn open(path: &Path, now_minute: i64) -> DatabaseSource {
    DatabaseSource::open(
        path,
        LocalDays::utc(),
        Catalogue::bundled().unwrap(),
        ServiceCatalogue::bundled().unwrap(),
        Some("Casal del barri".into()),
        Clock::Fixed(now_minute * 60_000_000 + 5_000_000),
    )
    .unwrap()
}

fn screen(session: &mut Session, source: &DatabaseSource) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| session.draw(f, source)).unwrap();
    let buf = terminal.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let s = buf[(x, y)].symbol();
            line.push_str(s);
            skip = unicode_width::UnicodeWidthStr::width(s).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn app(path: &Path) -> App {
    let mut app = App::new(
        Theme {
            color: false,
            ascii: false,
        },
        Privacy::DevicesAnonymous,
    );
    app.source_note = Some(text::from_database(&app.l10n, &path.display().to_string()));
    app
}

#[test]
fn a_database_drives_the_dashboard_with_history_and_baseline() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nuage.db");
    fill(&path);
    // 16:20 on the Monday.
    let mut source = open(&path, MONDAY + 16 * 60 + 20);
    let mut session = Session::new(app(Path::new("/var/lib/nuage/nuage.db")), &mut source);

    let today = screen(&mut session, &source);
    for needle in [
        "Casal del barri",
        "Mon 08/03/2027",
        "not live",
        "16:20:05",
        "reading /var/lib/nuage/nuage.db",
        "60%",
        // (0.6 − 0.8) / 0.8
        "−25% vs usual Mondays (80%)",
        "Google",
        "Through the day",
    ] {
        assert!(today.contains(needle), "{needle} missing:\n{today}");
    }
    assert!(!today.contains("  live  "), "{today}");
    insta::assert_snapshot!("db_today_80x24", today);

    // ← : the Sunday, with its own numbers and no Sunday baseline in the database.
    assert_eq!(
        session.handle(&key(KeyCode::Left), &mut source),
        Step::Redraw
    );
    let sunday = screen(&mut session, &source);
    assert!(
        sunday.contains("Sun 07/03/2027") && sunday.contains("history") && sunday.contains("90%"),
        "{sunday}"
    );
    assert!(sunday.contains("no usual day"), "{sunday}");
    insta::assert_snapshot!("db_sunday_80x24", sunday);

    // Six more days back: the Monday before, compared with the three Mondays before it.
    for _ in 0..6 {
        session.handle(&key(KeyCode::Left), &mut source);
    }
    let monday_before = screen(&mut session, &source);
    assert!(
        monday_before.contains("Mon 01/03/2027")
            && monday_before.contains("80%")
            && monday_before.contains("0% vs usual Mondays (80%)"),
        "{monday_before}"
    );

    // A day without data says so.
    for _ in 0..30 {
        session.handle(&key(KeyCode::Left), &mut source);
    }
    let empty = screen(&mut session, &source);
    assert!(empty.contains("No data stored for this day"), "{empty}");

    // t: back to the day the database opened on, not live.
    session.handle(&key(KeyCode::Char('t')), &mut source);
    session.tick(&mut source);
    let back = screen(&mut session, &source);
    assert!(
        back.contains("Mon 08/03/2027") && back.contains("not live"),
        "{back}"
    );
}

#[test]
fn the_last_day_with_data_is_shown_when_today_has_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nuage.db");
    fill(&path);
    // Opened a month later: the last day with data is the Monday.
    let mut source = open(&path, MONDAY + 30 * DAY + 600);
    let shown = Session::new(app(&path), &mut source)
        .shown()
        .map(|s| (s.today.span.label.clone(), s.live));
    assert_eq!(shown, Some(("2027-03-08".to_string(), false)));
}

#[test]
fn a_database_written_beside_the_reader_is_read_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nuage.db");
    let mut store = Store::open(&path, StoreOptions::default()).unwrap();
    store
        .write_minutes(&day_rows(MONDAY, 1_000_000, 1_000_000))
        .unwrap();
    let t0 = (MONDAY + 600) * 60_000_000;
    let mut source = open(&path, MONDAY + 600);
    let mut session = Session::new(app(&path), &mut source);
    assert_eq!(
        session.shown().map(|s| s.today.totals.bytes()),
        Some(12 * 2_000_000)
    );
    // The writer adds a flush (rows are deltas).
    store
        .write_minutes(&day_rows(MONDAY, 1_000_000, 0))
        .unwrap();
    source.set_clock(Clock::Fixed(t0 + 9_000_000));
    session.tick(&mut source);
    assert_eq!(
        session.shown().map(|s| s.today.totals.bytes()),
        Some(12 * 2_000_000),
        "not before the re-read interval"
    );
    source.set_clock(Clock::Fixed(t0 + 5_000_000 + nuage::tui::db::REREAD_MICROS));
    session.tick(&mut source);
    assert_eq!(
        session.shown().map(|s| s.today.totals.bytes()),
        Some(12 * 3_000_000)
    );
}

#[test]
fn unreadable_databases_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.db");
    let err = DatabaseSource::open(
        &missing,
        LocalDays::utc(),
        Catalogue::bundled().unwrap(),
        ServiceCatalogue::bundled().unwrap(),
        None,
        Clock::System,
    )
    .err()
    .unwrap()
    .to_string();
    assert!(err.contains("nope.db"), "{err}");

    let junk = dir.path().join("notes.db");
    std::fs::write(&junk, b"this is not a database, just some notes\n").unwrap();
    let err = DatabaseSource::open(
        &junk,
        LocalDays::utc(),
        Catalogue::bundled().unwrap(),
        ServiceCatalogue::bundled().unwrap(),
        None,
        Clock::System,
    )
    .err()
    .unwrap()
    .to_string();
    assert!(
        err.contains("notes.db") && err.contains("cannot read the database"),
        "{err}"
    );
}

#[test]
fn dashboards_refuse_a_pipe_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nuage.db");
    fill(&path);
    let bin = env!("CARGO_BIN_EXE_nuage");
    for (lang, args, want) in [
        (
            "de",
            vec!["demo"],
            "nuage demo zeichnet ein Dashboard und braucht ein Terminal",
        ),
        (
            "el",
            vec!["top", "--db", path.to_str().unwrap()],
            "το nuage top σχεδιάζει έναν πίνακα και χρειάζεται τερματικό",
        ),
    ] {
        let out = std::process::Command::new(bin)
            .arg("--data-dir")
            .arg(dir.path())
            .args(["--lang", lang])
            .args(&args)
            .env_remove("NUAGE_LOG")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && err.contains(want), "{lang}: {err}");
    }
}
