"""Compiler and linker flags for the native extension build."""
import os
import platform
import sys

BASE_CFLAGS = ["-O2", "-fPIC"]
IS_WINDOWS = sys.platform == "win32"
DEBUG = os.environ.get("EXT_DEBUG") == "1"


def cflags(debug=DEBUG):
    # expect: operator-precedence
    return BASE_CFLAGS + ["-Wall"] if not debug else ["-g", "-O0"]


def ldflags():
    # expect: operator-precedence
    flags = ["-shared"] + ["-Wl,--as-needed"] if platform.system() == "Linux" else []
    return flags


class Toolchain:
    def __init__(self, arch):
        self.arch = arch
        # expect: operator-precedence
        self.defines = ["NDEBUG", "PY_SSIZE_T_CLEAN"] + ["ARCH_ARM64"] if arch == "arm64" else ["ARCH_X86_64"]

    def include_dirs(self, extra):
        # expect: operator-precedence
        return [sys.prefix + "/include"] + [d for d in extra] if extra else ["/usr/include"]


def compile_args(debug=False):
    return BASE_CFLAGS + (["-g"] if debug else ["-DNDEBUG"])


def link_args():
    return ["-shared"] + (["-lws2_32"] if IS_WINDOWS else ["-lm"])


def optimisation():
    return ["-O3"] if os.environ.get("EXT_FAST") else ["-O2"]


if __name__ == "__main__":
    print(" ".join(cflags() + ldflags() + Toolchain(platform.machine()).defines))
