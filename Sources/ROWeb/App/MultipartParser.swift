import Foundation

/// Reads a `multipart/form-data` body (RFC 7578) as it arrives, so a file is handed on piece by piece
/// and never held whole. Feed it the body's buffers in order; it answers with what each one completed.
struct MultipartParser {
    enum Event: Equatable {
        /// A part begins: its field name, and whether it is a file (`filename=` present; the name itself is dropped, R39).
        case part(name: String, isFile: Bool)
        /// Bytes of the current part's content, in order.
        case content([UInt8])
        case partEnded
    }

    enum Failure: Error, Equatable {
        case malformed
        case headersTooLong
    }

    private enum State {
        case preamble, headers, content, afterBoundary, done
    }

    /// `\r\n--boundary`: what ends a part's content.
    private let delimiter: [UInt8]
    private var buffer: [UInt8] = []
    private var state = State.preamble
    static let maximumHeaderBytes = 8 * 1024

    init?(contentType: String) {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data",
            let parameter = pieces.dropFirst().first(where: { $0.lowercased().hasPrefix("boundary=") })
        else { return nil }
        let boundary = parameter.dropFirst("boundary=".count).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        guard (1...70).contains(boundary.utf8.count) else { return nil }
        self.delimiter = Array("\r\n--\(boundary)".utf8)
        // The first boundary may open the body directly, with no CRLF before it.
        self.buffer = Array("\r\n".utf8)
    }

    /// Whether the closing boundary was read: a body that stops before it was cut off.
    var isComplete: Bool { self.state == .done }

    mutating func feed(_ bytes: some Collection<UInt8>) throws(Failure) -> [Event] {
        self.buffer.append(contentsOf: bytes)
        var events: [Event] = []
        while try self.step(&events) {}
        return events
    }

    /// Takes one step if the buffer allows; false when it needs more bytes.
    private mutating func step(_ events: inout [Event]) throws(Failure) -> Bool {
        switch self.state {
        case .preamble:
            guard let start = self.find(self.delimiter) else {
                self.keepTail()
                return false
            }
            self.buffer.removeFirst(start + self.delimiter.count)
            self.state = .afterBoundary
            return true
        case .afterBoundary:
            guard self.buffer.count >= 2 else { return false }
            let next = Array(self.buffer.prefix(2))
            if next == Array("--".utf8) {
                self.state = .done
                self.buffer.removeAll()
                return false
            }
            // Transport padding (spaces, tabs) may follow a boundary before its CRLF.
            guard let lineEnd = self.find(Array("\r\n".utf8)) else { return false }
            guard self.buffer[..<lineEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { throw .malformed }
            self.buffer.removeFirst(lineEnd + 2)
            self.state = .headers
            return true
        case .headers:
            guard let end = self.find(Array("\r\n\r\n".utf8)) else {
                guard self.buffer.count <= Self.maximumHeaderBytes else { throw .headersTooLong }
                return false
            }
            let headers = String(decoding: self.buffer[..<end], as: UTF8.self)
            self.buffer.removeFirst(end + 4)
            events.append(try Self.part(from: headers))
            self.state = .content
            return true
        case .content:
            if let end = self.find(self.delimiter) {
                if end > 0 { events.append(.content(Array(self.buffer[..<end]))) }
                events.append(.partEnded)
                self.buffer.removeFirst(end + self.delimiter.count)
                self.state = .afterBoundary
                return true
            }
            // Everything but a tail that could be the start of the delimiter is content.
            let safe = self.buffer.count - (self.delimiter.count - 1)
            if safe > 0 {
                events.append(.content(Array(self.buffer[..<safe])))
                self.buffer.removeFirst(safe)
            }
            return false
        case .done:
            self.buffer.removeAll()  // the epilogue is ignored
            return false
        }
    }

    private mutating func keepTail() {
        let excess = self.buffer.count - (self.delimiter.count - 1)
        if excess > 0 { self.buffer.removeFirst(excess) }
    }

    private func find(_ needle: [UInt8]) -> Int? {
        guard self.buffer.count >= needle.count, let first = needle.first else { return nil }
        var index = 0
        let last = self.buffer.count - needle.count
        while index <= last {
            guard let candidate = self.buffer[index...last].firstIndex(of: first) else { return nil }
            if self.buffer[candidate..<candidate + needle.count].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    /// Reads `Content-Disposition: form-data; name="…"; filename="…"`; other headers do not matter here
    /// (a file's type is judged from its bytes).
    private static func part(from headers: String) throws(Failure) -> Event {
        for line in headers.split(separator: "\r\n") {
            let pieces = line.split(separator: ":", maxSplits: 1)
            guard pieces.count == 2, pieces[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            var name: String?
            var isFile = false
            for parameter in pieces[1].split(separator: ";").dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2 else { continue }
                switch pair[0].lowercased() {
                case "name": name = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                case "filename", "filename*": isFile = true
                default: continue
                }
            }
            guard let name, !name.isEmpty else { throw .malformed }
            return .part(name: name, isFile: isFile)
        }
        throw .malformed
    }
}
