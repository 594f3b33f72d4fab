// Records a HAR with a real browser: Debian's chromium, driven by playwright-core (npm), loads
// a page (which fetches more) and saves every exchange. Usage: node record_har.js URL OUT.har
const { chromium } = require("playwright-core");

(async () => {
  const [url, out] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium",
                                          args: ["--no-sandbox"] });
  const context = await browser.newContext({ ignoreHTTPSErrors: true,
                                             recordHar: { path: out } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.title === "done");
  await context.close();  // writes the HAR
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
