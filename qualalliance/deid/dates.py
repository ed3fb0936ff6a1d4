"""Date shifting (``dates: shift``): every date of a participant moved by the same number of days.

A participant's offset is drawn once from the operating system's secure random source
(:func:`draw_offset`: 30 to 350 days, earlier or later) and kept in the pseudonym map
(private, outside the run folder), never derived from the run's seed: whoever knows the
offset can undo the shift.  Intervals between a participant's dates stay true, which
is what date shifting is for; the weekday of a shifted date is not the original's.

A date is shifted in the form it was written in, keeping what it gave:

* day, month and year (``March 3rd, 2021``, ``3/14/2020``, ``2020-03-14``, ``2020/3/14``): the real
  calendar shift, so the written year can change when the shift crosses a new year;
* day and month (``March 3``, ``the 5th of June``, ``3/14``): shifted within a non-leap
  reference year (2001; 29 February in 2000) and written without a year;
* a month alone (``in March``, ``last May``): moved by the offset's whole months (the
  offset / 30.44, rounded), with its year when it has one;
* a day alone (``on the 4th``): moved within a 31-day month.

A bare year (``in 2019``) is not a date element under HIPAA Safe Harbor and is never
changed; a year written inside a shifted date follows the shift.  What cannot be read
as a date (``February 30``) is not shifted: :func:`shift_date` returns None and the
caller replaces it with a typed pseudonym instead.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets

from .number_words import TEENS, TENS, UNIT_ORDINALS, UNITS, value_under_a_hundred
from .recognizers import (_ANY_WEEKDAY, _CARDINAL_DAY, _MONTH_ES, _MONTH_FR, _MONTH_MORE, _PINYIN_NUMBER, MONTH_CAPS,
                          WEEKDAYS)

# (eleventh round) at most 350 days: a shift of 351 to 365 days gives a month alone back unchanged (whole months,
# rounded: 12) and one of 365 a day and month without a year ("28/2", "the twenty-eighth of April"): the real date left
MIN_SHIFT, MAX_SHIFT = 30, 350
_FULL = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December")
_ABBR = {m[:3].lower(): i + 1 for i, m in enumerate(_FULL)} | {"sept": 9}
# a day of the month said as an ordinal, "first" to "thirty-first" (index + 1 is the day); the units' from number_words
_ORDINALS = (UNIT_ORDINALS
             + tuple("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
                     "nineteenth twentieth".split())
             + tuple(f"twenty-{o}" for o in UNIT_ORDINALS) + ("thirtieth", "thirty-first"))
_REF_YEAR, _REF_LEAP_YEAR = 2001, 2000

_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?$")
_NUMERIC_RANGE = re.compile(r"^(\d{1,2}/\d{1,2})(\s?[-–]\s?)(\d{1,2}/\d{1,2})$")  # 3/4-3/6
_ISO = re.compile(r"^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$")  # 2020-03-14, 2020/3/14, 2020.03.14
_MONTH_TOKEN = re.compile(r"\b(" + "|".join(_FULL) + r"|" + "|".join(m.title() for m in _ABBR) + r")\b\.?",
                          re.IGNORECASE)
_DAY_TOKEN = re.compile(r"\b([0-3]?\d)(st|nd|rd|th)?\b(?!\s*[/.:]\d|-\d+[/.-]\d)|\b("
                        + "|".join(o.replace("-", "[- ]") for o in _ORDINALS) + r")\b",  # "twenty first" too
                        re.IGNORECASE)
_YEAR_TOKEN = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)|'(\d\d)\b")


def draw_offset() -> int:
    """A secret offset in days: MIN_SHIFT..MAX_SHIFT, earlier or later (never 0)."""
    days = MIN_SHIFT + secrets.randbelow(MAX_SHIFT - MIN_SHIFT + 1)
    return days if secrets.randbelow(2) else -days


# a month named in Spanish or French (seventh round: such dates are found, and are not read here, so they are
# replaced by a typed pseudonym rather than half shifted)
# (ninth round: the months of more languages and calendars, a date said in pinyin, and an English month with its day
# said as a number, "april nine", which the day's words below do not read: half shifted, it would keep the real day)
_OTHER_LANGUAGE_MONTH = re.compile(rf"\b(?:{_MONTH_ES}|{_MONTH_FR}|{_MONTH_MORE}|{_PINYIN_NUMBER} yue)\b"
                                   rf"|\b(?:{'|'.join(_FULL)}) (?:{_CARDINAL_DAY})$|\d[0-5]\dZ[A-Z]|\dT\d{{4}}", re.IGNORECASE)


def shift_date(text: str, days: int) -> str | None:
    """*text* (a date as the recognisers find it) moved by *days*, in the same form; None when
    it cannot be read as a date."""
    text_s = text.strip()
    if "\n" in text_s:  # (eleventh round) a date broken over two lines, as a pasted PDF gives it ("07/07/\n2024")
        return shift_date(re.sub(r"\s*\n\s*", "", text_s), days)
    m = _DAY_MON_YY.match(text_s)
    if m:  # (eleventh round) "21 Apr 21": the two digits after the month are the year, not a second day
        year = int(m[5]) + (2000 if int(m[5]) < 50 else 1900)
        new = _ABBR.get(m[3].lower()) and _move(year, _ABBR[m[3].lower()], int(m[1]), days)
        return new and f"{new.day:0{len(m[1])}d}{m[2]}{_month_like(m[3], new.month, short=True)}{m[4]}{new.year % 100:02d}"
    if _OTHER_LANGUAGE_MONTH.search(text_s):  # read as a day alone it would move the day and keep the real month
        return None
    mark = _YEAR_MARK.search(text_s)
    if mark:  # "02.06.2020 r.", "the 11th inst.": the date moves, the mark after it stays
        rest = shift_date(text_s[:mark.start()], days)
        return rest and rest + mark.group()
    lead = _WEEKDAY_LEAD.match(text_s)
    if lead:  # "Tues 6/9": the date moved, and its weekday with it (n days on is n mod 7 weekdays on)
        rest = shift_date(lead[3], days)
        return rest and f"{_weekday_like(lead[1], days)}{lead[2]}{rest}"
    m = _COMPACT.match(text_s) or _ROMAN.match(text_s)
    if m:
        return _compact_or_roman(m, days)
    m = _OF_THE.match(text_s)
    if m:
        return _day_of_numbered_month(m, days)
    m = _CJK.match(text_s)
    if m:
        return _cjk(m, days)
    clock = _CLOCK_AFTER.search(text_s)
    if clock and (_ISO.match(text_s[:clock.start()]) or _NUMERIC.match(text_s[:clock.start()])):  # "2019-10-09 09:15": the date moves, the clock time stays
        rest = shift_date(text_s[:clock.start()], days)
        return rest and rest + clock.group()
    m = _ISO.match(text_s)
    if m:
        new = _move(int(m[1]), int(m[3]), int(m[4]), days)
        # written with two digits each (2020-03-14, 2020/12/30) or as short as can be (2020/3/14)
        width = 2 if "0" in (m[3][0], m[4][0]) or len(m[3]) == len(m[4]) == 2 else 1
        return new and f"{new.year}{m[2]}{new.month:0{width}d}{m[2]}{new.day:0{width}d}"
    m = _NUMERIC_RANGE.match(text_s)
    if m:  # "3/4-3/6": each end moved (tenth round)
        first, last = _numeric(_NUMERIC.match(m[1]), days), _numeric(_NUMERIC.match(m[3]), days)
        return first and last and f"{first}{m[2]}{last}"
    m = _NUMERIC.match(text_s)
    if m:
        return _numeric(m, days)
    spoken = _SPOKEN_YEAR.search(text)
    if spoken:  # "december twenty-eighth nineteen fifty-five": shifted with its year, which is said again
        year = _spoken_year_value(spoken)
        new = year and _words(f"{text[:spoken.start()]}{year}{text[spoken.end():]}", days)
        got = new and _YEAR_TOKEN.search(new)
        return got and f"{new[:got.start()]}{_say_year(int(got.group(1)), spoken.group())}{new[got.end():]}"
    return _words(text, days)


# what may stand in a date beside its month, day and year and leave it one calendar day: "the 3rd of March",
# "Tuesday, March 3rd, 2021", "Mar. 3"
_DATE_GLUE = re.compile(rf"(?:\b(?:the|of|on)\b|\b{_ANY_WEEKDAY}\b|[\s,.])*", re.IGNORECASE)


def date_value(text: str) -> str | None:
    """The calendar day *text* names, ``YYYY-MM-DD``, or ``--MM-DD`` when it has no year (ISO 8601's form for a
    day of any year), when it can be read one way only: a month's name and one day (``March 3rd``, ``3 March``,
    ``the third of March``, ``Wed, Mar. 3, 2021``), ISO figures (``2021-03-03``), or figures whose day is over
    12 (``14/3/2021``, ``3/14``) or equal to the month (``3/3``); None for anything else (``3/4/2021`` is March or
    April, a month or a day alone, a range, another language's month, a weekday without its year or not its
    year's: ``Tuesday, March 3``).  A pseudonym is keyed by it, so one day
    written two ways is one ``[DATE_n]``."""
    text = " ".join(text.split())
    m = _ISO.match(text)
    if m:
        return _day_value(int(m[1]), int(m[3]), int(m[4]))
    m = _NUMERIC.match(text)
    if m:
        a, b = int(m[1]), int(m[3])
        if a != b and (a > 12) == (b > 12):
            return None  # both could be the month (3/4), or neither (13/14)
        month, day = (b, a) if a > 12 else (a, b)
        return _day_value(_full_year(m[4]) if m[4] else None, month, day)
    months = list(_MONTH_TOKEN.finditer(text))
    year_m = _YEAR_TOKEN.search(text)
    days_m = [d for d in _DAY_TOKEN.finditer(text) if not _inside(d, year_m)]
    if len(months) != 1 or len(days_m) != 1 or len(list(_YEAR_TOKEN.finditer(text))) > 1:
        return None
    rest, at = [], 0  # the text between the month, the day and the year
    for start, end in sorted([months[0].span(), days_m[0].span()] + ([year_m.span()] if year_m else [])):
        rest.append(text[at:start])
        at = end
    rest = "".join(rest) + text[at:]
    if not _DATE_GLUE.fullmatch(rest) or _OTHER_LANGUAGE_MONTH.search(text):
        return None
    year = _full_year(year_m[1] or year_m[2]) if year_m else None
    value = _day_value(year, _month_number(months[0][1]), _day_number(days_m[0]))
    # (review 24) a weekday pins the year: without one, "Tuesday, March 3" and "Wednesday, March 3" are two days, not
    # one key; against its year's (3 March 2021 was a Wednesday), "Tue, Mar. 3, 2021" meant the 2nd or the 3rd
    weekdays = {w[1][:3].lower() for w in _WEEKDAY_TOKEN.finditer(text)}
    if value and weekdays and (not year or weekdays != {WEEKDAYS[dt.date.fromisoformat(value).weekday()][:3].lower()}):
        return None
    return value


_WEEKDAY_TOKEN = re.compile(rf"\b({_ANY_WEEKDAY})\b", re.IGNORECASE)


def _day_value(year: int | None, month: int, day: int) -> str | None:
    try:
        dt.date(year or _REF_LEAP_YEAR, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


# a year said in words (the recognisers find it after a day): nineteen fifty-five, twenty eighteen, nineteen oh
# five, two thousand (and) three
_UNIT_WORD = "|".join(UNITS)
_TWO_DIGITS = rf"(?:{'|'.join(TEENS)}|(?:{'|'.join(TENS)})(?:-(?:{_UNIT_WORD}))?)"
_SPOKEN_YEAR = re.compile(rf"\b(?:(nineteen|twenty) (oh[- ](?:{_UNIT_WORD})|{_TWO_DIGITS})"
                          rf"|two thousand( and)? ({_UNIT_WORD}|{_TWO_DIGITS}))$",
                          re.IGNORECASE)


def _two_digit_value(words: str) -> int:
    value = value_under_a_hundred(words.lower().replace("oh ", "").replace("oh-", ""))
    if value is None:
        raise ValueError(f"{words!r} is no number under a hundred")
    return value


def _spoken_year_value(m: re.Match) -> int | None:
    try:
        if m.group(1):
            return (19 if m.group(1).lower() == "nineteen" else 20) * 100 + _two_digit_value(m.group(2))
        return 2000 + _two_digit_value(m.group(4))
    except ValueError:
        return None


def _say_two_digits(n: int) -> str:
    if n < 10:
        return UNITS[n - 1]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10 - 2] + (f"-{UNITS[n % 10 - 1]}" if n % 10 else "")


def _say_year(year: int, like: str) -> str:
    """*year* said as *like* says its year (``twenty nineteen``, ``two thousand and three``), in its case."""
    century, rest = divmod(year, 100)
    if like.lower().startswith("two thousand") and century == 20 and 0 < rest < 100:
        said = f"two thousand{' and' if ' and ' in like.lower() else ''} {_say_two_digits(rest)}"
    elif rest == 0:
        said = "two thousand" if century == 20 else f"{TEENS[century - 10]} hundred"
    else:
        said = (f"{TEENS[century - 10] if century < 20 else 'twenty'} "
                f"{'oh ' + UNITS[rest - 1] if rest < 10 else _say_two_digits(rest)}")
    return said.capitalize() if like[:1].isupper() else said


_LONG_WEEKDAY_ABBR = ("Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun")
_WEEKDAY_LEAD = re.compile(rf"^({_ANY_WEEKDAY})(\.?,? )(.+)$")
_COMPACT = re.compile(rf"^([0-3]\d)({MONTH_CAPS})(\d{{4}}|\d{{2}})$")  # 08FEB1997
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN = re.compile(r"^(\d{1,2})\.(" + "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True)) + r")\.(\d{4}|\d{2})$")
# (eighth round) a date in Chinese and Japanese writing, the year first ("1985年6月2日", "6月2日"); a clock time after
# an ISO date ("2019-10-09 09:15")
_CJK = re.compile(r"^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$")
_YEAR_MARK = re.compile(r" (?:r|inst|ult|prox)\.$")  # Polish "r." (rok, year); a letter's "inst." (of this month)
# (eleventh round: with seconds' fraction and a zone, "2024-06-21T01:37:10.318Z", "T09:30:34-05:00", and a note's time
# after "@", "4/23 @ 1730")
_CLOCK_AFTER = re.compile(r"[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?$| @ \d{1,2}:?\d{2}$")
_DAY_MON_YY = re.compile(r"^(\d{1,2})([ /-])([A-Za-z]{3})([ /-])(\d{2})$")
_OF_THE = re.compile(r"^(the |)(\w+(?:-\w+)?)( of the )(\w+)$", re.IGNORECASE)  # the sixth of the third


def _weekday_like(word: str, days: int) -> str:
    """The weekday *days* after *word*, written as *word* is (full or cut to its length)."""
    i = next(i for i, w in enumerate(WEEKDAYS) if w.lower().startswith(word.lower()))
    j = (i + days) % 7
    if word.lower() in (w.lower() for w in WEEKDAYS):
        return WEEKDAYS[j]
    return WEEKDAYS[j][:3] if len(word) == 3 else _LONG_WEEKDAY_ABBR[j]  # Tues, Thurs: a longer abbreviation


def _compact_or_roman(m: re.Match, days: int) -> str | None:
    """``08FEB1997`` or ``23.IX.2025`` moved, in the same layout."""
    roman = m.re is _ROMAN
    month = _ROMAN_MONTHS.index(m[2]) + 1 if roman else _ABBR[m[2].lower()]
    new = _move(_full_year(m[3]), month, int(m[1]), days)
    if new is None:
        return None
    year = str(new.year) if len(m[3]) == 4 else f"{new.year % 100:02d}"
    if roman:
        return f"{_pad(new.day, m[1])}.{_ROMAN_MONTHS[new.month - 1]}.{year}"
    return f"{new.day:02d}{_FULL[new.month - 1][:3].upper()}{year}"


def _cjk(m: re.Match, days: int) -> str | None:
    """``1985年6月2日`` moved, in the same layout (the year only when it was written)."""
    new = _move(int(m[1]) if m[1] else _ref_year(int(m[2]), int(m[3])), int(m[2]), int(m[3]), days)
    return new and f"{f'{new.year}年' if m[1] else ''}{new.month}月{new.day}日"


def _ordinal_value(word: str) -> int | None:
    w = word.lower().replace(" ", "-")
    if w in _ORDINALS:
        return _ORDINALS.index(w) + 1
    digits = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", w)
    return int(digits[1]) if digits else None


def _say_ordinal(n: int, like: str) -> str:
    return f"{n}{ordinal_suffix(n)}" if like[0].isdigit() else _ORDINALS[n - 1]


def ordinal_suffix(n: int) -> str:
    """``st``, ``nd``, ``rd`` or ``th`` for *n* (1st, 12th, 23rd, 111th)."""
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _day_of_numbered_month(m: re.Match, days: int) -> str | None:
    """``the sixth of the third`` (the sixth day of the third month) moved: ``the sixteenth of the third``."""
    day, month = _ordinal_value(m[2]), _ordinal_value(m[4])
    new = day and month and month <= 12 and _move(_ref_year(month, day), month, day, days)
    if not new:
        return None
    return f"{m[1]}{_say_ordinal(new.day, m[2])}{m[3]}{_say_ordinal(new.month, m[4])}"


def _move(year: int, month: int, day: int, days: int) -> dt.date | None:
    try:
        return dt.date(year, month, day) + dt.timedelta(days=days)
    except (ValueError, OverflowError):
        return None


def _numeric(m: re.Match, days: int) -> str | None:
    """``3/14/2020``, ``3.14.20``, ``3/14``: month first (US), day first when the first number
    cannot be a month (``14/3/2020``)."""
    a, sep, b, year = m[1], m[2], m[3], m[4]
    day_first = int(a) > 12 >= int(b)
    month, day = (int(b), int(a)) if day_first else (int(a), int(b))
    new = _move(_full_year(year) if year else _ref_year(month, day), month, day, days)
    if new is None:
        return None
    first, second = (new.day, new.month) if day_first else (new.month, new.day)
    both = len(a) == len(b) == 2 and "0" in (a[0], b[0])  # "27-03": written two digits each
    out = f"{_pad(first, a, both)}{sep}{_pad(second, b, both)}"
    if year:
        out += f"{sep}{new.year if len(year) == 4 else f'{new.year % 100:02d}'}"
    return out


def _pad(value: int, like: str, two_digits: bool = False) -> str:
    return f"{value:02d}" if two_digits or len(like) == 2 and like.startswith("0") else str(value)


def _full_year(year: str) -> int:
    y = int(year)
    return y if len(year) == 4 else (2000 + y if y < 50 else 1900 + y)


def _ref_year(month: int, day: int) -> int:
    return _REF_LEAP_YEAR if (month, day) == (2, 29) else _REF_YEAR


def _words(text: str, days: int) -> str | None:
    """A date written with a month name and/or a day (``March 3rd, 2021``, ``the 4th``)."""
    month_m = _MONTH_TOKEN.search(text)
    days_m = [d for d in _DAY_TOKEN.finditer(text) if not _inside(d, _YEAR_TOKEN.search(text))]
    day_m = days_m[0] if days_m else None
    year_m = _YEAR_TOKEN.search(text)
    if month_m is None and day_m is None:
        return None
    if month_m is not None and len(days_m) == 2:
        return _range(text, month_m, days_m, year_m, days)
    month = _month_number(month_m[1]) if month_m else None
    day = _day_number(day_m) if day_m else None
    year = (_full_year(year_m[1] or year_m[2]) if year_m else None)
    if month is not None and day is not None:
        new = _move(year or _ref_year(month, day), month, day, days)
        if new is None:
            return None
        new_month, new_day, new_year = new.month, new.day, new.year
    elif month is not None:  # a month alone: whole months
        total = (year or _REF_YEAR) * 12 + month - 1 + round(days / 30.44)
        new_year, new_month, new_day = total // 12, total % 12 + 1, None
    else:  # a day alone: within a 31-day month
        if not 1 <= day <= 31:
            return None
        # (eleventh round: a whole number of 31 days would give the same day back; then one day on)
        new_day, new_month, new_year = (day - 1 + (days % 31 or 1)) % 31 + 1, None, None
    edits = []
    # a record's day-month-year with hyphens (09-Jan-1996, 28-May-1983): the month abbreviated, the day in two digits
    record = month_m is not None and text[month_m.start(1) - 1:month_m.start(1)] == "-" == text[month_m.end(1):month_m.end(1) + 1]
    if month_m is not None:
        edits.append((month_m.start(1), month_m.end(1), _month_like(month_m[1], new_month, short=record)))
    if day_m is not None and new_day is not None:
        edits.append((day_m.start(), day_m.end(), f"{new_day:02d}" if record and day_m[1] and len(day_m[1]) == 2
                      else _day_like(day_m, new_day)))
    if year_m is not None and new_year is not None:
        edits.append((year_m.start(), year_m.end(),
                      str(new_year) if year_m[1] else f"'{new_year % 100:02d}"))
    out = text
    for start, end, repl in sorted(edits, reverse=True):
        out = out[:start] + repl + out[end:]
    return out


def _range(text: str, month_m: re.Match, days_m: list[re.Match], year_m: re.Match | None, days: int) -> str | None:
    """A range of days in one month (``June 12 to 14``, ``12-14 June``), both ends moved; when
    the shifted ends fall in two months the end gets its own month (``June 30 to July 2``)."""
    month = _month_number(month_m[1])
    year = _full_year(year_m[1] or year_m[2]) if year_m else _REF_YEAR
    first, last = _day_number(days_m[0]), _day_number(days_m[1])
    start = _move(year, month, first, days)
    end = _move(year + (month == 12 and last < first), month % 12 + 1 if last < first else month, last, days)
    if start is None or end is None:
        return None
    month_word = _month_like(month_m[1], start.month)
    first_word, end_word = _day_like(days_m[0], start.day), _day_like(days_m[1], end.day)
    if end.month != start.month:
        end_month = _month_like(month_m[1], end.month)
        if month_m.start() < days_m[0].start():  # June 30 to July 2
            end_word = f"{end_month} {end_word}"
        else:  # 30 June to 2 July: the written month is the end's, the start gets its own
            first_word, month_word = f"{first_word} {month_word}", end_month
    edits = [(month_m.start(1), month_m.end(1), month_word), (days_m[0].start(), days_m[0].end(), first_word),
             (days_m[1].start(), days_m[1].end(), end_word)]
    if year_m is not None:
        edits.append((year_m.start(), year_m.end(), str(end.year) if year_m[1] else f"'{end.year % 100:02d}"))
    out = text
    for s_, e_, repl in sorted(edits, reverse=True):
        out = out[:s_] + repl + out[e_:]
    return out


def _inside(m: re.Match, other: re.Match | None) -> bool:
    return other is not None and other.start() <= m.start() < other.end()


def _month_number(word: str) -> int:
    w = word.lower()
    return next((i + 1 for i, m in enumerate(_FULL) if m.lower() == w), None) or _ABBR[w[:4] if w == "sept" else w[:3]]


def _month_like(word: str, month: int, short: bool = False) -> str:
    full = _FULL[month - 1]
    if word.lower() in (m.lower() for m in _FULL) and not (short and len(word) == 3):  # "May" in 28-May-1983 is short
        name = full
    else:
        name = "Sept" if month == 9 and word.lower() == "sept" else full[:3]
    return name.upper() if word.isupper() and len(word) > 1 else (name.lower() if word.islower() else name)


def _day_number(m: re.Match) -> int:
    if m[1] is not None:
        return int(m[1])
    return _ORDINALS.index(m[3].lower().replace(" ", "-")) + 1


def _day_like(m: re.Match, day: int) -> str:
    if m[3] is not None:
        word = _ORDINALS[day - 1]
        return word.capitalize() if m[3][0].isupper() else word
    suffix = ""
    if m[2]:
        suffix = ordinal_suffix(day)
        suffix = suffix.upper() if m[2].isupper() else suffix
    return f"{day:02d}{suffix}" if m[1].startswith("0") and len(m[1]) == 2 else f"{day}{suffix}"


__all__ = ["MAX_SHIFT", "MIN_SHIFT", "date_value", "draw_offset", "shift_date"]
