"""De-identification: the forms added for recall on unseen talk (issue 17, second round).

Sentences written for these tests (not taken from any benchmark set): addresses in other
languages' order and with the unit first, ranges of days and days without a month, ages in
apposition or after a person word, named facilities, quarters of a place, lower-case
titles, national health numbers; and the talk each rule must leave alone.
"""

from __future__ import annotations

import re

import pytest

from qualalliance.deid.dates import shift_date
from qualalliance.deid.surrogates import draw


from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # addresses: the number after the street, the kind first, a kind as a suffix, the unit first
    ("Her flat was Birkenweg 7 in the old town.", [("Birkenweg 7", "ADDRESS")]),
    ("We stayed at Calle del Pino 41 that summer.", [("Calle del Pino 41", "ADDRESS")]),
    ("Send it to 19 Rue de la Gare, please.", [("19 Rue de la Gare", "ADDRESS")]),
    ("I moved to Avenida Paulista, near the park.", [("Avenida Paulista", "ADDRESS")]),
    ("My office is at Piazza Garibaldi 3.", [("Piazza Garibaldi 3", "ADDRESS")]),
    ("The house is at Via Solferino 22 now.", [("Via Solferino 22", "ADDRESS")]),
    ("Mail goes to Orchard Lane 12 these days.", [("Orchard Lane 12", "ADDRESS")]),
    ("She rents apartment 4B at 77 Hawthorn Road.", [("apartment 4B at 77 Hawthorn Road", "ADDRESS")]),
    ("We were in flat 2, 31 Ashgrove Close then.", [("flat 2, 31 Ashgrove Close", "ADDRESS")]),
    # dates: ranges, a day alone, lower-case "march" with a day
    ("The workshop is October 3 to 5 this year.", [("October 3 to 5", "DATE")]),
    ("We were away 21-23 March.", [("21-23 March", "DATE")]),
    ("Can you come the 18th instead?", [("the 18th", "DATE")]),
    ("My review is due the ninth.", [("the ninth", "DATE")]),
    ("so march 12 was when it started", [("march 12", "DATE")]),
    # ages: after a person word some words back, in apposition, with "died"/"aged", a hundred in words
    ("The old man who taught me was 96.", [("96", "AGE")]),
    ("Mrs Aldana, 93, still drives.", [("Aldana", "PERSON"), ("93", "AGE")]),
    ("My gran died 97, at home.", [("97", "AGE")]),
    ("he turned a hundred and one in june", [("a hundred and one", "AGE"), ("june", "DATE")]),
    ("Her aunt, who is 94, is in her late nineties in spirit.", [("94", "AGE"), ("nineties", "AGE")]),
    # places: a facility with an "of" tail, a lower-case kind after a name, a quarter of a town
    ("I was at the Church of the Sacred Heart.", [("Church of the Sacred Heart", "LOCATION")]),
    ("She trained at the Bramwell clinic.", [("Bramwell clinic", "LOCATION")]),
    ("we grew up in east oakland", [("east oakland", "LOCATION")]),
    ("We moved out to Port Angeles near 3rd Avenue.", [("Port Angeles", "LOCATION"), ("3rd Avenue", "ADDRESS")]),
    ("We drove to Palm Springs, then stayed at Cedar Point.", [("Palm Springs", "LOCATION"), ("Cedar Point", "LOCATION")]),
    ("i was at jefferson elementary then", [("jefferson elementary", "LOCATION")]),
    # names and numbers
    ("i told doctor okonkwo about it", [("okonkwo", "PERSON")]),
    ("Last night I texted Joy and then Patience said she was fine.", [("Joy", "PERSON"), ("Patience", "PERSON")]),
    ("My NI number is QQ 12 34 56 C.", [("QQ 12 34 56 C", "SSN")]),  # (fifteenth round) typed by its cue, a national number
    ("My NHS number is 943 476 5919.", [("943 476 5919", "ID")]),  # shaped like a phone: (fifteenth round) typed ID by its cue
    ("the page is at instagram dot com slash calm underscore days",
     [("instagram dot com slash calm underscore days", "URL")]),
])
def test_new_forms_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "We walked 5 miles via the park, 3 times, via Zoom 2 days later.",  # "via" is a word
    "I went to Sunday school and then a Catholic school.",                # allowed word; a kind, not a name
    "Enrol him in Head Start, or at Blue Skies Programs.",               # programmes, not places
    "I was the first. This is the second time, on the 3rd floor.",       # ordinals that are no date
    "The march 4 miles long was hard; you may second that.",             # march, may: verbs
    "The group runs 3 to 5 pm, with 12 to 14 people.",                   # a clock range, a count
    "The score was 95 and my friend scored 97 on it.",                   # numbers that are no age
    "In the nineties, in the 1990s, we were 95 percent sure.",           # a decade is no age
    "my doctor appointment is when the doctor said so",                  # a lower-case title before a word
    "I used to coach rugby and miss football.",                          # coach, miss: verbs
    "I told Zoom support; Hope is hard. I saw Group therapy help.",      # allowed; a sentence start; no verb cue
])
def test_talk_like_the_new_forms_is_left_alone(deid, text):
    assert found(deid, text) == []


def test_a_clock_range_after_a_date_is_no_range_of_days(deid):
    assert found(deid, "June 3 to 5 pm is the group.") == [("June 3", "DATE")]


@pytest.mark.parametrize("text, days, expected", [
    ("June 12 to 14", 5, "June 17 to 19"),
    ("June 12 to 14", 20, "July 2 to 4"),              # both ends move to the next month
    ("June 27 to 29", 3, "June 30 to July 2"),         # the ends in two months: the end gets its own
    ("27-29 June", 3, "30 June-2 July"),
    ("12-14 June", 20, "2-4 July"),
    ("December 30 to 2, 2020", 3, "January 2 to 5, 2021"),  # the range crosses a year; the year follows the end
])
def test_a_range_of_days_shifts_both_ends(text, days, expected):
    assert shift_date(text, days) == expected


@pytest.mark.parametrize("kind, original, keep, drop", [
    ("ADDRESS", "Calle del Pino 41", ["Calle del "], ["Pino", "41"]),
    ("ADDRESS", "19 Rue de la Gare", ["Rue de la "], ["Gare", "19"]),
    ("ADDRESS", "flat 2, 31 Ashgrove Close", ["flat ", "Close"], ["Ashgrove", "31"]),
    ("ADDRESS", "apartment 4B at 77 Hawthorn Road", ["apartment ", " at ", "Road"], ["Hawthorn", "77"]),
    ("LOCATION", "Bramwell clinic", [" clinic"], ["Bramwell"]),
])
def test_surrogates_of_the_new_forms_keep_their_kind_words(kind, original, keep, drop):
    fake = draw(kind, original, frozenset(), frozenset({original.casefold()}))
    assert all(k in fake for k in keep), fake
    assert not any(d in fake for d in drop), fake


@pytest.mark.parametrize("text, name", [
    ("I told Zoë about the session.", "Zoë"),
    ("Then Ángela said she would drive.", "Ángela"),
    ("My sponsor Łukasz Wójcik called me.", "Łukasz Wójcik"),
    ("We met Søren at the centre.", "Søren"),
])
def test_accented_names_are_replaced_whole(deid, text, name):
    """A name with a letter outside ASCII is one token: an ASCII-only class replaced "Jos" and left
    the "é" of "José" (and the tail of a surname) in the output."""
    spans = deid.find(text)
    covered = "".join(text[s.start:s.end] + " " for s in spans if s.entity_type == "PERSON")
    for word in name.split():
        assert word in covered.split(), (word, found(deid, text))


# --- third round (issue 17): forms the blind set heldout5 showed missing; sentences written for these tests


@pytest.mark.parametrize("text, expected", [
    # names: middle initials, particles, a name that is only particles and a surname after a cue
    ("I spoke with Rosalind T. Abernathy yesterday.", [("Rosalind T. Abernathy", "PERSON")]),
    ("Ask Harold J. about the forms.", [("Harold J.", "PERSON")]),
    ("Then Carmen de los Santos arrived late.", [("Carmen de los Santos", "PERSON")]),
    ("My cousin, van den Bosch, called twice.", [("van den Bosch", "PERSON")]),
    ("Professor ter Horst signed it.", [("ter Horst", "PERSON")]),
    ("we met Khalid bin Rashid there", [("Khalid bin Rashid", "PERSON")]),
    # lower case (automatic transcripts): a word English hardly writes in lower case, a hyphenated name, a
    # possessive, a rare neighbour, a title in any case, a relation, a place noun after a name
    ("so i called tadeusz last night", [("tadeusz", "PERSON")]),
    ("i borrowed jadwiga's car", [("jadwiga", "PERSON")]),
    ("then mcallister called me", [("mcallister", "PERSON")]),
    ("then bogdan wojtaszek drove me home", [("bogdan wojtaszek", "PERSON")]),
    ("i told marie-claire about it", [("marie-claire", "PERSON")]),
    ("Dr. castellano said it was fine", [("castellano", "PERSON")]),
    ("my friend chinonso came over", [("chinonso", "PERSON")]),
    ("we lived near kailua beach", [("kailua beach", "LOCATION")]),
    ("we sat with tomasina oyelaran all night", [("tomasina oyelaran", "PERSON")]),  # two unknown words in a row
    ("The retreat was near Tamarind, and we flew in.", [("Tamarind", "LOCATION")]),  # one capitalised word, place cue
    # addresses: a lower-case street kind first, a two-letter direction, a postcode after the street
    ("We lived at 5 rue du Moulin Vert.", [("5 rue du Moulin Vert", "ADDRESS")]),
    ("send it to 14 rue des acacias please", [("14 rue des acacias", "ADDRESS")]),  # all lower case
    ("Send it to 14 NE Alder Street.", [("14 NE Alder Street", "ADDRESS")]),
    ("My flat is 9 Quarry Close, LS2 7JT now.", [("9 Quarry Close, LS2 7JT", "ADDRESS")]),
    # dates: a holiday with a year, an ordinal day after a date cue or ending a clause, weekday + day, May 'YY
    ("We flew home Christmas Day 2019.", [("Christmas Day 2019", "DATE")]),
    ("it was easter sunday 2021 when he left", [("easter sunday 2021", "DATE")]),
    ("The form is dated the ninth.", [("the ninth", "DATE")]),
    ("Let's move it to the third instead.", [("the third", "DATE")]),
    ("His birthday is the sixth, I think.", [("the sixth", "DATE")]),
    ("she left the nineteenth and never called", [("the nineteenth", "DATE")]),
    ("The bill came Tuesday the 14th.", [("Tuesday the 14th", "DATE")]),
    ("I started in May '21.", [("May '21", "DATE")]),
    # phone numbers in pairs, with or without a country code
    ("Mon portable: 07 98 76 54 32.", [("07 98 76 54 32", "PHONE")]),
    ("Call +33 7 98 76 54 32 or +49 30 98 76 54 32.", [("+33 7 98 76 54 32", "PHONE"), ("+49 30 98 76 54 32", "PHONE")]),
    ("her cell is 06-98765432", [("06-98765432", "PHONE")]),
    ("Call her on 0044 20 7946 0018.", [("0044 20 7946 0018", "PHONE")]),
    # other forms: year-first dates with / or ., month and year, a lettered house number, more street kinds
    ("The scan was 2021/3/14 and the next 2021.04.02.", [("2021/3/14", "DATE"), ("2021.04.02", "DATE")]),
    ("We moved in Jan 2020 and left Feb. 2021.", [("Jan 2020", "DATE"), ("Feb. 2021", "DATE")]),
    ("Since 03/2021 things got worse.", [("03/2021", "DATE")]),
    ("I lived at 221B Larkspur Street for years.", [("221B Larkspur Street", "ADDRESS")]),
    ("She lives at 45 Cherry Alley now, or 8 Fox Glen.", [("45 Cherry Alley", "ADDRESS"), ("8 Fox Glen", "ADDRESS")]),
])
def test_third_round_forms_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "We had Plan B. Then it failed, so Plan C. Then nothing.",           # a letter after a word is no initial
    "I had a follow-up and a check-in about my well-being.",             # hyphenated words, not names
    "my friend really likes it and my sister said so",                   # a relation before a common word
    "She was the first, and he was the second.",                         # ranks, not days
    "In the nineteenth century it was the eleventh hour.",               # an ordinal before a noun
    "I rue the day we met 3 via Zoom.",                                  # rue, via: words
    "Merry Christmas, and a happy Thanksgiving to you.",                 # a holiday without a year
    "It may be 20 mg; we may 2 times.",                                  # may: a verb
    "Scores went 10 12 14 16 18 on the scale, 2 3 4 5 6 times.",         # counts in a row
    "The x-ray and the t-shirt were in the van.",                        # compounds; a van
    "we talked about phenelzine and then dermatomyositis",               # unknown words, one at a time
    "We fought on Christmas Eve and New Year's Eve, not on Valentine's Day.",  # holidays without a year
    "Version 2021.3.14 of the app; 3 of 4 people.",                      # a version number, a count
    "I was at Work, then in Group, near Home, back to Court.",          # capitalised common words after a cue
    "I got a letter from Mother and a call from Father.",                # kin words written as names
])
def test_talk_like_the_third_round_forms_is_left_alone(deid, text):
    assert found(deid, text) == []


def test_a_count_before_a_place_is_no_house_number(deid):
    """Hill, Park, Point, Green are street kinds only in lists; after a count they name a place (which the
    name rules may replace), and the count stays."""
    text = "I walked 3 Bunker Hill trails and 2 Central Park loops."
    spans = deid.find(text)
    assert all(s.entity_type != "ADDRESS" for s in spans)
    assert all(text[s.start:s.end][0].isalpha() for s in spans)


def test_known_names_join_across_an_initial():
    """The study knows "Hope Baker" (from a cue elsewhere); written with an initial it is still one name."""
    from qualalliance.deid.names import KnownNames, capitalised_tokens

    known = KnownNames()
    known.add("Hope Baker")
    text = "Hope R. Baker came by."
    assert known.find(text, capitalised_tokens(text)) == [(0, 13, "PERSON")]


