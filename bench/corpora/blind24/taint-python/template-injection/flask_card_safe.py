"""Greeting card preview, values passed as context."""
from flask import Flask, render_template_string, request

app = Flask(__name__)
CARD = '<div class="card"><h1>Dear {{ recipient }},</h1><p>{{ message }}</p></div>'


@app.route("/card")
def card():
    recipient = request.args.get("to", "friend")
    message = request.args.get("msg", "Happy birthday!")
    return render_template_string(CARD, recipient=recipient, message=message)
