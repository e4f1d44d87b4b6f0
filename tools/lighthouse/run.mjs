// Runs Lighthouse 12 (mobile preset, simulated throttling: the defaults) on each URL given, in one
// Chromium, and prints {url: {category: score 0-100, failing: {category: [audit ids]}}} as JSON.
// The full report of each URL is written as JSON to the directory given first.
// Usage: CHROME_PATH=/usr/bin/chromium node run.mjs OUTPUT_DIR URL...
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [outputDir, ...urls] = process.argv.slice(2);
const categories = ["performance", "accessibility", "best-practices", "seo"];
const chrome = await chromeLauncher.launch({
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--lang=vi"],
});
const scores = {};
try {
  for (const [index, url] of urls.entries()) {
    // A run whose trace came out broken (NO_NAVSTART and the like, seen on a loaded 2-core machine) says
    // nothing about the page: it is run again, twice at most, and its error reported if it persists.
    let lhr;
    for (let attempt = 1; attempt <= 3; attempt++) {
      ({ lhr } = await lighthouse(url, { port: chrome.port, output: "json", onlyCategories: categories, logLevel: "error" }));
      if (!lhr.runtimeError) break;
      process.stderr.write(`${url}: ${lhr.runtimeError.code}, attempt ${attempt}\n`);
    }
    writeFileSync(join(outputDir, `lighthouse-${index + 1}.json`), JSON.stringify(lhr, null, 1));
    const failing = {};
    const entry = { failing };
    for (const id of categories) {
      const category = lhr.categories[id];
      entry[id] = category.score === null ? 0 : Math.round(category.score * 100);
      failing[id] = category.auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit.score !== null && audit.score < 0.9 && !["notApplicable", "informative", "manual"].includes(audit.scoreDisplayMode))
        .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
    }
    if (lhr.runtimeError) entry.error = lhr.runtimeError.message;
    scores[url] = entry;
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify(scores));
