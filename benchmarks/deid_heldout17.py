"""A nineteenth SYNTHETIC transcript set for benchmarks/deid.py: the seventeenth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented
for this file (real US cities, towns, counties, neighbourhoods and landmarks are used as places
only, never with a person; every clinic, hospital, unit, church, mosque, temple, school, shop and
workplace name not a landmark is made up).  Written on 2026-12-07 by an engineer who had NOT
seen the de-identifier's rules, its docs page, its tests or the contents of the earlier sets
(only benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout15.py their docstrings, plus the ``value`` signature and the
``TEMPLATES`` shape of deid_heldout15.py, for the format), in one go, before any run; no rule
and no line of this file was changed after its first run.  It was first run on the eighth
round's rules (main at commit 2a4f7cd) and measures how the rules do on transcripts they were
not written for; it stays blind until a later round makes it a development set.

Style: everyday United States clinical talk and writing, which is what most real data looks
like, from settings the earlier docstrings do not name as theirs -- EHR progress notes with
smart-phrase headers and filled fields (``Subjective:``, ``DOS:``, ``Interval hx``, ``LAST,
FIRST:``), notes dictated through speech recognition as it comes out (``comma`` and ``period``
spoken, ``new paragraph``, ``i said``, no capitals), a community mental health centre
intake (the sliding fee, the ROI, the MHMR), couples therapy with both partners talking over
each other (``--``, ``[overlapping]``), an adolescent session with a parent in the room, a
crisis stabilisation unit shift handoff (SBAR, bed numbers, q15 checks), a US psilocybin
trial's case report forms, adverse-event reports and consent documents, a prior-authorisation
letter, an insurance appeal letter, a court-ordered competency / custody evaluation, and
regional speech from Texas (``fixin' to``, ``y'all``, ``over in``), the Midwest (``ope``,
``you betcha``, ``the cities``) and the Deep South (``mama and them``, ``carried me to``,
``bless her heart``).
Identifier forms, chosen to differ from the earlier sets' lists where possible: names with
``Jr.``, ``Sr.``, ``III`` suffixes inside the span, Southern nicknames alone and in quotes
inside a full name (``Bubba``, ``Tater``, ``Sissy``, ``Boots``), names in EHR ``LAST, FIRST M``
with a middle initial, provider signatures with credentials kept outside the span, names from
Black American, Mexican-American, Vietnamese-American, Hmong, Somali-Minnesotan, Cajun, Czech
and Polish Texan and Scandinavian Midwestern families, word-names (Pearl, Scout, Ginger, Hazel,
Sonny, Precious, Royal, Mercy, Dusty, Cotton), and the everyday ones (first names alone, full
names, titles + surnames with the title outside the span, possessives with ``'s`` outside the
span, names at sentence start, lower-case ASR names).  Places: Texas, Midwest and Deep South
towns, cities, counties and neighbourhoods, invented CMHCs, crisis units, hospitals, trial
sites, schools, churches, mosques and temples, workplaces, real landmarks.  Addresses with
``Apt``, ``Ste``, ``Lot``, ``Trlr``, ``#``, ``PO Box``, ``RR 2 Box 145``, ``FM`` and ``County
Road`` routes, full lines with city, state and ZIP(+4), and spoken ones.  Dates: every layout
US clinicians type (``3/7/26``, ``03/07/2026``, ``3-7-26``, ``3.7.26``, ``Mar 7``, ``Mar.
7th``, ``3/7``, run together ``03072026``), CRF ``07-MAR-2026`` and ``2026-03-07`` layouts,
month and year (``March of 2025``), ranges (``3/7-3/9``), dictated lower case (``march 7``,
``March seventh``), and one form in twenty a fixed-date holiday (``Juneteenth``, ``Christmas
Eve``, ``the Fourth of July``: it names a month and day, so it is planted as a date -- a
judgement call).  Ages over 89: ``91 yo WF``, ``92F``, ``94 y/o AAM``, ``aged 97``, digits
and words, in form fields and in talk.
Phones: every US layout with and without brackets, dots, slashes, a leading ``1-``,
extensions, seven-digit local numbers, run together, spoken with ``oh``.  Emails: ISP and
free-mail, agency domains, obfuscated and spoken.  URLs: patient portals, CaringBridge and
GoFundMe pages, Facebook, TikTok, Instagram and LinkedIn, Wix sites, Office forms, bare domains,
bit.ly short links, a spoken ``w w w dot``.  SSNs: dashes, spaces, none,
the last four with a cue in the carrier, spoken.  IDs (the cue in the carrier): MRNs, CSN /
FIN encounter numbers, NPI and DEA numbers, Texas and Mississippi Medicaid ids, Medicare
numbers, BCBS member ids with a prefix, claim and prior-authorisation numbers, court cause
numbers, TDCJ numbers, Rx numbers, trial participant ids, driver's licences.
A title or kin word before a name, a credential after it, an article before a place and a
possessive ``'s`` stay outside the span; a date's own words and a name's suffix are inside it.
``value`` and the template are drawn independently (deid.py's design), so now and then a form
sits a little oddly in its sentence (``ninety-twoF``), as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (psilocybin 25 mg,
sertraline 100 mg, lamotrigine 200 mg, quetiapine 50 mg qhs, hydroxyzine 25 mg PRN,
buprenorphine-naloxone 8/2 mg, naltrexone 50 mg, lithium 600 mg, prazosin 2 mg), scales and
scores (PHQ-9 of 19, GAD-7 14, C-SSRS, MEQ-30, CAPS-5, BDI-II, QIDS 16, AUDIT 21, pain 6/10),
vital signs (BP 138/86, HR 92), ages under 90 (89, 67, 15), bare years, US states and
countries, weekdays alone, times of day (0700, 2:15 pm), durations (72 hours, six weeks),
kin words as common nouns (mama, my daddy, the baby, grandbaby, my ex) and place-like common
words (the bank, church, the park, the clinic, the ER, the unit, the courthouse, the jail).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

FIRST = ["Dwayne", "LaTonya", "Jolene", "Travis", "Marisela", "Kayleigh", "DeShawn", "Bobbie", "Earl", "Nguyet",
         "Pa Nhia", "Fartun", "Abdirahman", "Beau", "Krystal", "Odell", "Wanda", "Jesús", "Guadalupe", "Thuy",
         "Boudreaux", "Clovis", "Ludmila", "Vaclav", "Harlan", "Rhonda", "Tremaine", "Shaniqua", "Cody", "Brantley",
         "Yesenia", "Kou", "Hodan", "Lorene", "Cletus", "Annabeth", "Jaxon", "Paisley", "Roosevelt", "Imani"]
WORDNAME = ["Pearl", "Scout", "Ginger", "Hazel", "Sonny", "Precious", "Royal", "Mercy", "Dusty", "Cotton"]
NICK = ["Bubba", "Tater", "Sissy", "Boots", "Peanut", "Bo", "Lil Man", "Red", "Skeeter", "Meemaw Jo"]
LAST = ["Pruitt", "Rountree", "Thibodeaux", "Treviño", "Nguyen-Hollis", "Vang", "Warsame", "Hlavacek", "Kubiak",
        "Boudreau", "Fontenot", "Washington", "Okonjo", "Castañeda", "Dziedzic", "McCrory", "Yarbrough",
        "Gutierrez-Baca", "Lindgren", "Tran", "Xiong", "Abernethy", "Stutts", "Villarreal", "Mayweather"]
SUFFIX = ["Jr.", "Sr.", "III", "II", "Jr"]
MIDDLE = "ABCDEJKLMRTW"


def _person(r: random.Random) -> str:
    f, l = r.choice(FIRST), r.choice(LAST)
    form = r.randrange(14)
    if form == 0:
        return f"{f} {l} {r.choice(SUFFIX)}"
    if form == 1:
        return f"{l.upper()}, {f.upper()} {r.choice(MIDDLE)}"
    if form == 2:
        return f"{l}, {f} {r.choice(MIDDLE)}."
    if form == 3:
        return r.choice(NICK)
    if form == 4:
        return f"{f} \"{r.choice(NICK)}\" {l}"
    if form == 5:
        return r.choice(WORDNAME)
    if form == 6:
        return f"{f} {l}".lower()
    if form == 7:
        return f.lower()
    if form == 8:
        return l
    if form == 9:
        return f"{f} {r.choice(MIDDLE)}. {l}"
    if form == 10:
        return f"{r.choice(WORDNAME)} {l}"
    return r.choice([f, f, f"{f} {l}"])


CITIES = ["Lubbock", "Abilene", "Nacogdoches", "Odessa", "Harlingen", "Tyler", "Texarkana", "Beaumont",
          "Dubuque", "Peoria", "Fargo", "Mankato", "Terre Haute", "Muncie", "Council Bluffs", "Sioux Falls",
          "Hattiesburg", "Dothan", "Meridian", "Opelousas", "Valdosta", "Selma", "Tupelo", "Houma"]
NEIGHBORHOODS = ["the Fifth Ward", "Oak Cliff", "Montrose", "Frogtown", "Cedar-Riverside", "Near Eastside",
                 "the Ninth Ward", "Titusville", "Magnolia Park", "Gulfton"]
COUNTIES = ["Lubbock County", "Hinds County", "Polk County", "Nueces County", "Black Hawk County",
            "Forrest County", "Jefferson Parish", "Hidalgo County", "Tarrant County"]
PLACES = ["Brazos Valley MHMR", "Prairie Wind Behavioral Health", "St. Agatha Regional Medical Center",
          "Magnolia Crisis Stabilization Unit", "Caprock Psychedelic Research Institute",
          "Cottonwood Missionary Baptist Church", "Masjid Al-Huda of Lubbock", "Chùa Bửu Quang",
          "Pecan Grove Middle School", "Red River Regional Hospital", "Bayou Teche Counseling Center",
          "Hmong Lutheran Fellowship of Mankato", "Lone Oak Elementary", "Delta Mercy Clinic",
          "the Ridgewood Dollar General", "Piney Woods Poultry", "Sunset Bluff Mobile Home Park",
          "Our Lady of Czestochowa parish in Hallettsville", "the Alamo", "Gateway Arch", "Graceland",
          "the Texas Medical Center", "Sam Houston State", "Lake Wobegon Cafe"]


def _location(r: random.Random) -> str:
    form = r.randrange(10)
    if form < 3:
        return r.choice(CITIES)
    if form == 3:
        return f"{r.choice(CITIES)}, {r.choice(['TX', 'Texas', 'Iowa', 'MS', 'Ala.', 'LA', 'MN'])}"
    if form == 4:
        return r.choice(NEIGHBORHOODS)
    if form == 5:
        return r.choice(COUNTIES)
    if form == 6:
        return r.choice(CITIES).lower()
    return r.choice(PLACES)


STREETS = ["Mockingbird", "Bluebonnet", "Magnolia", "Pecan", "Dogwood", "Prairie Dog", "Lamar", "Cottonwood",
           "Sycamore", "Old Settlers", "Farm", "Gatewood"]
STYPES = ["Ln", "St.", "Dr", "Rd", "Blvd", "Cir", "Trl", "Loop", "Pkwy", "Avenue"]
TOWNZIP = [("Lubbock", "TX", "79410"), ("Hattiesburg", "MS", "39401"), ("Dubuque", "IA", "52001"),
           ("Dothan", "AL", "36301"), ("Opelousas", "LA", "70570"), ("Muncie", "IN", "47303"),
           ("Tyler", "TX", "75701"), ("Mankato", "MN", "56001")]
NUMWORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _spoken(digits: str) -> str:
    """Digits read out one by one, zero as "oh", as people give numbers over the phone."""
    return " ".join("oh" if ch == "0" else NUMWORDS[int(ch) - 1] for ch in digits)


def _address(r: random.Random) -> str:
    n = r.randint
    street = f"{n(100, 9899)} {r.choice(['N. ', 'S ', 'E. ', 'W ', '', '', ''])}{r.choice(STREETS)} {r.choice(STYPES)}"
    town, st, z = r.choice(TOWNZIP)
    form = r.randrange(11)
    if form == 0:
        return f"{street}, Apt {n(1, 30)}{r.choice('ABCD')}"
    if form == 1:
        return f"{street}, Ste {n(100, 450)}, {town}, {st} {z}"
    if form == 2:
        return f"PO Box {n(10, 9999)}, {town}, {st} {z}-{n(1000, 9999)}"
    if form == 3:
        return f"RR {n(1, 6)} Box {n(10, 399)}"
    if form == 4:
        return f"{n(1000, 19999)} FM {n(200, 3400)}, Lot {n(1, 88)}"
    if form == 5:
        return f"{n(100, 9999)} County Road {n(10, 499)}"
    if form == 6:
        return f"{street} #{n(2, 40)}"
    if form == 7:
        a, b = n(1, 9), n(10, 99)
        return f"{NUMWORDS[a - 1]} {b} {r.choice(STREETS).lower()} {r.choice(['lane', 'street', 'drive', 'road'])}"
    if form == 8:
        return f"{street.upper()} {town.upper()} {st} {z}"
    if form == 9:
        return f"{street}, Trlr {n(1, 60)}"
    return street


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
       "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]
HOLIDAYS = ["Juneteenth", "Christmas Eve", "the Fourth of July", "New Year's Day", "Valentine's Day",
            "Halloween"]


def _date(r: random.Random) -> str:
    n = r.randint
    mi, d, y = n(1, 12), n(1, 28), n(1938, 2026)
    m = MONTHS[mi - 1]
    yy = y % 100
    suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
    forms = [f"{mi}/{d}/{yy:02d}", f"{mi:02d}/{d:02d}/{y}", f"{mi}-{d}-{yy:02d}", f"{mi}.{d}.{yy:02d}",
             f"{m[:3]} {d}", f"{m[:3]}. {d}{suf}", f"{mi}/{d}", f"{d:02d}-{m[:3].upper()}-{y}",
             f"{y}-{mi:02d}-{d:02d}", f"{m} of {y}", f"{mi}/{d}-{mi}/{min(28, d + 2)}", f"{m.lower()} {d}",
             f"{m} {d}, {y}", f"{m} {ORD[d - 1]}", f"{mi}/{d}/{y}", f"{m[:3]} {d} {y}",
             f"{mi:02d}{d:02d}{y}", f"{m} {d}{suf}"]
    if r.randrange(20) == 0:
        return r.choice(HOLIDAYS)
    return r.choice(forms)


AGEWORDS = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety four", "ninety-five", "ninety-six",
            "ninety-seven", "Ninety-eight", "ninety-nine", "one hundred", "a hundred and one", "one hundred two"]


def _age(r: random.Random) -> str:
    form = r.randrange(5)
    if form == 0:
        return r.choice(AGEWORDS)
    return str(r.randint(90, 105))


def _phone(r: random.Random) -> str:
    n = r.randint
    a, b, c = r.choice([806, 325, 936, 432, 956, 903, 409, 563, 309, 701, 507, 812, 765, 712, 601, 334, 337,
                        229, 662, 985]), n(200, 999), n(0, 9999)
    digits = f"{a}{b}{c:04d}"
    spoken = ", ".join(_spoken(part) for part in (str(a), str(b), f"{c:04d}"))
    forms = [f"({a}) {b}-{c:04d}", f"({a}){b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}",
             f"{a}/{b}-{c:04d}", f"1-{a}-{b}-{c:04d}", f"{a} {b} {c:04d}", digits, f"{b}-{c:04d}",
             f"({a}) {b}-{c:04d} x{n(100, 4999)}", f"{a}-{b}-{c:04d} ext. {n(10, 999)}", spoken,
             f"+1 ({a}) {b}-{c:04d}", f"1 ({a}) {b} {c:04d}"]
    return r.choice(forms)


MAILHOSTS = ["yahoo.com", "gmail.com", "hotmail.com", "att.net", "sbcglobal.net", "outlook.com", "icloud.com",
             "brazosmhmr.org", "caprockpri.org", "deltamercy.health", "pecangroveisd.net", "bellsouth.net",
             "midco.net", "cox.net"]


def _email(r: random.Random) -> str:
    f, l = r.choice(FIRST).split()[0].lower().replace("ú", "u"), r.choice(LAST).lower()
    l = l.replace("ñ", "n").replace("-", "")
    host = r.choice(MAILHOSTS)
    user = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{r.randint(60, 99)}", f"{r.choice(NICK).split()[0].lower()}"
                     f"_{r.choice(['girl', 'tx', 'mama', 'boy', 'fan'])}{r.randint(1, 2009)}", f"{l}.{f}"])
    form = r.randrange(8)
    if form == 0:
        h, t = host.rsplit(".", 1)
        return f"{user} at {h} dot {t}"
    if form == 1:
        return f"{user.upper()}@{host.upper()}"
    if form == 2:
        return f"{user} (at) {host}"
    return f"{user}@{host}"


def _url(r: random.Random) -> str:
    f, l = r.choice(FIRST).split()[0].lower().replace("ú", "u"), r.choice(LAST).lower().replace("ñ", "n")
    l = l.replace("-", "")
    n = r.randint
    forms = [f"https://www.caringbridge.org/visit/{f}{l}", f"gofundme.com/f/help-{f}-{l}-recover",
             f"facebook.com/{f}.{l}.{n(1, 99)}", f"https://www.tiktok.com/@{f}{l}{n(1, 99)}",
             f"mychart.stagatharmc.org/MyChart/Visit/{n(100000, 999999)}", "www.brazosmhmr.org/crisis",
             f"bit.ly/{r.choice(['3xQz9Lm', '4kTr2Wp', '2mHh8Ua', '3Vn0bQe'])}", "deltamercy.health",
             f"https://caprockpri.org/trials/psilo-{n(100, 999)}/consent", f"pecangroveisd.net/staff/{l}",
             f"linkedin.com/in/{f}-{l}-{n(10, 99)}", f"w w w dot {l} counseling dot com",
             f"http://{f}{l}.wixsite.com/healing", f"instagram.com/{f}_{l}_tx",
             f"https://forms.office.com/r/{r.choice(['k8PqA2', 'Zt91Lm', 'u3XbcR'])}"]
    return r.choice(forms)


def _ssn(r: random.Random) -> str:
    n = r.randint
    a, b, c = n(100, 665), n(10, 99), n(1000, 9999)
    form = r.randrange(7)
    if form == 0:
        return f"{a} {b} {c}"
    if form == 1:
        return f"{a}{b}{c}"
    if form == 2:
        return str(c)
    if form == 3:
        return f"{_spoken(str(a))}, {_spoken(str(b))}, {_spoken(str(c))}"
    return f"{a}-{b}-{c}"


def _id(r: random.Random) -> str:
    n = r.randint
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    forms = [f"{n(0, 9999999):08d}", f"E{n(1000000, 9999999)}", str(n(1000000000, 1999999999)),
             f"{r.choice(['B', 'A', 'F', 'M'])}{r.choice(L)}{n(1000000, 9999999)}", str(n(500000000, 799999999)),
             f"{r.choice(['XJW', 'ZGD', 'YRA', 'HMX'])}{n(100000000, 999999999)}",
             f"CLM-{n(2024, 2026)}-{n(1000000, 9999999)}", f"PA{n(100000, 999999)}-{n(1000, 99999)}",
             f"{n(2019, 2026)}-CR-{n(100, 9999)}-{r.choice('ABC')}", f"{n(1000000, 2999999):08d}",
             f"{n(1000000, 9999999)}-{n(0, 9):02d}", f"CPRI-{n(1, 9):02d}-{n(1, 240):03d}",
             f"{n(10000000, 49999999)}", f"{n(1, 9)}{r.choice(L)}{r.choice(L)}{n(1, 9)}-{r.choice(L)}{r.choice(L)}"
             f"{n(1, 9)}-{r.choice(L)}{r.choice(L)}{n(10, 99)}", f"{n(100000000000, 999999999999)}"]
    return r.choice(forms)


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


# (template, kind): {} is the planted identifier; the words around it are this file's own
TEMPLATES = {
    "PERSON": [
        "Subjective: Pt seen with wife {} present per pt request; reports PHQ-9 of 19, up from 14.",
        "Patient Name: {}   Visit Type: Follow-up 30 min   Provider: LPC-S",
        "the patient's daughter comma {} comma states that she has been fixin to move her mother in period",
        "CLIENT: Well {} and them came by Sunday after church and mama just cried the whole time.",
        "PARTNER A: -- no, no, let me finish -- PARTNER B: [overlapping] you always say that to {} too.",
        "MOM: Ever since {} started hanging around her she won't come out of her room. TEEN: Oh my God, Mom.",
        "S: Night RN reports pt in bed 4 asked for {} twice overnight; q15 checks maintained, no PRNs given.",
        "Electronically signed by {}, LCSW, on the Tuesday after the session at 2:15 pm.",
        "I told {} I was fixin' to quit drinking and he just laughed, y'all.",
        "{}'s probation officer wants the attendance letter by Friday, she said.",
        "Ope, sorry, so {} is my stepdad, he's the one who drove us down from the cities.",
        "Per collateral interview with Mr. {}, the respondent was sleeping about three hours a night.",
        "uh yeah {} carried me to the ER that night cause my blood pressure was like 180 over something",
        "Dr. {} recommended continuing sertraline 100 mg daily and adding prazosin 2 mg at bedtime for nightmares.",
        "{} has been the only one who checks on me, bless her heart, she's seventy-three herself.",
        "Participant was accompanied at the dosing session by monitor {} and lead facilitator (see CRF page 4).",
        "Emergency contact: {} (brother) — okay to leave message, ROI signed.",
        "The adolescent reports that {} is her best friend from band and they text all night.",
        "I just need {} to hear me for once instead of fixing everything, you know?",
        "AE reported by site coordinator {} to the sponsor within 24 hours as required by protocol.",
        "RE: {}   DOB on file   Member ID on file — Request for reconsideration of denied claim",
        "Writer met with client and her grandson, {}, who translated from Hmong for part of the visit.",
        "you betcha, {} used to do the chores before me, he's fine with it",
        "Handing off bed 12 — that's {}, admitted on a 72 hour hold, C-SSRS positive for ideation.",
        "Well I go by {} but my government name is different, nobody calls me that but the court.",
        "He keeps saying her name -- no wait, I mean, he keeps bringing {} up in every fight.",
        "PARTNER B: And {}'s mother -- PARTNER A: Don't bring my mama into this. [overlapping]",
        "{} Jr. is what they named my boy, after his daddy, and he hates it.",
        "Therapist asked about supports; pt named {}, her sponsor, and the pastor at church.",
        "LAST, FIRST: {}   Sex: M   PCP: none   Pharmacy: the one by the bank",
        "GAD-7 14 today; pt says {} and the grandbaby are the reason she gets up at all.",
    ],
    "LOCATION": [
        "Pt grew up in {} and moved to the coast after the hurricane; lives with her sister now.",
        "He was transferred from {} by sheriff's deputy for the court-ordered evaluation.",
        "We go to {} every Sunday and Wednesday night, that's where I feel okay.",
        "Referral source: {} (outpatient), faxed records received and scanned to chart.",
        "uh she got a job out at {} doing second shift so she's gone till midnight",
        "Psilocybin 25 mg administered at {} dosing room 2; monitors present throughout the 8 hour session.",
        "MOM: We drove all the way from {} for this appointment and she won't even talk.",
        "I'm from {} originally, y'all probably never heard of it, it's a little bitty place.",
        "Client reports a history of two prior admissions at {} for suicidal ideation, most recent in 2021.",
        "Ope, we're up by {}, it's about an hour and a half from the cities if the roads are good.",
        "Daddy's buried out in {}, past the bank and the feed store, by the water tower.",
        "The court retained this examiner; interviews took place at {} in a private room.",
        "She transferred to {} this fall and the bullying kind of stopped, knock on wood.",
        "Patient currently resides in {} with his girlfriend and her two kids, ages 6 and 9.",
        "Crisis unit staff coordinated a bed at {} but pt declined voluntary admission.",
        "My cousin works at {} and said they're hiring, so maybe after the ninety days.",
        "We met at {}, like, at the fish fry, and it was just a good time, you know.",
        "Prior authorization request for intensive outpatient program at {}, 3 hours/day, 3 days/week.",
        "Pt was picked up at the park over in {} by police and held at the jail overnight before the CSU.",
    ],
    "ADDRESS": [
        "Address: {}   Preferred phone: cell   Okay to mail? Y",
        "Please remit correspondence regarding this appeal to the member at {}.",
        "we're out at {} now, past the cattle guard, you can't miss the blue trailer",
        "Pt states he has been staying with a friend at {} since being evicted last month.",
        "Mailing address updated per client: {} (no longer at the shelter).",
        "MOM: It's {}, the one with the trampoline, the bus picks her up right at the corner.",
        "Mobile crisis team dispatched to {}; client found on porch, calm, no weapons reported.",
        "The trial site's courier picked up the drug accountability log from {}.",
        "Last known address per TDCJ release paperwork: {}.",
        "i said {} new paragraph patient lives alone with two dogs period",
        "She asked me to mail the superbill to {} because her ex still gets the mail at the old place.",
        "Consent to release information to: county probation office, {}.",
        "ope it's {}, the green house, the doorbell doesn't work so just knock",
        "Home visit completed at {}; grandmother present, home cluttered but safe, no firearms.",
        "mama and them still live at {}, I was the baby so I stayed the longest.",
    ],
    "DATE": [
        "DOS: {}   CPT 90837   Dx F33.1 MDD, recurrent, moderate",
        "Pt reports last drink was {}, denies withdrawal sx; CIWA 3.",
        "Dosing session #2 completed {}; MEQ-30 administered at end of day.",
        "Adverse event onset date: {}   Severity: Grade 2   Relatedness: possibly related",
        "She's been clean since {} and she's real proud of that chip.",
        "I was admitted {} and they kept me 72 hours and then sent me home with nothing.",
        "DOB: {}   Sex: F   Race: Black or African American   Lang: English",
        "uh my court date is {} so I need that letter before then",
        "The initial denial letter dated {} cited lack of medical necessity for the IOP level of care.",
        "next appointment {} at 0900 with the prescriber period",
        "Informed consent version 3.2 signed by participant on {} prior to any study procedures.",
        "Ever since {} when Daddy had the stroke, it's just been me doing everything.",
        "Discharged from the CSU on {} with lithium 600 mg and a follow-up at the clinic in six weeks.",
        "MOM: She's been cutting since {}, at least that's when I found out.",
        "Interval hx since last visit {}: lamotrigine titrated to 200 mg, no rash.",
        "AUDIT 21 at intake; pain 6/10; HR 92; RTC {} at the clinic, sooner prn.",
        "We separated {} and got back together in the spring, that's when the fighting started again.",
    ],
    "AGE": [
        "ID: {} yo WF presents with daughter for evaluation of depressed mood and poor appetite.",
        "{}F, widowed, lives alone, brought in by neighbor after a fall; MoCA 21.",
        "Pt is a {} y/o AAM with hx of MDD and HTN, BP 138/86 today.",
        "My mama is {} and still drives to church every Sunday, Lord help us.",
        "Age: {}   Gender: M   Marital: Widowed",
        "my granddaddy turned {} and he still won't let anybody carry him to the doctor",
        "Collateral from the patient's aunt, who is {} years old, was limited by hearing loss.",
        "A {}-year-old woman in the next room kept calling out all night on the unit.",
        "He says his father lived to {} so he's got plenty of time, which is his way of avoiding it.",
        "CC: {} yo male, confusion x 3 days, family concerned about quetiapine 50 mg qhs.",
        "Meemaw's {} now, y'all, and she still makes the best peach cobbler in the county.",
        "AE narrative: participant's grandmother, aged {}, was hospitalized; event unrelated to study drug.",
        "The evaluee's father ({}) lives in a nursing facility and was not interviewed.",
        "she's {}, not 89 like the chart says, and my daddy's 67 so he can't lift her no more",
    ],
    "PHONE": [
        "Pt's preferred contact # is {}, okay to leave a detailed voicemail per pt.",
        "Please fax records to {} attn: Medical Records, Monday through Friday.",
        "you can call my cell {} but not after nine cause of my shift",
        "Ph: {}   Fax: on letterhead   NPI on file",
        "MOM: Her school counselor's number is {}, she said call anytime.",
        "For questions about this study, contact the study coordinator at {} (24-hour line).",
        "the number is {} period please call back regarding the prior auth",
        "Mobile crisis was reached at {} at 2:40 am and arrived within the hour.",
        "Well my sister's house phone is {} if y'all can't get me, I don't always have minutes.",
        "Tel {} / after-hours answering service forwards to on-call clinician.",
        "TEEN: Just text me at {} -- MOM: [overlapping] that's my phone, she doesn't have a phone.",
        "Per phone message left at 4:55 pm, callback requested at {}.",
        "C: {}   W: none   H: disconnected",
        "CAPS-5 total 41; QIDS 16; please call the family at {} before 0700 on Monday.",
    ],
    "EMAIL": [
        "Pt requests that appointment reminders be sent to {} instead of texts.",
        "Email: {}   Preferred language: Spanish   Interpreter: Y",
        "you can email me at {} I check it on my phone",
        "Send the signed ROI back to {} and we'll get it scanned in.",
        "TEEN: Don't give them my email, Mom. MOM: It's {}, she's a minor.",
        "The sponsor's safety desk ({}) was notified of the SAE by the site PI.",
        "From: {}  Sent: Tuesday 7:42 PM  Subject: can we move my appt",
        "my email is {} all lower case",
        "Correspondence regarding this appeal may also be sent to {} attention utilization review.",
        "PARTNER A: I saw the emails, {}, I saw all of them. PARTNER B: That's my work account!",
        "my ex still has the password to {} so I made a new one at the library",
    ],
    "URL": [
        "Family has been posting updates on {} since the overdose, per sister.",
        "Pt was given the link {} to complete the PCL-5 and PHQ-9 before next visit.",
        "she made one of them pages, {}, and people gave like four thousand dollars",
        "Consent form and study calendar are available to participants at {}.",
        "TEEN: It's just my page, {}, it's not even that deep. MOM: She posts at 3 in the morning.",
        "Resources provided: 988, {} and the NAMI family-to-family class schedule.",
        "he keeps messaging me on {} even though the protective order says no contact",
        "Pt's church streams services on {} and she watches from bed since the fall.",
        "Portal link for the trial's symptom diary: {} (expires after 72 hours).",
        "BDI-II 31 at screening; her son, who is 15, set up {} for her after the diagnosis.",
    ],
    "SSN": [
        "SSN: {}   Marital status: married   Employer: self",
        "Per intake form, last 4 of SSN {} used to verify identity for the sliding fee scale.",
        "she read out her social, {}, to the lady on the phone for the Medicaid renewal",
        "Subscriber SSN {} (on file, redact before release).",
        "i think my social's {} but don't quote me I never had the card",
        "The respondent provided social security number {} to the examiner for records requests.",
        "last four of my social is {}",
        "MOM: Her social is {}, do you need the card too?",
        "SS#: {}   Guarantor: self   Sliding fee tier: B",
    ],
    "ID": [
        "MRN: {}   CSN: pending   Attending: on call",
        "Texas Medicaid ID {} — STAR Health, eligibility verified today.",
        "Prescriber NPI {} and DEA number on file for buprenorphine-naloxone 8/2 mg.",
        "Claim # {} was denied for CPT 90853; we are requesting a peer-to-peer review.",
        "Cause No. {}, In the Interest of a Child — custody evaluation ordered by the court.",
        "Participant ID {} completed the 5D-ASC and MEQ-30 at the 6-hour time point.",
        "Member ID {} (BCBS of Texas), group number on the back of the card.",
        "Rx # {} hydroxyzine 25 mg PRN anxiety, 30 tablets, 0 refills.",
        "TDCJ # {} per the release packet; parole office notified of discharge plan.",
        "Prior authorization reference {} approved 12 visits of CPT 90837.",
        "uh my medicaid number is {} I got the card right here",
        "Mississippi Medicaid ID {} — coverage termed, referred to the sliding fee.",
        "DEA # {} listed on the controlled-substance log for the psilocybin lot.",
        "Medicare number {} (Part B), secondary coverage through the retirement plan.",
        "Texas DL {} presented at check-in, copy placed in chart.",
        "Encounter FIN {} — crisis stabilization, 23-hour observation.",
        "she was at the courthouse all day Thursday and they gave her case number {} for the protective order",
    ],
}
