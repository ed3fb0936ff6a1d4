"""A forty-fourth SYNTHETIC transcript set for benchmarks/deid.py: the forty-second held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand are
used as places only, never with a person; every hospital, clinic, medical centre, practice, counselling
service, school, college, university, youth hub and workplace name is made up).  Written on 2026-12-07 by
an engineer who had NOT seen the de-identifier's rules, its docs page, its tests or the contents of the
earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout41.py their docstrings, plus the ``value`` signature and the ``TEMPLATES``
shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no line of this file
was changed after its first run.  It was first run on the twentieth round's rules (main at commit
918ef01) and measures how the rules do on text they were not written for; it stays a blind set until a
later round makes it a development set.

Style: A THIRD SAMPLE, by another writer, of ORDINARY TYPED, TEXT-BASED counselling and therapy (after
deid_heldout28.py and deid_heldout41.py, whose docstrings only were read; this one is written from how
people really type, not from their lists): web-chat counselling (a university's or an employer's
counselling service, a youth or crisis text line, a chat-based alcohol or cannabis brief intervention),
text messages between sessions with a keyworker or care coordinator (booking, moving and confirming
appointments: ``Reply Y to confirm``), secure in-app messages on a therapy platform, e-mail between a
client and a private therapist (``Hi ...``, ``Kind regards``, ``From:``), and a psychedelic trial's
between-session check-in messages (``day 3 after dosing``, the integration call, the dosing-day taxi).
The benchmark's generator writes every turn as ``Therapist:``/``Client:``, so each message, the
counsellor's, keyworker's or coordinator's too, sits inside a ``Client:`` turn, one message per turn.
Typed the way people really type on a phone: mostly lower case or careless capitals, little
punctuation, missing apostrophes (``im``, ``dont``, ``whos``), abbreviations (``u``, ``ur``, ``tmrw``,
``appt``, ``pls``, ``thx``, ``ty``, ``idk``, ``atm``, ``tbh``, ``ngl``, ``bc``, ``n``), emoji words and a few
emoji (``lol``, ``jk``, ``:(``, ``eek``), typos, run-together sentences, a few all-caps words (``AGAIN``,
``ME``), numbers as digits; the counsellor's, keyworker's and trial coordinator's side tidier, with
capitals and full stops.  Writers from the US, Canada, the UK, Ireland, Australia and New Zealand, mixed
(``mum``, ``mom``, ``mam``, ``nan``, ``nanna``, ``oma``, ``poppa``, ``heaps``, ``mate``, ``nicked``, ``uni``).
Identifier forms: the forms such people type MOST OFTEN, evenly spread; hard or exotic forms rare (under
one in ten of each type).  Names: a first name alone, lower case or capitalised (the most common), a full
name lower case or capitalised, a surname (for a ``dr``/``mr``/``ms`` in the carrier, often lower case
without a full stop), a relative's, partner's, flatmate's, boss's, sponsor's or keyworker's name after a
kin or role word in the carrier, a possessive or contracted ``'s`` in the carrier, a name in a greeting or
an e-mail sign-off; rarely a first name with a surname initial, a stretched name (``emmaaa``), an ``O'``
or ``Mc`` surname typed without its apostrophe or capital, or a hyphenated first name.  Places: the town,
city or suburb someone lives in, grew up in, is stuck in or drives to, lower case or capitalised
(``toowoomba``, ``Nanaimo``, ``drogheda``, ``Wigan``, ``palmerston north``), and made-up hospitals, medical
centres, practices, schools, colleges and workplaces by name, lower case or capitalised (``fernhill
medical centre``, ``Greystone Hospital``, ``Brightwater Foods``); rarely a town with its state, province
or county after it (``orillia ont``, ``navan co meath``) or a local short form (``palmy``, ``the sunny
coast``).  Addresses as typed: a street line, lower case with short street types (``14 fenwick st``,
``3 ironbark cres``) or capitalised (``22 Ashby Road``), with an ``apt``/``unit``/``flat``, a Canadian
``12-880 linden ave`` or an Australian ``2/14 wattle st``, sometimes with the town after it; rarely with a
ZIP, UK postcode, Canadian postal code or Eircode.  Dates as typed: ``3/14`` and ``14/3``, ``march 3rd``,
``March 3``, ``mar 3``, ``the 14th``, ``tues 9th``, ``thurs the 12th``, ``fri 14/3``, ``3rd march``, ``12
march``, ``14th of march``, the counsellor's ``Tuesday 14 March`` and ``Thursday, March 12``; rarely a date
of birth (``14/02/1987``), a misspelt month or weekday (``feburary 3rd``, ``wensday 4th``), a year with
it (``2/3/25``) or ISO.  Ages over 89 (90-110) of a nan, grandad, great-aunt, neighbour or the person
someone cares for: digits (most), the unit and ``turned``/``is`` in the carrier; rarely in words
(``ninety two``) or with ``yo`` run on.  Phones as typed into a text: US and Canadian ``(416) 555-0142``,
``416-555-0142``, ``416 555 0142``, ``4165550142`` (555-01xx fiction numbers), UK ``07700 900123`` mobiles
(with and without the space) and ``0161 496 0123`` landlines, Irish ``087 555 0123`` mobiles, Australian
``0491 570 123`` mobiles and ``(02) 5550 1234`` landlines, NZ ``021 555 0143`` mobiles and ``(09) 555 1234``
landlines; rarely with a country code.  Emails: free-mail and ISP addresses of these countries
(``gmail.com``, ``hotmail.co.uk``, ``outlook.com``, ``icloud.com``, ``bigpond.com``, ``xtra.co.nz``,
``eircom.net``, ``rogers.com``) and invented practice, service, trial and university addresses, now and then
with a capital first letter (phone autocapitalisation); rarely ``at``/``dot`` or a space before the ``@``.
Web addresses and handles: booking and video-session links (``calendly.com/...``, ``doxy.me/...``,
``....janeapp.com``, ``zoom.us/j/...``, ``meet.google.com/...``), invented practice, service, trial and
resource pages with and without ``https://`` and ``www``, a form, a playlist, a video, a blog, a fundraiser,
a social-media profile link and an ``@handle``; rarely a short link.  SSNs as each country's national
number (planted as SSN -- a judgement call): US social security numbers, Canadian SINs, UK National
Insurance numbers (also lower case, run together), Irish PPS numbers, Australian tax file numbers and NZ
IRD numbers, the cue in the carrier (``value`` and the template are drawn independently, so the cue does
not always match the country).  IDs (the cue always in the carrier, never in the span): MRNs and hospital
numbers, NHS numbers, Australian Medicare numbers, NZ NHIs (also lower case), OHIP and other health card
numbers, US insurance member, policy and Medicaid ids, student numbers, an EAP case reference, a chat
reference, a booking reference, a client number, a trial participant number, an account number, a claim
number and a Zoom meeting id.
A title, kin or role word or possessive ``'s`` next to a name, an article before a place and ``on``/``since``
before a date stay outside the span; a date's own words (``tues 9th``, ``the 14th``, ``14th of march``) are
inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and then a form
sits a little oddly in its message, as in a real chat log.
The carrier messages hold words that must NOT be removed: drugs and doses (sertraline 100mg, naltrexone,
quetiapine, propranolol, psilocybin, melatonin), scales and scores (PHQ-9, GAD-7, ``a 4/10``), clock times
(``2pm``, ``7:30am``, ``3:30``), ages under 90, weekdays alone, durations (``2 wks``, ``6 month wait``, ``50
mins``), chat words (``lol``, ``tmrw``, ``ngl``), kin words as common nouns (my mum, my nan, my ex, my flatmate)
and place-like common words (the gp, the pharmacy, the ward, the refuge, uni, work, the home); they hold
no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# ---------------------------------------------------------------------------------------------- names
_GIVEN = ["jess", "kayleigh", "brooke", "tegan", "chloe", "maddison", "shannon", "jasmine", "hayley",
          "courtney", "ashleigh", "bethany", "kirsty", "ciara", "aoife", "niamh", "roisin", "tayla", "kiara",
          "mackenzie", "brianna", "alyssa", "paige", "aroha", "manaia", "nikau", "wiremu", "liam", "callum",
          "brendan", "declan", "ryan", "tyler", "jayden", "dylan", "cody", "josh", "kieran", "nathan",
          "darren", "shane", "trent", "brody", "hamish", "rory", "eoin", "cian", "mitchell", "marcus", "andre",
          "darnell", "tomas", "emma", "sophie", "megan", "lauren", "amber", "danielle", "stacey", "gemma",
          "leanne", "kelsey", "morgan", "jordan", "riley", "harvey", "owen", "connor", "jake", "ethan",
          "isla", "freya", "maya", "zara", "leah", "nadia", "aisha", "hemi", "tama", "ngaire"]
_ELDER = ["maureen", "beryl", "doreen", "kevin", "gary", "trevor", "glenda", "sharon", "colleen", "brian",
          "noreen", "phyllis", "barry", "lorraine", "dennis", "marlene", "clive", "heather", "raymond", "joan"]
_SURNAME = ["hendry", "mcalister", "pearce", "tran", "nguyen", "patel", "singh", "brennan", "doherty", "ferris",
            "whitlock", "carmody", "pritchard", "mcgrath", "lavoie", "tremblay", "gagnon", "walsh", "hollis",
            "yates", "barlow", "ashworth", "kim", "chen", "ramirez", "delgado", "morrison", "sutherland",
            "keane", "daly", "foley", "quinlan", "harrington", "fairbairn", "bassett", "mcintyre", "thorne",
            "vickers", "greer", "henare", "tipene", "parata", "kaur", "ahmed", "novak", "bouchard", "leblanc",
            "mcnulty", "hargreaves", "oakes", "stirling", "wong", "fraser", "crowley", "dempsey"]
_OSURNAME = ["oconnell", "osullivan", "odriscoll", "oneill", "mcdonagh", "obrien", "okeefe", "mccarthy"]
_HYPHEN = ["mary-kate", "anna-lee", "jean-luc", "lily-rose", "mia-rose", "ruby-mae"]


def _cap(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def _person(r: random.Random) -> str:
    x = r.random()
    first = r.choice(_GIVEN + _ELDER) if r.random() < 0.25 else r.choice(_GIVEN)
    sur = r.choice(_SURNAME)
    if x < 0.30:
        return first
    if x < 0.50:
        return _cap(first)
    if x < 0.62:
        return f"{first} {sur}"
    if x < 0.74:
        return _cap(f"{first} {sur}")
    if x < 0.83:
        return _cap(sur)
    if x < 0.91:
        return sur
    # rare forms
    return r.choice([f"{first} {sur[0]}", f"{_cap(first)} {sur[0].upper()}", first + first[-1] * r.randint(2, 3),
                     f"{first} {r.choice(_OSURNAME)}", r.choice(_HYPHEN), _cap(r.choice(_HYPHEN)),
                     r.choice(_OSURNAME)])


# ---------------------------------------------------------------------------------------------- places
_TOWNS = ["fort wayne", "dayton", "lubbock", "akron", "bellingham", "roanoke", "savannah", "olympia", "provo",
          "reno", "lansing", "knoxville", "erie", "toledo", "yakima", "st cloud", "kamloops", "nanaimo",
          "oshawa", "barrie", "moncton", "sudbury", "red deer", "lethbridge", "peterborough", "sherbrooke",
          "brandon", "orillia", "wigan", "bolton", "doncaster", "swansea", "dundee", "luton", "preston",
          "carlisle", "telford", "basingstoke", "grimsby", "salford", "drogheda", "navan", "sligo",
          "letterkenny", "portlaoise", "tullamore", "dundalk", "carlow", "castlebar", "killarney",
          "toowoomba", "geelong", "wollongong", "mildura", "rockhampton", "cairns", "launceston", "penrith",
          "frankston", "mackay", "townsville", "dandenong", "footscray", "parramatta", "rotorua", "tauranga",
          "invercargill", "palmerston north", "timaru", "whangarei", "porirua", "gisborne", "masterton",
          "ponsonby", "rathmines", "halifax", "sault ste marie", "new plymouth"]
_TOWN_REGION = ["orillia ont", "navan co meath", "mildura vic", "red deer ab", "tullamore co offaly",
                "cairns qld", "yakima wa", "hastings hb", "carlow town", "lubbock tx", "castlebar co mayo"]
_SHORT = ["palmy", "the sunny coast", "wagga", "the soo", "rocky", "brissy"]
_PLACE_STEM = ["fernhill", "greystone", "riverbend", "elmwood", "bramley", "hollybank", "cedar point", "ashgrove",
               "westvale", "northbridge", "lakeshore", "redcliffe", "harbourside", "kingsmead", "oakridge",
               "marlow park", "stonebridge", "clearwater", "pinecrest", "tamarack"]
_PLACE_KIND = ["medical centre", "medical center", "hospital", "health centre", "family practice",
               "counselling service", "high", "secondary college", "college", "primary", "community health",
               "uni", "university", "clinic", "surgery", "youth hub", "recovery services"]
_WORKPLACE = ["brightwater foods", "northgate freight", "halcyon insurance", "tasman electrical",
              "coastline logistics", "maple leaf packaging", "summit call centre", "pinnacle fitness",
              "redgum hardware", "bluewave telecom"]


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.33:
        return r.choice(_TOWNS)
    if x < 0.58:
        return _cap(r.choice(_TOWNS))
    if x < 0.74:
        return f"{r.choice(_PLACE_STEM)} {r.choice(_PLACE_KIND)}"
    if x < 0.86:
        return _cap(f"{r.choice(_PLACE_STEM)} {r.choice(_PLACE_KIND)}")
    if x < 0.92:
        w = r.choice(_WORKPLACE)
        return r.choice([w, _cap(w)])
    return r.choice([r.choice(_TOWN_REGION), r.choice(_SHORT)])


# ---------------------------------------------------------------------------------------------- addresses
_STREET = ["fenwick", "ashby", "hawthorn", "wattle", "kowhai", "rimu", "cottonwood", "marigold", "sorrel",
           "pembroke", "ellesmere", "glenview", "redgum", "ironbark", "linden", "harcourt", "whitfield",
           "beaumont", "kenmore", "dunbar", "holmwood", "poplar", "primrose", "station", "church", "high",
           "mill", "school", "tui", "banksia", "cedar", "spruce", "lakeview", "hillcrest", "orchard"]
_ST_SHORT = ["st", "st", "rd", "rd", "ave", "dr", "cres", "ct", "pl", "tce", "pde", "way", "lane", "close", "grove"]
_ST_LONG = ["Street", "Street", "Road", "Road", "Avenue", "Drive", "Crescent", "Court", "Place", "Terrace",
            "Close", "Grove", "Lane"]
_POSTCODE = ["BL3 6QT", "DN4 8HS", "SA1 5RW", "M6 7JZ", "L4M 3B2", "E1A 7X9", "V9R 2K4", "A92 X7F3",
             "R35 K2W8", "4350", "3220", "9810", "49503", "98225", "0610"]


def _address(r: random.Random) -> str:
    n = r.randint(1, 240) if r.random() < 0.8 else r.randint(241, 4800)
    street = r.choice(_STREET)
    low = f"{n} {street} {r.choice(_ST_SHORT)}"
    high = f"{n} {_cap(street)} {r.choice(_ST_LONG)}"
    x = r.random()
    if x < 0.33:
        return low
    if x < 0.53:
        return high
    if x < 0.73:
        form = r.choice(["apt", "unit", "flat", "slash", "dash", "hash"])
        u = r.randint(1, 24)
        if form == "slash":
            return f"{u}/{low}"
        if form == "dash":
            return f"{u}-{low}"
        if form == "hash":
            return f"{low} #{u}"
        if form == "flat":
            return r.choice([f"flat {u} {low}", f"Flat {u}, {high}"])
        return r.choice([f"{form} {u} {low}", f"{form} {u}{r.choice('abc')} {low}", f"{low} {form} {u}"])
    if x < 0.92:
        town = r.choice(_TOWNS)
        return r.choice([f"{low} {town}", f"{low}, {town}", f"{high}, {_cap(town)}"])
    return r.choice([f"{low} {r.choice(_POSTCODE)}", f"{high}, {_cap(r.choice(_TOWNS))} {r.choice(_POSTCODE)}"])


# ---------------------------------------------------------------------------------------------- dates
_MONTH = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
_MON = ["jan", "feb", "mar", "apr", "may", "june", "july", "aug", "sept", "oct", "nov", "dec"]
_DAY_SHORT = ["mon", "tues", "tue", "wed", "thurs", "thu", "fri", "sat", "sun"]
_DAY_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MISSPELT = ["feburary", "janurary", "wensday", "thrusday", "septmber", "agust", "tuseday"]


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _date(r: random.Random) -> str:
    m, d = r.randint(1, 12), r.randint(1, 28)
    month, mon = _MONTH[m - 1], _MON[m - 1]
    forms = [
        lambda: f"{m}/{d}",
        lambda: f"{d}/{m}",
        lambda: f"{month} {_ord(d)}",
        lambda: f"{_cap(month)} {d}",
        lambda: f"{mon} {d}",
        lambda: f"the {_ord(d)}",
        lambda: f"{r.choice(_DAY_SHORT)} {_ord(d)}",
        lambda: f"{r.choice(_DAY_SHORT)} the {_ord(d)}",
        lambda: f"{r.choice(_DAY_SHORT)} {d}/{m}",
        lambda: f"{_ord(d)} {month}",
        lambda: f"{d} {month}",
        lambda: f"{_ord(d)} of {month}",
        lambda: f"{r.choice(_DAY_LONG)} {d} {_cap(month)}",
        lambda: f"{r.choice(_DAY_LONG)}, {_cap(month)} {d}",
    ]
    if r.random() < 0.08:
        y = r.randint(1950, 2005)
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"{r.choice(_MISSPELT[:2] + _MISSPELT[4:6])} {_ord(d)}",
                         f"{r.choice(_MISSPELT[2:4] + _MISSPELT[6:])} {_ord(d)}", f"{d}/{m}/{r.randint(23, 26)}",
                         f"20{r.randint(23, 26)}-{m:02d}-{d:02d}"])
    return r.choice(forms)()


# ---------------------------------------------------------------------------------------------- ages
_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _age(r: random.Random) -> str:
    a = r.randint(90, 104) if r.random() < 0.9 else r.randint(90, 110)
    x = r.random()
    if x < 0.9:
        return str(a)
    if x < 0.95 and a < 100:
        return f"ninety{r.choice([' ', '-'])}{_ONES[a - 90]}".rstrip(" -")
    return f"{a}yo" if r.random() < 0.5 else str(a)


# ---------------------------------------------------------------------------------------------- phones
def _phone(r: random.Random) -> str:
    n = r.randint
    c = r.randint(0, 5)
    if c in (0, 1):  # US / Canada, 555-01xx
        a = r.choice([416, 613, 780, 604, 902, 306, 503, 614, 512, 919, 704, 801, 267, 585])
        last = f"01{n(0, 99):02d}"
        return r.choice([f"({a}) 555-{last}", f"{a}-555-{last}", f"{a} 555 {last}", f"{a}555{last}",
                         f"{a}.555.{last}", f"({a}) 555-{last}", f"+1 {a} 555 {last}" if n(0, 5) == 0 else
                         f"{a}-555-{last}"])
    if c == 2:  # UK
        mob = f"{n(0, 999):03d}"
        return r.choice([f"07700 900{mob}", f"07700900{mob}", f"07700 900 {mob}",
                         f"0161 496 0{n(0, 999):03d}", f"0113 496 0{n(0, 999):03d}",
                         f"+44 7700 900{mob}" if n(0, 4) == 0 else f"07700 900{mob}"])
    if c == 3:  # Ireland
        p = r.choice(["083", "085", "086", "087", "089"])
        k = f"{n(0, 999):03d}"
        return r.choice([f"{p} 555 0{k}", f"{p}5550{k}", f"{p}-555-0{k}", f"(01) 555 0{k}",
                         f"+353 {p[1:]} 555 0{k}" if n(0, 4) == 0 else f"{p} 555 0{k}"])
    if c == 4:  # Australia
        k = f"{n(0, 999):03d}"
        return r.choice([f"0491 570 {k}", f"0491570{k}", f"0491 57{n(0, 9)} {k}",
                         f"(0{r.choice([2, 3, 7, 8])}) 5550 {n(0, 9999):04d}",
                         f"0{r.choice([2, 3, 7, 8])} 5550 {n(0, 9999):04d}",
                         f"+61 491 570 {k}" if n(0, 4) == 0 else f"0491 570 {k}"])
    p = r.choice(["021", "022", "027", "029"])  # New Zealand
    return r.choice([f"{p} 555 {n(0, 9999):04d}", f"{p}555{n(0, 9999):04d}", f"{p} 555 {n(0, 999):03d}",
                     f"(0{r.choice([3, 4, 6, 7, 9])}) 555 {n(0, 9999):04d}",
                     f"0{r.choice([3, 4, 6, 7, 9])} 555 {n(0, 9999):04d}"])


# ---------------------------------------------------------------------------------------------- emails
_FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com",
             "hotmail.co.uk", "btinternet.com", "live.ie", "eircom.net", "bigpond.com", "optusnet.com.au",
             "xtra.co.nz", "rogers.com", "sympatico.ca", "yahoo.ca", "live.co.uk", "outlook.ie"]
_ORGMAIL = ["fernhillcounselling.co.nz", "westvalecounselling.ca", "riverbendpsych.com.au", "greystonehealth.org",
            "northbridge.ac.uk", "lakeshoretherapy.com", "kingsmeadwellbeing.ie", "stonebridge-eap.com",
            "clearwaterpsychedelicstudy.org", "oakridgecare.co.uk"]


def _email(r: random.Random) -> str:
    first, sur = r.choice(_GIVEN), r.choice(_SURNAME)
    yy = r.randint(80, 99) if r.random() < 0.5 else r.randint(1, 9999)
    if r.random() < 0.72:
        local = r.choice([f"{first}.{sur}", f"{first}{sur}{yy}", f"{first}_{sur[0]}", f"{first}{yy}",
                          f"{first[0]}{sur}{r.randint(1, 99)}", f"{first}.{sur}{yy}", f"xx{first}xx",
                          f"{first}{sur[:3]}", f"{first}_{sur}"])
        dom = r.choice(_FREEMAIL)
    else:
        local = r.choice([f"{first}", f"{first[0]}.{sur}", "admin", "intake", "reception", "bookings",
                          f"{first}.{sur}", "studyteam", "hello"])
        dom = r.choice(_ORGMAIL)
    x = r.random()
    if x < 0.06:
        return f"{local.replace('.', ' dot ')} at {dom.replace('.', ' dot ')}"
    if x < 0.09:
        return f"{local} @{dom}"
    if x < 0.2:
        return f"{local[:1].upper()}{local[1:]}@{dom}"
    return f"{local}@{dom}"


# ---------------------------------------------------------------------------------------------- web
_SITE = ["fernhillcounselling.co.nz", "westvalecounselling.ca", "riverbendpsych.com.au", "greystonehealth.org",
         "kingsmeadwellbeing.ie", "oakridgecare.co.uk", "lakeshoretherapy.com", "clearwaterstudy.org",
         "quietharbourmind.com", "steadygroundrecovery.org"]
_HANDLE = ["jess.draws", "kaylz_b", "tegan.makes", "callum_runs", "sober.steph", "not.ok.niamh", "rorypaints",
           "aroha.art", "brody_skates", "moth.and.ink", "lil_zaraa", "dylan.m.photo"]
_CODE = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _code(r: random.Random, k: int) -> str:
    return "".join(r.choice(_CODE) for _ in range(k))


def _url(r: random.Random) -> str:
    n = r.randint
    site, handle = r.choice(_SITE), r.choice(_HANDLE)
    doc = r.choice(["dr", "", "therapy-with-"]) + r.choice(_SURNAME)
    forms = [
        lambda: f"calendly.com/{doc}/50min",
        lambda: f"https://calendly.com/{doc}",
        lambda: f"doxy.me/{doc}",
        lambda: f"https://doxy.me/{doc}",
        lambda: f"{site.split('.')[0]}.janeapp.com",
        lambda: f"https://{site.split('.')[0]}.janeapp.com/locations/online/book",
        lambda: f"zoom.us/j/{n(81000000000, 89999999999)}",
        lambda: f"https://us02web.zoom.us/j/{n(81000000000, 89999999999)}?pwd={_code(r, 10)}",
        lambda: f"meet.google.com/{''.join(r.choice('abcdefghijkmnopqrstuvwxyz') for _ in range(3))}-"
                f"{''.join(r.choice('abcdefghijkmnopqrstuvwxyz') for _ in range(4))}-"
                f"{''.join(r.choice('abcdefghijkmnopqrstuvwxyz') for _ in range(3))}",
        lambda: f"www.{site}",
        lambda: f"https://www.{site}/{r.choice(['resources', 'fees', 'book', 'groups', 'worksheets'])}",
        lambda: f"{site}/{r.choice(['resources/grounding', 'sleep', 'contact', 'intake'])}",
        lambda: f"https://forms.gle/{_code(r, 12)}",
        lambda: f"https://open.spotify.com/playlist/{_code(r, 22)}",
        lambda: f"youtube.com/watch?v={_code(r, 11)}",
        lambda: f"instagram.com/{handle}",
        lambda: f"@{handle}",
        lambda: f"{handle.replace('.', '').replace('_', '')}.wordpress.com",
        lambda: f"gofundme.com/f/help-{r.choice(_GIVEN)}-get-well",
    ]
    if r.random() < 0.07:
        return r.choice([f"bit.ly/{_code(r, 7)}", f"tinyurl.com/{_code(r, 8)}", f"tiktok.com/@{handle}",
                         f"http://{site}"])
    return r.choice(forms)()


# ---------------------------------------------------------------------------------------------- ssn
_NI_A = "ABCEGHJKLMNPRSTWXYZ"
_NI_B = "ABCEGHJKLMNPRSTWXYZ"


def _ssn(r: random.Random) -> str:
    n = r.randint
    c = n(0, 5)
    if c == 0:  # US SSN
        a = n(100, 899)
        a = 667 if a == 666 else a
        b, d = n(10, 99), n(1000, 9999)
        return r.choice([f"{a}-{b}-{d}", f"{a}-{b}-{d}", f"{a} {b} {d}", f"{a}{b}{d}"])
    if c == 1:  # Canadian SIN
        a, b, d = n(100, 799), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {d}", f"{a}-{b}-{d}", f"{a}{b}{d}"])
    if c == 2:  # UK NI
        p = r.choice(_NI_A) + r.choice(_NI_B)
        dd = [f"{n(0, 99):02d}" for _ in range(3)]
        s = r.choice("ABCD")
        return r.choice([f"{p} {dd[0]} {dd[1]} {dd[2]} {s}", f"{p}{''.join(dd)}{s}",
                         f"{p}{''.join(dd)}{s}".lower(), f"{p} {''.join(dd)} {s}"])
    if c == 3:  # Irish PPS
        core = f"{n(1000000, 9999999)}{r.choice('ABCDEFGHJKLMNPRSTVWX')}"
        return r.choice([core, core + "A", core.lower(), core + "W" if n(0, 3) == 0 else core])
    if c == 4:  # Australian TFN
        a, b, d = n(100, 999), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {d}", f"{a}{b}{d}", f"{a}-{b}-{d}"])
    a, b, d = n(10, 149), n(100, 999), n(100, 999)  # NZ IRD
    return r.choice([f"{a}-{b}-{d}", f"{a:03d} {b} {d}", f"{a}{b}{d}"])


# ---------------------------------------------------------------------------------------------- ids
_NHI_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _id(r: random.Random) -> str:
    n = r.randint
    c = n(0, 13)
    if c == 0:  # MRN
        return r.choice([f"{n(100000, 9999999)}", f"{n(0, 99999999):08d}", f"M{n(1000000, 9999999)}"])
    if c == 1:  # NHS number
        a, b, d = n(400, 499), n(100, 999), n(1000, 9999)
        return r.choice([f"{a} {b} {d}", f"{a}{b}{d}", f"{a}-{b}-{d}"])
    if c == 2:  # Australian Medicare
        a, b, d = n(2000, 6999), n(10000, 99999), n(1, 9)
        return r.choice([f"{a} {b} {d}", f"{a}{b}{d}", f"{a} {b} {d}/{n(1, 5)}"])
    if c == 3:  # NZ NHI
        s = "".join(r.choice(_NHI_L) for _ in range(3)) + f"{n(1000, 9999)}"
        return r.choice([s, s, s.lower()])
    if c == 4:  # OHIP / health card
        a, b, d = n(1000, 9999), n(100, 999), n(100, 999)
        vc = r.choice(_NHI_L) + r.choice(_NHI_L)
        return r.choice([f"{a}-{b}-{d}-{vc}", f"{a} {b} {d} {vc}", f"{a}{b}{d}", f"{a}-{b}-{d}"])
    if c == 5:  # US member / policy
        return r.choice([f"{r.choice(['XJH', 'W', 'ZGP', 'MBR', 'U'])}{n(100000000, 999999999)}",
                         f"{n(100000000, 999999999)}{r.choice(['01', '02', ''])}",
                         f"{r.choice(_NHI_L)}{r.choice(_NHI_L)}{n(1000000, 9999999)}"])
    if c == 6:  # Medicaid
        return r.choice([f"{n(10000000, 99999999)}{r.choice(_NHI_L)}", f"{r.choice(_NHI_L)}{n(1000000, 9999999)}",
                         f"{n(100000000, 999999999)}"])
    if c == 7:  # student number
        return r.choice([f"s{n(1000000, 9999999)}", f"{n(20000000, 24999999)}", f"C{n(1000000, 9999999)}",
                         f"{n(100000000, 999999999)}"])
    if c == 8:  # EAP case / chat ref
        return r.choice([f"EAP-{n(10000, 999999)}", f"{n(100000, 999999)}", f"CR{n(100000, 999999)}",
                         f"#{n(10000, 99999)}", f"{n(1000000, 9999999)}"])
    if c == 9:  # booking ref
        return r.choice([_code(r, 6).upper(), f"BK{n(100000, 999999)}", f"{n(10000000, 99999999)}"])
    if c == 10:  # participant number
        return r.choice([f"P{n(100, 999)}-{n(1000, 9999)}", f"{n(10, 99)}-{n(1000, 9999)}", f"PSI-{n(1000, 9999)}",
                         f"CWS{n(10000, 99999)}"])
    if c == 11:  # account / client number
        return r.choice([f"{n(1000000, 99999999)}", f"AC{n(100000, 999999)}", f"CL-{n(100000, 999999)}"])
    if c == 12:  # claim
        return r.choice([f"{n(10000000, 99999999)}{n(10, 99)}", f"CLM{n(1000000, 9999999)}",
                         f"{n(1000, 9999)}-{n(100000, 999999)}"])
    digits = f"{n(81000000000, 89999999999)}"  # zoom meeting id
    return r.choice([digits, f"{digits[:3]} {digits[3:7]} {digits[7:]}"])


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "me and {} had another fight last night idk what to do",
        "{} said i should message u guys so here i am lol",
        "my sister {} is driving me to the appt tmrw",
        "hi its {} from the chat last week, can i talk to someone again",
        "dr {} upped my sertraline to 100mg and i feel kinda flat",
        "Hi {}, just confirming your appointment at 2pm tomorrow. Reply Y to confirm or N to cancel.",
        "my mum keeps bringing up {} and i just cant",
        "Thanks for letting me know. Has {} been in touch since the weekend?",
        "{}'s been amazing tbh, the only one who actually gets it",
        "ngl i miss {} so much its been 3 months",
        "my keyworker {} said to text this number if i was struggling",
        "can i bring my partner {} to the next session?",
        "mr {} from school rang my dad AGAIN",
        "Kind regards, {}",
        "thx so much {} that actually helped heaps",
        "i told {} about the drinking and she was ok about it??",
        "my boss {} wants a note from the gp for the time off",
        "{} at the pharmacy said the script is ready",
        "it was my grandad {} who taught me to fish so this week is rough",
        "Hi {}, I'm sorry to hear that. Would you like me to book you a call with the team?",
        "shes staying at {}'s place till the weekend",
        "the trial nurse {} rang to check in, day 3 after dosing now",
        "Dear {}, thank you for your email. I do have some space later in the week.",
        "me n {} broke up lol jk but kinda not",
        "ok so {} is my flatmate and she keeps drinking my stuff",
        "Hi, this is {} from the community team. Can you give me a call back when you get a chance?",
        "ms {} the school counsellor said i could use this chat",
        "{} wont talk to me since the party :(",
        "Thanks, {}. I've passed that on to your care coordinator.",
        "my little brother {} is the only reason im still here tbh",
        "my sponsor {} thinks i should tell u about the slip",
        "my mom and {} are both coming to the family session",
        "dr {} said to stay on the quetiapine for now",
    ],
    "LOCATION": [
        "i live in {} so the clinic is like an hour on the bus",
        "moved to {} for uni and i dont know anyone",
        "im at my dads in {} this weekend so can we do a phone call",
        "they took me to {} last night after the panic attack",
        "grew up in {} and honestly never want to go back",
        "The group runs at {} every second week, 6 to 7:30pm.",
        "is there a service near {}? im not in the city",
        "i got a job at {} finally!!",
        "my gp at {} referred me here",
        "Do you still live in {} or have you moved?",
        "my nan is in a home in {} and i visit on sundays",
        "drove out to {} after the dosing day, felt so peaceful",
        "the bus from {} takes ages so i might be 10 mins late",
        "i work nights at {} which messes up my sleep",
        "i was in {} for 2 wks last year on the ward",
        "We can post the letter out, or you can collect it from reception at {}.",
        "my kids go to {} and the teachers are asking questions",
        "we stayed in {} over the holidays and i didnt drink once",
        "the counsellor at {} was nice but they have a 6 month wait",
        "im stuck in {} till my car gets fixed",
        "Are you registered with a GP in {}?",
        "went back to {} for the funeral and it was a lot",
        "ED at {} said to follow up with u guys",
        "i dropped out of {} in year 11",
        "my ex moved to {} with the kids",
        "theres an AA meeting in {} but idk if im ready",
        "The nearest walk-in service to you is at {}.",
        "from {} originally but been here 5 yrs",
        "been sleeping on my mates couch in {}",
        "Is that the campus at {} or the one in town?",
        "session was 50 mins at {} and i cried the whole time",
    ],
    "ADDRESS": [
        "my new address is {} if u need to send the letter",
        "can the nurse come to {} instead, im at my mums",
        "im at {} now, moved last week",
        "The address for your appointment is {}, just ring the buzzer.",
        "Please confirm your postal address is still {}.",
        "its {} the one with the blue door",
        "we had to leave {} bc of the mould",
        "send it to {} pls not my old place",
        "ok its {} ty",
        "Our new rooms are at {}, upstairs from the pharmacy.",
        "can u pick me up from {}?",
        "{} is my dads place, im there most weekends",
        "the refuge moved me to {} for now",
        "address: {}",
        "Is {} still the best address for the study pack?",
        "living at {} with my aunty atm",
        "i think they sent it to {} which is my old flat",
        "Please come to reception at {}. Parking is around the back.",
        "still at {} yeah",
        "I'll drop the forms to {} on my way past tomorrow.",
        "the party was at {} and thats where it happened",
        "we're moving to {} next month eek",
        "my postal address is {} but i mostly stay at my partners",
        "Hi, I can do a home visit at {} at 11am, does that suit?",
        "Just to check, is it {}? The letter came back to us.",
        "grew up at {}, the house is sold now",
        "The taxi for your dosing day will collect you from {} at 7:30am.",
        "its {} but the buzzer doesnt work so text me when ur here",
        "the gp said to pick up the naltrexone from the pharmacy at {}",
    ],
    "DATE": [
        "can we move my appt to {}?",
        "my next appt is {} right?",
        "Your next session is booked for {} at 10am.",
        "its my dads anniversary on {} so i might not be ok",
        "im away till {} sorry",
        "relapsed on {} but been ok since",
        "havent had a drink since {} 💪",
        "Just a reminder that your dosing day is {}. Please don't eat after midnight.",
        "{} works for me",
        "is {} still ok for the integration call?",
        "I'm on leave from {}, so my colleague will cover.",
        "court is on {} and im freaking out",
        "my last drink was {} i think",
        "sorry i missed {} i was sick",
        "booked in for {} ty",
        "We can offer {} at 3:30, or the following week.",
        "the assessment letter says {}",
        "can i start the group on {} or is it full",
        "I'm following up on the message you sent on {}.",
        "{} was the worst day ive had in ages",
        "moving out on {} so ill need to change my address after",
        "The bloods from {} are back and all look fine.",
        "day 3 after dosing which was {}, still feeling really open",
        "pls put me down for {} if theres a spot",
        "my exams finish {} so after that is better",
        "Thanks for coming in on {}. Here is the worksheet we talked about.",
        "got the job offer on {}!!",
        "the funeral is {}",
        "Can you confirm you're still ok for {}?",
        "i started the naltrexone on {}",
        "my GAD-7 has gone up heaps since {}",
    ],
    "AGE": [
        "my nan is {} and still sharper than me lol",
        "grandad turned {} last week and we had a party at the home",
        "shes {} so i worry every time the phone rings",
        "my great aunt just turned {} and shes the one who raised me",
        "hes {} and refuses to go into care",
        "looking after my gran whos {} is a lot on top of work",
        "my oma is {} yrs old and doesnt know about the trial",
        "She's {} now? That's a lot to be carrying as her main carer.",
        "pop died last month, he was {}",
        "my neighbour is {} and she checks on ME lol",
        "{} and still drives, terrifying",
        "my nana will be {} in a few weeks",
        "grandma is {}, dementia is getting worse",
        "he was {} when he passed so it was peaceful i guess",
        "How is your grandmother doing? You mentioned she's {}.",
        "my great grandad is {} and hes the only one who calls me",
        "she made it to {}!!",
        "my mums mum is {} and lives with us",
        "so my nan is {} years old and she just got an ipad lol",
        "the lady i care for is {}, i do mornings",
        "Caring for someone who is {} is a big job.",
        "my great aunty is {} and still bakes every day",
        "hes like {} and still does the crossword every day",
        "nanna turns {} on sunday and the whole family is going",
        "my grandfather is {} and in hospital with a chest infection",
        "she's {} and still living on her own",
        "my poppa is {}, deaf as a post lol",
        "Your gran is {}? She sounds like a character.",
        "cant sleep even w the melatonin, nan is {} and back in hospital",
    ],
    "PHONE": [
        "my number is {}",
        "can u call me on {} instead, my other phone is broken",
        "New number: {}",
        "You can reach the duty worker on {} after 5pm.",
        "text me on {} pls",
        "{} is my mums number if u cant get me",
        "its {} ty",
        "If you miss the call, you can ring us back on {}.",
        "my work mobile is {} but dont leave a message",
        "pls dont call {} thats my dads phone",
        "my partners number is {} for the emergency contact",
        "The after-hours line for trial participants is {}.",
        "call me on {} around 2?",
        "ok i changed my number its {} now",
        "For urgent support please call {}.",
        "my gp's number is {}",
        "the clinic number {} just rings out",
        "best number is {}",
        "Hi, it's the care team. Can you call us on {} when you get this?",
        "landline is {}, mobile has no signal here",
        "I've updated your phone number to {}. Is that right?",
        "my sponsors number is {} if the form needs one",
        "ring {} if you cant find the building",
        "missed a call from {} was that u guys?",
        "{} is my new mobile, old one got nicked",
        "please ring me on {} not the home phone",
        "can u text {} when ur outside",
        "the pharmacy said to call {} about the propranolol",
    ],
    "EMAIL": [
        "my email is {}",
        "can u send the worksheet to {}",
        "{} is my uni email but i dont check it much",
        "Please send the consent form back to {}.",
        "changed my email its {} now",
        "I've sent the invoice to {}. Let me know if it doesn't arrive.",
        "pls use {} not my work one",
        "email me at {} thx",
        "Hi, you can email the team directly at {}.",
        "my mum's email is {} if they need to contact her",
        "did u get my email? sent it from {}",
        "You can reply to {} with any questions before your dosing day.",
        "its {} all lower case",
        "i sent the forms to {} yesterday",
        "{} thats my personal one",
        "the link went to {} which i cant get into anymore",
        "My email for the receipts is {}, thanks.",
        "send the letter to {} and ill print it",
        "Our intake coordinator is on {}.",
        "email: {}",
        "I'll add {} to the invite for the video session.",
        "can u cc {} thats my support worker",
        "the emails are going to {} is that right",
        "For cancellations please email {} at least 24 hours ahead.",
        "new email {}",
        "From: {}",
        "got nothing from {} yet is that the right one?",
        "can u send the PHQ-9 and GAD-7 forms to {}",
    ],
    "URL": [
        "heres the link they sent me {}",
        "You can book online at {}.",
        "Your video session link is {}. Please join a few minutes early.",
        "i found this on {} is it legit",
        "my insta is {} if u want to see my art lol",
        "The breathing exercise is at {}.",
        "the link {} isnt working for me",
        "Please fill in the questionnaire before your appointment: {}",
        "the playlist from the dosing day is {}",
        "Here's the worksheet we talked about: {}",
        "i started a blog {} to get it out of my head",
        "Join here: {}",
        "found the group on {}",
        "You'll find our fees and cancellation policy at {}.",
        "my friend made a fundraiser {} for the rehab costs",
        "is {} the right link for tmrw?",
        "i watched that video {} and cried",
        "The integration circle info is on {}.",
        "{} keeps saying page not found",
        "follow {} they post good stuff about recovery",
        "You can reschedule yourself at {}.",
        "the app sent me to {} for the check in",
        "send me the link again? the one i had was {}",
        "More about the study is at {}.",
        "my art page is {} pls dont share it",
        "Meeting link: {}",
        "I've put the relapse prevention sheet up on {}.",
        "the psilocybin prep video is {} right?",
    ],
    "SSN": [
        "do u need my social? its {}",
        "SSN is {}",
        "the form wants my SIN, its {}",
        "my NI number is {} i think",
        "PPS no. {}",
        "Thanks, I've noted your SSN as {}.",
        "tax file number is {} but why do u need it",
        "my IRD number is {}",
        "my social is {} sorry for the late reply",
        "SIN: {}",
        "ni number {}",
        "its {} for the social security",
        "mums ssn is {} for the carer form",
        "The payroll form has your national insurance number as {}. Can you check it?",
        "my tfn {}",
        "ok social security # is {}",
        "pps is {} i had to ask my mam",
        "The SIN you gave, {}, doesn't match what we have.",
        "heres my ssn {} for the sliding scale form",
        "{} is my SIN",
        "my ird no is {} for the counselling grant",
        "Please don't text your social, I've deleted {} from the thread.",
        "nat ins no {}",
        "social security number {}",
        "my social insurance number is {}",
        "NI: {}",
        "the centrelink form wants my TFN, its {}",
    ],
    "ID": [
        "my MRN is {}",
        "NHS number {}",
        "my medicare number is {} if thats what u need",
        "Your participant number is {}. Please quote it when you call.",
        "member id {}",
        "my NHI is {}",
        "student number {}",
        "the booking ref is {}",
        "claim number {} from the insurance",
        "my health card number is {}",
        "Your EAP case reference is {}.",
        "my hospital number is {} from when i was on the ward",
        "policy no. {}",
        "the invoice says account {}",
        "medicaid id is {}",
        "ohip {}",
        "Please include your client number, {}, in the subject line.",
        "chat ref {} if u need to look it up",
        "zoom meeting id {}",
        "my medicare no is {}",
        "the letter has my MRN as {} is that right",
        "participant id {} day 4 check in",
        "I've found your record under client number {}.",
        "student id {} for the extension form",
        "insurance member number {}",
        "case number {}",
        "nhs no {}",
        "participant {} day 6 after dosing, mood about a 4/10 today",
    ],
}
