"""A thirty-fourth SYNTHETIC transcript set for benchmarks/deid.py: the thirty-third held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real cities, towns, suburbs and counties of the US, Canada, the UK, Ireland, Australia and
New Zealand are used as places only, never with a person; every GP practice, surgery, medical centre,
counselling and Talking Therapies service, school, college, church, club, clinic and trial name is
made up).  Written on 2026-12-07 by an engineer who had NOT seen the de-identifier's rules, its docs
page, its tests or the contents of the earlier sets (only benchmarks/deid.py, for how a set is
plugged in and scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout31.py their
docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of deid_heldout19.py, for the
format), in one go, before any run; no rule and no line of this file was changed after its first
run.  It was first run on the fifteenth round's rules (main at commit dbc7e4e) and measures how the
rules do on text they were not written for; it stays a blind set until a later round makes it a
development set.

Style: ORDINARY FORMS AND FREE-TEXT ANSWERS that clients and families type into a service's web
forms and questionnaires, as a psychotherapy study ingests them: self-referral and intake forms
(``Tell us a bit about why you are getting in touch``), pre-session questionnaires, a trial's
screening and eligibility answers, feedback and complaint forms, an emergency-contact section, a
GP/doctor section, open answers in an outcome survey, a parent's form for a young person and a
waiting-list check-in.  Exported as ``Field label: answer`` lines or as a question followed by the
answer on the next line (the benchmark's generator writes every turn as ``Therapist:``/``Client:``, so
a field or a question and its answer sit inside the ``Client:`` turn).  The labels are tidy; the
answers are typed the way ordinary people type into a form: some in lower case or in capitals,
abbreviations (``mob``, ``ph``, ``approx``, ``pls``, ``n/a``, ``tbc``), missing punctuation and now and
then a typo.  Writers from the US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``,
``mom``, ``mam``, ``nan``, ``the surgery``, ``the practice``, ``uni``, ``arvo``).
Identifier forms: MOSTLY ordinary identifiers as people fill them in, with a minority of harder
forms, chosen to differ from the earlier docstrings' lists where possible: a first name alone in a
``Name:``, ``Preferred name:`` or ``Emergency contact:`` answer (by far the most common form, ``my mum
Linda``), a full name in a name field, a surname after ``Dr``/``Mrs``/``Mr`` in a GP or school field
(the title in the carrier), a possessive ``'s`` in the carrier, a short or long form of a first name
(``Maddie``, ``Zachary``), and as harder forms a full name typed
in capitals as forms ask (``JESSICA HARDING``), a full name in lower case, a first, middle and last
name in full, ``SURNAME, Firstname``, a previous (maiden) surname alone in its own field, a
hyphenated surname, a first name with a bare surname initial (``Jess H``), a typed e-signature after ``/s/`` (the ``/s/`` in the carrier) and a relation in
brackets after the name (``Linda (mum)``, the brackets in the carrier).  Places: the town, city or
suburb field (``Suburb: Mount Eden``, ``Town: Dundalk``), a place of birth, a suburb with its city
(``Ponsonby, Auckland``), a town with its county, state or province abbreviation after it inside the
span (``Ballincollig, Co. Cork``, ``Nanaimo, BC``), multi-word towns (``Wagga Wagga``, ``Newton
Abbot``, ``Mount Maunganui``), a town typed in lower case or in capitals, made-up GP practices,
surgeries, medical centres, schools, colleges, counselling services and churches, and a saint's-name
school or parish (``St Aidan's College``).  Addresses as forms
get them: a street line (``14 Rowan St``), a line with its town and postcode or ZIP joined by commas,
an address typed all in capitals or all in lower case, a US line with a directional and ``Apt``/``#``,
a Canadian ``Unit 5, 220 ...`` line with its postal code, a UK house name with its lane (``The Old
Forge, Church Lane``) and a ``Flat 2`` line with a postcode, an Irish estate with its town and an
Eircode, an Australian unit line with suburb, state and postcode and a rural ``RMB`` roadside mail
box number, a NZ line with its suburb and postcode, and a street name alone now and then.  Dates:
birth dates typed into a DOB field (``03/04/1987``, ``3/4/87``, ``03-04-1987``, ``3.4.87``, ``1987-04-03``,
``3 April 1987``, ``April 3, 1987``, ``3rd April 87``, ``03-Apr-1987``, the run-together ``03041987``
and the spaced-out ``03 / 04 / 1987`` of a form with slashes pre-printed), appointment and event dates
(``Thurs 14th``, ``the 14th``, ``14th``, ``14/3``, ``3/14``, ``March 14``, ``14 March``, ``14th of
March``, ``march 14th`` lower case, ``Sept 9th``, ``9 Sept``), a month and year (``Feb 2024``, ``since
Jan '24``: a month is a date element more specific than the year, so it is planted as a date) and a
misspelt month now and then (``Febuary 3rd``); a weekday with a day of the month has no year to agree
with.  Ages over 89 (90-110) of the person a carer looks after or of a grandparent: digits (the
usual form), ``94 yrs``, ``94yo`` and ``94 years old`` with the unit inside the span now and then,
``ninety-four``, ``ninety four``, ``a hundred`` and ``a hundred and two``, in an ``Age:`` field or a
free-text answer.  Phones, a ``Best number:``, ``Mobile:``, ``Home phone:`` or ``Work:`` answer: US
and Canadian ``555-01xx`` fiction numbers with brackets, dashes, dots, spaces, seven digits, a ``+1``
or a leading ``1-``, UK drama-range mobiles and landlines typed with and without spaces, and with
``+44 (0)`` and its bracketed zero, Irish mobiles and landlines, Australian ``0491 570 xxx`` mobiles
(also with ``+61 (0)``) and ``(03) 5550 xxxx`` landlines, NZ ``021``/``027`` mobiles and ``(09)``
landlines, ``ext``/``x`` extensions now and then, the ``(text only)``/``after 5pm`` notes in the
carrier.  Emails: free-mail and ISP addresses of these countries, invented practice and service
addresses, an address typed all in capitals or with a capital first letter, and an address with a
typo in its provider now and then (``gmial.com``, ``hotmial.co.uk``, ``gmail.con``: still the
person's address, so still an identifier).  URLs: a social-media profile or a link-in-bio page
given in a "how can we find you" or "where did you hear about us" answer, a fundraiser, a school or
practice page, a self-referral form page, an online form and a short link, a video, a blog, a TikTok
page and a church youth group page, with
and without ``https://`` and ``www``.  SSNs, as each country's national number on an eligibility or
payment form (planted as SSN -- a judgement call): US social security numbers with dashes, spaces or
none, Canadian SINs, UK National Insurance numbers (spaced, run together, lower case), Irish PPS
numbers, Australian tax file numbers and NZ IRD numbers.  IDs (the cue always in the carrier, never
in the span): NHS and CHI numbers, Australian Medicare numbers with the reference digit, a
Centrelink customer reference number, an NDIS number, a DVA file number, NZ NHIs in the old and the
new layout, OHIP, BC PHN and Alberta health numbers, a GMS medical card number, a US insurance member
id and a Medicaid id, a private health-fund membership, an MRN, a school pupil number, a
self-referral, waiting-list or complaint reference, and a trial's screening number.
A title, kin word, relation in brackets, e-signature mark or possessive ``'s`` next to a name, a
field label, an article before a place and a note after a phone number stay outside the span; a
date's own words (``the 14th``, ``Thurs 14th``) are inside it.  ``value`` and the template are drawn
independently (deid.py's design), so now and then a form sits a little oddly in its field, as in a
real export.
The carrier lines hold words that must NOT be removed: field labels (``Preferred name:``, ``Best
number:``, ``Relationship to you:``), yes/no and tick-box answers, ``n/a``, ``tbc``, questionnaire
items and scores (PHQ-9, GAD-7, CORE-10, K10, SDQ, ``a 7 out of 10``), drugs and doses (sertraline
50mg, fluoxetine 20mg, propranolol, quetiapine 25mg, melatonin), clock times (``after 5pm``, ``9-12``),
durations (``3 months``, ``2 yrs``), ages under 90 (``my son, 14``), weekdays alone, agencies and
schemes (Medicare, Centrelink, NDIS, ACC, the NHS, Talking Therapies, CAMHS), kin words as common
nouns (my mum, my nan, my partner, the kids) and place-like common words (the surgery, the practice,
the school, uni, the clinic, the ward, work).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# -- invented pools (names from everyday families of these six countries; none reused from deid.py) --
FIRSTS = ["Jess", "Linda", "Kayla", "Brendan", "Niamh", "Aoife", "Tane", "Aroha", "Mere", "Liam", "Chloe",
          "Harriet", "Callum", "Declan", "Shannon", "Brooke", "Tayla", "Jaxon", "Hamish", "Ruairi", "Orla",
          "Grainne", "Darragh", "Mikaela", "Connor", "Rhys", "Bethany", "Tanya", "Dale", "Sharon", "Wayne",
          "Trent", "Kirsty", "Nicola", "Gareth", "Sinead", "Padraig", "Madison", "Tyler", "Brianna", "Logan",
          "Dakota", "Marcus", "Keisha", "Andre", "Colleen", "Gordon", "Maureen", "Rangi", "Anahera", "Wiremu",
          "Mackenzie", "Riley", "Jordan", "Sophie", "Ella", "Isla", "Ruby", "Mason", "Cooper", "Lily", "Evie",
          "Nathan", "Josh", "Kerry", "Deirdre", "Eoin", "Fiona", "Ailsa", "Euan", "Morag", "Bronwyn", "Shane",
          "Kylie", "Travis", "Leanne", "Carly", "Janine", "Priti", "Harjit", "Simran", "Olu", "Tomas", "Mei",
          "Ngaire", "Lorraine", "Yvonne", "Heather", "Gwen", "Reuben", "Zac", "Kenji"]
MIDDLES = ["Anne", "Marie", "Louise", "James", "Michael", "Rose", "Patrick", "Jane", "Lee", "Grace", "Thomas"]
LASTS = ["Harding", "Doyle", "Quinn", "McCarthy", "O'Sullivan", "Brennan", "Walsh", "Kerrigan", "Tipene",
         "Ngata", "Paewai", "Fletcher", "Pritchard", "Baxter", "Greenwood", "Whitfield", "Ashworth", "Sutcliffe",
         "Bramley", "Henshaw", "Toohey", "McAllister", "Reardon", "Donnelly", "Cusack", "Flanagan", "Lennox",
         "Parekh", "Sandhu", "Dhillon", "Chowdhury", "Adeyemi", "Mensah", "Tran", "Nguyen", "Wong", "Liang",
         "Kowalski", "Novak", "Dubois", "Tremblay", "Gagnon", "Bouchard", "MacLeod", "MacKinnon", "Fraser",
         "Henderson", "Crawley", "Pemberton", "Eastwood", "Marsh", "Tully", "Hennessy", "Carmody", "Stack",
         "Jovanovic", "Petersen", "Sorensen", "Delaney", "Rafferty", "Moorcroft", "Birch", "Coomber", "Daley"]
SHORT = {"Jess": "Jessica", "Callum": "Cal", "Bethany": "Beth", "Nicola": "Nic", "Kirsty": "Kirst",
         "Madison": "Maddie", "Mackenzie": "Kenzie", "Josh": "Joshua", "Zac": "Zachary", "Gareth": "Gaz",
         "Brianna": "Bri", "Maureen": "Mo", "Bronwyn": "Bron", "Nathan": "Nate", "Harriet": "Hattie"}

TOWNS = ["Olympia", "Bend", "Redding", "Muncie", "Dubuque", "Billings", "Ithaca", "Lafayette", "Fort Collins",
         "Kenosha", "Sarasota", "Joplin", "Moncton", "Kamloops", "Peterborough", "Sudbury", "Red Deer", "Nanaimo",
         "Brandon", "Guelph", "Stockport", "Wigan", "Harrogate", "Dundee", "Swansea", "Lowestoft", "Carlisle",
         "Ipswich", "Bangor", "Dundalk", "Navan", "Castlebar", "Killarney", "Letterkenny", "Clonmel", "Drogheda",
         "Ballina", "Toowoomba", "Geelong", "Wollongong", "Bunbury", "Mildura", "Townsville", "Launceston",
         "Rotorua", "Nelson", "Timaru", "Hastings", "Tauranga", "Invercargill", "Masterton", "Gisborne",
         "Wagga Wagga", "Newton Abbot", "Mount Maunganui", "Port Augusta", "Grand Rapids", "Prince George",
         "Castle Douglas", "Bowling Green", "Medicine Hat", "Port Talbot", "Carrick-on-Shannon"]
SUBURBS = [("Mount Eden", "Auckland"), ("Ponsonby", "Auckland"), ("Karori", "Wellington"),
           ("Riccarton", "Christchurch"), ("Glenelg", "Adelaide"), ("Coburg", "Melbourne"),
           ("Indooroopilly", "Brisbane"), ("Marrickville", "Sydney"), ("Fremantle", "Perth"),
           ("Chorlton", "Manchester"), ("Jesmond", "Newcastle"), ("Roath", "Cardiff"), ("Drumcondra", "Dublin"),
           ("Ballincollig", "Cork"), ("Salthill", "Galway"), ("Kitsilano", "Vancouver"),
           ("Westboro", "Ottawa"), ("Ballard", "Seattle"), ("Germantown", "Philadelphia"),
           ("Hyde Park", "Leeds")]
WITH_AREA = ["Ballincollig, Co. Cork", "Tullow, Co. Carlow", "Ennistymon, Co Clare", "Nanaimo, BC",
             "Truro, NS", "Kenora, ON", "Whitby, N Yorks", "Ludlow, Shropshire", "Bunbury WA", "Mildura, Vic",
             "Dubuque, IA", "Bend, OR", "Timaru, South Canterbury", "Ashburton, Mid Canterbury"]
FAC_NAME = ["Larchmere", "Hollybrook", "Fernleigh", "Rowanlea", "Alderbrook", "Kestrel Rise", "Brackenhurst",
            "Tuiwai", "Maplecroft", "Silverbirch", "Glenhollow", "Ashcombe", "Kowhai Grove", "Bluegum Hill",
            "Cedarvale", "Whinmoor", "Copperbeech", "Harbourlight"]
FAC_KIND = ["Surgery", "Medical Centre", "Family Practice", "Health Centre", "Medical Practice",
            "Counselling Service", "Talking Therapies", "Primary School", "High School", "Community College",
            "Wellbeing Hub", "Family Medicine", "Community Church", "Youth Service", "Psychology Clinic"]
STREETS = ["Rowan", "Kingfisher", "Larkspur", "Thistle", "Heron", "Banksia", "Wattle", "Grevillea", "Pohutukawa",
           "Rimu", "Tui", "Sycamore", "Dogwood", "Chestnut", "Maple", "Hawthorn", "Foxglove", "Blackthorn",
           "Sorrel", "Mulberry", "Poplar", "Elderberry", "Millbrook", "Quarry Hill", "Station", "Orchard"]
US_SUF = ["St", "Ave", "Rd", "Dr", "Blvd", "Ln", "Ct", "Street", "Avenue"]
UK_SUF = ["Road", "Close", "Lane", "Crescent", "Grove", "Way", "Gardens", "Rd", "Cl", "Terrace"]
AU_SUF = ["St", "Street", "Rd", "Cres", "Pde", "Ave", "Ct", "Pl"]
NZ_SUF = ["Street", "Road", "Place", "Terrace", "Crescent", "Ave"]
IE_EST = ["Ashgrove Park", "Hazelwood Drive", "The Maltings", "Castle View", "Oakfield Lawns", "Riverside Court",
          "Cluain Ard", "Ard na Mara", "Beechwood Avenue"]
HOUSE_NAMES = ["The Old Forge", "Rose Cottage", "Ivy House", "Hillcrest", "The Barn", "Primrose Cottage",
               "2 Mill Cottages", "Orchard View"]
LANES = ["Church Lane", "Mill Lane", "Back Lane", "Chapel Road", "Green Lane", "School Lane"]
UK_PC = ["SK4 2QT", "WN1 3HB", "HG2 8PJ", "DD3 6RX", "SA1 4LN", "NR32 1AY", "CA2 5TT", "IP4 2BD", "LL57 1UT",
         "TQ12 2AX", "M21 9DL", "NE2 3EH", "CF24 4RB", "LS6 1QW"]
CA_PC = ["E1C 4H2", "V2C 3K1", "K9H 7L6", "P3E 2C8", "T4N 5E1", "V9R 4T7", "R7A 6B3", "N1H 3X9", "K2A 1P4"]
US_TOWN = [("Olympia", "WA", "98501"), ("Bend", "OR", "97701"), ("Redding", "CA", "96001"),
           ("Muncie", "IN", "47303"), ("Dubuque", "IA", "52001"), ("Billings", "MT", "59101"),
           ("Ithaca", "NY", "14850"), ("Kenosha", "WI", "53140"), ("Joplin", "MO", "64801")]
AU_TOWN = [("Coburg", "VIC", "3058"), ("Toowoomba", "QLD", "4350"), ("Glenelg", "SA", "5045"),
           ("Bunbury", "WA", "6230"), ("Wollongong", "NSW", "2500"), ("Geelong West", "VIC", "3218"),
           ("Launceston", "TAS", "7250"), ("Mildura", "VIC", "3500")]
NZ_TOWN = [("Karori", "Wellington", "6012"), ("Mount Eden", "Auckland", "1024"), ("Riccarton", "Christchurch", "8011"),
           ("Fenton Park", "Rotorua", "3010"), ("Glenholme", "Rotorua", "3010"), ("Stoke", "Nelson", "7011")]
IE_TOWN = [("Navan", "Co. Meath", "C15 X2K7"), ("Dundalk", "Co. Louth", "A91 T6P3"), ("Castlebar", "Co. Mayo", "F23 H8W2"),
           ("Clonmel", "Co. Tipperary", "E91 K4R6"), ("Letterkenny", "Co. Donegal", "F92 Y3D5")]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com",
            "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "sky.com", "eircom.net", "live.ie", "bigpond.com",
            "optusnet.com.au", "outlook.com.au", "xtra.co.nz", "slingshot.co.nz", "shaw.ca", "rogers.com",
            "sympatico.ca", "comcast.net", "aol.com", "proton.me"]
TYPO_MAIL = ["gmial.com", "hotmial.co.uk", "gmail.con", "outlok.com", "yahooo.com", "iclould.com"]
SERVICE_DOMAINS = ["larchmerecounselling.co.uk", "hollybrookpractice.nhs.uk", "fernleighpsych.com.au",
                   "rowanleatherapy.ie", "tuiwaihealth.co.nz", "maplecroftcounselling.ca", "glenhollowclinic.org",
                   "ashcombett.nhs.uk", "cedarvalefamily.com", "bluegumhill.org.au"]


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _age_words(a: int) -> str:
    if a >= 100:
        return "a hundred" if a == 100 else f"a hundred and {_small(a - 100)}"
    return f"ninety-{UNITS[a - 90]}" if a > 90 else "ninety"


def _small(n: int) -> str:
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen"]
    return UNITS[n] if n < 10 else teens[n - 10]


def _pick(r: random.Random, weighted):
    """One of the (weight, thunk) pairs, chosen with r, then called."""
    total = sum(w for w, _ in weighted)
    x = r.uniform(0, total)
    for w, f in weighted:
        x -= w
        if x <= 0:
            return f()
    return weighted[-1][1]()


def _person(r: random.Random) -> str:
    f, l, m = r.choice(FIRSTS), r.choice(LASTS), r.choice(MIDDLES)
    f2 = r.choice(list(SHORT))
    l2 = r.choice(LASTS)
    return _pick(r, [
        (30, lambda: f),
        (6, lambda: f.lower()),
        (18, lambda: f"{f} {l}"),
        (4, lambda: f"{f} {l}".lower()),
        (5, lambda: f"{f} {l}".upper()),
        (8, lambda: l),
        (3, lambda: f"{SHORT[f2]}"),
        (3, lambda: f"{f} {m} {l}"),
        (3, lambda: f"{l.upper()}, {f}"),
        (2, lambda: f"{f} {l}-{l2}" if l2 != l else f"{f} {l}"),
        (2, lambda: f"{f} {l[0]}"),
    ])


def _location(r: random.Random) -> str:
    t = r.choice(TOWNS)
    sub, city = r.choice(SUBURBS)
    return _pick(r, [
        (30, lambda: t),
        (10, lambda: sub),
        (5, lambda: t.lower()),
        (3, lambda: t.upper()),
        (7, lambda: f"{sub}, {city}"),
        (8, lambda: r.choice(WITH_AREA)),
        (16, lambda: f"{r.choice(FAC_NAME)} {r.choice(FAC_KIND)}"),
        (3, lambda: f"St {r.choice(['Brigid', 'Aidan', 'Columba', 'Kevin', 'Hilda'])}'s "
                    f"{r.choice(['National School', 'College', 'Primary', 'Parish'])}"),
    ])


def _address(r: random.Random) -> str:
    n = r.randint
    st = r.choice(STREETS)
    num = n(1, 240)

    def us():
        line = f"{n(100, 9800)} {r.choice(['', '', 'W ', 'E ', 'N ', 'S '])}{st} {r.choice(US_SUF)}"
        unit = r.choice(["", "", f" Apt {n(1, 30)}{r.choice(['', 'B', 'C'])}", f" #{n(2, 40)}"])
        tail = ""
        if r.random() < 0.4:
            town, state, zipc = r.choice(US_TOWN)
            tail = f", {town}, {state} {zipc}"
        return line + unit + tail

    def ca():
        line = f"Unit {n(1, 20)}, {n(100, 3000)} {st} {r.choice(['Ave', 'St', 'Rd', 'Cres', 'Dr'])}"
        return line + (f", {r.choice(CA_PC)}" if r.random() < 0.5 else "")

    def uk():
        line = r.choice([f"{num} {st} {r.choice(UK_SUF)}", f"Flat {n(1, 12)}, {num} {st} {r.choice(UK_SUF)}",
                         f"{r.choice(HOUSE_NAMES)}, {r.choice(LANES)}"])
        return line + (f", {r.choice(UK_PC)}" if r.random() < 0.5 else "")

    def ie():
        town, county, eir = r.choice(IE_TOWN)
        est = r.choice(IE_EST)
        return r.choice([f"{num % 80 + 1} {est}, {town}", f"{num % 80 + 1} {est}, {town}, {county}",
                         f"Apt {n(1, 30)}, {est}, {town}, {eir}", f"{num % 80 + 1} {est}, {eir}"])

    def au():
        sub, state, pc = r.choice(AU_TOWN)
        line = r.choice([f"{num} {st} {r.choice(AU_SUF)}", f"{n(1, 12)}/{num} {st} {r.choice(AU_SUF)}",
                         f"Unit {n(1, 12)} {num} {st} {r.choice(AU_SUF)}", f"RMB {n(100, 2400)}"])
        return line + (f", {sub} {state} {pc}" if r.random() < 0.5 else "")

    def nz():
        sub, city, pc = r.choice(NZ_TOWN)
        line = r.choice([f"{num} {st} {r.choice(NZ_SUF)}", f"{num}{r.choice('ABC')} {st} {r.choice(NZ_SUF)}",
                         f"{n(1, 6)}/{num} {st} {r.choice(NZ_SUF)}"])
        return line + r.choice(["", f", {sub}", f", {sub}, {city} {pc}"])

    base = _pick(r, [(4, us), (2, ca), (4, uk), (2, ie), (4, au), (3, nz),
                     (1, lambda: f"{st} {r.choice(['Street', 'Road', 'Avenue', 'Close'])}")])
    case = r.random()
    if case < 0.08:
        return base.upper()
    if case < 0.14:
        return base.lower()
    return base


def _date(r: random.Random) -> str:
    n = r.randint
    d, m, y = n(1, 28), n(1, 12), n(1938, 2011)
    yy = y % 100
    mon, m3 = MONTHS[m - 1], MON3[m - 1]
    dob = [
        (6, lambda: f"{d:02d}/{m:02d}/{y}"),
        (3, lambda: f"{d}/{m}/{yy:02d}"),
        (3, lambda: f"{m}/{d}/{y}"),
        (2, lambda: f"{d:02d}-{m:02d}-{y}"),
        (2, lambda: f"{d}.{m}.{yy:02d}"),
        (2, lambda: f"{y}-{m:02d}-{d:02d}"),
        (3, lambda: f"{d} {mon} {y}"),
        (3, lambda: f"{mon} {d}, {y}"),
        (2, lambda: f"{_ord(d)} {mon} {yy:02d}"),
        (1, lambda: f"{d:02d}-{m3[:3]}-{y}"),
        (1, lambda: f"{d:02d}{m:02d}{y}"),
        (1, lambda: f"{d:02d} / {m:02d} / {y}"),
    ]
    appt = [
        (4, lambda: f"{r.choice(DAYS)} {_ord(d)}"),
        (4, lambda: f"the {_ord(d)}"),
        (2, lambda: _ord(d)),
        (4, lambda: f"{d}/{m}"),
        (2, lambda: f"{m}/{d}"),
        (4, lambda: f"{mon} {d}"),
        (4, lambda: f"{d} {mon}"),
        (2, lambda: f"{_ord(d)} of {mon}"),
        (2, lambda: f"{mon.lower()} {_ord(d)}"),
        (2, lambda: f"{m3} {_ord(d)}"),
        (2, lambda: f"{d} {m3}"),
        (2, lambda: f"{m3} {n(2019, 2025)}"),
        (1, lambda: f"{mon} {n(2019, 2025)}"),
        (1, lambda: f"{m3} '{n(19, 25)}"),
        (1, lambda: r.choice(["Febuary", "Feburary", "Septmber", "Novmber", "Janurary"]) + f" {_ord(d)}"),
    ]
    return _pick(r, [(5, lambda: _pick(r, dob)), (6, lambda: _pick(r, appt))])


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    return _pick(r, [
        (22, lambda: str(a)),
        (3, lambda: f"{a} yrs"),
        (2, lambda: f"{a}yo"),
        (2, lambda: f"{a} years old"),
        (3, lambda: _age_words(a)),
        (1, lambda: _age_words(a).replace("-", " ")),
        (2, lambda: _age_words(r.choice([100, 101, 102, 103, 105]))),
    ])


def _phone(r: random.Random) -> str:
    n = r.randint
    a = r.choice([206, 541, 319, 406, 607, 765, 506, 250, 403, 705, 613, 519, 204])
    x, x3, x4 = n(0, 99), n(0, 999), n(0, 9999)
    ext = r.choice(["", "", "", "", "", "", "", "", f" ext {n(10, 450)}", f" x{n(10, 450)}"])
    return _pick(r, [
        (3, lambda: f"({a}) 555-01{x:02d}{ext}"),
        (2, lambda: f"{a}-555-01{x:02d}"),
        (1, lambda: f"{a}.555.01{x:02d}"),
        (1, lambda: f"{a} 555 01{x:02d}"),
        (1, lambda: f"555-01{x:02d}"),
        (1, lambda: f"+1 {a} 555 01{x:02d}"),
        (1, lambda: f"1-{a}-555-01{x:02d}"),
        (3, lambda: f"07700 900{x3:03d}"),
        (1, lambda: f"07700900{x3:03d}"),
        (1, lambda: f"+44 (0)7700 900{x3:03d}"),
        (1, lambda: f"+44 7700 900{x3:03d}"),
        (1, lambda: f"0113 496 0{x3:03d}{ext}"),
        (1, lambda: f"01632 960{x3:03d}"),
        (1, lambda: f"020 7946 0{x3:03d}"),
        (2, lambda: f"08{r.choice('3567')} {n(100, 999)} {x4:04d}"),
        (1, lambda: f"08{r.choice('3567')}{n(100, 999)}{x4:04d}"),
        (1, lambda: f"(0{r.choice(['1', '21', '91', '61'])}) {n(200, 999)} {x4:04d}"),
        (3, lambda: f"0491 570 {x3:03d}"),
        (1, lambda: f"0491570{x3:03d}"),
        (1, lambda: f"+61 (0)491 570 {x3:03d}"),
        (2, lambda: f"({r.choice(['02', '03', '07', '08'])}) 5550 {x4:04d}"),
        (1, lambda: f"{r.choice(['02', '03', '07', '08'])} 5550 {x4:04d}"),
        (2, lambda: f"0{r.choice(['21', '27', '22'])} {n(200, 999)} {x4:04d}"),
        (1, lambda: f"0{r.choice(['21', '27'])}{n(200, 999)}{x4:04d}"),
        (1, lambda: f"+64 {r.choice(['21', '27'])} {n(200, 999)} {x4:04d}"),
        (1, lambda: f"(09) {n(200, 999)} {x4:04d}"),
    ])


def _email(r: random.Random) -> str:
    f, l = r.choice(FIRSTS).lower(), r.choice(LASTS).lower().replace("'", "")
    n = r.randint
    local = _pick(r, [
        (4, lambda: f"{f}.{l}"),
        (3, lambda: f"{f}{l}{n(1, 99)}"),
        (2, lambda: f"{f[0]}{l}"),
        (2, lambda: f"{f}_{l[:4]}{n(70, 99)}"),
        (1, lambda: f"{f}{n(1980, 2009)}"),
        (1, lambda: f"the{l}s"),
        (1, lambda: f"{l}.family"),
        (1, lambda: f"{f}-{l}"),
    ])
    domain = _pick(r, [(16, lambda: r.choice(FREEMAIL)), (3, lambda: r.choice(SERVICE_DOMAINS)),
                       (1, lambda: r.choice(TYPO_MAIL))])
    addr = f"{local}@{domain}"
    case = r.random()
    if case < 0.07:
        return addr.upper()
    if case < 0.2:
        return addr[0].upper() + addr[1:]
    return addr


def _url(r: random.Random) -> str:
    f, l = r.choice(FIRSTS).lower(), r.choice(LASTS).lower().replace("'", "")
    n = r.randint
    fac = r.choice(FAC_NAME).lower().replace(" ", "")
    tld = r.choice(["co.uk", "com.au", "co.nz", "ie", "ca", "com", "org", "nhs.uk", "org.nz"])
    code = "".join(r.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    return _pick(r, [
        (3, lambda: f"facebook.com/{f}.{l}.{n(1, 99)}"),
        (2, lambda: f"https://www.facebook.com/{f}{l}"),
        (2, lambda: f"instagram.com/{f}_{l[:5]}"),
        (1, lambda: f"www.instagram.com/{f}.{l}{n(1, 9)}"),
        (2, lambda: f"linktr.ee/{f}{l}"),
        (2, lambda: f"www.{fac}{r.choice(['surgery', 'practice', 'counselling', 'medical'])}.{tld}"),
        (2, lambda: f"https://www.{fac}{r.choice(['surgery', 'counselling', 'school'])}.{tld}/"
                    f"{r.choice(['self-referral', 'contact-us', 'our-team', 'waiting-list', 'feedback'])}"),
        (2, lambda: f"{fac}{r.choice(['health', 'wellbeing', 'psych'])}.{tld}/{r.choice(['refer', 'book', 'forms'])}"),
        (2, lambda: f"https://forms.gle/{code}"),
        (1, lambda: f"forms.office.com/r/{code}{n(10, 99)}"),
        (2, lambda: f"bit.ly/{code}"),
        (1, lambda: f"https://www.gofundme.com/f/{r.choice(['help', 'support', 'bring-home'])}-{f}-{l}"),
        (1, lambda: f"givealittle.co.nz/cause/{r.choice(['help', 'support'])}-{f}"),
        (1, lambda: f"https://youtu.be/{code}{n(1000, 9999)}"),
        (1, lambda: f"{f}{l}.wordpress.com"),
        (1, lambda: f"https://www.tiktok.com/@{f}{l[:3]}{n(1, 99)}"),
        (1, lambda: f"www.{fac}church.{r.choice(['org', 'org.au', 'org.nz', 'ie', 'ca', 'org.uk'])}/youth"),
    ])


def _ssn(r: random.Random) -> str:
    n = r.randint
    a, b, c = n(101, 665), n(10, 99), n(1000, 9999)
    letters = "ABCEGHJKLMNOPRSTWXYZ"
    pre = r.choice(letters) + r.choice(letters.replace("O", ""))
    d1, d2, d3 = n(10, 99), n(10, 99), n(10, 99)
    suf = r.choice("ABCD")
    pps = f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMNPRSTVWX')}"
    return _pick(r, [
        (3, lambda: f"{a}-{b}-{c}"),
        (1, lambda: f"{a} {b} {c}"),
        (1, lambda: f"{a}{b}{c}"),
        (2, lambda: f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"),
        (1, lambda: f"{n(100, 999)}-{n(100, 999)}-{n(100, 999)}"),
        (3, lambda: f"{pre} {d1} {d2} {d3} {suf}"),
        (1, lambda: f"{pre}{d1}{d2}{d3}{suf}"),
        (1, lambda: f"{pre}{d1}{d2}{d3}{suf}".lower()),
        (2, lambda: pps),
        (1, lambda: pps + r.choice("AW")),
        (2, lambda: f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"),
        (1, lambda: f"{n(100, 999)}{n(100, 999)}{n(100, 999)}"),
        (1, lambda: f"{n(10, 99)}-{n(100, 999)}-{n(100, 999)}"),
        (1, lambda: f"{n(100, 135)}-{n(100, 999)}-{n(100, 999)}"),
    ])


def _id(r: random.Random) -> str:
    n = r.randint
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    L = lambda k: "".join(r.choice(up) for _ in range(k))  # noqa: E731
    return _pick(r, [
        (3, lambda: f"{n(400, 799)} {n(100, 999)} {n(1000, 9999)}"),
        (1, lambda: f"{n(400, 799)}{n(100, 999)}{n(1000, 9999)}"),
        (1, lambda: f"{n(1, 28):02d}{n(1, 12):02d}{n(40, 99)}{n(1000, 9999)}"),
        (3, lambda: f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}"),
        (1, lambda: f"{n(2000, 6999)}{n(10000, 99999)}{n(1, 9)}/{n(1, 5)}"),
        (1, lambda: f"{n(100, 699)} {n(100, 999)} {n(100, 999)}{r.choice('ABCDHKLX')}"),
        (1, lambda: f"{n(430, 439)} {n(100, 999)} {n(100, 999)}"),
        (1, lambda: f"{r.choice(['N', 'V', 'Q', 'W'])}{r.choice(['X', 'SS', 'K'])}{n(100000, 999999)}"),
        (2, lambda: f"{L(3)}{n(1000, 9999)}"),
        (1, lambda: f"{L(3)}{n(10, 99)}{L(2)}"),
        (2, lambda: f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{L(2)}"),
        (1, lambda: f"9{n(100, 999)} {n(100, 999)} {n(100, 999)}"),
        (1, lambda: f"{n(10000, 99999)}-{n(1000, 9999)}"),
        (1, lambda: f"{n(1000000, 9999999)}{r.choice('ABCDEFHKLMNPTW')}"),
        (2, lambda: f"{L(3)}{n(100000000, 999999999)}"),
        (1, lambda: f"{L(2)}{n(1000000, 9999999)}{r.choice('ABCDEFGH')}"),
        (1, lambda: f"{n(10000000, 99999999)}"),
        (2, lambda: f"{n(100000, 9999999):07d}"),
        (1, lambda: f"{r.choice(up)}{n(100000000000, 999999999999)}"),
        (2, lambda: f"{r.choice(['SR', 'REF', 'SRF'])}-{n(10000, 99999)}"),
        (1, lambda: f"WL{n(100000, 999999)}"),
        (1, lambda: f"{r.choice(['CMP', 'FB', 'C'])}-{n(1000, 9999)}-{r.choice(up)}"),
        (2, lambda: f"{r.choice(['SCR', 'S'])}-{n(1, 9):02d}-{n(1, 250):03d}"),
    ])


def value(kind: str, r: random.Random) -> str:
    """One SYNTHETIC planted identifier of *kind*, drawn only with *r*."""
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


# {} is the planted identifier; every other word of a line is this file's own (SYNTHETIC)
TEMPLATES = {
    "PERSON": [
        "Name: {}",
        "Full name: {}",
        "Preferred name: {}",
        "What would you like us to call you?\n{}",
        "Emergency contact: my mum {}",
        "Emergency contact name: {} (mum)",
        "Emergency contact: {} - partner",
        "Next of kin: my husband {}, he knows im doing this",
        "Relationship to you: friend. Their name: {}",
        "GP: Dr {} at the surgery on the high street",
        "Doctor's name: Dr {}",
        "Who is your usual GP? dr {} i think, or whoever is on",
        "Name of young person: {}",
        "Parent/guardian completing this form: {}",
        "Child's school contact (teacher or SENCo): Mrs {}",
        "Who referred you (if anyone)? my counsellor at uni, {}",
        "Tell us a bit about why you are getting in touch\nsince my dad passed i cant sleep and {} says I should talk to someone",
        "Is there anyone you would like us to keep informed? yes my sister {}",
        "Signature (type your name): /s/ {}",
        "Signed: {}",
        "Previous surname (if any): {}",
        "Name of the person you care for: {}",
        "Anything else you want us to know?\ni live with my nan and {}'s dog, no other adults in the house",
        "Who lives with you? Me, my 2 kids (8 and 11) and my partner {}",
        "Have you had therapy before? If yes, with who?\nyes for about 3 months with {} (private, CBT)",
        "Feedback: the therapist, {}, was lovely and really listened",
        "Complaint about: the receptionist, {}, was rude on the phone on a Tuesday",
        "Is it ok to leave a message with someone else? yes - {} (flatmate)",
        "Trial screening - name of study partner / support person: {}",
        "Your name (optional): {}",
        "Who helped you fill in this form? {}",
        "Name of social worker or key worker if you have one: {}",
    ],
    "LOCATION": [
        "Suburb: {}",
        "Town/City: {}",
        "Town: {}",
        "City: {}",
        "Suburb / town: {}",
        "Place of birth: {}",
        "Where do you live (town or area)? {}",
        "Where did you grow up? mostly {}, moved around a bit",
        "GP practice: {}",
        "Name of your GP surgery: {}",
        "Medical centre you go to: {}",
        "School / college: {}",
        "Young person's school: {}",
        "Which service referred you? {}",
        "How did you hear about us?\nleaflet at {}",
        "Where would you prefer to be seen? the clinic nearest {} pls",
        "Are you able to travel? not really, no car, i can get a bus from {} on weekdays",
        "Previous therapy (where)? {} - about 6 sessions",
        "Where do you work or study? a cafe in {}",
        "Tell us a bit about why you are getting in touch\nwe moved to {} last year and i have not been coping since",
        "Any other services involved? CAMHS in {}",
        "Feedback: the waiting room at {} was cold but staff were nice",
        "Nearest clinic to you (from the list): {}",
        "Church or community group (optional): {}",
        "Screening Q7 - do you live within 50 km of the trial site? yes, in {}",
        "Locality: {}",
        "Area: {}",
        "Home town: {}",
    ],
    "ADDRESS": [
        "Address: {}",
        "Home address: {}",
        "Address (incl. postcode): {}",
        "Street address: {}",
        "Postal address (if different): {}",
        "Where should we send letters?\n{}",
        "Address line 1: {}",
        "Current address: {}",
        "Address of the young person (if different to yours): {}",
        "Emergency contact's address: {}",
        "Your address: {}",
        "Home address - {}",
        "Address for appointment letters: {}",
        "Where are you staying at the moment?\nwith a friend at {} until i sort something out",
        "Is it ok for us to post to your home? no, please use {} instead",
        "Residential address: {}",
        "Address where the therapy will take place (home visits): {}",
        "Mailing address: {}",
        "Delivery address for the study kit: {}",
        "Old address (if you moved in the last 2 yrs): {}",
        "Address: c/o {}",
        "Tell us a bit about why you are getting in touch\nwe just moved into {} and the stress has been a lot",
        "Has your address changed since you joined the waiting list? yes - now {}",
        "Where do you live? {}",
        "Contact details - address: {}",
        "Billing address: {}",
    ],
    "DATE": [
        "DOB: {}",
        "Date of birth: {}",
        "D.O.B: {}",
        "Young person's date of birth: {}",
        "Today's date: {}",
        "Date: {}",
        "When did the problem start? around {}",
        "When was your last appointment? {}",
        "Date of last GP visit: {}",
        "Preferred start date: {}",
        "When can you start? anytime after {}",
        "Date you were put on the waiting list: {}",
        "Tell us a bit about why you are getting in touch\nmy husband died on {} and i cant seem to get going again",
        "Are there any dates you can't make? away from {} for a week",
        "Date of the incident you are complaining about: {}",
        "Visit date: {}",
        "Date of the first dose (screening Q12): {}",
        "When did you last take any medication for your mood? stopped sertraline 50mg on {}",
        "Any recent hospital admissions? yes, discharged {}",
        "Have things changed since you joined the list? got worse since {}",
        "Date moved to this address: {}",
        "Date of your last PHQ-9: {}",
        "Start date of current medication (fluoxetine 20mg): {}",
        "Best day for a call back? {} in the arvo",
        "Any other information? the anniversary is {} and that's always hard",
        "Date of the accident: {}",
        "Date signed: {}",
    ],
    "AGE": [
        "Age: {}",
        "Age of the person you care for: {}",
        "How old is the person you look after? {}",
        "Who do you care for? my nan, she is {}",
        "Tell us a bit about why you are getting in touch\nlooking after my grandad who is {} and i am burnt out",
        "Age (if over 18): {}",
        "Caring responsibilities: yes, my great-aunt ({}) lives with us",
        "Grandparent's age: {}",
        "Anything else you want us to know? my mam is {} and in a care home, I visit daily",
        "Age at last birthday: {}",
        "Age of dependant: {}",
        "My nan turned {} this year and she is declining fast",
        "Bereavement: my grandmother passed away aged {}",
        "Patient age: {}",
        "Age of the person you are referring: {}",
        "Household members and ages: me 54, my father {}",
        "Relationship to the person you care for: daughter. Their age: {}",
        "Do you have any dependants? my mum, {}, she has dementia",
        "Age of your oldest relative you support: {}",
        "Feedback: my grandfather is {} and found the stairs at the clinic hard",
        "How old are you? {}",
        "Age (years): {}",
        "Outcome survey Q3 - age of the person you support: {}",
        "The resident I visit is {} and still sharp as a tack",
        "Screening: age of carer's relative: {}",
        "Please give the age of the main person you look after\n{}",
    ],
    "PHONE": [
        "Best number: {}",
        "Mobile: {}",
        "Mob: {}",
        "Phone: {}",
        "Ph: {}",
        "Home phone: {}",
        "Work phone: {}",
        "Contact number: {}",
        "Telephone: {}",
        "Best number to reach you on: {} (text only pls)",
        "Best time and number to call: after 5pm on {}",
        "Emergency contact number: {}",
        "Is it ok to leave a voicemail on {}? yes",
        "Parent/guardian mobile: {}",
        "GP surgery phone: {}",
        "Daytime number: {}",
        "Phone (mobile preferred): {}",
        "Alternative number: {}",
        "Has your number changed? yes new one is {}",
        "Tell us a bit about why you are getting in touch\nplease ring me on {} as i find forms hard",
        "Contact number for the person completing this form: {}",
        "Next of kin phone: {}",
        "Feedback: nobody returned my call, I left {} twice",
        "Mobile number (for appointment reminders): {}",
        "Phone no: {}",
        "Ph (work): {}",
        "Number for the study team to text the diary link to: {}",
    ],
    "EMAIL": [
        "Email: {}",
        "Email address: {}",
        "E-mail: {}",
        "Email (for appointment letters): {}",
        "Preferred contact method: email - {}",
        "Parent/guardian email: {}",
        "Emergency contact email: {}",
        "Can we email you? yes {}",
        "Confirm email: {}",
        "Email: <{}>",
        "How would you like us to contact you?\nemail is best, {}",
        "Your email (we will only use this to reply): {}",
        "Email for the outcome survey link: {}",
        "Has your email changed? new one is {}",
        "Tell us a bit about why you are getting in touch\nits easier for me to write than talk, so please use {}",
        "Work email (only if ok to use): {}",
        "School contact email: {}",
        "GP practice email (if known): {}",
        "Alternative email: {}",
        "Email address for the study diary reminders: {}",
        "Feedback: I never got the confirmation at {}",
        "email - {}",
        "E: {}",
        "Contact details: email {} or text",
        "Email of the person who referred you: {}",
        "Send the questionnaire to: {}",
    ],
    "URL": [
        "Website: {}",
        "Link: {}",
        "How can we find you online (optional)? {}",
        "Where did you hear about us?\nfound the form at {}",
        "Where did you hear about us? a post on {}",
        "Social media (optional): {}",
        "If you found us through a website, which one? {}",
        "Link to your GP practice page (if you have it): {}",
        "Anything you'd like your therapist to see?\nmy art page {}",
        "Other support you use: {}",
        "Feedback: the link {} did not open on my phone",
        "Which form did you use? {}",
        "Link to the fundraiser (for context): {}",
        "Young person's school website: {}",
        "Please share any link that explains your situation: {}",
        "Tell us a bit about why you are getting in touch\nthere is a video about what happened, {}",
        "Profile: {}",
        "Web page of your previous therapist: {}",
        "Blog (if you keep one): {}",
        "Waiting list check-in: I filled in the update at {}",
        "Where can we find the meditation you mentioned? {}",
        "URL of the page with the broken link: {}",
        "Online diary link the study sent: {}",
        "Our church youth group page: {}",
        "Any other info: my counsellor said to look at {} before the first session",
    ],
    "SSN": [
        "SSN: {}",
        "Social Security number: {}",
        "Social insurance number (SIN): {}",
        "SIN: {}",
        "National Insurance number: {}",
        "NI number: {}",
        "NI No: {}",
        "PPS number: {}",
        "PPSN: {}",
        "Tax file number: {}",
        "TFN: {}",
        "IRD number: {}",
        "IRD no.: {}",
        "For the participant payment we need your national number: {}",
        "Payment details - tax number: {}",
        "Social security no. (required for the gift card over $600): {}",
        "Your NI or PPS number (for reimbursement): {}",
        "National ID / tax number: {}",
        "SSN (last form had a typo, correct one is) {}",
        "Taxpayer number: {}",
        "National insurance: {}",
        "Parent's SIN (for the payment to the family): {}",
        "TFN (needed for the honorarium): {}",
        "Number for the payment claim form: {}",
        "Eligibility - please provide your SSN: {}",
        "Social insurance no: {}",
    ],
    "ID": [
        "NHS number: {}",
        "NHS no: {}",
        "CHI number: {}",
        "Medicare number: {}",
        "Medicare no. (incl. the number next to your name): {}",
        "Centrelink CRN: {}",
        "NDIS number: {}",
        "DVA file number: {}",
        "NHI: {}",
        "NHI number: {}",
        "Health card number (OHIP): {}",
        "Personal health number: {}",
        "Alberta health care number: {}",
        "Medical card number: {}",
        "Insurance member ID: {}",
        "Medicaid ID: {}",
        "Health fund membership number: {}",
        "Hospital number / MRN: {}",
        "Unique pupil number: {}",
        "Self-referral reference: {}",
        "Waiting list reference: {}",
        "Complaint reference (if you have one): {}",
        "Screening number: {}",
        "Your reference number from the letter: {}",
        "Policy number: {}",
        "Member number: {}",
        "Client ID (on your appointment letter): {}",
        "Subscriber ID: {}",
    ],
}
