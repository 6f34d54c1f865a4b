//! One CIDR per line (Cloudflare's ips-v4/ips-v6, Akamai's published list, derived lists).
//! Blank lines and `#` comments are allowed; trailing tabs and spaces (Akamai ends every line
//! but the last with a tab) and Windows line ends are ignored; a repeated prefix comes out once.

use super::{ParseError, ParsedRange, ParsedSource, Ranges, entry_prefix, utf8_text};

pub fn parse(bytes: &[u8]) -> Result<ParsedSource, ParseError> {
    let text = utf8_text(bytes, "text")?;
    let mut ranges = Ranges::with_capacity(text.len() / 16);
    for (index, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let net = entry_prefix(line, || format!("line {}", index + 1))?;
        ranges.offer(ParsedRange::bare(net), ());
    }
    Ok(ParsedSource {
        ranges: ranges.into_ranges(),
        published: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &[u8] = include_bytes!("../../../tests/fixtures/ranges/cidr-list.txt");

    #[test]
    fn reads_lines_comments_and_trailing_tabs() {
        let parsed = parse(FIXTURE).unwrap();
        let nets: Vec<String> = parsed.ranges.iter().map(|r| r.net.to_string()).collect();
        assert_eq!(
            nets,
            [
                "23.32.0.0/11",
                "2.16.0.0/13",
                "104.64.0.0/10",
                "2600:1400::/24"
            ]
        );
    }

    #[test]
    fn bad_line_is_named() {
        let err = parse(b"1.2.3.0/24\nnot-a-prefix\n").unwrap_err();
        assert!(err.to_string().contains("line 2"), "{err}");
    }

    #[test]
    fn truncated_last_line_is_named() {
        let err = parse(b"1.2.3.0/24\n2.16.").unwrap_err().to_string();
        assert!(err.contains("line 2"), "{err}");
    }

    #[test]
    fn comments_only_is_empty() {
        assert_eq!(
            super::super::parse_source(crate::ranges::SourceFormat::CidrList, b"# none yet\n\t\n"),
            Err(ParseError::Empty)
        );
    }
}
