// A decision of the library (docs/decision.md) as the registrar reads it and the patient takes it
// home: the date decided on, the status with its bases, validity and grace, the debt with its
// months and who owes them, every service covered (with its payer) or not (with the reasons),
// screenings, quotas with what remains, numbered next steps, the sources. Every word is the
// page's (t), the library's vocabulary (v) or a name of the library's data (name, reason); the
// decision's own messages are already in its language.
import { date, money, month, months } from './format.js';
import { name, nameLanguage, reason, t, v } from './words.js';

const $ = (id) => document.getElementById(id);

/** An element with text and data-* attributes. */
function el(tag, text, data = {}, className = '') {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  for (const [key, value] of Object.entries(data)) if (value !== undefined && value !== null) element.dataset[key] = String(value);
  if (className) element.className = className;
  return element;
}

/** "Covered (11)", or "Covered: none" when the list is empty. */
const counted = (heading, count) => (count > 0 ? `${heading} (${count})` : `${heading}: ${t('none')}`);

function insurance(d) {
  const i = d.insurance;
  $('status').textContent = `${v('headings.status')}: ${v(`status.${i.status}`)}`;
  $('status').dataset.status = i.status;
  const message = (ruleId) => d.reasons.find((r) => r.ruleId === ruleId)?.message ?? ruleId;
  const facts = i.bases.map((basis) => el('li', `${v('headings.bases')}: ${message(basis)}`, { basis }));
  if (i.validThrough)
    facts.push(
      el('li', `${v('headings.validThrough')}: ${date(i.validThrough)}`, {
        fact: 'validThrough',
        date: i.validThrough,
      }),
    );
  if (i.grace) facts.push(el('li', `${v('headings.grace')}: ${date(i.grace.endsOn)}`, { fact: 'grace', date: i.grace.endsOn }));
  if (i.monthlyContributionKzt !== null) {
    facts.push(
      el('li', `${v('headings.monthly')}: ${money(i.monthlyContributionKzt, d.locale)}`, {
        fact: 'monthly',
        amount: i.monthlyContributionKzt,
      }),
    );
  }
  $('insurance-facts').replaceChildren(...facts);
}

function debt(d) {
  const owed = d.insurance.debt;
  const heading = $('debt-heading');
  delete heading.dataset.amount;
  if (!owed || owed.months.length === 0) {
    heading.textContent = `${v('headings.debt')}: ${t('noDebt')}`;
    $('debt-months').replaceChildren();
    return;
  }
  const amount = owed.amountKzt === null ? v('headings.debtEmployer') : money(owed.amountKzt, d.locale);
  heading.textContent = `${v('headings.debt')}: ${months(owed.months.length, d.locale)} — ${amount}`;
  heading.dataset.amount = owed.amountKzt ?? '';
  heading.dataset.months = owed.months.length;
  const own = owed.months.filter((m) => !owed.employerMonths.includes(m));
  const groups = [
    ['person', own, t('ownMonths')],
    ['employer', owed.employerMonths, v('headings.debtEmployer')],
  ];
  $('debt-months').replaceChildren(
    ...groups
      .filter(([, list]) => list.length > 0)
      .map(([owner, list, who]) => el('li', `${list.map(month).join(', ')} — ${who}`, { owner, count: list.length })),
  );
}

function services(d) {
  const all = Object.entries(d.services);
  const covered = all.filter(([, s]) => s.covered);
  const refused = all.filter(([, s]) => !s.covered);
  $('covered-heading').textContent = counted(v('headings.covered'), covered.length);
  // Grouped by payer, in the library's order of payers (the first covering rule pays).
  const payers = [...new Set(covered.map(([, s]) => s.payer))];
  $('covered-list').replaceChildren(
    ...payers.map((payer) => {
      const group = el('li', undefined, { payerGroup: payer }, 'group');
      const list = el('ul');
      list.append(
        ...covered
          .filter(([, s]) => s.payer === payer)
          .map(([code, s]) => {
            const needs =
              s.requires.length > 0 ? ` — ${v('headings.requires')}: ${s.requires.map((r) => v(`requires.${r}`)).join(', ')}` : '';
            return el('li', `${v(`services.${code}`)}${needs}`, { service: code, payer: s.payer });
          }),
      );
      group.append(el('h4', `${v('headings.payer')}: ${v(`payers.${payer}`)}`), list);
      return group;
    }),
  );
  $('not-covered-heading').textContent = counted(v('headings.notCovered'), refused.length);
  $('not-covered-list').replaceChildren(
    ...refused.map(([code, s]) => {
      const item = el('li', undefined, { service: code, reasons: s.reasons.join(' ') });
      item.append(
        el('span', v(`services.${code}`), {}, 'name'),
        ' — ',
        el('span', [...new Set(s.reasons.map(reason))].join(' '), {}, 'why'),
      );
      return item;
    }),
  );
}

