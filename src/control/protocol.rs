//! The control protocol's wire format: one JSON object per line each way, versioned.
//!
//! Requests are parsed by hand from a `serde_json::Value` so that every mistake gets its own
//! error code naming what was wrong; replies are typed. Writing borrows ([`OutFrame`]) so a
//! snapshot is never cloned to be sent; reading owns ([`Frame`]).

use serde::{Deserialize, Serialize};
use time::Date;
use time::macros::format_description;

use crate::usage::{Baseline, DayUsage, LiveSnapshot, PeriodUsage, USAGE_SCHEMA_VERSION};

/// The protocol version this build speaks (requests and replies carry it).
pub const PROTOCOL_VERSION: u32 = 1;

/// Longest request line the server accepts, newline included.
pub const DEFAULT_MAX_REQUEST_BYTES: usize = 64 * 1024;

/// The requests, as named on the wire.
pub const REQUESTS: [&str; 6] = ["hello", "subscribe", "day", "days", "baseline", "period"];

/// Longest period a `period` request may ask for, in days (both ends included): a year.
pub const MAX_PERIOD_DAYS: i64 = 366;

/// A request, once checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    Hello,
    Subscribe,
    Day(Date),
    Days,
    Baseline(Date),
    /// Local days `from..=to`, checked: `from <= to`, at most [`MAX_PERIOD_DAYS`].
    Period {
        from: Date,
        to: Date,
    },
}

impl Request {
    /// The request's name on the wire.
    pub fn name(&self) -> &'static str {
        match self {
            Request::Hello => "hello",
            Request::Subscribe => "subscribe",
            Request::Day(_) => "day",
            Request::Days => "days",
            Request::Baseline(_) => "baseline",
            Request::Period { .. } => "period",
        }
    }

    /// The request as one JSON line (newline included).
    pub fn to_line(&self) -> String {
        let mut value = serde_json::json!({
            "version": PROTOCOL_VERSION,
            "request": self.name(),
        });
        if let (Request::Day(date) | Request::Baseline(date), Some(obj)) =
            (self, value.as_object_mut())
        {
            obj.insert("date".into(), serde_json::Value::String(format_date(*date)));
        }
        if let (Request::Period { from, to }, Some(obj)) = (self, value.as_object_mut()) {
            obj.insert("from".into(), serde_json::Value::String(format_date(*from)));
            obj.insert("to".into(), serde_json::Value::String(format_date(*to)));
        }
        let mut line = value.to_string();
        line.push('\n');
        line
    }
}

/// What went wrong, as a stable code clients can match on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// The line is not JSON (or not UTF-8).
    BadJson,
    /// JSON, but not a request object (`request` missing or not a string…).
    BadRequest,
    /// `version` missing, not an integer, or one this server does not speak.
    UnsupportedVersion,
    UnknownRequest,
    /// A request's argument is missing or invalid (`date`).
    BadArgument,
    LineTooLong,
    /// Nothing is known for what was asked (a day without data).
    NotFound,
    /// The daemon cannot answer right now (the store cannot be read).
    Unavailable,
    /// Too many clients are connected.
    Busy,
}

/// An error reply's body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{code:?}: {message}")]
pub struct ErrorReply {
    pub code: ErrorCode,
    pub message: String,
}

impl ErrorReply {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        ErrorReply {
            code,
            message: message.into(),
        }
    }
}

/// What `hello` answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerInfo {
    /// `nuage`.
    pub software: String,
    /// The daemon's version (`0.1.0`).
    pub version: String,
    /// Protocol versions the server accepts in requests.
    pub protocol_versions: Vec<u32>,
    /// Version of the usage model's serialised forms (snapshots, days).
    pub usage_schema_version: u32,
    pub requests: Vec<String>,
    pub max_request_bytes: usize,
    /// How often subscribers get a snapshot.
    pub push_interval_ms: u64,
}

impl ServerInfo {
    pub fn this_build(max_request_bytes: usize, push_interval_ms: u64) -> Self {
        ServerInfo {
            software: "nuage".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            protocol_versions: vec![PROTOCOL_VERSION],
            usage_schema_version: USAGE_SCHEMA_VERSION,
            requests: REQUESTS.iter().map(|r| r.to_string()).collect(),
            max_request_bytes,
            push_interval_ms,
        }
    }
}