@pytest.mark.parametrize("text, days, expected", [
    ("Tuesday the 14th", 3, "Friday the 17th"),    # the weekday moves with the day (sixth round; it stayed before)
    ("May '21", 40, "June '21"),
    ("Christmas Eve 2017", 10, None),             # a holiday cannot be shifted in its form: a pseudonym instead
    ("2020/3/14", 20, "2020/4/3"),                # year first, in the written layout
    ("2020.12.30", 5, "2021.01.04"),
    ("Feb. 2021", -40, "Jan. 2021"),
])
def test_third_round_dates_shift_or_fall_back(text, days, expected):
    assert shift_date(text, days) == expected


# --- fourth round (issue 17): forms heldout6 showed missing; sentences written for these tests


@pytest.mark.parametrize("text, expected", [
    # addresses: city, state or province and postal code after the street; a unit after it; a unit-number
    # prefix; a four-word street name; a rural route; a city with a state and ZIP alone
    ("Mail it to 12 Linden Terrace, Eau Claire, WI 54701 please.", [("12 Linden Terrace, Eau Claire, WI 54701", "ADDRESS")]),
    ("It was 9 rue Clément, Laval QC H7N 2K4 then.", [("9 rue Clément, Laval QC H7N 2K4", "ADDRESS")]),
    ("She rents 5/40 Banksia Road, Geelong VIC 3220 now.", [("5/40 Banksia Road, Geelong VIC 3220", "ADDRESS")]),
    ("He moved to 77 Sorrel Lane, Leeds LS6 2QT last spring.", [("77 Sorrel Lane, Leeds LS6 2QT", "ADDRESS")]),
    ("We had 310-88 Harbord Avenue for a year.", [("310-88 Harbord Avenue", "ADDRESS")]),
    ("Write to 22 Oak Street Space 14, they forward it.", [("22 Oak Street Space 14", "ADDRESS")]),
    ("It's 40 Cesar Estrada Chavez Jr Boulevard.", [("40 Cesar Estrada Chavez Jr Boulevard", "ADDRESS")]),
    ("our address was RR 4 Box 120 back then", [("RR 4 Box 120", "ADDRESS")]),
    ("She lives in Bend, OR 97701 now.", [("Bend, OR 97701", "ADDRESS")]),
    # spoken addresses: a house number said in pairs, a direction, a unit; a street corner
    ("we lived at six twelve north orchard back then", [("six twelve north orchard", "ADDRESS")]),
    ("her place is ninety-one twenty south alder, by the park", [("ninety-one twenty south alder", "ADDRESS")]),
    ("i'm outside forty-one twelve southwest juniper now", [("forty-one twelve southwest juniper", "ADDRESS")]),
    ("it was thirteen forty-five east willow unit two for a year", [("thirteen forty-five east willow unit two", "ADDRESS")]),
    ("it's thirty-one forty south lincoln road unit four c", [("thirty-one forty south lincoln road unit four c", "ADDRESS")]),
    ("it was nineteen oh five larch unit eleven for years", [("nineteen oh five larch unit eleven", "ADDRESS")]),
    ("we met at Broadway and Ninth every day", [("Broadway and Ninth", "ADDRESS")]),
    ("the shelter at 3rd and Cedar took us in", [("3rd and Cedar", "ADDRESS")]),
    # dates: a weekday before a month and day, a year said in words, a day after a clinical event
    ("It started Friday, June 13 that year.", [("Friday, June 13", "DATE")]),
    ("she was born march ninth nineteen sixty-two", [("march ninth nineteen sixty-two", "DATE")]),
    ("We met October 2nd, two thousand and nine.", [("October 2nd, two thousand and nine", "DATE")]),
    ("He was discharged the 9th pending a bed.", [("the 9th", "DATE")]),
    ("Admitted the twelfth on an involuntary hold.", [("the twelfth", "DATE")]),
    # ages: "you're", a resident
    ("Once you're 97 nobody listens to you.", [("97", "AGE")]),
    ("The resident is 101, alert and calm.", [("101", "AGE")]),
    # numbers: a letter before digit groups, letters and digits in hyphenated groups, a plate-like token,
    # a cue with capitalised words or a comma before the number
    ("Her member number is K 48 215 907 on the card.", [("K 48 215 907", "ID")]),
    ("The docket is QT-4471-982 I think.", [("QT-4471-982", "ID")]),
    ("The file said 2020-JV-004417 at the top.", [("2020-JV-004417", "ID")]),
    ("The car was 8KXM214, a grey one.", [("8KXM214", "ID")]),
    ("The claim number with them is 88431920.", [("88431920", "ID")]),
    ("My booking number, 774120, is on the wristband.", [("774120", "ID")]),
    ("Family court case T 22 901 445 is still open.", [("T 22 901 445", "ID")]),
    # phones: an area code in brackets with a trunk zero; digits read out with pauses
    ("Ring the clinic on (03) 9555 0172 tomorrow.", [("(03) 9555 0172", "PHONE")]),
    ("call me on four one five ... two two six ... nine oh one eight", [("four one five ... two two six ... nine oh one eight", "PHONE")]),
    # spoken emails: plus, several domain parts, more endings; a spoken web address after "it's at"
    ("mail rosa plus notes at fastmail dot com", [("rosa plus notes at fastmail dot com", "EMAIL")]),
    ("it's jb22 at lincoln dot k12 dot ne dot us", [("jb22 at lincoln dot k12 dot ne dot us", "EMAIL")]),
    ("write to tam dot ng at hey dot me", [("tam dot ng at hey dot me", "EMAIL")]),
    ("the list is at quietharbor dot org slash groups", [("quietharbor dot org slash groups", "URL")]),
])
def test_fourth_round_forms_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "First and foremost, thank you.",                                    # no corner without a second name
    "She came Second and I came Third.",                                 # ranks with a verb between
    "We drove forty miles north of here, then twenty north on the highway.",  # counts and directions
    "it was eight forty north side of town",                             # a direction + side
    "In case 3 people come, the case was 12 pages.",                     # case before a count
    "I came in the 3rd on the list and he was born the 2nd child.",      # ranks after a date-like cue
    "We were 90 minutes late; you're 95 percent sure.",                  # counts after "you're"/"we were"
    "I'm 90 days sober, we were 100 people, I'm 100% sure, I'm 100 dollars short.",  # counts after "I'm"/"we were"
    "breathe in for one ... two ... three ... and out",                  # counting with pauses
    "He has Crohn's, her mum had Alzheimer's and his dad Parkinson's.",  # eponymous illnesses
    "PHQ-9 of 17, GAD-7 of 12, C-SSRS negative.",                        # scale names
])
def test_talk_like_the_fourth_round_forms_is_left_alone(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Between the 5th and 6th we stayed home.", [("the 5th", "DATE")]),        # two days, no street corner
    ("On June 5th twenty people came to the circle.", [("June 5th", "DATE")]),  # a count, no year in words
])
def test_a_day_keeps_its_neighbours_out(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("kind, original, form", [
    ("ADDRESS", "8 Fox Glen", r"\d (?!Fox)\w+ Glen"),                           # the kind stays, the name goes
    ("ADDRESS", "12 Linden Terrace, Eau Claire, WI 54701", r"\d+ \w+ Terrace, [\w ]+, WI \d{5}"),  # the state stays
    ("ADDRESS", "9 Quarry Close, LS2 7JT", r"\d \w+ Close, [A-Z]{2}\d \d[A-Z]{2}"),  # a postcode's letters redrawn
    ("ADDRESS", "12th and Pine", r"\d+(?:st|nd|rd|th) and \w+"),                 # the ordinal's suffix agrees
    ("PHONE", "+33 6 12 34 56 78", r"\+33 \d \d\d \d\d \d\d \d\d"),       # the country code stays
    ("PHONE", "(02) 5550 9530", r"\(0\d\) \d{4} \d{4}"),                     # the trunk zero stays
])
def test_fourth_round_surrogates_keep_the_form(kind, original, form):
    fake = draw(kind, original, frozenset(), frozenset())
    assert re.fullmatch(form, fake) and fake != original, fake


@pytest.mark.parametrize("text, expected", [
    # names: a word English never writes opening a sentence before a verb of a person; a lower-case one after
    # a verb of contact
    ("That was the week. Zdravka says it will pass.", [("Zdravka", "PERSON")]),
    ("Oyelaran never once called me back.", [("Oyelaran", "PERSON")]),
    ("so i texted oluwaseun about it", [("oluwaseun", "PERSON")]),
    ("then i spoke to thandiwe for an hour", [("thandiwe", "PERSON")]),
    # places: a facility's name with an acronym, a "for" tail, Mt. or Fort first; a lower-case place prefix or
    # place noun around a lower-case name
    ("He goes to the Tacoma VA Medical Center now.", [("Tacoma VA Medical Center", "LOCATION")]),
    ("I was at the Harborview Center for Sleep Medicine.", [("Harborview Center for Sleep Medicine", "LOCATION")]),
    ("She studied at Mt. Baker Community College.", [("Mt. Baker Community College", "LOCATION")]),
    ("we camped near lake tahoe that summer", [("lake tahoe", "LOCATION")]),
    ("he was stationed at fort bragg then", [("fort bragg", "LOCATION")]),
    ("we drove to snoqualmie falls after", [("snoqualmie falls", "LOCATION")]),
    ("they sent me to the tacoma vet center", [("tacoma vet center", "LOCATION")]),
])
def test_fourth_round_names_and_places_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "Griefwork came up again. Ketamine said nothing new to me.",          # no verb of a person; a known word
    "i told them and then i spoke to my sponsor",                         # contact with common words
    "i was in a good state, at the lake, near the camp, up the mount",   # place words without a name
    "We went to a community health center once.",                         # a facility kind without a name
])
def test_talk_like_the_fourth_round_names_is_left_alone(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text, days, expected", [
    ("december twenty-eighth nineteen fifty-five", 10, "january seventh nineteen fifty-six"),  # the year said again
    ("december third two thousand and nine", 30, "january second two thousand and ten"),
    ("january 2nd twenty twenty", -5, "december 28th twenty nineteen"),
    ("december 31st nineteen oh nine", 1, "january 1st nineteen ten"),
    ("Thursday, May 16", 10, "Sunday, May 26"),  # the weekday moves with the day (sixth round; it stayed before)
])
def test_fourth_round_dates_shift_with_a_spoken_year(text, days, expected):
    assert shift_date(text, days) == expected


@pytest.mark.parametrize("text, expected", [
    ("So then Mark's wife called.", [("Mark", "PERSON")]),                   # whose wife: a person
    ("I think Grace's husband left.", [("Grace", "PERSON")]),
    ("We named the baby after Rusty, it fit.", [("Rusty", "PERSON")]),       # named ... after
    ("Everyone's kids were there. Mother's Day was hard.", []),              # no one's name
    ("People's mothers worry about it.", []),
])
def test_a_possessive_before_a_relation_is_a_person(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("yeah Seung-hoon was there the whole time", [("Seung-hoon", "PERSON")]),         # a lower-case part after a hyphen
    ("the one who got it was Hye-jin Kwon.", [("Hye-jin Kwon", "PERSON")]),     # a hyphenated given name before
    ("I had a Follow-up Okafor visit.", [("Okafor", "PERSON")]),                # not a common word's compound
])
def test_hyphenated_given_names(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We lived at Hazel and Birch when my dad left.", [("Hazel and Birch", "ADDRESS")]),  # a corner after a cue
    ("at the corner of Oak and Vine we met", [("Oak and Vine", "ADDRESS")]),
    ("We lived at Mom and Dad's for a year.", []),                                      # kin, not streets
])
def test_a_corner_of_two_plain_names_after_an_address_cue(deid, text, expected):
    assert found(deid, text) == expected


# --- fifth round (issue 17): general forms for the kinds of heldout7's misses; sentences written for these tests


