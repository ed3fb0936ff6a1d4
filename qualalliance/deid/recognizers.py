"""Rule recognisers for the structured HIPAA Safe Harbor identifiers that occur in talk.

Each recogniser is a regular expression with the entity type it finds; a match's
``id`` group (when present) is the identifier itself (``MRN 4471932`` -> ``4471932``,
``Dr. Okafor`` -> ``Okafor``; ``id2`` in a pattern's second alternative), so the words
that cue it stay readable.  Years alone,
doses (``125 mg``), scores, session numbers and clock times are not identifiers and
none of these patterns matches them (tests/test_deid.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import UNSEEN, is_proper, lexeme_probs, packaged_allow_list

MONTHS = ("January", "February", "March", "April", "June", "July", "August", "September", "October",
          "November", "December")  # "May" needs a cue (May I ...), see _MAY
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
# the twelve months' three letters in capitals, as records print a date ("08FEB1997", "09 NOV 63", "030930ZDEC26")
MONTH_CAPS = "|".join(m[:3].upper() for m in MONTHS[:4] + ("May",) + MONTHS[4:])
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_ABBR = ("Mon", "Tue", "Tues", "Wed", "Weds", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
# US states, Canadian provinces and territories, Australian states and territories, by name (a space as "_") and by
# code: a town's state after a comma (names.py, seventeenth round) and an address's (_ADDR_STATE_AFTER, nineteenth)
US_STATES = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
    Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
    Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon
    Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia
    Wisconsin Wyoming District_of_Columbia""".split()
CA_AU_STATES = """Ontario Quebec Québec Nova_Scotia New_Brunswick Manitoba British_Columbia Prince_Edward_Island Saskatchewan
    Alberta Newfoundland_and_Labrador Newfoundland Yukon Nunavut Northwest_Territories New_South_Wales Victoria Queensland
    South_Australia Western_Australia Tasmania Northern_Territory Australian_Capital_Territory""".split()
# (twenty-first round) New Zealand's regions, as its letters, notes and talk name a town's ("Tauranga, Bay of Plenty",
# "Gore, Southland"): a town's region after a comma (names.py); every region, by its English and Māori-spelt names,
# but Wellington and Nelson (cities and given names as well: "Sam, Nelson and Jo")
NZ_REGIONS = """Northland Auckland Waikato Bay_of_Plenty Gisborne Hawke's_Bay Hawke’s_Bay Hawkes_Bay Taranaki
    Manawatū-Whanganui Manawatu-Whanganui Manawatu-Wanganui Tasman Marlborough West_Coast Canterbury
    Otago Southland""".split()
STATE_CODES = """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK
    OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AB BC MB NB NL NS NT NU ON PE QC SK YT NSW VIC Vic QLD Qld SA TAS Tas
    ACT""".split()
# (nineteenth round: also the codes written with full stops, "Kamloops, B.C.", "Orange, N.S.W.", the last stop kept)
DOTTED_STATE_CODES = "B.C. N.S.W. N.S. N.B. N.L. P.E.I. N.W.T. Y.T. A.C.T. N.T. W.A. S.A. D.C.".split()
_ANY_WEEKDAY = "(?:" + "|".join(WEEKDAYS + WEEKDAY_ABBR) + ")"  # "Thursday", "Thurs"
_ANY_MONTH = (r"(?:(?:" + "|".join(MONTHS + ("May",)) + r")(?![\w'’])|(?:" + "|".join(MONTH_ABBR)
              + r")(?:\.|(?![\w'’])))")  # a full stop only after an abbreviation (Feb.), not "in June."
_ORD_WORDS = ("first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
              "fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
              "twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[- ]first")
ORDINAL_WORDS = _ORD_WORDS  # a day's ordinal words as a pattern's alternatives (engine: a date's "the" before its day)
_DAY = rf"(?:[0-3]?\d(?:st|nd|rd|th)?|{_ORD_WORDS})(?![\w'’]|:\d)"  # not a clock's hour ("November 14:02")
_LATE_ORD_WORDS = ("eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
                   "twentieth|thirtieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
                   "thirty[- ]first")  # (ninth round) also with a space, as speech recognisers write it: "twenty first"
_MID_ORD_WORDS = "third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
# (ninth round) a day of the month said as a number ("nine", "twenty six", "thirty-one"), after a month only
_CARDINAL_DAY = (r"(?:twenty[- ](?:one|two|three|four|five|six|seven|eight|nine)|thirty[- ]one|twenty|thirty|one|two|"
                 r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                 r"eighteen|nineteen)")
_THE_ORDINAL = rf"\bthe (?:{_ORD_WORDS})\b"  # the gate of the rules for an ordinal word alone (speed)
# holidays that are one day of the year (with a year they are a date; alone they are on the allow-list)
_HOLIDAY = (r"(?:Christmas(?: Eve| Day)?|New Year['’]?s(?: Eve| Day)?|Thanksgiving(?: Day)?|Easter(?: Sunday| Monday)?|"
            r"Good Friday|Halloween|Hallowe'en|Valentine['’]?s(?: Day)?|Independence Day|Boxing Day|Mother['’]?s Day|"
            r"Father['’]?s Day|Memorial Day|Labou?r Day|Veterans['’]? Day|St\.? Patrick['’]?s Day|Juneteenth|"
            r"Bastille Day|Canada Day|Australia Day|Anzac Day|Remembrance Day|Guy Fawkes Night|Bonfire Night|"
            r"Yom Kippur|Rosh Hashanah|Diwali)")
_YEAR = r"(?:1[89]\d\d|20\d\d|'\d\d)"
# a year said in words after a day ("nineteen fifty-five", "twenty eighteen", "two thousand three"): two parts,
# so "June 5th twenty people" keeps its count
_UNIT_NUM = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_UNIT_ORD = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_YEAR_SPOKEN = (rf"(?:(?:nineteen|twenty) (?:oh[- ]{_UNIT_NUM}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                rf"seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-{_UNIT_NUM})?)"
                rf"|two thousand(?: and)? (?:{_UNIT_NUM}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                rf"eighteen|nineteen|twenty(?:-{_UNIT_NUM})?)\b)")
_ANY_YEAR = rf"(?:{_YEAR}|(?i:{_YEAR_SPOKEN}))"
_WEEKDAY_BEFORE = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?"  # "Thursday, May 16"
# (twelfth round) abbreviated, as calendars, e-mail headers and logs print it ("Tue Oct 5, 2020", "Sat, Mar 14"): looked
# for only before a match (speed)
_WEEKDAY_ABBR_BEFORE = r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,? $"
# the end of a range of days (June 12 to 14, 12-14 June), not a count or a clock time (June 3 to 5 pm)
_DAY_RANGE = (rf"(?:\s*(?:-|–|to|through|thru|till|until)\s*(?:the\s+)?{_DAY}"
              r"(?!\s*(?:am|pm|a\.m|p\.m|o'clock|percent|%|people|times|of (?:us|them)|minutes|hours|mg)\b))")
# (an ordinal ending is part of the number where the number is an age: "age ninety-sixth", "she's one hundred and
# seventh" are an age said as an ordinal)
_NINETY = (rf"(?:ninety(?:-{_UNIT_ORD}|[- ]{_UNIT_NUM})?|one[- ]oh[- ]{_UNIT_NUM}|(?:(?:one|a) )?hundred"
           r"(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
           rf"fifteen|sixteen|seventeen|eighteen|nineteen|{_UNIT_ORD}|tenth|eleventh|twelfth|thirteenth|fourteenth|"
           r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)\b)?)")
# (ninth round: also said digit by digit, as dictation and speech recognition give a form's numbers, "Age: nine one",
# "she is nine four"; not a longer run of digits, a phone's "nine six five ...")
_AGE_NUM = (rf"(?:(?:9\d|1[01]\d|{_NINETY})(?: and a half\b)?|nine (?:zero|oh|one|two|three|four|five|six|seven|eight|"
            rf"nine)\b(?![ ,-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)\b))")  # "ninety-four and a half": one age
# the ordinals of an age over 89 that _NINETY does not hold already (it holds ninety-fifth, a hundred and fourth)
_NINETY_ORDINAL = r"(?:ninetieth|(?:one |a )?hundredth)"

# (ninth round: also "PatientID" run together, a prescriber's NPI and DEA numbers, the national numbers PESEL, CPF)
_ID_CUE = (r"(?:MRN|medical record(?: number| no\.?)?|record number|chart(?: number| no\.?)|patient ?(?:ID|number)|NPI|DEA|"
           r"PESEL|CPF|"
           r"member (?:ID|number)|policy(?: number| no\.?)?|health plan(?: number| ID)?|insurance (?:ID|number)|"
           r"subscriber (?:ID|number)|group number|(?:group )?plan (?:ID|number|no\.?|#)|account(?: number| no\.?)?|acct\.?|ID(?: number)?|"
           r"licen[cs]e(?: number| plate)?|plate(?: number)?|serial(?: number)?|case number|case(?=\s*#)|claim number|"
           r"certificate number|badge number|employee (?:ID|number)|Medicaid(?: number| ID)?|"
           r"Medicare(?: number| ID)?|VIN|device (?:ID|number)|Rx(?: number| no\.?)?|prescription(?: number)?|DL|"
           r"driver'?s licen[cs]e(?: number)?|NHS(?: number| no\.?)?|national insurance(?: number)?|NI number|"
           r"health card(?: number)?|passport(?: number)?|student (?:ID|number)|social insurance number|SIN|"
           r"tax (?:ID|number)|TIN|EIN|card number|routing number|(?:inmate|booking|docket|offender|DOC|file|"
           r"reference|ref\.?|confirmation|tracking|order|ticket|voucher|authori[sz]ation|auth|referral|claim) (?:ID|number|no\.?|#)|afiliado|"
           r"A-?number|alien (?:registration )?number|USCIS (?:number|#)|case(?= (?:[A-Z] )?[A-Z0-9]*\d))")
_ID_CUE_12 = (  # (a recogniser of their own: speed)
           # (twelfth round) the numbers of a trial, a visit and a hospital ("subject number", "participant ID",
           # "encounter number", "hospital number", "Hosp No."), a reference to quote ("reference", "ref", "please
           # quote"), a prior authorisation's request, a car's registration, a court's file, a UK share code, and the
           # health numbers of Scotland, Northern Ireland, Ontario, Québec and Manitoba by their initials (capitals only)
           r"(?:(?:subject|participant|study|encounter|visit|enrol?ment|screening|randomi[sz]ation) (?:ID|number|no\.?|#)|"
           r"encounter|hosp(?:ital)?\.? (?:number|no\.?)|reference(?: number| no\.?)?|ref\.?|(?:please )?quote|"
           r"(?:prior )?authori[sz]ation request|(?:car|vehicle) reg(?:istration)?(?: number| no\.?)?|"
           r"reg(?:istration)? (?:number|no\.?|plate)|court file(?: number| no\.?)?|share code|prison number|"
           r"(?-i:CHI|H&C|OHIP|ohip|RAMQ|PHIN|HCN)(?: number| no\.?| #)?|"
           # (twenty-seventh round: "ohip" too, as people type it in lower case, with its version code after it)
           # (thirteenth round) a service's client number and New Zealand's National Health Index by its initials
           r"client (?:ID|number|no\.?|#)|(?-i:NHI|nhi)(?: number| no\.?)?|"
           # (twenty-first round) an incident's or a report's number, as adverse-event and safety notes log them, and
           # Australia's unit record number by its initials, capitals only ("logged under report number ...", "UR
           # number ...", "URN ...")
           r"(?:incident|report|event|complaint) (?:ID|number|no\.?|#)|(?-i:UR)(?: number| no\.?)|(?-i:URN)(?: number| no\.?)?)")
# (ninth round: also a data export's quoted fields, "MRN","277 500 411")
# (thirteenth round: a cue's "'s" right after it, as talk contracts "is": "my licence number's 4471 2290")
# ("#:": twelfth round; "MRN on the band was")
# (twenty-fourth round: a form label's aside in brackets after the cue, "Medical record number (MRN): ...",
# "Hospital number (if known): ...", "Health card number (OHIP): ...")
_CUE_GAP = (r"(?:['’]s\b)?(?:[^\S\n]+[A-Za-z]+(?:-[A-Za-z]+)?){0,4}?(?:\s+(?:is|was|number|no\.?))?(?:[^\S\n]*\([^()\n]{1,20}\)(?=[^\S\n]*[:#,-]))?\s*(?:#:|[:#,](?:[^\S\n]*\"(?=\w))?|\"\s*,\s*\")?\s*"
            # (twenty-first round) a speaker's filler and a clause that hands the number over after the cue ("NHS
            # number, yeah, it's ...", "participant ID, which is ...", "the MRN, um, that's ...")
            r"(?:(?:yeah|yes|yep|um|uh|erm|er|so|okay|ok|oh|right|sorry)[,.]?\s+){0,2}(?:(?:which|that|it)(?:['’]s|\s+is|\s+was),?\s+)?")
# (twenty-seventh round: a gap word with a hyphen, "participant ID for the check-ins is ...", and the value's opening
# quote after the cue's comma or colon, as a form's export writes it, 'Patient ID, "2211 804 377"')
# (tenth round: dots inside too, a version-like number after a cue, "MRN ICF-v5.2-9407")
_ID_TOKEN = r"(?=[A-Za-z0-9.-]*\d[A-Za-z0-9.-]*\d[A-Za-z0-9.-]*\d)[A-Za-z0-9][A-Za-z0-9.-]{3,}[A-Za-z0-9]"  # 3+ digits
# after a cue, also: letters and a number apart ("PSY 34813", "A 189-750-224"), digits around a dot ("979.187000"),
# a long run of capitals and digits ("WDL9LXABXP4W")
# (eighth round: a prefix in mixed case, "Rx 9502665", not a month's abbreviation before a year, "Dec 2020")
# (tenth round) a fraction that is no date: a page of a document ("page 1/3") or a rating out of ten after the word for
# what is rated ("pain 6/10", "mood 4/10"), as notes write them everywhere
_FRACTION_CUES = ("page", "Page", "PAGE", "pg", "Pg", "pain", "Pain", "mood", "Mood", "anxiety", "Anxiety", "stress",
                  "distress", "craving", "cravings", "urge", "urges", "sleep", "energy", "SUDS", "rated", "rates",
                  "rating", "score", "scored")
_NOT_A_FRACTION = "".join(f"(?<!\\b{w} )" for w in _FRACTION_CUES)
# (twenty-third round) a rating out of ten after "a" or "an", as people type a score ("mood about a 4/10 today", "an
# 8/10 day"): no date takes an article before its day and month ("a 4/12 appointment" stays a date)
_NOT_A_SCORE = r"(?!(?<=\b[Aa] )\d{1,2}/10\b)(?!(?<=\b[Aa]n )\d{1,2}/10\b)"
_NOT_MONTH_PREFIX = "(?!(?:" + MONTH_CAPS.title() + ") )"
# (twelfth round: also letters before two or three groups of digits, "PZAW 7126 3655"; a prefix and a slash, "MASH/586694";
# three groups of three letters and digits, a UK share code or licence, "T5B Q4R 2ZX")
# (twenty-seventh round: letters before three or four groups of three or four digits, "KRW 301 884 552")
_ID_AFTER_CUE = (r"[A-Z]{1,4} \d{2,}(?:-\d{2,})+|" + _NOT_MONTH_PREFIX + r"[A-Z][A-Za-z]{1,3} \d{4,}(?: \d{3,5}){0,2}|\d{3,}\.\d{3,}(?:\.\d{2,})*"
                 r"|[A-Z]{2,6}/\d{4,}|[A-Z]{2,4} \d{3,4}(?: \d{3,4}){1,3}\b(?! ?\d)|(?=[A-Z0-9 ]*\d[A-Z0-9 ]*\d)(?=[A-Z0-9 ]*[A-Z])[A-Z0-9]{3} [A-Z0-9]{3} [A-Z0-9]{3}\b"
                 r"|(?=[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,}")
_STREET = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Crt|Way|Place|Pl|Terrace|"
           r"Circle|Cir|Highway|Hwy|Parkway|Pkwy|Trail|Trl|Square|Close|Crescent|Gardens|Mews|Grove|Row|Walk|Rise)")
# (tenth round: also the Postal Service's abbreviations of Circle and Trail, "Cir", "Trl", as US forms print them)
# (twelfth round: and Canada Post's of Court, "Crt")
# street kinds that are also place or common words: a street only after a house number (45 Cherry Alley)
# (not Hill, Park, Point, Green: "2 Central Park loops", "3 Bunker Hill trails" are counts)
_BUILDING = r"(?:Court|House|Mansions|Lodge|Tower|Towers|Building|Apartments|Heights|Hall|Point)"
_ROAD_QUALIFIER = r"(?:County|State|US|U\.S\.|Farm to Market|FM|Ranch Road|Township|Forest Service|Interstate)"
_STREET_WITH_NUMBER = (r"(?:Alley|Loop|Pike|Cove|Ridge|Glen|Hollow|Esplanade|Quay|Wharf|Causeway|Promenade|Vale|"
                       r"Bend|Trace|Crossing|Cres|Parade|"
                       # (thirteenth round) Australia Post's and NZ Post's abbreviations of kinds that are also words or
                       # initials (Pde, Gr, Cl, Tce, Gdns, Esp, Cct, Bvd): only after a house number ("6/126 Harcourt Pde")
                       r"Pde|Gr|Cl|Tce|Gdns|Esp|Cct|Bvd|"
                       # (seventeenth round) the kinds of British and Irish estates and closes that are also words
                       # ("8 Orchard Lawn", "14 Elmfield Meadows", "95 Ridge Heights"): only after a house number
                       r"Lawns?|Meadows|Heights|"
                       # (twenty-seventh round) more kinds of estates that are also words ("63 Riverside Manor", "4 Oak
                       # Downs", "12 Kingfisher Chase", "9 Ashgrove Dale", "21 Beech Woods"): only after a house number
                       r"Manor|Downs|Chase|Dale|Woods)")
FACILITY = (r"(?:Hospital|Clinic|Health Care System|Healthcare System|Health System|Medical Center|Health Center|Medical Centre|Health Centre|Center|Centre|"
             r"High School|Middle School|Elementary(?: School)?|School|University|College|Institute|Church|"
             r"Academy|Hospice|Prison|Shelter|Rehab|Treatment Center|Nursing Home|Infirmary|Library|Temple|Mosque|"
             r"Synagogue|Gurdwara|Masjid|Jail|Detention Center|Food Pantry|Food Bank|Observatory|AME(?: Zion)?(?: Church)?|"
             r"Parish(?: Hall| Church)?|Church Hall|Community Hall|Village Hall|Mission|Cathedral|Monastery|Convent|"
             r"Family Health Team|Family Health Organi[sz]ation)")
# (ninth round: a parish and its hall, a mission, a cathedral, a monastery or convent: "St. Anselm's Parish Hall")
# (twelfth round: an Ontario family health team or organisation, "Prairie Sky Family Health Team")
# the letters of Latin Extended-A (the macrons of Māori and Hawaiian: Ōtara, Whakatāne; Polish, Czech, Turkish
# letters: seventh round) and Latin Extended Additional (Vietnamese's letters with two marks: Phố Huế, Từ; eighth round)
_EXT_LETTERS = [chr(c) for c in [*range(0x100, 0x180), *range(0x1E00, 0x1F00)] if chr(c).isalpha()]
_EXT_LOWER = "".join(c for c in _EXT_LETTERS if c.islower())
# (eighth round: with the accented and Latin Extended-A small letters, "1/67 Pōhutukawa Avenue", "4 Rue Hélène")
_CAP = (r"(?:St\.\s|Saint\s)?[A-Z][a-z'’" + "".join(c for c in map(chr, range(0xDF, 0x100)) if c.islower())
        + _EXT_LOWER + "]+")
# a facility's name does not start with a word that starts sentences ("The Food Bank helps", "Then AME said")
_NOT_SENTENCE_WORD = r"(?!(?:The|A|An|Then|So|And|But|Or|Our|My|Your|His|Her|Their|This|That|At|In|To|From|If|When)\s)"
_ABBR_DOT = r"(?:(?<=St)\.|(?<=Ave)\.|(?<=Rd)\.|(?<=Blvd)\.|(?<=Ln)\.|(?<=Dr)\.|(?<=Ct)\.|(?<=Pl)\.|(?<=Hwy)\.|(?<=Cir)\.|(?<=Trl)\.|(?<=Cres)\.)?"  # Cres.: fifteenth round
_OF_NAME = r"(?: (?:of|for)(?: the)?(?: [A-Z][a-z'’]+){1,3}){1,3}\b"  # a facility's "of ..." or "for ..." tail
# (eighth round) a facility named in another language, its kind first and its field after a preposition ("Zentrum für
# Psychedelische Forschung", "Centro de Salud Mental", "Institut for Psykologi"): the words for centre, clinic, hospital
# and institute in the languages of Europe, a general list
_FACILITY_FIRST = (r"(?:Zentrum|Klinikum|Klinik|Kliniek|Krankenhaus|Ziekenhuis|Sjukhus|Sykehus|Sygehus|Hôpital|Centro|"
                   r"Clínica|Clinica|Instituto|Institut|Centrum|Ospedale)")
# streets in other languages' order: the kind first (Calle Luna, Rue des Lilas, Via Roma), the house
# number before or after; kinds that are also English words (Via, Place, Plaza) need the number
# (eighth round: and the street kinds of Vietnam, Malaysia and Indonesia, and Thailand: Phố, Đường, Jalan, Jl., Soi)
_STREET_FIRST = (r"(?:Calle|Carrer|Avenida|Avda\.|Av\.|Pasaje|Rua|Rue|Viale|Piazza|Corso|Largo|Paseo|Praça|Chemin|Strada|Ulica|Phố|Đường|"
                 r"Jalan|Jl\.|Soi|ul\.|vul\.|Odos|Odhos|Khiaban(?:-e)?|Khiyaban(?:-e)?)")  # (ninth round: Polish,
# Ukrainian, Greek and Persian kinds: "ul. Kosciuszki 9", "vul. Franka 131", "Odos Ermou 12", "Khiaban-e Zand")
_STREET_FIRST_NUM = r"(?:Via|Place|Plaza|Plac|Boulevard|Avenue|Ave\.|Camino|Travessa|Allée)"  # Ave.: eleventh round
_PARTICLE = r"(?:(?:de|des|du|del|della|delle|dei|di|da|do|dos|das|la|le|les|los|las|el|l'|d')\s*)"
_UPPER_ACCENTED = "A-ZÀ-ÖØ-Þ"  # a French or Spanish street's name may open with an accent (Rue des Érables)
# those letters and Hawaiian's ʻokina, a letter: a place's word is not cut at them
_EXT_LO = _EXT_LOWER + "\u02bb"
_UPPER_ACCENTED += "".join(c for c in _EXT_LETTERS if c.isupper())
_FOREIGN_NAME = (rf"(?:(?:Dr|Sr|Sra|Sta|Sto|Pe|Prof|Gen|Cel)\.\s)?(?:{_PARTICLE}{{0,2}}[{_UPPER_ACCENTED}][\w'’-]+)"
                 rf"(?:\s+(?!No\.\s*\d){_PARTICLE}{{0,2}}[{_UPPER_ACCENTED}][\w'’-]+){{0,2}}")  # (eleventh round: not "No. 12")  # (ninth round: "Rua Dr. Antonio Granjo")
# one-word streets with the kind as a suffix, always with a house number (Hauptstraße 12, Keizersgracht 123)
_STREET_SUFFIX = (r"(?:stra(?:ss|ß)e|str\.|gasse|weg|allee|platz|damm|ufer|ring|straat|laan|gracht|plein|"
                  r"gatan|vägen|vej|gade|veien|gata|dreef|singel|kade|steeg|dijk)")  # dreef ... dijk: tenth round
# (eighth round: also a letter after a hyphen, as Dutch and Belgian addresses write it: "Kerkstraat 110-A")
_HOUSE_NUMBER = r"\d{1,5}(?:-?[a-zA-Z]\b|/\d{1,4})?(?![\d,.:/]\d)"
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b"
# after a continental street and number: the flat or box (Swedish "lgh", Belgian "bus", German "Whg.", Austrian "Top")
# and the postal code and town (Dutch "1017 AB", Swedish "113 45", four or five digits elsewhere)
# (ninth round: more flats, floors and plots as other countries write them, the comma optional: Portuguese and
# Brazilian "apto 1202" and "3.o Esq.", Polish "m. 35", Ukrainian and Russian "kv. 60", Turkish "D: 26", Persian "Kucheh
# 12, Pelak 21", English "apartment 4"; a Brazilian bairro and CEP after a dash; the postal codes of Portugal "2771-563",
# Brazil "29235-277", Poland "36-745" and Greece "788 15" even without a town; a town before its code, "Lviv 49616"; an
# Italian province after the town, "Bari BA")
_CONTINENTAL_TAIL = (r"(?:,?\s+(?:lgh|bus|Whg\.?|Top|apto\.?|apt\.?|apartment|Apto\.?|Apt\.?|Apartment|Unit|Suite|Flat|kv\.|m\.|D:|Kucheh|Pelak)\s*\d{1,4}[A-Za-z]?\b"
                     r"|,\s+RT\.?\s*\d{1,3}\s*/\s*RW\.?\s*\d{1,3}\b"
                     r"|,\s+\d{1,2}\.[oº]\s+(?:Dto|Esq|Drt|Frt)\b\.?){0,2}"
                     r"(?:\s+-\s+Bairro\s+[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2})?"
                     r"(?:,\s+(?:(?:CEP|PLZ|CP)\s+)?(?:\d{4} ?[A-Z]{2}|\d{3} \d{2}|\d{4,5}|\d{4,5}-\d{3}|\d{2}-\d{3})\s+[A-Z][^\W\d_]+"
                     r"(?:[- ][A-Z][^\W\d_]+)?\b(?:\s+[A-Z]{2}\b)?"
                     r"|,\s+(?:(?:CEP|PLZ|CP)\s+\d{4,5}(?:-\d{3})?|\d{4,5}-\d{3}|\d{2}-\d{3}|\d{3} \d{2})\b(?![-\d])"
                     r"|,\s+[A-Z][^\W\d_]+(?:[- ][A-Z][^\W\d_]+)?\s+\d{5}\b(?![-\d])"
                     # (tenth round) the town alone after a comma, closing the clause ("Kwattaweg 626, Paramaribo.")
                     r"|,\s+(?!(?:The|And|But|So|Then|I|We|You|He|She|They|It|My|Our|Please|Thanks)\b|(?:Kel|Kec|Kab|Bo|Brgy)\.)[A-Z][^\W\d_]+"
                     r"(?:[- ][A-Z][^\W\d_]+)?(?=\s*(?:[.;|)]|,\s|$)))?")
# (eleventh round) the administrative parts after a street, as Indonesia, Puerto Rico and the Philippines write them
# ("Kel. Panjer, Kec. Sukasari", "Bo. Las Cuadras", "Brgy. Lahug")
_ADMIN_TAIL = (r"(?:,\s+(?:Kel\.|Kec\.|Kab\.|Kelurahan|Kecamatan|Kabupaten|Desa|Bo\.|Barrio|Brgy\.|Barangay)\s+"
               r"[A-Z][^\W\d_]+(?:\s+[A-Z][^\W\d_]+){0,2}){0,4}")
# the kind in lower case, as people type and transcribers write it (12 rue des Martyrs, 8 calle Luna): only
# with a house number before it and a capitalised name after it ("I rue the day" has neither)
_STREET_FIRST_LOWER = (r"(?:rue|avenue|boulevard|bd|boul\.|ch\.|place|chemin|allée|impasse|quai|calle|avenida|"  # boul., ch.: twelfth round
                       r"paseo|plaza|camino|carrer|rua|travessa|viale|piazza|corso|ulica)")  # not via: "3 via Zoom"
# kinds that are no English word: with a house number, the street's name may be in lower case too, as an
# automatic transcript writes it (12 rue des martyrs, 4 calle luna)
_STREET_FIRST_FOREIGN = r"(?:rue|calle|avenida|rua|chemin|piazza|viale|carrer|travessa|impasse|allée|quai)"
# the city, state or province and postal code after a street ("..., Kenosha, WI 53144", "..., Montréal QC
# H2X 3J6", "..., Ballarat VIC 3350", "..., Rotherham S60 2BT"): a postal code in its country's format closes it
_US_STATE = (r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|"
             r"V[AT]|W[AIVY])")
_CITY = r"(?:[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)*\.?\s+){0,2}[A-Z][^\W\d_]+(?:[-'’][^\W\d_]+)*"
_POSTAL_TAIL = (rf"(?:,?\s+{_CITY},?\s+(?:{_US_STATE}\s+\d{{5}}(?:-\d{{4}})?|(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s+"
                rf"[A-Z]\d[A-Z] ?\d[A-Z]\d|(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+\d{{4}}|[A-Z]{{1,2}}\d[A-Z\d]? \d[A-Z]{{2}})\b)")
# a unit after the street ("Apt. 6B", "Space 80", "Lot 12")
_UNIT_WORD = r"(?:Apt|Apartment|Unit|Suite|Ste|Flat|Space|Lot|Trailer|Trlr|Rm|Bldg|Building|#)"  # Trlr: tenth round
_UNIT_AFTER = rf"(?:,?\s+{_UNIT_WORD}\.?\s*\d[\w-]*)"  # ", Lot 44", " #19", ", Apt 4B" (tenth round)
# (tenth round) a street's kind in capitals, as US mail and records print it
_CAPS_STREET = (r"(?:ST|STREET|AVE|AVENUE|RD|ROAD|DR|DRIVE|LN|LANE|BLVD|BOULEVARD|CIR|CIRCLE|TRL|TRAIL|PKWY|PARKWAY|"
                r"LOOP|CT|COURT|WAY|PL|PLACE|HWY|HIGHWAY|TER|TERRACE"
                # (eighteenth round) the kinds Britain, Ireland, Australia and New Zealand write in capitals on forms
                r"|CRES|CRESCENT|CL|CLOSE|GR|GROVE|PDE|PARADE|TCE|SQ|SQUARE|MEWS|RISE|GDNS|GARDENS)")
_NOT_A_COUNT = (r"(?!\s*(?:percent|%|minutes?|hours?|days?|weeks?|months?|years?|times|people|mg|miles?|km|"
                r"dollars?|euros?|pounds?)\b)")

# spoken forms (verbatim and automatic transcripts): digits, dates, ages and addresses in words
_DIGIT_WORD = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)"  # nought: British English's zero
# seventh round: the same forms said in Spanish or French, as bilingual speakers and letters give them (the ten
# digits' and twelve months' names: general lists, like the English ones)
_DIGIT_WORD_ES_FR = r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|z[ée]ro|un|deux|trois|quatre|cinq|six|sept|huit|neuf)"
# (speed: a gate opening with a literal is searched fast; every form here has ", " before a digit's name)
_DIGIT_ES_FR_GATE = rf", {_DIGIT_WORD_ES_FR}\b"
_THREE_ES_FR = rf"{_DIGIT_WORD_ES_FR} {_DIGIT_WORD_ES_FR} {_DIGIT_WORD_ES_FR}"
_MONTH_ES = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
_MONTH_FR = r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
# a cheap search for the months above, in lower case as both languages write them (speed: case-sensitive literals
# are searched about three times faster than the same without case; a month capitalised as English does is missed)
# (tenth round: "avril" was missing, so no French date in April was found)
_MONTH_ES_FR_GATE = (r"(?-i:enero|febrero|marzo|abril|mayo|junio|julio|agosto|iembre|octubre|janvier|vrier|mars|avril|\bmai\b|"
                     r"juin|juillet|ao[ûu]t|tembre|octobre|novembre|cembre)")
_DAY_ES = (r"(?:[0-3]?\d|primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
           r"diecis[ée]is|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veintid[óo]s|veintitr[ée]s|veinticuatro|"
           r"veinticinco|veintis[ée]is|veintisiete|veintiocho|veintinueve|treinta(?: y uno)?)")
_DAY_FR = (r"(?:[0-3]?\d|1er|premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|"
           r"seize|dix-sept|dix-huit|dix-neuf|vingt(?:-(?:et-un|deux|trois|quatre|cinq|six|sept|huit|neuf)| et un)?|"
           r"trente(?:-et-un| et un)?)")
# (ninth round) the months of more languages, as dates write them after the day: Portuguese and Italian, German and
# Dutch, Polish, Ukrainian and Russian (in Latin letters, in the genitive a date uses: "14 grudnia", "5 liutoho",
# "3 marta"), Turkish, and the months of the Persian (Solar Hijri) and Ethiopian calendars: a general list, like the
# English months (every word here is a month's name in its language, not one writer's words)
_MONTH_PT_IT = (r"janeiro|fevereiro|mar[çc]o|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|gennaio|"
                r"febbraio|marzo|aprile|maggio|giugno|luglio|settembre|ottobre|novembre|dicembre")
_MONTH_DE_NL = r"januar|februar|m[äa]rz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus"
_MONTH_SLAVIC = (r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze[sś]nia|pa[zź]dziernika|listopada|"
                 r"grudnia|sichnia|liutoho|lyutoho|bereznia|kvitnia|travnia|chervnia|lypnia|serpnia|veresnia|zhovtnia|"
                 r"lystopada|hrudnia|yanvarya|fevralya|marta|aprelya|iyunya|iyulya|avgusta|sentyabrya|oktyabrya|"
                 r"noyabrya|dekabrya")
_MONTH_TR = r"ocak|[şs]ubat|mart|nisan|may[ıi]s|haziran|temmuz|a[ğg]ustos|eyl[üu]l|ekim|kas[ıi]m|aral[ıi]k"
_MONTH_FA_ET = (r"Farvardin|Ordibehesht|Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand|"
                r"Meskerem|Tikimt|Tikemt|Hidar|Hedar|Tahsas|Yekatit|Megabit|Miyazya|Ginbot|Genbot|Sene|Hamle|Nehase|"
                r"Pagume|Pagumen")  # capitalised only: "tir", "mehr", "sene" are words elsewhere
# (in lower case where the language writes its months so: "3 Marta" and "5 Maja" are names)
# (tenth round) the months of Swahili (East Africa's common language) and Haitian Creole, after a day; not Creole's
# "mas", "me", "out", which are English or French words too ("11 out of 12")
_MONTH_SW_HT = (r"januari|februari|machi|aprili|mei|juni|julai|agosti|septemba|oktoba|novemba|desemba|"
                r"janvye|fevriye|febwarye|jen|jiye|septanm|okt[oò]b|novanm|desanm")
# (eleventh round) the months of Indonesian and Malay not held above (Maret, Agustus, Desember; Pebruari, Nopember as
# older spelling writes them; Malay Ogos, Disember): a general list
_MONTH_ID_MS = r"maret|agustus|desember|pebruari|nopember|ogos|disember"
# (twelfth round) the months of Romanian not held above (ianuarie ... decembrie; "mai", "august" are there already), as
# Romanian and Moldovan speakers write a date in English talk: a general list
_MONTH_RO = r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie"
_MONTH_MORE = rf"{_MONTH_PT_IT}|{_MONTH_SLAVIC}|(?i:{_MONTH_DE_NL}|{_MONTH_TR}|{_MONTH_SW_HT}|{_MONTH_ID_MS}|{_MONTH_RO})|{_MONTH_FA_ET}"
# the numerals of Mandarin in pinyin, for a date said in it ("ba yue er hao", "shi yi yue shi qi hao": month "yue",
# day "hao" or "ri")
_PINYIN_NUMBER = r"(?:yi|er|san|si|wu|liu|qi|ba|jiu|shi)"
_DIGITS_SPOKEN = rf"(?:{_DIGIT_WORD}|\d)(?:(?:[\s,-]|\s*(?:\.\.\.|…)\s*)+(?:{_DIGIT_WORD}|\d)){{%d,}}"
# spoken digit groups as people read out a social security or phone number: three digits one by one, then pairs
# said as numbers ("seven four four, fifty-three, twenty-eight thirty-nine"; "oh one sixty-nine", "eighty sixty-seven")
_DIGIT_PAIR = (rf"(?:{_DIGIT_WORD} {_DIGIT_WORD}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-{_UNIT_NUM})?|"
               r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_THREE_DIGITS = rf"{_DIGIT_WORD} {_DIGIT_WORD} {_DIGIT_WORD}"


def _both(first: str, then: str) -> str:
    """A gate that passes where a text holds both *first* and *then* (anywhere: tried once, at the start)."""
    return rf"\A(?=[\s\S]*?(?:{first}))[\s\S]*?(?:{then})"
_FOUR_DIGITS = rf"{_DIGIT_PAIR} {_DIGIT_PAIR}"
# a digit said once, or twice or three times over ("double six", "triple eight")
_DIGIT_REPEAT = rf"(?:(?:double|triple) )?{_DIGIT_WORD}"
_SSN_CUE = (r"(?:social security(?: number| no\.?)?|social(?: number)?|SSN|SS#|SS number|Soc\.? ?Sec\.?(?: No\.?| number)?"
            r"|(?-i:SIN))")  # (twelfth round: Canada's social insurance number by its initials, in capitals only)
_MONTH_ANY_CASE = r"(?:(?i:" + "|".join(m for m in MONTHS if m != "March") + r")|March|May)"  # march, may: verbs
_NUMBER_WORD = (r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                r"ninety|hundred)")
_DIRECTION_WORD = r"(?:north|south|east|west|northeast|northwest|southeast|southwest)"
# a house number as people say it, in pairs ("eight forty", "ninety-two thirty-two", "fifty-two nineteen")
_TENS_WORD = rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-{_UNIT_NUM})?"
# the first group said as a digit and a pair ("one seventy-nine", "four eleven"), as people read three digits too
_THREE_SAID = (rf"(?:{_THREE_DIGITS}|{_DIGIT_WORD} (?:{_TENS_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|"
               r"sixteen|seventeen|eighteen|nineteen))")
