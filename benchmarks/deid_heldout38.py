"""A fortieth SYNTHETIC transcript set for benchmarks/deid.py: the thirty-eighth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand,
sometimes with their state, province or county, are used as places only, never with a person; every
hospital, clinic, medical centre, counselling service, practice, school, college, trial and workplace
name is made up).  Written on 2026-12-07 by an engineer who had NOT seen the de-identifier's rules, its
docs page, its tests or the contents of the earlier sets (only benchmarks/deid.py, for how a set is
plugged in and scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout37.py their docstrings,
plus the ``value`` signature and the ``TEMPLATES`` shape of deid_heldout19.py, for the format), in one
go, before any run; no rule and no line of this file was changed after its first run.  It was first run
on the nineteenth round's rules (main at commit 8c630b2) and measures how the rules do on transcripts
they were not written for; it stays a blind set until a later round makes it a development set.

Style: ORDINARY AUTOMATIC TRANSCRIPTS of psychotherapy sessions and research interviews as today's
tools write them and researchers export them, a SECOND SAMPLE of that kind by another writer (after
deid_heldout36.py, of which only the docstring was read; this one is written from what such tools
produce, not from that list): Whisper, Otter.ai, Zoom and Teams auto-captions and transcript exports --
VTT/SRT-like cue lines (``00:21:16.080 --> 00:21:19.920``), ``[00:14:07]`` stamps, Otter's ``Speaker 2
12:41`` headers, ``SPEAKER_00:``/``SPEAKER_01:`` diarisation labels, a Teams/VTT ``<v Speaker 1>...</v>``
voice tag, rarely the participant's display name as the label (then the label is the planted name);
mostly correct capitals and punctuation, numbers as such tools write them (digits, ``$400``, ``80%``,
``50 mg``, ``2:30``, phone numbers as digit groups, an age or a number now and then spelled out), a few
mis-recognitions (``the key to mean clinic``, ``sat and setting``), run-on turns strung together with
``so``, ``and``, ``like``, ``um``.  The benchmark's generator writes every turn as ``Therapist:``/``Client:``,
so a template's cue and label sit inside the ``Client:`` turn; a template is sometimes the clinician's
or interviewer's line (a number or address read back, a question).  Settings: telehealth CBT,
counselling, couples therapy, a psilocybin or ketamine trial's remote preparation and integration
sessions, and qualitative follow-up interviews over Zoom.  Speakers from the US, Canada, the UK,
Ireland, Australia and New Zealand, mixed (``mum``, ``mom``, ``mam``, ``nan``, ``pop``, ``the GP``, ``the
ED``, ``uni``, ``reckon``, ``footy``, ``a good innings``).  This set estimates how the rules do on ordinary
automatic transcripts, so it is kept plain and natural and does not chase variety for its own sake.

Identifier forms: the MOST COMMON forms such tools produce, evenly spread; hard or exotic forms are
rare (under one in ten of each type).  Names: a first name alone (the most common), a full name, a
surname after ``Dr``/``Dr.``/``Mr``/``Mrs``/``Ms`` (the title in the carrier), a relative's, partner's,
friend's or guide's name after a kin or role word in the carrier, a possessive or contracted ``'s``
in the carrier, a short form (``Bec``, ``Jonno``); rarely a hyphenated first name, an ``O'`` surname, a
name the tool wrote in lower case or a display name as the cue label.  Places: the city, town or
suburb someone lives in, grew up in, works in or moved to, and made-up hospitals, medical centres,
counselling services, practices, schools, colleges and workplaces by name (``Brookhaven Hospital``,
``Larkfield Medical Centre``); rarely a town with its state, province or county inside the span.
Addresses as said and as the tool writes them: a street line with digits (most), a US line with
``Apt 3B`` or with town, state and ZIP, a UK line with ``Flat 4,`` or with town and postcode, an Irish
estate line with its town, an Australian line with suburb, state and postcode or a ``Unit 2,`` line, a
NZ line with town and postcode, a Canadian line with city and province (sometimes a postal code);
rarely an Australian ``4/18`` unit line or a house number in words.  Dates as said (calendar dates
only, no holidays): ``March 3rd`` (most), ``the 14th``, ``the 2nd of May``, ``3rd of March``, ``14th
March``, ``March 3``, ``Friday the 9th``, ``May 2nd, 2023`` and ``Tuesday, May 2nd, 2023`` (the weekday
agrees with the date), ``3/14`` and ``14/3``; ``on``, ``since``, ``from`` in the carrier; rarely ``the
twenty-first``, ``March third`` or ``the 3rd of March 2024``.  Ages over 89 (90-110): digits (most),
words as Whisper sometimes writes them (``ninety-three``), rarely ``a hundred and two``; the unit in the
carrier.  Phones as digit groups in local layouts: US and Canadian ``(413) 555-0187``, ``413-555-0187``,
``413 555 0187`` (555-01xx fiction numbers), UK ``07700 900xxx`` mobiles and ``0161 496 0xxx`` / ``020 7946
0xxx`` landlines, Irish ``087``/``086``/``085`` mobiles and ``01`` landlines, Australian ``0491 570 xxx``
mobiles and ``(02)``/``(03) 5550 xxxx`` landlines, NZ ``021``/``027`` mobiles and ``(09)``/``(04)``
landlines; rarely a country code or the digits as words.  Emails: as the tool writes a spoken one,
``jane.doe@gmail.com`` (most) or ``jane dot doe at gmail dot com``, rarely the half-way ``jane.doe at
gmail.com``; free-mail and ISP addresses of these countries and invented practice, clinic and trial
addresses.  Web addresses: invented practice, clinic, trial, booking and resource pages with and
without ``https://`` and ``www``; rarely a spoken ``dot com`` one or a short link.  SSNs as each country's
national number (planted as SSN -- a judgement call): US social security numbers (most), Canadian SINs,
UK National Insurance numbers, Irish PPS numbers, Australian tax file numbers and NZ IRD numbers, the
cue in the carrier (``value`` and the template are drawn independently, so not always the matching one);
rarely a US number run together or read out in words.  IDs (the cue always in the carrier, never in the
span): medical record and hospital numbers, insurance member and policy numbers, trial participant,
study and screening numbers, clinic account, client, case and claim numbers, NHS numbers, Australian
Medicare numbers, NZ NHI numbers and Ontario health card numbers; rarely digits read out one by one.
A title, kin word, speaker label, timestamp or possessive ``'s`` next to a name, an article before a
place and ``on`` before a date stay outside the span; a date's own words (``the 2nd of May``, ``Friday the
9th``) are inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and
then a form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: timestamps and cue numbers, speaker labels
(``Speaker 1``, ``SPEAKER_00``), drugs and doses (psilocybin, ketamine, sertraline 50 mg, escitalopram),
scales (PHQ-9, GAD-7), amounts (``$120``, ``80%``), ages and counts under 90, times of day, kin words as
common nouns (my mum, my nan, the kids, my partner), the names of the tools (Zoom) and place-like common
words (the clinic, the GP, the ED, the school, work, uni, the care home); they hold no other name, place
or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

_FIRST = ["Megan", "Declan", "Aoife", "Kayla", "Bronwyn", "Tamsin", "Brayden", "Rhys", "Niamh", "Callum",
          "Jodie", "Hemi", "Aroha", "Shauna", "Trent", "Marcy", "Dale", "Lorraine", "Gemma", "Wade", "Keisha",
          "Darnell", "Tyler", "Brooke", "Sinead", "Padraig", "Kirsty", "Jarrod", "Shannon", "Glenn", "Colleen",
          "Bernadette", "Hamish", "Fiona", "Meredith", "Deepa", "Tane", "Mereana", "Courtney", "Lucas",
          "Chloe", "Ethan", "Olivia", "Nathan", "Amber", "Craig", "Leanne", "Ronan", "Ciara", "Jasmine",
          "Dylan", "Harriet", "Owen", "Tegan", "Mitchell", "Renee", "Garrett", "Destiny", "Marcus", "Paige"]
_SURNAME = ["Pritchard", "McAlister", "Donnelly", "Hartigan", "Sorensen", "Whitlock", "Ngata", "Faulkner",
            "Brennan", "Dempsey", "Tran", "Nguyen", "Walsh", "Murphy", "Thompson", "Reyes", "Patel", "Coleman",
            "Bishop", "Harding", "Kerr", "Maddox", "Fenwick", "Ashworth", "Te Whata", "Lacey", "Moriarty",
            "Chaudhry", "Lindgren", "Bouchard", "Tremblay", "Okonkwo", "Santos", "Huang", "Vella", "Parata",
            "Quinlan", "Fairweather", "Renshaw", "Doyle", "Sheehan", "Whitford", "Carmody", "Ellison"]
_SHORT = ["Bec", "Jonno", "Tash", "Gaz", "Steph", "Mikey", "Robbo", "Kez", "Mads", "Deano", "Liz", "Sully"]
_HYPHEN = ["Mary-Kate", "Anna-Lise", "Jean-Marc", "Lily-Rose", "Sarah-Jane"]
_O_SURNAME = ["O'Halloran", "O'Dwyer", "O'Keeffe", "O'Shaughnessy"]

_TOWNS = ["Akron", "Lansing", "Fort Collins", "Olympia", "Syracuse", "Des Moines", "Knoxville", "Bellingham",
          "Sacramento", "Omaha", "Tulsa", "Savannah", "Kamloops", "Red Deer", "Moncton", "Peterborough",
          "Kelowna", "Sudbury", "Nanaimo", "Sherbrooke", "Swindon", "Bolton", "Derby", "Sunderland",
          "Huddersfield", "Telford", "Preston", "Warrington", "Hastings", "Salford", "Walthamstow", "Croydon",
          "Athlone", "Mullingar", "Navan", "Letterkenny", "Castlebar", "Kilkenny", "Drogheda", "Sligo",
          "Tullamore", "Swords", "Wollongong", "Toowoomba", "Geelong", "Penrith", "Parramatta", "Frankston",
          "Townsville", "Mandurah", "Launceston", "Bankstown", "Dandenong", "Mildura", "Palmerston North",
          "Napier", "Rotorua", "Whanganui", "Invercargill", "Porirua", "Lower Hutt", "Gisborne", "Timaru"]
_TOWN_REGION = ["Akron, Ohio", "Kamloops, BC", "Red Deer, Alberta", "Bolton, Greater Manchester",
                "Athlone, County Westmeath", "Castlebar, County Mayo", "Geelong, Victoria", "Toowoomba, Queensland",
                "Lansing, Michigan", "Moncton, New Brunswick"]
_FAC_STEM = ["Brookhaven", "Larkfield", "Lindenwood", "Ferngate", "Stonebridge", "Ashcombe", "Marlowe Park",
             "Hollybrook", "Kingsmere", "Redwater", "Glenharrow", "Cedarvale", "Tallowwood", "Bramley Heath",
             "Eastmoor", "Silverbank"]
_FAC_KIND = ["Hospital", "Medical Centre", "Medical Center", "Counselling Service", "Behavioral Health",
             "Family Practice", "High School", "Primary School", "College", "Community Health Centre",
             "Wellness Clinic", "Psychology", "Recovery Centre", "Private Hospital", "Health Centre"]
_WORKPLACES = ["Northgate Logistics", "Brightline Plumbing", "Harbourside Aged Care", "Pinecrest Credit Union",
               "Summit Freight", "Kerrigan Motors", "Bluegum Childcare", "Westfold Packaging"]
_SAINT = ["St Brendan's Hospital", "St Agatha's College", "St Columba's Primary"]

_STREET = ["Whitmore", "Larchwood", "Penrose", "Tamarind", "Ridgeview", "Bellbird", "Hawthorn", "Cresswell",
           "Ashgrove", "Kingfisher", "Rosedale", "Waratah", "Kowhai", "Maple Ridge", "Orchard", "Fairview",
           "Glenview", "Sycamore", "Primrose", "Heather", "Elmstead", "Tui", "Banksia", "Chestnut"]
_ST_TYPE = ["Street", "Road", "Avenue", "Drive", "Lane", "Crescent", "Close", "Place", "Court", "Way", "Grove",
            "Terrace"]
_US_TAIL = [("Akron", "Ohio", "443"), ("Lansing", "MI", "489"), ("Olympia", "WA", "985"),
            ("Knoxville", "TN", "379"), ("Omaha", "NE", "681"), ("Syracuse", "NY", "132"), ("Tulsa", "OK", "741")]
_UK_TAIL = [("Bolton", "BL"), ("Swindon", "SN"), ("Derby", "DE"), ("Preston", "PR"), ("Sunderland", "SR"),
            ("Huddersfield", "HD"), ("Warrington", "WA")]
_IE_ESTATE = ["Park", "Grove", "Heights", "Lawns", "Court", "Avenue"]
_IE_TOWN = ["Mullingar", "Navan", "Athlone", "Letterkenny", "Castlebar", "Tullamore", "Drogheda"]
_AU_TAIL = [("Frankston", "VIC", "3199"), ("Geelong", "VIC", "3220"), ("Penrith", "NSW", "2750"),
            ("Toowoomba", "QLD", "4350"), ("Wollongong", "NSW", "2500"), ("Mandurah", "WA", "6210"),
            ("Launceston", "TAS", "7250")]
_NZ_TAIL = [("Rotorua", "3010"), ("Napier", "4110"), ("Palmerston North", "4410"), ("Invercargill", "9810"),
            ("Lower Hutt", "5010"), ("Timaru", "7910")]
_CA_TAIL = [("Kelowna", "BC", "V1Y"), ("Moncton", "NB", "E1C"), ("Sudbury", "Ontario", "P3A"),
            ("Red Deer", "Alberta", "T4N"), ("Nanaimo", "BC", "V9R")]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
              8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
              14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
              19: "nineteenth", 20: "twentieth"}

_FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
             "hotmail.co.uk", "btinternet.com", "yahoo.ie", "eircom.net", "bigpond.com", "optusnet.com.au",
             "xtra.co.nz", "shaw.ca", "sympatico.ca", "live.com.au", "protonmail.com"]
_PRACTICE = ["harbourlightcounselling.com.au", "clearpathpsychology.co.nz", "northshoremindcare.ca",
             "brightwatertrial.org", "stillwaterketamine.com", "greenleaftherapy.co.uk", "oakhavenclinic.ie",
             "meadowlarkcounseling.com", "tidewellpsychology.com.au", "lanternhousetherapy.com",
             "pathwayspsilocybinstudy.org", "kiwicalmcounselling.co.nz"]
_PATHS = ["", "", "", "/book", "/resources/sleep", "/prep-guide", "/integration", "/contact", "/forms/intake",
          "/waitlist", "/fees", "/grief-support"]


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _ord_word(d: int) -> str:
    if d in _ORD_WORDS:
        return _ORD_WORDS[d]
    tens = {2: "twenty", 3: "thirty"}[d // 10]
    return f"{tens}-{_ORD_WORDS[d % 10]}" if d % 10 else ("thirtieth" if d == 30 else "twentieth")


def _age_words(a: int) -> str:
    if a >= 100:
        rest = a - 100
        return "a hundred" if rest == 0 else f"a hundred and {_ONES[rest] if rest < 10 else 'ten'}"
    return "ninety" if a == 90 else f"ninety-{_ONES[a - 90]}"


def _person(r: random.Random) -> str:
    x = r.random()
    if x < 0.44:
        return r.choice(_FIRST)
    if x < 0.72:
        return f"{r.choice(_FIRST)} {r.choice(_SURNAME)}"
    if x < 0.86:
        return r.choice(_SURNAME)
    if x < 0.93:
        return r.choice(_SHORT)
    return r.choice([r.choice(_HYPHEN), f"{r.choice(_FIRST)} {r.choice(_O_SURNAME)}", r.choice(_O_SURNAME),
                     r.choice(_FIRST).lower()])


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.58:
        return r.choice(_TOWNS)
    if x < 0.84:
        return f"{r.choice(_FAC_STEM)} {r.choice(_FAC_KIND)}"
    if x < 0.92:
        return r.choice(_WORKPLACES)
    return r.choice([r.choice(_TOWN_REGION), r.choice(_TOWN_REGION), r.choice(_SAINT)])


def _address(r: random.Random) -> str:
    n = r.randint
    street = f"{r.choice(_STREET)} {r.choice(_ST_TYPE)}"
    x = r.random()
    if x < 0.36:
        return f"{n(2, 240)} {street}"
    if x < 0.50:
        if r.random() < 0.5:
            return f"{n(100, 4800)} {street}, Apt {n(1, 12)}{r.choice('ABCD')}"
        town, state, zip3 = r.choice(_US_TAIL)
        return f"{n(100, 4800)} {street}, {town}, {state} {zip3}{n(0, 99):02d}"
    if x < 0.62:
        if r.random() < 0.5:
            return f"Flat {n(1, 9)}, {n(2, 160)} {street}"
        town, pc = r.choice(_UK_TAIL)
        return f"{n(2, 160)} {street}, {town} {pc}{n(1, 9)} {n(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
               f"{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if x < 0.70:
        return f"{n(1, 88)} {r.choice(_STREET)} {r.choice(_IE_ESTATE)}, {r.choice(_IE_TOWN)}"
    if x < 0.81:
        if r.random() < 0.35:
            return f"Unit {n(1, 8)}, {n(2, 90)} {street}"
        town, state, pc = r.choice(_AU_TAIL)
        return f"{n(2, 190)} {street}, {town} {state} {pc}"
    if x < 0.87:
        town, pc = r.choice(_NZ_TAIL)
        return f"{n(2, 190)} {street}, {town} {pc}"
    if x < 0.93:
        town, prov, fsa = r.choice(_CA_TAIL)
        tail = f" {fsa} {n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{n(1, 9)}" if r.random() < 0.4 else ""
        return f"{n(10, 2900)} {street}, {town}, {prov}{tail}"
    if r.random() < 0.6:
        return f"{n(1, 9)}/{n(2, 80)} {street}"
    return f"{r.choice(['twelve', 'nineteen', 'forty-two', 'seven', 'twenty-three', 'sixty'])} {street}"


def _date(r: random.Random) -> str:
    n = r.randint
    mi, d = n(1, 12), n(1, 28)
    m = _MONTHS[mi - 1]
    x = r.random()
    if x < 0.25:
        return f"{m} {_ord(d)}"
    if x < 0.39:
        return f"the {_ord(d)}"
    if x < 0.51:
        return f"the {_ord(d)} of {m}"
    if x < 0.59:
        return f"{_ord(d)} of {m}"
    if x < 0.65:
        return f"{_ord(d)} {m}"
    if x < 0.72:
        return f"{m} {d}"
    if x < 0.78:
        return f"{r.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'])} the {_ord(d)}"
    if x < 0.84:
        y = n(2019, 2026)
        day = datetime.date(y, mi, d).strftime("%A")
        return r.choice([f"{m} {_ord(d)}, {y}", f"{day}, {m} {_ord(d)}, {y}"])
    if x < 0.92:
        return r.choice([f"{mi}/{d}", f"{d}/{mi}"])
    return r.choice([f"the {_ord_word(d)}", f"{m} {_ord_word(d)}", f"the {_ord(d)} of {m} {n(2019, 2026)}"])


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.30:
        a, c = r.choice([413, 312, 614, 503, 919, 720, 613, 604, 416, 902, 204, 780]), n(100, 199)
        return r.choice([f"({a}) 555-0{c - 100:03d}", f"{a}-555-0{c - 100:03d}", f"{a} 555 0{c - 100:03d}"])
    if x < 0.50:
        return r.choice([f"07700 900{n(0, 999):03d}", f"0161 496 0{n(0, 999):03d}", f"020 7946 0{n(0, 999):03d}",
                         f"0113 496 0{n(0, 999):03d}", f"07700 900 {n(0, 999):03d}"])
    if x < 0.64:
        return r.choice([f"08{r.choice('567')} {n(100, 999)} {n(1000, 9999)}", f"01 {n(200, 999)} {n(1000, 9999)}",
                         f"08{r.choice('567')}{n(1000000, 9999999)}"])
    if x < 0.80:
        return r.choice([f"0491 570 {n(0, 999):03d}", f"(02) 5550 {n(1000, 9999)}", f"(03) 5550 {n(1000, 9999)}",
                         f"0491 570 {n(0, 999):03d}"])
    if x < 0.93:
        return r.choice([f"021 {n(100, 999)} {n(1000, 9999)}", f"027 {n(100, 999)} {n(1000, 9999)}",
                         f"(09) {n(300, 999)} {n(1000, 9999)}", f"(04) {n(300, 999)} {n(1000, 9999)}"])
    c = n(100, 199) - 100
    return r.choice([f"+44 7700 900{n(0, 999):03d}", f"+61 491 570 {n(0, 999):03d}", f"+1 613 555 0{c:03d}",
                     " ".join(_ONES[int(ch)] for ch in f"0491570{n(0, 999):03d}")])


def _email(r: random.Random) -> str:
    f, s = r.choice(_FIRST).lower(), r.choice(_SURNAME).lower().replace(" ", "")
    local = r.choice([f"{f}.{s}", f"{f}.{s}", f"{f}{s}", f"{f}_{s}", f"{f}.{s}{r.randint(1, 99)}",
                      f"{f[0]}{s}", f"{f}{r.randint(80, 99)}"])
    domain = r.choice(_FREEMAIL) if r.random() < 0.75 else r.choice(_PRACTICE)
    if domain in _PRACTICE and r.random() < 0.4:
        local = r.choice(["info", "admin", "bookings", "study", "hello"])
    address = f"{local}@{domain}"
    x = r.random()
    if x < 0.68:
        return address
    if x < 0.94:
        return address.replace("@", " at ").replace(".", " dot ").replace("_", " underscore ")
    return f"{local} at {domain}"


def _url(r: random.Random) -> str:
    site, path = r.choice(_PRACTICE), r.choice(_PATHS)
    x = r.random()
    if x < 0.30:
        return f"www.{site}{path}"
    if x < 0.58:
        return f"https://www.{site}{path}"
    if x < 0.80:
        return f"{site}{path}"
    if x < 0.93:
        return f"https://{site}{path}"
    if r.random() < 0.5:
        stem, _, tld = site.partition(".")
        return f"{stem} dot {tld.replace('.', ' dot ')}"
    return f"bit.ly/{r.choice(['3kT9xQa', 'prep-ketamine', '4HwzR2m', 'intake-form'])}"


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.40:
        return f"{r.choice([n(101, 665), n(667, 899)])}-{n(10, 99)}-{n(1000, 9999)}"
    if x < 0.53:
        return f"{n(100, 799)} {n(100, 999)} {n(100, 999)}"
    if x < 0.66:
        pre = r.choice(["JT", "NP", "AB", "KL", "SE", "WR", "PC", "HG"])
        return f"{pre} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}"
    if x < 0.76:
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFHKTW')}{r.choice(['', '', 'A'])}"
    if x < 0.85:
        return f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    if x < 0.93:
        return r.choice([f"0{n(10, 99)}-{n(100, 999)}-{n(100, 999)}", f"{n(10, 99)}-{n(100, 999)}-{n(100, 999)}"])
    digits = f"{n(101, 665)}{n(10, 99)}{n(1000, 9999)}"
    return digits if r.random() < 0.5 else " ".join(_ONES[int(ch)] for ch in digits)


def _id(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.18:
        return r.choice([str(n(1000000, 99999999)), f"{n(1000000, 9999999):08d}"])
    if x < 0.30:
        return f"{r.choice(['W', 'H', 'XKH', 'JQP', 'M'])}{n(100000000, 999999999)}"
    if x < 0.40:
        return f"{r.choice(['PSI', 'KT', 'P', 'ST'])}-{n(1, 299):04d}"
    if x < 0.49:
        return f"{n(400, 499)} {n(100, 999)} {n(1000, 9999)}"
    if x < 0.58:
        return f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}"
    if x < 0.65:
        return f"{r.choice('ABCDEGHJKLMNPRSTWXYZ')}{r.choice('ABCDEGHJKLMNPRSTWXYZ')}{r.choice('KLMNPQRTUZ')}" \
               f"{n(1000, 9999)}"
    if x < 0.72:
        return f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(['KT', 'AB', 'HM', 'XP'])}"
    if x < 0.80:
        return f"{r.choice(['C', 'CLM', 'EAP'])}-{n(1000000, 9999999)}"
    if x < 0.93:
        return r.choice([f"{n(10000, 99999)}-{n(10, 99)}", f"{n(100000000, 999999999)}", f"A{n(10000, 99999)}"])
    return " ".join(_ONES[int(ch)] for ch in str(n(1000000, 9999999)))


def value(kind: str, r: random.Random) -> str:
    """One SYNTHETIC planted identifier of *kind*, drawn only with *r*."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date,
            "AGE": lambda g: str(g.randint(90, 110)) if g.random() < 0.74 else _age_words(g.randint(90, 106)),
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "Yeah, so {} picked me up after the session and we just sat in the car for a bit.",
        "[00:14:07] My sister {} has been staying with us since the kids finished school for the year.",
        "I haven't really told {} about the trial yet, I don't know how she'd take it.",
        "Dr {} said we could drop the sertraline to 50 mg once the dosing day's done.",
        "Speaker 2  12:41 Um, I think it was {} who first noticed I wasn't sleeping.",
        "My partner {} reckons I've been a lot calmer since the integration session.",
        "It's {}'s birthday on the weekend and I'm dreading the whole family thing.",
        "So my mum rang {} and the two of them had a proper go at each other, and then I'm stuck in the middle.",
        "SPEAKER_01: And {} was just, like, sitting there on the couch not saying anything.",
        "I had a really good chat with Mrs {} at the school about the bullying.",
        "My husband {} did the GAD-7 as well, just for fun, and he scored higher than me.",
        "00:21:16.080 --> 00:21:19.920 I keep thinking about {} and what he said at the funeral.",
        "The counsellor before you, Ms {}, she was lovely but she moved on.",
        "Honestly {} is the only one at work who knows about the key to mean clinic.",
        "My nan used to call me that, and then {} started doing it too.",
        "We had a big fight, me and {}, about money, like $400 on the credit card.",
        "Is it okay if {} joins the next Zoom? She's been asking about it.",
        "Mr {} from the school rang me twice last week about the attendance.",
        "<v Speaker 1>My ex, {}, still has the dog, which is the hardest bit.</v>",
        "I wrote a letter to {} like you said, but I haven't sent it.",
        "Our son {} is 14 now and he just shuts the door on us.",
        "My best mate {} came round with a pizza and we watched the footy, and it was the first normal night in ages.",
        "The guide on the dosing day, {}, she held my hand for most of it.",
        "So {}, my stepdad, he's the one who drinks.",
        "I think {} would say I'm a bit of a control freak, to be fair.",
        "Dr. {} wants me to do the PHQ-9 every two weeks now.",
        "{}  03:12 Hi, sorry, can you hear me? My camera's not working.",
        "My brother {}'s been sober for like 80 days, which is huge.",
        "And then my aunt {} goes, you know, you were always the sensitive one.",
        "Me and {} have been together 12 years, married for 9 of them.",
        "I told the GP, Dr {}, that the escitalopram was making me feel flat.",
        "Yeah, {} from my group texted me after, which was nice.",
    ],
    "LOCATION": [
        "I grew up in {} but we moved when I was about 10.",
        "So we're in {} now, which is closer to my mum.",
        "[00:07:55] I was at {} for three nights after the overdose.",
        "My dad still lives out near {}, on his own.",
        "Speaker 1  08:12 We drove up to {} for the weekend and it was actually nice.",
        "They've referred me to {} for the eating disorder stuff.",
        "I used to work at {}, like, for nearly six years.",
        "When I was at uni in {} it all kind of fell apart.",
        "The kids go to {}, it's just down the road from us.",
        "My partner's family are all from {}, so we go there a lot.",
        "SPEAKER_00: Yeah, I was born in {}, lived there till I was 18.",
        "I had the dosing session at {} and the room was really calming.",
        "We moved over from {} about three years ago.",
        "They sent an ambulance and took me to {}, which I don't remember much of.",
        "Honestly {} is just so small, everyone knows your business.",
        "00:33:40.200 --> 00:33:44.560 I got a new job at {} so that's been a lot.",
        "My sister's in {} and she's been really good about ringing.",
        "I was in and out of {} a lot when I was a teenager.",
        "The closest place to get the ketamine is {}, so it's about a 40 minute drive.",
        "We've been looking at houses in {} but it's so expensive.",
        "My son's doing his apprenticeship in {} now.",
        "I'm calling from my car outside {}, sorry about the noise.",
        "I saw a psychiatrist at {} years ago and it didn't really help.",
        "My mam's from {} originally, she came over in her twenties.",
        "Yeah, we're up in {} for the school holidays so the wifi's a bit patchy.",
        "The GP at {} is the one who told me about the trial.",
        "I don't go back to {} much anymore, too many memories.",
        "<v Speaker 2>So I finished up at {} in the end, it was too much.</v>",
        "He's in a care home in {} now.",
        "We had our first date in {}, at a little pub by the water.",
    ],
    "ADDRESS": [
        "We're at {} now, it's a two-bedroom, much smaller.",
        "The address is {}, if you need it for the letter.",
        "[00:10:22] So I'm at {}, that's where they should send the kit.",
        "I moved into {} with my partner a couple of months ago.",
        "My mum's place is {}, I'm staying there for now.",
        "Speaker 2  19:05 It's {}, the blue door, there's a ramp at the side.",
        "Yeah, the house at {} was where it all happened.",
        "Can you post the forms to {} instead of the old place?",
        "SPEAKER_01: Uh, my address has changed, it's {} now.",
        "We lived at {} when I was little, right next to the railway line.",
        "The courier's going to drop the headphones and the eyeshades to {}.",
        "I've put {} on the consent form, is that the right one?",
        "00:41:02.360 --> 00:41:06.800 My new place is {}, so it's about 10 minutes from the clinic.",
        "My ex is still at {} with the kids.",
        "Just so you have it for the safety plan, I'm at {}.",
        "The pharmacy keeps sending stuff to {} but I'm not there anymore.",
        "So the police came to {} and that's when it got really bad.",
        "It's {}, there's a gate code but I'll text it to you.",
        "Our first flat was {}, it had mould everywhere.",
        "I'm staying at my nan's, {}, until I sort something out.",
        "For the home visit, it's {}, just park on the street.",
        "<v Speaker 1>We're at {}, yeah, same as on the intake form.</v>",
        "My postal address is {}, the other one's just for work.",
        "The refuge moved me to {} which is supposed to be safer.",
        "I grew up at {} and my dad still lives there.",
        "So yeah, {}, that's home for now.",
    ],
    "DATE": [
        "My next scan is on {}, so I'll know more after that.",
        "The dosing day is {}, I've got it on the fridge.",
        "[00:05:48] I had my last drink on {} and I haven't touched it since.",
        "We split up on {}, it's been really rough.",
        "Can we do {} instead? I've got a work thing.",
        "Speaker 1  03:17 My dad passed on {}, so it's coming up to a year.",
        "I started the escitalopram on {}, like you suggested.",
        "The integration session's booked for {} at 2:30.",
        "SPEAKER_00: Um, the court date is {}, and I'm terrified.",
        "My daughter's due on {}, so I might miss a session around then.",
        "I've been sleeping better since {}, honestly.",
        "It was {} when I ended up in the ED.",
        "00:17:30.040 --> 00:17:33.880 So yeah, {} was the first panic attack I can remember.",
        "They moved my follow-up to {}, is that okay with you?",
        "My mum's surgery is on {} and I'm worried.",
        "I'll be away from {} for about a week.",
        "Our anniversary's {} and I don't think we're doing anything.",
        "We signed the consent forms on {}, I think.",
        "The ketamine infusion was {} and I felt weird for a couple of days after.",
        "I'm back at work from {}, part-time at first.",
        "He moved out on {}, and it's just been me and the kids since.",
        "Let's pencil in {} for the next one then.",
        "<v Speaker 2>The screening call was on {}, I think, yeah.</v>",
        "I got the results back on {} and that's when I lost it.",
        "My exams start {}, so I'm pretty stressed.",
        "Can you put {} in your calendar for the couples session?",
        "I found out I was pregnant on {}.",
        "The last time I self-harmed was {}.",
    ],
    "AGE": [
        "My nan is {} and she still lives on her own.",
        "She turned {} last month and we had a party at the home.",
        "[00:22:10] My grandad's {} now, so every call feels like it could be the last.",
        "He was {} when he died, so it was a good innings, I suppose.",
        "Speaker 2  26:48 My great-aunt is {} years old and sharper than me.",
        "My mum's mum, she's {}, she's in a care home.",
        "Honestly, being a carer for a {}-year-old is a full-time job.",
        "SPEAKER_01: My grandmother lived to {}, she was amazing.",
        "He's {} and he still drives, which terrifies me.",
        "My nana's turning {} in a couple of weeks.",
        "00:09:14.600 --> 00:09:18.320 Yeah, she's {}, and she has dementia now.",
        "Our neighbour's {} and I do her shopping every week.",
        "He's {} years old and he's just been diagnosed.",
        "My gran was {} when she passed, and I was with her.",
        "She's {}, can you believe it? She still does the crossword.",
        "When my grandfather turned {} the whole family came over.",
        "Pop's {} now and he's not really himself.",
        "My great-grandmother is {}, and she still asks about my exams.",
        "<v Speaker 1>She's {} and she's been in and out of hospital.</v>",
        "I look after my dad, he's {}, so I can't really do evenings.",
        "My grandma is {} and she lives with us.",
        "She died at {} and I never got to say goodbye.",
        "He's {} and refuses to go into a home.",
        "My great-uncle just turned {}, he was in the war.",
        "The oldest lady on my mum's ward is {} and she's lovely.",
        "My nan's {} and still does her own garden.",
    ],
    "PHONE": [
        "My number's {}, text is probably better.",
        "You can reach me on {} any time after five.",
        "[00:02:31] It's {}, that's my mobile.",
        "Speaker 1  01:14 The crisis team's number is {}, I've saved it.",
        "If I drop out of the Zoom, just ring me on {}.",
        "My mum's number is {} if you need an emergency contact.",
        "SPEAKER_00: Okay, so the best number is {}.",
        "00:56:03.120 --> 00:56:06.640 I'll read it out, it's {}.",
        "My new number is {}, I changed it because of him.",
        "They gave me {} for the after-hours line.",
        "My partner's on {} if I don't pick up.",
        "Call {} if you need to reschedule.",
        "It's {}, but the reception's bad at my place.",
        "The study nurse said to call {} if I get any side effects.",
        "Could you text the link to {} instead?",
        "My work number's {}, but don't leave a message there.",
        "<v Speaker 2>Yeah it's {}, same as before.</v>",
        "The number on the letter was {} but nobody answers.",
        "Just so it's on the file, my mobile is {}.",
        "My sponsor's number is {}, I call him most nights.",
        "Right, I've got {}, is that correct?",
        "I rang {} and they put me on hold for 40 minutes.",
        "Ring the house on {} if my mobile's off.",
        "The pharmacy's number is {}, they'll confirm the script.",
        "Ah, my landline's {}, but I hardly ever use it.",
        "Text me on {} when you've sent the link.",
    ],
    "EMAIL": [
        "My email's {}, all lower case.",
        "Can you send the forms to {}?",
        "[00:03:40] It's {}, that's the one I check.",
        "Speaker 2  05:02 Yeah, so the email address is {}.",
        "I sent the journal stuff to {} last night.",
        "SPEAKER_01: Um, my work one is {}, but use the personal one.",
        "The study coordinator's email is {}, I think.",
        "00:44:19.000 --> 00:44:23.480 You can email me on {} if that's easier.",
        "I've set up a new one, {}, because my ex knows the password.",
        "Just to confirm, that's {}?",
        "Send the playlist to {} and I'll listen before the session.",
        "My mum wants the updates, her email is {}.",
        "The invite went to {} but it never came through.",
        "I emailed {} about the invoice and they said it's $120.",
        "<v Speaker 1>It's {}, I'll type it in the chat.</v>",
        "Yeah, {} is the best one.",
        "Use {} for the Zoom link please.",
        "I got a reply from {} saying the booking was confirmed.",
        "My personal email is {}.",
        "Did you get my message from {}? I sent it after the session.",
        "Can you cc {} on the letter to the GP?",
        "The survey link was sent to {}, I think it went in spam.",
        "My partner's email is {} if you want to send it to both of us.",
        "Right, so I've got {} as your email.",
        "It's {}, and I check it every morning.",
        "For the receipts it's {}, the insurance needs them.",
    ],
    "URL": [
        "I booked through {}, it was pretty easy.",
        "The prep guide is on {} if you want to have a look.",
        "[00:25:11] There's a page at {} with the breathing exercises.",
        "Speaker 1  31:09 They said to fill out the form at {} before the screening.",
        "I found the group on {}.",
        "SPEAKER_00: The link is {}, I'll put it in the chat.",
        "Have a look at {}, they've got good stuff on grief.",
        "00:12:47.720 --> 00:12:51.560 You go to {} and then click on the consent bit.",
        "My therapist before you had all her worksheets on {}.",
        "The booking page is {} and you just pick a time.",
        "I read about the trial on {} and that's how I signed up.",
        "The playlist's up on {}, it's the one they use on the day.",
        "Is it {}? I think that's where the survey is.",
        "Go to {} to reschedule, it's quicker than ringing.",
        "<v Speaker 2>It's {}, all one word.</v>",
        "They've got a waiting list form at {}.",
        "I paid the invoice through {}.",
        "The site is {}, and there's a video on the first page.",
        "I've been using the sleep diary on {}.",
        "The integration circle has a page, {}, with the meeting details.",
        "You'll get a reminder with a link to {}.",
        "There's a resource sheet at {} that my GP printed off.",
        "The clinic's website is {}, it has the fees and stuff.",
        "I signed up through {} after my mate sent it to me.",
        "Okay, so {} is where you'll find the sat and setting videos.",
        "Just head to {} and log in with your email.",
    ],
    "SSN": [
        "My social security number is {}.",
        "Yeah, my social is {}, do you need the card as well?",
        "[00:04:02] For the billing they want my SSN, it's {}.",
        "Speaker 2  06:35 My SIN is {}, I've got it here.",
        "My National Insurance number is {}.",
        "SPEAKER_01: Um, the PPS number is {}.",
        "My tax file number is {}, the payroll lady needed it.",
        "00:07:21.480 --> 00:07:25.360 The IRD number is {}, I think.",
        "For the compensation forms they asked for my social, {}.",
        "My NI number's {}, that's for the sick pay.",
        "I gave them my social insurance number, {}, and they still lost it.",
        "Okay, I've written down {} as your social security number.",
        "They asked for the SSN on the intake, so it's {}.",
        "My PPS is {}, it's on the medical card letter.",
        "<v Speaker 1>Social security, {}, yeah.</v>",
        "The disability claim needs my social security number, which is {}.",
        "It's {}, that's my SIN, for the benefits form.",
        "My husband's social is {} if you need it for the insurance.",
        "My TFN is {}, if that's what they're after.",
        "The payroll form wanted my National Insurance, {}.",
        "Uh, the last one on the form, social security, is {}.",
        "My IRD's {}, the accountant has it too.",
        "I read them my social, {}, over the phone, which felt weird.",
        "For the study payments they need my SIN, so it's {}.",
        "SSN is {}, I double-checked it.",
    ],
    "ID": [
        "My medical record number is {}.",
        "The MRN on the letter is {}.",
        "[00:01:55] My participant number is {}, they said to quote that.",
        "Speaker 1  02:20 My member ID is {}, it's on the back of the card.",
        "The policy number is {}, for the insurance.",
        "SPEAKER_00: My NHS number is {}.",
        "My Medicare number's {}, do you need the little number next to my name as well?",
        "00:03:06.200 --> 00:03:10.040 My NHI is {}, I think.",
        "My health card number is {}.",
        "The claim number is {}, they told me to use it every time I call.",
        "Okay, I've got your screening number as {}.",
        "My account number with the clinic is {}.",
        "The referral letter has my hospital number, {}.",
        "<v Speaker 2>The member number is {}, yeah.</v>",
        "They want the participant ID, which is {}, on every survey.",
        "It's {}, that's the patient number on the wristband.",
        "The insurance member ID is {}, but the group number is different.",
        "My study ID is {}, is that the same as the screening one?",
        "I quoted the claim number, {}, and they still couldn't find it.",
        "My Medicare card number is {}.",
        "The invoice has my client number, {}, at the top.",
        "My OHIP number is {}, do you need the version code?",
        "The record number they gave me at the ED was {}.",
        "My NHS number, yeah, it's {}.",
        "The case number for the EAP is {}.",
        "My insurance policy is {}, through work.",
    ],
}
