# library: Flask
"""Application factory for the support portal."""
import os

from flask import Flask, jsonify, make_response, request


def create_app() -> Flask:
    app = Flask(__name__)
    # expect: hardcoded-secret
    app.secret_key = "portal-dev-secret-do-not-share"
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        # expect: insecure-cookie
        SESSION_COOKIE_SECURE=False,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=8 * 1024 * 1024,
    )

    @app.get("/health")
    def health():
        return jsonify(status="ok")

    @app.post("/locale")
    def set_locale():
        lang = request.form.get("lang", "en")
        if lang not in {"en", "de", "fr"}:
            lang = "en"
        resp = make_response("", 204)
        resp.set_cookie("lang", lang, max_age=31536000, samesite="Lax")
        return resp

    @app.post("/remember")
    def remember():
        resp = make_response(jsonify(ok=True))
        # expect: insecure-cookie
        resp.set_cookie("remember_token", os.urandom(24).hex(), max_age=2592000)
        return resp

    @app.post("/remember-v2")
    def remember_v2():
        resp = make_response(jsonify(ok=True))
        resp.set_cookie("remember_token", os.urandom(24).hex(), max_age=2592000, secure=True, httponly=True, samesite="Strict")
        return resp

    return app


class ProductionConfig:
    SECRET_KEY = os.environ["SECRET_KEY"]
    SESSION_COOKIE_SECURE = True


if __name__ == "__main__":
    # expect: debug-enabled
    create_app().run(host="0.0.0.0", port=5000, debug=True)