_HOUSE_NUMBER_SPOKEN = (rf"(?:{_TENS_WORD}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                        rf"fifteen|sixteen|seventeen|eighteen|nineteen) (?:{_TENS_WORD}|ten|eleven|twelve|"
                        rf"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|oh {_UNIT_NUM})")
# a unit after a spoken street ("apartment six", "unit eight b", "unit 3b")
_UNIT_SPOKEN = (r"(?:,?\s+(?:apartment|apt|unit|suite|flat|space|lot)\s+(?:\d{1,4}[a-z]?\b|"
                r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                rf"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?:[ -]{_UNIT_NUM})?\b(?: [a-h]\b)?))")
# a street corner: two street names joined by "and", one of them a numbered or Main street ("Main and Fifth",
# "12th and Pine"; not "the 5th and 6th", "May 5th and 6th": a day's ordinal pairs with another day's)
_STREET_ORD = (r"(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|"
               r"Twelfth|Main|Broadway)")
_STREET_NAME_WORD = r"(?!(?:And|But|So|Then|The|This|That|When|What|We|You|He|She|They|It|My|Our|His|Her)\b)[A-Z][a-z]+"
_NOT_KIN_WORD = r"(?!(?:Mom|Mum|Dad|Grandma|Grandpa|Nana|Papa|Gran|Granny)\b)"  # "lived at Mom and Dad's" is no corner
_NOT_STREET_WORD = r"(?!(?:of|us|the|and|to|we|i|you|a|my|our|on|in|at|for|then|or|is|was|will|would|can)\b)"
_UNITS = (r"(?:percent|%|minutes?|seconds?|hours?|days?|weeks?|months?|mg|milligrams?|micrograms?|mcg|pounds?|"
          r"kilos?|kg|dollars?|bucks|cents|degrees|miles?|times|feet|meters?|people|of them|of us|pages?|points?)")
# (twenty-first round: nor "that", "this": "is that brightpath dot org dot au?")
_SITE_WORD = (r"(?!(?:is|on|to|at|the|go|and|from|slash|colon|visit|check|see|me|it|its|it's|that|this|page|site|called|up|out|into|"
              r"follow|try|use)\b)[a-z0-9-]+")
_MONTH_GATE = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_KIN = (r"(?:mom|mum|mother|dad|father|grand(?:ma|mother|pa|father|dad|mom|mum)|granddad|gran|nan|nana|nanna|"
        r"grandad|aunt|auntie|uncle|husband|wife|patient|client|neighbou?r|she|he|"
        r"abuel[ao]|abuelit[ao]|nonn[ao]|oma|opa|bubbe|zayde|lola|lolo|elder|man|woman|lady|gentleman|"
        r"(?:great-)?grand(?:mother|father|parent)|sister|brother|friend|teacher|healer|shaman|leader|priest|"
        r"resident|veteran|widow|widower|person|guy|member|participant|pt|oldest|"
        # (twelfth round) more words for a grandparent, as families across Britain, Ireland and Europe say them (Welsh
        # nain, taid, mamgu, tadcu; Irish mamó, daideó; Scots and Ulster granda; Polish, Romanian, Russian, Afrikaans):
        # a general list
        r"nain|taid|mamgu|tadcu|mam[óo]|daide[óo]|granda|grampa|gramps|granny|babcia|dziadek|bunica|bunicul|"
        r"babushka|dedushka|ouma|oupa)")  # "the oldest in the group was 101"
_TLD_SPOKEN = r"(?:com|org|net|edu|gov|io|co|us|uk|ca|au|info|health)"
# a country's two letters said after a domain ("dot co dot za", "dot ie"); not those that are English words (is, it, at,
# no, be, in, me, so ...: "polka dot is"), which only follow "co", "com", "org" ... as a second level
_COUNTRY_SPOKEN = (r"(?:za|ie|ng|ph|nz|au|uk|ca|us|de|fr|es|nl|ch|se|dk|fi|pl|pt|br|mx|jp|sg|hk|ke|gh|jm|tt|pk|lk|np|ae|scot|"
                   r"gr|tr|ru|ua|il|cn|ir|cz|hu|ro|mil|"  # (ninth round: more of Europe and Asia, .mil)
                   # (tenth round) the other countries' endings that are no English word or common syllable (not .ma,
                   # .so, .do, .pa, .la, .my, .id, .by, .is, .na, .ga)
                   r"ci|sn|sr|ug|zw|tz|rw|cm|ht|bj|bf|ml|et|zm|mw|mz|bw|ls|ao|cd|cg|dz|tn|eg|ly|sd|lb|sy|iq|af|bd|mm|th|vn|"
                   r"kh|tw|kr|kz|uz|bg|sk|si|hr|rs|ba|mk|lt|lv|ee|ar|cl|pe|ve|ec|bo|uy|py|cr|gt|hn|sv|ni|cu|pr|bb|bs|bz|"
                   r"gy|lc|vc|gd)")
# (twelfth round) the number words of an address's digits said ("ninety three", "oh seven")
_EMAIL_NUMBER_WORD = rf"(?:{_NUMBER_WORD}|double|triple)"
# (ninth round) the "@" sign's names in other languages, as addresses are read out: Spanish and Portuguese, French,
# Hebrew, Italian, Polish, Greek, Hungarian, German, Dutch, Swedish, Russian (a general list)
_AT_SIGN_WORD = (r"(?:arroba|arobase|shtrudel|chiocciola|ma[lł]pa|papaki|kukac|klammeraffe|apenstaartje|snabel-a|"
                 r"sobaka|sobachka)")
# (ninth round) the letters of the phonetic alphabet (ICAO/NATO), as a name or an address is spelled on the phone
_PHONETIC_LETTER = (r"(?:Alpha|Alfa|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliet|Juliett|Kilo|Lima|Mike|"
                    r"November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Victor|Whiskey|Whisky|X-ray|Xray|Yankee|Zulu)")

# an address written as lines joined by commas, one identifier: a unit, a plot or "c/o" someone, the street, a
# landmark, the locality, the town and its district or postal code ("No. 24, Elm Close, off Bank Road, Lekki",
# "Flat 0/2, 61 High Street, Partick", "Blk 3 Lot 9, Mango St., Brgy. Lahug, Pasig", "Rose Cottage, Ballina, Co.
# Mayo", "7 Oak Lawn, Tallaght, Dublin 24", "B-12, Rose Apartments, near the bus depot, Andheri East, Mumbai
# 400069"): not a street, a name and a town found apart, with the commas between them left standing
_ADDR_STOP = (r"(?!(?:The|A|An|And|But|So|Then|Or|If|When|While|I|We|You|He|She|They|It|My|Our|Your|His|Her|Their|This|"
              r"That|There|Yes|No|Not|Please|Thanks|" + "|".join(WEEKDAYS) + "|"
              + "|".join(MONTHS) + r"|May)\b)")
_ADDR_ABBR = r"(?:St|Rd|Ave|Blvd|Ln|Pl|Ct|Dr|Cres|Brgy|Mt|Ft|Hwy|Stn|Ext|Pkwy|Cir|Trl)\."  # Lotus St., Brgy. Lahug
_ADDR_WORD = (rf"{_ADDR_STOP}(?:{_ADDR_ABBR}|[{_UPPER_ACCENTED}][a-zà-ÿ{_EXT_LO}'’]+(?:[A-Z][a-zà-ÿ{_EXT_LO}]+)?(?:-[A-Za-zà-ÿ{_EXT_LO}][a-zà-ÿ{_EXT_LO}'’]*)*|"
              rf"[A-Z]{{2,4}}\b)")  # McGillivray, Ipil-Ipil, RV
_ADDR_NAME = rf"{_ADDR_WORD}(?:\s(?:na\s|of\s|de\s|la\s)?{_ADDR_WORD}){{0,4}}"  # Tigh na Mara, Andheri East
# a unit, a plot or a house said by its number, before or inside the address (Flat 2/1, Erf 3600, Stand 190, Zone 7,
# Blk 22 Lot 4, LP 51, House No. 401, B-798, app. 2)
# (eighth round: a flat by its letter, "Flat C"; a floor as Hong Kong, Chinese and Singaporean addresses write it,
# "9/F", "G/F")
# (ninth round: a building, as Chinese and other addresses open, "Building 3, Unit 2, Room 2507"; Ethiopia's woreda
# and kebele; a house number said so, "house number 1059")
# (tenth round: a house number written "#25" or after the numero sign, "N° 18", "Villa N° 18", as French, Spanish,
# Caribbean and South Asian addresses write it; a unit after the house's number, "No. 2328 Unit K")
# (twelfth round: a mobile home's or a boat's place on a site, a park or a marina, "Static 53", "Pitch 12", "Bay 6",
# "Berth 4", "Mooring 9", "Caravan 3", "Chalet 2", before the site's name)
_ADDR_LOCATOR = (r"(?:(?:[Hh]ouse\s+(?:No|[Nn]umber)|No|N[°º]|(?:Villa|Maison|Casa)\s+N[°º]|Flat|Apt|Apartment|Unit|Suite|Room|Rm|Lot|Plot|Stand|Erf|LP|Blk|"
                 r"Static|Pitch|Bay|Berth|Mooring|Caravan|Chalet|"
                 r"Block|Sector|Zone|Phase|Site|Box|app|apt|Building|Bldg|Woreda|Kebele|Section|Allotment|Camp|Shed)\.?\s*#?(?:\d[\w/-]*|[A-Z]-\d[\w/-]*)"
                 r"(?:\s+(?:Lot|Unit|Block|Blk|Section)\s+(?:\d+|[A-Z]\b))?"
                 r"|[A-Z]-\d{2,5}"
                 r"|(?:Flat|Apt|Unit|Room|Block|Wing)\s+[A-H]|(?:\d{1,2}|G|LG|UG)/F)\b")
_EIRCODE = r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) (?=[0-9A-Z]{0,3}\d)(?=[0-9A-Z]{0,3}[A-Z])[0-9AC-FHKNPRTV-Y]{4}\b"  # D24 T1Y8
# (twelfth round) an Eircode's last four may all be letters ("D24 ANCY"): so only as an address's last line, after a comma
_EIRCODE_ANY = r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [0-9AC-FHKNPRTV-Y]{4}\b"
# a street kind after a house number (further kinds than _STREET's, which alone would be place or common words)
_ADDR_STREET_KIND = rf"(?:{_STREET}|{_STREET_WITH_NUMBER}|Lawn|Lawns|Cres|Parade|Park|Green|View|Heights|Estate)\b\.?"
_ADDR_PART = (rf"(?:{_ADDR_LOCATOR}|(?:[A-Z]{{1,2}}-)?\d{{4,5}}\s+{_ADDR_NAME}(?=\s*(?:[,.;:)\"'|]|$)|\s+(?:and|near|in|on|at|by|"
              rf"for|until|after|before|with|not|please|but|so|to|now|then|when|where|which|[a-z]+(?:ed|s)? (?:the|a|it|him|her|us|them)\b))|(?:near|off|opposite|opp\.|behind|beside|next to)\s+(?:the\s+)?"
              rf"(?:{_ADDR_NAME}|[a-z]+(?:\s+[a-z]+)?)|Co\.\s+{_ADDR_WORD}|{_EIRCODE_ANY}|{_UK_POSTCODE}|"
              rf"(?:{_HOUSE_NUMBER}(?:\s+1/2)?\s+|\d{{1,3}}(?:st|nd|rd|th)\s+)?{_ADDR_NAME}"
              rf"(?:,?\s+{_US_STATE}\s+\d{{5}}(?:-\d{{4}})?\b|\s+\d{{6}}\b|\s+\d{{1,2}}\b(?![.:/,]?\d)|\s+\d{{4,5}}\b(?![.:/,]?\d)|\s+\d{{1,3}}/\d{{1,3}}\b"
              rf"|\s+{_UK_POSTCODE})?)")  # (ninth round: "London N11 5HQ")
_ADDR_FIRST = (rf"(?:\b(?:c/o|C/O)\s+{_ADDR_NAME}|\b{_ADDR_LOCATOR}|\b(?:[A-Z]{{2,5}}\s+)?unit\s+\d[\w/-]*(?=,\s+(?:Lot|Apt|Block|Unit|\d))|#(?<=(?<![\w#])#)\d{{2,5}}[A-Za-z]?\b|\bnumber\s+{_NUMBER_WORD}(?:[ -]{_NUMBER_WORD})?"
               rf"(?=,\s+(?:{_ADDR_WORD}\s+){{1,3}}{_ADDR_STREET_KIND})|"
               rf"\b{_HOUSE_NUMBER}(?:\s+1/2)?\s+(?:{_ADDR_WORD}\s+(?:(?:na|an|de|la|du|del)\s+)?){{1,3}}{_ADDR_STREET_KIND}|"
               rf"\b{_HOUSE_NUMBER},?\s+(?:{_STREET_FIRST_LOWER}|{_STREET_FIRST})\s+{_FOREIGN_NAME}"  # 12, rue X
               rf"|\b(?=[^\W\d_]+\s[^\n,#]{{1,40}}#\d)(?<!\.){_STREET_FIRST}\s+{_FOREIGN_NAME}\s+#\d{{1,5}}\b)")  # Rue Capois #28, ... (tenth round)


# a form's fields that hold a person's name ("Patient: ...", "Client name: ...") and the values of them that name no one
# (both name-field recognisers below)
_NAME_FIELD = "Patient|Client|Resident|Member|Subscriber|Insured|Pt|Full|First|Last|Family|Given"
_NAMES_NO_ONE = "withheld|unknown|n/?a|none|see|on file|redacted|not known|declined|yes|no"


def _parsed_or_none(analyse, pattern: re.Pattern):
    """*analyse* (:func:`_first_chars`, :func:`_prefilter`) of *pattern*, or None -- the pattern then runs as written,
    only slower -- where the regular expression parser they read (``re._parser``, CPython's own, not a public API)
    is not there or gives another shape in a later Python."""
    try:
        return analyse(pattern)
    except (ImportError, AttributeError, TypeError, ValueError, IndexError):
        return None


def _first_chars(pattern: re.Pattern) -> re.Pattern | None:
    """(speed) A character class that holds the first character of every match of *pattern*, where that class is
    rare in text (no letters but three at most, in either case; digits, punctuation): then :func:`_matches` tries
    the pattern only where the class is (the pattern tries every position, and most open with ``\\b``, which keeps
    the regular expression engine from skipping ahead by itself).  None where the parsed pattern gives no such class
    (it may match empty, or open with any character)."""
    import re._constants as c
    import re._parser as parser

    def first(items):  # (the set of first characters, whether the sequence may match empty)
        chars = set()
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero-width
            if op is c.LITERAL or op is c.IN and not any(o is c.NEGATE for o, _ in av):
                return chars | ({(op, av)} if op is c.LITERAL else {(o, tuple(a) if o is c.RANGE else a) for o, a in av}), False
            if op is c.BRANCH:
                empty = False
                for branch in av[1]:
                    got, may = first(branch)
                    if got is None:
                        return None, False
                    chars, empty = chars | got, empty or may
            elif op in (c.SUBPATTERN, c.ATOMIC_GROUP, c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                got, empty = first(av[3] if op is c.SUBPATTERN else av if op is c.ATOMIC_GROUP else av[2])
                if got is None:
                    return None, False
                chars, empty = chars | got, empty or op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] < 1
            else:
                return None, False
            if not empty:
                return chars, False
        return chars, True

    chars, empty = first(list(parser.parse(pattern.pattern, pattern.flags)))
    if chars is None or empty:
        return None
    parts, letters = [], set()
    for op, av in chars:
        if op is c.LITERAL:
            parts.append("\\U%08x" % av)
            letters |= {chr(av).casefold()} if chr(av).isalpha() else set()
        elif op is c.RANGE and not any(chr(x).isalpha() for x in range(av[0], av[1] + 1)):
            parts.append("\\U%08x-\\U%08x" % av)
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
            parts.append(r"\d")
        else:
            return None  # letters in a range, any word character or space: not rare
    if len(letters) > 3:
        return None
    return re.compile("[" + "".join(sorted(parts)) + "]", pattern.flags | re.IGNORECASE)  # (ignoring case: more, never fewer)


def _matches(pattern: re.Pattern, first: re.Pattern, text: str):
    """``pattern.finditer(text)``, the pattern tried only where *first* finds a character a match may start with
    (:func:`_first_chars`: no match is empty, and none starts elsewhere): the leftmost match, then the leftmost
    after it, as finditer finds them (``match`` at a position sees the text before it, as ``search`` does)."""
    search, match = first.search, pattern.match
    pos = 0
    while True:
        at = search(text, pos)
        if at is None:
            return
        m = match(text, at.start())
        if m is None:
            pos = at.start() + 1
        else:
            yield m
            pos = m.end()


@dataclass(frozen=True)
class Recogniser:
    entity_type: str
    pattern: re.Pattern
    gate: re.Pattern | None = None  # a cheap search that must succeed first (speed: most turns have no digits)
    # what must end right before a match, and is part of the identifier (speed: a holiday is found from the
    # year after it, which a regular expression finds much faster than the holiday's many names)
    before: re.Pattern | None = None
    # what may end right before a match and is then part of the identifier ("fifth" of "fifth january": found from the
    # month, which a regular expression finds much faster than a day that may open any word)
    extend: re.Pattern | None = None
    # (eleventh round) what may follow a match right after it and is then part of the identifier (an ID's check digit
    # or issue number after a slash, "3815712158/3"; an HL7 identifier's authority and type, "7237727^^^STS^MR")
    after: re.Pattern | None = None

    def __post_init__(self):  # the identifier's groups, once (speed: find runs for every turn)
        object.__setattr__(self, "_groups", tuple(g for g in self.pattern.groupindex if g.startswith("id")))
        object.__setattr__(self, "_first", _parsed_or_none(_first_chars, self.pattern))

    def find(self, text: str):
        """``(start, end)`` of each identifier (the ``id`` group, or ``id2``, ``id3`` in a pattern's later
        alternatives, when the pattern has one)."""
        if self.gate is not None and self.gate.search(text) is None:
            return
        yield from self.find_ungated(text)

    def find_ungated(self, text: str):
        """:meth:`find` without the gate (:func:`structured_spans` tests each distinct gate once a text)."""
        groups = self._groups
        for m in self.pattern.finditer(text) if self._first is None else _matches(self.pattern, self._first, text):
            if self.before is not None:
                b = self.before.search(text, max(0, m.start() - _BEFORE_REACH), m.start())
                if b is not None:
                    yield b.start(), m.end()
                continue
            group = next((g for g in groups if m.group(g) is not None), None)
            start, end = m.span(group) if group else m.span()
            if self.extend is not None:
                b = self.extend.search(text, max(0, start - _BEFORE_REACH), start)
                start = b.start() if b is not None else start
            if self.after is not None:
                a = self.after.match(text, end)
                end = a.end() if a is not None else end
            yield start, end


_BEFORE_REACH = 40


def _r(entity_type: str, pattern: str, flags=0, gate: str | None = None, before: str | None = None,
       extend: str | None = None, after: str | None = None) -> Recogniser:
    return Recogniser(entity_type, re.compile(pattern, flags), re.compile(gate, re.IGNORECASE) if gate else None,
                      re.compile(before) if before else None, re.compile(extend) if extend else None,
                      re.compile(after) if after else None)


# a written web address's ending ("kliniek.nl"): the URL recogniser's, and its gate
_DOT_TLD = (r"\.(?:com|org|net|edu|gov|io|co|us|uk|ca|au|nz|info|health|me|app|biz|ly|"
            r"nl|de|se|dk|fi|fr|es|ch|ie|za|jp|cn|hk|sg|kr|tw|pl|pt|br|mx|ru|gr|hu|cz|il|tr|ae|ph|ng|ke|gh|vn|th|nu|eu)")

# (eleventh round) after an ID: a check digit or issue number after a slash ("3815712158/3", "IP-STS-666/24"), or an
# HL7 identifier's assigning authority and type ("974093^^^CMH^MR")
_HL7_AUTHORITY = r"\^\^\^[A-Za-z0-9&.]*\^[A-Z]{2,4}\b"  # an HL7 identifier's authority and type, "^^^CMH^MR"
# (twenty-fourth round: also a card's issue number apart, " / 3", as a Medicare card's reference number is written
# after it, "2123 45670 1 / 1"; one digit only, not a score, "/ 10")
# (twenty-sixth round: also a dependant's or an issue suffix of one or two figures after a hyphen, as a member's or a
# participant's number is written, "R94518862-03")
_ID_AFTER = r"/\d{1,4}(?![\w/])| / \d(?![\w/])|-\d{1,2}(?![\w/-])|" + _HL7_AUTHORITY
# what follows an ID cue (the two cued ID recognisers'): the gap, then the number in a record's shape, as a token or
# in digit groups with check letters or a check digit apart
# (twenty-first round: also a number in three or more parts apart by slashes with a letter, "WJ/88/68177"; not a date)
_CUED_ID = (rf"{_CUE_GAP}(?P<id>{_ID_AFTER_CUE}|{_ID_TOKEN}|(?=[A-Z0-9/]*[A-Z])(?=[A-Z0-9/]*\d[A-Z0-9/]*\d[A-Z0-9/]*\d)[A-Z0-9]{{1,8}}(?:/[A-Z0-9]{{1,10}}){{2,}}|(?:[A-Z] )?\d{{2,}}(?: \d{{2,}}){{1,3}}(?:[A-Z]| [A-Z]{{2}})?(?: \d\b)?)\b"
            r"(?!-[A-Za-z0-9])")
# (eleventh round) the weekdays of Indonesian and Malay, before a date as they write it ("Kamis, 16 November")
_WEEKDAY_ID = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad|Isnin|Khamis)"



# (nineteenth round) the short words that open a question or a clause, never an ID's letters ("Is", "Was", "And")
_R19_NOT_WORD_PREFIX = ("(?!(?:Is|Isn't|Was|Its|It's|Has|Had|Did|Does|Do|Can|Will|And|But|The|Our|His|Her|Him|She|You|Are|"
                        "Now|Not|Yes|Then|Try|Dial|Use|Got|Get|Just|Like|Also|So|Or|On|At|To|In|Of|My|Me|We|Oh|Um|Uh|Er|"
                        "Ok|Okay|Hi) )")
# (eleventh round) the shapes of a record's number after an acronym or a word that names it (two recognisers below)
_ID_SHAPES = (rf"(?P<id>(?![0-3]\d(?:{MONTH_CAPS})\d)(?:"  # not a compact date (08FEB1997)
               r"(?=[A-Z0-9/]*\d[A-Z0-9/]*\d[A-Z0-9/]*\d)[A-Z0-9]{1,8}(?:/[A-Z0-9]{1,10}){2,}"
               r"|[A-Z0-9]{1,4}-\d{5,}-[A-Z0-9]{1,3}|\d{4,9}-\d{2,5}|[A-Z]{2,4} \d{3,4}(?: \d{3,4}){1,3}"
               r"|[A-Z]{1,2}\d{4}[A-Z]{1,2}|[A-Z]{2}\d{2} ?[A-Z]{3}|[A-Z]{2,6}/\d{4,}"  # (twelfth round) G6664GF, LN67 HAN, HSG/7904
               # (nineteenth round: not a question's or a clause's first word after a speaker's label in capitals,
               # "INT: Is 07700 900427 your mobile?")
               r"|" + _NOT_MONTH_PREFIX + _R19_NOT_WORD_PREFIX + r"[A-Z][A-Za-z]{1,3} \d{5,}|\d{3,6}(?: \d{3,6})+[A-Z]?(?: \d)?"
               r"|[A-Z]{0,3}\d{5,}[A-Z]{1,2}|[A-Z]{3}\d{4}|[A-Z]\d{2}-\d{5}|\d{6,}|(?=[A-Z0-9]*\d[A-Z0-9]*\d[A-Z0-9]*\d)[A-Z0-9]{8,}"
               r"|\d{1,4}-[A-Z]{1,3}-\d{3,6}(?:-[A-Z0-9]{1,3})?"  # (tenth round: a court's case number, "2022-CR-9451-C")
               r"|[A-Z]{1,3}-\d{3,}"  # (tenth round: a letter prefix and a hyphen, "no. P-287")
               r"|\d{1,3}(?:\.\d{3}){2,3}|\d{3}\.\d{4}\.\d{4}\.\d{2}|\d{1,3}(?:\.\d{1,3}){3}|\d{4,9}-\d{2,7}|\d{5,8}[A-Z]\d{1,3}"
               r"|\d{3}(?: \d{3}){1,3}[A-Z]?"
               r"|(?=[A-Z0-9-]*\d[A-Z0-9-]*\d[A-Z0-9-]*\d)[A-Z]{2,5}(?:-[A-Z0-9]{2,6}){1,3}))\b(?!-\w|/(?!\d{1,4}(?![\w/]))\w)")


# (thirteenth round) before a street's house number, the floor or part of a building an address opens with, as
# Australian, Canadian and Singaporean addresses write it ("Level 8, 200 Station Lane", "Basement, 4067 W 20th Ave",
# "Shop 3, ...", "Blk 862 Ang Mo Kio Ave 3"): looked for only before a match (speed)
_FLOOR_BEFORE = (r"\b(?:(?:Level|Floor|Shop|Suite|Unit|Lot|Blk|Block)\s+\d{1,3}[A-Za-z]?,?|Basement(?: [Ss]uite)?,|"
                 r"(?:Ground|Lower Ground|Upper|Top|First|Second) [Ff]loor,|Blk\.?|Block|Level)\s+$")
# (thirteenth round) after a street, Singapore's street number, unit and postal code ("... Ave 3, #15-269, Singapore
# 550116"): the unit "#floor-unit", the country's name and its six digits (a street's trailing number only before them)
_SG_TAIL = (r"(?:\s+\d{1,2}[A-Z]?)?,\s+#\d{1,3}-\d{1,5}[A-Z]?\b(?:,\s+Singapore\s+\d{6}\b)?"
            r"|(?:\s+\d{1,2}[A-Z]?)?,\s+Singapore\s+\d{6}\b")


# (thirteenth round) an extension after a local or an international number ("834-9006 ext. 547", "020 8032 1582 ext.
# 4023", "+61 3 9555 0100 x21"), part of the number, as the North American one's has been: looked for only after a match
_PHONE_EXT = r",?\s*(?:ext|extn|extension|poste)\.?\s*\d{1,5}\b|\s*x\d{1,5}\b"


# (fourteenth round) structured forms of uncorrected speech recognition and of group and family talk
_R14_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_R14_SMALL = r"(?:[1-9]|10|one|two|three|four|five|six|seven|eight|nine|ten)"
_R14_AGE_CUE = r"(?:['’]s|\bis|\bwas|\bturned|\bturns|\bturning|\bat|\baged|\bbe|['’]m|\bam|\bnow|\bto|\btill|\buntil)"
_R14_NOT_COUNT = (rf"(?!\s*(?:%|(?:{_UNITS}|percent|quid|bucks|dollars|euros|pounds|grand|times|people|k)\b)"
                  r"|\s+(?!(?:is|was|has|does|yes|as|us|his|this|thus)\b)[a-z]+s\b)")  # nor a count of things
_R14_NOT_WORD_AT = (r"(?!(?:look|looking|looked|available|found|find|online|me|us|them|him|her|you|it|up|out|here|there|is|are|"
                    r"was|were|be|been|work|works|worked|working|based|live|lives|living|staff|people|everyone|someone|"
                    r"anyone|everything|all|one|that|this|what|which|who|and|or|but|so|stay|staying|meet|meeting|sign|"
                    r"signed|signing|register|registered|go|went|get|got|book|booked|booking|apply|applied|info|"
                    r"information|details|more|listed|posted|advertised|shop|shopping|bought|order|ordered|page|pages|site|website|web|link|"
                    r"links|form|forms|portal|forum|blog|app|channel|profile|account|listing|video|article|post|resources)\b)")
_R14_TLD = r"(?:com|org|net|edu|gov|io|co|us|uk|ca|au|nz|ie|info|health|me|app|biz|de|fr|nl|za|sg|in)"
_R14_MAILBOXES = frozenset("info admin hello contact office bookings booking reception enquiries inquiries support referrals "
                           "referral intake appointments help team mail accounts billing".split())


@dataclass(frozen=True)
class _UnwordedRecogniser(Recogniser):
    """(fourteenth round) a recogniser whose ``local`` group must be no common English word (an email's name before
    "at" said aloud: "jsmith94 at gmail.com", not "participants at deltamercy.health"), or a mailbox's ("info at")."""

    def find_ungated(self, text: str):
        probs = lexeme_probs()  # (read once a process; deid reads it anyway)
        for m in self.pattern.finditer(text):
            local = m.group("local")
            if any(c.isdigit() for c in local) or local in _R14_MAILBOXES or probs.get(local, UNSEEN) < -17.5:
                yield m.span("id")


_ROUND14 = (
    # a weekday before "the Nth of Month" ("Saturday the 6th of March"): one date, not the weekday's and the month's
    _r("DATE", rf"\b{_R14_WEEKDAY},? the {_DAY} of {_ANY_MONTH}(?:,? {_YEAR}\b)?", gate=r"(?-i:day,? the )"),
    # speech recognition's full stop inside a date ("the 27th. Of April", "August. 19th"): an ordinal in digits only
    _r("DATE", rf"\b(?:the )?[0-3]?\d(?:st|nd|rd|th)\. [Oo]f {_ANY_MONTH}(?:,? {_YEAR}\b)?"
               rf"|\b(?:{'|'.join(MONTHS + ('May',))})\. [0-3]?\d(?:st|nd|rd|th)\b",
       gate=r"\d"),
    # a day, month and four-digit year as speech recognition writes them apart ("17 12 1986"): a real day and month
    _r("DATE", r"(?<![\d,.:/-])(?<!\d )\b(?:0?[1-9]|[12]\d|3[01]) (?:0?[1-9]|1[0-2]) (?:19|20)\d\d\b(?![ ,.:/-]?\d)",
       gate=r"\d"),
    # an age over a hundred said with "and" ("she's a hundred and 2", "100 and 6 years old"): after a word that
    # opens an age, or before "years old"; not a sum of money or a count
    _r("AGE", rf"(?:{_R14_AGE_CUE}\s+(?:a\s+)?(?P<id>(?:(?:a|one) hundred|100) and {_R14_SMALL}(?:[- ]years?[- ]old\b)?)"
              rf"|\b(?P<id2>(?:(?:a|one) hundred|100) and {_R14_SMALL}[- ]years?[- ]old)\b){_R14_NOT_COUNT}\b",
       re.IGNORECASE, gate=r"\b(?:9\d|1[01]\d|ninety|hundred|one[- ]oh)\b"),
    # speech recognition's homophones of "ninety-two" and "ninety-four" ("she turned ninety to", "he's ninety for
    # years old"): after a word that opens an age, and before "years old", a comma or a full stop
    _r("AGE", rf"{_R14_AGE_CUE}\s+(?P<id>ninety (?:to|too|for)(?:[- ]years?[- ]old\b|(?=[,.;]|\s+(?:in|and|now|so|but|next|last|this|when)\b)))",
       re.IGNORECASE, gate="ninety"),
    # a day of the month alone, as an ordinal after "the", before a pause or a clause ("put the 27th in your diary",
    # "Session 6 notes, the 2nd:"), or an ordinal word from "third" after an event's "is" or "was" ("the dosing day was
    # the ninth"): not before a noun ("the 5th session", "the 21st century"), not "the first" or "the second"
    _r("DATE", rf"\bthe (?P<id>(?:[12]?\d|3[01])(?:st|nd|rd|th))(?=:\s|[,;.?!](?!\d)|\s+(?:in|so|but|when|then|because|if|and I|and we)\b"
               rf"|\s+[-–—]+\s|[\"”](?!\w))",  # (twenty-sixth round) or a dash or a closing quote, "the 7th - it's the play"
       gate=r"the \d{1,2}(?:st|nd|rd|th)\b"),
    _r("DATE", rf"\b(?:day|date|appointment|operation|surgery|funeral|wedding|hearing|play|match|party|scan|review|dosing|infusion|"
               rf"session|anniversary|birthday|deadline|interview|court|trial|exam|results?) (?:is|was|['’]s) (?:on )?"
               rf"the (?P<id2>{_MID_ORD_WORDS}|{_LATE_ORD_WORDS})\b(?=\s*[,;.?!]|\s+(?:and|so|but|when|then|because|I|we)\b)"
               # (twenty-sixth round) or the answer to a question of when or what date, "When was the scan? The ninth."
               rf"|\b(?:when|what date|which date|what day|which day)\b(?:(?!\b(?:which|who|what|how)\b)[^?\n]){{0,60}}\?[^?\n]{{0,25}}?\bthe "
               rf"(?P<id3>{_MID_ORD_WORDS}|{_LATE_ORD_WORDS})\b(?=\s*(?:[,;.?!]|$))",
       re.IGNORECASE, gate=_THE_ORDINAL),
    # a phone number read out digit by digit, ten to twelve digits apart ("0 7 7 0 0 9 0 0 7 0 8")
    _r("PHONE", r"(?<![\w-])(?<![\d,] )\d(?: \d){9,11}\b(?! \d)", gate=r"\d"),
    # a national number with its trunk zero in three groups ("077 00 900417", "(057) 86 56354", "090 64 75093")
    _r("PHONE", r"(?<![\w(+-])(?:\(0\d{2,4}\) (?:\d{2} \d{5,6}|\d{3,4} \d{4,6})|0\d{2,4} \d{2} \d{5,6})\b(?![ -]?\d)", gate=r"\d"),
    # an email address said with "at" before a written domain ("jsmith94 at gmail.com"): not "look at bbc.co.uk"
    _UnwordedRecogniser("EMAIL", re.compile(rf"(?<![\w.@-])(?<!\bat )(?<!\bon )(?<!\bvisit )(?<!\bsee )(?<!\bcheck )"
                rf"(?P<id>{_R14_NOT_WORD_AT}(?![a-z]+ing )(?P<local>[a-z][a-z0-9._-]*[a-z0-9]) at (?!www\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.{_R14_TLD}(?:\.[a-z]{{2}})?)\b(?![.-]?\w|/)"),
       re.compile(_DOT_TLD, re.IGNORECASE)),
    # an email's name spelled out letter by letter before "dot" ("K A Y L A dot yazzie at icloud dot com")
    _r("EMAIL", rf"(?<![\w-])(?:[A-Z] ){{2,}}[A-Z] dot [a-z0-9]+ at [a-z0-9-]+(?: dot {_R14_TLD}){{1,3}}\b",
       gate=" dot "),
    # a web address with letters spelled in its name ("pinecrest c b t dot com slash booking", "w w w dot ...")
    _r("URL", rf"(?:\b(?:w w w|www) dot )?\b{_SITE_WORD}(?: [a-z]){{1,4}} dot {_R14_TLD}(?: dot [a-z]{{2}})?"
              r"(?:(?: forward)? slash [a-z0-9-]+)*\b", gate=" dot "),
    # a UK National Insurance number as speech recognition writes it, in any case and spaced ("ce 41 97 29 b") or
    # letter by letter ("P C 2 0 5 2 1 0 D"); an Irish PPS number, seven digits and one or two letters ("9306744hw",
    # "2 1 1 9 9 6 0 A"); an SSN with its first hyphen heard as a space ("256 54-1965")
    _r("SSN", r"(?<![\w-])(?!(?:at|be|an|as|by|go|he|me|my|no|so|we|am|oh|ok|um|uh|eh|ah|ha|hm|mm|ye|ya|yo|or|on|to|of|in|it|is|if|up|us|do)\b)"
              r"[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] \d\d \d\d \d\d [a-d]\b(?![\w-])"
              r"|(?<![\w-])[A-CEGHJ-PR-TW-Z] [A-CEGHJ-NPR-TW-Z](?: \d){6} [A-D]\b(?! [A-Z]\b)"
              r"|(?<![\w-])\d{7}[a-w]{1,2}\b|(?<![\w-])\d(?: \d){6} [A-W](?: [A-W])?\b(?! [A-Z]\b)"
              r"|(?<![\w-])\d{3} \d{2}-\d{4}\b(?!-)",
       gate=r"\d"),
    # after a national number's name, its digits in twos and threes ("social's 48 141 856", "NI number (744 635 162)")
    _r("SSN", r"(?<!\bobra )\b(?:(?i:social(?: security)?(?: number)?|national insurance(?: number)?)|"
              r"(?-i:SSN|NI number|IRD(?: number)?|PPS(?: number)?))(?:['’]s|\?| is| was)?[,:]?\s+\(?"
              r"(?P<id>\d{2,3} \d{3} \d{3})\b(?![ -]?\d)", gate=r"\d"),
    # after an ID's cue, its letters and digits read out one by one ("P S I 3 3 7 6", "psi 8 7 1 1", "5 7 5 1 6 6 3") or
    # one to three capitals before three or four digits ("P462", "MFG241"); and the cues of group and family work:
    # a family's or a member's code, a permit, a car's rego, a charity's registration, a staff or pupil number
    _r("ID", rf"(?<![/.])\b(?i:{_ID_CUE}|{_ID_CUE_12}|code|permit|rego|reg|(?:membership|staff|pupil|meeting) (?:ID|number|no\.?)|"
             rf"registration|referral(?= [A-Z0-9]))(?:{_CUE_GAP}|(?:['’]s\b)?(?:[^\S\n]+[A-Za-z'’-]+){{1,6}}?\s+(?:is|was)[,:]?\s+)(?P<id>(?:[A-Z] ){{1,3}}\d(?: \d){{3,7}}|[a-z]{{2,3}} \d(?: \d){{3,7}}|\d(?: \d){{5,7}}"
             rf"|[A-Z]{{1,3}}\d{{3,4}}|[A-Z]{{2,3}}-\d{{4,6}}|[A-Z]{{2,4}}/\d{{4}}/\d{{3,6}}|\d{{2,3}}-[A-Z]{{1,2}}-\d{{3,6}}|\d{{3}}[A-Z]{{2}}\d{{4}}"
             rf"|\d{{6,9}}|(?<=\bis )(?!(?:19|20)\d\d )\d{{4}} \d{{4}})\b(?! ?\d)(?![-/]\w)", gate=r"\d"),
    # a Canadian street address with its town and postal code ("248 Heather Close, Red Deer X9J 2R8")
    _r("ADDRESS", rf"\b\d{{1,5}}[A-Za-z]? (?:[A-Z][a-z]+ ){{1,3}}(?:{_STREET}|{_STREET_WITH_NUMBER}|Park|Green|Heights|View),? {_CITY},? "
                  r"[A-Z]\d[A-Z] ?\d[A-Z]\d\b", gate=r"\d"),
    # a unit's number before the house number, speech recognition dropping the slash or comma ("23 68 Poplar Terrace")
    _r("ADDRESS", rf"(?<![\d,.:/-])(?<!\d )\b(?!(?:19|20)\d\d )\d{{1,3}} \d{{1,4}}[a-zA-Z]? (?:[A-Z][a-z]+ ){{1,3}}"
                  rf"(?:{_STREET}|{_STREET_WITH_NUMBER})\b", gate=r"\d"),
    # after "at", "to", "from", a house number and a street's name whose kind is also a common word (Park, Green,
    # Heights, Hill, View; "post it to 25 Lakeview Park"), or a street in lower case as speech recognition writes it
    # ("I'm at 132 thornbury grove"): not a count ("3 Central Park loops", "2 different places"; twenty-second round:
    # nor a time or a distance before "way" or "drive", "the drive is 45 mins each way")
    _r("ADDRESS", rf"\b(?:[Aa]t|[Tt]o|[Ff]rom|[Oo]n|is|was)\s+(?P<id>\d{{1,5}} (?:[A-Z][a-z]+ ){{1,2}}(?:Park|Green|Heights|Hill|Point|View|Rise)"
                  rf"|\d{{1,5}} (?!(?:different|other|more|separate|same|of|the|a|an|or|and|new|old|big|small|mins?|minutes?|hrs?|hours?|secs?|kms?|miles?|mi|blocks?|days?|weeks?|wks?|yrs?|years?|k)\b)[a-z]+(?: [a-z]+)? "
                  rf"(?:street|road|avenue|lane|drive|grove|crescent|terrace|close|court|place|parade|way))\b"
                  r"(?=\s*(?:[,.;:)?!]|$|\s(?:and|now|that|on|in|for|with|if|so|but|where|which|when|upstairs|too|as|is|was|till|until)\b))",
       gate=r"\d"),
    # uncued, a case or log reference with its year between slashes ("KC/2019/2682", "SG/2024/10033")
    _r("ID", r"(?<![\w/-])[A-Z]{2,4}/(?:19|20)\d\d/\d{3,6}\b(?![/-]\w)", gate=r"\d"),
)


