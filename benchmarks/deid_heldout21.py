"""A twenty-third SYNTHETIC transcript set for benchmarks/deid.py: the twenty-first held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real cities, towns, boroughs, neighbourhoods and a few towns abroad are used as places
only, never with a person; every clinic, hospital, programme, church, school, residence hall, shop
and workplace name is made up).  Written on 2026-12-07 by an engineer who had NOT seen the
de-identifier's rules, its docs page, its tests or the contents of the earlier sets (only
benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout19.py their docstrings, plus the ``value`` signature and the
``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before any run; no rule and no
line of this file was changed after its first run.  It was first run on the tenth round's rules
(main at commit b704ec5) and measures how the rules do on transcripts they were not written for; it
stays a blind set until a later round makes it a development set.

Style: everyday North American talk and writing, which is what most real US and Canadian data looks
like, from settings the earlier docstrings do not name as theirs -- a university psilocybin trial
for alcohol use disorder (the AUDIT, the dosing room, the monitors, the playlist), an MDMA-assisted
therapy trial for PTSD run by a co-therapist dyad (the co-therapist, the CAPS-5, the integration
calls), Canadian provincial outpatient clinics in Ontario, Quebec, Manitoba and Nova Scotia (family
health teams, OHIP and the health card, the Form 1, RAMQ and PHIN numbers), a campus counselling
centre (residence, exams, the roommate, the campus shuttle), an employee-assistance programme intake
call (the HR referral, short-term disability, WSIB), a couples and family therapy practice (both
partners, the kids going back and forth, a no-contact order), a 988 Suicide and Crisis Lifeline call
(the callback number, the mobile crisis team, the ambulance), an eating-disorder partial-hospital
programme (meal support, weigh-ins, food logs, refeeding); and diaspora families in the US and
Canada the earlier docstrings do not name: Armenian (Glendale, Watertown, Laval: ``tatik``,
``papik``, ``jan``, the Armenian church), Arab and Chaldean (Dearborn, Sterling Heights, Windsor,
Mississauga: ``teta``, ``jiddo``, ``habibi``, ``yalla``), Persian (North Vancouver, Richmond Hill:
``maman``, ``baba``), Russian-speaking (Thornhill, Brooklyn, Sacramento: ``babushka``,
``dedushka``), Ethiopian and Eritrean (Silver Spring, Toronto, Calgary: the coffee ceremony,
``emama``) and Haitian-Quebecois (Montreal-Nord, Saint-Michel: ``ma tante``, ``mon oncle``,
``grand-maman``) families.  Forms: patient-portal secure messages, voicemail transcripts, Zoom chat
logs (``From ... to Everyone:``), text-message threads, an intake questionnaire with ``Field:
value`` lines, a calendar invite (``When:``, ``Organizer:``, ``Guests:``), an insurance appeal
letter, a court-ordered parenting-capacity evaluation, and clinician dictation.
Identifier forms, mostly ordinary, chosen to differ from the earlier docstrings' lists where
possible: ordinary American and Canadian first names and surnames (Jessica, Tyler, Gord, Krista;
Thompson, MacDonald, Friesen, Penner), Quebec hyphenated first names (Marie-Eve, Jean-Francois) and
surnames (Tremblay, Cote, Levesque), with and without accents, Haitian-Quebecois names (Wilner,
Guerline, Jean-Baptiste, Saint-Fleur), Armenian ``-yan``/``-ian`` surnames, Arab and Chaldean names
(Kattoula, Shammas, Yousif), Persian, Russian (feminine ``-ova``), Ethiopian and Eritrean names, a
middle initial, ``LAST, First`` form fields, lower-case texted names, Zoom display names; titles
(``Dr``, ``Mrs.``, ``Father``, ``Coach``) and kin words (``tatik``, ``mon oncle``, ``ma tante``)
before a name, and the Armenian and Persian ``jan``, credentials (``LCSW``, ``Ph.D., C.Psych.``) and
a possessive ``'s`` after it, all outside the span.  Places: Ontario, Quebec, Manitoba and Nova
Scotia cities, towns and neighbourhoods (Scarborough, North York, Montreal-Nord, Cote-des-Neiges,
Transcona, St. Vital, Dartmouth, Antigonish), US diaspora suburbs (Glendale, Dearborn, Sterling
Heights, Silver Spring), towns abroad (Gyumri, Mosul, Isfahan, Kharkiv, Mekelle, Asmara, Jacmel),
invented family health teams, counselling centres, eating-disorder programmes and churches, lower
case in texts. Addresses: Canadian unit-dash-civic (``1204-55 Harbour Sq``), civic lines with
province and postal code (``Winnipeg, MB R3T 2N2``), a postal code alone, Quebec ``rue``/``boul.``
lines with ``app.``, Manitoba rural ``Box 45, Grp 310, RR 1`` lines, Nova Scotia rural civic
``Highway`` numbers, Ontario ``Concession Rd`` and ``Sideroad`` lines, US lines with ``Apt`` / ``#``
/ ZIP, a campus residence room, PO boxes and spoken house numbers.  Dates: the everyday US and
Canadian ones (``March 3rd``, ``3/14``, ``03/14/2026``, ``2026-03-14``, ``14/03/2026``, ``Mar. 3``,
``Tuesday, March 3``), calendar-invite ``Thu Mar 12, 2026``, Quebec ``le 14 mars``, dictated ``march
fourteenth twenty twenty-six``, ``the 14th``, and one form in twenty-five a fixed-date day
(``Remembrance Day``, ``Halloween``, ``Valentine's Day``, ``New Year's Day``, ``Armenian
Christmas``): it names a month and day, so it is planted as a date (a judgement call).  Ages over 89
(90-110): digits, words (``ninety-three``, ``a hundred and one``), with the unit in the carrier,
French ``a 93 ans`` and ``(94)`` / ``Age:`` form fields.  Phones: US and Canadian layouts with real
area codes (416, 647, 514, 438, 204, 902, 613, 818, 313, 301 ...), brackets, dashes, dots, spaces,
``1-`` and ``+1`` prefixes, toll-free, seven-digit, an extension, and spoken digits with ``oh``.
Emails: free-mail and Canadian ISP domains (``sympatico.ca``, ``videotron.ca``, ``mts.net``,
``eastlink.ca``, ``shaw.ca``, ``bell.net``), invented clinic and university domains, upper case,
spoken ``at`` / ``dot``.  URLs: patient portals, Zoom and Teams links, booking and form pages,
fundraisers, Instagram, TikTok and Facebook pages, short links, spoken ``dot ca slash``.  SSNs: US
numbers with dashes, spaces or none, the last four alone, and Canadian SINs (``046 454 286``,
planted as SSN, the national identifier there -- a judgement call), some spoken.  IDs (the cue
always in the carrier): Ontario OHIP numbers with a version code (``1234-567-890-AB``), Quebec RAMQ
numbers, Manitoba PHINs, Nova Scotia health card numbers, MRNs with leading zeros, US insurance
member ids with a letter prefix, claim, authorisation and reference numbers, WSIB claims, EAP case
numbers, trial participant ids, student numbers, court file numbers, Ontario driver's licences, Rx
numbers, some spoken.
The carrier sentences hold words that must NOT be removed: drugs and doses (psilocybin 25 mg, MDMA
120 mg, naltrexone 50 mg, acamprosate, sertraline, olanzapine 2.5 mg), scales (AUDIT, CAPS-5, PCL-5,
EDE-Q), 988 and 911, ages under 90 (62, 41, 19, 12), provinces, states and countries (Ontario,
Manitoba, Quebec, Canada, Armenia), weekdays alone, times of day, durations, kin words as common
nouns (teta, tatik, babushka, grand-maman, my sponsor) and place-like common words (the clinic, the
church hall, residence, the front desk, the shelter, the jail).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random
import unicodedata

NA_FIRST = ["Jessica", "Ashley", "Brittany", "Kayla", "Megan", "Lauren", "Amanda", "Stephanie", "Nicole",
            "Danielle", "Courtney", "Alyssa", "Madison", "Hailey", "Chloe", "Brianna", "Michelle", "Jennifer",
            "Lisa", "Karen", "Tanya", "Krista", "Tara", "Jenna", "Shannon", "Colleen", "Bev", "Keisha", "Melissa",
            "Samantha", "Rachel", "Erin", "Kelsey", "Tyler", "Brandon", "Justin", "Kyle", "Cody", "Jason", "Chris",
            "Matt", "Mike", "Dave", "Steve", "Derek", "Trevor", "Travis", "Shane", "Connor", "Logan", "Ethan",
            "Owen", "Ryan", "Kevin", "Marcus", "Darnell", "Doug", "Gord", "Terry", "Brent", "Scott", "Jeff",
            "Greg", "Nathan", "Austin", "Jordan", "Dylan", "Josh", "Carly", "Brooke", "Whitney", "Darlene"]
NA_LAST = ["Thompson", "Martin", "Anderson", "Johnson", "Williams", "Brown", "Miller", "Wilson", "Taylor",
           "Campbell", "MacDonald", "Stewart", "Robinson", "Clarke", "Walsh", "Murphy", "Bennett", "Harris",
           "Parker", "Cooper", "Reid", "Hughes", "Foster", "Mitchell", "Sullivan", "Jackson", "Baker",
           "Henderson", "Wright", "Fraser", "McLean", "Boyd", "Schultz", "Friesen", "Penner", "Dueck", "Chan",
           "Nguyen", "Singh", "Patel", "Wong", "MacIsaac", "Doucette", "LeBlanc", "Morrison", "Hiebert"]
QC_FIRST = ["Marie-Ève", "Jean-François", "Marc-André", "Geneviève", "Mathieu", "Stéphanie", "Isabelle",
            "Sébastien", "Annie", "Frédéric", "Catherine", "Maxime", "Valérie", "Guillaume", "Josée",
            "Marie-Eve", "Jean-Francois", "Genevieve"]
QC_LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
           "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Paquette", "Girard", "Cote", "Levesque"]
DIASPORA = {
    "haitian": (["Marie-Ange", "Wilner", "Fabiola", "Jean-Ronel", "Nadège", "Widlene", "Ricardo", "Mirlande",
                 "Frantz", "Guerline", "Rodney", "Nathalie", "Evens", "Dieunel"],
                ["Jean-Baptiste", "Pierre", "Joseph", "Saint-Fleur", "Dorvil", "Exantus", "Célestin",
                 "Louis-Jeune", "Desrosiers", "Augustin", "Métellus", "Saintilus"]),
    "armenian": (["Ani", "Hagop", "Aram", "Lusine", "Narek", "Tatev", "Armen", "Anahid", "Sevan", "Garo",
                  "Vartan", "Nairi", "Arpi", "Shant", "Talin"],
                 ["Petrosyan", "Sarkissian", "Hovsepian", "Kazarian", "Manoukian", "Avakian", "Grigoryan",
                  "Terzian", "Der Bedrossian", "Keshishian", "Boyajian", "Hakobyan", "Mardirossian"]),
    "arab": (["Rami", "Layla", "Khalil", "Rania", "Samir", "Dalia", "Omar", "Hiba", "Ziad", "Reem", "Tariq",
              "Yasmin", "Bassam", "Nadia", "Fadi", "Mariam"],
             ["Khoury", "Nasser", "Saleh", "Hamdan", "Mansour", "Kassab", "Jaber", "Barakat", "Shammas",
              "Yousif", "Hanna", "Kattoula", "Toma", "Al-Jubouri"]),
    "persian": (["Shirin", "Babak", "Arash", "Leila", "Dariush", "Mahsa", "Kourosh", "Niloufar", "Parisa",
                 "Farhad", "Roya", "Kaveh", "Golnaz"],
                ["Tehrani", "Moradi", "Karimi", "Rahimi", "Sadeghi", "Farahani", "Jafari", "Amini", "Hosseini",
                 "Nazari", "Ghorbani", "Mahmoudi"]),
    "russian": (["Olga", "Sergei", "Natasha", "Vova", "Irina", "Dima", "Katya", "Alexei", "Galina", "Misha",
                 "Yulia", "Lena", "Boris", "Anya"],
                ["Ivanova", "Kuznetsov", "Smirnova", "Volkov", "Petrova", "Sokolov", "Fedorova", "Morozov",
                 "Lebedeva", "Novikov", "Orlova", "Zaitsev"]),
    "horn": (["Selam", "Yonas", "Mekdes", "Dawit", "Hiwot", "Tesfay", "Saba", "Biniam", "Meseret", "Abel",
              "Luwam", "Rahel", "Senait", "Filmon"],
             ["Haile", "Tesfamariam", "Bekele", "Gebremedhin", "Tadesse", "Woldemichael", "Alemu", "Kidane",
              "Mengistu", "Ghebreyesus", "Asfaw", "Berhe"]),
    "greek": (["Eleni", "Kostas", "Dimitra", "Yianni", "Stavros", "Vasiliki"],
              ["Georgiou", "Antonopoulos", "Dimitriou", "Karras", "Vlahos", "Stamatis"]),
}

CA_PLACES = ["Mississauga", "Brampton", "Scarborough", "Etobicoke", "North York", "Richmond Hill", "Thornhill",
             "Markham", "Oakville", "Hamilton", "Kitchener", "Guelph", "Barrie", "Oshawa", "Peterborough",
             "Sudbury", "Thunder Bay", "Kingston", "Windsor", "Laval", "Longueuil", "Montréal-Nord",
             "Montreal-Nord", "Saint-Léonard", "Saint-Michel", "Verdun", "Côte-des-Neiges", "Park Extension",
             "Rosemont", "Sherbrooke", "Trois-Rivières", "Gatineau", "Saint-Jérôme", "Winnipeg", "Steinbach",
             "Portage la Prairie", "Selkirk", "Transcona", "St. Vital", "Osborne Village", "Dartmouth",
             "Halifax", "Truro", "Antigonish", "Bedford", "Lower Sackville", "New Glasgow", "Yarmouth",
             "Wolfville", "Calgary", "North Vancouver"]
US_PLACES = ["Glendale", "Burbank", "Pasadena", "Dearborn", "Sterling Heights", "Warren", "Southfield",
             "Silver Spring", "Takoma Park", "Alexandria", "Ann Arbor", "Watertown", "Worcester", "Des Moines",
             "Columbus", "Aurora", "Plano", "Fort Collins", "Rochester", "Syracuse", "Buffalo", "Gaithersburg",
             "Ypsilanti", "Sacramento", "Hollywood", "Van Nuys", "Brooklyn", "Queens", "Hamtramck", "Lowell"]
ABROAD = ["Gyumri", "Yerevan", "Aleppo", "Mosul", "Baghdad", "Tehran", "Isfahan", "Mashhad", "Kharkiv",
          "Odesa", "Addis Ababa", "Mekelle", "Asmara", "Keren", "Jacmel", "Cap-Haïtien", "Thessaloniki"]
FAC_NAME = ["Harbourview", "Red River", "Maple Hollow", "Lakeshore", "Cedar Ridge", "Northgate", "Pinecrest",
            "Riverbend", "Stonebridge", "Bayside", "Westbrook", "Hillcrest", "Oakmont", "Fairhaven", "Elm Park",
            "Prairie Sky", "Bluenose", "Saint-Laurent", "Kildonan", "Sunnyside"]
FAC_KIND = ["Family Health Team", "Counselling Centre", "Wellness Clinic", "Community Health Centre",
            "Psychiatric Hospital", "Recovery Centre", "Eating Disorders Program", "Health Centre",
            "United Church", "Pentecostal Church", "General Hospital", "Collegiate", "Secondary School",
            "Medical Clinic", "Treatment Centre"]

STREET = ["Maple", "Oak", "Cedar", "Lakeview", "Wellington", "Queen", "King", "Dundas", "Bloor", "Pembina",
          "Portage", "Corydon", "Spring Garden", "Quinpool", "Robie", "Glenoaks", "Brand", "Schaefer",
          "Colesville", "University", "Main", "Church", "Victoria", "Elgin", "Sunset", "Lawrence",
          "Finch", "Sheppard", "Highland", "Ridgewood", "Meadowvale", "Parkside", "Hillside", "Grove", "Ellice"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Blvd", "Cres", "Crescent", "Crt",
          "Way", "Lane", "Terrace", "Pl"]
QC_STREET = ["Saint-Denis", "Jean-Talon", "Beaubien", "Papineau", "Pie-IX", "Henri-Bourassa", "Saint-Hubert",
             "de Lorimier", "Fleury", "Sauvé", "des Érables", "Notre-Dame"]
CITY_PROV = [("Toronto", "ON", "M"), ("Mississauga", "ON", "L"), ("Ottawa", "ON", "K"), ("Hamilton", "ON", "L"),
             ("Winnipeg", "MB", "R"), ("Brandon", "MB", "R"), ("Halifax", "NS", "B"), ("Dartmouth", "NS", "B"),
             ("Montréal", "QC", "H"), ("Laval", "QC", "H"), ("Gatineau", "QC", "J")]
CITY_STATE = [("Glendale", "CA", "912"), ("Dearborn", "MI", "481"), ("Silver Spring", "MD", "209"),
              ("Watertown", "MA", "024"), ("Sterling Heights", "MI", "483"), ("Sacramento", "CA", "958"),
              ("Columbus", "OH", "432"), ("Alexandria", "VA", "223")]
HALLS = ["Birch", "Tamarack", "Copper", "Lakeside", "Founders", "Aspen", "Heritage"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
HOLIDAYS = ["Remembrance Day", "Halloween", "Valentine's Day", "New Year's Day", "Armenian Christmas"]
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth",
       26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}
DIGIT_WORD = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

AREA = ["416", "647", "437", "905", "289", "613", "519", "705", "807", "514", "438", "450", "418", "819", "204",
        "431", "902", "782", "403", "604", "818", "747", "626", "313", "586", "248", "734", "301", "240", "202",
        "617", "916", "614", "703"]
MAIL = ["gmail.com", "gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.ca", "yahoo.com", "icloud.com",
        "live.ca", "sympatico.ca", "bell.net", "videotron.ca", "shaw.ca", "mts.net", "eastlink.ca", "cogeco.ca",
        "comcast.net", "att.net", "verizon.net", "protonmail.com", "hotmail.ca"]
ORG_DOMAINS = ["harbourviewfht.ca", "redriverwellness.ca", "maplehollowcounselling.com", "lakeshoreu.ca",
               "mail.lakeshoreu.ca", "cedarridge-eap.com", "northgatepsych.org", "baysideedp.ca",
               "riverbendfamilytherapy.com", "pinecresthealth.org", "stonebridgeclinic.ca", "prairieskyhealth.ca"]
WEB = ["harbourviewfht.ca", "redriverwellness.ca", "maplehollowcounselling.com", "lakeshoreu.ca",
       "cedarridge-eap.com", "northgatepsych.org", "baysideedp.ca", "riverbendfamilytherapy.com",
       "pinecresthealth.org", "stonebridgeclinic.ca", "prairieskyhealth.ca", "westbrookcouples.com",
       "elmparkpsilocybinstudy.ca", "fairhavenptsdtrial.org"]
ALNUM = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"
POSTAL = "ABCEGHJKLMNPRSTVWXYZ"
TENS = {1: "ten", 2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]


def _ascii(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().replace(" ", "")


def _names(r: random.Random) -> tuple[str, str]:
    x = r.random()
    if x < 0.55:
        return r.choice(NA_FIRST), r.choice(NA_LAST)
    if x < 0.67:
        return r.choice(QC_FIRST), r.choice(QC_LAST)
    firsts, lasts = DIASPORA[r.choice(list(DIASPORA))]
    return r.choice(firsts), r.choice(lasts)


def _age_words(k: int, r: random.Random) -> str:
    if k < 100:
        w = "ninety" + ((r.choice(["-", " "]) + ONES[k - 90]) if k > 90 else "")
    elif k == 100:
        w = r.choice(["a hundred", "one hundred"])
    else:
        w = r.choice(["a hundred and ", "one hundred and ", "one hundred "]) + ONES[k - 100]
    return w.capitalize() if r.random() < 0.15 else w


def _spoken_digits(digits: str, r: random.Random) -> str:
    zero = r.choice(["oh", "zero"])
    return " ".join(zero if c == "0" else DIGIT_WORD[int(c)] for c in digits)


def _two(k: int) -> str:
    """10..99 in words, as a house number or a year is read out in pairs."""
    if k < 20:
        return TEENS[k - 10]
    return TENS[k // 10] + (f"-{ONES[k % 10]}" if k % 10 else "")


def _slug(r: random.Random, k: int) -> str:
    return "".join(r.choice(ALNUM) for _ in range(k))


def value(kind: str, r: random.Random) -> str:
    n = r.randint
    if kind == "PERSON":
        first, last = _names(r)
        form = r.random()
        if form < 0.38:
            return first
        if form < 0.66:
            return f"{first} {last}"
        if form < 0.80:
            return last
        if form < 0.86:
            return f"{first} {r.choice(LETTERS)}. {last}"
        if form < 0.92:
            return f"{last.upper() if r.random() < 0.5 else last}, {first}"
        return first.lower() if r.random() < 0.7 else f"{first} {last}".lower()
    if kind == "LOCATION":
        x = r.random()
        if x < 0.45:
            place = r.choice(CA_PLACES)
        elif x < 0.68:
            place = r.choice(US_PLACES)
        elif x < 0.85:
            place = f"{r.choice(FAC_NAME)} {r.choice(FAC_KIND)}"
        else:
            place = r.choice(ABROAD)
        return place.lower() if r.random() < 0.07 else place
    if kind == "ADDRESS":
        num, street, suf = n(12, 9850), r.choice(STREET), r.choice(SUFFIX)
        x = r.random()
        if x < 0.22:
            apt = r.choice(["", "", f", Apt {n(1, 30)}{r.choice(['', 'B', 'C'])}", f" #{n(101, 1808)}",
                            f", Unit {n(1, 12)}", f" Apt. {n(2, 9)}{r.choice('ABCD')}"])
            return f"{num} {r.choice(['', '', 'N ', 'W ', 'E ', 'S '])}{street} {suf}{apt}"
        if x < 0.34:
            return f"{n(101, 2408)}-{n(10, 990)} {street} {suf}{r.choice(['', '', ' W', ' E', ' NW'])}"
        if x < 0.48:
            city, prov, fsa = r.choice(CITY_PROV)
            postal = f"{fsa}{n(1, 9)}{r.choice(POSTAL)} {n(0, 9)}{r.choice(POSTAL)}{n(0, 9)}"
            return f"{num} {street} {suf}, {city}, {prov} {postal}"
        if x < 0.56:
            city, st, z = r.choice(CITY_STATE)
            return f"{num} {street} {suf}{r.choice(['', f', Apt {n(1, 40)}'])}, {city}, {st} {z}{n(0, 99):02d}"
        if x < 0.66:
            kind2 = r.choice(["rue", "boul.", "avenue", "rue"])
            tail = r.choice(["", f", app. {n(1, 12)}", f" Est, app. {n(1, 8)}", " Ouest"])
            return f"{num}{r.choice([' ', ', '])}{kind2} {r.choice(QC_STREET)}{tail}"
        if x < 0.72:
            return r.choice([f"Box {n(1, 480)}, Grp {n(100, 699)}, RR {n(1, 3)}",
                             f"RR {n(1, 4)}, Box {n(1, 260)}", f"Box {n(1, 99)}, RR {n(1, 2)}, Site {n(1, 9)}"])
        if x < 0.78:
            return r.choice([f"{num} Highway {r.choice([1, 2, 3, 4, 6, 7, 14, 316, 325, 333])}",
                             f"{num} Concession Rd {n(2, 14)}", f"{num} Sideroad {n(5, 30)}",
                             f"{num} County Rd {n(2, 45)}"])
        if x < 0.84:
            return r.choice([f"{r.choice('MKLRBHJ')}{n(1, 9)}{r.choice(POSTAL)} {n(0, 9)}{r.choice(POSTAL)}{n(0, 9)}",
                             f"PO Box {n(11, 9900)}", f"P.O. Box {n(11, 3900)}"])
        if x < 0.90:
            return f"{r.choice(HALLS)} Hall, room {n(101, 618)}"
        kind3 = r.choice(['street', 'avenue', 'road', 'drive'])
        return f"{_two(n(11, 48))} {_two(n(10, 99))} {street.lower()} {kind3}" \
            if r.random() < 0.5 else f"{_spoken_digits(str(n(10, 999)), r)} {street} {suf}"
    if kind == "DATE":
        m, d, y = n(1, 12), n(1, 28), n(2019, 2027)
        month, abbr = MONTHS[m - 1], MON_ABBR[m - 1]
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        if r.random() < 0.04:
            return r.choice(HOLIDAYS)
        dob_y = n(1938, 2008)
        forms = [f"{month} {d}{suf}", f"{month} {d}", f"{month} {d}", f"{m}/{d}", f"{m}/{d}",
                 f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
                 f"{n(13, 28)}/{m:02d}/{y}", f"{abbr}. {d}", f"{abbr} {d}", f"{WEEKDAYS[n(0, 6)]}, {month} {d}",
                 f"{WD_ABBR[n(0, 6)]} {abbr} {d}, {y}", f"{month} {d}, {y}", f"{month} {d}{suf}, {y}",
                 f"the {d}{suf}", f"the {d}{suf} of {month}", f"le {d} {MOIS[m - 1]}", f"{d} {MOIS[m - 1]} {y}",
                 f"{month.lower()} {ORD[d]}", f"{month.lower()} {ORD[d]} twenty {_two(20 + n(0, 7))}",
                 f"{m:02d}/{d:02d}/{dob_y}", f"{dob_y}-{m:02d}-{d:02d}", f"{WEEKDAYS[n(0, 6)]} the {d}{suf}"]
        return r.choice(forms)
    if kind == "AGE":
        k = n(90, 110)
        return str(k) if r.random() < 0.55 else _age_words(k, r)
    if kind == "PHONE":
        a, b, c = r.choice(AREA), n(200, 989), n(0, 9999)
        x = r.random()
        if x < 0.08:
            return _spoken_digits(a, r) + ", " + _spoken_digits(str(b), r) + ", " + _spoken_digits(f"{c:04d}", r)
        forms = [f"({a}) {b}-{c:04d}", f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}-{b}-{c:04d}",
                 f"{a}.{b}.{c:04d}", f"{a} {b} {c:04d}", f"1-{a}-{b}-{c:04d}", f"+1 {a}-{b}-{c:04d}",
                 f"+1 ({a}) {b}-{c:04d}", f"{b}-{c:04d}", f"1-{r.choice(['800', '866', '877', '888'])}-{b}-{c:04d}",
                 f"({a}) {b}-{c:04d} ext. {n(100, 4999)}", f"{a}{b}{c:04d}", f"({a}){b}-{c:04d}"]
        return r.choice(forms)
    if kind == "EMAIL":
        first, last = _names(r)
        f, l = _ascii(first).lower(), _ascii(last).lower()
        user = r.choice([f"{f}.{l}", f"{f}{l}{n(1, 99)}", f"{f[0]}{l}", f"{l}.{f}{n(70, 99)}", f"{f}_{l}",
                         f"{f}.{l[0]}{n(1, 9)}", f"{f}{n(1990, 2007)}"])
        dom = r.choice(MAIL) if r.random() < 0.75 else r.choice(ORG_DOMAINS)
        x = r.random()
        if x < 0.08:
            return f"{user.replace('.', ' dot ').replace('_', ' underscore ')} at {dom.replace('.', ' dot ')}"
        if x < 0.14:
            return f"{user}@{dom}".upper()
        return f"{user}@{dom}"
    if kind == "URL":
        site = r.choice(WEB)
        first, last = _names(r)
        handle = _ascii(first).lower() + r.choice([".", "_", ""]) + _ascii(last).lower()[:r.choice([1, 4, 12])]
        handle = handle.replace("-", "")
        forms = [f"https://portal.{site}/messages/{n(10000, 99999)}", f"www.{site}/intake",
                 f"https://{site}/book", f"{site}", f"www.{site}", f"https://www.{site}/resources/meal-support",
                 f"https://us02web.zoom.us/j/{n(80000000000, 89999999999)}?pwd={_slug(r, 12)}",
                 f"https://zoom.us/j/{n(800000000, 999999999)}",
                 f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{_slug(r, 16)}",
                 f"calendly.com/{handle}/intake-call",
                 f"https://www.gofundme.com/f/help-the-{_ascii(last).lower()}-family",
                 f"instagram.com/{handle}", f"https://www.instagram.com/{handle}/", f"tiktok.com/@{handle}",
                 f"facebook.com/groups/{_ascii(last).lower()}familyrecovery", f"bit.ly/{_slug(r, 7)}",
                 f"https://forms.gle/{_slug(r, 11)}", f"https://{site}/forms/appeal-{n(100, 999)}.pdf",
                 f"linktr.ee/{handle}", f"https://www.youtube.com/@{handle}"]
        if r.random() < 0.06:
            name, tld = site.rsplit(".", 1)
            return f"www dot {name.replace('-', ' dash ')} dot {tld} slash intake"
        return r.choice(forms)
    if kind == "SSN":
        x = r.random()
        if x < 0.5:
            a = r.choice([n(1, 665), n(667, 899)])
            b, c = n(1, 99), n(1, 9999)
            y = r.random()
            if y < 0.08:
                return f"{c:04d}"
            if y < 0.15:
                return _spoken_digits(f"{a:03d}{b:02d}{c:04d}", r)
            return r.choice([f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}",
                             f"{a:03d}{b:02d}{c:04d}"])
        a, b, c = r.choice([n(100, 799), n(900, 999)]), n(0, 999), n(0, 999)
        if r.random() < 0.07:
            return _spoken_digits(f"{a:03d}{b:03d}{c:03d}", r)
        return r.choice([f"{a:03d} {b:03d} {c:03d}", f"{a:03d} {b:03d} {c:03d}", f"{a:03d}-{b:03d}-{c:03d}",
                         f"{a:03d}{b:03d}{c:03d}"])
    if kind == "ID":
        L = lambda k: "".join(r.choice(LETTERS) for _ in range(k))  # noqa: E731
        d4, d3a, d3b = n(1000, 9999), n(100, 999), n(100, 999)
        forms = [f"{d4}-{d3a}-{d3b}-{L(2)}", f"{d4} {d3a} {d3b} {L(2)}", f"{d4}{d3a}{d3b}",
                 f"{L(4)} {n(1000, 9999)} {n(1000, 9999)}", f"{n(100, 999)} {n(100, 999)} {n(100, 999)}",
                 f"{n(100000000, 999999999)}", f"00{n(10, 99)} {n(100, 999)} {n(100, 999)}",
                 f"{n(0, 9999999):08d}", f"M{n(100000, 9999999)}", f"{L(3)}{n(100000000, 999999999)}",
                 f"W{n(100000000, 999999999)}", f"{L(3)} {n(1000, 9999)} {n(1000, 9999)}",
                 f"CLM-{n(2024, 2026)}-{n(0, 999999):06d}", f"{n(20, 26)}-{n(1000000, 9999999)}",
                 f"{n(30000000, 39999999)}", f"EAP-{n(100000, 999999)}",
                 f"{r.choice(['AUD', 'PSI', 'MDP', 'LSU-AUD'])}-{n(1, 240):04d}", f"100{n(1000000, 9999999)}",
                 f"FC-{n(22, 26)}-{n(1000, 99999)}", f"CV-{n(22, 26)}-{n(0, 99999999):08d}-0000",
                 f"{n(2022, 2026)}-DR-{n(0, 999999):06d}", f"{L(1)}{n(1000, 9999)}-{n(10000, 99999)}-{n(10000, 99999)}",
                 f"{n(1000000, 9999999)}", f"PA-{n(10000, 99999)}-{L(1)}", f"{L(2)}{n(100000, 999999)}"]
        if r.random() < 0.06:
            return _spoken_digits(str(n(1000000, 99999999)), r)
        return r.choice(forms)
    raise ValueError(kind)


TEMPLATES = {
    "PERSON": [
        "From {} to Everyone: sorry my camera froze, I can still hear you both.",
        "Hi, this is {} calling back about my intake appointment, please call me when you get a chance.",
        "My co-therapist, Dr {}, will be in the room with you for the whole MDMA session.",
        "I told {} about the cravings and she just hugged me, no lecture.",
        "Honestly {}'s the only one in my family who knows I'm in the psilocybin study.",
        "Patient is accompanied by her husband, {}, who provided collateral history.",
        "{}: hey r u still coming to group tonight",
        "We had the worst fight about {}'s drinking again on the weekend.",
        "My teta keeps asking when {} is going to get married, and it's not her business.",
        "Referred by {}, LCSW, from the campus counselling centre.",
        "Secure message from {}: Can I move my weigh-in to the afternoon? I have a lab.",
        "The 988 counsellor, I think her name was {}, stayed on the line until the ambulance came.",
        "My tatik {} still makes the dolma every Sunday even though her hands shake.",
        "Mrs. {} from HR is the one who gave me the EAP number.",
        "I'm calling for my son, {}, he hasn't eaten in two days and he won't get out of bed.",
        "Respectfully submitted, {}, Ph.D., C.Psych.",
        "The examinee, {}, was informed of the limits of confidentiality at the start of the interview.",
        "Mon oncle {} drove us to the clinic because my mother doesn't drive in the snow.",
        "babushka says {} has to stop calling her at midnight from the bar",
        "When {} and I come to couples counselling we take turns picking what to talk about.",
        "Can you ask {} at the front desk to fax the letter to my lawyer?",
        "Dear {}, thank you for your message through the portal.",
        "My sponsor {} says ninety meetings in ninety days, but I have two kids and a job.",
        "Dictating on {}, seen today for medication follow-up, period, naltrexone 50 mg continued.",
        "{} was my roommate in first year and she's the one who noticed I stopped eating.",
        "Integration call with {} (Organizer), video call, 50 minutes",
        "Hey it's {} from the eating disorder program, just confirming meal support tomorrow at noon.",
        "I keep thinking about what {} said after the service at the Eritrean church.",
        "Emergency contact: {} (sister), same address.",
        "Coach {} pulled me aside after practice and walked me over to counselling.",
        "So {} says I'm always on my phone, and I say he's always at the gym.",
        "Parent/guardian signature: {}",
        "Patient name: {}",
        "My brother-in-law {} works with my husband, so I can't talk to either of them about it.",
        "Father {} from the Armenian church came to the hospital to pray with my dad.",
        "lol {} just sent the whole family group chat a screenshot of my post",
        "Thanks, {}. I'll see you Thursday after the dosing day.",
        "Yalla, {} is waiting in the car, habibi, we have to go.",
        "Maman says {} can't come to the family session because of work.",
        "My dedushka and {} are the only ones who still speak Russian at home.",
        "Ma tante {} is the one who found me the counsellor.",
        "Papik still calls {} every night at nine to ask if he ate.",
        "{} jan, please call me back, your mother is worried.",
        "Emama made coffee for {} and half the building after the funeral.",
        "PCL-5 was 61 at baseline, per {}'s notes.",
        "I didn't want to call 911 so I texted {} instead.",
    ],
    "LOCATION": [
        "I grew up in {} and honestly I never wanted to leave.",
        "We drive in from {} for every dosing session, it's almost two hours each way.",
        "She's on the waitlist at {} for the partial hospitalization program.",
        "My parents came from {} in the nineties with two suitcases and my grandmother.",
        "Patient resides in {} with her spouse and two children.",
        "The EAP counsellor said the closest in-person office is in {}.",
        "I was at a party in {} when I called 988.",
        "Dispatch sent the mobile crisis team out to {}.",
        "There's a Haitian bakery in {} where my aunt works nights.",
        "We got married at a church in {}, my mother insisted.",
        "Transferred from {} after a medical admission for refeeding.",
        "He's staying with his cousin in {} until the court date.",
        "Location: {}",
        "my dad's whole side is in {} still, they send voice notes every morning",
        "The campus shuttle doesn't go out to {} after ten at night.",
        "We lived in {} for six years before we came to Manitoba.",
        "Her family is from {}, on the Armenian side, and her dad's family is Greek.",
        "I work the night shift at a warehouse out in {}.",
        "The family was referred by the school social worker in {}.",
        "Last known location per caller: a parking lot near {}.",
        "I drove all the way to {} just to buy wine where nobody knew me.",
        "The clinic moved to {} so now it's two buses for me.",
        "They're opening a second trial site in {} next year.",
        "She was admitted to {} on a Form 1 last winter.",
        "Born in {}, came to Canada at age 12 with her mother.",
        "My cousins in {} all go to the same Orthodox church.",
        "Visit type: in person at {}",
        "we're moving to {} in the fall for my husband's job",
        "He says the Russian store in {} is the only place that has the right kefir.",
        "Previous treatment: outpatient counselling at {}, no benefit.",
        "The coffee ceremony was at my aunt's place in {}.",
        "We visit Armenia every summer, but my parents live in {} now.",
        "My baba drives a cab in {} and works six days a week.",
    ],
    "ADDRESS": [
        "My new address is {}, can you update it in the system?",
        "Please mail the appeal decision to {}.",
        "Mailing address: {}",
        "We're renting the basement apartment at {} now.",
        "The police did a wellness check at {} around midnight.",
        "Send the refund cheque to {}, that's my mom's place.",
        "Home address on the intake form: {}",
        "The caller gave her location as {}, second floor.",
        "I've been couch-surfing at {} since the breakup.",
        "The family home at {} has been sold, so the kids go back and forth between us.",
        "Notify the patient in writing at {} of the outcome.",
        "We used to live at {}, right across from the hockey arena.",
        "my address is {} if u want to send the forms",
        "The interview took place at the examinee's residence, {}.",
        "Delivery to {}, leave it at the side door please.",
        "Our office has moved to {}; parking is behind the building.",
        "She lives on the farm, {}, about forty minutes from town.",
        "Return to sender: {}",
        "I'm at {} right now, in the car, I can't go back inside.",
        "Residence: {}, lives with mother and two younger siblings.",
        "The co-op where I live is at {}, ground floor.",
        "Please courier the signed consent copy to {}.",
        "Her grandmother's house, {}, is where the whole family goes on Sundays.",
        "Patient's listed address, {}, is a shelter.",
        "I moved out of residence, I'm at {} now with two roommates.",
        "Correspondence address for the appeal: {}",
        "He keeps showing up at {} even though there's a no-contact order.",
        "Can you pick me up at {} after my session?",
        "My health card still has the old address, {}, from before I moved within Ontario.",
        "My sister moved back to Quebec but I'm still at {}.",
    ],
    "DATE": [
        "My last drink was {}, I remember because it was the night of the hockey final.",
        "Your next appointment is on {} at 2:30 PM.",
        "I've been sober since {}.",
        "Date of incident: {}",
        "The first dosing session is scheduled for {}, please don't eat after midnight.",
        "She was discharged from the program on {}.",
        "DOB: {}",
        "Hi, it's me again, calling on {} around four, please call me back.",
        "We separated on {} and he moved into his brother's basement.",
        "I was admitted {} and stayed for eleven days.",
        "The denial letter dated {} says the partial hospitalization was not medically necessary.",
        "When: {}, 6:00pm to 6:50pm (Eastern Time)",
        "Can we do {} instead? I have an exam that morning.",
        "My dad passed away on {}, and I haven't been the same.",
        "Patient was seen {} for follow-up of PTSD symptoms, CAPS-5 total 38.",
        "on {} i finally told my parents about the purging",
        "The court order issued {} requires a full parenting capacity assessment.",
        "Last day of work was {}; short-term disability started after that.",
        "Integration call moved to {}, same Zoom link.",
        "I called the crisis line on {}, that was the worst night.",
        "Admission date: {}",
        "The appeal must be received by {} or the decision is final.",
        "we had our first date on {} and he forgot this year",
        "My mom lands {} and she's staying with us for a month.",
        "Baseline AUDIT was 29 at screening on {}.",
        "Reminder: your weigh-in has been moved to {}.",
        "Signed on {} in the presence of the study coordinator.",
        "The last time I binged was {}, so that's almost three weeks.",
        "Date of service: {}",
        "Since {} I haven't touched a drop, not even at the wedding.",
        "Psilocybin 25 mg was given on {} with both monitors present.",
        "Started acamprosate on {}, two tablets three times a day.",
    ],
    "AGE": [
        "My grandmother is {} and she still lives alone in the apartment.",
        "Age: {}",
        "My tatik turned {} last week and we had a big party in the church hall.",
        "Dad is {} years old now, and I'm 62 and I'm the one taking care of him.",
        "she's {} and still sharper than all of us",
        "He died at {}, in his sleep, and I'm 41 and still not okay about it.",
        "Collateral from the patient's {}-year-old mother was limited by her hearing.",
        "My husband's grandma, she's {}, lives with us now.",
        "Great-grandmother ({}) lives in the home and needs daily care.",
        "Babushka will be {} in the spring and she still does her own shopping.",
        "My father is {} and I'm his only caregiver, that's why I'm calling the EAP.",
        "Grand-maman a {} ans, elle habite encore toute seule.",
        "I'm 19, my roommate is 20, and my great-aunt, who is {}, is the one paying my tuition.",
        "The caller's neighbour is {} and has dementia.",
        "My teta is {} and she still fasts even though the doctor said no.",
        "Resident, age {}, was seen at the care home.",
        "He's {} years old and he still drives himself to the liquor store.",
        "when my great grandpa turned {} we all flew home",
        "Mother (age {}) is in long-term care.",
        "My wife's grandmother lived to {}, so we joke that she'll outlive us all.",
        "Emergency contact is her husband, who is {}.",
        "She told the paramedics she's {}, and she is.",
        "Informant: patient's grandfather, {} years of age, lucid and cooperative.",
        "The oldest lady at our church is {} and she still comes every Sunday.",
        "At {}, my nana still gets mad when I don't finish my plate.",
        "Aged {}, widowed, no prior psychiatric history.",
        "She's {} and on sertraline, and the pharmacist flagged it.",
        "My jiddo is {} and he still walks to the mosque every morning.",
    ],
    "PHONE": [
        "You can reach me at {} after five.",
        "Hi, this message is for the intake line, my number is {}, thank you.",
        "Cell: {}",
        "Call me back at {}, not the house phone.",
        "The after-hours on-call number is {}.",
        "Caller's callback number: {}",
        "text me at {} when you're outside",
        "My sponsor's number is {} if you need to reach her.",
        "Her mom's cell is {}, she speaks Armenian and some English.",
        "Phone (home): {}",
        "Please call the study coordinator at {} if you have any side effects after dosing.",
        "For questions regarding this appeal, contact our office at {}.",
        "The EAP line is {}, it's open twenty-four seven.",
        "If you can't make the session, leave a message at {}.",
        "My work number is {}, but don't leave anything personal.",
        "Fax the records to {}, attention medical records.",
        "Dial-in: {} (audio only)",
        "ok my new number is {} save it",
        "Best contact for collateral: father, {}.",
        "You can call my daughter at {}, she translates for me.",
        "Emergency contact phone: {}",
        "Please return my call at {}, I'm home all day.",
        "I wrote {} on my hand so I wouldn't lose it.",
        "The pharmacy's number is {}, ask for the pharmacist.",
        "Tel. : {}",
        "Reached the patient by phone at {} for the two-week check-in.",
        "If the olanzapine 2.5 mg makes you too drowsy, call {} before your next dose.",
    ],
    "EMAIL": [
        "My email is {}, I check it every day.",
        "Please send the consent form to {}.",
        "From: {}",
        "email me at {} if the portal doesn't work",
        "Reply-to: {}",
        "You can also write to the study team at {}.",
        "I sent my food log to {} last night.",
        "Contact the EAP case manager at {} to extend the sessions.",
        "Guests: {}",
        "My daughter's email is {}, she handles my appointments.",
        "Forward the court letter to {} please.",
        "Email address on file: {}",
        "i made a new email so he can't see it, it's {}",
        "Copies of this decision have been sent to {}.",
        "Please cc {} on anything about the kids.",
        "Send the Zoom link to {} instead, my work email blocks it.",
        "Her email is {}, but she never checks it.",
        "Questions? Write to {}.",
        "The intake questionnaire asked for an email, I put {}.",
        "Patient requested results be sent to {}.",
        "Portal notice: a copy of this message was sent to {}.",
        "Organizer: {}",
        "It's {}, all lower case.",
        "Resend the receipt to {} for the insurance.",
        "You can email the co-therapist directly at {}.",
    ],
    "URL": [
        "Join Zoom Meeting {}",
        "The meal plan handouts are on {}.",
        "Please complete the intake questionnaire at {} before your first visit.",
        "you can read my whole story at {}",
        "The portal link is {}, log in with your health card number.",
        "Book your next session here: {}",
        "My cousin set up a fundraiser for the funeral at {}.",
        "The consent document is posted at {} if you want to reread it.",
        "He posted about me on {} and everyone at school saw it.",
        "Click {} to view your secure message.",
        "Link to the EAP app: {}",
        "Appeal forms can be downloaded from {}.",
        "Here's the playlist they used in the dosing room: {}",
        "I follow this recovery account {} and it honestly helps.",
        "Meeting link: {}",
        "Our practice website is {}, the couples worksheet is under resources.",
        "Resources from tonight's group: {}",
        "she sent me {} and told me to stop texting her",
        "More info about the trial: {}",
        "My church livestreams the Sunday liturgy at {}.",
        "Sign up for the skills group at {}.",
        "The screening survey is at {}, it takes about twenty minutes.",
        "From Me to Everyone: here's the handout {}",
        "He runs a little business page, {}, that's where he sells the icons.",
        "Reviews of the clinic are on {} but I didn't trust them.",
        "The MDMA 120 mg dosing-day checklist is at {}.",
    ],
    "SSN": [
        "My social is {}.",
        "SSN: {}",
        "SIN: {}",
        "My social insurance number is {}, do you need that for the EAP?",
        "Subscriber SSN {} appears on the denial letter.",
        "The form wants my SIN, it's {}.",
        "Social Security No.: {}",
        "the last four of my social are {}",
        "Claimant's social insurance number: {}",
        "He used my social, {}, to open a credit card.",
        "I gave the bank my SIN, {}, and now I'm worried.",
        "Social Security number {} is listed on the intake questionnaire.",
        "Her SSN is {}, she's my dependent.",
        "For payroll we need your SIN: {}",
        "my ssn is {} lol don't steal it",
        "Patient SSN: {} (verified with card)",
        "Numéro d'assurance sociale : {}",
        "Okay, my social security number, {}.",
        "The worker keyed in {} as my social and it bounced.",
        "SIN (for the disability claim): {}",
        "Social: {}",
        "Please confirm the SSN on file, {}, before we submit the appeal.",
        "It's {}, that's my social insurance number.",
        "The letter from Service Canada has my SIN on it, {}.",
        "Dependent's Social Security number: {}",
    ],
    "ID": [
        "My health card number is {}.",
        "OHIP #: {}",
        "Member ID: {}",
        "MRN: {}",
        "Your claim number is {}, please reference it on all correspondence.",
        "My student number is {} if you need to look me up.",
        "Participant ID: {}",
        "The EAP case number is {}.",
        "Court file no. {}",
        "Carte RAMQ : {}",
        "My PHIN is {}, it's on the back of the card.",
        "Health card: {} (version code on the card)",
        "Policy number {} covers me through my husband's work.",
        "Group and member number: {}",
        "WSIB claim {} was denied for the mental stress.",
        "Rx # {}",
        "My chart number at the hospital is {}.",
        "Please quote reference number {} when calling.",
        "Authorization number: {}",
        "Medicaid ID {} is still active.",
        "The subject number on my wristband was {}.",
        "Driver's licence: {}",
        "Case #: {}",
        "my member number is {} i think",
        "Nova Scotia health card number: {}",
        "Encounter number {} for today's visit.",
        "Patient account number: {}",
        "Prior authorization request {} was received through the portal.",
        "His inmate number is {}, in case you need to call the jail.",
        "Confirmation number {} for the interpreter booking.",
        "EDE-Q global 4.1 at admission, chart number {}.",
    ],
}
