//! Replacing a file so that readers only ever see the old or the new version, whole:
//! write `<file>.tmp` beside it, fsync, keep the old one as `<file>.prev`, rename into place.

use std::io::Write;
use std::path::{Path, PathBuf};

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// Path of the previous good copy kept beside `path`.
pub fn previous_path(path: &Path) -> PathBuf {
    with_suffix(path, ".prev")
}

/// Writes `bytes` to `path` atomically. With `keep_previous`, the file being replaced is
/// kept as `<path>.prev` (one generation), so a bad publication can be rolled back by hand.
pub fn write_atomically(path: &Path, bytes: &[u8], keep_previous: bool) -> std::io::Result<()> {
    let tmp = with_suffix(path, ".tmp");
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        if keep_previous && path.exists() {
            let prev = previous_path(path);
            match std::fs::remove_file(&prev) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
            // A hard link keeps `path` in place the whole time; copy where links don't work.
            if std::fs::hard_link(path, &prev).is_err() {
                std::fs::copy(path, &prev)?;
            }
        }
        std::fs::rename(&tmp, path)?;
        if let Some(dir) = path.parent() {
            // Makes the rename itself durable; not every platform can open a directory.
            if let Ok(dir) = std::fs::File::open(dir) {
                let _ = dir.sync_all();
            }
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_keeps_one_previous_copy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        write_atomically(&path, b"one", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        assert!(!previous_path(&path).exists());
        write_atomically(&path, b"two", true).unwrap();
        write_atomically(&path, b"three", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
        assert_eq!(std::fs::read(previous_path(&path)).unwrap(), b"two");
        assert!(!dir.path().join("a.txt.tmp").exists());
    }

    #[test]
    fn failure_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        write_atomically(&path, b"one", true).unwrap();
        // A directory where the temporary file should go makes the write fail.
        std::fs::create_dir(dir.path().join("a.txt.tmp")).unwrap();
        assert!(write_atomically(&path, b"two", true).is_err());
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
    }
}
