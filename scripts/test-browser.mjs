#!/usr/bin/env node
// npm run test:browser: the registrar's page (examples/browser/) on the browser build, in headless
// Chromium (Debian's, installed when missing), served on 127.0.0.1 under a strict CSP; then the
// API reference (docs/api/, built by typedoc when missing). Exit 1 when a check fails.
//
// The page is filled in as a registrar would, for three people in four languages: a self-payer with
// three unpaid months (ru, then switched to en), an insured employee (kk), a temporarily staying
// foreigner with tuberculosis (ky). For each it checks the structure shown — headings, counts,
// amounts, dates, the language of the labels — against values that follow from the rules and the
// library's data (each derivation is written beside its value; none is read from the page), saves
// a screenshot to test-results/ and prints the page to PDF (Chromium's own output): one A4 page.
// Then: problems shown beside their fields, a diagnosis given by name, a phone's width, the
// keyboard, and no script error or CSP violation anywhere.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'examples', 'browser');
const results = join(root, 'test-results');
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!existsSync(CHROMIUM)) {
  console.log('installing Debian’s chromium (apt-get install -y chromium)');
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit' });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit' });
  }
}
if (!existsSync(join(site, 'build', 'app.js')))
  execFileSync(process.execPath, [join(root, 'scripts', 'build-browser.mjs')], { stdio: 'inherit' });
if (!existsSync(join(root, 'docs', 'api', 'index.html'))) execFileSync('npx', ['typedoc'], { cwd: root, stdio: 'inherit' });

// The sources of every expected word: the page's own words and the library's data, never the page.
const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const words = Object.fromEntries(['ru', 'kk', 'en', 'ky'].map((l) => [l, read(`examples/browser/words/${l}.json`)]));
const vocabulary = read('data/vocabulary.json');
const h = (key, l) => vocabulary.headings[key][l];
const sourceTitle = (id, l) => read(`src/messages/sources/${l}.json`)[id];
const quotaName = (service, l) => read(`src/messages/names/${l}.json`).quotaServices[service];
const NB = '\u00a0';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const server = createServer((request, response) => {
  const path = normalize(join(site, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/\/$/, '/index.html')));
  if (!path.startsWith(site + sep) || !existsSync(path)) {
    response.writeHead(404).end('not found');
    return;
  }
  response
    .writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
    })
    .end(readFileSync(path));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/`;

const outcomes = [];
const check = (name, ok, detail = '') => {
  outcomes.push(ok);
  console.log(`${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : ` — ${detail}`}`);
};
const same = (name, actual, expected) =>
  check(name, JSON.stringify(actual) === JSON.stringify(expected), `got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
const saved = [];

/** Pages of a PDF as Chromium writes it: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

// ---- the page's steps, as a registrar takes them -------------------------------------------------

/** Runs `action` and waits until the page has finished what it started (body[data-state="done"]). */
async function settle(tab, action) {
  await tab.evaluate(() => {
    document.body.dataset.state = 'waiting';
  });
  await action();
  await tab.waitForSelector('body[data-state="done"]');
}

async function open(tab, locale) {
  await tab.goto(url);
  await tab.waitForSelector('body[data-state="ready"]');
  if ((await tab.inputValue('#locale')) !== locale) await settle(tab, () => tab.selectOption('#locale', locale));
}

/** Adds a row of `kind` and fills its fields ({ field: value }; booleans tick checkboxes). */
async function row(tab, kind, fields) {
  await tab.click(`[data-add="${kind}"]`);
  const added = tab.locator(`#${kind}-rows > .row`).last();
  for (const [field, value] of Object.entries(fields)) {
    const control = added.locator(`[data-field="${field}"]`);
    if (typeof value === 'boolean') await control.setChecked(value);
    else if ((await control.evaluate((e) => e.tagName)) === 'SELECT') await control.selectOption(value);
    else await control.fill(value);
  }
}

async function person(tab, { asOf, birthDate, sex, iin = '', residency }) {
  await tab.fill('#asOf', asOf);
  await tab.fill('#birthDate', birthDate);
  await tab.selectOption('#sex', sex);
  await tab.fill('#iin', iin);
  await tab.selectOption('#residency', residency);
}

