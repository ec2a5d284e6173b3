"""Small landing pages for campaign links."""
import flask
from markupsafe import escape

app = flask.Flask(__name__)


@app.route("/hello")
def hello():
    name = flask.request.args.get("name", "friend")
    # expect: xss
    return flask.make_response(f"<h1>Hello {name}!</h1>")


@app.route("/campaign")
def campaign():
    code = flask.request.args.get("code")
    # expect: xss
    return flask.make_response("<p>Campaign <b>{}</b> is over.</p>".format(code), 410)


@app.route("/ref")
def ref():
    source = flask.request.args.get("src")
    # expect: xss
    return flask.make_response(f"{source} sent you here. <a href='/'>Home</a>")


@app.route("/hello-safe")
def hello_safe():
    name = flask.request.args.get("name", "friend")
    return flask.make_response(f"<h1>Hello {escape(name)}!</h1>")


@app.route("/hello-template")
def hello_template():
    return flask.render_template("hello.html", name=flask.request.args.get("name"))


@app.route("/campaign.json")
def campaign_json():
    return flask.jsonify(code=flask.request.args.get("code"), active=False)
