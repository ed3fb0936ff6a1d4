"""De-identification, sixteenth round, names and places: each new form with the nearest thing that must stay.

Every sentence here is written for the test (SYNTHETIC), none copied from a benchmark set.
"""

from __future__ import annotations

import pytest

from .test_deid import deid, found  # noqa: F401  (the module's Deidentifier fixture and its span lister)


@pytest.mark.parametrize("text, expected", [
    # a false start or a stammer inside a name, as full-verbatim transcripts write it: one span over the whole
    ("R: I rang Fi- Fiadh the next morning.", [("Fi- Fiadh", "PERSON")]),
    ("C: Then Jo- Joaquin just left the room.", [("Jo- Joaquin", "PERSON")]),
    ("C: We used to drive to Wagga, um, Wagga Wagga every summer.", [("Wagga, um, Wagga Wagga", "LOCATION")]),
    ("R: I was born in Port- Port Augusta.", [("Port- Port Augusta", "LOCATION")]),
    # ... a person's stays a person after "from"
    ("R: I got a text from Sa- Sarah.", [("Sa- Sarah", "PERSON")]),
    # ... not "I" before a comma, nor a false start the name does not begin with
    ("R: So I, Joaquin, was the one who rang.", [("Joaquin", "PERSON")]),
    ("C: Then Mo- Joaquin left.", [("Joaquin", "PERSON")]),
    # a correction between two names: one span
    ("C: I keep hearing what Rhiannon, I mean Rhona said at the wake.", [("Rhiannon, I mean Rhona", "PERSON")]),
    ("R: My cousin Gareth -- sorry, Gethin picked me up.", [("Gareth -- sorry, Gethin", "PERSON")]),
    ("R: Tamsin -- Tegan was there too.", [("Tamsin -- Tegan", "PERSON")]),
    # ... not two names in a list
    ("C: Rhiannon, Rhona and Gethin all came.", [("Rhiannon", "PERSON"), ("Rhona", "PERSON"), ("Gethin", "PERSON")]),
    # a neighbourhood in its town
    ("R: We lived at Fitzroy in Melbourne for years.", [("Fitzroy in Melbourne", "LOCATION")]),
    # ... not a person in a town
    ("R: I saw Gethin in Melbourne last week.", [("Gethin", "PERSON"), ("Melbourne", "LOCATION")]),
    # a family name's initial in lower case after a name, as people type it
    ("had a massive fight with rohan t last night", [("rohan t", "PERSON")]),
    ("Hi, this is Imogen p, your keyworker.", [("Imogen p", "PERSON")]),
    # ... not a chat word or an article
    ("can u ask Imogen u know what i mean", [("Imogen", "PERSON")]),
    ("i gave Imogen a lift home", [("Imogen", "PERSON")]),
    ("thx Imogen x", [("Imogen", "PERSON")]),
    ("is Imogen r u there", [("Imogen", "PERSON")]),
    # a three-letter name in lower case right after a relation
    ("my ex kev turned up at my work", [("kev", "PERSON")]),
    ("my sister jen is driving me", [("jen", "PERSON")]),
    # ... or with a verb of contact before it or of a person after it
    ("i told meg everything last night", [("meg", "PERSON")]),
    ("zoe said i was overreacting", [("zoe", "PERSON")]),
    ("Client: ok. zoe said i was overreacting", [("zoe", "PERSON")]),
    # ... not inside a phrase of another language
    ("Minha mae keeps saying it will pass", []),
    # ... not a relation, a pronoun or God
    ("i told dad everything last night", []),
    ("who said i was overreacting", []),
    ("talked to god about it", []),
    # ... not a common word after a relation
    ("my dad was really angry", []),
    ("my mum and me had a row", []),
    # flatmate, mate, bf: relations
    ("my flatmate priyanka keeps having parties", [("priyanka", "PERSON")]),
    ("my mate Declan reckons i should go", [("Declan", "PERSON")]),
    # ... the relation word is no part of the name
    ("my flatmate said no", []),
    # a sender naming themself in a message
    ("hi its zeb from the wellbeing service, just confirming tmrw", [("zeb", "PERSON")]),
    ("Hi, this is tamati, your support worker. Can we move to 3pm?", [("tamati", "PERSON")]),
    ("hey its Grace (the other counsellor), ill be seeing u", [("Grace", "PERSON")]),
    ("hi its kat m from the service, can u call back", [("kat m", "PERSON")]),
    # ... not a pronoun or a common word
    ("its me from the group again", []),
    ("its work from home for me today", []),
    ("this is hard, your honour", []),
    # a facility's kind in lower case after its name
    ("im at Kingsbridge gym most mornings", [("Kingsbridge gym", "LOCATION")]),
    ("my son goes to Oakhurst college and hes struggling", [("Oakhurst college", "LOCATION")]),
    # ... not after a person without a place's cue
    ("i told Oliver college was hard", [("Oliver", "PERSON")]),
    # a facility named in lower case
    ("our kestrelvale leisure centre is closed on mondays", [("kestrelvale leisure centre", "LOCATION")]),
    ("the group is at tannery lane youth hub this week", [("tannery lane youth hub", "LOCATION")]),
    # ... not a common word before the kind
    ("the local leisure centre is closed on mondays", []),
    ("our new medical centre is great", []),
    # a county after a town, a province's code after a place, typed in lower case
    ("had a panic attack in ballymote co sligo", [("ballymote co sligo", "LOCATION")]),
    ("is there anything near where u live in penticton bc?", [("penticton bc", "LOCATION")]),
    ("she grew up near armidale nsw and moved away", [("armidale nsw", "LOCATION")]),
    # ... not a word after a place, nor chat's "bc" (because) before a clause
    ("is there anything near you in penticton on weekends", [("penticton", "LOCATION")]),
    ("moved to penticton bc i got a job there", [("penticton", "LOCATION")]),
    # a chat word typed without its apostrophe is no part of a lower-case name
    ("can u tell my sister nadia sokolova im running late", [("nadia sokolova", "PERSON")]),
])
def test_round16_names(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a kind of place in another language before a facility's kind is no name
    ("she took me to the barangay health centre that night", []),
    # a lower-case name after an honorific keeps its place when a facility follows in the same text
    ("Kuya rodel is the one who took me to the kestrelvale health centre",
     [("rodel", "PERSON"), ("kestrelvale health centre", "LOCATION")]),
])
def test_round16_names_kinds(deid, text, expected):  # noqa: F811
    assert found(deid, text) == expected
