"""A fifty-seventh SYNTHETIC transcript set for benchmarks/deid.py: the fifty-fifth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand,
rarely with their state, province or county, are used as places only, never with a person; every
hospital, clinic, medical centre, health centre, surgery, counselling practice, school, college, church
and workplace name is made up).  Written on 2026-12-07 by an engineer who had NOT seen the
de-identifier's rules, its docs page, its tests or the contents of the earlier sets (only
benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and deid_heldout.py ..
deid_heldout53.py their docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of
deid_heldout19.py, for the format), in one go, before any run; no line of this file was changed after
its first run.  It was first run on main at commit 6cb9803 (the twenty-fifth round's rules) and
measures how the rules do on text they were not written for; it stays a blind set until a later round
makes it a development set.

Style: A SEVENTH SAMPLE, by another writer, of ORDINARY TYPED, TEXT-BASED counselling and therapy (after
deid_heldout28.py, deid_heldout41.py, deid_heldout42.py, deid_heldout44.py, deid_heldout48.py and
deid_heldout51.py, whose docstrings only were read; this one is written its own way, from how people
really type, not from their lists): web-chat counselling (a university's or an employer's counselling
service, a youth or crisis text line, a chat-based alcohol or cannabis brief intervention), text messages
between sessions with a keyworker or care coordinator (booking, moving and confirming appointments),
secure in-app messages on a therapy platform, e-mail between a client and a private therapist, and a
psychedelic trial's between-session check-in messages (dosing day, the integration call).  The
benchmark's generator writes every turn as ``Therapist:``/``Client:``, so each message, the worker's too,
sits inside a ``Client:`` turn, one message per turn.  Typed as people really type: mostly lower case or
careless capitals, little punctuation, dropped apostrophes (``im``, ``cant``, ``shes``, ``mums``),
abbreviations (``u``, ``ur``, ``tmrw``, ``appt``, ``pls``, ``thx``, ``idk``, ``rn``, ``tbh``, ``ngl``,
``cos``, ``n``, ``wknd``, ``fyi``), emoji words (``lol``, ``haha``, ``ugh``, ``omg``, ``:)``, ``:(``,
``xx``), typos (``tommorow``, ``definately``, ``alot``, ``recieved``), run-together sentences, a few
all-caps words (``AGAIN``, ``SO``, ``NOT``), numbers as digits; the counsellor's, keyworker's and
coordinator's side tidier, with capitals and full stops.  Writers from the US, Canada, the UK, Ireland,
Australia and New Zealand, mixed (``mum``, ``mom``, ``mam``, ``nan``, ``pop``, ``oma``, ``arvo``, ``heaps``,
``grand``, ``wee``, ``reckon``, ``keen``, ``sweet as``).
Identifier forms: the forms such people type MOST OFTEN, evenly spread; hard or exotic forms rare (under
one in ten of each type).  Names: a first name alone (the most common, lower case about half the time:
``kira``, ``Declan``), a full name (``tegan whitlock``, ``Rhys Kerrigan``), a surname for a
``dr``/``mr``/``mrs``/``ms`` title in the carrier (``dr ormsby``), a relative's, partner's, friend's,
flatmate's, boss's, sponsor's or keyworker's name after a kin or role word in the carrier, a possessive
``'s`` in the carrier, a name in a greeting or sign-off; rarely a first name with a surname initial
(``jordyn k``), a stretched name (``niamhhh``) or a hyphenated first name (``mary-kate``).  Places: the
town, city or suburb someone lives in, grew up in, is stuck in or drives to, lower case or capitalised
(``geelong``, ``Kamloops``, ``stockport``, ``Mullingar``, ``tauranga``, ``fort wayne``), and made-up
hospitals, medical and health centres, surgeries, clinics, schools, colleges and workplaces, lower case
or capitalised (``ashbourne medical centre``, ``St Columba's Hospital``, ``Riverstone Freight``); rarely a
town with its state, province or county (``geelong vic``, ``nanaimo bc``, ``ennis co clare``).  Addresses
as typed: a street line lower case with a short type (``14 wren st``), capitalised with the full type
(``27 Foxley Road``), with ``unit``/``flat``/``apt``, the Australian/NZ ``3/22 kowhai st``, the Canadian
``2-115 ashgrove ave``, now and then with the town after it; rarely with a postcode, ZIP, postal code or
Eircode.  Dates as typed: ``3/14``, ``14/3``, ``march 3rd``, ``March 3``, ``mar 3``, ``3rd march``, ``12
march``, ``the 14th``, ``14th``, ``tues 9th``, ``thurs the 12th``, ``fri 14/3``, ``14th of march``, the
worker's ``Tuesday 14 March`` and ``Thursday, March 12``; rarely a date of birth (``14/02/1991``), a
two-digit year (``3/14/25``) or a misspelt month (``feburary 3rd``).  Ages over 89 (90-110): digits
(most), the unit and ``turned``/``is`` in the carrier; rarely in words (``ninety four``) or with
``yo``/``yrs`` in the span.  Phones as typed: US and Canadian ``(416) 555-0142``, ``416-555-0142``, ``416
555 0142``, ``4165550142`` (555-01xx fiction numbers), UK mobiles ``07700 900461``/``07700900461`` and
landlines ``0161 496 0732``, Irish ``087 555 0419``, Australian ``0491 570 123`` and ``(03) 5550 1742``,
NZ ``021 555 0194``; rarely with a country code.  Emails: free-mail and ISP addresses of these
countries and invented practice, service, trial and university addresses; now and then a capital first
letter (phone autocapitalisation); rarely ``at``/``dot``.  Web addresses and handles: booking and video
links (``calendly.com/...``, ``doxy.me/...``, ``....janeapp.com``, ``zoom.us/j/...``,
``meet.google.com/...``), invented practice, service, trial and self-help pages with and without
``https://``/``www``, a form, a playlist, a video, a fundraiser, a profile link, an ``@handle``; rarely a
short link.  SSNs as each country's national number (planted as SSN, a judgement call): US SSNs (most),
Canadian SINs, UK NI numbers, Irish PPS numbers, Australian TFNs and NZ IRD numbers, the cue in the
carrier.  IDs (the cue always in the carrier, never in the span): MRNs, hospital numbers, NHS numbers,
Medicare numbers, NHIs, OHIP and health card numbers, insurance member and policy ids, Medicaid ids,
student numbers, EAP case numbers, booking references, participant and screening numbers, client,
account, claim and referral numbers.
A title, kin or role word or possessive next to a name, an article before a place and
``on``/``since``/``til``/``by`` before a date stay outside the span; a date's own words (``tues 9th``,
``the 14th``) are inside it.  ``value`` and the template are drawn independently (deid.py's design), so
now and then a form sits a little oddly in its message, as in a real chat log.
The carrier messages hold words that must NOT be removed: drugs and doses (sertraline 100mg,
naltrexone, quetiapine, melatonin, psilocybin), scales (PHQ-9, GAD-7), clock times (``2pm``, ``10:30``,
``8am``), ages under 90, durations (``30 days``, ``an hour``, ``5 mins``), chat words, kin words as common
nouns and place-like common words (the gp, the pharmacy, uni, work, the ward, the home, school); they
hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# ---------------------------------------------------------------------------------------------- names
_FIRST = ["Kira", "Declan", "Tegan", "Rhys", "Niamh", "Brodie", "Shannon", "Jarrod", "Courtney", "Hamish",
          "Aroha", "Wiremu", "Nadia", "Marcus", "Chelsea", "Dylan", "Kaitlyn", "Brendan", "Ellie", "Mason",
          "Hayley", "Connor", "Zara", "Georgia", "Riley", "Trent", "Sinead", "Orla", "Eoin", "Callie",
          "Darius", "Jasmine", "Tamsin", "Bailey", "Logan", "Paige", "Ruairi", "Ngaire", "Mitchell", "Jaxon",
          "Leah", "Stacey", "Dominic", "Bridget", "Mackenzie", "Tyler", "Brianna", "Jordyn", "Kenzie", "Aiden",
          "Maddie", "Sasha", "Tayla", "Keegan", "Aisling", "Travis", "Dana", "Kelsey", "Ronan", "Mei"]
_LAST = ["Whitlock", "Kerrigan", "Ormsby", "Tremblay", "Henare", "Doyle", "Pemberton", "MacAulay", "Nguyen",
         "Hollis", "Brennan", "Greaves", "Petersen", "Cuthbert", "Radcliffe", "Tait", "Walsh", "Paterson",
         "Lafleur", "Gauthier", "Sandhu", "Mulligan", "Dunphy", "Stroud", "Calder", "Whitaker", "Ferreira",
         "Okonkwo", "Delaney", "Beaumont", "Vickers", "Kilbride", "Ashworth", "Rourke", "Tupou", "Haworth",
         "Fenwick", "McGrath", "Lindgren", "Baptiste", "Sutcliffe", "Rangi", "Hoang", "Pryce", "Carmody"]
_HYPHEN = ["mary-kate", "Anne-Marie", "lily-rose", "Jean-Luc", "rosie-mae", "Ella-Grace"]


def _cased(s: str, r: random.Random, lower: float = 0.5) -> str:
    return s.lower() if r.random() < lower else s


def _person(r: random.Random) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    x = r.random()
    if x < 0.48:
        return _cased(f, r)
    if x < 0.72:
        return _cased(f"{f} {last}", r)
    if x < 0.92:
        return _cased(last, r, 0.4)
    if x < 0.95:
        return f"{f.lower()} {last[0].lower()}"
    if x < 0.975:
        return f.lower() + f[-1] * r.randint(2, 3)
    return r.choice(_HYPHEN)


# --------------------------------------------------------------------------------------------- places
_TOWNS = {
    "us": ["Dayton", "Fort Wayne", "Olympia", "Lubbock", "Toledo", "Akron", "Modesto", "Green Bay", "Provo",
           "Macon", "Allentown", "Reno", "Kenosha", "Yakima"],
    "ca": ["Kamloops", "Sudbury", "Nanaimo", "Peterborough", "Lethbridge", "Moncton", "Brampton", "Regina",
           "Kelowna", "Thunder Bay", "Guelph"],
    "uk": ["Doncaster", "Stockport", "Bolton", "Ipswich", "Exeter", "Carlisle", "Dundee", "Swansea", "Luton",
           "Northampton", "Milton Keynes", "Wakefield"],
    "ie": ["Drogheda", "Mullingar", "Ennis", "Letterkenny", "Tralee", "Naas", "Dundalk", "Portlaoise"],
    "au": ["Penrith", "Geelong", "Toowoomba", "Wollongong", "Cairns", "Dandenong", "Launceston", "Townsville",
           "Parramatta", "Port Macquarie", "Frankston"],
    "nz": ["Tauranga", "Rotorua", "Whanganui", "Invercargill", "Hastings", "Porirua", "Palmerston North",
           "Hamilton", "Papakura"],
}
_REGION = {"us": ["oh", "in", "wa", "tx", "wi"], "ca": ["bc", "ont", "ab", "nb", "sk"],
           "uk": ["yorks", "lancs", "devon"], "ie": ["co clare", "co kerry", "co louth", "co westmeath"],
           "au": ["vic", "nsw", "qld", "tas"], "nz": ["bop", "waikato"]}
_STEM = ["Kestrelwood", "Ashbourne", "Riverstone", "Glenhaven", "Copperbeech", "Marlow Park", "Silverbirch",
         "Oakhurst", "Tidewell", "Bellbrook", "Westmere", "Stonybrook", "Larkfield", "Harbourside", "Pinegate",
         "Fernleigh", "Clearwater", "Hollowbrook", "Wattle Grove", "Redgum"]
_KIND = ["Medical Centre", "Health Centre", "Hospital", "Surgery", "Clinic", "High", "High School", "College",
         "Primary", "Family Practice", "Counselling", "Logistics", "Freight", "Insurance", "Foods", "Motors",
         "Recovery Centre", "Community Health"]
_SAINT = ["Brigid", "Columba", "Aidan", "Finbar", "Hilda", "Jude", "Oswin", "Ita"]


def _town(r: random.Random) -> tuple[str, str]:
    c = r.choice(list(_TOWNS))
    return c, r.choice(_TOWNS[c])


def _facility(r: random.Random) -> str:
    if r.random() < 0.2:
        return f"St {r.choice(_SAINT)}'s {r.choice(['Hospital', 'College', 'Primary', 'Church'])}"
    return f"{r.choice(_STEM)} {r.choice(_KIND)}"


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.55:
        return _cased(_town(r)[1], r)
    if x < 0.92:
        return _cased(_facility(r), r, 0.45)
    c, t = _town(r)
    return f"{t.lower()} {r.choice(_REGION[c])}"


# ------------------------------------------------------------------------------------------ addresses
_STREET = ["Wren", "Foxley", "Banksia", "Kowhai", "Mayfield", "Ashgrove", "Pinecrest", "Hollybank", "Carrington",
           "Lark Hill", "Heron", "Glenview", "Maple Ridge", "Tarrant", "Bellevue", "Colville", "Stirling",
           "Beechwood", "Rata", "Acacia", "Brookfield", "Kingsley", "Thornton", "Cedar Hollow", "Wattle"]
_SHORT = ["st", "rd", "ave", "cres", "dr", "ct", "pl", "tce", "ln", "cl"]
_FULL = ["Street", "Road", "Avenue", "Crescent", "Drive", "Close", "Court", "Place", "Terrace", "Lane", "Way"]


def _address(r: random.Random) -> str:
    n, st = r.randint(1, 199), r.choice(_STREET)
    low = f"{n} {st.lower()} {r.choice(_SHORT)}"
    cap = f"{n} {st} {r.choice(_FULL)}"
    x = r.random()
    if x < 0.34:
        return low
    if x < 0.58:
        return cap
    if x < 0.70:
        unit = r.choice([f"unit {r.randint(1, 12)}", f"flat {r.randint(1, 9)}",
                         f"apt {r.randint(1, 9)}{r.choice('abc')}"])
        return f"{unit} {low}" if r.random() < 0.6 else f"{unit.capitalize()}, {cap}"
    if x < 0.78:
        return f"{r.randint(1, 12)}/{n} {st.lower()} {r.choice(['st', 'rd', 'ave', 'pl', 'cres'])}"
    if x < 0.82:
        return f"{r.randint(1, 9)}-{n} {st.lower()} {r.choice(['ave', 'st', 'dr', 'cres'])}"
    if x < 0.93:
        c, t = _town(r)
        return f"{low} {t.lower()}" if r.random() < 0.5 else f"{cap}, {t}"
    c = r.choice(["us", "uk", "ca", "au", "ie"])
    t = r.choice(_TOWNS[c])
    L = "ABCEGHJKLMNPRSTWXY"
    if c == "us":
        return f"{cap}, {t} {r.choice(['OH', 'IN', 'WA', 'TX'])} {r.randint(10000, 99899)}"
    if c == "uk":
        return (f"{cap}, {t} {r.choice(['SK', 'BL', 'DN', 'EX', 'LU'])}{r.randint(1, 9)} "
                f"{r.randint(1, 9)}{r.choice(L)}{r.choice(L)}")
    if c == "ca":
        return (f"{cap}, {t} {r.choice(['BC', 'ON', 'AB', 'NB'])} {r.choice('VKTLE')}{r.randint(1, 9)}{r.choice(L)} "
                f"{r.randint(1, 9)}{r.choice(L)}{r.randint(1, 9)}")
    if c == "au":
        return f"{low}, {t.lower()} {r.choice(['vic', 'nsw', 'qld'])} {r.randint(2000, 4899)}"
    return f"{cap}, {t}, {r.choice(['A92', 'V95', 'N91', 'V92'])} {r.choice(L)}{r.randint(100, 999)}{r.choice(L)}"


# -------------------------------------------------------------------------------------------------- dates
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"]
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DY = ["mon", "tues", "wed", "thurs", "fri", "sat", "sun"]


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _date(r: random.Random) -> str:
    d, m = r.randint(1, 28), r.randint(1, 12)
    month = _MONTHS[m - 1]
    x = r.random()
    if x < 0.12:
        return f"{m}/{d}"
    if x < 0.22:
        return f"{d}/{m}"
    if x < 0.32:
        return f"{month} {_ord(d)}"
    if x < 0.38:
        return f"{month.capitalize()} {d}"
    if x < 0.44:
        return f"{_MON[m - 1]} {d}"
    if x < 0.51:
        return f"{_ord(d)} {month}" if r.random() < 0.6 else f"{d} {month}"
    if x < 0.60:
        return f"the {_ord(d)}"
    if x < 0.64:
        return _ord(d)
    if x < 0.72:
        return f"{r.choice(_DY)} {_ord(d)}"
    if x < 0.76:
        return f"{r.choice(_DY)} the {_ord(d)}"
    if x < 0.79:
        return f"{r.choice(_DY)} {d}/{m}"
    if x < 0.84:
        return f"{_ord(d)} of {month}"
    if x < 0.92:
        wd = r.choice(_DAYS[:5]).capitalize()
        return f"{wd} {d} {month.capitalize()}" if r.random() < 0.5 else f"{wd}, {month.capitalize()} {d}"
    if x < 0.95:
        return f"{d:02d}/{m:02d}/{r.randint(1958, 2006)}"
    if x < 0.98:
        return f"{m}/{d}/{r.choice([24, 25, 26])}"
    return f"{r.choice(['feburary', 'janurary', 'sept', 'agust', 'wensday'])} {_ord(d)}"


# --------------------------------------------------------------------------------------------------- ages
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    x = r.random()
    if x < 0.86:
        return str(a)
    if x < 0.94:
        if a < 100:
            return "ninety" + (f" {_UNITS[a - 90]}" if a > 90 else "")
        return "a hundred" + (f" and {_UNITS[a - 100]}" if 100 < a < 110 else " and ten" if a == 110 else "")
    return f"{a}{r.choice(['yo', ' yrs', 'yrs'])}"


# ------------------------------------------------------------------------------------------------- phones
def _phone(r: random.Random) -> str:
    x, k = r.random(), r.randint
    if x < 0.36:
        a, tail = r.choice(["416", "604", "312", "503", "905", "614", "780", "617"]), f"01{k(0, 9)}{k(0, 9)}"
        return r.choice([f"({a}) 555-{tail}", f"{a}-555-{tail}", f"{a} 555 {tail}", f"{a}555{tail}",
                         f"{a}.555.{tail}"])
    if x < 0.56:
        if r.random() < 0.65:
            t = f"{k(0, 999):03d}"
            return r.choice([f"07700 900{t}", f"07700900{t}"])
        return r.choice([f"0161 496 0{k(0, 999):03d}", f"020 7946 0{k(0, 999):03d}", f"0117 496 0{k(0, 999):03d}"])
    if x < 0.66:
        if r.random() < 0.7:
            return f"08{r.choice('5679')} 555 0{k(100, 999)}"
        return f"08{r.choice('5679')}5550{k(100, 999)}"
    if x < 0.82:
        if r.random() < 0.65:
            return f"0491 570 {k(100, 999)}" if r.random() < 0.7 else f"0491570{k(100, 999)}"
        return f"({r.choice(['02', '03', '07'])}) 5550 {k(1000, 9999)}"
    if x < 0.94:
        return f"02{r.choice('127')} 555 0{k(100, 999)}" if r.random() < 0.75 else f"(09) 555 {k(1000, 9999)}"
    return r.choice([f"+44 7700 900{k(0, 999):03d}", f"+61 491 570 {k(100, 999)}", f"+1 416 555 01{k(10, 99)}",
                     f"+353 87 555 0{k(100, 999)}", f"+64 21 555 0{k(100, 999)}"])


# ------------------------------------------------------------------------------------------------- emails
_FREE = ["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk",
         "yahoo.com.au", "bigpond.com", "xtra.co.nz", "eircom.net", "live.ca", "btinternet.com", "live.ie"]
_PRACTICE = ["fernleighcounselling.com.au", "tidewellpsychology.co.nz", "northgatewellbeing.org",
             "stillwatertherapy.ca", "lanternmindtrial.org", "harbourlinecounselling.co.uk", "brightfernhealth.ie",
             "studentwellbeing.kestrelwood.ac.uk", "opendoorchat.org", "greenleafeap.com"]


def _email(r: random.Random) -> str:
    f, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower()
    x = r.random()
    if x < 0.7:
        user = r.choice([f"{f}.{last}", f"{f}{last[0]}{r.randint(80, 99)}", f"{f[0]}{last}", f"{f}_{last[0]}",
                         f"{f}{r.randint(1, 30)}", f"{last}.{f[0]}", f"{f}{last}{r.randint(1990, 2007)}"])
        addr = f"{user}@{r.choice(_FREE)}"
    else:
        user = r.choice(["hello", "admin", "intake", "bookings", f, f"{f}.{last}", "checkin"])
        addr = f"{user}@{r.choice(_PRACTICE)}"
    y = r.random()
    if y < 0.1:
        return addr[0].upper() + addr[1:]
    if y < 0.15:
        u, dom = addr.split("@")
        return f"{u} at {dom.replace('.', ' dot ')}"
    return addr


# --------------------------------------------------------------------------------------------------- urls
_SITES = ["fernleighcounselling.com.au", "tidewellpsychology.co.nz", "northgatewellbeing.org",
          "stillwatertherapy.ca", "lanternmindtrial.org", "harbourlinecounselling.co.uk", "brightfernhealth.ie"]
_AZ = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _rid(r: random.Random, n: int) -> str:
    return "".join(r.choice(_AZ) for _ in range(n))


def _handle(r: random.Random) -> str:
    f, last = r.choice(_FIRST).lower(), r.choice(_LAST).lower()
    return r.choice([f"{f}.{last[0]}", f"{f}_{last}", f"{f}{r.randint(1, 99)}", f"{f[:3]}{last[:3]}",
                     f"not{f}", f"{f}.draws", f"{last}{f[0]}_"])


def _url(r: random.Random) -> str:
    x, h, site = r.random(), _handle(r), r.choice(_SITES)
    if x < 0.12:
        return f"calendly.com/{h.replace('.', '-').replace('_', '-')}"
    if x < 0.2:
        return f"doxy.me/{h.replace('.', '').replace('_', '')}"
    if x < 0.28:
        return f"{site.split('.')[0]}.janeapp.com"
    if x < 0.36:
        return f"zoom.us/j/{r.randint(10**9, 10**11 - 1)}"
    if x < 0.4:
        return f"meet.google.com/{_rid(r, 3).lower()}-{_rid(r, 4).lower()}-{_rid(r, 3).lower()}"
    if x < 0.55:
        page = r.choice(["resources", "sleep", "worksheets", "book", "contact", "integration", "grounding", ""])
        pre = r.choice(["", "www.", "https://", "https://www."])
        return f"{pre}{site}/{page}" if page else f"{pre}{site}"
    if x < 0.62:
        return f"forms.gle/{_rid(r, 10)}"
    if x < 0.67:
        return f"open.spotify.com/playlist/{_rid(r, 22)}"
    if x < 0.72:
        return f"youtu.be/{_rid(r, 11)}"
    if x < 0.77:
        verb, who = r.choice(['help', 'support', 'get']), h.split('.')[0].split('_')[0]
        return f"gofundme.com/f/{verb}-{who}-{r.choice(['recover', 'home', 'rehab'])}"
    if x < 0.85:
        return f"{r.choice(['instagram.com', 'tiktok.com/@', 'twitter.com', 'facebook.com'])}/{h}".replace("/@/", "/@")
    if x < 0.94:
        return f"@{h}"
    return f"bit.ly/{_rid(r, 7)}"


# --------------------------------------------------------------------------------------------------- ssns
def _ssn(r: random.Random) -> str:
    x, k = r.random(), r.randint
    if x < 0.45:
        a = r.choice([k(100, 665), k(667, 899)])
        g, s = k(1, 99), k(1, 9999)
        return r.choice([f"{a:03d}-{g:02d}-{s:04d}"] * 3 + [f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"])
    if x < 0.57:
        p = f"{k(1, 7)}{k(0, 99):02d}"
        q, s = f"{k(0, 999):03d}", f"{k(0, 999):03d}"
        return r.choice([f"{p} {q} {s}", f"{p}-{q}-{s}", f"{p}{q}{s}"])
    if x < 0.72:
        a, b = r.choice("ABCEGHJKLMNPRSTWXY"), r.choice("ABCEGHJLMNPRSTWXY")
        digs = f"{k(0, 99):02d}{k(0, 99):02d}{k(0, 99):02d}"
        sfx = r.choice("ABCD")
        form = r.choice([f"{a}{b} {digs[:2]} {digs[2:4]} {digs[4:]} {sfx}", f"{a}{b}{digs}{sfx}",
                         f"{a}{b}{digs}{sfx}".lower()])
        return form
    if x < 0.82:
        return f"{k(1000000, 9999999)}{r.choice('ABCDEFGHKLMNPRTW')}{r.choice(['', '', 'A'])}"
    if x < 0.92:
        return r.choice([f"{k(100, 999)} {k(100, 999)} {k(100, 999)}", f"{k(100000000, 999999999)}"])
    return r.choice([f"{k(10, 140)}-{k(100, 999)}-{k(100, 999)}", f"0{k(10, 140)}-{k(100, 999)}-{k(100, 999)}"])


# ----------------------------------------------------------------------------------------------------- ids
_NHI = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _id(r: random.Random) -> str:
    x, k = r.random(), r.randint
    if x < 0.12:
        return str(k(1000000, 99999999))
    if x < 0.22:
        a, b, c = k(400, 799), k(100, 999), k(1000, 9999)
        return f"{a} {b} {c}" if r.random() < 0.7 else f"{a}{b}{c}"
    if x < 0.31:
        return f"{k(2000, 6999)} {k(10000, 99999)} {k(1, 9)}" if r.random() < 0.7 else f"{k(2000000000, 6999999999)}"
    if x < 0.38:
        v = "".join(r.choice(_NHI) for _ in range(3)) + str(k(1000, 9999))
        return v.lower() if r.random() < 0.35 else v
    if x < 0.45:
        return r.choice([f"{k(1000, 9999)}-{k(100, 999)}-{k(100, 999)}", f"{k(1000, 9999)} {k(100, 999)} {k(100, 999)} "
                         f"{r.choice(_NHI)}{r.choice(_NHI)}"])
    if x < 0.54:
        return f"{r.choice(['W', 'XJH', 'MBR', 'U'])}{k(10**7, 10**9 - 1)}"
    if x < 0.61:
        return r.choice([f"BK-{k(10000, 99999)}", _rid(r, 6).upper()])
    if x < 0.69:
        return r.choice([f"P-{k(1, 999):04d}", f"LMT-{k(100, 999)}", f"{k(1, 3)}-{k(100, 999)}", f"S{k(100, 999)}"])
    if x < 0.76:
        return r.choice([f"s{k(1000000, 9999999)}", f"{k(2019, 2025)}{k(1000, 9999)}"])
    if x < 0.83:
        return r.choice([f"EAP-{k(100000, 999999)}", f"C{k(10000, 99999)}", f"GL{k(100000, 999999)}"])
    if x < 0.9:
        return r.choice([f"CLM-{k(1000000, 9999999)}", f"{k(10**7, 10**8 - 1)}"])
    if x < 0.95:
        return f"{r.choice(_NHI)}{r.choice(_NHI)}{k(10000, 99999)}{r.choice(_NHI)}"
    return r.choice([f"REF{k(10000, 99999)}", f"{k(100, 999)}-{k(1000, 9999)}-{k(10, 99)}"])


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "hey its me again, {} said i should message u before it gets bad again",
        "me and {} had a massive fight last night and i didnt sleep at all",
        "my flatmate {} keeps bringing people back and i cant relax in my own room",
        "Hi, this is {} from the counselling service, just checking you got my last message.",
        "dr {} upped my sertraline to 100mg and i feel kinda flat tbh",
        "can u pls tell {} i cant make it, my phone is nearly dead",
        "{} is my bf, hes been really good about the drinking stuff",
        "ngl i havent told my mum about {} yet idk how she would take it",
        "my keyworker {} said to text this number if i need to change the appt",
        "Thanks for your message. I have passed it on to {}, who will be in touch tomorrow.",
        "omg {} found my vape and now shes not talking to me lol",
        "i stayed at {}'s last night cos i didnt want to be home",
        "mrs {} from school rang mum about me skipping AGAIN",
        "hi {}, sorry for the late reply its been a rough week",
        "my boss {} keeps asking me to stay late and i cant say no",
        "Kind regards, {}",
        "thx again {} x",
        "my sister {} wants to come to the next session if thats ok",
        "{} keeps sending me stuff in the group chat about going out and it doesnt help",
        "the guide on dosing day was {} i think, she was lovely",
        "ms {} wants a letter for my extension, can u do that?",
        "my ex {} turned up at work AGAIN, im so done",
        "I'm covering for {} this week while she is on leave, so you can reply to me here.",
        "me n {} smoked after work 3 nights this week, i know i know",
        "my son {} has started refusing to go to school and i dont know what to do",
        "mr {} said i can leave class if i feel a panic attack coming",
        "honestly {} is the only person i actually trust rn",
        "can i bring {} to the integration call? they're my partner",
        "{} my sponsor told me to just keep showing up",
        "Hi, it's {} here, your care coordinator. Just checking in after the weekend.",
        "sorry this is {} on my mums phone, mine got cut off",
    ],
    "LOCATION": [
        "im stuck in {} til the weekend so can we do the call on the phone",
        "i grew up in {} and going back there always sets me off",
        "we moved to {} last year and i dont know anyone",
        "the bus from {} takes like an hour so i might be late",
        "i got referred from {} after the overdose thing",
        "Our nearest office is in {}, would that be easier for you to get to?",
        "my mum works at {} so i cant go there for help, everyone knows her",
        "i start at {} next week, SO nervous",
        "got discharged from {} this morning, feel weird",
        "theres a walk in clinic near {} but the wait is insane",
        "just got back from {} for the funeral, im wrecked",
        "i used to drink every night when i lived in {}",
        "the gp at {} said to self refer to you guys",
        "i work night shift at {} and my sleep is all over the place",
        "can i do the session from my car, im parked outside {}",
        "my nan lives out near {} so i go there most weekends",
        "they want me to go to the detox at {} but its so far",
        "The trial visits are at {}, second floor, just ask at reception.",
        "i drove to {} and just sat in the car crying lol",
        "my dad is in hospital in {} and i cant get there",
        "im at {} now, theyre keeping me overnight",
        "thinking of quitting {} honestly the stress is killing me",
        "we used to get the train into {} and buy weed off this guy",
        "do u have anyone who does counselling in {}? thats closer for me",
        "im at my cousins in {} for a few days, will have signal hopefully",
        "got kicked out of {} in year 10 and never went back",
        "Is it easier for you to get to our {} clinic or to do it by video?",
        "the pharmacy in {} didnt have my quetiapine so im out",
    ],
    "ADDRESS": [
        "my new address is {} if u need to send the letter",
        "can u send the forms to {} pls",
        "im at {} now, moved out of mums",
        "Just confirming the address we have for you is {}. Is that still correct?",
        "the home visit is at {} right? the buzzer doesnt work just text me",
        "ive been staying at {} with my aunty",
        "{} is where im staying til the housing comes through",
        "its {}, the one with the blue door",
        "address for the pharmacy delivery is {}",
        "Please let us know if you have moved from {}.",
        "ok so its {} but the letters keep going to the old place",
        "update: new place is {} :)",
        "can u pick me up from {} at 9",
        "sorry the address is {} not what i wrote on the form",
        "i live at {} fyi, ground floor",
        "The taxi will collect you from {} at 8am on dosing day.",
        "my dads place is {} if im not home",
        "moved into {} last wknd, still no internet lol",
        "can the letter go to {} instead? dont want mum opening it",
        "the refuge is at {} but pls dont write that down anywhere",
        "postal address is {}",
        "ya its {}",
        "We have your address as {}, please reply YES to confirm.",
        "im round the corner from the clinic at {}",
        "the party was at {} and thats when it all kicked off",
        "{} - thats the new flat",
        "pls update my address to {} thx",
    ],
    "DATE": [
        "can we move my appt to {}",
        "Your next appointment is on {} at 10:30. Reply Y to confirm or N to cancel.",
        "i cant do {}, ive got work",
        "dosing day was {} and im still kinda buzzing tbh",
        "its been hard since {}, thats when i relapsed",
        "see u {} :)",
        "Hi, just a reminder of your session on {} at 2pm.",
        "i have court on {} can u write something for me",
        "is {} still ok for the integration call?",
        "my last drink was {}",
        "I'm on leave until {}, so my colleague will cover.",
        "we broke up on {} and i havent been right since",
        "my dob is {}",
        "i missed {} cos i was sick sorry",
        "ok {} works, thx",
        "the uni deadline is {} and i havent even started",
        "{} at 4pm? or is that too late",
        "started the naltrexone on {} like u said",
        "Can you confirm you're still free on {}?",
        "mums birthday is {} and i always spiral around then",
        "i go back to work on {} and im dreading it",
        "I've booked you in for {} at 11am with the nurse.",
        "been 30 days sober since {} !!!",
        "i think the next one is {}? cant find the text",
        "The group starts {}, 6 to 7.30pm, and it's online.",
        "hospital said the scan is {}",
        "moved out {} so its all still new",
        "idk if i can make {}, can i let u know tmrw",
    ],
    "AGE": [
        "my nan is {} and still lives on her own",
        "grandad turned {} last week, we had cake at the home",
        "looking after my great aunt, shes {} and gets confused at night",
        "my neighbour is {} and i do her shopping, its the only thing that gets me out",
        "she's {} and she still worries about me lol",
        "Thanks for letting me know. Caring for someone who is {} is a lot on your own.",
        "my pop is {} so we're kind of waiting for the call every day",
        "nana died last month she was {}",
        "mums mum is {} and mum is basically her full time carer",
        "grandad's {} and he still drives, its terrifying",
        "my great gran is {} can u believe it",
        "i visit a lady whos {} from church every week",
        "he was {} when he passed and i still feel guilty i wasnt there",
        "i look after my oma, shes {}",
        "You mentioned your grandmother is {}. How are things at home with her?",
        "nan turns {} next month, whole family is coming and i dont want to go",
        "shes {} years old and sharper than me haha",
        "my grandad is {} and has dementia, he doesnt know who i am some days",
        "dads uncle is {} and lives with us now, its cramped",
        "the old man next door is {} and he yells at us over the fence",
        "my great grandma is turning {} and its a whole thing",
        "she lived til {} so i guess i shouldnt be sad but i am",
        "caring for my grandmother ({}) while working full time is breaking me",
        "he's {}, hard of hearing, so phone calls are hard",
        "my nan, {}, is the only one who knows about the counselling",
        "gran is {} n still does the crossword every morning",
    ],
    "PHONE": [
        "my new number is {} pls update it",
        "can u call me on {} instead, i lost my old phone",
        "text me on {} not the house phone",
        "If you need us sooner, call the duty line on {}.",
        "mums number is {} if u cant get me",
        "{} is my work mobile, dont text after 5 pls",
        "call {} if its urgent",
        "the number they gave me was {} but it just rings out",
        "my partners number {} in case of emergency",
        "You can reach me directly on {} between 9 and 5.",
        "its {} now, changed providers",
        "i rang {} last night when it got bad",
        "the trial nurse said to ring {} if i had any weird side effects",
        "new num {}",
        "ok my mobile is {}",
        "can u ring me on {} after 3pm",
        "Please save this number: {}. It's the after-hours line.",
        "i tried {} but it said not in service",
        "dads mobile is {}",
        "missed call from {} was that u guys?",
        "{} is the landline, mobile signal is rubbish here",
        "if i dont answer try {}",
        "the pharmacy number is {}",
        "whats the best number, i have {} saved",
        "can i text {} any time or just office hours?",
        "my emergency contact is my sister, {}",
    ],
    "EMAIL": [
        "my email is {}",
        "can u send the worksheet to {} pls",
        "new email {} the old one got hacked",
        "Please email me at {} if you'd like to reschedule.",
        "send it to {} not my work one",
        "{} is the best way to reach me",
        "did u get my email? i sent it from {}",
        "I've copied in my colleague at {}.",
        "my mums email is {} for the consent thing",
        "the trial coordinator email is {}",
        "pls dont use {} anymore, my ex has the password",
        "email: {}",
        "can u resend the link to {}",
        "I'm away at the moment, but you can contact {} in the meantime.",
        "its {} all lowercase",
        "sent u the form from {}",
        "my uni email is {} but i never check it",
        "Invoice sent to {}, let me know if it doesn't arrive.",
        "hey its me, emailing from {} bc my phone died",
        "if u email {} put counselling in the subject",
        "the receipt for the insurance needs to go to {}",
        "could u add {} to the invite",
        "reply to {} pls i dont check the other one",
        "whats ur email? mine is {}",
        "i think i typed it wrong, its {}",
    ],
    "URL": [
        "the booking link is {}",
        "Here's the link for our session: {}",
        "i found this on {} and it actually helped",
        "can u resend {} i cant find it",
        "fill in the form at {} before the call pls",
        "my playlist for dosing day {} lol",
        "this is the one i was talking about {}",
        "Please complete the check-in questionnaire here: {}",
        "my sister made a fundraiser {} for the rehab costs",
        "the worksheet is at {}",
        "the link {} isnt working for me",
        "You can rebook any time at {}.",
        "follow me on {} if u want lol jk",
        "my art stuff is on {} if u wanna see what i was talking about",
        "the meeting link was {} right?",
        "the support group has a page {}",
        "{} <- this video made me cry",
        "I've added some grounding exercises to {}.",
        "idk if this is allowed but {} is my blog",
        "the waiting room is {}, just click it 5 mins before",
        "the integration resources are on {}",
        "my ex keeps posting about me on {}",
        "got the link {} from the flyer at the gp",
        "is {} the right site for the sleep course?",
        "New video link for today: {}",
    ],
    "SSN": [
        "my ssn is {}",
        "for the form, ssn {}",
        "do u need my social? its {}",
        "my SIN is {}",
        "ni number {} i think",
        "Could you double check your National Insurance number? We have it as {}.",
        "tfn is {}",
        "my pps is {}",
        "ird number {}",
        "social security {} sorry took me ages to find the card",
        "We have your SSN as {}, is that right?",
        "its {} for the social",
        "my sin number {} for the tax receipt",
        "my nat insurance no is {}",
        "mums ssn is {} for the caregiver thing",
        "{} thats my social",
        "pps no. {}",
        "they asked for my tax file number, its {}",
        "ird {} for the work thing",
        "ok ssn: {}",
        "sorry wrong one, social is {}",
        "Thanks, I've noted your NI number as {}.",
        "my social insurance number is {}",
        "i put {} as my ssn on the form, hope thats right",
        "is it safe to send my ssn on here? {}",
    ],
    "ID": [
        "my mrn is {}",
        "nhs number {}",
        "medicare no {}",
        "my nhi is {}",
        "ohip {} for the form",
        "member id {}",
        "Your booking reference is {}.",
        "participant number {} i think?",
        "my student number is {}",
        "EAP case number {}",
        "the claim number is {}",
        "policy number {} for the insurance",
        "hospital number {} if u need it for the referral",
        "medicaid id {}",
        "account no. {}",
        "Please quote your client number {} when you call.",
        "my health card number is {}",
        "ref no {}",
        "the trial id on my card says {}",
        "they gave me a case ref {}",
        "screening number {}",
        "insurance id is {}",
        "Your participant ID for the check-ins is {}.",
        "ur system has me under client no {}",
        "my medicare card is {} if thats what u need",
        "referral number {} from the gp",
    ],
}
