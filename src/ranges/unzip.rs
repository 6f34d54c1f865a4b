//! Reading the files of a zip archive (Akamai publishes its lists as one zip), enough for
//! official publications: stored or deflated entries, no encryption, no ZIP64, no spanning.
//!
//! Sizes and offsets come from the central directory and every one is checked against the
//! archive's length before use; each entry's CRC-32 is verified, so a cut-short or damaged
//! archive is refused rather than half read.

use std::io::Read;

const EOCD_SIGNATURE: u32 = 0x0605_4b50;
const CENTRAL_SIGNATURE: u32 = 0x0201_4b50;
const LOCAL_SIGNATURE: u32 = 0x0403_4b50;
const EOCD_LEN: usize = 22;
const CENTRAL_LEN: usize = 46;
const LOCAL_LEN: usize = 30;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not a readable zip archive: {0}")]
pub struct ZipError(String);

impl ZipError {
    /// What is wrong with the archive.
    pub fn message(&self) -> &str {
        &self.0
    }
}

fn fail<T>(message: impl Into<String>) -> Result<T, ZipError> {
    Err(ZipError(message.into()))
}

fn u16_at(bytes: &[u8], at: usize) -> Result<u16, ZipError> {
    match bytes.get(at..at.saturating_add(2)) {
        Some(&[a, b]) => Ok(u16::from_le_bytes([a, b])),
        _ => fail(format!("truncated at byte {at}")),
    }
}

fn u32_at(bytes: &[u8], at: usize) -> Result<u32, ZipError> {
    match bytes.get(at..at.saturating_add(4)) {
        Some(&[a, b, c, d]) => Ok(u32::from_le_bytes([a, b, c, d])),
        _ => fail(format!("truncated at byte {at}")),
    }
}

fn to_usize(value: u32) -> usize {
    // Every supported target has at least 32-bit pointers.
    usize::try_from(value).unwrap_or(usize::MAX)
}

/// True when the bytes start like a zip archive.
pub fn looks_zipped(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// One file of the archive, decompressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub data: Vec<u8>,
}

