//! One CIDR per line (Cloudflare's ips-v4/ips-v6, Akamai's published list).
//! Blank lines and `#` comments are allowed; trailing tabs and spaces are ignored.

use super::{ParseError, ParsedRange, ParsedSource, parse_prefix};

pub fn parse(bytes: &[u8]) -> Result<ParsedSource, ParseError> {
    let text = std::str::from_utf8(bytes).map_err(|e| ParseError::Syntax {
        format: "text",
        message: e.to_string(),
    })?;
    let mut ranges = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let net = parse_prefix(line).map_err(|message| ParseError::Entry {
            entry: format!("line {}", index + 1),
            message,
        })?;
        ranges.push(ParsedRange::bare(net));
    }
    Ok(ParsedSource {
        ranges,
        published: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_lines_comments_and_trailing_tabs() {
        let parsed = parse(b"# list\n173.245.48.0/20\t\n\n2400:cb00::/32\n").unwrap();
        let nets: Vec<String> = parsed.ranges.iter().map(|r| r.net.to_string()).collect();
        assert_eq!(nets, ["173.245.48.0/20", "2400:cb00::/32"]);
    }

    #[test]
    fn bad_line_is_named() {
        let err = parse(b"1.2.3.0/24\nnot-a-prefix\n").unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
    }
}
