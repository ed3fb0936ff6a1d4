"""A thirty-sixth SYNTHETIC transcript set for benchmarks/deid.py: the thirty-fourth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for this
file (real cities, towns, suburbs and neighbourhoods of the US, Canada, the UK, Ireland, Australia and
New Zealand are used as places only, never with a person; every hospital, clinic, practice, medical
centre, school, church, retreat centre, trial and workplace name is made up). Written on 2026-12-07 by
an engineer who had NOT seen the de-identifier's rules, its docs page, its tests or the contents of the
earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout33.py their docstrings, plus the ``value`` signature and the
``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no
line of this file was changed after its first run. It was first run on the sixteenth round's rules (main
at commit b5ca9bf, a date's ``the`` included) and measures how the rules do on transcripts they were not
written for; it stays a blind set until a later round makes it a development set.

Style: PLAIN, ORDINARY psychotherapy and research-interview transcripts -- the kind a researcher
writes or collects to TEST a de-identification tool, a second sample of that kind (after
deid_heldout32.py) by a different writer: clean, tidy, speaker-labelled dialogue, one turn per line,
whole sentences, tidy punctuation and capitals, no fillers, no bracket tags, no timestamps.  The
speaker labels are the ones real transcript files use -- ``Therapist:``/``Client:`` or ``Patient:``, ``T:``/``C:``,
``Interviewer:``/``Participant:``, ``INT:``/``P07:``, ``Counsellor:``/``Young person:``,
``Facilitator:``/``Member 2:`` in a group session, and now and then a speaker's first name as the
label (then the label is the planted name).  The benchmark's generator writes every turn as
``Therapist:``/``Client:``, so a turn's own label, when the template has one, sits inside the
``Client:`` turn; a template is sometimes the clinician's or interviewer's line (a question, a
name or number read back).  Settings: ordinary outpatient therapy (CBT, ACT, EMDR history-taking,
family therapy, grief counselling, a group session), psychedelic-assisted therapy (a psilocybin or
MDMA trial's screening, preparation, dosing-day and integration sessions, an ibogaine or ayahuasca
retreat's follow-up interview) and qualitative research interviews about them.  Speakers from the
US, Canada, the UK, Ireland, Australia and New Zealand, mixed (``mum``, ``mom``, ``mam``, ``nan``,
``grandma``, ``the GP``, ``uni``, ``reckon``, ``grand``, ``heaps``).  This set estimates how the
rules do on ordinary test data, so it is kept plain and natural and does not chase variety for
its own sake.
Identifier forms: the MOST COMMON everyday forms, the way people really say them in a session or
interview, spread evenly; hard or exotic forms are rare (under one in ten of each type).  Names: a
first name alone (the most common form), a full name, a surname after ``Dr``/``Mr``/``Mrs``/``Ms``
(the title in the carrier), a relative's, partner's or friend's name after a kin word in the
carrier, a nickname (``Bex``, ``Tommo``), a possessive ``'s`` in the carrier, a first name as a
speaker label; rarely a hyphenated first name, a double-barrelled surname or an initial with a
surname.  Places: the city, town, suburb or neighbourhood someone lives in, grew up in or moved to
(``Wollongong``, ``Sunderland``, ``Kitchener``, ``Drogheda``, ``Palmerston North``, ``Knoxville``,
``Chorlton``, ``Leslieville``), and made-up hospitals, clinics, medical centres, practices, schools,
churches, retreat centres and workplaces by name; rarely a town with its county, state or province.
Addresses as written locally: a street line (``27 Fernlea Road``), a US line with ``Apt 2C`` or with
town, state and ZIP, a UK line with a flat number or a postcode, an Irish estate line with its town,
an Australian line with suburb, state and postcode, a NZ line with its town and postcode, a
Canadian line with its city and province; rarely an Australian ``4/18`` unit line or an Eircode.
Dates as people say them (calendar dates only, no holidays): ``March 3rd``, ``March 3``, ``3rd
March``, ``the 3rd of March``, ``the 14th``, ``the 2nd of May`` (``on`` in the carrier), ``Friday the
9th``, ``Friday, the 9th``, ``May the 2nd``, ``5/6``, ``14/3``, ``14 March 2023``, ``March 14, 2023``, a
date of birth ``12/03/1931``; weekdays agree with dates that carry a year; rarely ``the twenty-first``,
a dotted ``3.6.24`` or ``Sept 9th``.  Ages over 89 (90-110): digits (most), words (``ninety-three``),
rarely ``a hundred`` or ``a hundred and two``; the unit (``years old``) in the carrier.  Phones in
local formats: US and Canadian ``(613) 555-0142``, ``613-555-0142``, ``613.555.0142`` with 555-01xx
fiction numbers, UK ``07700 900xxx`` mobiles and ``0161 496 0xxx`` / ``020 7946 0xxx`` landlines, Irish
``087``/``085`` mobiles and ``01`` landlines, Australian ``0491 570 xxx`` mobiles and ``(02) 5550 xxxx``
landlines, NZ ``021``/``027`` mobiles and ``(09)`` landlines; rarely with a country code or an
extension.  Emails: free-mail and ISP addresses of these countries and invented practice, clinic and
trial addresses; rarely one read out with ``at`` and ``dot``.  Web addresses: invented practice,
clinic, trial, retreat and resource pages, with and without ``https://`` and ``www``; rarely a short
link.  SSNs as each country's national number (planted as SSN -- a judgement call): US social
security numbers, Canadian SINs, UK National Insurance numbers, Irish PPS numbers, Australian tax
file numbers and NZ IRD numbers, the cue in the carrier (``value`` and the template are drawn
independently, so not always the matching one); rarely read out in words.  IDs (the cue always in
the carrier, never in the span): medical record numbers, insurance member and policy numbers, trial
participant and screening numbers, account numbers, case and claim numbers, NHS numbers, Australian
Medicare numbers, NZ NHI numbers and Ontario health card numbers.
A title, kin word, speaker label or possessive ``'s`` next to a name, an article before a place and
``on`` before a date stay outside the span; a date's own words (``the 3rd of March``, ``Friday the
9th``) are inside it.  ``value`` and the template are drawn independently (deid.py's design), so now
and then a form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: speaker labels (``INT:``, ``P07:``,
``Member 2:``), drugs and doses (psilocybin 25 mg, MDMA 120 mg, ibogaine, ayahuasca, sertraline 100
mg, escitalopram), scales (PHQ-9, GAD-7, PCL-5, SUDS), ages under 90, countries (Peru, Mexico), kin
words as common nouns (my mum, my nan, the kids, my partner) and place-like common words (the
clinic, the GP, the ward, the school, the church, work, the retreat); they hold no other name,
place or date.
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import datetime
import random

_F_FIRST = ["Rebecca", "Shauna", "Megan", "Kirsty", "Hannah", "Tara", "Danielle", "Brooke", "Natalie", "Aoife",
            "Ciara", "Gemma", "Leanne", "Kayleigh", "Courtney", "Bethany", "Alana", "Mackenzie", "Tegan", "Renee",
            "Holly", "Jodie", "Lauren", "Melissa", "Stacey", "Mere", "Chantelle", "Orla", "Paige", "Janine"]
_M_FIRST = ["Gareth", "Callum", "Declan", "Tyler", "Liam", "Ryan", "Brendan", "Craig", "Dylan", "Jordan",
            "Nathan", "Shane", "Darren", "Mitchell", "Cameron", "Bradley", "Aiden", "Owen", "Rhys", "Stuart",
            "Travis", "Corey", "Hamish", "Niall", "Tama", "Rawiri", "Marcus", "Jared", "Colm", "Warren"]
_SURNAMES = ["Whitfield", "Brennan", "Caldwell", "Pritchard", "McAuley", "Doherty", "Sutherland", "Henderson",
             "Lawson", "Bramley", "Nolan", "Ferris", "Thornton", "Maddox", "Reilly", "Hughes", "Donnelly",
             "Carver", "Paterson", "Quigley", "Ashworth", "Tremblay", "Gagnon", "Beaumont", "Ngata", "Ellison",
             "Marsh", "Finlay", "Radford", "Sinclair", "Costello", "Hennessy", "Lachance", "Ouellette", "Brody",
             "Pemberton", "Rourke", "Stanton", "Kerrigan", "Dunphy"]
_NICKS = ["Bex", "Mikey", "Lou", "Tommo", "Kaz", "Benny", "Sully", "Dazza", "Jonesy", "Pip", "Ricky", "Nicky",
          "Maggie", "Jimmy", "Stevo", "Deb"]
_HYPHEN_FIRST = ["Mary-Beth", "Jean-Luc", "Ella-Louise", "Anna-Kate", "Leigh-Ann"]
_DOUBLE_SURNAME = ["Ashworth-Pryce", "Holt-Marren", "Beaumont-Kerr", "Stanton-Webb"]

_TOWNS = ["Wollongong", "Townsville", "Launceston", "Mildura", "Dubbo", "Cairns", "Ballina", "Sunderland",
          "Stockport", "Bolton", "Exeter", "Preston", "Carlisle", "Norwich", "Leicester", "Swansea", "Dundee",
          "Inverness", "Kitchener", "Sudbury", "Kingston", "Regina", "Peterborough", "Lethbridge", "Drogheda",
          "Limerick", "Galway", "Kilkenny", "Sligo", "Wexford", "Letterkenny", "Palmerston North", "Invercargill",
          "Whangarei", "Gisborne", "Nelson", "Hastings", "Knoxville", "Lansing", "Akron", "Toledo", "Reno",
          "Savannah", "Sacramento", "Syracuse", "Worcester", "Burlington", "Newcastle"]
_SUBURBS = ["Chorlton", "Jesmond", "Rathmines", "Drumcondra", "Clontarf", "Glebe", "Fitzroy", "Brunswick",
            "Parramatta", "Fremantle", "Kitsilano", "Leslieville", "Hintonburg", "Wicker Park", "Germantown",
            "Petone", "Karori", "Papanui", "Headington", "Roath"]
_WITH_REGION = ["Bathurst, New South Wales", "Guelph, Ontario", "Tralee, County Kerry", "Harrogate, North Yorkshire",
                "Ashland, Oregon", "Oamaru, North Otago", "Bendigo, Victoria", "Nanaimo, B.C."]
_PLACE_STEMS = ["Hollybrook", "Fernhill", "Northgate", "Cedar Hill", "Brightwater", "Linden Park", "Ashcombe",
                "Marrowby", "Westmere", "Kingsfold", "Rosedale", "Tallowood", "Glenmore", "Harbourside",
                "Oakridge", "Kilbride", "Stonebridge", "Lakeview"]
_FACILITY = ["Hospital", "General Hospital", "Medical Centre", "Medical Center", "Community Health Centre",
             "Family Practice", "Counselling Centre", "Psychology Clinic", "Primary School", "High School",
             "Baptist Church", "Uniting Church", "Community Church", "Private Hospital", "Mental Health Unit",
             "College", "Surgery"]
_WORKPLACES = ["Brightwater Foods", "Kellerton Logistics", "Fenwick & Hale", "Tallowood Timber", "Northgate Motors",
               "Marrowby Credit Union", "Ashcombe Print", "Harbourside Freight"]
_RETREATS = ["Casa Solandra", "Wayrapata Lodge", "Jardin Azulado", "Templo Mirasol", "Centro Yaku Sonqo"]

_STREETS = ["Fernlea", "Cranmore", "Ashdown", "Hawthorne", "Glenview", "Sandpiper", "Rosslyn", "Larch", "Orchard",
            "Tamarack", "Brackenridge", "Millbrook", "Wattle", "Banksia", "Kowhai", "Totara", "Rimu", "Beech",
            "Heather", "Marlowe", "Sycamore", "Dogwood", "Chestnut", "Alder", "Elmhurst", "Pinecrest", "Lyndale"]
_US_SUFFIX = ["Street", "Avenue", "Drive", "Road", "Lane", "Court", "Place", "Boulevard"]
_UK_SUFFIX = ["Road", "Street", "Close", "Crescent", "Avenue", "Terrace", "Gardens", "Grove", "Lane", "Way"]
_AU_SUFFIX = ["Street", "Road", "Avenue", "Crescent", "Parade", "Court", "Place", "Drive"]
_IE_ESTATE = ["Oakfield Park", "The Meadows", "Cluain Ard", "Beechwood Grove", "Ard Na Mara", "Castle View",
              "Millrace Lawn", "Hazelwood Close"]
_US_TOWN_STATE = [("Lansing", "MI"), ("Akron", "OH"), ("Knoxville", "TN"), ("Reno", "NV"), ("Savannah", "GA"),
                  ("Syracuse", "NY"), ("Sacramento", "CA"), ("Toledo", "OH"), ("Burlington", "VT")]
_UK_TOWN = ["Stockport", "Bolton", "Exeter", "Preston", "Norwich", "Leicester", "Sunderland", "Carlisle"]
_IE_TOWN = ["Drogheda", "Sligo", "Kilkenny", "Wexford", "Letterkenny", "Tullamore", "Navan", "Mallow"]
_AU_TOWN = [("Wollongong", "NSW", 2500), ("Dubbo", "NSW", 2830), ("Townsville", "QLD", 4810),
            ("Mildura", "VIC", 3500), ("Launceston", "TAS", 7250), ("Fremantle", "WA", 6160),
            ("Glenelg", "SA", 5045)]
_NZ_TOWN = [("Hamilton", 3216), ("Palmerston North", 4410), ("Whangarei", 110), ("Nelson", 7010),
            ("Invercargill", 9810), ("Petone", 5012)]
_CA_TOWN = [("Kitchener", "Ontario"), ("Kingston", "Ontario"), ("Sudbury", "Ontario"), ("Regina", "Saskatchewan"),
            ("Lethbridge", "Alberta"), ("Moncton", "New Brunswick"), ("Kamloops", "B.C.")]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ORD_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
              9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
              15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
              20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth",
              25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}
_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

_FREEMAIL = ["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "icloud.com", "yahoo.com", "hotmail.co.uk",
             "btinternet.com", "yahoo.co.uk", "eircom.net", "gmail.ie", "bigpond.com", "yahoo.com.au",
             "optusnet.com.au", "xtra.co.nz", "outlook.co.nz", "shaw.ca", "rogers.com", "sympatico.ca"]
_ORG_DOMAINS = ["hollybrookcounselling.co.uk", "fernhillpsychology.com.au", "northgatehealth.ca",
                "cedarhilltherapy.com", "brightwaterclinic.org", "westmerepsychology.co.nz",
                "linden-park-study.org", "ashcombepractice.ie", "tallowoodtrial.org.au", "glenmorefamilytherapy.ca"]
_URL_SITES = ["hollybrookcounselling.co.uk", "fernhillpsychology.com.au", "northgatehealth.ca",
              "cedarhilltherapy.com", "brightwaterclinic.org", "westmerepsychology.co.nz", "lindenparkstudy.org",
              "ashcombepractice.ie", "tallowoodtrial.org.au", "glenmorefamilytherapy.ca", "casasolandra.com",
              "rosedalegriefsupport.org", "kingsfoldmindfulness.net", "oakridgeptsdstudy.org"]
_URL_PATHS = ["", "", "", "/", "/contact", "/book", "/booking", "/resources", "/participants", "/about-the-study",
              "/groups", "/worksheets/thought-record", "/integration", "/referral", "/our-team", "/faq"]


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _age_words(a: int) -> str:
    if a < 100:
        return "ninety" + (f"-{_ONES[a - 90]}" if a > 90 else "")
    if a == 100:
        return "a hundred"
    rest = a - 100
    small = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"][rest]
    return f"a hundred and {small}"


def _person(r: random.Random) -> str:
    first = r.choice(_F_FIRST + _M_FIRST)
    last = r.choice(_SURNAMES)
    x = r.random()
    if x < 0.40:
        return first
    if x < 0.62:
        return f"{first} {last}"
    if x < 0.77:
        return last
    if x < 0.92:
        return r.choice(_NICKS)
    y = r.random()
    if y < 0.4:
        return r.choice(_HYPHEN_FIRST)
    if y < 0.7:
        return f"{first} {r.choice(_DOUBLE_SURNAME)}"
    return f"{first[0]}. {last}"


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.38:
        return r.choice(_TOWNS)
    if x < 0.55:
        return r.choice(_SUBURBS)
    if x < 0.82:
        return f"{r.choice(_PLACE_STEMS)} {r.choice(_FACILITY)}"
    if x < 0.92:
        return r.choice(_WORKPLACES + _RETREATS)
    return r.choice(_WITH_REGION)


def _address(r: random.Random) -> str:
    n = r.randint
    street = r.choice(_STREETS)
    x = r.random()
    if x < 0.30:  # a plain street line, any country
        return f"{n(2, 240)} {street} {r.choice(_UK_SUFFIX + _US_SUFFIX)}"
    if x < 0.42:  # US
        town, st = r.choice(_US_TOWN_STATE)
        line = f"{n(100, 4800)} {street} {r.choice(_US_SUFFIX)}"
        return r.choice([f"{line}, Apt {n(1, 6)}{r.choice('ABCD')}", f"{line}, {town}, {st} {n(10000, 99899):05d}"])
    if x < 0.56:  # UK
        line = f"{n(1, 120)} {street} {r.choice(_UK_SUFFIX)}"
        pc = f"{r.choice(['LE', 'NR', 'EX', 'PR', 'BL', 'SK', 'SR', 'CA'])}{n(1, 19)} {n(1, 9)}" \
             f"{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXY')}"
        return r.choice([f"Flat {n(1, 12)}, {line}", f"{line}, {r.choice(_UK_TOWN)} {pc}", line + ", " + pc])
    if x < 0.67:  # Ireland
        return f"{n(1, 96)} {r.choice(_IE_ESTATE)}, {r.choice(_IE_TOWN)}"
    if x < 0.79:  # Australia
        town, st, pc = r.choice(_AU_TOWN)
        return f"{n(2, 180)} {street} {r.choice(_AU_SUFFIX)}, {town} {st} {pc}"
    if x < 0.87:  # New Zealand
        town, pc = r.choice(_NZ_TOWN)
        kind = r.choice(["Street", "Road", "Place", "Crescent"])
        return f"{n(2, 160)}{r.choice(['', '', 'A', 'B'])} {street} {kind}, {town} {pc:04d}"
    if x < 0.94:  # Canada
        town, prov = r.choice(_CA_TOWN)
        return f"{n(10, 990)} {street} {r.choice(['Street', 'Avenue', 'Crescent', 'Drive'])}, {town}, {prov}"
    # rare: an Australian unit line, an Irish line with its Eircode
    if r.random() < 0.5:
        town, st, pc = r.choice(_AU_TOWN)
        return f"{n(1, 12)}/{n(2, 90)} {street} {r.choice(_AU_SUFFIX)}, {town}"
    return f"{n(1, 60)} {r.choice(_IE_ESTATE)}, {r.choice(_IE_TOWN)}, " \
           f"{r.choice(['A92', 'F91', 'R95', 'Y35', 'F92', 'R35'])} {r.choice('ACDEFHKNPRTVWXY')}{n(1, 9)}" \
           f"{r.choice('ACDEFHKNPRTVWXY')}{n(1, 9)}"


def _date(r: random.Random) -> str:
    n = r.randint
    mi = n(1, 12)
    m, d = _MONTHS[mi - 1], n(1, 28)
    od = _ordinal(d)
    x = r.random()
    if x < 0.09:
        return f"{m} {od}"
    if x < 0.17:
        return f"{m} {d}"
    if x < 0.25:
        return f"{od} {m}"
    if x < 0.34:
        return f"the {od} of {m}"
    if x < 0.44:
        return f"the {od}"
    if x < 0.53:
        return f"{r.choice(_WEEKDAYS)}{r.choice([' ', ', '])}the {od}"
    if x < 0.59:
        return f"{m} the {od}"
    if x < 0.68:
        return f"{mi}/{d}" if r.random() < 0.5 else f"{d}/{mi}"
    if x < 0.80:
        y = n(2019, 2025)
        wd = _WEEKDAYS[datetime.date(y, mi, d).weekday()]
        return r.choice([f"{d} {m} {y}", f"{m} {d}, {y}", f"{m} {od}, {y}", f"{wd}, {d} {m} {y}",
                         f"{wd}, {m} {d}, {y}"])
    if x < 0.86:
        return f"{r.choice(_WEEKDAYS)} {od} {m}"
    if x < 0.92:  # a date of birth
        y = n(1915, 1934)
        return r.choice([f"{d:02d}/{mi:02d}/{y}", f"{mi}/{d}/{y}", f"{d} {m} {y}"])
    z = r.random()
    if z < 0.4:
        return f"the {_ORD_WORDS[d]}"
    if z < 0.7:
        return f"{d}.{mi}.{n(19, 25)}"
    return f"{r.choice(['Jan', 'Feb', 'Sept', 'Oct', 'Nov', 'Dec', 'Aug'])} {od}"


def _age(r: random.Random) -> str:
    a = r.randint(90, 110) if r.random() < 0.15 else r.randint(90, 99)
    x = r.random()
    if x < 0.72 or (a > 100 and x < 0.8):
        return str(a)
    return _age_words(a)


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.30:  # US / Canada
        a = r.choice([416, 613, 604, 905, 519, 312, 503, 617, 206, 919, 512, 865, 775, 315])
        c = n(100, 199)
        return r.choice([f"({a}) 555-0{c}", f"{a}-555-0{c}", f"{a}.555.0{c}", f"({a}) 555-0{c}"])
    if x < 0.50:  # UK
        return r.choice([f"07700 900{n(0, 999):03d}", f"07700 900{n(0, 999):03d}", f"0161 496 0{n(0, 999):03d}",
                         f"020 7946 0{n(0, 999):03d}", f"0113 496 0{n(0, 999):03d}", f"0117 496 0{n(0, 999):03d}"])
    if x < 0.63:  # Ireland
        return r.choice([f"08{r.choice('35679')} {n(100, 999)} {n(1000, 9999)}",
                         f"08{r.choice('35679')} {n(100, 999)} {n(1000, 9999)}", f"01 {n(200, 999)} {n(1000, 9999)}"])
    if x < 0.80:  # Australia
        return r.choice([f"0491 570 {n(6, 159):03d}", f"0491 570 {n(6, 159):03d}",
                         f"({r.choice(['02', '03', '07', '08'])}) 5550 {n(1000, 9999)}"])
    if x < 0.93:  # New Zealand
        return r.choice([f"02{r.choice('17')} {n(100, 999)} {n(1000, 9999)}", f"027 {n(100, 999)} {n(100, 999)}",
                         f"(0{r.choice('3479')}) {n(300, 999)} {n(1000, 9999)}"])
    # rare: a country code or an extension
    return r.choice([f"+44 7700 900{n(0, 999):03d}", f"+61 491 570 {n(6, 159):03d}",
                     f"+353 87 {n(100, 999)} {n(1000, 9999)}", f"+64 21 {n(100, 999)} {n(1000, 9999)}",
                     f"(613) 555-0{n(100, 199)} ext. {n(10, 350)}"])


def _email(r: random.Random) -> str:
    first = r.choice(_F_FIRST + _M_FIRST).lower()
    last = r.choice(_SURNAMES).lower().replace("'", "")
    x = r.random()
    if x < 0.08:  # rare: read out
        return f"{first} dot {last} at {r.choice(['gmail', 'hotmail', 'outlook'])} dot com"
    if x < 0.75:
        local = r.choice([f"{first}.{last}", f"{first}{last}", f"{first}.{last}{r.randint(1, 99)}",
                          f"{first[0]}{last}", f"{first}_{last}", f"{first}{r.randint(70, 99)}",
                          f"{last}.{first[0]}"])
        return f"{local}@{r.choice(_FREEMAIL)}"
    local = r.choice([first, f"{first[0]}.{last}", f"{first}.{last}", "admin", "reception", "info", "intake",
                      "studyteam", "bookings"])
    return f"{local}@{r.choice(_ORG_DOMAINS)}"


def _url(r: random.Random) -> str:
    site, path = r.choice(_URL_SITES), r.choice(_URL_PATHS)
    x = r.random()
    if x < 0.07:  # rare: a short link
        chars = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return "bit.ly/" + "".join(r.choice(chars) for _ in range(7))
    if x < 0.35:
        return f"www.{site}{path}"
    if x < 0.60:
        return f"https://www.{site}{path}"
    if x < 0.78:
        return f"https://{site}{path}"
    return f"{site}{path}"


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.30:  # US social security number
        a, b, c = r.choice([n(101, 665), n(667, 899)]), n(10, 99), n(1000, 9999)
        return f"{a}-{b:02d}-{c}" if r.random() < 0.85 else f"{a} {b:02d} {c}"
    if x < 0.45:  # Canadian SIN
        return f"{n(1, 7)}{n(10, 99)} {n(100, 999)} {n(100, 999)}"
    if x < 0.62:  # UK National Insurance number
        p = r.choice(["AB", "JK", "NE", "PR", "SH", "TL", "WR", "YC", "HM", "EJ"])
        return f"{p} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}"
    if x < 0.74:  # Irish PPS number
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMPTW')}{r.choice(['', '', 'A', 'H'])}"
    if x < 0.86:  # Australian tax file number
        return f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    if x < 0.95:  # NZ IRD number
        return f"{n(10, 149)}-{n(100, 999)}-{n(100, 999)}"
    a, b, c = n(101, 665), n(10, 99), n(1000, 9999)  # rare: read out in words
    return " ".join(_DIGIT_WORDS[int(ch)] for ch in f"{a}{b}{c}")


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    x = r.random()
    if x < 0.14:  # medical record number
        return r.choice([f"{n(100000, 9999999)}", f"{n(10000000, 99999999):08d}", f"MR{n(100000, 999999)}"])
    if x < 0.26:  # insurance member / policy number
        return r.choice([f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(100000000, 999999999)}",
                         f"{n(10000000, 99999999)}-{n(10, 99)}", f"W{n(100000000, 999999999)}"])
    if x < 0.38:  # trial participant / screening number
        return r.choice([f"{n(101, 112)}-{n(1, 250):03d}", f"P{n(1, 999):03d}-{n(10, 99)}",
                         f"PSI-{n(1000, 9999)}", f"MDMA-{n(10, 99)}-{n(100, 999)}", f"SCR{n(1000, 9999)}"])
    if x < 0.48:  # account number
        return r.choice([f"{n(10000000, 99999999)}", f"{n(100, 999)}-{n(100000, 999999)}"])
    if x < 0.58:  # case / claim number
        return r.choice([f"CL-{n(100000, 999999)}", f"{n(1000000, 9999999)}", f"C{n(10000, 99999)}"])
    if x < 0.70:  # NHS number
        return f"{n(400, 499)} {n(100, 999)} {n(1000, 9999)}"
    if x < 0.80:  # Australian Medicare number
        return f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}"
    if x < 0.90:  # NZ NHI
        return f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(1000, 9999)}"
    # Ontario health card
    return f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}" + (f"-{r.choice(L)}{r.choice(L)}" if r.random() < 0.6 else "")


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "I rang {} on the way home and we talked for ages.",
        "My sister {} came with me to the screening visit.",
        "C: It was {} who found the study in the first place.",
        "Participant: Dr {} explained the dosing day really clearly.",
        "I think my partner {} was more nervous than I was.",
        "Honestly, {} is the only one at work I trust.",
        "We stayed at {}'s place for the first week after the retreat.",
        "P07: My mate {} drove me to the clinic and waited in the car.",
        "Young person: Mum doesn't like {} much, she says he's trouble.",
        "Member 2: When {} shared last week, I nearly cried.",
        "T: And how did {} react when you told her?",
        "My dad and {} still don't speak, not since the funeral.",
        "{}: Yeah, I think that's fair, actually.",
        "Mrs {} at the school was the first person to notice.",
        "Patient: I keep hearing {}'s voice when I try to sleep.",
        "Interviewer: So {} was your guide during the ceremony?",
        "My son {} is nine and he worries about me.",
        "Then {} turned up at the door with a casserole.",
        "INT: Was it Mr {} who referred you to the trial?",
        "My nan always said {} was the clever one.",
        "Counsellor: You mentioned {} last time. Is he still around?",
        "I had a long chat with my cousin {} about the ayahuasca.",
        "It was {} who sat with me on the dosing day, the whole eight hours.",
        "P: Ms {} from the GP practice did the referral.",
        "My ex, {}, still has the kids every second weekend.",
        "I wrote {} a letter in the integration session but I haven't sent it.",
        "Young person: I told {} everything and she just listened.",
        "Facilitator: Thanks, {}. Does anyone want to come in on that?",
        "My brother-in-law {} was the one who found Dad.",
        "Participant: I'd heard about the study from a friend, {}.",
    ],
    "LOCATION": [
        "I grew up in {}, just me and Mum.",
        "We moved to {} when I was twelve.",
        "C: My dad still lives out near {}.",
        "P07: The first session was at {}, in a room with a big window.",
        "They kept me at {} for about a week after the overdose.",
        "I drive from {} every Tuesday for group.",
        "Participant: I was working at {} when it all started.",
        "Interviewer: And you were living in {} at that point?",
        "Honestly, going back to {} brings it all up again.",
        "Young person: I go to {} and I hate it.",
        "Member 2: My daughter's in {} now, so I hardly see her.",
        "The ibogaine follow-up call was with a nurse from {}.",
        "We used to go to church at {} every Sunday.",
        "T: When you say home, do you mean {}?",
        "I got the referral letter from {} last month.",
        "My nan's in a care home just outside {}.",
        "INT: How long have you been in {}?",
        "The ayahuasca retreat was a place called {}, up in the hills in Peru.",
        "Patient: I'd rather not go back to {}, to be honest.",
        "My partner got a job at {}, so we're staying put.",
        "We spread his ashes at a beach near {}.",
        "Counsellor: Is that the school in {}?",
        "P: The EMDR was done at {}, years ago.",
        "After the divorce I went back to {} for a bit.",
        "Facilitator: Some of you have come a long way, I know a few are from {}.",
        "I've been at {} for eleven years now.",
        "My mum was a nurse at {} her whole life.",
        "I was born in {} but I don't remember it.",
    ],
    "ADDRESS": [
        "We're at {} now, the flat above the chemist.",
        "My address is {}.",
        "C: It's {}, the one with the blue door.",
        "Participant: You can post the consent form to {}.",
        "Interviewer: And the address for the payment is {}?",
        "We lived at {} until Dad left.",
        "P07: My new address is {}, if you need to update it.",
        "The house at {} is where it happened.",
        "Mum's place is {}, it's only ten minutes from the clinic.",
        "T: Just to confirm, you're still at {}?",
        "I've moved, it's {} now.",
        "Young person: I'm staying at my nan's, {}.",
        "The letter went to {} but I'd already moved out.",
        "INT: Is {} still the best address for you?",
        "We bought a place at {} last year.",
        "Patient: Send it to {}, please.",
        "Counsellor: I have you down as {}. Is that right?",
        "My dad's still at {}, same as always.",
        "The group meets at a house on {}, out the back.",
        "They sent the ambulance to {} by mistake.",
        "Member 2: I'm at {}, so I can give anyone a lift.",
        "I grew up at {} and I can still see the kitchen.",
        "P: The retreat sent my paperwork to {}.",
        "My brother's flat is {}, that's where I crash when it gets bad.",
        "Honestly, I can't go past {} without feeling sick.",
        "Facilitator: The next session is at {}, same time.",
    ],
    "DATE": [
        "My dosing day was {}.",
        "Dad died on {}, and I still can't believe it.",
        "C: The screening visit is on {}.",
        "Participant: My first integration session was {}.",
        "Interviewer: And the ayahuasca ceremony was on {}?",
        "I started the sertraline on {}, I think.",
        "We got married on {}.",
        "P07: I came off the escitalopram on {}.",
        "T: Can we book the next one for {}?",
        "The accident was {}, I remember because it was raining.",
        "Young person: My birthday is {}.",
        "My nan's funeral was on {}.",
        "Member 2: I've been sober since {}.",
        "INT: So you flew home on {}?",
        "Counsellor: Your next appointment is {} at ten.",
        "I got the letter on {} saying I was eligible.",
        "Patient: It all started on {}, after the phone call.",
        "The second MDMA session was {}.",
        "P: I went back to work on {}.",
        "He moved out on {}.",
        "I had my last drink on {}, and I've kept to it.",
        "Our anniversary is {}, so that week is always hard.",
        "The ibogaine treatment was on {}, the day after we arrived.",
        "Facilitator: We'll meet again on {}.",
        "My date of birth? It's {}.",
        "Mum had the stroke on {}.",
        "I filled in the PHQ-9 on {} and scored nineteen.",
    ],
    "AGE": [
        "My nan is {} and still does the crossword every morning.",
        "Grandad turned {} last month.",
        "C: She was {} when she died.",
        "Participant: My great-aunt's {} now and lives on her own.",
        "He's {} years old and he still drives to the shops.",
        "Interviewer: And your grandmother was {} at the time?",
        "T: How old is your grandfather now? {}?",
        "My grandma is {}, and she's sharper than me.",
        "P07: Dad's {}, so I do most of the caring.",
        "She made it to {}, which is something.",
        "Young person: My great-grandma is {}, she's the oldest in our family.",
        "Member 2: My mum's {} and in a nursing home.",
        "INT: You said your uncle was {}?",
        "We had a party when he turned {}.",
        "Counsellor: So she's {} and living alone?",
        "Patient: My gran was {} when she passed, in her sleep.",
        "My neighbour is {} and she's been so kind to me.",
        "P: Grandpa lived to {} and never once said he loved us.",
        "He died at {}, a good innings, everyone says.",
        "My grandmother will be {} next week.",
        "Nana's {} and she still asks about my work.",
        "Facilitator: Your dad's {}? That's a lot to carry.",
        "Honestly, my great-uncle at {} has more energy than I do.",
        "The oldest woman at the church is {} and she prays for me.",
        "She was {} years old when they moved her into care.",
        "My grandad is {} and he was a soldier, he doesn't talk about it.",
    ],
    "PHONE": [
        "My mobile is {}.",
        "You can ring me on {}.",
        "C: The best number for me is {}.",
        "Participant: My number's {}, any time after four.",
        "Interviewer: And the number for your emergency contact is {}?",
        "T: Just to check, is it still {}?",
        "Mum's number is {} if you can't get me.",
        "P07: The study team gave me {} to call if anything came up.",
        "My partner's phone is {}.",
        "Counsellor: If you need us between sessions, the number is {}.",
        "INT: Is {} a mobile or a landline?",
        "The clinic's number is {}, I've got it on the fridge.",
        "Young person: My dad's mobile is {}.",
        "Member 2: Anyone can text me on {}.",
        "Patient: Call me on {} rather than the house phone.",
        "The retreat's contact number was {}.",
        "My work number is {}, but I'd rather you didn't use it.",
        "P: My new number is {}.",
        "Honestly, I just rang {} and asked for help.",
        "You can leave a message on {}.",
        "Facilitator: My work mobile is {} if anyone needs it.",
        "The nurse said to ring {} if the headache came back.",
        "I'll give you my sister's number, it's {}.",
        "My landline is {}.",
        "T: I'll put {} down as your main number.",
    ],
    "EMAIL": [
        "My email is {}.",
        "You can email me at {}.",
        "C: The best email is {}.",
        "Participant: I sent the diary to {}.",
        "Interviewer: Can I send the transcript to {}?",
        "T: I'll email the worksheet to {}, is that right?",
        "My partner's email is {}, she does all the forms.",
        "P07: The study coordinator's address is {}.",
        "Counsellor: If you want to book, it's {}.",
        "INT: Is {} still working for you?",
        "Young person: You can email my mum at {}.",
        "I got the consent form from {}.",
        "Member 2: Send the readings to {}.",
        "Patient: Use {}, not my work one.",
        "The retreat's email was {}, but they never answered.",
        "P: I've written it down for you, it's {}.",
        "My new email's {}.",
        "I emailed {} about the side effects.",
        "Facilitator: The group address is {}.",
        "They said to send the PCL-5 to {}.",
        "The integration notes came from {}.",
        "My old email was {}, but I don't check it.",
        "Can you copy in {} as well?",
        "I'll send it from {}.",
        "The reminder came from {} the night before.",
    ],
    "URL": [
        "I found the study on {}.",
        "The clinic's website is {}.",
        "C: I read about it at {}.",
        "Participant: The information sheet was on {}.",
        "Interviewer: Was it {} where you first saw the advert?",
        "T: The worksheets are all at {}.",
        "You can book online at {}.",
        "P07: They sent me a link, {}, with the music for the dosing day.",
        "Counsellor: There's a good page on grief at {}.",
        "INT: Did you look at {} before the screening?",
        "Young person: My mum found {} and made me go.",
        "The retreat has a page, {}, with all the photos.",
        "Member 2: I've been reading {} every night.",
        "Patient: My sister sent me {} and it helped.",
        "P: The forms are on {}.",
        "Facilitator: The handouts from tonight are on {}.",
        "The breathing exercises are on {}.",
        "I signed up through {}.",
        "It's all on {}, the whole programme.",
        "My GP printed off {} for me.",
        "I left a review on {}.",
        "They told me to check {} for the dates.",
        "The consent video is at {}.",
        "You can find the practice at {}.",
        "There's a support group listed on {}.",
    ],
    "SSN": [
        "My social security number is {}.",
        "For the payment they needed my SIN, which is {}.",
        "C: My National Insurance number is {}.",
        "Participant: My PPS number is {}.",
        "Interviewer: And your tax file number, for the reimbursement, is {}?",
        "P07: My IRD number is {}.",
        "T: I just need your social security number for the form. It's {}?",
        "The form asked for my SIN and I put {}.",
        "My National Insurance is {}, I know it off by heart.",
        "Patient: My social's {}.",
        "INT: The payment form has your PPS as {}, is that right?",
        "My tax file number's {}.",
        "Counsellor: I've got your NI number as {}.",
        "Young person: My mum said my social security number is {}.",
        "My IRD number is {}, I think.",
        "P: For the study payments I gave them {}, my SIN.",
        "The disability form wanted my social security number, {}.",
        "My PPS is {}.",
        "Member 2: They kept asking for my National Insurance number, {}, over and over.",
        "My social insurance number is {}.",
        "The reimbursement form had my tax file number, {}, on it.",
        "Facilitator: I'll need your IRD number, {}, for the voucher.",
        "I had to read out my social security number, {}, over the phone.",
        "It says SSN {} on the letter.",
        "Honestly, my National Insurance number, {}, is the only thing I remember.",
    ],
    "ID": [
        "My medical record number is {}.",
        "C: My NHS number is {}.",
        "Participant: My participant number is {}.",
        "Interviewer: Your study ID is {}, is that right?",
        "My Medicare number is {}.",
        "P07: My NHI number is {}.",
        "T: I've got your health card number as {}.",
        "My insurance member ID is {}.",
        "The policy number on the card is {}.",
        "Patient: My account number is {}.",
        "INT: And your screening number was {}?",
        "My case number is {}.",
        "Counsellor: The referral came through with the reference {}.",
        "The claim number for the sessions is {}.",
        "Young person: My Medicare card says {}.",
        "My hospital number is {}.",
        "P: The trial gave me the number {}.",
        "The MRN on my wristband was {}.",
        "My member number with the insurance is {}.",
        "Member 2: My case worker gave me the case number {}.",
        "The letter had my NHS number, {}, at the top.",
        "My OHIP number is {}.",
        "Facilitator: Please write your participant number, {}, on the form.",
        "My patient number at the clinic is {}.",
        "The pharmacy asked for my health card number, {}.",
        "My policy number is {}, I think.",
    ],
}
