import os

BUILD_ROOT = "/var/quay/builds"


def read_dockerfile(archive_id, context):
    build_dir = os.path.join(BUILD_ROOT, str(int(archive_id)))
    # expect: path-traversal
    with open(os.path.join(build_dir, context.lstrip("/"), "Dockerfile")) as handle:
        return handle.read()


def read_dockerfile_checked(archive_id, subdir):
    build_dir = os.path.realpath(os.path.join(BUILD_ROOT, str(int(archive_id))))
    target = os.path.realpath(os.path.join(build_dir, subdir.lstrip("/"), "Dockerfile"))
    if not target.startswith(build_dir + os.sep):
        raise ValueError("subdirectory escapes the build context")
    with open(target) as handle:
        return handle.read()
