//! Capture files (classic pcap in both byte orders, micro- or nanosecond; pcapng), read by
//! libpcap with nanosecond precision so no timestamp digit is lost before conversion.

use std::io::Read;
use std::path::{Path, PathBuf};

use pcap::{Capture, Offline, Precision};

use super::{CaptureError, CaptureStats, PacketSource, RawPacket, linktype_from_dlt, ts_micros};

/// Classic pcap file header length.
const PCAP_FILE_HEADER_LEN: u64 = 24;
/// Classic pcap per-record header length.
const PCAP_RECORD_HEADER_LEN: u64 = 16;
/// Longest wire length a record may claim: above the largest packet a Linux capture shows
/// (512 KiB with BIG TCP aggregation). A corrupt header claiming gigabytes would otherwise
/// be counted as that much traffic.
pub const MAX_WIRE_LEN: u32 = 1 << 20;
/// Block type of a pcapng Section Header Block, also its first four bytes.
const PCAPNG_MAGIC: [u8; 4] = [0x0a, 0x0d, 0x0d, 0x0a];

/// An open capture file.
pub struct Savefile {
    cap: Capture<Offline>,
    path: PathBuf,
    name: String,
    link_type: u32,
    pcapng: bool,
    /// Byte offset of the next record (classic pcap only).
    offset: u64,
    packets: u64,
    finished: bool,
}

impl std::fmt::Debug for Savefile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Savefile")
            .field("path", &self.path)
            .field("link_type", &self.link_type)
            .field("pcapng", &self.pcapng)
            .field("packets", &self.packets)
            .finish_non_exhaustive()
    }
}

/// Opens a classic pcap or pcapng file.
pub fn open_savefile(path: &Path) -> Result<Savefile, CaptureError> {
    let open_err = |message: String| CaptureError::OpenFile {
        path: path.to_path_buf(),
        message,
    };
    // Read the magic ourselves: it tells pcapng apart (no byte offsets there) and turns a
    // missing or unreadable file into an I/O message rather than libpcap's.
    let mut magic = [0u8; 4];
    let mut file = std::fs::File::open(path).map_err(|e| open_err(e.to_string()))?;
    let got = read_up_to(&mut file, &mut magic).map_err(|e| open_err(e.to_string()))?;
    if got < magic.len() {
        return Err(CaptureError::TooShort {
            path: path.to_path_buf(),
            bytes: got,
        });
    }
    drop(file);
    let pcapng = magic == PCAPNG_MAGIC;
    // The pcap crate hands libpcap a C string; a path that is not UTF-8 would become NULL.
    if path.to_str().is_none() {
        return Err(open_err("the path is not valid UTF-8".to_string()));
    }
    let cap = Capture::from_file_with_precision(path, Precision::Nano)
        .map_err(|e| open_err(e.to_string()))?;
    let link_type = linktype_from_dlt(cap.get_datalink().0);
    Ok(Savefile {
        cap,
        path: path.to_path_buf(),
        name: path.display().to_string(),
        link_type,
        pcapng,
        offset: PCAP_FILE_HEADER_LEN,
        packets: 0,
        finished: false,
    })
}

fn read_up_to(file: &mut std::fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

impl Savefile {
    /// Packets read so far.
    pub fn packets_read(&self) -> u64 {
        self.packets
    }

    /// The file's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True for a pcapng file.
    pub fn is_pcapng(&self) -> bool {
        self.pcapng
    }
}

// Sources are opened on one thread and may be moved to a capture thread.
const _: () = {
    const fn assert_send<T: Send>() {}
    assert_send::<Savefile>();
};

impl PacketSource for Savefile {
    fn name(&self) -> &str {
        &self.name
    }

    fn link_type(&self) -> u32 {
        self.link_type
    }

    fn next_packet(&mut self) -> Result<Option<RawPacket<'_>>, CaptureError> {
        if self.finished {
            return Ok(None);
        }
        match self.cap.next_packet() {
            Ok(packet) if packet.header.len > MAX_WIRE_LEN => {
                self.finished = true;
                Err(CaptureError::Corrupt {
                    path: self.path.clone(),
                    offset: (!self.pcapng).then_some(self.offset),
                    packets: self.packets,
                    message: format!(
                        "the record claims {} bytes on the wire, more than any link carries ({MAX_WIRE_LEN})",
                        packet.header.len
                    ),
                })
            }
            Ok(packet) => {
                self.packets += 1;
                self.offset = self
                    .offset
                    .saturating_add(PCAP_RECORD_HEADER_LEN)
                    .saturating_add(u64::from(packet.header.caplen));
                Ok(Some(RawPacket {
                    ts_micros: ts_micros(packet.header, true),
                    wire_len: packet.header.len,
                    data: packet.data,
                }))
            }
            Err(pcap::Error::NoMorePackets) => {
                self.finished = true;
                Ok(None)
            }
            Err(e) => {
                self.finished = true;
                Err(CaptureError::Corrupt {
                    path: self.path.clone(),
                    offset: (!self.pcapng).then_some(self.offset),
                    packets: self.packets,
                    message: e.to_string(),
                })
            }
        }
    }

    fn stats(&mut self) -> Option<CaptureStats> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::capture::pcap_writer::PcapWriter;

    /// Fuzzing/attack finding: a record header claiming a 4 GiB wire length was accepted and
    /// would have been counted as 4 GiB of traffic.
    #[test]
    fn an_absurd_wire_length_is_a_corrupt_record_not_traffic() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("absurd.pcap");
        let mut w = PcapWriter::new(101);
        w.record_nanos(1_000_000_000, 60, &[0x45; 60]);
        w.record_nanos(2_000_000_000, MAX_WIRE_LEN, &[0x45; 60]);
        w.record_nanos(3_000_000_000, u32::MAX, &[0x45; 60]);
        w.write_to(&path).unwrap();
        let mut file = open_savefile(&path).unwrap();
        assert_eq!(file.next_packet().unwrap().unwrap().wire_len, 60);
        assert_eq!(file.next_packet().unwrap().unwrap().wire_len, MAX_WIRE_LEN);
        let err = file.next_packet().unwrap_err();
        let text = err.to_string();
        assert!(text.contains("4294967295 bytes on the wire"), "{text}");
        assert!(
            text.contains("at byte offset 176 (after 2 packets)"),
            "{text}"
        );
        assert_eq!(file.packets_read(), 2);
        assert!(file.next_packet().unwrap().is_none());
    }
}
