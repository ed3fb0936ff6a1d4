"""A twenty-first SYNTHETIC transcript set for benchmarks/deid.py: the nineteenth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle, device id and date below is
invented for this file (real cities, towns, municipios, barrios, villages, islands, camps and a
few landmarks are used as places only, never with a person; every clinic, hospital, church,
mosque, temple, school, mine, plant, shop and workplace name not a landmark is made up).
Written on 2026-12-07 by an engineer who had NOT seen the de-identifier's rules, its docs page,
its tests or the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged
in and scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout17.py their docstrings,
plus the ``value`` signature and the ``TEMPLATES`` shape of deid_heldout17.py, for the format),
in one go, before any run; no rule and no line of this file was changed after its first run.  It
was first run on the eighth round's rules (main at commit 22c72c2) and measures how the rules do
on transcripts they were not written for; it stays blind until a later round makes it a
development set.

Style: talk and text from settings the earlier docstrings do not name as theirs -- Colombian
(paisa and rolo: ``parce``, ``mi amor``, ``qué pena``, ``la EPS``, the ``puente``) and Puerto
Rican (``wepa``, ``bendición``, ``mi titi``, ``la Reforma``, the CDT, ``el apagón``) and
Argentine rioplatense (``che``, ``vos``, ``la obra social``) Spanish-English code-switching;
Newfoundland (``b'y``, ``where ya to``, ``the bay``, ``the stage``), Shetland and Orkney
(``peerie``, ``da``, ``du``), Cornish and Geordie (``pet``, ``hinny``, ``me nan``) English;
Swiss German-English (``gäll``, ``Grüezi``, ``Fallnummer``) in a Swiss LSD-assisted therapy
clinic; a torture-survivor rehabilitation service with an interpreter (first-person and
third-person rendering, ``INT:``), an Istanbul-Protocol medico-legal report, a hurricane
psychological-first-aid team at a shelter with FEMA paperwork, a fly-in fly-out (FIFO) mining
workers' peer line in Western Australia (swings, dongas, the camp), an adolescent wilderness
therapy programme (field staff, base camp, the solo), a Santo Daime / ayahuasca church works
(hymns, the farda, the fiscal), a vipassana retreat adverse-event follow-up, a veterinary
peer-support line, a nurses' moral-injury group; and written and machine forms the earlier sets
do not list: HL7 v2 message segments (``PID|1||...``, ``^`` components, ``NK1``), a REDCap CSV
export (``record_id,redcap_event_name,...``), a mood-tracking app's JSON log lines
(``{"ts": ..., "user": ...}``), Markdown notes from a personal notes vault (YAML front matter,
``[[wikilinks]]``, ``#tags``, ``- [ ]`` tasks), a scanned letter run through OCR with
end-of-line hyphenation (``thera-\\npist``), an insurance prior-authorisation form with ``[x]``
boxes, a pharmacy refill-line (IVR) transcript, an RCMP / police liaison note and a FEMA
caseworker note.
Identifier forms, chosen to differ from the earlier sets' lists where possible: HL7
``LAST^FIRST^M`` names, ``[[wikilinked]]`` and ``@mentioned`` names, nicknames in brackets
inside a full name (``Francisco (Pacho) Londoño``), Colombian double given names (``Leidy
Johana``, ``Jhon Fredy``) and two surnames, Puerto Rican nicknames (``Papo``, ``Cuca``), Swiss
names and diminutives (``Ueli``, ``Vreneli``, ``Köbi``, ``Hürlimann``) also with ``ue`` for
``ü``, Newfoundland, Shetland, Cornish and Geordie names, Hazara, Uyghur, Chechen, Rohingya,
Congolese, Burundian, Sri Lankan Tamil and Yazidi names (torture-survivor service), Spanish and
English word-names (Alba, Sol, Nieves, Socorro, Cielo, Perla, Brook, Clay, Skip, Heather,
Bonnie, Sandy, Fern, Moss), a name split by OCR hyphenation across a line break, and the
everyday ones (first names alone, full names, titles + surnames with the title -- ``Dra.``,
``Frau``, ``Skipper``, ``Titi`` -- outside the span, possessives with ``'s`` outside the span,
names at sentence start, lower-case ASR names).  Places: Medellín, Bogotá, Cali and Pereira
barrios and comunas (``Comuna 13``), Puerto Rican municipios and barrios, Buenos Aires barrios
and Argentine towns, Swiss towns and Zürich / Basel quarters (also ``Zuerich``), Newfoundland
outports, Shetland, Orkney, Cornish and Tyneside towns, Pilbara and Goldfields mining towns,
Gulf Coast hurricane towns, Cox's Bazar camps, Kabul, Kashgar, Grozny, Goma, Jaffna and Sinjar
districts; invented clinics, shelters, camps, mines, plants, churches, mosques, kovils, schools
and shops.  Addresses: Colombian ``Calle 10 Sur # 43A-25, apto 502`` and ``Cra.`` lines, Puerto
Rican ``Carr. 175 km 9.1, Bo. ...`` kilometre-marker lines and ``Res. ... Edif. 7 Apt 88``,
Buenos Aires ``Av. ... 3456, 4° B, C1193`` lines, Swiss ``... 7, 4051 Basel`` and ``CH-``
lines, Newfoundland ``Site 4, Comp 12, RR 1`` rural lines and ``NL A1C 3S3`` postal codes,
Shetland house names with ``ZE2`` postcodes, mining-camp ``Donga 114`` rooms, Rohingya camp
``Camp 8W, Block C-7, Shed 14`` addresses, FEMA trailer lots, HL7 ``^``-separated addresses,
JSON address fields, and spoken ones.  Dates: JSON ISO 8601 stamps with seconds and time-zone
offsets (``2026-03-07T14:22:05-05:00``), HL7 ``20260307142205`` stamps, REDCap
``2026-03-07 14:22`` and ``03-07-2026`` cells, Markdown daily-note ``[[2026-03-07]]`` links,
Swiss ``7. März 2026`` and ``7.3.``, Spanish abbreviated months (``7-mar-26``,
``07/MAR/2026``), ``the 7th o' March``, en-dash ranges (``7–10 March``), ``3/7 @ 1400``,
``Mar 7 '26``, and the everyday ones; one form in twenty is a fixed-date holiday (``Día de
Reyes``, ``la Noche de San Juan``, ``el Día de las Velitas``, ``St Piran's Day``, ``Canada
Day``, ``Bonfire Night``, ``Swiss National Day``): it names a month and day, so it is planted
as a date (a judgement call).  Ages over 89: digits, English words, German words
(``dreiundneunzig``), an obituary-style ``(94)``, JSON and CSV fields,
``100``.  Phones: Colombian (``+57 310 456 7890``, ``(604) 444 1234``), Puerto Rican (787 /
939), Argentine (``+54 9 11 4567-8901``, ``011 15-4567-8901``), Swiss (``+41 61 271 12 34``,
``079 123 45 67``), Newfoundland, Shetland, Cornish and Tyneside, Western Australian
(``0491 570 156``, ``(08) 9185 1234``), Afghan, Iraqi-Kurdish and Burundian numbers, HL7
``^PRN^PH^`` phone fields, spoken ones.  Emails: ``.com.co``, ``une.net.co``, ``prtc.net``,
``.com.ar``, ``bluewin.ch`` / ``gmx.ch``, ``nl.rogers.com``, ``bigpond.com``, ``.co.uk``,
Markdown ``<autolinks>`` and ``mailto:`` links, HL7 ``^NET^Internet^`` fields, spoken.  URLs:
REDCap survey links with ``?s=`` codes, Obsidian Publish and Notion pages, Signal group links,
vaki.co crowdfunding, Bandcamp, Etsy, Twitch, Tumblr, Blogspot and WordPress pages, tinyurl
short links, Markdown ``[text](url)`` links, bare ``.ch`` / ``.com.co`` domains, spoken.  SSNs
(US and Puerto Rican clients, and refugees with US numbers): dashes, spaces, none, in HL7
``PID-19`` pipes, JSON and CSV fields, ``seguro social`` in the carrier, spoken, the last four
with a cue.  IDs (the cue always in the carrier, never in the span): Colombian cédulas with dotted
thousands (``1.037.654.321``), Argentine DNI and obra-social numbers, Swiss AHV numbers
(``756.1234.5678.97``), Newfoundland MCP numbers, Australian TFNs, HL7 ``PID-3`` MRNs,
REDCap record ids, app user UUIDs, phone IMEIs, vehicle VINs, IP addresses from an app log
(Safe Harbor's IP addresses, planted as ID -- a judgement call), FEMA registration numbers,
RCMP file numbers, asylum case numbers, Istanbul-Protocol case references, prior-auth and
claim numbers, Rx numbers.
A title, kin word or rank before a name, an article before a place, a possessive ``'s`` and a
wikilink's brackets stay outside the span; a date's own words are inside it.  ``value`` and the
template are drawn independently (deid.py's design), so now and then a form sits a little oddly
in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (MDMA 120 mg and a
60 mg booster, LSD 100 micrograms, psilocybin 25 mg, ayahuasca, prazosin 2 mg, sertraline
50 mg, mirtazapine 15 mg, lithium 600 mg, zolpidem 5 mg, propranolol 10 mg, quetiapine 25 mg,
ketamine), scales and scores (PCL-5 of 51, HTQ, PHQ-9 of 18, K10 of 31, ISI 19, DES-II, MEQ30,
5D-ASC, CAPS-5, WEMWBS, CORE-10), ages under 90 (89, 45, 17), bare years (1994, 2019), US
states, provinces and countries (Louisiana, Texas, Florida, Nova Scotia, Western Australia,
Colombia, Argentina, Switzerland, Afghanistan, Burundi, Myanmar, Iraq, Scotland), weekdays
alone, times of day (half five, 0530, 2100 hours), durations (a fortnight, two weeks on and one
off, ten days), kin words as common nouns (mi abuela, mami, mi titi, me nan, our kid, the
bairns, my da) and place-like common words (the bank, church, the park, the clinic, the mine,
the camp, the shelter, the wharf, the stage, the donga, the crib room, the kovil, the mosque).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

GIVEN = [
    # Colombian, Puerto Rican, Argentine
    "Juan Camilo", "María José", "Luisa Fernanda", "Yurany", "Yeison", "Brayan", "Deisy", "Wilmar",
    "Leidy Johana", "Jhon Fredy", "Marleny", "Arley", "Yadiel", "Xiomara", "Nilsa", "Migdalia", "Yaritza",
    "Jandel", "Carmelo", "Zuleyka", "Agustina", "Facundo", "Nahuel", "Lautaro", "Florencia", "Gonzalo",
    # Swiss
    "Ueli", "Reto", "Urs", "Regula", "Seraina", "Gian-Reto", "Vreni", "Margrit", "Jachen",
    # Newfoundland, Shetland and Orkney, Cornish, Geordie
    "Gerard", "Bernadette", "Lloyd", "Wince", "Cyril", "Madonna", "Magnus", "Ingirid", "Thorfinn", "Erlend",
    "Jago", "Morwenna", "Demelza", "Tamsin", "Piran", "Kerensa", "Shauna", "Kyle",
    # torture-survivor service: Hazara, Uyghur, Chechen, Rohingya, Congolese, Burundian, Tamil, Yazidi
    "Zahra", "Ghulam Sakhi", "Sakina", "Ali Reza", "Abdurehim", "Gulnisa", "Nurmemet", "Khava", "Zelimkhan",
    "Malika", "Nur Kalima", "Roshida", "Shomshida", "Espérance", "Dieudonné", "Furaha", "Tharshini", "Kajan",
    "Nirojan", "Thuvaraka", "Khidher", "Shireen", "Dakhil",
]
SURNAME = [
    "Restrepo Ochoa", "Zapata", "Londoño", "Arango", "Giraldo", "Cardona", "Henao", "Cuartas", "Betancur",
    "Rivera Cintrón", "Figueroa", "Maldonado", "Negrón", "Quiñones", "Rosado", "Pagán", "Vélez", "Iturraspe",
    "Gauna", "Ferreyra", "Brändli", "Zurbuchen", "Hürlimann", "Schnyder", "Caflisch", "Tschudi", "Gisler",
    "Hynes", "Penney", "Squires", "Drover", "Fudge", "Isbister", "Tulloch", "Halcrow", "Leask", "Pascoe",
    "Trevena", "Polglase", "Nancarrow", "Tregenza", "Kitto", "Dodds", "Jafari", "Rezaie", "Sultani",
    "Tursun", "Abdukerim", "Ablimit", "Bisultanov", "Akhmadova", "Gaziev", "Ullah", "Hossain", "Ilunga",
    "Kalonji", "Mwamba", "Kabeya", "Niyonzima", "Bizimana", "Irakoze", "Sivapalan", "Thevarajah",
    "Kanagaratnam", "Yogarajah", "Khalaf", "Qasim",
]
NICKNAME = ["Pacho", "Chucho", "Mono", "Papo", "Tito", "Cuca", "Nene", "Flaco", "Köbi", "Ruedi", "Vreneli",
            "Skipper", "Bud", "Davo", "Shazzer", "Gibbo"]
WORD_NAME = ["Alba", "Sol", "Nieves", "Socorro", "Cielo", "Perla", "Fe", "Brook", "Clay", "Skip", "Heather",
             "Bonnie", "Sandy", "Fern", "Moss", "Coral", "Rocky", "Blue"]
NICK_OF = {"Pacho": "Francisco", "Chucho": "Jesús", "Papo": "Rafael", "Cuca": "Carmen", "Köbi": "Jakob",
           "Ruedi": "Rudolf", "Tito": "Héctor", "Flaco": "Martín"}


def _ascii(s: str) -> str:
    """As typed on a keyboard without accents; ``ü`` as Swiss German writes it without the dots."""
    table = str.maketrans({"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ö": "oe", "ä": "ae",
                           "ü": "ue", "Ü": "Ue", "É": "E", "Í": "I", "Ó": "O", "Ñ": "N"})
    return s.translate(table)


def _ocr_split(word: str, r: random.Random) -> str:
    """A word broken at a line end by a scanned letter's hyphenation (``Hürli-\\nmann``)."""
    if len(word) < 6 or " " in word:
        return word
    k = r.randint(3, len(word) - 3)
    return f"{word[:k]}-\n{word[k:]}"


