//! JSON: the report model as it is, pretty-printed (schema in `docs/report-schema.md`).

use super::RenderError;
use crate::report::Report;

pub fn render(report: &Report) -> Result<String, RenderError> {
    let mut s = serde_json::to_string_pretty(report)?;
    s.push('\n');
    Ok(s)
}
