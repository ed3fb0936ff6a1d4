"""A twenty-eighth SYNTHETIC transcript set for benchmarks/deid.py: the twenty-sixth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New
Zealand are used as places only, never with a person; every clinic, practice, surgery, trial site,
service, school, church, club and workplace name is made up).  Written on 2026-12-07 by an engineer
who had NOT seen the de-identifier's rules, its docs page, its tests or the contents of the earlier
sets (only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout25.py their docstrings, plus the ``value`` signature and the
``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no
line of this file was changed after its first run.  It was first run on the twelfth round's rules
(main at commit d1afa3d; the same rules as 8149bd3) and measures how the rules do on talk they were
not written for; it stays a blind set until a later round makes it a development set.

Style: ORDINARY psychotherapy sessions as AUTOMATIC SPEECH RECOGNITION writes them and nobody
corrected -- the raw transcript a Zoom or Teams recording, Otter.ai, a Whisper script or a
Dragon-style dictation engine hands back: Otter/Teams-style ``Speaker 1  0:03`` and ``Unknown
Speaker  31:02`` labels with the timestamp on the same line, diarisation labels (``SPEAKER_00:``),
now and then a first-name label that is itself the planted name (``Kayla  0:41  Okay. Um, ...``);
punctuation and capitals as the machine guessed them, mostly right and sometimes wrong (a name or
a town in lower case, a whole turn in lower case, a full stop in the middle of a date:
``April. 2nd``, ``the 9th. Of June``), numbers written as digits where people said words (``like
4 pages``, ``100 and 2``) and as words where they said digits (``oh four nine one, five seven oh``),
homophones (``there`` for their, ``four`` for for, ``ninety for``), long run-on turns with fillers
and false starts, and no bracket tags (no ``[inaudible]``, no ``[crosstalk]``).  The sessions are
ordinary outpatient work recorded for clinical supervision or for a trial's fidelity rating, from
settings the earlier docstrings do not name as theirs in this form: CBT for depression and for
panic and generalised anxiety (thought records, behavioural activation, the worry time, the
panic cycle; the earlier sets name CBT homework review in verbatim and clean text, not as raw
ASR), person-centred counselling (``what I'm hearing is``, the counsellor's reflections), grief
work (the anniversary, the empty chair, continuing bonds; earlier sets name grief counselling and
a bereavement counsellor, not an uncorrected machine transcript of it), trauma-focused CBT and
cognitive processing therapy (the impact statement, stuck points, the trauma narrative), the
preparation and integration sessions of an invented psilocybin trial recorded for its adherence
raters, a ketamine clinic's follow-up check-ins after a course of infusions (``the dissociation``,
``the booster``), and recorded telehealth (``you've gone quiet``, ``I'll pop it in the chat``).
Speakers from the US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``, ``mom``,
``mam``, ``nan``, ``arvo``, ``reckon``, ``grand``, ``footy``, ``eh``, ``y'all``).
Identifier forms: MOSTLY ordinary, said the way people say them in a session, with a minority of
harder ASR forms, chosen to differ from the earlier docstrings' lists where possible: a sister's,
partner's, boss's or mate's first name alone (by far the most common form), full names, a surname
after ``Mr``/``Mrs``/``Dr``/``Coach`` (the title in the carrier), a possessive ``'s`` in the
carrier, a first-name speaker label, lower-case ASR names, a first name the ASR split in two
(``Anna Lise``, ``Kay Lee``), Irish names as the ASR spells them by ear (``Neeve``, ``Keeva``,
``Sersha``, ``Oshin``), an ``O'`` surname with the apostrophe dropped (``O Driscoll``), and
word-names not listed before (Miles, Hazel, Jade, Reed, Wade, Cole, Sage, Mercy, Drew, Lance).
Places: the town, suburb or city they grew up in, moved to, drive through or where the funeral was
(``Visalia``, ``Red Deer``, ``Rotherham``, ``Mullingar``, ``Toowoomba``, ``Tauranga``), multi-word
towns (``Medicine Hat``, ``Sutton Coldfield``, ``Merthyr Tydfil``), towns the ASR split or lowered
(``Wolver Hampton``, ``too woomba``, ``weston super mare``), and made-up clinics, practices,
surgeries, churches, schools, depots and clubs.  Addresses as said in a session: ``14 Larkspur
Drive``, a street name alone (``Larkspur Drive``), a house number in words (``twenty two Tawa
Street``), a US house number said in pairs and written as two numbers (``14 12 Alder Avenue``),
``apartment 4B, 310 ...``, ``flat 3, 27 ...``, ``unit 5, 18 ...``, an Australian ``5/18`` line or
the ASR's ``5 18`` for it, a line with its town, a town with a US ZIP, a UK postcode, a Canadian
postal code or an Eircode, some in lower case.  Dates: ``the 9th``, ``April 2nd``, ``April 2``,
``April the 2nd``, ``2nd of April``, ``the 2nd of April``, ``2 April``, ``April second``, ``the
ninth``, ``Tuesday the 9th``, ``April 2nd, 2025``, lower-case ``april 2nd``, a full stop inside the
date (``April. 2nd``, ``the 2nd. Of April``), the Irish and British ``the 2nd of the 4th``, ``4/2``
and ``2/4``, and a date of birth as ASR writes it (``12/03/1931``, ``12 3 1931``, ``March 12th
1931``).  Ages over 89 (90-110): digits (the usual ASR output), words with and without a hyphen,
``a hundred``, ``a hundred and two``, ASR mixtures (``100 and 2``, ``a hundred and 3``), a homophone
(``ninety for``), with ``years old`` inside the span now and then.  Phones, mostly someone's own
mobile read out: US and Canadian ``(503) 555-0147`` layouts with the 555-01xx fiction numbers, UK
``07700 900xxx`` mobiles and drama-range landlines, Irish mobiles and Dublin landlines, Australian
``0491 570 xxx`` mobiles and ``(02) 5550 xxxx`` landlines, New Zealand mobiles and landlines,
``+44``/``+353``/``+61``/``+64``/``+1`` forms, all digits run together, digits spaced one by one, and
numbers the ASR left in words or half in words (``oh seven seven double oh, nine double oh, four six
one``, ``oh 2 1, 0 4 6, 7 7 1 8``).  Emails: free-mail and ISP domains of these countries, invented
practice and trial domains, a capital first letter, ``at``/``dot`` left as words by the ASR (``jess
dot halloran at gmail dot com``, ``jesshalloran at gmail.com``), a spelled first part (``J E S S dot
...``).  URLs: an invented practice's or clinic's page, a booking page, a meeting link, a transcript
share link, a worksheet or meditation page, a playlist, a memorial or fundraiser page, a social
profile with an invented handle, and a few left in words (``larkfield counselling dot co dot uk
forward slash resources``).  SSNs, as each country's national number (planted as SSN -- a judgement
call): US social security numbers, Canadian SINs, UK National Insurance numbers, Irish PPS numbers,
Australian tax file numbers and NZ IRD numbers, as digits, in groups, or read out in words.  IDs
(the cue always in the carrier, never in the span): MRNs, NHS numbers, Australian Medicare numbers,
NZ NHIs, Ontario health card numbers, insurance member and Medicaid ids, claim and ACC numbers,
trial participant, screening and randomisation numbers, a recording id for the fidelity raters, a
meeting id, a ketamine clinic's patient number, Rx, student, staff, licence, file, referral and
client numbers, some read out letter by letter or digit by digit.
A title, kin word, speaker label or timestamp next to a name, an article before a place and a
possessive ``'s`` stay outside the span; a date's own words (``the 2nd of April``, ``Tuesday the
9th``) are inside it.  ``value`` and the template are drawn independently (deid.py's design), so
now and then a form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: speaker labels (``Speaker 2``,
``SPEAKER_01``, ``Unknown Speaker``) and timestamps (``0:41``, ``1:02:15``), drugs and doses
(sertraline 100 mg, psilocybin 25 mg, ketamine 0.5 mg/kg, Spravato, propranolol 10, mirtazapine
15), scales and numbers (PHQ-9, GAD-7, PCL-5, SUDS 7, ``like 4 pages``, ``2 weeks``), ages under
90, bare years, countries, states and provinces, weekdays alone, times of day, durations, kin
words as common nouns (my mam, my nan, the kids, my ex) and place-like common words (the clinic,
the depot, the chemist, the job centre, the care home, the ward, church).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# ---------------------------------------------------------------- word lists (all invented combinations)
FIRST = ["Kayla", "Tyler", "Brandon", "Ashley", "Dustin", "Brittany", "Marcus", "Jasmine", "Cody", "Shawna",
         "Travis", "Alexis", "DeShawn", "Latoya", "Hector", "Marisela", "Colton", "Brianne", "Jaspreet",
         "Harjit", "Kerry", "Darren", "Gemma", "Wayne", "Stacey", "Callum", "Jodie", "Nathan", "Leanne", "Rhys",
         "Bethan", "Ffion", "Ciara", "Eoin", "Aisling", "Darragh", "Clodagh", "Cian", "Siobhán", "Pádraig",
         "Kylie", "Shane", "Jarrod", "Tahlia", "Mitchell", "Bronwyn", "Lachie", "Mick", "Tama", "Mere",
         "Wiremu", "Ngaire", "Tevita", "Keri", "Jess", "Megan", "Ryan", "Sarah", "Kevin", "Paula", "Steve",
         "Donna", "Chris", "Lisa", "Dave", "Karen", "Andy", "Michelle", "Tom", "Rachel"]
WORD_NAMES = ["Miles", "Hazel", "Jade", "Reed", "Wade", "Cole", "Sage", "Mercy", "Drew", "Lance"]
EAR_NAMES = ["Neeve", "Keeva", "Sersha", "Eefa", "Oshin", "Roshean", "Grawnya", "Kweeva"]
SPLIT_NAMES = ["Anna Lise", "Kay Lee", "Jo Ann", "Lee Anne", "Mary Beth", "Ash Lynn", "Bri Anna"]
LAST = ["Brennan", "Hargreaves", "Pemberton", "Dufresne", "Tremblay", "Gillespie", "Halloran", "Whitlock",
        "Delaney", "Okonjo", "Sandhu", "Grewal", "Fairweather", "McAllister", "O'Driscoll", "Rahman",
        "Bellamy", "Cartwright", "Lindgren", "Pritchard", "Moffat", "Castillo", "Ramos", "Whitfield",
        "Ashworth", "Thorne", "Keogh", "Duggan", "Prendergast", "Mulvaney", "Tait", "Henare", "Fonoti",
        "Boucher", "Pelletier", "Kovac", "Strand", "Yazzie", "Birch", "Hollis"]
TOWNS = ["Visalia", "Yakima", "Muncie", "Lubbock", "Amarillo", "Erie", "Toledo", "Akron", "Dayton", "Joliet",
         "Waukegan", "Hoboken", "Worcester", "Lowell", "Peoria", "Reno", "Ogden", "Billings", "Fargo",
         "Sioux Falls", "Cedar Rapids", "Kenosha", "Hattiesburg", "Knoxville", "Macon",
         "Red Deer", "Moncton", "Kamloops", "Nanaimo", "Sudbury", "Barrie", "Oshawa", "Lethbridge", "Kelowna",
         "Chilliwack", "Medicine Hat", "North Bay", "Doncaster", "Rotherham", "Swindon", "Basingstoke",
         "Crawley", "Stevenage", "Wolverhampton", "Stockport", "Rochdale", "Blackburn", "Grimsby", "Dundee",
         "Paisley", "Motherwell", "Merthyr Tydfil", "Lisburn", "Newry", "Milton Keynes", "Sutton Coldfield",
         "Athlone", "Mullingar", "Tullamore", "Letterkenny", "Ballina", "Castlebar", "Carlow", "Dundalk",
         "Drogheda", "Naas", "Portlaoise", "Clonmel", "Swords", "Blanchardstown", "Penrith", "Blacktown",
         "Campbelltown", "Toowoomba", "Bendigo", "Ballarat", "Geelong", "Dandenong", "Werribee", "Mandurah",
         "Joondalup", "Wollongong", "Launceston", "Mildura", "Tauranga", "Rotorua", "Whangarei", "Napier",
         "Invercargill", "Timaru", "Papakura", "Manurewa", "Masterton", "Levin", "Gisborne"]
ASR_TOWNS = ["Wolver Hampton", "too woomba", "weston super mare", "Basing Stoke", "milton keynes",
             "Tulla More", "kalgoorlie", "Saint Albans", "Fangarei", "Porta Laoise", "new castle"]
PLACE_WORDS = ["Larkfield", "Greywater", "Brightwater", "Ashgrove", "Pinecrest", "Harrowgate", "Tidewater",
               "Maple Lodge", "Kilbride", "Rushmere", "Coldbrook", "Ferndale", "Oakhurst", "Stonybrook",
               "Wrenfield", "Halewood"]
PLACE_KINDS = ["Counselling Centre", "Psychology", "Ketamine Clinic", "Family Practice", "High School",
               "Medical Centre", "Behavioral Health", "Community Church", "Surgery", "Primary School",
               "Bowls Club", "Wellness Clinic", "Health Centre", "Distribution Centre", "Rugby Club"]
STREETS = ["Larkspur", "Alder", "Tawa", "Kowhai", "Banksia", "Wattle", "Ashfield", "Hawthorn", "Cedar",
           "Sycamore", "Dunmore", "Kilcarn", "Glenview", "Millbrook", "Ferncliff", "Heather", "Thornbury",
           "Rimu", "Matai", "Jacaranda", "Poplar", "Chestnut", "Bramble", "Linden", "Orchard", "Riverside"]
SUFFIXES = ["Street", "Road", "Avenue", "Drive", "Crescent", "Close", "Grove", "Terrace", "Place", "Way",
            "Court", "Parade", "Lane"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
             8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
             14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
             19: "nineteenth", 20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third",
             24: "twenty-fourth", 25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh",
             28: "twenty-eighth", 29: "twenty-ninth", 30: "thirtieth"}
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
FREEMAIL = ["gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com", "yahoo.co.uk",
            "hotmail.co.uk", "btinternet.com", "eircom.net", "live.ie", "bigpond.com", "optusnet.com.au",
            "xtra.co.nz", "shaw.ca", "rogers.com", "proton.me"]
PRACTICE_DOMAINS = ["larkfieldcounselling.co.uk", "greywaterpsych.com.au", "brightwaterketamine.com",
                    "ashgrovetherapy.ca", "pinecrestcbt.com", "harrowgatepsychology.ie", "tidewaterbh.org",
                    "rushmerecounselling.co.nz", "coldbrookgrief.org", "wrenfieldtrial.org"]

SPOKEN_DOMAINS = {"larkfieldcounselling": "larkfield counselling", "greywaterpsych": "greywater psych",
                  "brightwaterketamine": "brightwater ketamine", "ashgrovetherapy": "ashgrove therapy",
                  "pinecrestcbt": "pinecrest c b t", "harrowgatepsychology": "harrowgate psychology",
                  "tidewaterbh": "tidewater b h", "rushmerecounselling": "rushmere counselling",
                  "coldbrookgrief": "coldbrook grief", "wrenfieldtrial": "wrenfield trial"}


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _words(n: int, hyphen: bool = True) -> str:
    """0 < n < 100 in words (``twenty-two`` / ``twenty two``)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ((("-" if hyphen else " ") + UNITS[u]) if u else "")


