"""Request handlers of the wiki."""
import logging
import os

import tornado.web

import render
import xmlstore

log = logging.getLogger("wiki")
ATTACH_ROOT = "/srv/wiki/attachments"


class BaseHandler(tornado.web.RequestHandler):
    def prepare(self):
        self.space = self.get_argument("space", "main")
        self.author = self.get_cookie("author") or "anonymous"


class PageHandler(BaseHandler):
    def get(self, title):
        nodes = xmlstore.find_page(title)
        body = nodes[0].text if nodes else ""
        # expect: xss
        self.write(render.page_html(title, body))


class PageSafeHandler(BaseHandler):
    def get(self, title):
        nodes = xmlstore.find_page_bound(title)
        body = nodes[0].text if nodes else ""
        self.write(render.page_html_escaped(title, body))


class ImportHandler(BaseHandler):
    def post(self):
        root = xmlstore.parse_import(self.request.body)
        self.write({"pages": len(root.findall("page"))})


class ImportSafeHandler(BaseHandler):
    def post(self):
        root = xmlstore.parse_import_safe(self.request.body)
        self.write({"pages": len(root.findall("page"))})


class PreviewHandler(BaseHandler):
    def post(self):
        source = self.get_body_argument("template", "")
        self.write(render.render_snippet(source, author=self.author))


class PreviewFixedHandler(BaseHandler):
    def post(self):
        title = self.get_body_argument("title", "")
        self.write(render.render_fixed(author=self.author, title=title))


class AttachmentHandler(BaseHandler):
    def get(self):
        name = self.get_query_argument("name")
        path = os.path.join(ATTACH_ROOT, self.space, name)
        # expect: path-traversal
        with open(path, "rb") as fh:
            self.set_header("Content-Type", "application/octet-stream")
            self.write(fh.read())


class AttachmentSafeHandler(BaseHandler):
    def get(self):
        name = os.path.basename(self.get_query_argument("name"))
        space = self.space if self.space in ("main", "eng", "ops") else "main"
        path = os.path.join(ATTACH_ROOT, space, name)
        with open(path, "rb") as fh:
            self.set_header("Content-Type", "application/octet-stream")
            self.write(fh.read())


class LoginRedirectHandler(BaseHandler):
    def get(self):
        nxt = self.get_argument("next", "/")
        # expect: open-redirect
        self.redirect(nxt)


class LoginRedirectLocalHandler(BaseHandler):
    def get(self):
        nxt = self.get_argument("next", "/")
        if not nxt.startswith("/") or nxt.startswith("//") or "\\" in nxt:
            nxt = "/"
        self.redirect(nxt)
