from __future__ import annotations

import sys
from pathlib import Path

# The hand-written articles and store fixtures live beside the corpus tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))

from storefixtures import db_url, store  # noqa: F401
