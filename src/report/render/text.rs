//! Plain text for a mailing list: short lines, aligned tables, no markup.

use super::content::{self, Section};
use super::table;
use crate::i18n::Localizer;
use crate::report::Report;

fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::from(indent);
    for word in text.split_whitespace() {
        if line.len() > indent.len() && line.chars().count() + 1 + word.chars().count() > width {
            out.push_str(&line);
            out.push('\n');
            line = String::from(indent);
        }
        if line.len() > indent.len() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if line.len() > indent.len() {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn section(out: &mut String, s: &Section) {
    out.push('\n');
    out.push_str(&s.title);
    out.push('\n');
    out.push_str(&"-".repeat(s.title.chars().count()));
    out.push('\n');
    for b in &s.bullets {
        out.push_str(&wrap(&format!("! {b}"), 72, ""));
    }
    for (i, p) in s.paragraphs.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&wrap(p, 72, ""));
    }
    for l in &s.lines {
        out.push_str(&wrap(&format!("- {l}"), 72, ""));
    }
    for t in &s.tables {
        if !s.paragraphs.is_empty() || !s.bullets.is_empty() || !s.lines.is_empty() {
            out.push('\n');
        }
        out.push_str(&table::plain(&t.headers, &t.rows, &t.numeric, "  "));
        if let Some(f) = &t.footer {
            out.push_str("  ");
            out.push_str(f);
            out.push('\n');
        }
    }
}

pub fn render(r: &Report, l: &Localizer) -> String {
    let mut out = String::new();
    let title = content::title(l, r);
    out.push_str(&title);
    out.push('\n');
    out.push_str(&content::subtitle(l, r));
    out.push('\n');
    out.push_str(&"=".repeat(title.chars().count()));
    out.push_str("\n\n");
    for p in content::lead(l, r) {
        out.push_str(&wrap(&p, 72, ""));
    }
    for s in content::sections(l, r) {
        section(&mut out, &s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_words_whole() {
        assert_eq!(wrap("aa bb cc", 5, ""), "aa bb\ncc\n");
        assert_eq!(wrap("", 5, ""), "");
    }
}