const submit = (tab) => settle(tab, () => tab.click('#check'));
const text = (tab, selector) => tab.textContent(selector);
const texts = (tab, selector) => tab.$$eval(selector, (items) => items.map((item) => item.textContent));
const attributes = (tab, selector, name) => tab.$$eval(selector, (items, n) => items.map((item) => item.getAttribute(n)), name);

async function capture(tab, name) {
  mkdirSync(results, { recursive: true });
  const png = join(results, `${name}.png`);
  await tab.screenshot({ path: png, fullPage: true });
  saved.push(relative(root, png));
}

/** The print view: the form is gone, and Chromium's PDF of the page (A4) has `pages` pages. */
async function printed(tab, name, pages) {
  await tab.emulateMedia({ media: 'print' });
  const formHidden = !(await tab.isVisible('#profile'));
  const resultShown = await tab.isVisible('#result');
  check(
    `${name}: the print view leaves the form out and keeps the result`,
    formHidden && resultShown,
    `form hidden ${formHidden}, result shown ${resultShown}`,
  );
  // A picture of the print view at the size of A4 within the page's margins (190 × 279 mm), to look at.
  const viewport = tab.viewportSize();
  await tab.setViewportSize({ width: 718, height: 1054 });
  await capture(tab, name);
  await tab.setViewportSize(viewport);
  const pdf = await tab.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  // Back to no emulation (a PDF made under emulated "screen" would print the screen's CSS).
  await tab.emulateMedia({ media: null });
  writeFileSync(join(results, `${name}.pdf`), pdf);
  saved.push(`test-results/${name}.pdf`);
  same(`${name}: the print view is ${pages} A4 page (Chromium's PDF)`, pdfPages(pdf), pages);
}

// ---- the three people ---------------------------------------------------------------------------

/**
 * A citizen self-payer (born 12.04.1990, male) who paid 06.2024 … 02.2025 (4 250 ₸ a month, each
 * in its month) and nothing since, checked on 15.06.2025.
 */
