extension Sequence<UInt8> {
    /// Lower-case hexadecimal, two digits a byte: how RO writes hashes, digests and key ids. Inlinable, so each
    /// caller gets a copy specialised to its byte sequence: `ro audit verify` hex-encodes two hashes per entry, and
    /// the generic version cost more than the SHA-256 it printed.
    @inlinable
    public var hexEncoded: String {
        let bytes = Array(self)
        return String(unsafeUninitializedCapacity: bytes.count * 2) { digits in
            for (index, byte) in bytes.enumerated() {
                digits[2 * index] = hexDigit(byte >> 4)
                digits[2 * index + 1] = hexDigit(byte & 0x0f)
            }
            return bytes.count * 2
        }
    }
}

/// The ASCII digit of a nibble: 0–9, then a–f.
@inlinable
public func hexDigit(_ nibble: UInt8) -> UInt8 {
    nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
}
