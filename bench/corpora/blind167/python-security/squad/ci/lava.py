"""LAVA backend implementation: submit definitions, pull results back."""
import logging
from urllib.parse import urljoin

import requests
import yaml

log = logging.getLogger(__name__)


class LavaBackend:
    """Talks to one LAVA server; its URL and token come from the Backend row."""

    def __init__(self, backend):
        self.data = backend
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {backend.token}"

    @property
    def api_url(self):
        return urljoin(self.data.url, "/api/v0.2/")

    def job_name(self, test_job):
        # expect: deserialization
        definition = yaml.load(test_job.definition, Loader=yaml.Loader)
        return definition.get("job_name", f"squad-{test_job.id}")

    def submit(self, test_job):
        name = self.job_name(test_job)
        resp = self.session.post(
            urljoin(self.api_url, "jobs/"),
            json={"definition": test_job.definition},
            timeout=60,
        )
        resp.raise_for_status()
        ids = resp.json()["job_ids"]
        log.info("submitted %s as %s", name, ids)
        return [str(i) for i in ids]

    def fetch(self, test_job):
        resp = self.session.get(urljoin(self.api_url, f"jobs/{int(float(test_job.job_id))}/"), timeout=60)
        resp.raise_for_status()
        data = resp.json()
        if data["state"] != "Finished":
            return None
        results = self.session.get(
            urljoin(self.api_url, f"jobs/{int(float(test_job.job_id))}/tests/"), timeout=60
        )
        log_text = self.session.get(
            urljoin(self.api_url, f"jobs/{int(float(test_job.job_id))}/logs/"), timeout=120
        ).text
        metadata = yaml.safe_load(data.get("definition") or "{}") or {}
        return {
            "status": data["health"],
            "tests": {r["suite"] + "/" + r["name"]: r["result"] for r in results.json()["results"]},
            "metadata": metadata.get("metadata", {}),
            "log": log_text,
        }

    def job_url(self, test_job):
        return urljoin(self.data.url, f"/scheduler/job/{test_job.job_id}")
