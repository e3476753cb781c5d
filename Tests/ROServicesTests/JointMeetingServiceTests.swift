import Foundation
import ROCore
import ROServices
import ROStore
import ROTestSupport
import Testing

/// §4.9 through the service, on SQLite and PostgreSQL: a joint meeting must pass the gates of every
/// linked case; each case keeps its own meeting, attendees and gates.
@Suite struct JointMeetingServiceTests {
    @Test(arguments: Backend.available)
    func jointMeetingPassesTheGatesOfEveryLinkedCase(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            let maria = try await t.makeUser("maria", role: .mediator)
            let cases = CaseService(env: t.env)
            let (first, firstMeeting) = try await t.bookedVideoMeeting(coordinator: claire, mediator: martin)
            let (second, secondMeeting) = try await t.bookedVideoMeeting(coordinator: claire, mediator: maria)
            let joint = CaseCommand.joinMeeting(firstMeeting, with: JointMeeting(reference: second.reference, meeting: secondMeeting))

            await #expect(throws: DomainError.linkedCaseNotFound) { try await cases.execute(first.id, joint, expectedVersion: nil, by: claire) }
            _ = try await cases.execute(
                first.id,
                .linkCase(CaseLink(reference: second.reference, relation: .sameOffender)),
                expectedVersion: nil,
                by: claire
            )
            await #expect(throws: DomainError.roleNotAllowed(.mediator)) {
                try await cases.execute(first.id, joint, expectedVersion: nil, by: martin)
            }
            _ = try await cases.execute(first.id, joint, expectedVersion: nil, by: claire)
            #expect(
                try await cases.read(first.id, by: claire).value.jointMeetings[firstMeeting] == [
                    JointMeeting(reference: second.reference, meeting: secondMeeting)
                ]
            )
            #expect(
                try await cases.read(second.id, by: claire).value.jointMeetings[secondMeeting] == [
                    JointMeeting(reference: first.reference, meeting: firstMeeting)
                ]
            )
            await #expect(throws: DomainError.jointMeetingInvalid) { try await cases.execute(first.id, joint, expectedVersion: nil, by: claire) }

            // A safety concern in the second case stops the first case's meeting: it is the same meeting.
            let concern = Identifier<Escalation>(t.env.newID())
            _ = try await cases.execute(second.id, .raiseEscalation(id: concern, category: "safety"), expectedVersion: nil, by: maria)
            await #expect(throws: DomainError.jointMeetingBlocked(reference: second.reference)) {
                try await cases.execute(first.id, .confirmMeeting(firstMeeting), expectedVersion: nil, by: claire)
            }
            _ = try await cases.execute(second.id, .resolveEscalation(concern), expectedVersion: nil, by: claire)
            await #expect(throws: DomainError.jointMeetingBlocked(reference: second.reference), "R22: the concern calls for new assessments there") {
                try await cases.execute(first.id, .confirmMeeting(firstMeeting), expectedVersion: nil, by: claire)
            }
            for person in second.participants {
                _ = try await cases.execute(
                    second.id,
                    .recordAssessment(participant: person.id, safetyConcern: nil, privacyConcerns: false, ready: true),
                    expectedVersion: nil,
                    by: maria
                )
            }
            _ = try await cases.execute(first.id, .confirmMeeting(firstMeeting), expectedVersion: nil, by: claire)
            _ = try await cases.execute(second.id, .confirmMeeting(secondMeeting), expectedVersion: nil, by: claire)

            // Holding it: the first case's mediator cannot read the second case, and is not told which it is (N1).
            _ = try await cases.execute(
                second.id,
                .raiseEscalation(id: Identifier(t.env.newID()), category: "safety"),
                expectedVersion: nil,
                by: maria
            )
            let attended = first.participants.map(\.id)
            await #expect(throws: DomainError.jointMeetingBlocked(reference: nil)) {
                try await cases.execute(first.id, .recordMeetingHeld(firstMeeting, attended: attended, note: ""), expectedVersion: nil, by: martin)
            }
            #expect(try await cases.read(first.id, by: claire).value.meeting(firstMeeting)?.state == .confirmed, "nothing half-written")

            // The second case's victim withdraws (§4.8): its meeting is cancelled and no longer holds this one back.
            _ = try await cases.execute(
                second.id,
                .recordConsent(participant: second.participants[0].id, purpose: .takePart, decision: .withdrawn, expiresAt: nil, noticeVersion: nil),
                expectedVersion: nil,
                by: maria
            )
            #expect(try await cases.read(second.id, by: claire).value.meeting(secondMeeting)?.state == .cancelled)
            _ = try await cases.execute(first.id, .recordMeetingHeld(firstMeeting, attended: attended, note: ""), expectedVersion: nil, by: martin)
        }
    }

    @Test(arguments: Backend.available)
    func onlyMeetingsOfTheSameFormAndSiteAreJoined(_ backend: Backend) async throws {
        try await withTestEnvironment(backend) { t in
            let claire = try await t.makeUser("claire", role: .coordinator)
            let martin = try await t.makeUser("martin", role: .mediator)
            try await t.makeSite("FVI")
            let cases = CaseService(env: t.env)
            let (byVideo, videoMeeting) = try await t.bookedVideoMeeting(coordinator: claire, mediator: martin)
            let (inPerson, inPersonMeeting) = try await t.caseWithEntryRequest(site: "FVI", coordinator: claire, mediator: martin)
            _ = try await cases.execute(
                byVideo.id,
                .linkCase(CaseLink(reference: inPerson.reference, relation: .sameOffender)),
                expectedVersion: nil,
                by: claire
            )
            await #expect(throws: DomainError.jointMeetingInvalid) {
                try await cases.execute(
                    byVideo.id,
                    .joinMeeting(videoMeeting, with: JointMeeting(reference: inPerson.reference, meeting: inPersonMeeting)),
                    expectedVersion: nil,
                    by: claire
                )
            }
            #expect(try await cases.read(inPerson.id, by: claire).value.jointMeetings.isEmpty, "nothing written on either case")
        }
    }
}
