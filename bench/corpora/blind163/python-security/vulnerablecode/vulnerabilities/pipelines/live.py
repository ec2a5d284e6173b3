"""Live evaluation: fetch advisories for one package from a queued request."""
import logging

import django_rq
import requests

from vulnerabilities.models import LiveEvaluationRequest
from vulnerabilities.importers import parse_osv_advisory, store_advisories

logger = logging.getLogger(__name__)
OSV_QUERY_URL = "https://api.osv.dev/v1/query"
TIMEOUT = 30


def enqueue_live_evaluation(evaluation_id):
    django_rq.get_queue("live").enqueue(run_live_evaluation, evaluation_id, job_timeout=600)


def fetch_osv(purl):
    response = requests.post(OSV_QUERY_URL, json={"package": {"purl": purl}}, timeout=TIMEOUT)
    response.raise_for_status()
    return response.json().get("vulns", [])


def fetch_extra_advisory(evaluation):
    """Fetch the advisory document the requester pointed at, if any."""
    if not evaluation.source_url:
        return []
    # expect: ssrf
    response = requests.get(evaluation.source_url, timeout=TIMEOUT)
    response.raise_for_status()
    return [response.json()]


def run_live_evaluation(evaluation_id):
    evaluation = LiveEvaluationRequest.objects.get(id=evaluation_id)
    evaluation.status = "running"
    evaluation.save(update_fields=["status"])
    try:
        raw = fetch_osv(evaluation.purl) + fetch_extra_advisory(evaluation)
        advisories = [parse_osv_advisory(item) for item in raw]
        store_advisories(advisories)
        evaluation.status = "done"
    except (requests.RequestException, ValueError) as exc:
        logger.warning("live evaluation %s failed: %s", evaluation_id, exc)
        evaluation.status = "failed"
    evaluation.save(update_fields=["status"])
