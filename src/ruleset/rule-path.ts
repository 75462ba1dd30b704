/**
 * Where a rule's file lives, from its id: `osms.contributions.continuous` →
 * `osms/contributions-continuous.json` (relative to the rules folder); a later version from a date
 * is `<name>@<from>.json`. The catalogue test and `validate-rules` both hold files to it.
 */
export function expectedRulePath(id: string, from: string, versioned: boolean): string {
  const [folder, ...rest] = id.split('.');
  return `${folder}/${rest.join('-').replace(/[._]/g, '-')}${versioned ? `@${from}` : ''}.json`;
}
