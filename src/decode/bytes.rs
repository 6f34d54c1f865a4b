//! Checked big-endian reads: every access is bounds-checked, so no input can panic.

#[inline]
pub(crate) fn array_at<const N: usize>(data: &[u8], at: usize) -> Option<[u8; N]> {
    data.get(at..at.checked_add(N)?)?.try_into().ok()
}

#[inline]
pub(crate) fn u8_at(data: &[u8], at: usize) -> Option<u8> {
    data.get(at).copied()
}

#[inline]
pub(crate) fn be16(data: &[u8], at: usize) -> Option<u16> {
    array_at(data, at).map(u16::from_be_bytes)
}

#[inline]
pub(crate) fn be32(data: &[u8], at: usize) -> Option<u32> {
    array_at(data, at).map(u32::from_be_bytes)
}

#[inline]
pub(crate) fn le32(data: &[u8], at: usize) -> Option<u32> {
    array_at(data, at).map(u32::from_le_bytes)
}

/// The bytes from `from` on; empty when `from` is past the end.
#[inline]
pub(crate) fn rest(data: &[u8], from: usize) -> &[u8] {
    data.get(from..).unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_are_checked() {
        let d = [1u8, 2, 3, 4, 5];
        assert_eq!(be16(&d, 0), Some(0x0102));
        assert_eq!(be16(&d, 4), None);
        assert_eq!(be32(&d, 1), Some(0x0203_0405));
        assert_eq!(le32(&d, 2), None);
        assert_eq!(u8_at(&d, 5), None);
        assert_eq!(be16(&d, usize::MAX), None);
        assert_eq!(rest(&d, 9), &[] as &[u8]);
        assert_eq!(array_at::<6>(&[0u8; 6], 0), Some([0u8; 6]));
    }
}
