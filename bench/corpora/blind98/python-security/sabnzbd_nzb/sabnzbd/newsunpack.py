"""Post-processing commands run on a finished job."""
import shlex
import subprocess


def par2_repair(workdir, setname):
    # expect: command-injection
    return subprocess.run(f"cd {workdir} && par2 r {setname}.par2", shell=True, capture_output=True).returncode


def par2_repair_quoted(workdir, setname):
    return subprocess.run(f"cd {shlex.quote(workdir)} && par2 r {shlex.quote(setname + '.par2')}", shell=True, capture_output=True).returncode


def unrar(workdir, archive, password=None):
    cmd = ["unrar", "x", "-o+", f"-p{password}" if password else "-p-", "--", archive, workdir + "/"]
    return subprocess.run(cmd, capture_output=True).returncode
