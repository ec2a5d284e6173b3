# library: Flask + lxml XPathEvaluator
"""lxml XPathEvaluator: value from request (args.get default)."""
from flask import Flask, request
from lxml import etree


app = Flask(__name__)

DOC = etree.parse("data/accounts.xml")


@app.get("/role")
def role_10():
    param = request.args.get("login", "")
    bar = param
    evaluator = etree.XPathEvaluator(DOC)
    # expect: xpath-injection
    matches = evaluator("//account[login='" + bar + "']/@role")
    return {"roles": [str(m) for m in matches]}
