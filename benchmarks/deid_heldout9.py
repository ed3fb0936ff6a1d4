"""An eleventh SYNTHETIC transcript set for benchmarks/deid.py: the ninth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented
for this file (real cities, towns, neighbourhoods, townships, barangays and landmarks are used
as places only, never with a person; every hospice, clinic, school, church, mosque, temple,
shop and workplace name is made up).  Written on 2026-12-06 by an engineer who had NOT seen
the de-identifier's rules, its docs page, its tests or the contents of the earlier sets (only
benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout8.py their docstrings, plus the ``value`` signature and the
``TEMPLATES`` shape of deid_heldout8.py, for the format), in one go, before any run; no rule
and no line of this file was changed after its first run.  It measures how the rules do on
talk they were not written for.

Style: talk and text from settings the earlier docstrings do not name as theirs -- twelve-step
and other mutual-aid meeting shares (chips, sponsors, the rooms), hospital and hospice
chaplaincy visits and bereavement follow-up (rosary, anointing, janazah, tombstone unveiling),
Open Dialogue network meetings and family sessions with several speakers in one turn
(``DAD:``, ``SISTER:``, ``[overlapping]``), child ADHD and autism assessments with a parent
present, WhatsApp-style exports with ``[21:47]`` time stamps, clinician voice-memo dictation
with spoken punctuation (``comma``, ``full stop``, ``new paragraph``), research-interview
transcripts with ``I:``/``P:`` labels and ``[inaudible 00:14:22]``, ``[crosstalk]``,
``[laughs]`` and ``(.)`` tags, paramedic and fire-crew critical-incident debriefs, a
gambling helpline, domestic-abuse advocacy (IDVA, MARAC, refuges), Mental Health Act
assessments and tribunals (AMHP, section 2), ECT and transplant / bariatric pre-surgical
psychology, genetic and fertility counselling, art and music therapy with children, sports
psychology, a legal psilocybin service centre, medical-aid / HMO pre-authorisation calls and
intake forms read aloud; in Indian, Nigerian, Irish, Scottish, South African, Filipino
(Taglish) and Caribbean English as well as US and English English.
Identifier forms, chosen to differ from the earlier sets' lists where possible: a name as a
speaker label inside a turn (``Rodel: [crosstalk] no, no``), first name with a surname initial
as in mutual-aid rooms (``Kemar B.``), South Indian initials before the given name (``K. R.
Nandini``), honorifics after the name kept outside the span (``-ji``, ``sir``, ``Aunty``) and
kin and other titles before it (``Kuya``, ``Tita``, ``Tannie``, ``Wee``, ``Father``, ``Mama`` as a
teknonym, ``Alhaji``, ``Miss``), ``X and them``, Irish and Gaelic names as ASR spells them by
sound (``neeve``, ``seersha``, ``tige``), three-part Filipino and Nigerian names, word-names
from these communities (Blessing, Patience, Comfort, Godswill, Favour, Sunday, Innocent,
Memory, Gift, Lucky, Girlie, Baby) and surnames that are words (Engineer, Contractor, Sunday,
Grant, Lynch); and the everyday ones (first names alone, full names, surnames after a title,
possessives with the ``'s`` outside the span, names at the start of a sentence, lower-case
ASR names), from Hausa, Edo, Efik, Ijaw, Tiv, Xhosa, Sotho, Tswana, Venda, Tsonga, Afrikaans,
Marathi, Kannada, Odia, Assamese, Kashmiri, Parsi, Goan, Tagalog, Visayan, Ilocano,
Jamaican, Trinidadian, Bajan, Indo-Caribbean, Irish and Scottish Gaelic families.  Places:
Nigerian, South African, Indian, Philippine, Caribbean, Irish and Scottish towns, suburbs,
townships and neighbourhoods, Irish counties, local nicknames (``PH``, ``Joburg``, ``Mo
Bay``, ``Durbs``), invented hospices, infirmaries, community mental-health teams, rehabs,
mother-and-baby units, primary schools and academies, tabernacles, parishes, masjids,
mandirs, call centres, spaza shops, roti shops and taverns, real landmarks, lower-case ASR
places.  Addresses: Glasgow tenement flat positions (``Flat 2/1``), Irish house-name rural
addresses and Dublin postal districts, Nigerian ``No. 14, ... Close, off ... Road``, South
African stand / erf and township zone addresses, Philippine block-and-lot with barangay,
Jamaican lots and Kingston postal numbers, Trinidad ``LP`` numbers, Indian addresses located
by a landmark (``near Hanuman Mandir``) with a PIN code, ``c/o`` lines, and spoken ones (``flat
two stroke one``).  Dates: WhatsApp export stamps (``23/09/2025``), day-first short
(``23/9``), ``23rd Sept``, ``September the 23rd``, ``23 Sep '25``, ``Tue 23 Sep``, Roman-numeral
months (``23.IX.2025``), compact military / pharmacy (``23SEP2025``), ``the twenty-third of the
ninth``, spoken years (``nineteen thirty-one``), month and year, ``the 23rd`` alone, lower-case
ASR dates, and one form in twenty a fixed-date holiday (``Boxing Day``, ``Hogmanay``,
``St Patrick's Day``: it names a month and day, so it is planted as a date -- a judgement call).
Ages over 89: digits, words with hyphen or space or capitals, ``a hundred and two``,
``one-oh-two``, ``ninety-two and a half``, with the unit (``years old``, ``-year-old``) in
the carrier or none at all.  Phones: Nigerian, South African, Indian, Philippine, Jamaican / Trinidadian, Irish,
Scottish and US numbers, with ``(0)`` trunk digits after the country code, STD codes in
brackets, run together, and spoken digit by digit with ``oh``, ``nought`` and ``double``.
Emails: Indian ``at the rate``, spoken with ``dot`` and ``underscore``, ``mailto:``, angle
brackets, a space around ``@``, a comma typed for the last dot, country domains (``.co.za``,
``.com.ph``, ``.co.in``, ``.ie``, ``.com.ng``, ``.scot``).  URLs: ``wa.me`` and ``t.me``
links, WhatsApp group invites, Spotify playlists, SoundCloud, YouTube handles and short
links, Google Forms / Drive / Sites, Dropbox, Padlet, Wix and Substack pages, Office forms,
Vimeo livestreams of funerals, memorial pages, with and without scheme, with tracking
queries, spoken with ``forward slash``.  SSNs: dashes, spaces, slashes, none, masked with
asterisks, the last four alone, spoken with ``oh`` and in groups.  IDs (the cue always in
the carrier, never in the span): NHS and Scottish CHI numbers, UK National Insurance numbers,
South African ID numbers, PhilHealth, Jamaican TRN, Nigerian NIN and NHIS numbers, Indian UHID,
Irish medical-card numbers, Australian Medicare numbers, medical-aid and HMO member numbers,
pre-authorisation references, crime reference and MARAC numbers, children's panel case numbers,
prescription, hospital, account and self-exclusion numbers, UK-style driving licences, some
spoken.
A title, kin word or honorific next to a name, an article before a place and a possessive
``'s`` stay outside the span; a date's own words (``the 23rd of September``) are inside it.
``value`` and the template are drawn independently (deid.py's design), so now and then a form
sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (Antabuse, Campral
666 mg, thiamine 100 mg, chlordiazepoxide, mirtazapine 15 mg, quetiapine 25, escitalopram,
sertraline 50, lithium 800, clozapine, Concerta 18 mg, propranolol 40 mg, zopiclone 7.5,
morphine 2.5 mg, psilocybin 25 mg), scales and scores (CORE-10 of 18, K10 28, HAM-D 22, YBOCS
24, Vanderbilt, CIWA, PPS 40%, BMI 14.2, PG-SI, MMSE 19, Psalm 23), ages under 90 (89, 67, 64,
34 weeks), bare years, countries (Scotland, Ireland, Nigeria, India, South Africa, the
Philippines, Jamaica, Canada, England, Korea), weekdays alone, times of day (half seven, 02:40,
3 a.m., 10:30), durations (ninety days, eighteen months, nine days), God, the Lord, kin words
as common nouns (gogo, lola, ouma, nani, mammy, granda, the weans, my da, tita) and place-like
common words (the rooms, the bookies, the shebeen, the taxi rank, the barangay health centre,
the mandir, the mosque, the chapel, A&E, the GP, the refuge, the car park).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random
import unicodedata

# -- people: invented combinations of common given names and surnames ---------------------------
FIRST = [
    # Hausa, Edo, Efik, Ijaw, Tiv, Yoruba / Igbo word-names
    "Aminu", "Hadiza", "Sani", "Binta", "Abdullahi", "Osaze", "Efosa", "Ekaette", "Ime", "Ebiere", "Tarila",
    "Terna", "Doosuur", "Blessing", "Patience", "Comfort", "Godswill", "Favour", "Sunday", "Innocent",
    "Oluwadamilare", "Chiamaka", "Tunde", "Nkechi",
    # Xhosa, Sotho, Tswana, Venda, Tsonga, Afrikaans, SA word-names
    "Lwazi", "Siyabonga", "Nomvula", "Ayanda", "Lerato", "Palesa", "Tumelo", "Kagiso", "Mpho", "Rudzani",
    "Ntsako", "Hlulani", "Riaan", "Elmarie", "Hannes", "Marietjie", "Memory", "Gift", "Lucky",
    # Marathi, Kannada, Odia, Assamese, Kashmiri, Parsi, Goan
    "Shruti", "Aniket", "Prajakta", "Sushant", "Kavya", "Nandini", "Girish", "Subhashree", "Debashish",
    "Bornali", "Pranjal", "Mehak", "Zarine", "Cyrus", "Dinshaw", "Perizad", "Jerome", "Lavina",
    # Tagalog, Visayan, Ilocano
    "Maricel", "Rodel", "Girlie", "Baby", "Lorna", "Ramil", "Analyn", "Marites", "Jomar", "Kristine", "Arnel",
    # Jamaican, Trinidadian, Bajan, Indo-Caribbean
    "Keisha", "Delroy", "Marcia", "Dwayne", "Shanice", "Kareem", "Hyacinth", "Winston", "Savitri", "Anand",
    "Neisha", "Everton", "Kemar", "Jhanelle",
    # Irish and Scottish
    "Niamh", "Cian", "Oisín", "Saoirse", "Clodagh", "Darragh", "Eoghan", "Fionnuala", "Tadhg", "Róisín",
    "Pádraig", "Gráinne", "Eilidh", "Ruairidh", "Mhairi", "Catriona", "Iain", "Alasdair", "Kirsty", "Callum",
    "Morag", "Hamish", "Euan", "Ishbel",
]
LAST = [
    "Danjuma", "Effiong", "Okon", "Ikpeme", "Tarfa", "Aondona", "Igbinedion", "Osagie", "Ebiwari", "Ogunleye",
    "Nwachukwu", "Bello", "Sunday",
    "Mthembu", "Mokoena", "Sithole", "Radebe", "Mashaba", "Maluleke", "Mudau", "Pietersen", "Jacobs", "Botha",
    "Kulkarni", "Deshpande", "Hegde", "Patnaik", "Baruah", "Kaul", "Wadia", "Mistry", "Contractor", "Engineer",
    "Fernandes", "Rodrigues", "Naik",
    "Dimaculangan", "Macaraeg", "Villanueva", "Bautista", "Pangilinan", "Magbanua", "Dizon", "Ocampo",
    "Tolentino",
    "McKenzie", "Ramdass", "Persad", "Maharaj", "Brathwaite", "Forbes", "Grant", "Blackwood", "Thwaites",
    "Ramlogan", "Sealy",
    "Fitzpatrick", "Mulcahy", "Geraghty", "Lynch", "Hegarty", "Cullinane", "MacLeod", "Sutherland", "Mackay",
    "Urquhart", "McGillivray", "Lennox", "Baird",
]
NICK = ["Shug", "Rab", "Tam", "Jun-Jun", "Bongi", "Thabs", "Dami", "Lizzy", "Kez", "Bong", "Chichi", "Shaz",
        "Paddy", "Fifi", "Boyboy", "Ricky-Lee", "Dotty", "Titi"]
# Gaelic names as speech recognition spells them by sound
ASR_SOUND = ["neeve", "keeva", "seersha", "tige", "eefa", "roshin", "feenola", "shivaun", "oshin", "kee-ran",
             "grawnya", "ee-lee", "ruairi"]
INDIAN_GIVEN = ["Nandini", "Lakshmi", "Girish", "Meenakshi", "Kavya", "Sushant", "Venkatesh", "Kamala"]


def _person(r: random.Random) -> str:
    f, last = r.choice(FIRST), r.choice(LAST)
    form = r.choices(range(9), weights=[6, 4, 1, 1, 1, 1, 1, 1, 1])[0]
    if form == 0:
        return f
    if form == 1:
        return f"{f} {last}"
    if form == 2:
        return last
    if form == 3:  # mutual-aid rooms: first name and the surname's initial
        return f"{f} {last[0]}."
    if form == 4:
        return r.choice(NICK)
    if form == 5:  # lower-case ASR
        return r.choice([f, f"{f} {last}"]).lower()
    if form == 6:  # three-part names
        return f"{f} {r.choice(FIRST)} {last}"
    if form == 7:  # South Indian: initials before the given name
        return f"{r.choice('KRSTVMN')}. {r.choice('KRSTVMNP')}. {r.choice(INDIAN_GIVEN)}"
    return r.choice(ASR_SOUND)


# -- places ---------------------------------------------------------------------------------------
TOWNS = [
    "Enugu", "Ibadan", "Port Harcourt", "Ikeja", "Surulere", "Yaba", "Lekki", "Garki", "Wuse", "Abeokuta",
    "Benin City", "Calabar", "Uyo", "Makurdi",
    "Soweto", "Khayelitsha", "Mitchells Plain", "Umlazi", "Sea Point", "Stellenbosch", "Gqeberha", "Polokwane",
    "Mthatha", "Tembisa", "Pietermaritzburg", "Bloemfontein",
    "Pune", "Kochi", "Thane", "Koramangala", "Andheri", "Banjara Hills", "Jayanagar", "Guwahati", "Bhubaneswar",
    "Mysuru", "Margao", "Srinagar", "Nagpur",
    "Quezon City", "Cebu City", "Davao", "Marikina", "Tondo", "Bacolod", "Iloilo", "Pasig", "Caloocan",
    "Dumaguete", "Baguio",
    "Spanish Town", "Mandeville", "Montego Bay", "May Pen", "San Fernando", "Chaguanas", "Bridgetown", "Arima",
    "Half Way Tree", "Ocho Rios", "Point Fortin", "Linstead",
    "Tallaght", "Ballymun", "Castlebar", "Ennis", "Dundalk", "Athlone", "Clondalkin", "Letterkenny", "Tralee",
    "Mullingar",
    "Easterhouse", "Govan", "Leith", "Paisley", "Motherwell", "Kirkcaldy", "Dundee", "Inverness", "Drumchapel",
    "Partick", "Stornoway", "Fort William",
    "Ashland", "Bend", "Hilo", "Peckham", "Moss Side",
]
COUNTIES = ["Co. Mayo", "County Clare", "Co. Leitrim", "County Donegal", "Co. Offaly", "Lanarkshire", "Fife",
            "Ayrshire", "Ernakulam", "Kiambu"]
NICKNAMES = ["PH", "Joburg", "Mo Bay", "Durbs", "PE", "Glesga", "Maritzburg", "Festac", "QC", "Bombay"]
FACILITIES = [
    "St. Columba's Hospice", "Ardgowan House Hospice", "Glenmorven Royal Infirmary", "Carnbroe CMHT",
    "Inchmarlo Recovery House", "Serenity Haven Rehab", "Sunbird Mother and Baby Unit", "Lagoon View Clinic",
    "Holy Cross Primary", "St. Aidan's High School", "Kilmory Academy", "Bishop Magwaza Secondary",
    "Living Waters Tabernacle", "Christ Ascension Assembly", "Our Lady of Fatima Parish", "Masjid an-Nur",
    "Shree Jagannath Mandir", "Karuna Zen Centre", "Bayview BPO", "Ferrybank Meats", "Okonjo Motors",
    "Mahlangu Spaza", "Ramlogan's Roti Shop", "Nkosi's Tavern", "Umoya Wellness Centre", "Kapwa Counselling Hub",
    "Cedar Ridge Psilocybin Service Center", "Ballinteer Family Resource Centre", "Thornhill Fire Station",
    "Dunmore Park Crematorium", "St. Brendan's Hospital", "Sampaguita Medical Center",
]
LANDMARKS = ["Calton Hill", "Howth Head", "Rizal Park", "Emancipation Park", "the Kelpies", "Marine Drive",
             "Bandra Fort", "Tafawa Balewa Square", "Queen's Park Savannah", "Signal Hill", "Salmon Weir Bridge"]


def _location(r: random.Random) -> str:
    form = r.choices(range(6), weights=[6, 4, 1, 1, 1, 1])[0]
    if form == 0:
        return r.choice(TOWNS)
    if form == 1:
        return r.choice(FACILITIES)
    if form == 2:
        return r.choice(LANDMARKS)
    if form == 3:
        return r.choice(COUNTIES)
    if form == 4:
        return r.choice(NICKNAMES)
    return r.choice(TOWNS + FACILITIES).lower()


# -- numbers in words -------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth"]


def _words(n: int, sep: str = "-") -> str:
    """0..99 in words."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else f"{TENS[t]}{sep}{UNITS[u]}"