@pytest.mark.parametrize("text, expected", [
    # social security numbers read out: the written layout with "dash", or in groups with pairs said as numbers
    ("ok it's four one two dash seven seven dash oh nine three six, got it?",
     [("four one two dash seven seven dash oh nine three six", "SSN")]),
    ("Her social, uh, two nine one, sixty-four, oh three eighty-eight.", [("two nine one, sixty-four, oh three eighty-eight", "SSN")]),
    ("they read my SSN back as five oh two, eleven, forty seventy-one and it was right",
     [("five oh two, eleven, forty seventy-one", "SSN")]),
    # phone numbers read out: three, three and two pairs; a digit said double or triple
    ("ring me on two one six, four four oh, thirty-one twelve tonight",
     [("two one six, four four oh, thirty-one twelve", "PHONE")]),
    ("the hotline is nine oh triple four double two six one", [("nine oh triple four double two six one", "PHONE")]),
    ("it's three one two, five five five, double oh four seven", [("three one two, five five five, double oh four seven", "PHONE")]),
    # addresses: a numbered road with a house or grid number, a block of a street, a military post, a rural site
    ("They live out at 4418 County Road 12 now.", [("4418 County Road 12", "ADDRESS")]),
    ("Send it to W2211 State Hwy 29 please.", [("W2211 State Hwy 29", "ADDRESS")]),
    ("He parks on the 1200 block of Division most nights.", [("the 1200 block of Division", "ADDRESS")]),
    ("Mail goes to PSC 1234 Box 5678, APO AP 96350 while he's deployed.", [("PSC 1234 Box 5678, APO AP 96350", "ADDRESS")]),
    ("It's RR 2, Site 14, Comp 9, Olds AB for now.", [("RR 2, Site 14, Comp 9, Olds AB", "ADDRESS")]),
    ("We had Lot 14 Wattle Street, Ballarat VIC 3350 then.", [("Lot 14 Wattle Street, Ballarat VIC 3350", "ADDRESS")]),
    ("it's Flat 2c, Peverell House, 41 Holloway now", [("Flat 2c, Peverell House, 41 Holloway", "ADDRESS")]),  # a building
    # dates: a day, an abbreviated month and a year with hyphens; "the" between month and day; no "of" between
    # day and month, in lower case; march/may with a day after a clinical event
    ("Seen 14-Feb-2019 in clinic.", [("14-Feb-2019", "DATE")]),
    ("my sober date is june the twelfth", [("june the twelfth", "DATE")]),
    ("since march the ninth i haven't slept", [("march the ninth", "DATE")]),
    ("his birthday is third october, same as mine", [("third october", "DATE")]),
    ("we split up on fourth may, right before exams", [("fourth may", "DATE")]),
    ("pt discharged may 3 with a plan", [("may 3", "DATE")]),
    # ages: over 89 before "birthday", also as an ordinal
    ("We threw her 96th birthday at the home.", [("96th", "AGE")]),
    ("for grandad's hundredth birthday we all went", [("hundredth", "AGE")]),
    ("it was his ninety-ninth birthday yesterday", [("ninety-ninth", "AGE")]),
    ("she's one hundred and third now", [("one hundred and third", "AGE")]),  # an ordinal ending is part of an age
    ("They sent it to 7 rue des Églantiers in Lyon.", [("7 rue des Églantiers", "ADDRESS"), ("Lyon", "LOCATION")]),
    # IDs: a cue for an immigration number; letters and a number apart, digits around a dot, a long mixed token
    ("His A-number is 204 118 377 on the notice.", [("204 118 377", "ID")]),
    ("The account number is TRX 58213, they said.", [("TRX 58213", "ID")]),
    ("my member ID is 604.220918 on the card", [("604.220918", "ID")]),
    ("The claim number is QK7BZ2MV91 I think.", [("QK7BZ2MV91", "ID")]),
])
def test_fifth_round_structured_forms_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "we counted one two three four five and then breathed",            # counting, no number read out
    "I double checked two or three times, maybe four.",                 # "double" with counts
    "my social worker said seven or eight, maybe ten, sessions",        # "social" with counts, no groups
    "we took 2 Route 9 buses to get there",                             # a count before a road
    "we sat in room 4, then the Court House, for hours",                # no flat number before a building
    "the second may be harder, and you may the first time feel odd",   # "may" the verb after an ordinal
    "It was her 9th birthday and she turned 40 last week.",            # a birthday under 90
    "I was in the 1200s block party last summer.",                     # no block of a street
    "it was the hundred and first time, in the ninety-second minute",  # ordinals that are no age
])
def test_talk_like_the_fifth_round_structured_forms_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] not in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize("text, expected", [
    # a name followed by its spelling
    ("Her new worker is Oyinkansola, O-Y-I-N-K-A-N-S-O-L-A, from Tuesday.", [("Oyinkansola, O-Y-I-N-K-A-N-S-O-L-A", "PERSON")]),
    # a generational suffix
    ("The letter was signed by Marcus Delacroix Jr. last week.", [("Marcus Delacroix Jr.", "PERSON")]),
    ("I finally talked to Bertrand Okafor III about it.", [("Bertrand Okafor III", "PERSON")]),
    # a name in capitals with a cue: a title, a verb of a person after it
    ("Then OKONKWO says I'm overreacting.", [("OKONKWO", "PERSON")]),
    ("Deputy? No, Officer MWANGI took the report.", [("MWANGI", "PERSON")]),
    # relations of work and care; notes' "pt's mother"
    ("My supervisor Delphine moved the deadline again.", [("Delphine", "PERSON")]),
    ("Called pt's sister Harmony, who agrees to the plan.", [("Harmony", "PERSON")]),
    # facilities: the VA after a place's name, more facility kinds, a saint's name with a possessive
    ("He's been at the Wilkes-Barre VA since March.", [("Wilkes-Barre VA", "LOCATION"), ("March", "DATE")]),
    ("They held him at the Cobb County jail overnight.", [("Cobb County jail", "LOCATION")]),
    ("I volunteer at St. Anselm's on Fridays.", [("St. Anselm's", "LOCATION")]),
    # an Arabic article joined by a hyphen is part of the name; whose place, house ... is a person's
    ("I keep thinking about Karim al-Hashimi and the boat.", [("Karim al-Hashimi", "PERSON")]),
    ("We slept at Marisol's place that whole winter.", [("Marisol", "PERSON")]),
])
def test_fifth_round_names_and_places_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "You spell it N-O, and mean it.",                                   # a spelling of no name before it
    "The NICU said we could go home, and my DBT coach says hi.",        # acronyms English writes in capitals
    "I used DEAR MAN with him and it kind of worked.",                  # a skill's acronym, no cue
    "OK SO THEN KOWALCZYK SAYS NO, ALL IN CAPITALS.",                    # a text in capitals: capitals say nothing
    "So VA covers it now, and I called the VA today.",                  # the VA without a place's name
    "The Food Bank helps. Then the Hospital called.",                   # a sentence's word before a facility kind
    "We go to church on St. Patrick's Day.",                            # a holiday, no saint's church
    "My supervisor said no, and my manager agreed.",                    # relations without a name
    "Everyone's place is different. We went to Mom's house.",           # whose place: no one's name
])
def test_talk_like_the_fifth_round_names_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] in ("PERSON", "LOCATION")] == []


def test_a_lower_case_name_a_cue_found_is_learnt_for_the_study():
    """``i saw nomvula`` finds a name by its cue; the study's other turns say it without one."""
    from qualalliance.deid.engine import Deidentifier

    deid = Deidentifier()
    texts = ["so i saw wanjiru kamau at the shop", "and wanjiru's kid came over", "then wanjiru said it was fine",
             "my sister faith called", "faith is hard for me", "i told grace about it"]
    for t in texts:
        deid.learn(t)
    assert found(deid, texts[1]) == [("wanjiru", "PERSON")]
    assert found(deid, texts[2]) == [("wanjiru", "PERSON")]
    assert found(deid, "kamau was there too") == [("kamau", "PERSON")]
    # common words after a cue are not learnt: they would be taken in every turn
    assert found(deid, texts[4]) == [] and found(deid, "grace under pressure") == []
    assert deid.find_in_id("wanjiru_s2") and deid.find_in_id("Wanjiru_s2")


def test_a_lower_case_name_is_learnt_only_from_a_cue():
    """A rare lower-case word without a cue teaches nothing (``bartek`` alone may be a typo); the deny-list is
    how a study adds one."""
    from qualalliance.deid.engine import Deidentifier

    deid = Deidentifier()
    deid.learn("and then bartek came by")
    assert not any(n[0].islower() for n in deid.known.types)


def test_a_lower_case_name_is_never_added_from_a_label_or_metadata():
    from qualalliance.deid.names import KnownNames

    known = KnownNames()
    known.add("hope")                      # metadata in lower case: as before, not a name to look for
    known.add("hope", words=False)         # learnt (by replay) in lower case: looked for in lower case
    assert known.find("hope and Hope", []) == [(0, 4, "PERSON")]


@pytest.mark.parametrize("kind, original, form", [
    ("SSN", "seven four four, fifty-three, twenty-eight thirty-nine", r"nine \w+ \w+, \w+ \w+, \w+ \w+ \w+ \w+"),
    ("PHONE", "eight double six triple eight double eight two one", r"(?:\w+ ){9}\w+"),  # each digit said once
    ("AGE", "96th", r"90th"),
    ("AGE", "ninety-ninth", r"ninetieth"),
])
def test_fifth_round_surrogates_keep_the_form(kind, original, form):
    fake = draw(kind, original, frozenset(), frozenset())
    words = set(re.findall(r"[a-z]+(?:-[a-z]+)?", original)) - {"one", "two", "three", "four", "five", "six", "seven",
                                                                  "eight", "nine", "zero", "oh"}
    assert re.fullmatch(form, fake) and not words & set(fake.split()), fake


@pytest.mark.parametrize("text, days, expected", [
    ("28-May-1983", 40, "07-Jul-1983"),     # a record's layout: the month abbreviated, the day in two digits
    ("june the twelfth", 10, "june the twenty-second"),
    ("third october", 30, "second november"),
])
def test_fifth_round_dates_shift(text, days, expected):
    assert shift_date(text, days) == expected


# --- sixth round (issue 17): general forms for the kinds of heldout8's and heldout9's misses; sentences written for
# these tests (other streets, names and numbers than the sets')


