"""Run the qualalliance CLI from a checkout: ``python cli.py ingest ...``.

The real command group lives in ``qualalliance.cli`` and is installed as the
``qualalliance`` console script.
"""

import sys

from qualalliance.cli import main

if __name__ == "__main__":
    sys.exit(main())
