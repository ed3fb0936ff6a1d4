"""A fifty-fourth SYNTHETIC transcript set for benchmarks/deid.py: the fifty-second held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand, now and
then with their state, province or county, are used as places only, never with a person; every hospital,
clinic, medical centre, counselling practice, school, college, trial and workplace name is made up).
Written on 2026-12-07 by an engineer who had NOT seen the de-identifier's rules, its docs page, its tests or
the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored, and of
deid_spoken.py and deid_heldout.py .. deid_heldout49.py their docstrings, plus the ``value`` signature and
the ``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no
line of this file was changed after its first run.  It was first run on main at commit 709aec8 (the
twenty-fourth round's rules, the towns list and the place-head fix) and measures how the rules do on
transcripts they were not written for; it stays a blind set until a later round makes it a development set.

Style: ORDINARY AUTOMATIC TRANSCRIPTS of psychotherapy sessions and research interviews as today's tools
write them and researchers export them, a FOURTH SAMPLE of that kind by another writer (after
deid_heldout36.py, deid_heldout38.py and deid_heldout46.py, of which only the docstrings were read; this one
is written from what such tools really produce, not from their lists): Whisper, Otter.ai, Zoom and Teams
auto-captions and transcript exports -- a VTT/SRT cue line run into its text (``00:18:42.360 -->
00:18:46.010 So ...``), an SRT cue number before it, ``[00:31:07]`` stamps, Otter's ``Speaker 2  24:51``
headers, ``SPEAKER_00:``/``SPEAKER_01:`` diarisation labels, a Teams ``<v Speaker 1>...</v>`` voice tag, a
Zoom export's ``14:02:33 From Speaker 2 :`` line, rarely the participant's display name as the label (then
the label is the planted name); mostly correct capitals and punctuation, numbers as such tools write them
(digits, ``$150``, ``30%``, ``3rd``, ``25 mg``, ``2:30``, phone numbers as digit groups, now and then a number
spelled out), occasional mis-recognitions (``silo sybil`` for psilocybin, ``cert raleen``, ``the GAD 7``,
``a ketamine`` for ``on ketamine``), Whisper's stray ``Thanks for watching.``, run-on turns strung together with
``so``, ``and``, ``like``, ``you know``.  The benchmark's generator writes every turn as ``Therapist:``/``Client:``,
so a template's own cue and label sit inside the ``Client:`` turn; a template is sometimes the clinician's
or interviewer's line (a question, a number, address or date read back).  Settings: telehealth CBT,
counselling, couples therapy, a psilocybin or ketamine trial's remote preparation and integration
sessions, and qualitative follow-up interviews over Zoom.  Speakers from the US, Canada, the UK, Ireland,
Australia and New Zealand, mixed (``mum``, ``mom``, ``mam``, ``nan``, ``gran``, ``the GP``, ``family doctor``,
``the ED``, ``A&E``, ``uni``, ``grand``, ``heaps``, ``arvo``, ``wee``, ``eh``).  This set estimates how the rules
do on ordinary automatic transcripts, so it is kept plain and natural and does not chase variety for its
own sake.

Identifier forms: the MOST COMMON forms such tools produce, evenly spread; hard or exotic forms are rare
(under one in ten of each type).  Names: a first name alone (the most common), a full name, a surname
after ``Dr``/``Dr.``/``Mr``/``Mrs``/``Ms``/``Professor`` (the title in the carrier), a relative's, partner's,
friend's, guide's or co-worker's name after a kin or role word in the carrier, a possessive or
contracted ``'s`` in the carrier, a short form (``Gaz``, ``Mags``, ``Tommo``); rarely a hyphenated first name,
an ``O'`` surname, a name the tool wrote in lower case or a display name as the cue label.  Places: the
city, town or suburb someone lives in, grew up in, works in or moved to (``Toowoomba``, ``Doncaster``,
``Kamloops``, ``Mullingar``, ``Palmerston North``, ``Akron``), and made-up hospitals, medical centres,
counselling practices, schools, colleges and workplaces by name (``Glenharrow Hospital``, ``Rowanlea
Medical Centre``, ``Tallowgate High School``, ``Corriebrook Logistics``); rarely a town with its state,
province or county inside the span.  Addresses as said and as the tool writes them: a street line with
digits (most), a US line with ``Apt 3B`` or with town, state and ZIP, a UK line with ``Flat 2,`` or with
town and postcode, an Irish estate line with its town (rarely an Eircode), an Australian line with suburb,
state and postcode or a ``Unit 4,`` line, a NZ line with town and postcode, a Canadian line with city and
province (sometimes a postal code); rarely an Australian ``4/18`` unit line or a house number in words.
Dates as said (calendar dates only, no holidays): ``March 3rd`` (most), ``March 3``, ``the 14th``, ``the 2nd of
May``, ``3rd of March``, ``14th March``, ``Friday the 9th``, ``May 2nd, 2023`` and ``Tuesday, May 2nd, 2023``
(the weekday agrees with the date), ``3/14`` and ``14/3``; ``on``, ``since``, ``from``, ``by`` in the carrier;
rarely ``the twenty-first``, ``March third`` or ``the 3rd of March 2024``.  Ages over 89 (90-110): digits
(most), words as Whisper sometimes writes them (``ninety-three``), rarely ``a hundred and two``; the unit,
if any, in the carrier.  Phones as digit groups in local layouts: US and Canadian ``(614) 555-0143``,
``614-555-0143``, ``614 555 0143`` (555-01xx fiction numbers), UK ``07700 900xxx`` mobiles and ``0161 496
0xxx`` / ``0113 496 0xxx`` / ``020 7946 0xxx`` landlines, Irish ``087``/``086``/``085`` mobiles and ``(01)``
landlines, Australian ``0491 57x xxx`` mobiles and ``(02)``/``(03) 5550 xxxx`` landlines, NZ ``021``/``022``/``027``
mobiles and ``(09)``/``(04)`` landlines; rarely a country code or the digits spelled out.  Emails: as the tool
writes a spoken one, ``jane.doe@gmail.com`` (most) or ``jane dot doe at gmail dot com``, rarely an
``underscore`` read out; free-mail and ISP addresses of these countries and invented practice, clinic and
trial addresses.  Web addresses: invented practice, clinic, trial, booking and resource pages with and
without ``https://`` and ``www``, a Zoom meeting link; rarely a spoken ``dot com`` one or a short link.  SSNs
as each country's national number (planted as SSN -- a judgement call): US social security numbers (most),
Canadian SINs, UK National Insurance numbers, Irish PPS numbers, Australian tax file numbers and NZ IRD
numbers, the cue in the carrier (``value`` and the template are drawn independently, so not always the
matching one); rarely read out in words.  IDs (the cue always in the carrier, never in the span): medical
record and hospital numbers, insurance member and policy numbers, trial participant and screening numbers,
client, account and claim numbers, NHS numbers, Australian Medicare numbers, NZ NHI numbers and Ontario
health card numbers; rarely digits read out in words.
A title, kin word, speaker label, timestamp or possessive ``'s`` next to a name, an article before a place
and ``on`` before a date stay outside the span; a date's own words (``the 2nd of May``, ``Friday the 9th``)
are inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and then a
form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: timestamps and cue numbers, speaker labels
(``Speaker 1``, ``SPEAKER_00``), drugs and doses (psilocybin 25 mg, ketamine, sertraline 100 mg,
escitalopram, quetiapine), scales (PHQ-9, GAD-7), amounts (``$150``, ``30%``), ages and counts under 90,
times of day, kin words as common nouns (my mum, my nan, the kids, my partner), the names of the tools
(Zoom, Teams, Otter) and place-like common words (the clinic, the GP, the ED, A&E, the school, work, uni,
the care home); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

_FIRST = ["Kayla", "Brooke", "Dylan", "Tyler", "Madison", "Logan", "Megan", "Hannah", "Caitlin", "Declan", "Aoife",
          "Niamh", "Ciara", "Eoin", "Sinead", "Grace", "Chloe", "Liam", "Noah", "Harry", "Oliver", "Amelia", "Isla",
          "Ruby", "Zoe", "Jasmine", "Kirsty", "Gemma", "Lauren", "Stacey", "Craig", "Gareth", "Rhys", "Callum",
          "Ewan", "Hamish", "Bronwyn", "Kylie", "Shane", "Brett", "Darren", "Tanya", "Leanne", "Aroha", "Tama",
          "Hemi", "Wiremu", "Nikau", "Priyanka", "Arjun", "Mei", "Tariq", "Fatima", "Marcus", "Andre", "Keisha",
          "Carlos", "Sofia", "Brandon", "Courtney", "Cody", "Travis", "Heather", "Crystal", "Shannon", "Renee",
          "Denise", "Doreen", "Marjorie", "Harold", "Gordon", "Beverley", "Trevor", "Colleen", "Mitchell", "Jodie"]
_LAST = ["Thompson", "Walsh", "Murphy", "Byrne", "McCarthy", "Henderson", "Patel", "Nguyen", "Tran", "Singh", "Chen",
         "Wong", "Robertson", "MacLeod", "Campbell", "Fraser", "Bennett", "Hughes", "Price", "Evans", "Jenkins",
         "Parata", "Ngata", "Tipene", "Wilson", "Morrison", "Novak", "Brennan", "Doyle", "Fitzpatrick",
         "Harrington", "Sutherland", "Whitaker", "Pemberton", "Ashworth", "Barlow", "Dempsey", "Kerrigan",
         "Tremblay", "Gagnon", "Bouchard", "Leblanc", "Moretti", "Russo", "Alvarez", "Ramirez", "Jackson",
         "Coleman", "Reyes", "Stewart", "Kaur", "Ahmed", "Hussain", "Clarke", "Foster", "Griffiths", "Lloyd"]
_SHORT = ["Gaz", "Mags", "Tommo", "Stevo", "Deano", "Kez", "Jonesy", "Lou", "Sal", "Mick", "Bazza", "Trish", "Nic"]
_HYPHEN = ["Mary-Kate", "Anne-Marie", "Jean-Luc", "Lily-Rose", "Leigh-Ann", "Mary-Jo"]
_O_LAST = ["O'Sullivan", "O'Donnell", "O'Hare", "O'Keeffe", "O'Rourke"]

_TOWNS = ["Akron", "Toledo", "Knoxville", "Modesto", "Reno", "Olympia", "Syracuse", "Worcester", "Allentown",
          "Lubbock", "Macon", "Fort Wayne", "Greenville", "Sacramento", "Kitchener", "Kamloops", "Moncton",
          "Lethbridge", "Red Deer", "Sudbury", "Nanaimo", "Brandon", "Wigan", "Doncaster", "Luton", "Norwich",
          "Exeter", "Swansea", "Dundee", "Paisley", "Wolverhampton", "Croydon", "Harrogate", "Drogheda", "Tralee",
          "Navan", "Ennis", "Letterkenny", "Mullingar", "Clonmel", "Tallaght", "Geelong", "Toowoomba", "Wollongong",
          "Parramatta", "Penrith", "Townsville", "Mildura", "Frankston", "Launceston", "Bunbury", "Hamilton",
          "Palmerston North", "Napier", "Rotorua", "Invercargill", "Nelson", "Porirua"]
_TOWN_REGION = ["Akron, Ohio", "Knoxville, Tennessee", "Kamloops, BC", "Sudbury, Ontario", "Navan, County Meath",
                "Tralee, County Kerry", "Geelong, Victoria", "Toowoomba, Queensland", "Wigan, Greater Manchester",
                "Napier, Hawke's Bay"]
_STEMS = ["Glenharrow", "Ravensmoor", "Larchwood", "Tidewater", "Marlowfield", "Eastbrae", "Fernhollow", "Ashvale",
          "Brackenhurst", "Whitmoor", "Corriebrook", "Tallowgate", "Merriweather", "Rowanlea", "Cobbleston",
          "Linnet Park", "Bramblecote", "Wrenfield", "Moorcroft", "Northbrae"]
_FACILITY = ["Hospital", "General Hospital", "Private Hospital", "Medical Centre", "Medical Center", "Health Centre",
             "Community Health", "Counselling", "Psychology", "Behavioral Health", "Primary School", "High School",
             "College", "Mental Health Service", "Family Practice"]
_WORK = ["Logistics", "Credit Union", "Building Supplies", "Motors", "Foods", "Council Depot"]

_STREETS = ["Hillcrest", "Clarendon", "Larkspur", "Fairmount", "Linden", "Chestnut", "Prospect", "Elmwood",
            "Brookside", "Ridgeview", "Orchard", "Winslow", "Ashford", "Pembroke", "Kingsley", "Beaumont", "Talbot",
            "Wattle", "Banksia", "Jacaranda", "Kowhai", "Totara", "Rimu", "Glebe", "Station", "Church", "Greenhill",
            "Sandringham", "Alder", "Poplar", "Hawthorne", "Magnolia"]
_SUF = ["Street", "Street", "Road", "Road", "Avenue", "Drive", "Crescent", "Close", "Court", "Place", "Lane",
        "Grove", "Terrace", "Way", "St", "Rd", "Ave"]
_US_TOWNS = [("Akron", "OH"), ("Toledo", "OH"), ("Knoxville", "TN"), ("Modesto", "CA"), ("Reno", "NV"),
             ("Olympia", "WA"), ("Syracuse", "NY"), ("Worcester", "MA"), ("Allentown", "PA"), ("Lubbock", "TX"),
             ("Macon", "GA"), ("Fort Wayne", "IN")]
_UK_TOWNS = [("Wigan", "WN"), ("Doncaster", "DN"), ("Norwich", "NR"), ("Exeter", "EX"), ("Swansea", "SA"),
             ("Dundee", "DD"), ("Luton", "LU"), ("Harrogate", "HG"), ("Paisley", "PA")]
_IE_TOWNS = ["Navan", "Ennis", "Tralee", "Drogheda", "Mullingar", "Letterkenny", "Clonmel"]
_IE_ESTATES = ["Ashgrove", "Beechwood", "Millbrook", "Castlefield", "Woodview", "Cluain Ard", "Hazelwood"]
_IE_KIND = ["Park", "Grove", "Heights", "Lawn", "Court", "Drive"]
_AU_TOWNS = [("Geelong", "VIC", "3220"), ("Frankston", "VIC", "3199"), ("Toowoomba", "QLD", "4350"),
             ("Penrith", "NSW", "2750"), ("Wollongong", "NSW", "2500"), ("Townsville", "QLD", "4810"),
             ("Bunbury", "WA", "6230"), ("Launceston", "TAS", "7250"), ("Mildura", "VIC", "3500")]
_NZ_TOWNS = [("Rotorua", "3010"), ("Napier", "4110"), ("Palmerston North", "4410"), ("Invercargill", "9810"),
             ("Nelson", "7010"), ("Hamilton", "3204"), ("Porirua", "5022")]
_CA_TOWNS = [("Kamloops", "BC", "V2C"), ("Moncton", "NB", "E1C"), ("Lethbridge", "AB", "T1J"),
             ("Red Deer", "AB", "T4N"),
             ("Sudbury", "ON", "P3A"), ("Nanaimo", "BC", "V9R"), ("Brandon", "MB", "R7A")]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
              9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
              15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
              20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth",
              25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}
_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS_90 = "ninety"

_FREE = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com",
         "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "eircom.net", "bigpond.com", "optusnet.com.au",
         "xtra.co.nz", "shaw.ca", "rogers.com", "sympatico.ca"]
_PRACTICE_DOM = ["psychology.com.au", "clinic.co.uk", "counselling.ie", "health.ca", "therapy.co.nz", "bh.org",
                 "wellbeing.com", "research.org", "trial.org.au", "counseling.com"]
_ROLES = ["reception", "admin", "intake", "hello", "bookings", "research", "trial", "info"]
_PATHS = ["bookings", "book-online", "intake", "resources", "our-team", "integration", "contact", "trial-info",
          "refer", "prep-session", "new-clients", "forms"]


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _digits(r: random.Random, k: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(k))


def _words(digits: str) -> str:
    return " ".join(_UNITS[int(c)] for c in digits if c.isdigit())


def _age_words(a: int) -> str:
    if a < 100:
        return _TENS_90 if a == 90 else f"{_TENS_90}-{_UNITS[a - 90]}"
    if a == 100:
        return "a hundred"
    rest = "ten" if a == 110 else _UNITS[a - 100]
    return f"a hundred and {rest}"


def _person(r: random.Random) -> str:
    first, last = r.choice(_FIRST), r.choice(_LAST)
    x = r.random()
    if x < 0.42:
        return first
    if x < 0.70:
        return f"{first} {last}"
    if x < 0.85:
        return last
    if x < 0.93:
        return r.choice(_SHORT)
    return r.choice([r.choice(_HYPHEN), f"{first} {r.choice(_O_LAST)}", r.choice(_O_LAST), first.lower(),
                     f"{first} {last}".lower()])


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.58:
        return r.choice(_TOWNS)
    if x < 0.87:
        return f"{r.choice(_STEMS)} {r.choice(_FACILITY)}"
    if x < 0.94:
        return f"{r.choice(_STEMS)} {r.choice(_WORK)}"
    return r.choice(_TOWN_REGION)


def _street(r: random.Random) -> str:
    return f"{r.randint(2, 480) if r.random() < 0.8 else r.randint(500, 4800)} {r.choice(_STREETS)} {r.choice(_SUF)}"


def _address(r: random.Random) -> str:
    x = r.random()
    L = "ABCDEFGHJKLMNPRSTVWXY"
    if x < 0.38:
        return _street(r)
    if x < 0.50:
        town, st = r.choice(_US_TOWNS)
        return r.choice([f"{_street(r)}, Apt {r.randint(1, 9)}{r.choice('ABCD')}",
                         f"{_street(r)}, {town}, {st} {r.randint(10000, 99899)}"])
    if x < 0.62:
        town, area = r.choice(_UK_TOWNS)
        pc = f"{area}{r.randint(1, 12)} {r.randint(1, 9)}{r.choice(L)}{r.choice(L)}"
        return r.choice([f"Flat {r.randint(1, 12)}, {_street(r)}", f"{_street(r)}, {town} {pc}",
                         f"{_street(r)}, {town}"])
    if x < 0.70:
        line = f"{r.randint(1, 140)} {r.choice(_IE_ESTATES)} {r.choice(_IE_KIND)}, {r.choice(_IE_TOWNS)}"
        if r.random() < 0.2:
            line += (f", {r.choice('ACDFHKNPRTVWXY')}{r.randint(10, 99)} "
                     f"{r.choice(L)}{r.randint(1, 9)}{r.choice(L)}{r.randint(1, 9)}")
        return line
    if x < 0.82:
        town, st, pc = r.choice(_AU_TOWNS)
        return r.choice([f"{_street(r)}, {town} {st} {pc}", f"Unit {r.randint(1, 12)}, {_street(r)}",
                         f"{_street(r)}, {town}"])
    if x < 0.89:
        town, pc = r.choice(_NZ_TOWNS)
        return r.choice([f"{_street(r)}, {town} {pc}", f"{_street(r)}, {town}"])
    if x < 0.955:
        town, prov, fsa = r.choice(_CA_TOWNS)
        line = f"{_street(r)}, {town}, {prov}"
        if r.random() < 0.4:
            line += f" {fsa} {r.randint(1, 9)}{r.choice(L)}{r.randint(1, 9)}"
        return line
    # rare: an Australian slash unit line or a house number in words
    if r.random() < 0.5:
        return f"{r.randint(1, 9)}/{r.randint(2, 60)} {r.choice(_STREETS)} {r.choice(_SUF)}"
    n = r.randint(21, 99)
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"][n // 10 - 2]
    num = tens if n % 10 == 0 else f"{tens}-{_UNITS[n % 10]}"
    return f"{num} {r.choice(_STREETS)} {r.choice(_SUF)}"


def _date(r: random.Random) -> str:
    mi = r.randint(1, 12)
    m, d = _MONTHS[mi - 1], r.randint(1, 28)
    x = r.random()
    if x < 0.25:
        return f"{m} {_ord(d)}"
    if x < 0.33:
        return f"{m} {d}"
    if x < 0.47:
        return f"the {_ord(d)}"
    if x < 0.57:
        return f"the {_ord(d)} of {m}"
    if x < 0.64:
        return f"{_ord(d)} of {m}"
    if x < 0.71:
        return f"{_ord(d)} {m}"
    if x < 0.77:
        wd = r.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
        return f"{wd} the {_ord(d)}"
    if x < 0.85:
        y = r.randint(2019, 2025)
        if r.random() < 0.4:
            wd = datetime.date(y, mi, d).strftime("%A")
            return f"{wd}, {m} {_ord(d)}, {y}"
        return f"{m} {_ord(d)}, {y}"
    if x < 0.90:
        return f"{mi}/{d}"
    if x < 0.95:
        return f"{d}/{mi}"
    return r.choice([f"the {_ORD_WORDS[d]}", f"{m} {_ORD_WORDS[d]}", f"the {_ord(d)} of {m} {r.randint(2019, 2025)}"])


def _age(r: random.Random) -> str:
    x = r.random()
    if x < 0.70:
        return str(r.randint(90, 110))
    if x < 0.95:
        return _age_words(r.randint(90, 99))
    return _age_words(r.randint(100, 110))


def _phone(r: random.Random) -> str:
    x = r.random()
    if x < 0.30:
        area = r.choice(["614", "503", "919", "720", "413", "604", "416", "902", "403", "306"])
        tail = f"01{r.randint(0, 99):02d}"
        return r.choice([f"({area}) 555-{tail}", f"({area}) 555-{tail}", f"{area}-555-{tail}", f"{area} 555 {tail}",
                         f"{area}.555.{tail}"])
    if x < 0.52:
        return r.choice([f"07700 900{r.randint(0, 999):03d}", f"07700 900{r.randint(0, 999):03d}",
                         f"0161 496 0{r.randint(0, 999):03d}", f"0113 496 0{r.randint(0, 999):03d}",
                         f"020 7946 0{r.randint(0, 999):03d}"])
    if x < 0.65:
        return r.choice([f"08{r.choice('567')} {_digits(r, 3)} {_digits(r, 4)}",
                         f"08{r.choice('567')} {_digits(r, 3)} {_digits(r, 4)}",
                         f"(01) {r.randint(2, 9)}{_digits(r, 2)} {_digits(r, 4)}"])
    if x < 0.80:
        return r.choice([f"0491 57{r.randint(0, 9)} {_digits(r, 3)}", f"0491 57{r.randint(0, 9)} {_digits(r, 3)}",
                         f"(0{r.choice('23')}) 5550 {_digits(r, 4)}"])
    if x < 0.93:
        return r.choice([f"02{r.choice('127')} {_digits(r, 3)} {_digits(r, 4)}",
                         f"02{r.choice('127')} {_digits(r, 3)} {_digits(r, 4)}",
                         f"(0{r.choice('94')}) {r.randint(3, 9)}{_digits(r, 2)} {_digits(r, 4)}"])
    # rare: a country code, or the digits spelled out
    if r.random() < 0.6:
        return r.choice([f"+61 491 57{r.randint(0, 9)} {_digits(r, 3)}", f"+44 7700 900{r.randint(0, 999):03d}",
                         f"+353 8{r.choice('567')} {_digits(r, 3)} {_digits(r, 4)}",
                         f"+1 614 555 01{r.randint(0, 99):02d}"])
    tail = f"01{r.randint(0, 99):02d}"
    return f"{_words('614')}, five five five, {_words(tail)}"


def _email(r: random.Random) -> str:
    first, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower()
    x = r.random()
    if x < 0.72:
        local = r.choice([f"{first}.{last}", f"{first}.{last}", f"{first[0]}{last}",
                          f"{first}{last}{r.randint(70, 99)}",
                          f"{first}.{last[0]}{r.randint(1, 99)}", f"{last}.{first}",
                          f"{first}{r.randint(1, 9)}{r.randint(0, 99)}"])
        dom = r.choice(_FREE)
    else:
        local = r.choice(_ROLES)
        dom = f"{r.choice(_STEMS).lower().replace(' ', '')}{r.choice(_PRACTICE_DOM)}"
    y = r.random()
    if y < 0.76:
        return f"{local}@{dom}"
    if y < 0.96:
        spoken_local = local.replace(".", " dot ")
        return f"{spoken_local} at {dom.replace('.', ' dot ')}"
    return f"{first} underscore {last} at {dom.replace('.', ' dot ')}"


def _url(r: random.Random) -> str:
    stem = r.choice(_STEMS).lower().replace(" ", "")
    kind = r.choice(["psychology", "counselling", "clinic", "health", "therapy", "wellbeing", "bh", "research"])
    tld = r.choice(["com", "com.au", "co.uk", "ie", "ca", "co.nz", "org", "org.au", "com", "net"])
    dom = f"{stem}{kind}.{tld}"
    path = r.choice(_PATHS)
    x = r.random()
    if x < 0.25:
        return f"www.{dom}"
    if x < 0.45:
        return f"https://www.{dom}/{path}"
    if x < 0.60:
        return f"{dom}/{path}"
    if x < 0.75:
        return dom
    if x < 0.85:
        return f"https://{dom}/{path}"
    if x < 0.93:
        return f"https://us0{r.randint(2, 6)}web.zoom.us/j/{r.randint(8, 9)}{_digits(r, 9)}"
    return r.choice([f"{stem} {kind} dot {tld.replace('.', ' dot ')}",
                     f"bit.ly/{r.choice(['3', '4'])}{r.choice('kqxzwp')}"
                     f"{r.choice('KQXZWP')}{_digits(r, 2)}{r.choice('abcfgh')}{r.choice('RTVM')}"])


def _ssn(r: random.Random) -> str:
    x = r.random()
    L = "ABCEGHJKLMNPRSTWXYZ"
    if x < 0.45:
        a = r.choice([r.randint(101, 665), r.randint(667, 899)])
        g, s = r.randint(10, 99), r.randint(1000, 9999)
        return r.choice([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}"])
    if x < 0.57:
        d = f"{r.randint(1, 7)}{_digits(r, 8)}"
        return r.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"])
    if x < 0.69:
        p, q = f"{r.choice(L)}{r.choice(L)}", [f"{r.randint(0, 99):02d}" for _ in range(3)]
        s = r.choice("ABCD")
        return r.choice([f"{p} {q[0]} {q[1]} {q[2]} {s}", f"{p}{''.join(q)}{s}"])
    if x < 0.79:
        return f"{_digits(r, 7)}{r.choice('ABCDEFGHKLMPTW')}{r.choice(['', 'A', 'W'])}"
    if x < 0.89:
        d = _digits(r, 9)
        return f"{d[:3]} {d[3:6]} {d[6:]}"
    if x < 0.97:
        d = f"{r.randint(10, 139):03d}{_digits(r, 6)}"
        return r.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[1:3]}-{d[3:6]}-{d[6:]}"])
    a = r.randint(101, 665)
    return f"{_words(str(a))}, {_words(_digits(r, 2))}, {_words(_digits(r, 4))}"


def _id(r: random.Random) -> str:
    x = r.random()
    U = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if x < 0.14:
        return r.choice([_digits(r, 7), f"{r.randint(1, 9)}{_digits(r, 7)}", f"00{_digits(r, 6)}"])
    if x < 0.22:
        return f"{r.choice(['H', 'RX', 'MR', 'K'])}{_digits(r, 6)}"
    if x < 0.34:
        return r.choice([f"{r.choice(U)}{r.choice(U)}{r.choice(U)}{_digits(r, 9)}", f"W{_digits(r, 4)} {_digits(r, 5)}",
                         f"{r.choice(U)}{_digits(r, 8)}-0{r.randint(1, 4)}"])
    if x < 0.40:
        return f"PL-{_digits(r, 8)}"
    if x < 0.52:
        return r.choice([f"PSI-{r.randint(1, 240):03d}", f"KET-{r.randint(1, 4)}-{_digits(r, 4)}", f"P{_digits(r, 4)}",
                         f"{r.randint(101, 109)}-{_digits(r, 4)}", f"SCR-{_digits(r, 4)}"])
    if x < 0.60:
        return r.choice([f"CL-{_digits(r, 5)}", f"{_digits(r, 8)}", f"AC{_digits(r, 6)}"])
    if x < 0.67:
        return r.choice([f"CLM-{_digits(r, 9)}", f"{_digits(r, 3)}-{_digits(r, 7)}"])
    if x < 0.76:
        return f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 4)}"
    if x < 0.84:
        return f"{r.randint(2, 6)}{_digits(r, 3)} {_digits(r, 5)} {r.randint(1, 9)}"
    if x < 0.90:
        return f"{r.choice(U)}{r.choice(U)}{r.choice(U)}{_digits(r, 4)}"
    if x < 0.96:
        d = _digits(r, 10)
        return r.choice([f"{d[:4]}-{d[4:7]}-{d[7:]}-{r.choice(U)}{r.choice(U)}", f"{d[:4]} {d[4:7]} {d[7:]}"])
    return _words(_digits(r, 7))


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn only with *r*."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "Yeah, I talked to {} about it and, you know, she kind of got it, I think.",
        "My sister {} is the one who drives me to the appointments now.",
        "Dr {} said to just stay on the sertraline at 100 mg for now and see how it goes.",
        "SPEAKER_01: I mean, {} and I have been together eleven years, so it's not nothing.",
        "We did the prep session with {} over Zoom, she was one of the two facilitators.",
        "Mrs {} next door has been checking in on me most days, which is nice.",
        "Speaker 1  42:10 And then {}'s like, you need to go back to the GP, and I was like, fine.",
        "It was {}'s idea to do the couples counselling in the first place, to be fair.",
        "Honestly my husband {} doesn't really get the anxiety stuff, he tries but.",
        "Okay, and who's at home with you at the moment? Just me and my son {}, he's 14.",
        "<v Speaker 2>My nan, {}, she basically raised me, so when she went downhill it was hard.</v>",
        "I've got a really good mate, {}, who checks in on me, like, heaps.",
        "Mr {} from work pulled me aside and said take whatever time you need.",
        "The guide, {}, held my hand for a bit during the peak, which actually helped a lot.",
        "00:31:05.120 --> 00:31:09.880 So my partner {} was on the call as well for the first bit.",
        "Ms {} is my case worker at the practice, she's lovely, honestly.",
        "I just kept thinking about my dad, {}, the whole time I was a ketamine.",
        "And my daughter {} is doing her exams this year so that's a lot going on.",
        "I'd put my brother {} down as the emergency contact, if that's okay.",
        "SPEAKER_00: Yeah {} from the support group texted me after, just to see.",
        "My ex, {}, still has the kids every second weekend, so that's when it's quiet.",
        "We were meant to meet Dr. {} for the screening but she was off sick that week.",
        "So {} is your partner? Yeah, we've been living together since uni.",
        "Mum rang {} straight away and he came over and sat with me.",
        "I saw {} for a while years ago, like a counsellor through school.",
        "My stepdad {} is where a lot of it started, to be honest.",
        "I had the integration call with {} and that was really good, yeah.",
        "{}: Sorry, can you hear me now? I was on mute the whole time.",
        "Professor {} runs the trial, I've only met him the once.",
        "My wife {} and I have mostly been arguing about money, if I'm honest.",
        "[00:12:48] {} from HR sent me the EAP number, so that's how I ended up here.",
        "Oh my gran, {}, she'd have loved all this, she was into all the spiritual stuff.",
        "14:02:33 From Speaker 2 : sorry my mic died, it's {} here, I'll rejoin.",
        "My mom, well, {}, she's the one who found the silo sybil study in the first place.",
    ],
    "LOCATION": [
        "So I grew up in {}, and then moved away for uni.",
        "We're still out in {}, so it's a long drive for anything, really.",
        "Speaker 1  12:03 Yeah, I was working at {} at the time, on nights.",
        "They sent me over to {} for the scan, and that took all day.",
        "My mum's still in {}, I try and get back every few months.",
        "The dosing sessions are at {}, but the prep is all on Zoom.",
        "I got discharged from {} about six weeks ago now.",
        "[00:22:41] I've been at {} nine years now, it's a good team mostly.",
        "Is that near {}? Yeah, about twenty minutes out.",
        "We used to go down to {} every summer when I was a kid.",
        "The kids are at {}, which is just up the road from us.",
        "She's in a care home in {} now, so I see her on the weekends.",
        "I was born in {} but we moved when I was three, so I don't remember it.",
        "I did my nursing training at {}, years and years ago.",
        "SPEAKER_00: And how long have you been in {} now? SPEAKER_01: Coming up two years.",
        "He's been at {} since the autumn, in the psych unit.",
        "We drove up from {} for the dosing day, because that part has to be in person.",
        "There's a group that meets at {} that my GP put me onto.",
        "<v Speaker 1>I'm from {} originally, yeah.</v>",
        "I ended up in the ED at {} that night, which wasn't great.",
        "My brother lives over in {} with his partner and the baby.",
        "It's a small place, {}, everyone knows everyone's business.",
        "I'm calling from {} today, I'm staying at my sister's for the week.",
        "I got a job at {}, which is why we moved in the first place.",
        "They've got a waiting list at {} of like eight months, it's ridiculous.",
        "We're looking at houses around {} but it's so expensive now.",
        "I finished school at {} and didn't really know what to do after that.",
        "I think the closest one to you is in {}, is that okay?",
        "00:40:12.300 --> 00:40:15.960 and then I was transferred to {} for the rest of it.",
        "I'm renting a wee place in {} now, it's grand.",
        "217 00:41:09,300 --> 00:41:12,800 Yeah, we were living in {} then, just the two of us.",
        "My family doctor is at {}, but I haven't seen her in ages, eh.",
    ],
    "ADDRESS": [
        "I'm at {} now, I moved in last month.",
        "Can you just confirm your address for me? Yeah, it's {}.",
        "We're renting at {}, it's a bit small but it's fine.",
        "The prep pack got sent to {} by mistake, that's my old place.",
        "My mum's address is {}, if you need it for the emergency contact.",
        "SPEAKER_01: Yeah so it's {}, the one with the blue door.",
        "Okay, so I've got you at {}, is that still current?",
        "We were living at {} when it all happened.",
        "Speaker 2  08:14 It's {}, the unit at the back.",
        "<v Speaker 1>{}, that's the new place.</v>",
        "If they need to post anything it should go to {} now.",
        "The house at {} is in both our names, which is part of the problem.",
        "I'm staying at my dad's, {}, until things settle down.",
        "The courier's coming to {} with the study kit, I think.",
        "Yeah, we sold {} and moved in with her parents for a bit.",
        "My new address is {}, I haven't updated it with the GP yet.",
        "00:05:33.020 --> 00:05:36.710 and the address is {}.",
        "It was the flat at {}, the one above the chemist.",
        "So that's {}, and what's the best way to reach you?",
        "They did a home visit out at {} after I got out.",
        "My nan's place is {}, I go there after my sessions.",
        "I put {} on the form but I'm not sure it went through.",
        "Yeah, it's {} if you're sending the consent form.",
        "The letter went to {}, which is my ex's place, so that was awkward.",
        "We've just moved to {} so I'm still unpacking, sorry about the background.",
        "I've been at {} on my own since the separation.",
        "Okay, and the address on file is {}? Yep, that's right.",
        "You'd be after {}, it's the last one before the roundabout.",
        "So it's {}, and the rent's gone up to like $150 a week more.",
    ],
    "DATE": [
        "My last dose was on {}, so it's been a while.",
        "So the integration session is {}, is that right?",
        "It was {} when it all kicked off, I remember because it was just after payday.",
        "Okay, so we'll book you in for {} at 2:30, does that work?",
        "I started the new job on {}, so I'm still finding my feet.",
        "His funeral was {}, so it's all still quite raw.",
        "I've got the appointment on {} at the hospital.",
        "SPEAKER_00: And when was the dosing session? SPEAKER_01: {}.",
        "We split up on {}, and I moved out that weekend.",
        "Speaker 1  17:20 I've been off the escitalopram since {}.",
        "Yeah, the prep call is {}, at like ten in the morning.",
        "My birthday's {}, so it's coming up.",
        "<v Speaker 2>I think it was {}, or around then anyway.</v>",
        "I haven't had a drink since {}, so that's something.",
        "The court date's been moved to {}, which is just more waiting.",
        "We can do {} instead if that's easier with the kids.",
        "00:26:09.400 --> 00:26:12.880 Okay, so the follow-up interview is on {}.",
        "She went into the care home on {}, and it's been up and down.",
        "I've got to have the forms back by {}, otherwise I lose the spot.",
        "I was in A&E on {}, that was the worst night.",
        "My next review with the psychiatrist is {}.",
        "So from {} I'll be on the lower dose, 50 mg.",
        "Our anniversary is {}, and we didn't even mention it.",
        "Can we move it to {}? I've got a thing at work.",
        "I got the results back on {}, and it was fine, thank God.",
        "[00:33:51] The baby's due {}, so we've got a bit of time.",
        "The second session's pencilled in for {} but I'll confirm by email.",
        "Yeah, {}, that's when I stopped the quetiapine.",
        "My GAD 7 was lower on {}, like 30% lower, which surprised me.",
        "Speaker 1  38:26 I think it was {}, I went back on the cert raleen after that. Thanks for watching.",
    ],
    "AGE": [
        "My nan's {} and still lives on her own, if you can believe it.",
        "He turned {} in the spring, and we had a bit of a do for him.",
        "She's {} years old, so, you know, every phone call could be the last.",
        "Grandad's {} now, so I'm kind of his main carer.",
        "SPEAKER_01: My great-aunt, she's {}, she's sharp as anything.",
        "Dad's {} and he's just had a fall, so that's been a lot.",
        "And how old is your mum now? She's {}.",
        "She was {} when she passed, so it was a good innings.",
        "Speaker 2  33:02 My grandmother's {}, she's in the care home now.",
        "He's {} this year and he still drives, which terrifies me.",
        "<v Speaker 1>She's {}, so she doesn't really get what therapy is.</v>",
        "My gran lived to {}, so I've got good genes, apparently.",
        "I'm looking after my father, he's {} and has dementia.",
        "Yeah, my nan is {} years of age and she still does her crossword.",
        "The neighbour's {}, and I do her shopping on the weekends.",
        "He was {} and still wanted to come to every one of my games.",
        "My granddad's {}, he fought in the war, he doesn't talk about it.",
        "She's {} and honestly she's the one holding the family together.",
        "00:14:55.500 --> 00:14:58.210 my nana's {} in a couple of weeks.",
        "My grandmother was {} years old when she died, and I was with her.",
        "Pop's {} now, we try to get everyone round on Sundays.",
        "She'll be {} next month, we're doing a small thing at the home.",
        "He's {}, so the GP says there's not much more they can do.",
        "My mam's {} and she still asks when I'm getting married.",
        "Our oldest client at the centre was {}, and she was a delight.",
        "My great-grandmother's {}, she's the last of that generation.",
        "I've been going over there in the arvo, she's {} and she forgets to eat.",
    ],
    "PHONE": [
        "My mobile's {}, that's the best one to get me on.",
        "You can reach me on {} most days after three.",
        "So the number I've got for you is {}, is that still right?",
        "SPEAKER_00: And a number for your emergency contact? SPEAKER_01: {}.",
        "The after-hours line is {}, it's on the card too.",
        "My mum's number is {} if you can't get me.",
        "Speaker 2  21:30 Just text me on {}, I don't really answer calls.",
        "<v Speaker 1>It's {}.</v>",
        "My new number's {}, I changed it because of my ex.",
        "If anything comes up after the session, call {}, that goes straight to the team.",
        "The research nurse rang me from {}, I didn't recognise it.",
        "Yeah, best number is {}, that's my work one.",
        "00:52:40.110 --> 00:52:44.600 okay, and that's {}, got it.",
        "I wrote it down, it's {}, for the support line.",
        "Could you call me on {} instead? The other phone's broken.",
        "My partner's on {}, he said it's fine to put him down.",
        "The landline is {}, but nobody ever picks up.",
        "Sorry, the number again was {}?",
        "They left a voicemail from {} about the blood test.",
        "My sister's number, it's {}, she knows about all this.",
        "I'll ring the clinic on {} and reschedule then.",
        "If the Zoom drops out I'll just phone you on {}, is that okay?",
        "You can get the study coordinator on {} during the week.",
        "Home number is {}, mobile's the same as before.",
        "My dad's {}, he's the one picking me up after the dosing day.",
        "I think the number for the pharmacy is {}, let me check.",
    ],
    "EMAIL": [
        "My email is {}, that's the one I check.",
        "Can you send the worksheet to {}?",
        "It's {}, all lower case.",
        "SPEAKER_01: Yeah, just email me at {} and I'll sign it.",
        "The consent form came from {}, I think it went to my junk folder.",
        "So I've got {} as your email, is that right?",
        "Speaker 1  06:12 My work one is {} but I'd rather you use the personal one.",
        "<v Speaker 2>Send it to {}.</v>",
        "I emailed {} about changing the time but I haven't heard back.",
        "My husband's email is {}, if you need to loop him in.",
        "You can write to the team at {} between sessions.",
        "Oh, it's {}, sorry, I changed it last year.",
        "00:58:01.300 --> 00:58:04.920 The questionnaire link will come from {}.",
        "I think the receipt went to {}, can you check?",
        "Yeah so that's {}.",
        "The booking confirmation came through from {}.",
        "I used {} when I signed up for the study.",
        "If you could copy in {}, that's my counsellor at uni.",
        "Just to confirm, the address is {}? Yep, that's it.",
        "My mum set up {} for me so she could see the letters too.",
        "I'll forward it from {}, that's my old one.",
        "It should be {}, unless I spelt it wrong on the form.",
        "Any problems, drop an email to {} and someone will get back to you.",
        "They said to email {} for a copy of my notes.",
        "[00:47:15] Okay, I've put down {} for the follow-up survey.",
        "The integration resources got sent to {}, I'll have a look tonight.",
    ],
    "URL": [
        "It's all on {}, the booking and everything.",
        "I found them on {} when I was looking for someone local.",
        "They told me to have a look at {} before the prep session.",
        "SPEAKER_00: I'll pop the link in the chat, it's {}.",
        "You can book the next one yourself at {}.",
        "Speaker 2  44:18 The worksheets are on {}, under resources.",
        "<v Speaker 1>I'll send you {} after this.</v>",
        "The meeting link is {}, same as last time.",
        "I read a bit on {} about what the dosing day is like.",
        "There's a page, {}, with the breathing exercises.",
        "If you go to {} there's a form for the carers.",
        "My GP sent me {} for the referral.",
        "00:03:22.800 --> 00:03:26.140 so if you just head to {} you'll see the info sheet.",
        "Okay, and the trial page is {}, it's got the contact details.",
        "I signed up through {}, it was pretty easy.",
        "They've got a group listed on {}, so I might try that.",
        "Is it {}? I couldn't find it.",
        "The intake form is at {}, you fill it in before the first session.",
        "My sister found {} and sent it to me.",
        "We'll use {} for the sessions, just click it at the time.",
        "I bookmarked {} so I can go back to it.",
        "The recording of the talk is up on {} if you want it.",
        "Yeah it was {}, I typed it in wrong the first time.",
        "[00:19:40] They've moved everything to {} now.",
        "You can read about the study at {}, it's all plain English.",
        "Have a look at {} and tell me what you think next week.",
    ],
    "SSN": [
        "My social is {}, do you need that for the billing?",
        "SSN is {}, I think that's right.",
        "My SIN is {}, they asked for it on the payment form.",
        "It's my National Insurance number, {}.",
        "My PPS number is {}, for the refund.",
        "TFN is {}, that's for the participant payments.",
        "My IRD number's {}, they wanted it for the vouchers.",
        "SPEAKER_01: Social security number? Yeah, {}.",
        "Okay, and your social insurance number is {}?",
        "Speaker 2  15:51 I've got my NI number here, it's {}.",
        "<v Speaker 1>My social security number is {}.</v>",
        "The form wanted my SSN, so I put {}.",
        "For the payments they need your tax file number, mine's {}.",
        "My social's {}, should I say that on the recording?",
        "00:10:47.090 --> 00:10:50.320 SIN, {}.",
        "My husband's social is {}, the insurance is through him.",
        "I read my PPS number out to them, {}, and they found me.",
        "My IRD is {}, if that's what you need.",
        "The tax number I gave was {}.",
        "National Insurance, {}, and my GP's on the letter.",
        "I think my social security is {}, let me just check the card.",
        "Okay, so I've got {} as your SSN.",
        "It's {} for the SIN, and the rest is on the form.",
        "They asked for my NI number for the study payment, it's {}.",
        "My mum's social is {}, I handle all her paperwork now.",
        "[00:28:06] For the stipend they need the SSN, which is {}.",
    ],
    "ID": [
        "My MRN is {}, it's on the wristband from last time.",
        "The member ID on the back of my card is {}.",
        "Your participant number is {}, you'll need it for the surveys.",
        "The claim number is {}, if that helps.",
        "My NHS number is {}.",
        "My Medicare number's {}, do you need the reference too?",
        "My NHI is {}, the GP gave it to me.",
        "Health card number is {}, and the version code.",
        "SPEAKER_00: Can I get your client number? SPEAKER_01: Yeah, it's {}.",
        "Speaker 1  03:45 The screening ID they gave me was {}.",
        "<v Speaker 2>Policy number {}.</v>",
        "The account number on the bill is {}, I think.",
        "My hospital number is {}, it's on the appointment letter.",
        "Okay, I've got you as participant {} in the system.",
        "The insurance member number is {}, through my work.",
        "00:07:12.550 --> 00:07:16.030 the study ID is {}.",
        "My patient number is {}, they read it out at reception.",
        "Yeah, the reference number for the claim was {}.",
        "For the portal I think my record number is {}.",
        "The group policy is {}, it covers the counselling.",
        "My NHS number, {}, is on the letter from the hospital.",
        "The participant ID on the folder is {}.",
        "It's client number {}, and my name's on it too.",
        "My case number with the insurance is {}.",
        "[00:50:02] I wrote my Medicare number down, it's {}.",
        "The MRN they gave me at the ED was {}.",
        "You should have my OHIP number, it's {}.",
    ],
}
