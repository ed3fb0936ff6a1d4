"""A fourteenth SYNTHETIC transcript set for benchmarks/deid.py: the twelfth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented
for this file (real cities, towns, districts and a few landmarks are used as places only, never
with a person; every clinic, centre, care home, school, church, mosque, temple, shop and
workplace name is made up).  Written on 2026-12-06 by an engineer who had NOT seen the
de-identifier's rules, its docs page, its tests or the contents of the earlier sets (only
benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and
deid_heldout.py .. deid_heldout11.py their docstrings, plus the ``value`` signature and the
``TEMPLATES`` shape of deid_heldout11.py, for the format), in one go, before any run; no rule
and no line of this file was changed after its first run.  It measures how the rules do on
talk they were not written for.

Style: settings the earlier docstrings do not name as theirs -- a psilocybin research centre in
the Netherlands and one in Germany with English as a second language (``how do you call it``,
Dutch and German word order), a Scandinavian outpatient clinic, a parole-board hearing, a care
home and a dementia assessment with a daughter present, a deaf client through an ASL
interpreter (glossed English, ``NAME F-I-N-G-E-R-S-P-E-L-L-E-D``), an eating-disorder day
programme, a workplace EAP phone call, a student-visa / immigration interview, an NHS Talking
Therapies (IAPT) phone assessment; written forms: a GP practice letter header and footer, an
appointment-reminder SMS, a patient-portal message thread, a lab requisition, and a handwritten
note transcribed with ``[illegible]`` marks.
Identifier forms, chosen to differ from the earlier lists where possible: fingerspelled names
(``M-A-R-T-J-E``), Dutch ``van``/``de`` tussenvoegsels, German ``von`` and umlauts, Nordic
``-sdottir``/``-sson`` patronymics and ``ø``/``å``, parole-board ``Inmate ... number``, surname
comma first name (``DE VRIES, Anneke``), initials (``J. Okonkwo``), and the everyday ones.
Places: Dutch, German, Nordic, British and US towns and districts, invented clinics, care homes,
mosques, temples, schools, workplaces.  Addresses: Dutch postcodes (``1071 AB``), German
``Straße`` with the number after, Nordic ``gate``/``vägen``, UK postcodes, US lines, spoken.
Dates: European ``6.12.2026``, ``06-12``, ``12 Dec``, ``Tues 3rd Feb``, ISO with time, spoken
(``the fourteenth of march``), SMS ``on 14/03 at 10:30``.  Ages over 89 in digits and words and
in form fields.  Phones: Dutch, German, Nordic, UK and US layouts, ``Tel:``/``Fax:`` footers,
spoken digit groups.  Emails: NHS.net, ``.nl``/``.de``/``.se``, spoken ``at`` / ``dot``,
``[at]``.  URLs: bare domains, portal links, Instagram / LinkedIn pages.  SSNs with cues, spoken,
``last four``, also Dutch BSN and Swedish personnummer as national IDs (planted as SSN).
IDs with cues: NHS numbers ``485 777 3456``, Medicare, parole / inmate / case / visa application /
claim / Rx / lab accession / EAP case numbers.
A title or kin word next to a name stays outside the span; a possessive ``'s`` stays outside.
The carrier sentences hold words that must NOT be removed: psilocybin 25 mg, sertraline 50 mg,
olanzapine 2.5 mg, PHQ-9 of 17, GAD-7 of 12, MoCA 19/30, EDE-Q, BMI 16.8, ages under 90 (89, 74,
19), bare years (2019), countries and US states (the Netherlands, Germany, Norway, Ohio),
weekdays alone, times of day, durations, kin words (my daughter, mum, oma), and place-like common
words (the bank, church, the park, the clinic, the ward, the unit, the canteen).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

FIRST = ["Anneke", "Joost", "Femke", "Sjoerd", "Wiebke", "Jürgen", "Maren", "Torbjørn", "Sigrún", "Åsa",
         "Eilif", "Marit", "Dolores", "Clifton", "Tamika", "Rhodri", "Gwenllian", "Nkechi", "Obinna", "Farhan",
         "Shirin", "Wojciech", "Agnieszka", "Thuy", "Minh", "Bongani", "Hamza", "Ilse", "Mads", "Rowan",
         "Hope", "Faith", "Sterling", "Summer", "Rocky", "Penny", "Bill", "Mark", "Will", "Rose"]
LAST = ["Bakker", "Visser", "Smit", "Hoekstra", "Brandt", "Köhler", "Schäfer", "Lindgren", "Haugen",
        "Sigurdardottir", "Magnusson", "Okonkwo", "Adeyemi", "Pritchard", "Llewellyn", "Nowakowska",
        "Tran", "Qureshi", "Dlamini", "Whitlock", "Brewer", "Baker", "Fisher", "Underwood"]
TUSSEN = ["van", "de", "van der", "van den", "von"]
NICK = ["Jojo", "Binky", "Tiny", "Sunny", "Big Mike", "Red", "Mama Bea", "Doc"]
PLACES = ["Utrecht", "Maastricht", "Groningen", "Nijmegen", "Eindhoven", "Freiburg", "Heidelberg", "Leipzig",
          "Mannheim", "Bergen", "Tromsø", "Uppsala", "Malmö", "Aarhus", "Odense", "Leeds", "Stockport",
          "Wolverhampton", "Swindon", "Toledo", "Dayton", "Youngstown", "Kreuzberg", "De Pijp", "Södermalm",
          "Vesterbro", "Moss Side", "Headingley", "Prenzlauer Berg", "Jordaan", "Grünerløkka"]
INST = ["Hollandse Psilocybine Kliniek", "Zentrum für Psychedelische Forschung Mannheim",
        "Fjordlys Poliklinikk", "Lindenhof Care Home", "Oakwell Grange Nursing Home",
        "Beacon Day Programme", "Saint Brigid's Medical Practice", "Al-Noor Mosque", "Shree Ganesh Temple",
        "Holy Trinity Church", "Westbrook Academy", "Hartley Logistics depot", "Kwik Save on Market Street",
        "Riverside Correctional Facility", "Pine Hollow Day Unit", "Erasmus MC", "Sahlgrenska",
        "Charité", "Tesco Extra in Hulme", "Vondelpark", "Ullevål"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 21: "twenty-first", 22: "twenty-second", 23: "twenty-third", 24: "twenty-fourth",
       25: "twenty-fifth", 26: "twenty-sixth", 27: "twenty-seventh", 28: "twenty-eighth"}
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS_WORDS = {90: "ninety", 100: "a hundred"}


def _suffix(d: int) -> str:
    return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")


def _spoken_digits(s: str) -> str:
    return " ".join(UNITS[int(c)] if c.isdigit() else c for c in s if c != " ")


def _person(r: random.Random) -> str:
    f, last = r.choice(FIRST), r.choice(LAST)
    forms = [f, f, f"{f} {last}", last, f"{f} {r.choice(TUSSEN)} {last}", f"{last.upper()}, {f}",
             f"{f[0]}. {last}", r.choice(NICK), "-".join(f.upper()), f.lower(), f"{f.lower()} {last.lower()}"]
    return r.choice(forms)


def _location(r: random.Random) -> str:
    p = r.choice(PLACES)
    return r.choice([p, p, r.choice(INST), r.choice(INST), p.lower(), f"{r.choice(INST)}, {p}"])


def _address(r: random.Random) -> str:
    n = r.randint
    return r.choice([
        f"Prinsengracht {n(2, 900)}, {n(1000, 9999)} {r.choice('ABCDEFGHJK')}{r.choice('LMNPRSTVWX')} Amsterdam",
        f"Oudegracht {n(2, 300)}-{r.choice('ABC')}",
        f"Lessingstraße {n(1, 80)}, {n(10000, 99999)} Berlin",
        f"Hauptstr. {n(1, 200)}a",
        f"Thorvald Meyers gate {n(1, 90)}",
        f"Götgatan {n(1, 150)}, lgh {n(1001, 1399)}",
        f"{n(1, 199)} Wilmslow Road, M{n(1, 40)} {n(1, 9)}{r.choice('ABDEFHJ')}{r.choice('LNPQRSTUWX')}",
        f"Flat {n(1, 30)}, {n(2, 90)} Cardigan Road",
        f"{n(100, 9999)} West Siebenthaler Avenue",
        f"{_spoken_digits(str(n(10, 99)))} Elmhurst Close",
        f"PO Box {n(100, 9999)}",
    ])


def _date(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(1998, 2027)
    mon = MONTHS[m - 1]
    return r.choice([
        f"{d}.{m}.{y}", f"{d:02d}-{m:02d}", f"{d} {mon[:3]}", f"Tues {d}{_suffix(d)} {mon[:3]}",
        f"{y}-{m:02d}-{d:02d} 09:15", f"the {ORD[d]} of {mon.lower()}", f"{d:02d}/{m:02d}",
        f"{d} {mon} {y}", f"{mon} {d}", f"{ORD[d]} of {mon}", f"{d}/{m}/{str(y)[2:]}",
        f"{mon[:3]}. {d}", f"{d}. {mon}",
    ])


def _age(r: random.Random) -> str:
    a = r.randint(90, 106)
    words = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety three", 94: "ninety-four",
             95: "ninety-five", 96: "ninety six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
             100: "a hundred", 101: "a hundred and one", 102: "one hundred and two", 103: "a hundred and three",
             104: "hundred and four", 105: "one hundred five", 106: "a hundred and six"}
    return r.choice([str(a), str(a), words[a], f"{a} yrs", f"{a}y"])


def _phone(r: random.Random) -> str:
    n = r.randint
    return r.choice([
        f"+31 6 {n(1000, 9999)} {n(1000, 9999)}", f"06-{n(10000000, 99999999)}",
        f"030 {n(100, 999)} {n(1000, 9999)}", f"+49 621 {n(100, 999)} {n(100, 999)}",
        f"0621/{n(100000, 999999)}", f"+47 {n(400, 999)} {n(10, 99)} {n(100, 999)}",
        f"08-{n(100, 999)} {n(10, 99)} {n(10, 99)}", f"0161 {n(200, 999)} {n(1000, 9999)}",
        f"07{n(700, 999)} {n(100000, 999999)}", f"({n(201, 989)}) {n(200, 999)}-{n(1000, 9999)}",
        _spoken_digits(f"07{n(700, 999)}{n(100000, 999999)}"),
        f"{n(201, 989)} {n(200, 999)} {n(1000, 9999)}",
    ])


def _email(r: random.Random) -> str:
    f, last = r.choice(FIRST).lower(), r.choice(LAST).lower()
    dom = r.choice(["nhs.net", "kpnmail.nl", "web.de", "telia.se", "online.no", "hartleylogistics.co.uk",
                    "uni-heidelberg.de", "gmail.com"])
    user = r.choice([f"{f}.{last}", f"{f[0]}{last}", f"{f}{r.randint(1, 99)}"])
    host, tld = dom.split(".", 1)
    return r.choice([f"{user}@{dom}", f"{user}@{dom}", f"{user} at {host} dot {tld.replace('.', ' dot ')}",
                     f"{user}[at]{dom}", f"{user.upper()}@{dom.upper()}"])


def _url(r: random.Random) -> str:
    n = r.randint
    return r.choice([
        "hollandsepsilocybinekliniek.nl", f"www.fjordlys-poliklinikk.no/timebestilling/{n(10, 999)}",
        f"https://portal.stbrigidsmedical.co.uk/messages/{n(10000, 99999)}",
        f"instagram.com/{r.choice(FIRST).lower()}_{r.choice(['recovers', 'eats', 'draws'])}",
        f"linkedin.com/in/{r.choice(FIRST).lower()}-{r.choice(LAST).lower()}-{n(100, 999)}",
        f"https://zpf-mannheim.de/studie?id={n(100, 999)}", "beacondayprogramme.org.uk",
        f"http://bit.ly/{r.choice(['x', 'q', 'z'])}{n(1000, 9999)}k",
    ])


def _ssn(r: random.Random) -> str:
    n = r.randint
    a, b, c = n(100, 665), n(10, 99), n(1000, 9999)
    return r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", _spoken_digits(f"{a}{b}{c}"),
                     f"{c}"])


def _id(r: random.Random) -> str:
    n = r.randint
    return r.choice([
        f"{n(400, 499)} {n(100, 999)} {n(1000, 9999)}", f"{n(2000, 9999)} {n(10000, 99999)} {n(1, 9)}",
        f"A{n(10000000, 99999999)}", f"PB-{n(2019, 2026)}-{n(10000, 99999)}", f"EAP{n(100000, 999999)}",
        f"GWF{n(100000000, 999999999)}", f"LAB-{n(100000, 999999)}-{r.choice('ABCX')}",
        f"Rx {n(1000000, 9999999)}", f"{n(100000, 999999)}-{n(10, 99)}", f"CLM{n(10000000, 99999999)}",
    ])


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


# (template, kind): {} is the planted identifier; the words around it are this file's own
TEMPLATES = {
    "PERSON": [
        "During the 25 mg psilocybin day {} held my hand, how do you call it, the whole time.",
        "The guide, {}, she said: just go in, not away, and I did it.",
        "INTERPRETER: ME NAME {} ... she says her sister signs better than her.",
        "Board member: Mr {}, tell us about the victim impact statement.",
        "My daughter {} comes every Sunday but mum doesn't always know her.",
        "{} from the day programme sat with me at lunch when the BMI came up.",
        "Hi {}, just confirming your assessment with the wellbeing team.",
        "Patient: {}   DOB: withheld   Ward: the unit",
        "I told my manager {} that the PHQ-9 was 17 and I needed time.",
        "Yours sincerely, Dr {}, General Practitioner",
        "The officer asked if {} was my sponsor for the visa.",
        "Signed [illegible] {} 2nd witness",
        "{}'s mum rang the ward about the sertraline 50 mg.",
        "Hej {}, din tid hos oss är bekräftad.",
    ],
    "LOCATION": [
        "The trial was at {} and the room had a big window to the park.",
        "I grew up in {}, a small place, you know, with my oma.",
        "Before the prison he was working at {} on the night shift.",
        "Dad was moved to {} after the MoCA of 19/30.",
        "We go to {} on Fridays, and to the bank after.",
        "Referred from: {} (EAP provider)",
        "She says she was born in {}, then Ohio, then here.",
        "i used to live in {} before the eating thing started",
        "The visa is for study at {}, starting in the autumn, then maybe Germany or Norway.",
        "Clinic location: {}, please arrive ten minutes early.",
    ],
    "ADDRESS": [
        "Home address: {}",
        "I live now at {}, near the church.",
        "Please send the letter to {} not to my work.",
        "Release address on file is {}, with his brother.",
        "er it's {} the one with the blue door",
        "Practice address: {}",
        "Specimen collected at {}, second floor.",
    ],
    "DATE": [
        "The dosing session is planned for {} in the morning.",
        "Date of hearing: {}",
        "She was admitted here on {}, the daughter thinks.",
        "Reminder: your appt is on {} at 10:30. Reply STOP to opt out.",
        "I started the day programme on {} and the EDE-Q was high.",
        "Collection date {} fasting yes",
        "since {} i have not been drinking at all",
        "My interview at the embassy was {}, a Monday.",
        "Letter dated {}",
        "Sent {} 14:02 - Re: medication question",
    ],
    "AGE": [
        "My mother is {} and still she makes her own bed.",
        "Age: {}   Sex: F   MoCA: 19/30",
        "INTERPRETER: GRANDMOTHER AGE {} STILL DRIVE ... she says her grandmother still drives.",
        "He lived to {}, and I was 74 when he went.",
        "Resident is {} years old, on olanzapine 2.5 mg at night.",
        "oma was {} when she died, in her own bed",
    ],
    "PHONE": [
        "You can call me on {} after six.",
        "Tel: {}",
        "Fax: {}   Please do not fax results to the ward.",
        "The crisis team number is {}, it is for 24 hours.",
        "my number is {} yeah that's my mobile",
        "If you can't attend ring {} at least 24 hours before.",
    ],
    "EMAIL": [
        "Email: {}",
        "Send it to {} please, not my work one.",
        "you can email me it's {} all small letters",
        "From: {} | Subject: GAD-7 scores",
        "Reply to {} for questions about the study.",
    ],
    "URL": [
        "All info about the study is on {} in English and Dutch.",
        "She posts her drawings on {} and it helps.",
        "Book online at {}",
        "View your message at {}",
        "my manager sent me {} for the EAP stuff",
    ],
    "SSN": [
        "The form wants the social security number, it is {}.",
        "SSN: {}",
        "my social is {} I think",
        "Last four of the social, {}, for verification.",
        "He gave his social security number {} to the parole officer.",
    ],
    "ID": [
        "NHS number: {}",
        "My Medicare number is {} if you need it.",
        "Inmate number {}, for the record of this hearing.",
        "The visa application number is {}.",
        "EAP case number {}, I wrote it down.",
        "Lab accession no. {}",
        "Prescription number {} for the sertraline.",
        "The claim number on the insurance letter is {}.",
        "Hospital number {} on her wristband.",
    ],
}
