"""Customer portal (Flask): profile pages, notices, file downloads, SSO landing."""
from __future__ import annotations

import os

import jwt
import requests
from flask import Flask, abort, request, render_template, render_template_string, send_file, send_from_directory, redirect
from markupsafe import Markup, escape
from werkzeug.utils import secure_filename

app = Flask(__name__)
app.config.from_prefixed_env()
DOWNLOADS = "/srv/portal/downloads"
JWKS = jwt.PyJWKClient("https://sso.example.com/.well-known/jwks.json")


@app.get("/notice")
def notice():
    title = request.args.get("title", "")
    # expect: xss
    banner = Markup(f"<div class='notice'>{title}</div>")
    return render_template("notice.html", banner=banner)


@app.get("/notice/safe")
def notice_safe():
    title = request.args.get("title", "")
    banner = Markup("<div class='notice'>{}</div>").format(title)
    return render_template("notice.html", banner=banner, footer=Markup("<hr>"))


@app.get("/hello")
def hello():
    name = request.args.get("name", "guest")
    # expect: code-injection
    return render_template_string("<h1>Hello " + name + "</h1>")


@app.get("/hello/safe")
def hello_safe():
    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name", "guest"))


@app.get("/echo")
def echo():
    # expect: xss
    return f"<p>You searched for {request.args.get('q', '')}</p>"


@app.get("/echo/safe")
def echo_safe():
    return f"<p>You searched for {escape(request.args.get('q', ''))}</p>"


@app.get("/download/<path:name>")
def download(name: str):
    return send_from_directory(DOWNLOADS, name)


@app.get("/legacy-download")
def legacy_download():
    name = request.args["file"]
    # expect: path-traversal
    return send_file(os.path.join(DOWNLOADS, name))


@app.post("/upload")
def upload():
    f = request.files["doc"]
    f.save(os.path.join(DOWNLOADS, secure_filename(f.filename)))
    return "", 204


@app.post("/sso/landing")
def sso_landing():
    token = request.form["id_token"]
    key = JWKS.get_signing_key_from_jwt(token)
    claims = jwt.decode(token, key.key, algorithms=["RS256"], audience="portal")
    header = jwt.get_unverified_header(token)
    app.logger.info("sso kid=%s sub=%s", header.get("kid"), claims["sub"])
    return redirect("/")


@app.post("/sso/legacy")
def sso_legacy():
    token = request.form["id_token"]
    # expect: jwt-no-verify
    claims = jwt.decode(token, options={"verify_signature": False})
    return {"sub": claims["sub"]}


@app.get("/avatar")
def avatar():
    url = request.args["src"]
    # expect: ssrf
    img = requests.get(url, timeout=5)
    return img.content, 200, {"Content-Type": img.headers.get("Content-Type", "image/png")}


@app.post("/admin/reset")
def admin_reset():
    user = current_user()
    # expect: assert-security
    assert user.is_staff, "staff only"
    return {"ok": True}


def current_user():
    from flask import g
    return g.user


if __name__ == "__main__":
    # expect: debug-enabled
    app.run(host="127.0.0.1", port=5000, debug=True)
