"""Template expansion and speaking style for the demo generator.

Template mini-language (used by phrases.py):

  [a|b|c]     pick one alternative (an empty alternative makes the part optional)
  {slot}      fill from the context (persona details, generic pools); a slot that
              is None for this persona (no partner, no pet) makes the template
              unusable, and the caller draws another
  text || gist
              the gist is a second-person restatement ("you haven't laughed in
              months") that the therapist can reflect back; slots keep the value
              chosen for the sentence, with "my"/"our" turned into "your"

Everything draws from the ``random.Random`` passed in, so output is a pure
function of the seed.  Never iterate a set here: set order depends on
PYTHONHASHSEED and would break byte-identical regeneration.
"""

from __future__ import annotations

import re

ALT = re.compile(r"\[([^\[\]]*)\]")
SLOT = re.compile(r"\{(\w+)\}")


class Missing(Exception):
    """A template needs a slot this persona does not have."""


def second_person(text: str) -> str:
    """'my sister Ruth' -> 'your sister Ruth' (only for slot values and gists)."""
    text = re.sub(r"\bmy\b", "your", text)
    text = re.sub(r"\bMy\b", "Your", text)
    text = re.sub(r"\bour\b", "your", text)
    text = re.sub(r"\bmyself\b", "yourself", text)
    text = re.sub(r"\bI'm\b", "you're", text)
    text = re.sub(r"\bI've\b", "you've", text)
    text = re.sub(r"\bI'd\b", "you'd", text)
    text = re.sub(r"\bI was\b", "you were", text)
    text = re.sub(r"\bI am\b", "you are", text)
    text = re.sub(r"\bI\b", "you", text)
    text = re.sub(r"\bme\b", "you", text)
    text = re.sub(r"\bmine\b", "yours", text)
    return text


class Context:
    """Slot values for one speaker in one document."""

    def __init__(self, rng, values: dict):
        self.rng = rng
        self.values = values

    def child(self, **extra) -> "Context":
        merged = dict(self.values)
        merged.update(extra)
        return Context(self.rng, merged)

    def _resolve(self, name: str, binding: dict) -> str:
        if name in binding:
            return binding[name]
        if name not in self.values:
            raise KeyError(f"unknown slot {{{name}}}")
        value = self.values[name]
        if callable(value):
            value = value(self.rng)
        if isinstance(value, (list, tuple)):
            if not value:
                raise Missing(name)
            value = value[self.rng.randrange(len(value))]
        if value is None:
            raise Missing(name)
        value = self._expand(str(value), binding)
        binding[name] = value
        return value

    def _expand(self, template: str, binding: dict, second: bool = False) -> str:
        text = template
        for _ in range(12):
            changed = False
            m = ALT.search(text)
            while m:
                options = m.group(1).split("|")
                text = text[: m.start()] + options[self.rng.randrange(len(options))] + text[m.end():]
                changed = True
                m = ALT.search(text)
            m = SLOT.search(text)
            if m:
                value = self._resolve(m.group(1), binding)
                if second:
                    value = second_person(value)
                text = text[: m.start()] + value + text[m.end():]
                changed = True
            if not changed:
                break
        return text


