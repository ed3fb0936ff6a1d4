"""A fifty-fifth SYNTHETIC transcript set for benchmarks/deid.py: the fifty-third held-out set (forms, fourth sample).

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns, suburbs, boroughs and counties of the US, Canada, the UK, Ireland, Australia and
New Zealand are used as places only, never with a person; every hospital, clinic, surgery, medical and
health centre, practice, care home, school, college, church, service, trial and workplace name is made
up; phone numbers are in the fiction ranges or invented).  Written on 2026-12-07 by an engineer who had
NOT seen the de-identifier's rules, its docs page, its tests or the contents of the earlier sets (only
benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and deid_heldout.py ..
deid_heldout49.py their docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of
deid_heldout19.py, for the format), in one go, before any run; no line of this file was changed after its
first run.  It was first run on main at commit 709aec8 (the twenty-fourth round's rules, the towns list and
the place-head fix) and measures how the rules do on text they were not written for; it stays a blind set
until a later round makes it a development set.

Style: A FOURTH SAMPLE, by another writer, of ORDINARY FORMS AND FREE-TEXT ANSWERS that clients and
families type into a service's web forms and questionnaires (after deid_heldout33.py, deid_heldout45.py
and deid_heldout49.py, whose docstrings only were read; this one is written from what such forms and
answers really look like, not from their lists), as a psychotherapy study ingests them: self-referral and
intake forms, pre-session and screening questionnaires, a trial's eligibility and consent answers,
feedback and complaint forms, emergency-contact and next-of-kin sections, a GP/family-doctor section, open
answers in an outcome or follow-up survey, a parent's or carer's form for a young person or an elderly
relative, a waiting-list check-in and a change-of-details form.  Exported as ``Field label: answer``
lines, as a question followed by its answer (after the question mark or a dash), or as a CSV-like
``label, answer`` row, sometimes quoted (the benchmark's generator writes every turn as
``Therapist:``/``Client:``, so a field and its answer sit inside the ``Client:`` turn).  The labels are
tidy; the answers are typed the way ordinary people type into a form: some in lower case or in capitals,
abbreviations (``mob``, ``ph``, ``n/a``, ``approx``, ``pls``, ``dob``, ``appt``, ``w/e``), missing
punctuation, now and then a typo, and sometimes a whole sentence where a word was asked for.  Writers from
the US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``/``mom``/``mam``,
``nan``/``grandma``/``gran``, ``the surgery``, ``family doctor``, ``GP``, ``zip``/``postcode``/``postal
code``/``Eircode``), with their spelling and their date, phone, address and ID conventions.  Kept plain
and natural; it does not chase variety for its own sake.

Identifier forms: the ones people MOST OFTEN fill into such forms, evenly spread; hard or exotic forms
are rare (under one in ten of each type).  Names: a first name alone (the commonest: a ``Preferred
name:`` answer, ``my husband Gareth``), a full name in a name field, a surname after ``Dr``/``Mr``/``Mrs``/
``Ms`` in a GP, school or referrer field (the title in the carrier, never in the span), a relative or
emergency contact after a kin word, a name inside a free-text answer, a possessive ``'s`` in the carrier,
a first name typed in lower case; rarely a full name in capitals, ``Surname, First``, a middle initial, a
hyphenated surname or an ``O'``/``Mc`` surname.  Places: a town, city, suburb, county or borough answer or
one named in a sentence (``Shepparton``, ``Portlaoise``, ``Lethbridge``, ``Wakefield``, ``Papakura``,
``Croydon``), made-up hospitals, medical centres, surgeries, health centres, schools, care homes and
workplaces (``Brackenfield Medical Centre``, ``Sallowmere Care Home``, ``Harwood Freight``); rarely a town
in lower case or with its county, state or province after it (``Tullamore, Co. Offaly``, ``Red Deer,
AB``), inside the span.  Addresses as typed into a form, on one line or in an ``Address line 1:`` field:
a street line (``58 Thornbury Dr``, ``2210 N Cobb Ave Apt 4``), a line with its town and ZIP, postal code
or postcode (``12 Foxglove Close, Harrogate HG2 8LP``, ``58 Larchwood Cres, Guelph ON N1G 2W4``,
``310 Pruitt St, Macon GA 31201``), an Irish estate with its town and county, an Australian ``3/22`` unit
line with suburb, state and postcode, a NZ line with suburb, city and postcode, a ``Flat 2,`` line, lower
case now and then; rarely capitals, a PO Box or an Eircode.  Dates as typed: a date of birth
(``14/03/1987``, ``3/14/87``, ``14-03-1987``, ``14.3.87``, ``1987-03-14``, ``14 March 1987``, ``March 14,
1987``, ``14th March 1987``, ``14 Mar 87``), other dates (``the 14th``, ``March 3rd``, ``3 March``, ``march
3``, ``14/3``, ``3/14``, ``Tues 9th``, ``3rd of March``, ``Sept 9``, ``Monday 4th``); rarely a month and
year (``Feb 2024``), a misspelt month or a run-together DOB.  Ages over 89 (90-110) of an elderly
relative or of the person a carer looks after: digits (most), ``94 yrs``, ``94yo``, ``94 years old`` with
the unit inside the span now and then; rarely in words.  Phones as typed into a ``Mobile:``, ``Home
phone:`` or ``Best number:`` field: US and Canadian ``(503) 555-0147``, ``503-555-0147``,
``503.555.0147``, ``5035550147`` (555-01xx fiction numbers); UK ``07700 900456`` mobiles and ``0161 496
0734`` / ``020 7946 0321`` / ``0113 496 0552`` landlines, run together now and then; Irish ``087 555
1234`` mobiles and ``(01) 555 1234`` landlines; Australian ``0491 570 156`` mobiles and ``(03) 5550 1234``
landlines; NZ ``021 555 0198`` mobiles and ``(09) 555 0147`` landlines; rarely an international prefix or
an extension.  Emails: free-mail and ISP addresses of these countries and invented practice and service
addresses; rarely in capitals or with a provider typo.  Web addresses: a social-media profile, an
invented practice, school, service or trial page, a fundraiser or a blog, with and without ``https://``
and ``www``; rarely a short link.  SSNs as each country's national number on an eligibility or payment
form (planted as SSN -- a judgement call): US social security numbers with dashes (most), spaces or none,
Canadian SINs, UK National Insurance numbers, Irish PPS numbers, Australian tax file numbers and NZ IRD
numbers.  IDs (the cue always in the carrier, never in the span): medical record and hospital numbers,
NHS and CHI numbers, Australian Medicare numbers, NZ NHI numbers, OHIP and BC health card numbers, US
insurance member and Medicaid ids, a health-fund membership, a trial participant or screening number, a
waiting-list, referral or complaint reference and an account number.
A title, kin word or possessive ``'s`` next to a name, a field label, an article before a place and a
note after a phone number stay outside the span; a date's own words (``the 14th``, ``Tues 9th``) are
inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and then a
form sits a little oddly in its field, as in a real export.
The carrier lines hold words that must NOT be removed: field labels (``Preferred name:``, ``Relationship
to you:``, ``Best time to call:``), yes/no and tick-box answers, ``n/a``, questionnaire items and scores
(PHQ-9, GAD-7, CORE-10, K10, ``about a 6 out of 10``), drugs and doses (sertraline 50mg, fluoxetine 20mg,
mirtazapine 15mg, quetiapine 25mg, melatonin), clock times (``after 4pm``, ``mornings before 11``),
durations (``about 6 months``, ``2 yrs``), ages under 90 (``my son, 15``), weekdays alone, kin words as
common nouns (my mum, my nan, my partner, the kids) and place-like common words (the surgery, the
practice, the school, uni, the clinic, work, the care home); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# -- names (invented; none of them with a real place) -------------------------------------------------
FIRST_F = ["Kayleigh", "Shannon", "Niamh", "Mhairi", "Tamsin", "Aroha", "Brooke", "Courtney", "Danielle",
           "Gemma", "Hayley", "Jodie", "Kirsty", "Lacey", "Maddison", "Nicole", "Orla", "Paige", "Rebekah",
           "Sinead", "Tayla", "Vanessa", "Whitney", "Yvonne", "Bronwyn", "Carmel", "Deirdre", "Emer", "Fiona",
           "Georgia", "Heather", "Jasmine", "Kelsey", "Leanne", "Megan", "Rosie", "Stacey", "Tracey", "Abigail",
           "Brianna", "Chloe", "Ellie", "Hannah", "Lauren", "Molly", "Shauna", "Trinity", "Wendy", "Maureen"]
FIRST_M = ["Gareth", "Declan", "Brodie", "Callum", "Darren", "Eoin", "Jarrod", "Kieran", "Liam", "Mitchell",
           "Nathan", "Owen", "Padraig", "Rhys", "Shane", "Tane", "Wiremu", "Corey", "Dylan", "Ethan", "Hamish",
           "Jackson", "Kyle", "Logan", "Marcus", "Ronan", "Scott", "Travis", "Bradley", "Connor", "Dale",
           "Graham", "Jason", "Keith", "Lachie", "Neil", "Rory", "Tyler", "Wayne", "Cillian", "Brendan"]
SHORT = ["Jess", "Tash", "Bec", "Steph", "Mags", "Liz", "Kate", "Sam", "Jamie", "Alex", "Rob", "Mick",
         "Dave", "Tom", "Jono", "Gav", "Shaz", "Ange", "Baz", "Nat"]
SURNAMES = ["Pemberton", "Tremayne", "Ferris", "Donnellan", "Whitfield", "Hargreaves", "Ngata", "Truong",
            "Cartwright", "Lowther", "Brennan", "Fennell", "Gilchrist", "Horsfall", "Ingram", "Kearney",
            "Lockwood", "Mottram", "Nuttall", "Prendergast", "Quayle", "Rowntree", "Sheehy", "Tolland",
            "Underhill", "Varley", "Walsham", "Yardley", "Ashdown", "Birtles", "Colquhoun", "Dunleavy",
            "Ellwood", "Foley", "Greaves", "Hennessy", "Jarvie", "Kilbride", "Lister", "Marsden", "Parata",
            "Ruckley", "Stansfield", "Thorburn", "Waddell", "Bassett", "Crowther", "Dempsey", "Hurley", "Tawhiri"]
RARE_SURNAMES = ["O'Driscoll", "McAlister", "O'Keeffe", "McCrudden", "Lyle-Watson", "Barnes-Ockley",
                 "MacInnes", "O'Halloran"]

# -- places (real towns, suburbs, boroughs and counties as places only) --------------------------------
TOWNS = ["Shepparton", "Portlaoise", "Lethbridge", "Wakefield", "Papakura", "Croydon", "Geraldton",
         "Bundaberg", "Mildura", "Wollongong", "Frankston", "Penrith", "Ipswich", "Toowoomba", "Rotorua",
         "Whanganui", "Masterton", "Timaru", "Invercargill", "Porirua", "Kingston", "Peterborough", "Moncton",
         "Kamloops", "Brandon", "Sudbury", "Oshawa", "Nanaimo", "Chilliwack", "Red Deer", "Barnsley",
         "Doncaster", "Rotherham", "Stockport", "Wigan", "Bolton", "Swindon", "Harrogate", "Carlisle",
         "Kettering", "Lowestoft", "Taunton", "Dundee", "Paisley", "Kilmarnock", "Wrexham", "Newry",
         "Tullamore", "Mullingar", "Navan", "Ennis", "Tralee", "Letterkenny", "Carlow", "Naas", "Athlone",
         "Macon", "Dayton", "Joplin", "Modesto", "Yakima", "Lubbock", "Erie", "Lansing", "Topeka", "Akron",
         "Billings", "Provo", "Fargo", "Roanoke", "Savannah", "Waco", "Green Bay", "Ann Arbor", "Cedar Rapids"]
SUBURBS = ["Sunshine", "Parramatta", "Blacktown", "Mount Druitt", "Glenelg", "Frankston North", "Otara",
           "Manurewa", "Henderson", "Riccarton", "Tallaght", "Clondalkin", "Swords", "Walthamstow", "Lewisham",
           "Peckham", "Tottenham", "Moss Side", "Headingley", "Scarborough", "Etobicoke", "Kanata", "Surrey"]
BOROUGHS = ["Hackney", "Haringey", "Brent", "Ealing", "Sefton", "Kirklees", "Calderdale", "Fingal",
            "County Durham", "Co. Kildare", "Co. Meath", "Lancashire", "Kent", "Westmeath", "Fife"]
WITH_REGION = ["Tullamore, Co. Offaly", "Red Deer, AB", "Navan, Co. Meath", "Kamloops BC", "Geelong, VIC",
               "Dubbo NSW", "Waco, TX", "Erie, PA", "Nelson, NZ", "Ennis, Co. Clare", "Moncton, NB",
               "Bendigo, Victoria"]
FAC_WORDS = ["Brackenfield", "Sallowmere", "Harwood", "Linthorpe", "Greywell", "Ashby Vale", "Rushmere",
             "Coldharbour", "Tamarind", "Wattlebank", "Kowhai Park", "Pohutukawa", "Maplehurst", "Larkfield",
             "Fernleigh", "Bramblewood", "Copperleaf", "Stonebridge", "Oakhaven", "Millbeck", "Tarragal",
             "Heathcote Road", "Riverside Lane", "Cleeve Hill", "Northmoor"]
FAC_KINDS = ["Medical Centre", "Surgery", "Health Centre", "Family Practice", "Care Home", "Primary School",
             "High School", "College", "Community Hospital", "Mental Health Clinic", "Nursing Home",
             "Counselling Service", "Family Medicine", "Community Health", "Lodge Care Home", "Academy",
             "Medical Group", "Private Hospital"]
WORKPLACES = ["Harwood Freight", "Tillman Joinery", "Kerrigan's Pharmacy", "Bluegum Childcare",
              "Ostler Plumbing", "Fennwick Logistics", "Coldharbour Bakery", "Marlow & Finch Accountants",
              "Taverner Print", "Westgrove Dental", "Kinloch Motors", "Riverbend Cafe"]

# -- addresses --------------------------------------------------------------------------------------
STREET_NAMES = ["Foxglove", "Larchwood", "Pruitt", "Grevillea", "Tamarack", "Hawkesbury", "Cobb", "Primrose",
                "Thornbury", "Mulberry", "Ridgeway", "Sandpiper", "Bellbird", "Manuka", "Totara", "Rimu",
                "Ironbark", "Clover", "Hollins", "Whinfell", "Marigold", "Wexford", "Brookfield", "Elmhurst",
                "Holloway Park", "St Brigid's", "Cedarvale", "Lindsay", "Carrick", "Arden", "Parkview"]
ST_US = ["St", "Ave", "Dr", "Rd", "Blvd", "Ln", "Ct", "Street", "Avenue", "Drive", "Road"]
ST_UK = ["Close", "Road", "Street", "Avenue", "Way", "Crescent", "Gardens", "Lane", "Grove", "Drive"]
ST_AU = ["St", "Ave", "Cres", "Rd", "Pl", "Ct", "Street", "Parade", "Tce", "Dr"]
US_TOWNS = [("Macon", "GA", "312"), ("Dayton", "OH", "454"), ("Joplin", "MO", "648"), ("Modesto", "CA", "953"),
            ("Yakima", "WA", "989"), ("Lubbock", "TX", "794"), ("Erie", "PA", "165"), ("Lansing", "MI", "489"),
            ("Topeka", "KS", "666"), ("Roanoke", "VA", "240"), ("Fargo", "ND", "581"), ("Provo", "UT", "846")]
CA_TOWNS = [("Guelph", "ON", "N1G"), ("Kingston", "ON", "K7L"), ("Moncton", "NB", "E1C"), ("Kamloops", "BC", "V2C"),
            ("Red Deer", "AB", "T4N"), ("Brandon", "MB", "R7A"), ("Nanaimo", "BC", "V9R"), ("Oshawa", "ON", "L1H")]
UK_TOWNS = [("Harrogate", "HG2"), ("Stockport", "SK4"), ("Wakefield", "WF1"), ("Swindon", "SN3"), ("Wigan", "WN5"),
            ("Barnsley", "S70"), ("Taunton", "TA1"), ("Carlisle", "CA2"), ("Kettering", "NN15"), ("Bolton", "BL3"),
            ("London", "E17"), ("Leeds", "LS6"), ("Dundee", "DD3"), ("Wrexham", "LL13")]
IE_TOWNS = [("Tullamore", "Co. Offaly"), ("Mullingar", "Co. Westmeath"), ("Navan", "Co. Meath"),
            ("Ennis", "Co. Clare"), ("Tralee", "Co. Kerry"), ("Naas", "Co. Kildare"), ("Carlow", "Co. Carlow"),
            ("Letterkenny", "Co. Donegal"), ("Athlone", "Co. Westmeath")]
IE_ESTATE = ["Park", "Grove", "Lawns", "Heights", "Court", "Meadows", "View", "Avenue"]
AU_TOWNS = [("Frankston", "VIC", "3199"), ("Mildura", "VIC", "3500"), ("Shepparton", "VIC", "3630"),
            ("Penrith", "NSW", "2750"), ("Wollongong", "NSW", "2500"), ("Toowoomba", "QLD", "4350"),
            ("Bundaberg", "QLD", "4670"), ("Geraldton", "WA", "6530"), ("Glenelg", "SA", "5045")]
NZ_TOWNS = [("Papakura", "Auckland", "2110"), ("Otara", "Auckland", "2023"), ("Riccarton", "Christchurch", "8041"),
            ("Frankton", "Hamilton", "3204"), ("Tawa", "Wellington", "5028"), ("Glenholme", "Rotorua", "3010")]

# -- e-mails and web pages ----------------------------------------------------------------------------
FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "icloud.com",
            "hotmail.co.uk", "btinternet.com", "sky.com", "eircom.net", "bigpond.com", "optusnet.com.au",
            "xtra.co.nz", "shaw.ca", "rogers.com", "live.ie", "yahoo.co.uk", "aol.com", "comcast.net"]
PRACTICE_DOMAINS = ["brackenfieldmc.co.uk", "sallowmere.org.uk", "linthorpesurgery.nhs.uk", "greywellfamilypractice.com",
                    "rushmerecounselling.ie", "wattlebankhealth.com.au", "kowhaiparkmedical.co.nz",
                    "copperleaffm.ca", "oakhavenclinic.org", "millbeckhealth.net"]
SITES = ["brackenfieldmedical.co.uk", "sallowmerecarehome.co.uk", "rushmerecounselling.ie", "wattlebankhealth.com.au",
         "kowhaiparkmedical.co.nz", "copperleaffamilymedicine.ca", "oakhavenclinic.org", "larkfieldprimary.org.uk",
         "northmoortalking.org", "tarragalcollege.vic.edu.au", "fernleighhigh.school.nz", "psilocare-study.org",
         "clearwater-trial.org", "stonebridgecounselling.com"]
PAGES = ["", "", "", "/", "/self-referral", "/contact", "/book-online", "/about-us", "/our-team", "/parents",
         "/referral-form", "/research/join-the-study", "/support-groups", "/events"]


def _first(r: random.Random) -> str:
    return r.choice(FIRST_F + FIRST_M)


def _surname(r: random.Random) -> str:
    return r.choice(RARE_SURNAMES) if r.random() < 0.06 else r.choice(SURNAMES)


def _person(r: random.Random) -> str:
    x = r.random()
    if x < 0.38:
        return _first(r)
    if x < 0.45:
        return r.choice(SHORT)
    if x < 0.70:
        return f"{_first(r)} {_surname(r)}"
    if x < 0.83:
        return _surname(r)
    if x < 0.91:
        return _first(r).lower() if r.random() < 0.7 else f"{_first(r).lower()} {_surname(r).lower()}"
    # harder, rare forms
    f, s = _first(r), _surname(r)
    return r.choice([f"{f} {s}".upper(), f"{s}, {f}", f"{s.upper()}, {f}", f"{f} {r.choice('ABCDEJKLMPRST')}. {s}",
                     f"{f} {r.choice(SURNAMES)}-{r.choice(SURNAMES)}"])


def _facility(r: random.Random) -> str:
    if r.random() < 0.2:
        return r.choice(WORKPLACES)
    if r.random() < 0.1:
        return f"St {r.choice(['Brendan', 'Columba', 'Aidan', 'Hilda', 'Clement', 'Oswald'])}'s " \
               f"{r.choice(['Hospital', 'Primary School', 'College', 'Hospice', 'Care Home'])}"
    return f"{r.choice(FAC_WORDS)} {r.choice(FAC_KINDS)}"


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.40:
        return r.choice(TOWNS)
    if x < 0.52:
        return r.choice(SUBURBS)
    if x < 0.58:
        return r.choice(BOROUGHS)
    if x < 0.91:
        return _facility(r)
    if x < 0.96:
        return r.choice(WITH_REGION)
    t = r.choice(TOWNS)
    return t.lower() if r.random() < 0.6 else t.upper()


def _street(r: random.Random, suffixes: list[str]) -> str:
    return f"{r.choice(STREET_NAMES)} {r.choice(suffixes)}"


def _uk_pc(r: random.Random, district: str) -> str:
    return f"{district} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def _address(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.22:  # a street line alone, any country
        line = f"{n(1, 240)} {_street(r, r.choice([ST_US, ST_UK, ST_AU]))}"
        if r.random() < 0.2:
            line = f"{n(100, 4800)} {r.choice(['N', 'S', 'E', 'W'])} {_street(r, ST_US)}" \
                   f"{r.choice([' Apt ' + str(n(1, 30)), ' #' + str(n(2, 40)), ' Apt ' + str(n(1, 9)) + 'B'])}"
        out = line
    elif x < 0.37:  # US
        t, st, z = r.choice(US_TOWNS)
        apt = r.choice(["", "", "", f" Apt {n(1, 24)}", f" #{n(101, 412)}"])
        out = f"{n(100, 9800)} {_street(r, ST_US)}{apt}, {t}, {st} {z}{n(0, 99):02d}"
        if r.random() < 0.4:
            out = out.replace(f"{t},", t)
    elif x < 0.52:  # UK
        t, d = r.choice(UK_TOWNS)
        flat = f"Flat {n(1, 12)}, " if r.random() < 0.2 else ""
        out = f"{flat}{n(1, 160)} {_street(r, ST_UK)}, {t} {_uk_pc(r, d)}"
        if r.random() < 0.3:
            out = out.replace(f", {t} ", f", {t}, ")
    elif x < 0.63:  # Canada
        t, p, fsa = r.choice(CA_TOWNS)
        unit = f"{n(1, 30)}-" if r.random() < 0.25 else ""
        out = f"{unit}{n(10, 990)} {_street(r, ST_US + ['Cres'])}, {t} {p} " \
              f"{fsa} {n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{n(1, 9)}"
    elif x < 0.75:  # Ireland
        t, c = r.choice(IE_TOWNS)
        out = f"{n(1, 88)} {r.choice(STREET_NAMES)} {r.choice(IE_ESTATE)}, {t}, {c}"
        if r.random() < 0.3:
            out = out.replace(f", {c}", f" {c}")
    elif x < 0.88:  # Australia
        t, st, pc = r.choice(AU_TOWNS)
        unit = f"{n(1, 12)}/" if r.random() < 0.45 else ""
        out = f"{unit}{n(1, 140)} {_street(r, ST_AU)}, {t} {st} {pc}"
        if r.random() < 0.3:
            out = out.replace(f", {t}", f" {t}")
    else:  # New Zealand
        t, city, pc = r.choice(NZ_TOWNS)
        out = f"{n(1, 220)} {_street(r, ST_AU)}, {t}, {city} {pc}"
    y = r.random()
    if y < 0.12:
        out = out.lower()
    elif y < 0.16:
        out = out.upper()
    elif y < 0.19:
        out = r.choice([f"PO Box {n(10, 4999)}", f"P.O. Box {n(10, 999)}, {r.choice(TOWNS)}",
                        f"{n(1, 60)} {r.choice(STREET_NAMES)} {r.choice(IE_ESTATE)}, "
                        f"{r.choice(['N91', 'R35', 'W91', 'V92', 'D24', 'H91'])} {r.choice('ACDEFHKNPRTVWXY')}"
                        f"{n(1, 9)}{r.choice('ACDEFHKNPRTVWXY')}{n(1, 9)}"])
    return out


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sat"]


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _date(r: random.Random) -> str:
    n = r.randint
    d, m = n(1, 28), n(1, 12)
    month = MONTHS[m - 1]
    if r.random() < 0.45:  # a date of birth
        y = n(1931, 2012)
        yy = f"{y % 100:02d}"
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{yy}", f"{m}/{d}/{y}",
                         f"{d:02d}-{m:02d}-{y}", f"{d}.{m}.{yy}", f"{y}-{m:02d}-{d:02d}", f"{d} {month} {y}",
                         f"{month} {d}, {y}", f"{_ord(d)} {month} {y}", f"{d} {MON3[m - 1]} {yy}",
                         f"{d}/{m}/{y}", f"{month.lower()} {d} {y}"])
    x = r.random()
    if x < 0.93:
        return r.choice([f"the {_ord(d)}", f"{month} {_ord(d)}", f"{d} {month}", f"{month.lower()} {d}",
                         f"{d}/{m}", f"{m}/{d}", f"{r.choice(WEEKDAYS)} {_ord(d)}", f"{_ord(d)} of {month}",
                         f"{MON3[m - 1]} {d}", f"{r.choice(WEEKDAYS)} the {_ord(d)}", f"{month} {d}",
                         f"{_ord(d)} {month}", f"{r.choice(WEEKDAYS)} {d} {MON3[m - 1]}"])
    return r.choice([f"{MON3[m - 1]} {n(2019, 2025)}", f"{month} {n(2019, 2025)}",
                     f"{r.choice(['Febuary', 'Feburary', 'Janurary', 'Sepember', 'Agust'])} {_ord(d)}",
                     f"{d:02d}{m:02d}{n(1940, 2010)}"])


NUM_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety three", 94: "ninety-four",
             95: "ninety five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety eight", 99: "ninety-nine",
             100: "a hundred", 101: "a hundred and one", 102: "a hundred and two"}


def _age(r: random.Random) -> str:
    a = r.choice([90, 91, 91, 92, 92, 93, 93, 94, 94, 95, 95, 96, 96, 97, 98, 99, 100, 101, 102, 103, 104, 106,
                  108, 110])
    x = r.random()
    if x < 0.70:
        return str(a)
    if x < 0.93:
        return r.choice([f"{a} yrs", f"{a}yo", f"{a} years old", f"{a} y/o", f"{a} yrs old", f"{a} years"])
    return NUM_WORDS.get(a, str(a))


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.28:  # US / Canada
        a, c = r.choice([503, 614, 817, 912, 406, 612, 416, 604, 902, 780, 519, 413]), f"01{n(0, 99):02d}"
        return r.choice([f"({a}) 555-{c}", f"({a}) 555-{c}", f"{a}-555-{c}", f"{a}.555.{c}", f"{a}555{c}",
                         f"({a})555-{c}", f"{a} 555 {c}", f"+1 {a}-555-{c}", f"1-{a}-555-{c}"])
    if x < 0.50:  # UK
        y = r.random()
        if y < 0.6:
            k = n(0, 999)
            return r.choice([f"07700 900{k:03d}", f"07700 900{k:03d}", f"07700900{k:03d}", f"07700 900 {k:03d}",
                             f"+44 7700 900{k:03d}"])
        k = n(0, 999)
        return r.choice([f"0161 496 0{k:03d}", f"020 7946 0{k:03d}", f"0113 496 0{k:03d}", f"0117 496 0{k:03d}",
                         f"01632 960{k:03d}", f"(0161) 496 0{k:03d}", f"02079460{k:03d}"])
    if x < 0.63:  # Ireland
        return r.choice([f"08{r.choice('35679')} {n(100, 999)} {n(1000, 9999)}",
                         f"08{r.choice('35679')}{n(1000000, 9999999)}",
                         f"08{r.choice('5679')}-{n(100, 999)}-{n(1000, 9999)}",
                         f"(0{r.choice(['1', '21', '91', '61', '51'])}) {n(200, 999)} {n(1000, 9999)}",
                         f"+353 8{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}"])
    if x < 0.84:  # Australia
        return r.choice([f"0491 570 {n(100, 999)}", f"0491 571 {n(100, 999)}", f"0491570{n(100, 999)}",
                         f"0491 572 {n(100, 999)}", f"(0{r.choice('2378')}) 5550 {n(1000, 9999)}",
                         f"0{r.choice('2378')} 5550 {n(1000, 9999)}", f"+61 491 570 {n(100, 999)}",
                         f"0491-570-{n(100, 999)}"])
    return r.choice([f"021 555 {n(1000, 9999)}", f"027 555 {n(1000, 9999)}", f"022 555 {n(1000, 9999)}",
                     f"(09) 555 {n(1000, 9999)}", f"(03) 555 {n(1000, 9999)}", f"021555{n(1000, 9999)}",
                     f"+64 21 555 {n(1000, 9999)}", f"(04) 555 {n(1000, 9999)}"])


def _email(r: random.Random) -> str:
    n = r.randint
    f, s = _first(r).lower(), r.choice(SURNAMES).lower()
    local = r.choice([f"{f}.{s}", f"{f}{s}", f"{f}_{s}{n(1, 99)}", f"{f[0]}{s}", f"{f}{n(70, 99)}",
                      f"{f}.{s}{n(1, 9)}", f"{s}{f[0]}", f"{f}{s[0]}{n(10, 2010)}", f"the{s}s",
                      f"{f}.{r.choice(['mum', 'x', 'xo', 'nz', 'au'])}"])
    x = r.random()
    if x < 0.74:
        out = f"{local}@{r.choice(FREEMAIL)}"
    elif x < 0.92:
        out = f"{r.choice(['admin', 'reception', 'referrals', 'info', f, f + '.' + s, 'enquiries'])}@" \
              f"{r.choice(PRACTICE_DOMAINS)}"
    elif x < 0.96:
        out = f"{local}@{r.choice(FREEMAIL)}".upper()
    else:
        out = f"{local}@{r.choice(['gmial.com', 'hotmial.com', 'gmail.co', 'yahooo.com', 'outlok.com'])}"
    return out


def _url(r: random.Random) -> str:
    n = r.randint
    f, s = _first(r).lower(), r.choice(SURNAMES).lower()
    x = r.random()
    if x < 0.30:
        return r.choice([f"facebook.com/{f}.{s}.{n(1, 99)}", f"www.facebook.com/{f}{s}", f"instagram.com/{f}_{s}",
                         f"https://www.instagram.com/{f}.{s[:4]}{n(1, 99)}", f"tiktok.com/@{f}{s}{n(1, 9)}",
                         f"https://www.linkedin.com/in/{f}-{s}-{n(100, 999)}", f"twitter.com/{f}{s[0]}{n(80, 99)}",
                         f"https://www.facebook.com/profile.php?id=1000{n(10000000, 99999999)}"])
    if x < 0.72:
        pre = r.choice(["https://www.", "www.", "", "https://", "http://www."])
        return f"{pre}{r.choice(SITES)}{r.choice(PAGES)}"
    if x < 0.84:
        return r.choice([f"https://www.gofundme.com/f/help-{f}-{s}", f"gofundme.com/f/{f}s-recovery-fund",
                         f"https://givealittle.co.nz/cause/support-{f}-{s}", f"www.justgiving.com/page/{f}-{s}-{n(1, 9)}",
                         f"https://www.mycause.com.au/p/{n(100000, 399999)}/{f}s-walk"])
    if x < 0.93:
        return r.choice([f"https://{f}{s}.wordpress.com", f"{f}writes.blogspot.com", f"https://medium.com/@{f}.{s}",
                         f"{f}-{s}.substack.com", f"https://www.youtube.com/@{f}{s}{n(1, 99)}"])
    return r.choice([f"bit.ly/{r.choice(['3', '4'])}{''.join(r.choice('abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))}",
                     f"linktr.ee/{f}{s}", f"forms.gle/{''.join(r.choice('abcdefghkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(10))}"])


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.40:
        a = r.choice([k for k in range(101, 899) if k != 666])
        b, c = n(10, 99), n(1000, 9999)
        y = r.random()
        return f"{a}-{b}-{c}" if y < 0.72 else f"{a} {b} {c}" if y < 0.88 else f"{a}{b}{c}"
    if x < 0.55:
        a, b, c = n(100, 799), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {c}", f"{a}-{b}-{c}", f"{a}{b}{c}"])
    if x < 0.70:
        p = r.choice(["JT", "NP", "SK", "AB", "WL", "PR", "HG", "YM", "CE", "ZL", "KN", "TR"])
        d = f"{n(10, 99)}{n(10, 99)}{n(10, 99)}"
        q = r.choice("ABCD")
        return r.choice([f"{p} {d[:2]} {d[2:4]} {d[4:]} {q}", f"{p}{d}{q}", f"{p}{d}{q}".lower(), f"{p} {d} {q}"])
    if x < 0.81:
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMNPRSTW')}{r.choice(['', '', 'A', 'H'])}"
    if x < 0.91:
        a, b, c = n(100, 899), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {c}", f"{a}{b}{c}"])
    a, b, c = n(10, 149), n(100, 999), n(100, 999)
    return r.choice([f"{a:03d}-{b}-{c}", f"{a}-{b}-{c}", f"{a:03d} {b} {c}"])


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    x = r.randrange(15)
    if x == 0:  # NHS
        return r.choice([f"{n(400, 499)} {n(100, 999)} {n(1000, 9999)}", f"{n(400, 499)}{n(100, 999)}{n(1000, 9999)}",
                         f"{n(600, 799)} {n(100, 999)} {n(1000, 9999)}"])
    if x == 1:  # CHI
        return f"{n(1, 28):02d}{n(1, 12):02d}{n(40, 99):02d}{n(1000, 9999)}"
    if x == 2:  # Australian Medicare (with the IRN now and then)
        base = f"{n(2, 6)}{n(100, 999)} {n(10000, 99999)} {n(1, 9)}"
        return r.choice([base, base, base.replace(" ", ""), f"{base}-{n(1, 5)}", f"{base} {n(1, 5)}"])
    if x == 3:  # NZ NHI
        return r.choice([f"{''.join(r.choice(L) for _ in range(3))}{n(1000, 9999)}",
                         f"{''.join(r.choice(L) for _ in range(3))}{n(10, 99)}{r.choice(L)}{r.choice(L)}"])
    if x == 4:  # OHIP and BC PHN
        return r.choice([f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(L)}{r.choice(L)}",
                         f"{n(1000, 9999)} {n(100, 999)} {n(100, 999)}", f"9{n(100, 999)} {n(100, 999)} {n(100, 999)}"])
    if x == 5:  # US member id
        return r.choice([f"{r.choice(['XGH', 'W', 'ZQA', 'H', 'JQM', 'U'])}{n(100000000, 999999999)}",
                         f"{r.choice(['XGH', 'MKA', 'YLB'])}{n(10000000, 99999999)}{r.choice(['01', '02', ''])}"])
    if x == 6:  # Medicaid
        return r.choice([f"{r.choice(L)}{r.choice(L)}{n(10000, 99999)}{r.choice(L)}", f"{n(100000000, 999999999)}",
                         f"{n(10000000000, 99999999999)}"])
    if x == 7:  # MRN / hospital number
        return r.choice([f"{n(1000000, 9999999)}", f"00{n(100000, 999999)}", f"M{n(100000, 999999)}",
                         f"{r.choice(['H', 'RX', 'K', 'D'])}{n(100000, 9999999)}", f"{n(100, 999)}-{n(100, 999)}-{n(10, 99)}"])
    if x == 8:  # health fund
        return r.choice([f"{n(10000000, 99999999)}", f"{n(1000, 9999)} {n(1000, 9999)}", f"{n(100000, 999999)}-{n(1, 4)}"])
    if x == 9:  # trial participant / screening
        return r.choice([f"P-{n(1, 999):03d}", f"SCR-{n(1000, 9999)}", f"{r.choice(['PSI', 'CLR', 'KET', 'MND'])}-"
                         f"{n(1, 9):02d}-{n(1, 250):03d}", f"{n(10, 40)}-{n(100, 999)}", f"S{n(1000, 9999)}"])
    if x == 10:  # waiting-list / referral
        return r.choice([f"WL{n(10000, 99999)}", f"WL-{n(1000, 9999)}", f"REF{n(100000, 999999)}",
                         f"R{n(1000000, 9999999)}", f"{n(100000, 999999)}"])
    if x == 11:  # complaint
        return r.choice([f"CMP-{n(1000, 9999)}", f"C{n(100000, 999999)}", f"FB{n(10000, 99999)}"])
    if x == 12:  # account
        return r.choice([f"{n(10000000, 99999999)}", f"{n(1000, 9999)}-{n(1000, 9999)}", f"AC{n(100000, 999999)}",
                         f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"])
    if x == 13:  # US Medicare MBI
        return f"{n(1, 9)}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{n(0, 9)}-" \
               f"{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{n(0, 9)}-" \
               f"{r.choice('ACDEFGHJKMNPQRTUVWXY')}{r.choice('ACDEFGHJKMNPQRTUVWXY')}{n(10, 99)}"
    return r.choice([f"{n(100000, 999999)}", f"{r.choice(L)}{n(1000000, 9999999)}"])  # GMS card, pupil, client


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
        "Name of person being referred: {}",
        "Emergency contact name: {}  Relationship to you: husband",
        "Next of kin: my mum {}",
        "Who is your GP? Dr {} at the surgery on the high street",
        "GP name: Dr {}",
        "Family doctor, Dr. {}",
        "Name of school contact (teacher / SENCO): Mrs {}",
        "Referrer's name: {}",
        "Parent/carer name: {}",
        "Is there anyone you would like us to contact in an emergency? yes my sister {}, she knows everything",
        "Who lives with you at home? me, my partner {} and the two kids",
        "Please tell us in your own words why you are getting in touch: since my dad passed i havent been sleeping and {} said i should ring you",
        "Anything else you want us to know? my ex {} is not allowed to collect the kids, pls dont give him any info",
        "Who helped you fill in this form? my daughter {}",
        "Name of the person you care for: {}",
        "Did anyone in particular help you? The lady on reception, {}, was really kind",
        "Feedback: our therapist {} was brilliant, I felt listened to for the first time",
        "Complaint details: I was told {} would phone me back and nobody did for 3 weeks",
        "Name of staff member involved (if known): {}",
        "Consent - signature (type your full name): {}",
        "Print name: {}",
        "Name of witness: {}",
        "emergency_contact_name, {}",
        "\"Preferred name\",\"{}\"",
        "Contact name, {}, relationship: partner",
        "Key worker / case manager (if any): {}",
        "Psychiatrist (if any): Dr {}",
        "Are you happy for us to write to your GP? yes - it's Dr {}'s patient list i'm on",
        "What name would you like us to use? {} pls, nobody calls me by my full name",
        "Name of young person: {}  Age: 15",
        "Who referred you? my counsellor at uni, {}",
        "Change of details - new surname / name: {}",
        "Who else is involved in your care? {} from the drug and alcohol team",
    ],
    "LOCATION": [
        "Town/City: {}",
        "Suburb: {}",
        "Where do you live (town or area)? {}",
        "County: {}",
        "Borough: {}",
        "Place of birth: {}",
        "GP surgery / practice name: {}",
        "Name of your GP practice: {}",
        "Which school does your child attend? {}",
        "School/college: {}",
        "Name of care home (if applicable): {}",
        "Employer: {}",
        "Where do you work? at {}, mostly nights",
        "Have you ever been admitted to hospital for your mental health? yes, twice to {}",
        "Which hospital were you discharged from? {}",
        "Where did you hear about us? a leaflet at {}",
        "Please tell us in your own words why you are getting in touch: we moved to {} last year and i havent made any friends, im struggling",
        "Where would you prefer to be seen? {} if possible, I don't drive",
        "Preferred clinic location: {}",
        "Nearest town: {}",
        "Area, {}",
        "\"Town\",\"{}\"",
        "Previous address was in {} - moved about 6 months ago",
        "Any other services involved? Mum is in respite at {} at the moment",
        "Feedback: parking at {} is a nightmare but the staff were lovely",
        "Where does the person you care for live? {}, on her own",
        "Name of university / college (if studying): {}",
        "Which site is your appointment at? {}",
        "Current location (for video sessions we need to know where you are): {}",
        "Changed GP? yes, now registered at {}",
    ],
    "ADDRESS": [
        "Address: {}",
        "Address line 1: {}",
        "Home address: {}",
        "Postal address (if different): {}",
        "Current address: {}",
        "Street address: {}",
        "New address: {}",
        "Change of details - new address: {} (moved in 2 weeks ago)",
        "Previous address: {}",
        "Address of emergency contact: {}",
        "Where should we send letters? {}",
        "Mailing address, {}",
        "\"Address\",\"{}\"",
        "Residential address: {}",
        "Address of the person you care for: {}",
        "What is your address? {}",
        "Home address (where you are living now): {}",
        "Address for appointment letters: {}",
        "Where will you be staying during the trial? {}",
        "Please confirm your address: {}",
        "address - {}",
        "Address where the young person lives: {}",
        "Is it ok to send post to your home? yes - {}, but pls use a plain envelope",
        "Care home address: {}",
        "Correspondence address: {}",
        "Next of kin address: {}",
    ],
    "DATE": [
        "Date of birth: {}",
        "DOB: {}",
        "D.O.B. {}",
        "What is your date of birth? {}",
        "Date of birth of young person: {}",
        "Emergency contact DOB (optional): {}",
        "Date of last appointment: {}",
        "Date of incident: {}",
        "When did you last see your GP? {}",
        "Date you started on the waiting list: {}",
        "Start date of current medication (sertraline 50mg): {}",
        "Date of discharge from hospital: {}",
        "When are you available? any time after {}",
        "Preferred appointment date: {}",
        "Any dates you can't make? {} - it's my son's school play",
        "Date: {}",
        "Date signed: {}",
        "date_of_birth, {}",
        "\"Date of birth\",\"{}\"",
        "When did the problem you are complaining about happen? on {}",
        "Moving date (change of details): {}",
        "When did you first notice things getting worse? around {}",
        "Date of the session you are giving feedback on: {}",
        "When did your dad move into the care home? {}",
        "Screening visit date: {}",
        "When is your next appointment with your GP? {}",
        "Have you been seen by us before? yes, last time was {} I think",
    ],
    "AGE": [
        "Age: {}",
        "Age of the person you care for: {}",
        "How old is she? {}",
        "Age of cared-for person, {}",
        "Your relative's age: {}",
        "Who do you care for? my nan, she's {} and still in her own house",
        "Please tell us about your caring role: mum is {} and has dementia, I do most things for her",
        "Relationship to you: grandfather  Age: {}",
        "How old is your emergency contact? {}",
        "\"Age\",\"{}\"",
        "age, {}",
        "Anything else we should know? my gran turned {} this year and i'm her main carer",
        "Age (if over 18): {}",
        "Dad is {} and lives with us",
        "Age of resident: {}",
        "Details of the person you support: my great aunt, aged {}, in a care home",
        "Current age: {}",
        "How old is the person you look after? {} in a few weeks",
        "Please give the age of everyone in your household: me 58, my mother {}",
        "Feedback: staff were so patient with my father who is {} and very deaf",
        "Complaint about the care of my grandmother, age {}",
        "What's your relationship to the patient? I'm his son, he's {}",
        "Nan's age: {}",
        "Is the person you care for over 65? yes, {}",
        "Age at last birthday: {}",
    ],
    "PHONE": [
        "Mobile: {}",
        "Mob: {}",
        "Home phone: {}",
        "Best number: {}",
        "Best contact number: {} (text only pls)",
        "Phone: {}",
        "Work phone: {}",
        "Daytime phone, {}",
        "Emergency contact number: {}",
        "What is the best number to reach you on? {}, after 4pm",
        "Can we leave a voicemail? yes on {}",
        "GP practice phone: {}",
        "Phone number of the person making the referral: {}",
        "ph {}",
        "\"Mobile\",\"{}\"",
        "mobile_number, {}",
        "Change of details - new mobile: {}",
        "Next of kin phone: {}",
        "Alternative number: {} (my husband's)",
        "Tel: {}",
        "Contact number for the school: {}",
        "Cell: {}",
        "Please call me on {} if you can, I don't check emails",
        "Parent/carer phone: {}",
        "Landline (if any): {}",
        "Phone for appointment reminders: {}",
    ],
    "EMAIL": [
        "Email: {}",
        "E-mail address: {}",
        "Email address: {}",
        "What email should we use? {}",
        "Email for appointment reminders: {}",
        "Parent/carer email: {}",
        "Referrer's email: {}",
        "GP practice email (if known): {}",
        "New email address: {}",
        "Emergency contact email: {}",
        "email - {}",
        "\"Email\",\"{}\"",
        "email_address, {}",
        "Can we send your letters by email? yes to {}",
        "Confirm email: {}",
        "Anything else? pls use {} not my work one",
        "Email (optional): {}",
        "Where should we send the survey link? {}",
        "If you would like a reply to your feedback, leave your email: {}",
        "Email for the consent form copy: {}",
        "Preferred contact: email, {}",
        "School contact email: {}",
        "Send the video link to {}",
        "Contact email for the person you care for: {}",
        "Work email (only if ok to use): {}",
    ],
    "URL": [
        "Where did you hear about us? {}",
        "How did you find out about the study? a post on {}",
        "Website: {}",
        "Practice website: {}",
        "Social media (optional): {}",
        "If you have a profile you'd like us to use to contact you, please give it: {}",
        "Link: {}",
        "Please share any link that helps us understand: {}",
        "School website: {}",
        "I filled in the form at {} but never heard back",
        "Where did you find the self-referral form? {}",
        "Feedback: the page at {} was out of date, wrong opening hours",
        "Care home website: {}",
        "\"Website\",\"{}\"",
        "url, {}",
        "Any other info: we raised money for the unit, the page is {}",
        "My blog about recovery, if it helps: {}",
        "Referrer's website: {}",
        "Link to the fundraiser: {}",
        "Anything else you want to tell us? i post about my mental health on {}",
        "Where did you see the advert? {}",
        "Online booking page you used: {}",
        "Trial page: {}",
        "Your social media, if you'd like us to follow up there: {}",
        "How did you hear about this service? my friend sent me {}",
    ],
    "SSN": [
        "Social Security Number: {}",
        "SSN: {}",
        "SSN (last 4 ok if you prefer, full number for billing): {}",
        "Social insurance number (SIN): {}",
        "SIN: {}",
        "National Insurance number: {}",
        "NI number: {}",
        "NI no. {}",
        "PPS number: {}",
        "PPSN: {}",
        "Tax file number (TFN): {}",
        "TFN: {}",
        "IRD number: {}",
        "IRD no: {}",
        "National number (SSN/SIN/NI/PPS/TFN/IRD): {}",
        "\"SSN\",\"{}\"",
        "ssn, {}",
        "For the participant payment we need your tax or national number: {}",
        "Social security # {}",
        "Please give your national insurance number for the travel refund: {}",
        "Your PPS no. (for the travel grant): {}",
        "tax no., {}",
        "Patient SSN: {}",
        "Guarantor SSN: {}",
        "Social insurance no. for the honorarium: {}",
    ],
    "ID": [
        "NHS number: {}",
        "NHS no: {}",
        "CHI number: {}",
        "Medicare number: {}",
        "Medicare card no. {}",
        "NHI number: {}",
        "NHI: {}",
        "OHIP number: {}",
        "Health card number: {}",
        "Personal health number (PHN): {}",
        "Insurance member ID: {}",
        "Member ID: {}",
        "Medicaid ID: {}",
        "Medicare (MBI): {}",
        "Medical record number: {}",
        "MRN: {}",
        "Hospital number: {}",
        "Health fund membership no: {}",
        "Private health insurance number, {}",
        "Participant ID: {}",
        "Screening number: {}",
        "Waiting list reference: {}",
        "Referral reference: {}",
        "Complaint reference number: {}",
        "Account number: {}",
        "Medical card number: {}",
        "Pupil number: {}",
        "Client number (if known): {}",
        "\"Participant ID\",\"{}\"",
        "member_id, {}",
        "Your reference number from the letter: {}",
    ],
}
