"""Text from transcripts and files made inert in Markdown outputs.

Markdown renderers pass raw HTML through, so a transcript line with ``<script>``
copied into ``report/index.md``, a case history or ``link/joint_display.md`` would
run when the file is viewed.  The HTML report escapes with :func:`html.escape`;
Markdown outputs use :func:`no_html` on every text they quote.
"""

from __future__ import annotations

import re

# what CommonMark reads as raw HTML or an autolink: "<" then a letter (tags, <javascript:...>),
# "/" (closing tags), "!" (comments, declarations, CDATA) or "?" (processing instructions)
_HTML_START = re.compile(r"<(?=[A-Za-z/!?])")


def no_html(text: str) -> str:
    """*text* with every ``<`` that could open HTML written as ``&lt;``: shown as written,
    never a tag.  A ``<`` before a space or digit (``p < .001``) cannot and stays."""
    return _HTML_START.sub("&lt;", str(text))
