"""A thirty-eighth SYNTHETIC transcript set for benchmarks/deid.py: the thirty-sixth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand are
used as places only, never with a person; every hospital, clinic, counselling practice, medical centre,
school, trial, retreat centre and workplace name is made up). Written on 2026-12-07 by an engineer who
had NOT seen the de-identifier's rules, its docs page, its tests or the contents of the earlier sets
(only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout35.py their docstrings, plus the ``value`` signature and the
``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no
line of this file was changed after its first run. It was first run on the seventeenth round's rules
(main at commit e49923d) and measures how the rules do on transcripts they were not written for; it
stays a blind set until a later round makes it a development set.

Style: ORDINARY AUTOMATIC TRANSCRIPTS of psychotherapy sessions and research interviews as today's
tools write them and researchers export them: Whisper, Otter.ai, Zoom and Teams auto-captions and
transcript exports -- VTT/SRT-like cue lines with timestamps (``00:12:03.440 --> 00:12:07.120``,
``[00:14:07]``, ``Speaker 2  14:07``), ``Speaker 1``/``SPEAKER_00`` diarisation labels, a Teams ``<v
Speaker 2>`` voice tag, now and then a meeting participant's display name as the label (then the label is
the planted name); mostly correct capitals and punctuation, numbers as such tools write them (usually
digits, ``$``, ``%``, ``3rd``, phone numbers as digit groups, some spelled out), occasional
mis-recognitions (``sick trist``, ``sill a sibbin``), run-on turns with ``so``, ``and``, ``like``.  The
benchmark's generator writes every turn as ``Therapist:``/``Client:``, so a template's own cue and label sit inside the
``Client:`` turn; a template is sometimes the clinician's or interviewer's line (a question, a number
read back).  Settings: telehealth CBT, counselling, couples therapy, a psilocybin or ketamine trial's
remote preparation and integration sessions, and qualitative follow-up interviews over Zoom.  Speakers
from the US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``, ``mom``, ``mam``,
``nan``, ``the GP``, ``uni``, ``reckon``, ``grand``, ``heaps``).  This set estimates how the rules do on
ordinary automatic transcripts, so it is kept plain and natural and does not chase variety for its own
sake.
Identifier forms: the MOST COMMON forms such tools produce, evenly spread; hard or exotic forms are
rare (under one in ten of each type).  Names: a first name alone (the most common form), a full name,
a surname after ``Dr``/``Dr.``/``Mr``/``Mrs``/``Ms`` (the title in the carrier), a relative's,
partner's or friend's name after a kin word in the carrier, a possessive ``'s`` in the carrier, a short
form (``Shaz``, ``Davo``); rarely a display name as the cue label, a hyphenated first name, an ``O'``
surname or a name the tool wrote in lower case.  Places: the city, town or suburb someone lives in,
grew up in or moved to (``Bendigo``, ``Stockport``, ``Guelph``, ``Dundalk``, ``Tauranga``, ``Dayton``,
``Footscray``), and made-up hospitals, clinics, counselling practices, medical centres, schools,
retreat centres and workplaces by name (``Harwood Valley Hospital``, ``Brackenridge High``); rarely a
town with its state, county or province.  Addresses as said and as the tool writes them: a street line
with digits (``27 Fernlea Road``), a US line with ``Apt 3B`` or with town, state and ZIP, a UK line
with ``Flat 4,`` or a postcode, an Irish estate line with its town, an Australian line with suburb,
state and postcode, a NZ line with its town and postcode, a Canadian line with city and province;
rarely a house number in words or an Australian ``4/18`` unit line.  Dates as said (calendar dates
only, no holidays): ``March 3rd``, ``March 3``, ``the 14th``, ``on the 2nd of May`` (``on`` in the
carrier), ``3rd of March``, ``14th March``, ``Friday the 9th``, ``May 2nd, 2023`` (a weekday agrees with
a date that carries a year), ``3/14`` and ``14/3``; rarely ``the twenty-first``, ``March third`` or a
dotted date.  Ages over 89 (90-110): digits (most), words (``ninety-three``, as Whisper sometimes
writes them), rarely ``a hundred and two``; the unit (``years old``) in the carrier.  Phones in local
formats as digit groups: US and Canadian ``(413) 555-0187``, ``413-555-0187``, ``413 555 0187``
(555-01xx fiction numbers), UK ``07700 900xxx`` mobiles and ``0161 496 0xxx`` / ``020 7946 0xxx``
landlines, Irish ``087``/``085`` mobiles and ``01`` landlines, Australian ``0491 570 xxx`` mobiles and
``(02) 5550 xxxx`` landlines, NZ ``021``/``027`` mobiles and ``(09)`` landlines; rarely with a country
code, an extension or spelled out digit by digit.  Emails: as the tool writes a spoken one, either
``jane.doe@gmail.com`` (most) or ``jane dot doe at gmail dot com``, free-mail and ISP addresses of these
countries and invented practice, clinic and trial addresses.  Web addresses: invented practice, clinic,
trial, retreat, booking and resource pages with and without ``https://`` and ``www``; rarely a spoken
``dot com`` one.  SSNs as each country's national number (planted as SSN -- a judgement call): US
social security numbers, Canadian SINs, UK National Insurance numbers, Irish PPS numbers, Australian tax
file numbers and NZ IRD numbers, the cue in the carrier (``value`` and the template are drawn
independently, so not always the matching one); rarely read out in words.  IDs (the cue always in the
carrier, never in the span): medical record numbers, insurance member and policy numbers, trial
participant and screening numbers, account and claim numbers, NHS numbers, Australian Medicare numbers,
NZ NHI numbers and Ontario health card numbers.
A title, kin word, speaker label, timestamp or possessive ``'s`` next to a name, an article before a
place and ``on`` before a date stay outside the span; a date's own words (``the 3rd of March``,
``Friday the 9th``) are inside it.  ``value`` and the template are drawn independently (deid.py's
design), so now and then a form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: timestamps and cue numbers, speaker labels
(``Speaker 1``, ``SPEAKER_00``), drugs and doses (psilocybin 25 mg, ketamine, sertraline 100 mg,
escitalopram), scales (PHQ-9, GAD-7), amounts (``$40``, ``80%``), ages under 90, kin words as common
nouns (my mum, my nan, the kids, my partner), the names of the tools (Zoom, Teams) and place-like
common words (the clinic, the GP, the practice, the school, work, uni); they hold no other name,
place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

FIRST_F = ["Megan", "Kirsty", "Aoife", "Tamsin", "Shauna", "Nicole", "Hannah", "Brooke", "Jodie", "Leanne",
           "Ciara", "Rachel", "Courtney", "Danielle", "Kayla", "Niamh", "Stacey", "Bethany", "Renee", "Tara",
           "Melissa", "Chloe", "Holly", "Erin", "Vanessa", "Gemma", "Lauren", "Maddie", "Sinead", "Alana"]
FIRST_M = ["Jason", "Declan", "Brodie", "Travis", "Liam", "Callum", "Darren", "Tyler", "Ryan", "Shane",
           "Nathan", "Kieran", "Brett", "Jordan", "Dylan", "Owen", "Mitchell", "Craig", "Eoin", "Marcus",
           "Scott", "Rhys", "Troy", "Jamie", "Wiremu", "Corey", "Aidan", "Trent", "Gavin", "Hamish"]
SHORT = ["Shaz", "Davo", "Mikey", "Jess", "Bec", "Tommo", "Steph", "Gaz", "Kat", "Robbo", "Mo", "Sam"]
HYPHEN = ["Mary-Kate", "Anne-Marie", "Jean-Luc", "Lily-Mae", "Sarah-Jane"]
SURNAME = ["Whitfield", "McAllister", "Brennan", "Pritchard", "Henderson", "Okoro", "Fenwick", "Doherty",
           "Lockhart", "Tremblay", "Sandhu", "Barraclough", "Nguyen", "Ferreira", "Costigan", "Ashworth",
           "Maguire", "Pennington", "Rangi", "Kowalski", "Sutcliffe", "Hargreaves", "Delaney", "Bouchard",
           "Morrow", "Tait", "Quinlan", "Radford", "Ellison", "Mbatha", "Carmody", "Strachan"]
O_SURNAME = ["O'Donnell", "O'Rourke", "O'Halloran", "O'Keeffe"]

TOWNS = ["Bendigo", "Toowoomba", "Ipswich", "Rotorua", "Tauranga", "Napier", "Whangarei", "Galway", "Limerick",
         "Dundalk", "Sligo", "Kilkenny", "Leeds", "Stockport", "Wigan", "Bolton", "Norwich", "Exeter", "Doncaster",
         "Moncton", "Guelph", "Barrie", "Lethbridge", "Red Deer", "Nanaimo", "Sudbury", "Kamloops", "Dayton",
         "Akron", "Modesto", "Lubbock", "Boulder", "Olympia", "Syracuse", "Worcester", "Providence", "Gainesville",
         "Fort Collins", "Ann Arbor", "Santa Rosa", "Parramatta", "Fremantle", "Footscray", "Glenelg", "Ponsonby",
         "Petone", "Riccarton", "Swords", "Bray", "Salford", "Headingley", "Mullingar", "Ballina", "Invercargill",
         "Palmerston North", "Wagga Wagga", "Coffs Harbour", "St. Albert", "Peterborough", "Chorley"]
TOWN_REGION = ["Dayton, Ohio", "Guelph, Ontario", "Bendigo, Victoria", "Mullingar, County Westmeath",
               "Akron, Ohio", "Kamloops, BC", "Wigan, Greater Manchester", "Toowoomba, Queensland",
               "Lubbock, Texas", "Nanaimo, British Columbia"]
PLACE_STEM = ["Harwood Valley", "Ferncliff", "Brackenridge", "Tallow Point", "Millthorpe", "Ashgrove Park",
              "Copperleaf", "Greyhaven", "Linden Hill", "Rosewell", "Stonemere", "Bramley Cross", "Clearwater Bay",
              "Northgate", "Hollybank", "Waratah Ridge", "Pohutukawa", "Cedar Run", "Kilbride", "Maplecroft"]
PLACE_KIND = ["Hospital", "Community Hospital", "Medical Centre", "Medical Center", "Health Centre", "Clinic",
              "Counselling", "Counseling Center", "Psychology", "Primary School", "High School", "High",
              "Integration Centre", "Research Institute", "Freight", "Logistics", "Bakery", "Private Hospital",
              "Family Practice", "Secondary School"]

STREET = ["Fernlea", "Rosebank", "Ashby", "Colwyn", "Pinecrest", "Thistledown", "Hawthorne", "Merrivale",
          "Larch Hill", "Tern", "Sandpiper", "Elmore", "Brookfield", "Wattle", "Kowhai", "Glenview", "Foxley",
          "Bellbird", "Chestnut", "Orchard", "Riverbend", "Sycamore", "Halsey", "Carrick", "Meadowlark", "Tannery"]
ST_KIND = ["Street", "Road", "Avenue", "Drive", "Close", "Crescent", "Place", "Terrace", "Grove", "Court", "Lane",
           "Way", "St", "Rd", "Ave"]
US_TOWN = [("Dayton", "OH", "454"), ("Akron", "OH", "443"), ("Modesto", "CA", "953"), ("Boulder", "CO", "803"),
           ("Olympia", "WA", "985"), ("Syracuse", "NY", "132"), ("Gainesville", "FL", "326"), ("Lubbock", "TX", "794")]
UK_TOWN = [("Stockport", "SK4"), ("Wigan", "WN1"), ("Bolton", "BL3"), ("Norwich", "NR2"), ("Exeter", "EX4"),
           ("Leeds", "LS6"), ("Doncaster", "DN4")]
IE_TOWN = ["Dundalk", "Mullingar", "Sligo", "Kilkenny", "Ballina", "Swords", "Bray", "Galway"]
IE_ESTATE = ["Park", "Lawn", "Heights", "View", "Grove", "Drive"]
AU_TOWN = [("Bendigo", "VIC", "3550"), ("Footscray", "VIC", "3011"), ("Toowoomba", "QLD", "4350"),
           ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Parramatta", "NSW", "2150"),
           ("Coffs Harbour", "NSW", "2450")]
NZ_TOWN = [("Tauranga", "3110"), ("Rotorua", "3010"), ("Napier", "4110"), ("Whangarei", "0110"),
           ("Petone", "5012"), ("Invercargill", "9810")]
CA_TOWN = [("Guelph", "Ontario", "N1E"), ("Barrie", "Ontario", "L4M"), ("Moncton", "New Brunswick", "E1C"),
           ("Kamloops", "BC", "V2C"), ("Lethbridge", "Alberta", "T1J")]

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

FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "yahoo.ca",
            "icloud.com", "bigpond.com", "xtra.co.nz", "eircom.net", "live.ie", "yahoo.com", "btinternet.com",
            "optusnet.com.au", "shaw.ca"]
ORG_DOMAIN = ["ferncliffcounselling.com.au", "harwoodvalleyhealth.org", "tallowpointpsychology.co.nz",
              "linden-hill-clinic.ca", "stonemeretrial.org", "brackenridgeps.ie", "copperleafwellbeing.co.uk",
              "clearwaterbayintegration.com", "maplecroftfamilypractice.com", "rosewellresearch.org.au"]
ORG_LOCAL = ["intake", "admin", "reception", "referrals", "study", "hello", "bookings", "research.team"]


def _suffix(d: int) -> str:
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _first(r: random.Random) -> str:
    return r.choice(FIRST_F + FIRST_M)


def _words_under_100(n: int) -> str:
    tens = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen"]
    if n < 10:
        return UNITS[n]
    if n < 20:
        return teens[n - 10]
    t, u = divmod(n, 10)
    return tens[t] + (f"-{UNITS[u]}" if u else "")


def _spell_digits(s: str) -> str:
    return " ".join(DIGIT_WORDS[int(c)] if c.isdigit() else "," for c in s if c.isdigit() or c == " ").replace(
        " ,", ",")


def _person(r: random.Random) -> str:
    x = r.random()
    if x < 0.44:
        return _first(r)
    if x < 0.64:
        return f"{_first(r)} {r.choice(SURNAME)}"
    if x < 0.82:
        return r.choice(SURNAME)
    if x < 0.92:
        return r.choice(SHORT)
    # rare forms
    return r.choice([r.choice(HYPHEN), f"{_first(r)} {r.choice(O_SURNAME)}", _first(r).lower(),
                     r.choice(O_SURNAME)])


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.58:
        return r.choice(TOWNS)
    if x < 0.92:
        return f"{r.choice(PLACE_STEM)} {r.choice(PLACE_KIND)}"
    return r.choice(TOWN_REGION)


def _address(r: random.Random) -> str:
    n = r.randint
    street = f"{r.choice(STREET)} {r.choice(ST_KIND)}"
    x = r.random()
    if x < 0.38:
        return f"{n(2, 480)} {street}"
    if x < 0.48:
        town, st, z = r.choice(US_TOWN)
        return r.choice([f"{n(100, 9800)} {street}, Apt {n(1, 12)}{r.choice('ABCD')}",
                         f"{n(100, 9800)} {street}, {town}, {st} {z}{n(10, 99)}"])
    if x < 0.58:
        town, pc = r.choice(UK_TOWN)
        return r.choice([f"Flat {n(1, 9)}, {n(2, 120)} {street}",
                         f"{n(2, 120)} {street}, {town} {pc} {n(1, 9)}{r.choice('ABDEFHJLNPQRSTUWXY')}"
                         f"{r.choice('ABDEFHJLNPQRSTUWXY')}"])
    if x < 0.67:
        return f"{n(1, 88)} {r.choice(STREET)} {r.choice(IE_ESTATE)}, {r.choice(IE_TOWN)}"
    if x < 0.77:
        town, st, pc = r.choice(AU_TOWN)
        return f"{n(2, 140)} {street}, {town} {st} {pc}"
    if x < 0.85:
        town, pc = r.choice(NZ_TOWN)
        return f"{n(2, 140)} {street}, {town} {pc}"
    if x < 0.93:
        town, prov, fsa = r.choice(CA_TOWN)
        return r.choice([f"{n(10, 990)} {street}, {town}, {prov}", f"{n(10, 990)} {street}, {town}, {prov} {fsa} "
                         f"{n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{n(1, 9)}"])
    # rare forms
    return r.choice([f"{_words_under_100(n(21, 99))} {street}", f"{n(1, 9)}/{n(2, 60)} {street}"])


def _date(r: random.Random) -> str:
    n = r.randint
    mi, d = n(0, 11), n(1, 28)
    m, o = MONTHS[mi], f"{d}{_suffix(d)}"
    x = r.random()
    if x < 0.22:
        return f"{m} {o}"
    if x < 0.30:
        return f"{m} {d}"
    if x < 0.44:
        return f"the {o}"
    if x < 0.56:
        return f"the {o} of {m}"
    if x < 0.64:
        return f"{o} of {m}"
    if x < 0.71:
        return f"{o} {m}"
    if x < 0.78:
        return f"{r.choice(WEEKDAYS)} the {o}"
    if x < 0.85:
        y = n(2019, 2025)
        wd = WEEKDAYS[datetime.date(y, mi + 1, d).weekday()]
        return r.choice([f"{m} {o}, {y}", f"{m} {d}, {y}", f"{wd}, {m} {o}, {y}", f"{d} {m} {y}"])
    if x < 0.93:
        return r.choice([f"{mi + 1}/{d}", f"{d}/{mi + 1}"])
    # rare forms
    return r.choice([f"the {ORD_WORDS[d]}", f"{m} {ORD_WORDS[d]}", f"{d}.{mi + 1}.{n(19, 25)}"])


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    x = r.random()
    if x < 0.78:
        return str(a)
    if x < 0.93 and a < 100:
        return _words_under_100(a)
    return r.choice(["a hundred", "a hundred and two", "a hundred and one", "100", "104"])


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.30:
        a, c = n(201, 989), n(0, 99)
        num = r.choice([f"({a}) 555-01{c:02d}", f"{a}-555-01{c:02d}", f"{a} 555 01{c:02d}"])
    elif x < 0.47:
        num = r.choice([f"07700 900{n(0, 999):03d}", f"0161 496 0{n(0, 999):03d}", f"020 7946 0{n(0, 999):03d}"])
    elif x < 0.62:
        num = r.choice([f"087 {n(100, 999)} {n(1000, 9999)}", f"085 {n(100, 999)} {n(1000, 9999)}",
                        f"01 {n(200, 999)} {n(1000, 9999)}"])
    elif x < 0.79:
        num = r.choice([f"0491 570 {n(100, 999)}", f"(02) 5550 {n(1000, 9999)}", f"0491 570 {n(100, 999)}"])
    elif x < 0.93:
        num = r.choice([f"021 {n(100, 999)} {n(1000, 9999)}", f"027 {n(100, 999)} {n(1000, 9999)}",
                        f"(09) {n(200, 999)} {n(1000, 9999)}"])
    else:  # rare forms
        a = n(201, 989)
        num = r.choice([f"+44 7700 900{n(0, 999):03d}", f"+61 491 570 {n(100, 999)}",
                        f"({a}) 555-01{n(0, 99):02d} extension {n(10, 450)}",
                        _spell_digits(f"{a} 555 01{n(0, 99):02d}")])
    return num


def _email(r: random.Random) -> str:
    f, s = _first(r).lower(), r.choice(SURNAME).lower().replace("'", "")
    x = r.random()
    if x < 0.55:
        local = r.choice([f"{f}.{s}", f"{f}{s}", f"{f}.{s}{r.randint(1, 99)}", f"{f}_{s}", f"{f[0]}{s}"])
        return f"{local}@{r.choice(FREEMAIL)}"
    if x < 0.72:
        return f"{r.choice(ORG_LOCAL)}@{r.choice(ORG_DOMAIN)}"
    # spoken, as the tool writes it
    local = r.choice([f"{f} dot {s}", f"{f} dot {s}", f"{f}{s}", f"{f} dot {s} {r.randint(1, 99)}"])
    dom = r.choice(FREEMAIL).replace(".", " dot ")
    return f"{local} at {dom}"


def _url(r: random.Random) -> str:
    d = r.choice(ORG_DOMAIN)
    path = r.choice(["", "", "/book", "/resources", "/integration", "/study-info", "/contact", "/groups",
                     f"/resources/handout-{r.randint(1, 12)}", "/preparation-guide", "/fees"])
    x = r.random()
    if x < 0.35:
        return f"www.{d}{path}"
    if x < 0.62:
        return f"https://{d}{path}"
    if x < 0.78:
        return f"{d}{path}"
    if x < 0.93:
        slug = r.choice(SURNAME).lower()
        return r.choice([f"https://www.{d}/team/{slug}", f"{d}/book/{slug}-{r.randint(1, 9)}",
                         f"https://{d}/forms/consent-{r.randint(100, 999)}"])
    # rare forms
    stem = d.split(".")[0]
    return r.choice([f"{stem} dot com", f"www dot {stem} dot org", f"bit.ly/{stem[:5]}{r.randint(10, 99)}"])


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.30:
        a, b, c = n(101, 665), n(10, 99), n(1000, 9999)
        return r.choice([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}"])
    if x < 0.45:
        return f"{n(100, 799)} {n(100, 999)} {n(100, 999)}"
    if x < 0.60:
        L = "ABCEGHJKLMNPRSTWXYZ"
        return f"{r.choice(L)}{r.choice(L)} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}"
    if x < 0.72:
        return f"{n(1000000, 9999999)}{r.choice(['T', 'W', 'A', 'H'])}{r.choice(['', '', 'A', 'W'])}"
    if x < 0.83:
        return f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    if x < 0.93:
        return r.choice([f"{n(10, 99)}-{n(100, 999)}-{n(100, 999)}", f"0{n(10, 99)} {n(100, 999)} {n(100, 999)}"])
    # rare: read out, the tool writing words
    a, b, c = n(101, 665), n(10, 99), n(1000, 9999)
    return _spell_digits(f"{a} {b} {c}")


def _id(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.22:
        return str(n(1000000, 99999999))
    if x < 0.34:
        return f"{r.choice(['PSI', 'KET', 'PT', 'P'])}-{n(1, 250):03d}"
    if x < 0.44:
        L = "ABCHJKMRWXYZ"
        return f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(100000000, 999999999)}"
    if x < 0.54:
        return f"{n(400, 999)} {n(100, 999)} {n(1000, 9999)}"
    if x < 0.64:
        return f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}"
    if x < 0.72:
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(1000, 9999)}"
    if x < 0.80:
        return f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(['AB', 'KT', 'XR', 'MN'])}"
    if x < 0.93:
        return r.choice([f"{r.choice(['CL', 'AC', 'MRN', 'H'])}{n(100000, 9999999)}",
                         f"{n(10, 99)}-{n(100000, 999999)}"])
    # rare: read out in words
    return _spell_digits(f"{n(100, 999)} {n(1000, 9999)}")


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn only with *r*."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "Speaker 2  00:14:07  Yeah, so my sister {} came over on the weekend and we just talked for ages.",
        "SPEAKER_01: I mean, {} has been really good about it, honestly, better than I expected.",
        "00:12:03.440 --> 00:12:07.120 And then {} just sort of left it there, and I didn't push it.",
        "Speaker 1: Okay. And when you say your partner, that's {}, yeah?",
        "[00:23:41] I rang my mum and she put {} on the phone, which I wasn't ready for.",
        "So Dr. {} upped the sertraline to 100 mg and I've been, like, a bit foggy since.",
        "SPEAKER_00: Dr {} said the psilocybin day would be about six or seven hours all up.",
        "Speaker 2  31:55  My husband {} doesn't really get the whole integration thing.",
        "I think {} was the first person I actually told, like, properly told.",
        "Speaker 1  08:12  Can you tell me a bit more about {}? How did you two meet?",
        "Yeah, so Mrs {} at the school rang me again about the kids.",
        "<v Speaker 2>My boss, {}, keeps putting meetings right over my sessions.</v>",
        "[00:41:02] It was {}'s idea to try the ketamine in the first place, to be fair.",
        "00:05:12.900 --> 00:05:16.300 My nan used to say that, and {} says it now too, my aunty.",
        "SPEAKER_02: Me and {} have been together eleven years, nearly twelve.",
        "Speaker 2: My son {} is 14 and he's, he's struggling a bit with all of it.",
        "Mr. {} was my English teacher and he was the only one who noticed.",
        "I texted {} after the session and she just sent back a heart.",
        "Speaker 3  19:40  Sorry, it's {} here, my camera's off, the Wi-Fi's being rubbish.",
        "{}  00:02:14  Hi, can you hear me okay? I'm on my phone today.",
        "Ms {} is the new care coordinator, she seems nice enough.",
        "[00:17:33] My mate {} reckons I should just quit, but it's not that simple.",
        "SPEAKER_01: So the guide, {}, held my hand for a bit when the sill a sibbin got really intense.",
        "Speaker 1  44:10  And does {} know you're doing the trial?",
        "00:28:19.010 --> 00:28:23.480 Honestly, {} and I haven't spoken since the funeral.",
        "My brother {} drove me home after the dosing session, he was grand.",
        "Speaker 2: Um, I went to see Dr. {} at the practice, the GP, and she referred me.",
        "My daughter {} wants me to move closer, but I like where I am.",
        "[00:09:58] So {} and I had the big fight, the one I mentioned last week.",
        "Speaker 2  27:03  My ex, {}, still has the dog, which, yeah.",
    ],
    "LOCATION": [
        "Speaker 2  00:03:21  I grew up in {} but I've been down here about ten years now.",
        "SPEAKER_01: We moved to {} when I was, like, 8, so I don't really remember before.",
        "00:11:40.220 --> 00:11:44.010 My mum's still up in {} and I try to get up there once a month.",
        "Speaker 1: And you're calling in from {} today, is that right?",
        "[00:15:09] I was at {} for three nights after the overdose.",
        "So I work at {}, mostly night shifts, which doesn't help the sleep, or the sleeping tablets.",
        "Speaker 2  22:47  The kids go to {} and the other parents all know each other.",
        "<v Speaker 2>I did my placement at {}, on the mental health unit.</v>",
        "SPEAKER_00: We drove out to {} for the weekend, first time in ages.",
        "I was born in {} and then we bounced around a lot.",
        "[00:36:12] My partner got a job in {}, so we might have to move.",
        "Speaker 1  05:55  Is that the clinic in {} or the other one?",
        "00:41:02.660 --> 00:41:06.900 They sent me to {} for the scan, like an hour's drive.",
        "SPEAKER_02: I've been going to the gym in {}, 3 times a week, which is something.",
        "Yeah, I rang {} and they said the waiting list was about six months.",
        "Speaker 2: My dad's in a home near {} now, he's, yeah, he's not great.",
        "I'm staying at my sister's place in {} until the lease sorts itself out.",
        "Speaker 1  13:20  And the integration group, is that still running out of {}?",
        "[00:26:45] Honestly I just hate driving through {}, it brings it all back.",
        "SPEAKER_01: So I finished uni in {} and then came home to look after mum.",
        "The retreat was at {}, up in the hills, no phone signal at all.",
        "Speaker 2  48:31  We used to live in {}, near the beach, before the divorce.",
        "00:07:18.330 --> 00:07:21.750 I was a teacher at {} for nearly twenty years.",
        "My GP's at {} and she's the one who mentioned the study.",
        "Speaker 2: I got the bus into {} and just walked around for a couple of hours.",
        "[00:52:04] There's a men's group at {} on Thursday nights, I might try it.",
        "SPEAKER_00: She's doing her training at {}, so she's flat out.",
        "Speaker 1  10:02  How long have you been in {} now?",
    ],
    "ADDRESS": [
        "Speaker 1  00:01:12  And can I just confirm your address? Is it still {}?",
        "SPEAKER_00: Yeah, it's {}, the one with the blue door.",
        "00:02:40.100 --> 00:02:44.520 So the new place is {}, we moved in about a month ago.",
        "[00:03:05] They're sending the kit to {}, so I'll need to be home for it.",
        "Speaker 2: My nan's house was at {} and that's where it all happened.",
        "We've been at {} for about six years now.",
        "<v Speaker 2>The postal address is {}, that's the best one.</v>",
        "Speaker 2  17:22  Yeah I'm at {} now, it's a granny flat out the back.",
        "SPEAKER_01: So I'm living at {} with my partner and the two kids.",
        "Speaker 1: And that's {}? Just so I've got it right for the letter.",
        "[00:14:51] The police came round to {} that night, the neighbours called them.",
        "I grew up at {}, it's been sold now but I still drive past it.",
        "00:19:06.000 --> 00:19:10.440 Can you post it to {} instead? I don't check the other one.",
        "Speaker 2  03:58  It's {}, I can type it in the chat if that's easier.",
        "SPEAKER_02: The clinic moved, it's at {} now, just round the corner from the old one.",
        "My mum's place is {}, I'm there most weekends.",
        "Speaker 1  26:30  And the study team has you at {}, is that still current?",
        "[00:08:44] I'm renting a room at {}, it's fine, it's cheap.",
        "Speaker 2: We stayed at {} for the retreat, it's just a house really.",
        "So the practice is at {}, upstairs, there's no lift unfortunately.",
        "SPEAKER_00: My address is {}, yeah, and the postcode's on the form.",
        "00:33:12.780 --> 00:33:16.020 He's moved out, he's at {} now, with his brother.",
        "Speaker 2  09:14  The old flat at {} had mould everywhere, it was awful.",
        "Speaker 1: Okay, so {}, and is that a house or a unit?",
        "I walked past {} and just had to sit down on the kerb for a bit.",
        "[00:40:27] The group's at {} now, in the back room of the hall.",
    ],
    "DATE": [
        "Speaker 1  00:44:02  So the next session would be {}, does that still work?",
        "SPEAKER_00: My dad passed away on {}, so it's coming up to a year.",
        "00:03:11.500 --> 00:03:15.070 The dosing day is {}, and prep is the week before.",
        "[00:12:48] I started the escitalopram on {} and it's been a bit up and down.",
        "Speaker 2: Yeah, we split up on {}, right before the trip.",
        "I've got the scan on {}, so I might be a bit all over the place.",
        "Speaker 2  21:37  My last drink was {}. That's, yeah, that's the date I hold on to.",
        "<v Speaker 1>We'll send the follow-up questionnaire out on {}.</v>",
        "SPEAKER_01: The court date is {}, and I'm honestly terrified.",
        "Speaker 1  38:09  Can we move it to {}? I'm away for the one before.",
        "[00:05:27] My birthday's {}, so it'll be the first one without her.",
        "So the ketamine infusion was {}, the third one, and that was the good one.",
        "00:47:51.330 --> 00:47:55.800 The integration interview is booked for {} at 10.",
        "Speaker 2: I got the call from the hospital on {}, in the middle of the night.",
        "SPEAKER_02: We got married on {}, and it was lovely, it really was.",
        "Speaker 1  02:16  And your date of birth is {}?",
        "I think it was {}, the day it all kind of fell apart.",
        "[00:30:40] My daughter's due {}, so I want to be in a better place by then.",
        "Speaker 2  15:52  I was admitted on {} and discharged about four days later.",
        "SPEAKER_00: Since {} I've been sleeping better, like, actually sleeping.",
        "Speaker 1: So the start date for the second dose would be {}, all going well.",
        "My mam's anniversary is {}, and I always go a bit quiet around then.",
        "00:22:05.140 --> 00:22:09.910 I've got the appointment with the sick trist on {}.",
        "[00:50:13] I moved out on {}, just packed the car and went.",
        "Speaker 2  11:08  He proposed on {}, and I said yes, and then I panicked.",
        "SPEAKER_01: The group starts back {}, I think, I'd have to check.",
        "Speaker 1  56:44  Okay, so we'll see you {}, same time?",
    ],
    "AGE": [
        "Speaker 2  00:18:20  My nan's {} and she's still sharper than me, honestly.",
        "SPEAKER_00: He was {} when he died, so, you know, a good innings.",
        "00:09:44.210 --> 00:09:47.600 Grandad turned {} last week and we had a little party at the home.",
        "[00:26:03] She's {} years old and she still does the crossword every morning.",
        "Speaker 2: My great-aunt lived till {}, she outlived everyone.",
        "My grandmother is {} now and I'm her main carer, basically.",
        "Speaker 1  14:31  And how old is your grandfather now? Did you say {}?",
        "<v Speaker 2>Mum's mum, she's {}, and she's the reason I'm doing this.</v>",
        "SPEAKER_01: He's {}, he's in the care home, and I visit on weekends.",
        "Speaker 2  33:17  She made it to {}, which is mad when you think about it.",
        "[00:41:49] My nana's {} years old and she still lives on her own.",
        "So my grandad, he's {}, and he fought in the war and never talked about it.",
        "00:16:05.880 --> 00:16:09.120 She's {} and she still asks after you, which is sweet.",
        "Speaker 2: Honestly, at {} she's still more social than I am.",
        "SPEAKER_02: Grandpa passed at {}, in his sleep.",
        "My great-grandmother is {} and she's in hospital at the minute.",
        "Speaker 1  07:58  So your grandmother, she's {}, and she lives with you?",
        "[00:35:26] When he got to {} he stopped recognising anyone.",
        "Speaker 2  52:40  She's a {}-year-old woman living on her own, which worries me.",
        "SPEAKER_00: Gran's {}, and she's honestly the toughest person I know.",
        "He was {} years old and he still walked to the shops every day.",
        "00:44:31.550 --> 00:44:35.200 My nan is {} years of age and still drives, which terrifies me.",
        "Speaker 2: My grandad's {} this year and we're all flying home for it.",
        "Speaker 1  29:09  And she's {}, you said? That's a lot to carry.",
        "[00:12:12] My great-uncle, he's {}, he's the last one of that generation.",
        "SPEAKER_01: Nan died at {}, just before the first dosing session.",
    ],
    "PHONE": [
        "Speaker 1  00:52:10  And is {} still the best number to reach you on?",
        "SPEAKER_00: Yeah my mobile's {}, you can text me on that.",
        "00:01:55.300 --> 00:01:59.880 The number for the after-hours line is {}.",
        "[00:53:02] If you need us between sessions, ring {} and ask for the study nurse.",
        "Speaker 2: My mum's number is {}, she's my emergency contact.",
        "You can call me on {}, I don't always pick up but I'll ring back.",
        "Speaker 1  58:41  I'll just read that back: {}, is that right?",
        "<v Speaker 1>The clinic's direct line is {}, it's on the letter as well.</v>",
        "SPEAKER_01: It's {}, that's my work phone, so maybe not that one.",
        "Speaker 2  04:27  My partner's mobile is {} if you can't get me.",
        "[00:02:30] Sorry, new number, it's {}.",
        "So the number I've got for the GP is {}, but they never answer.",
        "00:55:12.010 --> 00:55:16.440 You can leave a message on {} and someone will get back to you.",
        "Speaker 2: Yeah, {}, that's the landline, we still have one.",
        "SPEAKER_02: The crisis team gave me {} to call if it gets bad again.",
        "Speaker 1  01:04  Can I grab a number for you in case Zoom drops out? Yeah, {}.",
        "My sister's on {}, she said it's fine to contact her.",
        "[00:48:16] I rang {} and it just went to voicemail, like, three times.",
        "Speaker 2  10:33  The number's {}, but text first, I don't answer unknown calls.",
        "SPEAKER_00: My mobile is {}, yeah, that's the one.",
        "Speaker 1: And the best contact number would be {}?",
        "00:59:48.700 --> 00:59:52.260 Here's the number for the research team: {}.",
        "[00:07:41] You can reach Mum on {} most evenings.",
        "Speaker 2  36:50  It's {}, I changed it after everything with him.",
        "SPEAKER_01: I've written it down, it's {}, okay.",
        "Speaker 1  57:03  So if anything comes up before next week, the number is {}.",
    ],
    "EMAIL": [
        "Speaker 1  00:55:18  What's the best email for the questionnaires? Yeah, {}.",
        "SPEAKER_00: My email is {}, all lower case.",
        "00:57:02.330 --> 00:57:06.110 You can send the consent form to {}.",
        "[00:58:29] I'll email it to {} after we hang up.",
        "Speaker 2: It's {}, I think, yeah, that's the personal one.",
        "Send the Zoom link to {} because the work one blocks it.",
        "Speaker 1  03:44  And the study inbox is {} if you've got any questions.",
        "<v Speaker 2>Yeah, my email's {}.</v>",
        "SPEAKER_01: I sent the journal to {} last night, did it come through?",
        "Speaker 2  49:13  The old address was {} but I don't use that anymore.",
        "[00:01:20] Can you just confirm your email for me? It's {}, yep.",
        "So the practice email is {}, and they're pretty quick.",
        "00:46:35.600 --> 00:46:40.090 If you email {} they'll set up the integration call.",
        "Speaker 2: My partner's email is {} if you need to reach him.",
        "SPEAKER_02: Yeah, it's {}, I'll type it in the chat as well.",
        "Speaker 1  59:27  I'll send the handout to {} this afternoon.",
        "I emailed {} about the invoice and heard nothing back.",
        "[00:32:08] It's {}, that's the one I check on my phone.",
        "Speaker 2  12:55  My email? Oh, it's {}.",
        "SPEAKER_00: Just use {}, that's easiest.",
        "Speaker 1: Your email on file is {}, is that still okay?",
        "00:50:19.210 --> 00:50:23.700 I forwarded it to {} so you'll have a copy.",
        "[00:44:51] Mum wants updates, her email's {}.",
        "Speaker 2  06:40  The booking confirmation went to {}, I think.",
        "SPEAKER_01: You can get me at {}, I'm on it all day for work anyway.",
        "Speaker 1  58:12  So I've got {} for you, and we'll send the PHQ-9 there.",
    ],
    "URL": [
        "Speaker 1  00:56:03  There's more information about the study at {}.",
        "SPEAKER_00: I found them through {}, they've got a list of therapists.",
        "00:58:44.020 --> 00:58:48.310 If you go to {} there's a breathing exercise there.",
        "[00:59:10] You can book your next session at {}.",
        "Speaker 2: The retreat's website is {}, it looks legit, I think.",
        "I'll pop the link in the chat, it's {}.",
        "Speaker 1  47:36  The preparation handout is up at {} if you want to reread it.",
        "<v Speaker 1>The sleep resources are on {}, the second page.</v>",
        "SPEAKER_01: I read something on {} about integration, and it helped.",
        "Speaker 2  21:19  My sister sent me {}, it's about grief after suicide.",
        "[00:34:57] The consent form is at {}, you just sign it online.",
        "So the practice has a page, {}, with the fees and stuff.",
        "00:43:18.770 --> 00:43:22.490 Have a look at {} before next week, it's short.",
        "Speaker 2: I filled in the form on {} but it crashed halfway.",
        "SPEAKER_02: Yeah, the group's at {}, you have to register first.",
        "Speaker 1  55:50  The link for the follow-up survey is {}.",
        "I watched the video on {} like five times.",
        "[00:20:36] She said to check out {}, it's got a list of local groups.",
        "Speaker 2  39:02  They've got a website, {}, but it's a bit out of date.",
        "SPEAKER_00: The booking page is {}, I did it last night.",
        "Speaker 1: I'll send you {}, that's the worksheet we went through.",
        "00:51:27.440 --> 00:51:31.980 The research team's page is {} if your family want to read about it.",
        "[00:11:45] I googled it and ended up on {}.",
        "Speaker 2  08:03  You pay through {}, it's $40 a session after the rebate.",
        "SPEAKER_01: It's {}, they've got a waitlist form on there.",
        "Speaker 1  50:58  Everything we talked about is summarised at {}.",
    ],
    "SSN": [
        "Speaker 1  00:04:12  And for the payment form, your social security number is {}?",
        "SPEAKER_00: My social's {}, I think, hang on, let me check.",
        "00:05:33.100 --> 00:05:37.880 My SIN is {}, I've got the card here.",
        "[00:06:02] My National Insurance number is {}.",
        "Speaker 2: Yeah, PPS number is {}, that's on the medical card too.",
        "For the reimbursement they need my tax file number, it's {}.",
        "Speaker 1  02:51  And your IRD number, for the voucher, is {}?",
        "<v Speaker 2>My social security number is {}.</v>",
        "SPEAKER_01: The SSN on the form was {}, and it was wrong, it was my dad's.",
        "Speaker 2  07:26  My social insurance number is {}, yeah.",
        "[00:03:49] The insurance form asked for {} and I just froze.",
        "So my NI number, it's {}, I always have to look it up.",
        "00:04:58.300 --> 00:05:02.610 Okay, I've got social security {} on file for you.",
        "Speaker 2: It's {}, that's my social.",
        "SPEAKER_02: My TFN is {}, for the payment.",
        "Speaker 1  05:17  Just to confirm, the SIN we have is {}?",
        "My PPSN is {} if you need it for the letter.",
        "[00:02:14] My social is {}, and please don't write it anywhere weird.",
        "Speaker 2  01:38  The number on my NI card is {}.",
        "SPEAKER_00: Social security number, {}.",
        "Speaker 1: For the participant payment we need your SSN, which is {}?",
        "00:06:44.900 --> 00:06:48.120 Yeah, my IRD is {}.",
        "[00:07:31] My tax file number's {}, I had to ring the tax office for it.",
        "Speaker 2  03:05  Oh, my social insurance number? It's {}.",
        "SPEAKER_01: They've got my SSN as {} on the account, which is right.",
        "Speaker 1  04:40  Last one, your national insurance number is {}?",
    ],
    "ID": [
        "Speaker 1  00:01:40  And your medical record number is {}, yeah?",
        "SPEAKER_00: My member ID is {}, it's on the back of the card.",
        "00:02:09.660 --> 00:02:13.050 Your participant number for the trial is {}.",
        "[00:02:52] My NHS number is {}, I had to look it up on the app.",
        "Speaker 2: My Medicare number is {}, and I'm number one on the card.",
        "The claim number is {}, if you need to chase the insurance.",
        "Speaker 1  03:26  Okay, your NHI is {}?",
        "<v Speaker 1>Your screening number is {}, keep that for the follow-up.</v>",
        "SPEAKER_01: The policy number is {}, my partner's the main holder.",
        "Speaker 2  04:11  My health card number is {}, and it expires next year.",
        "[00:05:20] The account number on the invoice is {}.",
        "So my MRN is {}, they gave it to me at the hospital.",
        "00:03:47.210 --> 00:03:50.600 The study ID on the bottle is {}.",
        "Speaker 2: Yeah, the reference number was {}, for the complaint.",
        "SPEAKER_02: My insurance ID is {}, they pay 80% of it.",
        "Speaker 1  01:58  I've got your hospital number as {}.",
        "My OHIP number is {}, and the version code is on the card.",
        "[00:04:35] The case number for the court thing is {}.",
        "Speaker 2  02:44  The ID on my wristband was {}, I kept it.",
        "SPEAKER_00: Medical record number {}, yeah.",
        "Speaker 1: Your participant ID is {}, just pop that on every questionnaire.",
        "00:06:15.020 --> 00:06:18.340 The subscriber number on my plan is {}.",
        "[00:01:09] My patient number at the practice is {}.",
        "Speaker 2  05:52  It's {}, that's my member number.",
        "SPEAKER_01: The customer number for the pharmacy account is {}.",
        "Speaker 1  03:03  And the Medicare number is {}? Yep, got it.",
        "[00:07:06] The claim reference is {}, they said it takes ten working days.",
    ],
}
