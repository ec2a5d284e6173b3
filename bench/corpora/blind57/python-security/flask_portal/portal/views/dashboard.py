from flask import Blueprint, g, render_template_string, request, session
from markupsafe import Markup, escape

from ..services import weather

bp = Blueprint("dashboard", __name__)

LAYOUTS = {"wide": "layout-wide", "narrow": "layout-narrow", "cards": "layout-cards"}


@bp.get("/")
def home():
    greeting = session.get("greeting", "Welcome back")
    # expect: template-injection
    return render_template_string("<h1>" + greeting + "</h1>{% include 'dashboard.html' %}")


@bp.get("/v2")
def home_v2():
    greeting = session.get("greeting", "Welcome back")
    return render_template_string("<h1>{{ greeting }}</h1>{% include 'dashboard.html' %}", greeting=greeting)


@bp.get("/layout")
def layout_wrapper():
    layout = session.get("layout", "wide")
    # expect: xss
    return Markup(f"<div class='{layout}'>") + Markup("<p>Your dashboard</p></div>")


@bp.get("/layout/v2")
def layout_wrapper_v2():
    css_class = LAYOUTS.get(session.get("layout", "wide"), "layout-wide")
    return Markup("<div class='{}'><p>Your dashboard</p></div>").format(css_class)


@bp.get("/weather")
def weather_widget():
    city = g.city
    data = weather.forecast(city)
    provider = request.args.get("provider")
    if provider:
        data = weather.forecast_from(provider, city)
    return {"city": city, "forecast": data}


@bp.get("/hello")
def hello():
    name = request.args.get("name", "friend")
    return Markup("<p>Hello, %s!</p>") % escape(name)
