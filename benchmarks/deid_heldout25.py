"""A twenty-seventh SYNTHETIC transcript set for benchmarks/deid.py: the twenty-fifth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New
Zealand are used as places only, never with a person; every practice, surgery, pharmacy, service,
school, university, church, pub, club, gym, casino and workplace name is made up).  Written on
2026-12-07 by an engineer who had NOT seen the de-identifier's rules, its docs page, its tests or
the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored,
and of deid_spoken.py and deid_heldout.py .. deid_heldout23.py their docstrings, plus the ``value``
signature and the ``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before any
run; no rule and no line of this file was changed after its first run.  It was first run on the
twelfth round's rules (main at commit 8149bd3) and measures how the rules do on talk they were not
written for; it stays a blind set until a later round makes it a development set.

Style: ORDINARY COUNSELLING CONVERSATIONS as cleaned-up ("intelligent verbatim") transcripts, the
way a transcription service types them when asked for clean text -- fillers (``um``, ``like``,
``you know``) and false starts removed, repetitions dropped, few or no bracket tags, full
punctuation and capitals, plain ``Counsellor:``/``Client:``, ``Therapist:``/``Patient:``,
``Interviewer:``/``Participant:`` or first-name speaker labels (the benchmark's generator writes
every turn as ``Therapist:``/``Client:``; the carriers are mostly the client's words, now and then
a clinician's question or a line read back) -- from settings the earlier docstrings do not name as
theirs: brief health-behaviour counselling and motivational interviewing (alcohol, smoking and
quit dates, vaping, diet and weight, exercise, medication adherence, type 2 diabetes and the
HbA1c, a GP's or practice nurse's brief intervention with the AUDIT-C, ``on a scale of one to
ten, how ready``, change talk and the decisional balance), a school counsellor's and a university
counselling service's ordinary sessions (exams, flatmates, extensions, homesickness; the earlier
sets name a college counselling centre and a campus service among their written forms, not these
cleaned-up session transcripts), a drug and alcohol service keyworker session (the script, the
recovery plan, the urine screen, the needle exchange), a gambling helpline call taken as a
counselling session (the pokies, the app, self-exclusion, the bank's gambling block), a
peer-support worker's check-in (``lived experience``, the WRAP plan), a bereavement counsellor's
sessions (the funeral, the anniversary, the headstone, the ashes), occupational-health counselling
(the return-to-work plan, phased hours, the line manager, the fit note), a sleep clinic's CBT-I
session (the sleep diary, sleep restriction, the sleep window, stimulus control, the ISI), a
community pharmacist's medication review (the blister pack, the dosette, the repeat script, the
inhaler technique) and a psychedelic-therapy screening call (exclusion criteria, lithium and
SSRIs, family history of psychosis, the blood pressure, who will drive you home).  Speakers from
the US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``, ``mom``, ``mam``,
``me mate``, ``arvo``, ``eh``, ``grand``, ``heaps``, ``reckon``, ``wee``, ``y'all``, ``sorted``).
Identifier forms: MOSTLY ordinary, said the way people say them in such conversations, with a
minority of harder ones, chosen to differ from the earlier docstrings' lists where possible: a
partner's, child's or mate's first name alone (by far the most common form, ``my mate Dave``,
``our Shannon``), full names, a surname after ``Dr``/``Mr``/``Mrs``/``Ms``/``Nurse``/``Coach``
(the title in the carrier), a possessive ``'s`` in the carrier, a first name with a surname
initial (``Shona B``), nicknames (``Gaz``, ``Shazza``, ``Robbo``), hyphenated first names
(``Lily-Mae``), Irish names with a fada (``Seán``, ``Órla``), Maori and Pacific names (``Hemi``,
``Aroha``, ``Sione``), a two-word surname (``Te Rangi``), and word-names not listed before
(Hunter, Summer, Chase, Misty, Brook, Heath, Honey, Storm, Harmony, Dusty).  Places: the suburb or
town they live in, grew up in or drive to (``Frankston``, ``Porirua``, ``Tallaght``, ``Wigan``,
``Brampton``, ``Modesto``), multi-word, hyphenated and apostrophised towns (``Upper Hutt``,
``Mount Druitt``, ``Stoke-on-Trent``, ``Bishop's Stortford``, ``Dún Laoghaire``), local short
forms (``Freo``, ``Donny``, ``Brum``), and made-up places they name: the pub, the gym, the bowls
club, the RSL, the casino, the surgery, the pharmacy, the service, the school, the university, the
church and the workplace.  Addresses as people say or give them: ``27 Tawa Street``, with a flat or
unit (``Flat 2, 19 Holloway Road``, ``Apt 3B, 410 Maple Ave``, ``12/44 Ocean Parade``), Canadian
``1402-88 Harbour Street``, Irish estates (``7 Beechwood Lawns, Navan``) with an Eircode, NZ
``RD 2`` rural delivery, Australian ``Lot 9`` lines, a house number in words, a street line with
a town and a postcode, ZIP or postal code, and a named house (``Rose Cottage, Mill Lane``).
Dates: ``on the 22nd``, ``since June the 5th``, ``March 3rd``, ``3rd March``, ``the 3rd of
March``, ``the 3rd``, ``the twenty-second``, ``March third``, ``Mar 3``, ``3/14`` and ``14/3``,
``Tuesday the 22nd``, a date of birth (``12/03/1931``), ``the 22nd of October 2025``, and now and
then a month with a year (``June 2024``, an element more specific than a year).  Ages over 89
(90-110): digits and words (``ninety-three``, ``a hundred and two``, ``one hundred``), with
``years old`` or a ``-year-old`` inside the span now and then.  Phones, mostly someone's own mobile
read out: US and Canadian layouts, UK mobiles and landlines, Irish, Australian and New Zealand
mobiles and landlines, with a country code now and then, and numbers read in words (``oh``,
``double``, ``zero``).  Emails: free-mail and ISP domains of these countries (``hotmail.co.uk``,
``live.ie``, ``yahoo.com.au``, ``icloud.com``, ``telus.net``, ``hotmail.co.nz``), student and work
addresses at invented domains, and a few spelled out (``dave dot p at gmail dot com``, ``all one
word``, ``underscore``).  URLs: an invented service's web page (``www.ridgewayaod.org.nz/
referral``), a sleep-diary or quit page, a self-exclusion page, a fitness app or social profile
with an invented handle, a fundraising page, a short link, and a few said aloud (``sleepwell dot
co dot uk slash diary``).  SSNs, as each country's national number (planted as SSN -- a judgement
call): US social security numbers, Canadian SINs, UK National Insurance numbers, Irish PPS
numbers, Australian tax file numbers and NZ IRD numbers, some read out.  IDs (the cue always in
the carrier, never in the span): NHS and CHI numbers, Australian Medicare numbers, NZ NHIs,
Ontario health card numbers, MRNs, student numbers, script and Rx numbers, an employee or staff
number, a keyworker's client number, a helpline's caller reference, a gambling self-exclusion
number, a gym membership number, a sleep-study number, a screening id, a car's rego or plate, an
insurance policy number, some read out.
A title, kin word or ``our`` next to a name, an article before a place and a possessive ``'s``
stay outside the span; a date's own words (``the 3rd of June``, ``June the 5th``) are inside it.
``value`` and the template are drawn independently (deid.py's design), so now and then a form sits
a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (varenicline, nicotine
patches 21 mg, metformin 500 mg, atorvastatin 40, insulin, zopiclone 7.5, melatonin 2 mg,
naltrexone, acamprosate, disulfiram, buprenorphine, methadone 60 mg, salbutamol, lithium,
sertraline, psilocybin), scales and numbers (AUDIT-C, PHQ-9, ISI, PGSI, HbA1c 58, BMI 31, blood
pressure 148/92, units a week, 20 a day, 3 mg nicotine, sleep efficiency 81 per cent), ages under
90 (89, 64, 19, 15), bare years, countries, states and provinces (Queensland, Ontario, Texas,
Scotland), weekdays alone, times of day, durations, kin words as common nouns (my mum, my mam, the
wife, the kids, my nan, my sponsor) and place-like common words (the pub, the gym, the surgery,
the chemist, the bookies, the office, the canteen, halls, the service, the ward).
Deterministic: only the ``random.Random`` passed in is used.
"""
from __future__ import annotations

