"""A tenth SYNTHETIC transcript set for benchmarks/deid.py: the eighth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented
for this file (real cities, towns, neighbourhoods, counties and landmarks are used as places
only, never with a person; every clinic, prison, school, church and workplace name is made
up).  Written on 2026-12-06 by an engineer who had NOT seen the de-identifier's rules, its
docs page, its tests or the contents of the earlier sets (only benchmarks/deid.py, for how a
set is plugged in and scored, and of deid_heldout.py .. deid_heldout7.py their docstrings,
plus the ``value`` signature and the ``TEMPLATES`` shape of deid_heldout7.py, for the
format), in one go, before any run; no rule and no line of this file was changed after its
first run.  It measures how the rules do on talk they were not written for.

Style: talk and text from settings the earlier docstrings do not name as theirs -- a
ketamine-assisted therapy clinic (IV and esketamine sessions, dissociation ratings), an
MDMA-assisted therapy trial (preparation, dosing-day sitters, integration and the follow-up
phone calls), probation and forensic work (pre-sentence and court reports, the PO), prison
in-reach, rural telehealth intake with bad connections, a college counselling centre,
occupational-health and return-to-work interviews, a sexual-health clinic (PrEP, partner
notification), gender-affirming care (chosen and legal names, letters for surgery), a pain
clinic, psycho-oncology consults, dictated discharge summaries and referral letters,
group text threads, emails between clinician and client (headers, signatures, quoted
replies), and auto-captions with no punctuation and no capitals.
Identifier forms, chosen to differ from the earlier sets' lists where possible: names
inverted as on forms (``Brennan, Aoife``), an initial and a surname (``T. Okonkwo``), a
nickname in quotes inside a full name (``Robert "Bobby" Nakash``), @-mentions in group
texts, Irish ``Ní``/``Mac``/``Ó`` surnames, word-names not used before (Joy, Summer,
Hunter, Sage, River, Crystal, Amber, Chase, Mason, Bishop, Major, Frank, Carol, Drew), and
names from Filipino, Thai, Indonesian, Maori, Fijian, Haitian, Brazilian, Russian,
Romanian, Hungarian, Finnish, Dutch, Welsh, Scottish, Kurdish, Pashto, Nepali, Tibetan,
Malayalam, Telugu, Gujarati, Sinhala, Khmer, Lao, Mongolian, Tigrinya, Swahili, Wolof,
Shona, Ojibwe, Inuit and Jamaican families; and the everyday ones (first names alone, full
names, surnames after a title, possessives with the ``'s`` outside the span, names at the
start of a sentence, lower-case caption names).  Places: small rural towns, city nicknames
(Philly, Vegas, NOLA), neighbourhoods, counties, invented ketamine and pain clinics, cancer
centres, gender and sexual-health clinics, prisons and probation offices, colleges and
residence halls, churches and mosques, plants and warehouses, real landmarks, towns in
Ireland, New Zealand, Canada, Australia and India, and lower-case caption places.
Addresses: ``#3B`` and ``Suite`` units, Queens hyphenated house numbers (``104-22``),
fractional house numbers (``221 1/2``), Utah grid addresses (``455 East 300 South``),
Calgary quadrants (``1208 8 Ave SW``), Australian ``3/17`` units, Irish Eircodes, Indian
flat / cross / sector addresses, NZ and Canadian French street lines, trailer-park lots,
residence-hall rooms, and spoken caption addresses.  Dates: ``Oct. 12``, ``12 Oct``,
``October 12th``, ``10/12/25``, compact ``20251012``, email headers (``Tuesday, March 4,
2025``), month and year (``Oct. 2025``), a month alone, ``the 3rd of Sept``, ``12th
October 2025``, discharge-summary fields, spoken numeric dates (``ten twelve``) and caption
dates (``october twelfth``).  Ages over 89: digits, words (hyphen, space, capitals),
``a hundred and one``, with and without ``years old`` / ``y.o.`` / ``yrs``.  Phones: slash
and en-dash layouts, no space after the bracket, a leading ``1``, E.164 (``+15035550142``),
dotted with ``+1.``, caption digits, hyphen-spoken (``five-oh-three``), Irish, Indian and NZ
numbers, fax lines.  Emails: obfuscated with ``[at]``/``[dot]``, ``(at)``, ``AT``/``DOT``,
subdomains, ``.co.nz``/``.com.au``/``.co.in``/``.ie``/``.ca``, spoken.  URLs: telehealth
rooms (``doxy.me``), meeting links with ids and passcodes, scheduling links, form links,
portal pages, social pages (instagram, tiktok ``@``, linktr.ee), payment pages (venmo,
cash.app ``$``, paypal.me), a personal blog subdomain, upper-case schemes, spoken.  SSNs:
en-dash and spaced-dash layouts, masked (``XXX-XX-6789``), "last four" with the cue in the
carrier, spoken digits and spoken groups (``one twenty-three, forty-five ...``).  IDs (the
cue in the carrier, never in the span): MRNs with leading zeros, plan member ids, Medicare
MBI layout, docket and juvenile case numbers, DOC numbers, workers' comp claims, probation
case numbers, prescription numbers, trial participant ids, specimen accessions, employee
and student ids, driver's licences, plates, Irish PPS, NZ NHI, Aadhaar and Canadian SIN
numbers, some spoken.
A title or kin word before a name, an article before a place, and a possessive ``'s`` stay
outside the span; a date's own words (``the 3rd of Sept``) and an age's unit are inside it.
``value`` and the template are drawn independently (deid.py's design), so now and then a
form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (ketamine 0.5
mg/kg, Spravato 84 mg, MDMA 120 mg, PrEP, Descovy, doxy-PEP 200 mg, estradiol 4 mg,
testosterone, spironolactone 100 mg, gabapentin 300 mg, oxycodone 5 mg,
duloxetine 60, olanzapine 2.5, lorazepam 1 mg), scales and scores (PHQ-9 of 17, GAD-7,
CADSS, MADRS 31, CAPS-5, pain 7/10, BPI, Distress Thermometer 6, ECOG 1, AUDIT, ORAS),
ages under 90 (89, 88, 67, 19), bare years, US states and countries (Montana, Nebraska, Texas,
Ireland, New Zealand, Canada), weekdays alone, times of day (9:30, 3 a.m., noon), durations
(forty minutes, six weeks, 18 months), kin words as common nouns (my nan, my stepdad, the
kids, my PO, my cellie) and place-like common words (the bank, church, the park, the yard,
the dorm, the plant, the county jail, the infusion center).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# ---- names (invented combinations; first and family names from many families) ----------------
FIRST = [
    # word-names
    "Joy", "Summer", "Hunter", "Sage", "River", "Crystal", "Amber", "Chase", "Mason", "Frank", "Carol",
    "Drew", "Rose", "Grace", "Autumn", "Sunny",
    # Irish, Scottish, Welsh, English
    "Aoife", "Niamh", "Cathal", "Oisín", "Saoirse", "Eilidh", "Rhys", "Dafydd", "Gwen", "Callum",
    # Filipino, Thai, Indonesian, Khmer, Lao, Mongolian, Tibetan, Nepali
    "Maricel", "Jomar", "Rizalino", "Nattapong", "Siriporn", "Wayan", "Dewi", "Sopheak", "Bounmy",
    "Bolormaa", "Tenzin", "Pemba", "Sushila",
    # Maori, Fijian, Haitian, Jamaican, Brazilian
    "Wiremu", "Aroha", "Mere", "Tevita", "Losana", "Jean-Baptiste", "Fabienne", "Marlon", "Shanice",
    "Thiago", "Luana",
    # Russian, Romanian, Hungarian, Finnish, Dutch
    "Yevgeny", "Oksana", "Ioana", "Bogdan", "Zsófia", "Levente", "Aino", "Eero", "Sanne", "Joris",
    # Kurdish, Pashto, Malayalam, Telugu, Gujarati, Sinhala
    "Rojda", "Shirin", "Zarmina", "Gulalai", "Anoop", "Lakshmi", "Srinivas", "Hetal", "Kinjal",
    "Chaminda", "Dilrukshi",
    # Tigrinya, Swahili, Wolof, Shona, Ojibwe, Inuit
    "Semhar", "Tesfay", "Baraka", "Zawadi", "Moussa", "Awa", "Tendai", "Rufaro", "Waabigwan", "Migizi",
    "Nuka", "Aputi",
    # US everyday
    "Tavi", "Brianna", "Dustin", "Kayla", "Travis", "Desiree", "Trent", "Marisa", "Colt", "Jolene",
]
LAST = [
    "Brennan", "Ní Bhriain", "MacAskill", "Ó Riordáin", "Kavanagh", "Pritchard", "Llewellyn",
    "Dela Cruz", "Macaraeg", "Bautista", "Srisuk", "Wongsakul", "Santoso", "Wibowo", "Chhun", "Phommachanh",
    "Batbayar", "Dorje", "Gurung", "Tamang",
    "Ngata", "Te Awa", "Rabukawaqa", "Joseph", "Pierre-Louis", "Desrosiers", "McKenzie", "Grant",
    "Carvalho", "Nascimento",
    "Sokolov", "Petrenko", "Popescu", "Ionescu", "Horváth", "Szabó", "Virtanen", "Korhonen", "de Groot",
    "Visser",
    "Barzani", "Hawrami", "Yousafzai", "Durrani", "Menon", "Nair", "Reddy", "Chaudhari", "Patel",
    "Jayasuriya", "Perera",
    "Tesfamariam", "Gebremedhin", "Mwangi", "Otieno", "Ndiaye", "Diop", "Moyo", "Chikwanha",
    "Kakegamic", "Nanibush", "Kilabuk", "Okalik",
    "Bishop", "Major", "Hunter", "Nakash", "Okonkwo", "Halvorsen", "Pruitt", "Tibbs", "Vance", "Whitlock",
]
NICK = ["Bobby", "Red", "Tiny", "Doc", "Boo", "Junior", "Sissy", "Bear", "Mimi", "T-Bone", "Lulu", "Shorty"]


def _person(r: random.Random) -> str:
    f, last = r.choice(FIRST), r.choice(LAST)
    form = r.choices(
        ["first", "full", "last", "inverted", "initial", "nick", "mention", "asr_first", "asr_full", "upper_first"],
        weights=[30, 22, 10, 8, 7, 4, 3, 8, 5, 3])[0]
    if form == "first":
        return f
    if form == "full":
        return f"{f} {last}"
    if form == "last":
        return last
    if form == "inverted":  # as on forms and court papers
        return f"{last}, {f}"
    if form == "initial":
        return f"{f[0]}. {last}" if r.random() < 0.7 else f"{f[0]} {last}"
    if form == "nick":
        return f'{f} "{r.choice(NICK)}" {last}'
    if form == "mention":  # a group text's @-mention
        return "@" + f.lower().replace(" ", "").replace("-", "")
    if form == "asr_first":
        return f.lower()
    if form == "asr_full":
        return f"{f} {last}".lower()
    return f.upper()


# ---- places --------------------------------------------------------------------------------------
TOWNS = ["Bemidji", "Kalispell", "Elko", "Gallup", "Chinle", "Walla Walla", "Coeur d'Alene", "Hays", "Dodge City",
         "Tonopah", "Havre", "Minot", "Marquette", "Houghton", "Rhinelander", "Laramie", "Rock Springs", "Alamosa",
         "Durango", "Las Cruces", "Roswell", "Texarkana", "Hattiesburg", "Tupelo", "Dothan", "Valdosta", "Paducah",
         "Bowling Green", "Morgantown", "Beckley", "Altoona", "Binghamton", "Plattsburgh", "Bangor", "Keene",
         "Pittsfield", "Ithaca", "Grand Island", "Scottsbluff", "Pierre", "Williston", "Ely", "Hibbing"]
CITIES = ["Phoenix", "Denver", "Baltimore", "Oakland", "Sacramento", "Portland", "Minneapolis", "Pittsburgh",
          "Cleveland", "Memphis", "Louisville", "Omaha", "San Antonio", "Kansas City", "Salt Lake City"]
NICKNAMES = ["Philly", "Vegas", "NOLA", "Chi-Town", "the Springs", "St. Pete", "the Twin Cities"]
HOODS = ["Bushwick", "Little Haiti", "Fishtown", "Five Points", "Pilsen", "the Tenderloin", "Capitol Hill",
         "Overtown", "Roxbury", "Mattapan", "Boyle Heights", "Kensington", "Hazelwood", "the Ironbound"]
COUNTIES = ["Coconino County", "Yellowstone County", "Cass County", "Hidalgo County", "Lake County",
            "St. Louis County", "Kanawha County"]
ABROAD = ["Ballymun", "Tallaght", "Letterkenny", "Kilkenny", "Galway", "Rotorua", "Whangārei", "Gisborne",
          "Toowoomba", "Ballarat", "Wollongong", "Thunder Bay", "Moncton", "Red Deer", "Kochi", "Thrissur",
          "Mysuru", "Pune", "Salford"]
LANDMARKS = ["Pike Place Market", "Navy Pier", "Lake Winnebago", "Mount Rainier", "Devils Tower", "Red Rocks",
             "the Gateway Arch", "Shiprock", "Multnomah Falls"]
FAC_HEAD = ["Cedar Ridge", "Bluestem", "Northgate", "Harmon", "Pinecrest", "Tri-County", "Rosemont", "Whitfield",
            "Kestrel Valley", "Sandhill", "Larkspur", "Iron Range", "Two Rivers", "Marrow Creek", "Saint Brigid's"]
FAC_TAIL = ["Ketamine Clinic", "Infusion Center", "Pain Management Center", "Cancer Institute", "Gender Health Clinic",
            "Sexual Health Clinic", "Correctional Facility", "Detention Center", "Probation Office",
            "Community College", "State University", "Hall", "Regional Medical Center", "Behavioral Health",
            "Baptist Church", "Lutheran Church", "Islamic Center", "Poultry Plant", "Distribution Center",
            "Rural Health Clinic", "Hospice", "Counseling Center"]


def _location(r: random.Random) -> str:
    form = r.choices(["town", "city", "nick", "hood", "county", "abroad", "landmark", "facility", "asr"],
                     weights=[20, 10, 4, 10, 5, 10, 5, 30, 6])[0]
    if form == "town":
        return r.choice(TOWNS)
    if form == "city":
        return r.choice(CITIES)
    if form == "nick":
        return r.choice(NICKNAMES)
    if form == "hood":
        return r.choice(HOODS)
    if form == "county":
        return r.choice(COUNTIES)
    if form == "abroad":
        return r.choice(ABROAD)
    if form == "landmark":
        return r.choice(LANDMARKS)
    if form == "facility":
        return f"{r.choice(FAC_HEAD)} {r.choice(FAC_TAIL)}"
    return r.choice(TOWNS + CITIES + ABROAD).lower()


# ---- numbers in words ---------------------------------------------------------------------------
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
        9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
        15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
        30: "thirtieth"}


def _words(n: int, sep: str = "-") -> str:
    """0..999 in words (``sep`` joins tens and units)."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, u = divmod(n, 10)
        return _TENS[t] + (f"{sep}{_ONES[u]}" if u else "")
    h, rest = divmod(n, 100)
    return f"{_ONES[h]} hundred" + (f" and {_words(rest, sep)}" if rest else "")


