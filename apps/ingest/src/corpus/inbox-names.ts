/**
 * Why a name in the inbox is not an article to ingest (null when it is one). Such files are left
 * where they are and reported, so a user sees why a file stays.
 */
export function skipReason(name: string): string | null {
  if (name.startsWith('.')) return 'hidden file (its name starts with "."); rename it to ingest it';
  if (/~$|\.(?:swp|tmp|part|crdownload)$/i.test(name)) return "an editor's or a download's unfinished file";
  if (/\.error\.txt$/i.test(name)) return 'a rejection reason, not an article';
  return null;
}
