//! Official files imported into the data dir (`<data-dir>/ranges/<source file>`).

use std::path::Path;

use super::catalogue::{Catalogue, Source};
use super::parse::{ParsedSource, parse_source};

/// Reads every source file present in `dir`. Files that fail to parse are reported in the
/// returned warnings and left out; missing files are simply not imported yet.
pub fn read_imported<'c>(
    catalogue: &'c Catalogue,
    dir: &Path,
) -> (Vec<(&'c Source, ParsedSource)>, Vec<String>) {
    let mut imported = Vec::new();
    let mut warnings = Vec::new();
    for source in catalogue.sources() {
        let path = dir.join(&source.file);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                warnings.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        match parse_source(source.format, &bytes) {
            Ok(parsed) => imported.push((source, parsed)),
            Err(e) => warnings.push(format!("{}: {e}; left out", path.display())),
        }
    }
    (imported, warnings)
}