@pytest.mark.parametrize("text, expected", [
    # an address written as lines joined by commas is one identifier: a unit or plot, "c/o" someone, the street, a
    # landmark, the locality, the town with its district or postal code; a house name, a townland and a county
    ("Post it to No. 7, Palm Close, off Market Road, Ibadan, please.", [("No. 7, Palm Close, off Market Road, Ibadan", "ADDRESS")]),
    ("He gave c/o Martha Lindqvist, 12 Heron Road, Dalston as his address.",
     [("c/o Martha Lindqvist, 12 Heron Road, Dalston", "ADDRESS")]),
    ("It's Flat 3/2, 48 Kelvin Street, Maryhill now.", [("Flat 3/2, 48 Kelvin Street, Maryhill", "ADDRESS")]),
    ("She stays at Blk 9 Lot 12, Acacia St., Brgy. Poblacion, Tarlac with her aunt.",
     [("Blk 9 Lot 12, Acacia St., Brgy. Poblacion, Tarlac", "ADDRESS")]),
    ("Send it to A-402, Neem Towers, near the water tank, Baner, Pune 411045 for now.",
     [("A-402, Neem Towers, near the water tank, Baner, Pune 411045", "ADDRESS")]),
    ("We moved to 14 Birch Lawn, Lucan, Dublin 15 last year.", [("14 Birch Lawn, Lucan, Dublin 15", "ADDRESS")]),
    ("Write to Ashbrook, Kilmeena, Co. Galway for the form.", [("Ashbrook, Kilmeena, Co. Galway", "ADDRESS")]),
    ("They live at Stand 412, Zone 3, Mabopane now.", [("Stand 412, Zone 3, Mabopane", "ADDRESS")]),
    ("Our old place was Room 118, Whitley Hall, on the quad.", [("Room 118, Whitley Hall", "ADDRESS")]),
    ("Mail to 22 Fern Close, K45 R2D6 came back.", [("22 Fern Close, K45 R2D6", "ADDRESS")]),
    ("Ship it to 8 Cedar Ave, Apt 4C, thanks.", [("8 Cedar Ave, Apt 4C", "ADDRESS")]),
    ("it was number twenty two, Rowan Crescent, back then", [("number twenty two, Rowan Crescent", "ADDRESS")]),
    # North American forms: a grid address, a numbered avenue with its quadrant, half a house number
    ("The clinic is at 2240 East 1700 South now.", [("2240 East 1700 South", "ADDRESS")]),
    ("Pick me up at 1508 17 Ave SW tomorrow.", [("1508 17 Ave SW", "ADDRESS")]),
    ("He rents 412 1/2 Maple Ave with a friend.", [("412 1/2 Maple Ave", "ADDRESS")]),
])
def test_sixth_round_addresses_are_one_span(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # social security numbers: other layouts, masked but for the last four, the last four after a cue, groups said
    # with a digit and a pair first, "nought"
    ("His social is 512–77–0923, I think.", [("512–77–0923", "SSN")]),
    ("SSN 604/18/2277 on the old form.", [("604/18/2277", "SSN")]),
    ("It's 433 - 20 - 1187 on the card.", [("433 - 20 - 1187", "SSN")]),
    ("The letter shows XXX-XX-4410 only.", [("XXX-XX-4410", "SSN")]),
    ("billing has ***-**-9032 on file", [("***-**-9032", "SSN")]),
    ("They asked for the last four of my social, 7715, to check.", [("7715", "SSN")]),
    ("my social's two six oh one, the last four", [("two six oh one", "SSN")]),
    ("My SS# is four twelve, sixty, thirty-one oh five.", [("four twelve, sixty, thirty-one oh five", "SSN")]),
    # email addresses written to foil harvesters, with spaces around @, as a mailto: link, with a comma for the
    # last dot; said with "at the rate" and a country's two letters
    ("write to k.osei [at] mailbox [dot] org please", [("k.osei [at] mailbox [dot] org", "EMAIL")]),
    ("Reply to tmoyo(at)webpost.co.za only.", [("tmoyo(at)webpost.co.za", "EMAIL")]),
    ("Contact: rlind AT fastmail DOT com DOT au", [("rlind AT fastmail DOT com DOT au", "EMAIL")]),
    ("send it to ana.b @ correo.com.mx today", [("ana.b @ correo.com.mx", "EMAIL")]),
    ("Link: mailto:j.ek@post.se for replies.", [("mailto:j.ek@post.se", "EMAIL")]),
    ("It's lars.h@gmail,com I think.", [("lars.h@gmail,com", "EMAIL")]),
    ("it's ravi dot k at the rate postbox dot co dot in", [("ravi dot k at the rate postbox dot co dot in", "EMAIL")]),
    # phone numbers: en dashes, groups of five, a long number read digit by digit with "plus" and "nought"
    ("Call 415–555–0187 after six.", [("415–555–0187", "PHONE")]),
    ("my mobile is 98450 12377", [("98450 12377", "PHONE")]),
    ("ring plus four four seven nought one two three four five six seven eight tonight",
     [("plus four four seven nought one two three four five six seven eight", "PHONE")]),
    ("it's five nine one, two two three, oh four sixty-eight, on the fridge",        # groups with the last pair said
     [("five nine one, two two three, oh four sixty-eight", "PHONE")]),
    # web addresses: an upper-case scheme, "w w w" spelled, a country's two letters, "forward slash" and a path
    ("Go to HTTPS://WWW.EXAMPLECLINIC.ORG for the form.", [("HTTPS://WWW.EXAMPLECLINIC.ORG", "URL")]),
    ("it's w w w dot brightpath dot org", [("w w w dot brightpath dot org", "URL")]),
    ("Book at healwell.co.nz today.", [("healwell.co.nz", "URL")]),
    ("the group is at chat dot example dot com forward slash room forward slash 4411",
     [("chat dot example dot com forward slash room forward slash 4411", "URL")]),
    # dates: a weekday abbreviated before a date, a record's compact date, Roman months, the day of a numbered month,
    # a spoken year after a day and month
    ("Seen Weds 3/12 for review.", [("Weds 3/12", "DATE")]),
    ("Booked for Thu 14 Nov, 10am.", [("Thu 14 Nov", "DATE")]),
    ("DOB 11MAR1942 on the wristband.", [("11MAR1942", "DATE")]),
    ("Baptised 3.IV.1951 in the parish.", [("3.IV.1951", "DATE")]),
    ("we moved the fourth of the ninth", [("the fourth of the ninth", "DATE")]),
    ("She was born the ninth of May, nineteen twenty-eight.", [("the ninth of May, nineteen twenty-eight", "DATE")]),
    # ages: "and a half", one-oh-N, "age:", a note's "a 94 man", an age in brackets after a person word, "oldest"
    ("My nan is ninety-six and a half now.", [("ninety-six and a half", "AGE")]),
    ("Grandad's one-oh-four and still gardening.", [("one-oh-four", "AGE")]),
    ("Intake: age: 97, lives alone.", [("97", "AGE")]),
    ("Seen a 94 woman with low mood.", [("94", "AGE")]),
    ("Mother (99) lives with pt.", [("99", "AGE")]),
    ("The oldest in the choir is 102, she sings every week.", [("102", "AGE")]),
    ("I want to make it to 95 like her.", [("95", "AGE")]),
    ("Aunt Rose was 97 when she died.", [("Rose", "PERSON"), ("97", "AGE")]),
    ("Gogo's 101 and still walks to church.", [("101", "AGE")]),
    # IDs: a number in a record's shape after an acronym or a word that names it
    ("UHID KLM/22/8810 for the follow-up.", [("KLM/22/8810", "ID")]),
    ("Her NIN is 7720 41166 9, she said.", [("7720 41166 9", "ID")]),
    ("Member number 44-902117350-2 on the card.", [("44-902117350-2", "ID")]),
    ("Reference KT-884312-ZQ on the letter.", [("KT-884312-ZQ", "ID")]),
    ("Trial code LOPEZ771204QH8TW on the sheet.", [("LOPEZ771204QH8TW", "ID")]),
    ("Booking reference BRS-LDN-4471 confirmed.", [("BRS-LDN-4471", "ID")]),
])
def test_sixth_round_structured_forms_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "I saw 12 people, Monday was hard, and then 3 more came.",           # counts and commas, no address
    "We read chapter 4, verse 12, and went home.",                     # a number and a comma, no locator
    "My social worker since 2019 has been great.",                     # "social worker", a year
    "I lost my social security card back in 2019.",                    # a year after "in"
    "I got 35 out of 60, 4 - 12 - 2020 was the exam.",                  # a date with spaced dashes, no SSN
    "Meet me at home, dot the i's, and look AT the DOT thing.",         # no address written to foil harvesters
    "The polka dot is nice and the dot com boom was long ago.",         # "dot" with English words
    "We were at the rate of two a week.",                               # "at the rate" with no address
    "We won 21 East 14 West in the final.",                            # a score, no grid address
    "She takes it on Sun mornings, 25 minutes each.",                   # a weekday abbreviation without a date
    "He came first of the first group.",                               # ordinals that are no date
    "I'm a hundred percent sure, it was a hundred degrees.",            # a hundred with a unit
    "Psych one-oh-one was my favourite class.",                        # one-oh-one without an age cue
    "We took a 95 bus and a 99 tram.",                                 # numbers before vehicles
    "The oldest one in my class is 12.",                               # the oldest, under 90
    "It's 95 and sunny, and she was 12 when she died.",                 # weather; an age under 90
    "I'm @home now, tell @everyone.",                                   # @ before a word, no handle
    "My PHQ 9 was 17 and the GAD-7 was 12, BP 120 80.",                 # scores after acronyms
    "I scored 1200 on the SAT, number 3 in my class.",                  # counts after "number"
])
def test_talk_like_the_sixth_round_structured_forms_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] not in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize("text, expected", [
    # initials before a name: with full stops a cue and part of the name; without, part of a name found otherwise
    ("Me and T. K. Anand went to the meeting.", [("T. K. Anand", "PERSON")]),
    ("Officer B. Lindqvist took my statement.", [("B. Lindqvist", "PERSON")]),
    ("During the session R. Okafor held my hand.", [("R. Okafor", "PERSON")]),
    ("My legal name is still P van Dijk on the card.", [("P van Dijk", "PERSON")]),
    # a nickname in quotes inside a full name
    ("My roommate Carla \"Bean\" Moreau found me.", [("Carla \"Bean\" Moreau", "PERSON")]),
    # a trailing initial before a colon, as a speaker label in a turn
    ("Later Marisol K.: no, that's not it.", [("Marisol K.", "PERSON")]),
    # a handle in a group text; an Irish county
    ("lol @kwame_b said the same", [("@kwame_b", "PERSON")]),
    ("She's from Co. Sligo originally.", [("Co. Sligo", "LOCATION")]),
])
def test_sixth_round_names_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "I take vitamin D. Then I sleep.",                                  # an initial that ends a sentence
    "We got Plan B. Later we talked.",
    "I told her \"Stop it\" and she left.",                              # a quotation, no nickname
    "We watched \"Frozen\" Tuesday night.",
    "D.O.B. February 1968, she wrote.",                                 # an abbreviation before a month
])
def test_talk_like_the_sixth_round_names_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] in ("PERSON", "LOCATION")] == []


@pytest.mark.parametrize("kind, original, form", [
    ("SSN", "one nine nought, six zero, five seven four nought", r"\w+ \w+ \w+, \w+ \w+, \w+ \w+ \w+ \w+"),
    ("PHONE", "plus four four seven nought one two three four five six", r"plus(?: \w+){9,12}"),
    ("SSN", "XXX-XX-4410", r"XXX-XX-\d{4}"),
    ("SSN", "512–77–0923", r"\d{3}–\d{2}–\d{4}"),
])
def test_sixth_round_surrogates_keep_the_form(kind, original, form):
    fake = draw(kind, original, frozenset(), frozenset())
    assert re.fullmatch(form, fake) and "nought" not in fake, fake


@pytest.mark.parametrize("text, days, expected", [
    ("Tues 6/9", 10, "Fri 6/19"),                   # the weekday moves with the date (10 days on: 3 weekdays on)
    ("Wed 27 Aug", 10, "Sat 6 Sep"),
    ("28DEC97", 10, "07JAN98"),                     # a record's compact date, in its layout
    ("27.XII.2025", 10, "6.I.2026"),                # a month in Roman figures
    ("the 28th of the 12th", 10, "the 7th of the 1st"),
    ("the sixth of the third", 10, "the sixteenth of the third"),
])
def test_sixth_round_dates_shift(text, days, expected):
    assert shift_date(text, days) == expected


@pytest.mark.parametrize("text", [
    "She moved back to the Philippines and takes Concerta 18 mg.",       # a country; a medicine's brand
    "i dont know, Psalm 23 helps, and the Descovy too.",                  # a contraction typed without its apostrophe
    "We flew from Sierra Leone to Sri Lanka via Qatar.",
])
def test_sixth_round_allow_list_keeps_countries_brands_and_chat_spellings(deid, text):
    assert found(deid, text) == []


def test_a_quarter_named_after_a_country_is_a_place(deid):
    assert found(deid, "We walked around Little Haiti, then ate in Little Italy.") == [
        ("Little Haiti", "LOCATION"), ("Little Italy", "LOCATION")]
    assert found(deid, "We went to Sunday Mass in New Zealand.") == []


def test_countries_that_are_given_names_stay_names(deid):
    assert found(deid, "My friend Jordan texted Chad about it.") == [("Jordan", "PERSON"), ("Chad", "PERSON")]


@pytest.mark.parametrize("original, form", [
    ("@kwame_b", r"@[A-Za-z]+"),                                  # an @-mention keeps its @, not its name
    ('Carla "Bean" Moreau', r'[A-Z][a-z]+ "[A-Z][a-z]+" [A-Z][a-z]+'),  # a nickname keeps its quotes, not its word
])
def test_sixth_round_person_surrogates_replace_the_word_inside_punctuation(original, form):
    from qualalliance.deid.pseudonyms import PseudonymMap
    from qualalliance.deid.replace import Replacer

    fake = Replacer(PseudonymMap(), mode="surrogate").replace("PERSON", original, "P01")
    words = set(re.findall(r"[A-Za-z]+", original.lower()))
    assert re.fullmatch(form, fake) and not words & set(re.findall(r"[a-z]+", fake.lower())), fake


# seventh round: forms of numbers, addresses and dates as bilingual speakers, letters and other countries write them
@pytest.mark.parametrize("text, expected", [
    # phones: a number read out in Spanish or French in its written groups
    ("Llámame al seis uno dos, tres cuatro siete, ocho ocho dos uno mañana.",
     [("seis uno dos, tres cuatro siete, ocho ocho dos uno", "PHONE")]),
    ("Son portable: deux un neuf, quatre quatre trois, cinq zéro six.", [("deux un neuf, quatre quatre trois, cinq zéro six", "PHONE")]),
    # social security number read out in Spanish: three, two, four
    ("Su número de seguro es ocho dos uno, cuatro cuatro, siete tres cero nueve.",
     [("ocho dos uno, cuatro cuatro, siete tres cero nueve", "SSN")]),
    ("My social is 412‑55‑7093, on the card.", [("412‑55‑7093", "SSN")]),  # non-breaking hyphens
    # phones in other groupings
    ("Her number is [415] 332-1987, after six.", [("[415] 332-1987", "PHONE")]),
    ("Text 312 - 448 - 2096 if it is urgent.", [("312 - 448 - 2096", "PHONE")]),
    ("Landline: 614 2279034.", [("614 2279034", "PHONE")]),
    ("Mi cel es 612 448 31 07, llámame.", [("612 448 31 07", "PHONE")]),
    ("Llámame al (612) 448 31 07.", [("(612) 448 31 07", "PHONE")]),
    ("Mi móvil es 622 118 407.", [("622 118 407", "PHONE")]),
    ("La oficina: (502) 2211-4098.", [("(502) 2211-4098", "PHONE")]),
    ("Ring the practice on 02-9381 4470 tomorrow.", [("02-9381 4470", "PHONE")]),
    ("Her mobile: 09 438 2291.", [("09 438 2291", "PHONE")]),
    ("Our home line was 04 551902.", [("04 551902", "PHONE")]),
    ("Appelez le 514 872-3300, poste 22.", [("514 872-3300, poste 22", "PHONE")]),
    ("You can ring me on 6172 4409 after work.", [("6172 4409", "PHONE")]),
    ("Fax the form to 9031 2278 please.", [("9031 2278", "PHONE")]),
    ("Tap tel:+16175550143 to call the desk.", [("tel:+16175550143", "PHONE")]),     # a tel: link with its scheme
    ("His case number is 204 118 377 at the office.", [("204 118 377", "ID")]),  # three threes after an ID cue: no phone
    # dates in Spanish and French
    ("Nació el 3 de noviembre de 1987 en el hospital.", [("el 3 de noviembre de 1987", "DATE")]),
    ("Fue el nueve de abril, creo.", [("el nueve de abril", "DATE")]),
    ("My appointment is octubre 14 at noon.", [("octubre 14", "DATE")]),
    ("Elle est partie le 14 février 1999.", [("le 14 février 1999", "DATE")]),
    ("On se voit le vingt-et-un juin.", [("le vingt-et-un juin", "DATE")]),
    ("Il est né 5 septembre 1960 à l'hôpital.", [("5 septembre 1960", "DATE")]),
    # e-mail addresses said in Spanish, French or Hebrew, or with "at" and written dots, or an [@]
    ("Mi correo es carla punto mendez arroba correo punto es, gracias.", [("carla punto mendez arroba correo punto es", "EMAIL")]),
    ("Écris à paul point girard arobase orange point fr demain.", [("paul point girard arobase orange point fr", "EMAIL")]),
    ("Send it to dana42 shtrudel mymail dot co dot il tonight.", [("dana42 shtrudel mymail dot co dot il", "EMAIL")]),
    ("Reply to jo.baker at fastmail.org when you can.", [("jo.baker at fastmail.org", "EMAIL")]),
    ("Write to t.nguyen[@]example.org please.", [("t.nguyen[@]example.org", "EMAIL")]),
    ("Fill in the PHQ-9 at mdcalc.com first.", [("mdcalc.com", "URL")]),  # a score's name before "at": no address
])
def test_seventh_round_structured_forms_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "Contamos dos, tres, cuatro y luego se rió.",                  # digit words not in a number's groups
    "Six, seven, eight of us went up to the lake.",
    "On a fait les courses en mars, puis encore en mai.",           # a month's name without a day
    "The reading room de mayo was closed.",
    "We met at 3.30 at the park and talked at length.",             # "at" without a name with a dot before a domain
    "The order was C-12 445 983, still pending.",                  # an ID's groups after a hyphen
    "Card 4417 2290 1183 6675 was cancelled.",                      # four fours: no phone
    "We lived there between 2019 2020 and called in 2021.",         # two years
    "It cost 300 000 dollars and 45 000 more.",                     # thousands written with spaces
    "She scored 123 456 on the old scale.",
    "The hotel: a tel: link was broken.",                           # a scheme without a number
])
def test_talk_like_the_seventh_round_structured_forms_is_left_alone(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("kind, original", [
    ("PHONE", "seis uno dos, tres cuatro siete, ocho ocho dos uno"),
    ("SSN", "ocho dos uno, cuatro cuatro, siete tres cero nueve"),
    ("PHONE", "deux un neuf, quatre quatre trois, cinq zéro six"),
])
def test_seventh_round_spanish_and_french_numbers_get_a_fake_said_in_english(kind, original):
    fake = draw(kind, original, frozenset(), frozenset())
    assert not set(original.replace(",", "").split()) & set(fake.replace(",", "").split()), fake
    assert re.fullmatch(r"[a-z]+(?:,? [a-z]+)+", fake), fake


@pytest.mark.parametrize("text, expected", [
    ("Mi tía tiene 93 años y todavía cocina.", [("93", "AGE")]),
    ("Ma grand-mère a 97 ans maintenant.", [("97", "AGE")]),
    ("My abuela is noventa y dos and still sews.", [("noventa y dos", "AGE")]),
    ("Le patient, quatre-vingt-dix-sept, vit seul.", [("quatre-vingt-dix-sept", "AGE")]),
    ("La abuela cumplió cien años.", [("cien", "AGE")]),
    ("Intake: (M, 94), lives with son.", [("94", "AGE")]),
    ("Age/Sex: 101 / M", [("101", "AGE")]),
    ("He would have been 104 this year.", [("104", "AGE")]),
])
def test_seventh_round_ages_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "Pagué noventa dólares por eso.",          # a sum, not an age
    "We had 95 this year at the picnic.",       # a count this year
    "Tiene 45 años.",                           # an age under 90: Safe Harbor keeps it
    "The score was 92 / 100 on the test.",
    "Pagamos cien pesos.",
])
def test_talk_like_the_seventh_round_ages_is_left_alone(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text", [
    "She flew from Uruguay to Monaco and then to the Marshall Islands.",  # countries the sixth round's list left out
    "Mamaw said Papaw fixed the truck again.",                        # grandparents' words said like names
    "My Oma and my Savta both came to the party.",
    "Attn: intake desk, Qty 30, Tel. on file.",                       # a form's abbreviations
])
def test_seventh_round_allow_list_keeps_countries_kin_words_and_form_abbreviations(deid, text):
    assert found(deid, text) == []


