//! Assembles a `Classifier` from every layer: the bundled snapshot, official files imported
//! into the data dir, and the config's overrides.
//!
//! A layer that cannot be read is reported and left out; the others still load, so one bad
//! file never leaves nuage without ranges.

use std::path::Path;
use std::sync::Arc;

use super::{Classifier, ClassifierBuilder, Origin};
use crate::config::RangeOverride;
use crate::ranges::{Catalogue, ParsedRange, Provider, snapshot, store};

/// How many ranges each layer gave, and what was left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// (layer or source id, ranges added)
    pub layers: Vec<(String, usize)>,
    /// Human-readable reasons for anything left out.
    pub warnings: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Catalogue(#[from] crate::ranges::CatalogueError),
    #[error("override for {prefix}: {message}")]
    Override { prefix: String, message: String },
}

/// Builds the classifier. `data_dir` holds imported official files (`ranges/<file>`).
pub fn load_classifier(
    data_dir: Option<&Path>,
    overrides: &[RangeOverride],
) -> Result<(Classifier, LoadReport), LoadError> {
    let mut catalogue = Catalogue::bundled()?;
    for o in overrides {
        if catalogue.provider(&o.provider).is_none() {
            let name = o.name.clone().ok_or_else(|| LoadError::Override {
                prefix: o.prefix.to_string(),
                message: format!(
                    "provider {:?} is not in the catalogue: give it a name",
                    o.provider
                ),
            })?;
            catalogue.add_provider(Provider {
                id: o.provider.clone(),
                name: name.clone(),
                company: name,
                group: o.group.unwrap_or(crate::ranges::Group::Other),
                asns: Vec::new(),
            })?;
        }
    }
    let catalogue = Arc::new(catalogue);
    let mut builder = ClassifierBuilder::new(catalogue.clone());
    let mut report = LoadReport::default();

    match snapshot::parse_asn_snapshot(snapshot::ASN_SNAPSHOT, "snapshot-asn.txt") {
        Ok(ranges) => {
            let n = builder.add_ranges("bundled-asn", None, Origin::AsnDerived, 0, &ranges);
            report.layers.push(("bundled-asn".into(), n));
        }
        Err(e) => report.warnings.push(format!("bundled ASN snapshot: {e}")),
    }
    match snapshot::parse_published(snapshot::PUBLISHED, "published.txt") {
        Ok(published) => {
            let mut n = 0;
            for p in published {
                n += builder.add_ranges(
                    "bundled-published",
                    Some(&p.provider),
                    Origin::Official,
                    0,
                    &[p.range],
                );
            }
            report.layers.push(("bundled-published".into(), n));
        }
        Err(e) => report
            .warnings
            .push(format!("bundled published ranges: {e}")),
    }

    if let Some(dir) = data_dir {
        let (imported, warnings) = store::read_imported(&catalogue, &crate::paths::ranges_dir(dir));
        for (source, parsed) in imported {
            let n = builder.add_ranges(
                &source.id,
                source.provider.as_deref(),
                Origin::Official,
                source.priority,
                &parsed.ranges,
            );
            report.layers.push((source.id.clone(), n));
        }
        report.warnings.extend(warnings);
    }

    for o in overrides {
        let range = ParsedRange {
            product: o.product.clone(),
            ..ParsedRange::bare(o.prefix)
        };
        builder.add_ranges("config", Some(&o.provider), Origin::User, 0, &[range]);
    }
    if !overrides.is_empty() {
        report.layers.push(("config".into(), overrides.len()));
    }
    Ok((builder.build(), report))
}
