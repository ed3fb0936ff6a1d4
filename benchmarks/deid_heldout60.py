"""A sixty-second SYNTHETIC transcript set for benchmarks/deid.py: the sixtieth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand, now and
then with their state, province or county, are used as places only, never with a person; every hospital,
clinic, medical centre, counselling practice, school, college, trial, care home and workplace name is made
up).  Written on 2026-12-08 by an engineer who had NOT seen the de-identifier's rules, its docs page, its
tests or the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored,
and the docstrings of the earlier sets, plus the ``value`` signature and the ``TEMPLATES`` shape of
deid_heldout19.py, for the format), in one go, before any run; no rule and no line of this file was changed
after its first run.  It was first run on main at commit aee1e81 (the twenty-sixth round's rules) and
measures how the rules do on transcripts they were not written for; it stays a blind set until a later
round makes it a development set.

Style: A SIXTH SAMPLE, by another writer, of ORDINARY AUTOMATIC TRANSCRIPTS of psychotherapy sessions and
research interviews as today's tools write them and researchers export them (after deid_heldout36.py,
deid_heldout38.py, deid_heldout46.py, deid_heldout52.py and deid_heldout56.py, whose docstrings only were
read; this one is written its own way, from what such tools really produce, not from their lists):
Whisper, Otter.ai, Zoom and Teams auto-captions and transcript exports -- a VTT/SRT cue line run into its
text (``00:27:03.550 --> 00:27:08.120 My son ...``), ``[00:12:44]`` stamps, Otter's ``Speaker 2  18:22``
headers run into the text, ``SPEAKER_00:``/``SPEAKER_01:`` diarisation labels, a Teams ``<v Speaker 1>...</v>``
voice tag (the generic labels stand in for the meeting participants' display names, which would be
identifiers of their own); mostly correct capitals and punctuation, numbers as such tools write them
(digits, ``$400``, ``80%``, ``100 mg``, ``the 3rd one``, phone numbers as digit groups, now and then a number
spelled out), occasional mis-recognitions (``the quiet a pin`` for quetiapine, ``sillo cybin``, ``the
dozing day``, ``PHQ nine``) and run-on turns strung together with ``and``, ``like``, ``so yeah``.  The
benchmark's generator writes every turn as ``Therapist:``/``Client:``, so a template's own stamp and label
sit inside the ``Client:`` turn; a template is sometimes the clinician's or interviewer's line (a question,
an address, number or date read back).
Settings: telehealth CBT, counselling, couples therapy, a psilocybin or ketamine trial's remote preparation
and integration sessions, and qualitative follow-up interviews over Zoom.  Speakers from the US, Canada,
the UK, Ireland, Australia and New Zealand, mixed (``mum``, ``mom``, ``mam``, ``nan``, ``pop``, ``the GP``,
``the ED``, ``uni``, ``mate``, ``fella``).  Kept plain and natural; it does not chase variety for its own sake.

Identifier forms: the MOST COMMON forms such tools produce, evenly spread; hard or exotic forms are rare
(under one in ten of each type).  Names: a first name alone (about half), a full name, a surname (most
often after ``Dr``/``Dr.``/``Mr``/``Ms``/``Professor`` in the carrier), a relative's, partner's, mate's,
nurse's, guide's or manager's name after a kin or role word in the carrier, a possessive ``'s`` in the
carrier; rarely a hyphenated first name, an ``O'`` surname or a name the tool wrote in lower case.  Places:
the city, town or suburb (``Toowoomba``, ``Guelph``, ``Stockport``, ``Athlone``, ``Whangarei``, ``Eau
Claire``), and made-up hospitals, medical centres, counselling services, schools, colleges, care homes and
workplaces by name (``Harrowmere General Hospital``, ``Wrenfield Medical Centre``, ``Calderbank Freight``);
rarely a town with its state, province or county inside the span.  Addresses as said and as the tool writes
them: a street line with digits (most), a US line with ``Apt 4C`` or with town, state and ZIP, a UK line
with ``Flat 2,`` or with town and postcode, an Irish estate line with its town (and county), an Australian
line with suburb, state and postcode or a ``Unit 4,`` line, a NZ line with town and postcode, a Canadian
line with city and province (sometimes a postal code); rarely a ``4/18`` unit line or a house number in
words.  Dates as said (calendar dates only, no holidays): ``March 3rd`` (most), ``March 3``, ``the 14th``,
``the 2nd of May``, ``14th March``, ``Friday the 9th``, ``May 2nd, 2023``, ``3/14``; ``on``, ``since``, ``by``
in the carrier; rarely ``the twenty-first`` or ``March third``.  Ages over 89 (90-110): digits (most), words
as Whisper sometimes writes them (``ninety-three``), rarely ``a hundred and two``; the unit, if any, in the
carrier.  Phones as digit groups in local layouts: US and Canadian ``(413) 555-0187``, ``413-555-0187``,
``413 555 0187`` (555-01xx fiction numbers), UK ``07700 900xxx`` mobiles and ``0161 496 0xxx`` / ``020 7946
0xxx`` landlines, Irish ``087``/``086``/``085`` mobiles and ``01`` landlines, Australian ``0491 570 xxx``
mobiles and ``(02)``/``(03) 5550 xxxx`` landlines, NZ ``021``/``022``/``027`` mobiles and ``(09)``/``(04)``
landlines; rarely a country code or the digits spelled out.  Emails as the tool writes a spoken one,
``jane.doe@gmail.com`` (most) or ``jane dot doe at gmail dot com``, rarely an ``underscore`` read out;
free-mail and ISP addresses of these countries and invented practice, clinic and trial addresses.  Web
addresses: invented practice, clinic, trial, booking, resource and fundraiser pages with and without
``https://`` and ``www``, a Zoom meeting link; rarely a spoken ``dot com`` one or a short link.  SSNs as each
country's national number (planted as SSN -- a judgement call): US social security numbers (most),
Canadian SINs, UK National Insurance numbers, Irish PPS numbers, Australian tax file numbers and NZ IRD
numbers, the cue in the carrier (``value`` and the template are drawn independently, so not always the
matching one); rarely read out in words.  IDs (the cue always in the carrier, never in the span): medical
record and hospital numbers, insurance member and policy numbers, trial participant and screening numbers,
client, account, referral, case and claim numbers, NHS numbers, Australian Medicare numbers, NZ NHI
numbers, Ontario health card numbers and Medicaid numbers; rarely digits read out in words.
A title, kin or role word, speaker label, timestamp or possessive ``'s`` next to a name, an article before a
place and ``on`` before a date stay outside the span; a date's own words (``the 2nd of May``, ``Friday the
9th``) are inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and
then a form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: timestamps, speaker labels (``Speaker 1``,
``SPEAKER_00``), drugs and doses (psilocybin, ketamine, sertraline 100 mg, quetiapine), scales (PHQ-9,
GAD-7), amounts (``$400``), ages and counts under 90, times of day, kin words as common nouns (my mum, my
nan, the kids, my partner), the tools' names (Zoom) and place-like common words (the clinic, the GP, the ED,
the school, work, uni, the care home); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

FIRST = ["Megan", "Declan", "Aoife", "Tyler", "Brittany", "Hamish", "Mere", "Tane", "Kayla", "Brendan",
         "Niamh", "Rhys", "Callum", "Jasmine", "Tegan", "Bronwyn", "Shauna", "Darragh", "Ciara", "Eoin",
         "Kirsty", "Gemma", "Wayne", "Travis", "Mackenzie", "Riley", "Brooke", "Hayden", "Connor", "Ethan",
         "Olivia", "Aroha", "Nikau", "Ruby", "Keira", "Jarrod", "Shane", "Leanne", "Tracey", "Denise",
         "Maureen", "Colm", "Padraig", "Orla", "Grainne", "Fiona", "Alison", "Heather", "Craig", "Stuart",
         "Graham", "Darren", "Kelsey", "Brianna", "Jacinta", "Marcus", "Andre", "Harpreet", "Mei", "Thanh",
         "Farah", "Tariq", "Amara", "Josh", "Natalie", "Corey", "Danielle", "Luke", "Stacey", "Owen"]
LAST = ["Brennan", "McAllister", "Whitaker", "Pemberton", "Nguyen", "Tran", "Patel", "Singh", "Thompson",
        "Henderson", "Murphy", "Doyle", "Byrne", "Walsh", "Reilly", "Harrington", "Caldwell", "Prescott",
        "Lawson", "Fletcher", "Ngata", "Tipene", "Parata", "Kowalski", "Rossi", "Fraser", "MacLeod", "Sinclair",
        "Duffy", "Keane", "Hegarty", "Costello", "Barrett", "Jennings", "Hartley", "Rowe", "Carver", "Molloy",
        "Brady", "Toohey", "Nolan", "Quinn", "Whelan", "Pearce", "Cartwright", "Sheridan", "Horvat", "Delaney",
        "Mahoney", "Ashworth", "Bui", "Chaudhry", "Ferreira", "Lindsay", "Matheson", "Petersen", "Kerrigan"]
RARE_PERSON = ["Mary-Kate", "Jean-Luc", "Anna-Maria", "Lily-Rose", "O'Rourke", "O'Connell", "O'Dwyer",
               "megan", "declan", "aoife"]

TOWNS = {
    "US": ["Dayton", "Lubbock", "Modesto", "Syracuse", "Worcester", "Eau Claire", "Sioux Falls", "Fort Collins",
           "Knoxville", "Grand Rapids", "Fort Wayne", "Green Bay", "Provo", "Reno", "Olympia", "Bangor",
           "Burlington", "Erie", "Billings", "Tulsa", "Macon", "Yakima"],
    "CA": ["Guelph", "Moncton", "Red Deer", "Nanaimo", "Kelowna", "Peterborough", "Sudbury", "Thunder Bay",
           "Kamloops", "Brandon", "Fredericton", "Sherbrooke", "Barrie", "Lethbridge", "Oshawa", "Kitchener"],
    "UK": ["Swindon", "Stockport", "Wigan", "Carlisle", "Doncaster", "Swansea", "Aberdeen", "Dundee",
           "Wolverhampton", "Huddersfield", "Bolton", "Gloucester", "Exeter", "Luton", "Northampton", "Salford"],
    "IE": ["Galway", "Athlone", "Drogheda", "Sligo", "Killarney", "Tralee", "Letterkenny", "Ennis", "Mullingar",
           "Navan", "Dundalk", "Castlebar", "Clonmel", "Portlaoise", "Tallaght", "Rathmines"],
    "AU": ["Wollongong", "Geelong", "Ballarat", "Toowoomba", "Mackay", "Bendigo", "Cairns", "Townsville",
           "Wagga Wagga", "Launceston", "Mildura", "Frankston", "Penrith", "Parramatta", "Bunbury", "Dubbo"],
    "NZ": ["Rotorua", "Whangarei", "Napier", "Tauranga", "Palmerston North", "Invercargill", "Timaru",
           "Gisborne", "Whanganui", "Masterton", "Porirua", "Papakura", "Ponsonby"],
}
# the region (state, province, county, region) and postcode head of each town, for the few spans that carry them
REGION = {
    "Dayton": ("Ohio", "OH", "454"), "Lubbock": ("Texas", "TX", "794"), "Modesto": ("California", "CA", "953"),
    "Syracuse": ("New York", "NY", "132"), "Worcester": ("Massachusetts", "MA", "016"),
    "Eau Claire": ("Wisconsin", "WI", "547"), "Sioux Falls": ("South Dakota", "SD", "571"),
    "Fort Collins": ("Colorado", "CO", "805"), "Knoxville": ("Tennessee", "TN", "379"),
    "Grand Rapids": ("Michigan", "MI", "495"), "Fort Wayne": ("Indiana", "IN", "468"),
    "Green Bay": ("Wisconsin", "WI", "543"), "Provo": ("Utah", "UT", "846"), "Reno": ("Nevada", "NV", "895"),
    "Olympia": ("Washington", "WA", "985"), "Bangor": ("Maine", "ME", "044"), "Burlington": ("Vermont", "VT", "054"),
    "Erie": ("Pennsylvania", "PA", "165"), "Billings": ("Montana", "MT", "591"), "Tulsa": ("Oklahoma", "OK", "741"),
    "Macon": ("Georgia", "GA", "312"), "Yakima": ("Washington", "WA", "989"),
    "Guelph": ("Ontario", "ON", "N1"), "Moncton": ("New Brunswick", "NB", "E1"), "Red Deer": ("Alberta", "AB", "T4"),
    "Nanaimo": ("British Columbia", "BC", "V9"), "Kelowna": ("British Columbia", "BC", "V1"),
    "Peterborough": ("Ontario", "ON", "K9"), "Sudbury": ("Ontario", "ON", "P3"), "Thunder Bay": ("Ontario", "ON", "P7"),
    "Kamloops": ("British Columbia", "BC", "V2"), "Brandon": ("Manitoba", "MB", "R7"),
    "Fredericton": ("New Brunswick", "NB", "E3"), "Sherbrooke": ("Quebec", "QC", "J1"),
    "Barrie": ("Ontario", "ON", "L4"),
    "Lethbridge": ("Alberta", "AB", "T1"), "Oshawa": ("Ontario", "ON", "L1"), "Kitchener": ("Ontario", "ON", "N2"),
    "Swindon": ("Wiltshire", "", "SN"), "Stockport": ("Greater Manchester", "", "SK"),
    "Wigan": ("Greater Manchester", "", "WN"),
    "Carlisle": ("Cumbria", "", "CA"), "Doncaster": ("South Yorkshire", "", "DN"), "Swansea": ("Wales", "", "SA"),
    "Aberdeen": ("Scotland", "", "AB"), "Dundee": ("Scotland", "", "DD"), "Wolverhampton": ("West Midlands", "", "WV"),
    "Huddersfield": ("West Yorkshire", "", "HD"), "Bolton": ("Greater Manchester", "", "BL"),
    "Gloucester": ("Gloucestershire", "", "GL"), "Exeter": ("Devon", "", "EX"), "Luton": ("Bedfordshire", "", "LU"),
    "Northampton": ("Northamptonshire", "", "NN"), "Salford": ("Greater Manchester", "", "M"),
    "Galway": ("County Galway", "", ""), "Athlone": ("County Westmeath", "", ""), "Drogheda": ("County Louth", "", ""),
    "Sligo": ("County Sligo", "", ""), "Killarney": ("County Kerry", "", ""), "Tralee": ("County Kerry", "", ""),
    "Letterkenny": ("County Donegal", "", ""), "Ennis": ("County Clare", "", ""),
    "Mullingar": ("County Westmeath", "", ""), "Navan": ("County Meath", "", ""), "Dundalk": ("County Louth", "", ""),
    "Castlebar": ("County Mayo", "", ""), "Clonmel": ("County Tipperary", "", ""),
    "Portlaoise": ("County Laois", "", ""),
    "Tallaght": ("Dublin", "", ""), "Rathmines": ("Dublin", "", ""),
    "Wollongong": ("New South Wales", "NSW", "25"), "Geelong": ("Victoria", "VIC", "32"),
    "Ballarat": ("Victoria", "VIC", "33"), "Toowoomba": ("Queensland", "QLD", "43"),
    "Mackay": ("Queensland", "QLD", "47"),
    "Bendigo": ("Victoria", "VIC", "35"), "Cairns": ("Queensland", "QLD", "48"),
    "Townsville": ("Queensland", "QLD", "48"),
    "Wagga Wagga": ("New South Wales", "NSW", "26"), "Launceston": ("Tasmania", "TAS", "72"),
    "Mildura": ("Victoria", "VIC", "35"), "Frankston": ("Victoria", "VIC", "31"),
    "Penrith": ("New South Wales", "NSW", "27"),
    "Parramatta": ("New South Wales", "NSW", "21"), "Bunbury": ("Western Australia", "WA", "62"),
    "Dubbo": ("New South Wales", "NSW", "28"),
    "Rotorua": ("Bay of Plenty", "", "30"), "Whangarei": ("Northland", "", "01"), "Napier": ("Hawke's Bay", "", "41"),
    "Tauranga": ("Bay of Plenty", "", "31"), "Palmerston North": ("Manawatu", "", "44"),
    "Invercargill": ("Southland", "", "98"), "Timaru": ("Canterbury", "", "79"), "Gisborne": ("Gisborne", "", "40"),
    "Whanganui": ("Manawatu-Whanganui", "", "45"), "Masterton": ("Wairarapa", "", "58"),
    "Porirua": ("Wellington", "", "50"),
    "Papakura": ("Auckland", "", "21"), "Ponsonby": ("Auckland", "", "10"),
}
PLACE_STEM = ["Harrowmere", "Wrenfield", "Calderbank", "Thornhaven", "Greywater", "Brackenridge", "Hollowmere",
              "Elmstead", "Moorcroft", "Linden Vale", "Ashcombe", "Fernleigh", "Glenmorrow", "Stillwater Bay",
              "Redgate", "Oakhurst", "Corran", "Willowmere", "Banksford", "Kilbarron"]
PLACE_KIND = ["Hospital", "General Hospital", "Private Hospital", "Medical Centre", "Health Centre",
              "Family Practice", "Counselling Service", "Community Mental Health Centre", "Primary School",
              "High School", "College", "Care Home", "Nursing Home", "Freight", "Credit Union", "Engineering",
              "Builders", "Packaging"]

STREET = ["Larkhill", "Carden", "Pinewood", "Ridgeway", "Tamarack", "Wattlebird", "Kowhai", "Rimu", "Elmhurst",
          "Hawthorne", "Bayview", "Kingfisher", "Sorrel", "Clover", "Fairview", "Maple Ridge", "Beechwood",
          "Ferndale", "Oakpark", "Rosewood", "Heathfield", "Mulberry", "Cedar", "Whitethorn", "Bracken", "Tui",
          "Hollis", "Glenview", "Ashdown", "Primrose"]
ST_TYPE = {"US": ["Street", "Avenue", "Drive", "Road", "Lane", "Court", "Boulevard"],
           "CA": ["Street", "Avenue", "Drive", "Crescent", "Road", "Court"],
           "UK": ["Road", "Street", "Close", "Lane", "Avenue", "Way", "Grove"],
           "IE": ["Road", "Grove", "Park", "Close", "Avenue", "Lawn", "Drive"],
           "AU": ["Street", "Road", "Crescent", "Avenue", "Parade", "Court", "Place"],
           "NZ": ["Road", "Street", "Crescent", "Place", "Terrace", "Avenue"]}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
             9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
             15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
             20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth",
             25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com",
            "yahoo.co.uk", "btinternet.com", "eircom.net", "bigpond.com", "optusnet.com.au", "xtra.co.nz",
            "shaw.ca", "rogers.com", "live.ie"]
ORG_TLD = ["com", "org", "com.au", "co.nz", "ca", "ie", "co.uk", "org.au", "health"]
URL_PATH = ["", "", "", "/booking", "/resources", "/new-patients", "/intake", "/study", "/participants",
            "/integration", "/forms", "/book-online", "/worksheets"]


def _suffix(d: int) -> str:
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _age_words(a: int) -> str:
    if a < 100:
        tens = {9: "ninety"}[a // 10]
        return tens + (f"-{UNITS[a % 10]}" if a % 10 else "")
    rest = a - 100
    if rest == 0:
        return "a hundred"
    return f"a hundred and {UNITS[rest]}" if rest < 10 else "a hundred and " + {10: "ten"}[rest]


def _stem(r: random.Random) -> str:
    return r.choice(PLACE_STEM)


def _slug(r: random.Random) -> str:
    stem = _stem(r).lower().replace(" ", "")
    return stem + r.choice(["", "health", "clinic", "counselling", "psychology", "therapy", "wellbeing", "study",
                            "trial", "medical", "mentalhealth"])


def _person(r: random.Random) -> str:
    f, last = r.choice(FIRST), r.choice(LAST)
    x = r.random()
    if x < 0.50:
        return f
    if x < 0.82:
        return f"{f} {last}"
    if x < 0.93:
        return last
    rare = r.choice(RARE_PERSON)
    return f"{rare} {last}" if "-" in rare and r.random() < 0.5 else rare


def _location(r: random.Random) -> str:
    country = r.choice(list(TOWNS))
    x = r.random()
    if x < 0.55:
        return r.choice(TOWNS[country])
    if x < 0.93:
        return f"{_stem(r)} {r.choice(PLACE_KIND)}"
    town = r.choice([t for t in TOWNS[country] if REGION[t][0] not in ("Dublin", "Gisborne", "Wales", "Scotland")])
    return f"{town}, {REGION[town][0]}"


def _street(r: random.Random, country: str) -> str:
    return f"{r.randint(2, 480)} {r.choice(STREET)} {r.choice(ST_TYPE[country])}"


def _address(r: random.Random) -> str:
    country = r.choice(list(TOWNS))
    n = r.randint
    line = _street(r, country)
    town = r.choice(TOWNS[country])
    x = r.random()
    if x < 0.50:
        return line
    if x < 0.92:
        region, abbr, head = REGION[town]
        if country == "US":
            return r.choice([f"{n(100, 9800)} {r.choice(STREET)} {r.choice(ST_TYPE['US'])}, Apt {n(1, 12)}"
                             f"{r.choice('ABCD')}",
                             f"{line}, {town}, {r.choice([region, abbr])} {head}{n(1, 99):02d}"])
        if country == "CA":
            post = f"{head}{r.choice('ABCEGHJKLMNPRSTVXY')} {n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{n(1, 9)}"
            return r.choice([f"{line}, {town}, {region}", f"{line}, {town}, {r.choice([region, abbr])} {post}"])
        if country == "UK":
            pc = f"{head}{n(1, 9)} {n(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            return r.choice([f"Flat {n(1, 9)}, {line}", f"{line}, {town} {pc}"])
        if country == "IE":
            estate = f"{n(1, 120)} {r.choice(STREET)} {r.choice(['Park', 'Grove', 'Lawn', 'Heights', 'Close'])}"
            return r.choice([f"{estate}, {town}", f"{estate}, {town}, {region}"])
        if country == "AU":
            return r.choice([f"{line}, {town}, {r.choice([region, abbr])} {head}{n(0, 9)}{n(0, 9)}",
                             f"Unit {n(1, 12)}, {line}"])
        return f"{line}, {town} {head}{n(10, 99)}"
    if x < 0.96:
        return f"{n(1, 14)}/{n(2, 90)} {r.choice(STREET)} {r.choice(ST_TYPE[r.choice(['AU', 'NZ'])])}"
    return f"{r.choice(['twenty', 'thirty', 'forty', 'sixty'])}-{r.choice(UNITS[1:])} {r.choice(STREET)} " \
           f"{r.choice(ST_TYPE[country])}"


def _date(r: random.Random) -> str:
    m, d, y = r.choice(MONTHS), r.randint(1, 28), r.randint(2019, 2025)
    od = f"{d}{_suffix(d)}"
    x = r.random()
    if x < 0.30:
        return f"{m} {od}"
    if x < 0.40:
        return f"{m} {d}"
    if x < 0.56:
        return f"the {od}"
    if x < 0.68:
        return f"the {od} of {m}"
    if x < 0.76:
        return f"{od} {m}"
    if x < 0.84:
        return f"{r.choice(WEEKDAYS)} the {od}"
    if x < 0.90:
        return f"{m} {od}, {y}"
    if x < 0.95:
        return f"{MONTHS.index(m) + 1}/{d}"
    return r.choice([f"the {ORD_WORDS[d]}", f"{m} {ORD_WORDS[d]}"])


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    x = r.random()
    if x < 0.75:
        return str(a)
    if x < 0.95:
        return _age_words(r.randint(90, 99))
    return _age_words(r.randint(100, 110))


def _phone(r: random.Random) -> str:
    n = r.randint
    country = r.choice(["US", "US", "CA", "UK", "IE", "AU", "NZ"])
    x = r.random()
    if x < 0.05:
        digits = f"0{n(400000000, 499999999)}"
        groups = (digits[:4], digits[4:7], digits[7:])
        return ", ".join(" ".join(DIGIT_WORDS[int(c)] for c in g) for g in groups)
    if country in ("US", "CA"):
        area = r.choice([413, 614, 503, 716, 920, 269, 207] if country == "US" else [416, 519, 604, 613, 902, 403])
        last = f"01{n(0, 99):02d}"
        if x < 0.08:
            return f"+1 {area} 555 {last}"
        return r.choice([f"({area}) 555-{last}", f"{area}-555-{last}", f"{area} 555 {last}"])
    if country == "UK":
        if x < 0.08:
            return f"+44 7700 900{n(0, 999):03d}"
        return r.choice([f"07700 900{n(0, 999):03d}", f"07700 900{n(0, 999):03d}", f"0161 496 0{n(0, 999):03d}",
                         f"020 7946 0{n(0, 999):03d}"])
    if country == "IE":
        return r.choice([f"08{r.choice('765')} {n(100, 999)} {n(1000, 9999)}", f"08{r.choice('765')} {n(100, 999)} "
                         f"{n(1000, 9999)}", f"01 {n(200, 999)} {n(1000, 9999)}"])
    if country == "AU":
        if x < 0.08:
            return f"+61 491 570 {n(100, 999)}"
        return r.choice([f"0491 570 {n(100, 999)}", f"0491 570 {n(100, 999)}", f"(02) 5550 {n(1000, 9999)}",
                         f"(03) 5550 {n(1000, 9999)}"])
    return r.choice([f"02{r.choice('127')} {n(100, 999)} {n(1000, 9999)}", f"02{r.choice('127')} {n(100, 999)} "
                     f"{n(1000, 9999)}", f"(09) 555 {n(1000, 9999)}", f"(04) 555 {n(1000, 9999)}"])


def _email(r: random.Random) -> str:
    f, last = r.choice(FIRST).lower(), r.choice(LAST).lower()
    user = r.choice([f"{f}.{last}", f"{f}.{last}", f"{f}{last}", f"{f}{last[0]}", f"{f}.{last}{r.randint(1, 99)}",
                     f"{f[0]}{last}", f"{f}_{last}"])
    if r.random() < 0.25:
        dom = f"{_slug(r)}.{r.choice(ORG_TLD)}"
        user = r.choice([user, "info", "intake", "admin", "bookings", "reception"])
    else:
        dom = r.choice(FREEMAIL)
    x = r.random()
    if x < 0.75:
        return f"{user}@{dom}"
    if x < 0.95 or "_" not in user:
        spoken = user.replace(".", " dot ").replace("_", " underscore ")
        return f"{spoken} at {dom.replace('.', ' dot ')}"
    return f"{user.replace('_', ' underscore ').replace('.', ' dot ')} at {dom.replace('.', ' dot ')}"


def _url(r: random.Random) -> str:
    x = r.random()
    host = f"{_slug(r)}.{r.choice(ORG_TLD)}"
    path = r.choice(URL_PATH)
    if x < 0.35:
        return f"www.{host}{path}"
    if x < 0.65:
        return f"https://{host}{path}"
    if x < 0.80:
        return f"{host}{path}"
    if x < 0.86:
        return f"https://www.{host}{path}"
    if x < 0.93:
        return f"https://zoom.us/j/{r.randint(81000000000, 89999999999)}"
    if x < 0.97:
        return f"{host.split('.')[0]} dot {' dot '.join(host.split('.')[1:])}"
    return f"bit.ly/{''.join(r.choice('abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(7))}"


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.03:
        a, b, c = n(100, 665), n(10, 99), n(1000, 9999)
        return " ".join(DIGIT_WORDS[int(ch)] for ch in f"{a}{b}{c}")
    if x < 0.45:
        return f"{n(100, 665)}-{n(10, 99)}-{n(1000, 9999)}"
    if x < 0.55:
        return f"{r.choice([n(100, 665), n(667, 899)])} {n(10, 99)} {n(1000, 9999)}"
    if x < 0.66:
        return f"{n(100, 799)} {n(100, 999)} {n(100, 999)}"
    if x < 0.76:
        return f"{r.choice(['JT', 'AB', 'NP', 'SR', 'KL', 'WC', 'PH'])} {n(10, 99)} {n(10, 99)} {n(10, 99)} " \
               f"{r.choice('ABCD')}"
    if x < 0.85:
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMNPRTW')}{r.choice(['', '', 'A', 'W'])}"
    if x < 0.93:
        return f"{n(100, 899)} {n(100, 999)} {n(100, 999)}"
    return f"{n(10, 140):03d}-{n(100, 999)}-{n(100, 999)}"


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    x = r.random()
    if x < 0.04:
        return " ".join(DIGIT_WORDS[int(c)] for c in str(n(1000000, 9999999)))
    if x < 0.18:
        return f"{n(1000000, 99999999):08d}"
    if x < 0.30:
        return f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(100000000, 999999999)}"
    if x < 0.40:
        return r.choice([f"PSI-{n(1, 240):03d}", f"P{n(1000, 9999)}", f"KT-{n(10, 99)}-{n(100, 999)}",
                         f"SCR-{n(1, 400):04d}"])
    if x < 0.50:
        return f"{n(400, 799)} {n(100, 999)} {n(1000, 9999)}"
    if x < 0.60:
        return f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}"
    if x < 0.68:
        return f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(1000, 9999)}"
    if x < 0.76:
        return f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(L)}{r.choice(L)}"
    if x < 0.86:
        return r.choice([f"CLM-{n(100000, 999999)}", f"{n(1000000000, 9999999999)}", f"PL{n(1000000, 9999999)}"])
    if x < 0.94:
        return f"{n(100000, 999999)}"
    return f"{r.choice(L)}{r.choice(L)}{n(10000000, 99999999)}"


def value(kind: str, r: random.Random) -> str:
    """One invented identifier of *kind*, drawn only with *r*."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "00:04:12.310 --> 00:04:15.900 So my sister {} has been staying with us since the funeral.",
        "SPEAKER_01: Yeah, {} is the one who drove me to the clinic on the day.",
        "[00:12:44] I rang Dr {} after the session and she upped the sertraline to 100 mg.",
        "Speaker 2  18:22 My partner {} thinks the ketamine made me a bit flat, honestly.",
        "<v Speaker 1>And did you talk to {} about the integration stuff?</v>",
        "I texted {} straight after and she just said, you know, breathe.",
        "My mum's new fella, {}, he's alright actually, he just doesn't talk much.",
        "00:27:03.550 --> 00:27:08.120 My son {} was in the room for the whole call so I couldn't really say it.",
        "SPEAKER_00: Okay, and your guide for the dosing day will be {}, who you met on Zoom last week.",
        "So me and {} had a massive fight about money, like $400 on the credit card.",
        "Mr {} from the school rang again about the attendance.",
        "I keep thinking about {}, he was my best mate since we were like 7.",
        "[00:41:50] The nurse, {}, she was really lovely on the dosing day.",
        "My husband {} did the couples sessions with me, but he stopped coming after the 3rd one.",
        "My nan's carer is {} and she comes in every morning at 8.",
        "I saw Ms {} at the GP and she did the PHQ nine with me again.",
        "Speaker 1  06:18 And {} was like, you need to tell your therapist about the drinking.",
        "SPEAKER_01: My daughter {} is 16 now and she won't even look at me.",
        "I've got a new manager at work, {}, and she's a lot more understanding.",
        "<v Speaker 2>So {}'s been sleeping on the couch for about a month now.</v>",
        "My brother {} came to the integration session with me, the family one.",
        "00:52:16.400 --> 00:52:20.010 I'm going to hand you over to {} now for the follow-up questions.",
        "Professor {} is the lead on the trial, so any adverse events go to her as well.",
        "My ex, {}, has the kids every second weekend.",
        "Honestly {} is the only one at uni I've told about the psilocybin trial.",
        "[00:09:31] When {} left I just stopped eating properly, like one meal a day.",
        "Speaker 2  33:40 My auntie {} raised me after mam got sick.",
        "So {} from the psilocybin team emailed me the consent form.",
        "Dr. {} said the quiet a pin might be why I'm so groggy in the mornings.",
        "It was {}'s idea to do the couples counselling in the first place.",
        "So yeah and then {} rang and I was like, I can't do this right now, and she was like, you have to, and I "
        "just hung up and sat in the car for like an hour.",
    ],
    "LOCATION": [
        "00:03:10.000 --> 00:03:14.480 I grew up in {}, and then we moved when I was about 12.",
        "SPEAKER_01: I'm in {} now, so it's an hour behind you I think.",
        "[00:15:22] They kept me at {} for three nights after the overdose.",
        "My mum still lives in {} and she won't move.",
        "<v Speaker 1>So you're calling in from {} today?</v>",
        "I was working at {} for nearly 10 years before the burnout.",
        "Speaker 2  21:05 We drove down to {} for the weekend and it was the first time I actually relaxed.",
        "The kids go to school in {}, so that's like a 40 minute drive each way.",
        "I had the first ketamine infusion at {} and it was a bit clinical, to be honest.",
        "My partner got a job in {} so we're thinking about moving.",
        "SPEAKER_00: And the referral came from {}, is that right?",
        "I did my placement at {} and that's when the panic attacks started.",
        "We used to live just outside {} on a farm.",
        "00:44:38.720 --> 00:44:42.300 I've been going to the group at {} every week since the last session.",
        "She's in a home in {} now, near my brother.",
        "I was born in {} but I don't really remember it.",
        "[00:07:55] The ED at {} was packed, I waited like six hours.",
        "My dad worked at {} his whole life and then they just let him go.",
        "I'm back living with my parents in {} for now.",
        "Speaker 1  12:30 We met when we were both at {}.",
        "They've moved my appointments to {}, which is closer, thank God.",
        "<v Speaker 2>I think the move to {} was the start of it, really.</v>",
        "My sister's a nurse at {} so she knows all the staff there.",
        "I went to uni in {} and just never came home.",
        "SPEAKER_01: We had a few days in {} after the last session and I kept crying on the beach.",
        "Yeah, I was at {} as a teenager, in the adolescent unit.",
        "The GP practice is in {}, just by the shopping centre.",
        "My husband's family are all from {} so we go up there a lot.",
        "and so we ended up in {} and I didn't know anyone and my partner was working nights and I just, yeah, "
        "that's when the drinking got bad.",
    ],
    "ADDRESS": [
        "00:02:41.100 --> 00:02:45.020 And can I just confirm your address, is it still {}?",
        "SPEAKER_00: So we've got you at {}, is that right?",
        "Yeah, it's {}, the one with the blue door.",
        "[00:06:19] We've moved, so the new address is {}.",
        "My mum's place is {} if they need to send anything.",
        "<v Speaker 1>The clinic is at {}, there's parking out the back.</v>",
        "Speaker 2  03:57 I grew up at {}, and we lived there until I was about 15.",
        "I'm staying at my brother's for now, {}.",
        "Send the consent forms to {}, that's the easiest.",
        "The police came to {} that night, and the neighbours all saw.",
        "So the address for the study visits is {}, on the second floor.",
        "SPEAKER_01: It's {}, but the post goes to my mum's.",
        "We bought the house at {} right before he got sick.",
        "My postal address is {}.",
        "00:10:12.880 --> 00:10:16.340 The new flat is {}, it's small but it's mine.",
        "I used to sit outside {} in the car and just cry.",
        "For the home visit it'll be {}, just ring the bell.",
        "Yeah, so {} is where I live with my partner and the two kids.",
        "[00:13:08] The pharmacy sends the script to {}.",
        "We're renting now, {}, since the separation.",
        "Speaker 1  08:44 My nan lived at {} for like 60 years.",
        "My current address is {}, I updated it on the portal.",
        "The courier needs a street address, so put down {}.",
        "<v Speaker 2>Is that {} or did you move again?</v>",
        "Okay, I've got {} down as your home address.",
        "He's moved out to {}, so I'm on my own now.",
        "SPEAKER_00: And your emergency contact's address is {}?",
    ],
    "DATE": [
        "00:01:12.500 --> 00:01:16.300 So your dosing day is booked for {}.",
        "SPEAKER_00: The next session will be {}, same time.",
        "My dad passed away on {}, so it's coming up.",
        "[00:22:10] I started the sertraline on {}.",
        "Speaker 2  05:33 I've been sober since {}, which is a big deal for me.",
        "<v Speaker 1>Can we move the integration session to {}?</v>",
        "The court date is {} and I'm terrified.",
        "We separated on {}, that's when it all fell apart.",
        "I had the ketamine infusion on {} and I felt lighter for about a week.",
        "SPEAKER_01: Yeah, {} works for me, I'm off that day.",
        "My first panic attack was {}, at work, in the middle of a meeting.",
        "Our anniversary is {} and he forgot again.",
        "00:39:21.010 --> 00:39:24.660 Let's book the follow-up interview for {}, is the afternoon okay?",
        "The baby's due on {}.",
        "I go back to work on {}, part time to start.",
        "She was admitted on {} and discharged a week later.",
        "[00:48:52] I'll send you the GAD-7 before {}.",
        "My mum's surgery got moved to {}.",
        "Speaker 1  29:14 The last time I self-harmed was {}.",
        "We got the keys to the new place on {}.",
        "So the screening visit was {} and the preparation sessions start after that.",
        "The funeral was on {} and I don't remember most of it.",
        "<v Speaker 2>And the third preparation session, that's {}?</v>",
        "He moved out {}, just packed a bag and left.",
        "I've got the psychiatrist on {} about the quetiapine.",
        "SPEAKER_00: Just for the recording, today is {}.",
        "My exams finish on {} so after that I'll have more time.",
        "By {} I'd stopped answering my phone completely.",
        "and I think it was {} or around then, I don't know, everything sort of blurred together after the first "
        "session and I wasn't sleeping, so yeah.",
    ],
    "AGE": [
        "00:11:40.220 --> 00:11:43.980 My nan is {} and she still does the crossword every morning.",
        "SPEAKER_01: He turned {} in the care home, they did a cake and everything.",
        "My grandad's {} now, so every phone call I think, is this the last one.",
        "[00:17:30] She was {} when she died, so it was a good innings.",
        "Speaker 2  41:02 Mum's {} and I'm her only carer.",
        "<v Speaker 1>So your great-aunt, she's {}?</v>",
        "He's {} years old and still driving, which scares me.",
        "My grandmother lived to {}.",
        "Yeah, she'll be {} next month.",
        "My dad's {} and he's got dementia now.",
        "The oldest person in the group is {}, she's amazing.",
        "She's {}, and she still lives on her own.",
        "My nana is {} and she's the only one who gets me.",
        "00:31:09.400 --> 00:31:12.880 He was {} when he passed, and I still feel guilty about it.",
        "Our neighbour's {} and she checks on me more than I check on her.",
        "My great-grandmother is {} and still lives by herself.",
        "Speaker 1  14:56 Pop's {} now and he barely recognises me.",
        "She's {}, she's deaf in one ear, and she still rings me every day.",
        "[00:52:03] My granny died at {}, in her sleep.",
        "When he turned {} something just shifted in him.",
        "<v Speaker 2>He's {}, so you can imagine how hard the move was.</v>",
        "I look after my grandmother, she's {} this year.",
        "My grandfather was {} at the time, and he still walked to the shops.",
        "SPEAKER_01: Aunty's {}, she's the last of that generation.",
        "My mother-in-law is {} and she's moving in with us.",
        "He's {} years of age, and he's still trying to fix the roof himself.",
    ],
    "PHONE": [
        "00:58:01.300 --> 00:58:05.900 My mobile is {} if the connection drops again.",
        "SPEAKER_00: And the best number to reach you on is {}?",
        "Yeah, it's {}.",
        "[00:03:44] You can text me on {}, I don't really answer calls.",
        "Speaker 2  01:10 The after-hours number for the trial is {}.",
        "<v Speaker 1>If you feel unsafe before the next session, ring {}.</v>",
        "My mum's number is {}, she's my emergency contact.",
        "The clinic's number is {} and you press 2 for the nurse.",
        "My new number is {}, I changed it because of him.",
        "SPEAKER_01: Sorry, can you say that again? It's {}.",
        "Just call {} and ask for the intake team.",
        "My partner's mobile is {}, in case you can't get me.",
        "00:21:17.600 --> 00:21:21.050 The pharmacy's number is {}, they're open till 6.",
        "The work number's {} but please don't ring that one.",
        "My landline is {}, I'm usually home after 4.",
        "[00:45:30] I wrote down {} for the study coordinator.",
        "Speaker 1  55:48 So the number to ring on the day is {}.",
        "If the Zoom link doesn't work I'll call you on {}.",
        "<v Speaker 2>Is {} still the right number for you?</v>",
        "My sister's on {} if you need a second contact.",
        "The GP's reception number is {}.",
        "SPEAKER_00: I've got your number as {}, is that still current?",
        "He kept calling from {}, like twenty times a night.",
        "Text {} and the nurse will ring you back.",
        "You can leave a message on {}.",
        "The number for the guide is {}, but only for the dosing day.",
    ],
    "EMAIL": [
        "00:59:10.200 --> 00:59:14.000 My email is {}, I'll check it tonight.",
        "SPEAKER_00: I'll send the consent form to {}, is that right?",
        "Yeah, it's {}.",
        "[00:02:58] Can you send the worksheet to {}?",
        "Speaker 2  57:22 The study email is {}, just put your participant number in the subject line.",
        "<v Speaker 1>So that's {}?</v>",
        "My old email was {} but I can't get into it anymore.",
        "Send the invoice to {}, he's paying for the couples sessions.",
        "Just email {} if you need to cancel.",
        "SPEAKER_01: I sent the diary to {} last night.",
        "My work email is {} but I'd rather not use it for this.",
        "The intake form went to {}, I think.",
        "00:32:40.100 --> 00:32:44.900 I emailed {} like three times and nobody answered.",
        "My mum's email is {}, she wants the information sheet too.",
        "[00:50:05] Okay, I've updated it to {}.",
        "You can reach the integration team at {}.",
        "Speaker 1  03:16 It's {}, all lower case.",
        "My partner's email is {} for the couples paperwork.",
        "<v Speaker 2>I've got {} on file, still good?</v>",
        "Please send the receipt to {} for the insurance claim.",
        "The therapist's email is {}, she said to use it for scheduling only.",
        "SPEAKER_00: Can you spell that for me? Okay, {}.",
        "I set up a new one, {}, just for the trial stuff.",
        "Send the recording consent to {}.",
        "Forward the summary to {} and I'll print it out.",
        "The booking confirmation came from {}.",
    ],
    "URL": [
        "00:19:50.300 --> 00:19:54.100 The worksheets are all on {}.",
        "SPEAKER_00: You can book the next one yourself at {}.",
        "[00:36:14] I'll put the link in the chat, it's {}.",
        "Speaker 2  48:31 The trial's website is {} if your family want to read about it.",
        "<v Speaker 1>The meditation I use is on {}.</v>",
        "I found the support group on {}.",
        "The information sheet is up on {}.",
        "So just go to {} and click on new patients.",
        "SPEAKER_01: Is it {}? I couldn't get it to load.",
        "My sister started a fundraiser, it's {}.",
        "The Zoom link for next week is {}.",
        "The practice page is {}, there's a map on it.",
        "00:43:02.700 --> 00:43:06.400 The playlist for the dozing day is on {}.",
        "There's a sleep course on {} that's free.",
        "I read about the ketamine clinic on {}.",
        "[00:12:27] For the follow-up survey go to {}.",
        "Speaker 1  22:09 The link is {}, just put in your participant number.",
        "I've been listening to the podcast on {}.",
        "<v Speaker 2>Have a look at {} before next time.</v>",
        "The forms are on {}, under resources.",
        "SPEAKER_00: If the link breaks, type in {} and it'll take you there.",
        "They've got a page on {} with the breathing exercises.",
        "My blog is {}, I write about the recovery stuff.",
        "The booking page is {}.",
        "Yeah, I signed up through {}.",
        "Go to {} to reschedule.",
    ],
    "SSN": [
        "00:05:30.100 --> 00:05:34.900 For the billing they need your social security number, and you said it's {}?",
        "SPEAKER_01: My social is {}.",
        "[00:08:12] Yeah, the SIN is {}.",
        "Speaker 2  09:41 My national insurance number is {}.",
        "<v Speaker 1>My PPS number is {}, I think.</v>",
        "The tax file number is {}, for the payment form.",
        "My IRD number is {}.",
        "I had to put my social security number, {}, on the disability form.",
        "SPEAKER_00: And your social security number for the payment is {}?",
        "Social security number, {}.",
        "My NI number's {}, I've got it on my phone.",
        "The participant payment needs your SIN, so {}?",
        "00:26:44.000 --> 00:26:48.800 My husband's social is {} if they need it for the insurance.",
        "For the gift card they asked for my TFN, which is {}.",
        "My PPS is {}, it's on the medical card.",
        "[00:40:18] I gave them my social insurance number, {}, and they still couldn't find me on the system.",
        "Speaker 1  02:35 The SSN they have is {}, but that's wrong.",
        "My social insurance number is {}.",
        "<v Speaker 2>And the national insurance number is {}?</v>",
        "I read out my national insurance number, {}, to the lady at the benefits office.",
        "The IRD number on the letter is {}.",
        "SPEAKER_01: It's {}, the social security.",
        "They wanted the whole social security number, {}, not just the last four.",
        "My tax file number is {}.",
        "My son's social security number is {}.",
        "He stole my identity, he had my SSN, {}, and everything.",
    ],
    "ID": [
        "00:00:45.900 --> 00:00:50.200 For the recording, your participant ID is {}.",
        "SPEAKER_00: Okay, so your Medicare number is {}.",
        "[00:01:33] My medical record number is {}.",
        "Speaker 2  02:14 The member ID on my insurance card is {}.",
        "<v Speaker 1>My NHS number is {}.</v>",
        "The claim number is {}, they said to quote that.",
        "My policy number is {}.",
        "The MRN on the discharge papers is {}.",
        "SPEAKER_01: My NHI is {}.",
        "My health card number is {}, the version code is on the back.",
        "The screening number they gave me was {}.",
        "My client number at the clinic is {}.",
        "00:03:20.450 --> 00:03:24.100 Okay, I'm noting your hospital number as {}.",
        "The account number for the bill is {}.",
        "My Medicaid number is {}.",
        "[00:02:06] The referral number is {}, the GP gave it to me.",
        "Speaker 1  01:58 I'm participant {} in the sillo cybin study.",
        "The case number for the complaint is {}.",
        "<v Speaker 2>Your study ID is {}, just keep that handy.</v>",
        "My insurance ID is {}.",
        "SPEAKER_00: For the transcript we'll just use participant number {} instead of your name.",
        "The prescription number on the box is {}.",
        "My member number for the health fund is {}.",
        "The booking reference is {}.",
        "My Medicare card number is {}.",
        "My patient number is {}.",
        "The reference number on the letter is {}.",
    ],
}
