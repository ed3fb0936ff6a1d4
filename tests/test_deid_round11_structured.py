"""De-identification: the eleventh round's structured forms (addresses, dates, ages, phones, e-mail, URLs, SSNs, IDs).

Sentences written for these tests (not taken from any benchmark set): HL7 v2 fields pasted into notes, address
lines closed by a postal code, Colombia's grid addresses, Argentina's floor and flat, a road's kilometre, Indonesia's
address parts, sections and allotments, camps and sheds; ISO timestamps with a zone, a note's time after "@", a
day, an abbreviated month and two digits of a year, a date broken over two lines; compact ages with their unit;
IDs with a check digit after a slash or a check letter, dotted thousands, UUIDs, VINs; and for each form the
nearest talk that must be left alone.  Also the date shift's offsets that gave a date back unchanged.
"""

from __future__ import annotations

import pytest

from qualalliance.deid.dates import MAX_SHIFT, shift_date

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # HL7 v2: an address (XAD), a name (XPN), an identifier with its authority (CX), fields by their place
    ("Client moved to 12 WATTLE ST^^BENDIGO^VIC^3550 last spring.", [("12 WATTLE ST^^BENDIGO^VIC^3550", "ADDRESS")]),
    ("PID|1||||||||||4410 ELM DR^UNIT 2^FARGO^ND^58102||", [("4410 ELM DR^UNIT 2^FARGO^ND^58102", "ADDRESS")]),
    ("The nurse, OKONKWO^ADAEZE^N, rang back.", [("OKONKWO^ADAEZE^N", "PERSON")]),
    ("PID|1||5521907^^^NHS^MR||", [("5521907^^^NHS^MR", "ID")]),
    ("PID|1||||||||||||||||||6120|", [("6120", "SSN")]),
    ("NK1|1|Marisol|MTH^Mother|||", [("Marisol", "PERSON")]),
    # an address's lines closed by a postal code
    ("Post it to 14 Kowhai Street, Hillcrest, Hamilton 3216 please.",
     [("14 Kowhai Street, Hillcrest, Hamilton 3216", "ADDRESS")]),
    ("She lives at Lindenhof 7, 3012 Bern now.", [("Lindenhof 7, 3012 Bern", "ADDRESS")]),
    ("Letters go to Burnside Croft, Lerwick, ZE1 0QR these days.", [("Burnside Croft, Lerwick, ZE1 0QR", "ADDRESS")]),
    # Colombia's grid address; Argentina's floor and flat; a road's kilometre; Indonesia's parts
    ("Vivo en Carrera 15 # 88-40, apto 502 con mi hermana.", [("Carrera 15 # 88-40, apto 502", "ADDRESS")]),
    ("Mandalo a Cordoba 2210, 6° B, C1120 por favor.", [("Cordoba 2210, 6° B, C1120", "ADDRESS")]),
    ("The farm is at Carretera 3 km 41.5, Bo. Palmarejo now.", [("Carretera 3 km 41.5, Bo. Palmarejo", "ADDRESS")]),
    ("Rumah saya di Jl. Mawar No. 9, RT 03/RW 11, Kel. Sumur, Kec. Cilincing sekarang.",
     [("Jl. Mawar No. 9, RT 03/RW 11, Kel. Sumur, Kec. Cilincing", "ADDRESS")]),
    ("Send it to Section 41 Lot 7, Hohola please.", [("Section 41 Lot 7, Hohola", "ADDRESS")]),
    ("We were in Camp 3, Block B-2, Shed 9 for years.", [("Camp 3, Block B-2, Shed 9", "ADDRESS")]),
    ("he lives at six two jacaranda crescent now", [("six two jacaranda crescent", "ADDRESS")]),
    # dates
    ("Logged at 2023-04-11T16:05:09+02:00 by the app.", [("2023-04-11T16:05:09+02:00", "DATE")]),
    ("Seen 5/17 @ 1415 on the ward.", [("5/17 @ 1415", "DATE")]),
    ("Label says filled 14 Sep 22 by the chemist.", [("14 Sep 22", "DATE")]),
    ("Issued 03/MAR/2021 by the office.", [("03/MAR/2021", "DATE")]),
    ("On 12 Feb 24 people came.", [("12 Feb", "DATE")]),           # a count after the month is no year
    ("she left on the 3rd o' March that year", [("the 3rd o' March", "DATE")]),
    ("we buried him ninth of the tenth, in the rain", [("ninth of the tenth", "DATE")]),
    ("Jadwal kontrol: Rabu, 4 Desember.", [("Rabu, 4 Desember", "DATE")]),
    ("Reviewed on 11/02/\n2023 by the team.", [("11/02/\n2023", "DATE")]),
    # ages, with a record's compact unit
    ("Her father is 97yo and still walks.", [("97yo", "AGE")]),
    ("Resident, 101y 4m, sleeps well.", [("101y 4m", "AGE")]),
    ("PatientAge 094Y on the scan.", [("094Y", "AGE")]),
    ('{"carer_age": 41, "client_age": 96}', [("96", "AGE")]),
    ("Mein Opa ist 98 und lebt allein.", [("98", "AGE")]),
    ("Nenek sudah sembilan puluh tiga tahun.", [("sembilan puluh tiga", "AGE")]),
    ("Kakek sudah 96 tahun sekarang.", [("96", "AGE")]),
    ("my nani is chauraanave and still cooks", [("chauraanave", "AGE")]),
    # phones
    ("Ring the line on 1800 451 229 any time.", [("1800 451 229", "PHONE")]),
    ("Ph: 472 8812", [("472 8812", "PHONE")]),
    ("Llamame al 0351 15-4418-2290 mañana.", [("0351 15-4418-2290", "PHONE")]),
    # e-mail and URLs
    ("Write to <k.mensah@example.org> today.", [("<k.mensah@example.org>", "EMAIL")]),
    ("it's kofi underscore m at ghanamail dot com dot gh", [("kofi underscore m at ghanamail dot com dot gh", "EMAIL")]),
    ("go to h t t p s colon slash slash calmcorner dot org", [("h t t p s colon slash slash calmcorner dot org", "URL")]),
    # SSNs
    ("Soc. Sec. # 4471 on the form.", [("4471", "SSN")]),
    ("Member SSN (last 4 only): 3308", [("3308", "SSN")]),
    ('{"ssn": "2719", "ok": true}', [("2719", "SSN")]),
    # IDs
    ("Her Medicare number is 2951 73840 1/2 on the card.", [("2951 73840 1/2", "ID")]),
    ("Claim number 4418302291/3 is still open.", [("4418302291/3", "ID")]),
    ("DVA file number 612 448 903K, gold card.", [("612 448 903K", "ID")]),
    ("DNI 27.418.905 vencido.", [("27.418.905", "ID")]),
    ("Token 5f0c2a1e-77d4-4c1b-9a0e-3b2d1c4e5f60 expired.", [("5f0c2a1e-77d4-4c1b-9a0e-3b2d1c4e5f60", "ID")]),
    ("The truck is 3GCUKREC8EG123456 on the title.", [("3GCUKREC8EG123456", "ID")]),
    ("Login from 192.168.14.201 was blocked.", [("192.168.14.201", "ID")]),
    ("Mi cédula es 418 902 337 por si acaso.", [("418 902 337", "ID")]),
    ("Case file 2023-558120 was closed.", [("2023-558120", "ID")]),
])
def test_eleventh_round_structured_forms_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    # the nearest talk each form must leave alone
    "MSH|^~\\&|LAB|WARD|||ADT^A01|",                    # HL7 codes with a caret are no name or address
    "OBX|1|CE|MOOD^Mood rating||GOOD^Good||",          # a coded value, mixed case
    "Ward 12, 1000 MG Tablets were given.",            # a ward and a dose, no address
    "Dose 7, 3012 Tablets were given.",                # a count after a postal-code-like number
    "It cost 1.500.000 pesos in the end.",             # an amount in dotted thousands, no cue
    "The app is at version 4.2.1 now.",                # a version, three parts
    "He came first of the first group.",               # a ranking, no day
    "A third of the second batch went missing.",       # a share
    "The score was 97 yrs ago, I think.",              # "ago": no age
    "Es ist 100 Prozent sicher.",                      # German "ist" before a percentage
    "Ella tiene 95 pacientes en la lista.",            # Spanish "tiene" before a count
    "Harganya seratus ribu rupiah saja.",              # Indonesian hundred before an amount
    "The bill was 95 rupees.",                         # a price
    "Give me 300 5000 more reasons.",                  # two numbers, no phone cue
    "My number one fan is 42.",                        # no phone
    "Look at the dot to the left.",                    # no e-mail
    "She was 99F with a fever.",                       # a temperature: the sex's letter is not an age here
    "Version 2024-01 shipped.",                        # a year and a month, no serial
])
def test_eleventh_round_talk_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] not in ("PERSON", "LOCATION")] == []


def test_eleventh_round_shift_never_gives_the_date_back():
    # a shift of 351 to 365 days gave a month alone back (12 whole months) and one of 365 a day and month without a year
    assert MAX_SHIFT <= 350
    for days in range(30, MAX_SHIFT + 1):
        for sign in (1, -1):
            for text in ("28/2", "the twenty-eighth of April", "in March", "the 4th", "June 3"):
                assert shift_date(text, sign * days) != text, (text, sign * days)


@pytest.mark.parametrize("text, days, expected", [
    ("21 Apr 21", 40, "31 May 21"),                    # the two digits after the month are the year
    ("2021-08-28T09:30:34-05:00", 40, "2021-10-07T09:30:34-05:00"),
    ("4/23 @ 1730", 40, "6/2 @ 1730"),
    ("07/07/\n2024", 40, "08/16/2024"),
    ("fifth of the seventh", 40, "fourteenth of the eighth"),
])
def test_eleventh_round_dates_shift(text, days, expected):
    assert shift_date(text, days) == expected
