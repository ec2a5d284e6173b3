"""Pecan REST controllers for secrets, orders and container consumers."""
import pecan

from . import api, validators
from .repositories import SecretRepo, OrderRepo, ConsumerRepo
from .queue_client import TaskClient
from .notifier import notify_consumer, notify_consumer_registered

SORT_KEYS = {"created": "created_at", "name": "name", "expiration": "expiration"}


class SecretsController(pecan.rest.RestController):
    def __init__(self):
        self.repo = SecretRepo()

    @pecan.expose(generic=True, template="json")
    def get_all(self, **kw):
        name = kw.get("name")
        sort = kw.get("sort", "created")
        return {"secrets": self.repo.find_by_name(pecan.request.context.project_id, name, sort)}

    @pecan.expose(generic=True, template="json")
    def search_sorted(self, **kw):
        sort = SORT_KEYS.get(api.query_value("sort"), "created_at")
        return {"secrets": self.repo.find_sorted(pecan.request.context.project_id, sort)}

    @pecan.expose(generic=True, template="json")
    def post(self):
        data = api.load_body(pecan.request, validator=validators.NewSecretValidator())
        return {"secret_ref": self.repo.create(pecan.request.context.project_id, data)}


class OrdersController(pecan.rest.RestController):
    def __init__(self):
        self.repo = OrderRepo()
        self.queue = TaskClient()

    @pecan.expose(generic=True, template="json")
    def post(self):
        body = api.load_body(pecan.request, validator=validators.TypeOrderValidator())
        order = self.repo.create(pecan.request.context.project_id, body["type"], body.get("meta", {}))
        self.queue.process_type_order(order_id=order["id"], project_id=pecan.request.context.project_id)
        return {"order_ref": "/v1/orders/%s" % order["id"]}


class ContainerConsumersController(pecan.rest.RestController):
    def __init__(self, container_id):
        self.container_id = container_id
        self.repo = ConsumerRepo()

    @pecan.expose(generic=True, template="json")
    def post(self):
        data = api.load_body(pecan.request, validator=validators.ConsumerValidator())
        self.repo.add(self.container_id, data["name"], data["URL"])
        notify_consumer(data["URL"], self.container_id)
        notify_consumer_registered(data["URL"], self.container_id)
        return {"consumers": self.repo.list(self.container_id)}
