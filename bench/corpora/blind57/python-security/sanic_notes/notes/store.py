"""Mongo access for notes."""
import re

from bson import ObjectId


class NoteStore:
    def __init__(self, db):
        self.notes = db["notes"]

    async def find(self, owner, extra_filter):
        query = {"owner": owner}
        query.update(extra_filter)
        # expect: nosql-injection
        cursor = self.notes.find(query).limit(100)
        return [self._out(doc) async for doc in cursor]

    async def find_by_tag(self, owner, tag):
        cursor = self.notes.find({"owner": str(owner), "tags": str(tag)}).limit(100)
        return [self._out(doc) async for doc in cursor]

    async def search_text(self, owner, term):
        js = "this.owner == '" + owner + "' && this.body.indexOf('" + term + "') >= 0"
        # expect: nosql-injection
        cursor = self.notes.find({"$where": js})
        return [self._out(doc) async for doc in cursor]

    async def search_regex(self, owner, term):
        pattern = re.escape(term)
        cursor = self.notes.find({"owner": str(owner), "body": {"$regex": pattern, "$options": "i"}})
        return [self._out(doc) async for doc in cursor]

    async def get(self, owner, note_id):
        return await self.notes.find_one({"_id": ObjectId(note_id), "owner": str(owner)})

    @staticmethod
    def _out(doc):
        doc["id"] = str(doc.pop("_id"))
        return doc
