//! A dashboard session without the terminal: the [`App`], the latest snapshot from its
//! [`Source`] and the one on screen (the same, or a day from history, or held by pause).
//! The terminal runner feeds it events and ticks; tests drive it the same way and draw it
//! on a `TestBackend`.

use std::sync::Arc;

use crossterm::event::Event;
use ratatui::Frame;

use super::app::{Action, App};
use super::render::render;
use crate::usage::{Baseline, DayUsage, LiveSnapshot};

/// Where the dashboard's data comes from: a demo replay, the daemon's socket, a database.
pub trait Source {
    /// Lets the source do its periodic work (feed packets, read the socket) and returns the
    /// latest snapshot, if there is one yet.
    fn poll(&mut self) -> Option<Arc<LiveSnapshot>>;
    /// The day `offset` days before today (negative), for browsing history.
    fn day(&mut self, offset: i64) -> Option<DayUsage>;
    /// The usual day to compare the day `offset` days from today with, when the source
    /// can tell (history views show "no usual day" otherwise).
    fn baseline(&mut self, _offset: i64) -> Option<Baseline> {
        None
    }
    /// The clock to show (µs since the epoch).
    fn now_micros(&self) -> i64;
}

/// What the runner does after an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Quit,
    Redraw,
    Nothing,
}

pub struct Session {
    pub app: App,
    live: Option<Arc<LiveSnapshot>>,
    shown: Option<Arc<LiveSnapshot>>,
}

impl Session {
    /// Starts on the source's latest snapshot.
    pub fn new(app: App, source: &mut dyn Source) -> Session {
        let live = source.poll();
        Session {
            app,
            shown: live.clone(),
            live,
        }
    }

    /// The snapshot on screen.
    pub fn shown(&self) -> Option<&LiveSnapshot> {
        self.shown.as_deref()
    }

    /// Applies a key, mouse or resize event.
    pub fn handle(&mut self, event: &Event, source: &mut dyn Source) -> Step {
        match self.app.handle(event) {
            Action::Quit => Step::Quit,
            Action::None => Step::Nothing,
            Action::Redraw => Step::Redraw,
            Action::LoadDay(0) => {
                self.shown = self.live.clone();
                Step::Redraw
            }
            Action::LoadDay(offset) => {
                if let (Some(day), Some(base)) = (source.day(offset), &self.live) {
                    let baseline = source.baseline(offset);
                    self.shown = Some(Arc::new(history_snapshot(base, day, baseline)));
                }
                Step::Redraw
            }
        }
    }

    /// The periodic refresh: new data from the source, shown unless paused or browsing.
    pub fn tick(&mut self, source: &mut dyn Source) {
        if let Some(snap) = source.poll() {
            self.live = Some(snap);
        }
        if self.app.live_view() && !self.app.paused {
            self.shown = self.live.clone();
        }
    }

    /// Draws the frame: today on the source's clock, a past day at the moment it was read.
    pub fn draw(&mut self, frame: &mut Frame<'_>, source: &dyn Source) {
        if let Some(snap) = &self.shown {
            self.app.sync(snap);
            let now = if self.app.live_view() {
                source.now_micros()
            } else {
                snap.now_micros
            };
            render(frame, &self.app, snap, now);
        }
    }
}

/// A snapshot for a day from history: the live one's place and health, that day's usage
/// and baseline, no rates or flows.
pub fn history_snapshot(
    live: &LiveSnapshot,
    day: DayUsage,
    baseline: Option<Baseline>,
) -> LiveSnapshot {
    LiveSnapshot {
        schema_version: live.schema_version,
        now_micros: live.now_micros,
        live: false,
        place: live.place.clone(),
        today: day,
        baseline,
        rates: Vec::new(),
        health: live.health.clone(),
        flows: Vec::new(),
    }
}
