"""Cloud functions: Chalice (AWS), Azure Functions and Google Cloud Functions entry points."""
import html
import json
import logging
import os
import subprocess

import azure.functions as func
import functions_framework
import requests
from chalice import BadRequestError, Chalice, Response

app = Chalice(app_name="tools")
PREVIEW_HOSTS = ("images.example.com", "static.example.com")


@app.route("/dns/{domain}")
def dns_lookup(domain):
    # expect: command-injection
    out = subprocess.check_output("dig +short " + domain, shell=True, text=True)
    return {"answers": out.split()}


@app.route("/dns-safe/{domain}")
def dns_lookup_safe(domain):
    out = subprocess.check_output(["dig", "+short", domain], text=True)
    return {"answers": out.split()}


@app.route("/greeting")
def greeting():
    name = (app.current_request.query_params or {}).get("name", "")
    return Response(
        # expect: xss
        body="<h1>Hello " + name + "</h1>",
        headers={"Content-Type": "text/html"},
    )


@app.route("/greeting-safe")
def greeting_safe():
    name = (app.current_request.query_params or {}).get("name", "")
    return Response(body="<h1>Hello " + html.escape(name) + "</h1>", headers={"Content-Type": "text/html"})


@app.route("/fetch", methods=["POST"])
def fetch():
    body = app.current_request.json_body
    # expect: ssrf
    r = requests.get(body["url"], timeout=4)
    return {"length": len(r.content)}


@app.route("/fetch-safe", methods=["POST"])
def fetch_safe():
    body = app.current_request.json_body
    host = body.get("host")
    if host not in PREVIEW_HOSTS:
        raise BadRequestError("host")
    r = requests.get(f"https://{host}/preview.png", timeout=4)
    return {"length": len(r.content)}


def azure_report(req: func.HttpRequest) -> func.HttpResponse:
    template_name = req.params.get("t", "")
    # expect: path-traversal
    with open(os.path.join(os.path.dirname(__file__), "templates", template_name)) as fh:
        return func.HttpResponse(fh.read(), mimetype="text/plain")


def azure_report_safe(req: func.HttpRequest) -> func.HttpResponse:
    template_name = req.params.get("t", "")
    allowed = set(os.listdir(os.path.join(os.path.dirname(__file__), "templates")))
    if template_name not in allowed:
        return func.HttpResponse("not found", status_code=404)
    with open(os.path.join(os.path.dirname(__file__), "templates", template_name)) as fh:
        return func.HttpResponse(fh.read(), mimetype="text/plain")


def azure_calc(req: func.HttpRequest) -> func.HttpResponse:
    formula = req.get_json().get("formula", "0")
    # expect: code-injection
    value = eval(formula, {"__builtins__": {}})
    return func.HttpResponse(json.dumps({"value": value}), mimetype="application/json")


@functions_framework.http
def gcf_thumbnail(request):
    width = request.args.get("w", "200")
    # expect: command-injection
    os.system("convert /tmp/in.png -resize " + width + " /tmp/out.png")
    return "ok"


@functions_framework.http
def gcf_thumbnail_safe(request):
    width = int(request.args.get("w", "200"))
    os.system("convert /tmp/in.png -resize %d /tmp/out.png" % width)
    return "ok"


@functions_framework.http
def gcf_log(request):
    ua = request.headers.get("User-Agent", "")
    logging.info("thumbnail request from %s", ua.replace("\r", "").replace("\n", ""))
    return "ok"
