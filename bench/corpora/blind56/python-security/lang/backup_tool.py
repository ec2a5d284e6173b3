"""Nightly backup helper run from cron on the file servers."""
import argparse
import logging
import os
import subprocess
from datetime import date

log = logging.getLogger("backup")

EXCLUDES = ["*.tmp", "node_modules"]


class Archiver:
    def __init__(self, dest_dir, compressor="gzip"):
        self.dest_dir = dest_dir
        self.compressor = compressor

    def archive(self, source):
        target = os.path.join(self.dest_dir, "%s-%s.tar.gz" % (os.path.basename(source), date.today()))
        excludes = " ".join("--exclude='%s'" % e for e in EXCLUDES)
        # expect: command-injection
        rc = os.system("tar czf %s %s %s" % (target, excludes, source))
        if rc != 0:
            log.error("tar failed for %s", source)
        return target

    def checksum(self, path):
        # expect: command-injection
        return os.popen("sha256sum " + path).read().split()[0]


def remote_copy(target, host, user):
    # expect: command-injection
    os.system(f"scp -q {target} {user}@{host}:/srv/backups/")


def last_commit(repo, ref="HEAD"):
    cmd = "git -C {} log -1 --format=%H {}".format(repo, ref)
    # expect: command-injection
    with os.popen(cmd) as pipe:
        return pipe.read().strip()


def prune(dest_dir, keep_days):
    subprocess.run(["find", dest_dir, "-name", "*.tar.gz", "-mtime", "+%d" % keep_days, "-delete"], check=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sources", nargs="+")
    parser.add_argument("--dest", default="/var/backups")
    parser.add_argument("--host")
    opts = parser.parse_args()
    os.system("sync")
    load = os.popen("uptime").read()
    log.info("load before backup: %s", load.strip())
    archiver = Archiver(opts.dest)
    for source in opts.sources:
        target = archiver.archive(source)
        log.info("%s %s", target, archiver.checksum(target))
        if opts.host:
            remote_copy(target, opts.host, "backup")
    prune(opts.dest, 14)


if __name__ == "__main__":
    main()
