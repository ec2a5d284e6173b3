"""Receipt footer with a custom Mako snippet."""
from flask import Flask, request
from mako.template import Template

app = Flask(__name__)


@app.post("/receipts/footer")
def footer():
    snippet = request.form.get("footer", "Thanks!")
    # expect: template-injection
    return Template("<footer>" + snippet + "</footer>").render()
