"""A forty-second SYNTHETIC transcript set for benchmarks/deid.py: the fortieth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities and towns of the US, Canada, the UK, Ireland, Australia and New Zealand, sometimes with
their state, province or county, are used as places only, never with a person; every hospital, clinic,
community mental health centre, medical and health centre, vet center, treatment and recovery centre,
school, college, church, trial and employer name is made up).  Written on 2026-12-07 by an engineer who
had NOT seen the de-identifier's rules, its docs page, its tests or the contents of the earlier sets
(only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout39.py their docstrings, plus the ``value`` signature and the
``TEMPLATES`` shape of deid_heldout19.py, for the format; one slip: a listing of the top-level names of
deid_heldout37.py showed the first entries of its word lists, and every value seen there was then kept
OUT of this file), in one go, before any run; no rule and no line of this file was changed after its
first run.  It was first run on the twentieth round's rules (main at commit 28db7fa) and measures how
the rules do on transcripts they were not written for; it stays a blind set until a later round makes
it a development set.

Style: PLAIN, ORDINARY psychotherapy transcripts -- the kind a researcher writes to TEST a
de-identification tool, a FOURTH sample of that kind by yet another writer (after deid_heldout32.py,
deid_heldout34.py and deid_heldout37.py, of which only the docstrings were read; this one is written
its own way): clean speaker-labelled dialogue (``Therapist:``/``Client:``, ``T:``/``C:``,
``Dr. Name:``/``Patient:``; the benchmark's generator writes every turn as ``Therapist:``/``Client:``, so
each template is the body of a ``Client:`` turn, now and then the clinician's question or a detail
read back, and once a ``Dr. Name:`` label inside the turn, whose name is then the planted one), one
turn per line, whole sentences, tidy punctuation and capitals, no fillers, no bracket tags, no
timestamps.  Settings: ordinary outpatient sessions in a community mental health centre (low mood,
benefits, housing), a veterans' clinic (nightmares, anger, the VA or DVA paperwork, leaving the
forces), a university counselling centre (exams, essays, flatmates and roommates, homesickness), an
eating-disorder service (the meal plan, weigh-ins, the dietitian, purging), a perinatal service (the
pregnancy, the birth, feeds, the midwife and health visitor, the EPDS), an addiction service
(cravings, meetings, a sponsor, methadone, naltrexone, a sober house) and a psychedelic-therapy trial
(screening, preparation, the dosing day with its eyeshades, music and sitters, integration).
Speakers from the US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``, ``mom``,
``mam``, ``nan``, ``gran``, ``the GP``, ``uni``, ``college``, ``flat``, ``reckon``, ``grand``, ``heaps``,
``my mate``).  This set estimates how the rules do on ordinary test data, so it is kept plain and
natural and does not chase variety for its own sake.
Identifier forms: the forms a test writer picks FIRST, the way people say them, spread evenly; hard
or exotic forms are rare (under one in ten of each type).  Names: a first name alone (the most common
form), a full name, a surname after ``Dr.``/``Mr.``/``Ms.``/``Mrs.``/``Nurse``/``Professor`` (the title in
the carrier), a relative's, partner's, sponsor's or friend's name after a kin or role word in the
carrier, a possessive ``'s`` in the carrier; rarely a hyphenated first name, an ``O'`` surname, a Maori
first name, an Irish name with a fada or an initial with a surname.  Places: the city or town someone
lives in, grew up in, was stationed in or moved to (``Dayton``, ``Kamloops``, ``Darlington``,
``Dundalk``, ``Mildura``, ``Timaru``), sometimes with its state, province or county inside the span
(``Roanoke, Virginia``, ``Clonmel, County Tipperary``), and made-up hospitals, community mental health
centres, medical centres, vet centers, recovery centres, schools, colleges, churches and employers by
name (``Ashcombe General Hospital``, ``Lindenbrook Recovery Centre``, ``Thornfield Primary School``,
``Copperline Freight``); rarely a saint's-name hospital or school.  Addresses as said or written
locally: a street line alone (``27 Hawthorn Drive``), a street line with its town, a US line with
``Apt 3B`` or with town, state and ZIP, a Canadian line with city, province and postal code, a UK line
with ``Flat 2,`` or with town and postcode, an Irish line with its town, an Australian line with
suburb, state and postcode, a NZ line with its town and postcode; rarely an Australian ``3/41`` unit
line or a PO box.  Dates as people say them (calendar dates only, no holidays): ``March 3rd``, ``March
3``, ``the 14th``, ``3/14/2023``, ``14/03/2023``, ``May 2nd, 2023``, ``Tuesday the 9th``, ``3rd March``,
``the 3rd of March``, ``14 March 2023``, ``Tuesday, May 2nd, 2023`` (a weekday agrees with its date when a
year is given), ``3/14``; ``on``, ``since``, ``last`` and ``next`` in the carrier; rarely a date in words
(``the twenty-first``), ``Sept. 9th`` or an ISO ``2023-03-14``.  Ages over 89 (90-110): digits (most:
``she's 94``, ``a 92-year-old``, ``he turned 97``), the unit and ``aged`` in the carrier; rarely in
words (``ninety-three``).  Phones in local layouts: the test writer's ``(555) 123-4567`` and
``555-123-4567``, US and Canadian ``(613) 555-0142`` fiction numbers, UK ``07700 900123`` mobiles and
``0161 496 0123`` / ``020 7946 0123`` landlines, Irish ``087 123 4567`` mobiles and ``01 555 1234``
landlines, Australian ``0491 570 123`` mobiles and ``(02) 5550 1234`` landlines, NZ ``021 123 4567``
mobiles and ``(09) 555 1234`` landlines; rarely with a country code or an extension.  Emails:
free-mail and ISP addresses of these countries and invented clinic, service, university and trial
addresses; rarely one read out with ``at`` and ``dot``.  Web addresses: invented clinic, service,
trial, meeting-finder, booking and resource pages with and without ``https://`` and ``www``; rarely a
short link.  SSNs: a US social security number ``123-45-6789`` (the most common), or another country's
national number planted as SSN (a judgement call): Canadian SINs, UK National Insurance numbers, Irish
PPS numbers, Australian tax file numbers and NZ IRD numbers, the cue in the carrier (``value`` and the
template are drawn independently, so not always the matching one); rarely a US number run together.
IDs (the cue always in the carrier, never in the span): medical record and hospital numbers,
insurance member, policy and Medicaid numbers, account numbers, a VA claim number, a student number,
NHS numbers, Australian Medicare numbers, NZ NHI numbers, Ontario health card numbers, a treatment
centre's client number, a court case number, a referral reference and a trial's participant and
screening numbers.
A title, kin word or possessive ``'s`` next to a name, an article before a place and ``on``/``since``/
``last``/``next`` before a date stay outside the span; a date's own words (``the 3rd of March``,
``Tuesday the 9th``) are inside it.  ``value`` and the template are drawn independently (deid.py's
design), so now and then a form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (psilocybin 25 mg,
sertraline 100 mg, methadone 60 mg, naltrexone, buprenorphine, prazosin, quetiapine), scales (PHQ-9,
GAD-7, PCL-5, EPDS, EDE-Q, AUDIT), ages under 90, weights and meal-plan words, kin words as common
nouns (my mum, my nan, the baby, my partner) and place-like common words (the clinic, the ward, the
unit, the meeting, the dorm, the base, the GP, the health visitor, the sober house); they hold no
other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

FIRST = ["Jessica", "Kyle", "Brittany", "Dylan", "Courtney", "Derek", "Janice", "Gary", "Sharon", "Craig",
         "Lindsay", "Hayley", "Rhys", "Gemma", "Stacey", "Bradley", "Kayla", "Travis", "Melissa", "Darren",
         "Colleen", "Brendan", "Marcus", "Tanya", "Leanne", "Jodie", "Nathan", "Kelsey", "Owen", "Fiona",
         "Gillian", "Rory", "Sinead", "Padraig", "Ewan", "Shauna", "Declan", "Orla", "Cathal", "Bronwyn",
         "Shane", "Kirsty", "Jarrod", "Tamsin", "Callum", "Natalie", "Caitlin", "Vanessa", "Trent", "Amber",
         "Joel", "Shannon", "Kieran", "Deepa", "Minh", "Omar", "Fatima", "Tariq", "Luis", "Danielle"]
HARD_FIRST = ["Ruby-Mae", "Jo-Anne", "Lee-Ann", "Mereana", "Tamati", "Hemi", "\u00c1ine", "Se\u00e1n"]
LAST = ["Doherty", "Kowalski", "Patel", "Nguyen", "Thompson", "Harrington", "Callaghan", "McNamara", "Delaney",
        "Fraser", "Sutherland", "Ramsay", "Okoye", "Ferreira", "Lachance", "Tremblay", "Bouchard", "Ashworth",
        "Barlow", "Cassidy", "Donnelly", "Egan", "Foley", "Hennessy", "Kearney", "Lynch", "Moran", "Nolan",
        "Quigley", "Reardon", "Sweeney", "Walsh", "Yates", "Pearce", "Merritt", "Stanton", "Chen", "Singh",
        "Tran", "Hassan", "Novak", "Dempsey", "MacLeod", "Ruiz", "Hughes", "Parsons", "Whitaker", "Baxter",
        "Gilmore", "Crowley"]
HARD_LAST = ["O'Keeffe", "O'Brien", "O'Mara", "Fox-Lindsay", "Te Huia"]

TOWNS = ["Dayton", "Toledo", "Reno", "Modesto", "Topeka", "Erie", "Billings", "Fargo", "Roanoke", "Savannah",
         "Stockton", "Yakima", "Peoria", "Rockford", "Muncie", "Kamloops", "Thunder Bay", "Red Deer", "Nanaimo",
         "Sherbrooke", "Kelowna", "Brandon", "Barrie", "Darlington", "Grimsby", "Worcester", "Carlisle",
         "Swansea", "Dundee", "Inverness", "Luton", "Rotherham", "Doncaster", "Ipswich", "Dundalk", "Tullamore",
         "Carlow", "Wexford", "Clonmel", "Longford", "Portlaoise", "Bray", "Wagga Wagga", "Mildura",
         "Launceston", "Bunbury", "Cairns", "Shepparton", "Rockhampton", "Townsville", "Timaru", "Gisborne",
         "Masterton", "Whanganui", "Blenheim", "Taupo", "New Plymouth"]
TOWN_REGION = ["Roanoke, Virginia", "Yakima, Washington", "Fargo, North Dakota", "Peoria, Illinois",
               "Erie, Pennsylvania", "Clonmel, County Tipperary", "Tullamore, County Offaly",
               "Dundalk, County Louth", "Kamloops, BC", "Red Deer, Alberta", "Barrie, Ontario",
               "Mildura, Victoria", "Cairns, Queensland", "Carlisle, Cumbria", "Grimsby, Lincolnshire"]
PLACE_WORD = ["Ashcombe", "Brackenridge", "Coldwater", "Elderglen", "Foxmoor", "Greyfield", "Hollinsworth",
              "Lindenbrook", "Oakhurst", "Thornfield", "Westmere", "Bramblewood", "Clearview", "Riverbend",
              "Maplecroft", "Highcliffe", "Kingsmere", "Sandalwood"]
FACILITY = ["Hospital", "General Hospital", "Community Mental Health Center", "Mental Health Services",
            "Medical Centre", "Health Centre", "Family Practice", "Primary School", "High School",
            "Secondary School", "College", "Community College", "Baptist Church", "Community Church",
            "Methodist Church", "Recovery Centre", "Treatment Center", "Vet Center", "Women's Clinic",
            "Maternity Hospital", "Eating Disorder Service"]
EMPLOYER = ["Copperline Freight", "Dalton Roofing", "Sandalwood Bakery", "Bridgewater Concrete", "Hilltop Motors",
            "Ridgeline Mining", "Blue Heron Hotel", "Greyfield Timber", "Oakhurst Foods", "Tri-County Transit"]
SAINT = ["St. Declan's Hospital", "St. Oswald's School", "St. Agnes Primary School", "St. Kilian's College"]

STREET = ["Hawthorn", "Chestnut", "Sycamore", "Linden", "Briar", "Heather", "Beacon", "Orchard", "Foxglove",
          "Mayfield", "Ridgeway", "Poplar", "Primrose", "Bramble", "Cedar", "Spruce", "Meadow", "Totara", "Wattle",
          "Banksia", "Rimu", "Elm", "Ashgrove", "Millbrook"]
US_SUF = ["Street", "Avenue", "Drive", "Lane", "Court", "Road", "Boulevard"]
UK_SUF = ["Road", "Close", "Crescent", "Grove", "Gardens", "Street", "Avenue"]
AU_SUF = ["Street", "Road", "Parade", "Crescent", "Place", "Avenue"]
IE_SUF = ["Road", "Park", "Avenue", "Drive", "Lawn", "Heights"]
US_TOWN = [("Dayton", "OH", "454"), ("Toledo", "OH", "436"), ("Reno", "NV", "895"), ("Topeka", "KS", "666"),
           ("Fargo", "ND", "581"), ("Roanoke", "VA", "240"), ("Savannah", "GA", "314"), ("Yakima", "WA", "989"),
           ("Peoria", "IL", "616"), ("Billings", "MT", "591")]
CA_TOWN = [("Kamloops", "BC", "V2C"), ("Red Deer", "AB", "T4N"), ("Nanaimo", "BC", "V9R"), ("Kelowna", "BC", "V1Y"),
           ("Brandon", "MB", "R7A"), ("Barrie", "ON", "L4M"), ("Thunder Bay", "ON", "P7B"),
           ("Sherbrooke", "QC", "J1H")]
UK_TOWN = [("Darlington", "DL1"), ("Grimsby", "DN32"), ("Worcester", "WR1"), ("Carlisle", "CA1"), ("Swansea", "SA1"),
           ("Dundee", "DD1"), ("Luton", "LU1"), ("Doncaster", "DN1"), ("Ipswich", "IP1")]
IE_TOWN = ["Dundalk", "Tullamore", "Carlow", "Wexford", "Clonmel", "Longford", "Portlaoise", "Bray"]
AU_TOWN = [("Mildura", "VIC", "3500"), ("Launceston", "TAS", "7250"), ("Bunbury", "WA", "6230"),
           ("Cairns", "QLD", "4870"), ("Shepparton", "VIC", "3630"), ("Townsville", "QLD", "4810"),
           ("Wagga Wagga", "NSW", "2650")]
NZ_TOWN = [("Timaru", "7910"), ("Gisborne", "4010"), ("Masterton", "5810"), ("Whanganui", "4500"),
           ("Blenheim", "7201"), ("Taupo", "3330")]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT_MONTH = ["Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORD_DAY = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 8: "eighth", 10: "tenth",
            11: "eleventh", 15: "fifteenth", 20: "twentieth", 21: "twenty-first", 22: "twenty-second",
            23: "twenty-third", 28: "twenty-eighth"}
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com",
            "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "yahoo.ca", "shaw.ca", "eircom.net", "bigpond.com",
            "xtra.co.nz"]
ORG_DOMAINS = ["ashcombecmhc.org", "lindenbrookrecovery.org", "thornfieldtrial.org", "oakhurstperinatal.co.uk",
               "westmerecounselling.co.nz", "clearview.edu", "greyfieldhealth.com.au", "elderglenclinic.ie",
               "riverbendvetcenter.org", "kingsmere-ed.ca"]
ORG_LOCAL = ["hello", "frontdesk", "bookings", "enquiries", "triage", "research", "studynurse", "dietetics",
             "wellbeing", "perinatal.team"]
SITES = ["ashcombecmhc.org", "lindenbrookrecovery.org", "thornfieldtrial.org", "oakhurstperinatal.co.uk",
         "westmerecounselling.co.nz", "clearview.edu", "greyfieldhealth.com.au", "elderglenclinic.ie",
         "riverbendvetcenter.org", "kingsmere-ed.ca", "foxmoorsupport.org", "maplecroftmeetings.org"]
PATHS = ["", "", "/book", "/meetings", "/participants", "/resources/sleep", "/groups", "/screening", "/perinatal",
         "/apply", "/forms/referral", "/counselling", "/integration", "/meal-support"]


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _first(r: random.Random) -> str:
    return r.choice(HARD_FIRST) if r.random() < 0.05 else r.choice(FIRST)


def _last(r: random.Random) -> str:
    return r.choice(HARD_LAST) if r.random() < 0.05 else r.choice(LAST)


def _person(r: random.Random) -> str:
    x = r.random()
    if x < 0.46:
        return _first(r)
    if x < 0.72:
        return f"{_first(r)} {_last(r)}"
    if x < 0.97:
        return _last(r)
    return f"{r.choice('ABCDJKMRST')}. {r.choice(LAST)}"


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.42:
        return r.choice(TOWNS)
    if x < 0.55:
        return r.choice(TOWN_REGION)
    if x < 0.86:
        return f"{r.choice(PLACE_WORD)} {r.choice(FACILITY)}"
    if x < 0.96:
        return r.choice(EMPLOYER)
    return r.choice(SAINT)


def _address(r: random.Random) -> str:
    n = r.randint
    st = r.choice(STREET)
    x = r.random()
    if x < 0.30:
        return f"{n(2, 480)} {st} {r.choice(US_SUF + UK_SUF + AU_SUF)}"
    if x < 0.40:
        town = r.choice(US_TOWN + [(t, "", "") for t, _ in UK_TOWN] + [(t, "", "") for t, _, _ in AU_TOWN])[0]
        return f"{n(2, 480)} {st} {r.choice(US_SUF + UK_SUF)}, {town}"
    if x < 0.53:
        town, state, zip3 = r.choice(US_TOWN)
        apt = r.choice(["", "", f", Apt {n(1, 24)}{r.choice(['', 'A', 'B', 'C'])}"])
        return f"{n(100, 9800)} {st} {r.choice(US_SUF)}{apt}, {town}, {state} {zip3}{n(0, 99):02d}"
    if x < 0.62:
        town, prov, fsa = r.choice(CA_TOWN)
        return (f"{n(10, 2400)} {st} {r.choice(US_SUF + ['Crescent'])}, {town}, {prov} {fsa} "
                f"{n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{n(1, 9)}")
    if x < 0.73:
        town, pc = r.choice(UK_TOWN)
        if r.random() < 0.4:
            return f"Flat {n(1, 12)}, {n(2, 140)} {st} {r.choice(UK_SUF)}"
        return f"{n(2, 140)} {st} {r.choice(UK_SUF)}, {town} {pc} {n(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}" \
               f"{r.choice('ABDEFGHJLNPQRSTUWXY')}"
    if x < 0.81:
        return f"{n(1, 90)} {st} {r.choice(IE_SUF)}, {r.choice(IE_TOWN)}"
    if x < 0.90:
        town, state, pc = r.choice(AU_TOWN)
        return f"{n(2, 210)} {st} {r.choice(AU_SUF)}, {town} {state} {pc}"
    if x < 0.96:
        town, pc = r.choice(NZ_TOWN)
        return f"{n(2, 210)} {st} {r.choice(AU_SUF)}, {town} {pc}"
    if r.random() < 0.6:
        return f"{n(1, 12)}/{n(2, 90)} {st} {r.choice(AU_SUF)}"
    town = r.choice([t for t, _ in NZ_TOWN] + [t for t, _, _ in US_TOWN])
    return f"PO Box {n(12, 980)}, {town}"


def _date(r: random.Random) -> str:
    n = r.randint
    year = n(2018, 2025) if r.random() < 0.8 else n(1941, 2004)
    mi = n(1, 12)
    d = n(1, 28)
    m = MONTHS[mi - 1]
    wd = WEEKDAYS[datetime.date(year, mi, d).weekday()]
    forms = [
        (16, f"{m} {_ordinal(d)}"),
        (6, f"{m} {d}"),
        (12, f"the {_ordinal(d)}"),
        (9, f"{mi}/{d}/{year}"),
        (6, f"{d:02d}/{mi:02d}/{year}"),
        (9, f"{m} {_ordinal(d)}, {year}"),
        (9, f"{r.choice(WEEKDAYS)} the {_ordinal(d)}"),
        (6, f"{_ordinal(d)} {m}"),
        (8, f"the {_ordinal(d)} of {m}"),
        (6, f"{d} {m} {year}"),
        (4, f"{wd}, {m} {_ordinal(d)}, {year}"),
        (4, f"{mi}/{d}"),
        (2, f"the {WORD_DAY.get(d, 'fifth')}"),
        (2, f"{r.choice(SHORT_MONTH)} {_ordinal(d)}"),
        (1, f"{year}-{mi:02d}-{d:02d}"),
    ]
    return r.choices([f for _, f in forms], weights=[w for w, _ in forms])[0]


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    if r.random() < 0.08:
        a = r.randint(90, 99)
        return "ninety" + (f"-{UNITS[a - 90]}" if a > 90 else "")
    return str(a)


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.16:
        return f"(555) {n(200, 989)}-{n(0, 9999):04d}"
    if x < 0.24:
        return f"555-{n(200, 989)}-{n(0, 9999):04d}"
    if x < 0.38:
        a = r.choice([937, 419, 775, 785, 701, 540, 912, 509, 309, 250, 403, 705, 807, 204, 819])
        return r.choice([f"({a}) 555-01{n(0, 99):02d}", f"{a}-555-01{n(0, 99):02d}", f"{a}.555.01{n(0, 99):02d}"])
    if x < 0.50:
        return f"07700 900{n(0, 999):03d}"
    if x < 0.57:
        return r.choice([f"0161 496 0{n(0, 999):03d}", f"020 7946 0{n(0, 999):03d}", f"0113 496 0{n(0, 999):03d}"])
    if x < 0.67:
        return r.choice([f"08{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}", f"01 {n(200, 999)} {n(1000, 9999)}"])
    if x < 0.78:
        return r.choice([f"0491 570 {n(100, 999)}", f"04{n(10, 99)} {n(100, 999)} {n(100, 999)}",
                         f"({r.choice(['02', '03', '07', '08'])}) 5550 {n(1000, 9999)}"])
    if x < 0.92:
        return r.choice([f"02{r.choice('127')} {n(100, 999)} {n(1000, 9999)}", f"(0{r.choice('3469')}) {n(200, 999)} "
                                                                               f"{n(1000, 9999)}"])
    return r.choice([f"+44 7700 900{n(0, 999):03d}", f"+61 491 570 {n(100, 999)}", f"+353 87 {n(100, 999)} "
                     f"{n(1000, 9999)}", f"(555) {n(200, 989)}-{n(0, 9999):04d} ext. {n(100, 499)}"])


def _email(r: random.Random) -> str:
    f, last = r.choice(FIRST).lower(), r.choice(LAST).lower().replace("'", "")
    x = r.random()
    if x < 0.62:
        local = r.choice([f"{f}.{last}", f"{f}{last}", f"{f}.{last}{r.randint(1, 99)}", f"{f[0]}{last}",
                          f"{f}_{last}", f"{f}{r.randint(70, 99)}"])
        return f"{local}@{r.choice(FREEMAIL)}"
    if x < 0.94:
        dom = r.choice(ORG_DOMAINS)
        return f"{r.choice(ORG_LOCAL + [f'{f[0]}.{last}', f'{f}.{last}'])}@{dom}"
    return f"{f} dot {last} at gmail dot com"


def _url(r: random.Random) -> str:
    site, path = r.choice(SITES), r.choice(PATHS)
    x = r.random()
    if x < 0.35:
        return f"www.{site}{path}"
    if x < 0.65:
        return f"https://www.{site}{path}"
    if x < 0.80:
        return f"https://{site}{path}"
    if x < 0.94:
        return f"{site}{path}"
    return r.choice([f"bit.ly/{r.choice(['thorn', 'ash', 'rb'])}{r.randint(10, 99)}{r.choice('kqxz')}",
                     f"https://meet.{site}/room/{r.randint(100, 999)}"])


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.48:
        return f"{n(101, 665)}-{n(10, 99)}-{n(1000, 9999)}"
    if x < 0.58:
        return f"{n(100, 799)} {n(100, 999)} {n(100, 999)}"
    if x < 0.70:
        pre = r.choice(["AB", "JT", "NP", "SK", "WL", "CE", "PR", "LM"])
        return f"{pre} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}"
    if x < 0.79:
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMPRTW')}{r.choice(['', 'A', 'W'])}"
    if x < 0.88:
        return f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    if x < 0.96:
        return f"{n(10, 129)}-{n(100, 999)}-{n(100, 999)}"
    return f"{n(101, 665)}{n(10, 99)}{n(1000, 9999)}"


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPRSTWXYZ"
    return r.choice([
        f"{n(1000000, 9999999)}", f"{n(0, 9999999):08d}", f"MRN{n(100000, 999999)}",
        f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(100000000, 999999999)}", f"W{n(1000000000, 9999999999)}",
        f"{n(1000, 9999)}-{n(1000, 9999)}", f"{n(10000, 99999)}-{n(1000, 9999)}",
        f"{n(400, 799)} {n(100, 999)} {n(1000, 9999)}", f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}",
        f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(1000, 9999)}",
        f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(L)}{r.choice(L)}",
        f"{n(20180000, 20259999)}", f"C{n(10000000, 99999999)}", f"PSI-{n(1, 240):03d}",
        f"SCR-{n(1000, 9999)}", f"CL-{n(10000, 99999)}", f"REF{n(100000, 999999)}",
        f"{n(10, 99)}-CV-{n(1000, 9999)}",
    ])


def value(kind: str, r: random.Random) -> str:
    """One SYNTHETIC planted identifier of *kind*, drawn with *r* only."""
    if kind == "PERSON":
        return _person(r)
    if kind == "LOCATION":
        return _location(r)
    if kind == "ADDRESS":
        return _address(r)
    if kind == "DATE":
        return _date(r)
    if kind == "AGE":
        return _age(r)
    if kind == "PHONE":
        return _phone(r)
    if kind == "EMAIL":
        return _email(r)
    if kind == "URL":
        return _url(r)
    if kind == "SSN":
        return _ssn(r)
    if kind == "ID":
        return _id(r)
    raise ValueError(kind)


# each template is the body of one turn; {} is the planted identifier; no other name, place or date in it
TEMPLATES = {
    "PERSON": [
        "My sister {} drove me to the clinic this morning.",
        "I talked to {} about the dosing day and she didn't judge me at all.",
        "Dr. {} put my sertraline up to 100 mg last month.",
        "My sponsor, {}, says I should ring him before a meeting, not after.",
        "{} was the one who found me that night.",
        "My husband {} has been doing the night feeds so I can sleep.",
        "I keep thinking about {}'s face when I told him I was using again.",
        "Ms. {} from the eating disorder team did my weigh-in last week.",
        "Mr. {} was my platoon sergeant on the second deployment.",
        "My roommate {} doesn't know I've been skipping meals.",
        "Our sitter during the session was {}, and she held my hand when it got hard.",
        "My mam rang {} because she was worried about me.",
        "I haven't spoken to my dad, {}, in about six years.",
        "We named the baby {}, after my grandmother.",
        "{} and I used to drink together every day after work.",
        "The dietitian, {}, wants me to add a snack before bed.",
        "And {} is your mate from the army, is that right?",
        "My nan, {}, raised me after my mum left.",
        "I rang my old lieutenant, {}, for the first time in years.",
        "My mate {} reckons I'm better off without the drink.",
        "Nurse {} checked my blood pressure every hour on the dosing day.",
        "I told my partner {} about the flashbacks last night.",
        "{} is the only one at uni who knows about the purging.",
        "My midwife was {} and she was lovely.",
        "My brother {} is still drinking, and it's hard to be around him.",
        "Is {} still your prescriber, or did that change?",
        "Mrs. {} next door minds the baby when I have appointments.",
        "My ex, {}, has the kids this weekend.",
        "I wrote a letter to {} in integration, but I'm not going to send it.",
        "Professor {} said I could have an extension on the essay.",
        "Dr. {}: Good to see you again. How has the week been?",
    ],
    "LOCATION": [
        "I grew up in {} and moved here for college.",
        "We were stationed near {} for two years.",
        "My mum still lives in {}, so I go back a lot.",
        "I was an inpatient at {} for about six weeks.",
        "The baby was born at {} in the end, not at home.",
        "I did my first detox at {}.",
        "We moved to {} when I was pregnant with my second.",
        "I work nights at {} and the shifts are killing me.",
        "My first AA meeting was in a church hall in {}.",
        "My daughter goes to {} now, and she loves it.",
        "After I got out of the army I drifted down to {}.",
        "I drove all the way from {} for the screening visit.",
        "I'm doing my nursing degree at {}.",
        "The dietitian I saw at {} was really strict about the meal plan.",
        "My whole family is back in {}, and I miss them heaps.",
        "We used to go to {} every week when I was little.",
        "I got my diagnosis at {} when I was nineteen.",
        "He got a job in {}, so we're thinking about moving.",
        "I was referred here by the team at {}.",
        "I had the panic attack on the train into {}.",
        "The integration group meets at {} on the first floor.",
        "My grandparents had a farm outside {}.",
        "I did my first year in {} before I transferred.",
        "They sent me to {} after the overdose.",
        "I've been going to the meetings at {} since I got out.",
        "Home for me is {}, really, even though I haven't lived there in years.",
        "I used to teach at {} before all this started.",
        "Is the clinic in {} closer for you?",
    ],
    "ADDRESS": [
        "I'm living at {} now, with my aunt.",
        "The new flat is {}, just off the main road.",
        "You can send the letter to {}.",
        "My address has changed; it's {} now.",
        "We grew up at {}, in the house with the red door.",
        "My mum's place is {} if you need to reach me there.",
        "The sober house is at {}.",
        "Could you confirm your address for me? Is it still {}?",
        "The police came to {} that night.",
        "I used to buy from a guy at {}.",
        "Post the consent forms to {}, please.",
        "Since the baby came we've been staying at {}.",
        "I'm not in the dorm anymore; I'm at {}.",
        "The address on my discharge papers is {}.",
        "Our old house was {}, and I still drive past it.",
        "For the dosing day, the taxi will pick you up from {}.",
        "We're renting {} until the lease runs out.",
        "I've put {} down as my home address.",
        "My nan's house at {} is where I feel safe.",
        "The pharmacy still has my old address, {}, on file.",
        "He's moved out and he's living at {} now.",
        "When I left the army I rented a room at {}.",
        "The letter from the VA went to {}, which is my old place.",
        "The shared house is {}, the one with the blue fence.",
        "Right, so your mailing address is {}.",
        "I spent most of my twenties at {}, in that little basement flat.",
    ],
    "DATE": [
        "My last drink was {}.",
        "The baby's due date is {}.",
        "The dosing session is booked for {}.",
        "I was discharged on {}.",
        "My dad passed away on {}, so this time of year is hard.",
        "I started the meal plan on {} and I've mostly stuck to it.",
        "My first exam is on {}, and I'm already panicking.",
        "I've been sober since {}.",
        "Can we do the integration session on {} instead?",
        "I got out of the army on {}.",
        "The screening visit is {}, at the research unit.",
        "I had my last weigh-in on {}.",
        "We found out I was pregnant on {}.",
        "The relapse happened on {}, right after the funeral.",
        "My court date is {}.",
        "Let's book the next appointment for {}.",
        "My birthday is {}, and I'm dreading it.",
        "The panic attacks started around {}.",
        "I was admitted on {} and they kept me for two weeks.",
        "My son was born on {} by emergency caesarean.",
        "The next group is {}, same room as before.",
        "I moved into the dorm on {}.",
        "You came in for the first assessment on {}, didn't you?",
        "The blood results came back on {}.",
        "The anniversary of the blast is {}, and I never sleep that week.",
        "The last time I purged was {}.",
        "My date of birth is {}.",
        "I stopped the sertraline on {} for the washout.",
    ],
    "AGE": [
        "My grandmother is {} and still lives on her own.",
        "She's {} now, and her memory is going.",
        "My grandad turned {} last month.",
        "He was a {}-year-old veteran, and he was proud of it.",
        "My nan is {} years old and she still rings me every day.",
        "When he died he was {}.",
        "I'm caring for my great-aunt, who's {}.",
        "She's a {}-year-old woman living alone, and I worry about her.",
        "My great-grandmother lived to {}.",
        "Grandpa's {} and he still asks about the baby.",
        "He's {} years old and still drives, which terrifies me.",
        "My mom's mother is {}, and she moved in with us.",
        "Our neighbour is {} and she brings me soup.",
        "The oldest person at my church is {}.",
        "My grandfather, aged {}, was in the care home when I relapsed.",
        "She was {} when she passed, so she had a long life.",
        "My nana turns {} next month.",
        "He's {}, and he still goes to the legion every week.",
        "My gran is turning {} and the whole family's going.",
        "I visit my granddad, who is {}, every weekend.",
        "A {}-year-old man in our building died and I was the one who found him.",
        "My great-uncle is {} and he served in the navy.",
        "So your grandmother is {}, is that right?",
        "Mum's dad is {} and he's the one who taught me to fish.",
        "My grandmother was {} years old when she died last spring.",
        "He's {} years of age, according to the nursing home.",
        "She lived until she was {}.",
    ],
    "PHONE": [
        "My mobile is {}.",
        "You can call me on {} any time after five.",
        "The crisis line they gave me is {}.",
        "My sponsor's number is {}, and I've saved it.",
        "Best number for me is {}.",
        "My husband's phone is {} if you can't get me.",
        "Ring the ward on {} if you need to reach me.",
        "The number for the study nurse is {}.",
        "My cell is {}, but I don't always pick up.",
        "Could you read me your number again? I've got {}.",
        "The midwife's number is {}.",
        "I called {} at three in the morning and somebody actually answered.",
        "My emergency contact number is {}.",
        "You can text me at {}.",
        "The vet center's number is {}.",
        "Mum's landline is {}; she doesn't have a mobile.",
        "Please call {} to change your appointment.",
        "The number on the card is {}.",
        "My work number is {}, but I'd rather you used my mobile.",
        "The dietitian said to call {} if I felt faint.",
        "My flatmate's number is {}; she's my backup contact.",
        "The on-call number for the trial is {}.",
        "If I miss the call, leave a message on {}.",
        "His number is {}, but he won't answer a private number.",
        "The health visitor left her number; it's {}.",
        "So the best number to reach you is {}?",
    ],
    "EMAIL": [
        "My email is {}.",
        "You can send the forms to {}.",
        "I emailed {} about the missed appointment.",
        "My partner's email is {} if you need a second contact.",
        "The research coordinator's email is {}.",
        "Send the meal plan to {}, please.",
        "I use {} for anything to do with the clinic.",
        "My uni email is {}, but I check my personal one more.",
        "The consent form came from {}.",
        "Just to confirm, your email is {}?",
        "I wrote to {} to ask about the waiting list.",
        "Could you copy {} into the letter?",
        "My sponsor said to email {} about the step meeting.",
        "The invite for the integration group came from {}.",
        "The reminder emails go to {}.",
        "I've changed it to {} since my ex had the old password.",
        "My mum's email is {} if you need to reach her.",
        "All the results were sent to {}.",
        "Please use {} rather than my work address.",
        "The dietitian's email is {}, I think.",
        "I sent my journal entries to {} after the dosing day.",
        "The email address on my file should be {}.",
        "If anything changes, drop a line to {}.",
        "I got a message from {} about the survey.",
        "The VA rep gave me {} to email.",
    ],
    "URL": [
        "The clinic's website is {}.",
        "I booked the appointment through {}.",
        "They told me to read the information at {} before the screening.",
        "The meeting finder is at {}.",
        "I found the support group on {}.",
        "The trial has a page at {} with all the details.",
        "You can do the questionnaire online at {}.",
        "There's a breathing exercise on {} that helps.",
        "My sponsor sent me {} for the online meetings.",
        "The meal plan is on {}.",
        "The perinatal team's page is {}.",
        "I read about psilocybin on {} before I applied.",
        "The student counselling page is {}.",
        "The playlist for the dosing day is linked on {}.",
        "They said to check {} for the group times.",
        "You'll find the consent information at {}.",
        "The veterans' service has a site, {}, with a chat option.",
        "I fill in my mood diary at {} every night.",
        "The link for the video session is {}.",
        "Have a look at {}; it explains the medication really well.",
        "The referral form is at {}.",
        "Our church posts the recovery meetings on {}.",
        "I found the parenting course on {}.",
        "The waiting list form was at {}.",
        "I bookmarked {} so I can read it when I'm struggling.",
    ],
    "SSN": [
        "My social security number is {}.",
        "My SIN is {}.",
        "My National Insurance number is {}.",
        "My PPS number is {}.",
        "My tax file number is {}.",
        "My IRD number is {}.",
        "The form wants my social, which is {}.",
        "For the VA paperwork I had to give my SSN, {}.",
        "It's {}, that's my social security number.",
        "The number on my social insurance card is {}.",
        "I put {} on the benefits form as my national insurance number.",
        "The payroll office asked for my SSN, {}.",
        "They needed my PPS, {}, for the medical card.",
        "Here's my social, {}.",
        "So your Social Security number is {}, correct?",
        "The study pays us, so I had to give my tax number, {}.",
        "My NI number is {}, I think.",
        "My SSN is {}; it's on the card in my wallet.",
        "Is {} the right SIN? I always mix up the last digits.",
        "The SSN on the disability claim is {}.",
        "I wrote {} in the box for the social security number.",
        "My mum's social is {}; she asked me to sort out her bills.",
        "The tax file number on my payslip is {}.",
        "The IRD number they have for me is {}.",
        "My national insurance number, {}, is on the letter.",
    ],
    "ID": [
        "My medical record number is {}.",
        "My MRN is {}.",
        "My member ID is {}.",
        "The policy number on my insurance card is {}.",
        "My NHS number is {}.",
        "My Medicare number is {}.",
        "My NHI number is {}.",
        "My health card number is {}.",
        "My VA claim number is {}.",
        "My student number is {}.",
        "My participant number for the trial is {}.",
        "The screening number they gave me is {}.",
        "My client number at the treatment centre is {}.",
        "The account number on the bill is {}.",
        "The hospital number on my wristband was {}.",
        "Could you read me your member ID? I've got {} here.",
        "The claim number for the counselling sessions is {}.",
        "My insurance ID is {}, and the group number's on the back.",
        "My son's NHS number is {}.",
        "The reference number for the referral is {}.",
        "My patient ID here is {}.",
        "The case number from the court is {}.",
        "My Medicaid ID is {}.",
        "The baby's medical record number is {}.",
        "For the trial, I'm participant number {}.",
        "The number on my OHIP card is {}.",
    ],
}
