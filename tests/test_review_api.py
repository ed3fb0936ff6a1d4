"""`qualalliance review`: the API, its security rules and its writes (Starlette TestClient),
and a server killed mid-session (the real CLI in a subprocess)."""

from __future__ import annotations

import json
import os
import signal
import threading

import httpx
import pytest
from click.testing import CliRunner
from starlette.testclient import TestClient

from qualalliance.cli import cli
from qualalliance.review.app import MAX_BODY, create_app
from qualalliance.review.items import load_review_set
from qualalliance.review.serve import review_session
from qualalliance.review.store import HUMAN_CODING_COLUMNS
from qualalliance.tables import read_table

from .reviewdata import SCRIPT_TURN, span, start_server, write_review_folder

TOKEN = "test-token-abc"
H = {"X-Review-Token": TOKEN}
SCARED = span("D1", 1, "scared")


@pytest.fixture
def folder(tmp_path):
    return write_review_folder(tmp_path / "run")


@pytest.fixture
def client(folder):
    review, store = review_session(folder, "ann")
    return TestClient(create_app(review, store, TOKEN, "ann"))


def body(**kw):
    a, b = SCARED
    base = {"doc_id": "D1", "turn": 1, "code": "anxiety", "start_char": a, "end_char": b, "decision": "accept"}
    base.update(kw)
    return base


def test_items_most_uncertain_first(client):
    items = client.get(f"/api/items?token={TOKEN}").json()
    assert len(items) == 12
    # by |confidence - 0.6|: .01, .02, .06, .08, .10, .15, .16, .21, .28, .30, .35; no confidence last
    assert [it["confidence"] for it in items] == [0.61, 0.62, 0.66, 0.52, 0.70, 0.45, 0.76, 0.81, 0.88,
                                                  0.30, 0.95, None]
    first = items[0]
    assert {k: first[k] for k in ("doc_id", "turn", "code", "text")} == {
        "doc_id": "D1", "turn": 3, "code": "bond", "text": "I trust this process"}
    assert items[3]["source"] == "candidates"
    assert {it["participant_id"] for it in items} == {"D1", "D2"}


def test_evidence_offsets_point_into_the_segment(folder, client):
    seg = read_table(folder / "segments.csv")
    text = {(r.doc_id, r.turn): (r.start_char, r.text) for r in seg.itertuples()}
    for it in client.get(f"/api/items?token={TOKEN}").json():
        start, t = text[(it["doc_id"], it["turn"])]
        assert t[it["start_char"] - start:it["end_char"] - start] == it["text"]


@pytest.mark.parametrize("path", ["/", "/static/review.js", "/static/review.css", "/api/items", "/api/meta",
                                  "/api/decisions", "/api/context?doc_id=D1&turn=1", "/api/model"])
def test_every_get_needs_the_token(client, path):
    assert client.get(path).status_code == 403
    sep = "&" if "?" in path else "?"
    assert client.get(f"{path}{sep}token=wrong").status_code == 403
    assert client.get(f"{path}{sep}token={TOKEN}").status_code == 200
    assert client.get(path, headers=H).status_code == 200


def test_writes_need_the_token_in_a_header(client, folder):
    assert client.post("/api/decisions", json=body()).status_code == 403
    assert client.post(f"/api/decisions?token={TOKEN}", json=body()).status_code == 403  # URL is not enough
    assert client.post("/api/decisions", json=body(), headers={"X-Review-Token": "nope"}).status_code == 403
    assert client.post("/api/undo", headers={}).status_code == 403
    assert not (folder / "review" / "decisions.csv").exists()
    assert client.post("/api/decisions", json=body(), headers=H).status_code == 200


@pytest.mark.parametrize("path", ["/static/../../pyproject.toml", "/static/..%2F..%2Fpyproject.toml",
                                  "/static/%2e%2e/codebook.yaml", "/static/review.html", "/static/review.js%00",
                                  "/static//etc/passwd"])
def test_static_serves_only_the_packaged_assets(client, path):
    r = client.get(path, headers=H)
    assert r.status_code == 404
    assert "spacy" not in r.text and "root:" not in r.text


def test_assets_are_served_and_the_page_loads_nothing_foreign(client):
    page = client.get(f"/?token={TOKEN}")
    assert page.headers["content-security-policy"].startswith("default-src 'none'; script-src 'self'")
    assert page.headers["referrer-policy"] == "no-referrer"
    assert "http" not in page.text.replace("http-equiv", "")  # no CDN, no absolute URL
    assert f"/static/review.js?token={TOKEN}" in page.text
    js = client.get(f"/static/review.js?token={TOKEN}")
    assert js.headers["content-type"].startswith("text/javascript")
    assert "innerHTML" not in js.text and "http" not in js.text


