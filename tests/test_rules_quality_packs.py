"""The corpus scorer counts, for the python-correctness pack, the two rules whose classes corpora file there
though postil names them python/security/ (a Flask view's `return json.dumps(...)` served as text/html, an
HTTP call without a timeout): their labels are found, not missed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.slow
def test_json_text_and_missing_timeouts_count_in_the_correctness_pack(tmp_path):
    pack = tmp_path / "corpus" / "python-correctness"
    pack.mkdir(parents=True)
    (pack / "board.py").write_text(
        "import json\nimport requests\nfrom flask import Flask\n\napp = Flask(__name__)\n\n\n"
        "@app.get('/board')\ndef board():\n    # expect: use-jsonify\n    return json.dumps({'rows': []})\n\n\n"
        "def rates():\n    # expect: missing-timeout\n    return requests.get('https://rates.example.org/eur').json()\n")
    out = subprocess.run([sys.executable, str(BENCH / "rules_quality.py"), "--corpus", str(tmp_path / "corpus")],
                         capture_output=True, text=True, timeout=600)
    row = next(line.split() for line in out.stdout.splitlines() if line.startswith("python-correctness"))
    assert row[1:5] == ["2", "2", "0", "0"], out.stdout
