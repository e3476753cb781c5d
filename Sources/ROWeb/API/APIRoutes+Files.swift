import Foundation
import Hummingbird
import ROCore
import ROServices

/// Files of items through the API: the request body is the file itself, streamed; `?version=` is the
/// case version the upload was decided on, as for every step.
extension APIRoutes {
    @Sendable func uploadFile(_ request: Request, context: WebContext) async throws -> Response {
        let caseID = try context.caseID()
        let itemID = try MediaTransfer.itemID(context)
        guard let version = request.uri.queryParameters.get("version").flatMap({ Int($0) }) else { throw Self.missingVersion }
        let user = try context.requireUser()
        let env = self.env.serving(context)
        var upload = try await MediaService(env: env).beginUpload(to: caseID, item: itemID, by: user)
        do {
            for try await buffer in request.body { try await upload.append(buffer.readableBytesView) }
            let (updated, _) = try await upload.finish(expectedVersion: version)
            return try Self.json(CaseFileJSON(try await CaseService(env: env).read(updated.id, by: user)), status: .created)
        } catch {
            await upload.discard()
            throw error
        }
    }

    @Sendable func downloadFile(_ request: Request, context: WebContext) async throws -> Response {
        let caseID = try context.caseID()
        let download = try await MediaService(env: self.env.serving(context)).download(
            try MediaTransfer.fileID(context),
            of: caseID,
            by: try context.requireUser()
        )
        return MediaTransfer.response(download)
    }

    static let missingVersion = PublicError(status: .unprocessableContent, code: "invalid-field", messageKey: "error.invalid-field.version")
}
