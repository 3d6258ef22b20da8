/**
 * The V8 flags `npm run build` runs Astro with (scripts/build-site.ts), and bench:site runs this
 * site's builds with, so it measures the build the project ships. Both lower the build's peak
 * memory; neither cost measurable processor time (decision 0017, "Follow-up: a smaller store and Node's heap"):
 * - a small young generation: V8's default lets each semi-space grow to 32 MB, in the main
 *   thread and in each analysis worker alike, and the build allocates far more than it keeps;
 * - the old generation grows by half after a full collection, not by V8's own factor (up to
 *   four times), so the heap holds less garbage between collections.
 */
export const ASTRO_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--heap-growing-percent=50'];
