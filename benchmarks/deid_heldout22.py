"""A twenty-fourth SYNTHETIC transcript set for benchmarks/deid.py: the twenty-second held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real cities, towns, suburbs and neighbourhoods of the US, Canada, the UK, Ireland,
Australia and New Zealand are used as places only, never with a person; every practice, clinic,
trial site, programme, school, church, gym, café and workplace name is made up).  Written on
2026-12-07 by an engineer who had NOT seen the de-identifier's rules, its docs page, its tests or
the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored,
and of deid_spoken.py and deid_heldout.py .. deid_heldout21.py their docstrings, plus the ``value``
signature and the ``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before any
run; no rule and no line of this file was changed after its first run.  It was first run on the
eleventh round's rules (main at commit 0a2759e) and measures how the rules do on transcripts they
were not written for; it stays a blind set until a later round makes it a development set.

Style: everyday psychotherapy SESSION transcripts as research transcription services and
auto-captioning write them -- verbatim, with ``[inaudible]``, ``[crosstalk]``, ``[laughs]``,
``[sighs]``, ``[pause]``, ``[00:14:22]`` timestamps, ``T:``/``C:``/``P1:``/``P2:`` labels inside a
turn, fillers (``um``, ``uh``, ``like``, ``you know``, ``I mean``), false starts and repeated words
(``I, I went``, ``she -- he was``) -- from settings the earlier docstrings do not name as theirs:
private-practice acceptance and commitment therapy (values cards, defusion, ``the passengers on the
bus``), schema therapy (modes, the vulnerable child, chair work), compassion-focused therapy (the
threat system, the compassionate other), emotionally focused couples therapy (the cycle, the
pursuer and the withdrawer), mentalization-based treatment, interpersonal psychotherapy (the
interpersonal inventory, role transitions), exposure and response prevention for OCD (the
hierarchy, the exposures, the reassurance-seeking), an outpatient DBT individual session (the
target hierarchy, phone coaching, the chain), a weekly interpersonal process group (the
here-and-now, the group agreement, ``P3`` speaking over ``P1``), a family session with teenagers and
a blended family, preparation and integration sessions in an invented psilocybin trial for
depression in later life and in an invented ketamine-assisted psychotherapy private practice
(intentions, the music, the eyeshades, the sitter), and private-practice telehealth sessions with
connection trouble (``you're frozen``, ``[audio cuts out]``, ``can you hear me now``).  Speakers
from the US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``, ``mom``, ``mam``,
``arvo``, ``eh``, ``grand``, ``heaps``, ``sweet as``).
Identifier forms: MOSTLY ordinary, as real talk is, chosen to differ from the earlier docstrings'
lists where possible: a friend's or relative's first name alone (by far the most common form,
``my sister Kate``, ``Liam's mum``), full names, a surname after ``Dr``/``Mr``/``Mrs``/``Ms`` (the
title in the carrier), a possessive ``'s`` in the carrier, a name after a false start (``I, I
texted, um, texted ...``), a name in a vocative (``Jo, can I ...``), names the transcriber was
unsure of with ``[sp?]`` after them (outside the span), double first names (``Mary Kate``,
``Anne-Marie``), ``O'``/``Mc``/``Fitz`` surnames, double-barrelled surnames, lower-case caption
names, and a few word-names not listed before (Piper, Rowan, Bailey, Blair, Sloane, Indie).
Places: real towns, suburbs and neighbourhoods said the way people say them (the town they grew up
in, where the ex lives, where the funeral was), short local names (``Wagga``, ``Palmy``), lower-case
caption places, and made-up practices, clinics, trial sites, schools, churches, gyms, cafés and pubs.  Addresses: ordinary street
lines (``14 Rosebank Crescent``), with a unit (``Unit 3, 22 Banksia Parade``), a letter suffix
(``42B``), Australian ``3/22`` units, a town with a state and postcode, a ZIP, a Canadian postal code,
a UK postcode or an Eircode, Vancouver ``Basement, 3321 W 14th Ave`` lines, US ``#`` units and spoken
house numbers.  Dates: ``March
3rd``, ``the 14th``, ``3/14``, ``14/3``, ``the 3rd of June``, ``June the 3rd``, ``Thursday the
9th``, ``12 Nov``, ``Nov. 12``, ``2nd of Feb``, caption ``march third`` and ``the twenty first``,
a trial visit ``2026-03-14``, ``3/14/26``, ``14/3/2026``, ``Thu 9 Sept``, and a date after a
false start (``it was, um -- no wait -- it was ...``).  Ages over 89 (90-110): digits, words with a hyphen or a space, ``a hundred
and one``, ``a hundred``, with ``years old`` or ``yo`` inside the span now and then.  Phones: US
and Canadian ``(555) 123-4567`` layouts with invented numbers, UK mobiles and landlines, Irish
mobiles, Australian mobiles (``0412 345 678``) and landlines (``(02) 9876 5432``), New Zealand
mobiles (``021 123 4567``) and landlines (``(09) 123 4567``), ``+61``/``+64``/``+44``/``+353``
prefixes, and numbers read out in groups with ``oh`` and ``double``.  Emails: free-mail and local
ISP domains (``gmail.com``, ``outlook.com``, ``bigpond.com``, ``optusnet.com.au``, ``xtra.co.nz``,
``rogers.com``, ``btinternet.com``), invented practice domains, and a few spelled out (``k a t e
dot r at gmail dot com``).  URLs: an invented practice's web page (``www.harbourlightpsych.com.au/
fees``), worksheets and audio pages, a trial's page, a booking page, a YouTube video, a
Spotify playlist, and a few said aloud (``greenhill act dot ca slash worksheets``).  SSNs: US
social security numbers, Canadian SINs, UK National Insurance numbers, Irish PPS numbers,
Australian tax file numbers and New Zealand IRD numbers (the national identifier in each country,
planted as SSN -- a judgement call), some read out.  IDs (the cue always in the carrier):
Australian Medicare card numbers with the reference digit, NZ NHI numbers, MRNs, insurance
member ids, Medicaid ids, trial participant ids, client and file numbers, claim numbers, a
Mental Health Care Plan referral number, driver's licences and Rx numbers, some read out.
A title, kin word or ``[sp?]`` next to a name, an article before a place and a possessive ``'s``
stay outside the span; a date's own words (``the 3rd of June``) are inside it.  ``value`` and the
template are drawn independently (deid.py's design), so now and then a form sits a little oddly
in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (psilocybin 25 mg,
ketamine 0.5 mg/kg, sertraline 100 mg, fluvoxamine, escitalopram 10, quetiapine 25 mg,
propranolol), scales (PHQ-9, GAD-7, Y-BOCS, the AAQ-II, the DERS, the MADRS), ages under 90 (89,
72, 16), bare years, countries, states and provinces, weekdays alone, times of day, durations,
kin words as common nouns (my mum, my stepdad, nan, the kids) and place-like common words (the
clinic, the gym, the beach, church, the office, the pub, the school run).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# ---- invented people: ordinary first names and surnames from the six countries -------------
_FIRST = ["Kate", "Megan", "Liam", "Declan", "Aoife", "Niamh", "Callum", "Brooke", "Shannon", "Kayla",
          "Josh", "Brendan", "Tegan", "Mitchell", "Hamish", "Sinead", "Ciara", "Oisin", "Fiona", "Gemma",
          "Stacey", "Lauren", "Ashley", "Dylan", "Courtney", "Bronwyn", "Kirsty", "Darren", "Nathan",
          "Jordan", "Bethany", "Caitlin", "Rhys", "Owen", "Grace", "Ellie", "Maddie", "Jake", "Connor",
          "Sean", "Paddy", "Brianna", "Tamsin", "Hayley", "Jodie", "Kieran", "Trent", "Shane", "Mia",
          "Ruby", "Zoe", "Chloe", "Nikki", "Carly", "Renee", "Travis", "Brett", "Wayne", "Dale",
          "Heather", "Leanne", "Trish", "Marcus", "Andre", "Keisha", "Tanisha", "Darnell", "Sofia",
          "Ana", "Mateus", "Wiremu", "Aroha", "Mere", "Tane", "Anika", "Ravi", "Deepa", "Jun", "Mei",
          "Minh", "Huy", "Farah", "Omar", "Lena", "Greta", "Nadia", "Pete", "Steph", "Bec", "Mel",
          "Jo", "Sam", "Alex", "Frankie", "Piper", "Rowan", "Bailey", "Blair", "Sloane", "Indie"]
_DOUBLE_FIRST = ["Mary Kate", "Anne-Marie", "Mary-Beth", "Jo-Anne", "Sarah Jane", "Lee-Ann", "John Paul"]
_LAST = ["Brennan", "Reardon", "Tully", "McNamara", "O'Loughlin", "Fitzsimons", "Whelan", "Doherty",
         "Hennessy", "Carmody", "Prentice", "Ashworth", "Pemberton", "Thwaite", "Harcourt", "Lyle",
         "Buckley", "Kinsella", "McAlister", "MacLeod", "Sutcliffe", "Gillespie", "Nolan", "Keogh",
         "Pritchard", "Bellamy", "Ridley", "Cartwright", "Osei", "Mensah", "Nguyen", "Tran", "Chen",
         "Patel", "Sharma", "Singh", "Tuhiwai", "Ngata", "Parata", "Rangi", "Walsh", "Delaney",
         "Hartigan", "Lindgren", "Sorensen", "Vandermeer", "Kowalski", "Romano", "Esposito", "Bianchi",
         "Ferreira", "Santos", "Haddad", "Abboud", "Winterbottom", "Fairweather", "Blackwood",
         "Kingsley", "Trevithick", "Penrose", "Maguire", "Coughlan", "Brophy", "Tierney"]
_DOUBLE_LAST = ["Reardon-Walsh", "Hartley-Ngata", "Price-Jones", "Moss-Kinsella", "Carter-Osei", "Lyle-Brophy"]

# ---- places: real towns, suburbs, neighbourhoods (places only); invented facilities ---------
_TOWNS = ["Ballarat", "Bendigo", "Wagga Wagga", "Wagga", "Toowoomba", "Geelong", "Wollongong", "Townsville",
          "Mildura", "Port Macquarie", "Launceston", "Fremantle", "Tauranga", "Palmerston North", "Palmy",
          "Whangarei", "Rotorua", "Napier", "Invercargill", "Timaru", "Kamloops", "Moncton", "Guelph",
          "Red Deer", "Lethbridge", "Nanaimo", "Sudbury", "Peterborough", "St. Catharines", "Kitchener",
          "Fredericton", "Letterkenny", "Tralee", "Mullingar", "Athlone", "Ennis", "Dundalk", "Navan",
          "Castlebar", "Swindon", "Stockport", "Wigan", "Huddersfield", "Stoke-on-Trent", "Grimsby",
          "Carlisle", "Newcastle upon Tyne", "Grand Rapids", "Ann Arbor", "Worcester", "Allentown",
          "Dayton", "Akron", "Lubbock", "Eau Claire", "Olympia", "Bellingham", "Burlington", "Bangor",
          "Santa Rosa", "Fort Collins", "Provo", "Chico", "Mount Maunganui", "Kitsilano", "Fitzroy",
          "Ponsonby", "Newtown", "Brunswick", "Leichhardt", "Drumcondra", "Rathmines", "Didsbury",
          "Headingley", "Hyde Park", "Roncesvalles", "the Plateau", "Wicker Park", "Ballard"]
_FACILITY = ["Larchmont Counselling Rooms", "Harbourlight Psychology", "Greenhill ACT Clinic",
             "Tidewater Psychotherapy", "the Cedar Grove Centre", "Kowhai House", "Brightwater Ketamine Clinic",
             "the Ashdown Trial Unit", "St. Brigid's Parish Hall", "Ridgeline Family Therapy",
             "Morningside Anxiety and OCD Centre", "Southbank Schema Clinic", "Holloway Park Primary",
             "the Wattle Street Medical Centre", "Fernleaf Café", "Iron Lotus Gym", "Bayview High",
             "Northgate Community Church", "the Kauri Lane Practice", "the Old Quarry Arms"]

_STREETS = ["Rosebank", "Banksia", "Harcourt", "Alma", "Kowhai", "Wattle", "Tamarack", "Linden",
            "Glenview", "Beaconsfield", "Marsh", "Chapel", "Kilbride", "Dunmore", "Oakhurst", "Pohutukawa",
            "Sycamore", "Jacaranda", "Larkspur", "Elmwood", "Whitby", "Carrow", "Fenwick", "Maple Leaf"]
_KINDS = ["Crescent", "Close", "Parade", "Terrace", "Grove", "Place", "Street", "Road", "Avenue", "Drive",
          "Lane", "Court", "Way", "Rise"]
_KINDS_SHORT = ["Cres", "Cl", "Pde", "Tce", "Gr", "Pl", "St", "Rd", "Ave", "Dr", "Ln", "Ct"]
_AU_TOWNS = [("Frankston", "VIC", "3199"), ("Penrith", "NSW", "2750"), ("Ipswich", "QLD", "4305"),
             ("Mandurah", "WA", "6210"), ("Glenelg", "SA", "5045"), ("Bendigo", "VIC", "3550")]
_NZ_TOWNS = [("Mt Albert", "Auckland", "1025"), ("Karori", "Wellington", "6012"),
             ("Riccarton", "Christchurch", "8041"), ("Hillcrest", "Hamilton", "3216")]
_CA_TOWNS = [("Kamloops", "BC", "V2C 1A4"), ("Guelph", "ON", "N1H 3T9"), ("Moncton", "NB", "E1C 4B7"),
             ("Red Deer", "AB", "T4N 2C8")]
_US_TOWNS = [("Ann Arbor", "MI", "48104"), ("Eau Claire", "WI", "54701"), ("Olympia", "WA", "98501"),
             ("Dayton", "OH", "45409"), ("Chico", "CA", "95926")]
_UK_TOWNS = [("Stockport", "SK4 2LP"), ("Swindon", "SN1 5DQ"), ("Wigan", "WN1 3HT"), ("Carlisle", "CA1 2RS")]
_IE_TOWNS = [("Tralee, Co. Kerry", "V92 K7T3"), ("Mullingar, Co. Westmeath", "N91 H2X6"),
             ("Ennis, Co. Clare", "V95 R6C8")]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
              "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
              "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
_TENS_AGE = {9: "ninety"}
_UNITS_W = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

_FREEMAIL = ["gmail.com", "gmail.com", "outlook.com", "hotmail.com", "icloud.com", "yahoo.com", "bigpond.com",
             "optusnet.com.au", "xtra.co.nz", "rogers.com", "btinternet.com", "live.ie", "hotmail.co.uk",
             "yahoo.ca", "protonmail.com"]
_PRACTICE_DOMAINS = ["harbourlightpsych.com.au", "greenhillact.ca", "larchmontcounselling.co.uk",
                     "tidewatertherapy.com", "kowhaihouse.co.nz", "ridgelinefamily.com", "brightwaterkap.com",
                     "ashdowntrial.org", "morningsideocd.com.au", "southbankschema.ie"]


def _suffix(d: int) -> str:
    return "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _spoken_digits(digits: str, r: random.Random) -> str:
    words, i = [], 0
    while i < len(digits):
        c = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == c and r.random() < 0.6:
            words.append("double " + ("oh" if c == "0" else _ONES[int(c)]))
            i += 2
            continue
        words.append("oh" if c == "0" and r.random() < 0.7 else _ONES[int(c)])
        i += 1
    return " ".join(words)


def _age_words(a: int, r: random.Random) -> str:
    if a >= 100:
        rest = a - 100
        if rest == 0:
            return r.choice(["a hundred", "one hundred"])
        return f"{r.choice(['a hundred and', 'one hundred and', 'hundred and'])} {_UNITS_W[rest] if rest < 10 else 'ten'}"
    u = a % 10
    return "ninety" if u == 0 else f"ninety{r.choice(['-', ' '])}{_UNITS_W[u]}"


def _person(r: random.Random) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    form = r.random()
    if form < 0.50:
        return f
    if form < 0.62:
        return f"{f} {last}"
    if form < 0.72:
        return last
    if form < 0.78:
        return r.choice(_DOUBLE_FIRST)
    if form < 0.83:
        return f"{f} {r.choice(_DOUBLE_LAST)}"
    if form < 0.88:
        return f.lower()
    if form < 0.92:
        return f"{f.lower()} {last.lower()}"
    if form < 0.96:
        return r.choice(_DOUBLE_LAST)
    return f"{f} {r.choice('ABCDEGHJKLMPRSTW')}. {last}"


def _location(r: random.Random) -> str:
    form = r.random()
    if form < 0.62:
        t = r.choice(_TOWNS)
        return t[4:] if t.startswith("the ") else t
    if form < 0.70:
        return r.choice(_TOWNS).lower().replace("the ", "")
    f = r.choice(_FACILITY)
    return f[4:] if f.startswith("the ") else f


def _address(r: random.Random) -> str:
    n = r.randint
    num = str(n(1, 240))
    street = f"{r.choice(_STREETS)} {r.choice(_KINDS)}"
    short = f"{r.choice(_STREETS)} {r.choice(_KINDS_SHORT)}"
    form = r.random()
    if form < 0.30:
        return f"{num} {street}"
    if form < 0.38:
        return f"{num}{r.choice('ABC')} {street}"
    if form < 0.46:
        return f"Unit {n(1, 12)}, {num} {street}"
    if form < 0.52:
        return f"{n(1, 12)}/{num} {short}"
    if form < 0.58:
        t, st, pc = r.choice(_AU_TOWNS)
        return f"{num} {street}, {t} {st} {pc}"
    if form < 0.63:
        sub, city, pc = r.choice(_NZ_TOWNS)
        return f"{num} {street}, {sub}, {city} {pc}"
    if form < 0.68:
        t, pr, pc = r.choice(_CA_TOWNS)
        return f"{n(100, 9999)} {street}, {t}, {pr} {pc}"
    if form < 0.73:
        t, st, z = r.choice(_US_TOWNS)
        return f"{n(100, 9999)} {street}, Apt {n(1, 30)}, {t}, {st} {z}"
    if form < 0.78:
        t, pc = r.choice(_UK_TOWNS)
        return f"Flat {n(1, 9)}, {num} {street}, {t} {pc}"
    if form < 0.82:
        t, ec = r.choice(_IE_TOWNS)
        return f"{num} {street}, {t}, {ec}"
    if form < 0.87:
        k = n(1, 49)
        return f"Basement, {n(1000, 4999)} W {k}{_suffix(k)} Ave"
    if form < 0.94:
        words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
                 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 14: "fourteen", 17: "seventeen",
                 22: "twenty-two", 36: "thirty-six", 41: "forty-one", 58: "fifty-eight"}
        k = r.choice(list(words))
        return f"{words[k]} {street.lower() if r.random() < 0.4 else street}"
    return f"{n(100, 9999)} {r.choice(_STREETS)} {r.choice(['St', 'Ave', 'Rd', 'Blvd'])} {r.choice(['#', 'Apt '])}{n(1, 40)}"


def _date(r: random.Random) -> str:
    n = r.randint
    d, m, y = n(1, 28), n(1, 12), n(2015, 2026)
    month, mon = _MONTHS[m - 1], _MON[m - 1]
    form = r.randrange(22)
    return [f"{month} {d}{_suffix(d)}", f"{month} {d}{_suffix(d)}", f"the {d}{_suffix(d)}",
            f"the {d}{_suffix(d)}", f"{m}/{d}", f"{d}/{m}", f"the {d}{_suffix(d)} of {month}",
            f"{month} the {d}{_suffix(d)}", f"{r.choice(_WEEKDAYS)} the {d}{_suffix(d)}", f"{d} {mon}",
            f"{mon}. {d}", f"{d}{_suffix(d)} of {mon}", f"{month.lower()} {_ORD_WORDS[d - 1]}",
            f"the {_ORD_WORDS[d - 1]}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y % 100:02d}",
            f"{d}/{m}/{y}", f"{month} {d}, {y}", f"{d} {month}", f"{month} {d}",
            f"the {_ORD_WORDS[d - 1]} of {month.lower()}", f"{r.choice(_WEEKDAYS)[:3]} {d} {mon}"][form]


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    form = r.random()
    if form < 0.40:
        return str(a)
    if form < 0.75:
        return _age_words(a, r)
    if form < 0.87:
        return f"{a} years old"
    if form < 0.93:
        return f"{_age_words(a, r)} years old"
    return f"{a}yo"


def _phone(r: random.Random) -> str:
    n = r.randint
    form = r.randrange(16)
    if form in (0, 1):  # US / Canada
        a = r.choice([416, 604, 613, 902, 250, 519, 734, 937, 360, 530, 617, 503, 612])
        return r.choice([f"({a}) {n(200, 999)}-{n(0, 9999):04d}", f"{a}-{n(200, 999)}-{n(0, 9999):04d}",
                         f"{a}.{n(200, 999)}.{n(0, 9999):04d}", f"1-{a}-{n(200, 999)}-{n(0, 9999):04d}"])
    if form == 2:
        return f"+1 {r.choice([416, 604, 778, 506])} {n(200, 999)} {n(0, 9999):04d}"
    if form in (3, 4):  # UK
        return r.choice([f"07{n(100, 999)} {n(100000, 999999)}", f"07{n(100, 999)} {n(100, 999)} {n(100, 999)}",
                         f"0161 {n(200, 999)} {n(1000, 9999)}", f"01793 {n(100000, 999999)}",
                         f"+44 7{n(100, 999)} {n(100000, 999999)}"])
    if form == 5:  # Ireland
        return r.choice([f"08{r.choice('35679')} {n(100, 999)} {n(1000, 9999)}", f"(066) {n(100, 999)} {n(1000, 9999)}",
                         f"+353 8{r.choice('5679')} {n(100, 999)} {n(1000, 9999)}"])
    if form in (6, 7, 8):  # Australia
        return r.choice([f"04{n(10, 99)} {n(100, 999)} {n(100, 999)}", f"04{n(10, 99)} {n(100, 999)} {n(100, 999)}",
                         f"(0{r.choice('2378')}) {n(4000, 9999)} {n(1000, 9999)}",
                         f"0{r.choice('2378')} {n(4000, 9999)} {n(1000, 9999)}", f"+61 4{n(10, 99)} {n(100, 999)} {n(100, 999)}"])
    if form in (9, 10):  # New Zealand
        return r.choice([f"02{r.choice('1279')} {n(100, 999)} {n(1000, 9999)}", f"(0{r.choice('34679')}) {n(200, 999)} {n(1000, 9999)}",
                         f"02{r.choice('127')}-{n(100, 999)}-{n(1000, 9999)}", f"+64 2{r.choice('127')} {n(100, 999)} {n(1000, 9999)}"])
    if form in (11, 12):  # read out, Australia / NZ / UK mobile
        digits = r.choice([f"04{n(10, 99)}{n(100, 999)}{n(100, 999)}", f"021{n(100, 999)}{n(1000, 9999)}",
                           f"07{n(100, 999)}{n(100000, 999999)}"])
        return _spoken_digits(digits, r)
    if form == 13:  # read out, North American, in groups
        a, b, c = r.choice([416, 604, 613, 902, 734, 617]), n(200, 999), n(1000, 9999)
        return f"{_spoken_digits(str(a), r)}, {_spoken_digits(str(b), r)}, {_spoken_digits(str(c), r)}"
    if form == 14:
        return f"{n(200, 999)}-{n(1000, 9999)}"
    return f"0{r.choice('2378')}{n(40000000, 99999999)}"


def _email(r: random.Random) -> str:
    f, last, n = r.choice(_FIRST).lower().replace(" ", ""), r.choice(_LAST).lower().replace("'", ""), r.randint
    form = r.randrange(12)
    if form <= 6:
        local = r.choice([f"{f}.{last}", f"{f}{last}", f"{f}{n(1, 99)}", f"{f[0]}{last}", f"{f}_{last}{n(70, 99)}",
                          f"{last}.{f}", f"{f}.{last[0]}"])
        return f"{local}@{r.choice(_FREEMAIL)}"
    if form <= 8:
        return f"{r.choice([f, 'intake', 'admin', 'hello', 'reception', f + '.' + last])}@{r.choice(_PRACTICE_DOMAINS)}"
    if form == 9:
        return f"{f.capitalize()}.{last.capitalize()}@{r.choice(_FREEMAIL)}"
    if form == 10:  # spoken
        dom = r.choice(["gmail dot com", "outlook dot com", "hotmail dot com", "bigpond dot com", "xtra dot co dot nz",
                        "icloud dot com"])
        return f"{f} dot {last} at {dom}"
    dom = r.choice(["gmail dot com", "hotmail dot com", "yahoo dot ca"])  # spelled
    return f"{' '.join(f)} {r.choice(['dot', 'underscore'])} {' '.join(last[:r.randint(1, len(last))])} at {dom}"


def _url(r: random.Random) -> str:
    n, dom = r.randint, r.choice(_PRACTICE_DOMAINS)
    handle = r.choice(_FIRST).lower() + r.choice(["", "_", "."]) + r.choice(_LAST).lower().replace("'", "")
    form = r.randrange(14)
    if form <= 3:
        return r.choice([f"www.{dom}", f"www.{dom}/{r.choice(['fees', 'worksheets', 'audio', 'book', 'contact', 'resources'])}",
                         f"https://{dom}/{r.choice(['values-card-sort', 'leaves-on-a-stream', 'intake', 'after-hours'])}",
                         f"{dom}/{r.choice(['erp-hierarchy', 'couples', 'group', 'integration'])}"])
    if form == 4:
        return f"https://www.youtube.com/watch?v={''.join(r.choice('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789_-') for _ in range(11))}"
    if form == 5:
        return f"https://open.spotify.com/playlist/{''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ') for _ in range(22))}"
    if form == 6:
        return f"instagram.com/{handle}"
    if form == 7:
        return f"https://calendly.com/{handle}/{r.choice(['50min', 'session', 'consult'])}"
    if form == 8:
        return f"gofundme.com/f/{r.choice(['help', 'support', 'for'])}-{handle.replace('_', '-').replace('.', '-')}"
    if form == 9:
        return f"https://{dom}/portal/login?id={n(10000, 99999)}"
    if form == 10:  # said aloud
        base = dom.split(".")[0]
        tld = " dot ".join(dom.split(".")[1:])
        return f"{base} dot {tld}{r.choice(['', ' slash fees', ' slash worksheets', ' slash group'])}"
    if form == 11:
        return f"facebook.com/groups/{handle.replace('.', '').replace('_', '')}{n(10, 999)}"
    if form == 12:
        return f"{r.choice(['http://', 'https://', ''])}{handle.replace('_', '').replace('.', '')}.substack.com"
    return f"bit.ly/{''.join(r.choice('abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789') for _ in range(7))}"


def _ssn(r: random.Random) -> str:
    n = r.randint
    form = r.randrange(14)
    if form <= 2:  # US
        a, b, c = n(100, 665), n(10, 99), n(1000, 9999)
        return r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])
    if form == 3:
        a, b, c = n(100, 665), n(10, 99), n(1000, 9999)
        return f"{_spoken_digits(str(a), r)}, {_spoken_digits(str(b), r)}, {_spoken_digits(str(c), r)}"
    if form <= 5:  # Canadian SIN
        a, b, c = n(100, 799), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {c}", f"{a}-{b}-{c}", f"{a}{b}{c}"])
    if form <= 7:  # UK NI number
        p = r.choice(["JK", "NP", "ST", "AB", "WL", "HR", "RZ", "PY"])
        a, b, c = n(10, 99), n(10, 99), n(10, 99)
        return r.choice([f"{p} {a} {b} {c} {r.choice('ABCD')}", f"{p}{a}{b}{c}{r.choice('ABCD')}"])
    if form <= 9:  # Irish PPS
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMPRTW')}{r.choice(['', '', 'A', 'W'])}"
    if form <= 11:  # Australian TFN
        a, b, c = n(100, 999), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {c}", f"{a}{b}{c}"])
    a, b, c = n(10, 149), n(100, 999), n(100, 999)  # NZ IRD
    return r.choice([f"{a:03d}-{b}-{c}", f"{a:03d} {b} {c}"])


def _id(r: random.Random) -> str:
    n = r.randint
    form = r.randrange(16)
    if form <= 1:  # AU Medicare with reference number
        return r.choice([f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}", f"{n(2000, 6999)}{n(10000, 99999)}{n(1, 9)}",
                         f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}/{n(1, 5)}"])
    if form == 2:  # NZ NHI
        return f"{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))}{n(1000, 9999)}"
    if form <= 4:  # MRN
        return r.choice([f"{n(0, 99999999):08d}", f"MRN{n(100000, 999999)}", f"{n(1000000, 9999999)}"])
    if form == 5:  # insurance member id
        return f"{r.choice(['XJW', 'BCP', 'UHC', 'QXA', 'ZGP'])}{n(100000000, 999999999)}"
    if form == 6:  # Medicaid
        return f"{r.choice('ABCDEFGHJKMNPRSTWY')}{r.choice('ABCDEFGHJKMNPRSTWY')}{n(10000, 99999)}{r.choice('ABCDEFGHJK')}"
    if form <= 8:  # trial participant
        return r.choice([f"PLD-{n(1, 9):02d}-{n(1, 150):03d}", f"{n(100, 999)}-{n(1, 60):03d}", f"KAP{n(1000, 9999)}"])
    if form == 9:  # client / file number
        return f"{r.choice(['C', 'F', 'CL-'])}{n(10000, 999999)}"
    if form == 10:  # claim number
        return f"{n(100, 999)}-{n(1000000, 9999999)}"
    if form == 11:  # mental health care plan referral
        return f"MHCP-{n(100000, 999999)}"
    if form == 12:  # driver's licence
        return r.choice([f"{r.choice('ABCDEFGHJKLMNPRSTW')}{n(1000, 9999)}-{n(10000, 99999)}-{n(10000, 99999)}",
                         f"{n(10000000, 99999999)}", f"{r.choice(['DL', 'EJ', 'HK'])}{n(100000, 999999)}"])
    if form == 13:  # Rx number
        return f"{n(1000000, 9999999)}"
    if form == 14:  # read out
        return _spoken_digits(str(n(1000000, 99999999)), r)
    return f"{n(1000, 9999)} {n(1000, 9999)}"


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "Um, so my sister {} came over on the weekend and, like, we actually talked for once.",
        "C: I, I rang {} after our last session [laughs] which I never do.",
        "[00:14:22] C: And then {} just -- just walked out of the kitchen, like, mid-sentence.",
        "I keep thinking about what {} said at the group, the bit about being invisible.",
        "So the passengers on the bus, yeah, the loudest one sounds exactly like {}.",
        "My mom and {} don't speak anymore, not since the funeral, so it's, it's a lot.",
        "T: And when {} pulls away like that, what happens in your body?",
        "It was {}'s idea to do the exposure at the supermarket, not mine, honestly.",
        "I mean Dr {} was lovely but I just didn't click with her, you know?",
        "C: Yeah, my ex, uh, {}, she's got the kids this week so the house is really quiet.",
        "The vulnerable child mode, that's, that's when I'm back with {} in the car.",
        "P2: Can I just say, I felt really, um, dismissed when {} laughed before.",
        "So I, I texted, um, texted {} and she just left me on read [pause] for two days.",
        "My stepdad {} [inaudible] and then he said I was too sensitive.",
        "C: {} was my sitter on the dosing day and I, I really trusted him.",
        "I think I was pursuing, yeah, and {} was doing the withdrawing thing again.",
        "[crosstalk] -- no, let me finish -- {} never once asked how I was.",
        "Mr {} at the school rang again about the attendance, so that's the third time.",
        "C: My best mate {}, um, he's the only one who knows about the checking.",
        "I had to ring Mrs {} and cancel because the car wouldn't start [sighs].",
        "{}, can I, can I just say something before we run out of time?",
        "um my brother {} drove me to the clinic and waited in the car the whole time",
        "C: It's {} [sp?] -- she's new at work and she's been really kind to me.",
        "The compassionate other, um, I kind of picture my nan, or, or {} maybe.",
        "T: What would you want {} to know about how hard this has been?",
        "Like, when we were kids {} used to lock me out of the house [laughs] classic big brother.",
        "C: I went to {}'s wedding and I, I only had the two drinks, I was proud of that.",
        "[audio cuts out] -- sorry, you froze -- I said {} is moving back in.",
        "Ms {} is the one who runs the Thursday group, she suggested I come here.",
        "P1: I just want to say to {}, I hear you, I really do.",
        "so I told {} about the psilocybin thing and she was weirdly fine with it",
        "C: Yeah, so {} rang me this arvo, out of nowhere, eh, and I just let it ring.",
    ],
    "LOCATION": [
        "I grew up in {}, like, a really small place where everyone knows your business.",
        "C: We drove down to {} for the funeral and I just, I couldn't go in.",
        "Um, so my ex lives out near {} now, which is, honestly, a relief.",
        "[00:22:05] C: The exposure was at the shops in {}, the big ones, and I touched the rail.",
        "My mam's still in {}, she won't move, she says her whole life is there, sure look.",
        "C: We moved to {} when I was, um, eleven? Twelve? And that's when it started.",
        "The trial site is at {}, so it's like a forty minute drive, each way.",
        "I was working at {} for six years before the redundancy.",
        "When I think about home I think about {}, the beach, the wind, all of it.",
        "C: Yeah, the first session was at {} but then we switched to telehealth.",
        "He's got a flat in {} now with the new girlfriend [laughs] good luck to her.",
        "T: And going back to {} for the holidays, how are you feeling about that?",
        "my dad was born in {} and he never let us forget it",
        "We had the integration session at {} and the room was really warm.",
        "P3: I used to live near {} too, actually, small world.",
        "C: So we met at {} -- the, the gym -- and it just kind of went from there.",
        "Um, Nan's nursing home is in {}, so I only get there once a month.",
        "I had my first panic attack on the train out of {}, I remember it really clearly, I took a propranolol after.",
        "The kids go to school in {} so the school run's a nightmare.",
        "C: I did the ketamine sessions at {} and honestly it was, it was a lot.",
        "We used to holiday in {} every summer, heaps of us, like, the caravan, the whole thing.",
        "[inaudible] -- sorry -- she said she's staying in {} until the baby comes.",
        "T: You mentioned {} last time, what was it like growing up there?",
        "I drove past {} on the way here and I, I had to pull over for a minute.",
        "C: My sponsor goes to the meeting in {} on a weeknight, but I can't get there.",
        "We got married in {} which is funny because neither of us is from there.",
        "so after uni I moved to {} and that's sort of when the drinking got worse",
        "The old practice was in {} but I, I couldn't afford it after they put the fees up.",
    ],
    "ADDRESS": [
        "C: We're at {} now, the, the place with the big gum tree out front.",
        "Um, my mum's address is {} if you need it for the form.",
        "So we used to live at {} and the fights were, yeah, every night.",
        "[00:05:41] C: Can you send the letter to {}? I'm not at the old place anymore.",
        "The new flat's at {}, it's tiny but it's mine, you know?",
        "T: And the address on file is still {}?",
        "My dad's house was {}, and I haven't, I haven't driven past it since.",
        "C: It's {} -- sorry, that's the postal one -- yeah, that's fine.",
        "We're moving into {} on the weekend so I'll be all over the place.",
        "The exposure homework was literally walking past {} where it happened.",
        "I'm staying at my sister's, she's at {} until I sort something out.",
        "um it's {} but the buzzer doesn't work so just knock",
        "C: The practice moved to {}, upstairs from the pharmacy, I nearly missed it.",
        "[crosstalk] -- yeah, it's {} -- I'll text it to you as well.",
        "So for the home visit, it's {}, there's a gate code but I'll leave it open.",
        "Our first place together was {} and, like, we were so happy there.",
        "C: Yeah no, put {} down for now, I'll update it when I move.",
        "I still dream about {}, the hallway, the, the smell of the carpet.",
        "P2: My group used to meet at {}, in the back room, before it shut.",
        "The landlord wants us out of {} by the end of the month [sighs].",
        "T: Okay, so the after-hours team will come to {} if you call.",
        "She moved in across the road, at {}, which, honestly, is too close.",
        "C: Can you post the referral to {}? I don't really check my email.",
        "We grew up at {}, right next to the railway line.",
        "I sent the forms from {} but they said they never got them.",
        "[audio cuts out] -- can you hear me now? Sorry, you're frozen -- it's {}, yeah.",
    ],
    "DATE": [
        "C: My dad died on {} and every year it just, it flattens me.",
        "Um, the dosing day is {}, psilocybin 25 mg, so I've got a couple of weeks to prepare.",
        "So {}, back in 2019, was the first time I ever said it out loud.",
        "[00:31:17] C: We separated on {}, I remember because it was raining.",
        "The next integration session's {}, right? Or did we move it?",
        "T: Can we book in for {} then? Same time?",
        "I've been sober since {} and I'm, I'm actually proud of that, my AUDIT's way down.",
        "C: It was, um -- no wait -- it was {}, the day before the exam, my Y-BOCS was like 31.",
        "My court date's {}, so I'd really like a letter before then.",
        "The ketamine session on {}, the 0.5 mg/kg one, was the one where I saw my grandad.",
        "C: Her birthday's {} and I haven't decided if I'm going.",
        "We had the big fight on {} and then he didn't come home.",
        "um I think it was {} when the intrusive thoughts got really bad",
        "Um, the kids are with their dad from {} so I'll have the house to myself.",
        "I've got the psych review on {} and I'm dreading it, to be honest.",
        "C: The anniversary is {}, yeah, twenty years since the accident.",
        "Can I cancel {}? I've got, um, a work thing I can't get out of.",
        "[inaudible] -- sorry -- I said the baby's due {}, so we're cutting it fine.",
        "T: So between now and {} the homework is three exposures a day.",
        "P1: I had a relapse on {}, and I didn't tell anyone in here.",
        "The screening visit was {} and they said my bloods were fine and the MADRS was 28.",
        "C: I started the fluvoxamine on {}, so, what's that, six weeks?",
        "Mum's moving into care on {} and I'm the one doing all of it.",
        "My last drink was {}. I know the exact date, weirdly.",
        "So we met on {} and by the next week we were, like, inseparable [laughs].",
        "C: The final follow-up call is {}, then that's me done with the trial.",
        "We're going to the scattering of the ashes on {}, up at the lookout.",
    ],
    "AGE": [
        "My nan's {} and she still does the crossword every morning.",
        "C: Grandad turned {} last month and he, he didn't recognise me.",
        "Um, she was {} when she passed, so, like, a good innings, but still.",
        "The oldest person in the building is {} and she's the sweetest.",
        "C: My great-aunt is {}, she's the last one left from that side, Mum's 72 and she's the baby.",
        "T: And your grandmother, remind me, she's {}?",
        "He's {} and he still drives, which, honestly, terrifies me.",
        "We had a party for Pop when he hit {}, the whole family came.",
        "C: She's {} and living on her own, and I'm the only one who checks in.",
        "[00:18:40] C: My, my grandfather died at {}, in his own bed, which is what he wanted.",
        "um my great grandma is {} and she's like the glue of the whole family",
        "Nana will be {} in the spring and she wants a big do.",
        "C: Dad's aunt was {} when she moved in with us, and that's when things got tense.",
        "P2: My mum's {} and I'm her carer, so I'm, I'm tired, you know?",
        "He lived till {}, you know, and Nan till 89, so everyone thought I'd be fine about it.",
        "T: Caring for someone who's {} is a lot, how are you managing?",
        "C: She's {} now and she still asks about my ex [laughs].",
        "My grandad was {} and still going to the pub on a Friday.",
        "So Nan, she's, she's {} and she fell again last week.",
        "The neighbour next door is {} and I do her shopping on weekends.",
        "C: My great-uncle turned {} and the council sent him a card.",
        "um she passed at {} just before the trial started",
        "Pop's {} and he's got the dementia now, so visiting is hard.",
        "C: Yeah, he's {} but he's sharp as a tack, honestly.",
        "[crosstalk] -- no, she's {} -- she's older than that, Mum.",
        "My grandmother lived to {} and she never once said she was proud of me.",
    ],
    "PHONE": [
        "C: You can get me on {}, that's my mobile, the old one's gone.",
        "Um, my mum's number is {} if you can't reach me.",
        "So the after-hours line, is it still {}?",
        "[00:02:11] T: Okay, and the best number for phone coaching is {}?",
        "C: It's {} -- sorry, I always get the middle bit wrong -- yeah.",
        "My sister's on {}, she's my emergency contact now, not him.",
        "T: If the video drops out again I'll ring you on {}.",
        "The trial nurse said to call {} if I had any weird symptoms.",
        "C: Yeah, text me on {} this arvo and I'll confirm, eh.",
        "um it's {} but I don't always pick up unknown numbers",
        "The school's number is {}, they're expecting your call.",
        "C: My new number's {}, I changed it because of, you know, him.",
        "Can you put {} on the file instead? That's my work phone.",
        "[audio cuts out] -- did you get that? It's {}.",
        "My GP's practice is on {}, they said they'd send the plan over.",
        "P3: If anyone wants to talk after, I'm {}, no pressure.",
        "The landline's {} but Mum's a bit deaf so let it ring.",
        "C: Um, {}, that's the clinic, they never answer before ten.",
        "So I rang {} and it went straight to voicemail, again.",
        "T: Just to confirm, your number is {}, yes?",
        "Dad's on {} but honestly don't call him unless it's an emergency.",
        "C: The ketamine clinic's after-hours number is {} I think.",
        "I'll write it down -- {} -- that's my partner's.",
        "The crisis team gave me {} and I, I did actually use it.",
        "C: yeah it's {}, that's the one with WhatsApp",
        "My sponsor's number is {}, can I put her down as a contact?",
    ],
    "EMAIL": [
        "C: My email's {}, the other one's full of spam.",
        "Um, can you send the worksheet to {}?",
        "So I emailed {} about the fees and nobody got back to me.",
        "[00:44:09] T: I'll send the values card sort to {} after we finish.",
        "C: It's {} -- all lower case -- yeah.",
        "The trial coordinator is {} if you have questions.",
        "T: Is {} still the best one for the invoices?",
        "um just send it to {} that's my personal one",
        "C: My partner's email is {}, can you cc her on the couples stuff? Grand, thanks.",
        "I wrote to {} to cancel but it bounced back.",
        "The booking confirmation came from {}, so I guess that's the right one.",
        "C: Oh, it's {}, I know, it's a stupid email, I made it when I was fifteen [laughs].",
        "So for the consent forms, use {}, not the work one.",
        "My sister said to email {} if I can't make it.",
        "C: Can you update it to {}? I don't use the old one anymore.",
        "P1: I can share the article, just email me, it's {}.",
        "The school counsellor is {}, she said she'd be happy to talk.",
        "C: yeah so it's {} with no spaces",
        "I've got the audio files from {}, the meditation ones.",
        "T: The receipt will come from {}, just so you know it's us.",
        "My mum uses {} but she never checks it, so maybe text her.",
        "[inaudible] -- sorry -- {} -- did you get that?",
        "C: If it's easier, {}, that one goes to my phone.",
        "The ERP handouts came through from {} last night.",
        "My new one is {} because I'm trying to separate work and, like, everything else.",
        "C: It's, um, {}, I'll type it in the chat as well.",
    ],
    "URL": [
        "C: I found you on {}, actually, the bit about OCD really got me.",
        "Um, the leaves on a stream recording is on {}, right?",
        "So I listened to the playlist, the one at {}, on the drive home.",
        "[00:09:30] T: The fees are all on {} if you want to check.",
        "C: My sister set up {} for Dad's funeral costs.",
        "The trial information is at {}, I read it like five times.",
        "T: I'll put the link in the chat, it's {}.",
        "um i booked through {} but it said there were no times",
        "C: There's a video, {}, that explains the cycle thing, it really helped.",
        "He posts everything on {}, like, everything, it's exhausting.",
        "C: Is it {}? Because that one won't load for me.",
        "The group reading for this week is up on {}.",
        "P2: I'll share {} in the group chat, it's the self-compassion break.",
        "My daughter sent me {}, some podcast about schema modes.",
        "C: So the portal's {} but my password never works, so I did the DERS on paper.",
        "T: You can rebook any time on {}.",
        "I've been doing the exercises from {} every night, mostly, and my AAQ-II went down a bit.",
        "C: It's {} -- sorry, I'm reading it off my phone -- yeah.",
        "[audio cuts out] -- can you try {} instead? That link might be better.",
        "The worksheets are at {}, I printed them off at work.",
        "My ex started a page at {} and, like, it's all about me, basically.",
        "C: I read about the ketamine clinic on {} before I came.",
        "The meditation's on {}, the fifteen minute one.",
        "C: the intake form was on {} i think",
        "T: There's a handout at {} about reassurance seeking, have a look.",
        "My partner found {} and sent it to me at midnight, which, yeah.",
    ],
    "SSN": [
        "C: My social security number is {}, do you need the card as well?",
        "Um, the form wants my tax file number, it's {}.",
        "So my SIN is {}, I had to look it up.",
        "[00:03:52] C: National insurance number, yeah, it's {}.",
        "My PPS number is {} if that's what they're asking for.",
        "C: It's {} -- that's my IRD number -- for the ACC form.",
        "T: And your social, for the insurance, is {}?",
        "um my social is {} I think, I'd have to check the card",
        "The disability form asked for my SIN, {}, and I just froze.",
        "C: My NI number's {}, sorry, I always have to read it off my payslip.",
        "I gave them my tax file number, {}, and they still lost the paperwork.",
        "C: My PPS is {}, yeah, same as on the medical card letter.",
        "My IRD number is {} but I don't know why the trial needs it.",
        "So Centrelink wanted my TFN, {}, for the carer payment.",
        "C: Social security number, {}, and the date of birth is on the ID.",
        "The work form had my SIN on it, {}, so I'm, I'm a bit worried about that.",
        "C: Oh, national insurance, it's {}, I know it off by heart.",
        "Mum's social is {}, she asked me to do her forms.",
        "[crosstalk] -- sorry -- my SSN is {}, yeah.",
        "I had to give HR my social insurance number, {}, for the leave.",
        "T: For the billing we'll need your SSN, is it still {}?",
        "My tax number's {}, I've written it on the back of the form.",
        "C: PPS, {}, that's mine, not my husband's.",
        "um the IRD number is {} for the student loan thing",
        "My social security is {}, I'll bring the card next week.",
        "C: Yeah, it's {}, that's my SIN, the nine digits.",
    ],
    "ID": [
        "C: My Medicare number is {}, I'm the first one on the card.",
        "Um, my NHI is {} if the hospital needs it.",
        "So the trial gave me participant number {}, I've got it on a sticker.",
        "[00:01:48] T: And your member ID for the insurance is {}?",
        "C: The referral number on the mental health plan is {}.",
        "My client number is {}, it's on the top of the letter.",
        "C: It's {} -- that's my Medicaid ID -- sorry, the card's a bit worn.",
        "The claim number is {}, I've rung them three times about it.",
        "T: Okay, I've got your file number as {}.",
        "um my medical record number is {} I think",
        "C: My licence number's {}, for the ID check.",
        "The pharmacy said the script number is {}, for the sertraline 100 mg.",
        "My MRN from the hospital is {}, the letter's in the car with the escitalopram 10.",
        "C: Participant ID {}, yeah, that's me on the psilocybin trial, the PHQ-9 and GAD-7 every visit.",
        "T: The EAP case number is {}, just quote that if they ring you.",
        "My insurance ID is {} but they keep saying it's not active.",
        "C: It's {}, the number on the back of my health card.",
        "The ACC claim number is {} and they still haven't approved the sessions.",
        "C: Medicaid number {}, yeah, the new one.",
        "The hospital number on my wristband was {}, I kept it, weird I know.",
        "So the Rx number on the bottle is {}, for the quetiapine 25 mg.",
        "[inaudible] -- my client ID, {} -- yeah.",
        "P2: My case number with the court is {}, if that matters for the letter.",
        "My Medicare card number's {}, I'll send a photo of it.",
        "C: The student number is {}, for the counselling service, I'm 16 so Mum has to sign.",
        "T: I'll put your member number, {}, on the receipt.",
    ],
}
