import flask
from flask import Flask, jsonify, make_response, render_template, request
from flask import make_response as build_response
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    # expect: xss
    return make_response(f"<h1>Hello {name}!</h1>")


@app.route("/search")
def search():
    term = flask.request.args.get("q")
    # expect: xss
    resp = flask.make_response("<p>No results for {}</p>".format(term), 404)
    return resp


@app.route("/unsubscribe")
def unsubscribe():
    email = request.args.get("email", "")
    # expect: xss
    return build_response(
        f"{email} has been removed from the list. <a href='/'>Back</a>"
    )


@app.route("/preview", methods=["POST"])
def preview():
    title = request.form.get("title", "")
    # expect: xss
    return make_response("<h2>" + title + "</h2>", 200, {"Content-Type": "text/html"})


@app.route("/hello-safe")
def hello_safe():
    name = request.args.get("name", "guest")
    return make_response(f"<h1>Hello {escape(name)}!</h1>")


@app.route("/hello-page")
def hello_page():
    return render_template("hello.html", name=request.args.get("name", "guest"))


@app.route("/api/hello")
def hello_api():
    return make_response(jsonify(greeting=f"Hello {request.args.get('name', 'guest')}"))
