import Foundation
import Testing

@testable import ROWeb

/// The streaming `multipart/form-data` reader: same result however the body is cut into buffers.
@Suite struct MultipartParserTests {
    static let boundary = "----ROTestBoundary7MA4YWxk"
    static let contentType = "multipart/form-data; boundary=\(boundary)"

    /// A file whose bytes hold CR, LF, dashes and most of the boundary, to trip a careless search.
    static let fileBytes: [UInt8] = Array("%PDF-1.7\r\n------ROTestBoundary7MA4YWx\r\n--\r\n".utf8) + (0..<600).map { UInt8($0 % 256) }

    static func body(csrf: String = "token", version: String = "4") -> [UInt8] {
        var body: [UInt8] = []
        func add(_ text: String) { body += Array(text.utf8) }
        add("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n")
        add("--\(boundary)\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n\(version)\r\n")
        add(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Jane Doe home address.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
        )
        body += fileBytes
        add("\r\n--\(boundary)--\r\n")
        return body
    }

    struct Parsed: Equatable {
        var fields: [String: String] = [:]
        var file: [UInt8] = []
        var fileParts = 0
    }

    static func parse(_ body: [UInt8], cutAt cuts: [Int]) throws -> (Parsed, complete: Bool) {
        var parser = try #require(MultipartParser(contentType: contentType))
        var parsed = Parsed()
        var current: (name: String, isFile: Bool)?
        var value: [UInt8] = []
        var start = 0
        for end in cuts + [body.count] {
            for event in try parser.feed(body[start..<end]) {
                switch event {
                case .part(let name, let isFile):
                    current = (name, isFile)
                    value = []
                    if isFile { parsed.fileParts += 1 }
                case .content(let bytes):
                    if current?.isFile == true { parsed.file += bytes } else { value += bytes }
                case .partEnded:
                    if let current, !current.isFile { parsed.fields[current.name] = String(decoding: value, as: UTF8.self) }
                }
            }
            start = end
        }
        return (parsed, parser.isComplete)
    }

    @Test func everySplitPointGivesTheSameParts() throws {
        let body = Self.body()
        let expected = Parsed(fields: ["csrf": "token", "version": "4"], file: Self.fileBytes, fileParts: 1)
        for cut in 0...body.count {
            let (parsed, complete) = try Self.parse(body, cutAt: [cut])
            #expect(parsed == expected, "split at \(cut)")
            #expect(complete)
        }
    }

    @Test func byteByByteGivesTheSameParts() throws {
        let body = Self.body()
        let (parsed, complete) = try Self.parse(body, cutAt: Array(0..<body.count))
        #expect(parsed.file == Self.fileBytes)
        #expect(parsed.fields == ["csrf": "token", "version": "4"])
        #expect(complete)
    }

    @Test func aBodyCutShortIsNotComplete() throws {
        let body = Self.body()
        let (parsed, complete) = try Self.parse(Array(body.prefix(body.count - 10)), cutAt: [])
        #expect(!complete)
        #expect(parsed.fields["version"] == "4")
    }

    @Test func headersWithoutANameAreRefused() throws {
        var parser = try #require(MultipartParser(contentType: Self.contentType))
        let body = Array("--\(Self.boundary)\r\nContent-Type: text/plain\r\n\r\nx\r\n--\(Self.boundary)--\r\n".utf8)
        #expect(throws: MultipartParser.Failure.malformed) { _ = try parser.feed(body) }
    }

    @Test func endlessHeadersAreRefused() throws {
        var parser = try #require(MultipartParser(contentType: Self.contentType))
        let body = Array("--\(Self.boundary)\r\nX: \(String(repeating: "a", count: 9_000))".utf8)
        #expect(throws: MultipartParser.Failure.headersTooLong) { _ = try parser.feed(body) }
    }

    @Test func onlyFormDataWithABoundaryIsRead() {
        #expect(MultipartParser(contentType: "multipart/form-data") == nil)
        #expect(MultipartParser(contentType: "application/x-www-form-urlencoded; boundary=x") == nil)
        #expect(MultipartParser(contentType: "multipart/form-data; boundary=\"quoted\"") != nil)
    }
}
