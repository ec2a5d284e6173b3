"""Compiler and linker flags for the native extension build."""
import os
import sys

BASE_CFLAGS = ["-O2", "-fPIC", "-Wall"]


def cflags(debug=False, sanitize=False):
    # expect: list-concat-precedence
    flags = BASE_CFLAGS + ["-std=c11"] if not debug else ["-O0", "-g"]
    if sanitize:
        flags = flags + ["-fsanitize=address"]
    return flags


def ldflags(static=False):
    # expect: list-concat-precedence
    libs = ["-lm", "-lpthread"] + ["-lz"] if os.environ.get("WITH_ZLIB") else []
    return libs + (["-static"] if static else [])


def define_macros(version):
    return [("VERSION", f'"{version}"')] + ([("NDEBUG", "1")] if not os.environ.get("DEBUG") else [])


def platform_flags():
    extra = ["-mmacosx-version-min=11.0"] if sys.platform == "darwin" else []
    return ["-DPLATFORM=" + sys.platform] + extra


def include_dirs(prefix):
    dirs = [os.path.join(prefix, "include")] + (["/opt/homebrew/include"] if sys.platform == "darwin" else [])
    return [d for d in dirs if os.path.isdir(d)]


def warnings(strict):
    return (["-Werror"] if strict else []) + ["-Wextra"]
