"""OLAC / OAI-PMH endpoint so language archives can harvest the dataset."""
import datetime
from xml.sax.saxutils import escape, quoteattr

from pyramid.response import Response

from clld.db.meta import DBSession
from clld.db.models.common import Dataset, Language

VERBS = {"Identify", "ListMetadataFormats", "ListIdentifiers", "ListRecords", "GetRecord"}

HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">'


def _now():
    return datetime.datetime.utcnow().strftime("%Y-%m-%dT%H:%M:%SZ")


def _request_element(request, verb):
    attrs = "".join(f" {k}={quoteattr(v)}" for k, v in request.params.items() if k in ("verb", "identifier", "metadataPrefix"))
    return f"<request{attrs}>{escape(request.route_url('olac'))}</request>"


def _error(request, code, message):
    body = f"{HEADER}<responseDate>{_now()}</responseDate>{_request_element(request, None)}"
    body += f'<error code="{code}">{escape(message)}</error></OAI-PMH>'
    return Response(body, content_type="text/xml", charset="utf-8")


def olac(request):
    verb = request.params.get("verb", "")
    if verb not in VERBS:
        # expect: xss
        return Response(f"<html><body><h1>Bad verb</h1><p>{verb} is not an OAI-PMH verb.</p></body></html>", content_type="text/html")
    if verb == "GetRecord":
        identifier = request.params.get("identifier", "")
        lang = DBSession.query(Language).filter(Language.id == identifier.rsplit(":", 1)[-1]).first()
        if lang is None:
            return _error(request, "idDoesNotExist", f"No record {identifier}")
        record = f"<record><header><identifier>{escape(identifier)}</identifier></header>" \
                 f"<metadata><name>{escape(lang.name)}</name></metadata></record>"
        body = f"{HEADER}<responseDate>{_now()}</responseDate>{_request_element(request, verb)}<GetRecord>{record}</GetRecord></OAI-PMH>"
        return Response(body, content_type="text/xml", charset="utf-8")
    dataset = DBSession.query(Dataset).one()
    body = f"{HEADER}<responseDate>{_now()}</responseDate>{_request_element(request, verb)}" \
           f"<{verb}><repositoryName>{escape(dataset.name)}</repositoryName></{verb}></OAI-PMH>"
    return Response(body, content_type="text/xml", charset="utf-8")
