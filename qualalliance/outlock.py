"""An exclusive lock on a run's output folder, so two runs cannot clobber each other.

``run`` cleans and rewrites ``OUT/<stage>/`` folders; a second run on the same
folder would delete the first one's tables under it, and two stand-alone commands
(``ingest``, ``code``, ``alliance``, ``topics``, ``link``, ``deid``, ``coder``,
``import qdpx``) writing one folder would mix their tables.  :func:`output_lock` creates
``OUT/.qualalliance.lock`` with ``O_EXCL`` (atomic on local file systems) holding
the process id, host and start time; a second run gets a one-line refusal naming
that holder.  A lock whose process is gone (same host, no such process id: the run
was SIGKILLed or the machine crashed) is stale and is taken over with a warning.
"""

from __future__ import annotations

import json
import os
import platform
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from .errors import OutputError, output_error
from .log import get_logger
from .tables import output_folder

log = get_logger(__name__)

LOCK_NAME = ".qualalliance.lock"


def _holder(lock: Path) -> dict:
    try:
        data = json.loads(lock.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}  # being written, or not ours: treated as held


def _alive(pid) -> bool:
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, ValueError, TypeError, OverflowError):
        return True  # another user's process, or an unreadable id: assume held
    return True


def _is_stale(holder: dict) -> bool:
    return bool(holder) and holder.get("host") == platform.node() and not _alive(holder.get("pid"))


def _acquire(lock: Path, me: dict) -> None:
    for _ in range(3):  # a stale lock taken over, then one more try
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = _holder(lock)
            if not _is_stale(holder):
                who = (f"process {holder.get('pid')} on {holder.get('host')} since {holder.get('started_utc')}"
                       if holder else "another process")
                raise OutputError(f"output folder is in use by another run ({who}); wait for it to finish, "
                                  f"or delete {LOCK_NAME} if no run is using the folder", lock.parent) from None
            log.warning("%s: taking over a stale lock of process %s (no longer running)", lock, holder.get("pid"))
            stale = lock.with_name(f"{LOCK_NAME}.stale.{os.getpid()}")
            try:
                os.replace(lock, stale)  # one process wins the takeover; the others retry
                os.unlink(stale)
            except FileNotFoundError:
                pass
            continue
        except OSError as exc:
            raise output_error(exc, lock) from None
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(me, fh)
        return
    raise OutputError("cannot take the output folder's lock (contended)", lock.parent)


@contextmanager
def output_lock(out: Path):
    """Hold ``out/.qualalliance.lock`` for the duration of the block (creating *out* and any
    missing parent; folders created here that are still empty afterwards are removed again,
    so a command that failed before writing anything leaves no folder behind)."""
    out = output_folder(out)  # a file in its place: one line, before anything is created
    created = [d for d in (out, *out.parents) if not d.exists()]  # innermost first
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise output_error(exc, out) from None
    lock = out / LOCK_NAME
    me = {"pid": os.getpid(), "host": platform.node(),
          "started_utc": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    try:
        _acquire(lock, me)
        yield lock
    finally:
        if _holder(lock).get("pid") == me["pid"]:
            try:
                lock.unlink()
            except OSError:
                pass
        for folder in created:  # the folders made here, innermost first, each only if empty
            try:
                folder.rmdir()
            except OSError:
                break
