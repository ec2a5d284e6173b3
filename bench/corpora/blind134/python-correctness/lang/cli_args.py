"""Builds command lines for the nightly backup jobs."""

EXCLUDES = [
    "*.tmp",
    # expect: implicit-concat
    "node_modules"
    "__pycache__",
    ".cache",
]


def rsync_args(src, dest):
    return [
        "rsync",
        "-a",
        # expect: implicit-concat
        "--delete" "--partial",
        src,
        dest,
    ]


# expect: implicit-concat
ALLOWED_SUFFIXES = {".tar.gz", ".zip" ".tar.zst", ".7z"}

BANNER = (
    "Nightly backup job. "
    "Do not interrupt."
)

HELP = [
    "Usage: backup [--full]",
    "Version 1 (stable)",
]

TEMPLATES = {
    "subject": "Backup finished "
    "successfully",
}
