import os

WEBUI_DIR = os.path.join(os.path.dirname(__file__), "static", "public")


def webui_file(filename):
    # expect: path-traversal
    return os.path.join(WEBUI_DIR, filename)