# (fifteenth round) the generic words of Irish-language estate and street names ("Ard na Gréine", "Cluain Ard",
# "Páirc na Coille"): a general list, complete for the common ones
_IRISH_STREET = (r"(?:Ard|Árd|Cluain|Páirc|Pairc|Radharc|Bóthar|Bothar|Sráid|Sraid|Ascaill|Cnoc|Gleann|Lána|Plás|Céide|"
                 r"Garrán|Cúirt|Corrán|Faiche|Lios|Ráth|Dún|Cois|Bóithrín|Cearnóg|Mainistir|Tulach)")
_ROUND15 = (
    # a landline written with its two-digit trunk prefix and a hyphen ("03-3796657", "09-4418830", New Zealand's and
    # Australia's written form): not a range or a score ("03-07", "2-1")
    _r("PHONE", r"(?<![\w./:-])0\d-\d{7}\b(?![-/.:]\d)", gate=r"\d"),
    # (twenty-fifth round) a number opening with its trunk's 0 in two groups, four or five digits then five or six, as
    # forms and messages type a mobile or an area's number ("0412 55318", "01632 960472"): not a third group after it
    _r("PHONE", r"(?<![\w+./:#-])0[1-9]\d{2,3} \d{5,6}\b(?![\s.-]?\d)", gate=r"\b0[1-9]\d{2,3} \d{5}"),
    # a UK National Insurance number typed in lower case, unspaced ("qq123456c"): its letter pairs as issued
    _r("SSN", r"(?<![\w-])[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]\d{6}[a-d]\b(?![\w-])", gate=r"\d"),
    # uncued reference shapes no count, date or clinical code has: a year, a slash and a serial, with or without its
    # letter ("2024/4839-D", "2019/00412"; not the years "2023/2024"); capitals, digits and a hyphened pair of digits
    # ("SAL960-32", "HB702-07"; not "COVID-19", "PHQ-9", "SF-36"); three capitals and four digits ("KHY0944"; not a
    # year, "FY2024", not "ISO9001"); a lower-case letter and seven digits, a student's or staff number ("s5448749")
    _r("ID", r"(?<![\w/-])(?:19|20)\d\d/(?!(?:19|20)\d\d\b)\d{4,6}(?:-[A-Z0-9]{1,2})?\b(?![/-]\w)"
             r"|(?<![\w-])[A-Z]{1,4}\d{3,6}-\d{2,4}\b(?![-/]\w)"
             r"|(?<![\w-])(?!ISO)[A-Z]{3}(?!(?:19|20)\d\d\b)\d{4}\b(?![-/.]\w)"
             r"|(?<![\w-])[a-z]\d{7}\b(?![-/.]\w)", gate=r"\d"),
    # an Irish-language street or estate with its house number, and its town or Eircode after a comma ("31 Ard na
    # Gréine, Athlone", "24 Cluain Ard, V29 N9P3"): the generic word opens the name
    _r("ADDRESS", rf"\b\d{{1,4}}[A-Za-z]? {_IRISH_STREET}(?:(?: na| an| de)? [A-ZÁÉÍÓÚ][^\W\d_]+){{1,2}}"
                  rf"(?:,? {_EIRCODE_ANY}|, (?!(?:The|A|An|And|But|So|Then|I|We|He|She|They|It)\b)[A-ZÁÉÍÓÚ][^\W\d_]+)?",
       gate=r"(?-i:Ard|Árd|Cluain|P[áa]irc|Radharc|B[óo]thar|Sr[áa]id|Ascaill|Cnoc|Gleann|Lána|Plás|Céide|Garrán|Cúirt|"
            r"Corrán|Faiche|Lios|Ráth|Dún|Cois|Bóithrín|Cearnóg|Mainistir|Tulach)"),
    # a house's name before its street, with no number, as British and Irish addresses write it ("my address is The
    # Willows, Mill Lane", "delivered to Rosedene, Church Road"): after "at", "to", "is", "from" or "still"; not a
    # kin word, a weekday, a month or a word that opens a clause ("at Mum, Church Road", "is Monday, ...")
    _r("ADDRESS", r"\b(?:at|to|is|from|still) (?P<id>(?!(?:Mum|Mom|Dad|Nan|Nana|Gran|Granny|Grandad|Grandma|Home|Work|School|"
                  r"Yes|No|Well|Then|Now|Here|There|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                  r"February|March|April|May|June|July|August|September|October|November|December)\b)"
                  r"(?:The )?[A-Z][a-z]+(?: (?:Cottage|House|Farm|Lodge|Villa))?, (?:[A-Z][a-z]+ ){1,2}"
                  r"(?:Road|Lane|Street|Avenue|Close|Drive|Way|Row|Terrace|Crescent|Grove|Walk|Gardens))\b",
       gate=r"(?-i:Road|Lane|Street|Avenue|Close|Drive|Way|Row|Terrace|Crescent|Grove|Walk|Gardens)"),
    # an ID read out digit by digit after its cue ("my staff number's five two eight seven six nine", "the reference
    # for me is double nine two double two six"): four or more digit words, doubles and triples counted once
    _r("ID", rf"\b(?:number|no\.|reference|ref|ID|NHI|nhi|CHI|MRN|mrn)(?:(?: for me| on (?:my|the|your) [a-z]+))?(?:['’]s| is| was)[,:]?\s+"
             rf"(?P<id>{_DIGIT_REPEAT}(?:[ ,-]+{_DIGIT_REPEAT}){{3,10}})\b(?![ ,-]+{_DIGIT_WORD}\b)",
       gate=r"number|reference|\bref\b|\bno\.|\bID\b|\bNHI\b|\bnhi\b|\bCHI\b|\bMRN\b|\bmrn\b"),
)


# (sixteenth round) forms of typed chat and texting (lower case, abbreviated, as people type on a phone) and of full
# verbatim transcripts (a filler or a stammered repeat inside an identifier)
_L_STOP = (r"(?!(?:the|a|an|my|your|his|her|our|their|its|this|that|these|those|and|or|but|of|to|in|on|at|for|with|from|"
           r"by|is|was|are|be|it|i|you|he|she|we|they|me|us|them|so|then|just|like|about|more|less|other|few|many|much|"
           r"some|all|any|every|each|first|last|next|best|different|long|short|big|small|new|old|good|bad|great|"
           r"whole|same|extra|min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|times?|km|kms|miles?|mi|"
           r"blocks?|secs?|seconds?|kids?|people|ppl|mg|ml|pm|am|am|doors?|houses?|streets?|roads?|bus|buses|trains?|"
           r"stops?|lights?|exits?|lanes?|ways?|steps?|drinks?|beers?|cups?|hour|more|not|no|yes|ok|lol|u|ur|im|ive|"
           r"dont|cant|also|too|very|really|only|even|still|again|x|xx|xo)\b)")
_L_NAME = rf"{_L_STOP}[a-z][a-z'’-]*[a-z]"
_L_NAME_NOT_PLURAL = rf"{_L_STOP}[a-z][a-z'’-]*[a-rt-z]"  # "keep the 2 dogs close": no plural before a weak kind
_L_ABBR = r"(?:rd|st|ave|av|cres|tce|pde|ct|crt|pl|dr|ln|blvd|hwy)"
_L_STRONG = rf"(?:{_L_ABBR}|road|street|avenue|crescent|terrace|parade|boulevard|highway)"
# (twenty-sixth round: also Grove's and Close's short forms typed in lower case, "53 kowhai gr", "flat 7 297 ashdale cl")
_L_WEAK = r"(?:court|place|drive|lane|grove|close|way|circle|gardens|walk|row|square|mews|gr|cl)"
# (twenty-sixth round) the kinds no count of things comes before, so a name that looks plural may ("37 hollins grove",
# "5 downs mews")
_L_RARE = r"(?:grove|gardens|mews|circle|crescent)"
_L_HOUSE = (r"(?<![\w/#.,:-])(?:(?:unit|apt|flat|apartment|Unit|Apt|Flat|Apartment)\s+\d{1,4}[a-z]?,?\s+|#\d{1,5}\s*-\s*|"
            r"\d{1,4}[a-z]?/|\d{1,4}[a-z]?-(?=\d))?\d{1,5}[a-z]?\s+(?:(?:[nsew]|ne|nw|se|sw|NE|NW|SE|SW|N|S|E|W)\s+)?")
_L_TAIL = (r"(?:\s+(?:apt|unit|flat)\s+\d{1,4}[a-z]?\b)?(?:,?\s+(?:[A-Z]\d[A-Z] ?\d[A-Z]\d\b|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|"
           rf"{_EIRCODE_ANY}|\d{{4,5}}\b(?![.,:/-]?\d|\s*(?:{_UNITS}|years?|yrs)\b)))?")
_L_MONTH = (r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|january|february|april|june|july|august|september|"
            r"october|november|december|janurary|febuary|feburary|septmber|ocotber|novmber|decmber|decemeber)")
_L_WEEKDAY = (r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|"
              r"sunday|tuseday|tusday|wensday|wendsday|wednsday|wedensday|thrusday|thursady|firday|saterday|satarday)")
_L_DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])"
_L_ORD = rf"{_L_DAY_NUM}(?:st|nd|rd|th)"
_NOT_AFTER_ORDINAL = (r"(?!\s*(?:-|of\b|time|times|go|try|attempt|round|floor|grade|year|years|place|day|week|month|birthday|"
                      r"bday|anniversary|century|class|period|edition|gen|generation|child|kid|son|daughter|baby|wife|"
                      r"husband|marriage|date|session|appt|appointment|trimester|degree|line|person|one|ones|dose|shot|thought|"
                      r"visit|level|stage|row|base|gear|hand|party|form|year['’]?s?)\b)")
_FILLER_WORD = r"(?:um|uh|er|erm|ah|like)"

_ROUND16 = (
    # an address typed in lower case, as a chat or a text message writes it: a house number (with a unit or flat before
    # it, "2/47", "unit 17", "apt 9b", "#1748 - 7555"; a direction after it, "9274 e"), one or two words of the street's
    # name and its kind ("61a clifton pl", "5/81 sandringham pde", "181 totara grove"), a unit and a postal code after
    # it ("... apt 21", "..., 91772", "... N1D 9E3"); not a count of minutes, miles or people ("10 minutes drive",
    # "keep my 2 dogs close")
    _r("ADDRESS", rf"{_L_HOUSE}(?:{_L_NAME}\s+){{1,2}}(?:{_L_ABBR}\b\.?|{_L_STRONG}\b){_L_TAIL}"
                  rf"|{_L_HOUSE}(?:{_L_NAME}\s+)?(?:{_L_NAME_NOT_PLURAL}\s+{_L_WEAK}|{_L_NAME}\s+{_L_RARE})\b{_L_TAIL}",
       gate=rf"(?-i:\d[a-z]? (?:[NSEW]{{1,2}} )?[a-z][a-z'’ -]+ (?:{_L_STRONG}|{_L_WEAK})\b)"),
    # a corner typed in lower case: two streets, each with its kind, joined by "&", "/" or "and" ("rata st & hazelmere
    # ave", "kowhai rd / hillcrest st"; not "main st" alone)
    _r("ADDRESS", rf"\b{_L_NAME}\s+{_L_STRONG}\s+(?:&|/|and)\s+{_L_NAME}\s+{_L_STRONG}\b",
       gate=rf"(?-i: {_L_STRONG} (?:&|/|and) )"),
    # a date typed in lower case: a day and a month's name or abbreviation, either way round ("19 sept", "oct 23rd",
    # "feb 7"; common misspellings, "decmber 2nd"; not "may", a verb); a weekday, typed short or misspelled, with a
    # day's ordinal or a day and month ("sat 9th", "tues the 2nd", "saterday 21st", "fri 9/3")
    _r("DATE", rf"(?<![\w/.-])(?:{_L_DAY_NUM}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_L_MONTH}|march)\b\.?"
               rf"|{_L_MONTH}\.?\s+{_L_DAY_NUM}(?:st|nd|rd|th)?\b(?![:.,/]\d|\s*(?:{_UNITS}|am|pm|mg|years?|yrs|-)\b)"
               rf"|{_L_WEEKDAY}\.?,?\s+(?:the\s+)?(?:{_L_ORD}\b|{_L_DAY_NUM}/(?:1[0-2]|0?[1-9])\b(?![/.-]?\d)))",
       gate=rf"(?-i:\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_L_MONTH}|march)\b|\b{_L_MONTH}\.?\s+\d|\b{_L_WEEKDAY}\.?,?\s+(?:the\s+)?\d)"),
    # a day's ordinal alone after a word that dates it ("i relapsed on 18th", "off work from 9th", "dob is 11th", "can do
    # 7th instead"): not an ordinal that counts ("on 2nd thought", "from 1st grade", "for the 3rd time")
    _r("DATE", rf"\b(?:on|from|since|till|til|until|by|before|after|due|dob(?: is)?|(?:date|day|deadline|bday|birthday)"
               rf" (?:is|was)|can do|see u|see you|booked for|moved to|move it to|reschedule to"
               # (twenty-second round) a day offered, refused or moved to in a typed message ("cant do the 25th", "im
               # free the 5th", "can we move my appt to the 15th", "my last session was the 20th"): not an ordinal that
               # counts ("free the 2nd half", "moved to the 3rd floor", "my session was the 5th one")
               rf"|(?:can['’]?t|cannot|could|couldn['’]?t|couldnt|can not) do|(?:free|busy|away|available|working) on|"
               rf"(?:free|busy|away|available)|(?:move|moved|moving|change|changed|push|pushed|shift|shifted|switch|swap|bring)"
               rf"\b(?: (?:my|the|our|it|this|that|next|appt|appointment|session|booking|meeting|call|one)){{0,3}} to|"
               rf"(?:session|appt|appointment|meeting|review|court|hearing|scan|interview|exams?|surgery|operation|induction|"
               rf"results|assessment)(?: date)? (?:is|was|on|will be|['’]s))"
               rf"\s+(?:the\s+)?(?P<id>{_L_ORD})\b{_NOT_AFTER_ORDINAL}(?!\s*(?:half|part|option|choice|question|chapter|"
               rf"step|page|book|series|season|episode|quarter|term|semester|lesson|week['’]?s|in line)\b)",
       gate=r"(?-i:\b(?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)\b)"),
    # a date said, then corrected ("June 5th, no, 6th", "the 2nd -- sorry, the 3rd of September") or with a filler
    # inside ("June, um, 28th", "February the, um, the 25th"): one date
    _r("DATE", rf"\b{_ANY_MONTH}(?: the)?,? (?:{_FILLER_WORD},? )?(?:the )?{_L_ORD},? (?:no|sorry|I mean),? (?:the )?{_L_ORD}\b"
               rf"|\b{_ANY_MONTH}(?: the)?,? {_FILLER_WORD},? (?:the )?{_L_ORD}\b"
               rf"|\bthe {_L_ORD},? (?:--|—|–)? ?(?:no|sorry|I mean),? the {_L_ORD} of {_ANY_MONTH}",
       gate=r"(?-i:\d(?:st|nd|rd|th),? (?:--|—|–)? ?(?:no|sorry|I mean),|, (?:um|uh|er|erm|ah|like),? (?:the )?\d)"),
    # an age over 89 typed with its unit joined ("98yrs", "100yo"); after a kin word with "like", "literally", "still"
    # between ("my nan is like 97", "is your grandmother still 98"); right after a grandparent's word, before "and" or
    # a birthday ("grandad 99 and still going", "nans 102 bday")
    _r("AGE", rf"(?<![\w.-])(?P<id>(?:9\d|1[01]\d)(?:yrs?|yo))\b"
              rf"|\b(?:{_KIN})(?:['’]?s)?,?(?: (?:is|was|turned|['’]s))?,?(?: (?:like|literally|still|only|nearly|almost|now|about|around),?){{1,2}}"
              rf" (?P<id2>{_AGE_NUM})\b(?!\s*(?:%|(?:{_UNITS}|percent|mph|km|k)\b))"
              rf"|\b(?:nan|nana|nanna|gran|granny|grandma|grandad|granddad|grandpa|grandmother|grandfather|poppa|oma|opa|"
              rf"great[- ]grandma|great[- ]grandad)(?:['’]?s)? (?P<id3>{_AGE_NUM})(?= (?:and|bday|birthday|now|next|this)\b)",
       re.IGNORECASE, gate=r"\d(?:yrs?|yo)\b|\b(?:like|literally|still|only|nearly|almost|now|about|around),? (?:\d|ninety|one|a hundred|hundred|nine)"
                           r"|\b(?:nan|nana|nanna|gran|granny|grandma|grandad|granddad|grandpa|grandmother|grandfather|poppa|oma|opa)"
                           r"(?:['’]?s)? (?:\d|ninety|one|a hundred|hundred|nine)"),
    # an e-mail address typed without its ending, at a common mail service ("jsmith@gmail", "kdoyle@hotmail"), or with
    # a space before its "@" ("tomoconnor @hotmail.co.uk"); said aloud with a written domain ("tyler dot tremblay at
    # outlook.com", "kylie underscore o at gmail.com")
    _r("EMAIL", r"\b[\w.+-]*\w@(?:gmail|googlemail|hotmail|outlook|icloud|yahoo|live|protonmail|aol|msn|me)\b(?!\.?[\w-]|@)"
                r"|\b(?!(?:is|it|me|us|at|to|or|and|the|email|mail)\b)[\w.+-]*\w @[\w-]+(?:\.[\w-]+)*"
                # (twenty-third round) a mail domain's real ending: not a handle with a dot after a word ("a video
                # @sam.draws", "on @not.ok.jo": an @-mention)
                rf"{_DOT_TLD}\b(?![.-]\w)"
                r"|\b[\w+-]+(?: (?:dot|underscore|dash|hyphen) [\w+-]+){1,3}(?: \d{1,4})? at [\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b",
       gate=r"@(?:gmail|googlemail|hotmail|outlook|icloud|yahoo|live|protonmail|aol|msn|me)\b| @\w| (?:dot|underscore|dash|hyphen) \w[\w+-]*(?: \d{1,4})? at \w"),
    # a web address written, its path said ("rivermeadclinic.com forward slash resources")
    _r("URL", rf"\b[\w-]+(?:\.[\w-]+)*{_DOT_TLD}(?:\.[a-z]{{2}})?(?: (?:forward )?slash [\w-]+)+",
       gate=r"\.[a-z]{2,6} (?:forward )?slash "),
    # a health number typed after its cue in lower case ("nhi paw9810", "ohip PSI-2-055", "mrn 4471 2290"): not NHS 111
    _r("ID", r"\b(?:nhi|ohip|mrn|nhs|medicare)(?: (?:no\.?|number|num|#))?:? (?!111\b)"
             r"(?P<id>(?=[A-Za-z0-9-]*\d[A-Za-z0-9-]*\d[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,}[A-Za-z0-9](?: \d{3,5}){0,2}"
             r"|\d{3}(?: \d{3,5}){1,2})\b",
       gate=r"(?-i:\b(?:nhi|ohip|mrn|nhs|medicare)\b)"),
    # a UK National Insurance number typed in lower case with spaces ("qq 12 34 56 c"; not a word before numbers, "at 10
    # 20 30 b")
    _r("SSN", r"(?<![\w-])(?!(?:at|be|he|me|we|an|as|am|ah|eh|by|my|hm|mm|pm|am|na|ya|yr|sb|st|th|nd|rd)\b)"
              r"[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] \d\d \d\d \d\d [a-d]\b(?![\w-])", gate=r"\d\d \d\d \d\d [a-d]\b"),
    # an ID read as its letters and its digits apart, after its cue ("my MRN is MDA 240", "randomisation number was PSI
    # 343", and with a filler between, read through _through_fillers: "MDA, um, 240")
    _r("ID", r"\b(?:MRN|mrn|NHI|nhi|CHI|NHS|Medicare|number|ID)(?:['’]s| is| was)?:? (?P<id>[A-Z]{2,4}[ -]\d{3,6})\b(?![ -]?\d)",
       gate=r"(?-i:\b[A-Z]{2,4}[ -]\d\d\d)"),
    # a house number and a name with "Park", as British, Irish and Australasian estates and streets are named ("128
    # Wattle Park", "apartment 5C, 176 Lindale Park")
    _r("ADDRESS", r"(?:\b(?:apartment|flat|unit|apt|Apartment|Flat|Unit|Apt) \d{1,4}[A-Za-z]?, )?(?<![\w/.,-])\d{1,4}[A-Za-z]? "
                  r"(?!(?:The|A|An|And|Central|National|Theme|Car|Jurassic|Business|Industrial|Retail)\b)[A-Z][a-z]+ Park\b(?! (?:[A-Z]|and|in|on|at)\b)",
       gate=r"(?-i:\d[A-Za-z]? [A-Z][a-z]+ Park\b)"),
    # an age after "end up" ("I don't want to end up 110 and alone", "end up a hundred and four")
    _r("AGE", rf"\bend up (?P<id>{_AGE_NUM})\b(?!\s*(?:%|(?:{_UNITS}|percent|mph|km|k)\b))", re.IGNORECASE, gate=r"end up "),
)




# (seventeenth round) clinical shorthand's and transcript files' forms: the words a rule needs (general lists)
_R17_WEEKDAY_OR_MONTH = ("(?:" + "|".join(WEEKDAYS + WEEKDAY_ABBR + MONTHS + MONTH_ABBR + ("May",)) + r")\b")
_R17_KIN = (r"(?:husband|wife|partner|spouse|mum|mom|mother|dad|father|grandmother|grandfather|grandma|grandpa|grandad|"
            r"granddad|nan|nana|nanna|gran|granny|aunt|auntie|uncle|brother|sister|neighbou?r|widow|widower|step-?(?:mother|father))")
_R17_NOT_AMOUNT = (rf"(?![\d.,:/-]\d|\s*(?:%|(?:{_UNITS}|percent|mg|mcg|kg|kilos|lbs|mins?|hrs?|bpm|mmHg|cm|ml|mL|units?|"
                   r"times|x|pts?|points)\b))")
_R17_ID_CUE = (r"(?:(?i:member|record|kit|bottle|pack|vial|sample|specimen|script|prescription|encounter|episode|booking|claim|"
               r"policy|file|account|patient|client|screening|recording|participant|subject|study|visit|referral|"
               r"randomi[sz]ation|trial|meeting)"
               r"(?: (?i:no\.?|number|num\.?|#)| (?-i:ID)|(?= ?#))"
               r"|(?i:medical card|health card|medicare card)(?: (?i:no\.?|number|#))?"
               r"|\b(?-i:UR|URN|UMRN|PHN|MRN|mrn|NHI|nhi|NHS|CRN|IHI|OHIP|ID|Medicare|Medicaid)(?: (?i:no\.?|number|#))?)")
_R17_NOT_BEFORE_NO = "".join(f"(?<!\\b{w} )" for w in (
    "bed", "Bed", "room", "Room", "ward", "Ward", "kit", "Kit", "item", "Item", "case", "Case", "file", "File", "page",
    "Page", "step", "Step", "bay", "Bay", "dose", "Dose", "line", "form", "version", "issue", "question", "Question",
    "member", "Member", "record", "Record", "script", "Script", "ticket", "box", "Box", "tablet", "session", "Session",
    "visit", "Visit", "cycle", "Cycle", "week", "Week", "day", "Day", "batch", "Batch", "lot", "Lot", "platform",
    "Platform", "gate", "Gate", "bus", "Bus", "route", "Route"))
_R17_ESTATE = (r"(?:[A-Z][a-z]+s|Green|Crescent|Mews|Close|Avenue|Drive|Grove|Rise|Square|Lane|Walk|Orchard|Glade|Chase|"
               r"Paddock|Meadow|Spinney|Maltings|Hollow|Park|Court|Gardens|Parade|Terrace|Demesne|Glebe|Village)")
_R17_POSTCODE = rf"(?:[A-Z]\d[A-Z] ?\d[A-Z]\d\b|{_EIRCODE_ANY}|{_UK_POSTCODE})"
# after an address's street or town and a comma, an Eircode's shape in any letters (as forms and people copy them)
_R17_CODE_AFTER = r"(?:[A-Z]\d[A-Z] ?\d[A-Z]\d\b|(?:[A-Z]\d{2}|D6W) (?=[A-Z0-9]{0,3}\d)(?=[A-Z0-9]{0,3}[A-Z])[A-Z0-9]{4}\b|" + _UK_POSTCODE + ")"

@dataclass(frozen=True)
class _CuedRecogniser(Recogniser):
    """(seventeenth round) a recogniser that finds a code by its shape and keeps it where its ``cue`` ends right before
    it (speed: the shape, digits first, is found faster than a cue among many words)."""
    cue: re.Pattern | None = None

    def find_ungated(self, text: str):
        for m in self.pattern.finditer(text) if self._first is None else _matches(self.pattern, self._first, text):
            if self.cue.search(text, max(0, m.start() - _BEFORE_REACH), m.start()) is not None:
                yield m.span("id")


_ROUND17 = (
    # a note's age joined to the sex's letter: after the unit ("96 yoM", "103yrsF", "99 y/oF"), after "pt"
    # ("pt 99F"), an age in words ("ninety-oneM"); not a temperature ("temp 101F": no unit, no "pt")
    _r("AGE", rf"\b(?P<id>9\d|1[01]\d) ?(?:yo|y/o|yrs?|y\.o\.)(?=[MF]\b)|(?<=\b(?:pt|Pt|PT) )(?P<id2>9\d|1[01]\d)(?=[MF]\b)"
              rf"|\b(?P<id3>ninety[- ](?:one|two|three|four|five|six|seven|eight|nine))(?=[MF]\b)",
       gate=r"(?-i:(?:\d|yo|y/o|yrs|yr|y\.o\.|ne|wo|ee|ur|ve|ix|en|ht)[MF]\b)"),
    # an age right after a relative's word, as notes write it ("Wife 94 w/ Parkinson's", "mum 101, lives alone"): not an
    # amount ("Dad 90 mins late", "mum 100%")
    _r("AGE", rf"\b(?i:{_R17_KIN})\s+(?P<id>9\d|1[01]\d)\b{_R17_NOT_AMOUNT}",
       gate=rf"\b{_R17_KIN}\s+(?:9\d|1[01]\d)\b"),
    # an age after "oldest" in the same sentence ("Oldest on the ward -- 102", "the oldest in the home is 104")
    _r("AGE", rf"\boldest\b[^\n.?!\d]{{0,40}}?(?:\bwas|\bis|--|—|–|:|,)\s*(?P<id>{_AGE_NUM})\b{_R17_NOT_AMOUNT}",
       re.IGNORECASE, gate=r"oldest"),
    # a day of the month alone, as an ordinal after a note's event ("DOB 14th.", "Next appt 22nd @ 10:00", "Discharge
    # summary rec'd 3rd,", "booked for 8th,", "died 5th --"): before a pause, not before a noun ("2nd DNA", "3rd floor")
    _r("DATE", r"\b(?:DOB|D\.O\.B\.?|(?i:appt|appointment|due|rec['’]d|received|(?:planned|booked|scheduled|arranged) for|"
               r"passed away|died|discharged|admitted|seen|reviewed|signed|completed|visit|until|till))(?: on)?:? (?P<id>(?:[12]?\d|3[01])(?:st|nd|rd|th))"
               r"(?=\s*(?:[,.;:)!?]|@|--|–|—|$)|\s+(?:at|w/|and|so|but)\b)",
       gate=r"\d(?:st|nd|rd|th)\b"),
    # an Irish or British estate's name after a house number ("11 The Hollies, Navan", "4 The Orchards", "Apt 3, The
    # Beeches, D24 2TY9"), with its town and its postcode after commas
    _r("ADDRESS", rf"(?<![\w.,/-])(?:(?:Apt|Flat|Unit|No\.|no\.)\s)?\d{{1,4}}[A-Za-z]?,? The (?:[A-Z][a-z]+ )?{_R17_ESTATE}\b"
                  rf"(?:,\s(?!{_R17_WEEKDAY_OR_MONTH})[A-Z][a-z]+\b(?:\s(?!{_R17_WEEKDAY_OR_MONTH})[A-Z][a-z]+\b)?)?"
                  rf"(?:,?\s{_R17_POSTCODE})?", gate=r"(?-i:\d[A-Za-z]?,? The [A-Z])"),
    # a house's number with "no." before a name ("Meds dropped to no. 12 Glenmore"): not a bed's, a
    # kit's or a page's number, not a weekday or a month
    _r("ADDRESS", rf"(?<![\w.]){_R17_NOT_BEFORE_NO}[Nn]o\. \d{{1,4}}[A-Za-z]? (?!{_R17_WEEKDAY_OR_MONTH}|(?:The|A|An)\b)"
                  rf"[A-Z][a-z]{{2,}}\b(?:\s(?!{_R17_WEEKDAY_OR_MONTH})[A-Z][a-z]+\b)?",
       gate=r"(?-i:[Nn]o\. \d{1,4}[A-Za-z]? [A-Z][a-z])"),
    # after an ID's name, a code of letters and digits in a record's forms ("Kit no. B07-311", "UR K12-448",
    # "Encounter # KC/24/5512", "Health card number: RWX42QT", "Script # 4410 207 918")
    _CuedRecogniser("ID", re.compile(r"(?<![\w/-])(?P<id>(?=(?:[A-Z/-]*\d){3})[A-Z]{1,4}\d{0,4}(?:[-/][A-Z0-9]{2,6}){1,3}"
                                     r"|[A-Z]{2,4}\d{2,3}[A-Z]{1,3}|\d{3,4}(?: \d{3,4}){2}(?![ -]?\d))(?![\w/-])"),
                    re.compile(r"\d"), cue=re.compile(rf"{_R17_ID_CUE}\s*[:#]?\s*$")),
    # a recording's or a transcript's file name that is a code ("P0417.wav", "KQT38ZD.m4a", "3318 0472.m4a"), and a
    # transcript header's code after a participant's label ("Subject: K2291")
    _r("ID", r"(?<![\w/.-])(?P<id>(?=[A-Z_ -]*\d)[A-Z0-9]{2,}(?:[ _-][A-Z0-9]+)*)\.(?i:m4a|mp3|wav|mp4|ogg|flac|aac|wma|docx?|txt|pdf|vtt|srt)\b"
             r"|\b(?-i:Participant|Subject|Respondent|Interviewee)(?: (?:ID|code|no\.?|number))?:\s*(?P<id2>[A-Z]{1,3}-?\d{3,6})\b(?![\w/-])",
       gate=r"\.(?:m4a|mp3|wav|mp4|ogg|flac|aac|wma|docx?|txt|pdf|vtt|srt)\b|(?-i:Participant|Subject|Respondent|Interviewee)"),
    # a UK National Insurance number in any case with its six digits together ("wk 301245 c")
    _r("SSN", r"(?:(?<=[:#] )|(?<![\w-])(?!(?:at|be|an|as|by|go|he|me|my|no|so|we|am|oh|ok|um|uh|eh|ah|ha|hm|mm|ye|ya|yo|or|on|to|of|in|it|is|if|up|us|do)\b))"
              r"(?i:[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]) \d{6} (?i:[a-d])\b(?![\w-])", gate=r"\d{6} [a-d]\b"),
    # an eight-digit local phone number (Australia's, "8123 4471") after a phone's word ("Left VM on", "SMS sent to",
    # "new mob"): not two years
    _r("PHONE", r"\b(?:mob|mobile|ph|phone|tel|(?-i:VM|SMS)|text|txt|call|landline|cell)\b[^\n\d.;]{0,25}?\s"
                r"(?!(?:19|20)\d\d (?:19|20)\d\d)(?P<id>\d{4} \d{4})\b(?![ -]?\d)", re.IGNORECASE, gate=r"\d{4} \d{4}"),
)


