import ipaddress
import re
import socket

import tornado.web

from ..base import BaseHandler
from ..shell import popen_lines, run_argv, run_line

HOSTNAME_RE = re.compile(r"^[A-Za-z0-9.-]{1,253}$")


class PingHandler(BaseHandler):
    def get(self):
        host = self.param("host")
        count = self.param("count", "3")
        self.write_output("ping", run_line(f"ping -c {count} {host}"))


class PingCheckedHandler(BaseHandler):
    def get(self):
        host = self.param("host")
        try:
            ipaddress.ip_address(host)
        except ValueError:
            if not HOSTNAME_RE.match(host):
                raise tornado.web.HTTPError(400, "bad host")
        try:
            count = int(self.param("count", "3"))
        except ValueError:
            count = 3
        self.write_output("ping", run_argv(["ping", "-c", str(min(count, 10)), host]))


class TracerouteHandler(BaseHandler):
    def get(self):
        target = self.param("target") or "8.8.8.8"
        lines = popen_lines("traceroute -w 2 " + target)
        self.write_output("traceroute", "\n".join(lines))


class LookupHandler(BaseHandler):
    def get(self):
        name = self.param("name", "localhost")
        try:
            infos = socket.getaddrinfo(name, None)
        except socket.gaierror as exc:
            raise tornado.web.HTTPError(404, str(exc))
        self.write_output("lookup", sorted({i[4][0] for i in infos}))