def tidy(text: str, end: str | None = None, cap: bool = True) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,.?!])", r"\1", text)
    text = re.sub(r",,+", ",", text)
    text = re.sub(r"\.\.(?!\.)", ".", text)
    text = re.sub(r"([.!?] )([a-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    if cap and text and text[0].islower():
        text = text[0].upper() + text[1:]
    if end == "":
        return text.rstrip(".!?, ")
    return text


class Deck:
    """Draw templates without replacement, reshuffling when a pool is used up.

    One deck per (speaker, pool) keeps a person from repeating a sentence until
    the pool is exhausted, which is what keeps verbatim repeats rare.
    """

    def __init__(self, rng):
        self.rng = rng
        self.piles: dict[tuple, list] = {}

    def draw(self, name: str, pool: list[str]) -> str:
        key = (name, len(pool), pool[0])  # two pools under one name must not share a pile
        pile = self.piles.get(key)
        if not pile:
            pile = list(pool)
            self.rng.shuffle(pile)
            self.piles[key] = pile
        return pile.pop()


# ----------------------------------------------------------------------------- style

_LOWERABLE = ("The ", "It ", "It's ", "That ", "That's ", "This ", "There ", "There's ", "My ", "We ",
              "And ", "But ", "So ", "When ", "What ", "Everything ", "Nothing ", "Something ",
              "Sometimes ", "Maybe ", "Part ", "Most ", "Some ", "Even ", "Just ", "Like ", "All ",
              "Every ", "Honestly ", "Then ", "Now ", "Yeah ", "Not ", "Being ", "Our ", "Last ", "One ",
              "Right ", "Today ", "Yesterday ", "After ", "Before ", "Since ", "He ", "She ", "They ",
              "You ", "Your ", "How ", "Which ", "Because ", "If ", "Still ", "No ", "Okay ")
_OPENERS = ["Um, ", "Uh, ", "I mean, ", "So, ", "Yeah, ", "Honestly, ", "Well, ", "Like, ", "And, um, ",
            "You know, ", "Okay, so ", "Hm. ", "I don't know. ", "Yeah. ", "Mm. ", "Right, so "]
_HEDGE_PRE = ["I guess ", "I think ", "I don't know, ", "I'm not sure, but ", "In a way, ",
              "It's hard to say, but ", "I suppose ", "I feel like "]
_HEDGE_POST = [", I guess", ", kind of", ", if that makes sense", ", or something like that",
               ", I don't know", ", sort of", ", maybe", ", I think"]
_WRITTEN_PRE = ["Perhaps ", "In a way, ", "I think ", "I suspect ", "Looking back, "]
_WRITTEN_POST = [", I think", ", perhaps", ", in a way", ", or so it seemed"]
_TAGS = [", you know?", ", you know.", ", right?", ". Yeah.", ", if that makes sense."]


def _prefix(prefix: str, sentence: str, rng) -> str:
    """Attach an opener, lower-casing the sentence start when that is safe."""
    if sentence.startswith(("I ", "I'm ", "I've ", "I'd ", "I'll ")) or prefix.endswith(". "):
        return prefix + sentence
    for w in _LOWERABLE:
        if sentence.startswith(w):
            return prefix + sentence[0].lower() + sentence[1:]
    return prefix.rstrip(", ") + ". " + sentence


def style_sentence(sentence: str, style: dict, rng, *, spoken: bool = True) -> str:
    """Add hesitations and hedges according to the speaker's style."""
    s = sentence
    if not s:
        return s
    hedge, filler = style.get("hedge", 0.2), style.get("filler", 0.2)
    if not spoken:
        filler = 0.0
    pre_pool, post_pool = (_HEDGE_PRE, _HEDGE_POST) if spoken else (_WRITTEN_PRE, _WRITTEN_POST)
    body_end = s[-1] if s[-1] in ".?!" else ""
    core = s[:-1] if body_end else s
    already = s.lower().startswith(("i think", "i guess", "i don't", "maybe", "honestly", "i'm not sure",
                                    "i suppose", "i feel like", "kind of", "it's hard to say", "in a way"))
    if body_end != "?" and not already and rng.random() < hedge * 0.6:
        if rng.random() < 0.5:
            s = _prefix(rng.choice(pre_pool), s, rng)
        else:
            s = core + rng.choice(post_pool) + (body_end or ".")
    if spoken and rng.random() < filler * 0.22:
        words = s.split(" ")
        if len(words) > 6:
            k = rng.randrange(2, min(6, len(words) - 2))
            if not words[k - 1].endswith((",", ".", "?", "!")):
                filler_word = rng.choice(["um,", "uh,", "like,", "I mean,", "you know,"])
                words[k - 1] = words[k - 1] + ","
                words.insert(k, filler_word)
                s = " ".join(words)
    if spoken and rng.random() < filler * 0.12:
        words = s.split(" ")
        if len(words) > 4 and words[0].isalpha():
            s = words[0] + " — " + words[0].lower() if words[0] != "I" else "I — I"
            s = s + " " + " ".join(words[1:])
    if spoken and rng.random() < filler * 0.45:
        s = _prefix(rng.choice(_OPENERS), s, rng)
    if spoken and body_end == "." and rng.random() < filler * 0.12:
        s = s[:-1] + rng.choice(_TAGS)
    return s


def join_sentences(sentences: list[str]) -> str:
    out = []
    for s in sentences:
        s = s.strip()
        if not s:
            continue
        if s[-1] not in ".?!…—":
            s += "."
        out.append(s)
    return " ".join(out)
