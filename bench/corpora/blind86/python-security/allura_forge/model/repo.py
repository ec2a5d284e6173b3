import os


def read_blob(repo_root, path):
    # expect: path-traversal
    with open(os.path.join(repo_root, "blobs", path), "rb") as fh:
        return fh.read()


def read_blob_checked(repo_root, path):
    base = os.path.realpath(os.path.join(repo_root, "blobs"))
    target = os.path.realpath(os.path.join(base, path))
    if not target.startswith(base + os.sep):
        raise FileNotFoundError(path)
    with open(target, "rb") as fh:
        return fh.read()


def log_page(repo, rev, page, limit):
    return repo.log(rev, skip=int(page) * int(limit), limit=int(limit))
