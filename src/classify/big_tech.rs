//! The Big Tech Cloud rule: a flow leans on the Big Tech Cloud when its infrastructure is run
//! by a Big Tech company (its provider's group is `big-tech`) OR its service is owned by one
//! (YouTube served from a Google cache inside the ISP is still Google). Reports say which
//! layer decided.
//!
//! "Big Tech company" is derived from the catalogue, never hard-coded: the companies owning
//! a provider of the `big-tech` group (Amazon, Alphabet, Microsoft, Meta Platforms, Apple).

use std::collections::BTreeSet;

use serde::Serialize;

use crate::ranges::{Catalogue, Group, Provider};

/// Which layer made a flow Big Tech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BigTechLayer {
    /// Only the infrastructure (a Big Tech network carries another company's service).
    Infrastructure,
    /// Only the service (a Big Tech service from someone else's network or a cache).
    Service,
    Both,
    Neither,
}

impl BigTechLayer {
    pub fn id(self) -> &'static str {
        match self {
            BigTechLayer::Infrastructure => "infrastructure",
            BigTechLayer::Service => "service",
            BigTechLayer::Both => "both",
            BigTechLayer::Neither => "neither",
        }
    }

    pub fn is_big_tech(self) -> bool {
        self != BigTechLayer::Neither
    }
}

/// The companies owning a Big Tech provider, compared case-insensitively.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BigTechCompanies {
    companies: BTreeSet<String>,
}

impl BigTechCompanies {
    pub fn from_catalogue(catalogue: &Catalogue) -> Self {
        Self {
            companies: catalogue
                .providers()
                .iter()
                .filter(|p| p.group == Group::BigTech)
                .map(|p| p.company.trim().to_lowercase())
                .collect(),
        }
    }

    pub fn contains(&self, company: &str) -> bool {
        self.companies.contains(&company.trim().to_lowercase())
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.companies.iter().map(String::as_str)
    }

    /// The rule itself: `provider` is the flow's infrastructure (if any list knew it),
    /// `service_company` the owner of its service (if its name matched one).
    pub fn decide(
        &self,
        provider: Option<&Provider>,
        service_company: Option<&str>,
    ) -> BigTechLayer {
        let infrastructure = provider.is_some_and(|p| p.group == Group::BigTech);
        let service = service_company.is_some_and(|c| self.contains(c));
        match (infrastructure, service) {
            (true, true) => BigTechLayer::Both,
            (true, false) => BigTechLayer::Infrastructure,
            (false, true) => BigTechLayer::Service,
            (false, false) => BigTechLayer::Neither,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::ServiceCatalogue;

    #[test]
    fn either_layer_makes_a_flow_big_tech() {
        let catalogue = Catalogue::bundled().unwrap();
        let big = BigTechCompanies::from_catalogue(&catalogue);
        for company in ["Amazon", "Alphabet", "Microsoft", "Meta Platforms", "Apple"] {
            assert!(big.contains(company), "{company}");
        }
        assert!(!big.contains("Akamai") && !big.contains("Cloudflare"));
        let services = ServiceCatalogue::bundled().unwrap();
        let owner = |id: &str| services.service(id).unwrap().company.clone();
        let aws = catalogue.provider("amazon");
        let akamai = catalogue.provider("akamai");
        // Zoom on AWS: the infrastructure decides
        assert_eq!(
            big.decide(aws, Some(&owner("zoom"))),
            BigTechLayer::Infrastructure
        );
        // YouTube from a cache in another network: the service decides
        assert_eq!(
            big.decide(akamai, Some(&owner("youtube"))),
            BigTechLayer::Service
        );
        assert_eq!(
            big.decide(None, Some(&owner("whatsapp"))),
            BigTechLayer::Service
        );
        assert_eq!(
            big.decide(catalogue.provider("google"), Some(&owner("gmail"))),
            BigTechLayer::Both
        );
        assert_eq!(
            big.decide(akamai, Some(&owner("spotify"))),
            BigTechLayer::Neither
        );
        assert_eq!(big.decide(None, None), BigTechLayer::Neither);
    }

    #[test]
    fn every_big_tech_service_owner_is_spelled_like_the_catalogue() {
        // A service owned by a Big Tech company must name it as the provider catalogue does,
        // or the rule would silently miss it.
        let big = BigTechCompanies::from_catalogue(&Catalogue::bundled().unwrap());
        let services = ServiceCatalogue::bundled().unwrap();
        for id in [
            "youtube",
            "gmail",
            "whatsapp",
            "instagram",
            "teams",
            "icloud",
            "prime-video",
        ] {
            let s = services.service(id).unwrap();
            assert!(big.contains(&s.company), "{id}: {:?}", s.company);
        }
    }
}
