"""A thirteenth SYNTHETIC transcript set for benchmarks/deid.py: the eleventh held-out set.

SYNTHETIC: every person, address, number, email, web page, handle and date below is invented
for this file (real cities, towns, suburbs, neighbourhoods, communities and landmarks, and a few
well-known public hospitals, are used as places only, never with a person; every retreat,
clinic, school, church, marae, temple, shop, firm and workplace name is made up).  Written on
2026-12-06 by an engineer who had NOT seen the de-identifier's rules, its docs page, its tests
or the contents of the earlier sets (only benchmarks/deid.py, for how a set is plugged in and
scored, and of deid_spoken.py and deid_heldout.py .. deid_heldout9.py their docstrings, plus the
``value`` signature and the ``TEMPLATES`` shape of deid_heldout9.py, for the format), in one
go, before any run; no rule and no line of this file was changed after its first run.  It
measures how the rules do on talk they were not written for.

Style: talk and text from settings the earlier docstrings do not name as theirs -- an
ayahuasca retreat in the Peruvian Amazon and one on the Costa Rican coast (the maloca, icaros,
la dieta, the curandero), an ibogaine clinic in Baja California (cardiac screening, flood doses,
the border crossing), a Quebec telepsychiatry consult in French and English (code-switching,
``le CLSC``, ``la DPJ``, ``19h30``), Maori and Pacific clients in Aotearoa New Zealand (whanau,
marae, tangi, karakia, kaupapa Maori services), Aboriginal Australian community health (mob,
Country, sorry business, Aunty and Uncle as respect titles), Welsh and Northern Irish GP
referral letters and sessions (``cwtch``, ``nain``, ``wee``), Singaporean and Malaysian
English (Singlish particles ``lah``, ``leh``, ``sia``; HDB flats, the void deck, kopitiams,
Malay and Tamil family names), Israeli and Lebanese family therapy (savta, teta, shiva,
miluim, the war), an occupational-therapy home visit (grab rails, bath boards, Barthel), a
perinatal-loss support group (stillbirth, angel babies, memory boxes), Zoom chat exports
(``19:02:41 From ... to Everyone:``), a solicitor's letter, a police statement read aloud
in session, a bank-fraud complaint and a travel itinerary for a retreat.
Identifier forms, chosen to differ from the earlier sets' lists where possible: Zoom display
names with pronouns after them (kept outside the span), Quebec ``Ti-`` diminutives
(``Ti-Jean``), Australian ``-zza`` and ``-o`` nicknames (``Shazza``, ``Robbo``), Hokkien
``Ah`` names (``Ah Huat``), Singaporean English-plus-Chinese names (``Jasmine Goh Mei Xin``),
Malay ``binti`` and ``bin`` names, Tamil ``d/o`` and ``s/o`` names, Welsh ``ap`` names, Spanish
two-surname names (``Josue Quesada Villalobos``), Maori names with macrons and ``Te``,
Aboriginal skin names used as surnames, Hebrew and Spanish word-names (Or, Tal, Gal, Shir, Paz,
Luz, Consuelo, Dolores, Amparo), English word-names not used before (Storm, Wren, Robin, Heath,
Dale, Glen, Cliff, Meadow, Sunny, Honey, Angel, Destiny, Harmony, Grace), Maori word-names
(Aroha, Marama) with the same words used as common nouns elsewhere, respect titles outside
the span (``Whaea``, ``Koro``, ``Matua``, ``Aunty``, ``Uncle``, ``Don``, ``Dona``, ``Encik``,
``Puan``, ``Cik``, ``Madame``, ``Rav``, ``Sitt``), Singlish particles after a name (``Wei Ling
lah``), sign-offs in other languages (``Nga mihi``, ``Diolch``, ``Cordialement``), and the
everyday ones (first names alone, full names, surnames after a title, possessives with the
``'s`` outside the span, names at the start of a sentence, lower-case ASR names).  Places:
Peruvian, Costa Rican, Mexican, Quebec, New Zealand, Australian, Welsh, Northern Irish,
Singaporean, Malaysian, Israeli and Lebanese towns, suburbs, neighbourhoods and communities
(accents, macrons, apostrophes, hyphenated French saints' names, Welsh spellings, dual
Aboriginal and English names ``Mparntwe (Alice Springs)``), retreat centres and malocas,
ibogaine clinics, CLSCs, marae, community-controlled health services, surgeries and Welsh
hospitals, kopitiams and hawker centres, mosques, synagogues, churches and temples, schools,
workplaces, shops and real landmarks, some lower case.  Addresses: Singapore HDB blocks with
``#08-1123`` units and six-digit postcodes, Malaysian ``Jalan SS 2/75`` lines, Peruvian
``Jr.`` (jiron) and ``Av.`` lines, Costa Rican directions from a landmark (``200 metros norte
de la iglesia``), Mexican ``Col.`` and ``C.P.`` lines, Quebec civic numbers with a comma and
``app.``, New Zealand rural delivery (``RD 2``), remote Australian community lots and PO
boxes, Welsh ``Heol`` / ``Ffordd`` streets and Northern Irish ``BT`` postcodes, Israeli
street-first lines (``Rehov Herzl 14``), Lebanese building-and-floor descriptions, and spoken
ones.  Dates: French (``le 14 mars``, ``14 mars 2025``, ``le quatorze juillet``) and Spanish
(``el 3 de marzo``, ``3 de marzo de 2025``) forms, the legal ``3rd day of March, 2025``, airline
and bank-statement forms (``14MAR``, ``14 MAR 25``), day ranges (``March 14-21``, ``3-7 June``),
dotted year-first (``2025.03.14``), short day-first with two-digit years (``6/3/25``), Hebrew
calendar days (``5 Tishrei``), and the everyday ones (``14 March``, ``March 14``, US and
day-first numeric dates, ``Thursday 6 March``, spoken ``march fourteenth``); one form in
twenty-four is a fixed-date holiday (``Waitangi Day``, ``Anzac Day``, ``St David's Day``, ``the
Twelfth``, ``la Saint-Jean``): it names a month and day, so it is planted as a date (a
judgement call).  Ages over 89: digits, English words (hyphen, space, capitals, ``a hundred
and three``), French (``quatre-vingt-treize``) and Spanish (``noventa y dos``) words, with
police-statement ``(F, 94)`` and ``94-year-old`` carriers.  Phones: Peruvian, Costa Rican,
Mexican (pairs), Canadian (``514 555-0143``), New Zealand, Australian, Welsh and Northern
Irish, Singaporean, Malaysian, Israeli and Lebanese numbers, fax lines, and digits read out in
English, French (``cinq un quatre``) and Spanish (``nueve seis cinco``).  Emails: ISP and
country domains (``.co.nz``, ``.com.au``, ``.com.sg``, ``.com.my``, ``.co.il``, ``.com.lb``,
``.com.pe``, ``.co.cr``, ``.com.mx``, ``.cymru``, ``.wales``), spoken with the French
``arobase`` and ``point``, the Spanish ``arroba`` and ``punto``, the Hebrew ``shtrudel``, or
``at`` / ``dot``.  URLs: Airbnb and Booking listings, Google Maps short links, Facebook groups
and profiles, x.com, Threads, Reddit user pages, Patreon, Medium and Ko-fi pages, retreat and
clinic sites with language paths, a Zoom link, a Shopee listing, an internationalised domain
with a macron, bare domains, spoken ones with ``punto`` / ``point`` / ``dot``.  SSNs (US
expatriates and travellers): dashes, spaces, none, non-breaking hyphens, spoken in English
and Spanish, the last four alone (the cue in the carrier).  IDs (the cue always in the
carrier, never in the span): Quebec RAMQ health-insurance numbers and driving licences,
Singapore NRIC / FIN numbers, Malaysian MyKad numbers, Israeli ID numbers, Peruvian DNI,
Mexican CURP, Costa Rican cedulas, passport numbers, Lebanese and Israeli IBANs, Australian BSB
and account numbers, UK sort codes and accounts, solicitor's references, police occurrence and
incident numbers, NZ ACC claim numbers, Centrelink CRNs, Australian Medicare and US Medicare
numbers, Northern Irish H&C numbers, NHS Wales numbers, hospital UR numbers and MRNs,
prescription numbers, bank-fraud case references, card numbers, airline booking references,
some spoken.
A title, kin word, honorific or Singlish particle next to a name, an article before a place and
a possessive ``'s`` stay outside the span; a date's own words (``the 3rd day of March``, ``le 14
mars``) are inside it.  ``value`` and the template are drawn independently (deid.py's design),
so now and then a form sits a little oddly in its sentence, as in a real transcript.
The carrier sentences hold words that must NOT be removed: drugs and doses (ayahuasca, two
cups, DMT, harmine, mapacho, rape, sananga, kambo, San Pedro, ibogaine 18 mg/kg, noribogaine,
5-MeO-DMT, psilocybin 25 mg, methadone 80 mg, Suboxone, sertraline 100 mg, venlafaxine 150,
quetiapine 50 mg, Valium 5 mg, Panadol, lithium 900, magnesium), scales and scores (PHQ-9 of 19,
K10 of 32, EPDS 16, DASS-21, HoNOS, WHO-5, MEQ30, Barthel 65, QTc 440 ms, HEADSS), ages under 90
(89, 71, 23 weeks, 8 months), bare years, countries and US states (Peru, Costa Rica, Mexico,
Canada, New Zealand, Australia, Wales, Northern Ireland, Malaysia, Israel, Lebanon, Texas,
California), weekdays alone, times of day (19h30, 2300 hours, half six, 3 a.m.), durations,
money (250 dollars, 1,200 pounds), God, Allah, Hashem, kin words as common nouns (whanau, koro,
nan, my mob, nain, mam, savta, teta, jiddo, ma mere, mi abuelita, my ah ma), common words that
are also names here (aroha, grace, storm, glen, robin), and place-like common words (the
maloca, the tambo, the jungle, the river, the marae, the clinic, the CLSC, the dep, the surgery,
the kopitiam, the void deck, the hawker centre, the kampung, the kibbutz, the village, the
bank, church, the park, the border, the community, the ward).
Deterministic: only the ``random.Random`` passed in is used.
"""

