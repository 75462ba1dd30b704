// The form as a profile of the library (docs/profile.md), and where each of its fields came from:
// `fields` maps a path of the profile (`payments.2.amountKzt`) to the control that gave it, so a
// problem the library reports at that path is shown beside that control.
import { resolveCondition } from './conditions.js';
import { rowsOf } from './rows.js';

const $ = (id) => document.getElementById(id);
const value = (control) => control.value.trim();

/** Every month from `from` through `through` (YYYY-MM), at most 1 200 (a record may cover 120). */
function monthsFrom(from, through) {
  const out = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = through.split('-').map(Number);
  while ((y < ty || (y === ty && m <= tm)) && out.length < 1200) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

class Reader {
  profile = {};
  fields = new Map();

  /** Sets `object[key]` to the control's value unless it is empty, and remembers the control. */
  put(object, path, key, control, read = value) {
    this.fields.set(path ? `${path}.${key}` : key, control);
    const got = read(control);
    if (got !== '' && got !== undefined) object[key] = got;
  }

  /** A list of the profile from the rows of a kind; `one(row, item, path)` fills each item. */
  list(key, kinds, one) {
    const items = [];
    for (const kind of kinds) {
      for (const row of rowsOf(kind)) {
        for (const item of one(row, items.length) ?? []) {
          this.fields.set(`${key}.${items.length}`, row.querySelector('[data-field]'));
          items.push(item);
        }
      }
    }
    if (items.length > 0) this.profile[key] = items;
  }
}

const field = (row, name) => row.querySelector(`[data-field="${name}"]`);
const amount = (control) => (value(control) === '' ? '' : Number(value(control)));

function person(r) {
  const p = {};
  r.put(p, 'person', 'birthDate', $('birthDate'));
  r.put(p, 'person', 'sex', $('sex'));
  r.put(p, 'person', 'iin', $('iin'));
  r.profile.person = p;
  const residency = { status: $('residency').value };
  r.fields.set('residency.status', $('residency'));
  r.put(residency, 'residency', 'residencePermitUntil', $('permitUntil'));
  if ($('eaeu').checked) residency.eaeu = true;
  r.profile.residency = residency;
}

function work(r) {
  r.list('employment', ['employment'], (row, i) => {
    const job = { kind: field(row, 'kind').value };
    r.fields.set(`employment.${i}.kind`, field(row, 'kind'));
    r.put(job, `employment.${i}`, 'since', field(row, 'since'));
    r.put(job, `employment.${i}`, 'until', field(row, 'until'));
    return [job];
  });
}

/**
 * A run of months with a payment date is one record of `months` months (the library checks that
 * it pays each month's minimum); without a date, one record a month, each paid on its month's first
 * day. Through before from gives `months: 0`, which the library refuses at the "through" field.
 */
function run(r, row, i) {
  const kind = field(row, 'kind').value;
  const from = value(field(row, 'from'));
  const months = from ? monthsFrom(from, value(field(row, 'through')) || from) : [];
  const each = amount(field(row, 'amount'));
  const paidOn = value(field(row, 'paidOn'));
  const one = { kind, period: from, paidOn, amountKzt: each === '' ? '' : each * Math.max(months.length, 1) };
  let records;
  if (!from) records = [one];
  else if (paidOn || months.length === 0) records = [{ ...one, months: months.length }];
  else records = months.map((period) => ({ kind, period, paidOn: `${period}-01`, amountKzt: each }));
  // Without a first month the payment date is not the problem: both notes go beside "from".
  const controls = {
    kind: 'kind',
    period: 'from',
    months: 'through',
    paidOn: from ? 'paidOn' : 'from',
    amountKzt: 'amount',
  };
  return records.map((record, k) => {
    const at = `payments.${i + k}`;
    for (const [key, control] of Object.entries(controls)) r.fields.set(`${at}.${key}`, field(row, control));
    return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ''));
  });
}

function single(r, row, i) {
  const record = { kind: field(row, 'kind').value };
  r.fields.set(`payments.${i}.kind`, field(row, 'kind'));
  r.put(record, `payments.${i}`, 'period', field(row, 'period'));
  r.put(record, `payments.${i}`, 'paidOn', field(row, 'paidOn'));
  r.put(record, `payments.${i}`, 'amountKzt', field(row, 'amount'), amount);
  return [record];
}

function payments(r) {
  r.list('payments', ['run', 'single'], (row, i) => (row.dataset.row === 'run' ? run(r, row, i) : single(r, row, i)));
}

function categories(r) {
  r.list('stateCategories', ['category'], (row, i) => {
    const at = `stateCategories.${i}`;
    const category = { category: field(row, 'category').value };
    r.fields.set(`${at}.category`, field(row, 'category'));
    r.put(category, at, 'since', field(row, 'since'));
    r.put(category, at, 'until', field(row, 'until'));
    r.put(category, at, 'award', field(row, 'award'));
    return [category];
  });
}

function pregnancy(r) {
  if (!$('pregnant').checked) return;
  const p = {};
  r.fields.set('pregnancy', $('pregnant'));
  r.put(p, 'pregnancy', 'registeredOn', $('registeredOn'));
  if ($('inLabour').checked) p.inLabour = true;
  if ($('lifeThreat').checked) p.lifeThreat = true;
  r.profile.pregnancy = p;
}

function conditions(r) {
  r.list('conditions', ['condition'], (row, i) => {
    const typed = field(row, 'code');
    if (value(typed) === '') return [];
    const at = `conditions.${i}`;
    const condition = { code: resolveCondition(typed.value).code };
    r.fields.set(`${at}.code`, typed);
    r.put(condition, at, 'since', field(row, 'since'));
    condition.underObservation = field(row, 'underObservation').checked;
    return [condition];
  });
}

function policies(r) {
  r.list('insurance', ['policy'], (row, i) => {
    const at = `insurance.${i}`;
    const policy = { type: field(row, 'type').value };
    r.fields.set(`${at}.type`, field(row, 'type'));
    r.put(policy, at, 'validFrom', field(row, 'validFrom'));
    r.put(policy, at, 'validTo', field(row, 'validTo'));
    const covers = [...row.querySelectorAll('[data-checks] input:checked')].map((input) => input.value);
    if (covers.length > 0) policy.covers = covers;
    return [policy];
  });
}

function attachment(r) {
  if (!$('attached').checked && !$('hasEds').checked) return;
  const a = { attached: $('attached').checked };
  r.fields.set('attachment.attached', $('attached'));
  r.put(a, 'attachment', 'since', $('attachedSince'));
  if ($('hasEds').checked) a.hasEds = true;
  r.profile.attachment = a;
}

function visits(r) {
  r.list('serviceUsage', ['visit'], (row, i) => {
    const at = `serviceUsage.${i}`;
    const use = { service: field(row, 'service').value };
    r.fields.set(`${at}.service`, field(row, 'service'));
    r.put(use, at, 'date', field(row, 'date'));
    return [use];
  });
}

/** The profile the form describes, with `asOf`, and the control behind each of its paths. */
export function readForm() {
  const r = new Reader();
  r.put(r.profile, '', 'asOf', $('asOf'));
  for (const part of [person, work, payments, categories, pregnancy, conditions, policies, attachment, visits]) part(r);
  return { profile: r.profile, fields: r.fields };
}
