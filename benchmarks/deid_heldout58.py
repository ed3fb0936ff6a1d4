"""A sixtieth SYNTHETIC transcript set for benchmarks/deid.py: the fifty-eighth held-out set.

SYNTHETIC: every person, address, number, e-mail, web page, handle and date below is invented for this file.
Real cities and towns of the US, Canada, the UK, Ireland, Australia and New Zealand (now and then with their
state, province or county) are used as places only, never beside a person; every hospital, clinic, community
mental health centre, vet center, counselling centre, recovery centre, birth centre, school, college, church,
trial and employer name is made up.  Written on 2026-12-08 by an engineer who had NOT seen the
de-identifier's rules, its docs page, its tests or the contents of the earlier sets (only benchmarks/deid.py,
for how a set is plugged in and scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout57.py their
module docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of deid_heldout19.py, for the
format), in one go, before any run; no rule and no line of this file was changed after its first run.  It
was first run on main at commit aee1e81 (the twenty-sixth round's rules) and measures how the rules do on
transcripts they were not written for; it stays a blind set until a later round makes it a development set.

Style: PLAIN, ORDINARY psychotherapy transcripts -- the kind a researcher writes to TEST a de-identification
tool, an EIGHTH sample of that kind by yet another writer (after deid_heldout32.py, deid_heldout34.py,
deid_heldout37.py, deid_heldout40.py, deid_heldout47.py, deid_heldout50.py and deid_heldout54.py, of which
only the docstrings were read; this one is written its own way).  Clean speaker-labelled dialogue
(``Therapist:``/``Client:``, ``T:``/``C:``, ``Dr. Name:``/``Patient:``; deid.py's generator labels every turn
``Therapist:``/``Client:``, so each template is the body of a ``Client:`` turn, now and then a detail
read back or a question), one turn per line, whole sentences, tidy punctuation and capitals, no
fillers, no bracket tags, no timestamps.  Settings: ordinary outpatient sessions in a community mental health
centre (low mood, money, the caseworker, the food bank, the landlord), a veterans' clinic (sleep,
nightmares, the disability claim, the unit, leaving the service, the vet center), a university counselling
centre (exams, deadlines, the thesis, the dorm, flatmates, the tutor), an eating-disorder service (the meal
plan, weigh-ins, the dietitian, the food log), a perinatal service (the pregnancy, the birth, feeds at night,
the midwife, the health visitor, the EPDS), an addiction service (cravings, meetings, the sponsor, the detox
bed, methadone, buprenorphine) and a psychedelic-therapy trial (screening, preparation, the dosing day with
its eyeshades, music and two facilitators, integration).  Speakers from the US, Canada, the UK, Ireland,
Australia and New Zealand, mixed (``mom``, ``mum``, ``mam``, ``nan``, ``gran``, ``the GP``, ``uni``, ``college``,
``flat``, ``grand``, ``heaps``, ``my mate``, ``reckon``).  The set estimates how the rules do on ordinary test
data, so it is kept plain and natural and does not chase variety for its own sake.

Identifier forms, the ones a test writer picks FIRST, the way people say them, evenly spread; hard or exotic
forms stay rare (under one in ten of a type).  PERSON: a first name alone (the most common), a full name, a
surname after ``Dr.``/``Mr.``/``Ms.``/``Mrs.`` (the title in the carrier), a relative's, partner's, sponsor's,
facilitator's or friend's name after a kin or role word in the carrier, a possessive ``'s`` in the carrier;
rarely a hyphenated first name, an ``O'`` or ``Mc`` surname, a Maori first name or an initial and a surname.
LOCATION: a city or town someone lives in, grew up in, was posted to or moved to (``Dubuque``, ``Red Deer``,
``Doncaster``, ``Mullingar``, ``Bendigo``, ``Whanganui``), sometimes with its state, province or county inside
the span (``Dubuque, Iowa``, ``Mullingar, County Westmeath``), and made-up hospitals, centres, schools,
colleges, churches and employers by name (``Hollinbrook General Hospital``, ``Larchmere Recovery Centre``);
rarely a saint's-name hospital or school.  ADDRESS: a street line alone (``418 Larkspur Drive``), a US line
with ``Apt 3B`` or with town, state and ZIP, a Canadian line with city, province and postal code, a UK line
with ``Flat 2,`` or with its town and postcode, an Irish line with town and county, an Australian line with
town, state and postcode, a NZ line with town and postcode; rarely a ``3/41`` unit line or a PO box.  DATE
(calendar dates only): ``March 3rd``, ``March 3``, ``the 14th``, ``3/14/2023``, ``14/03/2023``, ``May 2nd,
2023``, ``Tuesday the 9th``, ``3rd March``, ``the 3rd of March``, ``14 March 2023``, ``Tuesday, May 2nd, 2023``
(a weekday agrees with its date when the year is given), ``3/14``; rarely ``the twenty-first``, ``Sept. 9th``
or ``2023-03-14``; ``on``, ``since``, ``for`` and ``is`` in the carrier.  AGE over 89 (90-110): digits in most (``she's
94``, ``a 92-year-old``, ``he turned 97``), the unit, ``aged`` and ``turned`` in the carrier; rarely in words
(``ninety-three``).  PHONE: the test writer's ``(555) 123-4567`` and ``555-123-4567``, US and Canadian fiction
numbers, UK ``07700 900123`` mobiles and ``0161 496 0123`` landlines, Irish ``087 123 4567`` and ``01 555 1234``,
Australian ``0491 570 123`` and ``(02) 5550 1234``, NZ ``021 123 4567`` and ``(09) 555 1234``; rarely with a
country code or an extension.  EMAIL: free-mail and ISP addresses of these countries and invented clinic,
service, university and trial addresses; rarely one said with ``at`` and ``dot``.  URL: invented clinic,
service, trial, booking, meeting-finder and resource pages with and without ``https://`` and ``www``; rarely a
short link.  SSN: a US social security number ``123-45-6789`` (the most common), or another country's
national number planted as SSN (a judgement call): Canadian SINs, UK National Insurance, Irish PPS,
Australian tax file and NZ IRD numbers, the cue in the carrier (value and template drawn independently, so
not always the matching one); rarely a US number run together or with spaces.  ID (the cue always in the
carrier): medical record, chart and hospital numbers, insurance member, policy and Medicaid numbers, account
numbers, a VA claim number, student numbers, NHS, Australian Medicare, NZ NHI and Ontario health card
numbers, a programme client number, a prescription number and a trial's participant and screening numbers.
Titles, kin words, a possessive ``'s``, an article before a place and the word before a date stay outside
the span; a date's own words (``the 3rd of March``, ``Tuesday the 9th``) are inside it.
The carriers hold words that must NOT be removed: drugs and doses (sertraline 100 mg, quetiapine,
methadone, psilocybin, buprenorphine), scales and forms (PHQ-9, GAD-7, the EPDS, the consent form), ages
under 90 (``she's seven``, ``when I was nineteen``), meal-plan words (snacks, weigh-in, food log), kin words
as common nouns (my mum, my nan, the baby, my partner, my sponsor) and place-like common words (the clinic,
the ward, the base, the dorm, the GP, the meeting, the food bank, the sober house, the detox unit); they
hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

# ---- invented word lists (none taken from benchmarks/deid.py's own lists) ----
GIVEN = ["Shauna", "Declan", "Maddie", "Brett", "Kayla", "Rhys", "Niamh", "Tegan", "Hamish", "Carly",
         "Dustin", "Marcy", "Trevor", "Ellen", "Gavin", "Renee", "Colm", "Aoife", "Jodie", "Wes", "Bronwyn",
         "Nathan", "Leanne", "Curtis", "Gemma", "Shane", "Kirsty", "Travis", "Molly", "Owen", "Stacey", "Dale",
         "Orla", "Liam", "Tamsin", "Jared", "Heather", "Callum", "Rosie", "Mitchell", "Tara", "Kieran", "Janine",
         "Brody", "Sinead", "Darren", "Paige", "Glenn", "Megan", "Ruairi", "Kelsey", "Craig", "Brianna", "Eoin"]
RARE_GIVEN = ["Anna-Marie", "Mary-Kate", "Aroha", "Wiremu", "Mereana", "Jean-Luc", "Tane"]
FAMILY = ["Pruitt", "Hendry", "Callaghan", "Whitlock", "Brennan", "Odell", "Farrow", "Keating", "Morrissey",
          "Tanner", "Gorman", "Ashby", "Lockhart", "Pemberton", "Dunphy", "Varga", "Kimura", "Sutcliffe",
          "Mahoney", "Greenhalgh", "Tremblay", "Boucher", "Ridley", "Halloran", "Pickett", "Strachan", "Doyle",
          "Ferris", "Markham", "Wolcott", "Quinlan", "Broadbent", "Thorne", "Lavoie", "Nolan", "Cartwright",
          "Hughes", "Pritchard", "Donnelly", "Birch", "Stubbs", "Maguire", "Renshaw", "Tolliver", "Waititi"]
RARE_FAMILY = ["O'Rourke", "McAllister", "O'Dwyer", "McCrae", "MacKinnon", "O'Neill"]

TOWNS = ["Dubuque", "Red Deer", "Doncaster", "Mullingar", "Bendigo", "Whanganui", "Lethbridge", "Kettering",
         "Carlow", "Toowoomba", "Gisborne", "Joplin", "Kingston", "Rotherham", "Athlone", "Wagga Wagga",
         "Invercargill", "Terre Haute", "Brandon", "Stockport", "Dundalk", "Mackay", "Timaru", "Ogden",
         "Moose Jaw", "Wrexham", "Letterkenny", "Mildura", "Palmerston North", "Lafayette", "Peterborough",
         "Chilliwack", "Sligo", "Cairns", "Rotorua", "Great Falls", "Barrie", "Crewe", "Tralee", "Geelong"]
TOWN_WITH = ["Dubuque, Iowa", "Red Deer, Alberta", "Mullingar, County Westmeath", "Bendigo, Victoria",
             "Joplin, Missouri", "Lethbridge, Alberta", "Toowoomba, Queensland", "Terre Haute, Indiana",
             "Brandon, Manitoba", "Letterkenny, County Donegal", "Ogden, Utah", "Kettering, Northamptonshire",
             "Great Falls, Montana", "Mildura, Victoria", "Moose Jaw, Saskatchewan", "Tralee, County Kerry"]
STEMS = ["Hollinbrook", "Cedarmont", "Greywater", "Thistlebank", "Larchmere", "Oakvale", "Rowanlea",
         "Pinecrest", "Silverbirch", "Haverleigh", "Amberfield", "Wyndhurst", "Copperleigh", "Marlowe Park",
         "Fernmoor", "Elmstead", "Kilbridge", "Hazelgrove", "Stonybrook", "Ridgeholt"]
PLACE_KIND = ["General Hospital", "Community Mental Health Centre", "Community Mental Health Center",
              "Vet Center", "Counseling Center", "Counselling Service", "Recovery Centre", "Birth Centre",
              "Primary School", "High School", "College", "Methodist Church", "Community Church",
              "Medical Centre", "Health Clinic", "Treatment Center", "Logistics", "Foods", "Building Supplies",
              "Family Practice"]
SAINTS = ["St. Brigid's Hospital", "St. Columba's School", "St. Aidan's Hospital", "St. Kevin's College"]

STREETS = ["Larkspur", "Copperfield", "Millbrook", "Ashdown", "Bramble", "Foxglove", "Heron", "Sycamore",
           "Linden", "Goldfinch", "Marigold", "Thornbury", "Redwood", "Orchard", "Kingfisher", "Wattle",
           "Kowhai", "Hawthorn", "Beacon", "Fairview", "Primrose", "Chestnut", "Meadowsweet", "Alder"]
US_SUF = ["Street", "Avenue", "Drive", "Road", "Lane", "Court", "Place", "Way"]
UK_SUF = ["Road", "Close", "Street", "Avenue", "Crescent", "Lane", "Gardens", "Grove"]
IE_SUF = ["Park", "Road", "Avenue", "Drive", "Lawns", "Heights", "Close"]
AU_SUF = ["Street", "Road", "Crescent", "Avenue", "Drive", "Parade", "Court"]
NZ_SUF = ["Road", "Street", "Terrace", "Place", "Avenue", "Crescent"]
US_TOWN = [("Dubuque", "IA", "520"), ("Joplin", "MO", "648"), ("Terre Haute", "IN", "478"), ("Ogden", "UT", "844"),
           ("Great Falls", "MT", "594"), ("Lafayette", "LA", "705")]
CA_TOWN = [("Red Deer", "AB", "T4N"), ("Lethbridge", "AB", "T1J"), ("Brandon", "MB", "R7A"), ("Barrie", "ON", "L4M"),
           ("Chilliwack", "BC", "V2P"), ("Moose Jaw", "SK", "S6H")]
UK_TOWN = [("Doncaster", "DN4"), ("Rotherham", "S60"), ("Stockport", "SK3"), ("Crewe", "CW1"),
           ("Kettering", "NN16"), ("Wrexham", "LL13")]
IE_TOWN = [("Mullingar", "Co. Westmeath"), ("Carlow", "Co. Carlow"), ("Athlone", "Co. Westmeath"),
           ("Dundalk", "Co. Louth"), ("Tralee", "Co. Kerry"), ("Sligo", "Co. Sligo")]
AU_TOWN = [("Bendigo", "VIC", "3550"), ("Toowoomba", "QLD", "4350"), ("Mackay", "QLD", "4740"),
           ("Wagga Wagga", "NSW", "2650"), ("Mildura", "VIC", "3500"), ("Geelong", "VIC", "3220")]
NZ_TOWN = [("Whanganui", "4500"), ("Timaru", "7910"), ("Rotorua", "3010"), ("Invercargill", "9810"),
           ("Gisborne", "4010"), ("Palmerston North", "4410")]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
             9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
             15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
             20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth",
             25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}
TENS_WORDS = {90: "ninety", 100: "a hundred"}
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

FREE_MAIL = ["gmail.com", "gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "hotmail.co.uk",
             "btinternet.com", "eircom.net", "bigpond.com", "xtra.co.nz", "shaw.ca", "sympatico.ca", "comcast.net",
             "yahoo.ca", "outlook.ie"]
ORG_MAIL = ["hollinbrookcmhc.org", "cedarmontcounselling.ca", "larchmere-study.org", "oakvalerecovery.com",
            "thistlebankperinatal.nhs.uk", "wyndhurst.edu", "greywatervetcenter.org", "rowanleaclinic.com.au",
            "fernmoorhealth.co.nz", "amberfieldtrial.org"]
ORG_BOX = ["intake", "reception", "admin", "referrals", "counselling", "studyteam", "appointments", "info"]
SITES = ["hollinbrookcmhc.org", "cedarmontcounselling.ca", "larchmerestudy.org", "oakvalerecovery.com",
         "thistlebankperinatal.org.uk", "wyndhurst.edu", "greywatervets.org", "rowanleaclinic.com.au",
         "fernmoorhealth.co.nz", "meetingsnearby.org", "silverbirchedsupport.org", "bookmysession.com",
         "quietharbourcounselling.ie", "haverleighpeer.net"]
PATHS = ["", "", "", "/book", "/intake", "/resources", "/groups", "/meal-support", "/participants",
         "/integration-circle", "/find-a-meeting", "/contact", "/new-parents", "/forms/consent"]


def _given(r: random.Random) -> str:
    return r.choice(RARE_GIVEN) if r.random() < 0.04 else r.choice(GIVEN)


def _family(r: random.Random) -> str:
    return r.choice(RARE_FAMILY) if r.random() < 0.05 else r.choice(FAMILY)


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _person(r: random.Random) -> str:
    x = r.random()
    if x < 0.42:
        return _given(r)
    if x < 0.70:
        return f"{_given(r)} {_family(r)}"
    if x < 0.95:
        return _family(r)
    return f"{r.choice('BCDJKLMPRST')}. {_family(r)}"


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.45:
        return r.choice(TOWNS)
    if x < 0.62:
        return r.choice(TOWN_WITH)
    if x < 0.95:
        return f"{r.choice(STEMS)} {r.choice(PLACE_KIND)}"
    return r.choice(SAINTS)


def _address(r: random.Random) -> str:
    n = r.randint
    st = r.choice(STREETS)
    form = r.choice(["us", "us", "us_apt", "us_full", "ca", "uk", "uk_flat", "ie", "au", "nz"])
    if r.random() < 0.07:
        form = r.choice(["unit", "pobox"])
    if form == "us":
        return f"{n(12, 4890)} {st} {r.choice(US_SUF)}"
    if form == "us_apt":
        return f"{n(12, 4890)} {st} {r.choice(US_SUF)}, Apt {n(1, 12)}{r.choice('ABCD')}"
    if form == "us_full":
        town, state, z = r.choice(US_TOWN)
        return f"{n(12, 4890)} {st} {r.choice(US_SUF)}, {town}, {state} {z}{n(1, 99):02d}"
    if form == "ca":
        town, prov, fsa = r.choice(CA_TOWN)
        return (f"{n(12, 980)} {st} {r.choice(['Crescent', 'Avenue', 'Street', 'Drive'])}, {town}, {prov} "
                f"{fsa} {n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{n(1, 9)}")
    if form == "uk":
        town, out = r.choice(UK_TOWN)
        return f"{n(1, 140)} {st} {r.choice(UK_SUF)}, {town} {out} {n(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
               f"{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if form == "uk_flat":
        return f"Flat {n(1, 9)}, {n(1, 140)} {st} {r.choice(UK_SUF)}"
    if form == "ie":
        town, county = r.choice(IE_TOWN)
        return f"{n(1, 88)} {st} {r.choice(IE_SUF)}, {town}, {county}"
    if form == "au":
        town, state, pc = r.choice(AU_TOWN)
        return f"{n(1, 260)} {st} {r.choice(AU_SUF)}, {town} {state} {pc}"
    if form == "nz":
        town, pc = r.choice(NZ_TOWN)
        return f"{n(1, 260)} {st} {r.choice(NZ_SUF)}, {town} {pc}"
    if form == "unit":
        return f"{n(1, 12)}/{n(2, 90)} {st} {r.choice(AU_SUF)}"
    return f"PO Box {n(100, 9999)}"


def _date(r: random.Random) -> str:
    n = r.randint
    y, mo, d = n(2019, 2025), n(1, 12), n(1, 28)
    m = MONTHS[mo - 1]
    wd = WEEKDAYS[datetime.date(y, mo, d).weekday()]
    if r.random() < 0.08:
        return r.choice([f"the {ORD_WORDS[d]}", f"{SHORT[mo - 1]} {_ord(d)}", f"{y}-{mo:02d}-{d:02d}"])
    return r.choice([
        f"{m} {_ord(d)}", f"{m} {_ord(d)}", f"{m} {d}", f"the {_ord(d)}", f"the {_ord(d)}", f"{mo}/{d}/{y}",
        f"{d:02d}/{mo:02d}/{y}", f"{m} {_ord(d)}, {y}", f"{r.choice(WEEKDAYS)} the {_ord(d)}", f"{_ord(d)} {m}",
        f"the {_ord(d)} of {m}", f"{d} {m} {y}", f"{wd}, {m} {_ord(d)}, {y}", f"{mo}/{d}",
    ])


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    if r.random() < 0.08:
        if a >= 100:
            rest = a - 100
            return "a hundred" + (f" and {UNITS[rest]}" if 0 < rest < 10 else " and ten" if rest == 10 else "")
        return "ninety" + (f"-{UNITS[a - 90]}" if a > 90 else "")
    return str(a)


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.06:
        return r.choice([f"+44 7700 900{n(100, 999)}", f"+61 491 570 {n(100, 999)}",
                         f"({n(201, 989)}) 555-{n(100, 199):04d} ext. {n(10, 450)}", f"+353 87 {n(100, 999)} {n(1000, 9999)}"])
    return r.choice([
        f"(555) {n(100, 999)}-{n(0, 9999):04d}", f"555-{n(100, 999)}-{n(0, 9999):04d}",
        f"({r.choice(['613', '403', '319', '417', '204', '812'])}) 555-{n(100, 199):04d}",
        f"{r.choice(['613', '403', '319', '801'])}-555-{n(100, 199):04d}",
        f"07700 900{n(100, 999)}", f"0161 496 {n(0, 999):04d}", f"020 7946 {n(0, 999):04d}",
        f"08{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}", f"01 555 {n(1000, 9999)}",
        f"0491 570 {n(100, 999)}", f"(0{r.choice('2378')}) 5550 {n(1000, 9999)}",
        f"02{r.choice('127')} {n(100, 999)} {n(1000, 9999)}", f"(0{r.choice('3469')}) 555 {n(1000, 9999)}",
    ])


def _email(r: random.Random) -> str:
    g, f = _given(r).lower().replace("-", ""), r.choice(FAMILY).lower()
    x = r.random()
    if x < 0.06:
        return f"{g} dot {f} at gmail dot com"
    if x < 0.30:
        return f"{r.choice(ORG_BOX)}@{r.choice(ORG_MAIL)}"
    if x < 0.45:
        return f"{g[0]}.{f}@{r.choice(ORG_MAIL)}"
    user = r.choice([f"{g}.{f}", f"{g}{f}{r.randint(1, 99)}", f"{g}_{f}", f"{g}{r.randint(70, 99)}",
                     f"{g[0]}{f}", f"{g}.{f}{r.randint(1, 9)}"])
    return f"{user}@{r.choice(FREE_MAIL)}"


def _url(r: random.Random) -> str:
    site, path = r.choice(SITES), r.choice(PATHS)
    if r.random() < 0.06:
        return f"bit.ly/{r.choice(['3', '4'])}{''.join(r.choice('abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))}"
    return r.choice([f"https://www.{site}{path}", f"www.{site}{path}", f"{site}{path}", f"https://{site}{path}"])


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    area = r.choice([n(101, 665), n(667, 899)])
    if x < 0.45:
        return f"{area}-{n(10, 99)}-{n(1000, 9999)}"
    if x < 0.52:
        return r.choice([f"{area}{n(10, 99)}{n(1000, 9999)}", f"{area} {n(10, 99)} {n(1000, 9999)}"])
    letters = "ABCEGHJKLMNPRSTWXYZ"
    return r.choice([
        f"{n(1, 7)}{n(10, 99)} {n(100, 999)} {n(100, 999)}",  # Canadian SIN
        f"{r.choice(letters)}{r.choice(letters)} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}",  # UK NI
        f"{r.choice(letters)}{r.choice(letters)}{n(100000, 999999)}{r.choice('ABCD')}",  # UK NI run together
        f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMTW')}{r.choice(['', 'A', 'H'])}",  # Irish PPS
        f"{n(100, 999)} {n(100, 999)} {n(100, 999)}",  # Australian TFN
        f"{n(10, 139)}-{n(100, 999)}-{n(100, 999)}",  # NZ IRD
    ])


def _id(r: random.Random) -> str:
    n = r.randint
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([
        f"{n(1000000, 9999999)}", f"{n(10000000, 99999999)}", f"00{n(100000, 999999)}",
        f"{r.choice(up)}{n(1000000, 9999999)}", f"{r.choice(['HX', 'PT', 'RH'])}-{n(100000, 999999)}",
        f"{n(100, 999)} {n(100, 999)} {n(1000, 9999)}",  # NHS
        f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}",  # Medicare AU
        f"{r.choice(up)}{r.choice(up)}{r.choice(up)}{n(1000, 9999)}",  # NHI
        f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(up)}{r.choice(up)}",  # Ontario health card
        f"{r.choice(up)}{r.choice(up)}{r.choice(up)}{n(100000000, 999999999)}",  # member
        f"{r.choice(['PSI', 'LRC', 'ED', 'PN'])}-{n(100, 9999):04d}",  # trial / programme
        f"{n(1000, 9999)}-{n(1000, 9999)}",
    ])


def value(kind: str, r: random.Random) -> str:
    """One invented identifier of *kind*, drawn only with *r*."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "{} is the one who talked me into coming here.",
        "I rang {} after the session and we talked for an hour.",
        "My sponsor, {}, says I should call before I use, not after.",
        "Dr. {} wants me on the higher dose of sertraline for now.",
        "My mum and {} don't really speak anymore.",
        "I told {} about the weigh-in and she just went quiet.",
        "Ms. {} from the housing office finally called me back.",
        "My husband {} does the night feeds so I can sleep.",
        "The guide on the dosing day was {}, and she held my hand the whole time.",
        "{}'s the only one in the flat who knows about the purging.",
        "I keep thinking about {} and what happened on the base.",
        "Mr. {} gave me an extension on the essay, which was a relief.",
        "My brother {} drove me to the detox unit.",
        "It was {}'s idea to try the group, not mine.",
        "The dietitian, {}, wants me to add a third snack.",
        "My daughter is called {} and she's seven now.",
        "Dr. {} put me on sertraline 100 mg and it's helping a bit.",
        "I haven't seen {} since I left the service.",
        "Mrs. {} at the front desk said I could wait in here.",
        "So {} is my caseworker now?",
        "My nan, {}, practically raised me.",
        "I went to the meeting with {} and I actually shared this time.",
        "When I was nineteen I was living with {} and it was a mess.",
        "My midwife is {} and she's been brilliant.",
        "My partner {} thinks I'm doing better than I think I am.",
        "I wrote the letter to {} like we talked about.",
        "My roommate {} found me on the bathroom floor.",
        "The psychiatrist, Dr. {}, signed off on the screening.",
        "{} used to be my best mate before the drinking got bad.",
    ],
    "LOCATION": [
        "I grew up in {} and I never really left until uni.",
        "We moved to {} when my dad got the job.",
        "I was posted to {} for two years and that's when the nightmares started.",
        "My mum still lives in {}, about an hour away.",
        "They took me to {} after the overdose.",
        "I did my detox at {} and it was rough.",
        "The baby was born at {}, in the end.",
        "They did the EPDS at {} before I went home.",
        "My sister goes to {} now and she hates it.",
        "I'm from {} originally, if you can't tell from the accent.",
        "I work at {} on the night shift.",
        "After the breakup I went back to {} for a few months.",
        "The nearest meeting is in {}, so I have to get the bus.",
        "I used to go to {} every week with my gran.",
        "I was at {} for my first degree.",
        "They transferred my file from {} last month.",
        "My partner wants us to move to {} to be near her family.",
        "So I was living in {} at the time.",
        "The eating disorder unit at {} has a waiting list of months.",
        "I got my diagnosis at {} when I was fifteen.",
        "We spent the weekend in {} and I didn't drink once.",
        "My dad's buried in {} and I haven't been back since.",
        "I did the screening visit over at {}.",
        "The job at {} is the only thing keeping me going.",
        "I reckon I'll go home to {} for the summer.",
        "My son started at {} this term.",
        "There's a sober house in {} that has a bed for me.",
    ],
    "ADDRESS": [
        "My new address is {}, if you need it for the forms.",
        "I'm staying at {} until the housing comes through.",
        "The sober house is at {}.",
        "We're at {} now, so the health visitor can come there.",
        "The letter went to {}, which is my old place.",
        "I grew up at {} and I still dream about that house.",
        "Can you send the appointment letter to {}?",
        "My mum's place is {}, that's where I'll be after the birth.",
        "The food bank gave me a voucher and I had to put {} on it.",
        "I moved into {} last week with two girls from my course.",
        "I'm still at {}, for now.",
        "My landlord owns the whole block at {}.",
        "The police came to {} that night.",
        "I put {} as my address on the consent form.",
        "The meeting is in the church hall behind {}.",
        "My gran's house was {} and it's being sold now.",
        "I'm registered at {} but I'm mostly at my partner's.",
        "We used to live at {} when I was still in the service.",
        "The pharmacy delivers the methadone to {}.",
        "They found me a flat at {} and it's actually okay.",
        "I'll be at {} for the home visit.",
        "The parcel of meal replacements went to {} by mistake.",
        "My postal address is {}.",
        "Write down {} for the emergency contact address.",
        "I've been sleeping on a mate's couch at {}.",
    ],
    "DATE": [
        "My due date is {}.",
        "I did the PHQ-9 again on {} and the score was lower.",
        "I've been sober since {}.",
        "The dosing session is booked for {}.",
        "My dad died on {} and it still hits me.",
        "The essay is due on {} and I haven't started.",
        "I got out of the army on {}.",
        "The baby came on {}, two weeks early.",
        "My next weigh-in is {}.",
        "I relapsed on {} after the funeral.",
        "Can we move the integration session to {}?",
        "The disability claim hearing is on {}.",
        "I last used on {}.",
        "So the screening visit was {}, I think.",
        "My exams start on {} and I'm panicking.",
        "I was admitted on {} and discharged a week later.",
        "The first time I purged was {}.",
        "My court date is {}.",
        "We had the preparation session on {}.",
        "I'm starting at the sober house on {}.",
        "My last drink was {}, and I haven't touched it since.",
        "The induction is booked for {}.",
        "I saw the GP on {} and she upped the dose.",
        "The deadline for the extension is {}.",
        "I moved out of the dorm on {}.",
        "He was born on {}, so he's nearly three months.",
        "I started the meal plan on {}.",
    ],
    "AGE": [
        "My nan is {} and she still lives on her own.",
        "My grandad turned {} this year.",
        "She's {} now, and she's the only one who really gets me.",
        "My gran was {} when she died.",
        "I look after a {}-year-old woman on the night shift.",
        "My great-grandmother is {} years old.",
        "He's {} and he still drives to church.",
        "My granddad was a {}-year-old veteran when they gave him the medal.",
        "My oma died at {}, peacefully.",
        "My grandmother, aged {}, moved into the care home.",
        "She's {}, if you can believe it.",
        "She turned {} in the hospital and we had a cake on the ward.",
        "He's {} years old and he's still sharper than me.",
        "My nana lived to {}.",
        "Being {}, she doesn't really understand what a trial is.",
        "My grandfather is {}, and he was in the war.",
        "My great-aunt just turned {}.",
        "He was {} years of age when he passed.",
        "The oldest woman at our church is {} and she still sings.",
        "My gran is {}, so every phone call feels like it could be the last.",
        "I visit a {}-year-old man from the church every week.",
        "My granny's {} and she's started forgetting my name.",
        "She'll be {} next birthday.",
        "Mum's nan is {} and still does the crossword.",
        "He reckons being {} means he can say whatever he likes.",
    ],
    "PHONE": [
        "My number is {}.",
        "The pharmacy that does my buprenorphine is on {}.",
        "You can reach me on {} any time after lunch.",
        "The crisis number they gave me is {}.",
        "My sponsor's number is {} and I've got it saved.",
        "Call my partner on {} if you can't get hold of me.",
        "The midwife said to ring {} if the bleeding gets worse.",
        "My mobile is {}.",
        "{} is still the best number for me.",
        "The intake line is {}.",
        "I've got a new phone, so it's {} now.",
        "My mum's number is {} for the emergency contact.",
        "The vet center's number is {}.",
        "Text me on {} to remind me about the appointment.",
        "My landline is {} but nobody uses it.",
        "The dietitian's direct line is {}.",
        "If I don't pick up, try {}.",
        "The study coordinator's number is {}.",
        "I rang {} at three in the morning and someone answered.",
        "The detox unit said to call {} to check for beds.",
        "Work's number is {} but please don't ring me there.",
        "The counselling service switched numbers, it's {} now.",
        "Put {} down as the contact number.",
        "The health visitor left her number, {}.",
        "You can text the support line on {}.",
        "My old number was {}, so ignore that one.",
    ],
    "EMAIL": [
        "My email is {}.",
        "I sent my GAD-7 scores to {} like you asked.",
        "Can you send the consent form to {}?",
        "I emailed {} about the extension.",
        "The study team's address is {}.",
        "Send the food log to {} and she'll look at it.",
        "My partner's email is {} if you need to reach her.",
        "{} is still the right email.",
        "I use {} for everything now.",
        "The referral went to {}.",
        "I got an email from {} about the next dosing date.",
        "You can email me at {}.",
        "I wrote to {} to complain about the wait.",
        "My mum set me up with {} years ago.",
        "The booking confirmation came from {}.",
        "Put {} on the form, please.",
        "I sent my sponsor the step work at {}.",
        "The caseworker's email is {}.",
        "Please don't use {}, I can't get into it anymore.",
        "The letter from the tutor came from {}.",
        "My work email is {} but I'd rather you used my personal one.",
        "Send the playlist to {}.",
        "The housing office asked me to email {}.",
        "I found the email from {} in my spam folder.",
        "The midwife's team is {}.",
        "If it's easier, just email {}.",
    ],
    "URL": [
        "I found the group on {}.",
        "The psilocybin study is explained on {}.",
        "The booking page is {}.",
        "They told me to look at {} before the preparation session.",
        "The meal support videos are on {}.",
        "You can find the meetings on {}.",
        "I filled in the form at {}.",
        "The study has a page at {} with all the information.",
        "My sister sent me {} and it actually helped.",
        "The new parents' group is listed on {}.",
        "I read about the trial on {}.",
        "I haven't had a look at {} yet.",
        "The vet center's website is {}.",
        "Everything about the clinic is on {}.",
        "I book my sessions through {}.",
        "The breathing exercises are at {}.",
        "I found the sober house on {}.",
        "The counselling service's page is {}.",
        "The resources they gave me are all at {}.",
        "I signed up for the peer group on {}.",
        "The integration circle has a page at {}.",
        "You can cancel on {} if you need to.",
        "The dietitian told me to go to {} for recipes.",
        "I bookmarked {} on my phone.",
        "There's a video on {} about what the dosing day looks like.",
        "The link they texted me was {}.",
    ],
    "SSN": [
        "My social security number is {}.",
        "The form wanted my social, which is {}.",
        "My SSN is {}.",
        "My social insurance number is {}.",
        "My National Insurance number is {}.",
        "My PPS number is {}.",
        "My tax file number is {}.",
        "My IRD number is {}.",
        "And my social security number is {}.",
        "I had to give them my social for the claim, it's {}.",
        "For the benefits form I put down {} as my National Insurance number.",
        "My SIN is {}, I think.",
        "The disability office needed my social security number, {}.",
        "My NI number is {}.",
        "I read out my PPS number, {}, and they found me.",
        "I gave the payroll office my tax file number, {}.",
        "My social is {}.",
        "The Medicaid form asked for my social security number, {}.",
        "They asked for my SIN for the student loan, and it's {}.",
        "My National Insurance is {}.",
        "My IRD number's {} if the study needs it for the payment.",
        "I wrote my social security number, {}, on the wrong line.",
        "They wanted my PPS number for the medical card, {}.",
        "My tax file number is {} for the payment form.",
        "I had my social security card in my wallet, {}.",
    ],
    "ID": [
        "My medical record number is {}.",
        "The MRN on my bracelet was {}.",
        "My member ID is {}.",
        "My insurance policy number is {}.",
        "My Medicaid number is {}.",
        "The account number on the bill is {}.",
        "My VA claim number is {}.",
        "My student number is {}.",
        "My NHS number is {}.",
        "My Medicare number is {}.",
        "My NHI number is {}.",
        "My health card number is {}.",
        "My client number at the programme is {}.",
        "The prescription number is {}.",
        "The quetiapine prescription number is {}.",
        "My participant number for the study is {}.",
        "The screening number they gave me is {}.",
        "The housing case number is {}.",
        "My chart number is {}, is that right?",
        "My hospital number is {}.",
        "They quoted my claim number, {}, on the letter.",
        "The pharmacy needed my member number, {}.",
        "The referral has my hospital number, {}, on the top.",
        "My patient number at the birth centre is {}.",
        "My student ID is {} if the counselling service needs it.",
        "The reference number for the complaint is {}.",
        "My participant ID is {}, it's on the consent form.",
    ],
}
