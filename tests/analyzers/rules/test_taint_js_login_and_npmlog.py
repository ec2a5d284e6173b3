"""Two shapes of Express apps as written (issue 31): the address a login link asks to come back to,
kept in the session (`req.session.returnTo = req.query.next`), is judged where the app redirects
there, not as session data the code trusts; and npmlog's lines carry their message after a prefix
(`log.info('Links', `unknown ${req.params.link}`)`), which is where request text is logged."""

from __future__ import annotations

import pytest

from tests.analyzers.rules.test_javascript_framework_rules import checker, marked_and_found  # noqa: F401 (a fixture)

WATCHED = {"js/security/tainted-session", "js/security/tainted-redirect", "js/security/tainted-log"}

LOGIN = """\
const log = require('npmlog');
const router = require('express').Router();

router.get('/login', (req, res) => {
  req.session.afterLogin = req.query.next;
  req.session.theme = req.query.theme;  // expect: js/security/tainted-session
  res.render('login');
});

router.post('/login/done', (req, res) => {
  log.info('Auth', 'signed in, going back');
  log.warn('Auth', 'login from %s', req.query.via);
  log.warn('Auth', `login from ${req.query.via}`);  // expect: js/security/tainted-log
  res.redirect(req.query.next || '/');  // expect: js/security/tainted-redirect
});

module.exports = router;
"""


@pytest.mark.parametrize("name", ["server/routes/login.js"])
def test_a_return_address_and_npmlog_messages(checker, name):
    expected, found = marked_and_found(checker, name, LOGIN, WATCHED)
    assert expected
    assert found == expected
