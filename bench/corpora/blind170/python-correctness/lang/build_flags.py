"""Assemble compiler and linker flags for the native extension build."""
import os
import platform
import sys

BASE_CFLAGS = ["-O2", "-fPIC", "-Wall"]


def cflags(debug: bool, sanitize: bool):
    # with debug=False the whole list is just ["-DNDEBUG"]: the base flags and -fPIC are dropped
    # expect: operator-precedence
    flags = BASE_CFLAGS + ["-g"] if debug else ["-DNDEBUG"]
    if sanitize:
        flags = flags + ["-fsanitize=address"]
    return flags


def ldflags():
    # on Linux only the rpath flag is left
    # expect: operator-precedence
    return ["-lm", "-lpthread"] + ["-Wl,-rpath,$ORIGIN"] if platform.system() == "Linux" else ["-lm"]


def include_dirs(extra=None):
    dirs = ["include", "vendor/include"] + (["/opt/homebrew/include"] if sys.platform == "darwin" else [])
    return dirs + list(extra or [])


def defines():
    return [("VERSION", '"1.4.0"')] + ([("HAVE_AVX2", "1")] if os.environ.get("ENABLE_AVX2") else [])


def test_cflags():
    # the whole concatenation is chosen on purpose: coverage builds replace the flags entirely
    return (["-O0", "-g"] + ["--coverage"]) if os.environ.get("COVERAGE") else BASE_CFLAGS


def link_order(static):
    libs = ["-lfoo"]
    libs += ["-lbar_static"] if static else ["-lbar"]
    return libs


def describe():
    parts = ["cflags=" + " ".join(cflags(False, False)), "ldflags=" + " ".join(ldflags())]
    return "; ".join(parts)
