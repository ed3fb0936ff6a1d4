"""English number words, listed once for the three places that read or say them: the date shifter (a year said in
words, :mod:`.dates`), the surrogates (a spoken number redrawn word by word, :mod:`.surrogates`) and the pseudonyms (an
age said in words keyed by its figures, :mod:`.replace`)."""

UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")

__all__ = ["TEENS", "TENS", "UNITS", "UNIT_ORDINALS"]
