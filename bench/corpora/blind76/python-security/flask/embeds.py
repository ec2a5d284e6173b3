"""Embeddable widgets rendered from small inline templates."""
import flask
from flask import Blueprint, render_template, render_template_string, request
from flask import render_template_string as render_inline

widgets = Blueprint("widgets", __name__)

BADGE_TEMPLATE = "<span class='badge badge-{{ color }}'>{{ label }}</span>"


@widgets.route("/widgets/greeting")
def greeting():
    name = request.args.get("name", "guest")
    html = "<h3>Welcome back, {}!</h3>".format(name)
    # expect: template-injection
    return render_template_string(html)


@widgets.route("/widgets/error")
def widget_error():
    code = request.args.get("code", "unknown")
    page = "<p class='error'>Widget failed: %s</p>" % code
    # expect: template-injection
    return flask.render_template_string(page), 400


@widgets.route("/widgets/list")
def item_list():
    tpl = "<ul>"
    for item in request.args.getlist("item"):
        tpl += "<li>" + item + "</li>"
    tpl += "</ul>"
    # expect: template-injection
    return render_inline(tpl)


@widgets.route("/widgets/card/<title>")
def card(title):
    body = f"<div class='card'><h4>{title}</h4>{{{{ content }}}}</div>"
    # expect: template-injection
    return render_template_string(body, content=request.args.get("content", "")), 200


@widgets.route("/widgets/badge")
def badge():
    return render_template_string(BADGE_TEMPLATE, color=request.args.get("color", "grey"), label=request.args.get("label", ""))


@widgets.route("/widgets/hello")
def hello():
    return render_template_string("<p>Hello {{ name }}</p>", name=request.args.get("name", "guest"))


@widgets.route("/widgets/profile")
def profile():
    return render_template("widgets/profile.html", user=request.args.get("user"))
