//! `nuage top`: the live dashboard of a running daemon, over its control socket; with
//! `--db`, the dashboard of a database file read directly (not live).

use std::io::IsTerminal as _;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError};

use anyhow::Context as _;

use super::args::{GlobalArgs, TopArgs};
use super::context::Context as RunContext;
use crate::control::{ControlClient, resolve_socket_path};
use crate::names::ServiceCatalogue;
use crate::ranges::Catalogue;
use crate::store::LocalDays;
use crate::tui::terminal::{self, Source};
use crate::tui::{App, Clock, DatabaseSource, Theme, text};
use crate::usage::{Baseline, BigTechRule, DayUsage, LiveSnapshot, Naming, UsageSpan};

struct TopSource {
    snapshots: Receiver<Result<LiveSnapshot, String>>,
    latest: Option<Arc<LiveSnapshot>>,
    /// A second connection for questions about past days.
    queries: ControlClient,
    ended: bool,
    catalogue: Catalogue,
    services: ServiceCatalogue,
}

impl TopSource {
    /// An empty day `offset` days from the latest one (a day the daemon has no data for).
    fn empty_day(&self, today: &UsageSpan, offset: i64, label: String) -> DayUsage {
        let rule = BigTechRule::new(&self.catalogue, &self.services);
        let span = UsageSpan {
            label,
            time_zone: today.time_zone.clone(),
            start_minute: today.start_minute + offset * 1440,
            end_minute: today.end_minute + offset * 1440,
        };
        let naming = Naming {
            catalogue: &self.catalogue,
            services: &self.services,
            rule: &rule,
        };
        DayUsage::build(span, std::iter::empty(), naming, 10)
    }
}

impl Source for TopSource {
    fn poll(&mut self) -> Option<Arc<LiveSnapshot>> {
        let mut fresh = None;
        loop {
            match self.snapshots.try_recv() {
                Ok(Ok(snap)) => fresh = Some(snap),
                Ok(Err(e)) => {
                    tracing::warn!("live snapshots ended: {e}");
                    self.ended = true;
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.ended = true;
                    break;
                }
            }
        }
        if let Some(snap) = fresh {
            self.latest = Some(Arc::new(snap));
        } else if self.ended
            && let Some(last) = self.latest.as_ref().filter(|s| s.live)
        {
            // The daemon went away: keep its last numbers, no longer marked live.
            let mut stale = LiveSnapshot::clone(last);
            stale.live = false;
            stale.rates.clear();
            stale.flows.clear();
            self.latest = Some(Arc::new(stale));
        }
        self.latest.clone()
    }

    fn day(&mut self, offset: i64) -> Option<DayUsage> {
        let today = &self.latest.as_ref()?.today.span;
        let format = time::macros::format_description!("[year]-[month]-[day]");
        let date = time::Date::parse(&today.label, &format)
            .ok()?
            .checked_add(time::Duration::days(offset))?;
        let label = date.format(&format).ok()?;
        match self.queries.day(date) {
            Ok(day) => Some(day),
            Err(e) => {
                tracing::info!("day {label}: {e}");
                let today = today.clone();
                Some(self.empty_day(&today, offset, label))
            }
        }
    }

    fn baseline(&mut self, offset: i64) -> Option<Baseline> {
        let today = &self.latest.as_ref()?.today.span;
        let format = time::macros::format_description!("[year]-[month]-[day]");
        let date = time::Date::parse(&today.label, &format)
            .ok()?
            .checked_add(time::Duration::days(offset))?;
        self.queries.baseline(date).ok().flatten()
    }

    fn now_micros(&self) -> i64 {
        let now = time::OffsetDateTime::now_utc();
        i64::try_from(now.unix_timestamp_nanos() / 1000).unwrap_or(i64::MAX)
    }
}

/// The dashboard's app for this run: theme, language, privacy and device names.
pub(super) fn app(ctx: RunContext) -> App {
    let mut app =
        App::new(Theme::from_env(), ctx.config.privacy).with_localizer(Arc::new(ctx.l10n));
    app.device_names = ctx
        .config
        .devices
        .iter()
        .map(|(mac, name)| (mac.to_string(), name.clone()))
        .collect();
    app
}

fn run_db(ctx: RunContext, path: &std::path::Path) -> anyhow::Result<ExitCode> {
    let days = LocalDays::new(ctx.config.daemon.tz.as_deref()).context("[daemon] tz")?;
    let mut source = DatabaseSource::open(
        path,
        days,
        Catalogue::bundled()?,
        ServiceCatalogue::bundled()?,
        ctx.config.place.clone(),
        Clock::System,
    )?;
    if !std::io::stdout().is_terminal() {
        anyhow::bail!(
            "{}",
            crate::tr!(ctx.l10n, "dash-needs-terminal", command = "nuage top")
        );
    }
    let running = ctx.l10n.tr("cli-dashboard");
    let mut app = app(ctx);
    app.source_note = Some(text::from_database(&app.l10n, &path.display().to_string()));
    terminal::run(app, &mut source).context(running)?;
    Ok(ExitCode::SUCCESS)
}

pub fn run(global: &GlobalArgs, args: &TopArgs) -> anyhow::Result<ExitCode> {
    let ctx = RunContext::new(global)?;
    if let Some(path) = &args.db {
        return run_db(ctx, path);
    }
    let path = resolve_socket_path(
        global.socket.as_deref(),
        ctx.config.control.socket.as_deref(),
    );
    let l10n = &ctx.l10n;
    let hint = || l10n.tr("cli-top-hint");
    let subscription = ControlClient::connect(&path)
        .and_then(ControlClient::subscribe)
        .with_context(hint)?;
    let queries = ControlClient::connect(&path).with_context(hint)?;
    if !std::io::stdout().is_terminal() {
        anyhow::bail!(
            "{}",
            crate::tr!(ctx.l10n, "dash-needs-terminal", command = "nuage top")
        );
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let lang = l10n.lang();
    std::thread::Builder::new()
        .name("top-subscription".into())
        .spawn(move || {
            // The failure is shown to the user: in their language.
            let l10n = crate::i18n::Localizer::new(lang);
            let describe = |e: crate::control::ClientError| {
                crate::i18n::errors::describe(&e, &l10n).unwrap_or_else(|| e.to_string())
            };
            for item in subscription {
                let failed = item.is_err();
                if tx.send(item.map_err(describe)).is_err() || failed {
                    break;
                }
            }
        })
        .with_context(|| l10n.tr("cli-start-thread"))?;
    let mut source = TopSource {
        snapshots: rx,
        latest: None,
        queries,
        ended: false,
        catalogue: Catalogue::bundled()?,
        services: ServiceCatalogue::bundled()?,
    };
    // Wait for the first snapshot so the first frame has something to show.
    match source.snapshots.recv() {
        Ok(Ok(snap)) => source.latest = Some(Arc::new(snap)),
        Ok(Err(e)) => anyhow::bail!(crate::tr!(
            l10n,
            "cli-top-no-snapshot",
            socket = path.display().to_string(),
            error = e
        )),
        Err(_) => anyhow::bail!(crate::tr!(
            l10n,
            "cli-top-closed",
            socket = path.display().to_string()
        )),
    }
    let running = l10n.tr("cli-dashboard");
    terminal::run(app(ctx), &mut source).context(running)?;
    Ok(ExitCode::SUCCESS)
}
