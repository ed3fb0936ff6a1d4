"""A thirty-first SYNTHETIC transcript set for benchmarks/deid.py: the thirtieth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real cities, towns and suburbs of the US, Canada, the UK, Ireland, Australia and New
Zealand are used as places only, never with a person; every clinic, practice, team, unit, trial,
service, school, church and workplace name is made up).  Written on 2026-12-07 by an engineer who had
NOT seen the de-identifier's rules, its docs page, its tests or the contents of the earlier sets (only
benchmarks/deid.py, for how a set is plugged in and scored, and of deid_spoken.py and deid_heldout.py
.. deid_heldout29.py their docstrings, plus the ``value`` signature and the ``TEMPLATES`` shape of
deid_heldout19.py, for the format), in one go, before any run; no rule and no line of this file was
changed after its first run.  It was first run on the fourteenth round's rules (main at commit
2fe9f16) and measures how the rules do on text they were not written for; it stays a blind set until
a later round makes it a development set.

Style: ORDINARY CLINICAL SHORTHAND: the notes clinicians really type into an electronic record or a
trial's case report form during and after psychotherapy and psychiatric care, abbreviated and terse --
progress notes (SOAP, DAP and BIRP), intake and risk assessments, medication reviews, MSE write-ups,
phone-contact notes, missed-appointment (DNA) notes, safeguarding entries, care-plan and CPA reviews,
shift handover notes, a psilocybin or ketamine trial's visit notes and adverse-event entries, and a
supervisor's note on a case.  Abbreviations everywhere (``pt``, ``c/o``, ``hx``, ``w/``, ``w/o``,
``DOB``, ``NOK``, ``GP``, ``PCP``, ``f/u``, ``r/v``, ``@``, ``->``, ``x2``, ``Dx``, ``Rx``, ``SI/HI``,
``DNA``, ``HV``, ``VM``, ``NFA``, ``dtr``, ``mob``), colons and semicolons, fragments, lists,
copy-forward text, mixed capitalisation, clock times (``14:30``, ``2pm``, ``09:05``) and durations
(``2/52``, ``50 min``, ``48h``) beside the identifiers (the generator writes every turn as
``Therapist:``/``Client:``, so a note sits inside the ``Client:`` turn).  Written by clinicians in
the US, Canada, the UK, Ireland, Australia and New Zealand, mixed, each with their own local formats.
Identifier forms: MOSTLY ordinary identifiers written the way clinical shorthand writes them, with a
minority of harder forms, chosen to differ from the earlier docstrings' lists where possible: a
daughter's, husband's, keyworker's or flatmate's first name alone (by far the most common form:
``pt's dtr Chloe``, ``NOK: husband Rob``, ``(CPN)`` or ``(sister)`` after it in the carrier), a
lower-case first name typed in haste, full names, a clinician's surname after ``Dr`` (the title in the
carrier), a possessive ``'s`` in the carrier, and as harder forms a first name with a surname initial
(``Chloe M``), an initial with a surname (``K. Whitlock``), ``SURNAME, First`` and handover-sheet
``Surname F`` (``Harwood K``), double first names (``Mary-Kate``), Maori and Pacific names, and
Australian short forms not listed before (``Jonno``, ``Robbo``).  Places: the town or suburb a patient
lives in, grew up in or drives from (``Ballarat``, ``Whanganui``, ``Mullingar``, ``Rotherham``,
``Lethbridge``, ``Yakima``), lower-case towns, towns written with a clinician's abbreviation of their
first word (``Nth Melbourne``, ``Sth Shields``, ``Pt Cook``, ``Mt Albert``, ``Ft McMurray``, ``Upr
Hutt``), a town with its county (``Ennis, Co. Clare``, ``Kendal, Cumbria``), and invented services
written in shorthand (``Ashgrove CMHT``, ``Riverbend MC``, ``Tamarind House``, ``Ferncliff Private
Hosp``).  Addresses as notes write them: Australian ``3/27 Banksia St`` and ``u3/27`` unit lines with
suburb, state and postcode, NZ lines with a suburb and an ``RD`` rural delivery, UK ``Flat 2, 41 Ashby
Rd`` lines with a postcode, Irish estate addresses (``4 The Paddocks, Mullingar``) and lines with an
Eircode, US lines with ``#12`` and ``Apt 5C`` units and a ZIP, Canadian ``402-1155 ...`` unit-hyphen
lines with a postal code, a street line with abbreviated street type (``Cres``, ``Tce``, ``Pde``,
``Cl``, ``Gr``) and, now and then, none (``no. 14 Tamarind``).  Dates as notes type them: ``3/4``,
``14/3``, ``12/03``, ``3/4/25``, ``DOB 12.7.31``, ``03/04/2025``, ``14-3-25``, ``Tues 9th``, ``tues
9th``, ``Mon 3/3``, ``the 9th``, ``9th``, ``14 Mar``, ``Mar 14``, ``14-Mar``, ``9th Apr``, a CRF's
``14MAR2025``, ``14-MAR-2025`` and ``2025-03-14``, and about one form in thirty a fixed-date day written
as notes write it (``Boxing Day``, ``Anzac Day``, ``Canada Day``, ``Waitangi Day``, ``St Patrick's Day``,
``Xmas Eve``): it names a month and day, so it is planted as a date (a judgement call).  Ages over 89
(90-110): digits (most), ``93yo``, ``93 y/o``, ``93 yrs`` with the unit inside now and then, and a few
words (``ninety-three``) from a phone note; ``aged``, ``Age:`` and a sex letter (``93F``) in the
carrier.  Phones: US and Canadian ``(503) 555-0148``, ``503-555-0148``, ``503.555.0148`` and
seven-digit ``555-0148``, UK ``07700 900123`` mobiles (also run together) and ``0161 496 0123`` /
``020 7946 0321`` landlines, Irish ``087 123 4567`` mobiles and ``(01) 555 1234`` landlines, Australian
``0412 345 678`` mobiles (also ``0412345678`` and ``0412-345-678``) and ``(03) 9555 1234`` landlines,
an eight-digit Australian landline without its area code, NZ ``021 123 4567`` and ``(09) 555 1234``
numbers, and country codes now and then (``+61``, ``+64``, ``+353``, ``+44``, ``+1``).  Emails:
free-mail and ISP addresses of these countries, ``nhs.net`` and ``hse.ie`` staff addresses, invented
service, practice and trial addresses, now and then with capitals.  URLs: telehealth rooms, patient
portals, booking pages, a trial's eCOA diary link, a Teams, Zoom or Meet room, Office and Google
forms, short links, a resources page or PDF, a video and a playlist, a blog and a social page, with
and without ``https://`` and ``www``.  SSNs, as each country's national number (planted as SSN -- a
judgement call): US social security numbers, Canadian SINs, UK National Insurance numbers (also in
lower case), Irish PPS numbers, Australian tax file numbers and NZ IRD numbers, the cue in the carrier
(and, since ``value`` and the template are drawn independently, not always the matching one).  IDs
(the cue always in the carrier, never in the span): MRNs with leading zeros, NHS and CHI numbers,
hospital and UR numbers, Australian Medicare numbers, NZ NHIs, OHIP and BC PHN numbers, Irish medical
card numbers, US member ids, EAP and ACC claim numbers, safeguarding and incident references, a
trial's participant, screening and kit numbers, adverse-event report numbers, script numbers, e-referral
numbers, encounter numbers and student numbers.
A title, kin word, role in brackets or possessive ``'s`` next to a name, an article before a place, a
clock time or a duration beside an identifier stay outside the span; a date's own words (``Tues 9th``,
``the 9th``) are inside it.  ``value`` and the template are drawn independently (deid.py's design), so
now and then a form sits a little oddly in its note, as in a real record.
The carrier notes hold words that must NOT be removed: abbreviations (pt, c/o, hx, Dx, Rx, SI/HI,
NOK, PCP, DNA, HV, CPN, CPA, CTO, MDT, obs q15, PRN, TDS, QID), drugs and doses (sertraline 100mg,
psilocybin 25mg, ketamine 0.5mg/kg, lithium 0.7, methadone 60ml, quetiapine 25mg nocte, zopiclone
7.5mg, paracetamol), scales and scores (PHQ-9, GAD-7, MMSE 22/30, CIWA 6, ``mood 6/10``), vitals
(BP 138/86), clock times, durations (``2/52``, ``1/52``, ``48h``, ``50 min``), ages under 90, weekdays
alone, agencies and forms (Centrelink, ACC, PIP, ESA, EI, CPP-D), kin words as common nouns (mum, dtr,
the kids, NOK) and place-like common words (the ward, the ED, the pharmacy, the pub, the front desk).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

_FIRST = ["Chloe", "Jodie", "Kayleigh", "Bronwyn", "Nikki", "Tegan", "Kylie", "Jolene", "Aisling", "Mereana",
          "Ngaire", "Madison", "Trina", "Lorraine", "Gail", "Beverley", "Maureen", "Sinead", "Maeve", "Orla",
          "Stacey", "LaToya", "Jasmine", "Harpreet", "Aroha", "Courtney", "Shona", "Kirsty", "Leanne", "Tamsin",
          "Brooke", "Shelby", "Mary-Kate", "Dearbhla", "Hayley", "Renee", "Mei", "Amira", "Deb", "Sharon",
          "Rob", "Darren", "Shane", "Wayne", "Hamish", "Declan", "Trent", "Brett", "Cathal", "Ruairi", "Tane",
          "Wiremu", "Hemi", "Brayden", "Jaxon", "Tyler", "Cody", "Noel", "Graeme", "Colin", "Keith", "Gareth",
          "Rhys", "Padraig", "Dwayne", "Marcus", "Kurt", "Glen", "Mitch", "Stu", "Craig", "Callum", "Troy",
          "Reuben", "Sione", "Tevita", "Baljit", "Jean-Luc", "Mathieu", "Jonno", "Robbo"]
_LAST = ["Whitlock", "Pemberton", "Harwood", "Tremayne", "McGrath", "O'Donoghue", "Brophy", "Dunleavy", "Egerton",
         "Fairbairn", "Gilchrist", "Hennessy", "Iredale", "Jessop", "Lusk", "Marchetti", "Nairn", "Ogilvie",
         "Prendergast", "Quayle", "Rutledge", "Sandford", "Tolhurst", "Varga", "Wetherell", "Yardley", "Te Rangi",
         "Paewai", "Sandhu", "Nguyen", "Mensah", "Abubakar", "MacLeod", "Kowalski", "Lafleur", "Tremblay",
         "Boateng", "Ferreira", "Hughes-Parry", "Tupou", "Fonoti", "Delaney", "Ashworth", "Penhaligon"]

_TOWNS = ["Ballarat", "Toowoomba", "Wagga Wagga", "Mildura", "Shepparton", "Rockhampton", "Bunbury", "Dubbo",
          "Launceston", "Gympie", "Frankston", "Footscray", "Whanganui", "Palmerston North", "Gisborne",
          "Invercargill", "Masterton", "Rotorua", "Whangarei", "Levin", "Porirua", "Papakura", "Rotherham",
          "Grimsby", "Barnsley", "Stevenage", "Hartlepool", "Taunton", "Dumfries", "Wrexham", "Llanelli",
          "Mullingar", "Tullamore", "Navan", "Carlow", "Portlaoise", "Letterkenny", "Castlebar", "Dundalk",
          "Tallaght", "Clondalkin", "Yakima", "Lubbock", "Muncie", "Dubuque", "Billings", "Pueblo",
          "Terre Haute", "Lake Charles", "Ogden", "Altoona", "Moncton", "Lethbridge", "Red Deer", "Nanaimo",
          "Sudbury", "Chilliwack", "Peterborough", "Brandon", "Trois-Rivieres"]
_ABBREV_TOWNS = ["Nth Melbourne", "Sth Shields", "Pt Cook", "Mt Albert", "Ft McMurray", "St Kilda", "Upr Hutt",
                 "Mt Gambier", "Nth Shields", "Sth Morang", "E Kilbride", "W Bromwich", "Pt Chevalier",
                 "Ft St John", "Mt Maunganui"]
_TOWN_COUNTY = ["Ennis, Co. Clare", "Kendal, Cumbria", "Navan, Co Meath", "Tullamore, Co. Offaly",
                "Castlebar, Co Mayo", "Taunton, Somerset", "Skipton, N Yorks", "Carlow, Co. Carlow",
                "Bandon, Co Cork", "Thurso, Caithness"]
_SERVICE_NAMES = ["Ashgrove", "Riverbend", "Tamarind", "Ferncliff", "Larkspur", "Bluegum", "Glenmore",
                  "Northgate", "Kowhai", "Harbourside", "Redgum", "Millbrook", "Heronsgate", "Wattlebank"]
_SERVICE_KINDS = ["CMHT", "MC", "Medical Centre", "Health Centre", "House", "Private Hosp", "Family Practice",
                  "MH Unit", "Community Clinic", "Primary School", "High School", "Baptist Church",
                  "Recovery Centre", "Clinical Research Unit", "Counselling Service"]

_STREETS = ["Tamarind", "Banksia", "Ashby", "Larkhill", "Glenview", "Hawthorne", "Wattle", "Kowhai", "Totara",
            "Rimu", "Marigold", "Tanners", "Priory", "Foxglove", "Millbrook", "Rosebank", "Carrick", "Beaumont",
            "Ferndale", "Coronation", "Jubilee", "Pembroke", "Redgum", "Ironbark", "Manuka", "Linden",
            "Chestnut", "Alder", "Heron", "Dunmore"]
_AU_TYPES = ["St", "Rd", "Cres", "Ct", "Pl", "Pde", "Tce", "Ave", "Dr", "Cl", "Gr"]
_UK_TYPES = ["Rd", "Road", "St", "Close", "Cl", "Gardens", "Way", "Lane", "Tce", "Gr"]
_US_TYPES = ["St", "Ave", "Dr", "Blvd", "Ln", "Ct", "Rd"]
_AU_TOWNS = ["Ballarat VIC 3350", "Toowoomba QLD 4350", "Dubbo NSW 2830", "Frankston VIC 3199", "Bunbury WA 6230",
             "Launceston TAS 7250"]
_NZ_TOWNS = ["Whanganui 4500", "Gisborne 4010", "Masterton 5810", "Levin 5510", "Porirua 5022"]
_NZ_RD = ["Te Awamutu", "Levin", "Masterton", "Feilding"]
_UK_TOWNS = ["Rotherham", "Grimsby", "Barnsley", "Hartlepool"]
_IE_TOWNS = ["Mullingar", "Navan", "Tullamore", "Portlaoise", "Carlow", "Dundalk"]
_IE_DUBLIN = ["Tallaght", "Clondalkin", "Finglas"]
_US_TOWNS = ["Yakima, WA", "Lubbock, TX", "Muncie, IN", "Dubuque, IA", "Billings, MT", "Ogden, UT"]
_CA_TOWNS = ["Lethbridge AB", "Red Deer AB", "Nanaimo BC", "Moncton NB", "Sudbury ON"]
_TRIAL_DOMAINS = ["lumenpsilo-trial.org", "clearwatertrial.org"]
_IE_ESTATES = ["The Paddocks", "The Beeches", "Castle Meadows", "Ashfield Park", "Oakwood Grove",
               "Riverside Court", "Millrace View", "The Willows"]

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]
_MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"]
_DAYS = ["Mon", "Tues", "Tue", "Wed", "Thurs", "Thu", "Fri", "Sat", "Sun"]
_HOLIDAYS = ["Boxing Day", "Anzac Day", "Canada Day", "Waitangi Day", "St Patrick's Day", "Xmas Eve",
             "Xmas Day", "New Year's Day"]

_FREEMAIL = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "bigpond.com",
             "bigpond.net.au", "optusnet.com.au", "xtra.co.nz", "slingshot.co.nz", "eircom.net", "hotmail.co.uk",
             "btinternet.com", "sky.com", "shaw.ca", "sympatico.ca", "yahoo.ca", "comcast.net", "live.ie"]
_SERVICE_DOMAINS = ["riverbendmh.org", "ashgrovecmht.org.uk", "bluegumcounselling.com.au", "kowhaiwellbeing.co.nz",
                    "larkspurclinic.ie", "northgatepsych.com", "lumenpsilo-trial.org", "clearwatertrial.org",
                    "tamarindhouse.ca", "glenmorefp.com.au", "ferncliffhealth.org.nz"]
_HANDLES = ["drpemberton", "ashgrove-duty", "kowhai-room3", "riverbend-intake", "tlusk", "bluegum-telehealth",
            "northgate-group", "larkspur-room1", "jessop-counselling", "fairbairn-psych"]


def _suffix(d: int) -> str:
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _person(r: random.Random) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    x = r.random()
    if x < 0.42:
        return f
    if x < 0.50:
        return f.lower()
    if x < 0.65:
        return f"{f} {last}"
    if x < 0.75:
        return last
    if x < 0.81:
        return f"{f} {r.choice(_LAST)[0]}"
    if x < 0.86:
        return f"{f[0]}. {last}"
    if x < 0.91:
        return f"{last.upper()}, {f}"
    if x < 0.95:
        return f"{last} {f[0]}"
    return f"{f} {r.choice(_FIRST)[0]}. {last}"


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.50:
        return r.choice(_TOWNS)
    if x < 0.57:
        return r.choice(_TOWNS).lower()
    if x < 0.68:
        return r.choice(_ABBREV_TOWNS)
    if x < 0.76:
        return r.choice(_TOWN_COUNTY)
    return f"{r.choice(_SERVICE_NAMES)} {r.choice(_SERVICE_KINDS)}"


def _uk_postcode(r: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTUWYZ"
    area = r.choice(["DN", "S", "LS", "M", "SG", "TS", "TA", "LA", "DG", "LL", "SA", "NE", "B", "L"])
    return f"{area}{r.randint(1, 35)} {r.randint(1, 9)}{r.choice(up)}{r.choice(up)}"


def _eircode(r: random.Random) -> str:
    chars = "ACDEFHKNPRTVWXY0123456789"
    key = r.choice(["D24", "D22", "D11", "N91", "C15", "R35", "V95", "F23", "R93", "A91"])
    return f"{key} {''.join(r.choice(chars) for _ in range(4))}"


def _address(r: random.Random) -> str:
    n, st = r.randint, r.choice(_STREETS)
    x = r.random()
    if x < 0.14:  # AU street line
        return f"{n(1, 180)} {st} {r.choice(_AU_TYPES)}"
    if x < 0.26:  # AU unit line
        unit = r.choice([f"{n(1, 12)}/", f"u{n(1, 12)}/", f"Unit {n(1, 12)}, "])
        tail = r.choice(["", f", {r.choice(_AU_TOWNS)}"])
        return f"{unit}{n(1, 120)} {st} {r.choice(_AU_TYPES)}{tail}"
    if x < 0.36:  # NZ
        return r.choice([f"{n(1, 200)} {st} {r.choice(['Rd', 'St', 'Pl', 'Tce', 'Cres'])}, "
                         f"{r.choice(_NZ_TOWNS)}",
                         f"{n(100, 2400)} {st} Rd, RD {n(1, 9)}, {r.choice(_NZ_RD)}",
                         f"{n(1, 9)}/{n(1, 90)} {st} {r.choice(['St', 'Rd', 'Ave'])}"])
    if x < 0.50:  # UK
        line = f"{n(1, 160)} {st} {r.choice(_UK_TYPES)}"
        return r.choice([line, f"Flat {n(1, 12)}, {line}", f"{line}, {_uk_postcode(r)}",
                         f"Flat {n(1, 9)}{r.choice('ABC')}, {line}, {r.choice(_UK_TOWNS)}"])
    if x < 0.62:  # Ireland
        return r.choice([f"{n(1, 90)} {r.choice(_IE_ESTATES)}, {r.choice(_IE_TOWNS)}",
                         f"{n(1, 90)} {r.choice(_IE_ESTATES)}",
                         f"{n(1, 120)} {st} {r.choice(['Rd', 'Park', 'Ave', 'Drive'])}, {r.choice(_IE_DUBLIN)}, "
                         f"{_eircode(r)}",
                         f"Apt {n(1, 40)}, {r.choice(_IE_ESTATES)}, {_eircode(r)}"])
    if x < 0.80:  # US
        d = r.choice(["", "N ", "S ", "E ", "W "])
        line = f"{n(100, 9800)} {d}{st} {r.choice(_US_TYPES)}"
        return r.choice([line, f"{line} #{n(1, 40)}", f"Apt {n(1, 12)}{r.choice('ABCD')}, {line}",
                         f"{line}, {r.choice(_US_TOWNS)} {n(10000, 99950)}"])
    if x < 0.92:  # Canada
        line = f"{n(100, 4800)} {st} {r.choice(['St', 'Ave', 'Dr', 'Cres', 'Rd'])}"
        up = "ABCEGHJKLMNPRSTVXY"
        pc = f"{r.choice('TVKPRE')}{n(1, 9)}{r.choice(up)} {n(1, 9)}{r.choice(up)}{n(1, 9)}"
        return r.choice([f"{n(101, 1208)}-{line}", f"{line}, {pc}", f"{line}, Unit {n(1, 30)}",
                         f"{line}, {r.choice(_CA_TOWNS)} {pc}"])
    # harder: no street type, or a lot
    return r.choice([f"no. {n(1, 90)} {st}", f"{n(1, 90)} {st}", f"Lot {n(1, 60)} {st} Rd",
                     f"Rm {n(1, 9)}, {n(10, 99)} {st} St"])


def _date(r: random.Random) -> str:
    n = r.randint
    d, m = n(1, 28), n(1, 12)
    y2, y4 = n(20, 26), n(2019, 2026)
    mon = r.choice(_MONTHS)
    x = r.random()
    if x < 0.16:
        return r.choice([f"{d}/{m}", f"{m}/{d}", f"{d:02d}/{m:02d}"])
    if x < 0.26:
        return r.choice([f"{d}/{m}/{y2}", f"{m}/{d}/{y2}", f"{d}.{m}.{y2}", f"{d}-{m}-{y2}"])
    if x < 0.34:
        return r.choice([f"{d:02d}/{m:02d}/{y4}", f"{m:02d}/{d:02d}/{y4}", f"{d}/{m}/{y4}"])
    if x < 0.40:  # a date of birth
        yb = n(1915, 1999)
        return r.choice([f"{d}.{m}.{yb % 100:02d}", f"{d:02d}/{m:02d}/{yb}", f"{m}/{d}/{yb}", f"{d}-{mon}-{yb}"])
    if x < 0.52:
        day = r.choice(_DAYS)
        return r.choice([f"{day} {d}{_suffix(d)}", f"{day.lower()} {d}{_suffix(d)}", f"{day} {d}/{m}",
                         f"{day} {d} {mon}"])
    if x < 0.58:
        return r.choice([f"the {d}{_suffix(d)}", f"{d}{_suffix(d)}"])
    if x < 0.80:
        return r.choice([f"{d} {mon}", f"{mon} {d}", f"{d}-{mon}", f"{d}{_suffix(d)} {mon}", f"{mon} {d}{_suffix(d)}",
                         f"{d} {r.choice(_MONTHS_LONG)}", f"{r.choice(_MONTHS_LONG)} {d}", f"{d} {mon} {y2}",
                         f"{mon.lower()} {d}"])
    if x < 0.90:  # a CRF's layouts
        up = r.choice(_MONTHS[:9] + _MONTHS[10:]).upper()
        return r.choice([f"{d:02d}{up}{y4}", f"{d:02d}-{up}-{y4}", f"{y4}-{m:02d}-{d:02d}", f"{d:02d}/{up}/{y2}"])
    if x < 0.965:
        return r.choice([f"{r.choice(_MONTHS_LONG)} {d}, {y4}", f"{d} {r.choice(_MONTHS_LONG)} {y4}",
                         f"{d}{_suffix(d)} {mon} {y4}"])
    return r.choice(_HOLIDAYS)


_WORDS = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four",
          95: "ninety-five", 96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine",
          100: "a hundred", 101: "a hundred and one", 102: "a hundred and two"}


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    x = r.random()
    if x < 0.76:
        return str(a)
    if x < 0.92:
        return r.choice([f"{a}yo", f"{a} y/o", f"{a} yrs", f"{a} yo", f"{a}y/o"])
    return _WORDS.get(a, str(a))


def _phone(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.20:  # US / Canada
        a, c = r.choice([503, 613, 204, 902, 509, 806, 765, 563, 406, 403, 250, 705, 319]), n(100, 199)
        return r.choice([f"({a}) 555-0{c}", f"{a}-555-0{c}", f"{a}.555.0{c}", f"555-0{c}", f"+1 {a} 555 0{c}",
                         f"1-{a}-555-0{c}"])
    if x < 0.38:  # UK
        k = n(0, 999)
        return r.choice([f"07700 900{k:03d}", f"07700900{k:03d}", f"07700 900 {k:03d}", f"+44 7700 900{k:03d}",
                         f"0161 496 0{k % 1000:03d}", f"020 7946 0{k % 1000:03d}", f"0113 496 0{k % 1000:03d}",
                         f"01632 960{k:03d}"])
    if x < 0.52:  # Ireland
        pre = r.choice(["083", "085", "086", "087", "089"])
        return r.choice([f"{pre} {n(100, 999)} {n(1000, 9999)}", f"{pre}-{n(1000000, 9999999)}",
                         f"+353 {pre[1:]} {n(100, 999)} {n(1000, 9999)}", f"(01) {n(200, 999)} {n(1000, 9999)}",
                         f"0{r.choice([44, 57, 46, 59, 42, 91])} {n(100, 999)} {n(1000, 9999)}"])
    if x < 0.78:  # Australia
        k = n(0, 999)
        return r.choice([f"0491 570 {k:03d}", f"0412 {n(100, 999)} {n(100, 999)}", f"0491570{k:03d}",
                         f"0412-{n(100, 999)}-{n(100, 999)}", f"+61 491 570 {k:03d}", f"(03) 9555 {n(1000, 9999)}",
                         f"03 5550 {n(1000, 9999)}", f"(07) 4655 {n(1000, 9999)}", f"9555 {n(1000, 9999)}",
                         f"0491 570{k:03d}"])
    # New Zealand
    return r.choice([f"021 {n(100, 999)} {n(1000, 9999)}", f"027 {n(100, 999)} {n(1000, 9999)}",
                     f"022 {n(100, 999)} {n(100, 999)}", f"(09) {n(300, 999)} {n(1000, 9999)}",
                     f"06 {n(300, 999)} {n(1000, 9999)}", f"+64 21 {n(100, 999)} {n(1000, 9999)}",
                     f"0274 {n(100, 999)} {n(100, 999)}"])


def _email(r: random.Random) -> str:
    f, last = r.choice(_FIRST).lower().replace("-", ""), r.choice(_LAST).lower().replace("'", "").replace(" ", "")
    last = last.replace("-", "")
    x = r.random()
    if x < 0.62:
        local = r.choice([f"{f}.{last}", f"{f}{last[0]}{r.randint(70, 99)}", f"{f}_{last}", f"{f[0]}{last}",
                          f"{f}.{last[0]}", f"{last}{r.randint(1, 99)}", f"{f}{r.randint(1980, 2005)}"])
        return f"{local}@{r.choice(_FREEMAIL)}"
    if x < 0.72:
        return f"{f}.{last}@{r.choice(['nhs.net', 'hse.ie'])}"
    if x < 0.90:
        local = r.choice(["intake", "duty", "admin", "studyteam", "referrals", f"{f[0]}.{last}", f"{f}"])
        return f"{local}@{r.choice(_SERVICE_DOMAINS)}"
    return r.choice([f"{f.capitalize()}.{last.capitalize()}@{r.choice(_FREEMAIL)}",
                     f"{f.upper()}.{last.upper()}@{r.choice(_FREEMAIL).upper()}"])


def _code(r: random.Random, k: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") -> str:
    return "".join(r.choice(alphabet) for _ in range(k))


def _url(r: random.Random) -> str:
    n = r.randint
    dom = r.choice(_SERVICE_DOMAINS)
    h = r.choice(_HANDLES)
    return r.choice([
        f"https://portal.{dom}/appointments/{n(10000, 99999)}",
        f"www.{dom}/resources/sleep",
        f"{dom}/book",
        f"https://{dom}/telehealth/{h}",
        f"https://coviu.com/room/{h}",
        f"vsee.me/u/{h}",
        f"https://us02web.zoom.us/j/{n(80000000000, 89999999999)}",
        f"meet.google.com/{_code(r, 3, 'abcdefghijkmnopqrstuvwxyz')}-{_code(r, 4, 'abcdefghijkmnopqrstuvwxyz')}-"
        f"{_code(r, 3, 'abcdefghijkmnopqrstuvwxyz')}",
        f"https://forms.office.com/r/{_code(r, 10)}",
        f"forms.gle/{_code(r, 11)}",
        f"tinyurl.com/{h}-diary",
        f"https://ecoa.{r.choice(_TRIAL_DOMAINS)}/p/{_code(r, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}",
        f"{r.choice(_FIRST).lower().replace('-', '')}{n(1, 99)}.wordpress.com",
        f"instagram.com/{r.choice(_FIRST).lower().replace('-', '')}_{r.choice(['draws', 'runs', 'recovery', 'x'])}",
        f"https://www.{dom}/carers",
        f"http://{dom}/leaflets/panic.pdf",
        f"youtu.be/{_code(r, 11)}",
        f"open.spotify.com/playlist/{_code(r, 22)}",
        f"https://teams.microsoft.com/l/meetup-join/{n(100000, 999999)}",
        f"https://{h}.janeapp.com",
    ])


def _ssn(r: random.Random) -> str:
    n = r.randint
    x = r.random()
    if x < 0.24:  # US
        a, b, c = r.choice([n(100, 665), n(667, 899)]), n(10, 99), n(1000, 9999)
        return r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])
    if x < 0.40:  # Canada SIN
        a, b, c = n(100, 899), n(100, 999), n(100, 999)
        return r.choice([f"{a} {b} {c}", f"{a}-{b}-{c}", f"{a}{b}{c}"])
    if x < 0.58:  # UK NI
        p = r.choice(["AB", "JK", "NP", "SR", "TW", "YH", "ER", "PL", "CE", "WM"])
        d = [n(10, 99) for _ in range(3)]
        s = r.choice("ABCD")
        return r.choice([f"{p} {d[0]} {d[1]} {d[2]} {s}", f"{p}{d[0]}{d[1]}{d[2]}{s}",
                         f"{p.lower()}{d[0]}{d[1]}{d[2]}{s.lower()}", f"{p}{d[0]} {d[1]} {d[2]}{s}"])
    if x < 0.72:  # Ireland PPS
        return f"{n(1000000, 9999999)}{r.choice('ABCDEFGHKLMNPRSTWX')}{r.choice(['', '', 'A', 'W', 'H'])}"
    if x < 0.86:  # Australia TFN
        return r.choice([f"{n(100, 899)} {n(100, 999)} {n(100, 999)}", f"{n(100000000, 899999999)}"])
    # NZ IRD
    a, b, c = n(10, 149), n(100, 999), n(100, 999)
    return r.choice([f"{a}-{b}-{c}", f"{a:03d}-{b}-{c}", f"{a:03d} {b} {c}", f"{a}{b}{c}"])


def _id(r: random.Random) -> str:
    n = r.randint
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([
        f"{n(0, 999999):08d}",  # MRN with leading zeros
        f"{n(400, 799)} {n(100, 999)} {n(1000, 9999)}",  # NHS
        f"{n(400, 799)}{n(100, 999)}{n(1000, 9999)}",
        f"{n(1, 28):02d}{n(1, 12):02d}{n(20, 99):02d}{n(1000, 9999)}",  # CHI
        f"{r.choice(['RX', 'RM', 'K', 'H'])}{n(100000, 9999999)}",  # hospital no
        f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}",  # AU Medicare
        f"{n(2000, 6999)}{n(10000, 99999)}{n(1, 9)}",
        f"{r.choice(up)}{r.choice(up)}{r.choice(up)}{n(1000, 9999)}",  # NZ NHI
        f"{n(1000, 9999)}-{n(100, 999)}-{n(100, 999)}-{r.choice(up)}{r.choice(up)}",  # OHIP
        f"9{n(100, 999)} {n(100, 999)} {n(100, 999)}",  # BC PHN
        f"{n(1000000, 9999999)}{r.choice(up)}",  # IE medical card
        f"{r.choice(['XJH', 'WBQ', 'MKP', 'ZGA'])}{n(100000000, 999999999)}",  # US member id
        f"UR{n(100000, 999999)}",
        f"{n(1000000, 9999999)}",
        f"{r.choice(['PSIL', 'KET', 'LUM', 'CW'])}-{n(1, 12):02d}-{n(1, 150):03d}",  # trial participant
        f"S{n(1, 12):02d}-{n(100, 999)}",  # screening no
        f"K-{n(10000, 99999)}",  # kit no
        f"AE-{n(1, 400):04d}",
        f"CLM{n(1000000, 9999999)}",
        f"SG/{n(20, 26)}/{n(1000, 9999)}",
        f"INC-{n(100000, 999999)}",
        f"{n(1000, 9999)} {n(1000, 9999)} {n(1000, 9999)}",  # e-referral
        f"E{n(100000000, 999999999)}",  # encounter
        f"s{n(1000000, 9999999)}",  # student
        f"{r.choice(up)}{r.choice(up)}{n(10000, 99999)}",  # ACC claim
    ])


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn only with *r* (deterministic)."""
    if kind == "PERSON":
        return _person(r)
    if kind == "LOCATION":
        return _location(r)
    if kind == "ADDRESS":
        return _address(r)
    if kind == "DATE":
        return _date(r)
    if kind == "AGE":
        return _age(r)
    if kind == "PHONE":
        return _phone(r)
    if kind == "EMAIL":
        return _email(r)
    if kind == "URL":
        return _url(r)
    if kind == "SSN":
        return _ssn(r)
    if kind == "ID":
        return _id(r)
    raise ValueError(kind)


