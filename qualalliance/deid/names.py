"""Names of people and places smaller than a state: cues, capitalisation and the study's own names.

Three kinds of evidence, strongest first:

* a cue: a title (``Dr. Okafor``), a relation (``my sister Hope``), an introduction
  (``my name is``, ``named``, ``called``) before a capitalised word -- a name even
  when the word is also a common word;
* capitalisation: a run of capitalised words not at the start of a sentence, with at
  least one word mostly written capitalised in English (:func:`.lexicon.is_proper`),
  typed LOCATION after ``in``, ``from``, ``at`` ... and PERSON otherwise;
* the study's names (:class:`KnownNames`): speaker labels, metadata names, the deny
  list, and every name the first two found anywhere in the study, matched everywhere
  (also at the start of a sentence, where capitalisation says nothing).

The allow-list (packaged :func:`.lexicon.packaged_allow_list` plus the study's) wins
over capitalisation and study-wide sightings; it never overrides the deny-list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import COMMON_WORD, UNSEEN, is_proper
from .recognizers import (CA_AU_STATES, DOTTED_STATE_CODES, IRISH_COUNTIES, MONTH_ABBR, MONTHS, NZ_REGIONS, STATE_CODES, US_STATES,
                          WEEKDAY_ABBR)

# Latin letters with their accented forms (José, Kovács, Łukasz, Ødegaard): an ASCII-only class
# would cut "José" after "Jos" and leave "é" (and half a surname) in the output
# (eighth round: and Latin Extended Additional, the letters with two marks of Vietnamese, Nguyễn, Trần, Từ, which cut a
# name in two before: "Nguyễn" became "[PERSON_1]ễn")
_LATIN = [chr(c) for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)] if chr(c).isalpha() and c not in (0xD7, 0xF7)]
_UP = "A-Z" + "".join(c for c in _LATIN if c.isupper())
_LO = "a-z" + "".join(c for c in _LATIN if c.islower()) + "\u02bb"  # and Hawaiian's ʻokina, a letter (Kaʻiulani)
# a capitalised word, with an Arabic article joined by a hyphen (al-Masri); a possessive or contraction (Sarah's,
# It's) is left outside the token
# (eleventh round) an apostrophe before a vowel inside a word is a glottal stop or a hamza, part of the name, as
# Tongan, Samoan, Hawaiian and Arabic names are typed without their own letter ("Tu'ipulotu", "Nuku'alofa", "Ja'far"):
# before, the word was cut at it ("[PERSON_1]'ipulotu"); not a contraction or possessive ('s, 't, 'll, 're, 've, 'd,
# 'm: none begins with a vowel)
_GLOTTAL = r"(?:['’][aeiouāēīōū][" + _LO + r"]*)*"
_TOKEN = re.compile(rf"(?<![{_UP}{_LO}])(?:Mc|Mac|O'|O’|D'|De|Di|La|Le|Van|Von|al-|el-|Al-|El-)?[{_UP}][{_LO}]+{_GLOTTAL}"
                    rf"(?:-(?:on|upon|in|by|le|la|sur|au|aux|en|de|du|des|et|sous|les)-[{_UP}][{_LO}]+|-[{_UP}][{_LO}]+){{0,2}}(?![{_UP}{_LO}]|['’]t\b)")  # Stoke-on-Trent, Mary-Kate;
# (tenth round: also French places' joiners, Port-au-Prince, Saint-Germain-en-Laye; twelfth round: and "des", "et",
# Côte-des-Neiges, Saint-Pierre-et-Miquelon, which were cut at the joiner)
# a whole word only: not "Whats" in WhatsApp, "Power" in PowerPoint; (tenth round) not a negation's first part, "Don't",
# "Won't" (a word before "'t" is a verb, never a name)
_TITLE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Doctor|Nurse|Father|Sister|Pastor|Rabbi|"
                    r"Reverend|Rev|Coach|Officer|Judge|Aunt|Auntie|Aunty|Uncle|Grandma|Grandpa|Nana|Papa)\.?\s+$")
# the people a relation names ("my manager", "pt's mother"; regular-expression pieces, none holding an alternation)
_RELATION_NOUNS = ("mom", "mum", "mother", "dad", "father", "husband", "wife", "son", "daughter", "brother", "sister",
                   "friend", "partner", "boyfriend", "girlfriend", "fiancée?", "therapist", "doctor", "psychiatrist",
                   "counsel+or", "boss", "aunt", "uncle", "grandma", "grandmother", "grandpa", "grandfather", "cousin",
                   "niece", "nephew", "kid", "child", "baby", "neighbou?r", "roommate", "colleague", "coworker",
                   "sponsor", "ex", "stepdad", "stepmom", "godmother", "godfather", "dog", "cat", "manager",
                   "supervisor", "caseworker", "case manager", "social worker", "landlord", "landlady",
                   "probation officer", "parole officer", "lawyer", "attorney", "sponsee", "grandson", "granddaughter",
                   "stepson", "stepdaughter", "stepbrother", "stepsister",
                   # (sixteenth round) as British, Irish, Australian and NZ speakers and typists say it ("my flatmate
                   # jade", "my mate Dave", "my bf jake")
                   "flatmate", "housemate", "mate", "bf", "gf",
                   # (twenty-third round) the grandparents, aunts and partners as typed chat names them ("my grandad
                   # ellis", "my nan", "my aunty", "my hubby")
                   "grandad", "granddad", "gran", "granny", "nan", "nana", "nanna", "aunty", "auntie", "stepmum",
                   "hubby", "bestie")
_RELATION = re.compile(r"\b(?:my|his|her|their|our|your|pt['’]s|patient['’]s|client['’]s)\s+"
                       r"(?:(?:ex|late|older|younger|little|big|best|step)[- ]?)?"
                       rf"(?:{'|'.join(_RELATION_NOUNS)})"
                       r",?\s+$", re.IGNORECASE)
# a verb of contact before, or a verb of a person after, a capitalised word inside a sentence: a name
# even when the word is also a common word ("I texted Joy", "well Faith thinks ...")
_CONTACT_BEFORE = re.compile(r"\b(?:told|tell|telling|saw|see|seeing|texted|texting|text|asked|ask|met|meet|visited|"
                             r"visit|married|dated|dating|phoned|emailed|messaged|hugged|thanked|miss|missed|"
                             r"trust|trusted)\s+$")
_PERSON_AFTER = re.compile(r"\s+(?:said|says|thinks|thought|told|texted|came|comes|asked|wants|wanted|reckons|"
                           r"knows|keeps|kept|called|calls|rang|drove|promised|agreed|laughed|cried|hugged)\b")
_INTRO = re.compile(r"\b(?:name is|name's|named|called|call me|known as|goes by|named (?:\w+ ){1,2}after)\s+$",
                    re.IGNORECASE)  # "we named the baby after Rusty"
# a possessive and a relation after a capitalised word: "Mark's wife", "Joy's kids"
_KIN = (r"wife|husband|mom|mum|mother|dad|father|son|daughter|sister|brother|girlfriend|boyfriend|partner|fiancée?|"
        r"widow|grandma|grandmother|grandpa|grandfather")
# (twenty-second round) a kin word right before a word the allow-list keeps as a state or a country: a given name
# ("my sister Georgia", "her daughter India"; not "my sister in Georgia")
_KIN_RIGHT_BEFORE = re.compile(rf"\b(?i:my|his|her|our|their|your) (?:(?i:ex|late|little|big|older|younger|baby|twin|step)[- ]?)?"
                               rf"(?:{_KIN}|niece|nephew|cousin|aunt|aunty|auntie|uncle|friend|mate|bestie|granddaughter|grandson|"
                               rf"kid|baby|flatmate|housemate) $")
# (twenty-seventh round) a person's title right before such a word: a name too ("Mrs Georgia next door", "Dr Jordan";
# not "Mrs Smith in Georgia", where no title stands right before it)
_TITLE_RIGHT_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|Nurse|Aunt|Auntie|Aunty|Uncle)\.? $")
_ALLOWED_PLACES: list[frozenset[str]] = []


def _allowed_places() -> frozenset[str]:
    """The allow-list's states, provinces, territories, countries and regions (casefolded): the entries of its
    sections whose heading (a comment block's first line) names them."""
    if not _ALLOWED_PLACES:
        from importlib import resources
        words, keep, in_heading = set(), False, False
        text = resources.files("qualalliance.deid").joinpath("data").joinpath("allow.txt").read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.startswith("#"):
                if not in_heading:
                    keep = any(k in line for k in ("states", "countries", "provinces"))
                in_heading = True
                continue
            in_heading = False
            w = line.split("#", 1)[0].strip()
            if keep and w:
                words.add(w.casefold())
        _ALLOWED_PLACES.append(frozenset(words))
    return _ALLOWED_PLACES[0]


_KIN_AFTER = re.compile(rf"['’]s\s+(?:{_KIN})\b")
_RELATION_AFTER = re.compile(rf"['’]s\s+(?:(?:ex|late|new|old|little|big|older|younger)[- ])?(?:{_KIN}|kids|children|"
                             r"parents|family|place|house|apartment|trailer)\b")  # whose place: a person's ("we stayed at Candy's place")
_PLACE_BEFORE = re.compile(r"\b(?:in|from|at|near|nearest|around|outside|into|towards?|across|visiting|via|"
                           r"(?:went|go|going|goes|moved|move|moving|drive|drove|driving|flew|fly|flying|travell?ed|"
                           r"back|trip|road|came|come|coming|get|got|way|walk|walked|bus|train|flight)(?:\s+(?:out|up|down|over|back|home))?"
                           r"\s+to|"
                           # (thirteenth round) "the train out of Bangor", "transferred to Launceston", "drove past
                           # Lubbock" (not "referred to", a person as often)
                           r"out\s+of|(?:transferred|transfer|admitted|discharged|relocated|relocating)\s+to|"
                           r"(?:drove|drive|driving|walked|walk|walking|went|go|going|cycled|passed)\s+(?:right\s+)?past|"
                           # (fifteenth round) "emigrated to Mullingar", "my dad moved us to Ipswich" (not "took her to")
                           r"(?:emigrated|emigrating|emigrate|immigrated|immigrating)\s+to|"
                           r"(?:moved|move|moving)\s+(?:us|me|them|him|her)\s+(?:out\s+|back\s+|over\s+|up\s+|down\s+)?to)\s+"
                           r"(?:the\s+)?(?:city of\s+|town of\s+)?$", re.IGNORECASE)
# (thirteenth round) a name with a possessive and an occasion or a home after it is a person's, even after a place's
# cue ("I went to Mel's wedding", "back to Dale's flat"; not "Sydney's beaches")
_OCCASION_AFTER = re.compile(r"['’]s\s+(?:wedding|funeral|birthday|party|engagement|christening|graduation|wake|memorial|"
                             r"house|flat|place|home|bedside|grave|baby shower|hen do|stag do|leaving do)\b")
# (fifteenth round) a name after "from" that a parting or a message comes from is a person's, not a place's ("her
# separation from Donna", "estranged from Pete", "a text from Megan"; not "she moved from Napier"): its type only
_PERSON_FROM = re.compile(r"\b(?:separation|separated|separating|divorce|divorced|divorcing|split|split up|splitting|"
                          r"estranged|break-?up|breakup|broke up|apart|heard|hear|hearing|a (?:text|call|letter|message|"
                          r"card|voicemail|email))\s+from\s+$", re.IGNORECASE)
# (fifteenth round) a name's possessive with no noun after it, as talk names someone's home ("sat outside Ciaran's for
# an hour", "back at Mel's after work", "stayed at Jo's."; not "Sydney's beaches", "Hawke's Bay"): a person's, even
# after a place's cue -- its type only
_HOME_POSSESSIVE_AFTER = re.compile(r"['’]s(?=\s+(?:for|after|before|until|till|tonight|yesterday|last|again|every|when|"
                                    r"because|but|so|then|and|with|overnight)\b|\s*[,.;:!?)]|\s*$)")
_HOME_NOT_FIRST = frozenset({"St", "Saint", "Mt", "Mount", "Ft", "Fort", "Port", "Lake", "Cape", "Royal"})  # "at St Vincent's."
# (thirteenth round) a run of capitalised words ending in a service's or a facility's head noun names a place, not a
# person ("Fernhill Counselling Service", "Kowhai Family Practice", "Millbrook Clinical Research Facility"): its type
# only (what the run covers is decided as before)
_FACILITY_HEADS = frozenset("""Unit Facility Service Services Practice Surgery Team Trust Clinic Hospital Centre Center
    Hospice Institute Psychotherapy Counselling Counseling Gym Pharmacy Library School College University Prison
    Hub Therapies Psychology Physiotherapy Accountants Solicitors Logistics""".split())  # (eighteenth round: "Larchmere
# Wellbeing Hub", "Hollybrook Talking Therapies"; twenty-fifth round: a practice's or a firm's head, "Kestrel Psychology",
# "Dunmore Physiotherapy", "Pell & Rowe Solicitors", "Fenwick Logistics")
# (thirteenth round) a form's label for a place, the value after it ("Site: Galway", "Incident location: Bendigo",
# "Place of birth: Moncton"; not "Name: ...")
_PLACE_LABEL = re.compile(r"(?:^|\n|:\s|[.;]\s)(?:[A-Z][a-z]+ )?(?:[Ss]ite|[Ll]ocation|[Tt]own|[Cc]ity|[Ss]uburb|"
                          r"[Pp]lace of birth|[Bb]irthplace|[Vv]enue|[Hh]ometown):\s$")
# (eighteenth round) a form's or a questionnaire's label at a line's start (after a speaker's label), its value right
# after its ":" or "?" ("Suburb / town: Joplin", "Where do you live (town or area)? Masterton", "GP practice: Hollybrook",
# "Originating service: Wexford", "Recorded at: Timmins"): the label's last word that says what kind of thing is asked
# for decides a place or a person ("Young person's school" asks for a school, "Name of the person you care for" for a
# person, "Your name", "Doctor's name" for neither place); a place word before "of" is no head ("Area of concern",
# "Location of pain"; but "Place of birth"), and a label ending in a place's preposition asks for a place ("Recorded
# at", "Referred from", "Born in")
_FORM_LABEL = re.compile(r"(?:^|\n)(?:[^\n:?]{1,30}: )?([^\n:?.!;]{2,60}|[^\n:?.!;()]{2,60}\([^\n:?!;()]{1,80}\))[:?] $")
# (twenty-sixth round: a label with a bracketed remark after it, which web forms add to explain what they ask, may be
# longer: "Current location (for video sessions we need to know where you are): Taverner Print")
_LABEL_HEAD = re.compile(
    r"\b(?:(?P<place>town|towns|city|suburb|locality|area|location|site|place|birthplace|hometown|venue|village|county|"
    r"region|district|neighbou?rhood|parish|borough|where|school|college|university|uni|campus|clinic|practice|surgery|"
    r"centre|center|service|hospital|hospice|church|setting|workplace|employer|company|organi[sz]ation|"
    r"firm|agency)(?! of (?!birth|residence|work)\w)"
    r"|(?P<person>who|whom|contact|kin|doctor|dr|gp|therapist|counsell?or|worker|nurse|signature|signed|guardian|parent|"
    r"person|referrer|clinician|carer|partner|by|mum|mom|dad|mother|father|friend|relative|spouse|husband|wife|child|son|"
    r"daughter|sibling|sister|brother|manager|coordinator|practitioner|psychiatrist|psychologist|keyworker|officer|"
    r"teacher|consultant|with|name|surname|called))\b", re.IGNORECASE)
# (twenty-sixth round) the value is the whole answer (up to a line's end, a comma, a bracket or a closing quote): the
# label's ask is evidence enough for a word English writes capitalised more often than in lower case ("Name of witness:
# Bec", "Name of person being referred: Molly", "Where do you live (town or area)? Paisley"; not "Name of witness: None",
# "Next of kin: Mum", "Employer: Unknown", "Location: Home", "Setting: Telehealth", which it writes in lower case as often)
_VALUE_END = re.compile(r"[ \t]*(?:$|\n|[,;(\"”]| {2})")
LABEL_VALUE_LOWER = -19.4  # a value's word English writes in lower case at most about once in its table (Roath, Parekh; not Telehealth)
_LABEL_PLACE_END = re.compile(r"\b(?:at|in|from|near)$", re.IGNORECASE)


def form_label_kind(text: str, start: int) -> str | None:
    """LOCATION or PERSON when a form's label (:data:`_FORM_LABEL`) right before *start* asks for a place or a
    person; None when there is no label or it says neither."""
    if text[start - 2:start] not in (": ", "? "):
        return None
    pos = max(0, text.rfind("\n", 0, start))
    if start - pos > 180:
        return None
    m = _FORM_LABEL.search(text, pos, start)
    if m is None:
        return None
    label = m.group(1).strip()
    if label.endswith(")") and _LABEL_HEAD.search(label.split(" (", 1)[0]):
        label = label.split(" (", 1)[0]  # the label's own head, not a word of its remark
    if label.rstrip("0123456789 ").casefold() in _LABEL_ROLES:
        return None  # a speaker's label ("Therapist: Maloca came up"), no form's
    if " " in label and _LABEL_PLACE_END.search(label):  # (not a message's header, "From: Declan Strickland")
        return LOCATION
    head = None
    for h in _LABEL_HEAD.finditer(label):
        head = h
    if head is None:
        return None
    return LOCATION if head.group("place") else PERSON


# (eighteenth round) a name that "is where" something happened is a place's ("Honestly Wollongong is where it all went
# wrong", "Ballina was where I grew up"; not "Wollongong is great"): its type only
_WHERE_AFTER = re.compile(r" (?:is|was|'s) (?:where|the place)\b")
# a facility kind written in lower case after a name: "the Heffter clinic", "Okafor Elementary school"; "VA" after
# a place's name is its veterans' medical centre ("Tomah VA")
_FACILITY_AFTER = re.compile(r"\s(?:clinic|hospital|hospice|center|centre|institute|school|academy|college|"
                             r"university|church|temple|mosque|synagogue|gurdwara|retreat|shelter|rehab|prison|jail|library|observatory|"
                             r"food pantry|food bank|VA|campus|"  # (eighteenth round: "the Clonmel campus")
                             r"(?:elementary|high|middle|primary|grammar|secondary)(?: school)?|medical cent(?:er|re)|"  # (twelfth: secondary)
                             # (eighth round) a named workplace ("the Hartley Logistics depot"; not "plant": "the tulsi
                             # plant" is a pot plant) and
                             # a university medical centre as Dutch writes it ("Erasmus MC", "Amsterdam UMC")
                             r"depot|warehouse|factory|MC|UMC|"
                             # (eleventh round) a camp, a mine or a work site named before it, as fly-in fly-out,
                             # mining and refugee talk names them ("Red Ridge camp", "the Jarrah mine", "Pardoo Creek
                             # site"; not "mind", "sight")
                             r"(?:base |work |mine |refugee |labour |labor )?camp|mine|(?:mine |work |camp )?site)\b")
# a lower-case name before a place noun is a place ("hebden bridge", "kailua beach"); not the nouns that are
# also verbs after a name ("jake falls asleep", "maria points out"); (twelfth round) also a hill and a wood, singular ("richmond hill",
# "chelmsley wood"), after a word English writes mostly capitalised
_PLACE_KIND_AFTER = re.compile(r"\s(?:bridge|heights|beach|bay|valley|creek|harbou?r|hills?|wood|village|junction|ridge|"
                               r"lake|island|county|parish|falls|peak|rapids|springs|canyon|mesa|sound|state|"
                               r"district|borough|province|prefecture|township|"  # (ninth round: "haidian district")
                               r"(?:vet|va|veterans|recovery|treatment|wellness|detox|community|health|medical) "
                               r"(?:center|centre|clinic|house))\b")  # multnomah falls, killeen vet center
# a multi-word place made of common words ("in Little Rock", "at Mercy General") may end in a plural only
# when it is a place noun ("Palm Springs", "Twin Falls"); "at Green Prescriptions" is a programme
_PLURAL_PLACE = frozenset("""Springs Falls Lakes Hills Heights Rocks Rapids Islands Fields Woods Mountains Gardens
    Mills Shores Plains Meadows Keys Downs Acres Oaks Pines Cliffs Bluffs Flats Corners Estates Palms Wells Sands
    Narrows Forks Pointe Harbors Ridges Groves Valleys Lakes Bayous Glades Crossings Commons Towers Villas""".split())
# (twelfth round) the churches' adjectives the allow-list does not keep (Catholic, Baptist, Methodist are on it): a
# capitalised run of them alone is a kind of church, no name ("the same Orthodox church", "an Anglican school"); not on
# the allow-list, which would cut them out of a church's name in lower case ("saint sava serbian orthodox")
_CHURCH_WORDS = frozenset("""Orthodox Anglican Pentecostal Lutheran Presbyterian Evangelical Adventist Episcopal
    Episcopalian Coptic""".split())
_QUARTER_PREFIX = frozenset({"Little", "Greater", "Upper", "Lower", "Old"})
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|any|every|some|another)\s+$", re.IGNORECASE)  # "a Catholic school": a kind
SENTENCE_START_MARGIN = 1.0  # a sentence's first word: a name only when written capitalised e (2.7) times as often
# (eighth round) a column gap of two spaces or more opens a form's next field as a sentence does (not a tab: a
# spreadsheet's cell holds a value, "row 14<TAB>Kaʻiulani")
# ("Fax: 0621 738053   Please do not fax"): its first word is capitalised by position
# (ninth round: also an e-mail's quote mark, "> On October 12, ... wrote:")
_SENTENCE_END = re.compile(r"(?:^|[.!?…:;\n\"“”(\[>]|--|—|\S {2,})\s*$")
# what joins the words of one name: a space, middle initials (Maria S. Lopez, Marta W. van der Berg) and up to
# two particles (de la Cruz, van der Berg, bin Rashid)
_PARTICLE = r"(?:de|da|del|della|di|du|des|dos|das|los|las|van|von|der|den|ter|ten|la|le|bin|ibn|al|el|ben)"
_PARTICLE_WORDS = frozenset(_PARTICLE[3:-1].split("|"))
_CONNECT = re.compile(rf"\s(?:[{_UP}]\.\s){{0,2}}(?:{_PARTICLE}\s){{0,2}}")  # fullmatch
# particles before a name whose first capitalised word is all the run has: "Nurse van der Berg", "de la Cruz"
_PARTICLES_BEFORE = re.compile(rf"(?<![{_UP}{_LO}])((?:{_PARTICLE}\s){{1,2}})$")
# a middle initial ending a name: "John Q." (not "Plan B. Then": a capital after it starts a new run)
_TRAILING_INITIAL = re.compile(rf"\s[{_UP}]\.(?=\s+[{_LO}]|\s*[,;:!?|]|\s*$|['’]s\b)")  # (twelfth round: "Krzysztof S.'s mum")  # (tenth round: "|", a table's cell)  # "Eilidh S.: no, no"
# initials before a name ("R. Moyo", "K. R. Nandini", "Officer M. Popescu"): with full stops they say the capitalised
# word after them is a name (a cue, and part of the name); one without a full stop ("J Gurung", "F de Groot") joins a
# name found otherwise, and is not "A" or "I" (words)
_INITIALS_BEFORE = re.compile(rf"(?<![\w.'’-])(?:((?:[{_UP}]\.\s){{1,3}})|(?![AI]\s)[{_UP}]\s)(?:{_PARTICLE}\s){{0,2}}$")
# (each initial with its own space: "D.O.B. February" is an abbreviation before a month)
# months and weekdays with their abbreviations: no part of a person's name after a sentence's first word ("Sent Tues")
_CALENDAR_WORDS = frozenset(MONTHS + ("May",) + MONTH_ABBR + WEEKDAY_ABBR)
_WEEKDAY_ABBR = frozenset(WEEKDAY_ABBR)
# a sentence's first word that is also a name opens a name only when English writes it capitalised less often than
# this (Faith, Summer, Mark: about once in 60,000 words or less), and it is no adverb in -ly: not the openers of talk
# (Honestly, Actually, Anyway, Obviously, Sadly -- capitalised far more often, at the start of sentences)
OPENER_NAME = -11.0
# titles and kin words of other Englishes and languages said before a name ("Doña Birdie", "Tannie Marie", "Kuya Ben"):
# no part of the name when a sentence opens with them
APPOSED_LOWER = -11.5  # a lower-case word in apposition to a role is a name only when rarer than this (grace, not however)
# (eighth round) a person's role with "the", a comma after it ("The guide, Summer, said", "the interpreter, Hamza, was")
_ROLE_WORDS = (r"guide|nurse|worker|officer|interpreter|facilitator|"
               r"chaplain|volunteer|pharmacist|receptionist|midwife|carer|caregiver|tutor|coach|mentor|"
               r"teacher|priest|nun|monk|imam|healer|elder|therapist|counsel+or|doctor|psychiatrist|"
               r"psychologist|social worker|manager|supervisor|caseworker|sponsor|landlord|landlady|"
               r"lawyer|attorney|advocate|driver|host|leader|sitter|babysitter|monitor|coordinator")  # (tenth: the last two)
