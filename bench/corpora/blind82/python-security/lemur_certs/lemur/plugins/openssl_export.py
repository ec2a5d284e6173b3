import os
import subprocess
import tempfile


class OpenSSLExportPlugin:
    slug = "openssl-export"

    def run_process(self, command):
        return subprocess.run(command, check=True, capture_output=True)

    def export(self, body, chain, key, options):
        passphrase = options.get("passphrase") or os.urandom(12).hex()
        alias = options.get("alias", "lemur")
        with tempfile.TemporaryDirectory() as tmp:
            cert_path = os.path.join(tmp, "cert.pem")
            out_path = os.path.join(tmp, "out.p12")
            with open(cert_path, "w") as fh:
                fh.write(body + "\n" + (chain or "") + "\n" + key)
            self.run_process(["openssl", "pkcs12", "-export", "-name", alias, "-in", cert_path, "-out", out_path, "-passout", "pass:" + passphrase])
            if options.get("legacy"):
                # expect: command-injection
                subprocess.run(f"openssl pkcs12 -export -legacy -name {alias} -in {cert_path} -out {out_path} -passout pass:{passphrase}", shell=True, check=True)
            with open(out_path, "rb") as fh:
                return fh.read()
