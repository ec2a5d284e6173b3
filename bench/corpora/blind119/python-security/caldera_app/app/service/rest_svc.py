"""REST service: adversary import and operation reports."""
import html
import json

import yaml


class RestService:
    def __init__(self, data_svc):
        self.data_svc = data_svc

    async def persist_adversary(self, body, fmt="yaml"):
        if fmt == "json":
            adversary = json.loads(body)
        elif fmt == "yaml-full":
            # expect: deserialization
            adversary = yaml.load(body, Loader=yaml.UnsafeLoader)
        else:
            adversary = yaml.safe_load(body)
        await self.data_svc.store("adversaries", adversary)
        return adversary

    def render_report(self, operation):
        rows = "".join(f"<li>{html.escape(link['command'])}</li>" for link in operation.get("chain", []))
        return f"<h1>{operation['name']}</h1><p>{html.escape(operation.get('state', ''))}</p><ul>{rows}</ul>"
