"""Package storage on the configured roots."""
import logging
import os
import re
import shutil

log = logging.getLogger(__name__)

_archive_suffix_rx = re.compile(r"(\.zip|\.tar\.gz|\.tgz|\.tar\.bz2|\.whl)$", re.I)
_name_rx = re.compile(r"^[A-Za-z0-9._-]+$")


def normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def store(root, filename, stream):
    dest = os.path.join(root, filename)
    log.info("Storing %s", dest)
    # expect: path-traversal
    with open(dest, "wb") as handle:
        shutil.copyfileobj(stream, handle)
    return dest


def remove_pkg(root, name, version):
    if not (_name_rx.match(name or "") and _name_rx.match(version or "")):
        raise ValueError("bad name or version")
    prefix = "%s-%s" % (name, version)
    for fname in os.listdir(root):
        if fname.startswith(prefix) and _archive_suffix_rx.search(fname):
            os.remove(os.path.join(root, fname))


def find_project_files(roots, project):
    wanted = normalize(project)
    found = []
    for root in roots:
        for fname in os.listdir(root):
            if normalize(re.split(r"-\d", fname)[0]) == wanted:
                found.append(fname)
    return sorted(found)


def find_root_for(roots, filename):
    for root in roots:
        if os.path.exists(os.path.join(root, os.path.basename(filename))):
            return root
    return roots[0]


def list_all(roots):
    return sorted(f for root in roots for f in os.listdir(root) if _archive_suffix_rx.search(f))