def test_oversize_body_is_refused_before_parsing(client, folder):
    big = json.dumps(body(memo="x" * (MAX_BODY + 10)))
    r = client.post("/api/decisions", content=big, headers={**H, "Content-Type": "application/json"})
    assert r.status_code == 413

    def chunks():  # no Content-Length: the limit holds for a streamed body too
        for _ in range(4):
            yield b" " * (MAX_BODY // 2)

    r = client.post("/api/decisions", content=chunks(), headers=H)
    assert r.status_code == 413
    assert not (folder / "review" / "decisions.csv").exists()


@pytest.mark.parametrize("change,status", [
    ({"doc_id": "NOPE"}, 404), ({"turn": 99}, 404), ({"doc_id": "../../etc/passwd"}, 404),
    ({"code": "not_a_code"}, 404), ({"decision": "maybe"}, 422), ({"turn": "1"}, 422),
    ({"start_char": 0, "end_char": 5}, 422), ({"start_char": SCARED[1], "end_char": SCARED[0]}, 422),
    ({"end_char": 10_000}, 422), ({"memo": 5}, 422),
])
def test_bad_decisions_are_4xx_and_write_nothing(client, folder, change, status):
    assert client.post("/api/decisions", json=body(**change), headers=H).status_code == status
    assert not (folder / "review" / "decisions.csv").exists()


def test_not_json_is_400(client):
    assert client.post("/api/decisions", content=b"{not json", headers=H).status_code == 400
    assert client.post("/api/decisions", json=[1, 2], headers=H).status_code == 400


def test_transcript_text_comes_back_as_data_not_markup(client):
    ctx = client.get(f"/api/context?doc_id=D1&turn=4&token={TOKEN}")
    assert ctx.headers["content-type"] == "application/json"
    turns = {t["turn"]: t for t in ctx.json()["turns"]}
    assert turns[4]["text"] == SCRIPT_TURN          # exactly the text; the page sets it as textContent
    assert sorted(turns) == [2, 3, 4]               # two turns before, none after the last turn
    assert "<script>window" not in client.get(f"/?token={TOKEN}").text


def test_decisions_write_both_tables_at_once(client, folder):
    r = client.post("/api/decisions", json=body(memo="clear  fear\nword"), headers=H)
    assert r.status_code == 200 and r.json()["coder"] == "ann"
    client.post("/api/decisions", json=body(code="safety", decision="add"), headers=H)
    a, b = span("D1", 2, "feel safe")
    client.post("/api/decisions", json=body(turn=2, code="safety", start_char=a, end_char=b,
                                            decision="reject"), headers=H)
    dec = read_table(folder / "review" / "decisions.csv")
    assert list(dec.columns) == ["doc_id", "turn", "code", "start_char", "end_char", "decision", "coder",
                                 "memo", "time"]
    assert list(dec["decision"]) == ["accept", "add", "reject"]
    assert dec["memo"].iloc[0] == "clear fear word"
    human = read_table(folder / "review" / "human_codings.csv")
    assert list(human.columns) == HUMAN_CODING_COLUMNS
    assert sorted(human["code"]) == ["anxiety", "safety"]     # the rejected coding is not a human coding
    assert set(human["text"]) == {"scared"} and set(human["method"]) == {"human"}


def test_latest_decision_wins_and_undo_removes_it(client, folder):
    client.post("/api/decisions", json=body(), headers=H)
    client.post("/api/decisions", json=body(decision="reject"), headers=H)
    assert read_table(folder / "review" / "human_codings.csv").empty
    assert client.post("/api/undo", headers=H).json()["decision"] == "reject"
    human = read_table(folder / "review" / "human_codings.csv")
    assert list(human["code"]) == ["anxiety"]
    client.post("/api/undo", headers=H)
    assert client.post("/api/undo", headers=H).status_code == 409
    assert read_table(folder / "review" / "decisions.csv").empty


def test_reopening_resumes(folder):
    review, store = review_session(folder, "ann")
    TestClient(create_app(review, store, TOKEN, "ann")).post("/api/decisions", json=body(), headers=H)
    os.remove(folder / "review" / "human_codings.csv")  # as if killed between the two renames
    review, store = review_session(folder, "ben")
    again = TestClient(create_app(review, store, TOKEN, "ben"))
    assert again.get("/api/decisions", headers=H).json() == []  # ben sees his own decisions only
    again.post("/api/decisions", json=body(decision="reject"), headers=H)
    dec = read_table(folder / "review" / "decisions.csv")
    assert list(zip(dec["coder"], dec["decision"])) == [("ann", "accept"), ("ben", "reject")]
    human = read_table(folder / "review" / "human_codings.csv")
    assert list(human["coder"]) == ["ann"]  # rebuilt from the log; ben's reject is his own


def test_a_run_folder_layout_is_read(tmp_path):
    src = write_review_folder(tmp_path / "flat")
    run = tmp_path / "run"
    (run / "ingest").mkdir(parents=True)
    (run / "code").mkdir()
    os.replace(src / "segments.csv", run / "ingest" / "segments.csv")
    os.replace(src / "codings.csv", run / "code" / "codings.csv")
    (run / "code" / "coding_manifest.json").write_text(json.dumps({"parameters": {"min_confidence": 0.9}}))
    review = load_review_set(run)
    assert review.min_confidence == 0.9
    assert [it["confidence"] for it in review.items][:2] == [0.88, 0.95]  # no candidates file: 9 items
    assert len(review.items) == 9


def test_cli_bad_folder_is_one_line_exit_2(tmp_path):
    res = CliRunner().invoke(cli, ["review", str(tmp_path / "missing"), "--no-browser"])
    assert res.exit_code == 2
    assert res.output.strip().count("\n") == 0 and "not a folder" in res.output
    (tmp_path / "empty").mkdir()
    res = CliRunner().invoke(cli, ["review", str(tmp_path / "empty"), "--no-browser"])
    assert res.exit_code == 2 and "no segments table" in res.output


def test_a_second_review_of_the_same_folder_is_refused_in_one_line(folder):
    """Two servers on one folder would overwrite each other's decisions.csv."""
    from qualalliance.outlock import output_lock

    with output_lock(folder / "review"):
        res = CliRunner().invoke(cli, ["review", str(folder), "--no-browser", "--port", "0"])
    assert res.exit_code == 2, res.output
    assert res.output.strip().count("\n") == 0 and "in use by another run" in res.output


def test_server_killed_mid_session_leaves_complete_csvs(folder):
    """Decisions posted as fast as possible while the server is SIGKILLed: both CSVs parse,
    every row is whole, and every acknowledged decision is in the log."""
    proc, url = start_server(folder, options=["--learn-every", "0"])  # no model updates meanwhile
    try:
        base, token = url.split("/?token=")
        acked = []
        items = httpx.get(f"{base}/api/items", params={"token": token}).json()

        def post_many():
            with httpx.Client(headers={"X-Review-Token": token}) as c:
                for i in range(400):
                    it = items[i % len(items)]
                    try:
                        r = c.post(f"{base}/api/decisions", json={**{k: it[k] for k in (
                            "doc_id", "turn", "code", "start_char", "end_char")},
                            "decision": "accept" if i % 2 else "reject", "memo": f"memo {i}, \"quoted\""})
                    except httpx.HTTPError:
                        return
                    if r.status_code == 200:
                        acked.append(i)

        t = threading.Thread(target=post_many)
        t.start()
        while len(acked) < 25 and t.is_alive():
            pass
        proc.send_signal(signal.SIGKILL)
        t.join(30)
    finally:
        proc.kill()
        proc.wait(10)
    assert len(acked) >= 25
    dec = read_table(folder / "review" / "decisions.csv")
    assert len(acked) <= len(dec) <= len(acked) + 1   # at most the one in flight when killed
    assert dec.notna().drop(columns=["memo"]).all().all()
    assert list(dec["memo"][:len(acked)]) == [f'memo {i}, "quoted"' for i in acked]
    human = read_table(folder / "review" / "human_codings.csv")
    assert list(human.columns) == HUMAN_CODING_COLUMNS
    assert set(human["method"]) <= {"human"}
    review_session(folder, "tester")  # reopening removes a temporary file the kill left behind
    assert not [p for p in (folder / "review").iterdir() if p.name.endswith(".tmp")]


def test_ctrl_c_stops_the_server_cleanly(folder):
    proc, url = start_server(folder)
    base, token = url.split("/?token=")
    it = httpx.get(f"{base}/api/items", params={"token": token}).json()[0]
    r = httpx.post(f"{base}/api/decisions", headers={"X-Review-Token": token},
                   json={**{k: it[k] for k in ("doc_id", "turn", "code", "start_char", "end_char")},
                         "decision": "accept"})
    assert r.status_code == 200
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "review stopped" in out
    assert len(read_table(folder / "review" / "decisions.csv")) == 1


def test_edit_rejects_the_machine_coding_in_the_same_write_and_undo_removes_both(client, folder):
    a, b = span("D1", 1, "chest gets tight")
    client.post("/api/decisions", json=body(decision="accept", memo="first"), headers=H)
    r = client.post("/api/decisions", headers=H, json=body(
        code="embodiment", start_char=a, end_char=b, decision="edit",
        replaces={"code": "anxiety", "start_char": a, "end_char": b}))
    assert r.status_code == 200 and r.json()["code"] == "embodiment"
    dec = read_table(folder / "review" / "decisions.csv")
    assert list(zip(dec["code"], dec["decision"])) == [("anxiety", "accept"), ("anxiety", "reject"),
                                                      ("embodiment", "edit")]
    assert dec["time"].iloc[1] == dec["time"].iloc[2]
    human = read_table(folder / "review" / "human_codings.csv")
    assert sorted(zip(human["code"], human["text"])) == [("anxiety", "scared"), ("embodiment", "chest gets tight")]
    assert client.post("/api/undo", headers=H).json()["decision"] == "edit"
    dec = read_table(folder / "review" / "decisions.csv")
    assert list(dec["decision"]) == ["accept"]


@pytest.mark.parametrize("replaces,status", [
    ({"code": "anxiety", "start_char": 0, "end_char": 3}, 422),    # outside the turn
    ({"code": "nope", "start_char": SCARED[0], "end_char": SCARED[1]}, 404),
    ("anxiety", 422),
])
def test_bad_replaces_is_4xx(client, folder, replaces, status):
    r = client.post("/api/decisions", headers=H, json=body(code="embodiment", decision="edit", replaces=replaces))
    assert r.status_code == status
    assert client.post("/api/decisions", headers=H,
                       json=body(decision="accept", replaces={"code": "anxiety"})).status_code == 422
    assert not (folder / "review" / "decisions.csv").exists()


def test_unwritable_review_folder_is_one_line_exit_2(folder):
    (folder / "review").write_text("a file where the review folder goes")
    res = CliRunner().invoke(cli, ["review", str(folder), "--no-browser"])
    assert res.exit_code == 2, res.output
    assert res.output.startswith("error: ") and str(folder / "review") in res.output
    assert res.output.count("\n") == 1


def test_accepted_negated_coding_stays_negated(folder):
    """"I am not anxious about it anymore": the machine coded anxiety *denied*; accepting it
    records a denied coding, an edit of its span keeps that, a code added or changed to is affirmed."""
    codings = read_table(folder / "codings.csv")
    denied = codings["text"] == "anxious"
    codings.loc[denied, "negated"] = True
    codings["polarity"] = ["denied" if d else "affirmed" for d in denied]
    codings.to_csv(folder / "codings.csv", index=False)
    review, store = review_session(folder, "ann")
    client = TestClient(create_app(review, store, TOKEN, "ann"))
    item = next(it for it in client.get(f"/api/items?token={TOKEN}").json() if it["text"] == "anxious")
    assert (item["negated"], item["polarity"]) == (True, "denied")
    a, b = span("D2", 3, "not anxious")
    post = lambda **kw: client.post("/api/decisions", headers=H, json={"doc_id": "D2", "turn": 3, **kw})  # noqa: E731
    assert post(code="anxiety", start_char=item["start_char"], end_char=item["end_char"],
                decision="accept").status_code == 200
    assert post(code="goals", start_char=a, end_char=b, decision="add").status_code == 200
    human = read_table(folder / "review" / "human_codings.csv")
    assert list(zip(human["code"], human["text"], human["negated"], human["polarity"])) == [
        ("anxiety", "anxious", True, "denied"), ("goals", "not anxious", False, "affirmed")]
    os.remove(folder / "review" / "human_codings.csv")
    review_session(folder, "ann")  # reopened: rebuilt from the log, with the machine's polarity
    assert list(read_table(folder / "review" / "human_codings.csv")["polarity"]) == ["denied", "affirmed"]
    # the span adjusted, the code kept: still denied; the code changed: affirmed
    assert post(code="anxiety", start_char=a, end_char=b, decision="edit",
                replaces={"code": "anxiety", "start_char": item["start_char"],
                          "end_char": item["end_char"]}).status_code == 200
    human = read_table(folder / "review" / "human_codings.csv")
    assert sorted(zip(human["text"], human["negated"])) == [("not anxious", False), ("not anxious", True)]
    client.post("/api/undo", headers=H)
    assert post(code="safety", start_char=a, end_char=b, decision="edit",
                replaces={"code": "anxiety", "start_char": item["start_char"],
                          "end_char": item["end_char"]}).status_code == 200
    human = read_table(folder / "review" / "human_codings.csv")
    assert sorted(zip(human["code"], human["negated"])) == [("goals", False), ("safety", False)]
