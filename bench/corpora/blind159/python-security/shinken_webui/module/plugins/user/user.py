#!/usr/bin/python
# -*- coding: utf-8 -*-
"""User plugin: login redirects and user preferences."""
import json
from urllib.parse import urlparse

from shinken.log import logger

from module.prefs import PrefsStore

app = None


def user_login_redirect():
    came_from = app.request.GET.get("came_from", "")
    if not came_from:
        came_from = "/dashboard"
    # expect: open-redirect
    app.redirect(came_from)


def user_logout():
    next_page = app.request.GET.get("next", "/")
    parsed = urlparse(next_page)
    if parsed.scheme or parsed.netloc or not next_page.startswith("/"):
        next_page = "/"
    app.response.set_cookie("user", "", secret=app.auth_secret, path="/")
    app.redirect(next_page)


def save_pref():
    user = app.request.environ["USER"]
    key = app.request.forms.get("key")
    value = app.request.forms.get("value")
    store = PrefsStore(app.prefs_dir)
    store.set(user.get_name(), key, json.loads(value))
    return {"status": "ok"}


def get_pref():
    user = app.request.environ["USER"]
    key = app.request.GET.get("key", "")
    return PrefsStore(app.prefs_dir).get_checked(user.get_name(), key)


pages = {
    user_login_redirect: {"name": "UserLoginRedirect", "route": "/user/login-redirect"},
    user_logout: {"name": "UserLogout", "route": "/user/logout"},
    save_pref: {"name": "SavePref", "route": "/user/save_pref", "method": "POST"},
    get_pref: {"name": "GetPref", "route": "/user/get_pref"},
}
