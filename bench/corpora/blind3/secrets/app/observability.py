"""Error reporting and tracing set-up shared by the API and the workers."""

import logging
import os

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration
from sentry_sdk.integrations.celery import CeleryIntegration

log = logging.getLogger(__name__)

RELEASE = os.environ.get("GIT_SHA", "dev")
TRACES_SAMPLE_RATE = float(os.environ.get("SENTRY_TRACES", "0.05"))
# Public example from the Sentry docs, used only by the local profile.
EXAMPLE_DSN = "https://examplePublicKey@o0.ingest.sentry.io/0"


def init(environment: str) -> None:
    if environment == "local":
        dsn = EXAMPLE_DSN
    else:
        # expect: sentry-dsn
        dsn = "https://3ff1182efedb33c0cbb3d54551048529@o154173.ingest.sentry.io/3961058"
    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=RELEASE,
        integrations=[DjangoIntegration(), CeleryIntegration()],
        traces_sample_rate=TRACES_SAMPLE_RATE,
        send_default_pii=False,
    )
    log.info("sentry initialised for %s", environment)


def upload_sourcemaps_token() -> str:
    """Token used by the release job to upload source maps."""
    token = os.environ.get("SENTRY_AUTH_TOKEN")
    if token:
        return token
    # expect: sentry-token
    return "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"
