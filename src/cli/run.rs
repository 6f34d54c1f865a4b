//! `nuage run`: applies the command line over the config and runs the daemon until a signal
//! (or, with `--pcap` and no `--loop`, until the file has been counted and written).

use std::io::IsTerminal as _;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use anyhow::Context as _;

use super::args::{GlobalArgs, RunArgs};
use super::context::Context;
use crate::config::FLUSH_SECS_RANGE;
use crate::daemon::{DaemonHandle, DaemonSettings, Input};
use crate::store::LocalDays;
use crate::tui::WatchSource;
use crate::tui::terminal;

pub fn run(global: &GlobalArgs, args: &RunArgs) -> anyhow::Result<ExitCode> {
    let ctx = Context::new(global)?;
    if args.tui && !std::io::stdout().is_terminal() {
        anyhow::bail!(
            "{}",
            crate::tr!(ctx.l10n, "dash-needs-terminal", command = "nuage run --tui")
        );
    }
    let app = args.tui.then(|| {
        super::top::app(Context {
            config: ctx.config.clone(),
            data_dir: ctx.data_dir.clone(),
            l10n: super::lang::localizer(global, Some(&ctx.config)),
        })
    });
    let l10n = ctx.l10n;
    let mut config = ctx.config;
    if let Some(secs) = args.flush_secs {
        if !FLUSH_SECS_RANGE.contains(&secs) {
            anyhow::bail!(crate::tr!(
                l10n,
                "cli-flush-secs",
                value = secs.to_string(),
                min = FLUSH_SECS_RANGE.start().to_string(),
                max = FLUSH_SECS_RANGE.end().to_string()
            ));
        }
        config.daemon.flush_secs = secs;
    }
    if let Some(tz) = &args.tz {
        config.daemon.tz = Some(tz.clone());
    }
    if let Some(user) = &args.user {
        config.daemon.user = Some(user.clone());
    }
    if !args.interfaces.is_empty() {
        config.daemon.interfaces = args.interfaces.clone();
    }
    let input = match &args.pcap {
        Some(path) => Input::File {
            path: path.clone(),
            speed: args.speed,
            looped: args.looped,
        },
        None => Input::Interfaces(config.daemon.interfaces.clone()),
    };
    let settings = DaemonSettings {
        config,
        config_path: global.config.clone(),
        data_dir: ctx.data_dir,
        input,
        lan: args.lan.clone(),
        socket: global.socket.clone(),
    };
    let database = crate::paths::database_path(&settings.data_dir);
    let tz = settings.config.daemon.tz.clone();
    let handle = crate::daemon::start(settings).with_context(|| l10n.tr("cli-starting-run"))?;
    if let Some(app) = app {
        dashboard(app, &handle, database, tz.as_deref(), &l10n)?;
    }
    let outcome = handle.wait().with_context(|| l10n.tr("cli-running"))?;
    Ok(if outcome.unsaved_rows > 0 {
        // In the user's words; SQLite's own text went to the log when the write failed.
        let error = outcome.store_error.as_ref().map_or_else(
            || l10n.tr("cli-unknown-error"),
            |e| crate::i18n::errors::store(e, &l10n),
        );
        eprintln!(
            "nuage run: {}",
            crate::tr!(
                l10n,
                "cli-unsaved-rows",
                count = outcome.unsaved_rows,
                error = error
            )
        );
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The dashboard on this thread while the daemon runs on its own; quitting it (or SIGTERM,
/// SIGINT, SIGHUP) stops the daemon, which writes what it counted.
fn dashboard(
    mut app: crate::tui::App,
    handle: &DaemonHandle,
    database: std::path::PathBuf,
    tz: Option<&str>,
    l10n: &crate::i18n::Localizer,
) -> anyhow::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .with_context(|| l10n.tr("cli-signals"))?;
    }
    let days = LocalDays::new(tz).context("[daemon] tz / --tz")?;
    // the daemon builds snapshots only while someone watches
    let _watching = handle.watch();
    let mut source = WatchSource::new(handle.snapshots.clone(), database, days);
    let result = terminal::run_until(&mut app, &mut source, &stop);
    handle.stop();
    result.with_context(|| l10n.tr("cli-dashboard"))
}
