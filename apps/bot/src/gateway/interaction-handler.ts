import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import { mayRewrite } from '../core/button-owner.js';
import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import type { Dispatcher, Outcome } from '../core/dispatcher.js';
import { isEphemeral, withEphemeral } from '../core/ephemeral.js';
import { flattenOptions, isPrivate } from '../core/option-values.js';
import { within } from '../core/within.js';
import type { Logger } from '../runtime/logger.js';
import { toEditOptions, toReplyOptions } from './discord-js-options.js';

export interface HandlerOptions {
  logger: Logger;
  /** Defer when a handler has not answered by then; Discord drops first responses after 3 s. */
  deferAfterMs: number;
}

async function answerCommand<E>(
  interaction: ChatInputCommandInteraction,
  dispatcher: Dispatcher<E>,
  locale: ReplyLocale,
  options: HandlerOptions,
): Promise<void> {
  const { options: values } = flattenOptions(interaction.options.data);
  const ephemeral = isPrivate(values);
  const defer = () => interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const work = dispatcher.command({ name: interaction.commandName, options: values, locale });
  let outcome: Outcome;
  if (dispatcher.isSlow(interaction.commandName)) {
    await defer();
    outcome = await work;
  } else {
    const raced = await within(work, options.deferAfterMs);
    if (!raced.done) await defer();
    outcome = raced.done ? raced.value : await raced.pending;
  }
  if (!interaction.deferred) {
    await interaction.reply(toReplyOptions(outcome.payload));
    return;
  }
  if (!ephemeral && isEphemeral(outcome.payload)) {
    // The deferral is public but this answer (an error) is private: say it privately, drop the "thinking…".
    await interaction.followUp(toReplyOptions(outcome.payload));
    await interaction.deleteReply().catch((err: unknown) => options.logger.warn({ err }, 'could not delete reply'));
    return;
  }
  await interaction.editReply(toEditOptions(outcome.payload));
}

async function answerAutocomplete<E>(
  interaction: AutocompleteInteraction,
  dispatcher: Dispatcher<E>,
  locale: ReplyLocale,
): Promise<void> {
  const { options: values, focused } = flattenOptions(interaction.options.data);
  const current =
    focused ??
    (() => {
      const f = interaction.options.getFocused(true);
      return { name: f.name, value: String(f.value) };
    })();
  const choices = await dispatcher.autocomplete({
    name: interaction.commandName,
    options: values,
    locale,
    focused: current,
  });
  await interaction.respond(choices);
}

async function answerButton<E>(
  interaction: ButtonInteraction,
  dispatcher: Dispatcher<E>,
  locale: ReplyLocale,
  options: HandlerOptions,
): Promise<void> {
  const { message } = interaction;
  const owner = message.interactionMetadata?.user.id ?? message.interaction?.user.id;
  const rewrite = mayRewrite(owner, interaction.user.id);
  const raced = await within(dispatcher.button({ customId: interaction.customId, locale }), options.deferAfterMs);
  if (!raced.done) {
    if (rewrite) await interaction.deferUpdate();
    else await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  }
  const outcome = raced.done ? raced.value : await raced.pending;
  if (!rewrite) {
    // someone else's message: their own private copy, the shared message stays as it is
    const copy = withEphemeral(outcome.payload);
    if (interaction.deferred) await interaction.editReply(toEditOptions(copy));
    else await interaction.reply(toReplyOptions(copy));
    return;
  }
  if (!outcome.ok) {
    // Keep the message the user clicked; say what went wrong to them alone.
    if (interaction.deferred) await interaction.followUp(toReplyOptions(outcome.payload));
    else await interaction.reply(toReplyOptions(outcome.payload));
    return;
  }
  if (interaction.deferred) await interaction.editReply(toEditOptions(outcome.payload));
  else await interaction.update(toEditOptions(outcome.payload));
}

/** Last resort after a failed send: tell the user privately, by whichever route is still open. */
async function answerFailure(interaction: Interaction, payload: ReplyPayload, logger: Logger): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    if (interaction.replied || interaction.deferred) await interaction.followUp(toReplyOptions(payload));
    else await interaction.reply(toReplyOptions(payload));
  } catch (err) {
    logger.error({ err, interactionId: interaction.id }, 'could not send the error reply either');
  }
}

/** Answers one discord.js interaction through the dispatcher. Never throws. */
export async function handleInteraction<E>(
  interaction: Interaction,
  dispatcher: Dispatcher<E>,
  options: HandlerOptions,
): Promise<void> {
  const locale = dispatcher.replyLocale(interaction.locale);
  const { logger } = options;
  const started = performance.now();
  try {
    if (interaction.isChatInputCommand()) await answerCommand(interaction, dispatcher, locale, options);
    else if (interaction.isAutocomplete()) await answerAutocomplete(interaction, dispatcher, locale);
    else if (interaction.isButton()) await answerButton(interaction, dispatcher, locale, options);
    else logger.debug({ interactionId: interaction.id, type: interaction.type }, 'interaction type not handled');
    logger.debug(
      { interactionId: interaction.id, type: interaction.type, ms: Math.round(performance.now() - started) },
      'interaction answered',
    );
  } catch (err) {
    logger.error({ err, interactionId: interaction.id, type: interaction.type }, 'could not answer an interaction');
    await answerFailure(interaction, dispatcher.errorReply(locale), logger);
  }
}