def test_seventh_round_names_beside_kin_words_are_still_found(deid):
    assert found(deid, "Mamaw and her friend Rosalind Whitcombe drove to church.") == [("Rosalind Whitcombe", "PERSON")]


@pytest.mark.parametrize("text, expected", [
    ("Seen Nov-13-2012 for follow-up.", [("Nov-13-2012", "DATE")]),
    ("We got the letter on 18OCT.", [("18OCT", "DATE")]),
    ("DOB 09 NOV 63 per the card.", [("09 NOV 63", "DATE")]),
    ("Born on the 19th day of October, 2014, at home.", [("the 19th day of October, 2014", "DATE")]),
])
def test_seventh_round_record_and_legal_dates_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "I take 20MG daily and the dose was 18 MAY 2 be raised.",   # a dose in capitals; "MAY" before a digit not a year
    "Every day of the week was grey, the 3rd day of rain.",
])
def test_talk_like_the_seventh_round_record_dates_is_left_alone(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    ("We used to live at 678 Kowhai Road, RD 2, Whakatāne before that.", [("678 Kowhai Road, RD 2, Whakatāne", "ADDRESS")]),
    ("In the tent Leilani Kaʻahanui sat with him all night.", [("Leilani Kaʻahanui", "PERSON")]),
    ("She grew up in Kapaʻa and moved later.", [("Kapaʻa", "LOCATION")]),
])
def test_seventh_round_words_with_macrons_and_the_okina_are_whole(deid, text, expected):
    assert found(deid, text) == expected


def test_seventh_round_okina_and_macron_words_in_clinical_talk_are_left_alone(deid):
    assert found(deid, "We talked about ʻohana and the whānau hui, and her mood was low.") == []


@pytest.mark.parametrize("text", ["el 3 de noviembre de 1987", "le 14 février 1999", "octubre 14", "le 3 octobre"])
def test_seventh_round_spanish_and_french_dates_are_not_half_shifted(text):
    # read as a day alone, the day would move and the real month stay: a typed pseudonym replaces them instead
    assert shift_date(text, 10) is None


@pytest.mark.parametrize("text, days, expected", [
    ("09 NOV 63", 25, "04 DEC 63"),
    ("the 19th day of October, 2014", 25, "the 13th day of November, 2014"),
])
def test_seventh_round_record_and_legal_dates_shift(text, days, expected):
    assert shift_date(text, days) == expected


# eighth round: general forms of speech, notes, letters and forms (sentences written for these tests, not taken
# from any benchmark set)

@pytest.mark.parametrize("text", [
    "Tel: on file   Please ring before noon.",                    # a column gap opens a form's next field
    "Name: on file  Please see the front sheet.",
    "Her MoCA was 19/30 and the MMSE 24/30 last time.",            # a score, not a day and a month
    "She speaks Cantonese and Tagalog, and her son Punjabi.",      # languages
    "Obaachan calls every Sunday; Halmoni sends kimchi.",          # grandparents' words said like names
    "Oramorph PRN, OxyContin stopped, Ozempic weekly.",            # medicine brands
    "he prays jummah at the mosque and fasts in Ramadan",          # a prayer named in lower case
])
def test_eighth_round_talk_and_forms_are_left_alone(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Seen 3/14, then 14/3 abroad.", [("3/14", "DATE"), ("14/3", "DATE")]),
    ("Tel: on file   Priya Okafor rang twice.", [("Priya Okafor", "PERSON")]),   # a name after a gap still found
    ("Her son Kwame speaks Cantonese with Obaachan.", [("Kwame", "PERSON")]),
])
def test_eighth_round_dates_and_names_beside_those_are_still_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # continental order with the flat or box and the postal code and town after it
    ("Post goes to Keizersgracht 88, 1015 CS Amsterdam now.", [("Keizersgracht 88, 1015 CS Amsterdam", "ADDRESS")]),
    ("She moved to Drottninggatan 12, lgh 1102, last spring.", [("Drottninggatan 12, lgh 1102", "ADDRESS")]),
    ("Write to Goethestraße 4, 60313 Frankfurt please.", [("Goethestraße 4, 60313 Frankfurt", "ADDRESS")]),
    ("He lives at Markveien 57 with a friend.", [("Markveien 57", "ADDRESS")]),
    ("He lives at Olaf Ryes gate 7 with a friend.", [("Olaf Ryes gate 7", "ADDRESS")]),
    ("The flat is Kerkstraat 110-A, second bell.", [("Kerkstraat 110-A", "ADDRESS")]),
    # a floor and a lettered flat before the block and street; a direction after the street kind
    ("They live at Flat D, 12/F, Block 3, 45 Harbour Road, with the red gate.",
     [("Flat D, 12/F, Block 3, 45 Harbour Road", "ADDRESS")]),
    ("Mail it to 8/F, 221 Queen's Road please.", [("8/F, 221 Queen's Road", "ADDRESS")]),
    ("Our house is 4410 Bryant Avenue South, Unit 3.", [("4410 Bryant Avenue South, Unit 3", "ADDRESS")]),
    ("it's at 512 park avenue north by the school", [("512 park avenue north", "ADDRESS")]),
    # a house number said digit by digit before a street whose kind is also a word; a street named "...way"
    ("it's four two Laurel Close with the gate", [("four two Laurel Close", "ADDRESS")]),
    ("He stays at 1180 Kingsway, Unit 9, above the shop.", [("1180 Kingsway, Unit 9", "ADDRESS")]),
    ("we're at seventy-one Broadway now", [("seventy-one Broadway", "ADDRESS")]),
])
def test_eighth_round_addresses_are_found_whole(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "The three of us were very close.",                  # a count before a common word, no street
    "We walked two miles south of the river.",
    "I went through the gate 3 times that night.",       # a kind in lower case without a name before it
    "She scored 19/30, up from 14/30, on the 4th floor.",
    "I had 2 Subway sandwiches anyway.",
])
def test_eighth_round_talk_like_addresses_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] in ("ADDRESS", "DATE")] == []


@pytest.mark.parametrize("text, expected", [
    ("We meet again on 14. March, after the break.", [("14. March", "DATE")]),
    ("Her surgery is booked for 3. October.", [("3. October", "DATE")]),
    ("Message sent 9. May 16:40 from the ward.", [("9. May", "DATE")]),          # the clock's hour is no day
    ("Entry 2021-04-17 08:30 says she slept.", [("2021-04-17 08:30", "DATE")]),
    ("Discharged on 14-06, home with family.", [("14-06", "DATE")]),
    ("DOB: 11-Feb   Ward: 4", [("11-Feb", "DATE")]),
    ("生日是1990年4月3日 she wrote on the form.", [("1990年4月3日", "DATE")]),
])
def test_eighth_round_dates_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "The score was 10-11 at half time.",          # no date cue: a score
    "Plan for 10-12 weeks of therapy.",           # a count of weeks
    "We talk at 14:30 most days.",                # a clock time alone
])
def test_eighth_round_talk_like_dates_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] == "DATE"] == []


def test_eighth_round_a_sentence_ending_in_a_number_keeps_it_apart_from_the_next_month(deid):
    # a month alone is a date element (earlier rounds); the room's number before it is not part of it
    assert found(deid, "It was room 3. March was the worst month.") == [("March", "DATE")]


@pytest.mark.parametrize("text, days, expected", [
    ("2019-10-09 09:15", 40, "2019-11-18 09:15"),    # the date moves, the clock time stays
    ("1985年6月2日", 40, "1985年7月12日"),
    ("6月2日", 40, "7月12日"),
    ("27-03", 40, "06-05"),                         # two digits each, as written
    ("20. January", 40, "1. March"),
    ("02-Mar", 40, "11-Apr"),
])
def test_eighth_round_dates_shift_in_their_layout(text, days, expected):
    assert shift_date(text, days) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ring me on 031-12 34 56 after lunch.", [("031-12 34 56", "PHONE")]),
    ("Office: 030/1234567, ask for the clinic.", [("030/1234567", "PHONE")]),
    ("The helpline is at 6712 0931 all night.", [("6712 0931", "PHONE")]),
    ("Grandad is 96y and still gardening.", [("96y", "AGE")]),                 # with its unit (2026-12-07)
    ("The man by the far window, 97, asked for tea.", [("97", "AGE")]),       # a person word four words back
    ("Claim number on the form is Tx 4418230.", [("Tx 4418230", "ID")]),      # a prefix in mixed case after a cue
    ("The policy number on my card is 4410 55218 3.", [("4410 55218 3", "ID")]),
    ("Her card says P512734(A) on the back.", [("P512734(A)", "ID")]),        # a check digit in brackets
])
def test_eighth_round_phones_ages_and_ids_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "I waited in line at 9 for 2 hours.",       # "line" without a number's groups
    "Score 30/40 on the first try.",
    "My son is 4y old now.",                    # an age under 90
    "The ID number was issued Dec 2020.",       # a month and a year after an ID cue: a date, not an ID
    "We read pages 0120/0140 in class.",        # no trunk code: a page range
])
def test_eighth_round_talk_like_phones_ages_and_ids_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] in ("PHONE", "AGE", "ID")] == []


@pytest.mark.parametrize("text, expected", [
    # a unit and house number with a slash before a street with accented letters; a street's own number with a slash
    # inside an address of comma-joined lines (before the eighth round both were found only as "dates" by accident)
    ("Letters go to 3/18 Rātā Street these days.", [("3/18 Rātā Street", "ADDRESS")]),
    ("Office: No. 8, Jalan Bukit 12/4, 50450 Kuala Lumpur.", [("No. 8, Jalan Bukit 12/4, 50450 Kuala Lumpur", "ADDRESS")]),
    # a spreadsheet's cell after a tab is a value, not a sentence's first word
    ("row 3\tKaʻiulani\tintake done", [("Kaʻiulani", "PERSON")]),
])
def test_eighth_round_forms_once_found_by_accident_are_found_by_rule(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a family name in capitals, a comma and the given name: one name, as records and letters write it
    ("Patient: OKAFOR, Adaeze   Ward: 3", [("OKAFOR, Adaeze", "PERSON")]),
    ("Seen by NWOSU, Chidi N. on the ward.", [("NWOSU, Chidi N.", "PERSON")]),
    ("Yours sincerely, Dr LINDQVIST, Henrik, consultant", [("LINDQVIST, Henrik", "PERSON")]),
    # a name spelled out alone
    ("Her name is spelled R-O-S-A-L-I-N-D on the form.", [("R-O-S-A-L-I-N-D", "PERSON")]),
    ("Then T-O-B-I-A-S called back.", [("T-O-B-I-A-S", "PERSON")]),
    # a hyphenated given name opening a sentence, and its lower-case part before a possessive or an honorific
    ("Hye-jin said it was fine.", [("Hye-jin", "PERSON")]),
    ("I told Minh Tran Thu-ha's father.", [("Minh Tran Thu-ha", "PERSON")]),
    ("Seo-yeon Kim-ssi brought food.", [("Seo-yeon Kim-ssi", "PERSON")]),
    # a word that is also a name opening a sentence before a name English writes capitalised
    ("Faith Okonkwo said the scores were up.", [("Faith Okonkwo", "PERSON")]),
])
def test_eighth_round_names_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "URGENT, please call the ward.",               # a word in capitals, no given name after the comma
    "NOTE, Monday is a holiday.",                   # a common word in capitals; a weekday
    "I was F-I-N-E, I said Y-E-S, then S-T-O-P.",  # common words spelled out for emphasis
    "Self-care helps. Follow-up is booked. Somatic-experiencing was new.",  # compounds opening sentences
    "Sent Wednesday at 14:02. Dear team, thanks.",  # a weekday; a salutation
    "Professor Jones wrote. Professor status is granted.",  # not the title with the name; a title alone
    "Honestly Jones was late. Sadly Jones left.",   # a sentence's opener in -ly or capitalised that often: no name
    "The IDVA, Helen, came.",                       # an acronym before a comma is no family name (Helen is found)
    "Doña Lupita sells tamales.",                   # an honorific opening a sentence is no part of the name
])
def test_eighth_round_talk_like_names_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] == "PERSON" and f[0] not in ("Jones", "Helen", "Lupita")] == []


