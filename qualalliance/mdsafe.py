"""Text from transcripts and files made inert in Markdown outputs.

Markdown renderers pass raw HTML through, so a transcript line with ``<script>``
copied into ``report/index.md``, a case history or ``link/joint_display.md`` would
run when the file is viewed.  The HTML report escapes with :func:`html.escape`;
Markdown outputs use :func:`no_html` on every text they quote.
"""

from __future__ import annotations


def no_html(text: str) -> str:
    """*text* with ``<`` and ``>`` as entities: shown as written, never a tag."""
    return str(text).replace("<", "&lt;").replace(">", "&gt;")
