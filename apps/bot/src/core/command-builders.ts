import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

/** A name and description in English (Discord's default) and French. */
export interface Localized {
  en: string;
  fr: string;
}

/** A string option as declared: localised name and description, and how it is filled. */
export interface StringOptionSpec {
  name: Localized;
  description: Localized;
  required?: boolean;
  autocomplete?: boolean;
}

/** A slash command as declared (see commands/definitions.json). */
export interface CommandSpec {
  name: Localized;
  description: Localized;
  options?: readonly StringOptionSpec[];
}

const names = (name: Localized) => ({ name: name.en, name_localizations: { fr: name.fr } });
const descriptions = (d: Localized) => ({ description: d.en, description_localizations: { fr: d.fr } });

/** A string option's registration JSON. */
export function stringOption(spec: StringOptionSpec): APIApplicationCommandBasicOption {
  return {
    type: ApplicationCommandOptionType.String,
    ...names(spec.name),
    ...descriptions(spec.description),
    required: spec.required ?? false,
    ...(spec.autocomplete ? { autocomplete: true } : {}),
    max_length: 200,
  } as APIApplicationCommandBasicOption;
}

/** The `private` option every command takes: answer only to the user (ephemeral). */
export const privateOption: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.Boolean,
  ...names({ en: 'private', fr: 'prive' }),
  ...descriptions({ en: 'Only you see the answer', fr: 'Vous seul voyez la réponse' }),
  required: false,
};

/** A slash command's registration JSON, with the `private` option last. */
export function slashCommand(spec: CommandSpec): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    ...names(spec.name),
    ...descriptions(spec.description),
    options: [...(spec.options ?? []).map(stringOption), privateOption],
    // installable to a server or to a user, usable in servers, the bot's DM and other DMs: every
    // command only replies, so it works wherever Discord lets it run
    integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
  };
}
