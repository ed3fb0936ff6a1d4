"""The review web application (Starlette).

Security, all enforced here and tested in ``tests/test_review_api.py``:

- every request carries the session token (``?token=`` or the ``X-Review-Token``
  header), compared in constant time; writes (POST) accept the header only, so a
  link or a form from another page cannot write; anything else is 403;
- bodies over :data:`MAX_BODY` bytes are refused (413) before they are parsed;
- no request value reaches a file path: assets are a fixed table of packaged files,
  read once at start, and documents are looked up by id in memory;
- the page sets its text with ``textContent`` only, and the Content-Security-Policy
  forbids inline and foreign scripts, so a turn containing ``<script>`` is shown as text.
"""

from __future__ import annotations

import hmac
import json
from importlib import resources

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .items import ReviewSet
from .store import DECISIONS, DecisionStore

MAX_BODY = 16 * 1024
ASSETS = {"review.js": "text/javascript; charset=utf-8", "review.css": "text/css; charset=utf-8"}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
                               "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
                               "frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",  # the token is in the URL
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


class TokenGuard:
    """ASGI middleware: 403 unless the request carries the token; 413 for oversize bodies."""

    def __init__(self, app, token: str, max_body: int = MAX_BODY):
        self.app, self.token, self.max_body = app, token, max_body

    def _ok(self, candidate: str | None) -> bool:
        return candidate is not None and hmac.compare_digest(candidate.encode(), self.token.encode())

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request = Request(scope)
        header = request.headers.get("x-review-token")
        allowed = self._ok(header) if scope["method"] != "GET" else (
            self._ok(header) or self._ok(request.query_params.get("token")))
        if not allowed:
            return await _plain(403, "forbidden: missing or wrong token")(scope, receive, send)
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return await _plain(413, "request too large")(scope, receive, send)
        return await self.app(scope, _limited(receive, self.max_body), send)


class _TooLarge(Exception):
    pass


def _limited(receive, limit: int):
    """*receive* that raises once more than *limit* body bytes arrived (chunked uploads)."""
    seen = 0

    async def wrapped():
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise _TooLarge()
        return message

    return wrapped


def _plain(status: int, text: str) -> Response:
    return Response(text, status_code=status, media_type="text/plain", headers=SECURITY_HEADERS)


def _json(obj, status: int = 200) -> Response:
    return JSONResponse(obj, status_code=status, headers=SECURITY_HEADERS)


def _asset(name: str) -> str:
    return (resources.files("qualalliance") / "data" / "review" / name).read_text(encoding="utf-8")


def _int(value, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} must be an integer")
    return value


def create_app(review: ReviewSet, store: DecisionStore, token: str, coder: str, learner=None) -> Starlette:
    """The app for one review session (*review* read, *store* written, one *coder*; *learner*,
    a :class:`~.learn.SessionLearner`, retrains the second stage from the decisions)."""
    assets = {name: _asset(name) for name in ASSETS}  # fixed names, read once
    page = _asset("review.html").replace("{{TOKEN}}", token)  # token is URL-safe base64: nothing to escape
    codes = {c.id for c in review.codebook.codes}

    async def index(request):
        return Response(page, media_type="text/html; charset=utf-8", headers=SECURITY_HEADERS)

    async def static(request):
        name = request.path_params["name"]
        if name not in ASSETS:
            return _plain(404, "not found")
        return Response(assets[name], media_type=ASSETS[name], headers=SECURITY_HEADERS)

    async def items(request):
        return _json(learner.items() if learner is not None else review.items)

    async def model(request):
        if learner is None:
            return _json({"state": "off", "version": 0, "message": "learning is off in this session"})
        return _json(learner.status())

    async def retrain(request):
        if learner is None or not learner.request():
            return _plain(409, "learning is off in this session")
        return _json(learner.status())

    async def meta(request):
        return _json({"coder": coder, "min_confidence": review.min_confidence,
                      "codebook": review.codebook_json(), "folder": review.folder.name})

    async def context(request):
        try:
            doc_id, turn = request.query_params["doc_id"], int(request.query_params["turn"])
        except (KeyError, ValueError):
            return _plain(400, "doc_id and integer turn required")
        ctx = review.context(doc_id, turn)
        return _plain(404, "unknown document or turn") if ctx is None else _json(ctx)

    async def decisions_get(request):
        return _json([r for r in store.rows() if r["coder"] == coder])

    async def decisions_post(request):
        try:
            body = json.loads(await request.body())
        except _TooLarge:
            return _plain(413, "request too large")
        except ValueError:
            return _plain(400, "body must be JSON")
        if not isinstance(body, dict):
            return _plain(400, "body must be a JSON object")
        try:
            row = _decision(body, review, codes, coder)
            replaces = _replaced(body, row, review, codes, coder)
        except ValueError as exc:
            return _plain(422, str(exc))
        except LookupError as exc:
            return _plain(404, str(exc))
        recorded = store.record(row, replaces)
        if learner is not None:
            learner.after_decision()
        return _json(recorded)

    async def undo(request):
        removed = store.undo(coder)
        if learner is not None and removed is not None:
            learner.after_decision()
        return _json(removed) if removed is not None else _plain(409, "nothing to undo")

    routes = [
        Route("/", index), Route("/static/{name}", static), Route("/api/items", items),
        Route("/api/meta", meta), Route("/api/context", context),
        Route("/api/decisions", decisions_get, methods=["GET"]),
        Route("/api/decisions", decisions_post, methods=["POST"]),
        Route("/api/undo", undo, methods=["POST"]),
        Route("/api/model", model, methods=["GET"]), Route("/api/retrain", retrain, methods=["POST"]),
    ]
    app = Starlette(routes=routes)
    return TokenGuard(app, token)


def _decision(body: dict, review: ReviewSet, codes: set[str], coder: str) -> dict:
    """A validated decision row from a request body (ValueError: malformed, LookupError: unknown)."""
    doc_id, code, decision = body.get("doc_id"), body.get("code"), body.get("decision")
    memo = body.get("memo", "")
    if not all(isinstance(v, str) for v in (doc_id, code, decision, memo)):
        raise ValueError("doc_id, code, decision (and memo) must be strings")
    if decision not in DECISIONS:
        raise ValueError(f"decision must be one of {', '.join(DECISIONS)}")
    turn, start, end = (_int(body.get(k), k) for k in ("turn", "start_char", "end_char"))
    seg = review.turn(doc_id, turn)
    if seg is None:
        raise LookupError("unknown document or turn")
    if code not in codes:
        raise LookupError("code not in the codebook")
    if not seg["start_char"] <= start < end <= seg["end_char"]:
        raise ValueError(f"span must lie inside the turn ({seg['start_char']}..{seg['end_char']})")
    if len(memo) > 4000:
        raise ValueError("memo longer than 4000 characters")
    return {"doc_id": doc_id, "turn": turn, "code": code, "start_char": start, "end_char": end,
            "decision": decision, "coder": coder, "memo": " ".join(memo.split())}


def _replaced(body: dict, row: dict, review: ReviewSet, codes: set[str], coder: str) -> dict | None:
    """For an ``edit``: the coding it corrects (``replaces``: code, start_char, end_char in the same turn)."""
    rep = body.get("replaces")
    if rep is None:
        return None
    if row["decision"] != "edit" or not isinstance(rep, dict):
        raise ValueError("replaces is an object, and only for decision edit")
    full = {"doc_id": row["doc_id"], "turn": row["turn"], "decision": "reject", "memo": row["memo"],
            **{k: rep.get(k) for k in ("code", "start_char", "end_char")}}
    return _decision(full, review, codes, coder)
