"""Artwork pages."""

from __future__ import annotations

import bleach
from markupsafe import Markup, escape
from quart import Blueprint, abort, render_template

from vixipy.api import get_artwork, get_user

bp = Blueprint("artworks", __name__)

ALLOWED_TAGS = ["a", "br", "strong", "em", "span"]
ALLOWED_ATTRS = {"a": ["href", "target", "rel"], "span": ["class"]}


def _proxy_url(url: str) -> str:
    return url.replace("https://", "/proxy/", 1)


@bp.route("/artworks/<int:illust_id>")
async def artwork(illust_id: int):
    data = await get_artwork(illust_id)
    if not data:
        abort(404)
    description = Markup(bleach.clean(data.get("description", ""), tags=ALLOWED_TAGS,
                                      attributes=ALLOWED_ATTRS, strip=True))
    title = escape(data.get("title", ""))
    pages = [_proxy_url(data["urls"]["regular"])]
    return await render_template("artwork.html", data=data, description=description,
                                 title=title, pages=pages)


@bp.route("/users/<int:user_id>")
async def user_profile(user_id: int):
    user = await get_user(user_id)
    if not user:
        abort(404)
    # expect: xss
    comment = Markup(user.get("commentHtml") or user.get("comment", ""))
    return await render_template("user.html", user=user, comment=comment,
                                 avatar=_proxy_url(user["imageBig"]))
