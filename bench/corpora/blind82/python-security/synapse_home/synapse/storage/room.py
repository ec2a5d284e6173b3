class RoomStore:
    def __init__(self, db_pool):
        self.db_pool = db_pool

    async def get_rooms_paginate(self, start, limit, order_by, direction, search_term):
        order_columns = {"name": "rs.name", "joined_members": "rs.joined_members", "creator": "r.creator"}
        order_sql = order_columns.get(order_by, "rs.joined_members")
        dir_sql = "ASC" if direction == "f" else "DESC"
        where = ""
        args = [limit, start]
        if search_term:
            where = "WHERE LOWER(rs.name) LIKE ?"
            args.insert(0, f"%{search_term.lower()}%")
        sql = f"SELECT r.room_id, rs.name FROM rooms r JOIN room_stats_state rs USING (room_id) {where} ORDER BY {order_sql} {dir_sql} LIMIT ? OFFSET ?"

        def _txn(txn):
            txn.execute(sql, args)
            return txn.fetchall()

        return await self.db_pool.runInteraction("get_rooms_paginate", _txn)

    async def search_room_aliases(self, alias_prefix):
        def _txn(txn):
            # expect: sql-injection
            txn.execute("SELECT room_alias, room_id FROM room_aliases WHERE room_alias LIKE '%s%%'" % alias_prefix)
            return txn.fetchall()

        return await self.db_pool.runInteraction("search_room_aliases", _txn)
