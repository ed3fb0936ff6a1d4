"""A sixth SYNTHETIC transcript set for benchmarks/deid.py: the fourth held-out set.

After the third held-out set (deid_heldout3.py) was run, its misses were read and
general rules added (ages written ``y/o``, ``-yr-old``, ``years of age``, or after a
kin word; unit-first and directional addresses; phone extensions; ``Rx``/``DL#``
cues), which made it partly a development set.  This set was written after those
rules, in one go, before any run, and no rule was changed for it: a psychedelic
therapy integration group -- talk about a retreat abroad, names of guides and
sitters, bookings, and a mix of written and transcribed forms.
"""

from __future__ import annotations

import random

FIRST = ["Soledad", "Ezra", "Wren", "Thandiwe", "Mikko", "Astrid", "Kenji", "Rafaela", "Bodhi", "Ingeborg",
         "Luz", "Oscar", "Pilar", "Tevita", "Yara", "Dominic"]
LAST = ["Carvalho", "Lindahl", "Mwangi", "Achterberg", "Quispe", "Haugland", "Toussaint", "Ferreira-Lopes"]
PLACES = ["Iquitos", "Pucallpa", "Tulum", "Oaxaca", "Asheville", "Sedona", "Boulder", "Big Sur", "Ojai", "Taos"]
FACILITIES = ["the Temple of the Way of Light", "Esalen", "the Heffter clinic", "Johns Hopkins", "Kaiser Oakland"]
STREETS = ["Calle Luna", "Rue des Lilas", "Via Roma", "Mesa Verde Drive", "Canyon Road"]
MONTHS = ["January", "February", "April", "June", "July", "August", "September", "October", "November", "December"]


def value(kind: str, r: random.Random) -> str:
    n = r.randint
    if kind == "PERSON":
        f, last = r.choice(FIRST), r.choice(LAST)
        return r.choice([f, f, f"{f} {last}", f"Maestro {f}", last])
    if kind == "LOCATION":
        return r.choice([r.choice(PLACES), r.choice(PLACES), r.choice(FACILITIES)])
    if kind == "ADDRESS":
        return r.choice([f"{n(1, 300)} {r.choice(STREETS)}", f"{r.choice(STREETS)} {n(1, 300)}",
                         f"{n(100, 9999)} {r.choice(['Canyon', 'Mesa', 'Pinon'])} Rd, Unit {n(1, 20)}"])
    if kind == "DATE":
        d = n(1, 28)
        return r.choice([f"{r.choice(MONTHS)} {d}", f"{d}/{n(1, 12)}", f"the {d}th of {r.choice(MONTHS)}",
                         f"{r.choice(MONTHS)} {d} to {d + 2}", f"{n(2015, 2024)}-{n(1, 12):02d}-{d:02d}"])
    if kind == "AGE":
        return r.choice([f"{n(90, 99)}", f"ninety-{r.choice(['two', 'six', 'nine'])}", f"{n(90, 99)} years old"])
    if kind == "PHONE":
        return r.choice([f"+51 {n(900, 999)} {n(100, 999)} {n(100, 999)}", f"+52 {n(100, 999)} {n(100, 999)} {n(1000, 9999)}",
                         f"({n(201, 989)}) {n(200, 999)}-{n(1000, 9999)}", f"{n(201, 989)}-{n(200, 999)}-{n(1000, 9999)}"])
    if kind == "EMAIL":
        f = r.choice(FIRST).lower()
        return r.choice([f"{f}@protonmail.com", f"{f}.{r.choice(LAST).lower().replace('-', '')}@gmail.com",
                         f"bookings@{f}retreats.com"])
    if kind == "URL":
        return r.choice(["https://chat.whatsapp.com/Gx7pQ2", "t.me/integration_circle", "www.plantmedicine.org",
                         "retreat-guru.com/centers/light"])
    if kind == "SSN":
        a, b, c = n(100, 899), n(10, 99), n(1000, 9999)
        return r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}"])
    if kind == "ID":
        return r.choice([f"{r.choice(['P', 'X', 'G'])}{n(1000000, 9999999)}", f"{n(10000000, 99999999)}",
                         f"{n(100, 999)}-{n(100, 999)}-{n(100, 999)}"])
    raise ValueError(kind)


TEMPLATES = {
    "PERSON": ["During the ceremony {} sang the whole night.", "My sitter was {}, and she held my hand.",
               "{} said the medicine shows you what you need.", "I still dream about {} sometimes.",
               "The guide, {}, asked what my intention was."],
    "LOCATION": ["The retreat was outside {}, deep in the jungle.", "I flew into {} alone.",
                 "We did the integration circle at {}.", "{} felt like another planet."],
    "ADDRESS": ["The center is at {}.", "I rented a room at {} for the week.", "Ship the journal to {}."],
    "DATE": ["My ceremony is {}.", "We fly out {}.", "The retreat runs {}.", "I booked {} for the next one."],
    "AGE": ["The abuela leading it was {}.", "My grandmother was {} when I told her.", "Don Ramon, {}, still serves."],
    "PHONE": ["The retreat's WhatsApp is {}.", "Text the facilitator at {}.", "Emergency contact: {}."],
    "EMAIL": ["They confirm by email from {}.", "Contact {} for the waiver.", "My email's {}."],
    "URL": ["Join the group at {}.", "Everything's on {}.", "I read the reviews on {}."],
    "SSN": ["The clinic's form asked for my SSN, {}.", "SSN {} for the billing.", "Social security number {}."],
    "ID": ["My passport number is {}.", "Booking reference {}.", "Member ID {} for the insurance claim."],
}

__all__ = ["TEMPLATES", "value"]
