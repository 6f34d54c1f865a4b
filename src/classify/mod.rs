//! Classification: which provider's network an address belongs to, and why.
//!
//! `PrefixTable` is the hot, hand-written longest-prefix-match table; `Classifier` puts the
//! catalogue, the bundled snapshot, imported official lists and user overrides into one table
//! and explains each answer. Built once, immutable after; replaced whole on update. `asn_db`
//! is the per-flow ASN database fallback for addresses no range knows.

pub mod asn_db;
mod attribution;
mod classifier;
mod load;
mod prefix_table;
mod words;

pub use asn_db::{AsnDatabase, AsnDbError, AsnRecord};
pub use attribution::{Attribution, Origin, RangeId};
pub use classifier::{Classifier, ClassifierBuilder, normalise_address};
pub use load::{LoadError, LoadReport, load_classifier};
pub use prefix_table::{LineRead, PrefixTable, PrefixTableBuilder, TablePart};