# (eighteenth round) forms: a field's label is strong evidence of its value's type ("Age of dependant: 97", "Street
# address: Heron Close", "Client ID (on your letter): C-4339-V"); a value ends its line or its clause
_R18_END = r"(?=[^\S\n]*(?:$|[,;)]|\.(?:\s|$)))"
_R18_MONTH_TYPO = (r"(?:Janurary|Januray|Janaury|Janary|Feburary|Febuary|Febraury|Feburay|Febuay|Apirl|Agust|Augest|Augst|"
                   r"Setember|Septmber|Septemeber|Sepember|Ocotber|Octobor|Octber|Novmber|Novemeber|Noveber|Novemebr|"
                   r"Decmber|Decemeber|Decembr)")  # the usual misspellings of a month's name, none an English word
_R18_AU_STATE = r"(?i:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)"
_R18_HOUSE = (r"(?:Cottage|Cottages|House|Farm|Farmhouse|Barn|Forge|Lodge|Mill|View|Villa|Bungalow|Rectory|Vicarage|"
              r"Manor|Grange|Croft|Stables|Granary|Oast|Schoolhouse|Coach House)")
_R18_ADDR_KIND = (r"(?i:street|st|road|rd|avenue|ave|lane|ln|close|cl|drive|dr|court|ct|crescent|cres|way|grove|terrace|tce|"
                  r"place|pl|parade|pde|square|mews|rise|walk|row|gardens|boulevard|blvd|highway|hwy|circle|cottages?|"
                  r"house|farm|RMB)")
_R18_NOT_VALUE = (r"(?!(?i:same|as|n/?a|none|no|yes|not|see|unknown|prefer|please|i|we|my|the same|tbc|nfa|"
                  r"homeless|email|e-mail|phone)\b)")
_R18_ID_CUE = (r"(?:(?i:number|no\.|num|ID|reference|ref|CRN|code)(?:[^\S\n]*\([^)\n]{1,60}\))?[^\S\n]*:[^\S\n]*$)")
_R18_NOT_PHONE_CUE = re.compile(r"(?i:phone|mobile|mob|tel|telephone|contact|fax|landline|cell|whatsapp|text|sms)\b[^\n:]*:[^\S\n]*$")


@dataclass(frozen=True)
class _FieldIdRecogniser(Recogniser):
    """(eighteenth round) a code after a form's label that names a number, a reference or an ID, with a remark in
    brackets between ("Health card number (OHIP): 9306 128 176", "Complaint reference (if you have one): YYL1922"):
    the code, found by its shape, is kept where its label ends on the same line right before it (not a phone's)."""
    cue: re.Pattern | None = None

    def find_ungated(self, text: str):
        for m in self.pattern.finditer(text) if self._first is None else _matches(self.pattern, self._first, text):
            line = text.rfind("\n", 0, m.start()) + 1
            head = text[max(line, m.start() - 90):m.start()]
            if self.cue.search(head) is not None and _R18_NOT_PHONE_CUE.search(head) is None:
                yield m.span("id")


_ROUND18 = (
    # an age over 89 as the value of a field whose label holds "age" ("Age (if over 18): 100", "Screening: age of
    # carer's relative: 90", "Age of dependant: a hundred and one"), or on the line after such a label ("Please give the
    # age of the person\n98"): the value ends the line; not a percentage or a count ("age of onset: 95%")
    # (twenty-fourth round: also a form's or an export's other separators, a comma or a dash, "age, 98", "Age of
    # person being referred - 95"; a field name joined by an underscore, "patient_age, 90"; and the unit after the
    # value, "Age (years): 93 years"; not a count after them, "age, 95 minutes")
    # (twenty-seventh round: also a form's answer after its marker, "Q: Age of the person you care for? A: 97", "Age?
    # Answer: 93"; not a count after it, "A: 95 minutes")
    _r("AGE", rf"(?m)(?:\b|(?<=_))ages?\b(?![- ](?:group|range|band|limit|gap|bracket)s?\b)[^\n:?.!]{{0,60}}?(?:[:?][^\S\n]*\n?|\n|[^\S\n]*,|[^\S\n]+[-–—])[^\S\n]*"
              rf"(?:(?-i:A|Ans|ANS|Answer|ANSWER)[:)][^\S\n]*)?(?P<id>{_AGE_NUM}(?:[- ](?:years?|yrs?)(?:[- ]old)?)?){_R18_END}", re.IGNORECASE, gate=r"(?:\b|_)ages?\b"),
    # an age in words right after a relative's word at the end of a clause ("Household: me 54, my father a hundred
    # and ten"); not an amount ("told my dad a hundred times")
    _r("AGE", rf"\b(?i:{_R17_KIN})\s+(?P<id>(?i:{_NINETY})){_R18_END}", gate=r"hundred|ninety"),
    # a day of the month alone, as an ordinal, as the value of a date's field or after a question about when ("Date of
    # the accident: 12th", "When was your last appointment? 15th", "the anniversary is 13th")
    _r("DATE", rf"(?m)\b(?i:date|dates|when|day)\b[^\n:?]{{0,60}}[:?][^\S\n]*(?:the[^\S\n]+)?"
               rf"(?P<id>(?:[12]?\d|3[01])(?:st|nd|rd|th)){_R18_END}"
               r"|\b(?i:anniversary|birthday) (?:is|was|falls on|on) (?:the )?(?P<id2>(?:[12]?\d|3[01])(?:st|nd|rd|th))(?=[^\S\n]*(?:$|[,;)!?]|\.(?:\s|$)|\s+(?:and|but|so|next|this)\b))",
       gate=r"\d(?:st|nd|rd|th)\b"),
    # a month's name misspelt, as forms are typed ("Febuary 27th", "Novmber 5th", "3rd Setember 2019")
    _r("DATE", rf"\b(?P<id>{_R18_MONTH_TYPO}\.?\s+(?:the\s+)?{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+(?:of\s+)?{_R18_MONTH_TYPO}"
               rf"(?:,?\s+{_YEAR})?|{_R18_MONTH_TYPO}\s+{_YEAR})\b", re.IGNORECASE, gate=_R18_MONTH_TYPO),
    # a date in figures with spaces around its slashes and its year in full ("07 / 06 / 1954"); not scores ("3 / 10",
    # "4 / 7 / 12"), nor with spaced dashes (sixth round: "4 - 12 - 2020" may be scores)
    _r("DATE", r"(?<![\d/.-] )(?<![\d/.-])(?P<id>(?:0?[1-9]|[12]\d|3[01]) / (?:0?[1-9]|[12]\d|3[01]) / (?:19|20)\d\d)\b(?! ?[/.-] ?\d)",
       gate=r"\d / \d"),
    # a day, month and a year in two figures without an apostrophe ("21st April 63", "since 26th January 78"), at the
    # end of a clause; not a count after a date ("on 5th May 10 people came")
    _r("DATE", rf"\b(?P<id>(?:[12]?\d|3[01])(?:st|nd|rd|th)? (?:{'|'.join(MONTHS + ('May',))}) \d\d)\b"
               rf"(?=[^\S\n]*(?:$|[,;)]|\.(?:\s|$)|\s+(?:and|but|so|for|until|till|when|because|then|onwards)\b))",
       gate=rf"(?-i:(?:{'|'.join(MONTHS + ('May',))}) \d\d\b)"),
    # an Australian rural address by its mail bag or delivery number ("RMB 887", "rmb 1111, coburg vic 3058", "RSD 42,
    # Glenelg SA 5045"), with its town, state and postcode after it
    _r("ADDRESS", rf"\b(?:RMB|RSD|CMB|RMS|rmb|Locked Bag|Private Bag)\s+\d{{1,5}}\b(?![\d.,/:]\d)"
                  rf"(?:,?\s+(?:[A-Za-z][A-Za-z'’-]*\s+){{1,3}}?{_R18_AU_STATE}\s+\d{{4}}\b)?",
       gate=r"(?-i:RMB|RSD|CMB|RMS|rmb|Locked Bag|Private Bag) \d"),
    # a British or Irish house's name and its street, without a number ("Rose Cottage, School Lane", "The Old Forge,
    # Green Lane", "2 Mill Cottages, Back Lane", "IVY HOUSE, MILL LANE"), or a one-word house name with its street and
    # postcode ("Hillcrest, Church Lane, CF24 4RB"); not a house's word alone ("the farm, the lane")
    _r("ADDRESS", rf"(?<![\w'’])(?:\d{{1,3}}[A-Za-z]? )?(?:The |THE )?(?:(?:[A-Z][a-z]+ ){{0,2}}{_R18_HOUSE}, (?:[A-Z][a-z]+ ){{1,2}}"
                  rf"(?:{_STREET}|Green|Hill)\b"
                  rf"|(?:[A-Z]{{2,}} ){{0,2}}(?:{_R18_HOUSE.upper()}), (?:[A-Z]{{2,}} ){{1,2}}{_CAPS_STREET}\b"
                  rf"|[A-Z][a-z]{{3,}}, (?:[A-Z][a-z]+ ){{1,2}}{_STREET}(?=,? {_UK_POSTCODE})"
                  rf"|[A-Z]{{4,}}, (?:[A-Z]{{2,}} ){{1,2}}{_CAPS_STREET}(?=,? {_UK_POSTCODE}))",
       gate=rf"(?-i:(?:{_R18_HOUSE}|{_R18_HOUSE.upper()}), |\d[A-Z]{{2}}\b)"),
    # the value of a form's address field, to the end of its line, where it holds a number or a street's kind
    # ("Street address: SYCAMORE CLOSE", "Address for appointment letters: Heron Close", "Home address - RMB 333",
    # "Address: c/o 15A CHESTNUT AVE, KARORI"), up to a sentence after it ("Address: 4 Elm Rd. Lives alone"); not an
    # e-mail's or a web address, not "same as above"
    _r("ADDRESS", r"(?m)(?:^|(?<=: ))(?!(?i:date|when|how|since|time|years|length)\b)(?:(?!(?i:e-?mail|web|ip|mac|url|website|wallet|forwarding)\b)[A-Za-z'’-]+[^\S\n]+){0,4}?"
                  r"(?i:address)(?:es)?\b(?:[^\S\n]+(?i:line)[^\S\n]+\d|[^\S\n]*\([^)\n]{1,50}\)|[^\S\n]+(?i:for|of|where|if|to|at)\b[^\n:?]{0,60}?)?"
                  rf"[^\S\n]*(?::|\?| -)[^\S\n]+(?:c/o[^\S\n]+)?(?P<id>{_R18_NOT_VALUE}(?=[^\n]*(?:\d|\b{_R18_ADDR_KIND}\b))"
                  r"[A-Za-z0-9#][^\n]{2,80}?)(?=[.;]?[^\S\n]*$|[.;][^\S\n]+[A-Z][a-z]*[^\S\n]+[a-z])",
       gate=r"address"),
    # a code after a form's label for a number, a reference or an ID with a remark in brackets ("Health card number
    # (OHIP): FB-2753-T", "Complaint reference (if you have one): 122 540 913H", "Unique pupil number: KYA38WY"); a code of
    # five figures or more, or of letters and three figures or more, that ends the line
    _FieldIdRecogniser("ID", re.compile(r"(?<![\w/-])(?P<id>(?=(?:[A-Z -]*\d){3})(?=[A-Z -]*[A-Z]|(?:[ -]*\d){5})"
                                        r"[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,8}){0,3}|[A-Z]{2,4}\d{2,3}[A-Z]{1,3})[^\S\n]*$", re.M),
                       re.compile(r"\d"), cue=re.compile(_R18_ID_CUE)),
)

# (nineteenth round) a research code after a participant's or a subject's word without "number" or "ID" ("participant
# S83-647", "Trial participant 418235", "as subject HKT2047"): a code of capitals with three figures or more, or four to
# eight figures (not a year, "participant 2019"; not a short count, "participant 12"); and a code of capitals and three
# figures after a log's or a register's verb and "as" ("the screening log lists him as KWD-204", "registered her as
# P-0931"): capitals required (not a reading, "recorded as 140", not a scale's, "coded as PHQ-9")
_CAPITALS_CODE = r"[A-Z]{1,4}\d{0,4}-\d{3,6}|[A-Z]{1,4}-?\d{3,8}"  # KWD-204, S83-647, HKT2047, P-0931 (also round 20's)
_R19_CODE = rf"(?:{_CAPITALS_CODE}|(?!(?:19|20)\d\d\b)\d{{4,8}})"
_ROUND19 = (
    _r("ID", rf"\b(?i:participant|subject|respondent|enrollee|enrolee)\s+(?P<id>{_R19_CODE})(?![\w/.-]\w|[\w/-])"
             rf"|\b(?i:lists?|listed|logs?|logged|registers?|registered|records?|recorded|enrol(?:l|ls|s|led)?|enrolled|"
             rf"enters?|entered)(?:\s+(?i:her|him|them|me|you|us|it))?\s+as\s+(?P<id2>(?=[A-Z0-9-]*[A-Z])(?:[A-Z]{{1,4}}\d{{0,4}}-\d{{3,6}}|[A-Z]{{1,4}}\d{{3,8}}))(?![\w/.-]\w|[\w/-])",
       gate=r"\d\d\d"),
    # an age over 89 after "being" at the end of a clause ("Despite being 97, she walks daily", "being 101 and still
    # driving"); not an amount ("being 95 percent sure", "being 90 minutes late")
    _r("AGE", rf"\bbeing\s+(?P<id>{_AGE_NUM})\b{_R17_NOT_AMOUNT}"
              rf"(?=[^\S\n]*(?:$|[,;)!?]|\.(?:\s|$)|\s+(?:and|but|now|when|at the time|he|she|they|years?)\b))",
       re.IGNORECASE, gate=r"being "),
)

# (twenty-fifth round) record numbers as any writer gives them: one broad, cued form instead of more labels one by one.
# The cue is any word that names a record's number (a noun before "number", "no", "#", "ID", a reference, or a health
# number's initials), not a phone's or a room's number, nor "a number of"; what may stand between it and the value:
# up to eight words or an aside in commas before "is" or "was" ("health card number, the OHIP, is ...", "the MRN they
# gave me at the desk was ..."), a form's question up to its mark ("Claim number if you have it? ..."), a remark in
# brackets before the colon ("Health card no (on the front): ..."), a comma, a colon, or "its" typed for "it's"
_R25_NOT_BEFORE = "".join(f"(?<!\\b{w} )" for w in (
    "phone", "Phone", "mobile", "Mobile", "cell", "fax", "Fax", "contact", "Contact", "home", "Home", "work", "Work",
    "landline", "tel", "Tel", "telephone", "Telephone", "house", "House", "street", "room", "Room", "bed", "Bed",
    "flat", "unit", "apartment", "bus", "route", "page", "Page", "version", "step", "question", "Question", "item",
    "Item", "lucky", "favourite", "favorite", "total", "pin", "PIN", "seat", "gate", "platform", "ward", "Ward"))
# a word before "number" that names no record: a determiner, a possessive or an adjective ("the number's ...", "my
# number is ...", "a new number")
_R25_NOT_DETERMINER = "".join(f"(?<!\\b{w} )" for w in (
    "the", "The", "a", "A", "an", "that", "That", "this", "This", "what", "What", "which", "my", "My", "your", "Your",
    "his", "her", "their", "our", "its", "same", "any", "some", "new", "old", "wrong", "right", "another", "first",
    "last", "one", "whole", "big", "small", "good", "bad", "random", "magic", "odd", "even", "real", "actual", "other",
    "target", "goal", "ideal", "dream", "rough", "ballpark", "round", "exact", "average", "minimum", "maximum",
    "max", "min", "salary", "count", "step", "weight", "final", "happy", "safe"))
_R25_RECORD = (r"(?:card|patient|client|record|member|membership|policy|claim|account|file|case|staff|student|employee|"
               r"insurance|chart|hospital|hosp|health|licen[cs]e|passport|study|participant|subject|referral|booking|"
               r"serial|reference|ref|Medicare|Medicaid)")
_R25_ID_CUE = (rf"(?:(?<=[A-Za-z]{{2}} ){_R25_NOT_BEFORE}{_R25_NOT_DETERMINER}(?i:number|num)\b(?!\s+(?:of|one|two|three|four|five|six|seven|eight|nine|ten)\b)"
               rf"|\b(?i:{_R25_RECORD})\s+(?i:no\b\.?|#)"
               r"|\b(?-i:ID|MRN|PHN|OHIP|NHI|NHS|CHI|UR|URN|IHI|HCN|PHIN|RAMQ|Medicare|Medicaid|mrn|phn|ohip|nhi|medicare|medicaid)\b"
               r"|\b(?i:reference|ref)\b)")
# (twenty-sixth round) a change of speaker between a question and its answer: the line's end, a speaker's label
# ("Client:", "SPEAKER_01:", "Speaker 2:", "P3:") and an automatic transcript's stamp ("Speaker 2  15:51", "[00:28:06]")
_R26_TURN = (r"(?:[^\S\n]*(?:\n[^\S\n]*)?(?:(?:\[\d{1,2}:\d\d(?::\d\d)?\]|[A-Z][A-Za-z]{0,15}(?:[ _]?\d{1,2})?[^\S\n]*:"
             r"|Speaker \d{1,2}[^\S\n]+\d{1,2}:\d\d(?::\d\d)?)[^\S\n]*){1,2}|[^\S\n]*\n)?")
# a gap's word, not a clause's ("... which was", "... and then")
_R25_GAP_WORD = r"(?!(?:and|but|or|if|when|because|which|who|then|than|where|while)\b)[A-Za-z'’]+"
_R25_GAP = (rf"(?:['’]s\b)?(?:(?:,?[^\S\n]+{_R25_GAP_WORD}){{0,8}}?,?[^\S\n]+(?:is|was)\b"
            # (twenty-sixth round) a form's label of a few words to its colon ("Reference number from the letter: ...")
            rf"|(?:[^\S\n]+{_R25_GAP_WORD}){{1,5}}?[^\S\n]*:(?!\d)"
            # (twenty-sixth round) a question, then the answer in the next speaker's turn, on the next line or after a
            # speaker's label ("Can I get your client number?\nClient: Yeah, it's ...", "...? SPEAKER_01: ...")
            rf"|[^\d\n?.!:;]{{0,45}}\?{_R26_TURN}"
            # (not in the f-string above: there "{1,70}" would be read as a tuple and the bracketed remark lost)
            r"|[^\S\n]*\([^()\n]{1,70}\)[^\S\n]*:|,?[^\S\n]+(?:its|it['’]s|that['’]s)\b|[^\S\n]*[:,#]|[^\S\n]+)"
            r"[,:]?[^\S\n]*(?:(?i:um|uh|erm|er|yeah|yes|so|ok|okay|oh|its|it['’]s|sure|yep)[,.]?[^\S\n]+){0,2}")
_R25_VALUE = (r"(?P<id>\d{2,}(?:-\d{2,}){1,3} [A-Z]{2}(?=[.,;:!?)]|[^\S\n]*$)"  # check letters apart ("4410-227-915 KT.")
              # (twenty-sixth round) a letter prefix joined to the first of groups of figures apart, a card's or a
              # hospital's number ("W8201 19909", "AB 4410 2271"), not a year after it; and a dependant's or an issue
              # suffix after a hyphen ("R94518862-03")
              r"|[A-Z]{1,3} ?\d{3,}(?: (?!(?:19|20)\d\d\b)\d{3,}){1,3}(?![\w-])"
              r"|[A-Z]{1,3}\d{5,}-\d{1,3}(?![\w-])"
              # a token with three figures or more, not a date or a year ("R552", "QX-552", "kpl4471", "44102/33")
              r"|(?!(?:19|20)\d\d\b(?!-\d{3})|(?:19|20)\d\d-(?:19|20)?\d\d\b|\d{1,3}/\d{1,3}\b|\d{1,4}(?:st|nd|rd|th|am|pm|mg|ml|kg|k|s|lbs?|cm|km|mmol|bpm)\b)"
              r"(?=[A-Za-z0-9/-]*\d[A-Za-z0-9/-]*\d[A-Za-z0-9/-]*\d)(?=[A-Za-z/-]|\d{5}|\d+[A-Za-z/-])[A-Za-z0-9][A-Za-z0-9/-]{2,}[A-Za-z0-9]"
              # capitals with one or two figures ("QWE21ZA")
              r"|(?=[A-Z0-9]*\d)(?=(?:[A-Z0-9]*[A-Z]){3})[A-Z0-9]{5,10}"
              # figures in groups apart, six figures or more ("4478 2219", "552 1190 3381", "5512 33871 2-1")
              r"|(?=(?:\d ?){6})\d{2,}(?: \d{2,}){1,3}(?: \d(?:-\d)?)?)"
              rf"\b(?![-/.]\w|[^\S\n]*(?:{_UNITS}|steps|kids|years?|yrs)\b)")
# the value spoken digit by digit after a research or a visit number's cue, or after "participant" alone ("subject
# number three one nine four four two", "participant six one eight two two nine")
_ROUND25_IDS = (
    # (speed: gated on a figure and a cue's literal both, not on a figure alone)
    _r("ID", _R25_ID_CUE + _R25_GAP + _R25_VALUE,
       gate=_both(r"\d", r"number|\bnum\b|\bno\b|#|\bID\b|mrn|phn|ohip|nhi|nhs|\bchi\b|\bur\b|\burn\b|ihi|hcn|phin|ramq|"
                         r"medicare|medicaid|\bref")),
    _r("ID", rf"\b(?i:{_ID_CUE_12}|participant|subject)[,:]?\s+(?P<id>{_DIGIT_WORD}(?:[ ,-]+{_DIGIT_WORD}){{4,11}})\b(?![ ,-]+{_DIGIT_WORD}\b)",
       re.IGNORECASE, gate=_both(r"participant|subject|number|\bno\b|\bID\b|\bref|quote|encounter|\bchi\b|ohip|ramq|phin|hcn|nhi|\bur|#|authori|\breg|court file|share code|h&c",
                                 rf"{_DIGIT_WORD}(?:[ ,-]+{_DIGIT_WORD}){{4}}")),
    # a trial's participant code of two groups of figures ("participant 22-917", "participant 410-5582291")
    _r("ID", r"\b(?i:participant|subject)\s+(?P<id>\d{2,4}-\d{3,8})\b(?![\w/.-]\w|[\w/-])", gate=r"\d-\d"),
    # (twenty-seventh round) a participant's or subject's code of capitals and figures after the word alone, the
    # letters apart from the figures or joined by a hyphen ("participant KRW 301 884 552", "subject ABX 5521870",
    # "participant TQ-40917"; not a count or a group, "participant 12", "participant A", "subject 3 of 20")
    _r("ID", r"\b(?i:participant|subject)\s+(?P<id>[A-Z]{2,4}(?: \d{3,4}(?: \d{3,4}){1,3}| \d{5,10}|-\d{3,10}))\b(?![\w/.-]\w|[\w/-])",
       gate=r"(?-i:[A-Z]{2}[ -]\d{3})"),
    # (twenty-sixth round) the number someone is filed under, with the record it is kept in after it and no cue before
    # it ("you'll find me under 4471206 on the system", "I'm down as QX-55120 in your records"; not a year, not an
    # amount of four figures, "under 1000 on the books")
    _r("ID", r"\b(?:under|as)\s+(?P<id>(?!(?:19|20)\d\d\b)(?=[A-Za-z0-9-]*\d[A-Za-z0-9-]*\d[A-Za-z0-9-]*\d)(?=\d{5}|[A-Za-z0-9-]*[A-Za-z-])"
             r"[A-Za-z0-9][A-Za-z0-9-]{2,}[A-Za-z0-9])\s+(?:on|in)\s+(?:the|your|their|our|its)\s+"
             r"(?:system|computer|database|file|files|records?|register|list)\b",
       gate=_both(r"\d", r"(?:on|in) (?:the|your|their|our|its) (?:system|computer|database|file|record|register|list)")),
)

# (twentieth round) the mail services people give an address at (a general list: the international ones and the largest
# internet providers' of English-speaking countries)
_R20_MAIL_SERVICE = (r"(?:gmail|googlemail|hotmail|outlook|icloud|yahoo|ymail|live|msn|aol|protonmail|proton|gmx|zoho|fastmail|"
                     r"btinternet|sky|virginmedia|talktalk|bigpond|optusnet|iinet|tpg|shaw|telus|rogers|sympatico|videotron|"
                     r"eircom|xtra|comcast|verizon|att|sbcglobal|bellsouth|cox|charter|earthlink)")


class _NamedLocalRecogniser(Recogniser):
    """(twentieth round) an e-mail address said with a space in its name part, at a mail service ("jane doe at
    gmail.com", "Jane Doe at hotmail dot co dot uk") or with its first name spelled with hyphens ("J-A-N-E doe at gmail
    dot com"): one address, not a name and a domain.  The first word must be spelled or be no common English word (a
    name: "jane", not "sister", "email", "my")."""

    def find_ungated(self, text: str):
        probs = lexeme_probs()
        for m in self.pattern.finditer(text):
            first = m.group("first")
            if "-" in first or probs.get(first.casefold(), UNSEEN) < -12.5:
                yield m.span()


_ROUND20 = (
    _NamedLocalRecogniser("EMAIL", re.compile(
        rf"(?<![\w@.'’-])(?P<first>(?:[A-Za-z]-){{1,}}[A-Za-z]|[A-Za-z][a-z]+) {_R14_NOT_WORD_AT}"
        rf"[A-Za-z][a-z0-9._-]*[a-z0-9](?: \d{{1,4}})? at (?:the rate )?{_R20_MAIL_SERVICE}"
        rf"(?:(?:\.[a-z]{{2,3}}){{1,2}}| dot (?:com|net|org|co|[a-z]{{2}})(?: dot [a-z]{{2}})?)\b(?![.-]\w|@)"),
        re.compile(rf" at (?:the rate )?{_R20_MAIL_SERVICE}\b", re.IGNORECASE)),
    # an age over 89 a person "got to" ("when she got to 96, she stopped driving", "my nan got to 101 and"): said of a
    # person (a pronoun or a family word before it), at a clause's end; not a score or a count ("we got to 95 percent",
    # "he got to 92 followers")
    _r("AGE", rf"\b(?:he|she|they|(?:my |his |her |their |your |our )?(?:nan|nana|nanna|gran|granny|grandma|grandmother|"
              rf"grandad|granddad|grandpa|grandfather|mum|mom|mam|dad|mother|father|aunt|auntie|uncle))\s+"
              rf"(?:got|gets|get|getting|had got|has got)\s+to\s+(?P<id>{_AGE_NUM})\b{_R17_NOT_AMOUNT}"
              rf"(?=[^\S\n]*(?:$|[,;)!?]|\.(?:\s|$)|\s+(?:and|but|now|when|then|he|she|they|before|in the end)\b))",
       re.IGNORECASE, gate=r"\bg[eo]t(?:s|ting)? to (?:\d|ninety|a hundred|one hundred|hundred|nine )"),  # ("got to" alone: in most talk)
    # an ID's code before "as" or "is" and an ID's name ("They gave me KG-928 as my patient number", "6707-24771 is his
    # hospital number"): a code of capitals and three figures or more, two groups of figures, or five to ten figures
    # (not a year); not a number that names no record ("I put 1234 as my PIN", "2019 was the year")
    _r("ID", rf"(?<![\w/.-])(?P<id>{_CAPITALS_CODE}|\d{{3,6}}-\d{{3,8}}|(?!(?:19|20)\d\d\b)\d{{5,10}})"
             r" (?:is|was|as) (?:my|his|her|their|your|our|the|a|an) (?:new |old |own )?"
             r"(?:(?i:patient|hospital|NHS|medical record|record|member(?:ship)?|reference|ref|claim|policy|case|client|"
             r"account|customer|booking|confirmation|insurance|student|employee|file|chart|health card|Medicare|Medicaid|"
             r"tracking|order|ticket|referral|study|participant)(?: number| no\b| ID| #| code)|MRN|URN|ID|ID number)\b",
       gate=r"\d (?:is|was|as) (?:my|his|her|their|your|our|the|a|an) "),
)

# (twenty-second round) dates as typed messages write them:
_ROUND22 = (
    # a day's ordinal and "may" typed in lower case, inside a sentence ("anniversary is 4th may so that week"; "may" at
    # a sentence's end is read already); not "may" the verb after an ordinal ("the 4th may be better")
    _r("DATE", r"\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th) may\b(?!\s+(?:be|been|have|not|also|well|just|still|even|need|want|"
               r"only|never|help|work|feel|seem|look|come|go|get|take|make|cause|mean|sound|want|change|happen|depend|"
               r"vary|apply|differ|include|affect|lead|result|know|find|say|see|think)\b)",
       gate=r"(?-i:\d(?:st|nd|rd|th) may\b)"),
    # a day and a month with a dot and no year, as New Zealand, Europe and others type them, right after a word that
    # dates it ("dosing day is 14.6", "appt is 12.6 at 9:15", "could you do 27.6 instead", "exams start 3.1", "the
    # deadline is 9.5", "date of birth 26.8"): not a
    # decimal ("her score is 14.6", "sugar was 6.5", "on 2.5 mg", "the session was 1.5 hours", "day was 6.5 out of 10")
    _r("DATE", r"\b(?i:appt|appointment|session|day|date|exams?|court|hearing|scan|surgery|review|meeting|interview|due|dob|"
               r"bday|birthday|birth|death|anniversary|deadline|booked|until|till|til|since|do|see u|see you)"
               r"(?:\s+(?i:is|was|on|will be|starts?|start on|starting|for|in))?\s+"
               r"(?P<id>(?<![\d.])(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9]))(?![\d.]\d|\d|\s*(?:%|/|out of\b|of\b|"
               r"(?:mg|mcg|ml|kg|kgs|kilos?|km|kms|k|hrs?|hours?|mins?|minutes?|cm|m|l|lbs?|stone|points?|mmol|units?|"
               r"degrees?|times|percent|mmHg|bpm|weeks?|wks?|days?|months?|years?|yrs?)\b))",
       gate=r"\d\.\d"),
)

# (twenty-third round) forms of ordinary typed messages (chat, texts, in-app and e-mail), as anyone types them:
@dataclass(frozen=True)
class _CodeRecogniser(Recogniser):
    """(twenty-third round) an ID's code of capitals after its cue, which must be no English word typed in capitals
    for stress ("my member id is XQRTPL", not "my case number is WRONG again")."""

    def find_ungated(self, text: str):
        probs = lexeme_probs()  # (read once a process; deid reads it anyway)
        for m in self.pattern.finditer(text):
            code = m.group("id")
            if any(c.isdigit() for c in code) or probs.get(code.casefold(), UNSEEN) < -17.5:
                yield m.span("id")


_TYPED_ID_CUE = (rf"(?i:{_ID_CUE}|{_ID_CUE_12}|nhi|ohip|medicare|medicaid|mrn|client|member|case reference|reference)")
_TYPED_MESSAGE_FORMS = (
    # an ID's code of five to ten capitals, or capitals with one or two figures, right after its cue as typed ("member id
    # XQRTPL", "policy no. 7KWRTZ", "my medicare number is PLMWQX", "client number HRTVQP"): not an English word in
    # capitals ("the case number is WRONG"), nor a code with three figures or more (the cued IDs' own)
    _CodeRecogniser("ID", re.compile(
        rf"\b{_TYPED_ID_CUE}(?![A-Za-z0-9])(?:\s+(?i:no\.?|number|num|#))?(?:['’]s|\s+(?:is|was))?\s*[:#]?\s*"
        r"(?P<id>(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])(?![A-Z]*\d[A-Z]*\d[A-Z]*\d)[A-Z0-9]{5,10})\b(?![-/.]\w|['’])"),
        re.compile(r"(?-i:[A-Z0-9][A-Z][A-Z0-9]{3})", re.IGNORECASE)),
    # a health number typed with "#" run on after its cue in lower case ("ohip #40291", "nhi #ZXK4410", "mrn #448812")
    _r("ID", r"\b(?:nhi|ohip|mrn|nhs|medicare|medicaid)\s?#\s?(?P<id>(?=[A-Za-z0-9]*\d[A-Za-z0-9]*\d[A-Za-z0-9]*\d)[A-Za-z0-9]{4,12})\b(?![-/.]\w)",
       re.IGNORECASE, gate=r"(?-i:[a-zA-Z] ?#)"),
    # a trial participant's number with check letters after it, run on or apart ("participant 40172953K", "participant
    # 2203 615 884 QX"): figures, then one or two capitals
    _r("ID", r"\b(?i:participant|subject)\s+(?P<id>\d{4,10}[A-Z]{1,2}|\d{3,5}(?: \d{3,4}){1,3} [A-Z]{1,2})\b(?![-/.]\w)",
       gate=r"(?-i:\d ?[A-Z]{1,2}\b)"),
    # an age over 89 that opens a sentence before "and still" ("93 and still drives", "Ninety-six and still sharp"):
    # what is said of an old person's age; not inside a sentence ("waited 95 and still nothing")
    _r("AGE", rf"(?:^|(?<=[.!?:] )|(?<=\n))(?P<id>{_AGE_NUM}) and still\b", re.IGNORECASE | re.MULTILINE,
       gate=r" and still\b"),
    # a day and "may" typed in lower case, day first, before a verb that a month takes and the verb "may" never does,
    # or before a pause ("20 may was the worst day", "is 3 may ok", "14 may at 2pm"): not "may" the verb ("20 may be too
    # many", "2 may not come")
    _r("DATE", r"(?<![\w/.:-])(?:[12]\d|3[01]|0?[1-9]) may(?=\s*(?:[,;!?]|\.(?:\s|$)|$)|\s+(?:was|is|works?|suits?|ok|okay|"
               r"instead|at \d+)\b)", re.MULTILINE, gate=r"(?-i:\d may\b)"),
    # a day's ordinal after "the" before a typed "i think", "i can", ... ("my last drink was the 18th i think", "the 4th i
    # can do"): a day, not an ordinal that counts ("the 2nd i had", "the 3rd i've done")
    _r("DATE", r"\bthe (?P<id>(?:[12]?\d|3[01])(?:st|nd|rd|th)) (?=i (?:think|guess|reckon|believe|mean|can|cant|can['’]t|"
               r"could|will|would|wont|won['’]t)\b)", gate=r"(?-i:\d(?:st|nd|rd|th) i )"),
)

