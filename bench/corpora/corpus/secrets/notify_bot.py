#!/usr/bin/env python3
"""Posts nightly metrics to Slack and mirrors them to a Hugging Face dataset."""
import json
import os
import sys
from dataclasses import dataclass
from typing import Optional

import requests

# expect: secret
SLACK_TOKEN = "xoxb-897233208999-1387866803802-N32ffKN2ofDyNs7figUlqWQU"
SLACK_CHANNEL = "#metrics"
# expect: secret
HF_WRITE_TOKEN = "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"
DATASET = "example/nightly-metrics"
# expect: secret
TWILIO_API_SECRET = "I20eBahcyXic6YOZq0M7qO60lI5QfecJ"
TWILIO_API_KEY_SID = "SK31d4143ca16eb233cd7997c576ac8bc0"


@dataclass
class Settings:
    slack_token: str
    hf_token: Optional[str] = None
    password: Optional[str] = None
    api_key: str = ""


def settings_from_env() -> Settings:
    return Settings(
        slack_token=os.environ.get("SLACK_TOKEN", SLACK_TOKEN),
        hf_token=os.getenv("HF_TOKEN"),
        password=os.environ.get("METRICS_DB_PASSWORD"),
        api_key=os.environ.get("METRICS_API_KEY", "<unset>"),
    )


def post_slack(token: str, text: str) -> None:
    r = requests.post(
        "https://slack.com/api/chat.postMessage",
        headers={"Authorization": f"Bearer {token}"},
        json={"channel": SLACK_CHANNEL, "text": text},
        timeout=10,
    )
    r.raise_for_status()


def push_hf(token: str, rows: list) -> None:
    r = requests.post(
        f"https://huggingface.co/api/datasets/{DATASET}/commit/main",
        headers={"Authorization": f"Bearer {token}"},
        data=json.dumps({"rows": rows}),
        timeout=30,
    )
    r.raise_for_status()


def main() -> int:
    s = settings_from_env()
    rows = json.load(sys.stdin)
    post_slack(s.slack_token, f"{len(rows)} metrics collected")
    push_hf(s.hf_token or HF_WRITE_TOKEN, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
