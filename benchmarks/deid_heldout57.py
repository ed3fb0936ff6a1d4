"""A fifty-ninth SYNTHETIC transcript set for benchmarks/deid.py: the fifty-seventh held-out set (forms, fifth sample).

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns, suburbs, boroughs and counties of the US, Canada, the UK, Ireland, Australia and
New Zealand are used as places only, never with a person; every hospital, clinic, surgery, medical and
health centre, practice, care home, school, college, service, trial and workplace name is made up; phone
numbers are in the fiction ranges or invented).  Written on 2026-12-07 by an engineer who had NOT seen the
de-identifier's rules, its docs page, its tests or the contents of the earlier sets (only
benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and deid_heldout.py ..
deid_heldout53.py their docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of
deid_heldout19.py, for the format), in one go, before any run; no line of this file was changed after its
first run.  It was first run on main at commit 6cb9803 (the twenty-fifth round's rules) and measures how
the rules do on text they were not written for; it stays a blind set until a later round makes it a
development set.

Style: A FIFTH SAMPLE, by another writer, of ORDINARY FORMS AND FREE-TEXT ANSWERS that clients and
families type into a service's web forms and questionnaires (after deid_heldout33.py, deid_heldout45.py,
deid_heldout49.py and deid_heldout53.py, whose docstrings only were read; this one is written from what
such forms and answers really look like, not from their lists), as a psychotherapy study ingests them:
self-referral and intake forms, pre-session and screening questionnaires, a trial's eligibility and
consent answers, feedback and complaint forms, emergency-contact and next-of-kin sections, a
GP/family-doctor section, open answers in an outcome or follow-up survey, a parent's or carer's form for
a young person or an elderly relative, a waiting-list check-in and a change-of-details form.  Exported as
``Field label: answer`` lines, as a question followed by its answer (after the question mark, a dash or
an ``A:``), or as a CSV-like ``label, answer`` row, now and then quoted (the benchmark's generator writes
every turn as ``Therapist:``/``Client:``, so a field and its answer sit inside the ``Client:`` turn).  The
labels are tidy; the answers are typed the way ordinary people type into a form: some in lower case or in
capitals, abbreviations (``mob``, ``ph``, ``n/a``, ``approx``, ``pls``, ``dob``, ``appt``, ``thx``,
``b/c``), missing punctuation, now and then a typo (``recieved``, ``untill``), and sometimes a whole
sentence where a word was asked for.  Writers from the US, Canada, the UK, Ireland, Australia and New
Zealand, mixed (``mum``/``mom``/``mam``, ``nan``/``grandma``/``nana``, ``the surgery``, ``family doctor``,
``GP``, ``zip``/``postcode``/``postal code``/``Eircode``), with their spelling and their date, phone,
address and ID conventions.  Kept plain and natural; it does not chase variety for its own sake.

Identifier forms: the ones people MOST OFTEN fill into such forms, evenly spread; hard or exotic forms are
rare (under one in ten of each type).  Names: a first name alone (the commonest: a ``Preferred name:``
answer, ``my partner Shannon``), a full name in a name field, a surname after ``Dr``/``Mr``/``Mrs``/``Ms``
in a GP, school, referrer or care-home field (the title in the carrier, never in the span), a relative or
emergency contact after a kin word, a name inside a free-text answer, a possessive ``'s`` in the carrier,
a first name typed in lower case; rarely a full name in capitals, ``Surname, First``, a middle initial, a
hyphenated surname or an ``O'``/``Mc`` surname.  Places: a town, city, suburb, county or borough answer or
one named in a sentence (``Ballarat``, ``Mullingar``, ``Rotherham``, ``Moncton``, ``Whangarei``,
``Haringey``), made-up hospitals, medical centres, surgeries, health centres, clinics, schools, care homes
and workplaces (``Brambleside Surgery``, ``Fernleigh Care Home``, ``Northgate Distribution``); rarely a
town in lower case or with its county, state or province after it (``Ennis, Co. Clare``, ``Dubbo NSW``),
inside the span.  Addresses as typed into a form, on one line or in an ``Address line 1:`` field: a street
line (``27 Wattle St``, ``3120 W Fairview Ave Apt 2C``), a line with its town and ZIP, postal code or
postcode (``14 Mallory Close, Rotherham S60 2QT``, ``88 Birchgrove Cres, Moncton NB E1A 3K9``), an Irish
estate with its town and county, an Australian ``5/18`` unit line with suburb, state and postcode, a NZ
line with suburb, city and postcode, a ``Flat 3,`` line, lower case now and then; rarely capitals, a PO
Box or an Eircode.  Dates as typed: a date of birth (``14/03/1987``, ``3/14/87``, ``14-03-1987``,
``14.3.87``, ``1987-03-14``, ``14 March 1987``, ``March 14, 1987``, ``14th March 1987``, ``14 Mar 87``),
other dates (``the 14th``, ``March 3rd``, ``3 March``, ``march 3``, ``14/3``, ``3/14``, ``Tues 9th``,
``3rd of March``, ``Sept 9``, ``Friday 4th``); rarely a month and year (``Feb 2024``), a misspelt month or
a run-together DOB.  Ages over 89 (90-110) of an elderly relative or of the person a carer looks after:
digits (most), ``94 yrs``, ``94yo``, ``94 years old`` with the unit inside the span now and then; rarely
in words.  Phones as typed into a ``Mobile:``, ``Home phone:`` or ``Best number:`` field: US and Canadian
``(503) 555-0147``, ``503-555-0147``, ``503.555.0147``, ``5035550147`` (555-01xx fiction numbers); UK
``07700 900456`` mobiles and ``0161 496 0734`` / ``020 7946 0321`` / ``0117 496 0552`` landlines, run
together now and then; Irish ``087 555 1234`` mobiles and ``(01) 555 1234`` landlines; Australian
``0491 570 156`` mobiles and ``(03) 5550 1234`` landlines; NZ ``021 555 0198`` mobiles and ``(09) 555
0147`` landlines; rarely an international prefix or an extension.  Emails: free-mail and ISP addresses of
these countries and invented practice and service addresses; rarely in capitals or with a provider typo.
Web addresses: a social-media profile, an invented practice, school, service or trial page, a fundraiser
or a blog, with and without ``https://`` and ``www``; rarely a short link.  SSNs as each country's
national number on an eligibility or payment form (planted as SSN -- a judgement call): US social
security numbers with dashes (most), spaces or none, Canadian SINs, UK National Insurance numbers, Irish
PPS numbers, Australian tax file numbers and NZ IRD numbers.  IDs (the cue always in the carrier, never
in the span): medical record and hospital numbers, NHS and CHI numbers, Australian Medicare numbers, NZ
NHI numbers, OHIP and BC health card numbers, US insurance member and Medicaid ids, a health-fund
membership, a trial participant or screening number, a waiting-list, referral or complaint reference and
an account number.
A title, kin word or possessive ``'s`` next to a name, a field label, an article before a place and a
note after a phone number stay outside the span; a date's own words (``the 14th``, ``Tues 9th``) are
inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and then a form
sits a little oddly in its field, as in a real export.
The carrier lines hold words that must NOT be removed: field labels (``Preferred name:``, ``Relationship
to you:``, ``Best time to call:``), yes/no and tick-box answers, ``n/a``, questionnaire items and scores
(PHQ-9, GAD-7, CORE-10, K10, ``maybe a 5 out of 10``), drugs and doses (sertraline 100mg, citalopram
20mg, mirtazapine 30mg, quetiapine 50mg, melatonin), clock times (``after 3pm``, ``before 10am``),
durations (``about 4 months``, ``2 yrs``), ages under 90 (``my daughter, 12``), weekdays alone, kin words
as common nouns (my mum, my nan, my partner, the kids) and place-like common words (the surgery, the
practice, the school, uni, the clinic, work, the care home); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

FIRSTS = ["Shannon", "Dylan", "Niamh", "Brodie", "Tayla", "Hemi", "Aroha", "Callum", "Trent", "Deborah", "Marcus",
          "Aoife", "Ciaran", "Jodie", "Brendan", "Kylie", "Wayne", "Mandy", "Tyler", "Brittany", "Cody", "Hayley",
          "Jaxon", "Ruby", "Sienna", "Harrison", "Nathan", "Paula", "Maeve", "Declan", "Rhys", "Bethan", "Gemma",
          "Leanne", "Craig", "Tamsin", "Ngaire", "Mereana", "Tane", "Caitlin", "Madison", "Logan", "Chantelle",
          "Darren", "Colleen", "Trish", "Gary", "Maureen", "Doreen", "Eileen", "Bernard", "Harold", "Joyce",
          "Kevin", "Stacey", "Jordan", "Amber", "Kirsty", "Owen", "Lisa", "Jamie", "Ellie", "Ashleigh", "Rory"]
SHORT = ["Bev", "Mags", "Chris", "Liz", "Dot", "Nicky", "Sam", "Bec", "Jen", "Tom", "Katie", "Mick", "Ang"]
LASTS = ["Pemberton", "Hollis", "Quinlan", "Brophy", "Tremaine", "Ashdown", "Kilbride", "Ruane", "Whatley",
         "Cosgrove", "Larkin", "Penhaligon", "Faulkner", "Tipene", "Henare", "Strickland", "Dunphy", "Marchetti",
         "Prendergast", "Goodall", "Rowntree", "Yates", "Burchell", "Devereux", "Sandoval", "Chandra", "Mortimer",
         "Fenwick", "Lacey", "Dempsey", "Hargreaves", "Whitlock", "Mahoney", "Parata", "Boucher", "Kettering",
         "Stanwick", "Nolan", "Tran", "Horvath", "Ellwood", "Fairbairn", "Culhane", "Tuhoe", "Gillespie"]
RARE_LASTS = ["O'Rourke", "McAteer", "O'Dowd", "McKinstry", "Lister-Hale", "Booth-Ramsey"]
TOWNS = ["Ballarat", "Bendigo", "Tauranga", "Whangarei", "Kilkenny", "Mullingar", "Letterkenny", "Sligo", "Barnsley",
         "Rotherham", "Doncaster", "Lewisham", "Hackney", "Salford", "Wigan", "Moose Jaw", "Brandon", "Moncton",
         "Fredericton", "Peterborough", "Gainesville", "Dayton", "Toledo", "Lubbock", "Billings", "Fargo",
         "Cedar Rapids", "Parramatta", "Frankston", "Ringwood", "Manurewa", "Petone", "Rathmines", "Swords",
         "Clondalkin", "Haringey", "Tower Hamlets", "Napier", "Invercargill", "Nelson", "Geraldton", "Mackay",
         "Launceston", "Sunderland", "Carlisle", "Ipswich", "Chatham", "Oshawa", "Lethbridge", "Chilliwack",
         "Medford", "Akron", "Muncie", "Galway", "Tralee", "Navan", "Ennis", "Dubbo", "Rockhampton", "Timaru"]
COUNTIES = ["Co. Kerry", "County Mayo", "Co Donegal", "Lancashire", "Cumbria", "Norfolk", "Durham County",
            "Maricopa County", "Kings County", "Waikato", "Gippsland", "the Wirral"]
TOWN_REGION = ["Ennis, Co. Clare", "Dubbo NSW", "Brandon, MB", "Medford OR", "Tralee, Co Kerry", "Mackay QLD",
               "Chilliwack, BC", "Muncie, IN", "Timaru, South Canterbury"]
FAC_HEAD = ["Ashgrove", "Brambleside", "Fernleigh", "Larkspur", "Tidewater", "Greyfriars", "Bluegum", "Cedarview",
            "Hollins Park", "Riverbend", "Pukeko Valley", "Mossgiel", "Thornleigh", "Kowhai", "Saltmarsh",
            "Elderberry", "Copperfield", "Wrenfield", "Ironbark", "Glenvale"]
FAC_KIND = ["Medical Centre", "Surgery", "Health Centre", "Family Practice", "Counseling Center", "Care Home",
            "Primary School", "High School", "Community Health", "Clinic", "Nursing Home", "Hospital",
            "Family Medicine", "College", "Lodge", "Rest Home"]
WORKPLACES = ["Northgate Distribution", "Harbourside Cafe", "Millbrook Foods", "Tallis Engineering",
              "Oakhurst Logistics", "Pinewood Garden Centre", "Redfern Plastics"]
STREET_NAMES = ["Wattle", "Mallory", "Birchgrove", "Fairview", "Castlepark", "Jacaranda", "Tui", "Cranbourne",
                "Ashbourne", "Rosemount", "Kingsley", "Elmfield", "Banksia", "Pohutukawa", "Glenhaven", "Hillcrest",
                "Maplewood", "Sandringham", "Thornton", "Lilac", "Dunmore", "Westbury"]
UK_ST = ["Close", "Road", "Street", "Avenue", "Crescent", "Gardens", "Way", "Drive", "Lane"]
US_ST = ["St", "Ave", "Dr", "Rd", "Ln", "Blvd", "Ct", "Way"]
AU_ST = ["St", "Pde", "Cres", "Rd", "Ave", "Crt", "Pl"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAY = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
WORDS = ["ninety", "ninety-one", "ninety-two", "ninety three", "ninety-four", "ninety five", "ninety-six",
         "ninety-seven", "ninety eight", "ninety-nine", "a hundred", "a hundred and one"]
FREEMAIL = ["gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.co.uk",
            "btinternet.com", "sky.com", "live.ie", "eircom.net", "bigpond.com", "optusnet.com.au", "xtra.co.nz",
            "rogers.com", "shaw.ca", "comcast.net", "yahoo.ca"]
SERVICE_DOM = ["larkspurfamilypractice.org", "brambleside-surgery.co.uk", "fernleighcare.ie", "tidewatercounseling.com",
               "bluegumhealth.com.au", "kowhaihealth.co.nz", "mindstep-trial.org.uk", "greyfriarsclinic.ca"]


def _suf(d: int) -> str:
    return "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _first(r: random.Random) -> str:
    return r.choice(FIRSTS)


def _person(r: random.Random) -> str:
    f, last = _first(r), r.choice(LASTS)
    x = r.random()
    if x < 0.34:
        return f
    if x < 0.56:
        return f"{f} {last}"
    if x < 0.74:
        return last
    if x < 0.82:
        return r.choice(SHORT)
    if x < 0.90:
        return f.lower()
    return r.choice([f"{f} {last}".upper(), f"{last}, {f}", f"{f} {r.choice('ABCDEJKLMPRST')}. {last}",
                     f"{f} {r.choice(RARE_LASTS)}", f"{f.lower()} {last.lower()}"])


def _facility(r: random.Random) -> str:
    if r.random() < 0.2:
        return r.choice(WORKPLACES)
    return f"{r.choice(FAC_HEAD)} {r.choice(FAC_KIND)}"


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.5:
        return r.choice(TOWNS)
    if x < 0.8:
        return _facility(r)
    if x < 0.88:
        return r.choice(COUNTIES)
    return r.choice([r.choice(TOWN_REGION), r.choice(TOWNS).lower(), r.choice(TOWN_REGION)])


UK_TOWN_AREA = [("Rotherham", "S60"), ("Doncaster", "DN4"), ("Wigan", "WN3"), ("Carlisle", "CA2"),
                ("Sunderland", "SR4"), ("Ipswich", "IP3"), ("Chatham", "ME4"), ("Norwich", "NR2"), ("Salford", "M6")]


def _uk_postcode(r: random.Random, area: str) -> str:
    return f"{area} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXY')}"


def _address(r: random.Random) -> str:
    n = r.randint
    st = r.choice(STREET_NAMES)
    style = r.choice(["us", "uk", "ie", "ca", "au", "nz", "line", "line"])
    if style == "line":
        a = r.choice([f"{n(2, 199)} {st} {r.choice(UK_ST)}", f"{n(2, 98)} {st} {r.choice(AU_ST)}",
                      f"{n(100, 9899)} {r.choice(['N', 'S', 'E', 'W'])} {st} {r.choice(US_ST)}",
                      f"{n(100, 9899)} {st} {r.choice(US_ST)} Apt {n(1, 30)}{r.choice('ABCD')}",
                      f"Flat {n(1, 12)}, {n(2, 120)} {st} {r.choice(UK_ST)}"])
    elif style == "us":
        town, state, z = r.choice([("Dayton", "OH", "454"), ("Toledo", "OH", "436"), ("Lubbock", "TX", "794"),
                                   ("Billings", "MT", "591"), ("Fargo", "ND", "581"), ("Akron", "OH", "443"),
                                   ("Muncie", "IN", "473"), ("Gainesville", "FL", "326")])
        apt = r.choice(["", "", f" Apt {n(1, 40)}", f" #{n(1, 20)}"])
        a = f"{n(100, 9899)} {r.choice(['', 'N ', 'S ', 'W ', 'E '])}{st} {r.choice(US_ST)}{apt}, {town} {state} {z}{n(10, 99)}"
    elif style == "uk":
        flat = r.choice(["", "", f"Flat {n(1, 9)}, "])
        town, area = r.choice(UK_TOWN_AREA)
        a = f"{flat}{n(2, 140)} {st} {r.choice(UK_ST)}, {town} {_uk_postcode(r, area)}"
    elif style == "ie":
        a = f"{n(1, 90)} {st} {r.choice(['Park', 'Lawns', 'Heights', 'Grove', 'Court'])}, " \
            f"{r.choice(['Mullingar, Co. Westmeath', 'Tralee, Co Kerry', 'Ennis, Co. Clare', 'Navan, Co Meath', 'Letterkenny, Co. Donegal'])}"
    elif style == "ca":
        town, prov, fsa = r.choice([("Moncton", "NB", "E1A"), ("Fredericton", "NB", "E3B"), ("Oshawa", "ON", "L1H"),
                                    ("Lethbridge", "AB", "T1J"), ("Brandon", "MB", "R7A"), ("Chilliwack", "BC", "V2P")])
        unit = r.choice(["", "", f"Unit {n(1, 20)}, "])
        a = f"{unit}{n(10, 999)} {st} {r.choice(['Cres', 'Ave', 'St', 'Dr', 'Rd'])}, {town} {prov} {fsa} " \
            f"{n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{n(1, 9)}"
    elif style == "au":
        sub, state, pc = r.choice([("Frankston", "VIC", "3199"), ("Ringwood", "VIC", "3134"), ("Dubbo", "NSW", "2830"),
                                   ("Mackay", "QLD", "4740"), ("Geraldton", "WA", "6530"), ("Launceston", "TAS", "7250")])
        a = f"{r.choice([f'{n(1, 12)}/', '', ''])}{n(2, 88)} {st} {r.choice(AU_ST)}, {sub} {state} {pc}"
    else:
        sub, city, pc = r.choice([("Manurewa", "Auckland", "2102"), ("Petone", "Lower Hutt", "5012"),
                                  ("Otara", "Auckland", "2023"), ("Tamatea", "Napier", "4112"),
                                  ("Kensington", "Whangarei", "0112"), ("Glengarry", "Invercargill", "9810")])
        a = f"{n(1, 160)} {st} {r.choice(['Street', 'Road', 'Place', 'Crescent'])}, {sub}, {city} {pc}"
    x = r.random()
    if x < 0.12:
        return a.lower()
    if x < 0.16:
        return a.upper()
    if x < 0.20:
        return r.choice([f"PO Box {n(10, 9999)}", f"P.O. Box {n(10, 999)}, {r.choice(['Dubbo NSW 2830', 'Billings MT 59101'])}",
                         f"{n(1, 40)} {st} Park, Navan, Co. Meath C15 {r.choice('ADFKNPRTVWXY')}{n(1, 9)}{r.choice('ADFKNPRTVWXY')}{n(1, 9)}"])
    return a


def _date(r: random.Random) -> str:
    n = r.randint
    d, m, y = n(1, 28), n(1, 12), n(1932, 2011)
    mon, m3 = MONTHS[m - 1], MON3[m - 1]
    x = r.random()
    if x < 0.45:  # a date of birth as typed
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{m}/{d}/{y % 100:02d}", f"{m:02d}/{d:02d}/{y}",
                         f"{d:02d}-{m:02d}-{y}", f"{d}.{m}.{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
                         f"{d} {mon} {y}", f"{mon} {d}, {y}", f"{d}{_suf(d)} {mon} {y}", f"{d} {m3} {y % 100:02d}",
                         f"{d}/{m}/{y % 100:02d}"])
    if x < 0.92:
        return r.choice([f"the {d}{_suf(d)}", f"{mon} {d}{_suf(d)}", f"{d} {mon}", f"{mon.lower()} {d}",
                         f"{d}/{m}", f"{m}/{d}", f"{r.choice(WEEKDAY)} {d}{_suf(d)}", f"{d}{_suf(d)} of {mon}",
                         f"{m3} {d}", f"{mon} {d}", f"{d}{_suf(d)} {m3}", f"{m3} {d}{_suf(d)}"])
    return r.choice([f"{m3} {n(2019, 2025)}", f"{mon} {n(2019, 2025)}", f"{d:02d}{m:02d}{y}",
                     f"{r.choice(['Febuary', 'Feburary', 'Agust', 'Septmber'])} {d}{_suf(d)}"])


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    x = r.random()
    if x < 0.62:
        return str(a)
    if x < 0.92:
        return r.choice([f"{a} yrs", f"{a}yo", f"{a} years old", f"{a} y/o", f"{a} yrs old"])
    return r.choice(WORDS)


def _phone(r: random.Random) -> str:
    n = r.randint
    kind = r.choice(["us", "us", "uk", "uk", "ie", "au", "nz"])
    if kind == "us":
        a, c = r.choice([503, 614, 937, 419, 806, 406, 701, 506, 905, 403, 604, 352]), n(100, 199)
        c = c % 100
        out = r.choice([f"({a}) 555-01{c:02d}", f"{a}-555-01{c:02d}", f"{a}.555.01{c:02d}", f"({a}) 555-01{c:02d}",
                        f"{a}55501{c:02d}", f"({a})555-01{c:02d}", f"{a} 555 01{c:02d}", f"555-01{c:02d}"])
    elif kind == "uk":
        out = r.choice([f"07700 900{n(0, 999):03d}", f"07700900{n(0, 999):03d}", f"0161 496 0{n(0, 999):03d}",
                        f"020 7946 0{n(0, 999):03d}", f"0117 496 0{n(0, 999):03d}", f"0114 496 0{n(0, 999):03d}",
                        f"01632 960{n(0, 999):03d}"])
    elif kind == "ie":
        out = r.choice([f"08{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}", f"08{r.choice('3567')}{n(1000000, 9999999)}",
                        f"(01) {n(200, 999)} {n(1000, 9999)}", f"(021) {n(400, 499)} {n(1000, 9999)}"])
    elif kind == "au":
        out = r.choice([f"0491 570 {n(100, 199)}", f"0491570{n(100, 199)}", f"(0{r.choice('2378')}) 5550 {n(1000, 9999)}",
                        f"0{r.choice('2378')} 5550 {n(1000, 9999)}"])
    else:
        out = r.choice([f"02{r.choice('127')} {n(100, 999)} {n(1000, 9999)}", f"02{r.choice('127')}{n(1000000, 9999999)}",
                        f"(09) {n(200, 999)} {n(1000, 9999)}", f"(0{r.choice('3467')}) {n(200, 999)} {n(1000, 9999)}"])
    if r.random() < 0.08:
        out = r.choice([f"+1 {n(200, 989)} 555 01{n(0, 99):02d}", f"+44 7700 900{n(0, 999):03d}",
                        f"+353 87 {n(100, 999)} {n(1000, 9999)}", f"+61 491 570 {n(100, 199)}",
                        f"+64 21 {n(100, 999)} {n(1000, 9999)}", f"(503) 555-01{n(0, 99):02d} ext {n(10, 299)}"])
    return out


def _email(r: random.Random) -> str:
    f, last, n = r.choice(FIRSTS).lower(), r.choice(LASTS).lower(), r.randint
    x = r.random()
    if x < 0.78:
        local = r.choice([f"{f}.{last}", f"{f}{last}", f"{f}{n(1, 99)}", f"{f[0]}{last}{n(60, 99)}",
                          f"{f}_{last}", f"{last}.{f[0]}", f"{f}.{last}{n(1, 9)}", f"{f}{last[:3]}{n(1, 9999)}"])
        out = f"{local}@{r.choice(FREEMAIL)}"
    elif x < 0.93:
        out = f"{r.choice(['admin', 'reception', 'intake', 'referrals', 'info', 'office', f.split()[0]])}@{r.choice(SERVICE_DOM)}"
    else:
        out = r.choice([f"{f}.{last}@gmial.com", f"{f}{last}@hotmial.com", f"{f}.{last}@gmail.con",
                        f"{f}.{last}@GMAIL.COM".upper()])
    return out


def _url(r: random.Random) -> str:
    f, last, n = r.choice(FIRSTS).lower(), r.choice(LASTS).lower(), r.randint
    dom = r.choice(SERVICE_DOM)
    x = r.random()
    if x < 0.35:
        return r.choice([f"facebook.com/{f}.{last}.{n(1, 99)}", f"www.facebook.com/{f}{last}",
                         f"instagram.com/{f}_{last}", f"https://www.instagram.com/{f}.{last[:4]}{n(1, 99)}",
                         f"tiktok.com/@{f}{n(10, 99)}", f"linkedin.com/in/{f}-{last}-{n(100, 999)}",
                         f"https://x.com/{f}{last[:3]}"])
    if x < 0.7:
        return r.choice([f"www.{dom}", f"https://www.{dom}/self-referral", f"{dom}/contact",
                         f"https://{dom}/forms/intake", f"www.{dom}/waiting-list", f"https://www.{dom}",
                         f"{dom}/feedback"])
    if x < 0.92:
        return r.choice([f"gofundme.com/f/help-{f}-{last}", f"https://www.gofundme.com/f/{f}s-recovery-fund",
                         f"{f}{last}.wordpress.com", f"https://{f}-writes.blogspot.com", f"www.justgiving.com/page/{f}-{last}-{n(1, 99)}",
                         f"https://givealittle.co.nz/cause/support-for-{f}", f"youtube.com/@{f}{last}"])
    return r.choice([f"bit.ly/{r.choice('3xQkLmR')}{n(1000, 9999)}", f"linktr.ee/{f}.{last[:4]}", f"tinyurl.com/{f}{n(100, 999)}x"])


def _ssn(r: random.Random) -> str:
    n = r.randint
    kind = r.choice(["us", "us", "us", "ca", "uk", "ie", "au", "nz"])
    if kind == "us":
        a, b, c = r.choice([n(101, 665), n(667, 899)]), n(10, 99), n(1000, 9999)
        return r.choice([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])
    if kind == "ca":
        a, b, c = n(100, 799), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {c}", f"{a}-{b}-{c}", f"{a}{b}{c}"])
    if kind == "uk":
        p = r.choice(["JT", "NP", "SK", "AB", "WL", "HR", "PE", "CE", "ZR", "MA"])
        d = [n(10, 99) for _ in range(3)]
        s = r.choice("ABCD")
        return r.choice([f"{p} {d[0]} {d[1]} {d[2]} {s}", f"{p}{d[0]}{d[1]}{d[2]}{s}", f"{p.lower()}{d[0]}{d[1]}{d[2]}{s.lower()}"])
    if kind == "ie":
        return r.choice([f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMNPRTW')}", f"{n(1000000, 9999999)}{r.choice('ABTW')}A",
                         f"{n(1000000, 9999999)} {r.choice('FHKT')}"])
    if kind == "au":
        return r.choice([f"{n(100, 999)} {n(100, 999)} {n(100, 999)}", f"{n(100000000, 999999999)}"])
    return r.choice([f"{n(10, 139)}-{n(100, 999)}-{n(100, 999)}", f"{n(10000000, 139999999)}"])


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([
        f"{n(100, 999)} {n(100, 999)} {n(1000, 9999)}",                       # NHS number
        f"{n(1000000000, 9999999999)}",                                         # NHS / CHI run together
        f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}",                         # AU Medicare
        f"{n(2000, 6999)}{n(10000, 99999)}{n(1, 9)}/{n(1, 5)}",
        f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(1000, 9999)}",              # NZ NHI
        f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(L)}{r.choice(L)}",  # OHIP
        f"9{n(100, 999)} {n(100, 999)} {n(100, 999)}",                          # BC PHN
        f"{n(100000, 9999999):08d}",                                            # MRN
        f"{r.choice(L)}{n(100000, 999999)}",
        f"H{n(1000000, 9999999)}",                                              # hospital number
        f"{r.choice(['W', 'XEH', 'JQU', 'ZGP'])}{n(100000000, 999999999)}",     # insurance member id
        f"{r.choice(L)}{r.choice(L)}{n(10000, 99999)}{r.choice(L)}",            # Medicaid
        f"{n(10000000, 99999999)}",                                             # health fund / account
        f"{r.choice(['PSY', 'MS', 'CALM', 'TR'])}-{n(10, 99)}-{n(100, 999)}",   # trial participant
        f"{r.choice(['WL', 'SR', 'CMP', 'FB'])}-{n(10000, 99999)}",            # waiting list / referral / complaint
        f"{r.choice(['WL', 'C'])}{n(100000, 999999)}",
        f"{n(1000, 9999)} {n(1000, 9999)} {n(100, 999)}",
    ])


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
        "Preferred name: {}",
        "Full name: {}",
        "First name, {}",
        "What would you like us to call you? {} is fine",
        "Emergency contact: {} (partner)",
        "Next of kin name: {}  Relationship to you: daughter",
        "Emergency contact name - my mum {}, she knows about the referral",
        "GP name: Dr {}",
        "Name of your family doctor: Dr. {} at the practice near us",
        "Who referred you? my counsellor at uni, {}",
        "Name of young person: {}",
        "Parent/carer name: {}",
        "Q: Who do you live with? A: my partner {} and the two kids",
        "Is there anyone you do NOT want us to contact? yes - my ex {}",
        "Name of school contact: Mrs {} (head of year)",
        "Person completing this form: {}",
        "Any other comments: the nurse {} was really kind to mum, pls pass on thanks",
        "Name of the person you care for: {}",
        "Signed: {}",
        "Complaint about (staff member if known): i think her name was {}",
        "Who supports you day to day? mostly my sister {} tbh",
        "Previous therapist (if any): {}, about 2 yrs ago",
        "Name of keyworker at the care home: {}",
        "Preferred name, \"{}\"",
        "Name of psychiatrist if you have one: Dr {}",
        "Relationship to participant: son. Your name: {}",
        "Has anyone helped you fill this in? yes my nan {} helped with the spelling",
        "Who can we leave a message with? {}'s phone is better in the day",
        "Alternative contact: {} (brother), n/a for anything medical",
        "Referrer name: Ms {}",
    ],
    "LOCATION": [
        "Town/city: {}",
        "Suburb: {}",
        "Where do you live (town or area)? {}",
        "Place of birth: {}",
        "Name of GP surgery: {}",
        "GP practice, {}",
        "School attended: {}",
        "Name of care home (if applicable): {}",
        "Employer: {}",
        "Where are you currently being seen? outpatients at {}",
        "Have you been in hospital for your mental health? yes, 3 weeks at {}",
        "County: {}",
        "Borough: {}",
        "We moved up from {} about 6 months ago so still finding our feet",
        "Which clinic would you prefer to attend? {} if possible, closer for me",
        "Where did the incident happen? in the waiting room at {}",
        "Nearest town: {}",
        "Place of work (optional): {} - night shifts",
        "My dad is in {} now, the staff there are great",
        "Current school or college: {}",
        "Area you would be willing to travel to: anywhere near {}",
        "Previous address area: {}",
        "Where was your last assessment done? {}",
        "Which site did you visit? \"{}\"",
        "Q: Where did you hear about the study? A: a poster at {}",
        "Region/area: {}",
        "i work at {} and can only do mornings",
        "Family doctor's clinic: {}",
    ],
    "ADDRESS": [
        "Address: {}",
        "Address line 1: {}",
        "Home address - {}",
        "Current address: {}",
        "New address (change of details): {}",
        "Postal address if different: {}",
        "Where should we send letters? {}",
        "Address, {}",
        "Street address: {}",
        "Next of kin address: {}",
        "Address of the person you care for: {}",
        "GP surgery address: {}",
        "Please post the questionnaire to {} thx",
        "We have moved! new addy is {}",
        "Mailing address: {}",
        "Home address (including postcode): {}",
        "Previous address: {}",
        "Address for correspondence: \"{}\"",
        "Residential address, {}",
        "my mum's address is {} if you need to send anything there",
        "Address of school: {}",
        "Delivery address for the study pack: {}",
        "Where are you staying at the moment? {} (my sister's place)",
        "Please update my address to {}, from next week",
        "Emergency contact address: {}",
        "ADDRESS: {}",
    ],
    "DATE": [
        "Date of birth: {}",
        "DOB: {}",
        "dob, {}",
        "Young person's date of birth: {}",
        "Date of birth of the person you care for: {}",
        "Date completed: {}",
        "Date: {}",
        "When did you last see your GP? {}",
        "Date of last appointment: {}",
        "When did the problem start? around {}",
        "Date of incident: {}",
        "Date you moved to the new address: {}",
        "Preferred start date: {}",
        "I have a hospital appt on {} so can't do that week",
        "Any dates you are not available? away untill {}",
        "Date of consent: {}",
        "When did you first contact the service? {}",
        "Date of discharge (if known): {}",
        "Q: When was your last dose of sertraline changed? A: {}, went up to 100mg",
        "Screening visit date: {}",
        "Date recieved: {}",
        "Date of birth (DD/MM/YYYY): {}",
        "Date of birth (MM/DD/YYYY): {}",
        "mum had a fall on {} and has been low since",
        "Date of your last session: {}",
        "When would you like to start? after {} pls",
        "Signed and dated: {}",
        "Date of referral, {}",
    ],
    "AGE": [
        "Age: {}",
        "Age of the person you care for: {}",
        "Age (years): {}",
        "Their age: {}",
        "How old is your relative? {}",
        "my nan is {} and lives with us",
        "Q: Age of the person you look after? A: {}",
        "Next of kin age (optional): {}",
        "Grandad turned {} in the spring, he is still very independent",
        "My mum is {} and has mild dementia, I am her main carer",
        "Age, {}",
        "Resident's age: {}",
        "Please tell us about who you care for: my dad, he's {}, lives alone",
        "Age of household members: me 56, my mother {}",
        "my great aunt is {} and still sharp as anything",
        "Age at last birthday: {}",
        "She is {} now and the stairs are getting too much",
        "Carer details - I look after my grandmother ({}) most days",
        "Age of patient: {}",
        "he's {} so we'd prefer a home visit if possible",
        "Relative's age, {}",
        "Current age: {}",
        "Mum, {}, has been more confused since the move",
        "If caring for an older person, their age: {}",
        "Is the person you care for over 65? yes, {}",
    ],
    "PHONE": [
        "Mobile: {}",
        "Mobile number: {}",
        "Home phone: {}",
        "Best number: {}",
        "Phone, {}",
        "Contact number: {} (text first pls)",
        "Best number to reach you? {} after 3pm",
        "Emergency contact phone: {}",
        "Daytime telephone: {}",
        "Work number: {}",
        "GP surgery phone number: {}",
        "Can we leave a voicemail? yes on {}",
        "mob {}",
        "Phone number of next of kin: {}",
        "New mobile number: {}",
        "Alternative number: {} (my partner's)",
        "ph: {}",
        "Please call me on {} not the landline",
        "Tel: {}",
        "Cell: {}",
        "Best way to contact you? text to {}",
        "Phone number of the care home: {}",
        "Parent/carer mobile: {}",
        "Telephone (home), {}",
        "Preferred number: \"{}\"",
        "If we can't reach you, who should we call? my brother on {}",
    ],
    "EMAIL": [
        "Email: {}",
        "Email address: {}",
        "E-mail: {}",
        "Email, {}",
        "Preferred email for appointment letters: {}",
        "Can we email you? yes - {}",
        "Parent/carer email: {}",
        "Email of next of kin: {}",
        "New email address: {}",
        "pls use {} not my work one",
        "Your email (for the survey link): {}",
        "Email to send the consent form to: {}",
        "Referrer's email: {}",
        "GP practice email (if known): {}",
        "Contact email, \"{}\"",
        "email me at {} thanks",
        "Best way to contact you? email {}",
        "Confirm email address: {}",
        "Email address for reminders: {}",
        "my daughter handles the emails, {}",
        "E-mail address of the person completing the form: {}",
        "Q: What email should we use? A: {}",
        "I sent the complaint to {} and never got a reply",
        "Work email (only if ok to contact): {}",
        "EMAIL: {}",
    ],
    "URL": [
        "Website: {}",
        "How did you hear about us? saw the link on {}",
        "Where did you find the self-referral form? {}",
        "Link to fundraiser (optional): {}",
        "Social media (optional): {}",
        "My son set up a page for his recovery, {}",
        "Q: Where did you hear about the study? A: {}",
        "Profile link: {}",
        "Practice website: {}",
        "Any links you want to share? {}",
        "Website of the service that referred you: {}",
        "i found you through {}",
        "Where did you see our advert? {}",
        "URL, {}",
        "Blog or page where you write about this (optional): {}",
        "Online booking page used: {}",
        "Link: {}",
        "Please see {} for mum's care home visiting times",
        "Instagram/TikTok (if you want updates): {}",
        "Referral form was filled in at {}",
        "I share my art at {} if that helps understand me",
        "Web page you came from: \"{}\"",
        "Which page did you use to book? {}",
        "School website: {}",
        "Feedback: the page {} kept crashing on my phone",
    ],
    "SSN": [
        "Social Security Number: {}",
        "SSN: {}",
        "SSN (last 4 not accepted, full number pls): {}",
        "Social insurance number (SIN): {}",
        "SIN: {}",
        "National Insurance number: {}",
        "NI number: {}",
        "NI no, {}",
        "PPS number: {}",
        "PPSN: {}",
        "Tax file number: {}",
        "TFN: {}",
        "IRD number: {}",
        "IRD no.: {}",
        "Social security no, {}",
        "For the study payment we need your national insurance number: {}",
        "Q: SSN for the gift card payment? A: {}",
        "my social is {}",
        "Participant's social security number: {}",
        "PPS no. of the person you care for: {}",
        "Tax file no (for reimbursement): {}",
        "National insurance: {}",
        "SIN, \"{}\"",
        "Please confirm your social security number - {}",
        "NINO: {}",
    ],
    "ID": [
        "NHS number: {}",
        "NHS no: {}",
        "CHI number: {}",
        "Medicare number: {}",
        "Medicare card no, {}",
        "NHI number: {}",
        "NHI: {}",
        "OHIP number: {}",
        "Health card number: {}",
        "Personal Health Number (PHN): {}",
        "Medical record number: {}",
        "MRN: {}",
        "Hospital number: {}",
        "Insurance member ID: {}",
        "Member ID #: {}",
        "Medicaid ID: {}",
        "Health fund membership no: {}",
        "Participant ID: {}",
        "Screening number: {}",
        "Waiting list reference: {}",
        "Referral ref: {}",
        "Complaint reference number, {}",
        "Account number: {}",
        "Policy number (private insurance): {}",
        "Your reference (from the letter we sent you): {}",
        "My ID for the trial is {} i think",
        "Customer account no. {}",
        "Patient ID, \"{}\"",
    ],
}
