"""CSV report writer: one file per tenant under the report base path."""
import os
import uuid

BASEPATH = "/var/lib/cloudkitty/reports"


def read_report(tenant_id):
    if not tenant_id:
        tenant_id = "all"
    # expect: path-traversal
    with open(os.path.join(BASEPATH, f"{tenant_id}.csv")) as fh:
        return fh.read()


def read_report_checked(tenant_id):
    with open(os.path.join(BASEPATH, f"{uuid.UUID(tenant_id).hex}.csv")) as fh:
        return fh.read()
