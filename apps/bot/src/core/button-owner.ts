/**
 * Buttons sit on a message everyone in the channel sees. Pressing one rewrites that message, so
 * only the user whose command made it may; anyone else gets the answer as their own private copy.
 * An owner or presser that is not known (the terminal has no users) leaves the message to the presser.
 */
export function mayRewrite(ownerId: string | undefined, presserId: string | undefined): boolean {
  return ownerId === undefined || presserId === undefined || ownerId === presserId;
}
