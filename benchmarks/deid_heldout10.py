"""A twelfth SYNTHETIC transcript set for benchmarks/deid.py: the tenth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented
for this file (real cities, towns, villages, counties, neighbourhoods, islands and landmarks,
and a few well-known hospitals, are used as places only, never with a person; every clinic,
centre, church, school, shop and workplace name not a landmark is made up).  Written on
2026-12-06 by an engineer who had NOT seen the de-identifier's rules, its docs page, its
tests or the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged
in and scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout9.py their
docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of deid_heldout9.py, for
the format), in one go, before any run; no rule and no line of this file was changed after
its first run.  It measures how the rules do on talk they were not written for.

Style: talk and text from US regional and community settings the earlier docstrings do not
name as theirs -- an Appalachian rural health clinic (black lung, the mines, Mamaw and Papaw,
the holler, the Dollar store, church homecomings), a tribal behavioural-health programme
(talking circles, sweat lodge, the chapter house, the IHS clinic, enrolment), Spanish-English
code-switching in a Rio Grande Valley and a Miami clinic (``mija``, ``la clínica``, ``el
seguro``, spoken Spanish numbers), Hawaii and Alaska telehealth (village clinics, the plane
out, tūtū and the ʻohana, bad satellite links), a homeless-outreach van and an encampment
sweep, a syringe-service / harm-reduction visit (test strips, naloxone, participant codes), a
VA PTSD clinic (CPT worksheets, PE, the PCL), an LGBTQ+ community centre (pronouns, chosen
names, drag names, the youth drop-in), a sex-worker outreach service (bad-date lists, ad
links, wishlists), festival psychedelic peer support (the sanctuary tent) and a licensed
natural-medicine healing centre; and written forms: voicemail-to-text transcriptions, a
scanned fax read by OCR (``0``/``O``, ``1``/``l``, ``rn``/``m`` confusions), calendar
invites, pharmacy labels, pasted spreadsheet rows (tabs and pipes), a texting-app export
with emojis, and a school IEP meeting.
Identifier forms, chosen to differ from the earlier sets' lists where possible: Appalachian
double first names (``Bobbie Jo``, ``Lula Mae``), street and trail names at the outreach van
(``Tin Man``, ``Sparrow``), drag names, Spanish double surnames and diminutives (``Lupita``,
``Chuy``), Hawaiian names with the ʻokina and kahakō, Yup'ik, Iñupiaq, Marshallese,
Chamorro, Karen, Lumbee, Muscogee, Choctaw, Cajun, Pennsylvania Dutch and Cuban names,
word-names not listed before (Bear, Cricket, Dusty, Misty, Raven, Storm, Lark, Ember, Cash,
Trinity, Justice, Royal, Story, Birdie, Buck), OCR-garbled names (``B1evins``, ``Cornbs``),
and the everyday ones (first names alone, full names, surnames after a title, possessives
with the ``'s`` outside the span, names at the start of a sentence, lower-case ASR names).
Places: Appalachian towns, hollows and counties, Alaska villages, Hawaiian towns and islands
(with and without diacritics), Rio Grande Valley and South Florida towns and neighbourhoods,
Mexican, Cuban, Guatemalan and Honduran towns, reservations and Navajo chapters, urban
neighbourhoods where outreach works (Tenderloin, Kensington, Skid Row), invented clinics,
community centres, churches, temples, schools, plants and shops, real landmarks, OCR-garbled
and lower-case places.  Addresses: Hawaiian zone-section house numbers (``87-1021 Farrington
Hwy``), Alaska mileposts and General Delivery, Miami grid addresses (``2741 SW 8th St``),
Mexican ``Calle ... Col. ...`` and Puerto Rican ``Urb. ... Calle ...`` lines, Texas colonia
addresses, motel rooms, rural route-number addresses, Navajo-style directions from a chapter
house, GPS coordinates and what3words (geocodes), ZIP+4, OCR-garbled and spoken (also in
Spanish) house numbers.  Dates: calendar-invite (``Thu, Mar 5, 2026``), pharmacy-label
(``03/05/26``), spreadsheet (``2026-03-05`` before a time), texting-export stamps
(``3/5/26``), Spanish (``5 de marzo de 2026``, ``quince de agosto``), OCR-garbled
(``O3/l5/2O26``), ``Mar-05-2026``, ``Wed 3/11``, ``March five`` as ASR writes it, month and
year, and one form in twenty a fixed-date US, Mexican or Hawaiian holiday (``Cinco de Mayo``,
``the Fourth of July``, ``Kamehameha Day``: it names a month and day, so it is planted as a
date -- a judgement call).  Ages over 89: digits, words, Spanish words (``noventa y dos``),
``one hundred one``, in form fields (``Age/Sex: 94 / F``) and with the unit in the carrier.
Phones: Appalachian, Alaska, Hawaii, Texas, Florida, Oklahoma, Navajo Nation, Puerto Rico and
Guam numbers, Marshall Islands, Mexican, Cuban, Honduran and Guatemalan numbers, seven-digit
local numbers, square brackets, spaced dashes, ``tel:`` links, voicemail-ASR spacing, OCR
errors, and digits spoken in Spanish.  Emails: AOL / ISP / school-district / tribal-programme /
``.gov`` domains, Spanish ``arroba`` and ``punto``, ``[@]``, OCR-garbled, upper case from a
fax, and ``at gmail`` with no ending.  URLs: Facebook groups and profiles, OnlyFans,
AllMyLinks and wishlist pages, Discord invites, Bluesky and Mastodon profiles, Reddit users,
Snapchat adds, Google Maps short links, Eventbrite and Meet links, Ko-fi and Patreon pages,
Spanish spoken (``doble u doble u doble u punto ...``), OCR-garbled.  SSNs: dashes, spaces,
spaced dashes, none, OCR-garbled, spoken in English and Spanish, the last four alone.  IDs
(the cue always in the carrier, never in the span): HMIS client ids, syringe-service
participant codes, tribal enrolment and IHS chart numbers, Texas / Florida Medicaid and
Hawaii QUEST numbers, ITINs, matrícula consular numbers, EBT card and SNAP case numbers,
Alaska dividend confirmation numbers, child-welfare case numbers, IEP student ids, utility
accounts, pharmacy Rx numbers with a refill suffix, VA claim numbers, plan member ids, some
OCR-garbled or spoken.
A title, kin word or honorific next to a name (``Dr.``, ``Doña``, ``Brother``, ``Auntie``),
an article before a place, pronouns in brackets after a name and a possessive ``'s`` stay
outside the span; a date's own words are inside it.  ``value`` and the template are drawn
independently (deid.py's design), so now and then a form sits a little oddly in its
sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (naloxone 4 mg,
Sublocade 300 mg, xylazine, fentanyl test strips, hydroxyzine 25 mg, trazodone 50 mg,
bupropion XL 150, fluoxetine 20 mg, aripiprazole 5 mg, Vyvanse 30 mg, guanfacine 1 mg,
clonidine 0.1 mg, Biktarvy, Cabenuva, Depo-Provera, kratom, peyote, 5-MeO-DMT, psilocybin
3.5 grams), scales and scores (PCL-5 of 52, ACE score 7, COWS 14, ASAM 3.5, K6, PHQ-A, IQ 84,
FEV1 61%, a 504 plan), ages under 90 (89, 72, 16, 9), bare years (2019, 1998), US states and
countries (Kentucky, West Virginia, Alaska, Hawaii, Texas, Florida, Oklahoma, Mexico, Cuba,
Honduras, Guatemala, the Marshall Islands), the Lower 48, weekdays alone, times of day (6:45,
2 a.m., noon), durations (ninety days, three weeks), God, kin words as common nouns (Mamaw,
Papaw, mija, tūtū, the ʻohana, auntie, cuz) and place-like common words (the holler, the van,
the camp, the exchange, the clinic, the village, the res, the lodge, the pantry, the bank,
church, the park, the mines).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# ---------------------------------------------------------------- people (all invented)
FIRST_APPALACHIAN = ["Loretta", "Delmer", "Verna", "Hobart", "Clovis", "Ernestine", "Wanda", "Dwayne", "Rhonda",
                     "Opal", "Virgil", "Darlene", "Orville", "Tammy", "Elvin", "Marcella", "Junior", "Roxie"]
DOUBLE_FIRST = ["Bobbie Jo", "Lula Mae", "Billy Ray", "Carla Sue", "Jimmy Dale", "Betty Lou", "Ricky Lee",
                "Sherry Ann"]
LAST_APPALACHIAN = ["Caudill", "Slone", "Combs", "Mullins", "Sturgill", "Blevins", "Pruitt", "Huffman", "Ratliff",
                    "Tackett", "Mounts", "Kiser", "Bevins", "Sizemore", "Hensley", "Gayheart"]
FIRST_HISPANIC = ["Yesenia", "Xiomara", "Yadira", "Nayeli", "Jhonatan", "Yamilet", "Osniel", "Yordanis",
                  "Dayami", "Maikel", "Yusleidy", "Guadalupe", "Heriberto", "Itzel", "Ixchel", "Rigoberto"]
DIMINUTIVES = ["Lupita", "Chuy", "Memo", "Paquito", "Nena", "Chayo", "Beto", "Yuyi"]
LAST_HISPANIC = ["Cantú", "Villarreal", "Benavides", "Longoria", "Saldívar", "Hinojosa", "Quintanilla", "Treviño",
                 "Garza", "Del Toro", "Tzoc", "Batz", "Peña", "Olivera"]
FIRST_HAWAIIAN = ["Kaʻiulani", "Keoni", "Makana", "Noelani", "Kapono", "Pualani", "Ikaika", "Mahina", "Kawika",
                  "Leināʻala"]
LAST_HAWAIIAN = ["Kahananui", "Kealoha", "Akana", "Kamakau", "Nāone", "Kahale", "Kaʻawa", "Keawe"]
FIRST_ALASKA = ["Qaiyaan", "Aqpik", "Nauyaq", "Uyuriukaq", "Angalgaq", "Taqulik"]
LAST_ALASKA = ["Nanalook", "Kasayulie", "Tunuchuk", "Apatiki", "Ahgupuk", "Ningeulook", "Kawagley", "Oozeva"]
FIRST_PACIFIC = ["Jinna", "Lijon", "Kinoj", "Jemi", "Tiara", "Rosalyn"]
LAST_PACIFIC = ["Langidrik", "Lakjohn", "Jibas", "Anitok", "Taitano", "Quichocho", "Aguon"]
KAREN = ["Paw Htoo", "Eh Kaw", "Saw Ler Moo", "Naw Say Paw"]
LAST_TRIBAL = ["Locklear", "Oxendine", "Harjo", "Yahola", "Tsatoke", "Tubby", "Wahpepah", "Kills Crow", "Bowlegs"]
LAST_OTHER = ["Boudreaux", "Guidry", "Fontenot", "Arceneaux", "Yoder", "Stoltzfus", "Eicher", "Okonjo", "Vang"]
FIRST_OTHER = ["Rowan", "Indigo", "Juno", "Lennox", "Wren", "Jules", "Marisela", "Tavion", "Keshawn", "Deja",
               "Colby", "Brantley", "Kaylee", "Treyvon", "Shyanne", "Everett"]
WORD_NAMES = ["Bear", "Cricket", "Dusty", "Misty", "Raven", "Storm", "Lark", "Ember", "Cash", "Trinity", "Justice",
              "Royal", "Story", "Birdie", "Buck"]
STREET_NAMES = ["Tin Man", "Sparrow", "Peaches", "Mouse", "Cowboy", "Lil Bit", "Smokey", "Gator"]
DRAG_NAMES = ["Velvet Thunder", "Marquesa Del Mar", "Anita Refill", "Lady Vendetta", "Ms. Chiffon Royale"]

# --------------------------------------------------------------------------------- places
TOWNS_APPALACHIA = ["Hazard", "Pikeville", "Whitesburg", "Grundy", "Welch", "Big Stone Gap", "Hindman", "Jenkins",
                    "Paintsville", "Inez", "Williamson", "War", "Matewan", "Beefhide", "Cumberland"]
COUNTIES = ["Letcher County", "McDowell County", "Harlan County", "Buchanan County", "Perry County",
            "Mingo County", "Knott County"]
HOLLOWS = ["Sugar Camp Hollow", "Lick Fork", "Caney Branch", "Defeated Creek", "Rockhouse Holler"]
TOWNS_ALASKA = ["Bethel", "Kotzebue", "Utqiaġvik", "Dillingham", "Nome", "Unalakleet", "Hooper Bay", "Wasilla",
                "Toksook Bay", "Emmonak", "Sitka", "Kenai"]
TOWNS_HAWAII = ["Hilo", "Waiʻanae", "Nānākuli", "Kaunakakai", "Pāhoa", "Kalihi", "Wahiawā", "Kapaʻa", "Lahaina",
                "Waimānalo", "Waianae", "Molokaʻi", "Kona"]
TOWNS_BORDER = ["McAllen", "Pharr", "Edinburg", "Brownsville", "Harlingen", "Laredo", "Eagle Pass", "Hialeah",
                "Kissimmee", "Immokalee", "Homestead", "Little Havana", "Doral", "Reynosa", "Matamoros",
                "Holguín", "Camagüey", "Pinar del Río", "Huehuetenango", "San Pedro Sula", "Xela"]
TOWNS_TRIBAL = ["Pine Ridge", "Rosebud", "Tahlequah", "Pembroke", "Lame Deer", "Crow Agency", "Fort Yates",
                "Window Rock", "Shiprock", "Chinle", "Kayenta", "Okmulgee"]
NEIGHBOURHOODS = ["the Tenderloin", "Kensington", "Montrose", "Wilton Manors", "Skid Row", "Ybor City", "Overtown",
                  "Liberty City", "East Colfax"]
FACILITIES = ["Caney Fork Family Health", "Sugar Camp Free Clinic", "Yukon-Kuskokwim Delta Regional Hospital",
              "Alaska Native Medical Center", "Queen's Medical Center", "Tripler", "Jackson Memorial",
              "Rainbow Alliance Community Center", "Prism Youth Drop-In", "Lavender Door Center",
              "Sweetgrass Wellness Lodge", "Kuleana Counseling Hale", "Hollow Creek Freewill Baptist Church",
              "Iglesia Pentecostal Roca de Salvación", "Masjid An-Nur of Hialeah", "Wat Lao Buddhavong Temple",
              "Possum Trot Elementary", "Bethel Regional High School", "Nānākuli High and Intermediate",
              "Big Sandy Coal Prep Plant", "Riverside Poultry", "Lupe's Tortillería", "Hilltop Pawn & Gun",
              "Budget Inn", "Mercy Street Syringe Exchange", "Chinle Chapter House", "Diamond Head", "Mauna Kea",
              "Breaks Interstate Park", "the Riverwalk", "Calle Ocho", "Denali", "Ocean Mist Healing Center",
              "the Sanctuary Tent at Solstice Gathering"]


def _ocr(s: str, r: random.Random) -> str:
    """A scanned fax read by OCR: some 0/O, 1/l, 5/S and m/rn confusions."""
    swaps = {"0": "O", "O": "0", "1": "l", "l": "1", "5": "S", "m": "rn", "i": "1"}
    out = []
    for ch in s:
        out.append(swaps[ch] if ch in swaps and r.random() < 0.35 else ch)
    return "".join(out)


SPANISH_DIGITS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
ENGLISH_DIGITS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _spoken(digits: str, words: list[str]) -> str:
    return " ".join(words[int(d)] for d in digits)


def _spoken_groups(groups: list[str], words: list[str], sep: str = ", ") -> str:
    return sep.join(_spoken(g, words) for g in groups)


def _first(r):
    pool = r.choice([FIRST_APPALACHIAN, FIRST_HISPANIC, FIRST_HAWAIIAN, FIRST_ALASKA, FIRST_PACIFIC, FIRST_OTHER,
                     FIRST_APPALACHIAN, FIRST_HISPANIC, FIRST_OTHER])
    return r.choice(pool)


def _last(r):
    pool = r.choice([LAST_APPALACHIAN, LAST_HISPANIC, LAST_HAWAIIAN, LAST_ALASKA, LAST_PACIFIC, LAST_TRIBAL,
                     LAST_OTHER, LAST_APPALACHIAN])
    return r.choice(pool)


def _person(r: random.Random) -> str:
    form = r.randrange(20)
    if form < 4:
        return _first(r)
    if form < 7:
        return f"{_first(r)} {_last(r)}"
    if form == 7:
        return _last(r)
    if form == 8:
        return r.choice(DOUBLE_FIRST)
    if form == 9:
        return f"{r.choice(DOUBLE_FIRST)} {r.choice(LAST_APPALACHIAN)}"
    if form == 10:
        return f"{r.choice(FIRST_HISPANIC)} {r.choice(LAST_HISPANIC)} {r.choice(LAST_HISPANIC)}"
    if form == 11:
        return r.choice(DIMINUTIVES)
    if form == 12:
        return r.choice(WORD_NAMES)
    if form == 13:
        return r.choice(STREET_NAMES)
    if form == 14:
        return r.choice(DRAG_NAMES)
    if form == 15:
        return r.choice(KAREN)
    if form == 16:
        return f"{r.choice(FIRST_HAWAIIAN)} {r.choice(LAST_HAWAIIAN)}"
    if form == 17:
        return _ocr(f"{r.choice(FIRST_APPALACHIAN)} {r.choice(LAST_APPALACHIAN)}", r)
    if form == 18:
        return r.choice([_first(r), f"{_first(r)} {_last(r)}"]).lower()
    return f"{r.choice(WORD_NAMES)} {_last(r)}"


def _location(r: random.Random) -> str:
    form = r.randrange(16)
    if form < 3:
        return r.choice(TOWNS_APPALACHIA)
    if form == 3:
        return r.choice(COUNTIES)
    if form == 4:
        return r.choice(HOLLOWS)
    if form < 7:
        return r.choice(TOWNS_ALASKA + TOWNS_HAWAII)
    if form < 9:
        return r.choice(TOWNS_BORDER)
    if form == 9:
        return r.choice(TOWNS_TRIBAL)
    if form == 10:
        return r.choice(NEIGHBOURHOODS).removeprefix("the ")
    if form < 14:
        return r.choice(FACILITIES).removeprefix("the ")
    if form == 14:
        return _ocr(r.choice(TOWNS_APPALACHIA + TOWNS_ALASKA), r)
    return r.choice(TOWNS_APPALACHIA + TOWNS_ALASKA + TOWNS_HAWAII + TOWNS_BORDER).lower()


ROADS_RURAL = ["Possum Trot Road", "Laurel Fork Road", "Caney Branch Rd", "Old Kentucky 15", "Rockhouse Creek Rd",
               "Coal Camp Road", "Upper Beefhide Rd", "Shelby Gap Rd"]
ROADS_HAWAII = ["Farrington Hwy", "Hanawai Cir", "Kalanianaʻole Hwy", "Leihoku St", "Kamehameha Hwy"]
SPELLED_HUNDREDS = {12: "twelve", 14: "fourteen", 18: "eighteen", 21: "twenty-one", 22: "twenty-two",
                    31: "thirty-one", 47: "forty-seven", 63: "sixty-three"}
SPELLED_TENS = {10: "ten", 15: "fifteen", 40: "forty", 50: "fifty", 72: "seventy-two", 88: "eighty-eight"}


def _address(r: random.Random) -> str:
    n = r.randint
    form = r.randrange(20)
    if form < 3:
        return f"{n(100, 9899)} {r.choice(ROADS_RURAL)}"
    if form == 3:
        return f"{n(100, 9899)} {r.choice(ROADS_RURAL)}, {r.choice(TOWNS_APPALACHIA)}, KY {n(41501, 41899)}"
    if form == 4:
        return f"{n(41, 96)}-{n(100, 1299)} {r.choice(ROADS_HAWAII)}"
    if form == 5:
        return f"Mile {n(2, 180)}.{n(1, 9)} {r.choice(['Parks Highway', 'Chena Hot Springs Road', 'Sterling Hwy'])}"
    if form == 6:
        return f"General Delivery, {r.choice(['Hooper Bay', 'Emmonak', 'Toksook Bay'])}, AK {n(99501, 99950)}"
    if form == 7:
        unit = r.choice(["", f", Apt {n(1, 40)}{r.choice(['A', 'B', ''])}"])
        street = f"{n(4, 187)}{r.choice(['th St', 'th Ave', 'th Ct'])}"
        return f"{n(100, 19999)} {r.choice(['SW', 'NW', 'NE'])} {street}{unit}"
    if form == 8:
        return f"Calle {r.choice(['Morelos', 'Hidalgo', 'Allende', 'Zaragoza'])} {n(10, 2400)}, Col. " \
               f"{r.choice(['Centro', 'Las Fuentes', 'Del Prado', 'Aztlán'])}"
    if form == 9:
        return f"Urb. {r.choice(['Villa Carolina', 'Las Lomas', 'Santa Juanita'])}, Calle {n(1, 40)} " \
               f"{r.choice('ABCDEFG')}-{n(1, 30)}"
    if form == 10:
        return f"{n(100, 9999)} Calle {r.choice(['Esperanza', 'Del Sol', 'Nopal', 'Tres Palmas'])}, Colonia " \
               f"{r.choice(['Las Milpas', 'La Paloma', 'El Cenizo'])}"
    if form == 11:
        return f"Room {n(101, 240)}, {n(1000, 4999)} {r.choice(['S Texas Ave', 'Airline Dr', 'N Dixie Hwy'])}"
    if form == 12:
        return f"{n(2, 9)} miles {r.choice(['north', 'east', 'south', 'west'])} of " \
               f"{r.choice(['Rough Rock', 'Many Farms', 'Lukachukai'])} Chapter House"
    if form == 13:
        return r.choice([f"{n(60, 61)}.{n(1000, 9999)}, -{n(149, 162)}.{n(1000, 9999)}",
                         f"{n(19, 21)}.{n(1000, 9999)}, -{n(155, 158)}.{n(1000, 9999)}",
                         f"///{r.choice(['crates', 'filled', 'lantern', 'mossy'])}."
                         f"{r.choice(['tulip', 'count', 'harbor', 'pebble'])}.{r.choice(['grown', 'soap', 'wink'])}"])
    if form == 14:
        return f"{n(41501, 41899)}-{n(1000, 9999)}"
    if form == 15:
        return _ocr(f"{n(100, 9899)} {r.choice(ROADS_RURAL)}", r)
    if form == 16:
        h, t = r.choice(list(SPELLED_HUNDREDS)), r.choice(list(SPELLED_TENS))
        return f"{SPELLED_HUNDREDS[h]} {SPELLED_TENS[t]} {r.choice(ROADS_RURAL).lower()}"
    if form == 17:
        return f"{r.choice(['mil doscientos tres', 'cuatro mil ciento diez', 'dos mil quinientos'])} Calle " \
               f"{r.choice(['Esperanza', 'Nopal', 'Del Sol'])}"
    if form == 18:
        return f"Lot {n(2, 60)}, {r.choice(['HUD Housing', 'Sunset Acres', 'Eagle Butte Homes'])}"
    return f"{n(100, 999)} {r.choice(['Hwy 80', 'KY-7', 'State Route 83', 'Route 460'])}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
DIAS = {1: "primero", 2: "dos", 3: "tres", 5: "cinco", 8: "ocho", 12: "doce", 15: "quince", 20: "veinte",
        24: "veinticuatro", 30: "treinta"}
ORD_WORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 9: "ninth", 11: "eleventh",
            14: "fourteenth", 17: "seventeenth", 20: "twentieth", 23: "twenty-third", 28: "twenty-eighth"}
CARD_WORD = {1: "one", 2: "two", 5: "five", 7: "seven", 11: "eleven", 13: "thirteen", 16: "sixteen", 19: "nineteen",
             22: "twenty-two", 26: "twenty-six", 30: "thirty"}
HOLIDAYS = ["Cinco de Mayo", "the Fourth of July", "Juneteenth", "Kamehameha Day", "Halloween", "Valentine's Day",
            "New Year's Eve", "Veterans Day", "Christmas Day"]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def _date(r: random.Random) -> str:
    n = r.randint
    m, d, y = n(1, 12), n(1, 28), n(1998, 2026)
    mon = MONTHS[m - 1]
    form = r.randrange(20)
    if form == 0:
        return f"{r.choice(WEEKDAYS)}, {mon[:3]} {d}, {y}"
    if form == 1:
        return f"{m:02d}/{d:02d}/{y % 100:02d}"
    if form == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if form == 3:
        return f"{m}/{d}/{y % 100:02d}"
    if form == 4:
        return f"{d} de {MESES[m - 1]} de {y}"
    if form == 5:
        day = r.choice(list(DIAS))
        return f"{DIAS[day]} de {MESES[m - 1]}"
    if form == 6:
        return _ocr(f"{m:02d}/{d:02d}/{y}", r)
    if form == 7:
        return f"{mon[:3]}-{d:02d}-{y}"
    if form == 8:
        return f"{r.choice(WEEKDAYS)} {m}/{d}"
    if form == 9:
        day = r.choice(list(CARD_WORD))
        return f"{mon.lower()} {CARD_WORD[day]}"
    if form == 10:
        return f"{mon} {y}"
    if form == 11:
        return r.choice(HOLIDAYS)
    if form == 12:
        return f"{mon} {d}"
    if form == 13:
        return f"{m}/{d}/{y}"
    if form == 14:
        day = r.choice(list(ORD_WORD))
        return r.choice([f"the {ORD_WORD[day]} of {mon}", f"{mon} {ORD_WORD[day]}"])
    if form == 15:
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        return f"{mon[:3]}. {d}{suffix}"
    if form == 16:
        return f"{m}-{d}-{y % 100:02d}"
    if form == 17:
        return f"{MESES[m - 1]} {d}"
    if form == 18:
        return f"{d} {mon} {y}"
    return f"{mon} {d}, {y}"


AGE_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "one hundred", 101: "one hundred one", 102: "a hundred and two", 104: "a hundred four"}
EDAD = {90: "noventa", 91: "noventa y uno", 92: "noventa y dos", 93: "noventa y tres", 95: "noventa y cinco",
        96: "noventa y seis", 98: "noventa y ocho", 100: "cien", 101: "ciento uno"}


def _age(r: random.Random) -> str:
    form = r.randrange(10)
    if form < 4:
        return str(r.randint(90, 106))
    if form < 6:
        return AGE_WORDS[r.choice(list(AGE_WORDS))]
    if form == 6:
        return AGE_WORDS[r.choice(list(AGE_WORDS))].capitalize()
    if form == 7:
        return EDAD[r.choice(list(EDAD))]
    if form == 8:
        return AGE_WORDS[r.choice(list(AGE_WORDS))].replace("-", " ")
    return str(r.randint(90, 99))


AREA = ["606", "304", "276", "907", "808", "956", "305", "786", "239", "918", "505", "928", "787", "939", "671"]


def _phone(r: random.Random) -> str:
    n = r.randint
    a, b, c = r.choice(AREA), f"{r.choice(['555', str(n(201, 989))])}", f"{n(0, 9999):04d}"
    form = r.randrange(18)
    if form == 0:
        return f"({a}) {b}-{c}"
    if form == 1:
        return f"{a}-{b}-{c}"
    if form == 2:
        return f"{a}.{b}.{c}"
    if form == 3:
        return f"1-{a}-{b}-{c}"
    if form == 4:
        return f"+1 {a}-{b}-{c}"
    if form == 5:
        return f"tel:+1{a}{b}{c}"
    if form == 6:
        return f"[{a}] {b}-{c}"
    if form == 7:
        return f"{a} - {b} - {c}"
    if form == 8:
        return f"{b}-{c}"
    if form == 9:
        return f"{a} {b}{c}"
    if form == 10:
        return _spoken_groups([a, b, c], SPANISH_DIGITS)
    if form == 11:
        return _spoken(a + b + c, ENGLISH_DIGITS)
    if form == 12:
        return _ocr(f"({a}) {b}-{c}", r)
    if form == 13:
        return r.choice([f"+692 {n(200, 699)} {n(1000, 9999)}", f"+52 1 {n(200, 999)} {n(100, 999)} {n(1000, 9999)}",
                         f"+53 5 {n(100, 999)} {n(1000, 9999)}", f"+504 {n(3000, 9999)}-{n(1000, 9999)}",
                         f"+502 {n(3000, 5999)} {n(1000, 9999)}"])
    if form == 14:
        return f"1 ({a}) {b}-{c}"
    if form == 15:
        return f"{a} {b} {c[:2]} {c[2:]}"
    if form == 16:
        return f"{a} {b}-{c}"
    return f"({a}){b}-{c}"


LOCALS = ["loretta.slone", "mamaw.verna", "lupita_reyes82", "kaiulani.akana", "sparrowflies", "tin-man-77",
          "bjcaudill1964", "yesi.cantu", "qaiyaan.n", "delmer.blevins", "xiomara305", "rowan.they", "jharjo",
          "marquesa.delmar", "keoni.kealoha808", "dusty_tackett", "nayeli.hinojosa", "ember.rose.k", "chuy.v956"]
DOMAINS_MAIL = ["gmail.com", "yahoo.com", "aol.com", "hotmail.com", "icloud.com", "outlook.com", "hawaii.rr.com",
                "gci.net", "windstream.net", "caneyforkhealth.org", "sweetgrasslodge.org", "rainbowalliancecc.org",
                "students.possumtrot.k12.ky.us", "lkisd-mail.net", "va.gov", "kuleanahale.org", "mercystreetsep.org"]


def _email(r: random.Random) -> str:
    local, dom = r.choice(LOCALS), r.choice(DOMAINS_MAIL)
    form = r.randrange(14)
    if form < 7:
        return f"{local}@{dom}"
    if form == 7:
        parts = local.replace(".", " punto ").replace("_", " guion bajo ")
        return f"{parts} arroba {dom.replace('.', ' punto ')}"
    if form == 8:
        return f"{local}[@]{dom}"
    if form == 9:
        return _ocr(f"{local}@{dom}", r)
    if form == 10:
        return f"{local}@{dom}".upper()
    if form == 11:
        return f"{local.replace('.', '').replace('_', '').replace('-', '')} at gmail"
    if form == 12:
        return f"{local.replace('.', ' dot ')} at {dom.replace('.', ' dot ')}"
    return f"{local}{r.randint(1, 99)}@{dom}"


HANDLES = ["velvetthunder", "sparrow.flies", "lupita.reyes.940", "kaiulani808", "bobbiejo.c", "rowan_grows",
           "cricketsings", "delmer.blevins.1", "xiomara.dances", "tinman77", "keoni.carves", "ember_andash"]


def _url(r: random.Random) -> str:
    h, n = r.choice(HANDLES), r.randint
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
    code = "".join(r.choice(alphabet) for _ in range(r.randint(6, 11)))
    form = r.randrange(18)
    if form == 0:
        return f"facebook.com/{h}"
    if form == 1:
        return f"https://www.facebook.com/groups/{r.choice(['letchercountyrecovery', 'rgvsobermoms', 'hilotwospirit'])}"
    if form == 2:
        return f"onlyfans.com/{h}"
    if form == 3:
        return f"allmylinks.com/{h}"
    if form == 4:
        return f"https://www.amazon.com/hz/wishlist/ls/{code.upper()}"
    if form == 5:
        return f"discord.gg/{code}"
    if form == 6:
        return f"bsky.app/profile/{h}.bsky.social"
    if form == 7:
        return f"https://mastodon.social/@{h}"
    if form == 8:
        return f"reddit.com/u/{h}"
    if form == 9:
        return f"snapchat.com/add/{h}"
    if form == 10:
        return f"https://maps.app.goo.gl/{code}"
    if form == 11:
        return f"https://www.eventbrite.com/e/{r.choice(['two-spirit-talking-circle', 'drag-bingo-fundraiser'])}-" \
               f"tickets-{n(100000000, 999999999)}"
    if form == 12:
        return f"meet.google.com/{''.join(r.choice('abcdefghijkmnopqrstuvwxyz') for _ in range(3))}-" \
               f"{''.join(r.choice('abcdefghijkmnopqrstuvwxyz') for _ in range(4))}-" \
               f"{''.join(r.choice('abcdefghijkmnopqrstuvwxyz') for _ in range(3))}"
    if form == 13:
        return r.choice([f"ko-fi.com/{h}", f"patreon.com/{h}", f"x.com/{h}"])
    if form == 14:
        site = r.choice(["caneyforkhealth", "sweetgrasslodge", "mercystreetsep"])
        return f"doble u doble u doble u punto {site} punto org"
    if form == 15:
        return _ocr(f"www.{r.choice(['caneyforkhealth', 'kuleanahale', 'rainbowalliancecc'])}.org/forms", r)
    if form == 16:
        return f"https://www.{r.choice(['sweetgrasslodge', 'rainbowalliancecc', 'oceanmisthealing'])}.org/" \
               f"{r.choice(['intake', 'youth', 'circle-signup', 'bad-date-list'])}"
    return f"tinyurl.com/{code.lower()}"


def _ssn(r: random.Random) -> str:
    a = r.choice([x for x in range(101, 899) if x != 666])
    a, b, c = f"{a:03d}", f"{r.randint(10, 99):02d}", f"{r.randint(1000, 9999):04d}"
    form = r.randrange(10)
    if form < 3:
        return f"{a}-{b}-{c}"
    if form == 3:
        return f"{a} {b} {c}"
    if form == 4:
        return f"{a} - {b} - {c}"
    if form == 5:
        return f"{a}{b}{c}"
    if form == 6:
        return _ocr(f"{a}-{b}-{c}", r)
    if form == 7:
        return _spoken_groups([a, b, c], SPANISH_DIGITS)
    if form == 8:
        return _spoken(a + b + c, ENGLISH_DIGITS)
    return c


def _id(r: random.Random) -> str:
    n = r.randint
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    form = r.randrange(16)
    if form == 0:
        return f"{n(0, 999999):07d}"
    if form == 1:
        return f"{r.choice(letters)}{r.choice(letters)}{r.choice(letters)}{r.choice(letters)}{n(101, 1231):04d}"
    if form == 2:
        return f"{r.choice(['CNO', 'MCN', 'LTE'])}-{n(1000, 99999):06d}"
    if form == 3:
        return f"{n(100000000, 999999999)}{n(0, 9)}"
    if form == 4:
        return f"HQ{n(1000000, 9999999)}"
    if form == 5:
        return f"9{n(0, 99):02d}-{r.choice([70, 71, 72, 73, 78, 79, 80, 81, 82])}-{n(1000, 9999)}"
    if form == 6:
        return f"{n(1000, 9999)} {n(1000, 9999)} {n(1000, 9999)} {n(1000, 9999)}"
    if form == 7:
        return f"{n(2018, 2026)}-{r.choice(['DP', 'CW', 'JV'])}-{n(100, 9999):06d}"
    if form == 8:
        return f"{n(6000000, 6999999)}-{n(0, 12):02d}"
    if form == 9:
        return f"PFD{n(19, 26)}-{n(100000, 9999999)}"
    if form == 10:
        return _ocr(f"{n(0, 9999999):08d}", r)
    if form == 11:
        return _spoken(f"{n(100000, 9999999)}", r.choice([ENGLISH_DIGITS, SPANISH_DIGITS]))
    if form == 12:
        return f"{r.choice(['ZGP', 'XKE', 'JQH'])}{n(100000000, 999999999)}"
    if form == 13:
        return f"{n(1000, 9999)} {n(1000, 9999)} {n(1000, 9999)}"
    if form == 14:
        return f"C-{n(10, 99)} {n(100, 999)} {n(100, 999)}"
    return f"{r.choice(letters)}{n(1000000, 99999999)}"


def value(kind: str, r: random.Random) -> str:
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


# (template per type): {} is the planted identifier; every other word must survive
TEMPLATES = {
    "PERSON": [
        "Mamaw raised me mostly, but {} was the one who carried me to church on Sunday.",
        "{} works the day shift at the mines and I don't see him but on Saturdays.",
        "Doc, I told {} about the black lung test and he just laughed it off.",
        "My cousin {}'s the one got me started on the pills after the wreck, back in 2019.",
        "ay mija, {} me dijo que la clínica doesn't take el seguro anymore.",
        "Pues my tía {} is the one who brings me to the appointments since I can't drive.",
        "Client reports {} (she/her) has been her support since the eviction; PHQ-A 14.",
        "Hi, this is {}, calling back about the refill on the trazodone 50 mg, um, call me when you can.",
        "At the talking circle {} shared about her grandmother and everybody cried.",
        "Auntie {} said the sweat lodge is Thursday but to bring my own towel.",
        "tūtū and {} came to the telehealth, the connection kept freezing but we got through it.",
        "I asked for Dr. {} because she's the only one at the VA who gets it.",
        "Vet states {} was in his unit and did not come home; PCL-5 of 52 today, clonidine 0.1 mg at night.",
        "{} (they/them) facilitates the Tuesday youth drop-in.",
        "Saw {} at the van last night, took two naloxone kits and a box of fentanyl test strips.",
        "Participant says {} is holding his stuff at the camp while he's at detox, ASAM 3.5.",
        "You know {} from the stroll? She put the guy's plate on the bad-date list.",
        "{} performed at the fundraiser, in full drag, and raised like six hundred dollars.",
        "[text] {} 💜 thank u for the ride to the pharmacy, I owe u",
        "IEP team present: mother, case manager, school psych, and teacher {}.",
        "yeah so i told {} like i'm not going back to the trap house, i'm done",
        "ATTN: {} -- please see attached referral, fax back with signature.",
        "Organizer: {} | Invitees: intake team | Room: group room B",
        "In the sanctuary tent {} sat with him for four hours while the 5-MeO-DMT wore off.",
        "The facilitator, {}, went over the psilocybin 3.5 grams and the music before we started.",
        "Brother {} from the Freewill Baptist prayed over me and it helped some, I reckon.",
        "My grandson {} is sixteen and he's the only one that checks on me.",
        "Doña {} sells tamales outside the clinic and she always asks about my sugar.",
        "That's {} on the voicemail, not me, she uses my phone sometimes.",
        "row 14\t{}\tintake complete\tCOWS 14\treferred",
        "Pt's emergency contact is {}, relationship: partner.",
        "The Yup'ik interpreter, {}, translated for Mamaw while the doctor talked.",
        "Me and {} been together nine years, since we was both at the shelter in West Virginia.",
        "ok so {} says the ceremony with the peyote was real respectful and nobody pushed him.",
        "Voicemail transcription (low confidence): hey it's {} um i missed the van can you call me",
        "PATIENT: {} | Rx: bupropion XL 150 mg | TAKE ONE TABLET EVERY MORNING",
        "Prescriber: Dr. {} | fluoxetine 20 mg | Qty 30 | Refills 3",
        "{}'s mom came to the IEP meeting and asked about the Vyvanse 30 mg at lunch.",
        "Justice is what I want, but {} keeps saying let it go.",
        "Me and {} went down to the creek and just sat, no dope, nothing, first time in years.",
        "On the CPT worksheet I wrote that it was my fault {} died.",
        "Sgt. {} is the one I think about at 2 a.m. when the nightmares start.",
        "{} got his chip Sunday, ninety days, and his mamaw cried.",
        "The Marshallese pastor, {}, helped translate for the family in the hospital.",
        "My wife and the kids stayed with {} while I did the program on the other island.",
        "Texted {} the link for the Wednesday group, no answer yet, cuz prob asleep.",
    ],
    "LOCATION": [
        "I was raised up in {}, right at the mouth of the holler.",
        "We moved over to {} after Papaw passed, for the mines.",
        "Transferred to {} by ambulance, FEV1 61%, on oxygen now.",
        "The plane out of {} only goes twice a week when the weather's bad.",
        "I grew up in {} but I been living in the Lower 48 ten years now, mostly Kentucky.",
        "Mi mamá sigue en {} and I worry about her with everything going on.",
        "Crossed at {} in 1998 with my two brothers, all the way from Guatemala through Mexico.",
        "We meet at {} on Wednesday nights, upstairs, next to the pantry.",
        "Outreach van parked behind {} from 6:45 to 9, gave out naloxone 4 mg kits.",
        "Camp swept near {} on Tuesday; two tents and a wheelchair thrown away.",
        "Discharged from {} yesterday, started Sublocade 300 mg, K6 of 19.",
        "He's enrolled but he grew up off the res, in {}, with his dad's people.",
        "My tūtū's house in {} is where the whole ʻohana goes for the holidays.",
        "The telehealth kept dropping cause the satellite in {} is bad when it storms.",
        "Pt works at {}, second shift, and cannot get time off for groups.",
        "Location: {} | Conference Room 2 | Join by video if you can't come in",
        "She used to work the corner over by {} until the cops started coming every night.",
        "There's a new drop-in at {} with free hormones advice and a clothing closet.",
        "They did the ceremony up at {} with the whole family there.",
        "{} is where I got sober the first time, at a Bible camp, believe it or not.",
        "Student attends {} and has a 504 plan for ADHD; IQ 84, ACE score 7.",
        "FROM: {} | RE: records request | PAGES: 4",
        "i was in {} for like three weeks then my cousin came and got me",
        "Mi abuelo was buried in {}, and we couldn't go back to Honduras for it.",
        "We used to go fishing at {} before the flood took the bridge.",
        "Pt flown in from {} for the psych eval; no beds in the village.",
        "The youth group goes to {} every summer for the culture camp.",
        "She was picked up at {} and taken to the ER, xylazine wound on her arm.",
        "Ella trabajaba en {} limpiando cuartos before the injury.",
        "The grandbaby goes to school at {}, third grade, she's 9.",
        "Calendar: Where: {} (parking in back)",
        "We'd drive to {} to get the kratom since the gas station here quit selling it.",
        "Um so I was born in {} and then we moved around a lot, Oklahoma, Texas, all over.",
    ],
    "ADDRESS": [
        "The new place is {}, the trailer with the blue tarp on the roof.",
        "Send the disability letter to {} cause the post office won't hold it.",
        "Mailing address: {}",
        "He sleeps behind {} when it's cold, by the vent, or in the park if they run him off.",
        "Address on the pharmacy label: {}",
        "We used to live at {}, back before the fire.",
        "Mi casa está en {}, al lado de la tiendita.",
        "Outreach pin: {} (tents under the overpass)",
        "Pt gives address as {}; states she has been there ninety days.",
        "Tell the driver {} and he'll find it, there's a red gate.",
        "Sender: {} | Fax cover sheet | CONFIDENTIAL",
        "Home visit completed at {}; grandmother and two children present.",
        "Your ride is scheduled for pickup at {} at noon on Friday.",
        "She's staying at {} until the housing voucher comes through.",
        "The healing center mailed the consent forms to {} last week.",
        "i'm at {} now, my cousin's place, the one with all the dogs",
        "Ship to: {} | Item: sharps container, naloxone 4 mg x2",
        "Papaw's old homeplace was {}, but the coal company bought it out.",
        "Patient address (per OCR of faxed referral): {}",
        "Bus stop closest to {}, she walks the rest of the way with her cane.",
    ],
    "DATE": [
        "Papaw died on {} and Mamaw ain't been right since.",
        "Next appointment: {} at 2:00 PM with the counselor.",
        "When: {} 10:00am – 11:00am (Hawaii-Aleutian Time)",
        "FILLED: {} | QTY 30 | hydroxyzine 25 mg, take 1 tablet at bedtime",
        "{} 14:22\tSSP visit\t20 syringes\t2 naloxone",
        "[{}, 9:14 PM] ok im outside the clinic where r u",
        "Me operaron el {} and I'm still not right.",
        "He overdosed on {} and the Narcan brought him back.",
        "Client reports last use was {}, kratom and alcohol.",
        "Date of service: {}",
        "IEP annual review due {}; guanfacine 1 mg started.",
        "We had the sweat the night of {}, and I slept good after.",
        "Deployed twice, and the worst day was {}.",
        "my birthday is {} but nobody at the camp knows that",
        "DOB {} (verified w/ state ID)",
        "Started Biktarvy on {}, no side effects, asking about switching to Cabenuva.",
        "The sanctuary tent logged him in at 2 a.m. on {}.",
        "La cita es para el {}, en la mañana.",
        "I got my last chip on {}, ninety days clean.",
        "Moved to Alaska on {}, and the dark got to me the first winter.",
        "Subject: Intake - rescheduled to {}",
        "Her Depo-Provera shot was due {} and she missed it.",
        "ok so {} is when we go before the judge, can u write a letter",
        "Mamaw's birthday is {} and I promised I'd be sober for it.",
    ],
    "AGE": [
        "Mamaw is {} and still puts up beans every summer.",
        "Mi abuela tiene {} años and she still cooks for everybody.",
        "Age/Sex: {} / F",
        "My tūtū turned {} last month and the whole ʻohana came.",
        "He lived to be {}, worked the mines till he was 72, and his brother made it to 89.",
        "Pt's mother, {}, lives with pt and requires help bathing.",
        "Papaw's {}, blind in one eye, and mean as a snake.",
        "Caregiver for husband, age {}, with dementia.",
        "My great-grandmother was {} when she passed in the village.",
        "ella tiene como {}, she don't even know how old exactly",
        "row 9\tF\t{}\tlives alone\tfall risk",
        "He's {} years old and still drives himself to church, Lord help us.",
        "The elder who led the prayer is {}, and she's the last fluent speaker in her family.",
        "Uncle's {} now, a Korea vet, and he comes to the VA group with me.",
        "Resident is a {}-year-old Native elder receiving home health in the village.",
        "Pt, {}, presents with caregiver (daughter, 72) for memory screen.",
        "my great granny is {} and she still beads every day",
        "Papaw would have been {} this year, God rest him.",
        "Age: {} | Sex: M | Lives: with son | Fall risk: high",
    ],
    "PHONE": [
        "call me back at {} i'm usually up by noon",
        "Mamaw's house phone is {}, there's no cell service up the holler.",
        "Fax: {} | Attn: behavioral health",
        "Join by phone: {} (audio only if the video freezes)",
        "Mi número es {}, mándame un texto.",
        "Voicemail from {} at 2:14 AM: caller asked about the van schedule.",
        "The bad-date report came from {}, a john who wouldn't pay.",
        "Her cousin in the Marshall Islands can be reached at {} on weekends.",
        "Emergency contact phone: {}",
        "If you can't get me, try my sister at {}, she's in Florida.",
        "📞 {} (text only, no calls pls)",
        "ph {} | preferred contact time: after 6:45 PM",
        "He left {} on the sign-in sheet at the exchange.",
        "The VA crisis line gave me {} for the PTSD clinic directly.",
        "Mi mamá en Cuba, su número es {}, por WhatsApp.",
        "Callback number: {} | Reason: wants naloxone delivered to the camp",
        "He wrote {} on my arm in Sharpie cause I lost my phone.",
        "The IEP coordinator can be reached at {}, ext. not needed.",
        "Voicemail transcription: this is a message for the clinic please call {} thank you",
    ],
    "EMAIL": [
        "Email: {}",
        "My email's {}, but I only check it at the library.",
        "Send the IEP draft to {} before Friday please.",
        "From: {} | Subject: missed my appt",
        "Mi correo es {}, por si acaso.",
        "Invite sent to {} and the counselor.",
        "she said just email her at {} and she'll put me on the list",
        "Contact for the two-spirit circle: {}",
        "Reply to {} with the signed release (fax is fine too).",
        "The healing center wrote from {} about the preparation session.",
        "Client email on file: {} (verified 2 a.m. text confirmation)",
        "Pls send the bad-date list to {}, thx 💕",
        "Organizer: {} | Optional attendees: peer navigator",
        "her email was like {} or something, I don't remember exactly",
        "Email address (from faxed consent): {}",
        "Para el portal, mi email es {}.",
    ],
    "URL": [
        "Find us at {} for the meeting times.",
        "My page is {} if you want to see the videos.",
        "She put the bad-date list up on {} so the girls can check.",
        "Join here: {}",
        "the ad's still up at {}, I need to take it down",
        "Directions to the camp: {}",
        "Wishlist for the youth drop-in: {}",
        "Tickets: {} (all proceeds to the syringe program)",
        "Para más información, visite {}.",
        "Scanned QR code on the fax resolves to {}",
        "He posts about his recovery on {}, like every day.",
        "Location link sent by text: {}",
        "The dispensary's page {} lists the new psilocybin service hours.",
        "The two-spirit group chat is at {}, ask an auntie for the invite.",
        "Google Meet joining info: {} (Hawaii-Aleutian Time)",
        "She linked her {} in the bio, that's how the guy found her real name.",
    ],
    "SSN": [
        "Soc: {}",
        "My social is {}, I know it by heart.",
        "Mi seguro social es {}.",
        "SSN {} (from the fax cover, verify with pt)",
        "He gave {} as his social but the state ID says different.",
        "The last four of my social is {}.",
        "Social Security no. {} | DOB on file",
        "row 3\tM\t{}\tMedicaid pending",
        "The VA rep needed my social, {}, for the PTSD claim.",
        "Her social on the SSI paperwork is {}, I wrote it down.",
        "Um my social security is {}, do you need the card too?",
        "SS#: {} | Medicare pending",
        "el número de seguro social de mi esposo es {}",
        "She read me her social over the phone, {}, and I put it on the form.",
    ],
    "ID": [
        "HMIS client ID {} entered after the van stop.",
        "Participant code {}, returned 30 syringes, took 40 and a sharps container.",
        "My tribal enrollment number is {}, you need it for the IHS clinic.",
        "IHS chart #{} - pt seen for talking-circle intake.",
        "Medicaid ID {} shows active through the end of the year.",
        "QUEST member ID {} for the telehealth visit.",
        "ITIN {} on the tax form, she doesn't have a social.",
        "Matrícula consular número {}, that's the only ID I got.",
        "EBT card number {} was stolen at the camp.",
        "SNAP case number {} is pending the interview.",
        "PFD confirmation {} came back, so the check is coming.",
        "DCF case number {}, worker assigned, visit Tuesday.",
        "Student ID {} per the IEP cover page.",
        "Account number {} on the electric bill, past due, the bank won't help.",
        "Rx# {} | aripiprazole 5 mg | REFILLS: 2",
        "VA claim number {} for the PTSD rating.",
        "Member ID {} on the insurance card, front side.",
        "MRN {} (from scanned fax, OCR quality poor)",
        "Record locator {} for the medevac flight.",
        "Florida Medicaid number {} expired, reapplication sent.",
        "The bad-date report number is {}, keep it in case you go to the cops.",
        "Tribal ID number {} (copy of card in chart).",
        "Unique client identifier {} per the syringe-service program.",
    ],
}
