import {
  type APIApplicationCommandBasicOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

/** A name and description in English (Discord's default) and French. */
export interface Localized {
  en: string;
  fr: string;
}

const names = (name: Localized) => ({ name: name.en, name_localizations: { fr: name.fr } });
const descriptions = (d: Localized) => ({ description: d.en, description_localizations: { fr: d.fr } });

/** A string option. */
export function stringOption(
  name: Localized,
  description: Localized,
  extra: { required?: boolean; autocomplete?: boolean } = {},
): APIApplicationCommandBasicOption {
  return {
    type: ApplicationCommandOptionType.String,
    ...names(name),
    ...descriptions(description),
    required: extra.required ?? false,
    ...(extra.autocomplete ? { autocomplete: true } : {}),
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
export function slashCommand(
  name: Localized,
  description: Localized,
  options: APIApplicationCommandBasicOption[] = [],
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.ChatInput,
    ...names(name),
    ...descriptions(description),
    options: [...options, privateOption],
  };
}