@pytest.mark.parametrize("text, expected", [
    ("Patient: Sage   DOB: on file   Ward: 6", [("Sage", "PERSON")]),               # a form's name field
    ("Patient name: thandeka   Signature: ________", [("thandeka", "PERSON")]),
    ("Dear Marisol, your claim was paid.", [("Marisol", "PERSON")]),                  # a salutation
    ("Hi Rocky, see you Tuesday.", [("Rocky", "PERSON")]),
    ("Mum hates it but Juniper calls me every day.", [("Juniper", "PERSON")]),        # a verb of a person after
])
def test_eighth_round_form_fields_and_salutations_name_people(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "Patient: withheld   DOB: withheld",          # a field that names no one
    "Patient: I feel fine today.  Therapist: good.",  # a speaker's label, no next field after a name
    "Dear Team, Hi All, Hello Everyone, Dear Colleague,",  # salutations to no one by name
    "The service calls me on Fridays.",
])
def test_eighth_round_talk_like_form_fields_and_salutations_is_left_alone(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    ("He was treated at Centro de Salud Mental Norte for a year.", [("Centro de Salud Mental Norte", "LOCATION")]),
    ("The study ran at Klinikum für Psychiatrie Nord, I think.", [("Klinikum für Psychiatrie Nord", "LOCATION")]),
    ("She trained at Radboud MC in the spring.", [("Radboud MC", "LOCATION")]),
    ("He works nights at the Okafor Freight depot now.", [("Okafor Freight depot", "LOCATION")]),
])
def test_eighth_round_facilities_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "He works at the plant and the bus depot, and waters the aloe plant.",  # no name before the kind; a pot plant
    "The centre for my anxiety is my breath.",
    "Our MC at the wedding was loud.",
])
def test_eighth_round_talk_like_facilities_is_left_alone(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Pharmacy: Kowhai Heights -- fax the script.", [("Kowhai Heights", "LOCATION")]),
    ("Place of birth: tsim sha tsui.", [("tsim sha tsui", "LOCATION")]),
    ("City: Tromsø  Country: Norway", [("Tromsø", "LOCATION")]),
])
def test_eighth_round_place_fields_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "Pharmacy: none on file.",
    "Town: home, with mum.",
    "the pharmacy: it was closed",                 # a field's label in lower case inside talk
])
def test_eighth_round_place_fields_naming_no_place_are_left_alone(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Booking is at mindfulklinik.de these days.", [("mindfulklinik.de", "URL")]),
    ("Write to ingrid.berg at posten dot no for the forms.", [("ingrid.berg at posten dot no", "EMAIL")]),
])
def test_eighth_round_country_endings_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", ["I looked at it dot no, nothing.", "She said it.so what.", "It was fine.No worries."])
def test_eighth_round_talk_like_country_endings_is_left_alone(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Marisol's husband rang the ward.", [("Marisol", "PERSON")]),            # a sentence's first word before a kin word
    ("The interpreter, Juniper, was kind.", [("Juniper", "PERSON")]),         # apposition to a person's role
    ("my friend thuy baker came round", [("thuy baker", "PERSON")]),          # a surname that is also a word, after one
    ("write to jo.okafor at me dot com please", [("jo.okafor at me dot com", "EMAIL")]),
])
def test_eighth_round_more_names_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "Today's mum group was full. Mother's sister came. Pt's mother called.",  # no one's name before the kin word
    "The doctor, however, said no.",                                          # a word between commas that is no name
    "i saw okonkwo today and then he rang",                                    # common words after a found name
])
def test_eighth_round_talk_like_more_names_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[0] != "okonkwo"] == []


@pytest.mark.parametrize("text, expected", [
    # Vietnamese letters with two marks are letters of a name (before: "Nguyễn" became "[PERSON_1]ễn")
    ("I saw Nguyễn Thị Hương yesterday.", [("Nguyễn Thị Hương", "PERSON")]),
    ("My friend Trần Văn Đức came.", [("Trần Văn Đức", "PERSON")]),
    ("We moved from Chùa Từ Quang when I was nine.", [("Chùa Từ Quang", "LOCATION")]),
    ("She lives at 12 Phố Huế now.", [("12 Phố Huế", "ADDRESS")]),
    ("The office is on Jalan Ampang 88 these days.", [("Jalan Ampang 88", "ADDRESS")]),
])
def test_eighth_round_vietnamese_letters_and_asian_street_kinds(deid, text, expected):
    assert found(deid, text) == expected


def test_eighth_round_vietnamese_words_in_clinical_talk_are_left_alone(deid):
    assert found(deid, "We had bánh mì and talked about Tết and her mood.") == []


@pytest.mark.parametrize("text, expected", [
    ("the clinic in tsuen wan gave him tablets", [("tsuen wan", "LOCATION")]),
    ("he prays at sham shui po on fridays", [("sham shui po", "LOCATION")]),
])
def test_eighth_round_lower_case_places_of_rare_words_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "i was in hospitl yesterday",                    # one rare word after a place cue: a typo as often
    "we were in dissociative amnesia territory",     # clinical words, not rare enough together
    "at ketamine infusions they slept",
])
def test_eighth_round_lower_case_rare_words_after_a_place_cue_are_left_alone(deid, text):
    assert found(deid, text) == []


def test_eighth_round_a_lower_case_name_in_apposition_to_a_role_is_found(deid):
    assert found(deid, "the support worker, thandeka, came at nine") == [("thandeka", "PERSON")]
    assert found(deid, "The community health worker, grace, checked it.") == [("grace", "PERSON")]


def test_eighth_round_common_words_in_apposition_to_a_role_are_left_alone(deid):
    assert found(deid, "the doctor, however, said no; the driver, apparently, left; the nurse, though, stayed") == []


def test_a_title_alone_is_no_name():
    """A salutation or an apposition of a title names no one ("Dear Doctor,"): found, it would be learnt and then
    removed wherever the study says "Doctor"; a title before a name still leaves the name found."""
    from qualalliance.deid.engine import Deidentifier

    deid = Deidentifier()
    for text in ("Dear Doctor, thank you for the letter.", "Hi Doctor, it is me again.", "Hello Nurse, can you help?",
                 "The nurse, Doctor, said so."):
        assert found(deid, text) == [], text
    assert found(deid, "Dear Penny, thanks.") == [("Penny", "PERSON")]
    assert found(deid, "Nurse Jolene came by.") == [("Jolene", "PERSON")]
    deid.learn("Dear Doctor, thank you for the letter.")
    assert "Doctor" not in deid.known.types


# ninth round: forms common in talk and writing everywhere, written for these tests (not taken from any set)

@pytest.mark.parametrize("text, expected", [
    # a day before a month of another language or calendar, with "de", "il", a year or the Polish "r."
    ("Ela chegou em 3 de março de 2019, sozinha.", [("3 de março de 2019", "DATE")]),
    ("We met again il 22 settembre, at the station.", [("il 22 settembre", "DATE")]),
    ("She was admitted 9 lutego and left in spring.", [("9 lutego", "DATE")]),
    ("the letter is dated 30 travnia", [("30 travnia", "DATE")]),
    ("Her father died 4 Haziran 2011, in the village.", [("4 Haziran 2011", "DATE")]),
    ("The hearing moved to 12 Esfand.", [("12 Esfand", "DATE")]),
    ("The baby is due Hamle 14, they think.", [("Hamle 14", "DATE")]),
    ("The contract of 14.03.2018 r. still holds.", [("14.03.2018 r.", "DATE")]),
    ("Termin ist am 7. Dezember.", [("7. Dezember", "DATE")]),
    # a date said in Mandarin pinyin
    ("she flew back on qi yue shi wu hao with the baby", [("qi yue shi wu hao", "DATE")]),
    # a calendar file's date-time and a military date-time group
    ("DTSTART:20241103T090000Z", [("20241103T090000Z", "DATE")]),
    ("Signal sent 161200ZMAR24 to the unit.", [("161200ZMAR24", "DATE")]),
    # a letter's "inst." and "ult."
    ("Thank you for your letter of the 4th inst. about the bill.", [("the 4th inst.", "DATE")]),
    ("as discussed on the 28th ult., we agree", [("the 28th ult.", "DATE")]),
    # speech recognition's dates: a month and a day said as a number, an ordinal written with a space
    ("the appointment is october twelve at ten", [("october twelve", "DATE")]),
    ("her birthday is january twenty two", [("january twenty two", "DATE")]),
    ("we did it on august twenty third and", [("august twenty third", "DATE")]),
    ("it was the thirty first of december", [("the thirty first of december", "DATE")]),
])
def test_ninth_round_dates_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "I have 3 Marta tickets and 5 Maja posters.",     # names after a number, not Polish months
    "in june five people came and in april nine of them stayed",   # a count after a month
    "in the twenty first century we had 20190309 records",   # an ordinal alone, digits without the T
    "we may five times a day",
    "He scored 4 de 10 on the test, 7 de 10 after.",  # "de" between numbers, no month
    "Room 240915Z was booked; the 3rd installment came.",  # no month after the zone; "installment" is no "inst."
])
def test_ninth_round_talk_like_dates_is_left_alone(deid, text):
    # (a month alone is a date element and stays found: "june", "april")
    assert [f for f in found(deid, text) if f[1] == "DATE" and f[0] not in ("june", "april")] == []


@pytest.mark.parametrize("text, days, expected", [
    ("14.03.2018 r.", 10, "24.03.2018 r."),             # the mark stays, the date moves (as 14.03.2018 alone)
    ("the 4th inst.", 10, "the 14th inst."),
    ("august twenty third", 10, "september second"),   # an ordinal with a space is read whole
    ("the thirty first of december", 1, "the first of january"),
    ("3 de março de 2019", 10, None),                  # another language's month: a typed pseudonym instead
    ("il 22 settembre", 10, None),
    ("october twelve", 10, None),                      # a day said as a number: not half shifted
    ("20241103T090000Z", 10, None),
    ("161200ZMAR24", 10, None),
])
def test_ninth_round_dates_shift_or_become_pseudonyms(text, days, expected):
    assert shift_date(text, days) == expected


@pytest.mark.parametrize("text, expected", [
    # the "@" sign's names in other languages, the domain's dots written or said in any mix
    ("Scrivimi a marco.bianchi chiocciola libero.it stasera.", [("marco.bianchi chiocciola libero.it", "EMAIL")]),
    ("Mail: jan77 malpa wp punto pl", [("jan77 malpa wp punto pl", "EMAIL")]),
    ("it is nikos papaki otenet.gr", [("nikos papaki otenet.gr", "EMAIL")]),
    ("write to lea arroba terra punto com.br please", [("lea arroba terra punto com.br", "EMAIL")]),
    # more country endings and .mil said; the brackets of "(at)" before ".mil"
    ("email me at sam_k (at) army (dot) mil today", [("sam_k (at) army (dot) mil", "EMAIL")]),
    ("it's tom dot reyes at navy dot mil ok", [("tom dot reyes at navy dot mil", "EMAIL")]),
    ("it's eleni at forthnet dot gr", [("eleni at forthnet dot gr", "EMAIL")]),
    # a local part spelled letter by letter or in the phonetic alphabet
    ("my email is j o n i at gmail dot com ok", [("j o n i at gmail dot com", "EMAIL")]),
    ("send it to Kilo India Mike at northclinic dot org please",
     [("Kilo India Mike at northclinic dot org", "EMAIL")]),
])
def test_ninth_round_emails_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "look at this dot it",                         # "it" ends no web address without an "at" before it
    "she said a word at noon and left",
    "we met at the park and then at mum's",
    "the chiocciola is a snail in Italian",        # the word alone
])
def test_ninth_round_talk_like_emails_is_left_alone(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Call her on (11) 98765-4321 later.", [("(11) 98765-4321", "PHONE")]),
    ("her mobile is (21) 9 8765-4321 now", [("(21) 9 8765-4321", "PHONE")]),
    ("Mobile: +55 (31) 99876-5432", [("+55 (31) 99876-5432", "PHONE")]),
    ("Arayın: 0 (532) 412 77 90, lütfen", [("0 (532) 412 77 90", "PHONE")]),
    ("my number back home is 139 1234 5678 ok", [("139 1234 5678", "PHONE")]),
    # a number read out with a filler or a self-correction inside it
    ("it's oh seven um seven nine one two three four five six", [("oh seven um seven nine one two three four five six", "PHONE")]),
    ("call six one seven sorry six one eight five five five zero one nine nine",
     [("six one seven sorry six one eight five five five zero one nine nine", "PHONE")]),
])
def test_ninth_round_phones_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "Her scores were (12) and 34-5678 on two forms.",
    "PHQ-9 went from 19 to 12 to 9 over 139 days, 1234 steps.",
    "one um two, sorry, three of us came",          # a few numbers with fillers: no run of seven digits
])
def test_ninth_round_talk_like_phones_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] == "PHONE"] == []


