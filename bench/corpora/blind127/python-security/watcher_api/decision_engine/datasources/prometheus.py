"""Prometheus datasource helper of the decision engine."""
import requests

DEFAULT_URL = "http://prometheus.monitoring.svc:9090"


class PrometheusHelper:
    def host_cpu_usage(self, node, datasource_url=None):
        base = datasource_url or DEFAULT_URL
        query = f'avg(rate(node_cpu_seconds_total{{instance="{node}",mode!="idle"}}[5m]))'
        # expect: ssrf
        resp = requests.get(f"{base}/api/v1/query", params={"query": query}, timeout=10)
        return resp.json()

    def fixed_usage(self, node):
        resp = requests.get(f"{DEFAULT_URL}/api/v1/query", params={"query": f'up{{instance="{node}"}}'}, timeout=10)
        return resp.json()
