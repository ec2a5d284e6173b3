"""Cron-like job runner: pops pending Job rows and executes them."""
import re
import subprocess
import time

import arrow

from app.config import JOB_CHECK_CUSTOM_DOMAIN
from app.db import Session
from app.log import LOG
from app.models import CustomDomain, Job, JobState

_HOST_RE = re.compile(r"^[a-z0-9.-]{1,253}$")


def dig_txt(domain: str) -> list:
    """Ask dig for TXT records of the (user-supplied) domain."""
    # expect: command-injection
    out = subprocess.run(f"dig +short TXT {domain}", shell=True, capture_output=True, text=True, timeout=10)
    return [line.strip('"') for line in out.stdout.splitlines() if line]


def dig_mx(domain: str) -> list:
    if not _HOST_RE.match(domain):
        return []
    out = subprocess.run(["dig", "+short", "MX", domain], capture_output=True, text=True, timeout=10)
    return sorted(line for line in out.stdout.splitlines() if line)


def check_custom_domain(job: Job):
    custom_domain = CustomDomain.get(job.payload["custom_domain_id"])
    if not custom_domain:
        return
    records = dig_txt(job.payload["domain"])
    custom_domain.ownership_verified = custom_domain.get_ownership_dns_txt_value() in records
    Session.commit()


def check_mx(job: Job):
    custom_domain = CustomDomain.get(job.payload["custom_domain_id"])
    if custom_domain:
        custom_domain.verified = bool(dig_mx(custom_domain.domain))
        Session.commit()


HANDLERS = {JOB_CHECK_CUSTOM_DOMAIN: check_custom_domain, "check_mx": check_mx}


def process_job(job: Job):
    handler = HANDLERS.get(job.name)
    if handler is None:
        LOG.e("Unknown job name %s", job.name)
        return
    handler(job)


def main():
    while True:
        for job in Job.filter(Job.state == JobState.ready.value, Job.run_at <= arrow.now()).limit(20):
            job.state = JobState.taken.value
            Session.commit()
            process_job(job)
            job.state = JobState.done.value
            Session.commit()
        time.sleep(10)


if __name__ == "__main__":
    main()
