"""Default arguments and allowlists of the deploy CLI."""

SAFE_METHODS = {
    # expect: implicit-string-concat
    "GET" "HEAD",
    "OPTIONS",
}

REGIONS = [
    "eu-west-1",
    # expect: implicit-string-concat
    "eu-central-1"
    "us-east-1",
    "ap-southeast-2",
]


def rsync_args(src, dst):
    # expect: implicit-string-concat
    return ["rsync", "-az" "--delete", src, dst]


class Linter:
    ignored = [
        "E501",
        # expect: implicit-string-concat
        "W503" "W504",
    ]


HELP = {
    "deploy": "Deploys the current build "
    "to every region.",
}

MESSAGES = ["Deploy finished.", ("Every region reported healthy; " + "no rollback needed.")]
