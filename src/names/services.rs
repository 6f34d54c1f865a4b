//! The service catalogue (`provider-ranges/services.toml`): domain suffix → the service people
//! know (Zoom, YouTube, Gmail…) and the company that owns it.
//!
//! The longest suffix wins, on label boundaries, so `mail.google.com` is Gmail while
//! `www.google.com` is Google. A name no rule knows still shows its registrable domain.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use serde::Deserialize;

pub const BUNDLED_SERVICES: &str = include_str!("../../provider-ranges/services.toml");

/// One service.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Stable lowercase id used in outputs.
    pub id: String,
    pub name: String,
    pub company: String,
    pub category: String,
    pub suffixes: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ServiceCatalogueError {
    #[error("{origin}: {message}")]
    Syntax { origin: String, message: String },
    #[error("{origin}: {what}")]
    Invalid { origin: String, what: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServicesFile {
    #[serde(rename = "service", default)]
    services: Vec<Service>,
}

/// What a name resolved to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServiceMatch<'a> {
    pub service: &'a Service,
    /// The suffix that matched.
    pub suffix: &'a str,
}

/// The catalogue, indexed by suffix.
#[derive(Debug, Clone)]
pub struct ServiceCatalogue {
    services: Vec<Service>,
    by_suffix: HashMap<String, usize>,
}

impl ServiceCatalogue {
    pub fn bundled() -> Result<Self, ServiceCatalogueError> {
        Self::from_toml(BUNDLED_SERVICES, "provider-ranges/services.toml")
    }

    /// The bundled catalogue, parsed once per process and shared: the daemon's pipeline,
    /// service and control socket each need it, and each parse of the TOML costs more
    /// than a thousand packets' counting.
    pub fn bundled_shared() -> Result<Arc<Self>, ServiceCatalogueError> {
        static BUNDLED: OnceLock<Arc<ServiceCatalogue>> = OnceLock::new();
        if let Some(c) = BUNDLED.get() {
            return Ok(c.clone());
        }
        let parsed = Arc::new(Self::bundled()?);
        Ok(BUNDLED.get_or_init(|| parsed).clone())
    }

    pub fn from_toml(text: &str, origin: &str) -> Result<Self, ServiceCatalogueError> {
        let file: ServicesFile =
            toml::from_str(text).map_err(|e| ServiceCatalogueError::Syntax {
                origin: origin.to_string(),
                message: e.to_string(),
            })?;
        let invalid = |what: String| ServiceCatalogueError::Invalid {
            origin: origin.to_string(),
            what,
        };
        let mut by_suffix = HashMap::new();
        let mut ids = HashMap::new();
        for (index, service) in file.services.iter().enumerate() {
            if ids.insert(service.id.clone(), index).is_some() {
                return Err(invalid(format!("service {:?} is listed twice", service.id)));
            }
            if service.suffixes.is_empty() {
                return Err(invalid(format!("service {:?} has no suffixes", service.id)));
            }
            for suffix in &service.suffixes {
                let normal = normalise_name(suffix);
                if normal.is_empty() || normal != *suffix {
                    return Err(invalid(format!(
                        "service {:?}: suffix {suffix:?} must be a lowercase domain without a trailing dot",
                        service.id
                    )));
                }
                if let Some(other) = by_suffix.insert(normal, index) {
                    return Err(invalid(format!(
                        "suffix {suffix:?} is claimed by both {:?} and {:?}",
                        file.services[other].id, service.id
                    )));
                }
            }
        }
        Ok(Self {
            services: file.services,
            by_suffix,
        })
    }

    /// A catalogue without rules: every name falls back to its registrable domain.
    pub fn empty() -> Self {
        Self {
            services: Vec::new(),
            by_suffix: HashMap::new(),
        }
    }

    pub fn services(&self) -> &[Service] {
        &self.services
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    /// The service for a host name: the longest catalogue suffix on a label boundary.
    pub fn lookup(&self, name: &str) -> Option<ServiceMatch<'_>> {
        let name = normalise_name(name);
        let mut rest = name.as_str();
        loop {
            if let Some((suffix, &index)) = self.by_suffix.get_key_value(rest) {
                return Some(ServiceMatch {
                    service: &self.services[index],
                    suffix,
                });
            }
            match rest.find('.') {
                Some(dot) => rest = &rest[dot + 1..],
                None => return None,
            }
        }
    }
}

/// Lowercase, without a trailing dot or surrounding space: how names are compared.
pub fn normalise_name(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

/// The registrable domain (`bbc.co.uk` for `www.bbc.co.uk`), by the public suffix list
/// compiled into the `psl` crate; `None` for bare suffixes and names that are not domains.
pub fn registrable_domain(name: &str) -> Option<String> {
    let name = normalise_name(name);
    // An address literal (an HTTP Host of `1.2.3.4`) would otherwise read as domain "3.4".
    let bare = name.trim_start_matches('[').trim_end_matches(']');
    if bare.parse::<std::net::IpAddr>().is_ok() {
        return None;
    }
    psl::domain_str(&name).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id_of(catalogue: &ServiceCatalogue, name: &str) -> Option<String> {
        catalogue.lookup(name).map(|m| m.service.id.clone())
    }

    #[test]
    fn the_shared_bundled_catalogue_is_parsed_once_and_equals_a_fresh_parse() {
        let a = ServiceCatalogue::bundled_shared().unwrap();
        let b = ServiceCatalogue::bundled_shared().unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        let fresh = ServiceCatalogue::bundled().unwrap();
        assert_eq!(a.services, fresh.services);
        assert_eq!(a.by_suffix, fresh.by_suffix);
    }

    #[test]
    fn bundled_catalogue_covers_the_strike_call_and_a_household_day() {
        let c = ServiceCatalogue::bundled().unwrap();
        let expected = [
            ("zoom.us", "zoom"),
            ("us05web.zoom.us", "zoom"),
            ("spclient.wg.spotify.com", "spotify"),
            ("ipv4-c001-par001-ix.1.oca.nflxvideo.net", "netflix"),
            ("web.whatsapp.com", "whatsapp"),
            ("mmg.whatsapp.net", "whatsapp"),
            ("wetransfer.com", "wetransfer"),
            ("www.dropbox.com", "dropbox"),
            ("drive.google.com", "google-drive"),
            ("mail.google.com", "gmail"),
            ("www.amazon.fr", "amazon"),
            ("www.dhl.de", "dhl"),
            ("rr3---sn-5hne6nzk.googlevideo.com", "youtube"),
            ("scontent-cdg4-1.cdninstagram.com", "instagram"),
            ("static.xx.fbcdn.net", "facebook"),
            ("www.messenger.com", "messenger"),
            ("v16-webapp.tiktok.com", "tiktok"),
            ("teams.microsoft.com", "teams"),
            ("outlook.office365.com", "outlook"),
            ("onedrive.live.com", "onedrive"),
            ("7.tlu.dl.delivery.mp.microsoft.com", "windows-update"),
            ("p123-caldav.icloud.com", "icloud"),
            ("apps.apple.com", "app-store"),
            ("meet.google.com", "google-meet"),
            ("maps.googleapis.com", "google-maps"),
            ("gateway.discord.gg", "discord"),
            ("video-weaver.fra05.hls.ttvnw.net", "twitch"),
            ("store.steampowered.com", "steam"),
            ("www.disneyplus.com", "disney-plus"),
            ("atv-ps.amazon.com", "prime-video"),
            ("chatgpt.com", "chatgpt"),
            ("web.telegram.org", "telegram"),
            ("chat.signal.org", "signal"),
            ("app.slack.com", "slack"),
            ("github.com", "github"),
            ("fr.wikipedia.org", "wikipedia"),
            ("www.google.com", "google"),
        ];
        for (name, id) in expected {
            assert_eq!(id_of(&c, name).as_deref(), Some(id), "{name}");
        }
    }

    #[test]
    fn longest_suffix_on_label_boundaries_and_case_and_dot() {
        let c = ServiceCatalogue::bundled().unwrap();
        assert_eq!(id_of(&c, "MAIL.Google.COM.").as_deref(), Some("gmail"));
        // "notgoogle.com" must not match "google.com".
        assert_eq!(id_of(&c, "notgoogle.com"), None);
        assert_eq!(id_of(&c, "com"), None);
        assert_eq!(id_of(&c, ""), None);
    }

    #[test]
    fn registrable_domain_falls_back_for_unknown_names() {
        assert_eq!(
            registrable_domain("www.bbc.co.uk").as_deref(),
            Some("bbc.co.uk")
        );
        assert_eq!(
            registrable_domain("post.lurk.org").as_deref(),
            Some("lurk.org")
        );
        assert_eq!(registrable_domain("co.uk"), None);
        assert_eq!(registrable_domain("192.0.2.1"), None);
        assert_eq!(registrable_domain("[2001:db8::1]"), None);
    }

    #[test]
    fn conflicting_suffix_is_named() {
        let text = "[[service]]\nid='a'\nname='A'\ncompany='A'\ncategory='web'\nsuffixes=['x.org']\n\n[[service]]\nid='b'\nname='B'\ncompany='B'\ncategory='web'\nsuffixes=['x.org']\n";
        let err = ServiceCatalogue::from_toml(text, "s.toml")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("x.org") && err.contains("\"a\"") && err.contains("\"b\""),
            "{err}"
        );
    }
}
