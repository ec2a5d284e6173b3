"""Steps of the release build, driven by the pipeline YAML."""
import subprocess
import subprocess as sp


def run_step(step):
    # expect: command-injection
    return subprocess.run(step["run"], shell=True, check=True)


def run_script(script_body):
    # expect: command-injection
    return sp.check_output(["bash", "-c", script_body], text=True)


def run_tool(argv):
    # expect: command-injection
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE)
    return proc.communicate()[0]


def run_python(entry_point, *args):
    # expect: command-injection
    return subprocess.call(["python", entry_point, *args])


def package(version):
    cmd = "tar czf dist/app-%s.tgz build/" % version
    # expect: command-injection
    subprocess.check_call(cmd, shell=True)


def git_sha():
    return subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()


def clean():
    subprocess.run(["bash", "-c", "rm -rf build/ dist/"], check=True)


def tag(version):
    subprocess.run(["git", "tag", "-a", "v" + version, "-m", "release"], check=True)


def explain(err):
    if isinstance(err, subprocess.CalledProcessError):
        return f"step failed with {err.returncode}"
    raise subprocess.SubprocessError("unknown failure")
