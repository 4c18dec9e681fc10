// A rival offered as a button carries what it shows in its custom id: `<command>:show:<id>`.

/** The custom id of a button that shows one meeting or person. */
export const showButtonId = (command: 'meeting' | 'person', id: string): string => `${command}:show:${id}`;

/** The id a show button carries (the whole custom id when it is not one). */
export const shownId = (customId: string): string => customId.replace(/^[a-z]+:show:/, '');
