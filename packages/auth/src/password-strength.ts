import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

/** zxcvbn's score: 3 is "safely unguessable" for an online attack (about 10^10 guesses). */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries are large, and only registration needs them. */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    // The default (100) costs ~150 ms of CPU per check; 10 still sees `P@ssw0rd` for what it is.
    l33tMaxSubstitutions: 10,
  });
  return estimator;
}

/**
 * Why a password is too easy to guess, in words for the person choosing it, or null when it is
 * strong enough. `related` are the person's own details (email, name): a password made of them is weak.
 */
export function passwordWeakness(password: string, related: readonly string[] = []): string | null {
  const words = related.flatMap((text) => [text, ...text.split(/[^\p{L}\p{N}]+/u)]);
  const result = strengthEstimator().check(
    password,
    words.filter((word) => word.length >= 3),
  );
  if (result.score >= MIN_SCORE) return null;
  const warning = result.feedback.warning?.replace(/\.$/, '').toLowerCase();
  return `Password is too easy to guess${warning ? ` (${warning})` : ''} — add another word or two`;
}
