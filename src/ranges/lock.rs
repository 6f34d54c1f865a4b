//! One `nuage ranges update` at a time per data dir, so a timer and a person never write the
//! same `<file>.tmp`.
//!
//! Between processes: a POSIX record lock on `<ranges>/.update.lock`, which the kernel drops
//! when the process ends (never stale) and which children do not inherit. POSIX locks do not
//! exclude threads of one process, so a process-wide set of busy folders covers those.

use std::collections::BTreeSet;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

static BUSY: Mutex<BTreeSet<PathBuf>> = Mutex::new(BTreeSet::new());

fn busy() -> MutexGuard<'static, BTreeSet<PathBuf>> {
    // The set stays consistent even if a holder panicked.
    BUSY.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("another `nuage ranges update` is running (it holds {path})")]
    Busy { path: PathBuf },
    #[error("cannot lock {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Held while updating; released on drop.
#[derive(Debug)]
pub struct UpdateLock {
    _file: File,
    path: PathBuf,
}

impl Drop for UpdateLock {
    fn drop(&mut self) {
        busy().remove(&self.path);
    }
}

/// Takes the update lock of `ranges_dir` (which must exist), or says who holds it.
pub fn lock(ranges_dir: &Path) -> Result<UpdateLock, LockError> {
    let path = ranges_dir.join(".update.lock");
    if !busy().insert(path.clone()) {
        return Err(LockError::Busy { path });
    }
    let release = |error: LockError| {
        busy().remove(&path);
        error
    };
    let file = File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|source| {
            release(LockError::Io {
                path: path.clone(),
                source,
            })
        })?;
    match rustix::fs::fcntl_lock(&file, rustix::fs::FlockOperation::NonBlockingLockExclusive) {
        Ok(()) => Ok(UpdateLock { _file: file, path }),
        Err(e) if e == rustix::io::Errno::AGAIN || e == rustix::io::Errno::ACCESS => {
            Err(release(LockError::Busy { path: path.clone() }))
        }
        Err(e) => Err(release(LockError::Io {
            path: path.clone(),
            source: e.into(),
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_holder_per_folder() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let held = lock(a.path()).unwrap();
        assert!(matches!(lock(a.path()), Err(LockError::Busy { .. })));
        let other = lock(b.path()).unwrap();
        drop(held);
        let again = lock(a.path()).unwrap();
        drop((again, other));
    }
}
