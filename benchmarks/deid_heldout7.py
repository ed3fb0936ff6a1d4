"""A ninth SYNTHETIC transcript set for benchmarks/deid.py: the seventh held-out set.

SYNTHETIC: every person, address, number, email, web page and date below is invented for
this file (real large cities, towns, neighbourhoods, counties, landmarks and well-known
facilities are used as places only, never with a person).  Written on 2026-12-06 by an
engineer who had NOT seen the de-identifier's rules, its docs page, its tests or the
contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged in and
scored, and the docstring, the ``value`` signature and the ``TEMPLATES`` shape of
deid_heldout6.py, for the format), in one go, before any run; no rule and no line of this
file was changed after its first run.  It measures how the rules do on talk they were not
written for.

Style: talk and text from settings the earlier sets do not name as theirs -- DBT skills
groups and diary-card review (chain analysis, DEAR MAN), EMDR sessions (target memories,
SUDS and VOC), an eating-disorder programme (meal plans, weigh-ins, the dietitian), a
perinatal clinic (EPDS, the NICU, night feeds), addiction medicine (buprenorphine and
methadone clinics, harm-reduction outreach, drug court), a memory clinic and hospice
counselling with family carers, refugee counselling through an interpreter, voicemails
left for a clinic and front-desk insurance calls, clinical supervision where therapists
talk about their clients, ayahuasca and ibogaine integration circles and microdosing
check-ins, typed secure-message / chat counselling ("idk", "u", "ur", "pls", no
apostrophes), child play therapy and parent consultations, IFS parts work and
narrative-therapy letters, EAP counselling, custody evaluations, and typed SOAP notes
with clinical shorthand ("Pt", "c/o", "hx", "f/u", "d/c", "SI/HI").
Identifier forms, chosen to differ from the earlier sets' lists: names with a middle
initial or a generational suffix (``Jr.``, ``III``), hyphenated and double-barrelled first
names and surnames, particles and prefixes (``de la``, ``van der``, ``bin``, ``O'``,
``Mc``, ``D'``), family-name-first Vietnamese and Chinese order, patronymics and kunyas
(``Abu Tariq``), initials used as names (``J.T.``), names spelled out letter by letter
after the name, names with and without their accents (``Wójcik`` / ``Wojcik``), word-names
other than the usual ones (Faith, Rusty, Ivy, Penny, Sky, Moody, Sweet), pet-names used
as names (Peanut, Skeeter), all-capital surnames from forms, and the usual first names
alone, full names, possessives, sentence-initial names and lower-case typed names, from
Hispanic, Korean, Chinese, Japanese, Vietnamese, Hmong, Punjabi, Tamil, Bengali, Yoruba,
Igbo, Akan, Amharic, Somali, Zulu, Arabic, Persian, Turkish, Hebrew, Polish, Ukrainian,
Serbian, Czech, Irish, Greek, Navajo, Lakota, Cherokee, Hawaiian, Samoan and Tongan
families.  Places: towns whose names are words (Reading, Mobile, Normal, Eureka, Paradise),
hyphenated and abbreviated towns (Wilkes-Barre, Ft. Wayne, Sault Ste. Marie), boroughs,
parishes and counties, neighbourhoods, psychiatric hospitals, VA centres and Vet Centers,
eating-disorder and addiction programmes, shelters, jails, cemeteries, universities and
schools, temples, gurdwaras and churches, workplaces, parks and landmarks, refugee camps
and towns abroad (also lower case).  Addresses: rural routes and highway contracts,
Wisconsin grid addresses, military APO addresses, "the 2300 block of ...", unit-first
(``Apt 6, 1127 ...``), full lines with town, state and ZIP, a ZIP code or postcode alone
("zip code 70570"), spoken house numbers, and a few UK, Canadian and Australian ones.
Dates: dotted and dashed numeric dates, ``14-Mar-2019``, ``2019/03/14``, day-first
European dates in refugee documents, weekday-led dates, ``march the fourteenth``,
``fourteenth march``, spoken years (``twenty twenty-one``), abbreviated months.  Ages over
89: digits, words, ``a hundred and two``, ``97yo``, ``93-year-old``, ordinals
(``95th``, ``ninety-fifth``).  Phones: all digits, dots, extensions, toll-free, spoken
with "double" and "triple", pair-wise, UK, Australian, Mexican and Canadian numbers.
Emails with plus-addressing, capitals, university and ISP domains, spoken.  URLs:
obituaries, CaringBridge-like pages, fundraisers, scheduling links, short links, therapist
directory pages, social handles as URLs, spoken.  SSNs with dashes, spaces, dots, none,
spoken digit by digit, in pairs or with "dash".  IDs (cue always in the carrier, never in
the span): MRN, member and group numbers, Medicaid and Medicare numbers, claim, court
case, A-numbers, NHS and Ontario health-card numbers, prescription numbers, device serial
numbers, VA file numbers, licences, plates, student, inmate and UNHCR numbers, some spoken.
Titles (``Dr.``, ``Imam``, ``Officer``, ``Judge``) and kin words before a name stay outside
the span, as does a possessive ``'s``.  ``value`` and the template are drawn
independently (deid.py's design), so now and then a form sits a little oddly in its
sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (Suboxone 16 mg,
methadone 90 mg, naltrexone, Vivitrol, prazosin 2 mg, lamotrigine 200, Lexapro 10, Ativan
0.5, Narcan, ayahuasca, ibogaine, LSD 10 micrograms, Adderall 20 mg XR, Ensure), scales
and scores (EPDS, EDE-Q, GAD-7, SUDS 8, VOC, MoCA, C-SSRS, AUDIT-C, "a 7/10", "24/7"),
calorie counts, heart rates, "ninety days", 211, ages under 90, bare years, US states and
countries (Texas, Minnesota, Syria, Somalia, Peru, Mexico), weekdays without a date, kin
words as common nouns (my abuela, grandpa, the baby's father) and place-like common words
(the shelter, the clinic, the camp, the courthouse, the food bank, the unit, the mosque).
"""

from __future__ import annotations

import random

