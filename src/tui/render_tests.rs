//! Snapshot tests of every view at 80×24 and 160×48, as text and as a compact style dump
//! with colour and without, from fixed snapshots on a fixed clock.

use std::fmt::Write as _;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use super::fixtures;
use super::{App, Theme, View, render};
use crate::config::Privacy;
use crate::usage::LiveSnapshot;

const SIZES: [(u16, u16); 2] = [(80, 24), (160, 48)];

fn frame(app: &App, snap: &LiveSnapshot, w: u16, h: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| render(f, app, snap, snap.now_micros))
        .unwrap();
    terminal.backend().buffer().clone()
}

fn text(buf: &Buffer) -> String {
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

/// One line per row with styled runs: `y x0-x1 fg bg modifiers`.
fn styles(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut runs: Vec<(u16, u16, String)> = Vec::new();
        for x in 0..buf.area.width {
            let c = &buf[(x, y)];
            let fg = format!("{:?}", c.fg);
            let bg = format!("{:?}", c.bg);
            let m = format!("{:?}", c.modifier);
            let key = format!("{fg} {bg} {m}");
            match runs.last_mut() {
                Some((_, end, k)) if *k == key && *end + 1 == x => *end = x,
                _ => runs.push((x, x, key)),
            }
        }
        let runs: Vec<String> = runs
            .into_iter()
            .filter(|(_, _, k)| k != "Reset Reset NONE")
            .map(|(a, b, k)| format!("{a}-{b} {k}"))
            .collect();
        if !runs.is_empty() {
            let _ = writeln!(out, "{y:2}: {}", runs.join(" ; "));
        }
    }
    out
}

fn app(view: View, color: bool) -> App {
    let mut a = App::new(
        Theme {
            color,
            ascii: false,
        },
        Privacy::DevicesAnonymous,
    );
    a.view = view;
    a
}

fn name(view: View) -> &'static str {
    match view {
        View::Overview => "overview",
        View::Services => "services",
        View::Devices => "devices",
        View::Flows => "flows",
    }
}

#[test]
fn every_view_at_both_sizes_in_colour_and_without() {
    let snap = fixtures::monday();
    for view in View::ALL {
        for (w, h) in SIZES {
            let coloured = frame(&app(view, true), &snap, w, h);
            let mono = frame(&app(view, false), &snap, w, h);
            // Colour never changes a character: monochrome shows the same screen.
            assert_eq!(text(&coloured), text(&mono));
            let base = format!("{}_{w}x{h}", name(view));
            insta::assert_snapshot!(base.clone(), text(&coloured));
            insta::assert_snapshot!(format!("{base}_styles_colour"), styles(&coloured));
            insta::assert_snapshot!(format!("{base}_styles_mono"), styles(&mono));
            assert!(
                !styles(&mono).contains("Red") && !styles(&mono).contains("Blue"),
                "no colour without colour"
            );
        }
    }
}

#[test]
fn ascii_locale_draws_only_ascii() {
    let snap = fixtures::monday();
    for view in View::ALL {
        let mut a = app(view, false);
        a.theme.ascii = true;
        let t = text(&frame(&a, &snap, 80, 24));
        // The place name is the user's own text; everything else is ASCII.
        let drawn: String = t.replace("Ateneu Popular", "");
        assert!(drawn.is_ascii(), "{view:?}:\n{t}");
        if view == View::Overview {
            insta::assert_snapshot!("overview_80x24_ascii", t);
        }
    }
}

#[test]
fn help_overlay_lists_every_key() {
    let snap = fixtures::monday();
    let mut a = app(View::Overview, true);
    a.handle(&Event::Key(KeyEvent::new(
        KeyCode::Char('?'),
        KeyModifiers::NONE,
    )));
    for (w, h) in SIZES {
        let t = text(&frame(&a, &snap, w, h));
        for (keys, what) in super::text::help_keys(&a.l10n) {
            assert!(t.contains(&keys), "{keys} missing");
            assert!(t.contains(&what), "{what} missing");
        }
        insta::assert_snapshot!(format!("help_{w}x{h}"), t);
    }
}

