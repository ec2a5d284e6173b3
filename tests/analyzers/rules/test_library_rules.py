"""`postil check` with default settings reports the library idioms of issue 32 (Flask, Pyramid,
PyJWT, boto3, Twilio, urllib openers, attrs, logging; Express, passport-jwt, jQuery, AngularJS,
libxmljs) on the lines that have them, and nothing on the safe look-alikes beside them.

Each file marks the lines a rule must report with a trailing `expect: <rule-id>` comment; every
other line must stay quiet for those rules."""

from __future__ import annotations

import json
import re

import pytest

FLASK_APP = """\
import os
import jwt
from flask import Flask, make_response, render_template, request

app = Flask(__name__)
app.secret_key = "dev-only-secret"  # expect: python/security/hardcoded-signing-secret
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]


@app.route("/login", methods=["POST"])
def login():
    token = jwt.encode({"sub": request.form["user"]}, "s3cr3t", algorithm="HS256")  # expect: python/security/jwt-hardcoded-key
    safe_token = jwt.encode({"sub": "x"}, os.environ["JWT_KEY"], algorithm="HS256")
    resp = make_response(render_template("home.html"))
    resp.set_cookie("token", token)  # expect: python/security/cookie-without-secure-flags
    resp.set_cookie("token2", safe_token, secure=True, httponly=True, samesite="Lax")
    return resp


@app.route("/echo")
def echo():
    msg = request.args.get("msg", "")
    return make_response(msg)  # expect: python/security/response-from-request-value
"""

PYRAMID_VIEWS = """\
from pyramid.authentication import AuthTktAuthenticationPolicy
from pyramid.response import Response
from pyramid.view import view_config


def includeme(config):
    settings = config.registry.settings
    unsafe = AuthTktAuthenticationPolicy("seekrit", secure=True, http_only=True)  # expect: python/security/hardcoded-signing-secret
    config.set_authentication_policy(AuthTktAuthenticationPolicy(settings["auth.secret"], secure=True, http_only=True))


@view_config(route_name="echo")
def echo(request):
    return Response(request.params["text"])  # expect: python/security/tainted-xss


@view_config(route_name="hook", require_csrf=False)  # expect: python/security/pyramid-view-csrf-disabled
def hook(request):
    return Response("ok")
"""

SERVICES = """\
import logging
import os
import urllib.request

import attr
import boto3
from Crypto.Cipher import AES
from psycopg import sql

log = logging.getLogger(__name__)
s3 = boto3.client("s3", aws_access_key_id="AKIA2E0A8F3B244C9986", aws_secret_access_key=os.environ["AWS_SECRET"])  # expect: python/security/boto3-hardcoded-credentials
sqs = boto3.client("sqs", region_name="eu-west-1")


def mirror():
    urllib.request.URLopener().retrieve("http://mirror.centos.org/repomd.xml", "repomd.xml")  # expect: python/security/insecure-transport-opener
    urllib.request.URLopener().retrieve("https://mirror.centos.org/repomd.xml", "repomd.xml")


def call(client, to, text):
    client.calls.create(to=to, from_="+15017122661", twiml=f"<Response><Say>{text}</Say></Response>")  # expect: python/security/twiml-injection
    client.calls.create(to=to, from_="+15017122661", twiml="<Response><Say>Goodbye</Say></Response>")


def sync(path):
    try:
        return open(path).read()
    except Exception as exc:
        log.error("sync failed: %s", exc)  # expect: python/correctness/logging-error-loses-traceback
    try:
        return open(path).read()
    except Exception:
        log.exception("sync failed")


def seal(key, data):
    sealed = AES.new(key, AES.MODE_GCM, nonce=b"fixednonce12").encrypt_and_digest(data)  # expect: python/security/crypto-static-iv
    return sealed, AES.new(key, AES.MODE_GCM).encrypt_and_digest(data)


def lookup(conn, email):
    conn.execute(sql.SQL(f"SELECT * FROM users WHERE email = '{email}'"))  # expect: python/security/sql-object-from-formatting
    conn.execute(sql.SQL("SELECT * FROM {} WHERE email = %s").format(sql.Identifier("users")), (email,))


@attr.s
class Job:
    args = attr.ib(default=[])  # expect: python/correctness/attrs-mutable-default
    kwargs = attr.ib(factory=dict)
"""

