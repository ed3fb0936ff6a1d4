"""A forty-seventh SYNTHETIC transcript set for benchmarks/deid.py: the forty-fifth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns, suburbs, boroughs and counties of the US, Canada, the UK, Ireland, Australia and
New Zealand are used as places only, never with a person; every hospital, clinic, surgery, medical and
health centre, practice, care home, school, college, church, service, trial and workplace name is made
up).  Written on 2026-12-07 by an engineer who had NOT seen the de-identifier's rules, its docs page, its
tests or the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged in and
scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout43.py their docstrings, plus the
``value`` signature and the ``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before
any run; no rule and no line of this file was changed after its first run.  It was first run on the
twenty-second round's rules (main at commit 3bb8d23) and measures how the rules do on text they were not
written for; it stays a blind set until a later round makes it a development set.

Style: A SECOND SAMPLE, by another writer, of ORDINARY FORMS AND FREE-TEXT ANSWERS that clients and
families type into a service's web forms and questionnaires (after deid_heldout33.py, whose docstring
only was read; this one is written from what such forms and answers really look like, not from its
list), as a psychotherapy study ingests them: self-referral and intake forms, pre-session and screening
questionnaires, a trial's eligibility and consent answers, feedback and complaint forms, emergency-contact
and next-of-kin sections, a GP/family-doctor section, open answers in an outcome or follow-up survey, a
parent's or carer's form for a young person or an elderly relative, a waiting-list check-in and a
change-of-details form.  Exported as ``Field label: answer`` lines, as a question followed by its answer
(on the next line or after a dash), or as a CSV-like ``label, answer`` row (the benchmark's generator
writes every turn as ``Therapist:``/``Client:``, so a field and its answer sit inside the ``Client:``
turn).  The labels are tidy; the answers are typed the way ordinary people type into a form: some in
lower case or capitals, abbreviations (``mob``, ``ph``, ``n/a``, ``approx``, ``pls``, ``dob``, ``appt``),
missing punctuation, now and then a typo, and sometimes a whole sentence where a word was asked for.
Writers from the US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``/``mom``/``mam``,
``nan``/``grandma``, ``the surgery``, ``family doctor``, ``GP``, ``zip``/``postcode``/``postal code``), with
their spelling and their date, phone, address and ID conventions.  It is kept plain and natural and does
not chase variety for its own sake.

Identifier forms: the ones people MOST OFTEN type into such forms, evenly spread; hard or exotic forms
are rare (under one in ten of each type).  Names: a first name alone (the most common: a ``Preferred
name:`` answer, ``my sister Kayla``), a full name in a name field, a surname after ``Dr``/``Mrs``/``Mr``/
``Ms`` in a GP, school or referrer field (the title in the carrier, never in the span), a relative's or
emergency contact's name after a kin word in the carrier, a name inside a free-text answer, a possessive
``'s`` in the carrier, a name typed in lower case; rarely a full name in capitals, ``SURNAME, First``, a
middle initial, a hyphenated first name or an ``O'``/``Mc`` surname.  Places: the town, city, suburb,
county or borough field or a place named in an answer (``Toowoomba``, ``Tallaght``, ``Red Deer``,
``Walthamstow``, ``Palmerston North``), made-up hospitals, clinics, surgeries, medical centres, schools,
colleges, care homes and workplaces (``Hollybank Surgery``, ``Larchmont Care Home``, ``Kingfisher Foods``);
rarely a town typed in lower case or capitals, or a town with its county, state or province after it
(``Navan, Co. Meath``, ``Kamloops BC``), inside the span.  Addresses as typed into a form: a street line
(``27 Banksia St``, ``1420 N Maple Ave Apt 3B``), a line with its town and postcode, ZIP or postal code
(``17 Hawthorn Close, Stockport SK4 3PL``, ``57 Birchmount Cres, Sudbury ON P3A 2K8``), an Irish estate
with its town and county, an Australian ``3/41`` unit line with suburb, state and postcode, a NZ line
with suburb, city and postcode, a ``Flat 4,`` line, typed in lower case now and then; rarely all in
capitals, a PO Box or an Eircode.  Dates as typed: a date of birth in a DOB field (``14/03/1987``,
``3/14/87``, ``14-03-1987``, ``14.3.87``, ``1987-03-14``, ``14 March 1987``, ``March 14, 1987``, ``14th March
87``, ``14 Mar 1987``), other dates (``the 14th``, ``March 3rd``, ``3 March``, ``march 3``, ``14/3``, ``3/14``,
``Tues 9th``, ``3rd of March``, ``Sept 9``); rarely a month and year (``Feb 2024``) or a misspelt month
(``Febuary 3rd``).  Ages over 89 (90-110) of an elderly relative or of the person a carer looks after:
digits (most), ``94 yrs``, ``94yo``, ``94 years old`` with the unit inside the span now and then; rarely
in words (``ninety-four``).  Phones as typed into a ``Mobile:``, ``Home phone:`` or ``Best number:`` field:
US and Canadian ``(613) 555-0142``, ``613-555-0142``, ``613.555.0142``, ``6135550142`` (555-01xx fiction
numbers); UK ``07700 900123`` mobiles and ``0161 496 0123`` / ``020 7946 0123`` landlines (the drama
ranges), run together now and then; Irish ``087 555 1234`` mobiles and ``(01) 555 1234`` landlines;
Australian ``0491 570 123`` mobiles and ``(02) 5550 1234`` landlines; NZ ``021 555 1234`` mobiles and
``(09) 555 1234`` landlines; rarely a ``+1``/``+44``/``+353``/``+61``/``+64`` prefix or an extension.
Emails: free-mail and ISP addresses of these countries (``gmail.com``, ``yahoo.com``, ``hotmail.co.uk``,
``outlook.com``, ``icloud.com``, ``btinternet.com``, ``eircom.net``, ``bigpond.com``, ``xtra.co.nz``,
``shaw.ca``) and invented practice and service addresses; rarely typed in capitals or with a typo in the
provider (``gmial.com``).  Web addresses: a social-media profile in a "how can we contact you" or "where
did you hear about us" answer, an invented practice, school, service or trial page, a fundraiser, a
blog, with and without ``https://`` and ``www``; rarely a short link.  SSNs as each country's national
number on an eligibility or payment form (planted as SSN -- a judgement call): US social security
numbers with dashes (most), spaces or none, Canadian SINs, UK National Insurance numbers, Irish PPS
numbers, Australian tax file numbers and NZ IRD numbers; the cue in the carrier (``value`` and the
template are drawn independently, so the cue does not always match the country).  IDs (the cue always
in the carrier, never in the span): medical record and hospital numbers, NHS numbers, Australian
Medicare numbers, NZ NHI numbers, OHIP and other health card numbers, US insurance member and Medicaid
ids, a health-fund membership, a trial participant or screening number, a waiting-list, referral or
complaint reference and an account number.
A title, kin word or possessive ``'s`` next to a name, a field label, an article before a place and a
note after a phone number stay outside the span; a date's own words (``the 14th``, ``Tues 9th``) are
inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and then a
form sits a little oddly in its field, as in a real export.
The carrier lines hold words that must NOT be removed: field labels (``Preferred name:``, ``Relationship
to you:``, ``Best time to call:``), yes/no and tick-box answers, ``n/a``, questionnaire items and scores
(PHQ-9, GAD-7, CORE-10, K10, ``about a 6 out of 10``), drugs and doses (sertraline 50mg, citalopram 20mg,
mirtazapine, quetiapine 25mg, melatonin), clock times (``after 5pm``, ``mornings before 11``), durations
(``about 6 months``, ``2 yrs``), ages under 90 (``my son, 15``), weekdays alone, kin words as common nouns
(my mum, my nan, my partner, the kids) and place-like common words (the surgery, the practice, the
school, uni, the clinic, work, the care home); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

FIRST = ["Kayla", "Shannon", "Brooke", "Megan", "Tyler", "Jordan", "Brody", "Hayden", "Aroha", "Tane", "Kiri",
         "Ngaire", "Mackenzie", "Tegan", "Jarrah", "Kirra", "Bronwyn", "Gavin", "Niall", "Ciara", "Roisin", "Eoin",
         "Padraig", "Grainne", "Deirdre", "Colm", "Maureen", "Doreen", "Beverley", "Glenda", "Raymond", "Kevin",
         "Wayne", "Trevor", "Darren", "Stacey", "Chantelle", "Kyle", "Connor", "Logan", "Brayden", "Madison",
         "Harper", "Aaliyah", "Jasmine", "Mohammed", "Aisha", "Tariq", "Ravi", "Mei", "Hoang", "Sylvie", "Mathieu",
         "Josee", "Gurpreet", "Manpreet", "Lorraine", "Shirley", "Dennis", "Graham", "Nicola", "Leanne", "Kerry",
         "Dylan", "Zoe", "Ella", "Ruby", "Isla", "Mason", "Cooper", "Riley", "Tamsin", "Rhys", "Gareth", "Sinead",
         "Dawn", "Marlene", "Elaine", "Brent", "Cody", "Destiny", "Trinity", "Jaxon", "Harvey", "Freya", "Poppy"]
LAST = ["Pemberton", "Hargreaves", "Ashworth", "Ferguson", "Doyle", "Brennan", "Moloney", "Keane", "Ngata",
        "Parata", "Whitlock", "Carmody", "Hegarty", "Lafleur", "Tremblay", "Gagnon", "Boucher", "Nguyen", "Tran",
        "Patel", "Sandhu", "Ahmed", "Khan", "Henshaw", "Dunmore", "Bramwell", "Fairweather", "Oakley", "Thorne",
        "Radcliffe", "Stubbs", "Pickering", "Lowther", "Marsden", "Kellerman", "Yoder", "Schultz", "Lindgren",
        "Baptiste", "Mensah", "Osei", "Tuilagi", "Sefo", "Hollis", "Burrows", "Cartwright", "Dempsey", "Flanagan",
        "Gorman", "Hutchins", "Jeffries", "Kirkwood", "Lister", "Mowbray", "Nolan", "Prendergast", "Quigley",
        "Rowntree", "Sutcliffe", "Treloar", "Underwood", "Varga", "Walsh", "Yates", "Brady", "Costello", "Delaney"]
MC = ["O'Dwyer", "O'Rourke", "McCreadie", "McGillivray", "O'Shaughnessy", "MacAulay", "McInerney"]
HYPH_FIRST = ["Mary-Kate", "Jean-Luc", "Anne-Marie", "Lee-Ann", "Marie-Eve", "Jo-Anne"]

TOWNS = ["Toowoomba", "Ballarat", "Wollongong", "Geelong", "Bundaberg", "Mildura", "Palmerston North",
         "Whangarei", "Invercargill", "Tauranga", "Timaru", "Masterton", "Swindon", "Doncaster", "Stockport",
         "Wigan", "Basingstoke", "Kettering", "Carlisle", "Truro", "Athlone", "Mullingar", "Tralee", "Navan",
         "Letterkenny", "Ennis", "Sligo", "Red Deer", "Lethbridge", "Kamloops", "Sudbury", "Thunder Bay",
         "Sherbrooke", "Fredericton", "Peterborough", "Dayton", "Akron", "Fort Wayne", "Grand Rapids", "Lubbock",
         "Amarillo", "Macon", "Knoxville", "Syracuse", "Olympia", "Cedar Rapids", "Rochester", "Kingston"]
SUBURBS = ["Parramatta", "Frankston", "Dandenong", "Penrith", "Manukau", "Papakura", "Lower Hutt", "Croydon",
           "Lewisham", "Walthamstow", "Salford", "Tallaght", "Blanchardstown", "Clondalkin", "Swords",
           "Etobicoke", "Mississauga", "Brampton", "Burnaby", "Dartmouth", "Cuyahoga County", "Westchester County",
           "Lancashire", "Wiltshire", "County Kildare", "Co. Meath", "Queens", "the Bronx", "Hamilton East"]
WITH_REGION = ["Navan, Co. Meath", "Kamloops BC", "Geelong, VIC", "Tralee, Co Kerry", "Red Deer, AB",
               "Akron OH", "Truro, Cornwall", "Timaru, South Canterbury", "Bendigo Vic", "Moncton, NB"]
US_TOWNS = [("Dayton", "OH"), ("Akron", "OH"), ("Fort Wayne", "IN"), ("Grand Rapids", "MI"), ("Lubbock", "TX"),
            ("Amarillo", "TX"), ("Macon", "GA"), ("Knoxville", "TN"), ("Syracuse", "NY"), ("Olympia", "WA"),
            ("Cedar Rapids", "IA"), ("Rochester", "NY")]
CA_TOWNS = [("Red Deer", "AB"), ("Lethbridge", "AB"), ("Kamloops", "BC"), ("Sudbury", "ON"), ("Thunder Bay", "ON"),
            ("Sherbrooke", "QC"), ("Fredericton", "NB"), ("Peterborough", "ON"), ("Kingston", "ON")]
UK_TOWNS = [("Swindon", "SN"), ("Doncaster", "DN"), ("Stockport", "SK"), ("Wigan", "WN"), ("Basingstoke", "RG"),
            ("Kettering", "NN"), ("Carlisle", "CA"), ("Truro", "TR")]
IE_TOWNS = [("Navan", "Meath"), ("Athlone", "Westmeath"), ("Mullingar", "Westmeath"), ("Tralee", "Kerry"),
            ("Ennis", "Clare"), ("Sligo", "Sligo"), ("Letterkenny", "Donegal")]
IE_ESTATES = ["Ashgrove", "Beechwood", "Castlefield", "Hazelbrook", "Millrace"]
SAINTS = ["Brigid", "Columba", "Anselm", "Jude", "Kieran"]
FAC_PREFIX = ["Hollybank", "Ridgeway", "Tamarind Park", "Larchmont", "Seacliff", "Westbrook", "Kauri Grove",
              "Ashdown", "Millbrook", "Greystone", "Fernhill", "Lakeview", "Rosemount", "Elmfield", "Harcourt",
              "Bellbird", "Kowhai Park", "Thornbury", "Clearwater", "Maple Ridge"]
FAC_KIND = ["Surgery", "Medical Centre", "Family Practice", "Health Centre", "General Hospital", "Care Home",
            "Nursing Home", "Primary School", "High School", "College", "Community Clinic", "Medical Group",
            "Rest Home", "Counselling Service", "Academy", "Lodge"]
WORKPLACES = ["Kingfisher Foods", "Brightwater Logistics", "Tasman Freight", "Hallett & Sons Joinery",
              "Northgate Print", "Copperleaf Cafe", "Bluegum Childcare", "Pinecrest Auto", "Redwater Plumbing",
              "Summit Fitness", "Castleford Building Supplies", "Lakeside Tyres"]

STREET_NAMES = ["Banksia", "Hawthorn", "Birchmount", "Wattle", "Kowhai", "Ashgrove", "Maple", "Elm", "Rata",
                "Oakdale", "Heather", "Primrose", "Sycamore", "Lindsay", "Station", "Church", "Victoria", "King",
                "Cedar Ridge", "Pine", "Rosebank", "Glenview", "Millfield", "Brookside", "Riverside", "Mountain View"]
SUFFIXES = ["St", "Street", "Rd", "Road", "Ave", "Avenue", "Dr", "Drive", "Cres", "Crescent", "Close", "Court",
            "Place", "Pl", "Lane", "Way", "Grove", "Terrace", "Blvd"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
DAYS3 = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat"]
FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "hotmail.co.uk", "outlook.com",
            "icloud.com", "btinternet.com", "eircom.net", "bigpond.com", "xtra.co.nz", "shaw.ca", "rogers.com",
            "live.ie", "optusnet.com.au", "sky.com", "comcast.net", "aol.com", "yahoo.co.uk", "live.com.au"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _rare(r: random.Random, p: float = 0.08) -> bool:
    return r.random() < p


def _ordinal(d: int) -> str:
    suf = "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suf}"


def _age_words(n: int) -> str:
    if n == 100:
        return "a hundred"
    if n > 100:
        rest = n - 100
        return "a hundred and " + (UNITS[rest] if rest < 10 else "ten")
    t, u = divmod(n, 10)
    return TENS[t] + ("-" + UNITS[u] if u else "")


def _person(r: random.Random) -> str:
    first, last = r.choice(FIRST), r.choice(LAST)
    x = r.random()
    if x < 0.40:
        out = first
    elif x < 0.68:
        out = f"{first} {last}"
    elif x < 0.82:
        out = last
    elif x < 0.91:
        out = r.choice([first.lower(), f"{first} {last}".lower(), f"{first.lower()} {last}"])
    else:
        out = r.choice([f"{first} {last}".upper(), f"{last.upper()}, {first}", f"{first} {r.choice('ABCDEGJLMRS')}. {last}",
                        f"{r.choice(HYPH_FIRST)} {last}", f"{first} {r.choice(MC)}", r.choice(MC),
                        f"{first} {last}-{r.choice(LAST)}"])
    return out


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.32:
        return r.choice(TOWNS)
    if x < 0.52:
        return r.choice(SUBURBS)
    if x < 0.82:
        return f"{r.choice(FAC_PREFIX)} {r.choice(FAC_KIND)}"
    if x < 0.91:
        return r.choice(WORKPLACES)
    return r.choice([r.choice(TOWNS).lower(), r.choice(TOWNS).upper(), r.choice(WITH_REGION),
                     f"St {r.choice(SAINTS)}'s {r.choice(['Hospital', 'Primary', 'College', 'Nursing Home'])}"])


def _street(r: random.Random) -> str:
    return f"{r.randint(1, 240)} {r.choice(STREET_NAMES)} {r.choice(SUFFIXES)}"


def _address(r: random.Random) -> str:
    n = r.randint(2, 199)
    st = f"{r.choice(STREET_NAMES)} {r.choice(SUFFIXES)}"
    L = lambda: r.choice("ABCEGHJKLMNPRSTVXY")  # noqa: E731
    country = r.choice(["US", "CA", "UK", "IE", "AU", "NZ"])
    x = r.random()
    if x < 0.35:
        out = f"{n} {st}"
        if country == "US" and r.random() < 0.4:
            out = f"{r.randint(100, 9899)} {r.choice(['N', 'S', 'E', 'W'])} {st} Apt {r.randint(1, 30)}{r.choice('ABCD')}"
        elif country == "UK" and r.random() < 0.4:
            out = f"Flat {r.randint(1, 12)}, {n} {st}"
        elif country == "AU" and r.random() < 0.4:
            out = f"{r.randint(1, 9)}/{n} {st}"
        elif country == "NZ" and r.random() < 0.3:
            out = f"{n}{r.choice('AB')} {st}"
    elif x < 0.90:
        if country == "US":
            town, state = r.choice(US_TOWNS)
            out = f"{r.randint(100, 9899)} {st}, {town}, {state} {r.randint(10001, 98999)}"
        elif country == "CA":
            town, prov = r.choice(CA_TOWNS)
            out = (f"{n} {st}, {town} {prov} "
                   f"{L()}{r.randint(0, 9)}{L()} {r.randint(0, 9)}{L()}{r.randint(0, 9)}")
        elif country == "UK":
            town, pc = r.choice(UK_TOWNS)
            out = f"{n} {st}, {town} {pc}{r.randint(1, 20)} {r.randint(1, 9)}{L()}{L()}"
        elif country == "IE":
            estate = f"{r.choice(IE_ESTATES)} {r.choice(['Park', 'Lawns', 'Heights', 'Court', 'Avenue'])}"
            town, county = r.choice(IE_TOWNS)
            out = f"{n} {estate}, {town}, Co. {county}"
        elif country == "AU":
            sub, state, pc = r.choice([("Frankston", "VIC", 3199), ("Dandenong", "VIC", 3175), ("Penrith", "NSW", 2750),
                                       ("Parramatta", "NSW", 2150), ("Toowoomba", "QLD", 4350), ("Geelong", "VIC", 3220)])
            out = f"{r.randint(1, 9)}/{n} {st}, {sub} {state} {pc}"
        else:
            sub, city, pc = r.choice([("Papakura", "Auckland", 2110), ("Manukau", "Auckland", 2104),
                                      ("Lower Hutt", "Wellington", 5010), ("Hamilton East", "Hamilton", 3216),
                                      ("Karori", "Wellington", 6012)])
            out = f"{n} {st}, {sub}, {city} {pc}"
        if r.random() < 0.15:
            out = out.lower()
    else:
        out = r.choice([f"{_street(r)}, {r.choice(TOWNS)}".upper(), f"PO Box {r.randint(10, 9999)}, {r.choice(TOWNS)}",
                        f"{r.randint(1, 90)} {r.choice(IE_ESTATES)} Lawns, Navan, Co. Meath "
                        f"C15 {L()}{r.randint(1, 9)}{L()}{r.randint(1, 9)}",
                        f"RR {r.randint(1, 6)}, {r.choice(['Lethbridge', 'Red Deer', 'Kamloops'])}"])
    return out


def _date(r: random.Random) -> str:
    d, m = r.randint(1, 28), r.randint(1, 12)
    y = r.randint(1931, 2011) if r.random() < 0.55 else r.randint(2023, 2026)
    yy = f"{y % 100:02d}"
    month, mon = MONTHS[m - 1], MON3[m - 1]
    if r.random() < 0.45:  # a date of birth or other full date as typed
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{m}/{d}/{yy}", f"{m}/{d}/{y}", f"{d:02d}-{m:02d}-{y}",
                         f"{d} {month} {y}", f"{month} {d}, {y}", f"{_ordinal(d)} {month} {yy}", f"{d} {mon} {y}",
                         f"{d}.{m}.{yy}" if _rare(r, 0.5) else f"{y}-{m:02d}-{d:02d}", f"{month.lower()} {d} {y}",
                         f"{d}/{m}/{yy}"])
    if _rare(r, 0.08):
        return r.choice([f"{mon} {y}", f"Febuary {_ordinal(d)}", f"{month} {y}", f"{d} Sept" if m == 9 else f"{mon}. {d}"])
    return r.choice([f"the {_ordinal(d)}", f"{month} {_ordinal(d)}", f"{d} {month}", f"{month.lower()} {d}",
                     f"{d}/{m}", f"{m}/{d}", f"{r.choice(DAYS3)} {_ordinal(d)}", f"{_ordinal(d)} of {month}",
                     f"{mon} {d}", f"{_ordinal(d)} {mon}", f"{month} {d}", f"{_ordinal(d)}"])


def _age(r: random.Random) -> str:
    n = r.randint(90, 104) if r.random() < 0.9 else r.randint(90, 110)
    x = r.random()
    if x < 0.70:
        return str(n)
    if x < 0.82:
        return f"{n} {r.choice(['yrs', 'years old', 'yrs old', 'years'])}"
    if x < 0.91:
        return f"{n}{r.choice(['yo', 'yrs'])}"
    return _age_words(n) if n <= 110 else str(n)


def _phone(r: random.Random) -> str:
    tail = f"{r.randint(0, 99):02d}"
    c = r.choice(["NA", "NA", "UK", "UK", "IE", "AU", "NZ"])
    if c == "NA":
        a = r.choice(["613", "416", "604", "403", "902", "216", "937", "614", "512", "313", "315", "206", "865"])
        out = r.choice([f"({a}) 555-01{tail}", f"{a}-555-01{tail}", f"{a}-555-01{tail}", f"{a}.555.01{tail}",
                        f"{a} 555 01{tail}", f"{a}55501{tail}"])
        if _rare(r):
            out = r.choice([f"+1 {a} 555 01{tail}", f"1-{a}-555-01{tail}", f"555-01{tail}", f"{a}-555-01{tail} ext {r.randint(10, 450)}"])
    elif c == "UK":
        n3 = f"{r.randint(0, 999):03d}"
        out = r.choice([f"07700 900{n3}", f"07700900{n3}", f"0161 496 0{n3}", f"020 7946 0{n3}", f"0113 496 0{n3}",
                        f"0117 496 0{n3}", f"07700 900 {n3}"])
        if _rare(r):
            out = f"+44 7700 900{n3}"
    elif c == "IE":
        out = r.choice([f"08{r.choice('3567')} {r.randint(100, 999)} {r.randint(1000, 9999)}",
                        f"08{r.choice('3567')}{r.randint(1000000, 9999999)}", f"(01) 555 {r.randint(1000, 9999)}",
                        f"(021) 555 {r.randint(1000, 9999)}"])
        if _rare(r):
            out = f"+353 8{r.choice('3567')} {r.randint(100, 999)} {r.randint(1000, 9999)}"
    elif c == "AU":
        n3 = f"{r.randint(0, 999):03d}"
        out = r.choice([f"0491 570 {n3}", f"0491570{n3}", f"(02) 5550 {r.randint(1000, 9999)}",
                        f"(03) 5550 {r.randint(1000, 9999)}", f"07 5550 {r.randint(1000, 9999)}"])
        if _rare(r):
            out = f"+61 491 570 {n3}"
    else:
        out = r.choice([f"021 555 {r.randint(1000, 9999)}", f"027 555 {r.randint(100, 999)}",
                        f"022 {r.randint(100, 999)} {r.randint(1000, 9999)}", f"(09) 555 {r.randint(1000, 9999)}",
                        f"(04) 555 {r.randint(1000, 9999)}", f"021555{r.randint(1000, 9999)}"])
        if _rare(r):
            out = f"+64 21 555 {r.randint(1000, 9999)}"
    return out


def _email(r: random.Random) -> str:
    first, last = r.choice(FIRST).lower(), r.choice(LAST).lower()
    x = r.random()
    if x < 0.82:
        local = r.choice([f"{first}.{last}", f"{first}{last}", f"{first}{r.randint(1, 99)}", f"{first[0]}{last}",
                          f"{first}_{last}{r.randint(70, 99)}", f"{last}.{first[0]}", f"{first}.{last}{r.randint(1, 9)}",
                          f"{r.choice(['mumof3', 'bluewren', 'kiwigal', 'tassiedevil', 'nanabev', 'lfc4ever', 'hockeymom'])}{r.randint(1, 99)}"])
        out = f"{local}@{r.choice(FREEMAIL)}"
    elif x < 0.93:
        box = r.choice(["reception", "admin", "referrals", "info", "enquiries", "intake"])
        domain = r.choice(["medical.co.nz", "surgery.co.uk", "health.com.au", "clinic.ca", "practice.ie", "care.org"])
        out = f"{box}@{r.choice(FAC_PREFIX).lower().replace(' ', '')}{domain}"
    else:
        out = r.choice([f"{first}.{last}@{r.choice(FREEMAIL)}".upper(), f"{first.capitalize()}.{last.capitalize()}@{r.choice(FREEMAIL)}",
                        f"{first}{last}@{r.choice(['gmial.com', 'hotmial.com', 'gmail.con', 'yahoo.co'])}"])
    return out


def _url(r: random.Random) -> str:
    first, last = r.choice(FIRST).lower(), r.choice(LAST).lower()
    prac = r.choice(FAC_PREFIX).lower().replace(" ", "")
    x = r.random()
    if x < 0.30:
        out = r.choice([f"facebook.com/{first}.{last}.{r.randint(1, 99)}", f"www.facebook.com/{first}{last}",
                        f"instagram.com/{first}_{last}", f"www.instagram.com/{first}.{r.choice(['paints', 'runs', 'bakes', 'makes'])}",
                        f"linkedin.com/in/{first}-{last}-{r.randint(100, 999)}", f"https://www.tiktok.com/@{first}{last}"])
    elif x < 0.62:
        out = r.choice([f"www.{prac}medical.co.nz", f"https://{prac}surgery.co.uk/self-referral", f"{prac}health.com.au/contact",
                        f"https://www.{prac}clinic.ca/forms/intake", f"www.{prac}practice.ie", f"{prac}school.org/wellbeing",
                        f"https://{prac}counselling.co.nz/waitlist"])
    elif x < 0.78:
        out = r.choice([f"https://www.gofundme.com/f/{r.choice(['help-for', 'support', 'get-well'])}-{first}-{last}",
                        f"givealittle.co.nz/cause/{first}s-recovery", f"{first}{last}.wordpress.com",
                        f"https://{first}writes.blogspot.com"])
    elif x < 0.93:
        out = r.choice([f"https://{r.choice(['stillwater', 'horizon', 'lumen', 'clearpath'])}trial.org/screening",
                        f"www.{r.choice(['calmpath', 'mindfulmums', 'hearthwork'])}.org.au/resources",
                        f"https://forms.{prac}health.com/feedback"])
    else:
        out = r.choice([f"bit.ly/{r.choice(['3x', '4k', '2Q'])}{r.randint(1000, 9999)}{r.choice(['Qa', 'Zt', 'mW'])}",
                        f"HTTPS://WWW.{prac.upper()}MEDICAL.CO.NZ", f"youtube.com/@{first}{last}"])
    return out


def _ssn(r: random.Random) -> str:
    c = r.choice(["US", "US", "US", "CA", "UK", "IE", "AU", "NZ"])
    if c == "US":
        a, b, s = r.randint(101, 665), r.randint(10, 99), r.randint(1000, 9999)
        out = f"{a}-{b}-{s}"
        if _rare(r, 0.2):
            out = r.choice([f"{a} {b} {s}", f"{a}{b}{s}"])
    elif c == "CA":
        a, b, s = r.randint(100, 899), r.randint(100, 999), r.randint(100, 999)
        out = r.choice([f"{a} {b} {s}", f"{a}-{b}-{s}", f"{a}{b}{s}"])
    elif c == "UK":
        p = r.choice(["QQ", "AB", "JK", "NP", "SR", "TM"])
        n = f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
        out = r.choice([f"{p} {n} {r.choice('ABCD')}", f"{p}{n.replace(' ', '')}{r.choice('ABCD')}",
                        f"{p.lower()}{n.replace(' ', '')}{r.choice('abcd')}"])
    elif c == "IE":
        out = f"{r.randint(1000000, 9999999)}{r.choice('ABCDEFHKLPRTW')}{r.choice(['', '', 'A', 'W'])}"
    elif c == "AU":
        out = r.choice([f"{r.randint(100, 899)} {r.randint(100, 999)} {r.randint(100, 999)}", f"{r.randint(100000000, 899999999)}"])
    else:
        out = r.choice([f"0{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(100, 999)}",
                        f"{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(100, 999)}",
                        f"0{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"])
    return out


def _id(r: random.Random) -> str:
    L = lambda: r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")  # noqa: E731
    k = r.choice(["mrn", "nhs", "medicare", "nhi", "ohip", "member", "medicaid", "fund", "trial", "ref", "acct"])
    if k == "mrn":
        out = r.choice([f"{r.randint(100000, 9999999)}", f"{r.randint(10, 99)}-{r.randint(100, 999)}-{r.randint(100, 999)}",
                        f"H{r.randint(100000, 999999)}", f"{r.randint(1000000, 9999999):08d}"])
    elif k == "nhs":
        out = r.choice([f"{r.randint(400, 999)} {r.randint(100, 999)} {r.randint(1000, 9999)}",
                        f"{r.randint(400, 999)}{r.randint(100, 999)}{r.randint(1000, 9999)}"])
    elif k == "medicare":
        out = r.choice([f"{r.randint(2000, 6999)} {r.randint(10000, 99999)} {r.randint(1, 9)}",
                        f"{r.randint(2000, 6999)}{r.randint(10000, 99999)}{r.randint(1, 9)}",
                        f"{r.randint(2000, 6999)} {r.randint(10000, 99999)} {r.randint(1, 9)} / {r.randint(1, 5)}"])
    elif k == "nhi":
        out = f"{L()}{L()}{L()}{r.randint(1000, 9999)}" if r.random() < 0.8 else f"{L()}{L()}{L()}{r.randint(10, 99)}{L()}{L()}"
        if _rare(r, 0.2):
            out = out.lower()
    elif k == "ohip":
        out = r.choice([f"{r.randint(1000, 9999)}-{r.randint(100, 999)}-{r.randint(100, 999)}-{L()}{L()}",
                        f"{r.randint(1000, 9999)} {r.randint(100, 999)} {r.randint(100, 999)} {L()}{L()}",
                        f"{r.randint(1000000000, 9999999999)}"])
    elif k == "member":
        out = r.choice([f"{L()}{L()}{L()}{r.randint(100000000, 999999999)}", f"W{r.randint(100000000, 999999999)}",
                        f"{r.randint(100000000, 999999999)}-0{r.randint(1, 4)}", f"{L()}{r.randint(10000000, 99999999)}"])
    elif k == "medicaid":
        out = r.choice([f"{L()}{L()}{r.randint(10000, 99999)}{L()}", f"{r.randint(10000000, 99999999)}{L()}"])
    elif k == "fund":
        out = f"{r.randint(10000000, 99999999)}"
    elif k == "trial":
        out = r.choice([f"{r.choice(['PSI', 'STW', 'HZN', 'KET'])}-{r.randint(1, 20):03d}-{r.randint(1, 400):04d}",
                        f"P{r.randint(1, 999):04d}", f"SCR-{r.randint(100, 999)}", f"{r.randint(1, 12):02d}-{r.randint(100, 999)}"])
    elif k == "ref":
        out = r.choice([f"WL-{r.randint(10000, 99999)}", f"REF{r.randint(100000, 999999)}", f"CMP/{r.randint(2023, 2026)}/{r.randint(100, 9999)}",
                        f"SR-{r.randint(1000, 9999)}-{L()}{L()}"])
    else:
        out = r.choice([f"{r.randint(10000000, 99999999)}", f"AC-{r.randint(100000, 999999)}", f"{r.randint(1000, 9999)} {r.randint(1000, 9999)}"])
    return out


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "Preferred name: {}",
        "First name: {}",
        "Full name: {}",
        "Name of person completing this form: {}",
        "Emergency contact name: {}",
        "Emergency contact: my sister {} (same number as me)",
        "Next of kin: {}, husband",
        "Name of GP: Dr {}",
        "GP / family doctor: Dr {} at the practice down the road",
        "Who referred you to us?\nmy counsellor at uni, {}",
        "Who lives with you at home? me, my partner {} and the two kids",
        "Relationship to the young person: mum. Your name: {}",
        "Name of the person you care for: {}",
        "Is there anyone you do NOT want us to contact? yes, my ex {}",
        "Please tell us who supports you: mostly my best friend {} and my mam",
        "Parent/guardian name, {}",
        "emergency_contact_name, {}",
        "Name of school contact (if any): Mrs {}, year 9 pastoral lead",
        "Anything else you want us to know?\nI'd prefer to see a female therapist, last time I saw {} and it didn't work out",
        "What name would you like us to use in sessions? {} pls",
        "Signature (type your full name): {}",
        "Consent given by: {}",
        "If you were referred by a professional, their name: Ms {}",
        "Who can we leave a message with? {}'s mum is fine",
        "Feedback: {} on reception was really kind when I rang in a state",
        "Previous therapist (if any): {} - about 6 months, CBT",
        "Psychiatrist name (if applicable): Dr {}",
        "Carer's name, {}",
        "Name changed? New name: {}",
    ],
    "LOCATION": [
        "Town/City: {}",
        "Suburb: {}",
        "Where do you live (town or area)? {}",
        "Place of birth: {}",
        "GP practice name: {}",
        "Name of your GP surgery / medical centre: {}",
        "School or college attended: {}",
        "Current school: {} (year 10)",
        "Employer: {}",
        "Where do you work? I do nights at {}, 4 on 4 off",
        "Care home / residential setting (if applicable): {}",
        "Hospital where you were last admitted: {}",
        "Which clinic would you prefer to attend? {} if possible, it's closer",
        "County / borough: {}",
        "Have you moved recently? yes, we moved from {} about 2 yrs ago",
        "Any other services involved? the community team at {}",
        "Where did you hear about us?\na poster at {}",
        "location_preference, {}",
        "Preferred site for appointments - {}",
        "My mum is in {} now and I visit most days",
        "Which branch did you visit? {}",
        "Area you are willing to travel to: anywhere near {}",
        "Referring organisation: {}",
        "Where were you when the incident happened? at {}",
        "Previous address area (if moved in last 12 months): {}",
        "I grew up in {} and only came here for work",
        "Name of the nursing or care home: {}",
    ],
    "ADDRESS": [
        "Address: {}",
        "Home address: {}",
        "Address line 1: {}",
        "Street address: {}",
        "Postal address (if different): {}",
        "Current address: {}",
        "New address: {}",
        "Previous address: {}",
        "Address of the person you care for: {}",
        "Emergency contact address: {}",
        "GP practice address: {}",
        "address, {}",
        "home_address, {}",
        "Please confirm your address below\n{}",
        "Has your address changed since you joined the waiting list? yes - now at {}",
        "Where should we post your appointment letters? {} pls not my work",
        "Safe address for letters: {}",
        "Address (number and street): {}",
        "Residential address: {}",
        "What is your address? {}",
        "Where are you staying at the moment? at my nan's, {}",
        "Address where the young person lives most of the time: {}",
        "Mailing address: {}",
        "Address for correspondence - {}",
        "If we visit you at home, which address? {} (side door, dog is friendly)",
        "Billing address: {}",
    ],
    "DATE": [
        "Date of birth: {}",
        "DOB: {}",
        "dob {}",
        "Date of birth (DD/MM/YYYY): {}",
        "Child's date of birth: {}",
        "Date of birth of the person you care for: {}",
        "Today's date: {}",
        "Date: {}",
        "Date form completed, {}",
        "date_of_birth, {}",
        "When did you last see your GP? {}",
        "Date of last appointment: {}",
        "When did the problems start? around {}, after the funeral",
        "Date of incident: {}",
        "Preferred start date: {}",
        "Are there any dates you can't attend? away {} for a wedding",
        "Date of discharge from hospital (if applicable): {}",
        "When did you first join the waiting list? {}",
        "Date you moved to your new address: {}",
        "Date of consent: {}",
        "Signed and dated: {}",
        "Is your appointment still suitable? no, can we move it to {} pls",
        "When was your last dose change? {} - up to 100mg",
        "Date of screening visit: {}",
        "Anniversary dates that are hard for you: {} (my dad's)",
        "Due date (if pregnant): {}",
        "Next review date: {}",
    ],
    "AGE": [
        "Age: {}",
        "Age of the person you care for: {}",
        "Age (years): {}",
        "How old is the person you are worried about? {}",
        "My nan is {} and lives on her own",
        "Who else lives in the home? my grandad, he's {}",
        "Relative's age: {}",
        "age, {}",
        "Please describe your caring role: I look after my mum who is {} and has dementia",
        "Dad turned {} this year and I'm his main carer",
        "Age at last birthday: {}",
        "patient_age, {}",
        "Age of next of kin: {}",
        "My grandmother passed away at {} in the spring",
        "Is there anything else about your situation? caring for my aunt, {}, most evenings",
        "Age of client: {}",
        "Current age: {}",
        "My great-gran is {} but still sharp as anything",
        "Age of the resident: {}",
        "How old was your relative when they moved into care? {}",
        "Any older relatives you support? yes, Grandpa, {}",
        "Age of person being referred - {}",
        "She's {}, still insists on doing her own shopping",
        "he is {} now and needs help with everything",
        "Age (if over 18 no need to give DOB): {}",
    ],
    "PHONE": [
        "Mobile: {}",
        "Mob: {}",
        "Phone: {}",
        "Home phone: {}",
        "Best number to reach you: {}",
        "Work phone: {} (please don't leave a message)",
        "Contact number: {}",
        "Emergency contact phone: {}",
        "ph {}",
        "Alternative number: {}",
        "Phone number of GP practice: {}",
        "Can we leave a voicemail on this number? {} yes that's fine",
        "mobile_number, {}",
        "phone, {}",
        "Best number and time to call: {} after 5pm",
        "Parent/guardian phone: {}",
        "New phone number: {}",
        "Landline (if any): {}",
        "What number should we text reminders to? {}",
        "Telephone: {}",
        "Next of kin contact number: {}",
        "Can we call you? yes on {}, mornings before 11",
        "Daytime phone: {}",
        "Carer's mobile: {}",
        "Phone (text only pls): {}",
        "Please confirm the best number for the research team: {}",
    ],
    "EMAIL": [
        "Email: {}",
        "Email address: {}",
        "E-mail: {}",
        "email {}",
        "Preferred email for appointment letters: {}",
        "Can we email you? yes, {}",
        "Parent/guardian email: {}",
        "Emergency contact email: {}",
        "email_address, {}",
        "email, {}",
        "New email address: {}",
        "Work email (only if you're happy for us to use it): {}",
        "GP practice email (if known): {}",
        "Email to send the questionnaire link to: {}",
        "Confirm email: {}",
        "How would you like us to contact you? email pls - {}",
        "Please send a copy of my feedback to {}",
        "Contact email for the person completing this form: {}",
        "Is there a safe email we can use? {} - only I have access",
        "Which email did you use when you registered? {}",
        "Secondary email: {}",
        "Email of referrer: {}",
        "Please reply to {} rather than my old one",
        "Carer's email: {}",
        "email for the study newsletter: {}",
    ],
    "URL": [
        "Website: {}",
        "Where did you hear about us? saw it shared on {}",
        "Link to your online profile (optional): {}",
        "How can we find you online (for the peer group)? {}",
        "Referral page used: {}",
        "Web address of your previous service: {}",
        "Please paste the link here: {}",
        "url, {}",
        "website, {}",
        "Source, {}",
        "If you found us online, which page? {}",
        "Anything you want us to read beforehand? my blog - {}",
        "Where did you see the study advertised? {}",
        "Link to the school's wellbeing page: {}",
        "Practice website: {}",
        "Feedback: the form at {} kept timing out on my phone",
        "We are fundraising for my dad's care: {}",
        "My art is here if you're curious {}",
        "Social media (optional): {}",
        "Any other links? {}",
        "I found the self-referral form at {}",
        "Page where you booked: {}",
        "Support group I'm already in: {}",
        "How did you find out about the trial? {} via a friend",
        "Personal website / portfolio: {}",
    ],
    "SSN": [
        "Social Security Number: {}",
        "SSN: {}",
        "SSN (last 4 optional but full number needed for billing): {}",
        "Social insurance number (SIN): {}",
        "SIN: {}",
        "National Insurance number: {}",
        "NI number: {}",
        "NI no. {}",
        "PPS number: {}",
        "PPSN: {}",
        "Tax file number (for the participant payment): {}",
        "TFN: {}",
        "IRD number: {}",
        "IRD no (for the voucher payment): {}",
        "ssn, {}",
        "national_insurance_no, {}",
        "Please provide your national number for payment: {}",
        "Social security # {}",
        "Participant payments need your tax number: {}",
        "Social Security number of the person you care for: {}",
        "SIN (required for the honorarium): {}",
        "My NI is {} if that's what you need",
        "Spouse's SSN (for the family plan): {}",
        "National ID / social security number - {}",
        "PPS no of the child: {}",
    ],
    "ID": [
        "NHS number: {}",
        "NHS no: {}",
        "Medical record number (MRN): {}",
        "Hospital number (if known): {}",
        "Medicare number: {}",
        "Medicare card no. {}",
        "NHI number: {}",
        "NHI: {}",
        "Health card number (OHIP): {}",
        "Health card #: {}",
        "Insurance member ID: {}",
        "Member ID: {}",
        "Medicaid ID: {}",
        "Health fund membership number: {}",
        "Participant ID: {}",
        "Screening number: {}",
        "Waiting list reference: {}",
        "Referral reference number: {}",
        "Complaint reference (if you have one): {}",
        "Account number: {}",
        "nhs_number, {}",
        "participant_id, {}",
        "Policy number: {}",
        "Please quote your reference when you call: {}",
        "Client number (on your appointment letter): {}",
        "Patient ID, {}",
        "Your study ID is on the consent sheet: {}",
    ],
}
