"""A sixty-first SYNTHETIC transcript set for benchmarks/deid.py: the fifty-ninth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand,
rarely with their state, province or county, are used as places only, never with a person; every
hospital, clinic, medical centre, health centre, surgery, practice, school, college, care home and
workplace name is made up).  Written on 2026-12-08 by an engineer who had NOT seen the de-identifier's
rules, its docs page, its tests or the contents of the earlier sets (only benchmarks/deid.py, for how a
set is plugged in and scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout57.py their
docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of deid_heldout19.py, for the
format), in one go, before any run; no line of this file was changed after its first run.  It was first
run on main at commit aee1e81 (the twenty-sixth round's rules) and measures how the rules do on text they
were not written for; it stays a blind set until a later round makes it a development set.

Style: AN EIGHTH SAMPLE, by another writer, of ORDINARY TYPED, TEXT-BASED counselling and therapy (after
deid_heldout28.py, deid_heldout41.py, deid_heldout42.py, deid_heldout44.py, deid_heldout48.py,
deid_heldout51.py and deid_heldout55.py, whose docstrings only were read; this one is written its own way,
from how people really type, not from their lists): web-chat counselling (a university's or an
employer's counselling service, a youth or crisis text line, a chat-based alcohol or cannabis brief
intervention), text messages between sessions with a keyworker or care coordinator (booking, moving and
confirming appointments), secure in-app messages on a therapy platform, e-mail between a client and a
private therapist, and a psychedelic trial's between-session check-in messages (the dosing day, the
integration call, the diary).  The benchmark's generator writes every turn as ``Therapist:``/``Client:``,
so each message, the worker's too, sits inside a ``Client:`` turn, one message per turn.  Typed as people
really type: mostly lower case or careless capitals, little punctuation, dropped apostrophes (``im``,
``dont``, ``shes``, ``nans``), abbreviations (``u``, ``ur``, ``tmrw``, ``appt``, ``pls``, ``plz``, ``thx``,
``idk``, ``tbh``, ``rn``, ``n``, ``w``, ``abt``, ``bc``, ``wk``, ``wknd``, ``msg``, ``txt``), emoji words
(``lol``, ``haha``, ``ugh``, ``omg``, ``:)``, ``:(``, ``xx``), typos (``tommorow``, ``wierd``, ``definately``,
``thru``), run-together sentences, a few all-caps words (``AGAIN``, ``NOT``, ``SO``), numbers as digits;
the counsellor's, keyworker's, coordinator's and therapist's side tidier, with capitals and full stops.
Writers from the US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``, ``mom``, ``mam``,
``nan``, ``nana``, ``pop``, ``oma``, ``grand``, ``arvo``, ``heaps``, ``wee``, ``keen``, ``reckon``, ``eh``).
Identifier forms: the forms such people type MOST OFTEN, evenly spread; hard or exotic forms rare (under
one in ten of each type).  Names: a first name alone (the most common, lower case about half the time:
``tayla``, ``Cian``), a full name (``brody fennimore``, ``Keeley Ashworth``), a surname alone for a
``dr``/``mr``/``mrs``/``ms`` title in the carrier (``dr tolhurst``), a relative's, partner's, friend's,
flatmate's, boss's, sponsor's, nurse's or keyworker's name after a kin or role word in the carrier, a
possessive ``'s`` in the carrier, a name in a greeting or sign-off; rarely a first name with a surname
initial (``maddie k``), a stretched name (``jesss``) or a hyphenated first name (``mary-kate``).  Places:
the town, city or suburb someone lives in, grew up in, is stuck in or drives through, lower case or
capitalised (``bendigo``, ``Kamloops``, ``doncaster``, ``Mullingar``, ``whangarei``, ``fort collins``), and
made-up hospitals, medical and health centres, surgeries, clinics, schools, colleges, care homes and
workplaces, lower case or capitalised (``fernleigh medical centre``, ``St Aidan's Hospital``, ``Kestrelford
Logistics``); rarely a town with its state, province or county (``ballarat vic``, ``nanaimo bc``, ``tralee
co kerry``).  Addresses as typed: a street line lower case with a short type (``14 larchmont cres``),
capitalised with the full type (``42 Pinecrest Road``), with ``unit``/``flat``/``apt``, the Australian/NZ
``4/19 redgum st``, the Canadian ``2-115 birchmount ave``, now and then with the town after it; rarely with
a postcode, ZIP, postal code or Eircode.  Dates as typed: ``3/14``, ``14/3``, ``march 3rd``, ``March 3``,
``mar 3``, ``3rd march``, ``3 march``, ``the 14th``, ``14th``, ``tues 9th``, ``thurs the 12th``, ``14th of
march``, the worker's ``Tuesday 14 March`` and ``Thursday, March 12``; rarely a date of birth
(``14/02/1991``), a two-digit year (``3/14/25``) or a misspelt month (``feburary 3rd``).  Ages over 89
(90-110): digits (most), the unit and ``turned``/``is`` in the carrier; rarely in words (``ninety four``).
Phones as typed: US and Canadian ``(416) 555-0142``, ``416-555-0142``, ``416 555 0142``, ``4165550142``
(555-01xx fiction numbers), UK mobiles ``07700 900461``/``07700900461`` and landlines ``0117 496 0732``,
Irish ``087 555 0419``, Australian ``0491 570 156`` and ``(03) 5550 1742``, NZ ``021 555 0194``; rarely
with a country code.  Emails: free-mail and ISP addresses of these countries and invented practice,
service, trial and university addresses; now and then a capital first letter (phone autocapitalisation);
rarely ``at``/``dot``.  Web addresses and handles: booking and video links (``calendly.com/...``,
``doxy.me/...``, ``....janeapp.com``, ``zoom.us/j/...``, ``meet.google.com/...``), invented practice,
service, trial and self-help pages with and without ``https://``/``www``, a form, a playlist, a video, a
fundraiser, a profile link, an ``@handle``; rarely a short link.  SSNs as each country's national number
(planted as SSN, a judgement call): US SSNs (most), Canadian SINs, UK NI numbers, Irish PPS numbers,
Australian TFNs and NZ IRD numbers, the cue in the carrier.  IDs (the cue always in the carrier, never in
the span): MRNs, hospital numbers, NHS numbers, Medicare numbers, NHIs, OHIP and health card numbers,
insurance member and policy ids, Medicaid ids, student and staff numbers, EAP case numbers, booking
references, participant and screening numbers, client, account, claim and referral numbers.
A title, kin or role word or possessive next to a name, an article before a place and
``on``/``since``/``til``/``by`` before a date stay outside the span; a date's own words (``tues 9th``, ``the
14th``) are inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and
then a form sits a little oddly in its message, as in a real chat log.
The carrier messages hold words that must NOT be removed: drugs and doses (sertraline 100mg, naltrexone,
quetiapine, melatonin, psilocybin), scales (PHQ-9, GAD-7), clock times (``2pm``, ``10:30``, ``6pm``), ages
under 90, durations (``2 hrs``, ``6 months``, ``5 mins``), chat words, kin words as common nouns and
place-like common words (the gp, the pharmacy, uni, work, the ward, A&E, school); they hold no other name,
place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""
from __future__ import annotations

import random
import string

# ---------------------------------------------------------------- names (invented combinations)
_FIRST_F = ["Tayla", "Keeley", "Brooke", "Maddie", "Chloe", "Aisling", "Niamh", "Orla", "Ciara", "Roisin",
            "Kirsty", "Bethany", "Shannon", "Courtney", "Jade", "Amber", "Holly", "Leah", "Imogen", "Freya",
            "Sienna", "Harper", "Kaylee", "Brianna", "Alyssa", "Mackenzie", "Aroha", "Mereana", "Georgia",
            "Tegan", "Paige", "Demi", "Rhiannon", "Skye", "Jasmine", "Hayley", "Kendra", "Bree", "Lacey"]
_FIRST_M = ["Cian", "Darragh", "Oisin", "Tadhg", "Callum", "Kieran", "Lachlan", "Hamish", "Brody", "Mitch",
            "Travis", "Cody", "Logan", "Tyler", "Brandon", "Dylan", "Reece", "Alfie", "Ollie", "Finn",
            "Nikau", "Wiremu", "Tevita", "Jayden", "Kyle", "Shane", "Declan", "Rory", "Corey", "Jarrod",
            "Dane", "Blake", "Ethan", "Riley", "Hunter", "Zane", "Marcus", "Devon", "Kurt"]
_SURNAMES = ["Ashworth", "Brennock", "Caldicott", "Delahunt", "Eckersley", "Fairbrother", "Gilhooly",
             "Hargreave", "Iredale", "Jessop", "Kinsella", "Lathbury", "McGarrigle", "Northcote", "Oakden",
             "Pemberton", "Quayle", "Rushworth", "Scanlan", "Tregarthen", "Underhill", "Varley", "Whitcombe",
             "Yardley", "Brankin", "Coldwell", "Dunleavy", "Fennimore", "Gorecki", "Halvorsen", "Marchbank",
             "Nuttall", "Stanway", "Tolhurst", "Venables", "Wragg", "Blundell", "Cresswell", "Elphick",
             "Mulgrew", "Tapsell", "Heneghan", "Kowalczyk", "Ruddock", "Sherratt", "Pettigrew", "Lowrie"]
_STRETCH = ["jesss", "liammm", "soph", "maddyyy", "bex", "kezza", "tommo", "shaz", "jonesy"]
_HYPHEN = ["mary-kate", "Anna-Rose", "lily-mae", "Jean-Luc", "ellie-may", "Leigh-Ann"]

# ---------------------------------------------------------------- places
_TOWNS = ["spokane", "boise", "dayton", "fresno", "tacoma", "syracuse", "knoxville", "eugene", "fort collins",
          "tulsa", "grand rapids", "kamloops", "red deer", "moncton", "sudbury", "thunder bay", "lethbridge",
          "guelph", "nanaimo", "saskatoon", "swindon", "wigan", "doncaster", "barnsley", "ipswich", "swansea",
          "inverness", "bolton", "dundee", "carlisle", "stockport", "athlone", "navan", "tralee", "sligo",
          "drogheda", "dundalk", "mullingar", "letterkenny", "ballarat", "bendigo", "wagga", "toowoomba",
          "geelong", "townsville", "frankston", "penrith", "parramatta", "mandurah", "tauranga", "whangarei",
          "napier", "rotorua", "palmerston north", "invercargill", "porirua", "lower hutt", "st albert",
          "mississauga", "salford", "rochdale", "castlebar", "bundaberg", "dubbo", "timaru"]
_TOWN_REGION = ["ballarat vic", "nanaimo bc", "tralee co kerry", "spokane wa", "bendigo vic", "moncton nb",
                "rotorua nz", "wigan, lancs", "Dubbo NSW", "Guelph, ON", "Navan, Co. Meath", "Eugene, OR"]
_PLACE_HEAD = ["fernleigh", "bramblewood", "tallowmere", "kestrelford", "greywater", "hollybank", "marshgate",
               "oakhurst", "pinehaven", "thornlea", "willowdene", "ashmere", "coppergate", "larchfield",
               "brackenridge", "silverholm", "kingsmere", "eastvale", "riverbend", "harwood park"]
_PLACE_TAIL = ["medical centre", "health centre", "hospital", "private hospital", "surgery", "family practice",
               "clinic", "high", "high school", "college", "community college", "primary", "care home",
               "youth hub", "logistics", "freight", "foods", "electrical", "counselling centre", "rehab"]
_SAINTS = ["Aidan's", "Brigid's", "Cuthbert's", "Winifred's", "Declan's", "Oswald's", "Monica's"]

# ---------------------------------------------------------------- streets
_STREETS = ["larchmont", "bellhaven", "cotterill", "daintree", "eskdale", "fairlop", "glenmore", "harkaway",
            "ironbark", "juniper", "kilbride", "lomond", "marigold", "orchid", "pinecrest", "redgum",
            "saltbush", "thistle", "vickery", "waratah", "yarrow", "alder", "birchmount", "calloway",
            "dunmore", "elmstead", "foxglove", "galloway", "heathcote", "kowhai", "totara", "tamarack",
            "sumac", "chickadee", "winterberry", "moorfield", "brambling", "quenby"]
_SHORT = ["st", "rd", "ave", "cres", "dr", "ct", "pl", "ln", "way", "close", "grove", "tce", "blvd"]
_FULL = ["Street", "Road", "Avenue", "Crescent", "Drive", "Court", "Place", "Lane", "Close", "Grove",
         "Terrace", "Way"]

# ---------------------------------------------------------------- dates
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_MON_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"]
_DAY_ABBR = ["mon", "tues", "tue", "wed", "weds", "thurs", "thu", "fri", "sat", "sun"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MISSPELT = ["feburary", "janurary", "septmber", "agust", "novmber", "decmber"]

_AGE_WORDS = {90: "ninety", 91: "ninety one", 92: "ninety-two", 93: "ninety three", 94: "ninety four",
              95: "ninety-five", 96: "ninety six", 97: "ninety seven", 98: "ninety-eight", 99: "ninety nine",
              100: "a hundred", 101: "a hundred and one", 102: "a hundred and two"}

# ---------------------------------------------------------------- email / web
_FREEMAIL = ["gmail.com"] * 6 + ["hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk",
                                 "btinternet.com", "yahoo.co.uk", "eircom.net", "bigpond.com",
                                 "optusnet.com.au", "xtra.co.nz", "shaw.ca", "rogers.com", "live.ca", "live.ie",
                                 "outlook.com.au", "aol.com"]
_PRACTICE = ["tidewaycounselling", "quietharbourtherapy", "northpinepsych", "fernleighhealth",
             "brightwatertherapy", "kestrelcounselling", "saltmarshpsychology", "greywatermind",
             "tallowmerecentre", "openlanetherapy", "stillpointcounselling", "hollybankwellbeing"]
_PRACTICE_TLD = [".com", ".co.uk", ".com.au", ".co.nz", ".ca", ".ie", ".org", ".org.uk", ".net.au"]
_TRIAL = ["psilo-aud-study", "clearpath-trial", "mdma-ptsd-study", "integrate-study", "horizon-trial"]


def _cap(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def _ord(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return str(n) + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _pick(r: random.Random, weighted):
    total = sum(w for w, _ in weighted)
    x = r.random() * total
    for w, f in weighted:
        x -= w
        if x < 0:
            return f
    return weighted[-1][1]


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _letters(r: random.Random, n: int, upper: bool = True) -> str:
    s = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))
    return s if upper else s.lower()


def _first(r: random.Random) -> str:
    return r.choice(_FIRST_F + _FIRST_M)


def _person(r: random.Random) -> str:
    first, last = _first(r), r.choice(_SURNAMES)
    return _pick(r, [
        (30, lambda: first.lower()),
        (22, lambda: first),
        (9, lambda: f"{first} {last}".lower()),
        (14, lambda: f"{first} {last}"),
        (8, lambda: last),
        (7, lambda: last.lower()),
        (3, lambda: f"{first.lower()} {last[0].lower()}"),
        (3, lambda: r.choice(_STRETCH)),
        (2, lambda: r.choice(_HYPHEN)),
        (2, lambda: f"{first} {last[0]}"),
    ])()


def _location(r: random.Random) -> str:
    def town():
        t = r.choice(_TOWNS)
        return t if r.random() < 0.55 else _cap(t)

    def place():
        head, tail = r.choice(_PLACE_HEAD), r.choice(_PLACE_TAIL)
        s = f"{head} {tail}"
        return s if r.random() < 0.5 else _cap(s)

    def saint():
        s = f"St {r.choice(_SAINTS)} {r.choice(['Hospital', 'College', 'School', 'Primary', 'Medical Centre'])}"
        return s if r.random() < 0.6 else s.lower().replace("'", "")

    return _pick(r, [(58, town), (28, place), (7, saint), (7, lambda: r.choice(_TOWN_REGION))])()


def _street(r: random.Random) -> str:
    name = r.choice(_STREETS)
    return _pick(r, [(60, lambda: f"{name} {r.choice(_SHORT)}"),
                     (40, lambda: f"{_cap(name)} {r.choice(_FULL)}")])()


def _address(r: random.Random) -> str:
    n = r.choice([r.randint(1, 60), r.randint(1, 60), r.randint(61, 299), r.randint(300, 2400)])
    name = r.choice(_STREETS)
    low = f"{n} {name} {r.choice(_SHORT)}"
    cap = f"{n} {_cap(name)} {r.choice(_FULL)}"
    town = r.choice(_TOWNS)
    return _pick(r, [
        (32, lambda: low),
        (20, lambda: cap),
        (10, lambda: f"{r.randint(1, 12)}/{n} {name} {r.choice(_SHORT)}"),
        (5, lambda: f"{r.randint(1, 9)}-{r.randint(100, 990)} {name} {r.choice(['ave', 'st', 'dr', 'cres'])}"),
        (4, lambda: f"unit {r.randint(1, 20)} {low}"),
        (3, lambda: f"flat {r.randint(1, 9)}, {cap}"),
        (3, lambda: f"apt {r.randint(1, 9)}{r.choice('abcd')} {low}"),
        (8, lambda: f"{low} {town}"),
        (7, lambda: f"{cap}, {_cap(town)}"),
        (3, lambda: f"{n} {_cap(name)} St, Ballarat VIC {r.randint(3350, 3356)}"),
        (2, lambda: f"{r.randint(1, 80)} {name} close, stockport SK{r.randint(1, 8)} {r.randint(1, 9)}{_letters(r, 2)}"),
        (2, lambda: f"{n} {_cap(name)} Dr, Boise ID 837{_digits(r, 2)}"),
        (1, lambda: f"{r.randint(1, 90)} {_cap(name)} Park, Navan C15 {_letters(r, 1)}{_digits(r, 1)}"
                    f"{_letters(r, 1)}{_digits(r, 1)}"),
    ])()


def _date(r: random.Random) -> str:
    m = r.randrange(12)
    d = r.randint(1, 28 if m == 1 else 30)
    mon, abbr = _MONTHS[m], _MON_ABBR[m]
    return _pick(r, [
        (13, lambda: f"{m + 1}/{d}"),
        (9, lambda: f"{d}/{m + 1}"),
        (7, lambda: f"{mon} {_ord(d)}"),
        (4, lambda: f"{_cap(mon)} {_ord(d)}"),
        (5, lambda: f"{_cap(mon)} {d}"),
        (3, lambda: f"{mon} {d}"),
        (5, lambda: f"{abbr} {d}"),
        (4, lambda: f"{_ord(d)} {mon}"),
        (3, lambda: f"{d} {mon}"),
        (12, lambda: f"the {_ord(d)}"),
        (4, lambda: _ord(d)),
        (6, lambda: f"{r.choice(_DAY_ABBR)} {_ord(d)}"),
        (3, lambda: f"{r.choice(_DAY_ABBR)} the {_ord(d)}"),
        (5, lambda: f"{_ord(d)} of {mon}"),
        (4, lambda: f"{r.choice(_DAYS)} {d} {_cap(mon)}"),
        (4, lambda: f"{r.choice(_DAYS)}, {_cap(mon)} {d}"),
        (2, lambda: f"{d:02d}/{m + 1:02d}/{r.randint(1948, 2006)}"),
        (2, lambda: f"{m + 1}/{d}/{r.randint(23, 26)}"),
        (1, lambda: f"{r.choice(_MISSPELT)} {_ord(d)}"),
    ])()


def _age(r: random.Random) -> str:
    a = r.choice([r.randint(90, 99), r.randint(90, 99), r.randint(90, 99), r.randint(90, 110)])
    if a in _AGE_WORDS and r.random() < 0.07:
        return _AGE_WORDS[a]
    return str(a)


def _phone(r: random.Random) -> str:
    area = r.choice(["416", "604", "503", "208", "509", "905", "403", "614", "918", "250", "585", "865"])
    x = f"01{_digits(r, 2)}"
    return _pick(r, [
        (11, lambda: f"({area}) 555-{x}"),
        (10, lambda: f"{area}-555-{x}"),
        (5, lambda: f"{area} 555 {x}"),
        (5, lambda: f"{area}555{x}"),
        (3, lambda: f"{area}.555.{x}"),
        (10, lambda: f"07700 900{_digits(r, 3)}"),
        (5, lambda: f"07700900{_digits(r, 3)}"),
        (5, lambda: f"{r.choice(['0117', '0161', '0113', '0191'])} 496 0{_digits(r, 3)}"),
        (3, lambda: f"020 7946 0{_digits(r, 3)}"),
        (7, lambda: f"{r.choice(['083', '085', '086', '087'])} 555 {_digits(r, 4)}"),
        (2, lambda: f"{r.choice(['083', '085', '086', '087'])}555{_digits(r, 4)}"),
        (8, lambda: f"0491 570 {r.randint(100, 999)}"),
        (3, lambda: f"0491570{r.randint(100, 999)}"),
        (5, lambda: f"({r.choice(['02', '03', '07', '08'])}) 5550 {_digits(r, 4)}"),
        (6, lambda: f"{r.choice(['021', '022', '027'])} 555 {_digits(r, 4)}"),
        (2, lambda: f"+44 7700 900{_digits(r, 3)}"),
        (2, lambda: f"+61 491 570 {r.randint(100, 999)}"),
        (1, lambda: f"+1 {area} 555 {x}"),
    ])()


def _email(r: random.Random) -> str:
    first, last = _first(r).lower(), r.choice(_SURNAMES).lower()
    local = _pick(r, [
        (20, lambda: f"{first}.{last}"),
        (18, lambda: f"{first}{_digits(r, r.choice([2, 2, 3, 4]))}"),
        (10, lambda: f"{first}{last}"),
        (8, lambda: f"{first[0]}{last}"),
        (8, lambda: f"{first}_{last}{_digits(r, 2)}"),
        (6, lambda: f"{first}.{last[0]}"),
        (5, lambda: f"{last}.{first}"),
        (5, lambda: f"{r.choice(['xo', 'its', 'lil', 'the', 'just'])}{first}{r.choice(['', 'x', 'xx', '_'])}"),
    ])()
    practice = r.choice(_PRACTICE) + r.choice(_PRACTICE_TLD)
    out = _pick(r, [
        (70, lambda: f"{local}@{r.choice(_FREEMAIL)}"),
        (12, lambda: f"{r.choice(['hello', 'admin', 'bookings', 'reception', first])}@{practice}"),
        (6, lambda: f"{r.choice(_TRIAL)}@{r.choice(['brackenvale', 'northmoor', 'castlereagh'])}.edu"),
        (6, lambda: f"{first[0]}{_digits(r, 7)}@student.{r.choice(['brackenvale', 'northmoor'])}.ac.uk"),
        (3, lambda: f"{local} at gmail dot com"),
        (3, lambda: f"{local}@gmail"),
    ])()
    if r.random() < 0.08 and " at " not in out:
        out = out[:1].upper() + out[1:]
    return out


def _url(r: random.Random) -> str:
    first, last = _first(r).lower(), r.choice(_SURNAMES).lower()
    practice = r.choice(_PRACTICE)
    tld = r.choice(_PRACTICE_TLD)
    rid = "".join(r.choice(string.ascii_letters + string.digits) for _ in range(11))
    return _pick(r, [
        (9, lambda: f"calendly.com/{first}-{last}/50min"),
        (3, lambda: f"https://calendly.com/{practice}/intake"),
        (8, lambda: f"doxy.me/{r.choice(['dr', ''])}{last}"),
        (6, lambda: f"{practice}.janeapp.com"),
        (7, lambda: f"https://zoom.us/j/{_digits(r, r.choice([10, 11]))}"),
        (4, lambda: f"meet.google.com/{_letters(r, 3, False)}-{_letters(r, 4, False)}-{_letters(r, 3, False)}"),
        (9, lambda: f"www.{practice}{tld}"),
        (6, lambda: f"https://{practice}{tld}/{r.choice(['resources', 'book', 'contact', 'groups', 'fees'])}"),
        (4, lambda: f"{practice}{tld}"),
        (4, lambda: f"https://forms.gle/{rid[:10]}"),
        (4, lambda: f"https://open.spotify.com/playlist/{rid}{rid[:11]}"),
        (4, lambda: f"gofundme.com/f/{r.choice(['help', 'support', 'get'])}-{first}-{r.choice(['home', 'recover', 'rehab'])}"),
        (5, lambda: f"instagram.com/{first}.{r.choice(['draws', 'runs', 'makes', last])}"),
        (6, lambda: f"@{first}{r.choice(['_', '.', ''])}{r.choice([last, _digits(r, 2), 'xo'])}"),
        (3, lambda: f"linktr.ee/{first}{last[:3]}"),
        (4, lambda: f"https://youtu.be/{rid}"),
        (4, lambda: f"www.{r.choice(_TRIAL)}.org/{r.choice(['diary', 'checkin', 'info'])}"),
        (2, lambda: f"tiktok.com/@{first}{_digits(r, 3)}"),
        (2, lambda: f"bit.ly/{rid[:7]}"),
    ])()


def _ssn(r: random.Random) -> str:
    area = r.choice([r.randint(100, 665), r.randint(667, 899)])
    grp, ser = r.randint(1, 99), r.randint(1, 9999)
    ni = r.choice(["AB", "JH", "KM", "NP", "PR", "SE", "TL", "WC", "YM", "OA", "RG", "HN"])
    return _pick(r, [
        (38, lambda: f"{area}-{grp:02d}-{ser:04d}"),
        (8, lambda: f"{area} {grp:02d} {ser:04d}"),
        (7, lambda: f"{area}{grp:02d}{ser:04d}"),
        (7, lambda: f"{r.randint(100, 899)} {_digits(r, 3)} {_digits(r, 3)}"),
        (3, lambda: f"{r.randint(100, 899)}-{_digits(r, 3)}-{_digits(r, 3)}"),
        (6, lambda: f"{ni} {_digits(r, 2)} {_digits(r, 2)} {_digits(r, 2)} {r.choice('ABCD')}"),
        (4, lambda: f"{ni.lower()}{_digits(r, 6)}{r.choice('abcd')}"),
        (6, lambda: f"{_digits(r, 7)}{r.choice('ABCDEFHKPTW')}{r.choice(['', 'A', 'W'])}"),
        (6, lambda: f"{_digits(r, 3)} {_digits(r, 3)} {_digits(r, 3)}"),
        (5, lambda: f"{r.randint(10, 13)}-{_digits(r, 3)}-{_digits(r, 3)}"),
        (3, lambda: f"{r.randint(100, 140)}-{_digits(r, 3)}-{_digits(r, 3)}"),
    ])()


def _id(r: random.Random) -> str:
    return _pick(r, [
        (10, lambda: _digits(r, r.choice([7, 8]))),
        (4, lambda: f"00{_digits(r, 6)}"),
        (8, lambda: f"{r.randint(400, 499)} {_digits(r, 3)} {_digits(r, 4)}"),
        (3, lambda: f"{r.randint(400, 499)}{_digits(r, 7)}"),
        (7, lambda: f"{r.randint(2, 6)}{_digits(r, 3)} {_digits(r, 5)} {r.randint(1, 9)}"),
        (6, lambda: f"{_letters(r, 3)}{_digits(r, 4)}"),
        (1, lambda: f"{_letters(r, 3, False)}{_digits(r, 4)}"),
        (5, lambda: f"{_digits(r, 4)}-{_digits(r, 3)}-{_digits(r, 3)}-{_letters(r, 2)}"),
        (6, lambda: f"{_letters(r, r.choice([1, 3]))}{_digits(r, 9)}"),
        (3, lambda: f"{r.choice(['AB', 'XK', 'TR', 'MW'])}{_digits(r, 5)}{_letters(r, 1)}"),
        (5, lambda: f"s{_digits(r, 7)}"),
        (3, lambda: f"C00{_digits(r, 6)}"),
        (5, lambda: f"EAP-{_digits(r, 6)}"),
        (5, lambda: f"{_letters(r, 2)}{r.randint(2, 9)}{_letters(r, 1)}{_digits(r, 1)}{_letters(r, 1)}"),
        (5, lambda: f"{r.choice(['PSI', 'CPT', 'HZN', 'P'])}-{_digits(r, 4)}"),
        (2, lambda: f"{r.choice(['TRL', 'SCR'])}-{_digits(r, 2)}-{_digits(r, 3)}"),
        (5, lambda: f"CLM-{_digits(r, 7)}"),
        (4, lambda: f"{_digits(r, 4)} {_digits(r, 4)} {_digits(r, 4)}"),
        (4, lambda: f"H{_digits(r, 7)}"),
        (3, lambda: f"RX{_digits(r, 7)}"),
        (2, lambda: f"ref{_digits(r, 6)}"),
    ])()


_VALUES = {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
           "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn only with *r*."""
    return _VALUES[kind](r)


