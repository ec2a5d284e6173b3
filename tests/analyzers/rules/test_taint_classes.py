"""Request data through the project's own Python classes (issue 31): a service method of
another module called on an instance with request data reaches its sink (reported at the
call, as a function's is); an object made with request data keeps it in the fields its
`__init__` sets, so a method passing such a field to a sink is reached, in the same file
(reported at the sink) or from another module (reported where the object is made). Another
class's field of the same name, a field the constructor fills with its own value and a
method that cleans the field stay quiet. Real multi-file projects, checked as a user would."""

from __future__ import annotations

from test_taint_modules import check, repository

SERVICES = '''import sqlite3
import subprocess

import requests


class UserService:
    def __init__(self, db_path="app.db"):
        self.conn = sqlite3.connect(db_path)

    def avatar(self, url):
        return requests.get(url, timeout=5).content

    def avatar_safe(self, name):
        return requests.get("https://cdn.example.com/avatars/" + name, timeout=5).content


class Exporter:
    def __init__(self, fmt, dest):
        self.fmt = fmt
        self.dest = dest
        self.tool = "/usr/bin/exporter"

    def run(self):
        return subprocess.call(self.tool + " --format " + self.fmt, shell=True)

    def write(self):
        return open(self.dest, "w")


users = UserService()
'''

VIEWS = '''from flask import Flask, request

from services import Exporter, UserService, users

app = Flask(__name__)
service = UserService()


@app.route("/a")
def a():
    return service.avatar(request.args["url"])


@app.route("/b")
def b():
    return UserService().avatar(request.args["url"])


@app.route("/c")
def c():
    return users.avatar(request.args["url"])


@app.route("/d")
def d():
    return service.avatar_safe(request.args["name"])


@app.route("/e")
def e():
    Exporter(request.args["fmt"], "/srv/out.csv").run()
    return "ok"


@app.route("/f")
def f():
    Exporter("csv", "/srv/out.csv").run()
    return "ok"
'''

ONE_FILE = '''import requests
from flask import Flask, request

app = Flask(__name__)


class Downloader:
    def __init__(self, url):
        self.url = url

    def fetch(self):
        return requests.get(self.url, timeout=5).content


class Mirror:
    def __init__(self, path):
        self.url = "https://mirror.example.com/" + path

    def fetch(self):
        return requests.get(self.url, timeout=5).content


@app.route("/dl")
def dl():
    return Downloader(request.args["url"]).fetch()


@app.route("/mirror")
def mirror():
    return Mirror(request.args["path"]).fetch()
'''


def test_methods_and_constructors_of_an_imported_class_take_request_data_to_their_sinks(tmp_path):
    root = repository(tmp_path / "shop", {"services.py": SERVICES, "views.py": VIEWS})
    assert check(root, "views.py") == {
        (11, "python/security/tainted-ssrf"),  # a module-level instance
        (16, "python/security/tainted-ssrf"),  # an instance made in place
        (21, "python/security/tainted-ssrf"),  # the imported module's own instance
        (31, "python/security/tainted-command"),  # the format the constructor keeps, run by `run`
    }


def test_a_field_set_from_a_constructor_argument_is_tainted_in_the_other_methods(tmp_path):
    root = repository(tmp_path / "one", {"app.py": ONE_FILE})
    assert check(root, "app.py") == {(12, "python/security/tainted-ssrf")}  # not Mirror's `self.url`