def _ordinal_words(n: int) -> str:
    """1..31 as an ordinal in words."""
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return {2: "twentieth", 3: "thirtieth"}[t]
    return f"{TENS[t]}-{ORD_UNITS[u]}"


def _suffix(d: int) -> str:
    return "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _digits_spoken(s: str, r: random.Random) -> str:
    """Digits read out one by one; zero as oh / nought / zero, and now and then "double"."""
    zero = r.choice(["oh", "nought", "zero", "oh"])
    words, i = [], 0
    while i < len(s):
        ch = s[i]
        if not ch.isdigit():
            i += 1
            continue
        w = zero if ch == "0" else UNITS[int(ch)]
        if i + 1 < len(s) and s[i + 1] == ch and r.random() < 0.5:
            words.append(f"double {w}")
            i += 2
        else:
            words.append(w)
            i += 1
    return " ".join(words)


# -- addresses --------------------------------------------------------------------------------
STREET_WORDS = ["Craigmount", "Kilbride", "Ashgrove", "Adewunmi", "Mhlaba", "Sonnedal", "Mabini", "Sampaguita",
                "Tulip", "Hibiscus", "Larkhall", "Dunvegan", "Oduduwa", "Kerkhof", "Ipil-Ipil", "Anchorage",
                "Guava Tree", "Lotus", "Brackenbrae", "Rathmore"]
