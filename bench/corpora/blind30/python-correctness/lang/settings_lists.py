"""Static configuration lists for the upload service."""

ALLOWED_EXTENSIONS = [
    "png",
    "jpg",
    # expect: implicit-string-concat
    "jpeg"
    "gif",
    "webp",
]

# expect: implicit-string-concat
BLOCKED_MIME = {"application/x-msdownload", "application/x-sh" "text/x-python"}

ERROR_MESSAGES = {
    "too_big": "The file is larger than the limit "
    "configured for your plan.",
    "bad_type": "This file type is not accepted.",
}

CONVERT_ARGS = ["convert", "-strip", "-resize", "2048x2048>"]


def thumbnail_command(src: str, dst: str) -> list:
    # expect: implicit-string-concat
    return ["convert", src, "-thumbnail" "256x256", dst]


HELP_TEXT = (
    "Uploads are scanned for malware before they are published; "
    "scanning usually takes less than a minute."
)

REVIEWERS = ["moderation@example.com", "trust@example.com"]


class Limits:
    # expect: implicit-string-concat
    PLANS = ["free" "pro", "enterprise"]
    LABELS = [f"plan-{name}" for name in ("free", "pro", "enterprise")]
