"""Error handlers and small HTML responses for the storefront (Flask)."""
from flask import Flask, Response, abort, render_template, render_template_string, request
from markupsafe import Markup, escape

app = Flask(__name__)

NOT_FOUND_TEMPLATE = """<h1>Not found</h1><p>No page at {{ path }}</p>"""


@app.errorhandler(404)
def not_found(err):
    return render_template_string(NOT_FOUND_TEMPLATE, path=request.path), 404


@app.errorhandler(410)
def gone(err):
    # expect: template-injection
    return render_template_string(f"<h1>Gone</h1><p>{request.path} was removed.</p>"), 410


@app.errorhandler(500)
def server_error(err):
    return render_template("500.html"), 500


@app.route("/unsubscribe")
def unsubscribe():
    email = request.args.get("email", "")
    # expect: xss
    return Response("<p>" + email + " has been unsubscribed.</p>", mimetype="text/html")


@app.route("/unsubscribe/v2")
def unsubscribe_v2():
    email = request.args.get("email", "")
    return Response(f"<p>{escape(email)} has been unsubscribed.</p>", mimetype="text/html")


@app.route("/embed")
def embed():
    color = request.args.get("color", "blue")
    if color not in {"blue", "green", "red"}:
        abort(400)
    return Markup(f'<div style="color:{color}">widget</div>')


@app.route("/echo")
def echo():
    # expect: xss
    return f"<pre>{request.args.get('msg', '')}</pre>"


@app.route("/echo.json")
def echo_json():
    return {"msg": request.args.get("msg", "")}


@app.template_filter("nl2br")
def nl2br(value: str) -> Markup:
    return Markup("<br>").join(escape(value).split("\n"))


@app.template_filter("trusted_html")
def trusted_html(value: str) -> Markup:
    # expect: xss
    return Markup(value)
