"""tests/analyzers/llm helpers (fake_provider, faulty_provider) import by module name; the `fake` fixture is in tests/conftest.py."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
