const { getSdk, handleError } = require('../api-util/sdk');

// Lets a provider attach a cover image URL to the listing's public data
module.exports = (req, res) => {
  const { listingId, coverImageUrl } = req.body || {};
  getSdk(req, res)
    .ownListings.update({ id: listingId, publicData: { coverImageUrl } }, { expand: false })
    .then(() => res.status(200).json({ ok: true }))
    .catch((e) => handleError(res, e));
};
