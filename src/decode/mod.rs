//! Decoding: from a captured frame to the few facts the flow table needs.
//!
//! The decoder never panics and never drops a frame silently: a frame it cannot read comes
//! back as a `DecodeError` that the caller counts.

mod packet;

pub use packet::{DecodeError, DecodedPacket, FragmentInfo, LinkType, Transport};
