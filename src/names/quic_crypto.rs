//! QUIC Initial packet protection (RFC 9001 §5, RFC 9369 §3.3): the keys every observer can
//! derive from the client's first Destination Connection ID, header protection, and the
//! AES-128-GCM payload protection. Pure Rust (RustCrypto), no system library.

use aes::Aes128;
use aes::cipher::{BlockCipherEncrypt, KeyInit};
use aes_gcm::aead::AeadInOut;
use aes_gcm::{Aes128Gcm, Nonce, Tag};
use hkdf::Hkdf;
use sha2::Sha256;

/// AEAD tag length of AES-128-GCM.
pub const TAG_LEN: usize = 16;
/// Header-protection sample length.
pub const SAMPLE_LEN: usize = 16;

/// The QUIC versions whose Initial packets nuage can open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuicVersion {
    /// RFC 9000 (0x00000001).
    V1,
    /// RFC 9369 (0x6b3343cf): other salt, labels and long-header type bits.
    V2,
    /// IETF drafts 29 to 32 (0xff00001d..=0xff000020).
    Draft29,
    /// IETF drafts 23 to 28 (0xff000017..=0xff00001c) and Facebook's mvfst draft-27
    /// (0xfaceb002), which share one salt.
    Draft23,
}

const SALT_V1: [u8; 20] = [
    0x38, 0x76, 0x2c, 0xf7, 0xf5, 0x59, 0x34, 0xb3, 0x4d, 0x17, 0x9a, 0xe6, 0xa4, 0xc8, 0x0c, 0xad,
    0xcc, 0xbb, 0x7f, 0x0a,
];
const SALT_V2: [u8; 20] = [
    0x0d, 0xed, 0xe3, 0xde, 0xf7, 0x00, 0xa6, 0xdb, 0x81, 0x93, 0x81, 0xbe, 0x6e, 0x26, 0x9d, 0xcb,
    0xf9, 0xbd, 0x2e, 0xd9,
];
const SALT_DRAFT29: [u8; 20] = [
    0xaf, 0xbf, 0xec, 0x28, 0x99, 0x93, 0xd2, 0x4c, 0x9e, 0x97, 0x86, 0xf1, 0x9c, 0x61, 0x11, 0xe0,
    0x43, 0x90, 0xa8, 0x99,
];
const SALT_DRAFT23: [u8; 20] = [
    0xc3, 0xee, 0xf7, 0x12, 0xc7, 0x2e, 0xbb, 0x5a, 0x11, 0xa7, 0xd2, 0x43, 0x2b, 0xb4, 0x63, 0x65,
    0xbe, 0xf9, 0xf5, 0x02,
];

impl QuicVersion {
    /// The version a long header's 32-bit version field names; `None` for versions nuage
    /// cannot open (gQUIC, version negotiation, unknown drafts, greased versions).
    pub fn from_wire(version: u32) -> Option<Self> {
        match version {
            0x0000_0001 => Some(QuicVersion::V1),
            0x6b33_43cf => Some(QuicVersion::V2),
            0xff00_001d..=0xff00_0020 => Some(QuicVersion::Draft29),
            0xff00_0017..=0xff00_001c | 0xface_b002 => Some(QuicVersion::Draft23),
            _ => None,
        }
    }

    /// The version field value written by [`seal_initial`] (the first of its range).
    pub fn wire(self) -> u32 {
        match self {
            QuicVersion::V1 => 0x0000_0001,
            QuicVersion::V2 => 0x6b33_43cf,
            QuicVersion::Draft29 => 0xff00_001d,
            QuicVersion::Draft23 => 0xff00_001b,
        }
    }

    /// The long-header packet type bits (0x30 of the first byte) of an Initial.
    pub fn initial_type(self) -> u8 {
        match self {
            QuicVersion::V2 => 0b01,
            _ => 0b00,
        }
    }

