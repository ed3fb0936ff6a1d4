"""Compose sessions turn by turn: preparation, dosing, integration.

A session is a list of ``(role, text, seconds)`` turns.  Participant turns are
built from several sentences drawn from phase pools, in the persona's style, with
alliance phrases added at a rate set by the session's latent alliance level;
facilitator turns reflect the participant's last words back (the gist of the
sentence), ask, validate, explain, or support.
"""

from __future__ import annotations

from collections import Counter

from . import phrases_participant as PP
from . import phrases_therapist as PT
from .engine import Context, Deck, Missing, join_sentences, second_person, style_sentence, tidy

ECHOABLE = ("partner", "child", "parent", "sibling", "friend", "pet", "place", "event", "image", "home")

ALLIANCE_POOLS = {
    "bond": PP.ALLIANCE_BOND, "goals": PP.ALLIANCE_GOALS, "tasks": PP.ALLIANCE_TASKS,
    "safety": PP.ALLIANCE_SAFETY,
}
# which kinds of alliance language fit which session
ALLIANCE_MIX = {
    "preparation": {"bond": 3, "goals": 4, "tasks": 3, "safety": 3},
    "dosing": {"bond": 3, "goals": 1, "tasks": 1, "safety": 5},
    "integration": {"bond": 5, "goals": 2, "tasks": 3, "safety": 2},
}


# (intercept, slope, floor, ceiling) of the chance per turn, as a function of the session's
# latent alliance level a (README.md quotes these)
P_POSITIVE = (0.15, 0.11, 0.02, 0.45)  # participant turn carries a positive alliance phrase
P_NEGATIVE = (0.05, -0.045, 0.0, 0.20)  # participant turn carries a guarded phrase
P_COLLAB = (0.11, 0.06, 0.02, 0.35)  # facilitator turn carries collaborative language
REFLECT_SLOPE = 0.1  # facilitators reflect more in dyads that work well


def _linear(c, level: float) -> float:
    a, b, lo, hi = c
    return min(hi, max(lo, a + b * level))


def p_positive(level: float) -> float:
    return _linear(P_POSITIVE, level)


def p_negative(level: float) -> float:
    return _linear(P_NEGATIVE, level)


def p_collab(level: float) -> float:
    return _linear(P_COLLAB, level)