import random

# ---------------------------------------------------------------------------------------------
# pools: every name, place, street and domain is this file's own (real towns as places only)
# ---------------------------------------------------------------------------------------------
FIRST_COMMON = [
    "Dave", "Shannon", "Gemma", "Kirsty", "Declan", "Ciara", "Brendan", "Tayla", "Jaxon", "Brooke", "Cody",
    "Kayla", "Tyler", "Ashley", "Jordan", "Morgan", "Mackenzie", "Dylan", "Chloe", "Shona", "Kerry", "Trent",
    "Darren", "Leanne", "Nikki", "Stacey", "Jodie", "Wayne", "Craig", "Bronwyn", "Padraig", "Orla", "Eoin",
    "Sinead", "Colm", "Mairead", "Bridget", "Brett", "Kylie", "Jarrod", "Tamsin", "Rhys", "Marcus", "Tanya",
    "Brianna", "Jalen", "Luis", "Rosa", "Mandy", "Travis", "Cheryl", "Glenn", "Randy", "Lorraine", "Tammy",
    "Mathieu", "Genevieve", "Brayden", "Kaitlyn", "Gord", "Nathan", "Jess", "Hayley", "Callum", "Ellie",
    "Aaron", "Megan", "Jamie", "Lauren", "Connor", "Bethany", "Ryan", "Sophie", "Mitchell", "Courtney",
    "Owen", "Natalie", "Kieran", "Amy", "Scott", "Rachel", "Josh", "Paige", "Dean", "Lisa", "Gary", "Karen",
    "Phil", "Tracey", "Kevin", "Donna", "Stuart", "Julie", "Neil", "Sharon", "Graham", "Deborah", "Alan",
]
FIRST_HARD = [
    "Hemi", "Aroha", "Tane", "Sione", "Mere", "Wiremu", "Seán", "Órla", "Dónal", "Aisling", "Clodagh",
    "Niamh", "Ffion", "Lily-Mae", "Jo-Anne", "Kayden-Lee", "Ruby-Rose", "Hunter", "Summer", "Chase", "Misty",
    "Brook", "Heath", "Honey", "Storm", "Harmony", "Dusty", "Gaz", "Shazza", "Robbo", "Davo", "Macca",
    "Deano", "Tash", "Bex", "Sully", "Mags", "Trish",
]
LAST_NAMES = [
    "Pritchard", "Donnelly", "Horvath", "McAllister", "Hargreaves", "Lennox", "Dwyer", "Quigley", "Tremblay",
    "Gagnon", "Whitaker", "Pemberton", "Ngata", "Fairweather", "Blackwood", "Renwick", "Ashworth", "Coughlan",
    "Mulcahy", "Sheridan", "Osei", "Mensah", "Sandhu", "Ferreira", "Rossi", "Duffy", "Moloney", "Tait",
    "Mackie", "Guthrie", "Beaumont", "Caldwell", "Prentice", "Stubbs", "Yates", "Kowalski", "Brannock",
    "Threlfall", "Oakes", "Bellamy", "Cassidy", "Nolan", "Kerrigan", "Lafferty", "Peebles", "Tuilagi",
    "Fonoti", "Henare", "Parata", "Bouchard", "Lavoie", "Dufresne", "Whitlock", "Garside", "Tolliver",
    "Huckaby", "Lundgren", "Okonjo", "Varga", "Szabo",
]
SURNAME_HARD = ["Te Rangi", "Ó Briain", "Mac Lochlainn", "St Clair", "De Souza", "Van Rooyen", "O'Driscoll",
                "McGillicuddy", "Fitzsimons", "Ap Rhys"]

