"""Catalog use cases; the views call these, these call the repository."""
import logging

import requests
from flask import current_app

from .repository import ProductRepository

log = logging.getLogger(__name__)


class CatalogService:
    def __init__(self, repository=None):
        self.repository = repository or ProductRepository()
        self.last_query = None

    def search(self, term, tenant, exact_binding=False):
        self.last_query = {"term": term, "tenant": tenant, "source": "catalog-search"}
        if exact_binding:
            return self.repository.find_by_name_bound(term, tenant)
        return self.repository.find_by_name(self.last_query["term"], self.last_query["tenant"])

    def audit_count(self):
        source = self.last_query["source"] if self.last_query else "none"
        return self.repository.count_audit(source)

    def search_bound(self, term, tenant):
        return self.repository.find_by_name_bound(term, tenant)

    def for_tenant(self, tenant):
        return self.repository.list_for_tenant(tenant)

    def sorted_products(self, sort_key, tenant):
        return self.repository.list_sorted(sort_key, tenant)

    def tag_products(self, ids, tags, safe=False):
        if safe:
            return self.repository.bulk_tag_bound(ids, tags)
        return self.repository.bulk_tag(ids, tags)

    def notify_partner(self, callback_url, payload):
        # expect: ssrf
        resp = requests.post(callback_url, json=payload, timeout=5)
        log.info("partner notified: %s", resp.status_code)
        return resp.ok

    def notify_partner_hook(self, hook_name, payload):
        base = current_app.config["HOOKS_BASE_URL"]
        resp = requests.post(f"{base}/v1/hooks/{requests.utils.quote(hook_name, safe='')}", json=payload, timeout=5)
        return resp.ok
