# library: Flask (HTML built by string concatenation)
"""Search page and small HTML fragments for htmx."""
from flask import Flask, render_template, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    # expect: xss
    return "<h2>Results for " + q + "</h2>"


@app.get("/search-safe")
def search_safe():
    q = request.args.get("q", "")
    return "<h2>Results for " + str(escape(q)) + "</h2>"


@app.get("/fragment/greeting")
def greeting():
    name = request.args.get("name", "guest")
    # expect: xss
    return "<p>Hello, %s!</p>" % name


@app.get("/fragment/greeting-v2")
def greeting_v2():
    return render_template("fragments/greeting.html", name=request.args.get("name", "guest"))


@app.get("/fragment/footer")
def footer():
    year = 2026
    return "<footer>&copy; " + str(year) + " Example Ltd</footer>"
