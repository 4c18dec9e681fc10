import {
  type APIApplicationCommandInteractionDataOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionType,
} from 'discord-api-types/v10';
import { fakeMessage } from './fake-discord.js';

export const APP_ID = '100000000000000001';
let seq = 0;

/** Fields every raw interaction carries (the gotchas: entitlements and integration owners). */
function base(locale: string) {
  seq += 1;
  return {
    id: String(200000000000000000n + BigInt(seq)),
    application_id: APP_ID,
    token: `interaction-token-${seq}`,
    version: 1,
    locale,
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: {},
    context: 1,
    attachment_size_limit: 8_388_608,
    channel_id: '800000000000000001',
    user: { id: '300000000000000001', username: 'tester', discriminator: '0', global_name: null, avatar: null },
  };
}

type Scalar = string | number | boolean;

function toOptions(values: Record<string, Scalar>, focused?: string): APIApplicationCommandInteractionDataOption[] {
  return Object.entries(values).map(([name, value]) => {
    const type =
      typeof value === 'string'
        ? ApplicationCommandOptionType.String
        : typeof value === 'number'
          ? ApplicationCommandOptionType.Number
          : ApplicationCommandOptionType.Boolean;
    return {
      name,
      type,
      value,
      ...(name === focused ? { focused: true } : {}),
    } as APIApplicationCommandInteractionDataOption;
  });
}

export function rawChatInput(name: string, values: Record<string, Scalar> = {}, locale = 'fr') {
  return {
    ...base(locale),
    type: InteractionType.ApplicationCommand,
    data: { id: '400000000000000001', name, type: ApplicationCommandType.ChatInput, options: toOptions(values) },
  };
}

export function rawAutocomplete(name: string, values: Record<string, Scalar>, focused: string, locale = 'fr') {
  return {
    ...base(locale),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: '400000000000000001',
      name,
      type: ApplicationCommandType.ChatInput,
      options: toOptions(values, focused),
    },
  };
}

const user = (id: string) => ({
  id,
  username: `user-${id.slice(-2)}`,
  discriminator: '0',
  global_name: null,
  avatar: null,
});

/**
 * A button press on a message. `askedBy`: the user whose command made the message (Discord's
 * `message.interaction_metadata`); `pressedBy`: who pressed (the default user otherwise).
 */
export function rawButton(customId: string, locale = 'fr', who: { askedBy?: string; pressedBy?: string } = {}) {
  const raw = base(locale);
  const message = fakeMessage(APP_ID, { content: 'page 1' });
  return {
    ...raw,
    ...(who.pressedBy ? { user: user(who.pressedBy) } : {}),
    type: InteractionType.MessageComponent,
    message: who.askedBy
      ? {
          ...message,
          interaction_metadata: {
            id: '200000000000000000',
            type: InteractionType.ApplicationCommand,
            user: user(who.askedBy),
            authorizing_integration_owners: {},
          },
        }
      : message,
    data: { custom_id: customId, component_type: ComponentType.Button },
  };
}