def _person(r: random.Random) -> str:
    g, s = r.choice(GIVEN), r.choice(SURNAME)
    form = r.randint(0, 39)
    if form < 9:
        return g
    if form < 17:
        return f"{g} {s}"
    if form < 21:
        return s
    if form < 24:
        return r.choice(NICKNAME)
    if form < 27:
        return r.choice(WORD_NAME) if form < 26 else f"{r.choice(WORD_NAME)} {s}"
    if form < 29:
        return f"{g} {s}".lower()
    if form < 31:
        return _ascii(f"{g} {s}")
    if form == 31:
        first = g.split()[0]
        return f"{_ascii(s).upper()}^{_ascii(first).upper()}^{r.choice('ABCDEJLMR')}"
    if form == 32:
        nick = r.choice(list(NICK_OF))
        return f"{NICK_OF[nick]} ({nick}) {s}"
    if form == 33:
        return _ocr_split(s.split()[0], r)
    if form == 34:
        return f"{g} {s.split()[0][0]}."
    if form == 35:
        return f"{g[0]}. {s}"
    if form == 36:
        return f"{s.upper()}, {g}"
    if form == 37:
        return f"{r.choice(NICKNAME)} {s}"
    return f"{g} {r.choice(GIVEN).split()[0]} {s}"


