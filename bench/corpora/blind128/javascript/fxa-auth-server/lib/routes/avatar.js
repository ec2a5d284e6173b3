'use strict';

module.exports = (log, config, profileClient) => {
  return [
    {
      method: 'POST',
      path: '/account/avatar/upload-url',
      options: { auth: { strategy: 'sessionToken' } },
      handler: async function (request) {
        const uid = request.auth.credentials.uid;
        const { url: avatarUrl, provider } = request.payload;
        if (provider) {
          return profileClient.importFromProvider(uid, provider, avatarUrl);
        }
        return profileClient.importFromUrl(uid, avatarUrl);
      },
    },
  ];
};