from __future__ import annotations

import random
import unicodedata

# ---- people: invented given names and family names, per community (combined at random) ----
GIVEN = {
    "maori": ["Tāmati", "Aroha", "Wiremu", "Ngāire", "Hēmi", "Mere", "Rāwiri", "Marama", "Tūī", "Hine", "Manaia",
              "Kahurangi", "Rangi", "Anahera", "Nikau", "Tama"],
    "pacific": ["Sione", "Mele", "Losaline", "Tevita", "Teina", "Ngametua", "Fetu", "Salote", "Kalolaine", "Viliami"],
    "aboriginal": ["Dulcie", "Reggie", "Shirley", "Cedric", "Mavis", "Trevor", "Leanne", "Kirra", "Jedda", "Marlon",
                   "Noreen", "Clifford"],
    "quebec": ["Geneviève", "Étienne", "Marie-Ève", "Jean-François", "Mélanie", "Sébastien", "Josée", "Benoît",
               "Maude", "Yannick", "Chantal", "Réjean", "Ginette", "Olivier"],
    "spanish": ["Josué", "Yendry", "María José", "Wilber", "Yesenia", "Anderson", "Rocío", "Édgar", "Milagros",
                "Fiorella", "Jhonatan", "Marisela", "Ulises", "Xiomara"],
    "quechua": ["Wayra", "Inti", "Killa", "Sisa", "Amaru", "Yupanqui", "Kusi", "Nayra"],
    "welsh": ["Rhodri", "Cerys", "Gethin", "Angharad", "Dafydd", "Ffion", "Llinos", "Iestyn", "Bethan", "Gwenllian",
              "Emrys", "Siân", "Heledd", "Owain"],
    "ulster": ["Ciarán", "Orla", "Ruairí", "Gráinne", "Darragh", "Clodagh", "Stevie", "Roisin", "Marty", "Jolene",
               "Kyle", "Ashleigh"],
    "chinese_sg": ["Wei Ling", "Jun Hao", "Mei Xin", "Boon Huat", "Hui Min", "Kok Leong", "Xin Yi", "Zhi Hao"],
    "english_sg": ["Jasmine", "Desmond", "Clarence", "Gwendolyn", "Shermaine", "Jayden", "Vanessa", "Bryan"],
    "malay": ["Nur Aisyah", "Hafiz", "Siti Hajar", "Faizal", "Nurul", "Azman", "Syafiqah", "Khairul"],
    "tamil": ["Kavitha", "Suresh", "Revathi", "Murugan", "Selvi", "Ganesan", "Thilaga", "Prakash"],
    "hebrew": ["Yael", "Itai", "Noa", "Avishai", "Michal", "Yossi", "Ayelet", "Moti", "Hadas", "Eitan", "Liat",
               "Amnon"],
    "lebanese": ["Rami", "Nadine", "Joumana", "Georges", "Rania", "Ziad", "Maya", "Wissam", "Layal", "Fadi",
                 "Hagop", "Nayiri"],
}
FAMILY = {
    "maori": ["Ngata", "Horomona", "Te Kani", "Parata", "Te Rangi", "Waaka", "Tawhai", "Rāpana", "Pōmare",
              "Te Huia"],
    "pacific": ["Latu", "Fifita", "Tangitau", "Marsh", "Vainikolo", "Pulu", "Tuipulotu", "Kaufusi"],
    "aboriginal": ["Japaljarri", "Napanangka", "Jakamarra", "Nungarrayi", "Coulthard", "Wunungmurra", "Kennedy",
                   "Saunders", "Bonney", "Mununggurr"],
    "quebec": ["Tremblay", "Gagnon", "Bouchard", "Lévesque", "Côté", "Thibault", "Bérubé", "Ouellet", "Gauthier",
               "Pelletier", "Laflamme", "Desrosiers"],
    "spanish": ["Quesada Villalobos", "Huamán Quispe", "Mamani", "Arce Solano", "Ramírez Chávez", "Jiménez Mora",
                "Ccori Puma", "Paredes Ruiz", "Rojas Cubero", "Mendoza Tello"],
    "welsh": ["Pritchard", "ap Rhys", "Llewellyn", "Prosser", "Bevan", "Gruffydd", "Vaughan", "Pugh", "Parry",
              "Meredith"],
    "ulster": ["McLaughlin", "Doherty", "Ferguson", "McAteer", "Quinn", "Devlin", "Gillespie", "Mallon",
               "McCusker", "Kerr"],
    "chinese_sg": ["Goh", "Tan", "Lim", "Ong", "Teo", "Koh", "Chua", "Ng", "Sim", "Yeo"],
    "malay": ["binti Kamarulzaman", "bin Rosli", "binti Abdul Rahim", "bin Sulaiman", "binti Mat Isa"],
    "tamil": ["d/o Ramasamy", "s/o Pillai", "d/o Krishnan", "s/o Subramaniam", "Muthusamy", "Rajendran"],
    "hebrew": ["Ben-Ami", "Mizrahi", "Peretz", "Shalev", "Avraham", "Dahan", "Zilberman", "Golan", "Azoulay",
               "Friedlander"],
    "lebanese": ["Abou Jaoudé", "El-Khoury", "Sfeir", "Nassar", "Haddad-Rizk", "Karam", "Aoun", "Hagopian",
                 "Boustany", "Fakhoury"],
}
NICKNAMES = ["Ti-Jean", "Ti-Guy", "Ti-Loup", "Shazza", "Bazza", "Dazza", "Robbo", "Macca", "Davo", "Ah Huat",
             "Ah Boy", "Ah Seng", "Dai", "Gwil", "Bubba", "Yossi", "Itzik", "Jojo", "Pepe", "Chayo", "Hemi",
             "Tama", "Wiri", "Sparrow"]
WORD_NAMES = ["Aroha", "Marama", "Or", "Tal", "Gal", "Shir", "Paz", "Luz", "Consuelo", "Dolores", "Amparo", "Storm",
              "Wren", "Robin", "Heath", "Dale", "Glen", "Cliff", "Meadow", "Sunny", "Honey", "Angel", "Destiny",
              "Harmony", "Grace"]


