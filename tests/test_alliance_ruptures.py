"""Rupture and repair events: hand-checked dialogues, the table contract, and the demo's planted ruptures."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from qualalliance import catalog
from qualalliance.alliance.rupture_events import COUNT_COLUMNS, EVENT_COLUMNS, rupture_events
from qualalliance.errors import InputError

from .conftest import DEMO
from .test_alliance_scores import make_segments


def events_of(turns, **kw):
    seg, text = make_segments(turns)
    res = rupture_events(seg, **kw)
    return res, text


def only_rupture(res) -> pd.Series:
    ruptures = res.events[res.events["kind"] == "rupture"]
    assert len(ruptures) == 1, res.events
    return ruptures.iloc[0]


def test_objection_then_apology_is_repaired_at_that_turn():
    res, text = events_of([
        ("therapist", "Let's look at the plan for next week."),
        ("participant", "You're not listening to what I said about my sister."),
        ("therapist", "I'm sorry. Tell me more about your sister."),
    ])
    r = only_rupture(res)
    assert (r["turn"], r["marker_type"], r["marker"]) == (1, "confrontation", "complaint_about_therapist")
    assert r["repaired"] and r["repair_turn"] == 2 and r["repair_strategy"] == "apologise"
    assert text[r["start_char"]:r["end_char"]] == r["evidence"] == "You're not listening"
    rep = res.events[res.events["kind"] == "repair"].iloc[0]
    assert (rep["turn"], rep["role"], rep["evidence"]) == (2, "therapist", "I'm sorry")
    assert text[rep["start_char"]:rep["end_char"]] == "I'm sorry"
    assert res.counts[["ruptures", "repaired", "unrepaired"]].iloc[0].tolist() == [1, 1, 0]


@pytest.mark.parametrize("reply, response", [
    ("The protocol is what it is, so we will do the breathing now.", "protocol"),
    ("I hear you, but we need to move on to the next item.", "redirect"),
])
def test_protocol_reply_or_redirect_leaves_it_unrepaired(reply, response):
    res, _ = events_of([
        ("participant", "This isn't helping me at all."),
        ("therapist", reply),
        ("participant", "Okay."),
        ("therapist", "I understand, that makes sense."),  # a later acknowledgement does not undo it
    ])
    r = only_rupture(res)
    assert r["marker"] == "complaint_about_therapy" and not r["repaired"]
    assert r["response"] == response and r["response_turn"] == 1 and pd.isna(r["repair_turn"])
    assert res.counts[["ruptures", "repaired", "unrepaired"]].iloc[0].tolist() == [1, 0, 1]


def test_advice_after_a_need_to_be_heard_is_no_repair():
    res, _ = events_of([
        ("participant", "I don't need advice right now, I need you to hear me."),
        ("therapist", "You could try writing it down every evening."),
    ])
    r = only_rupture(res)
    assert r["response"] == "advice" and not r["repaired"]
    # the same advice after an objection that did not ask to be heard is a neutral reply
    res, _ = events_of([
        ("participant", "What's the point of this?"),
        ("therapist", "You could try writing it down every evening."),
    ])
    assert only_rupture(res)["response"] == "none"


def test_return_to_the_participants_topic_repairs():
    res, _ = events_of([
        ("participant", "My brother moved out and the house feels empty."),
        ("therapist", "Let's do the checklist."),
        ("participant", "I'd rather not talk about the checklist, I am thinking about my brother."),
        ("therapist", "Your brother moving out left the house empty for you."),
    ])
    r = only_rupture(res)
    assert (r["marker_type"], r["marker"]) == ("withdrawal", "avoids_topic")
    assert r["repaired"] and r["repair_strategy"] == "return_to_topic" and r["repair_turn"] == 3


def test_a_rupture_that_goes_on_is_one_event_repaired_later():
    res, _ = events_of([
        ("participant", "You keep changing the subject."),
        ("therapist", "Mm."),
        ("participant", "Are you serious? I said it twice."),
        ("therapist", "You're right, I missed it."),
    ])
    r = only_rupture(res)
    assert (r["turn"], r["last_turn"], r["repair_turn"], r["repair_strategy"]) == (0, 2, 3, "acknowledge")


def test_an_unanswered_rupture_is_unrepaired_and_a_window_closes():
    res, _ = events_of([("therapist", "How was the week?"), ("participant", "Can I go now?")])
    r = only_rupture(res)
    assert r["marker"] == "disengages" and r["response"] == "no_reply" and not r["repaired"]
    turns = [("participant", "That's a waste of time."), ("therapist", "Okay."), ("participant", "My week was long."),
             ("therapist", "Right."), ("participant", "Work was busy."), ("therapist", "Sorry about that.")]
    assert not only_rupture(events_of(turns)[0])["repaired"]            # window 2: closed before the apology
    assert only_rupture(events_of(turns, window=3)[0])["repaired"]      # window 3: the apology repairs it


@pytest.mark.parametrize("text", [
    "I don't feel pressured by anyone.",                          # negated
    "What if I don't want to talk about it afterwards?",          # hypothetical (ConText)
    "I'm gonna go to the gym tomorrow.",                          # not leaving the session
    "My mum keeps telling me to quit, and I told you about her.",  # about someone else
    "Mm-hmm.",                                                    # a minimal response alone is no event
])
def test_no_rupture(text):
    res, _ = events_of([("therapist", "What comes to mind?"), ("participant", text), ("therapist", "Okay.")])
    assert res.events.empty
    assert res.counts[["ruptures", "repaired", "unrepaired"]].iloc[0].tolist() == [0, 0, 0]


def test_table_contract():
    seg, _ = make_segments([("participant", "Whatever."), ("therapist", "Fair enough.")])
    narrative, _ = make_segments([("participant", "You're not listening.")], doc_id="n1", source_type="narrative")
    res = rupture_events(pd.concat([seg, narrative], ignore_index=True))
    assert list(res.events.columns) == EVENT_COLUMNS and list(res.counts.columns) == COUNT_COLUMNS
    assert res.counts["doc_id"].tolist() == ["d1"]  # narratives have no dyad
    assert res.events["kind"].tolist() == ["rupture", "repair"]
    assert catalog.stage_of("ruptures") == catalog.stage_of("rupture_counts") == "alliance"
    with pytest.raises(InputError):
        rupture_events(seg, window=0)


# ----------------------------------------------------------------------------- the demo target

def planted_ruptures() -> dict[str, str]:
    """doc_id -> repaired/unrepaired, from the demo's own ground truth (its README's "Ruptures" item)."""
    readme = (DEMO / "README.md").read_text(encoding="utf-8")
    unrep = re.search(r"\*\*unrepaired\*\* rupture in the first integration session: ([P0-9, ]+)\.", readme)
    rep = re.search(r"\*\*repaired\*\* rupture: ([^;]+);", readme)
    out = {f"{p.strip()}_integration1": "unrepaired" for p in unrep.group(1).split(",")}
    out.update({f"{m.group(1)}_{m.group(2)}": "repaired" for m in re.finditer(r"(P\d+) \((\w+)\)", rep.group(1))})
    return out


def test_demo_planted_ruptures_found_with_their_status(demo_run):
    assert demo_run.exit_code == 0, demo_run.output
    counts = catalog.read(demo_run.out, "rupture_counts").set_index("doc_id")
    events = catalog.read(demo_run.out, "ruptures")
    planted = planted_ruptures()
    assert len(planted) == 6 and len(counts) == 120
    for doc_id, status in planted.items():
        c = counts.loc[doc_id]
        assert c["ruptures"] >= 1, doc_id
        assert (c["unrepaired"] >= 1) if status == "unrepaired" else (c["repaired"] >= 1 and c["unrepaired"] == 0), \
            (doc_id, status, c.to_dict())
    others = counts[(counts["ruptures"] > 0) & ~counts.index.isin(list(planted))]
    assert len(others) <= 5, others
    # every event's evidence is the document text at its offsets
    seg = catalog.read(demo_run.out, "segments")
    doc_text = {d: g for d, g in seg.groupby("doc_id")}
    for e in events.itertuples():
        turn = doc_text[e.doc_id][doc_text[e.doc_id]["turn"] == e.turn].iloc[0]
        assert turn["text"][e.start_char - turn["start_char"]:e.end_char - turn["start_char"]] == e.evidence


# ----------------------------------------------------------------------------- the case histories

def test_case_history_shows_each_rupture_with_its_quotes():
    from qualalliance.report.case_ruptures import rupture_episodes, with_rupture_counts
    from qualalliance.report.cases import CaseHistory
    from qualalliance.report.page import case_html, case_markdown

    seg, text = make_segments([
        ("therapist", "Now let's go through the checklist."),
        ("participant", "Sure. You're not listening to me at all."),
        ("therapist", "I understand, but we need to move on. Next item."),
    ])
    res = rupture_events(seg)
    eps = rupture_episodes(res.events, seg, {"1": 0})
    assert len(eps) == 1
    ep = eps[0]
    assert (ep.status, ep.response, ep.turn) == ("unrepaired", "redirect", 1)
    assert ep.objection.span == "You're not listening" and ep.objection.text == "You're not listening to me at all."
    assert text[ep.objection.start:ep.objection.end] == ep.objection.text
    assert ep.reply.span == "we need to move on" and text[ep.reply.span_start:ep.reply.span_end] == ep.reply.span
    case = CaseHistory(participant_id="P01", summary=[], scores=None, sparkline=None, sparkline_alt="",
                       alliance=None, themes=None, ruptures=eps, has_rupture_table=True)
    page = case_html(case, "study", False, None)
    assert "Ruptures and repairs" in page and "redirects to the agenda - unrepaired" in page
    assert "You&#x27;re not listening" in page or "You're not listening" in page
    md = case_markdown(case, "study", False, None)
    assert "1, turn 1: confrontation rupture (complaint about the therapist)" in md and "move on" in md
    empty = CaseHistory(participant_id="P02", summary=[], scores=None, sparkline=None, sparkline_alt="",
                        alliance=None, themes=None, has_rupture_table=True)
    assert "No rupture found" in case_html(empty, "study", False, None)
    al = pd.DataFrame({"doc_id": ["d1", "d2"], "session": ["1", "2"]})
    merged = with_rupture_counts(al, res.counts)
    assert merged["ruptures"].tolist()[0] == 1 and pd.isna(merged["ruptures"].tolist()[1])


def test_demo_case_histories_show_the_planted_ruptures(demo_run):
    assert demo_run.exit_code == 0, demo_run.output
    events = catalog.read(demo_run.out, "ruptures")
    quotes = pd.read_csv(catalog.stage_dir(demo_run.out, "report") / "case_histories" / "quotes.csv")
    for doc_id, status in planted_ruptures().items():
        pid = doc_id.split("_")[0]
        page = (catalog.stage_dir(demo_run.out, "report") / "case_histories" / f"{pid}.md").read_text(encoding="utf-8")
        section = page.split("## Ruptures and repairs", 1)[1].split("\n## ", 1)[0]
        rupture = events[(events["doc_id"] == doc_id) & (events["kind"] == "rupture")].iloc[0]
        assert f"turn {rupture['turn']}:" in section and f"- {status}." in section, (doc_id, section)
        assert rupture["evidence"] in section
        rows = quotes[(quotes["participant_id"] == pid) & (quotes["section"] == "rupture")]
        assert rupture["evidence"] in set(rows["span"]), rows