def _ordinal(d: int) -> str:
    if d in _ORD:
        return _ORD[d]
    t, u = divmod(d, 10)
    return f"{_TENS[t]}-{_ORD[u]}"


def _suffix(d: int) -> str:
    return "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _digits_spoken(s: str, r: random.Random, sep: str = " ") -> str:
    zero = r.choice(["oh", "zero"])
    return sep.join(zero if c == "0" else _ONES[int(c)] for c in s if c.isdigit())


# ---- addresses -----------------------------------------------------------------------------------
STREET_NAMES = ["Alder", "Killingsworth", "Old County", "Tamarack", "Sumac", "Prairie Rose", "Coyote Ridge",
                "Fenwick", "Bellamy", "Hollis", "Quill", "Larch", "Pawnee", "Dunmore", "Saddleback", "Marigold"]
STREET_KINDS = ["St", "St.", "Ave", "Ave.", "Rd", "Blvd", "Ln", "Dr", "Ct", "Pl", "Terrace", "Pkwy", "Circle"]
DIRS = ["NE", "SW", "N.", "S.", "E", "W", "Northeast", "South"]


def _address(r: random.Random) -> str:
    n = r.randint
    street = f"{r.choice(STREET_NAMES)} {r.choice(STREET_KINDS)}"
    form = r.choices(["hash_unit", "suite", "directional", "queens", "fraction", "grid", "lot", "town_line",
                      "calgary", "aus", "irish", "india", "nz", "quebec", "dorm", "spoken", "plain"],
                     weights=[10, 6, 8, 5, 4, 5, 4, 8, 3, 4, 5, 5, 3, 3, 4, 8, 15])[0]
    if form == "hash_unit":
        return f"{n(10, 9899)} {street} #{n(1, 12)}{r.choice('ABCD')}"
    if form == "suite":
        return f"{n(100, 4999)} {street}, Suite {n(100, 450)}"
    if form == "directional":
        return f"{n(100, 12999)} {r.choice(DIRS)} {r.choice(STREET_NAMES)} {r.choice(STREET_KINDS)}"
    if form == "queens":
        return f"{n(100, 219)}-{n(10, 60)} {r.choice(['Jamaica', 'Liberty', 'Northern', 'Hillside'])} Ave"
    if form == "fraction":
        return f"{n(10, 999)} 1/2 {street}"
    if form == "grid":
        a, b = n(1, 29) * 100, n(1, 49) * 100
        return f"{n(100, 1999)} {r.choice(['East', 'West', 'E', 'W'])} {a} {r.choice(['South', 'North', 'S', 'N'])}" \
            if r.random() < 0.6 else f"{n(100, 1999)} {r.choice(['East', 'West'])} {b} South"
    if form == "lot":
        return f"Lot {n(1, 80)}, {r.choice(['Pine Haven', 'Sunny Acres', 'Shady Rest', 'Cottonwood'])} " \
               f"{r.choice(['Mobile Home Park', 'Trailer Court', 'RV Park'])}"
    if form == "town_line":
        return f"{n(10, 9899)} {street}, {r.choice(TOWNS)}"
    if form == "calgary":
        return f"{n(100, 3999)} {n(1, 40)} {r.choice(['Ave', 'St'])} {r.choice(['SW', 'NW', 'SE', 'NE'])}"
    if form == "aus":
        return f"{n(1, 12)}/{n(2, 140)} {r.choice(['Banksia', 'Wattle', 'Jacaranda', 'Currawong'])} " \
               f"{r.choice(['Cres', 'Street', 'Parade', 'Close'])}"
    if form == "irish":
        place = f"{n(1, 120)} {r.choice(['Glenview Park', 'Cypress Grove', 'Ashfield Avenue', 'Rathmore Close'])}"
        code = f"{r.choice(['D24', 'D11', 'H91', 'T12', 'F92'])} {r.choice('ACEFHKNPRTVWXY')}{n(1, 9)}" \
               f"{r.choice('ACEFHKNPRTVWXY')}{n(1, 9)}"
        return r.choice([f"{place}, {r.choice(['Tallaght', 'Ballymun', 'Salthill', 'Letterkenny'])}",
                         f"{place}, {code}", code])
    if form == "india":
        main = n(1, 12)
        return r.choice([f"Flat {n(1, 12)}{r.choice('ABCD')}, {r.choice(['Shanti', 'Sai Krupa', 'Green Meadows'])} "
                         f"Apartments, {n(1, 16)}th Cross, {r.choice(['Indiranagar', 'Jayanagar', 'Koramangala'])}",
                         f"No. {n(1, 300)}, {main}{_suffix(main)} Main Road, "
                         f"{r.choice(['Jayanagar', 'Malleswaram', 'Kakkanad'])}",
                         f"House No. {n(10, 999)}, Sector {n(2, 56)}"])
    if form == "nz":
        return f"{n(1, 240)} {r.choice(['Kowhai', 'Tui', 'Rimu', 'Pohutukawa'])} " \
               f"{r.choice(['Street', 'Road', 'Place'])}" \
               f"{r.choice(['', ', Rotorua', ', Whangārei'])}"
    if form == "quebec":
        return f"{n(100, 9999)}, rue {r.choice(['Saint-Denis', 'Beaubien', 'de la Montagne'])}, app. {n(1, 20)}"
    if form == "dorm":
        return f"Room {n(101, 499)}, {r.choice(['Whitfield', 'Larkspur', 'Gilman', 'Okafor'])} Hall"
    if form == "spoken":
        num = n(1000, 9899)
        hi, lo = divmod(num, 100)
        said = f"{_words(hi, ' ')} {('oh ' + _ONES[lo]) if 0 < lo < 10 else (_words(lo, ' ') if lo else 'hundred')}"
        return f"{said} {r.choice(STREET_NAMES).lower()} {r.choice(['street', 'avenue', 'road', 'lane', 'drive'])}"
    return f"{n(10, 9899)} {street}"


