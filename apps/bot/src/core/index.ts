export { mayRewrite } from './button-owner.js';
export type { CommandSpec, Localized, StringOptionSpec } from './command-builders.js';
export { privateOption, slashCommand, stringOption } from './command-builders.js';
export type { Choice, CommandContext, CommandModule, CommandOptions, ReplyLocale, ReplyPayload } from './contract.js';
export { CHOICE_LIMITS, cutText, MESSAGE_LIMITS } from './discord-limits.js';
export { DispatchError, type DispatchErrorCode } from './dispatch-error.js';
export {
  type CommandRequest,
  createDispatcher,
  type Dispatcher,
  type DispatcherOptions,
  type EngineSource,
  type Outcome,
} from './dispatcher.js';
export { isEphemeral, withEphemeral, withoutEphemeral } from './ephemeral.js';
export { fitChoices } from './fit-choices.js';
export { flattenOptions, isPrivate, type RawOption, text } from './option-values.js';
export { type CommandRegistry, createRegistry } from './registry.js';
export { replyLocale } from './reply-locale.js';
export { type Raced, within } from './within.js';
