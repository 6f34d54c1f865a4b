//! What every command needs: the config, the data dir, and the classifier built from them.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context as _;

use super::args::GlobalArgs;
use crate::classify::{AsnDatabase, Classifier, asn_db, load_classifier};
use crate::config::Config;

pub struct Context {
    pub config: Config,
    pub data_dir: PathBuf,
}

impl Context {
    pub fn new(global: &GlobalArgs) -> anyhow::Result<Self> {
        let config = Config::load(global.config.as_deref())?;
        let data_dir = global
            .data_dir
            .clone()
            .unwrap_or_else(crate::paths::default_data_dir);
        Ok(Self { config, data_dir })
    }

    /// The ASN database for addresses no range knows, if one is found (see
    /// `classify::asn_db`); says once, at info level, when there is none.
    pub fn asn_database(&self) -> Option<Arc<AsnDatabase>> {
        let configured = self.config.ranges.asn_mmdb.as_deref();
        let candidates = asn_db::candidate_paths(configured, Some(&self.data_dir));
        let (found, warnings) = asn_db::find_asn_database(configured, &candidates);
        for warning in &warnings {
            tracing::warn!("{warning}");
        }
        match found {
            Some(db) => {
                tracing::info!(path = %db.path().display(), "ASN database loaded");
                Some(Arc::new(db))
            }
            None => {
                tracing::info!(
                    "no ASN database found (set [ranges] asn-mmdb, or `nuage ranges update` the dbip-asn source): addresses no range knows stay unnamed"
                );
                None
            }
        }
    }

    /// Builds the classifier from every layer, logging whatever was left out.
    pub fn classifier(&self) -> anyhow::Result<Classifier> {
        let (classifier, report) =
            load_classifier(Some(&self.data_dir), &self.config.provider_ranges)
                .context("loading provider ranges")?;
        for warning in &report.warnings {
            tracing::warn!("{warning}");
        }
        for (layer, count) in &report.layers {
            tracing::info!(layer = layer.as_str(), ranges = count, "loaded");
        }
        Ok(classifier)
    }
}
