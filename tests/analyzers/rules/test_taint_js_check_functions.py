"""A project's own check function, kept in a module of helpers (Spectrum's `isSpectrumUrl(url)`
returning `hostname === 'spectrum.chat' || hostname.endsWith('.spectrum.chat')`), guards the value
it is called on: a redirect only where it held (`if (!isAppUrl(next)) return ...`, `next &&
isAppUrl(next) ? next : HOME`) is no open redirect. A function named as a question whose result is
no test against fixed values (`value.length > 0`, a `typeof`) checks nothing. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.checked_tree import taint_findings

URLS = """export const isAppUrl = (url) => {
  try {
    const { hostname, protocol } = new URL(url);
    return protocol === 'https:' && (hostname === 'app.example.com' || hostname.endsWith('.example.com'));
  } catch (err) {
    return false;
  }
};

export function isPresent(value) {
  return value !== undefined && value.length > 0;
}

export const isText = (value) => typeof value === 'string';
"""

ROUTES = """import { Router } from 'express';
import { CHECK } from '../utils/urls';

const router = Router();

router.get('/logout', (req, res) => {
  const { next } = req.query;
  if (!CHECK(next)) {
    return res.redirect('/');
  }
  return res.redirect(next);
});

router.get('/continue', (req, res) => {
  const { next } = req.query;
  const target = next && CHECK(next) ? next : '/';
  return res.redirect(target);
});

export default router;
"""


def _found(tmp_path: Path, check: str) -> list[str]:
    return taint_findings(tmp_path, {"utils/urls.js": URLS, "routes/auth.js": ROUTES.replace("CHECK", check)},
                          select="js/security")


def test_a_redirect_only_where_the_project_s_host_check_held_is_no_finding(tmp_path: Path):
    assert _found(tmp_path, "isAppUrl") == []


@pytest.mark.parametrize("check", ["isPresent", "isText"])
def test_a_question_that_tests_no_fixed_value_guards_nothing(tmp_path: Path, check: str):
    assert _found(tmp_path, check) == ["routes/auth.js:11 tainted-redirect", "routes/auth.js:17 tainted-redirect"]
