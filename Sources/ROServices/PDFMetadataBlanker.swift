/// R39 for PDF: blanks the document information (author, creator, producer, title, subject, keywords,
/// dates) and XMP packets as the bytes stream through. A PDF finds its objects by byte offset, so nothing
/// is removed: a string's contents become spaces and an XMP packet's body becomes spaces, at the same
/// length, so the file stays valid. Metadata inside compressed object streams is not reached (decisions).
struct PDFMetadataBlanker: MetadataBlanker {
    private enum State {
        /// Looking for an information key or an XMP packet.
        case scanning
        /// Inside a literal string `( … )`: nesting depth, and whether the last byte was a backslash.
        case literal(depth: Int, escaped: Bool)
        /// Inside a hexadecimal string `< … >`: how many digits were written.
        case hex(digits: Int)
        /// Inside an XMP packet, until its closing tag; `matched` bytes of that tag seen so far.
        case xmp(closing: [UInt8], matched: Int)
    }

    static let informationKeys = ["/Author", "/Creator", "/Producer", "/Title", "/Subject", "/Keywords", "/CreationDate", "/ModDate"].map {
        Array($0.utf8)
    }
    /// XMP packets by their opening tag, with the tag that closes them (`xap` is XMP's older name).
    static let packets = [("<x:xmpmeta", "</x:xmpmeta>"), ("<x:xapmeta", "</x:xapmeta>")].map { (Array($0.0.utf8), Array($0.1.utf8)) }
    static let patterns = informationKeys + packets.map(\.0)

    private static let space = UInt8(ascii: " ")
    private static let whitespace: Set<UInt8> = [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20]
    private static let delimiters: Set<UInt8> = Set("()<>[]{}/%".utf8).union(whitespace)

    private var state = State.scanning
    private var pending: [UInt8] = []

    mutating func process(_ input: some Collection<UInt8>) -> [UInt8] {
        self.pending += input
        return self.run(atEnd: false)
    }

    /// The end of the file: what was held back is read with nothing more to come.
    mutating func finish() -> [UInt8] {
        self.run(atEnd: true)
    }

    private mutating func run(atEnd: Bool) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        while index < self.pending.count {
            switch self.state {
            case .scanning:
                switch self.scan(from: index, atEnd: atEnd, into: &output) {
                case .continueAt(let next):
                    index = next
                case .waitFrom(let held):
                    self.pending.removeFirst(held)
                    return output
                }
            case .literal(let depth, let escaped):
                let byte = self.pending[index]
                index += 1
                if !escaped && byte == UInt8(ascii: ")") && depth == 1 {
                    output.append(byte)
                    self.state = .scanning
                } else {
                    output.append(Self.space)
                    let nesting = escaped ? 0 : byte == UInt8(ascii: "(") ? 1 : byte == UInt8(ascii: ")") ? -1 : 0
                    self.state = .literal(depth: depth + nesting, escaped: !escaped && byte == UInt8(ascii: "\\"))
                }
            case .hex(let digits):
                let byte = self.pending[index]
                index += 1
                if byte == UInt8(ascii: ">") {
                    output.append(byte)
                    self.state = .scanning
                } else if Self.whitespace.contains(byte) {
                    output.append(byte)
                } else {
                    output.append(UInt8(ascii: digits % 2 == 0 ? "2" : "0"))  // pairs of "20": spaces
                    self.state = .hex(digits: digits + 1)
                }
            case .xmp(let closing, let matched):
                let byte = self.pending[index]
                index += 1
                output.append(Self.space)
                let progress = byte == closing[matched] ? matched + 1 : byte == closing[0] ? 1 : 0
                self.state = progress == closing.count ? .scanning : .xmp(closing: closing, matched: progress)
            }
        }
        self.pending = []
        return output
    }

    private enum ScanResult {
        case continueAt(Int)
        /// Everything before this index is written; the rest waits for the next piece.
        case waitFrom(Int)
    }

    /// Copies bytes up to the next pattern and starts blanking it. Near the end of what has arrived, a
    /// pattern may be cut in two: those bytes wait for the next piece, unless this is the end of the file.
    private mutating func scan(from start: Int, atEnd: Bool, into output: inout [UInt8]) -> ScanResult {
        var index = start
        while let found = self.pending[index...].firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "<") }) {
            output += self.pending[index..<found]
            let rest = self.pending[found...]
            if let (opening, closing) = Self.packets.first(where: { rest.starts(with: $0.0) }) {
                output += [UInt8](repeating: Self.space, count: opening.count)
                self.state = .xmp(closing: closing, matched: 0)
                return .continueAt(found + opening.count)
            }
            if let key = Self.informationKeys.first(where: { rest.starts(with: $0) }) {
                switch self.value(after: found + key.count, atEnd: atEnd) {
                case .string(let value):
                    output += self.pending[found...value]
                    self.state = self.pending[value] == UInt8(ascii: "(") ? .literal(depth: 1, escaped: false) : .hex(digits: 0)
                    return .continueAt(value + 1)
                case .needMore:
                    return .waitFrom(found)
                case .none:
                    break
                }
            } else if !atEnd && Self.patterns.contains(where: { $0.count > rest.count && $0.starts(with: rest) }) {
                return .waitFrom(found)
            }
            output.append(self.pending[found])
            index = found + 1
        }
        output += self.pending[index...]
        return .continueAt(self.pending.count)
    }

    private enum Value {
        /// The string starts here, at its `(` or `<`.
        case string(Int)
        case needMore
        /// Not a key (a longer name) or not followed by a string.
        case none
    }

    private func value(after end: Int, atEnd: Bool) -> Value {
        var index = end
        while index < self.pending.count, Self.whitespace.contains(self.pending[index]) { index += 1 }
        guard index + 1 < self.pending.count else { return atEnd ? .none : .needMore }
        if index == end && !Self.delimiters.contains(self.pending[index]) { return .none }
        switch self.pending[index] {
        case UInt8(ascii: "("): return .string(index)
        case UInt8(ascii: "<"): return self.pending[index + 1] != UInt8(ascii: "<") ? .string(index) : .none
        default: return .none
        }
    }
}
