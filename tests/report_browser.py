"""Check pages in headless Debian Chromium over the DevTools protocol (``--remote-debugging-pipe``).

For each page: load it, then collect console messages, uncaught exceptions, log
entries (failed resource loads show up there) and every network request the page
made; check that every image loaded and has alt text; and optionally save a
full-page screenshot.  Only the pipe is used (no TCP port), and only the pages' own
requests are inspected, so Chromium's background traffic does not count.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
         "--remote-debugging-pipe"]
LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")

PAGE_PROBE = """(() => {
  const imgs = Array.from(document.images);
  const heads = Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => +h.tagName[1]);
  return {
    title: document.title,
    images: imgs.length,
    broken_images: imgs.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src.slice(0, 80)),
    images_without_alt: imgs.filter(i => !(i.getAttribute('alt') || '').trim()).length,
    tables: document.querySelectorAll('table').length,
    tables_without_caption: Array.from(document.querySelectorAll('table')).filter(t => !t.caption).length,
    captions: Array.from(document.querySelectorAll('caption, figcaption')).map(c => c.innerText),
    notes: Array.from(document.querySelectorAll('.note')).map(n => n.innerText),
    headings: heads,
    links: Array.from(document.querySelectorAll('a[href]')).map(a => a.href),
    text: document.body ? document.body.innerText.slice(0, 400) : ''
  };
})()"""


def chromium_path() -> str | None:
    return CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")


@dataclass
class PageReport:
    url: str
    console: list[str] = field(default_factory=list)      # console API calls of level error/warning
    exceptions: list[str] = field(default_factory=list)
    log_errors: list[str] = field(default_factory=list)   # Log.entryAdded at level error/warning
    requests: list[str] = field(default_factory=list)     # every URL the page requested
    probe: dict = field(default_factory=dict)
    extra: object = None  # the value of the caller's own expression (check(..., evaluate=JS))

    @property
    def network(self) -> list[str]:
        return [u for u in self.requests if not u.startswith(LOCAL_SCHEMES)]


class Browser:
    """A headless Chromium driven over the DevTools pipe (fd 3 in, fd 4 out)."""

    def __init__(self, user_data_dir: Path, width: int = 1280, height: int = 1000, timeout: float = 30.0):
        exe = chromium_path()
        if exe is None:
            raise FileNotFoundError("chromium not installed")
        self.timeout = timeout
        self.width, self.height = width, height
        to_child_r, self._w = os.pipe()
        self._r, from_child_w = os.pipe()
        # move the child's ends above 9 so dup2 onto 3 and 4 never clobbers them
        a = fcntl.fcntl(to_child_r, fcntl.F_DUPFD_CLOEXEC, 10)
        b = fcntl.fcntl(from_child_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(to_child_r)
        os.close(from_child_w)

        def wire():  # in the child, before exec: the protocol pipes become fds 3 and 4
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.stderr_path = Path(user_data_dir) / "chromium-stderr.txt"
        Path(user_data_dir).mkdir(parents=True, exist_ok=True)
        self._stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(
            [exe, *FLAGS, f"--user-data-dir={user_data_dir}", f"--window-size={width},{height}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._stderr, close_fds=False,
            preexec_fn=wire)
        os.close(a)
        os.close(b)
        self._buf = b""
        self._id = 0
        self.events: list[dict] = []

    # ------------------------------------------------------------------ protocol
    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from chromium")
            ready, _, _ = select.select([self._r], [], [], left)
            if ready:
                chunk = os.read(self._r, 1 << 20)
                if not chunk:
                    raise RuntimeError(f"chromium closed the pipe; see {self.stderr_path}")
                self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            m = self._read_message(deadline)
            if m.get("id") == self._id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def wait_for(self, method: str, session: str, timeout: float | None = None) -> dict:
        deadline = time.monotonic() + (timeout or self.timeout)
        for i, ev in enumerate(self.events):
            if ev.get("method") == method and ev.get("sessionId") == session:
                return self.events.pop(i)
        while True:
            m = self._read_message(deadline)
            if m.get("method") == method and m.get("sessionId") == session:
                return m
            self.events.append(m)

    def drain(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self._read_message(deadline))
        except TimeoutError:
            pass

    # ------------------------------------------------------------------ pages
    def check(self, path: Path, screenshot: Path | None = None, evaluate: str | None = None) -> PageReport:
        url = Path(path).resolve().as_uri()
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable", session=session)
        self.send("Emulation.setDeviceMetricsOverride", {"width": self.width, "height": self.height,
                                                         "deviceScaleFactor": 1, "mobile": False}, session)
        self.events = [e for e in self.events if e.get("sessionId") != session]
        self.send("Page.navigate", {"url": url}, session)
        self.wait_for("Page.loadEventFired", session)
        self.drain(0.3)
        rep = PageReport(url=url)
        res = self.send("Runtime.evaluate", {"expression": PAGE_PROBE, "returnByValue": True}, session)
        rep.probe = res.get("result", {}).get("value", {})
        if evaluate is not None:
            res = self.send("Runtime.evaluate", {"expression": evaluate, "returnByValue": True}, session)
            rep.extra = res.get("result", {}).get("value")
        if screenshot is not None:
            metrics = self.send("Page.getLayoutMetrics", session=session)
            size = metrics.get("cssContentSize") or metrics.get("contentSize")
            h = min(int(size["height"]), 6000)
            shot = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                        "clip": {"x": 0, "y": 0, "width": self.width, "height": h,
                                                                 "scale": 1}}, session)
            Path(screenshot).write_bytes(base64.b64decode(shot["data"]))
        for ev in [e for e in self.events if e.get("sessionId") == session]:
            m, p = ev.get("method"), ev.get("params", {})
            if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "warning", "assert"):
                rep.console.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", [])))
            elif m == "Runtime.exceptionThrown":
                rep.exceptions.append(p.get("exceptionDetails", {}).get("text", "exception"))
            elif m == "Log.entryAdded" and p.get("entry", {}).get("level") in ("error", "warning"):
                rep.log_errors.append(f"{p['entry'].get('text')} {p['entry'].get('url', '')}")
            elif m == "Network.requestWillBeSent":
                rep.requests.append(p.get("request", {}).get("url", ""))
        self.events = [e for e in self.events if e.get("sessionId") != session]
        self.send("Target.closeTarget", {"targetId": target})
        return rep

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (RuntimeError, TimeoutError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._r, self._w):
            try:
                os.close(fd)
            except OSError:
                pass
        self._stderr.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
