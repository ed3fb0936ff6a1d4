"""A thirty-third SYNTHETIC transcript set for benchmarks/deid.py: the thirty-second held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New
Zealand are used as places only, never with a person; every clinic, practice, hospital, school,
counselling service, trial and workplace name is made up).  Written on 2026-12-07 by an engineer who
had NOT seen the de-identifier's rules, its docs page, its tests or the contents of the earlier sets
(only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout31.py their docstrings, plus the ``value`` signature and the
``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no
line of this file was changed after its first run.  It was first run on the fifteenth round's rules
(main at commit dbc7e4e) and measures how the rules do on transcripts they were not written for; it
stays a blind set until a later round makes it a development set.

Style: PLAIN, ORDINARY psychotherapy transcripts -- the kind a researcher writes or collects to test
a de-identification tool: clean speaker-labelled dialogue (``Therapist:``/``Client:``, ``T:``/``P:``,
``Counselor:``/``Participant:``; the benchmark's generator writes every turn as
``Therapist:``/``Client:``), tidy punctuation and capitals, one turn per line, whole sentences, no
fillers, no bracket tags, no timestamps, no typing slips.  Settings: ordinary outpatient sessions --
CBT for depression and anxiety (thought records, behavioural activation, exposure homework),
person-centred counselling, couples therapy, a psilocybin trial's preparation and integration
sessions and a ketamine clinic's follow-up visits -- talk about family, partners, work, moving house,
appointments, the dosing day, sleep, drinking and grief.  Speakers from the US, Canada, the UK,
Ireland, Australia and New Zealand, mixed (``mum``, ``mom``, ``mam``, ``nan``, ``uni``, ``the GP``,
``reckon``).  This set estimates how the rules do on the most ordinary test data, so it is kept plain
and natural and does not chase variety for its own sake.
Identifier forms: the MOST COMMON everyday forms, the way people really say them in a session,
spread evenly; hard or exotic forms are rare (under one in ten of each type).  Names: a first name
alone (the most common form: ``my sister Emma``, ``I rang Jason``), a full name, a surname after
``Dr``/``Mr``/``Mrs``/``Ms``/``Professor`` (the title in the carrier), a relative's, partner's or friend's
name after a kin word in the carrier, a possessive ``'s`` in the carrier, and as rare harder forms a
hyphenated first name (``Anne-Marie``), a double-barrelled surname and an initial with a surname.
Places: the city, town or suburb someone grew up in, moved to or drives from (``Geelong``,
``Swindon``, ``Guelph``, ``Athlone``, ``Tauranga``, ``Dayton``), a suburb of a city, and made-up
hospitals, clinics, medical centres, GP surgeries, schools and colleges by name (``Elmwood Hospital``,
``Brookfield Primary School``); rarely a town with its county, state or province after it.
Addresses as written locally: a street line (``42 Larkspur Avenue``, ``17 Thornbury Close``), a US
line with ``Apt 4B`` or with town, state and ZIP, a UK line with a flat number or a postcode, an Irish
line with its town, an Australian line with suburb, state and postcode, a NZ line with its suburb, a
Canadian line with its city and province; rarely an Australian ``3/41`` unit line.  Dates in the
forms people use: ``March 3rd``, ``March 3``, ``3rd March``, ``the 3rd of March``, ``the 14th``,
``3/14``, ``14/3``, ``Tuesday the 9th`` (``last`` and ``next`` in the carrier), ``14 March 2023``,
``March 14, 2023``, ``Friday, March 14``, ``Monday 3rd March``, ``June the 2nd``; weekdays agree with
dates that carry a year; rarely a date in words (``the twenty-first``) or a dotted one.  Ages over 89
(90-110): digits (most), words (``ninety-three``, ``ninety-one``), rarely ``a hundred and two``; the
unit (``years old``) in the carrier.  Phones in local formats: US and Canadian ``(613) 555-0142``,
``613-555-0142`` and ``613.555.0142`` with 555-01xx fiction numbers, UK ``07700 900123`` mobiles and
``0161 496 0123`` / ``020 7946 0123`` landlines, Irish ``087 123 4567`` mobiles and ``01 555 1234``
landlines, Australian ``0491 570 123`` mobiles and ``(02) 5550 1234`` landlines, NZ ``021 123 4567``
mobiles and ``(09) 555 1234`` landlines; rarely with a country code or an extension.  Emails:
free-mail and ISP addresses of these countries and invented practice and clinic addresses; rarely
one read out with ``at`` and ``dot``.  Web addresses: invented practice, clinic, trial and
resource pages, with and without ``https://`` and ``www``, rarely a short link.  SSNs as each
country's national number (planted as SSN -- a judgement call): US social security numbers,
Canadian SINs, UK National Insurance numbers, Irish PPS numbers, Australian tax file numbers and NZ
IRD numbers, the cue in the carrier (since ``value`` and the template are drawn independently, not
always the matching one); rarely read out in digits-as-words.  IDs (the cue always in the carrier,
never in the span): medical record numbers, insurance member and policy numbers, account numbers,
NHS numbers, Australian Medicare numbers, NZ NHI numbers, Ontario health card numbers, claim and
referral numbers, and a trial's participant numbers.
A title, kin word or possessive ``'s`` next to a name, an article before a place and ``last``/``next``
before a date stay outside the span; a date's own words (``the 3rd of March``, ``Tuesday the 9th``)
are inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and
then a form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (psilocybin 25 mg,
ketamine, sertraline 50 mg, esketamine, mirtazapine), scales (PHQ-9, GAD-7), ages under 90, kin
words as common nouns (my mum, my nan, the kids, my partner) and place-like common words (the
clinic, the GP, the pub, work, the school, the hospital, A&E, the care home); they hold no other
name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

# ---------------------------------------------------------------- names (invented people)
_FIRST = [
    "Emma", "Chloe", "Jessica", "Megan", "Hannah", "Laura", "Rachel", "Katie", "Amy", "Olivia", "Grace", "Lucy",
    "Sophie", "Ella", "Zoe", "Holly", "Niamh", "Aoife", "Orla", "Aisling", "Ashley", "Brittany", "Kayla",
    "Tyler", "Jason", "Ryan", "Kevin", "Brian", "Mark", "David", "Michael", "Chris", "Matt", "Josh", "Ben",
    "Tom", "Dan", "Sam", "Jack", "Liam", "Noah", "Ethan", "Dylan", "Connor", "Sean", "Darragh", "Cian",
    "Jake", "Mitch", "Brodie", "Hamish", "Callum", "Rory", "Jamie", "Nathan", "Steve", "Paul", "Gary",
    "Wayne", "Craig", "Karen", "Linda", "Susan", "Donna", "Tracey", "Michelle", "Nicole", "Melissa", "Kylie",
    "Leanne", "Shannon", "Tanya", "Aroha", "Tama", "Jasmine", "Mia", "Ruby", "Isla", "Madison", "Brooke",
    "Alyssa", "Jordan", "Marcus", "Derek", "Trevor", "Graham", "Ian", "Colin", "Neil", "Eileen", "Maureen",
    "Brenda", "Joan", "Margaret", "Dorothy", "Frank", "Harold", "Walter", "George", "Arthur", "Denise",
    "Sandra", "Julie", "Angela", "Fiona", "Kirsty", "Gemma", "Stacey", "Kerry", "Roisin", "Padraig",
    "Genevieve", "Mathieu", "Priscilla", "Lauren", "Natalie", "Vanessa", "Amanda", "Heather", "Bethany",
]
_LAST = [
    "Thompson", "Mitchell", "Harris", "Robinson", "Walsh", "Byrne", "Murphy", "Kelly", "O'Brien", "Doyle",
    "Brennan", "Kennedy", "Campbell", "Stewart", "Fraser", "Henderson", "Morrison", "Clarke", "Hughes",
    "Wright", "Turner", "Parker", "Cooper", "Bennett", "Ward", "Foster", "Price", "Barker", "Sutton",
    "Hayes", "Russell", "Griffiths", "Lloyd", "Evans", "Jenkins", "Patel", "Nguyen", "Singh", "Chen",
    "Wong", "Tran", "MacDonald", "McKenzie", "Sinclair", "Dawson", "Fletcher", "Marsh", "Pearce", "Reid",
    "Crawford", "Sullivan", "Garcia", "Martinez", "Johnson", "Miller", "Davis", "Anderson", "Walker",
    "Young", "Allen", "King", "Scott", "Green", "Baker", "Hill", "Carter", "Roberts", "Phillips",
    "Collins", "Edwards", "Morgan", "Bell", "Bailey", "Richardson", "Howard", "Peterson", "Gray", "Watson",
    "Brooks", "Sanders", "Wood", "Barnes", "Ross", "Coleman", "Perry", "Powell", "Patterson", "Butler",
    "Bryant", "Griffin", "Tremblay", "Gagnon", "Lefebvre", "Horvath", "Ngata", "Parata", "Keane", "Quinn",
    "Moloney", "Cassidy", "Flanagan", "Dunne", "Sheridan", "Hartley", "Ashworth", "Pemberton",
]
_HYPHEN_FIRST = ["Anne-Marie", "Jo-Anne", "Mary-Ellen", "Lee-Ann", "Jean-Luc", "Kerry-Ann"]


def _first(r: random.Random) -> str:
    return r.choice(_FIRST)


def _person(r: random.Random) -> str:
    p = r.random()
    if p < 0.52:
        return _first(r)
    if p < 0.76:
        return f"{_first(r)} {r.choice(_LAST)}"
    if p < 0.92:
        return r.choice(_LAST)
    if p < 0.95:
        return r.choice(_HYPHEN_FIRST)
    if p < 0.975:
        a, b = r.sample(_LAST[:90], 2)
        return f"{_first(r)} {a}-{b}"
    return f"{_first(r)[0]}. {r.choice(_LAST)}"


# ---------------------------------------------------------------- places (real towns, invented services)
_TOWNS = [
    # US
    "Dayton", "Worcester", "Tulsa", "Fort Collins", "Savannah", "Provo", "Lancaster", "Greenville",
    "Rochester", "Akron", "Madison", "Knoxville", "Des Moines", "Omaha", "Sacramento", "Bellevue",
    "Boulder", "Ann Arbor", "Syracuse", "Charleston",
    # Canada
    "Kingston", "Guelph", "Kelowna", "Moncton", "Red Deer", "Nanaimo", "Sudbury", "Sherbrooke",
    "Peterborough", "Oshawa", "Kamloops", "Fredericton",
    # UK
    "Swindon", "Stockport", "Norwich", "Exeter", "Warrington", "Gloucester", "Harrogate", "Falkirk",
    "Dundee", "Wrexham", "Bolton", "Chelmsford", "Preston", "Peterborough", "Bournemouth",
    # Ireland
    "Athlone", "Kilkenny", "Drogheda", "Sligo", "Navan", "Letterkenny", "Dundalk", "Clonmel", "Naas",
    "Wexford",
    # Australia
    "Geelong", "Wollongong", "Toowoomba", "Bendigo", "Cairns", "Launceston", "Townsville", "Bunbury",
    "Mildura", "Frankston",
    # New Zealand
    "Tauranga", "Napier", "Rotorua", "Invercargill", "Palmerston North", "Hastings", "Timaru", "Whangarei",
]
_SUBURBS = [
    "Brunswick", "Ponsonby", "Chatswood", "Glenelg", "Clontarf", "Rathmines", "Didsbury", "Scarborough",
    "Kitsilano", "Fremantle", "Parramatta", "Headingley", "Roxbury", "Petone", "Drumcondra", "Leederville",
]
_WITH_REGION = [
    "Kingston, Ontario", "Naas, County Kildare", "Bendigo, Victoria", "Dayton, Ohio", "Nanaimo, BC",
    "Harrogate, North Yorkshire", "Athlone, County Westmeath", "Timaru, South Canterbury",
]
_SERVICE_NAME = [
    "Elmwood", "Brookfield", "Larkhill", "Harbourside", "Westgate", "Pine Ridge", "Ashbourne", "Kingsmead",
    "Fernhill", "Riverbend", "Stonebridge", "Maple Grove", "Oakleigh Park", "Hollybank", "Copperfield",
    "Greenacre", "Bramblewood", "Lakeview", "Seacliff", "Thornfield", "Redwood", "Silverbirch",
]
_SERVICE_KIND = [
    "Hospital", "Medical Centre", "Medical Center", "Health Centre", "Surgery", "Primary School",
    "High School", "College", "Community Mental Health Centre", "Counselling Service", "Family Practice",
    "Private Hospital", "Clinic", "Secondary School", "Elementary School", "Psychology",
]


def _location(r: random.Random) -> str:
    p = r.random()
    if p < 0.55:
        return r.choice(_TOWNS)
    if p < 0.66:
        return r.choice(_SUBURBS)
    if p < 0.93:
        return f"{r.choice(_SERVICE_NAME)} {r.choice(_SERVICE_KIND)}"
    return r.choice(_WITH_REGION)


# ---------------------------------------------------------------- addresses (invented streets)
_STREET = [
    "Larkspur", "Thornbury", "Ashby", "Fairview", "Hawthorn", "Rosebery", "Clifton", "Beaumont", "Elmhurst",
    "Sycamore", "Wattle", "Banksia", "Kowhai", "Totara", "Chestnut", "Glenview", "Linden", "Marlborough",
    "Sandringham", "Primrose", "Heather", "Holmwood", "Pembroke", "Redfern", "Cedar Hollow", "Foxglove",
    "Windermere", "Meadowbank", "Sunnyside", "Lakeshore", "Grantham", "Bellbird", "Tui", "Ironbark",
]
_US_TYPE = ["Street", "Avenue", "Drive", "Lane", "Road", "Court", "Place", "Boulevard"]
_UK_TYPE = ["Road", "Close", "Street", "Avenue", "Crescent", "Gardens", "Grove", "Way", "Drive", "Terrace"]
_AU_TYPE = ["Street", "Road", "Avenue", "Parade", "Crescent", "Court", "Drive", "Place"]
_US_TOWN = [("Dayton", "OH", 454), ("Tulsa", "OK", 741), ("Provo", "UT", 846), ("Knoxville", "TN", 379),
            ("Omaha", "NE", 681), ("Akron", "OH", 443), ("Boulder", "CO", 803), ("Syracuse", "NY", 132)]
_CA_TOWN = [("Guelph", "ON", "N1"), ("Kelowna", "BC", "V1"), ("Moncton", "NB", "E1"), ("Kingston", "ON", "K7"),
            ("Red Deer", "AB", "T4"), ("Sherbrooke", "QC", "J1")]
_UK_TOWN = [("Swindon", "SN"), ("Stockport", "SK"), ("Norwich", "NR"), ("Exeter", "EX"), ("Preston", "PR"),
            ("Bolton", "BL"), ("Chelmsford", "CM"), ("Harrogate", "HG")]
_IE_TOWN = ["Athlone", "Kilkenny", "Drogheda", "Navan", "Clonmel", "Wexford", "Dundalk"]
_AU_TOWN = [("Geelong", "VIC", 32), ("Wollongong", "NSW", 25), ("Toowoomba", "QLD", 43), ("Bendigo", "VIC", 35),
            ("Cairns", "QLD", 48), ("Bunbury", "WA", 62), ("Frankston", "VIC", 31)]
_NZ_SUBURB = ["Mount Maunganui", "Greerton", "Taradale", "Karori", "Papanui", "Remuera", "Hillcrest", "Kelburn"]


def _letters(r: random.Random, k: int) -> str:
    return "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(k))


def _address(r: random.Random) -> str:
    n = r.randint
    p = r.random()
    if p < 0.30:  # a plain street line, any country
        return f"{n(2, 240)} {r.choice(_STREET)} {r.choice(_US_TYPE + _UK_TYPE)}"
    if p < 0.42:  # US with an apartment
        return f"{n(10, 4800)} {r.choice(_STREET)} {r.choice(_US_TYPE)}, Apt {n(1, 12)}{r.choice('ABCD')}"
    if p < 0.52:  # US with town, state and ZIP
        town, st, z = r.choice(_US_TOWN)
        return f"{n(100, 9800)} {r.choice(_STREET)} {r.choice(_US_TYPE)}, {town}, {st} {z}{n(0, 99):02d}"
    if p < 0.62:  # UK with a flat or a postcode
        town, pc = r.choice(_UK_TOWN)
        if r.random() < 0.5:
            return f"Flat {n(1, 9)}, {n(2, 120)} {r.choice(_STREET)} {r.choice(_UK_TYPE)}"
        return f"{n(2, 120)} {r.choice(_STREET)} {r.choice(_UK_TYPE)}, {town} {pc}{n(1, 9)} {n(1, 9)}{_letters(r, 2)}"
    if p < 0.71:  # Irish line with its town
        return f"{n(1, 60)} {r.choice(_STREET)} {r.choice(['Park', 'Drive', 'Road', 'Lawn', 'Avenue'])}, " \
               f"{r.choice(_IE_TOWN)}"
    if p < 0.81:  # Australian with suburb, state, postcode
        town, st, pc = r.choice(_AU_TOWN)
        return f"{n(2, 180)} {r.choice(_STREET)} {r.choice(_AU_TYPE)}, {town} {st} {pc}{n(10, 99)}"
    if p < 0.88:  # NZ with suburb
        return f"{n(2, 150)} {r.choice(_STREET)} {r.choice(['Street', 'Road', 'Avenue', 'Crescent', 'Place'])}, " \
               f"{r.choice(_NZ_SUBURB)}"
    if p < 0.95:  # Canadian with city and province
        town, prov, _ = r.choice(_CA_TOWN)
        return f"{n(100, 2900)} {r.choice(_STREET)} {r.choice(['Crescent', 'Drive', 'Avenue', 'Street'])}, " \
               f"{town}, {prov}"
    # rarer: Australian unit line or a Canadian postal code
    if r.random() < 0.5:
        return f"{n(1, 12)}/{n(2, 90)} {r.choice(_STREET)} {r.choice(_AU_TYPE)}"
    town, prov, fsa = r.choice(_CA_TOWN)
    return f"{n(100, 2900)} {r.choice(_STREET)} Drive, {town}, {prov} {fsa}{_letters(r, 1)} {n(1, 9)}" \
           f"{_letters(r, 1)}{n(1, 9)}"


# ---------------------------------------------------------------- dates
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
              9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
              15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
              20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth",
              25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}


def _ord(d: int) -> str:
    suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def _date(r: random.Random) -> str:
    y, m, d = r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    wd = _DAYS[datetime.date(y, m, d).weekday()]
    forms = [
        lambda: f"{mon} {_ord(d)}",
        lambda: f"{mon} {d}",
        lambda: f"{_ord(d)} {mon}",
        lambda: f"the {_ord(d)} of {mon}",
        lambda: f"the {_ord(d)}",
        lambda: f"{m}/{d}",
        lambda: f"{d}/{m}",
        lambda: f"{r.choice(_DAYS)} the {_ord(d)}",
        lambda: f"{d} {mon} {y}",
        lambda: f"{mon} {d}, {y}",
        lambda: f"{wd}, {mon} {d}",
        lambda: f"{wd} {_ord(d)} {mon}",
        lambda: f"{mon} the {_ord(d)}",
        lambda: f"{m}/{d}/{y}",
        lambda: f"{d}/{m}/{y}",
    ]
    if r.random() < 0.06:  # rarer forms
        return r.choice([f"the {_ORD_WORDS[d]}", f"{mon} the {_ORD_WORDS[d]}", f"{d}.{m}.{y % 100:02d}",
                         f"{mon[:3]} {d}"])
    return r.choice(forms)()


# ---------------------------------------------------------------- ages over 89
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    p = r.random()
    if p < 0.66:
        return str(a)
    if a < 100:
        return "ninety" if a == 90 else f"ninety-{_UNITS[a - 90]}"
    if p < 0.93:
        return str(a)
    if a == 100:
        return "a hundred"
    return f"a hundred and {_UNITS[a - 100] if a < 110 else 'ten'}"


# ---------------------------------------------------------------- phones (fiction ranges where they exist)
_US_AREA = [937, 508, 918, 970, 912, 801, 717, 864, 585, 330, 608, 865, 515, 402, 916]
_CA_AREA = [613, 519, 250, 506, 403, 705, 819, 905]
_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _phone(r: random.Random) -> str:
    n = r.randint
    p = r.random()
    if p < 0.34:  # US / Canada
        a = r.choice(_US_AREA + _CA_AREA)
        tail = f"01{n(0, 99):02d}"
        return r.choice([f"({a}) 555-{tail}", f"{a}-555-{tail}", f"{a}.555.{tail}", f"({a}) 555-{tail}"])
    if p < 0.54:  # UK
        return r.choice([f"07700 900{n(0, 999):03d}", f"07700 900{n(0, 999):03d}", f"0161 496 0{n(0, 999):03d}",
                         f"020 7946 0{n(0, 999):03d}", f"0113 496 0{n(0, 999):03d}", f"01632 960{n(0, 999):03d}"])
    if p < 0.66:  # Ireland
        return r.choice([f"08{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}",
                         f"08{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}", f"01 555 {n(1000, 9999)}"])
    if p < 0.80:  # Australia
        return r.choice([f"0491 570 {n(100, 999)}", f"0491 571 {n(100, 999)}", f"(02) 5550 {n(1000, 9999)}",
                         f"(03) 7010 {n(1000, 9999)}"])
    if p < 0.93:  # New Zealand
        return r.choice([f"021 {n(100, 999)} {n(1000, 9999)}", f"027 {n(100, 999)} {n(1000, 9999)}",
                         f"(09) 555 {n(1000, 9999)}", f"(04) 555 {n(1000, 9999)}"])
    # rarer: a country code, an extension, or read out
    q = r.random()
    if q < 0.35:
        return f"+44 7700 900{n(0, 999):03d}"
    if q < 0.55:
        return f"+61 491 570 {n(100, 999)}"
    if q < 0.8:
        return f"({r.choice(_US_AREA)}) 555-01{n(0, 99):02d} ext. {n(10, 499)}"
    digits = f"0491570{n(100, 999)}"
    return " ".join(_WORDS[int(c)] for c in digits[:4]) + ", " + " ".join(_WORDS[int(c)] for c in digits[4:7]) + \
        ", " + " ".join(_WORDS[int(c)] for c in digits[7:])


# ---------------------------------------------------------------- emails and web addresses (invented)
_FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "yahoo.com",
             "yahoo.ca", "icloud.com", "bigpond.com", "optusnet.com.au", "xtra.co.nz", "eircom.net",
             "btinternet.com", "sympatico.ca", "live.ie", "comcast.net"]
_PRACTICE = ["harboursidecounselling", "elmwoodpsychology", "brightwatertherapy", "maplegrovecounselling",
             "kingsmeadclinic", "riverbendwellbeing", "stonebridgepsych", "fernhilltherapy", "lakeviewketamine",
             "thornfieldcbt", "silverbirchcouples", "larkhillhealth", "seacliffpsychology", "greenacreclinic"]
_TLD = ["com", "co.uk", "com.au", "co.nz", "ca", "ie", "org"]


def _email(r: random.Random) -> str:
    f, last = _first(r).lower(), r.choice(_LAST).lower().replace("'", "")
    p = r.random()
    if p < 0.72:
        local = r.choice([f"{f}.{last}", f"{f}{last}", f"{f}.{last}{r.randint(1, 99)}", f"{f[0]}{last}",
                          f"{f}_{last}", f"{f}{r.randint(70, 99)}", f"{f}.{last[0]}"])
        return f"{local}@{r.choice(_FREEMAIL)}"
    if p < 0.95:
        who = r.choice(["info", "admin", "reception", "bookings", "hello", f"{f}", f"{f}.{last}", "study"])
        return f"{who}@{r.choice(_PRACTICE)}.{r.choice(_TLD)}"
    if p < 0.975:
        return f"{f.capitalize()}.{last.capitalize()}@{r.choice(_FREEMAIL)}"
    dom = r.choice(["gmail", "outlook", "hotmail"])
    return f"{f} dot {last} at {dom} dot com"


def _url(r: random.Random) -> str:
    site = f"{r.choice(_PRACTICE)}.{r.choice(_TLD)}"
    path = r.choice(["", "", "", "/booking", "/resources", "/fees", "/contact", "/resources/sleep-diary",
                     "/worksheets/thought-record.pdf", "/psilocybin-study", "/integration", "/couples",
                     "/patient-portal", "/forms/intake"])
    p = r.random()
    if p < 0.4:
        return f"www.{site}{path}"
    if p < 0.7:
        return f"https://www.{site}{path}"
    if p < 0.93:
        return f"{site}{path}" if path else f"https://{site}"
    return r.choice([f"bit.ly/{r.choice(['calm', 'sleep', 'prep', 'intake'])}{r.randint(10, 99)}",
                     f"https://{site}/t/{r.randint(100000, 999999)}"])


# ---------------------------------------------------------------- national numbers (planted as SSN)
def _ssn(r: random.Random) -> str:
    n = r.randint
    p = r.random()
    if p < 0.40:
        area = r.choice([n(1, 665), n(667, 899)])
        return f"{area:03d}-{n(1, 99):02d}-{n(1, 9999):04d}"
    if p < 0.54:
        s = f"{n(1, 7)}{n(10, 99)}{n(100, 999)}{n(100, 999)}"
        return r.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])
    if p < 0.68:
        pre = r.choice(["AB", "CE", "JT", "KM", "NW", "PR", "SE", "TH", "WL", "HY", "LE", "GR"])
        a, b, c = n(10, 99), n(10, 99), n(10, 99)
        return r.choice([f"{pre} {a} {b} {c} {r.choice('ABCD')}", f"{pre}{a}{b}{c}{r.choice('ABCD')}"])
    if p < 0.79:
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHJKLMNPRSTW')}{r.choice(['', '', 'A', 'W'])}"
    if p < 0.89:
        return f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    if p < 0.97:
        return r.choice([f"{n(10, 99)}-{n(100, 999)}-{n(100, 999)}", f"{n(100, 129)}-{n(100, 999)}-{n(100, 999)}"])
    digits = f"{n(100, 665)}{n(10, 99)}{n(1000, 9999)}"
    say = [_WORDS[int(c)] for c in digits]
    return f"{' '.join(say[:3])}, {' '.join(say[3:5])}, {' '.join(say[5:])}"


# ---------------------------------------------------------------- record, insurance, account numbers
def _id(r: random.Random) -> str:
    n = r.randint
    p = r.random()
    if p < 0.18:  # medical record number
        return r.choice([f"{n(1000000, 9999999)}", f"00{n(100000, 999999)}", f"{n(10000000, 99999999)}"])
    if p < 0.32:  # insurance member / policy
        return r.choice([f"{_letters(r, 3)}{n(100000000, 999999999)}", f"W{n(100000000, 999999999)}",
                         f"{n(100000, 999999)}-{n(10, 99)}"])
    if p < 0.44:  # account number
        return f"{n(10000000, 99999999)}"
    if p < 0.54:  # NHS number
        return f"{n(400, 499)} {n(100, 999)} {n(1000, 9999)}"
    if p < 0.63:  # Australian Medicare
        return r.choice([f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}", f"{n(2000, 6999)}{n(10000, 99999)}{n(1, 9)}"])
    if p < 0.71:  # NZ NHI
        return f"{_letters(r, 3)}{n(1000, 9999)}"
    if p < 0.79:  # Ontario health card
        return r.choice([f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}",
                         f"{n(1000, 9999)} {n(100, 999)} {n(100, 999)} {_letters(r, 2)}"])
    if p < 0.88:  # claim / referral reference
        return r.choice([f"{n(1000000, 9999999)}", f"CL{n(1000000, 9999999)}", f"REF{n(100000, 999999)}"])
    if p < 0.96:  # trial participant number
        return r.choice([f"{n(10, 99)}-{n(1000, 9999)}", f"PS{n(10000, 99999)}"])
    return f"{n(10, 99)}-{n(100000, 999999)}-{n(10, 99)}"


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "My sister {} came with me to the first appointment.",
        "I've been talking to {} a lot more since our last session.",
        "{} doesn't really know how bad things got.",
        "Dr {} said we could start on a lower dose of sertraline.",
        "My husband {} thinks I should take some time off work.",
        "It was {}'s idea to come to couples counselling in the first place.",
        "I rang {} afterwards and we talked for about an hour.",
        "Mrs {} was my teacher in primary school, and she was the only one who noticed.",
        "My son {} has just started secondary school and he's struggling.",
        "I keep going over what {} said at dinner.",
        "During the psilocybin session I saw my grandmother {} really clearly.",
        "Mr {} from the housing office finally called me back.",
        "Honestly, {} is the only person I can be completely honest with.",
        "My mum and {} had a huge row at the weekend.",
        "Our daughter {} has been sleeping in our bed again.",
        "I told my partner {} about the ketamine appointments.",
        "{} and I have been together for eleven years.",
        "When {} left, I stopped eating properly.",
        "I had a long chat with my best mate {} about the drinking.",
        "My brother-in-law {} offered to drive me to the clinic.",
        "The nurse, {}, checked my blood pressure before the infusion.",
        "I think {} is worried about me but won't say it.",
        "My grandad {} used to take me fishing every summer.",
        "Ms {} at the school wants to meet with both of us.",
        "I got a text from {} last night and I didn't answer it.",
        "{} was the one who found me that night.",
        "So {} is your older sister?",
        "And how did {} react when you told them?",
        "My stepdad {} moved out when I was fourteen.",
        "I've asked {} if they'd come to one of our sessions.",
        "Professor {} is supervising my thesis, and the pressure is a lot.",
        "My manager, {}, has been really understanding about the time off.",
        "I used the thought record after the argument with {}.",
    ],
    "LOCATION": [
        "I grew up in {}, so it's a long drive home.",
        "We moved to {} when I was about nine.",
        "My parents still live in {}.",
        "I was admitted to {} for two weeks after that.",
        "She goes to {} now and she hates it.",
        "The ketamine clinic is out near {}, about forty minutes away.",
        "I used to work in {} before the redundancy.",
        "We spent the weekend in {} and it was the first time I relaxed in months.",
        "My GP at {} referred me here.",
        "I drove past {} on the way here and had a bit of a moment.",
        "He's living in {} with his new partner.",
        "Have you always lived in {}?",
        "The counsellor we saw in {} was no help at all.",
        "My daughter's doing her nursing placement at {}.",
        "I was born in {}, but we left when I was a baby.",
        "The train from {} was delayed, sorry I'm late.",
        "I've got a flat in {} now, closer to work.",
        "Things got really bad after we moved out to {}.",
        "The preparation sessions were held at {}.",
        "I went to school at {}.",
        "My nan's in a care home just outside {}.",
        "The emergency department at {} was packed that night.",
        "We had the wedding in {}, which feels like another life now.",
        "He was transferred to {} after the overdose.",
        "I met my wife at uni in {}.",
        "There's a support group that meets in {} in the evenings.",
        "I'm thinking of moving back to {} to be near my sister.",
        "The last place we lived was {}, and I never settled there.",
        "Is the clinic in {} easier for you to get to?",
        "My son's at {} and the teachers keep ringing me.",
        "I did my exposure homework at the shops in {}.",
    ],
    "ADDRESS": [
        "We've moved, so the new address is {}.",
        "I'm staying at my brother's place, {}, for now.",
        "Can you send the letter to {} instead?",
        "My mum's address is {} if you need it for the form.",
        "I grew up at {}, right by the school.",
        "We're renting a place at {} now.",
        "The clinic posted the forms to {}, which is my old address.",
        "It's {}, the house with the blue door.",
        "The landlord wants us out of {} by the end of the month.",
        "My address is {}.",
        "We bought a house at {} just before the baby came.",
        "He's moved into a unit at {}, so he's closer to the hospital.",
        "The practice is at {}, upstairs from the pharmacy.",
        "Could you update my address? It's {} now.",
        "I still drive past {} sometimes, where we used to live.",
        "The dosing sessions are at {}, round the back of the building.",
        "My ex is still living at {} with the kids.",
        "For the trial paperwork, my postal address is {}.",
        "Our old place was {}, and I've got mixed feelings about it.",
        "The support group meets at {}, in the room at the back.",
        "The police came to {} that night.",
        "We're at {} now, it's a lot quieter.",
        "My nan lived at {} for fifty years.",
        "Is it still {} for your correspondence?",
        "Please put {} on the referral.",
        "I walked all the way from {} to the river that night.",
        "The new flat is {}, and I've finally unpacked.",
    ],
    "DATE": [
        "My next infusion is on {}.",
        "The dosing session is booked for {}.",
        "We separated on {}, and it still feels raw.",
        "Can we meet on {} instead?",
        "My dad passed away on {}.",
        "I haven't had a drink since {}.",
        "The integration session was on {}, I think.",
        "Our anniversary is {}, and I'm dreading it.",
        "The court date is {}.",
        "I started the new job on {}.",
        "So the preparation session is {}, and the dosing day is the week after?",
        "I had the panic attack on {}, on the train.",
        "Her birthday is {}.",
        "I last saw him on {}.",
        "It all kicked off last {}, when he came home drunk.",
        "I'm away from {} for two weeks.",
        "The baby is due on {}.",
        "I've got my follow-up with the psychiatrist on {}.",
        "Things have been better since {}, honestly.",
        "We've booked the next couples session for {}.",
        "My mum's funeral was on {}.",
        "The assessment was {}, and they said I'd hear back soon.",
        "My last PHQ-9 was on {}, and it was a bit lower.",
        "I was discharged from the ward on {}.",
        "Next {} would have been his birthday.",
        "I moved out on {}.",
        "The ketamine follow-up is {} at ten.",
        "I started the mirtazapine on {}.",
        "So your first session with us was {}, is that right?",
        "We had the big argument on {}.",
    ],
    "AGE": [
        "My grandmother is {} and still lives on her own.",
        "My nan turned {} at the weekend.",
        "He died at {}, in his sleep.",
        "She's {} now, and her memory's going.",
        "Dad's {} and he still won't let anyone help him.",
        "My great-aunt lived to {}.",
        "My grandfather was {} when he passed.",
        "She'll be {} next month and she wants a party.",
        "Looking after someone who's {} is exhausting.",
        "He's {} years old and still drives himself to church.",
        "My neighbour, who's {}, keeps an eye on the kids for me.",
        "Gran is {} and the care home keeps calling me.",
        "My grandpa is {}, can you believe that?",
        "When she turned {}, the whole family came over.",
        "He's {}, so they won't operate.",
        "My aunt is {} and she's the sharpest of all of us.",
        "Mum is {} and I'm her only carer.",
        "She was {} years old when she died.",
        "My grandmother's {} and she still does the crossword every day.",
        "He made it to {}, which is something.",
        "Caring for my father, who's {}, takes up most of my week.",
        "Our oldest resident is {} and she still tells me off.",
        "My great-grandmother is {} years old.",
        "He's {} and lives with us now.",
        "Her mum is {} and lives in the granny flat.",
        "I can't believe my nan is {} this year.",
        "He was {} and still walking every morning.",
    ],
    "PHONE": [
        "My mobile is {}.",
        "You can reach me on {} during the day.",
        "My husband's number is {}, in case you can't get hold of me.",
        "Best to text me on {}.",
        "The pharmacy's number is {}.",
        "Call me on {} if there's a cancellation.",
        "My work number is {}, but I'd rather you used my mobile.",
        "My mum's number is {} if there's an emergency.",
        "The number for the after-hours line is {}.",
        "I've got a new number, it's {}.",
        "My cell is {}.",
        "The trial coordinator said to ring {} if I feel unwell after the dose.",
        "Can you put {} down as my emergency contact?",
        "If I don't answer, try my sister on {}.",
        "The clinic's direct line is {}.",
        "I called {} about the referral and nobody picked up.",
        "My home phone is {}.",
        "Just so I have it right, your number is {}?",
        "Could you leave a message on {}?",
        "The nurse gave me {} for the ketamine clinic.",
        "Text {} and they'll book you in.",
        "My partner's mobile is {}.",
        "The landline is {}, but we don't really use it.",
        "I've saved the number as {} in my phone.",
        "Ring the front desk on {} to reschedule.",
        "The best number for me is {}.",
    ],
    "EMAIL": [
        "My email is {}.",
        "Can you send the worksheet to {}?",
        "I emailed {} about the appointment but didn't hear back.",
        "You can reach me at {}.",
        "The study team's address is {}.",
        "Please use {} rather than my work email.",
        "I'll send my sleep diary to {} tonight.",
        "My partner's email is {}, if you want to copy them in.",
        "The booking confirmation came from {}.",
        "Send the integration notes to {}, please.",
        "I've set up a new email, it's {}.",
        "Just to check, your email is {}?",
        "The invoice should go to {}.",
        "You can contact the practice at {}.",
        "My daughter set up {} so I can get the reminders.",
        "I'll forward the letter to {}.",
        "If anything changes, email {}.",
        "I sent the thought records to {} last night.",
        "The coordinator's email is {}.",
        "Please update my email to {}.",
        "Could you send the consent form to {}?",
        "The receptionist said to email {}.",
        "Use {} for anything about the trial.",
        "My old address was {}, but I don't check it anymore.",
        "I got a message from {} about the payment.",
        "They're going to email the results to {}.",
    ],
    "URL": [
        "The information sheet is on {}.",
        "I found the breathing exercise at {}.",
        "You can book online at {}.",
        "There's a good sleep guide on {}.",
        "The study page is {}.",
        "Have a look at {} before the next session.",
        "I filled in the form at {}.",
        "The practice website is {}.",
        "The link for the video session is {}.",
        "I printed the worksheet from {}.",
        "They've put the music for the dosing day on {}.",
        "The fees are listed at {}.",
        "I read about the ketamine treatment on {}.",
        "You can download the thought record from {}.",
        "My wife found the couples workshop at {}.",
        "The survey is at {}, it only takes ten minutes.",
        "I've bookmarked {} for when I can't sleep.",
        "There's a page for families at {}.",
        "Go to {} and click on the resources tab.",
        "The integration group has a page at {}.",
        "I had a look at {} and it explained the dosing day.",
        "The patient portal is {}.",
        "The referral form is on {}.",
        "Someone in the group shared {}.",
        "You'll find the relaxation audio at {}.",
        "The privacy notice is at {}.",
    ],
    "SSN": [
        "My social security number is {}.",
        "My social is {}.",
        "My SIN is {}.",
        "My National Insurance number is {}.",
        "My PPS number is {}.",
        "My tax file number is {}.",
        "My IRD number is {}.",
        "For the payment form, my social security number is {}.",
        "The trial needed my SIN for the payments, it's {}.",
        "My NI number is {}, I think.",
        "The form asked for my social security number, so I put {}.",
        "My PPS is {}.",
        "They wanted my tax file number, which is {}.",
        "The IRD number on the letter is {}.",
        "My Social Insurance Number is {}.",
        "His social security number is {}, if that helps with the claim.",
        "I gave them my National Insurance number, {}.",
        "My social security number ends up on everything, it's {}.",
        "For the reimbursement they need your SIN, so that's {}?",
        "My NI is {}.",
        "My wife's social security number is {}.",
        "The benefits office has my National Insurance number as {}.",
        "The PPS number on my card is {}.",
        "I read my tax file number out to them, {}.",
        "My SSN is {}.",
    ],
    "ID": [
        "My medical record number is {}.",
        "The MRN on my wristband is {}.",
        "My insurance member ID is {}.",
        "My policy number is {}.",
        "The account number is {}.",
        "My NHS number is {}.",
        "My Medicare number is {}.",
        "My NHI number is {}.",
        "My health card number is {}.",
        "The claim number is {}.",
        "The referral number on the letter is {}.",
        "My participant number for the study is {}.",
        "The hospital number on the letter is {}.",
        "My member number is {}, if you need it for the billing.",
        "The reference number for the complaint is {}.",
        "My Medicare card number is {}.",
        "For the insurance, the policy number is {}.",
        "My patient number at the clinic is {}.",
        "The claim reference they gave me is {}.",
        "My record number is {}, I think.",
        "Your participant ID is {}, so put that on the diary.",
        "My OHIP number is {}.",
        "My group plan number is {}.",
        "The account number for the bill is {}.",
        "My NHS number is {}, it's on the letter.",
        "They gave me client number {} at intake.",
    ],
}