HOUSE_NAMES = ["Rose Cottage", "Tigh na Mara", "The Old Schoolhouse", "Hillview", "Glenside", "Sruthán House"]


def _address(r: random.Random) -> str:
    n = r.randint
    st = r.choice(STREET_WORDS)
    form = r.randrange(11)
    if form == 0:  # Glasgow tenement: floor / position
        return f"Flat {n(0, 3)}/{n(1, 3)}, {n(2, 240)} {st} Street" + r.choice(["", ", Partick", ", Govan"])
    if form == 1:  # Irish rural house name, townland, county
        return f"{r.choice(HOUSE_NAMES)}, {r.choice(['Knockbrack', 'Cloonfad', 'Derrylin', 'Ballycroy'])}, " \
               f"{r.choice(['Co. Leitrim', 'Co. Mayo', 'Co. Roscommon', 'Co. Clare'])}"
    if form == 2:  # Dublin postal district
        return f"{n(1, 120)} {st} Lawn, {r.choice(['Tallaght', 'Clondalkin', 'Ballymun'])}, Dublin {n(5, 24)}"
    if form == 3:  # Nigerian
        return f"No. {n(1, 60)}, {st} Close, off {r.choice(['Allen Avenue', 'Ogui Road', 'Aba Road'])}, " \
               f"{r.choice(['Ikeja', 'Enugu', 'Port Harcourt', 'Surulere'])}"
    if form == 4:  # South African township stand / erf
        return r.choice([f"Stand {n(100, 9999)}, Zone {n(1, 9)}, {r.choice(['Soshanguve', 'Umlazi', 'Tembisa'])}",
                         f"Erf {n(100, 9999)}, {st} Street, {r.choice(['Mitchells Plain', 'Khayelitsha'])}",
                         f"Unit {n(1, 40)}, {st} Complex, {n(1, 99)} Kerk Street"])
    if form == 5:  # Philippine block and lot with barangay
        return f"Blk {n(1, 30)} Lot {n(1, 40)}, {st} St., Brgy. {r.choice(['San Roque', 'Malanday', 'Lahug'])}, " \
               f"{r.choice(['Marikina', 'Cebu City', 'Pasig'])}"
    if form == 6:  # Jamaican lots / Kingston postal numbers; Trinidad LP numbers
        return r.choice([f"Lot {n(100, 2999)}, Phase {n(1, 3)}, Greater Portmore",
                         f"{n(1, 80)} {st} Drive, Mona Heights, Kingston {n(2, 19)}",
                         f"LP {n(1, 120)}, {st} Trace, {r.choice(['Arima', 'Chaguanas', 'Point Fortin'])}"])
    if form == 7:  # Indian, located by a landmark, with a PIN code
        near = r.choice(["Hanuman Mandir", "the bus depot", "Saraswati School"])
        area = r.choice(["Andheri East", "Koramangala", "Jayanagar"])
        city = r.choice(["Mumbai 400069", "Bengaluru 560034", "Pune 411038"])
        return f"{r.choice('ABCD')}-{n(101, 1204)}, {st} Apartments, near {near}, {area}, {city}"
    if form == 8:  # care-of line, English
        who = f"{r.choice(FIRST)} {r.choice(LAST)}"
        return f"c/o {who}, {n(1, 99)} {st} Road, {r.choice(['Peckham', 'Moss Side', 'Leith'])}"
    if form == 9:  # spoken
        flat = f"flat {_words(n(1, 3))} stroke {_words(n(1, 3))}"
        return r.choice([f"{flat}, {_words(n(20, 99), ' ')} {st.lower()} street",
                         f"number {_words(n(1, 99), ' ')}, {st} Crescent",
                         f"{_words(n(10, 99), ' ')} {_words(n(10, 99), ' ')} {st.lower()} avenue"])
    # US, several layouts
    return r.choice([f"{n(100, 9899)} {st} Ave, Apt {n(1, 30)}{r.choice('ABCD')}",
                     f"{n(10, 999)} {st} Rd, Bend, OR 977{n(0, 99):02d}",
                     f"{n(1000, 4999)} NE {st} St"])