#[test]
fn header_shows_trouble_and_history() {
    let a = app(View::Overview, true);
    let t = text(&frame(&a, &fixtures::troubled(), 80, 24));
    assert!(
        t.contains("1,204 dropped") && t.contains("wlan0 down"),
        "{t}"
    );
    assert!(t.contains("no usual day"), "{t}");
    insta::assert_snapshot!("troubled_80x24", t);
    let t = text(&frame(&a, &fixtures::troubled(), 160, 48));
    assert!(
        t.contains("not saving: disk full") && t.contains("offload"),
        "{t}"
    );
    insta::assert_snapshot!("troubled_160x48", t);
    // The daemon's warnings are words of the dashboard's language too.
    let mut de = app(View::Overview, true);
    de.l10n = std::sync::Arc::new(crate::i18n::Localizer::new(crate::i18n::Lang::De));
    let t = text(&frame(&de, &fixtures::troubled(), 160, 48));
    assert!(
        t.contains("Festplatte voll") && t.contains("Offloading") && !t.contains("disk"),
        "{t}"
    );

    let mut a = app(View::Overview, true);
    a.handle(&Event::Key(KeyEvent::new(
        KeyCode::Left,
        KeyModifiers::NONE,
    )));
    let t = text(&frame(&a, &fixtures::history(), 80, 24));
    assert!(t.contains("history") && !t.contains("live"), "{t}");
    insta::assert_snapshot!("history_80x24", t);
}

#[test]
fn privacy_aggregate_hides_devices_and_full_shows_names() {
    let snap = fixtures::monday();
    let mut a = app(View::Devices, true);
    a.privacy = Privacy::Aggregate;
    let t = text(&frame(&a, &snap, 80, 24));
    assert!(
        t.contains("privacy setting") && !t.contains("device-"),
        "{t}"
    );
    a.privacy = Privacy::Full;
    a.device_names
        .insert("device-c0ffee12".into(), "Kitchen laptop".into());
    let t = text(&frame(&a, &snap, 80, 24));
    assert!(t.contains("Kitchen laptop"), "{t}");
}

#[test]
fn the_main_view_shows_what_the_issue_asks() {
    let snap = fixtures::monday();
    let t = text(&frame(&app(View::Overview, true), &snap, 80, 24));
    for needle in [
        "Ateneu Popular",
        "Mon 08/03/2027",
        "live",
        "14:32:05",
        "eth0 capture ok",
        "Amazon",
        "Google",
        "Microsoft",
        "Meta",
        "Apple",
        "Other clouds/CDNs",
        "Other networks",
        "Inside (LAN)",
        "vs usual Mondays",
        "per hour",
        "▲",
    ] {
        assert!(t.contains(needle), "{needle} missing:\n{t}");
    }
    let big = text(&frame(&app(View::Overview, true), &snap, 160, 48));
    assert!(
        big.contains("per 10 min") && big.contains("Zoom · Amazon"),
        "{big}"
    );
}

#[test]
fn tiny_terminals_get_a_message_not_a_panic() {
    let snap = fixtures::monday();
    for (w, h) in [(10, 3), (39, 24), (80, 11), (1, 1), (40, 12), (41, 13)] {
        for view in View::ALL {
            let mut a = app(view, true);
            a.help = true;
            frame(&a, &snap, w, h);
        }
    }
    let t = text(&frame(&app(View::Overview, true), &snap, 30, 10));
    assert!(t.contains("too small"), "{t}");
}

#[test]
fn the_clock_and_the_timeline_follow_the_local_clock_when_it_changes() {
    use jiff::civil::date;
    // 23 hours: 02:00 does not exist; 14:32:05 local is 12:32:05 UTC.
    let spring = fixtures::madrid(date(2027, 3, 28), (14, 32, 5));
    assert_eq!(spring.today.span.minutes(), 23 * 60);
    assert_eq!(spring.today.timeline.len(), 138);
    // 25 hours: 02:00–03:00 comes twice; 20:15:00 local is 19:15:00 UTC.
    let autumn = fixtures::madrid(date(2027, 10, 31), (20, 15, 0));
    assert_eq!(autumn.today.span.minutes(), 25 * 60);
    assert_eq!(autumn.today.timeline.len(), 150);
    for (name, snap, clock) in [
        ("dst_spring", &spring, "14:32:05"),
        ("dst_autumn", &autumn, "20:15:00"),
    ] {
        for (w, h) in SIZES {
            let t = text(&frame(&app(View::Overview, true), snap, w, h));
            assert!(t.contains(clock), "{name} {w}x{h}: {clock} missing:\n{t}");
            insta::assert_snapshot!(format!("{name}_{w}x{h}"), t);
        }
    }
    // The hour marks: 02 is missing in spring, comes twice in autumn.
    let hours = |snap: &LiveSnapshot| -> Vec<u8> {
        super::model::hour_marks(&snap.today, 1)
            .into_iter()
            .map(|(_, h)| h)
            .collect()
    };
    let spring_hours = hours(&spring);
    assert_eq!(spring_hours.len(), 23);
    assert_eq!(&spring_hours[..4], &[0, 1, 3, 4]);
    let autumn_hours = hours(&autumn);
    assert_eq!(autumn_hours.len(), 25);
    assert_eq!(&autumn_hours[..5], &[0, 1, 2, 2, 3]);
    // The now marker sits in the bucket of the elapsed time, not of the wall clock.
    let (_, buckets) = super::model::timeline(&autumn.today, 60);
    assert_eq!(buckets.len(), 25);
    assert_eq!(
        super::model::now_bucket(&autumn.today, autumn.now_micros, 60),
        Some(21)
    );
}

