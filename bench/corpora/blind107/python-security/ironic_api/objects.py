import uuid

_NODES = {}


class Node:
    def __init__(self, fields):
        self.uuid = fields.get("uuid") or str(uuid.uuid4())
        self.driver_info = fields.get("driver_info", {})
        self.instance_info = fields.get("instance_info", {})
        self.driver_internal_info = {}

    @classmethod
    def create(cls, fields):
        node = cls(fields)
        _NODES[node.uuid] = node
        return node

    @classmethod
    def get(cls, ident):
        return _NODES.get(ident)

    @classmethod
    def list_by_driver(cls, driver, resource_class):
        return [n.uuid for n in _NODES.values() if n.driver_info.get("driver", "ipmi") == driver]

    def save(self):
        _NODES[self.uuid] = self