    fn salt(self) -> &'static [u8; 20] {
        match self {
            QuicVersion::V1 => &SALT_V1,
            QuicVersion::V2 => &SALT_V2,
            QuicVersion::Draft29 => &SALT_DRAFT29,
            QuicVersion::Draft23 => &SALT_DRAFT23,
        }
    }

    /// Labels for key, iv and hp.
    fn labels(self) -> [&'static [u8]; 3] {
        match self {
            QuicVersion::V2 => [b"quicv2 key", b"quicv2 iv", b"quicv2 hp"],
            _ => [b"quic key", b"quic iv", b"quic hp"],
        }
    }
}

/// HKDF-Expand-Label (RFC 8446 §7.1) with an empty context. Every label QUIC uses is short,
/// so the fixed buffer always fits.
fn expand_label(prk: &Hkdf<Sha256>, label: &[u8], out: &mut [u8]) -> bool {
    const PREFIX: &[u8] = b"tls13 ";
    let mut info = [0u8; 2 + 1 + 6 + 32 + 1];
    let full = PREFIX.len() + label.len();
    let (Ok(out_len), Ok(full_len)) = (u16::try_from(out.len()), u8::try_from(full)) else {
        return false;
    };
    let info_len = 2 + 1 + full + 1;
    if info_len > info.len() {
        return false;
    }
    info[..2].copy_from_slice(&out_len.to_be_bytes());
    info[2] = full_len;
    info[3..3 + PREFIX.len()].copy_from_slice(PREFIX);
    info[3 + PREFIX.len()..3 + full].copy_from_slice(label);
    // info[3 + full] stays 0: empty context.
    prk.expand(&info[..info_len], out).is_ok()
}

/// The client's Initial secrets and the ciphers built from them.
#[derive(Clone)]
pub struct InitialKeys {
    version: QuicVersion,
    /// `client_initial_secret`, kept for known-answer tests.
    secret: [u8; 32],
    key: [u8; 16],
    iv: [u8; 12],
    hp_key: [u8; 16],
    aead: Aes128Gcm,
    hp: Aes128,
}

impl std::fmt::Debug for InitialKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Public by design (derived from a cleartext connection ID), but there is no reason
        // to print them in logs.
        f.debug_struct("InitialKeys")
            .field("version", &self.version)
            .finish_non_exhaustive()
    }
}

impl InitialKeys {
    /// Derives the client Initial keys of `version` from the Destination Connection ID of the
    /// client's first Initial packet. `None` only if HKDF refuses the lengths, which cannot
    /// happen for the fixed sizes used here.
    pub fn client(version: QuicVersion, dcid: &[u8]) -> Option<Self> {
        let (_, initial) = Hkdf::<Sha256>::extract(Some(version.salt()), dcid);
        let mut secret = [0u8; 32];
        if !expand_label(&initial, b"client in", &mut secret) {
            return None;
        }
        let client = Hkdf::<Sha256>::from_prk(&secret).ok()?;
        let [key_label, iv_label, hp_label] = version.labels();
        let (mut key, mut iv, mut hp_key) = ([0u8; 16], [0u8; 12], [0u8; 16]);
        if !(expand_label(&client, key_label, &mut key)
            && expand_label(&client, iv_label, &mut iv)
            && expand_label(&client, hp_label, &mut hp_key))
        {
            return None;
        }
        let aead = Aes128Gcm::new_from_slice(&key).ok()?;
        let hp = Aes128::new_from_slice(&hp_key).ok()?;
        Some(InitialKeys {
            version,
            secret,
            key,
            iv,
            hp_key,
            aead,
            hp,
        })
    }

    pub fn version(&self) -> QuicVersion {
        self.version
    }

    pub fn secret(&self) -> &[u8; 32] {
        &self.secret
    }

    pub fn key(&self) -> &[u8; 16] {
        &self.key
    }

    pub fn iv(&self) -> &[u8; 12] {
        &self.iv
    }

    pub fn hp_key(&self) -> &[u8; 16] {
        &self.hp_key
    }

    /// The header-protection mask: AES-128-ECB of the 16-byte sample.
    pub fn mask(&self, sample: &[u8; SAMPLE_LEN]) -> [u8; 16] {
        let mut block = aes::Block::from(*sample);
        self.hp.encrypt_block(&mut block);
        block.into()
    }

