//! Demo data made by nuage itself: a synthetic household day, for the Quick start, the
//! `demo` command and tests that need realistic traffic without a real network.

pub mod feed;
mod household;
pub mod wire;

pub use household::{DemoFrame, household_day};
