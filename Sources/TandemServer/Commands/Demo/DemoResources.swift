import Fluent
import Foundation
import TandemCore

/// The demo library: forty resources for PPGs, patient partners and staff (files in
/// several formats, and links), one from the partners' meeting, one draft, one withdrawn,
/// one overdue for review, with downloads and "Was this useful?" answers. At larger scales
/// a thousand more for each step (10,000 at scale 10), for measuring search.
struct DemoResources {
    let scale: Int
    let coordinator: UUID
    let filesDirectory: String
    let today: Date

    private typealias Entry = (
        title: String, kind: ResourceKind, topics: [String], audiences: [ResourceAudience], summary: String
    )

    private static let entries: [Entry] = [
        (
            "Starting a Patient Participation Group", .guide, ["PPG support", "Getting started"], [.ppgs],
            "Step by step: agreeing a purpose with the practice, finding members, and holding a first meeting."
        ),
        (
            "PPG terms of reference template", .template, ["PPG support", "Governance"], [.ppgs],
            "A template to adapt: purpose, membership, officers, meetings, decisions and how the group reviews itself."
        ),
        (
            "PPG meeting agenda template", .template, ["PPG support", "Meetings"], [.ppgs],
            "A one-page agenda with timings, and a minutes template with actions, owners and due dates."
        ),
        (
            "Reaching more people: a PPG toolkit", .toolkit, ["PPG support", "Reaching under-represented groups"], [.ppgs],
            "Ideas that worked for practices: virtual members, community venues, young people and carers."
        ),
        (
            "Running your PPG's annual general meeting", .guide, ["PPG support", "Governance", "Meetings"], [.ppgs],
            "What an AGM is for, electing a chair, reporting what the group achieved, and inviting new members."
        ),
        (
            "Easy read: what is a PPG?", .guide, ["PPG support", "Accessibility"], [.anyone],
            "An easy read leaflet explaining what a Patient Participation Group does and how to join one."
        ),
        (
            "Co-production: an introduction", .slides, ["Co-production", "Training"], [.anyone],
            "Slides from the introductory webinar: what co-production means, the ladder of involvement, and examples."
        ),
        (
            "The ladder of co-production explained", .guide, ["Co-production"], [.anyone],
            "From informing to co-producing: what each rung looks like in practice and how to move up."
        ),
        (
            "Planning involvement in an improvement project", .template, ["Co-production", "Quality improvement"], [.staff],
            "A planning template: who to involve, at which stage, how, and how you will tell people what changed."
        ),
        (
            "Paying patient partners for their time", .guide, ["Recognition and payment"], [.staff, .partners],
            "Rates, expenses, vouchers or payment, and how payment can affect benefits: what to check and who to ask."
        ),
        (
            "Expenses claim form for patient partners", .template, ["Recognition and payment"], [.partners],
            "A simple form for travel, care and other costs of taking part, with guidance on what can be claimed."
        ),
        (
            "Accessible meetings checklist", .toolkit, ["Accessibility", "Meetings"], [.anyone],
            "Venues, hearing loops, papers in advance, plain English, breaks and online meetings everyone can join."
        ),
        (
            "Writing in plain English", .guide, ["Accessibility", "Communication"], [.anyone],
            "Short sentences, everyday words and active verbs: a guide for papers, letters and surveys."
        ),
        (
            "Friends and Family Test: making the most of comments", .guide, ["Patient experience", "Data and evidence"],
            [.staff, .ppgs],
            "How to read FFT comments together, find themes and turn them into changes people can see."
        ),
        (
            "You said, we did poster template", .template, ["Patient experience", "Communication"], [.ppgs, .staff],
            "A poster for waiting rooms showing what patients said and what changed as a result."
        ),
        (
            "Case study: shorter waits for discharge medicines", .caseStudy, ["Quality improvement", "Patient experience"],
            [.anyone],
            "How patients, pharmacists and ward staff cut the wait for medicines to take home by two hours."
        ),
        (
            "Case study: a PPG that doubled its membership", .caseStudy, ["PPG support", "Reaching under-represented groups"],
            [.anyone],
            "A rural practice's group went online and into schools, and now reflects its patients far better."
        ),
        (
            "Patient partner role description", .template, ["Patient partners", "Recruitment"], [.staff],
            "A role description to adapt: what the role involves, time, support, payment and who to contact."
        ),
        (
            "Welcome pack for new patient partners", .guide, ["Patient partners", "Getting started"], [.partners],
            "Who is who, how projects work, support available, expenses and your rights as a partner."
        ),
        (
            "Recording: patient partners' quarterly meeting", .recording, ["Patient partners", "Meetings"], [.partners],
            "The recording of the quarterly meeting, with a summary of what projects heard and what comes next."
        ),
        (
            "Equality monitoring: why we ask", .guide, ["Equality and inclusion", "Data and evidence"], [.anyone],
            "Why Tandem asks optional equality questions, how answers are kept, and how they help reach everyone."
        ),
        (
            "Working with community groups", .guide, ["Reaching under-represented groups", "Equality and inclusion"], [.staff],
            "Building trust with community and faith groups, paying for their time, and sharing back what you learned."
        ),
        (
            "Survey design checklist", .toolkit, ["Data and evidence", "Communication"], [.staff, .partners],
            "Asking the right questions, plain words, accessible formats, and testing a survey with patients first."
        ),
        (
            "Focus group facilitator guide", .guide, ["Data and evidence", "Meetings"], [.staff, .partners],
            "Planning, consent, running the session, recording it and analysing what people said."
        ),
        (
            "Consent form for sharing stories", .template, ["Data and evidence", "Governance"], [.staff],
            "A consent form for patient stories: how the story will be used, who sees it, and withdrawing consent."
        ),
        (
            "Peer review panels: a guide for project leads", .guide, ["Peer review", "Quality improvement"], [.staff],
            "How to bring a project to a patient-led panel, what to prepare, and how to use the panel's advice."
        ),
        (
            "Check and challenge groups: terms of reference", .template, ["Governance", "Patient partners"], [.partners, .staff],
            "Terms of reference for a patient-led group that oversees how involvement is done."
        ),
        (
            "Health inequalities: a short introduction", .slides, ["Equality and inclusion", "Training"], [.anyone],
            "Slides on the causes of unfair differences in health and what involvement can do about them."
        ),
        (
            "Measuring improvement with run charts", .guide, ["Quality improvement", "Data and evidence"], [.staff, .partners],
            "Reading run and SPC charts: signals of real change against everyday variation."
        ),
        (
            "PPG annual report template", .template, ["PPG support", "Governance"], [.ppgs],
            "A template for the group's year: members, meetings, what changed and plans for next year."
        ),
        (
            "Carers' voices: involving unpaid carers", .guide, ["Carers", "Reaching under-represented groups"], [.anyone],
            "Timing, replacement care, short sessions and online options so carers can take part."
        ),
        (
            "Young people's involvement toolkit", .toolkit, ["Young people", "Reaching under-represented groups"],
            [.staff, .ppgs],
            "Working with schools, colleges and youth groups; safeguarding; social media and short surveys."
        ),
        (
            "NHS Long Term Plan: what it says about involvement", .link, ["Policy"], [.anyone],
            "The national plan's commitments on working with patients and communities."
        ),
        (
            "NHS England: patient and public voice partners policy", .link, ["Policy", "Recognition and payment"], [.staff],
            "NHS England's policy on involving and paying patient and public voice partners."
        ),
        (
            "National Association for Patient Participation", .link, ["PPG support"], [.ppgs],
            "The national charity for Patient Participation Groups: support, resources and membership."
        ),
        (
            "Healthwatch: find your local Healthwatch", .link, ["Patient experience"], [.anyone],
            "Your local Healthwatch listens to people's experiences of health and care and reports what it hears."
        ),
        (
            "Think Local Act Personal: ladder of co-production", .link, ["Co-production"], [.anyone],
            "The ladder of co-production as its authors describe it."
        ),
        (
            "Translation: what is a PPG? (Polski)", .guide, ["PPG support", "Accessibility"], [.anyone],
            "Polish translation of the leaflet explaining Patient Participation Groups."
        ),
        (
            "Online meetings: a guide for PPGs", .guide, ["PPG support", "Meetings", "Accessibility"], [.ppgs],
            "Choosing a platform, helping members join, and mixing online and in-person meetings."
        ),
        (
            "Giving feedback about your care", .guide, ["Patient experience", "Communication"], [.anyone],
            "Ways to tell services what went well and what did not, and what happens to what you say."
        ),
    ]

