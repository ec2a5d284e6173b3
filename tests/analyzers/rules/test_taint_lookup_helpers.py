"""A helper that answers from a table (`return DEVICES.get((value or "").lower(), default)`) gives
back the table's value, whatever key the caller passed — as the same lookup written in the handler
does. Its summary said it passed its parameters through: the default parameter counted as data,
and the key, a parameter's mark, kept the lookup from being read as one. So a Wagtail hook storing
`device_or_default(request.GET["device"])` in the session was reported. A helper that returns its
argument changed (`value.strip().lower()`) still passes it on. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

UTILS = '''DEVICES = {"desktop": "desktop", "tablet": "tablet", "mobile": "mobile"}


def device_or_default(value, default="desktop"):
    return DEVICES.get((value or "").lower(), default)


def theme_for(value):
    themes = {"dark": "dark", "light": "light"}
    name = themes.get(value.strip(), "light")
    return name


def cleaned(value, default="desktop"):
    return (value or default).strip().lower()
'''

HOOKS = '''from wagtail import hooks

from site_core.utils import cleaned, device_or_default, theme_for


@hooks.register("before_serve_page")
def remember_device(page, request, serve_args, serve_kwargs):
    request.session["device"] = device_or_default(request.GET.get("device"))


@hooks.register("before_serve_page")
def remember_theme(page, request, serve_args, serve_kwargs):
    request.session["theme"] = theme_for(request.GET.get("theme", ""))


@hooks.register("before_serve_page")
def remember_raw_device(page, request, serve_args, serve_kwargs):
    request.session["device"] = cleaned(request.GET.get("device"))


@hooks.register("before_serve_page")
def remember_given_default(page, request, serve_args, serve_kwargs):
    request.session["device"] = device_or_default("tv", request.GET.get("fallback"))
'''


def test_a_helper_answering_from_a_table_returns_the_table_s_value(tmp_path: Path):
    found = taint_findings(tmp_path, {"site_core/utils.py": UTILS, "site_core/wagtail_hooks.py": HOOKS})
    # the helper that cleans its argument passes it on; so does a default given by the caller
    assert found == ["site_core/wagtail_hooks.py:18 tainted-session",
                     "site_core/wagtail_hooks.py:23 tainted-session"], found
