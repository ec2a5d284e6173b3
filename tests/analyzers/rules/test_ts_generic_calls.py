"""TypeScript's type arguments sit between a callee and its arguments (`useMemo<Theme>(...)`); the rules
that know a call by its callee read it there, so a typed call is the call it names; the untyped look-alike
beside it stays quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.config import LoadedConfig, PostilConfig

CASES = {
    # a style object parsed from stored text, memoised with its type written out
    "js/security/jsx-style-from-parsed-text": ("Sidebar.tsx", """\
import { useMemo } from 'react';
type Layout = { sidebar: React.CSSProperties };
export function Sidebar({ children }: { children: React.ReactNode }) {
  const prefs = useMemo<Layout>(() => JSON.parse(localStorage.getItem('layout') || '{}'), []);
  const fixed = useMemo<Layout>(() => computeLayout(), []);
  return (
    <nav style={prefs.sidebar}>  // expect
      <aside style={fixed.sidebar}>{children}</aside>
    </nav>
  );
}
"""),
    # React Router's path parameters, typed
    "js/security/tainted-redirect": ("Go.tsx", """\
import { useLocation, useParams } from 'react-router-dom';
export function Go() {
  const { next } = useParams<{ next: string }>();
  const back = useLocation<{ from: string }>().state;
  if (next) window.location.href = next;  // expect
  if (back) window.location.assign(back.from);  // expect
  window.location.assign(BASE_URL);
  return null;
}
"""),
}


@pytest.fixture(scope="module")
def checker(tmp_path_factory) -> Checker:
    root = tmp_path_factory.mktemp("ws")
    (root / ".git").mkdir()
    return Checker(LoadedConfig(PostilConfig(), root / "pyproject.toml", root))


@pytest.mark.parametrize("rule", CASES)
def test_typed_call_is_the_call_it_names(checker, rule):
    name, code = CASES[rule]
    path = Path(checker.loaded.root) / name
    path.write_text(code)
    expected = [n for n, line in enumerate(code.splitlines(), start=1) if line.endswith("// expect")]
    found = sorted(f.span.start_line + 1 for f in checker.check_text(path, code) if f.rule == rule)
    assert found == expected
