/**
 * Query options that keep availability fresh until live subscriptions arrive: every 15 seconds
 * while the page is visible and again whenever the window regains focus.
 */
export const LIVE_REFRESH = {
  refetchInterval: 15_000,
  refetchIntervalInBackground: false,
  refetchOnWindowFocus: 'always',
} as const;
