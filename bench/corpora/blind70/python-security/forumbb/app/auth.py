"""Request hooks: per-request board context kept on ``g`` and in the session."""
import logging

from flask import g, request, session
from flask_login import current_user

logger = logging.getLogger("forumbb.auth")

KNOWN_THEMES = {"aurora": "aurora", "bootstrap2": "bootstrap2", "midnight": "midnight"}
SORT_ORDERS = ("last_post", "created", "views")


def load_board_context():
    # theme as chosen in the cookie; looked up in the registry of themes
    g.theme = KNOWN_THEMES.get(request.cookies.get("theme", ""), "aurora")

    # the search scope travels on g into the search service
    g.search_scope = request.args.get("scope", "all")

    # the user's preferred sort order survives across requests
    sort = request.args.get("sort")
    if sort in SORT_ORDERS:
        session["topic_sort"] = sort

    forum_hint = request.args.get("forum")
    if forum_hint:
        # expect: trust-boundary
        session["last_forum"] = forum_hint

    g.client_tag = request.headers.get("X-Client-Tag", "web")


def audit_request():
    if current_user.is_authenticated:
        # expect: log-injection
        logger.info("user %s opened %s via %s", current_user.id, request.path, g.client_tag)
    else:
        logger.debug("anonymous request to endpoint %s", request.endpoint)


def install_request_hooks(app):
    app.before_request(load_board_context)
    app.before_request(audit_request)
