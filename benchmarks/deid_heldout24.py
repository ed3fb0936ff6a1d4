"""A twenty-sixth SYNTHETIC transcript set for benchmarks/deid.py: the twenty-fourth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real cities, towns, suburbs and counties of the US, Canada, the UK, Ireland, Australia
and New Zealand are used as places only, never with a person; every clinic, research centre,
retreat, practice, school, church and workplace name is made up).  Written on 2026-12-07 by an
engineer who had NOT seen the de-identifier's rules, its docs page, its tests or the contents of
the earlier sets (only benchmarks/deid.py, for how a set is plugged in and scored, and of
deid_spoken.py and deid_heldout.py .. deid_heldout23.py their docstrings, plus the ``value``
signature and the ``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go, before any
run; no rule and no line of this file was changed after its first run.  It was first run on the
twelfth round's rules (main at commit 8149bd3) and measures how the rules do on text they were not
written for; it stays a blind set until a later round makes it a development set.

Style: WRITTEN NARRATIVE text of the kind a mixed-methods psychotherapy study ingests besides its
session transcripts, from settings the earlier docstrings do not name as theirs -- clinicians'
case histories and case formulations written before and after a course of treatment (a
psilocybin or MDMA trial, a ketamine clinic, CBT, psychodynamic therapy, EMDR, schema therapy,
couples therapy: ``Formulation:``, ``maintaining factor``, ``the punitive parent``),
published-style case reports (``A 34-year-old woman presented ...``, ``At twelve-month follow-up
...``), participants' own written narratives -- journal and diary entries, trip reports written
the day after a dosing session, integration journaling, written answers to open survey questions
(``Please describe in your own words ...``), letters a client writes to a past self or to their
therapist (``Dear past me``, ``Dear younger me``) --, a therapist's process notes in prose, an
analyst's memos in a qualitative-analysis tool (``Memo: P07 talks about her brother again ...``,
``second coding pass``, ``flag for the belonging theme``) and a research assistant's narrative
summary of a case (``RA summary:``).  Writers from the US, Canada, the UK, Ireland, Australia and
New Zealand, mixed (``mum``, ``mom``, ``nan``, ``arvo``, ``flat``, ``share house``); prose sentences
and paragraphs, not dialogue, some in lower case and with the odd typo (``definately``, ``alot``,
``i``), as people really type.
Identifier forms: MOSTLY ordinary, as such writing is, chosen to differ from the earlier
docstrings' lists where possible: a friend's or relative's first name alone (the most common
form, ``my brother Sean``, ``Thank you, Aoife,``), full names, a surname after ``Mr``/``Ms``/``Dr``
(the title in the carrier), a possessive ``'s`` in the carrier (``Sat outside Mia's``), a name in
a letter's salutation (``Dear Niamh,``), in an appositive between commas (``his partner, Tom,``)
or in brackets, a full name with a middle initial, double first names and double-barrelled
surnames, ``O'``/``Mc``/``Mac`` surnames, Irish names with and without the fada, Maori and
Pacific given names, a lower-case name in a diary, and a formal first name with its short form in
brackets inside the span (``Katherine (Kit)``).  Places: real towns, cities and suburbs said the
way people write them (where they grew up, where the retreat was, where the ex lives),
multi-word town names (``Palmerston North``, ``Bury St Edmunds``, ``Thunder Bay``), an Irish town
with its county inside the span (``Ennis, Co. Clare``), lower-case towns in a diary, and made-up
clinics, research centres, retreat houses and hospitals.  Addresses as written locally: US street
lines with ``Apt``/``#`` and a full line with town, state and ZIP, Canadian lines with a postal
code, UK lines with ``Flat 2,`` and a postcode, Irish estates (``4 Ard na Gréine``) with a town or
an Eircode, Australian ``6/41`` unit lines with suburb, state and postcode, New Zealand lines with
a letter suffix (``12a``) and a suburb, and a street name alone (``the flat on Cotter Street``
plants ``Cotter Street``).  Dates as prose writes them: ``14 March``, ``March 14th``, ``the 14th``,
``14th March``, ``the 14th of March``, ``Mar 14``, ``14 Mar``, ``14/3``, ``3/14``, ``Tuesday
14th``, ``Tues 14 March``, ``14 March 2025``, ``March 14, 2025``, ``14/03/25``, ``3/14/25``,
``14.3.25``, ISO ``2025-03-14``, lower-case ``march 14``, and written-out ``the fourteenth of
March`` and ``March fourteenth``, in diary headings (``14 March -- couldn't sleep``) and after
``the morning of`` / ``the night of`` in the carrier.  Ages over 89 (90-110): digits and words
(``ninety-four``, ``ninety four``, ``a hundred``, ``a hundred and three``, ``one hundred and
two``) in case-report ``A ...-year-old widow`` carriers, after ``aged``, ``turned``, ``lived to``,
``died at``, in brackets, with the unit in the carrier.  Phones: US and Canadian layouts with
invented ``555-01xx`` numbers (brackets, dashes, dots, seven digits), UK mobiles and landlines in
the drama ranges, Irish mobiles and landlines, Australian mobiles and landlines, New Zealand
mobiles and landlines, ``+1``/``+44``/``+353``/``+61``/``+64`` forms, and numbers run together or
dashed oddly as people type them (``0871234567``, ``0412-570-123``).  Emails: free-mail and ISP
domains of these countries (``gmail.com``, ``hotmail.co.uk``, ``icloud.com``, ``eircom.net``,
``bigpond.net.au``, ``xtra.co.nz``, ``shaw.ca``, ``sympatico.ca``, ``proton.me``), invented practice
and trial domains, a capital first letter from autocorrect, and a few typed ``name at gmail dot
com`` to dodge spam.  URLs: a dosing-day playlist, shared Google Docs journals, Medium and
WordPress posts, a YouTube or Vimeo video, Insight Timer and SoundCloud meditations, an Instagram
page, an invented practice's resource and booking pages, a trial's information page, a
fundraiser and a memorial page, with and without a scheme.  SSNs, as each country's national
number: US social security numbers (dashes, spaces, none), Canadian SINs, UK National Insurance
numbers, Irish PPS numbers, Australian tax file numbers and New Zealand IRD numbers (planted as
SSN -- a judgement call), the cue in the carrier.  IDs (the cue always in the carrier, never in
the span): trial participant, screening and randomisation numbers, MRNs, NHS numbers, Australian
Medicare numbers, NZ NHIs, OHIP numbers, US insurance member and Medicaid ids, ACC and insurance
claim numbers, hospital UR numbers, a client file number, a driver's licence, an Rx number and a
student number.
A title, kin word or possessive ``'s`` next to a name and an article before a place stay outside
the span; a date's own words (``the 14th of March``) are inside it.  ``value`` and the template
are drawn independently (deid.py's design), so now and then a form sits a little oddly in its
sentence, as in a real document.
The carrier sentences hold words that must NOT be removed: drugs and doses (psilocybin 25 mg,
MDMA 120 mg, a supplemental 60 mg, ketamine, sertraline 100 mg, SSRIs), scales and scores (PHQ-9
of 21, MADRS 34, SUDS 9), ages under 90 (34, 19, 16, eleven), bare years, countries, weekdays
alone, times of day (3 a.m., 6pm), durations (eighteen months, ten years, six weeks), kin words as
common nouns (my nan, mum, my dad, her sister, grandad) and place-like common words (the clinic,
the emergency department, the care home, the beach, the job centre, the church group).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random
import unicodedata

# ---------------------------------------------------------------- pools (all invented people)

_FIRST = ["Aoife", "Niamh", "Ciarán", "Ciaran", "Eoin", "Tadhg", "Orla", "Gráinne", "Sinéad", "Sinead", "Declan",
          "Maeve", "Cathal", "Nuala", "Fionn", "Dermot", "Harriet", "Poppy", "Callum", "Rhys", "Bethan", "Gareth",
          "Jess", "Becky", "Ollie", "Tom", "Kayla", "Tyler", "Brianna", "Marcus", "DeShawn", "Megan", "Brandon",
          "Jenna", "Mathieu", "Geneviève", "Brody", "Kaitlyn", "Jarrah", "Tahlia", "Brodie", "Kirra", "Bronwyn",
          "Shane", "Kylie", "Mere", "Tāne", "Wiremu", "Hemi", "Ngaio", "Anahera", "Manaia", "Sione", "Losa",
          "Farida", "Ines", "Yara", "Dev", "Arjun", "Mei", "Hannah", "Leah", "Ruth", "Nadia", "Zoe", "Chloe", "Abby",
          "Gemma", "Kerry", "Sean", "Mia", "Luke", "Sam", "Ben", "Ellie", "Josh", "Rachel", "Dan", "Katie", "Pete",
          "Laura", "Nick", "Amy", "Steph", "Craig", "Donna", "Wayne", "Trish", "Carmel", "Noel", "Moira"]
_FORMAL = [("Katherine", "Kit"), ("Elizabeth", "Libby"), ("Margaret", "Peggy"), ("Christopher", "Kit"),
           ("Alexander", "Sandy"), ("Patricia", "Trish"), ("Jonathan", "Jonno"), ("Rebecca", "Bex"),
           ("Theodore", "Teddy"), ("Eleanor", "Nell"), ("Bartley", "Bart"), ("Gabrielle", "Gabby")]
_DOUBLE_FIRST = ["Mary-Claire", "Anne Marie", "Sarah-Jane", "Jean-Luc", "Lily-Rose", "John Paul", "Marie-Ève"]
_LAST = ["Doherty", "Keogh", "Nolan", "McAuley", "O'Rourke", "Fennelly", "Hegarty", "Whelan", "Pritchard",
         "Ashworth", "Greenhalgh", "Bellamy", "Thornton", "Hollis", "Marsh", "Stokes", "Delgado", "Reyes",
         "Whitaker", "Schneider", "Hendricks", "Tran", "Nguyen", "Park", "Tremblay", "Gagnon", "Bouchard",
         "MacIsaac", "Fraser", "Pappas", "Kovač", "Jorgensen", "Trethewey", "Tipene", "Ngata", "Parata", "Kereama",
         "Faleolo", "McGrath", "O'Shea", "Mac Giolla", "Cassidy", "Sutcliffe", "Boateng", "Abbott", "Lennox",
         "Devereux", "Quinlan", "Moloney", "Tuilagi", "Harcourt", "Pilbeam", "Okoro", "Ferreira"]
_DOUBLE_LAST = ["Ashworth-Hale", "Pryce-Jones", "Nolan-Tipene", "Greene-Whitaker", "Lloyd-Bellamy"]

# ---------------------------------------------------------------- places (real towns as places only)

_TOWNS = ["Eau Claire", "Bangor", "Olympia", "Ithaca", "Grand Junction", "Santa Fe", "Billings", "Chico",
          "Burlington", "Sarasota", "Moncton", "Kamloops", "Lethbridge", "Sudbury", "Peterborough", "Nanaimo",
          "Red Deer", "Thunder Bay", "Grande Prairie", "Trois-Rivières", "Wigan", "Swindon", "Carlisle", "Harrogate",
          "Margate", "Dundee", "Aberystwyth", "Lowestoft", "Ipswich", "Bury St Edmunds", "Milton Keynes",
          "Newcastle upon Tyne", "Sligo", "Tralee", "Mullingar", "Athlone", "Dundalk", "Castlebar", "Dún Laoghaire",
          "Ballarat", "Bendigo", "Toowoomba", "Wollongong", "Mildura", "Bunbury", "Launceston", "Townsville",
          "Fremantle", "Port Macquarie", "Coffs Harbour", "Whanganui", "Timaru", "Nelson", "Rotorua", "Napier",
          "Invercargill", "Gisborne", "Masterton", "Whangārei", "Palmerston North", "Moose Jaw"]
_SUBURBS = ["Brunswick", "Ponsonby", "Leichhardt", "Drumcondra", "Headingley", "Rathmines", "Kitsilano",
            "Fitzroy", "Newtown", "Mount Eden", "Stoneybatter", "Jesmond", "Cabbagetown", "Marrickville"]
_TOWN_COUNTY = ["Ennis, Co. Clare", "Clonakilty, Co. Cork", "Ballina, Co. Mayo", "Nenagh, Co. Tipperary",
                "Bantry, Co. Cork", "Carrick-on-Shannon, Co. Leitrim"]
_FACILITY = ["Tallowwood Ketamine Clinic", "Saltmarsh Centre for Psychedelic Research", "Hollybank Psychotherapy",
             "Larchfield House", "Bellbird Retreat", "Greywater Day Hospital", "Mount Alder Private Hospital",
             "the Ferncliffe Unit", "St Ita's Hospital", "Cairnbrae Counselling Rooms", "Wrenhaven Clinic",
             "Tidewater Integration Centre", "Harbourne Primary School", "St Columba's College",
             "Riverbend Community Church"]

_STREET = ["Ormonde", "Carlton", "Linden", "Tamarack", "Cotter", "Gorse", "Wattle", "Kowhai", "Rata", "Larkspur",
           "Ashgrove", "Sycamore", "Beaconsfield", "Rosslyn", "Pōhutukawa", "Ferndale", "Alder", "Chestnut",
           "Harcourt", "Belmont", "Tamar", "Greenhill", "Whitethorn", "Mulberry", "Bramble", "Heron"]
_KIND = ["Street", "Road", "Avenue", "Crescent", "Terrace", "Close", "Drive", "Place", "Grove", "Parade", "Lane",
         "St", "Rd", "Ave", "Cres.", "Tce"]

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WD_SHORT = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
_ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
              "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
              "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
              "thirtieth", "thirty-first"]
_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS_WORDS = {9: "ninety"}

_FREEMAIL = ["gmail.com", "hotmail.com", "hotmail.co.uk", "outlook.com", "icloud.com", "yahoo.com", "yahoo.co.uk",
             "eircom.net", "live.ie", "bigpond.net.au", "optusnet.com.au", "xtra.co.nz", "shaw.ca", "sympatico.ca",
             "proton.me", "btinternet.com"]
_PRACTICE_DOMAINS = ["tallowwoodclinic.com.au", "hollybankpsychotherapy.ie", "saltmarshresearch.org.uk",
                     "cairnbrae.co.nz", "wrenhavenclinic.ca", "tidewaterintegration.com", "larchfieldhouse.co.uk",
                     "bellbirdretreat.com.au"]


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _ascii(word: str) -> str:
    """*word* lower case without accents, apostrophes or spaces, as an email or a handle writes it."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return plain.lower().replace("'", "").replace(" ", "")