TEMPLATES = {
    "PERSON": [
        "S: pt reports dtr {} visiting daily, helping w/ meds (blister pack).",
        "NOK: husband {} -- aware of admission, phoned 14:30.",
        "Collateral from {}'s mum by phone (20 min); concerns re sleep + appetite.",
        "Seen w/ partner {}. Mood 'flat', SI passive, no plan/intent.",
        "pt's son {} present for first 15 min then left; pt more open after.",
        "Supervision: discussed case w/ Dr {}; agreed to step up to weekly.",
        "Phone call from {} (sister) @ 16:10 -- worried pt not answering.",
        "Discussed w/ {} (CPN), depot due Thurs, will do HV.",
        "Rx r/v by Dr {}: sertraline 100mg -> 150mg, r/v 2/52.",
        "Handover: {} in bay 3 settled overnight, obs q15, no PRN required.",
        "pt tearful when talking about {}; grief ++ since the funeral.",
        "DNA x2. Left VM. Spoke to {} at the front desk, no new contact details.",
        "Safeguarding: pt's ex-partner {} has unsupervised contact w/ kids; SW informed.",
        "Dosing session: lead therapist {}, co-therapist present; psilocybin 25mg @ 09:05.",
        "AE reported by {} (RA): transient nausea 2h post-dose, resolved w/o tx.",
        "MSE: appropriately dressed, good rapport; brought {} for support, waited outside.",
        "Plan: liaise w/ PCP Dr {} re bloods (LFTs, lithium level).",
        "c/o ongoing conflict w/ {} at work -> poor sleep, 4-5h/night.",
        "Lives w/ flatmate {}; no firearms in home; flatmate holding meds.",
        "r/v by {} (duty psych) 21:40, SI/HI denied, safe to go home w/ mum.",
        "Care plan r/v: {} (keyworker) to attend next CPA.",
        "Ketamine infusion #4 -- monitored by {}, BP 138/86 pre, 142/90 post.",
        "Referred by GP Dr {} for ?bipolar II; hx 2 depressive episodes.",
        "Spoke w/ {} re housing; pt on waitlist, no offer yet.",
        "Hx: father {} died when pt was 12 (suicide).",
        "Consent: info sharing w/ {} only (wife), NOT w/ parents.",
        "Crisis card given. {} to stay w/ pt tonight.",
        "DAP -- D: argument w/ {} over money; A: catastrophising ++; P: thought record.",
        "f/u call w/ pt's mum {}: eating better, still isolating in room.",
        "Supervisor note: formulation for {} too thin, revisit attachment hx.",
        "BIRP -- B: pt reports {} moved out last wk; I: validation, problem-solving; R: engaged.",
        "Seen by {} (RMO) for physical obs, nil concerns.",
        "pt says {} is 'the only one who gets it'. Protective factor.",
        "Cc: Dr {} (GP)",
    ],
    "LOCATION": [
        "Social: lives w/ mum in {}, unemployed since redundancy.",
        "pt moved from {} approx 6 mths ago, few supports locally.",
        "Admitted to {} overnight, d/c'd next am w/ f/u.",
        "Grew up in {}; 3 siblings, parents sep when pt 8.",
        "Attends {} for methadone, 60ml daily, supervised.",
        "pt planning trip to {} for a funeral -- coping plan discussed.",
        "Transferred from {} ED after OD (paracetamol 24 tabs).",
        "Referred by {} for CBT, 8 sessions.",
        "Works night shifts at the distribution centre in {}.",
        "FHx: mother treated at {} for psychosis in her 30s.",
        "pt drove 2h from {} for today's dosing visit; partner to drive home.",
        "Ex-partner now living in {}; no contact order in place.",
        "Son attends {}; school counsellor aware.",
        "3 nights respite at {} last wk, 'helped a bit'.",
        "Crisis team in {} notified, will ring pt tonight.",
        "Born in {}, moved here as a teen.",
        "Plans to stay w/ sister in {} over the wknd.",
        "Previously under the team in {}, d/c'd 2 yrs ago.",
        "Hx: inpatient @ {} x2 (involuntary).",
        "Found by police near the river in {}, brought in under s136.",
        "Now volunteering at {} 2 days/wk -- mood improved.",
        "Lives alone in a unit in {}, 3rd floor, no lift.",
        "Dx PTSD while at {}, tx w/ EMDR.",
        "Drinking at the pub in {} most nights (~8 std drinks).",
        "Kids stay w/ their dad in {} on wknds.",
        "Attended {} for ketamine trial screening, eligible.",
        "Relocating to {} for work -- transfer of care letter to follow.",
        "Handover: pt from the {} area, family visiting tomorrow.",
        "Social hx: raised in {}, left school at 16.",
        "pt's partner works FIFO out of {}, away 2/52 at a time.",
    ],
    "ADDRESS": [
        "Address updated: {}.",
        "HV @ {} 11:00 -- no answer, card left.",
        "pt now living at {} (sister's place) since eviction.",
        "Correspondence to {} please, NOT previous address.",
        "Welfare check requested at {} by crisis team.",
        "HV done: {}, tidy, food in fridge, meds in blister pack.",
        "Staying at {} temporarily, no lease.",
        "Demographics: addr {}; mob on file.",
        "Police attended {} @ 02:30 after neighbour's call.",
        "Taxi booked to {} for post-dose d/c, partner to meet pt.",
        "Letters returned from {} -- pt has moved, new addr TBC.",
        "Lives at {} w/ partner + 2 kids, rented.",
        "Home address: {}",
        "pt asks that post go to {} while she's at her mum's.",
        "Previously NFA, now housed at {} (supported accommodation).",
        "CPN visit planned to {} Thurs am.",
        "Safeguarding: concerns re conditions at {}; referral made.",
        "Addr on CRF ({}) doesn't match EHR -- query raised w/ site.",
        "Ambulance called to {} at 19:45, pt taken to ED.",
        "pt gave address as {} but unsure of unit no.",
        "Mail to {} came back, re-checked w/ pt today.",
        "Confirmed pt still at {}; NOK unchanged.",
        "Lives @ {}, ground floor, has a dog.",
        "Changed addr in system -> {}.",
        "pt walked home from {} after argument, approx 40 min.",
        "Outreach to {} - pt not home, neighbour says away 1/52.",
        "Rx delivered to {} by pharmacy (weekly).",
        "addr: {}",
    ],
    "DATE": [
        "DOB {}.",
        "Next appt {} @ 14:30 w/ writer.",
        "Seen {} for med r/v; sleep improved.",
        "pt last seen {}, DNA since.",
        "f/u booked for {}, 50 min.",
        "Dosing visit (V4) {} -- psilocybin 25mg @ 09:10, session ended 16:00.",
        "AE onset {}, resolved within 48h.",
        "Started sertraline 50mg on {}; SE: nausea, mild.",
        "D/C from ward {}, CTO in place.",
        "Incident {} ~22:00: superficial cuts L forearm, dressed by pt.",
        "Last drink {} per pt; CIWA 6.",
        "Phone contact {} 10:15 -- pt cancelled, unwell w/ flu.",
        "Missed appt {}; letter sent, 2nd DNA.",
        "CPA review due {}.",
        "pt reports OD on {} -- did not present to ED.",
        "Ketamine #3 on {}, dissociation mild, BP stable.",
        "Booked in for {} 2pm (telehealth).",
        "Referral rec'd {}, triaged urgent.",
        "Mum passed away {} -- anniversary reaction likely.",
        "Care plan reviewed {}; goals updated.",
        "Next depot due {}.",
        "Consent signed {}, copy given to pt.",
        "r/v {} -> mood 6/10, SI fleeting, no plan.",
        "Supervision {}: countertransference, boundaries.",
        "Bloods taken {}: lithium 0.7.",
        "pt reports feeling 'better since {}'.",
        "Screening visit {} -- eligible, randomised.",
        "Handover: admitted {} via ED, informal.",
        "RTW planned for {}, phased hours.",
        "seen {} - settled, nil new concerns",
    ],
    "AGE": [
        "pt is {}, lives alone, carers QID.",
        "Age: {}",
        "Collateral from NOK re mum (aged {}), worsening confusion.",
        "pt's father ({}) still drives, pt worries re this.",
        "Grandmother turns {} next wk; family gathering a trigger.",
        "Nan is {} and in a nursing home, pt visits on Sundays.",
        "pt {}F, MMSE 22/30.",
        "Elderly pt ({}), hard of hearing -- used amplifier.",
        "Spoke w/ pt's aunt, who is {} and 'sharp as a tack'.",
        "Husband {} w/ dementia, pt sole carer -> carer strain ++.",
        "pt, {}, reports grief since losing her sister.",
        "Bereavement: father died aged {} in his sleep.",
        "Risk: pt is {} and frail; high falls risk.",
        "Mum is {} now, pt main carer.",
        "Step-father ({}) recently moved into care.",
        "pt ({}) attended w/ dtr; consent obtained.",
        "Age {} -- exclusion criterion (max 75), not eligible.",
        "Cared for by grandniece; pt aged {}.",
        "Oldest on caseload -- {}, still independent.",
        "pt states she is {}; records agree.",
        "Great-grandmother, {}, lives w/ family; pt shares room w/ her.",
        "Obs: frail, {}, alert, orientated x3.",
        "pt {}M, widower, SI passive: 'I've lived long enough'.",
        "Referral: {} yo F, low mood since husband's death.",
        "Grandad ({}) had a fall last wk -> pt anxious.",
        "Aged {}, on 9 regular meds -- polypharmacy r/v.",
    ],
    "PHONE": [
        "Mob: {}",
        "pt's new mob {} -- updated on system.",
        "NOK contact: {} (husband).",
        "Left VM on {} @ 11:20, asked to call back.",
        "Called pt on {} x2, no answer.",
        "Crisis plan: pt to call {} if SI increases.",
        "Can be reached on {} after 3pm.",
        "dtr's no. {} -- ok to contact.",
        "PCP office {} (fax to follow).",
        "Contact: {}; prefers text.",
        "Tel {} -- landline, pt hard of hearing.",
        "SMS reminder sent to {} for tomorrow.",
        "pt rang duty line from {} 21:05.",
        "Ph: {}.",
        "Trial coordinator on {} (24h).",
        "Emergency contact -- sister, {}.",
        "Pharmacy rang from {} re early script request.",
        "Work no. {}, do NOT leave msg.",
        "Phone contact note: rang {} @ 09:45, pt answered, mood 'ok'.",
        "Keyworker mob {} (M-F).",
        "GP surgery {} -- spoke to practice nurse.",
        "Updated NOK ph -> {}.",
        "Texted {} re missed appt.",
        "Callback requested on {}.",
        "Home ph {} disconnected; use mob.",
        "After-hours contact {} given to pt.",
        "mob {} (pt's own)",
    ],
    "EMAIL": [
        "Email: {}",
        "pt emailed from {} asking to reschedule.",
        "Letter sent to {} (pt consented to email).",
        "Portal msg + copy to {}.",
        "Preferred email {} -- updated.",
        "Homework sheets emailed to {}.",
        "Referral rec'd from {} at 08:12.",
        "cc: {}",
        "Worksheets + safety plan sent to {} 15:40.",
        "dtr asks for updates via {} (consent on file).",
        "AE form sent to {} within 24h.",
        "Email on CRF ({}) bounced -- check spelling w/ pt.",
        "Reply from {}: pt declines group.",
        "Contact via email only: {}.",
        "Supervisor's email {} for case notes.",
        "Survey link sent to {}.",
        "pt forwarded sleep diary from {}.",
        "D/C summary emailed to GP at {}.",
        "pt uses {} for appt reminders.",
        "Secure email to {} re safeguarding concern.",
        "Contact details: email {}, prefers mornings.",
        "School counsellor ({}) requested update.",
        "Telehealth invite sent to {}.",
        "Email addr changed -> {}.",
        "Mum emailed ({}) overnight -- pt not sleeping.",
        "Outreach worker can be emailed at {}.",
    ],
    "URL": [
        "Telehealth link: {}",
        "pt given {} for sleep hygiene info.",
        "Sent video link {} for 14:00 session.",
        "Booking: {}",
        "pt mentioned fundraiser page {} -- discussed boundaries.",
        "Resources: {} (breathing exercises).",
        "eCOA link for daily diary: {}",
        "To complete PHQ-9 online via {}.",
        "Post-dose survey sent: {}",
        "pt shared her blog {} -- reviewed, no risk indicators.",
        "Safety plan uploaded to {}.",
        "Portal link {} sent, pt unable to log in.",
        "pt found {} helpful for panic.",
        "Group info at {}.",
        "Session recording at {} (restricted access).",
        "Integration playlist {} shared by pt.",
        "Consent form signed via {}.",
        "MDT room: {}",
        "pt posted on {} re distress overnight -- welfare check?",
        "Rebooking link {} sent by SMS.",
        "Directed to {} for carers' support.",
        "Relapse prevention worksheet: {}",
        "Feedback form {} given at d/c.",
        "Mood tracker export at {}.",
        "Online CBT module {} started, 2 of 6 done.",
        "link: {}",
    ],
    "SSN": [
        "SSN: {}",
        "pt's SIN {} needed for disability form.",
        "NI no. {} (for PIP form).",
        "PPSN {} -- confirmed w/ pt.",
        "TFN {} on Centrelink form.",
        "IRD # {} provided for ACC claim.",
        "Soc sec no. {}, verified w/ photo ID.",
        "Govt ID no. {} recorded for trial reimbursement.",
        "pt read out her number {} for the benefits form.",
        "SSN on intake ({}) differs from insurer's record.",
        "NINO: {}",
        "SIN {} -- CPP-D application.",
        "PPS no. {} given for medical card renewal.",
        "Tax no. {} needed for trial travel reimbursement.",
        "Full SSN {} given by pt for billing.",
        "Benefits: NI {} -- ESA claim ongoing.",
        "Identity verified: national ID {}.",
        "Social insurance # {} for EI paperwork.",
        "Centrelink form: TFN {}.",
        "IRD no: {}",
        "Disability paperwork needs SSN ({}) -- pt to bring card.",
        "pt's PPS {} on file.",
        "Soc. Ins. No. {}",
        "SSA form: SSN {} - pt signed.",
        "National insurance {} confirmed by pt over phone.",
        "ss# {}",
    ],
    "ID": [
        "MRN {}",
        "NHS no. {}",
        "Hosp no: {}",
        "Medicare # {}",
        "NHI {}",
        "UR {}",
        "Participant ID {} -- V3 completed.",
        "Trial ID {}, randomised to arm B.",
        "OHIP # {}",
        "Ins member ID {} -- prior auth pending.",
        "Claim # {} submitted to EAP.",
        "Case ref {} (safeguarding).",
        "AE report no. {} filed w/ sponsor.",
        "Script # {} -- pharmacy to dispense weekly.",
        "Referral ref {} rec'd via e-referral.",
        "CHI {}",
        "Incident no. {} logged.",
        "Medical card no. {}",
        "Health card {} expired -- pt to renew.",
        "Screening no. {}, eligible.",
        "Member no. {} for EAP sessions (6 approved).",
        "ACC claim no. {}.",
        "Student no. {} for extension letter.",
        "PHN {} on referral.",
        "Encounter # {}",
        "Kit no. {} dispensed (blinded).",
        "Record no. {} -- merge w/ duplicate requested.",
    ],
}