function screenings(d) {
  const eligible = d.screenings.filter((s) => s.eligible);
  $('screenings-heading').textContent = counted(t('screenings'), eligible.length);
  $('screenings-list').replaceChildren(
    ...[...eligible, ...d.screenings.filter((s) => !s.eligible)].map((s) => {
      const item = el('li', undefined, { program: s.program, eligible: s.eligible }, s.eligible ? '' : 'muted no-print');
      // A programme without a name in this language shows its Russian one, marked as Russian.
      const programme = Object.assign(el('span', name('screenings', s.program)), {
        lang: nameLanguage('screenings', s.program),
      });
      item.append(programme);
      if (!s.eligible) item.append(` — ${t('notEligible')}: ${s.reasons.map(reason).join(' ')}`);
      return item;
    }),
  );
}

/** Quotas grouped by their period (a calendar year, six months): each service with what remains of its limit. */
function quotas(d) {
  $('quotas').hidden = d.quotas.length === 0;
  $('quotas-heading').textContent = counted(v('headings.quotas'), d.quotas.length);
  const periods = [...new Set(d.quotas.map((q) => q.per))];
  $('quotas-list').replaceChildren(
    ...periods.map((per) => {
      const group = el('li', undefined, { period: per }, 'group');
      const list = el('ul');
      list.append(
        ...d.quotas
          .filter((q) => q.per === per)
          .map((q) => {
            const next = q.nextAvailableOn ? `; ${v('headings.nextAvailable')}: ${date(q.nextAvailableOn)}` : '';
            const left = `${v('headings.remaining')} ${q.remaining} ${v('headings.of')} ${q.limit}`;
            const text = `${name('quotaServices', q.service)}: ${left}${next}`;
            return el('li', text, { quota: q.service, remaining: q.remaining, limit: q.limit }, q.remaining === 0 ? 'used-up' : '');
          }),
      );
      group.append(el('h4', v(`quotaPeriods.${per}`)), list);
      return group;
    }),
  );
}

/** A link of a next step: a web address or a phone number opens; anything else (an app's name) is text. */
function link(target) {
  if (target.startsWith('https://'))
    return Object.assign(el('a', target.replace(/^https:\/\//, '')), {
      href: target,
      rel: 'noopener noreferrer',
      target: '_blank',
    });
  if (target.startsWith('tel:')) return Object.assign(el('a', target.slice(4)), { href: target });
  return el('span', target);
}

function steps(d) {
  $('steps-heading').textContent = counted(v('headings.nextSteps'), d.nextSteps.length);
  $('steps-list').replaceChildren(
    ...d.nextSteps.map((s) => {
      const item = el('li', undefined, { step: s.code, amount: s.amountKzt, deadline: s.deadline });
      item.append(el('span', s.message));
      const facts = [];
      if (s.amountKzt !== undefined) facts.push(el('strong', money(s.amountKzt, d.locale), {}, 'amount'));
      if (s.deadline) facts.push(el('strong', `${t('deadline')} ${date(s.deadline)}`, {}, 'deadline'));
      if (s.links) facts.push(...s.links.map(link));
      if (facts.length > 0) {
        const line = el('span', undefined, {}, 'step-facts');
        facts.forEach((fact, k) => line.append(...(k > 0 ? [' · ', fact] : [fact])));
        item.append(line);
      }
      return item;
    }),
  );
}

/** The documents behind the reasons, each once, in the order they are first cited. */
function sources(d) {
  const documents = new Map();
  for (const r of d.reasons) {
    const entry = documents.get(r.source.document) ?? { title: r.source.title, refs: new Set(), n: documents.size + 1 };
    if (r.source.ref) entry.refs.add(r.source.ref);
    documents.set(r.source.document, entry);
  }
  $('sources-heading').textContent = counted(t('sources'), documents.size);
  $('sources-list').replaceChildren(
    ...[...documents].map(([document, s]) => {
      const item = el('li', s.title, { document });
      if (s.refs.size > 0) item.append(el('span', ` — ${[...s.refs].join('; ')}`, {}, 'ref no-print'));
      return item;
    }),
  );
  $('why-heading').textContent = `${v('headings.why')} (${d.reasons.length})`;
  $('why-list').replaceChildren(
    ...d.reasons.map((r) => el('li', `${r.message} [${documents.get(r.source.document).n}]`, { rule: r.ruleId })),
  );
}

/** Shows a decision; `patient` is the line printed under the heading (birth date, residency). */
export function showDecision(d, patient) {
  $('result-heading').textContent = `${v('headings.evaluatedOn')}: ${date(d.asOf)}`;
  $('result-heading').dataset.date = d.asOf;
  $('patient').textContent = `${patient} · ${t('rules')} ${d.rulesetVersion}`;
  $('packages').textContent = `${v('headings.packages')}: ${v(`packages.gobmp.${d.packages.gobmp}`)}; ${['osms', 'dms', 'vms']
    .map((p) => `${v(`packages.${p}`)}: ${v(`packages.${d.packages[p] ? 'yes' : 'no'}`)}`)
    .join('; ')}`;
  for (const part of [insurance, debt, services, screenings, quotas, steps, sources]) part(d);
  $('problems').hidden = true;
  $('result').hidden = false;
}