EXPRESS_SERVER = """\
const express = require('express');
const libxmljs = require('libxmljs');
const { ExtractJwt, Strategy: JwtStrategy } = require('passport-jwt');
const app = express();

passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: 'shhhhh' }, verify)); // expect: js/security/jwt-config-hardcoded-secret
passport.use(new JwtStrategy({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET }, verify));

app.post('/login', (req, res) => {
  res.cookie('sid', req.session.id); // expect: js/security/express-cookie-insecure
  res.cookie('sid', req.session.id, { secure: true, httpOnly: true, sameSite: 'lax' });
  res.send({ user: req.body.user }); // safe
});

app.get('/echo', (req, res) => {
  res.set('Content-Type', 'text/plain');
  res.send(req.query.msg); // safe
});

app.get('/files/:name', (req, res) => {
  res.sendFile(req.params.name, { root: __dirname + '/public' }); // safe
});

app.get('/tag', (req, res) => {
  const tag = req.query.tag;
  if (!/^[a-z0-9-]+$/.test(tag)) return res.sendStatus(400);
  res.send('<b>' + tag + '</b>'); // safe
});

app.get('/page', (req, res) => {
  res.render(req.query.page); // expect: js/security/tainted-view-path
  res.render('page', { q: req.query.q });
});

app.use((req, res, next) => {
  res.header('Access-Control-Allow-Origin', req.headers.origin); // expect: js/security/cors-origin-reflected
  next();
});

async function byStatus(status) {
  await Order.findAll({ where: sequelize.literal(`status = '${status}'`) }); // expect: js/security/sequelize-literal-built
  await Order.findAll({ where: sequelize.literal('status = :status'), replacements: { status } });
}

app.post('/import', (req, res) => {
  const doc = libxmljs.parseXmlString(req.body, { noent: true }); // expect: js/security/xml-parse-external-entities
  const safe = libxmljs.parseXmlString(req.body, { nonet: true });
  res.json({ root: doc.root().name(), other: safe.root().name() });
});
"""

BROWSER_SCRIPT = """\
angular.module('app').config(($translateProvider) => {
  $translateProvider.useSanitizeValueStrategy(null); // expect: js/security/angular-translate-unsanitized
});

angular.module('app').controller('CommentCtrl', function ($scope, $sce) {
  $scope.render = (comment) => $sce.trustAsHtml(comment.body); // expect: js/security/angularjs-sce-trust-dynamic
  $scope.banner = $sce.trustAsHtml('<b>Welcome</b>');
});

function addRow(user) {
  $('<tr><td>' + user.name + '</td></tr>').appendTo('#users'); // expect: js/security/jquery-html-from-string
  $('<tr><td>').text(user.name).appendTo('#users');
}
"""

FILES = {
    "app.py": FLASK_APP,
    "views.py": PYRAMID_VIEWS,
    "services.py": SERVICES,
    "server.js": EXPRESS_SERVER,
    "static/comments.js": BROWSER_SCRIPT,
}
EXPECT = re.compile(r"(?:#|//) expect: (\S+)$")


def _expected() -> set[tuple[str, int, str]]:
    return {(name, number, match.group(1))
            for name, text in FILES.items()
            for number, line in enumerate(text.splitlines(), start=1)
            if (match := EXPECT.search(line))}


def _check(postil, tmp_path) -> list[dict]:
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    result = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert result.code == 0, result.stderr
    return json.loads(result.stdout)["findings"]


@pytest.mark.slow
def test_library_idioms_are_reported_and_safe_look_alikes_are_not(postil, tmp_path):
    expected = _expected()
    rules = {rule for _, _, rule in expected}
    reported = {(f["path"], f["line"], f["rule"]) for f in _check(postil, tmp_path) if f["rule"] in rules}
    assert reported == expected


@pytest.mark.slow
def test_safe_express_lines_are_not_reported(postil, tmp_path):
    """JSON bodies, a text/plain handler, sendFile under a root and a regex-checked value."""
    safe = {n for n, line in enumerate(EXPRESS_SERVER.splitlines(), start=1) if line.endswith("// safe")}
    assert len(safe) == 4
    reported = [(f["line"], f["rule"]) for f in _check(postil, tmp_path) if f["path"] == "server.js" and f["line"] in safe]
    assert reported == []
