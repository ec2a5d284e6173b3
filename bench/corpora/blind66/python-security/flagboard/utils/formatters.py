"""Page rendering helpers used by the admin page editor."""
from flask import render_template_string

PAGE_TEMPLATE = """{% extends "base.html" %}{% block content %}{{ content }}{% endblock %}"""


def build_page_preview(content, title):
    return render_template_string(PAGE_TEMPLATE, content=content, title=title)


def build_custom_page(content):
    # expect: template-injection
    return render_template_string(content)
