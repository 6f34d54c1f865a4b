//! Log lines while the dashboard owns the terminal: written over the screen they would
//! garble it, so they are held in memory (bounded) and written to standard error once the
//! terminal is restored. `nuage run --tui` logs from its capture and service threads.

use std::io::{self, Write};
use std::sync::Mutex;

/// What is kept at most; later lines are counted, not kept.
const MAX_HELD: usize = 64 * 1024;

struct Held {
    bytes: Vec<u8>,
    dropped: usize,
}

static HELD: Mutex<Option<Held>> = Mutex::new(None);

fn held() -> std::sync::MutexGuard<'static, Option<Held>> {
    // A panic while logging leaves the buffer usable.
    HELD.lock().unwrap_or_else(|e| e.into_inner())
}

/// Standard error, or the buffer while the dashboard is up. For
/// `tracing_subscriber::fmt().with_writer(nuage::tui::log_writer)`.
pub struct LogWriter;

pub fn log_writer() -> LogWriter {
    LogWriter
}

impl Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut *held() {
            Some(h) => {
                if h.bytes.len() + buf.len() <= MAX_HELD {
                    h.bytes.extend_from_slice(buf);
                } else {
                    h.dropped += 1;
                }
                Ok(buf.len())
            }
            None => io::stderr().write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        io::stderr().flush()
    }
}

/// Holds log lines until dropped (or [`release`] is called).
pub struct Hold;

pub fn hold() -> Hold {
    *held() = Some(Held {
        bytes: Vec::new(),
        dropped: 0,
    });
    Hold
}

/// Writes what was held to standard error and stops holding.
pub fn release() {
    let Some(h) = held().take() else {
        return;
    };
    let mut err = io::stderr();
    let _ = err.write_all(&h.bytes);
    if h.dropped > 0 {
        let _ = writeln!(err, "({} more log lines were not kept)", h.dropped);
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        release();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_held_then_released() {
        let hold = hold();
        LogWriter.write_all(b"a line\n").unwrap();
        assert_eq!(held().as_ref().unwrap().bytes, b"a line\n");
        let big = vec![b'x'; MAX_HELD + 1];
        LogWriter.write_all(&big).unwrap();
        assert_eq!(held().as_ref().unwrap().dropped, 1);
        drop(hold);
        assert!(held().is_none());
    }
}
