//! Plain-text tables with aligned columns (numbers right-aligned).

/// Lays out `rows` under `headers`; columns in `right` are right-aligned.
pub fn plain(headers: &[String], rows: &[Vec<String>], right: &[usize], indent: &str) -> String {
    let cols = headers.len();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate().take(cols) {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        let mut out = String::from(indent);
        for (i, cell) in cells.enumerate().take(cols) {
            let pad = widths[i].saturating_sub(cell.chars().count());
            if i > 0 {
                out.push_str("  ");
            }
            if right.contains(&i) {
                out.push_str(&" ".repeat(pad));
                out.push_str(cell);
            } else {
                out.push_str(cell);
                if i + 1 < cols {
                    out.push_str(&" ".repeat(pad));
                }
            }
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
        out
    };
    // Tables of label/value pairs have no header line.
    let mut out = if headers.iter().all(|h| h.is_empty()) {
        String::new()
    } else {
        line(&mut headers.iter().map(String::as_str))
    };
    for row in rows {
        out.push_str(&line(&mut row.iter().map(String::as_str)));
    }
    out
}
