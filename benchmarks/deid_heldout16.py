"""An eighteenth SYNTHETIC transcript set for benchmarks/deid.py: the sixteenth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented
for this file (real large cities, towns, districts and neighbourhoods, and a few public landmarks,
are used as places only, never with a person; every clinic, hospital, school, church, mosque,
temple, shop, firm and workplace name is made up).  Written on 2026-12-07 by an engineer who had
NOT seen the de-identifier's rules, its docs page, its tests or the contents of the earlier sets
(only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout15.py their docstrings, plus the ``value`` signature and the
``TEMPLATES`` shape of deid_heldout15.py, for the format), in one go, before any run; no rule and
no line of this file was changed after its first run.  First run on the eighth round's rules
(main at commit 2a4f7cd); it stays blind until a later round makes it a development set.  It
measures how the rules do on talk they were not written for.

Style: talk and text from African and Caribbean settings and services the earlier docstrings do
not name as theirs -- Kenyan and Ugandan English with Swahili and Luganda (``sawa``, ``pole``,
``mzee``, ``jaja``, ``boda``, the matatu, the chama), Zimbabwean English with Shona (``sekuru``,
``ambuya``, ``mhamha``, ``zvakaoma``, kombis, the kumusha), Senegalese and Ivorian French-English
(``yaay``, ``teranga``, ``maquis``, ``on dit quoi``, ``gbaka``), Haitian Creole-English (``manman``,
``tonton``, ``sak pase``, ``bon``, the lakou), Surinamese Dutch-English (``mi boi``, ``oma``,
``toko``, the Bijlmer); settings: an integrated behavioural-health
huddle in primary care (warm handoffs, the BHC, the panel list), a methadone clinic dosing window
(take-homes, the guest-dose fax, COWS), a youth-justice diversion panel, telepsychiatry through a
telephone interpreter line (``interpreter number``, first-person rendering, ``the interpreter
says``), and a research ethics audit of consent forms; written and machine forms: a referral fax
with a barcode line (``*MRN...*``), a patient-portal questionnaire exported as ``key: value``
lines, a team chat export (``[08:41] name:`` lines, ``@`` mentions), and an appointment
spreadsheet pasted as ``|``-separated cells.
Identifier forms, chosen to differ from the earlier sets' lists where possible: teknonyms and kin titles
(``Mama``, ``Tonton``, ``sekuru``) in the carrier (``Mama Wanjiku``: the name only is
planted), Zimbabwean word-names (Blessing, Precious, Memory, Loveness, Godknows, Innocent,
Talent, Beauty, Nomatter), Kenyan given-plus-clan names (``Achieng Otieno``, ``Kiprop
Chebet``), Ugandan clan names first (``Ssemakula Joseph``), Senegalese names (``Ndeye Fatou
Diop``, ``Serigne``), Ivorian names (``Adjoua Kouassi``), Haitian hyphenated given names and
surnames (``Jean-Robert``, ``Pierre-Louis``, ``Dieuseul``), Surinamese Hindustani, Javanese,
Creole and Maroon names (``Ramdin``, ``Wongsonadi``, ``Esajas``), chat handles that are names
(``@njeri.w``), key: value name fields, and the everyday ones (first names alone, full names,
surnames after a title in the carrier, possessives with ``'s`` outside the span, names at
sentence start, lower-case ASR names).  Places: Nairobi, Kampala, Harare, Dakar, Abidjan,
Port-au-Prince and Paramaribo neighbourhoods and satellite towns, Kenyan sub-counties and Ugandan
districts, diaspora neighbourhoods (Little Haiti, Flatbush, Mattapan, the Bijlmer), invented
clinics, health centres, MAT sites, schools, parishes, mosques, mandirs, markets, kiosks and
workplaces, lower-case ASR places.  Addresses: Kenyan ``P.O. Box 4521-00100`` and ``House No.``
lines with ``off ... Road``, Ugandan ``Plot`` lines, Zimbabwean high-density ``No. 4417 Unit K``
lines, Dakar ``Villa N°`` / ``Sicap`` lines, Abidjan ``Cite ... villa`` lines, Port-au-Prince
``Rue ... #17, Delmas 33`` lines, Paramaribo ``...weg 312`` lines, Brooklyn and Miami lines with
ZIP, and spoken ones.  Dates: Swahili ``tarehe`` forms, Haitian Creole month names (``15
janvye``), Dutch (``14 maart``), French (``le 3 avril``) as well as spreadsheet ``07-Dec``,
barcode ``19880314`` (cue in the carrier), key: value ``2026-11-30``, ``5th Dec``, ``Dec. 5``, and spoken ones.
Ages over 89: digits, English, French and Swahili words, key: value fields.  Phones: Kenyan,
Ugandan, Zimbabwean, Senegalese, Ivorian, Haitian, Surinamese, Dutch and US layouts, fax lines,
``wa.me`` links are URLs, spoken digit groups with ``oh``.  Emails: ``yahoo.fr``, ``orange.sn``,
``.co.ke`` / ``.co.ug`` / ``.co.zw``, ``(at)``, spoken ``at`` / ``dot``, ``mailto:``.  URLs:
``wa.me`` WhatsApp links, ``t.me`` Telegram links, ``bit.ly`` short links, TikTok and Facebook
pages, bare clinic domains.  SSNs: dashes, spaces, none on a barcode line, spoken, masked with
only the last four planted.  IDs (cue in the carrier): MRNs, methadone client numbers, NHIF and
Medicaid numbers, Medicare MBIs, youth-justice case numbers, research participant and consent
version numbers, interpreter IDs, claim and Rx numbers.
Carrier sentences hold words that must NOT be removed: drugs and doses (methadone 85 mg,
buprenorphine 16 mg, naloxone, sertraline 50 mg, olanzapine 10 mg, psilocybin 25 mg), rating
scales (PHQ-9 of 16, GAD-7, COWS of 9, AUDIT-C, CRAFFT), ages under 90, bare years, countries
and US states, weekdays alone, times of day, durations, kin words as common nouns, and place-like
common words (the clinic, the bank, church, the park, the market).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

FIRST = ["Wanjiru", "Achieng", "Njeri", "Kiprop", "Otieno", "Chebet", "Mwangi", "Akinyi", "Kamau", "Wafula",
         "Nakato", "Mugisha", "Atwine", "Namubiru", "Ssemakula", "Kintu", "Nabirye", "Okello",
         "Tendai", "Chipo", "Tatenda", "Rufaro", "Nyasha", "Farai", "Tinashe", "Kudzai", "Tapiwa", "Rutendo",
         "Mamadou", "Fatou", "Aminata", "Cheikh", "Awa", "Ousmane", "Ndeye", "Serigne", "Mariama", "Babacar",
         "Kouassi", "Adjoua", "Konan", "Aya", "Yao", "Affoue", "Brou", "Akissi",
         "Jean-Robert", "Wilner", "Dieuseul", "Mackenson", "Roseline", "Fabiola", "Marie-Carmel", "Ketly",
         "Guerline", "Jameson", "Ravi", "Shanti", "Marciano", "Sharina", "Roshni", "Kenneth", "Soenita", "Dewi"]
WORD_NAMES = ["Blessing", "Precious", "Memory", "Loveness", "Godknows", "Innocent", "Talent", "Beauty",
              "Nomatter", "Patience", "Mercy", "Gift", "Fortunate", "Privilege"]
LAST = ["Kamau", "Otieno", "Mwangi", "Wambui", "Chebet", "Kiprotich", "Odhiambo", "Njoroge", "Wekesa",
        "Ssemakula", "Byaruhanga", "Namubiru", "Mugisha", "Tumusiime", "Kizza", "Nsubuga",
        "Moyo", "Chikwanha", "Mutasa", "Ncube", "Marufu", "Zvobgo", "Mapfumo", "Sibanda",
        "Diop", "Ndiaye", "Sow", "Fall", "Gueye", "Mbaye", "Faye", "Sarr",
        "Kouadio", "Kouame", "Yao", "Brou", "Konan", "N'Guessan", "Tanoh",
        "Pierre-Louis", "Jean-Baptiste", "Desrosiers", "Dorvil", "Celestin", "Thermidor", "Dorsainvil",
        "Ramdin", "Jagessar", "Wongsonadi", "Esajas", "Pinas", "Mahabier", "Sitaldin", "Kartodikromo"]
NICK = ["Kip", "Wawa", "Tindo", "Mams", "Ti Wil", "Fafa", "Kiki", "Rudy", "Shan", "Tash", "Jojo", "Bebe"]

CITIES = ["Nairobi", "Kisumu", "Eldoret", "Nakuru", "Thika", "Machakos", "Kampala", "Mbarara", "Gulu", "Jinja",
          "Entebbe", "Harare", "Bulawayo", "Mutare", "Gweru", "Masvingo", "Chitungwiza", "Dakar", "Thies", "Touba",
          "Ziguinchor", "Abidjan", "Bouake", "Yamoussoukro", "Port-au-Prince", "Cap-Haitien", "Jacmel",
          "Les Cayes", "Gonaives", "Paramaribo", "Nickerie", "Lelydorp", "Almere", "Zoetermeer", "Brockton"]
HOODS = ["Eastleigh", "Kawangware", "Githurai", "Kayole", "Kibera", "Kilimani", "Ntinda", "Kawempe", "Nakawa",
         "Kamwokya", "Mbare", "Highfield", "Epworth", "Glen View", "Pikine", "Medina", "Parcelles Assainies",
         "Yopougon", "Cocody", "Abobo", "Treichville", "Petion-Ville", "Delmas", "Carrefour", "Little Haiti",
         "Flatbush", "Mattapan", "North Miami", "the Bijlmer", "Rotterdam-Zuid", "Ruiru sub-county", "Wakiso District",
         "Pétion-Ville", "Cap-Haïtien", "Bouaké"]
FACILITIES = ["Tumaini MAT Clinic", "Kawempe Gateway Health Centre IV", "Eastleigh Amani Medical Centre",
              "Mbare Hope Polyclinic", "Chitungwiza Central Hospital", "Clinique Sainte-Bernadette de Cocody",
              "Centre de Sante Keur Yaay", "Hopital Communautaire de Delmas", "Lakou Sante Family Clinic",
              "Flatbush Bridges Behavioral Health", "Little Haiti Unity Health Center", "Mattapan Harbor MAT Program",
              "Kwatta Polikliniek", "Bijlmer Zuidoost Huisartsenpraktijk", "St. Kizito Ntinda Parish",
              "Masjid Nurul Huda Eastleigh", "Shri Ram Mandir Lelydorp", "Eglise Baptiste Bethel de Delmas",
              "Highfield Apostolic Faith Mission", "Kilimani Brook Academy", "Ecole Les Flamboyants de Yopougon",
              "Ntinda View Secondary School", "Savanna Petals Flower Farm", "Githurai Jua Kali Garage",
              "Mama Oliech Kiosk", "Marche Sandaga", "Mbare Musika", "Toko Sranan Bijlmer",
              "Ruaraka Juvenile Diversion Centre", "Greenpoint Youth Court Annex", "Jinja Riverside Rehab"]


def _given(r: random.Random) -> str:
    return r.choice(FIRST + WORD_NAMES)


def _person(r: random.Random) -> str:
    f, last = _given(r), r.choice(LAST)
    form = r.randrange(12)
    if form < 3:
        return f
    if form < 6:
        return f"{f} {last}"
    if form == 6:
        return last
    if form == 7:
        return r.choice(NICK)
    if form == 8:
        return f.lower()
    if form == 9:
        return f"{f} {last}".lower()
    if form == 10:  # Ugandan / Senegalese / Haitian double forms
        return r.choice([f"{last} {f}", f"Ndeye {r.choice(['Fatou', 'Awa', 'Mariama'])} {last}",
                         f"{r.choice(['Jean-Robert', 'Marie-Carmel', 'Wilner'])} "
                         f"{r.choice(['Pierre-Louis', 'Jean-Baptiste'])}"])
    return f"{f} {last[0]}."


def _location(r: random.Random) -> str:
    form = r.randrange(10)
    if form < 3:
        return r.choice(CITIES)
    if form < 6:
        return r.choice(HOODS)
    if form < 9:
        return r.choice(FACILITIES)
    return r.choice(CITIES + HOODS).lower()


def _address(r: random.Random) -> str:
    n = r.randint
    road = r.choice(["Thika Road", "Ngong Road", "Jogoo Road", "Kira Road", "Ggaba Road", "Seke Road",
                     "Samora Machel Avenue", "Rue Lamarre", "Rue Capois", "Boulevard du General de Gaulle"])
    forms = [
        f"P.O. Box {n(100, 9999)}-00{n(100, 620)} {r.choice(['Nairobi', 'Thika', 'Kisumu'])}",
        f"House No. {n(1, 99)}, {r.choice(['Kahawa West', 'Githurai 45', 'Umoja II', 'Kayole Junction'])}, off {road}",
        f"Plot {n(1, 400)}, {r.choice(['Kira Road', 'Ntinda II Road', 'Bukoto Street', 'Gayaza Road'])}, "
        f"{r.choice(['Kamwokya', 'Ntinda', 'Kawempe'])}",
        f"No. {n(100, 9999)} Unit {r.choice('ABCKLMN')}, Seke, Chitungwiza",
        f"{n(1, 99)} {r.choice(['Mbuya Nehanda Street', 'Jason Moyo Avenue', 'Fife Street'])}, "
        f"{r.choice(['Harare', 'Bulawayo', 'Mutare'])}",
        f"Villa N° {n(1, 400)}, Sicap Liberte {n(1, 6)}, Dakar",
        f"Cite Keur Gorgui, Lot {n(1, 120)}, Dakar",
        f"Cocody Riviera {n(2, 4)}, Cite Les Rosiers, villa {n(1, 150)}",
        f"Rue {r.choice(['Lamarre', 'Capois', 'Pavee', 'Gregoire'])} #{n(1, 90)}, Delmas {n(2, 95)}",
        f"#{n(1, 40)}, Impasse {r.choice(['Dorsainvil', 'Celestin', 'Thermidor'])}, Petion-Ville",
        f"{r.choice(['Kwattaweg', 'Indira Gandhiweg', 'Verlengde Gemenelandsweg'])} {n(10, 900)}, Paramaribo",
        f"{r.choice(['Bijlmerdreef', 'Gooioord', 'Ganzenhoef'])} {n(1, 1200)}, {n(1100, 1109)} "
        f"{r.choice(['TB', 'BJ', 'KL', 'RP'])} Amsterdam",
        f"{n(100, 2999)} {r.choice(['Nostrand Ave', 'Flatbush Ave', 'Church Ave'])}, Apt {n(1, 6)}{r.choice('ABCDF')}, "
        f"Brooklyn, NY 112{n(10, 36)}",
        f"{n(100, 9999)} NE {n(2, 80)}{r.choice(['nd', 'th'])} Terrace, Miami, FL 331{n(10, 99)}",
        f"{n(10, 99)} {r.choice(['Blue Hill Ave', 'Cummins Hwy', 'River St'])}, Mattapan, MA 0212{n(0, 6)}",
        r.choice(["forty two nostrand avenue apartment three f", "house number nineteen off jogoo road",
                  "plot two twenty kira road", "number fifty six seke road unit k",
                  "rue lamarre number seventeen delmas thirty three", "kwattaweg three hundred and twelve"]),
    ]
    return r.choice(forms)


_EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
_KREYOL = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiye", "out", "septanm", "oktob", "novanm", "desanm"]
_DUTCH = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
_FRENCH = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
           "novembre", "decembre"]
_SWAHILI = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
            "Novemba", "Desemba"]
_ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
        9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
        15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
        21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth",
        26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}


def _date(r: random.Random) -> str:
    n = r.randint
    m, d, y = n(1, 12), n(1, 28), n(1948, 2027)
    en = _EN_MONTHS[m - 1]
    suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    forms = [
        f"tarehe {d} {_SWAHILI[m - 1]}", f"{d} {_SWAHILI[m - 1]} {y}", f"{d} {_KREYOL[m - 1]}",
        f"{d} {_KREYOL[m - 1]} {y}", f"{d} {_DUTCH[m - 1]}", f"{d} {_DUTCH[m - 1]} {y}",
        f"le {d} {_FRENCH[m - 1]}", f"{d} {_FRENCH[m - 1]} {y}", f"{d:02d}-{en[:3]}", f"{d:02d}-{en[:3]}-{y}",
        f"{y}{m:02d}{d:02d}", f"{y}-{m:02d}-{d:02d}", f"{d}{suf} {en[:3]}", f"{en[:3]}. {d}",
        f"{d}/{m}/{y}", f"{m}/{d}/{str(y)[2:]}", f"the {_ORD[d]} of {en.lower()}", f"{en.lower()} {_ORD[d]}",
        f"{en} {d}{suf}", f"{d} {en} {y}",
    ]
    return r.choice(forms)


_TENS = {90: "ninety", 100: "a hundred"}
_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_FR = ["quatre-vingt-dix", "quatre-vingt-onze", "quatre-vingt-douze", "quatre-vingt-treize",
       "quatre-vingt-quatorze", "quatre-vingt-quinze", "quatre-vingt-seize", "quatre-vingt-dix-sept",
       "quatre-vingt-dix-huit", "quatre-vingt-dix-neuf"]
_SW = ["tisini", "tisini na moja", "tisini na mbili", "tisini na tatu", "tisini na nne", "tisini na tano",
       "tisini na sita", "tisini na saba", "tisini na nane", "tisini na tisa"]


def _age(r: random.Random) -> str:
    a = r.randint(90, 107)
    form = r.randrange(8)
    if form < 3:
        return str(a)
    if form < 5:
        if a < 100:
            return "ninety" + (f"-{_ONES[a - 90]}" if a > 90 else "")
        return "a hundred" + (f" and {_ONES[a - 100]}" if a > 100 else "")
    if form == 5 and a < 100:
        return r.choice(["Ninety", "ninety"]) + (f" {_ONES[a - 90]}" if a > 90 else "")
    if form == 6 and a < 100:
        return _FR[a - 90]
    if form == 7 and a < 100:
        return _SW[a - 90]
    return str(a)


_SPOKEN_DIGIT = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _spoken(digits: str) -> str:
    return " ".join(_SPOKEN_DIGIT[int(c)] for c in digits)


def _phone(r: random.Random) -> str:
    n = r.randint
    k7, u7, z7 = f"{n(10, 99)}{n(100000, 999999)}", f"{n(100000, 999999)}", f"{n(1000000, 9999999)}"
    forms = [
        f"+254 7{n(10, 99)} {n(100, 999)} {n(100, 999)}", f"07{n(10, 99)} {n(100000, 999999)}",
        f"07{n(10, 99)}-{n(100, 999)}-{n(100, 999)}", f"020 {n(2000000, 4999999)}",
        f"+256 7{n(70, 89)} {u7}", f"0772 {n(100, 999)} {n(100, 999)}", f"+263 77 {n(100, 999)} {n(1000, 9999)}",
        f"0773 {n(100, 999)} {n(100, 999)}", f"+221 77 {n(100, 999)} {n(10, 99)} {n(10, 99)}",
        f"77 {n(100, 999)} {n(10, 99)} {n(10, 99)}", f"+225 07 {n(10, 99)} {n(10, 99)} {n(10, 99)} {n(10, 99)}",
        f"+509 3{n(100, 999)}-{n(1000, 9999)}", f"(509) 3{n(6, 9)}{n(10, 99)} {n(1000, 9999)}",
        f"+597 8{z7[:6]}", f"8{n(10, 99)}-{n(1000, 9999)}", f"06-{n(10000000, 99999999)}",
        f"+31 20 {n(100, 999)} {n(1000, 9999)}", f"({n(305, 786)}) {n(200, 999)}-{n(1000, 9999)}",
        f"718.{n(200, 999)}.{n(1000, 9999)}", f"1-866-{n(200, 999)}-{n(1000, 9999)}",
        _spoken("07" + k7), f"oh seven {_spoken(str(n(10, 99)))}, {_spoken(str(n(100, 999)))}, "
                                  f"{_spoken(str(n(100, 999)))}",
    ]
    return r.choice(forms)


_MAIL_DOMAINS = ["gmail.com", "yahoo.fr", "orange.sn", "yahoo.co.uk", "hotmail.nl", "africaonline.co.ke",
                 "mtnonline.co.ug", "zol.co.zw", "outlook.com", "icloud.com", "tumainimat.or.ke", "lakousante.org",
                 "flatbushbridges.org", "kwatta-poli.sr", "aviso.ci"]


def _email(r: random.Random) -> str:
    f, last = r.choice(FIRST).lower().replace("-", ""), r.choice(LAST).lower().replace("-", "").replace("'", "")
    user = r.choice([f"{f}.{last}", f"{f}{r.randint(1, 99)}", f"{f}_{last[:4]}", f"{last}{f[0]}",
                     f"{f}.{last}{r.randint(70, 2005)}", f"dr.{last}"])
    dom = r.choice(_MAIL_DOMAINS)
    form = r.randrange(8)
    if form < 4:
        return f"{user}@{dom}"
    if form == 4:
        return f"{user} (at) {dom.replace('.', ' (dot) ')}"
    if form == 5:
        return f"{user.replace('.', ' dot ').replace('_', ' underscore ')} at {dom.replace('.', ' dot ')}"
    if form == 6:
        return f"mailto:{user}@{dom}"
    return f"{user.upper()}@{dom.upper()}"


def _url(r: random.Random) -> str:
    n = r.randint
    f, last = r.choice(FIRST).lower().replace("-", ""), r.choice(LAST).lower().replace("-", "").replace("'", "")
    forms = [
        f"wa.me/2547{n(10, 99)}{n(100000, 999999)}", f"https://wa.me/509{n(30000000, 49999999)}",
        f"t.me/{f}_{last}", f"https://t.me/+{r.choice(['aB3x', 'Kq9Z', 'mT7w'])}{n(1000, 9999)}",
        f"bit.ly/{r.choice(['3xQ', 'Ke7', 'Zz4', 'mAt'])}{n(100, 999)}{r.choice(['hT', 'pQ', 'rr'])}",
        f"tiktok.com/@{f}.{last}", f"https://www.tiktok.com/@{f}{n(1, 99)}",
        f"facebook.com/{f}.{last}.{n(1, 99)}", f"https://m.facebook.com/groups/{last}family{n(10, 99)}",
        "www." + r.choice(['tumainimat.or.ke', 'lakousante.org', 'keuryaay.sn', 'mbarehope.co.zw', 'kawempegateway.ug']),
        f"{r.choice(['flatbushbridges.org', 'kwatta-poli.sr', 'aviso.ci', 'diversionpanel.ke'])}/"
        f"{r.choice(['rdv', 'afspraak', 'intake', 'panel?case=' + str(n(100, 999))])}",
        f"https://portal.{r.choice(['lakousante', 'flatbushbridges', 'mattapanmat'])}.org/q/{n(10000, 99999)}",
        f"instagram.com/{f}_{last}", f"youtube.com/@{last}{f}",
    ]
    return r.choice(forms)


def _ssn(r: random.Random) -> str:
    n = r.randint
    a, b, c = n(101, 899), n(10, 99), n(1000, 9999)
    forms = [f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{c}",
             f"{_spoken(str(a))}, {_spoken(str(b))}, {_spoken(str(c))}", f"{a}.{b}.{c}"]
    return r.choice(forms)


def _id(r: random.Random) -> str:
    n = r.randint
    forms = [
        str(n(100000, 9999999)), f"MRN{n(10000000, 99999999)}", f"MMT-{n(1000, 9999)}", f"{n(1000000, 9999999)}",
        f"1{r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}{n(1, 9)}-{r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}"
        f"{n(1, 9)}-{r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}{n(10, 99)}",
        f"YJD/{n(2019, 2026)}/{n(100, 9999):04d}", f"P-{n(1, 999):03d}", f"ICF-v{n(2, 7)}.{n(0, 9)}-{n(1000, 9999)}",
        f"CM{n(80, 99)}{n(10000, 99999)}{r.choice(['ABCD', 'KQRT', 'XYZW'])}", f"{n(20000000, 39999999)}",
        f"CLM-{n(100000, 999999)}-{r.choice('ABCX')}", f"RX{n(1000000, 9999999)}", f"{n(100000, 999999)}",
        f"{r.choice(['HN', 'QX', 'TK'])}{n(10000, 99999)}{r.choice('ABCDEFG')}",
        _spoken(str(n(1000000, 9999999))),
    ]
    return r.choice(forms)


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


# (template, kind): {} is the planted identifier; the words around it are this file's own
TEMPLATES = {
    "PERSON": [
        "sawa, so Mama {} came to the dosing window at 7:40 and asked for her take-homes, methadone 85 mg.",
        "[08:41] BHC: warm handoff done, {} is in room 4, PHQ-9 of 16, no SI today.",
        "The interpreter says: my brother {} is the one who beat me, I am telling you the truth.",
        "{} was referred to the diversion panel after the phone was taken at school, CRAFFT was 3.",
        "pole sana, {}'s jaja died on Tuesday and she has not slept since, the grief is heavy.",
        "Patient name: {}",
        "Consent form 14 was signed by {} but the witness line is blank, the audit flags it.",
        "uh my sekuru {} says the spirits are angry because I left the kumusha, zvakaoma.",
        "Tonton {} still calls me every Sunday from Haiti, bon, he is 71 now.",
        "i told {} about the ceremony and she cried, the psilocybin 25 mg was a lot for me.",
        "Oma says {} is a good boy, mi boi, but he is using again since the summer.",
        "@{} can you cover the 2pm huddle, my sertraline patient is late.",
        "The youth officer, Mr {}, read the police report aloud to the panel.",
        "Yaay told me {} would marry me, then he went to France in 2019 and never called.",
        "Referring clinician: Dr. {} | Reason: opioid use disorder, buprenorphine 16 mg",
        "So {}, do you want the guest-dose fax sent to the clinic in Florida or Georgia?",
        "on dit quoi, {} was at the maquis again, drinking, the mother is worried.",
    ],
    "LOCATION": [
        "I grew up in {} with my grandmother, we sold tomatoes at the market.",
        "The guest-dose fax goes to {} before Friday, or he misses three days.",
        "He was picked up by the police in {} and now he is in front of the diversion panel.",
        "Clinic site: {}",
        "the boda dropped me at {} and I walked the rest, my knee, eish.",
        "She transferred her care from {} last month, her COWS was 9 at intake.",
        "We went to church in {} every Sunday, the choir, the whole family.",
        "My manman still lives in {}, near the park where they do the vodou drums.",
        "The consent forms from {} were missing the version date on page 2.",
        "Bon, after the earthquake we moved to {} and then to Florida.",
        "uh she works at {} on the night shift so the huddle should call after 3pm.",
        "| Site | {} | Mon | 09:30 | follow-up |",
        "The interpreter says: I was born in {}, I came to the United States in 2014.",
        "we used to take the kombi from {} to town, it took two hours.",
    ],
    "ADDRESS": [
        "Home address: {}",
        "The letter came back, she is no longer at {}, the post office stamped it.",
        "sawa, the new place is {}, near the chemist.",
        "Please send the referral to {}, attention the intake nurse.",
        "We lived at {} until the landlord put our things in the street.",
        "the interpreter says: I stay at {} with my auntie and her three children.",
        "| Address | {} | verified | no |",
        "Panel letter to the parent at {} was returned unopened.",
        "He gives his mother's house, {}, as his address for the take-home checks.",
        "i'm at {} now, the bank is across the road if you need a landmark.",
    ],
    "DATE": [
        "Last dose at the window was {}, so he is already in withdrawal.",
        "My mother died on {} and I still cannot eat rice without crying.",
        "Next panel hearing: {}",
        "The consent form is dated {} but the protocol version 3 was not approved yet.",
        "Appointment: {} at 10:15, telephone interpreter booked.",
        "she relapsed around {}, after the funeral, then started buprenorphine again.",
        "| {} | 09:00 | new intake | confirmed |",
        "I came to this country on {}, I remember because it rained.",
        "*REFERRAL* {} PAGE 1/3",
        "*PT-DOB:{}*SEX:F*PAGE 1/3*",
        "The interpreter says: the baby was born {}, in the hospital, not at home.",
        "Take-homes approved until {} if the urine is clean.",
        "we buried him {}, the whole village came, the drums all night.",
    ],
    "AGE": [
        "My grandmother is {} years old and still walks to church on Sunday.",
        "Age: {}",
        "Ambuya turned {} in June, she still remembers every name.",
        "The interpreter says: my father is {}, he cannot travel to the clinic.",
        "mzee ana miaka {}, he lives alone since mama died.",
        "Elle a {} ans, ma grand-mere, and she prays for me every day.",
        "He died at {}, peacefully, after the second stroke.",
        "| DOB unknown | age {} | home visit | ok |",
        "Oma is {} now, she made the peanut soup for the whole family.",
        "My great-uncle is {} and he says therapy is for white people, eish.",
    ],
    "PHONE": [
        "You can reach me on {} any time after the dosing window closes.",
        "Mobile: {}",
        "The interpreter line is {}, the agent number is on the chat.",
        "Fax the guest-dose form to {} before 3pm.",
        "Tel: {} | Fax: on request",
        "the auntie's number is {}, she has the M-Pesa on it too.",
        "call me at {} if the panel changes the date.",
        "Her WhatsApp is {}, she does not answer normal calls.",
        "[11:02] MA: callback requested, {} (cell), prefers Kreyol.",
        "My mother's phone in Haiti is {}, but the network is bad.",
    ],
    "EMAIL": [
        "Email: {}",
        "Send the consent scan to {} and copy the PI.",
        "you can email me on {}, I check it at the cyber cafe.",
        "The youth worker's address is {}, she wants the panel notes.",
        "[14:20] nurse: portal bounced, try {} instead.",
        "I wrote to {} about the take-homes but nobody answered.",
        "Reply-to: {}",
        "My son set up {} for me, I don't know the password.",
    ],
    "URL": [
        "The church posts the prayer times on {}, my mother watches it.",
        "Join the group on {} and say hi, sawa?",
        "Portal link: {}",
        "He put the fight video on {} and the school saw it, that's why the panel.",
        "The fundraiser for the funeral is at {}, my cousin made it.",
        "[09:55] coordinator: interpreter booking form is {}",
        "I found the methadone rules on {} but it was in Dutch.",
        "Book the next slot at {} or call the front desk.",
    ],
    "SSN": [
        "SSN: {}",
        "My social is {}, the one on the Medicaid letter.",
        "The interpreter says: social security number, {}, I have the card at home.",
        "The fax barcode line reads SSN{} and then the MRN.",
        "Social Security No. {} was written on the consent form, the audit flags it.",
        "his social security, uh, {}, the caseworker has the card.",
        "| SSN | {} | verified at intake |",
        "the last four of my social are {}, no wait, let me check the card.",
    ],
    "ID": [
        "Medical record number: {}",
        "*MRN {}* printed under the barcode on every page of the referral.",
        "Methadone client no. {} was dosed at 07:52, 85 mg, observed.",
        "NHIF number {} is on the card, the clinic in Kenya needs it.",
        "My Medicaid ID is {} and they said it is inactive.",
        "Medicare MBI: {}",
        "Diversion panel case no. {}, the youth is 15, first offence.",
        "Participant ID {} signed consent version 2 instead of 3.",
        "Interpreter ID {}, Haitian Creole, session started 10:04.",
        "Claim number {} was denied for the telepsychiatry visit.",
        "Rx # {} olanzapine 10 mg at night, 30 tablets.",
        "Ugandan NIN {} on the registration form.",
        "account number {} at the bank, for the rent support.",
    ],
}
