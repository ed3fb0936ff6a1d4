"""REFI-QDA codebooks: a QDC file (or a QDPX's code tree) -> a validated :class:`Codebook`.

A REFI-QDA code has a GUID, a name, ``isCodable``, an optional colour and
``Description``, and child codes.  qualalliance's YAML needs an ``id``, a ``label``
and a ``definition``:

- ``label`` = the code's name; ``parent`` = the enclosing code;
- ``id`` = the ``qualalliance id:`` line that qualalliance's own exports put at the end
  of every Description, else a slug of the name (``Felt safety`` -> ``felt_safety``;
  names with no ASCII letters become ``code``, ``code_2`` ...);
- ``definition`` = the Description (qualalliance's own exports are split back into
  definition, "Use when" (include), "Do not use when" (exclude) and examples); a code
  without one gets a definition saying so.

A code's ``color`` is kept.  Lost on the way (REFI-QDA has no place for them):
matching rules (phrases, patterns, exclusions, roles; ``base=`` restores them from a
codebook with the same ids), the codebook's description and references (restored
from ``base=`` when the names match), ``isCodable="false"`` and code sets.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..codebook import COLOR_RE, RESERVED_IDS, Codebook, load_codebook, parse_codebook
from ..errors import InputError
from .export import NEGATED_SUFFIX
from .safe_xml import CODEBOOK_NS, PROJECT_NS, child, child_text, children, local, parse_xml
from .safe_zip import SafeZip

MAX_CODE_DEPTH = 200


def norm_guid(g: str | None) -> str:
    return (g or "").strip().strip("{}").lower()


def norm_name(s: str) -> str:
    return " ".join(re.sub(r"[_\-]+", " ", str(s).casefold()).split())


def slug_id(name: str, taken: set[str]) -> str:
    """A codebook id (``^[a-z][a-z0-9_]*$``) for a code name, unique within *taken*."""
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "_", ascii_.lower()).strip("_") or "code"
    if not s[0].isalpha():
        s = "c_" + s
    if s in RESERVED_IDS:
        s += "_code"
    out, n = s, 2
    while out in taken:
        out, n = f"{s}_{n}", n + 1
    taken.add(out)
    return out


def parse_description(text: str) -> dict:
    """Split a code Description written by :func:`.export.describe_code` back into its parts.

    A Description from another program is all definition.
    """
    out: dict = {"definition": [], "include": "", "exclude": "", "examples": [], "id": None}
    for para in re.split(r"\n\s*\n", (text or "").strip()):
        p = para.strip()
        if not p:
            continue
        if p.startswith("Use when:"):
            out["include"] = p[len("Use when:"):].strip()
        elif p.startswith("Do not use when:"):
            out["exclude"] = p[len("Do not use when:"):].strip()
        elif p.startswith("Examples:"):
            out["examples"] = [ln.strip()[2:].strip() for ln in p.splitlines()[1:] if ln.strip().startswith("- ")]
        elif re.fullmatch(r"qualalliance id: [a-z][a-z0-9_]*", p):
            out["id"] = p.split(": ", 1)[1]
        else:
            out["definition"].append(p)
    out["definition"] = " ".join(" ".join(out["definition"]).split())
    return out


# ----------------------------------------------------------------------------- the code tree

@dataclass
class QdaCode:
    guid: str
    name: str
    parent: str | None  # parent guid
    description: str
    codable: bool
    path: str  # "parent / child" names, for the report
    color: str = ""


def walk_codes(codes_el, where: str) -> list[QdaCode]:
    """Every ``Code`` under a ``Codes`` element, parents first (iterative: no recursion limit)."""
    out: list[QdaCode] = []
    stack = [(c, None, "", 0) for c in reversed(children(codes_el, "Code"))]
    while stack:
        el, parent, path, depth = stack.pop()
        if depth > MAX_CODE_DEPTH:
            raise InputError(f"refused: codes nested more than {MAX_CODE_DEPTH} deep", where)
        name = " ".join((el.get("name") or "").split())
        g = norm_guid(el.get("guid"))
        full = f"{path} / {name}" if path else name
        color = (el.get("color") or "").strip()
        out.append(QdaCode(g, name, parent, child_text(el, "Description"),
                           (el.get("isCodable") or "true").strip().lower() in ("true", "1"), full,
                           color if COLOR_RE.match(color) else ""))
        stack += [(c, g, full, depth + 1) for c in reversed(children(el, "Code"))]
    return out


def codebook_from_codes(codes: list[QdaCode], name: str, version: str, description: str = "",
                        source: str = "a REFI-QDA file", base: Codebook | None = None,
                        known: dict[str, tuple[str, bool]] | None = None) -> Codebook:
    """Turn a REFI-QDA code tree into a validated :class:`Codebook`.

    Ids come from *known* (code guid -> (codebook id, negated), the importer's
    mapping), else a ``qualalliance id:`` line in the Description (our own exports),
    else the name (a slug).  With *base*, codes whose id is in it keep its matching
    rules (phrases, patterns, roles), which QDC files cannot carry.
    """
    known = known or {}
    taken: set[str] = set()
    ids: dict[str, str] = {}
    parsed = {c.guid: parse_description(c.description) for c in codes}
    skip = {c.guid for c in codes if known.get(c.guid, ("", False))[1]
            or (c.name.endswith(NEGATED_SUFFIX) and parsed[c.guid]["id"])}  # our "(negated)" helper codes
    # claim mapped and qualalliance-written ids first, so slugs never steal them
    for c in codes:
        pid = known[c.guid][0] if c.guid in known else parsed[c.guid]["id"]
        if pid and pid not in taken and c.guid not in skip:
            ids[c.guid] = pid
            taken.add(pid)
    raw = []
    for c in codes:
        if c.guid in skip:
            continue
        if c.guid not in ids:
            ids[c.guid] = slug_id(c.name or "code", taken)
        d = parsed[c.guid]
        item = {"id": ids[c.guid], "label": c.name or ids[c.guid],
                "definition": d["definition"] or f"{c.name} (imported from {source}; it had no description)"}
        if c.parent and c.parent in ids:
            item["parent"] = ids[c.parent]
        if d["include"]:
            item["include"] = d["include"]
        if d["exclude"]:
            item["exclude"] = d["exclude"]
        if d["examples"]:
            item["examples"] = d["examples"]
        if c.color:
            item["color"] = c.color
        if base is not None and item["id"] in base:
            b = base[item["id"]].to_dict()
            for key in ("phrases", "negated_phrases", "patterns", "exclude_patterns", "roles"):
                if key in b:
                    item[key] = b[key]
        raw.append(item)
    if not raw:
        raise InputError("the codebook has no codes", source)
    data = {"name": name, "version": version, "codes": raw}
    if description:
        data["description"] = description
    if base is not None and base.name == name:
        if base.description and not description:
            data["description"] = base.description
        if base.references:
            data["references"] = list(base.references)
    return parse_codebook(data, source)


def codebook_yaml(book: Codebook, header: str = "") -> str:
    import yaml

    text = yaml.safe_dump(book.to_dict(), sort_keys=False, allow_unicode=True, width=100)
    lines = [f"# {ln}" if ln else "#" for ln in header.splitlines()]
    return ("\n".join(lines) + "\n\n" if lines else "") + text


# ----------------------------------------------------------------------------- QDC

_ORIGIN = re.compile(r'codebook "(?P<name>[^"]*)" version "(?P<version>[^"]*)"')


def read_qdc(path, name: str | None = None, version: str | None = None, base=None,
             max_bytes: int = 64 << 20) -> Codebook:
    """A ``.qdc`` codebook (or a ``.qdpx``'s CodeBook) as a validated :class:`Codebook`."""
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", path)
    if zipfile_like(path):
        with SafeZip(path) as z:
            member = project_member(z)
            root = parse_xml(z.read(member), f"{path}!{member}")
    else:
        if path.stat().st_size > max_bytes:
            raise InputError(f"refused: {path.stat().st_size} bytes (limit {max_bytes})", path)
        root = parse_xml(path.read_bytes(), str(path))
    kind = local(root.tag)
    ns = root.tag[1:].split("}")[0] if root.tag.startswith("{") else ""
    if kind == "CodeBook" and ns in ("", CODEBOOK_NS):
        codes_el = child(root, "Codes")
    elif kind == "Project" and ns in ("", PROJECT_NS):
        cb = child(root, "CodeBook")
        codes_el = child(cb, "Codes") if cb is not None else None
    else:
        raise InputError(f"not a REFI-QDA codebook: root element is {root.tag!r} "
                         f"(expected CodeBook in {CODEBOOK_NS})", path)
    if codes_el is None:
        raise InputError("the codebook has no Codes element", path)
    m = _ORIGIN.search(root.get("origin") or "")
    book_name = name or (m.group("name") if m else path.stem)
    book_version = version or (m.group("version") if m else "1.0.0")
    base_book = load_codebook(base) if base is not None else None
    return codebook_from_codes(walk_codes(codes_el, str(path)), book_name, book_version,
                               source=str(path), base=base_book)


def zipfile_like(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(4) == b"PK\x03\x04"



def project_member(z: SafeZip) -> str:
    hit = z.find("project.qde")
    if hit:
        return hit
    qdes = [n for n in z.names() if n.lower().endswith(".qde") and "/" not in n.strip("/")]
    if len(qdes) == 1:
        return qdes[0]
    raise InputError("not a QDPX file: no project.qde in the archive", z.path)



def import_qdc(path, target, name: str | None = None, version: str | None = None, base=None) -> Codebook:
    """Convert a ``.qdc`` codebook (or a ``.qdpx``'s code tree) into a qualalliance YAML codebook."""
    from ..tables import write_text

    book = read_qdc(path, name=name, version=version, base=base)
    header = (f"Converted from {Path(path).name} by `qualalliance codebook import-qdc`.\n"
              "REFI-QDA codebooks carry no matching rules: add phrases/patterns (or pass --base) "
              "before coding with it.")
    write_text(target, codebook_yaml(book, header))
    return book
