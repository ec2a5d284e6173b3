import os

from flask import Flask

from .hooks import register_hooks


def create_app():
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["PORTAL_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        MYSQL_HOST=os.environ.get("PORTAL_MYSQL_HOST", "localhost"),
        MYSQL_DB=os.environ.get("PORTAL_MYSQL_DB", "portal"),
        MYSQL_USER=os.environ.get("PORTAL_MYSQL_USER", "portal"),
        MYSQL_PASSWORD=os.environ.get("PORTAL_MYSQL_PASSWORD", ""),
        WEATHER_API="https://api.weather.example.net",
    )
    register_hooks(app)

    from .views.dashboard import bp as dashboard_bp
    from .views.members import MemberAPI

    app.register_blueprint(dashboard_bp)
    app.add_url_rule("/members/<int:member_id>", view_func=MemberAPI.as_view("member"))
    app.add_url_rule("/members/", view_func=MemberAPI.as_view("members"), methods=["GET", "POST"])
    return app
