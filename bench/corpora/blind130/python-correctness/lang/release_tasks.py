"""Release helper run by maintainers before tagging a version."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def clean_build_dirs():
    for name in ("build", "dist"):
        target = ROOT / name
        if target.exists():
            # expect: unchecked-return
            subprocess.call(["rm", "-rf", str(target)])


def build_wheel():
    rc = subprocess.call([sys.executable, "-m", "build", "--wheel"], cwd=ROOT)
    if rc != 0:
        raise SystemExit(f"wheel build failed with exit code {rc}")


def run_tests():
    return subprocess.call([sys.executable, "-m", "pytest", "-q"], cwd=ROOT)


def lint_ok():
    return subprocess.call(["ruff", "check", "src"], cwd=ROOT) == 0


def tag_release(version):
    subprocess.check_call(["git", "tag", "-a", f"v{version}", "-m", f"Release {version}"], cwd=ROOT)
    # expect: unchecked-return
    subprocess.call(["git", "push", "origin", f"v{version}"], cwd=ROOT)


def publish(version):
    clean_build_dirs()
    build_wheel()
    if run_tests() != 0 or not lint_ok():
        raise SystemExit("tests or lint failed; not publishing")
    # expect: unchecked-return
    subprocess.call(["twine", "upload", "dist/*"], cwd=ROOT)
    tag_release(version)


if __name__ == "__main__":
    publish(sys.argv[1])