PLACES = [
    # Colombia
    "Medellín", "Envigado", "Itagüí", "Bello", "Manrique", "Comuna 13", "Robledo", "Chapinero", "Suba",
    "Usaquén", "Ciudad Bolívar", "Soacha", "Pereira", "Dosquebradas", "Manizales", "Barranquilla", "Cali",
    "Siloé", "Aguablanca",
    # Puerto Rico
    "Bayamón", "Caguas", "Carolina", "Mayagüez", "Santurce", "Río Piedras", "Loíza", "Cataño", "Guaynabo",
    "Toa Baja", "Utuado", "Jayuya", "Aguadilla",
    # Argentina
    "Rosario", "La Plata", "Mar del Plata", "San Telmo", "Quilmes", "Lanús", "Villa Crespo", "Boedo",
    # Switzerland
    "Basel", "Kleinbasel", "Riehen", "Liestal", "Winterthur", "Zürich", "Oerlikon", "Wiedikon", "Solothurn",
    "Thun", "Chur", "Bern",
    # Newfoundland, Shetland, Orkney, Cornwall, Tyneside
    "St. John's", "Mount Pearl", "Conception Bay South", "Corner Brook", "Gander", "Bonavista", "Placentia",
    "Carbonear", "Fogo Island", "Lerwick", "Scalloway", "Brae", "Yell", "Kirkwall", "Stromness", "Penzance",
    "Redruth", "Camborne", "Truro", "St Ives", "Gateshead", "Byker", "Wallsend", "Heaton", "Jesmond",
    # Western Australia mining, Gulf Coast hurricane towns
    "Karratha", "Port Hedland", "Kalgoorlie", "Newman", "Tom Price", "Boulder", "Lake Charles", "Sulphur",
    "Port Arthur", "Cameron", "Houma", "Fort Myers", "Cape Coral", "Bayou La Batre",
    # torture-survivor service: places of origin
    "Kutupalong", "Balukhali", "Teknaf", "Dasht-e-Barchi", "Bamyan", "Kashgar", "Hotan", "Grozny", "Urus-Martan",
    "Goma", "Bukavu", "Uvira", "Jaffna", "Kilinochchi", "Mullaitivu", "Sinjar", "Khanke",
]
FACILITY = [
    "Clínica La Ceiba", "Centro de Salud Mental Los Almendros", "Hospital San Rafael de Envigado",
    "Parroquia San Judas de Manrique", "Institución Educativa La Esperanza", "Panadería El Trigal",
    "Colmado La Esquina", "Iglesia Pentecostal Monte Sinaí", "Égida Los Flamboyanes",
    "Centro Comunitario Vista Alegre", "Escuela Intermedia Los Almendros",
    "Klinik Lindenmatt", "Praxis am Rheinsprung", "Gemeinschaftspraxis Seefeld", "Zentrum Halde",
    "Harbourview Health Centre", "Holy Trinity Parish Hall", "Bonavista Bay Seafoods", "Kittiwake Lodge",
    "Voeside Surgery", "Gilbertson Hall", "Polglase Court Surgery", "Tregenza House",
    "Spinifex Village camp", "Mount Jarrah mine", "Red Dog Ridge camp", "Pardoo Creek site",
    "the Burton Coliseum", "Calcasieu Civic Shelter", "St. Bernadette Family Shelter", "Bayou Oaks Community Center",
    "Masjid Al-Rahma", "Sri Vinayagar Kovil", "Sanctuary Trauma Service", "Juniper Ridge base camp",
    "Céu da Serena church", "Dhamma Kesara centre", "Northbank Veterinary Hospital", "Ward 7B at Riverside General",
]


def _location(r: random.Random) -> str:
    form = r.randint(0, 19)
    if form < 10:
        return r.choice(PLACES)
    if form < 16:
        return r.choice(FACILITY)
    if form == 16:
        return r.choice(PLACES).lower()
    if form == 17:
        return _ascii(r.choice(PLACES))
    if form == 18:
        barrio = r.choice(["Quebrada Arenas", "Buen Consejo", "Las Cuadras", "El Poblado", "Belén Rincón", "Caimito"])
        return f"{r.choice(['barrio', 'Barrio', 'Bo.', 'sector'])} {barrio}"
    long_place = r.choice(["Kalgoorlie", "Winterthur", "Bonavista", "Dosquebradas", "Stromness", "Kilinochchi"])
    return _ocr_split(long_place, r)


STREET_CO = ["Calle 10 Sur", "Calle 53", "Carrera 70", "Cra. 43A", "Cl. 44", "Diagonal 75B", "Transversal 39",
             "Calle 33A"]
STREET_PR = ["Calle Loíza", "Calle Del Parque", "Calle Tapia", "Calle Cerra", "Ave. Ponce de León", "Calle Sol"]
STREET_AR = ["Av. Corrientes", "Pasaje Rivarola", "Av. Rivadavia", "Calle Humahuaca", "Bulnes", "Gascón"]
STREET_CH = ["Rheinsprung", "Bahnhofstrasse", "Feldbergstrasse", "Seefeldstrasse", "Weinbergstrasse",
             "Hinterer Steinacker"]
