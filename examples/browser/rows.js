// Rows the registrar adds and removes (jobs, payments, categories, diagnoses, policies, services
// used): each row is a copy of its <template>, each control gets an id of its own and its label's
// `for`, so a row reads and works like the fixed fields, by keyboard too.
import { applyWords } from './labels.js';
import { t } from './words.js';

let made = 0;

/** Adds a row of `kind` (employment, run, single, category, condition, policy, visit) and returns it. */
export function addRow(kind) {
  const n = (made += 1);
  const row = document.getElementById(`row-${kind}`).content.firstElementChild.cloneNode(true);
  row.dataset.row = kind;
  for (const control of row.querySelectorAll('[data-field]')) {
    control.id = `${kind}-${n}-${control.dataset.field}`;
    const label = control.closest('.field')?.querySelector('label');
    if (label) label.htmlFor = control.id;
    const hint = control.closest('.field')?.querySelector('.hint');
    if (hint) {
      hint.id = `${control.id}-hint`;
      control.setAttribute('aria-describedby', hint.id);
    }
  }
  for (const box of row.querySelectorAll('[data-checks]')) box.id = `${kind}-${n}-${box.dataset.checks.replace('.', '-')}`;
  applyWords(row);
  const remove = row.querySelector('.remove');
  remove.addEventListener('click', () => {
    row.remove();
    labelRemoveButtons(kind);
    document.querySelector(`[data-add="${kind}"]`).focus();
  });
  document.getElementById(`${kind}-rows`).append(row);
  labelRemoveButtons(kind);
  return row;
}

/** "Remove" says which row it removes: "Remove: Work 2". */
export function labelRemoveButtons(kind) {
  const container = document.getElementById(`${kind}-rows`);
  const section = container.closest('fieldset').querySelector('legend').textContent;
  [...container.children].forEach((row, i) =>
    row.querySelector('.remove').setAttribute('aria-label', `${t('remove')}: ${section} ${i + 1}`),
  );
}

/** The rows of a kind, in order. */
export const rowsOf = (kind) => [...document.getElementById(`${kind}-rows`).children];
