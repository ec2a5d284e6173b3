"""Document store front used by the HTTP layer (``addok/ds.py``)."""
import json
import re

from addok.config import config
from addok.db import DB

DOC_PREFIX = "d|"
ID_RE = re.compile(r"^[\w.-]{1,64}$")


class RedisStore:
    def fetch(self, *keys):
        pipe = DB.pipeline(transaction=False)
        for key in keys:
            pipe.get(key)
        for key, raw in zip(keys, pipe.execute()):
            if raw:
                yield key, raw


def _store():
    return config.DOCUMENT_STORE


def get_document(doc_id: str):
    store = _store()
    if hasattr(store, "fetch_one"):
        return store.fetch_one(doc_id)
    if not ID_RE.match(doc_id):
        return None
    for _key, raw in store.fetch(DOC_PREFIX + doc_id):
        return json.loads(raw)
    return None


def get_documents(*ids):
    keys = [DOC_PREFIX + i for i in ids if ID_RE.match(i)]
    return [json.loads(raw) for _key, raw in _store().fetch(*keys)]
