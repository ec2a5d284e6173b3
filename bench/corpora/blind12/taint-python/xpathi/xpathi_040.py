# library: Flask + lxml XPathEvaluator
"""lxml XPathEvaluator: value from request (form.get or)."""
from flask import Flask, request
from lxml import etree


app = Flask(__name__)

DOC = etree.parse("data/accounts.xml")


@app.post("/role")
def role_20():
    param = request.form.get("login") or ""
    num = 106
    bar = "admin" if 7 * 18 + num > 200 else param
    evaluator = etree.XPathEvaluator(DOC)
    matches = evaluator("//account[login='" + bar + "']/@role")
    return {"roles": [str(m) for m in matches]}
