extension Sequence<UInt8> {
    /// Lower-case hexadecimal, two digits a byte: how RO writes hashes, digests and key ids. (Formatting each
    /// byte with `String(format:)` cost more than the SHA-256 it printed: the audit chain hashes twice per entry.)
    public var hexEncoded: String {
        var digits: [UInt8] = []
        digits.reserveCapacity(self.underestimatedCount * 2)
        for byte in self {
            digits.append(hexDigits[Int(byte >> 4)])
            digits.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: digits, as: UTF8.self)
    }
}

private let hexDigits = Array("0123456789abcdef".utf8)
