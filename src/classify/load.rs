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
                // An imported list is fresher than the bundled facts about the same prefix.
                source.priority.saturating_add(1),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imported_official_list_beats_bundled_facts_at_equal_length() {
        let dir = tempfile::tempdir().unwrap();
        let ranges = crate::paths::ranges_dir(dir.path());
        std::fs::create_dir_all(&ranges).unwrap();
        std::fs::write(ranges.join("cloudflare-v4.txt"), "173.245.48.0/20\n").unwrap();
        let (classifier, report) = load_classifier(Some(dir.path()), &[]).unwrap();
        assert!(
            report
                .layers
                .iter()
                .any(|(id, n)| id == "cloudflare-v4" && *n == 1),
            "{report:?}"
        );
        let answer = classifier.explain("173.245.48.1".parse().unwrap()).unwrap();
        assert_eq!(
            (answer.provider.id.as_str(), answer.source),
            ("cloudflare", "cloudflare-v4")
        );
    }

    #[test]
    fn override_for_an_unknown_provider_needs_a_name() {
        let o = RangeOverride {
            prefix: "198.51.100.0/24".parse().unwrap(),
            provider: "our-server".into(),
            name: None,
            group: None,
            product: None,
        };
        let err = load_classifier(None, std::slice::from_ref(&o))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("198.51.100.0/24") && err.contains("our-server"),
            "{err}"
        );
        let named = RangeOverride {
            name: Some("Our server".into()),
            ..o
        };
        let (classifier, _) = load_classifier(None, &[named]).unwrap();
        let answer = classifier.explain("198.51.100.7".parse().unwrap()).unwrap();
        assert_eq!(
            (answer.provider.name.as_str(), answer.origin),
            ("Our server", Origin::User)
        );
    }
}
