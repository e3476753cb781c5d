import ROCore

/// Removes what a camera or scanner writes about where, when and on what a picture was taken (R39:
/// no location reaches the other party, not even in file metadata), as the bytes stream through.
///
/// JPEG: drops APP1 (Exif, XMP: GPS position, time, device), APP3–APP13 and APP15 (IPTC, maker data)
/// and comments, up to the image data; keeps JFIF (APP0), the colour profile (APP2) and Adobe's colour
/// transform (APP14), which the picture needs. PNG: drops text, time and Exif chunks.
///
/// MP4 and M4A, WAV and MP3 address their media by byte offsets, so nothing is removed from them:
/// metadata is blanked in place (same length, zeros), renamed to the format's own "free space" where it
/// has one. MP4/M4A: user data (`udta`: a phone's `©xyz` position, date, device), `meta` (keys such as
/// Apple's location) and `uuid` boxes (XMP) at the top level and in the movie and its tracks. WAV: `LIST`
/// (INFO), `bext`, `iXML`, `_PMX` (XMP), `id3 ` and `cart` chunks become `JUNK`. MP3: a leading ID3v2
/// tag keeps its header and becomes all padding; a trailing ID3v1 tag (and an enhanced TAG+ before it) stays, empty. WebM: tags, attachments, title and date become Void
/// elements of the same length. PDF: see `PDFMetadataBlanker`; Ogg: `OggCommentBlanker`.
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

    /// MP4 boxes, WAV chunks and an MP3's ID3 tag: headers read, bodies copied or blanked in place.
    enum BlockState {
        /// Waiting for a header; `ends` are the end offsets of the containers the reader is inside.
        case header(ends: [Int])
        /// Inside a block: `remaining` bytes to copy, or to write as zeros when `blank`.
        case body(remaining: Int, blank: Bool, ends: [Int])
        /// Past anything the reader understands: the rest is copied as it is.
        case rest
    }

    private enum Format {
        case jpeg(JPEGState)
        case png(PNGState)
        case box(BlockState)
        case riff(BlockState)
        case id3(BlockState)
        case ebml(BlockState)
        /// PDF and Ogg have readers of their own.
        case blanker(any MetadataBlanker)
    }

    private var format: Format
    private var pending: [UInt8] = []
    /// How many input bytes were taken so far: where `pending` starts in the file.
    private var position = 0

    init(for type: MediaType) {
        switch type {
        case .jpeg: self.format = .jpeg(.start)
        case .png: self.format = .png(.signature)
        case .mp4, .m4a: self.format = .box(.header(ends: []))
        case .wav: self.format = .riff(.header(ends: []))
        case .mp3: self.format = .id3(.header(ends: []))
        case .pdf: self.format = .blanker(PDFMetadataBlanker())
        case .webm: self.format = .ebml(.header(ends: []))
        case .ogg: self.format = .blanker(OggCommentBlanker())
        }
    }

    static let keptJPEGSegments: Set<UInt8> = [0xE0, 0xE2, 0xEE]
    static let droppedPNGChunks: Set<String> = ["tEXt", "zTXt", "iTXt", "eXIf", "tIME"]

    /// The bytes to store for this piece of input (possibly fewer, held until a header is complete).
    mutating func process(_ input: some Collection<UInt8>) -> [UInt8] {
        if case .blanker(var blanker) = self.format {
            defer { self.format = .blanker(blanker) }
            return blanker.process(input)
        }
        self.pending += input
        var output: [UInt8] = []
        while self.step(into: &output) {}
        return output
    }

    /// What is still held at the end: a truncated header is kept as received, never lost silently.
    mutating func finish() -> [UInt8] {
        if case .blanker(var blanker) = self.format {
            defer { self.format = .blanker(blanker) }
            return blanker.finish()
        }
        defer { self.pending = [] }
        if case .id3(.rest) = self.format { return Self.blankingID3v1(self.pending) }
        return self.pending
    }

    /// An ID3v1 tag: the file's last 128 bytes, "TAG" then title, artist, album, year, comment and genre.
    static let id3v1Length = 128
    /// An enhanced tag, just before an ID3v1 tag: "TAG+" then longer title, artist and album, speed, genre,
    /// start and end times.
    static let enhancedTagLength = 227

    /// The end of an MP3 (its last bytes, up to both tags' length) with a trailing ID3v1 tag, and an
    /// enhanced "TAG+" tag before it, left empty at the same length (genre 255: none).
    static func blankingID3v1(_ end: [UInt8]) -> [UInt8] {
        guard end.count >= Self.id3v1Length, end.suffix(Self.id3v1Length).starts(with: "TAG".utf8) else { return end }
        var before = Array(end.dropLast(Self.id3v1Length))
        if before.count >= Self.enhancedTagLength, before.suffix(Self.enhancedTagLength).starts(with: "TAG+".utf8) {
            before.replaceSubrange((before.count - Self.enhancedTagLength + 4)..., with: repeatElement(0, count: Self.enhancedTagLength - 4))
        }
        return before + Array("TAG".utf8) + [UInt8](repeating: 0, count: Self.id3v1Length - 4) + [0xFF]
    }

    private mutating func step(into output: inout [UInt8]) -> Bool {
        switch self.format {
        case .blanker:
            return false
        case .jpeg(let state):
            return self.stepJPEG(state, into: &output)
        case .png(let state):
            return self.stepPNG(state, into: &output)
        case .box(let state):
            return self.stepBlock(state, into: &output, header: self.boxHeader) { .box($0) }
        case .riff(let state):
            return self.stepBlock(state, into: &output, header: self.riffHeader) { .riff($0) }
        case .id3(let state):
            return self.stepBlock(state, into: &output, header: self.id3Header, holdBack: Self.id3v1Length + Self.enhancedTagLength) { .id3($0) }
        case .ebml(let state):
            return self.stepBlock(state, into: &output, header: self.ebmlHeader) { .ebml($0) }
        }
    }

    /// What a block reader makes of the header at the start of `pending`.
    enum Header {
        /// Not enough bytes yet.
        case incomplete
        /// Copy the rest of the file as it is (not this format, or nothing more to strip).
        case copyRest
        /// `bytes` to write for the header (possibly renamed), then a body of `bodyLength` bytes.
        case block(bytes: [UInt8], headerLength: Int, bodyLength: Int, blank: Bool, isContainer: Bool)
    }

    /// `holdBack`: bytes of the rest kept until the end of the file, where a trailing tag may be.
    private mutating func stepBlock(
        _ state: BlockState,
        into output: inout [UInt8],
        header: (ArraySlice<UInt8>, Int) -> Header,
        holdBack: Int = 0,
        wrap: (BlockState) -> Format
    ) -> Bool {
        switch state {
        case .header(var ends):
            while let last = ends.last, last <= self.position { ends.removeLast() }
            switch header(self.pending[...], ends.isEmpty ? 0 : ends.count) {
            case .incomplete:
                return false
            case .copyRest:
                self.format = wrap(.rest)
            case .block(let bytes, let headerLength, let bodyLength, let blank, let isContainer):
                // A block that runs past its container is not trusted: the rest is copied as it is. A
                // container of unknown length (a live WebM segment) ends with its own container.
                let room = (ends.last ?? Int.max) - self.position - headerLength
                let unknown = isContainer && bodyLength == Self.unknownLength
                guard bodyLength >= 0, bodyLength <= room || unknown else {
                    self.format = wrap(.rest)
                    return true
                }
                let end = unknown ? (ends.last ?? Int.max) : self.position + headerLength + bodyLength
                _ = self.take(headerLength)
                output += bytes
                if isContainer {
                    self.format = wrap(.header(ends: ends + [end]))
                } else {
                    self.format = wrap(.body(remaining: bodyLength, blank: blank, ends: ends))
                }
            }
        case .body(let remaining, let blank, let ends):
            guard remaining > 0 else {
                self.format = wrap(.header(ends: ends))
                return true
            }
            guard !self.pending.isEmpty else { return false }
            let count = min(remaining, self.pending.count)
            let bytes = self.take(count)
            output += blank ? [UInt8](repeating: 0, count: count) : bytes
            self.format = wrap(.body(remaining: remaining - count, blank: blank, ends: ends))
        case .rest:
            guard self.pending.count > holdBack else { return false }
            output += self.take(self.pending.count - holdBack)
        }
        return true
    }

    static let boxContainers: Set<String> = ["moov", "trak"]
    static let metadataBoxes: Set<String> = ["udta", "meta", "uuid"]

    /// An ISO base media box: 32-bit size and type, or size 1 and a 64-bit size after the type.
    private func boxHeader(_ bytes: ArraySlice<UInt8>, depth: Int) -> Header {
        guard bytes.count >= 8 else { return .incomplete }
        let size32 = Self.bigEndian(bytes.prefix(4))
        let type = String(decoding: bytes.dropFirst(4).prefix(4), as: UTF8.self)
        var size = size32
        var headerLength = 8
        if size32 == 1 {
            guard bytes.count >= 16 else { return .incomplete }
            size = Self.bigEndian(bytes.dropFirst(8).prefix(8))
            headerLength = 16
        }
        guard size32 != 0, size >= headerLength else { return .copyRest }  // 0: "to the end of the file" (the media data)
        var header = Array(bytes.prefix(headerLength))
        let isMetadata = Self.metadataBoxes.contains(type)
        if isMetadata { header.replaceSubrange(4..<8, with: Array("free".utf8)) }
        return .block(
            bytes: header,
            headerLength: headerLength,
            bodyLength: size - headerLength,
            blank: isMetadata,
            isContainer: Self.boxContainers.contains(type)
        )
    }

    static let metadataChunks: Set<String> = ["LIST", "bext", "iXML", "_PMX", "id3 ", "ID3 ", "cart"]

    /// RIFF: the 12-byte file header (a container), then chunks with a 4-byte id and a little-endian size,
    /// padded to an even length.
    private func riffHeader(_ bytes: ArraySlice<UInt8>, depth: Int) -> Header {
        guard bytes.count >= (depth == 0 ? 12 : 8) else { return .incomplete }
        let id = String(decoding: bytes.prefix(4), as: UTF8.self)
        let size = Self.littleEndian(bytes.dropFirst(4).prefix(4))
        if depth == 0 {
            guard id == "RIFF" else { return .copyRest }
            return .block(bytes: Array(bytes.prefix(12)), headerLength: 12, bodyLength: size - 4, blank: false, isContainer: true)
        }
        var header = Array(bytes.prefix(8))
        let isMetadata = Self.metadataChunks.contains(id)
        if isMetadata { header.replaceSubrange(0..<4, with: Array("JUNK".utf8)) }
        return .block(bytes: header, headerLength: 8, bodyLength: size + size % 2, blank: isMetadata, isContainer: false)
    }

    /// ID3v2: "ID3", version, flags and a 28-bit "syncsafe" size. The tag stays, all padding, with only
    /// its footer flag kept (an extended header or unsynchronisation no longer applies to zeros).
    private func id3Header(_ bytes: ArraySlice<UInt8>, depth: Int) -> Header {
        guard self.position == 0 else { return .copyRest }  // one leading tag; the audio follows
        guard bytes.count >= 10 else { return .incomplete }
        guard bytes.prefix(3).elementsEqual("ID3".utf8) else { return .copyRest }
        var header = Array(bytes.prefix(10))
        header[5] &= 0x10
        let size = header[6..<10].reduce(0) { $0 << 7 | Int($1 & 0x7F) }
        return .block(bytes: header, headerLength: 10, bodyLength: size, blank: true, isContainer: false)
    }

    /// A block whose length its header leaves open.
    static let unknownLength = Int.max

    static let ebmlContainers: Set<UInt32> = [0x1853_8067, 0x1549_A966]  // Segment, Info
    /// Tags, Attachments (cover images and the like), and Info's Title and DateUTC.
    static let ebmlMetadata: Set<UInt32> = [0x1254_C367, 0x1941_A469, 0x7BA9, 0x4461]

    /// Matroska/WebM: an element is a variable-length id, a variable-length size and its data. Metadata
    /// becomes a Void element (id EC) of exactly the same length, its data zeros; the header is rewritten
    /// at its own length (the size field takes the room the longer id left, the rest is Void data).
    private func ebmlHeader(_ bytes: ArraySlice<UInt8>, depth: Int) -> Header {
        guard let first = bytes.first else { return .incomplete }
        let idLength = first.leadingZeroBitCount + 1
        guard idLength <= 4 else { return .copyRest }
        guard bytes.count > idLength else { return .incomplete }
        let sizeFirst = bytes[bytes.startIndex + idLength]
        let sizeLength = sizeFirst.leadingZeroBitCount + 1
        guard sizeLength <= 8 else { return .copyRest }
        let headerLength = idLength + sizeLength
        guard bytes.count >= headerLength else { return .incomplete }
        let id = UInt32(Self.bigEndian(bytes.prefix(idLength)))
        let sizeBytes = Array(bytes.dropFirst(idLength).prefix(sizeLength))
        let marker = UInt8(0x80) >> (sizeLength - 1)
        let value = sizeBytes.dropFirst().reduce(Int(sizeFirst & (marker - 1))) { $0 << 8 | Int($1) }
        let isUnknown = value == (1 << (7 * sizeLength)) - 1
        if Self.ebmlContainers.contains(id) {
            return .block(
                bytes: Array(bytes.prefix(headerLength)),
                headerLength: headerLength,
                bodyLength: isUnknown ? Self.unknownLength : value,
                blank: false,
                isContainer: true
            )
        }
        guard !isUnknown else { return .copyRest }  // a live cluster: nothing after it can be measured
        guard Self.ebmlMetadata.contains(id) else {
            return .block(bytes: Array(bytes.prefix(headerLength)), headerLength: headerLength, bodyLength: value, blank: false, isContainer: false)
        }
        // Void: EC, a size field of up to 8 bytes filling the old header's room, zeros for the rest of it.
        let voidSizeLength = min(8, headerLength - 1)
        let padding = headerLength - 1 - voidSizeLength
        let voidLength = value + padding
        guard voidSizeLength >= 1, voidLength < (1 << (7 * voidSizeLength)) - 1 else { return .copyRest }
        var size = (0..<voidSizeLength).map { UInt8(truncatingIfNeeded: voidLength >> (8 * (voidSizeLength - 1 - $0))) }
        size[0] |= UInt8(0x80) >> (voidSizeLength - 1)
        return .block(
            bytes: [0xEC] + size + [UInt8](repeating: 0, count: padding),
            headerLength: headerLength,
            bodyLength: value,
            blank: true,
            isContainer: false
        )
    }

    static func bigEndian(_ bytes: some Collection<UInt8>) -> Int {
        bytes.reduce(0) { $0 > Int.max >> 8 ? Int.max : $0 << 8 | Int($1) }
    }

    static func littleEndian(_ bytes: some Collection<UInt8>) -> Int {
        bytes.reversed().reduce(0) { $0 << 8 | Int($1) }
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
        self.position += count
        return bytes
    }
}

/// A format whose metadata a reader of its own blanks as the bytes stream through (PDF, Ogg).
protocol MetadataBlanker: Sendable {
    /// The bytes to store for this piece of input (possibly fewer, held until they can be judged).
    mutating func process(_ input: some Collection<UInt8>) -> [UInt8]
    /// What is still held at the end of the file.
    mutating func finish() -> [UInt8]
}
