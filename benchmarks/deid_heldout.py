"""A third SYNTHETIC transcript set for benchmarks/deid.py: held out.

The ``spoken`` set (deid_spoken.py) was written to be unlike the rules, but its
first run showed what the rules missed and spoken-form rules were then added, so it
became a development set.  This set was written afterwards, in one go, and run
once; no rule was changed because of it.  Its recall is the figure to quote for
transcripts nobody tuned the rules to.  It mixes cases and styles: research
interviews, nicknames and names that are also words, multi-word places, numbers
read out in groups, dates with abbreviations or no month.
"""

from __future__ import annotations

import random

FIRST = ["Hope", "Mark", "Grace", "Faith", "Joy", "Dawn", "Rusty", "Gus", "Bea", "Marisol", "Dwayne", "Yolanda",
         "Terrence", "Kiri", "Esther", "Nadia", "jamal", "kayla", "brandon", "Lupe"]
LAST = ["Reyes", "Nowak", "Abernathy", "Delgado", "Fitzpatrick", "Osei", "Whitfield", "Yilmaz", "Castellano"]
PLACES = ["San Diego", "New Orleans", "the Bronx", "Fort Worth", "St. Paul", "Green Bay", "Santa Fe", "Baton Rouge",
          "Little Rock", "west philly", "south boston", "Ann Arbor", "Grand Rapids"]
FACILITIES = ["Mercy General", "Kaiser", "the Rosewood Center", "Jefferson High", "Bayview Rehab", "St. Jude's"]
STREETS = ["Elm", "Magnolia", "Dogwood", "Kensington", "Cherry"]
SUFFIX = ["St", "Ave", "Blvd", "Rd", "Court", "Terrace"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "April", "June", "July", "August", "October", "November", "December"]
DIGITS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _say(digits: str) -> str:
    return " ".join(DIGITS[int(d)] for d in digits)


def value(kind: str, r: random.Random) -> str:
    n = r.randint
    if kind == "PERSON":
        f = r.choice(FIRST)
        return r.choice([f, f, f"{f} {r.choice(LAST)}", f"doctor {r.choice(LAST).lower()}"])
    if kind == "LOCATION":
        return r.choice([r.choice(PLACES), r.choice(PLACES), r.choice(FACILITIES)])
    if kind == "ADDRESS":
        return r.choice([f"{n(10, 4999)} {r.choice(STREETS)} {r.choice(SUFFIX)}",
                         f"{n(10, 4999)} West {r.choice(STREETS)}", f"PO Box {n(10, 999)}",
                         f"apartment {n(1, 40)}C at {n(10, 999)} {r.choice(STREETS)} {r.choice(SUFFIX)}"])
    if kind == "DATE":
        d = n(1, 28)
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        return r.choice([f"{r.choice(MONTH_ABBR)} {d}{suf}", f"{n(1, 12)}/{d}", f"{d}{suf} of {r.choice(MONTHS)}",
                         f"{r.choice(MONTHS)} the {d}{suf}", f"{n(1, 12)}-{d}-{n(10, 23)}", f"{r.choice(MONTHS)} of {n(1995, 2023)}"])
    if kind == "AGE":
        a = n(90, 106)
        return r.choice([str(a), f"{a}", "ninety-eight", "a hundred and two"])
    if kind == "PHONE":
        a, b, c = n(201, 989), n(200, 999), n(0, 9999)
        return r.choice([f"{a} {b} {c:04d}", f"{_say(str(b))}, {_say(f'{c:04d}')}", f"{a}/{b}-{c:04d}",
                         f"1-{a}-{b}-{c:04d}"])
    if kind == "EMAIL":
        f, last = r.choice(FIRST).lower(), r.choice(LAST).lower()
        return r.choice([f"{f}_{last}@icloud.com", f"{f[0]}.{last}@work.org", f"{f}{last} at aol dot com"])
    if kind == "URL":
        return r.choice(["facebook.com/groups/griefcircle", "bit.ly/3xYzQ", "http://calmharbor.net",
                         "instagram dot com slash sober underscore life"])
    if kind == "SSN":
        a, b, c = n(100, 899), n(10, 99), n(1000, 9999)
        return r.choice([f"{a}-{b}-{c}", f"{a}{b}{c}", f"{_say(str(a))}, {_say(str(b))}, {_say(str(c))}"])
    if kind == "ID":
        return r.choice([f"{n(100000, 999999)}", f"X{n(10000, 99999)}", f"{n(100, 999)} {n(100, 999)} {n(100, 999)}",
                         _say(str(n(100000, 999999)))])
    raise ValueError(kind)


TEMPLATES = {
    "PERSON": ["Honestly {} is the only one I trust.", "So I texted {} right after.", "{} came over on the weekend.",
               "well {} thinks i'm overreacting", "There's {} at work who gets it.", "I saw {} last week."],
    "LOCATION": ["I flew back from {} for the funeral.", "Growing up in {} was rough.", "we ended up at {} overnight",
                 "{} is where my mom lives now.", "I stayed near {} for a month."],
    "ADDRESS": ["I'm at {} now.", "Mail it to {}.", "we lived on {} for years"],
    "DATE": ["The anniversary is {}.", "I go in on {}", "{} was our last session.", "it happened {} i think"],
    "AGE": ["My grandfather just turned {}.", "She's {}, can you believe it.", "He lived to be {}."],
    "PHONE": ["Here's my number: {}.", "just call {} after six", "The clinic line is {}."],
    "EMAIL": ["Reach me at {}.", "my email's {}", "Write to {} if anything changes."],
    "URL": ["The group is at {}.", "look up {}", "I follow {} every day."],
    "SSN": ["The SSN on file is {}.", "social security number {}", "they read back {} as my social"],
    "ID": ["My Medicaid number is {}.", "the claim number was {}", "Member ID: {}.", "insurance ID is {}"],
}

__all__ = ["TEMPLATES", "value"]
