"""A fifty-first SYNTHETIC transcript set for benchmarks/deid.py: the forty-ninth held-out set (forms, third sample).

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns, suburbs, boroughs and counties of the US, Canada, the UK, Ireland, Australia and
New Zealand are used as places only, never with a person; every hospital, clinic, surgery, medical and
health centre, practice, care home, school, college, church, service, trial and workplace name is made
up; phone numbers are in the fiction ranges or invented).  Written on 2026-12-07 by an engineer who had
NOT seen the de-identifier's rules, its docs page, its tests or the contents of the earlier sets (only
benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and deid_heldout.py ..
deid_heldout47.py their docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of
deid_heldout19.py, for the format), in one go, before any run; no line of this file was changed after its
first run.  It was first run on main at commit c3ad042 (the twenty-fourth round's rules) and measures how
the rules do on text they were not written for; it stays a blind set until a later round makes it a
development set.

Style: A THIRD SAMPLE, by another writer, of ORDINARY FORMS AND FREE-TEXT ANSWERS that clients and
families type into a service's web forms and questionnaires (after deid_heldout33.py and
deid_heldout45.py, whose docstrings only were read; this one is written from what such forms and answers
really look like, not from their lists), as a psychotherapy study ingests them: self-referral and intake
forms, pre-session and screening questionnaires, a trial's eligibility and consent answers, feedback and
complaint forms, emergency-contact and next-of-kin sections, a GP/family-doctor section, open answers in
an outcome or follow-up survey, a parent's or carer's form for a young person or an elderly relative, a
waiting-list check-in and a change-of-details form.  Exported as ``Field label: answer`` lines, as a
question followed by its answer (after a question mark, a dash or on the next line), or as a CSV-like
``label, answer`` row (the benchmark's generator writes every turn as ``Therapist:``/``Client:``, so a
field and its answer sit inside the ``Client:`` turn).  The labels are tidy; the answers are typed the
way ordinary people type into a form: some in lower case or in capitals, abbreviations (``mob``, ``ph``,
``n/a``, ``approx``, ``pls``, ``dob``, ``appt``, ``yr``), missing punctuation, now and then a typo, and
sometimes a whole sentence where a word was asked for.  Writers from the US, Canada, the UK, Ireland,
Australia and New Zealand, mixed (``mum``/``mom``/``mam``, ``nan``/``grandma``/``nana``, ``the surgery``,
``family doctor``, ``GP``, ``zip``/``postcode``/``postal code``/``Eircode``), with their spelling and their
date, phone, address and ID conventions.  Kept plain and natural; it does not chase variety for its own
sake.

Identifier forms: the ones people MOST OFTEN fill into such forms, evenly spread; hard or exotic forms
are rare (under one in ten of each type).  Names: a first name alone (the commonest: a ``Preferred
name:`` answer, ``my partner Shauna``), a full name in a name field, a surname after ``Dr``/``Mr``/``Mrs``/
``Ms`` in a GP, school or referrer field (the title in the carrier, never in the span), a relative or
emergency contact after a kin word in the carrier, a name inside a free-text answer, a possessive ``'s``
in the carrier, a name typed in lower case; rarely a full name in capitals, ``Surname, First``, a middle
initial, a hyphenated surname or an ``O'``/``Mc`` surname.  Places: a town, city, suburb, county or
borough answer or one named in a sentence (``Geelong``, ``Drogheda``, ``Lewisham``, ``Kelowna``,
``Lower Hutt``), made-up hospitals, medical centres, surgeries, clinics, schools, care homes and
workplaces (``Elmstead Surgery``, ``Fairholme Care Home``, ``Pinecrest Logistics``); rarely a town in
lower case or with its county, state or province after it (``Athlone, Co. Westmeath``, ``Barrie, ON``),
inside the span.  Addresses as typed into a form, on one line or split over ``Address line 1:`` and
the like: a street line (``42 Sycamore Dr``, ``1842 W Elm St Apt 6``), a line with its town and ZIP,
postal code or postcode (``9 Ashcombe Way, Swindon SN3 4QT``, ``27 Bellamy Cres, Barrie ON L4N 3K2``),
an Irish estate with its town and county, an Australian ``4/17`` unit line with suburb, state and
postcode, a NZ line with suburb, city and postcode, a ``Flat 2,`` line, lower case now and then; rarely
capitals, a PO Box or an Eircode.  Dates as typed: a date of birth (``14/03/1987``, ``3/14/87``,
``14-03-1987``, ``14.03.1987``, ``1987-03-14``, ``14 March 1987``, ``March 14, 1987``, ``14th March 1987``,
``14 Mar 87``), other dates (``the 14th``, ``March 3rd``, ``3 March``, ``march 3``, ``14/3``, ``3/14``,
``Tues 9th``, ``3rd of March``, ``Sept 9``); rarely a month and year (``Feb 2024``), a misspelt month or a
run-together DOB.  Ages over 89 (90-110) of an elderly relative or of the person a carer looks after:
digits (most), ``94 yrs``, ``94yo``, ``94 years old`` with the unit inside the span now and then; rarely
in words.  Phones as typed into a ``Mobile:``, ``Home phone:`` or ``Best number:`` field: US and Canadian
``(503) 555-0147``, ``503-555-0147``, ``503.555.0147``, ``5035550147``; UK ``07700 900456`` mobiles and
``0161 496 0734`` / ``020 7946 0321`` landlines, run together now and then; Irish ``087 219 4456``
mobiles and ``(01) 496 3321`` landlines; Australian ``0491 570 156`` mobiles and ``(03) 5550 1234``
landlines; NZ ``021 555 0198`` mobiles and ``(09) 555 0147`` landlines; rarely an international prefix or
an extension.  Emails: free-mail and ISP addresses of these countries and invented practice and service
addresses; rarely in capitals or with a provider typo.  Web addresses: a social-media profile, an
invented practice, school, service or trial page, a fundraiser or a blog, with and without ``https://``
and ``www``; rarely a short link.  SSNs as each country's national number on an eligibility or payment
form (planted as SSN -- a judgement call): US social security numbers with dashes (most), spaces or
none, Canadian SINs, UK National Insurance numbers, Irish PPS numbers, Australian tax file numbers and NZ
IRD numbers.  IDs (the cue always in the carrier, never in the span): medical record and hospital
numbers, NHS numbers, Australian Medicare numbers, NZ NHI numbers, OHIP and BC health card numbers, US
insurance member and Medicaid ids, a health-fund membership, a trial participant or screening number, a
waiting-list, referral or complaint reference and an account number.
A title, kin word or possessive ``'s`` next to a name, a field label, an article before a place and a
note after a phone number stay outside the span; a date's own words (``the 14th``, ``Tues 9th``) are
inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and then a
form sits a little oddly in its field, as in a real export.
The carrier lines hold words that must NOT be removed: field labels (``Preferred name:``, ``Relationship
to you:``, ``Best time to call:``), yes/no and tick-box answers, ``n/a``, questionnaire items and scores
(PHQ-9, GAD-7, CORE-10, K10, ``about a 7 out of 10``), drugs and doses (sertraline 100mg, escitalopram
10mg, venlafaxine, quetiapine 25mg, melatonin), clock times (``after 6pm``, ``mornings before 10``),
durations (``about 8 months``, ``3 yrs``), ages under 90 (``my daughter, 13``), weekdays alone, kin words as
common nouns (my mum, my nan, my partner, the kids) and place-like common words (the surgery, the
practice, the school, uni, the clinic, work, the care home); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""
from __future__ import annotations

import random

# ---------------------------------------------------------------- word lists (all this file's own)
_FIRST = ["Kayleigh", "Brendan", "Shauna", "Marcus", "Tanya", "Declan", "Aoife", "Jordan", "Brooke", "Hamish",
          "Kirsty", "Wiremu", "Aroha", "Tyler", "Courtney", "Darren", "Niamh", "Callum", "Shannon", "Reece",
          "Jodie", "Trent", "Melissa", "Gareth", "Bronwyn", "Craig", "Leanne", "Stacey", "Dylan", "Megan",
          "Ruairi", "Fiona", "Tamsin", "Jaxon", "Harper", "Mackenzie", "Brianna", "Travis", "Nadine", "Yvonne",
          "Sinead", "Padraig", "Rangi", "Kelsey", "DeShawn", "Latoya", "Harpreet", "Fatima", "Linh", "Mei",
          "Connor", "Ashleigh", "Bailey", "Chantelle", "Grant", "Heather", "Liam", "Maddison", "Nathan", "Owen",
          "Paige", "Rhys", "Sophie", "Tegan", "Zoe", "Ethan", "Caitlin", "Jasmine", "Kane", "Sean"]
_SHORT = ["Maddie", "Bec", "Jess", "Liz", "Mick", "Steph", "Gaz", "Nat", "Sam", "Tash", "Benji", "Kat", "Jono",
          "Em", "Dom", "Abi"]
_OLD_FIRST = ["Doreen", "Maureen", "Bernard", "Kenneth", "Marjorie", "Harold", "Beryl", "Alfred", "Edna",
              "Clifford", "Gwen", "Stanley", "Noreen", "Cyril", "Mavis", "Raymond", "Phyllis", "Dennis"]
_LAST = ["Pemberton", "McAllister", "O'Sullivan", "Whitaker", "Henare", "Nguyen", "Patel", "Brennan", "Thompson",
         "Fairweather", "Ashdown", "Rutherford", "Dempsey", "MacLeod", "Tremblay", "Gauthier", "Singh", "Walsh",
         "Hennessy", "Crawley", "Ngata", "Fenwick", "Harrower", "Bixby", "Castillo", "Marsh", "Blackwood",
         "Quinlan", "Daly", "Hargreaves", "Lennox", "Sutcliffe", "Moffat", "Greenhalgh", "Okonkwo", "Ferreira",
         "Lam", "Chua", "Kaur", "Bouchard", "Leblanc", "Morrison", "Doherty", "Tipene", "Carmody", "Pritchard",
         "Hollis", "Yates", "Kearney", "Stroud", "Bannerman", "Ellery", "Cho", "Ramirez", "Washington", "Boyle"]

_TOWNS = ["Eau Claire", "Bend", "Lowell", "Gainesville", "Olympia", "Ithaca", "Grand Rapids", "Chico", "Paducah",
          "Kelowna", "Moncton", "Lethbridge", "Barrie", "Brandon", "Peterborough", "Sherbrooke", "Red Deer",
          "Wolverhampton", "Bury St Edmunds", "Hackney", "Croydon", "Harrogate", "Swindon", "Kirkcaldy",
          "Llanelli", "Lewisham", "Tameside", "Somerset", "County Durham", "Stockton-on-Tees", "Chelmsford",
          "Drogheda", "Athlone", "Ennis", "Letterkenny", "Clonmel", "Swords", "Mullingar", "Tralee", "Co. Kildare",
          "Geelong", "Bendigo", "Parramatta", "Fremantle", "Townsville", "Penrith", "Mildura", "Blacktown",
          "Ipswich", "Whanganui", "Hamilton", "Papakura", "Invercargill", "Lower Hutt", "Rotorua", "Napier",
          "Tauranga", "Porirua"]
_TOWN_REGION = ["Athlone, Co. Westmeath", "Barrie, ON", "Bendigo VIC", "Harrogate, North Yorkshire",
                "Kelowna, BC", "Ennis, Co. Clare", "Eau Claire, WI", "Porirua, Wellington", "Moncton NB",
                "Mildura, Vic"]
_FAC_STEM = ["Elmstead", "Briarwood", "Fairholme", "Rosehill", "Thornfield", "Lakeview", "Harbourside", "Ridgeline",
             "Northgate", "Westbury", "Copperleaf", "Greyfriars", "Marlowe", "Hazelbank", "Redgum", "Pohutukawa",
             "Cedarbrook", "Ashford Park", "Millbrook", "Summerhill"]
_FAC_KIND = ["Surgery", "Medical Centre", "Medical Center", "Family Practice", "Health Centre", "Community Hospital",
             "Care Home", "Nursing Home", "Lodge", "Primary School", "High School", "College", "Counselling Service",
             "Clinic", "Private Hospital", "Retirement Village"]
_WORKPLACES = ["Pinecrest Logistics", "Bellbird Childcare", "Copperleaf Bakery", "Tidewater Freight",
               "Harlow & Finch Accountants", "Greenvale Garden Centre", "Summit Print Co"]

_STREET = ["Sycamore", "Bellamy", "Ashcombe", "Granby", "Lakeshore", "Jacaranda", "Kowhai", "Heathfield", "Primrose",
           "Carrick", "Larkspur", "Mulberry", "Ferndale", "Glenview", "Beacon", "Orchard", "Stirling", "Cedar",
           "Hillcrest", "Morningside", "Totara", "Rimu", "Ironbark", "Silverdale", "Elm", "Maple", "Wren", "Foxglove"]
_SFX_US = ["St", "Ave", "Dr", "Rd", "Ln", "Ct", "Blvd", "Pl"]
_SFX_UK = ["Road", "Close", "Way", "Crescent", "Avenue", "Drive", "Lane", "Gardens", "Grove", "Street"]
_SFX_AU = ["St", "Rd", "Ave", "Cres", "Pl", "Ct", "Dr", "Tce"]
_US_TOWNS = [("Olympia", "WA", "985"), ("Ithaca", "NY", "148"), ("Chico", "CA", "959"), ("Bend", "OR", "977"),
             ("Paducah", "KY", "420"), ("Gainesville", "FL", "326"), ("Lowell", "MA", "018")]
_CA_TOWNS = [("Barrie", "ON", "L4N"), ("Kelowna", "BC", "V1Y"), ("Moncton", "NB", "E1C"), ("Red Deer", "AB", "T4N"),
             ("Sherbrooke", "QC", "J1H")]
_UK_TOWNS = [("Swindon", "SN3"), ("Harrogate", "HG2"), ("Chelmsford", "CM1"), ("Wolverhampton", "WV6"),
             ("Kirkcaldy", "KY2"), ("Llanelli", "SA15")]
_IE_TOWNS = [("Mullingar", "Co. Westmeath"), ("Ennis", "Co. Clare"), ("Tralee", "Co. Kerry"),
             ("Drogheda", "Co. Louth"), ("Letterkenny", "Co. Donegal")]
_IE_ESTATE = ["Ashgrove Park", "Cluain Ard", "Meadowbrook Lawns", "Hazelwood Drive", "Ard Na Greine", "Oakfield Heights"]
_AU_TOWNS = [("Bendigo", "VIC", "3550"), ("Geelong", "VIC", "3220"), ("Penrith", "NSW", "2750"),
             ("Townsville", "QLD", "4810"), ("Fremantle", "WA", "6160"), ("Mildura", "VIC", "3500")]
_NZ_TOWNS = [("Papakura", "Auckland", "2110"), ("Naenae", "Lower Hutt", "5011"), ("Fenton", "Rotorua", "3010"),
             ("Greerton", "Tauranga", "3112"), ("Glengarry", "Invercargill", "9810")]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
_DAYS = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sat"]
_MISSPELT = ["Febuary", "Feburary", "Janurary", "Agust", "Septmber", "Novmber"]

_FREEMAIL = ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "hotmail.co.uk", "outlook.com", "icloud.com",
             "btinternet.com", "eircom.net", "bigpond.com", "xtra.co.nz", "shaw.ca", "sympatico.ca", "live.ie",
             "optusnet.com.au", "yahoo.co.uk", "aol.com", "live.com.au"]
_ORG_DOMAIN = ["elmsteadsurgery.co.uk", "briarwoodmc.com.au", "ridgelinecounselling.com", "thornfieldhigh.school.nz",
               "fairholmecare.ie", "lakeviewfamilypractice.com", "harboursidementalhealth.ca",
               "hazelbankwellbeing.org.uk", "cedarbrookclinic.org"]
_ORG_BOX = ["reception", "admin", "info", "referrals", "office", "hello", "intake"]

_NUMS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _person(r: random.Random) -> str:
    x = r.random()
    first = r.choice(_FIRST + _FIRST + _OLD_FIRST)
    last = r.choice(_LAST)
    if x < 0.38:
        return first
    if x < 0.46:
        return r.choice(_SHORT)
    if x < 0.68:
        return f"{first} {last}"
    if x < 0.83:
        return last
    if x < 0.91:
        return r.choice([first.lower(), f"{first.lower()} {last.lower()}"])
    if x < 0.94:
        return f"{first} {r.choice('ABCDEJKLMRST')}. {last}"
    # rare forms
    return r.choice([f"{first.upper()} {last.upper()}", f"{last}, {first}", f"{first} {last}-{r.choice(_LAST)}",
                     f"{first} Mc{r.choice(['Grath', 'Kenna', 'Intyre'])}", f"{first} O'{r.choice(['Neill', 'Hara'])}"])


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.50:
        return r.choice(_TOWNS)
    if x < 0.84:
        return f"{r.choice(_FAC_STEM)} {r.choice(_FAC_KIND)}"
    if x < 0.91:
        return r.choice(_WORKPLACES)
    if x < 0.96:
        return r.choice(_TOWN_REGION)
    return r.choice([r.choice(_TOWNS).lower(), r.choice(_TOWNS).upper()])


def _address(r: random.Random) -> str:
    n = r.randint
    c = r.choice(["us", "ca", "uk", "ie", "au", "nz"])
    st = r.choice(_STREET)
    x = r.random()
    if c == "us":
        line = f"{n(12, 4890)} {r.choice(['', '', 'N ', 'W ', 'S ', 'E '])}{st} {r.choice(_SFX_US)}"
        if r.random() < 0.3:
            line += r.choice([f" Apt {n(1, 24)}{r.choice(['', 'B', 'C'])}", f" #{n(2, 310)}", f", Unit {n(1, 12)}"])
        if x < 0.45:
            town, state, z = r.choice(_US_TOWNS)
            line += f", {town}, {state} {z}{n(0, 99):02d}"
    elif c == "ca":
        line = f"{n(8, 2400)} {st} {r.choice(['St', 'Ave', 'Cres', 'Dr', 'Rd', 'Blvd'])}"
        if r.random() < 0.25:
            line = f"{r.choice(['Unit ', '#', ''])}{n(101, 1408)}-{line}" if r.random() < 0.5 else f"Unit {n(2, 40)}, {line}"
        if x < 0.5:
            town, prov, fsa = r.choice(_CA_TOWNS)
            line += f", {town} {prov} {fsa} {n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{n(0, 9)}"
    elif c == "uk":
        line = f"{n(1, 140)} {st} {r.choice(_SFX_UK)}"
        if r.random() < 0.2:
            line = f"Flat {n(1, 12)}, {line}"
        if x < 0.5:
            town, pc = r.choice(_UK_TOWNS)
            line += f", {town} {pc} {n(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    elif c == "ie":
        town, county = r.choice(_IE_TOWNS)
        line = f"{n(1, 88)} {r.choice(_IE_ESTATE)}, {town}"
        if x < 0.5:
            line += f", {county}"
        elif x < 0.62:
            line += f", {r.choice(['N91', 'V95', 'V92', 'A92', 'F92'])} {r.choice('ACDEFHKNPRTVWXY')}{n(1, 9)}" \
                    f"{r.choice('ACDEFHKNPRTVWXY')}{n(1, 9)}"
    elif c == "au":
        line = f"{n(1, 260)} {st} {r.choice(_SFX_AU)}"
        if r.random() < 0.35:
            line = f"{n(1, 24)}/{line}"
        if x < 0.5:
            town, state, pc = r.choice(_AU_TOWNS)
            line += f", {town} {state} {pc}"
    else:
        line = f"{n(1, 320)} {st} {r.choice(['Street', 'Road', 'Place', 'Crescent', 'Avenue', 'Terrace'])}"
        if x < 0.5:
            sub, city, pc = r.choice(_NZ_TOWNS)
            line += f", {sub}, {city} {pc}"
    y = r.random()
    if y < 0.12:
        return line.lower()
    if y < 0.15:
        return line.upper()
    if y < 0.18:
        return r.choice([f"PO Box {n(12, 9800)}", f"P.O. Box {n(12, 980)}, {r.choice(_US_TOWNS)[0]}"])
    return line


def _date(r: random.Random) -> str:
    n = r.randint
    d, m, y = n(1, 28), n(1, 12), n(1931, 2008)
    mon, m3 = _MONTHS[m - 1], _MON3[m - 1]
    yy = f"{y % 100:02d}"
    x = r.random()
    if x < 0.42:  # a date of birth as typed
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{m}/{d}/{yy}", f"{m}/{d}/{y}", f"{d:02d}-{m:02d}-{y}",
                         f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d} {mon} {y}", f"{mon} {d}, {y}",
                         f"{_ordinal(d)} {mon} {y}", f"{d} {m3} {yy}", f"{d}/{m}/{yy}"])
    if x < 0.92:  # other dates: appointments, events
        return r.choice([f"the {_ordinal(d)}", f"{mon} {_ordinal(d)}", f"{d} {mon}", f"{mon.lower()} {d}",
                         f"{d}/{m}", f"{m}/{d}", f"{r.choice(_DAYS)} {_ordinal(d)}", f"{_ordinal(d)} of {mon}",
                         f"{m3} {d}", f"{mon} {d}", f"{r.choice(_DAYS)} {d} {mon}", f"{_ordinal(d)} {m3}"])
    return r.choice([f"{m3} {n(2021, 2025)}", f"{r.choice(_MISSPELT)} {_ordinal(d)}", f"{d:02d}{m:02d}{y}",
                     f"{mon} {y}"])


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    x = r.random()
    if x < 0.62:
        return str(a)
    if x < 0.92:
        return r.choice([f"{a} yrs", f"{a}yo", f"{a} years old", f"{a} y/o", f"{a} yrs old"])
    tens = {9: "ninety"}.get(a // 10)
    if tens is None:
        return r.choice(["a hundred", "one hundred"]) if a == 100 else f"{a}"
    return tens if a % 10 == 0 else f"{tens}-{_NUMS[a % 10 - 1]}"


def _phone(r: random.Random) -> str:
    n = r.randint
    c = r.choice(["us", "us", "uk", "ie", "au", "nz"])
    x = r.random()
    if c == "us":
        a, k = r.choice(["503", "613", "905", "312", "608", "250", "404", "971", "780"]), f"01{n(0, 99):02d}"
        forms = [f"({a}) 555-{k}", f"{a}-555-{k}", f"{a}.555.{k}", f"{a}555{k}", f"{a} 555 {k}", f"({a}) 555-{k}"]
        rare = [f"+1 {a} 555 {k}", f"1-{a}-555-{k}", f"({a}) 555-{k} ext {n(10, 450)}"]
    elif c == "uk":
        t = n(100, 999)
        forms = [f"07700 900{t}", f"07700900{t}", f"0161 496 0{t}", f"020 7946 0{t}", f"0113 496 0{t}",
                 f"07700 900 {t}"]
        rare = [f"+44 7700 900{t}", f"+44 (0)161 496 0{t}"]
    elif c == "ie":
        forms = [f"08{r.choice('5679')} {n(100, 999)} {n(1000, 9999)}", f"08{r.choice('5679')}{n(1000000, 9999999)}",
                 f"(01) {n(200, 899)} {n(1000, 9999)}", f"0{r.choice(['21', '91', '61', '51'])} {n(200, 899)} {n(1000, 9999)}"]
        rare = [f"+353 8{r.choice('5679')} {n(100, 999)} {n(1000, 9999)}"]
    elif c == "au":
        t = n(100, 999)
        forms = [f"0491 570 {t}", f"0491570{t}", f"(0{r.choice('2378')}) 5550 {n(1000, 9999)}",
                 f"0{r.choice('2378')} 5550 {n(1000, 9999)}", f"0491 57{t}"]
        rare = [f"+61 491 570 {t}", f"+61 (0)491 570 {t}"]
    else:
        forms = [f"02{r.choice('17')} {n(200, 999)} {n(1000, 9999)}", f"02{r.choice('17')}{n(2000000, 9999999)}",
                 f"(09) 555 0{n(100, 199)}", f"(0{r.choice('3467')}) 555 0{n(100, 199)}", f"09 555 0{n(100, 199)}"]
        rare = [f"+64 2{r.choice('17')} {n(200, 999)} {n(1000, 9999)}"]
    return r.choice(rare) if x < 0.08 else r.choice(forms)


def _email(r: random.Random) -> str:
    n = r.randint
    first, last = r.choice(_FIRST + _OLD_FIRST + _SHORT).lower(), r.choice(_LAST).lower().replace("'", "")
    x = r.random()
    if x < 0.18:
        return f"{r.choice(_ORG_BOX)}@{r.choice(_ORG_DOMAIN)}"
    local = r.choice([f"{first}.{last}", f"{first}{last}{n(1, 99)}", f"{first}_{last}", f"{first[0]}{last}",
                      f"{first}{n(70, 2009)}", f"{last}.{first[0]}", f"{first}.{last}{n(1, 9)}",
                      f"{r.choice(['the', 'mrs', 'its', 'nana'])}{first}{n(1, 99)}", f"{first}{last[0]}"])
    dom = r.choice(_FREEMAIL)
    if x > 0.95:
        return r.choice([f"{local}@{r.choice(['gmial.com', 'gmail.con', 'hotmial.com', 'yahooo.com'])}",
                         f"{local}@{dom}".upper()])
    if x > 0.90:
        return f"{local.capitalize()}@{dom}"
    return f"{local}@{dom}"


def _url(r: random.Random) -> str:
    n = r.randint
    first, last = r.choice(_FIRST + _SHORT).lower(), r.choice(_LAST).lower().replace("'", "")
    x = r.random()
    if x < 0.35:
        return r.choice([f"facebook.com/{first}.{last}.{n(1, 99)}", f"www.facebook.com/{first}{last}",
                         f"instagram.com/{first}_{last}", f"https://www.instagram.com/{first}.{r.choice(['walks', 'bakes', 'art', 'lifts'])}",
                         f"tiktok.com/@{first}{last[:3]}{n(1, 99)}", f"linkedin.com/in/{first}-{last}-{n(100, 999)}",
                         f"https://www.facebook.com/{first}.{last}"])
    if x < 0.75:
        dom = r.choice(_ORG_DOMAIN)
        path = r.choice(["", "", "/self-referral", "/contact", "/our-team", "/new-patients", "/groups",
                         "/waiting-list", "/feedback", "/study"])
        return r.choice([f"www.{dom}{path}", f"https://www.{dom}{path}", f"{dom}{path}", f"https://{dom}{path}"])
    if x < 0.93:
        return r.choice([f"gofundme.com/f/{r.choice(['help', 'support', 'bring-home'])}-{first}-{last}",
                         f"https://www.gofundme.com/f/{first}s-recovery-fund", f"{first}{last}.wordpress.com",
                         f"https://{first}-writes.blogspot.com", f"www.justgiving.com/page/{first}-{last}-{n(1, 9)}",
                         f"https://givealittle.co.nz/cause/{first}-{last}", f"linktr.ee/{first}{last[0]}{n(1, 99)}"])
    code = "".join(r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    return r.choice([f"bit.ly/{code}", f"https://forms.gle/{code}{code[:3]}", f"tinyurl.com/{code.lower()}"])


def _ssn(r: random.Random) -> str:
    n = r.randint
    c = r.choice(["us", "us", "us", "ca", "uk", "ie", "au", "nz"])
    if c == "us":
        a, b, d = r.choice([n(101, 665), n(667, 899)]), n(10, 99), n(1000, 9999)
        return r.choice([f"{a}-{b}-{d}"] * 4 + [f"{a} {b} {d}", f"{a}{b}{d}"])
    if c == "ca":
        a, b, d = n(100, 799), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {d}", f"{a}-{b}-{d}", f"{a}{b}{d}"])
    if c == "uk":
        p = r.choice(["JT", "NR", "AB", "WK", "PL", "HS", "ZE", "ER", "KM", "SC"])
        a, b, d, s = n(10, 99), n(10, 99), n(10, 99), r.choice("ABCD")
        return r.choice([f"{p} {a} {b} {d} {s}", f"{p}{a}{b}{d}{s}", f"{p} {a}{b}{d} {s}", f"{p.lower()}{a}{b}{d}{s.lower()}"])
    if c == "ie":
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMNPRSTW')}{r.choice(['', '', 'A', 'W'])}"
    if c == "au":
        a, b, d = n(100, 999), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {d}", f"{a}{b}{d}"])
    a, b, d = n(10, 140), n(100, 999), n(100, 999)
    return r.choice([f"{a:03d}-{b}-{d}", f"{a:03d} {b} {d}", f"{a}-{b}-{d}"])


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    kind = r.choice(["mrn", "mrn", "nhs", "medicare", "nhi", "ohip", "phn", "member", "medicaid", "fund",
                     "trial", "screen", "waitlist", "referral", "complaint", "account"])
    if kind == "mrn":
        return r.choice([str(n(1000000, 9999999)), f"M{n(100000, 9999999)}", f"{n(10, 99)}-{n(10, 99)}-{n(10, 99)}",
                         f"H{n(100000, 999999)}", f"00{n(100000, 999999)}"])
    if kind == "nhs":
        return r.choice([f"{n(400, 699)} {n(100, 999)} {n(1000, 9999)}", f"{n(400, 699)}{n(100, 999)}{n(1000, 9999)}",
                         f"{n(400, 699)}-{n(100, 999)}-{n(1000, 9999)}"])
    if kind == "medicare":
        a, b, c = n(2000, 6999), n(10000, 99999), n(1, 9)
        return r.choice([f"{a} {b} {c}", f"{a} {b} {c}-{n(1, 5)}", f"{a}{b}{c}"])
    if kind == "nhi":
        return r.choice([f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(1000, 9999)}",
                         f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(10, 99)}{r.choice(L)}{r.choice(L)}"])
    if kind == "ohip":
        return r.choice([f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(L)}{r.choice(L)}",
                         f"{n(1000, 9999)} {n(100, 999)} {n(100, 999)}"])
    if kind == "phn":
        return f"9{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    if kind == "member":
        return r.choice([f"{r.choice(['XJH', 'W', 'ZGP', 'U', 'MBR'])}{n(100000000, 999999999)}",
                         f"{n(100000, 999999)}-{n(10, 99)}", f"{r.choice(L)}{r.choice(L)}{n(1000000, 9999999)}"])
    if kind == "medicaid":
        return r.choice([f"{r.choice(L)}{r.choice(L)}{n(10000000, 99999999)}", str(n(100000000, 999999999))])
    if kind == "fund":
        return r.choice([str(n(10000000, 99999999)), f"{n(1000, 9999)} {n(1000, 9999)}"])
    if kind == "trial":
        return r.choice([f"{r.choice(['PSI', 'KET', 'MDT', 'RCT'])}-{n(1, 9):02d}-{n(1, 240):03d}",
                         f"P{n(1, 399):03d}", f"{n(1, 12):02d}-{n(1, 150):03d}"])
    if kind == "screen":
        return r.choice([f"SCR-{n(1, 999):04d}", f"S{n(100, 999)}", f"SC{n(10000, 99999)}"])
    if kind == "waitlist":
        return r.choice([f"WL-{n(10000, 99999)}", f"WL{n(1000, 9999)}", f"{n(100000, 999999)}"])
    if kind == "referral":
        return r.choice([f"REF-{n(100000, 999999)}", f"R{n(1000000, 9999999)}", f"{n(10000, 99999)}/{n(10, 99)}"])
    if kind == "complaint":
        return r.choice([f"CMP-{n(10000, 99999)}", f"C{n(100000, 999999)}", f"FB{n(1000, 9999)}"])
    return r.choice([f"ACC-{n(1000000, 9999999)}", f"{n(10000000, 99999999)}", f"{n(1000, 9999)}-{n(100000, 999999)}"])


def value(kind: str, r: random.Random) -> str:
    """One planted SYNTHETIC identifier of *kind*, drawn only with *r*."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


