import TandemCore
import Testing

@Suite("Naming only with consent")
struct NamingConsentTests {
    let maggie = NamingConsent.Unnamed(name: "Maggie Ellison", preferredName: nil, description: "a patient partner")

    @Test func aPartnerWithoutConsentIsDescribedNotNamed() {
        let rule = NamingConsent([maggie])
        #expect(rule.apply("Maggie and the ward manager") == "A patient partner and the ward manager")
        #expect(rule.apply("Two partners (Maggie Ellison, Sam) and staff") == "Two partners (a patient partner, Sam) and staff")
        #expect(rule.apply("Led by Maggie's group") == "Led by a patient partner's group")
    }

    @Test func onlyWholeNamesAreReplaced() {
        let rule = NamingConsent([NamingConsent.Unnamed(name: "May Lee", preferredName: "Ann", description: "a carer partner")])
        #expect(rule.apply("Annual review, with Ann and May Lee") == "Annual review, with a carer partner and a carer partner")
        #expect(rule.apply("Anne and Annabel may come; we may ask") == "Anne and Annabel may come; we may ask")
    }

    @Test func noOneToProtectLeavesTextAlone() {
        let rule = NamingConsent([])
        #expect(rule.isEmpty)
        #expect(rule.apply("Maggie and Sam") == "Maggie and Sam")
    }
}
