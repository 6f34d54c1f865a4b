//! Bounded reassembly of the first bytes of TCP streams (client → server), for reading a
//! ClientHello or HTTP request split across segments.
//!
//! Memory is bounded per stream (`max_bytes`, `max_segments`) and in total (`max_streams`
//! slots; starting a stream when all are busy evicts the one started longest ago). Buffers
//! are kept when a slot is freed, so a warm table does not allocate.

/// Hard limit on the ranges kept per stream; `max_segments` is capped to it.
const MAX_RANGES: usize = 16;

/// How much reassembly may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReassemblyLimits {
    /// Payload segments (retransmissions included) a stream may take before it is given up.
    pub max_segments: u8,
    /// Bytes from the stream start kept; later bytes are dropped.
    pub max_bytes: u16,
    /// Streams in reassembly at once.
    pub max_streams: u32,
}

impl Default for ReassemblyLimits {
    /// 8 segments and 8 KB: a 2 KB post-quantum hello at a 536-byte MSS is 4 segments, and
    /// leaves room for retransmissions. 1,024 streams × 8 KB bounds the table to 8 MB.
    fn default() -> Self {
        Self {
            max_segments: 8,
            max_bytes: 8 * 1024,
            max_streams: 1024,
        }
    }
}

/// A stream in the table; stale once the stream is released or evicted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StreamHandle {
    index: u32,
    generation: u32,
}

/// What a pushed segment left.
#[derive(Debug, PartialEq, Eq)]
pub enum Push<'a> {
    /// The contiguous bytes from the stream start (maybe empty when the first is missing).
    Data(&'a [u8]),
    /// Too many segments: the stream was released.
    GaveUp,
    /// The handle is stale (released or evicted).
    Gone,
}

#[derive(Debug, Default)]
struct Stream {
    generation: u32,
    live: bool,
    /// Sequence number of stream byte 0.
    base: u32,
    buf: Vec<u8>,
    /// Received byte ranges `[start, end)`, sorted, disjoint and not touching.
    ranges: [(u16, u16); MAX_RANGES],
    range_count: u8,
    segments: u8,
}

impl Stream {
    fn ranges(&self) -> &[(u16, u16)] {
        self.ranges
            .get(..usize::from(self.range_count))
            .unwrap_or(&[])
    }