@pytest.mark.parametrize("text", [
    # services and apps, words for parents and relatives in other languages, a church's tradition, an ID's name
    "We talk on Viber and Skype, and the Tricare form came back.",
    "Abba's mother cried, and Bhabi says Ammi is tired.",
    "The Tewahedo fast starts soon.",
    "her teudat zehut is on file",
    "the whānau said yes, and he is in miluim now, then at ulpan",
    # a word English hardly writes in lower case is no name after an article
    "Send the superbill to the insurer.",
    "The seafarer's book was lost, and a longshoreman found it.",
    # a duration before "way" is no street
    "it is a forty minute drive each way",
    "about a 20 minute walk one way",
])
def test_ninth_round_false_positives_are_left_alone(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    ("i told tadeusz about it", [("tadeusz", "PERSON")]),          # still a name without an article
    ("the maria i knew moved away", [("maria", "PERSON")]),         # capitalised far more often: still a name
    ("we live at forty five oak way now", [("forty five oak way", "ADDRESS")]),
])
def test_ninth_round_names_and_streets_near_those_forms_are_still_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the street kind first in more languages, then the flat, the floor, the postal code and the town
    ("Write to ul. Lipowa 14 m. 3, 00-950 Warszawa please.", [("ul. Lipowa 14 m. 3, 00-950 Warszawa", "ADDRESS")]),
    ("she lives at vul. Sadova 7, kv. 12, Poltava 36000 now", [("vul. Sadova 7, kv. 12, Poltava 36000", "ADDRESS")]),
    ("The flat is Odos Patision 80, 104 34 in the centre.", [("Odos Patision 80, 104 34", "ADDRESS")]),
    ("Send it to Khiaban-e Ferdowsi, Kucheh 4, Pelak 9 please.",
     [("Khiaban-e Ferdowsi, Kucheh 4, Pelak 9", "ADDRESS")]),
    ("Morada: Rua Dr. Sousa Martins 8, 2.o Esq., 1050-218 Lisboa.",
     [("Rua Dr. Sousa Martins 8, 2.o Esq., 1050-218 Lisboa", "ADDRESS")]),
    ("It goes to Rua Bahia, 40, apto 302 - Bairro Funcionarios, CEP 30160-011 now.",
     [("Rua Bahia, 40, apto 302 - Bairro Funcionarios, CEP 30160-011", "ADDRESS")]),
    ("Sede: Via Manzoni 12, 20121 Milano MI", [("Via Manzoni 12, 20121 Milano MI", "ADDRESS")]),
    ("He moved to Atatürk Cad. No: 12 D: 3 Cankaya/Ankara last year.",
     [("Atatürk Cad. No: 12 D: 3 Cankaya/Ankara", "ADDRESS")]),
    # the number after the street, then the flat; a building, a woreda, a kebele first; a UK town and postcode
    ("we lived at Herzl Street 5, apartment 12 for years", [("Herzl Street 5, apartment 12", "ADDRESS")]),
    ("Building 2, Unit 1, Room 301, 15 Nanjing Road is the clinic.",
     [("Building 2, Unit 1, Room 301, 15 Nanjing Road", "ADDRESS")]),
    ("They stayed at Woreda 03, Kebele 11, house number 412 for a year.",
     [("Woreda 03, Kebele 11, house number 412", "ADDRESS")]),
    ("Flat 2, 14 Chapel Street, Leeds LS6 3AB is the old one.", [("Flat 2, 14 Chapel Street, Leeds LS6 3AB", "ADDRESS")]),
    # an Australian rural mail box, a ship's post address, a house's letter said after its number
    ("the farm is RMB 210 Old Coach Rd, Mudgee NSW 2850", [("RMB 210 Old Coach Rd, Mudgee NSW 2850", "ADDRESS")]),
    ("Mail him at USS Harlan, FPO AP 96601 please", [("USS Harlan, FPO AP 96601", "ADDRESS")]),
    ("it's seven two b mill lane now", [("seven two b mill lane", "ADDRESS")]),
])
def test_ninth_round_addresses_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "We had 3 Maja posters and 12 m. of rope.",
    "The score was 12 No: 3 in the log.",           # "No:" without a street before it
    "It was 2 a day and then five a week.",
    "He served on the USS Missouri in 1990.",
])
def test_ninth_round_talk_like_addresses_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] == "ADDRESS"] == []


@pytest.mark.parametrize("text, expected", [
    # an age over 89 said in more languages, or a number before their word for years
    ("A avó tem noventa e dois e ainda cozinha.", [("noventa e dois", "AGE")]),
    ("Il nonno ha novantacinque anni.", [("novantacinque", "AGE")]),
    ("Babaannem doksan üç yaşında.", [("doksan üç", "AGE")]),
    ("Babcia ma dziewięćdziesiąt dwa lata.", [("dziewięćdziesiąt dwa", "AGE")]),
    ("Opa ist dreiundneunzig.", [("dreiundneunzig", "AGE")]),
    ("A minha tia tem 97 anos.", [("97", "AGE")]),
    ("Dedem 101 yaşında.", [("101", "AGE")]),
    # a data export's field
    ('"Age","94","widowed"', [("94", "AGE")]),
    # an age said digit by digit after an age cue or a person
    ("Age: nine four, lives alone", [("nine four", "AGE")]),
    ("my grandmother is nine seven and still sharp", [("nine seven", "AGE")]),
])
def test_ninth_round_ages_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "It cost novanta euro and doksan lira.",             # a price
    "She is nine, and six of them came.",                # a child's age, then a count
    "my mum is nine six five four three two one on the phone",   # a longer run of digits is no age
    '"Age","45","married"',                             # under 90
    "I waited 95 minutes, then 97 more.",
])
def test_ninth_round_talk_like_ages_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] == "AGE"] == []


@pytest.mark.parametrize("text, expected", [
    # the shapes of national numbers, without a cue
    ("Her number is on file: 123.456.789-09 (CPF).", [("123.456.789-09", "ID")]),
    ("Codice: RSSMRA85T10A562S", [("RSSMRA85T10A562S", "ID")]),
    ("the card says 412-775301-6 on the back", [("412-775301-6", "ID")]),
    # after a national number's name in its language; two digits, a letter and digits after a cue
    ("o meu numero de utente is 123 456 789 ok", [("123 456 789", "ID")]),
    ("The indictment number is 19-R-4410 now.", [("19-R-4410", "ID")]),
    # a data export's quoted fields after a cue
    ('"MRN","412 775 301","sertraline 50 mg"', [("412 775 301", "ID")]),
    ('"SSN","4410","verified"', [("4410", "SSN")]),
    # an SSN's last four after hyphenated or accented words
    ("Social Security number on the intake-form copy: 5521.", [("5521", "SSN")]),
    ("o meu social é 7715, ok", [("7715", "SSN")]),
    ("Social on the workers' comp paperwork: 5687.", [("5687", "SSN")]),   # a word ending in an apostrophe between
])
def test_ninth_round_ids_and_ssns_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "She scored 21-B-12 on the test and 3.5.7-1 in the drill.",
    "In 2019-2020-3 the ratio was 12.5.",
    '"Score","4410","verified"',                 # a data export's field without an ID cue
    "my social worker on the follow-up team: 2019.",
])
def test_ninth_round_talk_like_ids_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] in ("ID", "SSN")] == []


@pytest.mark.parametrize("text, expected", [
    # a name spelled after it with its letters apart, or its first letter by a word
    ("and Noor that's n o o r called back", [("Noor that's n o o r", "PERSON")]),
    ("Her name is Ilse, spelled I L S E, yes.", [("Ilse, spelled I L S E", "PERSON")]),
    ("we call him Tomek, T as in Tango O M E K now", [("Tomek, T as in Tango O M E K", "PERSON")]),
])
def test_ninth_round_names_spelled_with_letters_apart_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "it's fine, that's a b c stuff",                 # letters that spell no word before them
    "Yes, that's b e d, the word bed.",
    "Sure, A as in and, B as in but.",
])
def test_ninth_round_letters_apart_that_spell_nothing_are_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] == "PERSON"] == []


@pytest.mark.parametrize("text, expected", [
    # one lower-case word English never writes capitalised and hardly in lower case, after a place word or before a
    # verb of a person
    ("i grew up in zlatibar and came here at nine", [("zlatibar", "LOCATION")]),
    ("we drove out of kozhikode at night", [("kozhikode", "LOCATION")]),
    ("and then wanjiku said she was fine", [("wanjiku", "PERSON")]),
])
def test_ninth_round_lone_rare_lower_case_names_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "i was in hospitl yesterday",                    # one edit from a common word: a typo
    "i keep coming back to breathwork",              # no place word: talk goes there
    "we talked about griefwork at daughterhood",     # two common words run together
    "she was on esketamine and at aripiprazole",     # a medicine's stem
    "and the curandera said it would pass",          # a role with an article
])
def test_ninth_round_lone_rare_words_that_name_nobody_are_left_alone(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    # a given name that is also a word before a found surname (the eighth round's open leak, "faith [okonkwo]'s mum")
    ("and faith okonkwo's mum came", [("faith okonkwo", "PERSON")]),
    ("i told hope okonkwo about it", [("hope okonkwo", "PERSON")]),
    # an honorific before a lower-case name (the eighth round's other open leak: "Sư Cô" was taken, the name left)
    ("the nun, Sư Cô mahad, told me", [("mahad", "PERSON")]),
    ("Sheikh abdirahman came by", [("Sheikh abdirahman", "PERSON")]),
])
def test_ninth_round_the_eighth_rounds_open_leaks_are_closed(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("so mail rosa the form", [("rosa", "PERSON")]),         # a common given name: the word before it stays
    ("and the faith okonkwo had", [("okonkwo", "PERSON")]),  # an article: no given name before it
    ("Mama made soup and Papa ate it", []),                  # an honorific alone names no one
])
def test_ninth_round_words_before_names_and_honorifics_alone_are_left(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an e-mail's quote marks open a line as a sentence does (before, "On October" was taken for a name)
    ("> On October 12, the clinic wrote:", [("October 12", "DATE")]),
    ("> On Tue, 27 Sep 2024, the clinic wrote:", [("Tue, 27 Sep 2024", "DATE")]),
    # an age after "will be"
    ("Nonna will be 97 at Christmas.", [("97", "AGE")]),
    # "march" or "may" in lower case before a day in digits or an ordinal; with a cue, a day said as a number
    ("Appointment: may 28 14:15, room 4", [("may 28", "DATE")]),
    ("DOB march 17 (year withheld)", [("march 17", "DATE")]),
    ("she flew in on may five and stayed", [("may five", "DATE")]),
    # a day said and corrected right before the date
    ("the call is the fourth sorry the fifth of june i think", [("the fourth sorry the fifth of june", "DATE")]),
])
def test_ninth_round_quoted_lines_ages_and_spoken_dates_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "we march 17 miles a day and you may one day too",
    "it will be 100 dollars and there will be 95 people",
    "the fourth sorry was enough",
])
def test_ninth_round_talk_like_those_forms_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] in ("DATE", "AGE")] == []


@pytest.mark.parametrize("text, days, expected", [
    ("the fourth sorry the fifth of june", 10, "the fourteenth sorry the fifteenth of june"),
    ("may 28", 10, "june 7"),
])
def test_ninth_round_corrected_and_lower_case_dates_shift(text, days, expected):
    assert shift_date(text, days) == expected


@pytest.mark.parametrize("text, expected", [
    # a parish, its hall, a mission, a church named for Mary, a lower-case "st." before a found place
    ("I flew home to St. Brendan's Parish Hall after it.", [("St. Brendan's Parish Hall", "LOCATION")]),
    ("we moved from Our Lady of Lourdes Parish when I was ten", [("Our Lady of Lourdes Parish", "LOCATION")]),
    ("he was at st. albans for three nights", [("st. albans", "LOCATION")]),
    # a name in Cyrillic or Greek letters inside talk in Latin letters
    ("Babcia cried when Олена left for work.", [("Олена", "PERSON")]),
    ("Father Γιώργος came by the house.", [("Γιώργος", "PERSON")]),
])
def test_ninth_round_places_and_names_in_other_scripts_are_found(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "I prayed to Our Lady every night, and it was our mission.",
    "she said спасибо and Дякую to me",               # a phrase in that script: no name by its capital
    "Привет, как дела? Всё хорошо.",
])
def test_ninth_round_talk_like_those_places_and_scripts_is_left_alone(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    ("SSN (last four): 4410", [("4410", "SSN")]),
    ("Member SSN (last 4): 7715", [("7715", "SSN")]),
    ("The NPI on the referral is 1234567893, thanks.", [("1234567893", "ID")]),
    ("Prescriber DEA number is AB1234563.", [("AB1234563", "ID")]),
    ('"PatientID","841 9772 6107","PHQ-9","16"', [("841 9772 6107", "ID")]),
])
def test_ninth_round_more_id_and_ssn_cues(deid, text, expected):
    assert found(deid, text) == expected


def test_ninth_round_an_agency_named_before_a_year_is_no_id(deid):
    assert found(deid, "the DEA said 2019 was bad, and the NPI list of 2020 too") == []


def test_ninth_round_an_initial_after_a_known_name_is_part_of_it():
    from qualalliance.deid.engine import Deidentifier

    deid = Deidentifier(ner="off")
    deid.learn("My friend Yuxuan came, and I told Hope about it.")
    assert found(deid, "Yuxuan C. from the class called, and Hope M. stood up.") == [
        ("Yuxuan C.", "PERSON"), ("Hope M.", "PERSON")]
    assert found(deid, "Vitamin D. helps, and Hope said so.") == [("Hope", "PERSON")]  # no known name before "D."


@pytest.mark.parametrize("text, expected", [
    ("she lives at ul. 3 Maja 12 m. 4, 35-001 Rzeszów now", [("ul. 3 Maja 12 m. 4, 35-001 Rzeszów", "ADDRESS")]),
    ("we lived on Avenida 9 de Julio 1020 then", [("Avenida 9 de Julio 1020", "ADDRESS")]),
    ("We joined from haidian district that week", [("haidian district", "LOCATION")]),
])
def test_ninth_round_streets_named_for_dates_and_districts(deid, text, expected):
    assert found(deid, text) == expected


def test_ninth_round_a_number_after_a_street_kind_without_a_name_is_no_address(deid):
    assert [f for f in found(deid, "the Rua 25 people came and 3 de 10 left") if f[1] == "ADDRESS"] == []


def test_ninth_round_a_family_name_in_capitals_with_a_letter_english_lacks(deid):
    assert found(deid, "Captain ŻAK, Jadwiga cleared me.") == [("ŻAK, Jadwiga", "PERSON")]
    assert found(deid, "The IDVA, Helen, called.") == [("Helen", "PERSON")]     # an acronym still is none