# ---------------------------------------------------------------- people
FIRST = [
    # Hispanic
    "Yesenia", "Joaquín", "Xóchitl", "Itzel", "Rigoberto", "Maricela", "Anselmo", "Graciela", "Nayeli",
    "Evaristo", "María José", "Josué",
    # Korean, Chinese, Japanese, Vietnamese, Hmong, Thai
    "Ji-woo", "Seo-yeon", "Hyun-jin", "Xiaoling", "Jianhong", "Haruto", "Emiko", "Thanh", "Linh", "Quang",
    "Pa Nhia", "Tou", "Somchai",
    # Punjabi, Tamil, Bengali, Marathi
    "Harpreet", "Gurdeep", "Karthik", "Lakshmi", "Shreya", "Farhan", "Nusrat", "Meenakshi",
    # Yoruba, Igbo, Akan, Amharic, Somali, Zulu, Kikuyu, Fula
    "Temitope", "Chukwuemeka", "Ngozi", "Abena", "Kofi", "Selamawit", "Hodan", "Abdirahman", "Thandiwe",
    "Sipho", "Wanjiru", "Mamadou", "Fatoumata",
    # Arabic, Persian, Turkish, Hebrew
    "Rania", "Khaled", "Mariam", "Tariq", "Hiba", "Nasser", "Shirin", "Dariush", "Emre", "Elif", "Tova", "Yael",
    # Polish, Ukrainian, Serbian, Czech, Russian
    "Oksana", "Bogdan", "Zofia", "Radek", "Dragana", "Anastasiya", "Yevgeny", "Katarzyna", "Vesna",
    # Navajo, Lakota, Cherokee, Hawaiian, Samoan, Tongan
    "Shandiin", "Nizhoni", "Ahiga", "Tahnee", "Chayton", "Keoni", "Malia", "Kalani", "Mahina", "Sione", "Losa",
    # Anglo, African American, Irish, Greek
    "Darlene", "Travis", "Shelby", "Wyatt", "Colleen", "Ruthann", "Dwayne", "LaTonya", "DeAndre", "Tamika",
    "Marquis", "Keisha", "Niamh", "Padraig", "Aoife", "Stavros", "Eleni", "Mary-Beth", "Jean-Pierre", "Bobbie Jo",
]
# first names that are also ordinary words
WORD_FIRST = ["Faith", "Rusty", "Ivy", "Sky", "Bill", "Frank", "Pat", "Ginger", "Amber", "Brandy", "Crystal",
              "Autumn", "Penny", "Ray", "Cliff", "Misty", "Destiny", "Heather", "Jade", "Ruby", "Miles", "Wade",
              "Patience", "Dusty", "Candy", "Gene"]
NICKNAMES = ["Peanut", "Skeeter", "Boo", "Tink", "Bubba", "Moose", "Jojo", "Kiki", "Pookie", "Nene", "Tito",
             "Chacho", "Lil Ray", "Big Tony", "Sissy", "Doodle"]
INITIAL_NAMES = ["J.T.", "A.J.", "TJ", "D.J.", "K.C.", "R.J."]
LAST = [
    "Ybarra", "Quintanilla", "Echeverría", "Villaseñor", "Zamudio", "Arellano", "Barragán", "Garza-Lozano",
    "Park", "Choi", "Yoon", "Huang", "Zhao", "Liang", "Takahashi", "Matsumoto", "Nguyen", "Tran", "Pham",
    "Vang", "Xiong", "Lor", "Srisuk",
    "Sandhu", "Grewal", "Subramanian", "Venkataraman", "Chowdhury", "Rahman", "Iyer", "Deshpande",
    "Adeyemi", "Eze", "Mensah", "Asante", "Tesfaye", "Warsame", "Abdi", "Ndlovu", "Dlamini", "Mwangi", "Diallo",
    "Traoré", "Khoury", "Mansour", "El-Amin", "Abu-Ghazaleh", "Nassar", "Farahani", "Yıldız", "Ben-David",
    "Hrytsenko", "Wójcik", "Nowak", "Petrović", "Dvořák", "Kuznetsova", "Bondarenko", "Pavlović",
    "Begay", "Yazzie", "Tsosie", "Nez", "Two Bulls", "Little Thunder", "Many Horses", "Sixkiller", "Cornsilk",
    "Kahananui", "Kealoha", "Fonoti", "Tupou",
    "O'Halloran", "McAllister", "MacKinnon", "D'Ambrosio", "DeLuca", "St. Clair", "Pruitt", "Tackett",
    "Dunleavy", "Whitfield", "Birchall", "Goodnight", "Swearingen", "Papadakis",
    # surnames that are also ordinary words
    "Moody", "Sweet", "Strong", "Cross", "Wise", "Bliss", "Hardy", "Price",
]
PARTICLE_NAMES = ["Maria de la Cruz", "Pieter van der Meer", "Yusuf bin Saleh", "Lucía de los Santos",
                  "Anouk van Dijk", "Isabel da Silva", "Hassan al-Masri", "Sean Óg Mac Giolla"]
FAMILY_FIRST = ["Nguyen Thi Lan", "Tran Van Minh", "Zhao Xiaoling", "Pham Thi Hoa", "Liang Jianhong",
                "Huang Mei", "Le Van Duc"]
PATRONYMIC = ["Sergei Ivanovich", "Abu Tariq", "Umm Khaled", "Olga Petrovna", "Abu Yusuf"]
SUFFIXES = ["Jr.", "Sr.", "III", "II", "Jr"]
ACCENT_FOLD = str.maketrans("áéíóúñÓÍçãıćčřšžśźłęąüöä", "aeiounOIcaiccrszszleauoa")
LETTER_SPELL = ["Kaitlyn", "Zofia", "Nayeli", "Sione", "Dragana", "Temitope", "Ahiga", "Aoife"]

# ---------------------------------------------------------------- places
CITIES = ["Reading", "Mobile", "Normal", "Eureka", "Paradise", "Liberty", "Independence", "Winston-Salem",
          "Wilkes-Barre", "Coeur d'Alene", "St. Cloud", "Ft. Wayne", "Port St. Lucie", "Sault Ste. Marie",
          "Kalispell", "Kenosha", "Dubuque", "Muncie", "Terre Haute", "Lake Charles", "Opelousas", "Hattiesburg",
          "Gallup", "Farmington", "Las Cruces", "Yuma", "Hilo", "Fairbanks", "Bemidji", "Rapid City", "Lowell",
          "Brockton", "Pawtucket", "Bridgeport", "Paterson", "Camden", "Allentown", "Youngstown", "Flint",
          "Saginaw", "Joliet", "Pueblo", "Greeley", "Ogden", "Provo", "Redding", "Chico", "Merced", "Salinas",
          "Oxnard", "Brownsville", "McAllen", "Odessa", "Ocala", "Dothan", "Bangor", "Burlington", "Houston",
          "Phoenix", "Philadelphia", "Detroit", "Baltimore", "Minneapolis", "Atlanta", "New Orleans",
          "Las Vegas", "San Antonio", "Milwaukee", "Cleveland"]
NEIGHBOURHOODS = ["Fishtown", "Kensington", "the Tenderloin", "Five Points", "Corktown", "Frogtown", "Bed-Stuy",
                  "Washington Heights", "Little Havana", "Germantown", "Logan Square", "Humboldt Park",
                  "the Mission District", "Barrio Logan", "Ybor City", "Over-the-Rhine", "Hell's Kitchen",
                  "Koreatown", "Little Haiti", "Cabbagetown", "Dogpatch", "Crown Heights", "Cedar-Riverside",
                  "Midtown"]
