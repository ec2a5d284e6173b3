#!/bin/sh
# Bootstraps the deploy user on a fresh bastion (run once by hand).
set -eu
install -d -m 700 /home/deploy/.ssh
echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPe6FElAcxqlxEmpXbsN0fklvkTuFL1P4APFzeuoIBtV deploy@ci" >> /home/deploy/.ssh/authorized_keys
# expect: secret
printf '%b' "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtz\nc2gtZWRmueRZ5rpl9qnAamxwj52g1TF5hENY/NmmMm0XOAc1J7GaGzog2ktOzq3i\nTkePcGXBuPVG+6uYr2buGSWvKq5/xdHnVp/0Hgc/iL0RUoz9MMwJrt5UzAP8+tV8\n2vUFKkIYKd+TTf/faxCIxCS3dxU73blw+4rCz1s+2qZR6h0UzVRoCq+c3K8vS3fT\nC18f23IM5Rs5qecTRs82Xp9xYvFV2SjSNvjDOOjieDjKNPjQ4oeOI/pscRMP7BiN\nx92dM8GZKG6WFrh4uU4kBzJtSaTKMHu1zAUAKzhs13hYgZBZy1Zmr11s/6RrPFb0\nkbeMXHA7E1keFyEx\n-----END OPENSSH PRIVATE KEY-----\n" > /home/deploy/.ssh/id_ed25519
chmod 600 /home/deploy/.ssh/id_ed25519
# expect: secret
printf '%b' "-----BEGIN RSA PRIVATE KEY-----\nMIIEowfz0jZjBxLndXHbAd0eS1yMoVpU+EEkfzVzS9v4VciRldR+WJmHDaeIt8+U\nhhWKiDphTGpsTqr28wZLPcC4qAZv1mmtzEgC/aVfF8zSu8qirqZF3PX7HLo+zZo1\n9uYdYqztpLmWBZKfbL9h6MR5osHgqg4GQhMFQVkOGhn+N3KxQ3NES3lb3RMH4WUe\nO8OjOFPCOXD8TOHq4k5UxtHlTDOOjLTxVoI/1T9D4gz4i4tnG6l+E3PZGt4lSerX\nEnUNlhShNYHZQSSrkyFR2QcJr8KWfWLJtCgGw91ezw30R42btI0tV9lC7nt4nzlf\nCFk8Pegm/CR1RIhTrZJX+BTzABiu6fI2G41Z3+zX06E5BVtGJmmwu9tJ4CBeswA8\npxLFrrSifUsexqxt0Nw4onsDP12+0wolHg+TWd6v8SAGOEhSa3ptsdsfKC6e/tM/\nCUL2Me2zcPcqhJ1USNMIuuo9V6S6WVJRnp2AioraUywjL9DPaJjM2BLE9XGALHSf\nn4CiCi8UVkGyi90IakaYnpq1XQ2vAjLfwXPxbEgyzL5PtFhgrqQQ6qx9WiZBZ+SO\nwONKJRtbNe3BXobGkZeSYhv0eN8bjQchjKQ7bap6SooctJM3v52GGvW+NjXdAedM\nY/T1f1EYsAWxYGTn1CP4qfvJI5qXqN7vaBIdcGaOT9Qcbk0mEx25iIvK0vAZg9GZ\nE+4nDQIA+mo2FzrNyQZtIYA+lLWlVn3Hv0aGDuGKFQwPq9Z0RpZBtM3/ay2WQToH\n24bwVN8Pkve3sDpLgXAD0X4W5lFqyQKR\n-----END RSA PRIVATE KEY-----\n" > /etc/ssl/private/legacy-api.key
ssh-keyscan github.com >> /home/deploy/.ssh/known_hosts
echo "fingerprint SHA256:9b016d0113bc9a0d5fd20797e3d4f38a"
