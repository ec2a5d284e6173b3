"""Greeting card preview."""
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/card")
def card():
    recipient = request.args.get("to", "friend")
    message = request.args.get("msg", "Happy birthday!")
    template = f"""
    <div class="card"><h1>Dear {recipient},</h1><p>{message}</p></div>
    """
    # expect: template-injection
    return render_template_string(template)
