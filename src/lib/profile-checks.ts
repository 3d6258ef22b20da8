import { ContentError } from './content-error.ts';
import { foldDiacritics, slugify } from './slugify.ts';
import type { SpeakerProfile } from './quotes/speaker-identity.ts';

interface FiledProfile extends SpeakerProfile {
  file: string;
}

const nameKey = (name: string) => foldDiacritics(name).toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * One name or alias may lead to one speaker only: two profiles claiming it would credit one
 * person's words to whichever profile happened to be read last. Throws naming both files.
 */
export function checkSharedNames(profiles: readonly FiledProfile[]): void {
  const owner = new Map<string, FiledProfile>();
  for (const profile of profiles) {
    for (const [field, name] of [['name', profile.name] as const, ...profile.aliases.map((a, i) => [`aliases.${i}`, a] as const)]) {
      const key = nameKey(name);
      const first = owner.get(key);
      if (first && first !== profile) {
        throw new ContentError(profile.file, field, `"${name}" is also the name or an alias of ${first.file}: a name can lead to one speaker only`);
      }
      owner.set(key, profile);
    }
  }
}

/**
 * Warnings for profiles filed under an id that neither their name nor an alias spells
 * (speakers/john-smith.json whose name is "Jane Doe"): everything the engine attributes to John
 * Smith would be credited to Jane Doe. A name with no Latin letter cannot spell an id, so its
 * profile may be filed under any readable one.
 */
export function misfiledProfileWarnings(profiles: readonly FiledProfile[]): string[] {
  return profiles.flatMap((profile) => {
    const slugs = [profile.name, ...profile.aliases].map((name) => slugify(name, Number.MAX_SAFE_INTEGER));
    if (slugs.includes(profile.id) || !slugify(profile.name)) return [];
    return [
      `${profile.file}: filed as "${profile.id}", but its name "${profile.name}" and aliases do not spell that id, so ` +
        `quotes attributed to "${profile.id}" are credited to ${profile.name}. Rename the file, or add the alias if that is meant.`,
    ];
  });
}
