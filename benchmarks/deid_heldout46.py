"""A forty-eighth SYNTHETIC transcript set for benchmarks/deid.py: the forty-sixth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand,
now and then with their state, province or county, are used as places only, never with a person; every
hospital, clinic, medical centre, counselling practice, school, college, trial and workplace name is made
up).  Written on 2026-12-07 by an engineer who had NOT seen the de-identifier's rules, its docs page, its
tests or the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged in and
scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout45.py their docstrings, plus the
``value`` signature and the ``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before
any run; no rule and no line of this file was changed after its first run.  It was first run on the
twenty-second round's rules and the towns list (main at commit f0ea07a) and measures how the rules do on
transcripts they were not written for; it stays a blind set until a later round makes it a development
set.

Style: A THIRD SAMPLE, by another writer, of ORDINARY AUTOMATIC TRANSCRIPTS of psychotherapy sessions and
research interviews as today's tools write them and researchers export them (after deid_heldout36.py and
deid_heldout38.py, whose docstrings only were read; this one is written from what such tools really
produce, not from their lists): Whisper, Otter.ai, Zoom and Teams auto-captions and transcript exports --
VTT/SRT-like cue lines (``00:41:09.200 --> 00:41:13.760``, an SRT cue number and ``00:03:12,480 -->
00:03:15,010``), ``[00:27:51]`` stamps, Otter's ``Speaker 1  0:42`` headers, ``SPEAKER_00:``/``SPEAKER_01:``
diarisation labels (WhisperX), a Teams ``<v Speaker 2>...</v>`` voice tag, Zoom's ``Therapist's iPad:``
style device labels and, rarely, a participant's display name as the label (then the label is the
planted name); mostly correct capitals and punctuation, numbers as such tools write them (digits, ``$60``,
``20%``, ``3rd``, ``25 mg``, ``2:30``, phone numbers as digit groups, now and then a number spelled out),
occasional mis-recognitions (``silo side bin``, ``the ketamine in fusion``, ``a sertraline`` for
``on sertraline``), Whisper's repeated-phrase hiccup, run-on turns strung together with ``so``, ``and``,
``like``, ``you know``.  The benchmark's generator writes every turn as ``Therapist:``/``Client:``, so a
template's own cue and label sit inside the ``Client:`` turn; a template is sometimes the clinician's or
interviewer's line (a question, a number or address read back).  Settings: telehealth CBT, counselling,
couples therapy, a psilocybin or ketamine trial's remote preparation and integration sessions, and
qualitative follow-up interviews over Zoom.  Speakers from the US, Canada, the UK, Ireland, Australia and
New Zealand, mixed (``mum``, ``mom``, ``mam``, ``nana``, ``koro``, ``the GP``, ``family doctor``, ``uni``, ``grand``,
``heaps``, ``keen``, ``sweet as``).  This set estimates how the rules do on ordinary automatic transcripts,
so it is kept plain and natural and does not chase variety for its own sake.

Identifier forms: the MOST COMMON forms such tools produce, evenly spread; hard or exotic forms are rare
(under one in ten of each type).  Names: a first name alone (the most common), a full name, a surname after
``Dr``/``Dr.``/``Mr``/``Mrs``/``Ms`` (the title in the carrier), a relative's, partner's or friend's name
after a kin word in the carrier, a possessive ``'s`` in the carrier, a short form (``Tash``, ``Robbo``);
rarely a hyphenated first name, an ``O'`` surname, a name the tool wrote in lower case or a display name
as the cue label.  Places: the city, town or suburb someone lives in, grew up in, works in or moved to
(``Ballarat``, ``Swindon``, ``Kelowna``, ``Athlone``, ``Whanganui``, ``Lansing``), and made-up hospitals,
clinics, medical centres, counselling practices, schools and workplaces by name (``Westvale Hospital``,
``Corrigan Street Medical Centre``, ``Pinegate High``); rarely a town with its state, province or county.
Addresses as said and as the tool writes them: a street line with digits (most), a US line with ``Apt 2C``
or with town, state and ZIP, a UK line with ``Flat 3,`` or with town and postcode, an Irish estate line
with its town, an Australian line with suburb, state and postcode, a NZ line with town and postcode, a
Canadian line with city and province (sometimes a postal code); rarely an Australian ``4/18`` unit line
or a house number in words.  Dates as said (calendar dates only, no holidays): ``March 3rd`` (most),
``March 3``, ``the 14th``, ``the 2nd of May``, ``3rd of March``, ``14th March``, ``Friday the 9th``, ``May 2nd,
2023`` and ``Tuesday, May 2nd, 2023`` (the weekday agrees with the date), ``3/14`` and ``14/3``; ``on``,
``since``, ``from``, ``by`` in the carrier; rarely ``the twenty-first`` or ``March third``.  Ages over 89
(90-110): digits (most), words as Whisper sometimes writes them (``ninety-three``), rarely ``a hundred and
two``; the unit in the carrier.  Phones as digit groups in local layouts: US and Canadian ``(413)
555-0187``, ``413-555-0187`` (555-01xx fiction numbers), UK ``07700 900xxx`` mobiles and ``0161 496 0xxx``
/ ``0113 496 0xxx`` / ``020 7946 0xxx`` landlines, Irish ``087``/``086``/``083`` mobiles and ``(01)``
landlines, Australian ``0491 570 xxx`` mobiles and ``(02)``/``(03) 5550 xxxx`` landlines, NZ ``021``/``022``/
``027`` mobiles and ``(09)``/``(03)`` landlines; rarely a country code or the digits spelled out.  Emails:
as the tool writes a spoken one, ``jane.doe@gmail.com`` (most) or ``jane dot doe at gmail dot com``; free-mail
and ISP addresses of these countries and invented practice, clinic and trial addresses.  Web addresses:
invented practice, clinic, trial, booking and resource pages with and without ``https://`` and ``www``;
rarely a spoken ``dot com`` one or a short link.  SSNs as each country's national number (planted as SSN
-- a judgement call): US social security numbers (most), Canadian SINs, UK National Insurance numbers,
Irish PPS numbers, Australian tax file numbers and NZ IRD numbers, the cue in the carrier (``value`` and
the template are drawn independently, so not always the matching one); rarely read out in words.  IDs
(the cue always in the carrier, never in the span): medical record and hospital numbers, insurance member
and policy numbers, trial participant and screening numbers, account, client and claim numbers, NHS
numbers, Australian Medicare numbers, NZ NHI numbers and Ontario health card numbers.
A title, kin word, speaker label, timestamp or possessive ``'s`` next to a name, an article before a place
and ``on`` before a date stay outside the span; a date's own words (``the 2nd of May``, ``Friday the 9th``)
are inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and then a
form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: timestamps and cue numbers, speaker labels
(``Speaker 1``, ``SPEAKER_00``), drugs and doses (psilocybin 25 mg, ketamine, sertraline 100 mg,
escitalopram, lorazepam), scales (PHQ-9, GAD-7, PCL-5), amounts (``$60``, ``20%``), ages and counts under
90, times of day, weekdays alone, kin words as common nouns (my mum, my nana, the kids, my partner), the
names of the tools (Zoom, Teams, Otter) and place-like common words (the clinic, the GP, the ED, the
school, work, uni, the care home); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

_FIRST = ["Kayla", "Josh", "Hannah", "Ryan", "Chloe", "Megan", "Tyler", "Brooke", "Callum", "Aoife", "Niamh",
          "Declan", "Hamish", "Aroha", "Jordan", "Stacey", "Darren", "Ellie", "Nathan", "Jess", "Owen", "Amber",
          "Connor", "Shannon", "Brendan", "Tegan", "Mitchell", "Rachel", "Gemma", "Kieran", "Lauren", "Sean",
          "Tanya", "Riley", "Paige", "Marcus", "Nicole", "Grant", "Ciara", "Liam", "Erin", "Shane", "Kirsty",
          "Wiremu", "Mia", "Trent", "Danielle", "Dylan", "Holly", "Brett", "Maeve", "Jasmine", "Craig", "Carly",
          "Travis", "Leanne", "Mohammed", "Anita", "Nikhil", "Mei", "Tane", "Graham", "Sandra", "Keith", "Joan"]
_SHORT = ["Tash", "Robbo", "Mick", "Gaz", "Steph", "Jonesy", "Bex", "Dazza", "Kat", "Sully", "Mags", "Nat"]
_LAST = ["Henderson", "Whitaker", "Doyle", "Brennan", "McAllister", "Patel", "Nguyen", "Thompson", "Harris",
         "Walsh", "Campbell", "Morrison", "Fletcher", "Sutherland", "Kowalski", "Singh", "Murphy", "Reid",
         "Baxter", "Donnelly", "Chen", "Parata", "Ferguson", "Lynch", "Crawford", "Bishop", "Ellis", "Tremblay",
         "Gauthier", "Dunn", "Hogan", "Barker", "Kingsley", "Mahoney", "Sharma", "Tait", "Quinlan", "Harper",
         "Bradshaw", "Moana", "Clarke", "Pearce", "Russo", "Novak", "Whelan", "Stewart", "Hughes", "Matthews"]
_HYPHEN = ["Mary-Kate", "Jean-Luc", "Anne-Marie", "Lily-Rose", "Jo-Anne"]
_OSURNAME = ["O'Rourke", "O'Donoghue", "O'Shea", "O'Malley"]

_TOWNS = ["Ballarat", "Geelong", "Parramatta", "Wollongong", "Townsville", "Penrith", "Bendigo", "Frankston",
          "Swindon", "Wigan", "Norwich", "Bolton", "Derby", "Croydon", "Leeds", "Sunderland", "Kettering",
          "Athlone", "Drogheda", "Tralee", "Sligo", "Ballincollig", "Navan", "Kelowna", "Moncton", "Lethbridge",
          "Kingston", "Oshawa", "Brandon", "Whanganui", "Rotorua", "Napier", "Invercargill", "Lower Hutt",
          "Palmerston North", "Lansing", "Akron", "Worcester", "Modesto", "Syracuse", "Reno", "Olympia",
          "Greenville", "Toledo", "Spartanburg", "Ann Arbor", "Eau Claire", "Pueblo", "Bangor", "Fitzroy",
          "Newtown", "Bondi", "Morningside", "Ealing", "Salford", "Gateshead", "Ponsonby", "Dartmouth"]
_TOWN_REGION = ["Kelowna, BC", "Bangor, Maine", "Navan, County Meath", "Ballarat, Victoria",
                "Lethbridge, Alberta", "Pueblo, Colorado", "Kettering, Northamptonshire", "Napier, Hawke's Bay"]
_FAC_STEM = ["Westvale", "Ashgrove", "Millbrook", "Kerrigan Park", "Coldwater", "Pinegate", "Harrowfield",
             "Saltmarsh", "Bellbrook", "Corrigan Street", "Riverstone", "Elmhurst", "Tarrant", "Dunmore Road",
             "Wattle Bay", "Kowhai Grove", "Larchfield", "St Columba's", "St Aidan's", "Oakhill"]
_FAC_KIND = ["Hospital", "Clinic", "Medical Centre", "Medical Center", "Counselling", "Counseling Center",
             "High School", "High", "Primary", "Community Health", "Family Practice", "Psychology",
             "Mental Health Unit", "College", "Health Centre"]
_WORKPLACE = ["Tandem Logistics", "Brightwater Foods", "Kestrel Freight", "Halcyon Insurance",
              "Redgum Builders", "Northshore Plumbing", "Greyfield Dairy", "Copperline Telecom"]

_STREET = ["Maple Ridge", "Linden", "Banool", "Cresswell", "Ashby", "Cherrywood", "Carrington", "Kowhai",
           "Rideau", "Fernhill", "Orchard", "Beech", "Station", "Mill", "Victoria", "Hillcrest", "Wattle",
           "Gorse", "Sycamore", "Lakeview", "Pohutukawa", "Elm", "Chestnut", "Church", "Willow", "Sunset"]
_SUFFIX_US = ["Street", "Avenue", "Drive", "Road", "Lane", "Court", "Ave", "St", "Blvd"]
_SUFFIX_UK = ["Road", "Street", "Close", "Lane", "Crescent", "Way", "Gardens", "Avenue", "Grove"]
_SUFFIX_AU = ["Street", "Road", "Avenue", "Parade", "Crescent", "Place", "Court", "Drive"]
_US_TOWN = [("Worcester", "MA", "016"), ("Lansing", "MI", "489"), ("Akron", "OH", "443"), ("Reno", "NV", "895"),
            ("Syracuse", "NY", "132"), ("Olympia", "WA", "985"), ("Toledo", "OH", "436"), ("Pueblo", "CO", "810")]
_UK_TOWN = [("Derby", "DE"), ("Wigan", "WN"), ("Norwich", "NR"), ("Bolton", "BL"), ("Swindon", "SN"),
            ("Leeds", "LS"), ("Sunderland", "SR")]
_IE_ESTATE = ["Cherrywood Park", "The Paddocks", "Ashfield Lawns", "Castle View", "Millrace Drive",
              "Oakleigh Heights", "Riverside Grove"]
_IE_TOWN = ["Athlone", "Drogheda", "Tralee", "Sligo", "Ballincollig", "Navan", "Mullingar"]
_AU_TOWN = [("Ballarat", "VIC", "3350"), ("Geelong", "VIC", "3220"), ("Penrith", "NSW", "2750"),
            ("Townsville", "QLD", "4810"), ("Wollongong", "NSW", "2500"), ("Bendigo", "VIC", "3550")]
_NZ_TOWN = [("Napier", "4110"), ("Whanganui", "4500"), ("Rotorua", "3010"), ("Invercargill", "9810"),
            ("Lower Hutt", "5010")]
_CA_TOWN = [("Kelowna", "BC", "V1Y"), ("Moncton", "NB", "E1C"), ("Kingston", "Ontario", "K7L"),
            ("Lethbridge", "Alberta", "T1J"), ("Oshawa", "ON", "L1H")]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
              8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
              14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
              19: "nineteenth", 20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third",
              24: "twenty-fourth", 25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh",
              28: "twenty-eighth"}
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

_FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com",
             "hotmail.co.uk", "btinternet.com", "eircom.net", "bigpond.com", "xtra.co.nz", "shaw.ca",
             "live.ie", "optusnet.com.au", "sympatico.ca"]
_ORG_DOMAIN = ["millbrookcounselling.com.au", "westvalehealth.org", "ashgrovetrial.org", "kerriganpark.ca",
               "coldwaterpsychology.co.uk", "saltmarshclinic.ie", "harrowfieldcbt.co.nz", "bellbrookstudy.org",
               "riverstonetherapy.com", "larchfieldpractice.co.uk"]


def _suffix(d: int) -> str:
    return "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _first(r: random.Random) -> str:
    return r.choice(_FIRST)


def _person(r: random.Random) -> str:
    x = r.random()
    if x < 0.44:
        return _first(r)
    if x < 0.68:
        return f"{_first(r)} {r.choice(_LAST)}"
    if x < 0.84:
        return r.choice(_LAST)
    if x < 0.92:
        return r.choice(_SHORT)
    # rare forms: hyphenated first name, O' surname, lower case as the tool wrote it
    return r.choice([r.choice(_HYPHEN), f"{_first(r)} {r.choice(_OSURNAME)}", r.choice(_OSURNAME),
                     _first(r).lower(), f"{_first(r).lower()} {r.choice(_LAST).lower()}"])


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.55:
        return r.choice(_TOWNS)
    if x < 0.87:
        return f"{r.choice(_FAC_STEM)} {r.choice(_FAC_KIND)}"
    if x < 0.94:
        return r.choice(_WORKPLACE)
    return r.choice(_TOWN_REGION)


def _house_words(n: int) -> str:
    tens = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
            9: "ninety"}[n // 10]
    return tens + (f"-{_UNITS[n % 10]}" if n % 10 else "")


def _address(r: random.Random) -> str:
    n = r.randint
    st = r.choice(_STREET)
    kind = r.choices(["us", "us_apt", "us_full", "uk", "uk_flat", "uk_full", "ie", "au", "au_full", "nz",
                      "ca", "ca_full", "rare"],
                     [14, 6, 6, 11, 5, 6, 8, 9, 6, 7, 6, 5, 6])[0]
    if kind == "us":
        return f"{n(12, 4890)} {st} {r.choice(_SUFFIX_US)}"
    if kind == "us_apt":
        return f"{n(12, 2400)} {st} {r.choice(_SUFFIX_US)}, Apt {n(1, 9)}{r.choice('ABCD')}"
    if kind == "us_full":
        town, state, z = r.choice(_US_TOWN)
        return f"{n(12, 2400)} {st} {r.choice(_SUFFIX_US)}, {town}, {state} {z}{n(0, 99):02d}"
    if kind == "uk":
        return f"{n(1, 140)} {st} {r.choice(_SUFFIX_UK)}"
    if kind == "uk_flat":
        return f"Flat {n(1, 12)}, {n(2, 90)} {st} {r.choice(_SUFFIX_UK)}"
    if kind == "uk_full":
        town, pc = r.choice(_UK_TOWN)
        return (f"{n(1, 140)} {st} {r.choice(_SUFFIX_UK)}, {town} {pc}{n(1, 24)} "
                f"{n(1, 9)}{r.choice('ABDEFHJLNPRSTUWXY')}{r.choice('ABDEFHJLNPRSTUWXY')}")
    if kind == "ie":
        return f"{n(1, 160)} {r.choice(_IE_ESTATE)}, {r.choice(_IE_TOWN)}"
    if kind == "au":
        return f"{n(2, 180)} {st} {r.choice(_SUFFIX_AU)}"
    if kind == "au_full":
        town, state, pc = r.choice(_AU_TOWN)
        return f"{n(2, 180)} {st} {r.choice(_SUFFIX_AU)}, {town} {state} {pc}"
    if kind == "nz":
        town, pc = r.choice(_NZ_TOWN)
        return f"{n(2, 220)} {st} {r.choice(['Street', 'Road', 'Avenue', 'Terrace', 'Place'])}, {town} {pc}"
    if kind == "ca":
        town, prov, _ = r.choice(_CA_TOWN)
        return f"{n(10, 980)} {st} {r.choice(['Street', 'Avenue', 'Crescent', 'Drive', 'Road'])}, {town}, {prov}"
    if kind == "ca_full":
        town, prov, fsa = r.choice(_CA_TOWN)
        return (f"{n(10, 980)} {st} {r.choice(['Street', 'Avenue', 'Crescent', 'Drive'])}, {town}, {prov} "
                f"{fsa} {n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{n(1, 9)}")
    # rare: an Australian unit line or a house number in words
    if r.random() < 0.5:
        return f"{n(1, 9)}/{n(2, 80)} {st} {r.choice(_SUFFIX_AU)}"
    return f"{_house_words(n(21, 99))} {st} {r.choice(_SUFFIX_UK)}"


def _date(r: random.Random) -> str:
    n = r.randint
    while True:  # calendar dates only: no holidays
        mi, d = n(1, 12), n(1, 28)
        if (mi, d) not in {(1, 1), (12, 25), (12, 26), (7, 4), (11, 11), (3, 17), (2, 14), (10, 31), (7, 1)}:
            break
    m, sx = _MONTHS[mi - 1], _suffix(d)
    x = r.random()
    if x < 0.26:
        return f"{m} {d}{sx}"
    if x < 0.36:
        return f"{m} {d}"
    if x < 0.50:
        return f"the {d}{sx}"
    if x < 0.60:
        return f"the {d}{sx} of {m}"
    if x < 0.67:
        return f"{d}{sx} of {m}"
    if x < 0.73:
        return f"{d}{sx} {m}"
    if x < 0.79:
        y = n(2019, 2025)
        wd = datetime.date(y, mi, d).strftime("%A")
        return f"{wd} the {d}{sx}"
    if x < 0.87:
        y = n(2018, 2025)
        if r.random() < 0.35:
            wd = datetime.date(y, mi, d).strftime("%A")
            return f"{wd}, {m} {d}{sx}, {y}"
        return f"{m} {d}{sx}, {y}"
    if x < 0.94:
        return r.choice([f"{mi}/{d}", f"{d}/{mi}"])
    return r.choice([f"the {_ORD_WORDS[d]}", f"{m} {_ORD_WORDS[d]}"])


def _age_words(a: int) -> str:
    """100-110 as Whisper writes them when it spells an age out: ``a hundred and two``."""
    rest = a - 100
    if rest == 0:
        return "a hundred"
    return "a hundred and " + (_UNITS[rest] if rest < 10 else ["ten", "eleven"][rest - 10])


def _age(r: random.Random) -> str:
    x = r.random()
    if x < 0.90:
        return str(r.randint(90, 106))
    if x < 0.97:
        return _house_words(r.randint(90, 99))
    return _age_words(r.randint(100, 110))


def _phone(r: random.Random) -> str:
    n = r.randint
    kind = r.choices(["us1", "us2", "us3", "uk_mob", "uk_land", "ie_mob", "ie_land", "au_mob", "au_land",
                      "nz_mob", "nz_land", "rare"], [12, 9, 4, 11, 8, 8, 4, 9, 6, 8, 5, 6])[0]
    if kind in ("us1", "us2", "us3"):
        a, last = r.choice([413, 617, 802, 519, 613, 905, 250, 604, 315, 775, 517, 330, 360, 864]), n(100, 199)
        if kind == "us1":
            return f"({a}) 555-0{last}"
        if kind == "us2":
            return f"{a}-555-0{last}"
        return f"{a} 555 0{last}"
    if kind == "uk_mob":
        return f"07700 900{n(0, 999):03d}"
    if kind == "uk_land":
        return r.choice([f"0161 496 0{n(0, 999):03d}", f"0113 496 0{n(0, 999):03d}", f"020 7946 0{n(0, 999):03d}"])
    if kind == "ie_mob":
        return f"{r.choice(['087', '086', '083', '085'])} {n(100, 999)} {n(1000, 9999)}"
    if kind == "ie_land":
        return f"(01) {n(200, 999)} {n(1000, 9999)}"
    if kind == "au_mob":
        return f"0491 570 {n(100, 999)}"
    if kind == "au_land":
        return f"({r.choice(['02', '03'])}) 5550 {n(1000, 9999)}"
    if kind == "nz_mob":
        return f"{r.choice(['021', '022', '027'])} {n(100, 999)} {n(1000, 9999)}"
    if kind == "nz_land":
        return f"({r.choice(['09', '03', '04'])}) {n(200, 999)} {n(1000, 9999)}"
    # rare: a country code, or the digits spelled out as the tool sometimes writes them
    y = r.random()
    if y < 0.35:
        return f"+44 7700 900{n(0, 999):03d}"
    if y < 0.6:
        return f"+61 491 570 {n(100, 999)}"
    digits = f"0{r.choice(['21', '27', '87', '86'])}{n(1000000, 9999999)}"
    return " ".join(_DIGIT_WORDS[int(c)] for c in digits[:3]) + ", " + \
        " ".join(_DIGIT_WORDS[int(c)] for c in digits[3:6]) + ", " + \
        " ".join(_DIGIT_WORDS[int(c)] for c in digits[6:])


def _email(r: random.Random) -> str:
    f, last = _first(r).lower(), r.choice(_LAST).lower().replace("'", "")
    n = r.randint
    x = r.random()
    if x < 0.70:
        local = r.choice([f"{f}.{last}", f"{f}{last}", f"{f}.{last}{n(1, 99)}", f"{f[0]}{last}", f"{f}_{last}",
                          f"{f}{n(70, 99)}", f"{last}.{f}"])
        return f"{local}@{r.choice(_FREEMAIL)}"
    if x < 0.82:
        return f"{r.choice(['intake', 'admin', 'reception', 'study', 'info', f])}@{r.choice(_ORG_DOMAIN)}"
    dom = r.choice(_FREEMAIL)
    spoken_dom = dom.replace(".", " dot ")
    return r.choice([f"{f} dot {last} at {spoken_dom}", f"{f}{last} at {spoken_dom}",
                     f"{f} dot {last}{n(1, 99)} at {spoken_dom}"])


def _url(r: random.Random) -> str:
    dom = r.choice(_ORG_DOMAIN)
    path = r.choice(["", "", "/book", "/resources", "/integration", "/contact", "/forms/intake", "/groups",
                     "/telehealth", "/study/participants"])
    x = r.random()
    if x < 0.35:
        return f"https://www.{dom}{path}"
    if x < 0.60:
        return f"www.{dom}{path}"
    if x < 0.80:
        return f"{dom}{path}"
    if x < 0.92:
        return f"https://{dom}{path}"
    stem, tld = dom.split(".", 1)
    return r.choice([f"{stem} dot {tld.replace('.', ' dot ')}", f"bit.ly/{stem[:5]}{r.randint(10, 99)}"])


def _ssn(r: random.Random) -> str:
    n = r.randint
    kind = r.choices(["us", "sin", "ni", "pps", "tfn", "ird", "words"], [34, 13, 13, 11, 11, 10, 8])[0]
    if kind == "us":
        a = n(101, 772)
        if a == 666:
            a = 667
        return r.choice([f"{a}-{n(10, 99)}-{n(1000, 9999)}", f"{a}-{n(10, 99)}-{n(1000, 9999)}",
                         f"{a} {n(10, 99)} {n(1000, 9999)}"])
    if kind == "sin":
        return f"{n(100, 799)} {n(100, 999)} {n(100, 999)}"
    if kind == "ni":
        L = "ABCEGHJKLMNPRSTWXYZ"
        return f"{r.choice(L)}{r.choice(L)} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}"
    if kind == "pps":
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFHKLMPTW')}{r.choice(['', '', 'A', 'W'])}"
    if kind == "tfn":
        return f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    if kind == "ird":
        return f"{n(10, 139)}-{n(100, 999)}-{n(100, 999)}"
    a = f"{n(101, 665)}{n(10, 99)}{n(1000, 9999)}"
    return " ".join(_DIGIT_WORDS[int(c)] for c in a[:3]) + ", " + \
        " ".join(_DIGIT_WORDS[int(c)] for c in a[3:5]) + ", " + " ".join(_DIGIT_WORDS[int(c)] for c in a[5:])


def _id(r: random.Random) -> str:
    n = r.randint
    kind = r.choices(["mrn", "member", "participant", "account", "claim", "nhs", "medicare", "nhi", "ohip",
                      "words"], [16, 13, 14, 11, 8, 10, 9, 7, 7, 5])[0]
    if kind == "mrn":
        return r.choice([f"{n(100000, 9999999)}", f"{n(0, 99999):07d}", f"MRN{n(100000, 999999)}",
                         f"{n(10, 99)}-{n(10, 99)}-{n(10, 99)}"])
    if kind == "member":
        return r.choice([f"{r.choice(['XHP', 'W', 'JQX', 'BCB', 'UHC'])}{n(100000000, 999999999)}",
                         f"{n(1000, 9999)} {n(1000, 9999)} {n(10, 99)}", f"ZX{n(1000000, 9999999)}"])
    if kind == "participant":
        return r.choice([f"{r.choice(['PSI', 'KET', 'PX', 'AST', 'ZI'])}-{n(1, 399):03d}",
                         f"{n(10, 40)}-{n(100, 999)}", f"P{n(1000, 9999)}", f"{r.choice(['S', 'SCR'])}{n(100, 999)}"])
    if kind == "account":
        return r.choice([f"{n(100000, 99999999)}", f"AC-{n(10000, 99999)}", f"{n(1000, 9999)}-{n(100, 999)}"])
    if kind == "claim":
        return r.choice([f"{n(10000000, 99999999)}{n(10, 99)}", f"CLM{n(1000000, 9999999)}",
                         f"{n(100, 999)}-{n(1000000, 9999999)}"])
    if kind == "nhs":
        return f"{n(400, 499)} {n(100, 999)} {n(1000, 9999)}"
    if kind == "medicare":
        return f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}"
    if kind == "nhi":
        L = "ABCDEFGHJKLMNPRSTUVWXYZ"
        return f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(1000, 9999)}"
    if kind == "ohip":
        vc = f"{r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}"
        return r.choice([f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{vc}",
                         f"{n(1000, 9999)} {n(100, 999)} {n(100, 999)}"])
    digits = f"{n(100000, 999999)}"
    return " ".join(_DIGIT_WORDS[int(c)] for c in digits)


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


# {} is the planted identifier; every carrier word is this file's own
TEMPLATES = {
    "PERSON": [
        "Speaker 1  0:42 Yeah so {} rang me on the way home and I just, I couldn't pick up.",
        "[00:12:41] SPEAKER_01: My sister {} has been staying with us since the surgery, which is a lot.",
        "47 00:03:12,480 --> 00:03:15,010 I told {} about the dosing day and she was actually really supportive.",
        "<v Speaker 2>Dr. {} upped the sertraline to 100 mg, so that's where we're at.</v>",
        "So my husband {} thinks I'm overreacting, and like, maybe I am, I don't know.",
        "SPEAKER_00: And how did it go when you talked to {} about it?",
        "I went round to {}'s place after and we just sat in the car for ages.",
        "Speaker 2  12:08 Mr {} from the school called again about the attendance thing.",
        "00:41:09.200 --> 00:41:13.760 She said, you know, {} is the one who found him, so it's hard for her.",
        "Um my guide was {}, she was lovely, she held my hand for like the first hour.",
        "[00:27:51] SPEAKER_01: I've been texting {} every day, which my therapist said is a good thing.",
        "My mam's partner {} is grand, he just doesn't get the anxiety stuff.",
        "Yeah, me and {} broke up about six weeks ago, so that's been in the background.",
        "Speaker 1  22:15 I reckon {} knew before I did, honestly, she's very switched on.",
        "<v Speaker 1>Okay and is {} still your main support person at the moment?</v>",
        "My son {} is 14 now and he's been refusing school, that's the main thing.",
        "Ms {} at the front desk said the Zoom link would come through by text.",
        "00:18:22,900 --> 00:18:26,340 It was {}'s birthday on Sunday and I didn't go, I just couldn't.",
        "SPEAKER_00: So when {} says that, what happens in your body?",
        "Like heaps of people at work are fine, it's just {}, he's always on at me.",
        "Therapist's iPad: And has {} noticed the change, since the silo side bin session?",
        "And my nana's carer, {}, she comes in three times a week now.",
        "[00:09:30] SPEAKER_02: I'm gonna let {} answer that one, because she remembers it better.",
        "Speaker 3  31:44 Mrs {} was my English teacher and she's the reason I went to uni.",
        "{}: Sorry, my video's frozen, can you hear me okay? Okay good.",
        "It was my best mate {}, he's the one that drove me to the ED that night.",
        "I think I'll bring {} to the integration session if that's allowed.",
        "00:52:10.050 --> 00:52:14.300 Yeah, so my dad, {}, he was a drinker, and that's just how it was.",
        "My partner {} was in the other room during the ketamine session, which helped.",
        "Did you end up speaking to {} after last week, or is that still on the list?",
        "Honestly {} is the only one in my family I can talk to about the trial.",
    ],
    "LOCATION": [
        "Speaker 1  3:10 So I grew up in {}, moved out when I was like 19.",
        "[00:05:22] SPEAKER_01: We've been in {} for about six years now, since the kids were little.",
        "I was admitted to {} for a week back then, and that was my first time on a ward.",
        "00:14:06,330 --> 00:14:09,870 My mum still lives out in {}, so it's a two hour drive.",
        "<v Speaker 2>I work at {}, part-time, mostly nights.</v>",
        "SPEAKER_00: And you're dialling in from {} today, is that right?",
        "We just moved down to {} for his job and I don't know anyone here yet.",
        "So the GP at {} referred me to the trial, that's how I heard about it.",
        "Speaker 2  17:36 I went to school at {}, and honestly it was not a great time.",
        "00:20:44.120 --> 00:20:48.900 We drove over to {} on the weekend just to get out of the house.",
        "I did my placement at {} before I dropped out of uni.",
        "[00:33:19] SPEAKER_00: So is that near {} or further out?",
        "My dad's in a care home near {}, and I go up every second weekend.",
        "Yeah the ED at {} was packed, we waited like nine hours.",
        "Um we're from {} originally, but we've been over here since I was ten.",
        "Speaker 1  8:52 The counsellor at {} was good but she left, so I stopped going.",
        "<v Speaker 1>I'm actually in the car outside {}, sorry about the noise.</v>",
        "My brother lives in {} now so I don't see him much.",
        "00:07:55,010 --> 00:07:58,460 I got the job at {} in the end, so that's a good thing.",
        "SPEAKER_01: The kids go to {}, it's just down the road.",
        "So after the divorce I moved back to {} and stayed with my parents for a bit.",
        "We had the preparation session at {} and then the dosing day was the week after.",
        "Speaker 2  40:03 I used to love going to the beach up at {} when I was a kid.",
        "[00:11:48] SPEAKER_01: She was born in {} but she grew up all over the place.",
        "They transferred him from {} because they didn't have a bed.",
        "I'm commuting into {} three days a week and it's a lot, the train is a lot.",
        "00:25:31.600 --> 00:25:35.080 Yeah, we were living in {} when it all started, the panic attacks.",
        "My nan was in {} for her hip and I visited every day after work.",
        "Is the clinic in {} still doing the Tuesday group or did that stop?",
        "Honestly, I think leaving {} was the best thing I ever did.",
        "Yeah so the ketamine in fusion was at {}, and the the the nurse there was lovely.",
    ],
    "ADDRESS": [
        "Speaker 1  5:20 Yeah, it's {}, the one with the blue door.",
        "[00:02:14] SPEAKER_00: Can I just confirm your address, is it still {}?",
        "We moved to {} in the end, so it's a bit closer to my mum.",
        "00:01:48,210 --> 00:01:52,600 They sent the letter to {} but I don't live there anymore.",
        "<v Speaker 2>The new place is {}, just so you've got it for the file.</v>",
        "SPEAKER_01: So it's {}, and there's a buzzer, you just press number two.",
        "I grew up at {}, my parents only sold it last year.",
        "Speaker 2  0:58 And your home address for the study records is {}, correct?",
        "My dad's still at {}, on his own, which worries me.",
        "00:36:12.400 --> 00:36:16.920 The police came to {} that night, and that's when it all came out.",
        "Um yeah, postal address is {}, same as before.",
        "So I'm staying at my sister's, which is {}, until the lease sorts itself out.",
        "[00:04:40] SPEAKER_00: Sorry, was that {}? I just want to get it right for the kit delivery.",
        "He's been living at {} since they split up.",
        "Speaker 1  14:07 The emergency address is {}, that's my partner's mum.",
        "<v Speaker 1>If you can post the diary to {}, that would be great.</v>",
        "Yeah it was {}, a little brick unit, and that's where the worst of it happened.",
        "So they can send the medication to {} or I can pick it up, either way.",
        "00:09:03,770 --> 00:09:07,150 The old house was {}, we were there about ten years.",
        "SPEAKER_01: I'm at {} now, yeah, moved in a couple of weeks ago.",
        "My nana's at {} and she won't move, she says she'll die in that house.",
        "Speaker 2  27:33 Okay, so I've got {} as the address on your intake form.",
        "We were renting at {} when the baby came.",
        "[00:19:26] SPEAKER_00: And is {} a safe place for you to be after the session?",
        "I'd rather you send it to work than to {}, if that's okay.",
        "It's {}, just round the corner from the shops.",
    ],
    "DATE": [
        "Speaker 1  2:15 So my next appointment is {}, I think at 2:30.",
        "[00:16:03] SPEAKER_00: We've got your dosing session booked for {}, does that still work?",
        "My dad passed on {}, and it's coming up, so that's probably why I'm like this.",
        "00:08:42,300 --> 00:08:45,970 I started the escitalopram on {} and I felt sick for about two weeks.",
        "<v Speaker 2>The integration call would be {}, same time, on Zoom.</v>",
        "SPEAKER_01: Um I think it was {}, a Thursday maybe, when I had the panic attack at work.",
        "We separated on {}, so it's been a few months now.",
        "Speaker 2  19:11 And the last time you used was {}, is that right?",
        "I've been sober since {}, so almost a year.",
        "00:44:20.680 --> 00:44:24.310 My birthday's {}, so I'll be 40, which is a whole thing.",
        "So the follow-up interview is {}, and it should take about an hour.",
        "[00:03:58] SPEAKER_00: I'll send the PHQ-9 on {} so you can do it before we talk.",
        "The ketamine infusion was on {} and then I had the second one a week later.",
        "My mum's surgery is {}, so I might need to move our session.",
        "Speaker 1  36:40 It was {} when I moved out, I remember because it was pouring.",
        "<v Speaker 1>Can we do {} instead? I've got the kids that week.</v>",
        "Yeah the screening visit was {}, and then they called me about the bloods.",
        "00:12:55,120 --> 00:12:58,840 He left on {} and didn't come back till the Sunday.",
        "SPEAKER_01: So from {} I stopped the lorazepam, like completely.",
        "I've got the court date on {} and I'm just dreading it.",
        "Speaker 2  9:27 Okay, so I'll put you down for {} at 10.",
        "We got married on {}, which feels like forever ago now.",
        "[00:22:37] SPEAKER_00: So the 3 month follow-up would fall around {}.",
        "My last day at work is {}, and then I don't know what I'm doing.",
        "The family doctor wants me to come back in by {} to check the dose, I'm a sertraline 50.",
        "SPEAKER_00: And your PCL-5 was 41 at baseline, and then we did it again on {}, yeah?",
        "Honestly since {} things have been a lot better, like sleeping better.",
        "I had the miscarriage on {} and nobody at work knew.",
    ],
    "AGE": [
        "Speaker 1  4:33 My nana's {} and she's still sharper than me.",
        "[00:10:12] SPEAKER_01: He's {} years old and he still drives, which terrifies me.",
        "My grandad died at {}, so, you know, he had a good run.",
        "00:27:40,510 --> 00:27:44,020 She turned {} last week and we did a little thing at the care home.",
        "<v Speaker 2>Mum is {} now, so she needs help with basically everything.</v>",
        "SPEAKER_00: And how old is your grandmother now? {}? Wow.",
        "My great aunt lived to {} and she never once went to a doctor.",
        "Speaker 2  16:20 Dad's {} this year and he's just, he's fading.",
        "Yeah he's {}, and he lives on his own still, with a carer in the mornings.",
        "Sweet as, so my koro is {} and he's keen to meet the baby before, you know.",
        "00:50:02.880 --> 00:50:06.440 She was {} when she passed, in her sleep, which was a mercy.",
        "I look after my gran, she's {} and has dementia.",
        "[00:31:05] SPEAKER_01: My grandmother's {}, and I'm her main carer, basically.",
        "Our neighbour is {} and I do her shopping on Saturdays.",
        "Speaker 1  23:58 My pop turned {} and we had the whole family over.",
        "He's {} years of age and he's still on about the war.",
        "<v Speaker 1>My nan, she's {}, she still calls me every morning at seven.</v>",
        "I mean my granddad is {} so I feel like I'm on borrowed time with him.",
        "00:06:33,190 --> 00:06:36,620 She's {} years old and lives in a flat on her own.",
        "SPEAKER_00: Your grandfather is {}? That's a great age.",
        "My mom's mom is {}, so there's four generations of us now.",
        "Speaker 2  12:45 She'll be {} next month, if she makes it.",
        "We lost my nana in the winter, she was {}.",
        "[00:38:14] SPEAKER_01: The oldest lady in the group is {} and she's the funniest.",
        "My grandpa's {} and he's kind of the reason I signed up for the study.",
        "Yeah so my dad is {} and my mum is 87, and I'm the only one nearby.",
        "She's {} and she still does the crossword every day.",
    ],
    "PHONE": [
        "Speaker 1  1:05 Yeah, my mobile is {}, that's the best one.",
        "[00:01:30] SPEAKER_00: And the best number to reach you on is {}?",
        "You can text me on {} if the link doesn't work.",
        "00:58:41,020 --> 00:58:44,900 If it gets really bad after, ring the study line on {}.",
        "<v Speaker 2>My partner's number is {}, for the emergency contact.</v>",
        "SPEAKER_01: My work number is {}, but I'd rather you didn't call there.",
        "Okay so I've got {}, is that still right?",
        "Speaker 2  55:12 The after-hours number for the clinic is {}.",
        "My mum's landline is {}, she doesn't really do mobiles.",
        "00:59:03.450 --> 00:59:07.880 So just call {} and ask for the psychology team.",
        "It's {}, sorry, I always forget my own number.",
        "[00:00:48] SPEAKER_00: I'll call you on {} if Zoom drops out again.",
        "Yeah the pharmacy's number is {}, they were really helpful, and it was only $60 with the 20% off.",
        "My sister's on {} if you ever can't get hold of me.",
        "Speaker 1  2:40 Can you write that down? It's {}.",
        "<v Speaker 1>The number I called that night was {}, the crisis one.</v>",
        "New number actually, it's {}, I changed it after all the stuff with him.",
        "00:00:22,610 --> 00:00:25,330 Hi, sorry, I'm calling from {} because my laptop died.",
        "SPEAKER_01: Home phone is {}, but the mobile's better.",
        "So the nurse gave me {} to call if I had any side effects.",
        "Speaker 2  48:19 If you need to cancel, just leave a message on {}.",
        "His number's {}, he said it's fine for you to ring him.",
        "[00:57:33] SPEAKER_00: Okay, so the callback number is {}, and someone will ring within the hour.",
        "I rang {} like five times and nobody picked up.",
        "Yeah that's {}, that's my dad's, he's the next of kin.",
        "My new mobile is {}, the old one got stolen.",
    ],
    "EMAIL": [
        "Speaker 1  1:52 Yeah, my email is {}.",
        "[00:02:05] SPEAKER_00: And what's the best email for the questionnaires?  Okay, {}, got it.",
        "Can you send the Zoom link to {} instead? The work one blocks it.",
        "00:59:30,440 --> 00:59:33,120 I'll email the worksheet to {} after the session.",
        "<v Speaker 2>It's {}, all lower case.</v>",
        "SPEAKER_01: Um the email's {}, I think I spelled it right on the form.",
        "So you can reach the study coordinator at {} if anything comes up.",
        "Speaker 2  58:03 Just send the diary entries to {} whenever you're ready.",
        "My husband's email is {} if you need to send him the consent form.",
        "00:00:57.300 --> 00:00:59.920 Oh, it went to {}, which I never check, sorry.",
        "Yeah it's {}, same as on the intake.",
        "[00:01:14] SPEAKER_00: Okay I've got {}, is that still current?",
        "The invoice came from {} so I think that's the billing one.",
        "Speaker 1  3:30 If you could just email me at {} with the times, that'd be great.",
        "<v Speaker 1>Their email is {}, but they take ages to reply.</v>",
        "I changed my email to {} because the old one got hacked.",
        "00:57:48,690 --> 00:57:51,250 Send it to {} and I'll print it out at work.",
        "SPEAKER_01: The reminder came through from {} this morning.",
        "You can forward the recording to {}, that's my personal one.",
        "Speaker 2  0:35 And your email for the follow-up survey, is that {}?",
        "I wrote to {} about the side effects and they called me the next day.",
        "My mum's email is {}, she wants a copy of the info sheet.",
        "[00:58:55] SPEAKER_00: I'll cc {} so the psychiatrist sees it too.",
        "It's just {}, nothing fancy.",
        "Yeah email {} for the cancellations, not the main number.",
        "The results got sent to {} by mistake, which was a bit awkward.",
    ],
    "URL": [
        "Speaker 1  4:12 I found the group on {}, it's free on Thursdays.",
        "[00:45:20] SPEAKER_00: All the worksheets are up on {} if you want to print them.",
        "You book the next session through {}, there's a little button at the top.",
        "00:56:10,230 --> 00:56:14,070 The breathing thing was on {}, the four-seven-eight one.",
        "<v Speaker 2>So the study website is {}, and the consent form's on there too.</v>",
        "SPEAKER_01: I read about the trial on {} and then I just applied.",
        "Have a look at {} before next week, the bit about sleep.",
        "Speaker 2  51:47 There's a playlist for the dosing day at {}, you can listen beforehand.",
        "My GP printed something off {} about ketamine and it freaked me out a bit.",
        "00:33:02.560 --> 00:33:06.990 Yeah, it's {}, I'll pop it in the chat.",
        "So it was {} that had the info about the carers' support.",
        "[00:57:02] SPEAKER_00: The link for the survey is {}, it takes about 15 minutes.",
        "I filled in the form on {} but nobody got back to me.",
        "Speaker 1  29:14 The couples workbook is at {}, we've done the first two chapters.",
        "<v Speaker 1>Is it {}? I can't find it.</v>",
        "They have all the integration videos at {}, I watched heaps of them.",
        "00:54:40,380 --> 00:54:43,510 If you go to {} you can change your appointment yourself.",
        "SPEAKER_01: I put a review on {} because they were so good.",
        "So there's a page, {}, that explains the whole preparation thing.",
        "Speaker 2  46:59 The mindfulness recording is at {}, the ten minute one.",
        "My partner found {} and that's how we ended up in couples therapy.",
        "[00:12:27] SPEAKER_01: I had a look at {} and it was mostly stuff for parents.",
        "Yeah just type {} into the browser and it should come up.",
        "The telehealth link goes through {} now, not the old one.",
        "Honestly {} was the only site that made sense to me.",
        "I'll drop {} in the Zoom chat for you now.",
        "Otter's got it as, hang on, {}, yeah that looks right.",
    ],
    "SSN": [
        "Speaker 1  6:02 My social security number is {}, do you need the card too?",
        "[00:04:18] SPEAKER_00: And for the payment we need your SIN, so that's {}?",
        "Um my national insurance number is {}, I had to look it up.",
        "00:05:50,120 --> 00:05:53,780 The PPS number is {}, that's mine, not my husband's.",
        "<v Speaker 2>So your tax file number is {}, okay, that's for the reimbursement.</v>",
        "SPEAKER_01: My IRD number is {}, I think, let me just check my phone.",
        "They asked for my social, which is {}, and I was like, is this safe?",
        "Speaker 2  7:44 Okay and the SSN you gave on the intake form was {}.",
        "My NI number's {}, it's on the payslip.",
        "00:03:21.900 --> 00:03:25.460 It's {}, that's the social insurance number.",
        "So I read out {} and then the line went dead.",
        "[00:06:33] SPEAKER_00: Can you confirm the last number for me, the SSN, {}?",
        "The form wanted my Social Security, {}, for the gift card payment.",
        "Speaker 1  5:15 Yeah so my PPS is {}.",
        "<v Speaker 1>My social's {}, sorry, I know you're not supposed to say it out loud.</v>",
        "For the tax bit I put {} as my TFN.",
        "00:07:02,010 --> 00:07:05,640 His social security number is {}, I've got it here on the letter.",
        "SPEAKER_01: The SIN is {}, and I'm a permanent resident, if that matters.",
        "My national insurance is {}, I only just got it sorted.",
        "Speaker 2  8:31 So I've got {} as your social security number, is that right?",
        "They needed the IRD, {}, before they could pay me for the interviews.",
        "[00:05:09] SPEAKER_00: And the social insurance number for the honorarium is {}?",
        "I gave them my social, {}, and they still said it didn't match.",
        "Okay, SSN is {}, and that's for the compensation form.",
        "Yeah the tax file number's {}.",
        "My mum's social security number is {}, I manage all her stuff now.",
    ],
    "ID": [
        "Speaker 1  3:44 My medical record number is {}, it's on the wristband thing.",
        "[00:00:41] SPEAKER_00: Before we start, your participant ID is {}, is that what you've got?",
        "The insurance member ID is {}, I had to ring them twice.",
        "00:02:30,180 --> 00:02:33,900 My NHS number is {}, if you need it for the referral.",
        "<v Speaker 2>So your Medicare number is {}, and the reference number is 1.</v>",
        "SPEAKER_01: My NHI is {}, the GP gave it to me.",
        "Okay the claim number is {}, they said to quote that.",
        "Speaker 2  1:18 And your health card number, the OHIP, is {}?",
        "My policy number is {}, for the EAP sessions.",
        "00:01:05.740 --> 00:01:09.210 Um, the study ID on my letter says {}.",
        "The account number is {}, that's for the practice billing.",
        "[00:03:52] SPEAKER_00: I'll just note your screening number, {}, at the top.",
        "My client number at the clinic is {}.",
        "Speaker 1  2:06 The hospital number is {}, they wrote it on the discharge.",
        "<v Speaker 1>Member number {}, under my husband's plan.</v>",
        "It's participant {} on all the questionnaires, not my name.",
        "00:04:11,520 --> 00:04:14,880 So the MRN is {} and the referral should be under that.",
        "SPEAKER_01: Yeah my insurance ID is {}, the plan changed at the start of the year.",
        "The reference number for the complaint is {}.",
        "Speaker 2  2:54 And your record number with us is {}, just so I've got it.",
        "My son's Medicare number is {}, he's on my card.",
        "[00:01:57] SPEAKER_00: Okay, subject number {}, and this is the 6 month follow-up interview.",
        "The pharmacy wanted my health card number, which is {}.",
        "Yeah my customer account is {}, for the telehealth platform.",
        "Can you put my case number, {}, on the letter for the court?",
        "My patient number is {}, I think they gave me a new one.",
    ],
}
