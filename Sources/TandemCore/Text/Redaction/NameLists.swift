/// First names common in the UK, across its communities. A capitalised word
/// on this list is taken as a name. Names that are also everyday words
/// ("May", "Will", "Grace") are in `ambiguousFirstNames` and count only with
/// more evidence, such as a surname after them.
enum NameLists {
    static let firstNames: Set<String> = [
        "aaron", "abdul", "abigail", "adam", "adrian", "ahmed", "aisha", "alan", "albert", "alex", "alexander", "alexandra",
        "ali", "alice", "alison", "amanda", "amara", "amelia", "amir", "amy", "andrea", "andrew", "andy", "angela", "anil",
        "ann", "anna", "anne", "annie", "anthony", "anwar", "arjun", "arthur", "ashley", "asif", "audrey", "ayesha",
        "barbara", "barry", "beatrice", "ben", "benjamin", "beth", "bethany", "betty", "beverley", "brenda", "brian",
        "bridget", "callum", "carl", "carol", "caroline", "catherine", "charlie", "charlotte", "chloe", "chris",
        "christine", "christopher", "claire", "colin", "connor", "craig", "daniel", "danielle", "danny", "darren", "dave",
        "david", "dean", "deborah", "debbie", "denise", "dennis", "derek", "diane", "dominic", "donna", "doris", "dorothy",
        "douglas", "edward", "eileen", "elaine", "eleanor", "elizabeth", "ella", "ellie", "emily", "emma", "eric", "ethan",
        "eve", "fatima", "fiona", "florence", "francesca", "gail", "gareth", "gary", "gemma", "geoff", "geoffrey", "george",
        "georgia", "gillian", "gordon", "graham", "gurpreet", "hannah", "harjit", "harry", "harvey", "hassan", "heather",
        "helen", "henry", "hussain", "ian", "imran", "irene", "isabel", "isabella", "isla", "jackie", "jacob", "jacqueline",
        "james", "jamie", "jane", "janet", "janice", "jason", "jasmine", "jean", "jeff", "jennifer", "jenny", "jessica",
        "jill", "jim", "joan", "joanne", "joe", "john", "jonathan", "joseph", "josh", "joshua", "joyce", "judith", "julia",
        "julie", "karen", "kate", "katherine", "kathleen", "katie", "kay", "keith", "kelly", "kenneth", "kevin", "khalid",
        "kieran", "kim", "kirsty", "krishna", "kwame", "laura", "lauren", "leanne", "lee", "leon", "leslie", "liam", "linda",
        "lisa", "liz", "lorraine", "louise", "lucy", "luke", "lynn", "malcolm", "mandy", "margaret", "maria", "marie",
        "marion", "martin", "mary", "matthew", "maureen", "megan", "melanie", "michael", "michelle", "mike", "mohammed",
        "mohammad", "muhammad", "nadia", "natalie", "nathan", "neil", "nicola", "nicole", "nigel", "nikki", "noah",
        "norman", "oliver", "olivia", "omar", "oscar", "owen", "pamela", "paul", "paula", "pauline", "peter", "philip",
        "phillip", "priya", "rachel", "rajesh", "raj", "ravi", "rebecca", "richard", "rob", "robert", "roger", "ronald",
        "ross", "ruth", "ryan", "sadia", "sally", "sam", "samantha", "samuel", "sandra", "sara", "sarah", "scott", "sean",
        "shabana", "sharon", "shaun", "sheila", "shirley", "simon", "sophie", "stacey", "stephanie", "stephen", "steve",
        "steven", "stuart", "susan", "suzanne", "tanya", "teresa", "thomas", "tina", "tom", "tony", "tracey", "tracy",
        "valerie", "vanessa", "vicky", "victoria", "vikram", "vincent", "wayne", "wendy", "william", "yasmin", "yusuf",
        "zainab", "zara", "zoe", "agnieszka", "katarzyna", "piotr", "tomasz", "oluwaseun", "chidi", "ngozi", "adebayo",
        "kofi", "abena", "siobhan", "ciaran", "niamh", "aoife", "rhys", "sian", "dylan", "bronwen", "gwen", "hamish",
        "morag", "ewan", "kirsten", "ayaan", "zaid", "sana", "aliyah", "deepak", "sunita", "manpreet", "jaspreet",
    ]

