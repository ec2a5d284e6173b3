"""Job submission REST API on the dashboard head."""
import html

import aiohttp.web

import ray.dashboard.optional_utils as optional_utils
from ray.dashboard.modules.job.common import JobSubmitRequest
from ray.dashboard.modules.job.job_manager import JobManager

routes = optional_utils.ClassMethodRouteTable


class JobHead:
    def __init__(self, dashboard_head):
        self._dashboard_head = dashboard_head
        self._job_manager = JobManager(dashboard_head.gcs_address)

    @routes.post("/api/jobs/")
    async def submit_job(self, req: aiohttp.web.Request) -> aiohttp.web.Response:
        submit_request = JobSubmitRequest(**(await req.json()))
        submission_id = await self._job_manager.submit_job(
            entrypoint=submit_request.entrypoint,
            submission_id=submit_request.submission_id,
            runtime_env=submit_request.runtime_env,
        )
        return optional_utils.rest_response(True, "submitted", submission_id=submission_id)

    @routes.post("/api/jobs/{job_or_submission_id}/stop")
    async def stop_job(self, req):
        stopped = self._job_manager.stop_job(req.match_info["job_or_submission_id"])
        return optional_utils.rest_response(stopped, "stop requested")

    @routes.get("/api/jobs/{job_or_submission_id}/page")
    async def job_page(self, req):
        job_id = req.match_info["job_or_submission_id"]
        note = req.query.get("note", "")
        # expect: xss
        return aiohttp.web.Response(text=f"<html><body><h1>{html.escape(job_id)}</h1><p>{note}</p></body></html>", content_type="text/html")

    @routes.get("/api/jobs/{job_or_submission_id}/summary")
    async def job_summary(self, req):
        job_id = req.match_info["job_or_submission_id"]
        return aiohttp.web.Response(text=f"<html><body><h1>{html.escape(job_id)}</h1></body></html>", content_type="text/html")