class Session:
    def __init__(self, persona: dict, facilitator: dict, kind: str, level: float, rng, deck: Deck,
                 tdeck: Deck, extra_slots: dict, seen: set):
        self.p = persona
        self.f = facilitator
        self.kind = kind  # preparation | dosing | integration
        self.level = level
        self.rng = rng
        self.deck = deck  # participant's deck (shared across their sessions)
        self.tdeck = tdeck  # facilitator deck (shared across the facilitator's sessions)
        self.ctx = Context(rng, extra_slots)
        self.seen = seen  # every turn text so far in the corpus (membership tests only)
        self.turns: list[tuple[str, str, float]] = []
        self.clock = 0.0
        self.last_gist: str | None = None
        self.echoes: list[str] = []
        self.planted = Counter()  # alliance phrases inserted, by kind
        self.used: set[str] = set()  # sentences already said in this document
        self.used_templates: set[str] = set()
        self.style = {"hedge": persona["hedge"], "filler": persona["filler"]}

    # ------------------------------------------------------------------ plumbing
    def _add(self, role: str, text: str, gap: float = 0.0):
        text = tidy(text)
        if self.turns and self.turns[-1][0] == role:
            # two turns in a row by one speaker read as one; a facilitator's trailing
            # question gives way to the new one
            prev_role, prev, t0 = self.turns.pop()
            if role == "therapist":
                prev = " ".join(x for x in _sentences(prev) if not x.endswith("?"))
            text = tidy(prev + " " + text)
            self.clock = t0
            gap = 0.0
        text = self._unique(role, text)
        if ":" in text:
            raise ValueError(f"generated text contains a colon: {text!r}")
        self.clock += gap
        self.turns.append((role, text, self.clock))
        words = len(text.split())
        self.clock += words / (2.4 if role == "therapist" else 2.2) + self.rng.uniform(0.5, 2.5)

    def _unique(self, role: str, text: str) -> str:
        """Real speakers rarely say the identical turn twice in a corpus: vary a repeat."""
        for _ in range(8):
            if text not in self.seen:
                break
            if role == "therapist":
                r = self.rng.random()
                if r < 0.3 and self.last_gist:
                    text = tidy(self.reflect() + " " + text)
                elif r < 0.55:
                    text = tidy(self.rng.choice(["Mm.", "Okay.", "Right.", "Yeah.", "Mm-hm."]) + " " + text)
                elif r < 0.75:
                    text = tidy(f"{self.p['name']}. " + text)
                elif self.kind == "dosing":
                    text = tidy(text + " " + self.tsentence("support-acute", PT.SUPPORT_ACUTE))
                else:
                    text = tidy(text + " " + self.tsentence("validate", PT.VALIDATE))
            else:
                if self.rng.random() < 0.5:
                    text = tidy(style_sentence(text, {"hedge": 0.6, "filler": 0.9}, self.rng))
                else:
                    extra = self.rng.choice([PP.BODY, PP.DEPRESSION, PP.MEMORY, PP.CHALLENGE])
                    more, _, _ = self.sentence("variation", extra)
                    text = tidy(text + " " + more)
        self.seen.add(text)
        return text

    def jump(self, minutes_lo: float, minutes_hi: float):
        self.clock += 60 * self.rng.uniform(minutes_lo, minutes_hi)

    def sentence(self, pool_name: str, pool: list[str], tries: int = 40):
        """(text, gist, binding) from a pool, skipping templates this persona can't fill
        and, while the pool allows, templates already used in this document."""
        for k in range(tries):
            template = self.deck.draw(pool_name, pool)
            if template in self.used_templates and k < tries // 2 and len(pool) > 3:
                continue
            self.used_templates.add(template)
            try:
                binding: dict = {}
                sent, _, gist = template.partition("||")
                text = tidy(self.ctx._expand(sent.strip(), binding))
                g = tidy(self.ctx._expand(gist.strip(), binding, second=True), end="", cap=False) if gist.strip() else None
                return text, g, binding
            except Missing:
                continue
        raise RuntimeError(f"no usable template in pool {pool_name}")

    def tsentence(self, pool_name: str, pool: list[str]) -> str:
        for _ in range(12):
            template = self.tdeck.draw(pool_name, pool)
            try:
                # persona details are stored in the first person ("my sister"): the
                # facilitator says "your sister"
                return tidy(self.ctx._expand(template, {}, second=True))
            except Missing:
                continue
        raise RuntimeError(f"no usable template in pool {pool_name}")

    # ------------------------------------------------------------------ participant
    def n_sentences(self, scale: float = 1.0) -> int:
        v = self.p["verbosity"]
        lo, hi = {0: (1, 3), 1: (2, 4), 2: (2, 6)}[v]
        n = self.rng.randint(lo, hi)
        return max(1, int(round(n * scale)))

    def say(self, pools: list[tuple[str, list[str]]], n: int | None = None, *, alliance: bool = True,
            metaphor: float = 0.18, spoken: bool = True, gap: float = 0.0, scale: float = 1.0,
            lead: str | None = None, acute: bool = False):
        """One participant turn from the named pools (the first pool leads)."""
        n = self.n_sentences(scale) if n is None else n
        sentences, gist = [], None
        for k in range(n):
            name, pool = pools[0] if k == 0 or len(pools) == 1 or self.rng.random() < 0.55 else \
                pools[1 + self.rng.randrange(len(pools) - 1)]
            for _ in range(4):  # a sentence is said once per document
                text, g, binding = self.sentence(name, pool)
                if text not in self.used:
                    break
            if text in self.used:
                continue
            self.used.add(text)
            if gist is None and g:
                gist = g
            for key in ECHOABLE:
                if key in binding:
                    self.echoes.append(second_person(binding[key]))
            sentences.append(text)
        if metaphor and self.rng.random() < metaphor:
            dom = self.p["metaphor"]
            lowstate = self.ctx.values.get("_state", "low") != "better"
            pool = (PP.METAPHOR_LOW if lowstate else PP.METAPHOR_HIGH)[dom]
            m, _, _ = self.sentence(f"metaphor-{'low' if lowstate else 'high'}", pool)
            sentences.insert(self.rng.randrange(len(sentences) + 1), m)
        if not sentences:
            text, g, _ = self.sentence(pools[0][0], pools[0][1])
            sentences, gist = [text], g
        styled = [style_sentence(s, self.style, self.rng, spoken=spoken) for s in sentences]
        if lead:
            styled.insert(0, lead)
        if alliance:
            self._maybe_alliance(styled, acute)
        self.last_gist = gist
        self._add("participant", join_sentences(styled), gap)

    def _maybe_alliance(self, styled: list[str], acute: bool = False):
        r = self.rng.random()
        if r < p_positive(self.level):
            if acute:  # during the drug effects: present tense, about safety and presence
                kind = "safety" if self.rng.random() < 0.6 else "bond"
                text, _, _ = self.sentence(f"acute-{kind}", PP.ACUTE_SAFETY if kind == "safety" else PP.ACUTE_BOND)
            else:
                mix = ALLIANCE_MIX["dosing" if self.kind == "dosing" else self.kind]
                kinds = [k for k in mix for _ in range(mix[k])]
                kind = kinds[self.rng.randrange(len(kinds))]
                text, _, _ = self.sentence(f"alliance-{kind}", ALLIANCE_POOLS[kind])
            self.planted[kind] += 1
        elif r < p_positive(self.level) + p_negative(self.level):
            text, _, _ = self.sentence("alliance-negative", PP.ACUTE_NEGATIVE if acute else PP.ALLIANCE_NEGATIVE)
            self.planted["negative"] += 1
        else:
            return
        if self.rng.random() < 0.6:
            styled.append(text)
        else:
            styled.insert(0, text)

    def say_raw(self, text: str, gap: float = 0.0):
        self._add("participant", text, gap)

    # ------------------------------------------------------------------ facilitator
    def reflect(self) -> str | None:
        if not self.last_gist:
            return None
        prefix = self.rng.choice(PT.REFLECT_PREFIX)
        g = self.last_gist
        if prefix.endswith("."):
            g = g[0].upper() + g[1:]
        return f"{prefix} {g}."

    def respond(self, pool_name: str | None = None, pool: list[str] | None = None, *, reflect: float | None = None,
                gap: float = 0.0, extra: list[str] | None = None):
        """A facilitator turn: (reflection | acknowledgement | echo) + (question from pool | follow-up)."""
        manner = self.f["manner"]
        if reflect is None:
            reflect = {"warm": 0.6, "structured": 0.35, "quiet": 0.5, "explaining": 0.4}[manner]
            # responsive facilitators reflect more in dyads that work well
            reflect = min(0.9, max(0.1, reflect + REFLECT_SLOPE * self.level))
        parts: list[str] = []
        r = self.rng.random()
        refl = self.reflect() if r < reflect else None
        if refl:
            parts.append(refl)
            if self.rng.random() < (0.35 if manner == "warm" else 0.2):
                parts.append(self.tsentence("validate", PT.VALIDATE))
        elif self.echoes and self.rng.random() < 0.25:
            echo = self.echoes[self.rng.randrange(len(self.echoes))]
            parts.append(PT.ECHO[self.rng.randrange(len(PT.ECHO))].replace("{echo}", echo))
        elif self.rng.random() < 0.7:
            parts.append(self.rng.choice(PT.ACK))
        if extra:
            parts.extend(extra)
        if pool is not None:
            parts.append(self.tsentence(pool_name, pool))
        elif self.rng.random() < 0.75 or len(parts) < 2:
            parts.append(self.tsentence("followup", PT.FOLLOWUP))
        if self.rng.random() < p_collab(self.level):
            parts.insert(len(parts) - 1 if len(parts) > 1 else 0, self.tsentence("collab", PT.COLLAB))
            self.planted["therapist_collab"] += 1
        if manner == "quiet" and len(parts) > 2 and self.rng.random() < 0.5:
            parts = parts[-2:]
        if self.rng.random() < 0.06 and manner in ("warm", "quiet") and parts[0] not in PT.ACK:
            parts[0] = f"{self.p['name']}, " + parts[0][0].lower() + parts[0][1:] if not parts[0].startswith("I") \
                else parts[0]
        self._add("therapist", join_sentences(parts), gap)

    def tsay(self, *pools: tuple[str, list[str]], gap: float = 0.0, lead_ack: float = 0.3):
        parts = []
        if self.rng.random() < lead_ack:
            parts.append(self.rng.choice(PT.ACK))
        for name, pool in pools:
            parts.append(self.tsentence(name, pool))
        opening = pools[0][0].startswith(("open", "goodbye", "close", "capsule", "settle", "misstep"))
        if not opening and self.rng.random() < p_collab(self.level) * 0.7:
            at = len(parts) - 1 if parts and parts[-1].endswith("?") else len(parts)
            parts.insert(at, self.tsentence("collab", PT.COLLAB))
            self.planted["therapist_collab"] += 1
        self._add("therapist", join_sentences(parts), gap)

    # ------------------------------------------------------------------ scenes
    def rupture(self, repaired: bool):
        """A misattuned move, the participant objects, then repair or not."""
        for _ in range(10):
            misstep, objections = PT.MISSTEPS[self.rng.randrange(len(PT.MISSTEPS))]
            try:
                misstep = tidy(self.ctx._expand(misstep, {}, second=True))
                break
            except Missing:
                continue
        lead = "" if misstep.startswith("Okay") else self.rng.choice(["Okay.", "Right.", "Mm.", ""])
        self._add("therapist", f"{lead} {misstep}")
        text = self.rng.choice(objections)
        more, _, _ = self.sentence("rupture-follow", PP.RUPTURE_FOLLOW)
        self.last_gist = "I'm not really listening to you" if "listening" in text else "I got that wrong"
        self.say_raw(join_sentences([text, style_sentence(more, self.style, self.rng)]))
        if repaired:
            self.tsay(("repair", PT.REPAIR), lead_ack=0.0)
            after, _, _ = self.sentence("after-repair", PP.AFTER_REPAIR)
            self.say([("history", PP.HISTORY), ("depression", PP.DEPRESSION)], lead=after, alliance=False)
            self.respond(reflect=0.9)
            self.level += 0.3  # repair strengthens the relationship
        else:
            self.tsay(("nonrepair", PT.NONREPAIR), lead_ack=0.0)
            w, _, _ = self.sentence("withdraw", PP.WITHDRAW)
            self.say_raw(w)
            self.level -= 1.5  # the rest of the session runs colder
            self.style = {"hedge": self.style["hedge"], "filler": self.style["filler"] * 0.5}


