import { InteractionResponseType, InteractionType } from 'discord-api-types/v10';
import { mayRewrite } from '../core/button-owner.js';
import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import type { Dispatcher, Outcome } from '../core/dispatcher.js';
import { isEphemeral, withEphemeral, withoutEphemeral } from '../core/ephemeral.js';
import { flattenOptions, isPrivate } from '../core/option-values.js';
import { within } from '../core/within.js';
import type { FollowUps } from './follow-up.js';
import { BUTTON, messageOwner, presser, type RawInteraction } from './interaction-schema.js';

const EPHEMERAL = 64;

export interface ResponderOptions<Engine> {
  dispatcher: Dispatcher<Engine>;
  followUps: FollowUps;
  /** Answer with type 5 and follow up when a handler is still running after this long. */
  deferAfterMs: number;
  /** Keeps track of a deferred answer still to send. */
  later: (work: Promise<void>) => void;
}

function message(payload: ReplyPayload) {
  return { type: InteractionResponseType.ChannelMessageWithSource, data: payload };
}

async function deliver(
  followUps: FollowUps,
  interaction: { application_id: string; token: string },
  work: Promise<Outcome>,
  ephemeral: boolean,
): Promise<void> {
  const outcome = await work;
  if (!ephemeral && isEphemeral(outcome.payload)) {
    await followUps.replacePrivately(interaction.application_id, interaction.token, outcome.payload);
    return;
  }
  await followUps.editOriginal(interaction.application_id, interaction.token, outcome.payload);
}

/** The HTTP front's answer to a verified interaction: the JSON body of the response, through the dispatcher. */
export function createResponder<Engine>(options: ResponderOptions<Engine>): (i: RawInteraction) => Promise<unknown> {
  const { dispatcher, followUps, deferAfterMs, later } = options;

  async function command(
    interaction: Extract<RawInteraction, { type: InteractionType.ApplicationCommand }>,
    locale: ReplyLocale,
  ): Promise<unknown> {
    const { options: values } = flattenOptions(interaction.data.options);
    const name = interaction.data.name;
    const work = dispatcher.command({ name, options: values, locale });
    if (!dispatcher.isSlow(name)) {
      const raced = await within(work, deferAfterMs);
      if (raced.done) return message(raced.value.payload);
    }
    const ephemeral = isPrivate(values);
    later(deliver(followUps, interaction, work, ephemeral));
    return {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      data: ephemeral ? { flags: EPHEMERAL } : {},
    };
  }

  return async (interaction) => {
    if (interaction.type === InteractionType.Ping) return { type: InteractionResponseType.Pong };
    const locale = dispatcher.replyLocale(interaction.locale);
    switch (interaction.type) {
      case InteractionType.ApplicationCommand:
        return command(interaction, locale);
      case InteractionType.ApplicationCommandAutocomplete: {
        const { options: values, focused } = flattenOptions(interaction.data.options);
        const choices = focused
          ? await dispatcher.autocomplete({ name: interaction.data.name, options: values, locale, focused })
          : [];
        return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
      }
      case InteractionType.MessageComponent: {
        if (interaction.data.component_type !== BUTTON) return message(dispatcher.errorReply(locale));
        const outcome = await dispatcher.button({ customId: interaction.data.custom_id, locale });
        // A failure keeps the clicked message and tells the user privately; so does a press on
        // someone else's message, answered with the presser's own private copy.
        if (!outcome.ok) return message(outcome.payload);
        if (!mayRewrite(messageOwner(interaction), presser(interaction)))
          return message(withEphemeral(outcome.payload));
        return { type: InteractionResponseType.UpdateMessage, data: withoutEphemeral(outcome.payload) };
      }
      default:
        return message(dispatcher.errorReply(locale));
    }
  };
}
