"""Serves translation bundles for the locale the middleware picked."""
import json
import os

from fastapi import APIRouter

from ..utils.auth import request_locale

router = APIRouter()
LOCALES_DIR = os.path.join(os.path.dirname(__file__), "..", "static", "locales")
SUPPORTED = {"en-US", "de-DE", "fr-FR", "ja-JP", "zh-CN"}


def _bundle_path(locale):
    return os.path.join(LOCALES_DIR, locale, "translation.json")


@router.get("/bundle")
def get_bundle():
    locale = request_locale.get()
    # expect: path-traversal
    with open(_bundle_path(locale), encoding="utf-8") as f:
        return json.load(f)


@router.get("/bundle/checked")
def get_bundle_checked():
    locale = request_locale.get()
    if locale not in SUPPORTED:
        locale = "en-US"
    with open(_bundle_path(locale), encoding="utf-8") as f:
        return json.load(f)
