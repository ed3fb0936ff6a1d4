"""A fifteenth SYNTHETIC transcript set for benchmarks/deid.py: the thirteenth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented
for this file (real large cities, towns and districts are used as places only, never with a
person; every clinic, temple, church, mosque, school, shop, pharmacy and workplace name is made
up).  Written on 2026-12-06 by an engineer who had NOT seen the de-identifier's rules, its docs
page, its tests or the contents of the earlier sets (only benchmarks/deid.py, for how a set is
plugged in and scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout11.py their
docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of deid_heldout11.py, for
the format), in one go, before any run; no rule and no line of this file was changed after its
first run.  It measures how the rules do on talk they were not written for.

Style: talk and text from settings the earlier docstrings do not name as theirs -- Hong Kong and
Vancouver Cantonese-English code-switching (``mh goi``, ``ah ma``, ``ah yeh``),
Korean-English and Japanese-English families (``umma``, ``halmoni``, ``obaachan``, ``-ssi`` and
``-san`` after names), a Vietnamese-American temple community, an Arabic-English medical
interpreter session, a Somali community health worker's home visit, tele-counselling typed
through a chat widget (no capitals, typos, ``rn``, ``tbh``), a psilocybin guide training
roleplay, a bereavement support text line; and written forms: a consent form filled in
(``Name: ____``), a discharge checklist, a ward whiteboard transcribed, an insurance
explanation-of-benefits letter, and a pharmacy transfer fax.
Identifier forms, chosen to differ from the earlier sets' lists where possible: names with
``-ssi``/``-san``/``ah`` honorific parts (kept outside the span where they are suffixes), Chinese
names with an English first name (``Winnie Cheung Ka-yan``), Korean and Vietnamese family-first
names, Somali patronymic chains, names typed in lower case with typos in the carrier; Hong Kong
and Vancouver districts, temple and mosque names, form-field addresses (``Addr:``), Hong Kong
flat / floor / block addresses; dates in form fields (``DOB: 03-Nov``), ``Wed 14/8``, spoken
dates (``the ninth of june``), CJK-written dates, ``D/C date``; ages over 89 written
``aged 9x`` and in words; phone numbers as ``Tel/Fax`` fields, HK eight-digit numbers, spoken
groups; emails obfuscated (``name [at] domain [dot] com``); URLs as social pages and bare
domains; SSNs in form fields and spoken with "last four"; claim, member, Rx, HKID-like, Medicare, NHS, care-card
and case numbers after a cue.  Carrier sentences hold words that must NOT be removed: drug
names and doses (psilocybin 25 mg, sertraline 50 mg), rating scales (PHQ-9 of 14, GAD-7),
ages under 90, bare years, US states, provinces and countries, weekdays alone, times of day,
durations, kin words as common nouns, and place-like common words (the temple, the clinic).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

FIRST = ["Winnie", "Ka-yan", "Siu-ming", "Kelvin", "Mei-ling", "Wai-kit", "Ji-woo", "Seo-yeon", "Min-jun",
         "Hyun-woo", "Haruto", "Yuki", "Sayuri", "Kenji", "Thuy", "Minh", "Phuong", "Duc", "Lan", "Khadra",
         "Abdirahman", "Hodan", "Faduma", "Mahad", "Ayaan", "Layla", "Tariq", "Samira", "Hussein", "Nour",
         "Grace", "Faith", "Rowan", "Rain", "Brooke", "Sterling", "Marisa", "Jolene", "Ezra", "Wren"]
LAST = ["Cheung", "Lau", "Wong", "Chan", "Ho", "Tsang", "Kwok", "Park", "Choi", "Jeong", "Yoon", "Takahashi",
        "Morimoto", "Sasaki", "Fujiwara", "Nguyen", "Tran", "Pham", "Huynh", "Vo", "Warsame", "Farah", "Guled",
        "Abdi", "Hirsi", "Haddad", "Mansour", "Khalil", "Saleh", "Brennan", "Lindgren", "Whitlock", "Ashby"]
NICK = ["Ah Keung", "Ah Mui", "Fat Jai", "Minnie", "Jiji", "Kenchan", "Yukki", "Bao", "Xu Xu", "Abdi Boy",
        "Hoddy", "Taz", "Birdie"]
CITIES = ["Vancouver", "Richmond", "Burnaby", "Coquitlam", "Kowloon", "Sha Tin", "Tsuen Wan", "Mong Kok",
          "Sham Shui Po", "Garden Grove", "Westminster", "Koreatown", "Fort Lee", "Torrance", "Gardena",
          "Minneapolis", "Cedar-Riverside", "Columbus", "Dearborn", "Hamtramck", "Osaka", "Busan", "Da Nang",
          "Hargeisa", "Mogadishu", "Eastleigh", "Strathcona", "Kitsilano", "Flushing", "Sunset Park"]
FAC = ["Chùa Từ Quang", "Bodhi Lotus Temple", "Abubakar As-Saddique Mosque", "Riverside Somali Mosque",
       "Grace Korean Presbyterian Church", "Nikkei Place Centre", "Kwong Fook Elderly Centre",
       "Pine Hollow Medical Centre", "Lakemont General Hospital", "St. Brigid's Hospital", "Harbourview Clinic",
       "Tam Family Pharmacy", "Golden Lotus Nail Salon", "Seoul Mart", "Maple Heights Secondary School",
       "Sunnyvale Elementary", "Tung Wah Wing Lok Clinic", "Kiln Road Family Practice", "Cedar Trails Hospice"]
STREETS = ["Kingsway", "Fraser Street", "Bolsa Avenue", "Nathan Road", "Riverside Avenue", "Cedar Avenue South",
           "Warren Avenue", "Western Avenue", "Main Street", "Lai Chi Kok Road", "Shaughnessy Street",
           "Brookhurst Street", "Olive Grove Lane", "Harvest Moon Drive"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
       "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]
DIGIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
WORD_AGE = ["ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six",
            "ninety-seven", "ninety-eight", "ninety-nine", "a hundred", "a hundred and one", "one hundred and three"]
DOMAINS = ["lotusbridgecare", "haneulcounsel", "kizunafamily", "hoyosupport", "tidepoolgrief", "mycelia-guides",
           "gurigroup", "bamboohealthline", "qaranhealth"]


def _sfx(d: int) -> str:
    return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")


def _person(r: random.Random) -> str:
    f, l = r.choice(FIRST), r.choice(LAST)
    return r.choice([f, f, f"{f} {l}", l, f"{l} {f}", r.choice(NICK), f.lower(), f"{f} {l} {r.choice(FIRST)}",
                     f"{r.choice(['Winnie', 'Kelvin', 'Grace', 'Brooke'])} {r.choice(['Cheung', 'Lau', 'Ho'])} "
                     f"{r.choice(['Ka-yan', 'Siu-ming', 'Wai-kit'])}",
                     f"{r.choice(['Khadra', 'Mahad', 'Hodan'])} {r.choice(['Abdi', 'Farah'])} "
                     f"{r.choice(['Warsame', 'Guled', 'Hirsi'])}"])


def _location(r: random.Random) -> str:
    return r.choice([r.choice(CITIES), r.choice(CITIES), r.choice(FAC), r.choice(FAC), r.choice(CITIES).lower()])


def _address(r: random.Random) -> str:
    n = r.randint
    return r.choice([
        f"{n(100, 9899)} {r.choice(STREETS)}",
        f"{n(10, 4999)} {r.choice(STREETS)}, Unit {n(101, 2409)}",
        f"Flat {r.choice('ABCDEFGH')}, {n(2, 38)}/F, Block {n(1, 9)}, {n(1, 400)} {r.choice(STREETS)}",
        f"{n(2, 40)}/F, {n(1, 500)} Nathan Road",
        f"{n(1000, 8999)} Bolsa Ave #{n(100, 299)}",
        f"{n(100, 999)} {r.choice(['cedar avenue south', 'fraser street', 'warren avenue'])}",
        f"{r.choice(['twenty', 'forty', 'sixty'])}-{r.choice(['one', 'two', 'six'])} {r.choice(STREETS)}",
        f"PO Box {n(100, 98000)}"])


def _date(r: random.Random) -> str:
    n = r.randint
    d, m, y = n(1, 28), n(1, 12), n(1931, 2025)
    mon = MONTHS[m - 1]
    return r.choice([f"{d:02d}-{MON3[(m - 1) % 11]}", f"{d}/{m}", f"{d}/{m}/{y}", f"{m:02d}/{d:02d}/{y % 100:02d}",
                     f"{mon} {d}{_sfx(d)}", f"the {ORD[d - 1]} of {mon.lower()}", f"{mon.lower()} {ORD[d - 1]}",
                     f"{y}.{m:02d}.{d:02d}", f"{d} {mon} {y}", f"{MON3[(m - 1) % 11]}. {d}",
                     f"{y}年{m}月{d}日", f"{mon} {d}, {y}"])


def _age(r: random.Random) -> str:
    n = r.randint
    return r.choice([str(n(90, 106)), r.choice(WORD_AGE), f"{n(90, 103)}yo", f"{n(90, 101)} y.o."])


def _phone(r: random.Random) -> str:
    n = r.randint
    a, b, c = n(201, 989), n(200, 999), n(0, 9999)
    hk = f"{n(2, 9)}{n(100, 999)} {n(1000, 9999)}"
    spoken = " ".join(DIGIT[int(ch)] for ch in f"{a}{b}")
    return r.choice([f"{a}-{b}-{c:04d}", f"({a}){b}-{c:04d}", f"{a} {b} {c:04d}", f"+852 {hk}", hk,
                     f"{a}.{b}.{c:04d}", f"1-{a}-{b}-{c:04d}", f"+1-{a}-{b}-{c:04d}",
                     f"{spoken} {' '.join(DIGIT[int(ch)] for ch in f'{c:04d}')}",
                     f"+82 10-{n(1000, 9999)}-{n(1000, 9999)}", f"+81 90-{n(1000, 9999)}-{n(1000, 9999)}"])


def _email(r: random.Random) -> str:
    n = r.randint
    u = f"{r.choice(FIRST).lower().replace('-', '')}{r.choice(['.', '_', ''])}{r.choice(LAST).lower()}"
    dom = r.choice(DOMAINS)
    tld = r.choice(["com", "org", "ca", "com.hk", "co.kr", "net"])
    return r.choice([f"{u}{n(1, 99)}@{dom}.{tld}", f"{u}@gmail.com", f"{u} [at] {dom} [dot] {tld.split('.')[0]}",
                     f"{u} at {dom} dot {tld.split('.')[0]}", f"{u.upper()}@{dom.upper()}.COM",
                     f"{u}@{dom}.{tld}"])


def _url(r: random.Random) -> str:
    n = r.randint
    dom = r.choice(DOMAINS)
    h = f"{r.choice(FIRST).lower().replace('-', '')}.{r.choice(LAST).lower()}{n(1, 99)}"
    return r.choice([f"https://{dom}.org/intake", f"{dom}.com", f"www.{dom}.ca/grief-circle",
                     f"facebook.com/{h}", f"instagram.com/{h}", f"https://blog.naver.com/{h}",
                     f"linktr.ee/{h}", f"http://{dom}.net/?ref={n(100, 999)}", f"{dom}.org/chat"])


def _ssn(r: random.Random) -> str:
    n = r.randint
    a, b, c = n(100, 899), n(10, 99), n(1000, 9999)
    spoken = " ".join(DIGIT[int(ch)] for ch in f"{a}{b}{c}")
    return r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", spoken, f"{a} - {b} - {c}"])


def _id(r: random.Random) -> str:
    n = r.randint
    return r.choice([f"CLM-{n(10, 99)}-{n(100000, 999999)}", f"W{n(10000000, 99999999)}",
                     f"{r.choice('ACDKRYZ')}{n(100000, 999999)}({n(0, 9)})", f"RX {n(1000000, 9999999)}",
                     str(n(1000000000, 1999999999)), f"HC-{n(2000, 2099)}-{n(1000, 9999)}",
                     f"{n(100, 999)} {n(100, 999)} {n(1000, 9999)}", f"MRN{n(100000, 999999)}",
                     f"1EG4-TE5-MK{n(10, 99)}", f"BC{n(10000000, 99999999)}"])


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


# (template, kind): {} is the planted identifier; the words around it are this file's own
TEMPLATES = {
    "PERSON": [
        "My ah ma in the flat, she only trusts {} to cook for her now, mh goi, it is a lot for me.",
        "{}-ssi from the church kept bringing juk, and umma said accept it, don't argue.",
        "Obaachan calls me by my Japanese name but {} calls me Ken and that's the split I feel.",
        "At the temple the nun, Sư Cô {}, told me grief is like incense, it burns slowly.",
        "interpreter: she says {} is her son and he drives her to dialysis on Tuesday.",
        "The community health worker, {}, checked the blood pressure and it was 150 over 95.",
        "hi its {} again sorry for typing so slow rn my hands are shaking",
        "ok so in the roleplay I'm the guide and {} is playing the participant on 25 mg psilocybin.",
        "texter: {} was my wife for forty years and the house is so quiet at 3 am",
        "Patient name: {}   Signature: ________   Witness: staff nurse",
        "Whiteboard bay 4: {} - NBM from midnight, falls risk, Oramorph PRN.",
        "I told {}'s mother that the sertraline 50 mg is not addictive, but she still worries.",
        "Will {} be at the family session? My brother does not come usually.",
        "Dear {}, this letter explains the benefits we paid for your outpatient therapy.",
        "Transferring pharmacist: {}, RPh, please call with questions.",
        "{} said the GAD-7 was 16, which is higher than last month.",
    ],
    "LOCATION": [
        "We moved from {} when I was nine and my dad never really settled.",
        "Every Sunday after service at {} the aunties ask when I am getting married.",
        "my therapist is in {} but i only do the chat bc i dont drive",
        "She was admitted to {} after the fall, and the daughter flew in from overseas.",
        "We buy the rice cakes at {} before Tết, it's the only place that has them.",
        "interpreter: the doctor in {} gave him tablets but he does not know the name.",
        "The guide training cohort met at {} for the weekend, outside the city.",
        "Discharge to: home, follow-up at {} in two weeks.",
        "The last address we had was in {}, near the bus station.",
        "He prays jummah at {} and the imam visits him when he is sick.",
        "My halmoni still lives in {} and refuses to come to California.",
        "Pharmacy: {} -- please transfer all refills.",
    ],
    "ADDRESS": [
        "Addr: {}  Prov: BC",
        "We live at {}, the one with the red door, near the bakery.",
        "My mum's flat is {} and the lift is always broken.",
        "please send the paper to {} i check the mailbox on friday",
        "The home visit was at {}, a second-floor walk-up.",
        "Return mail to {} if undeliverable.",
        "interpreter: he says the house is at {} and his cousin also stays there.",
        "Patient address on file: {}.",
        "We grew up above the shop at {} and slept four to a room.",
    ],
    "DATE": [
        "DOB: {}   Sex: F   Language: Cantonese",
        "D/C date: {} - meds reconciled, follow-up booked.",
        "My husband passed on {} and I still set two bowls of rice.",
        "the next chat is {} at 7pm if thats ok",
        "interpreter: she says the surgery was {}, in the morning.",
        "Date of service: {}   Amount billed: $180.00   Plan paid: $144.00",
        "Her memorial at the temple is on {}, the hundredth day.",
        "We did the preparation session on {} and the dosing a week later.",
        "Wed {}: whiteboard says NBM, bloods at 06:00.",
        "Last fill date: {}, quantity 30, 2 refills remaining.",
        "The anniversary is {} and every year I get sick around then.",
    ],
    "AGE": [
        "My grandmother is {} and still walks to the market on Saturday.",
        "Age: {}   Lives with: daughter",
        "interpreter: she says her father is {} years old and cannot stand any more.",
        "ah yeh is {} now, nobody knows how, he still smokes.",
        "the patient, aged {}, declined the flu shot.",
        "my dad was {} when he died and i still wasnt ready",
        "Bay 2: the lady in the window bed, {}, for discharge to the nursing home on Monday.",
    ],
    "PHONE": [
        "Tel: {}   Fax: see letterhead",
        "You can text me at {} when the results come.",
        "Pharmacy fax {}, attention refills.",
        "interpreter: her son's number is {}, he speaks English.",
        "if the chat drops call {} and ask for the night counsellor",
        "Call our member services line at {} Monday to Friday, 8 am to 6 pm.",
        "My mum only picks up on her Hong Kong number, {}.",
        "Emergency contact phone: {}",
        "Fax back to {} within 24 hours please.",
    ],
    "EMAIL": [
        "Email: {}",
        "send the consent form to {} and I'll print it at work",
        "The guide trainees share notes at {} after each roleplay.",
        "You can write to {} if the text line is busy.",
        "My daughter reads my emails, use {} instead.",
        "Questions about this claim: {}.",
    ],
    "URL": [
        "the link i used was {} idk if its right",
        "Her memorial page is {} if you want to see the photos.",
        "The temple posts the schedule on {}.",
        "More about appeals: {}",
        "The training readings are at {} under week three.",
        "He shares his recovery videos on {}, which worries his mother.",
    ],
    "SSN": [
        "SSN: {}",
        "My social is {}, do you need the card too?",
        "interpreter: she says her social security number is {}.",
        "Social Security No. {} (verified with card).",
        "the last four of my social are on the form, full one is {}",
        "They asked for the SSN, {}, before they would book the appointment.",
    ],
    "ID": [
        "Claim number: {}   Member ID on card",
        "Member ID {} - group plan via employer.",
        "Prescription number {} for lorazepam 0.5 mg, transfer requested.",
        "HKID {} was on the old hospital card.",
        "Case number {} for the benefits appeal.",
        "MRN: {}   Ward: 7B",
        "Medicare number {} on the red white and blue card.",
        "Care card number {}, renewed last year.",
        "NHS number {} is on the letter from the GP.",
        "Account no. {} -- balance due after plan payment.",
    ],
}
