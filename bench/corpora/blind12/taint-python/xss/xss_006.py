# library: Flask + render_template_string
"""render_template_string: value from request (args.get + guard)."""
from flask import Flask, render_template_string, request


app = Flask(__name__)


@app.get("/note")
def note_3():
    param = request.args.get("comment")
    if not param:
        param = ""
    num = 196
    if (7 * 18) + num > 200:
        bar = param
    else:
        bar = "guest"
    return render_template_string("<div class='note'>{{ note }}</div>", note=bar)
