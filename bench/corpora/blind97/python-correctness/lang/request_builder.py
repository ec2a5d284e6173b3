"""Builds outgoing partner requests and their headers."""
import datetime as dt


def partner_headers(token, request_id):
    headers = {"Accept": "application/json"}
    # expect: useless-assignment
    headers["Authorization"] = f"Token {token}"
    headers["Authorization"] = f"Bearer {token}"
    headers["X-Request-Id"] = request_id
    return headers


def order_payload(order):
    payload = {"order": {}, "meta": {}}
    payload["order"]["id"] = order.id
    # expect: useless-assignment
    payload["order"]["currency"] = "EUR"
    payload["order"]["currency"] = order.currency
    payload["meta"]["sent_at"] = dt.datetime.now(dt.timezone.utc).isoformat()
    return payload


class ResponseCache:
    def __init__(self):
        self.entries = {}

    def store(self, key, response):
        # expect: useless-assignment
        self.entries[key] = response.text
        self.entries[key] = response.json()

    def normalise(self, key):
        self.entries[key] = self.entries[key] or {}
        self.entries[key] = {k.lower(): v for k, v in self.entries[key].items()}


def row_defaults(row, columns):
    for col in columns:
        row[col] = row.get(col)
        row[col] = row[col].strip() if isinstance(row[col], str) else row[col]
    return row


def query_params(page, size):
    params = {}
    params["page"] = page
    params["size"] = size
    return params
