//! `nuage run`: applies the command line over the config and runs the daemon until a signal
//! (or, with `--pcap` and no `--loop`, until the file has been counted and written).

use std::process::ExitCode;

use anyhow::Context as _;

use super::args::{GlobalArgs, RunArgs};
use super::context::Context;
use crate::config::FLUSH_SECS_RANGE;
use crate::daemon::{DaemonSettings, Input};

pub fn run(global: &GlobalArgs, args: &RunArgs) -> anyhow::Result<ExitCode> {
    let ctx = Context::new(global)?;
    let mut config = ctx.config;
    if let Some(secs) = args.flush_secs {
        if !FLUSH_SECS_RANGE.contains(&secs) {
            anyhow::bail!(
                "--flush-secs {secs}: must be between {} and {} seconds",
                FLUSH_SECS_RANGE.start(),
                FLUSH_SECS_RANGE.end()
            );
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
    let handle = crate::daemon::start(settings).context("starting nuage run")?;
    let outcome = handle.wait().context("running")?;
    Ok(if outcome.unsaved_rows > 0 {
        eprintln!(
            "nuage run: {} rows could not be written to the database: {}",
            outcome.unsaved_rows,
            outcome.store_error.as_deref().unwrap_or("unknown error")
        );
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
