//! Markdown (CommonMark + GFM tables) that renders well on GitHub, GitLab and Forgejo.

use super::content::{self, Section};
use crate::i18n::Localizer;
use crate::report::Report;

/// Escapes what Markdown would read as markup inside a table cell or a sentence.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

fn section(out: &mut String, s: &Section) {
    out.push_str("\n## ");
    out.push_str(&escape(&s.title));
    out.push_str("\n\n");
    for b in &s.bullets {
        out.push_str("> **!** ");
        out.push_str(&escape(b));
        out.push_str("\n>\n");
    }
    if !s.bullets.is_empty() {
        out.truncate(out.len() - 2);
        out.push('\n');
    }
    for p in &s.paragraphs {
        out.push_str(&escape(p));
        out.push_str("\n\n");
    }
    for l in &s.lines {
        out.push_str("- ");
        out.push_str(&escape(l));
        out.push('\n');
    }
    if !s.lines.is_empty() {
        out.push('\n');
    }
    for t in &s.tables {
        let cols = t.headers.len();
        out.push('|');
        for h in &t.headers {
            out.push(' ');
            out.push_str(&escape(h));
            out.push_str(" |");
        }
        out.push_str("\n|");
        for i in 0..cols {
            out.push_str(if t.numeric.contains(&i) {
                " ---: |"
            } else {
                " --- |"
            });
        }
        out.push('\n');
        for row in &t.rows {
            out.push('|');
            for cell in row.iter().take(cols) {
                out.push(' ');
                out.push_str(&escape(cell));
                out.push_str(" |");
            }
            out.push('\n');
        }
        if let Some(f) = &t.footer {
            out.push('\n');
            out.push_str(&escape(f));
            out.push('\n');
        }
        out.push('\n');
    }
}

pub fn render(r: &Report, l: &Localizer) -> String {
    let mut out = format!(
        "# {}\n\n_{}_\n\n",
        escape(&content::title(l, r)),
        escape(&content::subtitle(l, r))
    );
    let lead = content::lead(l, r);
    if let Some((head, rest)) = lead.split_first() {
        out.push_str(&format!("**{}**", escape(head)));
        for p in rest {
            out.push(' ');
            out.push_str(&escape(p));
        }
        out.push('\n');
    }
    for s in content::sections(l, r) {
        section(&mut out, &s);
    }
    // One blank line between blocks and one newline at the end, whatever the sections wrote.
    while out.contains("\n\n\n") {
        out = out.replace("\n\n\n", "\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_names_is_escaped() {
        assert_eq!(escape("a|b *c* <d>"), "a\\|b \\*c\\* \\<d\\>");
    }
}
