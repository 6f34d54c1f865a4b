//! Test support: writes small classic pcap and pcapng files by hand, in any link type, byte
//! order and timestamp precision, with truncated records on demand. nuage never writes
//! captures itself; tests and benches use this to build fixtures from the official formats.

use std::io;
use std::path::Path;

/// Byte order of a classic pcap file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endian {
    Little,
    Big,
}

/// Timestamp precision of a classic pcap file (magic 0xa1b2c3d4 vs 0xa1b23c4d).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TsPrecision {
    Micro,
    Nano,
}

/// An in-memory classic pcap file.
#[derive(Debug, Clone)]
pub struct PcapWriter {
    buf: Vec<u8>,
    endian: Endian,
    precision: TsPrecision,
}

impl PcapWriter {
    /// Little-endian, microsecond, snaplen 65535.
    pub fn new(link_type: u32) -> Self {
        Self::with_format(link_type, Endian::Little, TsPrecision::Micro, 65535)
    }

    pub fn with_format(
        link_type: u32,
        endian: Endian,
        precision: TsPrecision,
        snaplen: u32,
    ) -> Self {
        let mut w = PcapWriter {
            buf: Vec::with_capacity(4096),
            endian,
            precision,
        };
        let magic = match precision {
            TsPrecision::Micro => 0xa1b2_c3d4,
            TsPrecision::Nano => 0xa1b2_3c4d,
        };
        w.u32(magic);
        w.u16(2);
        w.u16(4);
        w.u32(0); // thiszone
        w.u32(0); // sigfigs
        w.u32(snaplen);
        w.u32(link_type);
        w
    }

    fn u16(&mut self, v: u16) {
        match self.endian {
            Endian::Little => self.buf.extend_from_slice(&v.to_le_bytes()),
            Endian::Big => self.buf.extend_from_slice(&v.to_be_bytes()),
        }
    }

    fn u32(&mut self, v: u32) {
        match self.endian {
            Endian::Little => self.buf.extend_from_slice(&v.to_le_bytes()),
            Endian::Big => self.buf.extend_from_slice(&v.to_be_bytes()),
        }
    }

    /// A whole packet (wire length = captured length) at `ts_micros`.
    pub fn packet(&mut self, ts_micros: i64, data: &[u8]) -> &mut Self {
        self.truncated(ts_micros, data, data.len())
    }

    /// A packet cut by the snaplen: `data` is the whole frame, only `caplen` bytes are stored.
    pub fn truncated(&mut self, ts_micros: i64, data: &[u8], caplen: usize) -> &mut Self {
        let ts_nanos = ts_micros.saturating_mul(1000);
        let wire_len = u32::try_from(data.len()).unwrap_or(u32::MAX);
        let captured = data.get(..caplen).unwrap_or(data);
        self.record_nanos(ts_nanos, wire_len, captured)
    }

    /// A record with a nanosecond timestamp (rounded down to microseconds in a microsecond
    /// file), an explicit wire length and the captured bytes.
    pub fn record_nanos(&mut self, ts_nanos: i64, wire_len: u32, captured: &[u8]) -> &mut Self {
        let secs = ts_nanos.div_euclid(1_000_000_000);
        let nanos = ts_nanos.rem_euclid(1_000_000_000);
        let frac = match self.precision {
            TsPrecision::Micro => nanos / 1000,
            TsPrecision::Nano => nanos,
        };
        self.u32(u32::try_from(secs).unwrap_or(0));
        self.u32(u32::try_from(frac).unwrap_or(0));
        self.u32(u32::try_from(captured.len()).unwrap_or(u32::MAX));
        self.u32(wire_len);
        self.buf.extend_from_slice(captured);
        self
    }

    /// Appends raw bytes (e.g. half a record, to make a truncated file).
    pub fn raw(&mut self, bytes: &[u8]) -> &mut Self {
        self.buf.extend_from_slice(bytes);
        self
    }

    pub fn bytes(&self) -> &[u8] {
        &self.buf
    }

    pub fn write_to(&self, path: &Path) -> io::Result<()> {
        std::fs::write(path, &self.buf)
    }
}