async function selfPayer(tab) {
  await open(tab, 'ru');
  await person(tab, {
    asOf: '2025-06-15',
    birthDate: '1990-04-12',
    sex: 'male',
    iin: '900412300127',
    residency: 'citizen',
  });
  await row(tab, 'employment', { kind: 'self_payer', since: '2024-01-01' });
  await row(tab, 'run', { kind: 'self_payer', from: '2024-06', through: '2025-02', amount: '4250' });
  await submit(tab);
  const l = 'ru';
  // The labels are the page's Russian words and the library's Russian vocabulary.
  same(
    'ru: the form is labelled in Russian',
    [await text(tab, 'label[for="birthDate"]'), await text(tab, 'label[for="asOf"]'), await text(tab, '#run-rows label')],
    [words.ru.birthDate, h('evaluatedOn', l), words.ru.paymentKind],
  );
  same('ru: the heading names the date decided on', await text(tab, '#result-heading'), `${h('evaluatedOn', l)}: 15.06.2025`);
  // osms.contributions.continuous needs 12 covered months C-12 … C-1 (06.2024 … 05.2025); only
  // 06.2024 … 02.2025 are paid, and no other basis holds: not insured, no basis, no grace.
  same(
    'ru: the status is "not insured", without a basis',
    [await text(tab, '#status'), await attributes(tab, '#insurance-facts [data-basis]', 'data-basis')],
    [`${h('status', l)}: ${vocabulary.status.not_insured[l]}`, []],
  );
  // osms.debt: the unpaid months of the last 12 are 03, 04, 05.2025, all the person's own (no
  // employer), each priced at the self-payer's minimum in 2025: 5 % of the 85 000 ₸ minimum wage
  // (data/parameters/amounts.json, minimumWageKzt.json) = 4 250 ₸, so 3 × 4 250 = 12 750 ₸. Russian
  // says 3 "месяца" (the plural form "few" of data/vocabulary.json units).
  same(
    'ru: the debt is 3 months, 12 750 ₸, owed by the person',
    [await text(tab, '#debt-heading'), await text(tab, '#debt-months [data-owner="person"]')],
    [`${h('debt', l)}: 3${NB}${vocabulary.units.months.ru.few} — 12${NB}750${NB}₸`, `03.2025, 04.2025, 05.2025 — ${words.ru.ownMonths}`],
  );
  same('ru: the monthly contribution is 4 250 ₸', await text(tab, '[data-fact="monthly"]'), `${h('monthly', l)}: 4${NB}250${NB}₸`);
  // gobmp.full (a citizen): full-package (ambulance, palliative, blood products, pathology, donor
  // preparation, vaccination), phc, screening (one programme is eligible, below), the admission
  // department (not insured), treatment abroad (a citizen), and drugs_inpatient after a hospital
  // service: 11 covered, all by GOBMP. The other 8 need OSMS status or a disease.
  same(
    'ru: 11 services are covered, all by GOBMP, and 8 are not',
    [
      await text(tab, '#covered-heading'),
      new Set(await attributes(tab, '#covered-list [data-service]', 'data-payer')).size,
      await text(tab, '#not-covered-heading'),
    ],
    [`${h('covered', l)} (11)`, 1, `${h('notCovered', l)} (8)`],
  );
  check(
    'ru: a service not covered says why in words (not insured)',
    (await text(tab, '#not-covered-list [data-service="inpatient_planned"]')).includes('Нет статуса застрахованного в ОСМС.'),
  );
  // A man of 35 (12.04.1990 → 15.06.2025): only behavioural risk (30–70, both sexes) of the 7
  // programmes in data/parameters/screening.json.
  same(
    'ru: 1 screening is eligible (behavioural risk)',
    [await text(tab, '#screenings-heading'), await attributes(tab, '#screenings-list [data-eligible="true"]', 'data-program')],
    [`${words.ru.screenings} (1)`, ['behavioural_risk']],
  );
  // Next steps: choose and attach to a PHC clinic (full GOBMP, not attached, no EDS), pay this
  // month (the upcoming-months mechanism: 4 250 ₸), the arrears (12 750 ₸), where to pay, check the
  // status: 6, in the rules' order.
  same(
    'ru: 6 numbered next steps, with their amounts',
    [await text(tab, '#steps-heading'), await attributes(tab, '#steps-list li', 'data-step'), await texts(tab, '#steps-list .amount')],
    [
      `${h('nextSteps', l)} (6)`,
      ['choose_phc', 'attach_phc_in_person', 'pay_upcoming_months', 'pay_arrears', 'pay_channels', 'check_status'],
      [`4${NB}250${NB}₸`, `12${NB}750${NB}₸`],
    ],
  );
  same('ru: the status check links to egov.kz and the call centre', await attributes(tab, '[data-step="check_status"] a', 'href'), [
    'https://egov.kz',
    'https://fms.kz',
    'https://t.me/SaqtandyryBot',
    'tel:1406',
  ]);
  // Every rule that fires here cites seed 002 first: one source, by its Russian title.
  same('ru: one source, by its title', await tab.$$eval('#sources-list li', (items) => items.map((li) => li.firstChild.textContent)), [
    sourceTitle('seed:002', l),
  ]);
  same('ru: no quotas for a citizen (no empty heading)', await tab.isVisible('#quotas'), false);
  await capture(tab, 'browser-self-payer-ru');
  await printed(tab, 'print-self-payer-ru', 1);

  // The switch rewrites the form and the result in English, and keeps what was entered.
  await settle(tab, () => tab.selectOption('#locale', 'en'));
  same(
    'en: the form is relabelled in English, its values kept',
    [
      await text(tab, 'label[for="birthDate"]'),
      await text(tab, '#run-rows label'),
      await tab.$eval('#residency', (s) => s.selectedOptions[0].textContent),
      await tab.inputValue('#birthDate'),
    ],
    [words.en.birthDate, words.en.paymentKind, words.en['residency.citizen'], '1990-04-12'],
  );
  same(
    'en: the result is rewritten in English',
    [await text(tab, '#status'), await text(tab, '#debt-heading'), await text(tab, '#covered-heading')],
    [
      `${h('status', 'en')}: ${vocabulary.status.not_insured.en}`,
      `${h('debt', 'en')}: 3${NB}months — 12${NB}750${NB}₸`,
      `${h('covered', 'en')} (11)`,
    ],
  );
  same('en: the html element says English', await tab.getAttribute('html', 'lang'), 'en');
  await capture(tab, 'browser-self-payer-en');
}

