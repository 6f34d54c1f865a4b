//! The per-installation secret that keys device pseudonyms: created once, readable only by
//! nuage (0600), never leaves the data dir.

use std::io::{Read, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use super::DaemonError;

const SECRET_FILE: &str = "pseudonym.key";
const SECRET_LEN: usize = 32;

/// Reads the secret from `data_dir`, creating it on first use.
pub fn load_or_create(data_dir: &Path) -> Result<Vec<u8>, DaemonError> {
    let path = data_dir.join(SECRET_FILE);
    let err = |path: &PathBuf, e: std::io::Error| DaemonError::Secret {
        path: path.clone(),
        message: e.to_string(),
    };
    match std::fs::read(&path) {
        Ok(bytes) if bytes.len() >= SECRET_LEN => return Ok(bytes),
        Ok(_) => {
            return Err(DaemonError::Secret {
                path,
                message: format!(
                    "shorter than {SECRET_LEN} bytes; move it away to make a new one (device pseudonyms will change)"
                ),
            });
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(err(&path, e)),
    }
    std::fs::create_dir_all(data_dir).map_err(|e| err(&data_dir.to_path_buf(), e))?;
    let mut secret = vec![0u8; SECRET_LEN];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut secret))
        .map_err(|e| err(&PathBuf::from("/dev/urandom"), e))?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)
        .map_err(|e| err(&path, e))?;
    file.write_all(&secret)
        .and_then(|()| file.sync_all())
        .map_err(|e| err(&path, e))?;
    Ok(secret)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn created_once_private_and_stable() {
        let dir = tempfile::tempdir().unwrap();
        let a = load_or_create(dir.path()).unwrap();
        let b = load_or_create(dir.path()).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.len(), SECRET_LEN);
        let mode = std::fs::metadata(dir.path().join(SECRET_FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let other = tempfile::tempdir().unwrap();
        assert_ne!(load_or_create(other.path()).unwrap(), a);
    }
}