def _spoken_digits(s: str, r: random.Random) -> str:
    """Digits read one by one, ``0`` as ``oh`` or ``zero``, now and then a ``double``."""
    out, i = [], 0
    zero = r.choice(["oh", "oh", "zero"])
    while i < len(s):
        c = s[i]
        if not c.isdigit():
            i += 1
            continue
        w = zero if c == "0" else DIGIT_WORDS[int(c)]
        if i + 1 < len(s) and s[i + 1] == c and r.random() < 0.6:
            out.append(f"double {w}")
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def _read_groups(groups: list[str], r: random.Random) -> str:
    """Groups of digits read out in words, with commas between the groups as ASR puts them."""
    return ", ".join(_spoken_digits(g, r) for g in groups)


# ---------------------------------------------------------------- values
def _person(r: random.Random) -> str:
    f, last = r.choice(FIRST), r.choice(LAST)
    x = r.random()
    if x < 0.46:
        return f
    if x < 0.58:
        return f"{f} {last}"
    if x < 0.68:
        return last
    if x < 0.75:
        return r.choice(WORD_NAMES)
    if x < 0.83:
        return r.choice([f, r.choice(WORD_NAMES), last]).lower()
    if x < 0.88:
        return r.choice(EAR_NAMES)
    if x < 0.93:
        return r.choice(SPLIT_NAMES)
    if x < 0.97:
        return f"{f} {last.replace(chr(39), ' ')}" if "'" in last else f"{f} {last}".lower()
    return f"{f} {r.choice(LAST)}-{last}"