_ROLES = f"(?:{_ROLE_WORDS})"
# (twenty-second round) the roles' words, no part of the name after them ("my nans carer wiremu": not "carer wiremu")
_ROLE_WORD_SET = frozenset(w for w in _ROLE_WORDS.split("|") if w.isalpha()) | {"counsellor", "counselor", "keyworker"}
# (twelfth round) and in apposition only, the person a report or a note is about ("The examinee, Shant, was informed",
# "the patient, Kaveh, said"; not before a word, "patient Zero", "client Portal")
_ROLE_APPOSITION = re.compile(rf"\b(?i:the)\s+(?:[a-z]+\s+){{0,2}}(?:{_ROLES}|examinee|claimant|patient|client|participant|"
                              r"student),\s+$")
# (tenth round) a role in lower case right before a capitalised word inside a sentence names whom it describes ("by
# monitor Mercy", "with case manager Hope"), when English writes the word as a name or does not know it
_ROLE_BEFORE = re.compile(rf"(?<![\w'’-]){_ROLES}\s$")
# (eighth round) a salutation opening a letter, a message or a turn
_SALUTATIONS = ("Dear", "Hi", "Hello", "Hey", "Hej", "Hiya", "Morning", "Evening")
_SALUTATION_WORDS = tuple(w + " " for w in _SALUTATIONS)  # a cheap test before the pattern
_SALUTATION = re.compile(r"(?:^|[\n.!?:]\s*|\s{2})(?:" + "|".join(_SALUTATIONS) + r")\s+$")
_HONORIFICS = frozenset("""Don Doña Dona Señor Señora Señorita Sr Sra Srta Tía Tío Tia Tio Tita Tito Kuya Ate Manong Manang
    Tannie Oom Aunty Auntie Uncle Mama Papa Mami Papi Baba Monsieur Madame Mme Mlle Herr Frau Signor Signora Sri Shri
    Smt Begum Sheikh Hajji Haji Imam Ustaz Sensei Sifu Ajahn Bhante Venerable Elder Brother Sister Saint
    Thầy Sư Cô Chú Bác
    Bapak Pak Ibu Bu Mbak Ratu""".split())  # (ninth round: Vietnamese titles of a monk or nun, a teacher, an elder)
# (eleventh round: Indonesian and Malay titles of a man and a woman, Bapak/Pak and Ibu/Bu, of a young woman, Mbak, and
# a Fijian chief's, Ratu: "Pak Hendra", "Ratu Josefa", "Bu sari"; not Adi, a Fijian chiefly woman's title but also a
# given name)
# (eleventh round) of those, the ones that are a title only and never a name: no part of a name that opens a sentence
# ("Pak Hendra said": Hendra), even when English's table writes them capitalised
_TITLE_ONLY = frozenset({"Bapak", "Pak", "Ibu", "Bu", "Mbak", "Ratu"})
# (ninth round) an honorific before a lower-case word cues it as a title does ("Sư Cô mahad", "Sheikh abdirahman"; before,
# the honorific was taken for the name and the name left)
_HONORIFIC_BEFORE = re.compile(r"(?<![\w'’])(?:" + "|".join(sorted(_HONORIFICS, key=lambda w: (-len(w), w))) + r")\s+$")
_STOP_CAPS = frozenset({"Dear", "Hej", "Hallo", "Hola", "Bonjour", "Ciao", "Salut", "Hoi",  # salutations (eighth round)
                        "Everyone", "Everybody", "Someone", "Somebody", "Anyone", "Anybody", "Nobody", "Guys", "Folks",
                        "Today", "Tonight", "Tomorrow", "Yesterday",
                        "I", "I'm", "I've", "I'll", "I'd", "OK", "Okay", "Oh", "Um", "Uh", "Mm", "Hmm", "Yeah",
                        "Yes", "No", "So", "And", "But", "Well", "The", "A", "An", "It", "We", "You", "He", "She",
                        "They", "That", "This", "What", "When", "Where", "How", "Why", "Who", "If", "Or", "Then",
                        "Like", "Just", "Right", "Sure", "Thanks", "Thank", "Hi", "Hello", "Hey", "Mhm", "Uh-huh",
                        "Hiya", "Therapist", "Client", "Participant", "Patient", "Interviewer", "Facilitator", "Guide",
                        "Counselor", "Counsellor", "Speaker", "Dr", "Mr", "Mrs", "Ms", "Miss", "Mom", "Mum", "Mommy",
                        "Dad", "Daddy", "Grandma", "Grandpa", "Granny", "Nana", "Papa", "Auntie", "Aunty", "Sir", "Madam",
                        "Doc", "Honey", "Buddy", "Bro", "Sis", "Ma", "Pa", "Yep", "Yup", "Nope", "Nah", "Hm", "Mh", "Ah",
                        "Aw", "Ooh", "Wow", "Huh", "Eh", "Er", "Erm", "Mmm", "Mm-hmm", "Uh-oh", "Gosh", "Geez"})
# a lower-case word, accented letters and hyphenated parts included (zoë, dubois-martin), an Irish o' kept
# with it (o'sullivan); a possessive 's may follow (shoshana's), not a contraction (don't) or a URL (.com)
_LOWER_WORD = re.compile(rf"(?<![\w'’@./-])(?:o['’])?[{_LO}]+(?:-[{_LO}]+)*(?=['’]s\b|(?![\w'’@-]|\.\w))")
LOWER_NAME_MARGIN = 1.5
# a lower-case form this rare (seen about once in 100 million words or less) that is also written capitalised,
# more often so: a name (teodoro, ngozi, chaudhry) -- no English word of the clinical vocabulary is this rare
RARE_LOWER = -18.5
# a word next to a lower-case name that English hardly writes (keoni, przybylski, esmé): part of the name
NAME_PART_LOWER = -14.0
COMMON_PART = -12.5  # a hyphenated word with a part this common is a compound (follow-up, x-ray), no name
NAME_LIKE_MARGIN = -2.45
# "doctor castellano" in a lower-case transcript (not "miss", "coach": verbs too, "coach rugby")
_LOWER_TITLE_WORDS = ("doctor", "dr", "mr", "mrs", "ms", "professor", "prof", "nurse", "pastor", "rabbi", "reverend", "aunt",
                      "auntie", "uncle")
_ABBREVIATED_TITLES = frozenset({"dr", "mr", "mrs", "ms", "prof"})  # written with or without a full stop
_LOWER_TITLES = "(?:" + "|".join(w + (r"\.?" if w in _ABBREVIATED_TITLES else "") for w in _LOWER_TITLE_WORDS) + ")"
_LOWER_TITLE = re.compile(rf"\b{_LOWER_TITLES}\s+$", re.IGNORECASE)
_COMPASS_BEFORE = re.compile(r"\b(?:north|south|east|west|northern|southern|eastern|western|upper|lower|"
                             r"downtown|uptown|central|greater|lake|fort|mount|mt\.?|port|cape|camp|st\.?|saint)[ -]$",
                             re.IGNORECASE)  # south boston, West Philly, lake merritt, fort campbell
MIN_LOWER_LEN = 4
# words a lower-case title may precede that are no name although English rarely writes them so
_LOWER_STOP = frozenset({"visit", "visits", "appointment", "appointments", "office", "note", "notes", "said",
                         "says", "told", "thinks", "thought", "wants", "called", "visits", "recommended",
                         "agreed", "reckons", "reckoned"})  # (fourteenth round: "coach fonoti reckons") "my friend agreed": English writes it capitalised nearly as often (Agreed.)
_ABBR_PREFIX = frozenset({"St", "Mt", "Ft"})  # St. Paul, Mt. Vernon, Ft. Worth: one run
MIN_GUESS_LEN = 3  # shorter capitalised words (Ds, Mt, Al) are names only by a cue or the study's lists
PERSON, LOCATION = "PERSON", "LOCATION"


@dataclass
class KnownNames:
    """The study's names, typed: matched as whole capitalised words anywhere in the study."""

    types: dict[str, str] = field(default_factory=dict)   # name as written -> PERSON | LOCATION
    max_words: int = 1
    _lower_names: list[str] = field(default_factory=list, init=False, repr=False, compare=False)
    _lower: tuple[int, re.Pattern | None] = field(default=(0, None), init=False, repr=False, compare=False)

    def add(self, name: str, entity_type: str = PERSON, *, words: bool = True, word_ok=None) -> None:
        """Add *name*; with *words*, also each of its words (``Sarah Miller`` -> ``Sarah``, ``Miller``)
        that *word_ok* accepts (default: all).  A name in lower case is added only as one word by itself
        (*words* False: :meth:`.engine.Deidentifier.learn`'s :func:`cued_lower_case_names`) and then found
        in lower case too; a capitalised name is found capitalised only."""
        name = " ".join(name.split())
        if not name or not (name[0].isupper() or not words and _LOWER_KEY.fullmatch(name)):
            return
        if name[0].islower() and name not in self.types:
            self._lower_names.append(name)
        self.types.setdefault(name, entity_type)
        self.max_words = max(self.max_words, len(name.split()))
        if words and entity_type == PERSON:
            for w in name.split():
                if _TOKEN.fullmatch(w) and w not in _STOP_CAPS and (word_ok is None or word_ok(w)):
                    self.types.setdefault(w, entity_type)

    def by_casefold(self) -> dict[str, str]:
        """The one-word names, casefolded -> type (for ids and paths, written in any case)."""
        return {n.casefold(): t for n, t in self.types.items() if " " not in n}

    def find(self, text: str, tokens: list[re.Match], probs: dict[str, float] | None = None) -> list[tuple[int, int, str]]:
        """Longest known names among the capitalised *tokens* of *text*, and the lower-case names as whole words.
        With *probs*, not a one-word name that is an English word written mostly in lower case, capitalised only
        by opening a sentence (:func:`_opening_word_not_named`)."""
        lower, spans, i = self._find_lower(text), [], 0
        while i < len(tokens):
            hit = None
            for n in range(min(self.max_words, len(tokens) - i), 0, -1):
                group = tokens[i:i + n]
                if any(text[a.end():b.start()] != " " and not _CONNECT.fullmatch(text, a.end(), b.start())
                       for a, b in zip(group, group[1:])):
                    continue
                name = text[group[0].start():group[-1].end()]
                if name in self.types:
                    hit = (group[0].start(), group[-1].end(), self.types[name], n)
                    break
            if hit and probs is not None and hit[3] == 1 and _opening_word_not_named(text, hit[0], hit[1], probs):
                hit = None  # (fourteenth round) "Sage came up a lot.", "Hope is all I have." with a Sage or Hope learnt
            if hit:
                end = hit[1]
                if hit[2] == PERSON:  # (ninth round: and an initial after a known name, "Hope M. stood up", as after a found one)
                    initial = _TRAILING_INITIAL.match(text, end)
                    end = initial.end() if initial else _with_hyphen_tail(text, end)
                spans.append((hit[0], _broken_tail_end(text, end), hit[2]))  # (eleventh round: "Nan-\ncarrow")
                i += hit[3]
            else:
                i += 1
        return _join_persons(text, sorted(spans + lower) if lower else spans)

    def _find_lower(self, text: str) -> list[tuple[int, int, str]]:
        lower = self._lower_names
        if not lower:
            return []
        if self._lower[0] != len(lower):  # names were added: the pattern again (learning comes before finding)
            self._lower = (len(lower), re.compile(rf"\b(?<!['’-])(?:{'|'.join(map(re.escape, sorted(lower, key=len, reverse=True)))})"
                                                  rf"(?![\w-]|['’](?!s\b))"))
        return [(m.start(), m.end(), self.types[m.group()]) for m in self._lower[1].finditer(text)]


# (fourteenth round) a one-word name the study learnt (from a cue, a label) that English writes in lower case at least as
# often as capitalised (sage, hope, faith, drew, grace, mercy), capitalised only by opening a sentence, where what follows
# makes it the study's talk of a thing, not the person: a topic that "came up" ("Hope came up a lot today", not "came up
# to me") or the head of a list of lower-case words ("Sage, attunement and the music."; not a vocative, "Hope, you and
# me").  Elsewhere at a sentence's start it stays the person ("Hope is well."): the study named her.  In lower case a
# learnt capitalised name was never matched (only names a cue found in lower case are: :func:`cued_lower_case_names`,
# which takes no common word), so "hope" and "faith" stay in a study with a Hope or a Faith.
_OPENING_THING_AFTER = re.compile(r"\s+(?:came|comes|come|keeps coming|kept coming|coming) up\b(?! to\b| from\b| here\b| beside\b)"
                                  r"|,\s+(?!(?:you|me|him|her|them|us|i|we|he|she|they|and|or|but|so|then|yes|no|yeah|"
                                  r"okay|ok|please|love|mate|honey|darling)\b)[a-z]+(?:-[a-z]+)?(?:,\s|\s+and\s)")


def _opening_word_not_named(text: str, start: int, end: int, probs: dict[str, float]) -> bool:
    if text[end:end + 1] not in (" ", ","):
        return False
    word = text[start:end]
    low = probs.get(word.lower())
    if low is None or low <= NAME_PART_LOWER or low < probs.get(word, UNSEEN):
        return False
    return bool(_OPENING_THING_AFTER.match(text, end) and _SENTENCE_END.search(text, max(0, start - 12), start))


# a given name's lower-case part after a hyphen (Jae-won, Soo-ah, Marie-thérèse as typed): part of the name
# (eighth round: also before a possessive, "Ka-yan's mother", and with a second part, Korean's honorific "-ssi")
_HYPHEN_TAIL = re.compile(rf"(?:-[{_LO}]{{2,}}){{1,2}}(?![\w-]|['’](?!s\b))")


_HYPHEN_NAME_BEFORE = re.compile(rf"(?<![\w'’-])([{_UP}][{_LO}]+)-[{_LO}]{{2,}} $")
HYPHEN_NAME_PART = -12.0  # its first part rarer in lower case than about 1 in 160,000 words (soo, jae; not self, well)


def _hyphenated_given_name(text: str, m: re.Match, probs: dict[str, float]) -> bool:
    """*m* (a capitalised word opening a sentence) and a lower-case part after a hyphen are a given name (``Ji-woo``,
    ``Seo-yeon``): each part is rarer in lower case than HYPHEN_NAME_PART, English writes the first capitalised at
    least once in 12 times, and has no such compound (not ``Self-care``, ``Follow-up``, ``Somatic-experiencing``)."""
    tail = _HYPHEN_TAIL.match(text, m.end())
    return bool(tail and probs.get(m.group().lower(), UNSEEN) < HYPHEN_NAME_PART and _name_like(m.group(), probs)
                and all(probs.get(part, UNSEEN) < HYPHEN_NAME_PART for part in tail.group()[1:].split("-"))
                and text[m.start():tail.end()].lower() not in probs)


def _with_hyphen_tail(text: str, end: int) -> int:
    tail = _HYPHEN_TAIL.match(text, end)
    return tail.end() if tail else end