    fn contiguous(&self) -> &[u8] {
        match self.ranges().first() {
            Some(&(0, end)) => self.buf.get(..usize::from(end)).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Stores `data` at stream offset `start`, keeping bytes already received (first copy
    /// wins, so a retransmission cannot rewrite what was parsed).
    fn store(&mut self, start: u16, data: &[u8]) {
        let Ok(len) = u16::try_from(data.len()) else {
            return;
        };
        let Some(end) = start.checked_add(len).filter(|_| len > 0) else {
            return;
        };
        if self.buf.len() < usize::from(end) {
            self.buf.resize(usize::from(end), 0);
        }
        // Copy into each gap between received ranges.
        let mut cursor = start;
        let mut gaps: [(u16, u16); MAX_RANGES + 1] = [(0, 0); MAX_RANGES + 1];
        let mut gap_count = 0;
        for &(s, e) in self.ranges() {
            if e <= cursor {
                continue;
            }
            if s >= end {
                break;
            }
            if s > cursor {
                if let Some(gap) = gaps.get_mut(gap_count) {
                    *gap = (cursor, s);
                    gap_count += 1;
                }
            }
            cursor = cursor.max(e);
        }
        if cursor < end {
            if let Some(gap) = gaps.get_mut(gap_count) {
                *gap = (cursor, end);
                gap_count += 1;
            }
        }
        for &(s, e) in gaps.get(..gap_count).unwrap_or(&[]) {
            let from = data.get(usize::from(s - start)..usize::from(e - start));
            let to = self.buf.get_mut(usize::from(s)..usize::from(e));
            if let (Some(from), Some(to)) = (from, to) {
                to.copy_from_slice(from);
            }
        }
        self.merge(start, end);
    }

    fn merge(&mut self, start: u16, end: u16) {
        let mut merged: [(u16, u16); MAX_RANGES] = [(0, 0); MAX_RANGES];
        let mut n = 0;
        // Drops a range only past MAX_RANGES, which `max_segments` ≤ MAX_RANGES prevents.
        let mut put = |r: (u16, u16)| {
            if let Some(slot) = merged.get_mut(n) {
                *slot = r;
                n += 1;
            }
        };
        let mut new = (start, end);
        let mut placed = false;
        for &(s, e) in self.ranges() {
            if e < new.0 {
                put((s, e));
            } else if s > new.1 {
                if !placed {
                    put(new);
                    placed = true;
                }
                put((s, e));
            } else {
                new = (new.0.min(s), new.1.max(e));
            }
        }
        if !placed {
            put(new);
        }
        self.ranges = merged;
        self.range_count = u8::try_from(n).unwrap_or(0);
    }
}

/// Counts for diagnostics and tests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReassemblyStats {
    pub started: u64,
    pub evicted: u64,
    pub gave_up: u64,
}

/// The table of streams in reassembly.
#[derive(Debug)]
pub struct ReassemblyTable {
    limits: ReassemblyLimits,
    streams: Vec<Stream>,
    /// Next slot to start a stream in: slots are used round-robin, so the occupant found
    /// there is always the stream started longest ago.
    hand: u32,
    live: u32,
    stats: ReassemblyStats,
}

impl ReassemblyTable {
    pub fn new(limits: ReassemblyLimits) -> Self {
        let limits = ReassemblyLimits {
            max_segments: limits.max_segments.clamp(1, MAX_RANGES as u8),
            max_bytes: limits.max_bytes.max(1),
            max_streams: limits.max_streams.max(1),
        };
        Self {
            limits,
            streams: Vec::new(),
            hand: 0,
            live: 0,
            stats: ReassemblyStats::default(),
        }
    }

    pub fn limits(&self) -> ReassemblyLimits {
        self.limits
    }

    pub fn stats(&self) -> ReassemblyStats {
        self.stats
    }

    /// Streams in reassembly now.
    pub fn live(&self) -> u32 {
        self.live
    }

    /// Bytes held by stream buffers (capacity), for memory checks.
    pub fn buffered_capacity(&self) -> usize {
        self.streams.iter().map(|s| s.buf.capacity()).sum()
    }

    /// Starts a stream whose byte 0 has sequence number `base`, evicting the oldest stream
    /// when the table is full.
    pub fn start(&mut self, base: u32) -> StreamHandle {
        let index = self.hand;
        self.hand = (self.hand + 1) % self.limits.max_streams;
        self.stats.started += 1;
        let i = index as usize;
        if i >= self.streams.len() {
            self.streams.resize_with(i + 1, Stream::default);
        }
        let Some(stream) = self.streams.get_mut(i) else {
            return StreamHandle {
                index,
                generation: u32::MAX,
            };
        };
        if stream.live {
            self.stats.evicted += 1;
        } else {
            self.live += 1;
        }
        stream.generation = stream.generation.wrapping_add(1);
        stream.live = true;
        stream.base = base;
        stream.buf.clear();
        stream.range_count = 0;
        stream.segments = 0;
        StreamHandle {
            index,
            generation: stream.generation,
        }
    }

    fn get_mut(&mut self, handle: StreamHandle) -> Option<&mut Stream> {
        self.streams
            .get_mut(handle.index as usize)
            .filter(|s| s.live && s.generation == handle.generation)
    }

    /// Adds one segment (`seq` is its TCP sequence number) and returns the contiguous bytes
    /// from the stream start. Bytes before the start or past `max_bytes` are dropped.
    pub fn push(&mut self, handle: StreamHandle, seq: u32, payload: &[u8]) -> Push<'_> {
        let limits = self.limits;
        let segments = match self.get_mut(handle) {
            Some(stream) => {
                stream.segments = stream.segments.saturating_add(1);
                stream.segments
            }
            None => return Push::Gone,
        };
        if segments > limits.max_segments {
            self.release(handle);
            self.stats.gave_up += 1;
            return Push::GaveUp;
        }
        let Some(stream) = self.get_mut(handle) else {
            return Push::Gone;
        };
        // Offset from the stream start, in sequence space (wrapping).
        let offset = seq.wrapping_sub(stream.base) as i32;
        let (start, data) = if offset < 0 {
            let skip = offset.unsigned_abs() as usize;
            (0u32, payload.get(skip..).unwrap_or(&[]))
        } else {
            (offset.unsigned_abs(), payload)
        };
        let cap = u32::from(limits.max_bytes);
        if start < cap && !data.is_empty() {
            let room = (cap - start) as usize;
            let data = data.get(..room.min(data.len())).unwrap_or(&[]);
            // start < cap ≤ u16::MAX.
            stream.store(u16::try_from(start).unwrap_or(u16::MAX), data);
        }
        Push::Data(stream.contiguous())
    }

    /// The contiguous bytes of a live stream.
    pub fn contiguous(&self, handle: StreamHandle) -> Option<&[u8]> {
        self.streams
            .get(handle.index as usize)
            .filter(|s| s.live && s.generation == handle.generation)
            .map(Stream::contiguous)
    }

    /// Frees a stream's slot (its buffer is kept for reuse). Stale handles are ignored.
    pub fn release(&mut self, handle: StreamHandle) {
        if let Some(stream) = self.get_mut(handle) {
            stream.live = false;
            stream.buf.clear();
            stream.range_count = 0;
            self.live -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> ReassemblyTable {
        ReassemblyTable::new(ReassemblyLimits::default())
    }

    fn data(p: Push<'_>) -> Vec<u8> {
        match p {
            Push::Data(d) => d.to_vec(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn in_order_segments_join() {
        let mut t = table();
        let h = t.start(1000);
        assert_eq!(data(t.push(h, 1000, b"hello ")), b"hello ");
        assert_eq!(data(t.push(h, 1006, b"world")), b"hello world");
    }

    #[test]
    fn out_of_order_segments_wait_for_the_gap() {
        let mut t = table();
        let h = t.start(u32::MAX - 2); // wraps around zero
        assert_eq!(data(t.push(h, 3, b"ghi")), b"");
        assert_eq!(data(t.push(h, u32::MAX - 2, b"abc")), b"abc");
        assert_eq!(data(t.push(h, 0, b"def")), b"abcdefghi");
    }

    #[test]
    fn retransmissions_and_overlaps_keep_the_first_copy() {
        let mut t = table();
        let h = t.start(0);
        assert_eq!(data(t.push(h, 0, b"abcd")), b"abcd");
        // Overlapping retransmission with different bytes in the overlap.
        assert_eq!(data(t.push(h, 2, b"XXef")), b"abcdef");
        // Exact retransmission, and one entirely before the start.
        assert_eq!(data(t.push(h, 0, b"abcd")), b"abcdef");
        // A segment starting before the stream start is trimmed.
        let h2 = t.start(100);
        assert_eq!(data(t.push(h2, 98, b"zzab")), b"ab");
        // A segment covering two holes and the data between them.
        let h3 = t.start(0);
        t.push(h3, 2, b"C");
        t.push(h3, 5, b"F");
        assert_eq!(data(t.push(h3, 0, b"abxdexg")), b"abCdeFg");
    }

    #[test]
    fn too_many_segments_gives_up_and_stale_handles_are_gone() {
        let mut t = ReassemblyTable::new(ReassemblyLimits {
            max_segments: 3,
            ..ReassemblyLimits::default()
        });
        let h = t.start(0);
        for i in 0..3u8 {
            t.push(h, u32::from(i) * 10 + 20, &[i]);
        }
        assert_eq!(t.push(h, 0, b"x"), Push::GaveUp);
        assert_eq!(t.push(h, 0, b"x"), Push::Gone);
        assert_eq!(t.live(), 0);
        assert_eq!(t.stats().gave_up, 1);
    }

    #[test]
    fn bytes_past_the_cap_are_dropped() {
        let mut t = ReassemblyTable::new(ReassemblyLimits {
            max_bytes: 10,
            ..ReassemblyLimits::default()
        });
        let h = t.start(0);
        assert_eq!(data(t.push(h, 0, b"0123456789abcdef")), b"0123456789");
        assert_eq!(data(t.push(h, 50_000, b"far")), b"0123456789");
    }

    #[test]
    fn table_is_bounded_under_100k_unfinished_streams() {
        let mut t = ReassemblyTable::new(ReassemblyLimits {
            max_streams: 1024,
            ..ReassemblyLimits::default()
        });
        let first = t.start(0);
        let chunk = [0x16u8; 1400];
        for i in 0..100_000u32 {
            let h = t.start(i);
            t.push(h, i, &chunk);
            assert!(t.live() <= 1024);
        }
        assert_eq!(t.live(), 1024);
        assert_eq!(t.stats().evicted, 100_001 - 1024);
        assert_eq!(t.push(first, 0, b"x"), Push::Gone);
        // Every buffer holds one 1400-byte segment: about 1024 × 1400 bytes in all.
        assert!(
            t.buffered_capacity() <= 1024 * 2 * 1400,
            "{}",
            t.buffered_capacity()
        );
    }

    proptest::proptest! {
        /// Any order of any overlapping cut of a stream reassembles to the stream.
        #[test]
        fn any_segment_order_reassembles(
            len in 1usize..3000,
            cuts in proptest::collection::vec((0usize..3000, 1usize..1500), 1..12),
            base in proptest::num::u32::ANY,
        ) {
            let stream: Vec<u8> = (0..len).map(|i| (i * 7 % 251) as u8).collect();
            let mut t = ReassemblyTable::new(ReassemblyLimits { max_segments: 16, ..ReassemblyLimits::default() });
            let h = t.start(base);
            let mut covered = vec![false; len];
            let mut last = Vec::new();
            for (at, n) in cuts {
                let at = at % len;
                let end = (at + n).min(len);
                covered[at..end].iter_mut().for_each(|c| *c = true);
                let seq = base.wrapping_add(at as u32);
                last = data(t.push(h, seq, &stream[at..end]));
            }
            let expect = covered.iter().take_while(|c| **c).count();
            proptest::prop_assert_eq!(&last[..], &stream[..expect]);
        }

        #[test]
        fn arbitrary_pushes_never_panic(
            pushes in proptest::collection::vec((proptest::num::u32::ANY, proptest::collection::vec(proptest::num::u8::ANY, 0..300)), 0..40),
        ) {
            let mut t = ReassemblyTable::new(ReassemblyLimits { max_segments: 16, max_bytes: 700, max_streams: 3 });
            let mut handles = vec![t.start(0)];
            for (i, (seq, bytes)) in pushes.iter().enumerate() {
                if i % 5 == 4 {
                    handles.push(t.start(*seq));
                }
                let h = handles[i % handles.len()];
                let _ = t.push(h, seq % 2000, bytes);
                if i % 7 == 6 {
                    t.release(h);
                }
            }
            proptest::prop_assert!(t.live() <= 3);
        }
    }
}
