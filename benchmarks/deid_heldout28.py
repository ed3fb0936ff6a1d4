"""A thirtieth SYNTHETIC transcript set for benchmarks/deid.py: the twenty-eighth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New
Zealand are used as places only, never with a person; every counselling service, practice, clinic,
trial site, school, university, youth hub, church, gym, café and workplace name is made up).
Written on 2026-12-07 by an engineer who had NOT seen the de-identifier's rules, its docs page, its
tests or the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged in and
scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout27.py their docstrings, plus the
``value`` signature and the ``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go,
before any run; no rule and no line of this file was changed after its first run.  It was first
run on the fourteenth round's rules (main at commit 2fe9f16) and measures how the rules do on text
they were not written for; it stays a blind set until a later round makes it a development set.

Style: ORDINARY TYPED, TEXT-BASED counselling and therapy, as clients and counsellors really type
it: web-chat counselling sessions (a university's and an employer's counselling service live chat,
a youth service's chat, a chat-based motivational-interviewing and brief-intervention service for
drinking and cannabis), text-message support between sessions (a keyworker or care coordinator
texting a client to confirm or move an appointment, the client texting back), secure in-app
messages on a therapy platform, e-mail exchanges between a client and a private therapist (``Hi
...``, ``Kind regards``, ``Sent from my iPhone``), and a psychedelic trial's between-session
check-in messages (``day 3 after dosing``, the integration call).  Exported as a chat log: a name
or role and a clock time before each message (``[14:02] Counsellor:``, ``client 3:41 PM``,
``Me:``, ``Them:``, ``You 9.15pm``), several short messages in a row from one person, one to a
line (the benchmark's generator writes every turn as ``Therapist:``/``Client:``, so these lines sit
inside the ``Client:`` turn).  Typed the way ordinary people type on a phone or keyboard: lower case
(names and towns too, often), missing apostrophes and full stops, ``u``/``ur``/``tmrw``/``thx``/
``pls``/``ngl``/``lol``, a few typos, ASCII smileys and kisses (``:)``, ``:(``, ``x``); the counsellors
tidier.  Writers from the US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``,
``mom``, ``mam``, ``arvo``, ``heaps``, ``grand``, ``eh``, ``reckon``, ``wee``).
Identifier forms: MOSTLY ordinary, typed the way people type them in such chats, with a minority of
harder ones, chosen to differ from the earlier docstrings' lists where possible: a partner's,
flatmate's, boss's or mate's first name alone (by far the most common form, ``my mate dave``,
``jess``), capitalised or not, full names in lower case, a surname after ``dr``/``mr``/``mrs``/``ms``
(the title in the carrier, often lower case without a full stop), a possessive with the ``'s`` in
the carrier and the same possessive typed without its apostrophe (``at daves``, the ``s`` in the
carrier), a name as the sender label of a chat line (``[14:05] Kayla:``), a name in an e-mail's
greeting or sign-off, a first name with a surname initial, a stretched or misspelt first name as
people type it (``saraaah``, ``racheal``), an ``O'`` surname with the apostrophe dropped
(``obrien``), short forms (``steph``, ``tash``, ``bec``, ``em``), Irish names typed without the fada
(``saoirse``, ``caoimhe``), Maori names, and word-names (``will``, ``mark``, ``rose``, ``dawn``,
``hope``, ``bill``).  Places: the suburb or town someone lives in, is stuck in, or drives to,
typed lower case or capitalised (``bendigo``, ``Kelowna``, ``Swindon``, ``Athlone``, ``Napier``,
``Tempe``), chat abbreviations and local short forms (``parra``, ``brissy``, ``melb``, ``chch``,
``akl``, ``sauga``, ``nola``, ``manc``, ``the gong``), multi-word towns, a town with its state,
province or county typed after it (``kelowna bc``, ``naas co kildare``), and made-up universities,
youth hubs, schools, clinics, gyms, cafés and workplaces.  Addresses as typed in a text (``14
kingsmere cres``, ``7/31 grevillea pde``, ``flat 2 19 dunmore rd``, ``apt 4b 1820 w sycamore st``, ``45a
tui st``), a street line with no street type (``14 kingsmere``), with a town, a ZIP, a UK postcode,
a Canadian postal code or an Eircode, a unit with ``#``, and a corner as two streets (``palmer st & ridge
rd``).  Dates as typed in chats and texts: ``fri the 12th``, ``fri 12th``, ``the 12th``, ``12th``,
``12/3``, ``3/12``, ``12/03``, ``12.3``, ``12/3/25``, ``mar 12``, ``12 mar``, ``12th march``,
``march 12th``, ``12th of march``, ``tues 3rd``, ``sat 22/3``, ``sept 9th``, misspelt month and day
names (``feburary 3rd``, ``wensday 4th``), a counsellor's ``Tuesday 12 March`` and ``Thu 12
Mar``, and a date of birth for an intake form (``14/02/1987``, ``02-14-1987``).  Ages over 89
(90-110) of a nan, grandad or great-aunt: digits, words (``ninety two``, ``ninety-two``, ``a
hundred``), with ``yo``/``yrs``/``yr old`` inside the span now and then, and a birthday ordinal
(``93rd``).  Phones, mostly someone's own mobile typed into a text: US and Canadian ``555-01xx``
numbers with brackets, dashes, dots, none or a ``+1``, UK ``07700 900xxx`` mobiles with and without
spaces or a ``+44``, Irish mobiles, Australian ``04xx`` mobiles and ``(02)`` landlines, NZ ``02x``
mobiles, and a number with its groups joined oddly (``0412-570-123``, ``07700-900-123``).  Emails:
free-mail and ISP domains of these countries, invented practice, service and university addresses,
an autocapitalised first letter, a space typed before the ``@`` now and then, ``at``/``dot`` to
dodge spam, and an address cut off after the provider (``jessh92@gmail``).  URLs: therapy platforms'
booking and waiting-room links with invented handles (``doxy.me/...``, ``....janeapp.com``,
``....clientsecure.me``, ``....cliniko.com/bookings``, ``calendly.com/...``), a Zoom or Meet link,
a Google Forms or short link, a worksheet or a self-help page on an invented service's site, a
playlist and a video, with and without ``https://`` and ``www``.  SSNs, as each country's national
number (planted as SSN -- a judgement call): US social security numbers, Canadian SINs, UK National
Insurance numbers (also typed in lower case), Irish PPS numbers, Australian tax file numbers and NZ
IRD numbers, the cue in the carrier.  IDs (the cue always in the carrier, never in the span): NHS
numbers, Australian Medicare numbers, NZ NHIs (also lower case), Ontario health card numbers, MRNs,
student and staff numbers, an EAP case reference, a chat-service session reference, a booking
reference, a trial participant number, an insurance member id, a claim number, a Zoom meeting id.
A title, kin word or possessive ``'s`` next to a name, a chat line's role label and clock time and
an article before a place stay outside the span; a date's own words (``fri the 12th``, ``12th of
march``) are inside it.  ``value`` and the template are drawn independently (deid.py's design), so
now and then a form sits a little oddly in its message, as in a real chat log.
The carrier messages hold words that must NOT be removed: drugs and doses (sertraline 50mg,
propranolol, quetiapine 25mg, naltrexone, psilocybin 25mg, melatonin), scales and numbers (PHQ-9,
GAD-7, K10, AUDIT, ``a 6/10``, ``3 drinks``), clock times (``14:02``, ``3:41 PM``, ``9.15pm``), ages
under 90, weekdays alone, durations (``50 mins``, ``2 wks``), chat words (``tmrw``, ``thx``, ``lol``,
``ngl``), kin words as common nouns (my mum, my nan, the kids, my ex, my flatmate) and place-like
common words (the uni, the office, the gym, the clinic, the pharmacy, halls, the service, work).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

FIRST = ["dave", "jess", "sarah", "mike", "chloe", "liam", "emma", "josh", "kate", "ben", "amy", "ryan", "megan",
         "tom", "hannah", "sean", "ciara", "niamh", "callum", "jack", "mia", "zoe", "ella", "nathan", "tyler",
         "brooke", "kayla", "jordan", "dylan", "shannon", "kirsty", "stacey", "darren", "wayne", "gemma", "leanne",
         "paul", "andrew", "karen", "lisa", "michelle", "steve", "craig", "brendan", "declan", "aidan", "courtney",
         "jasmine", "maddie", "harrison", "cooper", "riley", "mason", "tayla", "jade", "nikki", "dean", "scott",
         "lauren", "rachel", "danielle", "kyle", "brandon", "ashley", "melissa", "jenna", "trent", "marcus",
         "priyanka", "arjun", "mei", "tuan", "fatima", "omar", "tegan", "keira", "rory", "eilidh", "ewan"]
IRISH = ["saoirse", "caoimhe", "oisin", "eoin", "padraig", "aoife", "grainne", "sinead", "ronan", "clodagh"]
MAORI = ["tama", "mere", "wiremu", "ngaio", "rawiri", "hemi", "anahera", "manaia", "kahu", "tui"]
SHORT = ["steph", "tash", "bec", "em", "soph", "nic", "liz", "jacko", "mags", "rob", "chris", "al", "jen", "nat"]
WORDNAMES = ["will", "mark", "rose", "dawn", "hope", "bill", "joy", "pat"]
STRETCHED = ["saraaah", "jesss", "bennn", "racheal", "micheal", "jessika", "stephanie", "kaytlin", "brittney",
             "shaun"]
LAST = ["keane", "walsh", "murphy", "nguyen", "patel", "thompson", "harris", "mckenzie", "fletcher", "doyle",
        "gagnon", "macdonald", "chen", "singh", "wilson", "hughes", "gallo", "kerr", "ashworth", "pearce",
        "lawson", "dunne", "kowalski", "ahmed", "tanner", "rowe", "sutherland", "ngata", "tuilagi", "bouchard",
        "osullivan", "obrien", "oconnor", "mcgrath", "henderson", "parata", "larkin", "whelan", "cho", "fraser"]

TOWNS = ["bendigo", "ballarat", "penrith", "cairns", "townsville", "mandurah", "logan", "wodonga", "mildura",
         "kelowna", "kamloops", "sudbury", "lethbridge", "nanaimo", "barrie", "oshawa", "fredericton", "peterborough",
         "swindon", "croydon", "luton", "preston", "blackpool", "hull", "falkirk", "paisley", "wakefield",
         "athlone", "tralee", "dundalk", "bray", "swords", "naas", "carlow", "letterkenny", "portlaoise",
         "napier", "nelson", "whangarei", "timaru", "papatoetoe", "hastings", "gisborne", "taupo", "invercargill",
         "tempe", "olympia", "reno", "tulsa", "boulder", "savannah", "medford", "akron", "des moines", "bellingham"]
MULTI = ["lower hutt", "fort collins", "milton keynes", "castle hill", "port macquarie", "grande prairie",
         "prince george", "ann arbor", "st albans", "mount maunganui", "bondi junction", "salt lake city",
         "new plymouth", "kings lynn", "glen waverley", "port coquitlam"]
SLANG = ["parra", "brissy", "melb", "chch", "akl", "sauga", "nola", "manc", "the gong", "wello", "scarbs",
         "the valley", "nyc", "the bronx", "lanny", "rocky"]
WITH_REGION = ["kelowna bc", "naas co kildare", "bendigo vic", "tempe az", "ipswich qld", "barrie ontario",
               "tralee co kerry", "bellingham wa", "fredericton nb", "mandurah wa", "napier hb", "hull east yorks",
               "boulder colorado", "mildura victoria", "portlaoise co laois"]
PLACE_A = ["Harrier Park", "Greyfield", "Northgate", "Riverbend", "Tannery Lane", "Harbourview", "Westmere",
           "Ashcombe", "Larkhill", "Brightwater", "Cedar Hollow", "Millbrook", "Fernside", "Oakridge"]
PLACE_B = ["High", "Community Centre", "Youth Hub", "uni", "Medical Centre", "Health Centre", "Primary",
           "College", "gym", "cafe", "Leisure Centre", "counselling service", "Grammar", "Baptist church"]

STREETS = ["kingsmere", "grevillea", "dunmore", "elm", "kowhai", "tui", "hazelmere", "sycamore", "hillcrest",
           "sandringham", "wattle", "totara", "birchgrove", "fairview", "ashgrove", "clifton", "larch",
           "parnell", "kingfisher", "glenview", "cotswold", "jacaranda", "marlow", "rata"]
ST_TYPE = ["st", "rd", "ave", "cres", "pde", "dr", "ct", "pl", "tce", "lane", "way", "close", "grove", "street",
           "road", "avenue", "crescent", "drive"]

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
MON3 = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"]
DAYS = ["mon", "tues", "weds", "thurs", "fri", "sat", "sun"]
DAYS_FULL = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MISSPELT_MONTH = ["feburary", "febuary", "janurary", "agust", "septmber", "novmber", "decmber", "aprill"]
MISSPELT_DAY = ["wensday", "wednsday", "thrusday", "tuseday", "firday", "saterday"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

FREEMAIL = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "live.ie",
            "bigpond.com", "optusnet.com.au", "xtra.co.nz", "shaw.ca", "rogers.com", "btinternet.com",
            "yahoo.co.nz", "me.com", "protonmail.com", "eircom.net", "outlook.com.au"]
ORGS = ["harbourlightcounselling", "riverbendwellbeing", "northgateyouth", "tanneryhub", "harriercounselling",
        "brightwatertherapy", "cedarhollowpsych", "millbrookeap", "larkhillclinic", "fernsidepsychology",
        "greyfieldchat", "oakridgestudentlife"]
PAGES = ["book", "book-online", "worksheets", "resources/grounding", "chat", "fees", "self-help"]
ORG_TLD = ["com", "org", "co.nz", "com.au", "org.au", "ca", "co.uk", "org.uk", "ie", "net"]


def _suffix(d: int) -> str:
    return "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _cap(s: str, r: random.Random, p: float = 0.4) -> str:
    return " ".join(w.capitalize() for w in s.split(" ")) if r.random() < p else s


def _first(r: random.Random) -> str:
    x = r.random()
    if x < 0.7:
        return r.choice(FIRST)
    if x < 0.8:
        return r.choice(IRISH)
    if x < 0.9:
        return r.choice(MAORI)
    return r.choice(SHORT)


def _person(r: random.Random) -> str:
    x = r.random()
    if x < 0.46:
        return _cap(_first(r), r, 0.4)
    if x < 0.58:
        return _cap(f"{_first(r)} {r.choice(LAST)}", r, 0.35)
    if x < 0.68:
        last = r.choice(LAST)
        if last.startswith("mc") and r.random() < 0.5:
            return "Mc" + last[2:].capitalize()
        return _cap(last, r, 0.5)
    if x < 0.75:
        return f"{_cap(r.choice(FIRST), r, 0.4)} {r.choice('abcdefghjklmnprstw')}"
    if x < 0.81:
        return _cap(r.choice(SHORT), r, 0.3)
    if x < 0.87:
        return _cap(r.choice(WORDNAMES), r, 0.3)
    if x < 0.93:
        return _cap(r.choice(STRETCHED), r, 0.3)
    if x < 0.97:
        return r.choice(["O'Brien", "o'connor", "O'Sullivan", "obrien", "oconnor", "osullivan", "McGrath",
                         "mcgrath", "O'Neill", "oneill"])
    return _cap(f"{r.choice(FIRST)}-{r.choice(['mae', 'rose', 'jane', 'lee', 'grace'])}", r, 0.4)


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.45:
        return _cap(r.choice(TOWNS), r, 0.45)
    if x < 0.57:
        return _cap(r.choice(MULTI), r, 0.4)
    if x < 0.69:
        return r.choice(SLANG)
    if x < 0.79:
        return r.choice(WITH_REGION)
    place = f"{r.choice(PLACE_A)} {r.choice(PLACE_B)}"
    return place.lower() if r.random() < 0.4 else place


def _street(r: random.Random) -> str:
    return f"{r.choice(STREETS)} {r.choice(ST_TYPE)}"


def _postcode(r: random.Random) -> str:
    L, D = "ABCDEFGHJKLMNPRSTWY", "0123456789"
    kind = r.randrange(5)
    if kind == 0:  # UK
        return f"{r.choice(['LS', 'SN', 'PR', 'FY', 'HU', 'CR', 'LU', 'WF'])}{r.randint(1, 19)} {r.randint(1, 9)}" \
               f"{r.choice(L)}{r.choice(L)}"
    if kind == 1:  # Eircode
        return f"{r.choice(['D15', 'D24', 'N37', 'V92', 'A91', 'W91', 'C15', 'A98'])} {r.choice(L)}{r.choice(D)}" \
               f"{r.choice(L)}{r.choice(D)}"
    if kind == 2:  # Canada
        return f"{r.choice('KLMNPTV')}{r.choice(D)}{r.choice(L)} {r.choice(D)}{r.choice(L)}{r.choice(D)}"
    if kind == 3:  # US ZIP
        return f"{r.randint(10, 99)}{r.randint(100, 999)}"
    return str(r.randint(2000, 7999)) if r.random() < 0.6 else str(r.randint(1010, 9893))  # AU / NZ


def _address(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.34:
        return _cap(f"{n(1, 260)} {_street(r)}", r, 0.3)
    if x < 0.44:
        return f"{n(1, 12)}/{n(2, 140)} {_street(r)}"
    if x < 0.52:
        unit = r.choice(["flat", "Flat", "unit", "Unit", "apt", "Apt"])
        return f"{unit} {n(1, 24)}{r.choice(['', '', 'b', 'a'])} " \
               f"{n(2, 300)} {_street(r)}"
    if x < 0.58:
        return f"{n(2, 98)}{r.choice('abc')} {_street(r)}"
    if x < 0.64:
        return f"{n(1, 99)} {r.choice(STREETS)}"
    if x < 0.74:
        return f"{n(1, 260)} {_street(r)} {r.choice(TOWNS)}"
    if x < 0.86:
        sep = r.choice([" ", ", "])
        return f"{n(1, 260)} {_street(r)}{sep}{_postcode(r)}"
    if x < 0.92:
        return f"#{n(101, 1908)} - {n(100, 9999)} {r.choice(STREETS)} {r.choice(['st', 'ave', 'rd'])}"
    if x < 0.96:
        return f"{n(100, 9999)} {r.choice(['w', 'e', 'n', 's', 'W', 'NE', 'SE'])} {_street(r)} apt {n(1, 30)}"
    a, b = r.sample(STREETS, 2)
    return f"{a} {r.choice(['st', 'rd'])} {r.choice(['&', 'and', '/'])} {b} {r.choice(['rd', 'st', 'ave'])}"


def _date(r: random.Random) -> str:
    n = r.randint
    m, d = n(1, 12), n(1, 28)
    sd = f"{d}{_suffix(d)}"
    mo, m3 = MONTHS[m - 1], MON3[m - 1]
    day, dayf = r.choice(DAYS), r.choice(DAYS_FULL)
    forms = [
        lambda: f"{day} the {sd}", lambda: f"{day} {sd}", lambda: f"{dayf} the {sd}", lambda: f"the {sd}",
        lambda: sd, lambda: f"{d}/{m}", lambda: f"{m}/{d}", lambda: f"{d:02d}/{m:02d}", lambda: f"{d}.{m}",
        lambda: f"{d}/{m}/{n(24, 26)}", lambda: f"{m3} {d}", lambda: f"{d} {m3}", lambda: f"{sd} {mo}",
        lambda: f"{mo} {sd}", lambda: f"{sd} of {mo}", lambda: f"{day} {d}/{m}", lambda: f"{m3} {sd}",
        lambda: f"{mo} {d}", lambda: f"{d} {mo}",
        lambda: f"{r.choice(MISSPELT_MONTH)} {sd}", lambda: f"{r.choice(MISSPELT_DAY)} {sd}",
        lambda: f"{DAYS_FULL[n(0, 6)].capitalize()} {d} {mo.capitalize()}",
        lambda: f"{DAYS_FULL[n(0, 6)][:3].capitalize()} {d} {m3[:3].capitalize()}",
        lambda: f"{DAYS_FULL[n(0, 6)].capitalize()}, {mo.capitalize()} {d}",
        lambda: f"{d:02d}/{m:02d}/{n(1948, 2006)}", lambda: f"{m:02d}-{d:02d}-{n(1948, 2006)}",
        lambda: f"{d}/{m}/{n(1948, 2006)}",
    ]
    weights = [5, 4, 2, 6, 3, 5, 4, 2, 1, 2, 3, 3, 3, 3, 3, 2, 2, 2, 2, 1, 1, 2, 2, 1, 2, 1, 1]
    return r.choices(forms, weights)[0]()


def _words(k: int) -> str:
    tens = {9: "ninety"}
    if k == 100:
        return "a hundred"
    if k > 100:
        return f"a hundred and {UNITS[k - 100] if k < 110 else 'ten'}"
    t, u = divmod(k, 10)
    return tens[t] if u == 0 else f"{tens[t]}{'-' if k % 2 else ' '}{UNITS[u]}"


def _age(r: random.Random) -> str:
    k = r.randint(90, 110)
    x = r.random()
    if x < 0.52:
        return str(k)
    if x < 0.76:
        return _words(k)
    if x < 0.94:
        return f"{k}{r.choice(['yo', ' yo', ' yrs', 'yrs', ' yr old', ' years old', ' yrs old'])}"
    return f"{k}{_suffix(k)}"


def _phone(r: random.Random) -> str:
    n = r.randint
    kind = r.randrange(10)
    if kind in (0, 1):  # US / Canada
        a, c = n(201, 989), n(100, 199)
        return r.choice([f"({a}) 555-0{c}", f"{a}-555-0{c}", f"{a}.555.0{c}", f"{a}5550{c}", f"+1 {a} 555 0{c}",
                         f"{a} 555 0{c}", f"555-0{c}"])
    if kind in (2, 3):  # UK
        c = n(100, 999)
        return r.choice([f"07700 900{c}", f"07700900{c}", f"+44 7700 900{c}", f"07700 900 {c}",
                         f"07700-900-{c}", f"0161 496 0{c}", f"0113 496 0{c}"])
    if kind == 4:  # Ireland
        p, a, b = r.choice(["083", "085", "086", "087", "089"]), n(100, 999), n(1000, 9999)
        return r.choice([f"{p} {a} {b}", f"{p}{a}{b}", f"{p}-{a}{b}", f"+353 {p[1:]} {a} {b}"])
    if kind in (5, 6, 7):  # Australia
        a, b = n(100, 999), n(100, 999)
        return r.choice([f"0491 570 {a}", f"0491570{a}", f"04{n(10, 99)} {a} {b}", f"04{n(10, 99)}{a}{b}",
                         f"04{n(10, 99)}-{a}-{b}", f"+61 4{n(10, 99)} {a} {b}", f"(02) 5550 {n(1000, 9999)}",
                         f"03 {n(5550, 5559)} {n(1000, 9999)}"])
    a, b = n(100, 999), n(1000, 9999)  # New Zealand
    return r.choice([f"021 {a} {b}", f"027 {a} {b}", f"022{a}{b}", f"020 4{a} {b}", f"+64 21 {a} {b}",
                     f"(09) {a} {b}", f"09 {a} {b}"])


def _email(r: random.Random) -> str:
    f, last = r.choice(FIRST + IRISH + MAORI), r.choice(LAST)
    local = r.choice([f"{f}.{last}", f"{f}{last}", f"{f}_{last}", f"{f}{last[0]}{r.randint(1, 99)}",
                      f"{f[0]}{last}", f"{f}.{last}{r.randint(80, 99)}", f"{last}.{f}",
                      f"{f}{r.choice([r.randint(80, 99), r.randint(1985, 2006)])}"])
    x = r.random()
    if x < 0.6:
        addr = f"{local}@{r.choice(FREEMAIL)}"
    elif x < 0.78:
        addr = f"{r.choice([f, 'hello', 'admin', 'info', 'bookings', f[0] + '.' + last])}@{r.choice(ORGS)}." \
               f"{r.choice(ORG_TLD)}"
    elif x < 0.84:
        addr = f"{f[0]}.{last}@student.{r.choice(['riverbend', 'northgate', 'ashcombe', 'larkhill'])}.ac.uk"
    elif x < 0.9:
        return f"{local} at {r.choice(['gmail', 'hotmail', 'outlook', 'icloud'])} dot com"
    elif x < 0.95:
        return f"{local}@{r.choice(['gmail', 'hotmail', 'outlook', 'icloud'])}"
    else:
        return f"{local} @{r.choice(FREEMAIL)}"
    return addr[0].upper() + addr[1:] if r.random() < 0.15 else addr


def _url(r: random.Random) -> str:
    n = r.randint
    org, tld = r.choice(ORGS), r.choice(ORG_TLD)
    handle = r.choice([f"{r.choice(FIRST)}{r.choice(LAST)}", f"dr{r.choice(LAST)}", f"{r.choice(LAST)}therapy",
                       f"{r.choice(FIRST)}-{r.choice(LAST)}-counselling", f"{org}"])
    code = "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n(6, 10)))
    meet = "".join(r.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(10))
    forms = [
        lambda: f"https://doxy.me/{handle}", lambda: f"doxy.me/{handle}",
        lambda: f"https://{handle}.janeapp.com", lambda: f"{handle}.janeapp.com/#/staff_member/{n(1, 9)}",
        lambda: f"https://{handle}.clientsecure.me", lambda: f"{handle}.cliniko.com/bookings",
        lambda: f"calendly.com/{handle}/{r.choice(['intake', '50min', 'first-session', 'checkin'])}",
        lambda: f"https://us{n(2, 6):02d}web.zoom.us/j/{n(81000000000, 89999999999)}",
        lambda: f"zoom.us/j/{n(81000000000, 89999999999)}",
        lambda: f"meet.google.com/{meet[:3]}-{meet[3:7]}-{meet[7:]}",
        lambda: f"forms.gle/{code}", lambda: f"bit.ly/{code}", lambda: f"tinyurl.com/{code.lower()}",
        lambda: f"www.{org}.{tld}/{r.choice(PAGES)}",
        lambda: f"https://www.{org}.{tld}", lambda: f"{org}.{tld}/{r.choice(['intake', 'referral', 'wellbeing'])}",
        lambda: f"https://{org}.{tld}/{r.choice(['trial-info', 'integration', 'after-your-session'])}",
        lambda: f"open.spotify.com/playlist/{code}{code}", lambda: f"youtu.be/{code}{n(1, 9)}",
        lambda: f"https://www.youtube.com/watch?v={code}{n(10, 99)}",
    ]
    weights = [2, 2, 2, 1, 2, 2, 2, 1, 2, 1, 1, 2, 1, 4, 2, 3, 2, 1, 1, 1]
    return r.choices(forms, weights)[0]()


def _ssn(r: random.Random) -> str:
    n = r.randint
    kind = r.randrange(7)
    if kind in (0, 1):  # US
        a, b, c = r.choice([n(100, 665), n(667, 899)]), n(10, 99), n(1000, 9999)
        return r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])
    if kind == 2:  # Canadian SIN
        a, b, c = n(100, 799), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {c}", f"{a}-{b}-{c}", f"{a}{b}{c}"])
    if kind == 3:  # UK National Insurance
        L = "ABCEGHJKLMNPRSTWXYZ"
        p, d, s = r.choice(L) + r.choice(L), [n(10, 99) for _ in range(3)], r.choice("ABCD")
        v = r.choice([f"{p} {d[0]} {d[1]} {d[2]} {s}", f"{p}{d[0]}{d[1]}{d[2]}{s}"])
        return v.lower() if r.random() < 0.4 else v
    if kind == 4:  # Irish PPS
        v = f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMNPTW')}{r.choice(['', '', 'A', 'W'])}"
        return v.lower() if r.random() < 0.35 else v
    if kind == 5:  # Australian TFN
        return r.choice([f"{n(100, 999)} {n(100, 999)} {n(100, 999)}", f"{n(100000000, 999999999)}"])
    a, b, c = n(10, 150), n(100, 999), n(100, 999)  # NZ IRD
    return r.choice([f"{a:03d}-{b}-{c}", f"{a:03d} {b} {c}", f"{a:03d}{b}{c}"])


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    nhi = f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(1000, 9999)}"
    forms = [
        lambda: f"{n(400, 499)} {n(100, 999)} {n(1000, 9999)}",  # NHS
        lambda: f"{n(400, 499)}{n(100, 999)}{n(1000, 9999)}",
        lambda: f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}",  # AU Medicare
        lambda: f"{n(2000, 6999)}{n(10000, 99999)}{n(1, 9)}",
        lambda: nhi.lower() if r.random() < 0.4 else nhi,  # NZ NHI
        lambda: f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(L)}{r.choice(L)}",  # OHIP
        lambda: f"{n(0, 9)}{n(0, 9)}{n(100000, 999999)}",  # MRN
        lambda: f"s{n(3000000, 3999999)}", lambda: f"{n(20190000, 20269999)}", lambda: f"c{n(1000000, 9999999)}",
        lambda: f"EAP-{n(1000, 9999)}-{n(1, 9)}", lambda: f"{n(10000, 99999)}-{r.choice(L)}",
        lambda: f"BK{n(10000, 99999)}", lambda: f"{n(100000, 999999)}",
        lambda: f"PSI-{n(1, 3)}-{n(1, 199):03d}", lambda: f"P{n(1, 299):04d}",
        lambda: f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(100000000, 999999999)}",
        lambda: f"CLM{n(1000000, 9999999)}", lambda: f"{n(810, 899)} {n(1000, 9999)} {n(1000, 9999)}",
        lambda: f"E{n(10000, 99999)}",
    ]
    weights = [3, 1, 3, 1, 3, 2, 2, 2, 1, 1, 2, 1, 2, 1, 2, 1, 1, 1, 1, 1]
    return r.choices(forms, weights)[0]()


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn only with *r*."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


# {} is the planted identifier; each template is one stretch of an exported chat log, text thread or e-mail
TEMPLATES = {
    "PERSON": [
        "[14:02] Me: ok so i told {} about the panic attacks\n[14:02] Me: and she was actually really nice about it",
        "client 3:41 PM sorry im late, {} needed the car",
        "Me: my mate {} reckons i should just quit the job lol",
        "[21:17] Me: had another fight with {} last night :(\n[21:18] Me: about money again",
        "[09:30] Counsellor: Thanks for sharing that. How did {} react when you told them?",
        "Them: hi its {} from the counselling service, just confirming ur appt tmrw at 2",
        "[16:45] {}: hey is the chat still open\n[16:45] Counsellor: Yes, I'm here. What's on your mind today?",
        "You 9.15pm ngl i miss {} so much, its been 2 wks since the funeral",
        "Hi {},\n\nThanks for your email. Yes Thursday still works for me.\n\nKind regards",
        "Thanks again for yesterday. I felt lighter after.\n\nBest,\n{}\n\nSent from my iPhone",
        "[11:03] Me: dr {} upped my sertraline to 100mg\n[11:03] Me: feel a bit weird tbh",
        "client 7:52 PM my flatmate {} keeps bringing ppl back at 3am and i cant sleep",
        "Me: went to {}'s for dinner and only had 2 drinks :)",
        "[13:20] Me: at {}s place rn, cant really talk\n[13:20] Me: will msg after",
        "[18:06] Me: mrs {} from the school rang again about my son",
        "[10:12] Counsellor: It sounds like {} is an important support for you. Is that right?",
        "Them: Hi, this is {}, your care coordinator. Can we move Friday to 11am?",
        "[22:40] Me: {} said i was being dramatic\n[22:41] Me: maybe i am idk",
        "client 12:15 PM my boss {} wants a doctors note for last week",
        "[15:33] Me: ok {} thx for today, the breathing thing helped x",
        "day 3 after dosing: slept ok. talked to {} about what came up, cried a bit but good cry",
        "Me: its me again, can i see {} instead, i got on better with her",
        "[08:58] Me: my ex {} turned up at work yesterday\n[08:58] Me: i didnt know what to do",
        "[19:27] Counsellor: Would it help to write down what you'd like to say to {}?",
        "Me: nah ms {} is my new keyworker, shes alright",
        "Me: yeah so basically {} and me broke up on the weekend lol",
        "[20:04] Me: my sister {} is gonna drive me to the dosing day\n[20:04] Me: is that ok",
        "Hi,\n\nI've attached the form. My partner {} will be my emergency contact.\n\nThanks",
        "[17:50] Me: can u tell {} im running 10 mins late pls",
        "Them: hey its {} (the other counsellor), ur usual one is off sick so ill be seeing u tmrw",
    ],
    "LOCATION": [
        "[14:02] Me: im in {} this week for work so can we do zoom",
        "client 3:41 PM just moved to {} so my commute is heaps longer",
        "Me: grew up in {} and never really left lol",
        "[21:17] Me: mam lives out in {} now, i only see her every few months",
        "[09:30] Counsellor: Is there a service near you in {} you could drop into?",
        "Them: Just a reminder the group is at {} this week, not the usual room.",
        "You 9.15pm drove to {} and back just to get out of the house",
        "[11:03] Me: the GP in {} said i need a referral first",
        "Me: my ex is still in {} thank god",
        "[13:20] Me: stuck on the train outside {} sorry\n[13:20] Me: gonna be 15 mins late",
        "client 7:52 PM we were living in {} when it all happened",
        "[18:06] Me: yeah the pharmacy at {} had my quetiapine 25mg ready",
        "[10:12] Me: thinking of going home to {} for a bit\n[10:12] Me: my nan is there",
        "[16:45] Counsellor: How long have you been in {}?",
        "Me: i work at {} so lunch is the only time i can chat",
        "[22:40] Me: cant sleep again. the neighbours in {} are so loud",
        "Hi,\n\nI'm writing to ask if you have any openings. I'm based in {} and can do evenings.\n\nThanks",
        "[15:33] Me: the retreat was near {}, so beautiful\n[15:33] Me: still processing it all",
        "Me: my wee one goes to {} and hes getting bullied",
        "[08:58] Me: ok so im at {} now, which door is it",
        "day 5 after the psilocybin 25mg: walked by the water in {}, felt calm for the first time in ages",
        "[19:27] Me: ive never even been out of {} tbh",
        "Them: Our {} office is closed on Mondays, so Tuesday at 10?",
        "client 12:15 PM had a panic attack at the shops in {} :(",
        "Me: im meant to be at {} for lectures but i just cant",
        "[17:50] Me: my dad is in hospital in {} so ill miss tmrw",
        "[20:04] Me: yeah we go to the gym in {} most mornings",
        "Me: omg the traffic in {} today eh",
    ],
    "ADDRESS": [
        "[14:02] Me: new place is {} if u need it for the form",
        "client 3:41 PM can u send the letter to {} pls",
        "Me: im at {}, the one with the blue door",
        "[09:30] Counsellor: Can I confirm your address is still {}?",
        "Them: The group has moved to {}, entrance round the back.",
        "[21:17] Me: moving out of {} this weekend finally",
        "You 9.15pm pick me up from {} at 6?",
        "[11:03] Me: nah i moved, its {} now",
        "Hi,\n\nPlease note my new postal address: {}.\n\nThanks",
        "[13:20] Me: my moms place is {} if u cant reach me",
        "client 7:52 PM im staying at my nans, {}",
        "[18:06] Me: the clinic is at {} right?",
        "[16:45] Counsellor: Just to check, is {} a safe place for you to be tonight?",
        "Me: lived at {} till i was 12, it was rough",
        "[22:40] Me: cops came to {} again, my ex was there",
        "Them: Reminder: your session is at our new rooms, {}. See you then.",
        "[10:12] Me: the house on {} is up for sale and i keep driving past it",
        "[15:33] Me: yeah grand, its {}, flat upstairs",
        "Me: address on my licence is still {} is that ok",
        "[08:58] Me: can the meds get delivered to {}",
        "client 12:15 PM ok so the food bank is at {}?",
        "[19:27] Me: my flat is {}, buzzer doesnt work so just text",
        "Me: dosing day pickup from {} pls, my partner cant drive",
        "[17:50] Me: parked outside {} but cant find the door lol",
        "Them: Hi, it's the service. We'll post the letter to {} unless you tell us otherwise.",
        "[20:04] Me: just out the front of {}",
    ],
    "DATE": [
        "[14:02] Me: can we move it to {}? i have an exam",
        "client 3:41 PM is {} still ok for the appt",
        "Me: my last drink was {} :) the naltrexone is helping",
        "[09:30] Counsellor: Your next session is booked for {} at 2pm. Does that still work?",
        "Them: Hi, this is a reminder of your appointment on {} at 10:30. Reply Y to confirm or N to cancel.",
        "[21:17] Me: anniversary of dads death is {}, dreading it",
        "You 9.15pm yeah {} works",
        "[11:03] Me: uni deadline is {} and im freaking out",
        "Hi,\n\nCould we reschedule to {}? Something came up at work.\n\nKind regards",
        "[13:20] Me: started the new meds {}, propranolol",
        "client 7:52 PM sorry missed u, can do {} instead?",
        "[18:06] Me: court date is {}\n[18:06] Me: can u write the letter before then",
        "[16:45] Counsellor: Let's check in again on {}. Same time?",
        "Me: dosing day is {} right? just checking",
        "[22:40] Me: havent slept properly since {}",
        "Them: Your integration call has been booked for {}, 50 mins on zoom.",
        "[10:12] Me: dob is {}",
        "[15:33] Me: im away till {} but can text",
        "Me: off work from {}, my GP signed me off",
        "[08:58] Me: it was {} when it happened\n[08:58] Me: i remember cos it was payday",
        "client 12:15 PM moving house {} so might be a bit all over the place",
        "[19:27] Me: ok see u {} x",
        "Me: {} is my sons bday so i cant that day",
        "[17:50] Me: date of birth {} for the form",
        "Them: We've had a cancellation on {}, would you like it?",
        "[20:04] Me: i relapsed on {} ngl\n[20:04] Me: only 3 drinks but still",
        "Me: hearing back about the job on {} fingers crossed",
    ],
    "AGE": [
        "[14:02] Me: my nan is {} and still lives on her own",
        "client 3:41 PM grandad turned {} on sunday lol",
        "Me: great aunt is {} and sharper than me",
        "[21:17] Me: nana died last night. she was {}",
        "[09:30] Counsellor: That's a big caring role. Is your grandmother still {}?",
        "You 9.15pm hes {} and wont let anyone help him",
        "[11:03] Me: my gran is {} now and doesnt know who i am anymore :(",
        "Hi,\n\nApologies for missing Monday. My grandmother ({}) had a fall.\n\nBest",
        "[13:20] Me: nans {} bday party is sat so i might be late for the call",
        "client 7:52 PM poppa is {} and still drives which terrifies me",
        "[18:06] Me: my nan, {}, moved in with us",
        "Me: shes {} and still does the crossword every morning",
        "[22:40] Me: my grandad lived to {}, i miss him heaps",
        "[16:45] Counsellor: You said your nan is {}. How is her health at the moment?",
        "Me: my great grandma is {} can u believe it",
        "[15:33] Me: looking after my nan ({}) most days after uni",
        "Them: Carer support: as your mother is {}, she may be eligible for a home visit.",
        "[10:12] Me: grandpa turned {} and we all went out for lunch",
        "[08:58] Me: my nana was {} when she passed, peaceful",
        "client 12:15 PM my nan is literally {} and she uses whatsapp better than me",
        "[19:27] Me: aunty is {} and in a home now",
        "Me: grandad {} and still going to the pub lol",
        "[17:50] Me: my nan is like {} and worries about me heaps",
        "[20:04] Me: the old guy next door is {} and i check on him",
        "Me: oma is {} so we flew over to see her",
        "[14:30] Me: her dad is {}, shes his only carer",
    ],
    "PHONE": [
        "[14:02] Me: my new number is {}",
        "client 3:41 PM pls text {} not my old one",
        "Me: can u call me on {} this arvo after 5",
        "[09:30] Counsellor: If you need support after hours you can call the duty line on {}.",
        "Them: Your keyworker's mobile is {}. Text any time in office hours.",
        "[21:17] Me: mums number is {} for emergency contact",
        "You 9.15pm ring {} if u cant get thru",
        "[11:03] Me: my mob is {}",
        "Hi,\n\nBest number to reach me is {}.\n\nThanks",
        "[13:20] Me: ok my work phone is {} but dont leave a message",
        "client 7:52 PM whats the number again? is it {}",
        "[18:06] Me: txt me on {} im not on wifi",
        "[16:45] Counsellor: I'll call you on {} at 2pm, is that still the best number?",
        "Me: my partners number is {} for the dosing day",
        "[22:40] Me: number for the pharmacy is {} right",
        "Them: Missed call from {}. Please call back to rebook.",
        "[10:12] Me: lost my phone, this is my new one {}",
        "[15:33] Me: {} is my landline",
        "Me: emergency contact {}",
        "[08:58] Me: can u call {} its my sisters, im at hers",
        "client 12:15 PM ph {}",
        "[19:27] Me: whatsapp me on {}",
        "Me: got a weird call from {}, was that u guys?",
        "[17:50] Me: my mobile is {}, texts are best",
        "Them: You can text the team on {} (monitored 9-5).",
        "[20:04] Me: number is {} :)",
    ],
    "EMAIL": [
        "[14:02] Me: my email is {}",
        "client 3:41 PM can u send the worksheet to {}",
        "Me: pls use {} not my work one",
        "[09:30] Counsellor: I'll email the summary to {}. Let me know if it doesn't arrive.",
        "Them: Please send the consent form back to {} before your first session.",
        "[21:17] Me: did u get my email? sent it from {}",
        "You 9.15pm its {}",
        "[11:03] Me: new email {} cos i got locked out",
        "Hi,\n\nPlease reply to {} from now on, I don't check this one.\n\nThanks",
        "[13:20] Me: my mums email is {} if they need it",
        "client 7:52 PM send the invoice to {} pls",
        "[18:06] Me: is it {}? bounced back",
        "[16:45] Counsellor: For the trial questionnaires, can you confirm your email is {}?",
        "Me: im on {}",
        "[22:40] Me: ok emailed u from {}",
        "Them: You can contact the trial team at {} between visits.",
        "[10:12] Me: insurance needs receipts sent to {}",
        "[15:33] Me: email {} for the referral",
        "Me: its {} all lowercase",
        "[08:58] Me: uni email is {} but i never check it lol",
        "client 12:15 PM email: {}",
        "[19:27] Me: the zoom link went to {}, can u resend",
        "Me: can u cc my partner? {}",
        "[17:50] Me: or just email {}",
        "Them: Receipts are sent from {}; please check your junk folder.",
        "[20:04] Me: {} thx",
    ],
    "URL": [
        "[14:02] Me: is this the right link {}",
        "[09:30] Counsellor: Here's the link for today's session: {}",
        "Them: You can book your next appointment online at {}",
        "client 3:41 PM the link {} isnt working for me",
        "Me: found this worksheet {} is it any good?",
        "[21:17] Me: anxiety was like a 6/10 tonight, this helped {}",
        "You 9.15pm the playlist from dosing day {}",
        "[11:03] Me: booked thru {} for thurs",
        "Hi,\n\nI filled in the form at {} but I'm not sure it submitted.\n\nThanks",
        "[13:20] Counsellor: The grounding exercise is here: {}",
        "client 7:52 PM waiting room link is {} yeah?",
        "[18:06] Me: {} is that u? my mate sent it",
        "[16:45] Counsellor: Please complete the PHQ-9 and GAD-7 at {} before we meet.",
        "Me: the video u mentioned {}",
        "[22:40] Me: cant sleep even with the melatonin, listening to {}",
        "Them: Join your integration call here: {} (opens 5 mins before).",
        "[10:12] Me: ok clicked {} but it just says waiting",
        "[15:33] Me: this is the one i meant {}",
        "Me: pls send the zoom again? lost it. was it {}",
        "[08:58] Counsellor: More about what to expect after your session: {}",
        "client 12:15 PM i signed up at {}",
        "[19:27] Me: {} this is the app they told me about",
        "Them: Reminder: fill in the K10 and AUDIT at {} before Friday.",
        "[17:50] Me: rebooked on {}",
        "[20:04] Me: found ur page {} :)",
    ],
    "SSN": [
        "[14:02] Me: ssn is {}",
        "client 3:41 PM my sin is {} for the form",
        "Me: ni number {}",
        "[09:30] Counsellor: For the claim they need your social security number. Is it {}?",
        "Them: Please confirm your PPS number ({}) so we can process the referral.",
        "[21:17] Me: tax file number is {}",
        "You 9.15pm my ird number is {} i think",
        "[11:03] Me: social is {}",
        "Hi,\n\nFor the insurance paperwork my social security number is {}.\n\nThanks",
        "[13:20] Me: pps {}",
        "client 7:52 PM national insurance no is {}",
        "[18:06] Me: tfn {} if they ask",
        "[16:45] Counsellor: We only need the last part of your SIN for ID. Is it {}?",
        "Me: my ssn {}",
        "[22:40] Me: ird {}",
        "Them: The benefits form needs your NI number, we have {} on file.",
        "[10:12] Me: sin # {}",
        "[15:33] Me: found my card, its {}",
        "Me: social security number {} for the billing",
        "[08:58] Me: tax number is {}",
        "client 12:15 PM ni no {}",
        "[19:27] Me: they asked for my pps number, its {}",
        "Me: ssn: {}",
        "[17:50] Me: for the carers allowance my ni is {}",
        "Them: SIN on file: {}. Please tell us if that has changed.",
        "[20:04] Me: my tax file no is {}",
    ],
    "ID": [
        "[14:02] Me: my nhs number is {}",
        "client 3:41 PM medicare number {}",
        "Me: student id {}",
        "[09:30] Counsellor: Your EAP case reference is {}. Quote it if you call the line.",
        "Them: Your booking reference is {}. Reply C to cancel.",
        "[21:17] Me: nhi {}",
        "You 9.15pm health card is {}",
        "[11:03] Me: my mrn is {} from the hospital",
        "Hi,\n\nMy member ID for the insurance is {}.\n\nThanks",
        "[13:20] Me: staff number {}",
        "client 7:52 PM participant number {} right?",
        "[18:06] Me: claim number is {}",
        "[16:45] Counsellor: Your session reference for this chat is {}.",
        "Me: ohip {}",
        "[22:40] Me: meeting id {}",
        "Them: Trial participant ID: {}. Please have it ready for the check-in.",
        "[10:12] Me: my medicare no is {}",
        "[15:33] Me: case ref {}",
        "Me: student number {} for the extension letter",
        "[08:58] Me: nhs no {}",
        "client 12:15 PM ref {}",
        "[19:27] Me: id is {}",
        "Me: chat ref {} from last time",
        "[17:50] Me: my patient number is {}",
        "Them: Your client number is {}; please use it when you text the team.",
        "[20:04] Me: policy number {}",
    ],
}
