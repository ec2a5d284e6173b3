import logging

logger = logging.getLogger(__name__)


class RoomListHandler:
    def __init__(self, hs):
        self.store = hs.get_datastores().main

    async def get_local_public_room_list(self, limit, since_token, search_filter):
        term = (search_filter or {}).get("generic_search_term")
        rooms = await self.store.get_rooms_paginate(since_token or 0, limit, "joined_members", "b", term)
        if term and term.startswith("#"):
            rooms = await self.store.search_room_aliases(term)
        return {"chunk": rooms}
