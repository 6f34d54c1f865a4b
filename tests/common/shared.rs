//! Finds the read-only `shared/` folder beside the checkout (real captures, provider range
//! files, the household generator): `../shared`, `../../shared` (a worktree), or
//! `$NUAGE_SHARED`. Tests and benches that use it skip with a note when it is absent.

// Each test or bench crate includes this file and uses one of the two functions.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The first shared folder in which `required` exists.
pub fn shared_root(required: &str) -> Option<PathBuf> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    [manifest.join("../shared"), manifest.join("../../shared")]
        .into_iter()
        .chain(std::env::var_os("NUAGE_SHARED").map(PathBuf::from))
        .find(|root| root.join(required).exists())
}

/// `required` inside the first shared folder that has it.
pub fn shared_path(required: &str) -> Option<PathBuf> {
    shared_root(required).map(|root| root.join(required))
}
