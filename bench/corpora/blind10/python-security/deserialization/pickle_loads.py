# library: pickle (loading untrusted bytes)
"""Result cache and job queue payloads."""
import json
import pickle
import urllib.request


def load_result(redis_client, key):
    blob = redis_client.get(key)
    # expect: deserialization
    return pickle.loads(blob) if blob else None


def store_result(redis_client, key, value):
    redis_client.set(key, pickle.dumps(value), ex=3600)


def load_job(sock):
    payload = sock.recv(65536)
    # expect: deserialization
    return pickle.loads(payload)


def load_job_json(sock):
    return json.loads(sock.recv(65536))


def load_remote_snapshot(url):
    with urllib.request.urlopen(url, timeout=30) as resp:
        # expect: deserialization
        return pickle.Unpickler(resp).load()


def load_upload(upload):
    # expect: deserialization
    return pickle.load(upload.stream)


def dump_snapshot(path, state):
    with open(path, "wb") as fh:
        pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
