/// R39 for Ogg Vorbis and Opus: the comment header (`ARTIST=…`, `LOCATION=…`, `DATE=…`) is the second
/// packet of each logical stream. Every comment keeps its length and becomes `X=` and spaces; the encoder's
/// vendor string stays. Pages are handled whole (at most 65,307 bytes) and a changed page gets its
/// checksum anew. Other codecs in Ogg, and anything that is not a page where one should start, pass as
/// they are.
struct OggCommentBlanker: MetadataBlanker {
    /// One logical stream, by serial number.
    private struct Stream {
        /// The packet the next segment belongs to: 0 identifies the codec, 1 is the comment header.
        var packet = 0
        /// The first bytes of packet 0, enough to tell Vorbis from Opus.
        var identification: [UInt8] = []
        var comments: VorbisComments?
    }

    private var pending: [UInt8] = []
    private var streams: [UInt32: Stream] = [:]
    /// Past something that is not an Ogg page: the rest is copied as it is.
    private var copying = false

    mutating func process(_ input: some Collection<UInt8>) -> [UInt8] {
        if self.copying { return Array(input) }
        self.pending += input
        var output: [UInt8] = []
        var start = 0
        while let length = self.pageLength(from: start) {
            output += self.blanked(Array(self.pending[start..<start + length]))
            start += length
        }
        if self.copying {
            output += self.pending[start...]
            self.pending = []
        } else {
            self.pending.removeFirst(start)
        }
        return output
    }

    /// A truncated last page is kept as received.
    mutating func finish() -> [UInt8] {
        defer { self.pending = [] }
        return self.pending
    }

    /// The length of the complete page at `start`; nil while incomplete, or when no page starts there.
    private mutating func pageLength(from start: Int) -> Int? {
        let available = self.pending.count - start
        guard available >= 27 else { return nil }
        guard self.pending[start..<start + 4].elementsEqual("OggS".utf8) else {
            self.copying = true
            return nil
        }
        let segments = Int(self.pending[start + 26])
        guard available >= 27 + segments else { return nil }
        let length = 27 + segments + self.pending[start + 27..<start + 27 + segments].reduce(0) { $0 + Int($1) }
        return available >= length ? length : nil
    }

    private mutating func blanked(_ page: [UInt8]) -> [UInt8] {
        var page = page
        let serial = page[14..<18].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        var stream = self.streams[serial] ?? Stream()
        let segments = Int(page[26])
        var offset = 27 + segments
        var changed = false
        for lacing in page[27..<27 + segments].map(Int.init) {
            if stream.packet == 0, stream.identification.count < 8 {
                stream.identification += page[offset..<offset + min(lacing, 8 - stream.identification.count)]
            } else if stream.packet == 1, var comments = stream.comments {
                for index in offset..<offset + lacing {
                    let byte = comments.next(page[index])
                    changed = changed || byte != page[index]
                    page[index] = byte
                }
                stream.comments = comments
            }
            offset += lacing
            if lacing < 255 {  // the packet ends in this segment
                if stream.packet == 0 { stream.comments = VorbisComments(identification: stream.identification) }
                stream.packet += 1
            }
        }
        self.streams[serial] = stream
        if changed {
            page.replaceSubrange(22..<26, with: [0, 0, 0, 0])
            let checksum = Self.checksum(page)
            page.replaceSubrange(22..<26, with: (0..<4).map { UInt8(truncatingIfNeeded: checksum >> (8 * $0)) })
        }
        return page
    }

    /// Ogg's CRC-32: polynomial 0x04C11DB7, not reflected, starting from 0, over the page with its
    /// checksum field zeroed.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.reduce(UInt32(0)) { crc, byte in
            (0..<8).reduce(crc ^ UInt32(byte) << 24) { value, _ in value & 0x8000_0000 != 0 ? value << 1 ^ 0x04C1_1DB7 : value << 1 }
        }
    }
}

/// A Vorbis comment block read byte by byte: the codec's magic, the vendor string, the number of
/// comments, then each comment's length and text. `next` gives each byte as it is to be stored.
struct VorbisComments {
    private enum Field {
        case magic(left: Int)
        case vendorLength(read: [UInt8])
        case vendor(left: Int)
        case count(read: [UInt8])
        case commentLength(read: [UInt8], commentsLeft: Int)
        case comment(at: Int, length: Int, commentsLeft: Int)
        /// The framing bit (Vorbis) or padding (Opus): copied.
        case done
    }

    private var field: Field

    /// Knows Vorbis (`\u{1}vorbis`, comments after `\u{3}vorbis`) and Opus (`OpusHead`, comments after
    /// `OpusTags`); nil for any other codec.
    init?(identification: [UInt8]) {
        if identification.starts(with: [1] + Array("vorbis".utf8)) {
            self.field = .magic(left: 7)
        } else if identification.starts(with: "OpusHead".utf8) {
            self.field = .magic(left: 8)
        } else {
            return nil
        }
    }

    mutating func next(_ byte: UInt8) -> UInt8 {
        switch self.field {
        case .magic(let left):
            self.field = left > 1 ? .magic(left: left - 1) : .vendorLength(read: [])
        case .vendorLength(let read):
            self.field = read.count < 3 ? .vendorLength(read: read + [byte]) : Self.after(vendor: Self.littleEndian(read + [byte]))
        case .vendor(let left):
            self.field = left > 1 ? .vendor(left: left - 1) : .count(read: [])
        case .count(let read):
            self.field = read.count < 3 ? .count(read: read + [byte]) : Self.comments(Self.littleEndian(read + [byte]))
        case .commentLength(let read, let commentsLeft):
            guard read.count == 3 else {
                self.field = .commentLength(read: read + [byte], commentsLeft: commentsLeft)
                break
            }
            let length = Self.littleEndian(read + [byte])
            self.field = length > 0 ? .comment(at: 0, length: length, commentsLeft: commentsLeft) : Self.comments(commentsLeft - 1)
        case .comment(let at, let length, let commentsLeft):
            self.field = at + 1 < length ? .comment(at: at + 1, length: length, commentsLeft: commentsLeft) : Self.comments(commentsLeft - 1)
            guard length >= 2 else { return byte }  // too short to name anything, and to rewrite as a comment
            return at == 0 ? UInt8(ascii: "X") : at == 1 ? UInt8(ascii: "=") : UInt8(ascii: " ")
        case .done:
            break
        }
        return byte
    }

    private static func after(vendor length: Int) -> Field { length > 0 ? .vendor(left: length) : .count(read: []) }

    private static func comments(_ count: Int) -> Field { count > 0 ? .commentLength(read: [], commentsLeft: count) : .done }

    private static func littleEndian(_ bytes: [UInt8]) -> Int { bytes.reversed().reduce(0) { $0 << 8 | Int($1) } }
}
