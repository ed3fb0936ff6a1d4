"""A seventh SYNTHETIC transcript set for benchmarks/deid.py: the fifth held-out set.

SYNTHETIC: every name, place, number and address below is invented for this file.
Written on 2026-12-06 by an engineer who had NOT seen the de-identifier's rules,
its docs page or its tests (only benchmarks/deid.py, for how a set is plugged in and
scored, and deid_heldout4.py, for the format), in one go, before any run; no rule
and no line of this file was changed after its first run.  It measures how the rules
do on talk they were not written for.

Style: psychotherapy, psychedelic-therapy and counselling session talk -- intake
calls, preparation, dosing-day debriefs, integration, a telehealth session and a
group circle -- in the forms real speech, ASR output and clinical notes use: names
with and without titles, nicknames, possessives, hyphenated and non-English names,
lower-case ASR names and places; towns, neighbourhoods, hospitals, schools, clinics
and retreat centres; US, UK and continental addresses, some spoken; dates written
(``12.03.24``, ``March '23``, ISO) and spoken (``the twelfth``, ``Tuesday the 4th``);
ages over 89 in digits and words; phone numbers with extensions, country codes,
spaces, or read digit by digit; emails with dots and pluses, some spoken; URLs with
and without a scheme; SSNs; record, plan, account and licence numbers after a cue.
Titles (``Dr.``, ``Mrs``), articles before places and a possessive ``'s`` stay
outside the planted span; a date's ``the`` is inside it, as in deid.py's own sets.
One date form in sixteen is a holiday with a year (``Christmas Eve 2021``): it names
one day, so it is planted as a date (a judgement call; the year alone never is).
The carrier sentences hold words that must NOT be removed: drug names and doses,
rating scales (``PHQ-9``), ages under 90, bare years, US states and countries (Safe
Harbor keeps both), kin words used as common nouns (mother, sister, Nana), and
place-like common words (the bank, church, the park, the hospital).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random
import re
import unicodedata

FIRST = ["Marta", "Anne-Marie", "Jean-Luc", "Siobhán", "Zoë", "Bartek", "Ngozi", "José", "Björn", "Ifeoma",
         "Thuy", "Rahul", "Agnieszka", "Keoni", "Malak", "Dagny", "Teodoro", "Aoife", "Lakshmi", "Olusegun",
         "Mei-Ling", "Ruairí", "Esmé", "Callum", "Faith", "River", "Shoshana", "Gwilym", "Nkechi", "Paulo"]
NICK = ["Bex", "Tommo", "Gaz", "Kiki", "Deano", "Mags", "Jojo", "Sully"]
LAST = ["Kovács", "Okonkwo", "Nguyen", "Mendez-Silva", "O'Sullivan", "van der Berg", "de la Cruz", "MacLeod",
        "Przybylski", "Adeyemi", "Hallström", "Chaudhry", "Baptiste", "Kealoha", "Ishikawa", "Rautenbach",
        "Dubois-Martin", "Whitlock"]
INITIAL = "ABCDEFGHJKLMNPRSTW"

TOWNS = ["Hebden Bridge", "Bexhill-on-Sea", "Port Townsend", "Ashland", "Ballymena", "Truth or Consequences",
         "Wagga Wagga", "Hilo", "Yachats", "Göttingen", "Totnes", "Marfa", "Arcata", "Llandudno"]
NEIGHBOURHOODS = ["Fishtown", "Crown Heights", "Kreuzberg", "Brixton", "Roxbury", "Bernal Heights",
                  "Little Haiti", "Jamaica Plain", "Moss Side"]
FACILITIES = ["Mass General", "St Thomas' Hospital", "Providence St. Vincent", "OHSU", "Maudsley Hospital",
              "Cedars-Sinai", "Royal Edinburgh Hospital", "Bellevue", "Lincoln High", "Oakmont Elementary",
              "Reed College", "Hillcrest Middle School", "St Brigid's Primary", "Fernwood Clinic",
              "Cedar Lane Counseling", "Bright Path Recovery", "Soltara", "Rythmia", "Spirit Rock", "Kripalu",
              "Omega Institute", "MycoMeditations"]
LOWER_PLACES = ["portland", "tucson", "fishtown", "hebden bridge", "kreuzberg", "santa cruz", "asheville"]

US_STREETS = ["SE Woodstock Blvd", "North Alder Street", "Pleasant St", "W. Cermak Rd", "Linden Avenue",
              "Maple Crest Drive", "Bayou Road", "Sandpiper Ln"]
UK_STREETS = ["Cranbrook Road", "Marlowe Close", "Ropewalk Mews", "Victoria Terrace", "Ashgrove Crescent"]
EU_STREETS = ["Kastanienallee", "Keizersgracht", "Calle de Toledo", "Rua Augusta", "Via dei Serpenti"]
UK_POST = ["LS6 2QT", "E8 3QT", "BS3 4LX", "M14 5RB", "EH9 1JU"]
SPOKEN_NUM = ["forty-two eleven", "twelve oh four", "sixteen", "nine hundred", "thirty-three twenty"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                 "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
                 "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]
DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
AGE_WORDS = ["ninety", "ninety-one", "ninety-two", "ninety three", "ninety-four", "ninety-five", "ninety six",
             "ninety-seven", "ninety-eight", "ninety-nine", "a hundred", "a hundred and one", "one hundred and two",
             "a hundred and four"]

MAIL_HOSTS = ["fastmail.com", "gmail.com", "hotmail.co.uk", "nhs.net", "uni-heidelberg.de", "icloud.com",
              "cedarlanecounseling.org", "proton.me"]
WEB = ["fernwoodclinic.com", "brightpathrecovery.org", "soltara-retreat.com", "cedarlanecounseling.org",
       "integrationcircle.net", "mycomeditations.co"]


def _ascii(s: str) -> str:
    """The plain-ASCII form of a name as people type it into an address (``Kovács`` -> ``kovacs``)."""
    plain = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9.-]", "", plain.lower())


def _suffix(d: int) -> str:
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _digits(s: str) -> str:
    """Read a string of digits aloud one by one, in groups as a person would say them."""
    return ", ".join(" ".join(DIGIT_WORDS[int(c)] for c in group) for group in s.split("-"))


def _person(r: random.Random) -> str:
    f, last = r.choice(FIRST), r.choice(LAST)
    return r.choice([f, f, f.lower(), f"{f} {last}", last, last, r.choice(NICK),
                     f"{f} {r.choice(INITIAL)}. {last}", f"{f.lower()} {last.lower()}"])


def _location(r: random.Random) -> str:
    return r.choice([r.choice(TOWNS), r.choice(TOWNS), r.choice(NEIGHBOURHOODS), r.choice(FACILITIES),
                     r.choice(FACILITIES), r.choice(LOWER_PLACES)])


def _address(r: random.Random) -> str:
    n = r.randint
    return r.choice([
        f"{n(10, 9899)} {r.choice(US_STREETS)}",
        f"{n(10, 9899)} {r.choice(US_STREETS)}, Apt {n(1, 12)}{r.choice('ABCD')}",
        f"{n(2, 400)} {r.choice(US_STREETS)} #{n(2, 30)}",
        f"PO Box {n(100, 9999)}",
        f"Flat {n(1, 9)}, {n(2, 120)} {r.choice(UK_STREETS)}",
        f"{n(2, 120)} {r.choice(UK_STREETS)}, {r.choice(UK_POST)}",
        f"{r.choice(EU_STREETS)} {n(2, 240)}",
        f"{n(2, 90)} rue des Martyrs",
        f"{r.choice(SPOKEN_NUM)} {r.choice(['Maple Crest Drive', 'Linden Avenue', 'Bayou Road'])}",
    ])


def _date(r: random.Random) -> str:
    n = r.randint
    d, m, y = n(1, 28), n(1, 12), n(2016, 2025)
    return r.choice([
        f"the {ORDINAL_WORDS[d - 1]}",
        f"{d}{_suffix(d)} {MONTHS[m - 1]}",
        f"{MONTHS[m - 1]} {d}{_suffix(d)}",
        f"{r.choice(DAYS)} the {d}{_suffix(d)}",
        f"{d:02d}.{m:02d}.{y % 100:02d}",
        f"{d:02d}/{m:02d}/{y}",
        f"{MONTHS[m - 1]} '{y % 100:02d}",
        f"the {d}{_suffix(d)} of {MONTHS[m - 1]}",
        f"{MONTHS[m - 1]} {ORDINAL_WORDS[d - 1]}",
        f"{MON3[m - 1]} {d}",
        f"{d} {MON3[m - 1]}",
        f"{y}-{m:02d}-{d:02d}",
        f"{m}/{d}",
        f"the {ORDINAL_WORDS[d - 1]} of {MONTHS[m - 1].lower()}",
        f"{MONTHS[m - 1]} {d}, {y}",
        r.choice(["Christmas Eve", "New Year's Day", "Thanksgiving"]) + f" {y}",
    ])


def _age(r: random.Random) -> str:
    return r.choice([str(r.randint(90, 104)), str(r.randint(90, 99)), r.choice(AGE_WORDS)])


def _phone(r: random.Random) -> str:
    n = r.randint
    a, b, c = n(201, 989), n(200, 999), n(0, 9999)
    return r.choice([
        f"({a}) {b}-{c:04d}",
        f"{a}-{b}-{c:04d} ext. {n(10, 999)}",
        f"{a}.{b}.{c:04d} x{n(2, 99)}",
        f"1-{a}-{b}-{c:04d}",
        f"+44 7{n(100, 999)} {n(100, 999)} {n(100, 999)}",
        f"07{n(100, 999)} {n(100000, 999999)}",
        f"+49 30 {n(1000, 9999)} {n(1000, 9999)}",
        f"+33 6 {n(10, 99)} {n(10, 99)} {n(10, 99)} {n(10, 99)}",
        f"+61 4{n(10, 99)} {n(100, 999)} {n(100, 999)}",
        _digits(f"{a}-{b}-{c:04d}"),
        f"{a} {b} {c:04d}",
    ])


def _email(r: random.Random) -> str:
    f, last = _ascii(r.choice(FIRST)), _ascii(r.choice(LAST))
    host = r.choice(MAIL_HOSTS)
    return r.choice([
        f"{f}.{last}@{host}",
        f"{f}.{last}+therapy@{host}",
        f"{f[0]}.{last}@{host}",
        f"{f}_{r.randint(70, 99)}@{host}",
        f"intake+{r.randint(100, 999)}@{r.choice(WEB)}",
        f"{f} dot {last} at gmail dot com",
        f"{f.upper()}.{last.upper()}@{host.upper()}",
    ])


def _url(r: random.Random) -> str:
    n = r.randint
    site = r.choice(WEB)
    tag = "".join(r.choice("abcdefghjkmnpqrstvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
    return r.choice([
        f"https://zoom.us/j/{n(100000000, 999999999)}{n(10, 99)}",
        f"https://{site}/intake-forms",
        f"http://www.{site}",
        f"www.{site}/integration?week={n(1, 8)}",
        f"{site}/groups/thursday-circle",
        f"meet.google.com/{tag[:3].lower()}-{tag[3:].lower()}-xqz",
        f"calendly.com/dr-{_ascii(r.choice(LAST))}/intake",
        f"bit.ly/{tag}",
        f"doxy.me/{_ascii(r.choice(FIRST)).replace('-', '')}therapy",
        f"instagram.com/{r.choice(NICK).lower()}.paints",
    ])


def _ssn(r: random.Random) -> str:
    n = r.randint
    a, b, c = n(100, 665), n(10, 99), n(1000, 9999)
    return r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}", _digits(f"{a}-{b}-{c}")])


def _record(r: random.Random) -> str:
    n = r.randint
    letters = "ABCDEFGHJKLMNPRTWXYZ"
    return r.choice([
        f"{n(0, 9999999):08d}",
        f"{''.join(r.choice(letters) for _ in range(3))}{n(100000000, 999999999)}",
        f"W{n(1000, 9999)}-{n(1000, 9999)}",
        f"{n(100, 999)} {n(100, 999)} {n(1000, 9999)}",
        f"A-{n(1000, 9999)}-{n(1000, 9999)}",
        f"RX{n(1000000, 9999999)}",
        f"{n(100000000, 999999999)}-{n(1, 9):02d}",
        _digits(str(n(1000000, 9999999))),
    ])


VALUES = {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
          "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _record}


def value(kind: str, r: random.Random) -> str:
    if kind not in VALUES:
        raise ValueError(kind)
    return VALUES[kind](r)


# (template, kind): {} is the planted identifier.  Settings in the comments.
TEMPLATES = {
    "PERSON": [
        # intake call / telehealth / group circle / debriefs / integration
        "Hi {}, can you hear me okay? You froze for a second there.",
        "{} held my hand when the ketamine kicked in and I started to cry.",
        "Dr. {} upped the Lexapro to 20 mg in 2022, and that's when the numbness started.",
        "I stayed at {}'s flat for a week after the dosing session.",
        "Welcome, everyone, and {} is joining the circle for the first time tonight.",
        "My mother and {} haven't spoken since 2019.",
        "My sister, {}, came with me to the bank afterwards because I couldn't do forms.",
        "Mrs {} next door is the only one who knows I'm doing psilocybin therapy.",
        "Thank you, {}, that took real courage to share.",
        "In the second hour I kept seeing {}'s face, younger, the way it was before the accident.",
        "The sitter, {}, just kept saying breathe, you're safe, it's the medicine.",
        "Nurse {} checked my blood pressure every half hour after the 120 mg of MDMA.",
        "Honestly {} is the reason I go to church at all any more.",
        "Client states that {} (partner) will drive her home after the session.",
        "so i told {} i wasn't going to drink at the wedding",
        "Auntie {} raised me after Mum went into the hospital.",
    ],
    "LOCATION": [
        "I grew up around {}, and nobody there talked about feelings.",
        "After the overdose the ambulance took me to {}.",
        "My daughter's at {} now and she's doing really well.",
        "The retreat was near {}, and I flew in from Oregon on my own.",
        "We met at {}, years before the diagnosis.",
        "{} is where it all started, the drinking and everything.",
        "When I left {} I stopped going to church, and my mother never forgave me.",
        "She works over at {} on the night shift.",
        "Nobody at {} knew I was using, not even my sister.",
        "I found a place near {}, so it's only a short walk to the park.",
        "Pt transferred from {} for ketamine-assisted therapy, PHQ-9 of 19 at intake.",
        "i used to walk the dog down by {} every morning",
        "The ceremony at {} was the first time I felt God wasn't angry with me.",
    ],
    "ADDRESS": [
        "I'm staying at {} until the divorce goes through.",
        "Please post the integration workbook to {}.",
        "My address? It's {}.",
        "The ceremony was in her house, {}, with the blinds down.",
        "The new place is {}, right by the bank.",
        "We used to live at {} when Dad was still drinking.",
        "Billing address: {}.",
        "so yeah my address is {} if you need it for the forms",
    ],
    "DATE": [
        "My dad's anniversary is {}, so that whole week is always rough.",
        "Let's pencil in {} for the dosing session, then integration two days after.",
        "Date of birth, {}.",
        "The last time I drank was {}, and I've been to a meeting every day since.",
        "I was discharged from the hospital {} and went straight back to work.",
        "We've got your preparation call down for {}, at 10 am your time.",
        "The letter from the insurance is dated {}.",
        "{} was the day everything changed for me.",
        "She took the psilocybin, 25 milligrams, on {} with two facilitators present.",
        "My first ayahuasca ceremony was {}, in Peru.",
        "Can we move the group to {} instead?",
        "i think it was {} when she told me she was leaving",
    ],
    "AGE": [
        "My grandmother is {} and she still asks about my drinking.",
        "Nana turned {} and didn't even know who I was.",
        "He was {} when he died, and I was 34 and completely lost.",
        "Grandad's {} now, and he's the one who first told me about mushrooms.",
        "My great-aunt is {} years old and lives on her own.",
        "Collateral: maternal grandmother, age {}, primary support since 2015.",
        "Pop-pop lived to {}, and he never once said he loved me.",
        "she's {} and still goes to the park every day",
    ],
    "PHONE": [
        "My number's {}, just leave a message if I don't pick up.",
        "If the Zoom link drops, ring me on {}.",
        "Fax the records to {} and mark them confidential.",
        "Her mobile is {}, but she rarely answers.",
        "The clinic's direct line is {}.",
        "Text {} when you're on your way and someone will meet you.",
        "Emergency contact is my sister on {}.",
        "yeah it's {} that's my cell",
    ],
    "EMAIL": [
        "Send the consent forms to {}.",
        "My email is {}.",
        "You can reach the integration coach at {}.",
        "I got an email from {} this morning and just panicked.",
        "It's {}, I check it most days.",
        "Could you cc {} on the letter to my GP?",
        "the zoom invite went to {} i think",
    ],
    "URL": [
        "Here's the link for tonight: {}.",
        "The session link is {} if the app crashes again.",
        "I've been reading {} a lot since the retreat.",
        "You can book the follow-up at {}.",
        "My paintings from the integration weeks are up at {}.",
        "The waiver is on {}, page two.",
        "just go to {} and it walks you through it",
    ],
    "SSN": [
        "My social is {}.",
        "Social Security number: {}.",
        "SSN {}, sorry, is it okay to say that on here?",
        "For the disability claim they need my social, {}.",
        "The last form had my SSN as {}, which is wrong.",
        "my social security is {}",
    ],
    "ID": [
        "My MRN is {}.",
        "Member ID {}, and the group number's on the back of the card.",
        "The policy number is {}, it's through my husband's work.",
        "NHS number {}.",
        "My Medicaid ID is {}.",
        "Claim number {}, and they've denied it twice now.",
        "Account number {} at the bank, for the sliding-scale refund.",
        "Chart number {}, in case the other clinic asks.",
        "My driver's license number is {}.",
        "The prescription number on the bottle is {}.",
        "Case number {} from the court, for the mandated sessions.",
        "medical record number is {}",
    ],
}

__all__ = ["TEMPLATES", "value"]
