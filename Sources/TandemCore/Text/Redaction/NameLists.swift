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
        // Common in the UK's South Asian communities.
        "priya", "priyanka", "pooja", "neha", "anjali", "kavita", "rekha", "meena", "asha", "lakshmi", "nisha", "shreya", "divya",
        "sunil", "rajesh", "ramesh", "suresh", "mahesh", "sanjay", "vijay", "ajay", "rahul", "rohan", "arun", "ravi", "raj",
        "amit", "ashok", "vinod", "dinesh", "harpreet", "gurdeep", "kuldeep", "sukhwinder", "balwinder", "jaswinder", "rajinder",
        "parminder", "harjit", "simran", "navdeep", "mandeep", "amrit", "ranjit", "baljit", "imran", "tariq", "bilal", "hamza",
        "usman", "faisal", "kamran", "shahid", "nadeem", "naveed", "waqas", "zubair", "farah", "nadia", "samina", "shazia",
        "rubina", "nasreen", "parveen", "shabana", "saima", "hina", "bushra", "rukhsana", "mohammed", "muhammad", "mohammad",
        "ahmad", "hassan", "hussain", "ibrahim", "ismail", "rashid", "shamim", "rahima", "nazia", "tahmina", "sultana",
        "mehreen", "aaliyah", "anaya", "aarav", "vihaan", "reyansh", "ishaan", "krish", "arya", "kiran", "nikhil",
        // Polish, Lithuanian and Romanian.
        "wiktoria", "zuzanna", "magdalena", "malgorzata", "joanna", "monika", "beata", "ewa", "dorota", "aleksandra", "natalia",
        "krzysztof", "marek", "pawel", "wojciech", "jakub", "mateusz", "lukasz", "kamil", "michal", "grzegorz", "andrzej",
        "dariusz", "tadeusz", "jolanta", "renata", "agata", "marta", "ioana", "andreea", "mihai", "ionut", "florin",
        "bogdan", "vasile", "gheorghe", "elena", "simona", "tomas", "jonas", "ruta", "egle", "laima",
        // Black African and Caribbean.
        "oluwatobi", "oluwadamilare", "temitope", "tolulope", "olumide", "babajide", "adewale", "ayodele", "folake", "funmilayo",
        "yetunde", "bukola", "chiamaka", "chinedu", "chukwuemeka", "emeka", "ifeoma", "nkechi", "obinna", "uchenna", "chioma",
        "kwame", "kwabena", "kwaku", "yaw", "akosua", "adwoa", "ama", "efua", "esi", "abimbola", "femi", "segun", "tunde",
        "kemi", "bola", "sade", "funke", "amina", "fatuma", "wanjiru", "otieno", "tendai", "tatenda", "rudo", "nyasha",
        "delroy", "winston", "leroy", "marcia", "beverley", "paulette", "jermaine", "tyrone", "shaniqua", "keisha",
        // Somali, Arabic, Turkish, Kurdish, Chinese and others.
        "abdirahman", "abdullahi", "hodan", "hibo", "ayan", "fartun", "khadra", "mahamed", "omar", "yasin", "layla", "mariam",
        "noor", "huda", "rania", "samira", "youssef", "khalid", "mustafa", "mehmet", "emine", "ayse", "fatma", "hasan",
        "huseyin", "zeynep", "rebin", "shilan", "wei", "ming", "xiaoming", "jing", "mei", "li", "chen", "hui", "yan",
        // Recent British and Irish names.
        "jayden", "kayden", "brandon", "tyler", "kieran", "liam", "conor", "darragh", "cian", "oisin", "saoirse", "aisling",
        "ciara", "roisin", "sinead", "orla", "eimear", "grainne", "padraig", "seamus", "fionnuala", "mairead", "eamon",
        "declan", "dermot", "fergus", "lachlan", "alasdair", "catriona", "eilidh", "isla", "freya", "poppy", "evie", "harper",
        "mason", "logan", "riley", "oakley", "kai", "leo", "archie", "alfie", "freddie", "theo", "reggie", "ronnie", "shauna",
        "shirley", "desmond", "rosalind", "graeme", "caoimhe", "beatriz", "agnieszka",
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
        "street", "lane", "avenue", "infirmary", "line", "station", "park", "school", "college", "university", "library",
        "church", "gardens", "close", "drive", "way", "crescent", "terrace", "square", "place", "programme", "service",
        "services", "hospice", "trust", "foundation", "group", "centres", "health", "medical", "care",
    ]

    /// A given name on either list: the hand-made one above or the census lists.
    static func isGivenName(_ lower: String) -> Bool { firstNames.contains(lower) || listedGivenNames.contains(lower) }

    /// A given name that is also an everyday word ("Will", "Rose"): a name only with more evidence.
    static func isAmbiguousGivenName(_ lower: String) -> Bool {
        ambiguousFirstNames.contains(lower) || listedGivenNamesThatAreWords.contains(lower)
    }

    /// Words that are everyday words as well as names, or never names here.
    static func isEverydayWord(_ lower: String) -> Bool { isAmbiguousGivenName(lower) || neverNames.contains(lower) }

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
