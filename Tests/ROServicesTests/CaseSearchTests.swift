import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

@testable import ROStoreSQL

/// §7.2: a coordinator finds a case when a person phones back, by the start of their name (accents and case aside),
/// the offender's FPS number or the reference; mediators among their own cases; the search is audited without its words.
@Suite struct CaseSearchTests {
    @Test(arguments: Backend.available)
    func section7_2_aCaseIsFoundByANameStartAnFPSNumberOrItsReference(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let other = try await t.makeUser("mona", role: .mediator)
            let service = CaseService(env: t.env)
            let value = try await t.assignedCase(coordinator: coordinator, mediator: mediator)
            let victim = try #require(value.participants.first { $0.role == .victim })
            let record = PersonRecord(usedName: "Gaëtan Tremblay", formerNames: ["Gaëtan Bélanger-Fictif"])
            _ = try await service.execute(value.id, .recordPerson(participant: victim.id, record), expectedVersion: nil, by: mediator)
            let unrelated = try await service.recordVictimRequest(
                requesterType: .registeredVictim,
                channel: .phone,
                region: "pacific",
                language: "en",
                by: coordinator
            )

            for typed in ["trem", "TREMBLAY", "gaetan", "Gaët trem", "bélanger", value.reference.lowercased()] {
                #expect(try await service.search(typed, by: coordinator).map(\.id) == [value.id], "\(typed)")
            }
            let fps = try #require(try await service.read(value.id, by: coordinator).value.offenderFPSNumber)
            #expect(try await service.search(fps, by: coordinator).map(\.id) == [value.id], "the offender's FPS number")
            for typed in ["remblay", "tremblays", "gaetan dubois", "t", ""] {
                #expect(try await service.search(typed, by: coordinator).isEmpty, "\(typed)")
            }
            #expect(try await service.search(unrelated.reference, by: coordinator).map(\.id) == [unrelated.id])

            #expect(try await service.search("trem", by: mediator).map(\.id) == [value.id], "the assigned mediator")
            #expect(try await service.search("trem", by: other).isEmpty, "N2: not a mediator's who is not on the case")
            let referrer = try await t.makeUser("rita", role: .referrer)
            await #expect(throws: DomainError.notPermitted) { try await service.search("trem", by: referrer) }

            let audit = try await t.env.store.transaction { try await $0.audit.recent(limit: 100) }
            #expect(audit.filter { $0.action == AuditAction.casesSearched.rawValue }.count >= 10)
            let stored = audit.map { [$0.actorUserID, $0.actorRole, $0.action, $0.target, $0.outcome, $0.requestID].joined(separator: "|") }
            #expect(!stored.contains { $0.lowercased().contains("trem") }, "the audit log records no search words")
        }
    }

    /// §7.2: the cases a name finds come in the list's order, last changed first, then by reference, a page's worth.
    @Test(arguments: Backend.available)
    func section7_2_aCommonNameAndARareOneFindTheSameCasesInTheListsOrder(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let service = CaseService(env: t.env)
            let opened = try await Self.openRequests(
                named: ["Hana Okafor-Fictif", "Hana Roy-Fictif", "Hana Okafor-Fictif", "Hana Okafor-Fictif"],
                by: coordinator,
                t
            )
            let listOrder = opened.sorted { ($0.updatedAt, $1.reference) > ($1.updatedAt, $0.reference) }.map(\.id)
            let okafor = listOrder.filter { $0 != opened[1].id }

            #expect(try await service.search("hana okafor", by: coordinator, limit: 10).map(\.id) == okafor, "three found, fewer than a page")
            #expect(try await service.search("hana okafor", by: coordinator, limit: 2).map(\.id) == Array(okafor.prefix(2)), "a full page")
            #expect(try await service.search("oka han", by: coordinator, limit: 3).map(\.id) == okafor, "exactly a page")
            #expect(try await service.search("hana", by: coordinator, limit: 10).map(\.id) == listOrder)
            #expect(try await service.search("hana roy", by: coordinator, limit: 1).map(\.id) == [opened[1].id])
            #expect(try await service.search("roy okafor", by: coordinator, limit: 1).isEmpty, "both words in one person's names")
        }
    }

    /// §7.2, issue 16 item 4: search results a page at a time. Each page starts after the last case of the one
    /// before; together the pages are every case found, each once, in the list's order (last changed first, then by
    /// reference), ties in time included.
    @Test(arguments: Backend.available)
    func section7_2_searchResultsComeAPageAtATime(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let service = CaseService(env: t.env)
            // Pairs opened in the same second: ties broken by reference.
            let names = [
                "Hana Okafor-Fictif", "Hana Roy-Fictif", "Hana Okafor-Fictif", "Hana Okafor-Fictif", "Hana Okafor-Fictif", "Hana Roy-Fictif",
                "Hana Okafor-Fictif",
            ]
            let opened = try await Self.openRequests(named: names, by: coordinator, t, advancingEvery: 2)
            let listOrder = opened.sorted { ($0.updatedAt, $1.reference) > ($1.updatedAt, $0.reference) }
            for (typed, pageSize) in [("hana", 2), ("hana", 3), ("okafor hana", 2), ("hana roy", 1)] {
                let expected = listOrder.filter { typed != "hana roy" || [opened[1].id, opened[5].id].contains($0.id) }
                    .filter { !typed.contains("okafor") || ![opened[1].id, opened[5].id].contains($0.id) }.map(\.id)
                var pages: [[Identifier<Case>]] = []
                var after: ListPosition?
                repeat {
                    let page = try await service.search(typed, by: coordinator, limit: pageSize, after: after)
                    pages.append(page.map(\.id))
                    after = page.last.map { CaseFilter.search(typed, assignedTo: nil).position(after: $0) }
                } while pages.last?.count == pageSize && pages.count < 10
                #expect(Array(pages.joined()) == expected, "\(typed), \(pageSize) a page")
                #expect(pages.dropLast().allSatisfy { $0.count == pageSize })
            }
        }
    }

    /// §7.2, issue 16: a search is planned one way when its rarest word is rare (found from the word's rows, then
    /// sorted) and another when every word is common (cases walked newest first until the page is full); both give
    /// the same cases, in the list's order, for every page size. Each shape is forced here by where "rare" ends.
    @Test(arguments: Backend.available)
    func section7_2_bothShapesOfASearchFindTheSameCases(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let coordinator = try await t.makeUser("claire", role: .coordinator)
            let names = ["Hana Okafor-Fictif", "Hana Roy-Fictif", "Hana Okafor-Fictif", "Hana Okafor-Fictif"]
            let opened = try await Self.openRequests(named: names, by: coordinator, t, advancingEvery: 2)
            let listOrder = opened.sorted { ($0.updatedAt, $1.reference) > ($1.updatedAt, $0.reference) }
            let okafor = Set([opened[0].id, opened[2].id, opened[3].id])
            let found: [(String, Set<Identifier<Case>>)] = [
                ("hana okafor", okafor), ("oka han", okafor), ("hana", Set(opened.map(\.id))), ("hana roy", [opened[1].id]), ("roy okafor", []),
            ]
            for (typed, matching) in found {
                let expected = listOrder.map(\.id).filter(matching.contains)
                for limit in [1, 2, 3, 10] {
                    let fromRarestWord = try await Self.search(typed, limit: limit, rareWordRows: 1_000_000, t)
                    let walking = try await Self.search(typed, limit: limit, rareWordRows: 1, t)
                    #expect(fromRarestWord == Array(expected.prefix(limit)), "\(typed), \(limit) a page, from the rarest word")
                    #expect(walking == Array(expected.prefix(limit)), "\(typed), \(limit) a page, walking the cases")
                }
            }
        }
    }

    /// The store's search with `rareWordRows` set, as a coordinator sees it (no visibility rule but N9's).
    static func search(_ typed: String, limit: Int, rareWordRows: Int, _ t: TestEnvironment) async throws -> [Identifier<Case>] {
        let masterKeys = t.store.masterKeys
        return try await t.store.withDatabase(readOnly: true) { db in
            var cases = SQLCaseStore(db: db, codec: CasePayloadCodec(db: db, masterKeys: masterKeys))
            cases.rareWordRows = rareWordRows
            return try await cases.list(.search(typed, assignedTo: nil), visibleTo: nil, limit: limit, after: nil).map(\.id)
        }
    }

    /// Opens a victim's request for each name, in order; the clock moves a minute before every `advancingEvery`-th.
    static func openRequests(named names: [String], by user: User, _ t: TestEnvironment, advancingEvery: Int = 0) async throws -> [Case] {
        var opened: [Case] = []
        for (n, name) in names.enumerated() {
            if advancingEvery > 0, n % advancingEvery == 0 { t.clock.advance(by: 60) }
            opened.append(
                try await CaseService(env: t.env).recordVictimRequest(
                    requesterType: .registeredVictim,
                    channel: .phone,
                    region: "ontario",
                    language: "en",
                    person: PersonRecord(usedName: name),
                    by: user
                )
            )
        }
        return opened
    }
}
