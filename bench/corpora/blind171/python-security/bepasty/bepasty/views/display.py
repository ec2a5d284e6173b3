"""Show an item: highlighted text, images inline, everything else as a link."""

import errno

from flask import Response, current_app, render_template, request
from flask.views import MethodView
from markupsafe import Markup, escape
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_for_mimetype
from pygments.util import ClassNotFound
from werkzeug.exceptions import Forbidden, NotFound

from ..constants import COMPLETE, FILENAME, LOCKED, SIZE, TYPE
from ..utils.permissions import ADMIN, READ, may

MAX_HIGHLIGHT = 200 * 1024
INLINE_IMAGE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp"}


class DisplayView(MethodView):

    def get(self, name):
        if not may(READ):
            raise Forbidden()
        try:
            item = current_app.storage.open(name)
        except OSError as e:
            if e.errno == errno.ENOENT:
                raise NotFound()
            raise
        with item as _item:
            if not _item.meta[COMPLETE]:
                return render_template("display_error.html", name=name,
                                       error="Upload incomplete. Try again later.")
            if _item.meta[LOCKED] and not may(ADMIN):
                raise Forbidden()
            ct = _item.meta[TYPE]
            title = Markup("<h1>{}</h1>").format(_item.meta[FILENAME])
            if ct.startswith("text/") and _item.meta[SIZE] <= MAX_HIGHLIGHT:
                code = _item.data.read(0, _item.data.size).decode("utf-8", "replace")
                try:
                    lexer = get_lexer_for_mimetype(ct)
                except ClassNotFound:
                    lexer = get_lexer_for_mimetype("text/plain")
                rendered = Markup(highlight(code, lexer, HtmlFormatter(linenos="table")))
            elif ct in INLINE_IMAGE_TYPES:
                rendered = Markup('<img src="{}">').format(request.url_root + "+inline/" + name)
            else:
                rendered = Markup("<p>No preview for {}.</p>").format(ct)
            return render_template("display.html", name=name, item=_item,
                                   title=title, rendered=rendered)


class InlineView(MethodView):
    """Serve the raw bytes so the browser can show images and text inline."""

    def get(self, name):
        if not may(READ):
            raise Forbidden()
        with current_app.storage.open(name) as item:
            ct = item.meta[TYPE]
            data = item.data.read(0, item.data.size)
        if ct in INLINE_IMAGE_TYPES:
            return Response(data, mimetype=ct)
        # expect: xss
        return Response(data, mimetype=ct, headers={"Content-Disposition": "inline"})


class PlainView(MethodView):
    """Text shown as text/plain, whatever the uploader said its type was."""

    def get(self, name):
        if not may(READ):
            raise Forbidden()
        with current_app.storage.open(name) as item:
            data = item.data.read(0, item.data.size)
            filename = item.meta[FILENAME]
        resp = Response(data, mimetype="text/plain")
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["X-Bepasty-Name"] = str(escape(filename))
        return resp
