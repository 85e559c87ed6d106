import Foundation

/// What kind of thing a resource in the library is.
public enum ResourceKind: String, CaseIterable, Codable, Sendable {
    case guide, template, toolkit, slides, recording
    case caseStudy = "case_study"
    case report, link

    public var label: String {
        switch self {
        case .guide: "Guide"
        case .template: "Template"
        case .toolkit: "Toolkit"
        case .slides: "Slides"
        case .recording: "Recording"
        case .caseStudy: "Case study"
        case .report: "Report"
        case .link: "Link"
        }
    }
}

/// Who a resource is written for. "Anyone" resources are shown under every audience filter.
public enum ResourceAudience: String, CaseIterable, Codable, Sendable {
    case ppgs, partners, staff, anyone

    public var label: String {
        switch self {
        case .ppgs: "Patient Participation Groups"
        case .partners: "Patient partners"
        case .staff: "Staff"
        case .anyone: "Anyone"
        }
    }
}

/// Where a resource is in its life: only published ones are public.
public enum ResourceStatus: String, CaseIterable, Codable, Sendable {
    case draft, published, withdrawn

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .published: "Published"
        case .withdrawn: "Withdrawn"
        }
    }
}

/// The licence a resource is shared under; the Open Government Licence unless the maker chose otherwise.
public enum ResourceLicence: String, CaseIterable, Codable, Sendable {
    case ogl3 = "ogl_3"
    case ccBy4 = "cc_by_4"
    case ccBySa4 = "cc_by_sa_4"
    case ccByNc4 = "cc_by_nc_4"
    case ccByNcNd4 = "cc_by_nc_nd_4"
    case permissionOnly = "permission_only"

    public static let standard = ResourceLicence.ogl3

    public var label: String {
        switch self {
        case .ogl3: "Open Government Licence v3.0"
        case .ccBy4: "Creative Commons Attribution 4.0"
        case .ccBySa4: "Creative Commons Attribution-ShareAlike 4.0"
        case .ccByNc4: "Creative Commons Attribution-NonCommercial 4.0"
        case .ccByNcNd4: "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0"
        case .permissionOnly: "Shared with the maker's permission: ask them before reusing it"
        }
    }

    /// The licence's own page, for the resource page to link to.
    public var address: String? {
        switch self {
        case .ogl3: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
        case .ccBy4: "https://creativecommons.org/licenses/by/4.0/"
        case .ccBySa4: "https://creativecommons.org/licenses/by-sa/4.0/"
        case .ccByNc4: "https://creativecommons.org/licenses/by-nc/4.0/"
        case .ccByNcNd4: "https://creativecommons.org/licenses/by-nc-nd/4.0/"
        case .permissionOnly: nil
        }
    }
}

/// Which version of a resource a file is: the main one, or an alternative format.
public enum ResourceFormat: String, CaseIterable, Codable, Sendable {
    case standard
    case easyRead = "easy_read"
    case largePrint = "large_print"
    case translation
    case audio

    public var label: String {
        switch self {
        case .standard: "Standard"
        case .easyRead: "Easy read"
        case .largePrint: "Large print"
        case .translation: "Translation"
        case .audio: "Audio version"
        }
    }
}
