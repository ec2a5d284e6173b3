import falcon
from lxml import etree

from src.services import certs, notify
from src.services.queries import active_certificates, certificates_for_customer, customer_by_email

_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


class CertificateCollectionResource:
    def on_get(self, req, resp, email):
        status = req.get_param("status", default="active")
        rows = active_certificates(self.session, email) if status == "active" else certificates_for_customer(self.session, email, status)
        resp.media = [dict(r._mapping) for r in rows]

    def on_post(self, req, resp, email):
        body = req.get_media()
        customer = customer_by_email(self.session, email)
        if customer is None:
            raise falcon.HTTPNotFound()
        cert = certs.issue(self.session, customer, body["common_name"], body.get("days", 365))
        resp.status = falcon.HTTP_201
        resp.media = {"id": cert.id}


class CertificateActivationResource:
    def on_put(self, req, resp, cert_id):
        active = bool(req.get_media().get("active"))
        cert = certs.set_active(self.session, cert_id, active)
        notify.certificate_changed(cert.customer, cert, active)
        resp.media = {"id": cert.id, "active": cert.active}


class CertificateImportResource:
    def on_post(self, req, resp):
        raw = req.bounded_stream.read()
        if req.get_param_as_bool("legacy"):
            # expect: xxe
            root = etree.fromstring(raw, parser=etree.XMLParser(resolve_entities=True))
        else:
            root = etree.fromstring(raw, parser=_SAFE_PARSER)
        imported = 0
        for node in root.iterfind("certificate"):
            customer = customer_by_email(self.session, node.findtext("email"))
            if customer is not None:
                certs.store_imported(self.session, customer, node.findtext("body"), node.findtext("key"))
                imported += 1
        resp.media = {"imported": imported}