# (seventeenth round) an address's edges as notes write them: an Australian unit's number before the house number
# ("u3/17 Wattle Cres"), and a postcode after the street or town, Canada's, Ireland's or Britain's, with a town's "upon" or
# "on" before it ("41 Hazel Rd, T2N 1N4", "... Co. Clare, V95 K2P3", "... Newcastle upon Tyne NE1 4ST")
# (eighteenth round: also a unit's number before a slash without the "u", "1/154 Rowan Rd", or a unit or flat word and
# its number before a comma, "FLAT 9, 8 SYCAMORE RD"; a unit after a "#", "8551 Millbrook Ave #32"; a postcode in lower
# case, "49 hazelwood drive, f92 y3d5"; an Australian town, state and postcode, "86 Thistle St, Wollongong NSW 2500"; a
# suburb and a town in capitals after a street in capitals, "84C POPLAR CRESCENT, KARORI")
_ADDR_UNIT_BEFORE = re.compile(r"(?<![\w/.,:-])(?:[uU]?\d{1,4}[A-Za-z]?/|(?i:unit|flat|apt\.?|apartment)\s\d{1,4}[A-Za-z]?,?\s)$")
_ADDR_CODE_AFTER = re.compile(rf"(?: (?:upon|on|under) [A-Z][a-z]+)?,?\s(?:{_R17_CODE_AFTER}|(?-i:(?i:{_R17_CODE_AFTER})(?=\s*(?:$|[,.;)]))))")
_ADDR_UNIT_AFTER = re.compile(r"\s#\d{1,4}[A-Za-z]?\b")
_ADDR_COUNTY_AFTER = re.compile(r",\s(?:Co\.?|County)\s[A-Z][a-z]+\b")
_ADDR_AU_AFTER = re.compile(rf",?\s(?:[A-Za-z][A-Za-z'’-]*\s){{1,3}}?{_R18_AU_STATE}\s\d{{4}}\b(?![\d.,/:]\d)")
_ADDR_CAPS_AFTER = re.compile(r'(?:,\s(?!(?:I|A|OK|AND|THE|BUT)\b)[A-Z]{3,}(?: [A-Z]{3,})?){1,2}(?:\s\d{4,5})?(?=\s*(?:$|[,.;)"”]|\s+(?:and|until|but|so|for|from|since)\b))')

# (nineteenth round) after an address's town and a comma, its state, province or territory by name or by its dotted or
# capital code, as letters and people write it ("..., Kamloops, B.C.", "..., Wagga Wagga, N.S.W.", "..., Red Deer,
# Alberta", "..., Barrie, ONT"): the codes that are no English word only ("..., Salem, OR" and "..., Boise, ID" stay out:
# "or", "id"); not before a word joined to it
# the codes that are English words, names or other readings ("or", "id", "me", "Al", "on", "PA", "ACT"): no address's
# state (a town's in names.py takes them where the town is no person's word)
_ADDR_WORD_CODES = frozenset("AL CO DE HI ID IN LA ME MD MA MI OH OK OR PA DC NB NT ON PE SA ACT".split())
_ADDR_STATE_AFTER = re.compile(
    r", (?:(?:" + "|".join(re.escape(c[:-1]) for c in DOTTED_STATE_CODES + ["U.S.A."]) + r")\.(?![\w.])"
    r"|(?:Ont|Que|Alta|Sask|Man|Nfld|Qld|Vic|Tas|Calif|Mass|Wash|Penn|Ariz|Colo|Conn|Fla|Ill|Mich|Minn|Tenn|Tex|Wis)\.(?![\w.])"
    r"|(?:" + "|".join(sorted([w.replace("_", " ") for w in CA_AU_STATES] + ["ONT"] + [
        c for c in STATE_CODES if c.isupper() and c not in _ADDR_WORD_CODES], key=lambda w: (-len(w), w)))
    + r")(?![\w'’@.-]|\.\w))")


def _address_edges(text: str, s: int, e: int) -> tuple[int, int]:
    b = _ADDR_UNIT_BEFORE.search(text, max(0, s - 14), s)
    if b is not None:
        s = b.start()
    elif s > 0 and text[s - 1] == "#" and (s == 1 or not text[s - 2].isalnum()) and text[s:s + 1].isdigit():
        s -= 1  # (twenty-fifth round) a Canadian unit's "#" before "618-1286 Carrick Ave"
    a = _ADDR_UNIT_AFTER.match(text, e)
    if a is not None:
        e = a.end()
    a = _ADDR_CODE_AFTER.match(text, e) or _ADDR_AU_AFTER.match(text, e)
    if a is None and text.startswith(", C", e):  # an Irish county, "..., Clonmel, Co. Tipperary"
        a = _ADDR_COUNTY_AFTER.match(text, e)
    if a is None and not any(c.islower() for c in text[s:e]) and any(c.isupper() for c in text[s:e]):
        a = _ADDR_CAPS_AFTER.match(text, e)
    if a is None and text.startswith(", ", e) and "," in text[s:e]:  # (nineteenth round) "..., Kamloops, B.C."
        a = _ADDR_STATE_AFTER.match(text, e)
    if a is None and (_ADDR_LOWER_KIND_END.search(text, max(s, e - 12), e)  # (twenty-second round) "... st cairns"
                      or _ADDR_UNIT_END.search(text, max(s, e - 14), e)):  # (twenty-fifth round) "... apt 8b timaru"
        a = _lower_town_after(text, e)
    if a is not None:
        e = a.end()
        a = _ADDR_CODE_AFTER.match(text, e)  # "..., CHRISTCHURCH 8011" then no more; "..., DUBLIN, D08 X2Y3"
        if a is not None:
            e = a.end()
    if text[e - 3:e] in (" Co", " co", " CO"):  # (twenty-sixth round) a town and its county, "..., Naas Co. Kildare"
        a = _ADDR_COUNTY_REST.match(text, e)
        if a is not None:
            e = a.end()
    if text.startswith((" ", ","), e):  # (twenty-fourth round) a region and its code typed after the town
        a = _ADDR_REGION_CODE_AFTER.match(text, e)
        if a is None and text.startswith(", ", e):
            a = _lower_town_after(text, e)  # "..., karori, wellington 6012": a second town with its postcode
            if a is not None:
                a = _ADDR_FOUR_DIGIT_CODE.match(text, a.end())
        if a is not None:
            e = a.end()
    return s, e


# (twenty-fourth round) after an address's town, its state, province or county and its code typed in any case, as
# messages and forms type it: a US state's code and a ZIP ("... akron oh 44311", "..., fort wayne, in 46802"), a
# Canadian province's code and a postal code ("... fredericton nb e3b 1a1"), an Irish county and maybe an Eircode
# ("... navan co meath c15 k2h1", "..., ennis, co. clare"); not a state's code without its code ("... akron oh no")
# the island's 32 counties, as a pattern's alternatives (names.py joins a town to its county with them too)
IRISH_COUNTIES = ("Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|"
                  "Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|"
                  "Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow")
_IRISH_COUNTIES = rf"(?i:{IRISH_COUNTIES})(?![\w'’-])"
# (twenty-sixth round) the county's name after a town's "Co" the street's rule ended on ("..., Navan Co. Meath")
_ADDR_COUNTY_REST = re.compile(rf"\.?\s{_IRISH_COUNTIES}")
# a US state's code or name and its ZIP, or a Canadian province's code and its postal code (right after the town, or
# after a town of any words, the code its anchor)
_STATE_ZIP_OR_PROVINCE_CODE = (rf"(?i:{_US_STATE})\s\d{{5}}(?:-\d{{4}})?(?![\w.,/:-]?\d)"
                               r"|(?i:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s(?i:[A-Z]\d[A-Z] ?\d[A-Z]\d)(?![\w-])")
_ADDR_REGION_CODE_AFTER = re.compile(
    rf",?\s(?:{_STATE_ZIP_OR_PROVINCE_CODE}"
    rf"|(?i:co\.?|county)\s[A-Za-z][a-z'’-]+,?\s(?i:{_EIRCODE_ANY})"
    rf"|(?i:co\.?|county)\s{_IRISH_COUNTIES}"
    # (twenty-fifth round) an Australian state's code in any case and its postcode ("... sorrel cres vic 3444", "...
    # Wattle Terrace nsw 2714"); a US ZIP or a Canadian postal code after a town of any words, the code its anchor
    # ("..., red deer ab t4n 9x7", "..., grand rapids mi 49503"); not a state's code without its code
    rf"|{_R18_AU_STATE}\s\d{{4}}(?![\w.,/:-]?\d)"
    rf"|(?:[A-Za-z][a-z'’-]+\s){{1,3}}(?:{_STATE_ZIP_OR_PROVINCE_CODE})"
    # (twenty-fifth round) a US ZIP typed right after the street or its unit, no town between ("... Banksia Crescent
    # 19173", "... maple tce #19 32032"): five digits, no more
    r"|\d{5}(?![\w.,/:-]?\d))")
# after a second town, a four-digit postcode (New Zealand's, Australia's): "..., karori, wellington 6012"
_ADDR_FOUR_DIGIT_CODE = re.compile(r"\s\d{4}(?![\w.,/:-]?\d)")


# (twenty-second round) the town typed in lower case after a street typed in lower case, no comma or one ("124 hillcrest
# st cairns", "10 rata close, timaru", "139 kauri rd des moines"): one or two words, each more often written
# capitalised than not (spaCy's lexeme table, as the name finder reads it) and no allowed proper noun (a weekday, a
# medicine); the first of two may be a town's prefix ("des", "fort", "port", "new"); not a word ("4 orchard st now",
# "... st tomorrow", "... st lol")
# (twenty-fourth round: also after a street's kind written with its capital, "35 Kauri Close hamilton")
_ADDR_LOWER_KIND_END = re.compile(r"(?<![A-Za-z])(?-i:rd|st|ave|av|cres|tce|pde|ct|crt|pl|dr|ln|blvd|hwy|gr|cl|road|street|avenue|"
                                  r"crescent|terrace|parade|boulevard|highway|court|place|drive|lane|grove|close|way|"
                                  r"gardens|walk|row|square|mews|rise|Rd|St|Ave|Cres|Tce|Pde|Ct|Pl|Dr|Ln|Road|Street|"
                                  r"Avenue|Crescent|Terrace|Parade|Boulevard|Court|Place|Drive|Lane|Grove|Close|Way|"
                                  r"Gardens|Walk|Row|Square|Mews|Rise)\.?$")
# (twenty-fifth round) also after a unit typed after the street ("... dr apt 39 drogheda", "... Grove #16 toowong")
_ADDR_UNIT_END = re.compile(r"(?<![A-Za-z])(?:apt|Apt|unit|Unit|flat|Flat|#)\.?\s?\d{1,4}[A-Za-z]?$")
# (twenty-fifth round) the town may be typed with its capital ("136 marlowe grove Drogheda", "23 Heather Crescent
# Wigan", "1747 orchard pl, Fort Smith"): each word more often capitalised than not and rare in lower case, as before
_ADDR_LOWER_TOWN = re.compile(r",?\s([A-Za-z][a-z'’-]+)(?:\s([A-Za-z][a-z'’-]+))?(?![\w'’@/-])")
_TOWN_PREFIX = frozenset("des de del la las los san santa st saint fort ft port mount mt new north south east west "
                         "palmerston glen lake grand upper lower great little".split())


class _Until:
    def __init__(self, end: int):
        self._end = end

    def end(self) -> int:
        return self._end


def _lower_town_after(text: str, e: int):
    m = _ADDR_LOWER_TOWN.match(text, e)
    if m is None:
        return None
    probs, allow = lexeme_probs(), packaged_allow_list()

    def town(w: str) -> bool:
        low = w.lower()
        return (len(w) > 2 and low not in _CHAT_WORDS and is_proper(w.capitalize(), probs) and low not in allow
                and low not in _AU_STATE_WORDS and not w.endswith(("'s", "’s")) and probs.get(low, UNSEEN) < _TOWN_MAX_LOGPROB)
    one, two = m.group(1), m.group(2)
    if two is not None and town(two) and (town(one) or one.lower() in _TOWN_PREFIX) and (one[0].isupper() or two[0].islower()):
        return _Until(m.end(2))
    if town(one):
        return _Until(m.end(1))
    return None


# the short forms of typed messages, some more often capitalised in the lexeme table ("Thx")
_CHAT_WORDS = frozenset("thx thnx thanx tx ty tyvm tmrw tmr tmoz tomoz tonite ngl idk tbh rn btw omg pls plz xx xxx xo haha "
                        "lol lmao tho cuz coz bc asap atm fyi imo irl jk nvm okay yeah yep nah soz sry cheers ta hun "
                        "bro mate babe ugh ooh gosh duh whoa brb".split())
_AU_STATE_WORDS = frozenset("nsw vic qld tas act".split())  # a state's code, which its postcode follows ("... cres vic 3444")
_TOWN_MAX_LOGPROB = -12.0  # a word no more common than this in lower case ("cairns" -17.0; "lol" -8.6, "pls" -11.1)


