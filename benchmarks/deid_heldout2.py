"""A fourth SYNTHETIC transcript set for benchmarks/deid.py: the second held-out set.

After the first held-out set (deid_heldout.py) was run, its misses were read and a
few general rules added (multi-word places after a place word, ``St.`` names, digit
groups after an ID cue, more age cues), which made it partly a development set too.
This set was written after those rules, in one go, before any run, and no rule was
changed for it.  It is written in yet another way: British and international forms
(day-first dates, UK phone numbers, NHS numbers), hyphenated and apostrophised names,
upper-case emails, nicknames, group-session talk.
"""

from __future__ import annotations

import random

FIRST = ["Siobhan", "Mary-Kate", "Padraig", "Olu", "Tash", "Benji", "Priti", "Gwen", "Fintan", "Ama", "Hamish",
         "Rhiannon", "Kofi", "Bex", "Callum", "Dervla", "Ike", "Noor", "Ozzie", "Sunny"]
LAST = ["O'Neill", "McAllister", "Adeyemi", "Brennan-Shaw", "Ferreira", "Okafor", "Lund", "Tremblay", "Sato"]
PLACES = ["Leeds", "Cork", "Brixton", "Salford", "Fremantle", "Dundee", "Galway", "Hackney", "Parramatta",
          "Moss Side", "Milton Keynes", "Stoke-on-Trent"]
FACILITIES = ["the Royal Infirmary", "St Thomas'", "Maudsley", "Whitechapel Medical Centre", "Greenfields Primary"]
ROADS = ["Acacia", "Belgrave", "Mill Hill", "Orchard", "Wellington"]
KINDS = ["Road", "Close", "Crescent", "Gardens", "Lane", "Mews"]
MONTHS = ["January", "February", "April", "June", "July", "August", "September", "October", "November", "December"]
ABBR = ["Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS = ["Mon", "Tues", "Weds", "Thurs", "Fri"]


def value(kind: str, r: random.Random) -> str:
    n = r.randint
    if kind == "PERSON":
        f = r.choice(FIRST)
        return r.choice([f, f"{f} {r.choice(LAST)}", r.choice(LAST), f"Auntie {f}"])
    if kind == "LOCATION":
        return r.choice([r.choice(PLACES), r.choice(PLACES), r.choice(FACILITIES)])
    if kind == "ADDRESS":
        pc = f"{r.choice(['LS', 'M', 'SE', 'N'])}{n(1, 19)} {n(1, 9)}{r.choice(['AB', 'QT', 'ZX'])}"
        return r.choice([f"{n(1, 220)} {r.choice(ROADS)} {r.choice(KINDS)}", f"flat {n(1, 30)}, {n(1, 220)} "
                         f"{r.choice(ROADS)} {r.choice(KINDS)}", pc])
    if kind == "DATE":
        d = n(1, 28)
        suf = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        return r.choice([f"{d} {r.choice(MONTHS)}", f"{d}{suf} {r.choice(ABBR)}", f"{d:02d}.{n(1, 12):02d}.{n(2015, 2024)}",
                         f"{r.choice(DAYS)} the {d}{suf}", f"{d}/{n(1, 12)}/{n(15, 24)}", f"the {d}{suf}"])
    if kind == "AGE":
        a = n(90, 103)
        return r.choice([f"aged {a}", f"{a} yrs", f"{a}", f"ninety-{r.choice(['one', 'four', 'seven'])}"])
    if kind == "PHONE":
        return r.choice([f"07{n(100, 999)} {n(100000, 999999)}", f"+44 7{n(100, 999)} {n(100000, 999999)}",
                         f"020 {n(1000, 9999)} {n(1000, 9999)}", f"({n(201, 989)}){n(200, 999)}-{n(1000, 9999)}"])
    if kind == "EMAIL":
        f, last = r.choice(FIRST).lower().replace("-", ""), r.choice(LAST).lower().replace("'", "")
        return r.choice([f"{f.upper()}.{last.upper()}@GMAIL.COM", f"{f}{n(70, 99)}@btinternet.co.uk",
                         f"{f} underscore {last} at outlook dot com"])
    if kind == "URL":
        return r.choice(["https://t.co/x7Ab9", "linktr.ee/calmcollective", "youtube.com/@breathwithbex",
                         "www.mindful-mums.co.uk/forum"])
    if kind == "SSN":
        a, b, c = n(100, 899), n(10, 99), n(1000, 9999)
        return r.choice([f"{a}{b}{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}"])
    if kind == "ID":
        return r.choice([f"{n(100, 999)} {n(100, 999)} {n(1000, 9999)}", f"00{n(100000, 999999)}",
                         f"{n(10, 99)}-{n(1000, 9999)}", f"QZ{n(100000, 999999)}C"])
    raise ValueError(kind)


TEMPLATES = {
    "PERSON": ["{} reckons I should go back to the group.", "Me and {} went for a walk after.",
               "Did {} ever ring you back?", "It was {}'s idea, really.", "I kept picturing {} at the door."],
    "LOCATION": ["We've been living in {} since the move.", "My dad's still over in {}.", "They sectioned me at {} in the end.",
                 "Back home in {} nobody talks about it."],
    "ADDRESS": ["Post it to {} please.", "I grew up at {}.", "new place is {} by the way", "the postcode is {}"],
    "DATE": ["My next appointment's {}.", "It all kicked off on {}.", "Can we do {} instead?", "I'll see you {} then."],
    "AGE": ["Nan's {} and sharp as anything.", "Grandad was {} when he went.", "She died {}, in her sleep."],
    "PHONE": ["Ring me on {}.", "My mobile's {} if you need it.", "The out-of-hours number is {}."],
    "EMAIL": ["My email is {}.", "Send the sheet to {}.", "it's {} all one word"],
    "URL": ["There's a group at {}.", "I watch {} before bed.", "They put it on {}."],
    "SSN": ["SSN: {}.", "The insurer wanted my SSN, {}.", "Social security {}, I think."],
    "ID": ["My NHS number is {}.", "MRN# {}.", "Case # {} on the letter.", "Patient number {}."],
}

__all__ = ["TEMPLATES", "value"]
