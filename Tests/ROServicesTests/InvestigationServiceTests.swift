import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

/// N7 through the service and the store, on SQLite and PostgreSQL.
@Suite struct InvestigationServiceTests {
    @Test(arguments: Backend.available)
    func N7_auditorsSeePseudonymsAndReadContentOnlyUnderAnApprovedInvestigation(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let aude = try await t.makeUser("aude", role: .auditor)
            let victor = try await t.makeUser("victor", role: .auditor)
            let claire = try await t.makeUser("claire", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let (value, item) = try await t.caseWithDraftItem(coordinator: claire, mediator: martin)
            let service = InvestigationService(env: t.env)

            // Metadata: every timeline entry, participants by pseudonym only.
            await #expect(throws: DomainError.notPermitted) { try await service.caseMetadata(value.id, by: claire) }
            let metadata = try await service.caseMetadata(value.id, by: aude)
            let sender = try #require(value.item(item)).sender
            #expect(metadata.reference == value.reference)
            #expect(metadata.participants.map(\.pseudonym) == value.participants.map { InvestigationService.pseudonym($0.id) })
            #expect(metadata.participants.allSatisfy { $0.pseudonym.wholeMatch(of: /P-[0-9A-F]{8}/) != nil })
            #expect(!metadata.participants.contains { value.participants.map(\.id.description).contains($0.pseudonym) })
            let timeline = try await CaseService(env: t.env).read(value.id, by: claire).events
            #expect(metadata.entries.count == timeline.count)
            #expect(metadata.entries.last?.participant == InvestigationService.pseudonym(sender))
            await #expect(throws: DomainError.caseNotFound) { try await service.caseMetadata(Identifier(UUID()), by: aude) }

            // An investigation: asked by one auditor, approved by another, read by the one who asked.
            await #expect(throws: DomainError.notPermitted) { try await service.open(value.id, grounds: "Grounds", by: claire) }
            let asked = try await service.open(value.id, grounds: "Complaint 2026-17 (fictional)", by: aude)
            await #expect(throws: DomainError.investigationAlreadyOpen) { try await service.open(value.id, grounds: "Again", by: aude) }
            await #expect(throws: DomainError.secondAuditorRequired) { try await service.readCase(asked.id, by: aude) }
            await #expect(throws: DomainError.secondAuditorRequired) { try await service.approve(asked.id, by: aude) }
            #expect(try await service.recent(by: victor).map(\.investigation.id) == [asked.id])
            _ = try await service.approve(asked.id, by: victor)
            await #expect(throws: DomainError.investigationNotFound) { try await service.readCase(asked.id, by: victor) }
            let (_, file) = try await service.readCase(asked.id, by: aude)
            #expect(file.value.item(item)?.versions.first == "A fictional letter.")

            // The item's files too, for the same auditor only.
            var upload = try await MediaService(env: t.env).beginUpload(to: value.id, item: item, by: martin)
            try await upload.append(Array("%PDF-1.7 fictional scan".utf8))
            let (_, scan) = try await upload.finish(expectedVersion: nil)
            let download = try await service.readFile(scan.id, under: asked.id, by: aude)
            #expect(try await download.chunk(0) == Array("%PDF-1.7 fictional scan".utf8))
            await #expect(throws: DomainError.investigationNotFound) { try await service.readFile(scan.id, under: asked.id, by: victor) }
            await #expect(throws: DomainError.mediaNotFound) { try await service.readFile(Identifier(UUID()), under: asked.id, by: aude) }

            // The reading shows in the case's access report, as an auditor's.
            let report = try await CaseService(env: t.env).accessReport(value.id, by: claire)
            #expect(report.entries.contains { $0.action == AuditAction.caseReadUnderInvestigation.rawValue && $0.actorRole == "auditor" })
            #expect(report.entries.contains { $0.action == AuditAction.caseMetadataRead.rawValue })

            // Its time runs out: nothing more is read.
            t.clock.advance(by: Investigation.accessPeriod)
            await #expect(throws: DomainError.investigationEnded) { try await service.readCase(asked.id, by: aude) }
            // And a new request may be made.
            _ = try await service.open(value.id, grounds: "Complaint 2026-17, second look (fictional)", by: aude)
        }
    }

    @Test(arguments: Backend.available)
    func N7_twoApproversAtOnceNeverBothSucceed(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let aude = try await t.makeUser("aude", role: .auditor)
            let victor = try await t.makeUser("victor", role: .auditor)
            let vera = try await t.makeUser("vera", role: .auditor)
            let claire = try await t.makeUser("claire", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let value = try await t.assignedCase(coordinator: claire, mediator: martin)
            let asked = try await InvestigationService(env: t.env).open(value.id, grounds: "Fictional grounds", by: aude)
            let now = t.env.now()
            let byVictor = try asked.approved(by: CaseActor(userID: victor.id, role: .auditor), at: now)
            let byVera = try asked.approved(by: CaseActor(userID: vera.id, role: .auditor), at: now)
            try await t.env.store.transaction { try await $0.investigations.save(byVictor, replacing: asked) }
            await #expect(throws: DomainError.staleWrite) {
                try await t.env.store.transaction { try await $0.investigations.save(byVera, replacing: asked) }
            }
            #expect(try await t.env.store.transaction { try await $0.investigations.find(asked.id) }?.approvedBy == victor.id)
        }
    }
}
