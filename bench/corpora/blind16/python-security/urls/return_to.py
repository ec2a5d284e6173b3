# library: flask
import re
from urllib.parse import urlparse

from flask import Flask, redirect, request

app = Flask(__name__)
TRUSTED_HOSTS = {"app.example.com", "docs.example.com"}
SAFE_RE = re.compile(r"^https://app\.example\.com/")


@app.get("/sso/done")
def sso_done():
    target = request.args.get("return_to", "/")
    # expect: incomplete-url-check
    if "app.example.com" in target:
        return redirect(target)
    return redirect("/")


@app.get("/sso/done-regex")
def sso_done_regex():
    target = request.args.get("return_to", "/")
    # expect: incomplete-url-check
    if re.match(r"https://app.example.com", target):
        return redirect(target)
    return redirect("/")


@app.get("/sso/done-parsed")
def sso_done_parsed():
    target = request.args.get("return_to", "/")
    parts = urlparse(target)
    if parts.scheme == "https" and parts.hostname in TRUSTED_HOSTS:
        return redirect(target)
    return redirect("/")


@app.get("/sso/done-anchored")
def sso_done_anchored():
    target = request.args.get("return_to", "/")
    if SAFE_RE.match(target):
        return redirect(target)
    return redirect("/")
