// The demo page: a profile from the form, a decision from the library, all in the browser.
import { ProfileValidationError, createEvaluator } from 'kz-health-coverage';
import vocabulary from 'kz-health-coverage/data/vocabulary.json';

const evaluator = createEvaluator();
const $ = (id) => document.getElementById(id);

/** Every month from `from` through `through` (YYYY-MM), at most 240. */
function monthsBetween(from, through) {
  const out = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = through.split('-').map(Number);
  while ((y < ty || (y === ty && m <= tm)) && out.length < 240) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m === 13) [y, m] = [y + 1, 1];
  }
  return out;
}

/** The day after the end of a month: when its contribution was paid, in this demo. */
function paidOn(month) {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-10` : `${y}-${String(m + 1).padStart(2, '0')}-10`;
}

function profileFromForm() {
  const kind = $('kind').value;
  const paying = kind !== 'none';
  const from = $('paidFrom').value;
  const through = $('paidThrough').value;
  const amount = Number($('amount').value);
  const conditions = $('conditions').value.split(',').map((c) => c.trim()).filter(Boolean);
  return {
    person: { birthDate: $('birthDate').value, sex: $('sex').value },
    residency: { status: $('residency').value },
    ...(paying ? { employment: [{ kind }] } : {}),
    ...(paying && from && through
      ? { payments: monthsBetween(from, through).map((period) => ({ kind: kind === 'employee' ? 'employer_deduction' : kind, period, paidOn: paidOn(period), amountKzt: amount })) }
      : {}),
    ...(conditions.length ? { conditions: conditions.map((code) => ({ code, underObservation: true })) } : {}),
  };
}

function item(text, attributes = {}) {
  const li = document.createElement('li');
  li.textContent = text;
  for (const [k, v] of Object.entries(attributes)) li.setAttribute(k, v);
  return li;
}

function show(decision) {
  const l = decision.locale;
  const h = vocabulary.headings;
  const i = decision.insurance;
  $('problems').hidden = true;
  $('status').textContent = `${h.status[l]}: ${vocabulary.status[i.status][l]}`;
  $('status').className = i.status;
  $('debt').textContent = i.debt
    ? `${h.debt[l]}: ${months(i.debt.months.length, l)} — ${i.debt.amountKzt === null ? h.debtEmployer[l] : money(i.debt.amountKzt)}`
    : '';
  $('debt').dataset.amount = i.debt?.amountKzt ?? '';
  $('covered-heading').textContent = h.covered[l];
  $('covered').replaceChildren(
    ...Object.entries(decision.services)
      .filter(([, s]) => s.covered)
      .map(([code, s]) => item(`${vocabulary.services[code][l]} — ${h.payer[l]}: ${vocabulary.payers[s.payer][l]}`, { 'data-service': code })),
  );
  $('steps-heading').textContent = h.nextSteps[l];
  $('steps').replaceChildren(...decision.nextSteps.map((s) => item(s.message, { 'data-step': s.code, ...(s.amountKzt ? { 'data-amount': String(s.amountKzt) } : {}) })));
  $('result').hidden = false;
}

/** "3 months" with the plural form of the language (vocabulary.units). */
function months(count, locale) {
  const forms = vocabulary.units.months[locale];
  return `${count}\u00a0${forms[new Intl.PluralRules(locale).select(count)] ?? forms.other ?? forms.many}`;
}

/** 12 750 ₸: the grouping of Kazakhstan (a non-breaking space), whatever the page's language. */
const money = (value) => `${new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 }).format(value)}\u00a0₸`;

function showProblems(error, locale) {
  $('result').hidden = true;
  $('problems-heading').textContent = vocabulary.headings.invalid[locale];
  $('issues').replaceChildren(...error.issues.map((issue) => item(`${issue.path.join('.') || '—'}: ${issue.message}`, { 'data-code': issue.code })));
  $('problems').hidden = false;
}

// Today in Kazakhstan (the page may read the clock; the library never does).
$('asOf').value = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());

$('profile').addEventListener('submit', async (event) => {
  event.preventDefault();
  const locale = $('locale').value;
  document.documentElement.lang = locale;
  try {
    show(await evaluator.evaluate(profileFromForm(), { asOf: $('asOf').value, locale }));
  } catch (error) {
    if (error instanceof ProfileValidationError) showProblems(error, locale);
    else throw error;
  }
  document.body.dataset.state = 'done';
});
document.body.dataset.state = 'ready';
