const EmailPassword = require('supertokens-node/recipe/emailpassword');
const Session = require('supertokens-node/recipe/session');
const { createProfile, createProfileSafe } = require('../services/profile');
const { audit } = require('../services/audit');

function fieldValue(formFields, id, fallback) {
  const field = formFields.find((f) => f.id === id);
  return field ? field.value : fallback;
}

module.exports = {
  framework: 'express',
  supertokens: { connectionURI: process.env.SUPERTOKENS_CORE_URI },
  appInfo: { appName: 'acme', apiDomain: process.env.API_DOMAIN, websiteDomain: process.env.WEB_DOMAIN },
  recipeList: [
    EmailPassword.init({
      signUpFeature: { formFields: [{ id: 'company' }, { id: 'plan', optional: true }] },
      override: {
        apis: (originalImplementation) => ({
          ...originalImplementation,
          signUpPOST: async function (input) {
            const response = await originalImplementation.signUpPOST(input);
            if (response.status === 'OK') {
              const company = fieldValue(input.formFields, 'company', 'personal');
              const plan = fieldValue(input.formFields, 'plan', 'free');
              if (plan === 'enterprise') {
                await createProfileSafe(response.user.id, company, plan);
              } else {
                await createProfile(response.user.id, company, plan);
              }
            }
            return response;
          },
          signInPOST: async function (input) {
            const email = fieldValue(input.formFields, 'email', '');
            const response = await originalImplementation.signInPOST(input);
            if (response.status !== 'OK') {
              audit(`failed sign-in for ${email}`);
            }
            return response;
          },
        }),
      },
    }),
    Session.init(),
  ],
};
