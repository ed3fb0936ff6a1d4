"""A twentieth SYNTHETIC transcript set for benchmarks/deid.py: the eighteenth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real cities, towns, suburbs, villages, islands and a few landmarks and well-known public
hospitals are used as places only, never with a person; every clinic, hospice, church, mosque,
temple, school, club, mine, shop and workplace name not a landmark is made up). Written on
2026-12-07 by an engineer who had NOT seen the de-identifier's rules, its docs page, its tests or
the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored,
and of deid_spoken.py and deid_heldout.py .. deid_heldout17.py their docstrings, plus the ``value``
signature and the ``TEMPLATES`` shape of deid_heldout17.py, for the format), in one go, before any
run; no rule and no line of this file was changed after its first run. It was first run on the
eighth round's rules (main at commit 22c72c2) and measures how the rules do on transcripts they were
not written for; it stays blind until a later round makes it a development set.

Style: Pacific and Oceania talk and writing from settings the earlier docstrings do not name as
theirs -- Fiji-Indian English with Fiji Hindi (``bhaiya``, ``aaji``, ``nani``, the girmit story, the
sugar-cane farm, ``kaise``, ``acha``), iTaukei Fijian English (``vinaka``, the village, the kava
bowl, ``Ratu`` and ``Adi`` as titles), Tongan and Samoan families in South Auckland and western
Sydney (``faifeau``, ``fa'e``, ``tinā``, the ``fale``, the White Sunday and the church ``misinale``,
``malo``, ``talofa``), Papua New Guinea Tok Pisin English (``wantok``, ``mi no save``, ``olsem``,
the settlement), Indonesian and Balinese English (``Pak`` and ``Bu`` before names, ``ya``, ``kan``,
``gitu``, birth-order names); settings: an Australian authorised-prescriber MDMA-assisted therapy
clinic for PTSD and a psilocybin clinic for depression (the two-day dosing room, the monitors, the
integration calls), a rural GP's Mental Health Treatment Plan under Better Access (the ten sessions,
the review), a fly-in fly-out mine worker's EAP call, a seasonal worker's welfare call under the
Pacific labour scheme, a cyclone-recovery counselling outreach, a hospice bereavement home visit, a
rugby league club wellbeing officer, an international student counselling service; and written and
machine forms: HL7 v2 messages (``MSH|^~\\&|``, ``PID|``, ``PV1|``, ``NK1|`` segments with ``^``
components), a statutory declaration (``I, ..., of ..., do solemnly and sincerely declare``), a
discharge summary pasted from a PDF with broken lines, ``Page 2 of 3`` footers and running headers,
an Australian PBS authority script, a GP Mental Health Treatment Plan form, and a Microsoft Teams
auto-transcript (``Speaker 2 4:31``).
Identifier forms, chosen to differ from the earlier sets' lists where possible: HL7 ``XPN`` names
(``TAUFA^SIONE^H``), Fiji-Indian given name, father's name and surname (``Ravinesh Shalendra
Prasad``), Fijian chiefly titles outside the span (``Ratu``, ``Adi``), Tongan names with the fakauʻa
(``'Ofa``, ``Ma'ake``, ``Tu'ipulotu``) with and without the apostrophe, Samoan names with the
glottal and ``Fa'a-`` parts, Samoan matai titles used as names, Balinese birth-order names
(``Wayan``, ``Made``, ``Nyoman``, ``Ketut``) and Javanese single names, PNG names, word-names from
these languages (``Alofa``, ``'Ofa``, ``Fetu``, ``Manu``, ``Indah``, ``Cinta``, ``Budi``, ``Bayu``)
and English word-names not used before (Fern, Clover, Autumn, Rocky, Sandy, Kit), Australian and
Kiwi ``-o`` / ``-y`` shortenings not used before (``Davo``, ``Tommo``, ``Jonesy``, ``Hemi``), and
the everyday ones (first names alone, full names, titles + surnames with the title outside the span,
possessives with the ``'s`` outside, names at sentence start, lower-case ASR names). Places: Fijian,
Tongan, Samoan, PNG, Indonesian, New Zealand and Australian towns, villages, islands, suburbs and
settlements (macrons and apostrophes, with and without them), invented clinics, hospices, medical
centres, mines and camps, churches, mosques, mandirs, schools and clubs, a few real public hospitals
and landmarks, lower-case ASR places. Addresses: Fijian ``Lot 12, Wailoku Road, Nasinu`` lines,
Tongan village-and-landmark directions, PNG ``Section 23 Lot 9`` and ``Allotment`` lines, Indonesian
``Jl. ... No. 14, RT 03/RW 05, Kel. ..., Kec. ...`` lines, Balinese ``Banjar`` lines, NZ urban lines
with postcodes, Australian ``Unit 4/17`` with state and postcode, farm ``RMB`` and ``Lot``
addresses, HL7 ``XAD`` components (``12 KAURI ST^^OTARA^AUK^2023``), a flat number and street broken
across two lines by a PDF paste, PO boxes, and spoken ones. Dates: HL7 timestamps (``20251103``,
``202511030845``), Indonesian (``3 Maret 2025``, ``Senin, 3 Maret``), Tongan and Samoan month names
(``3 Ma'asi``, ``3 Mati``), Tok Pisin (``3 Mas``), Australian and NZ day-first (``3/11/25``,
``03.11.2025``, ``Mon 3/11``, ``3.11.25``), spoken forms (``the third of November``, ``third of the
eleventh``, ``november third``), ``3-11-2025``, ``03NOV2025``, a date broken across lines by a PDF
paste, ``D.O.B.`` field forms, and one form in twenty-five a fixed-date national day (``Fiji Day``,
``Girmit Day``, ``Australia Day``: it names a month and day, so it is planted as a date -- a
judgement call). Ages over 89: digits, words, DICOM and HL7 ``093Y``, ``93y 4m``, ``93 yrs``,
``93yo``, ``93F``, Tongan, Samoan, Indonesian and Fiji Hindi words. Phones: Fijian seven-digit,
Tongan five-digit, Samoan, PNG, Indonesian ``0812-3456-7890``, NZ and Australian landlines and
mobiles, ``1300``-style lines, HL7 ``XTN`` (``(09)2741836``), spoken with ``oh`` and ``zero``.
Emails: ``.com.fj``, ``.to``, ``.ws``, ``.com.pg``, ``.co.id``, ``.net.nz``, ``xtra.co.nz``,
``bigpond.com``, HL7 ``^NET^Internet^``, spoken ``at`` / ``dot``. URLs: givealittle and mycause
fundraisers, hotdoc-style booking pages, coviu telehealth rooms, Facebook church pages, YouTube
funeral streams, ``.to`` / ``.ws`` / ``.fj`` sites, bare domains, spoken. SSNs (US veterans and
expatriates in the Pacific): dashes, spaces, none, HL7 ``PID-19``, spoken, the last four with the
cue in the carrier. IDs (cue in the carrier, never in the span): Medicare card numbers with the IRN,
DVA file numbers, IHI numbers, NDIS numbers, Centrelink reference numbers, HL7 ``PID-3`` MRNs, PV1
visit numbers, PBS authority approval numbers, NSW corrections MINs, Fiji FNPF numbers, Indonesian
NIK and BPJS numbers, PNG NID numbers, Tongan passport numbers, workers' compensation claims, EAP
case numbers, hospital UR numbers, prescription numbers, trial participant ids, some spoken.
A title, kin word or honorific next to a name, an article before a place and a possessive ``'s``
stay outside the span; a date's own words are inside it. ``value`` and the template are drawn
independently (deid.py's design), so now and then a form sits a little oddly in its sentence, as in
a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (MDMA 120 mg with a 60 mg
supplemental dose, psilocybin 25 mg, sertraline 100 mg, desvenlafaxine 50 mg, agomelatine 25 mg,
mirtazapine 30 mg, prazosin 1 mg, Endone 5 mg, Stilnox 10 mg, Lyrica 75 mg, olanzapine 5 mg, kava),
scales and scores (K10 of 34, IES-R 51, PSQI 14, ISI 19, HADS 12, BPRS 42, EAT-26, PCL-5 of 58,
WHODAS, MADRS 29), ages under 90 (89, 66, 17), bare years (2019, 1987), countries and states (Fiji,
Tonga, Samoa, Papua New Guinea, Indonesia, New Zealand, Australia, Queensland, Western Australia),
weekdays alone, times of day (half past two, 0830, 3 a.m.), durations (ten sessions, six weeks, 48
hours), God, kin words as common nouns (my nana, my aunty, my fa'e, the tinā, aaji, my bhaiya, my
wantoks, the kids) and place-like common words (the bank, church, the park, the clinic, the mine,
the camp, the village, the farm, the wharf, the hospice, the ward, the station, the fale, the
settlement).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

# ---------------------------------------------------------------- people
_FIRST = [
    # Fiji-Indian
    "Ravinesh", "Shalendra", "Ashneel", "Kamini", "Shalini", "Pritika", "Vikash", "Rohitesh", "Anjeshni",
    "Sanjeshni", "Nilesh", "Avinesh", "Sashi", "Dharmendra",
    # iTaukei Fijian
    "Jone", "Mere", "Litiana", "Sainimere", "Josaia", "Ilisapeci", "Semisi", "Unaisi", "Tevita", "Akanisi",
    # Tongan
    "Sione", "Siosaia", "Mele", "Kalolaine", "Vailea", "Losaline", "Tēvita", "Sālote", "Viliami", "Lupe",
    # Samoan
    "Tavita", "Sefo", "Malia", "Losa", "Faamanatu", "Ioane", "Tasi", "Lagi", "Pulega", "Fuifui",
    # Māori
    "Wiremu", "Mereana", "Rāwiri", "Tipene", "Ngaire", "Hōhepa", "Kahurangi", "Whetu",
    # Indonesian / Balinese / Javanese
    "Wayan", "Made", "Nyoman", "Ketut", "Sutrisno", "Wahyuni", "Agus", "Rini", "Bambang", "Endang",
    "Yulianti", "Dimas", "Retno", "Hendra",
    # PNG
    "Kila", "Geno", "Wapi", "Rarua", "Kapa", "Mekere", "Olive", "Esme",
    # Australian / Kiwi everyday
    "Brodie", "Kirra", "Tahlia", "Jarrah", "Lachie", "Bronwyn", "Darcy", "Shane", "Narelle", "Kylie",
]
_WORD_NAMES = ["Alofa", "'Ofa", "Fetu", "Manu", "Indah", "Cinta", "Budi", "Bayu", "Fern", "Clover", "Autumn",
               "Rocky", "Sandy", "Kit", "Tui", "Sunny"]
_LAST = [
    "Prasad", "Chand", "Naidu", "Narayan", "Deo", "Reddy", "Kumar", "Lal", "Sharma", "Maharaj", "Gounder",
    "Vakaloloma", "Tuinamoala", "Rokoduru", "Tavaiqia", "Delana", "Waqairawai", "Nawalowalo",
    "Taufa", "Fifita", "Havili", "Vaipulu", "Lolohea", "Ma'ake", "Tu'ipulotu", "Tu'ivai", "Kauvaka",
    "Leota", "Sapolu", "Fa'amausili", "Tuimavave", "Aumua", "Seiuli", "Faleolo", "Lemalu",
    "Pōtae", "Te Huia", "Rangihuna", "Parekura", "Tāwhiri",
    "Setiawan", "Kusumawardani", "Santoso", "Wibisono", "Hartono", "Nugroho", "Suparman", "Purnamasari",
    "Kapi", "Moresi", "Tau", "Waiko", "Kaupa", "Dorum",
    "McAlister", "Hennessey", "Pemberton", "Trevaskis", "Dunstall", "O'Loughlin", "Kowalick",
]
_NICK = ["Davo", "Tommo", "Jonesy", "Hemi", "Sio", "Iwan", "Yanto", "Ravi", "Ash", "Kels", "Bazza", "Tavi",
         "Big Sione", "Little Mele", "Uncle Boy"]


def _person(r: random.Random) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    form = r.randrange(20)
    if form < 5:
        return f
    if form < 9:
        return f"{f} {last}"
    if form < 11:
        return last
    if form == 11:
        return r.choice(_WORD_NAMES)
    if form == 12:
        return r.choice(_NICK)
    if form == 13:
        return f.lower()
    if form == 14:
        return f"{f.lower()} {last.lower()}"
    if form == 15:  # HL7 XPN: FAMILY^GIVEN^MIDDLE-INITIAL
        return f"{last.upper()}^{f.upper()}^{r.choice(_FIRST)[0]}"
    if form == 16:  # Fiji-Indian given + father's name + surname
        return f"{r.choice(_FIRST[:14])} {r.choice(_FIRST[:14])} {r.choice(_LAST[:11])}"
    if form == 17:
        return f"{last.upper()}, {f}"
    if form == 18:  # Tongan / Samoan name with the apostrophe dropped, as typed
        return f"{f} {last.replace(chr(39), '')}"
    return f"{f} {r.choice('ABCDEFGHJKLMPRSTW')}. {last}"


# ---------------------------------------------------------------- places
_TOWNS = [
    "Suva", "Nausori", "Lautoka", "Labasa", "Sigatoka", "Nadi", "Ba", "Savusavu", "Rakiraki", "Tavua",
    "Nuku'alofa", "Neiafu", "Kolofo'ou", "Ha'apai", "Vava'u", "Pangai",
    "Apia", "Lufilufi", "Siumu", "Salelologa", "Savai'i", "Faleula",
    "Port Moresby", "Lae", "Goroka", "Mount Hagen", "Gerehu", "Boroko", "Madang", "Kokopo",
    "Yogyakarta", "Surabaya", "Denpasar", "Ubud", "Bandung", "Makassar", "Malang", "Singaraja",
    "Ōtara", "Otara", "Māngere", "Mangere", "Ōtāhuhu", "Papatoetoe", "Manurewa", "Porirua", "Cannons Creek",
    "Whanganui", "Kaitaia", "Gisborne",
    "Dubbo", "Mount Isa", "Kalgoorlie", "Port Hedland", "Mackay", "Logan", "Inala", "Blacktown",
    "Mount Druitt", "Wagga Wagga", "Broken Hill", "Karratha", "Emerald", "Moree", "Toowoomba", "Liverpool",
    "Raiwaqa", "Nabua", "Kalabu", "Waigani", "Counties Manukau", "Nadroga-Navosa", "Gwydir Shire",
    "the Far North District", "Shire of Ashburton", "Gianyar", "Tabanan",
]
_FACILITY = [
    "Middlemore Hospital", "Colonial War Memorial Hospital", "Port Moresby General Hospital",
    "Lautoka Hospital", "Vaiola Hospital", "Dubbo Base Hospital",
    "Tavaiqia Family Health Centre", "Moana Pasifika Wellbeing Trust", "Southern Cross Hospice Otara",
    "Wattle Grove Hospice", "Red Gum Medical Centre", "Kurrajong Street Surgery", "Coral Coast Psychology",
    "Ironbark Psychedelic Medicine Clinic", "Southern Light MDMA Therapy Centre", "Bluewater Mind Clinic",
    "Siloama Free Wesleyan Church", "Ebenezer EFKS Church Māngere", "Saint Vaea Catholic Parish",
    "Masjid Nurul Iman Lautoka", "Shri Laxmi Narayan Mandir Labasa", "Pura Dalem Kauh",
    "Ōtara Bay College", "Nadroga Sangam High School", "Wailoku Methodist Primary",
    "Kestrel Ridge Mine", "Yarrabee Downs Station", "Pilbara Ridge Camp 4", "Tuckers Creek Abattoir",
    "Mangere East Rugby League Club", "Blacktown Magpies Leagues Club", "Sky Tower", "One Tree Hill",
    "Kuta Beach", "Garden of the Sleeping Giant", "Uluru", "Tanoa Bakery Nausori", "Narayan's Hardware",
]


def _location(r: random.Random) -> str:
    form = r.randrange(12)
    if form < 6:
        return r.choice(_TOWNS)
    if form < 10:
        return r.choice(_FACILITY)
    if form == 10:
        return r.choice(_TOWNS).lower()
    return r.choice(["Nausori, Viti Levu", "Labasa, Vanua Levu", "Savusavu, Vanua Levu", "Kolofo'ou, Tongatapu",
                     "Lufilufi, Upolu", "Ōtara, South Auckland", "Mount Druitt, western Sydney",
                     "Port Hedland, the Pilbara", "Mackay, north Queensland", "Ubud, Gianyar"])


# ---------------------------------------------------------------- addresses
_STREETS = ["Kauri", "Wailoku", "Ratu Sukuna", "Waimanu", "Bougainville", "Hibiscus", "Jacaranda", "Tamarind",
            "Frangipani", "Pohutukawa", "Mangrove", "Ironbark", "Banksia", "Melaleuca", "Coolabah"]
_STYPE = ["Road", "Street", "St", "Rd", "Avenue", "Ave", "Crescent", "Cres", "Place", "Pl", "Drive", "Close",
          "Parade"]
_DIGITS_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _spoken(digits: str, oh: bool = True) -> str:
    return " ".join("oh" if (c == "0" and oh) else _DIGITS_WORDS[int(c)] for c in digits)


_APOS = chr(39)  # the Tongan fakauʻa as typed, an apostrophe
_PO_TOWNS = ["Lautoka", f"Nuku{_APOS}alofa", "Apia", "Boroko", "Karratha WA 6714"]
_TOWN_LINES = ["Kalgoorlie WA 6430", "Mount Isa QLD 4825", "Moree NSW 2400", "Porirua 5022", "Whanganui 4500"]
_SUBURB_LINES = ["Mount Druitt NSW 2770", "Inala QLD 4077", "Blacktown NSW 2148"]
_HL7_TOWNS = ["OTARA^AUK^2023", "DUBBO^NSW^2830", "LOGAN^QLD^4114"]
_JALAN = ["Melati", "Kenanga", "Diponegoro", "Cempaka Putih", "Gatot Subroto"]
_VILLAGE_MARKS = ["Methodist church", "kava shop", "Morris Hedstrom"]
_TONGA_VILLAGES = [f"Kolomotu{_APOS}a", "Vaini", f"Fasito{_APOS}o Uta"]


def _address(r: random.Random) -> str:
    n, c = r.randint, r.choice
    st = f"{c(_STREETS)} {c(_STYPE)}"
    form = r.randrange(16)
    if form == 0:
        return f"Lot {n(1, 90)}, {c(_STREETS)} Road, {c(['Nasinu', 'Lautoka', 'Labasa', 'Ba'])}"
    if form == 1:
        return f"Section {n(1, 60)} Lot {n(1, 40)}, {c(['Gerehu Stage 2', 'Waigani', 'Boroko', 'Tokarara'])}"
    if form == 2:
        return (f"Jl. {c(_JALAN)} No. {n(1, 140)}, RT {n(1, 12):02d}/RW {n(1, 9):02d}, "
                f"Kel. {c(['Sukajadi', 'Kotabaru', 'Panjer'])}, "
                f"Kec. {c(['Sukasari', 'Gondokusuman', 'Denpasar Selatan'])}")
    if form == 3:
        return f"Banjar {c(['Tegal Sari', 'Kelod', 'Pengosekan'])}, Desa {c(['Mas', 'Peliatan', 'Sayan'])}"
    if form == 4:
        return f"{n(1, 320)} {st}, {c(['Otara', 'Māngere East', 'Papatoetoe', 'Ranui'])}, Auckland {n(600, 2699):04d}"
    if form == 5:
        return f"Unit {n(1, 12)}/{n(2, 180)} {st}, {c(_SUBURB_LINES)}"
    if form == 6:
        return f"RMB {n(100, 9999)} {c(['Mitchell Highway', 'Gwydir Highway', 'Bruxner Way'])}"
    if form == 7:  # HL7 XAD: street^other^city^state^postcode
        return f"{n(2, 99)} {c(_STREETS).upper()} {c(['ST', 'RD', 'AVE'])}^^{c(_HL7_TOWNS)}"
    if form == 8:
        return f"{n(1, 9)}/{n(10, 99)} {st}"
    if form == 9:
        return f"the blue house behind the {c(_VILLAGE_MARKS)} in {c(_TONGA_VILLAGES)}"
    if form == 10:
        return f"{_spoken(str(n(10, 99)))} {c(_STREETS).lower()} {c(['road', 'street', 'crescent'])}"
    if form == 11:
        return f"PO Box {n(100, 9999)}, {c(_PO_TOWNS)}"
    if form == 12:
        return f"{n(2, 480)} {st}, {c(_TOWN_LINES)}"
    if form == 13:
        return f"Flat {n(1, 8)}, {n(2, 99)}\n{st}"  # pasted from a PDF: the line breaks inside it
    if form == 14:
        return f"{n(1, 300)}{c(['', 'A', 'B'])} {st}"
    return f"Allotment {n(1, 30)} Section {n(1, 99)}, {c(['Hohola', 'Six Mile', 'Morata'])}"


# ---------------------------------------------------------------- dates
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_INDO = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]
_TONGAN = ["Sānuali", "Fēpueli", "Ma'asi", "'Epeleli", "Mē", "Sune", "Siulai", "'Aokosi", "Sepitema", "'Okatopa",
           "Nōvema", "Tīsema"]
_SAMOAN = ["Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aokuso", "Setema", "Oketopa",
           "Novema", "Tesema"]
_TOKPISIN = ["Janueri", "Februeri", "Mas", "Epril", "Me", "Jun", "Julai", "Ogas", "Septemba", "Oktoba", "Novemba",
             "Disemba"]
_HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
        "twenty-sixth", "twenty-seventh", "twenty-eighth"]


def _suffix(d: int) -> str:
    return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")


def _date(r: random.Random) -> str:
    n = r.randint
    m, d, y = n(1, 12), n(1, 28), n(2019, 2026)
    form = r.randrange(25)
    if form == 0:
        return f"{y}{m:02d}{d:02d}"
    if form == 1:
        return f"{y}{m:02d}{d:02d}{n(0, 23):02d}{r.choice(['00', '15', '30', '45'])}"
    if form == 2:
        return f"{d} {_INDO[m - 1]} {y}"
    if form == 3:
        return f"{r.choice(_HARI)}, {d} {_INDO[m - 1]}"
    if form == 4:
        return f"{d} {_TONGAN[m - 1]}"
    if form == 5:
        return f"{d} {_SAMOAN[m - 1]} {y}"
    if form == 6:
        return f"{d} {_TOKPISIN[m - 1]}"
    if form == 7:
        return f"{d}/{m}/{y % 100:02d}"
    if form == 8:
        return f"{d:02d}.{m:02d}.{y}"
    if form == 9:
        return f"{r.choice(_DAYS)} {d}/{m}"
    if form == 10:
        return f"the {_ORD[d - 1]} of {_MONTHS[m - 1]}"
    if form == 11:
        return f"{d}-{m}-{y}"
    if form == 12:
        return f"{d:02d}/{m:02d}/\n{y}"  # broken across lines by the PDF paste
    if form == 13:
        return f"{d:02d}/{m:02d}/{n(1925, 1960)}"  # a date of birth
    if form == 14:
        return f"{d} {_MONTHS[m - 1][:3]}"
    if form == 15:
        return f"{_MONTHS[m - 1]} {d}{_suffix(d)}"
    if form == 16:
        return f"{d}{_suffix(d)} {_MONTHS[m - 1]} {y}"
    if form == 17:
        return f"{_MONTHS[m - 1].lower()} {_ORD[d - 1]}"
    if form == 18:
        return f"{r.choice(['Monday', 'Tuesday', 'Friday', 'Saturday'])} the {d}{_suffix(d)}"
    if form == 19:
        return r.choice(["Fiji Day", "Girmit Day", "Australia Day", "Boxing Day", "Christmas Day"])
    if form == 20:
        return f"{d}.{m}.{y % 100:02d}"
    if form == 21:
        return f"{d} {_MONTHS[m - 1]}"
    if form == 22:
        return f"{_ORD[d - 1]} of the {_ORD[m - 1]}"
    if form == 23:
        return f"{d:02d}{_MONTHS[m - 1][:3].upper()}{y}"
    return f"{d}/{m}"


# ---------------------------------------------------------------- ages over 89
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TONGAN_N = ["", "taha", "ua", "tolu", "fā", "nima", "ono", "fitu", "valu", "hiva"]
_SAMOAN_N = ["", "tasi", "lua", "tolu", "fā", "lima", "ono", "fitu", "valu", "iva"]
_INDO_N = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
_HINDI = {90: "nabbe", 91: "ikyaanave", 92: "baanave", 93: "tiraanave", 94: "chauraanave", 95: "pachaanave",
          96: "chhiyaanave", 97: "sattaanave", 98: "atthaanave", 99: "ninyaanave"}


def _age(r: random.Random) -> str:
    a = r.randint(90, 103)
    u = a % 10
    form = r.randrange(14)
    if a >= 100 and form not in (0, 3, 4, 5):
        form = 0
    if form in (0, 1):
        return str(a)
    if form == 2:
        return f"ninety-{_UNITS[u]}" if u else "ninety"
    if form == 3:
        return f"{a:03d}Y"
    if form == 4:
        return f"{a}y {r.randint(1, 11)}m"
    if form == 5:
        return f"{a} yrs"
    if form == 6:
        return f"hivangofulu-ma-{_TONGAN_N[u]}" if u else "hivangofulu"
    if form == 7:
        return f"ivasefulu {_SAMOAN_N[u]}" if u else "ivasefulu"
    if form == 8:
        return f"sembilan puluh {_INDO_N[u]}" if u else "sembilan puluh"
    if form == 9:
        return _HINDI[a]
    if form == 10:
        return f"Ninety {_UNITS[u].capitalize()}" if u else "Ninety"
    if form == 11:
        return f"{a}yo"
    if form == 12:
        return f"ninety {_UNITS[u]}" if u else "ninety"
    return f"{a}F"


# ---------------------------------------------------------------- phones
def _digits(r: random.Random, k: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(k))


def _phone(r: random.Random) -> str:
    g = lambda k: _digits(r, k)  # noqa: E731
    form = r.randrange(18)
    if form == 0:
        return f"{r.choice(['9', '7', '8'])}{g(2)} {g(4)}"  # Fiji seven digits
    if form == 1:
        return f"+679 {r.choice(['9', '7'])}{g(6)}"
    if form == 2:
        return f"+676 {g(2)} {g(3)}"  # Tonga
    if form == 3:
        return f"+685 7{g(6)}"  # Samoa mobile
    if form == 4:
        return f"+675 7{g(3)} {g(4)}"  # PNG mobile
    if form == 5:
        return f"08{r.choice(['12', '13', '21', '57'])}-{g(4)}-{g(4)}"
    if form == 6:
        return f"+62 8{g(2)} {g(4)} {g(4)}"
    if form == 7:
        return f"021 {g(3)} {g(4)}"  # NZ mobile
    if form == 8:
        return f"(09) {g(3)} {g(4)}"
    if form == 9:
        return f"+64 {r.choice(['21', '22', '27'])} {g(3)} {g(4)}"
    if form == 10:
        return f"04{g(2)} {g(3)} {g(3)}"  # Australian mobile
    if form == 11:
        return f"({r.choice(['02', '07', '08'])}) {g(4)} {g(4)}"
    if form == 12:
        return f"+61 4{g(2)} {g(3)} {g(3)}"
    if form == 13:
        return f"1300 {g(3)} {g(3)}"
    if form == 14:
        return f"({r.choice(['02', '09', '07'])}){g(7)}"  # HL7 XTN, no spaces
    if form == 15:
        return _spoken("04" + g(8), oh=r.random() < 0.5)
    if form == 16:
        return f"{r.choice(['oh two', 'zero two'])} {_spoken(g(4))}, {_spoken(g(4))}"
    return f"04{g(8)}"


# ---------------------------------------------------------------- emails
_USER = ["sione.taufa", "kamini_prasad", "ravi.deo", "malia.leota", "wayan.sutrisno", "mele_fifita", "tavita77",
         "kila.kapi", "jonesy.dunstall", "rini.kusuma", "litiana.v", "hemi.parekura", "tipene.r", "shalz_88",
         "brodie.mcalister", "vailea.havili", "agus.setiawan", "ilisapeci.t"]
_DOMAIN = ["connect.com.fj", "vodafone.com.fj", "kalianet.to", "tcc.to", "lesamoa.net", "digicelpacific.ws",
           "daltron.com.pg", "telkom.co.id", "yahoo.co.id", "xtra.co.nz", "slingshot.net.nz", "bigpond.com",
           "iinet.net.au", "moanawellbeing.org.nz", "ironbarkclinic.com.au", "redgummc.com.au",
           "wattlegrovehospice.org.au", "gmail.com"]


def _email(r: random.Random) -> str:
    u, dom = r.choice(_USER), r.choice(_DOMAIN)
    form = r.randrange(10)
    if form < 5:
        return f"{u}@{dom}"
    if form == 5:
        return f"{u.upper()}@{dom.upper()}"
    if form == 6:
        return f"{u.replace('.', ' dot ').replace('_', ' underscore ')} at {dom.replace('.', ' dot ')}"
    if form == 7:
        return f"{u} @ {dom}"
    if form == 8:
        return f"{u}{r.randint(1, 99)}@{dom}"
    return f"{u} (at) {dom.replace('.', ' (dot) ')}"


# ---------------------------------------------------------------- URLs
_SLUGS = ["sione-taufa-funeral", "help-kamini-come-home", "mele-fifita-memorial", "for-aunty-losa",
          "wayan-recovery-fund", "bring-tavita-home", "ravinesh-prasad-family"]
_HOTDOC = "https://www.hotdoc.com.au/medical-centres/dubbo-nsw-2830/red-gum-medical-centre/doctors/dr-"
_FB_PAGES = ["SiloamaFWCOtara", "EbenezerEFKSMangere", "LabasaMandirYouth", "MoanaPasifikaTrust"]
_INSTA = ["mele.fifita_", "kaminiprasad.art", "wayan_surf_ubud", "tavita.sings"]


def _url(r: random.Random) -> str:
    n, c = r.randint, r.choice
    form = r.randrange(14)
    if form == 0:
        return f"https://givealittle.co.nz/cause/{c(_SLUGS)}"
    if form == 1:
        return f"www.mycause.com.au/p/{n(100000, 999999)}/{c(_SLUGS)}"
    if form == 2:
        return f"{_HOTDOC}{c(['narelle', 'shane', 'kirra'])}-{c(['pemberton', 'trevaskis', 'dunstall'])}"
    if form == 3:
        return f"https://coviu.com/room/{c(['ironbark', 'bluewater', 'redgum'])}-{n(1000, 9999)}"
    if form == 4:
        return f"facebook.com/{c(_FB_PAGES)}"
    if form == 5:
        return f"https://www.youtube.com/live/{_digits(r, 4)}{c(['aXk', 'Qp7', 'fuN'])}{_digits(r, 4)}"
    if form == 6:
        return f"{c(['tongancommunitytrust', 'kalianetradio', 'vavau-youth'])}.to"
    if form == 7:
        return f"https://{c(['siumu-village', 'aiga-support', 'malofou'])}.ws/{c(['events', 'contact', 'fono'])}"
    if form == 8:
        return f"www.{c(['girmitstories', 'labasasangam', 'nadroga-youth'])}.org.fj"
    if form == 9:
        return f"{c(['ironbarkclinic', 'southernlightmdma', 'coralcoastpsych'])}.com.au/{c(['intake', 'integration'])}"
    if form == 10:
        site = c(["wattlegrove dot org dot au", "moanawellbeing dot org dot nz", "redgum dot com dot au"])
        return f"h t t p s colon slash slash {site}"
    if form == 11:
        return f"instagram.com/{c(_INSTA)}"
    if form == 12:
        return f"https://www.tiktok.com/@{c(['sione.t99', 'labasagirl', 'pngmeri'])}"
    return f"https://forms.office.com/r/{c(['Xk29', 'Lm4Q', 'Tz8w'])}{n(100, 999)}"


# ---------------------------------------------------------------- SSNs
def _ssn(r: random.Random) -> str:
    a, b, c = r.randint(100, 665), r.randint(10, 99), r.randint(1000, 9999)
    form = r.randrange(9)
    if form < 3:
        return f"{a}-{b}-{c}"
    if form == 3:
        return f"{a} {b} {c}"
    if form == 4:
        return f"{a}{b}{c}"
    if form == 5:
        return f"{_spoken(str(a))}, {_spoken(str(b))}, {_spoken(str(c))}"
    if form == 6:
        return str(c)  # the last four, the cue in the carrier
    if form == 7:
        return f"{a}-{b}-{c}".replace("-", " - ")
    return _spoken(str(c), oh=False)


# ---------------------------------------------------------------- other ID numbers (cue in the carrier)
def _id(r: random.Random) -> str:
    n = r.randint
    g = lambda k: _digits(r, k)  # noqa: E731
    form = r.randrange(16)
    if form == 0:
        return f"{n(2, 6)}{g(3)} {g(5)} {n(1, 9)}"  # Medicare card
    if form == 1:
        return f"{n(2, 6)}{g(9)}/{n(1, 5)}"
    if form == 2:
        return f"{r.choice(['N', 'Q', 'V', 'W'])}{r.choice(['X', 'SM', 'WW'])}{g(6)}"  # DVA file
    if form == 3:
        return f"8003 60{g(2)} {g(4)} {g(4)}"  # IHI
    if form == 4:
        return f"43{g(7)}"  # NDIS
    if form == 5:
        return f"{g(3)} {g(3)} {g(3)}{r.choice('ABCHJKL')}"  # Centrelink CRN
    if form == 6:
        return f"{r.choice(['K', 'M', 'D'])}{g(7)}"  # an HL7 PID-3 MRN; the ^^^CMH^MR is in the carrier
    if form == 7:
        return f"V{g(8)}"
    if form == 8:
        return g(8)  # PBS authority approval number
    if form == 9:
        return f"{n(100000, 999999)}"  # corrections MIN
    if form == 10:
        return f"{g(6)}{r.choice(['A', 'B'])}"  # FNPF
    if form == 11:
        return f"{n(31, 35)}{g(14)}"  # NIK
    if form == 12:
        return f"0001{g(9)}"  # BPJS
    if form == 13:
        return f"{r.choice(['WC', 'EAP-', 'PT-'])}{g(6)}"
    if form == 14:
        return f"{_spoken(g(4))} {_spoken(g(5))}"
    return f"{r.choice(['T', 'P'])}{g(7)}"


def value(kind: str, r: random.Random) -> str:
    """One invented identifier of *kind* (deid.py's type names), in one of this set's forms."""
    makers = {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
              "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}
    return makers[kind](r)


# (template, kind): {} is the planted identifier; the words around it are this set's own
TEMPLATES = {
    "PERSON": [
        "Bula, vinaka for coming. Ratu {} sent me, he said the kava bowl was not helping anymore.",
        "{} rang me on Thursday from the mine, crying in the ute, K10 of 34 that night.",
        "acha so my bhaiya {} said aaji was asking for me again, I can't face the farm",
        "PID|1||||{}|||F|||",
        "NK1|1|{}|DAU^Daughter|||",
        "Speaker 2   4:31\nYeah so {} was the monitor on the second dosing day, MDMA 120 mg then the 60.",
        "faifeau {} came to the fale and prayed with us, my fa'e was crying the whole time",
        "I, {}, of the above address, do solemnly and sincerely declare that the deceased was my partner.",
        "Malo e lelei. My name is {} and I'm calling about my aunty's bereavement visit.",
        "Pak {} from the consulate said the student counselling service would ring, ya, but nobody rang.",
        "mi no save what {} said to the boss, olsem, my wantoks told me later",
        "Referring GP: Dr {}\nthe practice letterhead\nPage 1 of 3",
        "Honestly {}'s voice in the integration call was the only thing that settled me.",
        "Then {} turned up at the hospice with the ukulele and sang to Nana, she loved it.",
        "the psilocybin day was okay, {} held my hand when it got dark, 25 mg felt like a lot",
        "Bu {} says the PSQI is 14 and she still wakes at 3 a.m.",
        "Wellbeing officer's note: spoke with {} after training re: his IES-R of 51, booked him in.",
        "so um {} yeah he was the one who pulled me out of the water after the cyclone",
        "Adi {} asked whether the village could have the counsellors back for another six weeks.",
        "Patient: {}\nMRN: see label\nTreatment plan reviewed after ten sessions.",
        "My cousin {} drove me from the camp to the clinic and waited outside for two hours.",
        "We had the mass for {} at church and then the umu afterwards.",
        "Talofa, it's {} from the night shift, just letting you know Dad slept through, prazosin 1 mg helped.",
        "I told {} about the flashbacks and she said, bro, you need to talk to someone.",
        "Nurse {} weighed me again today and I wasn't allowed to see the number.",
        "Speaker 1   0:42\n{} is here too, she's my support person for today.",
        "CC: {}, Community Mental Health Nurse",
        "{} said the K10 is just numbers, it doesn't know the farm.",
        "ko {} 'eni, my brother, he came with me from the church",
        "Dear {},\nThank you for seeing this lovely man.",
        "Signed: {}\nJustice of the Peace",
        "so my uncle, {}, he's the one who carried the coffin",
        "White Sunday practice, {} read the verse and everyone cried, even the faifeau.",
        "kaise ho {}, nani is asking, the Lyrica 75 mg makes her sleepy",
        "Agomelatine 25 mg at night, and {} says the dreams are less now.",
    ],
    "LOCATION": [
        "I grew up in {} on my nani's sugar-cane farm, the girmit people came there.",
        "After the cyclone we went to {} and stayed in the church hall for three weeks.",
        "He's FIFO, two weeks on at {} and one week home, and the drinking is worse on the off week.",
        "PV1|1|I|{}^WARD 4^BED 12|||",
        "They transferred her to {} for the last few days, the hospice nurses were so kind.",
        "Location: {}\nDischarge summary (continued)\nPage 2 of 3",
        "we used to go to {} every Sunday after church, my tinā loved the drive",
        "My wantoks are all in {} now, olsem, I'm alone here picking fruit in Queensland.",
        "The first dosing day was at {}, the room had a bed and the music and two monitors.",
        "Declared at {} in the State of New South Wales before me, a Justice of the Peace.",
        "Kami tinggal di {} dulu, ya, before I came to Australia to study.",
        "She was admitted to {} overnight with chest pain but it was panic, HADS 12.",
        "i moved down to {} for work but honestly the camp is where i drink",
        "Our family's village is near {}, by the wharf, and nobody talks about the uncle.",
        "The group meets in the back room at {} on Tuesdays at half past two.",
        "Bapak sent me to school in {} because the mandir there had a scholarship.",
        "I was born in {} in 1987 and came to New Zealand when I was six.",
        "Last seen: walking towards {} at about 0830, per the welfare-check log.",
        "He coaches the under-17s at {} and the boys look up to him, that's the problem.",
        "after the funeral at {} we all went back to the house and nobody talked about it",
        "Speaker 3   18:02\nI was in {} when the cyclone came, we lost everything",
        "Place of death: {}",
        "Transferred from {} by the Royal Flying Doctor Service.",
        "mi stap long {} now, but my family is in the highlands",
        "She works nights at {} and the roster is killing her, PSQI 14.",
        "Dad was 89 when we left {} for Western Australia.",
        "The misinale at {} was the biggest one, my uncle gave everything he had.",
        "mipela stap long settlement behind {}, no water for 48 hours after the cyclone",
    ],
    "ADDRESS": [
        "Please send the plan to {} because the post office box closed.",
        "PID|1||||||||||{}||",
        "Home visit address: {}\nParking on the grass is fine. Dog is friendly.",
        "I, the declarant, of {}, make this declaration conscientiously believing it to be true.",
        "We rented at {} near the park until the landlord sold it.",
        "She's staying at {} with the cousins, six kids in three rooms.",
        "Address on file: {}  Phone: see below",
        "my aunty lives at {} you can't miss it, there's a mango tree",
        "Deliver the Webster-pak to {} on Fridays, the pharmacy knows.",
        "The perinatal team visited at {} and baby was feeding well.",
        "Postal: {}\nPage 3 of 3    Printed 0830",
        "He gave his address as {} but the corrections file says something else.",
        "From the bank statement: {} is where the cards go.",
        "they moved us to {} after the flood, the whole street went under",
        "Speaker 1   3:05\nwe're at {} now, the one with the broken fence",
        "Usual residence: {}\nGP: see above",
        "Next of kin address: {}",
        "The cyclone took the roof at {}, we lived in the hall after.",
        "Alamat saya {}, near the mosque, ya.",
        "Send the NDIS letter to {} not the old place.",
        "Welfare check requested at {} at 0830 by the in-reach team.",
    ],
    "DATE": [
        "OBR|1||||||{}||",
        "PV1|1|I|||||||||||||||||||||||||||||||||||||||||||{}|",
        "Her first dosing session is booked for {} and the integration call is the day after.",
        "Date of death: {}. Bereavement visit offered at six weeks.",
        "Mum passed on {} and we still haven't done the headstone unveiling.",
        "Declared at the courthouse on {} before me.",
        "The Mental Health Treatment Plan was prepared on {} and the review is due after six sessions.",
        "D.O.B.: {}   Sex: M   Indigenous status: not stated",
        "Admission date: {}\nDischarge summary\nPage 1 of 2",
        "kami pulang kampung tanggal {} untuk Lebaran, then I came back here, ya",
        "His last shift at the mine was {} and since then he's not slept, ISI 19.",
        "the cyclone hit on {} and that's when the dreams started",
        "Reminder: your appointment with the GP is on {} at 0830. Reply Y to confirm.",
        "Can we move the integration call to {}? I'm back on the farm that week.",
        "The funeral was {}, three days of it, and then I had to fly back to the camp.",
        "Since {} I haven't had a drink, not even kava.",
        "Script written {}, Endone 5 mg, no repeats, authority required.",
        "Speaker 2   15:48\nit was {}, I remember because it was the day after payday",
        "Date of declaration: {}",
        "Baby was born on {} and the EPDS at six weeks was 15.",
        "MSH|^~\\&|PAS|CMH|||{}||ADT^A01|",
        "Next review of the Mental Health Treatment Plan: {}.",
        "we had the 'apo for Grandpa on {}, the whole night singing",
        "Discharged {} on sertraline 100 mg and mirtazapine 30 mg nocte.",
        "The second MDMA session is pencilled in for {}, pending the MADRS.",
        "Stilnox 10 mg stopped on {}, BPRS 42 at the review.",
        "PCL-5 of 58 on {}, down from 66 at baseline.",
    ],
    "AGE": [
        "PID-7 gives her birth year only, age {} in the OBX note.",
        "Grandpa is {} now and still goes to the wharf every morning.",
        "my nana she's {} and she still tells me off in Tongan",
        "Age: {}   Sex: F   Ethnicity: Samoan",
        "Her aaji, aged {}, is the one who keeps the family together.",
        "He turned {} at the hospice and the whole church came to sing.",
        "Deceased was {} years old and died peacefully.",
        "Patient is a {} year old widow living alone on the station.",
        "My great-grandmother is {}, she remembers the war.",
        "The oldest one in the village, {}, gave the blessing before the counsellors started.",
        "kata Ibu, Eyang sudah {} tahun, but still sharp, ya",
        "PatientAge {} recorded on the scan.",
        "OBX|3|NM|AGE^Age at death||{}|a|",
        "Speaker 1   12:04\nShe was {} when she went, and sharp to the end, you know.",
        "Pt is {}, lives with daughter, mobilises with a frame, MMSE not done.",
        "we had the birthday for Papa, {}, the whole family came from Tonga",
        "Statutory declaration: my grandmother, who is {}, cannot sign for herself.",
        "bro my koro is like {} and he still drives the tractor on the farm",
        "Aaji ki umar {} hai, she says, and she wants to go back to Fiji to die.",
        "Resident, {}, bereaved husband; hospice follows up at six weeks.",
        "MADRS 29 and the WHODAS done; she cares for her mother, who is {}.",
        "Thank God, Nana made it to {} and saw all the great-grandkids.",
    ],
    "PHONE": [
        "You can call me on {} after the night shift.",
        "XTN: {}^PRN^PH",
        "Voicemail transcript: hi it's the bereavement nurse from the hospice, call me back on {}, thanks, bye.",
        "The EAP line number is {} and they are open 24 hours.",
        "Ph: {}\nFax: see letterhead",
        "my fa'e's number is {} but she only answers after church",
        "Ring the clinic on {} if you feel unsafe before the next dosing day.",
        "His mobile in the village is {}, the signal is bad, try at night.",
        "Contact (next of kin): {} - daughter",
        "WhatsApp Bapak di {} ya, he speaks a little English.",
        "the farm boss gave me {} but it goes to voicemail",
        "SMS from {}: Reminder, your appointment is tomorrow at 2.15pm.",
        "Speaker 2   7:12\nit's {}, that's my new number, the old one got cut off",
        "Please call {} to confirm the home visit, the perinatal nurse will answer.",
        "If no answer try the station homestead on {}.",
        "Mobile: {}   Preferred contact: SMS",
        "hi this is a message for the counsellor, my number is {}, ok bye",
        "The consulate gave me {} for emergencies.",
        "Fax referrals to {} marked urgent.",
        "ring my cousin on {} he will translate for mum",
        "gitu ya, kan I already gave you {} last time",
        "He flew home to Samoa for the funeral and {} is the number there.",
    ],
    "EMAIL": [
        "Email the treatment plan to {} please, not the practice address.",
        "NTE|1||Contact {}^NET^Internet|",
        "the counsellor said send the letter to {} and she'd sign it",
        "From: {}\nSent: Thursday\nSubject: integration notes",
        "My daughter set up {} for me, I never check it.",
        "You can reach the wellbeing officer at {} any time.",
        "Her email is {}, write it down before I forget.",
        "cc: {} (next of kin)",
        "He said {} is the one he uses for the church youth group.",
        "Please reply to {} with the signed statutory declaration.",
        "NK1|1|||||{}^NET^Internet|",
        "Send the scans to {} and cc the GP.",
        "my email is {}, all small letters",
        "Reply-To: {}",
        "The ethics office said to write to {} about the complaint.",
        "ok so it's {} yeah that's the hospice one",
        "Her old school email, {}, still gets the newsletters.",
    ],
    "URL": [
        "The family set up a page at {} for the repatriation costs.",
        "The funeral was streamed on {} for the relatives in Tonga.",
        "Book your review online: {}",
        "Join the integration call at {} five minutes early.",
        "they put everything on {} so the village could see",
        "I found the psilocybin trial information on {} but the waitlist is long.",
        "Intake form: {} (complete before the first session)",
        "my cousin keeps posting on {} about the accident and it sets me off",
        "The church page is {}, they post the prayer list there.",
        "Referrer information is on {}, the MDMA program page.",
        "Speaker 3   22:40\nyou can watch the whole service at {} if you missed it",
        "Updates on Aunty's recovery are posted at {} every evening.",
        "The cyclone appeal page, {}, raised enough for the roof.",
        "Consent information sheet: {}",
        "Ko e fakamatala 'oku 'i he {} for the youth camp.",
        "the GP sent me a link, {}, to book the review",
        "She follows {} and it's all diet stuff, EAT-26 was 31 last week.",
        "The White Sunday video is on {} now.",
        "My cousin in Indonesia sent me {}, it's about the psilocybin research in Papua New Guinea.",
    ],
    "SSN": [
        "PID|1||||||||||||||||||{}|",
        "My US social security number is {}, I need it for the VA claim.",
        "For the Foreign Medical Program form, SSN: {}",
        "he said the last four of his social are {}",
        "SSN {} is on the old Army papers in the suitcase.",
        "Social security no.: {}   Veteran: Y",
        "um the social is {} I think, my wife knows it better",
        "The VA wants the veteran's SSN, {}, on every page.",
        "Last 4 SSN: {}",
        "Declarant's US social security number: {}",
        "Veteran's SSN (PID-19): {}",
        "the number on his social security card is {}",
        "Her social is {} and the DD-214 is in the drawer.",
        "For the VA, quote the last four of the SSN, {}, on the phone.",
        "Taxpayer ID (US SSN): {} for the pension transfer.",
        "ssn {} he read it off the card",
    ],
    "ID": [
        "My Medicare number is {} and the card is expired.",
        "PID|1||{}^^^CMH^MR||",
        "DVA file number {}, she has the Gold Card.",
        "IHI: {}",
        "His NDIS number is {} and the plan review is overdue.",
        "Centrelink reference number {}, they cut the payment in 2019.",
        "PV1 visit number: {}",
        "PBS authority approval no. {} for the olanzapine 5 mg.",
        "MIN {} - in-reach review in the health centre.",
        "My FNPF number is {}, I need it to get the money out for the funeral.",
        "NIK saya {}, for the student health cover form.",
        "Kartu BPJS nomor {} is from home, it doesn't work here.",
        "Workers compensation claim number {} is still open.",
        "EAP case number {}, please quote it when you call back.",
        "Trial participant ID: {}",
        "My PNG NID is {} but the passport is with the employer.",
        "Medicare: {}  (IRN on the card)",
        "Speaker 1   9:55\num my Medicare number, hang on, it's {}",
        "Tongan passport number {} is on the visa paperwork.",
        "Her hospital UR number is {} at the base hospital.",
        "Prescription number {} - desvenlafaxine 50 mg, two repeats.",
    ],
}
