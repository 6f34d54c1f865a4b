//! Names: which service a flow belongs to, from the names seen on the wire (DNS answers, TLS
//! and QUIC server names, HTTP hosts) and the service catalogue.

pub mod dns;
pub mod dns_cache;
pub mod encrypted_dns;
pub mod gquic;
pub mod http;
pub mod quic;
pub mod quic_crypto;
mod services;
pub mod tcp_names;
pub mod tcp_reassembly;
pub mod tls;

pub use dns_cache::{DnsCache, DnsCacheConfig};
pub use services::{
    Service, ServiceCatalogue, ServiceCatalogueError, ServiceMatch, normalise_name,
    registrable_domain,
};