/// A reply as written by the server: borrows what it sends.
#[derive(Debug, Serialize)]
#[serde(tag = "reply", rename_all = "kebab-case")]
pub enum OutReply<'a> {
    Hello {
        server: &'a ServerInfo,
    },
    Snapshot {
        snapshot: &'a LiveSnapshot,
    },
    Day {
        date: String,
        day: &'a DayUsage,
    },
    Days {
        days: Vec<String>,
    },
    Baseline {
        date: String,
        baseline: Option<&'a Baseline>,
    },
    Period {
        from: String,
        to: String,
        period: &'a PeriodUsage,
    },
    Error {
        /// The request that failed, when it could be read.
        #[serde(skip_serializing_if = "Option::is_none")]
        request: Option<&'a str>,
        error: &'a ErrorReply,
    },
}

#[derive(Debug, Serialize)]
struct OutFrame<'a> {
    version: u32,
    #[serde(flatten)]
    reply: &'a OutReply<'a>,
}

impl OutReply<'_> {
    /// The reply as one JSON line (newline included).
    pub fn to_line(&self) -> Vec<u8> {
        let frame = OutFrame {
            version: PROTOCOL_VERSION,
            reply: self,
        };
        let mut line = match serde_json::to_vec(&frame) {
            Ok(line) => line,
            // Serialising plain data structs cannot fail but for a non-finite float, which
            // JSON cannot carry: say so instead of sending nothing.
            Err(e) => serde_json::to_vec(&OutFrame {
                version: PROTOCOL_VERSION,
                reply: &OutReply::Error {
                    request: None,
                    error: &ErrorReply::new(
                        ErrorCode::Unavailable,
                        format!("cannot encode reply: {e}"),
                    ),
                },
            })
            .unwrap_or_default(),
        };
        line.push(b'\n');
        line
    }
}

/// A reply as read by a client.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "reply", rename_all = "kebab-case")]
pub enum Reply {
    Hello {
        server: ServerInfo,
    },
    Snapshot {
        snapshot: Box<LiveSnapshot>,
    },
    Day {
        date: String,
        day: Box<DayUsage>,
    },
    Days {
        days: Vec<String>,
    },
    Baseline {
        date: String,
        baseline: Option<Baseline>,
    },
    Period {
        from: String,
        to: String,
        period: Box<PeriodUsage>,
    },
    Error {
        #[serde(default)]
        request: Option<String>,
        error: ErrorReply,
    },
}

#[derive(Debug, Deserialize)]
struct Frame {
    version: u32,
    #[serde(flatten)]
    reply: Reply,
}

/// Reads one reply line; the error says what was wrong with it.
pub fn parse_reply(line: &[u8]) -> Result<Reply, String> {
    let frame: Frame = serde_json::from_slice(line).map_err(|e| format!("bad reply: {e}"))?;
    if frame.version != PROTOCOL_VERSION {
        return Err(format!(
            "reply has protocol version {}, this client speaks {PROTOCOL_VERSION}",
            frame.version
        ));
    }
    Ok(frame.reply)
}

/// A request line that could not be accepted: the error, and the request's name when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub request: Option<String>,
    pub error: ErrorReply,
}