    fn nonce(&self, packet_number: u64) -> Nonce<aes_gcm::aead::consts::U12> {
        let mut nonce = self.iv;
        for (n, p) in nonce[4..].iter_mut().zip(packet_number.to_be_bytes()) {
            *n ^= p;
        }
        Nonce::from(nonce)
    }

    /// Opens `ciphertext_and_tag` in place; on success the first `len - TAG_LEN` bytes hold
    /// the plaintext. False when the tag does not verify (wrong keys, damaged packet) or the
    /// buffer is shorter than a tag.
    pub fn open(&self, packet_number: u64, aad: &[u8], ciphertext_and_tag: &mut [u8]) -> bool {
        let Some(body_len) = ciphertext_and_tag.len().checked_sub(TAG_LEN) else {
            return false;
        };
        let (body, tag) = ciphertext_and_tag.split_at_mut(body_len);
        let Ok(tag) = <[u8; TAG_LEN]>::try_from(&*tag) else {
            return false;
        };
        let tag = Tag::from(tag);
        self.aead
            .decrypt_inout_detached(&self.nonce(packet_number), aad, body.into(), &tag)
            .is_ok()
    }

    /// Seals `plaintext` in place and returns the tag (used to build Initials in tests and
    /// benchmarks; nuage itself never sends).
    pub fn seal(&self, packet_number: u64, aad: &[u8], plaintext: &mut [u8]) -> Option<[u8; 16]> {
        self.aead
            .encrypt_inout_detached(&self.nonce(packet_number), aad, plaintext.into())
            .ok()
            .map(Into::into)
    }
}