def _place_name(r: random.Random) -> str:
    return f"{r.choice(PLACE_WORDS)} {r.choice(PLACE_KINDS)}"


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.62:
        return r.choice(TOWNS)
    if x < 0.72:
        return r.choice(TOWNS).lower()
    if x < 0.80:
        return r.choice(ASR_TOWNS)
    return _place_name(r)


def _street(r: random.Random) -> str:
    return f"{r.choice(STREETS)} {r.choice(SUFFIXES)}"


def _uk_postcode(r: random.Random) -> str:
    area = r.choice(["SN", "DN", "S", "WV", "SK", "OL", "BB", "DD", "PA", "CF", "BT", "MK", "LS", "NE"])
    inward = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice(inward)}{r.choice(inward)}"


def _address(r: random.Random) -> str:
    n = r.randint
    st = _street(r)
    x = r.random()
    if x < 0.34:
        return f"{n(2, 480)} {st}"
    if x < 0.46:
        return st
    if x < 0.53:
        return f"{_words(n(2, 99), hyphen=r.random() < 0.3)} {st}"
    if x < 0.58:
        return f"{n(10, 39)} {n(10, 99)} {st}"
    if x < 0.64:
        return f"{r.choice(['apartment', 'Apartment', 'apt'])} {n(1, 9)}{r.choice('ABCD')}, {n(100, 990)} {st}"
    if x < 0.69:
        return f"{r.choice(['flat', 'Flat'])} {n(1, 8)}, {n(2, 120)} {st}"
    if x < 0.74:
        return f"{r.choice(['unit', 'Unit'])} {n(1, 12)}, {n(2, 80)} {st}"
    if x < 0.79:
        return f"{n(1, 12)}/{n(2, 80)} {st}" if r.random() < 0.6 else f"{n(1, 12)} {n(2, 80)} {st}"
    if x < 0.87:
        return f"{n(2, 480)} {st}, {r.choice(TOWNS)}"
    if x < 0.90:
        town = r.choice(["Yakima", "Toledo", "Peoria", "Billings", "Fargo"])
        return f"{n(100, 9800)} {st}, {town} {n(10000, 99899):05d}"
    if x < 0.93:
        return f"{n(2, 120)} {st}, {r.choice(['Swindon', 'Rotherham', 'Stockport', 'Dundee'])} {_uk_postcode(r)}"
    if x < 0.96:
        letters = "ABCEGHJKLMNPRSTVXY"
        pc = f"{r.choice(letters)}{n(0, 9)}{r.choice(letters)} {n(0, 9)}{r.choice(letters)}{n(0, 9)}"
        return f"{n(100, 9800)} {st}, {r.choice(['Red Deer', 'Kamloops', 'Barrie', 'Moncton'])} {pc}"
    if x < 0.98:
        e = "ACDEFHKNPRTVWXY"
        ec = f"{r.choice(['N91', 'N37', 'R35', 'A92', 'F23', 'E91'])} {r.choice(e)}{n(0, 9)}{r.choice(e)}{n(0, 9)}"
        estate = f"{r.choice(['Ashfield', 'Glenview', 'Kilcarn'])} {r.choice(['Grove', 'Park', 'Lawns'])}"
        return f"{n(1, 90)} {estate}, {ec}"
    return f"{n(2, 480)} {st}".lower()


