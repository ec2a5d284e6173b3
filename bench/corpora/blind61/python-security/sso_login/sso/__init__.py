import os

from flask import Flask


def create_app():
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=os.environ["SSO_SECRET_KEY"],
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_SAMESITE="Lax",
        LDAP_URI=os.environ.get("LDAP_URI", "ldaps://ldap.corp.example.com"),
        LDAP_BASE_DN=os.environ.get("LDAP_BASE_DN", "ou=people,dc=corp,dc=example,dc=com"),
        IDP_AUTHORIZE_URL=os.environ.get("IDP_AUTHORIZE_URL", "https://idp.example.com/oauth2/authorize"),
        IDP_TOKEN_URL=os.environ.get("IDP_TOKEN_URL", "https://idp.example.com/oauth2/token"),
        IDP_CLIENT_ID=os.environ.get("IDP_CLIENT_ID", ""),
        IDP_CLIENT_SECRET=os.environ.get("IDP_CLIENT_SECRET", ""),
        PUBLIC_BASE_URL=os.environ.get("PUBLIC_BASE_URL", "https://login.example.com"),
    )
    from .auth.routes import bp as auth_bp
    from .auth.oauth import bp as oauth_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(oauth_bp, url_prefix="/oauth")
    return app
