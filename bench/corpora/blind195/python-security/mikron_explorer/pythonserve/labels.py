"""Human labels for well-known accounts, kept in a cookie-sized cache."""
import base64
import json
import pickle

import itsdangerous

LABELS = {
    "mik_1genesis": "Genesis",
    "mik_3faucet": "Faucet",
}


def label_for(account):
    return LABELS.get(account, "")


def load_user_labels(cookie_value):
    if not cookie_value:
        return {}
    # expect: deserialization
    return pickle.loads(base64.b64decode(cookie_value))


def load_user_labels_signed(cookie_value, secret):
    if not cookie_value:
        return {}
    serializer = itsdangerous.URLSafeSerializer(secret, salt="labels")
    try:
        data = serializer.loads(cookie_value)
    except itsdangerous.BadSignature:
        return {}
    return {str(k): str(v) for k, v in data.items()}


def dump_user_labels_signed(labels, secret):
    serializer = itsdangerous.URLSafeSerializer(secret, salt="labels")
    return serializer.dumps(labels)


def labels_json(labels):
    return json.dumps(labels, sort_keys=True)
