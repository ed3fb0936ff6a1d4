"""A forty-third SYNTHETIC transcript set for benchmarks/deid.py: the forty-first held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand are
used as places only, never with a person; every hospital, clinic, medical centre, practice, counselling
service, school, college, youth hub, café, shop and workplace name is made up).  Written on 2026-12-07 by
an engineer who had NOT seen the de-identifier's rules, its docs page, its tests or the contents of the
earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout39.py their docstrings, plus the ``value`` signature and the ``TEMPLATES``
shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no line of this file
was changed after its first run.  It was first run on the twentieth round's rules (main at commit
28db7fa) and measures how the rules do on text they were not written for; it stays a blind set until a
later round makes it a development set.

Style: A SECOND SAMPLE, by another writer, of ORDINARY TYPED, TEXT-BASED counselling and therapy (after
deid_heldout28.py, whose docstring only was read; this one is written from how people really type, not
from that list): web-chat counselling (a university's or an employer's counselling service, a youth or
crisis text line, a chat-based alcohol or cannabis brief intervention), text messages between sessions
with a keyworker or care coordinator (booking, moving and confirming appointments), secure in-app
messages on a therapy platform, e-mail between a client and a private therapist (``hi ...``, ``Kind
regards``, ``thanks x``), and a psychedelic trial's between-session check-in messages (``day 2 after
dosing``, the integration call).  The benchmark's generator writes every turn as ``Therapist:``/``Client:``,
so each message, the counsellor's or keyworker's ones too, sits inside a ``Client:`` turn, one message
(now and then two run together) per turn.  Typed the way people really type on a phone: mostly lower case
or careless capitals, little punctuation, missing apostrophes (``im``, ``dont``, ``cant``), abbreviations
(``u``, ``ur``, ``tmrw``, ``appt``, ``pls``, ``thx``, ``idk``, ``rn``, ``tbh``, ``ngl``, ``w``, ``bc``), emoji words and
emoji (``lol``, ``omg``, ``:(``, ``:)``, ``xx``, a few real emoji), typos, run-together sentences, a few all-caps
words (``SO tired``, ``NOT ok``), numbers as digits; the counsellor's and keyworker's side tidier, with
capitals and full stops.  Writers from the US, Canada, the UK, Ireland, Australia and New Zealand, mixed
(``mum``, ``mom``, ``mam``, ``nan``, ``nanna``, ``oma``, ``pop``, ``heaps``, ``grand``, ``reckon``, ``arvo``).
Identifier forms: the forms such people type MOST OFTEN, evenly spread; hard or exotic forms rare (under
one in ten of each type).  Names: a first name alone, lower case or capitalised (the most common: ``me and
jess``, ``Connor covered my shift``), a full name (often lower case), a surname after ``dr``/``mr``/``mrs``/``ms``
(the title in the carrier, often lower case without a full stop), a relative's, partner's, friend's, boss's
or keyworker's name after a kin or role word in the carrier, a possessive ``'s`` in the carrier, a name in
a greeting or an e-mail sign-off; rarely a first name with a surname initial, a stretched name
(``jesss``), an ``O'`` surname typed without its apostrophe or a hyphenated first name.  Places: the town,
city or suburb someone lives in, grew up in, is staying in or drives to, lower case or capitalised
(``guelph``, ``Ballarat``, ``Tralee``, ``Whanganui``, ``Stockport``, ``fort collins``), and made-up hospitals,
medical centres, practices, schools, colleges, youth hubs and workplaces by name (``ashgrove medical
centre``, ``Millbrook High``, ``Tidewater Logistics``); rarely a town with its state, province or county
after it (``dubbo nsw``, ``ennis co clare``).  Addresses as typed in a text or a tidier keyworker's message:
a street line, lower case with short street types (``14 kingsmere cres``, ``22 larkspur ave``) or
capitalised (``9 Alder Close``), with an ``apt``/``unit``/``flat`` or ``#``, an Australian ``7/31 banksia st``,
a NZ ``45a totara rd``, sometimes with the town after it; rarely with a ZIP, UK postcode, Canadian postal code
or Eircode.  Dates as typed: ``3/14`` and ``14/3``, ``march 3rd``, ``March 3``, ``the 14th``, ``tues 9th``,
``thurs the 12th``, ``fri 14/3``, ``3rd march``, ``12 march``, ``mar 3``, ``14th of march``, the counsellor's
``Tuesday 14 March`` and ``Thursday, March 12``; rarely a date of birth (``14/02/1987``), a misspelt month
(``feburary 3rd``), a year with it (``2/3/25``) or ISO.  Ages over 89 (90-110) of a nan, grandad, great-aunt or
neighbour: digits (most), the unit and ``turned``/``is`` in the carrier; rarely in words (``ninety two``).
Phones as typed into a text: US and Canadian ``(416) 555-0142``, ``416-555-0142``, ``4165550142`` (555-01xx
fiction numbers), UK ``07700 900123`` mobiles (with and without the space) and ``0161 496 0123`` landlines,
Irish ``087 555 0123`` mobiles, Australian ``0491 570 123`` mobiles and ``(02) 5550 1234`` landlines, NZ ``021
555 0143`` mobiles and ``(09) 555 1234`` landlines; rarely with a country code or odd grouping.  Emails:
free-mail and ISP addresses of these countries (``gmail.com``, ``hotmail.co.uk``, ``icloud.com``,
``bigpond.com``, ``xtra.co.nz``, ``eircom.net``, ``shaw.ca``) and invented practice, service and university
addresses, now and then with a capital first letter (phone autocapitalisation); rarely ``at``/``dot``.  Web
addresses and handles: booking and video-session links (``calendly.com/...``, ``doxy.me/...``, ``....janeapp.com``,
``zoom.us/j/...``), invented practice, service and resource pages with and without ``https://`` and ``www``,
a form, a playlist, a video, a blog, a fundraiser, a social-media profile link and an ``@handle``; rarely a
short link.  SSNs as each country's national number (planted as SSN -- a judgement call): US social
security numbers, Canadian SINs, UK National Insurance numbers (also lower case, run together), Irish
PPS numbers, Australian tax file numbers and NZ IRD numbers, the cue in the carrier (``value`` and the
template are drawn independently, so the cue does not always match the country).  IDs (the cue always in
the carrier, never in the span): MRNs and hospital numbers, NHS numbers, Australian Medicare numbers, NZ
NHIs (also lower case), OHIP and other health card numbers, US insurance member, policy and Medicaid ids,
student and staff numbers, an EAP case reference, a chat reference, a booking reference, a client
number, a trial participant number, an invoice account number, a claim number and a Zoom meeting id.
A title, kin or role word or possessive ``'s`` next to a name, an article before a place and ``on``/``since``
before a date stay outside the span; a date's own words (``tues 9th``, ``the 14th``, ``14th of march``) are
inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and then a form
sits a little oddly in its message, as in a real chat log.
The carrier messages hold words that must NOT be removed: drugs and doses (sertraline 100mg,
quetiapine, naltrexone, propranolol, psilocybin, melatonin), scales and scores (PHQ-9, GAD-7, ``a 3/10``),
clock times (``10:30``, ``2pm``, ``9:15``), ages under 90, weekdays alone, durations (``2 wks``, ``40 days``,
``45 mins``), chat words (``lol``, ``tmrw``, ``ngl``), kin words as common nouns (my mum, my nan, my ex, my
flatmate) and place-like common words (the gp, the pharmacy, the ward, the refuge, uni, work, the home);
they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# --- invented people (first names as typed; surnames) -------------------------------------------------------
_FIRST = ["jess", "kayla", "aoife", "niamh", "chloe", "brooke", "tamsin", "megan", "harriet", "shannon",
          "courtney", "mia", "ruby", "grace", "isla", "maddie", "leah", "erin", "danielle", "bethany", "kirsty",
          "tegan", "amber", "jasmine", "holly", "naomi", "freya", "sinead", "renee", "paige", "alana", "tayla",
          "georgia", "keisha", "aroha", "mereana", "connor", "liam", "brayden", "josh", "callum", "declan",
          "ryan", "tyler", "jordan", "kieran", "darragh", "oisin", "hamish", "lachie", "rhys", "mitch", "nathan",
          "marcus", "dylan", "ethan", "tane", "wiremu", "jayden", "cody", "brendan", "travis", "owen", "aidan",
          "deshawn", "ravi", "sam", "alex", "charlie", "stevie", "kate", "dan", "tom", "ellie", "becca", "zoe"]
_LAST = ["pemberton", "delaney", "halvorsen", "maciver", "tranter", "quayle", "ashdown", "renwick", "hartigan",
         "mulvaney", "birtles", "oduya", "strachan", "penhaligon", "fairweather", "rafferty", "coughlan",
         "dempsey", "varga", "ngata", "tuhiwai", "mcgarrigle", "whelan", "baptiste", "sorensen", "kaur",
         "thornley", "ellison", "garside", "brophy", "novak", "pettigrew", "lavoie", "desrosiers", "tremblay",
         "macaulay", "hennessy", "bannerman", "castle", "wardlow", "fenwick", "ogilvie", "mahoney", "greer",
         "chu", "tran", "patel", "sandhu", "kingi", "marsh"]
_HYPHEN_FIRST = ["mary-kate", "anna-lise", "jean-luc", "lily-rose", "ella-mae"]
_O_LAST = ["oconnell", "odonoghue", "oneill", "osullivan", "obrien", "odriscoll"]

# --- places --------------------------------------------------------------------------------------------------
_TOWNS = ["Lethbridge", "Guelph", "Kamloops", "Moncton", "Nanaimo", "Sudbury", "Barrie", "Halifax", "Sherbrooke",
          "Fort Collins", "Ann Arbor", "Lubbock", "Olympia", "Tulsa", "Billings", "Chico", "Provo", "Des Moines",
          "Stockport", "Wigan", "Rotherham", "Ipswich", "Luton", "Gateshead", "Dundee", "Paisley", "Cheltenham",
          "Exeter", "Crawley", "Wrexham", "Tralee", "Navan", "Carlow", "Ennis", "Letterkenny", "Drogheda",
          "Dundalk", "Tullamore", "Swords", "Bray", "Ballarat", "Geelong", "Penrith", "Cairns", "Townsville",
          "Frankston", "Mandurah", "Bundaberg", "Dubbo", "Launceston", "Footscray", "Chermside", "Palmerston North",
          "Whanganui", "Rotorua", "Tauranga", "Invercargill", "Nelson", "Timaru", "Porirua", "Papakura",
          "Mount Maunganui", "Port Macquarie", "Rathmines", "Clondalkin", "Salford", "St Albans"]
_TOWN_REGION = ["dubbo nsw", "ennis co clare", "guelph ont", "nanaimo bc", "navan co meath", "cairns qld",
                "ballarat vic", "billings mt", "chico ca", "tralee co kerry", "moncton nb", "wigan lancs"]
_PLACE_STEM = ["Kestrel Park", "Ashgrove", "Millbrook", "Harbourside", "Copperleaf", "Stonebridge", "Fernhill",
               "Wattle Grove", "Bellbird", "Oakmere", "Larchfield", "Tidewater", "Greyhaven", "Brackenridge",
               "Silverbirch", "Juniper Hill", "Kowhai Bay", "Rosewood", "Lantern House", "Heatherlea",
               "Pinecrest", "Marram", "Glenrowan Road", "Foxglove"]
_PLACE_KIND = ["Hospital", "General Hospital", "Community Hospital", "Medical Centre", "Health Centre",
               "Family Practice", "Clinic", "High School", "High", "College", "Primary School", "Academy",
               "Youth Hub", "Recovery Centre", "Day Centre", "Logistics", "Foods", "Motors", "Pharmacy",
               "Bakery", "Building Supplies", "Surgery", "Counselling Service"]

# --- streets -------------------------------------------------------------------------------------------------
_STREET = ["kingsmere", "larkspur", "alder", "harrow", "tamarind", "ferndale", "hillcrest", "brookvale",
           "carrington", "wexley", "marlowe", "pinehurst", "sandringham", "thistle", "rowan", "greyfriars",
           "kowhai", "totara", "banksia", "jacaranda", "wattletree", "mcallister", "ridgeview", "saltmarsh",
           "orchard", "chestnut", "bellamy", "cobden", "victoria park", "st brigids"]
_STYPE_SHORT = ["st", "rd", "ave", "cres", "dr", "ct", "pl", "way", "close", "lane", "tce", "blvd", "grove", "pde"]
_STYPE_LONG = {"st": "Street", "rd": "Road", "ave": "Avenue", "cres": "Crescent", "dr": "Drive", "ct": "Court",
               "pl": "Place", "way": "Way", "close": "Close", "lane": "Lane", "tce": "Terrace",
               "blvd": "Boulevard", "grove": "Grove", "pde": "Parade"}

_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DAY_SHORT = ["mon", "tues", "tue", "wed", "weds", "thurs", "thu", "fri", "sat", "sun"]

_FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com",
             "hotmail.co.uk", "btinternet.com", "sky.com", "eircom.net", "live.ie", "bigpond.com",
             "outlook.com.au", "xtra.co.nz", "shaw.ca", "rogers.com", "yahoo.ca"]
_PRACTICE = ["fernhillcounselling", "kestrelparkpsych", "bellbirdtherapy", "tidewaterwellbeing", "oakmerecounselling",
             "stillwaterpsych", "lanternhousetherapy", "harbourlightcounselling", "copperbeechclinic",
             "greyhavenhealth", "marramyouth", "heatherleapsychology", "northlighttherapy", "quietcovecounselling"]
_TLD = ["com", "co.uk", "ie", "com.au", "co.nz", "ca", "org", "org.uk", "org.nz"]
_HANDLE_BITS = ["sunny", "moon", "little", "salty", "quiet", "wild", "sleepy", "honey", "cosmic", "tiny",
                "rainy", "lost", "soft", "paper", "static"]
_HANDLE_BITS2 = ["days", "fox", "bird", "girl", "lad", "waves", "thoughts", "art", "sketches", "garden", "moth",
                 "plant", "club", "diary"]
_ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _cap(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def _case(s: str, r: random.Random, lower: float) -> str:
    return s.lower() if r.random() < lower else _cap(s)


def _rand(r: random.Random, n: int, chars: str = _ALNUM) -> str:
    return "".join(r.choice(chars) for _ in range(n))


def _person(r: random.Random) -> str:
    x = r.random()
    f, last = r.choice(_FIRST), r.choice(_LAST)
    if x < 0.52:  # a first name alone
        return _case(f, r, 0.55)
    if x < 0.79:  # a full name
        return _case(f"{f} {last}", r, 0.4)
    if x < 0.93:  # a surname (after a title in the carrier)
        return _case(last, r, 0.3)
    hard = r.randrange(4)
    if hard == 0:
        return _case(f"{f} {last[0]}", r, 0.6)
    if hard == 1:
        return f + f[-1] * r.randint(1, 3)
    if hard == 2:
        return _case(r.choice(_O_LAST), r, 0.6)
    return _case(r.choice(_HYPHEN_FIRST), r, 0.5)


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.58:
        return _case(r.choice(_TOWNS), r, 0.45)
    if x < 0.94:
        place = f"{r.choice(_PLACE_STEM)} {r.choice(_PLACE_KIND)}"
        return place.lower() if r.random() < 0.4 else place
    return r.choice(_TOWN_REGION)


def _address(r: random.Random) -> str:
    n = r.randint
    st, ty = r.choice(_STREET), r.choice(_STYPE_SHORT)
    num = n(1, 240)
    x = r.random()
    if x < 0.3:
        line = f"{num if r.random() < 0.75 else n(300, 9800)} {st} {ty}"
    elif x < 0.5:
        line = f"{num} {_cap(st)} {r.choice([_cap(ty), _STYPE_LONG[ty]])}"
    elif x < 0.58:
        line = f"apt {n(1, 30)}{r.choice(['', 'b', 'c'])} {num} {st} {ty}"
    elif x < 0.64:
        line = f"flat {n(1, 12)} {num} {st} {ty}" if r.random() < 0.5 else \
            f"Flat {n(1, 12)}, {num} {_cap(st)} {_STYPE_LONG[ty]}"
    elif x < 0.7:
        line = f"unit {n(1, 20)} {num} {st} {ty}"
    elif x < 0.76:
        line = f"{n(1, 12)}/{num} {st} {ty}"
    elif x < 0.8:
        line = f"{num}{r.choice('abc')} {st} {ty}"
    elif x < 0.84:
        line = f"{num} {st} {ty} #{n(1, 40)}"
    else:
        line = f"{num} {st} {ty}"
        town = r.choice(_TOWNS)
        line = f"{line} {town.lower()}" if r.random() < 0.6 else f"{_cap(line)}, {town}"
    if r.random() < 0.07:  # a postal code after it: rare
        code = r.choice([f"{n(10000, 99899)}",
                         f"SK{n(1, 9)} {n(1, 9)}{_rand(r, 2, 'ABDEFGHJLNPQRSTUWXY')}",
                         f"{_rand(r, 1, 'KLMNT')}{n(1, 9)}{_rand(r, 1, 'ABCEGHJ')} {n(1, 9)}{_rand(r, 1, 'ABCEGHJ')}{n(1, 9)}",
                         f"{_rand(r, 1, 'DHKV')}{n(10, 99)} {_rand(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"])
        line = f"{line} {code}"
    return line


def _date(r: random.Random) -> str:
    n = r.randint
    d, m = n(1, 28), n(1, 12)
    month, mon = _MONTHS[m - 1], _MON[m - 1]
    x = r.random()
    if x < 0.10:
        return f"{m}/{d}"
    if x < 0.18:
        return f"{d}/{m}"
    if x < 0.30:
        return f"{month} {_ord(d)}"
    if x < 0.35:
        return f"{month.capitalize()} {r.choice([str(d), _ord(d)])}"
    if x < 0.47:
        return f"the {_ord(d)}"
    if x < 0.56:
        return f"{r.choice(_DAY_SHORT)} {_ord(d)}"
    if x < 0.61:
        return f"{r.choice(_DAY_SHORT)} the {_ord(d)}"
    if x < 0.64:
        return f"{r.choice(_DAY_SHORT)} {d}/{m}"
    if x < 0.71:
        return f"{r.choice([_ord(d), str(d)])} {month}"
    if x < 0.76:
        return f"{mon} {d}"
    if x < 0.80:
        return f"{_ord(d)} of {month}"
    if x < 0.86:
        return f"{r.choice(_DAYS)} {d} {month.capitalize()}"
    if x < 0.91:
        return f"{r.choice(_DAYS)}, {month.capitalize()} {d}"
    hard = r.randrange(5)  # rare forms
    if hard == 0:
        return f"{d:02d}/{m:02d}/{n(1950, 2006)}"
    if hard == 1:
        return r.choice([f"{r.choice(['feburary', 'febuary', 'septmber', 'ocotber', 'janurary'])} {_ord(d)}",
                         f"{r.choice(['wensday', 'thrusday', 'tuseday'])} {_ord(d)}"])
    if hard == 2:
        return f"{d}/{m}/{n(23, 26)}"
    if hard == 3:
        return f"{n(2023, 2026)}-{m:02d}-{d:02d}"
    return f"{d}.{m}"


_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _age(r: random.Random) -> str:
    a = r.randint(90, 110) if r.random() < 0.5 else r.randint(90, 99)
    if r.random() < 0.9 or a > 99:  # digits (most); words now and then
        return str(a)
    return "ninety" + (r.choice([" ", "-"]) + _UNITS[a - 90] if a > 90 else "")


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.35:  # US / Canada, 555-01xx
        a, c = r.choice([206, 208, 416, 423, 503, 512, 604, 613, 780, 902, 306, 614, 919, 704]), n(100, 199)
        return r.choice([f"({a}) 555-0{c}", f"({a}) 555-0{c}", f"{a}-555-0{c}", f"{a}-555-0{c}", f"{a}5550{c}",
                         f"{a}.555.0{c}", f"{a} 555 0{c}", f"+1 {a}-555-0{c}"])
    if x < 0.55:  # UK
        k = n(100, 999)
        return r.choice([f"07700 900{k}", f"07700 900{k}", f"07700900{k}", f"0161 496 0{k}", f"020 7946 0{k}",
                         f"0113 496 0{k}", f"+44 7700 900{k}", f"07700 900 {k}"])
    if x < 0.67:  # Ireland
        p, a, b = r.choice(["083", "085", "086", "087", "089"]), n(100, 999), n(1000, 9999)
        return r.choice([f"{p} {a} {b}", f"{p} {a} {b}", f"{p}{a}{b}", f"({r.choice(['01', '021', '091'])}) "
                         f"{a} {b}", f"+353 {p[1:]} {a} {b}"])
    if x < 0.85:  # Australia
        k = n(100, 999)
        return r.choice([f"0491 570 {k}", f"0491 570 {k}", f"0491570{k}", f"04{n(10, 99)} {n(100, 999)} {k}",
                         f"(02) 5550 {n(1000, 9999)}", f"(03) 7010 {n(1000, 9999)}", f"+61 491 570 {k}"])
    k = n(100, 199)  # New Zealand
    return r.choice([f"021 555 0{k}", f"027 555 0{k}", f"0215550{k}", f"022 {n(100, 999)} {n(1000, 9999)}",
                     f"(09) 555 {n(1000, 9999)}", f"(04) 555 {n(1000, 9999)}", f"+64 21 555 0{k}"])


def _email(r: random.Random) -> str:
    n = r.randint
    f, last = r.choice(_FIRST), r.choice(_LAST)
    x = r.random()
    if x < 0.75:
        local = r.choice([f"{f}.{last}", f"{f}{last}", f"{f}{n(80, 99)}", f"{f}.{last}{n(1, 99)}", f"{f[0]}{last}",
                          f"{f}_{last[0]}{n(1, 9)}", f"{f}{last[:1]}{n(80, 99)}", f"{r.choice(_HANDLE_BITS)}"
                          f"{r.choice(_HANDLE_BITS2)}{n(1, 99)}"])
        addr = f"{local}@{r.choice(_FREEMAIL)}"
    elif x < 0.9:
        addr = f"{r.choice(['hello', 'admin', 'bookings', 'reception', 'info', f, f'{f}.{last}'])}@" \
               f"{r.choice(_PRACTICE)}.{r.choice(_TLD)}"
    else:
        addr = f"{f}.{last}@{r.choice(['student.', 'staff.', 'my.', ''])}{r.choice(['ashgrove', 'tidewater', 'larchfield', 'greyhaven'])}" \
               f"{r.choice(['uni', 'college'])}.{r.choice(['edu', 'ac.uk', 'edu.au', 'ac.nz', 'ie', 'ca'])}"
    if r.random() < 0.12:
        addr = addr[0].upper() + addr[1:]
    if r.random() < 0.05:
        user, dom = addr.split("@")
        addr = f"{user} at {dom.replace('.', ' dot ')}"
    return addr


def _url(r: random.Random) -> str:
    n = r.randint
    p, f, last = r.choice(_PRACTICE), r.choice(_FIRST), r.choice(_LAST)
    handle = r.choice([f"{r.choice(_HANDLE_BITS)}.{r.choice(_HANDLE_BITS2)}", f"{f}_{last}",
                       f"{r.choice(_HANDLE_BITS)}{r.choice(_HANDLE_BITS2)}_{n(1, 99)}", f"{f}.{r.choice(_HANDLE_BITS2)}"])
    x = r.random()
    if x < 0.12:
        return f"calendly.com/{r.choice([p, f'{f}-{last}', f'dr{last}'])}{r.choice(['', '/50min', '/intro-call'])}"
    if x < 0.22:
        return f"{r.choice(['', 'https://'])}doxy.me/{r.choice([f'dr{last}', f'{f}{last}', p])}"
    if x < 0.30:
        return f"{r.choice(['', 'https://'])}{p}.janeapp.com{r.choice(['', '/#/staff_member/3', '/locations/main'])}"
    if x < 0.40:
        return f"{r.choice(['', 'https://'])}zoom.us/j/{n(81000000000, 89999999999)}{r.choice(['', '?pwd=' + _rand(r, 10)])}"
    if x < 0.60:
        return f"{r.choice(['', 'www.', 'https://www.', 'https://'])}{p}.{r.choice(_TLD)}" \
               f"{r.choice(['', '/resources', '/worksheets/thought-record', '/book', '/groups', '/after-dosing'])}"
    if x < 0.66:
        return f"{r.choice(['', 'https://'])}forms.gle/{_rand(r, 14)}"
    if x < 0.72:
        return r.choice([f"youtu.be/{_rand(r, 11)}", f"https://www.youtube.com/watch?v={_rand(r, 11)}"])
    if x < 0.77:
        return f"{r.choice(['', 'https://'])}open.spotify.com/playlist/{_rand(r, 22)}"
    if x < 0.86:
        return r.choice([f"@{handle}", f"@{handle}", f"instagram.com/{handle}", f"tiktok.com/@{handle}"])
    if x < 0.91:
        return f"{r.choice([f, handle.replace('.', '').replace('_', '')])}{r.choice(['.wordpress.com', '.substack.com', '.blogspot.com'])}"
    if x < 0.96:
        return f"gofundme.com/f/{f}-{r.choice(['walks-for-mental-health', 'sober-swim', 'run-for-my-brother'])}"
    return f"bit.ly/{_rand(r, 7)}"


_NI1 = "ABCEGHJKLMNOPRSTWXYZ"
_NI2 = "ABCEGHJKLMNPRSTWXYZ"


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.35:  # US
        a = n(101, 665)
        a = 667 if a == 666 else a
        b, c = n(1, 99), n(1, 9999)
        return r.choice([f"{a}-{b:02d}-{c:04d}", f"{a}-{b:02d}-{c:04d}", f"{a} {b:02d} {c:04d}", f"{a}{b:02d}{c:04d}"])
    if x < 0.50:  # Canada SIN
        a, b, c = n(100, 799), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {c}", f"{a}-{b}-{c}", f"{a}{b}{c}"])
    if x < 0.66:  # UK NI
        pre, d, suf = r.choice(_NI1) + r.choice(_NI2), [n(10, 99) for _ in range(3)], r.choice("ABCD")
        return r.choice([f"{pre} {d[0]} {d[1]} {d[2]} {suf}", f"{pre}{d[0]}{d[1]}{d[2]}{suf}",
                         f"{pre}{d[0]}{d[1]}{d[2]}{suf}".lower(), f"{pre} {d[0]}{d[1]}{d[2]} {suf}"])
    if x < 0.78:  # Ireland PPS
        pps = f"{n(1000000, 9999999)}{r.choice('ABCDEFGHJKLMNPRSTVWX')}{r.choice(['', '', 'A', 'W'])}"
        return pps.lower() if r.random() < 0.25 else pps
    if x < 0.89:  # Australia TFN
        a, b, c = n(100, 999), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {c}", f"{a}{b}{c}"])
    a, b, c = n(10, 149), n(100, 999), n(100, 999)  # NZ IRD
    return r.choice([f"{a}-{b}-{c}", f"{a:03d}-{b}-{c}", f"{a:03d} {b} {c}", f"{a}{b}{c}"])


def _id(r: random.Random) -> str:
    n = r.randint
    k = r.randrange(16)
    if k == 0:
        return str(n(1000000, 99999999))
    if k == 1:
        return f"{r.choice('ABHKMR')}{n(100000, 9999999)}"
    if k == 2:  # NHS
        return r.choice([f"{n(400, 499)} {n(100, 999)} {n(1000, 9999)}", f"{n(400, 499)}{n(100, 999)}{n(1000, 9999)}"])
    if k == 3:  # Medicare AU
        return r.choice([f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}", f"{n(2000, 6999)}{n(10000, 99999)}{n(1, 9)}"])
    if k == 4:  # NHI
        nhi = f"{_rand(r, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{n(1000, 9999)}"
        return nhi.lower() if r.random() < 0.4 else nhi
    if k == 5:  # OHIP
        return r.choice([f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{_rand(r, 2, 'ABCDEFGHJKLMNPRSTVWXYZ')}",
                         f"{n(1000, 9999)} {n(100, 999)} {n(100, 999)}"])
    if k == 6:  # US insurance member
        return f"{_rand(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{n(100000000, 999999999)}"
    if k == 7:  # Medicaid
        return f"{r.choice(['', 'MC'])}{n(10000000, 99999999)}{r.choice(['', 'A', 'X'])}"
    if k == 8:  # student / staff
        return r.choice([f"s{n(1000000, 9999999)}", f"{n(20000000, 24999999)}", f"C{n(10000000, 19999999)}"])
    if k == 9:  # EAP / case ref
        return r.choice([f"EAP-{n(100000, 999999)}", f"CR{n(10000, 99999)}", f"case-{n(1000, 9999)}-{n(10, 99)}"])
    if k == 10:  # chat / booking ref
        return r.choice([_rand(r, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), f"BK-{n(100000, 999999)}",
                         f"#{n(100000, 999999)}"])
    if k == 11:  # trial participant
        return r.choice([f"PSI-{n(1, 299):03d}", f"P{n(1, 299):03d}", f"{r.choice(['CAN', 'UK', 'AU', 'NZ'])}-{n(1, 9):02d}-{n(1, 150):03d}",
                         f"{n(100, 999)}-{n(1000, 9999)}"])
    if k == 12:  # client / account
        return r.choice([f"{n(10000, 99999)}", f"ACC{n(100000, 999999)}", f"{n(1000, 9999)}-{n(1000, 9999)}"])
    if k == 13:  # claim
        return r.choice([f"CLM{n(1000000, 9999999)}", f"{n(100, 999)}-{n(10000, 99999)}-{n(10, 99)}"])
    if k == 14:  # zoom meeting id
        return r.choice([f"{n(810, 899)} {n(1000, 9999)} {n(1000, 9999)}", f"{n(81000000000, 89999999999)}"])
    return f"{n(100000, 9999999):08d}"  # an MRN with its leading zeros


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "my sister {} keeps texting me asking if im ok and i just cant rn",
        "had a massive fight with {} last night, didnt sleep at all",
        "hi its {} from the tues group, can i move my appt pls",
        "dr {} upped my sertraline to 100mg so we'll see lol",
        "{} covered my shift so i can make the session tmrw",
        "staying at {}'s for a few days til things calm down at home",
        "me and {} broke up AGAIN :( idk why i keep going back",
        "my boss {} said i can take the afternoon off for appts which was nice of him",
        "Hi, this is {}, your care coordinator. Just checking you got my message about tomorrow?",
        "mum wants to know if {} can come to the family session",
        "honestly {} is the only one who gets it",
        "ok so i finally told {} about the drinking, she was actually really nice about it",
        "can u let mrs {} know im running 10 mins late",
        "my flatmate {} found me on the bathroom floor thats why i messaged",
        "Thanks {}, that really helped x",
        "my nans carer {} is lovely, she sits with her tues and thurs",
        "hi {} sorry for the late reply work has been mental this week",
        "the guy i was seeing, {}, keeps turning up at my work",
        "went to see ms {} the school counsellor but she was off sick",
        "{} and i have been sober 40 days today!!! 🎉",
        "my son {} is 7 and hes started asking why i cry all the time",
        "yeah mr {} from HR said the EAP covers 6 sessions",
        "talked to {} on the phone for like 2 hrs, felt a bit better after",
        "ngl i miss {} so much it hurts",
        "Kind regards, {}",
        "im at {}'s house can we do the call at 7 instead",
        "my psychiatrist dr {} wants me off the quetiapine",
        "{} from the study team rang me on day 3, all good",
        "my ex {} has the kids this weekend so im free whenever",
        "is {} still my keyworker or has that changed??",
        "my best mate {} is driving me to the dosing day",
        "thx for today. also forgot to say my brother {} is back living with us",
    ],
    "LOCATION": [
        "im in {} at my dads this week so can we do video",
        "just moved to {} and dont know anyone yet",
        "the bus from {} takes forever so i might be late",
        "they took me to {} after the overdose",
        "i work at {} on nights so mornings are hard",
        "grew up in {}, moved here for uni",
        "my gp at {} referred me, idk if u got the letter",
        "is there a service closer to {}? the drive is 45 mins each way",
        "my son goes to {} and tbh the teachers have been great",
        "back home in {} for the hols, can we do phone instead",
        "Our nearest in-person clinic to you is in {}, would that suit?",
        "i was in {} for 3 wks last year, the psych ward",
        "got a new job at {}!! starting monday",
        "the pharmacy in {} didnt have my naltrexone so im a day behind",
        "mum lives out in {} and its a 2 hr drive",
        "driving up to {} tmrw to see my nan",
        "stuck in {} cos the trains are cancelled lol",
        "is the group still at {} or has it moved",
        "i used to go to {} but the waitlist was 6 months",
        "everyone in {} knows everyone, thats the problem",
        "my partner got a transfer to {} so we might be moving",
        "my daughter started at {} this term and shes really struggling",
        "sorry was at {} all day with dad, his heart again",
        "yeah the dosing day was at {}, the nurses were lovely",
        "ended up walking home from {} at 2am which wasnt smart",
        "Hi, just to let you know I've referred you on to {} for the next part of your treatment.",
        "been sleeping at my mates in {} most nights",
        "i quit {} today. felt SO good ngl",
    ],
    "ADDRESS": [
        "my new address is {} if u need to post the forms",
        "can u send the letter to {} not my old place",
        "im at {} now, moved out of mums",
        "Thanks for updating us. We have your address as {}, is that right?",
        "its {}, the blue door, buzzer doesnt work so just knock",
        "the taxi can pick me up from {}",
        "I've updated your address to {} on our system.",
        "staying at my sisters, {}, til the end of the month",
        "its {} btw if the nurse is doing a home visit",
        "address for the scripts is {}",
        "they evicted us from {} so im couch surfing",
        "the house at {} where it all happened is up for sale lol",
        "post it to {} pls, mail goes missing at work",
        "meeting point for the walk n talk is outside {}",
        "u can come to {} for the home visit, parking out the back",
        "new flat is {}!! finally my own place",
        "for the courier its {}, leave it w the neighbour if no one answers",
        "i grew up at {}, drove past it today and just sat in the car crying",
        "Could you confirm the address for Thursday's home visit? Is it still {}?",
        "pls dont send anything to {}, my ex still lives there",
        "im at the refuge now, not {} anymore",
        "drop off for the trial kit is {}",
        "the study pack got delivered to {} instead of mine",
        "we're at {}, the flat round the back",
        "emergency contact address is {}",
        "moving to {} next week so pls update it",
    ],
    "DATE": [
        "can we move my appt to {} pls",
        "im free {} after 3",
        "Hi, just a reminder of your appointment on {} at 10:30. Reply Y to confirm.",
        "my court date is {} and im freaking out",
        "last drink was {} so nearly 2 wks now",
        "dosing day is {} right?",
        "cant do {} sorry, got work",
        "started the new meds on {}",
        "{} works for me",
        "mums anniversary is {} so that week will be rough",
        "i go back to uni on {}",
        "Your next session is booked for {} at 2pm.",
        "are we still on for {}?",
        "it happened on {}, the night of the party",
        "my dob is {}",
        "i have a scan on {} so might need to move our call",
        "exams start {} and i havent even started revising",
        "we moved in on {} and its been chaos since",
        "so sorry i missed {}, i was a mess",
        "Could you do {} instead? I have a cancellation at 11am.",
        "integration call on {} still ok with me",
        "the wedding is {} and ill have to see him there",
        "got paid {} and spent half of it at the pub tbh",
        "ill be away till {}",
        "the gp appt is {} at 9:15",
        "my last session was {} i think?",
        "been clean since {} 💪",
    ],
    "AGE": [
        "my nan is {} and still sharper than me",
        "grandad turned {} last week, we had a party at the home",
        "she's {} and lives on her own which stresses me out",
        "my great aunt died at {}, we were really close",
        "hes {} yrs old and refuses to stop driving",
        "my nan is {} years old and shes the only one who calls me",
        "how do u even talk to someone who's {} about this stuff",
        "my grandpa is {} and has dementia now, he doesnt know me",
        "she lived to {}",
        "im the main carer for my gran, she's {}",
        "he made it to {}, which is something i guess",
        "nana's {} now and asks about me every day",
        "my mums mum is {} and moving in with us",
        "my neighbour is {} and honestly my best friend lol",
        "oma passed at {} on tues, funeral is next week",
        "my great grandma is {}!! she still does the crossword",
        "caring for a {} year old while working full time is a lot",
        "at {} she still wants to go home from the care home every day",
        "grandad will be {} this year and keeps saying its his last",
        "pop is {} and had a fall, hes in hospital",
        "my partners dad is {} and its all falling on us",
        "my nanna just turned {} and i couldnt even go to the party",
        "shes {} and still asks when im getting married lol",
        "the oldest lady at the home is {} and shes a legend",
        "gran's {} now, i visit her sundays",
        "my great uncle is {} and the only one left who knew my dad",
    ],
    "PHONE": [
        "my new number is {}",
        "can u call me on {} instead, old phone is broken",
        "text me on {} pls not my work phone",
        "Hi, you can reach the duty worker on {} if you need anything before Thursday.",
        "my mums number is {} if u cant get me",
        "Our crisis line is {}, available 24/7.",
        "the gp rang from {} and i missed it",
        "ok ring me on {} at 2",
        "emergency contact is my sister, {}",
        "its {} btw",
        "i got a missed call from {}, was that u?",
        "pls use {} from now on",
        "number for the pharmacy is {} if u need it",
        "Please call the trial nurse on {} if you notice anything unusual after the dose.",
        "lost my phone, this is my new one {}",
        "call me back on {} when u get a sec",
        "whatsapp me on {}",
        "ur receptionist has my old number, its {} now",
        "The clinic number is {}, press 2 for bookings.",
        "my partners mobile is {} if theres an emergency",
        "its {} for the counsellor line right?",
        "can someone ring {} after 5, im at work til then",
        "the number u gave me ({}) just goes to voicemail",
        "reachable on {} all day tmrw",
        "sorry typo, its {}",
        "work number is {}, ask for me at reception",
    ],
    "EMAIL": [
        "my email is {}",
        "can u send the worksheet to {}",
        "pls use {} not my work one",
        "Hi, could you send the consent form to {}? Thanks",
        "i emailed u from {} did u get it?",
        "new email {} the old one got hacked",
        "send the invoice to {} pls, my dads paying",
        "You can reach me at {} between sessions.",
        "its {} for the zoom link",
        "my gps email is {} if u need to send the letter",
        "cc my partner in pls, {}",
        "ill email the diary to {} tonight",
        "Please reply to {} rather than this address.",
        "did u send it to {}? cant find it",
        "my uni email is {}",
        "emailed {} like u said but no reply yet",
        "the booking confirmation came from {}, is that legit?",
        "best to email me at {} x",
        "For the survey please use {}.",
        "{} is my personal one, use that",
        "send the trial info sheet to {} and ill read it tonight",
        "my social worker is on {}",
        "sorry its {} i spelled it wrong before",
        "i contacted {} about the refund",
        "Email me at {} and I'll send the form over.",
    ],
    "URL": [
        "the booking link is {} right?",
        "i found this on {} is it legit",
        "heres the playlist i had on dosing day {}",
        "zoom link isnt working {}",
        "Here's the worksheet we talked about: {}",
        "Please book your next session at {}",
        "my insta is {} if u wanna see my art",
        "u can find me on tiktok {} lol",
        "this video helped me heaps {}",
        "i did the form at {}",
        "Your video session link is {}, I'll open it 5 minutes early.",
        "the breathing thing u mentioned is it {}?",
        "my blog is {}, i write about my recovery",
        "link for the group: {}",
        "Feedback form is here: {}",
        "i tried {} but it says page not found",
        "ok joined the waiting room at {}",
        "the charity site {} has a good page on cannabis",
        "heres my fundraiser for the walk {}",
        "found ur profile on {}",
        "the app sent me to {} to finish the check in",
        "Please complete the PHQ-9 at {} before Thursday.",
        "copy paste {} into ur browser",
        "is {} the right one? theres 2",
        "been reading {} every night before bed",
    ],
    "SSN": [
        "my ssn is {}",
        "sin is {} for the form",
        "ni number {} i think",
        "my pps no is {}",
        "tfn is {} if u need it for the claim",
        "IRD number {}",
        "do u need my social? its {}",
        "ok my social security number is {}",
        "the form wants my national insurance no, its {}",
        "social insurance number: {}",
        "pps {} sorry didnt have it on me earlier",
        "here u go {} thats my ssn",
        "For the benefits letter we'll need your NI number. I have {}, is that right?",
        "Can you confirm your SSN? We have {} on the intake.",
        "my tax file number {}",
        "ird {}",
        "full ssn is {}, the last 4 on the form were wrong",
        "my sin number is {} i just checked my card",
        "national insurance {}",
        "work need my ssn {} for the leave forms",
        "social {} pls dont share it w anyone",
        "my ni is {}",
        "the welfare office has my ppsn as {}",
        "ssn: {}",
        "My Social Insurance Number is {}.",
    ],
    "ID": [
        "my mrn is {}",
        "participant id {}",
        "Your booking reference is {}.",
        "student number {}",
        "my nhs number is {}",
        "medicare no {}",
        "my nhi is {}",
        "insurance member id {}",
        "case ref {} from the eap",
        "ohip number {} i think",
        "claim number is {} if u need it",
        "my hospital number is {}",
        "Please quote your client number {} when you call.",
        "staff id {}",
        "account no {} for the invoice",
        "the trial code on my card says {}",
        "patient id {} on the wristband",
        "policy number {}",
        "ref {} for the complaint",
        "Your participant number for the study is {}.",
        "zoom meeting id {}",
        "health card {} exp soon tho",
        "my medicaid id is {}",
        "chat ref {} if u need to find this convo",
        "my uni id is {}",
        "member number {} on the back of the card",
    ],
}
