import { decide } from './profiles';

type Step = { code: string; message: string; amountKzt?: number; deadline?: string; links?: string[] };

/** The next steps of a decision, in order. */
export async function stepsOf(profile: Record<string, unknown>, asOf: string, locale = 'en'): Promise<Step[]> {
  return (await decide(profile, asOf, { locale })).nextSteps as Step[];
}

/** One next step by code, or undefined. */
export async function stepOf(profile: Record<string, unknown>, asOf: string, code: string, locale = 'en'): Promise<Step | undefined> {
  return (await stepsOf(profile, asOf, locale)).find((s) => s.code === code);
}
