"""Runs small user-supplied probe snippets through local interpreters (ops console backend)."""
import sys

import sh

PROBE_TEMPLATE = "import json, socket; print(json.dumps(socket.getaddrinfo('%s', 443)))"
CHECK_SNIPPET = "import ssl; print(ssl.OPENSSL_VERSION)"


def resolve_probe(hostname):
    # expect: command-injection
    return sh.python3("-c" + PROBE_TEMPLATE % hostname)


def perl_expr(expr):
    # expect: command-injection
    return sh.perl(f"-e print({expr})")


def node_eval(snippet):
    # expect: command-injection
    return sh.node("--eval={}".format(snippet))


def openssl_version():
    return sh.python3("-c", CHECK_SNIPPET)


def checkout(repo_dir, branch):
    return sh.git("-C", repo_dir, "checkout", "--", branch)


def clone(repo_url, dest):
    return sh.git.clone("--depth", "1", "--", repo_url, dest)


def main(argv):
    command, value = argv[1], argv[2]
    if command == "resolve":
        print(resolve_probe(value))
    elif command == "perl":
        print(perl_expr(value))
    elif command == "node":
        print(node_eval(value))
    else:
        print(openssl_version())


if __name__ == "__main__":
    main(sys.argv)
