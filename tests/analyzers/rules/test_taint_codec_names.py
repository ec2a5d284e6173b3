"""`codecs.lookup(charset).name` is a codec's canonical name ("utf-8", "iso8859-1"; an unknown
name raises LookupError), as GNU Mailman's REST layer normalises a `charset` parameter before
putting it in a Content-Type header: no CR or LF, no request text. It was reported as header
injection. The unchecked twin still is. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

MESSAGES = '''import codecs

import falcon

DEFAULT_CHARSET = "utf-8"


class HeldMessage:
    def on_get(self, request, response, list_id):
        wanted = request.get_param("charset") or DEFAULT_CHARSET
        response.set_header("Content-Type", "text/plain; charset=" + wanted)

    def on_head(self, request, response, list_id):
        wanted = request.get_param("charset") or DEFAULT_CHARSET
        try:
            canonical = codecs.lookup(wanted).name
        except LookupError:
            raise falcon.HTTPBadRequest(description="unknown charset")
        response.set_header("Content-Type", "text/plain; charset=" + canonical)
'''


def test_a_codec_s_canonical_name_is_no_request_text(tmp_path: Path):
    assert taint_findings(tmp_path, {"mailrest/messages.py": MESSAGES}) == ["mailrest/messages.py:11 tainted-header"]
