"""A fifty-second SYNTHETIC transcript set for benchmarks/deid.py: the fiftieth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities and towns of the US, Canada, the UK, Ireland, Australia and New Zealand, sometimes with
their state, province or county, are used as places only, never with a person; every hospital, clinic,
community mental health centre, vet center, counselling centre, treatment and recovery centre, birth
centre, school, college, church, trial and employer name is made up).  Written on 2026-12-07 by an
engineer who had NOT seen the de-identifier's rules, its docs page, its tests or the contents of the
earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout49.py their docstrings, plus the ``value`` signature and the ``TEMPLATES``
shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no line of this file
was changed after its first run.  It was first run on main at commit 709aec8 (the twenty-fourth round's
rules, the towns list and the place-head fix) and measures how the rules do on transcripts they were not
written for; it stays a blind set until a later round makes it a development set.

Style: PLAIN, ORDINARY psychotherapy transcripts -- the kind a researcher writes to TEST a
de-identification tool, a SIXTH sample of that kind by yet another writer (after deid_heldout32.py,
deid_heldout34.py, deid_heldout37.py, deid_heldout40.py and deid_heldout47.py, of which only the
docstrings were read; this one is written its own way): clean speaker-labelled dialogue
(``Therapist:``/``Client:``, ``T:``/``C:``, ``Dr. Name:``/``Patient:``; the benchmark's generator writes every
turn as ``Therapist:``/``Client:``, so each template is the body of a ``Client:`` turn, now and then the
clinician's question or a detail read back), one turn per line, whole sentences, tidy punctuation and
capitals, no fillers, no bracket tags, no timestamps.  Settings: ordinary outpatient sessions in a
community mental health centre (low mood, rent, the care coordinator, the food bank), a veterans' clinic
(nightmares, the claim, leaving the service, the vet center), a university counselling centre (exams,
essays, roommates and flatmates, the dining hall), an eating-disorder service (the meal plan, weigh-ins,
the dietitian, snacks), a perinatal service (the pregnancy, the birth, night feeds, the midwife and health
visitor, the EPDS), an addiction service (cravings, meetings, a sponsor, methadone, naltrexone, a detox
bed) and a psychedelic-therapy trial (screening, preparation, the dosing day with its eyeshades, playlist
and two guides, integration).  Speakers from the US, Canada, the UK, Ireland, Australia and New Zealand,
mixed (``mum``, ``mom``, ``mam``, ``nan``, ``gran``, ``the GP``, ``uni``, ``college``, ``flat``, ``reckon``,
``grand``, ``heaps``, ``my mate``).  This set estimates how the rules do on ordinary test data, so it is
kept plain and natural and does not chase variety for its own sake.
Identifier forms: the forms a test writer picks FIRST, the way people say them, spread evenly; hard or
exotic forms are rare (under one in ten of each type).  Names: a first name alone (the most common
form), a full name, a surname after ``Dr.``/``Mr.``/``Ms.``/``Mrs.`` (the title in the carrier), a
relative's, partner's, sponsor's or friend's name after a kin or role word in the carrier, a possessive
``'s`` in the carrier; rarely a hyphenated first name, an ``O'`` or ``Mc`` surname with a first name, a
Maori first name or an initial with a surname.  Places: the city or town someone lives in, grew up in,
was posted to or moved to (``Lubbock``, ``Moncton``, ``Wigan``, ``Tralee``, ``Ballarat``, ``Napier``),
sometimes with its state, province or county inside the span (``Lubbock, Texas``, ``Ennis, County
Clare``), and made-up hospitals, community mental health centres, vet centers, counselling, recovery and
birth centres, schools, colleges, churches and employers by name (``Fernhill General Hospital``,
``Kingsmere Recovery Centre``, ``Ashgrove Primary School``); rarely a saint's-name hospital or school.
Addresses as said or written locally: a street line alone (``418 Alder Street``), a US line with ``Apt
3B`` or with town, state and ZIP, a Canadian line with city, province and postal code, a UK line with
``Flat 2,`` or with town and postcode, an Irish line with its town and county, an Australian line with
suburb or town, state and postcode, a NZ line with its town and postcode; rarely an Australian ``3/41``
unit line or a PO box.  Dates as people say them (calendar dates only, no holidays): ``March 3rd``,
``March 3``, ``the 14th``, ``3/14/2023``, ``14/03/2023``, ``May 2nd, 2023``, ``Tuesday the 9th``, ``3rd
March``, ``the 3rd of March``, ``14 March 2023``, ``Tuesday, May 2nd, 2023`` (a weekday agrees with its
date when a year is given), ``3/14``; ``on``, ``since``, ``for`` and ``to`` in the carrier; rarely a
date in words (``the twenty-first``), ``Sept. 9th`` or an ISO ``2023-03-14``.  Ages over 89 (90-110):
digits (most: ``she's 94``, ``a 92-year-old``, ``he turned 97``), the unit and ``aged`` in the carrier;
rarely in words (``ninety-three``, ``a hundred and two``).  Phones in local layouts: the test writer's
``(555) 123-4567`` and ``555-123-4567``, US and Canadian ``(613) 555-0142`` fiction numbers, UK ``07700
900123`` mobiles and ``0161 496 0123`` / ``020 7946 0123`` landlines, Irish ``087 123 4567`` mobiles and
``01 555 1234`` landlines, Australian ``0491 570 123`` mobiles and ``(02) 5550 1234`` landlines, NZ ``021
123 4567`` mobiles and ``(09) 555 1234`` landlines; rarely with a country code.  Emails: free-mail and ISP
addresses of these countries and invented clinic, service, university and trial addresses; rarely one
read out with ``at`` and ``dot``.  Web addresses: invented clinic, service, trial, meeting-finder, booking
and resource pages with and without ``https://`` and ``www``; rarely a short link.  SSNs: a US social
security number ``123-45-6789`` (the most common), or another country's national number planted as SSN
(a judgement call): Canadian SINs, UK National Insurance numbers, Irish PPS numbers, Australian tax file
numbers and NZ IRD numbers, the cue in the carrier (``value`` and the template are drawn independently,
so not always the matching one); rarely a US number run together.  IDs (the cue always in the carrier,
never in the span): medical record and hospital numbers, insurance member, policy and Medicaid numbers,
account numbers, a VA claim number, a student number, NHS numbers, Australian Medicare numbers, NZ NHI
numbers, provincial health card numbers, a treatment programme's client number and a trial's participant
and screening numbers.
A title, kin word or possessive ``'s`` next to a name, an article before a place and ``on``/``since``/
``for``/``to`` before a date stay outside the span; a date's own words (``the 3rd of March``,
``Tuesday the 9th``) are inside it.  ``value`` and the template are drawn independently (deid.py's
design), so now and then a form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (sertraline 50 mg, olanzapine,
methadone), screening words (the EPDS, the scan, the consent forms), ages under 90 (``turned six``),
meal-plan words (snacks, weigh-in, weight restoration), kin words as common nouns (my mum, my mam, my nan,
the baby, my partner, my sponsor) and place-like common words (the clinic, the ward, the unit, the
meeting, the dorm, the base, the GP, the detox unit, the care home, the food bank, the sober house); they
hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

_FIRST = ["Rachel", "Megan", "Liam", "Connor", "Aoife", "Niamh", "Declan", "Ethan", "Chloe", "Harriet", "Tyler",
          "Brianna", "Kayla", "Jordan", "Marcus", "Derek", "Shannon", "Nathan", "Holly", "Callum", "Rhys", "Bronwyn",
          "Hamish", "Kirsty", "Tegan", "Brendan", "Sinead", "Darren", "Graham", "Lorraine", "Trevor", "Denise",
          "Alison", "Gavin", "Mitchell", "Courtney", "Brooke", "Dylan", "Jasmine", "Eileen", "Colm", "Shauna",
          "Travis", "Kendra", "Bethany", "Owen", "Fiona", "Stuart", "Jenna", "Caleb", "Maddie", "Lachie", "Josh",
          "Karen", "Phil", "Dougie", "Siobhan", "Renee", "Cody", "Tanya"]
_LAST = ["Pritchard", "Mulligan", "Henderson", "Bellamy", "Thornton", "Whitaker", "McAllister", "Donnelly",
         "Fairbanks", "Garrity", "Hollis", "Kendrick", "Lowry", "Nolan", "Osborne", "Pembroke", "Quigley",
         "Radcliffe", "Sutcliffe", "Tennant", "Vickers", "Walsh", "Yardley", "Ashworth", "Brennan", "Carmody",
         "Dunleavy", "Ellison", "Finnegan", "Galloway", "Hargreaves", "Kilbride", "Lindgren", "McCreadie",
         "Tapsell", "Reyes", "Novak", "Schofield", "Doyle", "Harrington", "Mercer", "Sheridan", "Boateng", "Chen",
         "Patel", "Morrison", "Fraser", "Keogh", "Delaney", "Whitfield"]
_RARE_FIRST = ["Mary-Kate", "Anne-Marie", "Jean-Luc", "Aroha", "Tama", "Mereana", "Niall", "Ciara"]
_RARE_LAST = ["O'Sullivan", "O'Driscoll", "McTavish", "O'Hare", "Ngata"]

_TOWNS = ["Lubbock", "Akron", "Fayetteville", "Greenville", "Olympia", "Billings", "Lansing", "Amarillo", "Modesto",
          "Topeka", "Syracuse", "Harrisburg", "Knoxville", "Gainesville", "Bangor", "Burlington", "Springfield",
          "Moncton", "Lethbridge", "Sudbury", "Nanaimo", "Kelowna", "Thunder Bay", "Sherbrooke", "Fredericton",
          "Peterborough", "Stockport", "Wigan", "Norwich", "Ipswich", "Carlisle", "Gloucester", "Huddersfield",
          "Bolton", "Exeter", "Dundee", "Inverness", "Swansea", "Tralee", "Ennis", "Sligo", "Kilkenny",
          "Letterkenny", "Drogheda", "Castlebar", "Wexford", "Ballarat", "Wagga Wagga", "Townsville", "Cairns",
          "Launceston", "Bunbury", "Wollongong", "Shepparton", "Bundaberg", "Whanganui", "Napier", "Invercargill",
          "Palmerston North", "Gisborne", "Whangarei", "Masterton"]
_TOWN_REGION = [("Lubbock", "Texas"), ("Akron", "Ohio"), ("Billings", "Montana"), ("Knoxville", "Tennessee"),
                ("Bangor", "Maine"), ("Topeka", "Kansas"), ("Olympia", "Washington"), ("Fayetteville", "Arkansas"),
                ("Ennis", "County Clare"), ("Tralee", "County Kerry"), ("Castlebar", "County Mayo"),
                ("Letterkenny", "County Donegal"), ("Nanaimo", "British Columbia"), ("Moncton", "New Brunswick"),
                ("Lethbridge", "Alberta"), ("Sudbury", "Ontario"), ("Carlisle", "Cumbria"), ("Ipswich", "Suffolk"),
                ("Townsville", "Queensland"), ("Shepparton", "Victoria"), ("Bunbury", "WA"), ("Akron", "OH"),
                ("Kelowna", "BC")]
_PLACE_STEM = ["Fernhill", "Kingsmere", "Ashgrove", "Stonebridge", "Hollowell", "Pinecrest", "Westmere",
               "Ravenscourt", "Glenfield", "Brackenridge", "Larchfield", "Corrib Valley", "Haverleigh", "Eastbrook",
               "Tamarack", "Willowmere", "Blackthorn", "Harbourside", "Redcliffe Park", "Summerhill", "Orchard Vale",
               "Northcote Lane", "Kilmory", "Riverbend"]
_PLACE_KIND = ["General Hospital", "Community Mental Health Center", "Medical Centre", "Recovery Centre",
               "Vet Center", "Counselling Centre", "Primary School", "High School", "College", "Baptist Church",
               "Methodist Church", "Birth Centre", "Family Health Team", "Behavioral Health", "Hospital",
               "Health Centre", "Community College", "Treatment Center", "Clinic", "Surgery"]
_EMPLOYERS = ["Halvorsen Logistics", "Brightwater Foods", "Kestrelgate Freight", "Copperleaf Insurance",
              "Tidewell Plastics", "Marlow & Finch Accountants", "Greyline Haulage", "Bluegum Timber"]
_SAINTS = ["St. Brigid's Hospital", "St. Columba's College", "St. Aidan's Primary School", "St. Clement's Hospital"]

_STREETS = ["Alder", "Briar", "Chestnut", "Dunmore", "Everett", "Foxglove", "Greystone", "Hazel", "Ivy Bank",
            "Kingfisher", "Lancaster", "Mayfield", "Northgate", "Orchard", "Primrose", "Rowan", "Sandpiper",
            "Thistle", "Wexley", "Yarrow", "Bellbird", "Cottonwood", "Linden", "Heatherbrae", "Clifton"]
_US = [("Akron", "OH", 443), ("Lubbock", "TX", 794), ("Billings", "MT", 591), ("Lansing", "MI", 489),
       ("Knoxville", "TN", 379), ("Bangor", "ME", 44), ("Olympia", "WA", 985), ("Topeka", "KS", 666),
       ("Erie", "PA", 165), ("Gainesville", "FL", 326), ("Reno", "NV", 895), ("Amarillo", "TX", 791)]
_CA = [("Moncton", "NB", "E1C"), ("Lethbridge", "AB", "T1J"), ("Sudbury", "ON", "P3A"), ("Nanaimo", "BC", "V9R"),
       ("Kelowna", "BC", "V1Y"), ("Fredericton", "NB", "E3B"), ("Brandon", "MB", "R7A"), ("Peterborough", "ON", "K9J")]
_UK = [("Wigan", "WN"), ("Stockport", "SK"), ("Norwich", "NR"), ("Ipswich", "IP"), ("Carlisle", "CA"),
       ("Exeter", "EX"), ("Bolton", "BL"), ("Huddersfield", "HD"), ("Swansea", "SA"), ("Dundee", "DD")]
_IE = [("Tralee", "Co. Kerry"), ("Ennis", "Co. Clare"), ("Sligo", "Co. Sligo"), ("Kilkenny", "Co. Kilkenny"),
       ("Letterkenny", "Co. Donegal"), ("Drogheda", "Co. Louth"), ("Castlebar", "Co. Mayo"), ("Wexford", "Co. Wexford")]
_AU = [("Ballarat", "VIC", 3350), ("Townsville", "QLD", 4810), ("Cairns", "QLD", 4870), ("Launceston", "TAS", 7250),
       ("Bunbury", "WA", 6230), ("Wollongong", "NSW", 2500), ("Shepparton", "VIC", 3630), ("Wagga Wagga", "NSW", 2650)]
_NZ = [("Napier", 4110), ("Nelson", 7010), ("Invercargill", 9810), ("Palmerston North", 4410), ("Whanganui", 4500),
       ("Gisborne", 4010), ("Whangarei", 110), ("Masterton", 5810)]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_SHORT_MONTHS = ["Jan.", "Feb.", "Sept.", "Oct.", "Nov.", "Dec.", "Aug."]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ORD_WORDS = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 12: "twelfth", 15: "fifteenth",
              20: "twentieth", 21: "twenty-first", 23: "twenty-third", 28: "twenty-eighth", 30: "thirtieth"}
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]

_FREEMAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "yahoo.co.uk",
             "btinternet.com", "eircom.net", "bigpond.com", "optusnet.com.au", "xtra.co.nz", "shaw.ca",
             "rogers.com", "sympatico.ca", "comcast.net"]
_ORG_DOMAINS = ["fernhillcmhc.org", "kingsmererecovery.org", "ashgrovecounselling.co.uk", "westmerevetcenter.org",
                "pinecrest-ed.com", "hollowellperinatal.ie", "glenfieldtrial.org", "ravenscourt.ac.uk",
                "tamarackhealth.ca", "willowmerepsychology.co.nz", "harboursidemh.com.au", "eastbrookuni.edu"]


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 < d % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _age_words(a: int) -> str:
    if a < 100:
        return "ninety" + (f"-{_UNITS[a - 90]}" if a > 90 else "")
    return "a hundred" + (f" and {_UNITS[a - 100]}" if a > 100 else "")


def _person(r: random.Random) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    x = r.random()
    if x < 0.45:
        return f
    if x < 0.70:
        return f"{f} {last}"
    if x < 0.92:
        return last
    rare = r.randint(0, 3)
    if rare == 0:
        return r.choice(_RARE_FIRST)
    if rare == 1:
        return f"{f} {r.choice(_RARE_LAST)}"
    if rare == 2:
        return f"{f[0]}. {last}"
    return f"{r.choice(_RARE_FIRST)} {last}"


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.45:
        return r.choice(_TOWNS)
    if x < 0.57:
        town, region = r.choice(_TOWN_REGION)
        return f"{town}, {region}"
    if x < 0.90:
        return f"{r.choice(_PLACE_STEM)} {r.choice(_PLACE_KIND)}"
    if x < 0.95:
        return r.choice(_EMPLOYERS)
    return r.choice(_SAINTS)


def _postcode_tail(r: random.Random) -> str:
    return f"{r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _address(r: random.Random) -> str:
    n = r.randint
    street = r.choice(_STREETS)
    country = r.choice(["US", "US", "CA", "UK", "IE", "AU", "NZ", "ANY", "ANY"])
    if r.random() < 0.06:
        return r.choice([f"{n(1, 9)}/{n(2, 80)} {street} Street", f"PO Box {n(100, 9999)}"])
    if country == "ANY":
        return f"{n(2, 980)} {street} {r.choice(['Street', 'Road', 'Avenue', 'Drive', 'Lane', 'Court'])}"
    if country == "US":
        suffix = r.choice(['Street', 'Avenue', 'Drive', 'Court', 'Boulevard', 'Lane', 'St', 'Ave'])
        line = f"{n(10, 4990)} {street} {suffix}"
        town, state, z = r.choice(_US)
        return r.choice([line, f"{line}, Apt {n(1, 12)}{r.choice('ABCD')}",
                         f"{line}, {town}, {state} {z:03d}{n(1, 99):02d}"])
    if country == "CA":
        line = f"{n(2, 990)} {street} {r.choice(['Street', 'Crescent', 'Avenue', 'Road', 'Drive'])}"
        town, prov, fsa = r.choice(_CA)
        pc = f"{fsa} {n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{n(1, 9)}"
        return r.choice([line, f"{line}, {town}, {prov} {pc}", f"{line}, {town}"])
    if country == "UK":
        line = f"{n(1, 140)} {street} {r.choice(['Road', 'Close', 'Crescent', 'Gardens', 'Way', 'Lane', 'Street'])}"
        town, area = r.choice(_UK)
        return r.choice([line, f"Flat {n(1, 9)}, {line}", f"{line}, {town} {area}{n(1, 9)} {_postcode_tail(r)}"])
    if country == "IE":
        line = f"{n(1, 90)} {street} {r.choice(['Park', 'Road', 'Avenue', 'Grove', 'Drive', 'Heights'])}"
        town, county = r.choice(_IE)
        return r.choice([f"{line}, {town}", f"{line}, {town}, {county}", line])
    if country == "AU":
        line = f"{n(1, 160)} {street} {r.choice(['Street', 'Parade', 'Crescent', 'Avenue', 'Road', 'Court'])}"
        town, state, pc = r.choice(_AU)
        return r.choice([line, f"{line}, {town} {state} {pc}", f"{line}, {town}"])
    line = f"{n(1, 220)} {street} {r.choice(['Road', 'Terrace', 'Place', 'Street', 'Avenue'])}"
    town, pc = r.choice(_NZ)
    return r.choice([line, f"{line}, {town} {pc:04d}", f"{line}, {town}"])


def _date(r: random.Random) -> str:
    y, m, d = r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    day = datetime.date(y, m, d)
    if r.random() < 0.07:
        return r.choice([f"{r.choice(_SHORT_MONTHS)} {_ordinal(d)}",
                         f"the {_ORD_WORDS[r.choice(sorted(_ORD_WORDS))]}", day.isoformat()])
    forms = [f"{mon} {_ordinal(d)}", f"{mon} {d}", f"the {_ordinal(d)}", f"{m}/{d}/{y}", f"{d:02d}/{m:02d}/{y}",
             f"{mon} {_ordinal(d)}, {y}", f"{_WEEKDAYS[r.randint(0, 6)]} the {_ordinal(d)}", f"{_ordinal(d)} {mon}",
             f"the {_ordinal(d)} of {mon}", f"{d} {mon} {y}", f"{_WEEKDAYS[day.weekday()]}, {mon} {_ordinal(d)}, {y}",
             f"{m}/{d}"]
    return r.choice(forms)


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    return _age_words(a) if r.random() < 0.09 else str(a)


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.05:
        return r.choice([f"+44 7700 {n(900000, 900999)}", f"+61 491 570 {n(100, 999)}",
                         f"+1 (555) {n(200, 999)}-{n(0, 9999):04d}"])
    style = r.randint(0, 11)
    if style in (0, 1):
        return f"(555) {n(200, 999)}-{n(0, 9999):04d}"
    if style == 2:
        return f"555-{n(200, 999)}-{n(0, 9999):04d}"
    if style == 3:
        return f"({r.choice([613, 416, 604, 902, 505, 614, 312, 207])}) 555-01{n(0, 99):02d}"
    if style == 4:
        return f"{r.choice([519, 780, 404, 503])}-555-01{n(0, 99):02d}"
    if style == 5:
        return f"07700 {n(900000, 900999)}"
    if style == 6:
        return r.choice([f"0161 496 {n(0, 999):04d}", f"020 7946 {n(0, 999):04d}", f"0113 496 {n(0, 999):04d}"])
    if style == 7:
        return r.choice([f"08{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}", f"01 {n(200, 999)} {n(1000, 9999)}"])
    if style == 8:
        return f"04{n(10, 99)} {n(100, 999)} {n(100, 999)}"
    if style == 9:
        return f"({r.choice(['02', '03', '07', '08'])}) 5550 {n(1000, 9999)}"
    if style == 10:
        return f"02{r.choice('127')} {n(100, 999)} {n(1000, 9999)}"
    return f"({r.choice(['09', '04', '03', '07'])}) {n(200, 999)} {n(1000, 9999)}"


def _email(r: random.Random) -> str:
    f, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower().replace("'", "")
    user = r.choice([f"{f}.{last}", f"{f}{last}", f"{f[0]}{last}{r.randint(1, 99)}", f"{f}_{last[0]}",
                     f"{f}{r.randint(70, 99)}", f"{last}.{f}"])
    x = r.random()
    if x < 0.06:
        return f"{user.replace('.', ' dot ').replace('_', ' underscore ')} at gmail dot com"
    if x < 0.70:
        return f"{user}@{r.choice(_FREEMAIL)}"
    role = r.choice(["intake", "reception", "admin", "bookings", f"{f}.{last}", f"{f[0]}.{last}", "research"])
    return f"{role}@{r.choice(_ORG_DOMAINS)}"


def _url(r: random.Random) -> str:
    dom = r.choice(_ORG_DOMAINS)
    path = r.choice(["", "", "/intake", "/book", "/resources", "/meetings", "/participants", "/groups/recovery",
                     "/contact", "/after-your-session", "/referral-form"])
    x = r.random()
    if x < 0.06:
        return f"bit.ly/{r.choice(['fh', 'km', 'ag', 'wm'])}{r.randint(10, 99)}{r.choice(['x', 'Q', 'tz', 'Lp'])}"
    if x < 0.40:
        return f"https://www.{dom}{path}"
    if x < 0.70:
        return f"www.{dom}{path}"
    return f"{dom}{path}"


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.05:
        return f"{n(100, 665)}{n(10, 99)}{n(1000, 9999)}"
    if x < 0.50:
        return f"{n(100, 665)}-{n(10, 99)}-{n(1000, 9999)}"
    kind = r.randint(0, 4)
    if kind == 0:
        return f"{n(100, 799)} {n(100, 999)} {n(100, 999)}"
    if kind == 1:
        a, b = r.choice("ABCEHJKLMNPRSTWXYZ"), r.choice("ABCEHJKLMNPRSTWXYZ")
        num = f"{n(10, 99)} {n(10, 99)} {n(10, 99)}"
        return r.choice([f"{a}{b} {num} {r.choice('ABCD')}", f"{a}{b}{num.replace(' ', '')}{r.choice('ABCD')}"])
    if kind == 2:
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMNPRTW')}{r.choice(['', 'A', 'H'])}"
    if kind == 3:
        return f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    return r.choice([f"{n(10, 149)}-{n(100, 999)}-{n(100, 999)}", f"0{n(10, 99)} {n(100, 999)} {n(100, 999)}"])


def _id(r: random.Random) -> str:
    n = r.randint
    kind = r.randint(0, 11)
    if kind in (0, 1):
        return str(n(100000, 9999999))
    if kind == 2:
        return f"{r.choice(['M', 'H', 'RX'])}{n(100000, 999999)}"
    if kind == 3:
        return f"{r.choice(['XKW', 'BCQ', 'MHP', 'ZGN'])}{n(100000000, 999999999)}"
    if kind == 4:
        return f"{n(400, 499)} {n(100, 999)} {n(1000, 9999)}"
    if kind == 5:
        return f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}"
    if kind == 6:
        return f"{r.choice('ZABCDEGHJ')}{r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}{n(1000, 9999)}"
    if kind == 7:
        return f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(['AB', 'KT', 'MR', 'XJ'])}"
    if kind == 8:
        return f"{r.choice(['PSI', 'GLT', 'MDT'])}-{n(1, 240):03d}"
    if kind == 9:
        return f"{r.choice(['SCR', 'CL', 'ACC'])}-{n(1000, 99999)}"
    if kind == 10:
        return f"{n(2015, 2025)}{n(1000, 99999):05d}"
    return f"{r.choice(['YB', 'QM', 'TN'])}{n(10000000, 99999999)}"


def value(kind: str, r: random.Random) -> str:
    """One invented identifier of *kind*, drawn only with *r*."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "My sister {} came with me to the assessment.",
        "Dr. {} wants me to stay on sertraline 50 mg for now.",
        "I haven't spoken to {} since the funeral.",
        "My husband, {}, does the night feeds so I can get some sleep.",
        "Mr. {} from the housing office finally rang me back.",
        "Ms. {} was one of my guides on the dosing day, and she was lovely.",
        "I told my sponsor, {}, that I'd had a drink.",
        "{} is the one who found me after the overdose.",
        "My mam keeps asking if I've rung {} yet.",
        "It was {}'s idea for me to come to the clinic.",
        "My roommate {} noticed I wasn't eating in the dining hall.",
        "Mrs. {} at the school said my son is struggling.",
        "My mate {} was in the same unit as me on the base.",
        "The dietitian, {}, put extra snacks on the meal plan.",
        "I keep dreaming about {} and the convoy.",
        "When I was using, {} was the only friend who stayed.",
        "My partner {} sat with me during the preparation session.",
        "The midwife was called {}, and she was really kind.",
        "Is {} still your emergency contact?",
        "My grandad {} worked down the mine his whole life.",
        "I think about {} every time the music gets loud.",
        "{} from the detox unit said there might be a bed next week.",
        "Dr. {}'s letter to the GP says moderate depression.",
        "My daughter {} turned six and I missed her party.",
        "I've been seeing a lad called {} for a few months now.",
        "My nan, {}, basically raised me.",
        "Ms. {} is my care coordinator now.",
        "The health visitor, {}, did the EPDS with me.",
        "I told {} about the trial and she reckons it's a bad idea.",
        "My counsellor at uni before you was {}.",
    ],
    "LOCATION": [
        "I grew up in {} and moved away after school.",
        "We were posted to {} for three years.",
        "They admitted me to {} after the second overdose.",
        "My mum still lives out near {}.",
        "I was born at {}, so it feels strange going back.",
        "I did my detox at {}.",
        "The meeting I go to is at {}.",
        "My kids go to {}.",
        "I've been working nights at {} since I left the army.",
        "We moved to {} when my husband got the job.",
        "The baby was delivered at {}.",
        "I used to drive over to {} to score.",
        "I transferred here from {} in my second year.",
        "Before this I was seeing someone at {}.",
        "My brother's in {} now, so I don't see him much.",
        "Honestly, {} was the worst place to try to get sober.",
        "They wanted to send me to the unit at {}, but there was no bed.",
        "After the divorce I went back home to {}.",
        "Is {} the nearest place you could get the scan?",
        "The dosing sessions were held at {}, in a room with a big couch.",
        "I was an inpatient at {} for six weeks, mostly for weight restoration.",
        "We got married at {}.",
        "The vet center in {} is where I first talked about it.",
        "My first proper job was at {}.",
        "I still get the bus to {} most weekends.",
        "Everyone in {} knows everyone, so I didn't want to see the local GP.",
        "My dad ended up in {} with his heart.",
        "I spent most of my twenties in {}.",
    ],
    "ADDRESS": [
        "I'm at {} now, the one with the blue door.",
        "My new address is {}.",
        "We lived at {} until the landlord sold up.",
        "Send the letters to {}, not my mum's place.",
        "The sober house is at {}.",
        "Can you update my address to {}?",
        "The group meets at {}, round the back.",
        "I'm staying with my sister at {} for now.",
        "The food bank is at {}.",
        "I grew up at {}, right next to the school.",
        "My old flat was {}, and it was damp the whole time.",
        "The midwife came out to {} for the home visit.",
        "The address on my licence is still {}.",
        "So the postal address is {}, is that right?",
        "I've put {} on the consent form.",
        "He lives at {}, about ten minutes from me.",
        "The police brought me home to {} that night.",
        "Our house at {} is up for sale, so we have to move.",
        "The paperwork for the claim all goes to {}.",
        "I've been sleeping on a mate's couch at {}.",
        "My gran's house is {}, and I go there when it gets bad.",
        "The taxi will pick me up from {} after the dosing day.",
        "The letter went to {}, which is my old place.",
        "I rent a room at {} with two other students.",
        "My ex still lives at {}, so I avoid that whole street.",
        "You can post the questionnaires to {}.",
    ],
    "DATE": [
        "My last drink was on {}.",
        "The baby was born on {}.",
        "I've been off the olanzapine since {}.",
        "The dosing day is booked for {}.",
        "My next weigh-in is {}.",
        "I moved into the dorm on {}.",
        "I left the service on {}, and it's been hard ever since.",
        "The integration session is on {}, right?",
        "Dad passed away on {}.",
        "We signed the consent forms on {}.",
        "I was discharged from the ward on {}.",
        "My due date is {}.",
        "The hearing for my claim is on {}.",
        "Since {} I haven't purged once.",
        "The screening visit was {}.",
        "I started the methadone on {}.",
        "My exam is on {}, so that's why I'm so stressed.",
        "Can we move the next session to {}?",
        "The last time I used was {}.",
        "I go back to work on {}.",
        "The health visitor is coming on {}.",
        "My GP appointment got moved to {}.",
        "We had the fight on {}, and I haven't seen him since.",
        "The results from the scan came back on {}.",
        "My sobriety date is {}.",
        "I went into the detox unit on {}.",
        "So we'll see you on {} for the preparation session?",
        "The essay was due {}, and I just froze.",
    ],
    "AGE": [
        "My nan is {} and still lives on her own.",
        "He was {} when he died, so it wasn't a shock, but it still hurt.",
        "Grandad turned {} and we had a party at the care home.",
        "She's {} now, and she doesn't always know who I am.",
        "I look after my great-aunt, who is {}.",
        "My grandmother is a {}-year-old with dementia.",
        "Mum's mum is {} and sharper than any of us.",
        "He's {} years old and still drives, which terrifies me.",
        "My grandad made it to {}.",
        "Honestly, my gran at {} has more energy than I do.",
        "The lady next door is {}, and I do her shopping.",
        "When she turned {}, the whole family came over.",
        "He's a {}-year-old veteran and still goes to the reunions.",
        "My great-grandmother lived to {}.",
        "Is it your grandfather who is {}?",
        "My nana is {} and she was the one who told me to get help.",
        "Dad's aunt died at {}, in her sleep.",
        "She's {}, and she still phones me every morning.",
        "My grandpa is {} and he was in the war.",
        "Caring for a {}-year-old on top of a newborn is a lot.",
        "He's turning {} soon, and I'm dreading the party.",
        "My gran was {} when she moved into the home.",
        "Everyone says I'll live to {} like my nan.",
        "The oldest man in my meeting is {} and has been sober forty years.",
        "Aged {}, she still walks to church.",
        "My grandmother is {} years old and lives with us.",
    ],
    "PHONE": [
        "My mobile is {}.",
        "You can reach me on {} most evenings.",
        "The best number for me is {}.",
        "My sponsor's number is {}, if you need it.",
        "The crisis line they gave me was {}.",
        "Call my husband on {} if anything happens on the dosing day.",
        "My new number is {}, I lost the old phone.",
        "Is {} still the right number for you?",
        "The midwife said to ring {} if the bleeding gets worse.",
        "My mum's landline is {}.",
        "I rang the clinic on {} but nobody picked up.",
        "Just text me on {} to confirm.",
        "The vet center's number is {}.",
        "My work number is {}, but please don't leave a message there.",
        "The detox unit's direct line is {}.",
        "I've written {} on the back of my hand so I don't forget it.",
        "The emergency contact number is {}.",
        "The number on my trial card is {}.",
        "My roommate's number is {}, she knows everything.",
        "You can leave a voicemail on {}.",
        "My dad's mobile is {}.",
        "They told me to call {} to book the scan.",
        "The number for the eating disorder helpline is {}.",
        "The health visitor left her number, {}.",
        "If I don't answer, try {}.",
        "I changed my number to {} after the break-up.",
    ],
    "EMAIL": [
        "My email is {}.",
        "Can you send the worksheets to {}?",
        "I emailed {} about the consent form but heard nothing back.",
        "The trial coordinator's email is {}.",
        "It's best to use {}, I check that one more.",
        "I've set up a new email, {}, because my ex knows the old one.",
        "Please copy in my partner at {}.",
        "The booking confirmation came from {}.",
        "My tutor's email is {}, if you need to write a letter.",
        "Is {} the right email for the questionnaires?",
        "Send the meal plan to {}.",
        "I wrote to {} to complain.",
        "My mum wants the updates sent to {}.",
        "Everything for the claim goes through {}.",
        "The integration notes came from {}.",
        "You can reach me at {} during the day.",
        "I got a reminder from {} this morning.",
        "The dietitian's address is {}.",
        "My sponsor said to email {} for the meeting list.",
        "Put {} on the referral, please.",
        "I use {} for anything medical.",
        "My work email is {}, but I'd rather you didn't use it.",
        "The intake form said to reply to {}.",
        "Did you get my message from {}?",
        "My husband's email is {}.",
        "The surgery's email is {}.",
    ],
    "URL": [
        "I found the clinic on {}.",
        "The intake form is on {}.",
        "You can book online at {}.",
        "The trial's page is {}.",
        "There's a meeting finder at {}.",
        "The dietitian sent me to {} for recipes.",
        "I read about the study on {}.",
        "The playlist for the dosing day is linked from {}.",
        "My sister found {} and made me sign up.",
        "The page for the support group is {}.",
        "It says on {} that they do evening sessions.",
        "You can download the workbook from {}.",
        "Their website is {}.",
        "I left a review on {}.",
        "The link they texted me was {}.",
        "Have a look at {} before next time.",
        "The perinatal team's page is {}.",
        "I booked my slot through {}.",
        "The vet center has a page, {}.",
        "The referral form is at {}.",
        "I filled in the screening questions on {}.",
        "All the resources are on {}.",
        "They told me to check {} for the group times.",
        "I bookmarked {} so I can find it when I'm struggling.",
        "The counselling centre's site is {}.",
        "There's a video about preparation on {}.",
    ],
    "SSN": [
        "My social security number is {}.",
        "For the benefits form they want my SSN, which is {}.",
        "My SIN is {}.",
        "My National Insurance number is {}.",
        "The PPS number on my card is {}.",
        "My tax file number is {}.",
        "My IRD number is {}.",
        "I had to read out my social security number, {}, over the phone.",
        "The form asked for my social insurance number, so I put {}.",
        "My NI number is {}, if you need it for the letter.",
        "Is your social security number still {}?",
        "They've got my SSN down as {}, which is wrong.",
        "My PPS is {}.",
        "For the payroll at the new job I gave them {}.",
        "The bank wanted the whole social security number, {}.",
        "My national insurance is {}.",
        "My TFN is {}.",
        "Somebody used my social security number, {}, to open a credit card.",
        "The disability claim needs my SSN, {}.",
        "My husband's social security number is {}.",
        "I wrote my SIN, {}, on the wrong line.",
        "My mum's PPS number is {}, for the carer's allowance.",
        "The housing form wants my National Insurance number: {}.",
        "Her social security number is {}.",
        "My IRD is {}, for the student loan.",
        "I keep my card in the safe; the number is {}.",
    ],
    "ID": [
        "My medical record number is {}.",
        "The hospital number on my wristband was {}.",
        "My insurance member ID is {}.",
        "The policy number is {}.",
        "My Medicaid number is {}.",
        "The account number on the bill is {}.",
        "My VA claim number is {}.",
        "My student number is {}.",
        "My NHS number is {}.",
        "My Medicare number is {}.",
        "My NHI number is {}.",
        "My health card number is {}.",
        "My client number at the treatment centre is {}.",
        "My participant number for the trial is {}.",
        "The screening number on my folder is {}.",
        "The referral reference is {}.",
        "They asked for my MRN, which is {}.",
        "Can you check I'm under {} on the system?",
        "The baby's hospital number is {}.",
        "My member number for the health fund is {}.",
        "The claim reference they gave me was {}.",
        "My group number at work is {}, for the EAP.",
        "The pharmacy has me under patient number {}.",
        "My case number with the housing office is {}.",
        "My chart number at the clinic is {}.",
        "The prescription was filed under {}.",
        "My student ID is {}, for the extension form.",
    ],
}
