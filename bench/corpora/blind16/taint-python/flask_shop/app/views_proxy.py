import requests
from flask import request

from . import app

PARTNERS = {"dhl": "https://api.dhl.example/track", "ups": "https://api.ups.example/track"}


@app.get("/track")
def track():
    urls = {"carrier": PARTNERS.get(request.args.get("carrier"), PARTNERS["dhl"]), "callback": request.args.get("callback", "")}
    resp = requests.get(urls["carrier"], params={"id": request.args.get("id")}, timeout=10)
    # expect: ssrf
    requests.post(urls["callback"], json=resp.json(), timeout=10)
    return resp.json()


@app.get("/track/list")
def track_list():
    endpoints = [PARTNERS["dhl"], request.args.get("mirror", "")]
    first = requests.get(endpoints[0], timeout=10)
    # expect: ssrf
    second = requests.get(endpoints[1], timeout=10)
    return {"a": first.status_code, "b": second.status_code}