# -- dates ------------------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
HOLIDAYS = ["Boxing Day", "Christmas Day", "St Patrick's Day", "Hogmanay", "New Year's Day", "Valentine's Day",
            "Halloween", "Christmas Eve"]


def _date(r: random.Random) -> str:
    n = r.randint
    m, d, y = n(1, 12), n(1, 28), n(1931, 2026)
    mon, ab, yy = MONTHS[m - 1], ABBR[m - 1], y % 100
    forms = [
        f"{d}/{m}",                                   # day-first short
        f"{d:02d}/{m:02d}/{y}",                       # WhatsApp export stamp
        f"{m}/{d}/{yy:02d}",                          # US short
        f"{d}{_suffix(d)} {ab}",                      # 23rd Sept
        f"{ab} {d}{_suffix(d)}",
        f"the {d}{_suffix(d)} of {mon}",
        f"{mon} the {d}{_suffix(d)}",
        f"{d} {ab} '{yy:02d}",
        f"{r.choice(DOW)} {d} {ab}",
        f"the {_ordinal_words(d)}",
        f"the {_ordinal_words(d)} of the {_ordinal_words(m)}",
        f"{d}.{ROMAN[m - 1]}.{y}",
        f"{d:02d}{ab[:3].upper()}{y}",                # compact military / pharmacy
        f"the {_ordinal_words(d)} of {mon}, nineteen {_words(n(25, 99))}",
        f"{mon} {y}",
        f"the {d}{_suffix(d)}",
        f"{mon} {d}, {y}",
        f"{d}-{m:02d}-{y}",
        f"{mon.lower()} {_ordinal_words(d)}",         # ASR
        f"{d} {mon} {y}",
    ]
    if r.random() < 0.05:
        return r.choice(HOLIDAYS)
    return r.choice(forms)


# -- ages over 89 -----------------------------------------------------------------------------
def _age(r: random.Random) -> str:
    a = r.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 106])
    form = r.randrange(7)
    if form in (0, 1):
        return str(a)
    if a >= 100:
        rest = a - 100
        if form == 2:
            return r.choice(["a hundred", "one hundred", "hundred"]) + ("" if rest == 0 else f" and {UNITS[rest]}")
        if form == 3:
            return f"one-oh-{UNITS[rest]}" if rest else "a hundred"
        return str(a) if form == 4 else r.choice(["a hundred and two", "one hundred and four", "a hundred"])
    words = _words(a, r.choice(["-", " "]))
    if form == 2:
        return words
    if form == 3:
        return words.capitalize()
    if form == 4:
        return f"{words} and a half"
    if form == 5:
        return str(a)
    return words.upper() if r.random() < 0.3 else words


# -- phones -----------------------------------------------------------------------------------
def _phone_written(r: random.Random) -> str:
    n = r.randint
    a, b = n(100, 999), n(1000, 9999)
    country = r.randrange(8)
    if country == 0:  # Nigeria
        p = r.choice(["803", "806", "813", "816", "703", "706", "903", "905", "802", "808"])
        return r.choice([f"0{p} {a} {b}", f"0{p}-{a}-{b}", f"0{p}{a}{b}", f"+234 {p} {a} {b}",
                         f"+234 (0) {p} {a} {b}", f"+234{p}{a}{b}"])
    if country == 1:  # South Africa
        p = r.choice(["82", "83", "72", "73", "84", "61", "71"])
        return r.choice([f"0{p} {a} {b}", f"0{p}-{a}-{b}", f"+27 {p} {a} {b}", f"+27 (0){p} {a} {b}",
                         f"0{p}{a}{b}", f"021 {a} {b}"])
    if country == 2:  # India
        f5, l5 = f"{n(7, 9)}{n(1000, 9999)}", f"{n(10000, 99999)}"
        return r.choice([f"{f5} {l5}", f"+91 {f5} {l5}", f"+91-{f5}-{l5}", f"0{f5} {l5}",
                         f"080-2{a} {b}", f"(022) 2{a} {b}"])
    if country == 3:  # Philippines
        p = n(15, 99)
        return r.choice([f"09{p}-{a}-{b}", f"+63 9{p} {a} {b}", f"09{p} {a} {b}", f"(02) 8{a}-{b}",
                         f"+639{p}{a}{b}"])
    if country == 4:  # Jamaica / Trinidad
        code = r.choice(["876", "868", "246"])
        return r.choice([f"({code}) {a}-{b}", f"{code}-{a}-{b}", f"1-{code}-{a}-{b}", f"+1 {code} {a} {b}",
                         f"1 ({code}) {a} {b}"])
    if country == 5:  # Ireland
        return r.choice([f"08{n(3, 9)} {a} {b}", f"+353 8{n(3, 9)} {a} {b}", f"+353 (0)8{n(3, 9)} {a} {b}",
                         f"(01) 4{n(10, 99)} {b}", f"091 5{n(10, 99)}{n(100, 999)}", f"08{n(3, 9)}-{a}{b}"])
    if country == 6:  # Scotland / UK
        return r.choice([f"0141 496 0{n(100, 999)}", f"(0141) 496 0{n(100, 999)}", f"07700 900{n(100, 999)}",
                         f"+44 (0)7700 900 {n(100, 999)}", f"+44 7700 900{n(100, 999)}", f"0131-496-0{n(100, 999)}",
                         f"01851 70{n(1000, 9999)}"])
    return r.choice([f"(541) {a}-{b}", f"541-{a}-{b}", f"541.{a}.{b}", f"(808){a}-{b}"])


