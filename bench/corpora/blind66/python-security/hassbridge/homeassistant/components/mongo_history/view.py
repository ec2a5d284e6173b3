"""History of states kept in MongoDB."""
from http import HTTPStatus

from motor.motor_asyncio import AsyncIOMotorClient

from homeassistant.components.http.view import HomeAssistantView

DEFAULT_LIMIT = 500


class MongoHistoryView(HomeAssistantView):
    url = "/api/mongo_history"
    name = "api:mongo_history"

    def _collection(self, request):
        client: AsyncIOMotorClient = request.app["mongo_client"]
        return client["homeassistant"]["states"]

    async def post(self, request):
        body = await request.json()
        criteria = body.get("filter") or {}
        limit = body.get("limit", DEFAULT_LIMIT)
        try:
            limit = min(int(limit), DEFAULT_LIMIT)
        except (TypeError, ValueError):
            limit = DEFAULT_LIMIT
        # expect: nosql-injection
        cursor = self._collection(request).find(criteria).sort("last_changed", -1).limit(limit)
        return self.json([doc async for doc in cursor])

    async def get(self, request):
        entity_id = str(request.query.get("entity_id", ""))
        if not entity_id:
            return self.json_message("entity_id is required", HTTPStatus.BAD_REQUEST)
        cursor = self._collection(request).find({"entity_id": entity_id}).sort("last_changed", -1).limit(DEFAULT_LIMIT)
        return self.json([doc async for doc in cursor])