# ---- dates ---------------------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _date(r: random.Random) -> str:
    m, d, y = r.randint(1, 12), r.randint(1, 28), r.randint(1938, 2026)
    mname, mab = MONTHS[m - 1], MON[m - 1]
    form = r.choices(["mon_dot", "day_mon", "month_th", "us_short", "us_long", "compact", "header", "month_year",
                      "month_alone", "the_of", "uk_long", "numeric_dash", "spoken_numeric", "caption",
                      "caption_of", "weekday_slash", "mon_comma_year", "iso"],
                     weights=[7, 6, 8, 8, 8, 3, 6, 6, 4, 6, 5, 4, 3, 7, 4, 4, 5, 2])[0]
    if form == "mon_dot":
        return f"{mab}. {d}" if mab != "May" else f"May {d}"
    if form == "day_mon":
        return f"{d} {mab}"
    if form == "month_th":
        return f"{mname} {d}{_suffix(d)}"
    if form == "us_short":
        return f"{m}/{d}/{y % 100:02d}"
    if form == "us_long":
        return f"{m:02d}/{d:02d}/{y}"
    if form == "compact":
        return f"{y}{m:02d}{d:02d}"
    if form == "header":  # an email header or a letter's date line
        wd = WEEKDAYS[r.randint(0, 6)]
        return f"{wd}, {mname} {d}, {y}"
    if form == "month_year":
        return r.choice([f"{mab}. {y}" if mab != "May" else f"May {y}", f"{mname} {y}", f"{mab} '{y % 100:02d}"])
    if form == "month_alone":
        return mname
    if form == "the_of":
        return r.choice([f"the {d}{_suffix(d)} of {mab}", f"the {_ordinal(d)} of {mname}"])
    if form == "uk_long":
        return f"{d}{_suffix(d)} {mname} {y}"
    if form == "numeric_dash":
        return f"{m}-{d}-{y}"
    if form == "spoken_numeric":  # "ten twelve", said as numbers
        year = f" {_words(y % 100, ' ')}" if r.random() < 0.4 and y % 100 > 9 else ""
        return f"{_words(m, ' ')} {_words(d, ' ')}{year}"
    if form == "caption":
        return f"{mname.lower()} {_ordinal(d)}"
    if form == "caption_of":
        return f"the {_ordinal(d)} of {mname.lower()}"
    if form == "weekday_slash":
        return f"{r.choice(['Mon', 'Tues', 'Wed', 'Thurs', 'Fri'])} {m}/{d}"
    if form == "mon_comma_year":
        return f"{mab} {d}, {y}"
    return f"{y}-{m:02d}-{d:02d}"


