//! Dropping root once the captures are open.
//!
//! Started as root, nuage becomes an unprivileged user (`[daemon] user`, default `nuage` when
//! it exists) and keeps only the capabilities it was asked to keep: CAP_NET_RAW and
//! CAP_NET_ADMIN for live captures ([`CAPTURE_CAPABILITIES`]: reopening an interface that
//! went away needs them), none at all for a capture file. No other capability and no way
//! back to root (`no_new_privs`). Started as another user (systemd `User=nuage` with
//! `AmbientCapabilities=`), nothing changes. `tests/daemon_privileges.rs` checks the running
//! process's ids and capabilities.
//!
//! rustix's calls change the calling thread only (the kernel's semantics), so this must run
//! before any other thread exists; [`drop_privileges`] checks that.

use std::path::Path;

use rustix::process::{Gid, Uid};
use rustix::thread::{CapabilitySet, CapabilitySets};

use super::DaemonError;

/// The default service account.
pub const DEFAULT_USER: &str = "nuage";

/// What a live capture keeps after the drop: opening packet sockets again, and promiscuous
/// mode.
pub const CAPTURE_CAPABILITIES: CapabilitySet =
    CapabilitySet::NET_RAW.union(CapabilitySet::NET_ADMIN);

/// A user from `/etc/passwd`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub name: String,
    pub uid: u32,
    pub gid: u32,
}

/// Finds `name` in a passwd-format text.
pub fn find_account(passwd: &str, name: &str) -> Option<Account> {
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let user = fields.next()?;
        if user != name {
            return None;
        }
        let _password = fields.next()?;
        let uid = fields.next()?.parse().ok()?;
        let gid = fields.next()?.parse().ok()?;
        Some(Account {
            name: user.to_string(),
            uid,
            gid,
        })
    })
}

/// What happened to privileges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dropped {
    /// Not running as root: nothing to drop.
    NotRoot,
    /// `user = "root"`: stayed root as configured.
    StayedRoot,
    /// No `nuage` user exists and none was configured.
    NoAccount,
    To(Account),
}

/// Becomes `user` (or the default account) keeping only the capabilities in `keep` (empty:
/// none).
pub fn drop_privileges(user: Option<&str>, keep: CapabilitySet) -> Result<Dropped, DaemonError> {
    if !rustix::process::geteuid().is_root() {
        return Ok(Dropped::NotRoot);
    }
    if user == Some("root") {
        return Ok(Dropped::StayedRoot);
    }
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let account = match (user, find_account(&passwd, user.unwrap_or(DEFAULT_USER))) {
        (_, Some(a)) => a,
        (None, None) => return Ok(Dropped::NoAccount),
        (Some(name), None) => {
            return Err(DaemonError::NoSuchUser {
                name: name.to_string(),
            });
        }
    };
    let threads = std::fs::read_dir(Path::new("/proc/self/task")).map_or(1, |d| d.count());
    if threads > 1 {
        return Err(DaemonError::Privileges(format!(
            "cannot drop privileges with {threads} threads running (only the calling thread would change)"
        )));
    }
    let fail = |what: &str, e: rustix::io::Errno| {
        DaemonError::Privileges(format!("{what} for user {}: {e}", account.name))
    };
    let gid = Gid::from_raw(account.gid);
    let uid = Uid::from_raw(account.uid);
    rustix::thread::set_keep_capabilities(true).map_err(|e| fail("keeping capabilities", e))?;
    rustix::thread::set_thread_groups(&[gid]).map_err(|e| fail("setgroups", e))?;
    rustix::thread::set_thread_res_gid(gid, gid, gid).map_err(|e| fail("setresgid", e))?;
    rustix::thread::set_thread_res_uid(uid, uid, uid).map_err(|e| fail("setresuid", e))?;
    rustix::thread::set_capabilities(
        None,
        CapabilitySets {
            effective: keep,
            permitted: keep,
            inheritable: CapabilitySet::empty(),
        },
    )
    .map_err(|e| fail("capset", e))?;
    rustix::thread::set_keep_capabilities(false).map_err(|e| fail("prctl", e))?;
    rustix::thread::set_no_new_privs(true).map_err(|e| fail("no_new_privs", e))?;
    Ok(Dropped::To(account))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_accounts_in_passwd_text() {
        let passwd = "root:x:0:0:root:/root:/bin/sh\nnuage:x:998:997::/var/lib/nuage:/usr/sbin/nologin\nbroken:x:y\n";
        assert_eq!(
            find_account(passwd, "nuage"),
            Some(Account {
                name: "nuage".into(),
                uid: 998,
                gid: 997
            })
        );
        assert_eq!(find_account(passwd, "nua"), None);
        assert_eq!(find_account(passwd, "broken"), None);
    }
}
