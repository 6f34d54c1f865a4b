//! Where nuage keeps its state: the data dir (imported ranges, the database).
//!
//! Precedence: `--data-dir`, then `NUAGE_DATA_DIR` (both handled by clap), then
//! `/var/lib/nuage` for root and the XDG data dir (`~/.local/share/nuage`) for everyone else.

use std::path::PathBuf;

/// The data dir to use when none was given.
pub fn default_data_dir() -> PathBuf {
    if rustix::process::geteuid().is_root() {
        return PathBuf::from("/var/lib/nuage");
    }
    match dirs::data_dir() {
        Some(dir) => dir.join("nuage"),
        // No HOME at all (a bare service account): fall back to the current directory.
        None => PathBuf::from(".nuage"),
    }
}

/// Folder under the data dir holding imported official range files, one per source.
pub fn ranges_dir(data_dir: &std::path::Path) -> PathBuf {
    data_dir.join("ranges")
}

/// The database file under the data dir.
pub fn database_path(data_dir: &std::path::Path) -> PathBuf {
    data_dir.join("nuage.db")
}

/// The control socket when none was configured: `/run/nuage/nuage.sock` for root, else
/// `$XDG_RUNTIME_DIR/nuage/nuage.sock`, else the data dir (never a shared folder like /tmp).
pub fn default_control_socket() -> PathBuf {
    if rustix::process::geteuid().is_root() {
        return PathBuf::from("/run/nuage/nuage.sock");
    }
    match std::env::var_os("XDG_RUNTIME_DIR").filter(|d| !d.is_empty()) {
        Some(dir) => PathBuf::from(dir).join("nuage").join("nuage.sock"),
        None => default_data_dir().join("nuage.sock"),
    }
}
