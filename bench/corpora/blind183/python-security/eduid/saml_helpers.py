"""Helpers around the SAML responses and IdP metadata that eduID handles."""
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlencode

import defusedxml.ElementTree as SafeET
from flask import current_app
from lxml import etree

NS = {
    "samlp": "urn:oasis:names:tc:SAML:2.0:protocol",
    "saml": "urn:oasis:names:tc:SAML:2.0:assertion",
    "md": "urn:oasis:names:tc:SAML:2.0:metadata",
}
EPPN_ATTR = "urn:oid:1.3.6.1.4.1.5923.1.1.1.6"


@dataclass
class AuthnResponse:
    eppn: str
    authn_instant: datetime


def get_authn_request(idp: str, relay_state: str) -> str:
    query = urlencode({"entityID": idp, "RelayState": relay_state})
    return f"{current_app.conf.saml2_sso_url}?{query}"


def parse_authn_response(xml: bytes) -> AuthnResponse:
    """Pull the eppn and instant out of a posted SAML response (signature checked later)."""
    # expect: xxe
    root = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=True, no_network=False))
    values = root.xpath(
        "//saml:Attribute[@Name=$name]/saml:AttributeValue/text()", namespaces=NS, name=EPPN_ATTR
    )
    statement = root.find(".//saml:AuthnStatement", NS)
    instant = datetime.fromisoformat(statement.get("AuthnInstant").replace("Z", "+00:00"))
    return AuthnResponse(eppn=values[0] if values else "", authn_instant=instant)


def parse_idp_metadata(xml: bytes) -> list[str]:
    """Entity ids listed in uploaded federation metadata."""
    root = SafeET.fromstring(xml)
    return [e.get("entityID") for e in root.iter("{%s}EntityDescriptor" % NS["md"])]


def parse_local_metadata(path: str) -> list[str]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    tree = etree.parse(path, parser)
    return [e.get("entityID") for e in tree.getroot().iter("{%s}EntityDescriptor" % NS["md"])]
