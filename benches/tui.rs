#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The dashboard's own cost: one frame of the busiest view (the overview at 160×48, with
//! top services and devices) drawn into an off-screen terminal, from a snapshot of the demo
//! household at 20:00 built by the real pipeline. At one refresh a second, µs per frame
//! divided by 10,000 is the share of one core. Building the snapshot (the demo feed's and
//! the daemon's side) is measured apart.

use std::path::Path;
use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use nuage::classify::load_classifier;
use nuage::config::Privacy;
use nuage::demo::feed::DemoFeed;
use nuage::tui::{App, Theme, View, render};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn feed() -> (DemoFeed, i64) {
    let (classifier, _) = load_classifier(None, &[]).unwrap();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("demo/household.pcap");
    let mut feed = DemoFeed::open(
        &path,
        Arc::new(classifier),
        Privacy::DevicesAnonymous,
        Some("Bench".into()),
    )
    .unwrap();
    let day = feed.start_micros().div_euclid(86_400_000_000) * 86_400_000_000;
    let now = day + 20 * 3_600_000_000;
    feed.advance_to(now - 60_000_000);
    feed.snapshot(now - 60_000_000);
    feed.advance_to(now);
    (feed, now)
}

fn bench(c: &mut Criterion) {
    let (mut feed, now) = feed();
    let snap = feed.snapshot(now);
    let mut group = c.benchmark_group("tui");
    group.sample_size(30);
    for view in View::ALL {
        let mut app = App::new(Theme::default(), Privacy::DevicesAnonymous);
        app.view = view;
        let mut terminal = Terminal::new(TestBackend::new(160, 48)).unwrap();
        let mut tick = 0i64;
        group.bench_function(format!("frame_160x48_{view:?}"), |b| {
            b.iter(|| {
                // The clock changes every frame, as it does once a second live.
                tick += 1_000_000;
                terminal
                    .draw(|f| render(f, &app, &snap, now + tick))
                    .unwrap();
            })
        });
    }
    group.bench_function("demo_snapshot_20h", |b| b.iter(|| feed.snapshot(now)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
