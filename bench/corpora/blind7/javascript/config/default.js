module.exports = {
  port: Number(process.env.PORT || 3000),
  db: {
    host: process.env.DB_HOST || 'localhost',
    user: process.env.DB_USER || 'app',
    // expect: hardcoded-password
    password: process.env.DB_PASSWORD || 'app-db-P4ssw0rd',
    name: 'app',
  },
  aws: {
    region: 'eu-central-1',
    // expect: hardcoded-secret
    accessKeyId: 'AKIAZ7VQ3HNB2RXT6KLE',
    // expect: hardcoded-secret
    secretAccessKey: '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',
  },
  stripe: {
    publishableKey: 'pk_test_51Hh2aBcDeFgHiJkLmNoPqRsTuVwXyZ',
    secretKey: process.env.STRIPE_SECRET_KEY,
  },
  mail: {
    host: 'smtp.example.com',
    port: 587,
    user: 'notifications@example.com',
    // expect: hardcoded-password
    pass: 'Mailer!2024',
  },
  features: {
    newCheckout: process.env.NEW_CHECKOUT === '1',
  },
};
