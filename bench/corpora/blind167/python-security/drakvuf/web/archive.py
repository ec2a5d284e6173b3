"""Password-protected sample archives (the usual 'infected' zip)."""
import logging
import os
import subprocess

log = logging.getLogger(__name__)

SEVEN_ZIP = "/usr/bin/7z"


def list_archive(archive_path, password):
    """Names of the files inside the archive."""
    # expect: command-injection
    out = subprocess.check_output(f"{SEVEN_ZIP} l -slt -p{password} {archive_path}", shell=True, timeout=60)
    names = []
    for line in out.decode(errors="replace").splitlines():
        if line.startswith("Path = ") and line[7:] != archive_path:
            names.append(line[7:])
    return names


def extract_archive(archive_path, password, dest_dir):
    """Unpack the single member of the archive and return its path."""
    subprocess.run(
        [SEVEN_ZIP, "e", "-y", f"-p{password}", f"-o{dest_dir}", archive_path],
        check=True,
        timeout=120,
        capture_output=True,
    )
    members = [m for m in list_dir_members(dest_dir) if m != os.path.basename(archive_path)]
    if len(members) != 1:
        raise ValueError("unexpected archive content")
    return os.path.join(dest_dir, members[0])


def list_dir_members(dest_dir):
    return sorted(os.listdir(dest_dir))


def archive_tool_version():
    out = subprocess.run(f"{SEVEN_ZIP} i | head -n 3", shell=True, capture_output=True, timeout=10)
    return out.stdout.decode(errors="replace").strip()
