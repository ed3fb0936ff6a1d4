"""A fifty-sixth SYNTHETIC transcript set for benchmarks/deid.py: the fifty-fourth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities and towns of the US, Canada, the UK, Ireland, Australia and New Zealand, sometimes with
their state, province or county, are used as places only, never with a person; every hospital, clinic,
community mental health centre, vet center, counselling centre, recovery and detox centre, birth centre,
school, college, church, trial and employer name is made up).  Written on 2026-12-07 by an engineer who
had NOT seen the de-identifier's rules, its docs page, its tests or the contents of the earlier sets (only
benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and deid_heldout.py ..
deid_heldout53.py their docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of
deid_heldout19.py, for the format), in one go, before any run; no rule and no line of this file was
changed after its first run.  It was first run on main at commit 6cb9803 (the twenty-fifth round's rules)
and measures how the rules do on transcripts they were not written for; it stays a blind set until a
later round makes it a development set.

Style: PLAIN, ORDINARY psychotherapy transcripts -- the kind a researcher writes to TEST a
de-identification tool, a SEVENTH sample of that kind by yet another writer (after deid_heldout32.py,
deid_heldout34.py, deid_heldout37.py, deid_heldout40.py, deid_heldout47.py and deid_heldout50.py, of which
only the docstrings were read; this one is written its own way): clean speaker-labelled dialogue
(``Therapist:``/``Client:``, ``T:``/``C:``, ``Dr. Name:``/``Patient:``; the benchmark's generator writes every
turn as ``Therapist:``/``Client:``, so each template is the body of a ``Client:`` turn, now and then the
clinician's question or a detail read back), one turn per line, whole sentences, tidy punctuation and
capitals, no fillers, no bracket tags, no timestamps.  Settings: ordinary outpatient sessions in a
community mental health centre (low mood, rent, the caseworker, the food bank, the housing office), a
veterans' clinic (nightmares, the disability claim, the sergeant, getting out, the vet center), a
university counselling centre (exams, essays, extensions, the tutor, roommates and flatmates), an
eating-disorder service (the meal plan, weigh-ins, the dietitian, the food diary), a perinatal service
(the due date, the induction, night feeds, the midwife and health visitor), an addiction service
(cravings, meetings, a sponsor, the sober house, methadone, a detox bed) and a psychedelic-therapy trial
(screening, preparation, the dosing day with its playlist and guides, integration).  Speakers from the US,
Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``, ``mom``, ``mam``, ``nan``, ``nana``,
``gran``, ``grandad``, ``oma``, ``uni``, ``the GP``, ``flat``, ``my mate``, ``reckon``, ``heaps``).  This set
estimates how the rules do on ordinary test data, so it is kept plain and natural and does not chase
variety for its own sake.
Identifier forms: the forms a test writer picks FIRST, the way people say them, spread evenly; hard or
exotic forms are rare (under one in ten of each type).  Names: a first name alone (the most common
form), a full name, a surname after ``Dr.``/``Mr.``/``Ms.``/``Mrs.``/``Professor`` (the title in the
carrier), a relative's, partner's, sponsor's, guide's or friend's name after a kin or role word in the
carrier, a possessive ``'s`` in the carrier; rarely a hyphenated first name, an ``O'`` or ``Mc`` surname
with a first name, a Maori first name or an initial with a surname.  Places: the city or town someone
grew up in, lives in, was posted to or moved to (``Fargo``, ``Kamloops``, ``Barnsley``, ``Castlebar``,
``Shepparton``, ``Timaru``), sometimes with its state, province or county inside the span (``Billings,
Montana``, ``Tullamore, County Offaly``), and made-up hospitals, community mental health centres, vet
centers, counselling, recovery and birth centres, schools, colleges, churches and employers by name
(``Thornvale General Hospital``, ``Brackenridge Recovery Centre``, ``Oakhollow Primary School``); rarely a
saint's-name hospital or school.  Addresses as said or written locally: a street line alone (``418
Tamarack Drive``), a US line with ``Apt 3B`` or with town, state and ZIP, a Canadian line with city,
province and postal code, a UK line with ``Flat 2,`` or with town and postcode, an Irish line with its
town and county, an Australian line with town, state and postcode, a NZ line with its town and postcode;
rarely an Australian ``3/41`` unit line or a PO box.  Dates as people say them (calendar dates only, no
holidays): ``March 3rd``, ``March 3``, ``the 14th``, ``3/14/2023``, ``14/03/2023``, ``May 2nd, 2023``,
``Tuesday the 9th``, ``3rd March``, ``the 3rd of March``, ``14 March 2023``, ``Tuesday, May 2nd, 2023`` (a
weekday agrees with its date when a year is given), ``3/14``; ``on``, ``since``, ``for`` and ``is`` in the
carrier; rarely a date in words (``the twenty-first``), ``Sept. 9th`` or an ISO ``2023-03-14``.  Ages over
89 (90-110): digits (most: ``she's 94``, ``a 92-year-old``, ``he turned 97``), the unit, ``aged`` and
``turned`` in the carrier; rarely in words (``ninety-three``, ``a hundred and two``).  Phones in local
layouts: the test writer's ``(555) 123-4567`` and ``555-123-4567``, US and Canadian ``(613) 555-0142``
fiction numbers, UK ``07700 900123`` mobiles and ``0161 496 0123`` / ``020 7946 0123`` landlines, Irish ``087
123 4567`` mobiles and ``01 555 1234`` landlines, Australian ``0491 570 123`` mobiles and ``(02) 5550 1234``
landlines, NZ ``021 123 4567`` mobiles and ``(09) 555 1234`` landlines; rarely with a country code or an
extension.  Emails: free-mail and ISP addresses of these countries and invented clinic, service,
university and trial addresses; rarely one read out with ``at`` and ``dot``.  Web addresses: invented
clinic, service, trial, meeting-finder, booking, fundraiser and resource pages with and without
``https://`` and ``www``; rarely a short link.  SSNs: a US social security number ``123-45-6789`` (the most
common), or another country's national number planted as SSN (a judgement call): Canadian SINs, UK
National Insurance numbers, Irish PPS numbers, Australian tax file numbers and NZ IRD numbers, the cue in
the carrier (``value`` and the template are drawn independently, so not always the matching one); rarely a
US number run together or with spaces.  IDs (the cue always in the carrier, never in the span): medical
record, chart and hospital numbers, insurance member, policy and Medicaid numbers, account numbers, a VA
claim number, a student number, NHS numbers, Australian Medicare numbers, NZ NHI numbers, Ontario health
card numbers, a treatment programme's client number, a prescription number, a housing case number and a
trial's participant and screening numbers.
A title, kin word or possessive ``'s`` next to a name, an article before a place and ``on``/``since``/
``for`` before a date stay outside the span; a date's own words (``the 3rd of March``, ``Tuesday the
9th``) are inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and
then a form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (sertraline 100 mg,
methadone, psilocybin, buprenorphine), scales and forms (PHQ-9, the EPDS, the consent forms), ages under
90 (``is six now``, ``when I was sixteen``), meal-plan words (snacks, weigh-in, food diary), kin words as
common nouns (my mum, my nan, the baby, my partner, my sponsor) and place-like common words (the clinic,
the ward, the unit, the meeting, the dorm, the base, the GP, the detox unit, the care home, the food bank,
the sober house, the housing office); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""
from __future__ import annotations

import datetime
import random

# ---------------------------------------------------------------- invented people
GIVEN = ["Maeve", "Declan", "Shauna", "Brody", "Kelsey", "Tanner", "Ainsley", "Rhys", "Bronwyn", "Callum",
         "Niamh", "Jarrah", "Tamsin", "Hamish", "Kirra", "Mackenzie", "Trent", "Lorna", "Grady", "Courtney",
         "Shelby", "Darcy", "Orla", "Teagan", "Wyatt", "Colby", "Marnie", "Kieran", "Glenys", "Iona",
         "Mitchell", "Paige", "Travis", "Brianna", "Jolene", "Wade", "Corinne", "Renee", "Lacey", "Shane",
         "Rowan", "Errol", "Keely", "Dwayne", "Carla", "Brett", "Fiona", "Gareth", "Leanne", "Nathan"]
FAMILY = ["Pritchard", "Mulcahy", "Donnelly", "Whitford", "Hargreaves", "Kilbride", "Ashworth", "Latimer",
          "Fairweather", "Penhaligon", "Sutcliffe", "Garrity", "Mahoney", "Bosworth", "Rutherford", "Quigley",
          "Lockhart", "Tierney", "Ferris", "Dunleavy", "Hollis", "Pennington", "Kershaw", "Mulligan", "Ormsby",
          "Treloar", "Whitaker", "Devlin", "Carmody", "Lindgren", "Beaumont", "Ridley", "Halloran", "Cassidy",
          "Fenwick", "Jardine", "Nugent", "Varley", "Yeomans", "Tremblay", "Boucher", "Sandoval", "Kowalski"]
HYPHENATED = ["Mary-Kate", "Lee-Ann", "Jo-Anne", "Anne-Marie", "Rose-Ellen"]
O_MC = ["O'Dwyer", "O'Rourke", "McAllister", "McGinty", "O'Halloran", "McCrae"]
MAORI = ["Aroha", "Manaia", "Tama", "Ngaire", "Hemi", "Rawiri"]

# ---------------------------------------------------------------- places (real towns as places only)
TOWNS = ["Fargo", "Yakima", "Pueblo", "Billings", "Muncie", "Joplin", "Altoona", "Lynchburg", "Topeka",
         "Amarillo", "Terre Haute", "Bangor", "Sudbury", "Kamloops", "Lethbridge", "Fredericton", "Peterborough",
         "Nanaimo", "Stockport", "Barnsley", "Carlisle", "Ipswich", "Kettering", "Falkirk", "Wrexham", "Grimsby",
         "Sligo", "Dundalk", "Tullamore", "Carlow", "Letterkenny", "Castlebar", "Mackay", "Shepparton",
         "Wagga Wagga", "Launceston", "Bunbury", "Dubbo", "Whanganui", "Invercargill", "Timaru", "Gisborne",
         "Masterton", "Rapid City"]
TOWNS_WITH_REGION = ["Billings, Montana", "Fargo, North Dakota", "Joplin, Missouri", "Yakima, Washington",
                     "Kamloops, BC", "Sudbury, Ontario", "Lethbridge, Alberta", "Barnsley, South Yorkshire",
                     "Kettering, Northamptonshire", "Tullamore, County Offaly", "Castlebar, County Mayo",
                     "Letterkenny, Co. Donegal", "Dubbo, New South Wales", "Mackay, Queensland",
                     "Timaru, South Canterbury"]
PLACE_STEM = ["Thornvale", "Ashmere", "Brackenridge", "Kestrelwood", "Oakhollow", "Fernbrook", "Wildmere",
              "Elderbrook", "Greywater", "Hollybank", "Ravensworth", "Copperleigh", "Birchcombe", "Larkhollow"]
PLACE_KIND = ["General Hospital", "Community Mental Health Center", "Vet Center", "Counselling Centre",
              "Recovery Centre", "Birth Centre", "Primary School", "High School", "College", "Baptist Church",
              "Methodist Church", "Medical Centre", "Family Practice", "Detox Centre", "Logistics", "Foods",
              "Community College", "Behavioral Health"]
SAINTS = ["St. Aldric's Hospital", "St. Wenna's Primary School", "St. Brenna's Hospital",
          "Saint Ivo's College"]

# ---------------------------------------------------------------- streets
STREET = ["Tamarack", "Wattle", "Heronsgate", "Quince", "Marlowe", "Kingfisher", "Foxley", "Bramblewood",
          "Sorrel", "Hawthorn", "Linden", "Cobblestone", "Ridgeview", "Rosedale", "Mulberry", "Alderney"]
US_SUFFIX = ["Street", "Avenue", "Drive", "Lane", "Road", "Court", "Place", "Boulevard"]
UK_SUFFIX = ["Road", "Close", "Street", "Lane", "Crescent", "Gardens", "Way", "Terrace"]
IE_SUFFIX = ["Park", "Grove", "Lawn", "Drive", "Avenue", "Heights"]
AU_SUFFIX = ["Street", "Avenue", "Crescent", "Court", "Road", "Parade"]
NZ_SUFFIX = ["Street", "Place", "Road", "Crescent", "Terrace", "Avenue"]
US_TOWNS = [("Fargo", "ND", "581"), ("Billings", "MT", "591"), ("Topeka", "KS", "666"), ("Muncie", "IN", "473"),
            ("Joplin", "MO", "648"), ("Yakima", "WA", "989"), ("Amarillo", "TX", "791"), ("Bangor", "ME", "044")]
CA_TOWNS = [("Sudbury", "ON", "P3A"), ("Kamloops", "BC", "V2C"), ("Lethbridge", "AB", "T1J"),
            ("Fredericton", "NB", "E3B"), ("Peterborough", "ON", "K9J"), ("Nanaimo", "BC", "V9R")]
UK_TOWNS = [("Stockport", "SK"), ("Barnsley", "S"), ("Carlisle", "CA"), ("Ipswich", "IP"), ("Kettering", "NN"),
            ("Grimsby", "DN"), ("Wrexham", "LL")]
IE_TOWNS = [("Tullamore", "Co. Offaly"), ("Castlebar", "Co. Mayo"), ("Dundalk", "Co. Louth"),
            ("Letterkenny", "Co. Donegal"), ("Carlow", "Co. Carlow"), ("Sligo", "Co. Sligo")]
AU_TOWNS = [("Mackay", "QLD", "4740"), ("Shepparton", "VIC", "3630"), ("Dubbo", "NSW", "2830"),
            ("Bunbury", "WA", "6230"), ("Launceston", "TAS", "7250"), ("Wagga Wagga", "NSW", "2650")]
NZ_TOWNS = [("Timaru", "7910"), ("Whanganui", "4500"), ("Invercargill", "9810"), ("Gisborne", "4010"),
            ("Masterton", "5810")]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
             8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
             14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
             19: "nineteenth", 20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third",
             24: "twenty-fourth", 25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh",
             28: "twenty-eighth"}
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

FREEMAIL = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "hotmail.co.uk",
            "btinternet.com", "eircom.net", "bigpond.com", "xtra.co.nz", "shaw.ca", "sympatico.ca"]
ORG_DOMAINS = ["thornvalecmhc.org", "ashmerecounselling.co.uk", "kestrelwoodtrial.org", "fernbrookrecovery.com.au",
               "brackenridge.edu", "oakhollowbirthcentre.ie", "wildmerehealth.co.nz", "greywatervetcenter.org",
               "elderbrookclinic.ca"]
SITES = ["www.thornvalecmhc.org", "ashmerecounselling.co.uk", "www.kestrelwoodtrial.org", "fernbrookrecovery.com.au",
         "www.brackenridge.edu", "oakhollowbirthcentre.ie", "www.wildmerehealth.co.nz", "greywatervetcenter.org",
         "www.elderbrookclinic.ca", "www.copperleighmeetings.org", "hollybankmums.org.uk"]
PATHS = ["", "", "/book", "/intake", "/groups", "/meetings", "/integration", "/resources/breathing", "/contact",
         "/participants/consent", "/counseling/appointments", "/meal-support", "/after-hours"]


def _suffix(d: int) -> str:
    return "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _given(r: random.Random) -> str:
    return r.choice(GIVEN)


def _person(r: random.Random) -> str:
    x = r.random()
    if x < 0.44:
        return _given(r)
    if x < 0.74:
        return f"{_given(r)} {r.choice(FAMILY)}"
    if x < 0.92:
        return r.choice(FAMILY)
    return r.choice([r.choice(HYPHENATED), f"{_given(r)} {r.choice(O_MC)}", r.choice(MAORI),
                     f"{r.choice('BCDJKLMPRST')}. {r.choice(FAMILY)}"])


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.45:
        return r.choice(TOWNS)
    if x < 0.60:
        return r.choice(TOWNS_WITH_REGION)
    if x < 0.95:
        return f"{r.choice(PLACE_STEM)} {r.choice(PLACE_KIND)}"
    return r.choice(SAINTS)


def _street(r: random.Random, suffixes: list[str], lo: int = 2, hi: int = 980) -> str:
    return f"{r.randint(lo, hi)} {r.choice(STREET)} {r.choice(suffixes)}"


def _address(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.22:
        return _street(r, r.choice([US_SUFFIX, UK_SUFFIX, AU_SUFFIX]))
    if x < 0.34:
        return f"{_street(r, US_SUFFIX, 10, 4800)}, Apt {n(1, 6)}{r.choice('ABCD')}"
    if x < 0.46:
        town, st, z = r.choice(US_TOWNS)
        return f"{_street(r, US_SUFFIX, 10, 4800)}, {town}, {st} {z}{n(0, 99):02d}"
    if x < 0.56:
        town, prov, fsa = r.choice(CA_TOWNS)
        return f"{_street(r, US_SUFFIX + ['Crescent'])}, {town}, {prov} {fsa} {n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{n(1, 9)}"
    if x < 0.66:
        town, pc = r.choice(UK_TOWNS)
        if r.random() < 0.5:
            return f"Flat {n(1, 12)}, {_street(r, UK_SUFFIX, 1, 140)}"
        return f"{_street(r, UK_SUFFIX, 1, 140)}, {town} {pc}{n(1, 20)} {n(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if x < 0.76:
        town, county = r.choice(IE_TOWNS)
        return r.choice([f"{_street(r, IE_SUFFIX, 1, 90)}, {town}, {county}", f"{_street(r, IE_SUFFIX, 1, 90)}, {town}"])
    if x < 0.86:
        town, st, pc = r.choice(AU_TOWNS)
        return f"{_street(r, AU_SUFFIX, 1, 220)}, {town} {st} {pc}"
    if x < 0.94:
        town, pc = r.choice(NZ_TOWNS)
        return f"{_street(r, NZ_SUFFIX, 1, 220)}, {town} {pc}"
    # rare harder forms
    return r.choice([f"{n(1, 12)}/{_street(r, AU_SUFFIX, 2, 90)}", f"PO Box {n(11, 980)}",
                     f"Unit {n(1, 9)}, {_street(r, AU_SUFFIX, 2, 90)}"])


def _date(r: random.Random) -> str:
    n = r.randint
    y, m, d = n(2019, 2025), n(1, 12), n(1, 28)
    month = MONTHS[m - 1]
    wd = WEEKDAYS[datetime.date(y, m, d).weekday()]
    th = f"{d}{_suffix(d)}"
    x = r.random()
    if x < 0.93:
        return r.choice([
            f"{month} {th}", f"{month} {th}", f"{month} {d}", f"the {th}", f"the {th}",
            f"{m}/{d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{month} {th}, {y}", f"{r.choice(WEEKDAYS)} the {th}",
            f"{th} {month}", f"the {th} of {month}", f"{d} {month} {y}", f"{wd}, {month} {th}, {y}",
            f"{m}/{d}", f"{month} {d}, {y}", f"{wd} the {th} of {month}"])
    return r.choice([f"the {ORD_WORDS[d]}", f"{r.choice(SHORT_MONTHS)} {th}", f"{y}-{m:02d}-{d:02d}",
                     f"the {ORD_WORDS[d]} of {month}"])


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    if r.random() < 0.9:
        return str(a)
    if a < 100:
        return "ninety" + (f"-{UNITS[a - 90]}" if a > 90 else "")
    if a == 100:
        return "a hundred"
    rest = a - 100
    words = UNITS[rest] if rest < 10 else "ten"
    return f"a hundred and {words}"


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.94:
        return r.choice([
            f"(555) {n(201, 989)}-{n(0, 9999):04d}", f"555-{n(201, 989)}-{n(0, 9999):04d}",
            f"({r.choice(['613', '306', '701', '406', '417', '509', '204'])}) 555-01{n(0, 99):02d}",
            f"{r.choice(['613', '250', '785', '806'])}-555-01{n(0, 99):02d}",
            f"07700 900{n(0, 999):03d}", f"0161 496 0{n(0, 999):03d}", f"020 7946 0{n(0, 999):03d}",
            f"08{r.choice('35679')} {n(100, 999)} {n(1000, 9999)}", f"01 {n(200, 999)} {n(1000, 9999)}",
            f"0491 570 {n(100, 999)}", f"(0{r.choice('2378')}) 5550 {n(1000, 9999)}",
            f"02{r.choice('1279')} {n(100, 999)} {n(1000, 9999)}", f"(0{r.choice('3469')}) {n(200, 999)} {n(1000, 9999)}"])
    return r.choice([f"+44 7700 900{n(0, 999):03d}", f"+61 491 570 {n(100, 999)}", f"+353 87 {n(100, 999)} {n(1000, 9999)}",
                     f"(555) {n(201, 989)}-{n(0, 9999):04d} ext. {n(10, 450)}", f"+64 21 {n(100, 999)} {n(1000, 9999)}"])


def _email(r: random.Random) -> str:
    first, last = r.choice(GIVEN).lower(), r.choice(FAMILY).lower()
    x = r.random()
    if x < 0.62:
        user = r.choice([f"{first}.{last}", f"{first}{last}", f"{first}_{last}{r.randint(1, 99)}",
                         f"{first[0]}{last}", f"{first}{r.randint(70, 99)}", f"{last}.{first[0]}"])
        return f"{user}@{r.choice(FREEMAIL)}"
    if x < 0.94:
        user = r.choice([f"{first}.{last}", f"{first[0]}.{last}", "intake", "admin", "reception", "studyteam",
                         "counselling", "midwives", "bookings", f"{first}"])
        return f"{user}@{r.choice(ORG_DOMAINS)}"
    return f"{first} dot {last} at {r.choice(['gmail', 'hotmail', 'yahoo'])} dot com"


def _url(r: random.Random) -> str:
    x = r.random()
    if x < 0.93:
        site = r.choice(SITES)
        url = f"{site}{r.choice(PATHS)}"
        return f"https://{url}" if r.random() < 0.4 else url
    return r.choice([f"bit.ly/{r.choice(['3k', '4P', '2x'])}{r.choice('QwRtZp')}{r.randint(10, 99)}{r.choice('mNbV')}",
                     f"https://gofundme.com/f/walk-for-{r.choice(GIVEN).lower()}-{r.randint(10, 99)}"])


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    L = "ABCEGHJKLMNPRSTWXYZ"
    if x < 0.45:
        return f"{n(101, 665)}-{n(10, 99)}-{n(1000, 9999)}"
    if x < 0.93:
        return r.choice([
            f"{n(100, 899)} {n(100, 999)} {n(100, 999)}",                                   # SIN
            f"{r.choice(L)}{r.choice(L)} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}",  # NI
            f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLPTW')}{r.choice(['', 'A', 'H', 'W'])}",     # PPS
            f"{n(100, 999)} {n(100, 999)} {n(100, 999)}",                                   # TFN
            f"{n(10, 149)}-{n(100, 999)}-{n(100, 999)}"])                                   # IRD
    return r.choice([f"{n(101, 665)}{n(10, 99)}{n(1000, 9999)}", f"{n(101, 665)} {n(10, 99)} {n(1000, 9999)}"])


def _id(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    A = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if x < 0.93:
        return r.choice([
            str(n(1000000, 9999999)), str(n(10000000, 99999999)),                          # MRN, chart
            f"{r.choice(A)}{r.choice(A)}{r.choice(A)}{n(100000000, 999999999)}",            # member ID
            f"{n(100, 999)} {n(100, 999)} {n(1000, 9999)}",                                 # NHS
            f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}",                                 # Medicare AU
            f"{r.choice(A)}{r.choice(A)}{r.choice(A)}{n(1000, 9999)}",                      # NHI
            f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(A)}{r.choice(A)}",      # OHIP
            f"P-{n(1, 240):04d}", f"SCR-{n(1, 399):03d}", f"{r.choice(['KT', 'HB', 'WT'])}-{n(10, 99)}-{n(100, 999)}",
            f"{n(10000, 99999)}-{n(100, 999)}", f"CL{n(100000, 999999)}", f"{n(20190000, 20259999)}"])
    return r.choice([f"{n(100, 999)}-{n(10, 99)}-{n(1000, 9999)}-{n(10, 99)}",
                     f"{' '.join(UNITS[int(c)] or 'zero' for c in str(n(100000, 999999)))}"])


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
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


TEMPLATES = {
    "PERSON": [
        "My sister {} drove me to the appointment this morning.",
        "I told {} about the meal plan and she didn't say anything.",
        "Dr. {} put my sertraline up to 100 mg last month.",
        "My sponsor, {}, says I should go to a meeting every day for now.",
        "{} was one of the guides on the dosing day, and she held my hand for a bit.",
        "I keep thinking about what {} said to me before he died.",
        "My husband {} does the night feeds at the weekend.",
        "Ms. {} from the housing office finally rang me back.",
        "Mr. {} was my sergeant, and he was the one who got me to come here.",
        "My roommate {} noticed I wasn't eating.",
        "It's {}'s birthday next week and I don't know if I can face the party.",
        "I had a fight with {} again over the money.",
        "My daughter {} is six now and she asks why I'm sad.",
        "The midwife, {}, was lovely, but I couldn't tell her how I felt.",
        "When I got back from the second deployment, {} was the only one I talked to.",
        "My nan {} raised me, really.",
        "My tutor, Professor {}, gave me an extension on the essay.",
        "Can you write to Dr. {} and tell him about the dose change?",
        "{} texted me during the session and I didn't answer.",
        "My mate {} drinks more than I do, so it's hard to be around him.",
        "My partner {} is coming with me to the integration session.",
        "The dietitian, {}, weighed me facing the wall this time.",
        "My brother {} thinks therapy is a waste of time.",
        "My ex, {}, has the kids this weekend.",
        "Mrs. {} next door has been bringing meals round.",
        "I still have the letter {} wrote to me in rehab.",
        "Is it alright if {} sits in on the next session?",
        "My counsellor at school, Mr. {}, was the first person I told.",
        "I heard {}'s voice on the playlist, which sounds mad, I know.",
        "My mom and {} aren't speaking again.",
    ],
    "LOCATION": [
        "I grew up in {} and I haven't been back since the funeral.",
        "We moved to {} when my husband got the job.",
        "They kept me at {} for nine days the first time.",
        "My mum still lives in {}, about two hours from here.",
        "I was posted to {} for three years before I got out.",
        "I did my detox at {}, and it was rough.",
        "The baby was born at {} in the end, not at home.",
        "I used to work at {} before all of this.",
        "My parents drove up from {} for the weekend.",
        "I was an inpatient at {} when I was sixteen.",
        "I work nights at {}, stacking shelves.",
        "The screening visit was at {}, in a room with no windows.",
        "We went to {} for the weekend and I didn't drink once.",
        "I've been going to the evening service at {} again.",
        "My first job was at {}, straight out of school.",
        "I was born in {} but we left when I was little.",
        "There's a meeting at {} on weeknights that I like.",
        "My sister's flat in {} is where I go when it gets bad.",
        "I've asked for a transfer to the campus in {}.",
        "They referred me from {} after the overdose.",
        "The drive back from {} was when the panic started.",
        "My dad worked at {} for thirty years.",
        "I've been sleeping on a friend's couch in {}.",
        "Did you say the group runs out of {} now?",
        "I'm hoping to move back to {} once the baby is older.",
        "I was on the psych ward at {} over the summer.",
        "My son goes to {} and the teachers have been good about it.",
        "So you're still driving in from {} for each session?",
    ],
    "ADDRESS": [
        "I've moved. The new place is {}.",
        "Can you send the letters to {} from now on?",
        "We're renting at {} until the lease runs out.",
        "My mum's address is {}, if you need to send anything there.",
        "The sober house is at {}.",
        "I grew up at {}, and I still dream about that kitchen.",
        "The address on my file is still {}, but I don't live there anymore.",
        "It's {}, the blue door at the end.",
        "The trial sent the forms to {}, so they went to my old flat.",
        "I'm staying with my sister at {} for now.",
        "My postal address is {}.",
        "Let me just check I have it right: {}?",
        "The health visitor came out to {} on her first visit.",
        "He's at {} now, so I can't go near that street.",
        "The police took me home to {} that night.",
        "Our house at {} went up for sale last week.",
        "We used to live at {}, next to the old pub.",
        "I put {} as my address on the consent form.",
        "The food bank delivers to {} on the weekend.",
        "My dorm's at {}, but I mostly sleep at my boyfriend's.",
        "You can post the prescription to {}.",
        "The landlord wants us out of {} by the end of the month.",
        "I'd rather you didn't write to {}, because he opens my mail.",
        "My home address is {}, and the phone number is the same.",
        "I'm at {} now, the flat above the shop.",
        "The midwife has my address as {}, which is right.",
    ],
    "DATE": [
        "My due date is {}.",
        "I've been sober since {}.",
        "The dosing day is booked for {}.",
        "My dad died on {}, so this time of year is hard.",
        "Can we move next week's session to {}?",
        "I had my last drink on {}.",
        "The baby was born on {}, a week early.",
        "I was discharged from the army on {}.",
        "My exams start on {} and I haven't started revising.",
        "The screening visit was {}, and the integration one is a week after.",
        "My weigh-in with the dietitian is on {}.",
        "I relapsed on {}, after the funeral.",
        "The hearing for my claim is on {}.",
        "My date of birth is {}.",
        "The induction is booked for {} if nothing happens before.",
        "I stopped the sertraline on {} because of the pregnancy.",
        "I moved into the flat on {}.",
        "Is it {} that you're away?",
        "I was admitted on {} and discharged a week later.",
        "The last time I binged was {}.",
        "My essay is due {}.",
        "We're meeting the guides again on {} for integration.",
        "I found out I was pregnant on {}.",
        "The court date is {}, so I'll need a letter before then.",
        "The anniversary is {}, and I always drink on it.",
        "I've got the appointment with the psychiatrist on {}.",
        "My methadone review is on {}.",
    ],
    "AGE": [
        "My nan is {} and she still lives on her own.",
        "She's {} now, so every phone call feels like it might be the last.",
        "My grandfather turned {} in the spring.",
        "He was a {}-year-old man in a care home, and nobody visited him.",
        "My great-aunt is {} years old and sharper than me.",
        "My grandmother died at {}, in her sleep.",
        "Grandad's {}, and he's the only one who gets me.",
        "We had a party for my gran when she turned {}.",
        "He's {} and he still drives, which scares me.",
        "My grandma lived to {}.",
        "She's a {}-year-old widow and she looks after herself.",
        "My oma is {} and she still asks when I'm getting married.",
        "The oldest woman in the care home is {}.",
        "His dad is {}, so he's been doing a lot of caring.",
        "Aged {}, my grandfather still walks to the shop every morning.",
        "My great-grandmother is {} years old, and she held the baby last week.",
        "I can't move away while my nana is {} and on her own.",
        "My neighbour, who is {}, checks on me more than I check on her.",
        "She was {} when she passed, so it wasn't a shock, but it still hurt.",
        "My grandad was in the navy and he's {} now.",
        "He turned {} last month and asked for a whisky.",
        "I'm the one who looks after my mother, and she's {}.",
        "My grandmother will be {} this year.",
        "A lady of {} shouldn't have to wait that long for a bed.",
        "Her mum is {} and lives with us now.",
        "My grandfather is {} years of age and has dementia now.",
    ],
    "PHONE": [
        "My number's {}.",
        "You can text me on {} if you need to change the time.",
        "My mum's number is {}, in case you can't reach me.",
        "The crisis line gave me {} to ring if it got bad again.",
        "My sponsor's number is {}, and I ring him most nights.",
        "The midwife said to call {} if anything changed.",
        "I've got a new phone, so the number is {} now.",
        "My mobile is {}.",
        "The vet center's direct line is {}.",
        "If you need my husband, his number is {}.",
        "So that's {}, is that right?",
        "The number on the leaflet was {}.",
        "Best to call me at work on {}.",
        "The dietitian's office number is {}.",
        "Please ring {} rather than my home phone.",
        "The trial coordinator's number is {}, and she said any time.",
        "I called {} at three in the morning and someone picked up.",
        "My emergency contact is my sister on {}.",
        "Her phone is {}, but she doesn't always answer.",
        "I wrote {} on my hand so I wouldn't lose it.",
        "The detox unit's number is {}.",
        "You've still got my old number. It's {} now.",
        "My landline is {}, but I'm hardly ever home.",
        "Just to confirm, the best number for you is {}?",
        "I rang {} for the after-hours service.",
        "My cell is {}.",
    ],
    "EMAIL": [
        "My email is {}.",
        "Can you send the worksheet to {}?",
        "I sent the journal entries to {} last night.",
        "The study coordinator's email is {}.",
        "Please use {} rather than my work email.",
        "I emailed {} about the extension, but nobody wrote back.",
        "My mum wants the appointment letters copied to {}.",
        "The playlist came from {}, the music person on the trial.",
        "It's {}, all lower case.",
        "I've set up a new address, {}, so my husband can't read it.",
        "The dietitian asked me to send my food diary to {}.",
        "Is {} still the right address for you?",
        "The email came from {} and said my place was confirmed.",
        "You can reach my caseworker at {}.",
        "I'll forward it from {} after the session.",
        "My sponsor said to send the step work to {}.",
        "The counselling centre's email is {}.",
        "My old address was {}, but I don't check it anymore.",
        "Send the consent forms to {} and I'll sign them tonight.",
        "My partner's email is {}, if you want to include him.",
        "I got a reminder from {} about the screening visit.",
        "I wrote to {} to cancel, and I felt awful.",
        "The midwives' team email is {}.",
        "Put {} on the form, please.",
        "He's on {}, if you want to send it to him directly.",
    ],
    "URL": [
        "I found the meeting on {}.",
        "The trial's page is {}, and it has the consent form on it.",
        "They told me to book through {}.",
        "I've been using the breathing videos on {}.",
        "The playlist for the dosing day is at {}.",
        "There's a support group page, {}, that my midwife gave me.",
        "I read about the study on {} before I signed up.",
        "The vet center has a page at {} with the hours.",
        "The counselling centre's booking page is {}.",
        "The meal plan handouts are on {}.",
        "I found a meeting finder at {} that shows the ones near me.",
        "You can fill in the form at {} before your next visit.",
        "My sister sent me {} and I read it all night.",
        "There's a recovery forum, {}, where I post sometimes.",
        "The guide said the integration materials are on {}.",
        "I checked {} for the after-hours numbers.",
        "The leaflet just says {} at the bottom.",
        "Have you looked at {}? It's the one I mentioned.",
        "The questionnaire link was {}.",
        "My fundraiser page is {}, for the walk.",
        "The housing application is on {}.",
        "I looked up the dietitian's practice on {}.",
        "The course notes are all on {}, if I ever catch up.",
        "I've bookmarked {} for when the cravings come.",
        "The peer support group is at {}.",
    ],
    "SSN": [
        "My social security number is {}.",
        "The form wants my social, which is {}.",
        "My SSN is {}, if you need it for the billing.",
        "For the disability claim they had my social as {}, and it's wrong.",
        "My social insurance number is {}.",
        "My SIN is {}.",
        "My National Insurance number is {}.",
        "The NI number on my payslip is {}.",
        "My PPS number is {}.",
        "My PPSN is {}, I think, but let me check the card.",
        "My tax file number is {}.",
        "The TFN they have for me is {}.",
        "My IRD number is {}.",
        "For the benefits form I put my social security number, {}.",
        "They asked for the last four, but I gave them the whole thing, {}.",
        "Is your social still {}?",
        "The social on the intake sheet is {}, but I think it's my brother's.",
        "I had to read out my social insurance number, {}, over the phone.",
        "My national insurance is {}.",
        "She needs my SSN for the insurance, so it's {}.",
        "The student loan people have my social as {}.",
        "My husband's social security number is {}, for the family plan.",
        "I gave the hospital my PPS number, {}, at the desk.",
        "My tax number is {}, the IRD one.",
        "Write down my SIN, it's {}.",
    ],
    "ID": [
        "My medical record number is {}.",
        "The MRN on my wristband was {}.",
        "My insurance member ID is {}.",
        "My policy number is {}.",
        "My Medicaid number is {}.",
        "The account number on the bill is {}.",
        "My VA claim number is {}.",
        "My student number is {}.",
        "My NHS number is {}.",
        "My Medicare number is {}.",
        "My NHI number is {}.",
        "My health card number is {}.",
        "My client number at the clinic is {}.",
        "My participant number in the trial is {}.",
        "They gave me screening number {} at the first visit.",
        "The hospital number on the letter is {}.",
        "The referral number is {}, if you need to chase it.",
        "My member number for the health fund is {}.",
        "The claim number is {}.",
        "My patient ID at the birth centre is {}.",
        "My OHIP number is {}.",
        "The case number for the housing application is {}.",
        "My chart number is {}.",
        "The prescription number on the methadone bottle is {}.",
        "My reference number for the disability claim is {}.",
        "Your participant ID is {}, so keep that somewhere safe.",
    ],
}
