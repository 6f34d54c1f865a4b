//! The blocking client the dashboard and `nuage report` use to talk to a running daemon.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

use time::Date;

use super::protocol::{
    ErrorReply, Reply, Request, ServerInfo, format_date, parse_date, parse_reply,
};
use crate::usage::{Baseline, DayUsage, LiveSnapshot, PeriodUsage};

/// Longest reply line a client accepts: a day with thousands of devices and services is a few
/// MiB; anything past this is a broken or hostile server.
pub const MAX_REPLY_BYTES: usize = 64 * 1024 * 1024;

/// How long a client waits for a reply (or, subscribed, for the next snapshot).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// No daemon listens there (the caller may read the database instead).
    #[error("no nuage daemon at {path}: {source}")]
    NotRunning {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("control socket: {0}")]
    Io(#[from] std::io::Error),
    /// The daemon answered with an error.
    #[error("the daemon refused {request}: {error}")]
    Server { request: String, error: ErrorReply },
    /// The daemon's reply made no sense to this client.
    #[error("control protocol: {0}")]
    Protocol(String),
    #[error("the daemon closed the connection")]
    Closed,
}

/// A connection to the daemon's control socket.
pub struct ControlClient {
    reader: BufReader<UnixStream>,
    writer: UnixStream,
}

impl ControlClient {
    /// Connects to the daemon at `path`.
    pub fn connect(path: &Path) -> Result<Self, ClientError> {
        let stream = UnixStream::connect(path).map_err(|source| ClientError::NotRunning {
            path: path.to_path_buf(),
            source,
        })?;
        stream.set_read_timeout(Some(DEFAULT_TIMEOUT))?;
        stream.set_write_timeout(Some(DEFAULT_TIMEOUT))?;
        let writer = stream.try_clone()?;
        Ok(ControlClient {
            reader: BufReader::new(stream),
            writer,
        })
    }

    /// How long to wait for a reply or a snapshot (`None`: forever).
    pub fn set_timeout(&mut self, timeout: Option<Duration>) -> Result<(), ClientError> {
        self.writer.set_read_timeout(timeout)?;
        self.writer.set_write_timeout(timeout)?;
        Ok(())
    }

    /// Who the daemon is and what it speaks.
    pub fn hello(&mut self) -> Result<ServerInfo, ClientError> {
        match self.ask(&Request::Hello)? {
            Reply::Hello { server } => Ok(server),
            other => Err(unexpected("hello", &other)),
        }
    }

    /// One local day's usage.
    pub fn day(&mut self, date: Date) -> Result<DayUsage, ClientError> {
        match self.ask(&Request::Day(date))? {
            Reply::Day { day, .. } => Ok(*day),
            other => Err(unexpected("day", &other)),
        }
    }

    /// The local days with data, oldest first.
    pub fn days(&mut self) -> Result<Vec<Date>, ClientError> {
        match self.ask(&Request::Days)? {
            Reply::Days { days } => days
                .iter()
                .map(|d| parse_date(d).map_err(ClientError::Protocol))
                .collect(),
            other => Err(unexpected("days", &other)),
        }
    }

    /// The usual day to compare `date` with; `None` without history.
    pub fn baseline(&mut self, date: Date) -> Result<Option<Baseline>, ClientError> {
        match self.ask(&Request::Baseline(date))? {
            Reply::Baseline { baseline, .. } => Ok(baseline),
            other => Err(unexpected("baseline", &other)),
        }
    }

    /// Local days `from..=to`, each and together, with the capture's gaps and drops.
    pub fn period(&mut self, from: Date, to: Date) -> Result<PeriodUsage, ClientError> {
        match self.ask(&Request::Period { from, to })? {
            Reply::Period { period, .. } => Ok(*period),
            other => Err(unexpected("period", &other)),
        }
    }

    /// Turns the connection into a stream of live snapshots (about one a second).
    pub fn subscribe(mut self) -> Result<Subscription, ClientError> {
        self.send(&Request::Subscribe)?;
        Ok(Subscription { client: self })
    }

    fn send(&mut self, request: &Request) -> Result<(), ClientError> {
        self.writer.write_all(request.to_line().as_bytes())?;
        Ok(())
    }

    fn ask(&mut self, request: &Request) -> Result<Reply, ClientError> {
        self.send(request)?;
        match self.read_reply()? {
            Some(Reply::Error { error, .. }) => Err(ClientError::Server {
                request: describe(request),
                error,
            }),
            Some(reply) => Ok(reply),
            None => Err(ClientError::Closed),
        }
    }

    /// The next reply; `None` when the daemon closed the connection.
    fn read_reply(&mut self) -> Result<Option<Reply>, ClientError> {
        let mut line = Vec::new();
        let read = (&mut self.reader)
            .take(MAX_REPLY_BYTES as u64 + 1)
            .read_until(b'\n', &mut line)?;
        if read == 0 {
            return Ok(None);
        }
        if line.last() != Some(&b'\n') {
            return Err(if read > MAX_REPLY_BYTES {
                ClientError::Protocol(format!("a reply is longer than {MAX_REPLY_BYTES} bytes"))
            } else {
                ClientError::Closed
            });
        }
        parse_reply(&line).map(Some).map_err(ClientError::Protocol)
    }
}

fn describe(request: &Request) -> String {
    match request {
        Request::Day(date) | Request::Baseline(date) => {
            format!("{} {}", request.name(), format_date(*date))
        }
        Request::Period { from, to } => {
            format!("period {} to {}", format_date(*from), format_date(*to))
        }
        _ => request.name().to_string(),
    }
}

fn unexpected(asked: &str, reply: &Reply) -> ClientError {
    let got = match reply {
        Reply::Hello { .. } => "hello",
        Reply::Snapshot { .. } => "snapshot",
        Reply::Day { .. } => "day",
        Reply::Days { .. } => "days",
        Reply::Baseline { .. } => "baseline",
        Reply::Period { .. } => "period",
        Reply::Error { .. } => "error",
    };
    ClientError::Protocol(format!("asked {asked}, got a {got} reply"))
}

/// Live snapshots as the daemon pushes them. Ends when the daemon closes the connection; a
/// read error (including the timeout) is returned once and ends it too.
pub struct Subscription {
    client: ControlClient,
}

impl Iterator for Subscription {
    type Item = Result<LiveSnapshot, ClientError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.client.read_reply() {
            Ok(None) => None,
            Ok(Some(Reply::Snapshot { snapshot })) => Some(Ok(*snapshot)),
            Ok(Some(Reply::Error { error, .. })) => Some(Err(ClientError::Server {
                request: "subscribe".into(),
                error,
            })),
            Ok(Some(other)) => Some(Err(unexpected("subscribe", &other))),
            Err(e) => Some(Err(e)),
        }
    }
}
