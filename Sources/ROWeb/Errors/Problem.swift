import Foundation
import HTTPTypes
import Hummingbird
import ROCore
import ROServices

/// An RFC 9457 problem document.
struct Problem: Encodable {
    let type: String
    let title: String
    let status: Int
    let code: String
    let requestID: String

    init(_ failure: PublicError, language: Language, requestID: String) {
        self.type = "urn:ro:problem:\(failure.code)"
        self.title = failure.message(in: language)
        self.status = Int(failure.status.code)
        self.code = failure.code
        self.requestID = requestID
    }

    func response() -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = (try? encoder.encode(self)) ?? Data()
        return Response(
            status: HTTPResponse.Status(code: self.status),
            headers: [.contentType: "application/problem+json"],
            body: .init(byteBuffer: ByteBuffer(bytes: body))
        )
    }
}