def _date(r: random.Random) -> str:
    d = r.randint(1, 28)
    mi = r.randint(1, 12)
    m = MONTHS[mi - 1]
    o = _ord(d)
    y = r.randint(2019, 2026)
    forms = [
        (10, f"the {o}"), (10, f"{m} {o}"), (5, f"{m} {d}"), (5, f"{m} the {o}"), (5, f"{o} of {m}"),
        (7, f"the {o} of {m}"), (4, f"{d} {m}"), (4, f"{m} {ORD_WORDS[d]}"), (4, f"the {ORD_WORDS[d]}"),
        (4, f"{r.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])} the {o}"),
        (4, f"{m} {o}, {y}"), (3, f"the {o} of {m} {y}"), (3, f"{m.lower()} {o}"), (3, f"{m}. {o}"),
        (2, f"the {o}. Of {m}"), (3, f"the {o} of the {mi}{'th' if mi > 3 else {1: 'st', 2: 'nd', 3: 'rd'}[mi]}"),
        (3, f"{mi}/{d}"), (2, f"{d}/{mi}"), (2, f"{d:02d}/{mi:02d}/{r.randint(1928, 1999)}"),
        (2, f"{d} {mi} {r.randint(1928, 1999)}"), (2, f"{m} {o} {r.randint(1928, 1999)}"),
        (2, f"{ORD_WORDS[d]} of {m.lower()}"),
    ]
    total = sum(w for w, _ in forms)
    k = r.uniform(0, total)
    for w, f in forms:
        k -= w
        if k <= 0:
            return f
    return forms[0][1]


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    x = r.random()
    if a >= 100:
        rest = a - 100
        if x < 0.4:
            v = str(a)
        elif x < 0.6:
            v = "a hundred" if rest == 0 else f"a hundred and {_words(rest)}"
        elif x < 0.72:
            v = "one hundred" if rest == 0 else f"one hundred and {_words(rest)}"
        elif x < 0.86:
            v = "100" if rest == 0 else f"100 and {rest}"
        else:
            v = "a hundred" if rest == 0 else f"a hundred and {rest}"
    else:
        if x < 0.48:
            v = str(a)
        elif x < 0.68:
            v = _words(a - 0, hyphen=True) if a != 90 else "ninety"
        elif x < 0.86:
            v = _words(a, hyphen=False)
        elif x < 0.93:
            v = f"90 {a - 90}" if a > 90 else "90"
        else:
            v = "ninety for" if a == 94 or r.random() < 0.5 else "ninety to"
    if r.random() < 0.1:
        v += r.choice([" years old", " year old"])
    return v


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.30:  # US / Canada, fiction 555-01xx
        a = r.choice(["503", "509", "614", "919", "316", "402", "604", "403", "506", "705", "778"])
        c = f"01{n(0, 99):02d}"
        return r.choice([f"({a}) 555-{c}", f"{a}-555-{c}", f"{a} 555 {c}", f"{a}555{c}", f"+1 {a} 555 {c}",
                         f"1-{a}-555-{c}", f"{a}.555.{c}", _read_groups([a, "555", c], r),
                         " ".join(a + "555" + c)])
    if x < 0.50:  # UK
        mob = f"900{n(0, 999):03d}"
        line = r.choice([("0161", f"496 0{n(0, 999):03d}"), ("020", f"7946 0{n(0, 999):03d}"),
                         ("0113", f"496 0{n(0, 999):03d}"), ("0117", f"496 0{n(0, 999):03d}")])
        return r.choice([f"07700 {mob}", f"07700 {mob[:3]} {mob[3:]}", f"077 00 {mob}", f"+44 7700 {mob}",
                         f"{line[0]} {line[1]}", _read_groups(["07700", mob], r),
                         f"oh seven seven double oh, {_spoken_digits(mob, r)}", f"0 7 7 0 0 {' '.join(mob)}"])
    if x < 0.63:  # Ireland
        body = f"{n(100, 999)} {n(1000, 9999)}"
        pre = r.choice(["083", "085", "086", "087", "089"])
        return r.choice([f"{pre} {body}", f"{pre}{body.replace(' ', '')}", f"+353 {pre[1:]} {body}",
                         f"(01) {n(200, 899)} {n(1000, 9999)}", _read_groups([pre, *body.split()], r)])
    if x < 0.82:  # Australia, fiction ranges
        tail = f"{n(100, 199)}"
        land = f"5550 {n(0, 9999):04d}"
        return r.choice([f"0491 570 {tail}", f"0491570{tail}", f"04 9157 0{tail}", f"+61 491 570 {tail}",
                         f"(02) {land}", f"02 {land}", f"(03) {land}", _read_groups(["0491", "570", tail], r)])
    # New Zealand
    pre = r.choice(["021", "022", "027", "029"])
    a, b = f"{n(100, 999)}", f"{n(1000, 9999)}"
    return r.choice([f"{pre} {a} {b}", f"{pre}{a}{b}", f"+64 {pre[1:]} {a} {b}", f"(09) {n(200, 999)} {b}",
                     f"(04) {n(200, 999)} {b}", f"oh {' '.join(pre[1:])}, {' '.join(a)}, {' '.join(b)}",
                     _read_groups([pre, a, b], r)])


