"""Process-wide state of the HTPC Manager stand-in (settings and module registry)."""
MODULES = []
WEBDIR = "/"
DATADIR = "/var/lib/htpc"
LOGDIR = "/var/log/htpc"
SETTINGS = None
