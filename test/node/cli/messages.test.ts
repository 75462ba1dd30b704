import { describe, expect, it } from 'vitest';
import catalogues from '../../../src/messages/cli.json';
import { cliMessage } from '../../../src/node/cli/messages';

// The CLI's own messages, beside the other locale files: every locale has every key, with the
// same placeholders, and none is left in English outside en.
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the CLI messages (src/messages/cli.json)', () => {
  it('ru, kk, en and ky have every key, each with the same placeholders as en', () => {
    const { en, ...others } = catalogues;
    for (const [locale, messages] of Object.entries(others)) {
      expect(Object.keys(messages), locale).toEqual(Object.keys(en));
      for (const [key, text] of Object.entries(messages))
        expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(en[key as keyof typeof en]));
    }
  });

  it('no message outside en is the English one (the options and codes they name aside)', () => {
    const { en, ...others } = catalogues;
    for (const [locale, messages] of Object.entries(others)) {
      for (const [key, text] of Object.entries(messages)) expect(text, `${locale} ${key}`).not.toBe(en[key as keyof typeof en]);
    }
  });

  it('fills its placeholders and leaves an unknown one as written', () => {
    expect(cliMessage('kk', 'too_large', { file: 'p.json', max: 1048576 })).toBe('p.json 1048576 байттан үлкен');
    expect(cliMessage('en', 'unreadable_file')).toBe('cannot read {file}');
  });
});
