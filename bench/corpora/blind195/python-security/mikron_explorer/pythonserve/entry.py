import html
import os
import re

from bottle import HTTPError, get, post, redirect, request, response, route, run, static_file

import labels
import noderpc

WEB_ROOT = os.path.abspath("web")
SECRET = os.environ["EXPLORER_SECRET"]
ACCOUNT_RE = re.compile(r"^mik_[13][a-z0-9]{5,60}$")


@route("/dashboard/", method="GET")
@route("/dashboard", method="GET")
@route("/explorer", method="GET")
def get_dashboard_index():
    return static_file("dashboard.html", root="web/")


@get("/explorer/<filename>")
def get_file(filename):
    return static_file(filename, root=WEB_ROOT)


@get("/docs/<page>")
def get_doc(page):
    # expect: path-traversal
    with open(os.path.join(WEB_ROOT, "docs", page)) as fh:
        return fh.read()


@get("/api/account/<account>")
def api_account(account):
    if not ACCOUNT_RE.match(account):
        raise HTTPError(400, "bad account")
    return noderpc.account_info(account, request.query.get("network", "main"))


@get("/api/node_status")
def api_node_status():
    node = request.query.get("node") or noderpc.DEFAULT_NODE
    return noderpc.call("version", node_url=node)


@get("/account/<account>")
def account_page(account):
    info = noderpc.account_info(account) if ACCOUNT_RE.match(account) else {}
    user_labels = labels.load_user_labels(request.get_cookie("labels"))
    name = user_labels.get(account) or labels.label_for(account)
    response.content_type = "text/html"
    # expect: xss
    return f"<h1>{name or account}</h1><p>Balance: {html.escape(str(info.get('balance', '0')))}</p>"


@get("/v2/account/<account>")
def account_page_v2(account):
    if not ACCOUNT_RE.match(account):
        raise HTTPError(400, "bad account")
    info = noderpc.account_info(account)
    user_labels = labels.load_user_labels_signed(request.get_cookie("labels2"), SECRET)
    name = user_labels.get(account) or labels.label_for(account) or account
    response.content_type = "text/html"
    return f"<h1>{html.escape(name)}</h1><p>Balance: {html.escape(str(info.get('balance', '0')))}</p>"


@post("/labels")
def save_label():
    current = labels.load_user_labels_signed(request.get_cookie("labels2"), SECRET)
    current[request.forms.get("account", "")] = request.forms.get("label", "")[:40]
    response.set_cookie("labels2", labels.dump_user_labels_signed(current, SECRET), httponly=True)
    redirect("/explorer")


if __name__ == "__main__":
    run(host=os.environ.get("HOST", "localhost"), port=8228, debug=False)