RECOGNISERS: tuple[Recogniser, ...] = (
    # (eleventh round: with the angle brackets a header or a record writes around it, "<ana.ruiz@gmail.com>")
    _r("EMAIL", r"(<)?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b(?(1)>)", gate="@"),
    # an address written to foil harvesters ("name [at] host [dot] com", "name(at)host.co.in", "name AT host DOT org"),
    # with spaces around its "@" ("name @ host.com"), as a mailto: link, or with a comma typed for its last dot
    # ("name@host.co,za", "name@host,net")
    _r("EMAIL", r"\b(?:mailto:)?[\w.+-]+(?:\s?[\[({](?:at|@)[\])}]\s?| AT | @ |@)[\w-]+"
                r"(?:(?:\s?[\[({]dot[\])}]\s?| DOT |\.)[\w-]+)*(?:(?:\s?[\[({]dot[\])}]\s?| DOT |\.)(?i:com|org|net|edu|gov|info|"
                r"health|scot|mil|[a-z]{2})\b"
                r"(?:,(?:com|net|org|in|za|uk|ph|ng|ie|au|nz|ca|us|scot)\b)?|,(?:com|net|org|in|za|uk|ph|ng|ie|au|nz|ca|us|scot)\b)"
                r"|\bmailto:[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b",
       gate=r"@|[\[({]at[\])}]|(?-i: AT )"),
    # (twenty-first round) an address said with its "at" and written with its domain's dots, as speech recognition
    # writes a domain it knows ("email me on jsmith at outlook.com", "sent it to info at clinic.co.uk"), after a word
    # that hands an address over ("to" after sending, "is" after "email", "on" after "email me"); not a place or someone
    # at a site ("went to work at amazon.com", "to shop at walmart.com", "sent it to someone at bbc.co.uk", "the form
    # is available at clinic.co.uk")
    _r("EMAIL", rf"\b(?i:(?:send|sent|sending|forward|forwarded|e-?mail|e-?mailed|mail|mailed|write|wrote|copy|copied|cc)\b[^.?!\n]{{0,40}}?\bto"
                rf"|(?:e-?mail|address)(?: [\w'’]+){{0,2}}? ?(?:is|was|['’]s|:)"
                rf"|(?:e-?mail|e-?mailed|contact|reach|message)(?: (?:me|us|him|her|them))? (?:on|at|via))\s+"
                rf"(?P<id>(?!(?i:is|it|was|me|us|them|him|her|that|this|there|here|be|are|the|a|an|my|your|his|our|their|"
                rf"school|work|home|uni|college|someone|somebody|people|friends|staff|everyone|anyone|one|stuff|things?)\b)"
                rf"[A-Za-z0-9][\w.+-]* at [a-z0-9][\w-]*(?:\.[\w-]+)*{_DOT_TLD})\b(?![\w/-]|\.\w)", gate=r" at [\w-]+\."),
    # (ninth round: also a local part spelled letter by letter or in the phonetic alphabet, "j o e at ...", "Juliet
    # Oscar Echo at ...")
    _r("EMAIL", rf"(?<!['’])\b(?P<parts>(?:[\w+-]+ (?:dot|underscore|dash|hyphen|plus) |(?:[a-z]|{_PHONETIC_LETTER}) (?=(?:[a-z]|{_PHONETIC_LETTER}) ))+)?"
                r"(?!(?:is|it|was|me|us|them|him|her|that|this|"
                r"there|here|be|are|group|page|site|us|one|up|out|look|looking|stuff|things?)\b)[\w.+-]+"
                # (twelfth round) a number said after the name, as speech recognition writes the digits of an address
                # ("pawel ninety three at wp dot pl", "ruby eighty one at gmail dot com")
                # (twentieth round: or in digits after a name said in parts, "brooke dot ferreira 69 at gmail dot com";
                # not after one word, "booked 2 at ticketmaster dot com")
                rf"(?: {_EMAIL_NUMBER_WORD}(?:[ -]{_EMAIL_NUMBER_WORD}){{0,3}}|(?(parts) \d{{1,4}}))?"
                # (fifteenth round) how the name is written said between it and "at" ("jsmith, all one word, at ...")
                r"(?:,? (?:all )?(?:one word|lower ?case|small letters|no spaces?),?)? at (?:the rate )?"
                r"(?!(?:it|this|that|them|him|her|you|home|work|school|all|least|last|first|once)\b)[\w-]+"
                rf"(?: dot [\w-]+){{0,3}}? dot (?:(?:co|com|org|net|edu|gov|ac) dot [a-z]{{2}}|com|org|net|edu|gov|co|me|io|info|health|{_COUNTRY_SPOKEN}|in|no|it|at|be)\b"
                r"(?! dot | (?:forward )?slash\b)", gate=" dot "),  # (ninth round: gated on its rarer word, speed)
    # an @-mention names a person ("@thiago said"; not "@home", "@everyone")
    _r("PERSON", r"(?<![\w.@])@(?!(?:home|work|school|gym|the|me|you|all|everyone|here|channel)\b)[A-Za-z][\w.]*[A-Za-z0-9_]"
                 r"(?![\w@]|\.[A-Za-z])", gate="@"),
    _r("LOCATION", r"\bCo\. (?!Ltd|Inc)[A-Z][a-z]+", gate=r"Co\. "),  # an Irish county (Co. Mayo)
    # (eighth round) a form's field for a person's name, its value between the label and the next field after a column
    # gap ("Patient: Will   DOB: withheld", "Patient name: faduma   Signature: ___"): not a speaker's label (the next
    # field's label closes the value), not a value that names no one ("withheld", "N/A", "see above")
    # (eighth round) a form's field for a place, its value up to a dash, a stop or a column gap ("Pharmacy: Hargeisa --",
    # "Place of birth: sha tin.", "Referred from: Leeds"): not a value that names no place ("home", "none", "n/a")
    # (tenth round: also a clinic's or a study's site, a village, district, county, suburb or neighbourhood field)
    # (seventeenth round: not a GP, "Referred from: GP surgery, Gainesville": the kind of referrer, no place)
    _r("LOCATION", r"\b(?:Pharmacy|Place of birth|Birthplace|Hometown|Home town|City|Town|Referred from|Transferred (?:from|to)|"
                   r"GP practice|GP surgery|(?:Clinic|Study|Trial|Treatment) site|Village|District|County|Suburb|"
                   r"Neighbou?rhood): (?P<id>(?!(?i:home|none|n/?a|unknown|same|self|yes|no|see above|as above|tbc|"
                   r"pending|on file|withheld|declined|not known|GP)\b)[^\W\d_][^\W\d_'’]*(?:[ -][^\W\d_][^\W\d_'’]*){0,3})"
                   r"(?=\s*(?:--|—|–|[,;.()]|\s\s|$))",
       gate=r"(?-i:Pharmacy|Place of birth|Birthplace|Hometown|Home town|City|Town|Referred from|Transferred|GP practice|"
            r"GP surgery| site|Village|District|County|Suburb|Neighbou?rhood): "),
    # (eleventh round) a field that holds a place in a log, a form or a JSON record, at a line's or a cell's start
    # ("Location: Bamyan", "location: Boulder", "Place of death: Mount Isa", "Placement: Gander (FIFO)", '"place":
    # "Caguas"'; a capitalised value after "Location", "Place", "Placement"): not a value that names a setting, a kind of
    # care or no place; twelfth round: also "Location of incident: Larkmoor House", as an incident form writes it) ("Location: Telehealth", "Place: the back room", "Placement: Foster care", "placement: kinship")
    _r("LOCATION", r"(?:(?:(?<![^\n])|(?<=\s\s)|(?<=\|)|(?<=\|\s))(?:(?:[Ll]ocation|[Pp]lace|[Pp]lacement): (?=[A-Z])|"
                   r"(?:[Pp]lace|[Ll]ocation) of (?:death|residence|usual residence|incident|birth): )|\"(?:location|place|city|town|suburb|"
                   r"village|hometown|birthplace)\": ?\")"
                   r"(?P<id>(?!(?i:home|none|n/?a|unknown|same|self|yes|no|see above|as above|tbc|pending|on file|withheld|"
                   r"declined|not known|office|clinic|telehealth|telephone|phone|video|zoom|teams|online|remote|virtual|"
                   r"hospital|ward|room|community|school|work|inpatient|outpatient|other|private|main|the|a|an|my|our|"
                   r"his|her|their|in|at|on|by|via|group|session|residential|outreach|mobile|field|car|street|shelter|foster|"
                   r"kinship|respite|supported|care|day|family|unit|bed|room)\b)"
                   r"[^\W\d_][^\W\d_'’]*(?:[ -][^\W\d_][^\W\d_'’]*){0,3})"
                   r"(?=\s*(?:--|—|–|[,;.()\"|]|\s\s|$))",
       gate=r"(?-i:[Ll]ocation: |[Ll]ocation of |[Pp]lace|\"(?:location|city|town|suburb|village|hometown|birthplace)\")"),
    _r("PERSON", rf"(?:^|(?<=\s\s))(?:{_NAME_FIELD})"
                 rf"(?: [Nn]ame)?: (?P<id>(?!(?i:{_NAMES_NO_ONE}|"
                 r"fine|ok|okay|same|as above)\b)[^\W\d_][^\s:]*(?: [^\W\d_][^\s:]*){0,3})(?= {2,}[A-Z][\w/ .]{0,25}:)",
       gate=r"(?-i:atient|lient|esident|ember|ubscriber|nsured|Pt|[Nn]ame): [^\n]*   "),
    # (tenth round) a field that says it holds a name, alone on its line or in its cell ("Patient name: Wanjiru", "|
    # Client name: Brou |"): not a speaker's label, which no "name" follows; a recogniser of its own, gated on the
    # field's word (speed)
    _r("PERSON", rf"(?:(?<![^\n])|(?<=\s\s)|(?<=\|\s))(?:{_NAME_FIELD}|"
                 rf"Child['’]s|Mother['’]s|Father['’]s|Parent['’]s) [Nn]ame: (?P<id2>(?!(?i:{_NAMES_NO_ONE}|"
                 r"same|as above)\b)[^\W\d_][^\s:|]*(?: [^\W\d_][^\s:|]*){0,3})"
                 r"(?=[^\S\n]*(?:$|\n|\|))",
       gate=r"(?-i: [Nn]ame: )"),
    _r("URL", r"\b(?i:https?://|www\.)[^\s<>\"']*[^\s<>\"'.,;:!?)\]]", gate=r"https?:|www\."),  # also HTTPS://WWW.
    # (eighth round: the country endings of Europe and Asia that are no English word, "kliniek.nl", "klinik.de")
    _r("URL", rf"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*{_DOT_TLD}"
              r"(?:\.[a-z]{2}\b)?(?:/(?:[^\s<>\"']*[^\s<>\"'.,;:!?)\]])?)?(?![\w@])", re.IGNORECASE,
       gate=_DOT_TLD),  # every match holds its ending (speed: most turns have none)
    # (also with an en dash, a slash or spaced dashes: "859–41–6599", "146/35/1245", "396 - 44 - 4374"; or masked but for
    # the last four: "XXX-XX-1056", "***-**-2844")
    # (tenth round: also glued to its label, as a fax's barcode line prints it, "SSN638.29.3351")
    _r("SSN", r"(?:\b|(?<=SSN))\d{3}([-.\u2011 ])\d{2}\1\d{4}\b|\b\d{3}(\s?[–/]\s?| - )\d{2}\2\d{4}\b"
              r"|(?:\b(?:XXX|xxx)|\*\*\*)([-–. ])(?:XX|xx|\*\*)\3\d{4}\b", gate=r"\d"),
    # after a cue, the last four alone ("SSN 3045", "social, it's 1368", "the last four of the SSN as nine eight two
    # five"; not a "social worker since 2019")
    # (tenth round: also in a table's next cell, "| SSN | 9019 |")
    _r("SSN", rf"\b(?i:{_SSN_CUE})(?! (?i:worker|workers|work|media|services?|skills|anxiety|life|club|group|care|phobia|"
              rf"history|support|circle|network|housing|event|security office))(?:['’]s)?(?:\s*\((?i:last (?:four|4)(?: digits)?)\)|\s*\([^()\n]{{1,20}}\))?\)?"
              rf"(?:[,:?]?\s+(?:--\s+)?(?!{_DIGIT_WORD}\b)"
              rf"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]*)*){{0,6}}?(?:[,:?#]?\s+(?:#\s*|--\s+)?|\"\s*[,:]\s*\"|(?<=SSN)\s+\|\s+)(?<!\bin )(?<!\bsince )(?<!\bfrom )(?<!\buntil )(?<!\bof )(?P<id>\d{{4}}|(?i:{_DIGIT_WORD}(?: {_DIGIT_WORD}){{3}}))\b(?![\s,/.-]*(?:\d|(?i:{_DIGIT_WORD})\b))",
       gate=r"social|ssn|ss#|soc\.? ?sec|(?-i:SIN)"),
    _r("SSN", r"\b(?:social security|social|SSN)(?: number)?(?:\s*\([^()\n]{1,40}\))?(?: is| was|:)?\s*(?P<id>\d{9}|\d{3}[ -]\d{2}[ -]\d{4})\b",
       re.IGNORECASE, gate=r"social|ssn"),  # every match holds its cue (speed)
    # (twelfth round) a Canadian social insurance number, three groups of three, with a cue before it ("my SIN is 046
    # 454 286", "Social: ...", "Numéro d'assurance sociale : ...") or after it ("..., that's my social insurance number",
    # "... as my social"); uncued, three threes are an ID (the ID recogniser below); not Argentina's "obra social", a
    # health insurer, whose member number is an ID
    _r("SSN", r"\b(?<!obra )(?:(?i:social insurance(?: number)?|social security(?: number)?|social|SSN|assurance sociale)|(?-i:SIN|NAS))\b"
              r"[^\d\n]{0,40}?(?<![\d-])(?P<id>\d{3}([ -])\d{3}\2\d{3})\b(?![ -]?\d)"
              r"|(?<![\d+-])(?<![\d-] )\b(?P<id2>\d{3}([ -])\d{3}\4\d{3})\b(?![ -]?\d)(?=[^\d\n]{0,30}?\b(?:(?i:social)|SIN|SSN)\b)",
       gate=r"\d{3}[ -]\d{3}[ -]\d{3}"),
    # (twelfth round) an Irish PPS number, seven digits and a check letter or two, written together or apart ("1234567T",
    # "1234567 TA", "7654321WA"; not a spaced "I", "1234567 I think"), wherever it stands
    # (any capital for the letters: older numbers and typed ones do not keep to the check letter's A to W)
    # (typed SSN after a social or national insurance cue, "PPS No.", "NINo", "NI number", "social welfare number";
    # uncued an ID, the shape many hospitals' and insurers' numbers take too, "Member ID 5375371P")
    _r("SSN", r"\b(?:(?i:PPSN?|NINo|NI|national insurance|social security|social welfare|social|personal public service)|"
              r"(?-i:SIN))\b[^\d\n]{0,30}?(?<![\w.,/-])(?P<id>\d{7} ?[A-Z]{1,2}\b(?<! I)(?![-/]\w))",
       gate=r"(?-i:\d{7} ?[A-Z])"),
    _r("ID", r"(?<![\w.,/-])\d{7} ?[A-Z]{1,2}\b(?<! I)(?![-/]\w)", gate=r"(?-i:\d{7} ?[A-Z])"),
    # (twenty-fourth round) after a social, tax file or national insurance cue, a number of eight or nine digits in
    # groups of two or three ("ssn 12 345 678", "TFN: 123 456 782", "NI number - 21 874 310"; an older tax file number
    # has eight), and a national insurance number in any two letters, as forms' specimens and typed ones give it
    # ("ni no: qq 12 34 56 c", "SSN - AB123456C"); not a phone's longer run, not a count
    _r("SSN", r"\b(?:(?i:social (?:security|insurance|number|no\.?|#)|national insurance|national id|tax file|NI|NINo|SSN|TFN)|(?-i:SIN))"
              r"(?: (?i:number|no\.?|#))?\b(?:[^\S\n]*\([^()\n]{1,60}\))?[^\d\n]{0,30}?(?<![\w.,/+-])(?P<id>\d{2,3}([ -])\d{3}\2\d{3}|[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d])\b(?![ .,/-]?\d)",
       gate=r"\d{2,3}[ -]\d{3}[ -]\d{3}|\d{2} ?\d{2} ?\d{2} ?[a-d]\b"),

    # (twelfth round) a UK National Insurance or an Irish PPS number read out, its letters and digits one by one ("t j
    # five nought double four six nine c", "m a eight seven five eight oh four d"): two letters, four to seven digits
    # said (one maybe "double"), a letter
    _r("SSN", rf"\b[a-zA-Z] [a-zA-Z] (?:(?:double|triple) )?{_DIGIT_WORD}(?: (?:(?:double|triple) )?{_DIGIT_WORD}){{3,6}} [a-wA-W]\b",
       gate=rf"(?-i:\b[a-zA-Z] [a-zA-Z] (?:double |triple )?{_DIGIT_WORD}\b)"),
    _r("PHONE", r"(?<![\w-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s./-])\d{3}[\s.-]\d{4}\b"
                r"(?:,?\s*(?:ext|x|extension|poste)\.?\s*\d{1,5}\b)?", gate=r"\d"),
    # a local number without area code; one typeset with en dashes ("303–268–9604"); a mobile or landline in India's
    # groups of five ("78837-12844", "096019 34655")
    # (eleventh round) also Australia's 1300 and 1800 numbers ("1300 142 216") and a mobile in Argentina, its area code,
    # "15" and the number ("011 15-5202-9637")
    _r("PHONE", r"\b1[38]00[ -]?\d{3}[ -]?\d{3}\b(?![ -]?\d)|\b0\d{2,3} 15[ -]?\d{3,4}[ -]\d{4}\b|(?<![\w-])\d{3}-\d{4}\b(?!-)|(?<![\w–-])(?:\+?1\s?–\s?)?\d{3}–\d{3}–\d{4}\b"
                r"|(?<![\w-])0?\d{5}[\s-]\d{5}\b(?![\s-]?\d)", gate=r"\d", after=_PHONE_EXT),
    # seventh round: the groups numbers are written in across the Americas, Europe and Asia-Pacific: the area code in
    # square brackets ("[606] 555-0563") or with spaced dashes ("786 - 657 - 0193"); three and seven digits
    # ("787 8181823"); three, three and two pairs ("956 555 22 99", "(661) 578 39 33"); three threes ("909 729 027");
    # a bracketed area code before four and four ("(506) 2328-7275"); a trunk zero and one digit before the rest
    # ("03-8531 1747", "07 667 4467", "03 420822"); written with non-breaking hyphens ("303‑268‑9604"); the extension
    # in French ("poste 170").  Not after a hyphen or a digit group (an ID's "C-77 429 668", "2109 4883 7353")
    # (eighth round) an area code with a hyphen before groups and pairs, as Swedish numbers are written ("08-580 40
    # 53", "031-12 34 56"); an area code with a slash, as German numbers are ("0621/738053", "030/1234567")
    # (ninth round) a trunk zero before a bracketed area code ("0 (532) 412 77 90", as Turkish numbers are written);
    # a bracketed two-digit area code before five and four digits or a 9 apart ("(11) 98765-4321", "(21) 9 8765-4321",
    # Brazil's mobiles, also after "+55"); a mobile in three, four and four ("139 1234 5678", China's)
    _r("PHONE", r"(?<![\w.,\[(‑-])(?:0\d{1,3}-\d{2,3}(?: \d{2}){2,3}|0[1-9]\d{1,3}/\d{5,8}|\[\d{3}\]\s?\d{3}[\s.-]\d{4}|\d{3} - \d{3} - \d{4}|\d{3} \d{7}|(?:(?:0 )?\(\d{3}\)|\d{3}) \d{3} \d{2} \d{2}"
                r"|(?:\+\d{1,3} )?\(\d{2}\) (?:9 \d{4}|\d{4,5})-\d{4}|1[3-9]\d \d{4} \d{4}"
                r"|\(\d{3}\) ?\d{4}[\s-]\d{4}|0\d[\s-]\d{3,4}[\s-]\d{4}|0\d[\s-]\d{6}|\d{3}‑\d{3}‑\d{4})\b"
                r"(?:,?\s*(?:ext|x|extension|poste)\.?\s*\d{1,5}\b)?(?![\s.‑-]?\d)", gate=r"\d{3}"),
    # a tel: link (RFC 3966) is one span with its scheme ("tel:+16175550143")
    _r("PHONE", r"\btel:\+?\d[\d().-]{5,}\d\b", re.IGNORECASE, gate="tel:"),
    # after a phone cue and up to four words, four and four digits or three threes ("call me on 8537 8545", "rang
    # from 8269 4002", "mobile: 909 729 027"; without the cue three threes are as often an ID)
    # (tenth round: or four or five groups of two and three digits, as West African and other numbers are written,
    # "mobile: 77 758 12 39")
    # (eleventh round: also "Ph:" and a local number of three and four digits, "Ph: 941 7119", "call me on 869 8638")
    _r("PHONE", r"\b(?i:phone|ph|call|ring|rang|fax|text|whatsapp|contact|mobile|cell|tel|line|helpline|hotline|m[óo]vil|celular|tel[ée]fono|portable|appel\w*)\b(?:[\s:.,]+[\w'’-]+){0,4}?"
                r"[\s:.,]+(?P<id>(?!(?:19|20)\d\d[\s-](?:19|20)\d\d)\d{4}[\s-]\d{4}|\d{3} \d{3} \d{3}"
                r"|(?=[\d ]*?\b\d{3}\b)\d{2,3}(?: \d{2,3}){3,4}|\d{3} \d{4})\b(?![\s.-]?\d)",
       gate=r"\d{4}[\s-]\d{4}|\d{3} \d{3} \d{3}|\d{2,3} \d{2,3} \d{2,3} \d{2,3}|\b\d{3} \d{4}\b"),
    _r("PHONE", r"\b(?:phone|cell|mobile|fax|number|call me at|text me at|pager)(?: number)?(?: is| was|:)?\s*"
                r"(?P<id>\d{3}[\s.-]?\d{4}|\d{10})\b", re.IGNORECASE, gate=r"\d"),
    # (a day and a month with a slash only where one reading is a calendar date: "3/14", "14/3"; not a score out of
    # 30, "19/30", which no calendar has: eighth round)
    # (tenth round: nor a page of a document, "PAGE 1/3", a rating out of ten, "pain 6/10", or a combined dose, "8/2 mg")
    # (session 5: nor "24/7", round the clock, as people type it: "snacking 24/7" in real chats, MIBot; "on 24/7" and
    # "24/7/2023" are dates)
    # (tenth round: first, a range of two days written with slashes, "3/4-3/6", as notes write a stay or an episode: one
    # date, not "3/4-3" and a left "/6")
    _r("DATE", rf"\b(?=\d{{1,2}}/){_NOT_A_FRACTION}(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\s?[-–]\s?(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\b(?![/\d])"
               r"|\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b|\b\d{1,2}/\d{1,2}/\n(?:\d{4})\b|\b\d{4}(?:-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z\b|[+-]\d{2}:\d{2}\b|\b))?|/\d{1,2}/\d{1,2}|\.\d{2}\.\d{2})\b(?![/.-]\d)"
               rf"|\b(?=\d{{1,2}}/){_NOT_A_FRACTION}{_NOT_A_SCORE}(?:(?<=\bon )|(?<=\bOn )|(?!24/7\b))(?:(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])|(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))\b(?![/\d])"
               r"(?!\s?(?:mg|mcg|ml|mL|µg)\b)|\b(?:0?[1-9]|1[0-2])/(?:19|20)\d\d\b(?![/\d])"  # 2021/03/14, 03/2021
               # a day, an abbreviated month and a year with hyphens, as records write them ("09-Jan-1996", "28-May-83")
               rf"|\b[0-3]?\d(?P<sep>[-/])(?i:{'|'.join(MONTH_ABBR)}|May)(?:(?P=sep)(?:\d{{4}}|\d{{2}}))?\b(?![-/])"
               # a record's day, month and year run together ("08FEB1997"); a month in Roman figures ("23.IX.2025");
               # a day and a month, for the weekday before it
               rf"|\b[0-3]\d(?:{MONTH_CAPS})(?:\d{{4}}|\d{{2}})?\b"
               # seventh round: a record's day and month run together without a year ("18OCT"); the month first with
               # hyphens ("Nov-13-2012"); a military or record date's two-digit year ("09 NOV 63")
               rf"|\b(?i:{'|'.join(MONTH_ABBR)}|May)-[0-3]\d-(?:\d{{4}}|\d{{2}})\b"
               rf"|\b[0-3]?\d (?:{MONTH_CAPS}) \d{{2}}\b(?!\d)"
               r"|\b[0-3]?\d\.(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.(?:\d{4}|\d{2})\b"
               # ninth round: a date and time in the basic ISO 8601 layout of calendar files and logs
               # ("20190309T140000Z"); a military date-time group, day, hour and minute, zone, month and year
               # ("030930ZDEC26")
               r"|\b(?:19|20)\d\d[01]\d[0-3]\dT\d{4}(?:\d\d)?Z?\b"
               rf"|\b[0-3]\d[0-2]\d[0-5]\d[A-Z](?:{MONTH_CAPS})\d\d\b"
               # (eleventh round) a day, an abbreviated month and a year's two digits, as labels and letters print them
               # ("21 Apr 21", "12 Feb 24"; not a count or a clock after it)
               rf"|\b[0-3]?\d (?:{'|'.join(MONTH_ABBR)}) \d{{2}}\b(?![\d:.,/]\d|\s*(?:{_UNITS})\b)"
               rf"|\b[0-3]?\d(?:st|nd|rd|th)? {_ANY_MONTH}(?:,? {_YEAR}\b)?",
       # a weekday, maybe abbreviated, before a date is part of it ("Tues 6/9", "Wed 27 Aug", "Fri, 16 Oct"; eleventh
       # round: in Indonesian and Malay too, "Kamis, 16 November"); a note's time after "@" ("4/23 @ 1730": eleventh round)
       gate=r"\d", extend=rf"\b(?:{_ANY_WEEKDAY}|{_WEEKDAY_ID})\.?,? $", after=r" @ \d{1,2}:?\d{2}\b"),
    # (eighth round) a date in Chinese and Japanese writing ("1985年6月2日"); a day with a full stop before the month, as
    # German and the Scandinavian languages write it ("20. January"; not a sentence's last number before a month that
    # opens the next: "in room 3. March was hard"); each gated on its own mark (speed)
    _r("DATE", r"(?:\d{4}年)?\d{1,2}月\d{1,2}日", gate="月"),
    _r("DATE", rf"\b[0-3]?\d\. {_ANY_MONTH}(?:,? {_YEAR}\b)?(?! (?:was|is|has|had|were|came|went|will|would|of)\b)",
       gate=r"(?-i:\d\. [A-Z])"),
    # (eighth round) the day and month of a record with a hyphen after a date cue ("Sent 25-08", "admitted on 27-03";
    # not "was 10-11", a score), gated on its digits (speed)
    _r("DATE", rf"\b(?i:on|since|until|till|by|before|after|from|dated|date|sent|received|due|for|hearing|birth|dob):?\s+"
               rf"(?P<id>(?:0[1-9]|[12]\d|3[01])-(?:0[1-9]|1[0-2]))\b(?![-/.:]\d|\s*(?:{_UNITS})\b)",
       gate=r"\b[0-3]\d-[01]\d\b"),
    _r("DATE", rf"\b{_WEEKDAY_BEFORE}{_ANY_MONTH} (?:the )?{_DAY}{_DAY_RANGE}?\b(?:,? {_ANY_YEAR})?"
               rf"|\b(?:the )?{_DAY}{_DAY_RANGE}? (?:of |o['’] )?{_ANY_MONTH}(?:,? {_ANY_YEAR})?"
               rf"|\b(?:" + "|".join(MONTHS) + rf")\b(?:,? (?:of )?{_YEAR})?", extend=_WEEKDAY_ABBR_BEFORE,
       gate=r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"),  # every match holds a month (speed)
    _r("DATE", rf"\b(?:in|last|next|this|since|until|by|early|late|mid|of) (?P<id>May)\b(?:,? {_YEAR})?", gate=r"(?-i:May)"),
    # (twelfth round: also after "from", "till", "seen", "issued", "signed", "started", "stopped", "dated", "effective",
    # any case: "From the 13th the scores fell", "the order issued the 6th requires", "seen the 25th for follow-up")
    _r("DATE", r"\b(?:on|by|until|since|before|after|around|(?:now|today|then) and|date['’]s|(?i:admitted|discharged|married|born|buried|from|till|seen|"
               r"issued|signed|started|stopped|dated|effective|On|By|Until|Since|Before|After|From)|"
               r"(?:planned|scheduled|booked|set) for|of birth) the (?P<id>[0-3]?\d(?:st|nd|rd|th))\b"
               r"(?! (?:floor|time|try|round|session|week|day|grade|step|attempt|dose|visit|child|kid|of (?![A-Z])))",
       gate=r"the \d{1,2}(?:st|nd|rd|th)\b"),  # (twelfth round: gated, speed)
    # (twenty-first round) a day offered or booked in talk: after "pencil (me) in (for)" or "how about", "what about",
    # before a pause or a clause's word ("let's pencil in the 9th for the review", "how about the 14th?"); not a rank
    # ("what about the 2nd one", "pencilled in the 3rd row")
    _r("DATE", r"\b(?:(?i:pencil|pencils|pencilled|penciled)(?: (?:me|you|us|him|her|it|that|them|this))? in(?: for)?|"
               r"(?i:how|what) about) the (?P<id>[0-3]?\d(?:st|nd|rd|th))\b"
               r"(?=\s*(?:[,.;!?]|$)|\s+(?:for|at|then|instead|or|and|with|maybe|if|works?)\b)",
       gate=r"(?:pencil|about) the \d|pencil\w* (?:\w+ )?in"),
    # a day without a month: "the 5th" at the end of a clause; "the fifth" after a date cue
    # (twenty-fourth round: also before a bracket, "still", "finally", "ok", "the 2nd still ok?", "moving out the 16th
    # finally"; and a day's ordinal without "the", after a word that times something, a deadline's preposition, a
    # field's label with "date" and a comma or colon, typed as messages and forms do ("can't make 26th", "b4 19th",
    # "around 22nd, after", "Date completed, 16th"); and a day before a month typed "may" in lower case ("free 17 may
    # after 3pm"); not a rank or a count, "my 2nd time", "came 2nd in", "17 may be too many")
    # (twenty-seventh round: also before a typed "cos", "the 12th cos i was sick", and without "the" after "missed",
    # "skipped", "missed 26th sorry"; not "missed 2nd period")
    _r("DATE", r"\bthe (?P<id>[0-3]?\d(?:st|nd|rd|th))(?=\s*(?:[,.;!?(]|$)|\s+(?:then|instead|at|and|or|is|was|works?|pending|"
               r"would|will|if|when|please|maybe|again|because|cos|coz|cuz|so|but|I|we|you|he|she|they|still|finally|ok|okay)\b)"
               r"|\b(?:(?i:make|makes|before|b4|by|until|till|til|around|from|since|on|due|after|missed|miss|skipped)|(?i:date)\b[^\n,:]{0,30}[,:])[^\S\n]+"
               r"(?P<id2>[0-3]?\d(?:st|nd|rd|th))(?=[^\S\n]*(?:[,.;!?(]|$)|[^\S\n]+(?:then|instead|at|and|or|is|was|works?|would|"
               r"will|if|when|please|pls|because|cos|coz|cuz|so|but|I|i|we|you|he|she|they|my|still|finally|ok|okay|anything|sorry|tho|though|"
               r"anymore|either)\b)"
               r"|\b(?P<id3>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)? may)(?=[^\S\n]*(?:[,.;!?(]|$)|[^\S\n]+(?:after|before|at|or|and|"
               r"then|instead|if|works|ok|pls|please|is|was|(?:19|20)\d\d)\b)", gate=r"\d"),
    # an ordinal word alone: after a date cue ("dated the ninth", "move it to the first instead"); from eleventh on
    # whenever it ends a clause ("was the seventeenth, and"; "the nineteenth century", "the eleventh hour" go on
    # with a noun); third to tenth after "was"/"is" only before a comma, "when" or the end ("anniversary is the
    # fifth, so"; "first" and "second" too often rank things: "she was the first, and")
    _r("DATE", rf"\b(?:on|by|until|till|since|before|after|from|next|this|visit|appointment|date is|date['’]s|(?:now|today|then) and|due(?: on)?|dated|around|"
               rf"admitted|discharged|married|born|buried|(?:planned|scheduled|booked|set) for|of birth|"
               rf"(?:move|moved|moving|push|pushed|change|changed|switch|switched|reschedule|rescheduled|shift|shifted)"
               rf"(?: [\w'’]+){{0,3}}? to) "
               rf"the (?P<id>{_ORD_WORDS})(?=\s*(?:[,.;!?]|$|(?:at|when|and|or|I|we|instead|then|on|pending)\b)"
               # (twelfth round) or before "for" or "the", third and later ("on the fourth for bloods", "from the
               # nineteenth the scores fell"; "on the first for a while", "from the first the" rank or count)
               rf"|(?<!first)(?<!second)\s+(?:for|the)\b)"
               rf"|\bthe (?P<id2>{_LATE_ORD_WORDS})(?=\s*(?:[,.;!?]|$)|\s+(?:at|when|and|or|then|instead|so|because|"
               r"but|for|I|we|you|he|she|they|i)\b)"
               rf"|\b(?:was|is|it's|it’s) the (?P<id3>{_MID_ORD_WORDS})(?=\s*(?:[,.;!?]|$)|\s+when\b)",
       re.IGNORECASE, gate=_THE_ORDINAL),
    # (twelfth round) a holiday that is one day of the year as the date of a record's event: after "admitted",
    # "discharged", "seen", "born", "died", "booked", "scheduled", "confirmed", "due", a deadline or an appointment, up to
    # three words and "on", "for", "is" or "was" between, or in a date's field ("Seen in clinic on Halloween", "discharged
    # on Christmas Day", "the deadline is New Year's Day", "When: Valentine's Day"); not talk about a holiday ("we fought
    # on Christmas Eve"), a season ("at Christmas"), nor a holiday of no fixed day ("Christmas" alone, "Thanksgiving")
    # (seventeenth round: also a note's events, "Missed appt Christmas Eve", "Bloods taken Boxing Day", "plan
    # reviewed Anzac Day")
    _r("DATE", r"(?:\b(?i:admitted|discharged|seen|born|died|booked|scheduled|confirmed|due|deadline|appointment|appt|"
               r"missed|taken|reviewed|attended|referred|rec['’]d|received|commenced|started)"
               r"(?:(?: [\w'’]+){0,3}? (?:on|for|is|was))?|(?<![^\n])(?:When|Date|Date of \w+(?: \w+)?|Seen|DOB):) "
               r"(?P<id>Christmas (?:Day|Eve)|New Year['’]s (?:Day|Eve)|Hallowe['’]?en|Valentine['’]s Day|Boxing Day|"
               r"St\.? Stephen['’]s Day|Remembrance Day|Canada Day|Independence Day|Juneteenth|Bastille Day|Australia Day|"
               r"Anzac Day|Waitangi Day|Guy Fawkes Night|Bonfire Night|St\.? Patrick['’]s Day)\b",
       gate=r"(?-i:Christmas |New Year|Hallowe|Valentine|Boxing Day|Stephen|Remembrance Day|Canada Day|Independence Day|"
            r"Juneteenth|Bastille Day|Australia Day|Anzac Day|Waitangi Day|Guy Fawkes|Bonfire Night|Patrick)"),
    # a holiday with a year is one day ("Thanksgiving 2019", "Christmas Eve 2021")
    _r("DATE", rf"(?<![\w'’]){_YEAR}\b", gate=r"\d", before=rf"\b(?i:{_HOLIDAY}),? (?:of )?$"),
    # (twelfth round) "May." with a full stop before its day, as software that puts a stop after every month's abbreviation
    # prints it ("May. 22", "May. 10, 2024"); not a sentence's end before a count ("in May. 22 people came")
    _r("DATE", rf"\bMay\. [0-3]?\d\b(?:,? {_YEAR}\b)?(?![.,:/]?\d)(?!\s*(?:{_UNITS}|years?)\b)", gate=r"(?-i:May\. \d)"),
    # May or an abbreviated month with a year ("May '19", "Jan 2020", "Feb. '21"): no verb "may" takes a year
    _r("DATE", rf"\b(?:May|{'|'.join(MONTH_ABBR)})\.?,? (?:of )?{_YEAR}\b(?!['’]?\d)", gate=r"\d"),
    # (eleventh round: a record's compact age with its unit, which is part of it: "98yo", "102y 1m" (years and months),
    # DICOM's "093Y", "98 yrs")
    _r("AGE", rf"\b(?P<id3>(?:9\d|1[01]\d)(?:y \d{{1,2}}m|yo)|0?(?:9\d|1[01]\d)(?-i:Y)|(?:9\d|1[01]\d) yrs?(?! (?:old|of age|ago)\b))\b(?![\w/])"
              rf"|\b(?P<id>{_AGE_NUM})(?:\s*-?\s*)(?:years?|yrs?)[\s-]*(?:old|of age)\b"
              rf"|\b(?P<id2>{_AGE_NUM})(?:-year-old|-yr-old| ?y/?o|\s?y\.o\.|(?<=\d)y)(?![\w/])"  # "97y" (eighth round)
              # (twelfth round) an age in words in brackets with its unit, as notes write it after a person ("father (a
              # hundred and one yrs)", "(ninety-four years)")
              rf"|\((?P<id4>{_AGE_NUM})\s?(?:yrs?|years?)(?: old)?\)",
       re.IGNORECASE, gate=r"ye?a?rs?\b|-y|y/?o\b|y\.o\.|\dy\b"),  # a unit must follow (speed)
    # (ninth round: also "will be", "'ll be", "would be": "Nonna will be 97 at Christmas")
    # (twelfth round: also a form's age at an event, "Age at assessment: 96", "Age at referral: ninety-three")
    # (seventeenth round: also "turns", "Uncle turns 100 next month")
    # (twenty-first round: also a relative clause's, as letters and notes write a person's age, "my aunt, who is now
    # 97", "a neighbour who's 94"; not an amount, "who is 95% sure", "who was 90 minutes late")
    _r("AGE", rf"\b(?:aged?:?|age at [a-z]+(?: [a-z]+)?:|PatientAge:?|age of|at|turned|turns|turning|just turned|to be|will be|['’]ll be|would be|lived to|(?:make|makes|made|making) it to|reached|died|passed(?: away)?|(?:I|she|he|they|you|we)['’]?(?:m| am| is|s| was| were|re| are)|who(?:['’]?s| is| was)(?: now)?)\s+"
              rf"(?P<id>{_AGE_NUM})\b(?!\s*(?:%|(?:{_UNITS}|mg|milligrams|micrograms|mcg|percent|minutes|pounds|kilos|kg)\b))",
       re.IGNORECASE, gate=r"\d|ninety|hundred|one[- ]oh|nine "),  # what every age (_AGE_NUM) holds (speed)
    # an age after a person word ("Grandad was 101", "the elder leading it was 99"), in brackets after one ("Pt (102)
    # widowed", "Mother (ninety-one)"); what someone was when they died: "she was 98 when she died", "was a hundred when he passed"; a
    # capitalised word's age after its "'s": "Granda's 96 and sharp", "Nell's ninety now", not "It's 95 and sunny")
    _r("AGE", rf"\b(?:{_KIN})(?:,?\s+(?!(?:is|was)\b)[\w'’]+){{0,4}}?(?:'s| is| was|,)(?:\s*now)?\s*(?P<id>{_AGE_NUM})\b"
              rf"(?!\s*(?:{_UNITS}|-|/|\.\d))|\b(?:{_KIN})\s*\((?P<id2>{_AGE_NUM})\)"
              rf"|\b(?:was|were)\s+(?P<id3>{_AGE_NUM})\s+when\s+(?:she|he|they|I|we|you)\s+(?:died|passed|went)\b"
              rf"|\b(?!(?:It|That|There|Here|What|Who|Where|This|Today|Tonight)['’])[A-Z][a-z]+['’]s\s+(?P<id4>{_AGE_NUM})\b"
              rf"(?=\s+(?:and|now|this|next|last|today|tomorrow|on|in)\b|\s*[,.;!?])(?!\s*(?:{_UNITS})\b)", re.IGNORECASE,
       gate=r"\b(?:9\d|1[01]\d|ninety|hundred|one[- ]oh)\b"),
    _r("AGE", rf"\b[A-Z][a-z'’]+, (?P<id>9\d|1[01]\d),", gate=r", (?:9\d|1[01]\d),"),  # "Ramona, 97, still works"
    # (twenty-seventh round) an age after a person's word and "of", as people describe someone old ("a lady of 97", "an
    # old man of ninety-two", "a gentleman of 101 years"); not an amount or a count ("a man of 95 kilos", "a group of
    # 95 people"), nor a word for no person ("a team of 95")
    _r("AGE", rf"\b(?i:an?|the|this|that|some|one)\s+(?:(?i:old|elderly|frail|little|lovely|sweet|poor|wee|dear|tiny)\s+)?"
              rf"(?i:man|woman|lady|gentleman|gent|fella|fellow|bloke|chap|guy|person|soul|widow|widower|patient|resident|"
              rf"veteran|client|mother|father|grandmother|grandfather|granny|nan)\s+of\s+(?P<id>{_AGE_NUM})\b{_R17_NOT_AMOUNT}",
       re.IGNORECASE, gate=r"\bof (?:9\d|1[01]\d|ninety|(?:a|one) hundred|nine )"),
    # a note's age before the person ("a 91 man", "a 103 female", "a 105 veteran")
    # (tenth round) and a note's age joined to the sex's letter opening the note or a sentence, or after "a" ("92F,
    # widowed", "A 101M with"): not a temperature inside a sentence ("it was 95F out")
    _r("AGE", rf"\b(?i:a|an) (?P<id>9\d|1[01]\d) (?=(?i:man|woman|male|female|lady|gentleman|veteran|widow|widower|"
              rf"resident|patient|pt|yo|y/o)\b)"
              rf"|\b(?=(?:9\d|1[01]\d)[MF]\b)(?:(?<![^\n])|(?<=[.:;!?]\s)|(?<=\b[Aa]\s)|(?<=\b[Aa]n\s))(?P<id2>9\d|1[01]\d)",
       gate=r"\ban? (?:9\d|1[01]\d) |(?-i:\b(?:9\d|1[01]\d)[MF]\b)"),
    _r("AGE", rf"\b(?P<id>(?:9\d|1[01]\d)(?:st|nd|rd|th)?|{_NINETY_ORDINAL}|{_NINETY})\s+birthday\b", re.IGNORECASE,
       gate="birthday"),
    _r("AGE", r"\b(?:in|into) (?:his|her|their|my|your|our) (?:(?:early|mid|late)[- ])?(?P<id>nineties|90s|'90s)\b",
       re.IGNORECASE, gate=r"nineties|90s"),  # "in her nineties": Safe Harbor aggregates every age over 89
    # (tenth round: the whole number when a hyphen joins a further group, "MRN: PA625604-54510", "TDCJ # 2022-CR-9451-C",
    # not its first part only)
    # (eleventh round: a check letter after the last group, "201 940 145C"; a check digit after a slash, "3815712158/3")
    # (twelfth round: also two check letters apart after the groups, an Ontario health card's version code, "5652 212 332
    # PY")
    _r("ID", rf"\b(?i:{_ID_CUE}){_CUED_ID}", gate=r"\d", after=_ID_AFTER),
    _r("ID", rf"\b(?i:{_ID_CUE_12}){_CUED_ID}", gate=r"\d", after=_ID_AFTER),
    # a number in the shape of a record's, after an acronym or a word that names it ("UHID CHP/26/1324", "NIN 6694 36572
    # 3", "TRN is PRM 455 243 305", "CHI number GS-463968-BK", "Subject number 1549542K", "Docket VBV3201"; a number
    # read out is the spoken phone rule's): a shape counts, which dates and scores seldom take
    # (ninth round: also the names of national numbers in other languages, "numero de utente", "codice fiscale", "T.C.
    # kimlik"; two digits, a letter, digits, "24-B-4020"; and uncued the shapes of Brazil's CPF, "180.176.144-24", Italy's
    # codice fiscale, "RSSMRA85T10A562S", and digit groups with a check digit, "895-802428-2")
    # (eleventh round: also the word for a number in Spanish, German and Indonesian, a cédula, a JSON field named for an
    # ID, "user_id": "..."; and the shapes of a DNI or cédula in dotted thousands, "30.594.240", "1.079.365.474", a
    # Swiss AHV number, "756.6668.2852.13", an IP address, a year and a serial, "2024-363614", a number and two check
    # digits, "8888969-05", digits, a letter and digits, "127005F74", groups of three with a check letter)
    _r("ID", rf"\b(?:[A-Z]{{2,6}}(?: ?#)?|(?i:number|no\.|code|reference|ref\.?|quote|accession|docket|licen[cs]e|id|utente|fiscale|"
              rf"kimlik|zehut|aadhaar|personnummer|n[úu]mero|\w*nummer|nomor|c[ée]dula))(?: is| was| es| ist|:|,)?\s+"
              + _ID_SHAPES
             # uncued: a Hong Kong identity card's letter, six digits and check digit in brackets ("K316758(9)":
             # eighth round), 8+ digits, a letter prefix and 5+ digits (twenty-second round: and a check letter joined,
             # "MC88509765A"), hyphenated groups, a plate
             + r"|\b[A-Z]{1,2}\d{6}\([0-9A]\)|\b[A-Z]{1,4}-?\d{5,}(?:-[A-Z]\b(?!-)|[A-Z]\b(?!-))?\b|\b\d{8,}\b|\b(?!\d{4}-\d\d-\d\d\b)\d{2,}(?:-\d{2,}){2,}(?:-[A-Z]{1,2}\b(?!-))?\b"
             # (twelfth round) a check letter or two after the groups ("2190-191-261-ZZ", an Ontario health card; "PA-36806-X");
             # a UK driving licence's sixteen characters ("MORGA753116SM9IJ"); a UK number plate ("LN67 HAN"); letters, a
             # slash and six or more digits ("HSG/79047337")
             r"|\b[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}\b|\b(?<![-/])[A-Z]{2}\d{2} [A-Z]{3}\b(?![-/])|\b[A-Z]{2,6}/\d{6,}\b"
             r"|\b(?=[A-Z0-9-]*[A-Z])(?=(?:[A-Z-]*\d){5})[A-Z0-9]{1,5}(?:-[A-Z0-9]{2,8}){2,}\b"
             r"|\b\d[A-Z]{2,4}\d{3,4}\b|\b\d{3}\.\d{3}\.\d{3}-\d{2}\b|\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b"
             r"|\b\d{2,4}-\d{5,8}-\d\b(?!-)",
       gate=r"\d", after=_ID_AFTER),
    # (twelfth round) uncued, three groups of three digits (a Canadian social insurance number, a Québec or other health
    # card's, a case's): an ID; a phone cue before them makes them a phone (its recogniser wins a tie), a social cue an SSN;
    # not inside a longer run of groups, nor before a unit
    _r("ID", rf"(?<![\d+(.,/-])(?<![\d-] )\b(?!\d\d0 \d\d0 \d\d0\b)\d{{3}} \d{{3}} \d{{3}}\b(?![ .,/-]?\d)(?!\s*(?:{_UNITS})\b)",
       gate=r"\d{3} \d{3} \d{3}"),
    # (eleventh round) uncued, a recogniser of its own with its own gate (speed): a UUID ("2a18cde0-49ac-4b3a-235c-912396e743c2");
    # a vehicle's 17-character VIN; an IP address; a Swiss AHV number; a ten-digit number in dotted thousands; a year and a
    # serial of six or seven digits ("2024-363614"); six to nine digits and two check digits ("8888969-05"); digits, a
    # letter and digits ("127005F74")
    _r("ID", r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"
             r"|\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-HJ-NPR-Z0-9]{17}\b"
             r"|\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b(?!\.\d)|\b756\.\d{4}\.\d{4}\.\d{2}\b"
             r"|\b\d\.\d{3}\.\d{3}\.\d{3}\b(?!\.\d)|\b(?:19|20)\d\d-\d{6,7}\b(?!-)|\b\d{6,9}-\d{2}\b(?![-/]?\d)|\b\d{5,8}[A-Z]\d{2,3}\b",
       gate=r"(?-i:[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-|\d\.\d{1,3}\.\d|\d-\d|\d[A-Z]|[A-Z]\d)", after=_ID_AFTER),
    # (eleventh round) a JSON field named for an ID ("user_id": "321 799 742 142"), a recogniser of its own (speed)
    _r("ID", r'"[a-z_]*(?:_id|_no|_number|id)"\s*:\s*"?' + _ID_SHAPES, gate=r'(?-i:id"\s*:|_no"\s*:|_number"\s*:)', after=_ID_AFTER),
    # (twenty-fourth round) the same field unquoted, as a form's export or a log writes it, its name joined by
    # underscores and a comma, colon or equals sign after it ("participant_id, P0417", "nhs_number: 943 476 5919",
    # "record_no=88213B"): a number with three digits or more; not a phone's field (a phone recogniser's), not a
    # count ("visit_number, 3")
    _r("ID", r"\b(?!(?:phone|mobile|cell|tel|fax|home|work|contact|house|street|unit|flat)_)[A-Za-z]+(?:_[A-Za-z]+)*_(?i:id|no|num|number|ref|mrn)\b"
             r"[^\S\n]*[,:=][^\S\n]*\"?(?P<id>" + _ID_TOKEN + r"|(?:[A-Z] )?\d{2,}(?: \d{2,}){1,3}(?:[A-Z]| [A-Z]{2})?(?: \d\b)?)\b(?!-[A-Za-z0-9])",
       gate=r"_(?:id|no|num|number|ref|mrn)\b", after=_ID_AFTER),
    # (eleventh round) an HL7 identifier with its assigning authority and type ("7237727^^^STS^MR", "PID|1||909272B^^^CMH^MR")
    _r("ID", r"(?<![\w^])[A-Z0-9](?:[A-Z0-9-]| (?=\d)){3,}" + _HL7_AUTHORITY, gate=r"(?-i:\^\^\^)"),
    # (eleventh round) HL7 v2 fields: an address (street^other^city^state^postal code, "93 MANGROVE RD^^LOGAN^QLD^4114",
    # "815 CALLE CERRA^APT 5^LAKE CHARLES^LA^70635") and a name (family^given^initial, "DELANA^TAHLIA^E"), as messages
    # pasted into notes carry them: whole, so no town or given name is left between the replaced parts
    _r("ADDRESS", r"(?:(?<=[|~])[^|^~\n]{3,60}|\b\d{1,6}[A-Za-z]?(?: [^\s|^~]+){1,5})\^[^|^~\n]{0,30}\^[^|^~\n]{2,30}"
                  r"\^[A-Z]{2,3}\^[A-Z0-9][A-Z0-9 -]{2,9}(?=[|^~\s,.;\"']|$)(?:\^[A-Z]{2,3}\b)?",
       gate=r"(?-i:\^[A-Z]{2,3}\^[A-Z0-9])"),
    # (eleventh round) an HL7 message's fields by their place: the patient's name (PID-5), the next of kin's (NK1-2), the
    # address (PID-11) and the social security number (PID-19), whatever their form
    _r("PERSON", r"\bPID\|(?:[^|\n]*\|){4}(?P<id>[^|\n\d]*[^\W\d_][^|\n\d]*)(?=\|)|\bNK1\|[^|\n]*\|(?P<id2>[^|\n\d]*[^\W\d_][^|\n\d]*)(?=\|)",
       gate=r"(?-i:PID\||NK1\|)"),
    _r("ADDRESS", r"\bPID\|(?:[^|\n]*\|){10}(?P<id>[^|\n]*[^\W_][^|\n]*)(?=\|)", gate=r"(?-i:PID\|)"),
    _r("SSN", rf"\bPID\|(?:[^|\n]*\|){{18}}(?P<id>\d{{3}}-?\d{{2}}-?\d{{4}}|\d{{4}}|(?i:{_DIGIT_WORD}(?: {_DIGIT_WORD}){{3}}))(?=\|)",
       gate=r"(?-i:PID\|)"),
    # (ninth round: also after an Australian rural mail box, "RMB 4458 Mitchell Hwy, Dubbo NSW 2611")
    _r("ADDRESS", rf"(?:\b(?i:Apt|Apartment|Unit|Suite|Ste|Flat|Room|Rm)\.?\s*#?[\w-]*\d[\w-]*(?:,|\s+(?:at|in|on))?\s+|\bLot\s+"
                  rf"|\b(?:RMB|RSD|CMB|RMS)\s+)?"
                  rf"\b(?:(?:(?i:Unit|Apt|Apartment|Flat|Suite)\.?\s+|[uU](?=\d{{1,4}}/))?\d{{1,4}}[/-])?\d{{1,6}}[A-Za-z]?\s+(?:(?:[NS][EW]|[NSEW]\.?|[NS]\.[EW]\.|North|South|East|West)\s+)?"
                  rf"(?:(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th))\s+(?:(?:na|an|de|la|du|del)\s+(?=[A-Z]))?){{1,3}}(?:(?:Jr|Sr)\.?\s+)?"
                  rf"(?:{_STREET}|{_STREET_WITH_NUMBER})\b{_ABBR_DOT}"
                  rf"(?:\s+(?:NW|NE|SW|SE|N|S|E|W|North|South|East|West)\b(?!\s+of\b))?(?:,?\s+{_UNIT_WORD}\.?\s*[\w-]+)?"
                  rf"(?:{_POSTAL_TAIL}|,?\s+{_UK_POSTCODE})?", gate=r"\d", extend=_FLOOR_BEFORE, after=_SG_TAIL),
    _r("ADDRESS", rf"\b(?:(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,2}}(?:Street|Avenue|Road|Boulevard|Lane|St\.|Ave\.|Rd\.|Blvd\.?)",
       gate=r"(?-i:Street|Avenue|Road|Boulevard|Lane|St\.|Ave\.|Rd\.|Blvd)"),  # every match holds its street kind (speed)
    _r("ADDRESS", rf"\b\d{{1,6}}\s+(?:North|South|East|West|[NSEW]\.)\s+{_CAP}\b", gate=r"\d"),  # 257 West Elm
    # the house number after the street (European order): Canyon Road 133, Mesa Verde Drive 106; (ninth round) a
    # Turkish street, its kind abbreviated after the name, the house and flat numbers ("No: 21 D: 4") and the district
    # and province ("Kadikoy/Istanbul"), in the same scan (speed)
    _r("ADDRESS", rf"\b(?:{_CAP}\s+){{1,3}}(?:{_STREET}\.?\s+{_HOUSE_NUMBER}\b{_NOT_A_COUNT}{_CONTINENTAL_TAIL}"
                  rf"|(?:Cad\.|Caddesi|Sok\.|Sokak|Sk\.|Bulvar[ıi]|Blv\.)\s+No:?\s*\d{{1,4}}[A-Za-z]?\b"
                  rf"(?:\s+D(?:aire)?:?\s*\d{{1,4}}\b)?(?:,?\s+[A-Z][^\W\d_]+(?:/[A-Z][^\W\d_]+)?\b)?)", gate=r"\d"),
    # (ninth round: also a street named for a date, "ul. 3 Maja 12", "Avenida 9 de Julio 1020")
    # (eleventh round: the house number after "No." as Indonesia writes it, "Jl. Melati No. 7, RT 07/RW 02, Kel. Panjer",
    # and the administrative parts after it)
    _r("ADDRESS", rf"(?:\b{_HOUSE_NUMBER},?\s+)?(?<![\w.]){_STREET_FIRST}\s+(?:[0-3]?\d\s+(?:de\s+)?)?{_FOREIGN_NAME}"
                  rf"(?:,?\s+(?:No\.?\s*)?{_HOUSE_NUMBER}\b{_NOT_A_COUNT})?"
                  rf"{_CONTINENTAL_TAIL}{_ADMIN_TAIL}",
       gate=rf"(?-i:{_STREET_FIRST}\s)"),  # (gated on the kinds, eighth round: speed)
    # (twelfth round: Québec's unit after the street, "app. 7", "bureau 210")
    _r("ADDRESS", rf"\b{_HOUSE_NUMBER},?\s+{_STREET_FIRST_LOWER}\s+{_FOREIGN_NAME}\b(?:,?\s+(?:app|apt|bureau|local)\.?\s*\d{{1,5}}[A-Za-z]?\b)?{_POSTAL_TAIL}?"
                  rf"|\b{_HOUSE_NUMBER},?\s+{_STREET_FIRST_FOREIGN}\s+{_PARTICLE}{{0,2}}[a-zà-ÿ][\w'’-]+", gate=r"\d"),
    _r("ADDRESS", rf"\b{_HOUSE_NUMBER},?\s+{_STREET_FIRST_NUM}\s+{_FOREIGN_NAME}\b"
                  rf"|\b{_STREET_FIRST_NUM}\s+{_FOREIGN_NAME},?\s+{_HOUSE_NUMBER}\b{_NOT_A_COUNT}{_CONTINENTAL_TAIL}", gate=r"\d"),
    # (eighth round: a Scandinavian, Dutch or German street kind written apart in lower case, "Thorvald Meyers gate 13",
    # "Van Baerlestraat" -> "Jan Luijken straat 4"; and after the number the flat or box, "lgh 1055", "bus 3", and the
    # postal code and town, "5150 GM Amsterdam", "44883 Berlin", "113 45 Stockholm")
    # (tenth round: with one or two names before the one-word street, "Indira Gandhiweg 824", "Verlengde Gemenelandsweg 47")
    # (tenth round: also a street of any name when a Dutch postal code and town follow, "Ganzenhoef 377, 1103 KL
    # Amsterdam": the code's shape says it is an address)
    _r("ADDRESS", rf"(?:\b[A-Z][a-zäöüßåæø]+{_STREET_SUFFIX}\s+{_HOUSE_NUMBER}\b{_NOT_A_COUNT}"
                  rf"|\b{_CAP}\s+{_HOUSE_NUMBER}(?=,\s+\d{{4}} ?(?!(?:MG|ML|IU|KG|CM|MM)\b)[A-Z]{{2}}\s+[A-Z])"
                  rf"|\b[A-Z][a-zäöüßåæø]+(?:er|sche)?\s+(?:Straße|Strasse|Str\.|Weg|Allee|Platz)\s+{_HOUSE_NUMBER}\b"
                  rf"|\b(?:{_CAP}\s+){{1,3}}(?:gate|gata|gatan|vei|veien|vej|gade|vägen|väg|straat|laan|weg)\s+{_HOUSE_NUMBER}\b"
                  rf"{_NOT_A_COUNT}){_CONTINENTAL_TAIL}",
       # (tenth round) one or two names before the street ("Indira Gandhiweg 824", "Verlengde Gemenelandsweg 47"),
       # looked for only before a match (speed)
       gate=r"\d", extend=rf"\b(?:{_ADDR_STOP}[A-Z][a-zäöüßåæø]+\s){{1,2}}$"),
    # (tenth round: with the box's town after it, as a mailing address names it everywhere -- a US city, state and ZIP,
    # "PO Box 422, Tyler, TX 75701-4028", or a town after a comma or after the postal code joined to the box, "P.O. Box
    # 1234, Accra", "P.O. Box 3915-00540 Nairobi")
    _r("ADDRESS", rf"\b(?:P\.?\s?O\.? Box|PO Box|(?:RR|R\.R\.|Rural Route|HC|HCR)\s*\d{{1,3}},?\s+Box)\s+\d+\b"
                  rf"(?-i:{_POSTAL_TAIL}|(?:-\d{{3,5}}\s+|,\s+){_ADDR_STOP}{_NOT_KIN_WORD}[{_UPPER_ACCENTED}][a-zà-ÿ]+(?:['’][a-z]{{2,}})?(?:[ -][A-Z][a-zà-ÿ]+)?\b"
                  rf"(?!['’]))?"
                  r"|\b(?:zip(?: code)?|postcode)(?: is)?\s+(?P<id>\d{5}(?:-\d{4})?)\b", re.IGNORECASE,
       gate=r"box|zip|postcode"),  # every match holds one (speed)
    # a facility's name may hold an acronym (Salem VA Medical Center) and start with Mt., Ft. (Mt. Hood Community College)
    _r("LOCATION", rf"\b(?=[A-Z])(?:(?:Mt|Ft)\.\s)?{_NOT_SENTENCE_WORD}(?:(?:St\.\s|Saint\s)?[A-Z][A-Za-z'’]+\s+){{1,4}}{FACILITY}\b(?:{_OF_NAME})?"
                   rf"|\b(?:University|College) of (?:{_CAP}\s?){{1,3}}|\b{FACILITY}{_OF_NAME}"
                   # (ninth round) a church, school or hospital named for Mary ("Our Lady of Fatima Parish", "Our Lady of
                   # the Lake"), which the sentence-word rule above would refuse for its "Our"
                   rf"|\bOur Lady of (?:the )?{_CAP}(?: {_CAP}){{0,2}}(?: {FACILITY}\b)?"
                   rf"|\b{_FACILITY_FIRST} (?:für|voor|för|for|de|del|della|di|du|des|da|do)(?: la| el)? {_CAP}(?: {_CAP}){{0,3}}"
                   # a saint's name with a possessive names a church, school or hospital ("St. Casimir's", "St. Brigid's
                   # Food Pantry"); not a holiday or a herb (St. Patrick's Day, St John's wort)
                   rf"|\b(?:St\.?|Saint) [A-Z][a-z]+['’]s\b(?: (?:[A-Z][a-z]+ ){{0,2}}{FACILITY}\b)?(?! (?i:Day|Eve|wort)\b)"),
    # (no gate: one of the facility words every match holds costs more to search than the pattern, which fails fast
    # where no capital starts a word)
    _r("PHONE", r"(?<![\w+])\+(?!1\b)\d{1,3}[\s.-]?(?:\(0\)\s?)?\d{2,5}(?:[\s.-]?\d{2,6}){1,3}\b"
                r"|\b0\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b|\(0\d{1,4}\)\s?\d{3,4}[\s.-]?\d{3,4}\b", gate=r"\d", after=_PHONE_EXT),  # +44 7700 900123, 020 7946 0018, (02) 5550 9530
    # continental numbers in small groups: +33 6 12 34 56 78, 06 12 34 56 78, +49 30 12 34 56 78, 06-12345678
    _r("PHONE", r"(?:(?<![\w+])\+|\b00)\d{1,3}(?:[\s.-]?\(0\))?(?:[\s.-]\d{1,4}){3,6}\b(?![\s.-]?\d)"
                r"|(?<![\w.-])0\d(?:[\s.-]\d{2}){4}\b(?![\s.-]?\d)|(?<![\w.-])0\d[\s.-]\d{8}\b", gate=r"\+\d|\b0\d"),
    _r("ADDRESS", rf"\b{_UK_POSTCODE}", gate=r"\d"),  # a UK postcode, LS12 3AB
    # (twelfth round) a Canadian postal code alone ("J4Y 5A4", "M4M 3Z5"): letter, digit, letter, space, digit, letter,
    # digit, with the letters Canada Post uses (none of D, F, I, O, Q, U; no W or Z first)
    _r("ADDRESS", r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d\b(?![-/])", gate=r"(?-i:\d[A-Z] \d[A-Z]\d)"),
    _r("ID", r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", gate=r"\d"),  # a UK National Insurance number, QQ 12 34 56 C
    _r("DATE", rf"\b{_ANY_WEEKDAY}\.?,? (?:the )?[0-3]?\d(?:st|nd|rd|th)\b", gate=r"\d"),
    # the day of a month said by its number ("the sixth of the third", "the 5th of the 11th")
    # (eleventh round: also without "the" before it, "on fifth of the seventh"; not a share, "a third of the first")
    _r("DATE", rf"(?:\bthe |(?<!\ba )(?<!\bone )(?<!\bthe )(?<!\bhalf )\b(?!(?:first|second)\b)(?=[\w-]+ of the \w+(?:\s*(?:[,.;!?)|]|$)|"
               r"\s+(?:before|after|and|on|at|when|then|pending|untuk|but|so|I|we|you|he|she|they)\b)))"
               rf"(?:{_ORD_WORDS}|[0-3]?\d(?:st|nd|rd|th)) of the (?:first|second|third|fourth|fifth|sixth|seventh|"
               r"eighth|ninth|tenth|eleventh|twelfth|1st|2nd|3rd|[4-9]th|1[0-2]th)\b(?! (?:\w+ )?(?:of|in)\b)",
       re.IGNORECASE, gate=r"(?-i: of the )"),
    _r("URL", r"\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}/[^\s<>\"']*[^\s<>\"'.,;:!?)\]]", re.IGNORECASE,
       gate="/"),  # any domain with a path: linktr.ee/name
    # spoken forms
    # ("w w w dot ..." spelled; more parts, a country's two letters; "forward slash" and paths with @, _ or a query)
    # (twelfth round: a hyphen in a name said, "www dot cedar dash ridge dot com")
    _r("URL", rf"\b(?:(?:www|w w w) dot )?(?:{_SITE_WORD} (?!(?:www|w w w) dot ))?{_SITE_WORD}(?: (?:dash|hyphen) [a-z0-9]+)*"
              rf"(?: dot {_SITE_WORD}(?: (?:dash|hyphen) [a-z0-9]+)*){{0,2}}? dot "
              rf"(?:{_TLD_SPOKEN}|me|{_COUNTRY_SPOKEN})(?: dot [a-z]{{2}})?\b"
              # (twenty-first round: a question's mark after it is no query, "is it ... dot co dot uk?")
              rf"(?: (?:forward )?slash [\w@?=&-]+(?: (?:underscore|dash|dot) [\w-]+)*)*(?![\w@=&-]|\?[\w=&])", re.IGNORECASE,
       gate=" dot ", extend=r"\b(?i:h ?t ?t ?p ?s?) colon (?:(?:forward )?slash ){0,2}$"),  # (eleventh round) "h t t p s colon slash slash"
    _r("SSN", rf"\b(?:social security|social|SSN)(?: number)?(?: is| was|:)?\s*(?P<id>{_DIGITS_SPOKEN % 8})\b",
       re.IGNORECASE, gate=r"social|SSN"),
    # the written layout read out ("six seven eight dash seven zero dash six three zero one"), anywhere; in groups,
    # pairs said as numbers, up to three words after a cue ("his social as seven four four, fifty-three, twenty-eight
    # thirty-nine", "Social, um, ...")
    _r("SSN", rf"\b{_THREE_DIGITS} dash {_DIGIT_WORD} {_DIGIT_WORD} dash {_DIGIT_WORD} {_DIGIT_WORD} {_DIGIT_WORD} "
              rf"{_DIGIT_WORD}\b|\b{_SSN_CUE}(?:[,:]?\s+(?!{_DIGIT_WORD}\b)[\w'’]+){{0,3}}?[,:]?\s+"
              rf"(?P<id>{_THREE_SAID},? {_DIGIT_PAIR},? {_FOUR_DIGITS})\b", re.IGNORECASE, gate=r" dash |social|ss#|ssn|ss n"),
    # (gated on a digit word, any case, and on the four digits the match holds, in its case: a digit word alone is in
    # most turns, "one", "oh", "alcohol": speed)
    _r("ID", rf"\b(?i:{_ID_CUE}){_CUE_GAP}(?P<id>(?:[a-z] )*{_DIGITS_SPOKEN % 3})\b",
       gate=_both(_DIGIT_WORD, rf"(?-i:{_DIGITS_SPOKEN % 3})")),
    # seven digits or more, spoken; or three, three, then two pairs ("eight three four, five one zero, seventy-two
    # thirty-seven")
    # (the groups only where no digit follows them: a longer number read out digit by digit is not cut after ten of
    # them; "plus" is the international prefix said)
    _r("PHONE", rf"\b{_THREE_DIGITS},? {_THREE_DIGITS},? {_FOUR_DIGITS}\b(?![\s,]+(?:{_DIGIT_WORD}|double|triple)\b)"
                rf"|\b(?P<id>(?:plus )?(?:{_DIGIT_REPEAT}|\d)(?:(?:[\s,-]|\s*(?:\.\.\.|…)\s*|\s+(?:um|uh|er|erm|sorry),?(?=\s))+"
                rf"(?:{_DIGIT_REPEAT}|\d)){{6,}})\b",
       # (no stronger gate: three digits in a row, which either alternative holds, cost more to search than this does)
       re.IGNORECASE, gate=_DIGIT_WORD),
    # "eight double six triple eight double eight two one": five or more digit words, one said double or triple
    _r("PHONE", rf"\b(?=(?:{_DIGIT_REPEAT}[\s,]+){{4}}{_DIGIT_REPEAT}\b)(?:{_DIGIT_REPEAT}[\s,]+)*?(?:double|triple) "
                rf"{_DIGIT_WORD}(?:[\s,]+{_DIGIT_REPEAT})*\b", re.IGNORECASE, gate=rf"(?:double|triple) {_DIGIT_WORD}\b"),
    # seventh round: a phone or social security number read out in Spanish or French, in the groups of the written
    # number (three, three, three or four; three, two, four)
    _r("PHONE", rf"\b{_THREE_ES_FR},? {_THREE_ES_FR},? {_THREE_ES_FR}(?: {_DIGIT_WORD_ES_FR})?\b", re.IGNORECASE,
       gate=_DIGIT_ES_FR_GATE),
    _r("SSN", rf"\b{_THREE_ES_FR},? {_DIGIT_WORD_ES_FR} {_DIGIT_WORD_ES_FR},? {_DIGIT_WORD_ES_FR} {_DIGIT_WORD_ES_FR} "
              rf"{_DIGIT_WORD_ES_FR} {_DIGIT_WORD_ES_FR}\b", re.IGNORECASE, gate=_DIGIT_ES_FR_GATE),
    # a date in Spanish ("17 de febrero de 2009", "el dos de marzo", "julio 21") or French ("le 3 mai 1985", "le
    # vingt-quatre mai", "2 juillet 1945")
    _r("DATE", rf"\b(?:el )?{_DAY_ES} de (?:{_MONTH_ES})(?: del? (?:1[89]|20)\d\d)?\b|\b(?:{_MONTH_ES}) [0-3]?\d\b(?![.,:]?\d)"
               rf"|\b(?:le )?{_DAY_FR} (?:{_MONTH_FR})(?: (?:1[89]|20)\d\d)?\b", re.IGNORECASE,
       gate=_MONTH_ES_FR_GATE),
    # (ninth round) a day before a month of another language, with Portuguese "de", Italian "il", a year and the Polish
    # "r." (rok) after it ("11 de outubro de 2026", "il 10 aprile", "14 grudnia", "17 Ocak 2026", "15 Shahrivar",
    # "02.06.2020 r."); a Persian or Ethiopian month before its day ("Yekatit 26"); gated on a digit (speed)
    # (tenth round: also after Swahili's word for a date, "tarehe 2 Septemba")
    _r("DATE", rf"\b(?:il |le |el |tarehe )?[0-3]?\d\.? (?:de )?(?:{_MONTH_MORE})\b(?: (?:de )?(?:1[89]|20)\d\d\b)?(?: r\.(?!\w))?"
               rf"|\b(?=[A-Z][a-z]+ [0-3]?\d)(?:{_MONTH_FA_ET}) [0-3]?\d\b(?![.,:/]?\d)|\b[0-3]\d\.[01]\d\.(?:1[89]|20)\d\d r\.(?!\w)"
               # and a day of this or last month as letters write it ("the 11th inst.", "your letter of the 3rd ult.")
               rf"|(?<=\bthe )[0-3]?\d(?:st|nd|rd|th) (?:inst|ult|prox)\.",
       gate=r"\d", extend=rf"\b(?:{_ANY_WEEKDAY}|{_WEEKDAY_ID}),? $"),
    # (ninth round) a date said in Mandarin pinyin: numerals, "yue", numerals, "hao" or "ri"
    _r("DATE", rf"\b{_PINYIN_NUMBER}(?: {_PINYIN_NUMBER}){{0,2}} yue {_PINYIN_NUMBER}(?: {_PINYIN_NUMBER}){{0,2}} (?:hao|ri)\b",
       re.IGNORECASE, gate=r"(?-i: yue )"),
    # an e-mail address said in Spanish, French or Hebrew ("ana punto ruiz arroba gmail punto com", "arobase",
    # "shtrudel"), or with the English "at" and the written dots ("ana.ruiz at gmail.com": the name holds a dot or an
    # underscore, so "look at google.com" and "the PHQ-9 at doxy.me/..." are no address)
    # (ninth round: the "@" sign's names in more languages, with the domain's dots written or said in any mix,
    # "ana chiocciola libero.it", "jan malpa wp punto pl", "nikos papaki otenet.gr")
    _r("EMAIL", rf"\b(?:[\w+-]+ (?:punto|point|guion bajo|gui[óo]n|tiret bas|tiret) )*[\w.+-]+ {_AT_SIGN_WORD} [\w-]+"
                r"(?:(?: (?:punto|point|dot) |\.)[\w-]+){0,3}(?: (?:punto|point|dot) |\.)[a-z]{2,6}\b"
                r"|\b[\w+-]*[._][\w.+-]* at [\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b",
       re.IGNORECASE, gate=rf"(?-i: (?:{_AT_SIGN_WORD}) | at [\w-]+\.)"),  # (a space first, case-sensitive: speed)
    # (ninth round: also a month and its day said as a number, as speech recognisers write dates, "april nine",
    # "july twenty six"; not march or may, nor a count after the number, "in june five people came")
    _r("DATE", rf"\b{_MONTH_ANY_CASE} (?:the )?(?i:{_DAY}{_DAY_RANGE}?)(?:,? {_ANY_YEAR})?|\b(?:the )?(?i:{_DAY})(?: day)? of (?i:{_ANY_MONTH})"
               rf"(?:,? {_ANY_YEAR})?|\b(?i:{'|'.join(m for m in MONTHS if m != 'March')}) (?i:{_CARDINAL_DAY})\b"
               rf"(?![- ](?:{_UNITS}|years?|of\b|or\b|to\b|and\b)|-)",
       # (gated on what each alternative holds, a month and a space or " of " and a month: _MONTH_GATE passes on
       # "doctor", "decide", "may": speed)
       gate=rf"(?:{'|'.join(m for m in MONTHS if m != 'March')}|(?-i:March|May)) | of (?:{_MONTH_GATE})",
       # (ninth round) a day said and corrected right before the date is part of it ("the fourth sorry the fifth of
       # june": the first day is the speaker's, a date element too)
       extend=rf"\b(?:the )?(?i:{_DAY}),? (?:sorry|I mean|i mean|no|um|uh|er),? $"),
    _r("DATE", rf"\b(?i:on|since|until|by|before|after|from|was|is|it's|admitted|discharged|born|died|seen|dated|due|"
               rf"(?:scheduled|planned|booked|set) for) (?P<id>(?:march|may) (?:the )?(?i:{_DAY}|{_CARDINAL_DAY})(?:,? {_YEAR})?)"
               # (ninth round) a day in digits or an ordinal right after "march" or "may" in lower case: no verb "may"
               # or "march" takes a number ("Appointment: may 28 14:15", "DOB march 17", "may eighth"; not a count,
               # "march 17 miles", nor "may one day", a number word, nor "may first", "may second", adverb and verb)
               rf"|\b(?P<id2>(?:march|may) (?:\d{{1,2}}(?:st|nd|rd|th)?|(?!(?:first|second)\b)(?:{_ORD_WORDS})))\b"
               rf"(?![- ]?(?:{_UNITS}|years?|of|or|to|and|-|/|\.\d|,\d)\b|[-/.,]\d)",
       gate=r"march|may"),
    # a month alone, in lower case ("in june"), with a day before it without "of" ("fifth january", "twenty-fourth
    # november")
    # (gated on its month, in its case: _MONTH_GATE passes on "doctor", "decide", "smart": speed)
    _r("DATE", r"\b(?:january|february|april|june|july|august|september|october|november|december)\b"
               rf"(?:,? (?:of )?{_YEAR})?", extend=rf"\b(?i:{_DAY}) $",
       gate=r"(?-i:january|february|april|june|july|august|september|october|november|december)"),
    _r("DATE", rf"\b(?P<id>(?:march|may) (?:the )?(?i:{_DAY})(?:,? {_YEAR})?)(?=\s*(?:[,.;!?]|$)|\s+(?:was|is|when|and|i|we|"
               rf"instead|then)\b)",
       gate=r"march|may"),  # "um march 4 was the worst day": the verb takes no day after it
    _r("DATE", rf"\b(?:march|may) (?:{_ORD_WORDS}) {_YEAR_SPOKEN}", re.IGNORECASE, gate=r"march|may"),
    # a day before march or may without "of", in lower case, only before the end of a clause (they are also verbs:
    # "my quit date was sixth may, and"; not "the second may be")
    _r("DATE", r"\b(?:march|may)(?=\s*(?:[,.;!?]|$))", gate=r"march|may", before=rf"\b(?i:{_DAY}) $"),
    # seventh round: an age over 89 said in Spanish or French, as "ninety-two" alone is (the number words: a general
    # list); a number over 89 before "años"/"ans"; a note's sex and age ("(F, 98)", "92 / F"); an age "this year"
    # after a comma, "been" or "turns" ("would have been 103 this year", "the eldest, 91 this year")
    # (ninth round: also in Portuguese, Italian, Turkish, Polish and German, and a number before "anos", "anni", "lat",
    # "Jahre", "yaşında"; a data export's "Age","98")
    # (eleventh round) an age after German's and Spanish's verbs for it ("Oma ist 97 und", "ahora tiene 93 and"), the
    # clause going on with a conjunction or ending: not a count or an amount
    _r("AGE", rf"\b(?:ist|tiene|ten[íi]a|cumpli[óo]|wird|wurde)\s+(?P<id>9\d|1[01]\d|(?:a |one )?hundred|hundert|cien)"
              r"(?=\s*(?:[,.;!?]|$)|\s+(?:und|and|y|e|años|Jahre|now|ahora|jetzt|but|pero|aber|this|este|dieses)\b)",
       gate=r"(?-i:ist |tiene |ten[íi]a |cumpli[óo] |wird |wurde )"),
    _r("AGE", r"\b(?P<id>noventa(?: [ye] (?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|um|dois|tr[êe]s|quatro|seis|"
              r"sete|oito|nove))?|ciento (?:uno|dos|tres|cuatro|"
              r"cinco|seis|siete|ocho|nueve|diez)|quatre-vingt-(?:dix(?:-sept|-huit|-neuf)?|onze|douze|treize|quatorze|"
              r"quinze|seize)|novant(?:a|uno|adue|atr[ée]|aquattro|acinque|asei|asette|otto|anove)|doksan(?: (?:bir|iki|[üu][çc]|"
              r"d[öo]rt|be[şs]|alt[ıi]|yedi|sekiz|dokuz))?|dziewi[ęe][ćc]dziesi[ąa]t(?: (?:jeden|dwa|trzy|cztery|pi[ęe][ćc]|"
              r"sze[śs][ćc]|siedem|osiem|dziewi[ęe][ćc]))?|(?:ein|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun)?undneunzig|"
              r"neunzig|tisini(?: na (?:moja|mbili|tatu|nne|tano|sita|saba|nane|tisa))?"
              # (eleventh round) Indonesian and Malay ("sembilan puluh dua", "seratus"), Hindi and Urdu ninety to
              # ninety-nine as they are written in Latin letters ("nabbe", "ikyaanave", "chhiyaanave", "sattanve")
              r"|sembilan puluh(?: (?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan))?|seratus(?: (?:satu|dua|tiga|empat|lima))?"
              r"|nabbe|(?:iky|ik|b|tir|chaur|pach|chhiy|chhey|satt|atth|niny)aa?n(?:a|aa)?ve)\b(?! (?:ribu|juta|rupiah|persen|ringgit|rupees?|rupaye|d[óo]lares|pesos|euros|dollars|por ciento|pour cent|minutos|minutes|d[íi]as|jours|"
              r"kilos|libras|mg|reais|lire|lira|z[łl]otych|euro|minuti|dakika|g[üu]n|dni|Euro|Minuten|Tage)\b)"
              rf"|\b(?P<id2>cien)(?= años\b)|\b(?P<id3>9\d|1[01]\d|{_NINETY}) (?=años\b|ans\b|anos\b|anni\b|lat\b|Jahre\b|ya[şs][ıi]nda\b|tahun\b|saal\b)"
              r'|"Age"\s*,\s*"(?P<id7>9\d|1[01]\d|(?:a |one )?hundred(?: and \w+)?)"' 
              # (eleventh round) a JSON field named for an age ("dependant_age": 104)
              r'|"[a-z_]*age"\s*:\s*"?(?P<id9>9\d|1[01]\d|(?:a |one )?hundred(?: and \w+)?)\b' 
              rf"|\((?:[MF]|male|female),\s?(?P<id4>9\d|1[01]\d)\)|\b(?P<id5>9\d|1[01]\d)\s?/\s?[MF]\b"
              rf"|(?:,|\bbeen|\bturns?|\bturning) (?P<id6>9\d|1[01]\d|{_NINETY}) (?=this year\b)"
              # (tenth round) Swahili's ninety ("tisini na saba") and its word for years before the number ("miaka 98")
              r"|\bmiaka (?P<id8>9\d|1[01]\d)\b",
       re.IGNORECASE, gate=r"(?-i:oventa|iento|uatre-vingt| años| ans\b|[MF], \d|ale, \d|/ ?[MF]\b| this year|ovant|doksan|"
                           r"dziewi|neunzig| anos\b| anni\b| lat\b| Jahre\b| ya[şs][ıi]nda|\"Age\"|tisini|miaka \d|age\"\s*:|sembilan puluh|seratus|nabbe|a?anave\b|a?anve\b| tahun\b| saal\b)"),
    _r("AGE", rf"(?<!nineteen )\b(?P<id>ninety(?:-{_UNIT_ORD}|[- ]{_UNIT_NUM})?(?: and a half)?)\b"
              rf"(?![- ](?:{_UNITS}|year(?!s? old)))", re.IGNORECASE, gate="ninety"),
    # (ninth round: not a duration or a distance before "way", "a forty minute drive each way")
    # (ninth round: a house's letter after its number, "five four a brick lane")
    # (tenth round: a house number said in two parts and written by speech recognition as a word and a number, "nine 31
    # pecan street" for 931)
    # (tenth round: with the word that says a house's or a plot's number before it, "house number nineteen off jogoo
    # road", "plot two twenty kira road")
    # (twelfth round: a hundred said before the rest, "a hundred and forty three ashfield rd"; the kind abbreviated, "rd",
    # or in capitals after a capitalised name, "two one seven Hillside St", "eight one three Ellice Crt", as speech
    # recognition writes a house number said digit by digit and the kind it knows)
    _r("ADDRESS", rf"\b(?:\d{{1,6}}|{_NUMBER_WORD}(?:[ -]{_NUMBER_WORD}){{0,3}}(?: [a-h](?= ))?) (?!(?:{_UNITS}|years?|minute|hour|mile|km|mins?|hrs?|secs?|kms?|yrs?|wks?|mths?|k)\b)"
                  rf"(?:(?:(?:{_NOT_STREET_WORD}[A-Za-z]+ ){{1,3}}|"
                  rf"{_DIRECTION_WORD} (?:{_NOT_STREET_WORD}[A-Za-z]+ ){{1,4}})"
                  rf"(?:(?i:street|avenue|ave|road|rd|drive|lane|boulevard|court|terrace|place|way|circle|parkway|highway|crescent)|"
                  rf"(?-i:Close|Crescent|Mews|Grove|Gardens|Square|Row|Walk|Rise|Parade|Pde))\b"
                  rf"|(?-i:(?:[A-Z][a-z]+ ){{1,3}}(?:St|Rd|Dr|Ave|Cres|Crt|Ct|Blvd|Ln|Pl|Pkwy|Hwy|Terr?)\b(?! [A-Z][a-z])\.?))"
                  rf"(?: {_DIRECTION_WORD}\b(?! of\b))?{_UNIT_SPOKEN}?"
                  # (thirteenth round) the town after a comma, as a typed or transcribed address closes ("21 Station
                  # crescent, Nelson with her son", "30 Larch lane, Bloemfontein by noon"): one span, no comma left between
                  rf"(?-i:,\s+{_ADDR_STOP}[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?=\s*(?:[.;:)!?]|,\s|$)|\s+(?:by|with|for|in|on|at|and|"
                  rf"to|until|from|when|where|so|but|marked|upstairs|downstairs|now|then)\b))?",
       re.IGNORECASE, gate=r"street|avenue|\bave\b|road|\brd\b|drive|lane|boulevard|court|terrace|place|way|circle|parkway|highway|crescent"
                           r"|(?-i:Close|Crescent|Mews|Grove|Gardens|Square|Row|Walk|Rise|Parade|Pde| (?:St|Dr|Cres|Crt|Ct|Blvd|Ln|Pl|Pkwy|Hwy|Terr?)\b)",
       # the words before it, looked for only before a match (speed)
       extend=rf"\b(?i:(?:house number|number|plot|stand|erf) |{_UNIT_NUM} |(?:a|one) hundred(?: and)? )$"),
    # (eighth round) a one-word street named "...way" after a house number ("5945 Kingsway", "twenty-six Broadway, unit
    # 4"); not the common nouns in -way ("2 Subway sandwiches"); gated on a capitalised word ending in "way" (speed)
    _r("ADDRESS", rf"\b(?:\d{{1,6}}|(?i:{_NUMBER_WORD}(?:[ -]{_NUMBER_WORD}){{0,3}})) (?!(?:Sub|Any|Hall|Door|Rail|Run|Gate|"
                  rf"Path|Stair|Mid|Free|Motor|Express|Walk|Drive|Entry|Head)way\b)[A-Z][a-z]+way\b"
                  rf"(?:,?\s+{_UNIT_WORD}\.?\s*\d[\w-]*)?", gate=r"(?-i:[A-Z][a-z]+way\b)"),
    # "eight forty north magnolia": a house number said in pairs, a direction, a name; no street kind needed
    _r("ADDRESS", rf"\b{_HOUSE_NUMBER_SPOKEN} {_DIRECTION_WORD} {_NOT_STREET_WORD}(?!(?:side|end|coast|bound|ward)\b)"
                  rf"[a-z]+(?: [a-z]+)??(?: (?:street|avenue|road|drive|lane|boulevard|court|terrace|place|way|circle|"
                  rf"parkway|highway)\b)?{_UNIT_SPOKEN}?"
                  rf"|\b{_HOUSE_NUMBER_SPOKEN} {_NOT_STREET_WORD}[a-z]+{_UNIT_SPOKEN}",  # "six eighty-one peachtree unit two b"
       re.IGNORECASE, gate=r"(?:ty|teen|ten|eleven|twelve|hundred|oh)(?:-[a-z]+)? (?:[a-z]+ ){0,2}"
            r"(?:north|south|east|west|apartment|apt|unit|suite)"),  # a number word, then a direction or unit: speed
    _r("ADDRESS", rf"(?<!\bthe )\b(?:{_STREET_ORD} and (?:{_STREET_ORD}|{_STREET_NAME_WORD})|{_STREET_NAME_WORD} and "
                  rf"{_STREET_ORD})\b(?! (?:Street|Avenue|Road|St|Ave|Rd|Boulevard|Blvd))", gate=r" and "),
    # a corner of two plain street names after an address cue ("we lived at Elm and Grand", "my address is Elm
    # and Pine"); not kin ("lived at Mom and Dad's")
    _r("ADDRESS", rf"\b(?i:address is|lives? at|lived at|living at|staying at|corner of)\s+(?:(?:um|uh|like),?\s+)?"
                  rf"(?P<id>{_NOT_KIN_WORD}{_STREET_NAME_WORD} and {_NOT_KIN_WORD}{_STREET_NAME_WORD})\b(?!['’])",
       gate=r" and "),
    _r("ADDRESS", rf"\b{_CITY},?\s+{_US_STATE}\s+\d{{5}}(?:-\d{{4}})?\b", gate=r"[A-Z]{2}\s+\d{5}"),  # Gresham, OR 97030
    # the address forms of the fifth round, one recogniser (one scan of a turn with a digit; fewer recognisers to call
    # for every turn: speed): a flat in a named building, then the street ("Flat 11b, Marlowe Court, 88 Kingsway",
    # "Apartment 4, Lister House, 12 Hythe Road": the building's kind names it, the number after it is the house's,
    # with or without a street kind); a house number or a rural grid number on a numbered road ("19981 County Road
    # 38", "E4477 State Road 63", "N6891 Hwy 42"; a count before a road, "2 Route 9 buses", needs the qualifier or a
    # 3-digit number); a stretch of one street ("the 3100 block of Pulaski"); a US military post address ("PSC 947
    # Box 7769, APO AE 09168"); a Canadian rural site ("RR 1, Site 5, Comp 12, Nanton AB")
    _r("ADDRESS", rf"\b(?:Flat|Apartment|Apt\.?|Unit|Suite)\s+\w*\d\w*,\s+(?:{_CAP}\s+){{1,2}}{_BUILDING}\b"
                  rf"(?:,\s+{_HOUSE_NUMBER}\s+{_CAP}(?:\s+{_CAP})?(?:\s+{_STREET}\b\.?)?)?"
                  rf"|\b(?:(?:[NSEW]\d{{2,6}}|\d{{1,6}})\s+{_ROAD_QUALIFIER}\s+|(?:[NSEW]\d{{2,6}}|\d{{3,6}})\s+(?:{_ROAD_QUALIFIER}\s+)?)"
                  rf"(?:Road|Rd\.?|Highway|Hwy\.?|Route|Rte\.?)\s+\d{{1,4}}[A-Z]?\b{_NOT_A_COUNT}{_UNIT_AFTER}?"
                  # (tenth round) a house number on a county, state or farm road named by its initials ("13809 FM 1217,
                  # Lot 44", "2210 CR 118"), with its unit
                  rf"|\b\d{{1,6}}\s+(?:FM|RM|CR|SR)\s+\d{{1,4}}\b{_NOT_A_COUNT}{_UNIT_AFTER}?"
                  # (tenth round) a street line in capitals, as the Postal Service asks mail to be addressed and records
                  # print it ("5318 W MAGNOLIA ST. OPELOUSAS LA 70570", "2938 SYCAMORE DR MANKATO MN 56001"): the house
                  # number, a direction, the name and its kind in capitals, a unit, the city, state and ZIP
                  rf"|\b\d{{1,6}}\s+(?:(?:[NS][EW]|[NSEW])\.?\s+)?(?:[A-Z]{{2,}}\s+){{1,3}}{_CAPS_STREET}\b\.?"
                  rf"(?:,?\s+(?:APT|UNIT|STE|SUITE|TRLR|LOT|#)\s*[\w-]+)?(?:,?\s+(?:[A-Z]{{2,}},?\s+){{1,3}}?{_US_STATE}\s+\d{{5}}(?:-\d{{4}})?\b)?"
                  rf"|\bthe\s+\d{{1,3}},?\d?00\s+block\s+of\s+(?:(?:North|South|East|West|[NSEW]\.?)\s+)?"
                  rf"{_STREET_NAME_WORD}(?:\s+{_STREET_NAME_WORD}){{0,2}}(?:\s+{_STREET}\b\.?)?"
                  r"|\b(?:PSC|CMR|Unit)\s+\d{1,5},?\s+Box\s+\d{1,5}(?:,?\s+(?:APO|FPO|DPO),?\s+(?:AE|AP|AA)\s+\d{5}(?:-\d{4})?)?\b"
                  # (ninth round) a ship's: "USS Halberd, FPO AE 09508"
                  r"|\bUSS\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:\s+\([A-Z]{2,4}[- ]?\d{1,4}\))?,?\s+FPO,?\s+(?:AE|AP|AA)\s+\d{5}(?:-\d{4})?\b"
                  # (twelfth round) a box, a group or a site before the rural route, as the Prairies write it ("Box 274,
                  # Grp 163, RR 2", "Site 5, Box 12, RR 1"); a house number on a concession, side road or line, Ontario's
                  # rural grid ("193 Concession Rd 4", "5901 Sideroad 30", "2288 Line 6"), or on the Prairies' range and
                  # township roads ("53012 Range Road 224")
                  rf"|\b(?:(?:Box|Grp|Group|Site|Comp)\s+\d{{1,5}},?\s+){{1,3}}(?:RR|R\.R\.|Rural Route)\s*\d{{1,3}}\b"
                  rf"|\b\d{{1,6}}\s+(?:Concession(?:\s+(?:Road|Rd\.?))?|Conc\.|Sideroad|Side Road|(?<=\d{{3}}\s)Line|Range\s+(?:Road|Rd\.?)|"
                  rf"Township\s+(?:Road|Rd\.?)|Twp\.?\s+Rd\.?)\s+\d{{1,4}}[A-Z]?\b{_NOT_A_COUNT}{_UNIT_AFTER}?"
                  # (twelfth round) a room in a named hall, house or residence, as a student residence or a shelter gives
                  # its address ("Birch Hall, room 438", "Grey House, Rm 12")
                  rf"|\b(?!(?:Town|City|Village|Community|Church|Parish|Sports|Dining|Lecture|Concert|Assembly|Main|The)\s)"
                  rf"(?:{_CAP}\s+){{1,2}}(?:Hall|House|Residence|Lodge|Tower|Towers|Building),?\s+(?i:room|rm\.?)\s*#?\d{{1,4}}[A-Za-z]?\b"
                  rf"|\b(?:RR|R\.R\.|Rural Route)\s*\d{{1,3}},?\s+Site\s+\d{{1,4}},?\s+(?:Comp|Compartment|C)\.?\s*\d{{1,4}}\b"
                  rf"(?:,?\s+{_CITY},?\s+(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\b(?:\s+[A-Z]\d[A-Z] ?\d[A-Z]\d\b)?)?"
                  # North American forms: a grid address, its second number in hundreds or fifties ("1855 West 2100
                  # South", "430 E 1300 S"), a house number on a numbered avenue or street with its quadrant ("3791 33
                  # Ave NE"), half a house number ("234 1/2 Sumac Ave"); an Irish Eircode ("D24 T1Y8")
                  r"|\b\d{2,5}\s+(?:[NSEW]|North|South|East|West)\s+\d{0,3}[05]0\s+(?:[NSEW]|North|South|East|West)\b"
                  r"|\b\d{3,5}\s+\d{1,3}(?:st|nd|rd|th)?\s+(?:Ave|Avenue|St|Street)\b\.?(?:\s+(?:NW|NE|SW|SE)\b)?"
                  rf"|\b\d{{1,5}}\s+1/2\s+(?:{_CAP}\s+){{1,3}}{_ADDR_STREET_KIND}|{_EIRCODE}"
                  # (eleventh round) Colombia's grid address, the street, "#", the crossing street and the house
                  # ("Calle 53 # 73A-14, apto 204", "Cra. 43A #60-51, Torre 3"); a house on a road by its kilometre
                  # ("Carr. 42 km 17.1, Bo. Las Cuadras", "Ruta 5 km 12"); with the flat or tower and the parts after
                  rf"|\b(?:Calle|Cl\.|Cll\.|Carrera|Cra\.|Kr\.|Transversal|Tv\.|Diagonal|Dg\.|Avenida|Av\.|Ak\.)\s+\d{{1,3}}[A-Z]?"
                  rf"(?:\s+(?:Bis|Sur|Este|Norte))?\s*(?:#|No\.?|N[°º])\s*\d{{1,3}}[A-Z]?\s*-\s*\d{{1,3}}\b"
                  rf"(?:,?\s+(?:apto\.?|Apto\.?|apt\.?|Apt\.?|Torre|Int\.?|Interior|Casa|Bloque|Of\.?)\s*\d{{1,4}}[A-Z]?\b){{0,2}}{_ADMIN_TAIL}"
                  rf"|\b(?:Carr\.|Carretera|Ctra\.|Ruta|Route|Rte\.|Hwy\.?|Highway)\s+[A-Z]?-?\d{{1,4}}[A-Z]?,?\s+(?i:km)\.?\s*\d{{1,4}}(?:[.,]\d{{1,3}})?\b{_ADMIN_TAIL}",
       gate=r"\d"),
    # (eleventh round) a street and house number with the floor and flat as Argentina and Spain write them ("Bulnes
    # 3851, 4° A, C1342", "Av. Corrientes 3048, 8° B"), and Argentina's postal code after them; gated on the degree sign
    _r("ADDRESS", rf"\b(?:(?:Av\.|Avda\.|Pasaje|Calle|Boulevard)\s+)?{_FOREIGN_NAME}\s+\d{{1,5}},\s+\d{{1,2}}[°º]\s*[A-Z]?\b"
                  rf"(?:,\s+[A-Z]\d{{4}}(?:[A-Z]{{3}})?\b)?", gate=r"\d[°º]"),
    # (eleventh round) an address's lines without a street kind, closed by a postal code: a UK house name and town before
    # the postcode ("Upper Quoys, Bixter, ZE1 7NB"); a European street and house number before the postal code and town
    # ("Rheinsprung 19, 8008 Zürich", "Weinbergstrasse 63b, CH-8400 Winterthur")
    _r("ADDRESS", rf"\b{_ADDR_NAME}(?:,\s+{_ADDR_NAME}){{0,3}},\s+{_UK_POSTCODE}"
                  rf"|\b{_ADDR_NAME}\s+{_HOUSE_NUMBER},\s+(?:[A-Z]{{1,2}}-)?\d{{4,5}}\s+[{_UPPER_ACCENTED}][a-zà-ÿ{_EXT_LO}'’]+"
                  rf"(?:[ -][{_UPPER_ACCENTED}][a-zà-ÿ{_EXT_LO}'’]+)?\b(?!\s+(?:were|was|are|is|given|taken)\b)",
       gate=r"(?-i:, [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\d[a-z]?, (?:[A-Z]{1,2}-)?\d{4,5} [A-Z])"),
    # an address as lines joined by commas (_ADDR_FIRST, then _ADDR_PART's) or a house name, a townland and an Irish
    # county ("Hillview, Cloonfad, Co. Mayo")
    # (twelfth round: and the Eircode after the county, "Derrylahan, Mullingar, Co. Westmeath, N91 3P92"; with it, the
    # townland alone before the county, "Carrowbeg, Co. Roscommon, F42 XA5H")
    # (thirteenth round: and a town's four-digit postal code after a comma, as South Africa, Australia and New Zealand
    # write it, "..., Stellenbosch, 7600", or an Eircode after the town, "..., Drogheda A92 W5V2": after a town's name)
    _r("ADDRESS", rf"{_ADDR_FIRST}(?:,\s+{_ADDR_PART}){{1,6}}(?:(?<=[a-z]),\s+\d{{4}}\b(?![/.:-]\w|[.,]\d|\s*(?:{_UNITS}|years?)\b)"
                  rf"|(?<=[a-z])\s+{_EIRCODE})?|\b{_ADDR_NAME}(?:,\s+{_ADDR_NAME}){{1,2}},\s+Co\.\s+{_ADDR_WORD}"
                  rf"(?:,\s+{_EIRCODE_ANY})?|\b{_ADDR_NAME},\s+Co\.\s+{_ADDR_WORD},\s+{_EIRCODE_ANY}",
       gate=r"\d[^\n,]{0,40}, |c/o |number [a-z]+|, Co\. [A-Z]"),    # (thirteenth round) the shapes of national and health numbers that nothing else writes so: Singapore's NRIC or FIN
    # (a letter S, T, F, G or M, seven digits, a check letter: "S1234567D"), an SSN anywhere; India's Aadhaar, twelve
    # digits in three fours ("2345 6789 0123"; not inside a longer run, a card's sixteen digits), an SSN
    # and the last four of a national number after its name, as forms and notes mask it ("National Insurance number:
    # 4821", "PPS no. 0917", "Aadhaar: 3304"; digits only): one recogniser, gated on four digits together (speed)
    _r("SSN", r"\b[STFGM]\d{7}[A-Z]\b|(?<![\d+.,/-])(?<![\d-] )\b[2-9]\d{3} \d{4} \d{4}\b(?![ .,/-]?\d)"
              r"|\b(?:(?i:national insurance|aadhaa?r|tax file|national identifier|national identity)(?: (?:card )?(?:number|no\.?))?|"
              r"(?-i:PPSN?|NINo|NRIC|TFN)(?: (?:number|no\.?))?)(?: (?:is|was|ends in|ending in|ending))?:?\s+"
              r"(?P<id>\d{4})\b(?![\s,/.-]*\d)",
       gate=r"\d\d\d\d"),
    # (thirteenth round) uncued, an Australian Medicare card's number, four, five and one digits, with its issue number
    # after a slash ("2428 77813 2/1"); two letters, five digits and a check letter, as New York's Medicaid and some
    # licences print it ("AB12345C")
    _r("ID", r"(?<![\d-])\b\d{4} \d{5} \d\b(?![ -]?\d)|\b[A-Z]{2}\d{5}[A-Z]\b",
       gate=r"\d\d\d\d", after=_ID_AFTER),
    # (thirteenth round) a number its speaker names right after it ("It's 4471 2290, that's my Medicare number", "it's
    # 552-019 -- that's my client ID", "5520 6941, the number on the back of my health card"): the name after it is the cue
    _r("ID", r"(?<![\w-])(?!(?:19|20)\d\d\b(?![ -]\d))(?P<id>(?=[A-Z0-9 -]*\d[A-Z0-9 -]*\d[A-Z0-9 -]*\d)[A-Z]{0,3}\d[\dA-Z]*(?:[ -]\d+){0,3}[A-Z]?)"
             r"(?:/\d{1,2})?,?\s+(?:--?\s+|—\s*|–\s+)?(?:that['’]s (?:my|his|her|their|your|the)|the number on (?:the (?:back|front) of )?"
             r"(?:my|his|her|their|your|the)) (?:(?i:Medicare|Medicaid|NHI|NHS|health|insurance|member|client|patient|"
             r"licen[cs]e|driver['’]?s licen[cs]e|policy|case|hospital|student|ID|benefits?|pension|card)\b)"
             # or before it ("the number on my wristband was YWB5136", "the number on the back of my card is 4471 2290")
             r"|\bthe number on (?:the (?:back|front) of )?(?:my|his|her|their|your|the) [a-zA-Z' ]{2,25}? (?:is|was|says|said)[,:]?\s+"
             r"(?:(?:um|uh|like),?\s+)?(?!(?:19|20)\d\d\b(?![ -]\d))(?P<id2>(?=(?:[A-Z -]*\d){4})[A-Z]{0,3}\d[\dA-Z]*(?:[ -]\d+){0,3}[A-Z]?)\b"
             r"(?![ -]?\d|\s*(?:%|percent|mg|kg|kilos|pounds|lbs|minutes|hours|days|weeks|years|times|people)\b)",
       gate=r"(?-i:that['’]s (?:my|his|her|their|your|the) |the number on )"),
    # (thirteenth round) an answer to "how old", its number a few words after the question's mark ("How old was he? R:
    # 98.", "how old is she now? Um, a hundred and two, I think"; twenty-fourth round: a form's longer question, up to
    # sixty characters, "How old was your father when he first needed care? 96")
    _r("AGE", rf"\bhow old\b[^?\n]{{0,60}}\?[^\d\n?]{{0,30}}?\b(?P<id>{_AGE_NUM})\b(?!\s*(?:%|(?:{_UNITS}|percent)\b))",
       re.IGNORECASE, gate=r"(?-i:how old|How old)"),
    # (twenty-sixth round: any form of "live" and "til", a lifespan wished or told, "I'll live to 104 like my gran", "he
    # lived til 93"; not a count, "live to 95 percent")
    # (thirteenth round) an age after "hit", "lived till", "who's" ("when he hit 101", "she lived till ninety-seven",
    # "someone who's 94"): said of a person (a pronoun before "hit"); not a count or a unit after it
    _r("AGE", rf"\b(?:(?:he|she|they|I|you|we|[Hh]e['’]d|[Ss]he['’]d)\s+(?:hit|hits|hitting)|(?:live|lives|living|lived|outlive|outlived) (?:till|til|until|to|to be|past)|"
              rf"who['’]s|who is|who was|who turned|who['’]ll be|who will be)\s+"
              rf"(?P<id>{_AGE_NUM})\b(?!\s*(?:%|(?:{_UNITS}|percent|mph|km/h|degrees|k\b|grand|on the|out of)\b))",
       re.IGNORECASE, gate=r"hit|liv|who"),
    # (twenty-fifth round) a day's ordinal alone after a verb or a noun, as typed messages drop "on the" ("i go back to
    # work 20th which is scary", "can i do 8th instead", "moving out 13th if ...", "I can offer 28th at 10am"): the
    # ordinal closes a clause (a stop, a comma, the end) or a word that dates it follows ("then", "instead", "if",
    # "which", "at 10"); not a place or a rank ("came 8th.", "finished 3rd,", "she was 2nd"), not after "the", "my"
    _r("DATE", rf"\b(?!(?:the|a|my|his|her|their|our|your|its|in|on|at|to|and|or|came|come|comes|coming|finished|placed|"
               rf"ranked|rank|won|win|wins|winning|spoke|speak|speaks|born|voted|scored|ended|qualified|got|get|was|is|were|are|be|been|im|ur|number|no|every|each|than|year|grade|level|"
               rf"floor|only|just|all|about|like|also|first|last|next|being|am|week|day|month|term|round|time|place|gen)\b)[a-z]{{2,}} "
               rf"(?P<id>{_L_ORD})(?=\s*(?:[,.?!]|$)|\s+(?:then|instead|if|which|or|works?|suits?|pls|please|so|but|because)\b|\s+at \d)",
       gate=r"(?-i:[a-z] \d{1,2}(?:st|nd|rd|th)\b)"),
    # (twenty-sixth round) a day's ordinal that is fine, still ok or works, as a typed reply accepts a day ("yes 9th is
    # fine", "is 22nd still ok", "the 3rd works"): not a rank or a child ("came 3rd is fine", "my 2nd is fine")
    _r("DATE", rf"(?<![\w/.-])(?<!\bmy )(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\btheir )(?<!\bcame )(?<!\bplaced )"
               rf"(?<!\bfinished )(?<!\bfinishing )(?<!\bcoming )(?<!\bgrade )(?<!\byear )(?P<id>{_L_ORD})\s+"
               rf"(?:(?:is|['’]s|would be|will be|should be|could be)\s+)?(?:still\s+)?"
               rf"(?:fine|ok|okay|good|great|perfect|better|best|booked|free)\b(?!\s+(?:at|in)\b)",
       re.IGNORECASE, gate=r"\d(?:st|nd|rd|th)\s"),
    # (twenty-sixth round) a day and a month joined by a dot, as European and many typed messages write them ("on 8.6",
    # "back on 21.11", "21.11 at 3pm"): after a word that dates it or before a time; not a dose or a score ("I'm on 7.5",
    # "still on 2.5 of it", "on 2.5 mg", "scored 8.6")
    _r("DATE", rf"(?:(?<![\w'’])(?<!['’]m )(?<!\bim )(?<!\bis )(?<!['’]s )(?<!\bare )(?<!['’]re )(?<!\bwas )(?<!\bwere )"
               rf"(?<!\bbe )(?<!\bbeen )(?<!\bstill )(?<!\bnow )(?<!\bme )(?<!\bhim )(?<!\bher )(?<!\bthem )(?<!\bstarted )"
               rf"(?<!\bstay )(?<!\bkeep )(?<!\bkept )(?<!\bgo )(?<!\bgoing )(?<!\bwent )"
               rf"(?:on|from|until|till|til|since|before|after)\s+(?P<id>(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9]))(?!\s*(?:to|-|–)\s*\d{{1,3}}\b(?!\.\d))"
               rf"|(?<![\w.,/:-])(?P<id2>(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9]))(?=\s+at\s+\d{{1,2}}(?::\d\d)?\s?(?:am|pm)\b)"
               # an event's day ("my exam is on 8.6", "the hearing's on 14.2")
               rf"|\b(?:session|appt|appointment|meeting|review|court|hearing|scan|interview|exams?|surgery|operation|results|"
               rf"assessment|group|party|wedding|funeral|birthday|bday|flight|test)(?: date)?(?: is|['’]s| was| will be) on\s+"
               rf"(?P<id3>(?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])))"
               rf"(?![\w.,/:%-]?\d|\s*(?:%|(?:{_UNITS}|ml|mls|units?|tablets?|pills?|of|out|stars?|k|km|kms|litres?|liters?|l|kgs?|lbs?|st|stone|bmi|x)\b))",
       re.IGNORECASE, gate=r"\d\.\d"),
    # (twenty-fifth round) an age over 89 after a form's question of an age's threshold, with or without its "yes"
    # ("Is your carer over 65? yes, 97", "Aged 18 or over? 102"): not a count after it
    _r("AGE", rf"\b(?:over|older than|above|aged)\s\d\d(?:\s(?:or (?:over|older|above)|and (?:over|older|above))|\+)?"
              rf"[^\n\d?]{{0,20}}\?\s*(?:(?:yes|yep|yeah|y)\b[,.:;!-]*\s*)?(?P<id>{_AGE_NUM})\b"
              rf"(?!\s*(?:%|(?:{_UNITS}|percent)\b))",
       re.IGNORECASE, gate=r"(?i:over|older than|above|aged)\s\d\d\b"),
    *_ROUND14,
    *_ROUND15,
    *_ROUND16,
    *_ROUND17,
    *_ROUND25_IDS,
    *_ROUND18,
    *_ROUND19,
    *_ROUND20,
    *_ROUND22,
    *_TYPED_MESSAGE_FORMS,
)


def structured_spans(text: str) -> list[tuple[int, int, str]]:
    """Every structured identifier in *text*: ``(start, end, entity_type)``, overlaps included."""
    return list(_cached_spans(text) if len(text) <= _CACHED_LENGTH else _spans(text))


def _spans(text: str) -> tuple[tuple[int, int, str], ...]:
    lower = text.lower() if text.isascii() else None
    digit = lower is not None and _ANY_DIGIT.search(text) is not None
    spans = _recogniser_spans(text, lower, digit)
    number = digit or ("ninety" in text or "hundred" in text) or lower is None and _SPOKEN_AGE_OR_DIGIT.search(text) is not None
    filler = number and _FILLER_CUT.search(text) is not None
    if filler:
        spans += _through_fillers(text, set(spans))
    if number and spans:
        spans = [_with_stammer(text, s, e, t) for s, e, t in spans]
        spans = [(*_address_edges(text, s, e), t) if t == "ADDRESS" else (s, e, t) for s, e, t in spans]
    return tuple(_with_hash(text, *_retyped(text, s, e, t)) for s, e, t in spans if e > s)


def _recogniser_spans(text: str, lower: str | None, digit: bool) -> list[tuple[int, int, str]]:
    """Every recogniser's spans in *text*, in the recognisers' order (*lower*: the text in lower case where it is
    ASCII, else None; *digit*: whether it holds a digit, in ASCII)."""
    spans = []
    # (speed) each distinct gate searched once a text (23 recognisers share "\d"), and only the recognisers whose gate
    # passed visited (sixth pass: a loop over all 169 for each text cost more than the gates that failed); an ASCII
    # text's gates are first tested with their literals (_prefilter): the gates were most of the structured
    # recognisers' time on turns (AnnoMI: 1.16 of 1.52 s), and most texts hold none of a gate's literals
    plan = _GATE_PLAN if _GATE_PLAN[0] is _PREFILTERS and _GATE_PLAN[4] is RECOGNISERS else _gate_plan()
    run = list(plan[1])  # the recognisers without a gate
    # (speed, seventh pass) the prefilters' literals found for all gates in one pass (_literal_finder)
    held = _held_literals(plan[5], text, lower) if lower is not None and plan[5] is not None else None
    for gate, pre, members in plan[2] if lower is None or digit else plan[3]:
        if pre is not None and lower is not None and not (pre[0] and digit or (
                gate in held if held is not None else
                pre[1] is not None and pre[1].search(lower) or pre[2] is not None and pre[2].search(text))):
            continue
        if gate.search(text) is not None:
            run += members
    run.sort()  # in the recognisers' order, as before
    for i in run:
        rec = RECOGNISERS[i]
        for s, e in rec.find_ungated(text):
            spans.append((s, e, rec.entity_type))
    return spans


def _held_literals(finders, text: str, lower: str) -> set:
    """The gates whose prefilter's literals an ASCII *text* holds (*finders*: the plan's :func:`_literal_finder`
    for the lower-case literals, in *lower*, and for those as written, in *text*)."""
    held = set()
    for finder, where in zip(finders, (lower, text)):
        if finder is not None:
            search, gates = finder
            for m in search.finditer(where):
                held |= gates[m.group(1)]
    return held


def _with_hash(text: str, s: int, e: int, t: str) -> tuple[int, int, str]:
    # (twenty-second round) the "#" typed right before an ID's number is part of it ("policy number #949771", "staff
    # id #330214"): a span that stops after it reads as an ID half found; not a "#" with a space after it
    if t == "ID" and s > 0 and text[s - 1] == "#":
        return s - 1, e, t
    return s, e, t


# (sixteenth round) a filler said inside an identifier, as a full verbatim transcript writes it ("0447, um, 680 799",
# "269-33, uh, 1287", "June, um, 28th", "she's, like, 97"): the rules read the text again without the fillers that
# stand between commas near a number, and each new span found so is placed back over the words it covers, fillers included
_FILLER_CUT = re.compile(rf",\s{_FILLER_WORD},\s(?=[\w(])")
_SPOKEN_AGE_OR_DIGIT = re.compile(rf"\d|ninety|hundred")
_HYPHENED_BEFORE = re.compile(r"\b\d{2,4}-\d{2,4}$")  # "269-33, uh, 1287": the digits joined as written


def _through_fillers(text: str, had) -> list[tuple[int, int, str]]:
    kept, where, last, cuts = [], [], 0, []
    for m in _FILLER_CUT.finditer(text):
        near = text[max(0, m.start() - 12):m.end() + 14]
        if _SPOKEN_AGE_OR_DIGIT.search(near) is None:
            continue
        kept.append(text[last:m.start()] + ("-" if _HYPHENED_BEFORE.search(text, 0, m.start()) and text[m.end()].isdigit() else " "))
        where += range(last, m.start() + 1)  # the space stands where the comma was
        last = m.end()
        cuts.append(len(where) - 1)
    if not kept:
        return []
    kept.append(text[last:])
    where += range(last, len(text) + 1)
    clean = "".join(kept)
    # (speed) the rules read only a window of the text around each filler (80 characters each side, to a space)
    windows = []
    for c in cuts:
        a, b = clean.rfind(" ", 0, max(0, c - _FILLER_REACH)) + 1, clean.find(" ", c + _FILLER_REACH)
        b = len(clean) if b < 0 else b
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], b)
        else:
            windows.append((a, b))
    out = []
    for a, b in windows:
        for s, e, t in structured_spans(clean[a:b]):
            os_, oe = where[s + a], where[s + a + (e - s) - 1] + 1
            if (os_, oe, t) not in had:  # only what the plain text did not give already
                out.append((os_, oe, t))
    return out


_FILLER_REACH = 80


# (sixteenth round) a stammered or repeated start before an identifier, as a full verbatim transcript writes it ("176,
# 176 Maplehurst Grove", "087, 087 720 8372", "ninety- ninety-eight", "105, 105"): the repeat is part of the span
_STAMMER_BEFORE = re.compile(rf"(?<![\w'’-])([\w()]+)(?:-|,)\s+(?:{_FILLER_WORD},\s+)?$")
_REPEAT_AFTER = re.compile(rf"(?:-|,)\s+(?:{_FILLER_WORD},\s+)?([\w()-]+(?: [\w()-]+)*?)(?![\w-])")
_STAMMER_TYPES = ("ADDRESS", "DATE", "AGE", "PHONE", "SSN", "ID", "EMAIL", "URL")


def _with_stammer(text: str, s: int, e: int, t: str) -> tuple[int, int, str]:
    if t not in _STAMMER_TYPES or not (s >= 2 and text[s - 1] == " " or e < len(text) and text[e] in ",-"):
        return s, e, t
    m = _STAMMER_BEFORE.search(text, max(0, s - 24), s)
    said = m.group(1) if m is not None else ""
    if said and said[-1].isalpha() and text[m.end(1)] != "-" and text[s + len(said):s + len(said) + 1].isalpha():
        said = ""  # "nine, ninety-eight" is two numbers ("ninety- ninety-eight" is one, cut off and said again)
    if said and text.startswith(said, s) and (said[0].isdigit() or len(said) >= 4) and not (
            said[-1].isdigit() and text[s + len(said):s + len(said) + 1].isdigit()):  # not "1, 10 Main St"
        s = m.start(1)
    said = text[s:e]
    a = _REPEAT_AFTER.match(text, e)
    if a is not None and a.group(1) == said and (said[:1].isdigit() or len(said) >= 4):
        e = a.end()  # "108, 108": the repeat after it
    return s, e, t


# (fifteenth round) the type a national number or an ID takes from its cue: a number found by an ID's or a phone's
# shape is typed SSN after a national number's name ("my PPS number is 1234567T", "IRD 049-091-850", "the SIN on file,
# 046 454 286") or before "that's my NI number"; a phone's shape is typed ID after an ID's name ("my student number is
# 412 555 0199", "the NHS number is zero five ..."); the gap holds no digit, no stop and no word of a phone; and a
# number before ", my social" or "down as the SSN" is typed SSN
_SSN_NAME = (r"(?:(?i:social security|social insurance|national insurance|tax file|personal public service)(?i: number| no\.?)?"
             r"|(?<!obra )(?i:social)(?: (?i:number|no\.?))?(?!\s+(?i:work|worker|workers|media|services?|club|life|skills|anxiety|care|group|story|stories|event))"
             r"|\b(?i:ssn)|\b(?-i:SIN|NINO|NI|PPSN?|TFN|IRD|SS#)(?: (?i:number|no\.?))?"
             # (twenty-third round) typed in lower case, as messages write them ("pps is ...", "my ird no", "tfn",
             # "ni number", "nat ins no", "my sin is ...")
             # (twenty-seventh round: also "nat insurance no"; after the number, "thats my social" without its apostrophe)
             r"|\b(?-i:ppsn?|tfn|ird|nino|nat ins(?:urance)?|ni (?=number\b|no\b)|sin(?= (?:is|number|no)\b| ?#))(?: ?(?i:number|no\.?))?"
             # (seventeenth round) a record's short forms of them ("Soc sec no.", "Soc. Ins. No.", "ss#", "Tax no.",
             # "national ID", "Govt ID no.")
             r"|\b(?i:soc\.? ?(?:sec|ins)\.?(?: number| no\.?)?|ss#|tax (?:number|no\.?)|national (?-i:ID)|gov(?:ernmen)?t\.? (?-i:ID)|nino)(?: (?i:number|no\.?))?)")
_NO_PHONE_GAP = r"(?:(?!phone|mobile|cell|landline|call|ring|text|line|fax)[^\n.;\d])"
_SSN_BEFORE = re.compile(rf"(?<![\w-]){_SSN_NAME}(?!\w)(?:['’]s)?{_NO_PHONE_GAP}{{0,40}}$")
_SSN_AFTER = re.compile(rf",?\s+(?:(?:that['’]?s|which is|it['’]s|is|down as|as|for) )?(?:my|his|her|their|the|your) {_SSN_NAME}(?!\w)")
_ID_NAME = (r"\b(?i:(?:patient|member|membership|staff|student|employee|policy|claim|account|case|file|client|customer|"
            r"prescription|hospital|record|chart|licen[cs]e|passport|self-exclusion|exclusion|screening|participant|subject|"
            r"study|insurance|health card|tracking|order|booking|ticket|voucher|serial|registration|caller|rx|script|plate) "
            r"(?:number|no\.?|id)|reference|ref|member id|(?:driver['’]s )?licen[cs]e|chart"
            # (twenty-third round) typed in lower case, and a group's number ("medicare number is ...", "group number")
            r"|(?-i:medicare|medicaid|ohip)|group (?:number|no\.?|id))\b|\b(?-i:NHS|NHI|nhi|CHI|MRN|mrn|Medicare|Medicaid|OHIP)\b")
_ID_BEFORE = re.compile(rf"{_ID_NAME}(?:['’]s)?{_NO_PHONE_GAP}{{0,30}}$")
_ID_NAME_RIGHT_BEFORE = re.compile(rf"(?:(?:{_ID_NAME}|{_R17_ID_CUE})(?:\s+(?i:no\.?|number|#))?(?:['’]s|\s+(?:is|was))?"
                                   rf"|\b(?-i:Participant|Subject|Respondent|Interviewee|Meeting ID|Trial ID)"
                                   # (twenty-third round) as typed, in lower case ("participant 402-118-5530", "the invoice
                                   # says account 436 871 3870")
                                   # (not "the participant", "for the participant: ...", a heading's label)
                                   rf"|(?<!\bthe )(?<!\ba )(?<!\bper )(?<!\beach )\b(?-i:participant|account)(?=\s+$)):?\s*[:#]?\s*$")
_PHONE_RUN = re.compile(r"\+?\d{10,12}")
_CALL_BEFORE = re.compile(r"\b(?i:call|ring|text|txt|phone|mobile|mob|cell|landline|whatsapp)(?: (?i:me|us|him|her|them))?"
                          r"(?: (?i:back))?(?: (?i:on|at))?(?: (?i:is|=))?:?\s*$")
_FILE_ENDING = re.compile(r"\.(?i:m4a|mp3|wav|mp4|ogg|flac|aac|wma|docx?|txt|pdf|vtt|srt)\b")
# (seventeenth round) a number whose shape is a national number's alone: a UK National Insurance number (two letters, six
# digits in pairs or not, a letter A-D: "JR412287C", "JR41 22 87C", "JR 41 22 87 C"); not an Irish PPS number's seven
# digits and letters, which other IDs share ("8823140K")
_NATIONAL_SHAPE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]")