def _strip_marks(s: str) -> str:
    """*s* as typed on a keyboard without accents or macrons (``Tāmati`` -> ``Tamati``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


MEN = {"Hafiz", "Faizal", "Azman", "Khairul", "Suresh", "Murugan", "Ganesan", "Prakash"}


def _family(community: str, given: str, r: random.Random) -> str:
    """A family name for *given*; Malay ``bin``/``binti`` and Tamil ``s/o``/``d/o`` agree with the given name."""
    family = r.choice(FAMILY[{"english_sg": "chinese_sg", "quechua": "spanish"}.get(community, community)])
    if community in ("malay", "tamil"):
        man = given in MEN
        family = family.replace("binti ", "bin ") if man else family.replace("bin ", "binti ")
        family = family.replace("d/o ", "s/o ") if man else family.replace("s/o ", "d/o ")
    return family


def _person(r: random.Random) -> str:
    community = r.choice(list(GIVEN))
    given = r.choice(GIVEN[community])
    family = _family(community, given, r)
    form = r.randrange(20)
    if form < 5:
        return given
    if form < 9:
        if community == "chinese_sg":
            return f"{family} {given}"  # family name first
        if community == "english_sg":
            return f"{given} {family} {r.choice(GIVEN['chinese_sg'])}"  # Jasmine Goh Mei Xin
        return f"{given} {family}"
    if form < 11:
        return family.split()[-1] if community in ("malay", "tamil") else family
    if form < 13:
        return r.choice(NICKNAMES)
    if form < 15:
        return r.choice(WORD_NAMES)
    if form < 17:
        return _strip_marks(f"{given} {family}" if r.random() < 0.5 else given).lower()  # ASR, no capitals
    if form < 18:
        return _strip_marks(given)  # typed without its accents or macrons
    if form < 19 and community not in ("chinese_sg", "english_sg", "malay", "tamil"):
        return f"{given} {r.choice('ABCDEGHJKLMNPRSTW')}. {family}"  # a middle initial, as on a form
    return f"{r.choice(GIVEN['english_sg'])} {r.choice(FAMILY['chinese_sg'])} {r.choice(GIVEN['chinese_sg'])}"


# ---- places ----
TOWNS = ["Iquitos", "Pucallpa", "Tarapoto", "Pisac", "Urubamba", "Nauta", "Nosara", "Dominical", "Uvita",
         "Puerto Viejo de Talamanca", "Santa Teresa", "Heredia", "Alajuela", "Rosarito", "Tijuana", "Ensenada",
         "Tecate", "Trois-Rivières", "Chicoutimi", "Rimouski", "Sherbrooke", "Longueuil", "Saint-Jean-sur-Richelieu",
         "Rouyn-Noranda", "Gatineau", "Saint-Jérôme", "Ōpōtiki", "Porirua", "Rotorua", "Kaitaia", "Whanganui",
         "Gisborne", "Kawerau", "Ruatōria", "Alice Springs", "Tennant Creek", "Yuendumu", "Dubbo", "Moree",
         "Kununurra", "Broome", "Mount Isa", "Yarrabah", "Merthyr Tydfil", "Aberystwyth", "Llanelli", "Pontypridd",
         "Caernarfon", "Blaenau Ffestiniog", "Ebbw Vale", "Wrexham", "Strabane", "Newry", "Ballymena", "Omagh",
         "Enniskillen", "Coleraine", "Larne", "Ipoh", "Johor Bahru", "Seremban", "Kota Kinabalu", "Kuching", "Klang",
         "Be'er Sheva", "Kiryat Shmona", "Netanya", "Ra'anana", "Sderot", "Petah Tikva", "Jounieh", "Zahlé", "Jbeil",
         "Sidon", "Tyre", "Baabda", "Nabatieh"]
SUBURBS = ["Ōtara", "Māngere", "Papatoetoe", "Cannons Creek", "Redfern", "Mount Druitt", "Hochelaga",
           "Montréal-Nord", "Verdun", "Plateau Mont-Royal", "Toa Payoh", "Ang Mo Kio", "Jurong West", "Yishun",
           "Tampines", "Geylang", "Bukit Batok", "Sengkang", "Pasir Ris", "Petaling Jaya", "Subang Jaya", "Shah Alam",
           "Achrafieh", "Hamra", "Mar Mikhael", "Bourj Hammoud", "Florentin", "Neve Sha'anan", "the Bogside",
           "Ardoyne", "Grangetown", "Butetown", "Gurnos", "Belén", "Punchana", "Playas de Tijuana"]
DUAL = ["Mparntwe (Alice Springs)", "Tairāwhiti (Gisborne)", "Te Whanganui-a-Tara (Wellington)",
        "Naarm (Melbourne)", "Tāmaki Makaurau", "Ōtautahi", "Eora Country (Sydney)", "Tiohtià:ke (Montréal)"]
FACILITIES = ["Casa Yaku Retreat", "Templo Sacha Runa", "Maloca Inti Wasi", "Centro Ñawpa Kawsay",
              "Refugio Río Blanco", "Clínica Puerta Nueva", "Clínica Renacer del Pacífico",
              "Hospital General de Rosarito", "CLSC du Vieux-Moulin", "Hôpital Sainte-Odile",
              "Centre jeunesse des Érables", "Polyvalente Saint-Laurent",
              "Te Rau Aroha Marae", "Ōhinemutu Kōhanga Reo", "Te Whare Tiaki Ora", "Kōkiri Hauora Trust",
              "Wirrinya Aboriginal Medical Service", "Kungkarrangkalpa Women's Centre", "Yuendumu Clinic",
              "Ysbyty Glan Clwyd", "Ysbyty Gwynedd", "Meddygfa Tŷ Newydd", "Capel Bethesda", "Ysgol Gymraeg Bro Taf",
              "Altnagelvin Hospital", "Slievemore Surgery", "St Colmcille's Primary", "Tan Tock Seng Hospital",
              "Khoo Teck Puat Hospital", "Blk 88 Kopitiam", "Ah Soon Kopitiam", "Masjid Al-Falah", "Sri Murugan Temple",
              "Hospital Bahagia Ulu Kinta", "Rambam Health Care Campus", "Beit Shalva Clinic", "Kibbutz Ein HaNahal",
              "Hôtel-Dieu de France", "Saint Maron Church", "Dar Al Amal Clinic", "Cedar Valley Bakery",
              "Bunnings Warehouse in Dubbo", "Kawerau Paper Mill", "Pak Din Hardware", "Ohel Yitzhak Synagogue",
              "Our Lady of Lourdes Parish, Ōtara", "Masjid Jamek Kampung Baru"]
COUNTIES = ["County Tyrone", "Co. Fermanagh", "County Derry", "Carmarthenshire", "Ceredigion", "Gwynedd",
            "Rhondda Cynon Taf", "Ynys Môn"]
LANDMARKS = ["Machu Picchu", "the Arenal Volcano", "Uluru", "Kata Tjuta", "the Sky Tower", "One Tree Hill",
             "the Peace Bridge", "the Giant's Causeway", "Snowdon", "Pen y Fan", "the Merlion", "Marina Bay Sands",
             "the Petronas Towers", "Batu Caves", "the Western Wall", "the Raouché rocks", "Jeita Grotto",
             "the Mercado de Belén", "Mont Royal"]


def _location(r: random.Random) -> str:
    form = r.randrange(20)
    if form < 6:
        return r.choice(TOWNS)
    if form < 10:
        return r.choice(SUBURBS)
    if form < 15:
        return r.choice(FACILITIES)
    if form < 16:
        return r.choice(DUAL + COUNTIES)
    if form < 18:
        return r.choice(LANDMARKS)
    return _strip_marks(r.choice(TOWNS + SUBURBS)).lower()  # ASR


# ---- addresses ----
def _address(r: random.Random) -> str:
    n = r.randint
    form = r.randrange(16)
    if form == 0:  # Singapore HDB
        blk = n(101, 998)
        return r.choice([f"Blk {blk} Ang Mo Kio Ave {n(1, 10)}, #{n(2, 20):02d}-{n(10, 1999)}, "
                         f"Singapore {n(5, 8)}{n(10000, 99999)}",
                         f"Block {blk} Toa Payoh Lorong {n(1, 8)} #{n(2, 25):02d}-{n(100, 999)}",
                         f"{blk} Jurong West Street {n(41, 93)}, #{n(2, 16):02d}-{n(10, 600)}"])
    if form == 1:  # Malaysia
        return r.choice([f"No. {n(1, 88)}, Jalan SS {n(1, 24)}/{n(1, 99)}, {n(46000, 47900)} Petaling Jaya",
                         f"{n(1, 60)}, Jalan Bunga Raya {n(1, 9)}, Taman Desa Aman, {n(30000, 31999)} Ipoh, Perak",
                         f"Lot {n(100, 3999)}, Kampung Sungai Lembu, {n(80000, 81999)} Johor Bahru"])
    if form == 2:  # Peru
        return r.choice([f"Jr. Próspero {n(100, 999)}, Iquitos", f"Av. La Marina {n(100, 3500)}, Punchana",
                         f"Calle Putumayo {n(100, 700)}, Tarapoto", f"Jr. Los Claveles {n(100, 999)} int. {n(1, 9)}",
                         f"Carretera Iquitos-Nauta km {n(8, 90)}"])
    if form == 3:  # Costa Rica, directions from a landmark
        return r.choice([f"{n(1, 6) * 100} metros norte de la iglesia católica, Nosara",
                         f"de la plaza de deportes {n(1, 4) * 100} metros sur y {n(1, 3) * 25} oeste, Heredia",
                         f"{n(1, 5) * 50} metros este del Super Uvita, casa verde a mano derecha"])
    if form == 4:  # Mexico
        return r.choice([f"Calle Benito Juárez #{n(10, 999)}, Col. Reforma, C.P. {n(22700, 22719)}, Rosarito, B.C.",
                         f"Blvd. Popotla {n(100, 9999)}, Col. Mar de Popotla, Rosarito",
                         f"Av. del Pacífico {n(100, 500)}-{r.choice('ABC')}, Playas de Tijuana, C.P. 22{n(100, 599)}"])
    if form == 5:  # Quebec
        return r.choice([f"{n(1000, 9999)}, rue Saint-Denis, app. {n(1, 12)}, "
                         f"Montréal (Québec) H2J {n(1, 9)}L{n(1, 9)}",
                         f"{n(100, 999)}, boulevard des Forges, Trois-Rivières G8Z {n(1, 9)}K{n(1, 9)}",
                         f"{n(10, 999)}, 3e Avenue, Rouyn-Noranda", f"{n(1000, 9999)} rue Ontario Est, app. {n(1, 9)}"])
    if form == 6:  # New Zealand, rural delivery and suburban
        return r.choice([f"{n(100, 2999)} State Highway 35, RD {n(1, 4)}, Ōpōtiki {n(3100, 3199)}",
                         f"{n(1, 140)} Bairds Road, Ōtara, Auckland {n(2010, 2025)}",
                         f"{n(1, 80)}A Kāinga Street, Cannons Creek, Porirua",
                         f"{n(100, 999)} Waimana Road, RD {n(1, 3)}, Whakatāne"])
    if form == 7:  # remote Australia
        return r.choice([f"Lot {n(10, 499)}, Yuendumu Community, via Alice Springs NT 0872",
                         f"PO Box {n(100, 2999)}, Tennant Creek NT 0861",
                         f"Unit {n(1, 12)}/{n(1, 90)} Gap Road, The Gap NT 0870",
                         f"House {n(1, 200)}, Yarrabah QLD 4871", f"{n(1, 99)} Wingewarra Street, Dubbo NSW 2830"])
    if form == 8:  # Wales
        return r.choice([f"{n(1, 99)} Heol y Felin, Llanelli SA15 {n(1, 9)}PJ",
                         f"{n(1, 60)} Ffordd Penrhos, Caernarfon LL55 {n(1, 9)}LE",
                         f"Flat {n(1, 9)}, {n(2, 90)} Stryd Fawr, Bangor",
                         f"{n(1, 120)} Heol Gwys, Ystradgynlais SA9 {n(1, 9)}DR",
                         f"Tŷ Gwyn, Lôn {r.choice(['Las', 'Goch', 'Isaf'])}, Llanddeusant"])
    if form == 9:  # Northern Ireland
        return r.choice([f"{n(1, 120)} Glenvale Park, Newry BT34 {n(1, 9)}AB",
                         f"{n(1, 60)} Creggan Road, Derry BT48 {n(1, 9)}QF",
                         f"{n(1, 99)} Ballymoney Road, Ballymena BT43 {n(1, 9)}BY",
                         f"{n(1, 40)} Sion Mills Road, Strabane"])
    if form == 10:  # Israel, street first
        return r.choice([f"Rehov Herzl {n(1, 140)}, apt {n(1, 30)}, Haifa", f"Sderot Rothschild {n(1, 120)}, Tel Aviv",
                         f"HaNevi'im {n(1, 90)}/{n(1, 20)}, Be'er Sheva", f"Rehov Ha-Rimon {n(1, 40)}, Kiryat Shmona"])
    if form == 11:  # Lebanon, building and floor
        return r.choice([f"Armenia Street, Nahas building, {r.choice(['2nd', '3rd', '4th', '5th'])} floor, Mar Mikhael",
                         f"Rue Abdel Aziz, Sfeir bldg, floor {n(1, 9)}, Hamra",
                         f"Zalka highway, facing the Total station, Karam building, {n(1, 7)}th floor"])
    if form == 12:  # spoken
        d = r.choice(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
        return r.choice([f"{d} {r.choice(['twenty', 'forty', 'sixty'])} heol y felin",
                         f"block {d} oh {r.choice(['five', 'two', 'eight'])} ang mo kio avenue {d} hash oh {d} dash "
                         f"{r.choice(['one one two three', 'four oh nine', 'twelve twenty'])}",
                         f"{r.choice(['quatre', 'cinq', 'deux'])} mille {r.choice(['cinq cent', 'trois cent'])} "
                         "rue saint-denis, appartement trois",
                         f"lot {d} {r.choice(['hundred and twelve', 'oh four'])} yuendumu"])
    # everyday: number + street + kind, with or without a unit
    street = r.choice(["Kauri", "Pōhutukawa", "Wattle", "Banksia", "Maple", "Harbourview", "Cedar", "Olive",
                       "Tui", "Marram"])
    kind = r.choice(["Street", "Road", "Crescent", "Place", "Terrace", "Avenue", "Close", "Parade"])
    return r.choice([f"{n(1, 399)} {street} {kind}", f"{n(1, 30)}/{n(1, 200)} {street} {kind}",
                     f"{n(1, 199)} {street} {kind}, Apartment {n(1, 40)}"])


# ---- dates ----
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]
TISHREI = ["Tishrei", "Heshvan", "Kislev", "Tevet", "Shevat", "Adar", "Nisan", "Iyar", "Sivan", "Tammuz", "Av",
           "Elul"]
ORD_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
             "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
             "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth"]
FR_DAYS = ["premier", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
           "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf", "vingt", "vingt et un",
           "vingt-deux", "vingt-trois", "vingt-quatre", "vingt-cinq", "vingt-six", "vingt-sept", "vingt-huit"]
HOLIDAYS = ["Waitangi Day", "Anzac Day", "St David's Day", "the Twelfth", "la Saint-Jean", "Canada Day",
            "Día de los Muertos", "Fiestas Patrias", "Australia Day"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _suffix(d: int) -> str:
    return {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")


def _date(r: random.Random) -> str:
    n = r.randint
    mi, d, y = n(0, 11), n(1, 28), n(1938, 2026)
    m, mo = MONTHS[mi], mi + 1
    form = r.randrange(24)
    if form == 0:
        return f"{d} {m}"
    if form == 1:
        return f"{m} {d}"
    if form == 2:
        return r.choice([f"le {d} {MOIS[mi]}", f"{d} {MOIS[mi]} {y}", f"le {'1er' if d == 1 else d} {MOIS[mi]} {y}"])
    if form == 3:
        return r.choice([f"el {d} de {MESES[mi]}", f"{d} de {MESES[mi]} de {y}", f"el {d} de {MESES[mi]} del {y}"])
    if form == 4:
        return f"the {d}{_suffix(d)} day of {m}, {y}"
    if form == 5:
        return f"{d}/{mo}/{y % 100:02d}"
    if form == 6:
        return r.choice([f"{d:02d}{m[:3].upper()}", f"{d:02d} {m[:3].upper()} {y % 100:02d}"])
    if form == 7:
        e = min(d + n(2, 9), 31)
        return r.choice([f"{m} {d}–{e}", f"{d}–{e} {m}", f"{m} {d}-{e}"])
    if form == 8:
        return f"{y}.{mo:02d}.{d:02d}"
    if form == 9:
        return f"{d} {TISHREI[mi]}"
    if form == 10:
        return r.choice(HOLIDAYS)
    if form == 11:
        return f"{r.choice(WEEKDAYS)} {d} {m}"
    if form == 12:
        return f"{mo}/{d}/{y}"
    if form == 13:
        return f"{d:02d}/{mo:02d}/{y}"
    if form == 14:
        return r.choice([f"{m.lower()} {ORD_WORDS[d - 1]}", f"the {ORD_WORDS[d - 1]} of {m.lower()}"])
    if form == 15:
        return f"le {FR_DAYS[d - 1]} {MOIS[mi]}"
    if form == 16:
        return f"{m} {d}{_suffix(d)}, {y}"
    if form == 17:
        return f"{d} {m} {y}"
    if form == 18:
        return f"{m[:3]} {d}, {y}"
    if form == 19:
        return f"{r.choice(WEEKDAYS)[:3]} {d}/{mo}"
    if form == 20:
        return f"{d}-{mo:02d}-{y % 100:02d}"
    if form == 21:
        return f"{d}{_suffix(d)} {m}"
    if form == 22:
        return f"{m.lower()} {d}"
    return f"{y}-{mo:02d}-{d:02d}"


# ---- ages over 89 ----
UNITS = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]
FR_90 = ["quatre-vingt-dix", "quatre-vingt-onze", "quatre-vingt-douze", "quatre-vingt-treize", "quatre-vingt-quatorze",
         "quatre-vingt-quinze", "quatre-vingt-seize", "quatre-vingt-dix-sept", "quatre-vingt-dix-huit",
         "quatre-vingt-dix-neuf"]
ES_90 = ["noventa", "noventa y uno", "noventa y dos", "noventa y tres", "noventa y cuatro", "noventa y cinco",
         "noventa y seis", "noventa y siete", "noventa y ocho", "noventa y nueve"]


def _age(r: random.Random) -> str:
    a = r.randint(90, 99) if r.random() < 0.8 else r.randint(100, 106)
    u = a - 90
    form = r.randrange(10)
    if form < 4:
        return str(a)
    if a >= 100:
        rest = a - 100
        words = ["", "one", "two", "three", "four", "five", "six"][rest]
        return r.choice(["a hundred" if not rest else f"a hundred and {words}",
                         "one hundred" if not rest else f"one hundred and {words}", "cien" if not rest else str(a)])
    if form < 6:
        return "ninety" + UNITS[u]
    if form == 6:
        return ("ninety" + UNITS[u].replace("-", " ")).strip()
    if form == 7:
        return ("Ninety" + UNITS[u].title())
    if form == 8:
        return FR_90[u]
    return ES_90[u]


# ---- phones ----
def _digits(r: random.Random, k: int) -> str:
    return "".join(str(r.randint(0, 9)) for _ in range(k))


SAY = {"en": ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
       "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
       "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]}


def _say(groups: list[str], lang: str, sep: str = ", ") -> str:
    return sep.join(" ".join(SAY[lang][int(c)] for c in g) for g in groups)


def _phone(r: random.Random) -> str:
    g = lambda k: _digits(r, k)  # noqa: E731
    form = r.randrange(15)
    if form == 0:  # Peru
        return r.choice([f"+51 9{g(2)} {g(3)} {g(3)}", f"9{g(2)} {g(3)} {g(3)}", f"(065) {g(2)}-{g(4)}"])
    if form == 1:  # Costa Rica
        return r.choice([f"+506 8{g(3)}-{g(4)}", f"8{g(3)} {g(4)}", f"(506) 2{g(3)}-{g(4)}"])
    if form == 2:  # Mexico, pairs
        return r.choice([f"+52 1 664 {g(3)} {g(4)}", f"664-{g(3)}-{g(2)}-{g(2)}", f"(661) {g(3)} {g(2)} {g(2)}"])
    if form == 3:  # Canada
        return r.choice([f"514 {g(3)}-{g(4)}", f"819-{g(3)}-{g(4)}", f"1 800 {g(3)}-{g(4)}",
                         f"418 {g(3)}-{g(4)}, poste {g(3)}"])
    if form == 4:  # New Zealand
        return r.choice([f"021 {g(3)} {g(4)}", f"(09) {g(3)} {g(4)}", f"+64 27 {g(3)} {g(4)}", f"0800 {g(3)} {g(3)}",
                         f"07 {g(3)} {g(4)}"])
    if form == 5:  # Australia
        return r.choice([f"04{g(2)} {g(3)} {g(3)}", f"(08) 89{g(2)} {g(4)}", f"+61 8 89{g(2)} {g(4)}",
                         f"1800 {g(3)} {g(3)}", f"+61 4{g(2)} {g(3)} {g(3)}"])
    if form == 6:  # Wales and Northern Ireland
        return r.choice([f"029 20{g(2)} {g(4)}", f"01970 {g(6)}", f"028 71{g(2)} {g(4)}", f"07{g(3)} {g(6)}",
                         f"+44 28 90{g(2)} {g(4)}"])
    if form == 7:  # Singapore
        return r.choice([f"+65 9{g(3)} {g(4)}", f"8{g(3)} {g(4)}", f"6{g(3)} {g(4)}", f"+65-6{g(3)}-{g(4)}"])
    if form == 8:  # Malaysia
        return r.choice([f"012-{g(3)} {g(4)}", f"+60 12-{g(3)} {g(4)}", f"03-{g(4)} {g(4)}", f"016 {g(3)} {g(4)}"])
    if form == 9:  # Israel
        return r.choice([f"052-{g(3)}-{g(4)}", f"+972-54-{g(3)}-{g(4)}", f"04-{g(3)}-{g(4)}", f"050 {g(7)}"])
    if form == 10:  # Lebanon
        return r.choice([f"+961 3 {g(3)} {g(3)}", f"03 {g(6)}", f"01-{g(6)}", f"+961 71 {g(3)} {g(3)}"])
    if form == 11:  # French, read out in session
        return _say([f"{r.choice(['514', '438', '819'])}", g(3), g(4)], "fr")
    if form == 12:  # Spanish, read out
        return _say(["9" + g(2), g(3), g(3)], "es")
    if form == 13:  # English, read out
        return _say(["0" + g(2), g(3), g(4)], "en", sep=" ")
    return r.choice([f"({r.randint(201, 989)}) 555-{g(4)}", f"{r.randint(201, 989)}-555-{g(4)}"])  # US


# ---- emails ----
EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "videotron.ca", "sympatico.ca",
                 "xtra.co.nz", "tepunaora.org.nz", "bigpond.com", "iinet.net.au", "wirrinya.org.au", "singnet.com.sg",
                 "yahoo.com.sg", "streamyx.com.my", "walla.co.il", "netvision.net.il", "idm.net.lb",
                 "sfeirlegal.com.lb",
                 "casayaku.com.pe", "refugioblanco.co.cr", "puertanueva.com.mx", "pritchard-law.wales",
                 "meddygfa-tynewydd.cymru", "btinternet.com"]


def _local(r: random.Random) -> tuple[str, str]:
    community = r.choice(list(GIVEN))
    fam_key = {"english_sg": "chinese_sg", "quechua": "spanish"}.get(community, community)
    first = _strip_marks(r.choice(GIVEN[community])).lower().replace(" ", "").replace("-", "")
    last = _strip_marks(r.choice(FAMILY[fam_key]).split()[-1]).lower().replace("-", "").replace("'", "")
    return first, last


def _email(r: random.Random) -> str:
    first, last = _local(r)
    dom = r.choice(EMAIL_DOMAINS)
    form = r.randrange(14)
    if form == 0:  # French, spoken
        return f"{first} point {last} arobase {dom.replace('.', ' point ')}"
    if form == 1:  # Spanish, spoken
        return f"{first} punto {last} arroba {dom.replace('.', ' punto ')}"
    if form == 2:  # Hebrew "shtrudel" for @
        return f"{first}{r.randint(1, 99)} shtrudel {dom.replace('.', ' dot ')}"
    if form == 3:  # English, spoken
        return f"{first} dot {last} at {dom.replace('.', ' dot ')}"
    if form == 5:  # typed "at", domain written normally, as in a chat
        return f"{first}.{last} at {dom}"
    local = r.choice([f"{first}.{last}", f"{first}{last}{r.randint(1, 99)}", f"{first[0]}.{last}", f"{first}_{last}",
                      f"{first}-{last}", f"{last}.{first}", f"{first}{r.randint(60, 99)}"])
    if form == 4:
        return f"{local.title()}@{dom}"
    return f"{local}@{dom}"


# ---- URLs ----
def _url(r: random.Random) -> str:
    first, last = _local(r)
    g = lambda k: _digits(r, k)  # noqa: E731
    abc = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    code = "".join(r.choice(abc) for _ in range(11))
    return r.choice([
        f"airbnb.com/rooms/{g(8)}", f"https://www.airbnb.com/rooms/{g(9)}?adults=2",
        f"https://www.booking.com/hotel/pe/casa-{last}-tarapoto.html", f"maps.app.goo.gl/{code}",
        f"https://goo.gl/maps/{code[:9]}",
        f"https://www.facebook.com/groups/{r.choice(['angelbabies', 'wahine', 'kaupapa'])}{last}nz",
        f"facebook.com/{first}.{last}.{r.randint(1, 99)}", f"x.com/{first}_{last}", f"threads.net/@{first}.{last}",
        f"reddit.com/user/{r.choice(['throwaway_', 'quiet_', 'iboga_'])}{first}{g(2)}", f"patreon.com/{first}{last}",
        f"medium.com/@{first}.{last}", f"ko-fi.com/{first}{last}",
        f"https://casayaku.com.pe/{r.choice(['es', 'en'])}/testimonios",
        f"https://www.puertanueva.com.mx/ingreso?lang=en&ref={g(4)}", f"https://us06web.zoom.us/j/{g(11)}",
        f"https://shopee.com.my/{first}-{last}-i.{g(9)}", f"https://www.mānuka-{last}.co.nz",
        f"{last}{r.choice(['healing', 'retreats', 'integration'])}.com",
        f"www.{last}-{r.choice(['counselling', 'ot'])}.co.nz",
        f"{last} punto com punto pe", f"w w w point {last} point ca", f"{first}{last} dot wales forward slash contact",
        f"https://www.{last}{r.choice(['legal', 'law'])}.com.lb/clients/{g(5)}", f"instagram.com/{first}.{last}.{g(2)}",
    ])


# ---- SSNs ----
def _ssn(r: random.Random) -> str:
    a = r.choice([r.randint(100, 665), r.randint(667, 899)])
    b, c = r.randint(10, 99), r.randint(1000, 9999)
    form = r.randrange(9)
    if form == 0:
        return f"{a} {b} {c}"
    if form == 1:
        return f"{a}{b}{c}"
    if form == 2:
        return f"{a}\u2011{b}\u2011{c}"  # non-breaking hyphens, pasted from a word processor
    if form == 3:
        return _say([str(a), str(b), str(c)], "en")
    if form == 4:
        return _say([str(a), str(b), str(c)], "es")
    if form == 5:
        return str(c)  # the last four, the cue in the carrier
    return f"{a}-{b}-{c}"


# ---- record, plan, account and other numbers (the cue is in the carrier) ----
def _id(r: random.Random) -> str:
    g = lambda k: _digits(r, k)  # noqa: E731
    n = r.randint
    L = lambda k: "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))  # noqa: E731
    return r.choice([
        f"{L(4)} {n(40, 99)}{n(1, 12) + r.choice([0, 50]):02d} {n(1, 28):02d}{g(2)}",  # RAMQ
        f"{L(1)}{g(4)}-{g(6)}-{g(2)}",  # Quebec driving licence
        f"{r.choice('STFG')}{g(7)}{L(1)}",  # NRIC / FIN
        f"{n(50, 99)}{n(1, 12):02d}{n(1, 28):02d}-{n(1, 14):02d}-{g(4)}",  # MyKad
        f"0{g(8)}",  # Israeli ID
        g(8),  # DNI
        f"{L(4)}{n(50, 99)}{n(1, 12):02d}{n(1, 28):02d}{r.choice('HM')}BCN{L(2)}{g(2)}",  # CURP
        f"{n(1, 7)}-{g(4)}-{g(4)}",  # cedula
        f"{L(2)}{g(7)}",  # passport
        f"LB{g(2)} {g(4)} {g(4)} {g(4)} {g(4)} {g(4)} {g(4)} {g(4)}",  # Lebanese IBAN
        f"IL{g(2)} {g(4)} {g(4)} {g(4)} {g(4)} {g(3)}",  # Israeli IBAN
        f"{g(3)}-{g(3)} {g(4)} {g(4)}",  # BSB + account
        f"{g(2)}-{g(2)}-{g(2)} {g(8)}",  # sort code + account
        f"{L(3)}/{g(4)}/{n(20, 26)}",  # solicitor's reference
        f"{n(2019, 2026)}-{g(6)}",  # police occurrence
        f"CC{n(2020, 2026)}{g(7)}",  # PSNI-style incident
        f"{r.choice('CDL')}{g(9)}",  # ACC claim
        f"{g(3)} {g(3)} {g(3)}{L(1)}",  # Centrelink CRN
        f"{n(2, 6)}{g(3)} {g(5)} {n(1, 9)}",  # Australian Medicare
        f"{n(1, 9)}{L(2)}{n(1, 9)}-{L(1)}{g(1)}{L(1)}-{L(2)}{g(2)}",  # US Medicare (MBI)
        f"{g(3)} {g(3)} {g(4)}",  # H&C / NHS Wales
        f"0{g(6)}",  # UR number
        f"M{g(7)}",  # MRN
        g(7),  # prescription
        f"SR-{n(2023, 2026)}-{g(7)}",  # bank-fraud case
        f"4{g(3)} {g(4)} {g(4)} {g(4)}",  # card number
        f"{L(3)}{g(1)}{L(2)}",  # airline booking reference
        _say([g(3), g(3), g(4)], "en"),  # read out
        _say([g(2), g(3), g(3)], "fr"),
    ])


def value(kind: str, r: random.Random) -> str:
    """One planted identifier of *kind*, drawn with *r* only."""
    return {"PERSON": _person, "LOCATION": _location, "ADDRESS": _address, "DATE": _date, "AGE": _age,
            "PHONE": _phone, "EMAIL": _email, "URL": _url, "SSN": _ssn, "ID": _id}[kind](r)


# (template, kind): {} is the planted identifier; the words around it are this file's own
TEMPLATES = {
    "PERSON": [
        # ayahuasca retreats, Peru and Costa Rica
        "The second night {} sang an icaro over me and I stopped shaking, even after two cups of ayahuasca.",
        "Don {} blew mapacho smoke on my crown and said the dieta lasts ten more days, no salt, no sugar.",
        "Doña {} told me the plant was showing me my mother, not punishing me.",
        "I was in the maloca next to {} and we both purged at the same time, around 3 a.m.",
        "{} held the bucket for me, honestly the kindest thing anyone has done for me in years.",
        # ibogaine clinic, Baja California
        "The cardiologist, Dr {}, wanted my QTc under 450 ms before the flood dose, 18 mg/kg of ibogaine.",
        "{}'s husband drove us back across the border on Sunday and nobody said a word the whole way.",
        # Quebec telepsychiatry, French and English
        "Ben là, {} m'a dit que la DPJ allait appeler, and I just froze, tu comprends?",
        "Madame {} du CLSC vient le jeudi, she checks the lithium 900 levels.",
        "Mon chum {} a arrêté de boire depuis trois mois, pis moi je suis encore sur le Valium 5 mg.",
        "C'est {} qui m'a référé, the psychiatrist, for the telepsychiatry at 19h30.",
        # Maori and Pacific clients, Aotearoa New Zealand
        "Whaea {} opened with a karakia and the whole whānau cried, there was so much aroha in that room.",
        "Koro {} passed last winter and the tangi went for three days on the marae.",
        "{} is my cousin, we grew up together, she's more like a sister to me.",
        "Me and {} went to the kaupapa Māori service because the mainstream one felt cold.",
        "My nan raised me and {} after our mum went to Australia for work.",
        "Matua {} took the boys out on the boat instead of the anger management course, and it worked.",
        # Aboriginal community health
        "Aunty {} said it was sorry business and I had to go back to Country for a while.",
        "Uncle {} yarns with the young fellas every Tuesday at the clinic, keeps them off the grog.",
        "{} is my mob from my mother's side, we look out for each other.",
        # Welsh and Northern Irish GP letters and sessions
        "Diolch, {} (Practice Counsellor, low-intensity team)",
        "Dear Dr {}, thank you for seeing this 71-year-old gentleman with low mood, PHQ-9 of 19.",
        "Nain used to say {} was the only one who'd give you a cwtch without asking.",
        "Me and wee {} were at the chippy when it kicked off, and I haven't slept right since.",
        "I am referring {} for assessment; she has been on sertraline 100 mg since the spring.",
        # Singaporean and Malaysian English
        "Wah, {} lah, always asking me when I'm getting married, very stressful sia.",
        "Then Auntie {} from the void deck saw me crying and bought me kopi.",
        "Encik {} from HR called me in on Monday and said I took too many MC already.",
        "Puan {} at the polyclinic gave me quetiapine 50 mg for the sleep.",
        "My ah ma always compare me to {} leh, say she got scholarship, I got nothing.",
        "Cik {} is the only teacher who noticed I stopped eating at recess.",
        # Israeli and Lebanese families
        "When {} came back from miluim he didn't talk for a week, not even to savta.",
        "Sitt {} used to bring us mana'eesh every Sunday after church.",
        "Rav {} came to the shiva and asked my father to say Kaddish, and he couldn't.",
        "\"{}, yalla, tell the doctor what you told me in the car,\" my mother said.",
        "Teta still sets a place for {} at the table, three years after the explosion.",
        # occupational-therapy home visit
        "{} showed me the bath board and the grab rails; her Barthel is 65 now.",
        # perinatal loss support group
        "Our daughter {} was stillborn at 23 weeks and we made a memory box with her footprints.",
        "I still say goodnight to {} every night, even though he only lived for two days in the NICU.",
        "{} from the group sent me a candle on what would have been the due date.",
        # Zoom chat exports
        "19:02:41 From {} (she/her) to Everyone: sorry, my camera isn't working tonight",
        "19:14:05 From {} to Me (Direct Message): can we talk after? the EPDS was 16 again",
        "20:31:17 From Host to Everyone: {}, you're muted, we can't hear you",
        # solicitor's letter, police statement, bank fraud, itinerary
        "We act for {} in relation to the incident and request copies of all session notes.",
        "Our client, Ms {}, has authorised release of the records to this office.",
        "The complainant, {}, stated that the male had been drinking since approximately 2300 hours.",
        "I was then approached by {}, who I know from the pub, and he said he would kill me.",
        "Someone rang pretending to be {} from the fraud team and I gave him the code, 1,200 pounds gone.",
        "I transferred 250 dollars to {} because she said she was stuck at the airport.",
        "Driver: {}, will wait at arrivals with a sign; transfer about two hours to the retreat.",
        "Room share with {} (twin), dieta meals only, no pork, no alcohol, no sex for two weeks.",
        # everyday
        "Honestly I think {} is the only person who gets it.",
        "I rang {} on the way home and just sobbed.",
        "{} says I'm doing better, but I don't feel it.",
        "Ngā mihi nui, {} (Kaimahi, whānau support)",
        "Cordialement, {}, travailleuse sociale",
        "and then {} goes like, you need to eat something, and i'm like, i can't",
        "um so {} was there too and uh she didn't say anything the whole time",
        "I haven't told {} about the stillbirth, she was pregnant herself at the time.",
        "{}'s baby was born the same week as ours, and I can't look at the photos.",
        "I keep thinking about {}'s face at the tangi.",
        "After the kambo and the sananga {} sat with me by the river until I could stand.",
        "I met {} at the tambo, we were both on the dieta, rapé every morning and nothing else.",
        "Hashem took {} too early, that's what my savta says, and I'm not allowed to be angry.",
        "By God's grace {} found me in the park before it was too late.",
        "Mam never liked {}, even before the drinking.",
    ],
    "LOCATION": [
        "The retreat was outside {}, two hours by boat down the river.",
        "We flew into {} on Tuesday and I could already feel the jungle in my chest.",
        "The ibogaine clinic is in {}, just across the border from California, and they check your heart first.",
        "I spent ten days at {} and came home without the cravings for the methadone.",
        "Je suis née à {}, mais j'ai déménagé en 2009 pour la job.",
        "Le CLSC à {} a fermé la clinique du soir, so now I wait three weeks for a call back.",
        "They sent her by ambulance to {} at 3 a.m. and she was there for nine days.",
        "Our whānau is from {}, up the coast, and that's where she's buried.",
        "The tangi was at {} and I couldn't get time off work.",
        "I grew up in {} before Mum moved us to Australia.",
        "The clinic bus goes out to {} on Wednesdays only.",
        "I'm from {}, proper valleys girl, and nobody talks about feelings there.",
        "He was lifted outside {} and held for two days, and he's never been the same.",
        "The GP at {} put me on venlafaxine 150 and it made me worse.",
        "We live in a four-room flat in {} with my parents and my brother's family.",
        "Every Sunday we eat at {} and my father doesn't say a word.",
        "The kampung near {} is where my late grandmother is buried.",
        "After the war we left {} and came to Canada with nothing.",
        "My brother is still up near {} doing his reserve duty, and my mother doesn't sleep.",
        "The funeral was at {} and I couldn't even cry.",
        "Last year we went up to {} and I had my first panic attack in front of everyone.",
        "Itinerary: overnight in {}, check-in 14:00, breakfast included.",
        "Incident location: outside {}, near the taxi rank.",
        "I was walking past {} when the flashback hit me.",
        "so i moved back to {} um to be near my mum",
        "The group meets at {}, in the back room, on Thursdays at half six.",
        "She was born at {} and only lived for two hours.",
        "We scattered the ashes at {} on what would have been her birthday.",
        "He works at {} on nights and I hardly see him.",
        "The kids go to {} and the teachers know what happened.",
        "We spent the integration week in {}, by the sea, no phones.",
        "The OT came out from {} to look at the front steps.",
        "My sister drove me to {} for the San Pedro ceremony and I cried the whole way back.",
        "Nos vamos a {} la próxima semana para la dieta con el curandero.",
        "Transfer from {} to the lodge by boat, about four hours, bring a rain poncho.",
        "Sorry business took me back to {} for three weeks.",
        "I was at the hawker centre in {} when my mum called.",
        "Before Costa Rica I did psilocybin 25 mg with a guide in {}, and it was gentler.",
        "Inshallah we go back to {} next summer, if Lebanon is calm.",
        "Ma mère vit à {}, juste à côté du dep, the corner store.",
        "He did his miluim near {} and came home to the kibbutz a different person.",
        "We moved from Malaysia when I was nine, but my cousins in {} still message me every day.",
        "The community out past {} has no counsellor, just the clinic nurse twice a month.",
        "We walked up the glen near {} after the storm, and a robin sat on the gate, and I felt her there.",
    ],
    "ADDRESS": [
        "Home visit address: {}. Client lives alone, grab rails fitted in the bathroom.",
        "Please send the letter to {} and not to my mum's place.",
        "The retreat's address is {}, but the drivers just call it the yellow house.",
        "Dirección: {} (la casa de mi abuelita).",
        "I'm staying at {} for the next month while I do the dieta.",
        "Adresse : {}, deuxième étage, sonnez deux fois.",
        "The incident occurred at {} at approximately 2300 hours.",
        "We used to live at {} before the eviction.",
        "Deliver the commode and bath board to {}, back door, ramp on the left.",
        "Pickup: {}, 5:30 a.m., shared shuttle to the airport.",
        "My teta's flat is {}, you can't miss it.",
        "um it's {} yeah",
        "Postal address for the ACC forms: {}.",
        "Correspondence to: {} (marked Private and Confidential).",
        "The baby's things are still at {}, in the nursery we painted.",
        "I gave the police my address, {}, and they never came.",
        "Her new place is {}, ground floor, no stairs, thank God.",
        "Return address on the envelope: {}",
        "The scammer had my old address, {}, and my date of birth.",
        "Hotel: {} (two nights before the retreat, breakfast 7 to 10).",
        "The subject's last known address is {}.",
        "La clínica queda en {}, enfrente de la farmacia.",
    ],
    "DATE": [
        "Check-in: {}, 14:00. Ceremonies on Tuesday, Thursday and Saturday nights.",
        "The flood dose was on {} and I saw my father as a boy.",
        "Elle a été hospitalisée {}, pour trois semaines, à cause du lithium.",
        "Mi papá murió {} y todavía lo sueño.",
        "Signed and dated {}.",
        "On {} at approximately 2300 hours I was at home with my partner.",
        "Our son was born still on {}, at 23 weeks.",
        "The unauthorised transaction was made on {} for 1,200 pounds.",
        "Flight out {}, return flight ten days later.",
        "The tangi starts {} and we'll be on the marae till Sunday.",
        "I haven't had a drink since {}.",
        "Her due date was {}, and that day is always the worst.",
        "Next review: {} (telepsychiatry, 19h30).",
        "Seen in clinic {}; K10 of 32, plan to increase the sertraline.",
        "We got the call from the army on {}.",
        "The yahrzeit is {}, and my mother lights the candle.",
        "On {} I stopped the Suboxone by myself, which was stupid.",
        "um i think it was {} when she went into hospital",
        "Statement taken {} by the reporting officer.",
        "The home visit is booked for {}, in the morning.",
        "DOB: {}",
        "Since {} we've been sleeping in separate rooms.",
        "Every year on {} I go down to the beach by myself.",
        "Date of referral: {}",
        "Le prochain rendez-vous est {}, au CLSC.",
        "Arrive {}; ceremonies Tuesday and Friday; depart after the closing circle.",
        "WHO-5 of 8 on {}; DASS-21 still high, so we are not lowering anything yet.",
        "The DMT and harmine levels from the blood test on {} were fine, the nurse said.",
        "The ceremony with the 5-MeO-DMT was {}, the last night of the retreat.",
    ],
    "AGE": [
        "My koro is {} and he still drives to the marae every Sunday.",
        "Teta is {} and she still makes everything from scratch.",
        "Victim details: (F, {}), lives alone, hearing impaired.",
        "Referral for a {}-year-old widow after a fall; Barthel 65, lives alone.",
        "Ma grand-mère a {} ans et elle parle encore de la guerre.",
        "Mi abuelita tiene {} años y no quiere que yo tome ayahuasca.",
        "Nain turned {} in the care home and didn't know who I was.",
        "He was {} when he died, so it wasn't a shock, but still.",
        "Savta is {} years old and survived everything, and she says I'm too soft.",
        "OT home visit: client aged {}, mobilises with a frame, bath board fitted.",
        "my ah ma is {} already still go to the hawker centre every morning",
        "My uncle is 89 and my nan is {}, and they both still smoke.",
        "At {} she still reads the paper and does the crossword.",
        "Pt is a {} y.o. male, lives with daughter, MMSE 22.",
        "She made it to {}, older than anyone in the village.",
        "Age: {}",
        "Jiddo died at {}, in his own bed, the way he wanted.",
        "Allah gave her a long life, she is {} and she still prays five times a day.",
        "She's the matriarch of the whānau, {} this year, and nobody argues with her.",
        "The oldest grandmother in the group, {}, knitted the blankets for the angel babies.",
    ],
    "PHONE": [
        "Mobile: {} (WhatsApp is fine).",
        "Call the retreat office on {} if the flight is late.",
        "Tu peux m'appeler au {}, après 19h30.",
        "Mi número es el {}, escríbeme por WhatsApp.",
        "Fax referrals to {}, attention the community mental health team.",
        "Contact number for her daughter: {}.",
        "If you are unsafe tonight ring 111, or call me on {}.",
        "The fraudster rang from {} and knew my full name.",
        "Please phone the surgery on {} to book the review.",
        "um yeah my number's {}",
        "Emergency contact: {} (husband).",
        "Ring the clinic on {} and ask for the nurse, or 000 if it's an emergency.",
        "The OT's direct line is {}.",
        "Tel. {} / reception open Monday to Friday.",
        "Fax: {}",
        "Call {} for the HoNOS review on the ward.",
        "WhatsApp me on {} lah, I don't check email.",
        "Appelle-moi au {} ou texte-moi, pas de courriel.",
    ],
    "EMAIL": [
        "My email is {}, but I don't check it much.",
        "Send the integration notes to {} please.",
        "Mon courriel, c'est {}.",
        "Mi correo es {}, todo en minúscula.",
        "Reply to {} with your flight times.",
        "19:20:11 From Host to Everyone: the readings will come from {}",
        "The scam email came from {} and it looked exactly like the bank.",
        "Contact the firm at {} quoting our reference.",
        "um it's {} yeah",
        "Please copy {} into all correspondence.",
        "Email: {}",
        "Send the MEQ30 and the HEADSS forms to {}.",
        "Courriel de la travailleuse sociale : {}",
        "From: {}  Sent: Monday, 09:14  Subject: referral, low mood",
    ],
    "URL": [
        "The booking is here: {}",
        "I found the retreat on {} and the reviews were glowing.",
        "Join via {} at 19h30.",
        "She posts about her angel baby on {}.",
        "The pin for the house is {}, send it to the driver.",
        "He wrote about his ibogaine trip on {} and people found him.",
        "The fake page was {} and it had the bank's logo on it.",
        "Check {} for the packing list: no perfume, no meat for two weeks before.",
        "Mira el video en {}.",
        "La vidéo est sur {}.",
        "um go to {} and there's a form",
        "Link: {}",
        "Before Mexico he posted everything on {}, even the blood tests.",
        "We moved from Wales to New Zealand and my old therapist still shares {} with me.",
        "Reviews on {} said the curandero was gentle with women.",
    ],
    "SSN": [
        "The form asked for my social, {}, and I gave it because I was scared.",
        "My SSN is {}, I know I shouldn't say it on Zoom.",
        "The caller already had the last four of my social, {}, so I believed him.",
        "Mi seguro social es {}.",
        "Social Security number: {}",
        "They opened two cards under my SSN, {}, while I was at the retreat in Peru.",
        "For the US insurance they needed my social, which is {}.",
        "SSN ending {} on the police report.",
        "um the social is {}",
        "I was born in Texas, so yes, I have one, my social is {}.",
        "Ibogaine intake: US citizens list the SSN, {}, for the insurance waiver.",
        "Please confirm the client's Social Security number ({}) on the claim form.",
    ],
    "ID": [
        "Numéro d'assurance maladie : {}, expire en 2027.",
        "My RAMQ card number is {}, it's in my wallet.",
        "NRIC: {}",
        "My IC number is {} if you need it for the form.",
        "Teudat zehut number: {}",
        "DNI número {}, el pasaporte está en trámite.",
        "CURP: {}",
        "Cédula {}",
        "Passport number {}; bring the original to the retreat.",
        "Account for the deposit: {}",
        "BSB and account: {}",
        "Our ref: {}",
        "Police occurrence number {}.",
        "Incident reference {}, reported by phone.",
        "ACC claim number {}.",
        "Centrelink CRN {}.",
        "Medicare number {}, card expires next year.",
        "H&C number: {}",
        "NHS number {}.",
        "UR number {}.",
        "MRN {}",
        "Prescription number {} for the methadone 80 mg.",
        "Fraud case reference {}.",
        "The card number was {}, and I read it out to him.",
        "Booking reference {}, two passengers.",
        "um my member number is {} i think",
        "Permis de conduire {}",
        "Discharged on magnesium and Panadol; hospital number {}.",
        "My teudat zehut from Israel is {}, the new one.",
        "The bank in Northern Ireland gave me a new account number, {}, after the fraud.",
    ],
}