def _digits(r: random.Random, n: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def _person(r: random.Random) -> str:
    f, last = r.choice(_FIRST), r.choice(_LAST)
    x = r.random()
    if x < 0.50:
        return f
    if x < 0.68:
        return f"{f} {last}"
    if x < 0.78:
        return last
    if x < 0.84:
        return f.lower()
    if x < 0.88:
        return f"{f} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    if x < 0.92:
        return r.choice(_DOUBLE_FIRST)
    if x < 0.96:
        return f"{f} {r.choice(_DOUBLE_LAST)}"
    formal, short = r.choice(_FORMAL)
    return f"{formal} ({short})"


def _location(r: random.Random) -> str:
    x = r.random()
    if x < 0.55:
        return r.choice(_TOWNS)
    if x < 0.65:
        return r.choice(_SUBURBS)
    if x < 0.72:
        return r.choice(_TOWN_COUNTY)
    if x < 0.80:
        return r.choice(_TOWNS + _SUBURBS).lower()
    fac = r.choice(_FACILITY)
    return fac[4:] if fac.startswith("the ") else fac


def _street(r: random.Random) -> str:
    return f"{r.choice(_STREET)} {r.choice(_KIND)}"


def _address(r: random.Random) -> str:
    n = r.randint(2, 240)
    x = r.random()
    if x < 0.25:
        return f"{n} {_street(r)}"
    if x < 0.33:  # US line with a unit
        return f"{r.randint(100, 4800)} {r.choice(_STREET)} {r.choice(['Ave', 'St', 'Dr', 'Rd'])}" \
               f"{r.choice([', Apt ', ' #', ', Apt. ', ' Unit '])}{r.randint(1, 12)}{r.choice(['', 'B', 'C'])}"
    if x < 0.40:  # full US line
        town, st, z = r.choice([("Eau Claire", "WI", "547"), ("Ithaca", "NY", "148"), ("Olympia", "WA", "985"),
                                ("Billings", "MT", "591"), ("Burlington", "VT", "054"), ("Chico", "CA", "959"),
                                ("Santa Fe", "NM", "875")])
        return f"{r.randint(100, 9800)} {_street(r)}, {town}, {st} {z}{r.randint(1, 99):02d}"
    if x < 0.47:  # Canadian line with a postal code
        town, pv, fsa = r.choice([("Kamloops", "BC", "V2C"), ("Moncton", "NB", "E1C"), ("Sudbury", "ON", "P3E"),
                                  ("Lethbridge", "AB", "T1J"), ("Nanaimo", "BC", "V9R"), ("Red Deer", "AB", "T4N")])
        return f"{r.randint(10, 2400)} {_street(r)}, {town}, {pv} {fsa} {r.randint(1, 9)}" \
               f"{r.choice('ABCEGHJKLMNPRSTVWXY')}{r.randint(1, 9)}"
    if x < 0.55:  # UK flat line with a postcode
        town, pc = r.choice([("Wigan", "WN"), ("Swindon", "SN"), ("Carlisle", "CA"), ("Harrogate", "HG"),
                             ("Ipswich", "IP"), ("Dundee", "DD"), ("Lowestoft", "NR")])
        return f"Flat {r.randint(1, 9)}, {n} {_street(r)}, {town} {pc}{r.randint(1, 30)} " \
               f"{r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXY')}{r.choice('ABDEFGHJLNPQRSTUWXY')}"
    if x < 0.63:  # Irish estate line
        estate = r.choice(["Ard na Gréine", "Cluain Ard", "Páirc na Coille", "Oakfield Lawns", "Castleview Heights",
                           "Radharc na Mara"])
        if r.random() < 0.5:
            return f"{r.randint(1, 60)} {estate}, {r.choice(['Sligo', 'Tralee', 'Mullingar', 'Castlebar', 'Athlone'])}"
        return f"{r.randint(1, 60)} {estate}, {r.choice('FHNRV')}{r.randint(10, 95)} " \
               f"{r.choice('ACDEFHKNPRTVWXY')}{_digits(r, 1)}{r.choice('ACDEFHKNPRTVWXY')}{_digits(r, 1)}"
    if x < 0.72:  # Australian unit line
        sub, st, pc = r.choice([("Brunswick", "VIC", "3056"), ("Marrickville", "NSW", "2204"),
                                ("Fremantle", "WA", "6160"), ("Newtown", "NSW", "2042"), ("Fitzroy", "VIC", "3065"),
                                ("Toowoomba", "QLD", "4350")])
        return f"{r.randint(1, 12)}/{n} {_street(r)}, {sub} {st} {pc}"
    if x < 0.80:  # New Zealand line
        sub, city = r.choice([("Mount Eden", "Auckland"), ("Ponsonby", "Auckland"), ("Naenae", "Lower Hutt"),
                              ("Riccarton", "Christchurch"), ("Hillcrest", "Hamilton"), ("Roslyn", "Dunedin")])
        return f"{n}{r.choice(['', 'a', 'b'])} {_street(r)}, {sub}, {city}"
    if x < 0.90:  # street name alone
        return _street(r)
    return f"{n}{r.choice(['a', 'b', 'A', 'B'])} {_street(r)}"


def _date(r: random.Random) -> str:
    m = r.randrange(12)
    d = r.randint(1, _MDAYS[m])
    mon, short = _MONTHS[m], _MONTHS[m][:3]
    y = r.randint(2019, 2026)
    x = r.random()
    if x < 0.14:
        return f"{d} {mon}"
    if x < 0.26:
        return f"{mon} {_ordinal(d)}" if r.random() < 0.7 else f"{mon} {d}"
    if x < 0.34:
        return f"the {_ordinal(d)}"
    if x < 0.40:
        return f"{_ordinal(d)} {mon}"
    if x < 0.47:
        return f"the {_ordinal(d)} of {mon}"
    if x < 0.53:
        return r.choice([f"{short} {d}", f"{d} {short}", f"{short}. {_ordinal(d)}"])
    if x < 0.59:
        return r.choice([f"{d}/{m + 1}", f"{m + 1}/{d}"])
    if x < 0.64:
        return r.choice([f"{r.choice(_WEEKDAYS)} {_ordinal(d)}", f"{r.choice(_WD_SHORT)} {d} {mon}"])
    if x < 0.70:
        return r.choice([f"{d} {mon} {y}", f"{mon} {d}, {y}"])
    if x < 0.76:
        return r.choice([f"{d:02d}/{m + 1:02d}/{y % 100:02d}", f"{m + 1}/{d}/{y % 100:02d}",
                         f"{d}.{m + 1}.{y % 100:02d}"])
    if x < 0.79:
        return f"{y}-{m + 1:02d}-{d:02d}"
    if x < 0.85:
        return r.choice([f"{mon.lower()} {d}", f"{d} {mon.lower()}", f"{mon.lower()} {_ordinal(d)}"])
    if x < 0.92:
        w = _ORD_WORDS[d - 1]
        return r.choice([f"the {w} of {mon}", f"{mon} {w}"])
    return f"{_ordinal(d)} of {mon}"


def _age(r: random.Random) -> str:
    n = r.randint(90, 99) if r.random() < 0.8 else r.randint(100, 110)
    x = r.random()
    if x < 0.55 or n > 109:
        return str(n)
    if n >= 100:
        rest = n - 100
        if rest == 0:
            return r.choice(["a hundred", "one hundred"])
        word = _UNITS[rest] if rest < 10 else "ten"
        return f"{r.choice(['a', 'one'])} hundred and {word}"
    unit = _UNITS[n - 90]
    if not unit:
        return "ninety"
    return f"ninety{r.choice(['-', '-', ' '])}{unit}"


def _phone(r: random.Random) -> str:
    x = r.random()
    if x < 0.24:  # US / Canada, invented 555-01xx numbers
        area = r.choice(["617", "503", "206", "412", "919", "720", "802", "608", "604", "416", "902", "403", "506"])
        line = f"01{_digits(r, 2)}"
        return r.choice([f"({area}) 555-{line}", f"{area}-555-{line}", f"{area}.555.{line}", f"555-{line}",
                         f"+1 {area} 555 {line}", f"({area})555-{line}"])
    if x < 0.40:  # UK drama ranges
        return r.choice([f"07700 900{_digits(r, 3)}", f"07700900{_digits(r, 3)}", f"0113 496 0{_digits(r, 3)}",
                         f"020 7946 0{_digits(r, 3)}", f"0161 496 0{_digits(r, 3)}", f"+44 7700 900{_digits(r, 3)}",
                         f"+44 (0)7700 900 {_digits(r, 3)}"])
    if x < 0.56:  # Ireland
        p, a, b = r.choice("35679"), _digits(r, 3), _digits(r, 4)
        return r.choice([f"08{p} {a} {b}", f"08{p}{a}{b}", f"08{p}-{a}{b}", f"+353 8{p} {a} {b}",
                         f"(0{r.choice(['21', '91', '61', '71', '66'])}) {_digits(r, 3)} {_digits(r, 4)}"])
    if x < 0.76:  # Australia
        a = f"0491 57{r.randint(0, 9)} {_digits(r, 3)}"
        return r.choice([a, a.replace(" ", ""), a.replace(" ", "-"), f"+61 491 57{r.randint(0, 9)} {_digits(r, 3)}",
                         f"(02) 5550 {_digits(r, 4)}", f"(03) 7010 {_digits(r, 4)}", f"02 5550 {_digits(r, 4)}",
                         f"0412 {_digits(r, 3)} {_digits(r, 3)}"])
    # New Zealand
    return r.choice([f"021 {_digits(r, 3)} {_digits(r, 4)}", f"027 {_digits(r, 3)} {_digits(r, 4)}",
                     f"022{_digits(r, 7)}", f"(09) {r.randint(2, 9)}{_digits(r, 2)} {_digits(r, 4)}",
                     f"(04) {r.randint(2, 9)}{_digits(r, 2)} {_digits(r, 4)}",
                     f"+64 21 {_digits(r, 3)} {_digits(r, 4)}", f"03-{r.randint(2, 9)}{_digits(r, 6)}"])


def _email(r: random.Random) -> str:
    f = _ascii(r.choice(_FIRST))
    last = _ascii(r.choice(_LAST))
    local = r.choice([f"{f}.{last}", f"{f}{last}", f"{f}_{last}{r.randint(1, 99)}", f"{f[0]}{last}",
                      f"{f}{r.randint(70, 99)}", f"{f}.{last[0]}", f"{last}.{f}", f"{f}{last[:3]}{r.randint(1, 9)}",
                      f"the.real.{f}", f"{f}-writes"])
    x = r.random()
    if x < 0.72:
        addr = f"{local}@{r.choice(_FREEMAIL)}"
    elif x < 0.86:
        addr = f"{r.choice([f, 'admin', 'reception', 'hello', f'{f}.{last}', 'integration'])}@" \
               f"{r.choice(_PRACTICE_DOMAINS)}"
    elif x < 0.93:
        addr = f"{local}@{r.choice(_FREEMAIL)}"
        addr = addr[0].upper() + addr[1:]
    else:
        dom = r.choice(["gmail", "hotmail", "outlook", "icloud"])
        return f"{local} at {dom} dot com"
    return addr


def _slug(r: random.Random) -> str:
    words = ["letting-go", "the-day-after", "notes-from-the-couch", "what-the-mushrooms-said", "coming-home",
             "a-year-sober", "learning-to-rest", "grief-and-light", "my-ketamine-year", "the-long-way-round",
             "after-the-storm", "body-scan-20-min", "safe-place", "window-of-tolerance", "soft-landing"]
    return r.choice(words)


def _url(r: random.Random) -> str:
    def rid(n):
        return "".join(r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-") for _ in range(n))

    handle = _ascii(r.choice(_FIRST)) + \
        r.choice(["", ".writes", "_journal", str(r.randint(1, 99)), "_in_the_garden", ".heals"])
    return r.choice([
        f"https://open.spotify.com/playlist/{rid(22)}",
        f"docs.google.com/document/d/{rid(32)}/edit",
        f"https://docs.google.com/document/d/{rid(32)}/edit?usp=sharing",
        f"medium.com/@{handle}/{_slug(r)}-{rid(10).lower()}",
        f"https://{handle.replace('_', '').replace('.', '')}.wordpress.com/{_slug(r)}/",
        f"https://www.youtube.com/watch?v={rid(11)}",
        f"youtu.be/{rid(11)}",
        f"vimeo.com/{r.randint(100000000, 999999999)}",
        f"insighttimer.com/{handle.replace('.', '')}/guided-meditations/{_slug(r)}",
        f"soundcloud.com/{handle.replace('.', '-')}/{_slug(r)}",
        f"instagram.com/{handle}",
        f"https://www.instagram.com/{handle}/",
        f"www.{r.choice(_PRACTICE_DOMAINS)}/"
        f"{r.choice(['resources', 'integration', 'worksheets/schema-modes', 'fees', 'book', 'aftercare'])}",
        f"https://{r.choice(_PRACTICE_DOMAINS)}/book/{r.choice(['couples', 'follow-up', 'intake'])}",
        f"{r.choice(_PRACTICE_DOMAINS)}/{_slug(r)}",
        f"https://www.saltmarshresearch.org.uk/studies/psilo-{r.randint(10, 99)}/participant-information",
        f"www.gofundme.com/f/{_slug(r)}-for-{handle.split('.')[0].split('_')[0]}",
        f"https://www.forevermissed.com/{handle.split('.')[0].split('_')[0]}-{_ascii(r.choice(_LAST))}",
        f"http://tripnotes.net/reports/{r.randint(1000, 99999)}",
        f"bit.ly/{rid(7)}",
    ])


def _luhn_ok(digits: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def _ssn(r: random.Random) -> str:
    x = r.random()
    if x < 0.40:  # US
        while True:
            a = r.randint(101, 899)
            if a != 666:
                break
        g, s = r.randint(1, 99), r.randint(1, 9999)
        return r.choice([f"{a:03d}-{g:02d}-{s:04d}"] * 3 + [f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"])
    if x < 0.55:  # Canadian SIN, Luhn-valid
        while True:
            d = str(r.choice([1, 2, 3, 4, 5, 6, 7])) + _digits(r, 8)
            if _luhn_ok(d):
                break
        return r.choice([f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", d])
    if x < 0.70:  # UK National Insurance number
        first = r.choice("ABCEGHJKLMNPRSTWXYZ")
        second = r.choice("ABCEGHJKLMNPRSTWXYZ")
        n = _digits(r, 6)
        suf = r.choice("ABCD")
        return r.choice([f"{first}{second} {n[:2]} {n[2:4]} {n[4:]} {suf}", f"{first}{second}{n}{suf}",
                         f"{first.lower()}{second.lower()}{n}{suf.lower()}"])
    if x < 0.82:  # Irish PPS number with its check letter
        n = _digits(r, 7)
        tot = sum(int(c) * w for c, w in zip(n, range(8, 1, -1)))
        extra = r.choice(["", "", "A", "W"])
        if extra == "A":
            tot += 9 * 1
        check = "W" if tot % 23 == 0 else chr(ord("A") + tot % 23 - 1)
        return f"{n}{check}{extra}"
    if x < 0.92:  # Australian TFN with a valid check
        w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
        while True:
            d = _digits(r, 9)
            if d[0] != "0" and sum(int(c) * k for c, k in zip(d, w)) % 11 == 0:
                break
        return r.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d])
    d = str(r.randint(10, 150)) + _digits(r, 6)
    d = d.zfill(9)
    return r.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[1:3]}-{d[3:6]}-{d[6:]}" if d[0] == "0" else d])


def _nhs(r: random.Random) -> str:
    while True:
        d = _digits(r, 9)
        tot = sum(int(c) * w for c, w in zip(d, range(10, 1, -1)))
        c = 11 - tot % 11
        if c == 11:
            c = 0
        if c != 10:
            break
    n = d + str(c)
    return r.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n])


def _medicare_au(r: random.Random) -> str:
    d = str(r.randint(2, 6)) + _digits(r, 7)
    check = sum(int(c) * w for c, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return f"{d[:4]} {d[4:]}{check} {r.randint(1, 5)}"


def _id(r: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([
        f"{r.choice(['PSI', 'MDMA', 'KET', 'PSIL'])}-{r.randint(1, 12):02d}-{r.randint(1, 240):03d}",
        f"{r.choice(['SAL', 'TW', 'HB'])}{r.randint(100, 999)}-{r.randint(1, 99):02d}",
        f"{r.randint(0, 9999999):08d}",
        f"00{_digits(r, 6)}",
        _nhs(r),
        _medicare_au(r),
        f"{r.choice(L)}{r.choice(L)}{r.choice(L)}{_digits(r, 4)}",
        f"{_digits(r, 4)}-{_digits(r, 3)}-{_digits(r, 3)}-{r.choice(L)}{r.choice(L)}",
        f"{r.choice(['W', 'XKB', 'ZGP', 'MEM'])}{_digits(r, 9)}",
        f"1{_digits(r, 10)}",
        f"UR{_digits(r, 6)}",
        f"{r.choice(['CL', 'F'])}-{_digits(r, 5)}",
        f"{r.randint(2019, 2026)}/{_digits(r, 4)}-{r.choice('ABCD')}",
        f"{r.choice(L)}{_digits(r, 7)}",
        f"RX{_digits(r, 7)}",
        f"s{_digits(r, 7)}",
    ])


def value(kind: str, r: random.Random) -> str:
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "Dear {}, I have started this letter four times now and I still don't know how to begin it.",
        "went for a walk with {} after work, first time i've felt like talking in weeks",
        "Mr {} is a retired schoolteacher who was referred for assessment of low mood following the death of his wife.",
        "Memo: P07 talks about her brother {} again here, always in the past tense -- code as GRIEF and REPAIR?",
        "During the acute phase of the session he repeatedly called out for {}, and afterwards could not say why.",
        "I kept seeing {}'s face when the music changed, not sad exactly, more like she was checking on me.",
        "Collateral history was obtained from his partner, {}, who described a gradual withdrawal over eighteen "
        "months.",
        "Please describe in your own words what has changed since the treatment: honestly the biggest thing is that I "
        "rang {} and apologised, which I'd been putting off for about ten years.",
        "The patient was seen jointly with Dr {}, who had been treating her for chronic pain.",
        "Today in session we talked mostly about {} and the way the kids were told.",
        "Ms {} presented with a twelve-year history of recurrent depressive episodes, partially responsive to two "
        "SSRIs.",
        "RA summary: participant lives alone since her separation from {}; supports listed are her sister and a "
        "neighbour.",
        "i think i am finally ready to forgive {}. not for him. for me.",
        "Couples work: {} describes herself as the pursuer in the cycle; her husband agrees but says he withdraws to "
        "keep the peace.",
        "My therapist asked me to write about the first person who made me feel safe, and that was {}, without a "
        "doubt.",
        "Process note: client arrived ten minutes late, flushed, and spoke for most of the hour about {} and the "
        "argument at the weekend.",
        "Integration journal, day 5 -- still thinking about what {} said on the phone, that I seemed lighter.",
        "At the four-week follow-up, Mrs {} reported that her sleep had improved and that she had resumed driving.",
        "Dear past me, you are going to meet someone called {} and it is going to change everything, so dont skip "
        "that party.",
        "The formulation centres on his relationship with his father, {}, who was in and out of prison through his "
        "childhood.",
        "Memo (second coding pass): the outsider theme is strongest where she mentions {} -- check against the "
        "week 12 interview.",
        "my sponsor {} says journaling is the only thing that kept her sober the first year so here i am",
        "EMDR target memory: the afternoon her uncle {} collected her from school and did not take her home.",
        "In schema terms, {} functions as the punitive parent voice she still hears when she makes a mistake.",
        "Thank you, {}, for sitting with me through all of it, even the bits I didn't say out loud.",
        "Sat in the car outside {}'s for twenty minutes before I could go in.",
        "The co-therapist, {}, noted that the client's breathing slowed markedly once the eyeshades were on.",
        "He became tearful when describing his grandson {}, whom he has not seen since the custody hearing.",
        "Case summary prepared by {} (research assistant) for the consensus meeting.",
        "we had dinner at {}'s place and for once i didnt check my phone every five minutes",
        "Half way through the trip I definately heard my mum's voice, then {} laughing, the way she used to.",
    ],
    "LOCATION": [
        "I grew up in {} and I don't think I've been back since the funeral.",
        "A 34-year-old woman presented to the outpatient service in {} with a three-year history of intrusive "
        "thoughts.",
        "drove out to {} today, sat by the water for an hour, didn't cry, which felt like progress?",
        "She was admitted briefly to a psychiatric unit in {} after an overdose at nineteen.",
        "The preparation sessions took place at {}, in a room with a couch, a rug and far too many cushions.",
        "Memo: every time he talks about {} the transcript goes flat -- place as a container for shame? follow up.",
        "Please describe in your own words where you were living at the time: a share house in {} with four other "
        "students.",
        "My dad moved us to {} when I was eleven and that's when the bullying started.",
        "Family history: maternal grandparents emigrated to {} in the late fifties; both had drinking problems.",
        "hes been transferred to the branch in {} so we'll be long-distance for a while",
        "After discharge he was followed up by the community team in {} for six weeks.",
        "the retreat was somewhere outside {}, i honestly couldn't tell you where, it was dark when we arrived",
        "Dear younger me: you will leave {} and you will not die of it, I promise.",
        "Referred by her GP in {} for ketamine-assisted psychotherapy after failing three antidepressants.",
        "The couple met at university in {} and married within a year.",
        "Process note: he mentioned {} three times today, always as the place where things went wrong.",
        "I kept picturing the beach at {} during the peak, the one from when we were kids.",
        "RA narrative summary: participant commutes two hours a day from {} and has missed two integration sessions "
        "because of it.",
        "Her father's family are from {} and she spent most summers there until she was fourteen.",
        "we used to sneak into the old cinema in {} on sundays and that is where I had my first panic attack",
        "The second dosing session was moved to {} because the usual room was being renovated.",
        "Case history: born and raised in {}, the youngest of five, left school at sixteen to work at the meat works.",
        "Coding note -- {} comes up as a safe place in both the imagery rescripting and the trip report.",
        "My brother still lives in {}, ten minutes from the house where it all happened.",
        "She has worked as a nurse at {} for the past eleven years.",
        "moved into a flat in {} on my own and it is the quietest my head has been in years",
        "Post-treatment formulation: the move to {} removed the main maintaining factor (daily contact with his "
        "ex-partner).",
        "The safe place she chose for the resourcing phase was her grandmother's garden in {}.",
        "alot of the grief stuff is tied up with {}, the smell of the place, the rain",
    ],
    "ADDRESS": [
        "We lived at {} until I was nine and I can still draw every room of that house.",
        "Letters for the participant should go to {}, not the family home.",
        "Current address: {} (lives alone, ground-floor flat, no steps).",
        "i walked past {} today for the first time since. didn't stop. counted that as a win",
        "She had moved to {} three weeks before the first preparation session.",
        "The home visit took place at {}; the client had tidied and made tea, which she later called the "
        "nice-visitor version of herself.",
        "The note said to come to {} and knock twice, which felt very cloak and dagger for a therapy appointment.",
        "Please send the written summary to my new address, {}, as I've moved out of my mum's.",
        "Memo: she gives the old address ({}) when asked where home is -- interesting, flag for the belonging theme.",
        "my nan's house at {} was the only place where nobody shouted",
        "Dear therapist, I wanted you to know I've signed the lease on {} and it's got a little garden.",
        "The integration group meets in a converted garage behind {}.",
        "In the trip I was back at {}, standing in the hallway, and the wallpaper was moving.",
        "RA summary: participant now residing with her sister at {}; contact details updated in the tracking log.",
        "He gave his address as {} but later said he had been sleeping in his car for a fortnight.",
        "Case history: the family lived above the shop at {} until the business failed.",
        "Moving boxes everywhere. New place is {}. It smells of someone else's cooking but it's mine.",
        "Survey response: I now live at {}, which is closer to my kids and my work.",
        "The couple separated in the spring; he moved to {} and she kept the house.",
        "Process note: she mentioned almost casually that her abuser still lives at {}, two streets from her work.",
        "Keys to {} handed back today. Eleven years. Weird feeling.",
        "the accident happened right outside {} and i still take the long way round",
        "Correspondence to: {}.",
        "Discharge planning: return home to {} with daily visits from the community team.",
        "i remember the number on the gate at {} and nothing else from that whole year",
        "She described her childhood home at {} as tidy, cold and silent.",
        "For the letter to my younger self: you will get out of {}, you just don't know it yet.",
        "Postal address for the honorarium voucher: {}",
    ],
    "DATE": [
        "Dosing session was on {} and I'm only writing this up now because I couldn't find the words.",
        "{} -- couldn't sleep again, up at 3, wrote this at the kitchen table.",
        "She was first seen in clinic on {} with a PHQ-9 of 21.",
        "On the morning of {} he was found by his flatmate and taken to the emergency department.",
        "Journal entry, {}: second integration session today, talked about the grief stuff.",
        "The first ketamine infusion was given on {}, the second a week later.",
        "My dad died on {} and every year the week before is awful.",
        "Memo: she dates the start of the depression to {} -- the day the redundancy letter came.",
        "Trip report, written {}, the day after: I want to get this down before it fades.",
        "The couple's last session before the break was on {}, and they cancelled the next two.",
        "i haven't had a drink since {} and i'm scared to write that down in case it jinxes it",
        "Follow-up MADRS on {} was 9, down from 34 at baseline.",
        "Please describe a moment when you felt different after treatment: my daughter's birthday on {}, I actually "
        "enjoyed it.",
        "Dear me of last year, on {} you are going to walk out of that job and it will be the best thing you ever "
        "did.",
        "Process note: client brought a dream from the night of {} and spent most of the hour on it.",
        "He was randomised on {} and received MDMA 120 mg in the first experimental session.",
        "our anniversary is {} and it'll be the first one apart",
        "The EMDR target was the car crash on {}; SUDS started at 9 and came down to 2.",
        "RA summary: participant missed the visit booked for {} and did not answer two follow-up calls.",
        "{}. Mum rang. We actually talked. Writing that down so I remember it happened.",
        "Case report: symptoms had resolved completely by {} and have not recurred at twelve-month follow-up.",
        "I signed the consent form on {} and then nearly pulled out twice.",
        "The psychodynamic formulation was revised after the session of {}, when she first spoke about the baby.",
        "Integration journaling -- {} -- noticed I didn't flinch when my boss raised his voice.",
        "Last entry before the retreat, {}. Packed, nervous, weirdly calm.",
        "Her sister's wedding on {} is the deadline she keeps setting herself for feeling better.",
        "Memo 3: P12's account of {} differs between the week 4 and the week 12 interview -- which version to code?",
        "we moved in together on {}, which in hindsight was way too fast",
        "Psilocybin 25 mg given at 9:10 on {}; she described the come-up as like being pulled under a wave.",
    ],
    "AGE": [
        "A {}-year-old widow was referred by her GP with low mood and weight loss after a fall.",
        "my nan turned {} on the weekend and she still beat us all at cards",
        "He is {} and has outlived both his children, which he describes as the wrong way round.",
        "Grandad was {} when he died and he never once said he loved me.",
        "The patient, aged {}, lives alone with carers twice daily.",
        "Memo: P04's grandmother ({}) is the only family member she describes without ambivalence.",
        "Collateral from her mother, who is {} and still sharp as anything.",
        "she's {} now and asks after you every time I visit",
        "Her father is {} years old and in a care home; she visits every Sunday and dreads it.",
        "Case report: a {} year old man with a long history of treatment-resistant depression was assessed at home.",
        "I kept thinking about my great-aunt, who lived to {} and never married and seemed happier than anyone.",
        "Survey answer: I look after my father, who is {}, so getting to the sessions was hard.",
        "Process note: she spoke about the neighbour, now {}, who had taken her in when her mum was in hospital.",
        "Dear Nana, you are {} today and I wish I had told you all this sooner.",
        "RA summary: lives with her husband (aged {}), for whom she is the main carer.",
        "At {} he still insists on doing his own shopping, and this was the source of most of the conflict in the "
        "couple sessions.",
        "my grandmother died last year at {}, and in the trip she was there, younger, laughing",
        "The oldest member of the church group is {} and she was the one who suggested I try therapy.",
        "Family history: paternal grandfather alive at {}, no known psychiatric history.",
        "Her mother, now {}, has moderate dementia and no longer recognises her.",
        "he'll be {} next birthday and he's still driving, god help us",
        "Formulation: the client's caring role for her {}-year-old mother is a key maintaining factor.",
        "The oldest person I have interviewed for this study was {}, and she did the whole thing in one sitting.",
        "My great-grandma is {} and she was a land girl in the war.",
        "My great-uncle died at {} and left me his tools and his temper.",
        "Her husband is {} and frail, and she worries constantly about what will happen if she dies first.",
        "The oldest resident, {} years of age, asked whether the study was about loneliness, and it sort of was.",
    ],
    "PHONE": [
        "If anything comes up before the next session, ring me on {}.",
        "Her sister's number is {} -- she is the emergency contact and happy to be called.",
        "Contact details updated: mobile {}.",
        "put {} on the fridge so i stop losing it",
        "The sitter gave me her number, {}, and said I could text any time in the first week.",
        "Memo: participant left a voicemail from {} asking to withdraw her diary -- check with the PI before "
        "deleting anything.",
        "RA note: best number is {} after 6pm, do not leave a message on the landline.",
        "i finally texted {} after staring at it for a week",
        "Please call me on {} rather than emailing, I don't check it.",
        "Next of kin: husband, contactable on {}.",
        "My therapist's after-hours line is {} but I've never used it.",
        "Survey response: the only thing I'd change is having a number to ring in the week after dosing -- I ended up "
        "calling {} which was just the general reception.",
        "Dear therapist, I'm writing instead of phoning, my new number is {} if you need it.",
        "He rang from {} at about eleven, clearly intoxicated, and the call was handed to the on-call clinician.",
        "Nan's number is still {} in my phone and I can't delete it.",
        "Case summary: the referring GP practice may be contacted on {}.",
        "rang the integration line at {} and a real person answered which nearly made me cry",
        "The couple asked that appointment reminders go only to {}, her mobile.",
        "Process note: at the end she pressed a scrap of paper with {} on it into my hand in case I needed to reach "
        "her daughter.",
        "Call back requested: {}, ask for the mother.",
        "Her GP can be reached on {} for the medication review.",
        "wrote {} on the back of the card and stuck it in my wallet",
        "The retreat's emergency contact was {}, which nobody had tested.",
        "Memo: the phone number in the consent pack ({}) rings out -- flag to the coordinator.",
        "His old probation officer left a number, {}, but he says he will not be calling it.",
        "ph {} (mob), best after work",
        "Text me on {} if the group moves rooms again.",
    ],
    "EMAIL": [
        "Send the integration worksheets to {} please, my work email blocks attachments.",
        "My new email is {} -- the old one got hacked.",
        "Memo: participant emailed her trip report from {} rather than through the survey link, saved to the secure "
        "drive.",
        "i wrote the whole letter and then emailed it to myself at {} so i couldn't chicken out and delete it",
        "Correspondence: please copy the referring clinician at {}.",
        "Her partner's address, {}, is on the consent form as the second contact.",
        "Dear therapist, I'm sending this from {} because the clinic portal keeps logging me out.",
        "Survey response: you can contact me for a follow-up interview at {}.",
        "RA summary: journal pages scanned and received by email from {} on the agreed date.",
        "If you want to reply, it's {}.",
        "Process note: she had printed out a long email chain with {} and wanted to read it aloud.",
        "The supervisor, reachable at {}, reviewed the case formulation before the final session.",
        "Contact for the family: {}.",
        "found an old email from {} in my drafts, never sent, all capitals, i was so angry then",
        "He asked that all correspondence go to {} and not to the home address.",
        "Please forward the written summary to {} as well, she's my support person for the study.",
        "The trip report came through at 2 a.m. from {} with the subject line sorry this is long.",
        "Memo: two participants share an email account ({}) -- check consent for each separately.",
        "Case history written up and sent to {} for the peer-review group.",
        "My sister set up {} for me so I'd have somewhere private to write.",
        "Email: {}",
        "i've been journaling in drafts at {} because nobody else has the password",
        "The couple used one address, {}, which became an issue once they separated.",
        "Please reply to {} -- I am no longer using my university account.",
        "Thank you for the referral; I have written back to {} with the available dates.",
        "my email is {} if the survey people need to get hold of me",
    ],
    "URL": [
        "The playlist from the dosing day is at {} if anyone in the group wants it.",
        "i've been posting bits of this journal at {} but anonymously",
        "Memo: she links to {} in her open-text answer -- a blog about her recovery, with photos; do not quote.",
        "Participant information sheet: {}.",
        "Worksheets for the schema homework are at {}.",
        "The breathing exercise she found helpful is at {}.",
        "Survey response: the thing that helped most was the guided meditation at {}, I listened every night.",
        "He wrote a long trip report and posted it to {}, which the team later asked him to take down.",
        "Dear past self: one day you'll be the person who wrote {} and strangers will message to say it helped.",
        "RA note: participant's shared journal document is {} -- access restricted to the two coders.",
        "my therapist sent me {} about the window of tolerance and it actually made sense",
        "Booking link for the couples follow-up: {}",
        "Case report supplementary material was to be posted at {}, but the authors withdrew it.",
        "The ketamine clinic's aftercare page ({}) lists no out-of-hours number.",
        "Process note: client showed me {} on her phone -- a fundraiser for her brother's legal costs.",
        "found {} at 4am and read the whole thing, other people's trip reports are weirdly comforting",
        "Her Instagram, {}, is full of sunrise photos taken the morning after each session.",
        "The integration circle shares its reading list at {}.",
        "Memo: link in the week 8 diary ({}) is to a private video -- request access or exclude?",
        "{} is where I'm keeping the letters I'll never send.",
        "Please see {} for the consent form and the information sheet.",
        "i keep going back to {}, the song from the peak, and crying in the car",
        "She had built a memorial page, {}, and asked if we could look at it together.",
        "The couple found us through {}.",
        "Resources page: {}",
        "he sends me {} every time I say I'm fine, which is annoying and kind",
    ],
    "SSN": [
        "Social security number on the intake form: {}.",
        "RA note: participant wrote her SIN, {}, in the open-text box by mistake -- redacted in the export.",
        "my NI number is {}, writing it here because I keep forgetting it and the job centre needs it",
        "His social is {} according to the disability paperwork he brought in.",
        "Memo: the scanned journal page has a PPS number ({}) in the margin -- redact before coding.",
        "Tax file number {} -- put on the form for the trial reimbursement.",
        "IRD number for the travel reimbursement: {}.",
        "She read out her social security number, {}, without being asked, which I noted as part of her anxiety "
        "about getting it right.",
        "Survey response: I didn't want to put my SSN ({}) on the payment form, it felt like alot for a mental "
        "health study.",
        "Case summary: benefit claim ongoing; NI no. {}.",
        "ssn {} -- dont lose this page",
        "The reimbursement form asks for a SIN, and he gave {}.",
        "Participant's TFN ({}) was collected for the honorarium and stored separately from the data.",
        "my ssn is {} and I hate that I know it by heart but not my own phone number",
        "Process note: she had written {} across the top of her diary -- her late husband's social security number, "
        "she said, so she would not lose him.",
        "Social insurance number: {}",
        "PPSN {} (from the medical card application).",
        "Dear therapist, the insurance people want my social ({}) again, is that normal?",
        "Payment details: NI number {}, to be deleted after the final honorarium.",
        "The disability form he filled in during the session had his social, {}, and his mother's maiden name on it.",
        "RA summary: SSN {} recorded on the reimbursement sheet; sheet moved to the locked cabinet.",
        "Memo: IRD {} appears in the trip report screenshot -- crop before sharing with the team.",
        "In her letter she included her SIN, {}, so we would know it was really her.",
        "social security no. {} (verified against the card)",
        "wrote my social ({}) on the form at the clinic and then panicked that it was the wrong one",
        "National Insurance: {}",
    ],
    "ID": [
        "Participant ID {} -- second dosing session, no adverse events.",
        "MRN {}; seen for ketamine assessment.",
        "Memo: the trip report filed under {} is actually from the other arm -- swap the files.",
        "my medicare number is {}, writing it down because the card is in the wash",
        "NHS number {} on the referral, checked against the GP letter.",
        "The case report was filed under hospital number {} before anonymisation.",
        "Trial randomisation number: {}.",
        "ACC claim {} covers the sessions after the accident.",
        "Insurance member ID {} -- pre-authorisation approved for twelve sessions.",
        "RA summary: participant {} completed all three diaries and the exit survey.",
        "Survey response: my health card number ({}) was on the form and I wasn't sure it should be.",
        "NHI {} recorded on the consent form.",
        "Process note: she brought her old file, client number {}, from the service she saw as a teenager.",
        "Ref: {}",
        "The couple's file, {}, holds both partners' formulations.",
        "Claim number {} for the EMDR sessions was declined on a technicality.",
        "He quoted his Medicaid ID, {}, to the receptionist before I could stop him.",
        "Dear therapist, my OHIP number is {} for the paperwork.",
        "Memo: screening number {} withdrew before dosing -- exclude from the journaling analysis.",
        "chart #{} on the discharge summary I found in the drawer",
        "Driver's licence {} photocopied for the ID check at the retreat, then shredded.",
        "Rx {} -- sertraline 100 mg, repeat.",
        "Case history cross-referenced with UR {}.",
        "my student number is {} if you need it for the survey voucher",
        "Subject {}: MDMA 120 mg plus a supplemental 60 mg at ninety minutes.",
        "patient no. {}",
    ],
}
