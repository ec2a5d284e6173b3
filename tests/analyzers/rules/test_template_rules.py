"""HTML templates (Django, Jinja2/Flask; Node's EJS, Handlebars and Pug) are reviewed for the ways
they turn autoescaping off or put a value where escaping does not help, and a finding sits on the
tag or variable that does it, not on the run of text around it (a text node spans from one element
to the next). Real rules, the real scan, in process and in bulk (ast-grep's CLI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.rules import bulk
from tests.analyzers.rules.tree_scan import scanned

TEMPLATE = '''{% extends "base.html" %}
{% load static %}
{% autoescape off %}
<p>{{ comment }}</p>
{% endautoescape %}
<div class="bio">{{ user.bio|safe }}</div>
<div>{{ user.name }}</div>
<a href="{{ profile.website }}">site</a>
<a href="/users/{{ profile.id }}">me</a>
<script>
  var data = {{ payload|tojson }};
  var name = "{{ user.name }}";
</script>
<form method="post" action="/transfer"><input name="amount"></form>
<form method="post" action="/ok">{% csrf_token %}<input name="x"></form>
'''
STATIC = '<html><body><form method="post" action="https://example.org/s"><input name="e"></form></body></html>\n'


def _findings(root: Path, bulk_scan: bool, monkeypatch) -> list[tuple]:
    return sorted((path, f.span.start_line + 1, f.span.start_col + 1, f.rule)
                  for path, f in scanned(root, bulk_scan, monkeypatch))


def test_a_template_is_reported_where_escaping_is_lost(tmp_path, monkeypatch):
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "page.html").write_text(TEMPLATE)
    (tmp_path / "static.html").write_text(STATIC)
    found = _findings(tmp_path, bulk_scan=False, monkeypatch=monkeypatch)
    assert [(line, column, rule.rsplit("/", 1)[1]) for _, line, column, rule in found] == [
        (3, 1, "template-autoescape-off"),  # a Django template: `{% load %}`
        (6, 18, "template-safe-filter"),
        (8, 10, "template-url-from-variable"),
        (12, 15, "template-variable-in-script"),
        (14, 1, "form-without-csrf-token"),
    ]


def test_templates_get_the_same_findings_in_bulk(tmp_path, monkeypatch):
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    (tmp_path / "page.html").write_text(TEMPLATE)
    alone = _findings(tmp_path, bulk_scan=False, monkeypatch=monkeypatch)
    assert alone and _findings(tmp_path, bulk_scan=True, monkeypatch=monkeypatch) == alone


def test_narrowing_a_finding_runs_the_rule_s_regex_in_linear_time():
    """A finding on a text node is narrowed with the rule's own regex, which a repository may
    write: it runs in RE2, never in Python's backtracking engine (where `(a|aa)+b` takes time
    exponential in the run of `a`s before a `c`). CPU of this thread, 24 against 12: a few
    times at most (2^12 times in a backtracking engine)."""
    import time

    from postil.analyzers.rules.text_spans import narrowed

    config = {"rule": {"regex": "(a|aa)+b"}}

    def cpu(run: int) -> tuple[float, list[tuple[int, int]]]:
        text = "a" * run + "c ab"
        started = time.thread_time()
        for _ in range(20):
            span = narrowed(config, text, 0, len(text))
        return time.thread_time() - started, span

    (short, _), (long, span) = cpu(12), cpu(24)
    assert span == [(24 + 2, 24 + 4)]  # the `ab` after the `c`
    assert long < 20 * short + 0.05, (short, long)


# Express's view engines: each file read as HTML, its unescaped output found on its own line
NODE_VIEWS = {
    "post.ejs": '<%- include("header", { title: post.title }) %>\n<h1><%= post.title %></h1>\n'
                '<div class="body"><%- post.bodyHtml %></div>\n',
    "post.pug": "article\n  h1= post.title\n  div.body!= post.bodyHtml\n"
                "  //- postil: ignore[js/security/pug-unescaped-output]\n  footer!= site.footerHtml\n",
    "layout.hbs": "<body>\n{{{body}}}\n<aside>{{{ sidebar.html }}}</aside>\n</body>\n",
}


@pytest.mark.parametrize("bulk_scan", [False, True])
def test_node_view_templates_are_reported_where_output_is_unescaped(tmp_path, monkeypatch, bulk_scan):
    for name, text in NODE_VIEWS.items():
        (tmp_path / name).write_text(text)
    found = _findings(tmp_path, bulk_scan=bulk_scan, monkeypatch=monkeypatch)
    assert [(path, line, column, rule.rsplit("/", 1)[1]) for path, line, column, rule in found] == [
        ("layout.hbs", 3, 8, "mustache-unescaped-output"),  # not the layout's {{{body}}}
        ("post.ejs", 3, 19, "ejs-unescaped-output"),  # not the include
        ("post.pug", 3, 1, "pug-unescaped-output"),  # the next `!=` is suppressed by a Pug comment
    ]


VUE_COMPONENT = '''<template>
  <article class="comment">
    <header>{{ comment.author }}</header>
    <div class="body" v-html="comment.bodyHtml"></div>
    <div class="sig" v-html="$sanitize(comment.signature)"></div>
    <!-- eslint-disable-next-line vue/no-v-html -->
    <footer v-html="siteFooter"></footer>
  </article>
</template>

<script setup>
const props = defineProps({ comment: Object, siteFooter: String })
</script>
'''


@pytest.mark.parametrize("bulk_scan", [False, True])
def test_a_vue_component_is_reported_where_its_template_renders_html(tmp_path, monkeypatch, bulk_scan):
    """A `.vue` file is checked (it was skipped as no language): its template's `v-html` of a
    value is reported, a sanitized one and one under eslint-plugin-vue's own disable comment
    are not, and `{{ }}` interpolation (escaped by Vue) is not a Jinja/Django finding."""
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "Comment.vue").write_text(VUE_COMPONENT)
    found = _findings(tmp_path, bulk_scan=bulk_scan, monkeypatch=monkeypatch)
    assert [(line, rule) for _, line, _, rule in found] == [(4, "js/security/vue-v-html-binding")]