STREET_NL = ["Prescott St", "Gower Street", "Bonaventure Ave", "Topsail Road", "Water Street West", "Pleasant Street"]
STREET_UK = ["Commercial Road", "Chapel Street", "Trelowarren Street", "Shields Road", "Chillingham Road"]
HOUSE = ["Nedertoon", "Sandwick Hoose", "Da Knowe", "Upper Quoys", "Norbister", "Trengwainton Cottage"]


def _address(r: random.Random) -> str:
    n = r.randint
    form = r.randint(0, 17)
    if form == 0:
        return f"{r.choice(STREET_CO)} # {n(1, 99)}{r.choice(['', 'A', 'B'])}-{n(1, 140)}, apto {n(1, 20)}0{n(1, 9)}"
    if form == 1:
        return f"{r.choice(STREET_CO)} #{n(1, 99)}-{n(1, 99)}, Torre {n(1, 4)}"
    if form == 2:
        barrio = r.choice(["Quebrada Arenas", "Caimito", "Las Cuadras", "Mameyes"])
        return f"Carr. {n(1, 199)} km {n(1, 40)}.{n(0, 9)}, Bo. {barrio}"
    if form == 3:
        return f"Res. {r.choice(['Vista Alegre', 'Las Palmas', 'El Flamboyán'])} Edif. {n(1, 30)} Apt {n(1, 160)}"
    if form == 4:
        return f"{r.choice(STREET_PR)} {n(100, 2100)}, Apt {n(1, 9)}"
    if form == 5:
        return f"{r.choice(STREET_AR)} {n(100, 5800)}, {n(1, 12)}° {r.choice('ABCD')}, C{n(1000, 1440)}"
    if form == 6:
        town = r.choice(["4051 Basel", "4125 Riehen", "CH-8400 Winterthur", "8008 Zürich", "8004 Zuerich"])
        return f"{r.choice(STREET_CH)} {n(1, 120)}{r.choice(['', 'a', 'b'])}, {town}"
    if form == 7:
        postal = f"A1{r.choice('CBEA')} {n(1, 9)}{r.choice('SKTX')}{n(1, 9)}"
        return f"{n(1, 240)} {r.choice(STREET_NL)}, St. John's, NL {postal}"
    if form == 8:
        return f"Site {n(1, 12)}, Comp {n(1, 40)}, RR {n(1, 3)}"
    if form == 9:
        postcode = f"ZE{n(1, 2)} {n(1, 9)}{r.choice('HJNQ')}{r.choice('BDLX')}"
        return f"{r.choice(HOUSE)}, {r.choice(['Cunningsburgh', 'Sandwick', 'Bixter', 'Hamnavoe'])}, {postcode}"
    if form == 10:
        town = r.choice(["Penzance TR18", "Redruth TR15", "Byker NE6", "Heaton NE6"])
        return f"{n(1, 90)} {r.choice(STREET_UK)}, {town} {n(1, 9)}{r.choice('ABDE')}{r.choice('FGHJ')}"
    if form == 11:
        return f"Donga {n(100, 480)}, {r.choice(['Block', 'Wing'])} {r.choice('CDEFG')}"
    if form == 12:
        return f"Camp {n(1, 26)}{r.choice(['', 'W', 'E'])}, Block {r.choice('ABCDE')}-{n(1, 12)}, Shed {n(1, 40)}"
    if form == 13:
        street = r.choice(["Broad St", "Ryan St", "Gauthier Rd", "Prien Lake Rd"])
        return f"FEMA unit {n(1000, 9999)}, Lot {n(1, 80)}{r.choice('ABC')}, {n(100, 4900)} {street}"
    if form == 14:
        street = r.choice(STREET_PR + STREET_NL).upper()
        town = r.choice(["SAN JUAN^PR^009", "BAYAMON^PR^009", "LAKE CHARLES^LA^706"])
        return f"{n(10, 2400)} {_ascii(street)}^APT {n(1, 9)}^{town}{n(10, 99)}"
    if form == 15:
        words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "forty", "twenty"]
        street = r.choice(STREET_NL).lower()
        return f"{r.choice(words)} {r.choice(words)} {street[:-3] + ' street' if street.endswith(' st') else street}"
    if form == 16:
        street = r.choice(["Balmoral Rd", "Hedland Pl", "Sharpe Ave", "Bulgarra Dr"])
        town = r.choice(["Karratha WA 6714", "South Hedland WA 6722", "Kalgoorlie WA 6430"])
        return f"Unit {n(1, 24)}/{n(1, 80)} {street}, {town}"
    return f"{n(1, 300)} {r.choice(STREET_NL + STREET_UK)}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
MONAT = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
         "November", "Dezember"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
       "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
       "twenty-sixth", "twenty-seventh", "twenty-eighth"]
HOLIDAY = ["Día de Reyes", "la Noche de San Juan", "el Día de las Velitas", "St Piran's Day", "Canada Day",
           "Bonfire Night", "Swiss National Day", "Hallowe'en", "St. Stephen's Day", "el Día de la Candelaria"]


def _suffix(d: int) -> str:
    return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")


def _date(r: random.Random) -> str:
    n = r.randint
    m, d, y = n(1, 12), n(1, 28), n(2018, 2027)
    hh, mi, ss = n(0, 23), n(0, 59), n(0, 59)
    form = r.randint(0, 19)
    if form == 0:
        return r.choice(HOLIDAY)
    if form == 1:
        zone = r.choice(["-05:00", "-04:00", "+01:00", "+08:00", "Z", ".318Z"])
        return f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}{zone}"
    if form == 2:
        return f"{y}{m:02d}{d:02d}{hh:02d}{mi:02d}{r.choice(['', f'{ss:02d}'])}"
    if form == 3:
        return r.choice([f"{y}-{m:02d}-{d:02d} {hh:02d}:{mi:02d}", f"{m:02d}-{d:02d}-{y}", f"{d:02d}-{m:02d}-{y}"])
    if form == 4:
        return f"{y}-{m:02d}-{d:02d}"
    if form == 5:
        return r.choice([f"{d}. {MONAT[m - 1]} {y}", f"{d}. {MONAT[m - 1]}", f"{d}.{m}.", f"{d}. {MONAT[m - 1][:3]}."])
    if form == 6:
        return r.choice([f"{d}-{MES[m - 1][:3]}-{y % 100:02d}", f"{d:02d}/{MES[m - 1][:3].upper()}/{y}",
                         f"el {d} de {MES[m - 1]}", f"{d} de {MES[m - 1]} de {y}"])
    if form == 7:
        return f"the {d}{_suffix(d)} o' {MONTHS[m - 1]}"
    if form == 8:
        d2 = min(28, d + n(1, 4))
        return r.choice([f"{d}–{d2} {MONTHS[m - 1]}", f"{MONTHS[m - 1][:3]} {d}–{d2}"])
    if form == 9:
        return f"{m}/{d} @ {hh:02d}{r.choice(['00', '30', '15'])}"
    if form == 10:
        return f"{MONTHS[m - 1][:3]} {d} '{y % 100:02d}"
    if form == 11:
        return f"{d} {MONTHS[m - 1][:3]} {y % 100:02d}"
    if form == 12:
        return r.choice([f"{MONTHS[m - 1]} {d}", f"{d} {MONTHS[m - 1]}", f"{MONTHS[m - 1]} {d}{_suffix(d)}"])
    if form == 13:
        return r.choice([f"{MONTHS[m - 1].lower()} {ORD[d - 1]}", f"the {ORD[d - 1]} of {MONTHS[m - 1].lower()}"])
    if form == 14:
        return f"{r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])}, {d:02d} {MONTHS[m - 1][:3]}"
    if form == 15:
        return f"{d}/{m}"
    if form == 16:
        return f"{m}/{d}/{y % 100:02d}"
    if form == 17:
        return f"{MONTHS[m - 1]} {d}, {y}"
    if form == 18:
        return f"{r.choice(['Saturday', 'Tuesday', 'Friday'])}, {MONTHS[m - 1]} {d}{_suffix(d)}"
    return f"{d}{_suffix(d)} {MONTHS[m - 1]} {y}"


