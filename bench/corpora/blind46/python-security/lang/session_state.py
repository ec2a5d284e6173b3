"""Client-side wizard state, round-tripped through a hidden form field."""
import base64
import json

import jsonpickle
import jsonpickle as jp
from jsonpickle import decode as jp_decode


class WizardState:
    def __init__(self, step=1, answers=None):
        self.step = step
        self.answers = answers or {}


def dump_state(state: WizardState) -> str:
    return base64.urlsafe_b64encode(jsonpickle.encode(state).encode()).decode()


def load_state(token: str) -> WizardState:
    raw = base64.urlsafe_b64decode(token.encode()).decode()
    # expect: insecure-deserialization
    return jsonpickle.decode(raw)


def load_from_cookie(request):
    # expect: insecure-deserialization
    return jp.decode(request.cookies.get("wizard", "{}"), keys=True)


async def load_async(reader):
    payload = (await reader.read()).decode()
    # expect: insecure-deserialization
    return jp_decode(payload)


class StateStore:
    def __init__(self, redis):
        self.redis = redis

    def get(self, session_id):
        blob = self.redis.get(f"wizard:{session_id}")
        # expect: insecure-deserialization
        return jsonpickle.decode(blob) if blob else WizardState()


def load_plain(token: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(token.encode()))


DEFAULT_STATE = jsonpickle.decode('{"py/object": "__main__.WizardState", "step": 1}')
