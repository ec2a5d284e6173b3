# library: Flask-JWT-Extended / Flask-CORS
"""Token auth for the mobile backend."""
import os
from datetime import timedelta

from flask import Flask, jsonify
from flask_cors import CORS
from flask_jwt_extended import JWTManager, create_access_token, jwt_required

app = Flask(__name__)
# expect: hardcoded-secret
app.config["JWT_SECRET_KEY"] = "mobile-backend-jwt-secret"
app.config["JWT_ACCESS_TOKEN_EXPIRES"] = timedelta(minutes=15)
app.config["JWT_COOKIE_SECURE"] = True
jwt = JWTManager(app)

# expect: cors-misconfiguration
CORS(app, resources={r"/api/*": {"origins": "*"}}, supports_credentials=True)
CORS(app, resources={r"/public/*": {"origins": "*"}})

staging = Flask("staging")
staging.config["JWT_SECRET_KEY"] = os.environ["STAGING_JWT_SECRET"]
CORS(staging, origins=["https://staging.example.com"], supports_credentials=True)


@app.post("/api/token")
def token():
    return jsonify(access_token=create_access_token(identity="demo"))


@app.get("/api/me")
@jwt_required()
def me():
    return jsonify(ok=True)


@app.get("/public/ping")
def ping():
    return jsonify(pong=True)
