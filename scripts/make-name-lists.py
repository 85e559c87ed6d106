#!/usr/bin/env python3
"""Writes Sources/TandemCore/Text/Redaction/NameLists+Census.swift: given names
and surnames common in the UK's communities, for finding names that come
without a title or a cue ("Bernadette Quigley of ...", "my neighbour bernadette").

Sources, both openly licensed:
- the 1990 US Census name lists (public domain), as packaged in the PyPI sdist
  `names` 0.3.0: given names, and the 40,000 commonest surnames, which take in
  most British, Irish, South Asian, Polish and West African surnames;
- the person-name lists of Faker (MIT licence, https://github.com/joke2k/faker),
locales en_GB, en_IE, ga_IE, en_IN, en_PK, en_NG, yo_NG, ig_NG, tw_GH, en_KE, pl_PL,
ro_RO, pt_PT, es_ES, it_IT, tr_TR, ar_AA, bn_BD (romanised where the locale has a
Latin spelling). Names that are also everyday English words ("Will", "Rose",
"Brown") are split out using Debian's `wbritish` word list (lower-case entries
only), so they count as names only with more evidence.

    python3 -m pip download faker --no-deps -d /tmp/faker
    python3 -m pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    apt-get install wbritish
    python3 scripts/make-name-lists.py /tmp/faker/faker-*.whl /tmp/names/names-0.3.0/names
"""
import importlib, sys, unicodedata, zipfile, tempfile, os

wheel = sys.argv[1]
work = tempfile.mkdtemp()
zipfile.ZipFile(wheel).extractall(work)
sys.path.insert(0, work)

LOCALES = ["en_GB", "en_IE", "ga_IE", "en_IN", "en_PK", "en_NG", "yo_NG", "ig_NG", "tw_GH", "en_KE", "pl_PL", "ro_RO",
           "pt_PT", "es_ES", "it_IT", "tr_TR", "ar_AA", "bn_BD", "en_US"]
common = {w.strip() for w in open("/usr/share/dict/british-english", encoding="utf-8") if w.strip().islower()}
# Words that read as something else in health and care feedback, whatever the lists say.
never = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri",
         "sat", "sun", "gp", "nhs", "ae", "er", "icu", "ward", "bay", "unit", "clinic", "christian", "english", "irish", "welsh",
         "scottish", "british", "african", "indian", "london", "paris", "jordan", "israel", "chelsea", "kent", "devon",
         "lincoln", "chester", "derby", "preston", "bradford", "luton", "leeds", "york", "kingston", "hamilton", "stirling",
         "glasgow", "victoria", "elizabeth", "george", "albert", "mary", "james", "thomas", "john", "luke", "paul", "peter",
         "andrew", "david", "mark", "matthew", "stephen", "patrick", "margaret", "anne", "catherine", "helen", "hope", "lourdes",
         "nightingale", "florence", "royal", "queen", "king", "prince", "princess", "saint", "st", "holy", "trinity", "mercy",
         "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
         "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "easter",
         "africa", "america", "asia", "europe", "india", "pakistan", "china", "poland", "ireland", "scotland", "wales",
         "england", "britain", "nigeria", "ghana", "kenya", "jamaica", "washington", "durham", "mansfield", "northampton",
         "nana", "nan", "nanna", "mum", "mam", "dad", "papa", "mama", "gran", "granny", "grandad", "sis", "bro", "hon", "doc",
         "covid", "corona", "macmillan", "marie", "curie", "barnardo", "samaritans", "boots", "tesco", "asda", "lloyds"}
# Saints and royals name hospitals and wards ("St George's", "Queen Elizabeth", "Victoria Ward"): they stay on the
# hand-made list in NameLists.swift, which needs more evidence for them.

def ascii_fold(name):
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c))

def clean(names):
    out = set()
    for name in names:
        for part in str(name).replace("-", " ").split():
            word = part.strip(".'").lower()
            if len(word) < 3 or not word.isalpha():
                continue
            out.add(word)
            out.add(ascii_fold(word))  # people type "Siobhan" for "Siobhán"
    return {w for w in out if w.isalpha() and all(ord(c) < 0x250 for c in w)}

first, last = set(), set()
for locale in LOCALES:
    try:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except Exception:
        continue
    for attribute in ["first_names", "first_names_male", "first_names_female", "first_names_nonbinary"]:
        value = getattr(provider, attribute, ())
        first |= clean(value.keys() if isinstance(value, dict) else value)
    value = getattr(provider, "last_names", ())
    last |= clean(value.keys() if isinstance(value, dict) else value)

census = sys.argv[2]
def census_names(file, limit):
    rows = [line.split()[0] for line in open(os.path.join(census, file)) if line.strip()]
    return clean(rows[:limit])
first |= census_names("dist.female.first", 5000) | census_names("dist.male.first", 5000)
last |= census_names("dist.all.last", 40000)
# Polish surnames change with the person: Kowalski, Kowalska; Zielinski, Zielinska.
for name in list(last):
    for masculine, feminine in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if name.endswith(masculine):
            last.add(name[: -len(masculine)] + feminine)

first -= never
last -= never
first_plain, first_common = sorted(first - common), sorted(first & common)
last_plain, last_common = sorted(last - common - first), sorted((last & common) - first)

def swift_set(name, words, doc):
    # One string split at start-up: a Swift set literal of thousands of strings takes minutes to compile.
    lines, line = [], ""
    for word in words:
        if len(line) + len(word) + 1 > 120:
            lines.append(line.rstrip())
            line = ""
        line += word + " "
    lines.append(line.rstrip())
    body = "\n".join(lines)
    return (f"    /// {doc}\n    static let {name} = Set(\"\"\"\n{body}\n\"\"\".split(whereSeparator: {{ $0 == \" \" || $0 == \"\\n\" }}).map(String.init))\n")

with open("Sources/TandemCore/Text/Redaction/NameLists+Census.swift", "w", encoding="utf-8") as out:
    out.write("// swift-format-ignore-file\n// Written by scripts/make-name-lists.py from Faker's person-name lists (MIT licence); do not edit by hand.\n\n")
    out.write("extension NameLists {\n")
    out.write(swift_set("listedGivenNames", first_plain,
                        f"Given names ({len(first_plain)}) that are not everyday English words: a capitalised one is a name."))
    out.write(swift_set("listedGivenNamesThatAreWords", first_common,
                        f"Given names ({len(first_common)}) that are also everyday words (\"Will\", \"Rose\"): names only with a surname."))
    out.write(swift_set("listedSurnames", last_plain,
                        f"Surnames ({len(last_plain)}) that are not everyday words or given names: after a capitalised word, a name."))
    out.write("}\n")
print(len(first_plain), len(first_common), len(last_plain), len(last_common))
