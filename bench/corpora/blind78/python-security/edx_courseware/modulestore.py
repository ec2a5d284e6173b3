"""A thin wrapper over the Mongo-backed block store."""
import os

from pymongo import MongoClient

_client = MongoClient(os.environ.get("MODULESTORE_MONGO_URL", "mongodb://localhost:27017"))
_db = _client[os.environ.get("MODULESTORE_DB", "edxapp")]


class ModuleStore:
    def __init__(self, db=_db):
        self.structures = db["modulestore.structures"]
        self.definitions = db["modulestore.definitions"]

    def find_blocks(self, course_key: str, qualifiers: dict):
        """Blocks of a course that match ``qualifiers`` (a Mongo filter)."""
        query = {"course_key": course_key}
        query.update(qualifiers)
        # expect: nosql-injection
        return list(self.structures.find(query, {"_id": 0, "block_id": 1, "block_type": 1, "fields.display_name": 1}))

    def find_by_display_name(self, course_key: str, display_name: str):
        if not isinstance(display_name, str):
            raise TypeError("display_name must be a string")
        return list(self.structures.find({"course_key": course_key, "fields.display_name": display_name}, {"_id": 0}))

    def get_definition(self, definition_id: str):
        return self.definitions.find_one({"_id": str(definition_id)})


def modulestore() -> ModuleStore:
    return ModuleStore()
