"""A twenty-second SYNTHETIC transcript set for benchmarks/deid.py: the twentieth held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented for
this file (real UK and Irish cities, towns, districts, estates' areas, counties and council areas
are used as places only, never with a person; every surgery, health centre, primary care centre,
team, ward, unit, prison, university, school, church, site and workplace name is made up).
Written on 2026-12-07 by an engineer who had NOT seen the de-identifier's rules, its docs page,
its tests or the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged
in and scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout19.py their docstrings,
plus the ``value`` signature and the ``TEMPLATES`` shape of deid_heldout19.py, for the format),
in one go, before any run; no rule and no line of this file was changed after its first run.  It
was first run on the tenth round's rules (main at commit b704ec5) and measures how the rules do
on transcripts they were not written for; it stays blind until a later round makes it a
development set.

Style: everyday UK and Irish clinical talk and writing, which is what most real British and
Irish data looks like, from settings the earlier docstrings do not name as theirs -- step-2
guided self-help calls with a psychological wellbeing practitioner in NHS Talking Therapies
(the workbook, behavioural activation, the WSAS, "opt in"), a community mental health team
care-coordinator home visit (the depot, the CPA review, the duty line, the crisis team), a
GP's referral letter and a trust's discharge letter with NHS headers (``Dear Dr``, ``Re:``,
``cc:``), a London university's invented psilocybin-for-anorexia and psilocybin-for-OCD
trials (screening, the dosing day, the EDE-Q and Y-BOCS), a UK university counselling service
and a students' union welfare chat (mitigating circumstances, the flat, halls), a prison
in-reach team on a wing (the cell, the healthcare hatch, ACCT reviews), Irish HSE primary care
psychology (the medical card, the waiting list, "grand", "sure look"), a Welsh-English valleys
GP practice ("now in a minute", "tidy", "mun", "butt"), Scouse ("our kid", "me ma", "boss"),
Brummie ("bab", "tara-a-bit") and Black British London / Multicultural London English
("innit", "bare", "wagwan", "man's", "fam") speech, Irish and English Traveller families (the
site, the trailer, "my mammy", settled people), and Polish and Romanian agricultural and
packhouse workers in Lincolnshire (the agency, the fields, the minibus, "no tak", "da");
written and machine forms: SMS appointment reminders (``Reply YES to confirm``), an online
booking confirmation e-mail, a patient-portal (NHS App style) message, a voicemail transcribed
by a phone, a safeguarding referral form (MASH, ``Concern:``), a care plan (``Goal:``,
``Review by:``), a Word letter pasted as plain text with double spaces, and speech-to-text as
it comes out (no capitals, homophones, numbers as words).
Identifier forms, chosen to differ from the earlier sets' lists where possible, but mostly
ordinary: first names alone (the most common form), full names, surnames after a title with the
title (``Dr``, ``Mrs``, ``Nurse``) outside the span, possessives with ``'s`` outside the span,
``our`` + name (Scouse, kin word outside), Irish names with and without the fada (``Róisín`` /
``Roisin``, ``Ó Ceallaigh``), Welsh, Scouse, Brummie, MLE, Ghanaian and Nigerian British,
Punjabi and Pakistani British, Irish Traveller, Polish and Romanian names with and without
diacritics (``Małgorzata``, ``Ionuț``), diminutives (``Gosia``, ``Wojtek``, ``Nelu``), Scouse
and MLE nicknames (``Macca``, ``Sully``, ``Kwabs``), word-names not listed before (Poppy,
Saffron, Tansy, Ocean, Marley, Frankie), double-barrelled surnames, ``SURNAME, First`` from
letters, an initial and surname, lower-case speech-to-text names.  Places: Merseyside,
Birmingham, south and east London, Lincolnshire, south Wales valleys and Irish towns, districts
and estates' areas, counties (``Co. Offaly``), council areas (``Knowsley``, ``Rhondda Cynon
Taf``), invented surgeries, health centres, primary care centres, CMHTs, wards, units, prisons,
universities, packhouses and halting sites, lower-case speech-to-text places.  Addresses: UK
street lines with and without town and postcode (``Flat 3, 14 Cranbourne Road, Anfield, L4
2TX``), council-estate flats in named blocks, valleys terraces with ``CF`` postcodes, Fenland
``Bank`` / ``Drove`` roads, HMO rooms, caravan-park statics, Traveller halting-site bays, Irish
urban lines with Dublin districts and Eircodes, Irish rural townland lines with a county and an
Eircode, a postcode or an Eircode alone, a letter's address with double spaces, spoken house
numbers.  Dates: ``03/04/2024``, ``3/4/24``, ``the 3rd``, ``3rd March``, ``3 March 2024``,
``Tuesday 3rd``, ``Tues 3rd March``, ``the 3rd of March``, SMS ``Mon 03/03``, letter
``03-Mar-2024`` and ``3 Mar 24``, portal ISO ``2024-03-03``, Polish and Romanian dotted
``03.03.24`` and month words (``3 marca``, ``3 martie``), spoken (``the third of march``,
``march the third``), ``March 3rd``; about one form in thirty is a fixed-date day (``St
Stephen's Day``, ``New Year's Day``, ``Halloween``, ``Valentine's Day``, ``Christmas Day``): it
names a month and day, so it is planted as a date (a judgement call).  Ages over 89 (90-110): digits, words (hyphen, space,
``a hundred and two``), with the unit (``years old``, ``yo``, ``yrs``) and ``aged`` /
``Age:`` in the carrier.  Phones: UK mobiles (``07xxx xxxxxx``, ``07xxx xxx xxx``, ``+44 7xxx``,
``+44 (0)7xxx``), UK landlines with area codes (``0151``, ``0121``, ``020``, ``01205``,
``01443``, ``029``), Irish mobiles and landlines (``087 123 4567``, ``086-1234567``, ``+353 87``,
``(01) 4567890``, ``091``), Polish and Romanian mobiles (``+48``, ``+40``), a US number for a
relative, and spoken ones with ``oh`` and ``double``.  Emails: ``gmail.com``,
``hotmail.co.uk``, ``btinternet.com``, ``sky.com``, ``icloud.com``, ``eircom.net``,
``nhs.net`` and ``hse.ie`` staff addresses, an invented university's student addresses,
``wp.pl``, ``o2.pl``, ``yahoo.ro``, spoken ones.  URLs: invented practice ``.nhs.uk`` sites,
Irish primary care centre ``.ie`` sites, booking links, gofund.me and JustGiving pages,
Facebook groups, Instagram and TikTok pages, Office forms, bit.ly links, trial and students'
union pages, WhatsApp ``wa.me`` links, spoken ones.  SSNs, as British and Irish people carry
them: UK National Insurance numbers (``JT 48 29 17 B``, run together, spoken), Irish PPS numbers
(``6183452WA``), Polish PESEL and Romanian CNP numbers, and a few US social security numbers (a
US student): planted as SSN.  IDs (the cue always in the carrier, never in the span): NHS
numbers (3-3-4, run together), Scottish CHI numbers, hospital numbers (``RM1234567``), Irish
MRNs and medical-card numbers, Northern Irish H&C numbers, prison numbers (``A1234BC``), trial
participant ids, student numbers, Talking Therapies and counselling case references, MASH and
police references, Garda PULSE numbers, housing and council-tax references, UK and Irish vehicle
registrations, UK driving licence numbers, EU Settlement Scheme share codes, booking references,
some spoken.
A title, kin word or ``our`` before a name, an article before a place and a possessive ``'s``
stay outside the span; a date's own words (``the 3rd of March``) are inside it.  ``value`` and
the template are drawn independently (deid.py's design), so now and then a form sits a little
oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (sertraline 100mg,
mirtazapine 15mg, fluoxetine 60mg, olanzapine 2.5mg, aripiprazole depot 400mg, clozapine,
methadone 60ml, pregabalin, psilocybin 25mg, zopiclone 7.5mg, propranolol 40mg), scales and
scores (PHQ-9 of 16, GAD-7 of 14, WSAS 22, CORE-10, EDE-Q, Y-BOCS 28, BMI 15.2, HoNOS), ages
under 90 (89, 17, 45), bare years (2019, 2008), countries (Poland, Romania, Ireland, Wales,
England, Jamaica, Ghana), weekdays alone, times (half ten, 14:15, 9am), durations (six
sessions, a fortnight), money (forty quid, 200 euro), kin words as common nouns (me ma, our kid,
my nan, my mammy, the babby, mamusia, bunica) and place-like common words (the surgery, the GP,
A&E, the chemist, the site, the wing, halls, the union, the packhouse, the jobcentre, the
chippy, the club, the bookies, the community centre).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random
import unicodedata

# ---------------------------------------------------------------------------------------- people
# (given names, surnames, nicknames) per community; every combination is invented
_GROUPS = [
    (["Kayleigh", "Jordan", "Bethany", "Callum", "Shannon", "Lewis", "Jade", "Liam", "Stacey", "Danny",
      "Courtney", "Ryan", "Chelsea", "Jamie", "Leanne", "Gary", "Tracey", "Kieran", "Paige", "Connor",
      "Demi", "Reece", "Mollie", "Maureen", "Colin", "Brenda", "Trevor", "Pauline", "Norman", "Sheila"],
     ["Molyneux", "Rimmer", "Fazakerley", "Hitchmough", "Birchall", "Maddocks", "Prendergast", "Cottrell",
      "Hadley", "Baxter", "Kinsella", "Lunt", "Tickle", "Cropper", "Ainscough"],
     ["Macca", "Sully", "Titch", "Moey", "Gaz", "Kel", "Shaz", "Dazza"]),
    (["Aoife", "Niamh", "Caoimhe", "Oisín", "Ciarán", "Saoirse", "Róisín", "Pádraig", "Eoin", "Sinéad",
      "Fionnuala", "Darragh", "Cathal", "Clodagh", "Orla", "Tadhg", "Éabha", "Cian", "Deirdre", "Gearóid"],
     ["Ó Ceallaigh", "Ní Bhriain", "O'Mahony", "McGrath", "Whelan", "Dunne", "Keogh", "Hennessy", "Moloney",
      "Tierney", "Ní Dhonnchadha", "Mac Giolla Phádraig", "Ó Súilleabháin", "Cullinane", "Fahy"],
     ["Mossie", "Dinny", "Nuala", "Paudie", "Ger", "Shiv"]),
    (["Rhian", "Dafydd", "Cerys", "Gethin", "Rhodri", "Bethan", "Sioned", "Iolo", "Nerys", "Emyr", "Carys",
      "Aled", "Glenys", "Meinir", "Huw"],
     ["Prosser", "Llewellyn", "Pugh", "Bevan", "Jenkins", "Rees", "Powell", "Vaughan", "Parry", "Watkins",
      "Griffiths", "Lloyd-Jones"],
     ["Dai", "Ianto", "Bryn"]),
    (["Tyrese", "Shanice", "Kwabena", "Tunde", "Jermaine", "Chantelle", "Nathaniel", "Ama", "Kofi", "Abena",
      "Femi", "Temi", "Kemi", "Andre", "Malachi", "Tanisha", "Zion", "Kezia", "Dwayne", "Jahmal"],
     ["Mensah", "Boateng", "Adeyemi", "Campbell", "Osei", "Okoro", "Asante", "Bailey", "Francis", "Oduya",
      "Agyemang", "Clarke-Dacosta", "Ogunleye", "Henry"],
     ["Kwabs", "Tee", "Jerms", "Dre", "Sheeks"]),
    (["Harpreet", "Gurpreet", "Aisha", "Bilal", "Imran", "Nasreen", "Sukhdeep", "Rizwan", "Mehwish",
      "Kulvinder", "Tariq", "Shabana", "Zubair", "Jaspal", "Farzana"],
     ["Sandhu", "Bains", "Hussain", "Akhtar", "Begum", "Rahman", "Dhaliwal", "Mahmood", "Iqbal", "Sidhu"],
     ["Jas", "Bilz", "Sukh", "Riz"]),
    (["Bridget", "Johnny", "Patrick", "Martin", "Margaret", "Winnie", "Mikey", "Kathleen", "Nellie", "Francie",
      "Biddy", "Christy", "Josie", "Mary-Ann"],
     ["McDonagh", "Maughan", "Joyce", "Stokes", "Connors", "Sherlock", "Quilligan", "Cawley", "Lovell"],
     ["Big John", "Wee Patsy", "Chrissie"]),
    (["Agnieszka", "Krzysztof", "Małgorzata", "Wojciech", "Katarzyna", "Bartosz", "Magdalena", "Paweł",
      "Zofia", "Grzegorz", "Ewelina", "Łukasz", "Dorota", "Michał"],
     ["Wiśniewska", "Kaczmarek", "Dąbrowska", "Lewandowski", "Wójtowicz", "Mazur", "Grabowski", "Pawlak",
      "Nowakowska", "Szczepański", "Żak"],
     ["Gosia", "Wojtek", "Kasia", "Krzysiek", "Bartek", "Madzia"]),
    (["Ionuț", "Andreea", "Florin", "Mihaela", "Bogdan", "Alina", "Cătălin", "Ioana", "Răzvan", "Vasile",
      "Gheorghița", "Marius", "Simona", "Costel"],
     ["Popescu", "Ionescu", "Dumitrescu", "Stan", "Constantin", "Munteanu", "Ciobanu", "Lungu", "Moldovan",
      "Stoica", "Țurcanu"],
     ["Nelu", "Gigi", "Fănel", "Ioni"]),
    (["Poppy", "Saffron", "Tansy", "Ocean", "Marley", "Frankie", "Holly", "Ruby", "Bliss", "Clementine"],
     ["Whitehouse", "Perks", "Hickman", "Tonks", "Bissell", "Cartwright", "Pritchard", "Round"],
     ["Pops", "Saff", "Clem"]),
]


def _plain(s: str) -> str:
    """The name without its diacritics (``Róisín`` -> ``Roisin``, ``Łukasz`` -> ``Lukasz``)."""
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _person(r: random.Random) -> str:
    given, surnames, nicks = r.choice(_GROUPS)
    f, last = r.choice(given), r.choice(surnames)
    p = r.random()
    if p < 0.34:
        return f
    if p < 0.52:
        return f"{f} {last}"
    if p < 0.62:
        return last
    if p < 0.68:
        return r.choice(nicks)
    if p < 0.76:
        return r.choice([f, f"{f} {last}", f]).lower()          # speech-to-text
    if p < 0.81:
        return _plain(r.choice([f, f"{f} {last}"]))             # typed without accents
    if p < 0.85:
        return f"{last.upper()}, {f}"                            # letter / form
    if p < 0.89:
        return f"{f[0]}. {last}"
    if p < 0.93:
        _, surnames2, _ = r.choice(_GROUPS)
        return f"{f} {last}-{r.choice(surnames2)}" if "-" not in last and " " not in last else f"{f} {last}"
    if p < 0.97:
        return f"{f} {r.choice(given)} {last}"                   # middle name on a letter
    return f"{f} {last[0]}."


# ---------------------------------------------------------------------------------------- places
_TOWNS = ["Kirkby", "Bootle", "Huyton", "Skelmersdale", "Birkenhead", "Widnes", "Halewood", "St Helens",
          "Walsall", "Dudley", "West Bromwich", "Smethwick", "Solihull", "Redditch", "Tamworth",
          "Peckham", "Tottenham", "Brixton", "Lewisham", "Walthamstow", "Edmonton", "Thamesmead", "Croydon",
          "Boston", "Spalding", "Skegness", "Grantham", "Gainsborough", "Holbeach", "Long Sutton", "Sleaford",
          "Louth", "Mablethorpe", "Wisbech", "Lincoln",
          "Merthyr Tydfil", "Aberdare", "Tonypandy", "Treorchy", "Pontypridd", "Ebbw Vale", "Tredegar",
          "Porth", "Maerdy", "Mountain Ash", "Caerphilly", "Bargoed",
          "Tallaght", "Clondalkin", "Ballymun", "Finglas", "Mullingar", "Athlone", "Ennis", "Tuam",
          "Ballinasloe", "Navan", "Portlaoise", "Dundalk", "Drogheda", "Tullamore", "Castlebar", "Carlow",
          "Liverpool", "Birmingham", "Cardiff", "Cork", "Limerick", "Galway", "Waterford", "Swansea"]
_AREAS = ["Norris Green", "Croxteth", "Speke", "Anfield", "Toxteth", "Walton", "Dingle", "Netherton",
          "Handsworth", "Small Heath", "Erdington", "Sparkhill", "Kings Heath", "Northfield", "Castle Vale",
          "Balsall Heath", "Kingstanding", "Chelmsley Wood",
          "Nunhead", "Camberwell", "Deptford", "Stockwell", "Tulse Hill", "Hackney Wick", "Upper Edmonton",
          "Penrhys", "Gurnos", "Ely", "Knocknaheeny", "Moyross", "Southill", "Darndale", "Jobstown",
          "Mahon", "Ballybrack"]
_COUNTIES = ["Co. Offaly", "County Meath", "Co. Roscommon", "County Clare", "Co. Galway", "Co. Westmeath",
             "County Louth", "Lincolnshire", "Merseyside", "West Midlands", "Co. Leitrim", "County Mayo"]
_COUNCILS = ["Knowsley", "Sefton", "Rhondda Cynon Taf", "Blaenau Gwent", "South Holland", "East Lindsey",
             "Lambeth", "Southwark", "Sandwell", "Wirral", "Fingal", "South Dublin"]
_MADE = ["Oakhollow", "Brackenfield", "Larkmoor", "Fenwick Bank", "Gwernllwyn", "Cnoc Bán", "Ashbourne Vale",
         "Stoneyhurst", "Highmead", "Tŷ Gwyn", "Moorgate Lane", "Rathmoy", "Thamesbridge", "Selwood",
         "Marram", "Kilbrack"]
_KINDS = ["Surgery", "Medical Centre", "Health Centre", "Primary Care Centre", "CMHT", "Resource Centre",
          "Family Practice", "Ward", "Unit", "University", "Community Centre", "Halting Site", "Packhouse",
          "Academy", "Parish Centre", "Recovery College"]


def _location(r: random.Random) -> str:
    p = r.random()
    if p < 0.40:
        return r.choice(_TOWNS)
    if p < 0.55:
        return r.choice(_AREAS)
    if p < 0.62:
        return r.choice(_COUNTIES)
    if p < 0.67:
        return r.choice(_COUNCILS)
    if p < 0.84:
        m = r.choice(_MADE)
        return r.choice([f"{m} {r.choice(_KINDS)}", f"{m} {r.choice(_KINDS)}", f"HMP {m}",
                         f"{m} Ward", f"{m} House"])
    if p < 0.92:
        return r.choice(_TOWNS + _AREAS).lower()
    t = r.choice(["Tuam", "Ennis", "Tullamore", "Navan", "Castlebar", "Ballinasloe", "Mullingar"])
    county = {"Tuam": "Galway", "Ennis": "Clare", "Tullamore": "Offaly", "Navan": "Meath", "Castlebar": "Mayo",
              "Ballinasloe": "Galway", "Mullingar": "Westmeath"}[t]
    return f"{t}, Co. {county}"


# ------------------------------------------------------------------------------------- addresses
_STREETS = ["Cranbourne", "Stanley", "Rockfield", "Lorne", "Gladstone", "Albany", "Tennyson", "Coronation",
            "Belmont", "Hazelmere", "Clarendon", "Ashfield", "Larch", "Salisbury", "Ebrington", "Tyndale",
            "Pengarth", "Dyffryn", "Brynheulog", "Cemetery", "Chapel", "Balaclava", "Sycamore", "Inkerman",
            "Hawthorn", "Malvern", "Kimberley", "Bright", "Fernhill", "Abbeyfield"]
_SKINDS = ["Road", "Street", "Close", "Crescent", "Grove", "Terrace", "Walk", "Mews", "Gardens", "Way",
           "Row", "Place", "Rise", "Avenue", "Lane", "Rd", "St"]
_BLOCKS = ["Bevin", "Attlee", "Lansbury", "Keir Hardie", "Morrison", "Cripps", "Aneurin", "Wilkinson"]
_ESTATES = ["Larchmoor", "Hollybank", "Fernside", "Kingsmead Park", "Brookvale", "Cwm Glas", "Saltmarsh"]
_UK_TOWN_PC = [("Anfield", "L4"), ("Norris Green", "L11"), ("Kirkby", "L32"), ("Bootle", "L20"),
               ("Huyton", "L36"), ("Handsworth", "B21"), ("Erdington", "B23"), ("Small Heath", "B10"),
               ("Peckham", "SE15"), ("Tottenham", "N17"), ("Lewisham", "SE13"), ("Boston", "PE21"),
               ("Spalding", "PE11"), ("Holbeach", "PE12"), ("Lincoln", "LN2"), ("Gainsborough", "DN21"),
               ("Treorchy", "CF42"), ("Tonypandy", "CF40"), ("Aberdare", "CF44"), ("Merthyr Tydfil", "CF47"),
               ("Ebbw Vale", "NP23"), ("Skegness", "PE25")]
_IE_TOWN_EIR = [("Tallaght, Dublin 24", "D24"), ("Finglas, Dublin 11", "D11"), ("Clondalkin, Dublin 22", "D22"),
                ("Ballymun, Dublin 9", "D09"), ("Athlone, Co. Westmeath", "N37"), ("Ennis, Co. Clare", "V95"),
                ("Tuam, Co. Galway", "H54"), ("Navan, Co. Meath", "C15"), ("Portlaoise, Co. Laois", "R32"),
                ("Knocknaheeny, Cork", "T23"), ("Dundalk, Co. Louth", "A91")]
_TOWNLANDS = ["Knockaun", "Cloonfad", "Derrylahan", "Gortnamona", "Carrowbeg", "Lisnagry", "Ballyglass"]
_LET = "ABDEFGHJLNPQRSTUWXYZ"
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int, hyphen: str = "-") -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + (f"{hyphen}{_ONES[o]}" if o else "")
    h, rest = divmod(n, 100)
    return f"a hundred and {_words(rest, hyphen)}" if rest else "a hundred"


def _inward(r: random.Random) -> str:
    return f"{r.randint(1, 9)}{r.choice(_LET)}{r.choice(_LET)}"


def _eircode(r: random.Random, key: str) -> str:
    chars = "ACDEFHKNPRTVWXY0123456789"
    return f"{key} {''.join(r.choice(chars) for _ in range(4))}"


def _address(r: random.Random) -> str:
    n = r.randint(1, 148)
    street = f"{r.choice(_STREETS)} {r.choice(_SKINDS)}"
    town, pc = r.choice(_UK_TOWN_PC)
    p = r.random()
    if p < 0.22:
        return f"{n} {street}"
    if p < 0.34:
        return f"{n} {street}, {town}, {pc} {_inward(r)}"
    if p < 0.42:
        return f"Flat {r.randint(1, 12)}, {n} {street}"
    if p < 0.50:
        return (f"Flat {r.randint(1, 96)}, {r.choice(_BLOCKS)} House, {r.choice(_ESTATES)} Estate"
                if r.random() < 0.6 else f"{r.randint(1, 96)} {r.choice(_BLOCKS)} Court")
    if p < 0.56:
        return f"{n} {r.choice(_STREETS)} Terrace, {r.choice(['Treorchy', 'Tonypandy', 'Maerdy', 'Porth'])} CF4{r.randint(0, 3)} {_inward(r)}"
    if p < 0.61:
        return r.choice([f"{n} {r.choice(['Saltney', 'Fleet', 'Holland', 'Moulton'])} Bank, Holbeach",
                         f"{r.choice(['The Willows', 'Fen View', 'Rose Cottage'])}, {r.choice(['Hurdletree', 'Pode Hole', 'Gedney'])} Drove"])
    if p < 0.65:
        return f"Room {r.randint(1, 8)}, {n} {street}, Boston"
    if p < 0.68:
        return f"Static {r.randint(1, 60)}, {r.choice(['Fenview', 'Sandy Lane', 'Seacroft'])} Park"
    if p < 0.72:
        return f"Bay {r.randint(1, 20)}, {r.choice(['Cloverhill', 'Rathmoy', 'Kilbrack'])} Halting Site"
    if p < 0.80:
        area, key = r.choice(_IE_TOWN_EIR)
        return f"{n} {r.choice(['Oakpark', 'Cherryfield', 'Woodview', 'Ard na Gréine', 'Millbrook'])} {r.choice(['Grove', 'Lawn', 'Avenue', 'Park', 'Drive'])}, {area}, {_eircode(r, key)}"
    if p < 0.85:
        place, key = r.choice([("Ballinasloe, Co. Galway", "H53"), ("Tuam, Co. Galway", "H54"), ("Co. Roscommon", "F42"),
                               ("Mullingar, Co. Westmeath", "N91")])
        return f"{r.choice(_TOWNLANDS)}, {place}, {_eircode(r, key)}"
    if p < 0.89:
        return f"{pc} {_inward(r)}"
    if p < 0.92:
        return _eircode(r, r.choice(_IE_TOWN_EIR)[1])
    if p < 0.96:
        return f"{n} {street}  {town}  {pc} {_inward(r)}"      # Word letter pasted as plain text
    return f"{_words(n, ' ')} {street.lower()}"                   # speech-to-text


# ----------------------------------------------------------------------------------------- dates
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
       "października", "listopada", "grudnia"]
_RO = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
       "octombrie", "noiembrie", "decembrie"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
_DABBR = ["Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat"]
_ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth",
        "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]


def _suffix(d: int) -> str:
    return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")


def _date(r: random.Random) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2019, 2026)
    mon, o = _MONTHS[m - 1], f"{d}{_suffix(d)}"
    forms = [
        (12, f"{d:02d}/{m:02d}/{y}"), (6, f"{d}/{m}/{y % 100:02d}"), (6, f"the {o}"), (8, f"{o} {mon}"),
        (6, f"{d} {mon} {y}"), (5, f"{mon} {o}"), (4, f"{r.choice(_DAYS)} {o}"),
        (3, f"{r.choice(_DABBR)} {o} {mon[:3]}"), (6, f"the {o} of {mon}"), (3, f"{o} of {mon}"),
        (5, f"{r.choice(_DABBR)} {d:02d}/{m:02d}"), (3, f"{d:02d}-{mon[:3]}-{y}"), (3, f"{d} {mon[:3]} {y % 100:02d}"),
        (3, f"{y}-{m:02d}-{d:02d}"), (3, f"{d:02d}.{m:02d}.{y % 100:02d}"),
        (2, r.choice([f"{d} {_PL[m - 1]}", f"{d} {_RO[m - 1]} {y}"])),
        (5, r.choice([f"the {_ORD[d]} of {mon.lower()}", f"{mon.lower()} the {_ORD[d]}", f"the {_ORD[d]}"])),
        (3, f"{d:02d}/{m:02d}"), (3, f"{o} {mon[:3]}"), (3, f"{o} {mon} {y}"),
        (3, r.choice(["St Stephen's Day", "New Year's Day", "Halloween", "Valentine's Day", "Christmas Day"])),
    ]
    total = sum(w for w, _ in forms)
    k = r.uniform(0, total)
    for w, f in forms:
        k -= w
        if k <= 0:
            return f
    return forms[0][1]


def _age(r: random.Random) -> str:
    a = r.randint(90, 110)
    p = r.random()
    if p < 0.55:
        return str(a)
    if p < 0.80:
        return _words(a, "-")
    if p < 0.88:
        return _words(a, " ")
    return _words(a, "-").capitalize()


# ---------------------------------------------------------------------------------------- phones
_DIG = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _spoken_digits(s: str, r: random.Random) -> str:
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if not c.isdigit():
            i += 1
            continue
        if i + 1 < len(s) and s[i + 1] == c and r.random() < 0.7:
            out.append(f"double {_DIG[int(c)] if c != '0' else r.choice(['oh', 'zero'])}")
            i += 2
            continue
        out.append(_DIG[int(c)] if c != "0" else r.choice(["oh", "oh", "zero", "nought"]))
        i += 1
    return " ".join(out)


def _dn(r: random.Random, k: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(k))


def _phone(r: random.Random) -> str:
    mob = f"7{r.choice(['4', '5', '7', '8', '9'])}{_dn(r, 2)}"
    p = r.random()
    if p < 0.18:
        return f"0{mob} {_dn(r, 6)}"
    if p < 0.25:
        return f"0{mob} {_dn(r, 3)} {_dn(r, 3)}"
    if p < 0.29:
        return f"0{mob}{_dn(r, 6)}"
    if p < 0.34:
        return f"+44 {mob} {_dn(r, 6)}"
    if p < 0.37:
        return f"+44 (0){mob} {_dn(r, 3)} {_dn(r, 3)}"
    if p < 0.50:
        return r.choice([f"0151 {r.randint(2, 9)}{_dn(r, 2)} {_dn(r, 4)}", f"0121 {r.randint(2, 9)}{_dn(r, 2)} {_dn(r, 4)}",
                         f"020 {r.choice(['7', '8'])}{_dn(r, 3)} {_dn(r, 4)}", f"01205 {r.randint(3, 7)}{_dn(r, 5)}",
                         f"01443 {r.randint(4, 7)}{_dn(r, 5)}", f"029 20{_dn(r, 2)} {_dn(r, 4)}",
                         f"(0151) {r.randint(2, 9)}{_dn(r, 2)} {_dn(r, 4)}", f"01522 {r.randint(5, 8)}{_dn(r, 5)}"])
    irish = f"08{r.choice(['3', '5', '6', '7', '9'])}"
    if p < 0.58:
        return f"{irish} {_dn(r, 3)} {_dn(r, 4)}"
    if p < 0.62:
        return f"{irish}-{_dn(r, 7)}"
    if p < 0.65:
        return f"+353 {irish[1:]} {_dn(r, 3)} {_dn(r, 4)}"
    if p < 0.70:
        return r.choice([f"(01) {r.randint(4, 8)}{_dn(r, 6)}", f"01 {r.randint(4, 8)}{_dn(r, 2)} {_dn(r, 4)}",
                         f"091 {r.randint(5, 7)}{_dn(r, 5)}", f"021 {r.randint(4, 4)}{_dn(r, 2)} {_dn(r, 4)}"])
    if p < 0.74:
        return f"+48 {r.choice(['5', '6', '7', '8'])}{_dn(r, 2)} {_dn(r, 3)} {_dn(r, 3)}"
    if p < 0.78:
        return f"+40 7{_dn(r, 2)} {_dn(r, 3)} {_dn(r, 3)}"
    if p < 0.81:
        return f"({r.randint(201, 989)}) {r.randint(200, 999)}-{_dn(r, 4)}"
    if p < 0.93:
        return _spoken_digits(r.choice([f"0{mob}{_dn(r, 6)}", f"{irish}{_dn(r, 7)}", f"0151{r.randint(2, 9)}{_dn(r, 6)}"]), r)
    return f"0{mob}-{_dn(r, 6)}"


# ---------------------------------------------------------------------------------------- emails
_MAILDOMS = ["gmail.com", "gmail.com", "hotmail.co.uk", "hotmail.com", "btinternet.com", "sky.com", "icloud.com",
             "outlook.com", "live.co.uk", "yahoo.co.uk", "eircom.net", "wp.pl", "o2.pl", "yahoo.ro", "aol.co.uk"]


def _email(r: random.Random) -> str:
    given, surnames, nicks = r.choice(_GROUPS)
    f = _plain(r.choice(given)).lower().replace(" ", "").replace("-", "")
    last = _plain(r.choice(surnames)).lower().replace(" ", "").replace("'", "").replace("-", "")
    p = r.random()
    if p < 0.45:
        user = r.choice([f"{f}.{last}", f"{f}{last}{r.randint(1, 99)}", f"{f}_{r.randint(80, 99)}",
                         f"{f[0]}{last}", f"{_plain(r.choice(nicks)).lower().replace(' ', '')}{r.randint(1, 999)}",
                         f"{f}x{last[:3]}"])
        return f"{user}@{r.choice(_MAILDOMS)}"
    if p < 0.60:
        return r.choice([f"{f}.{last}{r.randint(1, 9)}@nhs.net", f"{f}.{last}@hse.ie", f"{f}.{last}@nhs.net"])
    if p < 0.70:
        return r.choice([f"k{_dn(r, 7)}@students.thamesbridge.ac.uk", f"{f}.{last}@thamesbridge.ac.uk",
                         f"welfare.{r.choice(['selwood', 'marram'])}@su-thamesbridge.org.uk"])
    if p < 0.78:
        return r.choice([f"reception.{_plain(r.choice(_MADE)).lower().replace(' ', '')}@nhs.net",
                         f"{r.choice(['oakhollow', 'larkmoor', 'highmead'])}.surgery@nhs.net",
                         f"admin@{r.choice(['rathmoy', 'kilbrack'])}pcc.ie"])
    if p < 0.85:
        return f"{f.capitalize()}.{last.capitalize()}@{r.choice(['Outlook.com', 'Hotmail.co.uk', 'gmail.com'])}"
    dom = r.choice(["gmail dot com", "hotmail dot co dot uk", "yahoo dot co dot uk", "eircom dot net",
                    "wp dot pl", "icloud dot com"])
    sep = r.choice([" dot ", " underscore ", ""])
    return f"{f}{sep}{last} at {dom}" if r.random() < 0.7 else f"{f} {_words(r.randint(80, 99), ' ')} at {dom}"


# ------------------------------------------------------------------------------------------ urls
def _tok(r: random.Random, k: int) -> str:
    return "".join(r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(k))


def _url(r: random.Random) -> str:
    given, surnames, _ = r.choice(_GROUPS)
    f, last = _plain(r.choice(given)).lower(), _plain(r.choice(surnames)).lower().replace(" ", "").replace("'", "")
    practice = r.choice(["oakhollowsurgery", "brackenfieldmedical", "larkmoorhealthcentre", "gwernllwynpractice",
                         "highmeadfamilypractice", "stoneyhurstsurgery"])
    forms = [
        f"www.{practice}.nhs.uk", f"https://www.{practice}.nhs.uk/appointments",
        f"https://www.{r.choice(['rathmoy', 'kilbrack', 'cnocban'])}pcc.ie/psychology",
        f"https://book.{practice}.co.uk/a/{_tok(r, 8)}",
        f"https://gofund.me/{_tok(r, 8).lower()}", f"justgiving.com/page/{f}-{last}-{r.randint(1, 9)}",
        f"https://www.justgiving.com/page/{f}{last}", f"facebook.com/groups/{r.randint(100000000, 999999999)}",
        f"https://www.facebook.com/{f}.{last}.{r.randint(1, 99)}", f"instagram.com/{f}_{last}",
        f"https://www.tiktok.com/@{f}{last[:4]}{r.randint(1, 99)}", f"https://forms.office.com/r/{_tok(r, 10)}",
        f"bit.ly/{_tok(r, 7)}", f"https://thamesbridge.ac.uk/research/psilo-{r.choice(['an', 'ocd'])}/consent",
        f"https://su-thamesbridge.org.uk/advice/{r.choice(['welfare', 'hardship-fund', 'housing'])}",
        f"wa.me/447{_dn(r, 9)}", f"https://www.youtube.com/watch?v={_tok(r, 11)}",
        f"https://linktr.ee/{f}{last}", f"https://docs.google.com/forms/d/e/{_tok(r, 20)}/viewform",
        f"https://www.eventbrite.co.uk/e/{r.randint(100000000000, 999999999999)}",
        f"https://{f}{last}.wordpress.com", f"www dot {practice} dot nhs dot uk",
    ]
    return r.choice(forms)


# ------------------------------------------------------------------------------------------ ssns
def _nino(r: random.Random) -> tuple[str, str, str]:
    a = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
    return a, _dn(r, 6), r.choice("ABCD")


def _ssn(r: random.Random) -> str:
    p = r.random()
    if p < 0.50:
        pre, digits, suf = _nino(r)
        return r.choice([f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {suf}", f"{pre}{digits}{suf}",
                         f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {suf}", f"{pre} {digits} {suf}",
                         f"{pre[0].lower()} {pre[1].lower()} {_spoken_digits(digits, r)} {suf.lower()}"])
    if p < 0.75:
        num = f"{r.randint(1000000, 9999999)}{r.choice('ABCDEFGHJKLMNPQRSTVWX')}"
        return r.choice([num, num + "A", num + r.choice("ABW"), f"{num[:7]} {num[7:]}"])
    if p < 0.84:
        return f"{r.randint(50, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_dn(r, 5)}"
    if p < 0.92:
        return f"{r.choice('1256')}{r.randint(60, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{_dn(r, 6)}"
    a, b, c = r.randint(100, 665), r.randint(10, 99), r.randint(1000, 9999)
    return r.choice([f"{a}-{b}-{c}", f"{a} {b} {c}"])


# ------------------------------------------------------------------------------------------- ids
def _id(r: random.Random) -> str:
    p = r.random()
    nhs = _dn(r, 10)
    if p < 0.20:
        return r.choice([f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", nhs,
                         f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}"])
    if p < 0.25:
        return f"{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.randint(30, 99):02d}{_dn(r, 4)}"
    if p < 0.36:
        return r.choice([f"RM{_dn(r, 7)}", f"K{_dn(r, 7)}", f"{r.choice(['A', 'B', 'M'])}{_dn(r, 6)}",
                         f"0{_dn(r, 6)}", f"H{_dn(r, 6)}"])
    if p < 0.42:
        return f"{r.choice('ABGT')}{_dn(r, 4)}{r.choice(_LET)}{r.choice(_LET)}"
    if p < 0.48:
        return r.choice([f"PSI-AN-{_dn(r, 3)}", f"PSOCD-{_dn(r, 4)}", f"TB-AN-{r.randint(1, 60):03d}"])
    if p < 0.53:
        return r.choice([f"k{_dn(r, 7)}", f"2{_dn(r, 6)}", f"K{_dn(r, 7)}"])
    if p < 0.60:
        return r.choice([f"TT{_dn(r, 7)}", f"UCS-{r.randint(22, 26)}-{_dn(r, 4)}", f"MASH/{_dn(r, 6)}",
                         f"{r.randint(1, 99):02d}/{_dn(r, 6)}/{r.randint(20, 26)}", _dn(r, 8)])
    if p < 0.64:
        return _dn(r, 8)
    if p < 0.69:
        return r.choice([f"HSG/{_dn(r, 8)}", f"{_dn(r, 9)}", f"CT{_dn(r, 7)}"])
    if p < 0.75:
        return r.choice([f"{r.choice(['LN', 'YX', 'BD', 'CF', 'FV'])}{r.randint(10, 74)} {r.choice(_LET)}{r.choice(_LET)}{r.choice(_LET)}",
                         f"{r.choice(['191', '201', '212', '231', '08'])}-{r.choice(['D', 'G', 'C', 'WH', 'MH', 'LK'])}-{r.randint(100, 99999)}"])
    if p < 0.79:
        return f"{r.choice(['MOLYN', 'PUGH9', 'MENSA', 'JOYCE', 'POPES'])}{_dn(r, 6)}{r.choice(_LET)}{r.choice(_LET)}{r.randint(1, 9)}{r.choice(_LET)}{r.choice(_LET)}"
    if p < 0.83:
        return f"{r.choice(_LET)}{r.randint(1, 9)}{r.choice(_LET)} {r.choice(_LET)}{r.randint(1, 9)}{r.choice(_LET)} {r.randint(1, 9)}{r.choice(_LET)}{r.choice(_LET)}"
    if p < 0.87:
        return r.choice([f"BKG-{_tok(r, 6).upper()}", f"{_tok(r, 6).upper()}", f"{_tok(r, 2).upper()}{_dn(r, 6)}"])
    if p < 0.91:
        return r.choice([f"{_dn(r, 7)}{r.choice('ABCKMT')}", f"{_dn(r, 3)} {_dn(r, 3)} {_dn(r, 4)}"])
    return _spoken_digits(nhs, r)


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


TEMPLATES = {
    "PERSON": [
        "I rang {} after the guided self-help call and told her about the workbook.",
        "Me ma and {} came round with the shopping, which was boss to be fair.",
        "Dr {} put the sertraline up to 100mg and said review in four weeks.",
        "Our {} has been sleeping on my couch since the flat went.",
        "Dear Dr {}, thank you for seeing this gentleman in clinic.",
        "Re: {}, low mood and anxiety, PHQ-9 of 16 and GAD-7 of 14.",
        "{} is my care coordinator but she's off on leave this week.",
        "I was chatting to {} on the wing and he said in-reach might see me.",
        "honestly {} was the only one who checked on me during freshers",
        "Nurse {} gave me the depot, the aripiprazole 400mg one, on the left side.",
        "wagwan, it's {} innit, man's just checking when my next session is.",
        "Tara-a-bit bab, tell {} I said thanks for the lift.",
        "My mammy and {} came down to the trailer when the baby was born.",
        "Now in a minute I'll ring {} about the prescription, tidy.",
        "The agency sent {} and me to the packhouse for the night shift.",
        "Name: {}",
        "Referred by: {} (PWP), step 2.",
        "Hiya it's {}'s mum, she can't make Thursday, she's got a temperature.",
        "I told {} the binge urges were worse after the dosing day.",
        "Mrs {} was very tearful throughout and scored 22 on the WSAS.",
        "Sure look, {} is grand, it's me that's not coping with the waiting list.",
        "Yours sincerely, {}, Psychological Wellbeing Practitioner",
        "cc: {}, Care Coordinator",
        "hi this is {} calling back about the referral can you ring me",
        "Concern raised by {}, the student's personal tutor.",
        "Patient: {}  Clinician: Psychological Wellbeing Practitioner",
        "Mr {} was seen on the wing and ACCT was reviewed.",
        "{} said bare people on the estate use that app now.",
        "The research nurse, {}, went through the consent form with me twice.",
        "I keep thinking about what {} said at the welfare drop-in.",
    ],
    "LOCATION": [
        "I grew up in {} and never really left till uni.",
        "We were stopped on the site at {} for about three years.",
        "She's been moved to {} because the beds were full.",
        "I get the minibus from {} to the fields at five in the morning.",
        "The agency put us in a house in {} with eight other lads.",
        "My nan still lives up in {}, she won't leave the street.",
        "He was transferred from {} last month after the ACCT.",
        "Clinic: {}",
        "Please see this lady at {} rather than the main hospital.",
        "I'm on the waiting list for psychology at {}, they said eighteen months.",
        "we moved down from {} when me dad got work on the buses",
        "The group runs at {} on a Wednesday, half ten till twelve.",
        "Me and our kid went to school in {}, it's all changed now.",
        "I was born in {} but my mammy's people are all Travellers.",
        "The crisis team came out from {} at about two in the morning.",
        "Discharged from {} on olanzapine 2.5mg at night.",
        "They've got a food bank in {} on a Friday.",
        "I used to work in a chicken factory in {} before the packhouse.",
        "Location of incident: {}",
        "i was living in {} when it all kicked off with the psychosis",
        "Honestly, {} is dead quiet after ten at night.",
        "The screening visit for the trial is at {}, second floor.",
        "He lives near {} with his partner and two kids.",
        "There's a Polish shop in {} where I get my bread.",
        "She's a student at {} and lives in halls.",
        "They moved the valleys clinic out to {}, two buses from me now.",
        "Placement address: care of {}.",
    ],
    "ADDRESS": [
        "The new flat is at {}, it's got mould in the back bedroom.",
        "Address: {}",
        "Please send the appointment letter to {} not the old place.",
        "I'm staying at {} with me ma for now.",
        "We was living at {} before the council moved us.",
        "Home visit to {}, client present with her daughter.",
        "Our trailer is at {} since the summer.",
        "The agency house is {}, eight of us in four rooms.",
        "Correspondence address: {}",
        "i live at {} by the chippy",
        "Can you change my address on the system to {}?",
        "The police were called to {} at about midnight.",
        "Her postcode is {} if the crisis team need it.",
        "I've moved out of halls and I'm at {} now.",
        "Patient's address:  {}",
        "Released to {} under licence conditions.",
        "Eircode is {} for the ambulance.",
        "She's in a HMO at {}, shares a kitchen with six.",
        "Safeguarding concern at {}, two children in the property.",
        "The wellbeing parcel went to {} but nobody signed for it.",
        "We were at {} for twelve year before the mine closed.",
        "My mam's house is {}, come round the back.",
        "Forwarding address for post: {}.",
        "Lives alone at {}, stairs are a struggle.",
        "Delivery to {} please, leave it with the neighbour.",
        "He gave {} as his address but the housing officer says it's empty.",
    ],
    "DATE": [
        "Your appointment with the Talking Therapies team is on {} at 14:15. Reply YES to confirm.",
        "I was discharged on {} and nobody rang me after.",
        "Date of referral: {}",
        "The dosing day is booked for {}, they said to fast from midnight.",
        "Me ma died on {}, it's always a bad week.",
        "Can we move the call to {}? I'm on earlies that week.",
        "Seen in clinic on {}.",
        "DOB: {}",
        "i finished the workbook on {} and then stopped",
        "Review by: {}",
        "He was released from the wing on {} with no meds.",
        "I got the letter on {} saying I'm still on the waiting list.",
        "Admitted {}, discharged a fortnight later on clozapine.",
        "Since {} I've had no binges, which is the longest ever.",
        "Next depot due {}.",
        "The deadline for mitigating circumstances is {}, can you write me a letter?",
        "Date of incident: {}",
        "We started at the packhouse on {} and got paid late every week.",
        "Letter dictated {}, typed a week later.",
        "My mammy's anniversary is {}, we go to the grave.",
        "Your booking is confirmed for {}. Please arrive ten minutes early.",
        "He took the overdose on {}, zopiclone 7.5mg and whatever else was there.",
        "From {} the Y-BOCS went from 28 down to 14.",
        "On {} I told my tutor everything.",
        "Next CPA review: {}",
        "I'm back at the GP on {} for bloods.",
        "The baby is due {} so I'll miss a couple of sessions.",
    ],
    "AGE": [
        "My nan's {} and still does her own shopping.",
        "She is {} years old and lives alone with carers twice a day.",
        "Me great-gran turned {} this year, we had a do at the club.",
        "Age: {}",
        "He's {} now, bless him, and his memory's going.",
        "The client's mother, aged {}, is the main carer's worry.",
        "my granda is {} and he still drives which is scary",
        "She died at {}, peaceful in her sleep.",
        "Our mammy is {} and sharp as anything.",
        "The oldest on the site is {}, everyone looks after him.",
        "Bunica is {} and she's still in Romania, I send money.",
        "Collateral from her father, {} yo, partially sighted.",
        "He's a {}-year-old with heart failure, the carer is his son.",
        "Lives with his wife who is {} and frail.",
        "She was {} when she passed, we all went over for the funeral.",
        "Babcia is {} and I can't go home to see her.",
        "My great-aunt is {}, she's in a home now.",
        "Age at assessment: {} years.",
        "i think she's {} or something mad like that",
        "Caring for father ({} yrs) with dementia.",
        "He lived to {}, smoked every day of his life.",
        "The neighbour's {} and she keeps an eye on me.",
        "My nain was {} and never once saw a doctor, she'd say.",
        "Me grandad's {}, served in the war, proper character.",
        "Client's grandmother, {}, attended the session with her.",
        "Next of kin is his mother, who is {} and hard of hearing.",
        "he's {} you know and he still goes to mass every morning",
    ],
    "PHONE": [
        "You can ring me on {} after six.",
        "Mobile: {}",
        "If you need to cancel please call {}.",
        "The duty line is {} and they'll put you through.",
        "me mobile's {} if you need me",
        "Tel: {}  Fax: not in use",
        "My mammy's number is {}, she has the phone for the site.",
        "Ring my daughter on {}, she speaks English better.",
        "I've got a new number, it's {}.",
        "Contact number for next of kin: {}",
        "Hi it's the surgery, please call us back on {}. Thanks.",
        "Best number is {}, I'm on nights so afternoons.",
        "Text {} for the welfare team, it's monitored nine to five.",
        "the number he gave was {} but it doesn't ring",
        "Call the crisis team on {} out of hours.",
        "My husband's phone is {}, he's in Poland at the moment.",
        "Please contact the trial team on {} with any side effects.",
        "Phone: {} (mobile, voicemail OK)",
        "Her sister in the States is on {}.",
        "Ring {} and ask for the psychology office.",
        "Call me back on {} please, cheers.",
        "Preferred contact: {} (text only).",
        "The agency supervisor's number is {}, he never answers.",
        "That's {}, have you got that?",
        "For urgent queries phone {}.",
        "We tried to call you on {} but there was no answer.",
        "ring me on {} yeah, not the landline",
    ],
    "EMAIL": [
        "Email me at {} and I'll send the worksheet back.",
        "My email is {}, all lower case.",
        "Email: {}",
        "Please reply to {} rather than the generic inbox.",
        "I sent my mitigating circumstances form to {} last week.",
        "You can contact the research team at {}.",
        "From: {}",
        "my email is {} if that's easier",
        "The booking confirmation went to {}.",
        "Could you cc {} into the discharge letter?",
        "Send the referral to {} and mark it urgent.",
        "Her tutor's email is {}.",
        "I use {} for everything now, the old one got hacked.",
        "Contact: {}",
        "Reply to {} with your preferred times.",
        "I emailed {} but nobody's come back to me.",
        "The safeguarding lead can be reached at {}.",
        "Secure email to {} only, please.",
        "Sent from {} via the patient portal.",
        "it's {} yeah",
        "Ask them to email {} with the results.",
        "The agency's email is {}, they want a sick note.",
        "Please send the care plan to {}.",
        "To: {}",
        "I've put {} on the form.",
        "Booking confirmed. A copy has been sent to {}.",
        "send it to {} and I'll print it at the library",
    ],
    "URL": [
        "You can book online at {} or ring the surgery.",
        "Our fundraiser for me nan's funeral is at {}.",
        "The information sheet is at {} if you want to read it first.",
        "Please complete the questionnaire at {} before your call.",
        "Find us at {}",
        "There's a group for Polish mums at {}.",
        "I watched the video at {} about panic attacks.",
        "More information: {}",
        "i found the breathing thing on {}",
        "The hardship fund form is on {}.",
        "Check {} for the opening times over the holidays.",
        "He posts all his music on {}.",
        "Complete the feedback form: {}",
        "My sister set up {} for the legal costs.",
        "The welfare team said to look at {} for housing advice.",
        "Join the session here: {}",
        "They put the whole thing on {} and everyone on the site saw it.",
        "Self-referral: {}",
        "The trial page, {}, says they're still recruiting.",
        "Message me on {}, that's quicker.",
        "I got the link {} in a text from the clinic.",
        "Look up {} for the relaxation audio.",
        "Website: {}",
        "That page, {}, has all the sleep stuff on it.",
        "Sign up at {} for the mindfulness course.",
        "Appointment details and directions: {}",
        "Our GoFundMe is {} if you want to share it.",
    ],
    "SSN": [
        "My national insurance number is {}.",
        "NI number: {}",
        "NINo {} (checked against the claim).",
        "PPS number: {}",
        "My PPSN is {}, it's on the medical card letter.",
        "The agency asked for {} before I could start.",
        "it's {} the national insurance",
        "Social security number {} from when I studied in the States.",
        "PESEL {}, she wrote it on the form in Polish.",
        "My CNP is {}, from my Romanian card.",
        "They wouldn't pay me till I gave them {}.",
        "National Insurance No.: {}",
        "He gave his NI number as {} but the DWP said it was wrong.",
        "PPS No. {}",
        "Can you read it back, {}, yeah that's the NI.",
        "Personal number (national ID): {}",
        "The jobcentre has {} on file.",
        "Social security: {}",
        "My NI is {}, I've had it since I was sixteen.",
        "Her social welfare number is {}.",
        "SSN {} (US student, for the insurance).",
        "I had to put my national insurance, {}, on the housing form.",
        "the number's {} on my payslip",
        "PPSN: {}",
        "Client's NI number {} is on the Universal Credit letter.",
        "Emergency tax till they had {} off me.",
        "my national insurance number is {}",
    ],
    "ID": [
        "My NHS number is {}.",
        "NHS No: {}",
        "Hospital number {} on the discharge letter.",
        "CHI {} from when she lived up north.",
        "Prison number {}, he's on the healthcare wing.",
        "Participant ID: {}",
        "Student number {}, I'm in second year.",
        "Your booking reference is {}.",
        "Referral reference: {}",
        "MRN {}",
        "Medical card number {}, it runs out soon.",
        "H&C number {} on the letter from home.",
        "Police reference {}, they've done nothing with it.",
        "Garda PULSE number {} for the incident.",
        "Housing reference {} for the transfer.",
        "Council tax account {} is in arrears.",
        "The car reg is {}, silver Astra.",
        "My driving licence number is {}.",
        "My share code is {} for the right to work check.",
        "i think my nhs number is {}",
        "Case ref {} (counselling service).",
        "Trial ID {}, arm not disclosed.",
        "MASH ref: {}",
        "Please quote {} in all correspondence.",
        "Hosp No. {}  NHS No. on file",
        "The number on my prescription is {}.",
        "Patient ID {} on the portal message.",
    ],
}