    func create(on db: any Database) async throws {
        try FileManager.default.createDirectory(atPath: filesDirectory, withIntermediateDirectories: true)
        let meeting = try await Event.query(on: db).filter(\.$status == .held).filter(\.$isDemo == true).first()
        var resources: [Resource] = []
        for (index, entry) in Self.entries.enumerated() {
            let resource = make(entry, slug: ResourceRules.slug(entry.title), daysAgo: Double(index * 9 + 3))
            if entry.kind == .link { resource.externalURL = "https://www.example.org/\(ResourceRules.slug(entry.title))" }
            if entry.title.hasPrefix("Recording: patient partners") { resource.$event.id = meeting?.id }
            resources.append(resource)
        }
        // One of each state a coordinator must notice: a draft, a withdrawn guide, an overdue review.
        resources[38].status = .draft
        resources[38].publishedAt = nil
        resources[21].status = .withdrawn
        resources[12].reviewOn = today.addingTimeInterval(-30 * 86_400)
        try await resources.create(on: db)
        for (index, resource) in resources.enumerated() where resource.kind != .link {
            try await file(for: resource, format: .standard, index: index, on: db)
            if index % 5 == 0 { try await file(for: resource, format: .largePrint, index: index, on: db) }
        }
        try await file(for: resources[5], format: .translation, language: "Polski", index: 5, on: db)
        try await usage(resources, on: db)
        if scale > 1 { try await many(count: 1_000 * scale, on: db) }
    }