/**
 * A citizen employee (born 02.11.1985, female) working since 2023; her employer deducted every month
 * 06.2024 … 05.2025; attached to a PHC clinic; checked on 15.06.2025, in Kazakh.
 */
async function employee(tab) {
  const l = 'kk';
  await open(tab, l);
  await person(tab, { asOf: '2025-06-15', birthDate: '1985-11-02', sex: 'female', iin: '', residency: 'citizen' });
  await row(tab, 'employment', { kind: 'employee', since: '2023-01-01' });
  await row(tab, 'run', { kind: 'employer_deduction', from: '2024-06', through: '2025-05', amount: '9000' });
  await tab.check('#attached');
  await submit(tab);
  same(
    'kk: the form is labelled in Kazakh',
    [await text(tab, 'label[for="birthDate"]'), await text(tab, '#employment-rows label'), await text(tab, 'label[for="attached"]')],
    [words.kk.birthDate, words.kk.kind, words.kk.attached],
  );
  // osms.contributions.continuous: 12 covered months C-12 … C-1 = 06.2024 … 05.2025 (a percentage
  // kind needs only an amount above 0). validThrough: the last paid month 05.2025 plus the 3 grace
  // months of contributions.graceMonths → 08.2025 → 31.08.2025. No debt; a percentage kind has no
  // fixed monthly amount to show.
  same(
    'kk: insured on the 12-month basis, valid through 31.08.2025',
    [
      await text(tab, '#status'),
      await attributes(tab, '#insurance-facts [data-basis]', 'data-basis'),
      await text(tab, '[data-fact="validThrough"]'),
    ],
    [`${h('status', l)}: ${vocabulary.status.insured[l]}`, ['osms.contributions.continuous'], `${h('validThrough', l)}: 31.08.2025`],
  );
  same(
    'kk: no debt and no fixed monthly amount',
    [await text(tab, '#debt-heading'), await tab.$('[data-fact="monthly"]')],
    [`${h('debt', l)}: ${words.kk.noDebt}`, null],
  );
  // Insured: osms.insured-package adds day hospital, both inpatient kinds, rehabilitation (pathology
  // and donor preparation stay GOBMP's, the first payer), outpatient specialists; drugs_inpatient
  // follows the inpatient payer (OSMS). With full GOBMP's 9 (ambulance, phc, screening, palliative,
  // blood products, pathology, donor preparation, treatment abroad, vaccination; the admission
  // department is for the uninsured): 15 covered, 6 of them by OSMS. Not covered: dynamic observation
  // and outpatient drugs (no chronic disease), both dental kinds (not under 18, not pregnant): 4.
  const payers = await attributes(tab, '#covered-list [data-service]', 'data-payer');
  same(
    'kk: 15 services covered, 6 by OSMS, 4 not covered',
    [await text(tab, '#covered-heading'), payers.filter((p) => p === 'osms').length, await text(tab, '#not-covered-heading')],
    [`${h('covered', l)} (15)`, 6, `${h('notCovered', l)} (4)`],
  );
  same(
    'kk: services are named under their payer, in Kazakh',
    [await text(tab, '[data-payer-group="osms"] h4'), await text(tab, '[data-payer-group="osms"] [data-service="inpatient_planned"]')],
    [`${h('payer', l)}: ${vocabulary.payers.osms.kk}`, vocabulary.services.inpatient_planned.kk],
  );
  // A woman of 39: behavioural risk (30–70) and cervical cancer (women 30–70); breast cancer starts at 40.
  same('kk: 2 screenings are eligible', await attributes(tab, '#screenings-list [data-eligible="true"]', 'data-program'), [
    'behavioural_risk',
    'cervical_cancer',
  ]);
  // Attached and insured: only check_status (for every OSMS participant) is left.
  same(
    'kk: one next step, checking the status',
    [await text(tab, '#steps-heading'), await attributes(tab, '#steps-list li', 'data-step')],
    [`${h('nextSteps', l)} (1)`, ['check_status']],
  );
  await capture(tab, 'browser-employee-kk');
  await printed(tab, 'print-employee-kk', 1);
}

