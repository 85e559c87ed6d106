import Foundation
import TandemCore
import Vapor

/// The filters of an events list, as they are in the address (`?kind=workshop&topic=...`).
struct EventFilter: Content, Sendable, Equatable {
    var when: String?
    var kind: String?
    var topic: String?
    var audience: String?
    var organisation: String?

    init(when: String? = nil, kind: String? = nil, topic: String? = nil, audience: String? = nil, organisation: String? = nil) {
        (self.when, self.kind, self.topic, self.audience, self.organisation) = (when, kind, topic, audience, organisation)
    }

    var past: Bool { when == "past" }
    var eventKind: EventKind? { kind.flatMap(EventKind.init(rawValue:)) }
    var eventAudience: EventAudience? { audience.flatMap(EventAudience.init(rawValue:)) }
    var organisationID: UUID? { organisation.flatMap(UUID.init(uuidString:)) }
    var topicChosen: String? { topic.nonBlank }
    var isFiltered: Bool { eventKind != nil || eventAudience != nil || organisationID != nil || topicChosen != nil }

    func query(page: Int? = nil) -> [(String, String?)] {
        [
            ("when", when), ("kind", kind), ("topic", topic), ("audience", audience), ("organisation", organisation),
            ("page", page.map(String.init)),
        ]
    }
}