# ---- ages over 89 --------------------------------------------------------------------------------
def _age(r: random.Random) -> str:
    a = r.randint(90, 106)
    if a >= 100:
        said = r.choice([f"a hundred and {_words(a - 100)}" if a > 100 else "a hundred",
                         f"one hundred and {_words(a - 100)}" if a > 100 else "one hundred", str(a)])
    else:
        said = r.choice([str(a), str(a), _words(a), _words(a, " "), _words(a).capitalize()])
    unit = r.choices(["", " years old", " y.o.", " yrs", "-year-old", " years"], weights=[12, 4, 2, 2, 2, 1])[0]
    if unit == "-year-old":  # hyphenated before a noun; "a hundred and two" is written in digits there
        said = str(a) if "hundred" in said else said.replace(" ", "-")
    return said + unit


# ---- phones --------------------------------------------------------------------------------------
def _phone(r: random.Random) -> str:
    a, b, c = r.randint(207, 989), r.randint(201, 989), r.randint(0, 9999)
    cs = f"{c:04d}"
    form = r.choices(["slash", "endash", "tight", "lead1", "lead1_dash", "e164", "plus_dot", "spaced", "caption",
                      "hyphen_spoken", "irish", "irish_land", "india", "nz", "plain"],
                     weights=[7, 5, 7, 5, 5, 5, 4, 6, 6, 4, 4, 3, 4, 3, 10])[0]
    if form == "slash":
        return f"{a}/{b}-{cs}"
    if form == "endash":
        return f"{a}\u2013{b}\u2013{cs}"
    if form == "tight":
        return f"({a}){b}-{cs}"
    if form == "lead1":
        return f"1 ({a}) {b}-{cs}"
    if form == "lead1_dash":
        return f"1-{a}-{b}-{cs}"
    if form == "e164":
        return f"+1{a}{b}{cs}"
    if form == "plus_dot":
        return f"+1.{a}.{b}.{cs}"
    if form == "spaced":
        return f"{a} {b} {cs}"
    if form == "caption":
        return _digits_spoken(f"{a}{b}{cs}", r)
    if form == "hyphen_spoken":
        return ", ".join(_digits_spoken(g, r, "-") for g in (str(a), str(b), cs))
    if form == "irish":
        mob = f"08{r.choice('3567')}"
        sub = f"{r.randint(100, 999)} {r.randint(0, 9999):04d}"
        return r.choice([f"{mob} {sub}", f"+353 {mob[1:]} {sub}"])
    if form == "irish_land":
        return f"(0{r.choice(['1', '91', '21', '74'])}) {r.randint(200, 999)} {r.randint(0, 9999):04d}"
    if form == "india":
        first = f"{r.choice('6789')}{r.randint(0, 9999):04d}"
        return r.choice([f"+91 {first} {r.randint(0, 99999):05d}", f"{first}-{r.randint(0, 99999):05d}"])
    if form == "nz":
        return r.choice([f"021 {r.randint(100, 999)} {r.randint(0, 9999):04d}",
                         f"+64 2{r.choice('127')} {r.randint(100, 999)} {r.randint(0, 9999):04d}"])
    return f"{a}-{b}-{cs}"


# ---- emails and web pages ------------------------------------------------------------------------
DOMAINS = ["cedarridgeketamine.com", "northgatesh.org", "students.rosemont.edu", "mail.pinecrestmed.org",
           "bluestem-pain.net", "harmonreentry.org", "tworivers-bh.com", "kestrelvalley.health",
           "gmail.com", "protonmail.com", "outlook.com", "yahoo.com", "xtra.co.nz", "bigpond.com.au",
           "rediffmail.co.in", "eircom.ie", "sympatico.ca", "icloud.com"]