/// The main view in each of the nine languages: every label in full (nothing cut with an
/// ellipsis), the headline and its comparison whole, at 80×24 (and 160×48 for the longest,
/// German and Greek).
#[test]
fn the_main_view_in_every_language() {
    use crate::i18n::{Lang, Localizer};
    use std::sync::Arc;
    let snap = fixtures::monday();
    for lang in Lang::ALL {
        let l10n = Arc::new(Localizer::new(lang));
        let a = app(View::Overview, true).with_localizer(l10n.clone());
        let sizes: &[(u16, u16)] = if matches!(lang, Lang::De | Lang::El) {
            &SIZES
        } else {
            &SIZES[..1]
        };
        for &(w, h) in sizes {
            let t = text(&frame(&a, &snap, w, h));
            let today = &snap.today;
            let baseline = snap.baseline.as_ref().unwrap();
            let change =
                crate::usage::relative_change(today.share(), baseline.big_tech_share).unwrap();
            let mut whole = vec![
                l10n.tr(super::text::HEADLINE_TITLE),
                l10n.tr(super::text::PROVIDERS_TITLE),
                l10n.tr(super::text::FOOTER_HINTS),
                super::text::share_of(
                    &l10n,
                    &a.amount(today.big_tech.bytes),
                    &a.amount(today.totals.bytes()),
                ),
                super::text::vs_usual(
                    &l10n,
                    &super::units::signed_percent(lang, change),
                    Some(time::Weekday::Monday),
                    &a.percent(baseline.big_tech_share),
                ),
                {
                    let minutes = if w >= 160 { 10 } else { 60 };
                    let (_, buckets) = super::model::timeline(today, minutes);
                    let peak = buckets
                        .iter()
                        .map(|b| b.big_tech_bytes + b.other_bytes)
                        .max()
                        .unwrap();
                    super::text::timeline_title(&l10n, minutes, &a.amount(peak))
                },
                l10n.weekday_short(time::Weekday::Monday),
            ];
            whole.extend(super::model::Category::ALL.iter().map(|c| c.label(&l10n)));
            whole.extend(View::ALL.iter().map(|v| l10n.tr(v.title())));
            for needle in whole {
                let needle = needle.replace('\u{a0}', " ");
                let shown = t.replace('\u{a0}', " ");
                assert!(
                    shown.contains(&needle),
                    "{lang} {w}x{h}: {needle:?} is not shown whole:\n{t}"
                );
            }
            // A cut label ends in an ellipsis; only user data (none here) may be cut.
            assert!(!t.contains('…'), "{lang} {w}x{h}: something is cut:\n{t}");
            insta::assert_snapshot!(format!("overview_{w}x{h}_{}", lang.code()), t);
        }
        // The help overlay lists every key with its whole description at 80×24.
        let mut helped = a.clone();
        helped.help = true;
        let t = text(&frame(&helped, &snap, 80, 24));
        for (keys, what) in super::text::help_keys(&l10n) {
            assert!(
                t.contains(&keys) && t.contains(&what),
                "{lang}: help line {keys:?} {what:?} cut:\n{t}"
            );
        }
        if matches!(lang, Lang::De | Lang::El) {
            insta::assert_snapshot!(format!("help_80x24_{}", lang.code()), t);
        }
    }
}