# each template is one exported field, question and answer, CSV row or free-text answer; {} is the identifier
TEMPLATES = {
    "PERSON": [
        "Preferred name: {}",
        "First name: {}",
        "Full name: {}",
        "Name of emergency contact: {}",
        "Emergency contact, {}",
        "Next of kin: my husband {}",
        "Relationship to you: sister. Name: {}",
        "GP name: Dr {}",
        "Who is your family doctor?\nDr {} at the practice near work",
        "Name of your GP, Dr {}",
        "Referrer (if any): Mrs {}, school counsellor",
        "Is there anyone else we should talk to? my mum {} knows everything that's been going on",
        "What name would you like us to use? {} please, not my full name",
        "Name of the young person: {}",
        "Parent/carer name: {}",
        "Who lives with you?\nme, my partner {} and the two kids",
        "Main carer for your mam or dad: {}",
        "Person completing this form: {} (daughter)",
        "If we can't reach you, who can we contact? my brother {} on the same number",
        "Please tell us in your own words what has been happening. Since {} moved out I haven't been sleeping and I cry most days",
        "Any other comments: I would like to see the same counsellor as last time, Ms {}, if possible",
        "Feedback: {} on reception was lovely and made me feel at ease",
        "Complaint details: I was told by Dr {} that someone would ring me back and nobody did",
        "Contact person, {}",
        "Signed: {}",
        "Name of the person you care for: {}",
        "Who referred you to us? My worker {} from the housing team",
        "Has anyone in the family had similar difficulties? yes my dad {} had depression for years",
        "Consent witnessed by: {}",
        "Name of school contact, Mr {}",
        "what do your friends call you? {}",
        "Is there a name you used to go by? it was {} but i don't use it now",
    ],
    "LOCATION": [
        "Town/City: {}",
        "Suburb: {}",
        "County: {}",
        "Borough: {}",
        "Place of birth: {}",
        "Which area do you live in? {}",
        "Where is your GP surgery? {}",
        "GP practice name: {}",
        "Name of family doctor's clinic, {}",
        "School: {}",
        "Name of school or college the young person attends: {}",
        "Current care home or residence: {}",
        "Employer: {}",
        "Where do you work? at {} part time",
        "Have you been in hospital for your mental health? yes, a week at {} about 2 yrs ago",
        "Where did you hear about us? a poster at {}",
        "Previous services: saw a counsellor through {} but it ended",
        "Town, {}",
        "Preferred location for appointments: {} if possible, the bus is easier",
        "Is there anything else we should know? I'm moving to {} soon so might need to transfer",
        "Please tell us why you're getting in touch. Things got worse after we moved to {} and i don't know anyone",
        "Where is your mum living now? in {}, she moved in last year",
        "Nearest hospital: {}",
        "Which clinic did you attend for the screening visit? {}",
        "Outcome survey - what else helped? the walking group at {} on Tuesdays",
        "Where does the young person live most of the time? with me in {}",
        "City or town where you'd like to be seen: {}",
        "Pharmacy / chemist you use: the one in {}",
        "Where were you living before? {}",
    ],
    "ADDRESS": [
        "Address: {}",
        "Home address: {}",
        "Address line 1: {}",
        "Street address, {}",
        "Postal address (if different): {}",
        "New address: {}",
        "Change of details - new address, {}",
        "Current address: {}",
        "What is your address?\n{}",
        "Address of the person you care for: {}",
        "Emergency contact address: {}",
        "Where should we send letters? {}",
        "Please post the appointment letter to {} not my old place",
        "Address of GP practice: {}",
        "Previous address: {}",
        "Residential address, {}",
        "Where are you staying at the moment? at my nan's, {}",
        "Mailing address: {}",
        "Address (including postcode): {}",
        "Address (incl. zip): {}",
        "Home address of young person: {}",
        "Is your address still {}? yes",
        "We've moved, it's now {} from next month",
        "School address: {}",
        "Delivery address for the study packs: {}",
        "Which address can we write to safely? {}",
    ],
    "DATE": [
        "Date of birth: {}",
        "DOB: {}",
        "dob, {}",
        "Young person's date of birth: {}",
        "Date of birth of the person you care for: {}",
        "Date you first contacted us: {}",
        "Date of incident: {}",
        "When did the problem you are complaining about happen? {}",
        "When did you last see your GP? {}",
        "Date of last appointment: {}",
        "Preferred start date: {}",
        "Are there any dates you can't attend? {} is no good, hospital appt",
        "Date form completed: {}",
        "Date signed: {}",
        "Date of consent: {}",
        "When were you discharged? {}",
        "When did things start to get worse? around {} I think",
        "Any upcoming holidays? away from {} for about 2 weeks",
        "Date moved to new address: {}",
        "When did your mum go into the care home? {}",
        "Can you make the group that starts on {}? yes",
        "Waiting list check-in: is your availability the same? Yes but not {}",
        "Date of last drink or drug use (if applicable): {}",
        "Date of screening visit: {}",
        "Date you'd like us to call you back: {}",
        "Please give the date of the session you are giving feedback on: {}",
        "When did you start your current medication? {} - sertraline 100mg",
        "Next of kin DOB: {}",
    ],
    "AGE": [
        "Age: {}",
        "Age of the person you care for: {}",
        "How old is the person you are referring? {}",
        "Age of relative: {}",
        "age, {}",
        "Tell us about your caring role. I look after my nan, she's {} and still at home",
        "Who lives at home? me and my grandad who is {}",
        "Is the person you care for over 65? yes, {}",
        "My mum is {} and her memory is getting worse",
        "Anything else? my father turned {} this year and won't accept help",
        "Other household members: my great aunt, {}",
        "Please describe any stress at home. Caring for my gran, she is {} now",
        "Current age: {}",
        "Age at last birthday: {}",
        "How old is your mam? {}",
        "Age (years): {}",
        "Relative's age, {}",
        "Nan is {} so I can't leave her long",
        "Age of next of kin: {}",
        "My grandmother is {} and I do most of her shopping and meds",
        "Resident's age: {}",
        "She's {}, lives alone, and has had two falls",
        "Details of dependants: my dad, {}, has dementia",
        "Age of the person completing the form (if not the client): {}",
        "What is your relative's age? she is {}",
    ],
    "PHONE": [
        "Mobile: {}",
        "Home phone: {}",
        "Best number: {}",
        "Phone: {}",
        "Best contact number: {} (text only pls)",
        "Work number: {}",
        "Mob: {}",
        "ph {}",
        "Emergency contact number: {}",
        "GP phone number: {}",
        "Phone number of next of kin: {}",
        "Can we leave a voicemail on {}? yes that's fine",
        "Which number should we use? {} after 6pm",
        "Contact number, {}",
        "Alternative number: {}",
        "Please call me on {} I don't check email",
        "What is the best way to reach you?\ncall {} mornings before 10",
        "Parent/carer phone: {}",
        "New mobile number: {}",
        "Change of details - phone, {}",
        "Daytime phone: {}",
        "Number for the care home: {}",
        "Telephone (landline): {}",
        "Is it safe for us to call {}? yes",
        "Mobile (for appointment reminders): {}",
        "cell: {}",
    ],
    "EMAIL": [
        "Email: {}",
        "Email address: {}",
        "E-mail, {}",
        "Preferred email: {}",
        "Please send the questionnaires to {}",
        "How can we contact you?\nemail is best, {}",
        "Parent/carer email: {}",
        "Email of next of kin: {}",
        "GP practice email: {}",
        "New email: {}",
        "Change of details - email address, {}",
        "Referrer's email: {}",
        "Is it OK to email you at {}? yes",
        "email {}",
        "Contact email for the study team: {}",
        "Where should we send your booking confirmation? {}",
        "Work email (only if ok to use): {}",
        "Email address for the person you care for: {}",
        "Please reply to {} not my work one",
        "Confirm email: {}",
        "Your email, {}",
        "I've sent the signed form from {} can you check you got it",
        "Alternative email: {}",
        "Email (we will not share this): {}",
        "School email for the young person: {}",
    ],
    "URL": [
        "Website: {}",
        "Where did you hear about us? saw it on {}",
        "Link to your social media (optional): {}",
        "If you found us online, where? {}",
        "Other services you've tried (link if possible): {}",
        "GP practice website: {}",
        "School website: {}",
        "Any resources you found helpful? this one {}",
        "Your profile (if you'd like us to message you there): {}",
        "Link: {}",
        "How did you find the study? someone shared {} in a group",
        "Fundraiser, {}",
        "My friend set up {} to help with the costs",
        "Please add the link to the page you were referred from: {}",
        "Anything else you want us to see? my blog {} explains it better than I can",
        "Where did you first read about the trial? {}",
        "Care home website: {}",
        "Where can we find the support group? {}",
        "Social media, {}",
        "Complaint details: the information on {} was out of date",
        "Feedback: it would help if {} had the opening hours on it",
        "Link to the referral page: {}",
        "Web address of your employer's wellbeing page: {}",
        "I filled in the form at {} first but never heard back",
        "Online profile, {}",
    ],
    "SSN": [
        "Social Security number: {}",
        "SSN: {}",
        "SSN, {}",
        "National Insurance number: {}",
        "NI number: {}",
        "NI no. {}",
        "PPS number: {}",
        "PPSN: {}",
        "SIN: {}",
        "Social Insurance Number (for payment): {}",
        "Tax file number: {}",
        "TFN {}",
        "IRD number: {}",
        "IRD no, {}",
        "National number (for travel reimbursement): {}",
        "Social security / national insurance no: {}",
        "For the participant payment we need your tax number: {}",
        "SSN as on your card: {}",
        "ssn {}",
        "Please confirm your NI number: {}",
        "Payment details - tax number, {}",
        "National ID / social security: {}",
        "I think my PPS is {} but I'll double check",
        "National Insurance no (for the care assessment): {}",
        "Social insurance no. {}",
    ],
    "ID": [
        "NHS number: {}",
        "NHS no: {}",
        "Medicare number: {}",
        "Medicare no, {}",
        "NHI: {}",
        "NHI number: {}",
        "Health card number: {}",
        "OHIP number: {}",
        "PHN: {}",
        "Medical record number (if known): {}",
        "MRN: {}",
        "Hospital number: {}",
        "Member ID: {}",
        "Insurance member ID, {}",
        "Medicaid ID: {}",
        "Health fund membership number: {}",
        "Participant ID: {}",
        "Screening number: {}",
        "Study ID, {}",
        "Waiting list reference: {}",
        "Referral reference (on your letter): {}",
        "Complaint reference: {}",
        "Account number: {}",
        "Client number: {}",
        "Policy number: {}",
        "Your reference number if you have one? {}",
        "Medicare card no (incl. the number next to your name): {}",
        "Group / member number on the insurance card: {}",
    ],
}
