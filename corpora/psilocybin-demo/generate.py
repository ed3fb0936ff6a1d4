#!/usr/bin/env python3
"""Generate the SYNTHETIC psilocybin demo study (corpora/psilocybin-demo).

    python corpora/psilocybin-demo/generate.py            # regenerate this folder
    python corpora/psilocybin-demo/generate.py --out DIR  # write a copy elsewhere

Pure Python (standard library only), seeded, deterministic: the same seed gives
byte-identical files on any machine (tests/test_demo_study.py checks this against
the committed copy).  Everything written here is invented; see README.md.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # keep the corpus folder free of __pycache__
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from psilodemo import dialogue, model, readme, written, writers  # noqa: E402
from psilodemo.engine import Context, Deck  # noqa: E402
from psilodemo.personas import FACILITATORS, PERSONAS  # noqa: E402
from psilodemo.phrases_participant import GENERIC, METAPHOR_LOW  # noqa: E402

SEED = 20240312
SESSIONS = [  # (session, timepoint, study day)
    ("preparation", "preparation", -7),
    ("dosing1", "dosing1", 0),
    ("integration1", "integration1", 3),
    ("dosing2", "dosing2", 14),
    ("integration2", "week1", 21),
]
NARRATIVE = ("narrative", "post_dosing", 17)
CASE_HISTORY = ("case_history", "month12", 365)
TIMEPOINTS = ["baseline", "preparation", "dosing1", "integration1", "dosing2", "post_dosing",
              "week1", "week4", "month3", "month6", "month12"]
DATA_DIRS = ("transcripts", "narratives", "case_histories")
N_FORMAT = {"vtt": 14, "docx": 12, "csv": 10}  # the rest are .txt
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _state(f: float) -> str:
    return "better" if f >= 0.55 else "mixed" if f >= 0.30 else "same"


def _quote(text: str) -> str:
    return "\u201c" + text + "\u201d"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _third(noun_phrase: str, sex: str) -> str:
    poss = "her" if sex == "F" else "his"
    words = noun_phrase.split(" ")
    return " ".join(poss if w in ("my", "our") else w for w in words)


def persona_slots(p: dict) -> dict:
    v = dict(GENERIC)
    for key in ("name", "job", "work", "partner", "child", "parent", "sibling", "friend", "pet", "home",
                "place", "event", "episode", "therapy", "intention", "fear", "stressor"):
        v[key] = p[key]
    v["onset"] = str(p["onset"])
    v["med"] = p["meds"][-1]
    v["med2"] = p["meds"][-2] if len(p["meds"]) > 1 else None
    v["image"] = p["images"]
    v["insight"] = p["insight"]
    v["insight_cap"] = [s[0].upper() + s[1:] for s in p["insight"]]
    v["change"] = p["change"]
    v["weekday"] = WEEKDAYS
    v["image_token"] = [t for t in (f"a picture of {p['child']}" if p["child"] else None,
                                    "a stone I picked up at {place}",
                                    f"a ring that was {p['parent']}'s" if p["parent"] else None,
                                    "a letter I wrote to myself") if t]
    # case histories (third person)
    she = p["sex"] == "F"
    v.update({
        "pid": p["pid"], "age": str(p["age"]), "gender": "woman" if she else "man",
        "They_cap": "She" if she else "He", "they": "she" if she else "he", "their": "her" if she else "his",
        "meds_list": _and(p["meds"]),
        "parent_side": "maternal" if "mother" in (p["parent"] or "") or "mom" in (p["parent"] or "")
        else "paternal",
        "supports": _and([_third(x, p["sex"]) for x in (p["partner"], p["child"], p["sibling"], p["friend"]) if x]),
        "them": "her" if she else "him", "episode_q": _quote(p["episode"]), "event_q": _quote(p["event"]),
        "therapy_q": p["therapy"],
        "metaphor_phrase": _quote(METAPHOR_LOW[p["metaphor"]][0].rstrip(".")),
        "intention_3p": _quote(p["intention"]), "fear_3p": _quote(p["fear"]),
        "insight_3p": _quote(p["insight"][0]), "change_3p": _quote(p["change"][0]),
        "stressor": p["stressor"],
    })
    return v


def assign_formats(rng: random.Random, n_docs: int) -> list[str]:
    fmts = [f for f, k in N_FORMAT.items() for _ in range(k)]
    fmts += ["txt"] * (n_docs - len(fmts))
    rng.shuffle(fmts)
    return fmts


def build(seed: int = SEED) -> tuple[dict[str, bytes], dict]:
    """All files of the study, as {relative path: bytes}, plus statistics for the README."""
    lat = model.draw_latents(seed)
    events = model.assign_events(lat, seed)
    sc = model.scores(lat, events)
    rng = random.Random(f"{seed}-layout")
    fac_order = [FACILITATORS[k % len(FACILITATORS)]["id"] for k in range(model.N)]
    rng.shuffle(fac_order)
    facs = {f["id"]: f for f in FACILITATORS}
    formats = assign_formats(rng, model.N * len(SESSIONS))
    ts_flags = [rng.random() < 0.35 for _ in formats]
    blank_flags = [rng.random() < 0.4 for _ in formats]
    fac_decks = {f["id"]: Deck(random.Random(f"{seed}-deck-{f['id']}")) for f in FACILITATORS}

    files: dict[str, bytes] = {}
    meta_rows, docs_turns, planted = [], {}, {}
    single_voice_paras = {}
    seen: set[str] = set()  # every turn so far, so repeats can be varied
    for i, p in enumerate(PERSONAS):
        pid = p["pid"]
        fac = facs[fac_order[i]]
        slots = persona_slots(p)
        pdeck = Deck(random.Random(f"{seed}-deck-{pid}"))
        levels = model.session_alliance(lat, events, sc, i)
        rupture = ("repaired" if i in events["repaired"] else "unrepaired" if i in events["unrepaired"] else None)
        rupture_session = events["rupture_session"].get(i)
        f_w1 = sc["f"]["week1"][i]
        planted[pid] = Counter()
        for k, (session, timepoint, day) in enumerate(SESSIONS):
            doc_id = f"{pid}_{session}"
            drng = random.Random(f"{seed}-{doc_id}")
            kind = "preparation" if session == "preparation" else "dosing" if session.startswith("dosing") \
                else "integration"
            s = dialogue.Session(p, fac, kind, levels[session], drng, pdeck, fac_decks[fac["id"]], slots, seen)
            if kind == "preparation":
                s.ctx = s.ctx.child(_state="low")
                dialogue.preparation(s, rupture if rupture_session == "preparation" else None)
            elif kind == "dosing":
                dialogue.dosing(s, 1 if session == "dosing1" else 2, lat["M"][i], lat["I"][i])
            else:
                number = 1 if session == "integration1" else 2
                state = _state(0.75 * f_w1 if number == 1 else f_w1)
                s.ctx = s.ctx.child(_state=state)
                dialogue.integration(s, number, state, rupture if rupture_session == session else None,
                                     relapse_risk=i in sc["relapse"])
            planted[pid].update(s.planted)
            idx = i * len(SESSIONS) + k
            fmt = formats[idx]
            rel, data = _render(doc_id, s.turns, fmt, fac, ts_flags[idx], blank_flags[idx], drng)
            files[rel] = data
            docs_turns[doc_id] = s.turns
            meta_rows.append([doc_id, pid, session, timepoint, "transcript", fac["id"], day])
        # narrative and case history
        ctx = Context(random.Random(f"{seed}-{pid}-written"), dict(slots, fac_name=fac["name"]))
        wdeck = Deck(random.Random(f"{seed}-wdeck-{pid}"))
        paras = written.narrative(p, ctx, wdeck, ctx.rng, M=lat["M"][i], I=lat["I"][i], state=_state(f_w1),
                                  alliance=levels["narrative"])
        files[f"narratives/{pid}_narrative.txt"] = writers.single_voice(paras)
        single_voice_paras[f"{pid}_narrative"] = paras
        meta_rows.append([f"{pid}_narrative", pid, NARRATIVE[0], NARRATIVE[1], "narrative", fac["id"], NARRATIVE[2]])
        hamd = {t: sc["hamd"][t][i] for t in sc["hamd"]}
        base = hamd["baseline"]
        paras = written.case_history(
            p, ctx, wdeck, ctx.rng, M=lat["M"][i], I=lat["I"][i], alliance=lat["A"][i], hamd=hamd,
            responder=hamd["month12"] <= 0.5 * base, remitted=hamd["month12"] <= 7, relapse=i in sc["relapse"],
            rupture=rupture, rupture_session=rupture_session)
        files[f"case_histories/{pid}_case_history.txt"] = writers.single_voice(paras)
        single_voice_paras[f"{pid}_case_history"] = paras
        meta_rows.append([f"{pid}_case_history", pid, CASE_HISTORY[0], CASE_HISTORY[1], "case_history",
                          fac["id"], CASE_HISTORY[2]])

    files["metadata.csv"] = _csv(["doc_id", "participant_id", "session", "timepoint", "source_type",
                                  "facilitator", "study_day"], meta_rows)
    outcome_rows = _outcomes(sc)
    files["outcomes.csv"] = _csv(["participant_id", "timepoint", "measure", "value"], outcome_rows)
    files["participants.csv"] = _csv(
        ["participant_id", "age", "sex", "facilitator"],
        [[p["pid"], p["age"], p["sex"], fac_order[i]] for i, p in enumerate(PERSONAS)])
    stats = readme.statistics(lat, events, sc, docs_turns, single_voice_paras, planted, outcome_rows, seed)
    files["study.yaml"] = readme.study_yaml(seed, TIMEPOINTS).encode("utf-8")
    files["README.md"] = readme.render(stats, seed, formats=Counter(formats)).encode("utf-8")
    return files, stats


def _render(doc_id, turns, fmt, fac, timestamps, blank, rng) -> tuple[str, bytes]:
    labels = fac["labels"]
    pretty = tuple(x if x.startswith("Dr.") else x.capitalize() if len(x) > 1 else x for x in labels)
    if fmt == "vtt":
        return f"transcripts/{doc_id}.vtt", writers.vtt_transcript(turns, ("Facilitator", "Participant"))
    if fmt == "docx":
        return f"transcripts/{doc_id}.docx", writers.docx_transcript(
            turns, ("Facilitator", "Participant"), f"{doc_id} (synthetic)")
    if fmt == "csv":
        return f"transcripts/{doc_id}.csv", writers.csv_transcript(turns, pretty)
    return f"transcripts/{doc_id}.txt", writers.txt_transcript(turns, labels, timestamps=timestamps,
                                                               blank_lines=blank, rng=rng)


def _csv(header, rows) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def _outcomes(sc) -> list[list]:
    rows = []
    for i, p in enumerate(PERSONAS):
        pid = p["pid"]
        for t in ["baseline", *model.FOLLOW_UP]:
            rows.append([pid, t, "grid_hamd", sc["hamd"][t][i]])
        for t, wai in (("preparation", sc["wai_prep"][i]), ("week1", sc["wai_w1"][i])):
            bond, goals, tasks = wai
            rows += [[pid, t, "wai_bond", bond], [pid, t, "wai_goals", goals], [pid, t, "wai_tasks", tasks],
                     [pid, t, "wai_total", bond + goals + tasks]]
        rows.append([pid, "post_dosing", "meq30", _fmt(sc["meq"][i])])
        rows.append([pid, "post_dosing", "piq", _fmt(sc["piq"][i])])
    order = {t: k for k, t in enumerate(TIMEPOINTS)}
    rows.sort(key=lambda r: (r[0], order[r[1]]))
    return rows


def write(files: dict[str, bytes], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for sub in DATA_DIRS:  # drop stale generated documents (only inside the data folders)
        d = out / sub
        if d.is_dir():
            keep = {Path(rel).name for rel in files if rel.startswith(sub + "/")}
            for f in sorted(d.iterdir()):
                if f.is_file() and f.name not in keep:
                    f.unlink()
    for rel, data in sorted(files.items()):
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() and target.read_bytes() == data:
            continue
        target.write_bytes(data)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("--out", type=Path, default=HERE, help="output folder (default: this folder)")
    ap.add_argument("--seed", type=int, default=SEED, help=f"random seed (default {SEED}, the committed corpus)")
    ap.add_argument("--quiet", action="store_true", help="do not print the summary")
    args = ap.parse_args(argv)
    files, stats = build(args.seed)
    write(files, args.out)
    if not args.quiet:
        print(readme.summary(stats))
    return 0


if __name__ == "__main__":
    sys.exit(main())
