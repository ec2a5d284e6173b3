"""Parses staged documents before they go to Deckhand."""
import json

import yaml


class ConfigdocsHelper(object):

    def __init__(self, context):
        self.context = context

    def add_collection(self, collection_id, document_data, buffer_mode):
        if buffer_mode == "append":
            # expect: deserialization
            documents = list(yaml.load_all(document_data, Loader=yaml.Loader))
        elif buffer_mode == "json":
            documents = json.loads(document_data)
        else:
            documents = list(yaml.safe_load_all(document_data))
        return [{"collection": collection_id, "schema": d.get("schema")} for d in documents if d]
