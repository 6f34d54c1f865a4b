//! The socket file: where it lives, who may connect, and taking over a stale one.
//!
//! The socket is 0660 and handed to the `nuage` group when that group exists, so members can
//! watch the dashboard without being root. A socket left by a crashed daemon is replaced; a
//! live one (another daemon) or anything that is not a socket is never touched.

use std::io;
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::ControlError;

/// Mode of the socket file: owner and group may connect, others not.
pub const SOCKET_MODE: u32 = 0o660;

/// The group whose members may use the socket, when it exists.
pub const SOCKET_GROUP: &str = "nuage";

/// Longest socket path the kernel accepts (`sun_path` is 108 bytes with its NUL).
pub const MAX_SOCKET_PATH: usize = 107;

/// The socket to use: `--socket`, then the config's `[control] socket`, then the default.
pub fn resolve_socket_path(cli: Option<&Path>, config: Option<&Path>) -> PathBuf {
    cli.or(config)
        .map(Path::to_path_buf)
        .unwrap_or_else(crate::paths::default_control_socket)
}

/// Prepares `path` for binding: creates its folder, removes a stale socket.
pub(super) fn prepare(path: &Path) -> Result<(), ControlError> {
    let bad = |message: String| ControlError::Socket {
        path: path.to_path_buf(),
        message,
    };
    if path.as_os_str().len() > MAX_SOCKET_PATH {
        return Err(bad(format!(
            "the path is {} bytes long; a socket path must be at most {MAX_SOCKET_PATH}",
            path.as_os_str().len()
        )));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o755)
            .create(dir)
            .map_err(|e| bad(format!("cannot create folder {}: {e}", dir.display())))?;
    }
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(bad(format!("cannot look at it: {e}"))),
        Ok(meta) if !meta.file_type().is_socket() => Err(bad(
            "something that is not a socket is in the way; move it or choose another path".into(),
        )),
        Ok(_) => match std::os::unix::net::UnixStream::connect(path) {
            Ok(_) => Err(bad(
                "another nuage is already serving on it; stop it first".into()
            )),
            Err(_) => {
                tracing::info!(path = %path.display(), "removing stale control socket");
                std::fs::remove_file(path)
                    .map_err(|e| bad(format!("cannot remove the stale socket: {e}")))
            }
        },
    }
}

/// Sets the socket's mode and group after binding. A group change that is not allowed (not
/// root, not a member) is logged, not fatal: the owner can still connect.
pub(super) fn restrict(path: &Path) -> Result<(), ControlError> {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(SOCKET_MODE)).map_err(|e| {
        ControlError::Socket {
            path: path.to_path_buf(),
            message: format!("cannot set its permissions to {SOCKET_MODE:o}: {e}"),
        }
    })?;
    match group_id(SOCKET_GROUP) {
        Some(gid) => {
            if let Err(e) = rustix::fs::chown(path, None, Some(rustix::fs::Gid::from_raw(gid))) {
                tracing::warn!(path = %path.display(), error = %e,
                    "cannot hand the control socket to group {SOCKET_GROUP}");
            }
        }
        None => tracing::debug!(
            "no {SOCKET_GROUP} group: the control socket stays with its owner's group"
        ),
    }
    Ok(())
}

/// The id of group `name` from `/etc/group`.
pub fn group_id(name: &str) -> Option<u32> {
    let text = std::fs::read_to_string("/etc/group").ok()?;
    group_id_in(&text, name)
}

/// The id of group `name` in `/etc/group` text (`name:password:gid:members`).
fn group_id_in(text: &str, name: &str) -> Option<u32> {
    text.lines().find_map(|line| {
        let mut fields = line.split(':');
        (fields.next()? == name).then_some(())?;
        let _password = fields.next()?;
        let gid: u32 = fields.next()?.trim().parse().ok()?;
        // u32::MAX is "no group" to chown.
        (gid != u32::MAX).then_some(gid)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn group_lines_are_read_carefully() {
        let text = "root:x:0:\nnuagex:x:5:\n# comment\nbroken\nnuage:x:998:alice,bob\nodd:x:-1:\n";
        assert_eq!(group_id_in(text, "nuage"), Some(998));
        assert_eq!(group_id_in(text, "root"), Some(0));
        assert_eq!(group_id_in(text, "odd"), None);
        assert_eq!(group_id_in(text, "broken"), None);
        assert_eq!(group_id_in(text, "absent"), None);
    }

    #[test]
    fn the_command_line_wins_over_the_config() {
        let cli = Path::new("/tmp/a.sock");
        let config = Path::new("/tmp/b.sock");
        assert_eq!(resolve_socket_path(Some(cli), Some(config)), cli);
        assert_eq!(resolve_socket_path(None, Some(config)), config);
        assert_eq!(
            resolve_socket_path(None, None),
            crate::paths::default_control_socket()
        );
    }

    #[test]
    fn refuses_what_is_not_a_socket_and_overlong_paths() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("precious.txt");
        std::fs::write(&file, "keep me").unwrap();
        let err = prepare(&file).unwrap_err().to_string();
        assert!(err.contains("not a socket"), "{err}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "keep me");
        let long = dir.path().join("x".repeat(120));
        assert!(prepare(&long).unwrap_err().to_string().contains("at most"));
        let nested = dir.path().join("a/b/c.sock");
        prepare(&nested).unwrap();
        assert!(nested.parent().unwrap().is_dir());
    }
}