TEMPLATES = {
    "PERSON": [
        "{} said i should msg u lol",
        "my mum n {} had another massive fight last night",
        "Hi, this is {} from the counselling team, just confirming your appt tmrw at 2pm.",
        "ok so me and {} broke up. AGAIN. idk",
        "dr {} upped my sertraline to 100mg n i feel wierd",
        "can {} come to the next session w me? shes my partner",
        "{}'s been so supportive tbh i dont deserve it",
        "sorry i missed ur call, {} had the car",
        "Thanks for your message. I've passed this on to {}, who will be your keyworker from now on.",
        "my flatmate {} keeps having ppl over and i cant sleep",
        "ugh my boss {} made me stay late again, 12hr shift",
        "the nurse, {}, said to check in with u abt the dose",
        "omg {} just texted me after like 2 years",
        "Hi {}, just a reminder your session is at 10:30. Reply YES to confirm.",
        "my little bro {} is staying w us for a bit",
        "spoke to {} at the pharmacy n they said its fine w the naltrexone",
        "Dear {}, thank you for getting in touch, and well done for reaching out.",
        "thx {} :) see u next wk",
        "ms {} from school rang mum about my attendance",
        "my sponsor {} reckons i should tell u abt the slip",
        "Your guide for the dosing day will be {}, who you met at the prep session.",
        "i feel like {} doesnt get it at all",
        "grandad {} passed last yr n its still SO hard",
        "{} n i are trying again, slowly",
        "can u email the letter to {} too, shes my support worker",
        "Best wishes, {}",
        "its {} here, lost my old phone so new number",
        "mr {} the head of year wants a meeting w mum",
        "my mams new fella {} is ok i guess",
        "me n {} went for a walk instead of the pub :)",
        "Kind regards, {} (Care Coordinator)",
    ],
    "LOCATION": [
        "just got back from {} n im wrecked",
        "my mum lives out in {} so ill be there over the hols",
        "im stuck in {} til the trains are running again",
        "is there a service closer to {}? its a 2hr bus for me",
        "the A&E at {} sent me home after 4 hours",
        "Our nearest clinic to you is {}; would that work for in-person sessions?",
        "started a new job at {} last wk, night shifts",
        "grew up in {} and honestly never want to go back",
        "they're moving me to the unit at {}",
        "drove to {} for the funeral, didnt drink tho",
        "we're staying at my nans in {} for a bit",
        "im at {} now waiting for my bloods",
        "the gp at {} wont prescribe the quetiapine anymore",
        "i go to {}, will the counsellor tell my teachers??",
        "Has anyone from {} been in touch about the referral yet?",
        "my ex still lives in {} which is the whole problem",
        "found a meeting in {} tonight at 7",
        "been kicked out of the flat, crashing at a mates in {}",
        "Are you still in {} at the moment, or back home?",
        "the pharmacy in {} has my script",
        "is the trial site at {} or somewhere else",
        "my dad got transferred to {} after the fall",
        "i work at {}, the late shift is killing me",
        "sorry bad signal, driving thru {}",
        "The group meets at {}, upstairs, from 6pm.",
        "shes in a home near {} now",
        "i was born in {} but we moved when i was 5",
        "heaps of ppl from {} go there too haha",
    ],
    "ADDRESS": [
        "my new address is {}",
        "can u send the letter to {} pls, not my mums",
        "im at {} if the crisis team needs to come",
        "moved! its {} now",
        "Could you confirm your current address? We have {} on file.",
        "the parcel went to {} by mistake lol",
        "can the taxi pick me up from {}",
        "pls post the consent forms to {}",
        "staying at {} for now, its my aunties place",
        "We'll send the kit by courier to {}. Someone will need to sign for it.",
        "landlord wants us out of {} by the end of the month",
        "we're at {} its the blue door",
        "Home visit is booked for 2pm at {}.",
        "letters still going to {} which isnt my address anymore",
        "im round the back of {}, the side gate is open",
        "its {}, the flat above the chemist",
        "my nan lives at {} and i might move in w her",
        "address for the gp form: {}",
        "sorry wrong address before its {}",
        "can u update my details, new place is {}",
        "just signed the lease on {} :)",
        "The outreach worker will meet you at {} at 11am.",
        "meds got delivered to {} not here ugh",
        "used to live at {} before all this happened",
        "Please post the diary back to {} in the prepaid envelope.",
        "{} is where ill be staying the night after dosing",
        "the police came to {} last night, im ok tho",
    ],
    "DATE": [
        "can we move my appt to {}",
        "is {} ok for u",
        "Your next appointment is {} at 3pm.",
        "cant do {} sorry, got work",
        "my court date got moved to {}",
        "{} works better for me if thats ok",
        "started the naltrexone on {}",
        "havent had a drink since {} :)",
        "Just confirming we're booked for {} at 10:30.",
        "the dosing day is {} right?",
        "results come back on {} apparently",
        "its 1 yr sober on {} !!!",
        "the anniversary of mum passing is {} so heads up",
        "uni deadline is {} and im freaking out",
        "we fly back on {}, can we do the call after",
        "Could we do {} instead? Same time.",
        "i start my new job {} eek",
        "pls cancel {} im sick",
        "Integration call pencilled in for {}, 11am your time.",
        "my birthday is {} lol not that i care",
        "missed {} bc my bus didnt come sorry",
        "exams finish {} then im free",
        "dob {} if u need it for the form",
        "moving out {} hopefully",
        "last time i used was {}",
        "Reminder: no sessions on {} as the service is closed.",
        "tommorow is fine but {} is better",
    ],
    "AGE": [
        "my nan turned {} last wk",
        "grandad is {} and still drives lol",
        "shes {} and lives on her own which worries me",
        "Your grandmother is {}? That's a lot of caring on your shoulders.",
        "looking after my great aunt, shes {}",
        "my pop will be {} next month",
        "he's {} n refuses to go into a home",
        "nana is {} years old and sharper than me",
        "mums mum is {} and has dementia now",
        "im carer for my dad who is {}, its a lot",
        "oma just turned {} we had a wee party",
        "my neighbour is {} and i do his shopping",
        "shes {} yrs old and fell again",
        "Just to check, your grandfather is {} and living with you?",
        "gran is {} n in hospital again",
        "my great gran is {} lol she outlived everyone",
        "he's {} so the trip is hard on him",
        "Noted that your grandmother is now {}.",
        "my grandad, {}, lives w us",
        "shes like {} n still texts me every day",
        "caring for nan ({}) full time since the summer",
        "he turns {} this wknd and wants a party",
        "nan is {} and her memory is going",
        "my grandmas {} so we dont know how long",
        "the lady i care for at work is {}",
        "granda is {} and still goes to mass",
    ],
    "PHONE": [
        "my new number is {}",
        "can u call me on {} instead",
        "text me on {} my other phone died",
        "Please call the duty line on {} if you need someone before then.",
        "mums number is {} if u cant reach me",
        "{} thats my work phone, dont leave a msg",
        "If you can't make it, text {} to cancel.",
        "ring {} its my partners phone",
        "i rang {} but no one picked up",
        "The crisis team's number is {}, open 24/7.",
        "whats the number again is it {}",
        "best number for me is {}",
        "can u update my mobile to {}",
        "got a missed call from {} was that u?",
        "call {} after 5 pls",
        "emergency contact is my sister, {}",
        "for the trial nurse: {}",
        "my landline is {} but i never answer it lol",
        "Our reception number is {} if the link doesn't work.",
        "new phone lol its {}",
        "ok saved ur number as {}",
        "Reply to {} to confirm, or call us.",
        "plz ring me {} im not ok",
        "the number on the letter is {} is that right",
        "just txt {} when ur outside",
    ],
    "EMAIL": [
        "my email is {}",
        "can u send it to {} instead",
        "pls email {} the worksheet",
        "Thanks, I've updated your email to {}.",
        "{} is my uni one, i never check it",
        "sent it from {} did u get it",
        "Could you email me on {} with the forms?",
        "email {} if the link doesnt work",
        "can the invoice go to {} pls",
        "my work email is {}, dont use that one",
        "forward it to {} thx",
        "I've cc'd {} as you asked.",
        "it went to junk on {}",
        "The study coordinator is on {} for any questions.",
        "use {} for the receipts",
        "{} thats where the zoom link should go",
        "reset link went to {} which i cant get into",
        "my mum wants a copy, shes {}",
        "You can reach me at {} between sessions.",
        "send the letter to {} pls not post",
        "my old email was {} but it got hacked",
        "Please reply to {} rather than this address.",
        "accidentally signed up w {} oops",
        "can u add {} to the calendar invite",
        "its {} - all lower case",
    ],
    "URL": [
        "heres the link {}",
        "the zoom link is {} right?",
        "Please book your next session here: {}",
        "i filled in the form at {}",
        "this playlist helped during the session {}",
        "found this {} is it legit",
        "my mates fundraiser for his rehab {}",
        "Your video session link: {}",
        "the link {} isnt working for me",
        "follow me on insta {} lol jk",
        "Here's the worksheet we talked about: {}",
        "can u check {} its the group i mentioned",
        "i booked thru {} but it says no slots",
        "The trial info page is {}.",
        "the meditation thing u sent {} was actually good",
        "my art stuff is on {} if u wanna see",
        "link for the integration call {}",
        "Join here at 4pm: {}",
        "signed up at {} last night",
        "the app sent me to {} for the survey",
        "my old therapist had a page {}",
        "u can pay at {} apparently",
        "{} this is the video i was talking abt",
        "Feedback survey (2 mins): {}",
        "ugh {} keeps logging me out",
    ],
    "SSN": [
        "my ssn is {}",
        "do u need my social? its {}",
        "SIN {} for the form",
        "ok my ni number is {}",
        "pps no. {}",
        "tfn is {} for the payroll thing",
        "IRD number {}",
        "For the billing form we'll need your SSN, is it {}?",
        "social security # {}",
        "my sin is {} i think",
        "heres my social {} sorry forgot last time",
        "national insurance {}",
        "ssn {} pls dont share it",
        "the form wants my tax file number {}",
        "Thanks, I've noted your PPS number as {}.",
        "its {} my ss#",
        "my ird is {}",
        "SSN: {}",
        "We have {} as your social insurance number, is that right?",
        "dads ssn is {} for the carer form",
        "i put {} as my ni no, is that the right box",
        "mums sin {}",
        "for the disability claim my ssn is {}",
        "social {} - pls delete after",
        "ur office asked for my tfn, its {}",
    ],
    "ID": [
        "my mrn is {}",
        "medicare number {}",
        "nhs no {}",
        "member id {} on the insurance card",
        "student number {}",
        "Your booking reference is {}.",
        "participant id {}",
        "claim number {} for the invoice",
        "eap case number is {}",
        "my nhi is {}",
        "ohip {}",
        "Please quote your client number, {}, when you call.",
        "account no. {}",
        "hospital number {} for the letter",
        "medicaid id {}",
        "policy # {}",
        "booking ref {} if u need it",
        "the referral number is {}",
        "my health card no is {}",
        "Screening number {}: please bring this to your first visit.",
        "staff id {} for the eap form",
        "insurance member # {}",
        "case ref {}",
        "Your participant number for the study is {}.",
        "my medicare card is {} exp soon",
        "mrn {} - its on my wristband",
    ],
}
