import * as chrono from 'chrono-node';

interface WithInnerPattern {
  innerPattern: (...args: unknown[]) => RegExp;
}

const hasInnerPattern = (parser: object): parser is WithInnerPattern =>
  typeof (parser as Partial<WithInnerPattern>).innerPattern === 'function';

/**
 * chrono's French time-unit parsers build a new regex on every parse, and chrono then rebuilds the
 * word-boundary pattern around it. A pattern that takes nothing from the parsing context (no
 * parameter) is the same every time, so the first one is kept: same regexes, same results.
 */
function withStablePatterns(configuration: ReturnType<typeof chrono.fr.createConfiguration>): chrono.Chrono {
  for (const parser of configuration.parsers) {
    if (!hasInnerPattern(parser) || parser.innerPattern.length !== 0) continue;
    const pattern = parser.innerPattern();
    parser.innerPattern = () => pattern;
  }
  return new chrono.Chrono(configuration);
}

/** chrono.fr.strict (strict: casual French reads "mer", the sea, as Wednesday). */
export const frenchStrict = withStablePatterns(chrono.fr.createConfiguration(true));
/** chrono.en.strict. */
export const englishStrict = chrono.en.strict;