def _local(r: random.Random) -> str:
    f = r.choice(FIRST).lower().replace(" ", "").replace("-", "").replace("í", "i").replace("ó", "o")
    last = r.choice(LAST).lower().replace(" ", "").replace("-", "").replace("'", "")
    for a, b in (("í", "i"), ("ó", "o"), ("á", "a")):
        last = last.replace(a, b)
    return r.choice([f"{f}.{last}", f"{f[0]}{last}", f"{f}_{last}{r.randint(1, 99)}", f"{f}{r.randint(70, 2009)}",
                     f"{last}.{f[0]}", f"dr.{last}", f"{f}.{last[0]}"])


def _email(r: random.Random) -> str:
    loc, dom = _local(r), r.choice(DOMAINS)
    form = r.choices(["plain", "caps", "bracket", "paren", "words_caps", "spoken"], weights=[50, 6, 12, 8, 8, 10])[0]
    if form == "plain":
        return f"{loc}@{dom}"
    if form == "caps":
        return f"{loc.capitalize()}@{dom.upper()}"
    if form == "bracket":
        return f"{loc} [at] {dom.replace('.', ' [dot] ')}"
    if form == "paren":
        return f"{loc}(at){dom}"
    if form == "words_caps":
        return f"{loc} AT {dom.replace('.', ' DOT ')}"
    return f"{loc.replace('.', ' dot ').replace('_', ' underscore ')} at {dom.replace('.', ' dot ')}"


def _handle(r: random.Random) -> str:
    f = r.choice(FIRST).lower().replace(" ", "").replace("-", "").replace("í", "i").replace("ó", "o")
    return r.choice([f"{f}.moves", f"{f}_heals{r.randint(1, 99)}", f"{f}{r.choice(LAST)[:3].lower()}",
                     f"the.real.{f}", f"{f}writes"])


def _url(r: random.Random) -> str:
    h = _handle(r)
    dr = r.choice(LAST).lower().replace(" ", "").replace("'", "").replace("á", "a").replace("ó", "o")
    form = r.choices(["doxy", "zoom", "calendly", "form", "portal", "insta", "tiktok", "linktree", "venmo", "cashapp",
                      "paypal", "blog", "caps", "spoken", "www_slash"],
                     weights=[8, 8, 6, 5, 6, 8, 6, 5, 5, 4, 4, 5, 4, 6, 6])[0]
    if form == "doxy":
        return r.choice([f"https://doxy.me/dr{dr}", f"doxy.me/dr{dr}"])
    if form == "zoom":
        mid = "".join(str(r.randint(0, 9)) for _ in range(11))
        return f"https://us0{r.randint(2, 6)}web.zoom.us/j/{mid}" + r.choice(["", f"?pwd=Rk{r.randint(10, 99)}xQ"])
    if form == "calendly":
        return f"calendly.com/{dr}-counseling/intake" if r.random() < 0.5 else f"https://calendly.com/{h}/30min"
    if form == "form":
        key = "".join(r.choice("abcdefghijkLMNOPQ0123456789") for _ in range(12))
        return f"https://docs.google.com/forms/d/e/{key}/viewform"
    if form == "portal":
        return f"https://portal.{r.choice(['pinecrestmed.org', 'bluestem-pain.net', 'kestrelvalley.health'])}" \
               f"/patient/{r.randint(10000, 99999)}"
    if form == "insta":
        return r.choice([f"instagram.com/{h}", f"https://www.instagram.com/{h}/"])
    if form == "tiktok":
        return f"tiktok.com/@{h}"
    if form == "linktree":
        return f"linktr.ee/{h}"
    if form == "venmo":
        return f"venmo.com/u/{h.replace('.', '-')}"
    if form == "cashapp":
        return f"cash.app/${h.replace('.', '')}"
    if form == "paypal":
        return f"paypal.me/{h.replace('.', '')}"
    if form == "blog":
        return f"https://{h.replace('.', '').replace('_', '')}.substack.com"
    if form == "caps":
        return f"HTTPS://WWW.{dr.upper()}THERAPY.COM"
    if form == "spoken":
        return r.choice([f"doxy dot me slash doctor {dr}", f"{dr} therapy dot com slash intake",
                         f"w w w dot {dr}counseling dot org"])
    return f"www.{dr}-wellness.com/{r.choice(['groups', 'ketamine', 'forms', 'contact'])}/"


# ---- SSNs ----------------------------------------------------------------------------------------
def _ssn(r: random.Random) -> str:
    a = r.choice([r.randint(101, 665), r.randint(667, 899)])
    b, c = r.randint(10, 99), r.randint(1000, 9999)
    form = r.choices(["dash", "endash", "spaced_dash", "masked", "last4", "spoken", "spoken_groups",
                      "caption_last4", "none"], weights=[20, 8, 6, 8, 14, 8, 6, 6, 6])[0]
    if form == "dash":
        return f"{a}-{b}-{c}"
    if form == "endash":
        return f"{a}\u2013{b}\u2013{c}"
    if form == "spaced_dash":
        return f"{a} - {b} - {c}"
    if form == "masked":
        return r.choice([f"XXX-XX-{c}", f"***-**-{c}", f"xxx-xx-{c}"])
    if form == "last4":
        return str(c)
    if form == "spoken":
        return ", ".join(_digits_spoken(g, r) for g in (str(a), str(b), str(c)))
    if form == "spoken_groups":
        hi, lo = divmod(c, 100)
        tail = a % 100
        head = f"{_ONES[a // 100]} {_words(tail) if tail >= 10 else 'oh ' + _ONES[tail]}"
        return f"{head}, {_words(b)}, {_words(hi)} {_words(lo) if lo >= 10 else 'oh ' + _ONES[lo]}"
    if form == "caption_last4":
        return _digits_spoken(str(c), r)
    return f"{a}{b}{c}"


