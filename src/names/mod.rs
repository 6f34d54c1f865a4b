//! Names: which service a flow belongs to, from the names seen on the wire (DNS answers, TLS
//! and QUIC server names, HTTP hosts) and the service catalogue.

pub mod dns;
pub mod dns_cache;
pub mod encrypted_dns;
mod services;

pub use dns_cache::{DnsCache, DnsCacheConfig};
pub use services::{
    Service, ServiceCatalogue, ServiceCatalogueError, ServiceMatch, normalise_name,
    registrable_domain,
};
