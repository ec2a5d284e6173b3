Rails.application.configure do
  config.active_storage.service = :amazon
  # expect: secret
  config.x.shippo_token = 'shippo_live_c28f1e20bb1d94d17d9f8ccc04add19c3f60dcc8'
  config.x.braintree_env = :production
  # expect: secret
  Braintree::Configuration.private_key = 'aac333b075b454c9093f4f313bbc1f0c'
  config.x.mailer_password = ENV.fetch('MAILER_PASSWORD')
end