TENS_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
GERMAN = ["neunzig", "einundneunzig", "zweiundneunzig", "dreiundneunzig", "vierundneunzig", "fünfundneunzig",
          "sechsundneunzig", "siebenundneunzig", "achtundneunzig", "neunundneunzig"]


def _age(r: random.Random) -> str:
    a = r.randint(90, 106)
    form = r.randint(0, 9)
    if form < 4 or a > 99:
        if a > 99 and form in (4, 5):
            return r.choice(["a hundred", "one hundred", "a hundred and two", "a hundred and four"])
        return str(a)
    if form < 7:
        u = a - 90
        word = "ninety" + (f"-{TENS_UNITS[u]}" if u else "")
        return word.capitalize() if form == 6 else word
    if form == 7:
        return GERMAN[a - 90]
    if form == 8:
        return f"ninety {TENS_UNITS[a - 90]}".strip()
    return str(a)


def _phone(r: random.Random) -> str:
    n = r.randint
    form = r.randint(0, 17)
    if form == 0:
        return f"+57 3{n(0, 2)}{n(0, 9)} {n(100, 999)} {n(1000, 9999)}"
    if form == 1:
        return f"(60{r.choice('124')}) {n(200, 599)} {n(1000, 9999)}"
    if form == 2:
        return f"({r.choice(['787', '939'])}) {n(200, 999)}-{n(1000, 9999)}"
    if form == 3:
        return f"{r.choice(['787', '939'])}-{n(200, 999)}-{n(1000, 9999)}"
    if form == 4:
        return f"+54 9 11 {n(2000, 6999)}-{n(1000, 9999)}"
    if form == 5:
        return f"011 15-{n(2000, 6999)}-{n(1000, 9999)}"
    if form == 6:
        return f"+41 {r.choice(['61', '44', '52', '31'])} {n(200, 999)} {n(10, 99)} {n(10, 99)}"
    if form == 7:
        return f"07{r.choice('6789')} {n(100, 999)} {n(10, 99)} {n(10, 99)}"
    if form == 8:
        return f"(709) {n(200, 999)}-{n(1000, 9999)}"
    if form == 9:
        return f"1-709-{n(200, 999)}-{n(1000, 9999)}"
    if form == 10:
        return f"{r.choice(['01595', '01856', '01736', '01209'])} {n(600, 899)} {n(100, 999)}"
    if form == 11:
        return f"0191 {n(200, 599)} {n(1000, 9999)}"
    if form == 12:
        return f"04{n(0, 9)}{n(0, 9)} {n(100, 999)} {n(100, 999)}"
    if form == 13:
        return f"(08) 91{n(10, 89)} {n(1000, 9999)}"
    if form == 14:
        return r.choice([f"+93 7{n(0, 9)} {n(100, 999)} {n(1000, 9999)}", f"+964 750 {n(100, 999)} {n(1000, 9999)}",
                         f"+257 7{n(0, 9)} {n(10, 99)} {n(10, 99)} {n(10, 99)}"])
    if form == 15:
        return f"({r.choice(['787', '709', '337'])}){n(200, 999)}-{n(1000, 9999)}"
    if form == 16:
        words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        digits = f"709{n(2000000, 9999999)}"
        return " ".join("oh" if c == "0" and r.random() < 0.5 else words[int(c)] for c in digits)
    return f"({r.choice(['337', '409', '985', '239'])}) {n(200, 999)}-{n(1000, 9999)}"


USER = ["yurany.cardona", "papo.figueroa", "mjzapata", "ueli.hurlimann", "gerard.hynes", "magnus_isbister",
        "demelza.kitto", "tharshini.s", "khava.bisultanova", "leidyjohana88", "nahuel.gauna", "seraina.caflisch",
        "bonnie.drover", "jago.nancarrow", "davo.fifo", "xiomara.rosado", "wince.penney", "gulnisa.t"]
MAILHOST = ["gmail.com", "hotmail.com", "une.net.co", "prtc.net", "fibertel.com.ar", "bluewin.ch", "gmx.ch",
            "nl.rogers.com", "bigpond.com", "btinternet.com", "yahoo.com.co", "outlook.com.ar", "shetland.org.uk",
            "eastlink.ca", "iinet.net.au", "protonmail.ch", "sanctuarytrauma.org", "lindenmatt.ch"]


def _email(r: random.Random) -> str:
    user = f"{r.choice(USER)}{r.choice(['', '', str(r.randint(1, 99))])}"
    host = r.choice(MAILHOST)
    form = r.randint(0, 11)
    if form == 0:
        return f"<{user}@{host}>"
    if form == 1:
        return f"mailto:{user}@{host}"
    if form == 3:
        return f"{user.replace('.', ' dot ').replace('_', ' underscore ')} at {host.replace('.', ' dot ')}"
    if form == 4:
        return f"{user}@{host}".upper()
    return f"{user}@{host}"


