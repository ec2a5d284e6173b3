"""Held messages: moderators read them as plain text and act on them."""
import codecs
import logging

import falcon

from mailrest.rest.helpers import bad_request, no_content, not_found

log = logging.getLogger("mailman.moderation")

ACTIONS = ("accept", "discard", "reject", "defer")


def _held_text(list_id, request_id):
    return f"From: someone@example.org\nSubject: held {request_id}\n\nBody of a held message."


class HeldMessage:
    def on_get(self, request, response, list_id, request_id):
        charset = request.get_param("charset", default="utf-8")
        text = _held_text(list_id, request_id)
        response.status = falcon.HTTP_200
        # expect: header-injection
        response.set_header("Content-Type", f"text/plain; charset={charset}")
        response.text = text

    def on_head(self, request, response, list_id, request_id):
        charset = request.get_param("charset", default="utf-8")
        try:
            charset = codecs.lookup(charset).name
        except LookupError:
            charset = "utf-8"
        response.set_header("Content-Type", f"text/plain; charset={charset}")

    def on_post(self, request, response, list_id, request_id):
        action = request.get_param("action", default="")
        if action not in ACTIONS:
            bad_request(response, "unknown action")
            return
        if not request_id.isdigit():
            not_found(response)
            return
        # expect: log-injection
        log.info("%s: %s held message %s on %s", request.context.acting_user, action, request_id, list_id)
        no_content(response)
