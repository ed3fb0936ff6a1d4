"""English number words, listed once for the three places that read or say them: the date shifter (a year said in
words, :mod:`.dates`), the surrogates (a spoken number redrawn word by word, :mod:`.surrogates`) and the pseudonyms (an
age said in words keyed by its figures, :mod:`.replace`), and what such words are worth."""

UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")

_UNIT_VALUE = {w: i + 1 for i, w in enumerate(UNITS)} | {w: i + 1 for i, w in enumerate(UNIT_ORDINALS)}
_TENS_VALUE = {w: (i + 2) * 10 for i, w in enumerate(TENS)} | {"ninetieth": 90}


def value_under_a_hundred(said: str) -> int | None:
    """1 to 99 said in words, as a cardinal or an ordinal (``seven``, ``seventh``, ``seventeen``, ``thirteenth``,
    ``ninety``, ``ninetieth``, ``ninety-seven``, ``ninety seventh``); None for anything else."""
    words = said.lower().replace("-", " ").split()
    if len(words) == 1 and words[0].removesuffix("th") in TEENS:
        return TEENS.index(words[0].removesuffix("th")) + 10
    tens = _TENS_VALUE.get(words[0], 0) if words else 0
    units = words[1:] if tens else words
    if len(units) > 1 or not tens and not units:
        return None
    if not units:
        return tens
    unit = _UNIT_VALUE.get(units[0])
    return None if unit is None else tens + unit


__all__ = ["TEENS", "TENS", "UNITS", "UNIT_ORDINALS", "value_under_a_hundred"]
