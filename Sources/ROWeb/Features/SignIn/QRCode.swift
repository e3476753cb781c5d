/// A QR code (ISO/IEC 18004) of a short text, drawn by the server as SVG (in the page's template): the enrolment page's `otpauth://` link
/// for an authenticator app to scan. Byte mode, error correction level M, versions 1 to 10 (up to 213 bytes):
/// the links RO makes are about 90. The package mirror has no QR library, and this is all RO needs of one.
struct QRCode: Sendable {
    /// Dark modules, row by row; `size` × `size`.
    let modules: [[Bool]]
    var size: Int { self.modules.count }

    /// Level M's blocks for versions 1 to 10: error correction codewords per block, then (blocks, data codewords)
    /// of the short group and of the long group (ISO/IEC 18004 table 9).
    private static let levelM: [(ecc: Int, short: (count: Int, data: Int), long: (count: Int, data: Int))] = [
        (10, (1, 16), (0, 0)), (16, (1, 28), (0, 0)), (26, (1, 44), (0, 0)), (18, (2, 32), (0, 0)), (24, (2, 43), (0, 0)),
        (16, (4, 27), (0, 0)), (18, (4, 31), (0, 0)), (22, (2, 38), (2, 39)), (22, (3, 36), (2, 37)), (26, (4, 43), (1, 44)),
    ]

    /// The centres of alignment patterns along each axis (ISO/IEC 18004 annex E), versions 1 to 10.
    private static let alignmentCentres: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
    ]

    /// Nil when the text is longer than version 10 holds at level M.
    init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard let version = (1...10).first(where: { Self.fits(bytes.count, version: $0) }) else { return nil }
        var grid = Grid(version: version)
        grid.drawFunctionPatterns(alignment: Self.alignmentCentres[version - 1])
        grid.drawData(Self.codewords(bytes, version: version))
        let best = (0..<8).min { grid.masked($0).penalty < grid.masked($1).penalty }!
        var chosen = grid.masked(best)
        chosen.drawFormat(mask: best)
        self.modules = chosen.dark
    }

    private static func countBits(_ version: Int) -> Int { version < 10 ? 8 : 16 }

    private static func dataCapacity(_ version: Int) -> Int {
        let blocks = Self.levelM[version - 1]
        return blocks.short.count * blocks.short.data + blocks.long.count * blocks.long.data
    }

    private static func fits(_ length: Int, version: Int) -> Bool {
        4 + Self.countBits(version) + 8 * length <= 8 * Self.dataCapacity(version)
    }

    /// The data and error correction codewords, blocks interleaved, as the symbol carries them.
    private static func codewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        var bits = BitBuffer()
        bits.append(0b0100, count: 4)  // byte mode
        bits.append(bytes.count, count: Self.countBits(version))
        for byte in bytes { bits.append(Int(byte), count: 8) }
        let capacity = 8 * Self.dataCapacity(version)
        bits.append(0, count: min(4, capacity - bits.count))  // terminator
        bits.append(0, count: (8 - bits.count % 8) % 8)
        var data = bits.bytes
        var pad: UInt8 = 0xEC
        while data.count < capacity / 8 {
            data.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        let layout = Self.levelM[version - 1]
        var blocks: [[UInt8]] = []
        var start = 0
        for length in Array(repeating: layout.short.data, count: layout.short.count) + Array(repeating: layout.long.data, count: layout.long.count) {
            blocks.append(Array(data[start..<start + length]))
            start += length
        }
        let divisor = ReedSolomon.divisor(degree: layout.ecc)
        let corrections = blocks.map { ReedSolomon.remainder($0, divisor: divisor) }
        var result: [UInt8] = []
        for index in 0..<(blocks.map(\.count).max() ?? 0) { for block in blocks where index < block.count { result.append(block[index]) } }
        for index in 0..<layout.ecc { for correction in corrections { result.append(correction[index]) } }
        return result
    }

    /// The symbol for an SVG drawing: four modules of quiet zone around it, its dark modules as one path.
    var drawing: QRDrawing {
        let quiet = 4
        var path = ""
        for (y, row) in self.modules.enumerated() {
            for (x, dark) in row.enumerated() where dark { path += "M\(x + quiet) \(y + quiet)h1v1h-1z" }
        }
        return QRDrawing(side: self.size + 2 * quiet, path: path)
    }
}

/// What the page template draws: the SVG's side in modules and the path of dark modules (numbers and letters only).
struct QRDrawing: Sendable {
    let side: Int
    let path: String
}

/// Bits appended most significant first.
private struct BitBuffer {
    private(set) var bits: [Bool] = []
    var count: Int { self.bits.count }

    mutating func append(_ value: Int, count: Int) {
        for shift in stride(from: count - 1, through: 0, by: -1) { self.bits.append((value >> shift) & 1 == 1) }
    }

    var bytes: [UInt8] {
        stride(from: 0, to: self.bits.count, by: 8).map { start in
            self.bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
    }
}

/// Reed–Solomon error correction over GF(256) with QR's polynomial x⁸ + x⁴ + x³ + x² + 1.
private enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var product = 0
        for shift in stride(from: 7, through: 0, by: -1) {
            product = (product << 1) ^ ((product >> 7) * 0x11D)
            product ^= ((Int(y) >> shift) & 1) * Int(x)
        }
        return UInt8(product)
    }

    /// The generator polynomial's coefficients (highest degree first, leading 1 left out).
    static func divisor(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for index in 0..<degree {
                result[index] = Self.multiply(result[index], root)
                if index + 1 < degree { result[index] ^= result[index + 1] }
            }
            root = Self.multiply(root, 0x02)
        }
        return result
    }

    static func remainder(_ data: [UInt8], divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for index in result.indices { result[index] ^= Self.multiply(divisor[index], factor) }
        }
        return result
    }
}

