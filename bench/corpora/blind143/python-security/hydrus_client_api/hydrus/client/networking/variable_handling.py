"""Turn twisted's request.args into typed parameters."""
import json

INT_PARAMS = {"file_id", "file_sort_type"}
BYTE_PARAMS = {"hash", "share_key"}
STRING_PARAMS = {"name", "url", "domain", "search", "asset"}
JSON_PARAMS = {"tags", "file_ids"}


def parse_client_api_request_args(args):
    parsed = {}
    for raw_key, values in args.items():
        key = raw_key.decode("utf-8")
        value = values[0].decode("utf-8")
        if key in INT_PARAMS:
            parsed[key] = int(value)
        elif key in BYTE_PARAMS:
            parsed[key] = bytes.fromhex(value)
        elif key in JSON_PARAMS:
            parsed[key] = json.loads(value)
        elif key in STRING_PARAMS:
            parsed[key] = value
    return parsed
