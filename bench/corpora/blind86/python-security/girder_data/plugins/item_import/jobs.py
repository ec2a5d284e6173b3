import importlib

import requests


def schedule_local(module_func, kwargs):
    module_name, func_name = module_func.rsplit(".", 1)
    return getattr(importlib.import_module(module_name), func_name)(**kwargs)


def fetch_into_folder(url, folderId):
    # expect: ssrf
    body = requests.get(url, timeout=30, stream=True)
    return {"folderId": folderId, "size": len(body.content)}
