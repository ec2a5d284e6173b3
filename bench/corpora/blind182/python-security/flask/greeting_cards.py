"""E-card previews."""
import flask
from flask import Flask, abort, render_template, request
from markupsafe import escape

app = Flask(__name__)

CARD_LAYOUT = """
<div class="card card-{{ theme }}">
  <h2>{{ heading }}</h2>
  <p>{{ message }}</p>
  <footer>From {{ sender }}</footer>
</div>
"""
THEMES = {"birthday", "thanks", "holiday"}


@app.route("/cards/preview", methods=["POST"])
def preview():
    theme = request.form.get("theme", "thanks")
    if theme not in THEMES:
        abort(400)
    return flask.render_template_string(CARD_LAYOUT, theme=theme, heading=request.form["heading"],
                                        message=request.form["message"], sender=request.form["sender"])


@app.route("/cards/custom", methods=["POST"])
def custom_card():
    heading = request.form["heading"]
    # expect: code-injection
    return flask.render_template_string("<div class='card'><h2>" + heading + "</h2>{{ message }}</div>", message=request.form["message"])


@app.route("/cards/thanks/<name>")
def thanks(name):
    template = f"<h1>Thank you, {name}!</h1><p>{{{{ note }}}}</p>"
    # expect: code-injection
    return flask.render_template_string(template, note=request.args.get("note", ""))


@app.route("/cards/<int:card_id>")
def show(card_id):
    return render_template("card.html", card_id=card_id)


@app.route("/cards/plain")
def plain():
    return "<p>" + str(escape(request.args.get("text", ""))) + "</p>"
