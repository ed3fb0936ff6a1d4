"""An eighth SYNTHETIC transcript set for benchmarks/deid.py: the sixth held-out set.

SYNTHETIC: every person, address, number, email, web page and date below is invented for
this file (real large cities, towns, neighbourhoods, landmarks and well-known facilities are
used as places only, never with a person).  Written on 2026-12-06 by an engineer who had NOT
seen the de-identifier's rules, its docs page, its tests or the contents of the earlier sets
(only benchmarks/deid.py, for how a set is plugged in and scored, and the docstring, the
``value`` signature and the ``TEMPLATES`` shape of deid_heldout5.py, for the format), in one
go, before any run; no rule and no line of this file was changed after its first run.  It
measures how the rules do on talk they were not written for.

Style: session talk and notes from settings the earlier sets do not name as theirs -- CBT
homework review (thought records, activation, sleep diaries), psychodynamic sessions
(dreams, the transference), couples and family therapy, a crisis-line call, a veterans'
group (deployments, bases, the VA), a school counsellor with teenagers, inpatient ward
rounds and clinician dictation ("Pt", "collateral obtained from ..."), grief counselling,
ketamine / psilocybin / MDMA-assisted sessions, and ASR output of video sessions with
disfluencies ("um", "like", repeated words, false starts, no capitals).
Identifiers come in the forms real speech and notes use: first names alone, full names,
surnames after a title, nicknames and call signs, names that are also words (Hope, Will,
Dawn, Precious), possessives (the ``'s`` stays outside the span), names at the start of a
sentence and after verbs, names from Hispanic, East and South Asian, African, Arabic,
Slavic and Indigenous families, lower-case ASR names; cities, neighbourhoods, counties,
reservations, hospitals, VA centres, military bases, schools, churches and mosques,
workplaces, treatment centres, landmarks and a few towns abroad where a veteran served;
US street addresses (also PO boxes, intersections, spoken house numbers) and a few UK,
Canadian and Australian ones; dates written (``3/14/22``, ``14/03/2022``, ISO,
``Sept. 9th``, ``Jan '22``) and spoken (``the fourteenth of march``, ``april seventeenth
nineteen fifty-eight``), a month alone (``March``) when it dates an event; ages over 89
in digits and words; US, UK and Australian phone and fax numbers in many layouts, with
extensions, or read digit by digit; emails (some spoken: ``dee dot harlow at gmail dot
com``); URLs (telehealth links, fundraisers, social media, spoken ones); SSNs written and
spoken; record, plan, Medicaid, account, claim, court case, licence, plate, student and
inmate numbers, the cue always in the carrier sentence, never in the span.
Titles (``Dr.``, ``Mr.``, ``Sergeant``) and articles before places stay outside the span
(``the Palo Alto VA`` plants ``Palo Alto VA``); a date's own words (``the fourteenth of
march``, ``Friday the 14th``) are inside it.  ``value`` and the template are drawn
independently (deid.py's design), so now and then a form sits a little oddly in its
sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drug names and doses (Seroquel,
sertraline 100 mg, ketamine 0.5 mg/kg, St. John's wort), eponymous illnesses (Parkinson's,
Alzheimer's), rating scales and forms (PHQ-9, PCL-5, C-SSRS, MMSE, DD-214), 988 and 911,
ages under 90 (89 among them), bare years, US states and countries (Safe Harbor keeps
both), God, kin words as common nouns (my mum, grandma, the patient's sister) and
place-like common words (the bank, church, the park, the VA, the bus station, the ward).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random
import unicodedata

# --- people -------------------------------------------------------------------------------------
FIRST = [
    # Hispanic
    "Guadalupe", "Yesenia", "Maricela", "Joaquín", "Alejandro", "Itzel", "Xóchitl", "Rigoberto", "Nayeli", "Efraín",
    # East and Southeast Asian
    "Jae-won", "Minh", "Hoang", "Xiaoling", "Haruto", "Kenji", "Soo-ah", "Wei", "Thanh", "Yuki",
    # South Asian
    "Priyanka", "Sandeep", "Harpreet", "Aarav", "Devika", "Tanvir", "Gurpreet", "Meenakshi",
    # African
    "Chiamaka", "Kofi", "Abena", "Tendai", "Nomvula", "Amara", "Babajide", "Yaw", "Wanjiru", "Sekou",
    # Arabic
    "Layla", "Omar", "Khalid", "Fatima", "Yousef", "Rania", "Hamza", "Mariam", "Samir",
    # Slavic
    "Bogdan", "Oksana", "Miroslav", "Dragana", "Zbigniew", "Katya", "Wojciech", "Lyudmila",
    # Indigenous
    "Nizhoni", "Winona", "Ahanu", "Tahnee", "Shilah", "Dakota", "Kimimela",
    # Anglo / American
    "Dwayne", "Tammy", "Garrett", "Brenda", "Curtis", "Shelby", "Travis", "Lorraine", "Earl", "Darlene",
]
WORD_NAMES = ["Hope", "Grace", "Dawn", "Rose", "Will", "Mark", "Joy", "Sunny", "Summer", "Hunter", "Chase",
              "Miles", "Pat", "Amber", "Destiny", "Precious", "Blessing", "Patience", "Charity", "Hazel", "Sky",
              "Rusty", "Bill", "Faye"]
NICKNAMES = ["Lupe", "Chuy", "Beto", "Manny", "Tavo", "Cece", "Bibi", "Dee", "Kenny", "Smitty", "Junebug",
             "Mo", "Kat", "Sasha", "Rocco", "Bear", "Tank", "Doodle", "Abi", "Big Earl"]
LAST = [
    "Villarreal", "Arredondo", "Quintanilla", "Ochoa", "Zamora", "Tran", "Pham", "Nakagawa", "Choi", "Liang",
    "Hwang", "Ramaswamy", "Bhattacharya", "Gill", "Siddiqui", "Venkatesan", "Mensah", "Adebayo", "Chukwu",
    "Mutasa", "Ndlovu", "Asante", "Khoury", "Nasser", "Saleh", "Abdelrahman", "Al-Amin", "Horvat", "Novak",
    "Kuznetsova", "Petrenko", "Wiśniewski", "Begay", "Yazzie", "Tsosie", "Benally", "Two Crow", "Pritchard",
    "Dunleavy", "Gormley", "Ashcroft", "Hargrove", "Stoltzfus", "Moody", "Strong", "Bell", "Marsh", "Price",
    "Fields", "Stone",
]
INITIALS = "ABCDEFGHJKLMNPRSTVW"

# --- places -------------------------------------------------------------------------------------
CITIES = ["Yakima", "Gresham", "Medford", "Stockton", "Modesto", "Visalia", "Amarillo", "Lubbock", "Laredo",
          "El Paso", "Gary", "Toledo", "Dayton", "Akron", "Flint", "Saginaw", "Erie", "Allentown", "Camden",
          "Bridgeport", "Worcester", "Lowell", "Bangor", "Macon", "Dothan", "Shreveport", "Lafayette", "Killeen",
          "Fayetteville", "Clarksville", "Gallup", "Farmington", "Pueblo", "Ogden", "Billings", "Rapid City",
          "Fargo", "Sioux Falls", "Cedar Rapids", "Peoria", "Joliet", "Kenosha", "Green Bay",
          # Canada, UK, Australia
          "Moose Jaw", "Thunder Bay", "Gateshead", "Rotherham", "Ballarat", "Parramatta", "Fremantle"]
NEIGHBOURHOODS = ["Pilsen", "Little Saigon", "East Harlem", "Overtown", "Boyle Heights", "Wicker Park", "Southie",
                  "Hyde Park", "Five Points", "Germantown", "Cabbagetown", "Lents", "St. Johns", "Logan Square",
                  "Barrio Logan", "Frogtown"]
COUNTIES = ["Multnomah County", "Cook County", "Maricopa County", "Cuyahoga County", "Yakima County",
            "Hidalgo County", "Wayne County", "Navajo County", "Kern County", "Hennepin County"]
RESERVATIONS = ["Pine Ridge", "Window Rock", "Shiprock", "Tuba City", "Rosebud", "Warm Springs"]
HOSPITALS = ["Good Samaritan", "St. Luke's", "Mercy General", "Legacy Emanuel", "Parkland", "Bellevue",
             "Harborview", "Grady Memorial", "Cedars-Sinai", "Regions Hospital", "Baystate Medical Center",
             "Unity Center for Behavioral Health", "Maine Medical", "Providence Milwaukie"]
VA_CENTRES = ["Hines VA", "Palo Alto VA", "Bronx VA", "Puget Sound VA", "Portland VA", "Temple VA",
              "Minneapolis VA Health Care System", "Salem VA Medical Center", "Killeen Vet Center"]
BASES = ["Fort Bragg", "Camp Lejeune", "Fort Hood", "Joint Base Lewis-McChord", "Camp Pendleton", "Fort Campbell",
         "Twentynine Palms"]
ABROAD = ["Kandahar", "Fallujah", "Ramadi", "Mosul", "Bagram", "Landstuhl"]
SCHOOLS = ["Roosevelt Middle School", "Lincoln High", "Cesar Chavez Elementary", "Westview High School",
           "Franklin High", "Madison Elementary", "Portland State", "UC Davis", "Mt. Hood Community College",
           "Jefferson Middle", "Booker T. Washington High", "Pine Ridge High School"]
WORSHIP = ["Greater New Hope Baptist", "Holy Trinity", "Our Lady of Guadalupe", "Masjid Al-Noor",
           "Temple Beth Shalom", "St. Casimir", "Iglesia Bautista Emanuel", "Bethel AME", "Living Waters Fellowship"]
WORKPLACES = ["Hargrove Lumber", "Pacific Coast Cannery", "Sunrise Dental", "Bluewater Logistics", "Kessler Auto Body",
              "Cedar Ridge Nursing", "Riverbend Casino", "Mid-Valley Foods", "Ochoa Roofing"]
TREATMENT = ["Hazelden", "Serenity Lane", "Turning Point Recovery", "New Dawn Treatment Center", "Cielo House",
             "Hope Springs Ranch", "Cascade Behavioral", "Ridgeline Detox", "Bridgeway House"]
LANDMARKS = ["Golden Gate Bridge", "Pike Place Market", "Sunshine Skyway", "Multnomah Falls", "Lake Merritt",
             "Navy Pier", "Mount Tabor", "Gas Works Park", "Balboa Park", "Belle Isle", "Stone Mountain",
             "Sandia Peak", "Bondi Beach", "Stanley Park"]

STREETS = ["Alberta", "Division", "Killingsworth", "Magnolia", "Pecan", "Jefferson", "Cesar Chavez", "Sycamore",
           "Linden", "Cottonwood", "Mesquite", "Bayou", "Prairie", "Hollister", "Euclid", "Ashby", "Telegraph",
           "Halsted", "Fullerton", "Kedzie", "Peachtree", "Cascade", "Sunset", "Martin Luther King Jr"]
STREET_SUFFIX = ["St", "St.", "Street", "Ave", "Avenue", "Blvd", "Rd", "Road", "Drive", "Dr", "Court", "Ct",
                 "Place", "Terrace", "Circle", "Parkway"]
DIRECTIONS = ["N", "S", "NE", "SE", "North", "West", "E."]
NUMBERED = ["5th", "Fifth", "38th", "Third", "12th", "Main", "Grand", "Elm", "Alder", "Pine"]
US_TOWN_STATE_ZIP = [("Lubbock", "TX", "79416"), ("Gresham", "OR", "97030"), ("Macon", "GA", "31204"),
                     ("Toledo", "OH", "43609"), ("Pueblo", "CO", "81003"), ("Gallup", "NM", "87301"),
                     ("Kenosha", "WI", "53144"), ("Killeen", "TX", "76541")]
UK_ADDRESSES = ["Flat 3, 27 Wellington Terrace", "14 Cranbrook Road, Gateshead NE8 1XT", "9 Hawthorn Close",
                "Flat 2B, 61 Victoria Street, Rotherham S60 2BT"]
CA_ADDRESSES = ["1187 rue Saint-Denis, Montréal QC H2X 3J6", "45 Elm Avenue, Unit 3, Thunder Bay ON P7B 1X5",
                "802-1650 Bayview Avenue"]
AU_ADDRESSES = ["Unit 4/22 Brunswick Street, Fitzroy VIC 3065", "17 Wattle Grove, Ballarat VIC 3350",
                "3/118 Macquarie Street, Parramatta NSW 2150"]

# --- numbers and words --------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept.", "Oct.", "Nov", "Dec."]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
                 "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]
DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me",
                 "cascadiabh.org", "northstarcounseling.com", "mesaverde-psych.net", "lakeshorefamilyservices.org",
                 "ridgelineveterans.org", "wsd41.k12.or.us"]
SITE_WORDS = ["northstarcounseling", "lakeshorefamilyservices", "ridgelineveterans", "mesaverdepsych",
              "cascadiabh", "stillwaterintegration", "graceharborgrief"]


def _two(n: int) -> str:
    """0..99 in words, hyphenated as people write them."""
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])


def _year_words(y: int) -> str:
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    return f"{_two(hi)} {_two(lo) if lo >= 10 else 'oh ' + ONES[lo] if lo else 'hundred'}"


def _house_words(n: int) -> str:
    """How a house number is said: 2218 -> twenty-two eighteen, 407 -> four oh seven."""
    if n < 100:
        return _two(n)
    hi, lo = divmod(n, 100)
    tail = _two(lo) if lo >= 10 else ("hundred" if lo == 0 else f"oh {ONES[lo]}")
    return f"{_two(hi) if hi >= 10 else ONES[hi]} {tail}"


def _digits_spoken(s: str, r: random.Random) -> str:
    zero = r.choice(["oh", "zero"])
    return " ".join(zero if c == "0" else DIGIT_WORDS[int(c)] for c in s if c.isdigit())


def _ascii(s: str) -> str:
    """What an email or web address makes of a name: no accents, spaces or hyphens."""
    plain = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return plain.lower().replace(" ", "").replace("-", "")


def _suffix(d: int) -> str:
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


# --- one value per kind --------------------------------------------------------------------------
def _person(r: random.Random) -> str:
    first, last = r.choice(FIRST), r.choice(LAST)
    form = r.choices(["first", "full", "last", "nick", "word", "lower", "initial", "double"],
                     weights=[26, 20, 10, 10, 12, 12, 5, 5])[0]
    if form == "first":
        return first
    if form == "full":
        return f"{r.choice([first, r.choice(WORD_NAMES)])} {last}"
    if form == "last":
        return last
    if form == "nick":
        return r.choice(NICKNAMES)
    if form == "word":
        return r.choice(WORD_NAMES)
    if form == "lower":
        return r.choice([first, f"{first} {last}", r.choice(NICKNAMES)]).lower()
    if form == "initial":
        return f"{first} {r.choice(INITIALS)}. {last}"
    return f"{first} {last} {r.choice(LAST)}"


def _location(r: random.Random) -> str:
    pool = r.choices([CITIES, NEIGHBOURHOODS, COUNTIES, RESERVATIONS, HOSPITALS, VA_CENTRES, BASES, ABROAD,
                      SCHOOLS, WORSHIP, WORKPLACES, TREATMENT, LANDMARKS],
                     weights=[22, 8, 6, 4, 10, 7, 5, 3, 9, 6, 6, 7, 7])[0]
    place = r.choice(pool)
    return place.lower() if r.random() < 0.1 else place


def _address(r: random.Random) -> str:
    n = r.randint
    house, street, suffix = n(12, 9870), r.choice(STREETS), r.choice(STREET_SUFFIX)
    form = r.choices(["plain", "dir", "apt", "full", "pobox", "corner", "spoken", "abroad"],
                     weights=[20, 14, 14, 12, 6, 8, 14, 12])[0]
    if form == "plain":
        return f"{house} {street} {suffix}"
    if form == "dir":
        return f"{house} {r.choice(DIRECTIONS)} {street} {suffix}"
    if form == "apt":
        unit = r.choice([f"Apt {n(1, 40)}", f"Apt. {n(1, 9)}{r.choice('ABCD')}", f"#{n(100, 420)}", f"Unit {n(1, 24)}",
                         f"Space {n(1, 90)}"])
        return f"{house} {street} {suffix}, {unit}" if r.random() < 0.7 else f"{house} {street} {suffix} {unit}"
    if form == "full":
        town, state, zip_code = r.choice(US_TOWN_STATE_ZIP)
        return f"{house} {street} {suffix}, {town}, {state} {zip_code}"
    if form == "pobox":
        return r.choice([f"P.O. Box {n(10, 9999)}", f"PO Box {n(10, 999)}", f"RR {n(1, 6)} Box {n(10, 99)}"])
    if form == "corner":
        a, b = r.sample(NUMBERED, 2)
        return f"{a} and {b}"
    if form == "spoken":
        unit = r.choice(["", "", f" apartment {ONES[n(1, 19)]}", f" unit {ONES[n(1, 9)]} b"])
        return f"{_house_words(house)} {r.choice(['', 'north ', 'southeast '])}{street.lower()}" \
               f"{r.choice([' street', ' avenue', ' road', ''])}{unit}"
    return r.choice(UK_ADDRESSES + CA_ADDRESSES + AU_ADDRESSES)


def _date(r: random.Random) -> str:
    n = r.randint
    mi, d, y = n(0, 11), n(1, 28), n(1938, 2025)
    m, mon, sfx = MONTHS[mi], MONTH_ABBR[mi], _suffix(d)
    forms = [f"{m} {d}", f"{m} {d}{sfx}", f"{mon} {d}{sfx}", f"the {d}{sfx} of {m}", f"{d} {m} {y}",
             f"{m} {d}, {y}", f"{mi + 1}/{d}", f"{mi + 1}/{d}/{y % 100:02d}", f"{mi + 1:02d}/{d:02d}/{y}",
             f"{mi + 1}-{d}-{y % 100:02d}", f"{d:02d}/{mi + 1:02d}/{y}", f"{y}-{mi + 1:02d}-{d:02d}",
             f"{d}.{mi + 1}.{y % 100:02d}", f"{r.choice(WEEKDAYS)}, {m} {d}", f"{r.choice(WEEKDAYS)} the {d}{sfx}",
             f"the {d}{sfx}", f"the {ORDINAL_WORDS[d - 1]}", f"the {ORDINAL_WORDS[d - 1]} of {m.lower()}",
             f"{m.lower()} {ORDINAL_WORDS[d - 1]}", f"{m.lower()} {ORDINAL_WORDS[d - 1]} {_year_words(y)}",
             f"{m} of {y}", f"{m} {y}", f"{mon.rstrip('.')} '{y % 100:02d}", m, f"{m} {d}{sfx} {y}"]
    return r.choice(forms)


def _age(r: random.Random) -> str:
    a = r.randint(90, 106)
    if r.random() < 0.5:
        return str(a)
    if a < 100:
        w = _two(a)
        return w.replace("-", " ") if r.random() < 0.3 else w
    return "one hundred" + ("" if a == 100 else r.choice([" and ", " "]) + ONES[a - 100])


def _phone(r: random.Random) -> str:
    n = r.randint
    area, exch, line = n(201, 989), r.choice([555, n(202, 989)]), n(100, 9999)
    if exch == 555:
        line = n(100, 199)
    a, b, c = f"{area}", f"{exch}", f"{line:04d}"
    form = r.choices(["paren", "dash", "dot", "plain", "plus1", "one", "ext", "spoken", "tollfree", "uk", "au"],
                     weights=[14, 14, 8, 6, 8, 6, 8, 14, 6, 8, 8])[0]
    if form == "paren":
        return f"({a}) {b}-{c}"
    if form == "dash":
        return f"{a}-{b}-{c}"
    if form == "dot":
        return f"{a}.{b}.{c}"
    if form == "plain":
        return f"{a}{b}{c}" if r.random() < 0.5 else f"{a} {b} {c}"
    if form == "plus1":
        return f"+1 ({a}) {b}-{c}" if r.random() < 0.5 else f"+1-{a}-{b}-{c}"
    if form == "one":
        return f"1-{a}-{b}-{c}"
    if form == "ext":
        return f"{a}-{b}-{c} {r.choice(['ext. ', 'x', 'extension '])}{n(10, 4999)}"
    if form == "spoken":
        sep = r.choice([", ", " ", " ... "])
        return sep.join(_digits_spoken(part, r) for part in (a, b, c))
    if form == "tollfree":
        return f"1-{r.choice(['800', '888', '877', '866'])}-555-{n(100, 199):04d}"
    if form == "uk":
        return r.choice([f"07700 900{n(0, 999):03d}", f"+44 7700 900{n(0, 999):03d}", f"020 7946 0{n(0, 999):03d}",
                         f"0113 496 0{n(0, 999):03d}"])
    return r.choice([f"0491 570 {n(156, 159)}", f"+61 491 570 {n(156, 159)}", f"(02) 5550 {n(1000, 9999)}"])


def _email(r: random.Random) -> str:
    first, last = _ascii(r.choice(FIRST + WORD_NAMES)), _ascii(r.choice(LAST))
    local = r.choice([f"{first}.{last}", f"{first}{last}{r.randint(1, 99)}", f"{first}_{last[:1]}",
                      f"{first[:1]}{last}", f"{first}+therapy", f"{r.choice(NICKNAMES).lower().replace(' ', '')}"
                      f"{r.choice(['', '_', '.'])}{r.randint(70, 2009)}", f"{last}.family"])
    domain = r.choice(EMAIL_DOMAINS)
    form = r.random()
    if form < 0.15:  # spoken
        spoken_local = local.replace(".", " dot ").replace("_", " underscore ").replace("+", " plus ")
        return f"{spoken_local} at {domain.replace('.', ' dot ')}"
    if form < 0.25 and "." in local:  # Firstname.Lastname@, as some people type it
        return f"{'.'.join(part.capitalize() for part in local.split('.'))}@{domain}"
    return f"{local}@{domain}"


def _url(r: random.Random) -> str:
    n = r.randint
    first, last = _ascii(r.choice(FIRST + WORD_NAMES)), _ascii(r.choice(LAST))
    handle = f"{first}{last}"
    site = r.choice(SITE_WORDS)
    forms = [f"https://zoom.us/j/{n(10 ** 9, 10 ** 10 - 1)}", f"https://doxy.me/dr{last}",
             f"https://www.gofundme.com/f/help-the-{last}-family",
             f"instagram.com/{first}.{r.choice(['paints', 'heals', 'runs', 'writes'])}",
             f"https://{handle}.substack.com", f"www.caringbridge.org/visit/{handle}",
             f"tiktok.com/@{first}{n(1, 999)}", f"facebook.com/{handle}.{n(1, 99)}",
             f"https://www.youtube.com/@{handle}",
             f"bit.ly/{n(2, 9)}{r.choice('XkqZpR')}{n(100, 999)}{r.choice('aQwT')}",
             f"https://{site}.org/groups/{r.choice(['grief', 'veterans', 'teens', 'couples'])}",
             f"www.{site}.com/intake", f"{site}.org", f"https://meet.google.com/{r.choice('abcxyz')}qd-"
                                                     f"{r.choice('mnpr')}vwt-{r.choice('hjk')}az",
             f"www {site} dot com", f"{site} dot org slash {r.choice(['intake', 'groups', 'resources'])}"]
    return r.choice(forms)


def _ssn(r: random.Random) -> str:
    a = r.choice([r.randint(1, 665), r.randint(667, 899)])
    b, c = r.randint(1, 99), r.randint(1, 9999)
    s = f"{a:03d}{b:02d}{c:04d}"
    form = r.choices(["dash", "space", "plain", "spoken", "spoken_run"], weights=[45, 15, 12, 18, 10])[0]
    if form == "dash":
        return f"{s[:3]}-{s[3:5]}-{s[5:]}"
    if form == "space":
        return f"{s[:3]} {s[3:5]} {s[5:]}"
    if form == "plain":
        return s
    if form == "spoken":
        return ", ".join(_digits_spoken(p, r) for p in (s[:3], s[3:5], s[5:]))
    return _digits_spoken(s, r)


def _record(r: random.Random) -> str:
    n = r.randint
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"

    def caps(k: int) -> str:
        return "".join(r.choice(letters) for _ in range(k))

    forms = [f"{n(0, 9999999):08d}", f"{n(1000, 9999)}-{n(0, 9999):04d}-{n(10, 99)}",
             f"{caps(3)}{n(10 ** 8, 10 ** 9 - 1)}", f"{caps(1)}{n(100000000, 999999999)}",
             f"{n(2015, 2025)}-{r.choice(['CF', 'DR', 'JV', 'FL'])}-{n(1, 99999):06d}",
             f"{r.choice(['CPS', 'DHS', 'FC'])}-{n(10, 25)}-{n(1000, 99999):05d}",
             f"{caps(1)}{n(100, 999)}-{n(1000, 9999)}-{n(1000, 9999)}", f"{n(1, 9)}{caps(3)}{n(100, 999)}",
             f"{caps(1)}{n(1000000, 9999999)}", f"C {n(10, 99)} {n(100, 999)} {n(100, 999)}",
             f"{caps(3)}-{n(1000, 9999)}-{n(100, 999)}", f"{n(100000, 999999)}",
             _digits_spoken(str(n(10 ** 6, 10 ** 8)), r)]
    return r.choice(forms)


VALUES = {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
          "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _record}


def value(kind: str, r: random.Random) -> str:
    if kind not in VALUES:
        raise ValueError(kind)
    return VALUES[kind](r)


# (template, kind): {} is the planted identifier.  Settings in the comments.
TEMPLATES = {
    "PERSON": [
        # CBT homework review
        "So on the thought record I wrote that {} thinks I'm useless, and then the evidence against, like you said.",
        "I did the activation thing, I walked to the park with {} twice, and my PHQ-9 is down to 11.",
        # psychodynamic
        "I keep thinking you remind me of {}, the way you sit there and wait for me to say something.",
        "In the dream {} was standing in my mother's kitchen and I couldn't see her face.",
        # couples and family
        "{} never once asked how my day went, not once in the whole eight years we've been married.",
        "Can I just say something, because {} is doing it again, the eye roll.",
        "My grandson's father, {}, hasn't paid a cent since 2019 and my daughter won't take him to court.",
        # crisis line
        "Okay, and is {} there with you right now, is there anyone else in the house?",
        "I texted {} that I was sorry and then I took all the Seroquel that was left, maybe ten of them.",
        # veterans' group
        "Me and {} were in the same truck, he was the gunner, and I still can't drive over a bridge without shaking.",
        "{}'s wife called me on his birthday and I didn't pick up, I just sat in the garage.",
        "At the VA they keep asking about my sleep, but the only one who ever got it was {}.",
        "Sergeant {} pulled me out of the truck, and I never got to thank him before he passed.",
        # school counsellor
        "Miss, {} keeps posting stuff about me in the group chat and the teacher doesn't do anything.",
        "Is it okay if I call {}'s mom, or do you want to do it? He said he'd hurt himself if his dad finds out.",
        # inpatient ward round / dictation
        "Seen on the ward round with Dr. {}, slept four hours, refused the lithium 300 mg at night, no PRN needed.",
        "Nurse said {} from bed nine was shouting again, so I didn't get any sleep at all.",
        "Collateral obtained from {}, patient's sister, by phone; she reports no access to firearms.",
        "I asked Mr. {} to complete the PCL-5 before our next session and to bring the sleep diary.",
        # grief
        "It's been a year and I still set out two cups, one for me and one for {}.",
        "The last thing I said to {} was something stupid about the car keys.",
        "We named the baby after {}, she would have liked that, I think.",
        # ASR of video sessions
        "so um i i told {} like i can't i can't keep doing the the weekends and she just um she hung up",
        "yeah no {} was was there for the first one the ketamine one and she held my hand the whole like forty minutes",
        "um {} and me we we used to go to church every week but then after the accident i kind of stopped",
        "and then my- my aunt's boyfriend {} he he was like you're being dramatic",
        # psychedelic-assisted sessions
        "During the psilocybin session, 25 milligrams, I saw {} as a little kid and I wanted to protect him.",
        "After the second MDMA session I finally wrote to {} and told her what happened in that house.",
        # anywhere
        "{} said I'm like a brother to him and I just broke down, I'm not a crier, you know that.",
        "I said no to {} for the first time in my life and the sky didn't fall.",
        "At AA they told me to call {} when I want to drink, but he's got his own stuff going on.",
        "Can you write a letter to the judge? {} says it would help with the custody thing.",
        "I thanked God for {} every night, even when she drove me crazy.",
        "{} told me to stop the St. John's wort before the psilocybin, so I did, and the Lexapro 10 mg too.",
    ],
    "LOCATION": [
        "I grew up in {}, and honestly my father was drunk most of the time.",
        "They kept me at {} for five days on a hold, and the food was the worst part.",
        "When we were outside {} the IED went off and I don't remember the next hour.",
        "My son goes to {} now, he's in seventh grade, and the counsellor there called me.",
        "We used to go to {} after church and just sit by the water.",
        "I'm sitting in my car near {} and I don't know why I drove here.",
        "She transferred to {} in the spring and her grades dropped right away.",
        "Pt was discharged from {} on sertraline 100 mg and referred back to the clinic for follow-up.",
        "um so we moved out to like {} because the rent was um cheaper and my my husband got work",
        "Last month I drove past {} and I had to pull over, my heart was pounding.",
        "My grandmother's people are from {}, and she wants her ashes to go back there.",
        "He works nights at {} so we barely see each other, which is half the problem honestly.",
        "I did my 28 days at {} and stayed sober about a year after that.",
        "The retreat was just outside {}, and the ceremony ran from dusk until like 4 in the morning.",
        "When I got back from Iraq they sent me to {} and nobody there had been over.",
        "I'm calling from {}, I'm at the bus station, I don't have my meds with me.",
        "Our daughter was born at {} and that was the happiest day of my life.",
        "They're moving me to the unit at {} next week, I think, but nobody tells me anything.",
        "My brother's in jail in {} and my mom spends every cent on the phone calls.",
        "We lived in {} until I was twelve, then Texas, then here.",
        "There's a group for Gold Star families at {} that my counsellor mentioned.",
        "i was at {} for like a week after the the overdose and they put me on the suboxone",
        "Both my parents worked at {}, the whole town did back then.",
        "My wife wants us to go to couples counselling at {} because her pastor recommended it.",
        "I stood at {} for an hour that night, and a stranger talked me down.",
    ],
    "ADDRESS": [
        "The new place is {}, it's the one with the blue door, above the laundromat.",
        "Can you send the letter for my landlord to {}? That's my sister's, I'm staying there.",
        "I'm outside {} right now, in the car, I haven't gone in.",
        "We lived at {} when my dad left, I remember the porch.",
        "Home address confirmed as {}, lives with adult son, no stairs, Alzheimer's in the family.",
        "um my address is um {} and it's like the back unit",
        "Mail for the group goes to {} because the church office takes it.",
        "My ex still lives at {}, two blocks from the school, which is the whole problem.",
        "The police came to {} twice that month and the neighbours all saw.",
        "I rent a room at {} from a guy from church, it's quiet at least.",
        "Forwarding address is {} until the housing comes through.",
        "Grandma's house was {}, and I still drive by it when I can't sleep.",
        "The protective order lists {} so he can't come within 500 feet.",
        "ok so it's {} um you can't miss it there's a big tree",
    ],
    "DATE": [
        "My husband passed on {}, and the anniversary is coming up and I'm dreading it.",
        "I've been sober since {}, I got the chip at my home group.",
        "Admitted {} on a 72-hour hold after an overdose of Tylenol, medically cleared.",
        "The custody hearing is {} and I can't stop thinking about it.",
        "Our first ketamine infusion is scheduled for {}, 0.5 mg/kg over 40 minutes.",
        "He shipped out on {} and I never saw him again after that.",
        "Date of birth {}, lives alone, uses a walker, history of Parkinson's.",
        "so um the the last time i used was like {} i think yeah",
        "I missed the homework the week of {} because the baby was sick.",
        "We got married {}, in my grandmother's backyard, it rained.",
        "Next session is {} at the same time, and please bring the thought record.",
        "She stopped eating around {}, that's when we noticed.",
        "The incident report says {}, but it was actually the day before.",
        "Discharge planned for {} pending housing; PHQ-9 of 17, C-SSRS negative today.",
        "Ever since {} I can't go into the kitchen without crying.",
        "My son's court date got moved to {} so I'll miss group that week.",
        "I found her on {} and I called 911 and they couldn't do anything.",
        "The preparation session is {}, and then the dosing is a week later.",
        "i got my DD-214 on {} and just drove home and sat in the driveway",
        "Her funeral was {}, and nobody from church came except the pastor.",
    ],
    "AGE": [
        "My grandmother is {} and she still does her own shopping, she's tougher than me.",
        "Patient is a {}-year-old widowed female admitted with delirium; calmer on the ward round today.",
        "He was {} when he died, and everyone said it was a good innings, but he was my whole world.",
        "My great-grandpa turned {} last week and he asked me if I was still seeing you.",
        "I'm the only one left to look after my aunt, she's {} and I'm 67 myself.",
        "at at {} she's still she's still like driving which honestly scares me",
        "Mother, age {}, lives with the client and needs help with bathing.",
        "When you're {} every friend you had is gone, that's what he told me.",
        "A {} year old veteran in our group finally got his medal, after all these years.",
        "Grandad lived to {}, and I'm 84, so I figure I've got a few years yet.",
        "The resident is {}, oriented to person only, MMSE 18, no new falls.",
        "My mum's {} now and in a home in Ohio, and I can't afford to fly there.",
        "She made it to {}, which in her family is nothing, they all live forever.",
        "um my my grandpa he's {} and like he's the only one who gets it",
        "Dad was 89 when he went, but his sister is {} and still sends me birthday cards.",
    ],
    "PHONE": [
        "If you can't get through to me, my sister's cell is {}.",
        "The number for the peer line is {}, they're open till eleven.",
        "You can call me back on {}, that's my work phone, I'm on shift till 7.",
        "Emergency contact is husband, reachable at {}.",
        "ok so my number is {} um yeah that's a cell",
        "Please fax the discharge summary to {}, attention of the intake nurse.",
        "I'm calling from my friend's phone, it's {}, mine got cut off.",
        "Text me at {} if the appointment changes, I don't check email.",
        "My probation officer's number is {} if you need to confirm I came.",
        "The school counsellor's direct line is {}, and she said call anytime.",
        "Call {} after hours and the on-call clinician will pick up; if it's an emergency call 988.",
        "My old mobile still works, it's {}, if the other one doesn't.",
        "She left a voicemail from {} and I just stared at it.",
    ],
    "EMAIL": [
        "Can you send the worksheets to {}? The other one's full of junk.",
        "My email is {}, all lower case.",
        "I forwarded the sleep diary to {} last night, did you get it?",
        "Please send the records request to {} and copy the patient.",
        "um you can email me at {} yeah",
        "The teacher's email is {} and I wrote to her twice about the bullying.",
        "I made a new email so he can't see it, it's {}.",
        "The integration circle sends the recordings out from {}.",
        "Her email is {}, she said she'd come to the family session.",
        "Send the letter for the VA to {} and I'll print it.",
    ],
    "URL": [
        "I joined the video call with the link you sent, {}, but it said waiting for host.",
        "My daughter set up a fundraiser at {} for the funeral.",
        "He posts everything on {}, even stuff about our fights.",
        "The session link is {}, just click it about five minutes before.",
        "um there's this video on {} about um breathing that that really helped",
        "Her memorial page is {}, you can see the photos there.",
        "I started writing again, it's at {}, you don't have to read it.",
        "The resource sheet has {} on it for the parent group.",
        "Family was given {} for visiting hours and the ward rules.",
        "I found the retreat through {} and the reviews looked fine.",
    ],
    "SSN": [
        "The disability form wants my social, it's {}.",
        "SSN {} verified against the benefits letter.",
        "um my social is {} i think yeah that's it",
        "He used my Social Security number, {}, to open cards in my name, so now I'm dealing with that too.",
        "For the VA paperwork they asked for my social, {}, and my DD-214.",
        "Her social's {}, it's on the card in my wallet.",
        "The SSI office said the number on file, {}, doesn't match.",
        "Patient's SSN is recorded as {} in the referral; please verify.",
    ],
    "ID": [
        "My medical record number is {}, they made me memorise it.",
        "MRN {}, 3 East, bed 14, observation level two.",
        "The Medicaid ID is {} and it's active again since last month.",
        "My insurance member number is {}, it's Blue Cross.",
        "The case number for the protective order is {}.",
        "Our claim number with the VA is {} and it's been pending forever.",
        "Her student ID is {}, if the school needs it for the referral.",
        "DCFS case {} was closed after the home visit.",
        "He wrote down the plate, {}, and gave it to the police.",
        "My driver's license number is {} if you need it for the form.",
        "Account number {} is the one the payment plan is on.",
        "um my member id is {} yeah on the card",
        "Chart number {} - please attach the C-SSRS and the safety plan.",
        "The prescription number on the Suboxone bottle is {}.",
        "Policy number {} covers twelve sessions a year.",
        "My inmate number when I was inside was {}, funny how you never forget it.",
        "Group number {} is on the back of the card, under the plan name.",
    ],
}

__all__ = ["TEMPLATES", "value"]
