"""The RestAPI object the resources call; it holds the db handler and the importers."""
import csv
import os
import tempfile
from pathlib import Path

from rotkehlchen.db.dbhandler import DBHandler
from rotkehlchen.externalapis.nodes import NodeInquirer
from rotkehlchen.api.importers import IMPORTERS

EXPORT_HEADER = ["timestamp", "location", "asset", "amount"]


class RestAPI:
    def __init__(self, data_dir):
        self.db = DBHandler(Path(data_dir) / "rotkehlchen.db")
        self.node_inquirer = NodeInquirer(self.db)

    def export_history_csv(self, directory_path):
        rows = self.db.get_history_events()
        # expect: path-traversal
        with open(os.path.join(directory_path, "history_events.csv"), "w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(EXPORT_HEADER)
            writer.writerows(rows)
        return {"result": True}

    def download_history_csv(self):
        rows = self.db.get_history_events()
        export_dir = tempfile.mkdtemp(prefix="rotki_export_")
        with open(os.path.join(export_dir, "history_events.csv"), "w", newline="") as f:
            writer = csv.writer(f)
            writer.writerow(EXPORT_HEADER)
            writer.writerows(rows)
        return {"result": export_dir}

    def search_assets(self, value, order_by=None, limit=50):
        if not order_by:
            order_by = "name"
        return {"result": self.db.search_assets(value, order_by=order_by, limit=int(limit))}

    def set_rpc_node(self, name, endpoint):
        self.db.save_rpc_node(name, endpoint)
        return {"result": True}

    def query_node_block(self, name):
        return {"result": self.node_inquirer.latest_block(name)}

    def import_data(self, source, filepath, strict=False):
        importer = IMPORTERS[source]
        if strict and not filepath.endswith(".csv"):
            return {"result": False, "message": "only csv files"}
        return {"result": importer(filepath=filepath)}
