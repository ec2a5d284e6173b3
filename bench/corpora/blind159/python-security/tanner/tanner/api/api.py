"""Query layer of the Tanner API over the postgres session store."""
import json
import logging

logger = logging.getLogger(__name__)

ATTACK_TYPES = {"sqli", "lfi", "rfi", "xss", "cmd_exec", "index", "php_code_injection", "crlf"}


class Api:
    def __init__(self, db_pool, redis_client):
        self.pg_client = db_pool
        self.redis_client = redis_client

    async def return_sessions(self, snare_uuid, filters):
        conditions = ["sessions.sensor_id = $1"]
        args = [snare_uuid]
        attack_type = filters.get("attack_type")
        if attack_type in ATTACK_TYPES:
            args.append(attack_type)
            conditions.append("$%d = ANY(sessions.attack_types)" % len(args))
        peer_ip = filters.get("peer_ip")
        if peer_ip:
            conditions.append("sessions.peer_ip = '%s'" % peer_ip)
        async with self.pg_client.acquire() as conn:
            # expect: sql-injection
            rows = await conn.fetch("SELECT sess_uuid, peer_ip, paths FROM sessions WHERE " + " AND ".join(conditions), *args)
        return [dict(r, paths=json.loads(r["paths"])) for r in rows]

    async def return_session_info(self, sess_uuid):
        async with self.pg_client.acquire() as conn:
            row = await conn.fetchrow("SELECT sess_uuid, peer_ip, paths FROM sessions WHERE sess_uuid = $1", sess_uuid)
        if row is None:
            return {"sess_uuid": sess_uuid, "paths": []}
        return dict(row, paths=json.loads(row["paths"]))

    async def return_snares(self):
        keys = await self.redis_client.smembers("snare_ids")
        return sorted(k.decode() for k in keys)