def _email(r: random.Random) -> str:
    f, last = r.choice(FIRST), r.choice(LAST).replace("'", "")
    fl, ll = f.lower().replace("á", "a"), last.lower()
    local = r.choice([f"{fl}.{ll}", f"{fl}{ll}", f"{fl}{ll}{r.randint(1, 99)}", f"{fl}_{ll[0]}",
                      f"{fl[0]}{ll}", f"{fl}.{ll}{r.randint(70, 99)}", f"{ll}.{fl}", f"{fl}{r.randint(1, 999)}"])
    dom = r.choice(FREEMAIL) if r.random() < 0.8 else r.choice(PRACTICE_DOMAINS)
    if dom in PRACTICE_DOMAINS and r.random() < 0.5:
        local = r.choice(["admin", "intake", "hello", "reception", "bookings", f"{fl[0]}.{ll}"])
    x = r.random()
    if x < 0.62:
        return f"{local}@{dom}"
    if x < 0.70:
        return f"{local.capitalize()}@{dom}"
    if x < 0.84:
        sp = local.replace(".", " dot ").replace("_", " underscore ")
        return f"{sp} at {dom.replace('.', ' dot ')}"
    if x < 0.93:
        return f"{local.replace('.', '')} at {dom}"
    return f"{' '.join(fl.upper())} dot {ll} at {dom.replace('.', ' dot ')}"


def _url(r: random.Random) -> str:
    n = r.randint
    dom = r.choice(PRACTICE_DOMAINS)
    handle = r.choice(PLACE_WORDS).lower().replace(" ", "") + r.choice(["_calm", ".heals", "mind", "_grief", "breath"])
    slug = f"{r.choice(FIRST).lower().replace('á', 'a')}-{r.choice(LAST).lower().replace(chr(39), '')}"
    x = r.random()
    if x < 0.40:
        path = r.choice(["", "/resources", "/booking", "/aftercare", "/worksheets/thought-record", "/fees",
                         "/grief-group", "/panic", f"/integration/week-{n(1, 8)}"])
        return r.choice([f"www.{dom}{path}", f"https://{dom}{path}", f"{dom}{path}", f"https://www.{dom}{path}"])
    if x < 0.50:
        return r.choice([f"calendly.com/{r.choice(LAST).lower().replace(chr(39), '')}-counselling/50min",
                         f"zoom.us/j/{n(81000000000, 89999999999)}",
                         f"otter.ai/u/{r.choice(['Xk', 'pQ', 'mT', 'Rb'])}{n(1000, 9999)}"
                         f"{r.choice(['zA', 'Lq', 'wE'])}",
                         f"teams.live.com/meet/{n(9300000000000, 9399999999999)}"])
    if x < 0.62:
        return r.choice([f"instagram.com/{handle}", f"youtube.com/@{handle}", f"linktr.ee/{handle}",
                         f"open.spotify.com/playlist/{r.choice(['4k', '7Q', '1z'])}{n(100000, 999999)}"
                         f"{r.choice(['Tw', 'xR', 'aa'])}",
                         f"insighttimer.com/{handle}", f"facebook.com/groups/{handle}"])
    if x < 0.72:
        return r.choice([f"gofundme.com/f/{slug}-memorial",
                         f"www.{r.choice(['lastingtribute', 'forevermissed', 'muchloved'])}.com/{slug}"])
    if x < 0.86:
        words = dom.split(".")[0]
        spoken = SPOKEN_DOMAINS[words] if r.random() < 0.5 else words
        tld = " dot ".join(dom.split(".")[1:])
        tail = r.choice(["", " forward slash resources", " slash booking", " slash aftercare"])
        return r.choice(["", "www dot ", "w w w dot "]) + f"{spoken} dot {tld}{tail}"
    return f"https://{dom}/{r.choice(['p', 'client', 'portal'])}/{n(1000, 99999)}"


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.34:
        a, b, c = f"{n(101, 665):03d}", f"{n(10, 99):02d}", f"{n(1000, 9999):04d}"
        return r.choice([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", _read_groups([a, b, c], r),
                         f"{a} {b}-{c}"])
    if x < 0.50:  # SIN
        g = [f"{n(100, 799)}", f"{n(100, 999)}", f"{n(100, 999)}"]
        return r.choice([" ".join(g), "-".join(g), "".join(g), _read_groups(g, r)])
    if x < 0.66:  # NI
        p = r.choice(["AB", "JK", "NR", "TW", "PC", "SL", "WM", "CE"])
        d = [f"{n(10, 99)}" for _ in range(3)]
        s = r.choice("ABCD")
        return r.choice([f"{p} {' '.join(d)} {s}", f"{p}{''.join(d)}{s}", f"{p.lower()} {' '.join(d)} {s.lower()}",
                         f"{' '.join(p)} {' '.join(''.join(d))} {s}"])
    if x < 0.78:  # PPS
        d = f"{n(1000000, 9999999)}"
        s = r.choice(["T", "W", "A", "H", "P"]) + r.choice(["", "A", "W"])
        return r.choice([f"{d}{s}", f"{d} {s}", f"{d}{s.lower()}", f"{' '.join(d)} {' '.join(s)}"])
    if x < 0.89:  # TFN
        g = [f"{n(100, 999)}", f"{n(100, 999)}", f"{n(100, 999)}"]
        return r.choice([" ".join(g), "".join(g), _read_groups(g, r)])
    g = [f"{n(10, 139)}", f"{n(100, 999)}", f"{n(100, 999)}"]  # IRD
    return r.choice(["-".join(g), " ".join(g), "".join(g)])


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    x = r.random()
    if x < 0.12:
        return r.choice([f"{n(1000000, 9999999)}", f"{n(10000000, 99999999)}", f"00{n(100000, 999999)}"])
    if x < 0.22:  # NHS
        g = [f"{n(400, 799)}", f"{n(100, 999)}", f"{n(1000, 9999)}"]
        return r.choice([" ".join(g), "".join(g), _read_groups(g, r)])
    if x < 0.30:  # Medicare AU
        return r.choice([f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}", f"{n(2000, 6999)}{n(10000, 99999)}{n(1, 9)}"])
    if x < 0.38:  # NHI
        nhi = f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(1000, 9999)}"
        return r.choice([nhi, nhi, " ".join(nhi), nhi.lower()])
    if x < 0.44:  # OHIP
        return r.choice([f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(L)}{r.choice(L)}",
                         f"{n(1000, 9999)} {n(100, 999)} {n(100, 999)} {r.choice(L)}{r.choice(L)}"])
    if x < 0.52:  # insurance member / Medicaid
        return r.choice([f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(100000000, 999999999)}",
                         f"{r.choice(L)}{n(10000000, 99999999)}",
                         f"{r.choice(L)}{r.choice(L)}{n(1000000, 9999999)}{r.choice(L)}"])
    if x < 0.62:  # trial ids
        return r.choice([f"PSI-{n(1, 299):04d}", f"P{n(100, 999)}", f"KET-{n(1000, 9999)}",
                         f"SCR {n(10, 99)}-{n(100, 999)}",
                         f"R{n(100, 999)}", f"{r.choice(['psi', 'P S I'])} {' '.join(str(n(1000, 9999)))}",
                         f"REC-{n(1000, 9999)}-{n(1, 12):02d}"])
    if x < 0.68:  # meeting id
        return r.choice([f"{n(810, 899)} {n(1000, 9999)} {n(1000, 9999)}", f"{n(81000000000, 89999999999)}"])
    if x < 0.76:  # claims
        return r.choice([f"CLM{n(1000000, 9999999)}", f"{n(10000000, 99999999)}-{n(10, 99)}",
                         f"{r.choice(L)}{r.choice(L)}{n(10, 99)}{r.choice(L)}{n(1000, 9999)}",
                         f"ACC{n(100000, 999999)}"])
    if x < 0.84:  # Rx / patient / client / file
        return r.choice([f"RX{n(1000000, 9999999)}", f"{n(100000, 999999)}", f"K{n(10000, 99999)}",
                         f"{n(100, 999)}-{n(1000, 9999)}", f"{n(10000, 99999)}"])
    if x < 0.92:  # student / staff / licence
        return r.choice([f"{n(20, 26)}{n(100000, 999999)}", f"E{n(100000, 999999)}", f"S{n(1000000, 9999999)}",
                         f"{r.choice(L)}{n(1000, 9999)}-{n(10000, 99999)}-{n(10000, 99999)}",
                         f"{r.choice(L)}{r.choice(L)}{n(100000, 999999)}"])
    # read out
    s = f"{n(1000000, 9999999)}"
    return r.choice([_spoken_digits(s, r), " ".join(s), f"{' '.join(r.choice(L) + r.choice(L))} {' '.join(s)}"])


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


