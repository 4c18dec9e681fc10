import type {
  APIApplicationCommandOptionChoice,
  APIInteractionResponseCallbackData,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

/** The user's locale as far as replies go: French by default. */
export type ReplyLocale = 'fr' | 'en';

/** A reply: a Discord message payload, the same for the terminal, discord.js and the HTTP endpoint. */
export type ReplyPayload = APIInteractionResponseCallbackData & {
  allowed_mentions: { parse: [] };
};

/** Option values as Discord delivers them, by option name. */
export type CommandOptions = Readonly<Record<string, string | number | boolean | undefined>>;

/** One autocomplete choice. */
export type Choice = APIApplicationCommandOptionChoice;

/** What every handler gets besides the options. `engine` is the query engine over the loaded corpus. */
export interface CommandContext<Engine = unknown> {
  engine: Engine;
  locale: ReplyLocale;
}

/**
 * One slash command, front-agnostic: the terminal, the discord.js gateway client and the HTTP
 * interactions endpoint all run it through the dispatcher (`createDispatcher`).
 */
export interface CommandModule<Engine = unknown> {
  /** The command's JSON for Discord registration, with French and English localisations. */
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Whether the answer may take long enough to need `deferReply`. */
  slow?: boolean;
  execute(options: CommandOptions, ctx: CommandContext<Engine>): Promise<ReplyPayload> | ReplyPayload;
  /** Choices for the focused option; the dispatcher fits them to Discord's limits. */
  autocomplete?(
    focused: { name: string; value: string },
    options: CommandOptions,
    ctx: CommandContext<Engine>,
  ): Promise<Choice[]> | Choice[];
  /** A button press whose `custom_id` starts with this command's name and a colon; the reply replaces the message. */
  button?(customId: string, ctx: CommandContext<Engine>): Promise<ReplyPayload> | ReplyPayload;
}