/**
 * A foreigner staying temporarily (born 12.04.1990, male, no IIN, no policy) with pulmonary
 * tuberculosis typed as A15.0, who saw a therapist on 10.02.2025 and had a chest X-ray on
 * 01.03.2025; checked on 15.06.2025, in Kyrgyz.
 */
async function foreigner(tab) {
  const l = 'ky';
  await open(tab, l);
  await person(tab, { asOf: '2025-06-15', birthDate: '1990-04-12', sex: 'male', residency: 'temporary_resident' });
  await row(tab, 'condition', { code: 'A15.0' });
  await row(tab, 'visit', { service: 'therapist', date: '2025-02-10' });
  await row(tab, 'visit', { service: 'chest_xray', date: '2025-03-01' });
  await submit(tab);
  same(
    'ky: the form is labelled in Kyrgyz',
    [await text(tab, 'label[for="birthDate"]'), await text(tab, '#condition-rows label'), await text(tab, '#visit-rows label')],
    [words.ky.birthDate, words.ky.condition, words.ky.visitService],
  );
  // gobmp.dangerous-diseases: a temporary resident has the dangerous-diseases package; A15 is
  // tuberculosis, one of the 23 diseases (data/parameters/icd10.json). Covered: the
  // regardless-of-status ground (ambulance, day hospital, both inpatient kinds), phc and outpatient
  // specialists within the quotas, drugs_inpatient after them: 7, all GOBMP; the other 12 need the
  // full package, OSMS status or citizenship.
  same(
    'ky: 7 services covered by GOBMP, 12 not',
    [
      await text(tab, '#covered-heading'),
      new Set(await attributes(tab, '#covered-list [data-service]', 'data-payer')).size,
      await text(tab, '#not-covered-heading'),
    ],
    [`${h('covered', l)} (7)`, 1, `${h('notCovered', l)} (12)`],
  );
  same('ky: the covered heading is not empty', (await texts(tab, '#covered-list [data-service]')).length, 7);
  // quotas.dangerous-diseases: the 18 services of data/parameters/quotas.json. Therapist: 2 a calendar year,
  // one used in 2025 → 1 of 2 left. Chest X-ray: 1 per six months; 01.03.2025 + 6 months =
  // 01.09.2025 is after 15.06.2025, so it still counts → 0 of 1, next on 01.09.2025.
  same(
    'ky: 18 quotas by period, the therapist 1 of 2, the chest X-ray 0 of 1 until 01.09.2025',
    [
      await text(tab, '#quotas-heading'),
      await texts(tab, '#quotas-list h4'),
      await text(tab, '[data-quota="therapist"]'),
      await text(tab, '[data-quota="chest_xray"]'),
    ],
    [
      `${h('quotas', l)} (18)`,
      [vocabulary.quotaPeriods.calendar_year[l], vocabulary.quotaPeriods.six_months[l]],
      `${quotaName('therapist', l)}: ${h('remaining', l)} 1 ${h('of', l)} 2`,
      `${quotaName('chest_xray', l)}: ${h('remaining', l)} 0 ${h('of', l)} 1; ${h('nextAvailable', l)}: 01.09.2025`,
    ],
  );
  // Not a citizen, no IIN → get_iin; temporary, no DMS/VMS → get_dms_or_vms; an OSMS participant → check_status.
  same('ky: 3 next steps (IIN, DMS/VMS, status)', await attributes(tab, '#steps-list li', 'data-step'), [
    'get_iin',
    'get_dms_or_vms',
    'check_status',
  ]);
  // The dangerous-diseases package and its quota rule cite seed 001 (the Russian leaflet), the
  // status and the regardless ground seed 002: two sources, by their Kyrgyz titles.
  const titles = await tab.$$eval('#sources-list li', (items) => items.map((li) => li.firstChild.textContent));
  same('ky: two sources, by their Kyrgyz titles', titles, [sourceTitle('seed:001', l), sourceTitle('seed:002', l)]);
  await capture(tab, 'browser-foreigner-ky');
  await printed(tab, 'print-foreigner-ky', 1);
}

// ---- problems, names, phones, keyboard ----------------------------------------------------------

