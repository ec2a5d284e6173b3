"""Console output helpers for the `deployctl` command line tool."""
import click
from click import echo, style

import click as ck

OK = "green"
FAIL = "red"


def report_step(name, ok):
    colour = OK if ok else FAIL
    # expect: click-secho
    click.echo(click.style(f"[{'ok' if ok else 'failed'}] {name}", fg=colour))


def warn(message):
    # expect: click-secho
    click.echo(click.style(message, fg="yellow", bold=True), err=True)


class Reporter:
    def __init__(self, verbose=False):
        self.verbose = verbose

    def header(self, title):
        # expect: click-secho
        ck.echo(ck.style(title.upper(), bold=True, underline=True))

    def detail(self, text):
        if self.verbose:
            click.secho(text, dim=True)

    def summary(self, passed, failed):
        badge = click.style(" DONE ", bg="blue", fg="white")
        click.echo(f"{badge} {passed} passed, {failed} failed")


def banner(version):
    # expect: click-secho
    click.echo(click.style("deployctl %s" % version, fg="cyan"), nl=False)
    click.echo()


def plain(text):
    echo(text)
    return style(text, fg="magenta")
