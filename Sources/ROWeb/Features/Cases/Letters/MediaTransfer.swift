import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices

/// Moving item files through HTTP, chunk by chunk in both directions, for the pages and the API alike.
enum MediaTransfer {
    /// The file as a download: never shown inline (a document or video can carry active content), never
    /// cached, named by RO rather than by the sender (R39).
    static func response(_ download: MediaDownload) -> Response {
        let attachment = download.attachment
        let name = "ro-\(attachment.id.description.prefix(8).lowercased()).\(attachment.type.rawValue)"
        let headers: HTTPFields = [
            .contentType: attachment.type.mimeType,
            .contentLength: String(attachment.byteCount),
            .contentDisposition: "attachment; filename=\"\(name)\"",
            .cacheControl: "no-store",
        ]
        return Response(
            status: .ok,
            headers: headers,
            body: ResponseBody { writer in
                for sequence in 0..<download.chunkCount {
                    try await writer.write(ByteBuffer(bytes: try await download.chunk(sequence)))
                }
                try await writer.finish(nil)
            }
        )
    }

    static func fileID(_ context: WebContext) throws -> Identifier<MediaAttachment> {
        guard let id = context.parameters.get("file").flatMap(Identifier<MediaAttachment>.init(uuidString:)) else { throw DomainError.caseNotFound }
        return id
    }

    static func itemID(_ context: WebContext) throws -> Identifier<RelayedItem> {
        guard let id = context.parameters.get("item").flatMap(Identifier<RelayedItem>.init(uuidString:)) else { throw DomainError.itemNotFound }
        return id
    }
}
