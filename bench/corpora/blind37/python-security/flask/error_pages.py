"""Friendly error and notice pages."""
import flask
from flask import Flask, render_template, render_template_string, request
from flask import render_template_string as render_str

app = Flask(__name__)


@app.errorhandler(404)
def not_found(error):
    page = """
    <h1>Not found</h1>
    <p>Nothing lives at {}.</p>
    """.format(request.path)
    # expect: template-injection
    return render_template_string(page), 404


@app.route("/notice")
def notice():
    message = request.args.get("msg", "")
    body = "<div class='notice'>%s</div>" % message
    # expect: template-injection
    return flask.render_template_string(body)


@app.route("/unsubscribe")
def unsubscribe():
    email = request.args.get("email", "")
    html = "<h2>Unsubscribed</h2>"
    html += "<p>" + email + " will no longer receive newsletters.</p>"
    # expect: template-injection
    return render_template_string(html, title="Unsubscribe")


@app.route("/hello/<name>")
def hello(name):
    template = f"<h1>Hello {name}!</h1><p>{{{{ greeting }}}}</p>"
    # expect: template-injection
    return render_str(template, greeting="Welcome back")


@app.errorhandler(500)
def server_error(error):
    detail = getattr(error, "description", "")
    tmpl = "<h1>Something broke</h1><pre>{detail}</pre>".format(detail=detail)
    # expect: template-injection
    return render_template_string(tmpl), 500


@app.route("/hello-safe/<name>")
def hello_safe(name):
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=name)


@app.route("/notice-safe")
def notice_safe():
    return render_template("notice.html", message=request.args.get("msg", ""))
