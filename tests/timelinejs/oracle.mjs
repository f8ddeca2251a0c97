// SPDX-License-Identifier: GPL-3.0-or-later
// The peer as test oracle: loads each TimelineJS file Entente wrote into the real TimelineJS
// (@knight-lab/timelinejs, pinned in package.json) in headless Chromium, on a page served from
// 127.0.0.1, and fails when TimelineJS shows an error or when its markers are not one per slide.
//
//   node oracle.mjs [--screenshot OUT.png] FILE.json...
//
// Exit codes: 0 every file shown, 1 a file failed (one line each says why), 2 bad arguments.
// Nothing leaves the machine: TimelineJS's requests for web fonts and media are refused.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'node_modules/@knight-lab/timelinejs/dist');

const args = process.argv.slice(2);
let screenshot = null;
if (args[0] === '--screenshot') {
  screenshot = args[1];
  args.splice(0, 2);
}
if (args.length === 0) {
  console.error('usage: node oracle.mjs [--screenshot OUT.png] FILE.json...');
  process.exit(2);
}

const page = (json) => `<!DOCTYPE html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="/dist/css/timeline.css">
<script src="/dist/js/timeline.js"></script></head>
<body style="margin:0"><div id="timeline" style="width:1200px;height:700px"></div>
<script>
window.timelineErrors = [];
window.addEventListener('error', (e) => window.timelineErrors.push(String(e.message)));
const timeline = new TL.Timeline('timeline', ${json}, {language: 'en', font: null});
</script></body></html>`;

// One file at a time: the page is the file's own.
let current = '';
const server = createServer(async (request, response) => {
  try {
    if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page(current));
      return;
    }
    if (request.url.startsWith('/dist/')) {
      const file = path.join(dist, path.normalize(request.url.slice(6)).replace(/^(\.\.[/\\])+/, ''));
      const type = file.endsWith('.css') ? 'text/css' : file.endsWith('.json') ? 'application/json' : 'text/javascript';
      response.writeHead(200, { 'content-type': type });
      response.end(await readFile(file));
      return;
    }
  } catch {
    // fall through: not found
  }
  response.writeHead(404);
  response.end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = 0;
try {
  for (const file of args) {
    current = await readFile(file, 'utf8');
    const slides = JSON.parse(current).events.length;
    const context = await browser.newContext({ viewport: { width: 1200, height: 700 } });
    // Only the page and TimelineJS itself: anything else (fonts, media) is refused at once.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort());
    const tab = await context.newPage();
    const consoleErrors = [];
    tab.on('pageerror', (e) => consoleErrors.push(String(e.message)));
    await tab.goto(origin + '/');
    // Shown when the markers are drawn, or when TimelineJS has put up a message instead.
    await tab.waitForFunction(() =>
      document.querySelectorAll('.tl-timemarker').length > 0 ||
      /error/i.test(document.querySelector('.tl-message-container')?.textContent ?? ''),
    null, { timeout: 20000 }).catch(() => {});
    await tab.waitForTimeout(500);
    const result = await tab.evaluate(() => ({
      markers: document.querySelectorAll('.tl-timemarker').length,
      message: document.querySelector('.tl-message-container')?.textContent ?? '',
      errors: window.timelineErrors,
    }));
    const errors = [...consoleErrors, ...result.errors];
    if (/error/i.test(result.message)) errors.push(result.message.trim());
    if (screenshot) await tab.screenshot({ path: screenshot });
    await context.close();
    if (errors.length > 0 || result.markers !== slides) {
      failed += 1;
      console.log(`FAIL: ${file}: ${result.markers} markers for ${slides} slides` +
        (errors.length > 0 ? `; TimelineJS says: ${errors.join(' | ')}` : ''));
    } else {
      console.log(`PASS: ${file}: TimelineJS shows its ${slides} slides`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed > 0 ? 1 : 0);
