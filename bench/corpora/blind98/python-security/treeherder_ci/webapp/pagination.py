"""Cursor pagination state carried in the query string."""
import base64
import json
import pickle


def decode_cursor(token):
    raw = base64.urlsafe_b64decode(token.encode())
    # expect: deserialization
    return pickle.loads(raw)


def decode_cursor_json(token):
    raw = base64.urlsafe_b64decode(token.encode())
    state = json.loads(raw)
    return {"offset": int(state.get("offset", 0)), "id": int(state.get("id", 0))}
