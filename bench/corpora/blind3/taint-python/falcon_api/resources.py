"""Falcon resources for the print farm."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import falcon

SPOOL = Path("/var/spool/prints")
PRINTERS = {"lobby": "hp-lobby", "lab": "brother-lab"}


class PrintResource:
    def on_post(self, req: falcon.Request, resp: falcon.Response) -> None:
        printer = req.get_param("printer", required=True)
        copies = req.get_param_as_int("copies", default=1)
        doc = req.get_param("doc", required=True)
        queue = PRINTERS.get(printer)
        if queue is None:
            raise falcon.HTTPBadRequest(title="unknown printer")
        subprocess.run(["lp", "-d", queue, "-n", str(copies), str(SPOOL / Path(doc).name)], check=True)
        resp.media = {"queued": True}


class RawPrintResource:
    def on_post(self, req: falcon.Request, resp: falcon.Response) -> None:
        opts = req.get_param("options", default="")
        doc = req.get_param("doc", required=True)
        line = "lp -d hp-lobby {} {}".format(opts, SPOOL / doc)
        # expect: command-injection
        subprocess.run(line, shell=True, check=True)
        resp.media = {"queued": True}


class JobResource:
    def on_get(self, req: falcon.Request, resp: falcon.Response, job_id: str) -> None:
        # expect: path-traversal
        resp.media = json.loads((SPOOL / "jobs" / f"{job_id}.json").read_text())

    def on_delete(self, req: falcon.Request, resp: falcon.Response, job_id: str) -> None:
        subprocess.run(["cancel", str(int(job_id))], check=True)
        resp.status = falcon.HTTP_204
