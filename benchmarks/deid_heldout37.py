"""A thirty-ninth SYNTHETIC transcript set for benchmarks/deid.py: the thirty-seventh held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities and towns of the US, Canada, the UK, Ireland, Australia and New Zealand, sometimes with
their state, province or county, are used as places only, never with a person; every hospital, clinic,
community mental health centre, vet centre, counselling centre, treatment centre, school, college,
church, trial and employer name is made up).  Written on 2026-12-07 by an engineer who had NOT seen the
de-identifier's rules, its docs page, its tests or the contents of the earlier sets (only
benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and deid_heldout.py ..
deid_heldout35.py their docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of
deid_heldout19.py, for the format), in one go, before any run; no rule and no line of this file was
changed after its first run.  It was first run on the seventeenth round's rules (main at commit
e49923d) and measures how the rules do on transcripts they were not written for; it stays a blind set
until a later round makes it a development set.

Style: PLAIN, ORDINARY psychotherapy transcripts -- the kind a researcher writes to TEST a
de-identification tool, a THIRD sample of that kind by yet another writer (after deid_heldout32.py and
deid_heldout34.py): clean speaker-labelled dialogue (``Therapist:``/``Client:``, ``T:``/``C:``,
``Dr. Name:``/``Patient:``; the benchmark's generator writes every turn as ``Therapist:``/``Client:``, so
each template is the body of a ``Client:`` turn, now and then the clinician's line read back or a
question, and rarely a ``Dr. Name:`` label inside the turn, whose name is then the planted one), one
turn per line, whole sentences, tidy punctuation and capitals, no fillers, no bracket tags, no
timestamps.  Settings: ordinary outpatient sessions in a community mental health centre, a veterans'
clinic (PTSD, moral injury, sleep, the transition out of service), a university counselling centre
(exams, roommates, homesickness), an eating-disorder service (meal plans, weigh-ins, the dietitian), a
perinatal service (pregnancy, the baby, feeding, the health visitor, postnatal depression), an
addiction service (cravings, meetings, a sponsor, naltrexone and buprenorphine) and a psilocybin
therapy trial (screening, preparation, the dosing day with its music and eyeshades, integration).
Speakers from the US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``, ``mom``,
``mam``, ``nan``, ``the GP``, ``college``, ``uni``, ``reckon``, ``grand``, ``heaps``, ``deployment``).
This set estimates how the rules do on ordinary test data, so it is kept plain and natural and does not
chase variety for its own sake.
Identifier forms: the forms a test writer picks FIRST, the way people say them, spread evenly; hard
or exotic forms are rare (under one in ten of each type).  Names: a first name alone (the most common
form), a full name, a surname after ``Dr.``/``Mr.``/``Ms.``/``Mrs.`` (the title in the carrier), a
relative's, partner's, sponsor's or friend's name after a kin or role word in the carrier, a
possessive ``'s`` in the carrier; rarely a hyphenated first name, an ``O'`` surname, a Maori first name
or an initial with a surname.  Places: the city or town someone lives in, grew up in, was posted to
or moved to (``Lethbridge``, ``Wigan``, ``Tralee``, ``Bendigo``, ``Whangarei``, ``Lubbock``), sometimes
with its state, province or county inside the span (``Bend, Oregon``, ``Ennis, County Clare``), and
made-up hospitals, clinics, community mental health centres, vet centres, treatment centres,
schools, colleges, churches and employers by name (``Fernhill Hospital``, ``Ashbury Community Mental
Health Center``, ``Stonehaven Primary School``, ``Grace Street Baptist Church``); rarely a saint's-name
hospital or school.  Addresses as said or written locally: a street line alone (``27 Tamarack Drive``),
a street line with its town, a US line with ``Apt 3`` or with town, state and ZIP, a Canadian line with
city, province and postal code, a UK line with ``Flat 2,`` or with town and postcode, an Irish line
with its town, an Australian line with suburb, state and postcode, a NZ line with its town and
postcode; rarely an Australian ``3/41`` unit line or a PO box.  Dates as people say them (calendar
dates only, no holidays): ``March 3rd``, ``March 3``, ``the 14th``, ``3/14/2023``, ``14/03/2023``,
``May 2nd, 2023``, ``Tuesday the 9th``, ``3rd March``, ``the 3rd of March``, ``14 March 2023``, ``Tuesday,
May 2nd, 2023`` (a weekday agrees with its date when a year is given), ``3/14``; ``on``, ``last`` and
``next`` in the carrier; rarely a date in words (``the twenty-first``), ``Sept. 9th`` or an ISO
``2023-03-14``.  Ages over 89 (90-110): digits (most: ``she's 94``, ``a 92-year-old``, ``he turned 97``),
the unit and ``aged`` in the carrier; rarely in words (``ninety-three``).  Phones in local layouts: the
test writer's ``(555) 123-4567`` and ``555-123-4567``, US and Canadian ``(613) 555-0142`` fiction
numbers, UK ``07700 900123`` mobiles and ``0161 496 0123`` / ``020 7946 0123`` landlines, Irish ``087 123
4567`` mobiles and ``01 555 1234`` landlines, Australian ``0491 570 123`` mobiles and ``(02) 5550 1234``
landlines, NZ ``021 123 4567`` mobiles and ``(09) 555 1234`` landlines; rarely with a country code or an
extension.  Emails: free-mail and ISP addresses of these countries and invented clinic, service,
university and trial addresses; rarely one read out with ``at`` and ``dot``.  Web addresses: invented
clinic, service, trial, meeting-finder and resource pages with and without ``https://`` and ``www``;
rarely a short link.  SSNs: a US social security number ``123-45-6789`` (the most common), or another
country's national number planted as SSN (a judgement call): Canadian SINs, UK National Insurance
numbers, Irish PPS numbers, Australian tax file numbers and NZ IRD numbers, the cue in the carrier
(``value`` and the template are drawn independently, so not always the matching one); rarely a US
number run together.  IDs (the cue always in the carrier, never in the span): medical record numbers,
insurance member and policy numbers, account numbers, a VA claim number, a student number, NHS
numbers, Australian Medicare numbers, NZ NHI numbers, Ontario health card numbers, a treatment
programme's client number and a trial's participant and screening numbers.
A title, kin word or possessive ``'s`` next to a name, an article before a place and ``on``/``since``/
``last``/``next`` before a date stay outside the span; a date's own words (``the 3rd of March``,
``Tuesday the 9th``) are inside it.  ``value`` and the template are drawn independently (deid.py's
design), so now and then a form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (psilocybin 25 mg,
sertraline 100 mg, naltrexone, buprenorphine, prazosin, olanzapine), scales (PHQ-9, GAD-7, PCL-5,
EPDS, EDE-Q), ages under 90, weights and meal-plan words, kin words as common nouns (my mum, my nan,
the baby, my partner) and place-like common words (the clinic, the ward, the unit, the meeting, the
dorm, the base, the GP, the health visitor); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

# ---------------------------------------------------------------- word lists (all invented for this file)
FIRST = ["Megan", "Ryan", "Chloe", "Liam", "Aoife", "Ciaran", "Brooke", "Tyler", "Hannah", "Connor", "Niamh",
         "Caitlin", "Jack", "Olivia", "Ethan", "Sophie", "Dylan", "Madison", "Kayla", "Brandon", "Ashley", "Nathan",
         "Rachel", "Sean", "Declan", "Harriet", "Callum", "Isla", "Kirsty", "Bronwyn", "Hamish", "Mitchell",
         "Tegan", "Kieran", "Rebecca", "Darren", "Lauren", "Gemma", "Stacey", "Marcus", "Trevor", "Deborah",
         "Wayne", "Sinead", "Josh", "Emily", "Kevin", "Tara", "Shane", "Melissa", "Travis", "Courtney", "Grant",
         "Holly", "Owen", "Jenna", "Luke", "Amber", "Colin", "Fiona", "Brett", "Leanne", "Patrick", "Maeve"]
HARD_FIRST = ["Anne-Marie", "Mary-Kate", "Jean-Luc", "Aroha", "Wiremu", "Ngaire", "Siobhan", "Eoghan"]
LAST = ["Harper", "Whitfield", "Mahoney", "Brennan", "Costello", "Pritchard", "Henderson", "Sullivan",
        "McAllister", "Dunleavy", "Thornton", "Fairweather", "Blackwood", "Kingsley", "Garrett", "Donnelly",
        "Ferris", "Hayward", "Langford", "Nolan", "Prescott", "Quigley", "Radford", "Tolland", "Underwood",
        "Vickers", "Walsh", "Carmody", "Ashworth", "Bancroft", "Devlin", "Ellery", "Goodwin", "Keating", "Lowry",
        "Reardon", "Sheridan", "Tierney", "Whitaker", "Boyle", "Conway", "Maddox", "Ridley", "Stanton", "Pearce",
        "Hartigan", "Callaghan", "McNulty", "Fenwick", "Lockhart", "Rowntree", "Beaumont", "Kowalski", "Novak"]
HARD_LAST = ["O'Rourke", "O'Dwyer", "Smyth-Harris", "McKenzie-Ross", "O'Halloran"]

TOWNS = ["Lethbridge", "Wigan", "Tralee", "Bendigo", "Whangarei", "Lubbock", "Sacramento", "Lansing", "Omaha",
         "Tulsa", "Akron", "Toledo", "Syracuse", "Savannah", "Gainesville", "Reno", "Olympia", "Fargo", "Worcester",
         "Halifax", "Moncton", "Regina", "Sudbury", "Barrie", "Kamloops", "Red Deer", "Thunder Bay", "Fredericton",
         "Leicester", "Derby", "Plymouth", "Exeter", "Norwich", "Stockport", "Harrogate", "Doncaster",
         "Huddersfield", "Carlisle", "Dundee", "Inverness", "Swansea", "Wrexham", "Galway", "Limerick", "Sligo",
         "Kilkenny", "Mullingar", "Letterkenny", "Castlebar", "Wexford", "Toowoomba", "Cairns", "Townsville",
         "Launceston", "Mildura", "Dubbo", "Bunbury", "Fremantle", "Rotorua", "Napier", "Invercargill", "Timaru",
         "Masterton", "Gisborne", "Lower Hutt", "New Plymouth", "Des Moines", "Boulder", "Peterborough"]
TOWN_REGION = ["Bend, Oregon", "Lansing, Michigan", "Burlington, Vermont", "Provo, Utah", "Macon, Georgia",
               "Red Deer, Alberta", "Kamloops, BC", "Barrie, Ontario", "Ennis, County Clare", "Castlebar, Co. Mayo",
               "Navan, County Meath", "Dubbo, New South Wales", "Mildura, Victoria", "Wigan, Greater Manchester",
               "Timaru, South Canterbury", "Akron, Ohio"]
PLACE_WORD = ["Fernhill", "Ashbury", "Larkmoor", "Redwater", "Kingsgate", "Hollowbrook", "Pinecrest", "Stonehaven",
              "Maplegrove", "Oakhurst", "Riverbend", "Clearwater", "Silverbirch", "Wattle Creek", "Kowhai Park",
              "Elmstead", "Cedar Ridge", "Harbourview", "Brightwater", "Glenfield", "Thornbury", "Lakeshore"]
FACILITY = ["Hospital", "Community Mental Health Center", "Community Mental Health Centre", "Medical Centre",
            "Vet Center", "Recovery Centre", "Treatment Center", "Primary School", "High School", "College",
            "Baptist Church", "Family Practice", "Women's Hospital", "Counselling Centre", "Health Centre"]
EMPLOYER = ["Harbourside Freight", "Cobalt Logistics", "Redline Plumbing", "Northstar Insurance", "Bluegum Dairy",
            "Pinnacle Roofing", "Summit Credit Union", "Greenleaf Grocers"]
SAINT = ["St. Brigid's Hospital", "St. Columba's School", "St. Anselm's Hospital", "St. Finbarr's College"]

STREET = ["Tamarack", "Sorrel", "Heathfield", "Copperbeech", "Alder", "Wren", "Bellbird", "Kauri", "Glenmore",
          "Primrose", "Ridgeline", "Foxglove", "Kingfisher", "Linden", "Sycamore", "Hawthorn", "Marlowe",
          "Bracken", "Pohutukawa", "Wattle", "Chestnut", "Laurel", "Greystone", "Mulberry"]
US_SUF = ["Street", "Avenue", "Drive", "Road", "Lane", "Court", "Place", "Way"]
UK_SUF = ["Road", "Street", "Close", "Lane", "Crescent", "Avenue", "Grove", "Terrace"]
AU_SUF = ["Street", "Road", "Crescent", "Avenue", "Place", "Drive", "Parade"]
US_TOWN = [("Lubbock", "TX", "794"), ("Omaha", "NE", "681"), ("Tulsa", "OK", "741"), ("Akron", "OH", "443"),
           ("Savannah", "GA", "314"), ("Reno", "NV", "895"), ("Olympia", "WA", "985"), ("Fargo", "ND", "581"),
           ("Bend", "OR", "977"), ("Lansing", "MI", "489")]
CA_TOWN = [("Regina", "SK", "S4"), ("Moncton", "NB", "E1"), ("Sudbury", "ON", "P3"), ("Halifax", "NS", "B3"),
           ("Kamloops", "BC", "V2"), ("Lethbridge", "AB", "T1")]
UK_TOWN = [("Wigan", "WN"), ("Derby", "DE"), ("Plymouth", "PL"), ("Norwich", "NR"), ("Stockport", "SK"),
           ("Doncaster", "DN"), ("Swansea", "SA"), ("Dundee", "DD")]
IE_TOWN = ["Tralee", "Mullingar", "Castlebar", "Letterkenny", "Ennis", "Navan", "Kilkenny", "Sligo"]
AU_TOWN = [("Toowoomba", "QLD", "4350"), ("Bendigo", "VIC", "3550"), ("Dubbo", "NSW", "2830"),
           ("Bunbury", "WA", "6230"), ("Launceston", "TAS", "7250"), ("Cairns", "QLD", "4870")]
NZ_TOWN = [("Rotorua", "3010"), ("Whangarei", "0110"), ("Napier", "4110"), ("Invercargill", "9810"),
           ("Timaru", "7910"), ("Masterton", "5810")]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WORD_DAY = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 7: "seventh", 9: "ninth", 12: "twelfth",
            14: "fourteenth", 18: "eighteenth", 20: "twentieth", 21: "twenty-first", 23: "twenty-third",
            26: "twenty-sixth"}
WORD_AGE = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
            95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}

FREEMAIL = ["gmail.com", "gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "hotmail.co.uk",
            "btinternet.com", "yahoo.ca", "sympatico.ca", "eircom.net", "live.ie", "bigpond.com", "optusnet.com.au",
            "xtra.co.nz", "protonmail.com"]
ORG_DOMAINS = ["fernhillcmhc.org", "pinecrestvetcenter.org", "lakeshore.edu", "brightwaterrecovery.com",
               "oakhurstperinatal.org.uk", "riverbend-eds.com.au", "psilotrial-kingsgate.org", "kowhaipark.co.nz",
               "stonehavencounselling.ie", "clearwaterhealth.ca"]
ORG_LOCAL = ["intake", "reception", "referrals", "studyteam", "admin", "appointments", "psilostudy", "counselling"]


def _first(r: random.Random) -> str:
    return r.choice(HARD_FIRST) if r.random() < 0.06 else r.choice(FIRST)


def _last(r: random.Random) -> str:
    return r.choice(HARD_LAST) if r.random() < 0.05 else r.choice(LAST)


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _date(r: random.Random) -> str:
    y = r.randint(2019, 2025)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    mon = MONTHS[m - 1]
    dd = f"{d}{_suffix(d)}"
    wk = datetime.date(y, m, d).strftime("%A")
    if r.random() < 0.07:  # rare harder forms
        wd = r.choice(sorted(WORD_DAY))
        return r.choice([f"the {WORD_DAY[wd]}", f"the {WORD_DAY[wd]} of {MONTHS[m - 1]}",
                         f"Sept. {dd}", f"{y}-{m:02d}-{d:02d}"])
    # weekday with a bare day of the month: no year, no month, so any weekday will do
    free_wk = r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
    forms = [f"{mon} {dd}", f"{mon} {d}", f"the {dd}", f"{m}/{d}/{y}", f"{d:02d}/{m:02d}/{y}",
             f"{mon} {dd}, {y}", f"{free_wk} the {dd}", f"{dd} {mon}", f"the {dd} of {mon}", f"{d} {mon} {y}",
             f"{wk}, {mon} {dd}, {y}", f"{m}/{d}", f"{mon} {d}, {y}", f"{wk} {d} {mon} {y}"]
    return r.choice(forms)


def _phone(r: random.Random) -> str:
    n = r.randint
    if r.random() < 0.06:
        return r.choice([f"+1 613 555 01{n(10, 99)}", f"+44 7700 900{n(100, 999)}", f"+353 87 {n(100, 999)} {n(1000, 9999)}",
                         f"(555) {n(200, 999)}-{n(0, 9999):04d} ext. {n(10, 400)}", f"+64 21 {n(100, 999)} {n(1000, 9999)}"])
    area = r.choice(["613", "416", "503", "614", "402", "918", "306", "709"])
    forms = [f"(555) {n(200, 999)}-{n(0, 9999):04d}", f"555-{n(200, 999)}-{n(0, 9999):04d}",
             f"({area}) 555-01{n(0, 99):02d}", f"{area}-555-01{n(0, 99):02d}",
             f"07700 900{n(0, 999):03d}", f"0161 496 0{n(0, 999):03d}", f"020 7946 0{n(0, 999):03d}",
             f"087 {n(100, 999)} {n(1000, 9999)}", f"01 555 {n(1000, 9999)}",
             f"0491 570 {n(100, 999)}", f"(02) 5550 {n(1000, 9999)}", f"021 {n(100, 999)} {n(1000, 9999)}",
             f"(09) 555 {n(1000, 9999)}"]
    return r.choice(forms)


def _address(r: random.Random) -> str:
    n = r.randint
    st = r.choice(STREET)
    if r.random() < 0.07:
        t, s, pc = r.choice(AU_TOWN)
        return r.choice([f"{n(1, 9)}/{n(2, 88)} {st} {r.choice(AU_SUF)}, {t} {s} {pc}",
                         f"PO Box {n(100, 9999)}, {t} {s} {pc}", f"Unit {n(1, 12)}, {n(2, 140)} {st} Street"])
    which = r.choice(["line", "line", "line_town", "us_apt", "us_full", "ca", "uk_flat", "uk_full", "ie", "au", "nz"])
    if which == "line":
        return f"{n(2, 240)} {st} {r.choice(US_SUF + UK_SUF)}"
    if which == "line_town":
        return f"{n(2, 240)} {st} {r.choice(UK_SUF)}, {r.choice(TOWNS)}"
    if which == "us_apt":
        return f"{n(100, 4800)} {st} {r.choice(US_SUF)}, Apt {r.choice([str(n(1, 30)), f'{n(1, 6)}B', f'{n(1, 4)}C'])}"
    if which == "us_full":
        t, s, z = r.choice(US_TOWN)
        return f"{n(100, 4800)} {st} {r.choice(US_SUF)}, {t}, {s} {z}{n(10, 99)}"
    if which == "ca":
        t, p, fsa = r.choice(CA_TOWN)
        letters = "ABCEGHJKLMNPRSTVWXYZ"
        pc = f"{fsa}{r.choice(letters)} {n(1, 9)}{r.choice(letters)}{n(0, 9)}"
        return f"{n(10, 980)} {st} {r.choice(['Drive', 'Street', 'Avenue', 'Crescent'])}, {t}, {p} {pc}"
    if which == "uk_flat":
        return f"Flat {n(1, 14)}, {n(2, 90)} {st} {r.choice(UK_SUF)}"
    if which == "uk_full":
        t, pa = r.choice(UK_TOWN)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        return f"{n(2, 160)} {st} {r.choice(UK_SUF)}, {t} {pa}{n(1, 9)} {n(1, 9)}{r.choice(letters)}{r.choice(letters)}"
    if which == "ie":
        return f"{n(1, 60)} {st} {r.choice(['Park', 'Road', 'Avenue', 'Drive', 'Lawn'])}, {r.choice(IE_TOWN)}"
    if which == "au":
        t, s, pc = r.choice(AU_TOWN)
        return f"{n(2, 180)} {st} {r.choice(AU_SUF)}, {t} {s} {pc}"
    t, pc = r.choice(NZ_TOWN)
    return f"{n(2, 160)} {st} {r.choice(['Road', 'Street', 'Place', 'Crescent'])}, {t} {pc}"


def _email(r: random.Random) -> str:
    n = r.randint
    f, l = r.choice(FIRST).lower(), r.choice(LAST).lower().replace("'", "")
    if r.random() < 0.05:
        return f"{f} dot {l} at gmail dot com"
    local = r.choice([f"{f}.{l}", f"{f}{l}{n(1, 99)}", f"{f[0]}{l}", f"{f}_{l}", f"{f}{n(80, 99)}",
                      f"{l}.{f}", f"{f}.{l}{n(1, 9)}"])
    if r.random() < 0.25:
        return f"{r.choice(ORG_LOCAL + [f'{f[0]}.{l}', f'{f}.{l}'])}@{r.choice(ORG_DOMAINS)}"
    return f"{local}@{r.choice(FREEMAIL)}"


def _url(r: random.Random) -> str:
    n = r.randint
    if r.random() < 0.06:
        return r.choice([f"bit.ly/{r.choice(['fernhill', 'psilo', 'vetsgroup', 'mamas'])}{n(10, 99)}",
                         f"tinyurl.com/{r.choice(['kgtrial', 'edsupport', 'sleepvets'])}{n(100, 999)}"])
    dom = r.choice(ORG_DOMAINS + ["mealplanhelp.org", "soberdaysmeetings.org", "newmumsnetwork.co.uk",
                                  "vetsbacktowork.org", "calmbreathing.net", "integrationcircle.co.nz"])
    path = r.choice(["", "", "/book", "/contact", "/meetings", "/resources", "/referral",
                     f"/study/{r.choice(['prep', 'integration', 'faq'])}", "/groups", f"/blog/{n(2, 40)}"])
    return r.choice([f"www.{dom}{path}", f"https://www.{dom}{path}", f"{dom}{path}", f"https://{dom}{path}"])


def _ssn(r: random.Random) -> str:
    n = r.randint
    a = n(101, 665)
    letters = "ABCEGHJKLMNPRSTWXYZ"
    if r.random() < 0.06:
        return r.choice([f"{a}{n(10, 99)}{n(1000, 9999)}", f"{r.choice(letters)}{r.choice(letters)}{n(100000, 999999)}{r.choice('ABCD')}"])
    return r.choice([f"{a}-{n(10, 99)}-{n(1000, 9999)}", f"{a}-{n(10, 99)}-{n(1000, 9999)}",
                     f"{a}-{n(10, 99)}-{n(1000, 9999)}",
                     f"{n(130, 799)} {n(100, 999)} {n(100, 999)}",  # SIN
                     f"{r.choice(letters)}{r.choice(letters)} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}",  # NI
                     f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMTW')}{r.choice(['', 'A', 'W'])}",  # PPS
                     f"{n(100, 999)} {n(100, 999)} {n(100, 999)}",  # TFN
                     f"{n(10, 149)}-{n(100, 999)}-{n(100, 999)}"])  # IRD


def _id(r: random.Random) -> str:
    n = r.randint
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    forms = [str(n(100000, 9999999)), f"00{n(10000, 99999)}", f"{n(100, 999)} {n(100, 999)} {n(1000, 9999)}",
             f"{r.choice(['XJH', 'BCA', 'ZGP', 'W'])}{n(100000000, 999999999)}", f"{n(1000, 9999)}-{n(10000, 99999)}",
             f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}",
             f"{r.choice(up)}{r.choice(up)}{r.choice(up)}{n(1000, 9999)}",
             f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(up)}{r.choice(up)}",
             f"KG-{n(100, 999)}", f"PSI-{n(10, 99)}-{n(100, 999)}", f"S{n(10000000, 99999999)}",
             f"C{n(10000, 99999)}", f"{n(10000000, 99999999)}"]
    return r.choice(forms)


def value(kind: str, r: random.Random) -> str:
    """One SYNTHETIC planted identifier of *kind*, drawn with *r* only."""
    if kind == "PERSON":
        u = r.random()
        if u < 0.45:
            return _first(r)
        if u < 0.72:
            return f"{_first(r)} {_last(r)}"
        if u < 0.95:
            return _last(r)
        return f"{r.choice('ABCDJKMRST')}. {_last(r)}"
    if kind == "LOCATION":
        u = r.random()
        if u < 0.5:
            return r.choice(TOWNS)
        if u < 0.6:
            return r.choice(TOWN_REGION)
        if u < 0.85:
            return f"{r.choice(PLACE_WORD)} {r.choice(FACILITY)}"
        if u < 0.95:
            return r.choice(EMPLOYER)
        return r.choice(SAINT)
    if kind == "ADDRESS":
        return _address(r)
    if kind == "DATE":
        return _date(r)
    if kind == "AGE":
        a = r.randint(90, 110)
        if r.random() < 0.08 and a in WORD_AGE:
            return WORD_AGE[a]
        return str(a)
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
        "My sister {} has been coming with me to the appointments.",
        "I talked to {} about the meal plan and she was really supportive.",
        "Dr. {} said we could lower the sertraline to 50 mg if I keep sleeping well.",
        "My sponsor, {}, picked up on the first ring.",
        "I keep thinking about what {} said before I left the unit.",
        "My husband {} does the night feeds on weekends now.",
        "Ms. {} from the counselling centre signed the form for my extension.",
        "It was {}'s idea that I come to the clinic in the first place.",
        "I served with {} for two tours and he's the only one I still talk to.",
        "My roommate {} noticed I wasn't eating and told the residence advisor.",
        "Mr. {} was my platoon sergeant, and I still hear his voice sometimes.",
        "During the session I kept seeing my nan's face, and then {} was there too.",
        "My mum rang {} after the baby came, because she knew I wouldn't.",
        "I told {} I was going to the meeting, and I actually went.",
        "The dietitian, Mrs. {}, weighs me before each session now.",
        "So your partner is {}, and he's coming to the integration session?",
        "My brother {} has been sober for three years, so he gets it.",
        "I still have the text {} sent me the night before the dosing day.",
        "My daughter {} is six months old and she's finally sleeping.",
        "{} was the guide sitting with me, and she held my hand when it got dark.",
        "My mate {} from the base drove me here today.",
        "Dr. {}: Good morning, come in and take a seat wherever you like.",
        "I'm not ready to talk about {} yet, if that's okay.",
        "The health visitor, {}, said my EPDS score had come down.",
        "My best friend {} doesn't know about the bingeing.",
        "My dad's new partner is called {}, and she's actually lovely.",
        "I wrote {}'s name on the list of people I can call.",
        "My professor, Dr. {}, let me sit the exam a week later.",
    ],
    "LOCATION": [
        "I grew up in {} and moved away after high school.",
        "We were living in {} when the baby was born.",
        "I was posted to {} for most of my second enlistment.",
        "My mum still lives in {}, so I go back most holidays.",
        "I did my first detox at {} about four years ago.",
        "I'm from {}, so it's a long way home on the bus.",
        "They sent me to {} after the fall and I stayed three weeks.",
        "My counselling intake was at {}, in the old building.",
        "I used to work at {} before the back injury.",
        "We moved to {} because my partner got a job there.",
        "The meeting I like best is the one near {}.",
        "I had the baby at {}, and it was a really long labour.",
        "My brother drove up from {} for the dosing day.",
        "I spent the whole summer in {} at my nan's place.",
        "After the discharge I went back to {} and didn't tell anyone.",
        "The eating-disorder unit at {} has a waiting list of six months.",
        "I went to school at {} and that's where the dieting started.",
        "My kids go to {} now, and they're settling in well.",
        "We used to go to {} every week when I was little.",
        "There's a veterans' group that meets in {} every fortnight.",
        "So you were born in {} and came here for college?",
        "My dad was a manager at {} for twenty years.",
        "I got the job at {}, so I start after the integration session.",
        "The psilocybin sessions are held at {}, in a room with a couch and plants.",
        "She was transferred to {} for the specialist feeding support.",
        "I lived in {} for a while after I left the army.",
        "My GP referred me to the psychiatrist at {}.",
    ],
    "ADDRESS": [
        "We live at {} now, just the three of us and the baby.",
        "My new address is {}.",
        "Can you send the letter to {} instead of my mum's place?",
        "I grew up at {}, in the house with the blue door.",
        "The sober house is at {}, and there are six of us there.",
        "So the address we have for you is {}, is that still right?",
        "I'm staying with my sister at {} until the lease starts.",
        "The study team posted the consent forms to {}.",
        "My apartment is at {}, so it's only ten minutes on the bus.",
        "We moved into {} when I was about seven months pregnant.",
        "The car is still parked outside {}, where I used to live.",
        "Please update my address to {} on the file.",
        "He lives at {}, and I drive past it every day on the way to work.",
        "My nan's house is at {}, and I've been staying there on weekends.",
        "I used to use at a friend's place on {}.",
        "When I got back from deployment we rented {}.",
        "The new flat is at {}, above the bakery.",
        "I put {} as my home address on the enrolment form.",
        "The police took me home to {} that night.",
        "We sold the house at {} after my dad died.",
        "Mail still goes to {}, because I haven't changed it yet.",
        "The midwife visits me at {} every week.",
        "I'm at {} now, in the room at the back.",
        "My old dorm was in the building at {}.",
        "The taxi will collect me from {} on the morning of the dosing session.",
        "They've got {} on the discharge papers, but that's my parents' place.",
    ],
    "DATE": [
        "My next appointment is on {}.",
        "I've been sober since {}.",
        "The baby's due date is {}.",
        "My dosing session is booked for {}.",
        "I was discharged from the unit on {}.",
        "It happened on {}, and I remember every minute of it.",
        "My weigh-in is on {}, and I'm already dreading it.",
        "The integration session is {}, the morning after.",
        "I got out of the service on {}.",
        "My last drink was on {}.",
        "So we'll see you next on {}, same time?",
        "My exam is on {}, and that's when it all started last year.",
        "The screening visit was {}, and they took bloods then.",
        "She was born on {}, three weeks early.",
        "I started the naltrexone on {}.",
        "My court date is {}, so I need the letter before that.",
        "I relapsed on {}, after the funeral.",
        "The anniversary of the accident is {}, and I always struggle around then.",
        "We moved in on {}.",
        "I've been on the meal plan since {}.",
        "My six-week check was on {}.",
        "The group starts on {}, if there's still space.",
        "I had my first panic attack on {}, in the middle of a lecture.",
        "The preparation session is {} at ten.",
        "He died on {}, and I still haven't cried properly.",
        "My move-out date is {}.",
        "The follow-up call is scheduled for {}.",
    ],
    "AGE": [
        "My grandmother is {} and she still lives on her own.",
        "She's {} now, and she's the one who raised me.",
        "My great-grandad turned {} last month.",
        "He was {} when he died, and I was holding his hand.",
        "My nan is {} years old and she still asks about the baby every day.",
        "She's a {}-year-old woman looking after herself, and it worries me.",
        "My grandfather is {}, and he was in the navy too.",
        "He lived to {}, which is more than anyone expected.",
        "She'll be {} in the spring.",
        "My great-aunt is {} and she's sharper than I am.",
        "Grandpa is {} years old, so we don't know how long we have.",
        "My nana, aged {}, was the only one who came to my graduation.",
        "I'm looking after my dad, who is {}.",
        "My grandmother, who is {}, still sends me a card every term.",
        "He's {}, and he still drives to the shop every morning.",
        "She was {} when she went into the care home.",
        "My neighbour is a {}-year-old veteran and we talk over the fence.",
        "She's almost {}, and she still does her crossword.",
        "Her mother is {} and needs a lot of care now.",
        "My gran died last year at {}.",
        "He's {} and still thinks I should just eat more.",
        "I visit my granddad, who is {}, every weekend.",
        "My grandma turned {} the week I started the trial.",
        "Our oldest member is {} years old and he still comes to every meeting.",
        "My great-grandmother is {}, and four generations of us were in the photo.",
        "When she was {} she was still walking every day.",
    ],
    "PHONE": [
        "My number is {}.",
        "You can reach me on {} any time after three.",
        "My mum's number is {}, if you can't get me.",
        "The best number for me is {}.",
        "I called the crisis line at {} last night.",
        "My sponsor's mobile is {}.",
        "The study nurse gave me {} to call if anything happens after the dosing.",
        "My work number is {}, but please don't leave a message there.",
        "So I have your mobile as {}, is that still right?",
        "My partner's number is {}, he's my emergency contact.",
        "You can text me on {}.",
        "The health visitor's number is {}.",
        "Call me on {} if the appointment changes.",
        "I wrote {} on the back of my hand so I wouldn't lose it.",
        "My new cell is {}.",
        "The number for the after-hours line is {}.",
        "The clinic called me from {} and I didn't pick up.",
        "My dad's landline is {}, he doesn't have a mobile.",
        "Text {} when you're outside and I'll come down.",
        "The dietitian's direct line is {}.",
        "You can leave a voicemail on {}.",
        "The counselling centre's front desk is {}.",
        "If I go quiet, my sister is on {}.",
        "My home phone is {}.",
        "The peer support worker said to ring {} if I feel like using.",
        "Please update my number to {}.",
    ],
    "EMAIL": [
        "My email is {}.",
        "You can email me at {}.",
        "Send the meal plan to {}, please.",
        "I emailed {} about moving my appointment.",
        "My partner's email is {}, in case you need to reach him.",
        "The study coordinator's address is {}.",
        "Can you send the worksheets to {}?",
        "I got the reminder from {} this morning.",
        "So your email is {}, and that's the best way to reach you?",
        "My new email is {}, the old one got hacked.",
        "I wrote to {} but nobody has got back to me.",
        "Please use {} for anything about the baby.",
        "My student email is {}.",
        "The referral went to {} last week.",
        "I sent my integration notes to {} after the session.",
        "My work email is {}, but I'd rather you didn't use it.",
        "My mum's email is {}, she wants the information sheet.",
        "The letter should go to {}.",
        "You can copy in {} on the emails.",
        "The consent form came from {}.",
        "I have a separate email for this, it's {}.",
        "If you email {}, they'll book you into the group.",
        "Can you add {} to the mailing list?",
        "My sponsor said to write to {} for the meeting schedule.",
        "I set up {} just for the therapy stuff.",
        "The counsellor's email was {}, I think.",
    ],
    "URL": [
        "The meeting list is on {}.",
        "I found the clinic on {}.",
        "They told me to look at {} before the preparation session.",
        "The study website is {}.",
        "You can book online at {}.",
        "I read the information on {} last night.",
        "The breathing exercise is on {}, if you want to try it.",
        "The support group for new mums has a page at {}.",
        "I filled in the self-referral form at {}.",
        "Have a look at {} for the meal-plan examples.",
        "The veterans' peer group is on {}.",
        "The playlist for the dosing day is linked from {}.",
        "I found {} when I was searching at three in the morning.",
        "My sister sent me {} and it actually helped.",
        "The counselling centre's page is {}.",
        "You can find the workbook at {}.",
        "The integration circle posts the dates on {}.",
        "I signed up through {}.",
        "There's a video on {} that explains the trial.",
        "The recovery app links to {}.",
        "I bookmarked {} for when the cravings get bad.",
        "The forms are all on {}.",
        "So the link is {}, and I just click on the green button?",
        "I left a review on {}.",
        "The waiting list information is at {}.",
        "Someone in the group recommended {}.",
    ],
    "SSN": [
        "My social security number is {}.",
        "My social is {}.",
        "For the record, my SSN is {}.",
        "My social insurance number is {}.",
        "My National Insurance number is {}.",
        "My PPS number is {}.",
        "My tax file number is {}.",
        "My IRD number is {}.",
        "The form wanted my social security number, so I put {}.",
        "I gave them {} as my social security number.",
        "So your social security number is {}?",
        "My SIN is {}, if you need it for the forms.",
        "My NI number is {}.",
        "The number on my social security card is {}.",
        "I had to write {} on the benefits form.",
        "My husband's social security number is {}.",
        "The disability claim asks for the SSN, which is {}.",
        "My PPS is {}, it's on the medical card letter.",
        "For payment they need your tax file number, and mine is {}.",
        "My social security number, {}, is on the old paperwork.",
        "The study needs my social insurance number for the payment, it's {}.",
        "I think my NI number is {}, but I'd have to check.",
        "The last four are on the card, but the whole thing is {}.",
        "My IRD is {}.",
        "He read out my SSN, {}, in the waiting room.",
        "My son's social security number is {}.",
    ],
    "ID": [
        "My medical record number is {}.",
        "My member ID is {}.",
        "My policy number is {}.",
        "The account number on the bill is {}.",
        "My NHS number is {}.",
        "My Medicare number is {}.",
        "My NHI number is {}.",
        "My health card number is {}.",
        "My participant number for the study is {}.",
        "My screening number is {}.",
        "My VA claim number is {}.",
        "My student number is {}.",
        "My client number at the treatment centre is {}.",
        "The MRN on my wristband was {}.",
        "The insurance member number is {}.",
        "So your participant ID is {}, and that goes on every form?",
        "The referral reference is {}.",
        "The baby's hospital number is {}.",
        "My insurance ID is {}, it's on the card.",
        "The claim number for the sessions is {}.",
        "My case number with the service is {}.",
        "The group number on my insurance card is {}.",
        "My OHIP number is {}.",
        "They gave me {} as my patient number.",
        "The prescription account number is {}.",
        "The invoice for the counselling has the account number {}.",
        "My patient ID at the perinatal clinic is {}.",
    ],
}
