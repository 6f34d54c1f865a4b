//! nuage answers one question for a household or a community centre:
//! how much did we lean on the Big Tech Cloud today?
//!
//! Data flows one way, one module per stage:
//! `capture` → `decode` → `flow` → `classify` (with `ranges` feeding it) → aggregates → store/TUI/reports.
//! A stage only talks to its neighbours through the small types each module exports.

pub mod capture;
pub mod classify;
pub mod cli;
pub mod config;
pub mod control;
pub mod decode;
pub mod demo;
pub mod flow;
pub mod metrics;
pub mod names;
pub mod paths;
pub mod ranges;
pub mod tui;
pub mod usage;
