"""A twenty-fifth SYNTHETIC transcript set for benchmarks/deid.py: the twenty-third held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real cities, towns and suburbs are used as places only, never with a person; every
clinic, hospital, research unit, practice, school, church and workplace name is made up).  Written
on 2026-12-07 by an engineer who had NOT seen the de-identifier's rules, its docs page, its tests
or the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged in and
scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout21.py their docstrings, plus the
``value`` signature and the ``TEMPLATES`` shape of deid_heldout19.py, for the format), in one go,
before any run; no rule and no line of this file was changed after its first run.  It was first
run on the eleventh round's rules (main at commit 0a2759e) and measures how the rules do on text
they were not written for; it stays a blind set until a later round makes it a development set.

Style: everyday qualitative-research and clinicians' written text, which is what most real
research data looks like, from settings the earlier docstrings do not name as theirs --
semi-structured follow-up interviews with psychedelic-trial participants about what the dosing day
and the months after were like, and focus groups with the trial therapists about delivering the
therapy (as a transcription service types them: ``I:`` / ``R:``, ``Interviewer:`` /
``Participant 4:``, ``Facilitator:``, ``[pause]``, ``[laughs]``, ``[crosstalk]``, ``[inaudible]``);
referral e-mails between clinicians (``Hi Dr``, ``Thanks for seeing``, ``Best wishes``),
case-conference minutes (``Present:``, ``Action:``, ``Discussed:``), clinical supervision notes,
incident and adverse-event reports (``Event:``, ``Severity:``, ``Outcome:``, ``Reported by:``), a
research coordinator's tracking log and visit schedule (``V1 screening``, ``V3 dosing``, ``PDF
sent``, ``no-show``), consent and eligibility form fields (``Name of participant:``, ``Inclusion
criteria met: Y``) and a letter to a GP or primary care physician (``Dear Dr``, ``Re:``, ``Yours
sincerely``).  The people are from English-speaking countries at large: the United States,
Canada, the UK, Ireland, Australia, New Zealand, South Africa, India and Singapore.
Identifier forms, MOSTLY ordinary and written the way such documents write them, with a minority
of harder local ones: first names alone (the most common form), full names, an initial and a
surname (``Ms. J. Moore`` plants ``J. Moore``), ``SURNAME, First`` and ``Last, First`` form
fields, a middle initial, lower-case names as an interviewee's typed chat gives them, Irish
``O'`` surnames, Afrikaans ``van der`` surnames, Indian given-plus-family names, Singaporean
surname-first Chinese names (``Tan Wei Ling``), Maori given names, Australian shortened names
(``Shaz``, ``Davo``); titles (``Dr``, ``Ms.``, ``A/Prof``), kin words, credentials (``RN``,
``MRCPsych``) and a possessive ``'s`` are outside the span.  Places: real towns, cities and
suburbs of these countries (``Geelong``, ``Tauranga``, ``Drogheda``, ``Stockport``,
``Pietermaritzburg``, ``Kochi``, ``Tampines``, ``Guelph``), invented research units, clinics,
practices, hospitals and community teams.  Addresses as written locally: US street lines with
suite and ZIP, UK lines with postcodes, Irish lines with a Dublin district or an Eircode,
Australian ``Level 3, 88 ...`` and ``4/17 ...`` lines with state and postcode, New Zealand lines
with suburb and postcode, Canadian lines with province and postal code, South African lines with a
four-digit code, Indian ``No. 23, 4th Cross`` lines with a PIN, Singapore ``Blk 512 ... #06-221``
lines, and a street line alone.  Dates: ``DOB 04/11/1952``, ``4/11/52``, ``3 March``, ``3 March
2025``, ``March 3rd``, ``3rd March``, ``03-Mar-2025``, ``2025-03-03``, ``Tues 3 March``, ``the 3rd
of March``, ``3/3``, ``Mar 3, 2025``, ``03.03.25``, ``the 3rd``, spoken ``the third of March``
and a month with a year (``March 2025``, an element more specific than a year).  Ages over 89
(90-110): digits, words (``ninety-three``, ``ninety three``, ``Ninety-one``, ``a hundred and one``),
with the unit (``years old``, ``yo``, ``years of age``) or ``Age:`` in the carrier.  Phones: US and Canadian layouts
with an extension (``ext. 214``, ``x214``), UK, Irish, Australian, New Zealand, South African,
Indian and Singaporean mobiles and landlines, with and without the country code, and a few read
out in words.  Emails: free-mail and ISP domains of these countries (``bigpond.com``,
``xtra.co.nz``, ``eircom.net``, ``webmail.co.za``, ``rediffmail.com``, ``singnet.com.sg``),
invented clinic, trial and university addresses, upper case from a form, and a few spoken.  URLs:
participant-specific REDCap and Qualtrics survey links, Zoom and Teams meeting links, booking
pages, a therapist's directory profile, LinkedIn and Instagram pages, a personal blog and invented
practice sites.  SSNs, as each country's national number: US social security numbers (dashes,
spaces, none, spoken, the last four alone with the cue in the carrier), Canadian SINs, UK National
Insurance numbers, Irish PPS numbers, Australian tax file numbers, New Zealand IRD numbers, South
African ID numbers, Indian Aadhaar numbers and Singapore NRIC numbers (planted as SSN -- a
judgement call).  IDs (the cue always in the carrier, never in the span): MRNs with leading zeros,
NHS numbers, Australian Medicare numbers, hospital UR numbers, New Zealand NHIs, BC PHNs, US plan
member ids, Indian UHIDs, trial screening and randomisation numbers, adverse-event and incident
report numbers, a therapist's registration number, claim numbers, some spoken.
``value`` and the template are drawn independently (deid.py's design), so now and then a form
sits a little oddly in its sentence, as in a real document.
The carrier sentences hold words that must NOT be removed: drugs and doses (psilocybin 25 mg,
MDMA 120 mg, ketamine, sertraline 100 mg, escitalopram 10 mg, lorazepam 1 mg, ondansetron 4 mg,
propranolol), scales (MADRS, QIDS-SR16, PCL-5, MEQ-30, C-SSRS, GAD-7), visit labels (V1,
V3, week 6), ages under 90 (12, 14), bare years (2019, 2024), countries, states and
provinces (Australia, Ireland, Ontario, California), weekdays alone, times of
day (9:30, 14:00), durations (six hours, eight weeks), blood pressures (142/91), kin words as
common nouns (my partner, my mum, my nan, Grandpa, her son) and place-like common words (the dosing
room, the clinic, the pharmacy, the home, the emergency department, the GP surgery).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random

GIVEN = ["Jennifer", "Michael", "Sarah", "David", "Emma", "James", "Karen", "Mark", "Rebecca", "Thomas",
         "Laura", "Daniel", "Claire", "Paul", "Rachel", "Andrew", "Nicole", "Brian", "Megan", "Kevin",
         "Lisa", "Simon", "Hannah", "Gareth", "Fiona", "Niamh", "Ciara", "Declan", "Sinead", "Eoin",
         "Bronwyn", "Kylie", "Brett", "Darren", "Tegan", "Hemi", "Mere", "Tama", "Rawiri", "Thandiwe",
         "Sipho", "Lerato", "Pieter", "Annelie", "Johan", "Nomvula", "Ananya", "Rohan", "Kavya", "Arjun",
         "Meera", "Vikram", "Deepa", "Suresh", "Lakshmi", "Rahul", "Farhan", "Nurul", "Chantal", "Marc",
         "Keisha", "Tyrone", "Brittany", "Cody", "Dustin", "Latoya", "Grace", "Olivia", "Ben", "Chloe",
         "Joanne", "Stephen", "Alison", "Graham", "Helen", "Craig", "Amanda", "Nathan", "Susan", "Peter"]
FAMILY = ["Moore", "Patel", "Thompson", "Walsh", "Murphy", "O'Brien", "Byrne", "Nguyen", "Singh", "Sharma",
          "Iyer", "Reddy", "Nair", "Menon", "Naidoo", "Pillay", "Botha", "Dlamini", "Nkosi", "Mokoena",
          "Ngata", "Parata", "Williams", "Johnson", "Harris", "Clarke", "Robinson", "Wright", "Hughes",
          "Edwards", "Bennett", "Campbell", "Stewart", "Reid", "MacLeod", "Fraser", "Baker", "Cooper",
          "Mitchell", "Ward", "Evans", "Jenkins", "Price", "Dunne", "Kelly", "Doyle", "Ryan", "Quinn",
          "Gagnon", "Leblanc", "Henderson", "Sullivan", "Chaudhary", "Kapoor", "Fernandes", "D'Souza",
          "Coetzee", "Jacobs", "Greene", "Foster", "Barker", "Lawson", "Marsh", "Pearce", "Whitfield"]
AFRIKAANS = ["van der Merwe", "van Wyk", "du Plessis", "de Villiers", "van Zyl"]
SG_SURNAME = ["Tan", "Lim", "Ng", "Chua", "Goh", "Teo", "Koh"]
SG_GIVEN = ["Wei Ling", "Jun Hao", "Hui Min", "Kai Xiang", "Shu Fen", "Zhi Wei"]
SHORT = ["Shaz", "Davo", "Tash", "Jono", "Bec", "Mick", "Steph", "Gaz", "Shell", "Rach"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"

TOWNS = ["Geelong", "Ballarat", "Wollongong", "Parramatta", "Fremantle", "Toowoomba", "Bendigo", "Launceston",
         "Tauranga", "Palmerston North", "Lower Hutt", "Ponsonby", "Whanganui", "Nelson", "Galway", "Drogheda",
         "Limerick", "Swords", "Sligo", "Dundalk", "Stockport", "Croydon", "Swindon", "Doncaster", "Huddersfield",
         "Kettering", "Pietermaritzburg", "Stellenbosch", "Durban North", "Bloemfontein", "Kochi", "Mysuru",
         "Coimbatore", "Pune", "Tampines", "Toa Payoh", "Jurong West", "Guelph", "Kamloops", "Red Deer",
         "Burlington", "Lethbridge", "Ann Arbor", "New Haven", "Sacramento", "Madison", "Baltimore",
         "San Diego", "Worcester", "Dartmouth"]
UNIT_ADJ = ["Harbourview", "Kingsbridge", "Millbrook", "Ashgrove", "Riverbend", "Larkhill", "Stonebridge",
            "Wattle Grove", "Kowhai", "Jacaranda", "Fernhill", "Oakridge", "Sandpiper", "Elmstead", "Bellbird",
            "Greystones Road", "Hollowell", "Marram", "Northgate", "Tidewater"]
UNIT_KIND = ["Psychedelic Research Unit", "Medical Centre", "Community Mental Health Team", "Clinical Research Facility",
             "Family Practice", "Health Centre", "Private Hospital", "Wellness Clinic", "Hospital", "Day Hospital",
             "Primary Care Centre", "Counselling Service", "Mood Disorders Clinic", "Trauma Clinic", "Surgery"]

STREET = ["Larch", "Elm", "Victoria", "Albert", "Church", "Beech", "Seafield", "Station", "Kent", "Sycamore",
          "Ridge", "Hawthorn", "Mill", "Park", "Brook", "Grange", "Wattle", "Kowhai", "Jacaranda", "Dorp",
          "Laurel", "Orchard", "Chestnut", "Rose", "Harbour"]
ST_KIND = ["Street", "Road", "Avenue", "Close", "Drive", "Lane", "Crescent", "Terrace", "Place", "Grove"]
ST_ABBR = ["St", "Rd", "Ave", "Dr", "Ln", "Blvd"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_ABBR = ["Mon", "Tues", "Wed", "Thurs", "Fri", "Sat", "Sun"]
ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
             "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

FREEMAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "bigpond.com", "xtra.co.nz",
            "eircom.net", "webmail.co.za", "rediffmail.com", "singnet.com.sg", "hotmail.co.uk", "sympatico.ca",
            "optusnet.com.au", "btinternet.com", "yahoo.co.in"]
ORG_DOMAIN = ["kingsbridge-research.org", "harbourviewclinic.com.au", "millbrookfp.co.nz", "larkhill.ac.uk",
              "riverbendhealth.org", "ashgrovemc.ie", "stonebridgepsych.ca", "jacarandaclinic.co.za",
              "fernhillhospital.in", "tidewatertrial.org"]


def _suffix(d: int) -> str:
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def _num_words(n: int) -> str:
    tens = {9: "ninety", 10: "one hundred"}
    if n < 100:
        t, u = divmod(n, 10)
        return tens[t] + ("" if u == 0 else "-" + UNITS[u])
    rest = n - 100
    if rest == 0:
        return "a hundred"
    if rest < 10:
        return "a hundred and " + UNITS[rest]
    return "a hundred and ten"


def _spoken_digits(s: str) -> str:
    return " ".join(DIGIT_WORDS[int(c)] for c in s if c.isdigit())


def _person(r: random.Random) -> str:
    g, f = r.choice(GIVEN), r.choice(FAMILY)
    k = r.random()
    if k < 0.34:
        return g
    if k < 0.56:
        return f"{g} {f}"
    if k < 0.64:
        return f
    if k < 0.71:
        return f"{g[0]}. {f}"
    if k < 0.75:
        return f"{f}, {g}"
    if k < 0.78:
        return f"{f.upper()}, {g}"
    if k < 0.82:
        return f"{g} {r.choice(MIDDLE)}. {f}"
    if k < 0.85:
        return g.lower()
    if k < 0.88:
        return f"{r.choice(['Pieter', 'Annelie', 'Johan', 'Marlene', 'Riaan'])} {r.choice(AFRIKAANS)}"
    if k < 0.91:
        return f"{r.choice(SG_SURNAME)} {r.choice(SG_GIVEN)}"
    if k < 0.94:
        return r.choice(SHORT)
    if k < 0.97:
        return f"{g} {f}-{r.choice(FAMILY).replace(chr(39), '')}"
    return f"{g[0]}{r.choice(MIDDLE)} {f}"


def _location(r: random.Random) -> str:
    k = r.random()
    if k < 0.5:
        return r.choice(TOWNS)
    if k < 0.9:
        return f"{r.choice(UNIT_ADJ)} {r.choice(UNIT_KIND)}"
    if k < 0.95:
        return r.choice(TOWNS).lower()
    return f"St {r.choice(['Brigid', 'Aidan', 'Columba', 'Jude', 'Oswin'])}'s {r.choice(['Hospital', 'Clinic'])}"


def _address(r: random.Random) -> str:
    n = r.randint
    st = r.choice(STREET)
    kind = r.choice(ST_KIND)
    k = r.randrange(12)
    if k == 0:
        return (f"{n(100, 9899)} {r.choice(['N ', 'S ', 'E ', 'W ', ''])}{st} {r.choice(ST_ABBR)}"
                f"{r.choice(['', ', Suite ' + str(n(100, 450)), ', Apt ' + str(n(1, 30)) + r.choice('ABC')])}"
                f"{r.choice(['', ', ' + r.choice(['Sacramento, CA', 'Madison, WI', 'Baltimore, MD', 'New Haven, CT']) + ' ' + str(n(10000, 99999))])}")
    if k == 1:
        pc = f"{r.choice(['LS', 'SK', 'CR', 'SN', 'DN', 'HD'])}{n(1, 19)} {n(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        return r.choice([f"{n(1, 180)} {st} {kind}, {r.choice(['Stockport', 'Croydon', 'Swindon', 'Doncaster'])} {pc}",
                         f"Flat {n(1, 12)}, {n(2, 90)} {st} {kind}", f"{n(1, 180)} {st} {kind}, {pc}"])
    if k == 2:
        eir = f"{r.choice(['D03', 'D09', 'D6W', 'H91', 'A92', 'V94', 'F91'])} {r.choice('ACDEFHKNPRTVWXY')}{n(1, 9)}{r.choice('ACDEFHKNPRTVWXY')}{n(1, 9)}"
        return r.choice([f"{n(1, 120)} {st} {kind}, {r.choice(['Clontarf', 'Drumcondra', 'Rathmines'])}, Dublin {n(3, 9)}",
                         f"{n(1, 60)} {st} {kind}, {r.choice(['Galway', 'Drogheda', 'Limerick', 'Sligo'])} {eir}",
                         f"Apt {n(1, 40)}, {st} Court, {eir}"])
    if k == 3:
        sp = r.choice([("VIC", 3000), ("NSW", 2000), ("WA", 6000), ("QLD", 4000)])
        return r.choice([f"Level {n(1, 9)}, {n(2, 300)} {st} {kind}, {r.choice(['South Melbourne', 'Parramatta', 'Fremantle', 'Geelong'])} {sp[0]} {sp[1] + n(0, 999)}",
                         f"{n(1, 12)}/{n(2, 140)} {st} {kind}, {r.choice(['Bendigo', 'Toowoomba', 'Wollongong'])} {sp[0]} {sp[1] + n(0, 999)}",
                         f"Unit {n(1, 20)}, {n(2, 140)} {st} {r.choice(['St', 'Rd', 'Pde', 'Hwy'])}"])
    if k == 4:
        return r.choice([f"{n(1, 300)}{r.choice(['', 'A', 'B'])} {st} {kind}, {r.choice(['Grey Lynn', 'Ponsonby', 'Mt Eden', 'Karori'])}, {r.choice(['Auckland', 'Wellington'])} {n(1010, 6037)}",
                         f"{n(1, 300)} {st} {kind}, {r.choice(['Tauranga', 'Nelson', 'Whanganui'])} {n(3110, 7020)}"])
    if k == 5:
        pc = f"{r.choice('KLMNTV')}{n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')} {n(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{n(1, 9)}"
        return r.choice([f"{n(10, 2999)} {st} {r.choice(['Avenue', 'Street', 'Road', 'Crescent'])}, {r.choice(['Guelph', 'Burlington', 'Toronto'])}, ON {pc}",
                         f"{n(101, 1899)}-{n(100, 2999)} {st} {r.choice(['St', 'Ave', 'Rd'])}, {r.choice(['Kamloops', 'Vancouver'])}, BC {pc}"])
    if k == 6:
        return r.choice([f"{n(1, 90)} {st} {kind}, {r.choice(['Stellenbosch', 'Durban North', 'Pietermaritzburg', 'Bloemfontein'])}, {n(1000, 9999)}",
                         f"{n(1, 90)} {st} {kind}, {r.choice(['Rondebosch', 'Bryanston', 'Morningside'])}"])
    if k == 7:
        c = n(1, 12)
        return r.choice([f"No. {n(2, 140)}, {c}{_suffix(c)} Cross, {r.choice(['Indiranagar', 'Jayanagar', 'Koramangala'])}, Bengaluru {560000 + n(1, 99):d}",
                         f"Flat {n(1, 9)}{r.choice('ABCD')}, {r.choice(['Lakshmi', 'Sai Krupa', 'Green Park'])} Apartments, {st} Road, {r.choice(['Kochi', 'Pune', 'Coimbatore'])} {n(400001, 682999)}"])
    if k == 8:
        b = n(100, 999)
        return f"Blk {b} {r.choice(['Tampines', 'Ang Mo Kio', 'Jurong West', 'Toa Payoh'])} {r.choice(['Ave', 'St'])} {n(1, 9)}, #{n(2, 15):02d}-{n(10, 450)}, Singapore {n(310000, 640999)}"
    if k == 9:
        return f"{n(2, 180)} {st} {kind}"
    if k == 10:
        return f"{n(2, 180)} {st} {kind.lower() if r.random() < 0.3 else kind}, {r.choice(TOWNS[:30])}"
    return f"PO Box {n(20, 9999)}"


def _date(r: random.Random) -> str:
    n = r.randint
    d, mi = n(1, 28), n(0, 11)
    m = MONTHS[mi]
    y = n(2023, 2026)
    dob_y = n(1931, 2004)
    k = r.randrange(20)
    if k == 0:
        return f"{mi + 1:02d}/{d:02d}/{dob_y}"
    if k == 1:
        return f"{d}/{mi + 1}/{dob_y % 100:02d}"
    if k == 2:
        return f"{d} {m}"
    if k == 3:
        return f"{d} {m} {y}"
    if k == 4:
        return f"{m} {d}{_suffix(d)}"
    if k == 5:
        return f"{d}{_suffix(d)} {m}"
    if k == 6:
        return f"{d:02d}-{m[:3]}-{y}"
    if k == 7:
        return f"{y}-{mi + 1:02d}-{d:02d}"
    if k == 8:
        return f"{r.choice(WD_ABBR)} {d} {m}"
    if k == 9:
        return f"the {d}{_suffix(d)} of {m}"
    if k == 10:
        return f"{d}/{mi + 1}"
    if k == 11:
        return f"{m[:3]} {d}, {y}"
    if k == 12:
        return f"{d:02d}.{mi + 1:02d}.{y % 100:02d}"
    if k == 13:
        return f"the {d}{_suffix(d)}"
    if k == 14:
        return f"the {ORD_WORDS[d - 1]} of {m}"
    if k == 15:
        return f"{m} {y}"
    if k == 16:
        return f"{r.choice(WEEKDAYS)} {d}{_suffix(d)} {m}"
    if k == 17:
        return f"{d:02d}/{mi + 1:02d}/{dob_y}"
    if k == 18:
        return f"{m} {d}, {dob_y}"
    return f"{m.lower()} {ORD_WORDS[d - 1]}"


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    k = r.random()
    if k < 0.5:
        return str(a)
    if k < 0.75:
        return _num_words(a)
    if k < 0.85:
        return _num_words(a).capitalize()
    return _num_words(a).replace("-", " ")


def _phone(r: random.Random) -> str:
    n = r.randint
    k = r.randrange(16)
    ext = r.choice(["", "", "", f" ext. {n(100, 4999)}", f" x{n(100, 4999)}", f" ext {n(10, 999)}"])
    if k in (0, 1):
        a, b, c = n(201, 989), n(201, 989), n(0, 9999)
        return r.choice([f"({a}) {b}-{c:04d}", f"{a}-{b}-{c:04d}", f"{a}.{b}.{c:04d}", f"+1 {a} {b} {c:04d}",
                         f"1-{a}-{b}-{c:04d}"]) + ext
    if k == 2:
        a = r.choice([416, 647, 519, 905, 250, 403, 902])
        return f"({a}) {n(201, 989)}-{n(0, 9999):04d}" + ext
    if k == 3:
        return r.choice([f"07{n(100, 999)} {n(100000, 999999)}", f"07{n(100, 999)} {n(100, 999)} {n(100, 999)}",
                         f"+44 7{n(100, 999)} {n(100000, 999999)}"])
    if k == 4:
        return r.choice([f"0113 {n(200, 499)} {n(1000, 9999)}", f"0161 {n(200, 999)} {n(1000, 9999)}",
                         f"020 {n(7000, 8999)} {n(1000, 9999)}", f"01793 {n(100000, 999999)}"]) + r.choice(["", "", f" ext. {n(1000, 9999)}"])
    if k == 5:
        return r.choice([f"08{r.choice('35679')} {n(100, 999)} {n(1000, 9999)}", f"(01) {n(200, 999)} {n(1000, 9999)}",
                         f"+353 8{r.choice('35679')} {n(100, 999)} {n(1000, 9999)}", f"091 {n(100, 999)} {n(100, 999)}"])
    if k in (6, 7):
        return r.choice([f"04{n(10, 99)} {n(100, 999)} {n(100, 999)}", f"({r.choice(['02', '03', '07', '08'])}) {n(8000, 9999)} {n(1000, 9999)}",
                         f"+61 4{n(10, 99)} {n(100, 999)} {n(100, 999)}", f"04{n(10, 99)}{n(100000, 999999)}"])
    if k == 8:
        return r.choice([f"02{r.choice('17')} {n(100, 999)} {n(1000, 9999)}", f"(09) {n(200, 999)} {n(1000, 9999)}",
                         f"+64 2{r.choice('17')} {n(100, 999)} {n(1000, 9999)}"])
    if k == 9:
        return r.choice([f"08{r.choice('234')} {n(100, 999)} {n(1000, 9999)}", f"+27 {n(11, 87)} {n(100, 999)} {n(1000, 9999)}",
                         f"0{n(11, 51)} {n(100, 999)} {n(1000, 9999)}"])
    if k == 10:
        return r.choice([f"+91 9{n(1000, 9999)} {n(10000, 99999)}", f"09{n(1000, 9999)} {n(10000, 99999)}",
                         f"+91-{n(70000, 99999)}-{n(10000, 99999)}"])
    if k == 11:
        return r.choice([f"+65 {r.choice('89')}{n(100, 999)} {n(1000, 9999)}", f"{r.choice('89')}{n(100, 999)} {n(1000, 9999)}",
                         f"6{n(100, 999)} {n(1000, 9999)}"])
    if k == 12:
        digits = f"04{n(10, 99)}{n(100000, 999999)}"
        return f"{_spoken_digits(digits[:4])}, {_spoken_digits(digits[4:7])}, {_spoken_digits(digits[7:])}"
    if k == 13:
        a, b, c = n(201, 989), n(201, 989), n(0, 9999)
        return f"{_spoken_digits(str(a))}, {_spoken_digits(str(b))}, {_spoken_digits(f'{c:04d}')}"
    if k == 14:
        return f"{n(201, 989)}-{n(0, 9999):04d}" + r.choice(["", f" ext. {n(100, 999)}"])
    return f"({n(201, 989)}) {n(201, 989)}-{n(0, 9999):04d} ext. {n(10, 4999)}"


def _email(r: random.Random) -> str:
    g, f = r.choice(GIVEN).lower(), r.choice(FAMILY).lower().replace("'", "")
    k = r.random()
    if k < 0.45:
        local = r.choice([f"{g}.{f}", f"{g}{f}{r.randint(1, 99)}", f"{g[0]}{f}", f"{g}_{f}", f"{f}.{g[0]}",
                          f"{g}.{f}{r.randint(70, 99)}"])
        return f"{local}@{r.choice(FREEMAIL)}"
    if k < 0.75:
        local = r.choice([f"{g}.{f}", f"{g[0]}.{f}", f"{f}{g[0]}"])
        return f"{local}@{r.choice(ORG_DOMAIN)}"
    if k < 0.85:
        box = r.choice(["psilostudy", "trial.coordinator", "referrals", "integration", "research.team", "mdma.study"])
        return f"{box}@{r.choice(ORG_DOMAIN)}"
    if k < 0.93:
        return f"{g}.{f}@{r.choice(FREEMAIL)}".upper()
    dom = r.choice(["gmail", "outlook", "bigpond", "hotmail"])
    return f"{g} dot {f} at {dom} dot com"


def _url(r: random.Random) -> str:
    n = r.randint
    g, f = r.choice(GIVEN).lower(), r.choice(FAMILY).lower().replace("'", "")
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    tok = "".join(r.choice(alnum) for _ in range(10))
    org = r.choice(ORG_DOMAIN)
    k = r.randrange(14)
    if k == 0:
        return f"https://redcap.{org}/surveys/?s={tok}"
    if k == 1:
        return f"https://{org.split('.')[0]}.qualtrics.com/jfe/form/SV_{tok.lower()}"
    if k == 2:
        return f"https://us06web.zoom.us/j/{n(81000000000, 89999999999)}?pwd={tok}"
    if k == 3:
        return f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok}%40thread.v2/0"
    if k == 4:
        return f"calendly.com/{g}-{f}/integration-call"
    if k == 5:
        return f"https://www.psychologytoday.com/{r.choice(['au', 'gb', 'ca', 'us'])}/counselling/{g}-{f}-{r.choice(['geelong', 'stockport', 'guelph', 'galway'])}-{r.choice(['vic', 'eng', 'on', 'g'])}/{n(100000, 999999)}"
    if k == 6:
        return f"linkedin.com/in/{g}-{f}-{n(10, 99)}a{n(100, 999)}"
    if k == 7:
        return f"instagram.com/{g}.{f}{r.choice(['', '_', str(n(1, 99))])}"
    if k == 8:
        return f"https://{g}{f}.substack.com"
    if k == 9:
        return f"www.{org}/team/{g}-{f}"
    if k == 10:
        return f"https://www.{org}/book?ref={tok}"
    if k == 11:
        return f"{g}{f}.wordpress.com/{n(2023, 2026)}/{n(1, 12):02d}/my-trip-report"
    if k == 12:
        return f"https://forms.office.com/r/{tok}"
    return f"bit.ly/{g}{f[:3]}{n(10, 99)}"


def _ssn(r: random.Random) -> str:
    n = r.randint
    a, b, c = n(100, 899), n(10, 99), n(1000, 9999)
    k = r.randrange(20)
    if k < 4:
        return f"{a}-{b}-{c}"
    if k == 4:
        return f"{a} {b} {c}"
    if k == 5:
        return f"{a}{b}{c}"
    if k == 6:
        return f"{_spoken_digits(str(a))}, {_spoken_digits(str(b))}, {_spoken_digits(str(c))}"
    if k == 7:
        return str(c)
    if k == 8:
        return r.choice([f"{n(100, 999)} {n(100, 999)} {n(100, 999)}", f"{n(100, 999)}-{n(100, 999)}-{n(100, 999)}"])
    if k in (9, 10):
        p = r.choice(["AB", "JT", "NP", "SK", "WL", "CE", "RH"])
        s = r.choice("ABCD")
        return r.choice([f"{p} {n(10, 99)} {n(10, 99)} {n(10, 99)} {s}", f"{p}{n(100000, 999999)}{s}"])
    if k == 11:
        return f"{n(1000000, 9999999)}{r.choice(['T', 'W', 'F', 'K'])}{r.choice(['', 'A', 'H'])}"
    if k == 12:
        return f"{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    if k == 13:
        return r.choice([f"{n(10, 140)}-{n(100, 999)}-{n(100, 999)}", f"{n(10, 140)}{n(100, 999)}{n(100, 999)}"])
    if k == 14:
        yy, mm, dd = n(30, 99), n(1, 12), n(1, 28)
        return f"{yy:02d}{mm:02d}{dd:02d}{n(0, 9999):04d}{r.choice('01')}8{n(0, 9)}"
    if k == 15:
        return f"{n(2000, 9999)} {n(1000, 9999)} {n(1000, 9999)}"
    if k == 16:
        return f"{r.choice('STFG')}{n(1000000, 9999999)}{r.choice('ABCDEFGHIJZ')}"
    if k == 17:
        return f"{a}-{b}-{c}"
    if k == 18:
        return f"{a} - {b} - {c}"
    return f"{a}-{b}-{c}"


def _id(r: random.Random) -> str:
    n = r.randint
    k = r.randrange(18)
    if k < 3:
        return f"{n(0, 9999999):08d}"
    if k == 3:
        return f"{n(400, 999)} {n(100, 999)} {n(1000, 9999)}"
    if k == 4:
        return f"{n(400, 999)}{n(100, 999)}{n(1000, 9999)}"
    if k == 5:
        return f"{n(2000, 6999)} {n(10000, 99999)} {n(1, 9)}"
    if k == 6:
        return f"UR{n(100000, 9999999)}" if r.random() < 0.5 else str(n(100000, 9999999))
    if k == 7:
        return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + str(n(1000, 9999))
    if k == 8:
        return f"9{n(100, 999)} {n(100, 999)} {n(100, 999)}"
    if k == 9:
        return f"{r.choice(['XZH', 'MBR', 'QWA', 'JHP'])}{n(100000000, 999999999)}"
    if k == 10:
        return f"{n(2023, 2026)}-{n(1000, 99999):06d}" if r.random() < 0.5 else f"UHID{n(10000000, 99999999)}"
    if k == 11:
        return f"{r.choice(['SCR', 'RND', 'KB', 'HV'])}-{n(100, 999)}-{n(1, 999):03d}"
    if k == 12:
        return f"{r.choice(['AE', 'SAE', 'IR'])}-{n(2024, 2026)}-{n(1, 999):04d}"
    if k == 13:
        return f"{r.choice(['PSY', 'MED', 'NMW'])}000{n(1000000, 9999999)}"
    if k == 14:
        return f"W{n(100000, 999999)}"
    if k == 15:
        return f"CLM-{n(10000000, 99999999)}"
    if k == 16:
        return _spoken_digits(f"{n(0, 9999999):08d}")
    return f"{n(100, 999)}-{n(100, 999)}-{n(100, 999)}"


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "I: And who was with you in the room? R: It was {} and the co-therapist, I think, yeah.",
        "R: {} held my hand for most of the second hour [pause] which I didn't expect to need.",
        "Interviewer: You mentioned {} earlier, your partner? Participant 4: Yeah, my partner, she drove me home.",
        "Participant 2: I'd worked with {} for about three years before the trial even started.",
        "Hi Dr {}, thanks for seeing this gentleman at short notice.",
        "Dear Dr {}, Re: your patient, who completed the psilocybin study on the 25 mg arm.",
        "Present: {} (chair), trial psychiatrist, two therapists, research nurse.",
        "Action: {} to phone the participant before the week 6 visit.",
        "Discussed: {} to complete the C-SSRS before MDMA 120 mg is given; escitalopram 10 mg stopped.",
        "Supervision note: discussed my countertransference with {}'s grief, not resolved yet.",
        "Reported by: {}, RN, research nurse on shift.",
        "Name of participant: {}",
        "Participant signature obtained; witnessed by Ms. {}.",
        "R: my mum and {} both said I looked lighter afterwards, like, physically lighter.",
        "Facilitator: Let's go round. {}, do you want to start? [laughs]",
        "Therapist 3: Honestly {} was the one who noticed the blood pressure first, 142/91.",
        "I: Did you tell anyone about the visions? R: Only {}, my brother, he's a good listener.",
        "Referral from A/Prof {} for assessment of eligibility, MADRS 31 at screening.",
        "Log: PDF of consent sent to {} for countersignature.",
        "Yours sincerely, Dr {}, MRCPsych, Consultant Psychiatrist",
        "R: I kept saying {}'s name over and over [pause] I don't know why, we haven't spoken in years.",
        "Participant 1: And {} said, you know, this is your session, not mine, which stayed with me.",
        "Outcome: resolved without sequelae; participant's husband, Mr {}, was informed.",
        "Thanks {}, I'll forward the QIDS-SR16 scores once they're in.",
        "R: [laughs] {} still teases me about crying at the music.",
        "CC: {}, general practitioner",
        "Discussed: {} raised concern about the participant driving after the ketamine session.",
        "R: the guide, {}, she sat by the window the whole six hours and just, just was there.",
        "Next of kin: {} (daughter)",
    ],
    "LOCATION": [
        "R: I'd driven up from {} that morning so I was already exhausted.",
        "I: Where did you grow up? R: {}, mostly, then we moved when I was about 12, no, sorry, 14.",
        "Referred by the community team at {} after two failed antidepressant trials.",
        "Participant 3: We were running it out of {} at the time, in the old outpatient wing.",
        "Please send the discharge letter to {} as well.",
        "Event: participant presented to the emergency department at {} with chest tightness.",
        "R: my sister lives in {} so I stayed with her the night after the dosing.",
        "R: I was born in Ireland but we came out to Australia and I grew up in {}.",
        "Site: {}",
        "Minutes: the next case conference will be held at {} in the usual room.",
        "I: And the integration sessions were where? R: At {}, the little room with the plants.",
        "R: I was working in {} then, long shifts, that's where it all started really.",
        "GP practice: {}",
        "Participant 5: A lot of my clients come in from {} and it's an hour each way for them.",
        "He was transferred to {} for overnight observation as a precaution.",
        "R: we scattered her ashes near {}, and I saw that beach again in the session.",
        "I trained at {} before I joined the trial team.",
        "Eligibility: lives within travel distance of {} - Y",
        "R: [pause] {} - that's where he's buried. I went there after the second session.",
        "Thanks for the referral; we can see her at {} rather than the main site.",
        "Interviewer: So you moved to {} after the trial? Participant 4: Yeah, fresh start.",
        "Participant 2: When I was at {} we didn't even have a dosing room, just an office with a couch.",
        "R: my dad's people are from {}, I've never really known that side.",
        "Incident location: {}, dosing suite 2.",
        "I'm a registrar at {} and would be grateful for your opinion.",
        "R: I drove past {} on the way home and had to pull over, I was just sobbing.",
        "Follow-up arranged at {} in eight weeks.",
        "Facilitator: and what's the service like in {}? Therapist 1: Stretched, honestly.",
    ],
    "ADDRESS": [
        "Address: {}",
        "R: we'd just moved into {} so everything was still in boxes.",
        "Participant address on file: {} (confirmed at V1 screening).",
        "Please post the travel reimbursement cheque to {}.",
        "The clinic has moved to {}, just behind the pharmacy.",
        "Home address: {}",
        "I: And where was the preparation session? R: At the clinic, {}, upstairs.",
        "Correspondence address for the participant: {}",
        "Event: taxi dropped participant at {} instead of the clinic; no harm.",
        "R: my mum's place, {}, that's where I went afterwards to sleep it off.",
        "Letter returned undelivered from {}; coordinator to check with the participant.",
        "Please note our new practice address: {}.",
        "Log: welcome pack posted to {}.",
        "R: we were living at {} when my husband got sick.",
        "Supervision: home visit planned to {} with a second clinician.",
        "Interviewer: That was the flat at {}? Participant 4: Yeah, the damp one.",
        "Send the signed consent to {} marked Private and Confidential.",
        "R: I could see the house on {} in my head, every room, the kitchen especially.",
        "Participant 2: We held the focus groups at {} because the main building was being renovated.",
        "Courier to collect the blood samples from {} by noon.",
        "Residential address (for the taxi booking): {}",
        "R: [laughs] I used to walk past {} every day and never knew it was a clinic.",
        "The patient now lives at {} with her son.",
        "Discussed: wellness check requested at {} after the missed call.",
        "Postal address: {}",
        "I: Was that near home? R: Yeah, home's {}, it's ten minutes.",
    ],
    "DATE": [
        "DOB {}",
        "Date of birth: {}",
        "R: it was {}, I remember because it was right after my daughter's graduation.",
        "Seen on {} for the preparation session; MEQ-30 completed.",
        "V3 dosing: {}, psilocybin 25 mg given at 9:30.",
        "Log: {} - no-show for week 6 visit, left a voicemail.",
        "I: When was the dosing day? R: {}, a Thursday I think.",
        "Event onset: {}; nausea and vomiting, ondansetron 4 mg given.",
        "R: I'd been depressed since 2019 and then on {} it just, it lifted.",
        "Date of consent: {}",
        "Thank you for seeing her on {}.",
        "R: my dad died {} and the trial started a few months later.",
        "Minutes of the case conference held {}.",
        "Participant 3: The first session I ran as lead therapist was {}, and I was terrified.",
        "Next review: {}",
        "Supervision on {}: discussed boundaries after the dosing session.",
        "R: I stopped the sertraline 100 mg on {}, the two-week washout.",
        "Report date: {}; severity: moderate; outcome: resolved.",
        "Appointment confirmed for {} at 14:00.",
        "I: So {} was the last time you drank? R: Yep, not a drop since.",
        "The participant was discharged from the study on {}.",
        "R: it was {}, I know that because it's my mum's birthday.",
        "Screening visit completed {}, inclusion criteria met: Y.",
        "Date of last menstrual period: {}",
        "We can offer {} or the following week for the follow-up.",
        "Date of incident: {}",
        "R: [pause] {}. That's the day it all came back.",
        "Letter dictated {}, typed the following day.",
    ],
    "AGE": [
        "R: my nan's {} and she still asks about the study every time I see her.",
        "Next of kin: grandmother, aged {}.",
        "I: How old was he? R: {}. He'd had a good long life, you know.",
        "Age: {}",
        "Participant 4: My oldest client in private practice is {} years old and sharper than me.",
        "R: she was {} when she passed, in the home, peacefully.",
        "Collateral from the participant's father, who is {} and lives alone.",
        "R: my grandad turned {} the week before the dosing.",
        "He is {} years of age and was not eligible for the trial.",
        "Discussed: caring for her mother, {}, is the main stressor right now.",
        "R: we had a party for him, he'd just turned {}, and it was the first time I didn't need a drink to get through it.",
        "Participant 2: I had one lady, she was {}, who asked me if she could try the psilocybin.",
        "Referral for an older woman, aged {}, with late-life depression, not for the trial.",
        "R: [laughs] my great-aunt, she's {}, she said she tried it in the sixties.",
        "I: Your grandmother was how old then? R: Um, {}, I think. Maybe.",
        "Household: participant lives with her aunt ({}).",
        "R: he made it to {} years old, which nobody expected.",
        "Case conference: elderly carer, {} yo, not coping with the participant's sleep changes.",
        "R: my mum's mum, she's {} now, she's the reason I signed up, really.",
        "Patient's mother is {} and has dementia; he flies back to Ontario to care for her.",
        "Therapist 1: When someone's {}, the conversation about death is just different.",
        "R: she'd have been {} this year.",
        "Emergency contact is her father, age {}, who is hard of hearing.",
        "R: Grandpa's {}, so the whole family was there for the birthday lunch.",
        "Collateral: uncle, {}, described the participant as withdrawn since childhood.",
        "I: And your neighbour? R: Oh, {}, and still mows his own lawn.",
    ],
    "PHONE": [
        "Mobile: {}",
        "R: they gave me a number, {}, in case anything came up overnight.",
        "Please call me on {} if you have any questions about the referral.",
        "Log: {} - called twice, no answer, text sent.",
        "Contact number: {}",
        "Next of kin phone: {}",
        "I can be reached directly on {} between clinics.",
        "The on-call research doctor can be contacted on {}.",
        "R: my husband's number is {}, he'll pick up quicker than me.",
        "Participant updated phone to {} at the week 6 visit.",
        "Tel: {}",
        "Event: participant did not answer {} at the 24-hour check; reached on second attempt.",
        "Best wishes, Research Fellow, direct line {}",
        "R: I just kept ringing {} and nobody picked up, it was really scary.",
        "The participant's sister asked to be called back on {}.",
        "Eligibility call: left a message on {}.",
        "Daytime phone: {}",
        "Interviewer: is {} still the best number for you? Participant 4: Yeah, that's the one.",
        "Please text reminders to {}, not the landline.",
        "Action: coordinator to ring {} to rebook the integration session.",
        "R: I wrote {} on my hand before I went in [laughs], just in case.",
        "Ph: {}",
        "Alternative contact (partner): {}",
        "R: the number on the card, {}, it just went to voicemail.",
        "GP surgery confirmed the new mobile is {}.",
        "Phone (home): {}",
    ],
    "EMAIL": [
        "Email: {}",
        "R: I emailed {} the morning after because I couldn't sleep.",
        "Please reply to {} rather than my personal account.",
        "Log: reminder emailed to {}.",
        "From: {}",
        "To: {}; Subject: referral for the ketamine study",
        "Participant prefers contact by email: {}",
        "You can send the transcript to {} for member checking.",
        "R: my email's {}, but I don't check it much.",
        "Cc: {}",
        "The integration worksheet was returned from {} on the same day.",
        "For queries about this letter please contact {}.",
        "Action: send the GAD-7 and PCL-5 link to {}.",
        "R: I think the address was {}, something like that.",
        "Participant 3: Our team inbox is {} and it gets absolutely hammered.",
        "Email (participant): {}",
        "Forwarded from {} with the participant's permission.",
        "R: can you send the summary to {}? My old one got hacked.",
        "Please copy {} into any correspondence about dose changes.",
        "Interviewer: and {} is still right? Participant 4: Yes.",
        "Contact for the trial team: {}",
        "Reported by email from {}, received after hours.",
        "Reply-To: {}",
        "Supervision: client emailed me from {} after hours; agreed to discuss boundaries.",
        "R: I just typed {} into the form and hoped for the best.",
        "Sent to {} with read receipt.",
    ],
    "URL": [
        "Please complete the follow-up questionnaire here: {}",
        "R: they sent me {} and I did it on my phone on the train.",
        "Link to the session: {}",
        "Log: survey link {} sent, not yet completed.",
        "Our referral form is available at {}.",
        "Join the focus group online: {}",
        "R: I wrote about it on my blog, {}, which maybe I shouldn't have.",
        "Participant 2: I list myself on {} but I don't take trial referrals through it.",
        "Booking: {}",
        "The participant shared {} during the integration session.",
        "Action: check whether {} has been taken down.",
        "R: I found the trial through {}, just scrolling one night.",
        "More information about our service: {}",
        "Meeting link for the case conference: {}",
        "R: my partner made a page, {}, about what happened.",
        "Interviewer: I'll drop {} in the chat for the consent form.",
        "Supervision: client follows me at {}; discussed whether to block.",
        "Please use {} to rebook.",
        "Participant 3: there's a profile of me on {} which clients keep finding.",
        "URL: {}",
        "R: the playlist's on {} if you want it [laughs].",
        "Eligibility questionnaire completed via {}.",
        "Reported: participant posted about the dosing day at {}.",
        "You can read more at {}.",
        "R: the link, {}, it didn't work on my laptop.",
        "Teams: {}",
    ],
    "SSN": [
        "SSN: {}",
        "R: they asked for my social, {}, for the payment, and I wasn't sure about giving it.",
        "Social security number: {}",
        "Last four of SSN: {}",
        "National Insurance number: {}",
        "PPS number: {}",
        "Tax file number (for reimbursement): {}",
        "SIN: {}",
        "IRD number: {}",
        "ID number: {}",
        "Aadhaar: {}",
        "NRIC: {}",
        "Log: participant gave {} for the payment form; stored in the locked file.",
        "R: my social's {}, do you need that for the gift card?",
        "Participant's social security number, {}, was written on the travel claim in error.",
        "For payments over the threshold we need the SSN: {}.",
        "Incident: a form showing the participant's SSN ({}) was left in the dosing room.",
        "Payee national identifier: {}",
        "R: it's, um, {}, I always have to think about it.",
        "Social insurance number on file: {}",
        "National ID/SSN: {}",
        "R: I moved from California in 2024 so my social, {}, is still on everything.",
        "The payment office has the social, {}, on file already.",
        "R: [laughs] I know my social by heart, it's {}.",
        "Reimbursement form, box 4 (SSN or national number): {}",
        "Action: redact {} from the scanned consent before upload.",
    ],
    "ID": [
        "MRN {}",
        "Medical record number: {}",
        "NHS number: {}",
        "Medicare no.: {}",
        "Hospital UR: {}",
        "NHI: {}",
        "PHN: {}",
        "Member ID: {}",
        "UHID: {}",
        "Screening number: {}",
        "Randomisation number: {}",
        "Adverse event report number {}, sent to the sponsor within 24 hours.",
        "Incident reference: {}",
        "Registration number: {}",
        "Claim number: {}",
        "R: the number on my wristband was {}, I kept it.",
        "Log: participant {} - V3 rescheduled.",
        "Please quote hospital number {} on all correspondence; current meds lorazepam 1 mg nocte, propranolol 40 mg.",
        "R: my Medicare number is {}, do you need the card too?",
        "Therapist 2: I had to give my registration number, {}, for the trial's delegation log.",
        "Re: MRN {} - follow-up after the dosing session.",
        "Patient ID: {}",
        "Insurance policy number {} covers the after-hours visit.",
        "R: it's, um, {}, on the letter they sent.",
        "Case number {} was closed after the review.",
        "Chart no. {}",
    ],
}
