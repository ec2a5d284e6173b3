"""Developer bootstrap: download the tools the build needs into ./.tools."""
import hashlib
import stat
import tarfile
import urllib.request
from pathlib import Path

TOOLS = Path(".tools")
PROTOC_VERSION = "25.1"
PROTOC_SHA256 = "ed8fca87a11c888fed329d6a59c34c7d436165f662a2c875246ddb1ac2b6dd50"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def install_protoc():
    url = f"https://github.com/protocolbuffers/protobuf/releases/download/v{PROTOC_VERSION}/protoc-{PROTOC_VERSION}-linux-x86_64.zip"
    dest = TOOLS / "protoc.zip"
    urllib.request.urlretrieve(url, dest)
    if _sha256(dest) != PROTOC_SHA256:
        dest.unlink()
        raise RuntimeError("protoc checksum mismatch")
    return dest


def install_linter():
    # an executable fetched over http and run on every developer machine, with no checksum
    # expect: cleartext-transport
    path, _ = urllib.request.urlretrieve("http://downloads.lintly.example/lintly-1.8.2-linux-amd64", TOOLS / "lintly")
    Path(path).chmod(Path(path).stat().st_mode | stat.S_IXUSR)
    return path


def install_schemas(mirror="http://schemas.internal-mirror.example/bundle.tar.gz"):
    dest = TOOLS / "schemas.tar.gz"
    # expect: cleartext-transport
    urllib.request.urlretrieve(mirror, dest)
    with tarfile.open(dest) as tar:
        tar.extractall(TOOLS / "schemas", filter="data")
    return TOOLS / "schemas"


def install_fixtures():
    # served by the docker-compose fixture container on this machine
    url = "http://localhost:8089/fixtures.tar.gz"
    dest = TOOLS / "fixtures.tar.gz"
    urllib.request.urlretrieve(url, dest)
    return dest


def main():
    TOOLS.mkdir(exist_ok=True)
    install_protoc()
    install_linter()
    install_schemas()


if __name__ == "__main__":
    main()
