// Records a HAR with a second producer: Debian's node-request-capture-har, the HAR writer for
// node's request module, asks nginx a few questions and saves what came back.
// Usage: NODE_PATH=/usr/share/nodejs node record_request_har.js BASE_URL OUT.har
const HarWrapper = require("request-capture-har");
const request = new HarWrapper(require("request"));

const [base, out] = process.argv.slice(2);
const asks = [
  { method: "GET", url: base + "/index.html" },
  { method: "GET", url: base + "/chunked" },
  { method: "GET", url: base + "/missing.txt" },
  { method: "GET", url: base + "/hop", followRedirect: false },
  { method: "HEAD", url: base + "/index.html" },
  { method: "POST", url: base + "/index.html", body: "name=value" },
];

(async () => {
  for (const ask of asks) {
    await new Promise((resolve, reject) =>
      request.request(Object.assign({}, ask, { callback: (err) => (err ? reject(err) : resolve()) })));
  }
  request.saveHar(out);
})().catch((e) => { console.error(e); process.exit(1); });
