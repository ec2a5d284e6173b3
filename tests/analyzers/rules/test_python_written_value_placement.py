"""`postil check` reports a key, a default or SQL written in one place and used in another where it
is written: the JWT key held in a module constant (and, as Semgrep's registry does, each call
that signs with it), a class attribute or a parameter's default, the form field read with an
empty default before `set_password` (where the fix replaces the ""), and a custom Django
expression from its `class` line (the registry points there, or at the line that builds the SQL;
the range covers both).

Lines a rule must report end with `# expect: <rule-id>`; a finding of those rules must start on
such a line."""

from __future__ import annotations

import pytest

from tests.expected_lines import expected_lines, reported_lines

MODULE = """\
import jwt
from django.db.models import Func

SIGNING_SECRET = "s1gning-secret-2031"  # expect: python/security/jwt-hardcoded-key


def refresh_token(claims):
    return jwt.encode(claims, SIGNING_SECRET, algorithm="HS256")  # expect: python/security/jwt-hardcoded-key


class InviteTokens:
    secret = "invites-7c1d0e"  # expect: python/security/jwt-hardcoded-key

    def issue(self, email):
        return jwt.encode({"email": email}, self.secret, algorithm="HS512")


def download_link(file_id, key="dl-link-key"):  # expect: python/security/jwt-hardcoded-key
    return jwt.encode({"fid": file_id}, key, algorithm="HS256")


def register(request):
    password = request.POST.get("password", "")  # expect: python/security/django-empty-password
    user = User(username=request.POST["username"])
    user.set_password(password)
    user.save()


class JsonExtract(Func):  # expect: python/security/django-custom-sql-expression
    def __init__(self, column, path, **extra):
        self.template = "%(expressions)s ->> '" + path + "'"
        super().__init__(column, **extra)
"""


@pytest.mark.slow
def test_a_value_written_in_one_place_is_reported_where_it_is_written(postil, tmp_path):
    expected = expected_lines(MODULE)
    rules = {rule for _, rule in expected}
    assert reported_lines(postil, tmp_path, MODULE, rules) == expected