def _sentences(text: str) -> list[str]:
    out, cur = [], []
    for word in text.split(" "):
        cur.append(word)
        if word.endswith((".", "?", "!")):
            out.append(" ".join(cur))
            cur = []
    if cur:
        out.append(" ".join(cur))
    return out


def exchange(s: Session, ppools, tpool=None, n=None, **kw):
    """Participant speaks, facilitator responds."""
    s.say(ppools, n=n, **kw)
    if tpool is None:
        s.respond()
    else:
        s.respond(*tpool)


# ----------------------------------------------------------------------------- sessions

def preparation(s: Session, rupture: str | None):
    s.tsay(("open-prep", PT.OPEN_PREP), lead_ack=0.0)
    s.say([("checkin-prep", PP.CHECKIN_PREP), ("depression", PP.DEPRESSION)])
    s.respond()
    s.say([("checkin-prep", PP.CHECKIN_PREP), ("daily", PP.DAILY)], scale=0.8)
    s.tsay(("agenda", PT.AGENDA_PREP))
    s.say([("agenda-reply", AGENDA_REPLY)], n=1, metaphor=0)
    s.respond(None, None, reflect=0.0, extra=[s.tsentence("ask-history", PT.ASK_HISTORY)])
    for _ in range(s.rng.randint(3, 5)):
        exchange(s, [("history", PP.HISTORY), ("depression", PP.DEPRESSION)],
                 ("ask-history", PT.ASK_HISTORY) if s.rng.random() < 0.4 else None)
    s.tsay(("ask-daily", PT.ASK_DAILY))
    for _ in range(s.rng.randint(2, 3)):
        exchange(s, [("daily", PP.DAILY), ("depression", PP.DEPRESSION)])
    s.tsay(("ask-treatment", PT.ASK_TREATMENT))
    exchange(s, [("treatment", PP.TREATMENT), ("history", PP.HISTORY)])
    if rupture == "repaired" or rupture == "unrepaired":
        s.rupture(rupture == "repaired")
    s.tsay(("ask-intention", PT.ASK_INTENTION))
    exchange(s, [("intention", PP.INTENTION), ("history", PP.HISTORY)])
    s.say([("intention", PP.INTENTION)], scale=0.7)
    s.tsay(("ask-fear", PT.ASK_FEAR), lead_ack=0.6)
    for _ in range(s.rng.randint(2, 3)):
        s.say([("fear", PP.FEAR), ("history", PP.HISTORY)])
        s.respond("safety", PT.SAFETY, reflect=0.7)
    for _ in range(s.rng.randint(1, 2)):
        q, _, _ = s.sentence("questions", PP.QUESTIONS)
        s.say_raw(style_sentence(q, s.style, s.rng))
        s.tsay(("psychoed", PT.PSYCHOED), lead_ack=0.5)
    s.tsay(("psychoed", PT.PSYCHOED), ("psychoed", PT.PSYCHOED), lead_ack=0.0)
    s.say([("setting-react", PP.SETTING_REACT)], scale=0.7)
    s.tsay(("touch", PT.TOUCH), lead_ack=0.2)
    s.say([("touch-reply", TOUCH_REPLY)], n=1, metaphor=0)
    s.tsay(("surrender-guide", PT.SURRENDER_GUIDE), ("surrender-guide", PT.SURRENDER_GUIDE), lead_ack=0.2)
    exchange(s, [("surrender-prep", PP.SURRENDER_PREP), ("fear", PP.FEAR)], scale=0.8)
    s.say([("surrender-prep", PP.SURRENDER_PREP)], scale=0.6)
    s.tsay(("close-prep", PT.CLOSE_PREP), lead_ack=0.4)
    s.say([("close-prep", PP.CLOSE_PREP)], scale=0.7, metaphor=0)
    s.tsay(("goodbye", GOODBYE), lead_ack=0.0)


