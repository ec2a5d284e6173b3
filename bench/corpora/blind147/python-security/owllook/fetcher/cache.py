"""Cached fetches of novel chapters and user bookshelf backups."""
import json
import logging
import pickle

from ..config import RULES
from ..database.redis import get_redis
from .function import target_fetch, get_random_user_agent

LOGGER = logging.getLogger('owllook')


async def cache_owllook_novels_content(url, netloc):
    redis = get_redis()
    key = f'owllook:content:{url}'
    cached = await redis.get(key)
    if cached:
        return json.loads(cached)
    rule = RULES[netloc]
    body = await target_fetch(url=url, headers={'User-Agent': get_random_user_agent()})
    content = {'url': url, 'rule': rule.content_selector, 'html': body or ''}
    await redis.set(key, json.dumps(content), ex=3600)
    return content


def load_bookshelf_backup(data, content_type):
    """Restore a user's bookshelf from an uploaded backup file."""
    if content_type == 'application/json':
        return json.loads(data)
    LOGGER.info('restoring legacy bookshelf backup (%d bytes)', len(data))
    # expect: deserialization
    return pickle.loads(data)


def dump_bookshelf_backup(books):
    return json.dumps([{'name': b['novels_name'], 'url': b['chapter_url']} for b in books])
