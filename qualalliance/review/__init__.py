"""Review machine codings in the browser (``qualalliance review FOLDER``).

- :mod:`.items`: what there is to review: the folder's segments, machine codings and
  candidates, and the codebook, as a :class:`~.items.ReviewSet` with items ordered most
  uncertain first;
- :mod:`.store`: the coder's decisions, each written at once and atomically to
  ``review/decisions.csv`` and ``review/human_codings.csv``;
- :mod:`.app`: the Starlette application (token on every request, size-limited bodies,
  packaged assets only);
- :mod:`.serve`: runs the app with uvicorn on 127.0.0.1.

Imports nothing heavy at package import; the CLI imports these modules when it runs.
"""

DEFAULT_LEARN_EVERY = 20  # decisions between two updates of the second stage (review --learn-every)
