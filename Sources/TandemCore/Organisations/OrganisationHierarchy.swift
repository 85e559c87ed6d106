import Foundation

/// Checks a proposed parent for an organisation: the kind rules, and no cycles.
public enum OrganisationHierarchy {
    public struct Node: Sendable {
        public let id: UUID
        public let kind: OrganisationKind
        public let parentID: UUID?
        public init(id: UUID, kind: OrganisationKind, parentID: UUID?) {
            self.id = id
            self.kind = kind
            self.parentID = parentID
        }
    }

    /// - Parameters:
    ///   - childID: the organisation being saved (nil when it is new).
    ///   - kind: its kind.
    ///   - parent: the proposed parent.
    ///   - parentOf: looks up any organisation's parent, to walk up the tree.
    public static func problem(
        childID: UUID?,
        kind: OrganisationKind,
        parent: Node,
        parentOf: (UUID) -> Node?
    ) -> FieldProblem? {
        guard kind.allowedParentKinds.contains(parent.kind) else {
            if kind.allowedParentKinds.isEmpty {
                return FieldProblem("An \(kind.shortLabel) cannot sit under another organisation")
            }
            let allowed = kind.allowedParentKinds.map(\.shortLabel).sorted().joined(separator: " or ")
            return FieldProblem("A \(kind.shortLabel) can only sit under a \(allowed)")
        }
        guard let childID else { return nil }
        var seen: Set<UUID> = []
        var current: Node? = parent
        while let node = current {
            if node.id == childID {
                return FieldProblem("An organisation cannot sit under itself or one of its own members")
            }
            guard seen.insert(node.id).inserted, let next = node.parentID else { break }
            current = parentOf(next)
        }
        return nil
    }
}
