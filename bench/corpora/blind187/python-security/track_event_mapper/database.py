"""MongoDB access for events and mapping rules."""
from pymongo import DESCENDING, MongoClient


class TrackerDB:
    def __init__(self, url: str):
        self.client = MongoClient(url, serverSelectionTimeoutMS=5000)
        self.db = self.client["tracker"]

    def close(self):
        self.client.close()

    def insert_event(self, doc: dict):
        return self.db.events.insert_one(doc).inserted_id

    def recent_events(self, limit: int):
        cursor = self.db.events.find({}, {"_id": 0}).sort("_id", DESCENDING).limit(int(limit))
        return list(cursor)

    def mappings_for(self, event_name: str):
        return list(self.db.mappings.find({"event": str(event_name)}, {"_id": 0}))

    def all_mappings(self):
        return list(self.db.mappings.find({}, {"_id": 0}))

    def replace_mappings(self, rules: list):
        self.db.mappings.delete_many({})
        if rules:
            self.db.mappings.insert_many([dict(r) for r in rules])
        return len(rules)

    def stats(self):
        pipeline = [{"$group": {"_id": "$raw.name", "n": {"$sum": 1}}}, {"$sort": {"n": -1}}, {"$limit": 20}]
        return list(self.db.events.aggregate(pipeline))
