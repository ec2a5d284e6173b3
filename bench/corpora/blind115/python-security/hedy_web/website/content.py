import os

import yaml
from flask import render_template, render_template_string

from .database import Database

CONTENT_DIR = os.path.join(os.path.dirname(__file__), "..", "content")
DATABASE = Database()


def load_cheatsheet(lang, level):
    path = os.path.join(CONTENT_DIR, "cheatsheets", lang + ".yaml")
    if not os.path.isfile(path):
        path = os.path.join(CONTENT_DIR, "cheatsheets", "en.yaml")
    # expect: path-traversal
    with open(path, encoding="utf-8") as fp:
        data = yaml.safe_load(fp)
    return data.get(level, {})


def render_teacher_adventure(adventure_id, username):
    adventure = DATABASE.get_adventure(adventure_id)
    if adventure is None:
        return "not found", 404
    # expect: template-injection
    body = render_template_string(adventure["content"], username=username)
    return render_template("adventure-preview.html", body=body, name=adventure["name"])
