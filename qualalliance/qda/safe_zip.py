"""Reading an untrusted ZIP (a QDPX from elsewhere) without extracting it.

Nothing is ever extracted to disk: members are read into memory, one at a time,
only when the importer needs them (``project.qde`` and the plain-text sources), so a
member name cannot make us write anywhere.  Still, an archive whose names try to
escape (``../evil.txt``, ``/abs/evil``, ``C:\\x``, NUL bytes), that holds symlinks,
encrypted or duplicated members, too many members, or members whose size or
compression ratio looks like a zip bomb is refused as a whole with one
:class:`~qualalliance.errors.InputError`: a legitimate QDPX never has any of these.

Limits (:class:`ZipLimits`) bound what is read: per member, in total, and the
number of members.  Sizes declared in the archive are checked up front and the
bytes actually inflated are counted while reading, so a lying header cannot get
past them either.
"""

from __future__ import annotations

import io
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

MiB = 1 << 20
_DRIVE = re.compile(r"^[A-Za-z]:")


class UnsafeInput(InputError):
    """A file refused as hostile or too big (not merely malformed): never skipped, always exit 2."""


@dataclass(frozen=True)
class ZipLimits:
    """What an import may unpack.  The defaults fit a large trial's QDPX with room to spare."""

    max_members: int = 20_000
    max_member_bytes: int = 512 * MiB  # one source or project.qde, inflated
    max_total_bytes: int = 2048 * MiB  # everything read from one archive, inflated
    max_ratio: float = 200.0  # inflated / compressed, for members over ratio_floor
    ratio_floor: int = 1 * MiB


def check_member_name(name: str) -> str | None:
    """Why a member name is unsafe, or None when it is fine."""
    if "\x00" in name:
        return "contains a NUL byte"
    norm = name.replace("\\", "/")
    if norm.startswith("/") or _DRIVE.match(norm):
        return "is an absolute path"
    if any(part == ".." for part in norm.split("/")):
        return "climbs out of the archive with '..'"
    return None


class SafeZip:
    """A validated read-only view of a ZIP archive; ``read(name)`` returns a member's bytes."""

    def __init__(self, path, limits: ZipLimits | None = None, *, data: bytes | None = None,
                 what: str = "a QDPX file", error=InputError):
        """*path* names the archive (in messages); with *data* the archive is those bytes
        (a ``.docx`` inside a QDPX, a skops payload inside a model file), never a file on
        disk.  *what* the archive should be (messages); *error* the error class raised
        (ModelError for model files; refusals of hostile archives are UnsafeInput then)."""
        self.path = Path(path) if data is None else path
        self.limits = limits or ZipLimits()
        self._error = error
        self._read_total = 0
        if data is None and not self.path.is_file():
            raise error("no such file", self.path)
        try:
            self._zf = zipfile.ZipFile(self.path if data is None else io.BytesIO(data))
            infos = self._zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise error(f"not {what}: not a readable ZIP archive ({exc})", self.path) from None
        try:
            self._check(infos)
        except InputError as exc:
            self._zf.close()
            if isinstance(exc, error):
                raise
            raise error(exc.message, exc.path, exc.line) from None
        self._by_name = {i.filename: i for i in infos if not i.is_dir()}

    def _check(self, infos) -> None:
        lim = self.limits
        if len(infos) > lim.max_members:
            raise UnsafeInput(f"refused: archive has {len(infos)} members (limit {lim.max_members})", self.path)
        seen = set()
        declared = 0
        for info in infos:
            name = info.filename
            why = check_member_name(name)
            if why:
                raise UnsafeInput(f"refused: member {name!r} {why} (unsafe archive)", self.path)
            if name in seen:
                raise UnsafeInput(f"refused: member {name!r} appears twice (ambiguous archive)", self.path)
            seen.add(name)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise UnsafeInput(f"refused: member {name!r} is a symbolic link", self.path)
            if info.flag_bits & 0x1:
                raise UnsafeInput(f"refused: member {name!r} is encrypted", self.path)
            if info.file_size > lim.max_member_bytes:
                raise UnsafeInput(f"refused: member {name!r} unpacks to {info.file_size} bytes "
                                 f"(limit {lim.max_member_bytes})", self.path)
            if info.file_size > lim.ratio_floor and info.file_size > lim.max_ratio * max(info.compress_size, 1):
                raise UnsafeInput(f"refused: member {name!r} compresses {info.file_size / max(info.compress_size, 1):.0f}:1 "
                                 f"(limit {lim.max_ratio:.0f}:1; looks like a zip bomb)", self.path)
            declared += info.file_size
        if declared > lim.max_total_bytes:
            raise UnsafeInput(f"refused: archive unpacks to {declared} bytes (limit {lim.max_total_bytes})", self.path)

    # -- lookup -------------------------------------------------------------
    def names(self) -> list[str]:
        return list(self._by_name)

    def find(self, name: str) -> str | None:
        """The member called *name*, matched case-insensitively (``sources/`` vs ``Sources/``)."""
        if name in self._by_name:
            return name
        low = name.lower()
        hits = [n for n in self._by_name if n.lower() == low]
        if len(hits) > 1:
            raise UnsafeInput(f"refused: members {', '.join(map(repr, hits))} differ only in case "
                             "(ambiguous archive)", self.path)
        return hits[0] if hits else None

    def size(self, name: str) -> int:
        return self._by_name[name].file_size

    # -- reading ------------------------------------------------------------
    def read(self, name: str) -> bytes:
        """A member's bytes, counting what is inflated against the limits."""
        info = self._by_name[name]
        lim = self.limits
        cap = min(lim.max_member_bytes, lim.max_total_bytes - self._read_total)
        chunks, got = [], 0
        try:
            with self._zf.open(info) as fh:
                while True:
                    block = fh.read(1 << 16)
                    if not block:
                        break
                    got += len(block)
                    if got > cap:
                        refused = UnsafeInput if self._error is InputError else self._error
                        raise refused(f"refused: member {name!r} unpacks to more than {cap} bytes "
                                         "(size limit)", self.path)
                    chunks.append(block)
        except self._error:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError) as exc:
            raise self._error(f"cannot read member {name!r}: {exc}", self.path) from None
        except Exception as exc:  # zlib.error and friends: a corrupt member
            raise self._error(f"cannot read member {name!r}: {type(exc).__name__}: {exc}", self.path) from None
        self._read_total += got
        return b"".join(chunks)

    def close(self) -> None:
        self._zf.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
