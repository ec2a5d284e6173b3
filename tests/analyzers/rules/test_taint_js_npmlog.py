"""npmlog's lines carry their message after a prefix (`log.info('Links', `unknown ${req.params.link}`)`):
that is where request text is logged; the prefix is the code's, and values after a format string
are printed as values (issue 31: blind108's mailtrain)."""

from __future__ import annotations

import pytest

from tests.analyzers.rules.test_javascript_framework_rules import checker, marked_and_found  # noqa: F401 (a fixture)

WATCHED = {"js/security/tainted-redirect", "js/security/tainted-log"}

LOGIN = """\
const log = require('npmlog');
const router = require('express').Router();

router.post('/login/done', (req, res) => {
  log.info('Auth', 'signed in, going back');
  log.warn('Auth', 'login from %s', req.query.via);
  log.warn('Auth', `login from ${req.query.via}`);  // expect: js/security/tainted-log
  res.redirect(req.query.next || '/');  // expect: js/security/tainted-redirect
});

module.exports = router;
"""


@pytest.mark.parametrize("name", ["server/routes/login.js"])
def test_npmlog_messages_after_the_prefix(checker, name):
    expected, found = marked_and_found(checker, name, LOGIN, WATCHED)
    assert expected
    assert found == expected
