/**
 * @module The PostgreSQL session settings of the store's connections. pg takes a connection URL's `options`
 * parameter over the `options` setting given next to it, so a URL that carries any (a `search_path`, as the
 * benchmarks' and many deployments' do) silently dropped the store's own (`plan_cache_mode`, `jit`): every small
 * read was then planned again at each call. The URL's options are moved out of it and joined with the store's.
 */

/**
 * `url` without its `options` parameter, and the session options to connect with: the store's (`own`), then the
 * URL's, then `last` (later `-c` settings win, so the URL can still change one of the store's, and an explicit
 * schema wins over the URL's). A text that does not parse as a URL is passed on unchanged, for pg to judge.
 */
export function sessionOptions(url: string, own: string, last = ''): { connectionString: string; options: string } {
  let theirs = '';
  let connectionString = url;
  try {
    const u = new URL(url);
    const given = u.searchParams.get('options');
    if (given !== null) {
      theirs = given;
      u.searchParams.delete('options');
      connectionString = u.toString();
    }
  } catch {
    // not a URL: pg reports what it makes of it
  }
  return { connectionString, options: [own, theirs, last].filter((s) => s.trim() !== '').join(' ') };
}
