import Mustache
import Synchronization

/// A view model as the renderer reads it fastest. swift-mustache finds each name a template asks for with a `Mirror`
/// of the value, made anew for every name and every row, and climbs to the enclosing values when the name is not
/// there: the case list with 400 rows spent 200 ms in it (issue 16, sampled with gdb under load). Here each value is
/// reflected once, into dictionaries the renderer reads directly; what a template finds is unchanged (stored
/// properties by name, a nil optional as absent), and the page snapshot tests hold every page to that.
enum RenderTree {
    /// How a value of one type is turned into what the renderer reads.
    private enum Shape {
        /// Given to the renderer as it is: text, numbers, ids (shown as their description), the catalogue's
        /// texts (a dictionary the renderer reads by key), values that render themselves.
        case asIs
        case optional
        case collection
        /// A struct or class: a dictionary of its stored properties.
        case record
    }

    /// Each type's shape, found once: finding it asks the runtime whether the type conforms to four protocols, which
    /// for every value of a page cost a tenth of a case page's time (issue 16, perf under load).
    private static let shapes = Mutex<[ObjectIdentifier: Shape]>([:])

    static func make(_ value: Any) -> Any? {
        // Most values are text, flags and numbers: a cast to a concrete type is cheaper than any lookup.
        if value is String || value is Bool || value is Int { return value }
        let type = ObjectIdentifier(Swift.type(of: value))
        let shape = Self.shapes.withLock { $0[type] } ?? Self.learnShape(of: value, type)
        switch shape {
        case .asIs:
            return value
        case .optional:
            return Mirror(reflecting: value).children.first.flatMap { Self.make($0.value) }
        case .collection:
            return Mirror(reflecting: value).children.compactMap { Self.make($0.value) }
        case .record:
            var fields: [String: Any] = [:]
            for child in Mirror(reflecting: value).children {
                if let label = child.label, let field = Self.make(child.value) { fields[label] = field }
            }
            return fields
        }
    }

    private static func learnShape(of value: Any, _ type: ObjectIdentifier) -> Shape {
        let shape: Shape
        let style = Mirror(reflecting: value).displayStyle
        if value is MustacheLambda || value is any MustacheCustomRepresentation || value is any MustacheCustomRenderable {
            shape = .asIs
        } else if style == .optional {
            shape = .optional
        } else if style == .collection || style == .set {
            shape = .collection
        } else if value is any CustomStringConvertible || (style != .struct && style != .class) {
            shape = .asIs
        } else {
            shape = .record
        }
        Self.shapes.withLock { $0[type] = shape }
        return shape
    }
}
