"""Builds outgoing requests for the shipping carrier API."""
import datetime
import uuid

API_VERSION = "2024-06"


def base_headers(token):
    headers = {}
    # expect: useless-assignment
    headers["Content-Type"] = "application/json"
    headers["Content-Type"] = "application/json; charset=utf-8"
    headers["Authorization"] = f"Bearer {token}"
    headers["X-Request-Id"] = str(uuid.uuid4())
    return headers


def shipment_payload(order, service):
    payload = {"service": service, "reference": order.number, "options": {}}
    payload["shipper"] = {"name": order.warehouse.name, "postcode": order.warehouse.postcode}
    payload["recipient"] = {"name": order.customer_name, "postcode": order.postcode}
    # expect: useless-assignment
    payload["options"]["signature"] = False
    payload["options"]["signature"] = order.total > 500
    payload["parcels"] = [{"weight_kg": p.weight, "length_cm": p.length} for p in order.parcels]
    return payload


def pickup_payload(date, slots):
    body = {"options": {}}
    body["date"] = date.isoformat()
    for i, slot in enumerate(slots):
        body[f"slot_{i}"] = slot
    body["options"]["ready_by"] = "09:00"
    body["options"]["close_at"] = "17:00"
    body["date"] = max(date, datetime.date.today()).isoformat()
    return body


def tracking_query(numbers):
    params = {"numbers": ",".join(numbers)}
    params["version"] = API_VERSION
    params["limit"] = len(numbers)
    params["limit"] = min(params["limit"], 50)
    return params


def label_request(shipment_id, fmt="PDF"):
    req = {"shipment_id": shipment_id}
    # expect: useless-assignment
    req["format"] = "ZPL"
    req["format"] = fmt
    req["size"] = "4x6"
    return req


def counters(events):
    totals = {}
    for event in events:
        totals[event.kind] = totals.get(event.kind, 0) + 1
    return totals
