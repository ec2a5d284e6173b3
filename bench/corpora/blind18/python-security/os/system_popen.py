"""Admin helpers for the print server (CUPS)."""
import os
from os import popen, system

import click

QUEUE_NAMES = {"office", "lab", "reception"}


@click.group()
def cli():
    pass


@cli.command()
@click.argument("printer")
def enable(printer):
    # expect: command-injection
    system("cupsenable " + printer)


@cli.command()
@click.argument("job_id")
def cancel(job_id):
    # expect: command-injection
    os.system(f"cancel {job_id}")


@cli.command()
@click.argument("queue")
def status(queue):
    # expect: command-injection
    with popen("lpstat -o %s" % queue) as pipe:
        click.echo(pipe.read())


@cli.command()
@click.argument("queue")
def status_known(queue):
    if queue not in QUEUE_NAMES:
        raise click.BadParameter("unknown queue")
    # safe: argument list, no shell
    os.execvp("lpstat", ["lpstat", "-o", queue])


@cli.command()
def restart():
    # safe: constant command
    os.system("systemctl restart cups")


@cli.command()
@click.argument("path")
def print_file(path):
    # expect: command-injection
    os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "lp " + path)


if __name__ == "__main__":
    cli()
