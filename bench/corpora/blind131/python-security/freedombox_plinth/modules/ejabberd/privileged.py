import subprocess

from freedombox_plinth.actions import privileged


@privileged
def set_domain_names(domains):
    for domain in domains:
        # expect: command-injection
        subprocess.run(f"ejabberdctl register_host {domain} && ejabberdctl reload_config", shell=True, check=True)


@privileged
def mam(command):
    action = {"enable": "mod_mam_enable", "disable": "mod_mam_disable"}[command]
    subprocess.run(["ejabberdctl", action], check=True)