# ---------------------------------------------------------------- carriers (one turn of raw ASR each)
TEMPLATES = {
    "PERSON": [
        "Speaker 2  4:12  yeah so {} rang me on the way home and I just, I couldn't pick up, I didn't have it in me.",
        "SPEAKER_01: and my sister {} was there the whole time which was, it was good actually",
        "{}  0:41  Okay. Um, can you hear me alright? The wifi here is rubbish today.",
        "{}  12:06  Yeah. I think the homework went okay, I did like 3 of the thought records.",
        "I was talking to {} about it after and she said I looked, like, lighter. Which I felt.",
        "It's {}'s birthday on Sunday and I don't know if I can face the whole family thing, you know.",
        "My boss Mr {} pulled me into the office and said my numbers were down and I just sat there nodding.",
        "Dr {} upped the sertraline to 100 mg and um I think it's helping with the sleep anyway.",
        "so me and {} have been fighting about money again it's always money with us",
        "Speaker 1  23:40  And how did {} take that when you told him?",
        "Honestly {} is the only one who gets it, he lost his dad too so he knows what it's like.",
        "I keep having this dream where {} is back in the kitchen making tea like nothing happened.",
        "My mam's neighbour, {}, she found me on the step and she sat with me till the ambulance came.",
        "{} said I should write it all down before the dosing day so I wrote like 4 pages.",
        "The ketamine nurse, {}, she was lovely. She held my hand for the first bit when it got weird.",
        "And then um {} texted me. Just one line, hope you're okay. And I didn't know what to do with that.",
        "SPEAKER_00: Can I ask who {} is? You've mentioned her a couple of times now.",
        "we named the baby after my nan so {} is yeah it means a lot to us",
        "My supervisor at the depot, {}, he's alright, he let me swap shifts four the sessions.",
        "Mrs {} from next door still brings the dog round which is, I do look forward to that.",
        "I haven't spoken to {} in about 2 years. Not since the funeral.",
        "Unknown Speaker  31:02  {} was my best mate growing up, we did everything together, everything.",
        "The guide on the day was {} and the other one, the co therapist, I can't remember her name.",
        "Me and the kids went round to {}'s for tea and I actually enjoyed it which, that's new for me.",
        "If {} finds out I've been drinking again she'll stop me seeing the grandkids, she's said it.",
        "My son {} is eleven and he's started asking questions about his dad.",
        "Speaker 2  8:55  Yeah. {}. He's the one I told you about with the car.",
        "Coach {} reckons I should get back into footy but I'm just not there yet, not with the panic.",
        "I wrote the letter to {} like you said, the one you don't send, and I cried the whole way through it.",
        "What I'm hearing is that when {} goes quiet on you, you go straight to, she's leaving.",
        "i told {} about the trial and she was like are you mad, mushrooms, and i was like it's a study",
    ],
    "LOCATION": [
        "I grew up in {}, well just outside it really, on a farm with my nan.",
        "Speaker 1  6:20  We moved to {} when I was nine and I never, I never really settled there.",
        "she's buried in {} so I drive up every few weeks and just sit with her for a bit",
        "SPEAKER_00: yeah the ketamine clinic is over in {} so it's a bit of a trek after work",
        "My ex still lives in {} with the new partner and the kids go there every second weekend.",
        "I got a transfer to the {} store and honestly it's been better, the manager there is way nicer.",
        "we were in {} for the funeral and it rained the whole time like the whole time",
        "The panic attack was on the train coming back from {}. I honestly thought I was dying.",
        "They sent me to {} for the scan and it was, it was clear, thank God.",
        "I stayed at my brother's in {} for a few weeks after the break up.",
        "I go to the bereavement group at {} on Thursdays, the evening one.",
        "My GP's at {} and she's the one who referred me here for the CBT.",
        "I was born in {} but we left when I was a baby so I don't remember any of it.",
        "When I drove through {} on the way here I had to pull over, that's where the crash was.",
        "Honestly I think moving to {} was the start of it. I didn't know anyone, not a soul.",
        "{} is where my mum's from, the whole family's still there.",
        "I did the first 2 doses at {} and then the integration sessions have all been on zoom.",
        "Speaker 1  40:02  And what was it like going back to {} after all that time?",
        "we've got a caravan up near {} and that's the only place I actually switch off",
        "I used to work at {} before the redundancy, nineteen years I was there.",
        "He's in the hospital in {} now, the one with the stroke unit.",
        "The funeral was at {} because that's where she went every Sunday.",
        "My daughter's at uni in {} so it's just me and the dog in the house now.",
        "SPEAKER_01: i think we should go back to {} because um that's where the memory is right",
        "The first time I used was at a party in {}, I was fifteen.",
        "I've been walking by the water in {} every morning, that's part of the activation thing.",
        "There's a men's shed in {} and I went for the first time, just to have a look.",
        "My parents retired to {} and they want me to come over for like a month and I can't.",
        "Unknown Speaker  27:45  it was in {} that it happened so even the name of the place, yeah",
        "We drove down from {} in the middle of the night and I don't remember any of the drive.",
    ],
    "ADDRESS": [
        "I'm at {} now, the new place, it's smaller but it's mine.",
        "Speaker 2  2:14  Can you confirm your address for the file? Yeah, it's {}.",
        "We lived at {} until the divorce and I still drive past it sometimes.",
        "The house on {} is where it all happened, so I don't go down that street anymore.",
        "SPEAKER_00: so the kit gets posted to {} is that right",
        "Send the letter to {}, not my mum's, she opens everything.",
        "yeah my address is {} and the postcode's on the form",
        "I'm staying at my nan's old place, {}, till I sort myself out.",
        "The taxi's booked to pick me up from {} at 8 on the dosing day.",
        "I moved out of {} last week, the landlord wanted it back for his son.",
        "My dad still lives at {} and I haven't been back since I was nineteen.",
        "I grew up at {}, the little house with the red door.",
        "the new flat is {} right above the chemist",
        "Speaker 1  11:30  And the address we've got for you is {}. Is that still right?",
        "We used to sit on the wall outside {} and smoke and talk about getting out.",
        "They found him at {} and that's, that's the bit I can't get out of my head.",
        "Put {} as the home address. I'm not there much but that's where the post goes.",
        "Unknown Speaker  9:47  i'm at {} so if the nurse is doing the home visit that's where",
        "The refuge moved us to {} and nobody's supposed to know, so, yeah.",
        "Me and the kids are renting {} now, it's a bit damp but it's ours.",
        "When we were at {} the neighbours could hear everything through the walls.",
        "My son's at {} with his dad on the weekends.",
        "It's {}, the one on the corner, you can't miss it, there's a trampoline out the front.",
        "The police came to {} twice that year and nothing happened, nothing.",
        "I'm house sitting at {} for a couple of weeks so the sessions might be from there.",
        "SPEAKER_01: The pharmacy delivers to {} on Fridays so that's fine for the blister packs.",
        "My mum's old house was {}, we sold it after she passed and I regret it.",
    ],
    "DATE": [
        "My dad died on {} and every year I just, I go quiet for the whole week.",
        "The next dosing session is {} so I've got a bit of time to get ready for it.",
        "Speaker 1  1:02:15  So we'll book you in for {}, same time?",
        "I haven't had a drink since {}. I've got the app counting the days.",
        "It was {} when I found out, I remember because it was the day of the school concert.",
        "The anniversary is {} and I've booked the day off work.",
        "SPEAKER_00: okay and when was your last panic attack. i think it was {}",
        "On {} I finally told my sister the whole thing.",
        "We got married on {} and now I can't even look at the photos.",
        "The ketamine follow up got moved to {} because the doctor's away.",
        "since {} i've been sleeping through most nights which is huge four me",
        "I go back to work on {}, phased return, four hours a day to start.",
        "Speaker 2  27:14  The court date's {} and I'm honestly dreading it.",
        "He moved out on {}. I know it sounds mad that I remember the date.",
        "My mum's operation is {} so if I'm a bit all over the place that's why.",
        "I think the last time I self harmed was {}, maybe a bit before that.",
        "The psilocybin day was {} and honestly it feels like a year ago already.",
        "She was due on {} but she came 3 weeks early.",
        "Can we do {} instead? I've got the kids the other week.",
        "I started the new job on {} and it's been, it's been okay actually.",
        "Unknown Speaker  18:33  The results came back on {} and that's when everything went sideways.",
        "I was discharged on {} and then nobody called. Nobody.",
        "From {} I'm off the sertraline completely, the GP's tapering me down.",
        "My date of birth is {}.",
        "Her birthday's {} so that'll be the first one without her.",
        "we broke up {} and i've been on the couch pretty much ever since",
        "It happened {} and I didn't tell anyone for years.",
        "The impact statement's due {}, I've started it but it's hard going.",
    ],
    "AGE": [
        "My nan's {} and she still does the crossword every morning.",
        "He was {} when he died so you know, a good innings, but still.",
        "Speaker 2  5:40  She turned {} in the care home and she didn't know who I was.",
        "my grandad is {} and he's the one who taught me to fish",
        "She lived till {}. Sharp as anything right to the end.",
        "SPEAKER_01: my great aunt is {} years old and she still lives on her own",
        "I'm caring for my dad, he's {}, and my brothers do nothing, nothing at all.",
        "Grandma's {} now and she keeps asking when grandad's coming home.",
        "He's {} and he still drives, which honestly terrifies me.",
        "She died at {}, in her sleep, which is what she wanted.",
        "My husband's mum is {} and she moved in with us last year.",
        "The oldest one in the group is {}. He lost his wife after seventy years.",
        "We had a party for her when she turned {}, the whole street came out.",
        "Unknown Speaker  44:10  Yeah he's {} so every time the phone goes I think is this the one.",
        "my grandfather was {} and he'd still walk to the shop every day",
        "I visit my aunt, she's {}, every Sunday after church.",
        "She'll be {} next birthday and she wants a big do.",
        "He's a {} year old man who won't let anyone help him.",
        "My gran, who's {}, is the one holding the whole family together.",
        "She made it to {} which in that family is unheard of.",
        "Speaker 1  13:05  And how old is your grandmother now? She's {}.",
        "The lady next door is {} and I do her shopping. It makes me feel useful.",
        "my granny's {} so we're kind of waiting for the call",
        "He died last month at {} and I feel guilty that I'm relieved.",
        "Pop is {} and he still asks about my ex every time.",
        "I've got a great grandmother who's {} and she's the only one who asks how I'm doing.",
    ],
    "PHONE": [
        "my number's {} if you need to reach me before the session",
        "Speaker 1  58:20  Best number for you is still {}?",
        "You can text me on {}, I don't really answer calls from numbers I don't know.",
        "The nurse said to ring {} if I feel weird after the infusion.",
        "SPEAKER_00: yeah it's {} that's my mobile",
        "My sister's number is {} in case you can't get me.",
        "I've changed my number. The new one is {}.",
        "If the link doesn't work I'll just call you on {}.",
        "The after hours line for the trial is {}, it's on the card they gave us.",
        "his work number is {} but please don't call him there",
        "Unknown Speaker  22:07  Okay so that's {}, and is it okay to leave a message?",
        "The home phone's {} but nobody picks up the landline anymore.",
        "My emergency contact is my partner, on {}.",
        "I rang {} in the middle of the night and they were really kind to me.",
        "Can you put {} as the number, the old one's been cut off.",
        "The clinic's direct line is {}, not the main switchboard.",
        "The surgery's number is {} if you need to talk to the GP.",
        "Her mobile is {} and she's happy for you to call her.",
        "Speaker 2  3:49  Okay. I've got you on {}. Is that right?",
        "Call me on {} after six, I'm at work before that.",
        "the best way is {} because the emails go to spam",
        "My dad's number is {}, he's the one picking me up after.",
        "He left a voicemail from {} and I just deleted it.",
        "Ring {} and ask for the duty worker.",
        "yeah so, {}, that's the one on the form.",
        "It's {}. Sorry, I always have to think about it.",
    ],
    "EMAIL": [
        "My email is {}, all lowercase.",
        "Speaker 1  49:51  I'll send the worksheet to {}, is that still good?",
        "Can you send the consent form for the recording to {}?",
        "SPEAKER_00: it's {} that's my personal one not work",
        "I emailed {} about moving the session but nobody got back to me.",
        "Send the sleep diary to {} and I'll fill it in.",
        "The integration notes came from {} and I haven't opened them yet.",
        "My work email is {} but I'd rather you didn't use it.",
        "He keeps emailing me from {}, a new account every time I block one.",
        "the intake person said to email {} with any questions",
        "Unknown Speaker  16:12  Yeah so the address is {}.",
        "Use {} for anything to do with the trial.",
        "you can reach my wife at {} if I'm not answering",
        "My daughter set me up with {} so that's where the links go.",
        "The recording link went to {} but I can't find it anywhere.",
        "Put {} on the form, the other one I can't get into.",
        "I forwarded you the letter from {}, the one about the insurance.",
        "It's {}. I'll pop it in the chat as well.",
        "My old email was {} but that got hacked.",
        "Speaker 2  6:03  Okay, and the email is {}?",
        "Just cc {}, that's my case manager.",
        "The grief group sends the reading list from {} every week.",
        "I made a new one, {}, just for therapy stuff.",
        "I got an email from {} saying my appointment was cancelled, was that you?",
        "yeah the email is {} and the password thing never works",
    ],
    "URL": [
        "The worksheets are on {} if you want to print them out.",
        "Speaker 1  52:40  I'll pop the link in the chat, it's {}.",
        "I booked through {} like you said.",
        "SPEAKER_01: the playlist is on {} if you want to have a listen before",
        "There's a grief group listed on {} that meets near me.",
        "The trial's page is {} and it says the integration sessions are optional.",
        "I found the breathing exercise on {} and I've been doing it every night.",
        "Her memorial page is {}, my cousin set it up.",
        "The clinic's website, {}, has all the aftercare stuff on it.",
        "he's got a fundraiser going at {} for the rehab",
        "Unknown Speaker  7:21  just go to {} and it'll ask for your code",
        "The meditation I use is at {}, the body scan one.",
        "Click {} when it's time and it'll put you in the waiting room.",
        "My daughter sent me {} about ketamine and now I'm worried about the bladder thing.",
        "The podcast is at {}, the episode about panic.",
        "There's a form on {} you fill in before the first dose.",
        "the rating people said the recording gets uploaded to {}",
        "The journaling prompts are at {}.",
        "I follow {} and honestly some days it's the only thing that helps.",
        "The forum's at {} and it's mostly other people who did the trial.",
        "Speaker 2  33:16  The mood tracker is {}, you just log in once a day.",
        "His page is {} and I keep checking it even though I know I shouldn't.",
        "The reading you sent me was at {}, I got through half of it.",
        "You can book the follow up at {}.",
        "The transcript's at {} if you want to read it back.",
    ],
    "SSN": [
        "My social security number is {}.",
        "Speaker 2  2:48  And the social? {}.",
        "SPEAKER_00: yeah the sin number is {}",
        "My national insurance number is {} if HR needs it for the sick pay.",
        "The PPS number is {}, it's on the medical card form.",
        "my tax file number is {} for the claim",
        "The IRD number is {}, they needed it for the sickness benefit.",
        "They asked for my social, {}, and I just froze.",
        "Okay, social's {}, date of birth is on the form.",
        "My SSN is {} but I don't want that going in the recording.",
        "Unknown Speaker  4:40  It's {}, that's my social insurance number.",
        "For the disability application they want the SSN, it's {}.",
        "The form says SSN and I put {}.",
        "My NI number's {}. I had to read it out to the job centre three times.",
        "Social insurance number is {} and the card's in my wallet somewhere.",
        "I gave them the PPS, {}, and they still couldn't find me on the system.",
        "Yeah it's {}, the social.",
        "My husband's social is {}, he's the one on the insurance.",
        "TFN is {}, I looked it up on the app.",
        "For Work and Income they wanted the IRD, it's {}.",
        "His social security number was {} and somebody opened a card in his name.",
        "So the last thing is your social, {}, is that right?",
        "the national insurance is {} i think, it's on my payslip",
        "My SIN is {}, the case worker needs it for the income support.",
        "She read out her social, {}, on the phone to the bank and I was sitting right there.",
    ],
    "ID": [
        "My MRN is {}, it's on the wristband from last time.",
        "Speaker 1  0:58  Your participant number for the trial is {}.",
        "The NHS number is {} if the GP needs it.",
        "SPEAKER_00: the medicare number is {} and the expiry's on the card",
        "My NHI is {}.",
        "The health card number's {} and the version code is on the back.",
        "The claim number is {} and they still haven't paid.",
        "My member ID is {} with the insurance.",
        "The recording ID for the raters is {}.",
        "Unknown Speaker  12:44  Claim number is {}, the ACC one.",
        "The meeting ID is {} and the passcode's in the email.",
        "My patient number at the ketamine clinic is {}.",
        "The prescription number is {}, the pharmacist needs it.",
        "The reference they gave me on the phone was {}.",
        "my student number is {} for the counselling service form",
        "My staff number is {}, the EAP needs it.",
        "Put my Medicaid ID, {}, on the bill.",
        "The screening number on my form is {}.",
        "my licence number is {}, I had to show it at the clinic",
        "The file number on the letter is {}.",
        "The randomisation number is {} and I think that means I got the real thing.",
        "Speaker 2  19:20  And your hospital number is {}?",
        "My OHIP is {}.",
        "The policy number is {}, the income protection one.",
        "My client number with the agency is {}.",
        "The referral number is {}, the GP said to quote it.",
        "The Rx number on the bottle is {}.",
    ],
}
