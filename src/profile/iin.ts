/**
 * Kazakh IIN checksum: digit 12 is Σ(dᵢ × wᵢ) mod 11 over the first 11 digits with
 * weights 1…11; when that remainder is 10, weights 3…11, 1, 2 are used instead; a
 * second remainder of 10 means the number is invalid.
 */
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedRemainder(digits: number[], weights: number[]): number {
  return digits.reduce((sum, digit, i) => sum + digit * (weights[i] ?? 0), 0) % 11;
}

export function isValidIin(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const body = digits.slice(0, 11);
  let check = weightedRemainder(body, FIRST_WEIGHTS);
  if (check === 10) check = weightedRemainder(body, SECOND_WEIGHTS);
  return check !== 10 && check === digits[11];
}