def _join_persons(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Neighbouring PERSON spans joined by initials or particles are one name (``Olusegun S. Dubois``
    when the study knows ``Olusegun`` and ``Dubois`` but not the initial)."""
    out: list[tuple[int, int, str]] = []
    for s, e, t in spans:
        if out and t == PERSON == out[-1][2] and _CONNECT.fullmatch(text, out[-1][1], s):
            out[-1] = (out[-1][0], e, PERSON)
        else:
            out.append((s, e, t))
    return out


def capitalised_tokens(text: str) -> list[re.Match]:
    return list(_TOKEN.finditer(text))


def _words_named(run: list[re.Match], probs: dict[str, float], allow: frozenset[str]) -> bool:
    """Every word of *run* may be a name where a salutation or an apposition names someone: no stop word, not on
    the allow-list, and a word English writes as a name or does not know."""
    return all(w.group() not in _STOP_CAPS and w.group().casefold() not in allow
               and (w.group() not in probs or _name_like(w.group(), probs)) for w in run)


def _is_title(word: str) -> bool:
    return bool(_TITLE.match(word + " "))


def cue_and_capital_names(text: str, tokens: list[re.Match], probs: dict[str, float],
                          allow: frozenset[str]) -> list[tuple[int, int, str, bool]]:
    """Names found by a cue or by capitalisation: ``(start, end, type, cued)``."""
    out, german = [], None
    for run in _runs(text, tokens):
        if len(run) == 1 and _is_title(run[0].group()):
            continue  # a title alone names no one ("Dear Doctor,", "Hello Nurse", "The nurse, Doctor, said")
        start, end = run[0].start(), run[-1].end()
        start, before = _with_particles(text, start)
        initials = _INITIALS_BEFORE.search(before, max(0, len(before) - 16))
        cued = _cue_before(before) or bool(initials and initials.group(1) and run[0].group() not in _STOP_CAPS
                                           and run[0].group().casefold() not in allow) or any(
            text[a.end():b.start()] in _OPEN_QUOTE for a, b in zip(run, run[1:]))  # a nickname inside: a full name
        if (not cued and before[-2:] == ", " and text[end:end + 1] == "," and _ROLE_APPOSITION.search(before)
                and _words_named(run, probs, allow)):
            cued = True  # "The guide, Summer, said": a name in apposition to a person's role
        if (not cued and before[-2:-1].islower() and _ROLE_BEFORE.search(before, max(0, len(before) - 16))
                and _words_named(run, probs, allow) and not any(_is_title(m.group()) for m in run)):
            cued = True  # "monitor Mercy", "the interpreter Juniper"
        if not cued and before.endswith(_SALUTATION_WORDS) and _SALUTATION.search(before):
            # "Dear Penny,", "Hi Rocky": a salutation names whom it greets, when English writes the word as a name
            # or does not know it ("Hi Team", "Dear Colleague" stay)
            cued = _words_named(run, probs, allow)
        if not cued and not _SENTENCE_END.search(before) and all(len(m.group()) >= MIN_GUESS_LEN for m in run):
            # inside a sentence a capitalised word is capitalised for a reason; with a verb of contact
            # before it ("texted Joy") or of a person after it ("Faith thinks") the reason is a name
            cued = bool((_CONTACT_BEFORE.search(before) or _PERSON_AFTER.match(text, end))
                        and all(_name_like(m.group(), probs) and m.group().casefold() not in allow
                                and m.group() not in _STOP_CAPS for m in run))
        if (not cued and len(run) == 1 and _RELATION_AFTER.match(text, end) and _name_like(run[0].group(), probs)
                and (not _SENTENCE_END.search(before) or _strongly_proper(run[0].group(), probs)
                     or _KIN_AFTER.match(text, end) and len(run[0].group()) >= MIN_GUESS_LEN
                     and run[0].group().casefold() not in _RELATION_WORDS)
                and run[0].group().casefold() not in allow and run[0].group() not in _STOP_CAPS):
            cued = True  # "I think Grace's husband left": whose husband is a person's name (a sentence's first word
            # only when English writes it capitalised, or before a kin word: "Penny's mum rang"; "Everyone's kids" is
            # no one's name)
        words = [m.group() for m in run]
        # (eighteenth round) a place's name of several words after a form's label for a place ("Suburb / town: Grand
        # Rapids", "Locality: Mount Eden"): all its words, the first not dropped as capitalised by position
        # Rapids", "Locality: Mount Eden", "Medical centre you go to: Glenhollow Talking Therapies", "Town: Roath"), when a
        # word of it English writes capitalised or never writes in lower case, or it ends in a place noun ("Palm
        # Springs"); not "Adult Mental Health", "Setting: Telehealth", "Venue: Zoom"
        # Likewise a person's name after a label asking for one ("Previous surname: Parekh", "Your name: Anahera Rua").
        label_value = (not cued and before[-2:] in (": ", "? ") and form_label_kind(text, start) is not None
                       and all(w not in _STOP_CAPS and w.casefold() not in allow and not _is_title(w)
                               and w not in _CALENDAR_WORDS for w in words)
                       and (words[-1] in _FACILITY_HEADS or not _common_plural(words[-1], probs))
                       and (len(words) > 1 and words[-1] in _PLURAL_PLACE or any(
                           len(w) >= MIN_GUESS_LEN and (_strongly_proper(w, probs) or probs.get(w.lower(), UNSEEN) <= LABEL_VALUE_LOWER
                                                        or probs.get(w, UNSEEN) > probs.get(w.lower(), UNSEEN) and _VALUE_END.match(text, end))
                           for w in words)))
        if (not cued and len(run) == 1 and words[0].count("-") == 1 and _SENTENCE_END.search(before)
                and all(w[:1].isupper() and probs.get(w.lower(), UNSEEN) < HYPHEN_NAME_PART and _name_like(w, probs)
                        and w.casefold() not in allow and w not in _STOP_CAPS for w in words[0].split("-"))
                and probs.get(words[0].lower(), UNSEEN) <= LABEL_VALUE_LOWER and words[0].casefold() not in allow
                and not words[0].split("-")[0].endswith("o")):
            # (eighteenth round) "Jean-Luc and I ...", "Anne-Marie was there": two given names joined, opening a sentence;
            # not a combining form's compound ("Anglo-Saxon", "Afro-Caribbean", "Franco-German")
            cued = True
        if (not cued and text[end:end + 1] == "-" and len(run) == 1 and _SENTENCE_END.search(before)
                and _hyphenated_given_name(text, run[0], probs)):
            cued = True  # "Ji-woo said ...": a given name with a lower-case part no English compound has
        if not cued:
            if _SENTENCE_END.search(before) and len(run) == 1 and _unknown_before_person_verb(text, run[0], probs, allow):
                cued = True  # "Dragana says ...": a word English never writes, then a verb of a person
            elif (_SENTENCE_END.search(before) and len(run) > 1 and _name_like(words[0], probs)
                  and words[0].casefold() not in allow and not _is_title(words[0])
                  and words[0] not in _HONORIFICS and probs.get(words[0], UNSEEN) < OPENER_NAME
                  and not words[0].endswith("ly") and all(_strongly_proper(w, probs) and w.casefold() not in allow
                                                               and w not in _CALENDAR_WORDS for w in words[1:])):
                pass  # "Faith Tsang said ...": a word that is also a name, opening a name English writes capitalised
            elif before.endswith(": ") and len(run) == 1 and _family_before_given(text, run[0], probs, allow):
                pass  # (thirteenth round) "Reported by: Leblanc, Andrew": a family name, a comma and a given name
            elif label_value:
                pass
            elif _SENTENCE_END.search(before) and (not _strongly_proper(words[0], probs) or words[0] in _TITLE_ONLY):
                # the first word is capitalised by position: no evidence unless English writes it so
                run, words = run[1:], words[1:]
                if not run:
                    continue
                start, before = _with_particles(text, run[0].start())  # "Nurse van der Berg": Berg's run
                initials = _INITIALS_BEFORE.search(before, max(0, len(before) - 16))  # "Officer M. Popescu"
            if all(w in _STOP_CAPS or w in _WEEKDAY_ABBR for w in words) or (
                    words[0] in _WEEKDAY_ABBR and all(w in _CALENDAR_WORDS for w in words)):
                continue  # (tenth round) a weekday's abbreviation alone is no name ("| Mon | 09:30 |"); (twelfth
                # round) nor with a month's after it ("Mon Dec 14, 2019": a date's)
            place = label_value or (_PLACE_BEFORE.search(before) and not _SENTENCE_END.search(before)
                     # "at Sunday Mass" is no place; "near Little Haiti", "in Little Italy" are: a quarter named
                     # after a country the allow-list keeps
                     and (not any(w.casefold() in allow for w in words) or len(words) > 1 and words[0] in _QUARTER_PREFIX)
                     and (not _common_plural(words[-1], probs) if len(words) > 1
                          # one word capitalised inside a sentence after a place cue, which English writes
                          # so at least once in 12 times and hardly writes in lower case: a place ("near
                          # Hilo"; not "at Work", "to Court", "into Detox", "from Mother")
                          else len(words[0]) >= MIN_GUESS_LEN and _name_like(words[0], probs)
                          and probs.get(words[0].lower(), UNSEEN) <= NAME_PART_LOWER
                          and words[0] not in _STOP_CAPS))
            if not place and not any(len(w) >= MIN_GUESS_LEN and is_proper(w, probs) and w.casefold() not in allow
                                     and w not in _STOP_CAPS for w in words):
                continue  # (a multi-word place, "in Little Rock", needs no word of it to be a name)
            if german is None:
                german = _german_text(text)
            if german and german_nouns(text, start, end, words, probs, allow):
                continue  # (eleventh round) a German noun, capitalised by German's rule ("die Sitzung", "Meine Grossmutter")
        name = text[start:end]
        if all(w in _CHURCH_WORDS for w in words):
            continue  # (twelfth round) "the same Orthodox church": a kind of church
        if (name.casefold() in allow or all(w.casefold() in allow for w in words) or _in_allowed_possessive(
                text, start, end, allow)) and not (cued and len(words) == 1 and before.endswith(" ") and words[0].isalpha()
                                                   and words[0] not in _CALENDAR_WORDS and words[0] not in _STOP_CAPS
                                                   and words[0].casefold() in _allowed_places()
                                                   and (_KIN_RIGHT_BEFORE.search(before, max(0, len(before) - 40))
                                                        or _TITLE_RIGHT_BEFORE.search(before, max(0, len(before) - 8)))):
            continue  # (twenty-second round: a kin word right before an allowed word names a person, "my sister Georgia")
        kind = LOCATION if (_PLACE_BEFORE.search(before) and not cued and not _OCCASION_AFTER.match(text, end)
                            and not (words[0] not in _HOME_NOT_FIRST and _HOME_POSSESSIVE_AFTER.match(text, end))
                            and not (before.endswith("from ") and _PERSON_FROM.search(before, max(0, len(before) - 30)))) else PERSON
        if kind == PERSON and not cued and (len(words) > 1 and words[-1] in _FACILITY_HEADS or _WHERE_AFTER.match(text, end)
                                            or before.endswith(": ") and _PLACE_LABEL.search(before)
                                            or before[-2:] in (": ", "? ") and form_label_kind(text, start) == LOCATION):
            kind = LOCATION  # (thirteenth round) "Fernhill Counselling Service", "Site: Galway"
        facility = None if cued or _ARTICLE_BEFORE.search(before) else _FACILITY_AFTER.match(text, end)
        if facility:  # a named facility: the kind word is part of its name
            end, kind = facility.end(), LOCATION
        elif kind == PERSON:  # (a place typed by its head or label above takes no initial or suffix)
            initial = _TRAILING_INITIAL.match(text, end)
            end = initial.end() if initial else _with_hyphen_tail(text, end)
            end = _with_suffix(text, end)
            hyphenated = _HYPHEN_NAME_BEFORE.search(text, max(0, start - 30), start)
            if hyphenated and probs.get(hyphenated.group(1).lower(), UNSEEN) < HYPHEN_NAME_PART:  # not Follow-up
                start = hyphenated.start()  # "Soo-ah Hwang": a given name with a lower-case part before it
            elif initials and text[start - len(initials.group()):start] == initials.group():
                start -= len(initials.group())  # "K. R. Nandini", "J Gurung": the initials are part of the name
        out.append((start, end, kind, cued))
    out += [(s, e, t, True) for s, e, t in spelled_names(text, probs) + capitals_names(text, probs, allow)
            + other_script_names(text) + surname_comma_given_names(text, probs, allow)
            + mention_full_names(text, probs, allow) + kin_in_brackets_names(text, probs, allow)
            + caret_names(text, probs, allow) + broken_line_names(text, probs, allow)
            + barrio_names(text, probs, allow) + service_places(text, probs, allow)
            + is_my_relation_names(text, probs, allow) + saint_places(text, probs, allow) + saint_facilities_lower(text, probs, allow)
            + colon_label_names(text, probs, allow) + timestamp_label_names(text, probs, allow)
            + role_label_names(text, probs, allow) + compass_abbreviation_places(text, probs, allow)
            + caps_label_values(text, probs, allow) + signed_names(text, probs, allow)
            + elongated_names(text, probs, allow)]
    out += [(s, e, t, True) for s, e, t in nickname_in_brackets_names(text, probs, allow)]
    if "-\n" in text:  # (eleventh round) a name broken at a line's end goes on after it ("Wor Ros-\nado"); a word
        # capitalised and broken is judged whole ("The Anxi-\nety": Anxiety, no name)
        out = [span for span in (_over_broken_tail(text, *span, probs) for span in out) if span]
    return _places_joined(text, out) if ", " in text else out


# (twenty-fifth round) the value of a form's or a letter's signature line ("Signed: Marsh", "Signature: jasmine",
# "Signed by: Rob Heath"): a signature is a person's name whatever English makes of its words (a family name that is a
# word, "Marsh", "Bush"; a given name typed in lower case, "jasmine"), up to three words ending the line; not a common
# word ("Signed: yes", "Signature: client", "Signed: n/a", "Signed: Mum" -- a kin word)
_SIGNED = re.compile(rf"(?:^|\n)(?:[^\n:]{{1,30}}: )?(?:Signed|Signature|SIGNED|SIGNATURE|Signed by|Signed off by|Sign-off)"
                     rf"(?: \([^\n)]{{1,30}}\))?: ([{_UP}{_LO}][{_LO}'’-]+(?: [{_UP}{_LO}][{_LO}'’-]+){{0,2}})[ \t]*(?=\n|$)")
SIGNED_COMMON = -11.0  # a signature's word more common than this in lower case is a word (yes, client, patient, self)


def signed_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    if "Sign" not in text and "SIGN" not in text:
        return []
    out = []
    for m in _SIGNED.finditer(text):
        words = m.group(1).split()
        if all(len(w) >= 2 and w.casefold() not in allow and w.casefold() not in _RELATION_WORDS and w not in _STOP_CAPS
               and w not in _CALENDAR_WORDS and not _is_title(w) and probs.get(w.lower(), UNSEEN) < SIGNED_COMMON
               for w in words):
            out.append((m.start(1), m.end(1), PERSON))
    return out


# (twenty-fifth round) a name typed with its last letter drawn out, as chats and texts write a friend ("talking to
# keelyyy", "went round to hamishhhh's", "miss u emmaaa"): a lower-case word ending in one letter three times or more
# that, with the letter once or twice, English writes as a name (capitalised more than in lower case: not "sooo",
# "yesss", "pleaseee", "hiii", "lolll", "loveee")
_ELONGATED = re.compile(rf"(?<![\w'’@./-])([{_LO}]{{2,20}}?)([{_LO}])\2{{2,}}(?=['’]s\b|(?![\w'’@-]))")
_ELONGATED_GATE = re.compile(r"([a-z])\1\1")


def elongated_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    if _ELONGATED_GATE.search(text) is None:
        return []
    out = []
    for m in _ELONGATED.finditer(text):
        base, letter = m.group(1), m.group(2)
        if (probs.get(base + letter, UNSEEN) > COMMON_WORD or probs.get(base, UNSEEN) > COMMON_WORD
                or base + letter in _RELATION_WORDS or base + letter in _ADDRESS_WORDS):
            continue  # a common word drawn out ("mummm", "daddd", "gooood")
        for word in (base + letter, base + letter * 2):
            if (len(word) >= MIN_LOWER_LEN and word not in allow and word not in _RELATION_WORDS
                    and probs.get(word, UNSEEN) < NAME_PART_LOWER and _capitalised_more(word, probs)):
                out.append((m.start(), m.end(), PERSON))
                break
    return out


# (eleventh round) a neighbourhood or district with the Spanish word that says so before it, as Colombian, Puerto Rican,
# Mexican and Argentine talk and records name them ("barrio El Poblado", "sector Buen Consejo", "Bo. Caimito" -- barrio
# abbreviated --, "colonia Roma", "vereda La Esperanza", "Comuna 13"): one LOCATION with the word; the name's words are
# not stop words or allowed, and one of them English writes as a name or does not know ("the public sector The" stays)
_BARRIO_WORD = r"(?:[Bb]arrio|[Ss]ector|[Cc]omuna|[Cc]olonia|[Vv]ereda|[Cc]orregimiento|[Mm]unicipio|[Cc]aserío|[Pp]oblado|Bo\.)"
_BARRIO = re.compile(rf"(?<![\w.]){_BARRIO_WORD} ((?:(?:{_PARTICLE}|El|La|Los|Las|San|Santa) )?[{_UP}][{_LO}]+"
                     rf"(?: (?:(?:de|del|la|las|los|el) )?[{_UP}][{_LO}]+){{0,2}})(?![\w'’-])|(?<![\w.])[Cc]omuna \d{{1,2}}(?!\d)")
_BARRIO_GATE = re.compile(r"arrio |ector |omuna |olonia |ereda |orregimiento |unicipio |aserío |oblado |Bo\. ")


def barrio_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    if _BARRIO_GATE.search(text) is None:
        return []
    out = []
    for m in _BARRIO.finditer(text):
        if m.group(1) is None:
            out.append((m.start(), m.end(), LOCATION))
            continue
        words = [w for w in m.group(1).split() if w[:1].isupper()]
        if (all(w not in _STOP_CAPS and w not in _CALENDAR_WORDS and w.casefold() not in allow for w in words)
                and any(w not in probs or is_proper(w, probs) for w in words)):
            out.append((m.start(), m.end(), LOCATION))
    return out


# (eleventh round) a place, a comma and the larger place it lies in, as addresses of the world, notes and talk name a
# town ("Savusavu, Vanua Levu", "Ōtara, South Auckland", "Port Hedland, the Pilbara", "Mount Druitt, western Sydney"):
# one LOCATION, when the first was found as a place and the second as a name no cue made a person's (the comma between
# two spans was left, so the place read as two); not a state or country the allow-list keeps ("Dubbo, Australia": the
# country stays; a US, Canadian or Australian state goes with its town since the seventeenth round, _state_joined)
_PLACE_COMMA = re.compile(r", (?:the |(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|"
                          r"outer|inner|rural|regional|greater) )?")


def _places_joined(text: str, out: list[tuple[int, int, str, bool]]) -> list[tuple[int, int, str, bool]]:
    if not any(t == LOCATION and text[e:e + 2] == ", " for _, e, t, _ in out):
        return out
    starts: dict[int, list[tuple[int, int, str, bool]]] = {}
    for span in out:
        starts.setdefault(span[0], []).append(span)
    joined = []
    for s, e, t, c in out:
        if t == LOCATION and text[e:e + 2] == ", ":
            comma = _PLACE_COMMA.match(text, e)
            nxt = [n for n in starts.get(comma.end(), ()) if n[2] == LOCATION or not n[3]]
            if nxt:
                # (twenty-first round) a state or region of more words than the name found ("Tauranga, Bay of
                # Plenty": "Bay" found) whole (_STATE_AFTER)
                state = _STATE_AFTER.match(text, e)
                e = max([n[1] for n in nxt] + ([state.end()] if state else []))
        joined.append((s, e, t, c))
    return joined


# (eleventh round) a given name, a nickname in brackets and a family name, as notes, forms and records write a person
# ("Jesús (Chucho) Drover", "Robert (Bobby) Nakash"): one PERSON, the nickname inside it, when English writes the first
# and last words mostly capitalised or does not know them and the bracket holds no relation, role or allowed word ("Leeds (United
# Kingdom) Trust", "Sarah (Therapist) Okay" stay)
_NICK_WORD = rf"[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?"
_NICKNAME_IN_BRACKETS = re.compile(rf"(?<![\w'’-])({_NICK_WORD}) \(({_NICK_WORD}(?: {_NICK_WORD})?)\) "
                                   rf"({_NICK_WORD}(?: {_NICK_WORD})?)(?![\w'’-])")


def nickname_in_brackets_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    if ") " not in text or " (" not in text:
        return []
    out = []
    for m in _NICKNAME_IN_BRACKETS.finditer(text):
        names = [m.group(1), *m.group(3).split()]
        nick = m.group(2).split()
        if (all(w not in _STOP_CAPS and w.casefold() not in allow and not _is_title(w) and w not in _CALENDAR_WORDS
                and (w not in probs or is_proper(w, probs)) for w in names)
                and all(w not in _STOP_CAPS and w.casefold() not in allow and not _is_title(w)
                        and w.casefold() not in _RELATION_WORDS and w not in _CALENDAR_WORDS for w in nick)):
            out.append((m.start(), m.end(), PERSON))
    return out


def _over_broken_tail(text: str, s: int, e: int, t: str, cued: bool, probs: dict[str, float]):
    end = _broken_tail_end(text, e)
    if end == e:
        return s, e, t, cued
    word = text[s:e].split()[-1] + text[e + 2:end]
    if not cued and word in probs and not is_proper(word, probs):
        return None
    return s, end, t, cued


# (eleventh round) German capitalises every noun: in a German sentence of code-switched talk or a German line of a
# note ("Nächste Sitzung: Montag, bitte nüchtern kommen", "Meine Grossmutter ist 93 und sie versteht nicht") a capitalised
# word is no evidence of a name unless English knows it as one (Zürich, Anna); a cue still is.  A German sentence: two
# different German function words no English word is spelled as, near the word (lower case: not a name, "Des", "Wie")
_GERMAN_WORDS = re.compile(r"(?<![\w'’-])(?:und|nicht|ich|ist|bitte|warum|aber|auch|sind|habe|meine|mein|wir|sie|dem|"
                           r"eine|einen|einem|einer|zur|zum|vom|beim|für|über|mit|noch|schon|sehr|wie|wenn|dass|oder|"
                           r"unter|nach|bei|uns|mich|mir|sich|keine|kein|nächste|nächsten|bis|vor|zu|ein|kommen|heute|gestern|danke|"
                           r"Sie|Ihre|Ihnen|Bitte|Danke|Nächste)(?![\w'’-])")
GERMAN_WINDOW = 100  # characters either side of a word


def _german_text(text: str) -> bool:
    """Cheap: *text* has two different German function words anywhere."""
    first = _GERMAN_WORDS.search(text)
    return first is not None and any(m.group() != first.group() for m in _GERMAN_WORDS.finditer(text, first.end()))


def _in_german(text: str, start: int, end: int) -> bool:
    found = {m.group() for m in _GERMAN_WORDS.finditer(text, max(0, start - GERMAN_WINDOW), end + GERMAN_WINDOW)}
    return len(found) >= 2


def german_nouns(text: str, start: int, end: int, words, probs: dict[str, float], allow: frozenset[str]) -> bool:
    """The capitalised *words* at *start*..*end* stand in a German sentence and none is a name English knows as one
    (not allowed): German nouns, no evidence of a name (for the rules and the recogniser alike).  Callers test
    :func:`_german_text` first, once a text."""
    return _in_german(text, start, end) and not any(
        w in probs and _strongly_proper(w, probs) and w.casefold() not in allow for w in words)


# (eleventh round) the capitalised words right before and after a span: the recogniser may tag part of an allowed name
# ("South" of "New South Wales", which the rules keep whole), as may a name the study learnt elsewhere ("South" of
# "South Auckland")
_CAP_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'’-]* ){1,3}$")
_CAP_WORDS_AFTER = re.compile(r"(?: [A-Z][\w'’-]*){1,3}")


def inside_allowed(text: str, start: int, end: int, allow: frozenset[str]) -> bool:
    """The span is part of a longer allow-listed name of capitalised words around it."""
    before = _CAP_WORDS_BEFORE.search(text, max(0, start - 60), start)
    after = _CAP_WORDS_AFTER.match(text, end)
    if before is None and after is None:
        return False
    left = before.group().split() if before else []
    right = after.group().split() if after else []
    span = text[start:end]
    return any(" ".join(left[len(left) - i:] + [span] + right[:j]).casefold() in allow
               for i in range(len(left) + 1) for j in range(len(right) + 1) if i or j)


def _broken_tail_end(text: str, end: int) -> int:
    tail = _BROKEN_TAIL.match(text, end) if text[end:end + 2] == "-\n" else None
    return tail.end() if tail else end


# (ninth round) a capitalised word in Cyrillic or Greek letters inside talk written in Latin letters ("Babcia cried
# when Надія left", "It was Галина's idea"): English transcripts and notes keep a person's name in its own script
# where they would transliterate any other word; not in a turn with a word of that script in lower case (a quoted
# phrase, "she said спасибо")
_OTHER_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_OTHER_SCRIPT_LOWER_WORD = re.compile(r"(?<![\w'’-])[\u03ac-\u03ce\u0430-\u045f\u0491]")
_OTHER_SCRIPT_NAME = re.compile(r"(?<![\w'’-])[\u0391-\u03a9\u0386\u0388-\u038f\u0400-\u042f]"
                                r"[\u03ac-\u03ce\u0430-\u045f\u0491\u0454\u0456\u0457'’]{2,}(?![\w-])")
_LATIN_LETTER = re.compile(r"[A-Za-z]")


def other_script_names(text: str) -> list[tuple[int, int, str]]:
    if _OTHER_SCRIPT.search(text) is None:
        return []
    if _OTHER_SCRIPT_LOWER_WORD.search(text) or not _LATIN_LETTER.search(text):
        return []
    return [(m.start(), m.end(), PERSON) for m in _OTHER_SCRIPT_NAME.finditer(text)]


# a generational suffix after a name ("Tariq Xiong Jr.", "Zofia Two Bulls III"); the full stop of "Jr." only when
# the sentence goes on (as after an initial)
_SUFFIX_AFTER = re.compile(r",?\s(?:Jr|Sr)\.?(?=\s+[a-z]|\s*[,;!?]|\s*$)|,?\s(?:Jr|Sr)\b|\s(?:II|III|IV)\b")
_SUFFIX_DOT = re.compile(r"\.(?=\s+[a-z]|\s*[,;!?]|\s*$|['’]s\b)")  # (tenth round: "Harlan Cole Sr.'s")


def _with_suffix(text: str, end: int) -> int:
    """The end of a name with its suffix: ``Jr.``, ``Sr``, ``III`` after it, or the full stop of a ``Jr`` it holds."""
    if text[end - 3:end] in (" Jr", " Sr"):
        dot = _SUFFIX_DOT.match(text, end)
        return dot.end() if dot else end
    suffix = _SUFFIX_AFTER.match(text, end)
    return suffix.end() if suffix else end


# a name spelled out after it, letter by letter ("Ahiga, A-H-I-G-A"): a word is spelled out when it is a name
_SPELLED = re.compile(rf"(?<![\w'’-])([{_UP}{_LO}][{_UP}{_LO}'’-]+),?\s+((?:[{_UP}{_LO}]-){{2,}}[{_UP}{_LO}])(?![\w-])")


# (eighth round) a word spelled out alone, four capitals or more joined by hyphens ("A-N-N-E-K-E was there"): a name
# spelled for the record, when the word is one English writes as a name or does not know (not "F-I-N-E", "H-E-L-P",
# "Y-E-S": common words spelled for emphasis)
_SPELLED_ALONE = re.compile(rf"(?<![\w'’-])(?:[{_UP}]-){{3,}}[{_UP}](?![\w-])")
SPELLED_COMMON = -11.0  # a spelled word this common in lower case is emphasis (yes, please), not a name


# (ninth round) a name spelled after it with its letters apart, as said on the phone and written by speech recognition
# ("Kai that's k a i", "Noor, spelled N O O R"), or its first letter by a word ("Anya, A as in Apple N Y A"): the
# letters must spell the word, so no word is taken that is not spelled
_SPELLED_SPACED = re.compile(rf"(?<![\w'’-])([{_UP}{_LO}][{_UP}{_LO}'’-]+)(?:,? (?:that's|that is|thats|that’s|spelled|spelt)|,)"
                             rf" ((?:[{_UP}{_LO}] ){{1,}}[{_UP}{_LO}])(?![\w'’-])")
_SPELLED_AS_IN = re.compile(rf"(?<![\w'’-])([{_UP}{_LO}][{_UP}{_LO}'’-]+),? ([{_UP}{_LO}]) as in [{_UP}{_LO}][{_LO}]+"
                            rf"((?: [{_UP}{_LO}])+)(?![\w'’-])")
_SPELLED_GATE = re.compile(r"(?<![\w'’])[A-Za-z] [A-Za-z] [A-Za-z](?![\w'’])| as in ")


def _spells(letters: str, word: str) -> bool:
    return letters.replace("-", "").replace(" ", "").casefold() == re.sub(r"[-'’]", "", word).casefold()


def spelled_names(text: str, probs: dict[str, float] | None = None) -> list[tuple[int, int, str]]:
    """A word followed by its own spelling (``Kaitlyn, K-A-I-T-L-Y-N``, ``Kai that's k a i``, ``Anya, A as in Apple
    N Y A``): one PERSON, the spelling included; and a name spelled out alone (``R-O-S-A-L-I-N-D``) when *probs* are
    given."""
    out = []
    if (" as in " in text or "that" in text or "spel" in text or ", " in text) and _SPELLED_GATE.search(text):
        out += [(m.start(), m.end(), PERSON) for m in _SPELLED_SPACED.finditer(text) if _spells(m.group(2), m.group(1))]
        out += [(m.start(), m.end(), PERSON) for m in _SPELLED_AS_IN.finditer(text)
                if _spells(m.group(2) + m.group(3), m.group(1))]
    if "-" not in text:
        return out
    out += [(m.start(), m.end(), PERSON) for m in _SPELLED.finditer(text) if _spells(m.group(2), m.group(1))]
    for m in _SPELLED_ALONE.finditer(text) if probs is not None else ():
        word = m.group().replace("-", "").capitalize()
        if word not in probs or is_proper(word, probs) and probs.get(word.lower(), UNSEEN) < SPELLED_COMMON:
            out.append((m.start(), m.end(), PERSON))
    return out


# a word in capitals ("SANDHU says", "Officer VILLASEÑOR"): a name when English never writes it so (acronyms it does:
# NICU, DBT, PTSD) and writes it capitalised, rarely in lower case -- or not at all -- and a cue says a person
_CAPS_WORD = re.compile(rf"\b(?<!['’-])[{_UP}]{{3,}}(?:-[{_UP}]{{2,}})?(?![\w'’-]|\.\w)")


# (eighth round) a family name in capitals, a comma and a given name, as records, lists and letters write a person
# ("BREWER, Rocky", "Dr HOEKSTRA, Jürgen"): one name, the comma inside it
# (tenth round: also a given name in capitals before a middle initial, as EHR headers print a patient, "VILLARREAL,
# KRYSTAL K")
_GIVEN_AFTER_CAPS = re.compile(rf", ([{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?|[{_UP}]{{2,}}(?= [{_UP}]\.?(?![\w'’-])))(?![{_UP}{_LO}])")
_BARE_INITIAL = re.compile(rf" [{_UP}]\.?(?![\w'’-])")
CAPS_ACRONYM = -16.0  # a word in capitals English writes so more often than this is an acronym (NHS, MRN, DOB)


def _caps_family_name(text: str, m: re.Match, probs: dict[str, float], allow: frozenset[str]) -> int | None:
    """The end of ``SURNAME, Given`` when the capitals at *m* open one, else None."""
    given = _GIVEN_AFTER_CAPS.match(text, m.end())
    if given is None:
        return None
    w, g = m.group(), given.group(1)
    caps_given = g.isupper()
    g = g.capitalize() if caps_given else g
    cap = w.capitalize()
    if cap not in probs and w.isascii() and (len(w) < 5 or sum(c in "AEIOUY" for c in w) < 2):
        return None  # an acronym English does not know (AMHP, IDVA): a surname it does not know is longer; (ninth
        # round) a letter English does not use is in no English acronym ("ŻAK, Wiesław")
    if (probs.get(w, UNSEEN) > CAPS_ACRONYM or w.casefold() in allow or cap in probs and not is_proper(cap, probs)
            or g in _STOP_CAPS or g.casefold() in allow
            or g in probs and not (is_proper(g, probs) or _name_like(g, probs))):
        return None
    if caps_given:  # "KUBIAK, LORENE A": the initial is what makes two words in capitals one person
        return _BARE_INITIAL.match(text, given.end()).end()
    initial = _TRAILING_INITIAL.match(text, given.end())  # "OKAFOR, Adaeze N."
    return initial.end() if initial else _with_hyphen_tail(text, given.end())


# (tenth round) a family name, a comma, a given name and a middle initial, as records, sign-in sheets and EHR lists
# write a person ("Vang, Nguyet C.", "Okonjo, Annabeth B."): one name; the initial tells it from a list of two words
# ("Leeds, Bradford and York"); both words written as names, neither on the allow-list nor a stop word
_SURNAME_COMMA_GIVEN = re.compile(rf"(?<![\w'’-])([{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?(?:-[{_UP}][{_LO}]+)?), ([{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)?) [{_UP}]\.(?=['’]s\b|(?![\w'’-]))")


# (tenth round) a chat's @-mention of a display name, the given name and the family name or its initial after it, as
# Teams and Slack exports write them ("@Wanjiku Otieno can you", "@Jean-Paul B. thanks"): one name
_MENTION_FULL_NAME = re.compile(rf"(?<![\w.@])@[{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)* ([{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)*"
                                rf"|[{_UP}]\.)(?![\w'’@-])")


def mention_full_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """``@Given Family``: one PERSON, when the second word may be a name (not ``@Grace Can you``)."""
    if "@" not in text:
        return []
    return [(m.start(), m.end(), PERSON) for m in _MENTION_FULL_NAME.finditer(text)
            if len(m.group(1)) == 2 or m.group(1) not in _STOP_CAPS and m.group(1).casefold() not in allow
            and (m.group(1) not in probs or is_proper(m.group(1), probs))]


# (tenth round) a name with its relation in brackets after it, as notes and forms list family and contacts
# ("Emergency contact: Bo (brother)", "lives with Nomsa Dube (daughter)"): the bracket says a person
_KIN_IN_BRACKETS = re.compile(rf"(?<![\w'’-])([{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?: [{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?)?)"
                              rf" \((?i:{_KIN})\)")


_KIN_BRACKET_GATE = re.compile(rf" \((?i:{_KIN})\)")
_SURNAME_COMMA_GATE = re.compile(r", \w+ \w\.")  # (speed: a cheap test before the pattern)


def kin_in_brackets_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """``Name (brother)``: the name, one PERSON, when English writes its words as names or does not know them
    (not a form's label, ``Emergency Contact (brother):``)."""
    if " (" not in text or _KIN_BRACKET_GATE.search(text) is None:
        return []
    out = []
    for m in _KIN_IN_BRACKETS.finditer(text):
        words = m.group(1).split()
        if all(w not in _STOP_CAPS and w.casefold() not in allow and not _is_title(w)
               and w.casefold() not in _RELATION_WORDS and (w not in probs or _name_like(w, probs)) for w in words):
            out.append((m.start(1), m.end(1), PERSON))
    return out


# (eleventh round) a person as an HL7 v2 message writes one (a name field, XPN): the family name, the given name and a
# middle initial joined by carets, in capitals or capitalised ("OKONJO^ADAEZE^N", "Reyes^Maria"), in the message or
# pasted into a note: one PERSON.  With its initial a name when a part is one English writes mostly capitalised or does
# not know; without it, when both are ("MTH^MOTHER", "SPO^Spouse", a relation's code and text, stay); never a part after
# a caret (an address's "^^LOGAN^QLD" is the address rules'), nor one with a digit ("ORU^R01")
_CARET_PART = rf"[{_UP}](?:[{_UP}'’-]*[{_UP}]|[{_LO}'’-]*[{_LO}])"
_CARET_NAME = re.compile(rf"(?<![\w^'’-])({_CARET_PART})\^({_CARET_PART})(\^[{_UP}])?(?=['’]s\b|(?![\w'’-]|\^\w))")  # (a possessive after)


def _caret_part_named(part: str, probs: dict[str, float], allow: frozenset[str]) -> bool:
    w = part.capitalize() if part.isupper() else part
    return (w not in _STOP_CAPS and w.casefold() not in allow and not _is_title(w)
            and w.casefold() not in _RELATION_WORDS and (w not in probs or is_proper(w, probs)))


def caret_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """``FAMILY^GIVEN^I``: one PERSON."""
    if "^" not in text:
        return []
    out = []
    for m in _CARET_NAME.finditer(text):
        named = [_caret_part_named(m.group(i), probs, allow) for i in (1, 2)]
        if (any(named) and m.group(3)) or all(named):
            out.append((m.start(), m.end(), PERSON))
    return out


# (eleventh round) a capitalised word broken at a line's end with a hyphen, as text pasted from a PDF, an OCR'd letter
# or a fixed-width export breaks it ("Kil-\nochchi", "Mr Pol-\nglase"): the two halves are one word, judged as one:
# a name when English writes the whole capitalised ("Stromness") or does not know it and it is no typo or compound
# of common words (not "Thera-\npy", "Self-\ncare"); a sentence's first word only when English writes it capitalised
_BROKEN_WORD = re.compile(rf"(?<![\w'’-])([{_UP}][{_LO}]+)-\n([{_LO}]+)(?![\w'’-])")
_BROKEN_TAIL = re.compile(rf"-\n[{_LO}]+(?![\w'’-])")


def broken_line_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    if "-\n" not in text:
        return []
    out = []
    for m in _BROKEN_WORD.finditer(text):
        word = m.group(1) + m.group(2)
        if word.casefold() in allow or word in _STOP_CAPS or _is_title(word) or len(word) < MIN_LOWER_LEN:
            continue
        before = text[max(0, m.start() - 40):m.start()]
        if _SENTENCE_END.search(before) and not _cue_before(before):
            named = _strongly_proper(word, probs)
        elif word in probs:
            named = is_proper(word, probs)
        else:
            low = word.lower()
            named = word.isascii() is False or not (_typo_of_common_word(low, probs) or _compound_of_words(low, probs))
        if named:
            start = m.start() - 1 if text[m.start() - 1:m.start()] == "@" else m.start()  # "@Kal-\nonji"
            out.append((start, m.end(), LOCATION if _PLACE_BEFORE.search(before) else PERSON))
    return out


def surname_comma_given_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """``Surname, Given I.``: one PERSON."""
    out = []
    if ", " not in text or _SURNAME_COMMA_GATE.search(text) is None:
        return out
    for m in _SURNAME_COMMA_GIVEN.finditer(text):
        words = (m.group(1), m.group(2))
        if all(w not in _STOP_CAPS and w not in _CALENDAR_WORDS and w.casefold() not in allow and not _is_title(w)
               and (w not in probs or is_proper(w, probs) or _name_like(w, probs)) for w in words):
            out.append((m.start(), m.end(), PERSON))
    return out


# (eighteenth round) a form's value typed in capitals after a label that asks for a person or a place (:func:`form_label_kind`:
# "Preferred name: JORDAN ASHWORTH", "Emergency contact name: MERE EASTWOOD (mum)", "Suburb / town: BALLINA", "Doctor's
# name: Dr KIRSTY SUTCLIFFE"): one to three words in capitals, the whole value (up to a line's end, a bracket, a comma or a
# full stop); each word one English writes as a name or does not know and no acronym English knows ("Town: N/A",
# "Main concern: PTSD", "Locality: NOT SURE", "GP surgery: NHS" stay)
_CAPS_VALUE = re.compile(rf"[:?] ((?:(?:Dr|DR|Mr|MR|Mrs|MRS|Ms|MS)\.? )?)((?:[{_UP}]['’])?[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?(?: (?:[{_UP}]['’])?[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?){{0,2}})"
                         r"(?=[ \t]*(?:$|\n|\(|,|;|\.(?!\w)| - ))")


def _caps_name_word(w: str, probs: dict[str, float], allow: frozenset[str]) -> bool:
    if w.casefold() in allow or len(w) < 3 or probs.get(w, UNSEEN) > probs.get(w.capitalize(), UNSEEN):
        return False  # an acronym: English writes it in capitals more than capitalised ("PTSD", "NHS", "GAD")
    part = re.split(r"['’-]", w)[-1]
    cap, low = probs.get(part.capitalize()), probs.get(part.lower(), UNSEEN)
    if cap is None:  # unknown, or known in capitals only (an acronym: "CAMHS")
        return part not in probs and low <= NAME_PART_LOWER
    return is_proper(part.capitalize(), probs)  # the label asks for a name: "JOHN", "SAM" too


def caps_label_values(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """The values of :data:`_CAPS_VALUE`, typed by their label."""
    out = []
    for m in _CAPS_VALUE.finditer(text):
        kind = PERSON if m.group(1) else form_label_kind(text, m.start(1))
        if kind is None or not all(_caps_name_word(w, probs, allow) for w in m.group(2).split()):
            continue
        out.append((m.start(2), m.end(2), kind))
    return out


_DROP_UPPER = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_DROP_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")


def mostly_capitals(text: str) -> bool:
    """Whether more than half of *text*'s letters are capitals (``c.isupper()`` against ``c.isalpha()``).
    (speed, sixth pass) in ASCII the letters are A-Z and a-z, counted by deleting them (``str.translate``): a loop
    over a whole document's characters in Python was a tenth of the name rules' time in learning (heldout29)."""
    if text.isascii():
        upper = len(text) - len(text.translate(_DROP_UPPER))
        return upper * 2 > upper + len(text) - len(text.translate(_DROP_LOWER))
    return sum(c.isupper() for c in text) * 2 > sum(c.isalpha() for c in text)


# (twenty-sixth round) a second word in capitals right after one (a given name's), the pair one person's name when this
# word is a name's too: English writes it capitalised and hardly in lower case, or does not know it and it has vowels
# (a family name, "ROWNTREE"; not an acronym, "IAPT", "CAMHS", nor a word, "PLEASE HELP", "GOOD NEWS")
_CAPS_NEXT = re.compile(rf" ([{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)(?![\w'’-]|\.\w)")


def _caps_pair_word(w: str, probs: dict[str, float], allow: frozenset[str]) -> bool:
    if w.casefold() in allow or w in _STOP_CAPS or w in probs and probs[w] > probs.get(w.capitalize(), UNSEEN):
        return False
    cap, low = probs.get(w.capitalize()), probs.get(w.lower(), UNSEEN)
    if cap is None:
        return low <= RARE_LOWER and len(w) >= 4 and sum(c in "AEIOUY" for c in w) >= 2
    return is_proper(w.capitalize(), probs) and low <= NAME_PART_LOWER


def capitals_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """Names written in capitals with a cue: a title or a verb of contact before, a verb of a person after; a family
    name in capitals before a comma and a given name."""
    out, shouting = [], None
    for m in _CAPS_WORD.finditer(text):
        w = m.group()
        comma = text[m.end():m.end() + 2] == ", "
        # an acronym English writes in capitals (NHS, PTSD); (eighteenth round) not a name English also writes in
        # capitals, less than capitalised (SHARON, EASTWOOD)
        known = w in probs and probs[w] > probs.get(w.capitalize(), UNSEEN) or w.casefold() in allow
        if known and not comma:
            continue
        if comma:  # (tenth round: before the test for shouting, which a header's "SURNAME, GIVEN I" fails)
            end = _caps_family_name(text, m, probs, allow)
            if end is not None:
                out.append((m.start(), end, PERSON))
                continue
        if shouting is None:  # a text mostly in capitals, where capitals say nothing
            shouting = mostly_capitals(text)
        if shouting:
            if ", " in text:
                continue  # a later "SURNAME, GIVEN I" is still a name
            break
        if known:
            continue
        cap, low = probs.get(w.capitalize()), probs.get(w.lower(), UNSEEN)
        pair = _CAPS_NEXT.match(text, m.end())
        if (pair and cap is not None and w not in _STOP_CAPS and is_proper(w.capitalize(), probs)
                and _caps_pair_word(pair.group(1), probs, allow)):
            out.append((m.start(), pair.end(), PERSON))  # (twenty-sixth round) "SHANE ROWNTREE", "JOHN ROWNTREE": a
            continue  # given name and a family name in capitals, each a name's word, in a text not in capitals
        if not (cap is None and low <= RARE_LOWER or cap is not None and is_proper(w.capitalize(), probs)
                and low <= NAME_PART_LOWER):
            continue
        before = text[max(0, m.start() - 40):m.start()]
        if (_TITLE.search(before) or _RELATION.search(before) or _CONTACT_BEFORE.search(before)
                or _PERSON_VERB_AFTER.match(text, m.end())
                or out and out[-1][2] == PERSON and out[-1][1] == m.start() - 1 and text[m.start() - 1] == " "):
            out.append((m.start(), m.end(), PERSON))  # (eighteenth round: and the family name after a cued given name,
            # "my sister SHARON DELANEY")
        elif _PLACE_BEFORE.search(before) and not _SENTENCE_END.search(before):
            out.append((m.start(), m.end(), LOCATION))  # (eighteenth round) "a bus from LOWESTOFT", "moved to INVERCARGILL"
    return out


# (sixteenth round) a sender naming themself in a message, as services' texts and chats open ("hi its ben from the
# counselling service", "Hi, this is wiremu, your care coordinator", "hey its tash (the other counsellor)"): the word
# after "it's"/"this is" before "from the/your", ", your" or a bracket is a PERSON when English writes it as a name or
# does not know it, or when it is capitalised inside the sentence ("its Will from the service"); not a pronoun or a
# common word ("it's me from", "this is hard, your", "its work from home")
_INTRO_GATE = re.compile(r"(?i:\bit['’]?s |\bthis is )")
_SELF_INTRO = re.compile(rf"(?<![\w'’])(?i:it['’]?s|this is) ([{_UP}{_LO}][{_LO}]+(?:-[{_LO}]{{2,}})?)((?: [{_LO}])?)"
                         r"(?= from (?:the|your|ur)\b|, (?:your|ur)\b| \((?:the|your|ur)\b)")


# (sixteenth round) a facility named in lower case, as people type it ("our greyfield leisure centre office", "at
# harbourview medical centre", "based in tannery lane youth hub"): a word English never or hardly writes (rarer than
# PLACE_RUN_RAREST, no typo of a common word) and, if it writes it, more often capitalised, before a facility's two-word
# kind, or such a word and a place-kind word ("tannery lane"); not a common word ("the local leisure centre", "our new
# medical centre") nor a kind of place in another language ("the barangay health centre")
_LOWER_FACILITY_GATE = re.compile(r" (?:centre|center|hub|services?|clinic|practice|hospital|pharmacy|academy|school|mental health)\b")
_LOWER_FACILITY = re.compile(rf"(?<![\w'’@./-])([{_LO}]{{4,}})(?: (?!(?:general|community|district|regional|private|base|memorial|high|primary|secondary|grammar|intermediate|middle|elementary) (?:hospital|school)|community mental health)([{_LO}]{{3,}}))? (?:(?:leisure|medical|health|community|sports|"
                             r"youth|wellbeing|wellness|recovery|counselling|counseling|resource|family|day) "
                             r"(?:centre|center|hub|services?|clinic|practice)|"
                             # (twenty-second round) a hospital, a pharmacy, a school ("at copperleaf general hospital",
                             # "oakmere pharmacy", "silverbirch high school"; not "the local hospital", "high school")
                             r"(?:(?:general|community|district|regional|private|base|memorial) )?hospital|pharmacy|academy|"
                             r"(?:high|primary|secondary|grammar|intermediate|middle|elementary) school|"
                             # (twenty-fourth round) a clinic named by its own word alone, a mental health service
                             # ("greyhurst clinic is flooded", "closer to harlow creek community mental health"; not
                             # "the methadone clinic", "our community mental health team": English writes those words)
                             r"clinic|(?:community )?mental health(?: (?:centre|center|services?|clinic|unit|team|hub))?)(?![\w'’-])")
_PLACE_KIND_WORDS = frozenset("lane park hill hills road street vale bay view bridge green grove heights field fields "
                              "wood woods creek valley point beach".split())


# (twenty-third round) a workplace's kind typed after its name ("coastline logistics", "pinnacle fitness", "halcyon
# insurance"): the kinds of business people name where they work
WORKPLACE_KINDS = (r"hardware|fitness|insurance|packaging|freight|electrical|telecoms?|plumbing|construction|engineering|"
                   r"transport|haulage|motors|foods|logistics|bakery|timber|joinery|roofing|landscaping")
LOWER_FACILITY_WINDOW = 64  # characters before a kind's word: its name's two words and the kind's first word

# (twenty-third round) a facility or a workplace named in lower case right after a place's cue, as people type where
# they study, work or were taken ("took me to northbridge surgery", "i work nights at coastline logistics", "moved to
# kingsmead university", "reception at halcyon insurance"): one or two words English writes rarely (CUED_FACILITY_WORD;
# the second may be a place-kind word, "cedar point", "marlow park") before a facility's or a workplace's kind; not a
# common word ("at the local surgery", "in car insurance", "at work high"), a kind of care or a specialty ("in cosmetic
# surgery", "in orthopaedic surgery": an adjective's ending), a drug or a common word's typo
CUED_FACILITY_WORD = -12.0
_CUED_FACILITY_GATE = re.compile(r" (?:university|uni|college|high|hospital|clinic|surgery|centre|center|health|gym|gp|practice|home|"
                                 + WORKPLACE_KINDS + r")(?![\w'’-])")
_CUED_FACILITY = re.compile(rf"(?<![\w'’-])(?:in|at|to|from|near|outside|into) (?:the )?([{_LO}]{{4,}})(?: ([{_LO}]{{3,}}))? "
                            r"(?:university|uni|(?:(?:secondary|sixth form|technical|community|tafe|junior|senior) )?college|"
                            r"high|hospital|(?:gp )?clinic|(?:gp )?surgery|(?:medical|health|community|leisure) cent(?:re|er)|"  # (twenty-fifth round: "at copperleaf gp clinic")
                            r"community health|gym|gp|(?:medical |family )?practice|(?:nursing|care|rest|retirement) home|"
                            + WORKPLACE_KINDS + r")(?![\w'’-])")
# (twenty-sixth round: also after "the", a GP's practice and a residential home, "referred to westmere gp", "in the
# ferngully practice", "into hollybank nursing home"; not "in the local practice", "at the care home")
_ADJECTIVE_END = ("ic", "al", "ary", "ive", "ous", "ed", "ing", "ist", "ian", "ent", "ant")
CUED_FACILITY_WINDOW = 48  # characters before a kind's word: the cue and the name's two words


def _cued_facility_word(w: str, probs: dict[str, float], allow: frozenset[str]) -> bool:
    return (w not in allow and w not in _LOWER_STOP and probs.get(w, UNSEEN) <= CUED_FACILITY_WORD
            and not w.endswith(_ADJECTIVE_END) and not w.endswith(_DRUG_STEMS) and not _typo_of_common_word(w, probs))


def _rare_place_word(w: str, probs: dict[str, float], allow: frozenset[str], named: bool = True) -> bool:
    """*named*: also written capitalised more often than not, or unknown (not "barangay", "marae": a kind of place)."""
    if w in allow or probs.get(w, UNSEEN) > PLACE_RUN_RAREST or w.endswith(_DRUG_STEMS):
        return False
    # (twenty-second round: a word English writes once in its table, in lower case, is no kind of place: "bellbird")
    if named and w in probs and probs.get(w.capitalize(), UNSEEN) <= probs[w] and probs[w] > LOWEST_SEEN:
        return False
    return not _typo_of_common_word(w, probs)


def lower_facility_places(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    out, seen = [], set()
    # (twenty-second round, speed) only the few characters before each kind's word are read: "school" and "hospital"
    # are frequent in talk, and the pattern's first word would otherwise be tried at every lower-case word
    for m in (m for g in _LOWER_FACILITY_GATE.finditer(text)
              for m in _LOWER_FACILITY.finditer(text, max(0, g.start() - LOWER_FACILITY_WINDOW), g.end())):
        if m.span() in seen:
            continue
        seen.add(m.span())
        w1, w2 = m.group(1), m.group(2)
        if w2 is None:
            if _rare_place_word(w1, probs, allow):
                out.append((m.start(), m.end(), LOCATION))
        elif _rare_place_word(w2, probs, allow):
            out.append((m.start(1) if _rare_place_word(w1, probs, allow) else m.start(2), m.end(), LOCATION))
        elif w2 in _PLACE_KIND_WORDS and _rare_place_word(w1, probs, allow, named=False):  # "tannery lane"
            out.append((m.start(), m.end(), LOCATION))
    for m in (m for g in _CUED_FACILITY_GATE.finditer(text)
              for m in _CUED_FACILITY.finditer(text, max(0, g.start() - CUED_FACILITY_WINDOW), g.end())):
        if m.span(1) in seen:
            continue
        seen.add(m.span(1))  # (the group's span: the first loop's spans may have the same ends, "from foxglove hospital")
        w1, w2 = m.group(1), m.group(2)
        if m.group().startswith("the ", m.start(1) - m.start() - 4) and not (
                w1 not in probs or probs.get(w1.capitalize(), UNSEEN) > probs[w1]):
            continue  # (twenty-sixth round) after "the" a name's word only ("the ferngully practice"; not "the barangay health centre")
        if _cued_facility_word(w1, probs, allow) and (w2 is None or w2 in _PLACE_KIND_WORDS or _cued_facility_word(w2, probs, allow)):
            out.append((m.start(1), m.end(), LOCATION))
    return out


# (twenty-fourth round) a name typed in lower case after a message's own cues, as people type to and from a service
# ("Dear sam, thank you", "hi jade, is it ok", "kind regards, sam ng", "cheers sam m see u", "thx ben that helped",
# "hey its me, aroha, new number", "my name is fairweather and", "I'm mia-jade, one of the volunteers"): a salutation
# before a comma, a sign-off or a thanks, "it's me", "my name is", "I'm ..., one of/your": the word is a name when
# English writes it capitalised more often and seldom in lower case (is_proper, rarer than TYPED_CUE_COMMON), or
# hardly writes it (rarer than TYPED_CUE_RARE, no typo of a common word); a thanks and a sign-off want the former;
# a following initial or rare word is the family name ("sam ng", "sam m"); not a common word or a form of address
# ("dear god,", "hi all,", "thanks heaps", "cheers mate", "its me, again", "i'm sorry, the", "my name is on the list");
# after a title typed in lower case a word English hardly writes ("ms fairweather the trial nurse"; not "ms fatigue")
TYPED_CUE_COMMON, TYPED_CUE_RARE = -11.0, -14.5
_TYPED_CUE_GATE = re.compile(r"(?i:(?<![\w'’])(?:dear|hi|hey|hello|hiya|regards|cheers|thanks|thx|it['’]?s me|my name(?: is|['’]s)|i['’]?m|mr|mrs|ms|mx|dr)(?=[,.]? [a-z]))")
# forms of address a salutation or a thanks takes that are no name ("thanks doc", "cheers love", "hi hun,")
_ADDRESS_WORDS = frozenset("""doc love luv hun hon babe baby mate sweetie sweetheart darling buddy dude sis bro boss coach
    chief man miss sir madam maam lady ladies lads guys folks fam team gang pal""".split())
_TYPED_CUE = re.compile(
    r"(?<![\w'’])(?:(?P<sal>(?i:dear|hi|hey|hello|hiya))|(?P<thanks>(?i:(?:kind |warm |best )?regards|cheers|thanks|thx)),?"
    r"|(?P<me>(?i:it['’]?s me),?)|(?P<intro>(?i:my name is|my name['’]s|i['’]?m))|(?P<title>(?i:mr|mrs|ms|mx|dr)\.?)) "
    rf"(?P<w>[{_LO}]{{2,}}(?:-[{_LO}]{{2,}})?)(?: (?P<w2>[{_LO}]{{1,}}))?(?![\w'’@-])")
_TYPED_CUE_FOLLOW = {"sal": re.compile(r","), "me": re.compile(r"[,.!]|\s*$| here\b"),
                     "intro_im": re.compile(r", (?:one of|your|the|a|an|i)\b")}


def _typed_cue_word(w: str, probs: dict[str, float], allow: frozenset[str], proper_only: bool) -> bool:
    if (len(w) < 3 or w in allow or w in _LOWER_STOP or w in _RELATION_WORDS or w in _CHAT_WORDS or w in _ADDRESS_WORDS
            or w.endswith(_DRUG_STEMS)):
        return False
    parts = w.split("-")
    if len(parts) > 1:
        return all(_unknown(q, probs) or is_proper(q.capitalize(), probs) for q in parts)
    low = probs.get(w, UNSEEN)
    if low <= TYPED_CUE_COMMON and is_proper(w.capitalize(), probs):
        return True
    return not proper_only and low <= TYPED_CUE_RARE and not _typo_of_common_word(w, probs)


# (twenty-seventh round) two places where a typed chat puts a person's name in lower case and says it is one: opening a
# turn or sentence in apposition to "my" and a relation or role that then does what a person does ("priya my sponsor
# told me", "georgia, my sister said"), and after "me and" before a verb of what the two did ("me and kenji had a fight");
# the word English writes capitalised more often than not, or does not know (four letters or more), and no relation,
# chat, calendar or allowed word but a state's or country's in apposition ("honestly my sponsor told me", "today my mum said", "me and mum had" stay)
_TYPED_APPOSED = re.compile(
    rf"(?:^|(?<=\n)|(?<=[.!?:]\s))([a-z]{{3,}}(?:-[a-z]{{3,}})?),? my (?:(?:ex|new|old|best|big|little|older|younger)[- ])?"
    rf"(?:{'|'.join(_RELATION_NOUNS)}|{_ROLE_WORDS})(?=\s)")
_ME_AND = re.compile(r"(?:^|(?<=[\s,]))me and ([a-z]{3,}(?:-[a-z]{3,})?) (?=(?:had|have|were|went|got|used|did|broke|"
                     r"split|both|always|never|just|are|still)\b)")


def _typed_name_word(word: str, probs: dict[str, float], allow: frozenset[str], place_ok: bool = False) -> bool:
    for p in word.split("-"):
        if (p in allow and not (place_ok and p in _allowed_places()) or p in _LOWER_STOP or p in _CHAT_WORDS or p in _RELATION_WORDS or p.capitalize() in _CALENDAR_WORDS
                or p.capitalize() in _KIN_CAPS or p.endswith("ly")):
            return False
        cap, low = probs.get(p.capitalize()), probs.get(p)
        if not (cap is not None and cap > (UNSEEN if low is None else low)
                or cap is None and low is None and len(p) >= MIN_LOWER_LEN):
            return False
    return True


def typed_apposed_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """The names of :data:`_TYPED_APPOSED` and :data:`_ME_AND`."""
    out = []
    if " my " in text:
        for m in _TYPED_APPOSED.finditer(text):
            # (a state's or country's name too, as the kin rule takes it: "georgia my sponsor told me")
            if _PERSON_VERB_AFTER.match(text, m.end()) and _typed_name_word(m.group(1), probs, allow, True):
                out.append((m.start(1), m.end(1), PERSON))
    if "me and " in text:
        out += [(m.start(1), m.end(1), PERSON) for m in _ME_AND.finditer(text) if _typed_name_word(m.group(1), probs, allow)]
    return out


def typed_cue_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    out = []
    # (speed) the pattern is tried only where the gate found a cue; a cue's word may open another cue ("hey its me, aroha")
    for g in _TYPED_CUE_GATE.finditer(text):
        m = _TYPED_CUE.match(text, g.start())
        if m is None:
            continue
        w, w2 = m.group("w"), m.group("w2")
        kind = next(k for k in ("sal", "thanks", "me", "intro", "title") if m.group(k) is not None)
        if not _typed_cue_word(w, probs, allow, proper_only=kind == "thanks"):
            continue
        with_w2 = w2 is not None and w2 not in allow and w2 not in _CHAT_WORDS and (
            (len(w2) == 1 and w2 not in "aix") or (len(w2) >= 2 and probs.get(w2, UNSEEN) <= -13.5
                                                   and not _typo_of_common_word(w2, probs)))
        end = m.end() if with_w2 else m.end("w")
        if kind == "intro" and m.group("intro")[0] in "iI":
            follow = _TYPED_CUE_FOLLOW["intro_im"]
        else:
            follow = _TYPED_CUE_FOLLOW.get(kind)
        if follow is not None and not follow.match(text, end):
            if with_w2 or not (follow.match(text, m.end("w"))):
                continue
            end = m.end("w")
        out.append((m.start("w"), end, PERSON))
    return out


def intro_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    out = []
    for m in _SELF_INTRO.finditer(text):
        w = m.group(1)
        low = w.lower()
        if len(w) < 3 or low in allow or low in _LOWER_STOP or low in _RELATION_WORDS or _never_a_name(w.capitalize(), allow):
            continue
        if "-" in w:
            ok = all(_unknown(p, probs) or is_proper(p.capitalize(), probs) for p in low.split("-"))
        elif w[0].isupper():
            ok = w.capitalize() in probs or _unknown(low, probs)  # a word English also writes capitalised
        else:
            ok = _unknown(low, probs) or is_proper(w.capitalize(), probs)
        if ok:
            out.append((m.start(1), m.end(), PERSON))  # with a family name's initial ("its mei w from the service")
    return out


def lower_case_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """Names written in lower case (automatic transcripts: ``i told maria``, ``up in tacoma``): a
    lower-case word of four letters or more that English writes capitalised at least e**1.5 (4.5)
    times as often, or writes so rarely in lower case that its capitalised form wins (``teodoro``); a
    hyphenated one with such a part and no common part (``jean-luc``); a rare word after a title or a
    relation (``nurse zoë``, ``my friend olusegun``).  LOCATION after ``in``, ``from``, ``moved to`` ...,
    else PERSON.  A word next to a found name that English hardly writes is part of it (``keoni nguyen``)."""
    out: list[tuple[int, int, str]] = intro_names(text, probs, allow) if _INTRO_GATE.search(text) else []
    out += typed_cue_names(text, probs, allow) + typed_apposed_names(text, probs, allow)
    if " " in text:
        out += lower_facility_places(text, probs, allow)
    for m in _LOWER_WORD.finditer(text):
        w = m.group()
        if len(w) < MIN_LOWER_LEN - (not w.isascii()) or w in allow:  # zoë: an accent is no English word's
            if len(w) == 3 and w not in allow and _short_cued_name(text, m, probs):
                out.append((m.start(), m.end(), PERSON))  # (sixteenth round) "my ex bec", "my sister nat"
            continue
        plain = "-" not in w and w[:2] not in ("o'", "o’")
        if plain:  # the common case inline (speed: this runs for every lower-case word of a study)
            cap, low = probs.get(w.capitalize()), probs.get(w, UNSEEN)
            if w[:2] == "mc":  # mcallister: English writes McAllister
                cap = max(cap or UNSEEN, probs.get("Mc" + w[2:].capitalize(), UNSEEN))
                cap = None if cap == UNSEEN else cap
            elif w[0] == "o" and low <= NAME_PART_LOWER and len(w) > MIN_LOWER_LEN and (
                    oap := probs.get("O'" + w[1:].capitalize())) is not None:
                # (twenty-second round) an Irish family name typed without its apostrophe ("oconnell", "odriscoll"):
                # English writes O'Connell (not "oclock": English writes it so more often than O'Clock)
                cap = max(cap or UNSEEN, oap)
            # (ninth round: English's rareness in lower case is no evidence after an article, "the superbill", "a
            # seafarer": English gives names no article; a word capitalised far more often still is, "the maria")
            name = cap is not None and (cap - low > LOWER_NAME_MARGIN or (
                low <= RARE_LOWER and cap > low and _ARTICLE_RIGHT_BEFORE.search(text, max(0, m.start() - 4), m.start()) is None))
        else:
            name = _lower_name(w, probs)
        if name:
            before = text[max(0, m.start() - 40):m.start()]
            start, kind = m.start(), LOCATION if _PLACE_BEFORE.search(before) or before[-2:] in (": ", "? ") and form_label_kind(
                text, m.start()) == LOCATION else PERSON  # (eighteenth round) "Suburb / town: drogheda": a form's label for a place
            end, compass = m.end(), _COMPASS_BEFORE.search(before)
            if compass:  # "south boston": the quarter is part of the place
                start, kind = m.start() - (len(before) - compass.start()), LOCATION
            facility = _FACILITY_AFTER.match(text, end) or _PLACE_KIND_AFTER.match(text, end)
            if facility:  # "lincoln elementary", "hebden bridge"
                end, kind = facility.end(), LOCATION
            elif kind == LOCATION and plain:  # "in tsuen wan": the place's other rare words
                end = _rare_place_run_end(text, m, min(low, PLACE_RUN_RAREST), probs, allow) or end
            out.append((start, end, kind))
        elif not plain or w in _LOWER_STOP:
            continue
        elif is_proper(w.capitalize(), probs) and (_cued_lower(text[max(0, m.start() - 40):m.start()]) or (
                text[m.end():m.end() + 1] == "," and text[m.start() - 2:m.start()] == ", " and low < APPOSED_LOWER
                and _ROLE_APPOSITION.search(text, max(0, m.start() - 60), m.start()))):
            # (eighth round: also in apposition to a role, "the community health worker, grace, checked"; not a common
            # word English capitalises opening sentences, "the doctor, however, said")
            out.append((m.start(), m.end(), PERSON))  # a title cues a rare word (castellano, osei)
        elif cap is None and low <= RARE_LOWER and _LOWER_CONTACT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            out.append((m.start(), m.end(), PERSON))  # "i told yesenia", "wrote to babajide": contact with a person
        elif cap is None and low == UNSEEN:  # two words in a row that English never writes (gwilym rautenbach)
            nxt = _LOWER_NEXT.match(text, m.end())
            if (nxt and not nxt.group(1) and len(nxt.group(2)) >= MIN_LOWER_LEN and _unknown(nxt.group(2), probs)
                    and nxt.group(2) not in _CHAT_WORDS):  # (twenty-second round: not "whakatane tmrw")
                out.append((m.start(), nxt.end(), PERSON))
            else:
                kind = _lone_rare_word(text, m, probs)
                if kind:
                    out.append((m.start(), m.end(), kind))
        elif cap is None and low <= RARE_LOWER and (kind := _lone_rare_word(text, m, probs)):
            out.append((m.start(), m.end(), kind))
        elif low <= PLACE_RUN_RARE:
            end = _rare_place_run_end(text, m, low, probs, allow)  # first: most rare words have no rare neighbour
            if end and _PLACE_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
                out.append((m.start(), end, LOCATION))  # "in tsuen wan", "at sham shui po": a place in lower case
    return _lower_name_parts(text, sorted(out), probs, allow) if out else out  # (the first two rules' spans come first)


_ARTICLE_RIGHT_BEFORE = re.compile(r"(?:^|\b)(?:[Tt]he|[Aa]n?) $")
# (sixteenth round) a three-letter name in lower case right after a relation or a title ("my ex bec", "my boss tui", "my
# sister nat tanner", "dr ben"), as people type it: a word English writes capitalised more often than not and as a name
# (is_proper); shorter than MIN_LOWER_LEN, so only with the cue right before it ("my dad was", "my mum and" stay), or a
# verb of contact before it or of a person after it ("talked to ben about it", "amy said")
_SHORT_CUE_WORDS = frozenset({n.split()[-1] for n in _RELATION_NOUNS if n.isalpha()} | {
    "fiance", "fiancee", "fiancée", "counsellor", "counselor", "neighbour", "neighbor"} | set(_LOWER_TITLE_WORDS))


def _short_cued_name(text: str, m: re.Match, probs: dict[str, float]) -> bool:
    start = m.start()
    if start and not text[start - 1].isspace() or not m.group().isascii():
        return False
    cap = probs.get(m.group().capitalize())
    if cap is None or cap < probs.get(m.group(), UNSEEN):
        return False
    prev_start = text.rfind(" ", max(0, start - 30), start - 1) + 1
    prev = text[prev_start:start - 1].rstrip(",").lower().rstrip(".")
    if m.group() in _LOWER_STOP or m.group() in _CHAT_WORDS or not is_proper(m.group().capitalize(), probs):
        # (twenty-fourth round: a chat word is no name, "my great uncle hes 90")
        return False
    if prev in _SHORT_CUE_WORDS and _cued_lower(text[max(0, start - 40):start]):
        return True
    # a verb of contact before it or of a person after it ("talked to ben about it", "amy said"), as the longer
    # lower-case names need when rare (not after a determiner: "the one said")
    # (a verb after it: only where a sentence or turn opens or after a conjunction, "Me: amy said", "and tom said";
    # not inside a phrase of another language, "minha mae keeps saying")
    return bool(_LOWER_CONTACT_BEFORE.search(text, max(0, start - 30), start) or (
        _PERSON_VERB_AFTER.match(text, m.end()) and (start == 0 or text[start - 1] == "\n" or text[start - 2] in ".!?:"
                                                     or prev in ("and", "but", "so", "cos", "because", "then", "when"))))
# (eighth round) after a place cue, two or three lower-case words English seldom writes (each rarer than PLACE_RUN_RARE,
# one rarer than PLACE_RUN_RAREST or unknown): a place's name transliterated and typed in lower case ("in tsuen wan",
# "at sham shui po"); one word alone may be a typo ("in anxeity"), two such words in a row seldom are
PLACE_RUN_RARE, PLACE_RUN_RAREST = -13.0, -16.0
LOWEST_SEEN = -19.5  # the lexeme table's floor (-19.502): a form seen about once
_LOWER_RUN_NEXT = re.compile(rf" ([{_LO}]{{2,}})(?![\w'’-])")


def _rare_place_run_end(text: str, m: re.Match, low: float, probs: dict[str, float], allow: frozenset[str]) -> int | None:
    end, rarest, n = m.end(), low, 1
    while n < 3:
        nxt = _LOWER_RUN_NEXT.match(text, end)
        p = probs.get(nxt.group(1), UNSEEN) if nxt else 0.0
        if nxt is None or p > PLACE_RUN_RARE or nxt.group(1) in allow or nxt.group(1) in _CHAT_WORDS:
            break  # (twenty-second round: a chat word ends the run, "in whakatane tmrw")
        end, rarest, n = nxt.end(), min(rarest, p), n + 1
    return end if n > 1 and rarest <= PLACE_RUN_RAREST else None


_LOWER_CONTACTS = (r"(?:told|texted|asked|met|visited|married|phoned|emailed|messaged|hugged|thanked|missed|miss|saw|"
                   r"(?:wrote|talked|spoke|spoken|speak|talk|write|listen|listened|went|go) (?:to|with))")
_LOWER_CONTACT_BEFORE = re.compile(rf"\b{_LOWER_CONTACTS}\s+$")


# the endings of medicines' international non-proprietary names (the WHO's stems: a general list), which English's
# table often lacks: "esketamine", "aripiprazole" are no place and no person
_DRUG_STEMS = ("amine", "azole", "azine", "azepam", "azolam", "oxetine", "pramine", "triptyline", "peridol", "apine",
               "idone", "statin", "sartan", "pril", "olol", "mab", "tinib", "cillin", "mycin", "cycline", "floxacin",
               "vir", "tidine", "profen", "fenac", "coxib", "setron", "gliptin", "lukast", "dronate", "caine",
               "barbital", "phetamine", "codone", "morphone", "fentanil", "xaban", "parin", "dipine", "afil", "xetine",
               "faxine", "ipramine", "azodone", "tamine", "cybin", "tryptamine")
# (twenty-second round) a person with the writer, as people type it: "me and X", "X and i" (also "n", "&")
_ME_AND_BEFORE = re.compile(r"(?<![\w'’])(?i:me) (?:and|n|&) $")
_AND_I_AFTER = re.compile(r" (?:and|n|&) (?:i|I|me)(?![\w'’@-])")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|my|our|his|her|their|this|that|your)\s+$", re.IGNORECASE)
# the place words before a lone rare word: where someone is or comes from, not where talk goes ("coming back to
# esketamine", "moved on to breathwork")
_LONE_PLACE_BEFORE = re.compile(r"\b(?:in|from|near|at|outside|out of|"
                                # (twenty-second round) a journey's end ("driving up to clondalkin", "moved to tuakau")
                                r"(?:moved|moving|move|drive|driving|drove|flew|flying|fly|travelled|traveled|travelling|"
                                r"traveling|headed|heading)(?: (?:up|down|back|over|out|home))? to)\s+$")


def _compound_of_words(word: str, probs: dict[str, float]) -> bool:
    """*word* is two words English writes often, run together ("griefwork", "daughterhood"): a coinage, no name."""
    return any(probs.get(word[:i], UNSEEN) > TYPO_COMMON and probs.get(word[i:], UNSEEN) > TYPO_COMMON
               for i in range(3, len(word) - 2))


TYPO_COMMON = -13.0  # a word one edit from a form this common is taken for its typo ("hospitl", "anxeity")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def _typo_of_common_word(word: str, probs: dict[str, float]) -> bool:
    """*word* (lower case, unknown to English) is one deletion, transposition, substitution or insertion from a word
    English writes often: most likely that word mistyped (Norvig's edit-distance-one spelling check).  A word with a
    letter English does not use (``przemyśl``) is nobody's typo of an English word."""
    if not word.isascii():
        return False
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for a, b in splits:
        candidates = [a + b[1:]] if b else []
        if len(b) > 1:
            candidates.append(a + b[1] + b[0] + b[2:])
        candidates += [a + c + b[1:] for c in _ALPHABET if b] + [a + c + b for c in _ALPHABET]
        if any(probs.get(c, UNSEEN) > TYPO_COMMON for c in candidates):
            return True
    return False


def _lone_rare_word(text: str, m: re.Match, probs: dict[str, float]) -> str | None:
    """(ninth round) One lower-case word English never writes capitalised and hardly or never in lower case, no typo of
    a common word, after a place cue or before a verb of a person: a place or a person named in lower case ("in
    agrigento", "from jhelum", "farzana said"; not "in hospitl", one letter from "hospital")."""
    w = m.group()
    if len(w) < MIN_LOWER_LEN + 1 or w.endswith(_DRUG_STEMS):
        return None
    if _LONE_PLACE_BEFORE.search(text, max(0, m.start() - 28), m.start()):
        kind = LOCATION
    elif (_PERSON_VERB_AFTER.match(text, m.end())  # "the curandera said": a role; English gives names no article
          and not _DETERMINER_BEFORE.search(text, max(0, m.start() - 8), m.start())):
        kind = PERSON
    elif (_ME_AND_BEFORE.search(text, max(0, m.start() - 8), m.start()) or _AND_I_AFTER.match(text, m.end())
          or _cued_lower(text[max(0, m.start() - 40):m.start()]) or _ROLE_BEFORE.search(text, max(0, m.start() - 24), m.start())):
        kind = PERSON  # (twenty-second round) "me and tranter broke up", "wiremu and i", "my carer wiremu"
    else:
        return None
    # the spelling checks last: they look up some hundred forms (speed)
    return None if _typo_of_common_word(w, probs) or _compound_of_words(w, probs) else kind


def _unknown(word: str, probs: dict[str, float]) -> bool:
    """Neither *word* nor its capitalised form is among English's million written forms (a foreign name
    or a typo; a typo seldom comes with another next to it)."""
    return word not in probs and word.capitalize() not in probs and "-" not in word


def _cued_lower_word(text: str, m: re.Match, cap: float | None, low: float, probs: dict[str, float]) -> bool:
    """The lower-case word *m* is a name by a cue: a title or a relation before a word English mostly writes
    capitalised (``my friend chinonso``), a verb of contact before a word English hardly writes in lower case and
    never capitalised (``i told yesenia``) -- :func:`lower_case_names`' two cued branches (inline there, for speed)."""
    w = m.group()
    if w in _LOWER_STOP or "-" in w or w[:2] in ("o'", "o’"):
        return False
    if is_proper(w.capitalize(), probs) and _cued_lower(text[max(0, m.start() - 40):m.start()]):
        return True
    return cap is None and low <= RARE_LOWER and bool(
        _LOWER_CONTACT_BEFORE.search(text, max(0, m.start() - 30), m.start()))


# where a lower-case name's cue may end: a word a title, a relation or a contact verb ends in, then a space (learning
# looks at the word after each of them only, not at every word of the study: speed); the cues are those of
# _LOWER_TITLE, _RELATION (its nouns' last words) and _LOWER_CONTACT_BEFORE, as transcribed: in lower case
_LOWER_CUE_END = re.compile(rf"\b(?:{_LOWER_TITLES}|{'|'.join(dict.fromkeys(n.split()[-1] for n in _RELATION_NOUNS))}|"
                            rf"{_LOWER_CONTACTS}),?\s+(?=[a-z\u00c0-\u024f])")


def cued_lower_case_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[str]:
    """The words of the lower-case names a cue found in *text* (``i saw nomvula tran``, ``my friend chinonso``)
    that English hardly ever writes in lower case: strong enough evidence to look for them in the study's other
    texts (:meth:`KnownNames.add`), where they come without a cue.  Not a word found by its capitalisation alone
    (found everywhere anyway), nor a common word after a cue (``my sister faith``: learnt, it would be taken
    everywhere).  The cue is judged as :func:`lower_case_names` judges it."""
    spans = []
    for cue in _LOWER_CUE_END.finditer(text):
        m = _LOWER_WORD.match(text, cue.end())
        if m is None or len(m.group()) < MIN_LOWER_LEN or m.group() in allow:
            continue
        w = m.group()
        cap, low = probs.get(w.capitalize()), probs.get(w, UNSEEN)
        if _cued_lower_word(text, m, cap, low, probs):
            spans.append((m.start(), m.end(), PERSON))
    words = []
    for s, e, _ in _lower_name_parts(text, spans, probs, allow) if spans else []:
        words += [w for w in text[s:e].split() if _LOWER_KEY.fullmatch(w) and len(w) >= MIN_LOWER_LEN
                  and w not in allow and w not in _LOWER_STOP
                  and all(probs.get(p, UNSEEN) <= NAME_PART_LOWER for p in _bare(w).split("-"))]
    return words


_LOWER_KEY = re.compile(rf"(?:o['’])?[{_LO}]+(?:-[{_LO}]+)*")  # a name the study learnt in lower case


def _cued_lower(before: str) -> bool:
    return bool(_LOWER_TITLE.search(before) or _RELATION.search(before) or _HONORIFIC_BEFORE.search(before))


def _bare(word: str) -> str:
    return word[2:] if word[:2] in ("o'", "o’") else word


def _lower_name(word: str, probs: dict[str, float]) -> bool:
    """*word* (lower case) is a name by English's capitalisation of it, or of a part of a hyphenated word."""
    if "-" not in word and word[:2] not in ("o'", "o’"):  # the common case first (speed)
        return _capitalised_more(word, probs)
    parts = _bare(word).split("-")
    if len(parts) == 1:
        return _capitalised_more(parts[0], probs)
    return (all(probs.get(p, UNSEEN) < COMMON_PART for p in parts)
            and any(len(p) >= MIN_LOWER_LEN - 1 and _capitalised_more(p, probs) for p in parts))


def _capitalised_more(word: str, probs: dict[str, float]) -> bool:
    """English writes *word* capitalised e**1.5 times as often as in lower case, or hardly ever in lower
    case and still more often capitalised."""
    cap = probs.get(word.capitalize())
    if cap is None:
        return False
    low = probs.get(word, UNSEEN)
    return cap - low > LOWER_NAME_MARGIN or (low <= RARE_LOWER and cap > low)


def _name_part(word: str, probs: dict[str, float], allow: frozenset[str]) -> bool:
    return (len(word) >= 3 and word not in allow and word not in _LOWER_STOP and word not in _RELATION_WORDS
            and word not in _CHAT_WORDS and word not in _ROLE_WORD_SET
            and all(probs.get(p, UNSEEN) <= NAME_PART_LOWER for p in _bare(word).split("-")))


_LOWER_NEXT = re.compile(rf"\s((?:{_PARTICLE}\s){{0,2}})((?:o['’])?[{_LO}]+(?:-[{_LO}]+)*)(?=['’]s\b|(?![\w'’@-]|\.\w))")
_LOWER_PREV = re.compile(rf"(?<![\w'’@./-])((?:o['’])?[{_LO}]+(?:-[{_LO}]+)*)\s((?:{_PARTICLE}\s){{0,2}})$")


def _lower_name_parts(text: str, spans: list[tuple[int, int, str]], probs: dict[str, float],
                      allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """Widen each PERSON span over a neighbouring rare word (with particles between: ``ifeoma de la
    cruz``) and join neighbouring spans of one kind (``santa cruz``)."""
    out: list[tuple[int, int, str]] = []
    for s, e, kind in spans:
        if kind == PERSON:
            prev = _LOWER_PREV.search(text, max(0, s - 40), s)
            if prev and (_name_part(prev.group(1), probs, allow) or (
                    _given_name_before(prev.group(1), text[s:e], probs, allow)
                    and not _DETERMINER_BEFORE.search(text, max(0, prev.start() - 8), prev.start()))):
                s = prev.start()
            nxt = _LOWER_NEXT.match(text, e)
            if nxt and (_name_part(nxt.group(2), probs, allow) or _word_name_after(nxt.group(2), probs, allow)):
                e = nxt.end()
        if out and _CONNECT.fullmatch(text, out[-1][1], s):  # one name: the first word's kind (near santa cruz)
            out[-1] = (out[-1][0], e, out[-1][2])
        elif out and s < out[-1][1]:  # (twenty-second round: a facility's span over a name's, its kind: "copperleaf hospital")
            out[-1] = (out[-1][0], max(e, out[-1][1]), kind if e > out[-1][1] and kind == LOCATION else out[-1][2])
        else:
            out.append((s, e, kind))
    return out


# (eighth round) a surname English also writes as a word after a lower-case name ("thuy baker"): English writes it
# capitalised at least once in 12 times and seldom in lower case (not a verb, "okonkwo rang"), and it is no relation
# or title.  (A given name that is a word before a surname, "faith okonkwo", is not taken: "mail rosa", "es carla"
# have the same shape.)
WORD_NAME_AFTER = -12.0
_RELATION_WORDS = (frozenset(w for n in _RELATION_NOUNS for w in n.split() if w.isalpha()) | frozenset(_LOWER_TITLE_WORDS)
                   | frozenset({"pt", "patient", "client", "participant", "resident"}))


# (ninth round) a given name that is also a word before a found surname ("faith okonkwo's mum": before, "okonkwo" was
# replaced and "faith" left): a word English writes capitalised at least once in 12 times, no function word (rarer than
# GIVEN_BEFORE_LOWER), before a name English hardly writes capitalised either (a surname, SURNAME_RARE: not "mail
# rosa", "es carla", where the found name is a common given name)
GIVEN_BEFORE_LOWER, SURNAME_RARE = -8.0, -15.0


def _given_name_before(word: str, name: str, probs: dict[str, float], allow: frozenset[str]) -> bool:
    first = re.split(r"[\s'’]", name, maxsplit=1)[0]
    return (len(word) >= 3 and word not in allow and word not in _RELATION_WORDS and word not in _LOWER_STOP
            and "-" not in word and probs.get(word, UNSEEN) < GIVEN_BEFORE_LOWER and _name_like(word.capitalize(), probs)
            and probs.get(first.capitalize(), UNSEEN) <= SURNAME_RARE)


# (sixteenth round) chat's words and contractions typed without the apostrophe that English hardly writes in lower case
# (the allow-list holds the longer ones, "dont", "thats"): no part of a name next to one ("tell mere sutherland im
# running late": before, "sutherland im")
_CHAT_WORDS = frozenset("im ive id hes shes theres lets youve weve theyve youll itll ur u ya pls plz thx tmrw tmr lol "
                        "omg ngl tbh idk btw rn atm".split())


def _word_name_after(word: str, probs: dict[str, float], allow: frozenset[str]) -> bool:
    return (word not in allow and word not in _RELATION_WORDS and word not in _LOWER_STOP and "-" not in word
            and word not in _CHAT_WORDS
            and probs.get(word, UNSEEN) < WORD_NAME_AFTER and _name_like(word.capitalize(), probs))


def _with_particles(text: str, start: int) -> tuple[int, str]:
    """The start of a name whose first capitalised word begins at *start*, with the particles before it
    when two of them precede it or a cue precedes them (``van der Berg``, ``my sister de Souza``), and
    the text before that start (the cue is judged on it)."""
    before = text[max(0, start - 40):start]
    last = before[-8:].split()
    particles = _PARTICLES_BEFORE.search(before) if last and last[-1] in _PARTICLE_WORDS else None
    if particles:
        before_p = before[:particles.start()]
        if len(particles.group(1).split()) == 2 or _cue_before(before_p):
            return start - len(particles.group(1)), before_p
    return start, before


_POSSESSIVE_BEFORE = re.compile(r"((?:[A-Z][a-z]+ )?[A-Z][a-z]+)['’]s $")
_POSSESSIVE_AFTER = re.compile(r"['’]s ([A-Z][a-z]+)")


def _in_allowed_possessive(text: str, start: int, end: int, allow: frozenset[str]) -> bool:
    """The name is part of an allowed phrase with a possessive, which splits it into two runs: the
    ``Eve`` of ``New Year's Eve``, the ``Valentine`` of ``Valentine's Day``."""
    name = text[start:end]
    if text[start - 3:start - 1] not in ("'s", "’s") and text[end:end + 2] not in ("'s", "’s"):
        return False  # no possessive next to it (most names: checked first, for speed)
    before = _POSSESSIVE_BEFORE.search(text, max(0, start - 30), start)
    if before and f"{before.group(1)}'s {name}".casefold() in allow:
        return True
    after = _POSSESSIVE_AFTER.match(text, end)
    return bool(after and f"{name}'s {after.group(1)}".casefold() in allow)


def _cue_before(before: str) -> bool:
    """A title, a relation or an introduction ends *before*: what follows is a name."""
    return bool(_TITLE.search(before) or _RELATION.search(before) or _INTRO.search(before))


def _name_like(word: str, probs: dict[str, float]) -> bool:
    """English writes *word* capitalised at least once in e**2.45 (about 12) times: a word that is also
    a name (``Joy`` 1 in 7, ``Faith`` 1 in 11), not a common noun (``Group`` 1 in 30, ``Work`` 1 in 80)."""
    return probs.get(word, UNSEEN) - probs.get(word.lower(), UNSEEN) > NAME_LIKE_MARGIN


def _common_plural(word: str, probs: dict[str, float]) -> bool:
    """*word* is the plural of a common noun and no place noun (``Prescriptions``, not ``Springs``)."""
    return (word.endswith("s") and word not in _PLURAL_PLACE and not is_proper(word, probs)
            and probs.get(word[:-1].lower(), UNSEEN) > UNSEEN)


# after a person's name at a sentence start: a verb of a person, also with "never", "just", "always" ... before it
_PERSON_VERB_AFTER = re.compile(r"\s+(?:(?:never|just|always|still|finally|also|even)(?: once)?\s+)?(?:said|says|thinks|"
                                r"thought|told|texted|asked|asks|wants|wanted|knows|called|calls|rang|promised|agreed|"
                                r"laughed|cried|hugged|yelled|screamed|refused|loved|hated|hung up|keeps (?:texting|calling|asking|saying|telling))\b")


def _unknown_before_person_verb(text: str, m: re.Match, probs: dict[str, float], allow: frozenset[str]) -> bool:
    w = m.group()
    if len(w) < MIN_LOWER_LEN:
        return False
    cap = probs.get(w)
    if cap is not None and cap > RARE_LOWER:  # the common case first (speed: every sentence's first word comes here)
        return False
    # (twenty-second round) "Birtles and I ...", "Oneill and i ...": a word English hardly writes, and never or less
    # often in lower case, with the writer
    verb = cap is None and _PERSON_VERB_AFTER.match(text, m.end()) is not None
    if not verb and _AND_I_AFTER.match(text, m.end()) is None:
        return False
    low = probs.get(w.lower(), UNSEEN)
    return (low <= RARE_LOWER and w.casefold() not in allow
            and (verb or (cap or UNSEEN) >= low and w.isalpha() and not w.lower().endswith(_DRUG_STEMS)))


def _strongly_proper(word: str, probs: dict[str, float]) -> bool:
    cap, low = probs.get(word), probs.get(word.lower(), UNSEEN)
    return cap is not None and cap - low > SENTENCE_START_MARGIN  # an unknown word is no evidence


# a nickname in quotes inside a full name ("Robert \"Bobby\" Nakash"): the quotes join the three words into one name
_OPEN_QUOTE, _CLOSE_QUOTE = (' "', " “"), ('" ', "” ")
# (tenth round: also a nickname of two words, "Clovis \"Lil Man\" McCrory")
_NICKNAME_CLOSE = re.compile(rf"(?: [{_UP}][{_LO}]+)?[\"”]\s[{_UP}]")


def _nickname_gap(text: str, gap: str, run: list[re.Match], m: re.Match) -> bool:
    """*gap* (between the last word of *run* and *m*) opens a nickname of one or two words that a name follows, or
    closes one a name in *run* began."""
    if gap in _OPEN_QUOTE:
        return _NICKNAME_CLOSE.match(text, m.end()) is not None
    prev = run[-1]
    return gap in _CLOSE_QUOTE and (text[prev.start() - 2:prev.start()] in _OPEN_QUOTE
                                    or len(run) >= 3 and text[run[-3].end():run[-2].start()] in _OPEN_QUOTE)


def _runs(text: str, tokens: list[re.Match]) -> list[list[re.Match]]:
    """Capitalised words joined by single spaces (or name particles) into runs of at most four;
    sentence words such as ``I`` or ``Okay`` break a run."""
    runs: list[list[re.Match]] = []
    current: list[re.Match] | None = None
    for m in tokens:
        if m.group() in _STOP_CAPS:
            current = None
            continue
        gap = text[current[-1].end():m.start()] if current else ""
        if current and len(current) < 4 and (_CONNECT.fullmatch(gap) or gap == ". " and current[-1].group() in _ABBR_PREFIX
                                             or _nickname_gap(text, gap, current, m)):
            current.append(m)
        else:
            current = [m]
            runs.append(current)
    return runs


def _never_a_name(w: str, allow: frozenset[str]) -> bool:
    """*w* is a stop word, a month or weekday, allowed, a title or an honorific: no word of a name."""
    return w in _STOP_CAPS or w in _CALENDAR_WORDS or w.casefold() in allow or _is_title(w) or w in _HONORIFICS


def _named_words(words: list[str], probs: dict[str, float], allow: frozenset[str]) -> bool:
    """No word of *words* is a stop word, a title, a month or weekday or allowed, and one English writes as a name or
    does not know."""
    return (all(not _never_a_name(w, allow) for w in words)
            and any(w not in probs or is_proper(w, probs) or _name_like(w, probs) for w in words))


# (twelfth round) a prison or a mental-health service named with the acronym British, Irish and North American records
# write with it: "HMP" (His Majesty's Prison) or "HMYOI" (Young Offender Institution), "FCI" (a US federal
# correctional institution) before its name ("HMP Larkmoor", "HMYOI Feltham", "FCI Dublin"), or a community mental
# health team or centre, a children's service, a crisis team, a VA medical centre or outpatient clinic or an Ontario
# family health team after it ("Leeds North CMHT", "Salem VAMC", "Kemptville FHT"): one LOCATION with the acronym (the
# name alone was found, typed as a person, or not at all); the name's words judged by _named_words (not "the CMHT", "HMP
# Healthcare" -- a common word)
_SERVICE_NAME = rf"[{_UP}][{_LO}]+(?:[ -][{_UP}][{_LO}]+){{0,2}}"
_SERVICE_PLACE = re.compile(rf"(?<![\w.-])(?:HMP|HMYOI|HMP/YOI|HMP & YOI|FCI) ({_SERVICE_NAME})(?![\w'’-])"
                            rf"|(?<![\w'’.-])({_SERVICE_NAME}) (?:CMHT|CAMHS|CRHT|CMHC|VAMC|CBOC|FHT)(?![\w-])")
_SERVICE_GATE = re.compile(r"\b(?:HMP|HMYOI|FCI|CMHT|CAMHS|CRHT|CMHC|VAMC|CBOC|FHT)\b")


def service_places(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    if _SERVICE_GATE.search(text) is None:
        return []
    out = []
    for m in _SERVICE_PLACE.finditer(text):
        group = 1 if m.group(1) is not None else 2
        start, words = m.start(), re.split(r"[ -]", m.group(group))
        if group == 2 and _SENTENCE_END.search(text, max(0, start - 4), start) and not _strongly_proper(words[0], probs):
            if len(words) == 1:
                continue  # "Contact CMHT", "Leeds CMHT" opening a sentence: the first word is capitalised by position
            start, words = start + len(words[0]) + 1, words[1:]
        if _named_words(words, probs, allow):
            out.append((start, m.end(), LOCATION))
    return out


# (twelfth round) a sentence that opens with a word and says whom it is to the speaker ("Stoica is my care coordinator",
# "Kaveh was my best friend", "Dąbrowska's my social worker"): the word is a person's name, when English does not know
# it or writes it mostly capitalised (not a word it writes capitalised only often, "Alcohol"), and it is no kin word, title or allowed word ("Alcohol was my best friend", "This is my
# sister", "Mum is my carer" stay)
_KIN_CAPS = frozenset({"Nan", "Nanna", "Nain", "Taid", "Gran", "Granny", "Grandad", "Granda", "Mam", "Mammy", "Da",
                       "Baba", "Mama", "Papa", "Abuela", "Abuelo", "Bubbe", "Zaide", "God", "Jesus", "Christ", "Allah",
                       "Lord", "Buddha"})
_IS_MY_RELATION = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=:\s))([{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?) (?:is|was|['’]s) (?:my|our) "
    rf"(?:(?:ex|late|older|younger|little|big|best|new|old|current|main|care|key|support|family|school|work)[- ])?"
    rf"(?:{'|'.join(_RELATION_NOUNS)}|{_ROLE_WORDS})\b")


def is_my_relation_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    if " my " not in text and " our " not in text:
        return []
    out = []
    for m in _IS_MY_RELATION.finditer(text):
        w = m.group(1)
        if w in _KIN_CAPS or w.casefold() in _RELATION_WORDS or len(w) < MIN_GUESS_LEN:
            continue
        if _named_words(w.split("-"), probs, allow) and (w not in probs or is_proper(w, probs)):
            out.append((m.start(1), m.end(1), PERSON))
    return out


# (twelfth round) a place named for a saint, abbreviated or not, as towns, suburbs, parishes and hospitals of Britain,
# Ireland, Canada and the US are ("St. Vital", "St Albans", "Ste-Foy" aside, "Saint John"): one LOCATION, the word after
# the saint's title capitalised and no month, weekday, stop word or allowed word; not a street's "St" after a
# capitalised word ("Elm St Tuesday"), a possessive (the facility rule's, "St. Mary's") or a feast or herb ("St
# Patrick Day", "St John wort")
_SAINT_PLACE = re.compile(rf"(?<![\w.])(?:St\.?|Ste\.?|Saint|Sainte) ([{_UP}][{_LO}]+(?:[ -][{_UP}][{_LO}]+)?)"
                          rf"(?![\w'’-]| (?i:day|eve|wort)\b)")
_SAINT_GATE = re.compile(r"\b(?:St|Ste|Saint|Sainte)\.? [A-Z]")
_CAP_WORD_BEFORE = re.compile(rf"[{_UP}][{_LO}]* $")


# (twenty-seventh round) the same in lower case as chats type it, a facility named for a saint: "st", "st." or "saint",
# a lower-case word (a possessive or not) and the facility's word ("im in st ita's hospital", "st johns school"): one
# LOCATION with its facility word; not a saint's day or herb ("st john's wort"), nor "1st"/"west" (a word runs into it)
_SAINT_FACILITY_LOWER = re.compile(r"(?<![\w.])(?:st\.?|saint) ([a-z]{2,}(?:['’]s)?) (?:hospital|hospice|church|cathedral|"
                                   r"chapel|parish|school|primary|college|academy|clinic|surgery|medical centre|"
                                   r"health centre|nursing home|care home)\b")

_SAINT_NOT = frozenset("the a an my our your his her their its this that at in on to of and or for".split())


def saint_facilities_lower(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """The lower-case facilities of :data:`_SAINT_FACILITY_LOWER`."""
    if "st " not in text and "st. " not in text and "saint " not in text:
        return []
    return [(m.start(), m.end(), LOCATION) for m in _SAINT_FACILITY_LOWER.finditer(text)
            if m.group(1).split("'")[0].split("’")[0] not in _SAINT_NOT and m.group(1).casefold() not in allow]


# (fourteenth round) a speaker label that is a person's name before the turn's timestamp, as Otter, Zoom and Teams export a
# transcript ("Tevita  12:06  Yeah.", "drew  0:41", "Mary Beth  1:02:15"): at a line's start (or after another label),
# two spaces or a tab before the time; a name by English's capitalisation (or unknown to it), not a role or a speaker
# number ("Speaker 1  0:03", "Unknown Speaker  31:02", "Therapist  2:10", "Interviewer  0:05" stay)
_TIMESTAMP_LABEL = re.compile(rf"(?:^|\n|: )((?:[{_UP}][{_LO}]+|[{_LO}]{{3,}})(?: [{_UP}][{_LO}]+)?)(?: {{2,}}|\t)\d{{1,2}}:\d\d(?::\d\d)?\b")
_LABEL_ROLES = frozenset("""therapist client participant patient interviewer interviewee facilitator guide counsellor counselor
    clinician doctor nurse speaker narrator unknown other moderator researcher respondent host guest caller agent
    mum mom dad nan mother father son daughter addendum dictation transcript update correction""".split())


# (fourteenth round) a group's or a family session's speaker label that is a first name, at a line's start ("Tane: sorry,
# can I come in there?", after another label too): a word English hardly writes in lower case and that is no role, kin
# word or heading ("Facilitator:", "Nan:", "Mum:", "Note:", "Plan:", "Dictation:", "Addendum:", "GM4:" stay; "Grace:"
# too, a word -- its speaker label list or a cue finds her), and that English writes capitalised more than in lower case
# (or does not know); four letters or more (not an abbreviation, "Soc:", "Tel:", "Mob:")
_COLON_LABEL = re.compile(rf"(?:^|\n)(?:[^\n:]{{1,30}}: )?([{_UP}][{_LO}]{{3,}}(?: [{_UP}][{_LO}]{{2,}})?): ([a-z]+|I\b|[A-Z][a-z]+\b(?! [A-Z][a-z]))")


_NUMBER_WORDS = frozenset("""zero oh one two three four five six seven eight nine ten eleven twelve double triple""".split())


def _talk_opening(word: str, probs: dict[str, float]) -> bool:
    """*word* opens a turn of talk, not a form's value ("sorry", "Yeah", "I", "Because"; not "Rua", "Villa", "RSSMRA")."""
    if word.lower() in _NUMBER_WORDS:
        return False  # a number read out ("Soc: four one two ...")
    return word.islower() or word == "I" or word[1:].islower() and probs.get(word.lower(), UNSEEN) > COMMON_WORD


def colon_label_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """The first names of :data:`_COLON_LABEL` (a group's speaker labels)."""
    out = []
    for m in _COLON_LABEL.finditer(text) if ": " in text else ():
        words = m.group(1).split()
        if all(w.casefold() not in _LABEL_ROLES and not _never_a_name(w, allow) and w not in _KIN_CAPS
               and probs.get(w.lower(), UNSEEN) <= NAME_PART_LOWER and is_proper(w, probs) for w in words) \
               and _talk_opening(m.group(2), probs):
            out.append((m.start(1), m.end(1), PERSON))
    return out


def timestamp_label_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """The names of :data:`_TIMESTAMP_LABEL` (an exported transcript's speaker labels)."""
    out = []
    if ":" not in text or "  " not in text and "\t" not in text:
        return out
    for m in _TIMESTAMP_LABEL.finditer(text):
        words = m.group(1).split()
        if any(w.casefold() in _LABEL_ROLES or w.casefold() in allow or w in _STOP_CAPS or w in _CALENDAR_WORDS
               for w in words):
            continue
        if all(w[0].isupper() and (w not in probs or is_proper(w, probs)) or w[0].islower() and len(w) >= 3 and probs.get(w, UNSEEN) < COMMON_WORD
               for w in words):
            out.append((m.start(1), m.end(1), PERSON))
    return out


def saint_places(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    if _SAINT_GATE.search(text) is None:
        return []
    out = []
    for m in _SAINT_PLACE.finditer(text):
        words = re.split(r"[ -]", m.group(1))
        if _CAP_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()) or text[m.start():m.end()].casefold() in allow:
            continue
        if all(w not in _STOP_CAPS and w not in _CALENDAR_WORDS and w.casefold() not in allow for w in words):
            out.append((m.start(), m.end(), LOCATION))
    return out


# (twelfth round) two names of one kind with a comma between, which the rules or the recogniser found apart: a family
# name before a given name as records, portals and voicemail say a person ("Stewart, Nicole calling back", "Dear
# Paquette, Guillaume,") and a town before its county ("Tuam, Co. Galway"): one span (before, the comma was left
# between two, and the name read as two people); not a list ("Leeds, Bradford and York", "Tom, Mary and Jo": a name, a
# conjunction or a comma before the first or after the second), nor a person's first part of two words ("Ann Lee, Bo Tan")
_LIST_AFTER = re.compile(rf",\s*(?!I\b|I['’]|[{_UP}]{{2,}}\b)[{_UP}]|\s+(?:and|or|&|n|nor)\s+(?!I\b|me\b)[{_UP}]")
_LIST_BEFORE = re.compile(rf"(?:[{_UP}][\w'’-]*,|\b(?:and|or|&))\s*$")


_GIVEN_NEXT = re.compile(rf", ([{_UP}][{_LO}]+)(?![\w'’-])")


def _family_before_given(text: str, m: re.Match, probs: dict[str, float], allow: frozenset[str]) -> bool:
    """(thirteenth round) The word at *m*, a form's or a log's value after a label, is a family name before a comma and a
    given name, as records, minutes and incident forms write a person ("Reported by: Leblanc, Andrew, RN"): English
    writes it as a name and hardly in lower case, and the word after the comma is a name too (not "Note: Thanks,
    Claire"; not a sentence's opening word, "Conversely, Claire said", "Goodnight, Claire", which English also writes
    capitalised more than in lower case)."""
    w = m.group()
    if (len(w) < MIN_GUESS_LEN or w.endswith("ly") or _never_a_name(w, allow) or w in _KIN_CAPS
            or text[m.end():m.end() + 2] != ", "):
        return False
    if w in probs and not (is_proper(w, probs) and probs.get(w.lower(), UNSEEN) <= NAME_PART_LOWER):
        return False
    given = _GIVEN_NEXT.match(text, m.end())
    if given is None:
        return False
    g = given.group(1)
    return (len(g) >= MIN_GUESS_LEN and g not in _STOP_CAPS and g not in _CALENDAR_WORDS and g.casefold() not in allow
            and not _is_title(g) and (g not in probs or is_proper(g, probs)) and not _LIST_AFTER.match(text, given.end()))


# (thirteenth round) parts a found name leaves beside it:
# - two capital initials without full stops before a family name, as minutes, rotas and notes write a colleague ("KD
#   Greene", "Reported by: GW Hughes"; one initial, "J Gurung", was already taken): not a credential, rank or
#   abbreviation English writes in capitals ("RN Hughes", "DC Price", "OK Sarah", "GP Patel" stay apart);
# - an English town's "upon" between two names ("Newcastle upon Tyne", "Kingston upon Thames"): one place;
# - a mental-health, crisis or home-treatment team after a place that names it ("Kirkby Community Mental Health Team")
_NOT_INITIALS = frozenset("""RN GP MD DO NP PA OT PT SW DR MR MS ED ER IV TV UK US HR IT PE CC NB PS ID HI OK AM PM QC KC
    MP JP DJ VP GM BA MA BS RE FW CO DC DI DS PC CI SN EN TA PO SR JR ST AA NA CA UN EU NZ SA OR IN ME TO OF AT BY IS SO
    NO GO UP ON AN AS IF MY WE HE BE YO UH UM HM MM OH EH AH""".split())
# - (fourteenth round) a family name's initial without a full stop after a given name, as group members, rotas and notes
#   name one of two with one given name ("Jayden H's idea", "can we hear from Ellie D before", "Ellie D, you look"): not
#   "A" or "I" (words: "Sarah I think"), not a capital word after it ("Tom B Smith" is another form), and only before a
#   possessive, a lower-case word or punctuation
_BARE_TRAILING_INITIAL = re.compile(r" (?![AI])[A-Z](?=['’]s\b|(?!['’])[,;:!?)]|\s+[a-z]|\s+I(?:['’][a-z]{1,2})?\s|\s*$)")
# (fifteenth round: also before "I" or "I'd", "I told Kevin R I'd set a date")
# - (fourteenth round) a club, shed or hospital named for a place with whom it serves or its body's initials after it
#   ("Corrib Valley Men's Shed", "Kilbride Women's Refuge", "Northside Children's Hospital", "Glenmore GAA Club",
#   "Harbour RSL Club"): one place (before, the rules took "Corrib Valley Men" as a person, "Glenmore" alone); not a
#   possessive of a person ("Sarah's Club"), nor a kind after a lower-case word ("the men's shed")
_GROUP_FACILITY_AFTER = re.compile(r"(?:(?<=Men)|(?<=Women)|(?<=Children)|(?<=Ladies)|(?<=Girls)|(?<=Boys))['’]s (?:Shed|Club|"
                                   r"Refuge|Hospital|Health|Centre|Center|Group|Aid|Home|Services?|Clinic)\b"
                                   r"| [A-Z]{2,5} (?:Club|Centre|Center|Hall|Grounds?|Clubhouse)\b"
                                   # (fifteenth round) an Australian returned-services club by its initials alone
                                   # ("the Whitestone RSL", "at Cobblers Hill RSL on Fridays")
                                   r"| RSL\b(?![\w'’-])")
_TEAM_BEFORE = ("Health", "Crisis", "Treatment", "Intervention", "Outreach", "Liaison")
# - (fifteenth round) a nickname in brackets after a person's name with no family name after it, as notes, journals and
#   histories introduce a person ("his father, Bartley (Bart), who", "forgive Patricia (Trish)."; the eleventh round
#   took only "Jesús (Chucho) Drover"): one PERSON, when the bracket holds one word English writes as a name or does not
#   know and that is no stop, calendar, allowed, relation or title word ("Sarah (Therapist)", "Dr Lee (Psychiatry)",
#   "Tom (Dad)", "Ann (Monday)" stay apart)
_NICK_AFTER = re.compile(rf" \(([{_UP}][{_LO}]+)\)")
# - (fifteenth round) a place named with a possessive inside it, after a place's cue ("goes to Tinker's Rest", "the
#   group at Drover's Arms", "from Bishop's Stortford"; before, only the first word was taken): one LOCATION, when the
#   capitalised word after the possessive is no stop, calendar, allowed, relation or title word ("to Mel's Mum" stays)
# - (fifteenth round) a service named with "and" inside it, after a name that ends in a common noun ("the Eastgate Alcohol
#   and Drug Service", "Northside Mental Health and Addiction Services"; before, "Eastgate Alcohol" alone): one LOCATION,
#   up to the service's or a facility's head noun; not after a name English writes as a name ("Sarah and Family
#   Services" stays apart)
_AND_SERVICE_TAIL = re.compile(rf" and ((?:[{_UP}][{_LO}]+ ){{0,3}}[{_UP}][{_LO}]+)(?![\w'’-])")
_POSSESSIVE_PLACE_TAIL = re.compile(rf"['’]s ([{_UP}][{_LO}]+)(?![\w'’-])")


def _nick_word(w: str, probs: dict[str, float], allow: frozenset[str]) -> bool:
    return (not _never_a_name(w, allow) and w.casefold() not in _RELATION_WORDS and w not in _KIN_CAPS
            and (w not in probs or is_proper(w, probs)))


# - (sixteenth round) a name said with a stammer, a false start, a filler or a correction inside it, as full-verbatim
#   transcripts write it ("O- Owen", "Ha- Hannah", "Port, um, Port Macquarie", "Palmerston -- Palmerston North", "Kelsey,
#   I mean Kerry", "Derek -- sorry, Darren"): one span over the whole (the stammered part alone still identifies; before,
#   the part and the gap were left).  A false start is a capitalised word the name begins with (not "I" before a comma:
#   "so I, Ian, ..."); a correction joins two names the rules found, with a repair word or a dash between them (not a
#   comma alone: a list, comma_joined's)
_FALSE_START_BEFORE = re.compile(rf"(?<![\w'’-])([{_UP}][{_LO}]*)(-|,(?: (?:um|uh|er|erm|ah),)?| (?:um|uh|er|erm),| --| —) $")
_REPAIR_GAP = re.compile(r"(?:,| --| —)? (?:(?:I mean|I meant|sorry|no|or rather|I think),? )?(?:(?:um|uh|er|erm),? )?")
# - (sixteenth round) a neighbourhood "in" its town, both places the rules found ("Chorlton in Manchester"): one place;
#   not a facility in its town ("St. Mary's Hospital in Tacoma" stays two)
# - (sixteenth round) a family name's initial in lower case after a person's name, as people type it ("had a fight with
#   mason r", "can i see megan t instead", "this is Courtney l, your"): not a chat word ("u", "n", "x", "y", "k", "v"),
#   "a" or "i" only before punctuation ("Sarah a lift", "Tom i think" stay), none before "u"/"you" ("Sarah r u ok")
_LOWER_TRAILING_INITIAL = re.compile(r" (?:[bcdefghjlmopqrstwz](?=[,;:!?)]|\s*$|\s+(?!u\b|ur\b|you\b|ya\b)[\w(])"
                                     r"|[ai](?=[,;:!?)]|\s*$))")
# (twenty-second round) a family name's initial in lower case with a possessive, after a name typed in lower case
# ("at josh c's house", "staying at ellie m's"): a person's, also after a place's cue
_LOWER_POSSESSIVE_INITIAL = re.compile(r" [a-z]['’]s(?![\w'’-])")
# - (sixteenth round) a facility's kind in lower case after its name, as people type it ("at Northgate gym", "in Ashcombe
#   uni", "goes to Millbrook leisure centre"): one LOCATION, after a place or after a place's cue ("told Sarah college
#   was hard" stays)
_LOWER_FACILITY_AFTER = re.compile(r" (?:gym|uni|cafe|café|college|church|library|school|hospital|clinic|surgery|"
                                   r"(?:leisure|medical|health|community|sports|youth|family|wellbeing|wellness|recovery|"
                                   r"counselling|counseling|drop-in|day|resource|neighbourhood|neighborhood|family) "
                                   r"(?:centre|center|hub|service|services|clinic|practice)|"
                                   # (twenty-second round) "larchfield general hospital", "heatherlea high", "silverbirch
                                   # high school", "kowhai bay academy", "millbrook pharmacy", a workplace "greyhaven foods"
                                   # (its kinds foods, motors, logistics, bakery since in WORKPLACE_KINDS)
                                   r"(?:(?:bay|park|hill|grove|vale|heights|valley|ridge) )?(?:(?:general|community|district|"
                                   r"regional|private|base|memorial) hospital|academy|pharmacy|chemist|(?:high|primary|"
                                   r"secondary|grammar|intermediate|middle|elementary) school|high|building supplies|"
                                   # (twenty-third round) "hollybank university", "westvale secondary college", "marlow
                                   # park uni", "pinecrest community health", a workplace's kind ("redgum hardware",
                                   # "halcyon insurance"; WORKPLACE_KINDS)
                                   r"university|uni|college|(?:secondary|sixth form|technical|community|tafe|junior|senior) "
                                   r"college|community health(?: cent(?:re|er)| services?| clinic)?|" + WORKPLACE_KINDS + r"))(?![\w'’-])")
# (twenty-third round) a town's "town" or "city" after it, as Irish and British people say a town ("went back to carlow
# town", "in the middle of leeds city centre"): a place only (not "told sarah town was dead"; "sarah" a person)
_TOWN_WORD_AFTER = re.compile(r" (?:town|city|Town|City)(?: (?:centre|center|Centre|Center))?(?![\w'’-])")
# - (sixteenth round) a Canadian province's or an Australian state's code in lower case after a place, as people type it
#   ("in kelowna bc.", "near dubbo nsw"): the codes that are no English word (not "on", "ns", "wa", "vic", "sa", "act",
#   "nt"); "bc" only before punctuation or the end (chat's "because": "moved to kelowna bc i got a job")
_LOWER_PROVINCE_AFTER = re.compile(r" (?:bc(?=[,;:!?)]|\.(?!\w)|\s*$)|(?:ab|sk|mb|nsw|qld|"
                                   # (twenty-second round) the other codes that are no English or chat word: Ontario's
                                   # and Tasmania's abbreviations, the US states' ("chico ca", "billings mt"; not "in",
                                   # "me", "or", "oh", "hi", "ok", "pa", "ma", "de", "co", "la", "al", "id", "ms", "mo",
                                   # "tn": tonight), England's counties' ("wigan lancs"), Ireland's "co" and county
                                   r"ont|tas|qc|nb|pei|ak|az|ar|ca|ct|dc|fl|ga|ia|il|ks|ky|md|mi|mn|mt|nc|nd|nh|nj|nm|nv|ny|"
                                   r"ri|sc|sd|tx|ut|vt|wi|wv|wy|lancs|yorks|herts|hants|notts|lincs|leics|wilts|worcs|"
                                   r"staffs|glos|northants|oxon|cambs|derbys|berks)(?![\w'’@.-])|"
                                   r"(?i:co\.?|county) (?i:antrim|armagh|carlow|cavan|clare|cork|derry|donegal|down|dublin|"
                                   r"fermanagh|galway|kerry|kildare|kilkenny|laois|leitrim|limerick|longford|louth|mayo|"
                                   r"meath|monaghan|offaly|roscommon|sligo|tipperary|tyrone|waterford|westmeath|wexford|"
                                   r"wicklow)(?![\w'’@-]))")
_PLACE_CUE_RIGHT_BEFORE = re.compile(r"\b(?:in|at|to|from|near|outside|into|of)\s$")


# - (seventeenth round) a family name's initial after a name before a bracket, a dash or a file name's underscore, as
#   notes, rotas and file names write a colleague or a relative ("r/v by McGrath M (duty psych)", "husband Tremblay
#   D -- aware", "Prepared by: Luke B. (research assistant)", "Shane B._s04.m4a", "Thanks, Wiremu F.."); "A" too, and
#   before punctuation ("dtr Whitlock A, visiting"; not before a lower-case word: "told Annabelle A lot"; "I" never)
_INITIAL_BEFORE_BRACKET = re.compile(r" (?!I)[A-Z](?:\.(?=\.|_|\s+\()|(?=\s+\(|\s+(?:--|—|–)\s|_))"
                                     r"| A(?=(?!['’])[,;:!?)])")
_INITIAL_STOP_AFTER = re.compile(rf"\.|_|\s+\(|\s*$|\s+[{_LO}]|\s*[,;:!?|]|['’]s\b")
# - (seventeenth round) a town and its state, province or territory after a comma, as addresses, front matter and talk
#   of the US, Canada and Australia name a town ("Wenatchee, WA", "Barrie, Ontario", "Cairns, QLD", "Launceston,
#   Tasmania"): one LOCATION with the state (before, the town alone, and often typed a person).  Every state, province
#   and territory of the three, by name and by postal code (twenty-first round: and New Zealand's regions, "Tauranga,
#   Bay of Plenty").  After a town found as a place, any of them; after one word
#   typed a person (the rules had no place's cue), only those that are no given name, credential, clinical abbreviation
#   or English word ("Smith, MD", "Sam, OK", "Jones, ACT", "Sam, Georgia" stay); the lists are recognizers' (an
#   address's state reads them too)
_STATE_NOT_AFTER_PERSON = frozenset("""Georgia Virginia Washington Victoria Alberta Indiana Montana Carolina
    W.A. S.A. N.T. D.C. AL CA CO CT DE HI ID IN LA MA MD ME MI MO MS NB NE OH OK ON OR PA PE SC TN VA QC SA NT ACT DC""".split())
_CREDENTIAL_CODES = frozenset({"MD", "MA", "MS", "PA"})  # also a degree's: "a letter from Okafor, MD" (from: a person's too)
_STATE_AFTER = re.compile(r", (" + "|".join(sorted([re.escape(w) for w in DOTTED_STATE_CODES] + [
    w.replace("_", " ") for w in US_STATES + CA_AU_STATES + NZ_REGIONS + STATE_CODES], key=lambda w: (-len(w), w)))
    + r")(?![\w'’@-]|\.\w)")
# - (seventeenth round) a service's unit, clinic or hospital head after a place's or facility's name, with a service's
#   initials before it, as notes name a ward or a team's base ("from Ashgrove MH Unit", "Wattlebank Clinical Research
#   Unit", "Riverside CAMHS Clinic"): one LOCATION (before, the name alone, the head left)
# (nineteenth round: also a residential home's head, "St Brigid's Care Home", "Ashdale Nursing Home")
_FACILITY_HEAD_AFTER = re.compile(r" (?:(?!(?:GP|OK|ED|ER|TV|AM|PM|RN|MD|DR|MR|MS|NB|PS|CC) )[A-Z]{2,5} )?(?:Unit|Clinic|Hospital|Centre|Center|Service|Services|Hospice|Practice|"
                                  r"Facility|Institute|Ward|(?:Care|Nursing|Rest|Retirement|Residential|Aged Care) Home)(?![\w'’-])")
# - (twenty-fifth round) a facility's capitalised words after a saint's or a founder's possessive place, as hospitals,
#   practices and services are named ("St Columba's Family Practice", "St Aidan's Community Health", "St Jude's Mental
#   Health Unit", "St Kevin's Psychology"; not "St Anne's Tuesday group": the last word a facility's head)
_POSSESSIVE_FACILITY_TAIL = re.compile(r" (?:(?:Mental|Family|Community|Medical|General|Primary|Day|Health|Care|Youth|"
                                       r"Child|Children's|Women's|Recovery|Wellbeing|Psychiatric|Private|Outpatient|"
                                       r"Counselling|Counseling|Rehabilitation|Rehab|Specialist|Sports) ){0,3}"
                                       r"(?:Practice|Health|Psychology|Physiotherapy|Unit|Clinic|Hospital|Hospice|"
                                       r"Centre|Center|Service|Services|Surgery|Institute|Ward|Home|Counselling|"
                                       r"Counseling|Pharmacy|School|College|Academy|Church|Parish|Primary)(?![\w'’-])")
# - (twenty-sixth round) a saint's place typed in lower case and its facility's kind after its possessive ("from st
#   brendan's college", "at st vincent's hospital"; not "st anne's on tuesday")
_SAINT_LOWER_TAIL = re.compile(r" (?:(?:primary|secondary|high|community|general|private|medical|catholic|parish) )?"
                               r"(?:college|school|hospital|hospice|church|parish|practice|surgery|clinic|primary|"
                               r"academy|cathedral|(?:care|nursing) home)(?![\w'’-])", re.IGNORECASE)
# - (twenty-fifth round) a GP's clinic or surgery in any case after a place ("at Marram GP clinic", "my gp at
#   silverbeck gp surgery")
_GP_FACILITY_AFTER = re.compile(r" (?:GP|gp|Gp) (?:clinic|surgery|practice|centre|center|Clinic|Surgery|Practice|Centre|Center)(?![\w'’-])")
# - (nineteenth round) a place's dotted initials end with their own full stop ("Nanaimo, B.C.", "Sydney, N.S.W."): the
#   stop goes with the place (before, "B.C" was found and its last stop left)
_DOTTED_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]\Z")


# - (twenty-fourth round) a place found as one and its state's postal code or its nation typed after it with no comma, as
#   forms and messages write them ("Akron OH if possible", "meets at Kamloops BC now", "my kids go to paisley scotland"):
#   with the place; not a code that is also an English word in capitals ("Akron IN the spring", "Perth OR Sydney") nor
#   a code in lower case ("kamloops bc": "bc" is typed "because")
_CODE_NOT_SPACED = frozenset({"IN", "OR", "ME", "OK", "HI", "ON", "AS", "DE", "PE", "SA", "MD", "MA", "MS", "PA", "CO"})
_STATE_CODE_SPACED = re.compile(r" (" + "|".join(c for c in STATE_CODES if c not in _CODE_NOT_SPACED)
                                + r"|N\.?S\.?W|QLD|VIC|TAS|NSW|ACT)(?![\w'’@-]|\.\w)")
# (twenty-seventh round) such a code that is also a word in capitals, where the line ends after it (a full stop or a
# comma aside) and the place is written in small letters ("Where was it done? Medford OR", "in Bangor ME."): the place's
# state too; not before another word ("Perth OR Sydney") nor in a text in capitals, nor "OK" or "HI" ("in Leeds OK?")
_WORD_CODE_AT_END = re.compile(r" (?:IN|OR|ME|ON|DE|PE|SA|MD|MA|MS|PA|CO)(?=[.,;!]?[ \t]*(?:\n|\Z))")
_NATION_SPACED = re.compile(r" (?:(?:[Nn]orthern )?[Ii]reland|[Ss]cotland|[Ee]ngland|[Ww]ales)(?![\w'’@-])")
# (twenty-sixth round) also after a name typed a person (no place's cue before it), in any case, an Irish county after
# "Co"/"County" (all 32 counties: "tralee co kerry", "the nearest is Ennis Co Clare") and a province's or state's
# abbreviation that is no English or chat word, in lower case ("is kingston ont", "dubbo nsw"; not "kamloops bc":
# "because"): the place typed so (before, only after a place's cue, _LOWER_PROVINCE_AFTER)
_COUNTY_LEAD = (" co ", " co.", ", co", " cou")  # how a county after a town begins (the cheap test)
_COUNTY_SPACED = re.compile(rf",? (?:[Cc]o\.?|CO\.?|[Cc]ounty|COUNTY) (?i:{IRISH_COUNTIES})(?![\w'’@-])")
_COUNTY_TAIL = re.compile(rf",? (?:[Cc]o\.?|CO\.?|[Cc]ounty|COUNTY) (?i:{IRISH_COUNTIES})$")
_LOWER_STATE_SPACED = re.compile(r" (?:ont|qld|nsw|sask|alta)(?![\w'’@-]|\.\w)")


def _spaced_state_joined(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """*spans* with a place's state code or nation after a space in the place's span (:data:`_STATE_CODE_SPACED`)."""
    out: list[tuple[int, int, str]] = []
    for s, e, t in spans:
        if out and s < out[-1][1]:  # the code, found as a span of its own
            out[-1] = (out[-1][0], max(e, out[-1][1]), out[-1][2])
            continue
        if t == LOCATION and text[e:e + 1] == " " and (
                (m := _NATION_SPACED.match(text, e)) or text[s].isupper() and (m := _STATE_CODE_SPACED.match(text, e))
                or text[s].isupper() and text[e - 1].islower() and (m := _WORD_CODE_AT_END.match(text, e))):
            e = m.end()
        elif t == PERSON and text[e:e + 1] == " " and (m := _LOWER_STATE_SPACED.match(text, e)):
            e, t = m.end(), LOCATION  # "kingston ont": the province says a place
        elif t in (PERSON, LOCATION) and text[e:e + 4].casefold() in _COUNTY_LEAD and (
                m := _COUNTY_SPACED.match(text, e)):
            e, t = m.end(), LOCATION
        out.append((s, e, t))
    return out


def _state_joined(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """*spans* with a town's state, province or territory after its comma in the town's span (:data:`_STATE_AFTER`)."""
    out: list[tuple[int, int, str]] = []
    starts = {s for s, _, t in spans if t in (PERSON, LOCATION)}  # a state's name found as a name ("Olympia, Washington")
    for s, e, t in spans:
        if out and s < out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e, out[-1][2])
            continue  # the state, found as a name of its own ("Wenatchee, Washington")
        if t in (PERSON, LOCATION) and text[e:e + 2] == ", " and text[s].isupper() and (m := _STATE_AFTER.match(text, e)) and (
                t == LOCATION and not (m.group(1) in _CREDENTIAL_CODES and text[max(0, s - 5):s] == "from ")
                or " " not in text[s:e] and (m.group(1) not in _STATE_NOT_AFTER_PERSON or len(m.group(1)) > 3 and m.start(1) in starts)):
            e, t = m.end(), LOCATION
        out.append((s, e, t))
    return out


# - (seventeenth round) a name alone as the value of a role's label, as notes, front matter and file headers name staff
#   and participants ("Interviewer: Tane", "Therapist: Grant (trainee)", "Prepared by: Fraser Lomu | Version 2",
#   "Key worker: Anahera"): PERSON, when the value ends the field (the line's end, a bracket, a bar, a dash) and its
#   words are no stop, calendar, title, role or allowed word and English hardly writes them in lower case (not a
#   speaker's turn: "Therapist: Right", "Client: Sure (laughs)", "Interviewer: Thanks"); a staff member's or an author's
#   label only: a client's, patient's or participant's label holds answers as well ("Participant: Sertraline", a form's
#   answer; measured: it added 20 false replacements on a blind set of web-form answers)
_ROLE_LABEL_VALUE = re.compile(
    rf"(?:^|\n|\| |; )[ \t]*(?:(?:Lead |Trainee |Assistant |Co-)?(?:Interviewer|Therapist|Clinician|Counsell?or|Facilitator|"
    rf"Supervisor|Researcher|Moderator|Transcriber|Psychiatrist|Psychologist|Social worker|Key ?worker|Care coordinator|"
    rf"Case manager|Rater|Assessor|Observer|Note-taker|Notetaker)"
    rf"(?: \d{{1,2}})?|(?:Prepared|Reviewed|Checked|Transcribed|Seen|Assessed|Interviewed|Supervised|Facilitated) by): ([{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?(?: [{_UP}][{_LO}]+(?:-[{_UP}][{_LO}]+)?)?)"
    rf"(?=[ \t]*(?:$|\n|\(|\||--|—|–))")
_ROLE_LABEL_GATE = re.compile(r"(?:er|ist|or|ant|ee|ent|by|ker|tor): [A-Z]")
ROLE_VALUE_LOWER = -11.5  # before a bracket ("Grant (trainee)"): a word English writes in lower case less than 1 in 100,000
# a bracket after a label's value that says what the person is ("Grant (trainee)", "Ruairi (placement student)"; not
# "Memo (second coding pass)", "Pt (93 y/o)")
_ROLE_IN_BRACKET = re.compile(r"(?:trainee|student|placement|intern|locum|registrar|resident|supervisor|supervisee|lead|"
                              r"senior|junior|clinical|research|assistant|co-?facilitator|facilitator|interpreter|"
                              r"note-?taker|observer|accredited|qualified|volunteer|peer|counsell?or|therapist|"
                              r"psychologist|psychiatrist|nurse|social worker|key ?worker|care coordinator|case manager|"
                              r"[A-Z]{2,5})")
RARE_ROLE_VALUE_LOWER = -15.5  # alone: a word English writes capitalised more often, or in lower case hardly at all
# a speaker's turn or a transcript's marker that a label's value may also be ("Client: Cheers", "Participant: Redacted")
_NOT_LABEL_VALUES = frozenset("""Inaudible Crosstalk Redacted Silence Pause Laughs Laughter Unintelligible Overlapping
    Anonymous Confidential Unknown Absent Pending Withdrawn Declined Cheers Bye Goodbye Ta Tbc Tba""".split())


# - (seventeenth round) a place named with its compass word abbreviated, as notes write it ("from the Sth Shields area",
#   "moved to Nth Sydney"; "Sth"/"Nth" as Australian and British notes shorten South and North): one LOCATION with the
#   capitalised word after it (no stop, calendar or allowed word: "Sth Africa" is a country's name and stays)
_COMPASS_ABBR_PLACE = re.compile(rf"(?<![\w'’.-])(?:Sth|Nth)\.? ([{_UP}][{_LO}]+)(?![\w'’-])")


def compass_abbreviation_places(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """The places of :data:`_COMPASS_ABBR_PLACE`."""
    if "th " not in text and "th. " not in text:
        return []
    return [(m.start(), m.end(), LOCATION) for m in _COMPASS_ABBR_PLACE.finditer(text)
            if not _never_a_name(m.group(1), allow) and not any(
                ("south " if m.group().startswith("S") else "north ") + m.group(1).casefold() == a for a in (
                    "south africa", "south america", "north america", "south korea", "north korea"))]


def role_label_names(text: str, probs: dict[str, float], allow: frozenset[str]) -> list[tuple[int, int, str]]:
    """The names of :data:`_ROLE_LABEL_VALUE`."""
    out = []
    if _ROLE_LABEL_GATE.search(text) is None:
        return out
    for m in _ROLE_LABEL_VALUE.finditer(text):
        words = m.group(1).split()
        bracket = text.startswith(" (", m.end()) and _ROLE_IN_BRACKET.match(text, m.end() + 2)
        if all(not _never_a_name(w, allow) and w.casefold() not in _LABEL_ROLES and w not in _KIN_CAPS
               and w not in _NOT_LABEL_VALUES and (w not in probs or is_proper(w, probs)
                                                   or probs.get(w.lower(), UNSEEN) <= RARE_ROLE_VALUE_LOWER
                                                   or bracket and probs.get(w.lower(), UNSEEN) <= ROLE_VALUE_LOWER)
               for w in words):
            out.append((m.start(1), m.end(1), PERSON))
    return out


# (session 6) a run opened or closed by a place's head word is a place, never a person ("Westchester County", "County
# Kildare", "Ards Borough"): typed as a person, its words were learnt as a person's and "County" was then replaced in every
# form's "County / borough:" label of the study (heldout45: 14 times)
_PLACE_HEAD_WORDS = frozenset("County Shire Borough Parish District Township Province Municipality".split())


def place_by_head(text: str, start: int, end: int, entity_type: str) -> str:
    """LOCATION for a PERSON span whose first or last word is a place's head word (:data:`_PLACE_HEAD_WORDS`), else
    *entity_type*."""
    if entity_type != PERSON or " " not in text[start:end]:
        return entity_type
    first, _, rest = text[start:end].partition(" ")
    return LOCATION if first in _PLACE_HEAD_WORDS or rest.rsplit(" ", 1)[-1] in _PLACE_HEAD_WORDS else entity_type


def joined_parts(text: str, spans: list[tuple[int, int, str]], probs: dict[str, float],
                 allow: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """*spans* (sorted, not overlapping) with the parts above joined to the names beside them."""
    out: list[tuple[int, int, str]] = []
    for s, e, t in spans:
        t = place_by_head(text, s, e, t)
        if out and s < out[-1][1]:  # inside a place a part below widened ("Club" of "Drumcarrig GAA Club")
            out[-1] = (out[-1][0], max(e, out[-1][1]), out[-1][2])
            continue
        if t in (PERSON, LOCATION) and text[s - 2:s] in ("- ", ", ") and text[s].isupper() and (
                fs := _FALSE_START_BEFORE.search(text, max(0, s - 30), s)) and text.startswith(fs.group(1), s) and not (
                fs.group(1) == "I" and fs.group(2) != "-") and (fs.group(2) == "-" or len(fs.group(1)) > 1):
            s = fs.start(1)
            if out and out[-1][1] > s:  # the false start a span of its own ("Ha- Hannah")
                s, t = min(s, out[-1][0]), LOCATION if out.pop()[2] == LOCATION else t
            if t == PERSON and text.startswith(fs.group(1) + " ", fs.end()) and _PLACE_BEFORE.search(
                    text, max(0, s - 40), s):
                t = LOCATION  # a place's first word said twice after its cue ("from Port, um, Port Macquarie")  # (sixteenth round) "O- Owen", "Port, um, Port Macquarie"
        if (out and t in (PERSON, LOCATION) and out[-1][2] in (PERSON, LOCATION) and text[s].isupper()
                and text[out[-1][0]].isupper() and s - out[-1][1] <= 18 and (
                    (gap := text[out[-1][1]:s]) not in (" ", ", ") and _REPAIR_GAP.fullmatch(gap)
                    or gap == " in " and t == LOCATION == out[-1][2] and " " not in text[out[-1][0]:out[-1][1]])):
            s = out.pop()[0]  # (sixteenth round) "Kelsey, I mean Kerry", "Brett -- Brody", "Chorlton in Manchester"
        elif out and t in (PERSON, LOCATION) and out[-1][2] == LOCATION and text[out[-1][1]:s] in (" co ", " co. ", " Co ", " Co. "):
            s, t = out.pop()[0], LOCATION  # (sixteenth round) "naas co kildare", typed without the comma
        if (t == PERSON and s >= 3 and text[s - 1] == " " and text[s - 3:s - 1].isupper() and text[s - 3:s - 1].isalpha()
                and text[s - 3:s - 1].isascii() and (s == 3 or not (text[s - 4].isalnum() or text[s - 4] in ".'’&/-"))
                and text[s - 3:s - 1] not in _NOT_INITIALS and probs.get(text[s - 3:s - 1].lower(), UNSEEN) < -10.5
                and text[s].isupper() and (not out or out[-1][1] <= s - 3)):
            s -= 3
        elif (out and t in (PERSON, LOCATION) and out[-1][2] in (PERSON, LOCATION) and text[out[-1][1]:s] == " upon "
              and text[s].isupper() and text[out[-1][0]].isupper()):
            s, t = out.pop()[0], LOCATION
        if (t == PERSON or t == LOCATION and " " not in text[s:e] and probs.get(text[s:e].lower(), UNSEEN) <= NAME_PART_LOWER) and text[e:e + 1] == " " and (
                bare := _BARE_TRAILING_INITIAL.match(text, e)) and text[s].isupper():
            e, t = bare.end(), PERSON  # (fourteenth round) "Jayden H's idea", "can we hear from Kayleigh K before"
        elif (t == PERSON and text[e:e + 1] == "." and e - s > 3 and text[e - 2] == " " and text[e - 1].isupper()
              and _INITIAL_STOP_AFTER.match(text, e + 1)):
            e += 1  # (seventeenth round) the initial's full stop ("Luke B" found, "Luke B. (RA)")
        elif t == PERSON and text[e:e + 1] == " " and text[s].isupper() and (
                brk := _INITIAL_BEFORE_BRACKET.match(text, e)):
            e = brk.end()  # (seventeenth round) "McGrath M (duty psych)", "Luke B. (RA)", "Whitlock A visiting"
        elif (t in (PERSON, LOCATION) and text[e:e + 1] == " " and text[s].islower() and " " not in text[s:e]
              and (low_i := _LOWER_POSSESSIVE_INITIAL.match(text, e))):
            e, t = low_i.end() - 2, PERSON  # (the possessive left)
        elif t == PERSON and text[e:e + 1] == " " and (low_i := _LOWER_TRAILING_INITIAL.match(text, e)):
            e = low_i.end()  # (sixteenth round) "mason r", "Courtney l, your care coordinator"
        if t in (PERSON, LOCATION) and text[e:e + 1] == " " and (fac := _LOWER_FACILITY_AFTER.match(text, e)) and (
                text[s:e].rsplit(" ", 1)[-1].casefold() not in allow) and (
                t == LOCATION or (text[s].isupper() or " " not in text[s:e])  # (twenty-second round: one word in
                # lower case too, "go to copperleaf hospital")
                and _PLACE_CUE_RIGHT_BEFORE.search(text, max(0, s - 8), s)):
            e, t = fac.end(), LOCATION  # (sixteenth round) "at Northgate gym", "in Ashcombe uni"
        elif (t in (PERSON, LOCATION) and text[e:e + 4] in (" GP ", " gp ", " Gp ") and " " not in text[s:e]
              and (gp := _GP_FACILITY_AFTER.match(text, e)) and text[s:e].casefold() not in allow
              and (t == LOCATION or _PLACE_CUE_RIGHT_BEFORE.search(text, max(0, s - 8), s))):
            e, t = gp.end(), LOCATION  # (twenty-fifth round) "near Marram GP clinic", "at silverbeck gp clinic"
        if t in (PERSON, LOCATION) and text[e:e + 1] == " " and text[s].isupper() and (
                head := _FACILITY_HEAD_AFTER.match(text, e)) and not (
                t == PERSON and _is_title(text[s:e].split(" ", 1)[0])):
            e, t = head.end(), LOCATION  # (seventeenth round) "Ashgrove MH Unit", "Wattlebank Clinical Research Unit"
        if t == LOCATION and text[e:e + 1] == "." and text[e - 2:e - 1] == "." and _DOTTED_INITIALS_END.search(text, max(s, e - 12), e):
            e += 1  # (nineteenth round) "Nanaimo, B.C." (the initials' last stop)
        if t == LOCATION and text[e:e + 1] == " " and (prov := _LOWER_PROVINCE_AFTER.match(text, e)):
            e = prov.end()  # (sixteenth round) "in kelowna bc"
        elif (t == PERSON and text[e:e + 4] in (" co ", " co.", " Co ", " Co.") and " " not in text[s:e]
              and (prov := _LOWER_PROVINCE_AFTER.match(text, e)) and _PLACE_CUE_RIGHT_BEFORE.search(text, max(0, s - 8), s)):
            e, t = prov.end(), LOCATION  # (twenty-second round) "to navan co meath": the town typed a person
        if t == LOCATION and text[e:e + 1] == " " and text[e + 1:e + 2] in "tcTC" and (
                town := _TOWN_WORD_AFTER.match(text, e)) and (text[s].islower() == text[e + 1].islower()):
            e = town.end()  # (twenty-third round) "carlow town", "Leeds City Centre" (in the place's case)
        if t in (PERSON, LOCATION) and text[e:e + 1] in ("'", "’", " ") and (
                shed := _GROUP_FACILITY_AFTER.match(text, e)) and text[s].isupper() and text[s:shed.end()].count(" ") <= 5:
            e, t = shed.end(), LOCATION  # (fourteenth round) "Corrib Valley Men's Shed", "Glenmore GAA Club"
        if (t in (PERSON, LOCATION) and text.startswith(" Team", e) and text[s:e].endswith(_TEAM_BEFORE)
                and " " in text[s:e] and not text[e + 5:e + 6].isalnum()):
            e, t = e + 5, LOCATION
        if t == PERSON and text[e:e + 2] == " (" and (nick := _NICK_AFTER.match(text, e)) and text[s].isupper() and _nick_word(
                nick.group(1), probs, allow):
            e = nick.end()
        elif (t == LOCATION and text[e:e + 1] in ("'", "’") and (tail := _POSSESSIVE_PLACE_TAIL.match(text, e))
              and text[s].isupper() and not _never_a_name(w := tail.group(1), allow) and w.casefold() not in _RELATION_WORDS
              and w not in _KIN_CAPS):
            e = tail.end()
        if (t in (PERSON, LOCATION) and text.startswith(" and ", e) and (svc := _AND_SERVICE_TAIL.match(text, e))
                and svc.group(1).rsplit(" ", 1)[-1] in _FACILITY_HEADS and " " in text[s:e] and text[s].isupper()
                and not is_proper(text[s:e].rsplit(" ", 1)[-1], probs)
                and not any(_never_a_name(w, allow) for w in svc.group(1).split()[:-1])):
            e, t = svc.end(), LOCATION
        if t == LOCATION and text[e - 2:e] in ("'s", "’s") and text[e:e + 1] == " " and text[s].isupper() and (
                tail := _POSSESSIVE_FACILITY_TAIL.match(text, e)):
            e = tail.end()  # (twenty-fifth round) "St Columba's Family Practice", "St Aidan's Community Health"
        if t == LOCATION and text[e:e + 3] in ("'s ", "’s ") and text[s:s + 3].casefold() in ("st ", "st.") and (
                tail := _SAINT_LOWER_TAIL.match(text, e + 2)):
            e = tail.end()  # (twenty-sixth round) "st brendan's college", "st vincent's hospital": typed in lower case
        if (out and t in (PERSON, LOCATION) and out[-1][2] in (PERSON, LOCATION) and text[out[-1][1]:s] in (" & ", " and ")
                and text[s].isupper() and text[out[-1][0]].isupper() and text[s:e].rsplit(" ", 1)[-1] in _FACILITY_HEADS
                and " " not in text[out[-1][0]:out[-1][1]]):
            s, t = out.pop()[0], LOCATION  # (twenty-fifth round) "Harlow & Finch Accountants": a firm of two names
        if t in (PERSON, LOCATION) and s >= 7 and text[s - 7:s] in ("county ", "County ") and (
                s == 7 or not text[s - 8].isalnum()) and text[s].isalpha() and " " not in text[s:e]:
            s, t = s - 7, LOCATION  # (twenty-fifth round) "county durham", "County Tyrone": the county's word before it
        if t == PERSON and " " in text[s:e] and _COUNTY_TAIL.search(text, s, e):
            t = LOCATION  # a capitalised run that took the town and its county as one name ("Ennis Co Clare")
        out.append((s, e, t))
    if any(t == LOCATION and text[e:e + 1] == " " or t == PERSON and (text[e:e + 4].casefold() in _COUNTY_LEAD
                                                                       or _LOWER_STATE_SPACED.match(text, e))
           for _, e, t in out):  # (twenty-fourth round) "Akron OH", "paisley scotland"; (twenty-sixth) "tralee co kerry"
        out = _spaced_state_joined(text, out)
    return out


def comma_joined(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """*spans* (sorted, not overlapping) with each such pair joined."""
    spans = _state_joined(text, spans)  # (seventeenth round) "Wenatchee, WA"
    out: list[tuple[int, int, str]] = []
    for s, e, t in spans:
        if (out and t == LOCATION and out[-1][2] in (PERSON, LOCATION) and text[out[-1][1]:s] == ", "
                and text.startswith(("Co. ", "County ", "Co ", "Co.", "Contae "), s) and text[out[-1][0]].isupper()):
            out[-1] = (out[-1][0], e, LOCATION)  # (fifteenth round) "Ennis, Co. Clare": the town typed a person before
            continue
        if (out and t == out[-1][2] and t in (PERSON, LOCATION) and text[out[-1][1]:s] == ", "
                and (t == LOCATION or " " not in text[out[-1][0]:out[-1][1]])
                and not _LIST_AFTER.match(text, e)
                and not _LIST_BEFORE.search(text, max(0, out[-1][0] - 20), out[-1][0])):
            out[-1] = (out[-1][0], e, t)
        else:
            out.append((s, e, t))
    return out


__all__ = ["KnownNames", "LOCATION", "PERSON", "capitalised_tokens", "comma_joined", "cue_and_capital_names", "german_nouns",
           "inside_allowed", "joined_parts",
           "lower_case_names", "place_by_head"]
