import os

OUTPUT_PATH = os.path.realpath(os.path.expanduser("~/.local/share/sqlmap/output"))
