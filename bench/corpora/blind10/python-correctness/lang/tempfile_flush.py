# library: tempfile (NamedTemporaryFile used by name before flush)
"""Pass generated configs to external tools."""
import subprocess
import tempfile


def validate_nginx(config_text):
    with tempfile.NamedTemporaryFile("w", suffix=".conf") as tmp:
        tmp.write(config_text)
        # expect: tempfile-flush
        return subprocess.run(["nginx", "-t", "-c", tmp.name], capture_output=True).returncode == 0


def validate_nginx_safe(config_text):
    with tempfile.NamedTemporaryFile("w", suffix=".conf") as tmp:
        tmp.write(config_text)
        tmp.flush()
        return subprocess.run(["nginx", "-t", "-c", tmp.name], capture_output=True).returncode == 0


def lint_yaml(text):
    tmp = tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False)
    tmp.write(text)
    # expect: tempfile-flush
    result = subprocess.run(["yamllint", tmp.name], capture_output=True, text=True)
    tmp.close()
    return result.stdout


def lint_yaml_closed(text):
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as tmp:
        tmp.write(text)
    return subprocess.run(["yamllint", tmp.name], capture_output=True, text=True).stdout
