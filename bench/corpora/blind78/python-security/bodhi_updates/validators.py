"""Cornice validators: each checks a part of the request and fills request.validated."""
import re

SEVERITIES = ("unspecified", "low", "medium", "high", "urgent")
NVR_RE = re.compile(r"^[A-Za-z0-9._+-]+-[A-Za-z0-9._+~^]+-[A-Za-z0-9._+~^]+$")


def validate_builds(request, **kwargs):
    builds = request.json_body.get("builds") if request.body else request.params.getall("builds")
    if not builds:
        request.errors.add("body", "builds", "You may not specify an empty list of builds.")
        return
    request.validated["builds"] = [b.strip() for b in builds]


def validate_nvrs(request, **kwargs):
    for build in request.validated.get("builds", []):
        if not NVR_RE.match(build):
            request.errors.add("body", "builds", f"Build does not look like an NVR: {build}")
            return


def validate_severity(request, **kwargs):
    severity = request.params.get("severity", "unspecified")
    if severity not in SEVERITIES:
        request.errors.add("querystring", "severity", "Unknown severity")
        return
    request.validated["severity"] = severity


def validate_release(request, **kwargs):
    name = request.params.get("release") or request.json_body.get("release", "") if request.body else request.params.get("release", "")
    row = request.db.execute("SELECT id, name, dist_tag FROM releases WHERE name = :n", {"n": name}).first()
    if row is None:
        request.errors.add("body", "release", "Invalid release specified")
        return
    request.validated["release"] = row


def validate_search(request, **kwargs):
    request.validated["like"] = request.params.get("like", "")
    request.validated["packages"] = request.params.getall("packages")
    request.validated["order"] = request.params.get("order", "date_submitted")
