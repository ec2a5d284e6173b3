"""Elasticsearch connection used by the dispatchers."""
import json

import requests
from oslo_config import cfg
from oslo_log import log

LOG = log.getLogger(__name__)

OPTS = [
    cfg.StrOpt("uri", default="http://localhost:9200/", help="Elasticsearch address."),
    cfg.StrOpt("index_prefix", default="data_", help="Prefix of the indices."),
]
cfg.CONF.register_opts(OPTS, group="es_conn")


class ESConnection(object):
    def __init__(self, doc_type):
        self.uri = cfg.CONF.es_conn.uri.rstrip("/") + "/"
        self.doc_type = doc_type
        self.index = cfg.CONF.es_conn.index_prefix + doc_type

    def get_messages(self, query):
        url = self.uri + self.index + "/_search"
        res = requests.post(url, data=json.dumps(query), timeout=30)
        LOG.debug("Search on %s returned %s", self.index, res.status_code)
        return [hit["_source"] for hit in res.json().get("hits", {}).get("hits", [])]

    def get_by_id(self, doc_id):
        res = requests.get(self.uri + self.index + "/" + self.doc_type + "/" + requests.utils.quote(str(doc_id), safe=""), timeout=30)
        return res.json().get("_source", {})

    def post_messages(self, msg, doc_id=None):
        url = self.uri + self.index + "/" + self.doc_type + "/"
        if doc_id:
            url += requests.utils.quote(str(doc_id), safe="")
        res = requests.post(url, data=msg, timeout=30)
        return res.status_code