/// The module grid while it is drawn: which modules are dark, and which belong to function patterns (finders,
/// timing, alignment, format and version information), where data never goes and masks never apply.
private struct Grid {
    let version: Int
    var dark: [[Bool]]
    var isFunction: [[Bool]]
    var size: Int { self.dark.count }

    init(version: Int) {
        self.version = version
        let size = 17 + 4 * version
        self.dark = Array(repeating: Array(repeating: false, count: size), count: size)
        self.isFunction = self.dark
    }

    mutating func set(_ x: Int, _ y: Int, _ value: Bool) {
        self.dark[y][x] = value
        self.isFunction[y][x] = true
    }

    mutating func drawFunctionPatterns(alignment centres: [Int]) {
        for index in 0..<self.size {
            self.set(6, index, index % 2 == 0)
            self.set(index, 6, index % 2 == 0)
        }
        for (x, y) in [(3, 3), (self.size - 4, 3), (3, self.size - 4)] {
            for dy in -4...4 {
                for dx in -4...4 where (0..<self.size).contains(x + dx) && (0..<self.size).contains(y + dy) {
                    let distance = max(abs(dx), abs(dy))
                    self.set(x + dx, y + dy, distance != 2 && distance != 4)
                }
            }
        }
        let last = centres.count - 1
        for (i, x) in centres.enumerated() {
            for (j, y) in centres.enumerated() where !((i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0)) {
                for dy in -2...2 { for dx in -2...2 { self.set(x + dx, y + dy, max(abs(dx), abs(dy)) != 1) } }
            }
        }
        self.drawFormat(mask: 0)  // reserves the format areas; drawn again with the chosen mask
        if self.version >= 7 {
            var remainder = self.version
            for _ in 0..<12 { remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25) }
            let bits = self.version << 12 | remainder
            for index in 0..<18 {
                let bit = (bits >> index) & 1 == 1
                let a = self.size - 11 + index % 3
                let b = index / 3
                self.set(a, b, bit)
                self.set(b, a, bit)
            }
        }
    }

    /// Level M (format bits 00) and the mask, with their BCH code, in both copies; and the dark module.
    mutating func drawFormat(mask: Int) {
        var remainder = mask
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let bits = (mask << 10 | remainder) ^ 0x5412
        func bit(_ index: Int) -> Bool { (bits >> index) & 1 == 1 }
        for index in 0...5 { self.set(8, index, bit(index)) }
        self.set(8, 7, bit(6))
        self.set(8, 8, bit(7))
        self.set(7, 8, bit(8))
        for index in 9..<15 { self.set(14 - index, 8, bit(index)) }
        for index in 0..<8 { self.set(self.size - 1 - index, 8, bit(index)) }
        for index in 8..<15 { self.set(8, self.size - 15 + index, bit(index)) }
        self.set(8, self.size - 8, true)
    }

    /// The codewords' bits in the zigzag of two-module columns, right to left, skipping the vertical timing column.
    mutating func drawData(_ codewords: [UInt8]) {
        var index = 0
        var right = self.size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            for vertical in 0..<self.size {
                for offset in 0..<2 {
                    let x = right - offset
                    let upward = (right + 1) & 2 == 0
                    let y = upward ? self.size - 1 - vertical : vertical
                    if !self.isFunction[y][x] && index < codewords.count * 8 {
                        self.dark[y][x] = (codewords[index >> 3] >> (7 - (index & 7))) & 1 == 1
                        index += 1
                    }
                }
            }
            right -= 2
        }
    }

    func masked(_ mask: Int) -> Grid {
        var copy = self
        for y in 0..<self.size {
            for x in 0..<self.size where !self.isFunction[y][x] {
                let flip =
                    switch mask {
                    case 0: (x + y) % 2 == 0
                    case 1: y % 2 == 0
                    case 2: x % 3 == 0
                    case 3: (x + y) % 3 == 0
                    case 4: (x / 3 + y / 2) % 2 == 0
                    case 5: x * y % 2 + x * y % 3 == 0
                    case 6: (x * y % 2 + x * y % 3) % 2 == 0
                    default: ((x + y) % 2 + x * y % 3) % 2 == 0
                    }
                if flip { copy.dark[y][x].toggle() }
            }
        }
        return copy
    }

    /// ISO/IEC 18004's penalty: long runs, 2×2 blocks, finder look-alikes and an unbalanced share of dark modules.
    var penalty: Int {
        let columns = (0..<self.size).map { x in self.dark.map { $0[x] } }
        var score = 0
        for line in self.dark + columns {
            var run = 1
            for index in 1..<line.count {
                if line[index] == line[index - 1] {
                    run += 1
                } else {
                    if run >= 5 { score += run - 2 }
                    run = 1
                }
            }
            if run >= 5 { score += run - 2 }
            let finderLike: [Bool] = [true, false, true, true, true, false, true]
            let light = [Bool](repeating: false, count: 4)
            for start in 0...(line.count - 11) {
                let window = Array(line[start..<start + 11])
                if window == finderLike + light || window == light + finderLike { score += 40 }
            }
        }
        for y in 0..<(self.size - 1) {
            for x in 0..<(self.size - 1) {
                let colour = self.dark[y][x]
                if self.dark[y][x + 1] == colour && self.dark[y + 1][x] == colour && self.dark[y + 1][x + 1] == colour { score += 3 }
            }
        }
        let darkCount = self.dark.reduce(0) { $0 + $1.filter { $0 }.count }
        let total = self.size * self.size
        score += abs(darkCount * 20 - total * 10) / total * 10
        return score
    }
}
