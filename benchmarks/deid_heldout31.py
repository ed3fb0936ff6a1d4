"""A thirty-second SYNTHETIC transcript set for benchmarks/deid.py: the thirty-first held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New
Zealand are used as places only, never with a person; every counselling service, practice, clinic,
research unit, trial, site and workplace name is made up).  Written on 2026-12-07 by an engineer who
had NOT seen the de-identifier's rules, its docs page, its tests or the contents of the earlier sets
(only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout29.py their docstrings, plus the ``value`` signature and the
``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no
line of this file was changed after its first run.  It was first run on the fourteenth round's rules
(main at commit 2fe9f16) and measures how the rules do on transcripts they were not written for; it
stays a blind set until a later round makes it a development set.

Style: the FRONT MATTER AND ORDINARY TALK of real transcript files as a psychotherapy study receives
them: each file's header or metadata block (``Interview date: ...``, ``Participant: ...``,
``Interviewer: ...``, ``Location: ...``, ``Recorded at: ...``, ``Transcribed by: ...``, ``Duration:
...``, ``File: ...``, ``Session 4 of 12``, a trial's visit label such as ``V5 (Integration 1)``), one
field to a line or several on a line joined by ``|``; page headers and footers repeated on every page
(``Confidential -- P14 -- page 3 of 11``, ``Tel: ...``, ``E: ...``); the consent and recording
statement read aloud at the start (``this is ... on the ...; do I have your consent to record?``);
the transcriber's notes (``[TN: ...]``); the closing lines (``we'll stop the recording there; next
time is ...``); and the ordinary session and interview talk between them (the benchmark's generator
writes every turn as ``Therapist:``/``Client:``, so a header block, a footer or a field sits inside
the ``Client:`` turn, sometimes over several lines).  Settings, named by the earlier docstrings as
theirs only in other forms (as ordinary talk, verbatim, ASR or chat, never as a file's front matter):
university counselling and IAPT / NHS Talking Therapies sessions recorded for training and
supervision, a private practice's recorded sessions shared for research, a psilocybin or ketamine
trial's recorded preparation and integration sessions with their visit labels, and qualitative
follow-up interviews, with the participant-payment and safety-plan fields such files carry.
Speakers and writers from the US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``,
``mom``, ``nan``, ``grand``, ``arvo``, ``reckon``, ``the uni``, ``the surgery``).
Identifier forms: MOSTLY ordinary names, places and numbers as such files carry them, with a
minority of harder forms, chosen to differ from the earlier docstrings' lists where possible: a
participant's, therapist's, interviewer's or transcriber's first name alone in a field (by far the
most common form), a partner's or friend's first name in talk, full names, a surname after
``Dr``/``Ms``/``Mr`` (the title in the carrier), a possessive ``'s`` in the carrier, and as harder
forms a name in a form's ``Surname, First`` order, a first name with a surname initial (``Maeve
K.``), an initial and a surname (``J. Whitlock``), a hyphenated first name, a double-barrelled
surname, a lower-case first name, and a first name inside a file name before an underscore
(``File: ciara_s04_final.m4a``).  Places: the town or city in a ``Location:`` or ``Recorded at:``
field or said in talk (``Lethbridge``, ``Macclesfield``, ``Tralee``, ``Shepparton``, ``Whanganui``, ``Roanoke``),
multi-word towns (``Milton Keynes``, ``Burton upon Trent``), a town with its county, state or province
written after it (``Tullamore, Co. Offaly``, ``Barrie, Ontario``, ``Bellingham, WA``), a suburb with its city
(``Headingley, Leeds``), and made-up counselling centres, practices, Talking Therapies services,
research clinics and student services.  Addresses as the fields and the talk carry them: a street
line (``27 Marlowe Close``), a UK ``Flat 3, 27 ...`` line with a town and postcode, a US line with
``Apt 3B`` or with its town, state and ZIP, a Canadian ``205-1180 Larchwood Ave`` unit-dash line with
its postal code, an Irish estate line with its county and an Eircode, an Australian ``3/41 Wattlebird
Parade`` line with state and postcode, a NZ ``16B`` or ``2/16`` line with its town and postcode, and a
street name alone now and then.  Dates: header dates ``14/03/2024``, ``03/14/2024``, ``14/3/24``,
``2024-03-14``, ``14.03.2024``, ``14 Mar 2024``, ``Mar 14, 2024``, ``Thursday, 14 March 2024``,
``Thursday, March 14, 2024``, and talk dates ``Tuesday 3rd March``, ``Tues 3rd Mar``, ``March 3rd``,
``3rd March``, ``3 March 2024``, ``14th of March``, ``the 14th of March, 2024``, ``Thursday the 14th``,
and the consent statement's spoken ``the fourteenth of March`` and ``March the fourteenth``; weekdays
agree with their dates.  Ages over 89 (90-110): digits (the usual form), ``ninety-three`` and
``ninety three``, ``a hundred``, ``a hundred and one``, ``one hundred and four``, with ``years old`` or
``yrs`` inside the span now and then.  Phones, in footers, fields and talk: US and Canadian ``(613)
555-0142`` with 555-01xx fiction numbers, dashes, dots, ``+1`` and an ``ext. 207`` now and then, UK
drama-range mobiles and landlines (``07700 900xxx``, ``01632 960xxx``, ``0113 496 0xxx``, ``020 7946
0xxx``), Irish mobiles and Dublin landlines, Australian ``0491 570 xxx`` mobiles and ``(02) 5550 xxxx``
landlines, NZ ``021`` mobiles and ``(09)`` landlines, ``+44``/``+353``/``+61``/``+64`` forms, and a few
read out in words with ``oh`` and ``double``.  Emails: a study's, service's or practice's invented
address, a transcriber's and a coordinator's, free-mail and ISP addresses of these countries, a
capital first letter now and then, and a few read out with ``at`` and ``dot``.  URLs: a study web
page, a participant information sheet, a booking link, a video-call link, a feedback survey, a short
link, a privacy notice, a video and a playlist, with and without ``https://`` and ``www``, and a few
read out.  SSNs, as each country's national number on a participant-payment form (planted as SSN
-- a judgement call): US social security numbers, Canadian SINs, UK National Insurance numbers,
Irish PPS numbers, Australian tax file numbers and NZ IRD numbers, a few read out.  IDs (the cue
always in the carrier): trial participant, screening and randomisation numbers, NHS and MRN numbers,
Medicare and NHI numbers, Ontario health card numbers, Talking Therapies client ids, student numbers,
a recording or audio file id (before ``.m4a``), a video meeting id, an insurance member id and a claim
number, a referral reference and an Irish medical card number.
A title, kin word, field label, page footer words or possessive ``'s`` next to a name, an article
before a place and a file extension after an id stay outside the span; a date's own words (``the
14th of March``, ``Thursday the 14th``) are inside it.  ``value`` and the template are drawn
independently (deid.py's design), so now and then a form sits a little oddly in its line, as in a
real transcript file.
The carrier lines hold words that must NOT be removed: field labels (``Interviewer:``, ``Duration:``,
``Transcribed by:``), session counts and visit labels (``Session 4 of 12``, ``V5``, ``Integration 1``),
page counts, clock times and durations (``10:04``, ``61 min``, ``00:12:40``), study codes such as
``P14`` and ``TT2`` (re-identification codes, not identifiers), drugs and doses (psilocybin 25 mg,
ketamine), ages under 90, weekdays alone, kin words as common nouns (my nan, mum, my partner) and
place-like common words (the uni, the surgery, the care home, the dosing room, the clinic).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

_FIRST = ["Megan", "Ciara", "Declan", "Aoife", "Shannon", "Travis", "Brooke", "Kirsty", "Gareth", "Rhys", "Nadia",
          "Callum", "Hamish", "Tegan", "Brendan", "Jolene", "Darnell", "Kendra", "Marcus", "Bronwyn", "Niamh",
          "Eoin", "Sinead", "Tyler", "Dana", "Heather", "Wayne", "Shane", "Leanne", "Colleen", "Trent", "Mitchell",
          "Kiri", "Aroha", "Tane", "Harjit", "Deepa", "Mei", "Tariq", "Amira", "Olivia", "Harriet", "Fraser", "Isla",
          "Ruairi", "Gemma", "Craig", "Lorna", "Kyle", "Jared", "Candice", "Rochelle", "Simone", "Bianca", "Stacey",
          "Dean", "Owen", "Ellie", "Zoe", "Nathan", "Becky", "Carly", "Grant", "Brett", "Maeve", "Padraig", "Orla",
          "Wiremu", "Manaia", "Priyanka", "Ravi", "Anika", "Jasmine", "Chloe", "Ryan", "Luke", "Tanya", "Renee",
          "Kayleigh", "Connor", "Erin", "Sean", "Paige", "Troy", "Danielle", "Kelsey"]
_HYPHEN_FIRST = ["Mary-Kate", "Anne-Marie", "Jo-Anne", "Lily-Rose", "Jean-Luc", "Sarah-Jane", "Leigh-Ann"]
_LAST = ["Whitlock", "Fairweather", "Cotterill", "Maguire", "Thornley", "Delaney", "Hartigan", "Pemberton", "Ngata",
         "Rasheed", "Kaur", "Chandra", "Lowery", "McCaffrey", "O'Halloran", "Dunphy", "Ashworth", "Greer", "Stanek",
         "Fontaine", "Bouchard", "Tremblay", "Pryce", "Vickery", "Sandhu", "Nguyen", "Beaumont", "Kershaw",
         "Sutcliffe", "Rourke", "Feeney", "Cassidy", "Macrae", "Munro", "Cheung", "Alvarez", "Dupuis", "Henare",
         "Tipene", "Lambert", "Hollis", "Cardenas", "Brophy", "Gilmartin", "Elliott", "Pascoe", "Treloar", "Marsh",
         "Doyle", "Fenwick", "Quigley", "Lavelle", "Okonjo", "Petersen", "Haldane"]

# real towns with what local addresses write after them
_US = [("Ithaca", "NY", "148"), ("Bellingham", "WA", "982"), ("Lubbock", "TX", "794"), ("Macon", "GA", "312"),
       ("Erie", "PA", "165"), ("Pueblo", "CO", "810"), ("Burlington", "VT", "054"), ("Bangor", "ME", "044"),
       ("Roanoke", "VA", "240"), ("Wenatchee", "WA", "988"), ("Dayton", "OH", "454"), ("Gainesville", "FL", "326"),
       ("Schenectady", "NY", "123"), ("Olympia", "WA", "985")]
_CA = [("Barrie", "ON", "Ontario", "L4M"), ("Timmins", "ON", "Ontario", "P4N"),
       ("Lethbridge", "AB", "Alberta", "T1J"), ("Nanaimo", "BC", "British Columbia", "V9R"),
       ("Sudbury", "ON", "Ontario", "P3E"), ("Fredericton", "NB", "New Brunswick", "E3B"),
       ("Brandon", "MB", "Manitoba", "R7A"), ("Peterborough", "ON", "Ontario", "K9J")]
_UK = [("Macclesfield", "SK"), ("Darlington", "DL"), ("Lancaster", "LA"), ("Carlisle", "CA"), ("Dundee", "DD"),
       ("Inverness", "IV"), ("Stevenage", "SG"), ("Kidderminster", "DY"), ("Aberystwyth", "SY"), ("Norwich", "NR"),
       ("Milton Keynes", "MK"), ("Burton upon Trent", "DE")]
_IE = [("Tullamore", "Co. Offaly", "R35"), ("Tralee", "Co. Kerry", "V92"), ("Letterkenny", "Co. Donegal", "F92"),
       ("Wexford", "Co. Wexford", "Y35"), ("Castlebar", "Co. Mayo", "F23"), ("Clonmel", "Co. Tipperary", "E91"),
       ("Portlaoise", "Co. Laois", "R32"), ("Dundalk", "Co. Louth", "A91")]
_AU = [("Shepparton", "VIC", "Victoria", "3630"), ("Ballarat", "VIC", "Victoria", "3350"),
       ("Wollongong", "NSW", "New South Wales", "2500"), ("Townsville", "QLD", "Queensland", "4810"),
       ("Launceston", "TAS", "Tasmania", "7250"), ("Mildura", "VIC", "Victoria", "3500"),
       ("Cairns", "QLD", "Queensland", "4870"), ("Bunbury", "WA", "Western Australia", "6230")]
_NZ = [("Whanganui", "4500"), ("Masterton", "5810"), ("Nelson", "7010"), ("Invercargill", "9810"),
       ("Gisborne", "4010"), ("Whangarei", "0110"), ("Ashburton", "7700"), ("Hastings", "4120")]
_STATE = {"NY": "New York", "WA": "Washington", "TX": "Texas", "GA": "Georgia", "PA": "Pennsylvania", "CO": "Colorado",
          "VT": "Vermont", "ME": "Maine", "VA": "Virginia", "OH": "Ohio", "FL": "Florida"}
_SUBURBS = [("Headingley", "Leeds"), ("Kitsilano", "Vancouver"), ("Mount Eden", "Auckland"), ("Fitzroy", "Melbourne"),
            ("Drumcondra", "Dublin"), ("Shadyside", "Pittsburgh"), ("Jesmond", "Newcastle"), ("Glebe", "Sydney")]
_STEMS = ["Ashgrove", "Fernbank", "Wrenfield", "Tidewater", "Larchfield", "Moorcroft", "Glenholm", "Brackenhurst",
          "Saltmarsh", "Copperbeech", "Harrowgate", "Linnet Hill", "Stonechat", "Greyfriars Lane"]
_KINDS = ["Counselling Centre", "Psychology", "Talking Therapies", "Wellbeing Hub", "Research Clinic",
          "Psychotherapy Rooms", "Integration Clinic", "Health Centre", "Medical Practice",
          "Student Counselling Service", "Family Practice", "Therapy Rooms"]
_STREETS = ["Aldercombe", "Brindle", "Carrowmore", "Dunmoor", "Fennick", "Hartfell", "Inchbury", "Jessamine",
            "Kittiwake", "Lorimer", "Marlowe", "Nettlebed", "Orchardleigh", "Pellham", "Quillon", "Rathmore", "Sorrel",
            "Tarrant", "Vesper", "Wattlebird", "Yarrowby", "Kowhai", "Rimu", "Banyan", "Larchwood", "Tamarack",
            "Sumac", "Greenlaw", "Bramblewood", "Ferncliffe"]
_TYPES = {"US": ["Street", "Ave", "Avenue", "Rd", "Drive", "Ct", "Blvd", "Pl", "Lane", "Way", "Terrace"],
          "UK": ["Road", "Close", "Crescent", "Lane", "Gardens", "Grove", "Mews", "Way", "Street"],
          "IE": ["Park", "Avenue", "Court", "Grove", "Lawn", "Road", "Heights", "Drive"],
          "AU": ["Street", "St", "Parade", "Crescent", "Cres", "Avenue", "Court", "Close", "Rd"],
          "NZ": ["Street", "Road", "Place", "Terrace", "Avenue", "Crescent"],
          "CA": ["Avenue", "Ave", "Street", "Crescent", "Drive", "Road"]}
_LETTERS = "ABCDEFGHJKLMNPRSTVWXY"
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DY = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_WORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
             9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
             15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
             20: "twentieth", 30: "thirtieth"}
_FREE = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.ca", "bigpond.com", "xtra.co.nz", "eircom.net",
         "icloud.com", "hotmail.com", "btinternet.com", "optusnet.com.au", "shaw.ca"]
_ORG_DOMAINS = ["wrenfield.ac.uk", "ashgrovepsychology.com.au", "tidewater-trial.ca", "fernbankstudy.org.uk",
                "larchfieldtherapy.ie", "moorcroft-tt.nhs.uk", "glenholm.ac.nz", "stonechatcounselling.com",
                "brackenhurst-research.org", "copperbeechclinic.co.nz"]


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _ord_word(d: int) -> str:
    if d in _ORD_WORD:
        return _ORD_WORD[d]
    return f"{_TENS[d // 10]}-{_ORD_WORD[d % 10]}"


def _words(n: int, hyphen: bool = True) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + ((("-" if hyphen else " ") + _ONES[o]) if o else "")
    rest = n - 100
    return "a hundred" + (f" and {_words(rest, hyphen)}" if rest else "")


def _spoken_digits(s: str, r: random.Random) -> str:
    """Digits read out as people read them: 'oh' for zero, 'double' for a pair, groups kept."""
    out = []
    for group in s.split():
        digits = [c for c in group if c.isdigit()]
        words, i = [], 0
        while i < len(digits):
            w = "oh" if digits[i] == "0" and r.random() < 0.8 else _ONES[int(digits[i])]
            if i + 1 < len(digits) and digits[i + 1] == digits[i] and r.random() < 0.7:
                words.append(f"double {w}")
                i += 2
            else:
                words.append(w)
                i += 1
        out.append(" ".join(words))
    return ", ".join(out)


def _pick(r: random.Random, weighted):
    total = sum(w for w, _ in weighted)
    x = r.random() * total
    for w, f in weighted:
        x -= w
        if x < 0:
            return f()
    return weighted[-1][1]()


def _person(r: random.Random) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    return _pick(r, [
        (48, lambda: f),
        (18, lambda: f"{f} {last}"),
        (12, lambda: last),
        (4, lambda: f"{last}, {f}"),
        (5, lambda: f"{f} {last[0]}."),
        (3, lambda: f"{f[0]}. {last}"),
        (4, lambda: f.lower()),
        (3, lambda: r.choice(_HYPHEN_FIRST)),
        (3, lambda: f"{f} {last}-{r.choice(_LAST)}"),
    ])


def _town(r: random.Random) -> str:
    return r.choice([t[0] for t in _US] + [t[0] for t in _CA] + [t[0] for t in _UK] + [t[0] for t in _IE]
                    + [t[0] for t in _AU] + [t[0] for t in _NZ])


def _location(r: random.Random) -> str:
    def with_region():
        k = r.randrange(5)
        if k == 0:
            t = r.choice(_US)
            return f"{t[0]}, {t[1]}"
        if k == 1:
            t = r.choice(_CA)
            return f"{t[0]}, {r.choice([t[1], t[2]])}"
        if k == 2:
            t = r.choice(_IE)
            return f"{t[0]}, {t[1]}"
        if k == 3:
            t = r.choice(_AU)
            return f"{t[0]}, {r.choice([t[1], t[2]])}"
        t = r.choice(_US)
        return f"{t[0]}, {_STATE[t[1]]}"
    return _pick(r, [
        (58, lambda: _town(r)),
        (14, with_region),
        (20, lambda: f"{r.choice(_STEMS)} {r.choice(_KINDS)}"),
        (6, lambda: ", ".join(r.choice(_SUBURBS))),
        (2, lambda: r.choice(_SUBURBS)[0]),
    ])


def _street(r: random.Random, country: str) -> str:
    return f"{r.choice(_STREETS)} {r.choice(_TYPES[country])}"


def _postal_ca(r: random.Random, fsa: str) -> str:
    return f"{fsa} {r.randint(1, 9)}{r.choice(_LETTERS)}{r.randint(0, 9)}"


def _address(r: random.Random) -> str:
    n = r.randint
    country = r.choice(["US", "US", "UK", "UK", "IE", "AU", "AU", "NZ", "CA", "CA"])
    if r.random() < 0.04:
        return _street(r, country)
    if country == "US":
        town, st, z = r.choice(_US)
        line = f"{n(100, 9899)} {r.choice(['', '', '', 'N ', 'S ', 'E ', 'W '])}{_street(r, 'US')}"
        return _pick(r, [(5, lambda: line), (2, lambda: f"{line}, Apt {n(1, 30)}{r.choice('ABCD')}"),
                         (1, lambda: f"{line} #{n(2, 40)}"), (3, lambda: f"{line}, {town}, {st} {z}{n(0, 99):02d}")])
    if country == "UK":
        town, pc = r.choice(_UK)
        post = f"{pc}{n(1, 19)} {n(1, 9)}{r.choice(_LETTERS)}{r.choice(_LETTERS)}"
        line = f"{n(1, 220)} {_street(r, 'UK')}"
        return _pick(r, [(5, lambda: line), (3, lambda: f"Flat {n(1, 12)}, {line}"),
                         (3, lambda: f"{line}, {town} {post}"), (1, lambda: f"Flat {n(1, 9)}, {line}, {town}")])
    if country == "IE":
        town, county, route = r.choice(_IE)
        eir = f"{route} {r.choice(_LETTERS)}{n(0, 9)}{r.choice(_LETTERS)}{n(0, 9)}"
        line = f"{n(1, 140)} {_street(r, 'IE')}"
        return _pick(r, [(4, lambda: line), (2, lambda: f"Apt {n(1, 40)}, {r.choice(_STREETS)} Court"),
                         (3, lambda: f"{line}, {town}, {county}"), (2, lambda: f"{line}, {town}, {county}, {eir}")])
    if country == "AU":
        town, st, _, pc = r.choice(_AU)
        line = f"{n(1, 180)} {_street(r, 'AU')}"
        return _pick(r, [(4, lambda: line), (3, lambda: f"{n(1, 12)}/{line}"),
                         (2, lambda: f"Unit {n(1, 12)}, {line}"), (3, lambda: f"{line}, {town} {st} {pc}")])
    if country == "NZ":
        town, pc = r.choice(_NZ)
        num = r.choice([str(n(1, 160)), f"{n(1, 160)}{r.choice('ABC')}", f"{n(1, 6)}/{n(1, 160)}"])
        line = f"{num} {_street(r, 'NZ')}"
        return _pick(r, [(4, lambda: line), (3, lambda: f"{line}, {town} {pc}"),
                         (1, lambda: f"Flat {n(1, 6)}, {n(1, 90)} {_street(r, 'NZ')}")])
    town, prov, _, fsa = r.choice(_CA)
    num = r.choice([str(n(10, 4999)), f"{n(101, 1208)}-{n(10, 4999)}"])
    line = f"{num} {_street(r, 'CA')}"
    return _pick(r, [(4, lambda: line), (3, lambda: f"{line}, {town}, {prov} {_postal_ca(r, fsa)}"),
                     (1, lambda: f"Unit {n(1, 30)}, {line}")])


def _date(r: random.Random) -> str:
    d = datetime.date(2019, 1, 1) + datetime.timedelta(days=r.randint(0, 8 * 365))
    if r.random() < 0.08:  # now and then a date of birth
        d = datetime.date(1948, 1, 1) + datetime.timedelta(days=r.randint(0, 55 * 365))
    day, m, y, wd = d.day, d.month, d.year, d.weekday()
    month, mon, dname = _MONTHS[m - 1], _MON[m - 1], _DAYS[wd]
    return _pick(r, [
        (9, lambda: f"{day:02d}/{m:02d}/{y}"),
        (6, lambda: f"{m:02d}/{day:02d}/{y}"),
        (3, lambda: f"{day}/{m}/{y % 100:02d}"),
        (4, lambda: f"{y}-{m:02d}-{day:02d}"),
        (2, lambda: f"{day:02d}.{m:02d}.{y}"),
        (4, lambda: f"{day} {mon} {y}"),
        (3, lambda: f"{mon} {day}, {y}"),
        (4, lambda: f"{dname}, {day} {month} {y}"),
        (3, lambda: f"{dname}, {month} {day}, {y}"),
        (7, lambda: f"{dname} {_ordinal(day)} {month}"),
        (2, lambda: f"{_DY[wd]} {_ordinal(day)} {mon}"),
        (8, lambda: f"{month} {_ordinal(day)}"),
        (6, lambda: f"{_ordinal(day)} {month}"),
        (4, lambda: f"{day} {month} {y}"),
        (4, lambda: f"{_ordinal(day)} of {month}"),
        (3, lambda: f"the {_ordinal(day)} of {month}, {y}"),
        (4, lambda: f"{dname} the {_ordinal(day)}"),
        (3, lambda: f"the {_ord_word(day)} of {month}"),
        (2, lambda: f"{month} the {_ord_word(day)}"),
        (2, lambda: f"{_ordinal(day)} {month} {y}"),
    ])


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    return _pick(r, [
        (45, lambda: str(a)),
        (14, lambda: _words(a, True)),
        (8, lambda: _words(a, False)),
        (4, lambda: ("one hundred and " + _ONES[a - 100]) if a > 100 else "one hundred"),
        (12, lambda: f"{a} years old"),
        (4, lambda: f"{a} yrs"),
        (4, lambda: f"{_words(a, True)} years old"),
    ])


def _phone(r: random.Random) -> str:
    n = r.randint
    area = r.choice(["613", "905", "416", "503", "207", "802", "540", "509", "607", "937", "780", "902"])
    x = f"01{n(0, 99):02d}"
    written = _pick(r, [
        (8, lambda: f"({area}) 555-{x}"),
        (3, lambda: f"{area}-555-{x}"),
        (2, lambda: f"{area}.555.{x}"),
        (2, lambda: f"+1 {area} 555 {x}"),
        (1, lambda: f"555-{x}"),
        (1, lambda: f"({area}) 555-{x} ext. {n(100, 499)}"),
        (4, lambda: f"07700 900{n(0, 999):03d}"),
        (2, lambda: f"+44 7700 900{n(0, 999):03d}"),
        (2, lambda: f"01632 960{n(0, 999):03d}"),
        (1, lambda: f"0113 496 0{n(0, 999):03d}"),
        (1, lambda: f"020 7946 0{n(0, 999):03d}"),
        (3, lambda: f"08{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}"),
        (1, lambda: f"(01) {n(200, 899)} {n(1000, 9999)}"),
        (1, lambda: f"+353 8{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}"),
        (4, lambda: f"0491 570 {n(100, 999)}"),
        (2, lambda: f"(0{r.choice('2378')}) 5550 {n(1000, 9999)}"),
        (1, lambda: f"+61 491 570 {n(100, 999)}"),
        (3, lambda: f"021 {n(100, 999)} {n(1000, 9999)}"),
        (1, lambda: f"(0{r.choice('34679')}) {n(200, 999)} {n(1000, 9999)}"),
        (1, lambda: f"+64 21 {n(100, 999)} {n(1000, 9999)}"),
    ])
    if r.random() < 0.07 and "ext" not in written and "+" not in written:
        return _spoken_digits(written.replace("(", "").replace(")", "").replace("-", " ").replace(".", " "), r)
    return written


def _email(r: random.Random) -> str:
    f, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower().replace("'", "")
    local = _pick(r, [(4, lambda: f"{f}.{last}"), (3, lambda: f"{f[0]}.{last}"),
                      (2, lambda: f"{f}{last}{r.randint(1, 99)}"),
                      (2, lambda: f"{f}_{last[0]}"), (1, lambda: f"{f}{r.randint(70, 99)}"),
                      (2, lambda: r.choice(["study.team", "research", "admin", "transcripts", "bookings", "wellbeing",
                                            "prep.sessions", "followup"]))])
    free = r.random() < 0.5 and "." in local or any(c.isdigit() for c in local) or "_" in local
    domain = r.choice(_FREE) if free else r.choice(_ORG_DOMAINS)
    addr = f"{local}@{domain}"
    if r.random() < 0.07:
        return addr.replace("@", " at ").replace(".", " dot ").replace("_", " underscore ")
    if r.random() < 0.08:
        return addr[0].upper() + addr[1:]
    return addr


def _url(r: random.Random) -> str:
    n = r.randint
    alnum = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    code = "".join(r.choice(alnum) for _ in range(n(6, 10)))
    dom = r.choice(_ORG_DOMAINS)
    path = r.choice(["", "/participants", "/info", "/pis", "/resources", "/book", "/privacy", "/feedback",
                     "/self-refer", "/integration", f"/resources/session-{n(1, 12)}", "/what-to-expect"])
    written = _pick(r, [
        (6, lambda: f"www.{dom}{path}"),
        (5, lambda: f"https://{dom}{path}"),
        (3, lambda: f"{dom}{path}"),
        (2, lambda: f"https://forms.office.com/r/{code}"),
        (1, lambda: f"https://forms.gle/{code}"),
        (2, lambda: f"bit.ly/{code}"),
        (2, lambda: f"https://us0{n(2, 6)}web.zoom.us/j/{n(10 ** 9, 10 ** 10 - 1)}"),
        (1, lambda: f"https://meet.google.com/{code[:3].lower()}-{code[3:7].lower()}-{code[:3].lower()}"),
        (1, lambda: f"https://youtu.be/{code}{code[:1]}"),
        (1, lambda: f"open.spotify.com/playlist/{code}{code}"),
        (1, lambda: f"https://www.{dom}/book?therapist={n(2, 40)}"),
    ])
    if r.random() < 0.06 and written.startswith(("www.", dom)):
        return written.replace("www.", "").replace(".", " dot ").replace("/", " slash ").replace("-", " ")
    return written


def _ssn(r: random.Random) -> str:
    n = r.randint
    kind = r.choice(["US", "US", "SIN", "NI", "NI", "PPS", "TFN", "IRD"])
    if kind == "US":
        a = r.choice([n(100, 665), n(667, 899)])
        b, c = n(10, 99), n(1000, 9999)
        s = _pick(r, [(6, lambda: f"{a:03d}-{b:02d}-{c:04d}"), (2, lambda: f"{a:03d} {b:02d} {c:04d}"),
                      (1, lambda: f"{a:03d}{b:02d}{c:04d}")])
    elif kind == "SIN":
        a, b, c = n(100, 899), n(100, 999), n(100, 999)
        s = r.choice([f"{a} {b} {c}", f"{a}-{b}-{c}", f"{a} {b} {c}"])
    elif kind == "NI":
        pre = r.choice("ABCEGHJKLMNOPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        d = [n(10, 99) for _ in range(3)]
        suf = r.choice("ABCD")
        s = _pick(r, [(5, lambda: f"{pre} {d[0]} {d[1]} {d[2]} {suf}"), (3, lambda: f"{pre}{d[0]}{d[1]}{d[2]}{suf}"),
                      (1, lambda: f"{pre} {d[0]}{d[1]}{d[2]} {suf}".lower())])
    elif kind == "PPS":
        s = f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMNPRSTW')}{r.choice(['', '', 'A', 'W', 'H'])}"
    elif kind == "TFN":
        s = r.choice([f"{n(100, 999)} {n(100, 999)} {n(100, 999)}", f"{n(100000000, 999999999)}"])
    else:
        s = r.choice([f"{n(10, 99)}-{n(100, 999)}-{n(100, 999)}", f"{n(100, 149)}-{n(100, 999)}-{n(100, 999)}"])
    if r.random() < 0.06 and kind in ("US", "SIN", "TFN"):
        return _spoken_digits(s.replace("-", " "), r)
    return s


def _id(r: random.Random) -> str:
    n = r.randint
    L = lambda k: "".join(r.choice(_LETTERS) for _ in range(k))  # noqa: E731
    return _pick(r, [
        (5, lambda: f"{r.choice(['PSI', 'KET', 'PSIL', 'KAP', 'PX'])}-{n(1, 9):02d}-{n(1, 299):03d}"),
        (2, lambda: f"{r.choice(['SCR', 'S'])}-{n(100, 999)}-{n(10, 99)}"),
        (2, lambda: f"R{n(1000, 9999)}"),
        (4, lambda: f"{n(400, 799)} {n(100, 999)} {n(1000, 9999)}"),
        (1, lambda: f"{n(400, 799)}{n(100, 999)}{n(1000, 9999)}"),
        (3, lambda: f"{n(0, 99):02d}{n(100000, 999999)}"),
        (1, lambda: f"{r.choice('KMH')}{n(1000000, 9999999)}"),
        (3, lambda: f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}"),
        (3, lambda: f"{L(3)}{n(1000, 9999)}"),
        (1, lambda: f"{L(3)}{n(10, 99)}{L(2)}"),
        (3, lambda: f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{L(2)}"),
        (2, lambda: f"TT-{n(100000, 999999)}"),
        (2, lambda: f"{r.choice(['s', 'S', ''])}{n(2000000, 2499999)}"),
        (1, lambda: f"{n(2000, 2499)} {n(1000, 9999)}"),
        (2, lambda: f"AUD-{n(10000, 99999)}"),
        (1, lambda: f"REC{n(100, 999)}-{r.choice('ABC')}"),
        (2, lambda: f"{n(800, 899)} {n(1000, 9999)} {n(1000, 9999)}"),
        (2, lambda: f"{L(3)}{n(100000000, 999999999)}"),
        (1, lambda: f"CLM-{n(100000, 999999)}"),
        (1, lambda: f"REF/{n(10000, 99999)}"),
        (1, lambda: f"{n(1000000, 9999999)}{r.choice('ABCDEFGH')}"),
    ])


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "Participant: {}\nInterviewer: study therapist (TT2)\nSession 4 of 12",
        "Interviewer: {}",
        "Transcribed by: {} -- checked against the audio, two passes",
        "Therapist: {} (trainee, second year) | Recorded for supervision, consent on file",
        "Client first name: {} | Session 6 of 8 | Recorded for training",
        "This is Dr {}, and I'm here with participant fourteen for the second integration session; do I have "
        "your consent to record?",
        "Okay, recording's on. So this is {} from the counselling service, it's our third session, and you're "
        "happy for this to be recorded for my supervision?",
        "[TN: the participant's partner, {}, comes into the room briefly at 00:12:40]",
        "Yeah my partner {} drove me in today because I didn't feel up to the bus.",
        "I rang {} afterwards, my best friend, and just cried down the phone.",
        "Co-therapist: {} | Visit: V4 (Preparation 2) | Duration: 58 min",
        "Confidential -- {} -- page 3 of 11",
        "Honestly, it was {}'s idea to sign up for the trial in the first place.",
        "We'll stop the recording there. Next week you'll be seeing {} instead of me, she covers Thursdays.",
        "Mum keeps saying {} would've known what to do, but he's not here, is he.",
        "Interviewee: {}\nRole: trial participant, 12-month follow-up\nMode: video call",
        "Supervisor: Ms {} (accredited)",
        "My son {} is the only one who knows I'm doing this.",
        "Recorded by: {} on the service's dictaphone; audio quality fair.",
        "So {}, before we start, the usual: this is being recorded, and only the research team hears it.",
        "I told Mr {} at work I had a medical appointment, which is true, I suppose.",
        "The guide during my dosing session was {}, and the second sitter was a trainee.",
        "Yeah, {} from my old team still texts me most weeks.",
        "Prepared by: {} (research assistant) | Version 2 | Checked: yes",
        "Thanks, {}. We'll pick that up next time; I'm going to stop the recording now.",
        "Notes: participant refers to her sister, {}, throughout; spelling confirmed with participant.",
        "File: {}_s04_final.m4a",
        "And how did {} take it when you told him?",
        "Lead therapist: Dr {}\nSecond therapist: present for dosing only",
        "Speaker 2 is the participant's mother; speaker 1 is {}, the interviewer.",
    ],
    "LOCATION": [
        "Location: {}",
        "Recorded at: {}, room 3",
        "Site: {} | Visit: V6 (Integration 2) | Duration: 61 min",
        "This is the second preparation session, we're at {}, it's just after ten; can I check you're happy to "
        "be recorded?",
        "I grew up in {}, so moving here was a bit of a shock.",
        "Confidential -- Talking Therapies, {} -- page 2 of 9",
        "My mum's still in {} and I go back most weekends.",
        "We drove down from {} that morning, left at six.",
        "Interview setting: participant's workplace, {}",
        "I used to work in {} before all this.",
        "Next session's back at {}, same room as today.",
        "Interview conducted by phone; participant was at home in {}.",
        "She's moved to {} with the new fella, so I hardly see the kids.",
        "Venue: {} (outreach room)",
        "Service: Student Counselling, {} campus",
        "Yeah the ketamine sessions were in {}, about forty minutes from me.",
        "Right, we're recording. Today we're at {}, it's the follow-up interview, number two.",
        "I had a bit of a breakdown in {} on holiday, that's what started it.",
        "Originating service: {}",
        "He's been in the care home in {} since the summer.",
        "Referred from: GP surgery, {}",
        "We'll stop there. Next time I'm working from {}, so it'll be on video.",
        "Participant location during call: {} (confirmed for the safety plan)",
        "My dad's from {} originally, we'd go up every Christmas.",
        "Honestly {} is where it all went wrong for me.",
        "The integration circle meets at {} on the first Wednesday of the month.",
        "Recorded at: {}\nRoom: dosing room B\nDuration: 6 h 40 min (dosing day, audio partial)",
        "Transcript -- recorded at {} -- not for circulation -- page 5 of 14",
    ],
    "ADDRESS": [
        "Location: participant's home, {}",
        "Home visit address: {}",
        "Address for correspondence: {}",
        "The practice is at {}, round the back, there's a buzzer.",
        "We moved into {} in the end, it's small but it's ours.",
        "Recorded at: {} (therapy room upstairs)",
        "Can you confirm your address for the reimbursement? -- Yeah, it's {}.",
        "{} | Tel on request | Confidential",
        "Please send the travel cheque to {}.",
        "So it's {}, the blue door, you can't miss it.",
        "Interview location: {}",
        "I'm staying at my sister's for now, {}, till the lease sorts itself out.",
        "Venue: {} -- ground floor, step-free access",
        "Sorry, the parking's awful at {}, that's why I was late.",
        "Safety plan -- current address: {}",
        "My nan's old house at {}, I still drive past it.",
        "Dosing sessions take place at {}; please arrive fifteen minutes early.",
        "Consent form returned by post to {}.",
        "Yeah I'm at {} now, the flat's got damp but it's cheap.",
        "Service address on file: {}",
        "He lives at {}, right by the school, so the kids walk.",
        "Post the diary back to us at {}, there's a prepaid envelope.",
        "The old office was at {} before they moved us.",
        "Confidential -- {} -- page 1 of 7",
        "Is the address still {}? -- Yes, same place.",
        "[TN: participant spells out the address, {}, for the payment form]",
        "Participant address (for vouchers only): {}",
    ],
    "DATE": [
        "Interview date: {}",
        "Session date: {} | Session 4 of 12",
        "Date of recording: {}",
        "This is the integration session on {}; do I have your consent to record?",
        "Okay, so it's {}, this is session six, and the recorder's on.",
        "We'll stop the recording there; next time is {}, same time.",
        "Date transcribed: {} | Transcriber: external agency",
        "My dosing day was {}, and I didn't sleep the night before.",
        "Visit 5 (Integration 1) -- {}",
        "Dad died on {}, so this time of year is always hard.",
        "Date of birth: {}",
        "Can we move next week's to {}? I've got the dentist.",
        "Follow-up interview, {}, 12 months after dosing",
        "Recorded: {}, 10:04 to 10:58",
        "Last edited {} -- draft 2",
        "I started at the uni on {} and it went downhill from there.",
        "The first preparation session was {}, I think, if I've got that right.",
        "Confidential -- recorded {} -- page 4 of 10",
        "DOB {} | Age band: 25-34",
        "Our last session before the break will be {}.",
        "Consent obtained verbally at the start of the recording, {}.",
        "She rang me on {}, out of the blue.",
        "The appointment letter says {} at half two.",
        "Discharge from the service planned for {}, pending final review.",
        "Date of dosing session: {}\nDuration of interview: 47 min",
        "[TN: audio resumes; participant confirms the date as {}]",
        "I moved out on {}, right after my birthday.",
        "Hi, it's {}, we're recording, and this is the ketamine follow-up, number three.",
    ],
    "AGE": [
        "My nan's {} now and she still does her own shopping.",
        "Participant's relative, age at interview: {}",
        "He's {}, Grandad, and sharp as anything.",
        "She lived to {}, my great-aunt.",
        "Age: {} | Living situation: lives alone",
        "Mum's just turned {} and she's in the care home now.",
        "I'm caring for my gran, she's {}, on top of everything else.",
        "[TN: the participant's father, who is {}, can be heard in the background]",
        "He was {} when he died, in his sleep.",
        "My grandmother is {} this year and she still asks after me.",
        "The oldest one at the day centre was {}, would you believe.",
        "Our neighbour's {} and he still shovels his own snow.",
        "Nana will be {} at Christmas, they're doing a party.",
        "Main concern: client's grandfather ({}) lives with them and needs care at night.",
        "At {} she's still down the allotment every morning.",
        "My great-grandmother lived to be {}.",
        "My aunt's {} and she's the one I actually talk to.",
        "The man next door, he's {}, he's been lovely actually.",
        "Grandad's {}, so the stairs are a problem.",
        "She'd have been {} this year, my granny.",
        "Her dad is {} and living with them now, so it's crowded.",
        "I visited Pop on his birthday, he turned {}.",
        "Interviewer note: participant is carer for her mother, {}, in the same house.",
        "He's {} and still drives, which terrifies me.",
        "My great-uncle is {} and he writes me letters.",
        "Yeah, Gran -- she's {} -- she was the one who said go for it.",
    ],
    "PHONE": [
        "Tel: {}",
        "If anything comes up before next time, the study phone is {}.",
        "Confidential -- study line {} -- page 2 of 8",
        "You can reach me on {}, it's my work mobile.",
        "The out-of-hours number is {}, it's on the card as well.",
        "Participant contact: {} (text preferred)",
        "My mobile's {}, if you need to change the time.",
        "Yeah, you can ring my husband on {} if you can't get me.",
        "Crisis contact on safety plan: {}",
        "Contact number: {}",
        "So it's {}, sorry, I always say it too fast.",
        "Please call {} to rearrange; messages are checked daily.",
        "Therapist's direct line: {}",
        "We'll stop the recording there. If you need us before the 12-week call, it's {}.",
        "Mobile: {} | Best time: after four",
        "My GP's surgery is {}, they're usually quick to answer.",
        "The number on the letter was {} but nobody picks up.",
        "[TN: participant reads out a phone number: {}]",
        "Emergency contact (sister): {}",
        "You can text the research nurse on {} any weekday.",
        "Reception: {} (option 2)",
        "Home phone's {}, but Mum tends to answer it.",
        "Ph: {}",
        "I wrote it down, it's {}.",
        "Next of kin phone: {}",
        "Call back requested on {} -- after 5pm.",
    ],
    "EMAIL": [
        "Email: {}",
        "Transcript queries to {}",
        "Send the consent form back to {} whenever suits.",
        "My email's {}, that's the one I actually check.",
        "Contact: {} | Confidential",
        "Confidential -- queries: {} -- page 6 of 12",
        "I'll email the worksheet to {}, is that still right?",
        "Participant email (for reminders): {}",
        "Transcribed externally; returned to {} for checking.",
        "You can email me on {} between sessions, but I won't always reply straight away.",
        "Supervisor feedback form: request from {}",
        "Yeah, it's {} -- all one word.",
        "Reply-to: {}",
        "Any problems with the recording, drop a line to {}.",
        "The survey link came from {} so I thought it was spam.",
        "E: {}",
        "If you want to withdraw, email {} and quote your participant number.",
        "Please copy {} into any emails about rescheduling.",
        "[TN: participant spells out email: {}]",
        "I've changed it, it's {} now, the old one got hacked.",
        "Audio files uploaded; link sent to {} for checking.",
        "Study coordinator: {}",
        "Can you send the letter to {} rather than to the house?",
        "Sent the integration journal to {} last night, did it come through?",
        "Therapist contact, admin only: {}",
    ],
    "URL": [
        "Study website: {}",
        "More information about the trial is at {}.",
        "Confidential -- {} -- page 1 of 5",
        "The booking link is {}, you just pick a slot.",
        "I found the study on {}, someone shared it in a group.",
        "Participant information sheet: {}",
        "The relaxation recording's on {} if you want to try it before next time.",
        "Feedback survey: {}",
        "Video call link: {}",
        "We'll stop the recording there; the resources page is {} if you want a look.",
        "Web: {}",
        "The playlist they used on the day is at {}.",
        "Sign up for the follow-up interviews at {}.",
        "[TN: interviewer reads out a web address: {}]",
        "Complaints procedure: {}",
        "I watched the video on {}, the one about the window of tolerance.",
        "Privacy notice: {}",
        "You'll get the questionnaires through {}.",
        "Honestly I read everything on {} before I applied.",
        "Self-referral form: {}",
        "Upload the diary photos to {}, it's secure.",
        "The podcast she mentioned is on {}.",
        "Recording link (internal): {}",
        "There's a forum at {}, but I stopped reading it.",
        "Transcript portal: {}",
    ],
    "SSN": [
        "For the participant payment we need your social security number. -- It's {}.",
        "SIN: {}",
        "NI number: {}",
        "PPS no. {} (for the travel expenses form)",
        "Tax file number {}, the payment form wanted it.",
        "IRD number: {}",
        "Yeah, my social is {}, do you need the card too?",
        "[TN: participant reads out national insurance number: {}]",
        "SSN on reimbursement form: {}",
        "It's {}, my social insurance number, I know it by heart.",
        "My PPS is {}, I think, let me check the card.",
        "National Insurance: {}",
        "Participant's TFN: {} -- remove before archiving",
        "So the IRD one is {}, is that what you wanted?",
        "Payment details: SSN {}, paid by check",
        "My national insurance number is {}.",
        "The voucher form asked for my SIN, {}, which seemed a lot.",
        "Social Security No.: {}",
        "Tax number (for the gift card threshold): {}",
        "I gave them {} for the social security bit.",
        "PPSN: {}",
        "SIN on file: {}",
        "NINo: {}",
        "Yeah the TFN is {}, sorry, I had to dig it out.",
        "For the tax form: SSN {}",
    ],
    "ID": [
        "Participant ID: {}",
        "Trial ID: {} | Visit: V3 (Preparation 2)",
        "NHS number: {}",
        "MRN: {}",
        "Medicare number {}, and the little number after it's one.",
        "NHI: {}",
        "Health card: {}",
        "Randomisation number: {}",
        "Student number: {}",
        "Confidential -- {} -- page 3 of 11",
        "Recording ID: {}",
        "So your participant number is {}, that goes on everything instead of your name.",
        "My student number's {}, if you need it for the letter.",
        "Referral ref: {}",
        "Talking Therapies client ID: {}",
        "Client no. {} | Session 5 of 8",
        "Screening number: {}",
        "Insurance member ID: {}",
        "[TN: participant reads out NHS number: {}]",
        "Case number: {}",
        "Audio file: {}.m4a",
        "Medical card number: {}",
        "Claim number {}, for the sessions the insurer covers.",
        "My MRN is {}, it's on the wristband from last time.",
        "Ontario health card {}, the version code's on the back.",
        "Meeting ID: {}",
        "Participant: {}\nVisit: V7 (Integration 3)\nTherapists: TH1, TH2",
    ],
}
