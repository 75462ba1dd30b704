/**
 * The words `kz-health-coverage evaluate` prints for a Decision, in its locale: names instead of
 * codes (data/vocabulary.json; the quota services' and screenings' from src/messages/names/),
 * units, the date decided on, and "none" where a part is empty rather than a heading with nothing under it.
 */
import type vocabularyFile from '../../../data/vocabulary.json';
import type { Decision } from '../../decision/schema';
import { type Locale, formatMessage, formatValue } from '../../messages/format';
import { dataFile } from '../data-files';
import { nameOf } from '../names';
import { cliMessage } from './messages';

type Words = Partial<Record<Locale, string>>;
/** A name in a locale, else in ru, else the code itself. */
const word = (entry: Words | undefined, locale: Locale, code: string) => entry?.[locale] ?? entry?.ru ?? code;

/**
 * "3 months" in the locale, with its plural form.
 *
 * @example
 * months(3, 'ru') // '3 месяца'
 */
export function months(count: number, locale: Locale): string {
  const forms = dataFile<typeof vocabularyFile>('vocabulary.json').units.months[locale] as Record<string, string>;
  const category = new Intl.PluralRules(locale).select(count);
  return `${count}\u00a0${forms[category] ?? forms.other ?? forms.many ?? ''}`;
}

/** Options of the summary: whether the date evaluated is today's (no date was given). */
export interface SummaryOptions {
  asOfIsToday?: boolean;
}

/** A heading and its lines, or the heading and "none" on one line when there are none. */
function section(heading: string, items: string[], locale: Locale): string[] {
  return items.length === 0 ? [`${heading}: ${cliMessage(locale, 'none')}`] : [`${heading}:`, ...items];
}

/**
 * A readable summary of a decision in its locale, one line an item.
 *
 * @example
 * summary(await evaluate(profile, { asOf: '2025-06-15', locale: 'en' }))[0] // 'Evaluated on: 15.06.2025'
 */
export function summary(d: Decision, options: SummaryOptions = {}): string[] {
  const vocabulary = dataFile<typeof vocabularyFile>('vocabulary.json');
  const l = d.locale;
  const h = (key: keyof typeof vocabulary.headings) => vocabulary.headings[key][l];
  const date = (value: string) => formatValue(l, 'date', value);
  const money = (value: number) => formatValue(l, 'amountKzt', value);
  const serviceName = (code: string) => word((vocabulary.services as Record<string, Words>)[code], l, code);
  const payerName = (code: string | null) => (code === null ? '—' : word((vocabulary.payers as Record<string, Words>)[code], l, code));
  const requirement = (code: string) => word((vocabulary.requires as Record<string, Words>)[code], l, code);
  const yesNo = (value: boolean) => vocabulary.packages[value ? 'yes' : 'no'][l];
  const i = d.insurance;
  const lines = [`${h('evaluatedOn')}: ${date(d.asOf)}${options.asOfIsToday ? ` (${h('todayInAlmaty')})` : ''}`];
  lines.push(`${h('status')}: ${vocabulary.status[i.status][l]}`);
  for (const basis of i.bases) {
    const reason = d.reasons.find((r) => r.ruleId === basis);
    lines.push(`  ${h('bases')}: ${reason?.message ?? basis}`);
  }
  if (i.validThrough) lines.push(`  ${h('validThrough')} ${date(i.validThrough)}`);
  if (i.grace) lines.push(`  ${h('grace')} ${date(i.grace.endsOn)}`);
  if (i.debt) {
    const amount = i.debt.amountKzt === null ? h('debtEmployer') : money(i.debt.amountKzt);
    lines.push(`${h('debt')}: ${months(i.debt.months.length, l)} (${formatValue(l, 'months', i.debt.months)}) — ${amount}`);
    const employer = i.debt.employerMonths ?? [];
    if (employer.length > 0 && i.debt.amountKzt !== null) {
      lines.push(`  ${h('employerMonths')}: ${months(employer.length, l)} (${formatValue(l, 'months', employer)})`);
    }
  }
  if (i.monthlyContributionKzt !== null) lines.push(`${h('monthly')}: ${money(i.monthlyContributionKzt)}`);
  const p = d.packages;
  const { gobmp, osms, dms, vms } = vocabulary.packages;
  lines.push(
    `${h('packages')}: ${gobmp[p.gobmp][l]}; ${osms[l]}: ${yesNo(p.osms)}; ` + `${dms[l]}: ${yesNo(p.dms)}; ${vms[l]}: ${yesNo(p.vms)}`,
  );
  const services = Object.entries(d.services);
  const covered = services
    .filter(([, s]) => s.covered)
    .map(([code, s]) => {
      const requires = s.requires.length ? `; ${h('requires')}: ${s.requires.map(requirement).join(', ')}` : '';
      return `  ${serviceName(code)} — ${h('payer')}: ${payerName(s.payer)}${requires}`;
    });
  lines.push(...section(h('covered'), covered, l));
  const notCovered = services
    .filter(([, s]) => !s.covered)
    .map(([code, s]) => `  ${serviceName(code)} — ${[...new Set(s.reasons.map((r) => formatMessage(l, r, {})))].join(' ')}`);
  lines.push(...section(h('notCovered'), notCovered, l));
  const screenings = d.screenings.filter((s) => s.eligible).map((s) => `  ${nameOf(l, 'screenings', s.program)}`);
  lines.push(...section(cliMessage(l, 'screenings'), screenings, l));
  if (d.quotas.length > 0) {
    lines.push(`${h('quotas')}:`);
    for (const q of d.quotas) {
      const period = (vocabulary.quotaPeriods as Record<string, Words>)[q.per]?.[l] ?? q.per;
      const next = q.nextAvailableOn ? `; ${h('nextAvailable')} ${date(q.nextAvailableOn)}` : '';
      lines.push(
        `  ${nameOf(l, 'quotaServices', q.service)}: ` + `${h('remaining')} ${q.remaining} ${h('of')} ${q.limit} ${period}${next}`,
      );
    }
  }
  const steps = d.nextSteps.map((s, n) => `  ${n + 1}. ${s.message}${s.links ? ` [${s.links.join(', ')}]` : ''}`);
  lines.push(...section(h('nextSteps'), steps, l));
  const why = d.reasons.map((r) => `  - ${r.message} [${r.ruleId}; ${r.source.title}${r.source.ref ? `, ${r.source.ref}` : ''}]`);
  lines.push(...section(h('why'), why, l));
  return lines;
}
