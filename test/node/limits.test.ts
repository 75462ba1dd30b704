import { describe, expect, it } from 'vitest';
import { SEMI_SPACE_MB, workerExecArgv } from '../../src/node/limits';

describe('the V8 flags of a server worker', () => {
  it('adds the semi-space size of a decision-sized young generation to the parent’s flags', () => {
    expect(workerExecArgv(['--enable-source-maps'])).toEqual(['--enable-source-maps', `--max-semi-space-size=${SEMI_SPACE_MB}`]);
  });

  it('keeps a semi-space size the user gave, and never changes the parent’s list', () => {
    const parent = ['--max-semi-space-size=8'];
    expect(workerExecArgv(parent)).toEqual(['--max-semi-space-size=8']);
    expect(workerExecArgv(parent)).not.toBe(parent);
  });
});
