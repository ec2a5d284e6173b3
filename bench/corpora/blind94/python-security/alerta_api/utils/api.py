import json
import re
from functools import wraps

from flask import Response, current_app, request

from alerta_api.plugins import loaded_plugins

CALLBACK_RE = re.compile(r"^[A-Za-z_$][\w$.]{0,63}$")


def jsonp(func):
    @wraps(func)
    def decorated(*args, **kwargs):
        callback = request.args.get("callback", False)
        if callback:
            data = str(func(*args, **kwargs).data.decode("utf-8"))
            # expect: xss
            return Response(callback + "(" + data + ")", mimetype="application/javascript")
        return func(*args, **kwargs)

    return decorated


def jsonp_checked(func):
    @wraps(func)
    def decorated(*args, **kwargs):
        callback = request.args.get("callback", "")
        if callback and CALLBACK_RE.match(callback):
            data = func(*args, **kwargs).data.decode("utf-8")
            return Response(f"{callback}({data})", mimetype="application/javascript")
        return func(*args, **kwargs)

    return decorated


def add_remote_ip(req, alert):
    forwarded = req.headers.getlist("X-Forwarded-For")
    alert.attributes["ip"] = forwarded[0].split(",")[0].strip() if forwarded else req.remote_addr


def process_alert(alert):
    for plugin in loaded_plugins():
        alert = plugin.pre_receive(alert) or alert
    alert = alert.create()
    for plugin in loaded_plugins():
        plugin.post_receive(alert)
    current_app.logger.info("Processed alert %s", json.dumps(alert.id))
    return alert