def _phone(r: random.Random) -> str:
    written = _phone_written(r)
    if r.random() < 0.2:
        spoken = _digits_spoken(written.replace("+", ""), r)
        return ("plus " + spoken) if written.startswith("+") else spoken
    return written


# -- email ------------------------------------------------------------------------------------
DOMAINS = ["gmail.com", "yahoo.com", "yahoo.co.uk", "rediffmail.com", "yahoo.co.in", "outlook.ie", "eircom.net",
           "webmail.co.za", "mweb.co.za", "yahoo.com.ph", "hotmail.co.uk", "btinternet.com", "icloud.com",
           "stcolumbashospice.org.uk", "serenityhaven.com.ng", "kapwacounselling.ph", "umoyawellness.co.za",
           "carnbroe.scot", "lagoonviewclinic.com.ng", "cedarridgepsc.org"]


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _local(r: random.Random) -> str:
    f, last = _ascii(r.choice(FIRST)).lower(), _ascii(r.choice(LAST)).lower()
    n = r.randint
    return r.choice([f"{f}.{last}", f"{f}{last[0]}{n(1, 99)}", f"{f}_{last}{n(60, 99)}", f"{last}.{f[0]}",
                     f"{f}{n(1980, 2005)}", f"{f}.{last}{n(1, 9)}", f"{f[0]}{last}"])


def _email(r: random.Random) -> str:
    local, dom = _local(r), r.choice(DOMAINS)
    form = r.choices(range(8), weights=[8, 2, 2, 1, 1, 1, 1, 1])[0]
    if form == 0:
        return f"{local}@{dom}"
    spoken_local = local.replace(".", " dot ").replace("_", " underscore ")
    spoken_dom = dom.replace(".", " dot ")
    if form == 1:
        return f"{spoken_local} at {spoken_dom}"
    if form == 2:  # Indian English
        return f"{spoken_local} at the rate {spoken_dom}"
    if form == 3:
        return f"{local} @ {dom}"
    if form == 4:  # a comma typed for the last dot
        head, _, tail = dom.rpartition(".")
        return f"{local}@{head},{tail}"
    if form == 5:
        return f"mailto:{local}@{dom}"
    if form == 6:
        return f"<{local}@{dom}>"
    return f"{local}@{dom}".capitalize()


# -- URLs -------------------------------------------------------------------------------------
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
SLUGS = ["kapwa-grief-circle", "umoya-healing", "sunbird-mums", "stcolumbas-bereavement", "carnbroe-carers",
         "recovery-in-the-rooms", "cedar-ridge-integration", "glenmorven-chaplaincy", "ballinteer-parents",
         "lagoon-view-family", "gogo-remembered", "lolas-kitchen-memorial", "naija-sober-sisters"]


def _code(r: random.Random, k: int) -> str:
    return "".join(r.choice(ALNUM) for _ in range(k))


def _handle(r: random.Random) -> str:
    f, last = _ascii(r.choice(FIRST)).lower(), _ascii(r.choice(LAST)).lower()
    return r.choice([f"{f}{last}{r.randint(1, 99)}", f"{f}_{r.randint(70, 99)}", f"the_{f}_journey",
                     f"{f}.{last}", f"{last}family"])


def _url(r: random.Random) -> str:
    n = r.randint
    h, slug = _handle(r), r.choice(SLUGS)
    body = r.choice([
        f"wa.me/{r.choice(['234', '27', '63', '91', '353'])}{n(700000000, 999999999)}",
        f"t.me/{h}",
        f"chat.whatsapp.com/{_code(r, 22)}",
        f"facebook.com/groups/{slug}",
        f"m.facebook.com/{h}",
        f"open.spotify.com/playlist/{_code(r, 22)}",
        f"soundcloud.com/{h}/{slug}",
        f"youtube.com/@{h}",
        f"youtu.be/{_code(r, 11)}",
        f"docs.google.com/forms/d/e/{_code(r, 24)}/viewform",
        f"drive.google.com/file/d/{_code(r, 25)}/view",
        f"dropbox.com/s/{_code(r, 15).lower()}/{slug}.pdf",
        f"padlet.com/{h}/{slug}",
        f"sites.google.com/view/{slug}",
        f"{h.replace('.', '').replace('_', '')}.wixsite.com/{slug}",
        f"{h.replace('.', '').replace('_', '')}.substack.com",
        f"forms.office.com/r/{_code(r, 10)}",
        f"vimeo.com/event/{n(1000000, 4999999)}",
        f"www.{slug.replace('-', '')}.org.uk/support",
        f"www.{slug.replace('-', '')}.co.za",
        f"{slug.replace('-', '')}.ie/memorial/{n(1000, 99999)}",
        f"{slug.replace('-', '')}.com.ng/rehab-appeal?utm_source=whatsapp",
        f"{slug.replace('-', '')}.org",
        f"{slug.replace('-', '')}.co.za",
    ])
    form = r.choices(range(5), weights=[5, 2, 1, 1, 1])[0]
    if form == 1:
        return f"https://{body}"
    if form == 2:
        return f"http://{body}"
    if form == 3:  # www. only where the site itself answers to it
        bare = body.split("/")[0].count(".") == 1 and not body.startswith(("wa.me", "t.me", "youtu.be"))
        return f"https://www.{body}" if bare else f"https://{body}"
    if form == 4:  # spoken
        return body.replace("/", " forward slash ").replace(".", " dot ")
    return body


# -- SSNs -------------------------------------------------------------------------------------
def _ssn(r: random.Random) -> str:
    n = r.randint
    a, b, c = n(100, 665), n(10, 99), n(1000, 9999)
    form = r.choices(range(8), weights=[4, 2, 1, 1, 1, 1, 1, 1])[0]
    if form == 0:
        return f"{a}-{b}-{c}"
    if form == 1:
        return f"{a} {b} {c}"
    if form == 2:
        return f"{a}{b}{c}"
    if form == 3:
        return f"{a}/{b}/{c}"
    if form == 4:  # masked
        return f"***-**-{c}"
    if form == 5:  # the last four alone
        return str(c)
    if form == 6:  # spoken digit by digit
        return f"{_digits_spoken(str(a), r)}, {_digits_spoken(str(b), r)}, {_digits_spoken(str(c), r)}"
    hi, lo = divmod(c, 100)
    return f"{_digits_spoken(str(a), r)}, {_words(b)}, {_words(hi)} {_words(lo) if lo >= 10 else 'oh ' + UNITS[lo]}"