/// Checks one request line (without its newline).
pub fn parse_request(line: &[u8]) -> Result<Request, Rejected> {
    let reject = |request: Option<&str>, code, message: String| Rejected {
        request: request.map(str::to_string),
        error: ErrorReply::new(code, message),
    };
    let value: serde_json::Value = serde_json::from_slice(line)
        .map_err(|e| reject(None, ErrorCode::BadJson, format!("not JSON: {e}")))?;
    let Some(obj) = value.as_object() else {
        return Err(reject(
            None,
            ErrorCode::BadRequest,
            format!(
                "a request is a JSON object like {{\"version\":1,\"request\":\"hello\"}}, got {}",
                kind_of(&value)
            ),
        ));
    };
    let name = match obj.get("request") {
        Some(serde_json::Value::String(name)) => Some(name.as_str()),
        Some(other) => {
            return Err(reject(
                None,
                ErrorCode::BadRequest,
                format!("\"request\" must be a string, got {}", kind_of(other)),
            ));
        }
        None => None,
    };
    match obj.get("version") {
        None => {
            return Err(reject(
                name,
                ErrorCode::UnsupportedVersion,
                format!("\"version\" is missing; this server speaks version {PROTOCOL_VERSION}"),
            ));
        }
        Some(v) if v.as_u64() == Some(u64::from(PROTOCOL_VERSION)) => {}
        Some(v) => {
            return Err(reject(
                name,
                ErrorCode::UnsupportedVersion,
                format!(
                    "version {v} is not supported; this server speaks version {PROTOCOL_VERSION}"
                ),
            ));
        }
    }
    let Some(name) = name else {
        return Err(reject(
            None,
            ErrorCode::BadRequest,
            format!("\"request\" is missing; one of {}", REQUESTS.join(", ")),
        ));
    };
    let field = |field: &str| -> Result<Date, Rejected> {
        match obj.get(field) {
            Some(serde_json::Value::String(text)) => parse_date(text)
                .map_err(|message| reject(Some(name), ErrorCode::BadArgument, message)),
            Some(other) => Err(reject(
                Some(name),
                ErrorCode::BadArgument,
                format!(
                    "\"{field}\" must be a string like \"2027-03-08\", got {}",
                    kind_of(other)
                ),
            )),
            None => Err(reject(
                Some(name),
                ErrorCode::BadArgument,
                format!("{name} needs \"{field}\": \"YYYY-MM-DD\""),
            )),
        }
    };
    let date = || field("date");
    let period = || -> Result<Request, Rejected> {
        let (from, to) = (field("from")?, field("to")?);
        let bad = |message: String| Err(reject(Some(name), ErrorCode::BadArgument, message));
        if from > to {
            return bad(format!(
                "\"from\" {} is after \"to\" {}",
                format_date(from),
                format_date(to)
            ));
        }
        if (to - from).whole_days() >= MAX_PERIOD_DAYS {
            return bad(format!("a period is at most {MAX_PERIOD_DAYS} days"));
        }
        Ok(Request::Period { from, to })
    };
    match name {
        "hello" => Ok(Request::Hello),
        "subscribe" => Ok(Request::Subscribe),
        "days" => Ok(Request::Days),
        "day" => Ok(Request::Day(date()?)),
        "baseline" => Ok(Request::Baseline(date()?)),
        "period" => period(),
        other => Err(reject(
            Some(other),
            ErrorCode::UnknownRequest,
            format!("unknown request {other:?}; known: {}", REQUESTS.join(", ")),
        )),
    }
}