async function problems(tab) {
  await open(tab, 'en');
  await person(tab, { asOf: '2019-01-01', birthDate: '1990-04-12', sex: 'male', residency: 'citizen' });
  await tab.selectOption('#sex', '');
  await row(tab, 'condition', { code: 'xyz' });
  await row(tab, 'single', { kind: 'self_payer', period: '2025-05', paidOn: '2025-05-20' });
  await submit(tab);
  // Sex is required; "xyz" is neither a name, a code of the lists nor ICD-10; the single month has
  // no amount; 2019 is before 2020-01-01, the first date the library decides on.
  const listed = await attributes(tab, '#issues li', 'data-path');
  check(
    'problems: each is listed with its path',
    ['person.sex', 'conditions.0.code', 'payments.0.amountKzt', 'asOf'].every((p) => listed.includes(p)),
    JSON.stringify(listed),
  );
  const beside = await tab.$$eval('.issue', (notes) => notes.map((n) => n.closest('.field').querySelector('[id]:is(input, select)').id));
  check(
    'problems: each is shown beside its field, which is marked invalid',
    beside.includes('sex') &&
      beside.includes('asOf') &&
      beside.some((id) => id.endsWith('-code')) &&
      beside.some((id) => id.endsWith('-amount')) &&
      (await tab.getAttribute('#sex', 'aria-invalid')) === 'true',
    JSON.stringify(beside),
  );
  same("problems: the heading is the library's, in English", await text(tab, '#problems-heading'), h('invalid', 'en'));
  await tab.click('#issues [data-path="person.sex"] a');
  same('problems: a listed problem moves the focus to its field', await tab.evaluate(() => document.activeElement?.id), 'sex');
  await capture(tab, 'browser-problems-en');
  // Corrected, a field loses its problem at once (safeParseProfile); the others stay.
  await tab.selectOption('#sex', 'male');
  const left = await attributes(tab, '#issues li', 'data-path');
  check(
    'problems: a corrected field loses its problem before the next check',
    !left.includes('person.sex') &&
      left.includes('asOf') &&
      left.includes('conditions.0.code') &&
      (await tab.getAttribute('#sex', 'aria-invalid')) === null,
    JSON.stringify(left),
  );
}

async function byName(tab) {
  await open(tab, 'en');
  await person(tab, { asOf: '2025-06-15', birthDate: '1970-03-01', sex: 'female', residency: 'citizen' });
  await row(tab, 'condition', { code: 'diabetes' });
  // "diabetes" is part of one name only, "Diabetes mellitus" (data/parameters/conditionGroups.json, diabetes_mellitus).
  same(
    'a diagnosis typed as "diabetes" is understood as diabetes mellitus',
    await text(tab, '#condition-rows [data-understood]'),
    '→ Diabetes mellitus (diabetes_mellitus)',
  );
  await submit(tab);
  // services.gobmp.chronic-follow-up (until 2025-12-31): full GOBMP and a chronic condition under
  // observation → dynamic observation and outpatient drugs by GOBMP.
  same(
    'diabetes under observation: dynamic observation is covered by GOBMP',
    await attributes(tab, '#covered-list [data-service="dynamic_observation"]', 'data-payer'),
    ['gobmp'],
  );
  await settle(tab, () => tab.selectOption('#locale', 'ru'));
  const russian = read('src/messages/names/ru.json').conditions.chronic_dynamic_observation.diabetes_mellitus;
  same(
    'the switch renames the diagnosis in Russian, still understood',
    [await tab.inputValue('#condition-rows [data-field="code"]'), await text(tab, '#condition-rows [data-understood]')],
    [russian, `→ ${russian} (diabetes_mellitus)`],
  );
}

async function phone(browser) {
  const tab = await browser.newPage();
  await tab.setViewportSize({ width: 390, height: 844 });
  await open(tab, 'ru');
  await person(tab, { asOf: '2025-06-15', birthDate: '1990-04-12', sex: 'male', residency: 'citizen' });
  await row(tab, 'run', { kind: 'self_payer', from: '2024-06', through: '2025-02', amount: '4250' });
  await submit(tab);
  const width = await tab.evaluate(() => document.documentElement.scrollWidth);
  check('on a phone (390 px) nothing is wider than the screen', width <= 390, `${width} px`);
  await capture(tab, 'browser-phone-ru');
  await tab.close();
}

