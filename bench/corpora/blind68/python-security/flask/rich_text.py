"""Helpers that turn stored user content into HTML for the Flask templates."""
import bleach
import flask
import markdown
import markupsafe
from flask import Flask, render_template, request
from markupsafe import Markup as HTML, escape

app = Flask(__name__)

ALLOWED_TAGS = ["a", "b", "em", "i", "strong", "p", "ul", "ol", "li", "code"]


@app.template_filter("bio")
def bio_filter(text):
    # expect: xss
    return HTML(text.replace("\n", "<br>"))


@app.template_filter("md")
def markdown_filter(source):
    # expect: xss
    return markupsafe.Markup(markdown.markdown(source))


def comment_html(comment):
    # expect: xss
    return flask.Markup(f"<p class='comment'><b>{comment.author}</b>: {comment.body}</p>")


@app.route("/notes/preview", methods=["POST"])
def preview_note():
    stored = escape(request.form["note"])
    # expect: xss
    return stored.unescape()


@app.route("/notes/<int:note_id>")
def show_note(note_id):
    return render_template("note.html", note_id=note_id)


def page_title(raw_title):
    # expect: xss
    return flask.Markup.unescape(raw_title)


def clean_markdown(source):
    html = markdown.markdown(source)
    return HTML(bleach.clean(html, tags=ALLOWED_TAGS, strip=True))


def greeting(user):
    return HTML("<span class='hello'>Hello, {}!</span>").format(user.display_name)


LINE_BREAK = HTML("<br>")
