import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices

/// Files of items on the case page: a `multipart/form-data` upload read as it arrives, and downloads.
extension CasePages {
    /// The first part must be the form's CSRF token, checked before any file byte is stored (the form
    /// is not read ahead by `CSRFMiddleware`, since that would hold the file in memory). A refusal or bad
    /// file shows the case page again with the reason; nothing of the file stays behind.
    @Sendable func uploadFile(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.requireUser()
        let caseID = try context.caseID()
        let itemID = try MediaTransfer.itemID(context)
        guard let session = context.session else { throw DomainError.csrfTokenInvalid }
        guard var parser = request.headers[.contentType].flatMap(MultipartParser.init(contentType:)) else { throw HTTPError(.unsupportedMediaType) }
        let media = MediaService(env: self.env.serving(context))
        var fields: [String: String] = [:]
        var upload: MediaUpload?
        do {
            var part: (name: String, isFile: Bool)?
            var value: [UInt8] = []
            for try await buffer in request.body {
                for event in try parser.feed(buffer.readableBytesView) {
                    switch event {
                    case .part(let name, let isFile):
                        guard name == "csrf" || fields["csrf"] != nil else { throw DomainError.csrfTokenInvalid }
                        if isFile {
                            guard name == "file", upload == nil else { throw HTTPError(.badRequest) }
                            upload = try await media.beginUpload(to: caseID, item: itemID, by: user)
                        }
                        part = (name, isFile)
                        value = []
                    case .content(let bytes):
                        if part?.isFile == true {
                            try await upload?.append(bytes)
                        } else {
                            value += bytes
                            guard value.count <= 1024 else { throw HTTPError(.contentTooLarge) }
                        }
                    case .partEnded:
                        guard let ended = part, !ended.isFile else { continue }
                        fields[ended.name] = String(decoding: value, as: UTF8.self)
                        if ended.name == "csrf", !Secrets.constantTimeEqual(fields["csrf"] ?? "", session.csrfToken) {
                            throw DomainError.csrfTokenInvalid
                        }
                    }
                }
            }
            guard parser.isComplete, let version = Int(fields["version"] ?? "") else { throw HTTPError(.badRequest) }
            guard var started = upload else { throw DomainError.mediaNotFound }
            _ = try await started.finish(expectedVersion: version)
            upload = nil
        } catch {
            await upload?.discard()
            let problem = PublicError(error)
            guard problem.status != .notFound || (error as? DomainError) == .mediaNotFound, (400..<500).contains(problem.status.code),
                problem.code != "csrf-token-invalid"
            else { throw error }
            let message = (error as? DomainError) == .mediaNotFound ? context.language.strings.chooseFileError : problem.message(in: context.language)
            let failure = StepFailure(step: nil, form: FormFields(values: fields), message: message, about: nil)
            return try await self.renderCase(context, id: caseID, area: .letters, notice: nil, failure: failure, status: problem.status)
        }
        return .redirect(to: "\(CaseArea.letters.path(of: caseID.description))?notice=done#item-\(itemID)", type: .normal)
    }

    @Sendable func downloadFile(_ request: Request, context: WebContext) async throws -> Response {
        let download = try await MediaService(env: self.env.serving(context)).download(
            try MediaTransfer.fileID(context),
            of: try context.caseID(),
            by: try context.requireUser()
        )
        return MediaTransfer.response(download)
    }
}
