// The registrar's page: a profile from the form, a decision from the library, all in the browser
// (nothing leaves it). The library's public API only: createEvaluator().evaluate decides or
// rejects with every problem (ProfileValidationError); while problems are shown, safeParseProfile
// re-checks the form as it is corrected, each problem beside its field. The language switch
// rewrites the form and the result in ru, kk, en or ky.
import { ProfileValidationError, createEvaluator, safeParseProfile } from 'kz-health-coverage';
import { resolveCondition } from './conditions.js';
import { date, todayInKazakhstan } from './format.js';
import { clearIssues, showIssues } from './issues.js';
import { applyWords } from './labels.js';
import { readForm } from './profile.js';
import { addRow, labelRemoveButtons } from './rows.js';
import { showDecision } from './result.js';
import { LOCALES, loadLanguage, locale, name, names, t } from './words.js';

const $ = (id) => document.getElementById(id);
const evaluator = createEvaluator();
/** What the page shows now: nothing, a decision or problems (a new language redoes it). */
let shown = 'nothing';
/** The problems of the last check, and its date: only evaluate knows the dates it decides on. */
let refused = { issues: [], asOf: '' };

/** Under each diagnosis, the name the page understood; a name typed in one language follows the switch. */
function understand(input, relabel = false) {
  if (relabel && input.dataset.by === 'name') input.value = name('conditions', input.dataset.code);
  const note = input.closest('.field').querySelector('[data-understood]');
  const typed = input.value.trim();
  const { code, by } = typed === '' ? { code: '', by: 'empty' } : resolveCondition(typed);
  Object.assign(input.dataset, { code, by });
  note.dataset.by = by;
  if (by === 'unknown') note.textContent = t('conditionUnknown');
  else note.textContent = by === 'name' || by === 'code' ? `→ ${name('conditions', code)} (${code})` : '';
}

function fillConditionNames() {
  const options = Object.values(names('conditions'))
    .flat()
    .map((n) => new Option('', n));
  $('condition-names').replaceChildren(...options);
}

async function check() {
  document.body.dataset.state = 'busy';
  const { profile, fields } = readForm();
  const l = locale();
  try {
    const born = date(profile.person.birthDate ?? '');
    const patient = `${t('patient')}: ${born} · ${t(`residency.${profile.residency.status}`)}`;
    // The date goes in the options: then the evaluator reports its range with every other problem.
    const { asOf, ...rest } = profile;
    const decision = await evaluator.evaluate(rest, { asOf, locale: l });
    clearIssues();
    showDecision(decision, patient);
    shown = 'decision';
  } catch (error) {
    if (!(error instanceof ProfileValidationError)) throw error;
    refused = { issues: error.issues, asOf: profile.asOf ?? '' };
    showIssues(error.issues, fields);
    shown = 'problems';
  }
  document.body.dataset.state = 'done';
}

/** While problems are shown, each change re-checks the profile: a corrected field loses its note. */
function recheck() {
  if (shown !== 'problems') return;
  const { profile, fields } = readForm();
  const parsed = safeParseProfile(profile, { locale: locale() });
  const issues = parsed.success ? [] : parsed.error.issues;
  // The date's own range (2020 onwards) is the evaluator's: its problem stays while the date does.
  const seen = new Set(issues.map((i) => `${i.path.join('.')} ${i.code}`));
  const kept =
    refused.asOf === (profile.asOf ?? '') ? refused.issues.filter((i) => i.path[0] === 'asOf' && !seen.has(`asOf ${i.code}`)) : [];
  if (issues.length + kept.length > 0) showIssues([...issues, ...kept], fields);
  else clearIssues();
}

async function switchLanguage(next) {
  document.body.dataset.state = 'busy';
  await loadLanguage(next);
  document.documentElement.lang = next;
  document.title = t('title');
  applyWords(document);
  fillConditionNames();
  for (const input of document.querySelectorAll('[data-field="code"]')) understand(input, true);
  for (const kind of ['employment', 'run', 'single', 'category', 'condition', 'policy', 'visit']) labelRemoveButtons(kind);
  if (shown === 'nothing') document.body.dataset.state = 'done';
  else await check();
}

function wire() {
  $('profile').addEventListener('submit', async (event) => {
    event.preventDefault();
    await check();
    // The answer, or the problems, take the focus: a keyboard or a screen reader goes on from there.
    $(shown === 'decision' ? 'result-heading' : 'problems-heading').focus();
  });
  $('locale').addEventListener('change', () => switchLanguage($('locale').value));
  // The date of the check stands beside the language, outside the form it belongs to (form="profile").
  for (const control of [$('profile'), $('asOf')]) for (const type of ['input', 'change']) control.addEventListener(type, recheck);
  $('print').addEventListener('click', () => window.print());
  for (const button of document.querySelectorAll('[data-add]')) {
    button.addEventListener('click', () => {
      const row = addRow(button.dataset.add);
      row.querySelector('[data-field]').focus();
      if (button.dataset.add === 'condition')
        row.querySelector('[data-field="code"]').addEventListener('input', (event) => understand(event.target));
    });
  }
}

const wanted = [...(navigator.languages ?? [])].map((tag) => tag.slice(0, 2)).find((l) => LOCALES.includes(l)) ?? 'ru';
$('locale').value = wanted;
$('asOf').value = todayInKazakhstan();
wire();
await switchLanguage(wanted);
document.body.dataset.state = 'ready';
