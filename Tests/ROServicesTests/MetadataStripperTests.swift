import Foundation
import ROCore
@testable import ROServices
import Testing

/// R39: what a camera writes about place, time and device never reaches storage; the picture does, whole.
@Suite struct MetadataStripperTests {
    static func segment(_ marker: UInt8, _ payload: [UInt8]) -> [UInt8] {
        let length = payload.count + 2
        return [0xFF, marker, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
    }

    static let jfif = segment(0xE0, Array("JFIF\u{0}".utf8) + [1, 1, 0, 0, 1, 0, 1, 0, 0])
    static let exif = segment(0xE1, Array("Exif\u{0}\u{0}GPS 45.42N 75.69W (fictional)".utf8))
    static let comment = segment(0xFE, Array("Fictional Camera of Jane Doe".utf8))
    static let maker = segment(0xED, Array("Photoshop 3.0 IPTC city: Fictionville".utf8))
    static let profile = segment(0xE2, Array("ICC_PROFILE\u{0}fictional".utf8))
    static let tables = segment(0xDB, [0] + [UInt8](repeating: 1, count: 64))
    static let scanHeader = segment(0xDA, [1, 1, 0, 0, 63, 0, 0, 0, 0, 0])
    /// Image data holds stuffed 0xFF 0x00 pairs and a restart marker: copied as is.
    static let imageData: [UInt8] = [0x12, 0xFF, 0x00, 0x34, 0xFF, 0xD0, 0x56, 0xFF, 0xE1, 0x78]

    static let jpeg: [UInt8] = [0xFF, 0xD8] + jfif + exif + comment + maker + profile + tables + scanHeader + imageData + [0xFF, 0xD9]
    static let strippedJPEG: [UInt8] = [0xFF, 0xD8] + jfif + profile + tables + scanHeader + imageData + [0xFF, 0xD9]

    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let length = UInt32(data.count)
        return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)] + Array(type.utf8) + data + [9, 9, 9, 9]
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static let header = chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])
    static let image = chunk("IDAT", [0x78, 0x9C, 1, 2, 3])
    static let end = chunk("IEND", [])
    static let png = pngSignature + header + chunk("tEXt", Array("Author\u{0}Jane Doe (fictional)".utf8)) + chunk("tIME", [7, 234, 11, 25, 12, 0, 0])
        + chunk("eXIf", Array("GPS fictional".utf8)) + image + end
    static let strippedPNG = pngSignature + header + image + end

    static func strip(_ bytes: [UInt8], _ type: MediaType, cutAt cuts: [Int]) -> [UInt8] {
        var stripper = MetadataStripper(for: type)
        var output: [UInt8] = []
        var start = 0
        for end in cuts + [bytes.count] {
            output += stripper.process(bytes[start..<end])
            start = end
        }
        return output + stripper.finish()
    }

    @Test func aJPEGLosesItsExifCommentsAndMakerDataButNotItsPicture() {
        for cut in 0...Self.jpeg.count {
            #expect(Self.strip(Self.jpeg, .jpeg, cutAt: [cut]) == Self.strippedJPEG, "split at \(cut)")
        }
        #expect(Self.strip(Self.jpeg, .jpeg, cutAt: Array(0..<Self.jpeg.count)) == Self.strippedJPEG)
    }

    @Test func aPNGLosesItsTextTimeAndExifChunks() {
        for cut in 0...Self.png.count {
            #expect(Self.strip(Self.png, .png, cutAt: [cut]) == Self.strippedPNG, "split at \(cut)")
        }
    }

    @Test func otherTypesPassUnchanged() {
        let pdf = Array("%PDF-1.7 /Author (Jane Doe, fictional)".utf8)
        #expect(Self.strip(pdf, .pdf, cutAt: [5]) == pdf)
    }

    /// A file cut short keeps what arrived rather than losing it silently.
    @Test func aTruncatedHeaderIsKeptAsReceived() {
        let truncated = Array(Self.jpeg.prefix(3))
        #expect(Self.strip(truncated, .jpeg, cutAt: []) == truncated)
    }
}