_DD = r"(?:0?[1-9]|[12]\d|3[01])"
_MM = r"(?:0?[1-9]|1[0-2])"
_DATE_SHAPED = re.compile(rf"{_DD}([-/.]){_MM}\1(?:(?:19|20)\d\d|\d\d)|{_MM}([-/.]){_DD}\2(?:(?:19|20)\d\d|\d\d)"
                          rf"|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d\d|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d\d")


def _retyped(text: str, s: int, e: int, t: str) -> tuple[int, int, str]:
    if t != "ID" and t != "PHONE" and t != "SSN":
        return s, e, t
    # (seventeenth round) right after an ID's name or a transcript header's label ("NHS no. 4821 7730 1946", "Recording
    # ID: 312 480 7719", "Participant: 402 118 5530", "client ID: 3309127K") or before a recording's file ending
    # ("771 203 9914.m4a"), and no national number's name before it: an ID, whatever its shape (a national number's, a
    # phone's); a UK National Insurance number's own shape uncued: an SSN
    named = _ID_NAME_RIGHT_BEFORE.search(text, max(0, s - 60), s) is not None or _FILE_ENDING.match(text, e) is not None
    if t == "SSN":
        return (s, e, "ID") if named and not _SSN_BEFORE.search(text[max(0, s - 60):s]) else (s, e, t)
    if t == "ID" and not named and _NATIONAL_SHAPE.fullmatch(text, s, e):
        return s, e, "SSN"
    before = text[max(0, s - 60):s]
    if _SSN_BEFORE.search(before) or _SSN_AFTER.match(text, e, min(len(text), e + 40)):
        return s, e, "SSN"
    if t == "PHONE" and (_ID_BEFORE.search(before) or named):
        return s, e, "ID"
    # (twenty-seventh round) a number that is a whole date's shape, day, month and four-figure year (or a two-figure
    # year after a separator), with no ID's name before it ("Date of birth: 04-04-1953", "DOB: 1/3/49", "Date completed:
    # 02011997"): a date, not an ID ("Patient ID: 04041953" stays an ID)
    if t == "ID" and not named and _DATE_SHAPED.fullmatch(text, s, e):
        return s, e, "DATE"
    # (twenty-third round) a phone's ten or eleven figures typed run together right after a word for calling ("text
    # me on 4165550142", "call 07700900123"): a phone, not an ID
    if t == "ID" and not named and _PHONE_RUN.fullmatch(text, s, e) and _CALL_BEFORE.search(before):
        return s, e, "PHONE"
    return s, e, t


