//! Lookup benchmark; filled in with the full table by the prefix-table work.
fn main() {}
