// Amounts, dates, months and counts as the library writes them: 12 750 ₸ (non-breaking spaces;
// 1 458,5 ₸, in English 1 458.5 ₸), 31.05.2025, 05.2025.
import { v } from './words.js';

export function money(value, locale) {
  const [whole = '0', fraction] = (Math.round(value * 100) / 100).toString().split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${grouped}${fraction ? (locale === 'en' ? '.' : ',') + fraction : ''}\u00a0₸`;
}

export const date = (iso) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
export const month = (iso) => `${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** "3 months" with the plural form of the language (the vocabulary's units). */
export function months(count, locale) {
  const forms = v('units.months');
  return `${count}\u00a0${forms[new Intl.PluralRules(locale).select(count)] ?? forms.other ?? forms.many}`;
}

/** Today in Kazakhstan (the page may read the clock; the library never does). */
export const todayInKazakhstan = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
