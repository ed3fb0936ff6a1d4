"""Run a review session: load the folder, print the URL, serve on 127.0.0.1 until interrupted."""

from __future__ import annotations

import secrets
import socket
import tempfile
import webbrowser

from ..errors import output_error
from .app import create_app
from .items import load_review_set
from . import DEFAULT_LEARN_EVERY
from .learn import SessionLearner, base_model_source
from .store import DecisionStore

HOST = "127.0.0.1"  # never another interface: the page shows transcripts


def review_session(folder, coder: str, codebook_path=None):
    """(app, review set) for FOLDER; decisions go to FOLDER/review/."""
    review = load_review_set(folder, codebook_path)

    def evidence(doc_id, turn, start, end) -> str:
        seg = review.turn(doc_id, turn)
        return "" if seg is None else seg["text"][start - seg["start_char"]:end - seg["start_char"]]

    review_dir = review.folder / "review"
    try:  # a folder the decisions cannot be written to is said now, not at the first keypress
        review_dir.mkdir(exist_ok=True)
        probe = tempfile.NamedTemporaryFile(dir=review_dir, prefix=".write-check.", delete=True)
        probe.close()
    except OSError as exc:
        raise output_error(exc, review_dir) from None
    store = DecisionStore(review_dir, evidence, review.polarity_of)
    return review, store


def serve(folder, coder: str, port: int = 0, open_browser: bool = True, codebook_path=None, echo=print,
          learn_every: int = DEFAULT_LEARN_EVERY, theme_model=None) -> None:
    """Serve FOLDER's review until Ctrl-C; prints ``review: http://127.0.0.1:PORT/?token=TOKEN``.

    *learn_every*: update the second stage after this many decisions (0: only when asked);
    *theme_model*: the model to adapt (default: the one the run used, see :mod:`.learn`)."""
    from ..outlock import output_lock

    review, store = review_session(folder, coder, codebook_path)
    # two servers on one folder would each rewrite decisions.csv from their own memory
    with output_lock(review.folder / "review"):
        _serve(review, store, coder, port, open_browser, echo, learn_every, theme_model)


def _serve(review, store, coder, port, open_browser, echo, learn_every, theme_model) -> None:
    import uvicorn

    learner = SessionLearner(review, store, coder, base_model_source(review, theme_model), every=learn_every)
    learner.resume()
    token = secrets.token_urlsafe(24)
    app = create_app(review, store, token, coder, learner)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, port))  # bound here so that --port 0 prints the real port before serving
    sock.listen(128)  # and listening, so a client reading the URL line can connect at once
    url = f"http://{HOST}:{sock.getsockname()[1]}/?token={token}"
    echo(f"review: {url}")
    if open_browser:
        webbrowser.open(url)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[sock])
