//! The only part of the dashboard that touches the terminal: raw mode, the alternate screen,
//! the mouse, and putting them back however the dashboard ends (quit, error, panic,
//! SIGTERM/SIGHUP). It waits for input with a timeout instead of sleeping, and draws only
//! when something changed; ratatui sends only the cells that differ, so nothing flickers.

use std::io::{self, Stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::app::{Action, App};
use super::render::render;
use crate::usage::{DayUsage, LiveSnapshot};

/// Where the dashboard's data comes from: a demo replay, the daemon's socket, a database.
pub trait Source {
    /// Lets the source do its periodic work (feed packets, read the socket) and returns a
    /// new snapshot when there is one.
    fn poll(&mut self) -> Option<Arc<LiveSnapshot>>;
    /// The day `offset` days before today (negative), for browsing history.
    fn day(&mut self, offset: i64) -> Option<DayUsage>;
    /// The clock to show (µs since the epoch).
    fn now_micros(&self) -> i64;
}

/// How often the source is asked for news and the clock redrawn.
const REFRESH: Duration = Duration::from_secs(1);

/// Puts the terminal back as it was. Safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}

/// Restores the terminal when dropped, so an error return cannot leave it raw.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

fn setup() -> io::Result<(Guard, Terminal<CrosstermBackend<Stdout>>)> {
    // The panic message must land on a normal screen, so restore first, then report.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    enable_raw_mode()?;
    let guard = Guard;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.hide_cursor()?;
    terminal.clear()?;
    Ok((guard, terminal))
}

/// Runs the dashboard until the user quits or a termination signal arrives.
pub fn run(mut app: App, source: &mut dyn Source) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let (_guard, mut terminal) = setup()?;
    let size = terminal.size()?;
    app.width = size.width;
    app.page = usize::from(size.height.saturating_sub(8)).max(1);

    let mut live = source.poll();
    let mut shown: Option<Arc<LiveSnapshot>> = live.clone();
    let mut dirty = true;
    let mut next_refresh = Instant::now() + REFRESH;
    while !stop.load(Ordering::Relaxed) {
        if dirty {
            if let Some(snap) = &shown {
                app.sync(snap);
                let now = if app.live_view() {
                    source.now_micros()
                } else {
                    snap.now_micros
                };
                terminal.draw(|frame| render(frame, &app, snap, now))?;
            }
            dirty = false;
        }
        let wait = next_refresh.saturating_duration_since(Instant::now());
        if event::poll(wait.min(Duration::from_millis(250)))? {
            let ev = event::read()?;
            if let event::Event::Resize(_, h) = ev {
                app.page = usize::from(h.saturating_sub(8)).max(1);
                terminal.autoresize()?;
            }
            match app.handle(&ev) {
                Action::Quit => break,
                Action::None => {}
                Action::Redraw => dirty = true,
                Action::LoadDay(0) => {
                    shown = live.clone();
                    dirty = true;
                }
                Action::LoadDay(offset) => {
                    if let (Some(day), Some(base)) = (source.day(offset), &live) {
                        shown = Some(Arc::new(history_snapshot(base, day)));
                    }
                    dirty = true;
                }
            }
        }
        if Instant::now() >= next_refresh {
            next_refresh += REFRESH;
            if let Some(snap) = source.poll() {
                live = Some(snap);
            }
            if app.live_view() && !app.paused {
                shown = live.clone();
            }
            // The clock moves even when the data does not.
            dirty = true;
        }
    }
    terminal.show_cursor()?;
    Ok(())
}

/// A snapshot for a day from history: the live one's place and health, that day's usage,
/// no rates or flows.
pub fn history_snapshot(live: &LiveSnapshot, day: DayUsage) -> LiveSnapshot {
    LiveSnapshot {
        schema_version: live.schema_version,
        now_micros: live.now_micros,
        live: false,
        place: live.place.clone(),
        today: day,
        baseline: None,
        rates: Vec::new(),
        health: live.health.clone(),
        flows: Vec::new(),
    }
}
