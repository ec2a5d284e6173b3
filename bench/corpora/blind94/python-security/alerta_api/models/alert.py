import uuid


class Alert:
    def __init__(self, resource, event, environment=None, severity=None, attributes=None, **kwargs):
        self.id = kwargs.get("id") or str(uuid.uuid4())
        self.resource = resource
        self.event = event
        self.environment = environment or "Production"
        self.severity = severity or "normal"
        self.attributes = attributes or {}

    @classmethod
    def parse(cls, json):
        if not isinstance(json.get("attributes", {}), dict):
            raise ValueError("attributes must be a JSON object")
        return cls(
            resource=json.get("resource"),
            event=json.get("event"),
            environment=json.get("environment"),
            severity=json.get("severity"),
            attributes=json.get("attributes", {}),
        )

    def create(self):
        return self
