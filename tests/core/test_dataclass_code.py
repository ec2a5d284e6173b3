"""Start-up (issue 34): every command but ``--version`` builds postil's dataclasses without
compiling their methods again on each run (~40 ms CPU of a ~400 ms ``postil check``). Counted
(scripts compiled, what the cache file holds), not timed; the classes behave the same whether
their code came from the cache or not, and a cache file someone else could have written is
never run."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # fresh interpreters

# A fresh interpreter builds dataclasses as the CLI does, then uses them.
PROBE = r"""
import dataclasses, inspect, json, typing
from postil.core import dataclass_code
kept = dataclass_code.install()
from postil.analyzers.findings import Finding, Severity, Span

@dataclasses.dataclass(frozen=True, order=True)
class Point:
    x: int
    y: "list[int]" = dataclasses.field(default_factory=list)

p = Point(1, [2])
try:
    p.x = 3
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
span = Span(1, 0, 1, 4)
behaviour = [repr(p), p == Point(1, [2]), p < Point(2), frozen, p != Point(1),
             str(inspect.signature(Point)), typing.get_type_hints(Point.__init__)["x"].__name__,
             repr(span), span == Span(1, 0, 1, 4)]
counts = {"compiled": kept.compiled, "kept": len(kept.kept)}  # compiled by this run, kept by earlier ones
dataclass_code.save()
print(json.dumps({**counts, "behaviour": behaviour}))
"""


def run(cache_home: Path) -> dict:
    out = subprocess.run([sys.executable, "-P", "-c", PROBE], capture_output=True, text=True, timeout=120,
                         check=False, env={**os.environ, "XDG_CACHE_HOME": str(cache_home)})
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def cache_file(cache_home: Path) -> Path:
    (found,) = (cache_home / "postil" / "dataclass-methods").glob("*.marshal")
    return found


def test_a_second_run_compiles_no_dataclass_method_and_the_classes_behave_the_same(tmp_path):
    first = run(tmp_path)
    assert first["compiled"] > 20 and first["kept"] == 0
    written = cache_file(tmp_path).stat()
    assert oct(written.st_mode & 0o777) == oct(0o600)
    second = run(tmp_path)
    assert second["compiled"] == 0 and second["kept"] >= first["compiled"]
    assert second["behaviour"] == first["behaviour"]
    assert second["behaviour"][:4] == ["Point(x=1, y=[2])", True, True, True]
    assert second["behaviour"][5:7] == ["(x: int, y: 'list[int]' = <factory>) -> None", "int"]
    assert cache_file(tmp_path).stat().st_mtime_ns == written.st_mtime_ns  # nothing new to keep


@pytest.mark.parametrize("damage", ["group-writable", "link", "garbage", "not code"])
def test_a_cache_file_others_could_write_or_that_is_damaged_is_a_miss(tmp_path, damage):
    reference = run(tmp_path)
    path = cache_file(tmp_path)
    if damage == "group-writable":
        path.chmod(0o620)
    elif damage == "link":
        real = tmp_path / "elsewhere.marshal"
        path.rename(real)
        path.symlink_to(real)
    elif damage == "garbage":
        path.write_bytes(b"\x00not marshal")
    else:  # entries whose value is not code are compiled again
        path.write_bytes(marshal.dumps({digest: "print('not code')" for digest in marshal.loads(path.read_bytes())}))
    again = run(tmp_path)
    assert again["behaviour"] == reference["behaviour"]
    assert again["compiled"] == reference["compiled"]  # nothing used: all compiled as before
