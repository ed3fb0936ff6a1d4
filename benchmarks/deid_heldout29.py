"""A thirtieth SYNTHETIC transcript set for benchmarks/deid.py: the twenty-ninth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New
Zealand are used as places only, never with a person; every clinic, practice, research unit, trial,
service, school, church and workplace name is made up).  Written on 2026-12-07 by an engineer who had
NOT seen the de-identifier's rules, its docs page, its tests or the contents of the earlier sets (only
benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and deid_heldout.py
.. deid_heldout27.py their docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of
deid_heldout19.py, for the format), in one go, before any run; no rule and no line of this file was
changed after its first run.  It was first run on the fourteenth round's rules (main at commit
2fe9f16) and measures how the rules do on talk they were not written for; it stays a blind set until
a later round makes it a development set.

Style: ORDINARY psychotherapy sessions and research interviews TRANSCRIBED BY A HUMAN IN FULL (TRUE)
VERBATIM, as a transcription service or a research assistant delivers them for qualitative analysis:
every filler (``um``, ``uh``, ``er``, ``like``, ``you know``, ``I mean``, ``sort of``), false starts and
repeats (``my- my sister``, ``we went to, to the``), a speaker correcting themselves (``on the -- no,
sorry, the``), stammered words (``I w- w- wanted``), overlapping speech marked (``[overlapping]``,
``[crosstalk]``, ``[both talking]``), the service's conventions (``(laughs)``, ``(sighs)``, ``[pause]``,
``[long pause]``, ``[inaudible 00:14:22]``, ``[unclear]``, ``--`` for a broken-off sentence, ``...`` for
a trailing one) and the transcriber's own notes in square brackets (``[phone buzzes]``, ``[TN: speaker
points to the window]``, ``[phonetic]`` after a word heard by ear, ``[sic]``); speaker labels such as
``I:``/``R:``, ``INTERVIEWER:``/``PARTICIPANT 07:``, ``T:``/``C:``, ``RA:``, ``TH1:``/``TH2:`` inside
the turn (the benchmark's generator writes every turn as ``Therapist:``/``Client:``, so these labels
sit inside the ``Client:`` turn).  Settings the earlier docstrings do not name as theirs in this form:
routine CBT, counselling and psychodynamic sessions recorded for a PROCESS STUDY (the earlier sets
name psychodynamic sessions, CBT homework review and counselling, but not as a process study's
full-verbatim transcripts: ``the rupture``, ``the here and now``, ``the therapist's interpretation``),
a psilocybin or an MDMA trial's preparation sessions, dosing-day debriefs and integration sessions
typed by the trial's research assistant, post-trial qualitative follow-up interviews with
participants and with the trial's therapists (``TH1:``, ``TH2:``), and exit interviews from a
service (a community mental health service, a university counselling service, an early
intervention team, a residential programme) about leaving it.  Speakers from the US, Canada, the UK,
Ireland, Australia and New Zealand, mixed, as the transcriber heard them (``mum``, ``mom``, ``mam``,
``me nan``, ``ye``, ``grand``, ``reckon``, ``arvo``, ``eh``, ``sweet as``, ``wee``, ``y'know``).
Identifier forms: MOSTLY ordinary names, places and numbers said the way people say them, sometimes
broken by a filler or a repeat before them, with a minority of harder forms, chosen to differ from
the earlier docstrings' lists where possible: a brother's, partner's, friend's or kid's first name
alone (by far the most common form), full names, a therapist's or GP's surname after ``Dr``/``Mr``/
``Mrs``/``Ms`` (the title in the carrier), a possessive ``'s`` in the carrier, and as harder forms a
name with the stammer inside it (``K- Kieran``, ``Mc- McAllister``), a name the speaker corrected
(``Shauna -- Shannon``, both inside the span as a coder marks it), and a name with the
transcriber's ``[phonetic]`` after it (outside the span).  Places: the town, suburb or city (``Bendigo``,
``Kamloops``, ``Athlone``, ``Wigan``, ``Timaru``, ``Eau Claire``), a suburb with its city (``Ranelagh,
Dublin``), a made-up clinic, research unit, service, school or workplace, and now and then a town
with a filler or repeat inside (``Port, um, Port Macquarie``).  Addresses as said aloud for a letter
or a home visit: ``14 Rowan Crescent``, ``flat 2, 31 ...``, ``apartment 3B, 220 ...``, a US line with
its town and ZIP, a UK line with a postcode, an Irish line with a town, a NZ line with a suburb, a
street name alone, a house number repeated or stammered (``32, uh, 32 Lansdowne Road``).  Dates:
``the 21st``, ``March the 3rd``, ``March 3rd``, ``the 3rd of March``, ``3rd of March``, ``Tuesday the
9th``, ``21/3``, ``3/21``, ``June 2024`` (a month with its year, more specific than a year), a dosing
day with its full date, a date of birth, and as harder forms a date with a filler inside (``March
the, um, the 3rd``) or corrected inside (``the 3rd -- sorry, the 4th of March``).  Ages over 89
(90-110): digits, words (``ninety-three``, ``ninety three``, ``a hundred and one``), with ``years
old`` inside now and then, and a stammered age (``ninety- ninety-four``).  Phones: US and Canadian
``(613) 555-0182`` and ``555-0147`` layouts, UK mobiles and landlines, Irish mobiles and landlines,
Australian and New Zealand mobiles and landlines, country codes now and then, some read out in
words with ``oh`` and ``double``, and a few with a filler inside (``0412, um, 557 093``).  Emails:
free-mail, ISP and invented service and trial addresses, a few read out (``dot``, ``at``,
``underscore``).  URLs: an invented service's or trial's page, a booking page, a feedback survey, a
resources page, a video, a playlist, a few read out (``dot co dot nz slash``).  SSNs, as each
country's national number (planted as SSN -- a judgement call): US social security numbers,
Canadian SINs, UK National Insurance numbers, Irish PPS numbers, Australian tax file numbers and NZ
IRD numbers, some read out in words or with a filler inside.  IDs (the cue always in the carrier):
MRNs, NHS and CHI numbers, Medicare and NHI numbers, Ontario health card numbers, Irish medical card
numbers, insurance member ids, a service's client number, a trial's screening and randomisation
numbers, a claim number, a student number, some read out.
A title, kin word, speaker label, ``[phonetic]`` or possessive ``'s`` next to a name, an article
before a place and a filler or repeat before an identifier stay outside the span; a date's own words
(``the 3rd of March``, ``Tuesday the 9th``) are inside it.  ``value`` and the template are drawn
independently (deid.py's design), so now and then a form sits a little oddly in its sentence, as in
a real transcript.
The carrier sentences hold words that must NOT be removed: speaker labels (``I:``, ``R:``,
``PARTICIPANT 07:``, ``TH2:``), transcription tags and timestamps (``[inaudible 00:14:22]``), drugs and
doses (psilocybin 25 mg, MDMA 120 mg, sertraline 100 mg, the booster dose), scales (PHQ-9, GAD-7,
CORE-10, the MEQ), ages under 90, bare years, countries, states and provinces, weekdays alone, times of
day, durations, kin words as common nouns (my mam, me nan, the kids, my ex) and place-like common
words (the dosing room, the clinic, the ward, the GP, the pub, the beach).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# invented people: ordinary first names of the six countries, surnames chosen not to be deid.py's
_FIRST = ["Kieran", "Shannon", "Megan", "Ciara", "Aoife", "Brendan", "Tyler", "Jordan", "Hannah", "Connor",
          "Bronwyn", "Mitchell", "Shane", "Tegan", "Hamish", "Aroha", "Nicole", "Graham", "Fiona", "Declan",
          "Eilish", "Brody", "Kelsey", "Darren", "Lauren", "Ruairi", "Sinead", "Callum", "Amber", "Trent",
          "Ashleigh", "Wiremu", "Mackenzie", "Courtney", "Travis", "Maeve", "Justin", "Stacey", "Owen", "Kerry",
          "Lindsay", "Glenn", "Rhiannon", "Cameron", "Jodie", "Padraig", "Kylie", "Marcus", "Gemma", "Derek",
          "Tanya", "Brett", "Niamh", "Ewan", "Danielle", "Corey", "Leah", "Grant", "Shauna", "Troy"]
_LAST = ["Whitfield", "Donnelly", "McAllister", "Tremblay", "Pereira", "Hutchinson", "Okonkwo", "Nguyen",
         "Paterson", "Sandoval", "Radcliffe", "Fairweather", "Moynihan", "Henare", "Baxter", "Carmody",
         "Ashworth", "Doherty", "Lachance", "Birtles", "Quinlan", "Pemberton", "Tuhoe", "Walcott", "Delaney",
         "Sherwood", "Costigan", "Bouchard", "Rowntree", "Kinsella", "Mabry", "Hollis", "Ferreira",
         "Lockhart", "Dunleavy", "Parata", "Stirling", "Ogilvie", "Fenwick", "Varga"]
# a speaker correcting a name: (said first, then meant)
_CORRECTED = [("Shauna", "Shannon"), ("Kelsey", "Kerry"), ("Brett", "Brody"), ("Lauren", "Leah"),
              ("Derek", "Darren"), ("Niamh", "Maeve"), ("Travis", "Trent"), ("Gemma", "Jodie")]

# real towns, cities and suburbs used as places only
_TOWNS = ["Bendigo", "Ballarat", "Whanganui", "Invercargill", "Timaru", "Kilkenny", "Tralee", "Athlone",
          "Dundalk", "Ennis", "Carlow", "Harrogate", "Darlington", "Kettering", "Swindon", "Wigan", "Gatineau",
          "Kamloops", "Lethbridge", "Sudbury", "Kelowna", "Fredericton", "Boulder", "Eau Claire", "Grand Rapids",
          "Ithaca", "Lubbock", "Roanoke", "Mackay", "Wollongong", "Launceston", "Geraldton", "Napier",
          "Palmerston North", "Letterkenny", "Portlaoise", "Huddersfield", "Bury St Edmunds", "Chilliwack",
          "Moose Jaw", "Sioux Falls", "Asbury Park", "Wagga Wagga", "Gympie", "Blenheim", "Mallow"]
_SUBURBS = [("Ranelagh", "Dublin"), ("Glenelg", "Adelaide"), ("Ponsonby", "Auckland"), ("Chorlton", "Manchester"),
            ("Kitsilano", "Vancouver"), ("Newtown", "Sydney"), ("Drumcondra", "Dublin"), ("Headingley", "Leeds"),
            ("Brunswick", "Melbourne"), ("Riccarton", "Christchurch")]
_PLACE_STEM = ["Ferncliff", "Hollybank", "Larchmont", "Kowhai", "Briarwood", "Tamarind", "Ashgrove", "Stonecroft",
               "Rivermead", "Gullane", "Millbrook", "Kestrel Hill", "Westvale", "Cedar Point", "Harwood"]
_PLACE_KIND = ["Psychology", "Counselling Centre", "Research Unit", "Clinic", "Community Mental Health Team",
               "Early Intervention Service", "Medical Centre", "House", "High School", "Family Practice",
               "Recovery Lodge", "Health Centre", "Wellbeing Hub", "Primary School", "Trial Centre"]
_SPLIT_TOWNS = [("Port", "Port Macquarie"), ("Grand", "Grand Prairie"), ("Palmerston", "Palmerston North"),
                ("Castle", "Castlebar"), ("Bury", "Bury St Edmunds"), ("Moose", "Moose Jaw")]

_STREETS = ["Rowan", "Lansdowne", "Elmfield", "Kauri", "Tui", "Harcourt", "Ashbourne", "Beechwood", "Fernhill",
            "Wattle", "Glebe", "Dunmore", "Cranbrook", "Maplehurst", "Kingfisher", "Totara", "Larkhill", "Heather",
            "Oakdene", "Sycamore", "Pinecrest", "Rata", "Westbury", "Lindale"]
_SUFFIXES = ["Crescent", "Road", "Street", "Avenue", "Close", "Drive", "Terrace", "Grove", "Place", "Way", "Lane",
             "Court", "Parade", "Park"]
_US_TOWNS = [("Eau Claire", "WI", "547"), ("Roanoke", "VA", "240"), ("Boulder", "CO", "803"),
             ("Ithaca", "NY", "148"), ("Lubbock", "TX", "794"), ("Sioux Falls", "SD", "571")]
_UK_TOWNS = [("Wigan", "WN"), ("Harrogate", "HG"), ("Darlington", "DL"), ("Swindon", "SN"), ("Huddersfield", "HD"),
             ("Kettering", "NN")]
_IE_TOWNS = ["Athlone", "Tralee", "Ennis", "Carlow", "Mallow", "Portlaoise", "Dundalk"]
_NZ_SUBURBS = [("Ponsonby", "Auckland"), ("Riccarton", "Christchurch"), ("Karori", "Wellington"),
               ("Frankton", "Hamilton")]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

_MAIL = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "eircom.net", "bigpond.com",
         "xtra.co.nz", "btinternet.com", "shaw.ca", "sympatico.ca", "live.co.uk", "hotmail.co.uk", "outlook.ie"]
_ORG_DOMAINS = ["ferncliffstudy.org", "hollybankpsychology.co.uk", "larchmontcounselling.ca", "kowhaihouse.org.nz",
                "briarwoodtrial.org", "tamarindwellbeing.com.au", "stonecroftcmhs.ie", "rivermeadclinic.com"]


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _person(r: random.Random) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    x = r.random()
    if x < 0.50:
        return f
    if x < 0.68:
        return f"{f} {last}"
    if x < 0.82:
        return last
    if x < 0.88:  # stammered inside the name
        w = r.choice([f, last])
        cut = 3 if w.startswith("Mc") else r.choice([1, 2])
        return f"{w[:cut]}- {w}"
    if x < 0.94:  # the speaker corrects the name: both as the coder marks them
        a, b = r.choice(_CORRECTED)
        return r.choice([f"{a} -- {b}", f"{a}, I mean {b}", f"{a} -- sorry, {b}"])
    return r.choice([f"{f} {last[0]}.", f"{f}-{r.choice(['Rose', 'Jane', 'Lee', 'Mae'])}", f"{f} {last}"])


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.52:
        return r.choice(_TOWNS)
    if x < 0.66:
        s, c = r.choice(_SUBURBS)
        return r.choice([f"{s}, {c}", f"{s} in {c}", s])
    if x < 0.90:
        return f"{r.choice(_PLACE_STEM)} {r.choice(_PLACE_KIND)}"
    if x < 0.96:
        first, town = r.choice(_SPLIT_TOWNS)
        return r.choice([f"{first}, um, {town}", f"{first}- {town}", f"{first} -- {town}"])
    return r.choice(_TOWNS).lower()


def _words_number(n: int) -> str:
    """A small number (1-99) in words, as said aloud."""
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
             "nineteen"]
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return teens[n - 10]
    return tens[n // 10] + (f"-{_UNITS[n % 10]}" if n % 10 else "")


def _address(r: random.Random) -> str:
    n = r.randint
    street = f"{r.choice(_STREETS)} {r.choice(_SUFFIXES)}"
    num = n(2, 240)
    x = r.random()
    if x < 0.38:
        return f"{num} {street}"
    if x < 0.48:
        return r.choice([f"flat {n(1, 9)}, {num} {street}", f"Flat {n(1, 12)}, {num} {street}",
                         f"unit {n(1, 8)}, {num} {street}", f"apartment {n(1, 12)}{r.choice('ABCD')}, {num} {street}",
                         f"{n(1, 8)}/{num} {street}"])
    if x < 0.58:
        town, st, z = r.choice(_US_TOWNS)
        return r.choice([f"{n(100, 4800)} {street}, {town}, {st} {z}{n(10, 99)}",
                         f"{n(100, 4800)} {street}, Apt {n(1, 30)}, {town}"])
    if x < 0.66:
        town, pc = r.choice(_UK_TOWNS)
        return f"{num} {street}, {town}, {pc}{n(1, 9)} {n(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}" \
               f"{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if x < 0.73:
        return f"{num} {r.choice(_STREETS)} {r.choice(['Park', 'Grove', 'Lawn', 'Heights', 'Court'])}, " \
               f"{r.choice(_IE_TOWNS)}"
    if x < 0.79:
        sub, city = r.choice(_NZ_SUBURBS)
        return f"{num}{r.choice(['', 'A', 'B'])} {street}, {sub}, {city}"
    if x < 0.87:
        return street
    if x < 0.94:  # the house number repeated or stammered, as the transcriber typed it
        return r.choice([f"{num}, uh, {num} {street}", f"{num}- {num} {street}", f"{num}, {num} {street}"])
    return f"{_words_number(n(2, 99))} {street}"


def _date(r: random.Random) -> str:
    d, m = r.randint(1, 28), r.choice(_MONTHS)
    mi = _MONTHS.index(m) + 1
    y = r.randint(2019, 2026)
    x = r.random()
    if x < 0.17:
        return f"the {_ordinal(d)}"
    if x < 0.29:
        return f"{m} the {_ordinal(d)}"
    if x < 0.40:
        return f"{m} {_ordinal(d)}"
    if x < 0.50:
        return f"the {_ordinal(d)} of {m}"
    if x < 0.56:
        return f"{_ordinal(d)} of {m}"
    if x < 0.62:
        return f"{r.choice(_WEEKDAYS)} the {_ordinal(d)}"
    if x < 0.68:
        return r.choice([f"{d}/{mi}", f"{mi}/{d}"])
    if x < 0.73:
        return f"{m} {y}"
    if x < 0.79:
        return r.choice([f"{m} {_ordinal(d)}, {y}", f"the {_ordinal(d)} of {m} {y}", f"{d} {m} {y}",
                         f"{d}/{mi}/{y}", f"{mi}/{d}/{str(y)[2:]}"])
    if x < 0.84:  # a date of birth
        by = r.randint(1931, 2004)
        return r.choice([f"{d}/{mi}/{by}", f"{mi}/{d}/{by}", f"the {_ordinal(d)} of {m}, {by}",
                         f"{m} {_ordinal(d)}, {by}"])
    if x < 0.90:
        return f"{m} {d}"
    if x < 0.95:  # a filler inside the date
        return r.choice([f"{m} the, um, the {_ordinal(d)}", f"the, uh, {_ordinal(d)} of {m}",
                         f"{m}, um, {_ordinal(d)}"])
    d2 = d + 1
    return r.choice([f"the {_ordinal(d)} -- sorry, the {_ordinal(d2)} of {m}",
                     f"{m} {_ordinal(d)}, no, {_ordinal(d2)}"])


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    tens = a // 10 * 10
    x = r.random()
    if a >= 100:
        words = r.choice([f"a hundred and {_words_number(a - 100)}" if a > 100 else "a hundred",
                          f"one hundred and {_words_number(a - 100)}" if a > 100 else "one hundred"])
    else:
        words = _words_number(a)
        if r.random() < 0.3:
            words = words.replace("-", " ")
    if x < 0.42:
        return str(a)
    if x < 0.78:
        return words
    if x < 0.88:
        return f"{r.choice([str(a), words])} years old"
    if a < 100 and a != tens:
        return r.choice([f"ninety- {words}", f"ninety, um, {words}"])
    return f"{a}, {a}"


def _spoken_digits(digits: str) -> str:
    out, i = [], 0
    while i < len(digits):
        if i + 1 < len(digits) and digits[i] == digits[i + 1] and digits[i] != " ":
            out.append("double " + _DIGIT_WORDS[int(digits[i])])
            i += 2
            continue
        if digits[i] == " ":
            out[-1] += ","
        else:
            out.append(_DIGIT_WORDS[int(digits[i])])
        i += 1
    return " ".join(out)


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    forms = [
        lambda: f"({n(204, 989)}) 555-01{n(10, 99)}",
        lambda: f"555-01{n(10, 99)}",
        lambda: f"{n(204, 989)}-555-01{n(10, 99)}",
        lambda: f"07700 900{n(100, 999)}",
        lambda: f"0113 496 0{n(100, 999)}",
        lambda: f"08{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}",
        lambda: f"(01) {n(200, 899)} {n(1000, 9999)}",
        lambda: f"0491 570 {n(100, 999)}",
        lambda: f"04{n(10, 99)} {n(100, 999)} {n(100, 999)}",
        lambda: f"(03) 5550 {n(1000, 9999)}",
        lambda: f"021 {n(100, 999)} {n(1000, 9999)}",
        lambda: f"(04) {n(200, 899)} {n(1000, 9999)}",
        lambda: f"+353 8{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}",
        lambda: f"+61 4{n(10, 99)} {n(100, 999)} {n(100, 999)}",
        lambda: f"+64 27 {n(100, 999)} {n(1000, 9999)}",
        lambda: f"+44 7700 900{n(100, 999)}",
    ]
    if x < 0.80:
        return r.choice(forms)()
    if x < 0.92:  # read out in words
        digits = r.choice([f"0{r.choice('2478')}{n(1, 9)} {n(100, 999)} {n(1000, 9999)}",
                           f"555 01{n(10, 99)}", f"08{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}",
                           f"07700 900 {n(100, 999)}"])
        return _spoken_digits(digits)
    # a filler or a repeat inside the number, as typed verbatim
    return r.choice([f"04{n(10, 99)}, um, {n(100, 999)} {n(100, 999)}",
                     f"({n(204, 989)}) 555, uh, 01{n(10, 99)}",
                     f"087, 087 {n(100, 999)} {n(1000, 9999)}",
                     f"07700, er, 900{n(100, 999)}"])


def _email(r: random.Random) -> str:
    f, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower()
    n = r.randint
    local = r.choice([f"{f}.{last}", f"{f}{last}", f"{f}{n(1, 99)}", f"{f[0]}{last}", f"{f}_{last[0]}",
                      f"{last}.{f}{n(70, 99)}"])
    x = r.random()
    if x < 0.55:
        return f"{local}@{r.choice(_MAIL)}"
    if x < 0.75:
        role = r.choice(["research", "admin", "intake", "feedback", "hello", "trial", f"{f}.{last}", f"{f[0]}.{last}"])
        return f"{role}@{r.choice(_ORG_DOMAINS)}"
    if x < 0.80:
        return f"{local.capitalize()}@{r.choice(_MAIL)}"
    # read out
    dom = r.choice(["gmail", "hotmail", "outlook", "yahoo", "icloud"])
    spoken_local = local.replace(".", " dot ").replace("_", " underscore ")
    tld = r.choice(["dot com", "dot co dot uk", "dot ie", "dot net"])
    return r.choice([f"{spoken_local} at {dom} {tld}", f"{spoken_local} at {dom}.com",
                     f"{local} at {dom} dot com"])


def _url(r: random.Random) -> str:
    dom = r.choice(_ORG_DOMAINS)
    n = r.randint
    path = r.choice(["", "/resources", "/integration", "/book", "/feedback", "/exit-survey",
                     "/worksheets/thought-record",
                     f"/participants/{n(10, 99)}", "/contact", "/music"])
    x = r.random()
    if x < 0.45:
        return r.choice([f"www.{dom}{path}", f"{dom}{path}", f"https://{dom}{path}", f"https://www.{dom}{path}"])
    if x < 0.75:
        f, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower()
        return r.choice([f"calendly.com/{f}-{last}/intake", f"youtube.com/watch?v={r.choice(['dQ', 'xK', 'pL'])}"
                         f"{n(1000, 9999)}{r.choice(['ab', 'Rt', 'zQ'])}",
                         f"open.spotify.com/playlist/{n(10**6, 10**7)}{r.choice(['kLx', 'QpR', 'mzT'])}",
                         f"instagram.com/{f}_{last}_{n(1, 99)}",
                         f"surveymonkey.com/r/{r.choice(['FERN', 'HOLLY', 'KOWH'])}"
                         f"{n(100, 999)}", f"gofundme.com/f/{f}-{last}-recovery"])
    base, tld = dom.split(".", 1)
    spoken_tld = " dot ".join(tld.split("."))
    spoken_path = path.replace("/", " slash ").replace("-", " dash ").strip()
    return r.choice([f"{base} dot {spoken_tld}{(' ' + spoken_path) if spoken_path else ''}",
                     f"www dot {base} dot {spoken_tld}", f"{dom} forward slash resources"])


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.22:
        return r.choice([f"{n(101, 665)}-{n(10, 99)}-{n(1000, 9999)}", f"{n(101, 665)} {n(10, 99)} {n(1000, 9999)}"])
    if x < 0.36:
        return r.choice([f"{n(100, 799)} {n(100, 999)} {n(100, 999)}", f"{n(100, 799)}-{n(100, 999)}-{n(100, 999)}"])
    if x < 0.52:
        a = r.choice(["JT", "KL", "NB", "PR", "SX", "WH", "AE", "CE", "ZR"])
        return r.choice([f"{a} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}",
                         f"{a}{n(100000, 999999)}{r.choice('ABCD')}"])
    if x < 0.64:
        return r.choice([f"{n(1000000, 9999999)}{r.choice('ABCDEFHKPTW')}", f"{n(1000000, 9999999)}"
                         f"{r.choice('ABCDEFHKPTW')}A"])
    if x < 0.76:
        return r.choice([f"{n(100, 999)} {n(100, 999)} {n(100, 999)}", f"{n(100, 999)}{n(100, 999)}{n(100, 999)}"])
    if x < 0.86:
        return r.choice([f"{n(10, 139)}-{n(100, 999)}-{n(100, 999)}", f"{n(10, 139)} {n(100, 999)} {n(100, 999)}"])
    # read out in words, or with a filler inside
    digits = f"{n(101, 665)} {n(10, 99)} {n(1000, 9999)}"
    return r.choice([_spoken_digits(digits), digits.replace(" ", ", um, ", 1), digits.replace(" ", "-", 1)
                     .replace(" ", ", uh, ")])


def _id(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    forms = [
        lambda: f"{n(1000000, 9999999)}",
        lambda: f"00{n(100000, 999999)}",
        lambda: f"{n(400, 499)} {n(100, 999)} {n(1000, 9999)}",
        lambda: f"{n(100, 499)}{n(1000000, 9999999)}",
        lambda: f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}",
        lambda: f"{r.choice(letters)}{r.choice(letters)}{r.choice(letters)}{n(1000, 9999)}",
        lambda: f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(letters)}{r.choice(letters)}",
        lambda: f"{n(1000000, 9999999)}{r.choice(letters)}",
        lambda: f"{r.choice(['XQH', 'MBR', 'WPA', 'KLN'])}{n(100000000, 999999999)}",
        lambda: f"C{n(10000, 99999)}",
        lambda: f"{r.choice(['PSI', 'MDA', 'FRN', 'BWT'])}-{n(100, 999)}",
        lambda: f"R{n(1000, 9999)}",
        lambda: f"{r.choice(['CLM', 'CL'])}-{n(100000, 999999)}",
        lambda: f"S{n(10000000, 99999999)}",
        lambda: f"{n(1, 9)}{r.choice(['A', 'B', 'C'])}-{n(1000, 9999)}-{n(100, 999)}",
    ]
    if x < 0.86:
        return r.choice(forms)()
    if x < 0.94:
        return _spoken_digits(f"{n(1000, 9999)} {n(100, 999)}")
    return r.choice([f"{r.choice(['PSI', 'MDA'])}, um, {n(100, 999)}", f"{n(100, 999)}, uh, {n(1000, 9999)}"])


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "R: Um, yeah, so my- my brother {} was the one who, who drove me to the dosing day.",
        "C: And then {} just, like, walked out. [pause] Didn't say anything.",
        "PARTICIPANT 07: I, uh, I'd told {} about the trial but not, not the details, you know?",
        "C: I think it was Dr {} who said, um -- who said I could stop the sertraline first.",
        "R: My partner, {}, he sat with me after, after the session. (laughs) He was more nervous than me.",
        "C: It's, it's like when {} used to, um... [long pause] Sorry.",
        "TH2: So the guide that day was, um, {}, and I was the second therapist in the room.",
        "I: And who, who else was there? R: Just me mam and, uh, {}.",
        "C: Me nan used to say {} was the, the wild one of the family. (laughs)",
        "R: I w- w- wanted to ring {} straight after, but I didn't have my phone.",
        "C: Yeah, so {} is my, my eldest. She's fourteen now.",
        "INTERVIEWER: Can you say a bit more about {}? PARTICIPANT 07: Yeah, um, yeah.",
        "C: I had a dream about {} again. [TN: client laughs nervously] Same one, sort of.",
        "R: Mrs {} was my, my keyworker at the service for, like, two years.",
        "C: You know, I, I keep thinking about what {} said at the funeral.",
        "TH1: I'd worked with {} on the, uh, the preparation sessions, so we had some rapport.",
        "R: Honestly it was {}'s idea to, to sign up for the study. [crosstalk]",
        "C: Um, {} texted me last night, which, which was a bit much.",
        "R: When I came out of it, {} was holding my hand. [pause] That was nice.",
        "C: My ex, um, {}, he's -- we're not really talking at the moment.",
        "R: Yeah, and Mr {} from the, the housing office never called back.",
        "C: I mean {} is, is grand, she's just, like, a lot, y'know?",
        "PARTICIPANT 12: I, uh, I named the, the feeling after {}, which is weird, I know. (laughs)",
        "C: I told my therapist -- I told Ms {} that I wasn't ready. [inaudible 00:14:22]",
        "R: My mate {} [phonetic] reckons I'm a different person since the, the integration.",
        "C: So, um, so {} picked the kids up and I just lay on the couch all arvo.",
        "R: My sister, uh, {} came down for the, the follow-up visit.",
        "C: And {} goes, like, 'you're not yourself', and I lost it. [overlapping]",
        "TH2: The participant kept asking for {}, um, during the peak, which we'd talked about in prep.",
        "R: Dr {}, the, the psychiatrist, she did the screening interview.",
    ],
    "LOCATION": [
        "C: I grew up in, in {}, so, um, it's a small place. Everyone knows everyone.",
        "R: We'd moved to {} the year before the, the study started.",
        "PARTICIPANT 07: My mam still lives in, uh, {}. [pause] I don't go back much.",
        "C: The drive from {} is, like, two hours, so it's -- yeah.",
        "R: I did the sessions at the, um, the {} site, which was fine.",
        "C: My dad's funeral was in {}, um, in the rain. (sighs)",
        "I: And where were you living then? R: {}. Um, with the kids.",
        "C: I got referred from the, the {} because the waiting list was, was mental.",
        "R: I was working at {} then, doing, like, night shifts.",
        "TH1: We ran the, the integration groups out of {} for the first cohort.",
        "C: So we went up to {} for the weekend and I just, I couldn't switch off.",
        "R: I'd been, um, I'd been an inpatient at {} years ago, so the ward was... [pause]",
        "C: She's at uni in, in {}, so I only see her in, in the holidays.",
        "R: Um, I'm originally from {}, but I've been here ages now.",
        "EXIT INTERVIEWER: And the, the team at {}, how was that? R: Honestly? Mixed.",
        "C: I walked all the way to the beach in {} and just, like, sat there.",
        "R: The, the dosing room at {} had this, this big window, which helped.",
        "C: Um, my brother's in {} now, he moved for work. [phone buzzes]",
        "R: I'd never even been to {} before the trial. (laughs)",
        "C: We lived above a shop in, in {} when I was, like, six.",
        "PARTICIPANT 03: I left {} because of the, the stuff with my ex.",
        "R: They transferred me to {} for the, the last two months.",
        "C: It was at, um, at {}, the, the counsellor there was lovely.",
        "TH2: Some of the participants travelled in from {}, which was a, a long day for them.",
        "R: I, I wanted to go back to {} after, just to see it, you know?",
        "C: The new job's in {}, so, um -- yeah, that's a big change.",
        "R: My, my kids go to {} and the, the teachers noticed a difference.",
    ],
    "ADDRESS": [
        "R: Um, so the letter went to {}, which is my, my mam's place.",
        "C: We were at {} until, like, I was ten or so.",
        "PARTICIPANT 07: My address for the, the follow-up pack is {}.",
        "I: And just to confirm the address? R: Yeah, it's, uh, {}.",
        "C: The house on {} is where it all, all happened, really. [pause]",
        "R: They did a home visit to {} the, the week after.",
        "C: I'm staying at {} now, with, with my cousin.",
        "R: Send it to, um, {}. Sorry, I just moved.",
        "C: I, I drove past {} the other day and just had to pull over.",
        "R: My old flat was {}, right above the, the chipper.",
        "EXIT INTERVIEWER: And is {} still the best address? R: Yeah, for now.",
        "C: So my new place is {}, and it's, it's quiet, which is good.",
        "R: The, the taxi took me home to {} after the dosing day.",
        "C: We grew up at {}, um, me and my four brothers.",
        "RA: For the record, the participant's address is {}. [TN: read from the form]",
        "R: Um, it's {}, the, the blue door.",
        "C: I keep thinking about {}, like, the, the back garden.",
        "R: My, my forwarding address is {}, if anything else comes.",
        "C: Dad's still at {}, so, uh, so I go round on Sundays.",
        "R: I moved out of {} right before the, the integration sessions.",
        "C: The refuge was, um -- I can say now, it was {}.",
        "R: I think they sent the, the questionnaire to {} by mistake. (laughs)",
        "PARTICIPANT 11: Um, {}, that's where I'm living, yeah.",
        "C: We're selling {}, which, which is a lot to process.",
        "R: I, I gave them {} but the, the post never came.",
        "C: My, my grandmother's house, {}, that's the one in the dream.",
    ],
    "DATE": [
        "R: My, my dosing day was {}, so I remember it, like, really clearly.",
        "C: Um, it was {} that I, I finally told her. [pause]",
        "PARTICIPANT 07: The, the second session was on {}, I think.",
        "I: And when did you leave the service? R: Um, {}, I think.",
        "C: My dad died on {}. [long pause] So this time of year is... yeah.",
        "R: We had the, the integration session on {}, the day after.",
        "C: I've not had a drink since {}. (laughs) Not that I'm counting.",
        "R: My date of birth? Um, {}.",
        "TH1: I think her session was {}, um, because it was the week the, the music failed.",
        "C: So I'm, I'm back at work from {}, which is terrifying.",
        "R: The, the follow-up was booked for {} but they moved it.",
        "C: I go in for the, the scan on {}. [inaudible 00:22:09]",
        "R: Um, I got the, the letter discharging me on {}.",
        "C: It's our anniversary on {}, so, uh, that's coming up.",
        "PARTICIPANT 04: I screened on {} and then, like, waited ages.",
        "R: Uh, the booster was {}, and that, that was harder than the first.",
        "C: He, he moved out on {}. I remember because it was raining.",
        "I: So your last appointment was {}? R: Yeah. Yeah, that's right.",
        "C: I'm off to my sister's on {} for a, a few days.",
        "R: Um, I started the, the antidepressant again on {}.",
        "C: My court date is {}, so I'm, I'm a bit all over the place.",
        "TH2: We saw him again on {} and he was, um, much more settled.",
        "R: I think it was {}? Or, or around then anyway.",
        "C: The, the overdose was {}. [pause] I haven't said that out loud before.",
        "R: I'll be away from {}, so, um, maybe after that?",
        "C: My baby's due {}, so, you know, the timing's not great. (laughs)",
    ],
    "AGE": [
        "R: Me nan's {} and she's, she's sharper than me. (laughs)",
        "C: Um, my grandad was {} when he, when he passed.",
        "PARTICIPANT 07: My great-aunt turned {} the week before my, my dosing day.",
        "C: She's, like, {}, and still living on her own.",
        "R: My mum's mum is, uh, {} now, in the home.",
        "C: He lived to {}, which, which in our family is unheard of.",
        "R: I'm caring for my gran, she's {}, so I can't do evenings.",
        "C: My neighbour's {} and she, she checks on me more than I check on her.",
        "R: Uh, when my grandmother was {}, she, she told me about the war.",
        "C: He's {} and he still drives. [laughs] Terrifying.",
        "R: My nana died at {} and I, I didn't get to say goodbye.",
        "C: So my grandmother, she's {}, she's the one who, who raised me.",
        "I: And how old is she? R: {}. Um, yeah.",
        "C: Me great-grandad was {}, um, when I was born, I think.",
        "R: My, my aunt's {}, she's the last of that generation.",
        "C: Granny's {} next month and we're doing a, a party.",
        "R: She's, like, {}, and she asked about the trial. (laughs)",
        "C: My nan, who's {}, she moved in with us.",
        "R: Um, my grandfather is {} and he's got dementia now.",
        "C: When, when you're {} like her, you've seen it all, you know?",
        "PARTICIPANT 09: Me nan was {} and she, she still came to the graduation.",
        "R: The, the oldest resident was {}, and she'd sit with me on my breaks.",
        "C: He's {}, my grandad, and, um, he doesn't know about any of this.",
        "R: My mum's aunt lived to {}. [pause] I think about her a lot.",
        "C: I just, I don't want to end up {} and, and alone like her.",
        "R: My grandmother's {}, uh, and she's the only one who gets it.",
    ],
    "PHONE": [
        "R: Yeah, my number's {}, um, that's the mobile.",
        "C: You can, you can ring me on {} if anything changes.",
        "PARTICIPANT 07: The, the best number is {}, after five.",
        "I: And a contact number? R: Uh, {}.",
        "C: The, the crisis number they gave me was {}.",
        "R: My mam's number is {}, she's my, my emergency contact.",
        "C: Um, I rang {} and nobody, nobody picked up. [sighs]",
        "RA: Participant's phone is {}. [TN: repeated back and confirmed]",
        "R: It's, uh, {}, but text first, I don't answer unknown numbers.",
        "C: I've, I've got a new number, it's {}.",
        "R: The study nurse's line was {}, and she always, always rang back.",
        "C: My sponsor's number is {}, um, I've got it saved.",
        "EXIT INTERVIEWER: And if we need to reach you? R: {}, yeah.",
        "R: Um, they said call {} if the, the flashbacks got bad.",
        "C: I wrote {} on my hand. (laughs) Old school.",
        "R: Just, just use {}, the landline's gone.",
        "C: The out-of-hours number is {}, I think. [inaudible 00:31:40]",
        "R: My partner's on {}, if, if you can't get me.",
        "C: Um, ring {}, that's, that's my work phone.",
        "R: Yeah, the number for the, the integration group is {}.",
        "C: She gave me her number, {}, and I, I still haven't rung it.",
        "PARTICIPANT 02: My, my mobile's {}. Uh, that's all the digits.",
        "R: The, the number on the card was {}.",
        "C: If it's urgent it's {}, otherwise email.",
        "R: I, I changed my number, it's now {}.",
        "C: I'm on {}, yeah. [overlapping] Sorry, go on.",
    ],
    "EMAIL": [
        "R: My email's, um, {}.",
        "C: You can send the, the worksheet to {}.",
        "PARTICIPANT 07: It's {}, all lower case.",
        "I: And the email for the transcript? R: Uh, {}.",
        "C: I, I emailed {} but never heard back.",
        "R: The, the research team's address was {}, I think.",
        "C: Send it to {}, not, not the work one.",
        "RA: Email confirmed as {}. [TN: participant spelled it out]",
        "R: My, my new email is {} because the old one got hacked. (laughs)",
        "C: Um, it's {}, yeah.",
        "EXIT INTERVIEWER: Is {} still okay for the survey? R: Yep.",
        "R: I wrote to {} about the, the side effects.",
        "C: My daughter set it up, it's {}.",
        "R: You can reach me at {}, um, any time.",
        "C: I'll, I'll forward it from {}.",
        "R: The, the study inbox is {} and they reply pretty quick.",
        "C: It's, uh, {}. [pause] I think. (laughs)",
        "R: I got the, the reminder from {}.",
        "C: My partner's email is {}, if, if I'm not answering.",
        "R: Um, {} is the, the one I check.",
        "TH1: We gave participants {} for any, uh, any concerns between sessions.",
        "C: Just, just use {} for the, the appointment letters.",
        "R: I, I think I signed up with {}.",
        "PARTICIPANT 05: My address is {}, the, the personal one.",
        "C: The complaints email was {}, so I, I sent it there.",
        "R: It's {}, uh, with no spaces.",
    ],
    "URL": [
        "R: They told us to look at {} before the, the first session.",
        "C: I found the, the breathing thing on {}.",
        "PARTICIPANT 07: The playlist was on {}, and I still listen to it.",
        "I: Where did you first hear about the study? R: Um, {}.",
        "C: The, the booking page is {}, I think.",
        "R: There's a, a feedback form at {} that I never did. (laughs)",
        "C: My sister sent me {}, which was, like, really helpful.",
        "R: The, the integration resources are all on {}.",
        "C: Um, I read about it on {} and, and just signed up.",
        "EXIT INTERVIEWER: The exit survey is at {}, if you've a minute.",
        "R: I put it all on {} afterwards, like a, a journal.",
        "C: The, the video was {}. [inaudible 00:09:51]",
        "R: You go to {} and it, it takes you through it.",
        "C: My therapist recommended {} for the, the sleep stuff.",
        "TH2: We pointed people to {} for the, the preparation reading.",
        "R: Uh, {}, that's where the, the consent forms were.",
        "C: I, I started a page, {}, for the, for the funeral costs.",
        "R: The link was {}, um, but it expired.",
        "C: Just google it or, or go to {}.",
        "R: I, I bookmarked {} but never opened it again.",
        "PARTICIPANT 10: There was a, a meditation on {} I really liked.",
        "C: They said to check {} for the, the group times.",
        "R: Um, {} has the, the worksheets.",
        "C: My, my cousin's on {}, she posts about her recovery.",
        "R: I found the, the trial through {}, actually.",
        "C: It's {}, uh, the, the one with the blue logo.",
    ],
    "SSN": [
        "R: My social security number's {}, um, for the, the payment form.",
        "C: The, the form wanted my {} and I, I just froze.",
        "PARTICIPANT 07: My number for the, the benefits is {}.",
        "I: And your national insurance number, for the voucher? R: Uh, {}.",
        "C: My SIN is {}, I think. [pause] Yeah.",
        "R: My PPS number, it's {}.",
        "C: I, I had to give them {} for the, the tax thing.",
        "RA: Tax file number recorded as {}. [TN: read from the card]",
        "R: Um, it's {}, that's my, my social.",
        "C: My IRD number is {}, for the, the reimbursement.",
        "R: They asked for {} and I, I didn't have it on me.",
        "C: The number's {}, um, on the, the green card.",
        "EXIT INTERVIEWER: For the payment, we'll need your NI number. R: {}.",
        "R: Um, I wrote {} on the, the form by mistake. (laughs)",
        "C: My social insurance number? {}.",
        "R: It's, uh, {}. Sorry, I always have to think.",
        "C: The, the welfare office had {} on file.",
        "R: My mam keeps my PPS, it's {}.",
        "C: My, my SSN is {}, but don't, don't write that down. (laughs)",
        "PARTICIPANT 08: The, the number they wanted was {}.",
        "R: Um, my tax file number's {}.",
        "C: I, I gave {} to the, the housing people.",
        "R: National insurance, {}.",
        "C: It's {}, the, the one on my payslip.",
        "R: They put {} on the, the reimbursement letter, which, which worried me.",
        "C: My social's {}, uh, if they need it for the, the gift card.",
    ],
    "ID": [
        "R: My, my participant number was {}, um, on all the forms.",
        "C: The hospital number's {}, on the, the wristband.",
        "PARTICIPANT 07: They gave me screening number {}.",
        "I: And your NHS number? R: Uh, {}.",
        "C: My Medicare number is {}, um, if you need it.",
        "R: The, the randomisation number was {}.",
        "C: My MRN is {}, I think. [pause] It's on the letter.",
        "RA: Client number {} confirmed. [TN: from the referral form]",
        "R: My, my health card number is {}.",
        "C: The claim number is {}, for the, the insurance.",
        "R: Um, my NHI is {}.",
        "C: The, the medical card number is {}.",
        "EXIT INTERVIEWER: Can I check your client ID? It's {}? R: Yeah.",
        "R: My member ID is {}, uh, on the, the back of the card.",
        "C: They, they had me down as {} on the system.",
        "R: Um, the study ID is {}, I've got it on my phone.",
        "C: My student number's {}, for the, the counselling service.",
        "R: The, the referral number was {}.",
        "C: My CHI number is {}.",
        "R: Uh, case number {}, the, the social worker gave me it.",
        "PARTICIPANT 06: My, my ID for the trial was {}.",
        "C: The number on my, my prescription was {}.",
        "R: I think my file number is {}.",
        "C: My, my policy number's {}, um, for the, the therapy sessions.",
        "R: Reference {}, it's, it's on the, the discharge letter.",
        "C: They, they just called me {} in the, the database. (laughs)",
    ],
}