def dosing(s: Session, number: int, M: float, I: float):
    s.tsay(("open-dosing", PT.OPEN_DOSING if number == 1 else PT.OPEN_DOSING2), lead_ack=0.0)
    s.say([("arrival", PP.ARRIVAL if number == 1 else PP.ARRIVAL2 + PP.ARRIVAL[:6])], scale=0.8)
    s.respond()
    s.say([("arrival", PP.ARRIVAL), ("fear", PP.FEAR)], scale=0.7)
    s.tsay(("ask-intention-day", PT.ASK_INTENTION_DAY))
    exchange(s, [("intention-restate", PP.INTENTION_RESTATE)], scale=0.7)
    s.tsay(("capsule", PT.CAPSULE), lead_ack=0.0)
    s.say_raw(s.rng.choice(CAPSULE_REPLY))
    s.tsay(("settle", PT.SETTLE), lead_ack=0.0)
    s.jump(25, 45)
    acute = dict(scale=0.5, metaphor=0.05, acute=True)
    s.say([("onset", PP.ONSET), ("body", PP.BODY)], **acute)
    s.tsay(("check-acute", PT.CHECK_ACUTE), ("support-acute", PT.SUPPORT_ACUTE), lead_ack=0.0)
    s.say([("onset", PP.ONSET), ("body", PP.BODY)], **acute, gap=60 * s.rng.uniform(2, 8))
    s.tsay(("support-acute", PT.SUPPORT_ACUTE), lead_ack=0.0)
    # a challenging stretch is common, more so the first time
    if s.rng.random() < (0.85 if number == 1 else 0.55):
        for _ in range(s.rng.randint(1, 3)):
            s.say([("fear-acute", PP.FEAR_ACUTE), ("body", PP.BODY)], **acute, gap=60 * s.rng.uniform(1, 6))
            s.tsay(("support-acute", PT.SUPPORT_ACUTE), ("ground", PT.GROUND) if s.rng.random() < 0.5 else
                   ("support-acute", PT.SUPPORT_ACUTE), lead_ack=0.0)
        s.say([("surrender", PP.SURRENDER)], **acute, gap=60 * s.rng.uniform(2, 10))
        s.tsay(("support-acute", PT.SUPPORT_ACUTE), lead_ack=0.0)
    # the peak: how much of it is mystical / insightful follows the latents
    n_myst = max(0, int(round(1.2 + 1.3 * M + s.rng.uniform(-0.5, 0.5))))
    n_img = s.rng.randint(2, 4)
    n_emo = s.rng.randint(1, 3)
    beats = ["img"] * n_img + ["myst"] * n_myst + ["emo"] * n_emo
    s.rng.shuffle(beats)
    for b in beats:
        gap = 60 * s.rng.uniform(3, 20)
        pool = {"img": [("imagery", PP.IMAGERY)], "myst": [("mystical", PP.MYSTICAL)],
                "emo": [("emotion-acute", PP.EMOTION_ACUTE)]}[b]
        s.say(pool, gap=gap, **acute)
        if s.rng.random() < 0.7:
            s.tsay(("check-acute", PT.CHECK_ACUTE) if s.rng.random() < 0.4 else ("support-acute", PT.SUPPORT_ACUTE),
                   lead_ack=0.0)
    n_ins = max(0, int(round(0.8 + 1.2 * I + s.rng.uniform(-0.5, 0.5))))
    for _ in range(n_ins):
        s.say([("insight", INSIGHT_POOL)], gap=60 * s.rng.uniform(5, 15), scale=0.8, metaphor=0)
        s.respond(reflect=0.8)
    s.jump(40, 80)
    s.say([("return", PP.RETURN)], scale=0.6)
    s.tsay(("check-acute", PT.CHECK_ACUTE), lead_ack=0.0)
    s.say([("return", PP.RETURN), ("debrief", PP.DEBRIEF)], scale=0.8)
    s.jump(30, 60)
    s.tsay(("debrief-q", PT.DEBRIEF_Q), lead_ack=0.0)
    n_deb = s.rng.randint(3, 5)
    for k in range(n_deb):
        pools = [("debrief", PP.DEBRIEF)]
        if M > 0.3 and s.rng.random() < 0.6:
            pools.append(("mystical", PP.MYSTICAL))
        if I > 0 and s.rng.random() < 0.6:
            pools.append(("insight", INSIGHT_POOL))
        s.say(pools, scale=1.1)
        if k < n_deb - 1:
            s.respond("debrief-q", PT.DEBRIEF_Q, reflect=0.6)
    s.tsay(("close-dosing", PT.CLOSE_DOSING), lead_ack=0.3)
    s.say([("return", PP.RETURN)], n=1, metaphor=0)


