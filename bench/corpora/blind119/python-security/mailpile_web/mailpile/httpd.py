"""HTTP front end (http.server), shaped on mailpile.httpd: posts become Command data."""
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlparse

from markupsafe import Markup

from mailpile_web.mailpile.command_base import UrlRedirectException
from mailpile_web.mailpile.commands import COMMANDS


class HttpRequestHandler(BaseHTTPRequestHandler):
    session = None

    def _query_data(self):
        parsed = urlparse(self.path)
        data = {k: v for k, v in parse_qs(parsed.query).items()}
        if self.command == "POST":
            length = int(self.headers.get("Content-Length", 0))
            data.update(parse_qs(self.rfile.read(length).decode("utf-8")))
        return parsed.path, data

    def do_GET(self):
        self.do_POST()

    def do_POST(self):
        path, data = self._query_data()
        endpoint = path.strip("/").replace("api/0/", "")
        command_cls = COMMANDS.get(endpoint)
        if command_cls is None:
            self.send_error(404)
            return
        try:
            result = command_cls(self.session, arg=data.pop("arg", [None])[0], data=data).run()
        except UrlRedirectException as exc:
            self.send_response(302)
            self.send_header("Location", exc.url)
            self.end_headers()
            return
        content_type = "text/html" if isinstance(result, Markup) else "text/plain"
        body = str(result).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.end_headers()
        self.wfile.write(body)
