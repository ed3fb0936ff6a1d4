"""A forty-first SYNTHETIC transcript set for benchmarks/deid.py: the thirty-ninth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand are
used as places only, never with a person; every hospital, clinic, practice, medical and health centre,
care home, day centre, school, college, trial, service and workplace name is made up).  Written on
2026-12-07 by an engineer who had NOT seen the de-identifier's rules, its docs page, its tests or the
contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored, and of
deid_spoken.py and deid_heldout.py .. deid_heldout37.py their docstrings, plus the ``value`` signature and
the ``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no
line of this file was changed after its first run.  It was first run on the nineteenth round's rules
(main at commit 8c630b2) and measures how the rules do on text they were not written for; it stays a
blind set until a later round makes it a development set.

Style: A SECOND SAMPLE, by another writer, of PLAIN, ORDINARY WRITTEN clinical and research PROSE that a
psychotherapy study collects beside its transcripts (after deid_heldout35.py, whose docstring only was
read; this one is written from what such documents look like, not from that list), in full sentences
with normal capitals and punctuation, one to three sentences per turn, never dialogue: session progress
notes written in full sentences (not shorthand: ``She was calm and well engaged throughout the
session.``), intake assessments and case formulations, letters to and from a GP or other referrer
(``Thank you for referring Mrs ...``, ``I would be grateful if you could ...``), discharge and transfer
summaries, a participant's e-mail or portal message to the clinic (``Hi ..., thanks for ...``), a
participant's written account of a psilocybin or ketamine session and of its integration afterwards, a
trial's serious-adverse-event report narrative (``The event occurred approximately four hours after
administration ...``) and a family member's written statement (``I am writing as his sister because
...``).  The benchmark's generator writes every turn as ``Therapist:``/``Client:``, so each piece of prose
sits inside a ``Client:`` turn.  Writers from the US, Canada, the UK, Ireland, Australia and New Zealand,
mixed, with their spelling (``behaviour``, ``counselling``, ``centre``, ``programme``, ``mum``, ``mom``,
``GP``, ``family physician``, ``under section``) and their date, phone and ID conventions.  This set
estimates how the rules do on ordinary written material, so it is kept plain and natural and does not
chase variety for its own sake.
Identifier forms: the MOST COMMON written forms, evenly spread; hard or exotic forms are rare (under one
in ten of each type).  Names: a first name alone (the most common: ``Her daughter, Joanne, attended``), a
full name, a surname after ``Mr``/``Mrs``/``Ms``/``Dr``/``Professor`` (the title in the carrier, never in the
span), a relative's, partner's or colleague's name after a kin or role word in the carrier, a possessive
``'s`` in the carrier, a name in a letter's greeting or in a message's ``Hi ...,``; rarely a hyphenated first
name, an ``O'``/``Mc`` surname, a middle initial or a double-barrelled surname.  Places: the city, town or
suburb someone was born in, lives in, moved to or was taken to (``Doncaster``, ``Toowoomba``, ``Mullingar``,
``Lower Hutt``, ``Red Deer``, ``Sioux Falls``), and made-up hospitals, community hospitals, clinics,
medical and health centres, care homes, day centres, schools, colleges and workplaces by name
(``Thornfield Community Hospital``, ``Orchard Vale Care Home``, ``Brightwater Foods``); rarely a town with
its county, state or province after it, or a saint's-name hospital or school.  Addresses as written in a
letter or on a form: a street line (``27 Hawthorn Close``, sometimes ``St``/``Rd``/``Ave``), a US line with
``Apt`` or with city, state and ZIP, a Canadian line with city, province and postal code, a UK line with
``Flat 3,`` or with town and postcode, an Irish estate or road with its town or county, an Australian
line with suburb, state and postcode, a NZ line with suburb, city and postcode; rarely an Australian
``3/41`` unit line, a NZ ``12a``, an Irish Eircode or a PO Box.  Dates as such documents write them: ``3
March 2023``, ``March 3, 2023``, ``03/03/2023`` (day first or month first), ``3rd March``, ``the 14th``,
``March 3rd``, ``3 March``, ``March 3``, ``the 3rd of March``, ``14th March 2023``, a weekday with its date
that agrees with it (``Tuesday 14 March 2023``, ``Tuesday, March 14, 2023``), ``14/3`` and ``3/14``;
rarely ISO ``2023-03-14``, a dotted ``14.03.23``, ``14 Mar 2023`` or ``Sept. 9th``.  Ages over 89
(90-110): digits (most) in ``a 94-year-old widow``, ``aged 91``, ``is now 96``, ``95 years old``, ``at 97``,
``lived to 102``, ``died at 99``, the unit and ``aged``/``now`` in the carrier; rarely in words
(``ninety-three``).  Phones in local formats: US and Canadian ``(613) 555-0142`` and ``613-555-0142``
(555-01xx fiction numbers), rarely ``613.555.0142`` or an extension; UK ``07700 900123`` mobiles and
``0161 496 0123`` / ``020 7946 0123`` landlines (the drama ranges); Irish ``087 123 4567`` mobiles and ``(01)
555 1234`` landlines; Australian ``0491 570 123`` mobiles and ``(02) 5550 1234`` landlines; NZ ``021 123
4567`` mobiles and ``(09) 555 1234`` landlines; rarely with a country code or run together.  Emails:
free-mail and ISP addresses of these countries (``gmail.com``, ``hotmail.co.uk``, ``outlook.com``,
``btinternet.com``, ``eircom.net``, ``bigpond.com``, ``xtra.co.nz``, ``shaw.ca``, ``rogers.com``) and
invented practice, hospital, service and trial addresses (``referrals@...``, ``admin@...``).  Web
addresses: invented practice, service, trial, booking, form and resource pages with and without
``https://`` and ``www``, a blog, a playlist, a video and a fundraiser with invented paths; rarely a
short link.  SSNs as each country's national number (planted as SSN -- a judgement call): US social
security numbers, Canadian SINs, UK National Insurance numbers, Irish PPS numbers, Australian tax
file numbers and NZ IRD numbers, the cue in the carrier (``value`` and the template are drawn
independently, so the cue does not always match the country).  IDs (the cue always in the carrier,
never in the span): hospital and medical record numbers, NHS numbers, Australian Medicare and UR
numbers, NZ NHI numbers, OHIP and other health card numbers, US insurance member, policy and Medicaid
ids, account, claim and file numbers, referral and report references and a trial's participant,
screening and randomisation numbers.
A title, kin word or possessive ``'s`` next to a name, an article before a place and ``on``/``since``
before a date stay outside the span; a date's own words (``the 3rd of March``, ``the 14th``) are inside
it.  ``value`` and the template are drawn independently (deid.py's design), so now and then a form sits
a little oddly in its sentence, as in a real document.
The carrier sentences hold words that must NOT be removed: drugs and doses (psilocybin 25 mg, ketamine,
sertraline 100 mg, paracetamol, lorazepam), scales and scores (MADRS, PHQ-9, GAD-7), ages under 90,
clock times (10:30, 9 am), durations (two weeks, twenty years, forty-eight hours), kin words as common
nouns (her daughter, my mum, his son, grandad), role words (the GP, the care coordinator, the study
physician, the duty worker) and place-like common words (the ward, the clinic, the care home, the
emergency department, the day programme); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

# ---------------------------------------------------------------- names (invented people)
_FIRST = ["Joanne", "Michael", "Sharon", "Gary", "Deborah", "Stephen", "Megan", "Aoife", "Ciara", "Declan",
          "Niamh", "Brendan", "Kylie", "Shane", "Tania", "Brett", "Aroha", "Tane", "Mereana", "Hamish",
          "Fiona", "Callum", "Heather", "Graham", "Janet", "Trevor", "Melissa", "Darren", "Chantelle", "Wayne",
          "Nicole", "Bradley", "Ashley", "Tyler", "Brittany", "Kevin", "Denise", "Marcus", "Tamara", "Colin",
          "Eileen", "Padraig", "Gráinne", "Ruairi", "Sinead", "Bronwyn", "Kirsty", "Rhys", "Owen", "Leanne",
          "Gemma", "Craig", "Stacey", "Jodie", "Nathan", "Renee", "Jared", "Carly", "Dale", "Maureen",
          "Geoffrey", "Pauline", "Ronan", "Emer", "Harriet", "Rebecca", "Alison", "Dawn", "Glen", "Rose"]
_LAST = ["Whitfield", "Brennan", "Murphy", "Doyle", "Sheridan", "Hartley", "Pemberton", "Collins", "Ashworth",
         "McAllister", "Thompson", "Reilly", "Wilkinson", "Chambers", "Hughes", "Nolan", "Lynch", "Moffat",
         "Tuhoe", "Ngata", "Pearce", "Bradshaw", "Ellison", "Hennessy", "Carmody", "Donnelly", "Stewart",
         "Fenwick", "Marsh", "Lockwood", "Sutherland", "Baxter", "Proctor", "Keane", "Foley", "Dunne",
         "Campbell", "Robertson", "MacLeod", "Patterson", "Henderson", "Gilmore", "Townsend", "Walsh",
         "Fraser", "Kowalski", "Nguyen", "Singh", "Patel", "Cheng", "Rossi", "Novak", "Okonkwo", "Dempsey"]
_HYPHEN_FIRST = ["Mary-Kate", "Anne-Marie", "Jean-Luc", "Lily-Mae", "Sarah-Jane", "Mia-Rose"]
_O_MC = ["O'Sullivan", "O'Keeffe", "O'Brien", "McCarthy", "McGrath", "MacDonald", "O'Rourke", "McKenzie"]
_DOUBLE = ["Ashby-Clarke", "Lloyd-Evans", "Fairley-Hunt", "Bennett-Shaw", "Carr-Whitley"]


def _person(r: random.Random) -> str:
    x = r.random()
    first, last = r.choice(_FIRST), r.choice(_LAST)
    if x < 0.40:
        return first
    if x < 0.70:
        return f"{first} {last}"
    if x < 0.92:
        return last
    rare = r.randrange(4)
    if rare == 0:
        return r.choice([r.choice(_HYPHEN_FIRST), f"{r.choice(_HYPHEN_FIRST)} {last}"])
    if rare == 1:
        return r.choice([r.choice(_O_MC), f"{first} {r.choice(_O_MC)}"])
    if rare == 2:
        return f"{first} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    return r.choice([r.choice(_DOUBLE), f"{first} {r.choice(_DOUBLE)}"])


# ---------------------------------------------------------------- places (real towns, invented services)
_TOWNS = {
    "US": ["Dayton", "Akron", "Syracuse", "Green Bay", "Lubbock", "Macon", "Rochester", "Fort Collins",
           "Sioux Falls", "Roanoke", "Lancaster", "Billings", "Tulsa", "Des Moines", "Bend", "Toledo"],
    "CA": ["Kingston", "Red Deer", "Moncton", "Sudbury", "Guelph", "Kamloops", "Brandon", "Sherbrooke",
           "Lethbridge", "Nanaimo", "Halifax", "Peterborough", "Barrie"],
    "UK": ["Doncaster", "Stockport", "Wigan", "Norwich", "Exeter", "Harrogate", "Bolton", "Ipswich",
           "Motherwell", "Swansea", "Lisburn", "Chelmsford", "Carlisle", "Headingley", "Moseley"],
    "IE": ["Mullingar", "Tralee", "Dundalk", "Letterkenny", "Navan", "Carlow", "Naas", "Clonmel",
           "Castlebar", "Drogheda", "Tallaght", "Drumcondra"],
    "AU": ["Toowoomba", "Wollongong", "Ballarat", "Bunbury", "Mackay", "Launceston", "Wagga Wagga",
           "Frankston", "Parramatta", "Bankstown", "Mildura", "Glenroy"],
    "NZ": ["Tauranga", "Whanganui", "Nelson", "Napier", "Rotorua", "Invercargill", "Porirua", "Timaru",
           "Lower Hutt", "Whangarei", "Ponsonby", "Karori"],
}
_TOWN_REGION = ["Dayton, Ohio", "Lubbock, Texas", "Macon, Georgia", "Tulsa, Oklahoma", "Billings, Montana",
                "Guelph, Ontario", "Red Deer, Alberta", "Kamloops, BC", "Halifax, Nova Scotia", "Wigan, Lancashire",
                "Norwich, Norfolk", "Exeter, Devon", "Harrogate, North Yorkshire", "Mullingar, Co. Westmeath",
                "Tralee, Co. Kerry", "Navan, Co. Meath", "Ballarat, Victoria", "Toowoomba, Queensland",
                "Wagga Wagga, NSW", "Tauranga, Bay of Plenty", "Invercargill, Southland"]
_PLACE_WORD = ["Thornfield", "Orchard Vale", "Ashcombe", "Fernleigh", "Kingsmere", "Larkhill", "Riverbend",
               "Westbrook", "Hollins Park", "Greystone", "Marlowe", "Brackenridge", "Elmstead", "Copperfield",
               "Seacliff", "Ravensworth", "Glenhaven", "Pinecrest", "Harbourside", "Oakmere"]
_FACILITY = ["Hospital", "Community Hospital", "Private Hospital", "Medical Centre", "Health Centre",
             "Family Practice", "Primary School", "High School", "College", "Care Home", "Lodge",
             "Day Centre", "Psychology Clinic", "Counselling Service", "Mental Health Unit", "Medical Clinic"]
_WORKPLACE = ["Brightwater Foods", "Millstone Engineering", "Harbourline Freight", "Cobalt Logistics",
              "Greenway Supermarkets", "Northstar Insurance", "Tidewater Packaging", "Redgum Constructions"]
_SAINT = ["St Columba's Hospital", "St Brendan's College", "St Agatha's Primary School", "St Luke's Care Home",
          "Saint Anselm's Hospital"]


def _location(r: random.Random) -> str:
    x = r.random()
    country = r.choice(list(_TOWNS))
    if x < 0.55:
        return r.choice(_TOWNS[country])
    if x < 0.86:
        return f"{r.choice(_PLACE_WORD)} {r.choice(_FACILITY)}"
    if x < 0.93:
        return r.choice(_WORKPLACE)
    if x < 0.97:
        return r.choice(_TOWN_REGION)
    return r.choice(_SAINT)


# ---------------------------------------------------------------- addresses
_STREET = ["Hawthorn", "Rowan", "Alder", "Beechwood", "Clover", "Maple Grove", "Elmhurst", "Ferndale",
           "Greenfield", "Hillcrest", "Primrose", "Station", "Church", "Victoria", "Queen", "Mill", "Park",
           "Chestnut", "Sycamore", "Laurel", "Heather", "Cromwell", "Wattle", "Banksia", "Kowhai", "Totara",
           "Seaview", "Riverside", "Woodland", "Meadow"]
_US_CITY = [("Akron", "OH", 443), ("Syracuse", "NY", 132), ("Tulsa", "OK", 741), ("Lubbock", "TX", 794),
            ("Macon", "GA", 312), ("Roanoke", "VA", 240), ("Billings", "MT", 591), ("Des Moines", "IA", 503)]
_CA_CITY = [("Halifax", "NS", "B3H"), ("Kingston", "ON", "K7L"), ("Kamloops", "BC", "V2C"),
            ("Lethbridge", "AB", "T1J"), ("Moncton", "NB", "E1C"), ("Brandon", "MB", "R7A"),
            ("Guelph", "ON", "N1H"), ("Sherbrooke", "QC", "J1H")]
_UK_TOWN = [("Leeds", "LS6"), ("Norwich", "NR2"), ("Exeter", "EX4"), ("Bolton", "BL1"), ("Doncaster", "DN4"),
            ("Stockport", "SK4"), ("Ipswich", "IP1"), ("Carlisle", "CA1"), ("Swansea", "SA2")]
_IE_TOWN = [("Mullingar", "Co. Westmeath"), ("Tralee", "Co. Kerry"), ("Navan", "Co. Meath"),
            ("Clonmel", "Co. Tipperary"), ("Castlebar", "Co. Mayo"), ("Naas", "Co. Kildare"),
            ("Letterkenny", "Co. Donegal"), ("Tallaght", "Dublin 24")]
_AU_SUBURB = [("Toowong", "QLD", 4066), ("Glenroy", "VIC", 3046), ("Bankstown", "NSW", 2200),
              ("Frankston", "VIC", 3199), ("Subiaco", "WA", 6008), ("Norwood", "SA", 5067),
              ("Sandy Bay", "TAS", 7005), ("Mackay", "QLD", 4740)]
_NZ_SUBURB = [("Karori", "Wellington", 6012), ("Ponsonby", "Auckland", 1011), ("Riccarton", "Christchurch", 8041),
              ("Hamilton East", "Hamilton", 3216), ("Mount Maunganui", "Tauranga", 3116), ("Stoke", "Nelson", 7011)]
_LETTERS = "ABCDEFGHJKLMNPRSTVWXY"


def _address(r: random.Random) -> str:
    n = r.randint
    num, street = n(2, 240), r.choice(_STREET)
    country = r.choice(["US", "CA", "UK", "IE", "AU", "NZ"])
    if r.random() < 0.07:  # rare forms
        rare = r.randrange(4)
        if rare == 0:
            sub, st, pc = r.choice(_AU_SUBURB)
            return f"{n(1, 12)}/{n(2, 90)} {street} {r.choice(['Street', 'Road', 'Parade'])}, {sub} {st} {pc}"
        if rare == 1:
            sub, city, pc = r.choice(_NZ_SUBURB)
            return f"{num}{r.choice('abc')} {street} {r.choice(['Street', 'Terrace'])}, {sub}, {city} {pc}"
        if rare == 2:
            town, _ = r.choice(_IE_TOWN)
            return (f"{n(1, 80)} {street} {r.choice(['Park', 'Lawn', 'Grove'])}, {town}, "
                    f"{r.choice('ACDEFHKNPRTVWXY')}{n(10, 99)} {r.choice(_LETTERS)}{n(1, 9)}{r.choice(_LETTERS)}{n(1, 9)}")
        return r.choice([f"PO Box {n(10, 9999)}", f"P.O. Box {n(10, 999)}"])
    if country == "US":
        kind = r.choice(["Street", "Avenue", "Drive", "Road", "Lane", "Court", "Place"])
        form = r.randrange(3)
        if form == 0:
            return f"{n(100, 9800)} {street} {kind}"
        if form == 1:
            return f"{n(100, 9800)} {street} {kind}, Apt {r.choice([str(n(1, 40)), f'{n(1, 6)}{r.choice(_LETTERS)}'])}"
        city, st, z = r.choice(_US_CITY)
        return f"{n(100, 9800)} {street} {kind}, {city}, {st} {z}{n(0, 99):02d}"
    if country == "CA":
        kind = r.choice(["Street", "Avenue", "Crescent", "Drive", "Road"])
        city, prov, fsa = r.choice(_CA_CITY)
        pc = f"{fsa} {n(1, 9)}{r.choice(_LETTERS)}{n(0, 9)}"
        return r.choice([f"{num} {street} {kind}", f"{n(10, 990)} {street} {kind}, {city}, {prov} {pc}",
                         f"{n(10, 990)} {street} {kind}, {city}, {prov} {pc}"])
    if country == "UK":
        kind = r.choice(["Road", "Close", "Crescent", "Avenue", "Lane", "Grove", "Gardens", "Way", "Rd"])
        town, out = r.choice(_UK_TOWN)
        pc = f"{out} {n(1, 9)}{r.choice(_LETTERS)}{r.choice(_LETTERS)}"
        form = r.randrange(4)
        if form == 0:
            return f"{num} {street} {kind}"
        if form == 1:
            return f"Flat {n(1, 12)}, {num} {street} {kind}"
        if form == 2:
            return f"{num} {street} {kind}, {town} {pc}"
        return f"{num} {street} {kind}, {town}, {pc}"
    if country == "IE":
        town, county = r.choice(_IE_TOWN)
        kind = r.choice(["Park", "Lawn", "Grove", "Road", "Avenue", "Drive"])
        return r.choice([f"{n(1, 90)} {street} {kind}, {town}", f"{n(1, 90)} {street} {kind}, {town}, {county}",
                         f"{n(1, 90)} {street} {kind}"])
    if country == "AU":
        kind = r.choice(["Street", "Road", "Avenue", "Parade", "Court", "Crescent", "St"])
        sub, st, pc = r.choice(_AU_SUBURB)
        return r.choice([f"{num} {street} {kind}, {sub} {st} {pc}", f"{num} {street} {kind}, {sub}",
                         f"{num} {street} {kind}"])
    kind = r.choice(["Street", "Road", "Terrace", "Place", "Crescent"])
    sub, city, pc = r.choice(_NZ_SUBURB)
    return r.choice([f"{num} {street} {kind}, {sub}, {city} {pc}", f"{num} {street} {kind}, {sub}",
                     f"{num} {street} {kind}"])


# ---------------------------------------------------------------- dates
_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
_WEEKDAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 < d % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _date(r: random.Random) -> str:
    y, m, d = r.randint(2018, 2025), r.randint(1, 12), r.randint(1, 28)
    month = _MONTH[m - 1]
    if r.random() < 0.08:  # rare forms
        return r.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d} {_MON[m - 1]} {y}",
                         f"{_MON[m - 1]}{'' if m == 5 else '.'} {_ord(d)}"])
    wd = _WEEKDAY[datetime.date(y, m, d).weekday()]
    forms = [(3, f"{d} {month} {y}"), (3, f"{month} {d}, {y}"), (1, f"{d:02d}/{m:02d}/{y}"),
             (1, f"{m:02d}/{d:02d}/{y}"), (1, f"{d}/{m}/{y}"), (2, f"{_ord(d)} {month}"), (2, f"the {_ord(d)}"),
             (2, f"{month} {_ord(d)}"), (2, f"{d} {month}"), (1, f"{month} {d}"), (1, f"the {_ord(d)} of {month}"),
             (1, f"{_ord(d)} {month} {y}"), (1, f"{wd} {d} {month} {y}"), (1, f"{wd}, {month} {d}, {y}"),
             (1, r.choice([f"{d}/{m}", f"{m}/{d}"]))]
    total = sum(w for w, _ in forms)
    x = r.randrange(total)
    for w, form in forms:
        if x < w:
            return form
        x -= w
    return forms[0][1]


# ---------------------------------------------------------------- ages
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    if r.random() < 0.08 and a < 100:
        return "ninety" + (f"-{_UNITS[a - 90]}" if a > 90 else "")
    return str(a)


# ---------------------------------------------------------------- phones
def _phone(r: random.Random) -> str:
    n = r.randint
    if r.random() < 0.07:  # rare forms
        return r.choice([f"+44 7700 900{n(0, 999):03d}", f"+61 491 570 {n(100, 159)}", f"+353 87 {n(100, 999)} {n(1000, 9999)}",
                         f"{n(201, 989)}-555-01{n(0, 99):02d} ext. {n(10, 399)}", f"07700900{n(0, 999):03d}",
                         f"{n(201, 989)}.555.01{n(0, 99):02d}", f"+64 21 {n(100, 999)} {n(1000, 9999)}"])
    area = r.choice([613, 416, 204, 902, 403, 604, 330, 937, 315, 918, 806, 478, 540, 406])
    forms = [f"({area}) 555-01{n(0, 99):02d}", f"{area}-555-01{n(0, 99):02d}",
             f"07700 900{n(0, 999):03d}", r.choice([f"0161 496 0{n(0, 999):03d}", f"020 7946 0{n(0, 999):03d}",
                                                   f"0113 496 0{n(0, 999):03d}"]),
             f"08{r.choice('35679')} {n(100, 999)} {n(1000, 9999)}", f"(01) {n(200, 999)} {n(1000, 9999)}",
             f"0491 570 {n(100, 159)}", f"({r.choice(['02', '03', '07', '08'])}) 5550 {n(1000, 9999)}",
             f"02{r.choice('1279')} {n(100, 999)} {n(1000, 9999)}", f"(0{r.choice('34679')}) {n(200, 999)} {n(1000, 9999)}"]
    return r.choice(forms)


# ---------------------------------------------------------------- emails and web pages
_FREE = ["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk",
         "btinternet.com", "eircom.net", "bigpond.com", "optusnet.com.au", "xtra.co.nz", "shaw.ca", "rogers.com",
         "live.ie", "yahoo.ca"]
_PRACTICE = ["fernhillpsychology", "harbourlightclinic", "northgatewellbeing", "oakmerecounselling",
             "riverbendhealth", "clearwaterpsych", "meridianresearch", "glenhavenpractice", "stillpointtherapy",
             "thornfieldhealth", "ashcombemedical", "seacliffmentalhealth"]
_PRACTICE_TLD = ["com", "org", "com.au", "co.uk", "co.nz", "ca", "ie", "org.uk", "net.au", "org.nz"]
_ROLE = ["referrals", "admin", "reception", "intake", "info", "studyteam", "appointments", "ketamine.clinic",
         "psilocybin.trial", "safety", "enquiries", "billing"]


def _local(r: random.Random) -> str:
    first, last = r.choice(_FIRST).lower().replace("á", "a"), r.choice(_LAST).lower().replace("'", "")
    return r.choice([f"{first}.{last}", f"{first}{last}{r.randint(1, 99)}", f"{first[0]}{last}",
                     f"{first}_{last}", f"{first}{r.randint(60, 99)}", f"{last}.{first[0]}"])


def _email(r: random.Random) -> str:
    if r.random() < 0.62:
        local = _local(r)
        if r.random() < 0.05:
            local = local.capitalize()
        return f"{local}@{r.choice(_FREE)}"
    if r.random() < 0.75:
        return f"{r.choice(_ROLE)}@{r.choice(_PRACTICE)}.{r.choice(_PRACTICE_TLD)}"
    return f"{_local(r)}@{r.choice(_PRACTICE)}.{r.choice(_PRACTICE_TLD)}"


_PATH = ["/referrals", "/self-referral", "/book", "/forms/intake", "/resources/sleep", "/contact",
         "/psilocybin-study", "/carers", "/privacy", "/groups", "/new-patients", "/resources/grounding-exercises",
         "/complaints", "/participant-information", "/telehealth", ""]
_B62 = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def _slug(r: random.Random, k: int) -> str:
    return "".join(r.choice(_B62) for _ in range(k))


def _url(r: random.Random) -> str:
    x = r.random()
    site = f"{r.choice(_PRACTICE)}.{r.choice(_PRACTICE_TLD)}"
    path = r.choice(_PATH)
    if x < 0.28:
        return f"https://www.{site}{path}"
    if x < 0.50:
        return f"www.{site}{path}"
    if x < 0.64:
        return f"{site}{path}"
    if x < 0.72:
        return f"https://{site}{path}"
    if x < 0.94:
        kind = r.randrange(5)
        if kind == 0:
            return f"https://open.spotify.com/playlist/{_slug(r, 22)}"
        if kind == 1:
            return f"https://www.youtube.com/watch?v={_slug(r, 11)}"
        if kind == 2:
            cause = r.choice(["help-with-mums-care", "support-for-dad", "bring-liam-home", "recovery-fund-for-kerrie"])
            return f"https://www.gofundme.com/f/{cause}"
        if kind == 3:
            return f"https://{r.choice(['afterthefog', 'slowlyreturning', 'notesfromthequiet', 'learningtostay'])}.wordpress.com"
        return f"https://trials.{r.choice(_PRACTICE)}.org/{r.choice(['psilocybin-depression', 'ketamine-ptsd', 'study-info'])}"
    return r.choice([f"bit.ly/{_slug(r, 7)}", f"https://tinyurl.com/{_slug(r, 8).lower()}"])


# ---------------------------------------------------------------- national numbers and other ids
def _ssn(r: random.Random) -> str:
    n = r.randint
    kind = r.randrange(6)
    if kind == 0:
        area = r.choice([n(100, 665), n(667, 899)])
        return f"{area:03d}-{n(1, 99):02d}-{n(1, 9999):04d}" if r.random() < 0.9 else f"{area:03d} {n(1, 99):02d} {n(1, 9999):04d}"
    if kind == 1:
        a, b, c = n(100, 799), n(0, 999), n(0, 999)
        return r.choice([f"{a} {b:03d} {c:03d}", f"{a}-{b:03d}-{c:03d}"])
    if kind == 2:
        p = r.choice(["AB", "CE", "JT", "KM", "NR", "PW", "RS", "SH", "TL", "WB", "YZ", "JH"])
        s = r.choice("ABCD")
        a, b, c = n(10, 99), n(10, 99), n(10, 99)
        return r.choice([f"{p} {a} {b} {c} {s}", f"{p}{a}{b}{c}{s}", f"{p} {a} {b} {c} {s}"])
    if kind == 3:
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHJKLMNPRSTVWX')}{r.choice(['', '', 'A', 'W'])}"
    if kind == 4:
        return f"{n(100, 999)} {n(0, 999):03d} {n(0, 999):03d}"
    return r.choice([f"{n(10, 99)}-{n(0, 999):03d}-{n(0, 999):03d}", f"{n(10, 149):03d}-{n(0, 999):03d}-{n(0, 999):03d}",
                     f"{n(10, 149):03d} {n(0, 999):03d} {n(0, 999):03d}"])


def _id(r: random.Random) -> str:
    n = r.randint
    L = lambda k: "".join(r.choice(_LETTERS) for _ in range(k))  # noqa: E731
    forms = [
        lambda: f"{n(1000000, 9999999)}",                                   # MRN / UR
        lambda: f"{n(0, 9999999):08d}",                                     # MRN zero-padded
        lambda: f"{r.choice('HKMRT')}{n(100000, 9999999)}",                 # hospital number
        lambda: f"{n(400, 799)} {n(100, 999)} {n(1000, 9999)}",             # NHS
        lambda: f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}",             # Medicare AU
        lambda: f"{L(3)}{n(1000, 9999)}",                                   # NHI
        lambda: r.choice([f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{L(2)}",
                          f"{n(1000, 9999)} {n(100, 999)} {n(100, 999)}"]),  # OHIP / health card
        lambda: f"{L(3)}{n(100000000, 999999999)}",                         # insurance member id
        lambda: f"{L(1)}{n(10000000, 99999999)}",                           # policy / member
        lambda: f"{L(2)}{n(10000, 99999)}{L(1)}",                           # Medicaid
        lambda: f"{n(0, 99999999):08d}",                                    # account
        lambda: f"CLM-{n(100000, 9999999)}",                                # claim
        lambda: f"{r.choice(['PSI', 'KET', 'PSY', 'LUM'])}-{n(1, 299):03d}",  # participant
        lambda: f"{r.choice(['P', 'S', 'SCR'])}{n(100, 999)}",              # participant / screening
        lambda: f"REF-{n(10000, 999999)}",                                  # referral ref
        lambda: f"R{n(1000, 9999)}",                                        # randomisation
    ]
    if r.random() < 0.06:  # rare forms
        return r.choice([f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}/{n(1, 5)}", f"{L(2)}/{n(10, 99)}/{n(1000, 99999)}",
                         f"{r.choice(['psi', 'ket'])}-{n(1, 299):03d}", f"{n(400, 799)}-{n(100, 999)}-{n(1000, 9999)}"])
    return r.choice(forms)()


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
        "Her daughter, {}, attended the assessment and gave a helpful account of the last few months.",
        "I am writing to update you on Mrs {}, whom I saw in clinic this morning.",
        "Thank you for referring Mr {}, who has struggled with low mood since he was made redundant.",
        "Dear Dr {}, thank you for seeing this gentleman at such short notice.",
        "Kind regards, {}",
        "My husband {} drove me to the centre for the dosing session and waited in the car park all day.",
        "During the session I kept thinking about {} and the last conversation we had before he died.",
        "She lives with her partner, {}, who works night shifts in a warehouse.",
        "{} was calm and well engaged throughout the session and reported a modest improvement in her sleep.",
        "The event was reported to the sponsor by the study physician, Dr {}, within twenty-four hours.",
        "I am {}'s older sister, and I am writing because I am worried about how she has been since the trial ended.",
        "My son {} has not been himself since he came home from the ketamine clinic.",
        "Hi {}, thanks for the reminder about next week's appointment. I will be there.",
        "He identified his grandmother, {}, as the person who made him feel safe as a child.",
        "The case was discussed in supervision with {}, who suggested we revisit the formulation before discharge.",
        "His care will be transferred to {} in the community team, who has agreed to see him within two weeks.",
        "Collateral information was obtained by telephone from her brother, {}, with her consent.",
        "At one point I felt a strong presence in the room, and for a while I was sure it was {} sitting beside me.",
        "Present at the meeting were the patient, his mother and the care coordinator, {}.",
        "Ms {} was seen for her final session today and is being discharged back to your care.",
        "The participant was accompanied home by her friend {}, who agreed to stay with her overnight.",
        "As a family we want to thank {} and the whole team for the care they gave our father.",
        "He described his relationship with his father, {}, as distant and at times frightening.",
        "I have known {} for over twenty years, and I have never seen him this withdrawn.",
        "In the integration session I talked about forgiving {}, which I had not expected to do.",
        "Professor {} reviewed the narrative and agreed that the event was possibly related to the study drug.",
        "My wife, {}, noticed the change in me before I did.",
        "She was referred by her school counsellor, {}, after she disclosed that she had been self-harming.",
        "Mr {}'s mood has lifted considerably since the sertraline was increased to 100 mg.",
        "Yours sincerely, Dr {}, Consultant Psychiatrist",
    ],
    "LOCATION": [
        "She was born in {} and moved away for university at eighteen.",
        "He grew up on a farm outside {} and left school at sixteen.",
        "He was admitted to {} under section after the police brought him to the emergency department.",
        "She currently works as a teaching assistant at {}.",
        "Following his discharge from {}, he will be followed up by the community mental health team.",
        "I drove down to {} the weekend after the session to see my mum and tell her what had happened.",
        "The family relocated to {} when she was eleven, and she found the move very hard.",
        "Her mother now lives in {} and is visited twice a day by carers.",
        "He remains an inpatient at {} and is expected to be transferred to a rehabilitation bed next week.",
        "The dosing session took place at {} in a quiet room with low lighting and music.",
        "I am a retired nurse living in {}, and I have been a participant in your study since the spring.",
        "He has been attending the day programme at {} three days a week.",
        "Dad spent the last two years of his life at {}, where the staff were very kind to him.",
        "She completed her schooling at {} and went on to train as a hairdresser.",
        "He worked for many years at {} before he was made redundant last spring.",
        "The participant was taken by ambulance to {}, where she was observed overnight and discharged the following morning.",
        "Since moving to {} she has felt isolated and has not yet registered with a new GP.",
        "I was transferred to the ward from {} after three nights on a medical bed.",
        "His partner has family in {}, and they are thinking of moving there to be closer to them.",
        "She was previously under the care of the eating disorder service at {}.",
        "I am writing from {}, where my brother has been staying with us since he was discharged.",
        "The incident occurred at the participant's home in {}, approximately six hours after dosing.",
        "We have moved back to {} to be closer to family, so I will need a referral to a local service.",
        "He describes {} as the only place he has ever felt at home.",
        "She commutes each day to {} for her job in a call centre.",
        "The second assessment was carried out at {} because she could not manage the journey into the city.",
        "He was a boarder at {} from the age of nine, which he remembers as a lonely time.",
        "I wanted to let you know that Mum was moved to {} last week and has settled in reasonably well.",
    ],
    "ADDRESS": [
        "He lives alone in a ground-floor flat at {}.",
        "Please send all correspondence to her home address, {}.",
        "Her current address is {}.",
        "The family home at {} has been sold, and she is now staying with her daughter.",
        "A community psychiatric nurse visited him at {} on two occasions last month.",
        "I have moved, so could you please update my address to {} before the next letter goes out?",
        "Police were called to {} after neighbours heard shouting late at night.",
        "The participant was escorted home to {} by a member of the study team.",
        "She grew up at {}, in a house she describes as cold and chaotic.",
        "Our clinic has moved to {}, and from next month all appointments will be held there.",
        "He gave his address as {}, although he has been sleeping on a friend's sofa for several weeks.",
        "Correspondence sent to {} has been returned undelivered, which suggests that he has moved on.",
        "The home visit took place at {}, where she lives with her two teenage children.",
        "Her new care home is at {}, and visiting is possible every afternoon.",
        "Please write to me at {} rather than to the old address.",
        "Since the separation he has been renting a room at {}.",
        "The referral letter gives her address as {}, which is outside our catchment area.",
        "I now live at {} with my partner and our dog.",
        "Letters for Dad can be sent to me at {}, as he no longer opens his post.",
        "The clinic is located at {}, with parking at the rear of the building.",
        "Following his eviction from {}, he spent several weeks in emergency accommodation.",
        "She was found by her son at her home, {}, late in the evening.",
        "Prescriptions will be posted to {} unless we hear otherwise.",
        "His last known address is {}.",
        "We lived at {} for most of my childhood, and that is where the worst of it happened.",
        "She is being discharged home to {}, with daily visits from the home treatment team.",
        "I am writing on behalf of my mother, who lives at {}, about the letter she received from your office.",
    ],
    "DATE": [
        "She was first seen in clinic on {} following a referral from her GP.",
        "The dosing session took place on {} and was uneventful.",
        "Date of discharge: {}.",
        "He was admitted on {} after an overdose of paracetamol.",
        "I am writing to confirm your next appointment on {} at 10:30 in the outpatient department.",
        "The serious adverse event occurred on {}, approximately four hours after administration of psilocybin 25 mg.",
        "My father passed away on {}, and everything since then has been a blur.",
        "Since {} she has been abstinent from alcohol and has been attending meetings regularly.",
        "The second ketamine infusion was given on {} without complications.",
        "Her last contact with the service was on {}, when she declined further appointments.",
        "Thank you for your letter dated {}, which reached me this week.",
        "I felt the first real shift on {}, about two weeks after my session.",
        "The sponsor was notified on {}, and the event was reported to the ethics committee within seven days.",
        "He was seen for review on {} and reported that his sleep had improved.",
        "We have you booked in for {}, so please let us know if that no longer suits.",
        "Mum was admitted to hospital on {} after a fall at home.",
        "The integration session has been moved to {} because the therapist is on leave.",
        "Her baby is due on {}, and she is anxious about stopping the medication.",
        "On {} I finally wrote the letter to my brother that I had been putting off for years.",
        "He has been off work since {} with stress and low mood.",
        "The participant was withdrawn from the study on {} at her own request.",
        "Your appointment on {} was missed, and we would be grateful if you could contact us to rebook.",
        "I am writing this on {}, the evening after the session, while it is still fresh.",
        "The event resolved on {} with no lasting effects.",
        "Her date of birth is recorded as {}.",
        "He attended the emergency department on {} with chest pain that was later attributed to anxiety.",
        "The baseline MADRS was completed on {}, with a score of 31.",
        "He will be discharged from the programme on {} if things remain stable.",
    ],
    "AGE": [
        "She is a {}-year-old widow who lives alone in sheltered housing.",
        "My grandmother is {} and still does the crossword every morning.",
        "He is now {} and has recently moved into residential care.",
        "Her father, aged {}, was the main reason she delayed starting treatment.",
        "Mum turned {} in the spring and has become much more forgetful.",
        "He lived to {} and died peacefully in his sleep.",
        "The patient is a {}-year-old retired farmer with a long history of recurrent depression.",
        "I am {} years old, and I never thought I would be writing to a clinic about my nerves.",
        "Her aunt, who is {}, relies on her for shopping and for her medication.",
        "At {}, he remains independent with most activities of daily living.",
        "My husband died at {} after sixty-three years of marriage.",
        "He cares for his mother, who is {} years of age and has Parkinson's disease.",
        "She was {} when she moved into the care home, and she never really settled.",
        "Grandad is {} now, and the thought of losing him keeps me awake at night.",
        "This {}-year-old gentleman was referred by his GP with low mood and a poor appetite.",
        "Her grandmother died last year aged {}, and the grief has been a focus of our work.",
        "Dad will be {} next month, and we have not yet talked about what happens if he gets worse.",
        "The collateral history came from his sister, who is {} and still living independently.",
        "She reached {} this year, which her family marked with a small party at the home.",
        "He is a {} year old man who presented with confusion and agitation.",
        "My great-grandmother is {}, and she is the one person I can talk to about all of this.",
        "At the age of {}, she is the oldest patient the memory clinic has seen this year.",
        "I look after my mother-in-law, who is now {} and very frail.",
        "Her father was {} when he passed away at home with the family around him.",
        "The participant's next of kin is her mother, aged {}, who lives in the same building.",
        "Aged {}, he still walks to the shops every day and insists on doing his own cooking.",
    ],
    "PHONE": [
        "She can be contacted on her mobile, {}, at any time during the day.",
        "If you have any questions, please call the clinic on {}.",
        "Please ring me on {} if there are any problems with the referral.",
        "You can reach me at {} after six in the evening.",
        "Her daughter asked to be called on {} rather than on the home number.",
        "The study team can be contacted out of hours on {}.",
        "My number has changed, and the new one is {}.",
        "Should you have any concerns, the duty worker can be reached on {}.",
        "He gave {} as his contact number, but it went straight to voicemail.",
        "For urgent matters please telephone the ward directly on {}.",
        "I tried to call {} several times but nobody picked up, so I am sending this message instead.",
        "Her next of kin, her son, can be contacted on {}.",
        "To reschedule, please phone our reception team on {} between 9 am and 5 pm.",
        "I can be reached on {} if you need any more information about my brother.",
        "The participant was given the 24-hour study line, {}, before leaving the unit.",
        "Direct line: {}",
        "We left a message on {} asking her to contact the service.",
        "Please update the phone number in my records to {}.",
        "The pharmacist can be contacted on {} if there are questions about the prescription.",
        "If I do not answer, please leave a message on {} and I will ring you back.",
        "Collateral was obtained by phone from his wife, who was reached on {}.",
        "His care coordinator's direct number is {}.",
        "For bookings, call {} or use the online form.",
        "She rang the crisis team on {} that night and spoke to a nurse for an hour.",
        "Any further adverse events should be reported to the safety desk on {}.",
        "The best number to reach Mum is {}, as she rarely checks her mobile.",
    ],
    "EMAIL": [
        "She can also be contacted by e-mail at {}.",
        "Please send the completed questionnaires to {} before the next visit.",
        "I have copied in my sister, whose e-mail is {}, so she can help with the forms.",
        "Referrals can be sent securely to {}.",
        "My email address has changed to {}, so please use that from now on.",
        "The signed consent form was returned by email from {}.",
        "If you would prefer, you can email me at {} instead of calling.",
        "I sent my integration journal to {} as the study team asked.",
        "Please reply to {} with any questions about this letter.",
        "His preferred contact is by email, {}, as he does not answer unknown numbers.",
        "Further information is available from the trial coordinator at {}.",
        "I received an automatic reply from {} saying the office is closed over the holidays.",
        "A copy of this letter has been sent to the patient at {} at her request.",
        "You can send photos of the rash to {} and the study doctor will review them.",
        "Her daughter asked that all updates be sent to {}.",
        "I am writing from my work account, but my personal email is {}.",
        "The adverse event form was e-mailed to {} on the same day.",
        "Feel free to contact me at {} if you want to talk about Dad's care.",
        "Contact email: {}",
        "Please add {} to the mailing list for the carers' group.",
        "I have emailed the recording to {} so that you can listen before our next session.",
        "Any concerns about the study can be raised with the ethics office at {}.",
        "The invoice will be sent to {} at the end of each month.",
        "He forwarded the message to {} and asked for a reply within a week.",
        "I have set up a new address, {}, that I only use for things to do with my treatment.",
    ],
    "URL": [
        "More information about the study is available at {}.",
        "I found the breathing exercises on {} really helpful between sessions.",
        "You can book your next appointment online at {}.",
        "The playlist we used during the session is at {} if you would like to listen to it again.",
        "Our referral form can be downloaded from {}.",
        "She has been writing about her recovery on a blog, {}, which she gave me permission to read.",
        "Details of the carers' support group are on {}.",
        "The participant information sheet is also available online at {}.",
        "I have set up a fundraiser at {} to help pay for Mum's care.",
        "Please complete the online questionnaire at {} before your first appointment.",
        "The clinic's privacy notice can be found at {}.",
        "I watched a talk at {} that described almost exactly what I went through.",
        "Further resources on sleep are listed at {}.",
        "She was sent the link {} for the guided meditation.",
        "You can read our complaints procedure at {}.",
        "The service's new website is {}, and the old one will close at the end of the month.",
        "I have shared my integration notes with you at {}.",
        "For directions and parking, please see {}.",
        "The video consultation will take place through {}, and you do not need to download anything.",
        "A summary of the trial results will be posted at {} once the study closes.",
        "I came across the study advertised at {} and decided to apply.",
        "Our family wrote a tribute to him at {}, which we would be happy for the team to read.",
        "The workbook mentioned in our last session is available free at {}.",
        "Information for family members is available at {}.",
        "You can register for the next group online at {}.",
    ],
    "SSN": [
        "Her social security number is {}, as listed on the insurance form.",
        "Please quote your National Insurance number, {}, on all correspondence with the benefits office.",
        "My SIN is {} if you need it for the claim.",
        "His PPS number, {}, has been added to the medical card application.",
        "The tax file number recorded on the payment form is {}.",
        "Her IRD number is {}, which she provided for the participant reimbursement.",
        "I have enclosed a copy of his social security card, number {}, as requested.",
        "Social security number: {}",
        "For the study payments we need your National Insurance number, which you gave as {}.",
        "My social insurance number is {}.",
        "She wrote her PPS number as {} on the consent form.",
        "The employer confirmed his National Insurance number as {}.",
        "For tax purposes, please confirm that your TFN is {}.",
        "I gave my SSN, {}, to the billing department over the phone.",
        "Her social insurance number, {}, appears on the disability application.",
        "Payments to participants are made once we have their IRD number, and hers is {}.",
        "The participant's National Insurance number is {}, taken from her payslip.",
        "He was asked for his social security number and gave {}.",
        "Please note that my SIN was entered incorrectly; it should be {}.",
        "The benefits letter quotes her NI number as {}.",
        "My PPSN is {}, and I have attached proof of address.",
        "The reimbursement form lists his tax file number as {}.",
        "His social security number, {}, was blacked out on the copy sent to the sponsor.",
        "Dad's social security number is {}, in case the hospital asks for it.",
        "The national identification number given at screening was {}.",
    ],
    "ID": [
        "Her hospital number is {}.",
        "His NHS number is {}, and his GP has been copied into this letter.",
        "Please quote the reference {} in any correspondence about this referral.",
        "The participant, study number {}, experienced a transient rise in blood pressure during the session.",
        "My Medicare number is {}, and I have a current mental health care plan.",
        "Her NHI number, {}, was confirmed at the start of the assessment.",
        "The medical record number {} appears on every page of the discharge summary.",
        "His OHIP number is {}, and his health card was renewed last year.",
        "My member ID with the insurer is {}, so the therapy sessions should be covered.",
        "The claim was submitted under claim number {}.",
        "Her health card number is {}.",
        "Please note the UR number {} when booking further appointments.",
        "Participant {} completed all three dosing sessions and the twelve-week follow-up.",
        "The policy number on his insurance card is {}.",
        "I have been given a patient ID of {} for the online portal.",
        "Her Medicaid ID is {}, and the prior authorisation has been approved.",
        "Account number {} shows an outstanding balance for two missed sessions.",
        "The screening number assigned at the first visit was {}.",
        "The serious adverse event has been logged under report number {}.",
        "Her MRN is {}, and she is already known to the crisis team.",
        "Our reference is {}; please use it when you reply.",
        "His medical card number is {}, which covers the cost of the prescription.",
        "The randomisation number allocated was {}, and the kit was dispensed by the pharmacy.",
        "Mum's NHS number is {} if you need it to find her records.",
        "The case has been opened on our system under file number {}.",
        "I phoned the insurer and they gave me a claim reference of {}.",
        "Her client number with the service is {}.",
    ],
}
