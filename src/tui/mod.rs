//! The live dashboard (`nuage top`, `nuage demo`): a terminal view a household understands
//! at a glance.
//!
//! - [`App`]: the state and how keys and the mouse change it (pure).
//! - [`render`]: one frame from the state, a [`LiveSnapshot`](crate::usage::LiveSnapshot) and
//!   the time (pure, so frames are snapshot-tested).
//! - [`terminal`]: the only part touching the terminal: raw mode, the alternate screen, and
//!   restoring them on exit, panic and SIGTERM.
//! - [`text`]: every word shown, for translation.

mod app;
mod draw;
#[cfg(test)]
pub(crate) mod fixtures;
mod layout;
mod model;
mod overview;
mod render;
#[cfg(test)]
mod render_tests;
mod tables;
pub mod terminal;
pub mod text;
mod theme;
mod units;

pub use app::{Action, App, Sort, View};
pub use layout::{MIN_HEIGHT, MIN_WIDTH, TABS_ROW, tab_spans};
pub use render::{draw, render};
pub use theme::{Theme, is_utf8_locale};
pub use units::Units;
