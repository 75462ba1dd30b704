import { describe, expect, it } from 'vitest';
import { afterDeath, restartPolicy } from '../../../src/node/http/restarts';

describe('when a dead worker is forked again', () => {
  it('the back-off doubles with each death of the last minute, up to 10 s', () => {
    const policy = { ...restartPolicy(2), maxDeaths: 20 };
    const deaths: number[] = [];
    const delays = Array.from({ length: 10 }, (_, i) => {
      deaths.push(i * 1000);
      return afterDeath(deaths, i * 1000, policy);
    });
    expect(delays.map((d) => ('delayMs' in d ? d.delayMs : d.giveUp))).toEqual([100, 200, 400, 800, 1600, 3200, 6400, 10000, 10000, 10000]);
  });

  it('deaths older than a minute are forgotten: one death a minute is forked again at once, for ever', () => {
    const deaths: number[] = [];
    for (let minute = 0; minute < 100; minute++) {
      deaths.push(minute * 61_000);
      expect(afterDeath(deaths, minute * 61_000, restartPolicy(2))).toEqual({ delayMs: 100 });
    }
    expect(deaths).toHaveLength(1);
  });

  it('more than five deaths in a minute (or one per worker, with more workers) is giving up, with the reason', () => {
    const deaths = [0, 1, 2, 3, 4];
    expect(afterDeath(deaths, 4, restartPolicy(2))).toEqual({ delayMs: 1600 });
    deaths.push(5);
    expect(afterDeath(deaths, 5, restartPolicy(2))).toEqual({ giveUp: 'workers keep dying (6 deaths in 60 s)' });
    expect(afterDeath([0, 1, 2, 3, 4, 5], 5, restartPolicy(8))).toEqual({ delayMs: 3200 });
  });
});
