"""A sixteenth SYNTHETIC transcript set for benchmarks/deid.py: the fourteenth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented
for this file (real cities, towns, neighbourhoods, suburbs, regions abroad and a few landmarks
are used as places only, never with a person; every clinic, hospital, church, mosque, temple,
school, club, shop, restaurant and workplace name is made up).  Written on 2026-12-07 by an
engineer who had NOT seen the de-identifier's rules, its docs page, its tests or the contents of
the earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored, and of
deid_spoken.py and deid_heldout.py .. deid_heldout13.py their docstrings, plus the ``value``
signature and the ``TEMPLATES`` shape of deid_heldout13.py, for the format), in one go, before
any run; no rule and no line of this file was changed after its first run.  It measures how the
rules do on talk they were not written for.

Style: talk and text from settings the earlier docstrings do not name as theirs -- diaspora
families in the US, UK, Canada and Australia: Brazilian- and Portuguese-English (``a gente``,
``saudade``, ``minha mae``, the Ironbound, Framingham, Little Portugal), Italian-American
(``Nonna``, Sunday gravy, the feast, the family restaurant), Greek (``yiayia``, name days,
the Orthodox church, Astoria, the Danforth, Oakleigh), Turkish (``abla``, ``-Hanim`` and
``-Bey`` after names, Green Lanes, Paterson), Iranian Farsi-English (``-jan`` / ``-joon`` after
names, ``Khanum``, Nowruz, Tehrangeles), Polish and Ukrainian families (diminutives, patronymics,
the parish, war-displaced relatives and host families); a military behavioural-health telehealth
call during a deployment (bad links, ``over``, call signs, the FOB, the ship), a forensic
psychiatry criminal-responsibility report (``the defendant``, collateral sources, the Court), a
seafarers' welfare call from a container ship, an airline-pilot fitness-for-duty assessment, a
farmer's crisis line in rural Australia, a funeral director's bereavement referral, and an
Orthodox priest's pastoral counselling; and written and machine forms: an email thread with
``> `` quoted replies and ``---- Forwarded message ----`` headers, an .ics calendar file
(``DTSTART:``, ``LOCATION:``), a referral letter with a letterhead, a CSV export from an EHR
(quoted fields, commas), an iPhone text-thread export (``Dec 3, 2025 at 9:14 PM``), and an SRT
subtitle file of a recorded session (``00:01:22,450 --> 00:01:25,100`` cue lines) next to Zoom
auto-captions.
Identifier forms, chosen to differ from the earlier sets' lists where possible: Portuguese and
Brazilian multi-part names with ``da``/``dos``/``de`` (``Maria da Conceicao Ferreira``),
Brazilian diminutives and nicknames (``Juninho``, ``Zezinho``, ``Tiao``), Brazilian first names
that are English surnames or places (``Washington``, ``Wellington``, ``Kennedy``, ``Jefferson``),
Italian-American nicknames (``Sal``, ``Vinnie``, ``Nunzio``, ``Big Carmine``), Greek names with
``-opoulos`` / ``-akis`` / ``-idou`` and their Anglicised short forms (``Gus``, ``Kiki``), Turkish
names with ``Hanim`` / ``Bey`` / ``abla`` after them (kept outside the span) and Turkish names
that are English words (``Can``, ``Deniz``, ``Umut``), Iranian names with ``-jan`` / ``joon``
after them (outside the span) and ``-zadeh`` / ``-pour`` / ``-i`` surnames, Polish diminutives
and vocatives (``Kasia``, ``Gosia``, ``Bartek``, ``Kasiu``) and feminine ``-ska`` surnames,
Ukrainian first name plus patronymic (``Oksana Petrivna``), military rank plus surname (rank
outside the span) and call signs, email display names (``Ferreira, Joana``), sign-offs
(``Abracos,``, ``Baci,``, ``Pozdrawiam,``) and the everyday ones (first names alone, full names,
surnames after a title, possessives with the ``'s`` outside the span, names at the start of a
sentence, lower-case caption names), with and without their accents (``Gonçalo`` / ``Goncalo``,
``Öztürk`` / ``Ozturk``), and a few Ukrainian first names in Cyrillic as typed in a family text
thread (``Оксана``).  Places: diaspora neighbourhoods and towns (Ironbound,
Framingham, Fall River, Astoria, the Danforth, Oakleigh, Green Lanes, Greenpoint, Hamtramck,
Brighton Beach), hometowns abroad (Governador Valadares, Braga, Avellino, Kalamata, Trabzon,
Shiraz, Rzeszow, Ternopil), US bases and ports, invented parishes, mosques, fire temples,
restaurants, bakeries, clinics and forensic hospitals, real landmarks, lower-case caption places.
Addresses: Brazilian ``Rua ..., 123, apto 402 - Bairro ..., CEP 30140-071``, Portuguese ``Rua
... 45, 2.o Esq., 4700-318 Braga``, Italian ``Via ... 12, 83100 Avellino AV``, Greek ``Odos ...
27, 546 24``, Turkish ``... Cad. No: 14 D: 6 Kadikoy/Istanbul``, Tehran ``Kucheh`` / ``Pelak``
lines, Polish ``ul. ... 8 m. 14, 35-064``, Ukrainian ``vul. ... 21, kv. 9``, US lines with
ZIP, Canadian postal codes, Australian ``Lot`` / RMB farm addresses, UK flats, FPO / DPO
mail, .ics ``LOCATION:`` lines, and spoken ones.  Dates: Portuguese (``15 de agosto``),
Italian (``il 15 agosto``), Turkish (``15 Agustos 2024``), Polish (``15 sierpnia``, ``15.08.2024
r.``), Ukrainian transliterated (``24 liutoho``), Persian-calendar days (``24 Mordad``),
military date-time groups (``031400ZMAR25``), .ics stamps (``20250314T150000Z``), email
headers (``Mon, 3 Mar 2025``), iPhone exports (``Dec 3, 2025``), legal ``the 3rd inst.`` and
``March 3`` after ``on or about``, and the everyday ones; one form in twenty is a fixed-date feast or
national day (``Ferragosto``, ``Ohi Day``, ``St. Joseph's Day``, ``Tiradentes``): it names a
month and day, so it is planted as a date (a judgement call).  Ages over 89: digits, English
words, Portuguese, Italian, Polish and Turkish words (``noventa e dois``, ``novantadue``,
``dziewiecdziesiat jeden``, ``doksan bes``), ``a hundred`` and CSV and form fields.  Phones:
Brazilian (``+55 (31) 98765-4321``), Portuguese, Italian, Greek, Turkish (``0 (532) 123 45 67``),
Iranian, Polish, Ukrainian, Australian, UK and US numbers, DSN lines (the cue outside the span),
satellite phones, ``tel:`` in .ics files, and spoken digits.  Emails: ``.com.br``, ``.pt``,
``.it``, ``.gr``, ``.com.tr``, ``.pl``, ``.ua``, ``.net.au`` and ``.mil`` domains, spoken with the
Italian ``chiocciola``, Greek ``papaki``, Polish ``malpa``, Portuguese ``arroba``, or ``at`` /
``dot``, and in angle brackets after a display name.  URLs: Brazilian and Polish fundraisers
(``vakinha.com.br``, ``zrzutka.pl``), VK profiles, Strava athlete pages, Teams meeting links,
classified listings (``olx``, ``subito.it``, ``allegro.pl``), Aparat channels, bare domains,
spoken.  SSNs: dashes, spaces, none, in quoted CSV fields, spoken, the last four alone (the cue
in the carrier).  IDs (the cue always in the carrier, never in the span): Brazilian CPF and SUS
card numbers, Portuguese NIF and utente numbers, Italian codici fiscali, Greek AMKA, Turkish
T.C. kimlik, Iranian national codes, Polish PESEL, Ukrainian passport numbers, UK visa GWF
references, DoD ID / EDIPI numbers, NY DIN and federal register numbers, indictment and docket
numbers, NPI and DEA numbers, MRNs from an EHR export, Tricare and plan member numbers, claim,
Rx and seafarer discharge-book numbers, some spoken.
A title, rank, kin word or honorific next to a name, an article before a place and a possessive
``'s`` stay outside the span; a date's own words (``the 3rd of March``, ``il 15 agosto``) are
inside it.  ``value`` and the template are drawn independently (deid.py's design), so now and
then a form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (escitalopram 10 mg,
propranolol 20 mg, clonazepam 0.5 mg, mirtazapine 15 mg, buspirone 10 mg, naltrexone 50 mg,
hydroxyzine, Wellbutrin 150, melatonin 3 mg, esketamine, psilocybin 25 mg, MDMA, ayahuasca,
Rivotril), scales and scores (PHQ-9 of 16, GAD-7 of 11, PCL-5 of 48, BDI-II 29, AUDIT 14,
HCR-20, PCL-R 24, Static-99R, MMPI-3, CGI-S 4, K10 of 30), ages under 90 (89, 84, 17), bare
years (1989, 2014, 2022), US states and countries (New Jersey, Massachusetts, Brazil, Portugal,
Italy, Greece, Turkey, Iran, Poland, Ukraine, Djibouti), weekdays alone, times of day (0600,
half past nine, 3 a.m.), durations (nine months, two weeks, forty minutes), God, kin words as
common nouns (my mae, nonna, yiayia, abla, maman, babcia, babusya, my CO) and place-like common
words (the bank, church, the park, the clinic, the bakery, the ship, the FOB, the parish hall,
the cafe, the court, the unit, the paddock).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random
import unicodedata

# --- people -------------------------------------------------------------------------------
BR_PT_FIRST = ["Joana", "Rosangela", "Cleiton", "Wellington", "Washington", "Kennedy", "Jefferson", "Graca",
               "Conceicao", "Thaina", "Luana", "Edivaldo", "Raimunda", "Marcelo", "Ines", "Rui", "Filipa",
               "Goncalo", "Leandro", "Aparecida", "Josiane", "Wanderson", "Gonçalo", "Inês", "João", "Conceição",
               "Graça", "Fortunata", "Mercedes"]
BR_PT_LAST = ["Ferreira", "Nascimento", "Carvalho", "Brandao", "Teixeira", "Medeiros", "Pimentel", "Rebelo",
              "Brandão", "Magalhães", "Simões", "Figueiredo", "Magalhaes", "Quaresma", "Sampaio", "Vieira",
              "Azevedo"]
BR_NICK = ["Juninho", "Zezinho", "Tiao", "Dudu", "Nando", "Bia", "Leleco", "Quinzinho", "Cacau"]
IT_FIRST = ["Salvatore", "Carmela", "Nunzio", "Concetta", "Pasquale", "Assunta", "Gianluca", "Filomena",
            "Carmine", "Antonietta", "Rocco", "Graziella", "Rosa", "Bianca", "Angelo", "Bella"]
IT_LAST = ["Esposito", "DiNapoli", "Scarpaci", "Iannuzzi", "LoBianco", "Carbonaro", "Pellegrino", "Mastrangelo",
           "Ruggiero", "D'Ambrosio"]
IT_NICK = ["Sal", "Vinnie", "Big Carmine", "Ro", "Tina", "Nunzi", "Pasqualino", "Gigi"]
GR_FIRST = ["Eleni", "Dimitra", "Panagiotis", "Irini", "Stavros", "Kyriaki", "Evangelos", "Chrysoula",
            "Spyridon", "Paraskevi"]
GR_LAST = ["Papadopoulos", "Karamanlakis", "Stavridou", "Georgiadis", "Manolakis", "Tsakiridou",
           "Kontopoulos", "Vlachos"]
GR_SHORT = ["Gus", "Kiki", "Voula", "Takis", "Stav", "Pota"]
TR_FIRST = ["Can", "Deniz", "Umut", "Elif", "Ayse", "Baris", "Zeynep", "Mehmet", "Sevgi", "Oguz", "Hulya",
            "Kemal", "Ayşe", "Barış", "Oğuz", "Hülya", "Gülşen", "Şükrü"]
TR_LAST = ["Yilmaz", "Ozturk", "Karakaya", "Celik", "Demirtas", "Aydogan", "Kocabas", "Erdem", "Öztürk", "Çelik",
           "Kılıç"]
IR_FIRST = ["Omid", "Roya", "Azadeh", "Farhad", "Shirin", "Kourosh", "Mahsa", "Babak", "Parisa", "Dariush",
            "Golnaz", "Siavash"]
IR_LAST = ["Hosseinzadeh", "Rahimpour", "Tehrani", "Mohammadi", "Farahani", "Jafari", "Sadeghi", "Karimzadeh"]
PL_FIRST = ["Kasia", "Gosia", "Bartek", "Wiesław", "Jadwiga", "Krzysztof", "Agnieszka", "Zbigniew", "Ola",
            "Tomek", "Małgorzata"]
PL_LAST = ["Nowakowska", "Wrobel", "Grabowski", "Jankowska", "Pietrzak", "Sobczak", "Krawczyk", "Lewandowska",
           "Wróbel", "Dąbrowska", "Żak"]
PL_VOCATIVE = ["Kasiu", "Gosiu", "Bartku", "Tomku", "Olu"]
UA_FIRST = ["Oksana", "Taras", "Nadia", "Bohdan", "Vira", "Mykola", "Halyna", "Ostap", "Lyuba", "Yaryna"]
UA_CYRILLIC = ["Оксана", "Тарас", "Надія", "Богдан", "Галина"]  # as typed in a family text thread
UA_PATRONYMIC = ["Petrivna", "Hryhorovych", "Ivanivna", "Mykolaiovych", "Stepanivna", "Vasylovych"]
UA_LAST = ["Kovalenko", "Shevchuk", "Bondarenko", "Tkachuk", "Melnyk", "Savchenko", "Hnatyshyn"]
CALL_SIGNS = ["Tank", "Hollywood", "Ghost", "Padre", "Moose", "Sparky", "Tex"]
ANGLO_FIRST = ["Brianna", "Colton", "Shelby", "Declan", "Tamsin", "Rhett", "Kylie", "Brodie", "Jarrah",
               "Mackenzie"]
ANGLO_LAST = ["Pemberton", "Hargreaves", "McAllister", "Strickland", "Blackwood", "Tolliver", "Coughlan"]


def _person(r: random.Random) -> str:
    group = r.randrange(9)
    if group == 0:
        f, last = r.choice(BR_PT_FIRST), r.choice(BR_PT_LAST)
        return r.choice([f, f, f"{f} {last}", f"{f} {r.choice(['da', 'dos', 'de'])} {r.choice(BR_PT_LAST)} {last}",
                         r.choice(BR_NICK), f"{last}, {f}", f.lower()])
    if group == 1:
        f, last = r.choice(IT_FIRST), r.choice(IT_LAST)
        return r.choice([f, f"{f} {last}", r.choice(IT_NICK), last, f"{r.choice(IT_NICK)} {last}", f.lower()])
    if group == 2:
        f, last = r.choice(GR_FIRST), r.choice(GR_LAST)
        return r.choice([f, f"{f} {last}", r.choice(GR_SHORT), last, f"{r.choice(GR_SHORT)} {last}"])
    if group == 3:
        f, last = r.choice(TR_FIRST), r.choice(TR_LAST)
        return r.choice([f, f, f"{f} {last}", last, f.lower()])
    if group == 4:
        f, last = r.choice(IR_FIRST), r.choice(IR_LAST)
        return r.choice([f, f, f"{f} {last}", last, f"{f} {r.choice(IR_FIRST)} {last}", f.lower()])
    if group == 5:
        f, last = r.choice(PL_FIRST), r.choice(PL_LAST)
        return r.choice([f, f"{f} {last}", last, r.choice(PL_VOCATIVE), f"{last.upper()}, {f}"])
    if group == 6:
        f = r.choice(UA_FIRST)
        return r.choice([f, f"{f} {r.choice(UA_PATRONYMIC)}", f"{f} {r.choice(UA_LAST)}", r.choice(UA_LAST),
                         r.choice(UA_CYRILLIC),
                         f"{f} {r.choice(UA_PATRONYMIC)} {r.choice(UA_LAST)}"])
    if group == 7:
        return r.choice([r.choice(CALL_SIGNS), r.choice(ANGLO_LAST), f"{r.choice(ANGLO_FIRST)} {r.choice(ANGLO_LAST)}"])
    f = r.choice(ANGLO_FIRST)
    return r.choice([f, f.lower(), f"{f} {r.choice(ANGLO_LAST)}"])


# --- places -------------------------------------------------------------------------------
NEIGHBOURHOODS = ["Ironbound", "Framingham", "Fall River", "New Bedford", "Danbury", "Astoria", "Bensonhurst",
                  "Howard Beach", "Federal Hill", "Greenpoint", "Hamtramck", "Brighton Beach", "Paterson",
                  "Cliffside Park", "Glendale", "Westwood", "Oakleigh", "Marrickville", "Brunswick", "Lidcombe",
                  "Haringey", "Stoke Newington", "Ealing", "Slough", "Mississauga", "Richmond Hill",
                  "North Vancouver", "Little Portugal", "the Danforth", "Green Lanes", "Somerville", "Revere",
                  "Watertown", "Parma", "Mount Prospect", "Toowoomba", "Wagga Wagga", "Dubbo", "Mildura",
                  "Lowell", "Marlborough", "Elizabeth", "Bayonne", "Clifton", "Leichhardt", "Five Dock",
                  "Haberfield", "Thornbury", "Woodbridge", "Saint-Leonard", "Little Italy", "Arthur Avenue"]
ABROAD = ["Governador Valadares", "Ipatinga", "Vitoria da Conquista", "Braga", "Viseu", "Ponta Delgada",
          "Avellino", "Agrigento", "Bari", "Kalamata", "Chania", "Thessaloniki", "Trabzon", "Kayseri", "Gaziantep",
          "Shiraz", "Isfahan", "Rasht", "Tabriz", "Rzeszow", "Bialystok", "Nowy Sacz", "Ternopil", "Lviv",
          "Irpin", "Zaporizhzhia", "Kharkiv", "Kadikoy", "Uskudar", "Kadıköy", "Üsküdar", "Rzeszów",
          "Białystok", "Vitória da Conquista", "São Miguel", "Lamego", "Benevento", "Ioannina", "Rize",
          "Kermanshah", "Mashhad", "Przemyśl", "Chernivtsi", "Bucha"]
FACILITIES = ["Saint Demetrios Greek Orthodox Church", "Agia Paraskevi Church",
              "Holy Protection Ukrainian Catholic Church",
              "Our Lady of Fatima Parish", "Saint Stanislaus Kostka Parish", "Igreja Batista Nova Alianca",
              "Santa Luzia Bakery", "Sao Cristovao Pastry Shop", "Trattoria Iannuzzi", "Kalina Deli", "Wawel Deli",
              "Mevlana Cami", "Al-Noor Islamic Center", "Zarathustra Fire Temple", "Northgate Forensic Hospital",
              "Bayshore Behavioral Health", "Ridgefield Medical Center", "Harlow Creek Regional Hospital",
              "Cedar Ridge Ketamine Clinic", "Bellmore Counseling Center", "Kingsbury Middle School",
              "Lincoln-Hayes High School", "Polish Home of Parma", "Seamen's Mission of New Bedford",
              "Sampaio Funeral Home", "Costa Verde Cleaning", "Esposito Marble and Granite", "Anatolia Kebab House",
              "Persepolis Market", "Dnipro Community Centre", "Olympia Diner", "Fenwick Veterans Clinic"]
LANDMARKS = ["Christ the Redeemer", "the Galata Tower", "Azadi Tower", "Wawel Castle", "the Maidan", "Ellis Island",
             "Fenway Park", "Bondi Beach", "the Acropolis", "Naval Station Norfolk", "Camp Lemonnier",
             "Fort Bragg", "Ramstein", "Al Udeid"]


def _location(r: random.Random) -> str:
    k = r.randrange(10)
    if k <= 2:
        return r.choice(NEIGHBOURHOODS)
    if k <= 4:
        return r.choice(ABROAD)
    if k <= 7:
        return r.choice(FACILITIES)
    if k == 8:
        return r.choice(LANDMARKS)
    return r.choice(NEIGHBOURHOODS + ABROAD).lower()


def _address(r: random.Random) -> str:
    n = r.randint
    k = r.randrange(14)
    if k == 0:
        return (f"Rua {r.choice(['das Flores', 'Sergipe', 'Tupinambas', 'Padre Eustaquio'])}, {n(10, 2400)}, apto "
                f"{n(1, 18)}0{n(1, 4)} - Bairro {r.choice(['Savassi', 'Santa Tereza', 'Lourdes'])}, CEP "
                f"{n(10000, 99999)}-{n(100, 999)}")
    if k == 1:
        return (f"Rua {r.choice(['Dr. Antonio Granjo', 'de Santa Catarina', 'do Souto'])} {n(1, 200)}, "
                f"{n(1, 6)}.o {r.choice(['Esq.', 'Dto.'])}, {n(1000, 9999)}-{n(100, 999)} "
                f"{r.choice(['Braga', 'Viseu', 'Porto'])}")
    if k == 2:
        return (f"Via {r.choice(['Roma', 'Garibaldi', 'San Giovanni Bosco'])} {n(1, 140)}, {n(10000, 98999)} "
                f"{r.choice(['Avellino AV', 'Bari BA', 'Agrigento AG'])}")
    if k == 3:
        return f"Odos {r.choice(['Ermou', 'Egnatias', 'Aristotelous'])} {n(1, 220)}, {n(100, 999)} {n(10, 99)}"
    if k == 4:
        return (f"{r.choice(['Ataturk', 'Bagdat', 'Cumhuriyet'])} Cad. No: {n(1, 300)} D: {n(1, 30)} "
                f"{r.choice(['Kadikoy/Istanbul', 'Ortahisar/Trabzon', 'Sahinbey/Gaziantep'])}")
    if k == 5:
        return (f"Khiaban-e {r.choice(['Vali Asr', 'Shariati', 'Zand'])}, Kucheh {n(1, 40)}, Pelak "
                f"{n(1, 120)}")
    if k == 6:
        return (f"ul. {r.choice(['Mickiewicza', 'Kosciuszki', '3 Maja'])} {n(1, 90)} m. {n(1, 60)}, "
                f"{n(10, 99)}-{n(100, 999)} {r.choice(['Rzeszow', 'Bialystok', 'Nowy Sacz'])}")
    if k == 7:
        return (f"vul. {r.choice(['Shevchenka', 'Franka', 'Hrushevskoho'])} {n(1, 150)}, kv. {n(1, 99)}, "
                f"{r.choice(['Lviv', 'Ternopil', 'Irpin'])} {n(10000, 99999)}")
    if k == 8:
        street = r.choice(["Ferry St", "Lafayette Street", "Ditmars Blvd", "Manhattan Avenue", "Joseph Campau Ave",
                           "Columbia Street", "Hollis Street"])
        town, state = r.choice([("Newark", "NJ 071"), ("Astoria", "NY 111"), ("Fall River", "MA 027"),
                                ("Hamtramck", "MI 482"), ("Providence", "RI 029")])
        return f"{n(10, 2999)} {street}, {town}, {state}{n(0, 99):02d}"
    if k == 9:
        return (f"{n(2, 980)} {r.choice(['College St', 'Danforth Ave', 'Dundas St W'])}, Toronto, ON "
                f"M{n(1, 9)}{r.choice('ABCEGHJK')} {n(1, 9)}{r.choice('LMNPRST')}{n(1, 9)}")
    if k == 10:
        farm = f"RMB {n(100, 9999)} {r.choice(['Mitchell Hwy', 'Boggy Creek Rd'])}, {r.choice(['Dubbo', 'Gunnedah'])}"
        lot = f"Lot {n(1, 60)} {r.choice(['Koornang Rd', 'Atherton Rd'])}, {r.choice(['Carnegie', 'Oakleigh'])}"
        return r.choice([f"{farm} NSW {n(2300, 2899)}", f"{lot} VIC {n(3100, 3199)}"])
    if k == 11:
        return (f"Flat {r.choice('ABCD')}, {n(2, 300)} "
                f"{r.choice(['Green Lanes', 'Stroud Green Road', 'Uxbridge Road'])}, "
                f"London N{n(4, 22)} {n(1, 9)}{r.choice('ABDHJ')}{r.choice('PQRSTU')}")
    if k == 12:
        return r.choice([f"USS {r.choice(['Halberd', 'Corvallis'])}, FPO AE {n(9500, 9599):05d}",
                         f"Unit {n(70000, 79999)} Box {n(100, 9999)}, DPO AP {n(96200, 96699)}"])
    digits = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    house = " ".join(digits[int(c)] for c in str(n(100, 9999)))
    return f"{house} {r.choice(['ferry street', 'ditmars boulevard', 'columbia street', 'green lanes'])}"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PT_MONTHS = ["janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
             "novembro", "dezembro"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
             "novembre", "dicembre"]
TR_MONTHS = ["Ocak", "Subat", "Mart", "Nisan", "Mayis", "Haziran", "Temmuz", "Agustos", "Eylul", "Ekim", "Kasim",
             "Aralik"]
PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "wrzesnia",
             "pazdziernika", "listopada", "grudnia"]
UA_MONTHS = ["sichnia", "liutoho", "bereznia", "kvitnia", "travnia", "chervnia", "lypnia", "serpnia", "veresnia",
             "zhovtnia", "lystopada", "hrudnia"]
FA_MONTHS = ["Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar", "Mehr", "Aban", "Azar", "Dey",
             "Bahman", "Esfand"]
FEASTS = ["Ferragosto", "St. Joseph's Day", "Ohi Day", "Tiradentes", "Greek Independence Day", "Dia de Portugal",
          "the Feast of the Assumption", "Constitution Day", "Ukrainian Independence Day", "Yalda Night"]
ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
             "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]


def _suffix(d: int) -> str:
    return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")


def _date(r: random.Random) -> str:
    n = r.randint
    m, d, y = n(1, 12), n(1, 28), n(2019, 2026)
    mon = MONTHS[m - 1]
    if r.randrange(20) == 0:
        return r.choice(FEASTS)
    wd = r.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    forms = [
        f"{d} de {PT_MONTHS[m - 1]}", f"{d} de {PT_MONTHS[m - 1]} de {y}", f"{d:02d}/{m:02d}/{y}",
        f"il {d} {IT_MONTHS[m - 1]}", f"{d} {TR_MONTHS[m - 1]} {y}", f"{d} {PL_MONTHS[m - 1]}",
        f"{d:02d}.{m:02d}.{y} r.", f"{d} {UA_MONTHS[m - 1]}", f"{d} {r.choice(FA_MONTHS)}",
        f"{d:02d}{n(0, 23):02d}{r.choice(['00', '30'])}Z{mon[:3].upper()}{y % 100:02d}",
        f"{y}{m:02d}{d:02d}T{n(8, 17):02d}{r.choice(['00', '30'])}00Z", f"{wd}, {d} {mon[:3]} {y}",
        f"{mon[:3]} {d}, {y}", f"the {d}{_suffix(d)} inst.", f"{mon} {d}",
        f"the {d}{_suffix(d)} of {mon}", f"{m}/{d}/{y % 100:02d}", f"{mon.lower()} {ORD_WORDS[d - 1]}",
        f"{d} {mon} {y}", f"{mon} {d}{_suffix(d)}", f"{y}-{m:02d}-{d:02d}",
    ]
    return r.choice(forms)


AGE_WORDS = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six",
             "ninety-seven", "ninety-eight", "ninety-nine"]
AGE_FOREIGN = ["noventa e dois", "noventa e um", "novantadue", "novantacinque", "novantuno",
               "dziewiecdziesiat jeden", "dziewiecdziesiat cztery", "doksan bes", "doksan iki", "ninety-odd"]


def _age(r: random.Random) -> str:
    n = r.randint(90, 103)
    k = r.randrange(6)
    if k <= 1:
        return str(n)
    if k == 2:
        if n < 100:
            return AGE_WORDS[r.randrange(10)]
        return r.choice(["a hundred", "one hundred and two", "a hundred and one"])
    if k == 3:
        return r.choice(AGE_FOREIGN[:-1])
    if k == 4:
        return r.choice(AGE_WORDS).capitalize()
    return f"{n}"


def _phone(r: random.Random) -> str:
    n = r.randint
    k = r.randrange(16)
    if k == 0:
        return f"+55 ({n(11, 99)}) 9{n(6000, 9999)}-{n(0, 9999):04d}"
    if k == 1:
        return f"({n(11, 99)}) 9 {n(6000, 9999)}-{n(0, 9999):04d}"
    if k == 2:
        return f"+351 9{n(10, 69)} {n(100, 999)} {n(100, 999)}"
    if k == 3:
        return r.choice([f"+39 3{n(20, 99)} {n(100, 999)} {n(1000, 9999)}",
                         f"0{n(10, 99)} {n(100, 999)} {n(1000, 9999)}"])
    if k == 4:
        return r.choice([f"+30 231 0{n(10, 99)} {n(1000, 9999)}", f"69{n(0, 9)} {n(100, 999)} {n(1000, 9999)}"])
    if k == 5:
        return r.choice([f"0 (5{n(30, 59)}) {n(100, 999)} {n(10, 99)} {n(10, 99)}",
                         f"+90 5{n(30, 59)} {n(100, 999)} {n(10, 99)} {n(10, 99)}"])
    if k == 6:
        return r.choice([f"+98 21 {n(2000, 8999)} {n(1000, 9999)}", f"09{n(10, 39)} {n(100, 999)} {n(1000, 9999)}"])
    if k == 7:
        return r.choice([f"+48 {n(500, 799)} {n(100, 999)} {n(100, 999)}",
                         f"{n(500, 799)}-{n(100, 999)}-{n(100, 999)}"])
    if k == 8:
        return r.choice([f"+380 {n(50, 99)} {n(100, 999)} {n(10, 99)} {n(10, 99)}",
                         f"0{n(50, 99)} {n(100, 999)} {n(1000, 9999)}"])
    if k == 9:
        return r.choice([f"04{n(10, 99)} {n(100, 999)} {n(100, 999)}", f"(02) {n(6000, 6999)} {n(1000, 9999)}"])
    if k == 10:
        return f"07{n(100, 999)} {n(100000, 999999)}"
    if k == 11:
        return r.choice([f"({n(201, 989)}) {n(200, 999)}-{n(0, 9999):04d}",
                         f"{n(201, 989)}-{n(200, 999)}-{n(0, 9999):04d}"])
    if k == 12:
        return f"{n(300, 599)}-{n(200, 999)}-{n(1000, 9999)}"
    if k == 13:
        return f"+8816 {n(2000, 9999)} {n(1000, 9999)}"
    if k == 14:
        return f"+1{n(201, 989)}{n(200, 999)}{n(0, 9999):04d}"
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    digits = f"{n(201, 989)}{n(200, 999)}{n(0, 9999):04d}"
    sp = [words[int(c)] for c in digits]
    return f"{' '.join(sp[:3])}, {' '.join(sp[3:6])}, {' '.join(sp[6:])}"


def _ascii(word: str) -> str:
    """*word* as people type it in an email address: no accents (``simões`` -> ``simoes``)."""
    folded = unicodedata.normalize("NFKD", word.translate(str.maketrans("ıłŁ", "ilL")))
    return folded.encode("ascii", "ignore").decode("ascii")


MAIL_DOMAINS = ["uol.com.br", "terra.com.br", "bol.com.br", "sapo.pt", "libero.it", "tiscali.it", "otenet.gr",
                "hotmail.com.tr", "wp.pl", "o2.pl", "interia.pl", "ukr.net", "bigpond.net.au", "army.mil",
                "navy.mil", "outlook.com", "yahoo.gr", "gmail.com"]


def _email(r: random.Random) -> str:
    n = r.randint
    first = _ascii(r.choice(BR_PT_FIRST + IT_FIRST + GR_FIRST + TR_FIRST + IR_FIRST + UA_FIRST + ANGLO_FIRST).lower())
    last = _ascii(r.choice(BR_PT_LAST + IT_LAST + GR_LAST + TR_LAST + IR_LAST + UA_LAST).lower().replace("'", ""))
    dom = r.choice(MAIL_DOMAINS)
    user = r.choice([f"{first}.{last}", f"{first}{n(1, 99)}", f"{first[0]}{last}", f"{first}_{last}{n(70, 99)}",
                     f"{first}.{r.choice('abcdefghjkm')}.{last}"])
    k = r.randrange(8)
    if k <= 3:
        return f"{user}@{dom}"
    if k == 4:
        at_word = r.choice(["chiocciola", "arroba", "papaki", "malpa"])
        return f"{user} {at_word} {dom.replace('.', ' punto ', 1) if r.random() < 0.3 else dom}"
    if k == 5:
        return f"{user.replace('.', ' dot ')} at {dom.replace('.', ' dot ')}"
    if k == 6:
        return f"{user} (at) {dom.replace('.', ' (dot) ')}"
    return f"{user.upper()}@{dom.upper()}"


def _url(r: random.Random) -> str:
    n = r.randint
    slug = r.choice(["ajuda-para-a-familia", "pomoc-dla-babci", "nonna-carmelas-recovery", "yiayia-eleni-fund",
                     "umut-tedavi", "help-taras-home", "saudade-integration", "kalina-circle"])
    k = r.randrange(14)
    if k == 0:
        return f"https://www.vakinha.com.br/vaquinha/{slug}-{n(1000, 999999)}"
    if k == 1:
        abc = "abcdefghkmnpqrstuvwxyz"
        return f"zrzutka.pl/{r.choice(abc)}{n(100, 999)}{r.choice(abc)}{n(10, 99)}"
    if k == 2:
        return f"vk.com/id{n(10000000, 699999999)}"
    if k == 3:
        return f"https://www.strava.com/athletes/{n(1000000, 99999999)}"
    if k == 4:
        return f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{n(10**9, 10**10 - 1)}%40thread.v2/0"
    if k == 5:
        return f"https://www.olx.com.br/d/anuncio/{slug}-{n(100000000, 999999999)}"
    if k == 6:
        return f"www.subito.it/appartamenti/{slug}-{n(100000000, 599999999)}.htm"
    if k == 7:
        return f"allegro.pl/oferta/{slug}-{n(10000000000, 19999999999)}"
    if k == 8:
        channel = f"{r.choice(['roya', 'omid', 'golnaz', 'farhad'])}_{r.choice(['music', 'daily', 'sokhan'])}"
        return f"https://www.aparat.com/{channel}{n(1, 99)}"
    if k == 9:
        site = r.choice(["casadasaudade", "trattoriaiannuzzi", "kalinadeli", "mevlanacami", "stavridoupsych"])
        return f"{site}.{r.choice(['com', 'org', 'com.au', 'co.uk', 'pt'])}"
    if k == 10:
        handle = r.choice(["joana.ferreira", "sal_esposito", "kiki.karamanlaki", "deniz.ozturk"])
        return f"instagram.com/{handle}{n(1, 999)}"
    if k == 11:
        return f"https://www.facebook.com/groups/{n(100000000000, 999999999999)}"
    if k == 12:
        org = r.choice(["polishhome", "seamensmission", "holyprotection"])
        town = r.choice(["parma", "newbedford", "lidcombe"])
        host = f"{org}-{town}"
        return f"http://{host}.org/{r.choice(['events', 'kontakt', 'bulletin.pdf'])}"
    site = r.choice(["casa da saudade", "kalina deli", "trattoria iannuzzi"]).replace(" ", "")
    return f"w w w dot {site} dot com"


def _ssn(r: random.Random) -> str:
    n = r.randint
    a, b, c = n(100, 665), n(10, 99), n(1000, 9999)
    k = r.randrange(7)
    if k <= 1:
        return f"{a}-{b}-{c}"
    if k == 2:
        return f"{a} {b} {c}"
    if k == 3:
        return f"{a}{b}{c}"
    if k == 4:
        return f"{c}"
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    if k == 5:
        return " ".join(words[int(x)] for x in f"{a}{b}{c}")
    return f"{' '.join(words[int(x)] for x in str(a))}, {' '.join(words[int(x)] for x in str(b))}, " \
           f"{' '.join(words[int(x)] for x in str(c))}"


def _id(r: random.Random) -> str:
    n = r.randint
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    k = r.randrange(18)
    if k == 0:
        return f"{n(100, 999)}.{n(100, 999)}.{n(100, 999)}-{n(10, 99)}"  # CPF
    if k == 1:
        return f"{n(700, 899)} {n(1000, 9999)} {n(1000, 9999)} {n(1000, 9999)}"  # SUS card
    if k == 2:
        return f"{n(100, 299)} {n(100, 999)} {n(100, 999)}"  # NIF
    if k == 3:
        cf = "".join(r.choice(letters) for _ in range(6))
        birth = f"{n(40, 99)}{r.choice('ABCDEHLMPRST')}{n(10, 70)}"
        return f"{cf}{birth}{r.choice(letters)}{n(100, 999)}{r.choice(letters)}"  # codice fiscale
    if k == 4:
        return f"{n(10, 31):02d}{n(1, 12):02d}{n(30, 99)}{n(10000, 99999)}"  # AMKA-like
    if k == 5:
        return f"{n(10000000000, 99999999999)}"  # T.C. kimlik / PESEL
    if k == 6:
        return f"{n(0, 9)}{n(10, 99)}-{n(100000, 999999)}-{n(0, 9)}"  # Iranian code
    if k == 7:
        return f"{r.choice(['FA', 'FE', 'EK', 'KE'])}{n(100000, 999999)}"  # Ukrainian passport
    if k == 8:
        return f"GWF0{n(10000000, 99999999)}"
    if k == 9:
        return f"{n(1000000000, 1999999999)}"  # EDIPI / NPI
    if k == 10:
        return f"{n(18, 25)}-{r.choice('ABR')}-{n(1000, 9999)}"  # NY DIN
    if k == 11:
        return f"{n(10000, 99999)}-0{n(10, 99)}"  # federal register
    if k == 12:
        return r.choice([f"{n(1000, 9999)}-{n(2019, 2025)}", f"CR-{n(2019, 2025)}-{n(1000, 99999):06d}"])
    if k == 13:
        return f"{r.choice(letters)}{r.choice(letters)}{n(1000000, 9999999)}"  # DEA-like
    if k == 14:
        return f"{n(0, 999999):08d}"  # MRN with leading zeros
    if k == 15:
        return f"{r.choice(['TRC', 'W', 'XQK'])}{n(100000000, 999999999)}"
    if k == 16:
        return f"{r.choice(['PT', 'BR', 'GR', 'PL'])}-{n(10000, 99999)}-{r.choice(letters)}"  # discharge book
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    return " ".join(words[int(c)] for c in str(n(1000000, 9999999)))


def value(kind: str, r: random.Random) -> str:
    """One invented identifier of *kind* (deid.py's type names), drawn with *r* only."""
    makers = {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
              "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}
    if kind not in makers:
        raise ValueError(kind)
    return makers[kind](r)


# (template, kind): {} is the planted identifier; every other word in a template identifies nobody
TEMPLATES = {
    "PERSON": [
        "Minha mae keeps saying {} will come back from Massachusetts, but it's been nine months, the saudade is heavy.",
        "{} was the one who found the ayahuasca group, I only went because of the grief.",
        "Nonna calls every Sunday and asks if {} is eating, and I say yes even when it's no.",
        "The defendant stated that {} had 'put thoughts in his head'; the PCL-R was scored 24 from file and interview.",
        "Yiayia lit the candle for {} on the name day and I felt angry, then guilty for feeling angry.",
        "I told my abla that {} Hanim is not my mother, she is my aunt, and the shame is not hers to carry.",
        "Maman says {} jan is a good boy, but at 3 a.m. he texts me things I can't repeat.",
        "Babcia cried when {} left for Poland, and I started the escitalopram 10 mg the next Monday.",
        "Over. Copy that, this is Sergeant {} on the FOB line, link is bad, say again the PCL-5 question. Over.",
        "00:14:02,310 --> 00:14:05,880\nand {} said he'd kill me if I told the school counselor",
        "From: {}\nSent: Monday 09:12\nSubject: RE: session tomorrow -- can we move it to the afternoon?",
        "> On Thursday, {} wrote:\n> I don't think the propranolol 20 mg is helping with the shaking.",
        "Abracos,\n{}\n(sent from my phone, sorry for typos)",
        "\"{}\",\"discharge to home\",\"GAD-7 of 11\"",
        "I'm staying with my host family now, and {} drives me to the clinic on Wednesdays.",
        "Captain {} cleared me to fly again but the fitness-for-duty panel wants the MMPI-3 first.",
        "It was {}'s idea to sell the restaurant, and now Papa won't speak to any of us.",
        "ok so um {} and me we went to the park after church and it was the first good day in two weeks",
        "Father {} came to the parish hall and sat with me, he didn't say anything about God, he just sat.",
        "On the ship nobody talks about feelings, except {}, the cook, who asks me every night after the watch.",
        "Pozdrawiam,\n{}\nPS. Babcia sends her love and says take the melatonin 3 mg, not the pills from Poland.",
        "Baci,\n{}",
        "and I said {}, please, just come home, we won't be angry, and she hung up.",
        "so yeah {} was the pilot in command that day and i was the first officer and nobody saw it coming",
        "The funeral director, {}, gave us your card and said you do grief work in Portuguese.",
        "Ask for {} at the front desk, she speaks Farsi and she'll explain the consent form.",
        "{} from the mosque brought food for forty days, and I didn't know how to say thank you.",
    ],
    "LOCATION": [
        "We moved from {} when I was 17, and my father never forgave Brazil for letting him go.",
        "My whole family still lives in {}, and the war is on the phone every night.",
        "The ketamine infusions were at {} but the insurance stopped after six sessions.",
        "He was transferred to {} for restoration of competency under the Court's order.",
        "After the funeral we drove back to {} and nobody said a word for forty minutes.",
        "LOCATION:{}\nDESCRIPTION:Integration session, bring your journal",
        "I grew up above the bakery in {}, so the smell of bread still makes me cry.",
        "00:03:11,020 --> 00:03:13,940\nwe were in {} when the sirens started",
        "My cousin works at {} now, cash only, no papers, and he has panic attacks in the walk-in fridge.",
        "The referral came from the psychiatrist at {}, with a PHQ-9 of 16 and a note about sleep.",
        "Every Easter we go to {}, the whole family, even my uncle who hasn't been sober since 2014.",
        "The deployment is out of {}, and the time difference means our calls are at 0600 for me.",
        "\"Client reports living in {} with partner; denies SI/HI\",\"K10 of 30\"",
        "my grandma is still in {} and she won't leave her house even with the bombs",
        "We met at {} in the summer of 2022, before everything fell apart.",
        "Out here near {} the nearest counsellor is two hours away and the paddock doesn't wait.",
        "the funeral was at {} and i couldn't go in, i sat in the car the whole time",
        "The ship docked at {} and the port chaplain came aboard with the Wi-Fi codes.",
        "Her son drives her every Saturday to {} for the Polish school and the choir.",
        "Nowruz this year was at my aunt's in {}, with the haft-sin and all of it, and I felt like a stranger.",
    ],
    "ADDRESS": [
        "Please send the letter to {} so my mother can show it at the consulate.",
        "My new address is {}, the host family said I can stay until the spring.",
        "LOCATION:{}\nSUMMARY:Family session (interpreter booked)",
        "Correspondence address on file: {}.",
        "The incident occurred at the defendant's residence, {}, at approximately half past nine.",
        "We still have the old flat at {} and my brother refuses to sell it.",
        "\"Address\",\"{}\"",
        "um my address is {} yeah the one with the blue door",
        "Mail for the ship goes to {}, it takes about two weeks to reach me.",
        "The farm is at {}, if the crisis team ever needs to find it after dark.",
        "Dear Doctor,\nRe: our mutual client, of {}\nThank you for seeing her at such short notice.",
        "ok the address for the court letter is {} and my lawyer has it too",
        "Registered office: {} | Counselling and Psychotherapy in Portuguese, Greek and Turkish",
        "I'm living at {} now, with my cousin's family, five of us in two rooms.",
    ],
    "DATE": [
        "It started on {}, the day my father's shop burned, and I haven't slept right since.",
        "DTSTART:{}\nSUMMARY:Couples session",
        "iMessage export -- {} at 9:14 PM -- Mom: are you eating? call me",
        "My grandmother died {}, so this month is always hard.",
        "The defendant was interviewed on {} for three hours at the county jail.",
        "Date of referral: {}. Reason: low mood, insomnia, AUDIT 14.",
        "---------- Forwarded message ---------\nDate: {}\nSubject: Fwd: medication question",
        "> On {}, the clinic wrote:\n> Your next appointment is confirmed.",
        "DTG {} -- member requests BH telehealth, PCL-5 of 48, no SI.",
        "we got to Poland on {} and my daughter didn't speak for a month",
        "\"{}\",\"Session 4\",\"CGI-S 4\"",
        "The psilocybin session is booked for {} and I'm scared of the dose, 25 mg, is that a lot?",
        "My brother was called up on {}, and my mother hasn't stopped praying since.",
        "00:22:40,100 --> 00:22:43,600\nit was {} the night he hit me the first time",
        "Ela saiu de casa {} e nunca mais voltou, she never came back.",
        "The pilot's last flight before the grounding was {}.",
        "On or about {}, the defendant stopped taking his medication, per collateral from his sister.",
        "Father said the memorial service, the forty days, falls on {}, and I have to be there.",
        "Text thread export: {}, 11:02 -- Babusya: did you take the pill? the small white one",
        "so um on {} i stopped the Wellbutrin 150 because it made me shaky and i didn't tell anyone",
        "The harvest failed and on {} the bank sent the letter, and that's when I started drinking again.",
        "Last contact with the client was {}, by telephone, for forty minutes.",
        "CREATED:{}\nSTATUS:CONFIRMED",
    ],
    "AGE": [
        "My grandmother is {} and still makes the Sunday gravy by herself.",
        "Yiayia turned {} last month and she wants to go back to the village to die.",
        "\"Age\",\"{}\",\"widowed\",\"BDI-II 29\"",
        "He is {} years old and refuses the nursing home, and I'm 84 myself, I can't carry him.",
        "Babcia is {} now, she survived the war, and she still asks about my marriage.",
        "Minha avo tem {} anos and she still prays the rosary for me every night.",
        "The patient, a {}-year-old widower, was referred by his GP for grief and insomnia.",
        "my nonno he's {} and he still drives to the social club every day",
        "Age: {}. Lives alone. Daughter visits twice a week.",
        "Dedem {} yasinda, he says the earthquake took his brothers but not him.",
        "Age/Sex: {} / F",
        "Nonna will be {} at Christmas, and she says this is the last one, every year she says it.",
        "the oldest in the parish is {} and she still sits in the front pew",
        "My great-uncle, {} years old, was evacuated from the village on a stretcher.",
        "\"MRN\",\"Age\"\n\"(see ID field)\",\"{}\"",
        "um she's {} and she still does the garden like she's forty",
        "The decedent's mother, aged {}, was not told the cause of death by the family.",
    ],
    "PHONE": [
        "My mother's number in Brazil is {}, she only picks up after her telenovela.",
        "Call me at {} if the session gets moved, I'm on the night shift this week.",
        "DSN {} -- ask for the behavioral health tech, they'll patch me through.",
        "Tel: {}\nFax: please use the secure portal instead",
        "My aunt in Ukraine, her number is {}, but the line is often down.",
        "ATTENDEE;CN=Client:tel:{}",
        "ok write it down {} that's my cousin's in Australia",
        "\"Phone\",\"{}\",\"OK to leave message\"",
        "The ship's satellite phone is {} but it costs us a fortune, so maybe email instead.",
        "If I'm not answering, try my sister on {}, she knows everything anyway.",
        "Emergency contact (brother): {}.",
        "Sat phone {} -- only between 1800 and 2000 ship's time.",
        "00:41:09,500 --> 00:41:12,020\nmy number is {} text me before you call",
        "Mobile: {} (WhatsApp, Viber)",
        "Crisis line volunteer: can I call you back on {} if we get cut off?",
        "zero four, sorry, let me start again, it's {}",
    ],
    "EMAIL": [
        "Send the superbill to {} please, the insurance wants it in writing.",
        "From: Clinic Admin <{}>\nTo: intake\nSubject: new referral (confidential)",
        "My daughter set up {} for me because I don't know these things.",
        "you can write to me at {} I check it on the ship when there's signal",
        "\"Email\",\"{}\",\"consent to email: Y\"",
        "The report was sent to defense counsel at {} on the Court's instruction.",
        "ORGANIZER;CN=Therapist:mailto:{}",
        "Can you email the letter to {}? The Home Office needs it for the visa.",
        "Best regards,\nPractice Manager\n{}\nThis email is confidential and intended only for the addressee.",
        "> From: {}\n> I'm sorry I missed Tuesday, the baby was sick.",
        "my email is {} I'll spell it if you want",
        "Reply-To: {}",
        "CC: {}\nSubject: Fitness for duty -- follow-up (CONFIDENTIAL)",
    ],
    "URL": [
        "My cousin started a fundraiser, {}, to bring my grandmother out of Ukraine.",
        "The meeting link is {} -- please join five minutes early.",
        "URL:{}\nDESCRIPTION:Group integration circle",
        "He posted the photos on {} and now the whole family knows.",
        "She sells my mother's things on {} and says it's for rent, but I don't believe her.",
        "his runs are all on {}, you can see exactly where he was every morning",
        "\"Link\",\"{}\",\"shared with client\"",
        "The parish puts the funeral times on {} so the old people know.",
        "Follow the crew welfare page {} for the counselling hours in port.",
        "we found his profile {} and my mother saw the photos with that woman",
        "Online booking: {} (no fee for the first session)",
        "Please don't share {} outside the group, it's private.",
        "00:05:50,900 --> 00:05:53,300\nit's on {} if you want to see the video",
    ],
    "SSN": [
        "My social is {}, the clinic needs it for the sliding scale form.",
        "SSN: {}",
        "\"SSN\",\"{}\",\"verified\"",
        "the last four of my social are {} if that's what you need",
        "For the Tricare form he read out his social, {}, over the bad line.",
        "Social Security number on the pre-sentence packet: {}.",
        "ok my social security is {} and I hope this is private",
        "Member SSN (last 4): {}",
        "o meu social é {}, my son wrote it on the paper for me",
        "The intake clerk read my social back, {}, and asked if it was right.",
        "SSN on the Tricare claim: {}",
        "so the last four are {}, same as my dad's, funny right",
    ],
    "ID": [
        "My CPF is {}, in case the consulate asks.",
        "MRN {}, admitted for observation, CGI-S 4.",
        "\"MRN\",\"{}\",\"esketamine 56 mg\"",
        "The indictment number is {} and the hearing is next Tuesday.",
        "DIN {}, housing unit B, seen for in-reach session.",
        "Member ID {}, group number on the back of the card.",
        "Prescriber DEA {}, mirtazapine 15 mg at night.",
        "Her PESEL is {} and the hospital in Poland needs it before they release the records.",
        "The visa reference is {}, the host family has a copy.",
        "DoD ID {}, deployed, requests telehealth follow-up.",
        "claim number {} for the counselling after the accident",
        "My codice fiscale is {}, the Italian doctor asked for it.",
        "The seafarer's discharge book number is {}, the port chaplain wrote it on the form.",
        "Rx {} -- clonazepam 0.5 mg, twice daily as needed, 30 tablets.",
        "Docket No. {} -- evaluation of criminal responsibility, HCR-20 attached.",
        "Federal register number {}, seen at the request of the unit psychologist.",
        "\"PatientID\",\"{}\",\"PHQ-9\",\"16\"",
        "my numero de utente is {} from Portugal, does that work here?",
        "His T.C. kimlik number is {}, we need it for the consulate letter.",
        "The NPI on the referral is {}, please confirm it's the right prescriber.",
    ],
}
