//! `nuage demo`: the dashboard on the demo household's day, replayed through the real
//! pipeline in this process, faster than real time. No root, no daemon, no network.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Instant;

use anyhow::Context as _;

use super::args::{DemoArgs, GlobalArgs};
use super::context::Context as RunContext;
use crate::demo::feed::{DemoFeed, generated_history};
use crate::tr;
use crate::tui::terminal::{self, Source};
use crate::usage::{DayUsage, LiveSnapshot};

/// The demo household's date and seed, as `examples/gen-demo.rs` writes the bundled file.
const DEMO_DAY_SECS: i64 = 1_804_464_000;
const DEMO_SEED: u64 = 8;
const DEMO_FLOWS: usize = 200;

/// The bundled capture: beside the sources when run from the repository, or installed.
fn bundled_capture() -> Option<PathBuf> {
    [
        Path::new(env!("CARGO_MANIFEST_DIR")).join("demo/household.pcap"),
        PathBuf::from("/usr/share/nuage/demo/household.pcap"),
    ]
    .into_iter()
    .find(|p| p.is_file())
}

struct DemoSource {
    feed: DemoFeed,
    speed: f64,
    start_micros: i64,
    started: Instant,
    history: Option<Receiver<Vec<(i64, DayUsage)>>>,
}

impl Source for DemoSource {
    fn poll(&mut self) -> Option<Arc<LiveSnapshot>> {
        if let Some(rx) = &self.history {
            match rx.try_recv() {
                Ok(days) => {
                    self.feed.add_history(days);
                    self.history = None;
                }
                Err(TryRecvError::Disconnected) => self.history = None,
                Err(TryRecvError::Empty) => {}
            }
        }
        let now = self.now_micros();
        self.feed.advance_to(now);
        Some(Arc::new(self.feed.snapshot(now)))
    }

    fn day(&mut self, offset: i64) -> Option<DayUsage> {
        Some(self.feed.day(offset))
    }

    fn now_micros(&self) -> i64 {
        let elapsed = self.started.elapsed().as_secs_f64() * self.speed;
        self.start_micros + (elapsed * 1e6) as i64
    }
}

pub fn run(global: &GlobalArgs, args: &DemoArgs) -> anyhow::Result<ExitCode> {
    let ctx = RunContext::new(global)?;
    if !std::io::stdout().is_terminal() {
        anyhow::bail!(
            "{}",
            crate::tr!(ctx.l10n, "dash-needs-terminal", command = "nuage demo")
        );
    }
    let classifier = Arc::new(ctx.classifier()?);
    let privacy = ctx.config.privacy;
    let place = ctx.config.place.clone();
    let feed = match args.file.clone().or_else(bundled_capture) {
        Some(path) => DemoFeed::open(&path, classifier.clone(), privacy, place)
            .with_context(|| tr!(ctx.l10n, "cli-demo-open", path = path.display().to_string()))?,
        // Installed without the file: the generator makes the very same day.
        None => DemoFeed::from_frames(
            &ctx.l10n.tr("cli-demo-household"),
            1,
            crate::demo::household_day(DEMO_SEED, DEMO_DAY_SECS, DEMO_FLOWS),
            classifier.clone(),
            privacy,
            place,
        )?,
    };
    let day_start = feed.start_micros().div_euclid(86_400_000_000) * 86_400_000_000;
    let start_micros = day_start + i64::from(args.from) * 1_000_000;
    let today = day_start.div_euclid(86_400_000_000);
    let (tx, rx) = std::sync::mpsc::channel();
    // Earlier days for ← and "usual Mondays", made off the drawing thread.
    std::thread::Builder::new()
        .name("demo-history".into())
        .spawn(
            move || match generated_history(classifier, privacy, today) {
                Ok(days) => {
                    let _ = tx.send(days);
                }
                Err(e) => tracing::warn!("demo history: {e}"),
            },
        )
        .with_context(|| ctx.l10n.tr("cli-start-thread"))?;
    let mut source = DemoSource {
        feed,
        speed: args.speed,
        start_micros,
        started: Instant::now(),
        history: Some(rx),
    };
    let running = ctx.l10n.tr("cli-dashboard");
    terminal::run(super::top::app(ctx), &mut source).context(running)?;
    Ok(ExitCode::SUCCESS)
}
