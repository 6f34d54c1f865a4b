//! Reports: a day's (or a few days') summary people can share, and the collective report
//! that merges several places' summaries.
//!
//! [`Report`] is the one model: built from [`DayUsage`](crate::usage::DayUsage) by
//! [`build`], combined across places by [`merge`], and written by the renderers in
//! [`render`] (text, Markdown, JSON, CSV, HTML). Its JSON form is the versioned schema
//! documented in `docs/report-schema.md`. Every sentence people read comes from [`strings`]
//! (the Fluent catalogue's `report-*` messages, in the run's language) and every number from
//! [`format`]; JSON and CSV stay English and the same in every language.

pub mod build;
pub mod format;
pub mod merge;
mod model;
pub mod render;
pub mod strings;

pub use build::{BaselineInput, HealthInput, ReportInput};
pub use merge::{MergeError, merge};
pub use model::*;
pub use render::{Format, render};

/// Version of the report's JSON schema. Bump on any change that is not a pure addition.
pub const REPORT_SCHEMA_VERSION: u32 = 1;
