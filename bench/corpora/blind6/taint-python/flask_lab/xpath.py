"""Directory lookups with XPath (lxml, elementpath)."""
import elementpath
from flask import Blueprint, jsonify, request
from lxml import etree

bp = Blueprint("xpath", __name__)

TREE = etree.parse("/srv/lab/users.xml")


@bp.get("/users/by-name")
def by_name():
    name = request.args.get("name", "")
    # expect: xpath-injection
    nodes = TREE.xpath(f"//user[@name='{name}']/email/text()")
    return jsonify([str(n) for n in nodes])


@bp.get("/users/by-name-safe")
def by_name_safe():
    name = request.args.get("name", "")
    nodes = TREE.xpath("//user[@name=$name]/email/text()", name=name)
    return jsonify([str(n) for n in nodes])


@bp.get("/users/compiled")
def compiled():
    query = "//user[@role='" + request.args.get("role", "") + "']/@name"
    # expect: xpath-injection
    find = etree.XPath(query)
    return jsonify([str(n) for n in find(TREE)])


@bp.get("/users/compiled-safe")
def compiled_safe():
    find = etree.XPath("//user[@role=$role]/@name")
    return jsonify([str(n) for n in find(TREE, role=request.args.get("role", ""))])


@bp.get("/users/elementpath")
def with_elementpath():
    dept = request.args.get("dept", "")
    # expect: xpath-injection
    nodes = elementpath.select(TREE.getroot(), f"//user[dept='{dept}']/@name")
    return jsonify([str(n) for n in nodes])


@bp.get("/users/guarded")
def guarded():
    bar = request.args.get("name", "")
    if "'" in bar:
        return "bad name", 400
    nodes = TREE.xpath("//user[@name='" + bar + "']/email/text()")
    return jsonify([str(n) for n in nodes])


@bp.get("/users/replaced")
def replaced():
    bar = request.args.get("name", "")
    bar = bar.replace("'", "&apos;")
    nodes = TREE.xpath("//user[@name='" + bar + "']/email/text()")
    return jsonify([str(n) for n in nodes])


@bp.get("/users/xpath-evaluator")
def evaluator():
    expr = request.args.get("expr", "count(//user)")
    ev = etree.XPathEvaluator(TREE)
    # expect: xpath-injection
    return jsonify({"result": str(ev(expr))})
