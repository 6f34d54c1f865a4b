//! What counts as leaning on the Big Tech Cloud.
//!
//! A flow counts when its infrastructure is run by a Big Tech company (the provider's group is
//! `big-tech`) OR the service behind it is owned by one: YouTube served from a Google cache
//! inside an ISP is still Google. The set of companies comes from the catalogue, not from code.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::names::ServiceCatalogue;
use crate::ranges::{Catalogue, Group};

/// Which layer made a flow count as Big Tech Cloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DecidedBy {
    /// Big Tech infrastructure and a Big Tech service.
    Both,
    /// Big Tech infrastructure only (the address).
    Infrastructure,
    /// A Big Tech service on other infrastructure (the name).
    Service,
    /// Not Big Tech Cloud.
    Neither,
}

impl DecidedBy {
    pub fn is_big_tech(self) -> bool {
        self != DecidedBy::Neither
    }

    pub fn id(self) -> &'static str {
        match self {
            DecidedBy::Both => "both",
            DecidedBy::Infrastructure => "infrastructure",
            DecidedBy::Service => "service",
            DecidedBy::Neither => "neither",
        }
    }
}

/// The rule, with the catalogue's Big Tech providers and companies resolved once.
#[derive(Debug, Clone, Default)]
pub struct BigTechRule {
    providers: BTreeSet<String>,
    companies: BTreeSet<String>,
    services: BTreeSet<String>,
}

impl BigTechRule {
    pub fn new(catalogue: &Catalogue, services: &ServiceCatalogue) -> Self {
        let big: Vec<_> = catalogue
            .providers()
            .iter()
            .filter(|p| p.group == Group::BigTech)
            .collect();
        let companies: BTreeSet<String> = big.iter().map(|p| p.company.clone()).collect();
        BigTechRule {
            providers: big.iter().map(|p| p.id.clone()).collect(),
            services: services
                .services()
                .iter()
                .filter(|s| companies.contains(&s.company))
                .map(|s| s.id.clone())
                .collect(),
            companies,
        }
    }

    /// Whether `company` is one of the Big Tech companies.
    pub fn is_big_tech_company(&self, company: &str) -> bool {
        self.companies.contains(company)
    }

    /// Decides for a flow from its provider id and service id (either may be unknown).
    pub fn decide(&self, provider: Option<&str>, service: Option<&str>) -> DecidedBy {
        let infrastructure = provider.is_some_and(|p| self.providers.contains(p));
        let service = service.is_some_and(|s| self.services.contains(s));
        match (infrastructure, service) {
            (true, true) => DecidedBy::Both,
            (true, false) => DecidedBy::Infrastructure,
            (false, true) => DecidedBy::Service,
            (false, false) => DecidedBy::Neither,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> BigTechRule {
        BigTechRule::new(
            &Catalogue::bundled().unwrap(),
            &ServiceCatalogue::bundled().unwrap(),
        )
    }

    #[test]
    fn either_layer_makes_a_flow_big_tech() {
        let r = rule();
        assert_eq!(r.decide(Some("google"), Some("youtube")), DecidedBy::Both);
        assert_eq!(r.decide(None, Some("youtube")), DecidedBy::Service);
        assert_eq!(
            r.decide(Some("akamai"), Some("whatsapp")),
            DecidedBy::Service
        );
        assert_eq!(
            r.decide(Some("amazon"), Some("zoom")),
            DecidedBy::Infrastructure
        );
        assert_eq!(
            r.decide(Some("cloudflare"), Some("zoom")),
            DecidedBy::Neither
        );
        assert_eq!(r.decide(None, None), DecidedBy::Neither);
    }

    #[test]
    fn every_big_tech_provider_company_owns_services_in_the_catalogue() {
        // Guards against spelling drift between the two catalogues ("Meta" vs "Meta Platforms").
        let r = rule();
        let services = ServiceCatalogue::bundled().unwrap();
        for company in &r.companies {
            assert!(
                services.services().iter().any(|s| &s.company == company),
                "no service owned by {company}"
            );
        }
        for id in [
            "youtube",
            "gmail",
            "whatsapp",
            "instagram",
            "teams",
            "icloud",
        ] {
            assert!(r.services.contains(id), "{id}");
        }
    }
}
