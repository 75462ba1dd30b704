#!/usr/bin/env node
// npm run test:browser: the demo page (examples/browser/) on the browser build, in headless
// Chromium (Debian's, installed when missing), served on 127.0.0.1 under a strict CSP. It fills
// the form for a self-payer with three unpaid months and checks the debt, the pay-arrears step and
// the covered services; then the same in Kazakh (a locale loaded on demand). Screenshot:
// test-results/browser-demo.png. Exit 1 when a check fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const page = join(root, 'examples', 'browser');
const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  console.log('installing Debian’s chromium (apt-get install -y chromium)');
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit' });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit' });
  }
}
if (!existsSync(join(page, 'build', 'app.js'))) execFileSync(process.execPath, [join(root, 'scripts', 'build-browser.mjs')], { stdio: 'inherit' });

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml' };
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";
const server = createServer((request, response) => {
  const path = normalize(join(page, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/\/$/, '/index.html')));
  if (!path.startsWith(page + sep) || !existsSync(path)) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP }).end(readFileSync(path));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/`;

const results = [];
const check = (name, ok, detail = '') => {
  results.push(ok);
  console.log(`${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : ` — ${detail}`}`);
};

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const tab = await browser.newPage({ viewport: { width: 900, height: 1400 } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(url);
  await tab.waitForSelector('body[data-state="ready"]');

  // A self-payer who paid 03.2024 … 02.2025 and nothing since: 03, 04 and 05.2025 are owed on 15.06.2025.
  await tab.selectOption('#residency', 'citizen');
  await tab.fill('#birthDate', '1990-04-12');
  await tab.selectOption('#sex', 'male');
  await tab.selectOption('#kind', 'self_payer');
  await tab.fill('#paidFrom', '2024-03');
  await tab.fill('#paidThrough', '2025-02');
  await tab.fill('#amount', '4250');
  await tab.fill('#conditions', '');
  await tab.fill('#asOf', '2025-06-15');
  await tab.selectOption('#locale', 'en');
  await tab.click('#check');
  await tab.waitForSelector('body[data-state="done"]');

  const debt = await tab.textContent('#debt');
  check('the debt of three unpaid months is 12 750 ₸', debt === 'Debt: 3\u00a0months — 12\u00a0750\u00a0₸', JSON.stringify(debt));
  const status = await tab.textContent('#status');
  check('the status says not insured', status === 'OSMS status: not insured', JSON.stringify(status));
  const arrears = await tab.$('[data-step="pay_arrears"]');
  const arrearsText = arrears ? await arrears.textContent() : null;
  check('the next steps include paying the arrears, with its amount', arrearsText?.includes('12\u00a0750\u00a0₸') === true && (await arrears?.getAttribute('data-amount')) === '12750', JSON.stringify(arrearsText));
  const covered = await tab.$$eval('#covered li', (items) => items.map((li) => li.textContent));
  check('covered services are shown by name with their payer', covered.includes('Primary health care (PHC) — paid by: GOBMP (free, the state)'), JSON.stringify(covered.slice(0, 3)));
  mkdirSync(join(root, 'test-results'), { recursive: true });
  await tab.screenshot({ path: join(root, 'test-results', 'browser-demo.png'), fullPage: true });

  // The same person in Kazakh: the kk messages are a chunk of their own, loaded on demand.
  await tab.selectOption('#locale', 'kk');
  await tab.evaluate(() => delete document.body.dataset.state);
  await tab.click('#check');
  await tab.waitForSelector('body[data-state="done"]');
  const kkStatus = await tab.textContent('#status');
  const kkArrears = await tab.textContent('[data-step="pay_arrears"]');
  check('in Kazakh the status and the steps are Kazakh, loaded on demand', kkStatus === 'МӘМС мәртебесі: сақтандырылмаған' && /[әіңғүұқөһ]/.test(kkArrears ?? ''), `${kkStatus} / ${kkArrears}`);

  // A bad date is shown as a problem with its path, in the page's language.
  await tab.fill('#asOf', '2019-01-01');
  await tab.evaluate(() => delete document.body.dataset.state);
  await tab.click('#check');
  await tab.waitForSelector('body[data-state="done"]');
  const issue = await tab.getAttribute('#issues li', 'data-code');
  check('an unsupported date is reported, not decided', issue === 'unsupported_date', String(issue));

  check('no script error and no CSP violation', errors.length === 0, errors.join(' | '));
} finally {
  await browser.close();
  server.close();
}
const failed = results.filter((ok) => !ok).length;
console.log(`browser: ${results.length - failed} passed, ${failed} failed; screenshot test-results/browser-demo.png`);
process.exit(failed === 0 ? 0 : 1);
