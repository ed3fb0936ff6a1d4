"""A forty-sixth SYNTHETIC transcript set for benchmarks/deid.py: the forty-fourth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New Zealand are
used as places only, never with a person; every hospital, clinic, medical and health centre, practice,
counselling service, school, college, youth hub and workplace name is made up).  Written on 2026-12-07 by
an engineer who had NOT seen the de-identifier's rules, its docs page, its tests or the contents of the
earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout43.py their docstrings, plus the ``value`` signature and the ``TEMPLATES``
shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no line of this file
was changed after its first run.  It was first run on the twenty-second round's rules (main at commit
3bb8d23) and measures how the rules do on text they were not written for; it stays a blind set until a
later round makes it a development set.

Style: A FOURTH SAMPLE, by another writer, of ORDINARY TYPED, TEXT-BASED counselling and therapy (after
deid_heldout28.py, deid_heldout41.py and deid_heldout42.py, whose docstrings only were read; this one is
written from how people really type, not from their lists): web-chat counselling (a university's or an
employer's counselling service, a youth or crisis text line, a chat-based alcohol or cannabis brief
intervention), text messages between sessions with a keyworker or care coordinator (booking, moving and
confirming appointments), secure in-app messages on a therapy platform, e-mail between a client and a
private therapist, and a psychedelic trial's between-session check-in messages (the day after dosing, the
integration call).  The benchmark's generator writes every turn as ``Therapist:``/``Client:``, so each
message, the counsellor's, keyworker's or coordinator's too, sits inside a ``Client:`` turn, one message
per turn, now and then with the export's own ``[10:42] counsellor:`` or ``me:`` in front of it.  Typed as
people really type: mostly lower case or careless capitals, little punctuation, missing apostrophes
(``im``, ``didnt``, ``thats``), abbreviations (``u``, ``ur``, ``tmrw``, ``appt``, ``pls``, ``thx``, ``idk``,
``rn``, ``tbh``, ``ngl``, ``b4``, ``cos``, ``wk``), emoji words (``lol``, ``omg``, ``ugh``, ``haha``, ``:(``,
``:)``, ``xx``), typos (``teh``, ``tommorow``, ``definately``), run-together sentences, a few all-caps words
(``SO``, ``NOT``, ``HATE``), numbers as digits; the counsellor's, keyworker's and coordinator's side tidier,
with capitals and full stops.  Writers from the US, Canada, the UK, Ireland, Australia and New Zealand,
mixed (``mum``, ``mom``, ``mam``, ``nan``, ``gran``, ``grandpa``, ``arvo``, ``heaps``, ``grand``, ``keen``,
``sorted``, ``eh``).
Identifier forms: the forms such people type MOST OFTEN, evenly spread; hard or exotic forms rare (under
one in ten of each type).  Names: a first name alone, mostly lower case (``me n brody``, ``Niamh said``), a
full name, lower case or capitalised, a surname for a ``dr``/``mr``/``mrs``/``ms`` in the carrier (often
lower case, no full stop), a relative's, partner's, friend's, flatmate's, boss's or keyworker's name after a
kin or role word in the carrier, a possessive ``'s`` in the carrier, a name in a greeting (``hi tegan``) or
an e-mail sign-off; rarely a first name with a surname initial (``josh k``), a stretched name
(``chloeee``), a hyphenated first name or an ``O'`` or ``Mc`` surname typed all lower case without its
apostrophe.  Places: the town, city or suburb someone lives in, grew up in, is going back to or drives
to, lower case or capitalised (``geelong``, ``Kamloops``, ``rotherham``, ``Mullingar``, ``tauranga``,
``fort wayne``), and made-up hospitals, medical and health centres, practices, schools, colleges, youth
hubs and workplaces by name, lower case or capitalised (``coldbrook medical centre``, ``Harlow Creek
High``, ``Redgum Freight``); rarely a town with its state, province or county after it (``barrie ont``,
``mackay qld``, ``clonmel co tipperary``).  Addresses as typed: a street line, lower case with a short
street type (``27 pelham st``, ``8 foxglove cres``) or capitalised with the full type (``112 Halsey Road``),
with an ``apt``/``unit``/``flat``, an Australian or NZ ``5/22 corella rd`` or a Canadian ``4-310 lyndale
ave``, now and then with the town after it; rarely with a ZIP, UK postcode, Canadian postal code or
Eircode.  Dates as typed: ``3/14`` and ``14/3``, ``march 3rd``, ``March 3``, ``mar 3``, ``3rd march``,
``the 14th``, ``tues 9th``, ``thurs the 12th``, ``fri 14/3``, ``14th of march``, the counsellor's
``Tuesday 14 March`` and ``Thursday, March 12``; rarely a date of birth (``14/02/1987``), a misspelt
month or weekday (``febuary 3rd``, ``wenesday 4th``), a two-digit year with it (``2/3/25``) or ISO.  Ages
over 89 (90-110) of a nan, grandad, great-aunt, neighbour or the person someone cares for: digits (most),
the unit and ``turned``/``is`` in the carrier; rarely in words (``ninety four``) or with ``yo`` run on
(``93yo``).  Phones as typed into a text: US and Canadian ``(416) 555-0142``, ``416-555-0142``, ``416 555
0142``, ``4165550142`` (555-01xx fiction numbers), UK ``07700 900123`` mobiles (with and without the
space) and ``0161 496 0123``/``020 7946 0123`` landlines, Irish ``087 555 0123`` mobiles, Australian ``0491
570 123`` mobiles and ``(02) 5550 1234`` landlines, NZ ``021 555 0143`` mobiles and ``(09) 555 1234``
landlines; rarely with a country code.  Emails: free-mail and ISP addresses of these countries
(``gmail.com``, ``hotmail.co.uk``, ``outlook.com``, ``yahoo.ca``, ``icloud.com``, ``bigpond.com``,
``optusnet.com.au``, ``xtra.co.nz``, ``eircom.net``, ``live.ie``) and invented practice, service, trial and
university addresses, now and then with a capital first letter (phone autocapitalisation); rarely
``at``/``dot``.  Web addresses and handles: booking and video-session links (``calendly.com/...``,
``doxy.me/...``, ``....janeapp.com``, ``zoom.us/j/...``, ``meet.google.com/...``), invented practice,
service, trial and self-help pages with and without ``https://`` and ``www``, a form, a playlist, a video, a
fundraiser, a social-media profile link and an ``@handle``; rarely a short link.  SSNs as each country's
national number (planted as SSN -- a judgement call): US social security numbers, Canadian SINs, UK
National Insurance numbers (also lower case or run together), Irish PPS numbers, Australian tax file
numbers and NZ IRD numbers, the cue in the carrier (``value`` and the template are drawn independently,
so the cue does not always match the country).  IDs (the cue always in the carrier, never in the span):
MRNs and hospital numbers, NHS numbers, Australian Medicare numbers, NZ NHIs (also lower case), OHIP
numbers, US insurance member, group and Medicaid ids, student numbers, an EAP case reference, a text-line
conversation reference, a booking reference, a client number, a trial participant number, an account
number, a claim number and a Zoom meeting id.
A title, kin or role word or possessive ``'s`` next to a name, an article before a place and
``on``/``since``/``by`` before a date stay outside the span; a date's own words (``tues 9th``, ``the
14th``, ``14th of march``) are inside it.  ``value`` and the template are drawn independently (deid.py's
design), so now and then a form sits a little oddly in its message, as in a real chat log.
The carrier messages hold words that must NOT be removed: drugs and doses (sertraline 50mg, fluoxetine,
mirtazapine, naltrexone, acamprosate, psilocybin, melatonin), scales and scores (PHQ-9, GAD-7, AUDIT, ``a
5/10``), clock times (``3pm``, ``10:30``, ``9.15``), ages under 90, weekdays alone, durations (``2 wks``,
``6 weeks``, ``50 min``), chat words (``lol``, ``tmrw``, ``ngl``), kin words as common nouns (my mum, my nan,
my ex, my flatmate, the kids) and place-like common words (the gp, the chemist, the ward, uni, work, the
home, the office); they hold no other name, place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# ---------------------------------------------------------------- word lists (this file's own)
_FIRST = ["Kayleigh", "Brody", "Niamh", "Tane", "Aroha", "Declan", "Shannon", "Tyler", "Courtney", "Jaxon",
          "Mikaela", "Riley", "Brendan", "Chloe", "Liam", "Ciara", "Dylan", "Hannah", "Marcus", "Tegan", "Josh",
          "Brianna", "Nathan", "Sinead", "Kyle", "Amber", "Caleb", "Hayley", "Jordan", "Megan", "Rhys", "Bailey",
          "Cody", "Aisling", "Tamsin", "Wiremu", "Darnell", "Keisha", "Bronwyn", "Mitch", "Shauna", "Travis",
          "Ella", "Fraser", "Isla", "Zoe", "Callum", "Jade", "Owen", "Ruby", "Harvey", "Trent", "Kirsty",
          "Dev", "Sana", "Mohammed", "Lucy", "Ben", "Maddie", "Jake", "Stacey", "Ronan", "Kiri", "Gemma",
          "Tyrone", "Alicia", "Connor", "Erin", "Jasmine", "Luke", "Paige", "Sam", "Kate", "Dan"]
_SURNAME = ["Hennessy", "Doyle", "McAllister", "Nguyen", "Brennan", "Fairweather", "Ferris", "Tobin",
            "Ashworth", "Dunleavy", "Kerrigan", "Marsh", "Pritchard", "Whitlock", "Delaney", "Henare", "Costa",
            "Lindgren", "Barlow", "Quigley", "Sandhu", "Moffat", "Reilly", "Tupou", "Grayson", "Mahoney",
            "Patel", "Thornbury", "Coutts", "Beaudry", "Lafleur", "Stanek", "Wiremu", "Harland", "Okoro",
            "Bell", "Carney", "Fenwick", "Lusk", "Yeo", "Ng", "Sweeney", "Dalton", "Rourke", "Maguire",
            "Pereira", "Kingi", "Haines", "Villiers"]
_O_MC = ["obrien", "oconnell", "odriscoll", "mcgrath", "mckenna", "mcdonagh", "oneill", "mcintyre"]
_HYPHEN = ["mary-kate", "anne-marie", "jean-luc", "lily-rose", "ava-grace", "mia-jade"]

_TOWNS = ["Fort Wayne", "Tulsa", "Dayton", "Lubbock", "Olympia", "Akron", "Reno", "Knoxville", "Provo", "Macon",
          "Kamloops", "Moncton", "Barrie", "Red Deer", "Sudbury", "Lethbridge", "Oshawa", "Guelph", "Nanaimo",
          "Doncaster", "Gateshead", "Luton", "Telford", "Rotherham", "Kirkcaldy", "Paisley", "Swansea",
          "Stockton", "Mullingar", "Letterkenny", "Dundalk", "Clonmel", "Navan", "Wollongong", "Geelong",
          "Penrith", "Mackay", "Townsville", "Frankston", "Bunbury", "Launceston", "Glen Waverley",
          "Tauranga", "Rotorua", "Invercargill", "Porirua", "Masterton", "Timaru", "Lower Hutt", "Whangarei",
          "Chilliwack", "St Albert", "Bathurst", "Warrnambool", "Coffs Harbour", "Drogheda", "Wigan",
          "Chesterfield", "Eau Claire", "Fort Collins"]
_TOWN_REGION = ["barrie ont", "mackay qld", "clonmel co tipperary", "kamloops bc", "akron ohio", "bunbury wa",
                "navan co meath", "timaru nz", "red deer ab", "paisley scotland"]
_PLACE_ROOT = ["Coldbrook", "Harlow Creek", "Emberly", "Marlowe Park", "Tarrant Vale", "Brackenridge",
               "Ferncastle", "Quillan Bay", "Silverbirch", "Ostler Hill", "Kilbrennan", "Wexcombe", "Rata Grove",
               "Larkhaven", "Greyhurst", "Bellmoor"]
_FACILITY = ["Medical Centre", "Health Centre", "Hospital", "Community Mental Health", "High", "College",
             "Primary", "Counselling Service", "Youth Hub", "Family Practice", "Clinic", "Private Hospital",
             "Recovery Centre", "Secondary College"]
_WORKPLACE = ["Redgum Freight", "Kestrelline Foods", "Northbay Call Centre", "Pemberton Logistics",
              "Alder & Vine Cafe", "Tidemark Insurance", "Bluegate Warehousing", "Copperleaf Aged Care",
              "Hollis Timber", "Sunreach Solar"]

_STREET = ["pelham", "corella", "halsey", "tamarind", "lyndale", "carrick", "foxglove", "merrow", "kowhai",
           "sandpiper", "elmview", "greyfriars", "hawthorn", "maple ridge", "cedar", "lonsdale", "willard",
           "bracken", "osprey", "wattlebird", "harcourt", "brunswick", "pinecrest", "totara", "alderley",
           "juno", "beacon", "ellery"]
_SHORT_TYPE = ["st", "st", "rd", "rd", "ave", "cres", "ct", "dr", "pl", "tce", "ln", "way", "close", "grove"]
_LONG_TYPE = ["Street", "Road", "Avenue", "Crescent", "Court", "Drive", "Place", "Terrace", "Lane", "Close",
              "Way", "Grove"]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DY = ["mon", "tues", "wed", "thurs", "fri", "sat", "sun", "tue", "thu", "weds"]
_MISSPELT = ["febuary", "feburary", "wenesday", "wensday", "thrusday", "septmber", "agust", "janurary"]

_FREEMAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "hotmail.co.uk", "outlook.com", "yahoo.ca",
             "icloud.com", "bigpond.com", "optusnet.com.au", "xtra.co.nz", "eircom.net", "live.ie", "yahoo.com",
             "live.com.au", "btinternet.com"]
_ORG = ["coldbrookcounselling", "harlowcreekpsych", "emberlytherapy", "tarrantvalecmh", "quillanbaywellbeing",
        "ferncastlehealth", "larkhavenpsychology", "bellmoorclinic", "ostlerhilltrial", "silverbirchcounselling",
        "wexcombeyouth", "ratagrovehealth"]
_ORG_TLD = ["com", "com.au", "co.uk", "co.nz", "ie", "ca", "org", "org.nz", "org.uk", "net"]


def _suffix(d: int) -> str:
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _first(r: random.Random) -> str:
    return r.choice(_FIRST)


def _person(r: random.Random) -> str:
    f, s = _first(r), r.choice(_SURNAME)
    x = r.random()
    if x < 0.34:
        return f.lower()
    if x < 0.54:
        return f
    if x < 0.68:
        return f"{f} {s}".lower()
    if x < 0.78:
        return f"{f} {s}"
    if x < 0.92:
        return r.choice([s, s, s.lower()])
    # the rare, harder forms
    return r.choice([f"{f.lower()} {s[0].lower()}", f"{f} {s[0]}", f.lower() + f.lower()[-1] * r.randint(2, 3),
                     r.choice(_HYPHEN), r.choice(_O_MC), f"{f.lower()} {r.choice(_O_MC)}"])


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.36:
        return r.choice(_TOWNS).lower()
    if x < 0.60:
        return r.choice(_TOWNS)
    if x < 0.93:
        if r.random() < 0.25:
            w = r.choice(_WORKPLACE)
        else:
            w = f"{r.choice(_PLACE_ROOT)} {r.choice(_FACILITY)}"
        return w.lower() if r.random() < 0.45 else w
    return r.choice(_TOWN_REGION)


def _address(r: random.Random) -> str:
    n = r.randint(1, 240) if r.random() < 0.8 else r.randint(241, 4800)
    st = r.choice(_STREET)
    x = r.random()
    if x < 0.42:
        line = f"{n} {st} {r.choice(_SHORT_TYPE)}"
    elif x < 0.62:
        line = f"{n} {st.title()} {r.choice(_LONG_TYPE)}"
    elif x < 0.72:
        line = f"{r.randint(1, 12)}/{n} {st} {r.choice(_SHORT_TYPE)}"
    elif x < 0.80:
        line = f"{r.choice(['unit', 'apt', 'flat', 'Apt', 'Unit', 'Flat'])} {r.randint(1, 30)}{r.choice(['', '', 'b', 'a'])} " \
               f"{n} {st} {r.choice(_SHORT_TYPE)}"
    elif x < 0.86:
        line = f"{r.randint(1, 40)}-{r.randint(100, 2400)} {st} {r.choice(['st', 'ave', 'rd', 'dr'])}"
    elif x < 0.90:
        line = f"{n} {st} {r.choice(_SHORT_TYPE)} {r.choice(['apt ', '#', 'unit '])}{r.randint(1, 24)}"
    else:
        line = None
    if line is not None:
        if r.random() < 0.14:
            town = r.choice(_TOWNS)
            line = f"{line}{r.choice([', ', ' '])}{town.lower() if line[-1].islower() else town}"
        return line
    # rare: a postcode or ZIP with it
    a, b = r.choice("SLNBMW"), r.choice("ABDEHLNPRTW")
    return r.choice([
        f"{n} {st.title()} {r.choice(_LONG_TYPE)}, Rotherham S{r.randint(60, 66)} {r.randint(1, 9)}{a}{b}",
        f"{n} {st} {r.choice(['st', 'ave'])} akron oh {r.randint(44301, 44333)}",
        f"{n} {st.title()} {r.choice(['Dr', 'Cres', 'Ave'])}, Barrie ON L4N {r.randint(1, 9)}{a}{r.randint(1, 9)}",
        f"{n} {st} rd, navan co meath c15 {r.choice('kxpwf')}{r.randint(1, 9)}{r.choice('tyhr')}{r.randint(1, 9)}",
        f"{n} {st} {r.choice(['st', 'rd'])} geelong vic {r.randint(3214, 3228)}"])


def _date(r: random.Random) -> str:
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    month, mon = _MONTHS[m - 1], _MON[m - 1]
    sfx = _suffix(d)
    x = r.random()
    if x < 0.92:
        return r.choice([
            f"{m}/{d}", f"{d}/{m}", f"{m}/{d}",
            f"{month.lower()} {d}{sfx}", f"{month} {d}{sfx}", f"{month} {d}",
            f"{mon} {d}", f"{d}{sfx} {month.lower()}", f"{d} {month.lower()}",
            f"the {d}{sfx}", f"the {d}{sfx}", f"{d}{sfx}",
            f"{r.choice(_DY)} {d}{sfx}", f"{r.choice(_DY)} {d}{sfx}", f"{r.choice(_DY)} the {d}{sfx}",
            f"{r.choice(_DY)} {d}/{m}", f"{d}{sfx} of {month.lower()}",
            f"{r.choice(_DAYS)} {d} {month}", f"{r.choice(_DAYS)}, {month} {d}", f"{r.choice(_DAYS)} {d}{sfx}",
        ])
    # the rare, harder forms
    return r.choice([
        f"{d:02d}/{m:02d}/{r.randint(1948, 2005)}", f"{m}/{d}/{r.randint(24, 26)}",
        f"{r.choice(_MISSPELT[:2] + _MISSPELT[5:])} {d}{sfx}", f"{r.choice(_MISSPELT[2:5])} {d}{sfx}",
        f"{r.randint(2024, 2026)}-{m:02d}-{d:02d}", f"{d}.{m}", f"{month.lower()} {d}{sfx} {r.randint(2024, 2026)}"])


_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _age(r: random.Random) -> str:
    a = r.randint(90, 110) if r.random() < 0.3 else r.randint(90, 99)
    x = r.random()
    if x < 0.9:
        return str(a)
    if x < 0.96 and a < 100:
        return "ninety" + (f" {_ONES[a - 90]}" if a > 90 else "")
    return f"{a}yo"


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.30:  # US / Canada, 555-01xx
        a = r.choice([416, 905, 604, 403, 902, 612, 317, 503, 918, 865, 937, 775, 801, 330])
        c = f"01{n(0, 99):02d}"
        if r.random() < 0.06:
            return f"+1 {a} 555 {c}"
        return r.choice([f"({a}) 555-{c}", f"{a}-555-{c}", f"{a} 555 {c}", f"{a}555{c}", f"{a}.555.{c}"])
    if x < 0.52:  # UK
        if r.random() < 0.7:
            t = f"{n(0, 999):03d}"
            if r.random() < 0.06:
                return f"+44 7700 900{t}"
            return r.choice([f"07700 900{t}", f"07700900{t}", f"07700 900 {t}"])
        return r.choice([f"0161 496 0{n(0, 999):03d}", f"020 7946 0{n(0, 999):03d}", f"0113 496 0{n(0, 999):03d}"])
    if x < 0.64:  # Ireland
        p = r.choice(["083", "085", "086", "087", "089"])
        return r.choice([f"{p} 555 {n(0, 9999):04d}", f"{p}555{n(0, 9999):04d}", f"{p}-555-{n(0, 9999):04d}"])
    if x < 0.84:  # Australia
        if r.random() < 0.7:
            t = f"{n(0, 999):03d}"
            return r.choice([f"0491 570 {t}", f"0491570{t}", f"0491 570{t}"])
        return f"({r.choice(['02', '03', '07', '08'])}) 5550 {n(0, 9999):04d}"
    # New Zealand
    if r.random() < 0.7:
        return r.choice([f"021 555 {n(0, 9999):04d}", f"022 555 {n(0, 9999):04d}", f"027 555 {n(0, 9999):04d}",
                         f"0275550{n(100, 999)}"])
    return f"({r.choice(['09', '04', '03', '07'])}) 555 {n(1000, 9999)}"


def _email(r: random.Random) -> str:
    f, s = _first(r).lower(), r.choice(_SURNAME).lower()
    n = r.randint
    local = r.choice([f"{f}.{s}", f"{f}{s}", f"{f}{n(1, 99)}", f"{f}_{s}{n(80, 99)}", f"{f[0]}{s}", f"{f}.{s}{n(1, 9)}",
                      f"{f}{s[0]}{n(90, 99)}", f"{s}.{f}", f"x{f}x{n(1, 99)}", f"{f}{n(1995, 2006)}"])
    x = r.random()
    if x < 0.70:
        addr = f"{local}@{r.choice(_FREEMAIL)}"
    else:
        org = r.choice(_ORG)
        box = r.choice([f, "admin", "hello", "reception", "bookings", "intake", f"{f[0]}.{s}", "info"])
        addr = f"{box}@{org}.{r.choice(_ORG_TLD)}"
    if r.random() < 0.07:
        addr = addr[0].upper() + addr[1:]
    if r.random() < 0.05:
        user, dom = addr.split("@")
        addr = f"{user} at {dom.replace('.', ' dot ')}"
    return addr


_B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _url(r: random.Random) -> str:
    f, s = _first(r).lower(), r.choice(_SURNAME).lower()
    org, tld = r.choice(_ORG), r.choice(_ORG_TLD)
    n = r.randint
    code = "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(3))
    x = r.random()
    if x < 0.92:
        return r.choice([
            f"calendly.com/{f}-{s}", f"calendly.com/{org}/intake", f"doxy.me/{f}{s}", f"doxy.me/dr{s}",
            f"{org}.janeapp.com", f"https://{org}.janeapp.com/#/staff_member/{n(2, 14)}",
            f"zoom.us/j/{n(81000000000, 89999999999)}", f"https://us02web.zoom.us/j/{n(81000000000, 89999999999)}",
            f"meet.google.com/{code}-{code[::-1]}{r.choice('abcdefg')}-{code[1:]}{r.choice('xyz')}",
            f"www.{org}.{tld}", f"{org}.{tld}", f"https://www.{org}.{tld}/resources",
            f"{org}.{tld}/worksheets/{r.choice(['thought-record', 'sleep-diary', 'urge-surfing', 'values'])}",
            f"https://{org}.{tld}/book", f"instagram.com/{f}.{s}", f"@{f}_{s}{n(1, 99)}", f"@{f}{s[0]}x",
            f"youtube.com/@{org}", f"https://open.spotify.com/playlist/{''.join(r.choice(_B62) for _ in range(22))}",
            f"gofundme.com/f/{f}-{s}-recovery", f"forms.gle/{code.upper()}{n(10, 99)}{code}",
            f"https://{org}.{tld}/trial/checkin?pid={n(100, 999)}", f"facebook.com/{f}.{s}.{n(1, 99)}"])
    return r.choice([f"bit.ly/{code}{n(10, 99)}", f"tinyurl.com/{f}{code}", f"HTTPS://WWW.{org.upper()}.COM",
                     f"{org} dot {tld.replace('.', ' dot ')}"])


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.30:  # US
        a, b, c = n(101, 665), n(10, 99), n(1000, 9999)
        return r.choice([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])
    if x < 0.45:  # Canadian SIN
        a, b, c = n(100, 799), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {c}", f"{a}-{b}-{c}", f"{a}{b}{c}"])
    if x < 0.62:  # UK NI
        p = r.choice(["AB", "JK", "PR", "TE", "SN", "WL", "ZR", "NY", "HT", "CE"])
        d = f"{n(10, 99)}{n(10, 99)}{n(10, 99)}"
        q = r.choice("ABCD")
        v = r.choice([f"{p} {d[:2]} {d[2:4]} {d[4:]} {q}", f"{p}{d}{q}", f"{p}{d}{q}".lower(), f"{p} {d} {q}"])
        return v
    if x < 0.74:  # Irish PPS
        return r.choice([f"{n(1000000, 9999999)}{r.choice('ABCDEFHKLMPRTW')}",
                         f"{n(1000000, 9999999)}{r.choice('ABCDEFHKLMPRTW')}A",
                         f"{n(1000000, 9999999)}{r.choice('abcdefhkpw')}"])
    if x < 0.88:  # Australian TFN
        return r.choice([f"{n(100, 999)} {n(100, 999)} {n(100, 999)}", f"{n(100000000, 999999999)}"])
    # NZ IRD
    return r.choice([f"{n(10, 149)}-{n(100, 999)}-{n(100, 999)}", f"{n(10, 149)} {n(100, 999)} {n(100, 999)}",
                     f"{n(10000000, 149999999)}"])


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    x = r.random()
    if x < 0.93:
        return r.choice([
            f"{n(1000000, 9999999)}", f"{n(100000, 999999)}", f"MRN{n(100000, 9999999)}",  # MRN, hospital no.
            f"{n(400, 499)} {n(100, 999)} {n(1000, 9999)}", f"{n(4000000000, 4999999999)}",  # NHS
            f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}", f"{n(2000, 6999)}{n(10000, 99999)}{n(1, 9)}",  # Medicare
            f"{''.join(r.choice(L) for _ in range(3))}{n(1000, 9999)}",  # NHI
            f"{''.join(r.choice(L) for _ in range(3)).lower()}{n(1000, 9999)}",
            f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(L)}{r.choice(L)}",  # OHIP
            f"{r.choice(['XJH', 'W', 'MBR', 'ZGP', 'U'])}{n(10000000, 999999999)}",  # member id
            f"{r.choice(L)}{n(10000000, 99999999)}",  # Medicaid / member
            f"s{n(1000000, 9999999)}", f"{n(20190000, 20269999)}",  # student
            f"EAP-{n(10000, 99999)}", f"EAP{n(100000, 999999)}",  # EAP case
            f"TL{n(100000, 999999)}", f"#{n(100000, 999999)}",  # text-line conversation ref
            f"{r.choice(L)}{r.choice(L)}{n(2, 9)}{r.choice(L + '23456789')}{r.choice(L)}{n(2, 9)}",  # booking ref
            f"CL-{n(1000, 9999)}", f"C{n(10000, 99999)}",  # client number
            f"PSI-{n(100, 399):03d}", f"P{n(1000, 4999)}", f"{r.choice(['PX', 'KET', 'MDT'])}-{n(10, 99)}-{n(100, 999)}",
            f"ACC{n(100000, 999999)}", f"{n(1000, 9999)} {n(1000, 9999)}",  # account
            f"CLM-{n(1000000, 9999999)}", f"{r.choice(['CL', 'CX'])}{n(10000000, 99999999)}",  # claim
            f"{n(810, 899)} {n(1000, 9999)} {n(1000, 9999)}",  # zoom meeting id
        ])
    return r.choice([f"{n(100, 999)}-{n(100, 999)}-{n(1000, 9999)}", f"{''.join(r.choice(L) for _ in range(2))}"
                     f"{n(10, 99)}-{n(1000, 9999)}-{r.choice(L)}", f"{n(1000, 9999)} {n(10000, 99999)} {n(1, 9)}/{n(1, 6)}"])


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
        "me n {} had another massive fight last night idk what to do",
        "{} said i should just text u instead of calling lol",
        "hi {}, is it still ok to push my appt back an hour? work is SO busy",
        "my flatmate {} found my stash and now its awkward ngl",
        "Hi, this is {} from the counselling service, just checking you got home ok after today.",
        "dr {} upped my sertraline to 100mg and i feel kinda flat tbh",
        "ok so {} is my boss and hes the reason im anxious every sunday night",
        "cant stop thinking about {} since the funeral :(",
        "my mum wants me to stay at {}'s place for a bit which idk",
        "thx {} that actually helped heaps",
        "[10:42] counsellor: Thanks for waiting. My name is {} and I'll be with you tonight.",
        "mrs {} at school rang my mam about my attendance AGAIN",
        "is {} gonna be my keyworker now or is it still the same person",
        "Kind regards, {} (Psychotherapist) Sent from my phone",
        "my ex {} keeps messaging me and i havent replied",
        "went to the pub w {} and only had 2 pints which is good for me",
        "Dear {}, thank you for your message. I have attached the sleep diary we talked about.",
        "ms {} the trial nurse said the headache after dosing is normal?",
        "my little brother {} is the only one who gets it honestly",
        "hey its me, {}, new number",
        "i told {} about the urges and she didnt judge me at all",
        "ugh {} cancelled on me again so im just home alone",
        "Hi there, I'm {}, one of the volunteers on the text line. What's going on for you tonight?",
        "mr {} said my extension for the essay is fine so thats one less thing",
        "{} from work covered my shift so i can make the appt",
        "my partner {} wants to come to the integration call is that ok",
        "cheers {} see u thurs",
        "i keep dreaming about {} which is weird bc we havent spoken in years",
    ],
    "LOCATION": [
        "im back in {} for the wk staying w my dad",
        "i grew up in {} and everyone there knows everyone lol",
        "is there a counsellor closer to {}? the bus takes forever",
        "they took me to {} last night after i rang the crisis line",
        "Your next appointment will be at {}, ground floor reception.",
        "just got a job at {} so mornings are harder now",
        "moved to {} a few months ago and i dont know anyone",
        "my gp at {} said to contact u guys",
        "drove to {} and back just to clear my head lol",
        "hi sorry im running late stuck in traffic outside {}",
        "my nan is in a home near {} so i visit on sundays",
        "The group now meets at {} instead, same time as before.",
        "i used to drink every night when i lived in {}",
        "can i do the session on video? im at my sisters in {} this week",
        "skipped school again, {} is just too much rn",
        "the ambulance went to {} not the usual one",
        "thinking of moving back to {} tbh its cheaper",
        "Are you currently in {}? If you are in danger please call emergency services now.",
        "uni counselling at {} has a 6 week wait so im here instead",
        "we went camping near {} for the long weekend",
        "been couch surfing in {} since the breakup",
        "i was at {} for 3 nights on the ward",
        "omg {} is flooded so i cant get in tmrw",
        "my kids go to {} and the teachers have been really good",
        "Hi, the pharmacy at {} should have your script ready from 3pm.",
        "idk anyone in {} except my cousin",
        "ngl i HATE working at {} the manager is awful",
    ],
    "ADDRESS": [
        "new address is {} pls update it",
        "can u send the letter to {} not my mums place",
        "Just confirming our home visit at {} tomorrow at 10:30.",
        "im at {} if the taxi is coming to get me for dosing day",
        "moved out lol now at {}",
        "My address on file is {}, is that still current?",
        "the refuge is at {} but pls dont put that on anything",
        "can the meds be delivered to {}",
        "we used to live at {} before it all went wrong",
        "The clinic has moved to {}, parking around the back.",
        "addy is {} buzz 2 when u get here",
        "i'm staying at my nans, {}, for now",
        "pls post the consent form to {}",
        "{} is my dads place i stay there weekends",
        "hi, can you change my address to {} thanks",
        "Hi, the taxi will collect you from {} at 7:30am on the dosing day.",
        "someone keeps leaving stuff outside {} and its freaking me out",
        "my new flat is {} its tiny but its mine",
        "the sober house is {} if u need it for the form",
        "Please bring proof of address. We have {} on your file.",
        "still at {} for now but landlord wants us out",
        "meet me outside {} i dont want to come in",
        "ok address is {} and my postcode is on the letter u sent",
        "the parcel went to {} which isnt even my place anymore",
        "sent from my phone. home is {}",
        "we're renting at {} with my partner now",
    ],
    "DATE": [
        "can we move my appt to {} pls",
        "im free {} after 3pm",
        "Your next session is booked for {} at 2pm.",
        "havent had a drink since {} !!",
        "my court date is {} and im freaking out",
        "dosing day is {} right? just checking",
        "i start the new job on {}",
        "Just a reminder of your appointment on {} at 10:30.",
        "she died on {} and its coming up again",
        "cant do {} sorry, can we do the week after",
        "is {} still ok for the integration call",
        "been clean since {} and im proud ngl",
        "Could you confirm you can attend on {}? Reply Y to confirm.",
        "my birthday is {} so i might be a mess that week lol",
        "got my uni results back on {} and they were bad",
        "The practice is closed on {}, so I've moved you to the following week.",
        "i relapsed on {} i didnt want to tell u",
        "last time i saw my dad was {}",
        "ok see u {}",
        "moving out {} finally",
        "Our last session before the break will be {}.",
        "idk if i can make {} my shifts changed",
        "dob is {} for the form",
        "exams finish on {} then i can breathe",
        "started the fluoxetine on {} and feel a bit weird",
        "the review meeting is {} at the office",
        "text me b4 {} if anything changes",
    ],
    "AGE": [
        "my nan is {} and still lives on her own",
        "grandad turned {} last week and we had a party at the home",
        "im a carer for my great aunt shes {}",
        "my neighbour is {} and i do her shopping",
        "gran died at {} so it wasnt a shock but still",
        "shes {} and still bosses everyone around lol",
        "my oma turns {} in a few weeks",
        "he's {} now and keeps forgetting who i am :(",
        "The person you care for is {}, is that right?",
        "caring for a {} year old on your own is SO hard",
        "pop made it to {} which is mad",
        "my great grandma is {} and she still texts me",
        "my mams mam is {} and needs someone every night",
        "Thank you. And your grandmother is {} years old?",
        "nana is {} and just went into care",
        "the lady next door is {} and she always checks on me",
        "i look after my great uncle hes {}",
        "she was {} when she passed, peacefully",
        "grandpa turns {} on sunday so i might be late",
        "shes literally {} and walks more than me haha",
        "my dad's uncle just turned {}",
        "Your dad is {} and living with you now, have I got that right?",
        "auntie is {} yrs old and refuses help",
        "apparently grandad was {} when he learned to text lol",
        "my gran is {} and is the only one who gets me",
        "he's {} and still plays bowls every week",
    ],
    "PHONE": [
        "my new number is {}",
        "can u call me on {} instead",
        "pls text {} not my old one",
        "If you need us before your next session, call {}.",
        "my mums number is {} if u cant get me",
        "im on {} now, lost my old phone",
        "call me on {} after 5",
        "the crisis team gave me {} but it just rang out",
        "You can reach the on-call coordinator on {}.",
        "number is {} thx",
        "emergency contact is my sister {}",
        "text me at {} if anything changes",
        "idk if i gave u the right number its {}",
        "Hi, this is the clinic. Please call us back on {} to rebook.",
        "my work phone is {} but dont leave a msg",
        "ring {} if u need the night team",
        "ok so its {}",
        "can the nurse call {} about the bloods",
        "my partner is on {} for dosing day",
        "sorry wrong number before, its {}",
        "Please save {} in your phone as the trial team number.",
        "my landline is {}",
        "if im not answering try {}",
        "our new number for bookings is {}",
        "landlord is {} if the form needs it",
        "pls dont call {} its my parents",
    ],
    "EMAIL": [
        "my email is {}",
        "can u send the worksheet to {}",
        "pls use {} not my uni one",
        "You can email me directly at {}.",
        "emailed u from {} did it come through",
        "send the invoice to {} pls",
        "new email {} lost access to the old one",
        "The consent form has been sent to {}, please check your junk folder.",
        "its {} i think",
        "email {} if u need my notes from the gp",
        "For bookings please contact {}.",
        "i sent the diary to {} last night",
        "my dads email is {} for the family session",
        "can u cc {} its my support worker",
        "Hi, just replying from {} as my work one is blocked",
        "my email changed to {}",
        "contact email: {}",
        "please send the receipt to {} for my insurance",
        "did u get my email? from {}",
        "The trial coordinator's address is {}.",
        "use {} for the zoom link",
        "send it to {} thx so much",
        "i emailed {} but nobody got back to me",
        "my other email is {}",
        "Please reply to {} with your availability.",
        "the school counsellor is {}",
    ],
    "URL": [
        "heres the link {}",
        "Please book your next appointment at {}.",
        "Your video session link is {}",
        "i found this on {} and it helped",
        "can u send the link again? {} isnt working",
        "The worksheet is at {} if you want to print it.",
        "my playlist for dosing day is {}",
        "i started a blog {} is that weird",
        "follow me {} i post my art there",
        "the waiting room link is {} right",
        "Join here at 2pm: {}",
        "my sister set up {} for the funeral costs",
        "this video {} explains it better than me",
        "you can fill the form in at {}",
        "Try the breathing exercise on {} before bed.",
        "{} is where i book right?",
        "idk how to use {} my phone hates it",
        "check {} for the self help stuff they mentioned",
        "The trial's check-in form is {}",
        "he keeps posting about me on {}",
        "The practice page is {} and our hours are there.",
        "joined from {} but it says waiting for host",
        "my insta is {} if u wanna see my dog lol",
        "found a group on {} for people quitting weed",
        "pls use {} next time it works better for me",
        "The recording of the relaxation is on {}.",
    ],
    "SSN": [
        "my sin is {}",
        "ssn {} for the billing form",
        "ok my social is {}",
        "The payroll form needs your NI number, you put {}.",
        "my ni number is {} i think",
        "pps no is {}",
        "tfn {} for the centrelink thing",
        "ird number {} if u need it for the form",
        "they asked for my social insurance number, its {}",
        "Can you double check this: {}? It looks like a digit is missing.",
        "national insurance {}",
        "my ssn is {} pls dont share it",
        "for the grant form my pps is {}",
        "tax file number: {}",
        "here's my SIN {}",
        "my social security number is {} they needed it for the claim",
        "is it ok to send {} over text? its my ni",
        "Thanks, I've noted your IRD number as {}.",
        "social is {} sorry forgot b4",
        "my ppsn is {}",
        "ssn: {}",
        "ni no {}",
        "the benefits office wants {} which is my tax number",
        "ok so my sin is {} and i'll bring the card",
        "My tax file number is {}.",
        "wrote {} on the form as my social",
    ],
    "ID": [
        "my mrn is {}",
        "nhs number {}",
        "medicare no is {}",
        "my nhi is {}",
        "ohip {}",
        "member id {} for the insurance",
        "my student number is {}",
        "Your case reference is {}, please quote it if you contact us.",
        "Your participant number for the trial is {}.",
        "booking ref {}",
        "my claim number is {} for the sessions",
        "Meeting ID: {}",
        "The EAP case number is {}.",
        "hospital number {} if u need it",
        "client no {}",
        "my medicaid id is {}",
        "Your conversation reference is {} if you want to reach the same counsellor.",
        "account number {} for the invoice",
        "policy number {}",
        "group number is {} on the card",
        "Please quote your client number {} when you call.",
        "my uni id is {}",
        "participant id {} right?",
        "is my mrn still {}",
        "my medicare card number is {}",
        "insurance id {} they said cover is 10 sessions",
        "Reference: {}",
    ],
}
