"""A second SYNTHETIC transcript set for benchmarks/deid.py, written unlike the first.

The first set's templates were written beside the rules, in tidy written English
(``My sister Priya drove me``, ``(617) 555-0143``).  This set imitates automatic or
verbatim transcription: lower case, few cues, fillers, numbers spoken as words
(``five five five zero one four three``), names at the start of a turn, a different
pool of names and places (including names that are also words: Will, Rose, Amber),
dates and ages in words.  It was written after the rules, not to fit them, so its
recall is the honest figure for talk that is not tidy written English.
"""

from __future__ import annotations

import random

FIRST = ["maria", "marcus", "tamsin", "declan", "shauna", "lorenzo", "farah", "bridget", "ravi", "colette", "Will",
         "Rose", "Amber", "Bill", "Jean", "Destiny", "Tyrone", "Mei", "Siddharth", "Agnieszka", "Bongani", "Lucia"]
LAST = ["brennan", "okonkwo", "salazar", "lindgren", "pham", "kowalski", "Hartley", "Oduya", "Marchetti", "Feldman"]
CITIES = ["tacoma", "spokane", "Yakima", "Olympia", "bellingham", "Redding", "Modesto", "Stockton", "Provo", "ogden"]
FACILITIES = ["st luke's hospital", "Harborview", "lincoln elementary", "the Cedar Hills clinic", "Valley Medical"]
STREETS = ["oak", "Pine", "Hawthorne", "lakeview", "Grant"]
SUFFIXES = ["street", "avenue", "road", "drive", "lane"]
MONTHS = ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
          "december"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "fifteenth", "twentieth", "twenty-first", "twenty-third", "thirtieth"]
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = ["ninety", "ninety-one", "ninety-two", "ninety three", "ninety-four", "ninety five", "ninety-six"]
DOMAINS = ["gmail", "yahoo", "hotmail", "outlook"]
SITES = ["healing paths", "quiet mind", "trailhead care", "open door"]


def _spoken(digits: str) -> str:
    return " ".join(DIGITS[int(d)] for d in digits)


def value(kind: str, r: random.Random) -> str:
    n = r.randint
    if kind == "PERSON":
        f = r.choice(FIRST)
        return r.choice([f, f, f"{f} {r.choice(LAST)}"])
    if kind == "LOCATION":
        return r.choice([r.choice(CITIES), r.choice(CITIES), r.choice(FACILITIES)])
    if kind == "ADDRESS":
        num = r.choice([str(n(2, 999)), r.choice(["fourteen", "twenty two", "one oh five"])])
        return f"{num} {r.choice(STREETS)} {r.choice(SUFFIXES)}"
    if kind == "DATE":
        m, o = r.choice(MONTHS), r.choice(ORDINALS)
        return r.choice([f"{m} {o}", f"the {o} of {m}", f"{m} {n(1, 28)}", f"{o} of {m}", f"{m} {o} {n(1990, 2024)}"])
    if kind == "AGE":
        return r.choice(TENS)
    if kind == "PHONE":
        d = f"{n(200, 989)}{n(200, 999)}{n(0, 9999):04d}"
        return r.choice([_spoken(d[3:]), _spoken(d), d, f"{d[:3]} {d[3:6]} {d[6:]}"])
    if kind == "EMAIL":
        f, last = r.choice(FIRST).lower(), r.choice(LAST).lower()
        return r.choice([f"{f} dot {last} at {r.choice(DOMAINS)} dot com", f"{f[0]}{last} at {r.choice(DOMAINS)} dot com",
                         f"{f}{n(1, 99)}@{r.choice(DOMAINS)}.com"])
    if kind == "URL":
        site = r.choice(SITES)
        return r.choice([f"{site} dot org", f"www dot {site.replace(' ', '')} dot com", f"{site.replace(' ', '')}.org"])
    if kind == "SSN":
        d = f"{n(100, 899)}{n(10, 99)}{n(1000, 9999)}"
        return r.choice([_spoken(d), f"{d[:3]} {d[3:5]} {d[5:]}", d])
    if kind == "ID":
        d = str(n(1000000, 9999999))
        return r.choice([_spoken(d), d, f"{r.choice(['a', 'b', 'k'])} {_spoken(d[:5])}"])
    raise ValueError(kind)


# lower case, fillers, few cues; {} is the planted identifier
TEMPLATES = {
    "PERSON": ["um so {} and i had a fight about it", "{} never called back", "yeah i mean {} was there too",
               "we had dinner with {} and the kids", "and {} said it would pass", "i keep thinking about {} you know",
               "{} doesn't get it", "so then {} just left"],
    "LOCATION": ["we moved out to {} when i was small", "{} was where it all started", "i was up in {} for a week",
                 "they kept me at {} overnight", "after {} things got quiet"],
    "ADDRESS": ["we were renting on {} back then", "the house on {} is sold now", "it's at {} by the gas station"],
    "DATE": ["it was {} when he left", "my birthday is {} so", "um {} was the worst day", "we go back on {}"],
    "AGE": ["my nan is {} now", "he made it to {}", "she's {} and still gardening", "grandpa was {} years old"],
    "PHONE": ["you can text me at {}", "her number is {}", "call {} if you need me", "it's {} i think"],
    "EMAIL": ["just email me {}", "my email is {}", "send it to {} yeah"],
    "URL": ["it's on {} i think", "the group page is {}", "go to {} and sign up"],
    "SSN": ["my social is {}", "the form wanted {} and i froze", "social security {} was on it"],
    "ID": ["my chart number is {}", "the member number is {}", "um the account is {} i think", "policy {}"],
}

__all__ = ["TEMPLATES", "value"]
