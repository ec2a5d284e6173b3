from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from fake_provider import FakeProvider


@pytest.fixture
def fake():
    server = FakeProvider().start()
    yield server
    server.stop()
