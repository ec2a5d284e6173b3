"""Backups resources (falcon)."""
import json

from freezer_api.api.common import utils
from freezer_api.common import local_storage


class BackupsResource(object):

    def __init__(self, storage_driver):
        self.db = storage_driver
        self.files = local_storage.LocalStorage()

    def on_get(self, req, resp, backup_id):
        user_id = req.get_header("X-User-ID")
        resp.body = json.dumps(self.db.get_backup(user_id, backup_id))

    def on_delete(self, req, resp, backup_id):
        user_id = req.get_header("X-User-ID")
        doc = self.db.get_backup(user_id, backup_id)
        self.files.remove(doc["backup_metadata"]["container"], doc["backup_metadata"]["backup_name"])
        self.db.delete_backup(user_id, backup_id)
        resp.body = json.dumps({"backup_id": backup_id})

    def on_post(self, req, resp):
        user_id = req.get_header("X-User-ID")
        doc = utils.json_body(req)
        resp.body = json.dumps({"backup_id": self.db.add_backup(user_id, doc)})
