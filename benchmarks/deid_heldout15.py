"""A seventeenth SYNTHETIC transcript set for benchmarks/deid.py: the fifteenth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented
for this file (real large cities, towns, boroughs and districts are used as places only, never
with a person; every clinic, hospital, mosque, church, temple, school, shop and workplace name
is made up).  Written on 2026-12-07 by an engineer who had NOT seen the de-identifier's rules,
its docs page, its tests or the contents of the earlier sets (only benchmarks/deid.py, for how a
set is plugged in and scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout13.py
their docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of deid_heldout13.py,
for the format), in one go, before any run; no rule and no line of this file was changed after
its first run.  It measures how the rules do on talk they were not written for.

Style: talk and text from settings the earlier docstrings do not name as theirs -- South Asian
UK diaspora families (Pakistani and Bangladeshi: ``ammi``, ``abbu``, ``nani``, ``bhai``, the
masjid, the corner shop, Eid), mainland-Chinese Mandarin-English code-switching (``mama``,
``laoshi``, WeChat, ``haode``, ``mei guanxi``), Russian-speaking Israel (``babushka``,
``ulpan``, ``mamochka``, the miluim-free new-immigrant talk, ``nu``), Ethiopian and Eritrean
communities (``emaye``, ``abba``, coffee ceremony, ``tezeta``, the Tewahedo church, fasting
seasons), rural New England (the dump, town meeting, the sugarhouse, mud season, the Grange),
a psychedelic ceremony aftercare phone line, a postpartum support group, a transgender youth
clinic with a parent in the room, a dialectical behaviour therapy skills group (diary cards,
TIPP, wise mind, chain analysis); and written forms: a ward handover sheet, a fax cover page,
a court-ordered treatment letter and a clinic's online booking confirmation.  Many documents
are automatic speech recognition as it really comes out: no punctuation or capitals, ``uh``,
``um``, repeated words, self-corrections inside an identifier (``five five sorry five one
two``), ``double`` and ``triple`` digits, names and emails spelled letter by letter or with a
phonetic alphabet (``s as in sam``), dictated punctuation (``comma``, ``full stop``, ``new
line``) and homophone errors (``for`` for four, ``to`` for two, ``won`` for one).
Identifier forms, chosen to differ from the earlier sets' lists where possible: names spelled
out (``r a h e e l``, ``M for Mike, E for Echo ...``), Russian diminutives and patronymics
(``Zhenya``, ``Lyubov Arkadyevna``), Chinese pinyin names surname first and ``Xiao``/``Lao``
nicknames, Ethiopian and Eritrean given-name-plus-father's-name names (``Meron Tesfaye``),
Pakistani and Bangladeshi names with ``Begum``/``Bibi`` and ``Chaudhry``, New England
Franco-American surnames, chosen names in the trans youth clinic, names that are common words
(Hope, Ivy, Bill, Pat, Dawn, Sunny, Rose), and the everyday ones (first names alone, full
names, surnames after a title (title in the carrier), possessives with ``'s`` outside the span,
names at sentence start, lower-case ASR names).  Places: Birmingham, Bradford and east London
districts, Sylhet and Punjab towns, Chinese cities and districts, Israeli towns, Ethiopian and
Eritrean towns, Vermont, New Hampshire and Maine towns and counties, invented mosques,
churches, hospitals, clinics, schools, shops and workplaces.  Addresses: UK with postcodes and
flat numbers, Chinese ``Building 3, Unit 2, Room 501`` lines, Israeli ``Rehov``-less street
lines with apartment, Addis Ababa ``woreda``/``kebele`` house numbers, New England rural
routes and ``RR 2 Box``, spoken (``twenty two b``), ASR lower case.  Dates: spoken ordinals
with self-correction, ``the fourteenth of march`` lower case, ``14/3``, ``Tues 14 Mar``,
``Mar 14th`` on a booking confirmation, ``14-Mar`` on a handover sheet, ``march fourteen``,
Ethiopian-calendar names (``Meskerem 17``) and Eid/Nowruz-free fixed days, and ``the 3rd``
with a month in the span.  Ages over 89: digits, words, ``a hundred and one``, capitalised
words and digit by digit (``nine two``).  Phones: UK mobiles with ``double``
and ``triple``, Pakistani, Bangladeshi, Chinese (``138 xxxx xxxx``), Israeli (``054-``),
Ethiopian (``+251``), Eritrean (``+291``) and Vermont / New Hampshire numbers, fax lines,
self-corrected and split by ``um``.  Emails: ``qq.com`` and ``163.com``, ``yandex.ru``,
``walla.co.il``, spelled letter by letter, phonetic alphabet, ``at``/``dot`` spoken, dictated
``underscore``.  URLs: weibo, xiaohongshu, vk.com, ok.ru, gofundme pages, booking-confirmation
links with reference queries, bare domains, spoken ``w w w dot``.  SSNs: dashes, spaces, none,
spoken in groups with ``double``, ``last four`` alone with the cue in the carrier.  IDs (cue in
the carrier, never in the span): NHS numbers spoken and typed, Israeli teudat zehut, court
case and docket numbers, booking references, Medicare MBIs, Medicaid ids, prescription and
claim numbers, a fax job number, hospital numbers on a handover sheet.
The carrier sentences hold words that must NOT be removed: drugs and doses (sertraline 50 mg,
quetiapine 25 mg, zuranolone 50 mg, brexanolone, estradiol 2 mg, leuprolide, bicalutamide
50 mg, spironolactone 100 mg, psilocybin 25 mg, ayahuasca, naltrexone 50 mg), scales and
scores (EPDS 17, PHQ-9 of 14, GAD-7 of 12, diary card ratings 4/5, SUDS 80), ages under 90,
bare years, countries and US states (Pakistan, Bangladesh, China, Israel, Ethiopia, Eritrea,
Vermont, New Hampshire, Maine), weekdays alone, times of day, durations, kin words as common
nouns (my mum, the baby, my nani, my dad) and place-like common words (the bank, church, the
park, the clinic, the mosque, the dump, the ward, the court).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

FIRST = ["Raheel", "Nusrat", "Shazia", "Bilal", "Tahmina", "Shahidul", "Rokeya", "Imran", "Farzana", "Junaid",
         "Xiaoyan", "Haoran", "Jingyi", "Zihan", "Yuxuan", "Meiling", "Olga", "Vadim", "Lyuba", "Zhenya", "Misha",
         "Anya", "Meron", "Yonas", "Tsehay", "Selam", "Hagos", "Mebrat", "Abeba", "Dawit", "Abner", "Gus",
         "Marjorie", "Earl", "Thelma", "Hope", "Ivy", "Bill", "Pat", "Dawn", "Sunny", "Rose", "Kai", "Rowan",
         "Jaylen", "Brielle", "Tamsin", "Oisin"]
LAST = ["Chaudhry", "Qureshi", "Begum", "Rahman", "Miah", "Uddin", "Akhtar", "Butt", "Liu", "Chen", "Zhou",
        "Yuan", "Xu", "Berkovich", "Kogan", "Shapiro", "Vainshtein", "Tesfaye", "Girma", "Gebremedhin",
        "Haile", "Woldemichael", "Pelletier", "Thibault", "Gagnon", "Ouellette", "Whitcomb", "Pease",
        "Hollister", "Marchetti", "Okonjo", "Strand"]
NICK = ["Xiao Liu", "Lao Zhou", "Bhaiya", "Rocky", "Zhenechka", "Mishka", "Bubbles", "Junnie", "Tiggy",
        "Buddy", "Sparky", "Meri", "Dodo"]
PATRONYM = ["Lyubov Arkadyevna", "Boris Mikhailovich", "Galina Semyonovna", "Yakov Davidovich"]
CITIES = ["Sparkbrook", "Small Heath", "Bradford", "Whitechapel", "Tower Hamlets", "Luton", "Oldham", "Sylhet",
          "Mirpur", "Jhelum", "Gujrat", "Chengdu", "Shenzhen", "Haidian District", "Wuhan", "Hangzhou", "Ashdod",
          "Bat Yam", "Haifa", "Ashkelon", "Kiryat Gat", "Netanya", "Addis Ababa", "Asmara", "Gondar", "Mekelle",
          "Keren", "Silver Spring", "St. Johnsbury", "Brattleboro", "White River Junction", "Coos County",
          "Lewiston", "Rutland", "Montpelier", "Keene", "Caledonia County", "Bethel", "Lowell", "Ilford"]
FAC = ["Darul Noor Masjid", "Medhane Alem Tewahedo Church", "Kidist Selassie Church of Silver Spring",
       "Northeast Kingdom Regional Hospital", "Connecticut Valley Recovery Clinic", "Moorside Primary School",
       "Ladypool Halal Meats", "Sparkhill Women's Centre", "Golden Lotus Supermarket", "Harborview Postpartum Centre",
       "Rainbow Bridge Gender Clinic", "Granite Hills DBT Program", "Kestrel Lane Surgery",
       "Beit Shalom Absorption Centre", "Shenzhen Bay Mental Health Centre", "Maple Hollow Sugarhouse",
       "St. Anselm's Parish Hall", "Quarry Road Family Practice", "Ashford Valley Medical Centre",
       "Integration Circle Aftercare"]
STREETS = ["Ladypool Road", "Stratford Road", "Whitechapel Road", "Manningham Lane", "Coventry Road",
           "Brick Lane", "Herzl Street", "Ben Yehuda Street", "Jialing Road", "Renmin Road", "Bole Road",
           "Harvest Avenue", "Common Road", "Sugar Hill Road", "Pond Brook Lane", "Depot Street"]
UK_LINES = [("Ladypool Road", "B12 8JX"), ("Stratford Road", "B11 1TX"), ("Coventry Road", "B10 9QP"),
            ("Whitechapel Road", "E1 5LR"), ("Manningham Lane", "BD8 7ND"), ("Brick Lane", "E1 6QL")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth",
       "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
ETH_MONTHS = ["Meskerem", "Tikimt", "Hidar", "Tahsas", "Tir", "Yekatit", "Megabit", "Miyazya", "Ginbot", "Sene"]
PINYIN = ["ling", "yi", "er", "san", "si", "wu", "liu", "qi", "ba", "jiu", "shi"]
DIGIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
AGE_WORDS = ["ninety", "ninety-one", "ninety two", "ninety-three", "ninety four", "ninety-five", "ninety six",
             "ninety-seven", "ninety eight", "ninety-nine", "a hundred", "a hundred and one", "one hundred and three",
             "Ninety-Four"]
DOMAINS = ["sparkhillcounsel", "quietharbour-aftercare", "mamacircle", "ninefold-dbt", "tezetacare",
           "greenmountainpeer", "lianxinclinic", "novyput-help"]
PHONETIC = {"a": "Alpha", "b": "Bravo", "e": "Echo", "h": "Hotel", "i": "India", "k": "Kilo", "l": "Lima",
            "m": "Mike", "n": "November", "o": "Oscar", "r": "Romeo", "s": "Sierra", "t": "Tango", "u": "Uniform",
            "y": "Yankee", "z": "Zulu", "g": "Golf", "d": "Delta", "w": "Whiskey", "v": "Victor", "x": "X-ray",
            "j": "Juliet", "c": "Charlie", "f": "Foxtrot", "p": "Papa", "q": "Quebec"}

AS_IN = {"a": "Apple", "b": "Boy", "d": "David", "e": "Edward", "f": "Freddie", "h": "Harry", "i": "Igloo",
         "j": "John", "k": "King", "m": "Mother", "o": "Orange", "p": "Peter", "r": "Robert", "s": "Sam",
         "t": "Tom", "y": "Yellow", "z": "Zebra"}


def _sfx(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _spoken_digits(digits: str, r: random.Random) -> str:
    """Digits read out as ASR writes them, with 'double'/'triple' and 'oh' now and then."""
    out, i = [], 0
    while i < len(digits):
        run = 1
        while i + run < len(digits) and digits[i + run] == digits[i] and run < 3:
            run += 1
        word = "oh" if digits[i] == "0" and r.random() < 0.5 else DIGIT[int(digits[i])]
        if run >= 2 and r.random() < 0.7:
            out.append(f"{'double' if run == 2 else 'triple'} {word}")
            i += run
        else:
            out.append(word)
            i += 1
    return " ".join(out)


def _person(r: random.Random) -> str:
    f, last = r.choice(FIRST), r.choice(LAST)
    form = r.randint(0, 11)
    if form <= 2:
        return f
    if form == 3:
        return f.lower()
    if form == 4:
        return f"{f} {last}"
    if form == 5:
        return f"{f.lower()} {last.lower()}"
    if form == 6:
        return r.choice(NICK)
    if form == 7:
        return r.choice(PATRONYM)
    if form == 8:
        return last
    if form == 9:  # spelled letter by letter as ASR writes it, or with "as in"
        if r.random() < 0.5:
            return f"{f} that's {' '.join(f.lower())}"
        word = AS_IN.get(f[0].lower(), PHONETIC[f[0].lower()])
        return f"{f}, {f[0].upper()} as in {word} {' '.join(f[1:].upper())}"
    if form == 10:  # Chinese surname first
        return r.choice([f"{last} {f}", f"{last.lower()} {f.lower()}"]) if last in ("Liu", "Chen", "Zhou", "Yuan",
                                                                                    "Xu") else f"{f} {last}"
    return f"{f} {last[0]}."


def _location(r: random.Random) -> str:
    form = r.randint(0, 5)
    if form <= 2:
        return r.choice(CITIES)
    if form == 3:
        return r.choice(CITIES).lower()
    return r.choice(FAC)


def _address(r: random.Random) -> str:
    n = r.randint
    form = n(0, 7)
    if form == 0:
        street, code = r.choice(UK_LINES)
        return f"Flat {n(1, 30)}, {n(2, 240)} {street}, {code}"
    if form == 1:
        street, code = r.choice(UK_LINES[:3])
        return f"{n(2, 240)} {street}, Birmingham {code}"
    if form == 2:
        return f"Building {n(1, 12)}, Unit {n(1, 6)}, Room {n(1, 28)}0{n(1, 9)}, {n(1, 400)} {r.choice(STREETS[8:10])}"
    if form == 3:
        return f"{r.choice(STREETS[6:8])} {n(2, 90)}, apartment {n(1, 40)}"
    if form == 4:
        return f"Woreda {n(1, 14):02d}, Kebele {n(1, 20):02d}, house number {n(100, 2999)}"
    if form == 5:
        return f"RR {n(1, 4)} Box {n(10, 400)}"
    if form == 6:
        return f"{n(100, 4999)} {r.choice(STREETS[11:])}"
    return f"{' '.join(DIGIT[int(c)] for c in str(n(10, 99)))} {r.choice(['b', 'a', 'c'])} " \
           f"{r.choice(STREETS[:6]).lower()}"


def _date(r: random.Random) -> str:
    n = r.randint
    d, m = n(1, 28), n(0, 11)
    form = n(0, 11)
    if form == 0:
        return f"the {ORD[d - 1]} of {MONTHS[m].lower()}"
    if form == 1:
        return f"{MONTHS[m].lower()} {ORD[d - 1]}"
    if form == 2:
        return f"{d}/{m + 1}"
    if form == 3:
        return f"{r.choice(['Mon', 'Tues', 'Wed', 'Thurs', 'Fri'])} {d} {MON[m]}"
    if form == 4:
        return f"{MON[m]} {d}{_sfx(d)}"
    if form == 5:
        return f"{d:02d}-{MON[m]}"
    if form == 6:
        return f"{MONTHS[m].lower()} {DIGIT[d] if d < 10 else d}"
    if form == 7 and r.random() < 0.5:  # Mandarin month and day in pinyin, as code-switched ASR writes it
        tens = "" if d < 20 else PINYIN[d // 10] + " "
        day = PINYIN[d] if d <= 10 else f"{tens}shi{' ' + PINYIN[d % 10] if d % 10 else ''}"
        month = PINYIN[m + 1] if m + 1 <= 10 else f"shi {PINYIN[m - 9]}"
        return f"{month} yue {day} hao"
    if form == 7:
        return f"{r.choice(ETH_MONTHS)} {d}"
    if form == 8:
        d2 = min(28, d + 1)
        return f"the {ORD[d - 1]} sorry the {ORD[d2 - 1]} of {MONTHS[m].lower()}"
    if form == 9:
        return f"{d}.{m + 1:02d}.{n(2019, 2026)}"
    if form == 10:
        return f"{MONTHS[m]} the {d}{_sfx(d)}"
    return f"{d}{_sfx(d)} {MONTHS[m]} {n(1931, 2026)}"


def _age(r: random.Random) -> str:
    form = r.randint(0, 3)
    if form <= 1:
        return r.choice(AGE_WORDS)
    if form == 2:
        return str(r.randint(90, 106))
    return " ".join(DIGIT[int(c)] for c in str(r.randint(90, 99)))


def _phone(r: random.Random) -> str:
    n = r.randint
    form = n(0, 9)
    if form == 0 and r.random() < 0.5:  # split by a filler, as ASR writes it
        return f"oh seven um {_spoken_digits(f'{n(700, 999)}{n(100000, 999999)}', r)}"
    if form == 0:
        return f"07{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    if form == 1:
        return _spoken_digits(f"07{n(700, 999)}{r.choice(['00', '11', '33'])}{n(1000, 9999)}", r)
    if form == 2:
        return f"+92 3{n(0, 4)}{n(0, 9)} {n(1000000, 9999999)}"
    if form == 3:
        return f"+880 1{n(3, 9)}{n(10, 99)}-{n(100000, 999999)}"
    if form == 4:
        return f"1{r.choice(['38', '39', '86', '50'])} {n(1000, 9999)} {n(1000, 9999)}"
    if form == 5:
        return f"05{n(0, 8)}-{n(100, 999)}-{n(1000, 9999)}"
    if form == 6:
        return r.choice([f"+251 9{n(1, 9)} {n(100, 999)} {n(1000, 9999)}", f"+291 7 {n(100, 999)} {n(100, 999)}"])
    if form == 7:
        return f"({r.choice(['802', '603', '207'])}) {n(200, 999)}-{n(1000, 9999)}"
    if form == 8:  # self-corrected, as ASR writes it
        a, b = n(200, 999), n(1000, 9999)
        return f"eight oh two five five sorry five one two {' '.join(DIGIT[int(c)] for c in str(a))} " \
               f"{' '.join(DIGIT[int(c)] for c in str(b))}"
    return f"{r.choice(['802', '603'])}.{n(200, 999)}.{n(1000, 9999)}"


def _email(r: random.Random) -> str:
    n = r.randint
    f, last = r.choice(FIRST).lower(), r.choice(LAST).lower()
    form = n(0, 8)
    if form == 0:
        return f"{n(10000000, 999999999)}@qq.com"
    if form == 1:
        return f"{last}{f}{n(80, 99)}@163.com"
    if form == 2:
        return f"{f}.{last}@yandex.ru"
    if form == 3:
        return f"{f}{last[0]}@walla.co.il"
    if form == 4:  # spelled letter by letter
        return f"{' '.join(f)} at gmail dot com"
    if form == 5:  # phonetic alphabet
        return " ".join(PHONETIC[c] for c in f[:5] if c in PHONETIC) + f" at {r.choice(DOMAINS)} dot org"
    if form == 6:
        return f"{f} underscore {last} at hotmail dot co dot uk"
    if form == 7:
        return f"{f}_{last}{n(1, 99)}@{r.choice(DOMAINS)}.org.uk"
    return f"{f[0]}.{last}@{r.choice(DOMAINS)}.com"


def _url(r: random.Random) -> str:
    n = r.randint
    f, last = r.choice(FIRST).lower(), r.choice(LAST).lower()
    form = n(0, 8)
    if form == 0:
        return f"weibo.com/u/{n(1000000000, 7999999999)}"
    if form == 1:
        return f"xiaohongshu.com/user/profile/{n(10**9, 10**10)}"
    if form == 2:
        return f"vk.com/{f}_{last}"
    if form == 3:
        return f"ok.ru/profile/{n(10**8, 10**9)}"
    if form == 4:
        return f"https://www.gofundme.com/f/help-{f}-{last}-recover"
    if form == 5:
        return f"https://book.{r.choice(DOMAINS)}.com/confirm?ref={r.choice('ABCDEFGH')}{n(10000, 99999)}"
    if form == 6:
        return f"{r.choice(DOMAINS)}.org"
    if form == 7:
        return f"w w w dot {r.choice(DOMAINS)} dot com slash {r.choice(['groups', 'aftercare', 'booking'])}"
    return f"instagram.com/{f}.{last}.{n(1, 99)}"


def _ssn(r: random.Random) -> str:
    n = r.randint
    a, b, c = n(100, 665), n(10, 99), n(1000, 9999)
    form = n(0, 5)
    if form == 0:
        return f"{a}-{b}-{c}"
    if form == 1:
        return f"{a} {b} {c}"
    if form == 2:
        return f"{a}{b}{c}"
    if form == 3:
        return _spoken_digits(f"{a}{b}{c}", r)
    if form == 4:
        return str(c)
    return f"{' '.join(DIGIT[int(x)] for x in str(a))}, {' '.join(DIGIT[int(x)] for x in str(b))}, " \
           f"{' '.join(DIGIT[int(x)] for x in str(c))}"


def _id(r: random.Random) -> str:
    n = r.randint
    form = n(0, 9)
    if form == 0:
        return f"{n(400, 799)} {n(100, 999)} {n(1000, 9999)}"
    if form == 1:
        return _spoken_digits(f"{n(400, 799)}{n(100, 999)}{n(1000, 9999)}", r)
    if form == 2:
        return f"{n(10000000, 39999999)}{n(0, 9)}"
    if form == 3:
        return f"{r.choice(['CR', 'FAM', 'DR'])}-{n(2019, 2026)}-{n(100, 99999):05d}"
    if form == 4:
        return f"{n(1, 9)}{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{n(0, 9)}-{r.choice('ACDEFGHJK')}" \
               f"{r.choice('ACDEFGHJK')}{n(0, 9)}-{r.choice('ACDEFGHJK')}{r.choice('ACDEFGHJK')}{n(10, 99)}"
    if form == 5:
        return f"{r.choice('QWXZ')}{r.choice('QWXZ')}{n(10000, 99999)}{r.choice('ABCD')}"
    if form == 6:
        return f"{n(1000000, 9999999)}"
    if form == 7:
        return f"{r.choice(['BK', 'RX'])}{n(100000, 999999)}"
    if form == 8:
        return f"{n(10, 99)}-{n(100000, 999999)}-{n(10, 99)}"
    return f"H{n(100000, 999999)}"


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


# (template, kind): {} is the planted identifier; the words around it are this file's own
TEMPLATES = {
    "PERSON": [
        "uh so {} she was the one who um who held the baby when i couldn't, my EPDS was 17 then",
        "Ammi only lets {} take her to the masjid on Friday now, bhai is too busy at the shop.",
        "mama keeps saying {} is a good match, haode haode, and I just, I feel nothing, mei guanxi she says.",
        "{} from the ulpan calls me babushka's girl, nu, and I laugh but it hurts a bit.",
        "So my son, well, {} now, that's the name, we're still learning it, estradiol 2 mg started in March.",
        "i called the aftercare line and {} picked up and just breathed with me for ten minutes",
        "In skills group {} did the chain analysis on the whiteboard, diary card ratings 4/5 all week.",
        "HANDOVER: bed 6, {}, settled overnight, quetiapine 25 mg at 22:00, no PRN needed.",
        "During the coffee ceremony {} poured the third round and emaye started crying about tezeta.",
        "Town meeting was a mess, {} stood up about the dump again, and I went home to the sugarhouse.",
        "Re: {} new line the client attended all twelve sessions full stop",
        "I don't trust {}'s husband, honestly, not since the wedding in Pakistan.",
        "Fax to: {} comma intake coordinator",
        "and then um {} said wise mind wise mind and i rolled my eyes but it worked",
        "My nani and {} both said the evil eye, and the GP said postnatal depression, sertraline 50 mg.",
        "Dr {} wrote the letter for the leuprolide, the clinic said six weeks.",
        "PARENT: his name on the school register is still {} and that's the fight, honestly.",
        "Bhabi says {} told the whole street, so now everyone at Eid knows about the pills.",
        "their was this guy {} at the ceremony who new all the songs, i was sat next to him for to hours",
        "MUM: we call her {} at home now. CLIENT: finally. MUM: I'm trying, okay, I'm trying.",
        "Mrs {} from the health visiting team came Tuesday, the baby was feeding fine, I wasn't.",
        "{} keeps texting the group chat during skills, it's distracting, I used TIPP after.",
        "xiao {} is what the kids call him at the restaurant, he hates it",
    ],
    "LOCATION": [
        "we moved from {} when i was nine, my dad drove a taxi and um, yeah",
        "Ammi's whole family is still in {}, we go back for the weddings every two years.",
        "i grew up in {} and nobody there talks about postpartum anything you just get on with it",
        "The court order says treatment must be delivered at {} for a minimum of sixteen weeks.",
        "After the ceremony in Oregon I flew home to {} and that's when the integration got hard.",
        "He was at {} for three nights, they gave him naltrexone 50 mg and a leaflet.",
        "my babushka lives in {} now, near the sea, she says the sirens are just weather",
        "The Tewahedo fasting season, we go every morning to {} before it is light.",
        "We did the skills group over Zoom from {} because the roads were mud season bad.",
        "BOOKING CONFIRMED: Postpartum circle, {}, Thursday 10:30, bring the baby.",
        "Her brother works at {} and he's the one who found the papers.",
        "um we drove up through {} and i just cried the whole way it was the anniversary",
        "My bhai drives a cab out of {}, nights mostly, he's never home.",
        "the new clinic is up near {} so its like a forty minute drive each way",
        "Reunion at {} was the first time I saw Abba cry, in front of everyone.",
        "After Ethiopia we were in a camp, then {}, then here, and I was only seven.",
        "mum does the cleaning at {} three nights a week, she's got no time for therapy",
    ],
    "ADDRESS": [
        "Please send the completed diary cards to {} by Friday.",
        "um the address is {} and the buzzer doesn't work so just knock",
        "Client resides at {} with her mother and the baby.",
        "FAX COVER new line from the clinic at {} new line pages 3 including cover",
        "We stayed at {} for two years, my uncle's place, it was crowded but fine.",
        "The court letter was posted to {} but I never got it, the post is bad there.",
        "ok so new line {} new line that's the address for the booking",
        "i'm at {} now its my cousins place till the baby's older",
        "Discharge address: {} (lives with partner, 2 children, dog).",
        "We lived at {} until the landlord sold it, the mould made the baby's chest bad.",
        "TO: Parole and Probation comma {} full stop",
        "nani's old place was {} right by the park",
    ],
    "DATE": [
        "my due date was {} and she came three weeks early",
        "The next DBT skills group is {} at 6 pm in the back room.",
        "Appointment: {} 14:15, Dr's room 4, please arrive ten minutes early.",
        "um she died on {} and every year i fast that day",
        "You are ordered to attend an assessment on {} at 9:30 a.m.",
        "we did the ceremony on {} and the come down was rough for days",
        "HANDOVER {} night shift: SUDS 80 at midnight, settled by 3 a.m.",
        "the puberty blockers started {} so we're waiting on the next bloods",
        "Mama flew in from China on {} and stayed for the whole zuo yue zi month.",
        "Date of referral: {} new line reason colon low mood",
        "DOB {} (year withheld by client), GAD-7 of 12.",
        "my mother's anniversary is {} and i don't know if i can do group that week",
        "Your appointment on {} at 11:00 is confirmed, reply C to cancel.",
        "um the next aftercare call is {} i think or was it the wednesday",
    ],
    "AGE": [
        "my nani is {} and she still makes the roti every morning",
        "Her grandmother, aged {}, came over from Eritrea in 2019.",
        "babushka turned {} at Passover and she still remembers every poem",
        "He is {} years old and lives alone up the hollow, still splits his own wood.",
        "my great grandmother she was {} when she passed",
        "Patient's mother is {}, frail, lives with them, PHQ-9 of 14 for the carer.",
        "dedushka is {} you know and he still goes to the beach every day in Netanya",
        "Abba's mother, she is {}, we don't know exactly, there was no paper in the village.",
        "Age: {} new line lives with son and daughter-in-law",
        "Grandpa Earl's brother is {} and he drove the plow till last winter, the whole town knows him.",
        "nai nai is {} this year and she still does tai chi at the park at 6",
    ],
    "PHONE": [
        "ok my number is {} got that",
        "The aftercare line is {}, it's staffed until 2 a.m.",
        "Fax: {} new line please confirm receipt",
        "You can WeChat me but the phone is {} if it's urgent.",
        "her mobile is {} but she only picks up after isha",
        "If the baby won't settle call {}, the midwife said.",
        "Abba's number back home is {}, the line is bad in the rainy season.",
        "Court liaison officer telephone: {}",
        "uh so it's {} no wait that's the old one",
        "Tel {} / the clinic is closed on Sundays",
        "call me on {} after 5 because of the night feeds",
    ],
    "EMAIL": [
        "my email is {} ok",
        "Send the letter for the clinic to {}, she checks it every evening.",
        "uh its {} all lower case",
        "The booking confirmation was sent to {} at 09:41.",
        "Reply to {} with the diary card scan.",
        "she said her email is {} and then she hung up",
        "The booking confirmation for Sunny went to {} instead of mine.",
        "Email: {} new line Fax: see cover",
    ],
    "URL": [
        "my cousin put the fundraiser on {} and it went round the whole mosque",
        "The integration resources are at {} if you want them.",
        "Manage your booking: {}",
        "she posts everything on {} even the baby's scan, it makes me anxious",
        "uh the group is at {} i think",
        "Her old page is {}, the one with the photos from before she transitioned.",
        "the ceremony people are on {} but don't tell anyone i said",
        "Mama sends me everything from {}, parenting advice, ten posts a day.",
    ],
    "SSN": [
        "my social is {}",
        "The court form wants the SSN, it's {}.",
        "SSN (last four): {}",
        "um social security number {} i think yeah",
        "For the Medicaid renewal they need his social, {}, and the birth certificate.",
        "uh the last four of my social are {}",
        "his social security is {} but don't put that on the court paper",
    ],
    "ID": [
        "my NHS number is {} if you need it",
        "Hospital no. {}, bed 6, handover at 07:30.",
        "Case number: {}, in the matter of the court-ordered treatment.",
        "her teudat zehut is {}, the clinic kept asking",
        "Your booking reference is {}, please keep it for your records.",
        "the prescription number is {} for the sertraline 50 mg",
        "Medicare number {} is on the back of the card.",
        "Claim no. {} was denied, they said the psilocybin 25 mg session is not covered.",
        "Fax job number {} new line status OK",
        "Medicaid ID {} for the baby, she was added in March.",
        "um the reference was {} on the text they sent",
        "Docket no. {} new line hearing on Monday at the court",
        "my member id is {} i think its on the card in my purse",
    ],
}