def integration(s: Session, number: int, state: str, rupture: str | None, relapse_risk: bool):
    since = {"better": PP.SINCE_BETTER, "mixed": PP.SINCE_MIXED, "same": PP.SINCE_SAME}[state]
    s.tsay(("open-int", PT.OPEN_INT if number == 1 else PT.OPEN_INT2), lead_ack=0.0)
    s.say([(f"since-{state}", since), ("memory", PP.MEMORY)])
    s.respond()
    s.say([(f"since-{state}", since), ("change" if state != "same" else "depression",
                                        PP.CHANGE if state != "same" else PP.DEPRESSION)])
    s.tsay(("ask-memory", PT.ASK_MEMORY))
    for _ in range(s.rng.randint(2, 3)):
        exchange(s, [("memory", PP.MEMORY), ("meaning", PP.MEANING)])
    s.tsay(("ask-meaning", PT.ASK_MEANING), lead_ack=0.5)
    for _ in range(s.rng.randint(1, 2)):
        exchange(s, [("meaning", PP.MEANING), ("insight", INSIGHT_POOL)])
    if rupture:
        s.rupture(rupture == "repaired")
    s.tsay(("ask-change", PT.ASK_CHANGE))
    for _ in range(s.rng.randint(2, 3)):
        exchange(s, [("change", PP.CHANGE) if state != "same" else ("challenge", PP.CHALLENGE),
                     ("challenge", PP.CHALLENGE)])
    s.tsay(("ask-challenge", PT.ASK_CHALLENGE), lead_ack=0.4)
    exchange(s, [("challenge", PP.CHALLENGE), ("depression", PP.DEPRESSION) if state == "same"
                 else ("since-mixed", PP.SINCE_MIXED)])
    if number == 2 or relapse_risk:
        s.say([("future-worry", PP.FUTURE_WORRY), ("challenge", PP.CHALLENGE)], scale=0.8)
        s.respond("collab", PT.COLLAB, reflect=0.7)
    s.tsay(("ask-practice", PT.ASK_PRACTICE), lead_ack=0.4)
    exchange(s, [("change", PP.CHANGE), ("meaning", PP.MEANING)], scale=0.8)
    s.tsay(("ask-relationship", ASK_RELATIONSHIP), lead_ack=0.3)
    s.say([("relationship-reply", RELATIONSHIP_REPLY_POS if s.level > -0.3 else RELATIONSHIP_REPLY_NEG)],
          scale=0.6, metaphor=0)
    s.respond(reflect=0.7)
    if number == 2:
        s.tsay(("ending", PT.ENDING), lead_ack=0.0)
        s.say([("ending", PP.ENDING), ("change", PP.CHANGE)], scale=0.8)
    s.tsay(("close-int", PT.CLOSE_INT), lead_ack=0.3)
    s.say([("close-int", PP.CLOSE_PREP if state != "better" else PP.ENDING)], n=1, metaphor=0)