COUNTIES = ["Lackawanna County", "Jefferson Parish", "Calcasieu Parish", "Bexar County", "Hennepin County",
            "Washtenaw County", "Ramsey County", "Kanawha County", "Marin County", "Staten Island", "Queens",
            "Prince George's County", "McKinley County", "San Juan County"]
HOSPITALS = ["McLean Hospital", "Sheppard Pratt", "the Menninger Clinic", "Austen Riggs", "Johns Hopkins",
             "Cedars-Sinai", "Grady Memorial", "Harborview", "Kaiser Roseville", "Denver Health",
             "Jackson Memorial", "Ochsner", "Regions Hospital", "Western State Hospital", "Napa State Hospital",
             "Lakeshore Behavioral", "Children's Hospital of Philadelphia", "Rady Children's",
             "St. Agnes Medical Center", "Brookhaven Psychiatric Pavilion"]
VA = ["the Jesse Brown VA", "James A. Haley VA", "the Hunter Holmes McGuire VA", "Minneapolis VA",
      "Loma Linda VA", "Togus VA", "Battle Creek VA", "the DeBakey VA", "Coatesville VA", "Tomah VA",
      "Grand Junction Vet Center", "Fort Drum", "Schofield Barracks", "Naval Station Norfolk", "Minot AFB"]
PROGRAMMES = ["Ridgeview Behavioral Health", "Cedar Hollow Recovery", "Timberline Knolls", "Rogers Behavioral",
              "Castlewood", "Sierra Tucson", "Mountainside", "Sagebrush Integration Retreat",
              "Templo Luz del Bosque", "Bright Harbor Sober Living", "Pine Street Inn", "Santa Rita Jail",
              "Rikers", "the Twin Towers jail", "Harmony House shelter", "St. Brigid's Food Pantry"]
SCHOOLS = ["Hillcrest Middle School", "P.S. 214", "Booker T. Washington High", "Sacred Heart Academy",
           "Eastlake Elementary", "Bemidji State", "Cal State Fullerton", "Wayne State", "Rutgers",
           "Bradford High", "Northside Prep", "Diné College", "Oglala Lakota College", "Kapiolani Community College"]
WORSHIP = ["Ebenezer AME", "St. Casimir's", "Temple Beth Shalom", "the Fremont Gurdwara",
           "Mount Zion Missionary Baptist", "Saint Sava Serbian Orthodox", "the Dearborn Islamic Center",
           "Wat Lao Buddhavong", "Calvary Cemetery", "Mount Olivet Cemetery", "Holy Cross Cemetery"]
WORKPLACES = ["Larkspur Tile & Stone", "Brightwater Poultry", "Pruitt's Hardware", "Redwing Freight",
              "Coldspring Dairy", "Mesa Ridge Casino", "Bluebonnet Nursing & Rehab", "Halvorsen Plumbing",
              "Dockside Crab Shack", "Tri-County Ambulance", "Kettle Creek Elevator"]
LANDMARKS = ["Navy Pier", "the Gateway Arch", "Forest Park", "Balboa Park", "Red Rocks", "Stone Mountain",
             "Belle Isle", "Griffith Observatory", "the Riverwalk", "Fountain Square", "Lake Harriet",
             "the Mackinac Bridge", "Garden of the Gods"]
ABROAD = ["Leeds", "Sheffield", "Cardiff", "Halifax", "Winnipeg", "Geelong", "Wollongong", "Iquitos",
          "Tijuana", "Oaxaca", "Aleppo", "Homs", "Kharkiv", "Mogadishu", "Kakuma", "Dadaab", "Cox's Bazar",
          "Tepoztlán", "Pucallpa"]

# ---------------------------------------------------------------- addresses
STREETS = ["Larch", "Bellflower", "Quail Hollow", "Fairmount", "Dorsey", "Wabash", "Chippewa", "Tamarack",
           "Sassafras", "Buckeye", "Ponderosa", "Mockingbird", "Saint Claude", "Tchoupitoulas", "Kedzie",
           "Pulaski", "Cherokee", "Walnut Grove", "Persimmon", "Lantana", "Ocotillo", "Saguaro", "Kiowa",
           "Hanford", "Greenleaf", "Covington"]
SUFFIX = ["St", "Street", "Ave", "Ave.", "Avenue", "Rd", "Road", "Ln", "Lane", "Pl", "Place", "Ct", "Terrace",
          "Blvd", "Pkwy", "Circle", "Trail", "Hwy"]
PRE_DIR = ["W.", "E", "North", "S.", "NW", "Southeast"]
POST_DIR = ["NW", "SE", "NE", "SW"]
TOWN_STATE_ZIP = [("Opelousas", "LA", "70570"), ("Kenosha", "WI", "53140"), ("Gallup", "NM", "87301"),
                  ("Bangor", "ME", "04401"), ("Muncie", "IN", "47303"), ("Dothan", "AL", "36301"),
                  ("Greeley", "CO", "80631"), ("Hilo", "HI", "96720"), ("Brockton", "MA", "02301"),
                  ("Salinas", "CA", "93901"), ("Bemidji", "MN", "56601"), ("Saginaw", "MI", "48601")]
UK = ["Flat 2, 41 Headingley Lane, Leeds LS6 1BN", "12 Ashgrove Mews, Sheffield S10 2QT",
      "7 Plas Newydd Close, Cardiff CF14 4HJ", "Flat 11b, Marlowe Court, 88 Kingsway"]
CANADA = ["2214 Portage Ave, Winnipeg MB R3J 0M1", "RR 1, Site 5, Comp 12, Nanton AB",
          "Apt 903, 66 Spring Garden Rd, Halifax NS B3J 1G3", "418 rue des Érables, Gatineau QC J8Y 3B4"]
AUSTRALIA = ["3/18 Keira St, Wollongong NSW 2500", "41 Pakington Street, Geelong West VIC 3218",
             "Lot 7 Bottlebrush Drive, Humpty Doo NT 0836"]
POSTCODES = ["postcode LS6 1BN", "postcode S10 2QT", "zip code 70570", "zip code 53140", "zip 87301",
             "zip code 04401", "zip 96720", "zip code 02301"]

