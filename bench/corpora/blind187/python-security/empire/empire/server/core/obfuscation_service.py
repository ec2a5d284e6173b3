"""Runs Invoke-Obfuscation through pwsh on generated PowerShell."""
import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from empire.server.core.config import empire_config

log = logging.getLogger(__name__)

INVOKE_OBFUSCATION = Path(empire_config.directories.module_source) / "Invoke-Obfuscation" / "Invoke-Obfuscation.psd1"


class ObfuscationService:
    def __init__(self, main_menu):
        self.main_menu = main_menu

    def obfuscate(self, ps_script: str, obfuscation_command: str) -> str:
        """Obfuscate a script with the stored per-language command (e.g. 'Token\\All\\1')."""
        if not shutil.which("pwsh"):
            log.error("pwsh is not installed, cannot obfuscate")
            return ps_script
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "in.ps1"
            dst = Path(tmp) / "out.ps1"
            src.write_text(ps_script)
            # expect: command-injection
            subprocess.call(f'pwsh -C \'Import-Module {INVOKE_OBFUSCATION}; Invoke-Obfuscation -ScriptPath {src} -Command "{obfuscation_command}" -Quiet | Out-File -Encoding ASCII {dst}\'', shell=True)
            return dst.read_text() if dst.exists() else ps_script

    def preobfuscate_modules(self, language: str, reobfuscate: bool, obfuscation_command: str):
        for module_path in Path(empire_config.directories.module_source).rglob("*.ps1"):
            out_path = module_path.with_suffix(".obf.ps1")
            if out_path.exists() and not reobfuscate:
                continue
            out_path.write_text(self.obfuscate(module_path.read_text(), obfuscation_command))

    def remove_preobfuscated_modules(self, language: str):
        for path in Path(empire_config.directories.module_source).rglob("*.obf.ps1"):
            path.unlink()

    def convert_to_base64(self, script_path: Path) -> str:
        """Encode a script with pwsh's own encoder; argv form, no shell."""
        out = subprocess.run(
            ["pwsh", "-NoProfile", "-File", str(Path(__file__).with_name("encode.ps1")), "-Path", str(script_path)],
            capture_output=True, text=True, timeout=60, check=True,
        )
        return out.stdout.strip()
