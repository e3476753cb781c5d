import Hummingbird

// Issue 16: the baseline `make bench` measures RO against in the same run. One route answering a short text, on
// Hummingbird configured as `ro serve` configures it (HTTP/1.1, loopback), and nothing else: no middleware, no
// logging per request. The port is the first argument (default 8090).
let port = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 8090
let router = Router()
router.get("/") { _, _ in "hello" }
let app = Application(
    router: router,
    configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil)
)
try await app.runService()
