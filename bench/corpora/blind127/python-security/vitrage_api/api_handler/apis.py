"""API handler endpoints reached through the RPC client (direct calls here)."""
import json
import os
import re

from vitrage_api.graph import query as graph_query

EVENT_DIR = "/var/lib/vitrage/events"
EVENT_NAME = re.compile(r"^[\w.-]{1,64}$")


class TopologyApis:
    def __init__(self, entity_graph):
        self.entity_graph = entity_graph

    def get_topology(self, ctx, graph_type, depth, query, root, all_tenants):
        predicate = graph_query.create_predicate(query) if query else None
        return self.entity_graph.subgraph(root=root, depth=depth, predicate=predicate)


class EventApis:
    def post(self, ctx, event_type, details):
        name = details.get("hostname") or details.get("resource_name")
        if not name:
            name = "unknown"
        record = json.dumps({"type": event_type, "details": details})
        # expect: path-traversal
        with open(os.path.join(EVENT_DIR, f"{name}.json"), "w") as fh:
            fh.write(record)
        return {"stored": True}

    def post_checked(self, ctx, event_type, details):
        name = details.get("hostname", "")
        if not EVENT_NAME.match(name):
            raise ValueError("bad hostname")
        with open(os.path.join(EVENT_DIR, f"{name}.json"), "w") as fh:
            fh.write(json.dumps(details))
