"""Request hooks registered on the app."""
from flask import g, request, session


def init_request_processors(app):
    @app.before_request
    def remember_theme_choice():
        theme = request.args.get("theme")
        if theme in ("core", "dark", "classic"):
            session["theme"] = theme

    @app.before_request
    def remember_return_path():
        g.return_to = request.args.get("return_to") or ""

    @app.after_request
    def security_headers(response):
        response.headers["X-Frame-Options"] = "SAMEORIGIN"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response
