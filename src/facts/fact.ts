/**
 * A fact, declared once where it is computed: the stage that first offers it, the params a rule
 * may pass, the type of its value and how it is computed from the almanac. Each topic module
 * exports a table of these; ./registry.ts gathers them.
 */
import * as z from 'zod/mini';
import type { Stage } from '../language/stages';
import type { ValueType } from '../language/types';
import { lazy } from '../lazy';
import { pathSegments } from '../language/path';
import type { Almanac } from './almanac';

type Params = Record<string, unknown>;

export interface FactDefinition {
  stage: Stage;
  /**
   * The value is settled before the stage that first offers it and stays the same for the rest of
   * the decision (an earlier stage's outcome of few possible values): the compiled engine may
   * leave out the rules it rules out (src/engine/compiled-engine.ts).
   */
  settled?: true;
  /** The params a rule may pass (strict: an unknown key is an error); built on first use. */
  params: () => z.ZodMiniType;
  /** The type of its value (or, for `parameters`, of the ruleset's parameters): what `validateRuleset` checks conditions against. */
  type: ValueType | ((parameters: unknown) => ValueType);
  value(almanac: Almanac, params: Params): unknown;
}

/** A table of facts by name. */
export type FactTable = Record<string, FactDefinition>;

/** The params schema of a fact, built on first use. */
export const params = (shape: () => z.core.$ZodLooseShape) => lazy(() => z.strictObject(shape()));
/** No params. */
export const none = params(() => ({}));

export const code = () => z.string().check(z.minLength(1)).check(z.maxLength(200));
export const codes = () => z.array(code()).check(z.maxLength(1000));
export const safePath = () =>
  z
    .string()
    .check(z.maxLength(200))
    .check(z.refine((p) => pathSegments(p) !== null, 'Expected a plain dot path of own properties'));
export const smallCount = () => z.number().check(z.int()).check(z.gte(0)).check(z.lte(1200));

/** A list param as strings: a rule author's wrong type reads as an empty list, never as a crash. */
export const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
export const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const whole = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
