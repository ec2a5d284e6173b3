from radicale_dav import pathutils, xmlutils
from radicale_dav.auth import LdapAuth, credentials_from
from radicale_dav.storage import Storage

CONFIG = {"filesystem_folder": "/var/lib/radicale/collections", "hook": "git add -A && git commit -m 'changes by %(user)s'"}


class Application:
    def __init__(self, configuration=CONFIG):
        self._storage = Storage(configuration)
        self._auth = LdapAuth()

    def __call__(self, environ, start_response):
        status, headers, answer = self._handle_request(environ)
        start_response(status, list(headers.items()))
        return [answer.encode("utf-8")]

    def _read_body(self, environ):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        return environ["wsgi.input"].read(length) if length else b""

    def _handle_request(self, environ):
        method = environ["REQUEST_METHOD"].upper()
        unsafe_path = environ.get("PATH_INFO", "/")
        login, password = credentials_from(environ)
        user = self._auth.login(login, password) if login else ""
        display = self._auth.lookup_display_name(login) if login else "Anonymous"
        self._storage.last_writer = display
        path = pathutils.sanitize_path(unsafe_path)
        if method == "GET":
            href = environ.get("QUERY_STRING", "").partition("href=")[2]
            if href:
                return "200 OK", {"Content-Type": "text/calendar"}, self._storage.read_item(path, href)
            return "200 OK", {"Content-Type": "text/plain"}, "\n".join(self._storage.discover(path))
        if method == "PROPFIND":
            root = xmlutils.read_xml_request_body(self._read_body(environ))
            return "207 Multi-Status", {"Content-Type": "text/xml"}, str(xmlutils.props_from(root) if root is not None else [])
        if method == "REPORT":
            root = xmlutils.read_report_body(self._read_body(environ))
            return "207 Multi-Status", {"Content-Type": "text/xml"}, str(xmlutils.props_from(root))
        if method in ("PUT", "DELETE"):
            self._storage.run_hook(user, path)
            self._storage.run_path_hook(unsafe_path)
            return "201 Created", {}, ""
        return "405 Method Not Allowed", {}, ""


application = Application()
