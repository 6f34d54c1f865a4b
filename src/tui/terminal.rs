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

use super::app::App;
use super::session::{Session, Step};
pub use super::session::{Source, history_snapshot};

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
        super::logs::release();
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
    run_until(&mut app, source, &stop)
}

/// The same, stopping also when `stop` is set (by a signal handler or another thread).
pub fn run_until(app: &mut App, source: &mut dyn Source, stop: &AtomicBool) -> io::Result<()> {
    let _held = super::logs::hold();
    let (_guard, mut terminal) = setup()?;
    let size = terminal.size()?;
    app.width = size.width;
    app.page = usize::from(size.height.saturating_sub(8)).max(1);

    let mut session = Session::new(app.clone(), source);
    let mut dirty = true;
    let mut next_refresh = Instant::now() + REFRESH;
    while !stop.load(Ordering::Relaxed) {
        if dirty {
            terminal.draw(|frame| session.draw(frame, source))?;
            dirty = false;
        }
        let wait = next_refresh.saturating_duration_since(Instant::now());
        if event::poll(wait.min(Duration::from_millis(250)))? {
            let ev = event::read()?;
            if let event::Event::Resize(_, h) = ev {
                session.app.page = usize::from(h.saturating_sub(8)).max(1);
                terminal.autoresize()?;
            }
            match session.handle(&ev, source) {
                Step::Quit => break,
                Step::Redraw => dirty = true,
                Step::Nothing => {}
            }
        }
        if Instant::now() >= next_refresh {
            next_refresh += REFRESH;
            session.tick(source);
            // The clock moves even when the data does not.
            dirty = true;
        }
    }
    terminal.show_cursor()?;
    *app = session.app;
    Ok(())
}
