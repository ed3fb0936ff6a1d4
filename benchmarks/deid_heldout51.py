"""A fifty-third SYNTHETIC transcript set for benchmarks/deid.py: the fifty-first held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand,
rarely with their state, province or county, are used as places only, never with a person; every
hospital, clinic, medical centre, practice, counselling service, school, college, church, gym and
workplace name is made up).  Written on 2026-12-07 by an engineer who had NOT seen the de-identifier's
rules, its docs page, its tests or the contents of the earlier sets (only benchmarks/deid.py, for how a
set is plugged in and scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout49.py their
docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of deid_heldout19.py, for the
format), in one go, before any run; no line of this file was changed after its first run.  It was first
run on main at commit 709aec8 (the twenty-fourth round's rules, the towns list and the place-head fix)
and measures how the rules do on text they were not written for; it stays a blind set until a later
round makes it a development set.

Style: A SIXTH SAMPLE, by another writer, of ORDINARY TYPED, TEXT-BASED counselling and therapy (after
deid_heldout28.py, deid_heldout41.py, deid_heldout42.py, deid_heldout44.py and deid_heldout48.py, whose
docstrings only were read; this one is written its own way, from how people really type, not from their
lists): web-chat counselling (a university's or an employer's counselling service, a youth or crisis
text line, a chat-based alcohol or cannabis brief intervention), text messages between sessions with a
keyworker or care coordinator (booking, moving and confirming appointments), secure in-app messages on a
therapy platform, e-mail between a client and a private therapist, and a psychedelic trial's
between-session check-in messages.  The benchmark's generator writes every turn as
``Therapist:``/``Client:``, so each message, the worker's too, sits inside a ``Client:`` turn, one message
per turn.  Typed as people really type: mostly lower case or careless capitals, little punctuation,
dropped apostrophes (``im``, ``dont``, ``theyre``), abbreviations (``u``, ``ur``, ``tmrw``, ``appt``, ``pls``,
``thx``, ``idk``, ``rn``, ``tbh``, ``atm``, ``bc``, ``w/``, ``abt``, ``gonna``), emoji words (``lol``, ``haha``,
``ugh``, ``:)``, ``:/``, ``xx``, ``<3``), typos (``alot``, ``tho``, ``recieved``, ``wierd``), run-together
sentences, a few all-caps words (``REALLY``, ``SO``, ``NOT``), numbers as digits; the counsellor's,
keyworker's and coordinator's side tidier.  Writers from the US, Canada, the UK, Ireland, Australia and
New Zealand, mixed (``mum``, ``mom``, ``mam``, ``nana``, ``grandad``, ``arvo``, ``keen``, ``grand``, ``cheers``,
``bub``, ``eh``, ``sweet as``).
Identifier forms: the forms such people type MOST OFTEN, evenly spread; hard or exotic forms rare (under
one in ten of each type).  Names: a first name (most often, lower case about half the time: ``jess``,
``Liam``), a full name (``ruby tanner``, ``Owen Marchetti``), a surname alone for a ``dr``/``mr``/``mrs``/``ms``
title in the carrier (``dr halloran``), a relative's, partner's, friend's, flatmate's or boss's name after a
kin or role word in the carrier, a possessive ``s`` outside the span; rarely a name with a surname initial
(``kayla b``), a stretched name (``mattyyy``) or a hyphenated first name.  Places: the town, city or suburb
(``ballarat``, ``Red Deer``, ``swindon``, ``Navan``, ``palmerston north``), and made-up hospitals,
clinics, medical centres, schools, colleges and workplaces by name, lower case or capitalised
(``wattlebrook medical centre``, ``St Brendan's College``, ``Harbourline Freight``); rarely a town with its
state, province or county (``bendigo vic``, ``kingston ont``).  Addresses as typed: a street line lower
case with a short type (``18 larkspur cres``), capitalised with the full type (``42 Thornbury Road``),
``apt``/``unit``/``flat`` and the Australian/NZ ``4/19 tamarind st``, a Canadian ``2-115 ashdale ave``, now and
then with the town after it; rarely with a postcode, ZIP or Eircode.  Dates as typed: ``3/14``, ``14/3``,
``march 3rd``, ``March 3``, ``mar 3``, ``3rd march``, ``the 14th``, ``14th``, ``tues 9th``, ``thurs 12th``,
``fri the 12th``, ``14th of march``, the worker's ``Tuesday 14 March`` and ``Thursday, March 12``; rarely a
date of birth (``14/02/1991``) or a two-digit year (``3/14/25``).  Ages over 89 (90-110): digits, the unit
and ``turning``/``is`` in the carrier; rarely in words.  Phones as typed: US and Canadian ``(416) 555-0187``,
``416-555-0187``, ``416 555 0187``, ``4165550187``, UK mobiles ``07700 900461``/``07700900461`` and
landlines ``0117 496 0732``, Irish ``086 555 0419``, Australian ``0412 555 309`` and ``(03) 5550 1742``, NZ
``022 555 0194``; rarely with a country code.  Emails: free-mail and ISP addresses of these countries
and invented practice, service, trial and university addresses; now and then a capital first letter;
rarely ``at``/``dot``.  Web addresses and handles: booking and video links (``calendly.com/...``,
``doxy.me/...``, ``....janeapp.com``, ``zoom.us/j/...``), invented practice, service, trial and self-help
pages with and without ``https://``/``www``, a form, a playlist, a fundraiser, a profile link, an
``@handle``.  SSNs as each country's national number (planted as SSN, a judgement call): US SSNs (most),
Canadian SINs, UK NI numbers, Irish PPS numbers, Australian TFNs and NZ IRD numbers, the cue in the
carrier.  IDs (the cue always in the carrier, never in the span): MRNs, hospital numbers, NHS numbers,
Medicare numbers, NHIs, OHIP numbers, insurance member and policy ids, Medicaid ids, student numbers, EAP
case numbers, booking references, participant numbers, account and claim numbers.
A title, kin or role word or possessive next to a name, an article before a place and
``on``/``since``/``by``/``til`` before a date stay outside the span; a date's own words (``tues 9th``, ``the
14th``) are inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and
then a form sits a little oddly in its message, as in a real chat log.
The carrier messages hold words that must NOT be removed: drugs and doses (sertraline 100mg,
escitalopram, naltrexone), a scale (PHQ-9), clock times (``4pm``, ``10:30``, ``9.15``), weekdays alone,
durations (``2 wks``, ``3 hours``, ``12hr``), chat words, kin words as common nouns and place-like common words (the gp, the pharmacy, uni,
work, the ward); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

_FIRST_F = ["jess", "chloe", "aoife", "tayla", "maddie", "niamh", "kirsty", "bree", "hannah", "ruby",
            "caitlin", "megan", "sinead", "jolene", "harriet", "priya", "leah", "georgia", "ellie", "shona",
            "kayla", "amber", "tess", "roisin", "brooke", "sophie", "danielle", "marnie", "holly", "ciara"]
_FIRST_M = ["liam", "callum", "jayden", "owen", "declan", "brody", "ryan", "connor", "mitch", "josh",
            "tyler", "eoin", "hamish", "kieran", "dylan", "nathan", "marcus", "rhys", "cody", "darragh",
            "jamie", "tane", "ollie", "shane", "ethan", "luke", "aidan", "trent", "scott", "ben"]
_LAST = ["tanner", "marchetti", "halloran", "pritchard", "osei", "mcbride", "nolan", "whitfield", "kaur",
         "brennan", "castillo", "dunmore", "fairbairn", "gillespie", "hartigan", "jovanovic", "kemble",
         "lachance", "morrow", "novak", "okonkwo", "pennington", "quinlan", "rutherford", "sandoval",
         "thackeray", "vickers", "walcott", "yeung", "ashby", "bellamy", "corrigan", "devlin", "ferreira"]

_TOWNS = ["ballarat", "geelong", "frankston", "toowoomba", "wollongong", "penrith", "launceston", "mildura",
          "bunbury", "cairns", "swindon", "wigan", "stockport", "luton", "doncaster", "plymouth", "paisley",
          "navan", "athlone", "tralee", "dundalk", "letterkenny", "kilkenny", "hamilton", "rotorua",
          "palmerston north", "invercargill", "whangarei", "nelson", "red deer", "kamloops", "moncton",
          "brampton", "guelph", "lethbridge", "sudbury", "spokane", "toledo", "fort collins", "dayton",
          "boise", "akron", "lubbock", "green bay", "bakersfield", "sarasota", "ipswich", "mandurah",
          "tauranga", "nanaimo", "darlington", "bendigo", "shepparton", "parramatta", "fremantle"]
_FACILITY = ["wattlebrook medical centre", "Harbourline Freight", "st brendan's college", "Kestrel Ridge High",
             "northgate hospital", "Glenmore Community Health", "ashvale surgery", "Bramblewood Clinic",
             "copperfield primary", "Riverside Mental Health Unit", "the ferngully practice", "Larchmont Medical",
             "Sunhaven Private Hospital", "orchard lane health centre", "Tidewater Counselling Service",
             "bluegum family practice", "Pinecrest Academy", "Stonebridge Tech", "hollybank nursing home",
             "Marlow & Finch Logistics", "greystone uni", "Calder Valley Hospital", "Seabright Youth Hub",
             "westmere gp", "Oakhurst Care Home", "beacon hill clinic", "St Columba's hospital",
             "Meadowvale Rec Centre", "fairhaven rehab", "Cloverdale Community College"]
_TOWN_STATE = ["bendigo vic", "shepparton vic", "penrith nsw", "cairns qld", "kingston ont", "guelph ontario",
               "nanaimo bc", "lethbridge ab", "tralee co kerry", "navan co meath", "dayton ohio", "boise idaho"]

_STREET = ["larkspur", "tamarind", "ashdale", "thornbury", "wren", "kingfisher", "maple", "hawthorn",
           "banksia", "cedarwood", "rowan", "heathcote", "juniper", "elmhurst", "oakridge", "kowhai",
           "millbrook", "brookfield", "corella", "pembroke", "sycamore", "windermere", "riverbend", "lilac"]
_SHORT_TYPE = ["st", "rd", "ave", "cres", "dr", "ct", "pl", "tce", "ln", "cl", "way", "gr"]
_FULL_TYPE = ["Street", "Road", "Avenue", "Crescent", "Drive", "Court", "Place", "Close", "Lane", "Terrace"]

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"]
_DAYS = ["mon", "tues", "tue", "wed", "weds", "thurs", "thu", "fri", "sat", "sun"]
_DAYS_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com",
             "hotmail.co.uk", "yahoo.ca", "bigpond.com", "live.ie", "xtra.co.nz", "btinternet.com",
             "optusnet.com.au", "shaw.ca", "eircom.net"]
_ORGMAIL = ["tidewatercounselling.com.au", "bramblewoodclinic.ca", "northgate.nhs.uk", "clearpaththerapy.com",
            "greystone.ac.uk", "lumenstudy.org", "seabrightyouth.org.nz", "quietharbourpsych.ie"]

_NUMWORDS = {90: "ninety", 91: "ninety one", 92: "ninety two", 93: "ninety three", 94: "ninety four",
             95: "ninety five", 96: "ninety six", 97: "ninety seven", 98: "ninety eight", 99: "ninety nine",
             100: "a hundred", 101: "a hundred and one", 102: "a hundred and two"}


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _cap(s: str, r: random.Random) -> str:
    return s.title() if r.random() < 0.45 else s


def _first(r: random.Random) -> str:
    return r.choice(_FIRST_F if r.random() < 0.5 else _FIRST_M)


def _person(r: random.Random) -> str:
    x = r.random()
    if x < 0.45:
        return _cap(_first(r), r)
    if x < 0.75:
        return _cap(f"{_first(r)} {r.choice(_LAST)}", r)
    if x < 0.92:
        return _cap(r.choice(_LAST), r)
    rare = r.choice(["initial", "stretch", "hyphen"])
    if rare == "initial":
        return f"{_first(r)} {r.choice('bcdghkmprstw')}"
    if rare == "stretch":
        f = _first(r)
        return f + f[-1] * r.randint(2, 3)
    return _cap(f"{r.choice(_FIRST_F)}-{r.choice(['mae', 'rose', 'jane', 'lee'])}", r)


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.55:
        return _cap(r.choice(_TOWNS), r)
    if x < 0.93:
        return r.choice(_FACILITY)
    return r.choice(_TOWN_STATE)


def _address(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.4:
        return f"{n(1, 240)} {r.choice(_STREET)} {r.choice(_SHORT_TYPE)}"
    if x < 0.6:
        return f"{n(1, 240)} {r.choice(_STREET).title()} {r.choice(_FULL_TYPE)}"
    if x < 0.72:
        return f"{n(1, 12)}/{n(2, 90)} {r.choice(_STREET)} {r.choice(_SHORT_TYPE)}"
    if x < 0.8:
        return f"{r.choice(['apt', 'unit', 'flat', 'Apt'])} {n(1, 30)}{r.choice(['', '', 'b'])} {n(2, 400)} " \
               f"{r.choice(_STREET)} {r.choice(_SHORT_TYPE)}"
    if x < 0.86:
        return f"{n(1, 20)}-{n(100, 900)} {r.choice(_STREET)} {r.choice(_SHORT_TYPE)}"
    if x < 0.93:
        return f"{n(1, 240)} {r.choice(_STREET)} {r.choice(_SHORT_TYPE)} {r.choice(_TOWNS)}"
    rare = r.choice(["uk", "zip", "ca"])
    if rare == "uk":
        return f"{n(2, 90)} {r.choice(_STREET).title()} {r.choice(_FULL_TYPE)}, BS{n(3, 16)} {n(1, 9)}" \
               f"{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if rare == "zip":
        return f"{n(100, 9900)} {r.choice(_STREET)} {r.choice(_SHORT_TYPE)} {r.choice(['toledo', 'dayton', 'akron'])} " \
               f"oh {n(43001, 45999)}"
    return f"{n(10, 500)} {r.choice(_STREET)} {r.choice(_SHORT_TYPE)}, guelph on N1{r.choice('EGHKL')} " \
           f"{n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{n(1, 9)}"


def _date(r: random.Random) -> str:
    n = r.randint
    m, d = n(1, 12), n(1, 28)
    month, mon = r.choice([_MONTHS[m - 1], _MONTHS[m - 1].title()]), _MON[m - 1]
    forms = [f"{m}/{d}", f"{d}/{m}", f"{month} {_ord(d)}", f"{month} {d}", f"{mon} {d}", f"{_ord(d)} {month}",
             f"the {_ord(d)}", f"{_ord(d)}", f"{r.choice(_DAYS)} {_ord(d)}", f"{r.choice(_DAYS)} the {_ord(d)}",
             f"{_ord(d)} of {month}", f"{r.choice(_DAYS_FULL)} {d} {_MONTHS[m - 1].title()}",
             f"{r.choice(_DAYS_FULL)}, {_MONTHS[m - 1].title()} {d}", f"{r.choice(_DAYS)} {d}/{m}"]
    if r.random() < 0.08:
        return r.choice([f"{d:02d}/{m:02d}/{n(1958, 2006)}", f"{m}/{d}/{n(24, 26)}", f"{d}.{m}"])
    return r.choice(forms)


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.35:
        a, b = r.choice([416, 647, 604, 403, 312, 503, 614, 512, 206, 902]), n(100, 199)
        return r.choice([f"({a}) 555-{b:04d}", f"{a}-555-{b:04d}", f"{a} 555 {b:04d}", f"{a}555{b:04d}"])
    if x < 0.55:
        return r.choice([f"07700 900{n(100, 999)}", f"07700900{n(100, 999)}", f"0117 496 0{n(100, 999)}",
                         f"0161 496 0{n(100, 999)}"])
    if x < 0.67:
        return f"08{r.choice('3567')} 555 0{n(100, 999)}"
    if x < 0.82:
        return r.choice([f"04{n(10, 99)} 555 {n(100, 999)}", f"04{n(10, 99)}555{n(100, 999)}",
                         f"(0{r.choice('2378')}) 5550 {n(1000, 9999)}"])
    if x < 0.93:
        return r.choice([f"02{r.choice('1279')} 555 0{n(100, 999)}", f"(09) 555 {n(1000, 9999)}"])
    return r.choice([f"+44 7700 900{n(100, 999)}", f"+61 4{n(10, 99)} 555 {n(100, 999)}",
                     f"+1 {r.choice([416, 312, 604])} 555 {n(100, 199):04d}", f"+353 8{r.choice('357')} 555 0{n(100, 999)}"])


def _email(r: random.Random) -> str:
    n = r.randint
    f, last = _first(r), r.choice(_LAST)
    user = r.choice([f"{f}.{last}", f"{f}{last}{n(1, 99)}", f"{f}_{last[:4]}", f"{f[0]}{last}",
                     f"{f}{n(80, 99)}", f"{last}.{f}{n(1, 9)}", f"{f}x{n(1, 30)}"])
    x = r.random()
    if x < 0.72:
        addr = f"{user}@{r.choice(_FREEMAIL)}"
    else:
        addr = f"{r.choice([f, f'{f}.{last}', 'intake', 'admin', 'bookings', 'hello'])}@{r.choice(_ORGMAIL)}"
    if r.random() < 0.12:
        addr = addr[0].upper() + addr[1:]
    if r.random() < 0.05:
        u, dom = addr.split("@")
        addr = f"{u} at {dom.replace('.', ' dot ')}"
    return addr


def _url(r: random.Random) -> str:
    n = r.randint
    f, last = _first(r), r.choice(_LAST)
    forms = [f"calendly.com/{f}-{last}/50min", f"https://calendly.com/{last}counselling/intake",
             f"doxy.me/dr{last}", f"https://doxy.me/{f}{last}", f"{r.choice(['bramblewood', 'tidewater', 'quietharbour'])}"
             f".janeapp.com", f"https://us02web.zoom.us/j/{n(81000000000, 89999999999)}",
             f"zoom.us/j/{n(810000000, 899999999)}", f"www.clearpaththerapy.com/{r.choice(['groups', 'fees', 'team'])}",
             f"https://lumenstudy.org/participants", f"seabrightyouth.org.nz/{r.choice(['chat', 'drop-in'])}",
             f"forms.gle/{''.join(r.choice('abcdefghjkmnpqrstuvwxyzABCDEFGH23456789') for _ in range(10))}",
             f"open.spotify.com/playlist/{''.join(r.choice('abcdefghijkmnopqrstuvwxyz0123456789') for _ in range(14))}",
             f"gofundme.com/f/help-{f}-{r.choice(['get-home', 'recover', 'move'])}",
             f"instagram.com/{f}.{last}{n(1, 99)}", f"@{f}_{last}{n(1, 99)}", f"@{f}{last[:3]}x",
             f"https://www.quietharbourpsych.ie/{r.choice(['contact', 'book', 'resources'])}",
             f"tidewatercounselling.com.au/worksheets/{r.choice(['sleep', 'grounding', 'urges'])}.pdf"]
    if r.random() < 0.07:
        return r.choice([f"bit.ly/{''.join(r.choice('abcdefghkmnpqrstxyz23456789') for _ in range(7))}",
                         f"tiktok.com/@{f}{last[:2]}{n(1, 99)}"])
    return r.choice(forms)


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.45:
        return r.choice([f"{n(101, 665)}-{n(10, 99)}-{n(1000, 9999)}", f"{n(101, 665)} {n(10, 99)} {n(1000, 9999)}",
                         f"{n(101, 665)}{n(10, 99)}{n(1000, 9999)}"])
    if x < 0.57:
        return r.choice([f"{n(100, 799)} {n(100, 999)} {n(100, 999)}", f"{n(100, 799)}-{n(100, 999)}-{n(100, 999)}"])
    L = "ABCEGHJKLMNPRSTWXYZ"
    if x < 0.7:
        ni = f"{r.choice(L)}{r.choice(L)} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}"
        return r.choice([ni, ni.replace(" ", ""), ni.lower()])
    if x < 0.8:
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMPTW')}{r.choice(['', '', 'A'])}"
    if x < 0.9:
        return f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    return r.choice([f"{n(10, 99)}-{n(100, 999)}-{n(100, 999)}", f"{n(100, 135)}-{n(100, 999)}-{n(100, 999)}"])


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    forms = [str(n(1000000, 9999999)), f"{n(100000, 999999)}", f"MRN{n(100000, 9999999)}",
             f"{n(400, 499)} {n(100, 999)} {n(1000, 9999)}", f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}",
             f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(1000, 9999)}",
             f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(L)}{r.choice(L)}",
             f"{r.choice(['XJH', 'W', 'ZGP', 'U'])}{n(10000000, 999999999)}", f"PSI-{n(100, 999)}",
             f"LUM{n(10, 99)}-{n(100, 999)}", f"{r.choice(['EAP', 'eap'])}-{n(20000, 99999)}",
             f"BK{n(100000, 999999)}", f"{n(10000000, 99999999)}", f"s{n(1000000, 9999999)}",
             f"{n(100, 999)}{r.choice(L)}{n(10000, 99999)}", f"CLM-{n(2024, 2026)}-{n(10000, 99999)}"]
    if r.random() < 0.06:
        return r.choice([f"{r.choice(L).lower()}{r.choice(L).lower()}{r.choice(L).lower()}{n(1000, 9999)}",
                         f"{n(100, 999)}-{n(10, 99)}-{n(1000, 9999)}-{n(1, 9)}"])
    return r.choice(forms)


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn only with *r*."""
    if kind == "PERSON":
        return _person(r)
    if kind == "LOCATION":
        return _location(r)
    if kind == "ADDRESS":
        return _address(r)
    if kind == "DATE":
        return _date(r)
    if kind == "AGE":
        a = r.randint(90, 110)
        return _NUMWORDS[a] if a in _NUMWORDS and r.random() < 0.07 else str(a)
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
        "me and {} had a massive fight last night and i just walked out lol",
        "{} said i should talk to u about it so here i am",
        "my flatmate {} found the empty bottles and now its awkward",
        "hi {}, just confirming your appointment is still on for Thursday at 2pm.",
        "ugh my boss {} keeps asking why im late",
        "dr {} upped my sertraline to 100mg, is that gonna make me feel wierd",
        "can u tell {} i cant make it tmrw pls",
        "its my mums bf {} that i dont trust tbh",
        "Thanks for your message. {} from our team will call you back this arvo.",
        "idk why i even text {} when im drunk, its SO embarrassing",
        "my little sister {} is the only one who gets it",
        "havent heard from {} in like 2 wks",
        "Kind regards, {} (Care Coordinator)",
        "mrs {} at the front desk said to message here",
        "{} wants me to go to the party sat but i dont wanna drink",
        "hey its me again, {}'s mum, just checking the time for friday",
        "my ex {} turned up at work and i had a panic attack",
        "Hi, this is {}, your keyworker. Are you free for a quick call at 11?",
        "my son {} has been skipping school and i dont know what to do anymore",
        "spoke to {} after the session and felt heaps better",
        "ms {} the school counsellor said i should try this chat",
        "i keep thinking abt my grandad {} since the dose, in a good way tho",
        "got a text from {} saying sorry, not sure if i believe it",
        "Dear {}, thank you for getting in touch. I have a space on Wednesday mornings.",
        "my partner {} came to the appt with me this time",
        "{} and i smoked again sat, only a bit but still",
        "is it ok if {} sits in on the next call? shes my best mate",
        "mr {} my teacher noticed the cuts and rang home",
        "cheers {}, see u next week :)",
    ],
    "LOCATION": [
        "moved to {} in the summer and dont know anyone",
        "im at {} rn waiting to be seen, been 3 hours",
        "my mum lives in {} so i go there most weekends",
        "they sent me home from {} with a leaflet and thats it",
        "The nearest walk-in option to you is {}, open until 8pm.",
        "grew up in {} and honestly couldnt wait to leave",
        "got a new job at {}, starting monday eek",
        "drove out to {} after the session just to clear my head",
        "is there a group near {}? i cant really travel",
        "i work nights at {} so days are hard for appts",
        "my nan is in {} now, the place is nice but she hates it",
        "Your referral has gone to {}; they should contact you within 2 weeks.",
        "were back in {} for the holidays so i might miss a session",
        "my kid goes to {} and the teachers have been great tbh",
        "stuck in {} til the trains are running again ugh",
        "did my placement at {} last yr and it was rough",
        "just finished a 12hr shift at {}, so tired",
        "the dosing day was at {} so ill be up early",
        "theres nothing to do in {} except drink lol",
        "Is {} still the best place to send your letters?",
        "my brother got admitted to {} again last night",
        "thinking of going back to {} to be near family",
        "i study at {} and the counselling waitlist is like 6 wks",
        "lived in {} my whole life",
        "I've let the team at {} know you'll be coming in on Friday.",
        "took the bus into {} by myself, first time in ages!!",
        "the meeting is in {} tho and i dont drive",
        "my dad is in {} and we dont really talk",
    ],
    "ADDRESS": [
        "my new address is {} if u need to send the letter",
        "can the nurse come to {} instead, i cant get out rn",
        "Just to confirm, we have your address as {}. Is that still right?",
        "im staying at my aunties for now, {}",
        "moved out!! its {}, its tiny but its mine",
        "pls send the forms to {} not my old place",
        "the meds got delivered to {} but im not there anymore",
        "its {}, the one with the blue door",
        "Your home visit is booked; the worker will come to {} at 10:30.",
        "we got kicked out of {} so idk where ill be next wk",
        "address for the taxi is {} thx",
        "my mum still lives at {} if u cant reach me",
        "update my details pls: {}",
        "I've posted the consent form to {}; please sign and return it.",
        "im at {} all day tmrw so can do a call then",
        "new place is {} near the shops",
        "the housing officer said {} should be ready by the end of the month",
        "Could you confirm the postal address? We have {} on file.",
        "lol i put {} on the form but its actually flat 2 now",
        "he lives at {} and keeps turning up at mine",
        "send the letter to {}, my dad will pass it on",
        "home address: {}",
        "the group flat is {}, u can come by anytime before 4",
        "was at {} when it all kicked off",
        "The pharmacy will deliver the naltrexone to {} on Monday.",
        "yeah still at {}, nothing changed",
    ],
    "DATE": [
        "can we move my appt to {}? work changed my roster",
        "ok so {} at 3pm works for me",
        "Your next appointment is on {} at 10:30. Reply Y to confirm.",
        "i havent had a drink since {} !!",
        "its my birthday on {} and i always get low around then",
        "cant do {}, got uni all day",
        "the dosing session is {} right? just checking",
        "Reminder: group is cancelled on {} due to the public holiday.",
        "started the escitalopram on {} and still feel nothing",
        "is {} still ok or did u need to change it",
        "my court date got moved to {} ugh",
        "{} is the anniversary of when dad died",
        "We've booked your integration call for {} at 4pm.",
        "last time i used was {} i think",
        "sorry i missed {}, i was sick",
        "the gp appt is {} so ill bring the forms then",
        "I'm away until {}; my colleague will cover messages.",
        "ill be back from my mums on {}",
        "been feeling better since {} tbh",
        "Could you do {} at 9.15 instead?",
        "idk if i can wait til {} for the next one",
        "my exam is on {} so im SO stressed",
        "moved in here on {} and its been chaos",
        "Please complete the PHQ-9 before {}.",
        "yes {} is fine thx",
        "we go on holiday {} so can we do a call b4 then",
        "had a really bad night on {}, wanted to tell u",
    ],
    "AGE": [
        "my nan is {} and still lives on her own",
        "grandad turned {} last week and i couldnt even go",
        "looking after my great aunt, shes {} and needs alot of help",
        "she was {} when she passed, so i know it was time but still",
        "my neighbour is {} and i do her shopping, it helps me get out",
        "nana turns {} next month and the whole family will be there ugh",
        "hes {} now and keeps forgetting who i am",
        "my grandmother is {} years old and shes my favourite person",
        "Caring for someone who is {} is a lot. How are you managing?",
        "pop just turned {} and is still sharper than me lol",
        "the lady i care for is {} and she calls me by the wrong name every day",
        "my oma is {} and wants to move in with us",
        "he died at {} in his sleep",
        "I understand your grandmother is {}. Does anyone else help with her care?",
        "gran is {} and had a fall on the weekend",
        "my great grandad is {}!! he tells the best stories",
        "shes {} and still does the crossword every morning",
        "mum says nan is {} but nan says shes younger haha",
        "the old man next door is {} and i worry abt him",
        "she lived til {}, i miss her so much",
        "my grandpa is {} yrs old and in a home now",
        "aunty is {} and still smokes lol",
        "visiting my nana who is {} tmrw so i might be quiet",
        "grandma made it to {} which is crazy",
        "hes {} and refuses any help from anyone",
    ],
    "PHONE": [
        "my new number is {}",
        "can u call me on {} instead, my old phone broke",
        "If you need us out of hours, call {}.",
        "text me at {} pls",
        "this is my mums number in case u cant reach me {}",
        "{} is my work phone, dont call it tho lol",
        "rang {} but no one picked up",
        "The intake line is {} and it's open until 5pm weekdays.",
        "my number changed to {} sorry",
        "pls ring {} after 4",
        "You can reach me directly on {}.",
        "emergency contact is my sister, {}",
        "ok my cell is {}",
        "call {} if u need to reschedule",
        "if im not answering try {}",
        "the pharmacy number is {} apparently",
        "number is {}, ill keep it on loud",
        "Please save this number: {}. It's the study nurse's mobile.",
        "mob {}",
        "its {} but i only have data on wifi",
        "got a missed call from {} was that u?",
        "my dads number is {} but dont tell him whats going on",
        "the text line is {} right?",
        "Reply STOP or call {} to change your appointment.",
        "new phone same me haha {}",
    ],
    "EMAIL": [
        "my email is {}",
        "can u send it to {} instead pls",
        "Please send the completed form to {}.",
        "i sent the journal entry to {} did u get it",
        "use {} for the zoom link",
        "changed my email to {}",
        "The study team's email is {} if you have any questions.",
        "its {} no caps",
        "email me at {} thx",
        "didnt get the letter, can u try {}",
        "my mums email is {}, she wants updates",
        "I've copied in {} as you asked.",
        "send the receipt to {} for my insurance",
        "you can email {} for the group details",
        "{} is my uni one, i check it more",
        "plz resend to {}, the last one went to spam",
        "Your therapist's email is {}.",
        "work email is {} but pls dont use it",
        "ok i'll email {} now",
        "oops wrong one, its {}",
        "for the invoice: {}",
        "forward it to {} and ill print it",
        "If you'd rather write, I'm on {}.",
        "my partner uses {}, can we both get the worksheets",
        "did u send it to {}? nothing yet",
    ],
    "URL": [
        "here's the link to book: {}",
        "Your video session link is {}",
        "found this on {} and it kinda helped",
        "u can follow me on {} haha",
        "the playlist from dosing day is {}",
        "Please fill in the questionnaire before your session: {}",
        "my brother set up {} for our mum",
        "click {} to reschedule",
        "the worksheet is at {} if u want it",
        "is {} the right link? it wont load",
        "You'll find the group times at {}.",
        "i joined through {} but it just says waiting",
        "my art stuff is on {} if u wanna see",
        "The study information is at {}.",
        "someone sent me {} is it legit",
        "use {} for tmrw",
        "the zoom was {} right",
        "Here is the sleep resource we talked about: {}",
        "link for the meeting: {}",
        "i posted abt it on {} and ppl were nice",
        "ok booked thru {} for thurs",
        "the clinic page {} says closed mondays",
        "can't open {} on my phone :/",
        "Our fees are listed at {}.",
        "he keeps messaging me from {} even tho i blocked him",
    ],
    "SSN": [
        "the form wants my social, its {}",
        "ssn is {}",
        "my SIN is {} for the pay form",
        "NI number {}",
        "my ni no is {} i think",
        "PPS no. {}",
        "ok my pps is {}",
        "TFN is {}",
        "here's my tax file number {} for the payment",
        "ird number {}",
        "my IRD is {} if thats what u need",
        "social security {}",
        "For the reimbursement we need your SSN: you gave {}. Is that right?",
        "they asked for my social insurance number {} on the phone is that normal",
        "my social is {}, pls keep it safe",
        "sin: {}",
        "national insurance no is {}",
        "we have {} as your social security number on the stipend form.",
        "ssn {} sorry for the delay",
        "the payroll lady needs my ssn which is {}",
        "The SIN you entered, {}, has too few digits. Could you check it?",
        "here u go {} thats my social",
        "my TFN {} for the study payment",
        "for the paperwork my pps number is {}",
        "its {} (my social)",
    ],
    "ID": [
        "my medicare number is {}",
        "MRN {} if u need it for the letter",
        "my member id is {}",
        "nhs number {}",
        "my NHI is {}",
        "OHIP {}",
        "Your participant number is {}. Please quote it in every message.",
        "booking ref {}",
        "student number {} for the counselling form",
        "EAP case number {}",
        "my policy number is {}",
        "medicaid id {}",
        "hospital number is {} on the wristband",
        "the claim number is {}, they still havent paid",
        "account number {} for the invoice",
        "my client number is {} i think",
        "Your booking reference is {}.",
        "participant id {} btw",
        "ref no {}",
        "my health card is {}",
        "The insurer's member ID on file is {}.",
        "my kids medicare no is {}",
        "the referral number is {}",
        "For your records, your case number is {}.",
        "patient number {} from the hospital letter",
        "my uni id is {}",
        "chat reference {} in case u need to find this convo",
    ],
}
