# library: flask
import ipaddress

from flask import Flask, abort, request
from werkzeug.middleware.proxy_fix import ProxyFix

app = Flask(__name__)
app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1)
OFFICE = ipaddress.ip_network("203.0.113.0/24")


@app.get("/admin/stats")
def admin_stats():
    client_ip = request.headers.get("X-Forwarded-For", request.remote_addr).split(",")[0].strip()
    # expect: ip-spoofing
    if ipaddress.ip_address(client_ip) not in OFFICE:
        abort(403)
    return {"users": 42}


@app.get("/admin/jobs")
def admin_jobs():
    if ipaddress.ip_address(request.remote_addr) not in OFFICE:
        abort(403)
    return {"jobs": []}


@app.get("/admin/flags")
def admin_flags():
    # expect: ip-spoofing
    if request.headers.get("X-Real-IP", "") != "203.0.113.10":
        abort(403)
    return {"flags": {}}


@app.get("/whoami")
def whoami():
    return {"ip": request.headers.get("X-Forwarded-For", request.remote_addr)}