TOWNS = [
    "Frankston", "Penrith", "Mandurah", "Toowoomba", "Bendigo", "Ballarat", "Wollongong", "Parramatta",
    "Blacktown", "Dandenong", "Caboolture", "Shepparton", "Porirua", "Papakura", "Whanganui", "Invercargill",
    "Masterton", "Hornby", "Petone", "Rotorua", "Timaru", "Wigan", "Rotherham", "Barnsley", "Swindon",
    "Dudley", "Wrexham", "Bootle", "Gateshead", "Paisley", "Motherwell", "Grimsby", "Luton", "Tallaght",
    "Navan", "Athlone", "Mullingar", "Ennis", "Clonmel", "Tralee", "Swords", "Finglas", "Ballymun", "Oshawa",
    "Brampton", "Kelowna", "Lethbridge", "Moncton", "Nanaimo", "Sudbury", "Barrie", "Modesto", "Toledo",
    "Akron", "Dayton", "Lubbock", "Stockton", "Worcester", "Allentown", "Joliet", "Peoria", "Gresham",
]
TOWNS_HARD = [
    "Upper Hutt", "Mount Druitt", "Stoke-on-Trent", "Bishop's Stortford", "Dún Laoghaire", "Fort McMurray",
    "Castle Hill", "West Bromwich", "Newtownabbey", "Port Adelaide", "Kings Langley", "Moss Vale",
    "Lower Hutt", "St Albans", "Ashton-under-Lyne", "Grande Prairie", "Cape Girardeau", "Glen Waverley",
    "Freo", "Donny", "Brum", "Rocky", "Scunny", "Ponty",
]
PLACE_BASES = [
    "Riverbend", "Wattle Grove", "Kowhai Park", "Harcourt", "Millbrook", "Greystone", "Copper Beech",
    "Eastgate", "Bramblewood", "Saltmarsh", "Ironbark", "Fernhill", "Highfield", "Kestrel Bay", "Larchmont",
    "Tamar Valley", "Pinecrest", "Cobblers Hill", "Redgum", "Silverdale", "Thornbury", "Blue Heron",
    "Marlow Bridge", "Ashgrove", "Whitestone",
]
PLACE_KINDS = [
    "Medical Centre", "Family Practice", "Health Centre", "Surgery", "Pharmacy", "Community Pharmacy",
    "Sleep Clinic", "Leisure Centre", "Fitness", "Bowls Club", "RSL", "Leagues Club", "Tavern", "Hotel",
    "Primary School", "College", "High School", "Recovery Hub", "Alcohol and Drug Service", "Community Hospital",
    "Men's Shed", "Baptist Church", "University", "Distribution Centre", "Golf Club", "Social Club",
]
PUBS = ["Kestrel and Crown", "Tinker's Rest", "Drover's Arms", "Salty Dog", "Fox and Lantern", "Wheatsheaf Inn",
        "Black Swan Tavern", "Lucky Horseshoe", "Golden Sovereign", "Anchor and Hope", "Crooked Gate",
        "Copper Kettle", "Shamrock Lounge", "Jolly Cooper"]

STREETS = ["Tawa", "Holloway", "Maple", "Ocean", "Harbour", "Beechwood", "Kauri", "Wharf", "Pohutukawa",
           "Coronation", "Tennyson", "Bungaree", "Kerrigan", "Elm", "Cedar Ridge", "Balmoral", "Totara", "Jubilee",
           "Larkspur", "Alder", "Birch", "Ferndale", "Quarry Hill", "Sycamore", "Wellington", "Rimu", "Primrose",
           "Clifton", "Hawthorn", "Seaview", "Orchard", "Station", "Church", "Mill", "Ridgeview", "Cottonwood"]
STREET_KIND = ["Street", "Road", "Avenue", "Crescent", "Drive", "Close", "Place", "Parade", "Terrace", "Way",
               "Grove", "Lane", "Court"]
