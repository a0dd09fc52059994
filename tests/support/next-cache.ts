// Outside a Next.js server, `cacheTag` and `cacheLife` throw; queries are tested here for what
// they read, and their caching is tested end to end against `next start`. Invalidations are
// recorded so tests can check which reader pages an action refreshes.
export const invalidatedTags: string[] = [];

export function cacheTag(): void {}
export function cacheLife(): void {}
export function updateTag(tag: string): void {
  invalidatedTags.push(tag);
}
export function revalidateTag(tag: string): void {
  invalidatedTags.push(tag);
}