# ---- record, plan, account, case, claim, prescription and other numbers -------------------------
def _record(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPRSTUVWXY"
    form = r.choices(["mrn0", "member", "mbi", "docket", "juvenile", "doc", "wc", "probation", "rx", "trial",
                      "specimen", "employee", "student", "dl", "plate", "pps", "nhi", "aadhaar", "sin", "spoken"],
                     weights=[10, 8, 5, 5, 3, 6, 5, 5, 7, 6, 4, 4, 4, 4, 3, 3, 3, 3, 3, 7])[0]
    if form == "mrn0":
        return f"{n(0, 9999999):08d}"
    if form == "member":
        return f"{r.choice(['W', 'XEH', 'ZGP', 'U'])}{n(10000000, 999999999)}"
    if form == "mbi":
        return f"{n(1, 9)}{r.choice(L)}{r.choice(L)}{n(0, 9)}-{r.choice(L)}{r.choice(L)}{n(0, 9)}-" \
               f"{r.choice(L)}{r.choice(L)}{n(10, 99)}"
    if form == "docket":
        return f"{n(2015, 2026)}-{r.choice(['CR', 'CF', 'DR', 'MH'])}-{n(1, 99999):05d}"
    if form == "juvenile":
        return f"{n(15, 26)}-JV-{n(1, 9999):04d}"
    if form == "doc":
        return f"{r.choice(L)}{n(100000, 999999)}"
    if form == "wc":
        return f"WC-{n(2019, 2026)}-{n(100000, 999999)}"
    if form == "probation":
        return f"PRB-{n(18, 26)}-{n(1, 9999):04d}"
    if form == "rx":
        return f"{n(1000000, 9999999)}-{n(10000, 99999)}" if r.random() < 0.5 else str(n(1000000, 9999999))
    if form == "trial":
        return f"{r.choice(['MAPP', 'KAT', 'MDA', 'PSI'])}-{n(1, 20):02d}-{n(1, 999):03d}"
    if form == "specimen":
        return f"S{n(19, 26)}-{n(1000, 99999)}"
    if form == "employee":
        return f"E-{n(10000, 99999)}"
    if form == "student":
        return str(n(900000000, 909999999))
    if form == "dl":
        return r.choice([f"{r.choice(L)}{n(100, 999)}-{n(1000, 9999)}-{n(1000, 9999)}",
                         f"{r.choice(L)}{n(1000000, 9999999)}"])
    if form == "plate":
        return f"{n(1, 9)}{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(100, 999)}"
    if form == "pps":
        return f"{n(1000000, 9999999)}{r.choice(L)}{r.choice(['A', 'W', ''])}"
    if form == "nhi":
        return f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(1000, 9999)}"
    if form == "aadhaar":
        return f"{n(2000, 9999)} {n(1000, 9999)} {n(1000, 9999)}"
    if form == "sin":
        return f"{n(100, 799)} {n(100, 999)} {n(100, 999)}"
    return _digits_spoken(str(n(100000, 99999999)), r)


