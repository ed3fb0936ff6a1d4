"""Learning a document reads the structured identifiers of the pieces the find pass reads (its turns and
the text between them: tables.learn_pieces), not the whole document's (the third speed pass): a name
is learnt as the find pass types it in its turn, and found in every other document.  SYNTHETIC text."""

from __future__ import annotations

import pandas as pd

from qualalliance.deid.engine import Deidentifier
from qualalliance.deid.pseudonyms import PseudonymMap
from qualalliance.deid.replay import learned_names
from qualalliance.deid.tables import deidentify_tables, learn_pieces


def _doc(doc_id: str, turns: list[tuple[str, str]]):
    text, rows = "", []
    for n, (speaker, body) in enumerate(turns):
        text += f"{speaker}: "
        rows.append({"doc_id": doc_id, "participant_id": doc_id, "turn": n, "speaker": speaker, "text": body,
                     "start_char": len(text), "end_char": len(text) + len(body)})
        text += body + "\n"
    return rows, {"doc_id": doc_id, "path": f"study/{doc_id}.txt", "text": text}


def _study(*docs):
    segments = pd.DataFrame([r for rows, _ in docs for r in rows])
    documents = pd.DataFrame([d for _, d in docs])
    return segments, documents


def test_the_pieces_are_those_the_find_pass_cuts():
    rows, doc = _doc("D1", [("Therapist", "Hello."), ("Client", "Hi there.")])
    segs = pd.DataFrame(rows)
    text = doc["text"]
    pieces = learn_pieces(text, segs)
    assert pieces == [(0, 11), (11, 17), (17, 26), (26, 35), (35, 36)]
    assert [text[a:b] for a, b in pieces] == ["Therapist: ", "Hello.", "\nClient: ", "Hi there.", "\n"]
    assert learn_pieces(text, segs.iloc[0:0]) == [(0, len(text))]  # no segments: one piece, the whole text
    bad = segs.assign(end_char=[6, 3])  # offsets that do not fit: the find pass fails there; learning reads the whole
    assert learn_pieces(text, bad) is None


def test_a_name_whose_cue_is_in_the_same_turn_is_learnt_and_found_in_another_document():
    segments, documents = _study(_doc("D1", [("Therapist", "How is the family?"), ("Client", "My sister Hope is visiting.")]),
                                 _doc("D2", [("Therapist", "Anything new?"), ("Client", "Hope is well, thanks.")]))
    deid = Deidentifier()
    result = deidentify_tables(segments, documents, None, deid, PseudonymMap())
    assert deid.known.types.get("Hope") == "PERSON"
    assert "Hope" not in result.documents["text"].iloc[1]
    assert Deidentifier().find("Hope is well, thanks.") == []  # found there only because it was learnt


def test_a_form_label_inside_a_turn_teaches_the_type_the_find_pass_gives_it():
    # in its turn "Place of death: Kuta Beach" is a place (the label's recogniser reads a text's start); in the
    # whole document the label follows "Client: " and the capitals alone would have made it a person
    segments, documents = _study(_doc("D1", [("Therapist", "Where did he die?"), ("Client", "Place of death: Kuta Beach")]),
                                 _doc("D2", [("Therapist", "And then?"), ("Client", "We flew home from Kuta Beach after.")]))
    deid = Deidentifier()
    turn = "Place of death: Kuta Beach"
    assert [(turn[s.start:s.end], s.entity_type) for s in deid.find(turn)] == [("Kuta Beach", "LOCATION")]
    result = deidentify_tables(segments, documents, None, deid, PseudonymMap())
    assert deid.known.types.get("Kuta Beach") == "LOCATION"
    assert "Kuta" not in result.documents["text"].iloc[1]
    log = result.log
    assert log[(log["doc_id"] == result.documents["doc_id"].iloc[1]) & (log["field"] == "text")]["entity_type"].tolist() \
        == ["LOCATION"]


def test_learning_on_the_workers_is_the_local_loops_with_pieces():
    docs = [_doc("D1", [("Therapist", "Where?"), ("Client", "Location: Buffalo, with my friend Aoife")]),
            _doc("D2", [("Client", "Patient name: Rutendo Ramdin"), ("Therapist", "Thanks, Rutendo.")])]
    local = Deidentifier()
    items = []
    for rows, doc in docs:
        pieces = learn_pieces(doc["text"], pd.DataFrame(rows))
        local.learn(doc["text"], pieces)
        items.append((doc["text"], pieces))
    assert list(learned_names(Deidentifier(), items).items()) == list(local.known.types.items())
    assert local.known.types.get("Buffalo") == "LOCATION" and local.known.types.get("Rutendo Ramdin") == "PERSON"
    # one piece, the whole text: what learning the text alone learns
    for rows, doc in docs:
        a, b = Deidentifier(), Deidentifier()
        a.learn(doc["text"])
        b.learn(doc["text"], [(0, len(doc["text"]))])
        assert list(a.known.types.items()) == list(b.known.types.items())
