"""A twenty-ninth SYNTHETIC transcript set for benchmarks/deid.py: the twenty-seventh held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New
Zealand are used as places only, never with a person; every clinic, charity, group, school, club,
team, church, pub and workplace name is made up).  Written on 2026-12-07 by an engineer who had NOT
seen the de-identifier's rules, its docs page, its tests or the contents of the earlier sets (only
benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout25.py their docstrings, plus the ``value`` signature and the
``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no
line of this file was changed after its first run.  It was first run on the twelfth round's rules
(main at commit d1afa3d; the same rules as 8149bd3) and measures how the rules do on talk they were
not written for; it stays a blind set until a later round makes it a development set.

Style: ORDINARY MULTI-SPEAKER GROUP AND FAMILY TALK as transcribed for research, several people in
one turn, naming each other, with side remarks and people mentioning others' families,
workplaces, schools, sports clubs and towns: a CBT group for low mood and anxiety (the thought
record, the five-areas diagram, homework round, ``week 6 of 12``), a men's group (the check-in
round, the talking stick, the men's shed, footy and the pub), charity-run support groups (a carers'
group, a bereaved-by-suicide group, a hearing voices group, a dads' group, a kinship carers' group
of grandparents raising grandchildren), family therapy with children and grandparents in the room
(``Nan:``, ``Grandad:``, a six-year-old drawing, a teenager on the phone), a multi-family group
for young people with eating disorders or psychosis (families from several households in one
room, the parents' break-out), group preparation for and a group integration circle after
psilocybin sessions run as a group (the circle agreement, the music, ``sitters``), and a
facilitator's written session notes afterwards (``Session 4 notes:``, ``Attendance:``,
``Actions:``).  The earlier docstrings name a DBT skills group, a postpartum group, a perinatal-loss
group, an interpersonal process group, psychedelic integration circles and family sessions as
theirs; here a DBT skills group and a perinatal group appear only as ordinary transcribed group
talk beside the settings above, which they do not name (CBT groups, a men's group, charity
support groups, kinship carers, multi-family groups, grandparents in family therapy, group
psilocybin preparation, facilitator notes).  Inside a turn, labels as transcribers type them:
``Facilitator:``, ``Co-facilitator:``, ``Group member 3:``, ``GM2:``, ``F1:``/``M2:``, ``Mum:``,
``Dad:``, ``Nan:``, ``Child:``, ``[several voices]``, ``[laughter]`` (the benchmark's generator
writes every turn as ``Therapist:``/``Client:``, so these labels sit inside the ``Client:`` turn,
and a planted first name is now and then itself a speaker label: ``Kirra: yeah, same``).
Speakers from the US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``,
``mam``, ``mom``, ``nan``, ``nana``, ``grandad``, ``pop``, ``footy``, ``the lads``, ``grand``,
``heaps``, ``eh``, ``y'all``, ``arvo``, ``wee``).
Identifier forms: MOSTLY ordinary, said the way people say them in a group, with a minority of
harder ones, chosen to differ from the earlier docstrings' lists where possible: a child's,
partner's, grandchild's or group member's first name alone (by far the most common form, ``my son
Jack``, ``Jack's school``), full names, a surname after ``Mr``/``Mrs``/``Ms``/``Dr``/``Coach``
(the title in the carrier), a possessive ``'s`` in the carrier, a name used to hand the turn on
(``over to you, Kirra``) or as a speaker label, a name in an attendance list of facilitator notes,
a name in lower case as an automatic transcript writes it, a hyphenated or double first name
(``Ella-Rose``, ``Mary Kate``), Irish names with the fada, Maori names, short forms used in
groups (``Fitzy``, ``Deccy``, ``Jonno``), and a first name with a surname initial.  Places: the
town or suburb someone lives in, works in, drives from or where the grandkids' school or the
footy club is (``Mullingar``, ``Toowoomba``, ``Rotorua``, ``Rochdale``, ``Moncton``, ``Yakima``),
multi-word and Maori or Irish town names, a town with its county or state inside the span, a
lower-case town, and made-up schools, sports clubs and teams, pubs, churches, community centres,
workplaces and charity centres.  Addresses as people give them for a meeting place or a lift:
US lines with ``Apt``, Canadian lines with a unit, UK lines with a flat and a postcode, Irish
estates with a town, Australian unit lines (``3/17 ...``), NZ lines with a letter suffix, and a
house number said in words.  Dates as people say them in a group: ``the 21st``, ``Saturday 4th
May``, ``March 3rd``, ``3rd March``, ``the 3rd of March``, ``Tuesday the 9th``, ``the ninth``,
``May the 9th``, ``9/5`` and ``5/9``, ``Jun 9``, a next meeting in facilitator notes
(``Next session: Thu 12 June``), a date of birth on a form, a birthday and an anniversary, and
now and then a full date with the year.  Ages over 89 (90-110) of grandparents and great-
grandparents, in digits and words (``ninety-two``, ``a hundred and one``), a unit inside the span
now and then.  Phones: a number for the group chat, the facilitator's work mobile, a charity's
helpline, read out or written on the whiteboard -- US and Canadian ``555-01xx`` numbers, UK
drama-range mobiles and landlines, Irish, Australian and New Zealand mobiles and landlines, a
country code now and then, a few read in words.  Emails: a shared group email, a charity's info
address, a parent's free-mail address, a few said aloud.  URLs: a charity's group page, a
Facebook group, a WhatsApp group invite, a booking page, a fundraiser, a team's club page, a few
said aloud.  SSNs, as each country's national number (planted as SSN -- a judgement call): US
social security numbers, Canadian SINs, UK National Insurance numbers, Irish PPS numbers,
Australian tax file numbers and NZ IRD numbers, for a carer's allowance or a benefits form.  IDs
(the cue always in the carrier, never in the span): NHS, CHI, Medicare, NHI and health card
numbers, a charity membership number, a referral reference, a case number of a kinship-care
order, a child's student number, a Blue Badge or disabled-parking permit number, a club
registration number, a trial participant number, a car registration.
A title, kin word or possessive ``'s`` next to a name and an article before a place stay outside
the span; a date's own words (``Saturday 4th May``, ``the 3rd of March``) are inside it.
``value`` and the template are drawn independently (deid.py's design), so now and then a form sits
a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (sertraline 50 mg,
psilocybin 25 mg, olanzapine, lithium, Ritalin), scales and numbers (PHQ-9, GAD-7, the
thought record, ``a seven out of ten``, week 6 of 12), ages under 90 (six, fourteen, 89), bare years,
countries, states and provinces (Ontario, Queensland, Texas), weekdays alone, times of day,
durations, kin words as common nouns (mum, nan, grandad, the kids, my eldest) and place-like common
words (the group room, the school, the pub, the club, the hall, the ward, the shed).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# --------------------------------------------------------------------------- people

_FIRST_US = ["Tyler", "Brittany", "Kayla", "Marcus", "Jenna", "Cody", "Destiny", "Logan", "Madison", "Austin",
             "Shawna", "DeShawn", "Kaylee", "Travis", "Amber-Lynn", "Jaxon", "Trinity", "Dakota", "Reggie", "Latoya"]
_FIRST_CA = ["Brayden", "Chantal", "Mathieu", "Kaitlyn", "Owen", "Nadia", "Rhys", "Josée", "Keegan", "Tanis"]
_FIRST_UK = ["Callum", "Kieran", "Chloe", "Jade", "Reece", "Bethany", "Stacey", "Darren", "Gemma", "Nathan",
             "Kayleigh", "Lewis", "Amy", "Craig", "Leanne", "Jordan", "Ellie", "Tegan", "Harvey", "Alfie"]
_FIRST_IE = ["Ciara", "Oisín", "Darragh", "Aisling", "Conor", "Eoin", "Sinéad", "Cathal", "Roisin", "Padraig",
             "Clodagh", "Fionn", "Saoirse", "Tadhg", "Niall", "Aoibheann", "Shane", "Grainne"]
_FIRST_AU = ["Brodie", "Jarrah", "Kirra", "Tahnee", "Mitchell", "Jayden", "Shannon", "Bree", "Lachie", "Maddie",
             "Tayla", "Jye", "Kalinda", "Blake"]
_FIRST_NZ = ["Nikau", "Tama", "Mereana", "Wiremu", "Kahu", "Anahera", "Tipene", "Ngaio", "Manaia", "Huia",
             "Keri", "Tane"]
_FIRST_OTHER = ["Aaliyah", "Ravi", "Sunita", "Tariq", "Amira", "Minh", "Thanh", "Kofi", "Ama", "Piotr", "Ola",
                "Jasleen", "Arjun", "Yasmin", "Bilal", "Mei"]
_SURNAMES = ["Pritchard", "Hanlon", "Dempsey", "Whitaker", "Cosgrove", "McAllister", "Treloar", "Bannerman",
             "Hollis", "Fairweather", "Kinsella", "Doherty", "Parata", "Mulcahy", "Garvey", "Ashby", "Penrose",
             "Lockyer", "Renwick", "Strachan", "Laidlaw", "Fenwick", "Mensah", "Rahman", "Kaur", "Tran", "Osei",
             "Brophy", "Tierney", "Horan", "Keogh", "Nolan-Price", "Te Huia", "Waaka", "Stubbs", "Pettigrew",
             "Bramwell", "Duquette", "Lavoie", "Boucher", "Sandoval", "Truong", "Kowal", "Mahony", "O'Dowd",
             "McGlinchey", "Gorman", "Swanepoel", "Hardcastle", "Loughlin", "Sheehy", "Fortier", "Jarvis"]
_SHORT = ["Fitzy", "Deccy", "Jonno", "Mackers", "Robbie", "Kaz", "Jonesy", "Tommo", "Bex", "Nicko", "Shaz", "Macca"]
_DOUBLE = ["Ella-Rose", "Mary Kate", "Lily-Ann", "Jean-Luc", "Anne Marie", "Rose-Ellen", "Kai-Ryan", "Mia-Grace"]


def _first(r: random.Random) -> str:
    pool = r.choice([_FIRST_US, _FIRST_CA, _FIRST_UK, _FIRST_UK, _FIRST_IE, _FIRST_IE, _FIRST_AU, _FIRST_NZ,
                     _FIRST_OTHER])
    return r.choice(pool)


def _person(r: random.Random) -> str:
    x = r.random()
    if x < 0.52:
        return _first(r)
    if x < 0.70:
        return f"{_first(r)} {r.choice(_SURNAMES)}"
    if x < 0.78:
        return r.choice(_SURNAMES)
    if x < 0.83:
        return r.choice(_DOUBLE)
    if x < 0.88:
        return r.choice(_SHORT)
    if x < 0.93:
        return _first(r).lower()
    return f"{_first(r)} {r.choice(_SURNAMES)[0]}"


# --------------------------------------------------------------------------- places

_TOWNS = ["Mullingar", "Athlone", "Tullamore", "Ballina", "Portlaoise", "Dundalk", "Carlow", "Letterkenny", "Naas",
          "Clonmel", "Drogheda", "Castlebar", "Toowoomba", "Ballarat", "Bendigo", "Wagga Wagga", "Dubbo",
          "Mandurah", "Penrith", "Hervey Bay", "Caboolture", "Shepparton", "Rotorua", "Whanganui", "Hastings",
          "Timaru", "Invercargill", "Masterton", "Papakura", "Tauranga", "Whangārei", "Te Awamutu", "Rochdale",
          "Barnsley", "Swindon", "Dudley", "Motherwell", "Kilmarnock", "Wrexham", "Merthyr Tydfil", "Lowestoft",
          "Grimsby", "Stockport", "Hemel Hempstead", "Moncton", "Kamloops", "Red Deer", "Sudbury", "Lethbridge",
          "Oshawa", "Nanaimo", "Brandon", "Yakima", "Lubbock", "Akron", "Dayton", "Muncie", "Terre Haute",
          "Cedar Rapids", "Fort Collins", "Ogden", "Gainesville", "Waco", "Port Talbot", "Castleknock", "Swords",
          "Werribee", "Ipswich", "Palmerston North"]
_COUNTY = [("Mullingar", "Co. Westmeath"), ("Tullamore", "Co. Offaly"), ("Ballina", "Co. Mayo"),
           ("Dundalk", "Co. Louth"), ("Toowoomba", "Queensland"), ("Bendigo", "Victoria"),
           ("Yakima", "Washington"), ("Kamloops", "BC"), ("Rochdale", "Greater Manchester")]
_PLACE_FIRST = ["Glenmore", "Ashbrook", "Carrigeen", "Moorfield", "Riverbend", "Whitehaven", "Tallowbrook",
                "Corrib Valley", "Pinecrest", "Kauri Park", "Bellbird", "Larkhill", "Foxlea", "Stonebridge",
                "Westbury", "Tamarind", "Silverdale", "Harcourt Hill", "Rathmore", "Kingsmead"]
_PLACE_KIND = ["Primary School", "National School", "High School", "College", "Community Centre",
               "Family Centre", "Rugby Club", "GAA Club", "Football Club", "Netball Club", "Leisure Centre",
               "Men's Shed", "Methodist Church", "Parish Hall", "Medical Centre", "Distribution Centre",
               "Bowls Club", "Hotel", "Elementary", "Middle School"]
_TEAMS = ["Corrib Harriers", "Tullyvin Rovers", "Westbury Hawks", "Kauri Park Magpies", "Glenmore Celtic",
          "Ashbrook Athletic", "Foxlea Falcons", "Silverdale Sharks", "Moorfield Tigers", "Pinecrest Panthers"]
_WORK = ["Pemberton Logistics", "Carrick Foods", "Harland Freight", "Dunmore Meats", "Bellfield Joinery",
         "Tasman Build", "Northgate Motors", "Kinvara Credit Union", "Eastvale Council depot", "Sunridge Aged Care"]
_PUBS = ["the Dunlevy Arms", "the Plough and Harrow", "Mulligan's Bar", "the Bridge Tavern", "the Red Kite"]


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.50:
        return r.choice(_TOWNS)
    if x < 0.57:
        t, c = r.choice(_COUNTY)
        return f"{t}, {c}"
    if x < 0.62:
        return r.choice(_TOWNS).lower()
    if x < 0.80:
        return f"{r.choice(_PLACE_FIRST)} {r.choice(_PLACE_KIND)}"
    if x < 0.88:
        return r.choice(_TEAMS)
    if x < 0.95:
        return r.choice(_WORK)
    if r.random() < 0.5:
        p = r.choice(_PUBS)
        return p[4:] if p.startswith("the ") else p
    return r.choice(["Dunlevy's", "Mulligan's", "Hanratty's"])


# --------------------------------------------------------------------------- addresses

_STREET_NAMES = ["Ashgrove", "Hazelwood", "Rowan", "Banksia", "Wattle", "Kowhai", "Totara", "Elmfield", "Cedar Ridge",
                 "Maplewood", "Sycamore", "Lakeview", "Fernhill", "Glebe", "Castle View", "Chestnut", "Meadowvale",
                 "Pohutukawa", "Orchard", "Beech Park", "Larch", "Hillcrest", "Magnolia", "Prospect", "Station"]
_US_SUFFIX = ["Street", "Avenue", "Drive", "Road", "Court", "Place", "Lane", "St", "Ave", "Dr", "Blvd"]
_UK_SUFFIX = ["Close", "Road", "Street", "Terrace", "Crescent", "Way", "Gardens", "Avenue", "Grove", "Walk"]
_IE_ESTATE = ["Grove", "Park", "Lawns", "Heights", "Drive", "Court", "Crescent", "View", "Green", "Avenue"]
_AU_SUFFIX = ["St", "Rd", "Ave", "Cres", "Pde", "Ct", "Street", "Road", "Drive", "Place"]
_IE_TOWN = ["Mullingar", "Athlone", "Tullamore", "Naas", "Carlow", "Ballina"]
_NZ_SUFFIX = ["Street", "Place", "Road", "Crescent", "Terrace"]
_WORDS_NUM = ["four", "nine", "twelve", "fifteen", "twenty-two", "thirty-one", "forty-six", "fifty-eight", "sixty",
              "eighty-three", "a hundred and four", "one twenty-seven"]
_UK_POST = ["SN3 4QT", "OL11 2PX", "S70 6RD", "DY2 9LB", "ML1 3HN", "LL13 7TY", "NR32 1QE", "SK4 2DJ"]
_AU_STATE = [("Ballarat", "VIC", "3350"), ("Toowoomba", "QLD", "4350"), ("Dubbo", "NSW", "2830"),
             ("Mandurah", "WA", "6210"), ("Werribee", "VIC", "3030"), ("Hervey Bay", "QLD", "4655")]
_CA_POST = [("Moncton", "NB", "E1C 3K8"), ("Kamloops", "BC", "V2C 1T4"), ("Oshawa", "ON", "L1H 5R2"),
            ("Red Deer", "AB", "T4N 2G7"), ("Brandon", "MB", "R7A 4B9")]
_US_TOWN = [("Yakima", "WA", "98902"), ("Akron", "OH", "44310"), ("Waco", "TX", "76707"), ("Muncie", "IN", "47303"),
            ("Ogden", "UT", "84403"), ("Lubbock", "TX", "79412")]


def _address(r: random.Random) -> str:
    n = r.randint
    s = r.choice(_STREET_NAMES)
    x = r.random()
    if x < 0.16:  # US
        tail = r.choice(["", "", f", Apt {n(1, 30)}", f" #{n(2, 12)}{r.choice('ABCD')}"])
        if r.random() < 0.3:
            t, st, z = r.choice(_US_TOWN)
            return f"{n(10, 9899)} {s} {r.choice(_US_SUFFIX)}{tail}, {t}, {st} {z}"
        return f"{n(10, 9899)} {s} {r.choice(_US_SUFFIX)}{tail}"
    if x < 0.26:  # Canada
        if r.random() < 0.4:
            t, p, pc = r.choice(_CA_POST)
            return f"{n(2, 980)} {s} {r.choice(['Cres', 'Street', 'Drive', 'Ave'])}, {t}, {p} {pc}"
        return f"{n(101, 1808)}-{n(20, 450)} {s} {r.choice(['Street', 'Road', 'Drive', 'Blvd'])}"
    if x < 0.46:  # UK
        y = r.random()
        if y < 0.3:
            return f"Flat {n(1, 12)}, {n(2, 140)} {s} {r.choice(_UK_SUFFIX)}"
        if y < 0.55:
            return f"{n(2, 140)} {s} {r.choice(_UK_SUFFIX)}, {r.choice(_UK_POST)}"
        return f"{n(2, 140)} {s} {r.choice(_UK_SUFFIX)}"
    if x < 0.62:  # Ireland
        y = r.random()
        if y < 0.45:
            return f"{n(1, 88)} {s} {r.choice(_IE_ESTATE)}, {r.choice(_IE_TOWN)}"
        if y < 0.65:
            return f"Apartment {n(1, 40)}, {s} {r.choice(['Court', 'Quay', 'House'])}"
        return f"{n(1, 88)} {s} {r.choice(_IE_ESTATE)}"
    if x < 0.78:  # Australia
        y = r.random()
        if y < 0.45:
            return f"{n(1, 12)}/{n(2, 160)} {s} {r.choice(_AU_SUFFIX)}"
        if y < 0.75:
            t, st, pc = r.choice(_AU_STATE)
            return f"{n(2, 160)} {s} {r.choice(_AU_SUFFIX)}, {t} {st} {pc}"
        return f"{n(2, 160)} {s} {r.choice(_AU_SUFFIX)}"
    if x < 0.90:  # New Zealand
        return f"{n(1, 120)}{r.choice(['', '', 'a', 'b'])} {s} {r.choice(_NZ_SUFFIX)}"
    return f"{r.choice(_WORDS_NUM)} {s} {r.choice(['Road', 'Street', 'Close', 'Avenue', 'Drive'])}"


# --------------------------------------------------------------------------- dates

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DAY3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_ORD_WORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
             "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]


def _ord(d: int) -> str:
    return f"{d}{ {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd'}.get(d, 'th')}"


def _date(r: random.Random) -> str:
    n = r.randint
    d, mi = n(1, 28), n(0, 11)
    m, mo, wd, wd3 = _MONTHS[mi], _MON[mi], r.choice(_DAYS), r.choice(_DAY3)
    forms = [
        f"the {_ord(d)}", f"the {_ord(d)}", f"{m} {_ord(d)}", f"{_ord(d)} {m}", f"the {_ord(d)} of {m}",
        f"{wd} {_ord(d)} {m}", f"{wd} the {_ord(d)}", f"the {_ORD_WORD[d - 1]}", f"{m} the {_ord(d)}",
        f"{d}/{mi + 1}", f"{mi + 1}/{d}", f"{mo} {d}", f"{d} {mo}", f"{wd3} {d} {m}", f"{m} {d}",
        f"{d} {m}", f"{wd}, {m} {_ord(d)}", f"the {_ORD_WORD[d - 1]} of {m}",
        f"{d}/{mi + 1}/{n(1926, 1938)}", f"{m} {d}, {n(2023, 2026)}", f"{d} {m} {n(2023, 2026)}",
        f"{d:02d}/{mi + 1:02d}/{n(2023, 2026)}", f"{wd} the {_ord(d)} of {m}",
    ]
    return r.choice(forms)


# --------------------------------------------------------------------------- ages

_AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
              95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
              100: "a hundred", 101: "a hundred and one", 102: "a hundred and two", 103: "a hundred and three",
              104: "a hundred and four", 105: "a hundred and five", 106: "one hundred and six",
              107: "a hundred and seven", 108: "a hundred and eight", 109: "a hundred and nine",
              110: "a hundred and ten"}


def _age(r: random.Random) -> str:
    a = r.randint(90, 103) if r.random() < 0.85 else r.randint(90, 110)
    x = r.random()
    if x < 0.45:
        return str(a)
    if x < 0.85:
        return _AGE_WORDS[a]
    if x < 0.93:
        return f"{a} years old"
    return f"{_AGE_WORDS[a]} years old"


# --------------------------------------------------------------------------- phones

_DIGIT_WORD = {"0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six",
               "7": "seven", "8": "eight", "9": "nine"}


def _spoken(groups: list[str]) -> str:
    return ", ".join(" ".join(_DIGIT_WORD[c] for c in g) for g in groups)


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.10:
        return f"({r.choice(['509', '330', '254', '765', '801', '806'])}) 555-01{n(0, 99):02d}"
    if x < 0.17:
        return f"{r.choice(['506', '250', '905', '403', '204'])}-555-01{n(0, 99):02d}"
    if x < 0.21:
        return f"555-01{n(0, 99):02d}"
    if x < 0.33:
        return f"07700 900{n(0, 999):03d}"
    if x < 0.39:
        return r.choice([f"0117 496 0{n(0, 999):03d}", f"0161 496 0{n(0, 999):03d}", f"020 7946 0{n(0, 999):03d}",
                         f"0113 496 0{n(0, 999):03d}"])
    if x < 0.50:
        p = r.choice(["083", "085", "086", "087", "089"])
        return r.choice([f"{p} {n(100, 999)} {n(1000, 9999)}", f"{p}-{n(1000000, 9999999)}",
                         f"{p} {n(1000000, 9999999)}"])
    if x < 0.54:
        return r.choice([f"(044) 93 {n(10000, 99999)}", f"090 64 {n(10000, 99999)}", f"(057) 86 {n(10000, 99999)}"])
    if x < 0.66:
        return r.choice([f"0491 570 {n(100, 999)}", f"0491 570 {n(100, 999)}", f"0412 {n(100, 999)} {n(100, 999)}",
                         f"(07) 5550 {n(1000, 9999)}", f"(03) 5550 {n(1000, 9999)}"])
    if x < 0.76:
        return r.choice([f"021 {n(100, 999)} {n(1000, 9999)}", f"027 {n(100, 999)} {n(100, 999)}",
                         f"022 {n(1000000, 9999999)}", f"(07) 348 {n(1000, 9999)}", f"06 357 {n(1000, 9999)}"])
    if x < 0.84:
        return r.choice([f"+353 87 {n(100, 999)} {n(1000, 9999)}", f"+44 7700 900{n(0, 999):03d}",
                         f"+61 491 570 {n(100, 999)}", f"+64 21 {n(100, 999)} {n(1000, 9999)}",
                         f"+1 705 555 01{n(0, 99):02d}"])
    if x < 0.92:
        return _spoken([r.choice(["087", "086", "021", "0491", "07700"]), str(n(100, 999)), str(n(1000, 9999))])
    return _spoken([r.choice(["509", "905", "403"]), "555", f"01{n(0, 99):02d}"])


# --------------------------------------------------------------------------- emails and urls

_EMAIL_USERS = ["carersgroup.{t}", "dadsgroup{t}", "{f}.{s}", "{f}{s}{y}", "{f}_{s}", "{f}mum{y}", "nana.{f}{y}",
                "{f}{s1}{y}", "menstalk.{t}", "mfg.{t}", "{f}.{s}{y}", "kinship.{t}", "{f}{y}"]
_EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk",
                  "btinternet.com", "outlook.ie", "eircom.net", "bigpond.com", "optusnet.com.au", "xtra.co.nz",
                  "slingshot.co.nz", "rogers.com", "shaw.ca", "yahoo.ie", "live.com.au"]
_ORG_DOMAINS = ["oakleafcarers.org.uk", "brightwatersupport.ie", "tidesmen.org.au", "kauriwhanau.org.nz",
                "harbourlightgroups.ca", "fernbankfamilies.org", "tallowbrookcentre.ie", "sunpathintegration.com",
                "ridgelinecbt.co.uk", "menontrack.org.nz"]
_EMAIL_ORG_USERS = ["info", "groups", "hello", "admin", "bookings", "{f}", "{f}.{s}", "facilitator", "mfg"]


def _email(r: random.Random) -> str:
    f = _first(r).lower().replace("í", "i").replace("é", "e").replace("á", "a").replace("ā", "a")
    f = f.replace("-", "").replace(" ", "")
    s = r.choice(_SURNAMES).lower().replace("'", "").replace(" ", "").replace("-", "")
    t = r.choice(["mullingar", "ballarat", "rotorua", "swindon", "moncton", "yakima", "dubbo", "athlone", "wrexham"])
    y = str(r.choice([r.randint(70, 99), r.randint(1, 12), r.randint(2001, 2019)]))
    vals = dict(f=f, s=s, s1=s[0], t=t, y=y)
    x = r.random()
    if x < 0.62:
        addr = f"{r.choice(_EMAIL_USERS).format(**vals)}@{r.choice(_EMAIL_DOMAINS)}"
    else:
        addr = f"{r.choice(_EMAIL_ORG_USERS).format(**vals)}@{r.choice(_ORG_DOMAINS)}"
    if r.random() < 0.1:
        user, dom = addr.split("@")
        return f"{user.replace('.', ' dot ').replace('_', ' underscore ')} at {dom.replace('.', ' dot ')}"
    if r.random() < 0.06:
        return addr[0].upper() + addr[1:]
    return addr


def _url(r: random.Random) -> str:
    n = r.randint
    org = r.choice(_ORG_DOMAINS)
    slug = r.choice(["groups", "carers-group", "mens-group", "support/bereaved", "hearing-voices", "whats-on",
                     "book", "kinship-carers", "multi-family-group", "resources/thought-record", "dads"])
    x = r.random()
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    code = "".join(r.choice(alnum) for _ in range(n(10, 22)))
    t = r.choice(["mullingar", "ballarat", "rotorua", "swindon", "moncton", "yakima", "dubbo", "tullamore"])
    forms = [
        f"www.{org}/{slug}", f"{org}/{slug}", f"https://www.{org}/{slug}", f"https://{org}",
        f"www.{org}", f"facebook.com/groups/{t}{r.choice(['dads', 'carers', 'kinshipcarers', 'menstalk'])}",
        f"https://chat.whatsapp.com/{code}", f"www.gofundme.com/f/{t}-mens-shed-{r.choice(['roof', 'van', 'tools'])}",
        f"eventbrite.{r.choice(['ie', 'co.uk', 'com.au', 'ca'])}/e/{t}-carers-coffee-morning-{n(100000000, 999999999)}",
        f"{r.choice(_TEAMS).lower().replace(' ', '')}.{r.choice(['ie', 'co.nz', 'com.au', 'org.uk'])}",
        f"bit.ly/{code[:7]}", f"instagram.com/{t}_{r.choice(['mensgroup', 'carers', 'dadsclub'])}",
        f"calendly.com/{r.choice(['groups', 'intake', 'mfg'])}-{t}/{r.choice(['prep', 'intro-call', 'screening'])}",
        f"zoom.us/j/{n(100000000, 999999999)}{n(0, 9)}", f"linktr.ee/{t}{r.choice(['carers', 'menshed', 'dads'])}",
    ]
    u = r.choice(forms)
    if x < 0.08 and not u.startswith("http") and "/" in u:
        return u.replace(".", " dot ").replace("/", " slash ")
    return u


# --------------------------------------------------------------------------- national numbers and ids

def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.30:
        a, b, c = n(101, 665), n(10, 99), n(1000, 9999)
        return r.choice([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])
    if x < 0.45:
        a, b, c = n(100, 799), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {c}", f"{a}-{b}-{c}"])
    if x < 0.62:
        letters = "ABCEGHJKLMNPRSTWXYZ"
        p = r.choice(letters) + r.choice(letters.replace("Z", ""))
        return r.choice([f"{p} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}",
                         f"{p}{n(100000, 999999)}{r.choice('ABCD')}"])
    if x < 0.77:
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHJKLMNPTW')}{r.choice(['', '', 'A', 'H'])}"
    if x < 0.90:
        return r.choice([f"{n(100, 999)} {n(100, 999)} {n(100, 999)}", f"{n(100000000, 999999999)}"])
    return r.choice([f"{n(10, 130)}-{n(100, 999)}-{n(100, 999)}", f"{n(10000000, 130000000)}"])


def _id(r: random.Random) -> str:
    n = r.randint
    up = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    forms = [
        f"{n(400, 799)} {n(100, 999)} {n(1000, 9999)}",  # NHS number layout
        f"{n(1, 28):02d}{n(1, 12):02d}{n(20, 99)}{n(1000, 9999)}",  # CHI layout
        f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}",  # Australian Medicare layout
        f"{''.join(r.choice(up) for _ in range(3))}{n(1000, 9999)}",  # NHI layout
        f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{''.join(r.choice(up) for _ in range(2))}",  # Ontario card
        f"CG-{n(1000, 9999)}",  # charity membership
        f"REF{n(100000, 999999)}",
        f"KC/{n(2019, 2025)}/{n(100, 9999)}",  # kinship-care order
        f"{n(10000000, 99999999)}",
        f"{n(1000000, 9999999)}",
        f"{''.join(r.choice(up) for _ in range(2))}{n(10, 99)} {''.join(r.choice(up) for _ in range(3))}",  # UK plate
        f"{n(1, 9)}{''.join(r.choice(up) for _ in range(3))}{n(100, 999)}",  # AU rego
        f"{n(131, 242)}-{r.choice(['D', 'WH', 'LS', 'MH', 'G', 'KE'])}-{n(1000, 99999)}",  # Irish reg
        f"PSG-{n(10, 99)}-{n(100, 999)}",  # group trial participant
        f"MFG{n(100, 999)}",
        f"{n(100, 999)}{''.join(r.choice(up) for _ in range(2))}{n(1000, 9999)}",
        f"BB{n(100000, 999999)}",
    ]
    return r.choice(forms)


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


# --------------------------------------------------------------------------- carrier turns (one {} each)

TEMPLATES = {
    "PERSON": [
        "Group member 3: yeah, my son {} is the same, he just goes to his room and that's him for the night.",
        "Facilitator: thanks for that. Over to you, {}, if you want to come in.",
        "Mum: {} has been brilliant with her little brother since the session, hasn't she? Dad: she has, yeah.",
        "{}: sorry, can I just come in there? Because that's exactly what happened to me on Tuesday.",
        "My granddaughter {} is six and she keeps asking when her mum is coming back for her.",
        "Nan: I pick {} up from school three days a week now, because his dad works shifts.",
        "F1: it was {}'s idea to do the thought record together at the kitchen table, not mine.",
        "M2: me and {} used to play footy together, years ago, before all this started.",
        "Session 4 notes: Attendance 7 of 9. {} arrived late and left at the break; follow up by phone.",
        "The coach, Mr {}, rang me himself to say he'd keep a spot on the team for him.",
        "Group member 1: I think what {} said last week really stuck with me, about the shame of it.",
        "Dad: well {} won't eat anything at the table if her sister's there, it's a whole fight every night.",
        "Co-facilitator: can we hear from {} before we move on to the homework round?",
        "[laughter] Ah stop, {}, you're terrible. Anyway, the week was a seven out of ten, I'd say.",
        "I went round to {}'s on Sunday and we just sat in the garden and didn't talk about any of it.",
        "Grandad: our {} is the only one of the kids who still rings me, every Thursday.",
        "Child: {} in my class said my mum is crazy and I hit him and I got in trouble.",
        "Dr {} said the olanzapine might be why he's so tired, but we're not to stop it on our own.",
        "GM2: my wife, {}, she's the one who made me come to the men's group in the first place.",
        "Actions: facilitator to send the carers' allowance leaflet to {} before the next meeting.",
        "My eldest, {}, is fourteen and she's basically running the house when I'm bad.",
        "We had the sitters for the group session, and {} was the one who held my hand when it got dark.",
        "Mum: Mrs {} from the school has been lovely, she lets him go to the quiet room at lunch.",
        "P4: I don't want to speak for {}, but I think he felt a bit ganged up on tonight.",
        "yeah so me and {} split up in the summer and the kids are with me most weeks now",
        "Facilitator: welcome back, {}, we missed you last week. How's your dad doing?",
        "My sister-in-law {} takes the boys on a Saturday so I can come here, to be honest.",
        "Ms {} is his key worker at the unit and she's been great with the family meetings.",
        "The integration circle was hard. {} shared first and then nobody wanted to follow her.",
        "Group member 5: can I just say, {}, you look so much better than when you started here.",
        "[several voices] Welcome, {}! Facilitator: we're on week 6 of 12, so you've not missed much.",
        "M3: pass the talking stick to {}, he's been quiet all night.",
        "We came over from Texas in 2009 and {} was the first friend I made here.",
    ],
    "LOCATION": [
        "Group member 3: my son's school is in {}, so it's forty minutes each way in the car.",
        "We moved out to {} when my mam got sick, to be nearer to her.",
        "Dad: he plays under-twelves for {} on a Saturday morning, it's the one thing he loves.",
        "Facilitator: and where are you driving in from, is it {}?",
        "I work nights at {}, in the warehouse, so the evening group is hard for me.",
        "My daughter and the grandkids are down in {} now and I only see them at the holidays.",
        "The carers' group used to meet at {} but the hall got sold.",
        "Mum: she was at {} until she was nine and then the bullying started.",
        "M1: I grew up in {}, and nobody talked about anything like this. You just got on with it.",
        "Session notes: two members car-share from {}; discuss moving the start time.",
        "My husband's from {}, and his whole family is there, so the holidays are a whole thing.",
        "GM4: the lads from {} are the only reason I'm still here, honestly.",
        "Nan: they've put her in a unit in {} and it's two buses for me to get there.",
        "Yeah we used to go to the pub in {} after training, every Thursday, that was the routine.",
        "Co-facilitator: is that the men's shed in {} you mentioned, the one with the woodwork?",
        "He got a job at {} after the course, and he's been a different lad since.",
        "We did the psilocybin group retreat out near {}, in an old farmhouse.",
        "F2: my ex lives in {} now with his new partner, so handovers are at the services halfway.",
        "my nana lives in {} and she's the one who started the whole family talking about it",
        "The eating disorder unit in {} has a waiting list of months, that's what they told us.",
        "Grandad: I was a fitter at {} for thirty-one years, until the back went.",
        "M3: we're from {}, originally, and I still support the football team there.",
        "F3: my parents are back in Poland, so it's just me and the kids here in {}.",
        "Our youngest goes to {} and the teachers there have been really good with him.",
        "There's a hearing voices group in {} too, on a Wednesday, if anyone can't make this one.",
        "Mum: we drove up from {} for the multi-family day, it was worth it though.",
        "Group member 2: I coach the girls at {} on a Tuesday night, it keeps me sane.",
        "My brother's in {} and he won't come to any of the family sessions.",
        "Facilitator: the next integration circle will be at {}, same time, and bring a cushion.",
        "Group member 1: he's on sertraline 50 mg and Ritalin, and the school in {} still says it's his behaviour.",
        "We went up to {} Saturday arvo for the game, heaps of fun, eh.",
    ],
    "ADDRESS": [
        "Facilitator: the group is moving, from next week it's at {}, the side door by the car park.",
        "If anyone wants a lift, I'm at {}, I can pick you up on my way.",
        "Mum: the new place is {}, so she's changing school as well, which is a lot.",
        "Session notes: home visit completed at {}; grandparents and both children present.",
        "Group member 6: my nan still lives at {}, she won't move, it's where she raised us all.",
        "The carers' coffee morning is at {} this month, in the back room.",
        "Nan: they're sending the letters to {}, that's my address now, not her mother's.",
        "I'm in a flat now, {}, it's not much but the kids have their own room.",
        "Send the forms to {} and put Attention: Family Team on the envelope.",
        "M2: we rent at {}, and the landlord's been trying to get us out since the spring.",
        "Dad: the school has our address as {} but we moved out in August.",
        "The kinship carers' picnic is in the garden at {}, bring something to share.",
        "Co-facilitator: can you write your address for the taxi, is it {}?",
        "I said to the police, I live at {}, he's not supposed to come within a hundred metres.",
        "F3: the old house was {}, and I can't even drive down that road any more.",
        "For the multi-family group, parking is free behind the hall at {}.",
        "Grandad: post it to {} and I'll make sure she signs it.",
        "The integration circle meets at {}, upstairs, ring the buzzer for the second floor.",
        "Actions: update the contact details on file to {} (moved last month).",
        "my mum's at {} now so the kids are going there after school",
        "He's staying at his brother's, {}, until the court date.",
        "Group member 4: the shed is at {}, right behind the tyre place, you can't miss it.",
        "We're at {} if anyone wants to drop round with the food parcels.",
        "Mum: her dad's address is {} but she's not to be sent there on her own.",
        "The dads' group starts at {} on the first Saturday, nine sharp.",
    ],
    "DATE": [
        "Facilitator: next session is {}, same time, and we'll start with the homework round.",
        "Group member 2: my granddaughter's birthday is {} and I don't know if her mum will show up.",
        "The court date for the kinship order is {}, so I'll miss that week.",
        "Mum: he went into the unit on {} and we weren't allowed to visit for the first week.",
        "Session 6 notes, {}: 8 attended, 2 apologies. Theme: sleep and low mood.",
        "We're doing the group preparation on {}, and the dosing day is the week after, psilocybin 25 mg, six of us.",
        "Dad: she was discharged {}, and by the Friday she'd stopped eating again.",
        "my dad's anniversary is {}, so I might be quiet that week, just so you know",
        "M4: the fundraiser walk is {}, if any of the lads want to come.",
        "It was {} when I found him. I'll never forget that day.",
        "Nan: the social worker's coming on {} to see the kids' rooms.",
        "Co-facilitator: can everyone put {} in their phones for the family day?",
        "Date of birth on the form is {}, but she always says she's younger.",
        "GM1: I've been off the drink since {}, and it's the longest I've ever done.",
        "F2: our wedding anniversary was {}, and I spent it in the car park crying.",
        "The multi-family group's last session is {}, and then it's the follow-up in three months.",
        "We broke up for the holidays {}, and it all went downhill from there.",
        "Grandad: the school play is {} and she's a sheep, she's made up about it.",
        "Actions: review risk plan by {}; facilitator to phone GP.",
        "I rang the helpline on {} and they were the ones who told me about this group.",
        "He moved back in with us {}, after the second admission.",
        "Group member 7: the integration circle after the retreat was {}, and I cried the whole way home.",
        "The carers' week event is on {}, there's a lunch and a talk.",
        "Mum: her appointment with the dietitian got moved to {}.",
        "Shall we say {} for the next men's group, since the hall's booked the week after?",
        "His first match back is {}, and he's been training all week for it.",
        "Child: it's my birthday on {} and I'm having a party at the bowling.",
        "Dad: the wee one's birthday is {} and she wants the whole group to come, which is grand.",
    ],
    "AGE": [
        "Group member 4: my nan is {} and she still does the crossword every morning.",
        "Grandad's {} now and he's the one who keeps the family together, honestly.",
        "Mum: her great-granny is {}, and she came to the family session on the video.",
        "My father-in-law is {} and we're caring for him at home, which is why I'm here.",
        "Nan: I'm {}, love, I've seen it all and I still don't understand this.",
        "She lived to {}, my grandmother, and she never once talked about the war.",
        "M1: my old man turned {} in the spring, and he still calls me a soft lad.",
        "Session notes: member's mother ({}) now in respite; member reports relief and guilt.",
        "The oldest member of the carers' group is caring for her husband, and she's {}.",
        "My great-aunt is {} and she's the only one who remembers what happened to my mum.",
        "Dad: his grandad is {}, and he's asked to come to one of these, if that's okay.",
        "Group member 2: the woman next door is {} and she brings the kids biscuits every Friday.",
        "F1: my grandad died at {}, just before the summer, and my son hasn't been right since.",
        "Co-facilitator: your nana's {}? That's amazing. And she lives on her own?",
        "Pop's {} and still goes down the club for a beer every Sunday, that's his thing.",
        "We had a party for Nana when she turned {}, the whole family was there.",
        "My mam's {}, and I'm her only carer, so I had to bring her tonight.",
        "The kids' great-grandad is {} and he's in the home now, just round the corner.",
        "Grandad: I'm {}, I don't need anyone telling me how to feel.",
        "Her nan, she's {}, she still sends a card with a fiver in it for every birthday.",
        "Actions: carer assessment for member's father, aged {}, to be chased with the council.",
        "yeah my granny's {} and she's sharper than any of us",
        "Group member 8: my aunt is {}, she never married, and we're all she's got.",
        "Dad: my wife's gran is {}, and she said she had a breakdown too, back in the day, nobody called it that.",
        "Mum: great-grandma's {} and she knits for the whole group, she sent these mittens.",
        "My mum's 89 and my nan's {}, and I'm the one in the middle caring for both of them.",
    ],
    "PHONE": [
        "Facilitator: if you want to join the group chat, text {} and I'll add you.",
        "Group member 3: my number's {}, ring me if you're having a bad night, I mean it.",
        "The charity's helpline is {}, it's open till ten on weeknights.",
        "Mum: the school's number is {}, ask for the pastoral lead.",
        "I've written the number on the whiteboard: {}. That's the duty line for the family team.",
        "M2: here, take my number, {}, if you want to come to the shed on Saturday.",
        "Session notes: PHQ-9 down from 19 to 12. Member gave new mobile {}; old number disconnected.",
        "Nan: you can get me on {}, but not after nine, I'm in bed.",
        "The carers' line is {}, and they'll do a home visit if you ask.",
        "Co-facilitator: for the group preparation, the sitter on call is on {}.",
        "Dad: my work mobile is {}, that's the best one during the day.",
        "my mam's number is {}, in case you need to reach her about the kids",
        "Grandad: the home's number is {}, I ring it every morning at ten.",
        "If you can't make it, text the facilitator on {} before six.",
        "F4: the kinship carers' advice line is {}, they were great with the forms.",
        "Group member 1: the out-of-hours number is {}, not the one on the leaflet, that's old.",
        "His coach's number is {}, if you need to tell him he won't be at training.",
        "Actions: call back member on {} re. transport to next session.",
        "The after-care phone for the retreat group is {}, and someone answers all night.",
        "Mum: her ward's direct line is {}, it's quicker than the switchboard.",
        "It's {}, that's the mobile for the men's group, one of the lads answers it.",
        "Ring the church office on {} to book the hall for the family day.",
        "Group member 6: sorry, my number changed, it's {} now.",
        "Dad: put down {} as the emergency contact, that's my mother's landline.",
        "The group WhatsApp admin is on {}, just message and say who you are.",
        "Mom's cell is {}, y'all can call her if I don't show up next week.",
    ],
    "EMAIL": [
        "Facilitator: the shared email for the group is {}, I'll check it once a day.",
        "Group member 2: you can send the thought record to me at {} and I'll print it.",
        "Mum: the school wants everything in writing, so it goes to {}.",
        "Session notes: handouts to be emailed to {} (member has no printer).",
        "The carers' group newsletter comes from {}, so check your junk folder.",
        "Dad: my email is {}, all lower case.",
        "Co-facilitator: for the psilocybin group intake, send your forms to {}.",
        "Nan: my grandson set up an email for me, it's {}, but I never check it.",
        "M3: just drop me a line at {} if you want the link for the footy.",
        "If you want the recordings of the meditations, email {} and ask.",
        "Group member 5: I wrote to {} to complain and nobody got back to me.",
        "the email for the bereaved group is {} I think, someone correct me",
        "Actions: send minutes and next dates to {}.",
        "F2: I've put my email on the sheet, it's {}.",
        "Grandad: the social worker said to write to {}, but I'm no good with computers.",
        "The multi-family group coordinator is at {}, she sorts out the travel money.",
        "Mum: her coach emails the team from {}, so that's where the fixtures come from.",
        "You can reach the men's group at {} if you don't want to ring.",
        "Group member 7: my daughter's email is {}, she wants to come to the family session.",
        "For the volunteer sitters, the rota goes out from {} every Monday.",
        "Co-facilitator: so I have you down as {}, is that still right?",
        "Dad: we've been emailing the ward manager at {}, and it's slow.",
        "The fundraiser committee email is {}, in case anyone wants to help.",
        "Her school email is {}, so they can send her the work while she's off.",
        "Send the kinship allowance form to {}, that's what the lady at the desk said.",
    ],
    "URL": [
        "Facilitator: all the handouts are up on {}, including the five-areas diagram.",
        "Group member 4: the charity's page is {}, it lists the other groups too.",
        "Here's the WhatsApp invite for the group: {}. Only join if you're happy with your number being seen.",
        "Mum: the eating disorder charity has a parents' page, {}, it helped us a lot.",
        "The men's group has a Facebook page, {}, but most of us just use the chat.",
        "Session notes: signposted member to {} for the carers' assessment information.",
        "Co-facilitator: you book the group preparation sessions through {}.",
        "M1: the lads set up a fundraiser, {}, for the shed's new roof.",
        "the link is {} if anyone wants the playlist from the circle",
        "Dad: her team's fixtures are on {}, so we know which weekends are away games.",
        "Nan: my grandson put it on {} and the whole town saw it.",
        "Group member 6: the hearing voices network has a page, {}, with the meetings on it.",
        "Actions: add {} to the next session's handout.",
        "The kinship carers' forum is at {}, and you can post without your name.",
        "Grandad: they told me to go to {} for the forms, but I printed them at the library.",
        "F3: the coffee morning is on {}, you just click to say you're coming.",
        "Tonight's session on Zoom is {}, for anyone who can't make the hall.",
        "Mum: the school posted it on {}, with the photos, and I asked them to take hers down.",
        "For the thought record, there's a printable one at {}.",
        "Group member 2: the bereaved-by-suicide leaflet is at {}, I keep it on my phone.",
        "Co-facilitator: if you want to give feedback, the form is at {}.",
        "Dad: the multi-family group has a page, {}, with the dates for the year.",
        "He shared {} with the group and said it got him through the first month.",
        "The integration circle's reading list is on {}, it's not compulsory.",
        "Check {} for the new meeting place, it moved again.",
    ],
    "SSN": [
        "Group member 3: the carer's allowance form wanted my number, it's {}, and I had to ring twice.",
        "Nan: for the guardianship payment they asked for my social security number, {}.",
        "Mum: his SIN is {}, I had to put it on the disability form for the tax credit.",
        "My National Insurance number is {}, I only know it because I've written it so many times.",
        "Dad: they wanted the PPS number for the grant, it's {}, and mine as well.",
        "Session notes: member shared their NI number ({}) aloud when reading the form; reminded re. privacy.",
        "Grandad: tax file number is {}, the lady at the counter had to help me with it.",
        "I read out my IRD number, {}, and they still couldn't find me in the system.",
        "M2: they asked for my social on the phone, {}, and I thought, is this even them?",
        "F1: the kinship form had a box for the child's PPS, {}, and I didn't have it.",
        "Co-facilitator: you don't need to give me your SSN, but for the record, it's {} on the form?",
        "Group member 6: my PPSN is {}, I have it on a sticky note on the fridge.",
        "Nan: the social insurance number is {}, my late husband's, for the survivor's pension.",
        "Mum: SSN {}, that's hers, the school needed it for the new plan.",
        "For the carer payment in Queensland, they needed my TFN, {}, and her Medicare card too.",
        "Dad: his NI number came in the post, {}, the week he turned sixteen.",
        "my social security number is {} and they still said they couldn't verify me",
        "Group member 1: the benefits office had my national insurance as {}, and that was wrong.",
        "Actions: member to bring SIN ({}) and proof of address for the respite application.",
        "The IRD number on her form is {}, and the rest is my handwriting.",
        "Grandad: my social is {}, I've had the same card since I was a lad.",
        "F2: the PPS number they had for him was {}, but that's his dad's.",
        "Her NINO's {}, I wrote it on the back of the appointment letter.",
        "M4: SIN number, {}, I know it off by heart because of the EI forms.",
        "Mum: the tax number on his first payslip is {}, he's so proud of it.",
    ],
    "ID": [
        "Mum: her NHS number is {}, the ward asked for it twice.",
        "Group member 3: my membership number for the carers' charity is {}, it gets you the discount.",
        "The referral reference is {}, quote that if you ring them.",
        "Nan: the case number for the kinship order is {}, it's on every letter.",
        "Session notes: member's client file number {}; consent to share with GP on file.",
        "Dad: his Medicare number is {}, and he's the third on the card. He's six, so he doesn't care.",
        "Grandad: the NHI on his hospital band was {}, I took a photo of it.",
        "For the multi-family group, your family's code is {}, write it on the feedback form.",
        "Her student number is {}, so the school can log the absences as medical.",
        "M2: the Blue Badge number is {}, I need it on the dashboard or I get a ticket.",
        "Mum: her Ontario health card number is {}, and it expires next month.",
        "The club registration number for him is {}, so he's insured when he plays.",
        "Co-facilitator: your participant number for the psilocybin group study is {}, and the GAD-7 is on the back.",
        "I got a parking fine outside the hall, the reg was {}, can the charity sort it?",
        "Group member 5: my CHI number is {}, I had to give it at the chemist for the lithium.",
        "F1: the helpline gave me a reference, {}, in case I ring back.",
        "Nan: the allowance reference is {}, they said keep it safe.",
        "Actions: chase referral {} with the community team.",
        "Dad: the hospital number on her appointment letter is {}.",
        "my Medicare card number is {} and the kids are on it too",
        "Group member 2: the permit for the disabled bay is {}, it's in the glovebox.",
        "Grandad: the claim number for the funeral grant was {}, and they still haven't paid.",
        "The child's unique pupil number is {}, for the transfer to the new school.",
        "Mum: the car's rego is {}, if anyone sees it parked outside the house, tell me.",
        "The charity registration on the letter is {}, so I know it's really them.",
        "Session notes: safeguarding log {} opened; to be reviewed by the lead.",
    ],
}