VALUES = {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
          "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _record}


def value(kind: str, r: random.Random) -> str:
    if kind not in VALUES:
        raise ValueError(kind)
    return VALUES[kind](r)


# (template, kind): {} is the planted identifier.  Settings in the comments.
TEMPLATES = {
    "PERSON": [
        # ketamine-assisted therapy clinic
        "During the infusion {} held my hand, and my CADSS was lower than last time.",
        "{} was the nurse who ran the ketamine at 0.5 mg/kg over forty minutes.",
        "I told Dr. {} the Spravato 84 mg made the room tilt for about an hour.",
        # MDMA-assisted therapy trial, dosing day and follow-up calls
        "On the dosing day {} sat with me for eight hours after the 120 mg and the supplemental dose.",
        "The co-therapist, {}, called the next morning and then every day for a week.",
        "{}'s voice on the follow-up call was the first thing that felt safe.",
        # probation, forensic, court reports, prison in-reach
        "My PO is {} and he wants the ORAS redone before the hearing.",
        "Re: {} - pre-sentence report, prepared at the request of the court.",
        "Defendant {} reports drinking since age 14 and scored 22 on the AUDIT.",
        "Out in the yard {} told me the psych tech only comes on Wednesdays.",
        "Officer {} would not let me keep the workbook in my cell.",
        # rural telehealth intake
        "sorry you froze there, I said {} is driving me to the clinic because the roads are bad",
        "Can you hear me now? This is {}, I'm on my daughter's phone.",
        # college counselling centre
        "My roommate {} found me in the dorm and walked me to counselling at 3 a.m.",
        "Professor {} gave me an extension after the panic attack in the exam.",
        # occupational health, return to work
        "The case manager, {}, says I can go back on light duty for six weeks.",
        "My foreman {} keeps asking when I'll be back at the plant.",
        # sexual-health clinic
        "I'd rather you notify {} anonymously, we were together for 18 months.",
        "{} was the one who told me about PrEP, and I've been on Descovy since 2022.",
        # gender-affirming care
        "Please call me {}, the name on the chart is my deadname.",
        "My legal name is still {} on the insurance card, which is how they outed me at the pharmacy.",
        "Letter of support for {}, who has been on estradiol 4 mg for two years.",
        # pain clinic, psycho-oncology
        "{} from physio says my pain is a 7/10 on a good day now.",
        "Dr. {} said the scan was clear but I still can't sleep before the next one.",
        "My wife {} does not want the kids to know about the recurrence yet.",
        # dictated discharge summaries and referral letters
        "Discharge summary dictated for {}, stable on olanzapine 2.5 mg at night.",
        "Pt {} is a 67 y/o male admitted with suicidal ideation, PHQ-9 of 17.",
        "Thank you for seeing {}, whom I have followed since 2019 for chronic pain and low mood.",
        "cc: {}, primary care",
        # group text threads and emails
        "lol {} just sent the group chat a pic of the integration journal",
        "{} can you grab me a coffee before group, running ten min late",
        "Hi {}, thanks for your email, yes Tuesday at 9:30 still works.",
        "Best wishes, {}, LCSW",
        # auto-captions, no punctuation, no capitals
        "um so {} was there and she she just kind of held space for me",
        "yeah and then {} said you know you don't have to take the whole dose",
        "i keep thinking about {} and the funeral and my mum crying",
        # everyday: possessive, after a verb, word traps around the name
        "{}'s mum picked me up after the ketamine because I couldn't drive.",
        "Ask {} if the MADRS went down, mine was 31 before the first infusion.",
        "I haven't spoken to {} since my stepdad's funeral in 2020.",
        "Honestly, to be frank, {} is the only one who visits me at the county jail.",
        "Joy and grief were both there when {} read the letter out.",
        "May I bring {} to the next session?",
        "Grace before meals was a thing with my nan, and {} still says it.",
        # more settings: in-reach, psycho-oncology, trial follow-up, texts
        "Inmate {} was seen cell-side; declined the sertraline, eating and sleeping.",
        "My cellie {} snores all night so I'm up at 4 a.m. every day.",
        "The chaplain said {} asked for me before she died on the ward.",
        "Hey {}, it's the study team calling for your one-month follow-up, call us back when you can.",
        "Pt seen with sister ({}) who is the health care proxy.",
        "{} and I broke up right after the second MDMA session, which was honestly for the best.",
        "Sorry {} I can't do Friday, the chemo knocked me out.",
        "i told {} i'm not doing the ketamine again unless the insurance pays",
        "Met with {} re: graduated return, lifting limit 10 kg.",
        "My best friend {} drove up from Texas for the top surgery.",
        "Referring clinician: {}, MD, Department of Psychiatry.",
        "Yes, {}, the PrEP refill is ready at the front desk.",
        "The judge told {} he'd get a year of probation if he finished the program.",
        "{} is the one I used with, so my PO says I can't see her.",
    ],
    "LOCATION": [
        "The ketamine clinic moved to {}, so now it's a two-hour drive from the ranch in Montana.",
        "I grew up just outside {} and never told anyone there I was trans.",
        "They transferred me from {} to the county jail for the hearing.",
        "The MDMA trial site is at {}, up on the fourth floor.",
        "I worked nights at {} until the back injury.",
        "We used to go to church in {} every Sunday.",
        "The nurse at {} did the rapid test and the PrEP labs.",
        "Pt transferred to {} for the remainder of chemo.",
        "i moved from {} last year and i don't know anyone here",
        "yeah the connection's bad out here in {} sorry",
        "My nan still lives in {}, she's 89 and won't move back to Ireland.",
        "After release he'll be paroled to {} where his sister has a room.",
        "She was referred by the oncology team at {} for adjustment to the diagnosis.",
        "I'm a sophomore at {} and the counselling centre has a three-week wait.",
        "We scattered his ashes at {} and I cried the whole drive back.",
        "Before the dosing session we walked around {} to settle my nerves.",
        "He's been sleeping in the park near {} since the shelter closed.",
        "I'm from {} originally, I came to Canada in 2015.",
        "Return-to-work plan: modified duties at {} from next Monday, four-hour shifts.",
        "The gender clinic at {} has a waitlist of 18 months.",
        "Lives with partner in {}; no firearms in the home.",
        "My probation got transferred to {} when I moved in with my mum.",
        "We met at a bar in {} and that's where I got exposed, I think.",
        "There's no psychiatrist within 200 miles of {}, so telehealth is it.",
        "{} is where it all happened, so I avoid driving through it.",
        "I'm calling from the library in {} because there's no signal at home.",
        "so after the infusion we drove down to {} and just sat by the water",
        "Referred from {} pain service; BPI interference 8, on gabapentin 300 mg.",
        "Seen today at {} for the psycho-oncology consult, Distress Thermometer 6.",
        "I did my time at {} and the in-reach team there was the only good part.",
        "Intake: lives on a farm 40 minutes from {}, no broadband, uses a hotspot.",
        "We drove to {} for the holidays and my uncle kept misgendering me.",
        "Works at {} on the packing line, 12-hour shifts, wants to go back.",
        "the wifi at {} keeps dropping so i'm in the car",
        "I was born in {} but my family left for New Zealand when I was 6.",
        "Arrested in {} for possession, 2 grams, first offence.",
        "Bus from {} takes ninety minutes each way to the infusion center.",
        "Plan: refer to the trans youth group at {} and recheck GAD-7 in four weeks.",
        "Her oncologist is at {}, but she wants the counselling closer to home.",
        "We spent the integration weekend in {} with no phones.",
    ],
    "ADDRESS": [
        "Please mail the letter for the surgeon to {} and not to my parents' house.",
        "Pt resides at {} with her daughter and two dogs.",
        "My new place is {}, right by the bank.",
        "The release address on file is {}, which is my cousin's.",
        "Infusion clinic address: {} (parking in the back).",
        "so i live at {} it's the blue house past the church",
        "Home address changed to {} per the client on Tuesday.",
        "He was arrested outside {} at about 2 a.m.",
        "Send the forms to {} please, I'm staying there during chemo.",
        "The trial van will pick you up from {} at 7:30 on the dosing day.",
        "Current address: {}",
        "I'm renting a room at {} now, it's cheaper and closer to the plant.",
        "We used to live at {} when I was in high school.",
        "My PO did a home visit at {} and found nothing.",
        "Deliver the testosterone to {}, the pharmacy said it'll take 3 days.",
        "Forward my records to {}, my new GP is around the corner.",
        "His mother's address in the referral is {}.",
        "The overdose happened at {}, in the upstairs bathroom.",
        "Approved residence for supervision: {}.",
        "umm it's {} the one with the broken fence",
        "Mail to {} is being returned, please confirm address at next visit.",
        "The infusion center is at {}, second floor, next to the pharmacy.",
        "My mum's place at {} is where I stay after each session.",
        "Our office has moved to {} as of Monday.",
        "Address for the pre-sentence report home visit: {}.",
        "I'm subletting {} from a friend until the lease ends.",
        "Drop the HRT paperwork at {}, the front desk knows.",
        "Last known address: {}; client unreachable by phone.",
        "She found him in the garage at {} and called 911.",
    ],
    "DATE": [
        "My first ketamine infusion was {}, and the MADRS dropped from 31 to 14 by the fourth.",
        "Dosing session two is scheduled for {}, so no SSRIs for two weeks before.",
        "Follow-up call {}: no adverse events, sleeping 7 hours.",
        "Admitted: {}. Discharged on lorazepam 1 mg as needed.",
        "Date of surgery: {}. Please send the letter before then.",
        "I got out on {} after 18 months inside.",
        "The sentencing hearing got moved to {} at 9 a.m.",
        "My last HIV test was {} and it was negative.",
        "Sent: {} 9:14 AM",
        "The injury happened at work on {} and I haven't been back since.",
        "Diagnosis confirmed {}; ECOG 1 and working part-time.",
        "yeah so it was like {} when i started the estrogen",
        "um the appointment is {} at noon i think",
        "Her dad died {} and that's when the pain got worse.",
        "We got married {}, so the anniversary is hard.",
        "Exam week starts {} and I'm already not sleeping.",
        "I started the gabapentin 300 mg on {} and it makes me foggy.",
        "Letter dated {} from the surgeon confirms the consult.",
        "Can we do {} instead? Thursday is my court day.",
        "Since {} I've been on Spravato twice a week.",
        "The positive test came back {}, and I notified two partners.",
        "Return-to-work date agreed: {}, four-hour shifts for six weeks.",
        "DOB: {}",
        "On {} at 10:40 the client called in distress, C-SSRS screen negative.",
        "Top surgery is booked for {} and I'm terrified and excited.",
        "My court date is {}, at 1:30 in the afternoon.",
        "On {} you wrote: I can't keep doing this.",
        "Chemo cycle 4 starts {}, then scans in six weeks.",
        "PrEP started {}; creatinine normal, next labs in 3 months.",
        "i took the first dose on {} and i cried for like an hour",
        "Integration call scheduled {}, 4 p.m. Eastern.",
        "Date of injury: {}. Lumbar strain, off work since.",
        "She relapsed on {}, two days before her 90-day chip.",
        "Release date {}, pending the parole board.",
        "Session 3 of 12, {}: client tolerated the esketamine well, BP 138/86 at 40 minutes.",
    ],
    "AGE": [
        "My nan is {} and still does the crossword every morning.",
        "Pt is a {} female with a history of depression, referred by her GP.",
        "Her father, {}, lives alone in the house in Nebraska.",
        "The oldest person in the bereavement group is {}, and he's the funniest.",
        "He died at {} in his sleep, and I'm 67 myself now.",
        "Grandad turned {} last week and didn't know who I was.",
        "um my great grandma she's like {} and she keeps asking about the ketamine",
        "Collateral from the patient's son: mother, aged {}, now in hospice.",
        "I'm caring for my aunt who is {} and my two kids, 4 and 19.",
        "A {} man on oxycodone 5 mg and duloxetine 60 for back pain.",
        "She's {} and she still calls me by my deadname.",
        "He was {} when he went into the nursing home, and my mum was 89 when she did.",
        "Oldest resident on the unit, {}, ECOG 3, came for legacy work.",
        "My grandmother lived to {} and never once went to therapy.",
        "Grandpa's {} and he still drives to church on Sundays.",
        "He's a {} veteran on the hospice unit who wants to talk about the war.",
        "The client's grandmother, who is {}, raised her after her mother went to prison.",
        "my nana is {} and she came to the pride parade",
        "Pt is {} and lives independently; daughter visits on Tuesdays.",
        "Her husband died at {} and she's 88 and now alone in the house.",
        "I want to make it to {} like my grandad did.",
        "Pt's mother, {}, has dementia; pt is primary carer, PHQ-9 of 14.",
        "My great-uncle is {}, so he's the last one who remembers my dad as a kid.",
        "The oldest man in the pain group is {}, he does the chair yoga.",
    ],
    "PHONE": [
        "Call the trial line at {} if you feel unsafe after the dose.",
        "Fax the ROI to {} before Friday.",
        "My PO's number is {} but he never picks up.",
        "Best to text me on {}, the landline's been cut off.",
        "so my number is {} yeah that's my cell",
        "On-call: {}, 24/7 for the first 72 hours after dosing.",
        "The pain clinic rang from {} to move my nerve block.",
        "Please fax records to {}, attention medical records.",
        "Cell: {} (ok to leave a message)",
        "If you can't reach me, my sister's number is {}.",
        "The gender clinic's nurse line is {}, Monday to Thursday.",
        "Work number {}, ask for the return-to-work coordinator.",
        "My mum in Ireland is on {}, she's hours ahead of us.",
        "Confidential results line: {}, have your code ready.",
        "Call 988 first, and then me at {}.",
        "Ph: {} / after hours use the crisis line.",
        "Text me at {} when you're out of the infusion, I'll pick you up.",
        "Probation officer contact: {} (desk), 8 to 4.",
        "um yeah call me back on {} the other one doesn't work",
        "Our fax is {}; please send the letter for the surgeon there.",
        "If the rash comes back, ring the clinic on {} straight away.",
        "Emergency contact, mother, {}.",
        "The occupational health nurse can be reached at {}, Tuesdays and Thursdays.",
        "My number changed, it's {} now.",
    ],
    "EMAIL": [
        "You can email me at {} but I only check it once a day.",
        "From: {} Subject: re: the letter for surgery",
        "Please send the integration notes to {}.",
        "my email is {} all lowercase",
        "I cc'd {} on the return-to-work plan.",
        "Reply to {}, not the clinic inbox, for anything about the trial.",
        "Her school email is {}, the personal one bounces.",
        "Send the results to {}, not my work address.",
        "He wrote from {} at 3 a.m. asking if the dose could be higher.",
        "Contact: {} (secure messaging preferred)",
        "The probation office email is {} if you need the report.",
        "Add {} to the group thread please.",
        "Please write to {} with the letter of support for the surgeon.",
        "Her uni address is {}, she'll read it after exams.",
        "um it's {} can you send the link there",
        "Email from {} Tuesday at 11:52 PM: I can't sleep again.",
        "Reply-To: {}",
        "You can reach the trial coordinator at {} during business hours.",
        "My old work email was {} but they shut it off after I went on leave.",
        "Send the discharge summary to {}, she's the community nurse.",
    ],
    "URL": [
        "Here is the link for Thursday: {}",
        "Join the session at {} five minutes early so we can test the audio.",
        "Book your follow-up at {} once the swelling goes down.",
        "She posts her art at {} and it really helps her.",
        "Fill in the PHQ-9 at {} before each infusion.",
        "my page is {} if you want to see it",
        "You can pay the copay through {}, it's easier.",
        "He sent the threats through {}, I have screenshots.",
        "Patient portal: {} (results released after 72 hours).",
        "i put it all on {} so people stop asking",
        "The link you sent for group, {}, has expired.",
        "Telehealth room: {} (use Chrome, not the app).",
        "The integration circle is on {} now, every second Sunday.",
        "His new page is {} and he's been posting about the trial.",
        "He put my photos up at {} without asking.",
        "ok the link is {} type it exactly",
        "Reschedule through {} if the chemo moves.",
        "My reentry case manager said to apply at {} for the housing list.",
        "I'm selling my art at {} to pay for the ketamine.",
        "Scan the code or go to {} to do the consent video.",
    ],
    "SSN": [
        "My social is {}.",
        "SSN: {} (verified against the card)",
        "The last four of my social are {}.",
        "For the disability claim they need the social, it's {}.",
        "um my social security is {} sorry i have to read it off the card",
        "Social Security number on the referral: {}.",
        "The form printed my SS# as {} on the cover sheet.",
        "He gave his social as {} at booking.",
        "For the workers' comp form, SSN {}.",
        "Last four of the SSN, {}, to verify your identity.",
        "Social on the workers' comp paperwork: {}.",
        "ssn {} yeah that's it",
        "Her social security number is {}, the daughter read it out.",
        "I need your social for the prior auth, is it still {}?",
        "Client SSN {} is on the booking sheet, redact before sending.",
        "The SSA letter has my social as {} and it's wrong.",
    ],
    "ID": [
        "MRN {}, please include on all correspondence.",
        "My member ID is {} and the group number is on the back.",
        "Medicare number: {}.",
        "Case No. {} - court report on fitness to proceed.",
        "DOC# {}, housing unit C, bunk 22.",
        "Claim number {} for the back injury at work.",
        "Probation case {} was transferred last month.",
        "Rx #{} for spironolactone 100 mg, refill due.",
        "Participant ID {} completed the CAPS-5 at baseline.",
        "Specimen accession {}, result pending.",
        "Employee number {}, night shift, warehouse.",
        "Student ID {} for the accommodation letter.",
        "Driver's licence {} was suspended after the DUI.",
        "Plate {} on the car he was sleeping in.",
        "PPS number {} for the medical card.",
        "NHI {} on the referral from the GP.",
        "Aadhaar {} on the consent form, which we should not have kept.",
        "SIN {} for the disability benefit application.",
        "the account number is {} i'm reading it off the bill",
        "Policy number {}, the psycho-oncology visits are covered.",
        "Hospital number {}; seen in clinic with her husband.",
        "Medicaid ID {}, the ketamine is not covered.",
        "Docket {}: report of the forensic evaluator.",
        "Inmate number {}, seen in segregation, 15 minutes.",
        "Prescription number {} for doxy-PEP 200 mg, 3 doses.",
        "Subject number {}, randomised to active, blind maintained.",
        "Group number {} on the back of the card.",
        "um my case number is {} i think",
        "Account {} is two months behind, they'll cut the therapy.",
        "Insurance ID {}; prior auth for Spravato approved.",
    ],
}
