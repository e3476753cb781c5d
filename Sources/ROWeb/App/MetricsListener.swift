import CoreMetrics
import Hummingbird
import Logging
import Prometheus

/// Issue 16, item 8: counts and latencies in Prometheus's text format, on a listener of their own that the public
/// address never reaches. Requests are counted per route pattern (`/cases/{id}`), never per address, so no case id
/// or other value of a request is written; the store adds its transaction and audit-append times.
public enum MetricsListener {
    /// Sends every metric of the process to one registry. Call once, before the store is opened: a metric made
    /// earlier would stay with the no-op backend.
    public static func bootstrap() -> PrometheusCollectorRegistry {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // Pages take milliseconds and audit appends tens of microseconds: finer buckets than the default's 5 ms floor.
        factory.defaultDurationHistogramBuckets = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]
            .map { Duration.microseconds(Int64($0 * 1_000_000)) }
        MetricsSystem.bootstrap(factory)
        return registry
    }

    /// The listener: `GET /metrics` and nothing else.
    public static func application(registry: PrometheusCollectorRegistry, host: String, port: Int, logger: Logger) -> some ApplicationProtocol {
        let router = Router()
        router.get("/metrics") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer()))
            )
        }
        return Application(router: router, configuration: .init(address: .hostname(host, port: port), serverName: nil), logger: logger)
    }
}
