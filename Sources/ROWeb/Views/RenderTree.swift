import Mustache

/// A view model as the renderer reads it fastest. swift-mustache finds each name a template asks for with a `Mirror`
/// of the value, made anew for every name and every row, and climbs to the enclosing values when the name is not
/// there: the case list with 400 rows spent 200 ms in it (issue 16, sampled with gdb under load). Here each value is
/// reflected once, into dictionaries the renderer reads directly; what a template finds is unchanged (stored
/// properties by name, a nil optional as absent), and the page snapshot tests hold every page to that.
enum RenderTree {
    static func make(_ value: Any) -> Any? {
        // Most values are text, flags and numbers: a cast to a concrete type is far cheaper than to a protocol.
        if value is String || value is Bool || value is Int { return value }
        if value is MustacheLambda || value is any MustacheCustomRepresentation || value is any MustacheCustomRenderable { return value }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { Self.make($0.value) }
        case .collection, .set:
            return mirror.children.compactMap { Self.make($0.value) }
        case .dictionary:
            return value  // the catalogue's texts ([String: String]): the renderer reads a dictionary by key already
        default:
            break
        }
        // Text, numbers, flags and ids are shown as their description; other structs and classes become dictionaries.
        guard !(value is any CustomStringConvertible), mirror.displayStyle == .struct || mirror.displayStyle == .class else { return value }
        var fields: [String: Any] = [:]
        for child in mirror.children {
            if let label = child.label, let field = Self.make(child.value) { fields[label] = field }
        }
        return fields
    }
}
