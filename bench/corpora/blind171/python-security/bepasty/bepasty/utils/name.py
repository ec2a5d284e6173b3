"""Item names: random, short, made of a fixed alphabet."""

import re
import secrets

from werkzeug.routing import BaseConverter

ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
NAME_RE = re.compile(r"^[a-km-zA-HJ-NP-Z2-9]{4,16}$")


class ItemName(str):

    @classmethod
    def create(cls, storage, length=8, max_tries=10):
        for _ in range(max_tries):
            name = "".join(secrets.choice(ALPHABET) for _ in range(length))
            if name not in storage:
                return cls(name)
        raise RuntimeError("no free item name")

    @classmethod
    def check(cls, name):
        if not NAME_RE.match(name):
            raise ValueError("bad item name")
        return cls(name)


class ItemNameConverter(BaseConverter):
    """URL converter: only well-formed item names reach the views."""
    regex = r"[a-km-zA-HJ-NP-Z2-9]{4,16}"


def register_routes(blueprint):
    from ..views.display import DisplayView, InlineView, PlainView
    from ..views.login import LoginView, LogoutView, PermissionsView

    blueprint.add_url_rule("/<itemname:name>", view_func=DisplayView.as_view("display"))
    blueprint.add_url_rule("/<itemname:name>/+plain", view_func=PlainView.as_view("plain"))
    # legacy links from bepasty 0.x used free-form names
    blueprint.add_url_rule("/+inline/<path:name>", view_func=InlineView.as_view("inline"))
    blueprint.add_url_rule("/+login", view_func=LoginView.as_view("login"))
    blueprint.add_url_rule("/+logout", view_func=LogoutView.as_view("logout"))
    blueprint.add_url_rule("/+permissions", view_func=PermissionsView.as_view("permissions"))
