import subprocess

CALIBREDB = "/usr/bin/calibredb"
LIBRARY = "/books/calibre"


def calibredb(cmd, args):
    line = "%s %s --with-library=%s %s" % (CALIBREDB, cmd, LIBRARY, args)
    # expect: command-injection
    res = subprocess.run(line, shell=True, capture_output=True, text=True)
    return res.stdout


def calibredb_argv(cmd, search):
    if cmd not in ("list", "search", "show_metadata"):
        return ""
    res = subprocess.run([CALIBREDB, cmd, "--with-library=" + LIBRARY, "--search", search], capture_output=True, text=True)
    return res.stdout