# small pools used only here
AGENDA_REPLY = [
    "Okay. That sounds fine.", "Sure, that works.", "Yeah, okay. Where do you want me to start?",
    "That's fine. I'm not great at talking about myself, just so you know.", "Okay. I'll try.",
    "All right. I don't really know where to begin.", "That sounds good, actually.",
    "Okay. Can I ask questions as we go?", "Yeah. I've told this story a lot, but okay.",
]
TOUCH_REPLY = [
    "A hand on my shoulder is okay. Not my face.", "I think I'd like that. Ask first though, if you can.",
    "I'd rather not, at least at the start.", "Holding a hand would help, I think.",
    "I don't know. Ask me on the day?", "Yeah, that's fine. I'm a hugger anyway.",
    "My arm is okay. I'll tell you if it isn't.",
]
CAPSULE_REPLY = [
    "Okay. Here goes.", "Cheers, I guess.", "Down the hatch.", "Okay. That's it. No going back.",
    "All right. Here I go.", "It's so small.", "Okay. I'm doing this.", "That's it? Okay.",
]
GOODBYE = [
    "Okay. Get some rest, and we'll see you on the day.",
    "Take care this week. Call if anything comes up.",
    "We'll see you soon. You did good work today.",
    "See you next week. Try to sleep well the night before.",
]
ASK_RELATIONSHIP = [
    "Can I ask how it's been working with me through all this?",
    "How has it felt, working together on this?",
    "Is there anything about how we've been working that you'd want to change?",
    "How are we doing, you and me?",
]
RELATIONSHIP_REPLY_POS = [
    "It's been good. I feel like you actually listen. || I actually listen",
    "Honestly, it's one of the reasons I could let go on the day. || our work helped you let go",
    "Good. Better than I expected. || it's gone better than you expected",
    "I feel like we're a team, which I didn't expect. || we feel like a team",
    "I've felt supported. I don't say that lightly. || you've felt supported",
]
RELATIONSHIP_REPLY_NEG = [
    "It's fine. I don't know. It's fine. || it's fine, mostly",
    "Some of it I didn't love, to be honest. || some of it didn't work for you",
    "I held back a lot. I'm not sure why. || you've held back",
    "I don't always feel heard, if I'm honest. || you don't always feel heard",
    "It's okay. It's a study, I get that. || it feels like a study",
]
INSIGHT_POOL = PP.INSIGHT_WRAP + PP.INSIGHT_GENERIC