def typed_spans(text: str, types) -> list[tuple[int, int, str]]:
    """The spans of :func:`structured_spans` of the *types* only (each gated recogniser's gate searched first)."""
    return [(s, e, rec.entity_type) for rec in RECOGNISERS if rec.entity_type in types
            for s, e in rec.find(text) if e > s]


# (speed) a gate's literals: what a text must hold for the gate to match it (one of them), found from the gate's parsed
# pattern (_literals): (a digit will do, the literals in lower case to look for in an ASCII text lowered -- the
# gate ignores case there, and in an ASCII text only A-Z have another case --, the literals to look for as written,
# where the gate heeds case; each as a pattern that finds any of them); None where the parse gives no such literals.  A sound test, never a guess: every match of
# a pattern holds one of the strings a sequence's run of literals can spell, a branch's union of its branches', a
# repeat's (at least once) its body's, a lookaround's (it matched in the text too) its own
_ANY_DIGIT = re.compile(r"\d")
_MAX_RUNS = 256


def _prefilter(gate: re.Pattern):
    import re._constants as c
    import re._parser as parser

    def digit_set(av):  # a character class of digits only
        return bool(av) and all(op is c.CATEGORY and a is c.CATEGORY_DIGIT or op is c.LITERAL and 48 <= a <= 57
                                or op is c.RANGE and 48 <= a[0] <= a[1] <= 57 for op, a in av)

    def literal_set(av):  # a character class of a few characters
        return len(av) <= 8 and all(op is c.LITERAL for op, a in av)

    def best(items, icase):
        """The best set of (kind, literal) one of which every match of *items* (a sequence) holds, or None."""
        found, run = [], None

        def close():
            if run and all(run):
                if icase and not all(w.isascii() for w in run):
                    return  # (a non-ASCII letter may match an ASCII one when case is ignored: "ſ", "K")
                found.append(frozenset(("i", w.lower()) if icase else ("c", w) for w in run))

        for op, av in items:
            if op is c.LITERAL or op is c.IN and literal_set(av) or op is c.BRANCH and _literal_branches(av[1], c):
                chars = ([chr(av)] if op is c.LITERAL else [chr(a) for _, a in av] if op is c.IN
                         else ["".join(chr(a) for _, a in b) for b in av[1]])
                run = [w + ch for w in (run if run is not None else [""]) for ch in chars]
                if len(run) > _MAX_RUNS:
                    run = None
                continue
            close()
            run = None
            if op is c.IN and digit_set(av):
                found.append(frozenset([("d", "")]))
            elif op is c.SUBPATTERN:
                _, add, delete, body = av
                inner = best(body, (icase or bool(add & c.SRE_FLAG_IGNORECASE)) and not delete & c.SRE_FLAG_IGNORECASE)
                found += [inner] if inner else []
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
                inner = best(av[2], icase)
                found += [inner] if inner else []
            elif op is c.ATOMIC_GROUP or op is c.ASSERT:
                inner = best(av if op is c.ATOMIC_GROUP else av[1], icase)
                found += [inner] if inner else []
            elif op is c.BRANCH:
                branches = [best(b, icase) for b in av[1]]
                if all(branches):
                    found.append(frozenset().union(*branches))
        close()
        return max(found, key=lambda f: min(4 if k == "d" else len(w) for k, w in f), default=None)

    parsed = parser.parse(gate.pattern, gate.flags)
    got = best(list(parsed), bool(parsed.state.flags & c.SRE_FLAG_IGNORECASE))
    if got is None:
        return None
    return _Prefilter(any(k == "d" for k, _ in got), _any_of(w for k, w in got if k == "i"),
                      _any_of(w for k, w in got if k == "c"),
                      frozenset(w for k, w in got if k == "i"), frozenset(w for k, w in got if k == "c"))


class _Prefilter(tuple):
    """A gate's prefilter: ``(digit, lower, cased)`` as before (a digit, or one of the lower-case literals in the
    lower-cased text, or one of the literals as written in the text, is in every text the gate passes), and the
    literals themselves (``.lower_words``, ``.cased_words``: :func:`_literal_finder` looks for all gates' at once)."""

    def __new__(cls, digit, lower, cased, lower_words=frozenset(), cased_words=frozenset()):
        self = super().__new__(cls, (digit, lower, cased))
        self.lower_words, self.cased_words = lower_words, cased_words
        return self


def _any_of(words):
    """A pattern that finds any of *words* where it is (an alternation of literals: faster than one test a word)."""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in words)) if words else None


def _literal_branches(branches, c) -> bool:
    return all(b and all(op is c.LITERAL for op, _ in b) for b in branches)


_PREFILTERS = {rec.gate.pattern: _parsed_or_none(_prefilter, rec.gate) for rec in RECOGNISERS if rec.gate is not None}


def _gate_plan():
    """(speed, sixth pass) What :func:`_spans` reads off :data:`RECOGNISERS` and :data:`_PREFILTERS` once: the
    indices of the recognisers without a gate; each distinct gate (every gate has the same flags: ``_r`` compiles them)
    with its prefilter and the indices of the recognisers it guards; the same without the gates whose prefilter is a
    digit alone (no ASCII text without a digit passes them).  Made again when ``_PREFILTERS`` or ``RECOGNISERS``
    is another object (the tests turn the prefilters off so)."""
    global _GATE_PLAN
    ungated, members, compiled = [], {}, {}
    for i, rec in enumerate(RECOGNISERS):
        if rec.gate is None:
            ungated.append(i)
        else:
            members.setdefault(rec.gate.pattern, []).append(i)
            compiled.setdefault(rec.gate.pattern, rec.gate)
    gates = tuple((compiled[g], _PREFILTERS.get(g), tuple(m)) for g, m in members.items())
    without_digit = tuple(g for g in gates if g[1] is None or not (g[1][0] and g[1][1] is None and g[1][2] is None))
    finders = None
    if all(pre is None or isinstance(pre, _Prefilter) for _, pre, _ in gates):
        finders = (_literal_finder({g: pre.lower_words for g, pre, _ in gates if pre is not None}),
                   _literal_finder({g: pre.cased_words for g, pre, _ in gates if pre is not None}))
        finders = None if finders == (None, None) else finders
    _GATE_PLAN = (_PREFILTERS, tuple(ungated), gates, without_digit, RECOGNISERS, finders)
    return _GATE_PLAN


def _literal_finder(words_of: dict):
    """(speed, seventh pass) One search for the literals of every gate's prefilter at once: ``(finder, gates)``,
    where ``finder.finditer(text)`` gives, at each position of *text*, the longest literal that starts there (group 1:
    the literals as a trie, so each position costs one path, not a test a literal) and ``gates[literal]`` the gates
    whose prefilter holds it or a prefix of it (a literal at a position is a prefix of the longest one there, so every
    literal in the text is seen so).  A gate's prefilter then passes where the text's gates hold it: one pass over a
    turn instead of a search a gate (heldout29: 99-133 gates, 0.3 of 1.6 CPU s of the structured spans).
    *words_of*: gate -> its literals.  None without literals."""
    holders: dict[str, set] = {}
    for gate, words in words_of.items():
        for w in words:
            holders.setdefault(w, set()).add(gate)
    if not holders:
        return None
    trie: dict = {}
    for w in holders:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def emit(node) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    gates = {w: frozenset().union(*(holders.get(w[:k], ()) for k in range(1, len(w) + 1))) for w in holders}
    return re.compile("(?=(" + emit(trie) + "))"), gates


_GATE_PLAN = (None,)
_gate_plan()


# (speed) the spans of the short texts seen last: deid finds in the same short texts again and again (a speaker
# label and the text between turns, "\nclient: ", once a turn; turns such as "Yeah.", "Okay."), and a turn the
# recogniser may run on is looked at twice (prime, then find); the spans depend on the text alone.  Learning reads
# every piece of every document before the find pass reads them again (tables.learn_pieces), so the cache holds a
# study's distinct pieces: 65,536 (a study of 300 hour-long sessions; with 8,192 an LRU cache read in order twice
# kept none of the first pass's for the second).  Only short texts, so that it holds tens of megabytes at most
_CACHED_LENGTH = 1000
_CACHE_SIZE = 1 << 16
_cached_spans = lru_cache(maxsize=_CACHE_SIZE)(_spans)


def clear_cache() -> None:
    """Forget the short texts' spans :func:`structured_spans` keeps (a benchmark times a study's cold start)."""
    _cached_spans.cache_clear()


__all__ = ["FACILITY", "MONTHS", "ORDINAL_WORDS", "RECOGNISERS", "Recogniser", "clear_cache", "structured_spans", "typed_spans"]
