"""A sixty-third SYNTHETIC transcript set for benchmarks/deid.py: the sixty-first held-out set (forms, sixth sample).

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file.  Real towns, cities, suburbs, boroughs and counties of the US, Canada, the UK, Ireland, Australia
and New Zealand appear as places only, never beside a person; every hospital, surgery, medical centre,
clinic, care home, school, college, service, trial and employer named here is made up; phone numbers are
in the published drama/fiction ranges where a country has one (US/Canada 555-01xx, UK 07700 900xxx and
the 0161 496 / 020 7946 / 0113 496 ranges, Australia 0491 570 xxx and 5550 landlines) and invented
elsewhere.  Written on 2026-12-08 by an engineer who had NOT seen the de-identifier's rules, its docs page,
its tests or the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged in and
scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout57.py their docstrings, plus the
``value`` signature and the ``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before
any run; no line of this file was changed after its first run.  It was first run on main at commit
aee1e81 (the twenty-sixth round's rules) and measures how the rules do on text they were not written
for; it stays a blind set until a later round makes it a development set.

Style: A SIXTH SAMPLE, by another writer, of ORDINARY FORMS AND FREE-TEXT ANSWERS that clients and
families type into a service's web forms and questionnaires (after deid_heldout33.py, deid_heldout45.py,
deid_heldout49.py, deid_heldout53.py and deid_heldout57.py, whose docstrings only were read; this one is
written from what such forms and answers really look like, not from their lists), as a psychotherapy
study ingests them: self-referral and intake forms, pre-session and screening questionnaires, a trial's
eligibility and consent answers, feedback and complaint forms, emergency-contact and next-of-kin
sections, a GP/family-doctor section, open answers in an outcome or follow-up survey, a parent's or
carer's form for a young person or an elderly relative, a waiting-list check-in and a change-of-details
form.  Exported as ``Field label: answer`` lines, as a question followed by its answer, or as a CSV-like
``label, answer`` row (now and then quoted, ``"Email","..."``); since the benchmark's generator writes
every turn as ``Therapist:``/``Client:``, each field and its answer sit inside a ``Client:`` turn.  The
labels are tidy; the answers are typed the way ordinary people type into a form: some in lower case or
in capitals, abbreviations (``mob``, ``pls``, ``appt``, ``poss``, ``n/a``, ``approx``), missing
apostrophes and full stops (``childs``, ``dads``, ``its``, ``cant``), now and then a typo, and sometimes a
whole sentence where a word was asked for.  Writers from the US, Canada, the UK, Ireland, Australia and
New Zealand, mixed (mum/mom/mam, nan/gran/grandma, GP/family doctor, postcode/zip/postal code, mobile/
cell), each with their spelling and their date, phone, address and ID conventions.  Kept plain and
natural; it does not chase variety for its own sake.

Identifier forms, the ones people MOST OFTEN fill into such forms, evenly spread; hard or exotic forms
are rare (well under one in ten of each type).  Names: a first name alone (the commonest: a preferred
name, ``my partner Callum``, a child, a neighbour), a full name in a name, signature or consent field, a
surname after ``Dr``/``Mrs``/``Ms`` in a GP, psychiatrist, school or care-home field (the title in the
carrier, never in the span), a relative or emergency contact after a kin word, a name in a free-text
answer, a first name typed in lower case; rarely a full name in capitals, ``Surname, First``, a middle
initial or a hyphenated surname.  Places: a town, city, suburb, county or borough (``Wagga Wagga``,
``Lewisham``, ``Kamloops``, ``Tralee``, ``Porirua``, ``Co. Kildare``) and made-up hospitals, surgeries,
medical centres, clinics, schools, care homes and workplaces (``Harwood Park Surgery``, ``Greystone Lodge
Nursing Home``, ``Coppergate Distribution Centre``); rarely a town in lower case or with its state,
province or county after it (``Toowoomba QLD``, ``Navan, Co. Meath``), inside the span.  Addresses as
typed into an address field or a sentence: a bare street line (``42 Larkspur Dr``, ``27 Wattlebird St``),
a US line with apartment, town, state and ZIP, a UK line with town and postcode or a ``Flat 2,`` line, a
Canadian line with city, province and postal code or a ``4-118`` unit line, an Australian ``5/18`` unit
line with suburb, state and postcode, a NZ line with suburb, city and postcode, an Irish estate with its
town and county; lower case now and then; rarely capitals, a PO Box or an Eircode.  Dates as typed: dates
of birth (``14/03/1987``, ``3/14/1987``, ``3/14/87``, ``14-03-1987``, ``1987-03-14``, ``14 March 1987``,
``March 14, 1987``, ``14th March 1987``, ``14 Mar 87``, ``14.03.87``) and other dates (``the 14th``,
``March 3rd``, ``3 March``, ``march 3``, ``14/3``, ``3/14``, ``Tues 9th``, ``the 3rd of March``, ``Sept
9``, ``Mon 12 Feb``, ``12th Jan``); rarely a month and year or a run-together DOB.  Ages over 89 (90-110)
of a parent, grandparent or the person a carer looks after, or of an elderly self-referrer: digits
(most), ``94 yrs``, ``94yo``, ``94 y/o``, ``94 years old``, the unit inside the span; rarely in words.
Phones as typed into a mobile, home, best-number or emergency-contact field: US and Canadian ``(503)
555-0147``, ``503-555-0147``, ``503.555.0147``, ``5035550147``; UK ``07700 900456`` and ``0161 496 0734``;
Irish ``087 214 5583`` and ``(01) 872 4419``; Australian ``0491 570 156`` and ``(03) 5550 1234``; NZ ``021
384 662`` and ``(09) 638 2210``; run together now and then; rarely an international prefix or an
extension.  Emails: free-mail and ISP addresses of these countries (gmail, hotmail.co.uk, outlook,
yahoo.ca, icloud, bigpond, xtra.co.nz, eircom.net, shaw.ca) and invented practice and school addresses;
rarely in capitals or with a provider typo.  Web addresses: a social-media profile, an invented practice,
school, care-home or service page, a fundraiser, a blog or a booking or form link, with and without
``https://`` and ``www``.  SSNs as each country's national number on a payment or eligibility form
(planted as SSN): US social security numbers with dashes (most), spaces or none, Canadian SINs, UK
National Insurance numbers, Irish PPS numbers, Australian tax file numbers and NZ IRD numbers.  IDs (the
label always in the carrier, never in the span): NHS and CHI numbers, medical record and hospital numbers,
Australian Medicare numbers, NZ NHI numbers, OHIP and BC PHN health card numbers, US Medicare MBIs,
insurance member and Medicaid ids, a health-fund membership, a trial participant or screening number, a
waiting-list, referral or complaint reference, a client id, a pupil or student number and an account
number.  ``value`` and the template are drawn independently (deid.py's design), so now and then a form
sits a little oddly in its field, as in a real export.

The carrier lines hold words that must NOT be removed: field labels, yes/no and tick-box answers, ``n/a``,
durations (``about 6 months``), clock times (``after 5``), ages under 90, kin words as common nouns (my
mum, my nan, the kids) and place-like common words (the surgery, the clinic, uni, work, the care home);
they hold no other name, place or date.  Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# ---------------------------------------------------------------- names (invented combinations)
_FIRST = ["Megan", "Callum", "Aoife", "Brendan", "Tegan", "Riley", "Hamish", "Kirsty", "Declan", "Niamh",
          "Jodie", "Travis", "Kayla", "Brodie", "Marcus", "Denise", "Gareth", "Shauna", "Tanisha", "Wiremu",
          "Aroha", "Mandeep", "Harpreet", "Lorraine", "Kelvin", "Trent", "Courtney", "Bronwyn", "Deirdre",
          "Padraig", "Colm", "Sinead", "Maeve", "Eilidh", "Fraser", "Joelle", "Mathieu", "Genevieve",
          "Darnell", "Latoya", "Brett", "Shane", "Kylie", "Jarrod", "Tamsin", "Rhys", "Ffion", "Mei", "Thanh",
          "Vikram", "Ayesha", "Imran", "Tariq", "Luis", "Dolores", "Mavis", "Beryl", "Doreen", "Wilfred",
          "Norma", "Glenys", "Elsie", "Stacey", "Dylan", "Jasmine", "Kieran", "Leanne", "Nathan", "Chantelle",
          "Owen", "Bridget", "Tyler", "Erin", "Jayden", "Hayley", "Ruairi", "Caoimhe", "Tane", "Mereana"]
_LAST = ["Tully", "Pemberton", "Garvey", "Hollis", "Ferreira", "McAllister", "O'Rourke", "Dunphy", "Whitlock",
         "Harland", "Stroud", "Beaumont", "Larkin", "Mulcahy", "Brophy", "Fennell", "Ashby", "Crosby", "Pryce",
         "Griffiths", "Ngata", "Tapsell", "Parata", "Chaudhry", "Sandhu", "Nguyen", "Tran", "Okonjo",
         "Delgado", "Ruiz", "Leblanc", "Tremblay", "Gagnon", "Bouchard", "MacLeod", "Sinclair", "Pickering",
         "Threlfall", "Ormsby", "Bradshaw", "Hensley", "Voss", "Quinlan", "Rafferty", "Cassidy", "Hegarty",
         "Doherty", "Mahoney", "Kowalski", "Fairbairn", "Atkinson", "Bellamy", "Cartwright", "Donnelly",
         "Eastwood", "Fogarty", "Gillespie", "Hartigan", "Ingham", "Jardine", "Kerrigan", "Lister", "Mosley"]

# ---------------------------------------------------------------- places
_TOWNS = ["Corvallis", "Roanoke", "Macon", "Dayton", "Akron", "Bismarck", "Yakima", "Olympia", "Medford",
          "Erie", "Ithaca", "Savannah", "Kamloops", "Kelowna", "Lethbridge", "Red Deer", "Sudbury",
          "Peterborough", "Sherbrooke", "Fredericton", "Truro", "Brandon", "Doncaster", "Wigan", "Barnsley",
          "Ipswich", "Stockport", "Swindon", "Crawley", "Wrexham", "Falkirk", "Paisley", "Lewisham", "Croydon",
          "Hackney", "Southwark", "Lancashire", "Devon", "Fife", "County Durham", "Athlone", "Tralee", "Navan",
          "Dundalk", "Carlow", "Letterkenny", "Co. Kildare", "County Meath", "Toowoomba", "Wagga Wagga",
          "Geelong", "Bendigo", "Shepparton", "Bundaberg", "Parramatta", "Penrith", "Frankston", "Blacktown",
          "Palmerston North", "Tauranga", "Rotorua", "Napier", "Invercargill", "Porirua", "Papakura",
          "Manurewa", "Mildura", "Nanaimo", "Moose Jaw", "Harrogate", "Ennis", "Whanganui"]
_TOWN_WITH_REGION = ["Toowoomba QLD", "Kamloops, BC", "Navan, Co. Meath", "Erie, PA", "Bendigo, Vic",
                     "Tralee, Co Kerry", "Macon, GA", "Wigan, Lancs", "Nanaimo BC", "Rotorua, Bay of Plenty"]
_FACILITIES = ["Harwood Park Surgery", "Riverbend Community Mental Health Centre", "Kestrelmoor High School",
               "Oakhaven Care Home", "Larchfield Primary School", "Brookvale Medical Centre",
               "Mount Ferris Hospital", "Tamarack Family Health Team", "Greystone Lodge Nursing Home",
               "Coppergate Distribution Centre", "Whitlow Bay Medical Practice", "Pinecrest Regional Hospital",
               "St Aidan's College", "Kowhai Grove Health Centre", "Maplewood Elementary",
               "Bellmore Leisure Centre", "Ashcombe Road Surgery", "Fernhill Community Hospital",
               "Silverbirch Manor", "Hollybank Academy", "Carrowmore Health Centre", "Rushwick Clinic",
               "Westerleigh Mental Health Unit", "Tidewater Middle School", "Glenroy Family Practice",
               "Northvale Primary", "Lindenwood Retirement Village", "Stanbury Logistics",
               "Hawthorne Lane Medical Centre", "Banksia Ridge Aged Care", "St Fintan's Community School",
               "Quarrybank Dental Practice", "Elmcroft Assisted Living", "Cedar Hollow Counseling Center"]

# ---------------------------------------------------------------- streets
_STREET_NAMES = ["Larkspur", "Wattlebird", "Foxley", "Ashgrove", "Thornbury", "Kingfisher", "Marlow",
                 "Hazelmere", "Redwood", "Sycamore", "Pinehurst", "Bramble", "Kowhai", "Totara", "Grevillea",
                 "Jacaranda", "Rosemount", "Ferndale", "Whitethorn", "Beechwood", "Orchard", "Millbrook",
                 "Clover", "Stonebridge", "Heathfield", "Laurel", "Tamarind", "Brightwater", "Cherrywood"]
_US_TYPES = ["St", "Ave", "Dr", "Rd", "Ln", "Ct", "Blvd", "Street", "Avenue", "Drive"]
_UK_TYPES = ["Close", "Road", "Lane", "Avenue", "Crescent", "Way", "Gardens", "Street", "Rd", "Grove"]
_CA_TYPES = ["Cres", "St", "Ave", "Dr", "Rd", "Crescent", "Street", "Way"]
_AU_TYPES = ["St", "Ave", "Pde", "Rd", "Cres", "Ct", "Pl", "Street", "Drive"]
_NZ_TYPES = ["Rd", "St", "Pl", "Cres", "Tce", "Road", "Street", "Avenue"]
_IE_ESTATE = ["Park", "Grove", "Lawns", "Court", "Heights", "Manor", "View", "Close"]

_US_PLACES = [("Corvallis", "OR", "973"), ("Roanoke", "VA", "240"), ("Dayton", "OH", "454"),
              ("Akron", "OH", "443"), ("Yakima", "WA", "989"), ("Macon", "GA", "312"), ("Erie", "PA", "165"),
              ("Ithaca", "NY", "148"), ("Medford", "OR", "975"), ("Bismarck", "ND", "585")]
_UK_PLACES = [("Doncaster", "DN"), ("Wigan", "WN"), ("Barnsley", "S"), ("Stockport", "SK"), ("Swindon", "SN"),
              ("Crawley", "RH"), ("Wrexham", "LL"), ("Falkirk", "FK"), ("Paisley", "PA"), ("Harrogate", "HG"),
              ("Ipswich", "IP"), ("London", "SE")]
_CA_PLACES = [("Kamloops", "BC", "V2C"), ("Kelowna", "BC", "V1Y"), ("Lethbridge", "AB", "T1J"),
              ("Red Deer", "AB", "T4N"), ("Sudbury", "ON", "P3E"), ("Peterborough", "ON", "K9J"),
              ("Fredericton", "NB", "E3B"), ("Truro", "NS", "B2N"), ("Brandon", "MB", "R7A"),
              ("Nanaimo", "BC", "V9R")]
_AU_PLACES = [("Toowoomba", "QLD", "4350"), ("Wagga Wagga", "NSW", "2650"), ("Geelong", "VIC", "3220"),
              ("Bendigo", "VIC", "3550"), ("Shepparton", "VIC", "3630"), ("Bundaberg", "QLD", "4670"),
              ("Penrith", "NSW", "2750"), ("Frankston", "VIC", "3199"), ("Mildura", "VIC", "3500"),
              ("Blacktown", "NSW", "2148")]
_NZ_PLACES = [("Hillcrest", "Hamilton", "3216"), ("Kelburn", "Wellington", "6012"),
              ("Manurewa", "Auckland", "2102"), ("Papanui", "Christchurch", "8053"),
              ("Greerton", "Tauranga", "3112"), ("Roslyn", "Dunedin", "9010"), ("Onekawa", "Napier", "4110"),
              ("Takaro", "Palmerston North", "4412")]
_IE_PLACES = [("Navan", "Co. Meath"), ("Tralee", "Co. Kerry"), ("Athlone", "Co. Westmeath"),
              ("Naas", "Co. Kildare"), ("Dundalk", "Co. Louth"), ("Carlow", "Co. Carlow"),
              ("Letterkenny", "Co. Donegal"), ("Ennis", "Co. Clare")]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
_DAYS = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_WORD_TENS = {9: "ninety", 10: "one hundred"}
_WORD_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

_FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com",
             "yahoo.ca", "icloud.com", "bigpond.com", "xtra.co.nz", "eircom.net", "shaw.ca", "btinternet.com",
             "live.ie", "optusnet.com.au", "sky.com", "aol.com"]
_ORG_DOMAINS = ["harwoodparksurgery.co.uk", "brookvalemc.com.au", "tamarackfht.ca", "kowhaigrovehealth.co.nz",
                "riverbendcmhc.org", "kestrelmoor.sch.uk", "greystonelodge.ie", "glenroyfp.com.au",
                "pinecresthealth.org", "carrowmorehc.ie", "cedarhollowcounseling.com", "westerleighmhu.nhs.uk"]


def _ord(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _person(r: random.Random) -> str:
    first, last = r.choice(_FIRST), r.choice(_LAST)
    x = r.random()
    if x < 0.40:
        return first.lower() if r.random() < 0.12 else first
    if x < 0.78:
        full = f"{first} {last}"
        return full.lower() if r.random() < 0.08 else full
    if x < 0.93:
        return last
    return r.choice([f"{first.upper()} {last.upper()}", f"{last}, {first}", f"{first} {r.choice('ABCDEJKLMRS')}. {last}",
                     f"{first} {last}-{r.choice(_LAST)}"])


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.50:
        return r.choice(_TOWNS)
    if x < 0.93:
        return r.choice(_FACILITIES)
    if x < 0.97:
        return r.choice(_TOWN_WITH_REGION)
    return r.choice([r.choice(_TOWNS).lower(), r.choice(_FACILITIES).lower()])


def _street(r: random.Random, types: list[str]) -> str:
    return f"{r.randint(2, 199)} {r.choice(_STREET_NAMES)} {r.choice(types)}"


def _uk_postcode(r: random.Random, area: str) -> str:
    return f"{area}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _ca_postal(r: random.Random, fsa: str) -> str:
    return f"{fsa} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(1, 9)}"


def _address(r: random.Random) -> str:
    country = r.choice(["US", "US", "UK", "UK", "CA", "AU", "AU", "NZ", "IE"])
    x = r.random()
    if country == "US":
        street = f"{r.randint(100, 9899)} {r.choice(['', '', '', 'N ', 'W ', 'E ', 'S '])}{r.choice(_STREET_NAMES)} {r.choice(_US_TYPES)}"
        if r.random() < 0.25:
            street += f" {r.choice(['Apt', 'Apt', 'Unit', '#'])} {r.randint(1, 24)}{r.choice(['', '', 'A', 'B', 'C'])}".replace("# ", "#")
        if x < 0.45:
            out = street
        else:
            town, state, zip3 = r.choice(_US_PLACES)
            out = f"{street}, {town}, {state} {zip3}{r.randint(10, 99)}" if r.random() < 0.6 else \
                f"{street} {town} {state} {zip3}{r.randint(10, 99)}"
    elif country == "UK":
        street = _street(r, _UK_TYPES)
        if r.random() < 0.15:
            street = f"Flat {r.randint(1, 12)}, {street}"
        if x < 0.40:
            out = street
        else:
            town, area = r.choice(_UK_PLACES)
            out = f"{street}, {town} {_uk_postcode(r, area)}" if r.random() < 0.6 else \
                f"{street}, {town}, {_uk_postcode(r, area)}"
    elif country == "CA":
        street = _street(r, _CA_TYPES)
        if r.random() < 0.2:
            street = f"{r.randint(1, 40)}-{street}"
        if x < 0.35:
            out = street
        else:
            town, prov, fsa = r.choice(_CA_PLACES)
            out = f"{street}, {town} {prov} {_ca_postal(r, fsa)}" if r.random() < 0.6 else \
                f"{street}, {town}, {prov}  {_ca_postal(r, fsa)}".replace("  ", " ")
    elif country == "AU":
        street = _street(r, _AU_TYPES)
        if r.random() < 0.3:
            street = f"{r.randint(1, 14)}/{street}"
        if x < 0.35:
            out = street
        else:
            town, state, pc = r.choice(_AU_PLACES)
            out = f"{street}, {town} {state} {pc}" if r.random() < 0.7 else f"{street} {town} {state} {pc}"
    elif country == "NZ":
        street = _street(r, _NZ_TYPES)
        if x < 0.35:
            out = street
        else:
            sub, city, pc = r.choice(_NZ_PLACES)
            out = f"{street}, {sub}, {city} {pc}"
    else:
        town, county = r.choice(_IE_PLACES)
        estate = f"{r.randint(1, 88)} {r.choice(_STREET_NAMES)} {r.choice(_IE_ESTATE)}"
        out = f"{estate}, {town}, {county}" if x < 0.7 else f"{estate}, {town}"
    y = r.random()
    if y < 0.10:
        return out.lower()
    if y < 0.13:
        return out.upper()
    if y < 0.16:
        town, prov, fsa = r.choice(_CA_PLACES)
        return r.choice([f"PO Box {r.randint(20, 999)}, {town} {prov} {_ca_postal(r, fsa)}",
                         f"{r.randint(1, 60)} {r.choice(_STREET_NAMES)} {r.choice(_IE_ESTATE)}, Naas, Co. Kildare W91 {r.choice('CKPTX')}{r.randint(1, 9)}{r.choice('FHNRW')}{r.randint(1, 9)}"])
    return out


def _dob(r: random.Random) -> str:
    y, m, d = r.randint(1938, 2012), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{m}/{d}/{y}", f"{m}/{d}/{y % 100:02d}",
                     f"{m:02d}/{d:02d}/{y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}",
                     f"{d} {_MONTHS[m - 1]} {y}", f"{_MONTHS[m - 1]} {d}, {y}", f"{_ord(d)} {_MONTHS[m - 1]} {y}",
                     f"{d} {_MON3[m - 1]} {y % 100:02d}", f"{d:02d}.{m:02d}.{y % 100:02d}",
                     f"{_MONTHS[m - 1].lower()} {d} {y}", f"{d}/{m}/{y % 100:02d}"])


def _other_date(r: random.Random) -> str:
    m, d = r.randint(1, 12), r.randint(1, 28)
    mon = _MONTHS[m - 1]
    return r.choice([f"the {_ord(d)}", f"{mon} {_ord(d)}", f"{d} {mon}", f"{mon.lower()} {d}", f"{d}/{m}",
                     f"{m}/{d}", f"{r.choice(_DAYS)} {_ord(d)}", f"the {_ord(d)} of {mon}", f"{_MON3[m - 1]} {d}",
                     f"{r.choice(_DAYS[:6])} {d} {_MON3[m - 1]}", f"{_ord(d)} {_MON3[m - 1]}",
                     f"{d}/{m}/{r.choice([2024, 2025, 2026])}", f"{mon} {d}, {r.choice([2024, 2025, 2026])}",
                     f"{d} {mon} {r.choice([2024, 2025, 2026])}", f"{m}/{d}/{r.choice([24, 25, 26])}"])


def _date(r: random.Random) -> str:
    x = r.random()
    if x < 0.46:
        return _dob(r)
    if x < 0.94:
        return _other_date(r)
    y, m, d = r.randint(1940, 2010), r.randint(1, 12), r.randint(1, 28)
    return r.choice([f"{_MON3[m - 1]} {r.choice([2024, 2025])}", f"{d:02d}{m:02d}{y}",
                     f"{d} {r.choice(['Febuary', 'Feburary', 'Septmber', 'Agust'])} {y}",
                     f"{_MONTHS[m - 1]} {r.choice([2023, 2024, 2025])}"])


def _age(r: random.Random) -> str:
    n = r.randint(90, 99) if r.random() < 0.85 else r.randint(100, 110)
    x = r.random()
    if x < 0.55:
        return str(n)
    if x < 0.94:
        return r.choice([f"{n} yrs", f"{n}yo", f"{n} y/o", f"{n} years old", f"{n} yrs old", f"{n} years"])
    if n == 100:
        return "one hundred"
    if n > 100:
        return f"{n}"
    return f"ninety{'' if n == 90 else r.choice(['-', ' ']) + _WORD_ONES[n - 90]}"


def _phone(r: random.Random) -> str:
    country = r.choice(["US", "US", "CA", "UK", "UK", "IE", "AU", "AU", "NZ"])
    if country in ("US", "CA"):
        area = r.choice(["503", "541", "330", "937", "509", "478", "814"] if country == "US" else
                        ["250", "403", "705", "506", "902", "204", "778"])
        line = f"01{r.randint(0, 99):02d}"
        fmt = r.random()
        if fmt < 0.35:
            return f"({area}) 555-{line}"
        if fmt < 0.65:
            return f"{area}-555-{line}"
        if fmt < 0.78:
            return f"{area}.555.{line}"
        if fmt < 0.90:
            return f"{area}555{line}"
        if fmt < 0.96:
            return f"+1 {area} 555 {line}"
        return f"{area}-555-{line} ext {r.randint(10, 499)}"
    if country == "UK":
        if r.random() < 0.6:
            num = f"07700 900{r.randint(0, 999):03d}"
            fmt = r.random()
            return num if fmt < 0.7 else num.replace(" ", "") if fmt < 0.9 else "+44 " + num[1:]
        return r.choice([f"0161 496 0{r.randint(0, 999):03d}", f"020 7946 0{r.randint(0, 999):03d}",
                         f"0113 496 0{r.randint(0, 999):03d}", f"01632 960{r.randint(0, 999):03d}"])
    if country == "IE":
        if r.random() < 0.65:
            num = f"08{r.choice('35679')} {r.randint(100, 999)} {r.randint(1000, 9999)}"
            return num if r.random() < 0.8 else num.replace(" ", "")
        return r.choice([f"(01) {r.randint(200, 899)} {r.randint(1000, 9999)}",
                         f"0{r.choice(['66', '90', '42', '59', '74'])} {r.randint(100, 999)} {r.randint(1000, 9999)}"])
    if country == "AU":
        if r.random() < 0.6:
            num = f"0491 570 {r.randint(6, 159):03d}"
            fmt = r.random()
            return num if fmt < 0.7 else num.replace(" ", "") if fmt < 0.88 else "+61 " + num[1:]
        return f"({r.choice(['02', '03', '07', '08'])}) 5550 {r.randint(1000, 9999)}" if r.random() < 0.7 else \
            f"{r.choice(['02', '03', '07'])} 5550 {r.randint(1000, 9999)}"
    if r.random() < 0.6:
        return f"02{r.choice('1257')} {r.randint(100, 999)} {r.randint(100, 9999)}"
    return f"({r.choice(['09', '04', '03', '07', '06'])}) {r.randint(200, 899)} {r.randint(1000, 9999)}"


def _email(r: random.Random) -> str:
    first, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower().replace("'", "")
    x = r.random()
    if x < 0.80:
        user = r.choice([f"{first}.{last}", f"{first}{last}", f"{first}{last}{r.randint(1, 99)}",
                         f"{first[0]}{last}", f"{first}.{last}{r.randint(60, 99)}", f"{first}_{last[0]}{r.randint(1, 30)}",
                         f"{last}{first[0]}", f"{first}{r.choice(['xo', 'x', 'mum', 'nz', '_j'])}{r.randint(1, 99)}"])
        out = f"{user}@{r.choice(_FREEMAIL)}"
    elif x < 0.95:
        out = f"{r.choice(['reception', 'admin', 'intake', 'office', 'enquiries', first])}@{r.choice(_ORG_DOMAINS)}"
    else:
        out = r.choice([f"{first}.{last}@gmial.com", f"{first}{last}@hotmial.com", f"{first}.{last}@gmail.con",
                        f"{first.upper()}.{last.upper()}@GMAIL.COM"])
    return out


def _url(r: random.Random) -> str:
    first, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower().replace("'", "")
    org = r.choice(_ORG_DOMAINS)
    tok = "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    pre = r.choice(["", "", "www.", "https://", "https://www."])
    return r.choice([
        f"{pre}facebook.com/{first}.{last}.{r.randint(1, 99)}",
        f"{pre}instagram.com/{first}_{last[:4]}",
        f"{pre}{org}",
        f"{pre}{org}/referrals",
        f"https://{org}/about-us",
        f"https://www.gofundme.com/f/{first}s-recovery-fund",
        f"{r.choice(['', 'https://'])}gofund.me/{tok.lower()}",
        f"https://linktr.ee/{first}{last[:3]}",
        f"https://www.linkedin.com/in/{first}-{last}-{r.randint(100, 999)}",
        f"{r.choice(['', 'https://'])}calendly.com/{first}-{last}/30min",
        f"https://forms.gle/{tok}",
        f"{r.choice(['', 'https://'])}{first}{last}.wordpress.com",
        f"{r.choice(['', 'https://'])}bit.ly/{tok}",
        f"https://www.youtube.com/@{first}{last}",
        f"{pre}tiktok.com/@{first}.{last[:3]}{r.randint(1, 99)}",
    ])


def _ssn(r: random.Random) -> str:
    country = r.choice(["US", "US", "US", "CA", "UK", "UK", "IE", "AU", "NZ"])
    if country == "US":
        a, g, s = r.choice([r.randint(101, 665), r.randint(667, 899)]), r.randint(1, 99), r.randint(1, 9999)
        x = r.random()
        return f"{a:03d}-{g:02d}-{s:04d}" if x < 0.75 else f"{a:03d} {g:02d} {s:04d}" if x < 0.88 else f"{a:03d}{g:02d}{s:04d}"
    if country == "CA":
        a, b, c = r.randint(100, 799), r.randint(100, 999), r.randint(100, 999)
        return r.choice([f"{a} {b} {c}", f"{a}-{b}-{c}", f"{a}{b}{c}"])
    if country == "UK":
        pre = r.choice(["QQ", "JT", "NH", "AB", "SK", "PW", "LM", "ZE", "RT", "BH"])
        d = [r.randint(10, 99) for _ in range(3)]
        suf = r.choice("ABCD")
        x = r.random()
        if x < 0.55:
            return f"{pre} {d[0]} {d[1]} {d[2]} {suf}"
        if x < 0.85:
            return f"{pre}{d[0]}{d[1]}{d[2]}{suf}"
        return f"{pre} {d[0]} {d[1]} {d[2]} {suf}".lower()
    if country == "IE":
        return f"{r.randint(1000000, 9999999)}{r.choice('ABCDEFGHKLMNPRTVWX')}{r.choice(['', '', 'A', 'W'])}"
    if country == "AU":
        a, b, c = r.randint(100, 999), r.randint(100, 999), r.randint(100, 999)
        return f"{a} {b} {c}" if r.random() < 0.7 else f"{a}{b}{c}"
    a, b, c = r.randint(10, 149), r.randint(100, 999), r.randint(100, 999)
    return f"{a:03d}-{b}-{c}" if r.random() < 0.6 else f"{a}-{b}-{c}"


def _id(r: random.Random) -> str:
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    k = r.randint(0, 17)
    if k == 0:  # NHS number
        a, b, c = r.randint(400, 999), r.randint(100, 999), r.randint(1000, 9999)
        return f"{a} {b} {c}" if r.random() < 0.7 else f"{a}{b}{c}"
    if k == 1:  # CHI
        return f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(30, 99)}{r.randint(1000, 9999)}"
    if k == 2:  # MRN / hospital number
        return r.choice([f"{r.randint(100000, 9999999):08d}", f"{r.choice('HKMRT')}{r.randint(1000000, 9999999)}",
                         f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}"])
    if k == 3:  # Australian Medicare
        return f"{r.randint(2, 6)}{r.randint(100, 999)} {r.randint(10000, 99999)} {r.randint(1, 9)}" if r.random() < 0.75 \
            else f"{r.randint(2000000000, 6999999999)}"
    if k == 4:  # NZ NHI
        return f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{r.randint(1000, 9999)}" if r.random() < 0.7 else \
            f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{r.randint(10, 99)}{r.choice(L)}{r.choice(L)}"
    if k == 5:  # OHIP
        return r.choice([f"{r.randint(1000, 9999)}-{r.randint(100, 999)}-{r.randint(100, 999)}-{r.choice(L)}{r.choice(L)}",
                         f"{r.randint(1000, 9999)} {r.randint(100, 999)} {r.randint(100, 999)}"])
    if k == 6:  # BC PHN
        return f"9{r.randint(100, 999)} {r.randint(100, 999)} {r.randint(100, 999)}"
    if k == 7:  # US Medicare MBI
        return f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L)}{r.randint(0, 9)}-{r.choice(L)}{r.choice(L)}{r.randint(0, 9)}-{r.choice(L)}{r.choice(L)}{r.randint(10, 99)}"
    if k == 8:  # insurance member id
        return r.choice([f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{r.randint(100000000, 999999999)}",
                         f"W{r.randint(100000000, 999999999)}", f"{r.choice(L)}{r.randint(10000000, 99999999)}-01"])
    if k == 9:  # Medicaid
        return f"{r.choice(L)}{r.choice(L)}{r.randint(10000000, 99999999)}"
    if k == 10:  # health fund
        return f"{r.randint(10000000, 99999999)}"
    if k == 11:  # trial participant / screening
        return r.choice([f"PSI-{r.randint(1, 20):03d}-{r.randint(1, 999):04d}", f"P{r.randint(100, 999)}",
                         f"SCR-{r.randint(1000, 9999)}", f"MDMA{r.randint(10, 99)}-{r.randint(100, 999)}",
                         f"{r.choice(L)}{r.choice(L)}-{r.randint(1000, 9999)}"])
    if k == 12:  # waiting list / referral
        return r.choice([f"WL-{r.randint(10000, 99999)}", f"REF{r.randint(100000, 999999)}",
                         f"{r.randint(100000, 999999)}/{r.choice(L)}"])
    if k == 13:  # complaint reference
        return r.choice([f"COMP-{r.randint(1000, 99999):06d}", f"C{r.randint(10000, 99999)}"])
    if k == 14:  # client id
        return r.choice([f"CL{r.randint(10000, 99999)}", f"{r.randint(100000, 999999)}"])
    if k == 15:  # pupil / student
        return r.choice([f"{r.choice(L)}{r.randint(100000000000, 999999999999)}", f"s{r.randint(1000000, 9999999)}"])
    if k == 16:  # account number
        return r.choice([f"{r.randint(10000000, 99999999)}", f"ACC-{r.randint(100000, 999999)}"])
    return f"{r.randint(1000000, 9999999)}{r.choice(L)}"  # Irish medical card / GMS


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn only with *r*."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "Preferred name: {}",
        "Full name: {}",
        "Name of person completing this form: {}",
        "Emergency contact name: {} (my sister)",
        "Next of kin, {}",
        "GP name: Dr {}",
        "Who is your family doctor? Dr {}, at the clinic down the road",
        "Relationship to the young person / your name: mum, {}",
        "Is there anyone who supports you at home? yes my partner {} is really good",
        "What would you like us to call you? {} is fine",
        "Who referred you? my counsellor at uni, {}",
        "Name of the person you care for: {}",
        "Parent/guardian name: {}",
        "\"Emergency contact\",\"{}\"",
        "Is there anything about your therapist you want to tell us? {} was brilliant, really listened",
        "Name of staff member (if known): {}",
        "Any other professionals involved? yes a social worker called {}",
        "Alternative contact if we cant reach you: my neighbour {}",
        "School contact (teacher or SENCO): Mrs {}",
        "Previous name (if any): {}",
        "Who lives with you? just me and my son {}",
        "Psychiatrist (if you have one): Dr {}",
        "Consent given by: {}",
        "Signed: {}",
        "Person to contact in an emergency - name and relationship: {}, husband",
        "Is it ok for us to speak to anyone else about your care? yes, {} (daughter)",
        "Key worker / care coordinator: {}",
        "How did you hear about the study? my friend {} did it and said it helped",
        "Name of childs father: {}",
        "Please tell us who helped you fill this in: my grandson {} typed it for me",
        "Referrer name: {}",
        "Care home manager: Ms {}",
        "Any comments? pls pass on my thanks to {}'s team, they were so kind",
        "Who can we talk to if you become unwell? my mam {}",
    ],
    "LOCATION": [
        "Town/City: {}",
        "Suburb: {}",
        "Which area do you live in? {}",
        "Where would you prefer to be seen? {} if possible, its closer",
        "Current school: {}",
        "Name of GP surgery / medical centre: {}",
        "Place of work (optional): {}",
        "Have you had any hospital admissions? yes, 2 nights at {} after an overdose",
        "Care home (if applicable): {}",
        "Where were you referred from? {}",
        "County, {}",
        "\"Borough\",\"{}\"",
        "Where did you see our leaflet? at {}",
        "Previous mental health services: saw someone at {} for about 6 months",
        "Town you are moving to: {}",
        "Do you have to travel far? yes i come in from {} on the bus",
        "Where is your mum living now? she's in {} now, moved her in last year",
        "Place of birth: {}",
        "Employer: {}",
        "Nearest clinic to you: {}",
        "Is there anything else we should know? I work nights at {} so mornings are hard",
        "Which hospital are you under? {}",
        "Location of your previous therapist: {}",
        "Where does your child go to school or nursery? {}",
        "Area/region, {}",
        "Please describe what happened: I was sent to the wrong building at {} and missed my appt",
        "Where do you usually see your GP? {}",
        "Home town: {}",
        "Which site would you like to attend? {}",
        "If you are moving, where to? {}",
        "Do you drive? no, my daughter drives me over from {}",
        "Where did you grow up? {}, then we moved when I was 10",
    ],
    "ADDRESS": [
        "Address: {}",
        "Home address: {}",
        "Address line 1: {}",
        "Street address, {}",
        "\"Address\",\"{}\"",
        "Current address (if changed): {}",
        "New address: {} - moved in last month",
        "Postal address if different: {}",
        "Where should we send letters? {}",
        "Address of the person you care for: {}",
        "Emergency contact address: {}",
        "Please confirm your address: {}",
        "Previous address: {}",
        "Is it safe to send post to your home? yes, {}",
        "Home address (we need this to register you): {}",
        "Childs address if different from yours: {} (her dads)",
        "Address for appointment letters, {}",
        "Have your contact details changed? yes new address is {}",
        "Please write your full address including postcode: {}",
        "Where can the study team post your voucher? {}",
        "Address where the young person lives: {}",
        "Residential address: {}",
        "Mailing address: {}",
        "Address of care home: {}",
        "If we need to do a home visit, where? {}",
        "Old address, {}",
        "Address (number and street): {}",
        "Where are you staying at the moment? at my sisters, {}",
    ],
    "DATE": [
        "Date of birth: {}",
        "DOB: {}",
        "dob, {}",
        "\"Date of birth\",\"{}\"",
        "Childs date of birth: {}",
        "Date of last appointment: {}",
        "When did you last see your GP about this? {}",
        "Date: {}",
        "Date of incident: {}",
        "Date you moved to this address: {}",
        "When are you available to start? from {} onwards",
        "Are there any dates you can't attend? away {} for a wedding",
        "Date of discharge from hospital: {}",
        "When did the problem start? after my dad died on {}",
        "Date signed: {}",
        "Date of the session you are giving feedback on: {}",
        "When did you first contact us? i rang on {} and no one got back to me",
        "Date consent form signed: {}",
        "Date of screening visit: {}",
        "Any upcoming surgery or procedures? yes knee op on {}",
        "Date of birth of person you care for: {}",
        "Last period of treatment ended: {}",
        "Preferred start date: {}",
        "When is your baby due? {}",
        "Date of last drink / use (if applicable): {}",
        "Date completed, {}",
        "Is there a date your situation changes? new job starts {}",
        "Date of most recent medication change: {}",
        "Best day for a call back? {} after 3 if poss",
        "Date of previous assessment: {}",
    ],
    "AGE": [
        "Age: {}",
        "Age of person you care for: {}",
        "How old is the person you look after? {}",
        "Age (years), {}",
        "\"Age\",\"{}\"",
        "Please tell us about your situation: I look after my nan, she is {} and still sharp as anything",
        "Who else lives in the house? my gran, she's {}",
        "Dad's age: {}",
        "Any caring responsibilities? yes for my mum who is {}",
        "Your age: {}",
        "Relationship and age of person you support: grandmother, {}",
        "Age at time of referral: {}",
        "Patient age: {}",
        "How old are you? {}",
        "I am filling this in for my father, he just turned {}",
        "Anything else? my husband is {} and can't be left on his own for long",
        "Age of emergency contact: {}",
        "Resident's age: {}",
        "age, {}",
        "Is the person you are concerned about over 65? yes, {}",
        "What's the hardest part of caring? mum is {} now and nights are the worst",
        "Current age: {}",
        "Age of client: {}",
        "Please give the ages of everyone in your household: me 67 and my aunt {}",
        "Grandad is {}, does that matter for the study?",
        "Who is the main carer at home? great nan, she's {} but she's amazing",
        "Age last birthday: {}",
        "Approx age: {}",
    ],
    "PHONE": [
        "Mobile: {}",
        "Home phone: {}",
        "Best number to reach you: {}",
        "Phone, {}",
        "\"Contact number\",\"{}\"",
        "Emergency contact phone: {}",
        "Can we leave a voicemail? yes on {}",
        "Alternative number: {}",
        "Work number (optional): {}",
        "Preferred contact: text me on {} pls",
        "Tel: {}",
        "New mobile number: {}",
        "Parent/carer phone: {}",
        "If you can't get me, ring my husband on {}",
        "GP surgery phone number: {}",
        "Mob: {}",
        "Daytime phone: {}",
        "Please call me back on {} after 5",
        "Contact number for the care home: {}",
        "Cell: {}",
        "Phone number (inc. area code): {}",
        "Did anyone call you back? no, I left {} twice",
        "Landline: {}",
        "What number should the study team use? {}",
        "Is this still the best number? no, it's now {}",
        "Next of kin phone, {}",
        "Number for text reminders: {}",
    ],
    "EMAIL": [
        "Email: {}",
        "Email address: {}",
        "e-mail, {}",
        "\"Email\",\"{}\"",
        "Preferred email for appointment letters: {}",
        "Parent/carer email: {}",
        "Can we email you? yes {}",
        "New email address: {}",
        "Emergency contact email: {}",
        "Email (we will only use this for the study): {}",
        "Please send the questionnaire link to {}",
        "Contact email for referrer: {}",
        "work email if easier: {}",
        "Is there an email we can use? its {}",
        "Email for receipts/invoices: {}",
        "Confirm email: {}",
        "Best way to contact you? email me at {}",
        "My email changed, please use {} from now on",
        "Email of the school contact: {}",
        "How would you like to receive your results? by email to {}",
        "E-mail: {}",
        "Secondary email (optional): {}",
        "GP practice email, if known: {}",
        "Where should we send the copy of the consent form? {}",
        "email address of person completing form: {}",
        "Any problems with the online form? it wouldn't accept {} so I used my old one",
        "Contact for a reply to your feedback: {}",
    ],
    "URL": [
        "Website: {}",
        "Link to your fundraiser (optional): {}",
        "Where did you hear about us? saw a post on {}",
        "Social media (optional): {}",
        "Please paste the link to the page you had trouble with: {}",
        "Referrer website: {}",
        "Any resources you found helpful? {} was good",
        "\"Website\",\"{}\"",
        "Link, {}",
        "School website: {}",
        "If you found us online, where? {}",
        "Your practice website (for referrers): {}",
        "The booking link didnt work: {}",
        "Care home website: {}",
        "Profile link: {}",
        "Please share anything else (links welcome): my blog is {}",
        "Our family page for updates: {}",
        "Support group you attend (link if online): {}",
        "Where did you read about the trial? {}",
        "Link to your availability if you want to share it: {}",
        "Business website (self-employed applicants): {}",
        "Link to any letters or documents: {}",
        "LinkedIn (for workplace referrals): {}",
        "The form kept sending me back to {}",
        "Therapist page you were given: {}",
        "Anything else? my daughter set up {} to keep the family updated",
    ],
    "SSN": [
        "Social Security Number: {}",
        "SSN: {}",
        "SIN (for billing): {}",
        "National Insurance number: {}",
        "NI number: {}",
        "PPS number: {}",
        "Tax file number (for payment of participant vouchers): {}",
        "IRD number: {}",
        "\"SSN\",\"{}\"",
        "ssn, {}",
        "Social security / national number: {}",
        "For the participant payment we need your SIN or SSN: {}",
        "Policyholder SSN: {}",
        "Your NI no. (needed for travel expense claims): {}",
        "Childs social security number: {}",
        "PPSN: {}",
        "TFN: {}",
        "Please give your national insurance number if you know it: {}",
        "Social insurance number, {}",
        "I think my NI number is {} but not 100% sure",
        "SSN of primary insured: {}",
        "National identifier (country-specific): {}",
        "Your social security number (required for the payment form): {}",
        "Social Security #: {}",
        "IRD no, {}",
        "SIN: {}",
    ],
    "ID": [
        "NHS number: {}",
        "Medical record number (if known): {}",
        "Medicare number: {}",
        "Health card number: {}",
        "NHI number: {}",
        "Insurance member ID: {}",
        "Participant ID: {}",
        "Policy number, {}",
        "\"Reference number\",\"{}\"",
        "Your reference (on your letter): {}",
        "Hospital number: {}",
        "Health plan ID: {}",
        "Waiting list ref: {}",
        "Complaint reference: {}",
        "Account number (for fee payments): {}",
        "OHIP #: {}",
        "Medicaid ID: {}",
        "Private health fund member no: {}",
        "Study ID from your invitation letter: {}",
        "Screening number, {}",
        "Client ID: {}",
        "Referral number on the GP letter: {}",
        "CHI number: {}",
        "Medical card number: {}",
        "Member number, {}",
        "I don't have my card on me but the number is {} I think",
        "Group/member number on your insurance card: {}",
        "PHN: {}",
        "MRN: {}",
        "Pupil / student number: {}",
    ],
}
