"""A forty-ninth SYNTHETIC transcript set for benchmarks/deid.py: the forty-seventh held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities and towns of the US, Canada, the UK, Ireland, Australia and New Zealand, sometimes with
their state, province or county, are used as places only, never with a person; every hospital, clinic,
community mental health centre, vet center, counselling centre, treatment and recovery centre, birth
centre, school, college, church, trial and employer name is made up).  Written on 2026-12-07 by an
engineer who had NOT seen the de-identifier's rules, its docs page, its tests or the contents of the
earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout45.py their docstrings, plus the ``value`` signature and the ``TEMPLATES``
shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no line of this file
was changed after its first run.  It was first run on the twenty-second round's rules and the towns list
(main at commit f0ea07a) and measures how the rules do on transcripts they were not written for; it stays
a blind set until a later round makes it a development set.

Style: PLAIN, ORDINARY psychotherapy transcripts -- the kind a researcher writes to TEST a
de-identification tool, a FIFTH sample of that kind by yet another writer (after deid_heldout32.py,
deid_heldout34.py, deid_heldout37.py and deid_heldout40.py, of which only the docstrings were read; this
one is written its own way): clean speaker-labelled dialogue (``Therapist:``/``Client:``, ``T:``/``C:``,
``Dr. Name:``/``Patient:``; the benchmark's generator writes every turn as ``Therapist:``/``Client:``, so
each template is the body of a ``Client:`` turn, now and then the clinician's question or a detail read
back), one turn per line, whole sentences, tidy punctuation and capitals, no fillers, no bracket tags, no
timestamps.  Settings: ordinary outpatient sessions in a community mental health centre (low mood, money,
housing, the care coordinator), a veterans' clinic (nightmares, anger, the claim, leaving the service), a
university counselling centre (exams, deadlines, roommates and flatmates, homesickness), an
eating-disorder service (the meal plan, weigh-ins, the dietitian, snacks), a perinatal service (the
pregnancy, the birth, feeds, the midwife and health visitor, the EPDS), an addiction service (cravings,
meetings, a sponsor, methadone, naltrexone, a detox bed) and a psychedelic-therapy trial (screening,
preparation, the dosing day with its eyeshades, music and two guides, integration).  Speakers from the
US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``, ``mom``, ``mam``, ``nan``,
``grandma``, ``the GP``, ``uni``, ``college``, ``flat``, ``reckon``, ``grand``, ``heaps``, ``my mate``).
This set estimates how the rules do on ordinary test data, so it is kept plain and natural and does not
chase variety for its own sake.
Identifier forms: the forms a test writer picks FIRST, the way people say them, spread evenly; hard or
exotic forms are rare (under one in ten of each type).  Names: a first name alone (the most common
form), a full name, a surname after ``Dr.``/``Mr.``/``Ms.``/``Mrs.`` (the title in the carrier), a
relative's, partner's, sponsor's or friend's name after a kin or role word in the carrier, a possessive
``'s`` in the carrier; rarely a hyphenated first name, an ``O'`` surname, a Maori first name or an
initial with a surname.  Places: the city or town someone lives in, grew up in, was posted to or moved
to (``Toowoomba``, ``Mullingar``, ``Red Deer``, ``Doncaster``, ``Rotorua``, ``Killeen``), sometimes with
its state, province or county inside the span (``Macon, Georgia``, ``Navan, County Meath``), and made-up
hospitals, community mental health centres, vet centers, counselling, recovery and birth centres,
schools, colleges, churches and employers by name (``Cedarvale General Hospital``, ``Foxmoor Community
Mental Health Center``, ``Wrenfield Primary School``); rarely a saint's-name hospital or college.
Addresses as said or written locally: a street line alone (``412 Sycamore Drive``), a US line with ``Apt
3B`` or with town, state and ZIP, a Canadian line with city, province and postal code, a UK line with
``Flat 2,`` or with town and postcode, an Irish line with its town and county, an Australian line with
suburb, state and postcode, a NZ line with its town and postcode; rarely an Australian ``3/41`` unit
line or a PO box.  Dates as people say them (calendar dates only, no holidays): ``March 3rd``, ``March
3``, ``the 14th``, ``3/14/2023``, ``14/03/2023``, ``May 2nd, 2023``, ``Tuesday the 9th``, ``3rd March``,
``the 3rd of March``, ``14 March 2023``, ``Tuesday, May 2nd, 2023`` (a weekday agrees with its date when a
year is given), ``3/14``; ``on``, ``since``, ``last`` and ``next`` in the carrier; rarely a date in words
(``the twenty-first``), ``Sept. 9th`` or an ISO ``2023-03-14``.  Ages over 89 (90-110): digits (most:
``she's 94``, ``a 92-year-old``, ``he turned 97``), the unit and ``aged`` in the carrier; rarely in words
(``ninety-three``, ``a hundred and two``).  Phones in local layouts: the test writer's ``(555) 123-4567``
and ``555-123-4567``, US and Canadian ``(613) 555-0142`` fiction numbers, UK ``07700 900123`` mobiles and
``0161 496 0123`` / ``020 7946 0123`` landlines, Irish ``087 123 4567`` mobiles and ``01 555 1234``
landlines, Australian ``0491 570 123`` mobiles and ``(02) 5550 1234`` landlines, NZ ``021 123 4567``
mobiles and ``(09) 555 1234`` landlines; rarely with a country code or an extension.  Emails: free-mail
and ISP addresses of these countries and invented clinic, service, university and trial addresses;
rarely one read out with ``at`` and ``dot``.  Web addresses: invented clinic, service, trial,
meeting-finder, booking and resource pages with and without ``https://`` and ``www``; rarely a short
link.  SSNs: a US social security number ``123-45-6789`` (the most common), or another country's
national number planted as SSN (a judgement call): Canadian SINs, UK National Insurance numbers, Irish
PPS numbers, Australian tax file numbers and NZ IRD numbers, the cue in the carrier (``value`` and the
template are drawn independently, so not always the matching one); rarely a US number run together.
IDs (the cue always in the carrier, never in the span): medical record and hospital numbers, insurance
member, policy and Medicaid numbers, account numbers, a VA claim number, a student number, NHS numbers,
Australian Medicare numbers, NZ NHI numbers, Ontario health card numbers, a treatment programme's client
number and a trial's participant and screening numbers.
A title, kin word or possessive ``'s`` next to a name, an article before a place and ``on``/``since``/
``last``/``next`` before a date stay outside the span; a date's own words (``the 3rd of March``,
``Tuesday the 9th``) are inside it.  ``value`` and the template are drawn independently (deid.py's
design), so now and then a form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (psilocybin 25 mg, sertraline
100 mg, methadone 70 mg, naltrexone, buprenorphine, prazosin, fluoxetine), scales (PHQ-9, GAD-7, PCL-5,
EPDS, EDE-Q, AUDIT), ages under 90, weights and meal-plan words, kin words as common nouns (my mum, my
nan, the baby, my partner) and place-like common words (the clinic, the ward, the unit, the meeting, the
dorm, the base, the GP, the health visitor, the detox unit); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

_FIRST = ["Megan", "Connor", "Aoife", "Liam", "Chloe", "Brendan", "Tegan", "Hamish", "Nicole", "Tyler",
          "Brianna", "Declan", "Niamh", "Kirsty", "Shane", "Rhys", "Bethany", "Gavin", "Denise", "Travis",
          "Kayla", "Darren", "Leanne", "Jordan", "Ashley", "Ciara", "Eoin", "Sinead", "Craig", "Mitchell",
          "Brooke", "Riley", "Tahlia", "Logan", "Madison", "Derek", "Sharon", "Lorraine", "Keith", "Wayne",
          "Marcus", "Callum", "Fiona", "Jasmine", "Shannon", "Kelsey", "Dylan", "Gemma", "Padraig", "Kieran",
          "Danielle", "Trent", "Harper", "Rachel", "Owen", "Natalie", "Gareth", "Holly", "Stacey", "Jake"]
_RARE_FIRST = ["Mary-Kate", "Anne-Louise", "Jean-Marc", "Wiremu", "Aroha", "Mereana", "Ciarán", "Sorcha"]
_LAST = ["Sullivan", "Hartley", "McAllister", "Pennington", "Doyle", "Whitaker", "Nguyen", "Patel", "Morrison",
         "Carmichael", "Dunleavy", "Hollis", "Tremblay", "Gauthier", "MacLeod", "Osei", "Hargreaves", "Kerrigan",
         "Booth", "Ashworth", "Prendergast", "Walsh", "Costello", "Reilly", "Finch", "Marsh", "Radcliffe",
         "Coates", "Beaumont", "Delaney", "Stroud", "Henderson", "Mulcahy", "Bellamy", "Fairweather", "Tran",
         "Castillo", "Lindgren", "Sheridan", "Quinlan", "Abbott", "Pryor", "Whitfield", "Tipene", "Brooker"]
_RARE_LAST = ["O'Rourke", "O'Dwyer", "Lloyd-Jones", "McNamara-Byrne"]

_TOWNS = ["Lansing", "Toledo", "Akron", "Billings", "Fargo", "Savannah", "Tulsa", "Reno", "Syracuse", "Erie",
          "Muncie", "Bangor", "Killeen", "Clarksville", "Yakima", "Topeka", "Sioux Falls", "Pueblo", "Greeley",
          "Red Deer", "Moncton", "Sudbury", "Thunder Bay", "Nanaimo", "Kelowna", "Brandon", "Fredericton",
          "Sherbrooke", "Barrie", "Regina", "Prince George", "Doncaster", "Wakefield", "Blackpool", "Ipswich",
          "Norwich", "Carlisle", "Gloucester", "Telford", "Bolton", "Luton", "Stockport", "Exeter", "Plymouth",
          "Dundee", "Paisley", "Inverness", "Swansea", "Wrexham", "Coleraine", "Mullingar", "Carlow", "Navan",
          "Sligo", "Letterkenny", "Kilkenny", "Castlebar", "Portlaoise", "Wexford", "Tullamore", "Ballarat",
          "Toowoomba", "Launceston", "Cairns", "Townsville", "Wagga Wagga", "Dubbo", "Rockhampton", "Shepparton",
          "Bunbury", "Gosford", "Mackay", "Napier", "Nelson", "Rotorua", "Invercargill", "Gisborne", "Whanganui",
          "Masterton", "Blenheim"]
_TOWN_REGION = ["Macon, Georgia", "Killeen, Texas", "Muncie, Indiana", "Bangor, Maine", "Fargo, North Dakota",
                "Sudbury, Ontario", "Red Deer, Alberta", "Nanaimo, British Columbia", "Moncton, New Brunswick",
                "Navan, County Meath", "Tullamore, County Offaly", "Castlebar, County Mayo", "Ballarat, Victoria",
                "Dubbo, New South Wales", "Bunbury, Western Australia", "Telford, Shropshire",
                "Carlisle, Cumbria", "Napier, Hawke's Bay"]
_FAC_NAME = ["Cedarvale", "Foxmoor", "Wrenfield", "Tallowmere", "Bellbrook", "Hazelmere", "Glenhollow",
             "Rowanlea", "Oakhaven", "Marrowfield", "Pinecrest", "Ashgrove", "Stonecroft", "Larkspur Hill",
             "Corrigan Park", "Brackenridge", "Heathervale", "Millbrae", "Eastmoor", "Silverbirch"]
_FAC_KIND = ["Hospital", "General Hospital", "Community Mental Health Center", "Community Health Centre",
             "Medical Centre", "Vet Center", "Counselling Centre", "Recovery Centre", "Treatment Center",
             "Birth Centre", "Primary School", "High School", "College", "Baptist Church", "Methodist Church",
             "Family Practice", "Health Clinic", "Memorial Hospital"]
_EMPLOYERS = ["Harlow Freight", "Tern Bay Foods", "Brightwater Builders", "Cobalt Ridge Mining",
              "Hallam & Pike Insurance", "Greystone Logistics"]
_SAINTS = ["St. Brigid's Hospital", "St. Aidan's College", "St. Columba's Primary School", "St. Jude's Hospital",
           "St. Enda's Community School"]

_STREET = {"US": ["Sycamore", "Dogwood", "Magnolia", "Chestnut", "Linden", "Cedar", "Laurel", "Orchard", "Meadow"],
           "CA": ["Poplar", "Alder", "Linden", "Cedar", "Orchard", "Tamblyn", "Birchmount", "Laurel"],
           "UK": ["Hazel", "Heather", "Primrose", "Foxglove", "Bracken", "Station", "Church", "Ashdown", "Sorrel"],
           "IE": ["Rowan", "Hazel", "Glebe", "Church", "Orchard", "Heather", "Ashdown"],
           "AU": ["Wattle", "Curlew", "Plover", "Station", "Church", "Orchard", "Heather"],
           "NZ": ["Kowhai", "Totara", "Rimu", "Station", "Church", "Plover", "Heather"]}
_US = [("Macon", "GA", "312"), ("Killeen", "TX", "765"), ("Toledo", "OH", "436"), ("Tulsa", "OK", "741"),
       ("Lansing", "MI", "489"), ("Billings", "MT", "591"), ("Savannah", "GA", "314"), ("Erie", "PA", "165")]
_CA = [("Red Deer", "AB", "T4N"), ("Sudbury", "ON", "P3A"), ("Moncton", "NB", "E1C"), ("Kelowna", "BC", "V1Y"),
       ("Regina", "SK", "S4P"), ("Barrie", "ON", "L4M")]
_UK = [("Doncaster", "DN4"), ("Wakefield", "WF1"), ("Stockport", "SK3"), ("Norwich", "NR2"), ("Exeter", "EX4"),
       ("Bolton", "BL1"), ("Plymouth", "PL4"), ("Carlisle", "CA2")]
_IE = [("Mullingar", "Co. Westmeath"), ("Navan", "Co. Meath"), ("Carlow", "Co. Carlow"), ("Sligo", "Co. Sligo"),
       ("Castlebar", "Co. Mayo"), ("Tullamore", "Co. Offaly")]
_AU = [("Ballarat", "VIC", "3350"), ("Toowoomba", "QLD", "4350"), ("Dubbo", "NSW", "2830"),
       ("Bunbury", "WA", "6230"), ("Launceston", "TAS", "7250"), ("Shepparton", "VIC", "3630")]
_NZ = [("Napier", "4110"), ("Rotorua", "3010"), ("Nelson", "7010"), ("Invercargill", "9810"),
       ("Whanganui", "4500"), ("Masterton", "5810")]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_SHORT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
              9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
              15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
              20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth",
              25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

_FREE = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "btinternet.com",
         "eircom.net", "bigpond.com", "xtra.co.nz", "shaw.ca", "comcast.net", "yahoo.ca", "live.ie"]
_ORG = ["cedarvalecmhc.org", "foxmoorhealth.org.uk", "wrenfieldcounselling.ca", "tallowmererecovery.org",
        "glenhollowtrial.org", "bellbrookperinatal.com.au", "rowanleaclinic.co.nz", "oakhaven-ed.org",
        "marrowfield.edu", "hazelmerevets.org"]
_SITES = ["cedarvalecmhc.org", "foxmoorhealth.org.uk", "wrenfieldcounselling.ca", "tallowmererecovery.org",
          "glenhollowtrial.org", "bellbrookperinatal.com.au", "rowanleaclinic.co.nz", "oakhavened.org",
          "stonecroftmeetings.org", "heathervalebirth.ie", "eastmoorcounselling.com", "pinecrestvets.org"]
_PATHS = ["/intake", "/groups", "/book", "/resources", "/integration", "/meal-support", "/find-a-meeting",
          "/preparation", "/self-referral", "/contact", "/worksheets/sleep", "/family-support"]


def _ord(d: int) -> str:
    return f"{d}{'th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _person(r: random.Random) -> str:
    f, s = r.choice(_FIRST), r.choice(_LAST)
    x = r.random()
    if x < 0.45:
        return f
    if x < 0.75:
        return f"{f} {s}"
    if x < 0.93:
        return s
    return r.choice([r.choice(_RARE_FIRST), f"{f} {r.choice(_RARE_LAST)}", r.choice(_RARE_LAST),
                     f"{f[0]}. {s}"])


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.5:
        return r.choice(_TOWNS)
    if x < 0.65:
        return r.choice(_TOWN_REGION)
    if x < 0.93:
        return f"{r.choice(_FAC_NAME)} {r.choice(_FAC_KIND)}"
    return r.choice(_SAINTS + _EMPLOYERS)


def _address(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    country = ("US" if x < 0.46 else "CA" if x < 0.55 else "UK" if x < 0.66 else "IE" if x < 0.75 else "AU"
               if x < 0.86 else "NZ" if x < 0.95 else "AU")
    st = r.choice(_STREET[r.choice(["US", "UK", "AU", "NZ", "CA", "IE"])] if x < 0.22 else _STREET[country])
    if x < 0.22:
        return f"{n(2, 240)} {st} {r.choice(['Street', 'Road', 'Avenue', 'Drive', 'Lane', 'Close', 'Crescent'])}"
    if x < 0.34:
        return f"{n(100, 4800)} {st} {r.choice(['Drive', 'Avenue', 'Street', 'Lane'])}, Apt {n(1, 9)}{r.choice('ABCD')}"
    if x < 0.46:
        town, state, z = r.choice(_US)
        return (f"{n(100, 4800)} {st} {r.choice(['Drive', 'Avenue', 'Street', 'Court'])}, {town}, {state} "
                f"{z}{n(0, 99):02d}")
    if x < 0.55:
        town, prov, fsa = r.choice(_CA)
        return (f"{n(10, 990)} {st} {r.choice(['Crescent', 'Street', 'Avenue', 'Drive'])}, {town}, {prov} "
                f"{fsa} {n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{n(1, 9)}")
    if x < 0.66:
        town, pc = r.choice(_UK)
        if r.random() < 0.4:
            return f"Flat {n(1, 12)}, {n(2, 90)} {st} Road"
        unit = "ABDEFGHJLNPQRSTUWXYZ"
        return (f"{n(2, 140)} {st} {r.choice(['Close', 'Road', 'Way', 'Gardens'])}, {town} {pc} "
                f"{n(1, 9)}{r.choice(unit)}{r.choice(unit)}")
    if x < 0.75:
        town, county = r.choice(_IE)
        return r.choice([f"{n(1, 60)} {st} {r.choice(['Park', 'Grove', 'Lawn', 'Heights'])}, {town}",
                         f"{n(1, 60)} {st} {r.choice(['Park', 'Grove', 'Avenue'])}, {town}, {county}"])
    if x < 0.86:
        town, state, pc = r.choice(_AU)
        return f"{n(2, 180)} {st} {r.choice(['Street', 'Road', 'Avenue', 'Parade'])}, {town} {state} {pc}"
    if x < 0.95:
        town, pc = r.choice(_NZ)
        return f"{n(2, 180)} {st} {r.choice(['Street', 'Road', 'Place', 'Terrace'])}, {town} {pc}"
    town, state, pc = r.choice(_AU)
    return r.choice([f"{n(1, 12)}/{n(10, 90)} {st} Street", f"PO Box {n(20, 4000)}, {town} {state} {pc}"])


def _date(r: random.Random) -> str:
    n = r.randint
    mi, d, y = n(0, 11), n(1, 28), n(2019, 2025)
    m = _MONTHS[mi]
    wd = _DAYS[datetime.date(y, mi + 1, d).weekday()]
    forms = [f"{m} {_ord(d)}", f"{m} {_ord(d)}", f"{m} {d}", f"the {_ord(d)}", f"the {_ord(d)}",
             f"{mi + 1}/{d}/{y}", f"{d:02d}/{mi + 1:02d}/{y}", f"{m} {_ord(d)}, {y}",
             f"{r.choice(_DAYS)} the {_ord(d)}", f"{_ord(d)} {m}", f"the {_ord(d)} of {m}", f"{d} {m} {y}",
             f"{wd}, {m} {_ord(d)}, {y}", f"{mi + 1}/{d}", f"{m} {d}, {y}"]
    if r.random() < 0.07:
        return r.choice([f"the {_ORD_WORDS[d]}", f"{_SHORT[mi]} {_ord(d)}", f"{y}-{mi + 1:02d}-{d:02d}"])
    return r.choice(forms)


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    if r.random() < 0.9:
        return str(a)
    if a < 100:
        return f"ninety-{_UNITS[a - 90]}" if a > 90 else "ninety"
    return "a hundred" if a == 100 else f"a hundred and {_UNITS[a - 100] if a < 110 else 'ten'}"


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.2:
        return f"(555) {n(200, 989)}-{n(0, 9999):04d}"
    if x < 0.3:
        return f"555-{n(200, 989)}-{n(0, 9999):04d}"
    if x < 0.45:
        a = r.choice([613, 416, 403, 204, 312, 614, 918, 702, 509, 207])
        return r.choice([f"({a}) 555-01{n(0, 99):02d}", f"{a}-555-01{n(0, 99):02d}", f"{a}.555.01{n(0, 99):02d}"])
    if x < 0.6:
        return r.choice([f"07700 900{n(0, 999):03d}", f"0161 496 0{n(0, 999):03d}", f"020 7946 0{n(0, 999):03d}",
                         f"0113 496 0{n(0, 999):03d}"])
    if x < 0.7:
        return r.choice([f"08{r.choice('5679')} {n(100, 999)} {n(1000, 9999)}", f"01 555 {n(1000, 9999)}"])
    if x < 0.82:
        return r.choice([f"0491 570 {n(100, 999)}", f"(02) 5550 {n(1000, 9999)}", f"(03) 5550 {n(1000, 9999)}"])
    if x < 0.93:
        return r.choice([f"02{r.choice('17')} {n(100, 999)} {n(1000, 9999)}", f"(09) 555 {n(1000, 9999)}",
                         f"(04) 555 {n(1000, 9999)}"])
    return r.choice([f"+44 7700 900{n(0, 999):03d}", f"+61 491 570 {n(100, 999)}",
                     f"(555) {n(200, 989)}-{n(0, 9999):04d} ext. {n(10, 399)}", f"+1 613 555 01{n(0, 99):02d}"])


def _email(r: random.Random) -> str:
    f, s = r.choice(_FIRST).lower(), r.choice(_LAST).lower()
    x = r.random()
    if x < 0.6:
        user = r.choice([f"{f}.{s}", f"{f}{s}", f"{f}{r.randint(1, 99)}", f"{f[0]}{s}",
                         f"{f}_{s}{r.randint(80, 99)}", f"{s}.{f}"])
        return f"{user}@{r.choice(_FREE)}"
    if x < 0.93:
        user = r.choice([f"{f[0]}.{s}", f"{f}.{s}", "intake", "reception", "referrals", "studyteam", f"{f}"])
        return f"{user}@{r.choice(_ORG)}"
    return f"{f} dot {s} at gmail dot com"


def _url(r: random.Random) -> str:
    site = r.choice(_SITES)
    path = r.choice(["", "", *_PATHS])
    x = r.random()
    if x < 0.35:
        return f"www.{site}{path}"
    if x < 0.65:
        return f"https://www.{site}{path}"
    if x < 0.93:
        return r.choice([f"{site}{path}", f"https://{site}{path}"])
    chars = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return f"bit.ly/{''.join(r.choice(chars) for _ in range(7))}"


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.55:
        return f"{n(101, 665)}-{n(10, 99)}-{n(1000, 9999)}"
    if x < 0.63:
        return f"{n(101, 665)} {n(10, 99)} {n(1000, 9999)}"
    if x < 0.71:
        return f"{n(1, 7)}{n(10, 99)} {n(100, 999)} {n(100, 999)}"
    if x < 0.79:
        a = r.choice(["JT", "NP", "AB", "KC", "LR", "WM", "HS", "EY"])
        return f"{a} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}"
    if x < 0.86:
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHJKLMNPTW')}{r.choice(['', '', 'A'])}"
    if x < 0.93:
        return f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    if x < 0.97:
        return f"0{n(10, 99)}-{n(100, 999)}-{n(100, 999)}"
    return f"{n(101, 665)}{n(10, 99)}{n(1000, 9999)}"


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    x = r.random()
    if x < 0.2:
        return str(n(100000, 99999999))
    if x < 0.32:
        return f"{r.choice(L)}{n(1000000, 9999999)}"
    if x < 0.44:
        return f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(100000000, 999999999)}"
    if x < 0.52:
        return f"{n(100, 999)} {n(100, 999)} {n(1000, 9999)}"
    if x < 0.6:
        return f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}"
    if x < 0.67:
        return f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(1000, 9999)}"
    if x < 0.74:
        return f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}{r.choice(['', ' ' + r.choice(L) + r.choice(L)])}"
    if x < 0.82:
        return f"{r.choice(['PSI', 'GH', 'PT', 'SCR'])}-{n(1, 399):03d}"
    if x < 0.9:
        return f"{n(1000, 9999)}-{n(1000, 9999)}"
    if x < 0.95:
        return f"C{n(10000000, 99999999)}"
    return f"{r.choice(L)}{r.choice(L)}-{n(10000, 99999)}-{n(10, 99)}"


def value(kind: str, r: random.Random) -> str:
    """One SYNTHETIC planted identifier of *kind*, drawn only with *r*."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "My sister {} has been coming with me to the appointments.",
        "I told {} about the meal plan and she was really supportive.",
        "Dr. {} put me on sertraline 100 mg after the last review.",
        "My sponsor, {}, says I should call before I pick up, not after.",
        "I had a big fight with {} about money again.",
        "Mr. {} from the housing office never rang me back.",
        "It was {} who found me that night and called the ambulance.",
        "My husband {} has been doing the night feeds so I can sleep.",
        "Ms. {} is my care coordinator now, the other one left.",
        "I keep thinking about my brother {} and what happened on deployment.",
        "My roommate {} plays music until three in the morning.",
        "During the dosing day I saw my grandad {} very clearly.",
        "I went round to {}'s place after the meeting.",
        "Mrs. {} was the midwife who stayed with me the whole night.",
        "My son {} is starting secondary school soon and I'm worried.",
        "So the guide sitting with you was {}, is that right?",
        "My mate {} from the unit rang me out of the blue.",
        "I just couldn't say no to {}, I never can.",
        "The dietitian, {}, weighed me and didn't tell me the number.",
        "My mam keeps asking when I'll bring {} home to meet her.",
        "I wrote a letter to {} in the integration session and read it out loud.",
        "My partner {} thinks I should go back on fluoxetine.",
        "Dr. {} said the screening bloods all came back fine.",
        "I used to drink with {} every weekend, so I've stopped seeing him.",
        "My daughter {} was born at thirty-four weeks and spent time in the special care unit.",
        "My tutor, Professor {}, gave me an extension on the essay.",
        "Honestly, {} is the only person I trust right now.",
        "My nan {} raised me after my mum got sick.",
        "I met {} at group and we've been texting since.",
        "Mr. {}, my old platoon sergeant, came to the funeral.",
    ],
    "LOCATION": [
        "I grew up in {} and moved away when I was eighteen.",
        "We moved to {} when I got out of the army.",
        "I was in {} for three weeks on the eating-disorder unit.",
        "My mum still lives in {}, so I go back most weekends.",
        "I was stationed near {} for two years.",
        "They sent me to {} for a detox bed.",
        "I had the baby at {} and the staff were lovely.",
        "I'm from {} originally, but I've been here since uni.",
        "The closest meeting is in {}, so I drive there twice a week.",
        "I went to school at {} and hated every minute of it.",
        "My dad works at {} and does long shifts.",
        "We drove out to {} after the integration session, just to get out of the house.",
        "I spent a night in the emergency department at {} last week.",
        "My partner got a job in {}, so we might have to move.",
        "When I was drinking I'd go all the way to {} so nobody would know me.",
        "The health visitor said there's a mums' group at {}.",
        "My brother's in the psych ward at {} at the moment.",
        "I did my first year at {} before I transferred here.",
        "Is that the clinic in {} or the one closer to you?",
        "We used to go to {} every Sunday when I was a kid.",
        "I lived in {} for about five years after the divorce.",
        "My counsellor at {} referred me to the trial.",
        "The vet rep at {} helped me fill in the claim.",
        "I got sober in {}, in a little rehab by the sea.",
        "I started at {} as a cleaner and ended up running the night shift.",
        "My grandparents had a farm outside {}.",
        "I was born in {}, but we moved around a lot.",
        "They've booked my weigh-in at {} now instead of here.",
    ],
    "ADDRESS": [
        "We live at {} now, just the two of us and the baby.",
        "My new address is {}.",
        "I'm staying at my sister's place, {}, until the flat is sorted.",
        "Can you send the letter to {} instead?",
        "The sober house is at {}.",
        "I grew up at {}, and it still feels like home.",
        "So the address we have on file is {}, is that still right?",
        "We moved into {} a month before the birth.",
        "The post goes to {}, but I'm hardly ever there.",
        "My mum's house is {}, that's where I'll be after the dosing day.",
        "I used to rent a room at {} with three other students.",
        "I've just signed the lease for {}.",
        "The meeting is in the church hall behind {}.",
        "The pharmacy delivers my methadone to {} on weekends.",
        "When I left the service we bought a house at {}.",
        "Please put {} on the form, that's my dad's address.",
        "I was living at {} when everything fell apart.",
        "The dietitian sends the meal plans to {}.",
        "It's {}, the blue door next to the laundrette.",
        "The council moved us to {} and it's damp.",
        "Our old place on {} had a garden.",
        "The university posted my results to {}.",
        "For the trial records my home address is {}.",
        "I'm at {} these days, so the bus to the clinic is easier.",
        "The health visitor came to {} on her first visit.",
        "We're selling {} and moving closer to my parents.",
    ],
    "DATE": [
        "My next appointment is on {}.",
        "I've been sober since {}.",
        "The dosing session is booked for {}.",
        "My due date is {}.",
        "I was discharged from the unit on {}.",
        "Can we move next week's session to {}?",
        "My exam is on {} and I haven't started revising.",
        "I had my last drink on {}.",
        "The baby was born on {}, two weeks early.",
        "My discharge from the army was effective {}.",
        "The screening visit is {}, at the main clinic.",
        "I started the meal plan on {} and I've stuck to it.",
        "The anniversary of his death is {}.",
        "My dad's funeral was on {}.",
        "They want me back for the integration session on {}.",
        "I'm seeing the psychiatrist on {} about the prazosin.",
        "The essay is due {}.",
        "I relapsed on {} and didn't tell anyone.",
        "So that's {} for your next weigh-in, yes?",
        "The letter said my claim hearing is {}.",
        "My six-week check with the GP is {}.",
        "The baby's date of birth is {}.",
        "The group starts again on {}.",
        "I moved out of halls on {}.",
        "Since {} I've been sleeping a bit better.",
        "I can't do {}, I've got my son that day.",
        "The detox bed came up on {}.",
        "My last period was {}, according to the app.",
    ],
    "AGE": [
        "My nan is {} and she still lives on her own.",
        "He's {} now and can barely get out of his chair.",
        "My grandmother turned {} and we had a little party at the care home.",
        "I look after my {}-year-old grandad most evenings.",
        "She was {} when she died, so it was expected, but it still hurts.",
        "My great-aunt is {} years old and sharper than me.",
        "He lived to {}, which is amazing given how much he smoked.",
        "Grandma's {} next month and wants the whole family there.",
        "My dad is {} and I'm his only carer.",
        "Being {}, she doesn't really understand what the trial is.",
        "Her neighbour, aged {}, checks on her every morning.",
        "My grandfather was a {}-year-old veteran when he passed.",
        "My nana is {} and still asks about my weight.",
        "He's {} years old and still goes to the club every week.",
        "My mum's mum just turned {}.",
        "She's {}, so the home visits are getting harder.",
        "My granddad died at {} in his sleep.",
        "The oldest woman in our church is {} and she knits for the baby.",
        "My great-grandmother is {} and met the baby last week.",
        "Pop is {} and he was in the navy too.",
        "I'm the one who drives my {}-year-old gran to her appointments.",
        "He was {} years of age, the nurse said.",
        "So your grandmother is {}, and you're her main support?",
        "She's {} and has outlived all her friends.",
        "My uncle is {} and still sends me a card every year.",
        "My grandmother, who is {}, moved in with us.",
    ],
    "PHONE": [
        "My mobile is {}.",
        "You can reach me on {} any time after four.",
        "The crisis number they gave me is {}.",
        "My number has changed, it's {} now.",
        "Call my sponsor on {} if you can't get hold of me.",
        "The midwife's number is {}.",
        "So the best number for you is {}?",
        "My mum's landline is {}, she's my emergency contact.",
        "The study team said to ring {} if anything comes up after the dosing.",
        "I rang {} at two in the morning and someone picked up.",
        "The dietitian's direct line is {}.",
        "Text me on {}, I don't really answer calls.",
        "My work number is {}, but please don't leave a message there.",
        "The after-hours line is {}.",
        "My partner's number is {} if I'm not answering.",
        "The vet center's number is {}.",
        "I called {} to book the detox assessment.",
        "It's {}, that's my new phone.",
        "The counselling centre's front desk is {}.",
        "The health visitor left her number, {}, on the fridge.",
        "My dad's mobile is {}.",
        "You can leave a voicemail on {}.",
        "The pharmacy's number is {}, they know me there.",
        "Please use {} for appointment reminders.",
        "The number on the leaflet was {}.",
        "My landline is {}, but I'm hardly home.",
    ],
    "EMAIL": [
        "My email is {}.",
        "You can send the worksheets to {}.",
        "I emailed the study team at {} about the side effects.",
        "My university email is {}.",
        "Please use {} instead of my work address.",
        "So I've got your email down as {}, is that right?",
        "The dietitian's email is {}.",
        "I sent my diary to {} last night.",
        "The referral went to {}.",
        "My partner's email is {} if you need to reach him.",
        "I set up a new email, {}, so my ex can't see it.",
        "The claims officer's address is {}.",
        "The appointment confirmation came from {}.",
        "Could you send the playlist to {}?",
        "My mum uses {} and she'll want a copy.",
        "I wrote to {} asking about the waiting list.",
        "Send the meal plan to {}, please.",
        "The email address on the consent form is {}.",
        "I got a reply from {} this morning.",
        "My old email was {}, but I don't check it anymore.",
        "The midwife said to email {} with any questions.",
        "You can contact my sponsor at {}.",
        "The integration notes came from {}.",
        "The counselling centre's email is {}.",
        "My email's {}, all lower case.",
    ],
    "URL": [
        "I found the breathing exercise on {}.",
        "The trial has a page at {} with all the information.",
        "You can book online at {}.",
        "They told me to look at {} before the preparation session.",
        "The meeting list is on {}.",
        "The referral form is at {}.",
        "I read about the programme on {}.",
        "There's a support group listed on {}.",
        "The worksheets are up on {}.",
        "So the website for the clinic is {}?",
        "My counsellor sent me a link to {}.",
        "The feeding guide is on {}.",
        "I filled in the self-referral at {}.",
        "The dietitian recommended {} for recipes.",
        "The veterans' group has a website, {}.",
        "All the information about the dosing day is on {}.",
        "I printed the meal plan off {}.",
        "The leaflet says to check {} for updates.",
        "The playlist they use is linked on {}.",
        "I found the sleep course at {}.",
        "The university's wellbeing page is {}.",
        "My partner looked up {} to see what the trial involves.",
        "There's a family support page at {}.",
        "The text message had a link, {}, to confirm the appointment.",
        "You can watch the video at {}.",
    ],
    "SSN": [
        "My social security number is {}.",
        "My SSN is {}.",
        "The form wanted my social, which is {}.",
        "My social insurance number is {}.",
        "My National Insurance number is {}.",
        "My PPS number is {}.",
        "My tax file number is {}.",
        "My IRD number is {}.",
        "For the claim they needed my social security number, {}.",
        "I had to write {} on the benefits form.",
        "So the SSN we have for you is {}, is that correct?",
        "My social's {}, I know it by heart.",
        "The disability office asked for my social security number, {}.",
        "I gave them my NI number, {}, for the sick pay.",
        "My SIN is {}.",
        "The student loan form needed my social security number, {}.",
        "They've got my PPS number down as {}.",
        "The paperwork for the trial payment asked for my tax file number, {}.",
        "My last four are on file, but the full SSN is {}.",
        "The social worker checked my social insurance number, {}.",
        "The welfare office has my NI number as {}.",
        "My social security number, {}, was on the letter they lost.",
        "For the payslips they use my IRD number, {}.",
        "I had to read out my social security number, {}, over the phone.",
        "The number on my social security card is {}.",
    ],
    "ID": [
        "My medical record number is {}.",
        "My member ID is {}.",
        "The policy number is {}.",
        "My Medicaid number is {}.",
        "My account number is {}.",
        "My VA claim number is {}.",
        "My student number is {}.",
        "My NHS number is {}.",
        "My Medicare number is {}.",
        "My NHI number is {}.",
        "My health card number is {}.",
        "My participant number for the trial is {}.",
        "The screening number on my folder is {}.",
        "My client number at the treatment centre is {}.",
        "The hospital number on my wristband was {}.",
        "So your MRN is {}, is that right?",
        "The insurance member number on the card is {}.",
        "My case number with the council is {}.",
        "The claim reference is {}.",
        "The baby's hospital number is {}.",
        "The referral number on the letter is {}.",
        "My patient ID at the clinic is {}.",
        "My group number for the insurance is {}.",
        "The MRN they gave me in the emergency department was {}.",
        "My prescription account number is {}.",
        "Your participant ID is {}, and you'll need it at every visit.",
        "The reference number on the EAP letter is {}.",
        "My OHIP number is {}.",
    ],
}