    /// First names that are also ordinary words, months or hopes.
    static let ambiguousFirstNames: Set<String> = [
        "may", "will", "grace", "hope", "faith", "joy", "mark", "rose", "dawn", "june", "april", "summer", "amber", "ruby",
        "holly", "ivy", "lily", "daisy", "pat", "sue", "bill", "frank", "bob", "jack", "art", "sky", "patience", "hazel",
        "rich", "penny", "sunny", "angel", "crystal", "destiny", "heaven",
    ]

    /// Capitalised words that are never names in these comments: services,
    /// days, months, roles and common sentence starts.
    static let neverNames: Set<String> = [
        "nhs", "gp", "gps", "a&e", "ae", "ambulance", "hospital", "reception", "receptionist", "doctor", "doctors", "nurse",
        "nurses", "paramedic", "paramedics", "consultant", "surgery", "practice", "ward", "unit", "clinic", "centre",
        "center", "team", "service", "services", "staff", "patient", "patients", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "august", "september", "october",
        "november", "december", "the", "i", "it", "he", "she", "they", "we", "you", "my", "our", "his", "her", "their",
        "this", "that", "there", "when", "what", "who", "why", "how", "very", "all", "everyone", "everything", "nothing",
        "thank", "thanks", "covid", "christmas", "easter", "pts", "mental", "health", "community", "trust", "foundation",
        "practitioner", "specialist", "manager", "assistant", "associate", "lead", "on", "in", "at", "and", "or", "but",
        "physio", "physiotherapist", "pharmacist", "pharmacy", "midwife", "midwives", "sister", "matron", "mr", "mrs",
        "ms", "miss", "dr", "prof", "professor", "crew", "driver", "drivers", "north", "south", "east", "west", "royal",
        "general", "district", "county", "city", "new", "old", "st", "saint", "great", "good", "excellent", "lovely",
        "great", "also", "again", "after", "before", "then", "so", "as", "if", "no", "yes", "not", "could", "would",
        "should", "please", "hello", "dear", "kind", "regards", "best", "many", "much", "more", "most", "some", "first",
        "second", "last", "next", "one", "two", "three", "ok", "okay", "just", "only", "even", "well", "overall",
    ]

    /// Words that, straight after "Dr Foster", show a place named after a person rather than the person.
    static let placeWords: Set<String> = [
        "ward", "wards", "unit", "clinic", "centre", "center", "suite", "wing", "house", "building", "hospital",
        "practice", "surgery", "department", "team", "room", "lounge", "block", "lodge", "court", "hall", "road",
        "street", "lane", "avenue",
    ]

    /// Words after which a capitalised word is someone's name: relations ("my husband Clive"),
    /// roles ("paramedics Gary and Shona") and thanks ("thanks to Kemi").
    static let nameIntroducers: Set<String> = [
        "mum", "mother", "dad", "father", "husband", "wife", "partner", "son", "daughter", "carer", "brother", "sister",
        "friend", "grandson", "granddaughter", "nan", "nana", "gran", "grandma", "grandad", "grandpa", "aunt", "auntie",
        "uncle", "neighbour", "niece", "nephew", "cousin", "fiance", "fiancee", "boyfriend", "girlfriend", "baby", "child",
        "paramedic", "paramedics", "driver", "drivers", "receptionist", "receptionists", "nurses", "midwife", "midwives",
        "physio", "physiotherapist", "therapist", "pharmacist", "porter", "volunteer", "crew", "colleague", "colleagues",
        "thanks", "thank", "to",
    ]

    static let titles: Set<String> = [
        "dr", "doctor", "nurse", "sister", "matron", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sr",
    ]
}