# -- other identifying numbers (the cue is in the template) ------------------------------------
def _record(r: random.Random) -> str:
    n = r.randint
    letters = "ABCDEFGHJKLMNPRSTWXYZ"
    d, m, yy = n(1, 28), n(1, 12), n(0, 99)
    forms = [
        f"{n(400, 499)} {n(100, 999)} {n(1000, 9999)}",                           # NHS
        f"{d:02d}{m:02d}{yy:02d}{n(1000, 9999)}",                                  # CHI
        f"{d:02d}{m:02d}{yy:02d} {n(1000, 9999)}",
        f"{r.choice(letters)}{r.choice(letters)} {n(10, 99)} {n(10, 99)} {n(10, 99)} {r.choice('ABCD')}",  # NI no.
        f"{yy:02d}{m:02d}{d:02d}{n(1000, 9999)}0{n(80, 89)}",                      # SA ID
        f"{n(10, 99)}-{n(100000000, 999999999)}-{n(0, 9)}",                        # PhilHealth
        f"{n(100, 199)}-{n(100, 999)}-{n(100, 999)}",                              # TRN
        f"{n(10000000000, 99999999999)}",                                          # NIN
        f"NHIS/{r.choice(['LAG', 'ABJ', 'ENU', 'KAN'])}/{n(2010, 2025)}/{n(1, 99999):06d}",
        f"{n(10, 99)}{n(1000000, 9999999)}",                                       # UHID
        f"{n(1000000, 9999999)}{r.choice(letters)}",                               # Irish medical card
        f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}",                            # Australian Medicare
        f"{r.choice(['UMH', 'KMA', 'PRM'])} {n(100, 999)} {n(100, 999)} {n(100, 999)}",  # medical aid
        f"PA-{n(2019, 2026)}-{n(1000000, 9999999)}",                               # pre-authorisation
        f"CR/{n(0, 9999999):07d}/{n(18, 26)}",                                     # crime reference
        f"MAR-{r.choice(['GLW', 'EDI', 'FIF'])}-{n(100, 9999):04d}",               # MARAC
        f"{n(0, 999999):07d}-{n(1, 12):02d}",                                      # prescription
        f"{r.choice('KHMR')}{n(100000, 9999999)}",                                 # hospital / unit
        f"{n(10, 99)}-{n(1000000, 9999999)}-{n(10, 99)}",                          # HMO member
        f"CHP/{n(18, 26)}/{n(1000, 9999)}",                                        # children's panel case
        f"{n(10000000, 99999999)}",                                                # account
        f"GS-{n(100000, 999999)}-{r.choice(letters)}{r.choice(letters)}",          # self-exclusion
        f"{_ascii(r.choice(LAST)).upper()[:5]:9<5}{n(100000, 999999)}{r.choice(letters)}{r.choice(letters)}9"
        f"{r.choice(letters)}{r.choice(letters)}",                                 # UK-style driving licence
    ]
    out = r.choice(forms)
    if r.random() < 0.12 and any(ch.isdigit() for ch in out):  # a numeric one read out
        out = _digits_spoken(str(n(1000000, 99999999)), r)
    return out


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
        return _record(r)
    raise ValueError(kind)