def _url(r: random.Random) -> str:
    n = r.randint
    code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    slug = r.choice(["yurany-cardona", "ueli-brandli", "papo-figueroa", "tamsin-kitto", "gerard-hynes",
                     "magnus-isbister", "leidy-johana-h", "khava-b", "furaha-ilunga", "brook-squires"])
    form = r.randint(0, 16)
    if form == 0:
        host = r.choice(["sanctuarytrauma.org", "lindenmatt.ch", "mun-research.ca"])
        return f"https://redcap.{host}/surveys/?s={code}"
    if form == 1:
        return f"https://publish.obsidian.md/{slug}/{r.choice(['integration', 'journal', 'hymns'])}"
    if form == 2:
        return f"https://{slug}.notion.site/{r.choice(['Diario', 'Integration-Notes', 'Recovery'])}-{code.lower()}"
    if form == 3:
        return f"https://signal.group/#{code}{code[::-1]}"
    if form == 4:
        return f"https://vaki.co/es/vaki/{slug}-{n(100, 999)}"
    if form == 5:
        return f"https://{slug.replace('-', '')}.bandcamp.com"
    if form == 6:
        return f"https://www.etsy.com/shop/{slug.replace('-', '').title()}Crafts"
    if form == 7:
        return f"twitch.tv/{slug.replace('-', '_')}"
    if form == 8:
        return f"https://{slug}.tumblr.com"
    if form == 9:
        return f"http://{slug.replace('-', '')}.blogspot.com/{n(2019, 2026)}/{n(1, 12):02d}/"
    if form == 10:
        return f"{slug}.wordpress.com"
    if form == 11:
        return f"https://tinyurl.com/{code.lower()[:7]}"
    if form == 12:
        return f"{slug.replace('-', '')}.{r.choice(['ch', 'com.co', 'com.ar', 'co.uk'])}"
    if form == 13:
        return f"www dot {slug.replace('-', '')} dot {r.choice(['ca', 'ch', 'co'])}"
    if form == 14:
        return f"https://www.facebook.com/groups/{slug}.apoyo"
    if form == 15:
        return f"instagram.com/{slug.replace('-', '.')}"
    host = r.choice(["sanctuarytrauma.org", "lindenmatt.ch", "kittiwakelodge.ca"])
    return f"https://www.{host}/{r.choice(['es/citas', 'intake', 'de/termine', 'book'])}"


def _ssn(r: random.Random) -> str:
    a, b, c = r.randint(100, 665), r.randint(10, 99), r.randint(1000, 9999)
    form = r.randint(0, 9)
    if form < 4:
        return f"{a}-{b}-{c}"
    if form < 6:
        return f"{a} {b} {c}"
    if form < 8:
        return f"{a}{b}{c}"
    if form == 8:
        return str(c)
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    return " ".join(words[int(ch)] for ch in f"{a}{b}{c}")


def _id(r: random.Random) -> str:
    n = r.randint
    form = r.randint(0, 19)
    if form == 0:
        return f"1.0{n(10, 99)}.{n(100, 999)}.{n(100, 999)}"
    if form == 1:
        return f"{n(20, 45)}.{n(100, 999)}.{n(100, 999)}"
    if form == 2:
        return f"756.{n(1000, 9999)}.{n(1000, 9999)}.{n(10, 99)}"
    if form == 3:
        return f"{n(100, 999)} {n(100, 999)} {n(100, 999)} {n(100, 999)}"
    if form == 4:
        return f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    if form == 5:
        return f"{n(1000000, 9999999)}^^^{r.choice(['RGH', 'HLM', 'STS'])}^MR"
    if form == 6:
        return f"{n(1000, 1099)}-{n(1, 60):04d}"
    if form == 7:
        h = "".join(r.choice("0123456789abcdef") for _ in range(32))
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"
    if form == 8:
        return f"35{n(100000, 999999)}{n(100000, 999999)}{n(0, 9)}"
    if form == 9:
        vin = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(14))
        return f"1FT{vin}"
    if form == 10:
        return f"{r.choice(['10', '172', '192'])}.{n(16, 168)}.{n(0, 255)}.{n(1, 254)}"
    if form == 11:
        return f"{n(100, 999)}-{n(100, 999)}-{n(100, 999)}"
    if form == 12:
        return f"{n(2024, 2026)}-{n(100000, 1999999)}"
    if form == 13:
        return f"{r.choice(['ZAR', 'ZLA', 'ZHN'])}{n(10000000, 99999999)}"
    if form == 14:
        return f"IP-{r.choice(['SAN', 'STS'])}-{n(100, 999)}/{n(24, 26)}"
    if form == 15:
        return f"PA{n(10000000, 99999999)}"
    if form == 16:
        return f"{n(10, 99)}-{n(10000000, 99999999)}-{n(0, 9)}/{n(0, 9)}{n(0, 9)}"
    if form == 17:
        return f"{n(1000000, 9999999)}-{n(0, 5):02d}"
    if form == 18:
        return f"{r.choice(['CLM', 'C'])}{n(100000000, 999999999)}"
    return f"{n(100000, 999999)}{r.choice('ABCDEFGH')}{n(10, 99)}"


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


