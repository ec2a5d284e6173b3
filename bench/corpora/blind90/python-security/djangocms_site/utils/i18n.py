import json
import os

from django.conf import settings

LOCALE_DIR = os.path.join(settings.BASE_DIR, "static", "cms", "locale")


def load_toolbar_strings(language):
    path = os.path.join(LOCALE_DIR, language, "toolbar.json")
    # expect: path-traversal
    with open(path) as fh:
        return json.load(fh)


def load_toolbar_strings_checked(language):
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    with open(os.path.join(LOCALE_DIR, language, "toolbar.json")) as fh:
        return json.load(fh)
