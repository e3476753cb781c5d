import ROCore
import Testing

@Suite struct HexTests {
    @Test func bytesAreWrittenAsTwoLowerCaseDigitsEach() {
        #expect([UInt8]().hexEncoded == "")
        #expect([0x00, 0x0f, 0x10, 0xa5, 0xff].hexEncoded == "000f10a5ff")
    }
}
