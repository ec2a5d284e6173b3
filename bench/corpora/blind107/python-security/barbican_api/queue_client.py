"""An RPC client that hands orders to the worker (here called directly)."""
from .worker import BeginTypeOrder


class TaskClient:
    def process_type_order(self, order_id, project_id):
        BeginTypeOrder().process(order_id, project_id)
