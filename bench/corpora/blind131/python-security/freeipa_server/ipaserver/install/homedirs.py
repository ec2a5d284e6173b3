import shutil

SKEL = "/etc/skel"


def create_home(home):
    # expect: path-traversal
    shutil.copytree(SKEL, home)
