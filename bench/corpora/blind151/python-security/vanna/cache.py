"""In-memory cache of questions, SQL, dataframes and chart code per id."""
import logging
import uuid

logger = logging.getLogger(__name__)


class MemoryCache:
    def __init__(self):
        self.cache = {}

    def generate_id(self, *args, **kwargs):
        return str(uuid.uuid4())

    def set(self, id, field, value):
        self.cache.setdefault(id, {})[field] = value

    def get(self, id, field):
        return self.cache.get(id, {}).get(field)

    def get_all(self, field_list):
        return [{"id": k, **{f: v.get(f) for f in field_list}} for k, v in self.cache.items()]

    def delete(self, id):
        self.cache.pop(id, None)

    def __len__(self):
        return len(self.cache)

    def clear(self):
        self.cache.clear()
