import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask
from flask_cors import CORS
from pyramid.session import SignedCookieSessionFactory

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["FLASK_SECRET"],
    # expect: insecure-cookie
    SESSION_COOKIE_SECURE=False,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
# expect: cors-wildcard
CORS(app, origins="*", supports_credentials=True)

api = FastAPI()
api.add_middleware(
    CORSMiddleware,
    allow_origins=["https://app.example.com"],
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)

public_api = FastAPI()
public_api.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])

# expect: insecure-cookie
session_factory = SignedCookieSessionFactory(os.environ["PYRAMID_SECRET"], secure=False, httponly=False)
strict_sessions = SignedCookieSessionFactory(os.environ["PYRAMID_SECRET"], secure=True, httponly=True, samesite="Strict")


@app.get("/healthz")
def healthz():
    return "ok"


if __name__ == "__main__":
    # expect: debug-enabled
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8000")), debug=True)