# (template, kind): {} is the planted identifier; every carrier word is this file's own
TEMPLATES = {
    "PERSON": [
        "mi amor, {} says you can't keep carrying everybody, and the PHQ-9 of 18 says the same.",
        "After the ayahuasca {} put on the farda and sang the whole hinario with us.",
        "Where ya to, {}? The lads are down on the stage waiting for you, b'y.",
        "Du kens {}, da peerie lass fae up da voe, she's at the school in Scotland now.",
        "Vos sabés que {} no vino a la sesión, and the PCL-5 of 51 is the highest we've had.",
        "Che, {} me bancó todo el año, and the obra social didn't pay for a single session.",
        "Wor {} went down the pit at sixteen, hinny, and never talked about any of it.",
        "Me and {} used to go out to the engine house at night, me nan hated it.",
        'INT: I am rendering in the first person. "{} held my hands while they did the electric."',
        "Field staff note: {} refused breakfast, completed the solo, PHQ-9 of 14 at check-out.",
        "Vet peer line, caller gave first name only: {}. Euthanasia list of six today, no SI.",
        "Assessor: {}   Relationship to claimant: none   [x] interpreter present",
        "#people/family {} -- ring before the anniversary, she goes quiet around it.",
        "Pharmacist on the IVR: this is a message for {} about the zolpidem 5 mg refill.",
        "Grüezi, I'm calling for {} -- he had the LSD session on Friday and now he can't sleep.",
        "wepa, {} finally got the FEMA money and bought a generator.",
        "ay parce, {} called me the night after the ceremony and I could not stop crying, qué pena.",
        "PID|1" + "|" * 4 + "{}" + "|" * 3 + "F|",
        "NK1|1|{}|SIS^Sister|||",
        "Mi titi {} raised me in the house with the zinc roof, bendición, and she still prays for me every day.",
        "INT: He says {} was taken from the checkpoint with him, and he never saw him again after the second night.",
        "---\ntitle: integration week 3\nguide: {}\ntags: [mdma, session-2]\n---",
        "- [ ] ring [[{}]] about the hymn book before the works on Saturday",
        "Met with @{} after the 5D-ASC debrief; she rated the booster 60 mg as harder than the 120 mg.",
        "{}'s swing is two weeks on and one off, so the peer line is all he has out at the donga.",
        "{} said the solo night at base camp was the first time he slept without the quetiapine 25 mg.",
        "Dra. {} from the EPS approved only eight sessions, che, and the PHQ-9 was still 18.",
        "Frau {} will bring the LSD 100 micrograms at half nine, gäll, and stay with you until the evening.",
        "Skipper {} took me out past the wharf when I was seventeen, b'y, and that's where I learned to be quiet.",
        "ok so {} keeps texting me about the shelter and I don't know what to tell her",
        "Dear colleague,\nthank you for referring {} to our trauma thera-\npist service at short notice.",
        "first_name,redcap_event_name\n{},baseline_arm_1",
        '{"event": "journal_saved", "display_name": "{}", "mood": 3}',
        "Her da, {}, won't come in to the surgery, pet, he says it's all nonsense.",
        "My sitter and {} sat with me through the whole of it, and the fiscal kept the door.",
        "Prescriber: Dr. {}   NPI on file   [x] urgent review requested",
        "The nurse in the moral-injury group, {}, said she still hears the alarms on her days off.",
        "RCMP liaison note: caller identified the neighbour as {}, no weapons reported, welfare check at 2100 hours.",
        "Refill line: please say the patient's name after the tone. ... {}.",
        "mira, {} me dijo que the vet clinic is cutting shifts again and I can't do another week like that.",
        "Applicant {} stayed at the shelter for ten days before the FEMA inspection.",
        "peerie {} was only three when da boat went down, and we never spoke o it efter.",
    ],
    "LOCATION": [
        "We left Colombia in 1994 and landed in {}, where nobody spoke Spanish, so mami cleaned houses.",
        "He was sent from Afghanistan to a camp near {} and then to Iraq before the flight.",
        "Our kid still lives in {}, he goes to the bank on a Friday and the park on a Sunday.",
        "The kovil in {} is where she goes after the group, and her husband goes to the mosque.",
        "In {} the lights were out for four months after the storm and my titi had insulin in the fridge.",
        "Che, mi viejo still works in {}, and he thinks therapy is for rich people.",
        "She drove down from {} on the bad road in the fog, so the session started late.",
        "The fiscal said the works moved to {} because the old hall flooded.",
        "They held us in {} for forty days; the interpreter repeats: forty days.",
        "- [x] book the minibus from {} for the vipassana group",
        "Placement: {} (FIFO) -- roster two weeks on, one off.",
        "He's back in {} for the off swing and drinking again, his wife says.",
        "I was the charge nurse at {} during the second wave and I still can't walk past the ward.",
        "Nací en {} pero me crié with my abuela in the hills, so the mountains feel like home.",
        "We got evacuated from {} two days before the storm and the shelter was full by night.",
        "He flies back out to {} on the Tuesday charter for his swing.",
        "INT: She says the soldiers kept her in a school in {} for eleven days.",
        "Session held at {}; participant arrived at 0530 fasting as instructed.",
        "The works were at {} this time, with the new hymns, and I drank twice.",
        "PV1|1|O|{}^^^^^^|||",
        "location: {}\ntags: #integration #hurricane",
        "Mi mamá still lives in {}, right by the church, and she won't leave even after the apagón.",
        "Grew up around {}, me nan had a house by the harbour.",
        "We moved from {} when I was seventeen, and I never told anyone at the new school.",
        "The wilderness group hiked out from {} on day nine and that's when she told me about the cutting.",
        "I did the ten-day course at {} and on day six the panic came back worse than before.",
        "The vet I work for in {} has had two of us off on stress leave since 2019.",
        '{"event": "checkin", "place": "{}", "k10": 31}',
        "Dear Sir or Madam,\nI write regarding a patient who attended {} on re-\nferral from his GP.",
        "yeah i was at {} last night and the panic came back",
        "Placement: {} (day programme), transport arranged by the caseworker.",
        "She went from {} to the camp and then the border, all in one month.",
        "The clinic in {} has a waitlist of six months for trauma work, so he comes to us instead.",
        "Ich bin in {} aufgewachsen, and my mother still rings every Sunday.",
    ],
    "ADDRESS": [
        "Texas sent the cheque to {}, but we were already in Louisiana with my sister.",
        "During the swing he sleeps at {}, a fortnight at a time, no phone in the room.",
        "Home: {} (temporary; FEMA trailer pending inspection).",
        "INT: She says her house was {}, near the school, before they burned it.",
        "Mi dirección es {}, al lado de la panadería, timbre de abajo.",
        "Return address on the scanned envelope: {}",
        "- [ ] post the hymn book to {}",
        "Sie wohnt seit dem Unfall an der {}, im dritten Stock, ohne Lift.",
        "Camp room change: moved to {} after the fight in the wet mess.",
        "Dirección de residencia: {} -- the same as on the cédula.",
        "PID|1" + "|" * 10 + "{}||",
        "Please send the medico-legal report to {}, marked confidential.",
        "We're staying at {} until the roof is fixed, maybe till spring.",
        '{"user_address": "{}", "consent": true}',
        "address: {}",
        "I was in {} for three years, the family in the shed next to ours had eight children.",
        "Mailing address for the appeal: {}.",
        "The outreach van found him at {}, asleep in the truck.",
        "she said the new place is {} and it's right by the bus",
        "redcap_event_name,home_address\nbaseline_arm_1,\"{}\"",
        "Ship the refills to {} please, I won't be home for the next swing.",
        "My nan's house is {}, the one with the green stage down by the water.",
        "Correspondence: {} -- no letters to the work address please.",
        "Er wohnt jetzt an der {}, near the tram stop, which is better for him.",
    ],
    "DATE": [
        "Ketamine infusion rescheduled from {} because of the puente, ISI 19 at baseline.",
        "MDMA 120 mg given {} at 0900, booster at 1100, CAPS-5 at the next visit.",
        "Half five in the morning on {} the wind took the roof, and the bairns were screaming.",
        "The workers' comp form says the incident was {}, but it was really the week before.",
        "- [ ] follow-up call 📅 {}",
        "INT: He says it happened on {}, the day after the elections.",
        "Che, the next session is {} at the clinic, no faltes.",
        "Refill request: last filled {}, lithium 600 mg, 30 tablets.",
        "The vipassana course ended {} and she was in the ER two days later.",
        "Ward round: discharge planned for {}, PHQ-9 down to 11.",
        "My first ceremony was {} and I remember the hymns more than the visions.",
        '{"ts": "{}", "event": "mood_entry", "score": 2}',
        "MSH|^~\\&|SANCT|TRAUMA|||{}||ADT^A04|",
        "Daily note [[{}]] -- slept six hours, no nightmares, prazosin 2 mg held.",
        "redcap_event_name,visit_date\nmonth_3_arm_1,{}",
        "She was detained on {} and released only after the family paid.",
        "The hurricane hit {} and we lost the roof the same night.",
        "Nächste Sitzung: {}, 09:00, bitte nüchtern kommen.",
        "The integration session is booked for {} at the clinic, 2100 hours is too late for her.",
        "Date of injury: {}   [x] work-related   [ ] motor vehicle",
        "He flew out {} and was back at the camp by Thursday.",
        "i think it was {} when she stopped eating again",
        "Dear Madam,\nfurther to our meeting of {}, I enclose the assess-\nment.",
        "Se fue para los Estados Unidos {} y nunca volvió, and I was only nine.",
        "Refill due {}, please call the pharmacy line before Friday.",
        "Retreat day six ({}) -- participant reported derealisation, DES-II repeated, no SI.",
    ],
    "AGE": [
        "She's {}, and her sister is 89, and the two of them still fight about the bay.",
        "He is {} years old and still farms in Western Australia, he says, and drives the ute.",
        "INT: Her mother is {} and still in the camp, she says.",
        "Oma is {}, gäll, and she still walks to the shop every morning.",
        "age: {}",
        "Our Grandad's {} now and he still calls me bonny lad.",
        "Date of birth withheld; claimant states the dependent is {} and bed-bound.",
        "Mi abuela tiene {} años y todavía cocina for all of us on Sundays.",
        "Her nan is {} and still goes down to the wharf every morning.",
        "Grandmother, {}, lives with the family in the camp shelter.",
        '{"user": "carer", "dependant_age": {}, "k10": 24}',
        "arm,age_at_consent\nmdma,{}",
        "Meine Grossmutter ist {} und sie versteht nicht, warum ich Therapie mache.",
        "My grandfather turned {} last spring and he still asks about the mine.",
        "Obituary draft: beloved mother ({}), of the parish, survived by eight grandchildren.",
        "He's {} now, b'y, and sharper than the lot of us.",
        "The resident, aged {}, was evacuated by the Coast Guard with her oxygen.",
        "ahora tiene {} and she still remembers my name",
        "Patient is a {} y/o female referred for grief after the storm.",
    ],
    "PHONE": [
        "For la Reforma appointments call {} before the CDT closes at 45 past four.",
        "Swiss number for the integration team: {} (psilocybin 25 mg study, Switzerland site).",
        "INT: She asks if you can call her cousin on {}, he speaks Dari.",
        "Che, mi celular es {}, mandame un WhatsApp antes.",
        "Pharmacy refill line: {} -- press 2 for the pharmacist.",
        "Fax: {}   [x] urgent   Pages: 3 including cover",
        "The vet support line is {}, it's open till midnight.",
        "Llámame al {} después de las seis, que en el trabajo no puedo hablar.",
        "PID|1" + "|" * 12 + "{}^PRN^PH|",
        "The peer line number is {}, it's on the sticker in the crib room.",
        "After-hours contact: {} (ask for the fiscal on duty).",
        "phone: {}",
        '{"emergency_contact_phone": "{}", "relationship": "sister"}',
        "Her sister's mobile is {}, she's the one who speaks English.",
        "Call the caseworker on {} if the inspection date changes.",
        "You can get me at {} any evening after the tea, pet.",
        "redcap_event_name,contact_phone\nbaseline_arm_1,{}",
        "Tel. {}, Montag bis Freitag, 08:00 bis 12:00.",
        "uh my number is {} that's the cell not the house",
    ],
    "EMAIL": [
        "Send the MEQ30 and WEMWBS scores to {} before the next dosing day.",
        "The Nova Scotia office is {}, they handle the Florida claims too.",
        "INT: He gives his email as {}, he says his nephew set it up.",
        "Dirección de correo: {} (no usar la del trabajo).",
        "- [ ] reply to {} about the hymn recordings",
        "Prior-auth correspondence to {} only.",
        "Mandame los papeles a {} y yo los imprimo en la biblioteca.",
        "PID|1" + "|" * 12 + "^NET^Internet^{}|",
        "email: {}",
        "Contact: {}",
        "Send the hymn recordings to {} and she'll share them with the group.",
        '{"user_email": "{}", "push": false}',
        "My email is {}, but I only check it on my days off.",
        "Report copied to {} with the claimant's consent.",
        "redcap_event_name,email\nbaseline_arm_1,{}",
        "Bitte schicken Sie den Befund an {}, nicht an die Praxis.",
        "the email for the vet support line is {} I think",
    ],
    "URL": [
        "The Burundi family's page is {}, they post from Myanmar as well.",
        "HTQ and K10 of 31 forms are at {}, CORE-10 at the end.",
        "- [ ] share {} with the nurses' group",
        "Che, mirá el blog: {}, lo escribí después de la ceremonia.",
        "INT: He says his brother posted the photographs at {}.",
        "Resource list for the FIFO crew: {} (peer support, no login).",
        "My integration journal is public at {} but nobody reads it.",
        "Survey link for the 3-month follow-up: {}",
        "She put the hymns up on {} for the church.",
        "[fundraiser]({}) -- please share, the roof is still gone.",
        "The group chat moved to {} after the Facebook one got weird.",
        '{"share_url": "{}", "visibility": "public"}',
        "source: {}",
        "Her shop is {} and she sells the beaded things she makes in group.",
        "Mi hermano tiene una vaki, {}, for the funeral back home.",
        "he streams every night on {} and that's how he copes on the off swing",
        "Bitte das Formular unter {} ausfüllen, vor der Sitzung.",
    ],
    "SSN": [
        "mirtazapine 15 mg at night, propranolol 10 mg for the shakes, and the social on the form is {}.",
        "INT: He gives the number as {}; he says it is on the resettlement letter.",
        "ssn: {}",
        "Refill line asked me to key in the last four of my social, {}, and then it hung up.",
        "Soc. Sec. # {}   DOB on file   [x] Medicaid pending",
        "El seguro social mío es {}, pero no se lo doy a nadie por teléfono.",
        "PID|1" + "|" * 18 + "{}|",
        "Social Security No.: {}   [x] verified",
        "The last four of my social are {}.",
        '{"ssn": "{}", "masked": false}',
        "redcap_event_name,ssn\nscreening_arm_1,{}",
        "FEMA asked for his SSN, {}, and he was scared to give it.",
        "um my social is {} and the card is in the flood stuff",
        "Member SSN {} on the prior-authorisation request.",
        "She read her social out loud, {}, in the middle of the shelter line.",
    ],
    "ID": [
        "Argentina issued DNI {} when she was 17, and it still has her old name.",
        "el apagón wiped the records, but her plan number {} was on the card.",
        "INT: She shows the card: camp ration number {}.",
        "Fallnummer {} (Klinik), bitte bei Rückfragen angeben.",
        "DNI {} -- che, the same as on the passport.",
        "Claimant's workers' comp claim no. {} -- moral injury, nursing.",
        "Employee number {} on the FIFO roster, site induction done.",
        "Mi cédula es {} por si la EPS pregunta.",
        "PID|1||{}||",
        "FEMA registration number {} -- inspection pending.",
        "RCMP file no. {} (liaison only, no charges).",
        "AHV-Nummer: {}",
        '{"user_id": "{}", "app": "moodtrack", "build": "4.2.1"}',
        '{"event": "login", "ip": "{}", "success": true}',
        "Device IMEI {} reported lost at the shelter.",
        "VIN {} on the truck that was flooded.",
        "His MCP number is {}, it's on the back of the card.",
        "Número de afiliado de la obra social: {}.",
        "Tax file number {} -- payroll query for the FIFO roster.",
        "Asylum case number {} (hearing adjourned).",
        "Istanbul Protocol case reference {} -- photographs attached.",
        "Prior auth # {} approved for 12 sessions of CPT.",
        "Claim number {} for the lost shifts.",
        "Rx# {}, sertraline 50 mg, 2 refills left.",
        "record_id {} -- withdrawn from the MDMA arm after visit 3.",
        "Medical record number {} at the trauma service.",
        "Member ID {} on the insurance card, the old one.",
    ],
}
