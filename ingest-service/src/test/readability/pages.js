// Mozilla's Readability.js (on jsdom) over a list of saved pages, for the extractor's comparison with it on the
// fixture pages (./bench.sh versus-readability). Writes, for each page, the text, title and byline Readability finds.
// Usage: node pages.js LIST.json OUT.json   where LIST is [{"file": "...", "url": "..."}, ...]
'use strict';
const fs = require('fs');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [list, out] = process.argv.slice(2);
if (!list || !out) {
  console.error('usage: node pages.js LIST.json OUT.json');
  process.exit(2);
}
const quiet = new VirtualConsole(); // pages' own script errors and CSS warnings are not ours to print
const found = {};
for (const { file, url } of JSON.parse(fs.readFileSync(list, 'utf8'))) {
  let result = { text: '', title: null, byline: null };
  try {
    const dom = new JSDOM(fs.readFileSync(file, 'utf8'), { url: url || 'https://example.com/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    if (article) {
      result = { text: article.textContent || '', title: article.title || null, byline: article.byline || null };
    }
    dom.window.close();
  } catch (e) {
    // a page jsdom cannot load counts as nothing found
  }
  found[file] = result;
}
fs.writeFileSync(out, JSON.stringify(found));
