"""Mixins for the document storage backends."""
import hashlib
import json
import logging

log = logging.getLogger(__name__)


class AuditMixin:
    def save(self, doc):
        log.info("saving %s", doc["id"])
        self.audit.append(doc["id"])

    def delete(self, doc_id):
        self.audit.append(f"-{doc_id}")


class VersioningMixin:
    def save(self, doc):
        doc["version"] = doc.get("version", 0) + 1
        self.versions.setdefault(doc["id"], []).append(json.dumps(doc))


class ChecksumMixin:
    def checksum(self, doc):
        return hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()

    def delete(self, doc_id):
        self.checksums.pop(doc_id, None)


class BaseStore:
    def __init__(self):
        self.audit, self.versions, self.checksums, self.docs = [], {}, {}, {}


# expect: mro-override
class AuditedVersionedStore(AuditMixin, VersioningMixin, BaseStore):
    pass


# expect: mro-override
class ChecksummedStore(BaseStore, AuditMixin, ChecksumMixin):
    def put(self, doc):
        self.checksums[doc["id"]] = self.checksum(doc)
        self.save(doc)


# expect: mro-override
class ArchiveStore(VersioningMixin, AuditMixin, BaseStore):
    read_only = False


class VersionedChecksummedStore(VersioningMixin, ChecksumMixin, BaseStore):
    pass


class ExplicitStore(AuditMixin, VersioningMixin, BaseStore):
    def save(self, doc):
        AuditMixin.save(self, doc)
        VersioningMixin.save(self, doc)
        self.docs[doc["id"]] = doc
