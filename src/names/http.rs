//! The `Host` header of a plain HTTP/1.x request, from the first bytes a client sends.

use super::tls::valid_host_name;

/// Request methods nuage recognises at the start of a stream.
const METHODS: [&[u8]; 9] = [
    b"GET", b"POST", b"HEAD", b"PUT", b"DELETE", b"OPTIONS", b"PATCH", b"CONNECT", b"TRACE",
];
/// A request line and headers longer than this are not waited for.
pub const MAX_HEADER_BYTES: usize = 8 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum HttpError {
    /// Could still be a request whose Host line has not arrived.
    #[error("HTTP request incomplete")]
    Incomplete,
    #[error("not an HTTP/1.x request")]
    NotHttp,
    #[error("HTTP request has no Host header")]
    NoHost,
    #[error("HTTP Host header is not a valid host name")]
    InvalidHost,
}

/// Whether `bytes` start like an HTTP request (a known method and a space), or could once
/// more bytes arrive. Cheap: used to decide whether a stream is worth buffering.
pub fn looks_like_request(bytes: &[u8]) -> bool {
    METHODS.iter().any(|m| {
        let n = bytes.len().min(m.len() + 1);
        let want = m.iter().chain(b" ").take(n);
        bytes.iter().take(n).eq(want)
    }) && !bytes.is_empty()
}

/// The host named by the request's `Host` header (header name case-insensitive; value
/// trimmed, port and IPv6 brackets refused or stripped), as soon as its line is complete.
pub fn request_host(bytes: &[u8]) -> Result<&str, HttpError> {
    if !looks_like_request(bytes) {
        return Err(HttpError::NotHttp);
    }
    let mut lines = bytes.split(|&b| b == b'\n');
    let Some(request_line) = lines.next() else {
        return Err(HttpError::Incomplete);
    };
    let mut seen = request_line.len() + 1;
    if seen > bytes.len() {
        return if bytes.len() > MAX_HEADER_BYTES {
            Err(HttpError::NotHttp)
        } else {
            Err(HttpError::Incomplete)
        };
    }
    let request_line = request_line.strip_suffix(b"\r").unwrap_or(request_line);
    if !request_line
        .rsplit(|&b| b == b' ')
        .next()
        .is_some_and(|v| v.starts_with(b"HTTP/1."))
    {
        return Err(HttpError::NotHttp);
    }
    for line in lines {
        seen += line.len() + 1;
        if seen > bytes.len() {
            // The last line has no newline yet.
            break;
        }
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            return Err(HttpError::NoHost);
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        let (name, value) = line.split_at(colon);
        if !name.eq_ignore_ascii_case(b"host") {
            continue;
        }
        return host_value(value.get(1..).unwrap_or(&[]));
    }
    if bytes.len() > MAX_HEADER_BYTES {
        Err(HttpError::NoHost)
    } else {
        Err(HttpError::Incomplete)
    }
}

fn host_value(value: &[u8]) -> Result<&str, HttpError> {
    let value = value.trim_ascii();
    // An IPv6 literal is an address, not a name.
    if value.starts_with(b"[") {
        return Err(HttpError::InvalidHost);
    }
    let host = match value.iter().rposition(|&b| b == b':') {
        Some(colon) => {
            let (host, port) = value.split_at(colon);
            let port = port.get(1..).unwrap_or(&[]);
            if !port.iter().all(u8::is_ascii_digit) {
                return Err(HttpError::InvalidHost);
            }
            host
        }
        None => value,
    };
    valid_host_name(host).ok_or(HttpError::InvalidHost)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_of_common_requests() {
        let get = b"GET /index.html HTTP/1.1\r\nUser-Agent: x\r\nHost: www.Example.org\r\nAccept: */*\r\n\r\n";
        assert_eq!(request_host(get), Ok("www.Example.org"));
        let post = b"POST /api HTTP/1.0\r\nhOsT:api.example.com:8080\r\n\r\nbody";
        assert_eq!(request_host(post), Ok("api.example.com"));
        let head = b"HEAD / HTTP/1.1\nHOST: \t cdn.example.net \n\n";
        assert_eq!(request_host(head), Ok("cdn.example.net"));
        let connect = b"CONNECT a.example:443 HTTP/1.1\r\nHost: a.example:443\r\n\r\n";
        assert_eq!(request_host(connect), Ok("a.example"));
    }

    #[test]
    fn waits_for_the_host_line() {
        let full = b"GET / HTTP/1.1\r\nHost: split.example.com\r\n\r\n";
        for cut in 1..full.len() {
            let got = request_host(&full[..cut]);
            // The Host line counts once its newline is there.
            let line_end = full.windows(2).skip(16).position(|w| w == b"\r\n").unwrap() + 16 + 2;
            if cut >= line_end {
                assert_eq!(got, Ok("split.example.com"), "cut {cut}");
            } else {
                assert_eq!(got, Err(HttpError::Incomplete), "cut {cut}");
            }
        }
    }

    #[test]
    fn refusals_are_named() {
        assert_eq!(request_host(b"\x16\x03\x01"), Err(HttpError::NotHttp));
        assert_eq!(
            request_host(b"GETX / HTTP/1.1\r\n"),
            Err(HttpError::NotHttp)
        );
        assert_eq!(request_host(b"GET / SPDY/3\r\n"), Err(HttpError::NotHttp));
        assert_eq!(
            request_host(b"GET / HTTP/1.0\r\nAccept: */*\r\n\r\n"),
            Err(HttpError::NoHost)
        );
        assert_eq!(
            request_host(b"GET / HTTP/1.1\r\nHost: [::1]:80\r\n\r\n"),
            Err(HttpError::InvalidHost)
        );
        assert_eq!(
            request_host(b"GET / HTTP/1.1\r\nHost: a b\r\n\r\n"),
            Err(HttpError::InvalidHost)
        );
        assert_eq!(
            request_host(b"GET / HTTP/1.1\r\nHost: a.example:http\r\n\r\n"),
            Err(HttpError::InvalidHost)
        );
        let mut endless = b"GET / HTTP/1.1\r\n".to_vec();
        endless.extend(std::iter::repeat_n(b'a', MAX_HEADER_BYTES + 10));
        assert_eq!(request_host(&endless), Err(HttpError::NoHost));
    }

    #[test]
    fn sniffing_accepts_partial_methods_only() {
        assert!(looks_like_request(b"G"));
        assert!(looks_like_request(b"OPTIO"));
        assert!(looks_like_request(b"DELETE /x"));
        assert!(!looks_like_request(b""));
        assert!(!looks_like_request(b"GETS"));
        assert!(!looks_like_request(b"SSH-2.0"));
    }

    proptest::proptest! {
        #[test]
        fn never_panics(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400)) {
            let _ = request_host(&bytes);
            let mut req = b"GET / HTTP/1.1\r\n".to_vec();
            req.extend_from_slice(&bytes);
            let _ = request_host(&req);
        }
    }
}
