//! The provider catalogue (`provider-ranges/catalogue.toml`): who the providers are, which
//! group they belong to, their ASNs, and the official sources that publish their ranges.
//!
//! The catalogue is written by hand from published facts and compiled into the binary, so
//! nuage knows every provider on first start with no files around it.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// The catalogue shipped with nuage.
pub const BUNDLED_CATALOGUE: &str = include_str!("../../provider-ranges/catalogue.toml");

/// Values a source's `discover` may take: how the real file is found on the page at `url`.
pub const DISCOVERY_METHODS: &[&str] = &["azure-service-tags"];

/// Values a source's `compression` may take: `gzip` is one compressed file, `zip` an archive
/// whose text files are read one after the other.
pub const COMPRESSIONS: &[&str] = &["gzip", "zip"];

/// Placeholders a source's `url` may hold; the update fills in the current year and month.
pub const URL_PLACEHOLDERS: &[&str] = &["{YYYY}", "{MM}"];

/// How a provider is counted in every summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Group {
    /// Amazon, Alphabet/Google, Microsoft, Meta, Apple.
    BigTech,
    /// Other public clouds and hosters.
    Cloud,
    /// Content delivery networks.
    Cdn,
    /// Streaming services' own delivery networks (Netflix Open Connect).
    Streaming,
    /// Everything else a user names in an override (their own server, a local host).
    Other,
}

impl Group {
    /// The stable id used in every output.
    pub fn id(self) -> &'static str {
        match self {
            Group::BigTech => "big-tech",
            Group::Cloud => "cloud",
            Group::Cdn => "cdn",
            Group::Streaming => "streaming",
            Group::Other => "other",
        }
    }
}

/// One provider: a company's network as nuage names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provider {
    /// Lowercase stable id used in every output (`amazon`, `google`, …).
    pub id: String,
    /// Name shown to people.
    pub name: String,
    /// The company that owns it (Alphabet for Google, Microsoft for GitHub).
    pub company: String,
    pub group: Group,
    /// Main autonomous systems, for the ASN-derived layer.
    #[serde(default)]
    pub asns: Vec<u32>,
}

/// File formats of the official sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceFormat {
    /// AWS `ip-ranges.json`.
    AwsJson,
    /// Google `goog.json` / `cloud.json`.
    GoogleJson,
    /// Azure Service Tags (`ServiceTags_Public_*.json`).
    AzureServiceTags,
    /// Microsoft 365 endpoints web service JSON.
    Microsoft365Json,
    /// One CIDR per line (Cloudflare, Akamai).
    CidrList,
    /// Oracle `public_ip_ranges.json`.
    OracleJson,
    /// RFC 8805 geofeed CSV (DigitalOcean, Linode, Vultr).
    Geofeed,
    /// Fastly `public-ip-list`.
    FastlyJson,
    /// GitHub `meta`.
    GithubMeta,
    /// An ASN database in MaxMind DB form (DB-IP ASN Lite).
    AsnMmdb,
}

