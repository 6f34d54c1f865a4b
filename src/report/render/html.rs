//! HTML: one self-contained, well-formed (XHTML-compatible) page. No JavaScript, no external
//! requests, no web fonts; inline SVG charts; readable on a phone, printable on A4.

use std::fmt::Write as _;

use super::content::{self, Section, SectionId};
use super::svg;
use crate::i18n::Localizer;
use crate::report::Report;

/// Escapes text for HTML and XML: element content and quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML; names never need them.
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "\
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#222;background:#fff;margin:0;line-height:1.45}\
main{max-width:46rem;margin:0 auto;padding:1rem}\
h1{font-size:1.45rem;margin:.2rem 0}\
h2{font-size:1.1rem;border-bottom:1px solid #ccc;padding-bottom:.15rem;margin:1.6rem 0 .6rem}\
.sub{color:#555;margin:0 0 1rem}\
.lead{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}\
.lead svg{width:8.5rem;flex:none}\
.lead div{flex:1 1 16rem}\
.big{font-size:1.15rem;font-weight:bold}\
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.4rem 0}\
th,td{text-align:left;padding:.2rem .4rem;border-bottom:1px solid #e6e6e6;vertical-align:top}\
th{font-weight:600;border-bottom:1px solid #999}\
.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}\
.wrap{overflow-x:auto}\
svg{display:block;width:100%;max-width:36rem;height:auto;margin:.4rem 0}\
.caveats{border-left:4px solid #b35c00;padding:.3rem .8rem;margin:.6rem 0;list-style:none}\
.key{font-size:.85rem;color:#444}\
.sw{display:inline-block;width:.8em;height:.8em;margin:0 .3em 0 .8em;vertical-align:-.05em}\
footer{color:#666;font-size:.8rem;margin-top:2rem}\
@media print{@page{size:A4;margin:14mm}body{font-size:10pt}main{max-width:none;padding:0}\
section{break-inside:avoid}h2{break-after:avoid}.wrap{overflow:visible}}";

fn table(out: &mut String, t: &content::Table) {
    out.push_str("<div class=\"wrap\"><table>");
    if t.headers.iter().any(|h| !h.is_empty()) {
        out.push_str("<thead><tr>");
        for (i, h) in t.headers.iter().enumerate() {
            let class = if t.numeric.contains(&i) {
                " class=\"n\""
            } else {
                ""
            };
            let _ = write!(out, "<th{class}>{}</th>", escape(h));
        }
        out.push_str("</tr></thead>");
    }
    out.push_str("<tbody>");
    for row in &t.rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate().take(t.headers.len()) {
            let class = if t.numeric.contains(&i) {
                " class=\"n\""
            } else {
                ""
            };
            let _ = write!(out, "<td{class}>{}</td>", escape(cell));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    if let Some(f) = &t.footer {
        let _ = write!(out, "<p class=\"key\">{}</p>", escape(f));
    }
}

fn key(out: &mut String, entries: &[(&str, String)]) {
    out.push_str("<p class=\"key\">");
    for (colour, label) in entries {
        let _ = write!(
            out,
            "<span class=\"sw\" style=\"background:{colour}\"></span>{}",
            escape(label)
        );
    }
    out.push_str("</p>");
}

fn chart(out: &mut String, s: &Section, r: &Report, l: &Localizer) {
    let big_and_other = [
        (svg::BIG, l.tr("report-col-big-tech")),
        (svg::OTHER, l.tr("report-col-other")),
    ];
    match s.id {
        SectionId::Providers => {
            out.push_str(&svg::providers(l, &r.providers, 10));
            key(out, &big_and_other);
        }
        SectionId::Hours | SectionId::Days => {
            out.push_str(&svg::timeline(l, &r.hours));
            key(out, &big_and_other);
        }
        SectionId::Baseline => {
            if let Some(b) = &r.baseline {
                out.push_str(&svg::baseline(l, b, r.summary.big_tech_share));
                key(
                    out,
                    &[
                        (svg::GREY, l.tr("report-col-usual")),
                        (svg::BIG, l.tr("report-col-now")),
                    ],
                );
            }
        }
        _ => {}
    }
}

fn section(out: &mut String, s: &Section, r: &Report, l: &Localizer) {
    let _ = write!(out, "<section><h2>{}</h2>", escape(&s.title));
    if !s.bullets.is_empty() {
        out.push_str("<ul class=\"caveats\">");
        for b in &s.bullets {
            let _ = write!(out, "<li>{}</li>", escape(b));
        }
        out.push_str("</ul>");
    }
    for p in &s.paragraphs {
        let _ = write!(out, "<p>{}</p>", escape(p));
    }
    if !s.lines.is_empty() {
        out.push_str("<ul>");
        for l in &s.lines {
            let _ = write!(out, "<li>{}</li>", escape(l));
        }
        out.push_str("</ul>");
    }
    chart(out, s, r, l);
    for t in &s.tables {
        table(out, t);
    }
    out.push_str("</section>\n");
}

pub fn render(r: &Report, l: &Localizer) -> String {
    let title = content::title(l, r);
    let subtitle = content::subtitle(l, r);
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{}\">\n<head>\
<meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\
<meta name=\"generator\" content=\"{}\"/><title>{} — {}</title><style>{STYLE}</style></head>\n\
<body><main><header><h1>{}</h1><p class=\"sub\">{}</p></header>\n",
        l.lang().code(),
        escape(&r.generator),
        escape(&title),
        escape(&subtitle),
        escape(&title),
        escape(&subtitle)
    );
    out.push_str("<section class=\"lead\">");
    out.push_str(&svg::gauge(l, r.summary.big_tech_share));
    out.push_str("<div>");
    for (i, p) in content::lead(l, r).iter().enumerate() {
        let class = if i == 0 { " class=\"big\"" } else { "" };
        let _ = write!(out, "<p{class}>{}</p>", escape(p));
    }
    out.push_str("</div></section>\n");
    for s in content::sections(l, r) {
        section(&mut out, &s, r, l);
    }
    let _ = writeln!(
        out,
        "<footer>{}</footer></main></body></html>",
        escape(&r.generator)
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape("<b>\"Tom\" & 'Jerry'</b>"),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
        assert_eq!(escape("a\u{0}b"), "a\u{FFFD}b");
    }
}