STREET_ABBR = ["St", "Rd", "Ave", "Cres", "Dr", "Pl", "Tce", "Blvd", "Ln", "Ct"]
IRISH_ESTATE = ["Lawns", "Park", "Heights", "Grove", "View", "Court", "Drive", "Close", "Crescent"]
HOUSE_NAMES = ["Rose Cottage", "The Laurels", "Hillcrest", "Orchard House", "Tigh na Mara", "The Old Forge",
               "Windrush", "Greenacres"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
             8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
             14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
             19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
FREEMAIL = ["gmail.com", "hotmail.com", "hotmail.co.uk", "live.ie", "yahoo.com.au", "icloud.com", "telus.net",
            "hotmail.co.nz", "outlook.com", "yahoo.ca", "gmail.com", "gmail.com", "live.co.uk", "me.com",
            "btopenworld.com", "yahoo.com", "sympatico.ca", "vodafone.co.nz"]
WORK_DOMAINS = ["northgate-logistics.co.uk", "tamarvalley.edu.au", "student.harcourt.ac.nz", "ironbarkmining.com.au",
                "bramblewoodschools.ie", "greystone-health.org", "larchmontcollege.ca", "copperbeech.nhs.uk",
                "saltmarshcouncil.govt.nz", "pinecrestu.edu"]
WEB_DOMAINS = ["ridgewayaod.org.nz", "sleepwellcbti.co.uk", "quitwithtamar.org.au", "stopthespin.ie",
               "harcourtpeer.ca", "greystonecounselling.com", "millbrookpharmacy.co.nz", "bramblewoodbereavement.org",
               "kestrelbaywellbeing.com.au", "fernhillrecovery.org", "pinecrestcounseling.org", "copperbeechoh.co.uk",
               "clearpathscreening.com"]
PATHS = ["/referral", "/sleep-diary", "/quit-plan", "/self-exclude", "/groups", "/book", "/week-2",
         "/resources/urge-surfing", "/drink-diary", "/forms/intake", "/grief-support", "/return-to-work",
         "/stimulus-control.pdf", "/screening", "/meal-plan", "/peer-workers"]
HANDLES = ["gaz_lifts_heavy", "shona.runs", "deano.fitness", "kirsty_b_bakes", "tayla.sober.life", "brett_on_bikes",
           "the_real_jodie_k", "mairead.walks", "sione_73", "bexwrites", "robbo.rides", "nikki.mcq",
           "hemi_t_training", "sleeplessinswindon", "trent.j.runs", "aroha.k"]


def _suffix(d: int) -> str:
    return "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _num_words(n: int) -> str:
    """0..999 in words, hyphenated tens (``ninety-three``), ``a hundred and two`` style."""
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + (f"-{ONES[o]}" if o else "")
    h, rest = divmod(n, 100)
    head = "a hundred" if h == 1 else f"{ONES[h]} hundred"
    return head + (f" and {_num_words(rest)}" if rest else "")


def _ord_words(d: int) -> str:
    if d in ORD_WORDS:
        return ORD_WORDS[d]
    t, o = divmod(d, 10)
    return f"{TENS[t]}-{ORD_WORDS[o]}"


def _digits_spoken(s: str, r: random.Random) -> str:
    """Digits read out one by one, with ``oh`` or ``zero`` for 0 and ``double`` now and then."""
    zero = r.choice(["oh", "zero", "oh"])
    words = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == " ":
            words.append(",")
            i += 1
            continue
        w = zero if ch == "0" else ONES[int(ch)]
        if i + 1 < len(s) and s[i + 1] == ch and r.random() < 0.6:
            words.append(f"double {w}")
            i += 2
        else:
            words.append(w)
            i += 1
    out = " ".join(words).replace(" ,", ",")
    return out


def _first(r: random.Random) -> str:
    return r.choice(FIRST_HARD) if r.random() < 0.18 else r.choice(FIRST_COMMON)


def _last(r: random.Random) -> str:
    return r.choice(SURNAME_HARD) if r.random() < 0.1 else r.choice(LAST_NAMES)


def _person(r: random.Random) -> str:
    x = r.random()
    if x < 0.55:
        return _first(r)
    if x < 0.75:
        return f"{r.choice(FIRST_COMMON + FIRST_HARD[:16])} {_last(r)}"
    if x < 0.88:
        return _last(r)
    if x < 0.94:
        return f"{r.choice(FIRST_COMMON)} {r.choice('ABCDFGHJKLMNPRSTW')}"
    return f"{r.choice(FIRST_COMMON)} {r.choice('ABCDFGHJKLMNPRSTW')}. {r.choice(LAST_NAMES)}"


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.45:
        return r.choice(TOWNS)
    if x < 0.58:
        return r.choice(TOWNS_HARD)
    if x < 0.88:
        return f"{r.choice(PLACE_BASES)} {r.choice(PLACE_KINDS)}"
    if x < 0.95:
        return r.choice(PUBS)
    return f"St {r.choice(['Brigid', 'Columba', 'Aidan', 'Ninian', 'Kilian', 'Fiacre'])}'s " \
           f"{r.choice(['Community Hospital', 'Parish Hall', 'College', 'Church', 'Primary School'])}"


def _street(r: random.Random, abbr: bool = False) -> str:
    return f"{r.choice(STREETS)} {r.choice(STREET_ABBR) if abbr else r.choice(STREET_KIND)}"


def _uk_postcode(r: random.Random) -> str:
    area = r.choice(["LU", "WN", "S", "SN", "DY", "LL", "L", "NE", "PA", "ML", "DN", "CM", "ST", "OL", "B"])
    L = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{r.randint(1, 29)} {r.randint(1, 9)}{r.choice(L)}{r.choice(L)}"


def _eircode(r: random.Random) -> str:
    L = "ACDEFHKNPRTVWXY"
    key = r.choice(["D24", "D11", "K67", "C15", "N37", "V95", "E91", "V92", "A96", "D09"])
    return f"{key} {r.choice(L)}{r.randint(1, 9)}{r.choice(L)}{r.randint(1, 9)}"


def _ca_postal(r: random.Random) -> str:
    L = "ABCEGHJKLMNPRSTVXY"
    return f"{r.choice('LKEPVT')}{r.randint(1, 9)}{r.choice(L)} {r.randint(1, 9)}{r.choice(L)}{r.randint(1, 9)}"


def _address(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.30:
        return f"{n(1, 240)} {_street(r)}"
    if x < 0.38:
        return f"{n(1, 180)}{r.choice('ab')} {_street(r)}"
    if x < 0.45:
        return f"Flat {n(1, 14)}, {n(2, 160)} {_street(r)}"
    if x < 0.51:
        return f"Apt {n(1, 9)}{r.choice('ABCD')}, {n(100, 4900)} {_street(r, abbr=True)}"
    if x < 0.57:
        return f"{n(1, 24)}/{n(2, 180)} {_street(r)}"
    if x < 0.62:
        return f"{n(101, 2409)}-{n(10, 990)} {_street(r)}"
    if x < 0.68:
        return f"{n(1, 90)} {r.choice(STREETS)} {r.choice(IRISH_ESTATE)}, " \
               f"{r.choice(['Navan', 'Mullingar', 'Ennis', 'Tralee', 'Athlone', 'Clonmel', 'Swords'])}"
    if x < 0.72:
        return f"{n(1, 90)} {r.choice(STREETS)} {r.choice(IRISH_ESTATE)}, {_eircode(r)}"
    if x < 0.76:
        return f"{n(10, 990)} {_street(r)}, RD {n(1, 9)}, " \
               f"{r.choice(['Masterton', 'Timaru', 'Whanganui', 'Rotorua', 'Invercargill'])}"
    if x < 0.79:
        return f"Lot {n(1, 60)} {_street(r)}"
    if x < 0.84:
        return f"{_num_words(n(2, 99))} {_street(r)}"
    if x < 0.89:
        return f"{n(2, 160)} {_street(r)}, {r.choice(['Luton', 'Wigan', 'Swindon', 'Barnsley', 'Grimsby'])} " \
               f"{_uk_postcode(r)}"
    if x < 0.93:
        zipc = {"Dayton, OH": "454", "Toledo, OH": "436", "Lubbock, TX": "794", "Modesto, CA": "953",
                "Joliet, IL": "604", "Gresham, OR": "970"}
        town = r.choice(sorted(zipc))
        return f"{n(100, 9800)} {_street(r, abbr=True)}, {town} {zipc[town]}{n(10, 99)}"
    if x < 0.96:
        return f"{n(2, 900)} {_street(r)}, {r.choice(['Oshawa', 'Barrie', 'Sudbury', 'Brampton'])}, ON " \
               f"{_ca_postal(r)}"
    return f"{r.choice(HOUSE_NAMES)}, {r.choice(['Mill Lane', 'Church Road', 'Back Lane', 'Station Road'])}"


def _date(r: random.Random) -> str:
    n = r.randint
    mi = n(0, 11)
    m, mon = MONTHS[mi], MON[mi]
    d = n(1, 28)
    suf = f"{d}{_suffix(d)}"
    y = n(2019, 2026)
    forms = [
        (9, f"the {suf}"), (8, f"{m} {suf}"), (7, f"{m} the {suf}"), (7, f"the {suf} of {m}"),
        (6, f"{suf} {m}"), (5, f"{m} {d}"), (4, f"{d} {m}"), (3, f"the {_ord_words(d)}"),
        (3, f"{m} {_ord_words(d)}"), (3, f"the {_ord_words(d)} of {m}"), (3, f"{mon} {d}"),
        (2, f"{d} {mon}"), (3, f"{mi + 1}/{d}"), (3, f"{d}/{mi + 1}"),
        (3, f"{r.choice(WEEKDAYS)} the {suf}"), (2, f"{r.choice(WEEKDAYS)} {suf}"),
        (2, f"{d:02d}/{mi + 1:02d}/{n(1916, 1935)}"), (2, f"{mi + 1}/{d}/{n(1916, 1935)}"),
        (2, f"the {suf} of {m} {y}"), (2, f"{m} {d}, {y}"), (2, f"{m} {y}"), (1, f"{d}.{mi + 1}.{y % 100:02d}"),
        (1, f"{mon} {suf}"), (1, f"{d} {m} {y}"),
    ]
    total = sum(w for w, _ in forms)
    pick = r.uniform(0, total)
    for w, f in forms:
        pick -= w
        if pick <= 0:
            return f
    return forms[0][1]


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    x = r.random()
    if x < 0.40:
        return str(a)
    if x < 0.62:
        return _num_words(a)
    if x < 0.70:
        return _num_words(a).replace("-", " ")
    if x < 0.80:
        return f"{a} years old"
    if x < 0.87:
        return f"{_num_words(a)} years old"
    if x < 0.93:
        return f"{a}-year-old"
    return "one hundred" if a == 100 else (_num_words(a).replace("a hundred", "one hundred"))


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.14:
        return f"({n(201, 989)}) {n(200, 999)}-{n(0, 9999):04d}"
    if x < 0.22:
        return f"{n(204, 905)}-{n(200, 999)}-{n(0, 9999):04d}"
    if x < 0.34:
        return f"07{n(400, 999)} {n(100000, 999999)}"
    if x < 0.39:
        return f"01{n(13, 99)}{n(0, 9)} {n(100000, 999999)}"
    if x < 0.48:
        return f"08{r.choice('35679')} {n(100, 999)} {n(1000, 9999)}"
    if x < 0.58:
        return f"04{n(0, 99):02d} {n(100, 999)} {n(100, 999)}"
    if x < 0.63:
        return f"({r.choice(['02', '03', '07', '08'])}) {n(4000, 9899)} {n(1000, 9999)}"
    if x < 0.71:
        return f"02{r.choice('1172')} {n(100, 999)} {n(1000, 9999)}"
    if x < 0.74:
        return f"({r.choice(['03', '04', '06', '07', '09'])}) {n(200, 999)} {n(1000, 9999)}"
    if x < 0.80:
        return r.choice([f"+44 7{n(400, 999)} {n(100000, 999999)}", f"+353 8{r.choice('35679')} {n(100, 999)} "
                         f"{n(1000, 9999)}", f"+61 4{n(10, 99)} {n(100, 999)} {n(100, 999)}",
                         f"+64 21 {n(100, 999)} {n(1000, 9999)}", f"+1 {n(201, 989)} {n(200, 999)} {n(0, 9999):04d}"])
    # read out in words
    raw = r.choice([f"07{n(400, 999)} {n(100, 999)} {n(100, 999)}", f"04{n(0, 99):02d} {n(100, 999)} {n(100, 999)}",
                    f"08{r.choice('35679')} {n(100, 999)} {n(1000, 9999)}", f"021 {n(100, 999)} {n(1000, 9999)}",
                    f"{n(201, 989)} {n(200, 999)} {n(0, 9999):04d}"])
    return _digits_spoken(raw, r)


def _email(r: random.Random) -> str:
    n = r.randint
    f, last = r.choice(FIRST_COMMON).lower(), r.choice(LAST_NAMES).lower()
    x = r.random()
    if x < 0.70:
        local = r.choice([f"{f}.{last}", f"{f}{last}{n(1, 99)}", f"{f}_{last[0]}", f"{f[0]}{last}",
                          f"{f}.{last}{n(70, 99)}", f"{last}.{f}", f"{f}{n(1, 9)}{last[:3]}"])
        return f"{local}@{r.choice(FREEMAIL)}"
    if x < 0.86:
        local = r.choice([f"{f}.{last}", f"{f[0]}.{last}", f"s{n(1000000, 3999999)}", f"{last}{f[0]}"])
        return f"{local}@{r.choice(WORK_DOMAINS)}"
    # spelled out
    dom = r.choice(["gmail", "hotmail", "outlook", "icloud", "yahoo"])
    end = r.choice(["com", "com", "co dot uk", "co dot nz", "com dot au", "ie", "ca"])
    return r.choice([f"{f} dot {last} at {dom} dot {end}",
                     f"{f} underscore {last[0]} at {dom} dot {end}",
                     f"{f}{last}, all one word, at {dom} dot {end}",
                     f"{' '.join(f)} dot {last} at {dom} dot {end}",
                     f"{f}{n(1, 99)} at {dom} dot {end}"])


def _url(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.40:
        return f"{r.choice(['www.', 'https://www.', 'https://', ''])}{r.choice(WEB_DOMAINS)}{r.choice(PATHS)}"
    if x < 0.52:
        return f"www.{r.choice(WEB_DOMAINS)}"
    if x < 0.70:
        h = r.choice(HANDLES)
        return r.choice([f"instagram.com/{h}", f"strava.com/athletes/{n(1000000, 89999999)}",
                         f"facebook.com/{h.replace('_', '.')}", f"tiktok.com/@{h}",
                         f"https://www.instagram.com/{h}/", f"youtube.com/@{h.replace('.', '')}"])
    if x < 0.78:
        chars = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        code = "".join(r.choice(chars) for _ in range(7))
        return r.choice([f"bit.ly/{code}", f"tinyurl.com/{code.lower()}", f"https://bit.ly/{code}"])
    if x < 0.88:
        slug = r.choice(["in-memory-of-", "walk-for-", "funeral-costs-for-", "support-"])
        return f"https://www.{r.choice(['givealittle.co.nz/cause', 'gofundme.com/f', 'justgiving.com/page'])}/" \
               f"{slug}{r.choice(FIRST_COMMON).lower()}-{r.choice(LAST_NAMES).lower()}"
    dom = r.choice(["sleepwell", "ridgeway a o d", "quit with tamar", "stop the spin", "harcourt peer",
                    "fernhill recovery"])
    end = r.choice(["dot co dot uk", "dot org dot nz", "dot org dot au", "dot ie", "dot ca", "dot com"])
    return f"{dom} {end} slash {r.choice(['diary', 'referral', 'self exclude', 'book', 'groups', 'quit plan'])}"


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.36:
        a = n(101, 665)
        return r.choice([f"{a}-{n(10, 99)}-{n(1000, 9999)}", f"{a} {n(10, 99)} {n(1000, 9999)}"])
    if x < 0.48:
        return f"{n(100, 799)} {n(100, 999)} {n(100, 999)}"
    if x < 0.60:
        L1, L2 = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
        return r.choice([f"{r.choice(L1)}{r.choice(L2)} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}",
                         f"{r.choice(L1)}{r.choice(L2)}{n(100000, 999999)}{r.choice('ABCD')}"])
    if x < 0.70:
        return f"{n(1000000, 9999999)}{r.choice(['A', 'T', 'W', 'TA', 'FA', 'H'])}"
    if x < 0.79:
        return f"{n(100, 899)} {n(100, 999)} {n(100, 999)}"
    if x < 0.86:
        return f"{n(10, 139):03d}-{n(100, 999)}-{n(100, 999)}"
    raw = r.choice([f"{n(101, 665)} {n(10, 99)} {n(1000, 9999)}", f"{n(100, 799)} {n(100, 999)} {n(100, 999)}"])
    return _digits_spoken(raw, r)


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    x = r.random()
    if x < 0.12:
        return f"{n(400, 799)} {n(100, 999)} {n(1000, 9999)}"  # NHS / CHI-like ten digits
    if x < 0.20:
        return f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}"  # Medicare-like
    if x < 0.27:
        return f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(1000, 9999)}"  # NHI-like
    if x < 0.32:
        return f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(L)}{r.choice(L)}"  # Ontario card
    if x < 0.44:
        return f"{n(0, 9999999):08d}"  # MRN / client number with leading zeros
    if x < 0.54:
        return str(n(1000000, 99999999))  # student, staff, script numbers
    if x < 0.64:
        pre = r.choice(["CL", "SE", "HX", "E", "PSG", "SCR", "KW", "RX", "GH", "POL"])
        sep = r.choice(["-", "", " "])
        return f"{pre}{sep}{n(1000, 999999)}"
    if x < 0.70:
        return f"{r.choice(L)}{n(1000000, 9999999)}"
    if x < 0.76:
        return f"{n(1, 9)}{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(100, 999)}"  # rego / plate
    if x < 0.82:
        return f"{r.choice(['PSY', 'CBTI', 'AOD', 'OH'])}-{n(2019, 2026)}-{n(1, 999):03d}"
    if x < 0.88:
        return f"{n(1000, 9999)} {n(1000, 9999)}"
    raw = r.choice([f"{n(400, 799)} {n(100, 999)} {n(1000, 9999)}", f"{n(0, 9999999):08d}",
                    f"{n(100000, 999999)}"])
    return _digits_spoken(raw, r)


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
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
        "My mate {} is the one who got me drinking on weeknights, to be honest.",
        "I told {} I'd set a quit date and she just laughed at me.",
        "It's mostly when {} comes round on a Friday and we get a slab in.",
        "Our {} is doing her exams this term, so I don't want to be smoking in front of her.",
        "Dr {} put me on the metformin 500 mg, twice a day with food.",
        "The nurse, I think her name was {}, did the AUDIT-C with me and I scored a nine.",
        "{} doesn't know I've been on the pokies again.",
        "I used to vape with {} behind the science block every lunchtime.",
        "My husband {} does all the cooking, so it's hard to change what I eat.",
        "Since {} passed, I haven't been able to sleep past four in the morning.",
        "Mrs {} at the front desk said I could come back on Thursday.",
        "My keyworker before you was {}, and she really got me.",
        "I keep thinking about what {} said at the funeral.",
        "Me and {} used to go to the bookies every Saturday after footy.",
        "Coach {} reckons I can go back to training once my HbA1c is down.",
        "Yeah, {} is my youngest, he's fifteen and he worries about me.",
        "My line manager, {}, wants me back on full hours by the end of the month.",
        "Nurse {} showed me how to use the inhaler properly, with the spacer.",
        "It was {} who found him, and she's never really been the same.",
        "I share a flat with {} and she's up gaming till three every night.",
        "Can I ask, is that {} with one n or two?",
        "Mr {} from the pharmacy rang to say my blister pack was ready.",
        "My sponsor is a guy called {}, he's been sober eleven years.",
        "{} and I are trying to cut down to fourteen units a week together.",
        "So the peer worker, {}, is going to come with me to the first meeting.",
        "My daughter {} is the one who said I should ring this line.",
        "I was at {}'s place when I had the panic attack.",
        "Ms {} is my tutor and she said she'd back me for the extension.",
        "I still set a place for {} at the table some nights.",
        "My partner {} would be the one driving me home after the session.",
        "Honestly, {} is a bad influence, we always end up at the pub.",
        "I rang {} instead of placing the bet, like we talked about.",
    ],
    "LOCATION": [
        "I live out in {} now, so it's a long drive to the clinic.",
        "We grew up in {} and everyone there drank, it was just normal.",
        "I go to the gym at {} three mornings a week before work.",
        "The only place I smoke now is out the back of the {} after a few pints.",
        "I got my script filled at {} but they'd run out of patches.",
        "Mum's buried in {}, so I go up on the anniversary.",
        "I moved to {} for uni and I just didn't know anyone.",
        "They've got me in the day programme at {} on Tuesdays.",
        "I lost four hundred dollars at the {} on Saturday night.",
        "My GP is at {}, the one near the roundabout.",
        "I work nights at the {} warehouse, so my sleep is all over the place.",
        "I've been doing the walking group that goes from {} every Sunday.",
        "Our boy goes to {} and the school counsellor rang me about the vaping.",
        "I drove down from {} this morning, so I'm a bit wrecked.",
        "The pokies at the {} are open till two, that's the problem.",
        "I was brought up near {} but I've been here twenty years.",
        "She had the sleep study done at {} last year.",
        "The needle exchange at {} is the only one open after five.",
        "My brother lives in {}, I could stay with him for a bit.",
        "We used to go to the {} every Friday for the meat raffle.",
        "I'm in halls at {} and it's so loud I can't sleep.",
        "The funeral was at {}, it was packed.",
        "I'm a member at {}, so I can get a discount on the swimming.",
        "The psychiatrist I saw was in {}, years ago now.",
        "I've been off work from the depot in {} since the injury.",
        "We had the wake back at the {}.",
        "I buy my vapes from a shop in {}, near the station.",
        "If I do go to the group, it's the one at {} on a Wednesday night.",
        "My dad still drinks at the {} every single afternoon.",
        "I'd have to get two buses to get to {} from here.",
    ],
    "ADDRESS": [
        "I'm at {} now, the flat above the chemist.",
        "My new address is {}, if you need to update it.",
        "We moved to {} just before the baby came.",
        "Can you send the letter to {} instead?",
        "It's {}, the one with the blue door.",
        "He died at home, at {}, which is what he wanted.",
        "The pharmacy delivers my blister pack to {} every Friday.",
        "I'm staying at my sister's place, {}, till things settle down.",
        "Post the sleep diary forms to {} and I'll fill them in.",
        "The house at {} is where all the drinking used to happen.",
        "For the screening, my home address is {}.",
        "I've just moved into student housing at {}.",
        "It was {}, that's where the bookies sent the letters.",
        "I grew up at {}, right by the school.",
        "The keyworker visits me at {} on Mondays.",
        "You'd have to come to {}, I can't get into town at the moment.",
        "We're renting {} off a friend of my dad's.",
        "Yes, still {}, nothing's changed there.",
        "Mum's old place at {} is up for sale now.",
        "The taxi can pick me up from {} after the session.",
        "My address on the form should say {}.",
        "I've been sleeping on the couch at {} most nights.",
        "Occupational health wrote to me at {}, but I'd moved by then.",
        "The ashes are still at the house, {}, on the mantelpiece.",
        "The new place, {}, is a lot quieter at night.",
        "Can the nurse come out to {} to check my sugars?",
        "My postal address is {}.",
    ],
    "DATE": [
        "My quit date is {}, I've circled it on the calendar.",
        "I've not had a drink since {}.",
        "He passed away on {}, so it's coming up to a year.",
        "I'm back at work on {}, on reduced hours.",
        "My last bet was {}, and I've not been in since.",
        "The sleep study is booked for {}.",
        "I had my HbA1c done on {} and it was 58.",
        "We've got the appointment with the pharmacist on {}.",
        "My exams start on {}, so I need to get my sleep sorted before then.",
        "I started the patches on {} and I'm still on the 21 mg.",
        "The anniversary is {}, and I always fall apart around then.",
        "My date of birth is {}.",
        "I relapsed on {}, after the wedding.",
        "She was born on {}, my granddaughter.",
        "The self-exclusion started on {}, so it runs for a year.",
        "I saw the GP on {} and she said my blood pressure was 148/92.",
        "The screening call was meant to be on {}, but they moved it.",
        "I've been vape-free since {}, which is the longest ever.",
        "Can we make it {}? I'm on late shifts the rest of the week.",
        "My review with occupational health is on {}.",
        "The funeral was on {}, the day after my birthday.",
        "I stopped the zopiclone on {}, like you said.",
        "We'll do the follow-up on {}, if that suits.",
        "I got the letter about the hearing on {}.",
        "The last time I slept through was {}, I remember because it was the day of the match.",
        "I'm flying home on {}, so I'll miss the next two sessions.",
        "My repeat script runs out on {}.",
        "That was {}, the night I ended up in the emergency department.",
    ],
    "AGE": [
        "My nan is {} and she still has a whisky every night.",
        "Dad's {} now and he's on about twelve different tablets.",
        "She was {} when she died, so she had a good innings.",
        "My grandad lived to {} and smoked the whole time, that's what I always say.",
        "I look after my great-aunt, she's {}, and it's wearing me out.",
        "He'd have been {} this year.",
        "My mother-in-law is {} and she's moving in with us.",
        "The oldest one at the bowls club is {} and he still plays every week.",
        "Gran turned {} last week and we had a party at the home.",
        "He's {}, he's been on warfarin for years.",
        "She's {}, and she's the one I'm grieving for, even though she's still here.",
        "My grandmother is {} and she can't manage the blister packs on her own.",
        "He was {}, so it wasn't a shock, but it still hit me hard.",
        "Our neighbour, who's {}, still walks to the shops every morning.",
        "Nana is {} and she's never had a drink in her life.",
        "The patient I'm caring for is {}, and he wakes me up all night.",
        "My great-grandmother is {}, she lives with my aunty.",
        "She's {} and she still does her own garden.",
        "My uncle is {} and he's just been diagnosed with diabetes.",
        "He was {} when we lost him in the spring.",
        "Pop is {} and he's the reason I want to stay off the smokes.",
        "Auntie's {} and still sharp as anything.",
        "I'm caring for my dad, who's {}, so my sleep is broken every night.",
        "She made it to {}, which nobody in the family expected.",
        "My gran's {} and she says she's never slept more than five hours.",
        "Grandpa is {} and he takes his tablets out of a dosette box.",
    ],
    "PHONE": [
        "My mobile is {}, that's the best number.",
        "You can text me on {} if you need to change anything.",
        "Best to ring my partner on {}, I don't always have credit.",
        "My work number is {}, but don't leave a message there.",
        "The number I gave the pharmacy is {}.",
        "If I don't pick up, try {}.",
        "My new number's {}, I changed it to get away from the group chat.",
        "My daughter's number is {}, she's my emergency contact.",
        "It's {}, that's my personal mobile.",
        "The old number was {}, so cross that one off.",
        "Call me back on {} after five, I'm on shift till then.",
        "My line manager's direct line is {}, if occupational health need it.",
        "You can reach me on {} in the evenings.",
        "I've put {} on the form as my contact number.",
        "It's my landline, {}, I don't really use a mobile.",
        "Yes, {}, and it's fine to leave a voicemail.",
        "My sister's number is {}, she's the next of kin.",
        "The keyworker said to ring {} if I'm struggling at night.",
        "For the screening team, my number is {}.",
        "I'll send you a text from {} so you've got it.",
        "My mum's landline is {}, I'm staying there at the moment.",
        "Sorry, it's {}, I always get the middle bit wrong.",
        "The best contact is {}, that's my husband's phone.",
        "He rang me from {}, which I didn't recognise.",
        "Put {} down as my number, please.",
        "My sponsor's number is {}, I've got him on speed dial now.",
    ],
    "EMAIL": [
        "My email is {}.",
        "Can you send the sleep diary to {}?",
        "It's {}, that's my personal one.",
        "Send the quit plan to {} and I'll print it off at work.",
        "My uni email is {}, but I check my other one more.",
        "The occupational health report should go to {}.",
        "I'd rather you used {}, my partner reads the other one.",
        "You can email me at {} with the referral.",
        "My work email is {}, but please don't send anything personal there.",
        "The pharmacist can send the medication list to {}.",
        "I've put {} on the form.",
        "Sorry, it's {}, I always spell it wrong.",
        "Email the screening questionnaire to {}, please.",
        "The confirmation went to {}, but I never got it.",
        "My daughter manages my emails, it's {}.",
        "Can you copy in {}? That's my partner.",
        "It should come from the service to {}.",
        "The gambling support group sends reminders to {}.",
        "I changed my email to {} after everything that happened.",
        "My contact email is {}, that's the best way to reach me.",
        "Use {} for the appointment letters.",
        "He's been emailing me from {}, even though I blocked the old one.",
        "I signed up to the app with {}.",
        "The school has my email as {}.",
        "For the peer group, send things to {}.",
    ],
    "URL": [
        "The sleep diary's on {}, I fill it in every morning.",
        "I found the service through {}.",
        "My cousin set up a page for the funeral costs, it's {}.",
        "You can see my runs on {}, I've been posting them.",
        "The self-exclusion form is at {}.",
        "I've been using the quit plan on {}.",
        "The screening questionnaire link was {}.",
        "She sent me {} with the stimulus control rules.",
        "He's been posting from {}, which is how I know he's drinking again.",
        "I booked the appointment through {}.",
        "The drink diary is at {}, I've done two weeks of it.",
        "My daughter put the memorial page up at {}.",
        "Our peer group has a page, {}, with the meeting times.",
        "The return-to-work plan template was at {}.",
        "I watch the urge-surfing video on {} when I want a cigarette.",
        "I keep a little blog at {}, about getting sober.",
        "Have a look at {}, it explains the sleep window.",
        "The referral form is on {}.",
        "I followed the meal plan from {} for a month.",
        "The link they texted me was {}, but it didn't open.",
        "You can find my fitness page at {}.",
        "The university counselling booking is {}.",
        "I got the grief workbook off {}.",
        "The pharmacy's page, {}, has the opening hours.",
        "Everything about the group is on {}.",
    ],
    "SSN": [
        "My social security number is {}.",
        "My SIN is {}, if you need it for the forms.",
        "My National Insurance number is {}.",
        "My PPS number is {}.",
        "My tax file number is {}, for the income protection claim.",
        "My IRD number is {}.",
        "For the occupational health forms, my NI number is {}.",
        "It's {}, my social, for the insurance.",
        "The Social Security number on the claim is {}.",
        "My social insurance number is {}, I had to give it to the university.",
        "The benefits office has my number as {}.",
        "It's {}, that's my NI number, I had to look it up.",
        "My PPSN is {}, it's on the medical card letter.",
        "My SSN is {}.",
        "For the sick pay, they wanted my tax file number, {}.",
        "My husband's social security number is {}, he's on my insurance.",
        "The IRD number is {}, for the ACC forms.",
        "My SIN's {}, do you need that for the group benefits?",
        "Sorry, the National Insurance is {}.",
        "Yeah, {}, that's the social security number.",
        "The PPS number on my file should be {}.",
        "I gave the form my social, {}, is that a problem?",
        "The TFN is {}, I've got it written on the back of my card.",
        "My NINO is {}, I think.",
        "Put {} down as the SSN on the claim.",
    ],
    "ID": [
        "My NHS number is {}.",
        "My Medicare number is {}, it's on the green card.",
        "My NHI is {}, it's on my prescription.",
        "My student number is {}, if you need to look me up.",
        "The script number is {}, for the repeat.",
        "My employee number is {}, occupational health will need it.",
        "My client number with the service is {}.",
        "The helpline gave me a caller reference, {}.",
        "My self-exclusion number is {}.",
        "My gym membership number is {}, they froze it while I'm off.",
        "The sleep study number was {}.",
        "My screening id for the study is {}.",
        "My health card number is {}.",
        "The rego on the car is {}, I had to hand the keys over.",
        "The hospital number on my letter is {}.",
        "My policy number is {}, for the income protection.",
        "The Rx number on the box is {}.",
        "My CHI number is {}.",
        "My staff number's {}.",
        "The case reference for the return-to-work is {}.",
        "My patient number at the surgery is {}.",
        "The MRN on the bracelet was {}.",
        "My member number for the club is {}, that's how they track the pokies.",
        "The keyworker's reference for me is {}.",
        "The plate number is {}, he was parked outside my place again.",
        "My insurance member id is {}.",
        "My prescription number is {}, it's on the label.",
    ],
}
