//! Provider ranges: the catalogue of providers and official sources, parsers for each
//! official format, the bundled offline snapshot, and importing/updating files in the data dir.
//!
//! This module owns *data*; turning it into fast answers is `classify`'s job.

pub mod catalogue;
pub mod download;
pub mod lock;
pub mod parse;
pub mod snapshot;
pub mod state;
pub mod status;
pub mod store;
pub mod swap;
pub mod unzip;
pub mod update;

pub use catalogue::{Catalogue, CatalogueError, Group, Provider, Source, SourceFormat};
pub use parse::{ParseError, ParsedRange, ParsedSource, parse_source};
