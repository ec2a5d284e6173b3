"""Bridge that mirrors pages from the old wiki's XML-RPC API into the new docs site."""
import defusedxml.xmlrpc

defusedxml.xmlrpc.monkey_patch()

import xmlrpc.client  # noqa: E402  (patched above before any parsing happens)

from .docs_store import save_page  # noqa: E402

WIKI_URL = "https://wiki.internal.example/lib/exe/xmlrpc.php"


def wiki():
    return xmlrpc.client.ServerProxy(WIKI_URL, use_builtin_types=True)


def page_ids(namespace):
    return [p["id"] for p in wiki().dokuwiki.getPagelist(namespace, {"depth": 0})]


def mirror_namespace(namespace):
    proxy = wiki()
    copied = 0
    for page_id in page_ids(namespace):
        text = proxy.wiki.getPage(page_id)
        info = proxy.wiki.getPageInfo(page_id)
        save_page(page_id, text, author=info.get("author"), modified=info.get("lastModified"))
        copied += 1
    return copied


def mirror_all(namespaces):
    results = {}
    for namespace in namespaces:
        try:
            results[namespace] = mirror_namespace(namespace)
        except xmlrpc.client.Fault as fault:
            results[namespace] = f"fault {fault.faultCode}: {fault.faultString}"
    return results
