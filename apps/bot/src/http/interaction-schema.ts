import { ComponentType, InteractionType } from 'discord-api-types/v10';
import * as z from 'zod';

// Only what the endpoint reads is checked; Discord adds fields over time, so the rest passes through.
const RawOption = z.looseObject({
  name: z.string(),
  type: z.number().int(),
  value: z.unknown().optional(),
  focused: z.boolean().optional(),
  get options() {
    return z.array(RawOption).optional();
  },
});

const UserRef = z.looseObject({ id: z.string().min(1) });

const Base = {
  id: z.string().min(1),
  application_id: z.string().min(1),
  token: z.string().min(1),
  locale: z.string().optional(),
};

const CommandData = z.looseObject({ name: z.string().min(1), options: z.array(RawOption).optional() });

export const RawInteraction = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal(InteractionType.Ping) }),
  z.looseObject({ ...Base, type: z.literal(InteractionType.ApplicationCommand), data: CommandData }),
  z.looseObject({ ...Base, type: z.literal(InteractionType.ApplicationCommandAutocomplete), data: CommandData }),
  z.looseObject({
    ...Base,
    type: z.literal(InteractionType.MessageComponent),
    data: z.looseObject({ custom_id: z.string().min(1), component_type: z.number().int() }),
    // who pressed (member.user in a server, user in a DM) and the message with its asker
    member: z.looseObject({ user: UserRef.optional() }).optional(),
    user: UserRef.optional(),
    message: z
      .looseObject({
        interaction_metadata: z.looseObject({ user: UserRef.optional() }).optional(),
        interaction: z.looseObject({ user: UserRef.optional() }).optional(),
      })
      .optional(),
  }),
  z.looseObject({ ...Base, type: z.literal(InteractionType.ModalSubmit) }),
]);
export type RawInteraction = z.infer<typeof RawInteraction>;

export const BUTTON = ComponentType.Button;

type ComponentInteraction = Extract<RawInteraction, { type: InteractionType.MessageComponent }>;

/** The user whose command made the pressed message (the older `interaction` field for old messages). */
export function messageOwner(i: ComponentInteraction): string | undefined {
  return i.message?.interaction_metadata?.user?.id ?? i.message?.interaction?.user?.id;
}

/** The user who pressed. */
export function presser(i: ComponentInteraction): string | undefined {
  return i.member?.user?.id ?? i.user?.id;
}
