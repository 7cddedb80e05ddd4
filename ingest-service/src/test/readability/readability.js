// Baseline for the article extractor: Mozilla's Readability.js (on jsdom) over the two benchmark corpora.
// Writes <out>/<corpus>-predictions.json in the form ../shared/tools/extraction-score reads, and prints pages/s.
// Usage: node readability.js SHARED_DIR OUT_DIR   (./bench.sh readability runs it after npm ci)
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [shared, out] = process.argv.slice(2);
if (!shared || !out) {
  console.error('usage: node readability.js SHARED_DIR OUT_DIR');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
const quiet = new VirtualConsole(); // pages' own script errors and CSS warnings are not ours to print

for (const corpus of ['article-extraction', 'article-metadata']) {
  const dir = path.join(shared, 'corpora', corpus);
  const gold = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
  const predictions = {};
  const started = process.hrtime.bigint();
  for (const [id, page] of Object.entries(gold)) {
    const html = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'html', id + '.html.gz'))).toString('utf8');
    let body = '';
    try {
      const dom = new JSDOM(html, { url: page.url || 'https://example.com/', virtualConsole: quiet });
      const article = new Readability(dom.window.document).parse();
      body = article && article.textContent ? article.textContent : '';
      dom.window.close();
    } catch (e) {
      body = ''; // a page jsdom cannot load counts as nothing extracted
    }
    predictions[id] = { articleBody: body };
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const pages = Object.keys(predictions).length;
  fs.writeFileSync(path.join(out, corpus + '-predictions.json'), JSON.stringify(predictions));
  console.log(`${corpus}: ${pages} pages in ${seconds.toFixed(1)} s (${(pages / seconds).toFixed(1)} pages/s, one thread, jsdom parse included)`);
}
