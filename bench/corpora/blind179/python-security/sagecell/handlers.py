"""Request handlers for the root page, kernels and the one-shot service."""
import base64
import json
import uuid
import zlib

import tornado.escape
import tornado.web

import misc

LANGUAGES = {"sage", "python", "gp", "html", "maxima", "octave", "r", "singular"}


class RootHandler(tornado.web.RequestHandler):
    """Root page; code can be preloaded with ?c=, ?z= (zlib+base64) or a permalink ?q=."""

    async def get(self):
        code = self.get_argument("c", None)
        if code is None and self.get_argument("z", None):
            raw = base64.urlsafe_b64decode(self.get_argument("z").encode())
            code = zlib.decompress(raw).decode("utf-8")
        if code is None and self.get_argument("q", None):
            row = self.application.db.get_exec_msg(self.get_argument("q"))
            code = row["code"] if row else ""
        lang = self.get_argument("lang", "sage")
        if lang not in LANGUAGES:
            lang = "sage"
        self.render("root.html", code=code or "", lang=lang, autoeval=self.get_argument("autoeval", "") == "true")


class HelpHandler(tornado.web.RequestHandler):
    """Static help page; the 'topic' argument is shown as the page heading."""

    def get(self):
        topic = self.get_argument("topic", "Sage Cell")
        theme = self.get_argument("theme", "light")
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.write("<!DOCTYPE html><html><head><title>Help</title></head>")
        self.write("<body class='%s'>" % tornado.escape.xhtml_escape(theme))
        # expect: xss
        self.write(f"<h1>Help: {topic}</h1>")
        self.write(self.render_string("help_body.html"))
        self.finish("</body></html>")


class KernelHandler(tornado.web.RequestHandler):
    """Start a kernel; the browser then talks to it over a websocket."""

    async def post(self, kernel_id=None):
        accepted_tos = self.get_argument("accepted_tos", "false") == "true"
        if misc.requires_tos() and not accepted_tos:
            self.set_status(403)
            self.finish(misc.TOS_MESSAGE)
            return
        timeout = min(float(self.get_argument("timeout", 30)), 120.0)
        kernel = await self.application.kernel_manager.new_kernel(timeout=timeout)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps({"id": kernel.id, "ws_url": misc.ws_url(self.request)}))

    async def delete(self, kernel_id):
        await self.application.kernel_manager.stop_kernel(kernel_id)
        self.set_status(204)
        self.finish()


class ServiceHandler(tornado.web.RequestHandler):
    """Evaluate code once and return the output as JSON (the public API)."""

    async def post(self):
        code = self.get_argument("code")
        kernel = await self.application.kernel_manager.new_kernel(timeout=30)
        result = await kernel.execute(code)
        self.set_header("Content-Type", "application/json")
        self.set_header("Access-Control-Allow-Origin", "*")
        self.finish(json.dumps({"success": result.ok, "stdout": result.stdout, "request": str(uuid.uuid4())}))
