"""A fifth SYNTHETIC transcript set for benchmarks/deid.py: the third held-out set.

After the second held-out set (deid_heldout2.py) was run, its misses were read and
general rules added (international phone numbers, UK postcodes and street kinds,
weekday + day dates, any domain with a path, ``underscore`` in spelled-out emails,
dotted SSNs, ``Case #``, hyphenated places), which made it partly a development set.
This set was written after those rules, in one go, before any run, and no rule was
changed for it: US intake and couples-session talk with abbreviations (``y/o``,
``DL#``, ``Rx``), titles without a full stop, names after ``with`` and ``and``.
"""

from __future__ import annotations

import random

FIRST = ["Darnell", "Ximena", "Colton", "Aaliyah", "Brody", "Tamika", "Jorge", "Kaitlyn", "Vikram", "Shirley",
         "Deshawn", "Lorraine", "Mateus", "Harriet", "Quentin", "Ines"]
LAST = ["Kowalczyk", "Baptiste", "Whitaker", "Nakashima", "Ruiz-Tagle", "Lindqvist", "Abara", "Donnelly"]
CITIES = ["Sioux Falls", "Boise", "Kenosha", "Lubbock", "Scottsdale", "Billings", "Peoria", "Chula Vista", "Erie"]
PLACES = ["Walter Reed", "Mayo Clinic", "Bellevue", "the VA in Palo Alto", "Cedars-Sinai", "Roosevelt High"]
STREETS = ["Pennsylvania", "Maple", "Sycamore", "Juniper", "Lakeshore"]
MONTHS = ["January", "February", "April", "June", "July", "August", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "Aug.", "Oct.", "Nov.", "Dec."]
ORD = ["first", "second", "fifth", "ninth", "twelfth", "twentieth"]


def value(kind: str, r: random.Random) -> str:
    n = r.randint
    if kind == "PERSON":
        f, last = r.choice(FIRST), r.choice(LAST)
        return r.choice([f, f, f"{f} {last}", f"Ms {last}", f"Dr {last}"])
    if kind == "LOCATION":
        return r.choice([r.choice(CITIES), r.choice(CITIES), r.choice(PLACES)])
    if kind == "ADDRESS":
        return r.choice([f"{n(100, 9999)} {r.choice(STREETS)} Ave NW", f"Apt. {n(1, 40)}, {n(10, 999)} {r.choice(STREETS)} St.",
                         f"{n(10, 999)} {r.choice(STREETS)} Blvd, Suite {n(100, 900)}", f"zip {n(10000, 99999)}"])
    if kind == "DATE":
        d = n(1, 28)
        return r.choice([f"{r.choice(ABBR)} {d}", f"{n(1, 12)}/{d}/{n(10, 24)}", f"{d}th {r.choice(MONTHS)}",
                         f"the {r.choice(ORD)}", f"{r.choice(MONTHS)} {d}th", f"{r.choice(MONTHS)} '{n(10, 24)}"])
    if kind == "AGE":
        a = n(90, 104)
        return r.choice([f"{a} y/o", f"{a}-yr-old", f"{a}", f"{a} years of age"])
    if kind == "PHONE":
        a, b, c = n(201, 989), n(200, 999), n(1000, 9999)
        return r.choice([f"({a}){b}-{c}", f"{a} {b} {c} ext {n(1, 99)}", f"{a}.{b}.{c}", f"1 ({a}) {b}-{c}"])
    if kind == "EMAIL":
        f, last = r.choice(FIRST).lower(), r.choice(LAST).lower().replace("-", "")
        return r.choice([f"{f}.{last}@gmail.com", f"{f[0]}{last}@comcast.net", f"{f}_{n(1, 99)}@yahoo.com"])
    if kind == "URL":
        return r.choice([f"zoom.us/j/{n(100000000, 999999999)}", "https://calendly.com/dr-abara/intake",
                         "psychologytoday.com/us/therapists", "www.nami.org"])
    if kind == "SSN":
        a, b, c = n(100, 899), n(10, 99), n(1000, 9999)
        return r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])
    if kind == "ID":
        return r.choice([f"D{n(1000000, 9999999)}", f"{n(1000000, 9999999)}", f"00-{n(10, 99)}-{n(1000, 9999)}",
                         f"W{n(100000000, 999999999)}"])
    raise ValueError(kind)


TEMPLATES = {
    "PERSON": ["We had a fight with {} about money again.", "Me and {} are trying.", "{}, my ex, keeps texting.",
               "I told {} we needed this session.", "You remember {}, right?"],
    "LOCATION": ["He was deployed and then ended up at {}.", "We moved from {} two years ago.",
                 "They referred me to {} first.", "My folks are still in {}."],
    "ADDRESS": ["Current address: {}.", "We're at {} now.", "Bills go to {}."],
    "DATE": ["Intake was {}.", "Next visit {}.", "We separated {}, I think.", "Court date is {}."],
    "AGE": ["Patient's mother is {}.", "Her dad, {}, lives with us.", "Grandma is {} and in hospice."],
    "PHONE": ["Best number is {}.", "Call {} to reschedule.", "My cell {}."],
    "EMAIL": ["Email on file: {}.", "He uses {} for everything.", "Send the invoice to {}."],
    "URL": ["Session link: {}.", "I booked through {}.", "Found you on {}."],
    "SSN": ["SSN {}.", "Last intake had SSN {} on it.", "Soc sec no. {}."],
    "ID": ["DL# {}.", "Rx number {}.", "MRN: {}.", "Her Medicare ID is {}."],
}

__all__ = ["TEMPLATES", "value"]
