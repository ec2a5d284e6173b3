"""Builds outgoing requests for the payment gateway client."""
import time
import uuid

DEFAULT_TIMEOUT = 15


def build_headers(api_key, idempotency_key=None):
    headers = {"Accept": "application/json"}
    # expect: useless-assignment
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    headers["Content-Type"] = "application/json"
    headers["Authorization"] = f"Bearer {api_key}"
    headers["Idempotency-Key"] = idempotency_key or str(uuid.uuid4())
    return headers


class GatewayRequest:
    def __init__(self, base_url):
        self.base_url = base_url
        self.options = {"retries": 2}
        self.body = {"metadata": {}}

    def charge(self, amount, currency, customer):
        # expect: useless-assignment
        self.options["timeout"] = DEFAULT_TIMEOUT
        self.options["timeout"] = 30
        self.body["amount"] = amount
        self.body["currency"] = currency.upper()
        # expect: useless-assignment
        self.body["metadata"]["customer"] = customer.id
        self.body["metadata"]["customer"] = customer.email
        return self.options, self.body


async def refund_payload(payment, reason):
    payload = {"payment": payment.id}
    # expect: useless-assignment
    payload["reason"] = "requested_by_customer"
    payload["reason"] = reason
    return payload


def retry_counter(stats, endpoint):
    stats[endpoint] = stats.get(endpoint, 0)
    stats[endpoint] = stats[endpoint] + 1
    return stats


def stamp(payload):
    payload["sent_at"] = time.time()
    payload["sent_at_ms"] = int(payload["sent_at"] * 1000)
    return payload


def with_defaults(params):
    params.setdefault("limit", 50)
    params["limit"] = min(params["limit"], 100)
    return params
