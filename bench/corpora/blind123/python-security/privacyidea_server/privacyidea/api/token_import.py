"""Token import: admins upload seed files of hardware tokens."""
from defusedxml import ElementTree as SafeET
from flask import Blueprint, request
from lxml import etree

from privacyidea.api.lib.utils import send_result

token_import_blueprint = Blueprint("token_import_blueprint", __name__)


@token_import_blueprint.route("/load/<filename>", methods=["POST"])
def loadtokens_api(filename=None):
    file_type = request.all_data.get("type", "pskc")
    data = request.files["file"].read()
    if file_type == "aladdin-xml":
        parser = etree.XMLParser(resolve_entities=True, no_network=False)
        # expect: xxe
        root = etree.fromstring(data, parser)
        serials = [t.get("serial") for t in root.iter("Token")]
    else:
        root = SafeET.fromstring(data)
        serials = [k.get("Id") for k in root.iter("{urn:ietf:params:xml:ns:keyprov:pskc}KeyPackage")]
    return send_result({"imported": len(serials)})
