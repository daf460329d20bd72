import { progress } from '../log.mjs';
import { figure } from '../stats.mjs';

/** Read right after the contested run, when the server's heap and pools are at their fullest. */
export function serverRss({ server }) {
  const mb = server.rssMb();
  progress(`server rss ${mb.toFixed(1)} MB`);
  return figure({ name: 'server.rss.mb', value: mb, unit: 'MB', target: { atMost: 250 } });
}
