import Foundation
import ROCore
import Testing

@testable import ROServices

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
        return [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)] + Array(type.utf8) + data + [
            9, 9, 9, 9,
        ]
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    static let header = chunk("IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])
    static let image = chunk("IDAT", [0x78, 0x9C, 1, 2, 3])
    static let end = chunk("IEND", [])
    static let png =
        pngSignature + header + chunk("tEXt", Array("Author\u{0}Jane Doe (fictional)".utf8)) + chunk("tIME", [7, 234, 11, 25, 12, 0, 0])
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

    static func box(_ type: String, _ body: [UInt8]) -> [UInt8] {
        let size = UInt32(body.count + 8)
        return [UInt8(size >> 24), UInt8(size >> 16 & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size & 0xFF)] + Array(type.utf8) + body
    }

    static let location = Array("\u{A9}xyz+45.4215-075.6972/ Fictional phone of Jane Doe".utf8)
    static let movieHeader = box("mvhd", [UInt8](repeating: 7, count: 20))
    static let mediaData: [UInt8] = Array("fictional frames".utf8) + [0x75, 0x64, 0x74, 0x61]  // "udta" inside the media data stays
    /// A phone's video: the movie holds its position in user data and keys; a track holds XMP; a
    /// top-level `meta`; then the media data with a 64-bit size.
    static let mp4 =
        box("ftyp", Array("isom\u{0}\u{0}\u{2}\u{0}isommp41".utf8))
        + box(
            "moov",
            movieHeader + box("udta", location) + box("meta", Array("keys location.ISO6709 +45.42".utf8))
                + box("trak", box("tkhd", [1, 2, 3, 4]) + box("uuid", Array("XMP GPSLatitude 45,25N (fictional)".utf8)))
        )
        + box("meta", Array("top-level fictional".utf8))
        + [0, 0, 0, 1] + Array("mdat".utf8) + [0, 0, 0, 0, 0, 0, 0, UInt8(16 + mediaData.count)] + mediaData

    @Test func R39_anMP4KeepsItsLengthAndMediaAndLosesItsPosition() {
        let stripped = Self.strip(Self.mp4, .mp4, cutAt: [])
        #expect(stripped.count == Self.mp4.count, "offsets into the media data stay valid")
        #expect(!Self.contains(stripped, "+45.42") && !Self.contains(stripped, "Jane Doe") && !Self.contains(stripped, "GPS"))
        #expect(Self.contains(stripped, "mvhd") && Self.contains(stripped, "tkhd"))
        #expect(Array(stripped.suffix(Self.mediaData.count)) == Self.mediaData)
        #expect(Self.occurrences(of: "free", in: stripped) == 4, "udta, meta, uuid and the top-level meta")
        for cut in 0...Self.mp4.count {
            #expect(Self.strip(Self.mp4, .m4a, cutAt: [cut]) == stripped, "split at \(cut)")
        }
        #expect(Self.strip(Self.mp4, .mp4, cutAt: Array(0..<Self.mp4.count)) == stripped)
    }

    /// A box that claims more than its container holds is not trusted: the rest passes as it is.
    @Test func R39_aMalformedBoxStopsTheStripping() {
        let broken = Self.box("moov", [0, 0, 1, 0] + Array("udta".utf8) + Self.location)
        #expect(Self.strip(broken, .mp4, cutAt: []) == broken)
    }

    static func riffChunk(_ id: String, _ body: [UInt8]) -> [UInt8] {
        let size = UInt32(body.count)
        return Array(id.utf8) + [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24)] + body
            + (body.count % 2 == 1 ? [0] : [])
    }

    @Test func R39_aWAVKeepsItsAudioAndLosesItsInfoChunks() {
        let chunks =
            Self.riffChunk("fmt ", [UInt8](repeating: 1, count: 16)) + Self.riffChunk("LIST", Array("INFOIART Jane Doe (fictional)".utf8))
            + Self.riffChunk("bext", Array("Fictional recorder, Ottawa".utf8)) + Self.riffChunk("data", [9, 8, 7, 6, 5])
        let wav = Array("RIFF".utf8) + [UInt8(chunks.count + 4), 0, 0, 0] + Array("WAVE".utf8) + chunks
        let stripped = Self.strip(wav, .wav, cutAt: [])
        #expect(stripped.count == wav.count)
        #expect(!Self.contains(stripped, "Jane Doe") && !Self.contains(stripped, "Ottawa"))
        #expect(Self.occurrences(of: "JUNK", in: stripped) == 2)
        #expect(Array(stripped.suffix(6)) == [9, 8, 7, 6, 5, 0])
        for cut in 0...wav.count {
            #expect(Self.strip(wav, .wav, cutAt: [cut]) == stripped, "split at \(cut)")
        }
    }

    @Test func R39_anMP3KeepsItsTagAsPaddingAndItsAudio() {
        let frames = Array("TPE1\u{0}\u{0}\u{0}\u{10}\u{0}\u{0}\u{3}Jane Doe (fictional)".utf8)
        let audio: [UInt8] = [0xFF, 0xFB, 0x90, 0x64, 1, 2, 3]
        let mp3 = Array("ID3".utf8) + [4, 0, 0x40, 0, 0, 0, UInt8(frames.count)] + frames + audio
        let stripped = Self.strip(mp3, .mp3, cutAt: [])
        #expect(stripped == Array("ID3".utf8) + [4, 0, 0, 0, 0, 0, UInt8(frames.count)] + [UInt8](repeating: 0, count: frames.count) + audio)
        for cut in 0...mp3.count {
            #expect(Self.strip(mp3, .mp3, cutAt: [cut]) == stripped, "split at \(cut)")
        }
        #expect(Self.strip(audio, .mp3, cutAt: []) == audio, "no tag: nothing to change")
    }

    @Test func R39_anMP3sTrailingID3v1TagIsLeftEmpty() {
        func field(_ text: String, _ length: Int) -> [UInt8] {
            Array(text.utf8.prefix(length)) + [UInt8](repeating: 0, count: max(0, length - text.utf8.count))
        }
        let v1 =
            Array("TAG".utf8) + field("Letter", 30) + field("Jane Doe (fictional)", 30) + field("", 30) + field("2026", 4)
            + field("Recorded in Ottawa", 30) + [12]
        let audio = [UInt8](repeating: 0xAA, count: 300) + [0xFF, 0xFB, 0x90, 0x64]
        let mp3 = Array("ID3".utf8) + [4, 0, 0, 0, 0, 0, 2] + [0x41, 0x42] + audio + v1
        let stripped = Self.strip(mp3, .mp3, cutAt: [])
        #expect(v1.count == 128 && stripped.count == mp3.count)
        #expect(!Self.contains(stripped, "Jane") && !Self.contains(stripped, "Ottawa") && !Self.contains(stripped, "2026"))
        let emptyTag: [UInt8] = Array("TAG".utf8) + [UInt8](repeating: 0, count: 124) + [0xFF]
        #expect(Array(stripped.suffix(128)) == emptyTag)
        #expect(stripped.dropLast(128).suffix(audio.count).elementsEqual(audio), "the audio stays")
        for cut in stride(from: 0, through: mp3.count, by: 7) {
            #expect(Self.strip(mp3, .mp3, cutAt: [cut, min(cut + 120, mp3.count)]) == stripped, "split at \(cut)")
        }
        #expect(Self.strip(audio + v1, .mp3, cutAt: [40]) == audio + emptyTag, "no ID3v2 tag before it")
        #expect(Self.strip(audio, .mp3, cutAt: [100]) == audio, "no tag at the end: nothing changes")
    }

    /// R39: an enhanced "TAG+" block before the ID3v1 tag (longer title, artist, album) is emptied too.
    @Test func R39_anMP3sEnhancedTagBeforeID3v1IsLeftEmpty() {
        func field(_ text: String, _ length: Int) -> [UInt8] {
            Array(text.utf8.prefix(length)) + [UInt8](repeating: 0, count: max(0, length - text.utf8.count))
        }
        let enhanced =
            Array("TAG+".utf8) + field("A letter to the family", 60) + field("Jane Doe (fictional)", 60) + field("", 60) + [1]
            + field("Spoken", 30) + field("000:00", 6) + field("003:10", 6)
        let v1 = Array("TAG".utf8) + field("Letter", 30) + field("Jane", 30) + field("", 30) + field("2026", 4) + field("", 30) + [12]
        let audio = [UInt8](repeating: 0xAA, count: 400) + [0xFF, 0xFB, 0x90, 0x64]
        let mp3 = audio + enhanced + v1
        let stripped = Self.strip(mp3, .mp3, cutAt: [50])
        #expect(enhanced.count == 227 && stripped.count == mp3.count)
        #expect(!Self.contains(stripped, "Jane") && !Self.contains(stripped, "family") && !Self.contains(stripped, "003:10"))
        #expect(Array(stripped.dropLast(128).suffix(227)) == Array("TAG+".utf8) + [UInt8](repeating: 0, count: 223))
        #expect(stripped.prefix(audio.count).elementsEqual(audio), "the audio stays")
        for cut in stride(from: 0, through: mp3.count, by: 11) {
            #expect(Self.strip(mp3, .mp3, cutAt: [cut]) == stripped, "split at \(cut)")
        }
    }

    static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        Self.occurrences(of: text, in: bytes) > 0
    }

    static func occurrences(of text: String, in bytes: [UInt8]) -> Int {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count else { return 0 }
        return (0...(bytes.count - needle.count)).filter { bytes[$0..<$0 + needle.count].elementsEqual(needle) }.count
    }

    static let pdf = Array(
        """
        %PDF-1.7
        1 0 obj << /Type /Catalog /Metadata 3 0 R /TitleFont /Helv >> endobj
        2 0 obj << /Author (Jane \\) Doe (of Ottawa)) /Producer<FEFF004A0061006E0065> /Title (Letter (fictional)) /CreationDate (D:20261101120000-05'00') /Pages 4 0 R >> endobj
        3 0 obj << /Type /Metadata /Subtype /XML /Length 120 >> stream
        <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Jane Doe</dc:creator></x:xmpmeta><?xpacket end="w"?>
        endstream endobj
        trailer << /Info 2 0 R /Root 1 0 R >>
        %%EOF
        """.utf8
    )

    @Test func R39_aPDFKeepsItsLengthAndLosesItsAuthorDatesAndXMP() {
        let stripped = Self.strip(Self.pdf, .pdf, cutAt: [])
        let text = String(decoding: stripped, as: UTF8.self)
        #expect(stripped.count == Self.pdf.count, "every object stays at its offset")
        #expect(!text.contains("Jane") && !text.contains("Ottawa") && !text.contains("2026") && !text.contains("004A"))
        #expect(text.contains("/Author (") && text.contains("/Producer<20202020") && text.contains("/TitleFont /Helv"))
        #expect(text.contains(#"<?xpacket end="w"?>"#) && !text.contains("xmpmeta"))
        #expect(text.contains("/Pages 4 0 R >> endobj") && text.hasSuffix("%%EOF"))
        for cut in 0...Self.pdf.count {
            #expect(Self.strip(Self.pdf, .pdf, cutAt: [cut]) == stripped, "split at \(cut)")
        }
        #expect(Self.strip(Self.pdf, .pdf, cutAt: Array(0..<Self.pdf.count)) == stripped)
    }

    /// An EBML element with a one-byte size (data under 127 bytes).
    static func element(_ id: [UInt8], _ data: [UInt8]) -> [UInt8] { id + [0x80 | UInt8(data.count)] + data }

    static let muxingApp = element([0x4D, 0x80], Array("Lavf (fictional)".utf8))
    static let cluster = element([0x1F, 0x43, 0xB6, 0x75], Array("fictional frames".utf8))
    /// A live recording's shape: the segment's size unknown (all ones); title, date and tags to blank.
    static let webm =
        element([0x1A, 0x45, 0xDF, 0xA3], Array("webm".utf8))
        + [0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]
        + element(
            [0x15, 0x49, 0xA9, 0x66],
            element([0x7B, 0xA9], Array("Letter to Jane Doe".utf8)) + muxingApp + element([0x44, 0x61], [1, 2, 3, 4, 5, 6, 7, 8])
        )
        + element([0x12, 0x54, 0xC3, 0x67], Array("LOCATION +45.4215-075.6972/".utf8))
        + cluster

    @Test func R39_aWebMKeepsItsLengthAndFramesAndLosesItsTitleDateAndTags() {
        let stripped = Self.strip(Self.webm, .webm, cutAt: [])
        #expect(stripped.count == Self.webm.count)
        #expect(!Self.contains(stripped, "Jane") && !Self.contains(stripped, "45.4215"))
        #expect(Self.contains(stripped, "Lavf (fictional)") && Array(stripped.suffix(Self.cluster.count)) == Self.cluster)
        // Each blanked element is a Void (EC) whose size field fills the old header exactly, then zeros.
        let title: [UInt8] = [0xEC, 0x40, 18] + [UInt8](repeating: 0, count: 18)
        let date: [UInt8] = [0xEC, 0x40, 8] + [UInt8](repeating: 0, count: 8)
        let tags: [UInt8] = [0xEC, 0x10, 0, 0, 27] + [UInt8](repeating: 0, count: 27)
        let expected =
            Self.element([0x1A, 0x45, 0xDF, 0xA3], Array("webm".utf8)) + [0x18, 0x53, 0x80, 0x67, 0x01, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]
            + Self.element([0x15, 0x49, 0xA9, 0x66], title + Self.muxingApp + date) + tags + Self.cluster
        #expect(stripped == expected)
        for cut in 0...Self.webm.count {
            #expect(Self.strip(Self.webm, .webm, cutAt: [cut]) == stripped, "split at \(cut)")
        }
    }

    /// An Ogg page: header, lacing values and the packets' bytes, with its checksum.
    static func oggPage(serial: UInt8, sequence: UInt8, flags: UInt8 = 0, packets: [[UInt8]]) -> [UInt8] {
        let lacing = packets.flatMap { packet in [UInt8](repeating: 255, count: packet.count / 255) + [UInt8(packet.count % 255)] }
        var page =
            Array("OggS".utf8) + [0, flags] + [UInt8](repeating: 0, count: 8) + [serial, 0, 0, 0, sequence, 0, 0, 0] + [0, 0, 0, 0]
            + [UInt8(lacing.count)] + lacing + packets.flatMap { $0 }
        let checksum = OggCommentBlanker.checksum(page)
        page.replaceSubrange(22..<26, with: (0..<4).map { UInt8(truncatingIfNeeded: checksum >> (8 * $0)) })
        return page
    }

    static func littleEndian(_ value: Int) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }

    static func vorbisComments(_ magic: [UInt8], vendor: String, _ comments: [String]) -> [UInt8] {
        magic + Self.littleEndian(vendor.utf8.count) + Array(vendor.utf8) + Self.littleEndian(comments.count)
            + comments.flatMap { Self.littleEndian($0.utf8.count) + Array($0.utf8) }
    }

    @Test func R39_anOggOpusOrVorbisKeepsItsLengthAndAudioAndLosesItsComments() {
        #expect(OggCommentBlanker.checksum(Array("123456789".utf8)) == 0x89A1_897F, "Ogg's CRC-32 (checked against ffmpeg's pages)")
        let opusHead = Array("OpusHead".utf8) + [1, 1, 0x38, 1, 0x80, 0xBB, 0, 0, 0, 0, 0]
        let tags = ["ARTIST=Jane Doe (fictional)", "LOCATION=Ottawa", "T"]
        let opus =
            Self.oggPage(serial: 7, sequence: 0, flags: 2, packets: [opusHead])
            + Self.oggPage(serial: 7, sequence: 1, packets: [Self.vorbisComments(Array("OpusTags".utf8), vendor: "libopus (fictional)", tags)])
            + Self.oggPage(serial: 7, sequence: 2, packets: [[0xF8, 0xFF, 0xFE], [UInt8](repeating: 0x41, count: 300)])
        let stripped = Self.strip(opus, .ogg, cutAt: [])
        let blankedTags = ["X=" + String(repeating: " ", count: 25), "X=" + String(repeating: " ", count: 13), "T"]
        let expected =
            Self.oggPage(serial: 7, sequence: 0, flags: 2, packets: [opusHead])
            + Self.oggPage(serial: 7, sequence: 1, packets: [Self.vorbisComments(Array("OpusTags".utf8), vendor: "libopus (fictional)", blankedTags)])
            + Self.oggPage(serial: 7, sequence: 2, packets: [[0xF8, 0xFF, 0xFE], [UInt8](repeating: 0x41, count: 300)])
        #expect(stripped == expected, "the same length, the vendor and audio kept, every checksum right")
        #expect(!Self.contains(stripped, "Jane") && !Self.contains(stripped, "Ottawa") && Self.contains(stripped, "libopus (fictional)"))
        for cut in 0...opus.count {
            #expect(Self.strip(opus, .ogg, cutAt: [cut]) == stripped, "split at \(cut)")
        }

        // Vorbis: the comment packet shares its page with the setup packet, which stays as it is.
        let identification = [1] + Array("vorbis".utf8) + [UInt8](repeating: 0, count: 23)
        let setup = [5] + Array("vorbis".utf8) + Array("ARTIST=not a comment".utf8)
        let vorbis =
            Self.oggPage(serial: 9, sequence: 0, flags: 2, packets: [identification])
            + Self.oggPage(
                serial: 9,
                sequence: 1,
                packets: [Self.vorbisComments([3] + Array("vorbis".utf8), vendor: "Xiph", ["DATE=2026-11-02"]) + [1], setup]
            )
        let blanked = Self.strip(vorbis, .ogg, cutAt: [60])
        #expect(!Self.contains(blanked, "2026") && Self.contains(blanked, "ARTIST=not a comment") && blanked.count == vorbis.count)

        let notOgg = Array("OggS".utf8) + Array("fictional".utf8)
        #expect(Self.strip(notOgg, .ogg, cutAt: [5]) == notOgg, "a truncated page is kept as received")
    }

    /// A file cut short keeps what arrived rather than losing it silently.
    @Test func aTruncatedHeaderIsKeptAsReceived() {
        let truncated = Array(Self.jpeg.prefix(3))
        #expect(Self.strip(truncated, .jpeg, cutAt: []) == truncated)
    }
}