# tenth round: forms common in notes, letters and talk everywhere (sentences written for these tests)
@pytest.mark.parametrize("text, expected", [
    # US Postal Service abbreviations and a unit after the street
    ("We visited 4410 N. Aspen Cir, Apt 2C; dog in the yard.", [("4410 N. Aspen Cir, Apt 2C", "ADDRESS")]),
    ("Mail it to 77 Heron Trl, Trlr 9 since the move.", [("77 Heron Trl, Trlr 9", "ADDRESS")]),
    ("She stays at 902 Birch Trl #14 for now.", [("902 Birch Trl #14", "ADDRESS")]),
    ("Office: 615 W Alder Cir, Ste 210, Eugene, OR 97401 (fax on file)",
     [("615 W Alder Cir, Ste 210, Eugene, OR 97401", "ADDRESS")]),
    # a street named by its ordinal with a house number and a direction
    ("He rents at 2150 SW 14th Terrace, Gainesville, FL 32601 now.",
     [("2150 SW 14th Terrace, Gainesville, FL 32601", "ADDRESS")]),
    # capitals, as mail is addressed
    ("Letter returned from 818 E ELM ST. SALINA KS 67401 last week.", [("818 E ELM ST. SALINA KS 67401", "ADDRESS")]),
    ("Ship to 45 CEDAR DR BOISE ID 83702, attn pharmacy.", [("45 CEDAR DR BOISE ID 83702", "ADDRESS")]),
    # a county or farm road by its initials, with a unit
    ("They moved out to 2207 CR 114, Lot 9 by the creek.", [("2207 CR 114, Lot 9", "ADDRESS")]),
    ("Her place is 5521 FM 359 past the church.", [("5521 FM 359", "ADDRESS")]),
    # a post office box with its town
    ("Write to PO Box 88, Bend, OR 97701-0088 for records.", [("PO Box 88, Bend, OR 97701-0088", "ADDRESS")]),
    ("Our address is P.O. Box 2204, Kumasi for letters.", [("P.O. Box 2204, Kumasi", "ADDRESS")]),
    ("Our address is P.O. Box 7781-00200 Mombasa now.", [("P.O. Box 7781-00200 Mombasa", "ADDRESS")]),
    # a house number said as a word and a number by speech recognition
    ("ok so it's four 52 willow lane by the school", [("four 52 willow lane", "ADDRESS")]),
    # the house number as "#" or after the numero sign, a unit after it, a street kind first with "#"
    ("Address: #14, Jasmine Lane, Kingston", [("#14, Jasmine Lane, Kingston", "ADDRESS")]),
    ("Adresse: Villa N° 42, Cité Soleil 2, Dakar", [("Villa N° 42, Cité Soleil 2, Dakar", "ADDRESS")]),
    ("Home: No. 1180 Unit B, Glen View, Harare", [("No. 1180 Unit B, Glen View, Harare", "ADDRESS")]),
    ("we live at Rue Faustin #12, Carrefour 4 now", [("Rue Faustin #12, Carrefour 4", "ADDRESS")]),
])
def test_tenth_round_addresses(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "TAKE 2 TABS BY MOUTH DAILY WITH FOOD",
    "I SAW 3 BIG DOGS ON THE WAY HOME",
    "I take two 10 mg tablets and walk down the road",
    "send it to PO Box 12, The clinic will forward it",
    "We were #1, and the other team was second.",
])
def test_tenth_round_talk_like_those_addresses_is_left_alone(deid, text):
    assert [f for f in found(deid, text) if f[1] == "ADDRESS" and f[0] != "PO Box 12"] == []


@pytest.mark.parametrize("text, expected", [
    ("MRN: QX448120-33817   Visit: follow-up", [("QX448120-33817", "ID")]),
    ("Claim # HB220871-90412 was denied on review.", [("HB220871-90412", "ID")]),
    ("Cause No. 2023-FL-0412-B was set for hearing.", [("2023-FL-0412-B", "ID")]),
    ("TDC # 6618204-03 per the packet.", [("6618204-03", "ID")]),
])
def test_tenth_round_ids_with_a_further_group(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("94F, lives alone, fell at home.", [("94", "AGE")]),
    ("Seen today: a 101M with CHF.", [("101", "AGE")]),
])
def test_tenth_round_an_age_joined_to_the_sex(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", ["it was 95F out on the porch", "the 92M budget was cut"])
def test_tenth_round_a_temperature_or_a_sum_is_no_age(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Seen with daughter Okafor, Ngozi B. today.", [("Okafor, Ngozi B.", "PERSON")]),
    ("He keeps naming Lindqvist, Maren T.'s brother.", [("Lindqvist, Maren T.", "PERSON")]),
    ("PATIENT: HAUGEN, TORVALD J   DOB: on file", [("HAUGEN, TORVALD J", "PERSON")]),
    ("Dr. OYELARAN, KEMI A signed the note.", [("OYELARAN, KEMI A", "PERSON")]),
])
def test_tenth_round_surname_comma_given_and_initial(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "NOTE, PLEASE READ A LEAFLET",
    "ALLERGIES: NKDA, PCN A RASH",
    "Yes, Monday A. M. works",
])
def test_tenth_round_capitals_and_commas_that_name_no_one(deid, text):
    assert [f for f in found(deid, text) if f[1] == "PERSON"] == []


@pytest.mark.parametrize("text, expected", [
    ("PARTNER: Don't start with me. Won't you listen?", []),
    ("| Clinic | Tue | 09:30 | booked |", []),
    ("Page 2/4 of the referral; pain 7/10; bupe-nalox 8/2 mg daily", []),
    ("She speaks Hmong and Luganda, and her Manman is Haitian.", []),
    ("The visit was on 6/10 and again 3/14.", [("6/10", "DATE"), ("3/14", "DATE")]),
    ("I texted Don yesterday.", [("Don", "PERSON")]),
])
def test_tenth_round_words_that_are_no_identifiers(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Clinic site: Kericho", [("Kericho", "LOCATION")]),
    ("Village: Mbale   Referred by: CHW", [("Mbale", "LOCATION")]),
    ("Injection site: left deltoid", []),
    ("County: none", []),
])
def test_tenth_round_a_forms_site_and_village_fields(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-word street in a continental suffix with names before it, the town after a comma closing the clause
    ("Post: Anton Dreesweg 31, Nijmegen.", [("Anton Dreesweg 31, Nijmegen", "ADDRESS")]),
    ("Adres: Marnixkade 9, 1015 XR Amsterdam", [("Marnixkade 9, 1015 XR Amsterdam", "ADDRESS")]),
    # months of Swahili and Haitian Creole after a day, Swahili's word for a date; French April
    ("Alikuja tarehe 4 Oktoba, after the rains.", [("tarehe 4 Oktoba", "DATE")]),
    ("He was born 19 Julai 1961 in the village.", [("19 Julai 1961", "DATE")]),
    ("Manman died 3 desanm 2011, we were small.", [("3 desanm 2011", "DATE")]),
    ("Le rendez-vous est le 9 avril, d'accord.", [("le 9 avril", "DATE")]),
])
def test_tenth_round_continental_streets_and_more_months(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", [
    "We met at Hauptstraße 12, Maria said hello.",
    "I got 11 out of 12 and me too.",
    "She scored 17 mas and 3 me on the quiz.",
])
def test_tenth_round_talk_like_continental_streets_and_months(deid, text):
    assert [f for f in found(deid, text) if f[1] in ("DATE",) or "," in f[0]] == []


@pytest.mark.parametrize("text, expected", [
    ("bibi ana miaka 96, anaishi peke yake", [("96", "AGE")]),
    ("Babu alikufa at tisini na nne, last year", [("tisini na nne", "AGE")]),
    ("miaka 40 iliyopita we moved", []),
])
def test_tenth_round_ages_in_swahili(deid, text, expected):
    assert [f for f in found(deid, text) if f[1] == "AGE"] == expected


@pytest.mark.parametrize("text, expected", [
    ('Night staff say Ambrose "Big Al" Okoro slept well.', [('Ambrose "Big Al" Okoro', "PERSON")]),
    ("Family present: MacLeod, DeShawn R. and two cousins.", [("MacLeod, DeShawn R.", "PERSON")]),
    ("Desmond Pryce Sr.'s lawyer called back.", [("Desmond Pryce Sr.", "PERSON")]),
    ("[09:12] @Achieng Odhiambo can you take bed 3?", [("@Achieng Odhiambo", "PERSON")]),
    ("@Thandiwe K. please co-sign", [("@Thandiwe K.", "PERSON")]),
])
def test_tenth_round_nicknames_of_two_words_mentions_and_suffixes(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    ('He said "Good Morning" Sarah and left.', [("Sarah", "PERSON")]),
    ("@Grace Can you cover?", [("@Grace", "PERSON")]),
    ("@Sam Thanks, done", [("@Sam", "PERSON")]),
])
def test_tenth_round_quotes_and_mentions_that_join_no_one(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("She was born in Port-au-Prince and left at ten.", [("Port-au-Prince", "LOCATION")]),
    ("We lived near Saint-Germain-en-Laye for a year.", [("Saint-Germain-en-Laye", "LOCATION")]),
])
def test_tenth_round_french_places_joined_by_au_en_de(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Write to awa dot ndiaye at sonatel dot sn for the forms.", [("awa dot ndiaye at sonatel dot sn", "EMAIL")]),
    ("My mail is kofi22 at post dot ci, thanks.", [("kofi22 at post dot ci", "EMAIL")]),
])
def test_tenth_round_more_country_endings_said(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text", ["we went over it dot by dot", "so it is ma dot so dot do"])
def test_tenth_round_words_after_dot_that_are_no_country(deid, text):
    assert found(deid, text) == []


@pytest.mark.parametrize("text, expected", [
    ("*PT*SSN412.55.7093*DOB on file*", [("412.55.7093", "SSN")]),
    ("| SSN | 4471 | checked |", [("4471", "SSN")]),
    ("| social | 2020 | group |", []),
    ("version 1.2.3 of app 412.55.70931", []),
])
def test_tenth_round_ssn_on_a_barcode_line_and_in_a_table_cell(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mobile: 76 412 08 55, after six.", [("76 412 08 55", "PHONE")]),
    ("call me, PHQ went 12 14 16 18 this month", []),
    ("Participant ID SRX-v2.1-4410 withdrew.", [("SRX-v2.1-4410", "ID")]),
    ("Client no. K-4471 was dosed at 07:40.", [("K-4471", "ID")]),
    ("MRN is 12.5 today and the dose 2.5 mg", []),
])
def test_tenth_round_grouped_phones_and_more_id_shapes(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Inpatient 11/2-11/6 on the unit, then home.", [("11/2-11/6", "DATE")]),
    ("Admitted 4/28 – 5/1 for detox.", [("4/28 – 5/1", "DATE")]),
])
def test_tenth_round_a_range_of_slash_dates_is_one_date(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, days, expected", [
    ("3/4-3/6", 40, "4/13-4/15"),
    ("12/30-1/2", 40, "2/8-2/11"),
])
def test_tenth_round_a_range_of_slash_dates_shifts_both_ends(text, days, expected):
    assert shift_date(text, days) == expected


@pytest.mark.parametrize("text, expected", [
    ("Patient name: Oyelowo", [("Oyelowo", "PERSON")]),
    ("Intake\nChild's name: precious\nAge: 9", [("precious", "PERSON")]),
    ("| Client name: Tendai Moyo | booked |", [("Tendai Moyo", "PERSON")]),
    ("Seen by: Dr. Farida K. | Plan: review", [("Farida K.", "PERSON")]),
    ("Patient: I feel fine today", []),
    ("Patient name: withheld", []),
])
def test_tenth_round_a_name_field_alone_on_its_line_and_an_initial_before_a_cell(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Post goes to Rozenhof 12, 3512 JK Utrecht these days.", [("Rozenhof 12, 3512 JK Utrecht", "ADDRESS")]),
    ("we stay at house number twelve off ngong road now", [("house number twelve off ngong road", "ADDRESS")]),
    ("Ward 12, 1000 MG Tablets were given", []),
    ("I gave number five to the road crew", []),
])
def test_tenth_round_any_street_before_a_dutch_postcode_and_a_said_house_number(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Emergency contact: Rutendo (sister), okay to text.", [("Rutendo", "PERSON")]),
    ("Lives with Farai Chikwanha (son) in town.", [("Farai Chikwanha", "PERSON")]),
    ("She called Mom (mother) and Dad (father).", []),
    ("The plan was shared with the team (brother came too).", []),
    ("Emergency Contact (sister): see chart.", []),
])
def test_tenth_round_a_name_with_its_relation_in_brackets(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("She was seen by monitor Joy and the team.", [("Joy", "PERSON")]),
    ("we met with case manager Hope on Tuesday", [("Hope", "PERSON")]),
    ("the nurse Practitioner came at noon", []),
    ("Ask the teacher Monday about it", []),
])
def test_tenth_round_a_role_before_a_name(deid, text, expected):
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("We met on the 14th of March.", [("the 14th of March", "DATE")]),
    ("Until the 3rd, then.", [("the 3rd", "DATE")]),
    ("the March 3rd appointment", [("March 3rd", "DATE")]),  # the month first: the article stays outside
    ("on 14th", [("14th", "DATE")]),
])
def test_a_date_that_opens_with_its_day_takes_its_the(deid, text, expected):  # noqa: F811
    """(2026-12-07) ``the 14th`` is one span, as people who mark dates by hand mark it; not ``the March 3rd``."""
    assert found(deid, text) == expected


def test_a_shifted_date_keeps_its_the():
    """Shifting ``the 14th`` moves the day and keeps the article: ``the 17th``, not a label."""
    from qualalliance.deid.pseudonyms import PseudonymMap
    from qualalliance.deid.replace import Replacer

    replacer = Replacer(PseudonymMap(), dates="shift", draw_offset=lambda: 3)
    assert replacer.replace("DATE", "the 14th", "P01") == "the 17th"
    assert replacer.replace("DATE", "The 14th of March", "P01") == "The 17th of March"
