import Foundation
import ROCore
import Testing

/// §7.2 "search names through a keyed blind index": what a name is searched by, accents and case aside.
@Suite struct NameSearchTests {
    @Test func section7_2_aNameIsFoundByTheStartOfAnyWordAccentsAndCaseAside() {
        #expect(NameSearch.words(of: "Gaëtane Lachapelle-Fictive") == ["gaetane", "lachapelle", "fictive"])
        let starts = NameSearch.starts(of: "Gaëtan TREMBLAY")
        for typed in ["trem", "Tremblay", "gaetan", "GAËT", "ga"] {
            #expect(NameSearch.terms(of: typed).allSatisfy(starts.contains), "\(typed)")
        }
        for typed in ["remb", "tremblays", "gaetans"] {
            #expect(!NameSearch.terms(of: typed).allSatisfy(starts.contains), "\(typed): only the start of a word")
        }
        #expect(NameSearch.terms(of: "t").isEmpty, "one letter finds too much: it is not searched")
    }
}