async function keyboard(tab) {
  await open(tab, 'en');
  const unlabelled = await tab.$$eval('input, select, button', (controls) =>
    controls
      .filter((c) => c.type !== 'hidden' && !c.closest('template'))
      .filter((c) =>
        c.tagName === 'BUTTON'
          ? !(c.getAttribute('aria-label') || c.textContent.trim())
          : c.labels.length === 0 || !c.labels[0].textContent.trim(),
      )
      .map((c) => c.id || c.outerHTML),
  );
  same("every control has a label in the page's language", unlabelled, []);
  await person(tab, { asOf: '2025-06-15', birthDate: '1990-04-12', sex: 'male', residency: 'citizen' });
  await tab.focus('[data-add="employment"]');
  await tab.keyboard.press('Enter');
  same('a row added by keyboard takes the focus', await tab.evaluate(() => document.activeElement?.dataset.field), 'kind');
  await tab.focus('#birthDate');
  await settle(tab, () => tab.keyboard.press('Enter'));
  same(
    'Enter in a field checks the person, and the answer takes the focus',
    [await tab.isVisible('#result'), await tab.evaluate(() => document.activeElement?.id)],
    [true, 'result-heading'],
  );
}

// ---- the API reference --------------------------------------------------------------------------

/** Every page of docs/api opens on the README, groups the exports, and none is a wall of types. */
async function apiReference(browser) {
  const api = join(root, 'docs', 'api');
  const pages = [];
  const walk = (dir) =>
    readdirSync(dir).forEach((f) =>
      statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : f.endsWith('.html') && pages.push(join(dir, f)),
    );
  walk(api);
  const tab = await browser.newPage();
  await tab.setViewportSize({ width: 1280, height: 800 });
  const heights = [];
  for (const file of pages) {
    await tab.goto(pathToFileURL(file).href);
    // typedoc shows the page once its script has run.
    await tab.waitForFunction(() => document.body.style.display !== 'none');
    heights.push([await tab.evaluate(() => document.documentElement.scrollHeight), relative(api, file)]);
  }
  await tab.goto(pathToFileURL(join(api, 'index.html')).href);
  check(
    'the API reference opens on the README',
    (await tab.textContent('.col-content')).includes('what public health cover does Kazakhstan give me'),
  );
  await tab.goto(pathToFileURL(join(api, 'modules', 'kz-health-coverage.html')).href);
  same("the main entry's exports are grouped", await texts(tab, '.col-content h2'), ['Evaluating', 'Validation', 'Rulesets']);
  heights.sort((a, b) => b[0] - a[0]);
  const [tallest] = heights.filter(([, page]) => page !== 'index.html');
  // The README itself is long; every other page is one export and its examples.
  const evaluatePage = heights.find(([, p]) => p.endsWith('.evaluate.html'));
  check(
    `every API page but the README is at most 4 000 px tall (tallest ${tallest[1]}: ${tallest[0]} px; ` +
      `evaluate: ${evaluatePage[0]} px)`,
    tallest[0] <= 4000,
  );
  await tab.close();
}

// ---- run ----------------------------------------------------------------------------------------

const profileDir = mkdtempSync(join(tmpdir(), 'kz-chromium-'));
// A desk in Kazakhstan: the browser speaks Russian (date fields read dd.mm.yyyy), the page opens in Russian.
const browser = await chromium.launchPersistentContext(profileDir, {
  executablePath: CHROMIUM,
  args: FLAGS,
  locale: 'ru-RU',
  viewport: { width: 1000, height: 1400 },
});
try {
  const tab = browser.pages()[0] ?? (await browser.newPage());
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  for (const scenario of [selfPayer, employee, foreigner, problems, byName, keyboard]) await scenario(tab);
  await phone(browser);
  check('no script error and no CSP violation', errors.length === 0, errors.join(' | '));
  await apiReference(browser);
} finally {
  await browser.close();
  rmSync(profileDir, { recursive: true, force: true });
  server.close();
}
const failed = outcomes.filter((ok) => !ok).length;
console.log(`saved: ${saved.join(', ')}`);
console.log(`browser: ${outcomes.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
