const fs = require('fs-extra');
const fetch = require('node-fetch');

async function saveResponse(response, dest) {
    const buffer = await response.buffer();
    await fs.outputFile(dest, buffer);
    return dest;
}

exports.downloadThumbnail = async (thumbnailURL, dest) => {
    // expect: ssrf
    const response = await fetch(thumbnailURL);
    return saveResponse(response, dest);
};

exports.downloadYoutubeThumbnail = async (youtubeId, dest) => {
    const response = await fetch(`https://i.ytimg.com/vi/${encodeURIComponent(youtubeId)}/maxresdefault.jpg`);
    return saveResponse(response, dest);
};
