"""Storage of documents uploaded for shipments."""
import base64
import logging
import os
import re

from django.conf import settings

logger = logging.getLogger(__name__)

SAFE_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")
DOC_TYPES = {"label": "label.pdf", "invoice": "invoice.pdf", "manifest": "manifest.pdf"}


class DocumentStore:
    def __init__(self, org_id: str) -> None:
        self.root = os.path.join(settings.DOCUMENTS_ROOT, org_id)

    def save(self, shipment_id: str, doc_name: str, doc_file: str) -> str:
        folder = os.path.join(self.root, shipment_id)
        os.makedirs(folder, exist_ok=True)
        # expect: path-traversal
        with open(os.path.join(folder, doc_name), "wb") as handle:
            handle.write(base64.b64decode(doc_file))
        return doc_name

    def save_checked(self, shipment_id: str, doc_name: str, doc_file: str) -> str:
        if not SAFE_NAME.match(doc_name) or doc_name.startswith("."):
            raise ValueError("invalid document name")
        folder = os.path.join(self.root, shipment_id)
        with open(os.path.join(folder, doc_name), "wb") as handle:
            handle.write(base64.b64decode(doc_file))
        return doc_name

    def read(self, shipment_id: str, doc_type: str) -> str:
        filename = DOC_TYPES.get(doc_type, "label.pdf")
        folder = os.path.realpath(os.path.join(self.root, shipment_id))
        if os.path.commonpath([folder, os.path.realpath(self.root)]) != os.path.realpath(self.root):
            raise ValueError("invalid shipment")
        with open(os.path.join(folder, filename), "rb") as handle:
            return base64.b64encode(handle.read()).decode()