/// Builds a protected client Initial packet the way a client does: `frames` is the plaintext
/// payload (already padded as the caller wants), `pn_len` 1 to 4 bytes. For tests and
/// benchmarks; `None` if an argument is out of range.
pub fn seal_initial(
    version: QuicVersion,
    dcid: &[u8],
    scid: &[u8],
    token: &[u8],
    packet_number: u32,
    pn_len: usize,
    frames: &[u8],
) -> Option<Vec<u8>> {
    if !(1..=4).contains(&pn_len) || dcid.len() > 20 || scid.len() > 20 {
        return None;
    }
    let keys = InitialKeys::client(version, dcid)?;
    let length = pn_len + frames.len() + TAG_LEN;
    if length >= 1 << 14 || token.len() >= 1 << 14 {
        return None;
    }
    let pn_bits = u8::try_from(pn_len - 1).ok()?;
    let mut packet = Vec::with_capacity(64 + length);
    packet.push(0xc0 | (version.initial_type() << 4) | pn_bits);
    packet.extend_from_slice(&version.wire().to_be_bytes());
    packet.push(u8::try_from(dcid.len()).ok()?);
    packet.extend_from_slice(dcid);
    packet.push(u8::try_from(scid.len()).ok()?);
    packet.extend_from_slice(scid);
    // Two-byte varints (prefix 0b01) for the token length and the Length field.
    let token_len = u16::try_from(token.len()).ok()? | 0x4000;
    packet.extend_from_slice(&token_len.to_be_bytes());
    packet.extend_from_slice(token);
    packet.extend_from_slice(&(u16::try_from(length).ok()? | 0x4000).to_be_bytes());
    let pn_offset = packet.len();
    packet.extend_from_slice(&packet_number.to_be_bytes()[4 - pn_len..]);
    let header_len = packet.len();
    packet.extend_from_slice(frames);
    let (header, body) = packet.split_at_mut(header_len);
    let tag = keys.seal(u64::from(packet_number), header, body)?;
    packet.extend_from_slice(&tag);
    let sample: [u8; SAMPLE_LEN] = packet
        .get(pn_offset + 4..pn_offset + 4 + SAMPLE_LEN)?
        .try_into()
        .ok()?;
    let mask = keys.mask(&sample);
    *packet.first_mut()? ^= mask[0] & 0x0f;
    for (byte, m) in packet
        .get_mut(pn_offset..header_len)?
        .iter_mut()
        .zip(&mask[1..])
    {
        *byte ^= m;
    }
    Some(packet)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(s: &str) -> Vec<u8> {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    const RFC_DCID: &str = "8394c8f03e515708";

    #[test]
    fn rfc9001_a1_client_initial_keys() {
        let keys = InitialKeys::client(QuicVersion::V1, &hex(RFC_DCID)).unwrap();
        assert_eq!(
            keys.secret().to_vec(),
            hex("c00cf151ca5be075ed0ebfb5c80323c42d6b7db67881289af4008f1f6c357aea")
        );
        assert_eq!(keys.key().to_vec(), hex("1f369613dd76d5467730efcbe3b1a22d"));
        assert_eq!(keys.iv().to_vec(), hex("fa044b2f42a3fd3b46fb255c"));
        assert_eq!(
            keys.hp_key().to_vec(),
            hex("9f50449e04a0e810283a1e9933adedd2")
        );
    }

    #[test]
    fn rfc9369_a1_client_initial_keys() {
        let keys = InitialKeys::client(QuicVersion::V2, &hex(RFC_DCID)).unwrap();
        assert_eq!(
            keys.secret().to_vec(),
            hex("14ec9d6eb9fd7af83bf5a668bc17a7e283766aade7ecd0891f70f9ff7f4bf47b")
        );
        assert_eq!(keys.key().to_vec(), hex("8b1a0bc121284290a29e0971b5cd045d"));
        assert_eq!(keys.iv().to_vec(), hex("91f73e2351d8fa91660e909f"));
        assert_eq!(
            keys.hp_key().to_vec(),
            hex("45b95e15235d6f45a6b19cbcb0294ba9")
        );
    }

    #[test]
    fn rfc9001_a2_header_protection_mask() {
        // RFC 9001 A.2: sample d1b1c98dd7689fb8ec11d242b123dc9b gives mask 437b9aec36.
        let keys = InitialKeys::client(QuicVersion::V1, &hex(RFC_DCID)).unwrap();
        let sample: [u8; 16] = hex("d1b1c98dd7689fb8ec11d242b123dc9b").try_into().unwrap();
        assert_eq!(keys.mask(&sample)[..5].to_vec(), hex("437b9aec36"));
    }

    #[test]
    fn rfc9369_a2_header_protection_mask() {
        // RFC 9369 A.2: sample ffe67b6abcdb4298b485dd04de806071 gives mask 94a0c95e80.
        let keys = InitialKeys::client(QuicVersion::V2, &hex(RFC_DCID)).unwrap();
        let sample: [u8; 16] = hex("ffe67b6abcdb4298b485dd04de806071").try_into().unwrap();
        assert_eq!(keys.mask(&sample)[..5].to_vec(), hex("94a0c95e80"));
    }

    #[test]
    fn seal_then_open_round_trips_and_rejects_tampering() {
        let keys = InitialKeys::client(QuicVersion::Draft29, b"\x01\x02\x03\x04").unwrap();
        let mut body = b"hello quic".to_vec();
        let tag = keys.seal(7, b"hdr", &mut body).unwrap();
        body.extend_from_slice(&tag);
        let mut tampered = body.clone();
        assert!(keys.open(7, b"hdr", &mut body));
        assert_eq!(&body[..10], b"hello quic");
        tampered[0] ^= 1;
        assert!(!keys.open(7, b"hdr", &mut tampered));
        assert!(!keys.open(7, b"hdr", &mut [0u8; 5]));
    }

    #[test]
    fn version_numbers() {
        assert_eq!(QuicVersion::from_wire(1), Some(QuicVersion::V1));
        assert_eq!(QuicVersion::from_wire(0x6b33_43cf), Some(QuicVersion::V2));
        assert_eq!(
            QuicVersion::from_wire(0xff00_001d),
            Some(QuicVersion::Draft29)
        );
        assert_eq!(
            QuicVersion::from_wire(0xff00_001b),
            Some(QuicVersion::Draft23)
        );
        assert_eq!(QuicVersion::from_wire(0), None);
        assert_eq!(QuicVersion::from_wire(0x5130_3530), None); // gQUIC "Q050"
    }
}
