# library: Flask + lxml XPathEvaluator
"""lxml XPathEvaluator: value from request (args[...])."""
from flask import Blueprint, request
from lxml import etree


bp = Blueprint("xpathi_role_15", __name__)

DOC = etree.parse("data/accounts.xml")


@bp.route("/role")
def role_15():
    param = request.args["login"]
    num = 86
    if (7 * 18) + num > 200:
        bar = param
    else:
        bar = "admin"
    evaluator = etree.XPathEvaluator(DOC)
    # expect: xpath-injection
    matches = evaluator("//account[login='" + bar + "']/@role")
    return {"roles": [str(m) for m in matches]}