/// One official publication of ranges.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id; also the file's stem in the data dir.
    pub id: String,
    /// Provider the ranges belong to; absent for the ASN database, which covers all of them.
    #[serde(default)]
    pub provider: Option<String>,
    /// Where it is published.
    pub url: String,
    pub format: SourceFormat,
    /// File name under the data dir's `ranges/` folder (`<id>.<ext>`).
    pub file: String,
    /// How often the provider republishes it, in days; stale after twice that.
    pub cadence_days: u32,
    /// Among official sources covering the same prefix at the same length, the higher wins
    /// (Google Cloud's regions over goog.json's blanket, Azure's service tags over the rest).
    #[serde(default)]
    pub priority: u8,
    /// How the real file is found when `url` is a page that links to it (Azure's weekly file).
    #[serde(default)]
    pub discover: Option<String>,
    /// Transfer encoding of the download (`gzip` for DB-IP's database).
    #[serde(default)]
    pub compression: Option<String>,
    /// Licence or terms, shown by `nuage ranges sources`.
    #[serde(default)]
    pub licence: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("{origin}: {message}")]
    Syntax { origin: String, message: String },
    #[error("{origin}: {what}")]
    Invalid { origin: String, what: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogueFile {
    #[serde(rename = "provider", default)]
    providers: Vec<Provider>,
    #[serde(rename = "source", default)]
    sources: Vec<Source>,
}

/// Providers and sources, validated: unique ids, sources pointing at known providers.
#[derive(Debug, Clone)]
pub struct Catalogue {
    providers: Vec<Provider>,
    sources: Vec<Source>,
    provider_by_id: HashMap<String, usize>,
    provider_by_asn: HashMap<u32, usize>,
}

impl Catalogue {
    /// The catalogue compiled into nuage.
    pub fn bundled() -> Result<Self, CatalogueError> {
        Self::from_toml(BUNDLED_CATALOGUE, "provider-ranges/catalogue.toml")
    }

    /// Parses and validates a catalogue; `origin` names it in errors.
    pub fn from_toml(text: &str, origin: &str) -> Result<Self, CatalogueError> {
        let file: CatalogueFile = toml::from_str(text).map_err(|e| CatalogueError::Syntax {
            origin: origin.to_string(),
            message: e.to_string(),
        })?;
        let invalid = |what: String| CatalogueError::Invalid {
            origin: origin.to_string(),
            what,
        };
        let mut provider_by_id = HashMap::new();
        let mut provider_by_asn = HashMap::new();
        for (index, provider) in file.providers.iter().enumerate() {
            let id_ok = !provider.id.is_empty()
                && provider
                    .id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !id_ok {
                return Err(invalid(format!(
                    "provider id {:?} must be lowercase letters, digits and '-'",
                    provider.id
                )));
            }
            if provider_by_id.insert(provider.id.clone(), index).is_some() {
                return Err(invalid(format!(
                    "provider {:?} is listed twice",
                    provider.id
                )));
            }
            // Big Tech is the headline figure: the ASN layer must be able to see all of it.
            if provider.group == Group::BigTech && provider.asns.is_empty() {
                return Err(invalid(format!(
                    "provider {:?} is big-tech but lists no ASN",
                    provider.id
                )));
            }
            for &asn in &provider.asns {
                if let Some(other) = provider_by_asn.insert(asn, index) {
                    return Err(invalid(format!(
                        "AS{asn} is listed under both {:?} and {:?}",
                        file.providers[other].id, provider.id
                    )));
                }
            }
        }
        let mut source_ids = HashMap::new();
        for source in &file.sources {
            if source_ids.insert(source.id.clone(), ()).is_some() {
                return Err(invalid(format!("source {:?} is listed twice", source.id)));
            }
            match (&source.provider, source.format) {
                (None, SourceFormat::AsnMmdb) => {}
                (None, _) => {
                    return Err(invalid(format!("source {:?} names no provider", source.id)));
                }
                (Some(p), _) if !provider_by_id.contains_key(p) => {
                    return Err(invalid(format!(
                        "source {:?} names unknown provider {p:?}",
                        source.id
                    )));
                }
                _ => {}
            }
            if !source.file.starts_with(&format!("{}.", source.id)) {
                return Err(invalid(format!(
                    "source {:?}: file {:?} must be named <source-id>.<ext>",
                    source.id, source.file
                )));
            }
            check_url(&source.url).map_err(|why| {
                invalid(format!(
                    "source {:?}: url {:?} {why}",
                    source.id, source.url
                ))
            })?;
            if let Some(d) = source
                .discover
                .as_deref()
                .filter(|d| !DISCOVERY_METHODS.contains(d))
            {
                return Err(invalid(format!(
                    "source {:?}: discover {d:?} is not one of {DISCOVERY_METHODS:?}",
                    source.id
                )));
            }
            if let Some(c) = source
                .compression
                .as_deref()
                .filter(|c| !COMPRESSIONS.contains(c))
            {
                return Err(invalid(format!(
                    "source {:?}: compression {c:?} is not one of {COMPRESSIONS:?}",
                    source.id
                )));
            }
            if source.cadence_days == 0 {
                return Err(invalid(format!(
                    "source {:?}: cadence_days must be at least 1",
                    source.id
                )));
            }
        }
        Ok(Self {
            providers: file.providers,
            sources: file.sources,
            provider_by_id,
            provider_by_asn,
        })
    }

    pub fn providers(&self) -> &[Provider] {
        &self.providers
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    pub fn provider(&self, id: &str) -> Option<&Provider> {
        self.provider_by_id.get(id).map(|&i| &self.providers[i])
    }

    /// Index of a provider in `providers()`, a compact handle for hot paths.
    pub fn provider_index(&self, id: &str) -> Option<usize> {
        self.provider_by_id.get(id).copied()
    }

    /// The provider that announces this autonomous system, if the catalogue knows it.
    pub fn provider_index_for_asn(&self, asn: u32) -> Option<usize> {
        self.provider_by_asn.get(&asn).copied()
    }

    /// Adds a provider the user named in an override; an id already known is an error.
    pub fn add_provider(&mut self, provider: Provider) -> Result<usize, CatalogueError> {
        if self.provider_by_id.contains_key(&provider.id) {
            return Err(CatalogueError::Invalid {
                origin: "config".into(),
                what: format!("provider {:?} already exists", provider.id),
            });
        }
        let index = self.providers.len();
        self.provider_by_id.insert(provider.id.clone(), index);
        self.providers.push(provider);
        Ok(index)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}

/// Sources are fetched over HTTPS only, and a `{` must open a known placeholder.
fn check_url(url: &str) -> Result<(), String> {
    if !url.starts_with("https://") {
        return Err("must start with https://".into());
    }
    let mut rest = url;
    while let Some(at) = rest.find('{') {
        let tail = &rest[at..];
        let Some(p) = URL_PLACEHOLDERS.iter().find(|p| tail.starts_with(**p)) else {
            return Err(format!(
                "holds an unknown placeholder (known: {URL_PLACEHOLDERS:?})"
            ));
        };
        rest = &tail[p.len()..];
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_catalogue_is_valid() {
        let catalogue = Catalogue::bundled().unwrap();
        for id in ["amazon", "google", "microsoft", "meta", "apple"] {
            assert_eq!(
                catalogue.provider(id).unwrap().group,
                Group::BigTech,
                "{id}"
            );
        }
    }

    #[test]
    fn bundled_catalogue_has_every_provider_and_source() {
        let catalogue = Catalogue::bundled().unwrap();
        let expected = [
            ("amazon", Group::BigTech, 16509),
            ("google", Group::BigTech, 15169),
            ("microsoft", Group::BigTech, 8075),
            ("meta", Group::BigTech, 32934),
            ("apple", Group::BigTech, 714),
            ("github", Group::BigTech, 36459),
            ("oracle", Group::Cloud, 31898),
            ("alibaba", Group::Cloud, 45102),
            ("tencent", Group::Cloud, 132203),
            ("ibm", Group::Cloud, 36351),
            ("digitalocean", Group::Cloud, 14061),
            ("hetzner", Group::Cloud, 24940),
            ("ovh", Group::Cloud, 16276),
            ("linode", Group::Cloud, 63949),
            ("vultr", Group::Cloud, 20473),
            ("huawei", Group::Cloud, 136907),
            ("scaleway", Group::Cloud, 12876),
            ("cloudflare", Group::Cdn, 13335),
            ("akamai", Group::Cdn, 20940),
            ("fastly", Group::Cdn, 54113),
            ("netflix", Group::Streaming, 2906),
        ];
        for (id, group, asn) in expected {
            let provider = catalogue.provider(id).unwrap();
            assert_eq!(provider.group, group, "{id}");
            let index = catalogue.provider_index(id).unwrap();
            assert_eq!(
                catalogue.provider_index_for_asn(asn),
                Some(index),
                "AS{asn}"
            );
        }
        assert_eq!(catalogue.provider("github").unwrap().company, "Microsoft");
        for p in catalogue.providers() {
            assert!(!p.name.is_empty() && !p.company.is_empty(), "{}", p.id);
        }
        for (id, format, file) in [
            ("aws", SourceFormat::AwsJson, "aws.json"),
            ("google-goog", SourceFormat::GoogleJson, "google-goog.json"),
            (
                "google-cloud",
                SourceFormat::GoogleJson,
                "google-cloud.json",
            ),
            ("azure", SourceFormat::AzureServiceTags, "azure.json"),
            (
                "microsoft365",
                SourceFormat::Microsoft365Json,
                "microsoft365.json",
            ),
            ("cloudflare-v4", SourceFormat::CidrList, "cloudflare-v4.txt"),
            ("cloudflare-v6", SourceFormat::CidrList, "cloudflare-v6.txt"),
            ("akamai", SourceFormat::CidrList, "akamai.txt"),
            ("oracle", SourceFormat::OracleJson, "oracle.json"),
            ("digitalocean", SourceFormat::Geofeed, "digitalocean.csv"),
            ("linode", SourceFormat::Geofeed, "linode.csv"),
            ("vultr", SourceFormat::Geofeed, "vultr.csv"),
            ("fastly", SourceFormat::FastlyJson, "fastly.json"),
            ("github", SourceFormat::GithubMeta, "github.json"),
            ("dbip-asn", SourceFormat::AsnMmdb, "dbip-asn.mmdb"),
        ] {
            let source = catalogue.source(id).unwrap();
            assert_eq!(
                (source.format, source.file.as_str()),
                (format, file),
                "{id}"
            );
        }
        let priority = |id| catalogue.source(id).unwrap().priority;
        assert!(priority("google-cloud") > priority("google-goog"));
        assert!(priority("azure") > priority("microsoft365"));
        let azure = catalogue.source("azure").unwrap();
        assert_eq!(azure.discover.as_deref(), Some("azure-service-tags"));
        assert_eq!(azure.cadence_days, 7);
        let dbip = catalogue.source("dbip-asn").unwrap();
        assert_eq!(dbip.provider, None);
        assert_eq!(dbip.compression.as_deref(), Some("gzip"));
        assert!(dbip.url.contains("{YYYY}-{MM}"), "{}", dbip.url);
        assert!(dbip.licence.as_deref().unwrap().contains("CC BY 4.0"));
    }

    fn one_source(extra: &str) -> String {
        format!(
            "[[provider]]\nid='a'\nname='A'\ncompany='A'\ngroup='cloud'\n\
             [[source]]\nid='s'\nprovider='a'\nformat='cidr-list'\nfile='s.txt'\n\
             cadence_days=1\n{extra}\n"
        )
    }

    #[test]
    fn source_checks_name_the_source_and_the_value() {
        let ok = one_source("url='https://x.example/{YYYY}-{MM}.txt'\ncompression='zip'");
        Catalogue::from_toml(&ok, "t").unwrap();
        for (extra, needle) in [
            ("url='http://x.example/'", "https://"),
            ("url='https://x.example/{DD}'", "placeholder"),
            ("url='https://x.example/'\ndiscover='scrape'", "\"scrape\""),
            ("url='https://x.example/'\ncompression='xz'", "\"xz\""),
        ] {
            let err = Catalogue::from_toml(&one_source(extra), "t")
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("\"s\"") && err.contains(needle),
                "{extra}: {err}"
            );
        }
    }

    #[test]
    fn big_tech_without_asn_is_refused() {
        let err = Catalogue::from_toml(
            "[[provider]]\nid='a'\nname='A'\ncompany='A'\ngroup='big-tech'\n",
            "t",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("\"a\"") && err.contains("no ASN"), "{err}");
    }

    #[test]
    fn duplicate_asn_is_refused_with_both_names() {
        let text = r#"
[[provider]]
id = "a"
name = "A"
company = "A"
group = "cloud"
asns = [1]

[[provider]]
id = "b"
name = "B"
company = "B"
group = "cloud"
asns = [1]
"#;
        let err = Catalogue::from_toml(text, "test.toml")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("AS1") && err.contains("\"a\"") && err.contains("\"b\""),
            "{err}"
        );
    }

    #[test]
    fn unknown_key_is_named() {
        let err = Catalogue::from_toml(
            "[[provider]]\nid='a'\nname='A'\ncompany='A'\ngroup='cloud'\ncolour='red'\n",
            "x.toml",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("x.toml") && err.contains("colour"), "{err}");
    }
}