fn kind_of(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// `2027-03-08`, as the protocol writes dates.
pub fn format_date(date: Date) -> String {
    date.format(format_description!("[year]-[month]-[day]"))
        .unwrap_or_else(|_| date.to_string())
}

/// Reads a `YYYY-MM-DD` date; the error names the text.
pub fn parse_date(text: &str) -> Result<Date, String> {
    Date::parse(text, format_description!("[year]-[month]-[day]"))
        .map_err(|e| format!("{text:?} is not a date like 2027-03-08 ({e})"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn code(line: &str) -> ErrorCode {
        parse_request(line.as_bytes()).unwrap_err().error.code
    }

    #[test]
    fn requests_round_trip_through_their_lines() {
        for r in [
            Request::Hello,
            Request::Subscribe,
            Request::Days,
            Request::Day(date!(2027 - 03 - 08)),
            Request::Baseline(date!(2027 - 12 - 31)),
            Request::Period {
                from: date!(2027 - 03 - 01),
                to: date!(2027 - 03 - 07),
            },
        ] {
            let line = r.to_line();
            assert!(line.ends_with('\n') && !line[..line.len() - 1].contains('\n'));
            assert_eq!(parse_request(line.trim_end().as_bytes()).unwrap(), r);
        }
    }

    #[test]
    fn every_mistake_has_its_code_and_says_what_was_wrong() {
        assert_eq!(code("{\"version\":1,"), ErrorCode::BadJson);
        assert_eq!(code("\u{0}"), ErrorCode::BadJson);
        assert_eq!(code("[1,2]"), ErrorCode::BadRequest);
        assert_eq!(code("{\"version\":1}"), ErrorCode::BadRequest);
        assert_eq!(code("{\"version\":1,\"request\":7}"), ErrorCode::BadRequest);
        assert_eq!(
            code("{\"request\":\"hello\"}"),
            ErrorCode::UnsupportedVersion
        );
        assert_eq!(
            code("{\"version\":\"1\",\"request\":\"hello\"}"),
            ErrorCode::UnsupportedVersion
        );
        let r = parse_request(b"{\"version\":2,\"request\":\"hello\"}").unwrap_err();
        assert_eq!(r.error.code, ErrorCode::UnsupportedVersion);
        assert!(r.error.message.contains("version 2"), "{}", r.error.message);
        assert_eq!(r.request.as_deref(), Some("hello"));
        let r = parse_request(b"{\"version\":1,\"request\":\"dayz\"}").unwrap_err();
        assert_eq!(r.error.code, ErrorCode::UnknownRequest);
        assert!(r.error.message.contains("dayz") && r.error.message.contains("baseline"));
        assert_eq!(
            code("{\"version\":1,\"request\":\"day\"}"),
            ErrorCode::BadArgument
        );
        let r = parse_request(b"{\"version\":1,\"request\":\"day\",\"date\":\"2027-02-30\"}")
            .unwrap_err();
        assert_eq!(r.error.code, ErrorCode::BadArgument);
        assert!(
            r.error.message.contains("2027-02-30"),
            "{}",
            r.error.message
        );
        assert_eq!(
            code("{\"version\":1,\"request\":\"baseline\",\"date\":20270308}"),
            ErrorCode::BadArgument
        );
    }

    #[test]
    fn periods_are_checked() {
        let line = |from: &str, to: &str| {
            format!("{{\"version\":1,\"request\":\"period\",\"from\":\"{from}\",\"to\":\"{to}\"}}")
        };
        assert_eq!(
            parse_request(line("2027-03-08", "2027-03-08").as_bytes()).unwrap(),
            Request::Period {
                from: date!(2027 - 03 - 08),
                to: date!(2027 - 03 - 08)
            }
        );
        let r = parse_request(line("2027-03-09", "2027-03-08").as_bytes()).unwrap_err();
        assert_eq!(r.error.code, ErrorCode::BadArgument);
        assert!(r.error.message.contains("after"), "{}", r.error.message);
        let r = parse_request(line("2026-01-01", "2027-03-08").as_bytes()).unwrap_err();
        assert!(r.error.message.contains("366 days"), "{}", r.error.message);
        let r = parse_request(b"{\"version\":1,\"request\":\"period\",\"from\":\"2027-03-08\"}")
            .unwrap_err();
        assert!(r.error.message.contains("\"to\""), "{}", r.error.message);
    }

    #[test]
    fn unknown_fields_are_ignored_for_newer_clients() {
        assert_eq!(
            parse_request(b"{\"version\":1,\"request\":\"days\",\"id\":5}").unwrap(),
            Request::Days
        );
    }

    #[test]
    fn replies_round_trip() {
        let info = ServerInfo::this_build(1000, 1000);
        let line = OutReply::Hello { server: &info }.to_line();
        assert_eq!(*line.last().unwrap(), b'\n');
        assert_eq!(
            parse_reply(&line).unwrap(),
            Reply::Hello {
                server: info.clone()
            }
        );
        let err = ErrorReply::new(ErrorCode::NotFound, "no data for 2027-03-08");
        let line = OutReply::Error {
            request: Some("day"),
            error: &err,
        }
        .to_line();
        let text = String::from_utf8(line.clone()).unwrap();
        assert!(text.contains("\"code\":\"not-found\""), "{text}");
        assert_eq!(
            parse_reply(&line).unwrap(),
            Reply::Error {
                request: Some("day".into()),
                error: err
            }
        );
        let line = OutReply::Days {
            days: vec!["2027-03-07".into()],
        }
        .to_line();
        assert_eq!(
            parse_reply(&line).unwrap(),
            Reply::Days {
                days: vec!["2027-03-07".into()]
            }
        );
        assert!(parse_reply(b"{\"version\":9,\"reply\":\"days\",\"days\":[]}").is_err());
        assert!(parse_reply(b"{\"version\":1,\"reply\":\"nope\"}").is_err());
    }
}
