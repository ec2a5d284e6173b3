"""The callers' gate reads an ASCII Python text with RE2 (taint_callers.reads_requests): the same answer
as `re` gives with HANDLES and SERVES, alternative by alternative, where the two engines' classes differ
(`re`'s space takes a vertical tab and \\x1c-\\x1f, RE2's does not) and on text that is not ASCII."""

from __future__ import annotations

import pytest

from postil.analyzers.rules.taint_callers import HANDLES, SERVES, reads_requests

FLASK = "from flask import Blueprint, request\n"
SNIPPETS = [
    FLASK + "def view():\n    return request.args.get('q')\n",
    FLASK + "def view():\n    return request.argsx\n",  # (no word boundary after the member)
    FLASK + "def view():\n    return myrequest.args\n",
    FLASK + "@bp.route('/a')\ndef view(name):\n    return name\n",
    "import tornado\nclass H(RequestHandler):\n    def get(self):\n        return self.get_query_argument('q')\n",
    "from strawberry import type\n@strawberry.field\ndef f(): pass\n",
    "import graphene\ndef resolve_user(root, info, id):\n    return id\n",
    "import graphene\ndef mutate(cls, root, info, **kw):\n    pass\n",
    "from flask_restful import reqparse\n",
    "from webargs import fields\n@use_kwargs({'q': fields.Str()})\ndef view(q): pass\n",
    "import cherrypy\nclass Root:\n    @cherrypy.expose\n    def index(self, q): pass\n",
    "from girder import api\n@autoDescribeRoute(Description('x'))\ndef f(self, q): pass\n",
    "class Core(component.Component):\n    @export\n    def run(self, cmd): pass\n",
    "from xmlrpc.server import SimpleXMLRPCServer\nserver.register_function(run)\n",
    "from twisted.web import resource\nclass R(resource.Resource):\n    def render_POST(self, request): pass\n",
    "class Controller(wsgi.Controller):\n    def create(self, req, body): pass\nwsgi.Resource(Controller())\n",
    "class R:\n    def on_post(self, req, resp):\n        pass\n",
    "class R:\n    def on_post(self,\x0breq,\x1cresp):\n        pass\n",  # (`re`'s spaces, not RE2's)
    "class R:\n    def on_post(self,\x0breq,\x1cresp):\n        pass\nimport falcon\n",
    "class V(FormView):\n    def form_valid(self, form): pass\n",
    "from moonraker import x\nasync def f(web_request):\n    web_request.get_str('path')\nserver.register_endpoint('/x')\n",
    "import connexion\n",
    "import requests\nrequest.headers['X']\n",  # (an HTTP client's request: serves nothing)
    FLASK + "def vue():\n    return request.args['é']\n",  # (not ASCII: `re`)
    FLASK.replace("Blueprint", "Blueprint\x0b") + "def view():\n    return request.form\n",
]


@pytest.mark.parametrize("text", SNIPPETS)
def test_the_gate_answers_as_re_does(text: str) -> None:
    expected = HANDLES["python"].search(text) is not None and SERVES.search(text) is not None
    assert reads_requests(text, "python") is expected


def test_the_snippets_hold_both_answers() -> None:
    answers = {reads_requests(text, "python") for text in SNIPPETS}
    assert answers == {True, False}
    assert reads_requests("class R:\n    def on_post(self,\x0breq,\x1cresp):\n        pass\n", "python")
