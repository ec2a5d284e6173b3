# Production variables for the orders stack.
region        = "eu-west-1"
environment   = "production"
instance_type = "t3.large"
min_size      = 2
max_size      = 6

db_username = "orders"
# expect: secret
db_password = "Vx9#kq2!Lm4tR7pz"
db_password_min_length = 16

# expect: secret
datadog_api_key = "7ec0a320625dd30a55ed9c7d1041cc63"
datadog_site    = "datadoghq.eu"

# expect: secret
cloudflare_api_token = "Xjw9APP8Dy-3XzZmBNQR2yTBGTCuSsH5LM_Em9iJ"
cloudflare_zone_id   = "9509dddc3ebffc5ccd8099ee02cab83b"

github_owner = "example"
# expect: secret
github_token = "ghp_zLiIWusm0QWlDH3mjry9IwG5J73nYjD1R4CC"

ami_id           = "ami-0a1b2c3d4e5f67890"
kms_key_arn      = "arn:aws:kms:eu-west-1:123456789012:key/be5fdc4d-913b-4af5-85b4-814362c0b372"
ssh_public_key   = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIZQ1oqAwCIkIW35ITUkNkTuarqUqGdMbUVyPvfaMJFj7 deploy@ci"
# expect: secret
ssh_private_key  = "-----BEGIN OPENSSH PRIVATE KEY-----\nqSojWPNl+oEcLNESxfkwShYDBcVYFYtaPlozdwy8g/qR4Ethml6unupwbFUP/MD4\nOVAgHOZUH9shhezEVMdQQP7/3kdhPUNC3EX3rE+8WW4dab0W+QmLoVzC5IIGocfm\nm9o1hNPVk4wubkn4tGNMnMiQtrZZEEHT9nehnDMuWx4KA5fvRGc9bKziV+t2hlN9\nChFcBIb71sWQWkP38l8NxZTlhQZljfdoQFz5b/32lJ7kLyagdx8zGojdz34TDUze\n+SXWW45lb2VshrU41/s7R4hYkQpHlegeg00J101qq1vwI3e83mCbjyiHmYmBOfuT\n0dGSLoTLPAk9DZzmLY5MUkMbi9PawaybRvzN1NNHdsjqOVRJMa1CtZSc6SX0/Raa\nUHigsTppPUhAesaX6LTLs68YnTjToW3vq76Ge2HQ3Bs59Ac==\n-----END OPENSSH PRIVATE KEY-----"
secrets_manager_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders/db-AbCdEf"

tags = {
  team    = "orders"
  commit  = "4f5bb77deb12f87ca2ba5286c797f6c130613f44"
  owner   = "platform"
}