# ---------------------------------------------------------------- numbers, dates
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_ONES = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth"]
ORD_TENS = {2: "twentieth", 3: "thirtieth"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

# ---------------------------------------------------------------- email and web
MAIL_HOSTS = ["comcast.net", "att.net", "sbcglobal.net", "aol.com", "fastmail.com", "live.com", "msn.com",
              "ymail.com", "me.com", "protonmail.com", "hey.com", "mail.com", "gmail.com", "yahoo.com",
              "ukr.net", "btinternet.com", "bigpond.com", "shaw.ca", "sympatico.ca", "students.wsu.edu",
              "umn.edu", "hawaii.rr.com", "charter.net"]
ORG_DOMAINS = ["cedarhollowrecovery.org", "sagebrushintegration.com", "ridgeviewbh.org", "harmonyhouseshelter.org",
               "tricountyambulance.com", "bluebonnetrehab.com", "sweetpsychology.co", "eastlakeschools.org",
               "lakeshorebehavioral.net", "brightharborsober.com"]
SLUG_WORDS = ["healing", "journey", "for", "mom", "celebrating", "life", "of", "the", "family", "fund", "grandma",
              "memorial", "recovery", "art"]
SHORT_CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def _words(n: int) -> str:
    """0..9999 in words ("four hundred twelve", "ninety-one")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + (f"-{ONES[o]}" if o else "")
    if n < 1000:
        h, rest = divmod(n, 100)
        return f"{ONES[h]} hundred" + (f" {_words(rest)}" if rest else "")
    th, rest = divmod(n, 1000)
    return f"{ONES[th]} thousand" + (f" {_words(rest)}" if rest else "")


def _ordinal_words(d: int) -> str:
    if d < 20:
        return ORD_ONES[d]
    t, o = divmod(d, 10)
    return ORD_TENS[t] if o == 0 else f"{TENS[t]}-{ORD_ONES[o]}"


def _suffix(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _year_words(y: int, r: random.Random) -> str:
    if y == 2000:
        return "two thousand"
    if y > 2000:
        return r.choice([f"twenty {_words(y - 2000)}" if y >= 2010 else f"two thousand {_words(y - 2000)}",
                         f"two thousand {_words(y - 2000)}"])
    hi, lo = divmod(y, 100)
    return f"{_words(hi)} {_words(lo) if lo >= 10 else ('oh ' + ONES[lo] if lo else 'hundred')}"


def _digit_words(s: str, r: random.Random, zero: str | None = None) -> str:
    z = zero or r.choice(["oh", "zero"])
    return " ".join(z if c == "0" else ONES[int(c)] for c in s if c.isdigit())


def _runs_spoken(s: str, r: random.Random) -> str:
    """Digits spoken with "double"/"triple" for runs, as people read phone numbers."""
    out, i, z = [], 0, r.choice(["oh", "zero"])
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        word = z if s[i] == "0" else ONES[int(s[i])]
        run = j - i
        if run == 3:
            out.append(f"triple {word}")
        elif run == 2:
            out.append(f"double {word}")
        else:
            out.extend([word] * run)
        i = j
    return " ".join(out)


def _pairs_spoken(s: str) -> str:
    """"4321" -> "forty-three twenty-one" ("0143" -> "oh one forty-three")."""
    out = []
    for k in range(0, len(s), 2):
        p = s[k:k + 2]
        if len(p) == 1:
            out.append(ONES[int(p)])
        elif p[0] == "0":
            out.append(f"oh {ONES[int(p[1])]}")
        else:
            out.append(_words(int(p)))
    return " ".join(out)


def _fold(s: str) -> str:
    return s.translate(ACCENT_FOLD)


def _first(r: random.Random) -> str:
    return r.choice(FIRST) if r.random() < 0.75 else r.choice(WORD_FIRST)


def _person(r: random.Random) -> str:
    form = r.choices(["first", "full", "last", "middle", "suffix", "nick", "initials", "particle", "family_first",
                      "patronymic", "spelled", "caps_last", "lower", "folded"],
                     weights=[22, 18, 8, 6, 4, 6, 3, 5, 4, 3, 3, 3, 10, 5])[0]
    if form == "first":
        return _first(r)
    if form == "full":
        return f"{_first(r)} {r.choice(LAST)}"
    if form == "last":
        return r.choice(LAST)
    if form == "middle":
        return f"{_first(r)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {r.choice(LAST)}"
    if form == "suffix":
        return f"{r.choice(FIRST + WORD_FIRST)} {r.choice(LAST)} {r.choice(SUFFIXES)}"
    if form == "nick":
        return r.choice(NICKNAMES)
    if form == "initials":
        return r.choice(INITIAL_NAMES)
    if form == "particle":
        return r.choice(PARTICLE_NAMES)
    if form == "family_first":
        return r.choice(FAMILY_FIRST)
    if form == "patronymic":
        return r.choice(PATRONYMIC)
    if form == "spelled":
        name = r.choice(LETTER_SPELL)
        return f"{name}, {'-'.join(name.upper())}"
    if form == "caps_last":
        return f"{r.choice(LAST).upper()}"
    if form == "lower":
        return r.choice([_first(r), f"{_first(r)} {r.choice(LAST)}", r.choice(NICKNAMES)]).lower()
    return _fold(r.choice([f"{r.choice(FIRST)} {r.choice(LAST)}", r.choice(LAST)]))


def _location(r: random.Random) -> str:
    pool = r.choices([CITIES, NEIGHBOURHOODS, COUNTIES, HOSPITALS, VA, PROGRAMMES, SCHOOLS, WORSHIP, WORKPLACES,
                      LANDMARKS, ABROAD], weights=[24, 9, 7, 10, 7, 9, 7, 6, 6, 6, 9])[0]
    place = r.choice(pool)
    if place.startswith("the ") and r.random() < 0.5:
        place = place[4:]
    return place.lower() if r.random() < 0.1 else place


def _street(r: random.Random) -> str:
    return f"{r.choice(STREETS)} {r.choice(SUFFIX)}"


def _address(r: random.Random) -> str:
    n = r.randint
    form = r.choices(["plain", "predir", "postdir", "unit_after", "unit_first", "full", "rural", "grid", "apo",
                      "block", "spoken", "postcode", "abroad", "county_road"],
                     weights=[14, 9, 6, 9, 6, 12, 5, 3, 3, 4, 8, 6, 8, 4])[0]
    if form == "plain":
        return f"{n(10, 9899)} {_street(r)}"
    if form == "predir":
        return f"{n(100, 4999)} {r.choice(PRE_DIR)} {_street(r)}"
    if form == "postdir":
        return f"{n(100, 12999)} {r.choice(STREETS)} {r.choice(['St', 'Ave', 'Pl', 'Ct'])} {r.choice(POST_DIR)}"
    if form == "unit_after":
        unit = r.choice([f"Apt {n(1, 40)}{r.choice(['', 'A', 'C'])}", f"#{n(1, 30)}{r.choice(['', 'B'])}",
                         f"Unit {n(100, 1400)}", f"Apartment {n(1, 9)}", f"Ste {n(1, 4)}00"])
        return f"{n(10, 9899)} {_street(r)}{r.choice([', ', ' '])}{unit}"
    if form == "unit_first":
        return f"{r.choice(['Apt', 'Unit', 'Apartment'])} {n(1, 24)}, {n(10, 4999)} {_street(r)}"
    if form == "full":
        town, state, z = r.choice(TOWN_STATE_ZIP)
        return f"{n(10, 9899)} {_street(r)}, {town}, {state} {z}"
    if form == "rural":
        return r.choice([f"RR {n(1, 9)} Box {n(10, 499)}", f"HC {n(30, 89)} Box {n(100, 2999)}",
                         f"Rural Route {n(1, 5)}, Box {n(10, 299)}"])
    if form == "grid":
        return f"{r.choice('NWSE')}{n(1000, 9999)} {r.choice(['State Road', 'County Rd', 'Hwy'])} {n(10, 99)}"
    if form == "apo":
        return f"PSC {n(1, 999)} Box {n(1000, 9999)}, APO AE 09{n(100, 999)}"
    if form == "block":
        return f"the {n(1, 49)}00 block of {r.choice(STREETS)}"
    if form == "spoken":
        hi, lo = n(1, 49), n(10, 99)
        num = r.choice([f"{_words(hi)} {_words(lo)}", _words(n(10, 999)), f"{_digit_words(str(n(100, 999)), r)}"])
        return f"{num} {r.choice(STREETS).lower()} {r.choice(['street', 'avenue', 'road', 'lane', 'drive'])}"
    if form == "postcode":
        return r.choice(POSTCODES)
    if form == "county_road":
        return f"{n(1000, 39999)} County Road {n(2, 400)}"
    return r.choice(UK + CANADA + AUSTRALIA)


def _date(r: random.Random) -> str:
    m = r.randrange(12)
    d = r.randint(1, DAYS_IN[m])
    y = r.randint(1931, 2026)
    mm, month = m + 1, MONTHS[m]
    form = r.choice(["dotted", "dashed_short", "dmy_abbr", "iso_slash", "eu", "eu_dots", "weekday", "month_the",
                     "uk_spoken", "spoken_year", "abbr", "abbr_suffix", "md_slash", "month_day", "dob_long",
                     "ordinal_of", "lower_month"])
    if form == "dotted":
        return f"{mm}.{d}.{y}"
    if form == "dashed_short":
        return f"{mm}-{d}-{y % 100:02d}"
    if form == "dmy_abbr":
        return f"{d:02d}-{MON3[m]}-{y}"
    if form == "iso_slash":
        return f"{y}/{mm:02d}/{d:02d}"
    if form == "eu":
        return f"{d}/{mm}/{y}" if d > 12 else f"{d:02d}/{mm:02d}/{y}"
    if form == "eu_dots":
        return f"{d:02d}.{mm:02d}.{y}"
    if form == "weekday":
        return f"{r.choice(WEEKDAYS)}, {month} {d}"
    if form == "month_the":
        return f"{month.lower()} the {_ordinal_words(d)}"
    if form == "uk_spoken":
        return f"{_ordinal_words(d)} {month.lower()}"
    if form == "spoken_year":
        return f"{month.lower()} {_ordinal_words(d)} {_year_words(y, r)}"
    if form == "abbr":
        return f"{MON3[m]} {d}"
    if form == "abbr_suffix":
        return f"{MON3[m]}. {d}{_suffix(d)} '{y % 100:02d}"
    if form == "md_slash":
        return f"{mm}/{d}"
    if form == "month_day":
        return f"{month} {d}{_suffix(d)}"
    if form == "dob_long":
        return f"{month} {d}, {y}"
    if form == "ordinal_of":
        return f"{d}{_suffix(d)} of {month} {y}"
    return f"{month.lower()} {d}"


def _age(r: random.Random) -> str:
    a = r.randint(90, 108)
    form = r.choice(["digits", "digits", "words", "words_space", "hundred_and", "yo", "y_o_space", "year_old",
                     "years_old", "ordinal", "ordinal_words"])
    if form == "digits":
        return str(a)
    if form == "words":
        return _words(a)
    if form == "words_space":
        return _words(a).replace("-", " ")
    if form == "hundred_and":
        return "a hundred" if a == 100 else (f"a hundred and {_words(a - 100)}" if a > 100 else _words(a))
    if form == "yo":
        return f"{a}yo"
    if form == "y_o_space":
        return f"{a} y.o."
    if form == "year_old":
        return f"{a}-year-old"
    if form == "years_old":
        return f"{_words(a)} years old"
    if form == "ordinal":
        return f"{a}{_suffix(a)}"
    if a % 10 == 0:
        return {90: "ninetieth", 100: "hundredth"}[a]
    t = _words(a - a % 10) if a < 100 else "one hundred and"
    return f"{t}-{ORD_ONES[a % 10]}" if a < 100 else f"{t} {ORD_ONES[a % 10]}"


def _phone(r: random.Random) -> str:
    n = r.randint
    a, b, c = n(201, 989), n(210, 989), n(0, 9999)
    last = f"{c:04d}"
    form = r.choice(["paren_tight", "spaces", "digits", "dots_ext", "toll_free", "one_dash", "spoken_digits",
                     "spoken_runs", "spoken_pairs", "uk_mobile", "uk_intl", "au_mobile", "au_intl", "mx", "ca_intl",
                     "dash_ext"])
    if form == "paren_tight":
        return f"({a}){b}-{last}"
    if form == "spaces":
        return f"{a} {b} {last}"
    if form == "digits":
        return f"{a}{b}{last}"
    if form == "dots_ext":
        return f"{a}.{b}.{last} ext. {n(10, 999)}"
    if form == "dash_ext":
        return f"{a}-{b}-{last} x{n(100, 4999)}"
    if form == "toll_free":
        return f"1-{r.choice(['800', '888', '877', '866'])}-{b}-{last}"
    if form == "one_dash":
        return f"1 ({a}) {b}-{last}"
    if form == "spoken_digits":
        return f"{_digit_words(str(a), r)}, {_digit_words(str(b), r)}, {_digit_words(last, r)}"
    if form == "spoken_runs":
        b = r.choice([b, int(f"{b // 100}{b // 100}{b // 100}")])
        last = r.choice([last, f"{last[0]}{last[0]}{last[2:]}"])
        return f"{_runs_spoken(str(a), r)} {_runs_spoken(str(b), r)} {_runs_spoken(last, r)}"
    if form == "spoken_pairs":
        return f"{_digit_words(str(a), r)}, {_digit_words(str(b), r)}, {_pairs_spoken(last)}"
    if form == "uk_mobile":
        return f"07{n(100, 999)} {n(100000, 999999)}"
    if form == "uk_intl":
        return f"+44 {n(20, 29)} {n(1000, 9999)} {n(1000, 9999)}"
    if form == "au_mobile":
        return f"04{n(10, 99)} {n(100, 999)} {n(100, 999)}"
    if form == "au_intl":
        return f"+61 4{n(10, 99)} {n(100, 999)} {n(100, 999)}"
    if form == "mx":
        return f"+52 {n(33, 999)} {n(100, 999)} {n(1000, 9999)}"
    return f"+1 ({a}) {b} {last}"


def _handle(r: random.Random) -> tuple[str, str]:
    f, last = _fold(_first(r)).lower().replace(" ", "").replace("-", ""), \
        _fold(r.choice(LAST)).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    return f, last


def _email(r: random.Random) -> str:
    f, last = _handle(r)
    n = r.randint
    local = r.choice([f"{f}.{last}", f"{f[0]}_{last}{n(60, 99)}", f"{f}{last[0]}{n(1, 9)}", f"{f}+therapy",
                      f"{last}.{f[0]}", f"{f}.{last}{n(1970, 2008)}", f"{f}_{n(100, 999)}", f"{f}{last}"])
    host = r.choice(MAIL_HOSTS + ORG_DOMAINS[:4])
    form = r.choice(["plain", "plain", "plain", "caps", "spoken"])
    if form == "caps":
        return f"{local}@{host}".upper()
    if form == "plain":
        return f"{local}@{host}"
    spoken_local = local.replace(".", " dot ").replace("_", " underscore ").replace("+", " plus ")
    return f"{spoken_local} at {host.replace('.', ' dot ')}"


def _url(r: random.Random) -> str:
    f, last = _handle(r)
    n = r.randint
    slug = "-".join(r.sample(SLUG_WORDS, 3))
    short = "".join(r.choice(SHORT_CHARS) for _ in range(7))
    form = r.choice(["obit", "caring", "fund", "calendly", "short", "tinyurl", "directory", "insta", "tiktok",
                     "venmo", "org_path", "spoken", "http_www", "linktree", "doxy", "spotify"])
    if form == "obit":
        return f"https://www.legacy.com/us/obituaries/name/{f}-{last}-obituary?id={n(10000000, 99999999)}"
    if form == "caring":
        return f"caringbridge.org/visit/{f}{last}"
    if form == "fund":
        return f"gofundme.com/f/{slug}-{last}"
    if form == "calendly":
        return f"https://calendly.com/{f}-{last}/{r.choice(['50min', 'intake', 'integration-call'])}"
    if form == "short":
        return f"bit.ly/{short}"
    if form == "tinyurl":
        return f"https://tinyurl.com/{f}{last[:3]}{n(1, 99)}"
    if form == "directory":
        return f"psychologytoday.com/us/therapists/{f}-{last}-{r.choice(['houston-tx', 'gallup-nm', 'kenosha-wi'])}" \
               f"/{n(100000, 999999)}"
    if form == "insta":
        return f"instagram.com/{f}.{last}{r.choice(['', '_heals', '.art'])}"
    if form == "tiktok":
        return f"https://www.tiktok.com/@{f}{last[:4]}{n(1, 99)}"
    if form == "venmo":
        return f"venmo.com/u/{f.capitalize()}-{last.capitalize()}"
    if form == "org_path":
        return f"https://{r.choice(ORG_DOMAINS)}/{r.choice(['family-week', 'apply', 'alumni/login', 'intake.pdf'])}"
    if form == "spoken":
        dom = r.choice(ORG_DOMAINS).split(".")
        return f"{dom[0]} dot {dom[1]} slash {r.choice(['apply', 'intake', 'family'])}"
    if form == "http_www":
        return f"http://www.{r.choice(ORG_DOMAINS)}"
    if form == "linktree":
        return f"linktr.ee/{f}{last}"
    if form == "doxy":
        return f"doxy.me/{r.choice(['dr', ''])}{last}{r.choice(['', 'counseling', str(n(1, 9))])}"
    return f"open.spotify.com/playlist/{''.join(r.choice(SHORT_CHARS) for _ in range(22))}"


def _ssn(r: random.Random) -> str:
    a = r.choice([r.randint(1, 665), r.randint(667, 899)])
    b, c = r.randint(1, 99), r.randint(1, 9999)
    a3, b2, c4 = f"{a:03d}", f"{b:02d}", f"{c:04d}"
    form = r.choice(["dash", "dash", "space", "dots", "none", "spoken", "spoken_dash", "spoken_pairs"])
    if form == "dash":
        return f"{a3}-{b2}-{c4}"
    if form == "space":
        return f"{a3} {b2} {c4}"
    if form == "dots":
        return f"{a3}.{b2}.{c4}"
    if form == "none":
        return f"{a3}{b2}{c4}"
    if form == "spoken":
        return f"{_digit_words(a3, r)}, {_digit_words(b2, r)}, {_digit_words(c4, r)}"
    if form == "spoken_dash":
        z = r.choice(["oh", "zero"])
        return f"{_digit_words(a3, r, z)} dash {_digit_words(b2, r, z)} dash {_digit_words(c4, r, z)}"
    return f"{_digit_words(a3, r)}, {_pairs_spoken(b2)}, {_pairs_spoken(c4)}"


def _record(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPQRTUVWXYZ"
    form = r.choice(["mrn", "mrn_letter", "member", "medicaid", "mbi", "group", "claim", "court", "a_number",
                     "nhs", "ontario", "rx", "serial", "va_file", "dl", "dl_wa", "inmate", "student", "license",
                     "plate", "unhcr", "account", "spoken"])
    if form == "mrn":
        return f"{n(0, 9)}{n(0, 9)}{n(100000, 999999)}"
    if form == "mrn_letter":
        return f"{r.choice(L)}{n(1000000, 9999999)}"
    if form == "member":
        return f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(100000000, 999999999)}"
    if form == "medicaid":
        return f"{r.choice(L)}{r.choice(L)}{n(10000000, 99999999)}{r.choice(L)}"
    if form == "mbi":
        return f"{n(1, 9)}{r.choice(L)}{r.choice(L)}{n(1, 9)}-{r.choice(L)}{r.choice(L)}{n(1, 9)}-" \
               f"{r.choice(L)}{r.choice(L)}{n(10, 99)}"
    if form == "group":
        return f"{n(1000000, 9999999):07d}-{n(1, 999):03d}"
    if form == "claim":
        return f"CLM-{n(2015, 2026)}-{n(1000000, 9999999)}"
    if form == "court":
        return r.choice([f"{n(2015, 2026)}-CR-{n(1000, 99999):06d}", f"CF-{n(15, 26)}-{n(100, 9999)}",
                         f"{n(15, 26)}-DR-{n(100, 9999)}", f"{n(15, 26)}JV{n(1000, 9999)}"])
    if form == "a_number":
        return r.choice([f"A{n(100000000, 249999999)}", f"A {n(100, 249)}-{n(100, 999)}-{n(100, 999)}"])
    if form == "nhs":
        return f"{n(400, 799)} {n(100, 999)} {n(1000, 9999)}"
    if form == "ontario":
        return f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(L)}{r.choice(L)}"
    if form == "rx":
        return f"{n(1000000, 9999999)}-{n(10000, 99999)}"
    if form == "serial":
        return f"{r.choice(['SN', 'J', 'X'])}{n(10, 99)}{r.choice(L)}{n(100000, 999999)}"
    if form == "va_file":
        return f"{n(10, 99)} {n(100, 999)} {n(100, 999)}"
    if form == "dl":
        return f"{r.choice(L)}{n(100, 999)}-{n(1000, 9999)}-{n(1000, 9999)}"
    if form == "dl_wa":
        return f"WDL{''.join(r.choice(L + '0123456789') for _ in range(9))}"
    if form == "inmate":
        return f"{n(2019, 2026)}{n(100000, 999999)}"
    if form == "student":
        return f"S{n(10000000, 99999999):08d}"
    if form == "license":
        return r.choice([f"LPC{n(1000, 99999)}", f"PSY {n(10000, 39999)}", f"LCSW-{n(10000, 99999)}",
                         f"{n(100, 999)}.{n(100000, 999999)}"])
    if form == "plate":
        return f"{n(1, 9)}{r.choice(L)}{r.choice(L)}{r.choice(L)}{n(100, 999)}"
    if form == "unhcr":
        return f"{r.choice(['KAK', 'DAD', 'ETH', 'JOR'])}-{n(10, 24)}C{n(10000, 99999)}"
    if form == "account":
        return f"{n(1000, 9999)}-{n(10000, 99999)}-{n(0, 9)}"
    return _digit_words(str(n(1000000, 99999999)), r)


VALUES = {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
          "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _record}


def value(kind: str, r: random.Random) -> str:
    if kind not in VALUES:
        raise ValueError(kind)
    return VALUES[kind](r)


# (template, kind): {} is the planted identifier.  Settings in the comments.
TEMPLATES = {
    "PERSON": [
        # DBT skills group, diary cards
        "On my diary card I put a 4 for urges the night {} didn't come home.",
        "We did the chain analysis and the prompting event was {} leaving me on read for like six hours.",
        "I used DEAR MAN with {} and honestly it kind of worked?",
        # EMDR
        "The target memory is the kitchen, and {} standing in the doorway, and my SUDS goes to an 8 just saying it.",
        "When we did the tapping I kept seeing {}'s truck in the driveway.",
        # eating-disorder programme
        "{} sat with me through the whole snack and I finished the Ensure.",
        "The dietitian has me at 2,400 calories now and {} keeps commenting on my plate at dinner.",
        # perinatal
        "My EPDS was 17 and I still haven't told {} how bad the nights are.",
        "{} held the baby for two hours so I could sleep, first time since the NICU.",
        # addiction medicine, outreach, drug court
        "I've been on Suboxone 16 mg for eight weeks and {} from the outreach van still checks on me.",
        "Drug court wants the counseling letter signed by {} before my next hearing.",
        "I gave {} my last Narcan kit, because he's using alone again.",
        # memory clinic, hospice
        "Mom keeps asking for {}, who has been dead for thirty years.",
        "Her MoCA was 14, and {} is the only one of the kids who still visits.",
        "The hospice chaplain read a psalm and {} just held her hand the whole time.",
        # refugee counselling via interpreter
        "(interpreting) She says her brother {} was taken at the checkpoint and she does not know if he is alive.",
        "He is asking if {} can come to the next appointment, she is his cousin from the camp.",
        # voicemail, front desk
        "Hi, um, this is {} calling about my appointment, I think I got the time wrong.",
        "Yeah hi, I'm calling for my dad, {}, he needs his lithium refilled before Friday.",
        # clinical supervision
        "My three o'clock, {}, disclosed the assault for the first time and I kind of froze.",
        "I'm worried about {}, his C-SSRS went up and he's stopped answering my calls.",
        "I notice I keep running over time with {}, and I think it's because she reminds me of my sister.",
        # ayahuasca, ibogaine, microdosing
        "During the third ceremony I saw {} as a little girl, and I wasn't angry anymore.",
        "After the ibogaine I called {} and apologised for the whole of 2016.",
        "I'm microdosing 10 micrograms and {} says I'm less snappy with the kids.",
        # chat counselling
        "idk what to do, {} keeps texting me and i cant block him bc of the kids",
        "ok so {} showed up at my work again. not ok",
        # play therapy, parent consultation
        "In the sandtray he buried the dinosaur and called it {}, like his stepbrother.",
        "The teacher says {} is the one who pushes her off the swings at recess.",
        # IFS, narrative therapy
        "The part that protects me sounds exactly like {} when I was nine.",
        "I wrote the letter to {} like you suggested, the one I'm not going to send.",
        # SOAP notes
        "Pt reports ongoing conflict with roommate {}; denies SI/HI; f/u 2 wks.",
        "Spoke with pt's mother {} by phone, who confirms hx of two prior admissions.",
        "Referred by Dr. {} for eval of ADHD and mood; currently on Adderall 20 mg XR.",
        # EAP, custody evaluation
        "My manager {} put me on a performance plan the week after the divorce.",
        "The guardian ad litem, {}, recommended supervised visits only.",
        # titles, positions in the sentence
        "Officer {} was actually kind that night, which surprised me.",
        "Imam {} came to the hospital and prayed with us.",
        "Judge {} gave me ninety days to finish treatment or go back in.",
        "We stayed at {}'s place until the eviction got sorted.",
        "I blamed {} for years, and then I blamed myself.",
        "{} was the first person who believed me.",
        "{} says I'm too much, that's his whole thing.",
        "my tía {} raised me after my mom got deported",
    ],
    "LOCATION": [
        "We moved from Texas to {} when I was 11, and that's when the eating stuff started.",
        "The ceremony was outside {}, in a round house with no walls.",
        "I did 28 days at {} and then went to a sober house.",
        "(interpreting) Her grandmother is still in {}, she will not leave, even with the shelling.",
        "He's at {} now, on the locked unit, and they won't let me bring his phone.",
        "I relapsed in the parking lot of {}, right after group.",
        "We used to go to {} for the fireworks when things were still good.",
        "I started working nights at {} after the baby came.",
        "They sent us from the camp to {} first, and then to Minnesota.",
        "She goes to {} now, sixth grade, and the bullying has stopped.",
        "Pt transferred from {} ED after a 72-hour hold; lamotrigine 200 continued.",
        "I work in the kitchen at {}, it's the only job that fits with the clinic hours.",
        "idk if i can make it tmrw, im all the way out in {} this week",
        "Last night I drove around {} till like 3 am just so I wouldn't be at home.",
        "We got married at {} and now I can't even drive past it.",
        "My dad's buried at {}, and I go every Sunday with coffee for him.",
        "My daughter's been in and out of {} since she was fifteen.",
        "After my shift at {} I just sit in the car and cry for a while.",
        "He grew up in {} and never learned to swim, which is funny given everything.",
        "Hi, I'm calling from the hospital in {}, they're keeping her overnight, so she'll miss group.",
        "D/c'd home to {} with her son; home health RN to follow; prazosin 2 mg qhs.",
        "She was born in {} in 1931, the youngest of nine.",
        "We met in group at {}, both of us on Vivitrol back then.",
        "The first flashback was at {}, in the cereal aisle of all places.",
        "Nobody at {} knows I'm in therapy, and I want to keep it that way.",
        "Client presented as a walk-in at {}; GAD-7 of 18.",
        "My sponsor found me a room in {}, close to the methadone clinic.",
        "We drove up to {} to scatter his ashes, just me and the dog.",
    ],
    "ADDRESS": [
        "We're at {} now, the landlord finally fixed the heat.",
        "Please mail the release of information to {}.",
        "The van picks me up at {} for the methadone clinic at six.",
        "My old apartment was {}, and I still take the long way so I don't drive past it.",
        "Pt resides at {} with spouse and two grandchildren; no firearms in the home.",
        "ok new address is {} can u update it",
        "Hi, I'm calling to update my address, it's {}, thank you, bye.",
        "He found her at {} after she stopped answering, she had taken all the Ativan.",
        "The shelter moved us to {} for ninety days.",
        "(interpreting) The letter from the lawyer went to {}, but they had already moved.",
        "Home visit completed at {}; home cluttered but safe.",
        "For the custody eval, the children stay at {} on weekdays.",
        "Send the bill to my son's place, {}, not to me.",
        "We grew up at {}, the house with the blue door.",
        "The intake form says {} but I'm couch surfing now.",
        "Integration circle is at {} this month, bring a journal and a blanket.",
        "The food bank delivers to {} on Tuesdays, which is the only reason we eat.",
    ],
    "DATE": [
        "My quit date was {}, and I've had two slips since.",
        "Pt admitted {} for restriction and bradycardia, HR 38.",
        "Her due date is {}, but the OB thinks it'll be early.",
        "The ceremony was {}, and I haven't had a drink since.",
        "I was born {}, if you need that for the insurance.",
        "DOB {}, yeah, that's right.",
        "We lost the baby on {} and every year it comes back.",
        "The hearing got moved to {}, so I have to keep all my UAs clean till then.",
        "He died {}, in the hospice, with his music on.",
        "(interpreting) They crossed the border on {} with only the clothes they had.",
        "My last day at work was {}, they called it a restructure.",
        "can u do {} instead, my shift changed",
        "We'll go over the diary cards again on {}.",
        "The first EMDR session was {} and I remember I couldn't stop shaking.",
        "I signed the lease {}, right after the divorce was final.",
        "F/u scheduled for {} with psychiatry; continue Lexapro 10.",
        "Since {} I've eaten three meals a day, no skipping.",
        "She stopped knowing my name around {}, I think.",
        "The school called on {} about him hitting another kid.",
        "I took the LSD on {} and that's when it went bad.",
    ],
    "AGE": [
        "My abuela is {} and she still makes the tamales herself.",
        "Pt is {}, widowed, lives alone with a cat; MoCA 22.",
        "He made it to {}, which nobody expected after the stroke.",
        "My great-grandpa is {} and he still asks about the war.",
        "She's {} now, and she came over on a boat when she was six.",
        "Mom turned {} last week and didn't know who we were at the party.",
        "He was {} when he died, and still it feels too soon.",
        "idk how to explain it shes {} and shes still the boss of all of us",
        "Collateral from pt's father, age {}, hard of hearing.",
        "My aunt is {}, the oldest in the family, and she prays for me every night.",
        "At {} she's the oldest one at the care home, and the nurses adore her.",
        "(interpreting) Her mother is {} and is still in the camp, with nobody.",
        "We had the party for his {} birthday at the hospice, with the grandkids.",
    ],
    "PHONE": [
        "Hi, this is a message for the clinic, please call me back at {}, thanks.",
        "My sponsor's number is {}, you can put her down as my emergency contact.",
        "You can fax the records to {}, attention medical records.",
        "Pt's daughter can be reached at {}.",
        "text me at {} not my work phone pls",
        "The outreach van's number is {}, they have test strips and Narcan.",
        "If she wanders off again, the memory care desk is {}.",
        "(interpreting) His cell back home is {}, if the interpreter can call him.",
        "The number on the flyer for the integration circle was {}.",
        "I'm at my sister's this week, the landline there is {}.",
        "The dietitian said to call {} if I skip more than one meal.",
        "The after-hours number for the NICU is {}, I have it on the fridge.",
    ],
    "EMAIL": [
        "Can you send the worksheet to {}? Not my work one.",
        "My probation officer's email is {}, she needs the attendance letter.",
        "hey its me, my new email is {}",
        "I emailed the retreat at {} and they said no lithium for two weeks before.",
        "Please cc {} on the discharge summary.",
        "The school counselor's email is {} if you want to coordinate.",
        "(interpreting) The interpreter wrote it down for her, {}.",
        "The EAP coordinator is {}, and she says it's all confidential.",
        "Send the diary card template to {}, the printer at the shelter is broken.",
    ],
    "URL": [
        "I put the obituary up at {} if you want to read it.",
        "She has a page at {} where we post updates for the family.",
        "The retreat application is at {}, it asks about SSRIs and heart stuff.",
        "I booked through {} but the link didn't work.",
        "My cousin started a fundraiser, {}, for the funeral.",
        "that video is at {} lmk what u think",
        "I keep reading reviews of the place on {} at 2 am.",
        "For the custody eval he posted the kids on {}, which my lawyer flagged.",
        "The playlist from the ceremony is {}, I listen to it every morning.",
    ],
    "SSN": [
        "For the disability paperwork they want my social, it's {}.",
        "Her Social Security number is {}, I have the card right here.",
        "The form needs the SSN, {}, and I don't get why a therapist needs that.",
        "Pt provided SSN {} for the benefits application.",
        "my ss# is {} do u need the card too",
        "The caseworker read back his social as {} and it was off by one digit.",
        "Social, um, {}, sorry, I always have to think about it.",
    ],
    "ID": [
        "My medical record number at the hospital is {}.",
        "The member ID on my insurance card is {}.",
        "My Medicaid number is {}, it just got renewed.",
        "The drug court case number is {}.",
        "Claim number {} was denied again, the letter said not medically necessary.",
        "My A-number is {}, the lawyer said always bring it.",
        "Her NHS number is {}, if the GP back home asks.",
        "Rx number {}, it's the naltrexone.",
        "The serial number on the CPAP is {}, they need it for the warranty.",
        "His VA claim file number is {}.",
        "My driver's license number is {}, they suspended it after the DUI.",
        "Inmate number {}, that's how you put money on his books.",
        "Outside hospital MRN {}; records requested.",
        "Account {}, that's the hospital bill they sent to collections.",
        "My student ID is {} if the counseling center needs it.",
        "Your license number, {}, has to be on the letter for the court.",
        "The plate number was {}, I wrote it on my hand.",
        "Group number {} on the back of the card.",
        "(interpreting) Her UNHCR case number is {}, from the camp.",
        "Health card number {}, it's an Ontario one.",
    ],
}

__all__ = ["TEMPLATES", "value"]
