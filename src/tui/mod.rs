//! The live dashboard (`nuage top`, `nuage demo`): a terminal view a household understands
//! at a glance.
//!
//! - [`App`]: the state and how keys and the mouse change it (pure).
//! - [`render`]: one frame from the state, a [`LiveSnapshot`](crate::usage::LiveSnapshot) and
//!   the time (pure, so frames are snapshot-tested).
//! - [`terminal`]: the only part touching the terminal: raw mode, the alternate screen, and
//!   restoring them on exit, panic and SIGTERM.
//! - [`Session`]: the app and its [`Source`] of snapshots, driven by events and ticks
//!   (the terminal runner and the tests drive it alike).
//! - [`db`]: a source reading a database file (`nuage top --db`).
//! - [`text`]: every word shown, as Fluent message ids.

mod app;
pub mod db;
mod draw;
#[cfg(test)]
pub(crate) mod fixtures;
mod layout;
mod logs;
mod model;
mod overview;
mod render;
#[cfg(test)]
mod render_tests;
mod session;
mod tables;
pub mod terminal;
pub mod text;
mod theme;
mod units;
pub mod watch;

pub use app::{Action, App, Sort, View};
pub use db::{Clock, DatabaseSource, DatabaseSourceError};
pub use layout::{MIN_HEIGHT, MIN_WIDTH, TABS_ROW, tab_spans};
pub use logs::{LogWriter, log_writer};
pub use render::{draw, render};
pub use session::{Session, Source, Step, history_snapshot};
pub use theme::{Theme, is_utf8_locale};
pub use units::Units;
pub use watch::WatchSource;
