// Writes the chosen language into the form: every [data-t] (a page word), [data-v] (a word of the
// library's vocabulary), every select's options and every group of checkboxes, keeping what is
// selected and ticked.
import { codesAt } from './codes.js';
import { name, nameLanguage, t, v } from './words.js';

/** The label of one option: a page word, a vocabulary word or a name of the library's data. */
function optionLabel(element, code) {
  if (element.dataset.words) return { text: t(`${element.dataset.words}.${code}`) };
  if (element.dataset.vocabulary) return { text: v(`${element.dataset.vocabulary}.${code}`) };
  return { text: name(element.dataset.names, code), lang: nameLanguage(element.dataset.names, code) };
}

function fillSelect(select) {
  const chosen = select.value;
  const options = codesAt(select.dataset.options).map((code) => {
    const { text, lang } = optionLabel(select, code);
    const option = new Option(text, code);
    if (lang) option.lang = lang;
    return option;
  });
  if (select.dataset.empty) options.unshift(new Option(t(select.dataset.empty), ''));
  select.replaceChildren(...options);
  if (chosen) select.value = chosen;
}

function fillChecks(box) {
  const ticked = new Set([...box.querySelectorAll('input:checked')].map((input) => input.value));
  box.replaceChildren(
    ...codesAt(box.dataset.checks).map((code) => {
      const id = `${box.id}-${code}`;
      const wrap = document.createElement('div');
      wrap.className = 'check';
      const input = Object.assign(document.createElement('input'), {
        type: 'checkbox',
        id,
        value: code,
        checked: ticked.has(code),
      });
      const label = Object.assign(document.createElement('label'), {
        htmlFor: id,
        textContent: optionLabel(box, code).text,
      });
      wrap.append(input, label);
      return wrap;
    }),
  );
}

/** Writes the current language into `root` (the document, or a row just added). */
export function applyWords(root) {
  for (const element of root.querySelectorAll('[data-t]')) element.textContent = t(element.dataset.t);
  for (const element of root.querySelectorAll('[data-v]')) element.textContent = v(element.dataset.v);
  for (const select of root.querySelectorAll('select[data-options]')) fillSelect(select);
  for (const box of root.querySelectorAll('[data-checks]')) fillChecks(box);
}
