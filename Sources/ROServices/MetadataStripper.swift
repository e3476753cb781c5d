import ROCore

/// Removes what a camera or scanner writes about where, when and on what a picture was taken (R39:
/// no location reaches the other party, not even in file metadata), as the bytes stream through.
///
/// JPEG: drops APP1 (Exif, XMP: GPS position, time, device), APP3–APP13 and APP15 (IPTC, maker data)
/// and comments, up to the image data; keeps JFIF (APP0), the colour profile (APP2) and Adobe's colour
/// transform (APP14), which the picture needs. PNG: drops text, time and Exif chunks. Other types pass
/// unchanged (see decisions: PDF, video and audio metadata are not stripped yet).
struct MetadataStripper {
    private enum JPEGState {
        /// Before the start-of-image marker: the first two bytes.
        case start
        /// At a marker: waiting for `FF xx` and, for segments with one, the two length bytes.
        case marker
        /// Inside a segment: `remaining` bytes to copy (`keep`) or drop; image data follows a scan header.
        case segment(remaining: Int, keep: Bool, scanFollows: Bool)
        /// From the first scan on, everything is image data: copied as is.
        case imageData
    }

    private enum PNGState {
        case signature
        /// Waiting for a chunk's 8-byte header (length, type).
        case chunkHeader
        /// Inside a chunk: its data and CRC, `remaining` bytes to copy or drop.
        case chunk(remaining: Int, keep: Bool)
    }

    private enum Format {
        case jpeg(JPEGState)
        case png(PNGState)
        case unchanged
    }

    private var format: Format
    private var pending: [UInt8] = []

    init(for type: MediaType) {
        switch type {
        case .jpeg: self.format = .jpeg(.start)
        case .png: self.format = .png(.signature)
        default: self.format = .unchanged
        }
    }

    static let keptJPEGSegments: Set<UInt8> = [0xE0, 0xE2, 0xEE]
    static let droppedPNGChunks: Set<String> = ["tEXt", "zTXt", "iTXt", "eXIf", "tIME"]

    /// The bytes to store for this piece of input (possibly fewer, held until a header is complete).
    mutating func process(_ input: some Collection<UInt8>) -> [UInt8] {
        if case .unchanged = self.format { return Array(input) }
        self.pending += input
        var output: [UInt8] = []
        while self.step(into: &output) {}
        return output
    }

    /// What is still held at the end: a truncated header is kept as received, never lost silently.
    mutating func finish() -> [UInt8] {
        defer { self.pending = [] }
        return self.pending
    }

    private mutating func step(into output: inout [UInt8]) -> Bool {
        switch self.format {
        case .unchanged:
            return false
        case .jpeg(let state):
            return self.stepJPEG(state, into: &output)
        case .png(let state):
            return self.stepPNG(state, into: &output)
        }
    }

    private mutating func stepJPEG(_ state: JPEGState, into output: inout [UInt8]) -> Bool {
        switch state {
        case .start:
            guard self.pending.count >= 2 else { return false }
            output += self.take(2)
            self.format = .jpeg(.marker)
        case .marker:
            guard self.pending.count >= 2 else { return false }
            guard self.pending[0] == 0xFF else {  // not a marker where one should be: copy the rest unchanged
                self.format = .jpeg(.imageData)
                return true
            }
            let marker = self.pending[1]
            if marker == 0xFF {  // fill byte
                output += self.take(1)
                return true
            }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) {  // no length
                output += self.take(2)
                return true
            }
            if marker == 0xD9 {
                output += self.take(2)
                self.format = .jpeg(.imageData)
                return true
            }
            guard self.pending.count >= 4 else { return false }
            let length = Int(self.pending[2]) << 8 | Int(self.pending[3])
            guard length >= 2 else {
                self.format = .jpeg(.imageData)
                return true
            }
            let isMetadata = (0xE1...0xEF).contains(marker) && !Self.keptJPEGSegments.contains(marker) || marker == 0xFE
            let header = self.take(4)
            if !isMetadata { output += header }
            self.format = .jpeg(.segment(remaining: length - 2, keep: !isMetadata, scanFollows: marker == 0xDA))
        case .segment(let remaining, let keep, let scanFollows):
            guard remaining > 0 else {
                self.format = .jpeg(scanFollows ? .imageData : .marker)
                return true
            }
            guard !self.pending.isEmpty else { return false }
            let count = min(remaining, self.pending.count)
            let bytes = self.take(count)
            if keep { output += bytes }
            self.format = .jpeg(.segment(remaining: remaining - count, keep: keep, scanFollows: scanFollows))
        case .imageData:
            guard !self.pending.isEmpty else { return false }
            output += self.take(self.pending.count)
        }
        return true
    }

    private mutating func stepPNG(_ state: PNGState, into output: inout [UInt8]) -> Bool {
        switch state {
        case .signature:
            guard self.pending.count >= 8 else { return false }
            output += self.take(8)
            self.format = .png(.chunkHeader)
        case .chunkHeader:
            guard self.pending.count >= 8 else { return false }
            let length = self.pending[0..<4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: self.pending[4..<8], as: UTF8.self)
            let keep = !Self.droppedPNGChunks.contains(type)
            let header = self.take(8)
            if keep { output += header }
            self.format = .png(.chunk(remaining: length + 4, keep: keep))
        case .chunk(let remaining, let keep):
            guard remaining > 0 else {
                self.format = .png(.chunkHeader)
                return true
            }
            guard !self.pending.isEmpty else { return false }
            let count = min(remaining, self.pending.count)
            let bytes = self.take(count)
            if keep { output += bytes }
            self.format = .png(.chunk(remaining: remaining - count, keep: keep))
        }
        return true
    }

    private mutating func take(_ count: Int) -> [UInt8] {
        let bytes = Array(self.pending.prefix(count))
        self.pending.removeFirst(count)
        return bytes
    }
}
