# library: Flask + lxml XPathEvaluator
"""lxml XPathEvaluator: value from request (args.get + guard)."""
from flask import Blueprint, request
from lxml import etree


bp = Blueprint("xpathi_role_5", __name__)

DOC = etree.parse("data/accounts.xml")


@bp.route("/role")
def role_5():
    param = request.args.get("login")
    if not param:
        param = ""
    bar = str(int(param))
    evaluator = etree.XPathEvaluator(DOC)
    matches = evaluator("//account[login='" + bar + "']/@role")
    return {"roles": [str(m) for m in matches]}