/// An in-memory little-endian pcapng file: one section, one interface, Enhanced Packet Blocks.
#[derive(Debug, Clone)]
pub struct PcapngWriter {
    buf: Vec<u8>,
    nanos: bool,
}

impl PcapngWriter {
    /// `nanos`: the interface's `if_tsresol` is 10^-9 (else the default 10^-6).
    pub fn new(link_type: u32, nanos: bool) -> Self {
        let mut w = PcapngWriter {
            buf: Vec::with_capacity(4096),
            nanos,
        };
        // Section Header Block: magic, version 1.0, section length unknown (-1).
        let mut shb = Vec::new();
        shb.extend_from_slice(&0x1a2b_3c4du32.to_le_bytes());
        shb.extend_from_slice(&1u16.to_le_bytes());
        shb.extend_from_slice(&0u16.to_le_bytes());
        shb.extend_from_slice(&u64::MAX.to_le_bytes());
        w.block(0x0a0d_0d0a, &shb);
        // Interface Description Block: link type, reserved, snaplen, options.
        let mut idb = Vec::new();
        idb.extend_from_slice(&u16::try_from(link_type).unwrap_or(u16::MAX).to_le_bytes());
        idb.extend_from_slice(&0u16.to_le_bytes());
        idb.extend_from_slice(&65535u32.to_le_bytes());
        if nanos {
            // if_tsresol (code 9), length 1, value 9, padded to 4 bytes.
            idb.extend_from_slice(&9u16.to_le_bytes());
            idb.extend_from_slice(&1u16.to_le_bytes());
            idb.extend_from_slice(&[9, 0, 0, 0]);
        }
        // opt_endofopt
        idb.extend_from_slice(&[0, 0, 0, 0]);
        w.block(1, &idb);
        w
    }

    fn block(&mut self, block_type: u32, body: &[u8]) {
        let padded = body.len().div_ceil(4) * 4;
        let total = u32::try_from(12 + padded).unwrap_or(u32::MAX);
        self.buf.extend_from_slice(&block_type.to_le_bytes());
        self.buf.extend_from_slice(&total.to_le_bytes());
        self.buf.extend_from_slice(body);
        self.buf.resize(self.buf.len() + padded - body.len(), 0);
        self.buf.extend_from_slice(&total.to_le_bytes());
    }

    /// An Enhanced Packet Block; `ts_nanos` is rounded to the interface resolution.
    pub fn packet_nanos(&mut self, ts_nanos: i64, wire_len: u32, captured: &[u8]) -> &mut Self {
        let units = if self.nanos {
            ts_nanos
        } else {
            ts_nanos / 1000
        };
        let units = u64::try_from(units).unwrap_or(0);
        let mut epb = Vec::with_capacity(20 + captured.len());
        epb.extend_from_slice(&0u32.to_le_bytes()); // interface id
        epb.extend_from_slice(&u32::try_from(units >> 32).unwrap_or(0).to_le_bytes());
        epb.extend_from_slice(
            &u32::try_from(units & 0xffff_ffff)
                .unwrap_or(0)
                .to_le_bytes(),
        );
        epb.extend_from_slice(
            &u32::try_from(captured.len())
                .unwrap_or(u32::MAX)
                .to_le_bytes(),
        );
        epb.extend_from_slice(&wire_len.to_le_bytes());
        epb.extend_from_slice(captured);
        self.block(6, &epb);
        self
    }

    /// A whole packet at `ts_micros`.
    pub fn packet(&mut self, ts_micros: i64, data: &[u8]) -> &mut Self {
        let wire_len = u32::try_from(data.len()).unwrap_or(u32::MAX);
        self.packet_nanos(ts_micros.saturating_mul(1000), wire_len, data)
    }

    /// Appends raw bytes (e.g. half a block, to make a truncated file).
    pub fn raw(&mut self, bytes: &[u8]) -> &mut Self {
        self.buf.extend_from_slice(bytes);
        self
    }

    pub fn bytes(&self) -> &[u8] {
        &self.buf
    }

    pub fn write_to(&self, path: &Path) -> io::Result<()> {
        std::fs::write(path, &self.buf)
    }
}
