import {
  type EvaluateOptions,
  type EvaluatorOptions,
  type ProfileInput,
  createEvaluator as typedCreateEvaluator,
  evaluate as typedEvaluate,
} from '../../src';

// The library with `unknown` inputs. These tests hand it data of any shape on purpose: what
// `ProfileInput` refuses at compile time the library must still refuse at run time, with every
// problem listed (`ProfileValidationError`).

/** `evaluate` for data of unknown shape. */
export const evaluate = (input: unknown, options?: unknown) => typedEvaluate(input as ProfileInput, options as EvaluateOptions);

/** `createEvaluator` whose `evaluate` takes data of unknown shape. */
export function createEvaluator(options?: unknown) {
  const evaluator = typedCreateEvaluator(options as EvaluatorOptions);
  return {
    evaluate: (input: unknown, evaluateOptions?: unknown) => evaluator.evaluate(input as ProfileInput, evaluateOptions as EvaluateOptions),
    evaluateMany: evaluator.evaluateMany,
  };
}
