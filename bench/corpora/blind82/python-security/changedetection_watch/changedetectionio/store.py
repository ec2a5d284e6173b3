import os
import uuid as uuid_builder

DATASTORE_PATH = os.environ.get("DATASTORE_PATH", "/datastore")


class Watch(dict):
    def __init__(self, url, tag="", extras=None):
        super().__init__(url=url, tag=tag, **(extras or {}))
        self.uuid = str(uuid_builder.uuid4())

    @property
    def data_dir(self):
        return os.path.join(DATASTORE_PATH, self.uuid)

    @property
    def link(self):
        return self.get("url", "")


class ChangeDetectionStore:
    def __init__(self):
        self.data = {"watching": {}, "settings": {"application": {"notification_body": "{{ watch_url }} changed"}}}

    def add_watch(self, url, tag="", extras=None):
        watch = Watch(url, tag, extras)
        self.data["watching"][watch.uuid] = watch
        return watch.uuid

    def get(self, uuid):
        return self.data["watching"].get(uuid)


datastore = ChangeDetectionStore()
