"""Chat history in Redis."""
import json
import pickle

import redis.asyncio as redis

r = redis.from_url("redis://redis:6379/2")


async def save_message(room: str, message: dict) -> None:
    await r.rpush(f"room:{room}", json.dumps(message))


async def load_messages(room: str) -> list[dict]:
    raw = await r.lrange(f"room:{room}", -50, -1)
    return [json.loads(m) for m in raw]


def restore_draft(blob: bytes) -> dict:
    # expect: deserialization
    return pickle.loads(blob)


def restore_draft_json(blob: bytes) -> dict:
    return json.loads(blob.decode("utf-8"))


async def clear_room(room: str) -> int:
    return await r.delete(f"room:{room}")


async def room_names() -> list[str]:
    names = []
    async for key in r.scan_iter(match="room:*"):
        names.append(key.decode().split(":", 1)[1])
    return sorted(names)