    private func make(_ entry: Entry, slug: String, daysAgo: Double) -> Resource {
        let resource = Resource(
            slug: slug, title: entry.title, summary: entry.summary, kind: entry.kind, madeBy: "Patients Together",
            createdByID: coordinator, isDemo: true)
        resource.topics = entry.topics
        resource.audiences = entry.audiences
        resource.permission = "Made by us"
        resource.status = .published
        resource.publishedAt = today.addingTimeInterval(-daysAgo * 86_400)
        resource.reviewOn = resource.publishedAt?.addingTimeInterval(730 * 86_400)
        resource.refreshSearchText()
        return resource
    }

    private func file(
        for resource: Resource, format: ResourceFormat, language: String? = nil, index: Int, on db: any Database
    ) async throws {
        let type = ResourceFileType.of(fileName: "x.pdf")!
        let fileID = UUID()
        let storedName = "\(fileID.lowercasedString).pdf"
        let body = DemoPDF.make(
            title: resource.title + (format == .standard ? "" : " (\(format.label))"),
            lines: [resource.summary, "Made by Patients Together."])
        _ = FileManager.default.createFile(atPath: "\(filesDirectory)/\(storedName)", contents: body)
        let file = ResourceFile(
            resourceID: try resource.requireID(), format: format, language: language, fileName: "\(resource.slug).pdf",
            storedName: storedName, type: type, bytes: body.count)
        file.id = fileID
        try await file.create(on: db)
    }

    /// Downloads over the last months and "Was this useful?" answers, more for the older and the PPG resources.
    private func usage(_ resources: [Resource], on db: any Database) async throws {
        for (index, resource) in resources.enumerated() where resource.status == .published {
            let resourceID = try resource.requireID()
            for monthsAgo in 0..<3 {
                let downloads = (index * 7 + monthsAgo * 5) % 23 + (resource.audiences.contains(.ppgs) ? 10 : 0)
                guard downloads > 0, index % 6 != 4 else { continue }
                let month = ResourceRules.month(of: today.addingTimeInterval(-Double(monthsAgo) * 31 * 86_400))
                let row = ResourceDownloads()
                row.$resource.id = resourceID
                row.month = month
                row.downloads = downloads
                try await row.create(on: db)
            }
            for answer in 0..<(index % 4) {
                try await ResourceFeedback(
                    resourceID: resourceID, useful: answer != 2,
                    comment: answer == 0 ? "Clear and easy to adapt for our group." : nil
                ).create(on: db)
            }
        }
    }

    /// Many more resources, made from a few word lists, so that search is measured on a library of realistic size.
    private func many(count: Int, on db: any Database) async throws {
        let subjects = [
            "PPG meetings", "patient surveys", "carer involvement", "discharge planning", "appointment booking",
            "community outreach",
            "young people's voices", "accessible information", "mental health services", "maternity experience",
            "pharmacy waits", "patient transport", "online consultations", "health inequalities", "volunteer recruitment",
        ]
        let forms: [(String, ResourceKind)] = [
            ("A guide to", .guide), ("Template for", .template), ("Toolkit:", .toolkit), ("Slides on", .slides),
            ("Case study in", .caseStudy), ("Report on", .report),
        ]
        let places = ["Northvale", "Hillcrest", "Riverside", "Beacon", "Marsh End", "Kingsmoor", "Oakfield", "Westbridge"]
        let topics = ["PPG support", "Co-production", "Patient experience", "Accessibility", "Data and evidence", "Meetings"]
        var batch: [Resource] = []
        for number in 0..<count {
            let subject = subjects[number % subjects.count]
            let form = forms[(number / subjects.count) % forms.count]
            let place = places[(number / (subjects.count * forms.count)) % places.count]
            let title = "\(form.0) \(subject), \(place) \(number + 1)"
            let resource = make(
                (
                    title, form.1, [topics[number % topics.count], topics[(number / 7) % topics.count]].uniqued(),
                    [ResourceAudience.allCases[number % 4]],
                    "Shared by the \(place) network: practical material on \(subject) that groups and teams can adapt."
                ),
                slug: "\(ResourceRules.slug(title))-x\(number + 1)", daysAgo: Double(number % 900) + 400)
            resource.externalURL = "https://www.example.org/library/\(number + 1)"
            batch.append(resource)
            if batch.count == 500 {
                try await batch.create(on: db)
                batch = []
            }
        }
        if !batch.isEmpty { try await batch.create(on: db) }
    }
}

extension Array where Element: Hashable {
    fileprivate func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}

/// A small, valid PDF of a title and a few lines: the demo library's files open in any reader.
enum DemoPDF {
    static func make(title: String, lines: [String]) -> Data {
        func escape(_ text: String) -> String {
            String(text.unicodeScalars.map { $0.isASCII ? Character($0) : "-" })
                .replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                .replacingOccurrences(of: ")", with: "\\)")
        }
        var text = "BT /F1 20 Tf 56 780 Td (\(escape(title))) Tj /F1 12 Tf"
        for line in lines { text += " 0 -28 Td (\(escape(line))) Tj" }
        text += " ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(text.utf8.count) >>\nstream\n\(text)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { pdf += String(format: "%010d 00000 n \n", offset) }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(pdf.utf8)
    }
}
