// Puppeteer configuration (read by puppeteer's install script and at launch).
// Puppeteer comes in only through the dev dependency @asyncapi/html-template;
// nothing here needs its bundled Chrome, so `npm ci` never downloads a browser.
module.exports = { skipDownload: true };
