"""A thirty-seventh SYNTHETIC transcript set for benchmarks/deid.py: the thirty-fifth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand are
used as places only, never with a person; every hospital, clinic, medical centre, practice, care home,
day centre, school, college, trial and workplace name is made up). Written on 2026-12-07 by an engineer
who had NOT seen the de-identifier's rules, its docs page, its tests or the contents of the earlier sets
(only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout33.py their docstrings, plus the ``value`` signature and the
``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no
line of this file was changed after its first run. It was first run on the sixteenth round's rules (main
at commit b5ca9bf, a date's ``the`` included) and measures how the rules do on text they were not
written for; it stays a blind set until a later round makes it a development set.

Style: PLAIN, ORDINARY WRITTEN clinical and research PROSE that a psychotherapy study collects beside
its transcripts, in full sentences with normal capitals and punctuation, one or two sentences per
turn, never dialogue: case histories and case formulations written by the therapist (``She is a
93-year-old retired teacher who lives alone ...``), referral letters and discharge summaries (with
the odd letter line such as ``Date of discharge: ...`` or ``Yours sincerely, Dr ...``), a
participant's written narrative or diary entry about their treatment in the first person, a
trial's adverse-event narrative, a supervision case presentation and a before-and-after case
history of a psychedelic-therapy (psilocybin) participant.  The benchmark's generator writes every
turn as ``Therapist:``/``Client:``, so each sentence sits inside a ``Client:`` turn.  Writers from the
US, Canada, the UK, Ireland, Australia and New Zealand, mixed, with their spelling (``behaviour``,
``centre``, ``programme``, ``mum``, ``mom``, ``GP``, ``ward round``) and their date and phone layouts.
This set estimates how the rules do on ordinary written material, so it is kept plain and natural
and does not chase variety for its own sake.
Identifier forms: the MOST COMMON written forms, spread evenly; hard or exotic forms are rare
(under one in ten of each type).  Names: a first name alone (the most common form: ``her daughter,
Karen,``), a full name, a surname after ``Mr``/``Mrs``/``Ms``/``Dr``/``Professor`` (the title in the
carrier), a relative's, partner's or colleague's name after a kin or role word in the carrier, a
possessive ``'s`` in the carrier, a name after ``Dear Dr`` or in a sign-off; rarely a hyphenated first
name, an ``O'`` surname, a double-barrelled surname or a middle initial.  Places: the city, town or
suburb someone was born in, lives in or moved to (``Geelong``, ``Swindon``, ``Kelowna``, ``Athlone``,
``Palmerston North``, ``Fort Wayne``), and made-up hospitals, community and private hospitals,
clinics, medical and health centres, care homes, day centres, schools, colleges and workplaces by
name (``Larchfield Hospital``, ``Millbrook Primary School``, ``Stonebridge Logistics``); rarely a town
with its county, state or province after it, or a saint's-name school or hospital.  Addresses as a
letter writes them: a street line (``42 Larkspur Avenue``, ``17 Thornbury Close``, sometimes ``St``/``Rd``),
a street line with its town, a US line with ``Apt`` or with town, state and ZIP, a Canadian line with
city, province and postal code, a UK line with ``Flat 2,`` or with town and postcode, an Irish line
with its town or county, an Australian line with suburb, state and postcode, a NZ line with its town
and postcode; rarely an Australian ``3/41`` unit line, an Irish Eircode or a PO box.  Dates as written:
``3 March 2023``, ``March 3, 2023``, ``03/03/2023`` (day first or month first), ``3rd March``, ``the
14th``, ``March 3rd``, ``3 March``, ``March 3``, ``the 3rd of March``, ``14th March 2023``, ``Tuesday 14
March 2023`` (a weekday agrees with its date), ``14/3`` and ``3/14``; rarely ISO ``2023-03-14``, a dotted
``14.3.23``, ``14 Mar 2023`` or ``Sept 9th``.  Ages over 89 (90-110) as written: digits (most) in
``a 94-year-old man``, ``aged 91``, ``now 96``, ``94 years old``, ``at 97``, ``lived to 102``, the unit and
``aged``/``now`` in the carrier; rarely in words (``ninety-three``).  Phones in local formats: US and
Canadian ``(613) 555-0142``, ``613-555-0142``, rarely ``613.555.0142`` (555-01xx fiction numbers), UK
``07700 900123`` mobiles and ``0161 496 0123`` / ``020 7946 0123`` landlines, Irish ``087 123 4567`` mobiles
and ``01 555 1234`` landlines, Australian ``0491 570 123`` mobiles and ``(02) 5550 1234`` landlines, NZ
``021 123 4567`` mobiles and ``(09) 555 1234`` landlines; rarely with a country code, run together or
with an extension.  Emails: free-mail and ISP addresses of these countries (``gmail.com``,
``hotmail.co.uk``, ``eircom.net``, ``bigpond.com``, ``xtra.co.nz``, ``shaw.ca``) and invented practice,
hospital and trial addresses (``referrals@...``).  Web addresses: invented practice, service, trial
and resource pages with and without ``https://`` and ``www``, a blog, a playlist, a video and a
fundraiser with invented paths; rarely a short link.  SSNs as each country's national number
(planted as SSN -- a judgement call): US social security numbers, Canadian SINs, UK National
Insurance numbers, Irish PPS numbers, Australian tax file numbers and NZ IRD numbers, the cue in
the carrier (``value`` and the template are drawn independently, so not always the matching one).
IDs (the cue always in the carrier, never in the span): hospital and medical record numbers, NHS
numbers, Australian Medicare and UR numbers, NZ NHI numbers, OHIP and health card numbers, US
insurance member, policy and Medicaid ids, account and claim numbers, referral references and a
trial's participant and screening numbers.
A title, kin word or possessive ``'s`` next to a name, an article before a place and ``on``/``since``
before a date stay outside the span; a date's own words (``the 3rd of March``, ``the 14th``) are
inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and then a
form sits a little oddly in its sentence, as in a real document.
The carrier sentences hold words that must NOT be removed: drugs and doses (psilocybin 25 mg,
sertraline 50 mg, mirtazapine, donepezil), scales (MADRS, PHQ-9, GAD-7), ages under 90, bare years,
durations (six months, twelve years, forty-eight hours), clock times, kin words as common nouns (her
daughter, my mum, his son), role words (the GP, the ward clerk, the study nurse, the safety officer),
an eponymous disease (Parkinson's disease) and place-like common words (the ward, the clinic, the
care home, the day centre, the emergency department, the memory clinic); they hold no other name,
place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

# ---------------------------------------------------------------- invented people (no real person)
_FIRST = ["Karen", "Sarah", "Michael", "David", "Rebecca", "Andrew", "Claire", "Paul", "Louise", "Mark",
          "Fiona", "Stephen", "Jennifer", "Brian", "Nicole", "Gareth", "Hannah", "Craig", "Melissa", "Darren",
          "Aoife", "Ciara", "Declan", "Shane", "Kylie", "Brendan", "Tania", "Wiremu", "Aroha", "Rhys",
          "Bethany", "Tyler", "Ashley", "Kevin", "Donna", "Graham", "Maureen", "Colin", "Sandra", "Trevor",
          "Denise", "Glenn", "Jodie", "Troy", "Leanne", "Dylan", "Chloe", "Olivia", "Liam", "Megan",
          "Ethan", "Grace", "Ruby", "Harriet", "Alison", "Marcus", "Rachel", "Simon", "Joanne", "Patrick",
          "Eileen", "Kathleen", "Dorothy", "Norman", "Margaret", "Gordon", "Lorraine", "Kirsty", "Jason",
          "Natalie", "Brooke", "Tamsin", "Mere", "Hemi", "Sinead", "Ronan", "Eamon", "Gillian", "Wendy",
          "Curtis", "Danielle", "Brett", "Shannon", "Nathan", "Amber", "Josh", "Lucy", "Owen", "Mia"]
_LAST = ["Thompson", "Walsh", "Murphy", "Brennan", "Henderson", "Patel", "Nguyen", "Campbell", "Robertson",
         "Fraser", "Kelly", "Fitzpatrick", "Harrison", "Sutherland", "Whitaker", "Pearson", "Dawson",
         "Morrison", "Lawson", "Chambers", "Barker", "Hughes", "Doyle", "Byrne", "Quinn", "Reid", "Tremblay",
         "Gagnon", "Ngata", "Parata", "Jenkins", "Fletcher", "Hartley", "Simmons", "Pritchard", "McAllister",
         "Donnelly", "Ferguson", "Boyle", "Keane", "Nolan", "Mahoney", "Sheridan", "Whelan", "Lynch",
         "Costello", "Bradshaw", "Ashworth", "Greenwood", "Munro", "Kerr", "Tanaka", "Clarke", "Bennett",
         "Foster", "Gillespie", "Hogan", "Mitchell", "Paterson", "Richardson", "Stewart", "Turnbull",
         "Walker", "Bouchard", "Leblanc", "Tipene", "Haddow", "Kowalski", "Russo", "Sharma"]
_HYPHEN_FIRST = ["Mary-Kate", "Anne-Marie", "Jean-Luc", "Lee-Ann", "Sarah-Jane", "Rose-Marie"]
_O_LAST = ["O'Sullivan", "O'Connor", "O'Brien", "O'Neill", "O'Dwyer", "O'Hara"]
_DOUBLE_LAST = ["Hartley-Brown", "Fox-Whitaker", "Lloyd-Jenkins", "Moore-Sheridan"]

# ---------------------------------------------------------------- real places, used as places only
_TOWNS = ["Dayton", "Fort Wayne", "Lansing", "Syracuse", "Billings", "Topeka", "Reno", "Savannah", "Akron",
          "Burlington", "Olympia", "Erie", "Kingston", "Moncton", "Kelowna", "Sudbury", "Lethbridge",
          "Fredericton", "Kamloops", "Brandon", "Red Deer", "Peterborough", "Swindon", "Stockport",
          "Doncaster", "Harrogate", "Norwich", "Exeter", "Ipswich", "Carlisle", "Wolverhampton", "Dundee",
          "Athlone", "Sligo", "Tralee", "Mullingar", "Navan", "Drogheda", "Letterkenny", "Castlebar",
          "Kilkenny", "Geelong", "Toowoomba", "Bendigo", "Wollongong", "Townsville", "Launceston", "Mildura",
          "Shepparton", "Bunbury", "Palmerston North", "Whanganui", "Napier", "Rotorua", "Invercargill",
          "Timaru", "Hamilton", "Nelson"]
_SUBURBS = ["Parramatta", "Frankston", "Footscray", "Chermside", "Glenelg", "Fremantle", "Ponsonby",
            "Papanui", "Lower Hutt", "Rathmines", "Clontarf", "Headingley", "Chorlton", "Dartmouth",
            "Scarborough", "Mississauga"]
_TOWN_WITH_REGION = ["Athlone, Co. Westmeath", "Tralee, Co. Kerry", "Navan, Co. Meath", "Kelowna, BC",
                     "Moncton, NB", "Lethbridge, Alberta", "Billings, Montana", "Akron, Ohio",
                     "Harrogate, North Yorkshire", "Bendigo, Victoria", "Toowoomba, Queensland"]
_STEMS = ["Larchfield", "Holmwood", "Brackenridge", "Millbrook", "Fernhill", "Kingsmead", "Riverbend",
          "Clearwater", "Pinecrest", "Stonebridge", "Harbourview", "Oakhurst", "Meadowvale", "Wrenfield",
          "Ashcombe", "Glenmore", "Hollybank", "Bellbird", "Kowhai Park", "Maple Grove", "Lakeside",
          "Heathfield", "Cedarwood", "Westbrook"]
_FACILITY = ["Hospital", "Hospital", "Community Hospital", "Private Hospital", "Medical Centre", "Medical Center",
             "Health Centre", "Clinic", "Psychology Clinic", "Mental Health Centre", "Primary School",
             "High School", "College", "Nursing Home", "Care Home", "Day Centre", "Lodge", "Logistics",
             "Engineering", "Family Practice", "Surgery", "Counselling Service"]
_SAINT = ["St Brigid's Hospital", "St Columba's College", "St Aidan's Primary School", "St Vincent's Care Home",
          "St Jude's Medical Centre"]

# ---------------------------------------------------------------- addresses (invented streets)
_STREETS = ["Larkspur", "Thornbury", "Rowan", "Ashgrove", "Hawthorn", "Banksia", "Kowhai", "Maple Ridge", "Elm",
            "Cedar", "Primrose", "Sycamore", "Wattle", "Clover", "Glenview", "Mayfield", "Linden", "Foxglove",
            "Chestnut", "Beacon", "Fairview", "Orchard", "Pembroke", "Brunswick", "Oakleigh", "Marlborough",
            "Station", "Church", "Victoria", "Park"]
_SUFFIX = {"US": ["Street", "Avenue", "Drive", "Road", "Lane", "Court", "Boulevard", "Place"],
           "CA": ["Street", "Avenue", "Drive", "Road", "Crescent", "Court"],
           "UK": ["Close", "Road", "Crescent", "Lane", "Street", "Grove", "Gardens", "Terrace", "Avenue"],
           "IE": ["Park", "Road", "Avenue", "Grove", "Lawns", "Heights", "Street"],
           "AU": ["Street", "Road", "Avenue", "Crescent", "Court", "Parade", "Drive"],
           "NZ": ["Street", "Road", "Avenue", "Crescent", "Place", "Terrace"]}
_ABBR = {"Street": "St", "Road": "Rd", "Avenue": "Ave", "Drive": "Dr", "Crescent": "Cres", "Court": "Ct"}
_US_TOWNS = [("Dayton", "OH", "454"), ("Fort Wayne", "IN", "468"), ("Lansing", "MI", "489"), ("Syracuse", "NY", "132"),
             ("Billings", "MT", "591"), ("Topeka", "KS", "666"), ("Reno", "NV", "895"), ("Savannah", "GA", "314"),
             ("Akron", "OH", "443"), ("Burlington", "VT", "054"), ("Olympia", "WA", "985")]
_CA_TOWNS = [("Kingston", "ON", "K7"), ("Moncton", "NB", "E1"), ("Kelowna", "BC", "V1"), ("Sudbury", "ON", "P3"),
             ("Lethbridge", "AB", "T1"), ("Fredericton", "NB", "E3"), ("Kamloops", "BC", "V2"),
             ("Brandon", "MB", "R7"), ("Red Deer", "AB", "T4"), ("Peterborough", "ON", "K9")]
_UK_TOWNS = [("Swindon", "SN"), ("Stockport", "SK"), ("Doncaster", "DN"), ("Harrogate", "HG"), ("Norwich", "NR"),
             ("Exeter", "EX"), ("Ipswich", "IP"), ("Carlisle", "CA"), ("Wolverhampton", "WV"), ("Dundee", "DD")]
_IE_TOWNS = [("Athlone", "Co. Westmeath", "N37"), ("Sligo", "Co. Sligo", "F91"), ("Tralee", "Co. Kerry", "V92"),
             ("Mullingar", "Co. Westmeath", "N91"), ("Navan", "Co. Meath", "C15"), ("Drogheda", "Co. Louth", "A92"),
             ("Letterkenny", "Co. Donegal", "F92"), ("Castlebar", "Co. Mayo", "F23"), ("Kilkenny", "Co. Kilkenny", "R95")]
_AU_TOWNS = [("Geelong", "VIC", "3220"), ("Toowoomba", "QLD", "4350"), ("Bendigo", "VIC", "3550"),
             ("Wollongong", "NSW", "2500"), ("Townsville", "QLD", "4810"), ("Launceston", "TAS", "7250"),
             ("Mildura", "VIC", "3500"), ("Bunbury", "WA", "6230"), ("Frankston", "VIC", "3199"),
             ("Parramatta", "NSW", "2150")]
_NZ_TOWNS = [("Hamilton", "3204"), ("Palmerston North", "4410"), ("Whanganui", "4500"), ("Napier", "4110"),
             ("Rotorua", "3010"), ("Invercargill", "9810"), ("Timaru", "7910"), ("Nelson", "7010")]
_POST_LETTERS = "ABCEGHJKLMNPRSTVWXYZ"

# ---------------------------------------------------------------- dates
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
_NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
              95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}

# ---------------------------------------------------------------- phones, e-mail and web
_NA_AREAS = ["937", "260", "517", "315", "406", "785", "775", "912", "330", "802", "613", "506", "250", "705",
             "403", "204"]
_FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com",
             "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "eircom.net", "bigpond.com", "optusnet.com.au",
             "xtra.co.nz", "shaw.ca", "rogers.com", "sympatico.ca", "proton.me"]
_ORG_SUFFIX = ["clinic.co.uk", "health.org.nz", "psychology.com.au", "counseling.com", "practice.ca",
               "hospital.ie", "medical.co.nz", "centre.org.uk", "therapy.com", "health.org"]
_ROLES = ["referrals", "admin", "reception", "intake", "enquiries", "info", "trials", "research", "appointments"]
_PATHS = ["", "", "", "/referrals", "/about", "/groups", "/resources", "/contact", "/carers", "/sleep",
          "/self-referral", "/our-team", "/resources/anxiety", "/services/older-adults", "/complaints"]
_TRIALS = ["psilocybin-depression-study", "later-life-psilocybin-trial", "grief-and-psilocybin", "calm-mind-trial",
           "pathways-study", "renew-trial"]
_ID_CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _pick(r: random.Random, options):
    """One of *options*: (weight, maker) pairs."""
    total = sum(w for w, _ in options)
    x = r.uniform(0, total)
    for w, make in options:
        x -= w
        if x <= 0:
            return make()
    return options[-1][1]()


def _token(r: random.Random, n: int) -> str:
    return "".join(r.choice(_ID_CHARS) for _ in range(n))


def _person(r: random.Random) -> str:
    f, s = r.choice(_FIRST), r.choice(_LAST)
    return _pick(r, [
        (40, lambda: f),
        (28, lambda: f"{f} {s}"),
        (25, lambda: s),
        (2, lambda: r.choice(_HYPHEN_FIRST)),
        (2, lambda: f"{f} {r.choice(_O_LAST)}" if r.random() < 0.5 else r.choice(_O_LAST)),
        (1.5, lambda: f"{f} {r.choice('ABCDEJKLMPRST')}. {s}"),
        (1.5, lambda: r.choice(_DOUBLE_LAST)),
    ])


def _location(r: random.Random) -> str:
    return _pick(r, [
        (45, lambda: r.choice(_TOWNS)),
        (10, lambda: r.choice(_SUBURBS)),
        (38, lambda: f"{r.choice(_STEMS)} {r.choice(_FACILITY)}"),
        (4, lambda: r.choice(_TOWN_WITH_REGION)),
        (3, lambda: r.choice(_SAINT)),
    ])


def _street(r: random.Random, country: str, abbreviate: bool = True) -> str:
    suffix = r.choice(_SUFFIX[country])
    if abbreviate and suffix in _ABBR and r.random() < 0.2:
        suffix = _ABBR[suffix]
    return f"{r.choice(_STREETS)} {suffix}"


def _address(r: random.Random) -> str:
    n = r.randint
    country = r.choice(["US", "CA", "UK", "IE", "AU", "NZ"])
    number = n(1, 140) if country != "US" else n(12, 4800)
    line = f"{number} {_street(r, country)}"

    def full() -> str:
        if country == "US":
            town, state, z = r.choice(_US_TOWNS)
            if r.random() < 0.5:
                return f"{line}, Apt {n(1, 30)}{r.choice(['', 'A', 'B', 'C'])}"
            return f"{line}, {town}, {state} {z}{n(0, 99):02d}"
        if country == "CA":
            town, prov, fsa = r.choice(_CA_TOWNS)
            code = f"{fsa}{r.choice(_POST_LETTERS)} {n(1, 9)}{r.choice(_POST_LETTERS)}{n(1, 9)}"
            return f"{line}, {town}, {prov} {code}"
        if country == "UK":
            town, area = r.choice(_UK_TOWNS)
            if r.random() < 0.4:
                return f"Flat {n(1, 12)}, {line}"
            pc = f"{area}{n(1, 15)} {n(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXY')}"
            return f"{line}, {town} {pc}"
        if country == "IE":
            town, county, _ = r.choice(_IE_TOWNS)
            return f"{line}, {town}" if r.random() < 0.6 else f"{line}, {town}, {county}"
        if country == "AU":
            town, state, pc = r.choice(_AU_TOWNS)
            return f"{line}, {town} {state} {pc}"
        town, pc = r.choice(_NZ_TOWNS)
        return f"{line}, {town} {pc}"

    def with_town() -> str:
        town = {"US": _US_TOWNS, "CA": _CA_TOWNS, "UK": _UK_TOWNS, "IE": _IE_TOWNS, "AU": _AU_TOWNS,
                "NZ": _NZ_TOWNS}[country]
        return f"{line}, {r.choice(town)[0]}"

    def hard() -> str:
        kind = r.randrange(3)
        if kind == 0:
            town, state, pc = r.choice(_AU_TOWNS)
            return f"{n(1, 12)}/{n(2, 90)} {_street(r, 'AU')}, {town} {state} {pc}"
        if kind == 1:
            town, _, key = r.choice(_IE_TOWNS)
            return f"{n(1, 60)} {_street(r, 'IE')}, {town} {key} {r.choice('ACDEFHKNPRTVWXY')}{n(1, 9)}" \
                   f"{r.choice('ACDEFHKNPRTVWXY')}{n(1, 9)}"
        town, state, z = r.choice(_US_TOWNS)
        return f"PO Box {n(20, 2900)}, {town}, {state} {z}{n(0, 99):02d}"

    return _pick(r, [(32, lambda: line), (16, with_town), (45, full), (7, hard)])


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _date(r: random.Random) -> str:
    y, m, d = r.randint(2018, 2025), r.randint(1, 12), r.randint(1, 28)
    month, day = _MONTHS[m - 1], _ordinal(d)
    weekday = datetime.date(y, m, d).strftime("%A")
    return _pick(r, [
        (12, lambda: f"{d} {month} {y}"),
        (12, lambda: f"{month} {d}, {y}"),
        (6, lambda: f"{d:02d}/{m:02d}/{y}"),
        (5, lambda: f"{m:02d}/{d:02d}/{y}"),
        (9, lambda: f"{day} {month}"),
        (9, lambda: f"the {day}"),
        (8, lambda: f"{month} {day}"),
        (7, lambda: f"{d} {month}"),
        (5, lambda: f"{month} {d}"),
        (6, lambda: f"the {day} of {month}"),
        (5, lambda: f"{day} {month} {y}"),
        (4, lambda: f"{weekday} {d} {month} {y}" if r.random() < 0.5 else f"{weekday}, {month} {d}, {y}"),
        (3, lambda: f"{d}/{m}"),
        (2, lambda: f"{m}/{d}"),
        (2, lambda: f"{y}-{m:02d}-{d:02d}"),
        (2, lambda: f"{d}.{m}.{y % 100:02d}"),
        (2, lambda: f"{d} {_MON[m - 1]} {y}"),
        (1, lambda: f"{_MON[m - 1]} {day}"),
    ])


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    if a <= 99 and r.random() < 0.12:
        return _NUM_WORDS[a]
    return str(a)


def _phone(r: random.Random) -> str:
    n = r.randint
    na = lambda: (r.choice(_NA_AREAS), f"01{n(0, 99):02d}")  # noqa: E731
    def us():
        a, last = na()
        return _pick(r, [(5, lambda: f"({a}) 555-{last}"), (4, lambda: f"{a}-555-{last}"),
                         (1, lambda: f"{a}.555.{last}")])

    def uk():
        return _pick(r, [(4, lambda: f"07700 900{n(0, 999):03d}"), (2, lambda: f"0161 496 0{n(0, 999):03d}"),
                         (2, lambda: f"020 7946 0{n(0, 999):03d}"), (1, lambda: f"0113 496 0{n(0, 999):03d}"),
                         (1, lambda: f"0117 496 0{n(0, 999):03d}")])

    def ie():
        return _pick(r, [(5, lambda: f"08{r.choice('35679')} {n(100, 999)} {n(1000, 9999)}"),
                         (2, lambda: f"01 {n(200, 999)} {n(1000, 9999)}"),
                         (1, lambda: f"0{r.choice(['91', '21', '61', '51'])} {n(100, 999)} {n(100, 999)}")])

    def au():
        return _pick(r, [(5, lambda: f"0491 570 {n(100, 999)}"),
                         (3, lambda: f"({r.choice(['02', '03', '07', '08'])}) 5550 {n(1000, 9999)}")])

    def nz():
        return _pick(r, [(5, lambda: f"02{r.choice('17')} {n(100, 999)} {n(1000, 9999)}"),
                         (3, lambda: f"({r.choice(['09', '04', '03', '07', '06'])}) 555 {n(1000, 9999)}")])

    def hard():
        return _pick(r, [(1, lambda: f"+44 7700 900{n(0, 999):03d}"), (1, lambda: f"+61 491 570 {n(100, 999)}"),
                         (1, lambda: f"+353 8{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}"),
                         (1, lambda: f"+64 21 {n(100, 999)} {n(1000, 9999)}"),
                         (1, lambda: "+1 {} 555 {}".format(*na())),
                         (1, lambda: f"07700900{n(0, 999):03d}"),
                         (1, lambda: "({}) 555-{} ext. {}".format(*na(), n(10, 499)))])

    return _pick(r, [(20, us), (18, uk), (16, ie), (18, au), (18, nz), (7, hard)])


def _email(r: random.Random) -> str:
    f, s = r.choice(_FIRST).lower(), r.choice(_LAST).lower().replace("'", "")
    n = r.randint
    local = _pick(r, [(5, lambda: f"{f}.{s}"), (3, lambda: f"{f}{s}{n(1, 99)}"), (2, lambda: f"{f[0]}.{s}"),
                      (2, lambda: f"{f}_{s[0]}{n(60, 99)}"), (2, lambda: f"{s}{f}"), (1, lambda: f"{f}{n(1950, 2005)}")])
    org = f"{r.choice(_STEMS).lower().replace(' ', '')}{r.choice(_ORG_SUFFIX)}"
    return _pick(r, [
        (62, lambda: f"{local}@{r.choice(_FREEMAIL)}"),
        (22, lambda: f"{r.choice(_ROLES)}@{org}"),
        (13, lambda: f"{f}.{s}@{org}"),
        (3, lambda: f"{local.capitalize()}@{r.choice(_FREEMAIL)}"),
    ])


def _url(r: random.Random) -> str:
    stem = r.choice(_STEMS).lower().replace(" ", "")
    site = f"{stem}{r.choice(_ORG_SUFFIX)}"
    path = r.choice(_PATHS)
    return _pick(r, [
        (22, lambda: f"www.{site}{path}"),
        (22, lambda: f"https://www.{site}{path}"),
        (14, lambda: f"{site}{path}"),
        (10, lambda: f"https://{site}{path}"),
        (8, lambda: f"www.{r.choice(_TRIALS)}.org{r.choice(['', '/information', '/faq'])}"),
        (6, lambda: f"https://{r.choice(_FIRST).lower()}{r.choice(['writes', 'walks', 'recovers', 'journal'])}"
                    f".wordpress.com"),
        (5, lambda: f"https://open.spotify.com/playlist/{_token(r, 22)}"),
        (5, lambda: f"https://www.youtube.com/watch?v={_token(r, 11)}"),
        (5, lambda: f"https://www.gofundme.com/f/{r.choice(['help', 'support', 'in-memory-of'])}-"
                    f"{r.choice(_FIRST).lower()}-{r.choice(_LAST).lower().replace(chr(39), '')}"),
        (3, lambda: f"https://bit.ly/{_token(r, 7)}"),
    ])


def _ssn(r: random.Random) -> str:
    n = r.randint
    ni_prefix = ["AB", "JX", "PR", "SK", "TW", "ME", "NP", "HL", "WR", "YC", "JE", "RM", "LS", "CE"]

    def us():
        a, b, c = n(101, 772), n(10, 99), n(1000, 9999)
        return f"{a}-{b}-{c}" if r.random() < 0.8 else f"{a} {b} {c}"

    def sin():
        a, b, c = n(100, 799), n(100, 999), n(100, 999)
        return f"{a} {b} {c}" if r.random() < 0.7 else f"{a}-{b}-{c}"

    def ni():
        p, ds, suf = r.choice(ni_prefix), [n(10, 99) for _ in range(3)], r.choice("ABCD")
        return f"{p} {ds[0]} {ds[1]} {ds[2]} {suf}" if r.random() < 0.7 else f"{p}{ds[0]}{ds[1]}{ds[2]}{suf}"

    def pps():
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHJKLMNPRSTVWX')}{r.choice(['', '', 'A', 'W'])}"

    def tfn():
        return f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"

    def ird():
        return f"{n(10, 139)}-{n(100, 999)}-{n(100, 999)}"

    return _pick(r, [(30, us), (14, sin), (16, ni), (14, pps), (13, tfn), (10, ird),
                     (3, lambda: f"{n(101, 772)}{n(10, 99)}{n(1000, 9999)}")])


def _id(r: random.Random) -> str:
    n = r.randint
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return _pick(r, [
        (14, lambda: str(n(1000000, 99999999))),                                   # MRN / hospital number
        (5, lambda: f"{r.choice(['K', 'H', 'RX', 'M'])}{n(100000, 9999999)}"),        # hospital number
        (12, lambda: f"{n(400, 999)} {n(100, 999)} {n(1000, 9999)}"),                 # NHS number
        (10, lambda: f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}"),                 # Medicare (AU)
        (9, lambda: f"{''.join(r.choice(up) for _ in range(3))}{n(1000, 9999)}"),     # NHI
        (6, lambda: f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(up)}{r.choice(up)}"),  # OHIP
        (9, lambda: f"{r.choice(up)}{r.choice(up)}{r.choice(up)}{n(100000000, 999999999)}"),  # member id
        (10, lambda: f"{r.choice(['PSI', 'LLP', 'GPT', 'P', 'CMT'])}-{n(1, 999):03d}"),  # trial participant
        (5, lambda: f"{r.choice(['S', 'SCR'])}{n(10, 99)}-{n(100, 999)}"),           # screening number
        (6, lambda: f"{r.choice(['CLM', 'REF', 'C'])}{n(100000, 9999999)}"),         # claim / referral
        (5, lambda: f"{n(10000000, 99999999):08d}"),                                 # account number
        (4, lambda: f"{n(100000, 999999)}"),                                         # UR number
        (5, lambda: f"{r.choice(up)}{r.choice(up)}{n(10000, 99999)}{r.choice(up)}"),  # Medicaid / policy
    ])


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only (deterministic)."""
    makers = {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
              "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}
    return makers[kind](r)


TEMPLATES = {
    "PERSON": [
        "Her daughter, {}, visits most afternoons and manages her medication.",
        "I rang {} after the session because I did not want to be alone that night.",
        "Thank you for seeing Mr {}, whom I assessed in clinic last week.",
        "She was referred by her GP, Dr {}, with a six-month history of low mood and poor sleep.",
        "The participant's husband, {}, attended both preparation sessions with her.",
        "{} is a retired schoolteacher who lives alone and describes herself as worn out by grief.",
        "During the integration session she spoke at length about her late brother, {}.",
        "I wrote a long letter to {} that I will probably never send.",
        "Supervision focused on my irritation with Mrs {}, who arrives early and apologises for taking up my time.",
        "The adverse event was witnessed by the session monitor, {}, who remained in the room throughout.",
        "His son {} telephoned the ward to say his father had stopped eating.",
        "Before the dosing session, {} described her marriage as a long cold war.",
        "Ms {} was discharged home with follow-up from the community team.",
        "My partner {} has been brilliant, although I can tell he is tired.",
        "Collateral history was obtained from his niece, {}, by telephone.",
        "Dear Dr {}, thank you for asking me to see this lady, who was accompanied by her son.",
        "The client's mother, {}, was present for the first part of the assessment at his request.",
        "Today I finally told {} about the overdose, and she just held my hand.",
        "She has been under the care of Professor {} for her Parkinson's disease for several years.",
        "The session was co-facilitated by {}, a registered psychologist with the trial team.",
        "Six months after treatment, {} reports that the nightmares have all but stopped.",
        "Mum's old friend {} came round with soup and stayed far too long.",
        "Please copy any correspondence to his key worker, {}, at the community mental health team.",
        "He still keeps a photograph of his wife, {}, on the bedside table.",
        "I am writing on behalf of my client, {}, who has asked me to support her housing application.",
        "{}'s first psilocybin session was uneventful apart from mild nausea in the first hour.",
        "Yours sincerely, Dr {}, Consultant Psychiatrist.",
        "My counsellor, {}, suggested I keep this diary in the weeks between sessions.",
        "At the case review the team agreed that {} should be offered a further twelve sessions.",
        "The patient's next of kin is her nephew, {}, who lives nearby.",
    ],
    "LOCATION": [
        "She was born and raised in {} and trained as a nurse after leaving school.",
        "He moved to {} after he retired, to be closer to his daughter.",
        "She was admitted to {} following a fall at home.",
        "I drove back to {} the day after the dosing session and slept for most of the afternoon.",
        "He was transferred from {} for a specialist assessment of his mood.",
        "She worked for thirty years at {} before it closed.",
        "He attended {} until the age of fifteen and says he was bullied there most days.",
        "The family emigrated when she was a child and settled in {}.",
        "Her preparation sessions took place at {}, in a quiet room set aside for the trial.",
        "I grew up in {}, and going back there still makes my chest tight.",
        "He currently lives in supported accommodation in {}.",
        "She was previously known to the community mental health team in {}.",
        "He was seen in the emergency department at {} after the overdose and was medically cleared.",
        "The adverse event occurred while the participant was travelling home to {} by bus.",
        "Since moving to {} she has joined a walking group and a choir.",
        "He has volunteered at {} for most of his adult life.",
        "I am writing to refer this gentleman, who has recently moved into our area from {}.",
        "My sister lives in {} now, so I only see her a couple of times a year.",
        "She describes her childhood in {} as poor but happy.",
        "Following his discharge from {}, he will be followed up by his GP.",
        "The participant was recruited through a poster in the waiting room at {}.",
        "He spent two years at {} in his twenties, which he calls the worst time of his life.",
        "After the session I walked around {} for an hour before I could face the bus home.",
        "Her son teaches at {} and visits at weekends.",
        "Both dosing sessions were held at the trial site in {}.",
        "Before treatment she rarely left the house; six months later she took the train to {} on her own.",
        "He was discharged to a nursing home in {}, near his sister.",
        "We went to the beach near {} for my birthday, and for once I did not think about drinking.",
    ],
    "ADDRESS": [
        "She lives alone at {}, a two-storey house with the only bathroom upstairs.",
        "Please send the appointment letter to his new address, {}.",
        "He was found by a neighbour on the floor of his flat at {}.",
        "I moved into {} with my dog and a car full of boxes.",
        "Home address: {}.",
        "The community team will visit her at {} weekly for the first month.",
        "Correspondence should be addressed to the practice at {}.",
        "They have lived at {} for over forty years, and she does not wish to move.",
        "The police attended {} following a call from his daughter.",
        "Her current address is {}, although she stays with her son most weekends.",
        "Since treatment he has moved out of his parents' house and into a small flat at {}.",
        "The trial's follow-up questionnaires are posted to {} every three months.",
        "I sat on the back step at {} and cried for the first time in years.",
        "Discharge destination: home, {}, with a package of care four times daily.",
        "He asked that letters not be sent to {}, as his wife opens the post.",
        "Before the fire the family rented a house at {}.",
        "A home visit was carried out at {} to assess her safety in the kitchen.",
        "My old address was {}, and I still get post forwarded from there.",
        "The participant gave {} as his postal address on the consent form.",
        "She grew up above the shop at {}, which her parents ran for decades.",
        "Please note that the next session will take place at {}, not at the clinic.",
        "The ambulance crew collected him from {} shortly after midnight.",
        "The referral came from his neighbour at {}, who had become worried about him.",
        "I have been at {} for six months now, and it finally feels like mine.",
        "Her son has asked that all correspondence go to his own address, {}.",
        "The carers' group meets in the hall at {}, on the first floor.",
        "After the flood she was rehoused temporarily at {}.",
        "He gives his address as {} but says he mostly sleeps in his car.",
    ],
    "DATE": [
        "She was admitted on {} after a fall at home.",
        "I had my second dosing session on {}, and it was nothing like the first.",
        "He was discharged on {} with a follow-up appointment at the memory clinic.",
        "The adverse event began on {} and resolved within forty-eight hours without treatment.",
        "{}: slept badly again, woke at four and could not get back to sleep.",
        "Thank you for your letter of {} regarding this gentleman.",
        "Her husband died on {}, and the anniversary is always difficult for her.",
        "Baseline assessments were completed on {}, two weeks before the first dosing session.",
        "I am writing following our assessment on {}.",
        "The participant telephoned the trial team on {} to report persistent headaches.",
        "She was last seen in clinic on {}, when her mood had noticeably improved.",
        "Date of discharge: {}.",
        "On {} I went back to work for the first time since the breakdown.",
        "He was started on sertraline 50 mg on {}, later increased to 100 mg.",
        "I have not had a drink since {}, and I am counting every day.",
        "Her next review has been booked for {} at two in the afternoon.",
        "The serious adverse event was reported to the sponsor on {}, within twenty-four hours of the team becoming aware of it.",
        "Her daughter reports that the confusion started around {}.",
        "The second preparation session, held on {}, focused on her fear of losing control.",
        "He was born on {} and is the youngest of five children.",
        "We agreed to end therapy on {}, after twenty sessions.",
        "Since {} she has been attending the day centre three times a week.",
        "I presented this case in supervision on {}, when I was struggling with the client's anger.",
        "The consent form was signed on {} in the presence of the study nurse.",
        "Follow-up at six months, on {}, showed a sustained improvement on the MADRS.",
        "The fall happened on {}, when she got up in the night to use the toilet.",
        "{} was the first morning in months that I woke up without dread.",
        "He missed his appointment on {} and could not be reached by phone.",
    ],
    "AGE": [
        "She is a {}-year-old retired teacher who lives alone in a bungalow.",
        "He is {} years old and has been widowed for twelve years.",
        "Thank you for seeing this {}-year-old gentleman with a two-year history of low mood.",
        "My grandmother, now {}, still asks after me every time I visit.",
        "The patient, aged {}, was reviewed on the ward round this morning.",
        "At {} he remains fiercely independent and walks to the shops every morning.",
        "Her mother is {} and lives in a care home, which she visits every day.",
        "He died peacefully at the age of {}, with his family around him.",
        "A {}-year-old woman was referred by her GP following the death of her husband.",
        "My dad turned {} this year, and I am scared of what comes next.",
        "The participant's father, who is {}, has recently moved in with the family.",
        "Aged {}, she is the oldest resident on the unit and by far the most sociable.",
        "He lived to {}, and she nursed him at home until the end.",
        "He is a {}-year-old former miner with chronic obstructive pulmonary disease.",
        "She will be {} next birthday and wants to put her affairs in order.",
        "I am referring this lady, aged {}, for a psychological assessment of low mood and anxiety.",
        "Despite being {}, he completed all of the questionnaires himself.",
        "Her aunt, who is {} years old, is her only surviving relative.",
        "The oldest participant in the cohort was {} at enrolment.",
        "Mum is {} now and still does the crossword every morning.",
        "He presented as a frail but alert {}-year-old man, appropriately dressed.",
        "My great-grandmother lived until she was {}, and I always assumed I would too.",
        "At the age of {} she is still the person the whole family turns to.",
        "He was {} when he lost his wife, and he has not been the same since.",
        "The resident, a {}-year-old widower, has become increasingly withdrawn over the past year.",
        "Her husband, aged {}, is her main carer despite his own poor health.",
        "She is {} and was started on donepezil by the memory clinic last year.",
        "I visited my grandfather, who is {}, and we talked about the war for the first time.",
    ],
    "PHONE": [
        "She can be contacted on {} during the day.",
        "Please ring his daughter on {} if there are any concerns.",
        "The practice can be reached on {} for any queries about this referral.",
        "My new number is {}, so I have written it in the front of this diary.",
        "The participant was given the trial's 24-hour number, {}, before leaving the clinic.",
        "If you have any questions, please call me on {}.",
        "Her mobile number is {}, and she prefers a text before a call.",
        "The out-of-hours crisis team can be contacted on {}.",
        "He left a voicemail from {} asking to bring his appointment forward.",
        "Tel: {}.",
        "His wife asked that the team contact her on {} rather than on the home number.",
        "I saved the helpline number, {}, in my phone under a different name.",
        "Any adverse events out of hours should be reported to the study doctor on {}.",
        "She gave her son's number, {}, as her emergency contact.",
        "I can be reached directly on {} most mornings.",
        "The care home's number is {}, and the manager is usually there until five.",
        "For urgent matters, the duty clinician can be contacted on {}.",
        "He has changed his number to {} and asked us to update his records.",
        "I finally rang the number on the leaflet, {}, and a kind woman answered.",
        "The referrer is happy to be contacted on {} to discuss this further.",
        "Her landline is {}, but she often does not hear it ring.",
        "The GP surgery was contacted on {} to confirm her current medication.",
        "Contact number for next of kin: {}.",
        "I called {} at two in the morning and talked to someone for an hour.",
        "Please call the memory clinic on {} to rebook if this appointment is not suitable.",
        "We tried his mobile, {}, several times without an answer.",
        "She confirmed that {} is the best number to use for telephone follow-up.",
        "Details of the trial are available from the research nurse on {}.",
    ],
    "EMAIL": [
        "She can also be contacted by email at {}.",
        "Please send the discharge summary to {}.",
        "I emailed my therapist at {} the night before the session to say I was scared.",
        "Referrals can be made by email to {}.",
        "He asked that appointment letters be sent to {} rather than posted.",
        "The participant's completed diary was returned from {} on the same day.",
        "My email is {} if you want to stay in touch after the trial.",
        "Any questions about the study can be sent to {}.",
        "Her daughter, who holds lasting power of attorney, can be contacted at {}.",
        "The adverse event report was forwarded to {} for review by the safety officer.",
        "I copied my supervisor, at {}, into my reply.",
        "Email: {}.",
        "He has been sending long emails to the team from {} late at night.",
        "She set up a new address, {}, so that her ex-partner could not read her messages.",
        "A copy of this letter has been sent to the GP practice at {}.",
        "For secure correspondence, please use {}.",
        "I found an old message from {} and read it over and over.",
        "The consent form and information sheet were emailed to {} a week before screening.",
        "Please reply to {} to confirm that you have received this referral.",
        "He uses {} for everything, including his banking.",
        "Her son asked that updates be emailed to him at {}.",
        "I wrote to the integration group coordinator at {} to ask about the next circle.",
        "Questions about this summary may be directed to the ward clerk at {}.",
        "She gave {} as her preferred contact on the registration form.",
        "Completed questionnaires should be returned to {} within seven days.",
        "The complaint was received from {} and acknowledged the same afternoon.",
        "I have changed my email to {} because the old account was hacked.",
        "The results of the follow-up assessment were sent securely to {}.",
    ],
    "URL": [
        "More information about the service is available at {}.",
        "I found the breathing exercises on {} and have been doing them every morning.",
        "The participant information sheet can be downloaded from {}.",
        "She was directed to {} for information about support for carers.",
        "Referral forms are available on our website, {}.",
        "He has been writing about his recovery on a blog at {}.",
        "The playlist used in the dosing sessions is at {}.",
        "My counsellor sent me a link to {} for the sleep course.",
        "Families can find details of visiting arrangements at {}.",
        "The trial is registered and described at {}.",
        "She set up a fundraising page, {}, in memory of her son.",
        "Further copies of this leaflet can be printed from {}.",
        "I keep going back to {} when I cannot sleep.",
        "The integration group advertises its meetings on {}.",
        "Patients can book and cancel appointments online at {}.",
        "He shared a link to {} in the session and asked me to watch it before next week.",
        "The self-help workbook recommended in this letter is available free at {}.",
        "Details of the complaints procedure are available at {}.",
        "Website: {}.",
        "I started reading other people's stories on {}, which helped more than I expected.",
        "The study's privacy notice is published at {}.",
        "The recording of the guided meditation is hosted at {}.",
        "She had read about the trial on {} before contacting the team.",
        "Our practice newsletter, at {}, lists the groups running this term.",
        "The online consent form is at {}; please complete it before your first visit.",
        "I have bookmarked {} for the bad days.",
        "You can read more about the team at {}.",
        "He found the support group through {}, after searching late one night.",
    ],
    "SSN": [
        "Her Social Security number, {}, was included on the insurance paperwork in error.",
        "His National Insurance number is {}.",
        "The benefits form asks for her PPS number, {}, which she could not remember.",
        "For the participant reimbursement we need your tax file number, {}.",
        "His SIN, {}, was recorded on the intake form for billing.",
        "My IRD number is {}, which the trial office needed for the voucher payment.",
        "She gave her social security number as {} when she registered.",
        "National Insurance number: {}.",
        "The referral letter included his Social Security number, {}, which should not have been sent.",
        "I had to write my SIN, {}, on the form for the honorarium.",
        "The pension application lists her National Insurance number as {}.",
        "He recited his social security number, {}, from memory, which the team noted as evidence of intact recall.",
        "Please quote her PPS number, {}, on all correspondence with the department.",
        "Social Security No.: {}.",
        "The payslip in his file shows his tax file number, {}.",
        "For the study payment she provided her Social Insurance Number, {}.",
        "His Social Security number is {}, as confirmed by his son.",
        "Her National Insurance number, {}, was needed for the carer's allowance claim.",
        "The participant's IRD number, {}, was entered on the payment form.",
        "I found my old card with my social security number, {}, in a drawer.",
        "The application for disability support lists his SSN as {}.",
        "Her PPSN is {}.",
        "To process the travel reimbursement, the finance team asked for his national insurance number, {}.",
        "She was distressed to find her SSN, {}, written on the outside of the referral envelope.",
        "Tax file number: {}.",
        "The form requires the participant's social insurance number, {}, for tax purposes.",
        "He provided his Social Security number, {}, at the admissions desk.",
        "My tax file number is {}, I think, but I will check it against my last return.",
    ],
    "ID": [
        "Her hospital number is {}.",
        "Please quote the patient's NHS number, {}, in any correspondence.",
        "He is enrolled in the trial as participant {}.",
        "Medical record number: {}.",
        "Her Medicare number, {}, is recorded on the referral.",
        "His NHI number is {}.",
        "The insurance member ID on her card is {}.",
        "The adverse event was logged under participant number {}.",
        "Her health card number, {}, had expired, so the clinic asked her to renew it.",
        "The claim was submitted under reference {}.",
        "He gave his account number, {}, when he rang the pharmacy.",
        "NHS number: {}.",
        "The screening log lists her as {}, and she was later randomised to the higher dose.",
        "My participant number is {}, which they write at the top of every questionnaire.",
        "Her policy number is {}, and the insurer has approved twelve sessions.",
        "His medical record number, {}, was printed on the wristband.",
        "Please use the UR number {} when booking the follow-up appointment.",
        "Patient ID: {}.",
        "The insurance company quoted the claim number {} in their letter.",
        "The discharge summary was filed under MRN {}.",
        "She wrote her Medicare number, {}, on the back of the consent form.",
        "His Medicaid ID is {}.",
        "The ambulance record gives his hospital number as {}.",
        "The OHIP number on her file is {}.",
        "I keep my member number, {}, on a card in my purse.",
        "Trial participant {} withdrew consent after the second preparation session.",
        "The referral was accepted and given the reference number {}.",
        "All results for this patient are filed under record number {}.",
    ],
}
