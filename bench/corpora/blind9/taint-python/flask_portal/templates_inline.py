# library: Flask (render_template_string)
"""Inline-template widgets for the marketing pages."""
from flask import Blueprint, render_template_string, request

bp = Blueprint("widgets", __name__)

BANNER = "<div class='banner'>{{ text }}</div>"


@bp.get("/banner")
def banner():
    return render_template_string(BANNER, text=request.args.get("text", ""))


@bp.get("/banner-legacy")
def banner_legacy():
    text = request.args.get("text", "")
    # expect: code-injection
    return render_template_string("<div class='banner'>" + text + "</div>")


@bp.get("/signature")
def signature():
    sig = request.args.get("sig", "")
    # expect: code-injection
    return render_template_string(f"<footer>{sig}</footer>")


@bp.get("/signature-safe")
def signature_safe():
    return render_template_string("<footer>{{ sig }}</footer>", sig=request.args.get("sig", ""))
