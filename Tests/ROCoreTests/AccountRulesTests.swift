import Foundation
import ROCore
import Testing

@Suite struct AccountRulesTests {
    @Test func usernamesAreTrimmedAndLowerCased() throws {
        #expect(try AccountRules.normalizedUsername("  Claire.Demo ") == "claire.demo")
    }

    @Test(arguments: ["ab", "has space", "émile", "semi;colon", String(repeating: "a", count: 65), ""])
    func invalidUsernamesAreRefused(_ name: String) {
        #expect(throws: DomainError.invalidUsername) { try AccountRules.normalizedUsername(name) }
    }

    @Test func displayNamesAreTrimmedAndBounded() throws {
        #expect(try AccountRules.normalizedDisplayName("  Claire Demo ") == "Claire Demo")
        #expect(throws: DomainError.invalidDisplayName) { try AccountRules.normalizedDisplayName("   ") }
        #expect(throws: DomainError.invalidDisplayName) { try AccountRules.normalizedDisplayName("two\nlines") }
        #expect(throws: DomainError.invalidDisplayName) { try AccountRules.normalizedDisplayName(String(repeating: "x", count: 121)) }
    }

    @Test func passwordsNeedTwelveCharacters() throws {
        #expect(throws: DomainError.passwordTooShort(minimum: 12)) { try AccountRules.checkPassword("short-pass", username: "claire") }
        try AccountRules.checkPassword("twelve chars", username: "claire")
    }

    /// bcrypt reads only 72 bytes: a longer password would be silently cut, so it is refused.
    @Test func passwordsOverSeventyTwoBytesAreRefused() throws {
        try AccountRules.checkPassword(String(repeating: "a", count: 72), username: "claire")
        #expect(throws: DomainError.passwordTooLong(maximum: 72)) {
            try AccountRules.checkPassword(String(repeating: "é", count: 37), username: "claire")  // 74 bytes
        }
    }

    @Test func passwordCannotBeTheUsername() {
        #expect(throws: DomainError.passwordSameAsUsername) { try AccountRules.checkPassword("Claire.Demo.2026", username: "claire.demo.2026") }
    }
}

@Suite struct IdentifierTests {
    @Test func descriptionIsLowerCaseCanonicalText() {
        let id = Identifier<User>(UUID(uuidString: "ABCDEF00-0000-0000-0000-000000000001")!)
        #expect(id.description == "abcdef00-0000-0000-0000-000000000001")
        #expect(Identifier<User>(uuidString: id.description) == id)
        #expect(Identifier<User>(uuidString: "not-a-uuid") == nil)
    }
}
