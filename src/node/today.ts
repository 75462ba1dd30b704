/**
 * Today's calendar date in Kazakhstan (Asia/Almaty, UTC+5), whatever the host's time zone: the
 * date the CLI and the server decide on when neither the request nor the profile gives one.
 * The library itself never reads the clock.
 */
export function todayInKazakhstan(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Almaty',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
