//! What every command needs: the config, the data dir, and the classifier built from them.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context as _;

use super::args::GlobalArgs;
use crate::classify::{AsnDatabase, Classifier, asn_db, load_classifier};
use crate::config::Config;
use crate::i18n::Localizer;

pub struct Context {
    pub config: Config,
    pub data_dir: PathBuf,
    /// What the run says to people, in the language `--lang`, the config or the locale chose.
    pub l10n: Localizer,
}

impl Context {
    pub fn new(global: &GlobalArgs) -> anyhow::Result<Self> {
        let config = Config::load(global.config.as_deref())?;
        let data_dir = global
            .data_dir
            .clone()
            .unwrap_or_else(crate::paths::default_data_dir);
        let l10n = super::lang::localizer(global, Some(&config));
        Ok(Self {
            config,
            data_dir,
            l10n,
        })
    }

    /// The ASN database for addresses no range knows, if one is found (see
    /// `classify::asn_db`); says once, at info level, when there is none.
    pub fn asn_database(&self) -> Option<Arc<AsnDatabase>> {
        asn_db::load_logged(self.config.ranges.asn_mmdb.as_deref(), &self.data_dir).map(Arc::new)
    }

    /// Builds the classifier from every layer, logging whatever was left out.
    pub fn classifier(&self) -> anyhow::Result<Classifier> {
        let (classifier, report) =
            load_classifier(Some(&self.data_dir), &self.config.provider_ranges)
                .with_context(|| self.l10n.tr("error-loading-ranges"))?;
        for warning in &report.warnings {
            tracing::warn!("{warning}");
        }
        for (layer, count) in &report.layers {
            tracing::info!(layer = layer.as_str(), ranges = count, "loaded");
        }
        Ok(classifier)
    }
}
