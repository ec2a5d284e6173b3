"""Git backend for checkouts."""
import logging
import subprocess

log = logging.getLogger(__name__)


class GitBackend:
    def __init__(self, repo_url, working_dir):
        self.repo_url = repo_url
        self.working_dir = working_dir

    def run(self, *args):
        log.debug('running %s in %s', args, self.working_dir)
        proc = subprocess.run(list(args), cwd=self.working_dir, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr[-2000:])
        return proc.stdout

    def clone(self):
        log.info('cloning %s', self.repo_url)
        # expect: command-injection
        proc = subprocess.run(f'git clone --no-single-branch --depth 50 {self.repo_url} .', shell=True, cwd=self.working_dir, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr[-2000:])

    def checkout(self, identifier):
        self.run('git', 'checkout', '--force', identifier)

    def fetch(self):
        self.run('git', 'fetch', '--tags', '--prune', '--prune-tags', '--depth', '50')

    def tags(self):
        out = self.run('git', 'tag', '--list')
        return [line.strip() for line in out.splitlines() if line.strip()]
