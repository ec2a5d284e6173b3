const axios = require('axios');
const { getSdk, handleError } = require('../api-util/sdk');

const IMAGE_HOSTS = ['sharetribe.imgix.net', 'images.unsplash.com'];

module.exports = async (req, res) => {
  const sdk = getSdk(req, res);
  try {
    const response = await sdk.listings.show({ id: req.params.listingId });
    const { publicData } = response.data.data.attributes;
    const imageUrl = publicData.coverImageUrl || publicData.imageUrl;
    if (req.query.strict === 'true') {
      const host = new URL(imageUrl).hostname;
      if (!IMAGE_HOSTS.includes(host)) return res.status(400).end();
      const img = await axios.get(imageUrl, { responseType: 'arraybuffer', timeout: 4000 });
      return res.type('image/jpeg').send(img.data);
    }
    // expect: ssrf
    const img = await axios.get(imageUrl, { responseType: 'arraybuffer', timeout: 4000 });
    res.type('image/jpeg').send(img.data);
  } catch (e) {
    handleError(res, e);
  }
};