/// Every file in the archive in directory order, skipping folders and macOS metadata
/// (`__MACOSX/`, `._name`). Decompressed data beyond `limit` bytes in total is refused.
pub fn read_files(bytes: &[u8], limit: u64) -> Result<Vec<Entry>, ZipError> {
    // The end record sits in the last 22 bytes plus a comment of up to 64 KiB.
    let lowest = bytes.len().saturating_sub(EOCD_LEN + usize::from(u16::MAX));
    let eocd = (lowest..=bytes.len().saturating_sub(EOCD_LEN))
        .rev()
        .find(|&at| u32_at(bytes, at) == Ok(EOCD_SIGNATURE))
        .map_or_else(|| fail("no end-of-archive record (cut short?)"), Ok)?;
    if u16_at(bytes, eocd + 4)? != 0 || u16_at(bytes, eocd + 6)? != 0 {
        return fail("archives split over several files are not supported");
    }
    let count = u16_at(bytes, eocd + 10)?;
    let mut at = to_usize(u32_at(bytes, eocd + 16)?);
    let mut total = 0u64;
    let mut entries = Vec::new();
    for index in 0..count {
        if u32_at(bytes, at)? != CENTRAL_SIGNATURE {
            return fail(format!("entry {index}: bad central directory record"));
        }
        // `at` is below `bytes.len()` here (its signature was read), so the small offsets
        // added below cannot overflow.
        let flags = u16_at(bytes, at + 8)?;
        let method = u16_at(bytes, at + 10)?;
        let crc = u32_at(bytes, at + 16)?;
        let compressed = u32_at(bytes, at + 20)?;
        let size = u32_at(bytes, at + 24)?;
        let name_len = usize::from(u16_at(bytes, at + 28)?);
        let extra_len = usize::from(u16_at(bytes, at + 30)?);
        let comment_len = usize::from(u16_at(bytes, at + 32)?);
        let local = to_usize(u32_at(bytes, at + 42)?);
        let name_bytes = bytes
            .get(at + CENTRAL_LEN..at + CENTRAL_LEN + name_len)
            .map_or_else(|| fail(format!("entry {index}: name cut short")), Ok)?;
        let name = String::from_utf8_lossy(name_bytes).into_owned();
        at += CENTRAL_LEN + name_len + extra_len + comment_len;

        let base = name.rsplit('/').next().unwrap_or_default();
        if name.ends_with('/') || name.starts_with("__MACOSX/") || base.starts_with("._") {
            continue;
        }
        if flags & 1 != 0 {
            return fail(format!("{name}: encrypted"));
        }
        if compressed == u32::MAX || size == u32::MAX {
            return fail(format!("{name}: ZIP64 entries are not supported"));
        }
        total += u64::from(size);
        if total > limit {
            return fail(format!("the files add up to more than {limit} bytes"));
        }
        if u32_at(bytes, local)? != LOCAL_SIGNATURE {
            return fail(format!("{name}: bad local header"));
        }
        // As above: `local` is below `bytes.len()` once its signature was read.
        let start = local
            + LOCAL_LEN
            + usize::from(u16_at(bytes, local + 26)?)
            + usize::from(u16_at(bytes, local + 28)?);
        let raw = bytes
            .get(start..start.saturating_add(to_usize(compressed)))
            .map_or_else(|| fail(format!("{name}: data cut short")), Ok)?;
        let data = match method {
            0 => raw.to_vec(),
            8 => {
                let mut out = Vec::with_capacity(to_usize(size));
                flate2::read::DeflateDecoder::new(raw)
                    .take(u64::from(size) + 1)
                    .read_to_end(&mut out)
                    .map_err(|e| ZipError(format!("{name}: {e}")))?;
                out
            }
            other => return fail(format!("{name}: compression method {other} not supported")),
        };
        if data.len() != to_usize(size) {
            return fail(format!(
                "{name}: {} bytes where the archive says {size}",
                data.len()
            ));
        }
        let mut check = flate2::Crc::new();
        check.update(&data);
        if check.sum() != crc {
            return fail(format!("{name}: checksum mismatch (damaged)"));
        }
        entries.push(Entry { name, data });
    }
    Ok(entries)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// Builds a zip by hand: (name, data, deflate?) in order.
    pub(crate) fn build(files: &[(&str, &[u8], bool)]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        for &(name, data, deflate) in files {
            let body = if deflate {
                let mut e =
                    flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::fast());
                e.write_all(data).unwrap();
                e.finish().unwrap()
            } else {
                data.to_vec()
            };
            let mut crc = flate2::Crc::new();
            crc.update(data);
            let method: u16 = if deflate { 8 } else { 0 };
            let offset = out.len() as u32;
            let common = |v: &mut Vec<u8>| {
                v.extend_from_slice(&20u16.to_le_bytes()); // version needed
                v.extend_from_slice(&0u16.to_le_bytes()); // flags
                v.extend_from_slice(&method.to_le_bytes());
                v.extend_from_slice(&[0; 4]); // time, date
                v.extend_from_slice(&crc.sum().to_le_bytes());
                v.extend_from_slice(&(body.len() as u32).to_le_bytes());
                v.extend_from_slice(&(data.len() as u32).to_le_bytes());
                v.extend_from_slice(&(name.len() as u16).to_le_bytes());
                v.extend_from_slice(&0u16.to_le_bytes()); // extra
            };
            out.extend_from_slice(&LOCAL_SIGNATURE.to_le_bytes());
            common(&mut out);
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(&body);
            central.extend_from_slice(&CENTRAL_SIGNATURE.to_le_bytes());
            central.extend_from_slice(&20u16.to_le_bytes()); // made by
            common(&mut central);
            central.extend_from_slice(&[0; 10]); // comment len, disk, internal, external
            central.extend_from_slice(&offset.to_le_bytes());
            central.extend_from_slice(name.as_bytes());
        }
        let cd_offset = out.len() as u32;
        out.extend_from_slice(&central);
        out.extend_from_slice(&EOCD_SIGNATURE.to_le_bytes());
        out.extend_from_slice(&[0; 4]);
        out.extend_from_slice(&(files.len() as u16).to_le_bytes());
        out.extend_from_slice(&(files.len() as u16).to_le_bytes());
        out.extend_from_slice(&(central.len() as u32).to_le_bytes());
        out.extend_from_slice(&cd_offset.to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out
    }

    #[test]
    fn reads_stored_and_deflated_files_in_order() {
        let zip = build(&[
            ("lists/", b"", false),
            ("lists/v4.txt", b"192.0.2.0/24\n", true),
            ("__MACOSX/lists/._v4.txt", b"\0\x05\x16\x07junk", false),
            ("lists/v6.txt", b"2001:db8::/32\n", false),
        ]);
        assert!(looks_zipped(&zip));
        let files = read_files(&zip, 1 << 20).unwrap();
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["lists/v4.txt", "lists/v6.txt"]);
        assert_eq!(files[0].data, b"192.0.2.0/24\n");
        assert_eq!(files[1].data, b"2001:db8::/32\n");
    }

    #[test]
    fn cut_short_damaged_and_oversized_archives_are_refused() {
        let zip = build(&[("a.txt", b"192.0.2.0/24\n198.51.100.0/24\n", true)]);
        for cut in [0, 10, zip.len() / 2, zip.len() - 1] {
            assert!(read_files(&zip[..cut], 1 << 20).is_err(), "cut at {cut}");
        }
        let mut damaged = zip.clone();
        damaged[LOCAL_LEN + 5 + 1] ^= 0xff;
        assert!(read_files(&damaged, 1 << 20).is_err());
        let err = read_files(&zip, 4).unwrap_err().to_string();
        assert!(err.contains("more than 4 bytes"), "{err}");
        assert!(!looks_zipped(b"192.0.2.0/24\n"));
    }
}