# (template, kind): {} is the planted identifier; the carrier words are this file's own and hold
# no other identifier
TEMPLATES = {
    "PERSON": [
        "Hi everyone, I'm {}, grateful recovering alcoholic, ninety days today and still on the Antabuse.",
        "My sponsor {} says Step Four is where the real work is, so I'm doing it slowly.",
        "Thanks for sharing, {}. I relate to the bit about the bookies on a Friday.",
        "{} picked up a white chip on Sunday and we all clapped, and I cried in the car park after.",
        "Chaplain's note: sat with {} at the bedside, prayed the rosary with her daughter, "
        "morphine 2.5 mg given at four.",
        "Her husband {} wanted Psalm 23 read again, and then he slept.",
        "Father {} came in to anoint him and the family stood round the bed singing.",
        "DAD: I'm not having {} talk to his mother like that. SISTER: [overlapping] Dad, let him finish.",
        "{}: [crosstalk] no, no, that's not what happened at the wedding, Mum.",
        "Can I just bring {} in here, because she's been quiet, and I'd like to hear from her.",
        "MUM: {} was a colicky baby, hardly slept, and the Concerta 18 mg hasn't changed that.",
        "The teacher said {} can't sit still past ten minutes; the Vanderbilt came back high on both scales.",
        "[21:47] {}: reached home safe, took the mirtazapine 15 mg, talk tomorrow xx",
        "[07:02] Ate: good morning po, did {} eat breakfast na?",
        "Kuya {} is the one who brought me to the barangay health centre when I couldn't stop shaking.",
        "My lola always says, ask Tita {}, she knows the doctor.",
        "I told {}-ji about the dreams only, not the other thing, madam.",
        "Actually {} sir is the one who referred me for counselling, he is very much supportive.",
        "{} Aunty from downstairs is the only one who knows I'm taking the escitalopram.",
        "Mama {} called me to say the pastor will pray for me, but I said let me first see the doctor.",
        "Alhaji {} was the one who paid for the rehab, so I cannot disappoint him.",
        "{} and them came to the house on Sunday to greet my mother.",
        "Honestly, {}, I don't know how to explain it, it's like heaviness on my chest every morning.",
        "Gogo said I must phone {} before the tombstone unveiling, but I couldn't.",
        "Tannie {} from church brought food every day after the funeral, shame.",
        "Eish, {} is the one who found him, she still can't sleep, the GP gave her zopiclone 7.5.",
        "Miss {} at the church say I must pray it out, but the counsellor say talk it out.",
        "Is {} who carry me to the hospital that night, me did frighten bad.",
        "Sure {} was grand till the funeral, then he went to pieces, God love him.",
        "I said to {}, go to the GP, and she came back with sertraline 50 and a leaflet.",
        "Wee {} just sat there greetin', she's only seven, and I didnae know what to say.",
        "{}'s da was never aff the drink, so she's feart o' it.",
        "In supervision I presented {}, the one with the YBOCS of 24, and I got a bit defensive.",
        "Can we talk about {}? I think the countertransference is getting in the way.",
        "Patient seen today with partner {} comma who corroborated the history full stop new paragraph",
        "Letter to GP re {} colon mood improved comma HAM-D 22 down to 9 full stop",
        "I: And who did you tell first? P: Um, {} [inaudible 00:14:22] my cousin, yeah.",
        "P: [laughs] {} would kill me if she knew I said that (.) but yeah.",
        "I was crewed with {} that night, and the call came in for the child, "
        "and that's the one I can't shake.",
        "Caller gave a first name only, {}, said she had the tablets counted out, "
        "stayed on the line till the ambulance came.",
        "My wife {} found the betting slips in the van and that was it, GA the next week.",
        "Her mother {} had the BRCA result too, so she feels she's carrying it for both of them.",
        "The IDVA asked if {} still has a key to the flat, and I said I think so.",
        "{} drew the house in black crayon again and then tore it up, which is new.",
        "My facilitator {} held my hand during the come-up, psilocybin 25 mg, and I felt safe.",
        "The AMHP, {}, explained section 2 and my mum signed as nearest relative.",
        "{} says I'm not to drive on the lithium till the level's checked.",
        "Note to self: ring {} back about the K10, she scored 28.",
        "The coach, {}, keeps benching me since I told him about the panic attacks.",
        "After the third IVF round {} stopped coming to the sessions with me.",
        "Detox nurse {} kept the CIWA under 10 with chlordiazepoxide and thiamine 100 mg.",
        "uh so {} was there as well and she just like froze",
        "We named the baby after {}, because she held us together in the NICU.",
        "I keep {}'s voice notes and play them at night when the grief gets loud.",
        "It was {}'s idea to try the service centre, and honestly the integration was the hard part.",
        "PSYCHIATRIST: How's the sleep? MUM: Terrible. {}: [overlapping] It's fine, Mum, stop.",
        "Me and {} went to the meeting together, first time in the rooms for both of us.",
    ],
    "LOCATION": [
        "I was born in {} but came to Scotland when I was nine.",
        "He's staying {} side now, with his uncle, since the rehab.",
        "We used to go to {} for the Sunday service, before everything.",
        "She passed at {} on the Tuesday, very peaceful, with the syringe driver in.",
        "The chaplain from {} came to do the blessing on the ward.",
        "I'm in the meetings at {} every Thursday at half seven.",
        "The step-down beds are at {}, so he'd go there after A&E.",
        "[22:13] Kuya: nasa {} na ako, traffic sobra, sorry late",
        "My nani's house was in {}, near the temple, and that's where I felt safe.",
        "After the typhoon we moved from {} to stay with my tita.",
        "Me born a {}, but me grow up with me granny in the country.",
        "He works at {} on nights, so he sleeps all day and the weans hardly see him.",
        "There's a CMHT in {} but the waiting list is eighteen months.",
        "She goes to {}, primary five, and the teacher noticed the weight loss first.",
        "The referral went to {} but they bounced it back because of the drinking.",
        "I buy my cigarettes at {}, then sit on the wall and cry, like every day.",
        "The retreat was at {}, three nights, two ceremonies, and the integration circle after.",
        "I used to drink in a shebeen in {} before I found the rooms.",
        "my mum's still in {} with the dogs",
        "P: We were living in {} at the time [crosstalk] I: Sorry, go on.",
        "The food bank at {} gives vouchers if the social worker signs.",
        "On Saturdays I go walking up {}, it's the only time the head goes quiet.",
        "The imam from {} came to sit with the family after the janazah.",
        "The mandir in {} has a counselling evening now, for the aunties mostly.",
        "I'm a nurse at {}, twelve-hour shifts, and I'm running on Red Bull and propranolol 40 mg.",
        "The crisis team from {} came out at 3 a.m. and stayed till the doctor came.",
        "She was transferred to {} for the mother and baby unit.",
        "Met her at the call centre in {}, night shift, both of us crying in the toilets.",
        "They did the ECT at {}, twelve sessions, and the memory's patchy since.",
        "Dictation: patient lives alone in {} comma no carers comma PPS 40 percent full stop",
        "Lost everything at the casino in {}, even the school fees.",
        "We scattered her ashes at {}, where she used to walk the dog.",
        "Don't tell anyone at {} I'm in therapy, the pastor would announce it from the pulpit.",
        "My ouma's house in {} had a lemon tree, that's what I saw on the psilocybin.",
        "He got jumped outside {} and now he won't leave the house.",
        "The transplant team at {} need a psych letter before they list him.",
        "We're from {} originally, but we've been in England since the eighties.",
        "The fire station in {} did the debrief but nobody talked.",
        "uh we drove down to {} for the funeral and i just couldn't go in",
    ],
    "ADDRESS": [
        "Intake form, address line: {}, and she said it's her sister's place really.",
        "Please send the appointment letter to {}, not the old one.",
        "We stay at {}, behind the mosque, the gate with the blue paint.",
        "[18:30] Tita: the house is {}, just message when you reach.",
        "Dictation: home visit to {} comma carpets a trip hazard comma smoke alarm not working full stop",
        "His last known address was {}, the benefits office have that one as well.",
        "I'm in {} now, the room's damp but it's mine.",
        "The hospice bed is going to {}, the downstairs front room.",
        "Can you spell the address for me? -- {}, yes, that's right.",
        "She was found at {}, and the police did the welfare check.",
        "Deliver the oxygen to {} after two, the carers come at eleven.",
        "Mammy's still in the council house at {}, she won't move.",
        "Me and the baby moved to {} after the protection order.",
        "My nani's flat is {}, the one with the tulsi plant on the balcony.",
        "Post the signed consent to {}, attention of the research team.",
        "P: We lived at {} [inaudible] until the fire.",
        "Ambulance was sent to {} at 02:40 for a query overdose.",
        "Her address on the medical aid form is {}, but she actually sleeps at the refuge.",
        "Insurance rep: can I confirm the address we have, {}?",
        "The meeting's at {}, round the back, the door says Hall.",
        "Send the Christmas card to {} because she loves getting post.",
        "uh the address is {} yeah",
        "The return address on the envelope was {}, that's how she knew he was out.",
        "Kindly forward the report to {}.",
        "Ward clerk: next of kin address {}, phone to follow.",
    ],
    "DATE": [
        "[{}, 21:14] Mum: did you take the quetiapine 25 yet",
        "She died on {}, just after the morning round, and I wasn't there.",
        "My sobriety date is {}, so that's the cake night.",
        "Dictation: seen on {} comma reviewed CORE-10 score 18 full stop",
        "I: When did the panic start? P: Um, {}, I think, [inaudible] around then.",
        "The pre-auth runs out on {}, so we need the extension before that.",
        "My last bet was {}, I've been on the self-exclusion since.",
        "The psilocybin session is booked for {}, and the prep call is the week before.",
        "Her due date was {} but the baby came at 34 weeks.",
        "Baby's christening is {}, and I'm dreading seeing his side.",
        "The tribunal hearing is {}, half nine, in the hospital.",
        "Intake form: date of birth {}, place of birth, she says, the Philippines.",
        "Mammy passed {}, same week as the lockdown started.",
        "We got married {}, and by the wedding night I knew.",
        "Since {} I haven't touched a drop, not even at the wake.",
        "D.O.B. {} -- she wanted me to write it down twice, she's that anxious.",
        "The anniversary is {}, so the grief group said to plan something small.",
        "I was admitted {}, sectioned, and discharged on the lithium 800.",
        "uh it was {} when he left",
        "Can I move my slot to {}? The Wednesday is bad with the school run.",
        "Appointment card says {}, 10:30, room 4.",
        "He was deported {}, and I haven't seen him since.",
        "Last dose of clozapine was {}, so we have to re-titrate.",
        "The incident was {}, the crash on the motorway, and I was first on scene.",
        "The exclusion letter from the school is dated {}.",
        "Her first weigh-in on the unit was {}, BMI 14.2.",
        "The results came back {}, both of us BRCA positive.",
        "Lola's funeral was {}, nine days of novena after.",
        "Counselling notes, session of {}: client tearful, K10 28, no SI.",
        "The warrant was served {}, the kids saw everything.",
        "We booked the IVF transfer for {}, and it failed again.",
        "I gave birth {} and by the fortnight I wasn't sleeping at all.",
        "The memorial in the chapel is {}, the hospice does one every year.",
    ],
    "AGE": [
        "My gogo is {} and she still walks to church every Sunday.",
        "Hospice referral: lady, {}, lives alone, PPS 40%, wants to die at home.",
        "Granda's {} and sharp as a tack, but the grief has flattened him.",
        "Chaplain's note: patient is {} and asked for the sacrament of the sick.",
        "Intake form, age: {}, next of kin: daughter, 67.",
        "My lola turned {} last week and the whole barangay came.",
        "Dictation: this {}-year-old gentleman comma referred by GP comma low mood full stop",
        "She lived to {}, outlived two husbands and a son.",
        "Pt ({}) widowed, daughter (64) main carer.",
        "At {} she still collects her own pension at the post office.",
        "Nana is {} now, the oldest in the parish, and she keeps asking for Grandad.",
        "The old man was {}, and he told me he was ready, so I wasn't sad.",
        "uh she's {} now and still sharp",
        "Me great-granny reach {}, God bless her, and she still a cuss.",
        "His father is {}, lives with us, and the caring is breaking us.",
        "Resident, age {}, MMSE 19, sundowning most evenings.",
        "Aunty was {} when she died, and we buried her in the village.",
        "She's {} and wants to do the psilocybin, and the doctor is fine with it.",
        "The oldest in the group was {}, he fought in Korea and never spoke of it.",
        "Her granny, who's {} years old, is the only one who knows about the eating disorder.",
        "I'm 89 and my sister is {}, so don't tell me about getting old.",
        "She's {} and says the Lord is keeping her for a reason.",
    ],
    "PHONE": [
        "WhatsApp me on {}, that's the only number I use now.",
        "The caller gave a callback number, {}, and then hung up.",
        "My brother's mobile is {}, he'll come if I'm not answering.",
        "Dictation: contact number {} comma mobile comma leave message full stop",
        "Text {} if you want a lift to the meeting, no pressure.",
        "The pastor's line is {}, call him any time, he said.",
        "Fax the pre-auth form to {}, attention utilisation review.",
        "Ring me on {} after half six, the weans are in bed by then.",
        "uh my number is {} yeah",
        "Next of kin: husband, tel. {}.",
        "Call my landline, {}, the mobile signal is bad in the village.",
        "P: You can reach me on {}, [inaudible] evenings are best.",
        "If it gets bad again, Kuya's number is {}, he's nearby.",
        "My sponsor said to ring {} before I pick up, day or night.",
        "Voice memo: call back {} re the funeral plan, she sounded low.",
        "Save this, {}, it's the chaplain's mobile, not the office.",
        "Referral letter: patient contactable on {}, prefers SMS.",
        "She gave {} as the number for the mother-in-law, in case.",
        "My number changed, it's {} now, the old one was stolen at the taxi rank.",
        "The school counsellor's direct line is {}.",
        "The helpline adviser scored my PG-SI at 19 and gave me {} to call back.",
        "Dictation: fax to {} comma attention duty psychiatrist full stop",
    ],
    "EMAIL": [
        "Email the letter to {}, and copy my GP please.",
        "My email is {}, all small letters.",
        "Dictation: copy to {} full stop end of letter",
        "Send the Zoom link to {}, not my work one.",
        "[20:01] pls send the worksheet to {} thanks",
        "Intake form: email address {}, she said she checks it weekly.",
        "uh email is {} i think",
        "Forward the CORE-10 to {} and I'll fill it on Sunday.",
        "The playlist from the ceremony, can you mail it to {}?",
        "For the pre-auth, the case manager is {}.",
        "My daughter's email is {}, she handles everything now.",
        "From: {} / Subject: Re: tomorrow / I can't come, the baby has a fever.",
        "P: My email, um, it's {} [crosstalk] yes.",
        "Send the reflective journal to {} before supervision.",
        "Kindly revert to {} at your earliest convenience.",
        "He kept emailing me from {} even after the protection order.",
    ],
    "URL": [
        "The funeral will be livestreamed at {}, for the cousins in Canada.",
        "Join the group chat here: {}",
        "The playlist we used in the ceremony is {}, the second half is the one.",
        "Our fellowship posts meetings on {}, and the Zoom is on there too.",
        "[09:15] here's the form {} fill it before Thursday",
        "She started a fundraiser, {}, for the rehab fees.",
        "I read about the retreat on {}, and it said no medical screening, which worried me.",
        "He posts everything on {}, even the court stuff.",
        "The consent form is at {}, you can sign it on your phone.",
        "Dictation: resource sheet lists {} comma for carers full stop",
        "uh the page is {} i think",
        "Her memorial page is {}, people still leave messages.",
        "P: There's a blog, {} [laughs], don't read it.",
        "Book your next slot at {} or phone the office.",
        "The parents' support group is {}, it helped me more than the CAMHS letter.",
        "Click {} to upload the ID for the medical aid claim.",
    ],
    "SSN": [
        "Social Security number, {}, she read it off the card.",
        "Insurance rep: and the member's SSN is {}?",
        "uh social is {}",
        "He used my SSN, {}, for the loans, that's the financial abuse part.",
        "The disability form wants {} in box 3 and I left it blank.",
        "SSN {} on the SSI award letter.",
        "Intake form: SSN, {}; marital status, widowed.",
        "Dictation: social security number {} full stop",
        "P: My social's {} [inaudible] sorry, I know it by heart.",
        "Last four of your social? -- {}.",
        "The caller confirmed the last four of the SSN as {} before we went on.",
        "The hospice billing needs his social security number, {}, for the Medicare.",
        "I had to give my social, {}, to the landlord, which felt wrong.",
        "[11:40] ssn is {} dont share pls",
    ],
    "ID": [
        "My NHS number is {}, it's on the letter.",
        "CHI number {} -- she's been seen at three health boards.",
        "Medical aid number {}, main member is my husband.",
        "PhilHealth number {}, the employer stopped paying the contributions.",
        "The pre-authorisation reference is {}, valid for six sessions.",
        "Claim number {}, for the inpatient stay.",
        "His hospital number is {}, under the old name.",
        "Crime reference number {}, from the night he broke the door.",
        "MARAC reference {}, she's high risk.",
        "Rx number {}, the mirtazapine refill.",
        "Pharmacy reference {}, the Campral 666 mg, three times a day.",
        "National Insurance number {}, for the PIP form.",
        "The self-exclusion reference is {}, five years.",
        "Dictation: hospital number {} comma please file under the new number full stop",
        "Policy number {}, and they only cover twelve sessions of therapy.",
        "His TRN is {}, the tax office needs it for the funeral grant.",
        "ID number {} on her green ID book, for the grant.",
        "NIN {}, she wrote it inside the Bible so she wouldn't forget.",
        "Medical card number {}, the GMS one.",
        "Participant code {} -- keep the consent form separate.",
        "Member ID {}, the HMO says the psychiatrist is not accredited.",
        "Case number {}, from the children's panel.",
        "Prescription number {}, the Concerta, they keep running out.",
        "Account number {}, the one the hospice bill goes to.",
        "uh my medicare number is {}",
        "Referral ID {} for the perinatal team.",
        "Licence number {}, they took it after the drink-drive.",
        "UHID {}, for the follow-up at the OPD.",
        "NHIS number {}, but the hospital said it's not active.",
    ],
}
