# library: Flask (render_template_string, template injection)
"""Custom greeting and error pages."""
from flask import Blueprint, render_template, render_template_string, request

bp = Blueprint("pages", __name__)


@bp.get("/hello")
def hello():
    name = request.args.get("name", "guest")
    # expect: code-injection
    return render_template_string("<h1>Hello " + name + "!</h1>")


@bp.get("/hello-safe")
def hello_safe():
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=request.args.get("name", "guest"))


@bp.errorhandler(404)
def not_found(err):
    # expect: code-injection
    return render_template_string(f"<p>No page at {request.path}</p>"), 404


@bp.get("/card")
def card():
    title = request.args.get("title", "")
    return render_template("card.html", title=title)


@bp.post("/preview")
def preview():
    # expect: code-injection
    return render_template_string(request.form["template"], user=request.form.get("user"))
