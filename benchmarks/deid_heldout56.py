"""A fifty-eighth SYNTHETIC transcript set for benchmarks/deid.py: the fifty-sixth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand, now and
then with their state, province or county, are used as places only, never with a person; every hospital,
clinic, medical centre, counselling practice, school, trial, care home and workplace name is made up).
Written on 2026-12-07 by an engineer who had NOT seen the de-identifier's rules, its docs page, its tests or
the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored, and of
deid_spoken.py and deid_heldout.py .. deid_heldout53.py their docstrings, plus the ``value`` signature and
the ``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no
line of this file was changed after its first run.  It was first run on main at commit 6cb9803 (the
twenty-fifth round's rules) and measures how the rules do on transcripts they were not written for; it
stays a blind set until a later round makes it a development set.

Style: A FIFTH SAMPLE, by another writer, of ORDINARY AUTOMATIC TRANSCRIPTS of psychotherapy sessions and
research interviews as today's tools write them and researchers export them (after deid_heldout36.py,
deid_heldout38.py, deid_heldout46.py and deid_heldout52.py, whose docstrings only were read; this one is
written from what such tools really produce, not from their lists): Whisper, Otter.ai, Zoom and Teams
auto-captions and transcript exports -- a VTT/SRT cue line run into its text (``00:22:41.080 -->
00:22:45.300 And then ...``), ``[00:14:52]`` stamps, Otter's ``Speaker 1  12:07`` headers,
``SPEAKER_00:``/``SPEAKER_01:`` diarisation labels, ``Speaker 2:`` labels, a Teams ``<v Speaker 1>...</v>``
voice tag, rarely a participant's display name as the label (then the label is the planted name); mostly
correct capitals and punctuation, numbers as such tools write them (digits, ``$40``, ``80%``, ``100 mg``,
``2:30``, ``10 am``, phone numbers as digit groups, now and then a number spelled out), occasional
mis-recognitions (``silo cyber`` for psilocybin, ``the ketamine in fusion``, ``sir Traleen``), an
interviewer's question and the answer run together in one caption, run-on turns strung together with
``so``, ``and``, ``like``, ``you know``.  The benchmark's generator writes every turn as
``Therapist:``/``Client:``, so a template's own cue and label sit inside the ``Client:`` turn; a template is
sometimes the clinician's or interviewer's line (a question, a number, address or date read back).
Settings: telehealth CBT, counselling, couples therapy, a psilocybin or ketamine trial's remote preparation
and integration sessions, and qualitative follow-up interviews over Zoom.  Speakers from the US, Canada,
the UK, Ireland, Australia and New Zealand, mixed (``mum``, ``mom``, ``mam``, ``nan``, ``nana``, ``poppa``,
``the GP``, ``family doctor``, ``the ED``, ``A&E``, ``uni``, ``mate``, ``grand``, ``heaps``, ``arvo``, ``reckon``).
This set estimates how the rules do on ordinary automatic transcripts, so it is kept plain and natural and
does not chase variety for its own sake.

Identifier forms: the MOST COMMON forms such tools produce, evenly spread; hard or exotic forms are rare
(under one in ten of each type).  Names: a first name alone (about half), a full name, a surname (after
``Dr``/``Mr``/``Mrs``/``Ms``/``Professor`` in the carrier when the template has a title), a relative's,
partner's, friend's, guide's, nurse's or manager's name after a kin or role word in the carrier, a
possessive or contracted ``'s`` in the carrier; rarely a short form (``Shaz``, ``Macca``), a hyphenated
first name, an ``O'`` surname, a name the tool wrote in lower case or a display name as the cue label.
Places: the city, town or suburb someone lives in, grew up in, works in or moved to (``Shepparton``,
``Darlington``, ``Lethbridge``, ``Letterkenny``, ``Invercargill``, ``Fort Wayne``, ``Rathmines``), and made-up
hospitals, medical centres, community health services, counselling practices, schools, colleges, care homes
and workplaces by name (``Ashcombe General Hospital``, ``Kinvarra Medical Centre``, ``Westholme College``,
``Halvorsen Freight``); rarely a town with its state, province or county inside the span.  Addresses as
said and as the tool writes them: a street line with digits (most), a US line with ``Apt 2B`` or with town,
state and ZIP, a UK line with ``Flat 3,`` or with town and postcode, an Irish estate line with its town
(and county), an Australian line with suburb, state and postcode or a ``Unit 4,`` line, a NZ line with
suburb, town and postcode, a Canadian line with city and province (sometimes a postal code); rarely an
Australian ``4/18`` unit line or a house number in words.  Dates as said (calendar dates only, no
holidays): ``March 3rd`` (most), ``March 3``, ``the 14th``, ``the 2nd of May``, ``3rd of March``, ``14th
March``, ``Friday the 9th``, ``May 2nd, 2023``, ``3/14`` and ``14/3``; ``on``, ``since``, ``by`` in the carrier;
rarely ``the twenty-first``, ``March third`` or ``the 3rd of March 2024``.  Ages over 89 (90-110): digits
(most), words as Whisper sometimes writes them (``ninety-three``), rarely ``a hundred and two``; the unit,
if any, in the carrier.  Phones as digit groups in local layouts: US and Canadian ``(413) 555-0187``,
``413-555-0187``, ``413 555 0187`` (555-01xx fiction numbers), UK ``07700 900xxx`` mobiles and ``0161 496
0xxx`` / ``0113 496 0xxx`` / ``020 7946 0xxx`` landlines, Irish ``087``/``086``/``085``/``083`` mobiles and
``(01)``/``(021)`` landlines, Australian ``0491 570 xxx`` mobiles and ``(02)``/``(03) 5550 xxxx`` landlines,
NZ ``021``/``022``/``027`` mobiles and ``(09)``/``(04)`` landlines; rarely a country code or the digits
spelled out.  Emails: as the tool writes a spoken one, ``jane.doe@gmail.com`` (most) or ``jane dot doe at
gmail dot com``; free-mail and ISP addresses of these countries and invented practice, clinic and trial
addresses; rarely an ``underscore`` read out.  Web addresses: invented practice, clinic, trial, booking,
podcast, fundraiser and resource pages with and without ``https://`` and ``www``, a Zoom meeting link;
rarely a spoken ``dot com`` one or a short link.  SSNs as each country's national number (planted as SSN --
a judgement call): US social security numbers (most), Canadian SINs, UK National Insurance numbers, Irish
PPS numbers, Australian tax file numbers and NZ IRD numbers, the cue in the carrier (``value`` and the
template are drawn independently, so not always the matching one); rarely run together or read out in
words.  IDs (the cue always in the carrier, never in the span): medical record and hospital numbers,
insurance member and policy numbers, trial participant and screening numbers, client, account, referral,
case and claim numbers, NHS numbers, Australian Medicare numbers, NZ NHI numbers, Ontario health card
numbers and Medicaid numbers; rarely digits read out in words.
A title, kin or role word, speaker label, timestamp or possessive ``'s`` next to a name, an article before a
place and ``on`` before a date stay outside the span; a date's own words (``the 2nd of May``, ``Friday the
9th``) are inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and
then a form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: timestamps and cue numbers, speaker labels
(``Speaker 1``, ``SPEAKER_00``), drugs and doses (psilocybin 25 mg, ketamine, sertraline 100 mg,
escitalopram, quetiapine), scales (PHQ-9, GAD-7), amounts (``$40``, ``80%``), ages and counts under 90,
times of day, kin words as common nouns (my mum, my nan, the kids, my partner), the names of the tools (Zoom,
Teams) and place-like common words (the clinic, the GP, the ED, A&E, the school, work, uni, the care home);
they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# ---------------------------------------------------------------------------------------------- people
_GIVEN = ["Kayleigh", "Declan", "Mitchell", "Brianna", "Rohan", "Aoife", "Tegan", "Callum", "Shauna", "Nikhil",
          "Maddie", "Hamish", "Courtney", "Brendan", "Jolene", "Ruairi", "Tamsin", "Marcus", "Leanne", "Wiremu",
          "Aroha", "Darnell", "Krystal", "Gavin", "Eilidh", "Niamh", "Bronwyn", "Travis", "Sinead", "Jarrod",
          "Kirsty", "Dwayne", "Harpreet", "Chloe", "Liam", "Tayla", "Connor", "Mikaela", "Rhys", "Stacey",
          "Tane", "Ebony", "Padraig", "Shanice", "Brody", "Alannah", "Jasmine", "Kieran", "Meredith", "Trent",
          "Lorraine", "Duncan", "Mei", "Andre", "Colleen", "Nathan", "Georgia", "Ravi", "Fiona", "Jaxon"]
_FAMILY = ["Pemberton", "McAuliffe", "Hollis", "Tran", "Okonjo", "Whitlock", "Brennan", "Szabo", "Rutherford",
           "Kealy", "Parata", "Duffy", "Hartigan", "Nguyen", "Pritchard", "Lafleur", "Bajwa", "Crowther",
           "Mulvaney", "Ngata", "Ashworth", "Delaney", "Ferreira", "Gilchrist", "Halloran", "Iqbal", "Jessop",
          "Kovac", "Lennox", "Mahoney", "Norrie", "Ogilvie", "Prendergast", "Quigley", "Rourke", "Stirling",
           "Thorne", "Upton", "Varga", "Wheeler", "Yates", "Blackwood", "Cassidy", "Donnelly", "Ellwood"]
_SHORT = ["Shaz", "Macca", "Bec", "Jonno", "Steph", "Deano", "Kez", "Robbo", "Nat", "Tommo", "Gaz", "Mags"]
_HYPHEN = ["Mary-Kate", "Jean-Luc", "Anna-Lise", "Lily-Rose", "Ty-Reece"]
_OS = ["O'Dowd", "O'Keeffe", "O'Mara", "O'Loughlin", "D'Souza"]

# --------------------------------------------------------------------------------------------- places
_TOWNS = ["Shepparton", "Wagga Wagga", "Launceston", "Mackay", "Bunbury", "Parramatta", "Frankston", "Geelong",
          "Toowoomba", "Darlington", "Huddersfield", "Wolverhampton", "Ipswich", "Carlisle", "Warrington",
          "Basingstoke", "Stockton-on-Tees", "Tralee", "Navan", "Letterkenny", "Carlow", "Ennis", "Drogheda",
          "Rathmines", "Napier", "Invercargill", "Timaru", "Lower Hutt", "Gisborne", "Ponsonby", "Moncton",
          "Lethbridge", "Peterborough", "Sudbury", "Red Deer", "Barrie", "Nanaimo", "Fort Wayne", "Toledo",
          "Allentown", "Reno", "Macon", "Yakima", "Eau Claire", "Lubbock", "Knoxville", "Fitzroy", "Salford",
          "Dandenong", "Swords", "Whangarei", "Medicine Hat", "Kalgoorlie", "Bangor", "Erie"]
_TOWN_REGION = ["Bathurst, New South Wales", "Kingston, Ontario", "Castlebar, County Mayo",
                "Springfield, Missouri", "Ashford, Kent", "Nelson, Tasman", "Truro, Nova Scotia",
                "Wodonga, Victoria", "Dayton, Ohio", "Clonmel, Tipperary"]
_FAC_STEM = ["Ashcombe", "Kinvarra", "Redgum", "Fernbrook", "Westholme", "Marlow Vale", "Tullyhill", "Pinecrest",
             "Brackley", "Glenmorrow", "Highgate Park", "Karaka", "Wattle Grove", "Stonebridge", "Larchmont",
             "Corran", "Harefield", "Riverbend", "Calder Ridge", "Oakhurst"]
_FAC_KIND = ["General Hospital", "Hospital", "Medical Centre", "Medical Center", "Community Health",
             "Family Practice", "Counselling Centre", "Psychology", "Primary School", "High School", "College",
             "Care Home", "Lodge", "Health Centre", "Behavioral Health", "Clinic"]
_WORKPLACES = ["Halvorsen Freight", "Dunmore Logistics", "Brightwater Foods", "Kestrel Tiling", "Pennant Builders",
               "Marrow & Finch", "Tasman Cold Storage", "Gallivan Motors", "Copperleaf Cafe", "Northgate Plastics"]

# -------------------------------------------------------------------------------------------- streets
_ST_NAME = ["Hazelmere", "Brigalow", "Cotterell", "Wattlebird", "Fenwick", "Ardmore", "Kerrigan", "Pinecrest",
            "Halsey", "Laurier", "Kowhai", "Tallis", "Greyfriars", "Mulberry", "Sandringham", "Bellbird",
            "Orchard", "Ferncliff", "Rangitoto", "Ashgrove", "Beechwood", "Kilbride", "Ridgeway", "Lockhart"]
_ST_KIND = ["Street", "Road", "Avenue", "Drive", "Crescent", "Close", "Lane", "Court", "Place", "Terrace", "Way",
            "Grove", "St", "Rd", "Ave", "Dr"]
_US = [("Toledo", "OH", "436"), ("Fort Wayne", "IN", "468"), ("Allentown", "PA", "181"), ("Reno", "NV", "895"),
       ("Macon", "GA", "312"), ("Yakima", "WA", "989"), ("Eau Claire", "WI", "547"), ("Knoxville", "TN", "379")]
_UK = [("Darlington", "DL3"), ("Huddersfield", "HD1"), ("Wolverhampton", "WV4"), ("Ipswich", "IP2"),
       ("Carlisle", "CA1"), ("Warrington", "WA5"), ("Salford", "M6"), ("Basingstoke", "RG21")]
_IE_ESTATE = ["Oakfield Park", "Cherry Grove", "Millbrook Lawns", "Castle View", "Ard na Greine", "Beechpark Drive",
              "Riverside Manor", "Hazelwood Avenue"]
_IE_COUNTY = {"Navan": "Meath", "Tralee": "Kerry", "Letterkenny": "Donegal", "Carlow": "Carlow", "Ennis": "Clare",
              "Drogheda": "Louth", "Mullingar": "Westmeath", "Portlaoise": "Laois"}
_IE = list(_IE_COUNTY)
_AU = [("Shepparton", "VIC", "3630"), ("Wagga Wagga", "NSW", "2650"), ("Mackay", "QLD", "4740"),
       ("Bunbury", "WA", "6230"), ("Frankston", "VIC", "3199"), ("Launceston", "TAS", "7250"),
       ("Parramatta", "NSW", "2150"), ("Toowoomba", "QLD", "4350")]
_NZ = [("Taradale", "Napier", "4112"), ("Glengarry", "Invercargill", "9810"), ("Naenae", "Lower Hutt", "5011"),
       ("Kensington", "Whangarei", "0112"), ("Highfield", "Timaru", "7910")]
_CA = [("Moncton", "NB", "New Brunswick", "E1C"), ("Lethbridge", "AB", "Alberta", "T1J"),
       ("Peterborough", "ON", "Ontario", "K9J"), ("Nanaimo", "BC", "British Columbia", "V9R"),
       ("Barrie", "ON", "Ontario", "L4N"), ("Red Deer", "AB", "Alberta", "T4N")]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
              9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
              15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
              20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth",
              25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_DIGIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

_AREA = ["413", "614", "419", "260", "610", "775", "478", "509", "715", "865", "806", "416", "905", "506", "403",
         "250", "705", "902", "312", "503"]
_FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com",
             "yahoo.co.uk", "btinternet.com", "bigpond.com", "eircom.net", "xtra.co.nz", "shaw.ca",
             "sympatico.ca", "comcast.net", "live.ie", "hotmail.co.uk", "outlook.com.au"]
_PRACTICE_DOM = ["kinvarrapsychology.com.au", "hazelmerecounselling.co.uk", "lanternstudy.org",
                 "redgumhealth.org.au", "fernbrookfamilypractice.com", "tullyhillcounselling.ie",
                 "karakatherapy.co.nz", "calderridgebh.org", "oakhurstclinic.ca", "brackleymind.com"]


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _age_words(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "a hundred" if rest == 0 else f"a hundred and {(_UNITS + ['ten'])[rest]}"
    return "ninety" if n == 90 else f"ninety-{_UNITS[n - 90]}"


def _person(r: random.Random) -> str:
    x = r.random()
    g, f = r.choice(_GIVEN), r.choice(_FAMILY)
    if x < 0.48:
        return g
    if x < 0.72:
        return f"{g} {f}"
    if x < 0.91:
        return f
    if x < 0.94:
        return r.choice(_SHORT)
    if x < 0.96:
        return r.choice(_HYPHEN)
    if x < 0.98:
        return r.choice([r.choice(_OS), f"{g} {r.choice(_OS)}"])
    return r.choice([g.lower(), f"{g.lower()} {f.lower()}"])


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.55:
        return r.choice(_TOWNS)
    if x < 0.85:
        return f"{r.choice(_FAC_STEM)} {r.choice(_FAC_KIND)}"
    if x < 0.93:
        return r.choice(_WORKPLACES)
    return r.choice(_TOWN_REGION)


def _address(r: random.Random) -> str:
    n = r.randint
    num = n(2, 240)
    street = f"{r.choice(_ST_NAME)} {r.choice(_ST_KIND)}"
    x = r.random()
    if x < 0.38:
        return f"{num} {street}"
    if x < 0.46:
        return f"{num} {street}, Apt {n(1, 6)}{r.choice('ABCD')}"
    if x < 0.53:
        town, st, z = r.choice(_US)
        return f"{num} {street}, {town}, {st} {z}{n(0, 99):02d}"
    if x < 0.59:
        return f"Flat {n(1, 9)}, {num} {street}"
    if x < 0.65:
        town, pc = r.choice(_UK)
        tail = f"{n(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return f"{num} {street}, {town} {pc} {tail}"
    if x < 0.71:
        est, town = r.choice(_IE_ESTATE), r.choice(_IE)
        return f"{n(1, 90)} {est}, {town}" + (f", Co. {_IE_COUNTY[town]}" if r.random() < 0.3 else "")
    if x < 0.78:
        sub, st, pc = r.choice(_AU)
        return f"{num} {street}, {sub} {st} {pc}"
    if x < 0.82:
        return f"Unit {n(1, 12)}, {num} {street}"
    if x < 0.87:
        sub, town, pc = r.choice(_NZ)
        return f"{num} {street}, {sub}, {town} {pc}"
    if x < 0.93:
        city, ab, prov, fsa = r.choice(_CA)
        return r.choice([f"{num} {street}, {city}, {prov}",
                         f"{num} {street}, {city}, {ab} {fsa} {n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{n(1, 9)}"])
    if x < 0.97:
        return f"{n(1, 12)}/{num} {street}"
    return f"{_UNITS[n(2, 9)]} {street}"


def _date(r: random.Random) -> str:
    n = r.randint
    m, d = n(1, 12), n(1, 28)
    mon = _MONTHS[m - 1]
    x = r.random()
    if x < 0.30:
        return f"{mon} {_ordinal(d)}"
    if x < 0.40:
        return f"{mon} {d}"
    if x < 0.52:
        return f"the {_ordinal(d)}"
    if x < 0.62:
        return f"the {_ordinal(d)} of {mon}"
    if x < 0.68:
        return f"{_ordinal(d)} of {mon}"
    if x < 0.74:
        return f"{_ordinal(d)} {mon}"
    if x < 0.80:
        return f"{r.choice(_DAYS)} the {_ordinal(d)}"
    if x < 0.86:
        return f"{mon} {_ordinal(d)}, {n(2019, 2026)}"
    if x < 0.93:
        return r.choice([f"{m}/{d}", f"{d}/{m}"])
    return r.choice([f"the {_ORD_WORDS[d]}", f"{mon} {_ORD_WORDS[d]}", f"the {_ordinal(d)} of {mon} {n(2019, 2026)}"])


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    x = r.random()
    if x < 0.88 or (a >= 100 and x < 0.96):
        return str(a)
    return _age_words(a)


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.36:
        a, c = r.choice(_AREA), n(0, 99)
        return r.choice([f"({a}) 555-01{c:02d}", f"{a}-555-01{c:02d}", f"{a} 555 01{c:02d}"])
    if x < 0.52:
        return r.choice([f"07700 900{n(0, 999):03d}", f"0161 496 0{n(0, 999):03d}", f"0113 496 0{n(0, 999):03d}",
                         f"020 7946 0{n(0, 999):03d}"])
    if x < 0.66:
        return r.choice([f"08{r.choice('7653')} {n(100, 999)} {n(1000, 9999)}", f"(01) {n(400, 899)} {n(1000, 9999)}",
                         f"(021) {n(400, 499)} {n(1000, 9999)}"])
    if x < 0.80:
        return r.choice([f"0491 570 {n(100, 999)}", f"(02) 5550 {n(1000, 9999)}", f"(03) 5550 {n(1000, 9999)}"])
    if x < 0.92:
        return r.choice([f"02{r.choice('127')} {n(100, 999)} {n(1000, 9999)}", f"(09) {n(300, 599)} {n(1000, 9999)}",
                         f"(04) {n(300, 599)} {n(1000, 9999)}"])
    if x < 0.97:
        return r.choice([f"+44 7700 900{n(0, 999):03d}", f"+61 491 570 {n(100, 999)}",
                         f"+1 {r.choice(_AREA)} 555 01{n(0, 99):02d}"])
    digits = f"{r.choice(_AREA)}55501{n(0, 99):02d}"
    return f"{' '.join(_DIGIT[int(c)] for c in digits[:3])}, {' '.join(_DIGIT[int(c)] for c in digits[3:6])}, " \
           f"{' '.join(_DIGIT[int(c)] for c in digits[6:])}"


def _email(r: random.Random) -> str:
    n = r.randint
    g, f = r.choice(_GIVEN).lower(), r.choice(_FAMILY).lower().replace("'", "")
    local = r.choice([f"{g}.{f}", f"{g}{f}", f"{g}.{f}{n(1, 99)}", f"{g}{n(70, 99)}", f"{g[0]}{f}", f"{g}.{f[0]}",
                      f"{g}_{f}"])
    dom = r.choice(_FREEMAIL) if r.random() < 0.8 else r.choice(_PRACTICE_DOM)
    if dom in _PRACTICE_DOM and r.random() < 0.5:
        local = r.choice(["intake", "admin", "reception", "study", "hello", g])
    x = r.random()
    if x < 0.72:
        return f"{local}@{dom}"
    spoken_local = local.replace(".", " dot ").replace("_", " underscore ")
    return f"{spoken_local} at {dom.replace('.', ' dot ')}"


def _url(r: random.Random) -> str:
    n = r.randint
    dom = r.choice(_PRACTICE_DOM)
    path = r.choice(["", "", "/book", "/resources", "/integration", "/participants", "/intake-form",
                     f"/worksheets/{n(1, 30)}", "/podcast", "/contact"])
    x = r.random()
    if x < 0.35:
        return f"www.{dom}{path}"
    if x < 0.62:
        return f"https://{dom}{path}"
    if x < 0.74:
        return f"{dom}{path}"
    if x < 0.82:
        return f"https://www.{dom}{path}"
    if x < 0.91:
        return r.choice([f"https://zoom.us/j/{n(8000000000, 9999999999)}",
                         f"https://us02web.zoom.us/j/{n(80000000000, 99999999999)}",
                         f"gofundme.com/f/{r.choice(_GIVEN).lower()}s-recovery-fund",
                         f"https://www.youtube.com/@{r.choice(_FAC_STEM).lower().replace(' ', '')}mindfulness"])
    if x < 0.96:
        return r.choice([f"bit.ly/{r.choice(_FAC_STEM).lower().replace(' ', '')}{n(10, 99)}",
                         f"tinyurl.com/{r.choice(['calm', 'prep', 'sleep'])}kit{n(10, 99)}"])
    return dom.replace(".", " dot ")


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.42:
        a, b, c = n(101, 665), n(10, 99), n(1000, 9999)
        return r.choice([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}"])
    if x < 0.54:
        return r.choice([f"{n(1, 7)}{n(10, 99)} {n(100, 999)} {n(100, 999)}",
                         f"{n(1, 7)}{n(10, 99)}-{n(100, 999)}-{n(100, 999)}"])
    if x < 0.66:
        pre = r.choice(["JK", "AB", "NP", "TR", "SW", "YH", "PE", "KL", "WM", "ZR"])
        d = [n(10, 99) for _ in range(3)]
        s = r.choice("ABCD")
        return r.choice([f"{pre} {d[0]} {d[1]} {d[2]} {s}", f"{pre}{d[0]}{d[1]}{d[2]}{s}"])
    if x < 0.76:
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHJKLMNPRSTVWX')}{r.choice(['', '', 'A', 'W'])}"
    if x < 0.86:
        return f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    if x < 0.94:
        return r.choice([f"{n(10, 139)}-{n(100, 999)}-{n(100, 999)}", f"0{n(10, 99)} {n(100, 999)} {n(100, 999)}"])
    if x < 0.97:
        return f"{n(101, 665)}{n(10, 99)}{n(1000, 9999)}"
    a, b, c = n(101, 665), n(10, 99), n(1000, 9999)
    return " ".join(_DIGIT[int(ch)] for ch in f"{a}{b}{c}")


def _id(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.18:
        return str(n(1000000, 99999999))
    if x < 0.28:
        return f"{r.choice(['H', 'RX', 'M', 'K'])}{n(100000, 9999999)}"
    if x < 0.40:
        return r.choice([f"{r.choice(['W', 'XJH', 'ZGP', 'MBR'])}{n(100000000, 999999999)}",
                         f"{r.choice(['YQK', 'BCX'])} {n(100, 999)} {n(100, 999)} {n(100, 999)}"])
    if x < 0.52:
        return r.choice([f"PSI-{n(1, 299):04d}", f"KET-{n(1, 9):02d}-{n(100, 399)}", f"P{n(1, 199):03d}",
                         f"LNT{n(100, 999)}", f"S-{n(1000, 1999)}"])
    if x < 0.60:
        return r.choice([f"{n(100000, 999999)}-{n(1, 9)}", f"CLM {n(10000000, 99999999)}",
                         f"{n(1000, 9999)}-{n(1000, 9999)}-{n(10, 99)}"])
    if x < 0.70:
        return f"{n(400, 799)} {n(100, 999)} {n(1000, 9999)}"
    if x < 0.79:
        return r.choice([f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}", f"{n(2000, 6999)}{n(10000, 99999)}{n(1, 9)}"])
    if x < 0.86:
        return f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}" \
               f"{r.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{n(1000, 9999)}"
    if x < 0.93:
        return r.choice([f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(['KT', 'AB', 'RM', 'JH'])}",
                         f"{n(1000, 9999)} {n(100, 999)} {n(100, 999)}"])
    if x < 0.97:
        return f"{r.choice(['QW', 'XK', 'JR'])}{n(1000000, 9999999)}{r.choice('ABCD')}"
    return " ".join(_DIGIT[int(ch)] for ch in str(n(1000000, 9999999)))


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    draw = {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}
    if kind not in draw:
        raise ValueError(kind)
    return draw[kind](r)


TEMPLATES = {
    "PERSON": [
        "Speaker 2: Yeah, so I rang {} after the last session and we actually talked for once.",
        "[00:14:52] My sister {} has been staying with us since the kids went back to school.",
        "Dr {} upped the sertraline to 100 mg, so that's been a bit rough, like the first week was awful.",
        "00:22:41.080 --> 00:22:45.300 And then {} just said, you know, you don't have to fix everything.",
        "SPEAKER_01: My husband, {}, he doesn't really get the whole therapy thing.",
        "I keep thinking about what {} said at the funeral, it just goes round and round.",
        "Mr {} was my year 10 teacher and he was the first one who noticed, like, properly noticed.",
        "So our guide for the dosing day was {} and she was lovely, honestly, really calm.",
        "{}'s been texting me again and I don't know whether to block him or not.",
        "Ms {} from the school rang me about the attendance thing again.",
        "Speaker 1  12:07 My mum's partner {} moved in last year and that's when it all kicked off.",
        "It was my grandad, {}, who taught me to fish, so that was a lot to sit with in the session.",
        "Um, I'd like to put {} down as my support person, if that's okay for the trial.",
        "SPEAKER_00: Can you tell me a bit more about {}? How did you two meet?",
        "My best mate {} came round with a curry and we just watched the footy, which helped.",
        "Mrs {} next door checks in on me most days, she's good like that.",
        "And my son {} is nine now and he's started asking questions about why I'm sad.",
        "I think {} would say I'm the difficult one, to be fair.",
        "<v Speaker 2>Yeah, {} was the one who drove me home after the ketamine.</v>",
        "So {} and I have been together eleven years, married for seven of them.",
        "Professor {} is the lead on the study, right? I got an email from her office.",
        "The nurse, {}, she did my blood pressure and everything before the in fusion.",
        "I haven't spoken to my brother {} since the wedding, it's been over a year.",
        "Then {} says to me, like, are you even listening, and I just lost it.",
        "My daughter {}'s the one who found your number, she's been pushing me to come.",
        "Aunty {} raised me, basically, from when I was six.",
        "[01:02:15] {}: Sorry, I was on mute. Yeah, the week's been okay, actually.",
        "Mr {}, the manager at work, he's been really decent about the time off.",
        "Okay, and who's {}? Is that your partner's sister?",
        "My ex, {}, still has the kids every second weekend and that's when I struggle.",
    ],
    "LOCATION": [
        "I grew up in {}, and honestly I couldn't wait to get out.",
        "Speaker 2: We moved to {} about three years ago for his work.",
        "So I was at {} for two nights after the overdose, and then they discharged me.",
        "[00:08:19] My mum's still in {}, she won't move, no matter what we say.",
        "SPEAKER_00: And where are you joining from today? Just home, in {}, in the spare room.",
        "I work at {}, mostly night shifts, which doesn't help the sleep.",
        "The ketamine clinic is over at {}, so it's about a forty-minute drive for me.",
        "My daughter goes to {} and she's been getting bullied, so that's on my mind.",
        "We drove down to {} for the weekend and it was actually nice, for once.",
        "00:31:10.500 --> 00:31:14.920 I was born in {} but we left when I was little.",
        "They sent me to {} for the scan and then I heard nothing for weeks.",
        "I did my nursing training at {}, so I know how busy they are.",
        "Yeah, so I'm calling in from {} today, the connection's a bit dodgy, sorry.",
        "My partner's family are all from {}, so we're up there a lot.",
        "The GP referred me to the mental health team at {}.",
        "I was living in a flat in {} when it first started, the panic attacks.",
        "We used to go camping near {} every summer when I was a kid.",
        "<v Speaker 1>Is that the practice in {} or the other one?</v>",
        "I got a job at {} straight out of uni and I've been there ever since.",
        "He's in a care home in {} now, so I only see him on weekends.",
        "The trial site is at {}, right, so I'd need to get there for the dosing day?",
        "Speaker 1  33:40 My sister lives out in {}, she's got the three kids.",
        "I ended up in the ED at {} and they kept me in overnight.",
        "We're thinking about moving back to {} to be closer to my mam.",
        "The kids' school is {}, it's only a ten-minute walk, so that's handy.",
        "I've been going to the men's group at {} on a weeknight, it's heaps better than I thought.",
        "I left {} when I was nineteen and never really went back.",
    ],
    "ADDRESS": [
        "My address is {}.",
        "Speaker 2: It's {}, that's the new place.",
        "So we're at {} now, it's a rental, but it's quiet.",
        "SPEAKER_00: And can I just confirm your address? Yep, it's {}.",
        "00:04:12.020 --> 00:04:16.480 The courier can drop the study kit to {}.",
        "I grew up at {}, the house is still there, I drove past it last month.",
        "My mum's place is {}, if you need somewhere to send the letter.",
        "[00:02:55] Yeah, so the postal address is {}.",
        "We're renting at {} until the sale goes through.",
        "He's moved out, he's at {} now with his brother.",
        "The practice is at {}, around the back, up the stairs.",
        "Could you send the consent form to {}, please?",
        "I'm staying at my sister's for now, it's {}.",
        "<v Speaker 1>And that's {}, is it?</v>",
        "Okay, so I've got {} as your home address, is that still right?",
        "The police came to {} that night, and the neighbours all saw.",
        "Old address was {}, but I've moved since the separation.",
        "It's {}, the one with the blue door.",
        "Speaker 1  05:48 My new address, sorry, it's {}.",
        "They've put me in temporary housing at {} for now.",
        "We lived at {} when the kids were small.",
        "Send the $40 voucher to {}, that's the easiest.",
        "If anything happens, my emergency contact lives at {}.",
        "Um, it's {}, do you need the postcode as well?",
        "The address on my card is still {}, I never updated it.",
        "I used to walk past {} every day on the way to work, that was our old house.",
    ],
    "DATE": [
        "My last drink was {}, so I'm just over a month now.",
        "The dosing session is booked for {}, right?",
        "Speaker 2: So the next appointment would be {} at 2:30.",
        "SPEAKER_00: And the integration call is on {}? Does that still work for you?",
        "[00:17:03] Dad passed on {}, so that's always a hard week.",
        "We split up on {}, and I've been a mess since, honestly.",
        "00:09:41.880 --> 00:09:45.020 Since {} I've been off the quetiapine.",
        "Our anniversary's {}, so that's coming up, and I don't know what to do.",
        "I started the new job on {} and it's been full on.",
        "The court date is {}, so the anxiety's through the roof.",
        "My baby's due {}, which is terrifying and exciting.",
        "I had the panic attack at work on {}, in the middle of a meeting.",
        "The screening visit was {}, and then the dosing was two weeks after that.",
        "<v Speaker 1>Can we do {} instead? I've got the kids that week.</v>",
        "I got out of hospital on {}.",
        "My birthday's {}, so I'll be thirty-five.",
        "Speaker 1  40:02 I've been sober since {}.",
        "The last time I self-harmed was {}, and I'm proud of that.",
        "Let's pencil in {} for the follow-up interview, then.",
        "I think it was {}, the day everything happened with my mum.",
        "My review with the psychiatrist is on {}.",
        "We moved in on {}, and it still doesn't feel like home.",
        "I stopped the escitalopram on {}, cold turkey, which I know I shouldn't have.",
        "The ketamine in fusion's {} at 10 am.",
        "By {} I'd like to be back at work, at least part time.",
        "So that was {}, and the next day I rang the crisis line.",
    ],
    "AGE": [
        "My nan's {} and she still does the crossword every morning.",
        "Speaker 2: Grandad turned {} last week, we had a little party at the care home.",
        "She's {} now, so, you know, we know it's coming.",
        "He died at {}, which, I mean, that's a good innings.",
        "[00:26:12] My great-aunt is {} years old and she's sharper than me.",
        "SPEAKER_01: And how old is your grandmother now? She's {}.",
        "My gran lived to {}, and she was still telling everyone off.",
        "Dad's {} and he still won't use the walker.",
        "00:37:20.010 --> 00:37:23.660 She'll be {} in the spring.",
        "He was {} when he passed, in his sleep, which was a mercy.",
        "My oma's {}, she's in a home in town.",
        "Honestly, being the carer for a {}-year-old is a full-time job.",
        "My grandfather is {}, and he's the only one I can really talk to.",
        "Yeah, she's {} years old, lives on her own still.",
        "My mum's mum is {} and has dementia now, so it's a lot.",
        "<v Speaker 2>So your grandmother is {}?</v>",
        "The oldest resident there is {} and she's lovely.",
        "My nana is {}, turned it over the summer.",
        "I was looking after my uncle, he's {}, after his fall.",
        "He made it to {}, which nobody expected.",
        "Speaker 1  18:33 My granny just turned {}, so we all went over.",
        "She's {} and still drives, which terrifies me.",
        "My great-grandmother is {} and we got four generations in one photo.",
        "So he's {} and I'm his only family, really.",
        "When my grandma was {} she moved in with us.",
        "My poppa's {}, he was in the war.",
    ],
    "PHONE": [
        "My number is {}.",
        "Speaker 2: Yeah, best number is {}.",
        "You can text me on {}.",
        "SPEAKER_00: And a contact number for you? Um, {}.",
        "[00:01:44] My mobile's {}, that's the one to use.",
        "The study coordinator's number is {}, I've got it saved.",
        "My mum's number is {} if you can't reach me.",
        "00:55:10.300 --> 00:55:13.870 Call me on {} if the link doesn't work.",
        "Sorry, new number, it's {}.",
        "The crisis team gave me {} to ring after hours.",
        "<v Speaker 1>So that's {}, is it?</v>",
        "My partner's mobile is {}, he'll be the emergency contact.",
        "The clinic's direct line is {}, apparently.",
        "You can leave a message on {}, I do check it.",
        "Work number is {}, but I'd rather you didn't use it.",
        "Speaker 1  02:19 It's {}, that's my cell.",
        "Just to read that back, {}?",
        "If I don't pick up, try {}, that's the landline.",
        "I rang {} and it just went to voicemail.",
        "My sister's on {}, she's the backup.",
        "Best to reach me on {} in the arvo.",
        "The number on the appointment letter is {}.",
        "Okay, and it's {} for the after-hours line?",
        "My old number was {} but I've changed it since.",
        "Put down {} for me, that's fine.",
        "Yeah so it's {}, and if it's urgent just keep ringing.",
    ],
    "EMAIL": [
        "My email is {}.",
        "Speaker 2: You can send it to {}.",
        "Could you email the consent form to {}?",
        "SPEAKER_00: What's the best email for you? It's {}.",
        "[00:03:30] I'll send the journal to {} after this.",
        "My work email is {}, but use the personal one if you can.",
        "00:58:01.240 --> 00:58:04.990 Just to confirm, that's {}?",
        "The Zoom link went to {}, I think.",
        "Yeah it's {}, all lower case.",
        "My partner's email is {} if you need to reach him.",
        "<v Speaker 1>I've got {} on file, is that still right?</v>",
        "I emailed {} about rescheduling but no one got back to me.",
        "The study team's address is {}, I've got it here.",
        "Please send the questionnaires to {} instead.",
        "Speaker 1  03:12 I check {} more often than the other one.",
        "My old email was {}, I don't use that anymore.",
        "Send the playlist to {} and I'll listen before the session.",
        "It's {}, I'll type it in the chat as well.",
        "I think the invite went to {}, so maybe check spam.",
        "The receptionist said to email {} for the forms.",
        "Um, {}, that's the one.",
        "My mum set it up so it's {}, bit embarrassing.",
        "You can cc my care coordinator, she's {}.",
        "I'd prefer the results go to {}.",
        "Right, so it's {}, got it.",
    ],
    "URL": [
        "The website is {}.",
        "Speaker 2: I found the breathing thing on {}.",
        "You book through {}, it's pretty easy.",
        "SPEAKER_00: All the study information is at {}.",
        "[00:44:09] I'll put the link in the chat, it's {}.",
        "00:12:30.640 --> 00:12:34.210 Have a look at {} before next week.",
        "The integration group has a page at {}.",
        "I signed up on {} for the waitlist.",
        "<v Speaker 1>Is it {}? I couldn't get it to load.</v>",
        "My sister sent me {} and it actually helped.",
        "The intake form is on {}.",
        "Speaker 1  21:06 The worksheet's at {}, I've printed it out.",
        "Their site's {} if you want to check them out.",
        "I joined using {} but it kept kicking me out.",
        "He's got a blog at {}, it's all about his recovery.",
        "There's a video on {} that explains the ketamine bit.",
        "The survey link is {}.",
        "Just go to {} and click on resources.",
        "I found the practice through {}.",
        "Our fundraiser's up at {} if anyone wants to share it.",
        "Yeah the podcast is {}, the episode on grief.",
        "The consent form is at {}, it's quite long.",
        "You can reschedule at {}.",
        "The meeting link is {}, same as last time.",
        "I read about the silo cyber trial on {}.",
    ],
    "SSN": [
        "My social security number is {}.",
        "Speaker 2: The SSN is {}.",
        "SPEAKER_00: And your social insurance number? It's {}.",
        "[00:05:07] My National Insurance number is {}.",
        "My PPS number is {}, I think.",
        "00:06:22.110 --> 00:06:25.900 Tax file number is {}.",
        "My IRD number's {}.",
        "It's {}, that's my social.",
        "<v Speaker 1>So that's {} for the SIN?</v>",
        "For the reimbursement form they wanted my social, which is {}.",
        "Speaker 1  06:51 The social security is {}.",
        "My NI number, hang on, it's {}.",
        "My husband's social security number is {}.",
        "They asked for my SIN, {}, for the payment.",
        "Just reading that social back, {}?",
        "I gave them {} as my PPS.",
        "The last one was my TFN, {}.",
        "My social's {}, I know it off by heart.",
        "On the form it says social security number {}.",
        "I had to put in my national insurance, {}, for the payment.",
        "My mum's social security number is {} if you need it for her file.",
        "SSN {}, and that's on the insurance forms too.",
        "My IRD is {}, that's for the voucher thing.",
        "Okay, I've got {} down as your social insurance number.",
        "The payroll lady needs my social, {}, before the end of the week.",
    ],
    "ID": [
        "My medical record number is {}.",
        "Speaker 2: The MRN on the letter is {}.",
        "SPEAKER_00: And your participant number for the study? It's {}.",
        "[00:02:12] My insurance member ID is {}.",
        "My NHS number is {}.",
        "00:01:05.930 --> 00:01:09.400 Medicare number is {}.",
        "My NHI is {}, I think.",
        "My health card number is {}.",
        "<v Speaker 1>And the claim number is {}?</v>",
        "The policy number is {}.",
        "My participant ID is {}, it's on the welcome email.",
        "Speaker 1  01:37 Hospital number is {}.",
        "The account number on the bill is {}.",
        "They gave me a screening number, {}, at the first visit.",
        "My client number at the clinic is {}.",
        "My member number for the health fund is {}.",
        "Just reading back your record number, {}?",
        "The referral number they gave me is {}.",
        "My OHIP number is {}.",
        "The case number for the claim is {}.",
        "My patient ID is {}, the nurse wrote it down.",
        "I'm participant {} in the trial, yeah.",
        "Insurance ID {}, under my husband's plan.",
        "The study ID on my wristband was {}.",
        "My Medicaid number is {}.",
        "Your record number is {}, just so you have it.",
    ],
}
