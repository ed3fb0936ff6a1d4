"""A forty-fifth SYNTHETIC transcript set for benchmarks/deid.py: the forty-third held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand are
used as places only, never with a person; every hospital, clinic, practice, medical and health centre,
care home, school, college, trial, service and workplace name is made up).  Written on 2026-12-07 by an
engineer who had NOT seen the de-identifier's rules, its docs page, its tests or the contents of the
earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout41.py their docstrings, plus the ``value`` signature and the ``TEMPLATES``
shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no line of this file
was changed after its first run.  It was first run on the twentieth round's rules (main at commit
918ef01) and measures how the rules do on text they were not written for; it stays a blind set until a
later round makes it a development set.

Style: A THIRD SAMPLE, by another writer, of PLAIN, ORDINARY WRITTEN clinical and research PROSE that a
psychotherapy study collects beside its transcripts (after deid_heldout35.py and deid_heldout39.py, whose
docstrings only were read; this one is written from what such documents really look like, not from
their lists), in full sentences with normal capitals and punctuation, one to three sentences per turn,
never dialogue: session progress notes written out in full (``She arrived on time and was tearful for
much of the hour.``), intake assessments and case formulations (``Presenting problem``, ``Background``,
``Impression``), letters to and from a GP, family physician or other referrer (``Many thanks for asking
me to see ...``, ``I saw ... in clinic today``, ``Kind regards``), discharge and transfer summaries, a
participant's e-mail or portal message to the clinic (``Hi ..., just a quick note to say ...``), a
participant's written account of a psilocybin or ketamine session and of its integration in the weeks
after, a trial's serious-adverse-event report narrative (``The participant was found ... and the
investigator was informed within the hour.``) and a family member's written statement (``I am writing
on behalf of my father ...``).  The benchmark's generator writes every turn as ``Therapist:``/``Client:``,
so each piece of prose sits inside a ``Client:`` turn.  Writers from the US, Canada, the UK, Ireland,
Australia and New Zealand, mixed, with their spelling (``behaviour``/``behavior``, ``counselling``,
``centre``/``center``, ``programme``, ``mum``/``mom``/``mam``, ``GP``, ``family doctor``, ``A&E``, ``ER``) and
their date, phone and ID conventions.  This set estimates how the rules do on ordinary written material,
so it is kept plain and natural and does not chase variety for its own sake.

Identifier forms: the MOST COMMON written forms, evenly spread; hard or exotic forms are rare (under one
in ten of each type).  Names: a first name alone (the most common: ``Her son, Declan, drove her in``), a
full name, a surname after ``Mr``/``Mrs``/``Ms``/``Dr``/``Professor`` (the title in the carrier, never in the
span), a relative's, partner's or colleague's name after a kin or role word in the carrier, a possessive
``'s`` in the carrier, a name in a letter's ``Dear ...`` or a message's ``Hi ...,``, a name in a sign-off;
rarely a hyphenated first name, an ``O'``/``Mc`` surname, a middle initial or a double-barrelled surname.
Places: the city, town or suburb someone lives in, grew up in, moved to or was taken to (``Rotorua``,
``Bendigo``, ``Kilkenny``, ``Harrogate``, ``Moncton``, ``Boulder``, ``Port Macquarie``), and made-up hospitals,
clinics, medical and health centres, practices, care homes, day centres, schools, colleges and
workplaces by name (``Ferncliffe General Hospital``, ``Alder Lodge Care Home``, ``Kestrel Bay Medical
Centre``, ``Hartwell Freight``); rarely a town with its county, state or province after it, or a
saint's-name hospital or school.  Addresses as written in a letter or on a form: a street line (``14
Rowan Crescent``, sometimes ``St``/``Rd``/``Ave``), a US line with ``Apt`` or with city, state and ZIP, a
Canadian line with city, province and postal code, a UK line with ``Flat 2,`` or with town and postcode,
an Irish road or estate with its town or county, an Australian line with suburb, state and postcode, a
NZ line with suburb, city and postcode; rarely an Australian ``2/18`` unit line, an Irish Eircode or a PO
Box.  Dates as such documents write them: ``3 March 2024``, ``March 3, 2024``, ``03/03/2024`` (day first or
month first), ``3rd March``, ``the 14th``, ``March 3rd``, ``3 March``, ``March 3``, ``the 3rd of March``,
``14th March 2024``, a weekday with its date that agrees with it (``Tuesday 12 March 2024``,
``Tuesday, March 12, 2024``), ``14/3`` and ``3/14``; rarely ISO ``2024-03-14``, a dotted ``14.03.24``,
``14 Mar 2024`` or ``Sept. 9th``.  Ages over 89 (90-110): digits (most) in ``a 94-year-old widower``,
``aged 91``, ``is now 96``, ``95 years old``, ``at 97``, ``lived to 102``, ``turned 100``, the unit and
``aged``/``now`` in the carrier; rarely in words (``ninety-three``).  Phones in local formats: US and
Canadian ``(613) 555-0142`` and ``613-555-0142`` (555-01xx fiction numbers), rarely ``613.555.0142`` or with
an extension; UK ``07700 900123`` mobiles and ``0161 496 0123`` / ``020 7946 0123`` / ``0113 496 0123``
landlines (the drama ranges); Irish ``087 123 4567`` mobiles and ``(01) 555 1234`` landlines; Australian
``0491 570 123`` mobiles and ``(02) 5550 1234`` landlines; NZ ``021 123 4567`` mobiles and ``(09) 555 1234``
landlines; rarely with a country code.  Emails: free-mail and ISP addresses of these countries
(``gmail.com``, ``yahoo.com``, ``hotmail.co.uk``, ``outlook.com``, ``icloud.com``, ``btinternet.com``,
``eircom.net``, ``bigpond.com``, ``xtra.co.nz``, ``sympatico.ca``) and invented practice, hospital, service
and trial addresses (``referrals@...``, ``reception@...``).  Web addresses: invented practice, service,
trial, booking, form and resource pages with and without ``https://`` and ``www``, a blog, a playlist and a
fundraiser with invented paths; rarely a short link.  SSNs as each country's national number (planted
as SSN -- a judgement call): US social security numbers, Canadian SINs, UK National Insurance numbers,
Irish PPS numbers, Australian tax file numbers and NZ IRD numbers, the cue in the carrier (``value`` and
the template are drawn independently, so the cue does not always match the country).  IDs (the cue
always in the carrier, never in the span): hospital and medical record numbers, NHS numbers,
Australian Medicare and UR numbers, NZ NHI numbers, OHIP and other health card numbers, US insurance
member, group, policy and Medicaid ids, account, claim and file numbers, referral and incident
references and a trial's participant, screening, randomisation and SAE report numbers.
A title, kin word or possessive ``'s`` next to a name, an article before a place and ``on``/``since``/
``from`` before a date stay outside the span; a date's own words (``the 3rd of March``, ``the 14th``) are
inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and then a form
sits a little oddly in its sentence, as in a real document.
The carrier sentences hold words that must NOT be removed: drugs and doses (psilocybin 25 mg, ketamine
0.5 mg/kg, esketamine, sertraline 100 mg, fluoxetine, quetiapine, zopiclone, lorazepam), scales and
scores (PHQ-9, GAD-7, MADRS, PCL-5, CORE-10, AUDIT), ages under 90, clock times (10:30, 2 pm),
durations (two weeks, six sessions, forty-eight hours), kin words as common nouns (her daughter, my
mum, his son, my nan), role words (the GP, the care coordinator, the study physician, the duty
psychiatrist, the sponsor) and place-like common words (the ward, the clinic, the care home, the
emergency department, the dosing room, the day programme); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

# ---------------------------------------------------------------- names (invented pairings)
FIRST_F = ["Karen", "Louise", "Megan", "Rachel", "Niamh", "Aoife", "Chloe", "Hannah", "Jessica", "Sarah",
           "Emma", "Claire", "Deborah", "Fiona", "Gemma", "Heather", "Jodie", "Kirsty", "Lauren", "Maureen",
           "Nicole", "Orla", "Paula", "Sinead", "Tracey", "Vanessa", "Wendy", "Amanda", "Brooke", "Caitlin",
           "Danielle", "Erin", "Grace", "Holly", "Isla", "Jennifer", "Kayla", "Lisa", "Michelle", "Natalie",
           "Olivia", "Rebecca", "Stephanie", "Tania", "Ruby", "Aroha", "Mackenzie", "Bronwyn", "Shannon"]
FIRST_M = ["Declan", "Gareth", "Ryan", "Liam", "Connor", "Darren", "Ethan", "Graham", "Jason", "Kevin",
           "Mark", "Nathan", "Owen", "Patrick", "Shane", "Stuart", "Trevor", "Wayne", "Aaron", "Brendan",
           "Callum", "Craig", "Dylan", "Eoin", "Gavin", "Jack", "Jordan", "Keith", "Lewis", "Matthew",
           "Neil", "Paul", "Robert", "Sean", "Tyler", "Brett", "Hamish", "Nikau", "Mitchell", "Travis",
           "Colin", "Dennis", "Bradley", "Cameron", "Derek", "Harvey", "Joel", "Marcus", "Scott"]
SURNAMES = ["Thompson", "Harrison", "Murphy", "Walsh", "Bennett", "Collins", "Duffy", "Fletcher", "Griffiths",
            "Hughes", "Jenkins", "Kennedy", "Lawson", "Marshall", "Nolan", "Parker", "Quinn", "Reilly",
            "Sutherland", "Turner", "Wallace", "Whitfield", "Ashworth", "Barnes", "Carroll", "Dawson", "Ellis",
            "Foster", "Gibson", "Hendry", "Lynch", "Morrison", "Noble", "Pearce", "Ramsay", "Sheridan",
            "Tierney", "Watts", "Yates", "Brennan", "Coleman", "Doyle", "Fraser", "Harper", "Keane", "Mahoney",
            "Norris", "Palmer", "Russell", "Stanton", "Tucker", "Wilkinson", "Henare", "Patel", "Nguyen",
            "Chambers", "Redmond", "Lennox", "Buckley", "Conway", "Maddox", "Garvey", "Hartley", "Prentice"]
HARD_FIRST = ["Mary-Kate", "Anne-Marie", "Jean-Luc", "Lily-Rose", "Sue-Ellen", "Jo-Anne"]
HARD_SUR = ["O'Sullivan", "O'Donnell", "McAllister", "McGrath", "MacLeod", "O'Keeffe", "McBride"]
DOUBLE_SUR = ["Harcourt-Vane", "Lloyd-Pritchard", "Ashby-Clarke", "Fenwick-Hale"]


def _first(r: random.Random) -> str:
    return r.choice(FIRST_F if r.random() < 0.5 else FIRST_M)


def _person(r: random.Random) -> str:
    x = r.random()
    if x < 0.38:
        return _first(r)
    if x < 0.68:
        return f"{_first(r)} {r.choice(SURNAMES)}"
    if x < 0.92:
        return r.choice(SURNAMES)
    y = r.random()
    if y < 0.3:
        return r.choice(HARD_FIRST)
    if y < 0.55:
        return f"{_first(r)} {r.choice(HARD_SUR)}"
    if y < 0.8:
        return f"{_first(r)} {r.choice('ABCDEFGHJKLMPRSTW')}. {r.choice(SURNAMES)}"
    return f"{_first(r)} {r.choice(DOUBLE_SUR)}"


# ---------------------------------------------------------------- places
TOWNS = ["Rotorua", "Whanganui", "Invercargill", "Timaru", "Napier", "Masterton", "Porirua", "Papakura",
         "Bendigo", "Ballarat", "Wagga Wagga", "Mildura", "Bundaberg", "Cairns", "Frankston", "Parramatta",
         "Penrith", "Fremantle", "Launceston", "Port Macquarie", "Mount Gambier", "Kilkenny", "Tralee",
         "Navan", "Ennis", "Letterkenny", "Drogheda", "Castlebar", "Tullamore", "Harrogate", "Rotherham",
         "Stockport", "Wigan", "Ipswich", "Taunton", "Crewe", "Kettering", "Barnsley", "Carlisle", "Inverness",
         "Kirkcaldy", "Swansea", "Wrexham", "Moncton", "Lethbridge", "Kamloops", "Peterborough", "Sudbury",
         "Brandon", "Nanaimo", "Sherbrooke", "Guelph", "Boulder", "Dayton", "Lubbock", "Bangor", "Burlington",
         "Rochester", "Olympia", "Provo", "Santa Rosa", "Green Bay", "Worcester", "Chapel Hill", "Ann Arbor"]
COUNTY_TOWNS = ["Thurles, County Tipperary", "Ennis, Co. Clare", "Keswick, Cumbria", "Bend, Oregon",
                "Truro, Nova Scotia", "Cobourg, Ontario", "Mudgee, NSW", "Athy, Co. Kildare", "Sandpoint, Idaho"]
STEMS = ["Ferncliffe", "Alder", "Kestrel Bay", "Hartwell", "Brackenhurst", "Millstream", "Oakridge", "Greyfriars",
         "Wattle Grove", "Tussock Hill", "Larkhill", "Eastbrook", "Copperbeech", "Silverdale", "Harbourside",
         "Pinecrest", "Riverbend", "Stoneleigh", "Meadowvale", "Ashgrove", "Westmead Park", "Kowhai",
         "Bramblewood", "Clearwater", "Highfield", "Thornbury", "Lindenhurst", "Sandhaven"]
FACILITY = ["General Hospital", "Community Hospital", "Private Hospital", "Medical Centre", "Medical Center",
            "Health Centre", "Family Practice", "Care Home", "Nursing Home", "Lodge", "Day Centre",
            "Psychology Clinic", "Counselling Service", "Mental Health Clinic", "Primary School",
            "High School", "Secondary School", "College", "Behavioral Health", "Surgery", "Rehabilitation Unit"]
WORKPLACES = ["Hartwell Freight", "Millstream Foods", "Pinecrest Insurance", "Greyfriars Hotel", "Riverbend Joinery",
              "Clearwater Dairy", "Stoneleigh Engineering", "Harbourside Logistics", "Oakridge Builders"]
SAINTS = ["St Brigid's Hospital", "St Columba's College", "St Aidan's Primary School", "St Luke's Hospice",
          "Saint Ignatius High School"]


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.52:
        return r.choice(TOWNS)
    if x < 0.84:
        return f"{r.choice(STEMS)} {r.choice(FACILITY)}"
    if x < 0.92:
        return r.choice(WORKPLACES)
    return r.choice(COUNTY_TOWNS + SAINTS)


# ---------------------------------------------------------------- addresses
STREET_NAMES = ["Rowan", "Kingfisher", "Hazelwood", "Station", "Church", "Victoria", "Beechcroft", "Wattle",
                "Harcourt", "Mill", "Park", "Lindsay", "Carrington", "Elmwood", "Kowhai", "Totara", "Banksia",
                "Jacaranda", "Glenview", "Woodlands", "Sycamore", "Maple Ridge", "Chestnut", "Orchard",
                "Highgate", "Fairview", "Larch", "Brookside", "Cedar", "Ferndale"]
STREET_TYPES = ["Street", "Road", "Avenue", "Crescent", "Close", "Drive", "Lane", "Grove", "Place", "Court",
                "Way", "Terrace", "St", "Rd", "Ave"]
US_PLACES = [("Dayton", "OH", "454"), ("Greenville", "NC", "278"), ("Lubbock", "TX", "794"), ("Provo", "UT", "846"),
             ("Green Bay", "WI", "543"), ("Olympia", "WA", "985"), ("Bangor", "ME", "044")]
CA_PLACES = [("Guelph", "ON", "N1H"), ("Moncton", "NB", "E1C"), ("Kamloops", "BC", "V2C"),
             ("Lethbridge", "AB", "T1J"), ("Brandon", "MB", "R7A"), ("Sherbrooke", "QC", "J1H")]
UK_PLACES = [("Stockport", "SK4"), ("Harrogate", "HG1"), ("Wigan", "WN3"), ("Taunton", "TA1"), ("Crewe", "CW2"),
             ("Carlisle", "CA2"), ("Swansea", "SA2"), ("Kirkcaldy", "KY1")]
IE_PLACES = ["Mallow, Co. Cork", "Navan, Co. Meath", "Tralee, Co. Kerry", "Castlebar, Co. Mayo", "Tullamore",
             "Ennis, Co. Clare", "Letterkenny, Co. Donegal"]
AU_PLACES = [("Frankston", "VIC", "3199"), ("Mount Gravatt", "QLD", "4122"), ("Penrith", "NSW", "2750"),
             ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Launceston", "TAS", "7250"),
             ("Wagga Wagga", "NSW", "2650")]
NZ_PLACES = [("Hamilton East", "Hamilton", "3216"), ("Ilam", "Christchurch", "8041"), ("Mount Albert", "Auckland", "1025"),
             ("Karori", "Wellington", "6012"), ("Glengarry", "Invercargill", "9810"), ("Stoke", "Nelson", "7011")]
LETTERS = "ABDEFGHJLNPQRSTUWXY"


def _street(r: random.Random) -> str:
    return f"{r.randint(2, 248)} {r.choice(STREET_NAMES)} {r.choice(STREET_TYPES)}"


def _address(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.30:
        return _street(r)
    if x < 0.42:
        city, st, z = r.choice(US_PLACES)
        return r.choice([f"{_street(r)}, Apt {n(1, 30)}{r.choice(['', 'B', 'C'])}",
                         f"{_street(r)}, {city}, {st} {z}{n(10, 99)}"])
    if x < 0.52:
        city, prov, fsa = r.choice(CA_PLACES)
        return f"{_street(r)}, {city}, {prov} {fsa} {n(1, 9)}{r.choice(LETTERS)}{n(1, 9)}"
    if x < 0.66:
        town, pc = r.choice(UK_PLACES)
        return r.choice([f"Flat {n(1, 12)}, {_street(r)}", f"{_street(r)}, {town} {pc} {n(1, 9)}{r.choice(LETTERS)}"
                         f"{r.choice(LETTERS)}"])
    if x < 0.76:
        return f"{n(1, 96)} {r.choice(['Glenview', 'Ardmore', 'Cherry Orchard', 'Beechpark', 'Hillcrest'])} " \
               f"{r.choice(['Park', 'Avenue', 'Drive', 'Lawns', 'Road'])}, {r.choice(IE_PLACES)}"
    if x < 0.86:
        sub, st, pc = r.choice(AU_PLACES)
        return f"{_street(r)}, {sub} {st} {pc}"
    if x < 0.94:
        sub, city, pc = r.choice(NZ_PLACES)
        return f"{_street(r)}, {sub}, {city} {pc}"
    return r.choice([f"{n(1, 9)}/{n(10, 120)} {r.choice(STREET_NAMES)} Street",
                     f"PO Box {n(100, 9999)}",
                     f"{n(1, 60)} Ardmore Park, Mallow, Co. Cork P51 {r.choice(LETTERS)}{n(1, 9)}{r.choice(LETTERS)}{n(1, 9)}",
                     f"{n(2, 90)}a {r.choice(['Totara', 'Kowhai', 'Rimu'])} Street"])


# ---------------------------------------------------------------- dates
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _date(r: random.Random) -> str:
    y, m, d = r.randint(2019, 2026), r.randint(1, 12), r.randint(1, 28)
    mon = MONTHS[m - 1]
    forms = [f"{d} {mon} {y}", f"{mon} {d}, {y}", f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{_ord(d)} {mon}",
             f"the {_ord(d)}", f"{mon} {_ord(d)}", f"{d} {mon}", f"{mon} {d}", f"the {_ord(d)} of {mon}",
             f"{_ord(d)} {mon} {y}", f"{d}/{m}", f"{m}/{d}", f"{d}/{m}/{y}", f"{m}/{d}/{y}"]
    if r.random() < 0.12:
        wd = DAYS[datetime.date(y, m, d).weekday()]
        return r.choice([f"{wd} {d} {mon} {y}", f"{wd}, {mon} {d}, {y}", f"{wd} {_ord(d)} {mon}"])
    if r.random() < 0.07:
        return r.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{d} {mon[:3]} {y}",
                         f"{'Sept.' if m == 9 else mon[:3] + '.'} {_ord(d)}"])
    return r.choice(forms)


# ---------------------------------------------------------------- ages
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _age_words(a: int) -> str:
    if a >= 100:
        rest = a - 100
        return "a hundred" if rest == 0 else f"a hundred and {_age_words(rest) if rest >= 10 else UNITS[rest]}"
    tens = "ninety" if a < 100 else ""
    return tens if a % 10 == 0 else f"{tens}-{UNITS[a % 10]}"


def _age(r: random.Random) -> str:
    a = r.choice([r.randint(90, 99)] * 4 + [r.randint(90, 110)])
    if r.random() < 0.08 and a < 100:
        return _age_words(a)
    return str(a)


# ---------------------------------------------------------------- phones
def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.30:
        a = r.choice([613, 416, 604, 902, 303, 614, 919, 207, 512, 503, 828, 585])
        return r.choice([f"({a}) 555-01{n(0, 99):02d}", f"{a}-555-01{n(0, 99):02d}", f"({a}) 555-01{n(0, 99):02d}"])
    if x < 0.52:
        return r.choice([f"07700 900{n(0, 999):03d}", f"0161 496 0{n(0, 999):03d}", f"020 7946 0{n(0, 999):03d}",
                         f"0113 496 0{n(0, 999):03d}", f"07700 900 {n(0, 999):03d}"])
    if x < 0.66:
        return r.choice([f"08{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}", f"(01) 555 {n(1000, 9999)}",
                         f"(021) 555 {n(1000, 9999)}"])
    if x < 0.82:
        return r.choice([f"0491 57{n(0, 9)} {n(100, 999)}", f"(0{r.choice('2378')}) 5550 {n(1000, 9999)}",
                         f"0491 57{n(0, 9)} {n(100, 999)}"])
    if x < 0.93:
        return r.choice([f"021 {n(100, 999)} {n(1000, 9999)}", f"(09) 555 {n(1000, 9999)}",
                         f"027 {n(100, 999)} {n(1000, 9999)}", f"(03) 555 {n(1000, 9999)}"])
    return r.choice([f"{r.choice([613, 919, 303])}.555.01{n(0, 99):02d}", f"+44 7700 900{n(0, 999):03d}",
                     f"+61 491 57{n(0, 9)} {n(100, 999)}", f"(416) 555-01{n(0, 99):02d} ext. {n(10, 499)}",
                     f"+64 21 {n(100, 999)} {n(1000, 9999)}", f"+353 87 {n(100, 999)} {n(1000, 9999)}"])


# ---------------------------------------------------------------- e-mails and web pages
FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "hotmail.co.uk", "outlook.com",
            "icloud.com", "btinternet.com", "eircom.net", "bigpond.com", "xtra.co.nz", "sympatico.ca", "live.ie",
            "optusnet.com.au", "yahoo.co.uk"]
PRACTICE = ["ferncliffepsychology.co.uk", "kestrelbaymc.com.au", "hartwelltherapy.com", "brackenhurstclinic.ie",
            "tussockhillcounselling.co.nz", "millstreamhealth.ca", "lindenhursttrial.org", "riverbendbh.org",
            "clearwatermentalhealth.org.au", "greyfriarsgp.nhs.uk", "copperbeechpsychiatry.com"]
ROLES = ["referrals", "reception", "admin", "enquiries", "intake", "studyteam", "appointments", "info"]


def _email(r: random.Random) -> str:
    f, s = _first(r).lower().replace("-", ""), r.choice(SURNAMES).lower()
    if r.random() < 0.3:
        return f"{r.choice(ROLES)}@{r.choice(PRACTICE)}"
    user = r.choice([f"{f}.{s}", f"{f}{s}{r.randint(1, 99)}", f"{f[0]}{s}", f"{f}_{s}", f"{f}.{s}{r.randint(60, 99)}",
                     f"{s}.{f}", f"{f}{r.randint(70, 2001)}"])
    return f"{user}@{r.choice(FREEMAIL)}"


def _url(r: random.Random) -> str:
    site = r.choice(PRACTICE)
    path = r.choice(["", "/referrals", "/contact", "/book-online", "/resources/sleep", "/forms/intake",
                     "/participant-information", "/integration-group", "/our-team", "/patient-portal",
                     "/resources/grounding-exercises"])
    x = r.random()
    if x < 0.35:
        return f"https://www.{site}{path}"
    if x < 0.6:
        return f"www.{site}{path}"
    if x < 0.72:
        return f"{site}{path}"
    if x < 0.94:
        slug = r.choice(["after-the-session", "notes-from-the-other-side", "slow-mornings", "learning-to-land"])
        tag = "".join(r.choice("abcdefghkmnpqrstuvwxyz0123456789") for _ in range(10))
        return r.choice([f"https://{slug}.wordpress.com", f"https://{slug.replace('-', '')}.blogspot.com",
                         f"https://open.spotify.com/playlist/{tag}", f"https://www.gofundme.com/f/{slug}-{r.randint(10, 99)}",
                         f"https://www.youtube.com/watch?v={tag}", f"https://forms.gle/{tag}"])
    return f"bit.ly/{''.join(r.choice('abcdefghkmnpqrstuvwxyzABCDEFGHJKLMN23456789') for _ in range(7))}"


# ---------------------------------------------------------------- national numbers and record numbers
def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.35:
        a = r.choice([n(100, 665), n(667, 899)])
        return r.choice([f"{a}-{n(10, 99)}-{n(1000, 9999)}"] * 4 + [f"{a} {n(10, 99)} {n(1000, 9999)}"])
    if x < 0.5:
        return r.choice([f"{n(100, 799)} {n(100, 999)} {n(100, 999)}", f"{n(100, 799)}-{n(100, 999)}-{n(100, 999)}"])
    if x < 0.68:
        p = r.choice(["AB", "JK", "NP", "SR", "TE", "WL", "YH", "LM"])
        return r.choice([f"{p} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}",
                         f"{p}{n(100000, 999999)}{r.choice('ABCD')}"])
    if x < 0.8:
        return f"{n(1000000, 9999999)}{r.choice(['T', 'W', 'K', 'H', 'TA', 'FA', 'WA'])}"
    if x < 0.92:
        return r.choice([f"{n(100, 999)} {n(100, 999)} {n(100, 999)}", f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"])
    return r.choice([f"{n(10, 149)}-{n(100, 999)}-{n(100, 999)}", f"0{n(10, 99)}-{n(100, 999)}-{n(100, 999)}"])


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([
        f"{n(1000000, 9999999)}", f"{n(10000000, 99999999)}", f"{r.choice(L)}{n(1000000, 9999999)}",
        f"{n(100, 999)} {n(100, 999)} {n(1000, 9999)}",                       # NHS number
        f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}",                        # Medicare (AU)
        f"{n(100000, 999999)}",                                                # UR, file
        f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(1000, 9999)}",             # NHI
        f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(L)}{r.choice(L)}",   # OHIP
        f"{r.choice(['XJH', 'W', 'MBR', 'ZGP', 'YLK'])}{n(100000000, 999999999)}",   # member id
        f"{r.choice(L)}{r.choice(L)}{n(10000000, 99999999)}",                  # Medicaid style
        f"PSI-{n(100, 999)}", f"KET-{n(1, 9):02d}-{n(1, 150):03d}", f"{r.choice(['S', 'R'])}-{n(1000, 9999)}",
        f"{n(1, 12):02d}-{n(100, 999)}",                                       # site-participant
        f"REF/{n(10000, 99999)}", f"SAE-{n(100, 999)}", f"CL-{n(1000000, 9999999)}",
        f"{n(10000000, 99999999)}-{n(10, 99)}"])


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn only with *r*."""
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
        "Her daughter, {}, came with her to the appointment and waited in reception.",
        "I saw Mrs {} in clinic today for a review of her low mood.",
        "Dear Dr {}, thank you for referring this pleasant gentleman to our service.",
        "Hi {}, just a quick note to say I will be about ten minutes late on the day.",
        "Many thanks for asking me to see Mr {}, who has struggled with panic attacks for some years.",
        "She describes her husband, {}, as supportive but worn out.",
        "{} attended alone and was calm and well engaged throughout the session.",
        "Yours sincerely, Dr {}, Consultant Psychiatrist.",
        "During the session I kept thinking about my brother {} and the last time we spoke.",
        "Ms {} was admitted to the ward after an overdose of paracetamol.",
        "The participant's partner, {}, was contacted by the study nurse and confirmed that he was safe at home.",
        "I am writing on behalf of my father because he finds letters difficult. My name is {} and I am his eldest.",
        "He has been in regular contact with his sponsor, {}, and attends meetings twice a week.",
        "{}'s mother reports that he has not left his room much since the start of term.",
        "Kind regards, {} (Clinical Psychologist).",
        "After the dose wore off I asked the guide to ring {} because I wanted to hear a familiar voice.",
        "Her key worker, {}, will continue to visit fortnightly after discharge.",
        "The event was witnessed by the sitter, Nurse {}, who called the study physician immediately.",
        "Professor {} has agreed to supervise the case while I am on leave.",
        "She talked at length about her late grandmother, {}, who raised her from the age of six.",
        "Please pass my thanks on to {} on the front desk, who was very kind when I rang last week.",
        "He lives with his wife and their son {}, who is fourteen.",
        "I discussed the formulation in supervision with Dr {}, who suggested we slow the pace.",
        "On discharge he will be followed up by his GP, Dr {}, and the community team.",
        "My sister {} has been with Mum most days, and she will be the main contact while I am away.",
        "The referral was made by {}, the school counsellor, who was concerned about self-harm.",
        "At intake she named her friend {} as her emergency contact.",
        "I found myself crying about {} for the first time in years, and it felt clean rather than frightening.",
        "Mr {}'s sertraline was increased to 100 mg and he reports fewer early wakings.",
        "Thank you for seeing {} at such short notice last week.",
    ],
    "LOCATION": [
        "She grew up in {} and moved away when she was nineteen.",
        "He was taken to {} by ambulance and assessed in the emergency department.",
        "She has been a resident of {} for the past two years.",
        "The participant lives alone in {} and drives to the clinic for each visit.",
        "He was transferred from {} to the inpatient unit for further assessment.",
        "I moved to {} after the divorce, mainly to be closer to my mum.",
        "She works part-time as a receptionist at {}.",
        "He was born in {} and describes a happy early childhood.",
        "Her son attends {} and is doing well despite the disruption at home.",
        "Following discharge from {}, she will be reviewed by the community team.",
        "We spent the weekend after the dosing session in {}, walking by the water.",
        "He was previously under the care of the psychiatry service at {}.",
        "The family relocated to {} when he was eleven, which he remembers as a lonely time.",
        "My mother has been in {} since her fall, and the staff there have been wonderful.",
        "She was seen in A&E at {} and discharged the same evening with a follow-up letter.",
        "He left school at sixteen and started an apprenticeship with {}.",
        "She completed her nursing training in {} before emigrating.",
        "Our team will be running the integration group from a new room at {} from next month.",
        "His parents still live in {} and he visits them most weekends.",
        "I am currently based at {}, so please send any correspondence there.",
        "The incident took place while the participant was on holiday in {}.",
        "She attended the day programme at {} for six weeks with good effect.",
        "He has lived in {} all his life and is well known in the community.",
        "Since moving to {}, she has felt more isolated and has stopped going to church.",
        "I drove home to {} afterwards with my partner and slept for most of the afternoon.",
        "He was an inpatient at {} for three weeks following a manic episode.",
        "She teaches Year 4 at {} and has taken sick leave since the assault.",
    ],
    "ADDRESS": [
        "She lives at {} with her two children and a dog.",
        "Please send the appointment letter to {}.",
        "Address: {}.",
        "He has recently moved to {} and asked that all letters go there.",
        "The welfare check was carried out at {} by two officers and the duty worker.",
        "Our new address is {}, and the phone number is unchanged.",
        "Correspondence for the participant should be sent to {}, marked private and confidential.",
        "She was found by a neighbour at her home, {}, and the ambulance was called.",
        "I grew up at {}, and I saw the house quite clearly during the session.",
        "Home address on file: {}.",
        "He is staying with his sister at {} until his own flat is ready.",
        "The consent form lists the participant's address as {}.",
        "My father lives at {}, which is about forty minutes from the clinic.",
        "Please note the change of address to {} from the end of this month.",
        "Home visits will take place at {} on alternate weeks.",
        "Our family home at {} was sold last year, and that has been part of the grief.",
        "The practice has moved to {}, so please update your records.",
        "She gave her address at intake as {} but says she is rarely there.",
        "The prescription was delivered to {} by the community pharmacy.",
        "Returned mail from {} suggests he may have moved without telling us.",
        "Discharge destination: home, {}.",
        "I now rent a room at {}, which is quieter and closer to work.",
        "He has asked that we do not write to {}, as his mother opens his post.",
        "Study packs were posted to {} by tracked delivery.",
        "The fire at {} is what first brought her to our attention.",
        "Her current address is {}, and she lives there with her partner.",
    ],
    "DATE": [
        "She was admitted on {} after a deliberate overdose.",
        "Date of discharge: {}.",
        "I saw him again on {}, when he reported a marked improvement in sleep.",
        "The dosing session took place on {} and lasted a little over six hours.",
        "Her next appointment is on {} at 10:30.",
        "The serious adverse event occurred on {}, approximately four hours after administration.",
        "He has been off work since {} and is anxious about returning.",
        "Thank you for your letter dated {}.",
        "My mother died on {}, and I have not really been myself since.",
        "Date of birth: {}.",
        "She was first seen by our service on {} following a referral from her GP.",
        "I just wanted to let you know that I can't make it on {}, could we find another time?",
        "The participant was randomised on {} and received the first infusion a week later.",
        "He stopped drinking on {} and has remained abstinent since.",
        "The event was reported to the sponsor on {}, within twenty-four hours of the site becoming aware.",
        "Since {} she has attended every session and completed all homework.",
        "I noticed the change from around {}, when he stopped answering his phone.",
        "Date of referral: {}.",
        "The integration session was held on {}, two days after the dose.",
        "She will be reviewed in clinic on {} with her PHQ-9 and GAD-7 scores.",
        "Our father's memory has got much worse since {}.",
        "The ketamine infusion on {} was well tolerated apart from mild nausea.",
        "He was discharged from the ward on {} with a supply of quetiapine.",
        "I was very anxious the night before {}, but the preparation sessions helped.",
        "Her father's funeral was on {}, which was also the anniversary of her first admission.",
        "This letter confirms your appointment on {} with the psychology team.",
        "He first came to the clinic on {}, and has since completed six sessions of CBT.",
    ],
    "AGE": [
        "She is a {}-year-old widow who lives alone and is fiercely independent.",
        "He is now {} and has been in the care home for three years.",
        "My grandmother, who is {}, still asks after me every week.",
        "The patient, aged {}, was admitted with delirium and a urinary infection.",
        "She lived to {}, and we were all with her at the end.",
        "He is {} years old and his hearing is very poor, so please speak clearly.",
        "My father turned {} last month and still does the crossword every day.",
        "Her mother is {} and has mild dementia, and she is her main carer.",
        "He died peacefully at {} after a short illness.",
        "I am writing about my aunt, who is {} and lives on her own.",
        "The resident is a {} year old man with a long history of depression.",
        "At {} she remains sharp and enjoys the visits from the chaplain.",
        "His grandfather, now {}, was the one who taught him to fish.",
        "She was {} when she first told anyone about what happened in the war.",
        "His mother is {} and still lives in the family home.",
        "My nan is {} this year, and she is the reason I wanted to get well.",
        "He is a frail {}-year-old man who uses a walking frame.",
        "She celebrated her birthday on the ward, turning {}, and seemed to enjoy it.",
        "Our mother is {} and no longer recognises most of us.",
        "The oldest resident in the home is {} and is still very chatty.",
        "Aged {}, he is the last of his brothers and feels it keenly.",
        "His wife of sixty years died at {}, and he has not been the same since.",
        "She reached {} without ever having seen a psychiatrist.",
        "My great-grandmother is {} and she was the one who kept the family together.",
        "The patient is {} years of age and lives with her son.",
        "He is {} and wishes to remain at home for as long as possible.",
    ],
    "PHONE": [
        "She can be reached on {} during the day.",
        "If you have any concerns, please call the clinic on {}.",
        "My mobile number has changed, and the new one is {}.",
        "The duty team can be contacted on {} outside office hours.",
        "Next of kin: husband, tel. {}.",
        "Please ring me on {} if anything changes with Dad.",
        "The study nurse can be contacted on {} between 9 am and 5 pm.",
        "Her daughter asked to be called on {} rather than the landline.",
        "Phone: {}.",
        "If you need to reschedule, call {} and leave a message.",
        "For urgent concerns about the trial, the on-call investigator can be reached on {}.",
        "I tried to ring the number you gave me, {}, but it just rang out.",
        "He has given consent for us to contact him on {} and to leave voicemails.",
        "The care home can be contacted directly on {}.",
        "My work number is {}, but I'd rather you used e-mail if possible.",
        "You can text me on {} if that is easier than a call.",
        "The referrer's direct line is {}.",
        "Contact number for the participant: {}.",
        "I left a message for his wife on {} asking her to call back.",
        "If you would like to speak to me about this letter, my number is {}.",
        "Her preferred number is {}, and she is happy for messages to be left.",
        "The pharmacy on {} has confirmed the delivery.",
        "To book the follow-up, please phone reception on {}.",
        "I have attached the form and my number is {} if you need anything else.",
        "The police liaison officer left {} as a contact number for the family.",
        "In an emergency, ring my son on {}.",
    ],
    "EMAIL": [
        "Please send the forms to {} rather than by post.",
        "She can be contacted by e-mail at {}.",
        "My new e-mail address is {}, so please update your records.",
        "Referrals can be made by e-mail to {}.",
        "The signed consent form was returned from {} the same afternoon.",
        "Email: {}.",
        "I have copied in my partner at {} as she helps me keep track of appointments.",
        "If you have any questions about the study, please contact the team at {}.",
        "The participant asked that reminders be sent to {} only.",
        "Her daughter can be reached at {} and is happy to be involved in planning.",
        "I forwarded my journal entries to {} as you suggested.",
        "Correspondence may also be sent securely to {}.",
        "I wrote to the clinic at {} last week but haven't heard back yet.",
        "Please reply to {}, as I don't check my work address often.",
        "For administrative queries, contact {}.",
        "My son set up {} for me, so that is the best way to reach me now.",
        "The adverse event form was e-mailed to {} within the required time frame.",
        "Could you send the integration worksheet to {}?",
        "He gave {} as his contact e-mail at screening.",
        "The GP surgery can be contacted at {} for medication queries.",
        "Please use {} for anything to do with my mother's care.",
        "The invoice will be sent to {} at the end of each month.",
        "She e-mailed from {} to say she wanted to withdraw.",
        "You can write to me at {} if that feels easier than talking.",
        "Any questions about the group can go to {}.",
        "I have changed my email to {} because the old one was hacked.",
    ],
    "URL": [
        "More information about the study is available at {}.",
        "You can book your next appointment online at {}.",
        "The grounding exercises we discussed are on {}.",
        "Please complete the intake questionnaire at {} before your first session.",
        "I have been writing about the experience on my blog, {}, which helps me process it.",
        "The playlist from the dosing session is at {} if you want it for the group.",
        "Our referral form can be downloaded from {}.",
        "Details of the integration group can be found at {}.",
        "My sister set up a fundraiser for Mum's care at {}.",
        "The participant information sheet is also available at {}.",
        "I found the sleep resources on {} really useful.",
        "Website: {}.",
        "For directions and parking, please see {}.",
        "Patients can access their letters through the portal at {}.",
        "I watched the breathing video you sent, {}, most nights this week.",
        "The weekly mood survey link is {}, and it takes about five minutes.",
        "You can read more about our team at {}.",
        "The family statement was posted publicly at {}, which we have asked them to remove.",
        "The feedback form is at {} and is anonymous.",
        "A copy of the self-help booklet can be downloaded from {}.",
        "I came across the trial through an advert that linked to {}.",
        "Further details about the service are at {}.",
        "Please see {} for our cancellation policy.",
        "She shared a link to {} and asked whether it was safe to use.",
        "The carers' support pages at {} may be helpful for the family.",
        "I put the journal online at {} for a few close friends.",
    ],
    "SSN": [
        "Her social security number is {}.",
        "His National Insurance number is {}.",
        "The claim form requires his SIN, which is {}.",
        "PPS number: {}.",
        "Tax file number: {}.",
        "Her IRD number is {}, which the payroll office asked for.",
        "SSN: {}.",
        "The benefits letter quotes her National Insurance number, {}.",
        "He wrote his social security number, {}, on the back of the consent form by mistake.",
        "For the travel reimbursement we need your PPS number, {}.",
        "His social insurance number, {}, appears on the disability application.",
        "My Social Security number is {}, in case the billing office needs it.",
        "The participant payment form lists a tax file number of {}.",
        "NI number: {}.",
        "She provided her SSN, {}, to the billing department at intake.",
        "The welfare officer confirmed his National Insurance number as {}.",
        "I have included my PPS number, {}, as requested.",
        "Her social insurance number is {} according to the employment records.",
        "Please quote your IRD number, {}, on the reimbursement claim.",
        "The disability application lists his social security number as {}.",
        "Social Security No.: {}.",
        "He asked whether we really needed his SIN, {}, for the honorarium.",
        "My mother's National Insurance number is {} if the council asks.",
        "The form was returned with the SSN {} filled in by his daughter.",
        "For the tax form, her TFN is {}.",
        "SIN: {}.",
    ],
    "ID": [
        "Hospital number: {}.",
        "His NHS number is {}.",
        "Medical record number: {}.",
        "Participant ID {} completed all study visits.",
        "Her Medicare number is {}, and she holds a pension card.",
        "UR number: {}.",
        "NHI: {}.",
        "His OHIP number is {}.",
        "The insurance member ID is {}, and the plan covers twenty sessions.",
        "Please quote our reference {} in any correspondence.",
        "Screening number {} did not meet the inclusion criteria because of a recent manic episode.",
        "MRN {}.",
        "Her Medicaid ID is {}.",
        "The claim number for the sessions is {}.",
        "Policy number: {}.",
        "SAE report number {} was submitted to the sponsor and the ethics committee.",
        "Randomisation number {} was allocated to the psilocybin arm.",
        "Her health card number is {}, and the version code is on the back.",
        "Account number: {}.",
        "The incident has been logged on the reporting system under reference {}.",
        "Patient ID: {}.",
        "Please use the file number {} when you call the clinic.",
        "His group number is {} according to the insurance card.",
        "The participant, study number {}, reported a transient rise in blood pressure during the infusion.",
        "My hospital number is {}, if that helps you find my notes.",
        "The referral was received under case number {}.",
        "Client number {} has been closed following discharge.",
    ],
}
