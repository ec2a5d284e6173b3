"""Shinken's (and Alignak's) WebUI plugins: a module maps its functions to routes in a `pages` dict and
reads the request through the `app` the WebUI hands it (`app.request.GET`, `app.request.forms`, bottle's
request). What such a page reads is request data, and a helper module's class it hands the data to
reports the sink in its own file. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.test_taint_request_state_python import _findings, _write

PREFS = '''import json
import os


class PrefsStore(object):
    def __init__(self, prefs_dir):
        self.prefs_dir = prefs_dir

    def set(self, username, key, value):
        with open(os.path.join(self.prefs_dir, key + ".json"), "w") as handle:
            json.dump(value, handle)
'''
USER = '''import json

from module.prefs import PrefsStore

app = None


def login_redirect():
    came_from = app.request.GET.get("came_from", "/dashboard")
    app.redirect(came_from)


def save_pref():
    key = app.request.forms.get("key")
    PrefsStore(app.prefs_dir).set("me", key, json.loads(app.request.forms.get("value")))
    return {"status": "ok"}


def save_default():
    PrefsStore(app.prefs_dir).set("me", "default", {})
    return {"status": "ok"}


pages = {
    login_redirect: {"name": "LoginRedirect", "route": "/user/login-redirect"},
    save_pref: {"name": "SavePref", "route": "/user/save_pref", "method": "POST"},
    save_default: {"name": "SaveDefault", "route": "/user/save_default", "method": "POST"},
}
'''


def test_a_webui_plugins_page_reads_the_request_and_feeds_a_helper_class_in_another_module(tmp_path: Path):
    _write(tmp_path, {"webui/module/__init__.py": "", "webui/module/prefs.py": PREFS, "webui/module/plugins/__init__.py": "",
                      "webui/module/plugins/user/__init__.py": "", "webui/module/plugins/user/user.py": USER})
    found = _findings(tmp_path)
    # reported where the file is opened (save_default hands it constants), and at the redirect
    assert len(found) == 2, found
    assert any("prefs.py:10" in line and "tainted-path" in line for line in found), found
    assert any("user.py:10" in line and "tainted-redirect" in line for line in found), found
