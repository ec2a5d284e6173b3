"""A lone `if` that replaces a value its condition checks (`if not url_has_allowed_host_and_scheme(
target, ...): target = "/jobs"`) leaves the value clean on the path that takes no arm. Treeherder's
login callback runs that check only when asked (`if request.GET.get("checked") and not
url_has_allowed_host_and_scheme(target, ...)`): a false condition then says nothing of the target,
and the engine took it as checked. A check joined by `or` (`if not url or not ok(url)`), by `and`
to a test that leaves the value empty (`if url and not ok(url)`) or to another check of it
(SABnzbd's `if not t.startswith("./") and not t.startswith("/sabnzbd/")`) still clears it. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

VIEWS = '''from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def login_callback(request):
    target = request.GET.get("redirect_uri", "/jobs")
    if request.GET.get("checked") and not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/jobs"
    return redirect(target)


def login_checked(request):
    target = request.GET.get("redirect_uri", "/jobs")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/jobs"
    return redirect(target)


def login_either(request):
    target = request.GET.get("redirect_uri", "")
    if not target or not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/jobs"
    return redirect(target)


def login_present(request):
    target = request.GET.get("redirect_uri")
    if target and not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/jobs"
    return redirect(target or "/jobs")


def login_prefixes(request):
    target = request.GET.get("next") or "./"
    if not target.startswith("./") and not target.startswith("/app/"):
        target = "./"
    return redirect(target)
'''


def test_a_check_joined_by_and_to_another_test_leaves_the_value_unchecked(tmp_path: Path) -> None:
    found = taint_findings(tmp_path, {"views.py": VIEWS})
    assert found == ["views.py:9 tainted-redirect"]
