"""A fiftieth SYNTHETIC transcript set for benchmarks/deid.py: the forty-eighth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand,
rarely with their state, province or county, are used as places only, never with a person; every
hospital, medical centre, health centre, practice, counselling service, school, college, youth hub, shop
and workplace name is made up).  Written on 2026-12-07 by an engineer who had NOT seen the
de-identifier's rules, its docs page, its tests or the contents of the earlier sets (only
benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and deid_heldout.py ..
deid_heldout47.py their docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of
deid_heldout19.py, for the format), in one go, before any run; no rule and no line of this file was
changed after its first run.  It was first run on the twenty-fourth round's rules (main at commit
c3ad042) and measures how the rules do on text they were not written for; it stays a blind set until a
later round makes it a development set.

Style: A FIFTH SAMPLE, by another writer, of ORDINARY TYPED, TEXT-BASED counselling and therapy (after
deid_heldout28.py, deid_heldout41.py, deid_heldout42.py and deid_heldout44.py, whose docstrings only were
read; this one is written its own way, from how people really type, not from their lists): web-chat
counselling (a university's or an employer's counselling service, a youth or crisis text line, a
chat-based alcohol or cannabis brief intervention), text messages between sessions with a keyworker or
care coordinator (booking, moving and confirming appointments), secure in-app messages on a therapy
platform, e-mail between a client and a private therapist, and a psychedelic trial's between-session
check-in messages (the days after dosing, the integration call).  The benchmark's generator writes every
turn as ``Therapist:``/``Client:``, so each message, the counsellor's, keyworker's or coordinator's too,
sits inside a ``Client:`` turn, one message per turn.  Typed as people really type: mostly lower case or
careless capitals, little punctuation, missing apostrophes (``im``, ``cant``, ``shes``), abbreviations
(``u``, ``ur``, ``tmrw``, ``appt``, ``pls``, ``thx``, ``idk``, ``ngl``, ``tbh``, ``rn``, ``bf``, ``wk``, ``cos``),
emoji words (``lol``, ``haha``, ``ugh``, ``:)``, ``:(``, ``xx``), typos (``tommorow``, ``realy``, ``freind``),
run-together sentences, a few all-caps words (``SO``, ``NOT``, ``HATE``), numbers as digits; the
counsellor's, keyworker's and coordinator's side tidier, with capitals and full stops.  Writers from the
US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``, ``mom``, ``mam``, ``nan``, ``pop``,
``oma``, ``arvo``, ``heaps``, ``grand``, ``reckon``, ``keen``, ``sorted``).
Identifier forms: the forms such people type MOST OFTEN, evenly spread; hard or exotic forms rare (under
one in ten of each type).  Names: a first name alone, lower case or capitalised (the most common: ``me
and tayla``, ``Callum covered my shift``), a full name (often lower case), a surname after
``dr``/``mr``/``mrs``/``ms`` (the title in the carrier, often lower case without a full stop), a relative's,
partner's, flatmate's, boss's, sponsor's or keyworker's name after a kin or role word in the carrier, a
possessive ``'s`` in the carrier, a name in a greeting (``hi aoife``) or an e-mail sign-off; rarely a first
name with a surname initial (``jade m``), a stretched name (``hannahhh``), a hyphenated first name or an
``O'``/``Mc`` surname typed lower case without its apostrophe (``oconnell``).  Places: the town, city or
suburb someone lives in, grew up in, is stuck in or drives to, lower case or capitalised (``frankston``,
``Lethbridge``, ``wigan``, ``Tullamore``, ``timaru``, ``grand rapids``), and made-up hospitals, medical and
health centres, practices, schools, colleges, youth hubs and workplaces by name, lower case or
capitalised (``fernvale medical centre``, ``Briarwood High``, ``Copperleaf Logistics``); rarely a town with
its state, province or county after it (``mildura vic``, ``moncton nb``, ``tullamore co offaly``).
Addresses as typed: a street line, lower case with a short street type (``14 bellbird cres``, ``22
tamarack ave``) or capitalised with the full type (``9 Greystone Close``), with an ``apt``/``unit``/``flat``
or a ``#``, an Australian or NZ ``3/22 wattle st``, now and then with the town after it; rarely with a ZIP,
UK postcode, Canadian postal code or Eircode.  Dates as typed: ``3/14`` and ``14/3``, ``march 3rd``,
``March 3``, ``mar 3``, ``3rd march``, ``12 march``, ``the 14th``, ``14th``, ``tues 9th``, ``thurs the
12th``, ``fri 14/3``, ``14th of march``, the counsellor's ``Tuesday 14 March`` and ``Thursday, March 12``;
rarely a date of birth (``14/02/1987``), a misspelt month (``feburary 3rd``) or a two-digit year
(``2/3/25``).  Ages over 89 (90-110) of a nan, grandad, great-aunt, neighbour or someone cared for: digits
(most), the unit and ``turned``/``is`` in the carrier; rarely in words (``ninety four``).  Phones as typed
into a text: US and Canadian ``(416) 555-0142``, ``416-555-0142``, ``416 555 0142``, ``4165550142``
(555-01xx fiction numbers), UK ``07700 900123`` mobiles (with and without the space) and ``0161 496
0123``/``020 7946 0123`` landlines, Irish ``087 555 0123`` mobiles, Australian ``0491 570 123`` mobiles and
``(02) 5550 1234`` landlines, NZ ``021 555 0143`` mobiles and ``(09) 555 1234`` landlines; rarely with a
country code.  Emails: free-mail and ISP addresses of these countries and invented practice, service,
trial and university addresses, now and then with a capital first letter (phone autocapitalisation);
rarely ``at``/``dot``.  Web addresses and handles: booking and video-session links (``calendly.com/...``,
``doxy.me/...``, ``....janeapp.com``, ``zoom.us/j/...``, ``meet.google.com/...``), invented practice,
service, trial and self-help pages with and without ``https://`` and ``www``, a form, a playlist, a video,
a fundraiser, a social-media profile link and an ``@handle``; rarely a short link.  SSNs as each
country's national number (planted as SSN -- a judgement call): US social security numbers (the most
common), Canadian SINs, UK National Insurance numbers (also lower case or run together), Irish PPS
numbers, Australian tax file numbers and NZ IRD numbers, the cue in the carrier (``value`` and the
template are drawn independently, so the cue does not always match the country).  IDs (the cue always
in the carrier, never in the span): MRNs and hospital numbers, NHS numbers, Australian Medicare numbers,
NZ NHIs (also lower case), OHIP and other health card numbers, US insurance member, policy and Medicaid
ids, student and staff numbers, an EAP case reference, a chat reference, a booking reference, a client
number, a trial participant and screening number, an account number, a claim number and a Zoom meeting
id.
A title, kin or role word or possessive ``'s`` next to a name, an article before a place and
``on``/``since``/``til``/``by`` before a date stay outside the span; a date's own words (``tues 9th``, ``the
14th``, ``14th of march``) are inside it.  ``value`` and the template are drawn independently (deid.py's
design), so now and then a form sits a little oddly in its message, as in a real chat log.
The carrier messages hold words that must NOT be removed: drugs and doses (sertraline 100mg, fluoxetine,
quetiapine, naltrexone, acamprosate, psilocybin, melatonin), scales and scores (PHQ-9, GAD-7, AUDIT, ``a
4/10``), clock times (``3pm``, ``10:30``, ``7.45``), ages under 90, weekdays alone, durations (``2 wks``, ``6
weeks``, ``50 mins``), chat words (``lol``, ``tmrw``, ``ngl``), kin words as common nouns (my mum, my nan, my
ex, my flatmate, the kids) and place-like common words (the gp, the chemist, the ward, uni, work, the home,
the office); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""
from __future__ import annotations

import random

_GIVEN = ["Tayla", "Ashleigh", "Brooke", "Caitlin", "Danielle", "Ellie", "Hannah", "Isla", "Jade", "Kirsty",
          "Lauren", "Megan", "Nadia", "Orla", "Paige", "Renee", "Tamsin", "Zoe", "Aoife", "Ciara", "Roisin",
          "Aroha", "Mereana", "Keely", "Bethany", "Courtney", "Makayla", "Alyssa", "Chloe", "Sinead",
          "Callum", "Dylan", "Ethan", "Finn", "Harrison", "Jayden", "Kieran", "Liam", "Mitchell", "Nathan",
          "Owen", "Riley", "Sean", "Tyler", "Zach", "Cian", "Oisin", "Tane", "Nikau", "Cody", "Darragh",
          "Hamish", "Jarrah", "Marcus", "Reece", "Brayden", "Connor", "Josh", "Kyle", "Declan"]
_SURNAME = ["Pemberton", "Whitlock", "Marchetti", "Brennan", "Nguyen", "Kaur", "Henderson", "McAllister",
            "Fairbairn", "Lindgren", "Papadopoulos", "Sutherland", "Thornton", "Ashworth", "Delaney", "Quigley",
            "Ferreira", "Costello", "Hargreaves", "Mahony", "Ngata", "Parata", "Whitfield", "Okoro", "Bradshaw",
            "Lawson", "Prentice", "Rowntree", "Sandhu", "Villanueva", "Weatherby", "Blackwood", "Carmody",
            "Dunphy", "Fenwick", "Gillespie", "Tran", "Mackie", "Strachan", "Beaumont"]
_RARE_SURNAME = ["oconnell", "odwyer", "mcnamara", "mcgrath", "obyrne", "mckenzie"]
_HYPHEN = ["Mary-Kate", "Lily-Rose", "Jean-Luc", "Ella-Mae", "Anne-Marie"]

_TOWNS = ["Modesto", "Lubbock", "Dayton", "Olympia", "Grand Rapids", "Allentown", "Fort Smith", "Topeka",
          "Lethbridge", "Moncton", "Nanaimo", "Sudbury", "Kingston", "Medicine Hat", "Chilliwack",
          "Wigan", "Swansea", "Telford", "Huddersfield", "Crawley", "Carlisle", "Stockton", "Barnsley",
          "Drogheda", "Tullamore", "Letterkenny", "Castlebar", "Dundalk", "Portlaoise",
          "Frankston", "Geraldton", "Wodonga", "Penrith", "Mildura", "Toowong", "Cairns", "Bunbury",
          "Palmerston North", "Timaru", "Invercargill", "Porirua", "Whangarei", "Gisborne"]
_TOWN_REGION = ["mildura vic", "wodonga vic", "moncton nb", "medicine hat ab", "tullamore co offaly",
                "castlebar co mayo", "topeka ks", "geraldton wa", "nanaimo bc"]
_PLACE_STEM = ["Ashcombe", "Briarwood", "Kingfisher", "Tallowood", "Marram", "Wexley", "Copperleaf", "Stonebridge",
               "Halden", "Fernvale", "Redwater", "Glenholme", "Larkhill", "Bramblewood", "Oakhurst", "Silverbeck"]
_PLACE_KIND = ["Medical Centre", "medical centre", "Hospital", "hospital", "Health Centre", "High", "high school",
               "College", "Counselling", "counselling", "Family Practice", "Primary", "youth hub", "Youth Hub",
               "Logistics", "Freight", "Community Health", "GP clinic", "Private Hospital", "Recovery Centre"]

_STREET = ["bellbird", "hawthorne", "pinecrest", "marlowe", "tamarack", "fernhill", "kowhai", "wattle",
           "greystone", "lilac", "bramble", "sorrel", "ironbark", "mariner", "cobden", "ashby", "wren", "heather",
           "larch", "rosella", "manuka", "clover", "orchard", "prospect", "hillcrest", "banksia", "maple"]
_SHORT_TYPE = ["st", "rd", "ave", "cres", "dr", "ct", "pl", "tce", "ln", "way", "close", "grove"]
_LONG_TYPE = ["Street", "Road", "Avenue", "Crescent", "Drive", "Court", "Place", "Terrace", "Lane", "Close", "Grove"]

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"]
_DAY_SHORT = ["mon", "tues", "tue", "wed", "weds", "thurs", "thu", "fri", "sat", "sun"]
_DAY_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MISSPELT = ["feburary", "febuary", "septmber", "agust", "janurary"]

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

_FREEMAIL = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "yahoo.co.uk",
             "btinternet.com", "yahoo.ca", "shaw.ca", "eircom.net", "live.ie", "bigpond.com", "optusnet.com.au",
             "xtra.co.nz", "outlook.co.nz"]
_ORG_DOMAIN = ["fernvalecounselling.com.au", "briarwoodpsych.ca", "tallowoodtherapy.co.uk",
               "kingfisherwellbeing.ie", "marramhealth.co.nz", "silverbeck-trial.org", "halden.ac.uk",
               "oakhurstcounselling.com", "stonebridgecare.org"]
_ROLE_BOX = ["admin", "reception", "bookings", "hello", "studyteam", "counselling", "info", "accounts"]


def _suffix(d: int) -> str:
    return "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _case(s: str, r: random.Random, lower: float = 0.55) -> str:
    return s.lower() if r.random() < lower else s


def _person(r: random.Random) -> str:
    g, s = r.choice(_GIVEN), r.choice(_SURNAME)
    x = r.random()
    if x < 0.45:
        return _case(g, r)
    if x < 0.70:
        return _case(f"{g} {s}", r)
    if x < 0.93:
        return _case(s, r, 0.4)
    rare = r.randrange(4)
    if rare == 0:
        return f"{g.lower()} {s[0].lower()}"
    if rare == 1:
        return g.lower() + g[-1] * r.randint(2, 3)
    if rare == 2:
        return _case(r.choice(_HYPHEN), r)
    return r.choice(_RARE_SURNAME)


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.60:
        return _case(r.choice(_TOWNS), r, 0.5)
    if x < 0.93:
        name = f"{r.choice(_PLACE_STEM)} {r.choice(_PLACE_KIND)}"
        return name.lower() if r.random() < 0.4 else name
    return r.choice(_TOWN_REGION)


def _address(r: random.Random) -> str:
    n = r.randint
    num = str(r.choice([n(1, 60), n(1, 60), n(2, 240), n(100, 2900)]))
    street = r.choice(_STREET)
    if r.random() < 0.6:
        line = f"{num} {street} {r.choice(_SHORT_TYPE)}"
    else:
        line = f"{num} {street.capitalize()} {r.choice(_LONG_TYPE)}"
    x = r.random()
    if x < 0.10:
        line = f"{line} apt {n(1, 12)}{r.choice('abcd')}" if r.random() < 0.5 else f"{line} apt {n(1, 40)}"
    elif x < 0.18:
        line = f"unit {n(1, 20)}, {line}"
    elif x < 0.24:
        line = f"flat {n(1, 9)}, {line}"
    elif x < 0.34:
        line = f"{n(1, 14)}/{line}"
    elif x < 0.38:
        line = f"{line} #{n(2, 30)}"
    y = r.random()
    if y < 0.16:
        line = f"{line} {_case(r.choice(_TOWNS), r, 0.6)}"
    elif y < 0.20:
        line = f"{line}, {_case(r.choice(_TOWNS), r, 0.6)}"
    elif y < 0.27:
        kind = r.randrange(5)
        if kind == 0:
            line = f"{line} {n(10000, 99899)}"
        elif kind == 1:
            line = f"{line} {r.choice(['LS', 'WN', 'CA', 'HD', 'TF'])}{n(1, 9)} {n(1, 9)}{r.choice(['AB', 'DJ', 'PX', 'RT'])}"
        elif kind == 2:
            line = f"{line} {r.choice(['T1J', 'E1C', 'V9R', 'P3A'])} {n(1, 9)}{r.choice('ABKMR')}{n(1, 9)}"
        elif kind == 3:
            line = f"{line} {r.choice(['R35', 'F23', 'A92'])} {r.choice('KXWY')}{n(100, 999)}"
        else:
            line = f"{line} {r.choice(['vic', 'nsw', 'qld', 'wa'])} {n(2000, 6999)}"
    return line


def _date(r: random.Random) -> str:
    d, m = r.randint(1, 28), r.randint(1, 12)
    mon, sfx = _MONTHS[m - 1], _suffix(d)
    x = r.random()
    forms = [
        lambda: f"{m}/{d}", lambda: f"{d}/{m}", lambda: f"{mon} {d}{sfx}", lambda: f"{mon.capitalize()} {d}",
        lambda: f"{_MON[m - 1]} {d}", lambda: f"{d}{sfx} {mon}", lambda: f"{d} {mon}", lambda: f"the {d}{sfx}",
        lambda: f"{r.choice(_DAY_SHORT)} {d}{sfx}", lambda: f"{r.choice(_DAY_SHORT)} the {d}{sfx}",
        lambda: f"{r.choice(_DAY_SHORT)} {d}/{m}", lambda: f"{d}{sfx} of {mon}",
        lambda: f"{r.choice(_DAY_LONG)} {d} {mon.capitalize()}", lambda: f"{r.choice(_DAY_LONG)}, {mon.capitalize()} {d}",
        lambda: f"{d}{sfx}", lambda: f"{mon.capitalize()} {d}{sfx}",
    ]
    if x < 0.92:
        return r.choice(forms)()
    rare = r.randrange(3)
    if rare == 0:
        dd, mm, yy = r.randint(1, 28), r.randint(1, 12), r.randint(1958, 2006)
        return r.choice([f"{dd:02d}/{mm:02d}/{yy}", f"{mm}/{dd}/{yy}", f"{dd}/{mm}/{yy}"])
    if rare == 1:
        return f"{r.choice(_MISSPELT)} {d}{sfx}"
    return f"{d}/{m}/{r.choice(['24', '25', '26'])}"


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    if r.random() < 0.92 or a > 99:
        return str(a)
    words = "ninety" + (r.choice([" ", "-"]) + _ONES[a - 90] if a > 90 else "")
    return words


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.30:
        a, last = r.choice([416, 647, 604, 312, 503, 614, 720, 902, 215, 813]), n(100, 199)
        return r.choice([f"({a}) 555-0{last}", f"{a}-555-0{last}", f"{a} 555 0{last}", f"{a}5550{last}",
                         f"{a}.555.0{last}"])
    if x < 0.50:
        tail = n(0, 999)
        return r.choice([f"07700 900{tail:03d}", f"07700900{tail:03d}", f"0161 496 0{tail:03d}",
                         f"020 7946 0{tail:03d}", f"07700 900 {tail:03d}"])
    if x < 0.62:
        return r.choice([f"08{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}", f"08{r.choice('3567')}{n(1000000, 9999999)}",
                         f"01 {n(200, 899)} {n(1000, 9999)}"])
    if x < 0.80:
        return r.choice([f"04{n(10, 99)} {n(100, 999)} {n(100, 999)}", f"04{n(10, 99)}{n(100000, 999999)}",
                         f"(0{r.choice('2378')}) 5550 {n(1000, 9999)}", f"0{r.choice('2378')} 5550 {n(1000, 9999)}"])
    if x < 0.94:
        return r.choice([f"02{r.choice('127')} {n(100, 999)} {n(1000, 9999)}", f"02{r.choice('127')}{n(1000000, 9999999)}",
                         f"(0{r.choice('3469')}) {n(200, 999)} {n(1000, 9999)}"])
    return r.choice([f"+1 {r.choice([416, 604, 503])} 555 0{n(100, 199)}", f"+44 7700 900{n(0, 999):03d}",
                     f"+61 4{n(10, 99)} {n(100, 999)} {n(100, 999)}", f"+64 21 {n(100, 999)} {n(1000, 9999)}",
                     f"+353 8{r.choice('3567')} {n(100, 999)} {n(1000, 9999)}"])


def _email(r: random.Random) -> str:
    g, s = r.choice(_GIVEN).lower(), r.choice(_SURNAME).lower()
    x = r.random()
    if x < 0.68:
        local = r.choice([f"{g}.{s}", f"{g}{s}", f"{g}{r.randint(1, 99)}", f"{g}_{s[:4]}{r.randint(80, 99)}",
                          f"{g[0]}{s}", f"{g}.{s}{r.randint(1, 9)}", f"{s}{g[0]}"])
        addr = f"{local}@{r.choice(_FREEMAIL)}"
    elif x < 0.93:
        addr = r.choice([f"{r.choice(_ROLE_BOX)}@{r.choice(_ORG_DOMAIN)}", f"{g}@{r.choice(_ORG_DOMAIN)}",
                         f"{g[0]}.{s}@{r.choice(_ORG_DOMAIN)}"])
    else:
        return f"{g}.{s} at {r.choice(['gmail', 'hotmail', 'outlook'])} dot com"
    return addr[0].upper() + addr[1:] if r.random() < 0.12 else addr


def _url(r: random.Random) -> str:
    n = r.randint
    g, s = r.choice(_GIVEN).lower(), r.choice(_SURNAME).lower()
    stem = r.choice(_PLACE_STEM).lower()
    x = r.random()
    if x < 0.93:
        return r.choice([
            f"calendly.com/{stem}-counselling/{r.choice(['50min', 'intake', 'followup'])}",
            f"https://calendly.com/{g}-{s}",
            f"doxy.me/{stem}{s}",
            f"https://doxy.me/dr{s}",
            f"{stem}{r.choice(['psych', 'therapy', 'wellbeing'])}.janeapp.com",
            f"https://zoom.us/j/{n(80000000000, 89999999999)}",
            f"meet.google.com/{''.join(r.choice('bcdfghjkmnpqrstvwxz') for _ in range(3))}-"
            f"{''.join(r.choice('bcdfghjkmnpqrstvwxz') for _ in range(4))}-"
            f"{''.join(r.choice('bcdfghjkmnpqrstvwxz') for _ in range(3))}",
            f"www.{stem}counselling.{r.choice(['com.au', 'co.nz', 'co.uk', 'ca', 'ie', 'com'])}/{r.choice(['resources', 'worksheets', 'groups', 'after-hours'])}",
            f"https://www.{stem}health.org/{r.choice(['drink-tracker', 'sleep', 'breathing', 'intake-form'])}",
            f"{stem}-trial.org/participants",
            f"docs.google.com/forms/d/{stem}{n(100, 999)}/viewform",
            f"open.spotify.com/playlist/{stem}{n(1000, 9999)}{g}",
            f"youtube.com/watch?v={stem[:4]}{n(1000, 9999)}{g[:3]}",
            f"gofundme.com/f/help-{g}-with-{r.choice(['rent', 'rehab', 'bills'])}",
            f"instagram.com/{g}.{s}",
            f"@{g}_{s[:5]}{n(1, 99)}",
            f"tiktok.com/@{g}{n(10, 99)}",
            f"{g}{s}.wordpress.com",
        ])
    return f"bit.ly/{stem[:3]}{n(10, 99)}{g[:2].upper()}"


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.40:
        return f"{n(101, 665)}-{n(10, 99)}-{n(1000, 9999)}"
    if x < 0.55:
        return r.choice([f"{n(100, 799)} {n(100, 999)} {n(100, 999)}", f"{n(100, 799)}-{n(100, 999)}-{n(100, 999)}"])
    if x < 0.70:
        pre, suf = r.choice(["JT", "NP", "SK", "RH", "AB", "WL", "PE", "CE"]), r.choice("ABCD")
        a, b, c = n(10, 99), n(10, 99), n(10, 99)
        return r.choice([f"{pre} {a} {b} {c} {suf}", f"{pre}{a}{b}{c}{suf}", f"{pre.lower()}{a}{b}{c}{suf.lower()}"])
    if x < 0.80:
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHJKLMNPTW')}{r.choice(['', 'A', 'W'])}"
    if x < 0.90:
        return r.choice([f"{n(100, 999)} {n(100, 999)} {n(100, 999)}", f"{n(100000000, 999999999)}"])
    if x < 0.97:
        return r.choice([f"{n(10, 99)}-{n(100, 999)}-{n(100, 999)}", f"{n(10000000, 139999999)}"])
    return f"{n(101, 665)}{n(10, 99)}{n(1000, 9999)}"


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    forms = [
        lambda: str(n(1000000, 99999999)),                                       # MRN / hospital number
        lambda: f"MRN{n(100000, 9999999)}",
        lambda: f"{n(400, 999)} {n(100, 999)} {n(1000, 9999)}",                  # NHS number
        lambda: f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}",                  # Medicare (AU)
        lambda: f"{n(2000, 6999)}{n(10000, 99999)}{n(1, 9)}",
        lambda: f"{''.join(r.choice(L) for _ in range(3))}{n(1000, 9999)}",       # NHI
        lambda: f"{''.join(r.choice(L) for _ in range(3)).lower()}{n(1000, 9999)}",
        lambda: f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{''.join(r.choice(L) for _ in range(2))}",  # OHIP
        lambda: f"{''.join(r.choice(L) for _ in range(3))}{n(100000000, 999999999)}",  # insurance member id
        lambda: f"{''.join(r.choice(L) for _ in range(2))}{n(10000, 99999)}{r.choice(L)}",  # Medicaid
        lambda: f"s{n(1000000, 9999999)}",                                       # student number
        lambda: str(n(20000000, 23999999)),
        lambda: f"{r.choice(['PSI', 'SBT', 'MDT'])}-{n(100, 999)}",              # trial participant
        lambda: f"{r.choice(['SCR', 'P'])}{n(1000, 9999)}",
        lambda: f"BK{n(10000, 99999)}",                                          # booking ref
        lambda: f"EAP-{n(10000, 99999)}",
        lambda: f"CLM{n(1000000, 9999999)}",
        lambda: f"C{n(100000, 999999)}",                                         # client number
        lambda: f"{n(800, 899)} {n(1000, 9999)} {n(1000, 9999)}",                # zoom meeting id
        lambda: f"{n(10000000, 99999999)}-{n(10, 99)}",                          # account number
    ]
    return r.choice(forms)()


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


TEMPLATES = {
    "PERSON": [
        "me and {} had a massive fight last night and now shes not talking to me",
        "{} covered my shift again so i owe her big time lol",
        "my flatmate {} keeps having people over at like 2am and i cant sleep",
        "Hi {}, just confirming your appointment is still on for Thursday at 10:30. Reply YES to confirm.",
        "dr {} upped my sertraline to 100mg so we'll see how that goes",
        "my boss {} said i can leave early for the appt",
        "Thanks so much for today, it really helped. Talk soon, {}",
        "sorry for the late reply, {} was sick so i had the kids all wk",
        "mums partner {} is moving in and i HATE it",
        "went round to {}'s after work and had like 6 drinks which wasnt the plan",
        "ngl talking to {} helped more than i thought it would",
        "my keyworker is {} but shes off til monday",
        "can i bring {} to the next session? shes my sister",
        "Hi, it's {} from the wellbeing team, following up on your message from yesterday.",
        "mrs {} from school rang mum AGAIN about my attendance",
        "my ex {} keeps texting me and idk if i should block him",
        "{} and i are trying the no drinking on weeknights thing",
        "grandad {} passed away and i havent really cried yet",
        "is {} still my counsellor or have i been moved to someone else?",
        "Dear {}, thank you for your email. I have a space on Wednesday at 4pm if that suits.",
        "my son {} has been getting in trouble at school and its stressing me out SO much",
        "mr {} at the bank was actually realy nice about the payment plan",
        "i told {} about the trial and she was weirdly supportive",
        "my sponsor {} reckons i should tell u about the slip on saturday",
        "thx {} :) see u next week",
        "Hi {}, how have the first few days after dosing been? Any trouble sleeping?",
        "ms {} said to message this number if i need to move my appt",
        "i live with my partner {} and our two dogs",
        "my bf {}'s mum is in hospital so ive been driving him back and forth",
        "hi {} its me again sorry to bother u",
        "my best freind {} is the only one who knows",
    ],
    "LOCATION": [
        "i moved to {} for work and i dont know anyone here",
        "im back at my mums in {} for the week",
        "got referred to {} for the bloods",
        "im at {} til 5 then ill be free to chat",
        "we grew up in {} so everyone knows everyone lol",
        "does the service cover {} or only the city?",
        "the drive to {} every day is killing me tbh",
        "my gp at {} said to keep taking the fluoxetine",
        "i work at {} doing nights, 4 on 4 off",
        "Our nearest in-person clinic to you is in {}. Would that work?",
        "ended up in ED at {} on the weekend, im ok now",
        "my son just started at {} and hes hating it",
        "stuck in {} cos the trains are cancelled ugh",
        "is there a meeting near {}? i dont drive",
        "i got the job at {}!!! start monday",
        "The walk-in centre in {} is open until 8pm if you need someone tonight.",
        "my dad lives out in {} and i only see him like twice a year",
        "thinking of moving back to {} to be closer to family",
        "they transferred me to {} for the detox bed",
        "im from {} originally but been here 6 yrs",
        "the counsellor at {} wasnt a good fit so i stopped going",
        "we're driving to {} for the weekend, can we do a phone session instead?",
        "finished my shift at {} and just sat in the car crying for 20 mins",
        "how far is the trial site from {}? i'd need to get a bus",
        "mum's in a home near {} now",
        "there's nothing to do in {} except drink honestly",
        "left {} at 7 so should be there by 9",
        "i study at {} but im thinking of dropping out",
        "Is {} still the best place to send your letters?",
    ],
    "ADDRESS": [
        "my new address is {} if u need to send the letter",
        "can u send the forms to {} pls",
        "im at {} now, moved out of mums",
        "Just to confirm, the home visit will be at {} on Tuesday at 11.",
        "its {}, the one with the blue door",
        "Our office has moved to {}. Same phone number.",
        "the police came round to {} again last night",
        "im staying at my sisters, {}, til things calm down",
        "addy is {}",
        "the meds got delivered to {} instead of my place",
        "can the courier drop it to {}? im not home during the day",
        "My postal address is {} - please update your records. Thanks",
        "im on the waitlist for a flat at {}",
        "pls come to {} not the old place",
        "the landlord at {} still hasnt fixed the heating",
        "he lives at {} which is literally round the corner from me",
        "The group runs at {}, upstairs. Ring the bell when you arrive.",
        "old address was {} but ive moved",
        "The integration session will be at our clinic, {}. Parking is out the back.",
        "Could you confirm your address is still {}?",
        "u can post it to {} thx",
        "the party was at {} and thats where it all went wrong",
        "mail goes to {} cos mine keeps getting nicked",
        "im house sitting at {} this wk so ill be on the wifi there",
        "got the keys to {} today!! finally my own place",
        "sorry wrong address before, its {}",
        "taxi is picking me up from {} at 8",
    ],
    "DATE": [
        "can we move my appt to {}",
        "im away til {} so cant do next week",
        "my next appt is {} right?",
        "Your next appointment is on {} at 2pm with the same counsellor.",
        "been sober since {} :)",
        "court is on {} and im freaking out",
        "dosing day is {} and im kinda nervous ngl",
        "I can offer {} at 10am or 3pm, let me know which suits.",
        "sorry i missed {}, my alarm didnt go off",
        "my exams finish {} then ill have more time",
        "last drink was {}",
        "mums funeral is {}",
        "the integration call got moved to {}",
        "can i do {} instead? work changed my roster",
        "Reminder: you have an appointment on {}. Reply C to confirm or R to reschedule.",
        "i started the new meds on {}",
        "{} works for me",
        "i go back to work {} which is scary",
        "is {} still ok for the home visit",
        "Just a heads up, I'm on leave from {}, so a colleague will cover.",
        "we broke up on {} and its been downhill since",
        "dob is {}",
        "assignment is due {} and i havent started lol",
        "the bloods need doing before {}",
        "yep {} at 4 is fine thx",
        "my sons birthday is {} so i might need to reschedule",
        "Your screening visit is confirmed for {}. Please don't eat after midnight.",
        "moving out {} if the bond comes through",
        "tommorow is fine but {} is better if u have anything",
    ],
    "AGE": [
        "my nan turned {} last week and we had a little party at the home",
        "grandad is {} and still drives which terrifies me",
        "shes {} so the doctors dont want to operate",
        "my great aunt died, she was {}",
        "caring for my nan full time, she's {} and has dementia",
        "the old man next door is {} and he checks on me more than i check on him lol",
        "pop just turned {}!!",
        "Thanks for letting me know. That's a lot to carry, caring for someone who is {}.",
        "my oma is {} and lives with us",
        "i visit my great grandma every sunday, she's {}",
        "nan's {} and she still does the crossword every morning",
        "he was {} when he passed so a good innings i guess",
        "my grandpa is {} and keeps asking when im getting a real job lol",
        "the lady i care for at work is {}",
        "gran is {} and refuses to go into care",
        "the funeral was for my great uncle, he was {}",
        "she's {} years old and still sharper than me",
        "Can I check, your grandmother is {}? Is anyone else helping with her care?",
        "my mams mam is {} and basically bedbound",
        "grandad turns {} on saturday and the whole family is coming",
        "nana made it to {}, i cant believe it",
        "my neighbour's {} and i do her shopping",
        "dads uncle is {} and still lives on his own",
        "i feel guilty cos granny is {} and i hardly visit",
        "one of the residents turned {} today and we had cake",
        "she was {}, it wasnt unexpected but still",
    ],
    "PHONE": [
        "my new number is {}",
        "u can call me on {} after 5",
        "Please call the clinic on {} if you need to cancel.",
        "text me on {} not the old one",
        "my mums number is {} in case u cant get me",
        "If you feel unsafe tonight, call the after-hours line on {}.",
        "whats the number again? is it {}?",
        "my phone died, this is my partners {}",
        "emergency contact is my sister, {}",
        "ring me {} pls",
        "{} is my work mobile, dont leave a voicemail there",
        "You can reach me directly on {} between 9 and 5.",
        "the chemist said to call {} about the script",
        "lost my phone, new no. is {}",
        "i tried ringing {} but it just rings out",
        "can u text {} instead, thats my mums phone",
        "Best number for the study team is {}.",
        "call me back on {} thx",
        "my number changed to {} so pls update it",
        "the crisis team gave me {} but i didnt ring it",
        "{} - thats me if u need me over the weekend",
        "her number is {}, she said its fine to call",
        "if i dont answer try {}",
        "Our reception line is {} if the link doesn't work.",
        "pls use {} from now on",
        "the landlords number is {} if the caseworker needs it",
    ],
    "EMAIL": [
        "my email is {}",
        "can u send the worksheet to {}",
        "pls use {} not my work one",
        "You can email me at {} between sessions.",
        "sent it from {} so check ur junk",
        "i changed my email to {}",
        "the invoice needs to go to {} for my insurance",
        "Please send the signed consent form to {}.",
        "did u get my email? it came from {}",
        "my mum wants a copy, her email is {}",
        "{} is the best one to reach me on",
        "The study coordinator's address is {} if you have questions before dosing.",
        "email me at {} pls i dont check the app",
        "i think i typed my email wrong, its {}",
        "can u cc {} thats my support worker",
        "my uni email is {}",
        "login is {} but it says the password is wrong",
        "I've sent the link to {}. Let me know if it doesn't arrive.",
        "receipts to {} thx",
        "old email was {} but i cant get into it anymore",
        "{} - send the letter there pls",
        "my boss said to email hr at {}",
        "For billing questions please write to {}.",
        "pls dont email {}, my partner reads it",
        "can u resend to {}",
        "the app wanted an email so i put {}",
    ],
    "URL": [
        "Here's the intake form: {}",
        "Please book your next session here: {}",
        "the zoom link is {} right?",
        "Join the video session at {} a few minutes early.",
        "found this realy helpful {}",
        "my playlist for dosing day is {} lol",
        "the worksheet is at {} if u lost it",
        "my insta is {} but pls dont follow me lol",
        "i started a fundraiser for the rent {}",
        "The breathing exercise we tried is on {}.",
        "i tried {} but it says page not found",
        "You can reschedule through {} any time.",
        "is {} the right link? it wont load",
        "my sister set one up for me {}",
        "this video helped me SO much {}",
        "The drink tracker is at {}, it's free.",
        "the trial website {} says the next visit is a phone call",
        "i wrote a blog post about it {} dont judge",
        "Here are the resources we talked about: {}",
        "can u resend {}, it expired",
        "i post about recovery stuff on {}",
        "the waiting room link is {}",
        "More info about the group is on {}.",
        "saved {} to my phone",
        "ok ive filled in {}",
        "Your session notes are available at {} once you log in.",
    ],
    "SSN": [
        "my ssn is {}",
        "social security number is {} if u need it for the form",
        "sin is {}",
        "my NI number is {}",
        "pps no. is {}",
        "tax file number {} - is that safe to send here?",
        "Thanks, I've noted your number as {}. I'll delete this message once it's entered.",
        "its {} i think, id have to check my card",
        "the form asks for my social, its {}",
        "my ird number is {}",
        "ssn {}",
        "national insurance: {}",
        "sorry the SSN i gave u was wrong, its {}",
        "Can you confirm your social insurance number? I have {} on file.",
        "the benefits lady asked for my tfn, its {}",
        "{} is my social insurance number",
        "they want my social for the sliding scale, {}",
        "my pps is {} for the medical card form",
        "ok so ssn is {} and ill send the rest separate",
        "hr said to send my ni number so its {}",
        "typed my sin wrong on the portal, should be {}",
        "ird {} for the invoice thing",
        "is it ok to send my SSN on here? its {}",
        "mums social is {}, shes the one on the insurance",
        "here u go, ssn {}",
    ],
    "ID": [
        "my mrn is {}",
        "member id on my insurance card is {}",
        "medicare no. {}",
        "my nhs number is {}",
        "student no. is {} if u need it",
        "participant number {}",
        "Your booking reference is {}.",
        "claim number is {} for the eap",
        "nhi is {}",
        "ohip {}",
        "the hospital number on the letter is {}",
        "my client number with u guys is {}",
        "Please quote reference {} when you call.",
        "account no. {} for the invoice",
        "Meeting ID: {}",
        "medicaid id is {}",
        "policy number {}",
        "my case ref from the eap is {}",
        "Participant ID {}: day 3 check-in. Any changes to sleep or mood?",
        "the chemist wants my medicare card no, its {}",
        "staff number is {} if hr needs it",
        "chat reference {} in case u need to look it up",
        "my health card number is {}",
        "the referral letter says patient no. {}",
        "insurance id {}, the group number is on the back",
        "screening number is {} i think",
        "my uni id is {}",
    ],
}
