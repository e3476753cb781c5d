import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

/// N9 through the service and the store's lists, on SQLite and PostgreSQL: "not found" means absent
/// from every list too.
@Suite struct RestrictedCaseServiceTests {
    @Test(arguments: Backend.available)
    func N9_aRestrictedOrRecusedCaseLeavesEveryListAndRead(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let colette = try await t.makeUser("colette", role: .coordinator)
            let mediator = try await t.makeUser("martin", role: .mediator)
            let restricted = try await t.assignedCase(coordinator: claire, mediator: mediator)
            let open = try await t.assignedCase(coordinator: claire, mediator: mediator)
            let cases = CaseService(env: t.env)
            _ = try await cases.execute(restricted.id, .restrictAccess(to: [claire.id]), expectedVersion: nil, by: claire)

            #expect(try await cases.list(.all, by: colette).map(\.id) == [open.id])
            #expect(Set(try await cases.list(.all, by: claire).map(\.id)) == [restricted.id, open.id])
            #expect(Set(try await cases.list(.assignedTo(mediator.id), by: mediator).map(\.id)) == [restricted.id, open.id])
            await #expect(throws: DomainError.caseNotFound) { try await cases.read(restricted.id, by: colette) }

            _ = try await cases.execute(open.id, .recuse, expectedVersion: nil, by: colette)
            #expect(try await cases.list(.all, by: colette).isEmpty)
            #expect(try await cases.list(.awaitingAssessment, by: colette).isEmpty)
            await #expect(throws: DomainError.caseNotFound) { try await cases.read(open.id, by: colette) }
            #expect(try await cases.list(.all, by: claire).count == 2)
        }
    }
}
