"""Services the handlers call: files, system units, packages."""
import html
import os
import subprocess

import requests
from markupsafe import Markup

PACKAGE_INDEX = {"htop": "https://packages.example.org/htop.deb", "tmux": "https://packages.example.org/tmux.deb"}


class FilesystemService:
    def __init__(self, root):
        self.root = root

    def read(self, path, encoding):
        full = os.path.join(self.root, path)
        # expect: path-traversal
        with open(full, encoding=encoding) as fh:
            return fh.read()

    def read_checked(self, path):
        full = os.path.realpath(os.path.join(self.root, path))
        if os.path.commonpath([full, self.root]) != self.root:
            raise PermissionError(path)
        with open(full) as fh:
            return fh.read()

    def preview_html(self, text):
        body = "<div class='notepad'>%s</div>" % text
        # expect: xss
        return Markup(body)

    def preview_escaped(self, text):
        return Markup("<div class='notepad'>{}</div>").format(text)


class ServiceManager:
    def run_action(self, unit, action):
        cmd = "systemctl %s %s" % (action, unit)
        # expect: command-injection
        out = subprocess.check_output(cmd, shell=True)
        return out.decode()

    def restart(self, unit):
        out = subprocess.check_output(["systemctl", "restart", "--", unit])
        return html.escape(out.decode())


class PackageInstaller:
    def fetch_package(self, source, mirror):
        target = source if source else mirror + "/index.json"
        # expect: ssrf
        resp = requests.get(target, timeout=30)
        return {"size": len(resp.content)}

    def fetch_named(self, name):
        target = PACKAGE_INDEX.get(name)
        if target is None:
            return {"error": "unknown package"}
        resp = requests.get(target, timeout=30)
        return {"size": len(resp.content)}
